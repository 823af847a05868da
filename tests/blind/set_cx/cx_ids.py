"""Identity pieces for set_cx: passport data pages, visa stickers, ID-1 cards, récépissé."""

from __future__ import annotations

from PIL import Image, ImageDraw

from cx_common import face, guilloche, hand_text, pil_font, stamp, td1

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def d_mon(iso: str) -> str:
    return f"{iso[8:10]} {MON[int(iso[5:7]) - 1]} {iso[0:4]}"


def d_dots(iso: str, sep=".") -> str:
    return f"{iso[8:10]}{sep}{iso[5:7]}{sep}{iso[0:4]}"


def _mrz(d, x, y, lines, size, pitch):
    f = pil_font("mono", size)
    for k, ln in enumerate(lines):
        for i, ch in enumerate(ln):
            d.text((x + i * pitch, y + k * size * 1.45), ch, font=f, fill=(25, 25, 30))


def passport_page(cfg: dict, p: dict, mrz: tuple[str, str], rng) -> Image.Image:
    """TD3 data page, 125 x 88 mm at 12 px/mm. cfg: country style; p: printed values."""
    W, H = 1500, 1056
    img = Image.new("RGB", (W, H), cfg["paper"])
    guilloche(img, (0, 0, W, H), rng, cfg["guil"], 30)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 120], fill=cfg["band"])
    title_font = cfg.get("title_font", "sans-b")
    d.text(
        (40, 50), cfg["title1"], font=pil_font(title_font, 34), fill=cfg["band_text"], anchor="ls"
    )
    d.text((40, 100), cfg["title2"], font=pil_font("sans", 28), fill=cfg["band_text"], anchor="ls")
    d.text(
        (W - 40, 78),
        cfg["doc_word"],
        font=pil_font(cfg.get("word_font", "sans-b"), 34),
        fill=cfg["band_text"],
        anchor="rs",
    )
    face(img, (50, 190, 420, 660), rng, skin=cfg["skin"])
    d.rectangle([50, 190, 420, 660], outline=(120, 120, 120), width=2)
    lab = pil_font(cfg.get("label_font", "sans"), 22)
    val = pil_font("sans-b", 34)
    ink = (30, 30, 40)
    labc = cfg["label"]
    x1, x2, x3 = 470, 820, 1160
    y = 150
    for row in cfg["rows"]:
        xs = [x1, x2, x3] if len(row) == 3 else ([x1, x3] if len(row) == 2 else [x1])
        for xx, (label, key) in zip(xs, row, strict=False):
            d.text((xx, y), label, font=lab, fill=labc)
            d.text((xx, y + 28), p[key], font=val, fill=ink)
        y += 84
    # signature of holder under the photo
    d.text((50, 680), cfg.get("sig_label", "Signature"), font=lab, fill=labc)
    hand_text(img, 70, 760, p["sig"], "rufscript", 40, rng, (30, 30, 60))
    _mrz(d, 40, 880, mrz, 50, 32.0)
    return img


def open_booklet(data_page: Image.Image, upper: Image.Image | None, rng) -> Image.Image:
    """Open passport: upper page (visa or observations) above the data page."""
    W, H = data_page.size
    up = upper if upper is not None else Image.new("RGB", (W, H), (236, 232, 222))
    if upper is None:
        guilloche(up, (0, 0, W, H), rng, (220, 214, 200), 24)
    img = Image.new("RGB", (W + 60, 2 * H + 70), (70, 40, 40))
    img.paste(up, (30, 25))
    img.paste(data_page, (30, H + 45))
    d = ImageDraw.Draw(img)
    d.line([30, H + 35, W + 30, H + 35], fill=(160, 150, 140), width=6)
    return img


def visa_sticker(p: dict, mrz: tuple[str, str], rng) -> Image.Image:
    """French long-stay visa vignette (MRV-A), drawn on a passport page."""
    W, H = 1500, 1056
    page = Image.new("RGB", (W, H), (236, 232, 222))
    guilloche(page, (0, 0, W, H), rng, (220, 214, 200), 24)
    v = Image.new("RGB", (1420, 960), (232, 238, 246))
    guilloche(v, (0, 0, 1420, 960), rng, (205, 215, 235), 40)
    d = ImageDraw.Draw(v)
    d.text((40, 20), "VISA", font=pil_font("serif-b", 60), fill=(40, 60, 130))
    d.text(
        (250, 40),
        "SCHENGEN" if p["visa_type"] == "C" else "NATIONAL / NATIONAL",
        font=pil_font("sans", 26),
        fill=(60, 70, 120),
    )
    d.text(
        (1380, 28), p["number_print"], font=pil_font("mono-b", 44), fill=(190, 30, 40), anchor="ra"
    )
    face(v, (40, 120, 340, 500), rng, skin=p["skin"])
    lab = pil_font("sans", 20)
    val = pil_font("sans-b", 32)
    lc, vc = (70, 80, 120), (25, 25, 35)
    rows = [
        [("VALABLE POUR / VALID FOR", p["valid_for"])],
        [("DU / FROM", p["from"]), ("AU / UNTIL", p["until"])],
        [
            ("TYPE DE VISA / TYPE OF VISA", p["visa_type"]),
            ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT"),
        ],
        [
            ("DURÉE DE SÉJOUR / DURATION OF STAY", p["days"] + " JOURS"),
            ("DÉLIVRÉ À / ISSUED IN", p["issued_in"]),
        ],
        [("LE / ON", p["issued_on"]), ("NUMÉRO DE PASSEPORT / PASSPORT NUMBER", p["passport"])],
        [("NOM, PRÉNOM / SURNAME, NAME", p["name_line"])],
    ]
    y = 120
    for row in rows:
        for k, (a, b) in enumerate(row):
            x = 380 + k * 500
            d.text((x, y), a, font=lab, fill=lc)
            d.text((x, y + 26), b, font=val, fill=vc)
        y += 78
    d.text((40, 600), "REMARQUES / REMARKS", font=lab, fill=lc)
    for i, t in enumerate(p["remarks"]):
        d.text((40, 630 + i * 38), t, font=val, fill=vc)
    _mrz(d, 20, 815, mrz, 46, 31.0)
    page.paste(v, (40, 48))
    stamp(
        page,
        1150,
        740,
        115,
        "REPUBLIQUE FRANCAISE * " + p["post"] + " * ",
        ["VISAS", p["issued_on"]],
        rng,
        (70, 80, 160),
    )
    return page


def id1_front_fr_permit(p: dict, rng) -> Image.Image:
    W, H = 1198, 756
    img = Image.new("RGB", (W, H), (230, 236, 232))
    guilloche(img, (0, 0, W, H), rng, (200, 220, 210), 34)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 18], fill=(0, 35, 149))
    d.text((30, 32), "RÉPUBLIQUE FRANÇAISE", font=pil_font("sans-b", 30), fill=(0, 35, 120))
    d.text(
        (30, 70),
        "TITRE DE SÉJOUR / RESIDENCE PERMIT",
        font=pil_font("sans-b", 26),
        fill=(30, 30, 40),
    )
    d.text((W - 30, 36), "FRA", font=pil_font("sans-b", 34), fill=(0, 35, 120), anchor="ra")
    face(img, (30, 130, 330, 520), rng, skin=p["skin"])
    lab, val = pil_font("sans", 18), pil_font("sans-b", 28)
    lc, vc = (60, 70, 90), (20, 20, 30)
    y = 122
    rows = [
        [("NOM / SURNAME", p["surname"])],
        [("PRÉNOMS / GIVEN NAMES", p["given"])],
        [("SEXE / SEX", p["sex"]), ("NATIONALITÉ / NATIONALITY", p["nat"])],
        [("DATE DE NAISSANCE / DATE OF BIRTH", p["dob"])],
        [("N° DU DOCUMENT / DOCUMENT No", p["number"]), ("DATE D'EXPIRATION", p["expiry"])],
        [("TYPE DE TITRE / TYPE OF PERMIT", p["type"])],
        [("MENTION", p["mention"])],
    ]
    for row in rows:
        for k, (a, b) in enumerate(row):
            x = 360 + k * 330
            d.text((x, y), a, font=lab, fill=lc)
            d.text((x, y + 22), b, font=val, fill=vc)
        y += 78
    hand_text(img, 60, 640, p["sig"], "rufscript", 38, rng, (30, 30, 60))
    return img


def id1_back_fr(lines: tuple[str, str, str], info: list[tuple[str, str]], rng) -> Image.Image:
    W, H = 1198, 756
    img = Image.new("RGB", (W, H), (232, 234, 238))
    guilloche(img, (0, 0, W, 470), rng, (205, 212, 225), 26)
    d = ImageDraw.Draw(img)
    lab, val = pil_font("sans", 18), pil_font("sans-b", 26)
    y = 30
    for a, b in info:
        d.text((40, y), a, font=lab, fill=(60, 70, 90))
        d.text((40, y + 22), b, font=val, fill=(20, 20, 30))
        y += 70
    d.rectangle([0, 480, W, H], fill=(245, 245, 242))
    _mrz(d, 40, 510, lines, 48, 37.0)
    return img


def cni_front(p: dict, rng) -> Image.Image:
    """French identity card, 2021 model (ID-1)."""
    W, H = 1198, 756
    img = Image.new("RGB", (W, H), (236, 228, 236))
    guilloche(img, (0, 0, W, H), rng, (222, 205, 222), 34)
    d = ImageDraw.Draw(img)
    d.text((30, 26), "RÉPUBLIQUE FRANÇAISE", font=pil_font("sans-b", 30), fill=(0, 35, 120))
    d.text(
        (30, 64),
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        font=pil_font("sans-b", 24),
        fill=(30, 30, 40),
    )
    face(img, (30, 120, 330, 510), rng, skin=p["skin"], hair=(120, 90, 60))
    lab, val = pil_font("sans", 18), pil_font("sans-b", 28)
    rows = [
        [("Nom / Surname", p["surname"])],
        [("Prénoms / Given names", p["given"])],
        [("Sexe / Sex", p["sex"]), ("Nationalité / Nationality", "FRA")],
        [("Date de naiss. / Date of birth", p["dob"]), ("Lieu de naissance", p["pob"])],
        [
            ("N° du document / Document No", p["number"]),
            ("Date d'expir. / Expiry date", p["expiry"]),
        ],
    ]
    y = 126
    for row in rows:
        for k, (a, b) in enumerate(row):
            x = 360 + k * 370
            d.text((x, y), a, font=lab, fill=(60, 70, 90))
            d.text((x, y + 22), b, font=val, fill=(20, 20, 30))
        y += 80
    hand_text(img, 380, 640, p["sig"], "dkg", 42, rng, (30, 30, 60))
    d.text(
        (W - 40, H - 40),
        "CAN " + p["can"],
        font=pil_font("mono", 24),
        fill=(40, 40, 40),
        anchor="rs",
    )
    return img


def cni_mrz(p_iso: dict):
    return td1(
        "ID",
        "FRA",
        p_iso["number"],
        p_iso["dob"],
        p_iso["sex"],
        p_iso["expiry"],
        "FRA",
        p_iso["surname"],
        p_iso["given"],
    )


def cards_on_a4(cards: list[Image.Image], rng, dpi=200) -> Image.Image:
    """Photocopy-style A4 with ID-1 cards (front/back) one under the other."""
    page = Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), (255, 255, 255))
    y = 180
    for c in cards:
        cc = c.resize((int(c.width * 0.56), int(c.height * 0.56)), Image.LANCZOS)
        page.paste(cc, (260 + rng.randint(-30, 30), y))
        y += cc.height + 160
    return page
