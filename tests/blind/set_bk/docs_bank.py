"""Bank documents: printed RIBs (BNP, La Banque Postale, Société Générale) and an app screen."""

from __future__ import annotations

import random

from reportlab.lib.units import mm

from common import Page, group4, new_pdf


# ------------------------------------------------------------------ RIB
def rib_pdf(r: dict, rng: random.Random) -> bytes:
    buf, c = new_pdf()
    pg = Page(c)
    st = r["style"]
    F, B = {
        "bnp": ("lato", "lato-b"),
        "lbp": ("freesans", "freesans-b"),
        "sg": ("robcond", "robcond-b"),
    }[st]
    col = {"bnp": (0.0, 0.52, 0.35), "lbp": (0.95, 0.75, 0.0), "sg": (0.89, 0.0, 0.06)}[st]
    pg.rect(14, 14, 10, 10, stroke=None, fill=col)
    pg.text(28, 22, r["bank_name"], B, 15)
    title = {
        "bnp": "RELEVÉ D'IDENTITÉ BANCAIRE",
        "lbp": "Relevé d'Identité Bancaire",
        "sg": "RIB - Relevé d'Identité Bancaire",
    }[st]
    pg.text(196, 22, title, B, 10, align="r")
    y = 40 if st != "sg" else 34
    pg.text(
        14,
        y,
        "Titulaire du compte" if st != "lbp" else "Intitulé du compte :",
        F,
        8.5,
        (0.35, 0.35, 0.35),
    )
    pg.text(14, y + 5.5, r["holder_print"], B, 11)
    for i, ln in enumerate(r["addr_lines"]):
        pg.text(14, y + 11 + i * 4.6, ln, F, 9.5)
    pg.text(120, y, "Domiciliation", F, 8.5, (0.35, 0.35, 0.35))
    for i, ln in enumerate(r["agency"]):
        pg.text(120, y + 5.5 + i * 4.6, ln, F, 9.5)
    y += 32
    heads = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    x = 14
    ws = [32, 32, 60, 20]
    for (h, v), w in zip(heads, ws, strict=True):
        pg.rect(x, y, w, 14, lw=0.4)
        pg.text(x + 2, y + 4.5, h, F, 7.5, (0.35, 0.35, 0.35))
        pg.text(x + 2, y + 11, v, "libmono", 11)
        x += w
    y += 22
    pg.text(14, y, "IBAN (International Bank Account Number)", F, 8.5, (0.35, 0.35, 0.35))
    pg.text(14, y + 6.5, group4(r["iban"]), "libmono", 13)
    pg.text(140, y, "BIC (Bank Identifier Code)", F, 8.5, (0.35, 0.35, 0.35))
    pg.text(140, y + 6.5, r["bic"], "libmono", 13)
    pg.para(
        14,
        y + 22,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements, etc.). Son utilisation vous garantit le bon enregistrement des "
        "opérations en cause.",
        182,
        F,
        7.5,
        3.6,
        (0.35, 0.35, 0.35),
    )
    if r.get("dup"):  # banks often print two RIBs per page to cut
        pg.line(10, 148, 200, 148, (0.5, 0.5, 0.5), 0.3, dash=[3, 2])
        pg.text(105, 152, "- - - ✂ - - -", F, 8, (0.5, 0.5, 0.5), align="c")
    c.showPage()
    c.save()
    return buf.getvalue()


def rib_fields(r: dict) -> dict:
    return {
        "holder_name": r["holder_print"],
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": r["bank_name"],
        "iban_valid": True,
        "rib_key_valid": True,
    }


def screenshot_rib(r: dict, rng: random.Random) -> bytes:
    """BoursoBank app: 'Mon RIB' screen, 1170x2532 at 3x (390x844 pt page)."""
    size = (390, 844)
    buf, c = new_pdf(size)
    pg = Page(c, size)
    k = 1 / mm  # work in points through mm-based API
    pg.rect(0, 0, 390 * k, 844 * k, stroke=None, fill=(0.97, 0.97, 0.98))
    pg.text(22 * k, 22 * k, "14:3" + str(rng.randint(0, 9)), "roboto-m", 15)
    pg.text(330 * k, 22 * k, "5G  82%", "roboto-m", 12)
    pg.rect(0, 40 * k, 390 * k, 60 * k, stroke=None, fill=(0.0, 0.2, 0.45))
    pg.text(20 * k, 78 * k, "‹", "roboto", 28, (1, 1, 1))
    pg.text(195 * k, 76 * k, "Mon RIB", "roboto-b", 18, (1, 1, 1), align="c")
    y = 130
    pg.rect(16 * k, y * k, 358 * k, 470 * k, stroke=None, fill=(1, 1, 1), r=14 * k)
    items = [
        ("Titulaire", r["holder_print"]),
        ("Banque", r["bank_name"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("Numéro de compte", r["account"]),
        ("Clé RIB", r["key"]),
        ("Domiciliation", r["agency"][0]),
    ]
    y += 34
    for lab, v in items:
        pg.text(34 * k, y * k, lab, "roboto", 12, (0.45, 0.45, 0.5))
        sz = 14 if len(v) < 30 else 12.5
        pg.text(34 * k, (y + 22) * k, v, "roboto-m", sz, (0.05, 0.05, 0.1))
        pg.line(34 * k, (y + 34) * k, 356 * k, (y + 34) * k, (0.9, 0.9, 0.92), 0.5)
        y += 49
    y += 40
    pg.rect(30 * k, y * k, 330 * k, 50 * k, stroke=None, fill=(0.0, 0.2, 0.45), r=25 * k)
    pg.text(195 * k, (y + 31) * k, "Partager mon RIB", "roboto-m", 15, (1, 1, 1), align="c")
    pg.rect(30 * k, (y + 64) * k, 330 * k, 50 * k, (0.0, 0.2, 0.45), r=25 * k, lw=1)
    pg.text(
        195 * k, (y + 95) * k, "Télécharger en PDF", "roboto-m", 15, (0.0, 0.2, 0.45), align="c"
    )
    pg.rect(130 * k, 828 * k, 130 * k, 5 * k, stroke=None, fill=(0.1, 0.1, 0.1), r=2.5 * k)
    c.showPage()
    c.save()
    return buf.getvalue()
