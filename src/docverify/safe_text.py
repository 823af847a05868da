"""Text that came from outside (file names, archive entry names, PDF text, library error
messages) made safe to show: always valid UTF-8, no control characters that could redraw
a terminal, no bidirectional overrides that could disguise a name, no Python object reprs.

>>> display_name("facture\\udcff.pdf")
('facture\\\\xff.pdf', True)
>>> display_name("bail.pdf")
('bail.pdf', False)
>>> display_name("photo\\u202egpj.exe")
('photo\\\\u202egpj.exe', True)
>>> clean_message("cannot identify image file <_io.BytesIO object at 0x7f3a2c1d9e40>")
'cannot identify image file (the file)'
>>> valid_utf8("ok\\udcffok")
'ok\\\\xffok'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_REPR = re.compile(r"<[A-Za-z_][\w.]*(?: [^<>]{0,80})? (?:object )?at 0x[0-9a-fA-F]+>")
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs") or ch in _BIDI


def without_controls(text: str) -> str:
    """Text a PDF's layer gives, its control characters (a glyph its font maps to no
    letter comes out as NUL) made the replacement character; tabs and line ends kept.

    >>> without_controls("Minh-Đ\\x00c")
    'Minh-Đ�c'
    """
    return "".join(
        "\ufffd" if unicodedata.category(ch) == "Cc" and ch not in "\t\n" else ch for ch in text
    )


def display_name(name: str) -> tuple[str, bool]:
    """A file or entry name as it may be shown and written to a report, and whether it had
    to be escaped (bytes not valid UTF-8, control or bidi-override characters)."""
    if not any(_unsafe(ch) for ch in name):
        return name, False
    return "".join(_escape_char(ch) if _unsafe(ch) else ch for ch in name), True


def valid_utf8(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes, broken UTF-16 in a PDF) escaped,
    so that it always encodes to UTF-8."""
    if not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return text
    return "".join(_escape_char(ch) if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


def clean_message(text: str) -> str:
    """A human message without Python object reprs (``<_io.BytesIO object at 0x...>``),
    always valid UTF-8."""
    return valid_utf8(_REPR.sub("(the file)", text))


def printable(text: str) -> str:
    """A message to print on a terminal: ``clean_message`` with control and bidi
    characters escaped, line breaks kept.

    >>> print(printable("no such folder: x\\x1b[2J\\nnext line"))
    no such folder: x\\x1b[2J
    next line
    """
    return "\n".join(display_name(line)[0] for line in clean_message(text).split("\n"))


def describe(exc: BaseException) -> str:
    """``TypeName: message`` of an exception, safe to show."""
    message = clean_message(str(exc)).strip()
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def valid_utf8_tree(value: Any) -> Any:
    """The same JSON-like value (dicts, lists, strings...) with every string, keys
    included, made valid UTF-8."""
    if isinstance(value, str):
        return valid_utf8(value)
    if isinstance(value, dict):
        return {valid_utf8_tree(k): valid_utf8_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [valid_utf8_tree(v) for v in value]
    return value
