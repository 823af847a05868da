"""Passports, visas, cards and phone screenshots, drawn with Pillow at ~300 dpi."""

from __future__ import annotations

import math
import random

from common import face, pil_font
from PIL import Image, ImageDraw

MM = 300 / 25.4


def _guilloche(im: Image.Image, rng: random.Random, col, n=26, step=9):
    d = ImageDraw.Draw(im)
    w, h = im.size
    ph = rng.uniform(0, 6)
    for k in range(n):
        pts = []
        for x in range(0, w + step, step):
            y = h * k / n + 18 * math.sin(x / 57.0 + k * 0.5 + ph) + 9 * math.sin(x / 23.0 + k)
            pts.append((x, y))
        d.line(pts, fill=col, width=1)


def _txt(d, xy, s, font, size, fill=(20, 20, 28)):
    d.text(xy, s, font=pil_font(font, size), fill=fill)


def _mrz(d, x, y, lines, size=46, pitch=None):
    f = pil_font("OCRB", size)
    for i, ln in enumerate(lines):
        if pitch:
            for j, ch in enumerate(ln):
                d.text((x + j * pitch, y + i * size * 1.25), ch, font=f, fill=(15, 15, 20))
        else:
            d.text((x, y + i * size * 1.25), ln, font=f, fill=(15, 15, 20))


def passport_page(p: dict, rng: random.Random) -> Image.Image:
    """TD3 data page. p: header lines, labels, values, colours, mrz lines."""
    W, H = int(125 * MM), int(88 * MM)
    im = Image.new("RGB", (W, H), p["paper"])
    _guilloche(im, rng, p["tint"])
    d = ImageDraw.Draw(im)
    y = 22
    for i, hl in enumerate(p["header"]):
        f = pil_font("SerifB" if i == 0 else "Serif", 40 if i == 0 else 30)
        tw = d.textlength(hl, font=f)
        d.text(((W - tw) / 2 + 80, y), hl, font=f, fill=p["ink"])
        y += 46 if i == 0 else 38
    ph = face(330, 420, rng, skin=p.get("skin", (120, 84, 60)), hair=(25, 20, 18))
    im.paste(ph, (40, 190))
    ghost = face(130, 165, rng, skin=p.get("skin", (120, 84, 60)), grey=True)
    ghost = Image.blend(ghost, Image.new("RGB", ghost.size, p["paper"]), 0.6)
    im.paste(ghost, (W - 200, 420))
    x0, yy = 410, 190
    lab_f = pil_font(p.get("lab_font", "Sans"), 19)
    for row in p["rows"]:
        xx = x0
        for lab, val in row:
            d.text((xx, yy), lab, font=lab_f, fill=p["ink"])
            d.text(
                (xx, yy + 22), val, font=pil_font(p.get("val_font", "SansB"), 30), fill=(15,) * 3
            )
            xx += max(330, int(d.textlength(lab, font=lab_f)) + 40)
        yy += 66
    _mrz(d, 38, H - 150, p["mrz"], 44, pitch=32)
    return im


def visa_page(v: dict, rng: random.Random) -> Image.Image:
    """A passport visa page (125x88 mm) with a French type D visa sticker on it."""
    W, H = int(125 * MM), int(88 * MM)
    im = Image.new("RGB", (W, H), (236, 232, 222))
    _guilloche(im, rng, (214, 206, 196), 20, 11)
    sw, sh = int(120 * MM), int(80 * MM)
    st = Image.new("RGB", (sw, sh), (232, 226, 240))
    _guilloche(st, rng, (205, 196, 226), 40, 7)
    d = ImageDraw.Draw(st)
    d.rectangle((0, 0, sw - 1, sh - 1), outline=(150, 140, 180), width=3)
    _txt(d, (30, 14), "VISA", "SerifB", 46, (60, 50, 110))
    _txt(d, (200, 22), "RÉPUBLIQUE FRANÇAISE", "Sans", 24, (60, 50, 110))
    _txt(d, (sw - 250, 14), v["sticker_no"], "Mono", 36, (170, 30, 40))
    ph = face(250, 320, rng, skin=v.get("skin", (120, 84, 60)))
    st.paste(ph, (28, 90))
    rows = [
        [("VALABLE POUR / VALID FOR", "FRANCE")],
        [("DU / FROM", v["from_fr"]), ("AU / UNTIL", v["until_fr"])],
        [("TYPE DE VISA / TYPE OF VISA", "D"), ("NOMBRE D'ENTRÉES", "MULT")],
        [("DURÉE DE SÉJOUR / DURATION", v["days"]), ("DÉLIVRÉ À / ISSUED IN", v["place"])],
        [("LE / ON", v["issued_fr"]), ("NUMÉRO DU PASSEPORT", v["passport_no"])],
        [("NOM, PRÉNOM / SURNAME, NAME", v["name_line"])],
        [("REMARQUES", v["remarks"])],
    ]
    y = 80
    for row in rows:
        x = 310
        for lab, val in row:
            _txt(d, (x, y), lab, "Cond", 17, (70, 60, 110))
            _txt(d, (x, y + 19), val, "Mono", 27, (20, 20, 30))
            x += 560
        y += 58
    _mrz(d, 26, sh - 130, v["mrz"], 40, pitch=30.5)
    im.paste(st.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=(232, 226, 240)), (30, 18))
    return im


def _card(rng, bg, tint):
    W, H = int(85.6 * MM), int(54 * MM)
    im = Image.new("RGB", (W, H), bg)
    _guilloche(im, rng, tint, 30, 8)
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, W - 1, H - 1), 40, fill=255)
    out = Image.new("RGB", (W, H), (255, 255, 255))
    out.paste(im, (0, 0), mask)
    return out


def titre_front(t: dict, rng: random.Random) -> Image.Image:
    im = _card(rng, (226, 236, 232), (200, 220, 214))
    d = ImageDraw.Draw(im)
    W = im.width
    d.rectangle((0, 28, 16, 120), fill=(0, 35, 149))
    d.rectangle((16, 28, 32, 120), fill=(255, 255, 255))
    d.rectangle((32, 28, 48, 120), fill=(237, 41, 57))
    _txt(d, (70, 26), "RÉPUBLIQUE FRANÇAISE", "SansB", 30, (0, 35, 110))
    _txt(d, (70, 64), "TITRE DE SÉJOUR / RESIDENCE PERMIT", "Sans", 22, (0, 35, 110))
    _txt(d, (W - 260, 30), t["number"], "Mono", 30)
    im.paste(face(250, 320, rng, skin=t.get("skin", (200, 160, 130))), (40, 150))
    rows = [
        ("NOM / Surname", t["surname"]),
        ("Prénoms / Given names", t["given"]),
        ("Sexe / Sex   Nationalité / Nationality", f"{t['sex']}        {t['nat']}"),
        ("Date de naissance / Date of birth", t["dob_fr"]),
        ("Type de titre / Type of permit", t["kind"]),
        ("Valable jusqu'au / Valid until", t["until_fr"]),
    ]
    y = 140
    for lab, val in rows:
        _txt(d, (320, y), lab, "Cond", 17, (40, 70, 90))
        _txt(d, (320, y + 18), val, "CondB", 26)
        y += 66
    return im


def titre_back(t: dict, rng: random.Random) -> Image.Image:
    im = _card(rng, (230, 238, 236), (205, 222, 218))
    d = ImageDraw.Draw(im)
    rows = [
        ("Adresse / Address", t["address"]),
        ("Remarques / Remarks", t["remarks"]),
        ("Date de délivrance / Date of issue", t["issued_fr"]),
        ("Lieu de délivrance", t["prefecture"]),
    ]
    y = 30
    for lab, val in rows:
        _txt(d, (40, y), lab, "Cond", 17, (40, 70, 90))
        _txt(d, (40, y + 18), val, "CondB", 23)
        y += 60
    _mrz(d, 36, im.height - 190, t["mrz"], 44, pitch=31.5)
    return im


def cni_front(c: dict, rng: random.Random) -> Image.Image:
    im = _card(rng, (232, 232, 244), (214, 210, 236))
    d = ImageDraw.Draw(im)
    _txt(d, (40, 22), "RÉPUBLIQUE FRANÇAISE", "SansB", 28, (0, 35, 110))
    _txt(d, (40, 56), "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "Sans", 20, (0, 35, 110))
    _txt(d, (620, 96), "N° DU DOCUMENT / Document No", "Cond", 15, (70, 70, 110))
    _txt(d, (620, 113), c["number"], "Mono", 28)
    im.paste(face(250, 320, rng, skin=(228, 190, 165), hair=(110, 70, 40)), (40, 140))
    rows = [
        ("NOM / Surname", c["surname"]),
        ("Nom d'usage / Alternate name", c.get("usage", "")),
        ("Prénoms / Given names", c["given"]),
        ("SEXE   NATIONALITÉ   DATE DE NAISS.", f"{c['sex']}      FRA          {c['dob_fr']}"),
        ("LIEU DE NAISSANCE / Place of birth", c["pob"]),
        ("DATE D'EXPIR. / Expiry date", c["exp_fr"]),
    ]
    y = 150
    for lab, val in rows:
        _txt(d, (320, y), lab, "Cond", 16, (70, 70, 110))
        _txt(d, (320, y + 17), val, "CondB", 25)
        y += 60
    return im


def cni_back(c: dict, rng: random.Random) -> Image.Image:
    im = _card(rng, (236, 236, 246), (218, 214, 238))
    d = ImageDraw.Draw(im)
    _txt(d, (40, 30), "Adresse / Address", "Cond", 17, (70, 70, 110))
    for i, ln in enumerate(c["address"]):
        _txt(d, (40, 52 + i * 30), ln, "CondB", 24)
    _txt(d, (40, 150), f"Date de délivrance : {c['issued_fr']}", "Cond", 20)
    _mrz(d, 36, im.height - 190, c["mrz"], 44, pitch=31.5)
    return im


# ---------------------------------------------------------------- screenshots
def _status(d, W, clock, dark=False):
    col = (255, 255, 255) if dark else (10, 10, 10)
    _txt(d, (90, 40), clock, "SansB", 44, col)
    d.rounded_rectangle((W - 190, 52, W - 110, 88), 8, outline=col, width=3)
    d.rectangle((W - 186, 56, W - 140, 84), fill=col)
    for i in range(4):
        d.rectangle((W - 320 + i * 22, 84 - i * 10, W - 306 + i * 22, 88), fill=col)


def bourso_rib(r: dict, rng: random.Random) -> Image.Image:
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (246, 246, 250))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 330), fill=(0, 38, 86))
    _status(d, W, r["clock"], dark=True)
    _txt(d, (60, 160), "‹", "Sans", 70, (255, 255, 255))
    _txt(d, (W / 2 - 220, 180), "Coordonnées bancaires", "SansB", 44, (255, 255, 255))
    d.rounded_rectangle((50, 380, W - 50, 1560), 36, fill=(255, 255, 255))
    _txt(d, (100, 420), "BoursoBank", "SansB", 48, (216, 0, 110))
    _txt(d, (100, 480), "Relevé d'Identité Bancaire", "Sans", 34, (90, 90, 100))
    rows = [
        ("Titulaire du compte", r["holder"]),
        ("Compte", r["account_label"]),
        ("IBAN", r["iban_sp"]),
        ("BIC", r["bic"]),
        ("Code banque   Code guichet", f"{r['bank']}          {r['branch']}"),
        ("N° de compte   Clé RIB", f"{r['account']}   {r['key']}"),
        ("Domiciliation", "BoursoBank - 92772 Boulogne-Billancourt Cedex"),
    ]
    y = 580
    for lab, val in rows:
        _txt(d, (100, y), lab, "Sans", 30, (110, 110, 125))
        f = pil_font("SansB", 36 if len(val) < 34 else 31)
        d.text((100, y + 40), val, font=f, fill=(20, 20, 35))
        y += 135
    for i, lab in enumerate(["Partager", "Télécharger le RIB (PDF)"]):
        yb = 1640 + i * 150
        d.rounded_rectangle(
            (50, yb, W - 50, yb + 110), 55, fill=(216, 0, 110) if i else (0, 38, 86)
        )
        tw = d.textlength(lab, font=pil_font("SansB", 38))
        _txt(d, ((W - tw) / 2, yb + 30), lab, "SansB", 38, (255, 255, 255))
    d.rounded_rectangle((W / 2 - 200, H - 40, W / 2 + 200, H - 28), 6, fill=(20, 20, 20))
    return im


def revolut_details(r: dict, rng: random.Random) -> Image.Image:
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    _status(d, W, r["clock"])
    _txt(d, (60, 170), "←", "Sans", 60, (20, 20, 20))
    _txt(d, (60, 290), "Euro", "SansB", 70, (20, 20, 20))
    _txt(d, (60, 390), "Coordonnées bancaires", "Sans", 38, (110, 110, 120))
    d.rounded_rectangle((40, 480, W - 40, 560), 40, fill=(238, 240, 246))
    _txt(d, (90, 496), "Local", "Sans", 34, (110, 110, 120))
    d.rounded_rectangle((W / 2, 484, W - 44, 556), 36, fill=(255, 255, 255))
    _txt(d, (W / 2 + 90, 496), "International", "SansB", 34, (20, 20, 20))
    rows = [
        ("Bénéficiaire", r["holder"]),
        ("IBAN", r["iban_sp"]),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", "Revolut Bank UAB"),
        ("Adresse de la banque", "Konstitucijos ave. 21B, 08130, Vilnius, Lituanie"),
    ]
    y = 640
    for lab, val in rows:
        _txt(d, (80, y), lab, "Sans", 32, (120, 120, 130))
        f = pil_font("Sans", 38 if len(val) < 34 else 30)
        d.text((80, y + 44), val, font=f, fill=(15, 15, 20))
        _txt(d, (W - 140, y + 30), "⧉", "Sans", 44, (0, 102, 255))
        y += 160
    _txt(
        d,
        (80, y + 30),
        "Utilisez ces coordonnées pour recevoir des virements",
        "Sans",
        30,
        (120, 120, 130),
    )
    _txt(d, (80, y + 72), "SEPA et des virements internationaux.", "Sans", 30, (120, 120, 130))
    d.rounded_rectangle((60, H - 330, W - 60, H - 210), 60, fill=(0, 102, 255))
    tw = d.textlength("Partager les coordonnées", font=pil_font("SansB", 40))
    _txt(d, ((W - tw) / 2, H - 300), "Partager les coordonnées", "SansB", 40, (255, 255, 255))
    d.rounded_rectangle((W / 2 - 200, H - 40, W / 2 + 200, H - 28), 6, fill=(20, 20, 20))
    return im
