"""RIB (relevé d'identité bancaire): a BNP Paribas-style printed RIB and an online-bank
screenshot (Boursorama-style)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..output import PageSpec
from ..page import GREY, LIGHT, WHITE, Surface
from ..validity import group4, iban_fr, rib_key
from .common import Address


@dataclass(frozen=True)
class RibContent:
    holder: str = "MME CARTER EMILY ROSE"
    address: Address = field(default_factory=Address)
    bank_name: str = "BNP PARIBAS"
    bank_code: str = "30004"
    branch_code: str = "00828"
    account: str = "00012345678"
    key: str | None = None  # None = correct RIB key; pass a wrong one for a defect
    bic: str = "BNPAFRPPXXX"
    domiciliation: str = "BNP PARIBAS PARIS BASTILLE"
    branch_address: str = "2 place de la Bastille 75011 Paris"
    style: str = "bnp"  # "bnp" (printed) or "screenshot" (online bank)
    seed: int = 61

    @property
    def rib_key(self) -> str:
        return (
            self.key
            if self.key is not None
            else rib_key(self.bank_code, self.branch_code, self.account)
        )

    @property
    def iban(self) -> str:
        return iban_fr(self.bank_code, self.branch_code, self.account, self.rib_key)


def _bnp(s: Surface, c: RibContent) -> None:
    green = (0, 145, 90)
    s.logo(15, 12, 12, 12, fill=green, text="", round_=False)
    for i in range(4):
        s.ellipse(17 + i * 2, 20 - i * 2, 2.2, 2.2, outline=None, fill=WHITE)
    s.text(30, 21, c.bank_name, "sans-bold", 16, color=green)
    s.text(195, 18, "La banque d'un monde qui change", "sans-italic", 8, color=GREY, align="right")
    s.text(105, 42, "RELEVE D'IDENTITE BANCAIRE", "sans-bold", 14, align="center")
    s.paragraph(
        15,
        52,
        180,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements...). Son utilisation vous garantit le bon enregistrement des "
        "opérations en cause et vous évite ainsi des pertes de temps.",
        "sans",
        8.5,
        color=GREY,
    )
    s.text(15, 72, f"Titulaire du compte : {c.holder}", "sans-bold", 11)
    s.text(15, 78, c.address.street.upper(), "sans", 10)
    s.text(15, 83, f"{c.address.postcode} {c.address.city.upper()}", "sans", 10)
    s.text(120, 72, "Domiciliation :", "sans", 9, color=GREY)
    s.text(120, 78, c.domiciliation, "sans-bold", 10)
    s.text(120, 83, c.branch_address, "sans", 9)
    rows = [
        ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
        [c.bank_code, c.branch_code, c.account, c.rib_key],
    ]
    s.table(
        15,
        92,
        [35, 35, 60, 25],
        rows,
        row_h=8,
        size=10.5,
        align=["center", "center", "center", "center"],
    )
    s.rect(15, 115, 180, 24, outline=green, width=0.4)
    s.text(20, 124, "IBAN (International Bank Account Number)", "sans", 8.5, color=GREY)
    s.text(20, 131, f"IBAN {group4(c.iban)}", "mono-bold", 12)
    s.text(130, 124, "BIC (Bank Identifier Code)", "sans", 8.5, color=GREY)
    s.text(130, 131, f"BIC {c.bic}", "mono-bold", 12)
    s.line(15, 150, 195, 150, color=LIGHT, width=0.3)
    s.text(
        105,
        285,
        "BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris - "
        "16 boulevard des Italiens 75009 Paris - ORIAS n° 07 022 735",
        "sans",
        7,
        color=GREY,
        align="center",
    )


def _screenshot(s: Surface, c: RibContent) -> None:
    pink = (224, 0, 120)
    s.rect(0, 0, s.width_mm, 9, outline=None, fill=(230, 230, 232))
    for i, col in enumerate([(250, 90, 80), (250, 190, 50), (60, 200, 80)]):
        s.ellipse(3 + i * 5, 2.5, 3.5, 3.5, outline=None, fill=col)
    s.rect(22, 2, 120, 5, outline=None, fill=WHITE)
    s.text(24, 5.7, "https://clients.boursobank.com/budget/mouvements/rib", "sans", 8, color=GREY)
    s.rect(0, 9, s.width_mm, 16, outline=None, fill=(20, 20, 60))
    s.text(8, 20, c.bank_name, "sans-bold", 15, color=WHITE)
    s.text(s.width_mm - 8, 20, "Mon espace client", "sans", 9, color=WHITE, align="right")
    s.text(8, 38, "Mes coordonnées bancaires (RIB)", "sans-bold", 16)
    s.text(8, 45, "Compte bancaire - Compte courant", "sans", 10, color=GREY)
    s.rect(8, 52, s.width_mm - 16, 70, outline=LIGHT, fill=(250, 250, 252), width=0.4)
    y = 62.0
    for label, value in [
        ("Titulaire", c.holder),
        ("Adresse", f"{c.address.street.upper()} {c.address.postcode} {c.address.city.upper()}"),
        ("IBAN", group4(c.iban)),
        ("BIC", c.bic),
        (
            "Banque / Guichet / Compte / Clé",
            f"{c.bank_code}  {c.branch_code}  {c.account}  {c.rib_key}",
        ),
        ("Domiciliation", c.domiciliation),
    ]:
        s.text(14, y, label, "sans", 10, color=GREY)
        s.text(80, y, value, "sans-bold", 11)
        y += 10
    s.logo(8, 128, 45, 9, fill=pink, text="Télécharger le RIB (PDF)", size=9)
    s.logo(58, 128, 40, 9, fill=(20, 20, 60), text="Partager", size=9)


def rib_pages(c: RibContent) -> list[PageSpec]:
    if c.style == "screenshot":
        return [PageSpec(lambda s: _screenshot(s, c), 200, 145, dpi=160)]
    return [PageSpec(lambda s: _bnp(s, c))]


def boursorama(holder: str, address: Address, account: str = "00040217536") -> RibContent:
    return RibContent(
        holder=holder,
        address=address,
        bank_name="BoursoBank",
        bank_code="40618",
        branch_code="80000",
        account=account,
        bic="BOUSFRPPXXX",
        domiciliation="BOURSOBANK",
        branch_address="",
        style="screenshot",
    )
