"""Text documents: employment contract (CDI), residential lease, attestation d'hébergement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..output import PageSpec
from ..page import GREY, Surface
from ..validity import format_siret
from .common import Address, Person, fr_date, fr_words, money
from .idcard import _claire
from .payslip import MISTRAL_SIRET


def _thompson() -> Person:
    return Person(
        surname="THOMPSON",
        given_names="Michael Andrew",
        sex="M",
        birth_date=dt.date(1985, 2, 3),
        birth_place="Manchester",
        birth_region="",
        birth_country="GBR",
        nationality="GBR",
        address=Address("8 avenue Jean Jaurès", "69007", "Lyon"),
    )


@dataclass(frozen=True)
class ContractContent:
    employee: Person = field(default_factory=Person)
    employer: str = "Logiciels Mistral SAS"
    employer_address: Address = field(
        default_factory=lambda: Address("40 rue du Faubourg Poissonnière", "75010", "Paris")
    )
    siret: str = MISTRAL_SIRET
    representative: str = "M. Julien ROUSSEL, Président"
    job_title: str = "Ingénieure logiciel"
    start_date: dt.date = dt.date(2026, 6, 1)
    salary: float = 43800.0
    signed_on: dt.date = dt.date(2026, 4, 20)
    seed: int = 81


def contract_pages(c: ContractContent) -> list[PageSpec]:
    e = c.employee

    def draw1(s: Surface) -> None:
        s.text(105, 25, "CONTRAT DE TRAVAIL A DUREE INDETERMINEE", "serif-bold", 15, align="center")
        s.text(
            105,
            32,
            "(Convention collective nationale Syntec - IDCC 1486)",
            "serif-italic",
            10,
            align="center",
        )
        y = s.paragraph(
            20,
            46,
            170,
            f"Entre la société {c.employer}, société par actions simplifiée dont le siège est "
            f"situé {c.employer_address.one_line()}, immatriculée sous le numéro SIRET "
            f"{format_siret(c.siret)}, représentée par {c.representative}, ci-après "
            "dénommée « l'Employeur »,",
            "serif",
            11,
        )
        y = s.paragraph(20, y + 4, 170, "d'une part,", "serif", 11)
        y = s.paragraph(
            20,
            y + 4,
            170,
            f"et {e.madame_monsieur} {e.given_names} {e.surname}, née le "
            f"{fr_date(e.birth_date)} à {e.birth_place} ({e.birth_region}), de nationalité "
            f"{'américaine' if e.nationality == 'USA' else e.nationality}, demeurant "
            f"{e.address.one_line()}, ci-après dénommée « la Salariée »,",
            "serif",
            11,
        )
        y = s.paragraph(20, y + 4, 170, "d'autre part, il a été convenu ce qui suit.", "serif", 11)
        arts = [
            (
                "Article 1 - Engagement",
                f"La Salariée est engagée à compter du {fr_date(c.start_date)} pour une durée "
                f"indéterminée, en qualité de {c.job_title}, statut cadre, position 2.1, "
                "coefficient 130 de la convention collective applicable.",
            ),
            (
                "Article 2 - Période d'essai",
                "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de "
                "quatre mois, renouvelable une fois d'un commun accord.",
            ),
            (
                "Article 3 - Rémunération",
                f"La Salariée percevra une rémunération annuelle brute de {money(c.salary)}, "
                "versée en douze mensualités.",
            ),
            (
                "Article 4 - Lieu de travail",
                f"Le lieu de travail est fixé au siège de la société, {c.employer_address.one_line()}."
                " La Salariée pourra exercer ses fonctions en télétravail deux jours par semaine.",
            ),
            (
                "Article 5 - Durée du travail",
                "La durée du travail est organisée selon une convention de forfait en jours, dans "
                "la limite de 218 jours travaillés par an.",
            ),
        ]
        for title, body in arts:
            y = s.paragraph(20, y + 5, 170, title, "serif-bold", 11)
            y = s.paragraph(20, y, 170, body, "serif", 11)
        s.text(105, 288, "Page 1/2", "serif", 8, color=GREY, align="center")

    def draw2(s: Surface) -> None:
        arts = [
            (
                "Article 6 - Congés payés",
                "La Salariée bénéficiera des congés payés dans les conditions prévues par la loi et "
                "la convention collective, soit 25 jours ouvrés par année complète.",
            ),
            (
                "Article 7 - Protection sociale",
                "La Salariée sera affiliée dès son embauche au régime général de la sécurité "
                "sociale, ainsi qu'aux régimes de retraite complémentaire et de prévoyance.",
            ),
            (
                "Article 8 - Rupture du contrat",
                "Le présent contrat pourra être rompu dans les conditions prévues par le Code du "
                "travail et la convention collective, sous réserve du préavis applicable.",
            ),
        ]
        y = 30.0
        for title, body in arts:
            y = s.paragraph(20, y + 5, 170, title, "serif-bold", 11)
            y = s.paragraph(20, y, 170, body, "serif", 11)
        y += 10
        s.text(
            20,
            y,
            f"Fait en deux exemplaires à {c.employer_address.city}, le {fr_date(c.signed_on)}",
            "serif",
            11,
        )
        y += 12
        s.text(20, y, "Pour l'Employeur", "serif-bold", 11)
        s.text(120, y, "La Salariée", "serif-bold", 11)
        s.text(120, y + 5, "(« lu et approuvé »)", "serif-italic", 9)
        s.signature(20, y + 8, 60, 20, seed=c.seed)
        s.hand(120, y + 16, "Lu et approuvé", 12)
        s.signature(120, y + 18, 60, 18, seed=c.seed + 1)
        s.text(105, 288, "Page 2/2", "serif", 8, color=GREY, align="center")

    return [PageSpec(draw1), PageSpec(draw2)]


@dataclass(frozen=True)
class LeaseContent:
    tenants: tuple[Person, ...] = field(default_factory=lambda: (Person(),))
    landlord: str = "M. Bernard LEFEVRE"
    landlord_address: str = "27 boulevard Voltaire 75011 Paris"
    address: Address = field(default_factory=Address)
    surface_m2: float = 38.5
    rooms: int = 2
    start_date: dt.date = dt.date(2026, 5, 20)
    rent: float = 1180.0
    charges: float = 95.0
    deposit: float = 1180.0
    signed_on: dt.date = dt.date(2026, 5, 12)
    seed: int = 91


def lease_pages(c: LeaseContent) -> list[PageSpec]:
    def draw(s: Surface) -> None:
        s.text(105, 22, "CONTRAT DE LOCATION — LOGEMENT NU", "serif-bold", 15, align="center")
        s.text(
            105,
            29,
            "(Soumis au titre Ier bis de la loi du 6 juillet 1989)",
            "serif-italic",
            9.5,
            align="center",
        )
        y = 42.0
        s.text(20, y, "I. DÉSIGNATION DES PARTIES", "serif-bold", 11)
        y = s.paragraph(
            20,
            y + 7,
            170,
            f"Bailleur : {c.landlord}, demeurant "
            f"{c.landlord_address}, désigné ci-après « le bailleur ».",
            "serif",
            11,
        )
        names = ", ".join(f"{t.madame_monsieur} {t.given_names} {t.surname}" for t in c.tenants)
        y = s.paragraph(
            20,
            y + 2,
            170,
            f"Locataire(s) : {names}, désigné(s) ci-après « le locataire ».",
            "serif",
            11,
        )
        y += 5
        s.text(20, y, "II. OBJET DU CONTRAT", "serif-bold", 11)
        y = s.paragraph(
            20,
            y + 7,
            170,
            f"Le présent contrat a pour objet la location d'un "
            f"logement situé à l'adresse du logement suivante : "
            f"{c.address.one_line()}. Appartement de {c.rooms} pièces principales, "
            f"surface habitable {str(c.surface_m2).replace('.', ',')} m², 3e étage, "
            "chauffage individuel électrique.",
            "serif",
            11,
        )
        y += 5
        s.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serif-bold", 11)
        y = s.paragraph(
            20,
            y + 7,
            170,
            f"Le contrat prend effet le {fr_date(c.start_date)} "
            f"(prise d'effet le {fr_words(c.start_date)}) pour une durée de trois "
            "ans, renouvelable par tacite reconduction.",
            "serif",
            11,
        )
        y += 5
        s.text(20, y, "IV. CONDITIONS FINANCIÈRES", "serif-bold", 11)
        y = s.paragraph(
            20,
            y + 7,
            170,
            f"Loyer mensuel hors charges : {money(c.rent)}. "
            f"Provision sur charges : {money(c.charges)}. Dépôt de garantie : "
            f"{money(c.deposit)}. Le loyer est payable mensuellement et d'avance, "
            "le 1er de chaque mois.",
            "serif",
            11,
        )
        y += 5
        s.text(20, y, "V. GARANTIES ET CLAUSES PARTICULIÈRES", "serif-bold", 11)
        y = s.paragraph(
            20,
            y + 7,
            170,
            "Le locataire est tenu de s'assurer contre les risques "
            "locatifs et d'en justifier lors de la remise des clés puis chaque année. "
            "Un état des lieux d'entrée est annexé au présent contrat.",
            "serif",
            11,
        )
        y += 10
        s.text(
            20,
            y,
            f"Fait à {c.address.city}, le {fr_date(c.signed_on)}, en deux exemplaires originaux.",
            "serif",
            11,
        )
        y += 10
        s.text(20, y, "Le bailleur", "serif-bold", 11)
        s.text(120, y, "Le(s) locataire(s)", "serif-bold", 11)
        s.signature(20, y + 4, 55, 20, seed=c.seed)
        s.signature(120, y + 4, 55, 20, seed=c.seed + 1, name=c.tenants[0].display())

    return [PageSpec(draw)]


@dataclass(frozen=True)
class HostingContent:
    host: Person = field(default_factory=_claire)
    guest: Person = field(default_factory=_thompson)
    relationship: str = "mon époux"
    since: dt.date = dt.date(2026, 6, 1)
    place: str = "Lyon"
    signed_on: dt.date = dt.date(2026, 11, 2)
    signed: bool = True
    seed: int = 101


def hosting_pages(c: HostingContent) -> list[PageSpec]:
    h, g = c.host, c.guest
    nee = "née" if h.sex == "F" else "né"
    soussigne = "soussignée" if h.sex == "F" else "soussigné"
    g_ne = "né" if g.sex == "M" else "née"

    def draw(s: Surface) -> None:
        s.text(20, 25, f"{h.given_names} {h.surname}", "serif", 11)
        s.text(20, 30, h.address.street, "serif", 11)
        s.text(20, 35, f"{h.address.postcode} {h.address.city}", "serif", 11)
        s.text(105, 62, "ATTESTATION D'HEBERGEMENT", "serif-bold", 16, align="center")
        y = s.paragraph(
            25,
            82,
            160,
            f"Je {soussigne} {h.given_names.split()[0]} {h.surname}, {nee} le "
            f"{fr_date(h.birth_date)} à {h.birth_place}, demeurant {h.address.street}, "
            f"{h.address.postcode} {h.address.city}, atteste sur l'honneur héberger à mon "
            f"domicile {g.civility} {g.given_names} {g.surname}, {g_ne} le "
            f"{fr_date(g.birth_date)} à {g.birth_place}, {c.relationship}, depuis le "
            f"{fr_date(c.since)}.",
            "serif",
            12,
            leading=7,
        )
        y = s.paragraph(
            25,
            y + 6,
            160,
            "Je m'engage à signaler tout changement de cette situation. Cette attestation est "
            "établie pour servir et valoir ce que de droit, notamment auprès de la caisse "
            "primaire d'assurance maladie.",
            "serif",
            12,
            leading=7,
        )
        y = s.paragraph(
            25,
            y + 6,
            160,
            "Pièces jointes : copie de ma carte nationale d'identité ; justificatifs de domicile "
            "(trois dernières factures).",
            "serif-italic",
            11,
            leading=6.5,
        )
        y += 12
        s.text(110, y, f"Fait à {c.place}, le {fr_date(c.signed_on)}", "serif", 12)
        y += 10
        s.text(110, y, "Signature", "serif", 11)
        if c.signed:
            s.signature(110, y + 3, 65, 24, seed=c.seed, name=h.display())
        s.paragraph(
            20,
            262,
            170,
            "Article 441-7 du Code pénal : est puni d'un an d'emprisonnement et de 15 000 € "
            "d'amende le fait d'établir une attestation ou un certificat faisant état de faits "
            "matériellement inexacts.",
            "serif-italic",
            8.5,
            color=GREY,
        )

    return [PageSpec(draw)]
