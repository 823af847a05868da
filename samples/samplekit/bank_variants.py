"""Bank details and job papers in many layouts: RIBs of French retail banks and online
banks (FR, DE, LT and BE IBANs), payslips (classic and "bulletin clarifié") and
employment contracts (CDI, CDD), for the RIB benchmark and the bank/employment tests.

Every document is drawn once and rendered three ways by :func:`write_variant`: a PDF
with a text layer, a flatbed scan (image-only PDF) or a screenshot (PNG).

>>> v = BANKS["qonto"]
>>> r = RibVariant(v)
>>> r.iban[:8], r.bic
('FR761695', 'QNTOFRP1XXX')
>>> RibVariant(BANKS["n26"]).iban[:2], RibVariant(BANKS["wise"]).iban[:2]
('DE', 'BE')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import output
from .documents.common import Address, Person, fr_date, money_nosym, month_end
from .documents.letters import ContractContent
from .output import PageSpec
from .page import GREY, LIGHT, WHITE, Surface
from .scan import ScanOptions, scan, seed_for
from .validity import format_siret, group4, iban, make_siret, rib_key

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class BankStyle:
    """What a bank's RIB looks like: its name, colours, layout, codes."""

    key: str
    name: str  # as printed in the letterhead
    layout: str  # "table", "postale", "online_fr", "intl"
    colour: RGB
    country: str = "FR"
    bank_code: str = ""
    branch_code: str = ""
    account: str = ""
    bic: str = ""
    domiciliation: str = ""
    footer: str = ""
    expected_name: str = ""  # bank_name docverify should report


BANKS: dict[str, BankStyle] = {
    b.key: b
    for b in [
        BankStyle("bnp", "BNP PARIBAS", "table", (0, 145, 90), bank_code="30004",
                  branch_code="00828", account="00012345678", bic="BNPAFRPPXXX",
                  domiciliation="BNP PARIBAS PARIS BASTILLE",
                  footer="BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris",
                  expected_name="BNP Paribas"),
        BankStyle("sg", "SOCIETE GENERALE", "table", (200, 0, 30), bank_code="30003",
                  branch_code="03620", account="00050412345", bic="SOGEFRPP",
                  domiciliation="SG PARIS REPUBLIQUE",
                  footer="Société Générale SA au capital de 1 000 397 942,50 EUR - 552 120 222 RCS Paris",
                  expected_name="Société Générale"),
        BankStyle("ca", "Crédit Agricole d'Ile-de-France", "table", (0, 110, 100),
                  bank_code="18206", branch_code="00210", account="65012345678",
                  bic="AGRIFRPP882", domiciliation="CA IDF AGENCE NATION",
                  footer="Caisse Régionale de Crédit Agricole Mutuel de Paris et d'Ile-de-France",
                  expected_name="Crédit Agricole"),
        BankStyle("lcl", "LCL Le Crédit Lyonnais", "table", (0, 40, 120), bank_code="30002",
                  branch_code="00550", account="0000157845Z", bic="CRLYFRPP",
                  domiciliation="LCL PARIS NATION", footer="LCL - Le Crédit Lyonnais SA - SIREN 954 509 741",
                  expected_name="LCL"),
        BankStyle("ce", "Caisse d'Epargne Ile-de-France", "table", (220, 0, 40),
                  bank_code="17515", branch_code="90000", account="08123456789",
                  bic="CEPAFRPP751", domiciliation="CE IDF PARIS BASTILLE",
                  footer="Caisse d'Epargne et de Prévoyance Ile-de-France",
                  expected_name="Caisse d'Epargne"),
        BankStyle("bp", "BANQUE POPULAIRE RIVES DE PARIS", "table", (0, 60, 140),
                  bank_code="10207", branch_code="00012", account="21212345678",
                  bic="CCBPFRPPMTG", domiciliation="BPRP PARIS BASTILLE",
                  footer="Banque Populaire Rives de Paris - société anonyme coopérative de banque populaire",
                  expected_name="Banque Populaire"),
        BankStyle("lbp", "LA BANQUE POSTALE", "postale", (0, 50, 130), bank_code="20041",
                  branch_code="00001", account="1234567A020", bic="PSSTFRPPPAR",
                  domiciliation="LA BANQUE POSTALE - CENTRE FINANCIER DE PARIS",
                  footer="La Banque Postale - SA à Directoire et Conseil de Surveillance",
                  expected_name="La Banque Postale"),
        BankStyle("cic", "CIC", "table", (0, 80, 160), bank_code="30066", branch_code="10021",
                  account="00010234567", bic="CMCIFRPP", domiciliation="CIC PARIS BASTILLE",
                  footer="CIC - Crédit Industriel et Commercial - SA au capital de 611 858 064 euros",
                  expected_name="CIC"),
        BankStyle("cm", "Crédit Mutuel", "table", (0, 70, 150), bank_code="10278",
                  branch_code="06039", account="00020123401", bic="CMCIFR2A",
                  domiciliation="CCM PARIS 11 REPUBLIQUE", footer="Caisse de Crédit Mutuel",
                  expected_name="Crédit Mutuel"),
        BankStyle("bourso", "BoursoBank", "online_fr", (20, 20, 60), bank_code="40618",
                  branch_code="80000", account="00040217536", bic="BOUSFRPPXXX",
                  domiciliation="BOURSOBANK", footer="BoursoBank - SA - 351 058 151 RCS Nanterre",
                  expected_name="BoursoBank"),
        BankStyle("fortuneo", "Fortuneo", "online_fr", (0, 150, 60), bank_code="14518",
                  branch_code="29033", account="10123456789", bic="FTNOFRP1XXX",
                  domiciliation="FORTUNEO", footer="Fortuneo - Arkéa Direct Bank SA",
                  expected_name="Fortuneo"),
        BankStyle("hello", "Hello bank!", "online_fr", (0, 160, 220), bank_code="30004",
                  branch_code="03170", account="00010987654", bic="BNPAFRPPXXX",
                  domiciliation="HELLO BANK!", footer="Hello bank! est une marque de BNP Paribas",
                  expected_name="Hello bank!"),
        BankStyle("shine", "Shine", "online_fr", (30, 30, 30), bank_code="17418",
                  branch_code="00001", account="00012345678", bic="SNNNFR22XXX",
                  domiciliation="SHINE", footer="Shine SAS - établissement de paiement",
                  expected_name="Shine"),
        BankStyle("qonto", "Qonto", "online_fr", (100, 60, 200), bank_code="16958",
                  branch_code="00001", account="44123456789", bic="QNTOFRP1XXX",
                  domiciliation="QONTO", footer="Qonto (Olinda SAS) - établissement de paiement",
                  expected_name="Qonto"),
        BankStyle("n26", "N26", "intl", (40, 40, 40), country="DE", bank_code="10011001",
                  account="2626123456", bic="NTSBDEB1XXX", domiciliation="N26 Bank SE, Berlin",
                  footer="N26 Bank SE - Voltairestraße 8 - 10179 Berlin", expected_name="N26"),
        BankStyle("revolut", "Revolut", "intl", (0, 100, 230), country="LT", bank_code="32500",
                  account="01234567890", bic="REVOLT21XXX",
                  domiciliation="Revolut Bank UAB, Vilnius",
                  footer="Revolut Bank UAB - Konstitucijos ave. 21B, Vilnius", expected_name="Revolut"),
        BankStyle("wise", "Wise", "intl", (0, 185, 100), country="BE", bank_code="967",
                  account="1234567", bic="TRWIBEB1XXX", domiciliation="Wise Europe SA, Brussels",
                  footer="Wise Europe SA - Rue du Trône 100 - 1050 Brussels", expected_name="Wise"),
    ]
}  # fmt: skip


def _bban(b: BankStyle, key: str | None) -> str:
    if b.country == "FR":
        k = key if key is not None else rib_key(b.bank_code, b.branch_code, b.account)
        return b.bank_code + b.branch_code + b.account + k
    if b.country == "BE":
        first = b.bank_code + b.account
        return first + f"{int(first) % 97 or 97:02d}"
    return b.bank_code + b.account


@dataclass(frozen=True)
class RibVariant:
    """One RIB: a bank's layout with a holder and optional defects."""

    bank: BankStyle
    holder: str = "MME EMILY CARTER"
    address: Address = field(default_factory=Address)
    key: str | None = None  # a wrong French RIB key (mod 97 recomputed: still "valid")
    check_digits: str | None = None  # printed check digits instead of the right ones

    @property
    def rib_key(self) -> str:
        b = self.bank
        return self.key if self.key is not None else rib_key(b.bank_code, b.branch_code, b.account)

    @property
    def iban(self) -> str:
        good = iban(self.bank.country, _bban(self.bank, self.key))
        return good if self.check_digits is None else good[:2] + self.check_digits + good[4:]

    @property
    def bic(self) -> str:
        return self.bank.bic


def _header(s: Surface, b: BankStyle) -> None:
    s.logo(15, 12, 10, 10, fill=b.colour, round_=b.layout != "table")
    s.text(29, 20, b.name, "sans-bold", 15, color=b.colour)


def _table(s: Surface, r: RibVariant) -> None:
    b = r.bank
    _header(s, b)
    s.text(105, 40, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-bold", 14, align="center")
    s.text(15, 56, "Titulaire du compte", "sans", 9, color=GREY)
    s.text(15, 62, r.holder, "sans-bold", 11)
    s.text(15, 68, r.address.street.upper(), "sans", 10)
    s.text(15, 73, f"{r.address.postcode} {r.address.city.upper()}", "sans", 10)
    s.text(125, 56, "Domiciliation", "sans", 9, color=GREY)
    s.text(125, 62, b.domiciliation, "sans-bold", 10)
    rows = [
        ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
        [b.bank_code, b.branch_code, b.account, r.rib_key],
    ]
    s.table(15, 84, [35, 35, 60, 25], rows, row_h=8, size=10.5, align=["center"] * 4)
    s.rect(15, 106, 180, 24, outline=b.colour, width=0.4)
    s.text(20, 114, "IBAN (International Bank Account Number)", "sans", 8.5, color=GREY)
    s.text(20, 122, group4(r.iban), "mono-bold", 12)
    s.text(140, 114, "BIC (Bank Identifier Code)", "sans", 8.5, color=GREY)
    s.text(140, 122, r.bic, "mono-bold", 12)
    s.text(105, 285, b.footer, "sans", 7, color=GREY, align="center")


def _postale(s: Surface, r: RibVariant) -> None:
    b = r.bank
    _header(s, b)
    s.text(15, 36, "Relevé d'Identité Bancaire", "sans-bold", 14)
    s.text(15, 48, "Titulaire(s) :", "sans", 9, color=GREY)
    s.text(45, 48, r.holder, "sans-bold", 11)
    s.text(45, 54, f"{r.address.street.upper()} {r.address.postcode} {r.address.city.upper()}",
           "sans", 9.5)  # fmt: skip
    s.text(15, 68, "Identifiant national de compte bancaire - RIB", "sans-bold", 10)
    rows = [
        ["Etablissement", "Guichet", "N° de compte", "Clé"],
        [b.bank_code, b.branch_code, b.account, r.rib_key],
    ]
    s.table(15, 72, [35, 35, 60, 25], rows, row_h=7.5, size=10, align=["center"] * 4)
    s.text(15, 98, "Identifiant international de compte bancaire", "sans-bold", 10)
    s.text(15, 106, f"IBAN : {group4(r.iban)}", "mono-bold", 11.5)
    s.text(15, 114, f"BIC : {r.bic}", "mono-bold", 11.5)
    s.text(15, 126, "Domiciliation :", "sans", 9, color=GREY)
    s.text(45, 126, b.domiciliation, "sans", 9.5)
    s.text(105, 285, b.footer, "sans", 7, color=GREY, align="center")


def _online_fr(s: Surface, r: RibVariant) -> None:
    b = r.bank
    s.rect(0, 0, s.width_mm, 24, outline=None, fill=b.colour)
    s.text(15, 15, b.name, "sans-bold", 18, color=WHITE)
    s.text(15, 40, "Relevé d'identité bancaire", "sans-bold", 16)
    s.rect(15, 48, 180, 84, outline=LIGHT, fill=(248, 248, 250), width=0.4)
    y = 58.0
    for label, value in [
        ("Titulaire du compte", r.holder),
        ("Adresse", f"{r.address.street.upper()}, {r.address.postcode} {r.address.city.upper()}"),
        ("IBAN", group4(r.iban)),
        ("BIC", r.bic),
        ("Banque", b.bank_code),
        ("Guichet", b.branch_code),
        ("N° de compte", b.account),
        ("Clé RIB", r.rib_key),
    ]:
        s.text(20, y, label, "sans", 9.5, color=GREY)
        s.text(70, y, value, "sans-bold", 11)
        y += 9.5
    s.text(15, 142, f"Domiciliation : {b.domiciliation}", "sans", 9.5)
    s.text(105, 285, b.footer, "sans", 7, color=GREY, align="center")


def _intl(s: Surface, r: RibVariant) -> None:
    b = r.bank
    s.text(15, 20, b.name, "sans-bold", 20, color=b.colour)
    s.text(15, 38, "Bank details" if b.key != "revolut" else "Account details", "sans-bold", 16)
    s.text(15, 45, "Use these details to receive euro transfers (SEPA).", "sans", 9.5, color=GREY)
    label_holder = {"n26": "Account holder", "revolut": "Beneficiary", "wise": "Account holder"}
    y = 60.0
    for label, value in [
        (label_holder.get(b.key, "Account holder"), r.holder.replace("MME ", "").replace("M ", "")),
        ("IBAN", group4(r.iban)),
        ("BIC / SWIFT" if b.key != "n26" else "BIC", r.bic),
        ("Bank", b.domiciliation),
    ]:
        s.text(15, y, label, "sans", 9.5, color=GREY)
        s.text(15, y + 6, value, "sans-bold", 12)
        s.line(15, y + 9, 195, y + 9, color=LIGHT, width=0.3)
        y += 17
    s.text(105, 285, b.footer, "sans", 7, color=GREY, align="center")


LAYOUTS = {"table": _table, "postale": _postale, "online_fr": _online_fr, "intl": _intl}


def rib_variant_pages(r: RibVariant) -> list[PageSpec]:
    draw = LAYOUTS[r.bank.layout]
    if r.bank.layout in ("online_fr", "intl"):  # screens are shorter than A4
        return [PageSpec(lambda s: draw(s, r), 210, 297, dpi=150)]
    return [PageSpec(lambda s: draw(s, r))]


# ---- payslips ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClarifiedPayslip:
    """The simplified "bulletin clarifié" layout (decree 2016-190): blocks per risk."""

    employee: Person = field(default_factory=Person)
    employer: str = "Boulangerie Dupain SARL"
    employer_address: Address = field(
        default_factory=lambda: Address("3 rue de la Roquette", "75011", "Paris")
    )
    siret: str = make_siret("51234567", "0002")
    year: int = 2026
    month: int = 10
    job_title: str = "Vendeuse"
    gross: float = 1900.00
    net_before_tax: float = 1489.35


def clarified_payslip_pages(c: ClarifiedPayslip) -> list[PageSpec]:
    def draw(s: Surface) -> None:
        e = c.employee
        s.text(15, 18, "Bulletin de paie", "sans-bold", 16)
        s.text(195, 18, f"Période : {fr_date(dt.date(c.year, c.month, 1))} - "
               f"{fr_date(month_end(c.year, c.month))}", "sans", 9.5, align="right")  # fmt: skip
        s.text(15, 30, "Employeur :", "sans", 9.5, color=GREY)
        s.text(40, 30, c.employer, "sans-bold", 10.5)
        s.text(40, 35, c.employer_address.one_line(), "sans", 9)
        s.text(40, 40, f"SIRET : {format_siret(c.siret)}", "sans", 9)
        s.text(15, 50, "Salarié(e) :", "sans", 9.5, color=GREY)
        s.text(40, 50, f"{e.given_names} {e.surname}", "sans-bold", 10.5)
        s.text(40, 55, f"Emploi : {c.job_title}", "sans", 9)
        g = c.gross
        rows = [
            ["Éléments", "Base", "Part salarié"],
            ["Salaire de base", money_nosym(g), ""],
            ["Santé", money_nosym(g), money_nosym(round(g * 0.012, 2))],
            ["Retraite", money_nosym(g), money_nosym(round(g * 0.1113, 2))],
            ["Famille - Sécurité sociale", money_nosym(g), ""],
            ["Assurance chômage", money_nosym(g), ""],
            ["CSG non déductible de l'impôt sur le revenu", money_nosym(g * 0.9825), ""],
        ]
        y = s.table(15, 66, [100, 40, 40], rows, row_h=7, size=9, align=["left", "right", "right"])
        s.rect(15, y + 6, 180, 10, outline=None, fill=LIGHT)
        s.text(18, y + 13, "Net à payer avant impôt sur le revenu", "sans-bold", 11)
        s.text(192, y + 13, f"{money_nosym(c.net_before_tax)} €", "sans-bold", 11, align="right")
        s.text(18, y + 24, "Net payé en euros", "sans-bold", 11)
        s.text(192, y + 24, f"{money_nosym(round(c.net_before_tax * 0.96, 2))} €", "sans-bold", 11,
               align="right")  # fmt: skip

    return [PageSpec(draw)]


# ---- fixed-term contract -------------------------------------------------------------------------
@dataclass(frozen=True)
class FixedTermContract:
    """A one-page CDD whose body also mentions "durée indéterminée" (a conversion clause)."""

    employee: Person = field(default_factory=Person)
    employer: str = "Librairie Voltaire SARL"
    siret: str = make_siret("79876543", "0001")
    job_title: str = "libraire"
    start_date: dt.date = dt.date(2026, 9, 1)
    end_date: dt.date = dt.date(2027, 2, 28)


def fixed_term_pages(c: FixedTermContract) -> list[PageSpec]:
    def draw(s: Surface) -> None:
        e = c.employee
        s.text(105, 25, "CONTRAT DE TRAVAIL A DUREE DETERMINEE", "serif-bold", 15, align="center")
        y = s.paragraph(20, 42, 170,
            f"Entre la société {c.employer}, immatriculée sous le numéro SIRET "
            f"{format_siret(c.siret)}, ci-après « l'Employeur », et {e.madame_monsieur} "
            f"{e.given_names} {e.surname}, née le {fr_date(e.birth_date)}, ci-après « la Salariée ».",
            "serif", 11)  # fmt: skip
        y = s.paragraph(20, y + 6, 170,
            f"Article 1 - La Salariée est engagée à compter du {fr_date(c.start_date)} en qualité de "
            f"{c.job_title}, pour remplacer une salariée absente. Le contrat prendra fin le "
            f"{fr_date(c.end_date)}.", "serif", 11)  # fmt: skip
        s.paragraph(20, y + 6, 170,
            "Article 2 - Si la relation de travail se poursuit après l'échéance du terme, le contrat "
            "deviendra un contrat à durée indéterminée.", "serif", 11)  # fmt: skip

    return [PageSpec(draw)]


def cdi_for(person: Person) -> ContractContent:
    """The bundled CDI (two pages) for another employee."""
    return dataclasses.replace(ContractContent(), employee=person)


# ---- writing ------------------------------------------------------------------------------------
RENDERINGS = ("text_pdf", "scan", "sloppy_scan", "screenshot")
SLOPPY = ScanOptions(max_skew=2.5, noise_sigma=4.0, blur_radius=1.3, jpeg_quality=35)


def write_variant(path: Path, pages: list[PageSpec], rendering: str) -> Path:
    """Write ``pages`` as a text PDF, a flatbed scan (image PDF, 200 dpi), a sloppy scan
    (150 dpi, skew up to 2.5°, noise, blur, heavy JPEG) or a screenshot (PNG at the
    page's dpi, no noise). Returns the path written (suffix adjusted)."""
    path = Path(path)
    if rendering == "text_pdf":
        return output.write_text_pdf(path.with_suffix(".pdf"), pages)
    if rendering == "scan":
        seed = seed_for(path.name)
        images = [scan(p.render(200), seed + i, ScanOptions()) for i, p in enumerate(pages)]
        return output.write_image_pdf(path.with_suffix(".pdf"), images, 200, quality=60)
    if rendering == "sloppy_scan":  # 150 dpi, skewed, noisy, blurred, heavy JPEG
        seed = seed_for(path.name, "sloppy")
        images = [scan(p.render(150), seed + i, SLOPPY) for i, p in enumerate(pages)]
        return output.write_image_pdf(path.with_suffix(".pdf"), images, 150, quality=35)
    if rendering == "screenshot":
        (page,) = pages
        return output.write_png(path.with_suffix(".png"), page.render(), dpi=page.dpi, colors=64)
    raise ValueError(f"unknown rendering {rendering!r}")


__all__ = [
    "BANKS",
    "RENDERINGS",
    "BankStyle",
    "ClarifiedPayslip",
    "FixedTermContract",
    "RibVariant",
    "cdi_for",
    "clarified_payslip_pages",
    "fixed_term_pages",
    "rib_variant_pages",
    "write_variant",
]
