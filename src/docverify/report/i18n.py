"""Reports in French or English: status words, headings and finding messages from a
message catalogue (``data/messages.<lang>.toml``), keyed by stable finding code.

Rules write their messages in English; a French message is the catalogue's sentence for
the code, filled from the finding's ``evidence``. When a value the sentence names is not
in the evidence, or the English message carries specifics the sentence does not
(names, dates, numbers), the English detail follows the French sentence.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from docverify.model import Finding
from docverify.safe_text import clean_message

LANGS = ("fr", "en")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# what makes an English message more precise than a generic sentence
SPECIFIC = re.compile(r"\d|['\"«(]|(?<=[a-z,;:] )[A-Z][A-Za-z]+")
COMMON_CAPS = frozenset({"IBAN", "RIB", "MRZ", "CPAM", "SEPA", "VLS", "French", "English", "EU"})


def default_lang(environ: dict[str, str] | None = None) -> str:
    """The language of the user's locale: French for ``fr_*``, else English."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


@cache
def catalogue(lang: str) -> dict[str, dict[str, str]]:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    data = resources.files("docverify.data").joinpath(f"messages.{lang}.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))


def _value(v: Any, lang: str) -> str | None:
    if v is None or isinstance(v, dict):
        return None
    if isinstance(v, (list, tuple)):
        parts = [_value(x, lang) for x in v]
        return ", ".join(p for p in parts if p) or "—"
    if isinstance(v, dt.date):
        return v.isoformat()
    text = str(v)
    return catalogue(lang).get("route", {}).get(text, text)


def _specific(english: str) -> bool:
    hits = [m.group(0) for m in SPECIFIC.finditer(english)]
    return any(h not in COMMON_CAPS for h in hits)


class Messages:
    """The words of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.cat = catalogue(lang)

    def t(self, section: str, key: str) -> str:
        return self.cat.get(section, {}).get(key) or key.replace("_", " ")

    def ui(self, key: str) -> str:
        return self.t("ui", key)

    def finding(self, f: Finding) -> str:
        """The finding's message in this language."""
        english = clean_message(f.message)
        if self.lang == "en":
            return english
        template = self.cat.get("findings", {}).get(f.code)
        if template is None:  # an unknown code: the English sentence, said as such
            return f"({self.ui('english_detail')}) {english}"
        names = PLACEHOLDER.findall(template)
        values = {n: _value(f.evidence.get(n), self.lang) for n in names}
        if names and all(values.values()):
            return PLACEHOLDER.sub(lambda m: values[m.group(1)] or "", template)
        generic = PLACEHOLDER.sub("…", template) if names else template
        generic = re.sub(r"\s*\(…\)", "", generic).replace("….", "…")
        if names or _specific(english):
            return f"{generic} ({self.ui('english_detail')} : {english})"
        return generic
