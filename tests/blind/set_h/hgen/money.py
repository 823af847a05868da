"""Bank details (RIB of several French banks, banking-app screens, a bank letter),
payslips (bulletin de paie clarifié, three payroll-software looks) and employment
contracts (CDI, CDD, bilingual)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import ids
from .canvas import BLACK, WHITE, Page, hexc
from .helpers import (
    dmy,
    euros,
    fr_long,
    hand,
    month_end,
    para,
    signature,
    table,
    wrap,
)
from .model import Address, Doc

# ------------------------------------------------------------------ RIB


@dataclass
class Account:
    holder_lines: list[str]  # as printed ("M OU MME LEFEBVRE JULIEN", ...)
    bank: str  # key: bnp, cm, ca, lbp, sg, lcl, ce, bourso, n26, revolut
    iban: str
    bic: str
    bank_code: str = ""
    branch: str = ""
    account: str = ""
    key: str = ""
    domiciliation: list[str] | None = None
    address: Address | None = None

    @property
    def holder(self) -> str:
        return " ".join(self.holder_lines)


BANK_NAME = {
    "bnp": "BNP PARIBAS",
    "cm": "CRÉDIT MUTUEL",
    "ca": "CRÉDIT AGRICOLE",
    "lbp": "LA BANQUE POSTALE",
    "sg": "SOCIÉTÉ GÉNÉRALE",
    "lcl": "LCL",
    "ce": "CAISSE D'EPARGNE",
    "bourso": "BoursoBank",
    "n26": "N26",
    "revolut": "Revolut",
    "cic": "CIC",
}


def french_account(
    bank: str,
    bank_code: str,
    branch: str,
    account: str,
    holder_lines,
    bic: str,
    domiciliation=None,
    address=None,
    bad_iban: bool = False,
) -> Account:
    iban, key = ids.french_iban(bank_code, branch, account)
    if bad_iban:  # wrong IBAN check digits (transposed)
        cd = iban[2:4]
        wrong = cd[::-1] if cd[0] != cd[1] else "%02d" % ((int(cd) + 11) % 97)
        iban = iban[:2] + wrong + iban[4:]
        assert not ids.iban_valid(iban)
    return Account(
        holder_lines, bank, iban, bic, bank_code, branch, account, key, domiciliation, address
    )


def rib_fields(a: Account) -> dict:
    return {
        "holder_name": a.holder,
        "iban": a.iban,
        "bic": a.bic,
        "bank_name": BANK_NAME[a.bank],
        "iban_valid": ids.iban_valid(a.iban),
        "rib_key_valid": True if a.bank_code else None,
    }


def _rib_block(p: Page, x: float, y: float, a: Account, style: dict) -> float:
    """One RIB block (195 x ~90 mm). Returns bottom y."""
    c = style["color"]
    f, fb = style.get("font", "arial"), style.get("bold", "arial-b")
    p.text(x, y + 6, style.get("title", "RELEVÉ D'IDENTITÉ BANCAIRE"), fb, 11, c)
    style["logo"](p, x + 182, y + 7)
    y += 14
    p.text(x, y, "Titulaire du compte", f, 7.5, (90, 90, 90))
    for i, ln in enumerate(a.holder_lines):
        p.text(x, y + 4.5 + i * 4.5, ln, fb, 9.5)
    if a.address:
        for i, ln in enumerate(a.address.lines(True)):
            p.text(x, y + 4.5 + (len(a.holder_lines) + i) * 4.5, ln, f, 9)
    dom = a.domiciliation or []
    p.text(x + 100, y, "Domiciliation", f, 7.5, (90, 90, 90))
    for i, ln in enumerate(dom):
        p.text(x + 100, y + 4.5 + i * 4.5, ln, f, 9)
    y += (
        5
        + max(len(a.holder_lines) + (len(a.address.lines()) if a.address else 0), len(dom)) * 4.5
        + 4
    )
    if a.bank_code:
        table(
            p,
            x,
            y,
            [36, 36, 60, 24],
            [
                ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"],
                [a.bank_code, a.branch, a.account, a.key],
            ],
            style.get("mono", "courier-b"),
            10,
            row_h=6.5,
            header_font=f,
            header_fill=style.get("fill", (235, 235, 235)),
            aligns=["m", "m", "m", "m"],
            grid=(150, 150, 150),
        )
        y += 16
    p.text(x, y + 4, "IBAN (International Bank Account Number)", f, 7.5, (90, 90, 90))
    p.text(x, y + 10, ids.group4(a.iban), style.get("mono", "courier-b"), 11.5)
    p.text(x + 122, y + 4, "BIC (Bank Identifier Code)", f, 7.5, (90, 90, 90))
    p.text(x + 122, y + 10, a.bic, style.get("mono", "courier-b"), 11.5)
    return y + 16


def _logo_bnp(p, x, y):
    g = hexc("00915A")
    p.rect(x - 9, y - 6, 9, 9, None, g)
    for i in range(4):
        p.rect(x - 7.5 + i * 1.6, y - 4.5 + i * 0.8, 1.0, 1.0, None, WHITE)
    p.text(x - 11, y + 2, "BNP PARIBAS", "arial-b", 9, g, anchor="r")


def _logo_cm(p, x, y):
    p.ellipse(x - 4, y - 2, 4.5, 4.5, None, hexc("0065B1"))
    p.ellipse(x - 4, y - 2, 2, 2, None, hexc("E2001A"))
    p.text(x - 10, y + 1, "Crédit Mutuel", "arial-b", 10, hexc("0065B1"), anchor="r")


def _logo_ca(p, x, y):
    p.rect(x - 8, y - 6, 8, 8, None, hexc("009597"))
    p.text(x - 4, y + 0.5, "CA", "arial-b", 8, WHITE, anchor="m")
    p.text(x - 10, y + 1, "CRÉDIT AGRICOLE", "arial-b", 9, hexc("006A4E"), anchor="r")


def _logo_lbp(p, x, y):
    p.rect(x - 9, y - 6, 9, 9, None, hexc("FFD100"))
    p.text(x - 4.5, y + 1, "LBP", "arial-b", 6.5, hexc("003DA5"), anchor="m")
    p.text(x - 11, y + 1, "LA BANQUE POSTALE", "arial-b", 9, hexc("003DA5"), anchor="r")


def _logo_sg(p, x, y):
    p.rect(x - 8, y - 6, 8, 4, None, hexc("E60028"))
    p.rect(x - 8, y - 2, 8, 4, None, BLACK)
    p.rect(x - 6.5, y - 2.3, 5, 0.6, None, WHITE)
    p.text(x - 10, y + 1, "SOCIETE GENERALE", "arial-b", 9, BLACK, anchor="r")


def _logo_lcl(p, x, y):
    p.ellipse(x - 5, y - 2, 5, 5, None, hexc("002F6C"))
    p.text(x - 5, y, "LCL", "arial-b", 7, hexc("FFCD00"), anchor="m")


def _logo_ce(p, x, y):
    p.rect(x - 9, y - 6, 9, 9, None, hexc("E2001A"))
    p.text(x - 4.5, y + 1, "CE", "arial-b", 7, WHITE, anchor="m")
    p.text(x - 11, y + 1, "CAISSE D'EPARGNE", "arial-b", 9, hexc("E2001A"), anchor="r")


RIB_STYLES = {
    "bnp": dict(color=hexc("00915A"), logo=_logo_bnp, fill=(225, 242, 232)),
    "cm": dict(
        color=hexc("0065B1"),
        logo=_logo_cm,
        title="RELEVÉ D'IDENTITÉ BANCAIRE / IBAN",
        font="open",
        bold="open-b",
        fill=(228, 238, 250),
    ),
    "ca": dict(
        color=hexc("006A4E"),
        logo=_logo_ca,
        title="RELEVÉ D'IDENTITÉ BANCAIRE",
        font="calibri",
        bold="calibri-b",
        fill=(225, 240, 236),
        mono="calibri-b",
    ),
    "lbp": dict(
        color=hexc("003DA5"), logo=_logo_lbp, fill=(255, 246, 205), font="lato", bold="lato-b"
    ),
    "sg": dict(color=hexc("E60028"), logo=_logo_sg, fill=(240, 240, 240)),
    "lcl": dict(
        color=hexc("002F6C"),
        logo=_logo_lcl,
        fill=(255, 244, 200),
        font="roboto",
        bold="roboto-b",
        mono="roboto-m",
    ),
    "ce": dict(color=hexc("E2001A"), logo=_logo_ce, fill=(250, 230, 230)),
}


def rib_sheet(a: Account, rng, copies: int = 2, doc_date: date | None = None) -> Doc:
    """An A4 RIB as printed from the online bank: one or several identical blocks."""
    st = RIB_STYLES[a.bank]
    p = Page(210, 297)
    y = 14
    if doc_date:
        p.text(
            196,
            10,
            f"Édité le {dmy(doc_date)}",
            st.get("font", "arial"),
            7.5,
            (90, 90, 90),
            anchor="r",
        )
    for i in range(copies):
        y = _rib_block(p, 10, y, a, st) + 4
        para(
            p,
            10,
            y,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
            "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements, paiements de quittances, etc.). Son utilisation vous garantit le bon "
            "enregistrement des opérations en cause et vous évite ainsi des réclamations pour "
            "erreurs ou retards d'imputation.",
            190,
            st.get("font", "arial"),
            7.5,
            color=(90, 90, 90),
        )
        y += 16
        if i < copies - 1:
            p.hline(0, 210, y, (150, 150, 150), 0.2, dash=(2, 1.5))
            p.text(6, y - 1, "✂", "sans", 8, (120, 120, 120))
            y += 10
    return Doc("rib", [p], rib_fields(a))


def rib_letter(a: Account, rng, when: date, civ_name: str) -> Doc:
    """A welcome letter from the bank with the RIB printed in its lower part (trap)."""
    st = RIB_STYLES[a.bank]
    p = Page(210, 297)
    st["logo"](p, 60, 20)
    f = st.get("font", "arial")
    p.text(14, 34, (a.domiciliation or ["Votre agence"])[0], f, 8.5, (90, 90, 90))
    for i, ln in enumerate(a.holder_lines + (a.address.lines(True) if a.address else [])):
        p.text(112, 46 + i * 4.8, ln, f, 10)
    p.text(196, 80, f"Le {fr_long(when)}", f, 10, anchor="r")
    p.text(14, 92, "Objet : ouverture de votre compte de dépôt", st.get("bold", "arial-b"), 10)
    body = (
        f"{civ_name},\n\nNous avons le plaisir de vous confirmer l'ouverture de votre compte "
        "de dépôt et vous remercions de la confiance que vous nous témoignez. Votre carte "
        "bancaire vous parviendra dans un prochain courrier, son code confidentiel vous sera "
        "adressé séparément.\n\nVous trouverez ci-dessous votre relevé d'identité bancaire "
        "(RIB), à communiquer à votre employeur, à votre caisse d'assurance maladie ou à tout "
        "organisme appelé à effectuer des virements sur votre compte.\n\nNous vous prions "
        "d'agréer, " + civ_name + ", l'expression de nos salutations distinguées."
    )
    y = para(p, 14, 104, body, 182, f, 10, leading=5.2, align="j")
    p.text(120, y + 6, "Votre conseiller", f, 10)
    sig = Page(60, 18, bg=None)
    signature(sig, 4, 13, "Conseiller", rng, w=30)
    p.group(sig, 118, y + 8, 0, "multiply")
    y = max(y + 34, 190)
    p.hline(0, 210, y, (150, 150, 150), 0.2, dash=(2, 1.5))
    _rib_block(p, 10, y + 6, a, st)
    return Doc("rib", [p], rib_fields(a), "RIB printed at the foot of a bank welcome letter")


def _status_bar(p: Page, W: float, fg):
    p.text(W - 27, 7, "5G", "roboto-m", 6.5, fg)
    for i in range(4):
        h = 1.0 + i * 0.7
        p.rect(W - 36 + i * 1.5, 7 - h, 1.0, h, None, fg)
    p.rect(W - 17, 4.2, 9, 3.6, fg, None, 0.25, radius=0.8)
    p.rect(W - 16.4, 4.8, 6.6, 2.4, None, fg, radius=0.4)
    p.rect(W - 7.8, 5.3, 0.7, 1.4, None, fg)
    p.text(W - 19, 7, "87", "roboto", 6, fg, anchor="r")


def _back_arrow(p: Page, x: float, y: float, col):
    p.poly([(x + 3, y - 3), (x, y), (x + 3, y + 3)], col, 0.5)
    p.line(x, y, x + 6, y, col, 0.5)


def _copy_icon(p: Page, x: float, y: float, col):
    p.rect(x + 1.2, y, 3.2, 3.8, col, None, 0.3, radius=0.5)
    p.rect(x, y + 1.2, 3.2, 3.8, col, WHITE, 0.3, radius=0.5)


def rib_app(a: Account, rng, app: str, clock: str = "10:41") -> Doc:
    """A banking-app 'account details' screen (screenshot, 1170 x 2532 px)."""
    W, H = 78.0, 168.9  # mm; rendered at ~381 dpi -> 1170 x 2532
    if app == "bourso":
        bg, fg, acc = hexc("1C1C3C"), WHITE, hexc("FF0087")
    elif app == "revolut":
        bg, fg, acc = hexc("F7F7FA"), BLACK, hexc("0666EB")
    else:  # n26
        bg, fg, acc = WHITE, BLACK, hexc("36A18B")
    p = Page(W, H, bg=bg)
    p.text(6, 7, clock, "roboto-m", 9, fg)
    _status_bar(p, W, fg)
    if app == "bourso":
        _back_arrow(p, 6, 18, fg)
        p.text(W / 2, 20, "Mon RIB", "roboto-b", 10, fg, anchor="m")
        p.rect(5, 28, W - 10, 112, None, hexc("2A2A50"), radius=3)
        rows = [
            ("Titulaire", a.holder),
            ("Banque", "BoursoBank"),
            ("IBAN", ids.group4(a.iban)),
            ("BIC", a.bic),
            ("Code banque", a.bank_code),
            ("Code guichet", a.branch),
            ("N° de compte", a.account),
            ("Clé RIB", a.key),
            ("Domiciliation", "BoursoBank - 44 rue Traversière 92100 Boulogne"),
        ]
        y = 38
        for lab, val in rows:
            p.text(9, y, lab, "roboto", 6, (170, 170, 200))
            for i, ln in enumerate(wrap(val, "roboto-m", 7.5, W - 18)):
                p.text(9, y + 4.2 + i * 3.6, ln, "roboto-m", 7.5, fg)
                if i:
                    y += 3.6
            y += 11
        p.rect(8, 146, W - 16, 10, None, acc, radius=5)
        p.text(W / 2, 152.5, "Partager mon RIB", "roboto-b", 8, WHITE, anchor="m")
        p.rect(8, 158, W - 16, 8, WHITE, None, 0.3, radius=4)
        p.text(W / 2, 163, "Télécharger le PDF", "roboto-m", 7.5, fg, anchor="m")
    elif app == "revolut":
        _back_arrow(p, 6, 18, fg)
        p.text(6, 34, "Euro", "roboto-b", 15, fg)
        p.text(6, 40, "Coordonnées du compte", "roboto", 8, (110, 110, 120))
        p.rect(5, 46, W - 10, 96, None, WHITE, radius=4)
        rows = [
            ("Bénéficiaire", a.holder),
            ("IBAN", ids.group4(a.iban)),
            ("BIC / SWIFT", a.bic),
            ("Banque", "Revolut Bank UAB"),
            ("Adresse de la banque", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
        ]
        y = 56
        for lab, val in rows:
            p.text(9, y, lab, "roboto", 6.2, (120, 120, 130))
            for i, ln in enumerate(wrap(val, "roboto-m", 8, W - 24)):
                p.text(9, y + 4.5 + i * 3.8, ln, "roboto-m", 8, fg)
                if i:
                    y += 3.8
            _copy_icon(p, W - 13, y + 1.5, acc)
            y += 14
        p.rect(8, 148, W - 16, 11, None, acc, radius=5.5)
        p.text(W / 2, 155, "Partager les coordonnées", "roboto-b", 8, WHITE, anchor="m")
    else:
        p.text(6, 20, "×", "roboto", 14, fg)
        p.text(6, 34, "Détails du compte", "roboto-b", 14, fg)
        rows = [
            ("Titulaire du compte", a.holder),
            ("IBAN", ids.group4(a.iban)),
            ("BIC", a.bic),
            ("Banque", "N26 Bank AG"),
        ]
        y = 50
        for lab, val in rows:
            p.text(6, y, lab, "roboto", 7, (120, 120, 120))
            for i, ln in enumerate(wrap(val, "roboto-m", 8.5, W - 14)):
                p.text(6, y + 5 + i * 4, ln, "roboto-m", 8.5, fg)
                if i:
                    y += 4
            p.hline(6, W - 6, y + 9, (225, 225, 225), 0.2)
            y += 15
        p.rect(6, 150, W - 12, 11, None, acc, radius=2)
        p.text(W / 2, 157, "Partager", "roboto-b", 8.5, WHITE, anchor="m")
    p.rect(W / 2 - 14, H - 3, 28, 1.2, None, fg, radius=0.6)
    return Doc("rib", [p], rib_fields(a), f"banking-app screenshot ({app})")


# ------------------------------------------------------------------ payslip


@dataclass
class Employer:
    name: str  # as printed ("NEXALIS CONSEIL SAS")
    address: Address
    siret: str
    naf: str
    urssaf: str
    convention: str
    rep: str  # "Claire MARCHAND, DRH"
    capital: str = "50 000"
    rcs: str = "Paris"


def make_employer(
    name,
    address,
    seed8: str,
    naf,
    convention,
    rep,
    urssaf="URSSAF Île-de-France",
    capital="50 000",
    rcs="Paris",
) -> Employer:
    sn = ids.siren(seed8)
    return Employer(
        name,
        address,
        ids.siret(sn, "0001"[:3] + seed8[-1]),
        naf,
        urssaf,
        convention,
        rep,
        capital,
        rcs,
    )


@dataclass
class PaySpec:
    employee: str  # as printed
    employee_addr: Address
    job: str
    status: str  # "Cadre" / "Non cadre"
    entry: date
    year: int
    month: int
    gross: float
    nir: str = ""
    pas_rate: float = 0.0
    style: str = "classic"  # classic | silae | payfit


def payslip(e: Employer, s: PaySpec, rng) -> Doc:
    g = s.gross
    cadre = s.status.lower().startswith("cadre")
    lines = [
        ("SANTÉ", None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", (g, 0.0, 7.0)),
        ("Complémentaire Incapacité Invalidité Décès", (g, 0.85, 1.25)),
        ("Complémentaire Santé", (g, 0.8, 1.2)),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", (g, 0.0, 0.9)),
        ("RETRAITE", None),
        ("Sécurité sociale plafonnée", (min(g, 3925), 6.9, 8.55)),
        ("Sécurité sociale déplafonnée", (g, 0.4, 2.02)),
        ("Complémentaire Tranche 1", (min(g, 3925), 4.01, 6.01)),
        ("FAMILLE", (g, 0.0, 3.45)),
        ("ASSURANCE CHÔMAGE", (g, 0.0, 4.25)),
        (
            "APEC" if cadre else "AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR",
            (g, 0.024, 0.036) if cadre else (g, 0.0, 0.8),
        ),
        ("CSG déductible de l'impôt sur le revenu", (g * 0.9825, 6.8, 0.0)),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", (g * 0.9825, 2.9, 0.0)),
    ]
    tot_sal = sum(b * t / 100 for _, v in lines if v for b, t, _ in [v])
    tot_pat = sum(b * t / 100 for _, v in lines if v for b, _, t in [v])
    net_before = g - tot_sal
    net_social = net_before + g * 0.9825 * 0.029 * 0.0
    csg_nd = g * 0.9825 * 2.9 / 100
    taxable = net_before + csg_nd
    pas = round(taxable * s.pas_rate / 100, 2)
    net_paid = net_before - pas
    per_start, per_end = date(s.year, s.month, 1), month_end(s.year, s.month)
    pay_day = per_end
    style = s.style
    p = Page(210, 297)
    if style == "payfit":
        font, bold, acc = "roboto", "roboto-b", hexc("0F6FDE")
    elif style == "silae":
        font, bold, acc = "narrow", "narrow-b", hexc("2E5E8C")
    else:
        font, bold, acc = "arial", "arial-b", BLACK
    title = "BULLETIN DE PAIE" if style != "payfit" else "Bulletin de paie"
    if style == "payfit":
        p.rect(0, 0, 210, 30, None, (240, 246, 255))
        p.text(14, 14, title, bold, 16, acc)
        p.text(14, 21, f"Période du {dmy(per_start)} au {dmy(per_end)}", font, 9)
        p.text(196, 14, e.name, bold, 11, anchor="r")
        p.text(196, 20, e.address.one_line(), font, 7.5, anchor="r")
        y0 = 38
    else:
        p.rect(
            10,
            10,
            190,
            12,
            BLACK if style == "classic" else acc,
            (230, 230, 230) if style == "classic" else acc,
            0.3,
        )
        p.text(105, 18, title, bold, 13, BLACK if style == "classic" else WHITE, anchor="m")
        p.text(196, 27, f"Période du {dmy(per_start)} au {dmy(per_end)}", font, 8.5, anchor="r")
        p.text(196, 31, f"Paiement le {dmy(pay_day)} par virement", font, 8.5, anchor="r")
        y0 = 36
    # employer block
    p.rect(10, y0, 92, 38, (120, 120, 120), None, 0.25)
    p.text(13, y0 + 5, e.name, bold, 10)
    for i, ln in enumerate(e.address.lines()):
        p.text(13, y0 + 10 + i * 4, ln, font, 8.5)
    p.text(13, y0 + 23, f"SIRET : {ids.fmt_siret(e.siret)}", font, 8)
    p.text(13, y0 + 27, f"Code NAF : {e.naf}", font, 8)
    p.text(13, y0 + 31, f"Cotisations versées à : {e.urssaf}", font, 8)
    p.text(13, y0 + 35, f"Convention collective : {e.convention}"[:70], font, 7)
    # employee block
    p.rect(108, y0, 92, 38, (120, 120, 120), None, 0.25)
    p.text(111, y0 + 5, s.employee, bold, 10)
    for i, ln in enumerate(s.employee_addr.lines(True)):
        p.text(111, y0 + 10 + i * 4, ln, font, 8.5)
    info = [
        ("Emploi", s.job),
        ("Statut", s.status),
        ("Entrée le", dmy(s.entry)),
        ("N° SS", ids.fmt_nir(s.nir) if s.nir else "en cours d'immatriculation"),
    ]
    yy = y0 + 42
    for i, (a, b) in enumerate(info):
        x = 10 + (i % 2) * 95
        p.text(x + 3, yy + (i // 2) * 5, f"{a} : {b}", font, 8)
    # body table
    rows = [
        ["Éléments de paie", "Base", "Taux sal.", "Part salarié", "Taux pat.", "Part employeur"]
    ]
    rows.append(["Salaire de base", euros(151.67), "", euros(g), "", ""])
    rows.append(["SALAIRE BRUT", "", "", euros(g), "", ""])
    for lab, v in lines:
        if v is None:
            rows.append([lab, "", "", "", "", ""])
            continue
        b, ts, tp = v
        rows.append(
            [
                lab,
                euros(b),
                f"{ts:.2f}".replace(".", ",") if ts else "",
                euros(b * ts / 100) if ts else "",
                f"{tp:.2f}".replace(".", ",") if tp else "",
                euros(b * tp / 100) if tp else "",
            ]
        )
    rows.append(
        ["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", euros(tot_sal), "", euros(tot_pat)]
    )
    y = table(
        p,
        10,
        yy + 14,
        [76, 22, 16, 26, 16, 34],
        rows,
        font,
        7.3,
        row_h=5.0,
        header_font=bold,
        header_fill=(225, 225, 225) if style != "payfit" else (225, 236, 252),
        aligns=["l", "r", "r", "r", "r", "r"],
        grid=(150, 150, 150),
        vlines=style != "payfit",
    )
    y += 4
    p.rect(10, y, 190, 8, None, (240, 240, 240))
    p.text(13, y + 5.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", bold, 9)
    p.text(197, y + 5.5, f"{euros(net_before)} €", bold, 10, anchor="r")
    y += 10
    p.text(
        13,
        y + 4,
        f"Dont évolution de la rémunération liée à la suppression des cotisations "
        f"chômage et maladie : {euros(g * 0.0315)} €",
        font,
        7,
    )
    y += 7
    p.text(13, y + 4, f"Montant net social : {euros(net_before - g * 0.002)} €", bold, 8.5)
    y += 7
    p.text(
        13,
        y + 4,
        f"Impôt sur le revenu prélevé à la source - base {euros(taxable)} - "
        f"taux personnalisé {s.pas_rate:.1f} %".replace(".", ","),
        font,
        8,
    )
    p.text(197, y + 4, f"-{euros(pas)} €", font, 8.5, anchor="r")
    y += 8
    p.rect(10, y, 190, 11, None, acc if style != "classic" else (40, 40, 40))
    p.text(13, y + 7.5, "NET PAYÉ EN EUROS", bold, 11, WHITE)
    p.text(197, y + 7.5, f"{euros(net_paid)} €", bold, 13, WHITE, anchor="r")
    y += 16
    table(
        p,
        10,
        y,
        [47.5, 47.5, 47.5, 47.5],
        [
            ["Cumuls", "Brut", "Net imposable", "Heures"],
            ["Année", euros(g * s.month), euros(taxable * s.month), euros(151.67 * s.month)],
        ],
        font,
        7.5,
        row_h=5,
        header_font=bold,
        header_fill=(235, 235, 235),
        aligns=["l", "r", "r", "r"],
        grid=(150, 150, 150),
    )
    y += 16
    p.text(
        13,
        y,
        f"Congés payés : acquis 2,08 j / pris 0,00 j / solde {2.08 * s.month:.2f} j".replace(
            ".", ","
        ),
        font,
        7.5,
    )
    para(
        p,
        10,
        284,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail www.service-public.fr",
        190,
        font,
        7,
        color=(80, 80, 80),
    )
    f = {
        "employer": e.name,
        "employee_name": s.employee,
        "period": f"{s.year}-{s.month:02d}",
        "net_pay": round(net_paid, 2),
        "siret": e.siret,
    }
    return Doc("payslip", [p], f)


# ------------------------------------------------------------------ contract


@dataclass
class ContractSpec:
    employee: str  # as printed
    employee_dob: date
    employee_pob: str
    nationality_fr: str
    employee_addr: Address
    job: str
    start: date
    kind: str = "CDI"  # CDI / CDD
    end: date | None = None
    gross_year: float = 42000.0
    signed_on: date | None = None
    city: str = "Paris"
    bilingual: bool = False
    trial_months: int = 3


def contract(e: Employer, c: ContractSpec, rng) -> Doc:
    bi = c.bilingual
    font, bold = ("cambria", "cambria-b") if not bi else ("calibri", "calibri-b")
    size = 10
    kind_long = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if c.kind == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    monthly = c.gross_year / 12
    arts = [
        (
            "Article 1 - Engagement",
            f"La Société engage le Salarié à compter du {fr_long(c.start)}"
            + (
                f" pour une durée déterminée prenant fin le {fr_long(c.end)}, afin de faire face à un "
                f"accroissement temporaire d'activité (article L. 1242-2 2° du code du travail)"
                if c.kind == "CDD"
                else " pour une durée indéterminée"
            )
            + ", sous réserve des résultats de la visite d'information et de prévention. La "
            "déclaration préalable à l'embauche a été effectuée auprès de l'URSSAF.",
        ),
        (
            "Article 2 - Période d'essai",
            f"Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de "
            f"{c.trial_months} mois de travail effectif, durant laquelle chacune des parties pourra "
            "y mettre fin en respectant le délai de prévenance prévu aux articles L. 1221-25 et "
            "L. 1221-26 du code du travail.",
        ),
        (
            "Article 3 - Fonctions",
            f"Le Salarié exercera les fonctions de {c.job}. Il s'engage à exécuter les directives "
            "qui lui seront données par sa hiérarchie et à respecter le règlement intérieur.",
        ),
        (
            "Article 4 - Durée du travail",
            "Le Salarié est soumis à la durée légale du travail, soit 35 heures hebdomadaires, "
            "réparties du lundi au vendredi.",
        ),
        (
            "Article 5 - Rémunération",
            f"En contrepartie de son travail, le Salarié percevra une rémunération annuelle brute de "
            f"{euros(c.gross_year)} euros, versée en douze mensualités de {euros(monthly)} euros "
            "bruts.",
        ),
        (
            "Article 6 - Lieu de travail",
            f"Le Salarié exercera ses fonctions dans les locaux de la Société situés "
            f"{e.address.one_line()}. Ce lieu pourra être modifié dans le même secteur "
            "géographique.",
        ),
        (
            "Article 7 - Convention collective",
            f"Le présent contrat est soumis aux dispositions de la convention collective "
            f"{e.convention}. Le Salarié bénéficiera du régime de retraite complémentaire et de "
            "prévoyance en vigueur dans la Société.",
        ),
        (
            "Article 8 - Congés payés",
            "Le Salarié bénéficiera des congés payés institués en faveur des salariés, soit "
            "2,5 jours ouvrables par mois de travail effectif.",
        ),
        (
            "Article 9 - Confidentialité",
            "Le Salarié s'engage à observer la plus stricte discrétion sur l'ensemble des "
            "informations dont il aurait connaissance dans l'exercice de ses fonctions.",
        ),
    ]
    en = {
        "Article 1 - Engagement": "Article 1 - Employment",
        "Article 2 - Période d'essai": "Article 2 - Probationary period",
        "Article 3 - Fonctions": "Article 3 - Duties",
        "Article 4 - Durée du travail": "Article 4 - Working time",
        "Article 5 - Rémunération": "Article 5 - Remuneration",
        "Article 6 - Lieu de travail": "Article 6 - Place of work",
        "Article 7 - Convention collective": "Article 7 - Collective agreement",
        "Article 8 - Congés payés": "Article 8 - Paid holidays",
        "Article 9 - Confidentialité": "Article 9 - Confidentiality",
    }
    pages: list[Page] = []
    p = Page(210, 297)
    p.text(16, 16, e.name, bold, 12, hexc("1F3864"))
    p.text(16, 21, e.address.one_line(), font, 8, (90, 90, 90))
    y = 36
    for ln in wrap(kind_long, bold, 14, 180):
        p.text(105, y, ln, bold, 14, anchor="m")
        y += 6.5
    if bi:
        p.text(
            105,
            y,
            "PERMANENT EMPLOYMENT CONTRACT"
            if c.kind == "CDI"
            else "FIXED-TERM EMPLOYMENT CONTRACT",
            "calibri-i",
            11,
            (80, 80, 80),
            anchor="m",
        )
        y += 6
    y += 6
    p.text(16, y, "ENTRE LES SOUSSIGNÉS :", bold, size)
    y += 7
    parties = (
        f"La société {e.name}, au capital de {e.capital} euros, immatriculée au registre du "
        f"commerce et des sociétés de {e.rcs} sous le numéro "
        f"{e.siret[:3]} {e.siret[3:6]} {e.siret[6:9]}, dont le siège social est situé "
        f"{e.address.one_line()}, SIRET {ids.fmt_siret(e.siret)}, représentée par "
        f"{e.rep}, dûment habilité(e) à l'effet des présentes,\nci-après dénommée « la "
        f"Société », d'une part,\n\nET\n\n{c.employee}, né(e) le {dmy(c.employee_dob)} à "
        f"{c.employee_pob}, de nationalité {c.nationality_fr}, demeurant "
        f"{c.employee_addr.one_line()},\nci-après dénommé(e) « le Salarié », d'autre "
        f"part,\n\nIL A ÉTÉ CONVENU CE QUI SUIT :"
    )
    for par in parties.split("\n"):
        if not par:
            y += 2
            continue
        y = para(p, 16, y, par, 178, font, size, leading=5, align="j") + 1
    y += 4

    def newpage():
        nonlocal p, y
        pages.append(p)
        p = Page(210, 297)
        y = 22

    for head, body in arts:
        if y > 250:
            newpage()
        p.text(16, y, head, bold, 10.5)
        if bi:
            p.text(194, y, en[head], "calibri-i", 9, (90, 90, 90), anchor="r")
        y += 6
        for ln in wrap(body, font, size, 178):
            if y > 280:
                newpage()
            p.text(16, y, ln, font, size)
            y += 5
        y += 4
    if y > 220:
        newpage()
    signed = c.signed_on or c.start
    p.text(
        16, y + 4, f"Fait en deux exemplaires originaux, à {c.city}, le {dmy(signed)}.", font, size
    )
    y += 16
    p.text(16, y, "Pour la Société", bold, 9.5)
    p.text(16, y + 5, e.rep, font, 9)
    p.text(112, y, "Le Salarié", bold, 9.5)
    p.text(112, y + 5, "(mention manuscrite « lu et approuvé, bon pour accord »)", font, 7.5)
    sig = Page(60, 20, bg=None)
    signature(sig, 4, 14, e.rep, rng, w=34)
    p.group(sig, 16, y + 8, 0, "multiply")
    hand(p, 114, y + 16, "Lu et approuvé, bon pour accord", rng, "hand", 11)
    sg = Page(60, 20, bg=None)
    signature(sg, 4, 14, c.employee, rng, w=34)
    p.group(sg, 114, y + 20, 0, "multiply")
    pages.append(p)
    n = len(pages)
    for i, pg in enumerate(pages):
        pg.text(105, 290, f"{i + 1}/{n}", font, 8, (90, 90, 90), anchor="m")
        pg.text(194, 290, "Paraphes", font, 7, (120, 120, 120), anchor="r")
    f = {
        "employer": e.name,
        "employee_name": c.employee,
        "contract_type": c.kind,
        "job_title": c.job,
        "start_date": c.start.isoformat(),
    }
    return Doc("employment_contract", pages, f)
