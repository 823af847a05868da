"""Bank details: RIB PDFs/prints of Société Générale, Crédit Agricole, Caisse
d'Epargne, LCL, a RIB printed inside a bank letter, and banking-app
screenshots (Revolut LT IBAN, N26 DE IBAN, Caisse d'Epargne app)."""

from dataclasses import dataclass

import kit
from common import fr, fr_long, iban_valid, rng, spaced
from PIL import Image, ImageDraw, ImageFont

BANKS = {
    "sg": dict(name="SOCIETE GENERALE", logo="sg", color=(0.89, 0.0, 0.11)),
    "ca": dict(name="CRÉDIT AGRICOLE", logo="ca", color=(0.0, 0.45, 0.45)),
    "ce": dict(name="CAISSE D'EPARGNE", logo="ce", color=(0.85, 0.0, 0.18)),
    "lcl": dict(name="LCL", logo="lcl", color=(0.0, 0.18, 0.47)),
}


@dataclass
class Rib:
    bank: str
    holder: str  # as printed (one or several lines joined by " / ")
    holder_addr: list
    acc: object  # common.FrAccount
    branch: str
    branch_addr: list
    branch_tel: str = ""
    key: str = ""
    bank_name_full: str = ""

    def truth(self):
        return {
            "holder_name": self.holder,
            "iban": self.acc.iban,
            "bic": self.acc.bic,
            "bank_name": self.bank_name_full or BANKS[self.bank]["name"],
            "iban_valid": iban_valid(self.acc.iban),
            "rib_key_valid": True,
        }


def _rib_block_sg(p, rb, y):
    a = rb.acc
    p.rect(14, y, 182, 78, stroke=(0.3, 0.3, 0.3), lw=0.4)
    kit.logo(p, "sg", 18, y + 4, 0.8)
    p.text(192, y + 9, "RELEVÉ D'IDENTITÉ BANCAIRE", "Lib-B", 11, align="r")
    p.text(18, y + 22, "Titulaire du compte", "Lib", 7.5, (0.35, 0.35, 0.35))
    p.text(18, y + 27, rb.holder, "Lib-B", 10)
    for i, ln in enumerate(rb.holder_addr):
        p.text(18, y + 31.5 + i * 4.2, ln, "Lib", 8.5)
    p.text(112, y + 22, "Domiciliation", "Lib", 7.5, (0.35, 0.35, 0.35))
    p.text(112, y + 27, rb.branch, "Lib-B", 9)
    for i, ln in enumerate(rb.branch_addr):
        p.text(112, y + 31.5 + i * 4.2, ln, "Lib", 8.5)
    yy = y + 46
    heads = [
        ("Code banque", a.bank),
        ("Code guichet", a.guichet),
        ("Numéro de compte", a.account),
        ("Clé RIB", a.key),
    ]
    xs = [18, 50, 84, 140]
    for (h, v), x in zip(heads, xs):
        p.text(x, yy, h, "Lib", 7.5, (0.35, 0.35, 0.35))
        p.text(x, yy + 5, v, "LibMono-B", 10.5)
    p.text(18, yy + 14, "IBAN (International Bank Account Number)", "Lib", 7.5, (0.35, 0.35, 0.35))
    p.text(18, yy + 19.5, spaced(a.iban), "LibMono-B", 11)
    p.text(140, yy + 14, "BIC (Bank Identifier Code)", "Lib", 7.5, (0.35, 0.35, 0.35))
    p.text(140, yy + 19.5, a.bic, "LibMono-B", 11)


def rib_pages(rb: Rib, copies=None):
    b = BANKS[rb.bank]
    a = rb.acc

    def page_sg(p):
        p.text(14, 14, "Vos coordonnées bancaires", "Lib-B", 13)
        p.para(
            14,
            20,
            182,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
            "appelés à faire inscrire des opérations à votre compte (virements, prélèvements, etc.).",
            "Lib",
            8,
        )
        for i in range(copies or 3):
            _rib_block_sg(p, rb, 32 + i * 86)
            if i < (copies or 3) - 1:
                p.line(
                    8, 32 + i * 86 + 82, 202, 32 + i * 86 + 82, (0.5, 0.5, 0.5), 0.3, dash=(2, 2)
                )
                p.text(10, 32 + i * 86 + 81, "✂", "DejaVu", 8, (0.5, 0.5, 0.5))

    def page_ca(p):
        col = b["color"]
        kit.logo(p, "ca", 14, 12, 1.2)
        p.text(196, 16, rb.bank_name_full or "CRÉDIT AGRICOLE", "Lib-B", 9, col, "r")
        p.text(196, 21, "Relevé d'Identité Bancaire", "Lib-B", 14, align="r")
        p.rect(14, 34, 182, 110, stroke=col, lw=0.8, r=2)
        p.text(20, 44, "Titulaire(s) du compte", "Lib-B", 9, col)
        yy = 50
        for part in rb.holder.split(" OU "):
            p.text(24, yy, part if yy == 50 else "OU " + part, "LibMono-B", 10.5)
            yy += 5.5
        for ln in rb.holder_addr:
            p.text(24, yy, ln, "LibMono", 9.5)
            yy += 4.8
        p.text(120, 44, "Agence", "Lib-B", 9, col)
        p.text(120, 50, rb.branch, "Lib", 9.5)
        for i, ln in enumerate(rb.branch_addr):
            p.text(120, 55 + i * 4.6, ln, "Lib", 9)
        if rb.branch_tel:
            p.text(120, 55 + len(rb.branch_addr) * 4.6, "Tél. " + rb.branch_tel, "Lib", 9)
        p.rect(20, 82, 170, 24, stroke=(0.6, 0.6, 0.6), lw=0.3)
        p.text(24, 88, "Identifiant national de compte bancaire - RIB", "Lib-B", 8.5)
        for (h, v), x in zip(
            (("Banque", a.bank), ("Guichet", a.guichet), ("N° compte", a.account), ("Clé", a.key)),
            (24, 56, 90, 150),
        ):
            p.text(x, 94, h, "Lib", 7.5, (0.35, 0.35, 0.35))
            p.text(x, 100.5, v, "LibMono-B", 11)
        p.rect(20, 110, 170, 26, stroke=(0.6, 0.6, 0.6), lw=0.3)
        p.text(24, 116, "Identifiant international de compte bancaire", "Lib-B", 8.5)
        p.text(24, 122.5, "IBAN", "Lib", 7.5, (0.35, 0.35, 0.35))
        p.text(24, 129, spaced(a.iban), "LibMono-B", 11.5)
        p.text(150, 122.5, "BIC", "Lib", 7.5, (0.35, 0.35, 0.35))
        p.text(150, 129, a.bic, "LibMono-B", 11.5)
        p.para(
            14,
            152,
            182,
            "Remettez ce relevé à tout organisme qui vous le demande pour le versement de vos "
            "salaires, prestations sociales ou remboursements, ou pour la mise en place d'un prélèvement.",
            "Lib-I",
            8,
        )
        p.para(
            14,
            272,
            182,
            f"{rb.bank_name_full or 'Caisse régionale de Crédit Agricole Mutuel'} - Société "
            "coopérative à capital variable agréée en tant qu'établissement de crédit - Société de courtage "
            "d'assurance immatriculée au registre ORIAS.",
            "Lib",
            6.5,
            color=(0.35, 0.35, 0.35),
            align="c",
        )

    def page_ce(p):
        col = b["color"]
        p.rect(0, 0, 210, 24, stroke=None, fill=col)
        p.rect(12, 5, 60, 14, stroke=None, fill=(1, 1, 1), r=2)
        kit.logo(p, "ce", 14, 7, 0.9)
        p.text(196, 15, "RELEVÉ D'IDENTITÉ BANCAIRE", "Lib-B", 12, (1, 1, 1), "r")
        p.text(14, 36, "Date d'édition : " + fr(rb.branch_tel or "2026-10-01"), "Lib", 8)
        p.text(14, 48, "Intitulé du compte", "Lib", 8, (0.4, 0.4, 0.4))
        p.text(14, 54, rb.holder, "Lib-B", 11)
        for i, ln in enumerate(rb.holder_addr):
            p.text(14, 59.5 + i * 4.6, ln, "Lib", 9.5)
        p.text(120, 48, "Domiciliation", "Lib", 8, (0.4, 0.4, 0.4))
        p.text(120, 54, rb.branch, "Lib-B", 9.5)
        for i, ln in enumerate(rb.branch_addr):
            p.text(120, 59.5 + i * 4.6, ln, "Lib", 9)
        y = 82
        p.rect(14, y, 182, 9, stroke=None, fill=(0.95, 0.92, 0.93))
        p.text(16, y + 6, "IBAN", "Lib-B", 9, col)
        p.text(60, y + 6.3, spaced(a.iban), "LibMono-B", 11)
        p.rect(14, y + 11, 182, 9, stroke=None, fill=(0.95, 0.92, 0.93))
        p.text(16, y + 17, "BIC", "Lib-B", 9, col)
        p.text(60, y + 17.3, a.bic, "LibMono-B", 11)
        y += 28
        p.text(14, y, "RIB", "Lib-B", 9, col)
        for (h, v), x in zip(
            (
                ("Code établissement", a.bank),
                ("Code guichet", a.guichet),
                ("Numéro de compte", a.account),
                ("Clé RIB", a.key),
            ),
            (14, 56, 98, 150),
        ):
            p.text(x, y + 7, h, "Lib", 7.5, (0.4, 0.4, 0.4))
            p.text(x, y + 13, v, "LibMono-B", 10.5)
        p.line(14, y + 20, 196, y + 20, (0.8, 0.8, 0.8), 0.4)
        p.para(
            14,
            272,
            182,
            f"{rb.bank_name_full or 'Caisse d Epargne et de Prévoyance'} - Banque coopérative "
            "régie par les articles L. 512-85 et suivants du code monétaire et financier - Intermédiaire "
            "en assurance immatriculé à l'ORIAS.",
            "Lib",
            6.5,
            color=(0.35, 0.35, 0.35),
            align="c",
        )

    def page_lcl(p):
        col = b["color"]
        kit.logo(p, "lcl", 14, 12, 1.1)
        p.text(196, 18, "Relevé d'identité bancaire", "Lib-B", 13, col, "r")
        p.text(196, 24, "LCL - Le Crédit Lyonnais", "Lib", 8.5, align="r")
        p.rect(14, 36, 182, 60, stroke=(0.7, 0.7, 0.75), lw=0.4)
        p.rect(14, 36, 182, 8, stroke=None, fill=(1.0, 0.82, 0.0))
        p.text(18, 41.5, "Titulaire", "Lib-B", 9, col)
        p.text(110, 41.5, "Agence", "Lib-B", 9, col)
        p.text(18, 52, rb.holder, "Lib-B", 10.5)
        for i, ln in enumerate(rb.holder_addr):
            p.text(18, 57.5 + i * 4.6, ln, "Lib", 9.5)
        p.text(110, 52, rb.branch, "Lib-B", 9.5)
        for i, ln in enumerate(rb.branch_addr):
            p.text(110, 57.5 + i * 4.6, ln, "Lib", 9)
        p.text(18, 78, "Banque  Guichet  N° de compte  Clé", "Lib", 7.5, (0.4, 0.4, 0.4))
        p.text(18, 84, f"{a.bank}   {a.guichet}   {a.account}   {a.key}", "LibMono-B", 10.5)
        p.text(
            110,
            78,
            "BIC - Code international d'identification de votre banque",
            "Lib",
            6.8,
            (0.4, 0.4, 0.4),
        )
        p.text(110, 84, a.bic, "LibMono-B", 10.5)
        p.text(
            18,
            91,
            "IBAN - Identifiant international de compte : " + spaced(a.iban),
            "LibMono-B",
            9.2,
        )
        p.para(
            14,
            104,
            182,
            "Ce relevé d'identité bancaire est destiné à être remis à vos créanciers ou débiteurs "
            "pour faciliter l'enregistrement des opérations sur votre compte.",
            "Lib-I",
            8,
        )
        p.para(
            14,
            272,
            182,
            "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - Siège social : 18 rue "
            "de la République 69002 Lyon - SIREN 954 509 741 - RCS Lyon - ORIAS n° 07 001 878.",
            "Lib",
            6.5,
            color=(0.35, 0.35, 0.35),
            align="c",
        )

    return [{"sg": page_sg, "ca": page_ca, "ce": page_ce, "lcl": page_lcl}[rb.bank]]


def bank_letter_with_rib(rb: Rib, letter_date, key):
    """A welcome letter from the bank with the RIB printed in its lower part."""
    b = BANKS[rb.bank]
    a = rb.acc

    def page(p):
        kit.logo(p, b["logo"], 14, 12, 1.0)
        p.text(14, 32, rb.branch, "Lib-B", 9)
        for i, ln in enumerate(rb.branch_addr):
            p.text(14, 36.5 + i * 4.2, ln, "Lib", 8.5)
        p.text(112, 50, rb.holder, "Lib-B", 10)
        for i, ln in enumerate(rb.holder_addr):
            p.text(112, 55 + i * 4.6, ln, "Lib", 10)
        p.text(
            196,
            76,
            f"{rb.branch_addr[-1].split(' ', 1)[-1].title()}, le {fr_long(letter_date)}",
            "Lib",
            9.5,
            align="r",
        )
        p.text(14, 88, "Objet : ouverture de votre compte de dépôt", "Lib-B", 10)
        y = p.para(14, 98, 182, "Madame, Monsieur,", "Lib", 10)
        y = p.para(
            14,
            y + 3,
            182,
            "Nous avons le plaisir de vous confirmer l'ouverture de votre compte de dépôt "
            "dans nos livres. Votre carte bancaire vous sera adressée séparément sous quelques jours ; son code "
            "confidentiel vous parviendra par un envoi distinct.",
            "Lib",
            10,
            leading=5.3,
            justify=True,
        )
        y = p.para(
            14,
            y + 3,
            182,
            "Vous trouverez ci-dessous votre relevé d'identité bancaire, à communiquer à "
            "votre employeur ou aux organismes sociaux (caisse d'assurance maladie, caisse d'allocations "
            "familiales) pour le versement de vos salaires et prestations.",
            "Lib",
            10,
            leading=5.3,
            justify=True,
        )
        y = p.para(
            14,
            y + 3,
            182,
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
            "distinguées.",
            "Lib",
            10,
            leading=5.3,
        )
        p.text(130, y + 8, "Votre conseiller", "Lib", 9.5)
        p.signature(130, y + 10, 36, 11, rng("bl", key), "Martin", (0.1, 0.1, 0.3))
        y = 200
        p.line(8, y - 6, 202, y - 6, (0.5, 0.5, 0.5), 0.3, dash=(2, 2))
        p.text(10, y - 5, "✂", "DejaVu", 8, (0.5, 0.5, 0.5))
        if rb.bank == "sg":
            _rib_block_sg(p, rb, y)
        else:
            p.rect(14, y, 182, 60, stroke=(0.3, 0.3, 0.3), lw=0.4)
            p.text(18, y + 7, "RELEVÉ D'IDENTITÉ BANCAIRE", "Lib-B", 10.5, b["color"])
            p.text(18, y + 15, "Titulaire : " + rb.holder, "Lib-B", 9.5)
            p.text(18, y + 21, "Domiciliation : " + rb.branch, "Lib", 9)
            p.text(
                18,
                y + 31,
                f"Banque {a.bank}   Guichet {a.guichet}   Compte {a.account}   Clé {a.key}",
                "LibMono",
                9.5,
            )
            p.text(18, y + 41, "IBAN  " + spaced(a.iban), "LibMono-B", 10.5)
            p.text(18, y + 50, "BIC   " + a.bic, "LibMono-B", 10.5)

    return [page]


# ----------------------------------------------------------------- app screenshots
UI = {
    "r": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "m": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "b": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "ls": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "lb": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "sym": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
}


def _f(k, px):
    return ImageFont.truetype(UI[k], px, layout_engine=ImageFont.Layout.BASIC)


def _status_bar(d, W, dark, time="09:41", battery=0.72):
    col = (255, 255, 255) if dark else (20, 20, 20)
    d.text((64, 70), time, font=_f("m", 44), fill=col, anchor="lm")
    x = W - 70
    d.rounded_rectangle([x - 70, 55, x, 85], 7, outline=col, width=3)
    d.rectangle([x - 66, 59, x - 66 + int(62 * battery), 81], fill=col)
    for i in range(4):
        d.rectangle([x - 150 + i * 14, 80 - i * 8, x - 142 + i * 14, 84], fill=col)


def _copy_icon(d, x, y, col):
    d.rounded_rectangle([x, y, x + 30, y + 36], 5, outline=col, width=3)
    d.rounded_rectangle([x + 10, y - 10, x + 40, y + 26], 5, outline=col, width=3)


def revolut_screen(holder, iban, bic, key, W=1170, H=2532, dark=False):
    bg = (18, 18, 22) if dark else (247, 247, 250)
    card = (34, 34, 40) if dark else (255, 255, 255)
    fg = (240, 240, 245) if dark else (25, 25, 30)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    blue = (0, 117, 235)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    _status_bar(d, W, dark)
    d.text((60, 190), "←", font=_f("sym", 64), fill=fg, anchor="lm")
    d.text((W / 2, 190), "Account details", font=_f("b", 52), fill=fg, anchor="mm")
    d.rounded_rectangle([60, 280, W - 60, 380], 50, fill=card)
    d.rounded_rectangle([70, 290, W / 2 - 10, 370], 44, fill=blue)
    d.text((W / 4 + 30, 330), "EUR", font=_f("b", 40), fill=(255, 255, 255), anchor="mm")
    d.text((3 * W / 4 - 30, 330), "Other currencies", font=_f("m", 38), fill=sub, anchor="mm")
    d.text(
        (60, 450),
        "Use these details to receive salaries and transfers",
        font=_f("r", 36),
        fill=sub,
        anchor="lm",
    )
    d.text((60, 500), "from a euro bank account (SEPA).", font=_f("r", 36), fill=sub, anchor="lm")
    d.rounded_rectangle([60, 560, W - 60, 1500], 40, fill=card)
    rows = [
        ("Beneficiary", holder),
        ("IBAN", spaced(iban)),
        ("BIC / SWIFT code", bic),
        ("Bank name", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
    ]
    y = 620
    for lab, val in rows:
        d.text((110, y), lab, font=_f("r", 36), fill=sub, anchor="lt")
        fv = _f("m", 44 if len(val) < 34 else 36)
        d.text((110, y + 55), val, font=fv, fill=fg, anchor="lt")
        _copy_icon(d, W - 160, y + 40, blue)
        y += 170
    d.rounded_rectangle([60, 1540, W - 60, 1700], 40, fill=card)
    d.ellipse([88, 1566, 136, 1614], outline=blue, width=4)
    d.text((112, 1591), "i", font=_f("b", 34), fill=blue, anchor="mm")
    d.text(
        (180, 1590),
        "Incoming SEPA transfers usually arrive within",
        font=_f("r", 34),
        fill=sub,
        anchor="lm",
    )
    d.text((180, 1640), "1 business day.", font=_f("r", 34), fill=sub, anchor="lm")
    d.rounded_rectangle([60, H - 300, W - 60, H - 180], 60, fill=blue)
    d.text((W / 2, H - 240), "Share details", font=_f("b", 46), fill=(255, 255, 255), anchor="mm")
    d.rounded_rectangle([W / 2 - 140, H - 40, W / 2 + 140, H - 30], 5, fill=fg)
    return im


def n26_screen(holder, iban, bic, key, W=1080, H=2340):
    bg = (255, 255, 255)
    fg = (20, 20, 20)
    sub = (120, 120, 120)
    teal = (54, 161, 139)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    _status_bar(d, W, False, "14:07", 0.41)
    d.text((60, 200), "✕", font=_f("sym", 56), fill=fg, anchor="lm")
    d.text((60, 320), "Mon RIB", font=_f("lb", 72), fill=fg, anchor="lm")
    d.text((60, 400), "Compte principal", font=_f("ls", 40), fill=sub, anchor="lm")
    rows = [
        ("Titulaire du compte", holder),
        ("IBAN", spaced(iban)),
        ("BIC", bic),
        ("Banque", "N26 Bank SE"),
        ("Adresse de la banque", "Voltairestraße 8, 10179 Berlin, Allemagne"),
    ]
    y = 500
    for lab, val in rows:
        d.text((60, y), lab, font=_f("ls", 38), fill=sub, anchor="lt")
        d.text((60, y + 56), val, font=_f("lb", 46 if len(val) < 30 else 38), fill=fg, anchor="lt")
        d.text((W - 80, y + 60), "⧉", font=_f("sym", 48), fill=teal, anchor="rt")
        d.line([60, y + 140, W - 60, y + 140], fill=(230, 230, 230), width=3)
        y += 175
    d.rounded_rectangle([60, y + 40, W - 60, y + 240], 24, fill=(242, 248, 246))
    d.text(
        (100, y + 100),
        "Votre IBAN allemand peut être utilisé pour les",
        font=_f("ls", 34),
        fill=fg,
        anchor="lm",
    )
    d.text(
        (100, y + 150),
        "virements et prélèvements dans toute la zone SEPA.",
        font=_f("ls", 34),
        fill=fg,
        anchor="lm",
    )
    d.rounded_rectangle([60, H - 330, W - 60, H - 200], 16, fill=teal)
    d.text(
        (W / 2, H - 265),
        "Partager le RIB (PDF)",
        font=_f("lb", 44),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle([W / 2 - 130, H - 50, W / 2 + 130, H - 40], 5, fill=(60, 60, 60))
    return im


def ce_app_screen(holder, iban, bic, key, W=1080, H=2400):
    red = (210, 0, 45)
    im = Image.new("RGB", (W, H), (244, 244, 246))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 420], fill=red)
    _status_bar(d, W, True, "18:22", 0.88)
    d.text((60, 200), "‹", font=_f("sym", 80), fill=(255, 255, 255), anchor="lm")
    d.text((W / 2, 200), "Mon RIB", font=_f("b", 54), fill=(255, 255, 255), anchor="mm")
    d.text((60, 320), "COMPTE DE DÉPÔT", font=_f("m", 40), fill=(255, 255, 255), anchor="lm")
    d.rounded_rectangle([40, 460, W - 40, 1600], 30, fill=(255, 255, 255))
    rows = [
        ("Titulaire", holder),
        ("IBAN", spaced(iban)),
        ("BIC", bic),
        ("Domiciliation", "CAISSE D'EPARGNE ILE DE FRANCE"),
    ]
    y = 520
    for lab, val in rows:
        d.text((90, y), lab.upper(), font=_f("m", 34), fill=(120, 120, 120), anchor="lt")
        d.text(
            (90, y + 54),
            val,
            font=_f("b", 44 if len(val) < 30 else 37),
            fill=(30, 30, 30),
            anchor="lt",
        )
        y += 190
    d.rounded_rectangle([90, y + 20, W - 90, y + 150], 65, outline=red, width=4)
    d.text((W / 2, y + 85), "Partager mon RIB", font=_f("b", 44), fill=red, anchor="mm")
    d.rounded_rectangle([90, y + 190, W - 90, y + 320], 65, fill=red)
    d.text(
        (W / 2, y + 255), "Télécharger en PDF", font=_f("b", 44), fill=(255, 255, 255), anchor="mm"
    )
    d.rectangle([0, H - 180, W, H], fill=(255, 255, 255))
    for i, t in enumerate(["Synthèse", "Virement", "Conseiller", "Plus"]):
        d.text(
            (W * (i + 0.5) / 4, H - 90),
            t,
            font=_f("r", 34),
            fill=(90, 90, 90) if i else red,
            anchor="mm",
        )
    return im
