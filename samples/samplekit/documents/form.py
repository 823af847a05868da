"""Cerfa 15763 / S1106 "Demande d'ouverture des droits à l'assurance maladie"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from ..output import PageSpec
from ..page import GREY, INK_BLUE, LIGHT, Surface
from .common import Person, country_fr, fr_date, nationality_fr

AMELI_BLUE = (0, 83, 155)
BANNER = (210, 225, 240)


@dataclass(frozen=True)
class FormContent:
    person: Person = field(default_factory=Person)
    usage_name: str = ""
    situation: Literal["employed", "not_employed", "other"] = "employed"
    profession: str = "Ingénieure logiciel"
    contract_type: str = "CDI"
    employer: str = "Logiciels Mistral SAS"
    other_situation: str = ""
    signed: bool = True
    place: str = "Paris"
    signed_on: dt.date | None = dt.date(2026, 11, 10)
    date_text: str = ""  # written instead of signed_on when set (e.g. a US-style "09/25/2026")
    phone: str = "06 12 34 56 78"
    email: str = "emily.carter@example.com"
    arrival_date: dt.date | None = dt.date(2026, 5, 20)
    handwritten_values: bool = False  # page-1 values in a script font instead of typed
    seed: int = 1


def _header(s: Surface, page_no: int) -> None:
    s.logo(12, 10, 22, 13, fill=(255, 255, 255), text="")
    s.rect(12, 10, 22, 13, width=0.3)
    s.text(23, 16.5, "RÉPUBLIQUE", "sans-bold", 6.5, align="center")
    s.text(23, 19.5, "FRANÇAISE", "sans-bold", 6.5, align="center")
    s.logo(38, 10, 20, 13, fill=AMELI_BLUE, text="ameli", size=13)
    s.text(62, 15, "l'Assurance", "sans-bold", 9, color=AMELI_BLUE)
    s.text(62, 19.5, "Maladie", "sans-bold", 9, color=AMELI_BLUE)
    s.logo(150, 10, 20, 8, fill=(0, 0, 0), text="cerfa", size=11)
    s.text(198, 15, "N° 15763*02", "sans-bold", 9, align="right")
    s.text(198, 20, "S1106", "sans", 8, align="right")
    if page_no == 1:
        s.text(105, 34, "Demande d'ouverture des droits", "sans-bold", 15, align="center")
        s.text(105, 41, "à l'assurance maladie", "sans-bold", 15, align="center")
        s.text(
            105,
            47,
            "(Articles L. 160-1, L. 160-5, L. 161-15-1 et R. 111-2 du Code de la sécurité sociale)",
            "sans-italic",
            8,
            align="center",
            color=GREY,
        )
    s.line(12, 51, 198, 51, color=AMELI_BLUE, width=0.6)


def _footer(s: Surface, page_no: int) -> None:
    s.line(12, 283, 198, 283, color=GREY, width=0.2)
    s.text(
        12,
        288,
        "S1106 - 15763*02 - Demande d'ouverture des droits à l'assurance maladie",
        "sans",
        7,
        color=GREY,
    )
    s.text(198, 288, f"Page {page_no}/2", "sans", 7, color=GREY, align="right")


def banner(s: Surface, y: float, letter: str, title: str) -> None:
    s.rect(12, y, 186, 8, outline=None, fill=BANNER)
    s.logo(12, y, 10, 8, fill=AMELI_BLUE, text=letter, size=11)
    s.text(25, y + 5.8, title, "sans-bold", 11, color=AMELI_BLUE)


def _field(
    s: Surface, c: FormContent, x: float, y: float, label: str, value: str, end: float = 198
) -> None:
    w = s.text(x, y, label, "sans", 10)
    s.dotted(x + w + 1, y + 0.8, end)
    if value:
        if c.handwritten_values:
            s.hand(x + w + 3, y - 0.3, value, 14)
        else:
            s.text(x + w + 3, y, value, "mono-bold", 11, color=INK_BLUE)


def _page1(c: FormContent) -> PageSpec:
    p = c.person

    def draw(s: Surface) -> None:
        _header(s, 1)
        y = s.paragraph(
            12,
            58,
            186,
            "Vous travaillez ou résidez en France de manière stable et régulière depuis plus "
            "de trois mois et vous n'êtes pas encore couvert(e) par l'assurance maladie : "
            "complétez ce formulaire et adressez-le à la caisse d'assurance maladie de votre "
            "lieu de résidence, accompagné des pièces justificatives listées en page 2.",
            "sans",
            9.5,
        )
        y += 2
        banner(s, y, "A", "Vous")
        y += 15
        s.text(12, y, "Sexe :", "sans", 10)
        s.text(32, y, "Féminin", "sans", 10)
        s.checkbox(48, y - 3.2, p.sex == "F")
        s.text(58, y, "Masculin", "sans", 10)
        s.checkbox(76, y - 3.2, p.sex == "M")
        y += 9
        rows = [
            ("Nom de naissance :", p.surname.upper()),
            ("Nom d'usage (facultatif) :", c.usage_name.upper()),
            ("Prénom(s) :", p.given_names),
            ("Date de naissance :", fr_date(p.birth_date)),
            (
                "Lieu de naissance (commune, pays) :",
                f"{p.birth_place}, {country_fr(p.birth_country)}",
            ),
            ("Nationalité :", nationality_fr(p.nationality)),
            ("Adresse :", p.address.street),
            ("Code postal :", p.address.postcode),
        ]
        for label, value in rows:
            _field(s, c, 12, y, label, value)
            y += 9
        y -= 9
        _field(s, c, 80, y, "Commune :", p.address.city)
        y += 9
        _field(s, c, 12, y, "Téléphone :", c.phone, 100)
        _field(s, c, 104, y, "Courriel :", c.email)
        y += 9
        if c.arrival_date:
            _field(s, c, 12, y, "Date d'arrivée en France :", fr_date(c.arrival_date))
            y += 9
        _field(s, c, 12, y, "N° de sécurité sociale (si vous en avez un) :", "")
        y += 9
        _field(s, c, 12, y, "N° allocataire CAF (si vous en avez un) :", "")
        y += 10
        banner(s, y, "B", "Votre situation")
        y += 15
        s.text(
            12,
            y,
            "Cochez la case correspondant à votre situation actuelle :",
            "sans-italic",
            9.5,
            color=GREY,
        )
        y += 8
        s.checkbox(14, y - 3.2, c.situation == "employed")
        s.text(21, y, "Vous exercez une activité salariée", "sans-bold", 10)
        y += 8
        _field(s, c, 21, y, "Profession :", c.profession if c.situation == "employed" else "", 130)
        _field(
            s, c, 134, y, "Type de contrat :", c.contract_type if c.situation == "employed" else ""
        )
        y += 8
        _field(s, c, 21, y, "Nom de l'employeur :", c.employer if c.situation == "employed" else "")
        y += 10
        s.checkbox(14, y - 3.2, c.situation == "not_employed")
        s.text(21, y, "Vous êtes sans activité", "sans-bold", 10)
        y += 6
        s.text(
            21,
            y,
            "(vous résidez en France de manière stable et régulière depuis plus de trois mois)",
            "sans",
            8.5,
            color=GREY,
        )
        y += 9
        s.checkbox(14, y - 3.2, c.situation == "other")
        s.text(21, y, "Autre situation", "sans-bold", 10)
        s.text(
            52,
            y,
            "(étudiant, travailleur indépendant, demandeur d'emploi...)",
            "sans",
            8.5,
            color=GREY,
        )
        y += 8
        _field(s, c, 21, y, "Précisez :", c.other_situation if c.situation == "other" else "")
        _footer(s, 1)

    return PageSpec(draw)


def _page2(c: FormContent) -> PageSpec:
    def draw(s: Surface) -> None:
        _header(s, 2)
        y = 60
        s.text(12, y, "Pièces justificatives à joindre à votre demande", "sans-bold", 11)
        y += 7
        items = [
            "une pièce d'identité : passeport en cours de validité ou carte nationale "
            "d'identité (ressortissants de l'Union européenne) ;",
            "un justificatif de régularité du séjour : visa long séjour valant titre de séjour "
            "(VLS-TS), titre de séjour ou récépissé ;",
            "un acte de naissance complet (copie intégrale ou extrait avec filiation), "
            "apostillé ou légalisé le cas échéant ;",
            "un justificatif de résidence en France depuis plus de trois mois : bail, trois "
            "factures successives, ou attestation d'hébergement avec justificatifs de l'hébergeant ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        for it in items:
            s.text(15, y, "•", "sans", 10)
            y = s.paragraph(20, y, 176, it, "sans", 9.5)
            y += 1
        y += 4
        banner(s, y, "C", "Engagement et signature")
        y += 16
        s.text(
            12,
            y,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce document.",
            "sans-bold",
            10,
        )
        y += 7
        y = s.paragraph(
            12,
            y,
            186,
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
            "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 "
            "du Code pénal). En outre, l'inexactitude, le caractère incomplet des déclarations "
            "ou l'absence de déclaration d'un changement de situation peuvent être sanctionnés "
            "par une pénalité financière (article L. 114-17-1 du Code de la sécurité sociale).",
            "sans",
            8.5,
            color=GREY,
        )
        y += 8
        w = s.text(12, y, "Fait à", "sans", 11)
        s.dotted(12 + w + 1, y + 0.8, 90)
        if c.place:
            s.hand(12 + w + 4, y - 0.5, c.place, 15)
        s.text(94, y, "le", "sans", 11)
        s.dotted(100, y + 0.8, 150)
        if c.date_text or c.signed_on:
            s.hand(103, y - 0.5, c.date_text or fr_date(c.signed_on), 15)  # type: ignore[arg-type]
        y += 10
        s.text(110, y, "Signature", "sans-bold", 10)
        s.rect(110, y + 2, 88, 32, width=0.3)
        if c.signed:
            s.signature(115, y + 6, 75, 24, seed=c.seed, name=c.person.display())
        y += 44
        s.rect(12, y, 186, 38, outline=GREY, fill=None, width=0.2)
        s.rect(12, y, 186, 7, outline=None, fill=LIGHT)
        s.text(15, y + 5, "Informatique et libertés", "sans-bold", 9)
        s.paragraph(
            15,
            y + 12,
            180,
            "Les informations recueillies sont destinées à l'ouverture de vos droits à "
            "l'assurance maladie. Conformément au règlement général sur la protection des "
            "données (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un "
            "droit d'accès, de rectification et d'opposition aux données vous concernant, que "
            "vous pouvez exercer auprès du délégué à la protection des données de votre caisse.",
            "sans",
            8.5,
            color=GREY,
        )
        _footer(s, 2)

    return PageSpec(draw)


def form_pages(c: FormContent) -> list[PageSpec]:
    """The two pages of the S1106 form."""
    return [_page1(c), _page2(c)]
