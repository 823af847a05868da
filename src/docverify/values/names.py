"""Person names compared the way a clerk compares them.

Case, accents, hyphens, apostrophes, word order and titles (M., Mme, Mr, Mrs...) are
ignored; a usage (married) name may stand beside the birth surname; an OCR slip of
one or two letters is told apart from a different name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import Levenshtein

TITLES = frozenset(
    [
        "M",
        "MR",
        "MME",
        "MMES",
        "MRS",
        "MS",
        "MISS",
        "MLLE",
        "MLE",  # La Banque Postale's RIB: "MLE GONZALEZ MARQUEZ DANIELA V" (set_cx p04)
        "MELLE",
        "MONSIEUR",
        "MADAME",
        "MADEMOISELLE",
        "DR",
        "DOCTEUR",
        "SIR",
        "HERR",
        "FRAU",
        "SR",
        "SRA",
        "SENOR",
        "SENORA",
        "SIG",
        "SIGRA",
        "SIGNOR",
        "SIGNORA",
    ]
)
CONNECTORS = frozenset(
    ["ET", "OU", "AND", "OR", "EPOUSE", "EP", "NEE", "NE", "VEUVE", "VVE", "DIT", "DITE"]
)
ELISION_MARKS = "'’`ʼ"
"""Apostrophes that join an elided letter to the name after it (M'Barek, D’Arcy)."""
PARTICLES = frozenset(
    ["DE", "DU", "DES", "LA", "LE", "DI", "DA", "DOS", "DAS", "VAN", "VON", "DER", "DEL", "Y"]
)


_UNDECOMPOSED = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "Đ": "D", "đ": "d", "Ð": "D",
     "ð": "d", "Ħ": "H", "ħ": "h", "ı": "i", "Ł": "L", "ł": "l", "Ŀ": "L", "ŀ": "l",
     "Ø": "OE", "ø": "oe", "Þ": "TH", "þ": "th", "Ŋ": "N", "ŋ": "n", "Ŧ": "T", "ŧ": "t"}
)  # fmt: skip
"""Latin letters that Unicode does not decompose into a base letter and an accent, as
ICAO Doc 9303 (8th ed., part 3, section 6, "Transliteration of Latin multinational
characters") writes them in an MRZ: a Vietnamese ĐẶNG is DANG in the passport, a Polish
Łukasz is LUKASZ, a Norwegian Søreide is SOEREIDE."""


def fold_upper(text: str) -> str:
    """Upper case, no accents, ligatures split, letters without a decomposition written as
    the MRZ writes them.

    >>> fold_upper("Gaëlle Œuvray-Müller"), fold_upper("ĐẶNG Văn Hoàng"), fold_upper("Łukasz")
    ('GAELLE OEUVRAY-MULLER', 'DANG VAN HOANG', 'LUKASZ')
    """
    nfkd = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in nfkd if not unicodedata.combining(c)).upper()


def name_tokens(text: str, drop_titles: bool = True) -> list[str]:
    """Words of a name: no accents, hyphens or apostrophes, no titles or connectors.

    >>> name_tokens("Mme Marie-Hélène d'Arcy")
    ['MARIE', 'HELENE', 'D', 'ARCY']
    >>> name_tokens("M. et Mme DUPONT")
    ['DUPONT']
    >>> name_tokens("0 CONNOR Mary"), name_tokens("MARY 2 SMITH")
    (['O', 'CONNOR', 'MARY'], ['MARY', 'SMITH'])
    >>> name_tokens("Mme Yosra BEN M'BAREK"), name_tokens("M. BEN SALAH")
    (['YOSRA', 'BEN', 'M', 'BAREK'], ['BEN', 'SALAH'])

    A long title first, one letter misread, is still a title (a handwritten "Monsieur"
    read "Mansieur", set_cd p03):

    >>> name_tokens("Mansieur Oliver HUGHES"), name_tokens("Madarne")
    (['OLIVER', 'HUGHES'], ['MADARNE'])
    """
    folded = fold_upper(text)
    out = []
    for k, m in enumerate(re.finditer(r"[A-Z0-9]+", folded)):
        w = m[0]
        if drop_titles and k == 0 and _misread_title(w) and folded[m.end() :].strip():
            continue
        if w == "0":
            w = "O"  # the O of "O'Connor" read as a zero: "0 CONNOR"
        if w.isdigit():
            continue
        # a letter elided before an apostrophe is a name's, never a title ("M'BAREK")
        elided = len(w) == 1 and folded[m.end() : m.end() + 1] in ELISION_MARKS
        if drop_titles and not elided and (w in TITLES or w in CONNECTORS):
            continue
        out.append(w)
    return out


def _misread_title(word: str) -> bool:
    """A long civil title ("MONSIEUR", "MADAME", "MADEMOISELLE") with one letter misread."""
    return len(word) >= 6 and any(Levenshtein.distance(word, t) == 1 for t in _LONG_TITLES)


_LONG_TITLES = ("MONSIEUR", "MADAME", "MADEMOISELLE")
"""Titles long enough that one letter off is no name (not "SIGNORA": SIGNORI is one)."""


class NameMatch(StrEnum):
    MATCH = "match"  # same person
    SLIP = "slip"  # same person but for an OCR slip or a spelling variant
    SURNAME_ONLY = "surname_only"  # e.g. "M. et Mme DUPONT": the family, given name absent
    GIVEN_ONLY = "given_only"  # the given names agree, the surname is absent or another one
    MISMATCH = "mismatch"  # neither the surname nor the given names agree: another person
    UNKNOWN = "unknown"  # nothing to compare


OCR_CONFUSIONS = (
    ("RN", "M"), ("CL", "D"), ("VV", "W"), ("LI", "U"), ("II", "U"), ("I", "L"), ("I", "1"),
    ("L", "1"), ("O", "0"), ("O", "D"), ("O", "Q"), ("C", "E"), ("C", "G"), ("E", "F"),
    ("U", "V"), ("N", "H"), ("B", "8"), ("S", "5"), ("Z", "2"), ("G", "6"), ("H", "N"),
    ("J", "I"), ("T", "I"), ("Y", "V"), ("K", "X"), ("A", "4"),
    ("G", "Y"),  # a Turkish ğ, which the French and English models lack, read ÿ
    ("A", "D"),  # a Portuguese ã (João) read d: its tilde closes over the bowl
    ("Q", "G"),  # a lower-case q read g, its tail curled ("Liu Yuging" for Yuqing)
    ("K", "IC"),  # a K's stem parted from its arms ("ICONATE" for KONATE)
)  # fmt: skip
"""Character confusions tesseract makes: a name differing only by these is a misread."""


def _elided(tokens: Sequence[str]) -> list[str]:
    """A name's words with a lone letter joined to the word after it: the elided "O'" of
    O'SULLIVAN is part of the name, which another paper may write OSULLIVAN.

    >>> _elided(["O", "SULLIVAN", "HUGHES"]), _elided(["BEN", "M", "BAREK"]), _elided(["Y"])
    (['OSULLIVAN', 'HUGHES'], ['BEN', 'MBAREK'], ['Y'])
    """
    out: list[str] = []
    glue = ""
    for t in tokens:
        if len(t) == 1 and t not in PARTICLES:
            glue += t
            continue
        out.append(glue + t)
        glue = ""
    if glue:
        out.append(glue)
    return out


def _tolerance(token: str) -> int:
    return 0 if len(token) <= 3 else 1 if len(token) <= 7 else 2


def _units(tokens: Sequence[str]) -> list[str]:
    """Tokens and the joins of 2-3 neighbours: "D ARCY" also gives "DARCY", "XIAO MING"
    also "XIAOMING" (names written apart on one document and together on another)."""
    out = list(tokens)
    for n in (2, 3):
        out.extend("".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def _unglued(tokens: Sequence[str], parts: Sequence[str]) -> list[str]:
    """Tokens with two of the person's name parts read as one word put apart: OCR glues
    "M RAVI IYER" into "RAVIIYER" on a bill's address block.

    >>> _unglued(["RAVIIYER"], ["RAVI", "SHANKAR", "IYER"]), _unglued(["RAVIS"], ["RAVI", "S"])
    (['RAVI', 'IYER'], ['RAVIS'])

    A whole name on a dotted line read as one word, its last letter lost to the dots
    (set_cn p01's Kenyan certificate): its last part a letter off is still told apart.

    >>> _unglued(["GRACEWANJIKUKAMA"], ["GRACE", "WANJIKU", "KAMAU"])
    ['GRACE', 'WANJIKU', 'KAMA']
    """
    out: list[str] = []
    for t in tokens:
        out.extend(_split_glued(t, parts, 0) or [t])
    return out


def _split_glued(token: str, parts: Sequence[str], depth: int) -> list[str] | None:
    """``token`` as name parts written together, the last one perhaps a letter off."""
    if depth and token in parts:
        return [token]
    for a in sorted(parts, key=len, reverse=True):
        if len(a) >= 2 and len(token) - len(a) >= 3 and token.startswith(a):
            rest = _split_glued(token[len(a) :], parts, depth + 1)
            if rest:
                return [a, *rest]
    if (
        depth
        and len(token) >= 4
        and any(len(p) >= 4 and Levenshtein.distance(token, p) <= 1 for p in parts)
    ):
        return [token]
    return None


def _best(token: str, candidates: Sequence[str]) -> tuple[int, str | None]:
    best, found = 99, None
    for c in candidates:
        if c == token:
            return 0, c
        d = Levenshtein.distance(token, c)
        # MRZ names may be truncated: a prefix of 4+ letters counts as the same word
        if len(c) >= 4 and (token.startswith(c) or c.startswith(token)):
            d = min(d, 1)
        if d > 1 and ocr_typical(token, c):  # look-alikes, two letters' changes for one
            d = 1
        if d < best:
            best, found = d, c
    return best, found


def ocr_typical(a: str, b: str) -> bool:
    """Is ``b`` ``a`` misread by OCR: one or two look-alike substitutions, nothing else?

    >>> ocr_typical("WILLIAMS", "WILLIAMS"), ocr_typical("MARTIN", "MARTlN".upper())
    (True, True)
    >>> ocr_typical("KAMARA", "KARNARA"), ocr_typical("MOHAMED", "MOHAMMED")
    (True, False)
    >>> ocr_typical("JOAO", "JODO")  # "João" read "Jodo" on a banking app's screen
    True
    >>> ocr_typical("YUQING", "YUGING")  # a printed "Yuqing" read "Yuging"
    True
    >>> ocr_typical("KONATE", "ICONATE")  # a photographed K's stem parted from its arms
    True
    """
    pairs = {*OCR_CONFUSIONS, *((y, x) for x, y in OCR_CONFUSIONS)}

    @functools.cache
    def fits(i: int, j: int, budget: int) -> bool:
        if i == len(a) and j == len(b):
            return True
        if i < len(a) and j < len(b) and a[i] == b[j] and fits(i + 1, j + 1, budget):
            return True
        return budget > 0 and any(
            a.startswith(x, i) and b.startswith(y, j) and fits(i + len(x), j + len(y), budget - 1)
            for x, y in pairs
        )

    return fits(0, 0, 2)


_ROMANISED_SOUNDS = (("SHCH", "Щ"), ("ZH", "Ж"), ("KH", "Х"), ("TS", "Ц"), ("CH", "Ч"),
                     ("SH", "Ш"), ("X", "KS"), ("W", "V"), ("H", "Х"))  # fmt: skip


def _consonants(name: str) -> str:
    """The consonants of a romanised Cyrillic name, the part every romanisation keeps."""
    s = "".join(fold_upper(name).split())
    for latin, sound in _ROMANISED_SOUNDS:
        s = s.replace(latin, sound)
    s = re.sub(r"[AEIOUYJ'’]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def romanisation_variant(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one Cyrillic name in two romanisations? Vowels and the glides
    that write я, ю, ё, й differ between systems and between the Russian and Belarusian
    or Ukrainian spellings of one name (Ковалёва, Кавалёва: KOVALEVA, KAVALIOVA); the
    consonants stay.

    >>> romanisation_variant("KOVALEVA", "KAVALIOVA"), romanisation_variant("ALEKSANDRA", "ALIAKSANDRA")
    (True, True)
    >>> romanisation_variant("Dmitrii", "DMITRIY"), romanisation_variant("KOVALEVA", "KOVALENKO")
    (True, False)
    """
    ca, cb = _consonants(a), _consonants(b)
    return len(ca) >= 2 and ca == cb


_VOWELS = "AEIOUY"


def vowel_romanisation_variant(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one name written in a script whose romanisations spell its
    vowels each their own way (the Arabic script, which writes no short vowels; the Ge'ez
    script's sixth order), or double its letters? Its consonants stay, and so does a vowel
    that opens or ends it (a letter of the script).

    >>> vowel_romanisation_variant("HOSSAINI", "HUSAINI"), vowel_romanisation_variant("HOSSAINI", "HOSSAINY")
    (True, True)
    >>> vowel_romanisation_variant("MOHAMED", "MUHAMMAD"), vowel_romanisation_variant("HOSSAINI", "HASSAN")
    (True, False)
    >>> vowel_romanisation_variant("TESFAMARIAM", "TESFAMARYAM")
    True
    """
    fa, fb = ("".join(fold_upper(n).split()).strip("'’-") for n in (a, b))
    if not fa or not fb:
        return False

    def skeleton(s: str) -> str:
        return re.sub(r"(.)\1+", r"\1", re.sub(r"[AEIOUY'’\-]", "", s))

    ka = skeleton(fa)
    return (
        len(ka) >= 2
        and ka == skeleton(fb)
        and (fa[0] in _VOWELS) == (fb[0] in _VOWELS)
        and (fa[-1] in _VOWELS) == (fb[-1] in _VOWELS)
    )


@dataclass(frozen=True)
class NameComparison:
    """How a written name relates to a person, and why."""

    match: NameMatch
    surname: str  # "exact" | "slip" | "partial" | "absent"
    given: str  # "exact" | "slip" | "initial" | "absent" | "other"
    slips: tuple[tuple[str, str], ...] = ()
    """(expected, written) word pairs that differ by a slip."""

    @property
    def ocr_slips_only(self) -> bool:
        """Every difference is a typical OCR confusion (a misread, not another spelling)."""
        return all(ocr_typical(a, b) for a, b in self.slips)


@dataclass(frozen=True)
class PersonName:
    """A person's name split in surname(s) and given names, normalised.

    >>> PersonName.parse("Carter", "Emily Rose").matches("Mme Emily CARTER")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("CARTER", "EMILY ROSE").matches("CARTER EMILY ROSE")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("CARTER", "EMILY").matches("Mme Emlly CARTER")
    <NameMatch.SLIP: 'slip'>
    >>> PersonName.parse("CARTER", "EMILY").matches("M. John SMITH")
    <NameMatch.MISMATCH: 'mismatch'>
    >>> PersonName.parse("DUPONT", "ANNE", ("MARTIN",)).matches("Mme Anne MARTIN")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("ERIKSSON", "ANNA").matches("DUPONT JEAN OU ERIKSSON ANNA")
    <NameMatch.MATCH: 'match'>

    Middle names are optional, double surnames may be cut to one, names written apart or
    together are the same ("D'Arcy" / "DARCY"), and a surname that is not there while the
    given names are is told apart from another person:

    >>> PersonName.parse("KLEIN", "SARAH ELIZABETH").matches("Sarah Klein")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("GARCIA LOPEZ", "MARIA CAMILA").matches("Maria Camila GARCIA")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("DARCY", "JOHN").matches("John d'Arcy")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("ZHANG", "XIAOMING").matches("ZHANG Xiao Ming")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("KLEIN", "SARAH ELIZABETH").matches("SARAH")
    <NameMatch.GIVEN_ONLY: 'given_only'>
    """

    surnames: tuple[str, ...]
    given_names: tuple[str, ...]
    other_surnames: tuple[str, ...] = ()

    @classmethod
    def parse(
        cls, surname: str | None, given_names: str | None, other_surnames: Iterable[str] = ()
    ) -> PersonName:
        others: list[str] = []
        for o in other_surnames:
            others.extend(name_tokens(o))
        return cls(
            tuple(name_tokens(surname or "")),
            tuple(name_tokens(given_names or "")),
            tuple(others),
        )

    @property
    def display(self) -> str:
        """The name for a message ("the applicant" while no document tells it)."""
        return " ".join((*self.given_names, *self.surnames)) or "the applicant"

    def usage_names_in(self, text: str) -> list[str]:
        """Usage (married) names a document writes beside this person's birth name: "MARIA
        THERESA LEFEBVRE NEE DELA CRUZ", "Mme Maria DELA CRUZ épouse LEFEBVRE". A line
        counts only when it also gives one of the person's given names.

        >>> p = PersonName.parse("DELA CRUZ", "MARIA THERESA")
        >>> p.usage_names_in("Titulaire : MARIA THERESA LEFEBVRE NEE DELA CRUZ")
        ['LEFEBVRE']
        >>> p.usage_names_in("Mme Maria Dela Cruz épouse Lefebvre-Martin, 3 rue Haute")
        ['LEFEBVRE MARTIN']
        >>> p.usage_names_in("LEFEBVRE NEE DELA CRUZ"), p.usage_names_in("JEAN NEE DELA CRUZ")
        ([], [])
        """
        if not self.surnames or not self.given_names:
            return []
        birth = r"\s+".join(map(re.escape, self.surnames))
        found: list[str] = []
        for line in fold_upper(text).splitlines():
            words = set(re.findall(r"[A-Z]+", line))
            if not words & set(self.given_names):
                continue
            for m in re.finditer(rf"((?:[A-Z]+[\s'-]+){{1,5}})NEE?\s+{birth}\b", line):
                before = name_tokens(m[1])
                if (
                    before
                    and before[0] in self.given_names
                    and (usage := [t for t in before if t not in self.given_names])
                ):
                    found.append(" ".join(usage[-2:]))
            for m in re.finditer(
                rf"\b{birth}\s+(?:EPOUSE|EP\.?|VEUVE|VVE)\s+([A-Z]+(?:-[A-Z]+)?)", line
            ):
                found.append(" ".join(name_tokens(m[1])))
        return [u for u in dict.fromkeys(found) if u and u not in self.given_names]

    def matches(self, text: str | None) -> NameMatch:
        """How a name written on another document relates to this person."""
        return self.compare(text).match

    def _surname_in(
        self, surnames: Sequence[str], units: Sequence[str]
    ) -> tuple[str, list[tuple[str, str]]]:
        significant = [t for t in _elided(surnames) if t not in PARTICLES] or list(surnames)
        if not significant:
            return "absent", []
        joined = "".join(significant)
        if joined in units:
            return "exact", []
        found: list[tuple[str, int, str | None]] = [(t, *_best(t, units)) for t in significant]
        ok = [(t, d, c) for t, d, c in found if d <= _tolerance(t)]
        slips = [(t, c or "") for t, d, c in ok if d > 0]
        if len(ok) == len(found):
            return ("slip" if slips else "exact"), slips
        if any(len(t) >= 3 for t, _d, _c in ok):
            return "partial", slips  # one part of a double surname: usual on French papers
        return "absent", []

    def compare(self, text: str | None) -> NameComparison:
        cand = name_tokens(text or "")
        if not cand or not self.surnames:
            return NameComparison(NameMatch.UNKNOWN, "absent", "absent")
        cand = _unglued(cand, [*self.given_names, *self.surnames, *self.other_surnames])
        units = _units(cand)
        surname, slips = self._surname_in(self.surnames, units)
        if surname == "absent" and self.other_surnames:
            surname, slips = self._surname_in(self.other_surnames, units)
        if surname == "absent" and _initials_of(self.surnames, cand):
            surname = "partial"  # "R.A. DILSHAN KUMARA": the family name by its initials
        known = {*self.surnames, *self.other_surnames}
        rest = [t for t in cand if _best(t, _units(list(known)))[0] > _tolerance(t)]
        given, given_slips = self._given_in(cand, units, rest)
        slips = [*slips, *given_slips]
        if surname in ("exact", "slip", "partial"):
            if given in ("exact", "initial"):
                match = NameMatch.SLIP if slips else NameMatch.MATCH
            elif given == "slip":
                match = NameMatch.SLIP
            elif given == "absent":
                match = NameMatch.SLIP if slips else NameMatch.SURNAME_ONLY
                if not self.given_names:
                    match = NameMatch.SLIP if slips else NameMatch.MATCH
            else:
                match = NameMatch.MISMATCH  # same family, another given name
        elif given in ("exact", "slip"):
            match = NameMatch.GIVEN_ONLY
        else:
            match = NameMatch.MISMATCH
        return NameComparison(match, surname, given, tuple(slips))

    def _given_in(
        self, cand: Sequence[str], units: Sequence[str], rest: Sequence[str]
    ) -> tuple[str, list[tuple[str, str]]]:
        """How the given names appear: exact, slip, initial, absent (no other word) or
        other (other words that are not these given names)."""
        if not self.given_names:
            return "absent", []
        if "".join(self.given_names) in units:
            return "exact", []
        best_slip: list[tuple[str, str]] | None = None
        family = {*self.surnames, *self.other_surnames}
        for g in self.given_names:
            if len(g) <= 2 and g in family:
                continue  # "OL EL" misread for SALMA: its "EL" is EL AMRANI's, no given name
            d, c = _best(g, units)
            if d == 0:
                return "exact", []
            if d <= _tolerance(g) and best_slip is None:
                best_slip = [(g, c or "")]
        if best_slip is not None:
            return "slip", best_slip
        if not rest:
            return "absent", []
        # initial only: "E. CARTER"
        if any(len(t) == 1 and t == self.given_names[0][0] for t in cand):
            return "initial", []
        return "other", []


def _initials_of(surnames: Sequence[str], cand: Sequence[str]) -> bool:
    """Does ``cand`` write a surname of two words or more by their initials, in order, as
    Sri Lanka and South India write it ("R.A. DILSHAN KUMARA" for RANASINGHE ARACHCHIGE
    Dilshan Kumara, set_dn p04)?

    >>> _initials_of(("RANASINGHE", "ARACHCHIGE"), ["R", "A", "DILSHAN", "KUMARA"])
    True
    >>> _initials_of(("RANASINGHE", "ARACHCHIGE"), ["A", "R", "DILSHAN"]), _initials_of(("SILVA",), ["S", "ANA"])
    (False, False)
    """
    if len(surnames) < 2:
        return False
    letters = [t for t in cand if len(t) == 1]
    wanted = [w[0] for w in surnames]
    return any(letters[i : i + len(wanted)] == wanted for i in range(len(letters)))


def person_from_text(text: str) -> PersonName:
    """A loose PersonName from "SURNAME Given" or "Given SURNAME" text (capitals = surname)."""
    raw = re.split(r"\s+", text.strip())
    upper = [w for w in raw if w.isupper() and len(w) > 1]
    lower = [w for w in raw if not (w.isupper() and len(w) > 1)]
    if upper and lower:
        return PersonName.parse(" ".join(upper), " ".join(lower))
    toks = name_tokens(text)
    return PersonName.parse(toks[-1] if toks else "", " ".join(toks[:-1]))
