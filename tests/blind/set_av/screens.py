"""Phone screenshots: N26 account details, a bill in the SFR & Moi app."""

from PIL import Image, ImageDraw

from french import MOIS, dmy, eur
from ids import spaced
from render import FONTS, pil_font


def n26_screen(R):
    """Phone screenshot (1170 x 2532) of the N26 app 'account details' screen."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)

    def t(x, y, s, sz, font="dv", fill=(20, 20, 20), anchor="ls"):
        d.text((x, y), s, font=pil_font(FONTS[font], sz), fill=fill, anchor=anchor)

    t(70, 90, "09:41", 44, "dv-b")
    d.rounded_rectangle([1010, 60, 1100, 100], 10, outline=(20, 20, 20), width=4)
    d.rectangle([1016, 66, 1080, 94], fill=(20, 20, 20))
    t(70, 260, "‹", 90, "dv")
    t(W // 2, 250, "Coordonnées bancaires", 46, "dv-b", anchor="ms")
    t(70, 400, "Compte principal", 40, "dv", (110, 110, 110))
    t(70, 480, eur(R["balance"]), 84, "dv-b")
    y = 640
    for lab, val in [
        ("Titulaire du compte", R["holder"]),
        ("IBAN", spaced(R["iban"])),
        ("BIC", R["bic"]),
        ("Banque", "N26 Bank SE"),
        ("Adresse de la banque", "Voltairestraße 8, 10179 Berlin"),
    ]:
        d.rounded_rectangle([50, y, W - 50, y + 190], 28, fill=(244, 246, 246))
        t(100, y + 70, lab, 36, "dv", (110, 110, 110))
        t(100, y + 140, val, 44 if lab != "IBAN" else 42, "dv-b")
        d.rounded_rectangle([W - 150, y + 75, W - 110, y + 120], 6, outline=(54, 161, 139), width=4)
        y += 220
    d.rounded_rectangle([70, y + 80, W - 70, y + 220], 70, fill=(54, 161, 139))
    t(W // 2, y + 165, "Partager les coordonnées", 44, "dv-b", (255, 255, 255), "ms")
    t(
        W // 2,
        y + 320,
        "Votre IBAN allemand est accepté pour les virements SEPA.",
        30,
        "dv",
        (120, 120, 120),
        "ms",
    )
    d.rounded_rectangle([W // 2 - 200, H - 40, W // 2 + 200, H - 28], 6, fill=(20, 20, 20))
    return im


def sfr_app_screen(b):
    """Phone screenshot of a bill in the SFR & Moi app."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (245, 245, 247))
    d = ImageDraw.Draw(im)

    def t(x, y, s, sz, font="dv", fill=(20, 20, 20), anchor="ls"):
        d.text((x, y), s, font=pil_font(FONTS[font], sz), fill=fill, anchor=anchor)

    t(70, 90, "10:17", 44, "dv-b")
    d.rectangle([0, 140, W, 330], fill=(226, 0, 26))
    t(70, 260, "SFR & Moi", 60, "dv-b", (255, 255, 255))
    t(70, 430, "Ma facture de %s %s" % (MOIS[int(b["start"][5:7]) - 1], b["start"][:4]), 50, "dv-b")
    d.rounded_rectangle([50, 480, W - 50, 980], 30, fill=(255, 255, 255))
    t(100, 570, "Montant", 36, "dv", (110, 110, 110))
    t(W - 100, 570, eur(b["amount"]), 56, "dv-b", (226, 0, 26), "rs")
    rows = [
        ("Titulaire", b["holder"]),
        ("Facture n°", b["number"]),
        ("Émise le", dmy(b["issue"])),
        ("Période", "%s - %s" % (dmy(b["start"]), dmy(b["end"]))),
        ("Offre", "SFR Fibre Power"),
    ]
    y = 660
    for k, v in rows:
        t(100, y, k, 34, "dv", (110, 110, 110))
        t(W - 100, y, v, 34, "dv-b", anchor="rs")
        y += 68
    d.rounded_rectangle([50, 1030, W - 50, 1300], 30, fill=(255, 255, 255))
    t(100, 1110, "Adresse d'installation", 34, "dv", (110, 110, 110))
    t(100, 1180, b["street"], 38, "dv-b")
    t(100, 1240, b["cp_city"], 38, "dv-b")
    d.rounded_rectangle([70, 1380, W - 70, 1510], 65, fill=(226, 0, 26))
    t(W // 2, 1462, "Télécharger la facture (PDF)", 40, "dv-b", (255, 255, 255), "ms")
    t(W // 2, 1600, "Prélèvement prévu le " + dmy(b["debit"]), 32, "dv", (110, 110, 110), "ms")
    d.rectangle([0, H - 200, W, H], fill=(255, 255, 255))
    for i, lab in enumerate(["Accueil", "Factures", "Assistance", "Compte"]):
        t(
            146 + i * 292,
            H - 100,
            lab,
            30,
            "dv-b" if i == 1 else "dv",
            (226, 0, 26) if i == 1 else (120, 120, 120),
            "ms",
        )
    return im
