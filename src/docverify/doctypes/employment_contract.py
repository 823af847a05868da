"""Employment contracts: CDI, CDD, apprentissage, intérim.

A contract names its parties at the start, in one sentence ("Entre les soussignés : la
société X, SAS au capital de ..., représentée par ..., ci-après « l'Employeur », d'une
part, et Madame Y, née le ..., demeurant ..., ci-après « la Salariée », d'autre part"),
or in labelled blocks ("Employeur : ...", "Raison sociale", "Salarié : ...", "Nom" and
"Prénom"), and the company signs under its name, address and SIRET at the end. So:

* the parties come from the labels, else from the opening sentence: its two parties, cut
  at "d'une part" / "et" / "d'autre part", each told employer or employee by what the
  contract calls it ("ci-après dénommé(e) « le Salarié »"), else by its shape (a legal
  form or a SIRET, a title or a birth date), else by order (the employer comes first);
  a party's name is its first words, before its legal details;
* failing those, the employer is the company heading the block of its SIRET (letterhead
  or signature), or the first name with a legal form;
* the start date follows "à compter du", "date d'embauche", "prise de fonctions",
  "date de début"... wherever it comes first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docverify.doctypes.addressee import LEGAL_FORM
from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    date_after,
    fold_text,
    lines_of,
)
from docverify.doctypes.employment_parties import (
    PARTY_FIELDS,
    TITLE,
    cells_of,
    employer_of,
    fold_keep,
    glued,
    labelled,
    labelled_person,
    org_like,
    person_like,
    tidy,
    untitled,
)
from docverify.labels import is_label_text
from docverify.model import DocType, Document, Finding, warning
from docverify.values.dates import find_dates


@dataclass(frozen=True)
class EmploymentContractFields:
    employer: str | None
    employee_name: str | None
    contract_type: str | None
    job_title: str | None
    start_date: dt.date | None
    siret: str | None = None
    end_date: dt.date | None = None
    """For a CDD, a mission or an apprenticeship: the date the contract ends."""


CONTRACT_TYPES = (
    (r"DUREE INDETERMINEE|\bCDI\b|PERMANENT (?:EMPLOYMENT )?CONTRACT", "CDI"),
    (r"DUREE DETERMINEE|\bCDD\b|FIXED[- ]TERM", "CDD"),
    (r"APPRENTISSAGE", "apprentissage"),
    (r"CONTRAT DE MISSION|INTERIM|TRAVAIL TEMPORAIRE", "interim"),
    (r"PROFESSIONNALISATION", "professionnalisation"),
)
END_LABELS = (
    r"PRENDRA FIN LE",
    r"SE TERMINERA LE",
    r"PRENDRE FIN LE",
    r"JUSQU'?AU",
    r"DATE DE FIN(?: DU CONTRAT| DE MISSION)?",
    r"TERME (?:DU CONTRAT|PRECIS)?\s*(?:FIXE )?(?:AU|LE)",
)
START_LABELS = (
    r"COMPTER\s*DU",  # "à compter du", its "à" read "4" at times (set_az p03)
    r"A\s*COMPTER\s*DE\s*LA\s*DATE\s*DU",
    r"A\s*PARTIR\s*DU",
    r"DATE\s*D'?\s*(?:EMBAUCHE|ENTREE|ENGAGEMENT)",
    r"DATE\s*DE\s*(?:DEBUT|PRISE\s*DE\s*FONCTIONS?|PRISE\s*D'?EFFET|COMMENCEMENT)"
    r"(?:\s*D'?EXECUTION)?(?:\s*DU\s*CONTRAT|\s*DE\s*(?:LA\s*)?MISSION)?",
    r"PRISE\s*DE\s*FONCTIONS?",
    r"ENTREE\s*EN\s*FONCTIONS?",
    r"PRENDRA\s*EFFET\s*LE",
    r"PREND\s*EFFET\s*LE",
    r"DEBUTERA\s*LE",
    r"COMMENCERA\s*LE",
    r"COMMENCE\s*LE",
    r"START(?:ING)?\s*DATE",
    r"STARTING\s*ON",
    r"COMMENCING\s*ON",
    # a CDD's term: "conclu pour accroissement temporaire d'activité, du 3 novembre 2025
    # au 2 mai 2027" (set_cy p03)
    r"CONCLU\b[^.]{0,100}?\bDU(?=\s*\d)",
)
"""What introduces the first day of work; the first found in the text wins."""
JOB_INTRO = re.compile(
    r"(?:\bEN\s+QUALITE\s+D[E']|\b(?:OCCUPERA|EXERCERA|ASSURERA)\s+(?:LES\s+FONCTIONS|LE\s+POSTE|"
    r"L'EMPLOI)\s+D[E']|"
    r"\bAUX\s+FONCTIONS\s+D[E']|\bAU\s+POSTE\s+D[E']|\bPOUR\s+OCCUPER\s+(?:LE\s+POSTE|"
    r"LES\s+FONCTIONS|L'EMPLOI)\s+D[E']|\bL'EMPLOI\s+D[E']|\bAS\s+AN?\b|\bIN\s+THE\s+POSITION\s+OF)"
    r"\s*(.{3,80}?)(?=,|\.|;|\((?!E\))|\s+STATUT|\s+COEFFICIENT|\s+NIVEAU|\s+POSITION|\s+CATEGORIE|"
    r"\s+A\s+COMPTER|\s+A\s+TEMPS|\s+RELEVANT|\s+SOUS\s+|$)"
)

# --------------------------------------------------------------------------- the opening

OPENING = re.compile(r"\bENTRE\b\s*(?:LES\s+(?:SOUSSIGNES|PARTIES)\b)?\s*:?|\bBETWEEN\b\s*:?")
FIRST_PART = re.compile(r"D'\s*UNE\s*PART")
OTHER_PART = re.compile(
    r"D'\s*AUTRE\s*PART|IL\s+A\s+ETE\s+CONVENU|\bARTICLE\s+1\b|IT\s+IS\s+AGREED"
)
AND = re.compile(
    r"(?:,|\s)\s*\b(?:ET|AND)\b\s*:?\s*(?=(?:MADAME|MONSIEUR|MADEMOISELLE|MME|MLLE|M\.|MR|MRS|MS)\b)|"
    r"\n\s*(?:ET|AND)\s*:?\s*\n|\bET\s*:|\bAND\s*:|(?<=[)»\"”])\s*,?\s*\b(?:ET|AND)\b|"
    r"\bET\s+(?:LE\s+|LA\s+|L')?(?:SALARIE|EMPLOYE|APPRENTI|COLLABORAT)\w*\s*(?:\(E\))?\s*:?"
)
CALLED_END = re.compile(r"CI-?\s*APRES[^»\"”\n]{0,40}[»\"”]\s*,?(?:\s*\S{1,3}\s*:)?")
"""The end of the first party's "ci-après dénommée « l'Employeur »," and of the word
after it, where "ET :" stands (read "er:" on a photo)."""
STOP = re.compile(
    r",|\(|;|\s[-–—]\s|\bNEE?\s*(?:\(E\)\s*)?LE\b|\bNEE?\s*(?:\(E\)\s*)?A\b|\bDEMEURANT|\bDOMICILIE|"
    r"\bRESIDANT|\bDE\s+NATIONALITE|\bAU\s+CAPITAL|\bDONT\s+LE\s+SIEGE|\bSISE?\b|\bSITUEE?\b|"
    r"\bIMMATRICULEE?|\bINSCRITE?\b|\bREPRESENTEE?|\bSIRE[TN]\b|\bRCS\b|\bCI-?\s*APRES|"
    r"\bN[O°]\s|\bNUMERO\b|\bBORN\b|\bLIVING\b|\bRESIDING\b|\bREGISTERED\b|\bREPRESENTED\b|"
    r"\bHEREINAFTER\b|\bSOCIETE\s+(?:PAR\s+ACTIONS|A\s+RESPONSABILITE|ANONYME|CIVILE|EN\s+NOM)|"
    r"\bASSOCIATION\s+(?:REGIE|DECLAREE|LOI)|\bD'UNE\s+PART|\bD'AUTRE\s+PART"
)
DESIGNATOR = re.compile(
    r"^\s*(?:LA\s*SOCIETE|L'\s*ENTREPRISE|L'\s*ASSOCIATION|L'\s*ETABLISSEMENT|LA\s*FONDATION|"
    r"LE\s*GROUPE|LA\s*COMPAGNIE|THE\s+COMPANY|LA\s+(?=SAS\b|SARL\b|SASU\b|SA\b|SELARL\b)|"
    r"L'\s*(?=EURL\b))\s*:?\s*"
)
CALLED = re.compile(
    r"CI-?\s*APRES\s*(?:DENOMME|DESIGNE|APPELE|NOMME|REFERENCE)?E?S?\s*(?:\(E\)\s*)?"
    r"(?:PAR\s+)?[«\"“'‘]?\s*(?:L'|LE\s+|LA\s+|LES\s+|THE\s+)?([A-Z]+)|"
    r"HEREINAFTER\s+(?:REFERRED\s+TO\s+AS\s+|CALLED\s+)?[«\"“'‘]?\s*(?:THE\s+)?([A-Z]+)|"
    r"\(\s*[«\"“'‘]?\s*(?:THE\s+|L'|LE\s+|LA\s+)?[«\"“'‘]?\s*(?:THE\s+|L'|LE\s+|LA\s+)?([A-Z]+)"
)
EMPLOYER_WORDS = re.compile(
    r"^(?:EMPLOYEUR|SOCIETE|ENTREPRISE|ASSOCIATION|ETABLISSEMENT|EMPLOYER|COMPANY|AGENCE)"
)
EMPLOYEE_WORDS = re.compile(
    r"^(?:SALARIE|EMPLOYE(?!UR)|COLLABORAT|APPRENTI|INTERIMAIRE|ALTERNANT|EMPLOYEE|TRAVAILLEUR)"
)


def _unglue(text: str) -> str:
    """Words a PDF text layer ran together ("MadameOlgaKOVALENKO,néele03/02/1994") apart
    again where the case or the kind of character changes; text with spaces is kept.

    >>> _unglue("MadameOlgaKOVALENKO,néele03/02/1994"), _unglue("Michael BRENNAN, né le")
    ('Madame Olga KOVALENKO, néele 03/02/1994', 'Michael BRENNAN, né le')
    """
    if not (glued(text) or re.search(r"[a-zà-ÿ]{3,}\d", text)):
        return text
    text = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])", " ", text)
    text = re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=[,;])(?=\S)", " ", text)
    return text


def _party_name(text: str) -> tuple[str | None, str]:
    """(name, role) of one party of the opening sentence: its first words before its
    legal details, and "employer", "employee" or "" from what the contract calls it. In
    words a text layer ran together, a person's name comes apart at its capitals; a
    company's in capitals does not, and is no name ("ÉDITIONSDUCANALSAS")."""
    raw = text.strip(" :,.\n")
    text = _unglue(raw)
    folded = fold_keep(text)
    role = ""
    for called in CALLED.finditer(folded):
        word = called[1] or called[2] or called[3] or ""
        if EMPLOYER_WORDS.match(word):
            role = "employer"
        elif EMPLOYEE_WORDS.match(word):
            role = "employee"
        if role:
            break
    designator = DESIGNATOR.match(folded)
    start = designator.end() if designator else 0
    lead = re.match(r"\s*[A-Z]{1,3}[:.]?\s+", folded[start:])
    if lead and TITLE.match(folded[start + lead.end() :]):  # "ET" misread on its own line
        start += lead.end()
    if title := TITLE.match(folded[start:]):
        start += title.end()
    stop = STOP.search(folded, start)
    name = text[start : stop.start() if stop else len(text)].replace("\n", " ")
    name = re.sub(r"\s+", " ", name).strip(" :.-")
    if text != raw and any(len(w) > 12 and (w.isupper() or w.islower()) for w in name.split()):
        return None, role
    named = tidy(name)
    if named is None and designator and name and not is_label_text(name):
        # "La société RÉSIDENCE LES TILLEULS": a company's name may open with a word that
        # is a label elsewhere (an address's "Résidence"); "la société" says it is a name
        named = re.split(r"\s{2,}|\||;|,|\s[-–—]\s", name)[0].strip() or None
        role = role or "employer"
    return named, role


def parties(text: str) -> tuple[str | None, str | None]:
    """(employer, employee) from the contract's opening sentence.

    >>> parties("Entre les soussignés : la société ORBITEAM SAS, au capital de 1 000 €, "
    ...         "ci-après « la Société », d'une part, et Monsieur Michael BRENNAN, né le "
    ...         "09/08/1986, ci-après « le Salarié », d'autre part")
    ('ORBITEAM SAS', 'Michael BRENNAN')
    >>> parties("Entre la société Librairie Voltaire SARL, immatriculée ..., et Madame "
    ...         "Emily Rose CARTER, née le 17/04/1990, ci-après « la Salariée ».")
    ('Librairie Voltaire SARL', 'Emily Rose CARTER')

    The "ET :" between the parties misread, the first party's "ci-après" ends it:

    >>> parties("ENTRE LES SOUSSIGNÉS :\\nLa société ATELIERS MERCIER, SARL, ci-après "
    ...         "dénommée « l'Employeur »,\\ner:\\nM. Minjun KIM, né(e) le 09/03/1991")
    ('ATELIERS MERCIER', 'Minjun KIM')
    >>> parties("ENTRE LES SOUSSIGNÉS :\\nLa société ATELIERS MERCIER, SARL, ci-après "
    ...         "dénommée « l'Employeur »,\\nEL\\nMadame Mariana COSTA DE OLIVEIRA, née le")
    ('ATELIERS MERCIER', 'Mariana COSTA DE OLIVEIRA')

    A company's name that opens with a word an address uses ("Résidence"):

    >>> parties("ENTRE LES SOUSSIGNÉS :\\nLa société RÉSIDENCE LES TILLEULS, SAS au capital "
    ...         "de 150 000 €, ci-après dénommée « l'Employeur », d'une part,\\nET\\nMadame "
    ...         "Maria Cristina DELA CRUZ, née le 09/02/1988")
    ('RÉSIDENCE LES TILLEULS', 'Maria Cristina DELA CRUZ')
    """
    folded = fold_keep(text)
    opening = OPENING.search(folded[:4000])
    if not opening:
        return None, None
    body = folded[opening.end() :]
    first = FIRST_PART.search(body)
    cut = AND.search(body) if not first else None
    if first:
        after = re.match(r"\s*[,.]?\s*(?:\bET\b|\bAND\b)?\s*:?", body[first.end() :])
        a_end, b_start = first.start(), first.end() + (after.end() if after else 0)
    elif cut:
        a_end, b_start = cut.start(), cut.end()
    elif called := CALLED_END.search(body):  # the "ET :" between them misread ("er:")
        a_end, b_start = called.end(), called.end()
    else:
        return None, None
    end = OTHER_PART.search(body, b_start)
    b_end = end.start() if end else min(len(body), b_start + 600)
    base = opening.end()
    one = _party_name(text[base : base + a_end])
    two = _party_name(text[base + b_start : base + b_end])
    if (
        one[1] == "employee"
        or two[1] == "employer"
        or (not one[1] and not two[1] and _looks_personal(one[0]) and not _looks_personal(two[0]))
    ):
        one, two = two, one
    designated = one[1] == "employer" and not re.search(r"\d", one[0] or "")
    employer = one[0] if one[0] and (org_like(one[0]) or designated) else None
    employee = untitled(two[0]) if two[0] and person_like(untitled(two[0])) else None
    return employer, employee


def _looks_personal(name: str | None) -> bool:
    return bool(name) and person_like(name) and not LEGAL_FORM.search(fold_text(name or ""))


# --------------------------------------------------------------------------- the rest


def contract_type(folded_lines: list[str]) -> str | None:
    """The type named first wins (the title): a CDD's body may well mention "durée
    indéterminée" (a conversion clause), its title does not."""
    text = "\n".join(folded_lines)
    found = [(m.start(), name) for rx, name in CONTRACT_TYPES if (m := re.search(rx, text))]
    return min(found)[1] if found else None


def start_date(text: str) -> dt.date | None:
    """The first day of work: the date after the first of ``START_LABELS`` in the text.

    >>> start_date("Le Salarié est engagé à compter du 6 avril 2026, sous réserve")
    datetime.date(2026, 4, 6)
    >>> start_date("LaSalariéeestengagéeàcompterdu1erseptembre2026,sousréserve")
    datetime.date(2026, 9, 1)
    >>> start_date("Le Salarié est engagé 4 compter du ler juin 2026 en qualité de")
    datetime.date(2026, 6, 1)
    >>> start_date("Le présent contrat est conclu pour accroissement temporaire d'activité, "
    ...            "du 3 novembre 2025 au 2 mai 2027 inclus.")
    datetime.date(2025, 11, 3)
    """
    folded = fold_keep(text)
    found: list[tuple[int, dt.date]] = []
    for label in START_LABELS:
        for m in re.finditer(label, folded):
            window = text[m.end() : m.end() + 60]
            if re.search(r"\d[^\W\d_]{4,}", window):  # glued: "du1erseptembre2026"
                window = re.sub(r"(\d)(er|ER)?(?=[^\W\d_])", r"\1\2 ", window)
                window = re.sub(r"(?<=[^\W\d_])(?=\d)", " ", window)
            dates = find_dates(window)
            if dates and dates[0].start < 25:
                found.append((m.start(), dates[0].value))
                break
    return min(found)[1] if found else None


def job_title(text: str) -> str | None:
    """The job the contract names ("en qualité de ...", "occupera les fonctions de ...").

    >>> job_title("engagée en qualité de Ingénieure\\nlogiciel, statut cadre")
    'Ingénieure logiciel'
    >>> job_title("représentée par Mme Voisin, en qualité de DRH, ci-après « l'Employeur ». "
    ...           "Le Salarié exercera les fonctions de Assistant(e) de gestion, statut employé")
    'Assistant(e) de gestion'
    """
    text = text.replace("\n", " ")
    folded = fold_keep(text)
    m = next(
        (m for m in JOB_INTRO.finditer(folded) if not _representative(folded, m.start())), None
    )
    if not m:
        return None
    value = clean_name(text[m.start(1) : m.end(1)])
    value = value and re.sub(r"(?<=\w) ([eE])\b", r"(\1)", value)  # "Assistant(e)"
    return value if value and org_like(value[0].upper() + value[1:]) else None


def _representative(folded: str, at: int) -> bool:
    """Whether the job named at ``at`` is that of whoever signs for the employer
    ("représentée par Mme X, en qualité de Directrice des ressources humaines")."""
    before = folded[max(0, at - 120) : at]
    return bool(re.search(r"\bREPRESENTEE?\s+PAR\b|\bREPRESENTED\s+BY\b", before)) and not (
        re.search(r"\w{2}\.\s|;|CI-?\s*APRES|\bET\b", before.split("REPRESENT")[-1])
    )


def extract(doc: Document, ctx: ExtractContext) -> tuple[EmploymentContractFields, list[Finding]]:
    lines = lines_of(doc)
    text = "\n".join(lines)
    folded = fold_text(text)
    cells = cells_of(doc.pages)
    ctype = contract_type([fold_text(x) for x in lines])
    from_sentence = parties(text)
    found = next(((c, tidy(v)) for c, v in labelled(cells, PARTY_FIELDS, "employer_name",
                                                     org_like)), None)  # fmt: skip
    employer = found[1] if found else None
    named = from_sentence[0] if from_sentence[0] and not glued(from_sentence[0]) else None
    if named and (not employer or (found and ":" not in found[0].text)):
        # under a caption with no colon ("L'Employeur" over a signature): who signs for the
        # employer ("N. Roques"), where the opening sentence names the employer itself
        employer = named
    employer = employer or employer_of(cells) or from_sentence[0]
    employee = labelled_person(cells) or from_sentence[1]
    job = next((tidy(v) for _c, v in labelled(cells, PARTY_FIELDS, "job_title", org_like)), None)
    job = job or job_title(text)
    start = start_date(text)
    siret = None
    m = re.search(r"SIRET\s*(?:N[O°]\.?)?\s*:?\s*((?:\d[\s.]?){14})", folded)
    if m:
        siret = re.sub(r"\D", "", m[1])
    end = None
    if ctype != "CDI":
        for label in END_LABELS:
            end = date_after(lines, label)
            if end and (start is None or end > start):
                break
            end = None
    findings: list[Finding] = []
    if not employer:
        findings.append(
            warning(
                "employment_contract.no_employer",
                "The employer's identity could not be read on the contract.",
            )
        )
    return EmploymentContractFields(employer, employee, ctype, job, start, siret, end), findings


SPEC = DocTypeSpec(
    type=DocType.EMPLOYMENT_CONTRACT,
    signals=(
        Signal.of(r"CONTRAT DE TRAVAIL", 6.0),
        Signal.of(r"DUREE (?:IN)?DETERMINEE|CONTRAT D'?APPRENTISSAGE|CONTRAT DE MISSION", 3.0),
        Signal.of(r"PERIODE D'?ESSAI|REMUNERATION|DUREE DU TRAVAIL", 1.5),
        Signal.of(r"EN QUALITE DE|L'?EMPLOYEUR|LE SALARIE", 1.5),
    ),
    extract=extract,
    multipage=True,
)
