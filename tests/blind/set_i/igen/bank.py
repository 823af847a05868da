"""RIB (relevé d'identité bancaire): bank PDFs, a scanned paper RIB, banking-app screens and a
RIB printed at the foot of a welcome letter.

Modelled on the usual French RIB: holder block, domiciliation (agency), the national RIB
table (code banque, code guichet, numéro de compte, clé RIB), IBAN in groups of four, BIC,
and the standard notice ("Ce relevé est destiné à être remis, sur leur demande, à vos
créanciers ou débiteurs..."). Apps show the same data as a mobile screen."""

from __future__ import annotations

import datetime as dt

from . import logos
from .model import Doc
from .paint import Page, Pg
from .people import Account
from .util import fr, fr_long, group4

NOTICE = (
    "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs appelés "
    "à faire inscrire des opérations à votre compte (virements, paiements de quittances, etc.). "
    "Son utilisation vous garantit le bon enregistrement des opérations en cause et vous évite "
    "ainsi des réclamations pour erreurs ou retards d'imputation."
)


def _truth(a: Account, holder_truth: str) -> dict:
    return {"holder_name": holder_truth, "iban": a.iban, "bic": a.bic}


def _rib_block(
    p: Pg,
    a: Account,
    x,
    y,
    w,
    font="Arial",
    fb="Arial-B",
    col=(0, 0, 0),
    logo=None,
    title="RELEVÉ D'IDENTITÉ BANCAIRE",
):
    if logo:
        logos.LOGOS[logo](p, x, y, 0.8)
    p.t(x + w, y + 6, title, fb, 10, col, align="r")
    y += 16
    p.t(x, y, "Titulaire du compte", fb, 8, (90, 90, 90))
    yy = y + 4.5
    for ln in a.holder_lines:
        p.t(x, yy, ln, font, 9)
        yy += 4.2
    p.t(x + w * 0.55, y, "Domiciliation", fb, 8, (90, 90, 90))
    yy2 = y + 4.5
    for ln in [a.agency, *a.agency_addr]:
        p.t(x + w * 0.55, yy2, ln, font, 8.5)
        yy2 += 4
    y = max(yy, yy2) + 3
    ws = [w * 0.2, w * 0.2, w * 0.38, w * 0.22]
    p.table(
        x,
        y,
        ws,
        [[a.bank, a.branch, a.number, a.key]],
        font,
        10,
        6.5,
        head=["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
        head_font=fb,
        aligns=["c", "c", "c", "c"],
        head_fill=(235, 235, 235),
        gridcol=(120, 120, 120),
    )
    y += 16
    p.t(x, y, "IBAN", fb, 8, (90, 90, 90))
    p.t(x + 14, y, group4(a.iban), "Courier-B", 10.5)
    p.t(x, y + 6, "BIC", fb, 8, (90, 90, 90))
    p.t(x + 14, y + 6, a.bic, "Courier-B", 10.5)
    return y + 10


def rib_bnp(a: Account, holder_truth: str, issued: dt.date) -> Doc:
    def draw(p: Pg):
        logos.bnp(p, 14, 12, 1.0)
        p.t(198, 18, "Relevé d'Identité Bancaire", "Arial-B", 13, (0, 100, 60), align="r")
        p.t(198, 23, f"Édité le {fr(issued)}", "Arial", 8, (90, 90, 90), align="r")
        for k in range(2):
            y0 = 36 + k * 110
            p.rect(14, y0, 184, 95, lw=0.5, stroke=(0, 145, 90), r=2)
            _rib_block(p, a, 20, y0 + 4, 172, logo=None, title="RIB")
            p.para(20, y0 + 75, 172, NOTICE, "Arial", 6.5, 2.9, (90, 90, 90))
            if k == 0:
                p.line(10, y0 + 102, 200, y0 + 102, 0.4, (150, 150, 150), dash=[3, 2])
                p.t(12, y0 + 101, "✂", "DejaVu", 8, (150, 150, 150))
        p.t(
            105,
            286,
            "BNP Paribas SA au capital de 2 261 621 342 € — 662 042 449 RCS Paris — Siège "
            "social : 16, boulevard des Italiens 75009 Paris — ORIAS n° 07 022 735",
            "Arial",
            5.8,
            (90, 90, 90),
            align="c",
        )

    return Doc("rib", _truth(a, holder_truth), [Page(draw)])


def rib_cm(a: Account, holder_truth: str, issued: dt.date) -> Doc:
    def draw(p: Pg):
        logos.creditmutuel(p, 14, 12, 1.0)
        p.t(105, 40, "RELEVÉ D'IDENTITÉ BANCAIRE", "Times-B", 14, (0, 70, 150), align="c")
        p.rect(14, 48, 184, 100, lw=0.8, stroke=(0, 70, 150))
        p.t(18, 56, "Identifiant national de compte bancaire - RIB", "Times-B", 9)
        p.table(
            18,
            59,
            [36, 36, 70, 30],
            [[a.bank, a.branch, a.number, a.key]],
            "Times",
            11,
            7,
            head=["Banque", "Guichet", "N° compte", "Clé"],
            head_font="Times-B",
            aligns=["c"] * 4,
            head_fill=None,
        )
        p.t(18, 82, "Identifiant international de compte bancaire", "Times-B", 9)
        p.t(18, 88, "IBAN (International Bank Account Number)", "Times", 8.5)
        p.t(18, 94, group4(a.iban), "Times-B", 12)
        p.t(130, 88, "BIC (Bank Identifier Code)", "Times", 8.5)
        p.t(130, 94, a.bic, "Times-B", 12)
        p.t(18, 106, "Domiciliation", "Times-B", 9)
        yy = 111
        for ln in [a.agency, *a.agency_addr]:
            p.t(18, yy, ln, "Times", 10)
            yy += 4.5
        p.t(110, 106, "Titulaire du compte", "Times-B", 9)
        yy = 111
        for ln in a.holder_lines:
            p.t(110, yy, ln, "Times", 10)
            yy += 4.5
        p.para(18, 135, 176, NOTICE, "Times", 7.5, 3.3, (70, 70, 70))
        p.t(14, 160, f"Document édité le {fr(issued)}", "Times-I", 8, (90, 90, 90))
        p.t(
            105,
            286,
            "Caisse de Crédit Mutuel — Société coopérative à forme de société anonyme à capital "
            "variable — RCS Strasbourg — Intermédiaire en assurance ORIAS",
            "Times",
            6,
            (90, 90, 90),
            align="c",
        )

    return Doc("rib", _truth(a, holder_truth), [Page(draw)])


def rib_lbp(a: Account, holder_truth: str, issued: dt.date) -> Doc:
    def draw(p: Pg):
        logos.lbp(p, 14, 12, 1.0)
        p.t(198, 20, "Relevé d'Identité Bancaire", "OpenSans-B", 13, (0, 50, 130), align="r")
        p.rect(14, 34, 184, 6, lw=0, stroke=None, fill=(255, 210, 0))
        p.t(16, 38.4, "Compte Courant Postal", "OpenSans-B", 8.5, (0, 50, 130))
        y = 50
        p.t(14, y, "Titulaire(s)", "OpenSans-B", 9, (0, 50, 130))
        for i, ln in enumerate(a.holder_lines):
            p.t(60, y + i * 4.6, ln, "OpenSans", 9.5)
        y += 16
        p.t(14, y, "Domiciliation", "OpenSans-B", 9, (0, 50, 130))
        for i, ln in enumerate([a.agency, *a.agency_addr]):
            p.t(60, y + i * 4.6, ln, "OpenSans", 9.5)
        y += 20
        p.t(14, y, "Références bancaires", "OpenSans-B", 9, (0, 50, 130))
        p.table(
            60,
            y - 4,
            [25, 25, 55, 15],
            [[a.bank, a.branch, a.number, a.key]],
            "OpenSans",
            10,
            6.5,
            head=["Banque", "Guichet", "Compte", "Clé"],
            head_font="OpenSans-B",
            aligns=["c"] * 4,
            head_fill=(255, 240, 180),
        )
        y += 20
        p.t(14, y, "IBAN", "OpenSans-B", 9, (0, 50, 130))
        p.t(60, y, group4(a.iban), "OpenSans-B", 11)
        p.t(14, y + 7, "BIC", "OpenSans-B", 9, (0, 50, 130))
        p.t(60, y + 7, a.bic, "OpenSans-B", 11)
        p.para(14, y + 20, 184, NOTICE, "OpenSans", 7, 3.1, (90, 90, 90))
        p.t(
            105,
            286,
            "La Banque Postale — SA à Directoire et Conseil de surveillance au capital de "
            "6 585 350 218 € — 421 100 645 RCS Paris — 115, rue de Sèvres 75275 Paris Cedex 06",
            "OpenSans",
            5.8,
            (90, 90, 90),
            align="c",
        )

    return Doc("rib", _truth(a, holder_truth), [Page(draw)])


def rib_sg_letter(
    a: Account, holder_truth: str, issued: dt.date, addr_lines: list[str], dear: str
) -> Doc:
    """A welcome letter from the bank with the RIB at the bottom (a trap for typing)."""

    def draw(p: Pg):
        logos.sg(p, 14, 12, 1.0)
        p.t(14, 30, a.agency, "Arial", 8, (80, 80, 80))
        for i, ln in enumerate(a.agency_addr):
            p.t(14, 33.5 + i * 3.5, ln, "Arial", 8, (80, 80, 80))
        for i, ln in enumerate(addr_lines):
            p.t(115, 50 + i * 4.6, ln, "Arial", 10)
        p.t(115, 80, f"Paris, le {fr_long(issued)}", "Arial", 9.5)
        p.t(14, 92, "Objet : ouverture de votre compte", "Arial-B", 10)
        y = p.para(14, 102, 182, f"{dear},", "Arial", 10, 5)
        y = p.para(
            14,
            y + 2,
            182,
            "Nous avons le plaisir de vous confirmer l'ouverture de votre compte de dépôt au sein "
            "de notre agence et vous remercions de votre confiance. Votre carte bancaire vous sera "
            "adressée séparément sous quelques jours, ainsi que son code confidentiel.",
            "Arial",
            10,
            5,
        )
        y = p.para(
            14,
            y + 2,
            182,
            "Vous trouverez ci-dessous votre relevé d'identité bancaire. Vous pouvez le communiquer "
            "à votre employeur, à votre caisse d'assurance maladie ou à tout organisme appelé à "
            "effectuer des virements sur votre compte.",
            "Arial",
            10,
            5,
        )
        y = p.para(
            14,
            y + 2,
            182,
            "Nous vous prions d'agréer l'expression de nos sentiments dévoués.",
            "Arial",
            10,
            5,
        )
        p.t(130, y + 8, "Votre conseiller", "Arial-B", 10)
        p.line(10, 182, 200, 182, 0.4, (150, 150, 150), dash=[3, 2])
        p.rect(14, 188, 184, 78, lw=0.5, stroke=(0, 0, 0))
        _rib_block(p, a, 20, 192, 172, logo="sg", title="RELEVÉ D'IDENTITÉ BANCAIRE")
        p.t(
            105,
            288,
            "Société Générale — SA au capital de 1 000 395 971,25 € — 552 120 222 RCS Paris — "
            "Siège social : 29, boulevard Haussmann 75009 Paris",
            "Arial",
            5.8,
            (90, 90, 90),
            align="c",
        )

    return Doc(
        "rib",
        _truth(a, holder_truth),
        [Page(draw)],
        notes="a bank welcome letter whose lower third is the RIB",
    )


def rib_generic(
    a: Account,
    holder_truth: str,
    issued: dt.date,
    logo: str,
    bank_label: str,
    font="Arial",
    fb="Arial-B",
    col=(0, 40, 110),
) -> Doc:
    def draw(p: Pg):
        logos.LOGOS[logo](p, 14, 12, 1.0)
        p.t(198, 16, "RIB", fb, 18, col, align="r")
        p.t(198, 22, "Relevé d'identité bancaire", font, 9, col, align="r")
        p.rect(14, 34, 184, 92, lw=1.2, stroke=col, r=3)
        _rib_block(p, a, 20, 36, 172, font=font, fb=fb, col=col, title=bank_label)
        p.para(20, 108, 172, NOTICE, font, 6.8, 3, (90, 90, 90))
        p.t(14, 134, f"Édité le {fr(issued)} depuis votre espace client", font, 7.5, (90, 90, 90))

    return Doc("rib", _truth(a, holder_truth), [Page(draw)])


# ------------------------------------------------------------------ app screens


def _px(v):
    return v * 25.4 / 72.0  # 1 px at 72 dpi in mm


def rib_app(a: Account, holder_truth: str, app: str, clock: str = "09:41") -> Doc:
    """A banking-app RIB screen as a phone screenshot (1170 x 2532 px)."""
    W, H = 1170, 2532
    sty = {
        "bourso": {
            "bg": (245, 246, 250),
            "head": (0, 50, 110),
            "acc": (240, 0, 120),
            "name": "BoursoBank",
        },
        "n26": {"bg": (255, 255, 255), "head": (30, 30, 30), "acc": (54, 161, 139), "name": "N26"},
        "revolut": {
            "bg": (247, 247, 250),
            "head": (25, 28, 31),
            "acc": (0, 117, 235),
            "name": "Revolut",
        },
        "lcl": {
            "bg": (244, 246, 250),
            "head": (0, 40, 110),
            "acc": (255, 200, 0),
            "name": "LCL Mes Comptes",
        },
    }[app]

    def draw(p: Pg):
        def t(x, y, s, f, size, col=(0, 0, 0), align="l"):
            p.t(_px(x), _px(y), s, f, size, col, align)

        p.rect(0, 0, p.w, p.h, lw=0, stroke=None, fill=sty["bg"])
        t(70, 80, clock, "Roboto-B", 40)
        t(1100, 80, "5G  86 %", "Roboto-B", 34, align="r")
        p.rect(0, _px(130), p.w, _px(170), lw=0, stroke=None, fill=sty["head"])
        p.poly(
            [(_px(95), _px(195)), (_px(70), _px(215)), (_px(95), _px(235))],
            stroke=(255, 255, 255),
            lw=2.5,
            close=False,
        )
        t(
            W / 2,
            235,
            "Mon RIB" if app != "n26" else "Coordonnées bancaires",
            "Roboto-B",
            50,
            (255, 255, 255),
            "c",
        )
        y = 400
        t(70, y, sty["name"], "Roboto-B", 44, sty["head"])
        y += 70
        t(
            70,
            y,
            "Compte courant" if app != "revolut" else "Compte principal · EUR",
            "Roboto",
            36,
            (110, 110, 110),
        )
        y += 110

        def card(y0, label, value, mono=False, size=44):
            p.rect(
                _px(50),
                _px(y0),
                _px(W - 100),
                _px(190),
                lw=0,
                stroke=None,
                fill=(255, 255, 255),
                r=_px(30),
            )
            t(90, y0 + 70, label, "Roboto", 32, (120, 120, 120))
            t(90, y0 + 145, value, "RobotoCond-B" if mono else "Roboto-B", size, (20, 20, 20))
            p.rect(
                _px(W - 150), _px(y0 + 70), _px(30), _px(36), lw=1.6, stroke=sty["acc"], r=_px(4)
            )
            p.rect(
                _px(W - 140),
                _px(y0 + 80),
                _px(30),
                _px(36),
                lw=1.6,
                stroke=sty["acc"],
                fill=(255, 255, 255),
                r=_px(4),
            )
            return y0 + 220

        y = card(y, "Titulaire", a.holder_lines[0] if a.holder_lines else holder_truth)
        y = card(y, "IBAN", group4(a.iban), mono=True, size=46 if len(a.iban) <= 27 else 42)
        y = card(y, "BIC / SWIFT", a.bic)
        if a.bank:
            y = card(y, "Banque", a.agency or sty["name"])
        y += 60
        p.rect(
            _px(50), _px(y), _px(W - 100), _px(150), lw=0, stroke=None, fill=sty["acc"], r=_px(75)
        )
        t(W / 2, y + 95, "Partager mon RIB", "Roboto-B", 44, (255, 255, 255), "c")
        y += 210
        p.rect(
            _px(50), _px(y), _px(W - 100), _px(150), lw=2, stroke=sty["acc"], fill=None, r=_px(75)
        )
        t(W / 2, y + 95, "Télécharger le RIB (PDF)", "Roboto-B", 44, sty["acc"], "c")
        p.rect(
            _px(380), _px(H - 40), _px(410), _px(12), lw=0, stroke=None, fill=(30, 30, 30), r=_px(6)
        )

    page = Page(draw, w=_px(W), h=_px(H), kind="screen")
    notes = "banking app screenshot"
    if not a.iban.startswith("FR"):
        notes += "; foreign SEPA IBAN (legal under Regulation (EU) 260/2012)"
    return Doc("rib", _truth(a, holder_truth), [page], notes=notes)
