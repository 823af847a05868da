"""A certificate's whole name cut into family name and given names: capitals tell the
family name when the case is mixed; else the words the parents' rows share with it, but the
father's first name (a middle name after him); a Slavic patronymic is no given name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from docverify.doctypes.base import fold_text
from docverify.doctypes.civil_labels import PARENT, PARENT_SECTION
from docverify.values.names import PARTICLES, name_tokens


def parent_tokens(rows: Sequence[str]) -> set[str]:
    """Name words of the rows about the parents (and the two rows under a parent
    heading), to tell the family names in the child's whole name."""
    out: set[str] = set()
    for i, row in enumerate(rows):
        folded = fold_text(row)
        if PARENT.search(folded) or PARENT_SECTION.search(folded):
            for r in rows[i : i + 3]:
                out.update(name_tokens(r))
    return out


FATHERS_NAME = re.compile(
    r"\bFATHER'?S? (?:FULL )?NAME\b|\bNAME OF (?:THE )?FATHER\b|\bNOM DU PERE\b"
    r"|\bNOMBRE DEL PADRE\b|\bNOME DO PAI\b"
)


def fathers_first_name(rows: Sequence[str]) -> set[str]:
    """The father's first name where a row gives his whole name: in the child's name it is
    a middle name after the father (India's "ROHIT SURESH NAIR", son of "SURESH GOPALAN
    NAIR"), not the family name, though it is a parent's word.

    >>> sorted(fathers_first_name(["Re 1 ara / Name of Father  SURESH GOPALAN NAIR"]))
    ['SURESH']
    """
    for row in rows:
        m = FATHERS_NAME.search(fold_text(row))
        if m:
            tokens = name_tokens(re.sub(r"^\W+", "", row[m.end() :]).split("  ")[0])
            return {tokens[0]} if len(tokens) >= 2 else set()
    return set()


def _is_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def split_full(
    full: str, parents: set[str] | None = None, *, surname_first: bool = False
) -> tuple[str | None, str | None]:
    """(surname, given names) of a whole name.

    >>> split_full("Daniel Thomas WRIGHT"), split_full("TOURÉ Aïcha Mariam")
    (('WRIGHT', 'Daniel Thomas'), ('TOURÉ', 'Aïcha Mariam'))
    >>> split_full("RAFAEL AUGUSTO MENDES PEREIRA", {"MARCOS", "PEREIRA", "SANDRA", "MENDES"})
    ('MENDES PEREIRA', 'RAFAEL AUGUSTO')
    >>> split_full("ANA CAROLINA DE SOUZA OLIVEIRA", {"SOUZA", "OLIVEIRA", "JOAO"})
    ('DE SOUZA OLIVEIRA', 'ANA CAROLINA')
    >>> split_full("ASHLEY NICOLE TURNER"), split_full("LIU HAORAN", surname_first=True)
    (('TURNER', 'ASHLEY NICOLE'), ('LIU', 'HAORAN'))
    >>> split_full("Zhang Yuting", {"ZHANG", "YUTING", "LI", "XIUYING"}, surname_first=True)
    ('Zhang', 'Yuting')
    >>> split_full("KONAN KOUADIO JEAN-BAPTISTE", {"KONAN", "KOUASSI", "BERNARD", "NGUESSAN"})
    ('KONAN', 'KOUADIO JEAN-BAPTISTE')
    >>> split_full("NGUYỄN THỊ THU HẰNG", {"NGUYEN", "VAN", "HUNG", "TRAN", "THI", "LAN"},
    ...            surname_first=True)
    ('NGUYỄN', 'THỊ THU HẰNG')
    """
    parts = full.split()
    if len(parts) < 2:
        return full, None
    caps = [_is_caps(p) for p in parts]
    if any(caps) and not all(caps):
        # a run of capitals at one end is the surname ("Daniel Thomas WRIGHT", "LIU Haoran")
        n = next((k for k, c in enumerate(caps) if not c), len(parts))
        if n and not any(caps[n:]):
            return " ".join(parts[:n]), " ".join(parts[n:])
        m = next((k for k, c in enumerate(reversed(caps)) if not c), len(parts))
        if m and not any(caps[: len(parts) - m]):
            return " ".join(parts[-m:]), " ".join(parts[:-m])
    known = [bool(set(name_tokens(p)) & parents) or _particle(p) for p in parts] if parents else []
    # every word a parent's (the child's name in the parents' sentence: "Zhang Yuting's
    # mother is Li Xiuying"): the parents tell nothing
    if known and not all(known):
        n = 0
        while n < len(parts) - 1 and known[len(parts) - 1 - n]:
            n += 1
        # a particle goes with the family name it introduces ("DE SOUZA OLIVEIRA"), but
        # particles alone are no family name
        if n and all(_particle(p) for p in parts[-n:]):
            n = 0
        if n:
            return " ".join(parts[-n:]), " ".join(parts[:-n])
        # else the parents' family name opening it: a name written surname first ("KONAN
        # KOUADIO JEAN-BAPTISTE", son of KONAN Kouassi Bernard: Côte d'Ivoire, set_db p04);
        # a country that writes the surname first says where it ends (a Vietnamese mother's
        # "Thị" is no family name: set_de p03)
        while not surname_first and n < len(parts) - 1 and known[n] and not _particle(parts[n]):
            n += 1
        if n:
            return " ".join(parts[:n]), " ".join(parts[n:])
    if surname_first:
        return parts[0], " ".join(parts[1:])
    return parts[-1], " ".join(parts[:-1])


def _particle(token: str) -> bool:
    return fold_text(token) in PARTICLES


PATRONYMIC = re.compile(r"(?:ОВИЧ|ЕВИЧ|ЄВИЧ|ІВНА|ЇВНА|ОВНА|ЕВНА|ИЧНА|ІЧНА)$", re.I)
"""The endings of an East Slavic patronymic ("Олександрович", "Петрівна")."""


def without_patronymic(given: str | None) -> str | None:
    """Given names in Cyrillic without the patronymic a Ukrainian or Russian certificate
    writes with them ("Ім'я, по батькові: Дмитро Олександрович"): passports give the first
    name alone.

    >>> without_patronymic("Дмитро Олександрович"), without_patronymic("Оксана")
    ('Дмитро', 'Оксана')
    """
    if not given:
        return given
    kept = [t for t in given.split() if not PATRONYMIC.search(t)]
    return " ".join(kept) if kept else given
