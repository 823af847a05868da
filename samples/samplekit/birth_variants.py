"""Birth certificates from several countries, apostilles in several languages, and a
French sworn translation: the material of issue #5 (``birth_certificate``).

Every certificate is drawn from a :class:`BirthRecord` (who, born when and where, which
office) by a national layout: German Geburtsurkunde, Mexican acta de nacimiento,
Brazilian certidão de nascimento, Italian estratto dell'atto di nascita, French extrait
d'acte de naissance, and the CIEC multilingual extract (Convention No. 16). The US and UK
layouts live in ``documents/birth.py``. ``CASES`` lists ready-made certificates with
their ground truth, for the tests in ``tests/birth`` and ``bench/birth_bench.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .documents.apostille import ApostilleContent, apostille_pages
from .documents.birth import OregonBirthContent, oregon_birth_pages
from .documents.common import Person
from .documents.passport import PassportContent, passport_pages
from .output import PageSpec, write_image_pdf, write_jpeg
from .page import GREY, Surface
from .scan import PhotoOptions, ScanOptions, photo, scan

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}


def long_date(d: dt.date, lang: str) -> str:
    """A date in words, the way each language writes it on civil-status documents."""
    month = MONTHS[lang].split()[d.month - 1]
    if lang == "de":
        return f"{d.day}. {month} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {month} de {d.year}"
    if lang == "en":
        return f"{d.day} {month} {d.year}"
    return f"{d.day} {month} {d.year}"


def num_date(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


@dataclass(frozen=True)
class BirthRecord:
    """What a birth certificate states. ``surname`` may hold two surnames (ES, PT)."""

    person: Person
    father: str
    mother: str
    office: str  # civil-status office / registry
    city: str  # where the office is
    number: str  # register or entry number
    registered_on: dt.date
    issued_on: dt.date
    official: str
    seed: int = 51


def _row(s: Surface, x: float, y: float, label: str, value: str, w: float = 170) -> None:
    s.text(x, y, label, "sans", 9.5, color=GREY)
    s.fit_text(x + 62, y, value, w - 62, "sans-bold", 11)
    s.dotted(x + 60, y + 1.2, x + w)


# --------------------------------------------------------------------------- national layouts


def german_birth_pages(r: BirthRecord) -> list[PageSpec]:
    """Geburtsurkunde as a German Standesamt issues it (PStG § 59)."""
    p = r.person

    def draw(s: Surface) -> None:
        s.rect(14, 14, 182, 269, width=0.4)
        s.text(105, 34, "Geburtsurkunde", "serif-bold", 24, align="center")
        s.text(105, 43, f"Standesamt {r.city}", "serif", 12, align="center")
        s.text(186, 54, f"Nr. {r.number}", "sans", 10, align="right")
        y = 70.0
        rows = [
            ("Familienname", p.surname.upper()),
            ("Vornamen", p.given_names),
            ("Geschlecht", "weiblich" if p.sex == "F" else "männlich"),
            ("Tag der Geburt", f"{num_date(p.birth_date, '.')}"),
            ("Geburtsort", f"{p.birth_place}"),
        ]
        for label, value in rows:
            _row(s, 22, y, label, value)
            y += 11
        y += 6
        s.text(22, y, "Eltern", "sans-bold", 11)
        y += 10
        _row(s, 22, y, "Mutter", r.mother)
        y += 11
        _row(s, 22, y, "Vater", r.father)
        y += 22
        s.paragraph(
            22,
            y,
            166,
            "Die Übereinstimmung dieser Urkunde mit dem Inhalt des Geburtenregisters wird "
            "hiermit beglaubigt. Änderungen sind nicht eingetragen.",
            "serif",
            10.5,
        )
        y += 24
        s.text(22, y, f"{r.city}, den {num_date(r.issued_on, '.')}", "serif", 11)
        s.stamp(60, y + 32, 15, f"STANDESAMT {r.city.upper()}", "SIEGEL")
        s.signature(120, y + 10, 55, 16, seed=r.seed)
        s.text(148, y + 32, r.official, "serif", 9.5, align="center")
        s.text(148, y + 37, "Die Standesbeamtin", "serif", 9.5, align="center")

    return [PageSpec(draw)]


def mexican_birth_pages(r: BirthRecord) -> list[PageSpec]:
    """Acta de nacimiento in the format of the Registro Civil (RENAPO, 2016 onwards)."""
    p = r.person
    first, *rest = p.surname.split()
    second = " ".join(rest)

    def draw(s: Surface) -> None:
        green = (20, 90, 60)
        s.rect(10, 10, 190, 277, outline=green, width=0.8)
        s.guilloche(12, 12, 186, 34, color=(215, 235, 222), seed=r.seed, n=9)
        s.text(105, 24, "ESTADOS UNIDOS MEXICANOS", "serif-bold", 15, align="center")
        s.text(105, 33, "ACTA DE NACIMIENTO", "serif-bold", 18, align="center")
        s.text(105, 40, f"REGISTRO CIVIL - {r.office.upper()}", "sans", 9, align="center")
        s.text(190, 52, f"Número de acta: {r.number}", "sans", 9.5, align="right")
        y = 62.0
        s.text(20, y, "DATOS DE LA PERSONA REGISTRADA", "sans-bold", 10.5, color=green)
        y += 10
        rows = [
            ("Nombre(s):", p.given_names.upper()),
            ("Primer apellido:", first.upper()),
            ("Segundo apellido:", second.upper()),
            ("Sexo:", "MUJER" if p.sex == "F" else "HOMBRE"),
            ("Fecha de nacimiento:", num_date(p.birth_date)),
            ("Lugar de nacimiento:", f"{p.birth_place.upper()}, {p.birth_region.upper()}"),
        ]
        for label, value in rows:
            _row(s, 20, y, label, value)
            y += 10
        y += 6
        s.text(20, y, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA", "sans-bold", 10.5, color=green)
        y += 10
        _row(s, 20, y, "Padre:", r.father.upper())
        y += 10
        _row(s, 20, y, "Madre:", r.mother.upper())
        y += 18
        s.paragraph(
            20,
            y,
            170,
            f"El suscrito Juez del Registro Civil certifica que los datos son una "
            f"transcripción fiel de los que obran en el libro del registro, el día "
            f"{long_date(r.registered_on, 'es')}.",
            "serif",
            10.5,
        )
        y += 22
        s.text(20, y, f"{r.city}, a {long_date(r.issued_on, 'es')}", "serif", 11)
        s.stamp(55, y + 30, 15, "REGISTRO CIVIL", "SELLO", color=green)
        s.signature(120, y + 8, 55, 16, seed=r.seed)
        s.text(148, y + 30, r.official.upper(), "sans-bold", 9, align="center")
        s.text(148, y + 35, "JUEZ DEL REGISTRO CIVIL", "sans", 8.5, align="center")

    return [PageSpec(draw)]


def brazilian_birth_pages(r: BirthRecord) -> list[PageSpec]:
    """Certidão de nascimento in the national model (CNJ Provimento 63/2017): the full
    name in one field, parents and grandparents, the matrícula number."""
    p = r.person
    full = f"{p.given_names} {p.surname}".upper()

    def draw(s: Surface) -> None:
        s.rect(12, 12, 186, 273, width=0.6)
        s.text(105, 26, "REPÚBLICA FEDERATIVA DO BRASIL", "serif-bold", 14, align="center")
        s.text(105, 34, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "serif", 11, align="center")
        s.text(105, 46, "CERTIDÃO DE NASCIMENTO", "serif-bold", 19, align="center")
        s.text(105, 56, f"MATRÍCULA {r.number}", "mono", 9.5, align="center")
        y = 70.0
        rows = [
            ("NOME:", full),
            ("DATA DE NASCIMENTO:", num_date(p.birth_date)),
            ("POR EXTENSO:", long_date(p.birth_date, "pt")),
            ("LOCAL DE NASCIMENTO:", f"{p.birth_place} - {p.birth_region}"),
            ("SEXO:", "FEMININO" if p.sex == "F" else "MASCULINO"),
            ("FILIAÇÃO - PAI:", r.father.upper()),
            ("FILIAÇÃO - MÃE:", r.mother.upper()),
            ("AVÓS:", "não consta"),
            ("DATA DO REGISTRO:", num_date(r.registered_on)),
        ]
        for label, value in rows:
            _row(s, 20, y, label, value)
            y += 11
        y += 10
        s.paragraph(
            20,
            y,
            170,
            "O conteúdo da certidão é verdadeiro. Dou fé. Esta certidão foi emitida pelo "
            f"oficial do {r.office}.",
            "serif",
            10.5,
        )
        y += 22
        s.text(20, y, f"{r.city}, {long_date(r.issued_on, 'pt')}", "serif", 11)
        s.stamp(55, y + 30, 15, "CARTÓRIO DE REGISTRO CIVIL", "SELO")
        s.signature(120, y + 8, 55, 16, seed=r.seed)
        s.text(148, y + 30, r.official, "serif", 9.5, align="center")
        s.text(148, y + 35, "Oficial de Registro Civil", "serif", 9, align="center")

    return [PageSpec(draw)]


def italian_birth_pages(r: BirthRecord) -> list[PageSpec]:
    """Estratto per riassunto dell'atto di nascita, as a Comune issues it."""
    p = r.person

    def draw(s: Surface) -> None:
        s.text(105, 24, f"COMUNE DI {r.city.upper()}", "serif-bold", 16, align="center")
        s.text(105, 32, "UFFICIO DELLO STATO CIVILE", "serif", 11, align="center")
        s.text(
            105, 46, "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "serif-bold", 14, align="center"
        )
        s.text(105, 54, f"Atto n. {r.number}", "sans", 10, align="center")
        y = 70.0
        rows = [
            ("Cognome", p.surname.upper()),
            ("Nome", p.given_names.upper()),
            ("Sesso", p.sex),
            ("Data di nascita", num_date(p.birth_date)),
            ("Luogo di nascita", p.birth_place.upper()),
            ("Padre", r.father.upper()),
            ("Madre", r.mother.upper()),
        ]
        for label, value in rows:
            _row(s, 20, y, label, value)
            y += 11
        y += 10
        s.paragraph(
            20,
            y,
            170,
            "Il presente estratto è conforme alle risultanze dei registri dello stato "
            "civile di questo Comune. Rilasciato in carta libera per gli usi consentiti.",
            "serif",
            10.5,
        )
        y += 22
        s.text(20, y, f"{r.city}, {num_date(r.issued_on)}", "serif", 11)
        s.stamp(55, y + 30, 15, f"COMUNE DI {r.city.upper()}", "BOLLO")
        s.signature(120, y + 8, 55, 16, seed=r.seed)
        s.text(148, y + 30, r.official, "serif", 9.5, align="center")
        s.text(148, y + 35, "L'Ufficiale dello Stato Civile", "serif", 9, align="center")

    return [PageSpec(draw)]


def french_birth_pages(r: BirthRecord) -> list[PageSpec]:
    """Extrait d'acte de naissance avec filiation, as a French mairie issues it."""
    p = r.person
    born = "Née" if p.sex == "F" else "Né"

    def draw(s: Surface) -> None:
        s.text(20, 22, "RÉPUBLIQUE FRANÇAISE", "serif-bold", 11)
        s.text(20, 28, f"Mairie de {r.city}", "serif", 10)
        s.text(105, 44, "EXTRAIT D'ACTE DE NAISSANCE", "serif-bold", 17, align="center")
        s.text(105, 51, "avec filiation", "serif-italic", 11, align="center")
        s.text(190, 60, f"Acte n° {r.number}", "sans", 9.5, align="right")
        y = 74.0
        rows = [
            ("Nom :", p.surname.upper()),
            ("Prénoms :", p.given_names),
            ("Sexe :", "féminin" if p.sex == "F" else "masculin"),
            (f"{born} le :", long_date(p.birth_date, "fr")),
            ("à :", f"{p.birth_place} ({p.birth_region})"),
            ("Père :", r.father),
            ("Mère :", r.mother),
        ]
        for label, value in rows:
            _row(s, 20, y, label, value)
            y += 11
        y += 10
        s.text(20, y, "Mentions marginales : néant", "serif", 10.5)
        y += 14
        s.text(
            20, y, f"Extrait délivré le {num_date(r.issued_on)} par l'officier de l'état civil",
            "serif", 10.5,
        )  # fmt: skip
        s.stamp(55, y + 30, 15, f"MAIRIE DE {r.city.upper()}", "ÉTAT CIVIL")
        s.signature(120, y + 8, 55, 16, seed=r.seed)
        s.text(148, y + 30, r.official, "serif", 9.5, align="center")

    return [PageSpec(draw)]


CIEC_LABELS = [
    ("1. Etat / Staat / State / Estado / Stato", "state"),
    ("2. Service de l'état civil / Standesamt / Registry / Conservatória", "office"),
    ("3. Nom / Name / Surname / Apelido / Cognome", "surname"),
    ("4. Prénoms / Vornamen / Forenames / Nome próprio / Nome", "given"),
    ("5. Sexe / Geschlecht / Sex / Sexo / Sesso", "sex"),
    ("6. Date de naissance / Geburtsdatum / Date of birth / Data de nascimento", "dob"),
    ("7. Lieu de naissance / Geburtsort / Place of birth / Local de nascimento", "place"),
    ("8. Père / Vater / Father / Pai / Padre", "father"),
    ("9. Mère / Mutter / Mother / Mãe / Madre", "mother"),
]


def ciec_multilingual_pages(r: BirthRecord, state: str = "PORTUGAL") -> list[PageSpec]:
    """Extrait plurilingue d'acte de naissance (CIEC Convention No. 16, Formule A): every
    label in the languages of the contracting states, values in the issuing state's."""
    p = r.person
    values = {
        "state": state,
        "office": r.office,
        "surname": p.surname.upper(),
        "given": p.given_names.upper(),
        "sex": p.sex,
        "dob": num_date(p.birth_date, "."),
        "place": p.birth_place.upper(),
        "father": r.father.upper(),
        "mother": r.mother.upper(),
    }

    def draw(s: Surface) -> None:
        s.text(105, 20, "EXTRAIT PLURILINGUE D'ACTE DE NAISSANCE", "sans-bold", 13, align="center")
        s.text(
            105, 26, "Auszug aus dem Geburtseintrag - Extract from a birth record", "sans", 9,
            align="center",
        )  # fmt: skip
        s.text(105, 31, "Certidão de registo de nascimento multilingue", "sans", 9, align="center")
        s.text(
            105, 36, "Commission Internationale de l'État Civil - Convention n° 16", "sans", 8,
            color=GREY, align="center",
        )  # fmt: skip
        y = 50.0
        for label, key in CIEC_LABELS:
            s.rect(15, y - 6, 180, 14, width=0.3)
            s.text(17, y - 1.5, label, "sans", 7.5, color=GREY)
            s.fit_text(20, y + 5.5, values[key], 170, "sans-bold", 11)
            y += 14
        y += 10
        s.text(
            17, y, f"Date de délivrance / Ausstellungsdatum / Date of issue: "
            f"{num_date(r.issued_on, '.')}", "sans", 9,
        )  # fmt: skip
        s.stamp(50, y + 28, 14, r.office.upper()[:28], "SELO")
        s.signature(115, y + 8, 55, 16, seed=r.seed)
        s.text(142, y + 30, r.official, "sans", 9, align="center")

    return [PageSpec(draw)]


# --------------------------------------------------------------------------- apostilles

APOSTILLE_WORDING: dict[str, dict[str, str]] = {
    "es": {
        "title": "APOSTILLA", "country": "1. País:", "intro": "El presente documento público",
        "signed": "2. ha sido firmado por", "capacity": "3. quien actúa en calidad de",
        "seal": "4. y está revestido del sello/timbre de", "certified": "Certificado",
        "at": "5. en", "the": "6. el día", "by": "7. por", "no": "8. bajo el número",
        "seal9": "9. Sello/timbre:", "sig10": "10. Firma:",
    },
    "pt": {
        "title": "APOSTILA", "country": "1. País:", "intro": "Este documento público",
        "signed": "2. foi assinado por", "capacity": "3. na qualidade de",
        "seal": "4. tem o selo/carimbo de", "certified": "Reconhecido",
        "at": "5. em", "the": "6. no dia", "by": "7. por", "no": "8. sob o nº",
        "seal9": "9. Selo/carimbo:", "sig10": "10. Assinatura:",
    },
    "de": {
        "title": "APOSTILLE", "country": "1. Land:", "intro": "Diese öffentliche Urkunde",
        "signed": "2. ist unterschrieben von", "capacity": "3. in seiner Eigenschaft als",
        "seal": "4. sie ist versehen mit dem Siegel/Stempel des/der", "certified": "Bestätigt",
        "at": "5. in", "the": "6. am", "by": "7. durch", "no": "8. unter Nr.",
        "seal9": "9. Siegel/Stempel:", "sig10": "10. Unterschrift:",
    },
    "it": {
        "title": "APOSTILLE", "country": "1. Paese:", "intro": "Il presente atto pubblico",
        "signed": "2. è stato firmato da", "capacity": "3. in qualità di",
        "seal": "4. è munito del sigillo/timbro di", "certified": "Attestato",
        "at": "5. a", "the": "6. il", "by": "7. da", "no": "8. al numero",
        "seal9": "9. Sigillo/timbro:", "sig10": "10. Firma:",
    },
    "fr": {
        "title": "APOSTILLE", "country": "1. Pays :", "intro": "Le présent acte public",
        "signed": "2. a été signé par", "capacity": "3. agissant en qualité de",
        "seal": "4. est revêtu du sceau/timbre de", "certified": "Attesté",
        "at": "5. à", "the": "6. le", "by": "7. par", "no": "8. sous n°",
        "seal9": "9. Sceau/timbre :", "sig10": "10. Signature :",
    },
}  # fmt: skip


def localized_apostille_pages(
    c: ApostilleContent, lang: str, *, stamp: bool = False
) -> list[PageSpec]:
    """The Hague model certificate in ``lang`` (``en`` uses ``documents/apostille.py``).
    ``stamp`` draws it as a rubber stamp in the corner of an otherwise blank back page."""
    if lang == "en" and not stamp:
        return apostille_pages(c)
    words = APOSTILLE_WORDING.get(lang) or {
        "title": "APOSTILLE", "country": "1. Country:", "intro": "This public document",
        "signed": "2. has been signed by", "capacity": "3. acting in the capacity of",
        "seal": "4. bears the seal/stamp of", "certified": "Certified", "at": "5. at",
        "the": "6. the", "by": "7. by", "no": "8. No", "seal9": "9. Seal/stamp:",
        "sig10": "10. Signature:",
    }  # fmt: skip
    scale = 0.8 if stamp else 1.0
    x0, y0 = (65.0, 115.0) if stamp else (25.0, 32.0)
    width = 160 * scale

    def draw(s: Surface) -> None:
        def t(dx: float, dy: float, text: str, font: str = "serif", size: float = 11.0) -> float:
            return s.text(x0 + dx * scale, y0 + dy * scale, text, font, size * scale)

        if not stamp:
            s.text(105, 22, c.authority_header, "serif-bold", 10, align="center", color=GREY)
        s.rect(x0, y0, width, 170 * scale, width=0.8)
        s.text(x0 + width / 2, y0 + 18 * scale, words["title"], "serif-bold", 22 * scale,
               align="center")  # fmt: skip
        s.text(x0 + width / 2, y0 + 26 * scale, "(Convention de La Haye du 5 octobre 1961)",
               "serif-italic", 10 * scale, align="center")  # fmt: skip
        y = 40.0
        w = t(8, y, words["country"])
        s.fit_text(x0 + 8 * scale + w + 2, y0 + y * scale, c.country, width - w - 14,
                   "serif-bold", 11 * scale)  # fmt: skip
        y += 9
        s.text(x0 + width / 2, y0 + y * scale, words["intro"], "serif-italic", 11 * scale,
               align="center")  # fmt: skip
        for key, val in (("signed", c.signed_by), ("capacity", c.capacity), ("seal", c.seal_of)):
            y += 9
            w = t(8, y, words[key])
            s.fit_text(x0 + 8 * scale + w + 2, y0 + y * scale, val, width - w - 14,
                       "serif-bold", 11 * scale)  # fmt: skip
        y += 11
        s.text(x0 + width / 2, y0 + y * scale, words["certified"], "serif-italic", 11 * scale,
               align="center")  # fmt: skip
        y += 10
        w = t(8, y, words["at"])
        s.text(x0 + 8 * scale + w + 2, y0 + y * scale, c.at, "serif-bold", 11 * scale)
        y += 9
        w = t(8, y, words["the"])
        s.text(x0 + 8 * scale + w + 2, y0 + y * scale, long_date(c.date, lang), "serif-bold",
               11 * scale)  # fmt: skip
        y += 9
        w = t(8, y, words["by"])
        s.fit_text(x0 + 8 * scale + w + 2, y0 + y * scale, c.by, width - w - 14, "serif-bold",
                   11 * scale)  # fmt: skip
        y += 9
        w = t(8, y, words["no"])
        s.text(x0 + 8 * scale + w + 2, y0 + y * scale, c.number, "serif-bold", 11 * scale)
        y += 11
        t(8, y, words["seal9"])
        t(85, y, words["sig10"])
        s.stamp(x0 + 35 * scale, y0 + (y + 22) * scale, 15 * scale, c.by.upper()[:30], "SEAL")
        s.signature(x0 + 90 * scale, y0 + (y + 5) * scale, 55 * scale, 18 * scale, seed=c.seed)
        s.text(x0 + 118 * scale, y0 + (y + 33) * scale, c.signer, "serif", 8.5 * scale,
               align="center")  # fmt: skip

    return [PageSpec(draw)]


# --------------------------------------------------------------------------- translation


@dataclass(frozen=True)
class TranslationContent:
    record: BirthRecord
    source_language: str = "portugais"
    document_title: str = "Certidão de Nascimento"
    translator: str = "Marie LEFEBVRE"
    court: str = "Paris"
    number: str = "2026-0418"
    signed_on: dt.date = dt.date(2026, 5, 12)
    seed: int = 61


def translation_pages(c: TranslationContent) -> list[PageSpec]:
    """A sworn translation into French by a traducteur expert près la cour d'appel."""
    r = c.record
    p = r.person

    def draw(s: Surface) -> None:
        s.text(20, 22, c.translator, "serif-bold", 12)
        s.text(20, 28, f"Traductrice expert près la Cour d'appel de {c.court}", "serif", 10)
        s.text(20, 33, "12 rue de Rivoli 75004 Paris", "serif", 10)
        s.text(105, 50, "TRADUCTION CERTIFIÉE CONFORME", "serif-bold", 15, align="center")
        s.text(
            105, 57, f"Traduction du {c.source_language} vers le français", "serif-italic", 11,
            align="center",
        )  # fmt: skip
        s.text(20, 70, f"Document traduit : {c.document_title} (acte de naissance)", "serif", 11)
        y = 84.0
        rows = [
            ("Nom et prénoms :", f"{p.given_names.upper()} {p.surname.upper()}"),
            ("Date de naissance :", long_date(p.birth_date, "fr")),
            ("Lieu de naissance :", f"{p.birth_place} ({p.birth_region})"),
            ("Père :", r.father.upper()),
            ("Mère :", r.mother.upper()),
            ("Délivré par :", r.office),
        ]
        for label, value in rows:
            _row(s, 20, y, label, value)
            y += 11
        y += 12
        s.paragraph(
            20,
            y,
            170,
            f"Je soussignée {c.translator}, traductrice expert près la Cour d'appel de "
            f"{c.court}, certifie que la présente traduction est conforme à l'original en "
            f"langue {c.source_language} qui m'a été présenté. Traduction n° {c.number}.",
            "serif",
            10.5,
        )
        y += 26
        s.text(20, y, f"Fait à {c.court}, le {num_date(c.signed_on)}", "serif", 11)
        s.stamp(55, y + 28, 15, "TRADUCTEUR EXPERT", "CA PARIS")
        s.signature(120, y + 6, 55, 16, seed=c.seed)

    return [PageSpec(draw)]


# --------------------------------------------------------------------------- ready-made cases

LUKAS = Person(
    surname="BRANDT", given_names="Lukas Johannes", sex="M", birth_date=dt.date(1992, 3, 8),
    birth_place="München", birth_region="Bayern", birth_country="DEU", nationality="DEU",
)  # fmt: skip
SOFIA = Person(
    surname="HERNÁNDEZ RUIZ", given_names="Sofía Guadalupe", sex="F",
    birth_date=dt.date(1995, 11, 23), birth_place="Guadalajara", birth_region="Jalisco",
    birth_country="MEX", nationality="MEX",
)  # fmt: skip
JOAO = Person(
    surname="OLIVEIRA SANTOS", given_names="João Pedro", sex="M", birth_date=dt.date(1988, 7, 2),
    birth_place="São Paulo", birth_region="SP", birth_country="BRA", nationality="BRA",
)  # fmt: skip
GIULIA = Person(
    surname="ROSSI", given_names="Giulia Francesca", sex="F", birth_date=dt.date(1993, 5, 14),
    birth_place="Bologna", birth_region="BO", birth_country="ITA", nationality="ITA",
)  # fmt: skip
CAMILLE = Person(
    surname="DUBOIS", given_names="Camille Marie", sex="F", birth_date=dt.date(1991, 9, 21),
    birth_place="Lyon 3e arrondissement", birth_region="Rhône", birth_country="FRA",
    nationality="CAN",
)  # fmt: skip
ANA = Person(
    surname="COSTA", given_names="Ana Beatriz", sex="F", birth_date=dt.date(1990, 5, 3),
    birth_place="Porto", birth_region="", birth_country="PRT", nationality="PRT",
)  # fmt: skip
EMILY = Person()

RECORDS: dict[str, BirthRecord] = {
    "de": BirthRecord(LUKAS, "Thomas BRANDT", "Sabine BRANDT geb. KELLER", "Standesamt München",
                      "München", "G 1142/1992", dt.date(1992, 3, 12), dt.date(2026, 1, 15),
                      "Katrin Vogel", seed=52),
    "mx": BirthRecord(SOFIA, "Miguel Ángel Hernández López", "Rosa María Ruiz Castillo",
                      "Oficialía 04 de Guadalajara", "Guadalajara", "14039 00412 1995",
                      dt.date(1995, 12, 4), dt.date(2026, 2, 2), "Lic. Jorge Ramírez Soto",
                      seed=53),
    "br": BirthRecord(JOAO, "Carlos Alberto Santos", "Maria Aparecida de Oliveira",
                      "1º Cartório de Registro Civil de São Paulo", "São Paulo",
                      "115436 01 55 1988 1 00231 044 0078213 12", dt.date(1988, 7, 9),
                      dt.date(2026, 3, 3), "Renata Alves Pereira", seed=54),
    "it": BirthRecord(GIULIA, "Marco ROSSI", "Elena BIANCHI", "Comune di Bologna", "Bologna",
                      "1234 P. I S. A", dt.date(1993, 5, 17), dt.date(2026, 1, 20),
                      "Dott.ssa Laura Conti", seed=55),
    "fr": BirthRecord(CAMILLE, "Paul DUBOIS", "Hélène MARTIN", "Mairie de Lyon", "Lyon", "1871",
                      dt.date(1991, 9, 23), dt.date(2026, 2, 10), "L'officier de l'état civil",
                      seed=56),
    "ciec": BirthRecord(ANA, "Rui COSTA", "Inês FERREIRA", "Conservatória do Registo Civil do Porto",
                        "Porto", "2211/1990", dt.date(1990, 5, 9), dt.date(2026, 1, 28),
                        "Paula Martins", seed=57),
}  # fmt: skip

APOSTILLES: dict[str, tuple[ApostilleContent, str]] = {
    "mx": (
        ApostilleContent(
            country="Estados Unidos Mexicanos", signed_by="Lic. Jorge Ramírez Soto",
            capacity="Juez del Registro Civil", seal_of="Registro Civil del Estado de Jalisco",
            at="Guadalajara, Jalisco", date=dt.date(2026, 2, 9),
            by="Secretaría General de Gobierno de Jalisco", number="JAL-2026-118734",
            signer="Director de Certificaciones", authority_header="GOBIERNO DEL ESTADO DE JALISCO",
            seed=71,
        ),
        "es",
    ),
    "br": (
        ApostilleContent(
            country="República Federativa do Brasil", signed_by="Renata Alves Pereira",
            capacity="Oficial de Registro Civil", seal_of="1º Cartório de Registro Civil de São Paulo",
            at="São Paulo", date=dt.date(2026, 3, 10), by="2º Tabelião de Notas de São Paulo",
            number="BR-2026-0093417", signer="Tabelião substituto",
            authority_header="CONSELHO NACIONAL DE JUSTIÇA - APOSTILAMENTO", seed=72,
        ),
        "pt",
    ),
    "us": (ApostilleContent(), "en"),
}  # fmt: skip

LAYOUTS: dict[str, Callable[[BirthRecord], list[PageSpec]]] = {
    "de": german_birth_pages,
    "mx": mexican_birth_pages,
    "br": brazilian_birth_pages,
    "it": italian_birth_pages,
    "fr": french_birth_pages,
    "ciec": ciec_multilingual_pages,
}

COUNTRY = {"de": "DEU", "mx": "MEX", "br": "BRA", "it": "ITA", "fr": "FRA", "ciec": "PRT",
           "us": "USA"}  # fmt: skip
LANGUAGE = {"de": "de", "mx": "es", "br": "pt", "it": "it", "fr": "fr", "ciec": "mul", "us": "en"}


def certificate_pages(layout: str, person: Person | None = None) -> list[PageSpec]:
    """The certificate of ``layout``, optionally of another ``person``."""
    if layout == "us":
        return oregon_birth_pages(OregonBirthContent(person=person or EMILY))
    rec = RECORDS[layout]
    if person is not None:
        rec = BirthRecord(person, *[getattr(rec, f) for f in (
            "father", "mother", "office", "city", "number", "registered_on", "issued_on",
            "official", "seed")])  # fmt: skip
    return LAYOUTS[layout](rec)


def person_of(layout: str) -> Person:
    return EMILY if layout == "us" else RECORDS[layout].person


def truth(layout: str, person: Person | None = None) -> dict[str, object]:
    """Ground truth of a certificate's fields, as the report should give them."""
    p = person or person_of(layout)
    return {
        "surname": p.surname.upper(),
        "given_names": p.given_names.upper(),
        "date_of_birth": p.birth_date.isoformat(),
        "issuing_country": COUNTRY[layout],
        "language": LANGUAGE[layout],
    }


def passport_for(person: Person, number: str = "X4821937") -> PassportContent:
    """A passport of ``person`` issued by their country of nationality."""
    return PassportContent(
        person=person, number=number, issuing=person.nationality,
        authority=f"{person.nationality}\nMinistry of Foreign Affairs",
    )  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One rendered certificate for the bench: layout, apostille placement, scan seed."""

    name: str
    layout: str
    apostille: str = "none"  # "none", "same_pdf", "separate_file", "stamp_back"
    seed: int = 0
    truth: dict[str, object] = field(default_factory=dict)


def bench_cases() -> list[Case]:
    """Every layout, each without apostille and (where a country needs one) with it
    attached in each way, over two scan seeds."""
    out: list[Case] = []
    for seed in (1, 2):
        for layout in ("de", "mx", "br", "it", "fr", "ciec", "us"):
            placements = ["none"]
            if layout in APOSTILLES:
                placements += ["same_pdf", "separate_file", "stamp_back"]
            for where in placements:
                out.append(Case(f"{layout}-{where}-{seed}", layout, where, seed, truth(layout)))
    return out


def write_packet(
    root: Path,
    layout: str,
    *,
    apostille: str = "none",
    seed: int = 0,
    passport_of: Person | None = None,
    certificate_of: Person | None = None,
    translation: bool = False,
) -> Path:
    """Write a minimal packet: the certificate of ``layout`` (scanned, image-only PDF),
    its apostille placed as ``apostille`` says, a French sworn translation when asked,
    and the passport of ``passport_of`` (a photo) when given. Returns ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    opts = ScanOptions(max_skew=1.0)
    cert = [
        scan(pg.render(), 1000 + seed, opts) for pg in certificate_pages(layout, certificate_of)
    ]
    apo_pages: list[PageSpec] = []
    if apostille != "none":
        content, lang = APOSTILLES[layout]
        apo_pages = localized_apostille_pages(content, lang, stamp=apostille == "stamp_back")
    apo = [scan(pg.render(), 2000 + seed, opts) for pg in apo_pages]
    if apostille in ("same_pdf", "stamp_back"):
        write_image_pdf(root / "acte_naissance.pdf", cert + apo, 200)
    else:
        write_image_pdf(root / "acte_naissance.pdf", cert, 200)
        if apo:
            write_image_pdf(root / "apostille.pdf", apo, 200)
    if translation:
        (page,) = translation_pages(TranslationContent(RECORDS[layout]))
        write_image_pdf(root / "traduction.pdf", [scan(page.render(), 3000 + seed, opts)], 200)
    if passport_of is not None:
        (pp,) = passport_pages(passport_for(passport_of))
        write_jpeg(root / "passeport.jpg", photo(pp.render(), 4000, PhotoOptions()), 70, 300)
    return root
