"""The parties of a lease as its prose designates them: "Mme X, demeurant ..., désignée
ci-après « la locataire »", "John SMITH (the 'Landlord')", a plural designation taking the
parties listed before it; and a party read twice (a signature read as a name) told apart
from a party of its own. The lease's layouts (labels, role headings, signature blocks)
are read in ``lease``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from docverify.doctypes.party_prose import TITLE, Prose, names_in
from docverify.label_values import refuse_value
from docverify.labels import lexicon
from docverify.values.names import fold_upper, name_tokens

PARTY_FIELDS = {"tenant": "tenant_role", "landlord": "landlord_role"}
"""Each party's label field and its role field."""


# --------------------------------------------------------------------------- roles


def role_pattern(field: str) -> str:
    """A regex (folded text) for the role nouns of ``field`` in ``labels.toml``
    ("locataire" also matches "LE(S) LOCATAIRE(S)", "COLOCATAIRES")."""
    alts = []
    for seq in lexicon().labels_of(field):
        alts.append(r"\W*".join(re.escape(t) + r"(?:\(?E?S\)?)?" for t in seq))
    return r"\b(?:" + "|".join(alts) + r")\b(?:\s*\d\b)?"


ARTICLE = r"(?:(?:LE|LA|LES|L'|THE)\s*(?:\(S\))?\s*)?"
MARKER = (
    r"(?:CI-?\s?APRES|CI-?\s?DESSOUS|DENOMMEE?S?|DESIGNEE?S?|APPELEE?S?|NOMMEE?S?|ENSEMBLE|"
    r"HEREINAFTER|REFERRED TO AS|CALLED|EN (?:SA |LEUR )?QUALITE DE|AGISSANT EN QUALITE DE)"
    r"(?:\s*\((?:E|S|ES|E\)\s*\(S)\))*"
)
BOUNDARY = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–—•*·▪►]|\(?\d{1,2}[.)°]|\(?[A-H][.)])[ \t]+|;|:|\bD'(?:UNE|AUTRE) PART\b|"
    r"\bENTRE\b|\bBETWEEN\b|(?:^|\n)[ \t]*(?:ET|AND)\b|[)»\"]\s*,?\s*(?:ET|AND)\b|"
    r"(?<![\s.]M)(?<!MME)(?<!MR)(?<!DR)(?<!\b[A-Z])\.(?=\s)",
    re.MULTILINE,
)


AGENT = re.compile(r"\bREPRESENTEE?S?(?:\s*\((?:E|S|ES)\))*\s+PAR\b|\bMANDATAIRE\b")
"""Who acts for a party (the landlord's letting agent): not a party of the lease."""


REACH = 400
"""How far before its designation a party may be named (characters of prose)."""


def _designations(field: str) -> re.Pattern[str]:
    role = role_pattern(field)
    quote = r"[\s«»\"“”'(),:]*"
    return re.compile(
        rf"{MARKER}{quote}{ARTICLE}{quote}(?P<role>{role})|"
        rf"[«\"“(]\s*{ARTICLE}[«\"“']?\s*(?P<quoted>{role})\s*[»\"”)']"
    )


def _first_names(text: str) -> list[str]:
    """The names of the first line that has any, and of the lines right after it that
    are a name and nothing else (co-tenants one a line under "Locataire(s) : X").

    >>> _first_names(" Nadège CHARLES\\nWoodley LOUIS\\n")
    ['Nadège CHARLES', 'Woodley LOUIS']
    >>> _first_names("Mme Sophie GIRARD\\n4 allée des Acacias, 69100 Villeurbanne")
    ['Sophie GIRARD']
    """
    lines = text.split("\n")
    for k, line in enumerate(lines):  # "Entre les soussignés" on its own line first
        names = names_in(line)
        if names:
            if k + 1 < len(lines) and (wrapped := _wrapped(names[-1], line, lines[k + 1])):
                return [*names[:-1], wrapped]
            return names + [n for n in _name_lines(lines[k + 1 :]) if n not in names]
    return []


def _wrapped(name: str, line: str, following: str) -> str | None:
    """The name that ends ``line`` completed by the surname that opens the next one, when
    the prose wrapped in the middle of it ("et M. Joseph" / "BAUTISTA, né le ...").

    >>> _wrapped("Joseph", "et M. Joseph", "BAUTISTA, né le 30/11/1986 à Cebu")
    'Joseph BAUTISTA'
    >>> _wrapped("Joseph BAUTISTA", "M. Joseph BAUTISTA", "né le 30/11/1986") is None
    True
    """
    if not fold_upper(line).rstrip(" ,").endswith(fold_upper(name)):
        return None
    m = re.match(r"\s*((?:[A-ZÀ-Þ][A-ZÀ-Þ'\-]+\s*)+)(?=[,;(]|\s+\S*[a-zà-ÿ]|$)", following)
    if not m:
        return None
    whole = names_in(f"{line} {m[1].strip()}")
    return whole[-1] if whole and whole[-1].startswith(name) and whole[-1] != name else None


def _name_lines(lines: Sequence[str]) -> list[str]:
    """The names of the first lines that are one person's name each and nothing else, or
    a titled name and its birth ("M. Maxime GIRARD, né le 19/04/1987": a co-tenant under
    "Locataire(s) : Mme Ekaterina KUZNETSOVA, née le 05/11/1989", set_cy p04).

    >>> _name_lines(["M. Maxime GIRARD, né le 19/04/1987", "désigné(s) ci-après"])
    ['Maxime GIRARD']
    >>> _name_lines(["Maxime GIRARD, né le 19/04/1987"])
    []
    """
    out: list[str] = []
    for line in lines:
        found = names_in(line)
        folded = fold_upper(line).strip(" ,;.-–")
        bare = re.sub(rf"^\s*{TITLE}\s+", "", folded).split()
        born = re.match(rf"\s*{TITLE}\s+[^,]+,\s*NEE?\s+LE\b", folded)
        if (
            len(found) != 1
            or (len(bare) != len(found[0].split()) and not born)
            or refuse_value(line)
        ):
            break
        out.append(found[0])
    return out


def designated(prose: Prose, field: str) -> list[str]:
    """Parties designated by their role after their name ("Mme X, demeurant ...,
    désigné(e) ci-après « le bailleur »", "John SMITH (the 'Landlord')"), in order. A
    plural role ("ci-après « les locataires »") also takes the parties listed before it,
    one per bullet, back to the previous designation.

    >>> designated(Prose.of(["Entre les soussignés :", "– M. Jean DUPONT, demeurant 3 rue",
    ...   "Pasteur, 69007 Lyon, ci-après dénommé « le Bailleur », d'une part,",
    ...   "Et Mme Claire MARTIN, née le 02/03/1990 à Nantes, ci-après « la Locataire »."]),
    ...   "tenant_role")
    ['Claire MARTIN']
    >>> designated(Prose.of(["– M. Hugo LEFEBVRE, né le 01/02/1990 à Lille ;",
    ...   "– Mme Amina KEITA, née le 03/04/1992 à Bamako,", "ci-après « les locataires »."]),
    ...   "tenant_role")
    ['Hugo LEFEBVRE', 'Amina KEITA']

    Tenants listed one a bullet, without titles (set_bk p02):

    >>> designated(Prose.of(["Locataire(s) :", "- Julien MARCHAND-ROUX", "- Zeynep Ayse OZTURK",
    ...   "désigné(s) ci-après « le locataire »."]), "tenant_role")
    ['Julien MARCHAND-ROUX', 'Zeynep Ayse OZTURK']

    Two tenants in one sentence, the verb plural, the role not (set_bo p02):

    >>> designated(Prose.of(["Mme Grâce KABEYA, née le 14/02/1991 à Kinshasa (RDC), et",
    ...   "M. Jonathan NSIMBA, né le 02/09/1988 à Matadi (RDC), désignés ci-après",
    ...   "« le locataire »."]), "tenant_role")
    ['Grâce KABEYA', 'Jonathan NSIMBA']
    """
    bounds = list(BOUNDARY.finditer(prose.folded))
    every = sorted(
        (m for f in PARTY_FIELDS.values() for m in _designations(f).finditer(prose.folded)),
        key=lambda m: m.start(),
    )
    out: list[str] = []
    for m in _designations(field).finditer(prose.folded):
        floor = max((d.end() for d in every if d.end() <= m.start()), default=0)
        floor = max(floor, m.start() - REACH)
        for agent in AGENT.finditer(prose.folded, floor, m.start()):
            # "représenté(e) par son mandataire : Foncia ..., 31000 Toulouse": that line
            # names the landlord's agent, the next party starts after it (set_aw p01)
            line_end = prose.folded.find("\n", agent.end(), m.start())
            if line_end > 0:
                floor = line_end
        before = [b for b in bounds if floor <= b.start() and b.end() <= m.start()]
        names = _first_names(prose.original(before[-1].end() if before else floor, m.start()))
        k = len(before) - 1
        while not names and k >= 1:  # a form filled in: "Nom : ..." then "Domicile : ..."
            names = _first_names(prose.original(before[k - 1].end(), before[k].start()))
            k -= 1
        role = m["role"] or m["quoted"] or ""
        plural = bool(re.search(r"^LES\b|S\)?$|\(S\)", m[0][m[0].find(role) - 6 :].strip()))
        # "désigné(s) ci-après « le locataire »": the marker before says there may be more
        # or says so itself ("..., désignés ci-après « le locataire »": set_bo p02)
        plural = plural or bool(
            re.search(
                r"\(E?S\)\s*$|\b(?:DESIGNE|DENOMME|APPELE|NOMME)E?S\s*$",
                prose.folded[max(0, m.start() - 20) : m.start()],
            )
        )
        while names and plural and k >= 0 and re.search(r"[-–—•*·▪►;]|\bET\b", before[k][0]):
            piece = prose.original(before[k - 1].end() if k else floor, before[k].start())
            bullet = k > 0 and bool(re.search(r"[-–—•*·▪►]", before[k - 1][0]))
            k -= 1
            if not re.search(r"[^\W\d_]", piece):
                continue  # between a ";" and the next bullet
            cue = re.search(rf"(?:^|\s){TITLE}\s|\bNEE?\s+LE\b", fold_upper(piece))
            if not bullet and not cue:
                break  # in prose, no one's title nor birth: the landlord's agent's address
            more = _first_names(piece)
            if not more:
                # a bullet whose name could not be read ("M. Tran Minh-Đ?c", a glyph the
                # PDF's font has no letter for): the others listed before it still are
                continue
            names = more + names
        out.extend(n for n in names if n not in out)
    return out


def echo(name: str, names: Sequence[str]) -> bool:
    """Is a one-word name another party's word misread (a signature read under its
    caption, "Venkaloraman" for VENKATARAMAN), not a party of its own?

    >>> echo("Venkaloraman", ["Priya Lakshmi VENKATARAMAN", "Venkaloraman"])
    True
    >>> echo("Joseph", ["Maria DELA CRUZ", "Joseph"]), echo("Maria DELA CRUZ", ["Maria"])
    (False, False)

    A family name alone that a party's whole name holds (the signature's caption "Le
    locataire AL-HASSAN" under two co-tenants AL-HASSAN, set_dl p01) is no party either:

    >>> echo("AL-HASSAN", ["Mohammad AL-HASSAN", "Omar AL-HASSAN", "AL-HASSAN"])
    True
    """
    words = name_tokens(name)
    if len(words) == 1 and len(words[0]) >= 5:
        return any(
            Levenshtein.distance(words[0], w) <= len(w) // 5
            for other in names if other != name for w in name_tokens(other)
        )  # fmt: skip
    return len(words) > 1 and any(
        len(theirs := name_tokens(other)) > len(words) and set(words) <= set(theirs)
        for other in names
        if other != name
    )
