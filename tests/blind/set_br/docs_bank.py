"""RIBs: Société Générale and LCL paper RIBs, N26 app screenshot."""

from __future__ import annotations

from ids import group4
from render import Page

# ----------------------------------------------------------------- RIBs


def sg_rib(r: dict) -> Page:
    p = Page()
    red = (225, 0, 15)
    p.rect(14, 12, 7, 3.5, stroke=None, fill=red)
    p.rect(14, 15.5, 7, 3.5, stroke=None, fill=(0, 0, 0))
    p.text(24, 18.5, "SOCIETE GENERALE", "sansb", 12)
    p.text(105, 34, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 12, (0, 0, 0), "c")
    p.text(14, 48, "Titulaire du compte", "sans", 8, (100, 100, 100))
    p.text(14, 53.5, r["holder_line"], "sansb", 10)
    for i, ln in enumerate(r["addr"]):
        p.text(14, 58.5 + i * 4.5, ln, "sans", 9.5)
    p.text(120, 48, "Domiciliation", "sans", 8, (100, 100, 100))
    p.text(120, 53.5, r["agency"], "sansb", 9.5)
    for i, ln in enumerate(r["agency_addr"]):
        p.text(120, 58.5 + i * 4.5, ln, "sans", 9)
    y = 78
    cols = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    xs = [14, 50, 86, 150, 196]
    p.rect(14, y, 182, 16, lw=0.3)
    for i, (lab, v) in enumerate(cols):
        if i:
            p.line(xs[i], y, xs[i], y + 16, (0, 0, 0), 0.3)
        p.text(xs[i] + 2, y + 5, lab, "sans", 7.5, (90, 90, 90))
        p.text(xs[i] + 2, y + 12, v, "monob", 11)
    y += 26
    p.text(14, y, "IBAN (International Bank Account Number)", "sans", 8, (100, 100, 100))
    p.text(14, y + 7, group4(r["iban_printed"]), "monob", 12)
    p.text(140, y, "BIC (Bank Identifier Code)", "sans", 8, (100, 100, 100))
    p.text(140, y + 7, r["bic"], "monob", 12)
    p.text(
        14,
        y + 22,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte.",
        "sans",
        7,
        (100, 100, 100),
    )
    p.line(14, 148, 196, 148, (160, 160, 160), 0.2)
    p.text(
        14,
        285,
        "Société Générale, SA au capital de 1 000 395 971,25 € - 552 120 222 RCS Paris "
        "- Siège social : 29, bd Haussmann 75009 Paris",
        "sans",
        6,
        (120, 120, 120),
    )
    return p


def lcl_rib(r: dict) -> Page:
    p = Page()
    blue, yel = (0, 40, 110), (255, 205, 0)
    p.rect(14, 12, 20, 12, stroke=None, fill=blue)
    p.text(24, 21, "LCL", "serifb", 14, (255, 255, 255), "c")
    p.ellipse(33, 11, 4, 4, stroke=None, fill=yel)
    p.text(196, 20, "Relevé d'Identité Bancaire", "serifb", 13, blue, "r")
    p.rect(14, 32, 182, 70, stroke=blue, lw=0.4)
    p.text(18, 40, "Intitulé du compte :", "sans", 8.5)
    p.text(55, 40, r["holder_line"], "sansb", 9.5)
    for i, ln in enumerate(r["addr"]):
        p.text(55, 45 + i * 4.5, ln, "sans", 9)
    p.text(18, 62, "Banque", "sans", 8)
    p.text(45, 62, "Guichet", "sans", 8)
    p.text(72, 62, "N° compte", "sans", 8)
    p.text(112, 62, "Clé", "sans", 8)
    p.text(130, 62, "Domiciliation", "sans", 8)
    p.text(18, 68, r["bank"], "mono", 10)
    p.text(45, 68, r["branch"], "mono", 10)
    p.text(72, 68, r["account"], "mono", 10)
    p.text(112, 68, r["key"], "mono", 10)
    p.text(130, 68, r["agency"], "sans", 8.5)
    p.text(18, 82, "IBAN", "sansb", 9)
    p.text(30, 82, group4(r["iban_printed"]), "mono", 11)
    p.text(18, 92, "BIC", "sansb", 9)
    p.text(30, 92, r["bic"], "mono", 11)
    p.text(
        14,
        112,
        "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN 954 509 741 "
        "- RCS Lyon",
        "sans",
        6.5,
        (110, 110, 110),
    )
    return p


def n26_screen(r: dict) -> Page:
    """Phone screenshot of the N26 app, 117 x 253.2 mm rendered at 254 dpi = 1170 x 2532."""
    p = Page(117, 253.2, bg=(250, 250, 250))
    teal = (54, 161, 139)
    p.text(6, 5.5, r["clock"], "robotom", 8.5)
    p.rect(96, 3.2, 9, 3.6, stroke=(0, 0, 0), lw=0.2)
    p.rect(96.5, 3.7, 6.2, 2.6, stroke=None, fill=(0, 0, 0))
    p.text(6, 20, "‹", "roboto", 22, (0, 0, 0))
    p.text(58.5, 19, "Coordonnées bancaires", "robotom", 9.5, (0, 0, 0), "c")
    p.text(8, 38, "Compte principal", "robotob", 15)
    p.text(8, 45, "N26 Standard", "roboto", 8.5, (120, 120, 120))
    items = [
        ("Titulaire du compte", r["holder_line"]),
        ("IBAN", group4(r["iban_printed"])),
        ("BIC", r["bic"]),
        ("Banque", "N26 Bank SE"),
        ("Adresse de la banque", "Voltairestraße 8, 10179 Berlin"),
    ]
    y = 60
    for lab, v in items:
        p.rect(6, y, 105, 22, stroke=None, fill=(255, 255, 255))
        p.text(10, y + 7.5, lab, "roboto", 7.5, (120, 120, 120))
        p.text(10, y + 15.5, v, "robotom", 9.5 if lab == "IBAN" else 10)
        p.text(104, y + 13, "⧉", "dejavu", 9, teal, "r")
        y += 25
    p.rect(6, y + 6, 105, 14, stroke=None, fill=teal)
    p.text(58.5, y + 15, "Partager les coordonnées", "robotom", 9.5, (255, 255, 255), "c")
    p.text(
        58.5,
        y + 30,
        "Votre IBAN peut être utilisé pour recevoir des virements et des",
        "roboto",
        6.5,
        (120, 120, 120),
        "c",
    )
    p.text(58.5, y + 34, "prélèvements SEPA (zone euro).", "roboto", 6.5, (120, 120, 120), "c")
    p.line(0, 232, 117, 232, (225, 225, 225), 0.2)
    for i, t in enumerate(["Accueil", "Espaces", "Paiements", "Statistiques", "Compte"]):
        p.ellipse(11 + i * 23.5 - 2.5, 236, 5, 5, stroke=(80, 80, 80) if i != 4 else teal, lw=0.4)
        p.text(11 + i * 23.5, 245, t, "roboto", 5.5, (80, 80, 80) if i != 4 else teal, "c")
    p.rect(38, 249.5, 41, 1.3, stroke=None, fill=(0, 0, 0))
    return p
