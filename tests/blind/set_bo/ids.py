"""Identity documents drawn with Pillow: passport data pages, visa stickers, ID-1 cards."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter

from common import draw_signature_pil, pfont

PX = 16  # pixels per mm for booklets


class Sheet:
    """A drawing surface addressed in millimetres."""

    def __init__(self, w_mm, h_mm, px=PX, bg=(246, 244, 238)):
        self.px = px
        self.img = Image.new("RGB", (int(w_mm * px), int(h_mm * px)), bg)
        self.d = ImageDraw.Draw(self.img)

    def t(self, x, y, text, font="Sans", size=2.6, fill=(25, 25, 30), anchor="la"):
        self.d.text(
            (x * self.px, y * self.px),
            text,
            font=pfont(font, size * self.px),
            fill=fill,
            anchor=anchor,
        )

    def label(self, x, y, text, size=1.45, fill=(90, 70, 110), font="Sans"):
        self.t(x, y, text, font, size, fill)

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=1):
        p = self.px
        self.d.rectangle([x0 * p, y0 * p, x1 * p, y1 * p], fill=fill, outline=outline, width=width)

    def paste(self, im, x, y):
        if im.mode == "RGBA":
            self.img.paste(im, (int(x * self.px), int(y * self.px)), im)
        else:
            self.img.paste(im, (int(x * self.px), int(y * self.px)))


def guilloche(s: Sheet, rng: random.Random, colors, n=34, amp=6.0):
    w, h = s.img.size
    p = s.px
    for i in range(n):
        col = colors[i % len(colors)]
        y0 = (i + 0.5) * h / n
        f1, f2 = rng.uniform(0.01, 0.03), rng.uniform(0.002, 0.006)
        ph = rng.uniform(0, 6.28)
        pts = [
            (x, y0 + amp * p * math.sin(x * f1 / p * 8 + ph) * math.cos(x * f2 / p * 8))
            for x in range(0, w + 8, 8)
        ]
        s.d.line(pts, fill=col, width=max(1, p // 10))
    cx, cy = w * rng.uniform(0.55, 0.75), h * rng.uniform(0.35, 0.55)
    for k in range(14):
        r = (k + 4) * p * 1.6
        pts = []
        for a in range(0, 361, 3):
            rr = r * (1 + 0.06 * math.sin(math.radians(a) * 12))
            pts.append((cx + rr * math.cos(math.radians(a)), cy + rr * math.sin(math.radians(a))))
        s.d.line(pts, fill=colors[k % len(colors)], width=max(1, p // 10))


def portrait(rng: random.Random, w: int, h: int, female: bool, skin, hair, bg=(214, 220, 226)):
    """A simple synthetic ID photo (head and shoulders)."""
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cloth = rng.choice([(40, 45, 60), (90, 30, 40), (30, 70, 90), (200, 200, 205), (60, 60, 60)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.4], fill=cloth)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    if female:
        d.ellipse([w * 0.2, h * 0.1, w * 0.8, h * 0.82], fill=hair)
    hx0, hx1, hy0, hy1 = w * 0.3, w * 0.7, h * 0.17, h * 0.66
    d.ellipse([hx0, hy0, hx1, hy1], fill=skin)
    if female:
        d.chord(
            [hx0 - w * 0.02, hy0 - h * 0.04, hx1 + w * 0.02, hy0 + h * 0.22], 180, 360, fill=hair
        )
    else:
        d.chord([hx0, hy0 - h * 0.03, hx1, hy0 + h * 0.16], 180, 360, fill=hair)
    ey = h * 0.38
    dark = tuple(max(0, c - 110) for c in skin)
    for ex in (w * 0.42, w * 0.58):
        d.ellipse(
            [ex - w * 0.035, ey - h * 0.012, ex + w * 0.035, ey + h * 0.014], fill=(245, 245, 240)
        )
        d.ellipse(
            [ex - w * 0.016, ey - h * 0.012, ex + w * 0.016, ey + h * 0.014], fill=(40, 30, 25)
        )
        d.line(
            [ex - w * 0.05, ey - h * 0.04, ex + w * 0.05, ey - h * 0.045],
            fill=dark,
            width=max(2, w // 60),
        )
    d.line(
        [w * 0.5, h * 0.42, w * 0.485, h * 0.5, w * 0.51, h * 0.505],
        fill=dark,
        width=max(2, w // 90),
    )
    d.line(
        [w * 0.44, h * 0.57, w * 0.5, h * 0.58, w * 0.56, h * 0.57],
        fill=(150, 70, 70),
        width=max(2, w // 70),
    )
    return im.filter(ImageFilter.GaussianBlur(w / 300))


def ghost(photo: Image.Image, w: int, h: int, tint=(200, 190, 210)) -> Image.Image:
    g = photo.convert("L").resize((w, h))
    g = Image.eval(g, lambda v: 150 + v * 100 // 255)
    return Image.merge("RGB", [Image.eval(g, lambda v, t=t: min(255, v * t // 220)) for t in tint])


def mrz_block(s: Sheet, lines: list[str], x, y, width_mm, pitch_mm=4.2):
    n = len(lines[0])
    size = width_mm / n / 0.60
    for i, ln in enumerate(lines):
        f = pfont("OCRB", size * s.px)
        adv = width_mm * s.px / n
        for k, ch in enumerate(ln):
            cw = f.getlength(ch)
            s.d.text(
                (x * s.px + k * adv + (adv - cw) / 2, (y + i * pitch_mm) * s.px),
                ch,
                font=f,
                fill=(20, 20, 24),
            )


def passport_page(spec: dict, rng: random.Random) -> Image.Image:
    """Data page of a TD3 passport (125 x 88 mm) with the facing page above it."""
    s = Sheet(125, 88, bg=spec["paper"])
    guilloche(s, rng, spec["guilloche"])
    hdr = spec["header"]
    s.t(4, 3, hdr[0], "Sans-B", 2.9, spec["accent"])
    if len(hdr) > 1:
        s.t(4, 7, hdr[1], "Sans", 1.9, spec["accent"])
    if spec.get("header_img") is not None:
        s.paste(spec["header_img"], 78, 2.2)
    lab, val = spec["labels"], spec["values"]
    ph = portrait(rng, 32 * PX, 41 * PX, spec["female"], spec["skin"], spec["hair"])
    s.paste(ph, 5, 16)
    s.paste(ghost(ph, 13 * PX, 17 * PX), 107, 40)
    x, y = 41, 13
    s.label(x, y, lab["type"])
    s.label(x + 14, y, lab["code"])
    s.label(x + 36, y, lab["number"])
    s.t(x, y + 2, "P", "Sans", 2.7)
    s.t(x + 14, y + 2, val["code"], "Sans", 2.7)
    s.t(x + 36, y + 2, val["number"], "Sans-B", 3.0, spec.get("num_color", (25, 25, 30)))
    rows = [
        ("surname", val["surname"]),
        ("given", val["given"]),
        ("nationality", val["nationality"]),
    ]
    y += 6.6
    for key, v in rows:
        s.label(x, y, lab[key])
        s.t(x, y + 2, v, "Sans", 2.7)
        y += 6.2
    s.label(x, y, lab["dob"])
    s.label(x + 36, y, lab.get("personal", ""))
    s.t(x, y + 2, val["dob"], "Sans", 2.7)
    s.t(x + 36, y + 2, val.get("personal", ""), "Sans", 2.5)
    y += 6.2
    s.label(x, y, lab["sex"])
    s.label(x + 14, y, lab["pob"])
    s.t(x, y + 2, val["sex"], "Sans", 2.7)
    s.t(x + 14, y + 2, val["pob"], "Sans", 2.6)
    y += 6.2
    s.label(x, y, lab["issue"])
    s.label(x + 36, y, lab["authority"])
    s.t(x, y + 2, val["issue"], "Sans", 2.7)
    s.t(x + 36, y + 2, val["authority"], "Sans", 2.3)
    y += 6.2
    s.label(x, y, lab["expiry"])
    s.label(x + 36, y, lab["signature"])
    s.t(x, y + 2, val["expiry"], "Sans", 2.7)
    draw_signature_pil(
        s.img, ((x + 37) * PX, (y + 1.2) * PX, (x + 60) * PX, (y + 6.5) * PX), rng, (30, 30, 60), 4
    )
    mrz_block(s, spec["mrz"], 5, 71.5, 115)
    top = Sheet(125, 88, bg=spec["paper"])
    guilloche(top, rng, spec["guilloche"], n=22, amp=3)
    top.t(
        62.5,
        40,
        spec.get("top_text", ""),
        "Serif-B",
        4.5,
        spec.get("top_color", (200, 190, 200)),
        anchor="mm",
    )
    top.t(118, 84, str(spec.get("page_no", 2)), "Sans", 2.2, (80, 80, 80))
    book = Image.new("RGB", (s.img.width, s.img.height * 2 + PX), (60, 50, 45))
    book.paste(top.img, (0, 0))
    book.paste(s.img, (0, s.img.height + PX))
    d = ImageDraw.Draw(book)
    d.line(
        [0, s.img.height + PX // 2, book.width, s.img.height + PX // 2],
        fill=(120, 110, 100),
        width=PX // 2,
    )
    return book


def visa_page(spec: dict, rng: random.Random) -> Image.Image:
    """A passport page with a French long-stay visa sticker (MRV-A layout) and a facing page."""
    page = Sheet(125, 88, bg=spec["paper"])
    guilloche(page, rng, spec["guilloche"], n=20, amp=3)
    st = Sheet(120, 80, bg=(236, 240, 248))
    guilloche(st, rng, [(200, 210, 235), (225, 205, 225), (205, 225, 215)], n=40, amp=4)
    blue = (20, 40, 120)
    st.rect(0, 0, 120, 8, fill=(30, 60, 150))
    st.t(3, 1.6, "VISA", "Sans-B", 4.2, (255, 255, 255))
    st.t(30, 2.2, "RÉPUBLIQUE FRANÇAISE", "Sans-B", 2.6, (255, 255, 255))
    st.t(117, 1.8, spec["sticker_no"], "Mono-B", 3.2, (200, 30, 30), anchor="ra")
    ph = portrait(
        rng, 30 * PX, 38 * PX, spec["female"], spec["skin"], spec["hair"], bg=(225, 228, 232)
    )
    st.paste(ph, 3, 11)
    x = 37
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", None, None),
        ("DU / FROM", spec["from"], "AU / UNTIL", spec["until"]),
        ("TYPE DE VISA / TYPE OF VISA", "D", "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT"),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", spec["days"] + " JOURS", None, None),
        ("DÉLIVRÉ À / ISSUED IN", spec["post"], "LE / ON", spec["issued"]),
        ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", spec["passport_no"], None, None),
        ("NOM, PRÉNOM / SURNAME, NAME", spec["name"], None, None),
    ]
    y = 9.5
    for l1, v1, l2, v2 in rows:
        st.label(x, y, l1, 1.35, blue)
        st.t(x, y + 1.8, v1, "Mono-B", 2.6)
        if l2:
            st.label(x + 38, y, l2, 1.35, blue)
            st.t(x + 38, y + 1.8, v2, "Mono-B", 2.6)
        y += 5.3
    st.label(3, 50.5, "REMARQUES / REMARKS", 1.35, blue)
    for i, rm in enumerate(spec["remarks"]):
        st.t(3, 52.6 + i * 3.0, rm, "Mono-B", 2.4)
    mrz_block(st, spec["mrz"], 3, 64.5, 114, pitch_mm=5.5)
    st.img = st.img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=spec["paper"])
    page.paste(st.img, 2.5, 4)
    top = Sheet(125, 88, bg=spec["paper"])
    guilloche(top, rng, spec["guilloche"], n=20, amp=3)
    if spec.get("stamp"):
        stamp(top, rng, spec["stamp"], 30, 18)
    book = Image.new("RGB", (page.img.width, page.img.height * 2 + PX), (60, 50, 45))
    book.paste(top.img, (0, 0))
    book.paste(page.img, (0, page.img.height + PX))
    return book


def stamp(s: Sheet, rng, lines, x, y, col=(60, 60, 150)):
    """A rectangular entry stamp (border control)."""
    w, h = 46, 24
    lay = Sheet(w, h, s.px, bg=(255, 255, 255))
    lay.d.rounded_rectangle(
        [4, 4, w * s.px - 4, h * s.px - 4], 20, outline=(0, 0, 0), width=s.px // 2
    )
    for i, ln in enumerate(lines):
        lay.t(w / 2, 4 + i * 5.5, ln, "Sans-B", 3.2, (0, 0, 0), anchor="ma")
    m = lay.img.convert("L").point(lambda v: 255 - v).rotate(rng.uniform(-12, 12), expand=True)
    m = m.point(lambda v: int(v * rng.uniform(0.6, 0.85)))
    s.img.paste(col, (int(x * s.px), int(y * s.px)), m)


def card(w_mm=85.6, h_mm=54, px=20, bg=(240, 238, 245)) -> Sheet:
    s = Sheet(w_mm, h_mm, px, bg)
    return s


def round_card(s: Sheet) -> Image.Image:
    m = Image.new("L", s.img.size, 0)
    ImageDraw.Draw(m).rounded_rectangle(
        [0, 0, s.img.width - 1, s.img.height - 1], int(3.2 * s.px), fill=255
    )
    out = Image.new("RGB", s.img.size, (255, 255, 255))
    out.paste(s.img, (0, 0), m)
    return out


def fr_card_front(spec: dict, rng: random.Random, kind: str) -> Image.Image:
    """Front of a French ID-1 card: 'titre' (titre de séjour) or 'cni' (2021 identity card)."""
    titre = kind == "titre"
    s = card(bg=(232, 236, 246) if titre else (236, 240, 248))
    cols = [(200, 206, 232), (226, 206, 220), (206, 226, 230)]
    guilloche(s, rng, cols, n=26, amp=2.5)
    s.rect(0, 0, 85.6, 7.2, fill=(0, 35, 149) if titre else (225, 230, 245))
    hcol = (255, 255, 255) if titre else (0, 35, 149)
    s.t(3, 1.3, "RÉPUBLIQUE FRANÇAISE", "Sans-B", 2.3, hcol)
    if titre:
        s.t(3, 4.4, "TITRE DE SÉJOUR / RESIDENCE PERMIT", "Sans", 1.8, hcol)
    else:
        s.t(3, 4.4, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "Sans", 1.8, hcol)
    s.rect(80.2, 0.8, 83.6, 6.4, fill=(0, 35, 149))
    s.rect(83.6, 0.8, 84.6, 6.4, fill=(230, 30, 45))
    ph = portrait(
        rng, 24 * s.px, 31 * s.px, spec["female"], spec["skin"], spec["hair"], bg=(228, 230, 234)
    )
    s.paste(ph, 3, 12)
    lab = (70, 70, 110)
    x = 30
    s.label(x, 8.4, "N° DU DOCUMENT / DOCUMENT No" if not titre else "N° / No", 1.3, lab)
    s.t(x + 26, 8.0, spec["number"], "Sans-B", 2.4, (30, 30, 30))
    rows = [
        ("NOM / Surname", spec["surname"]),
        ("Prénoms / Given names", spec["given"]),
    ]
    y = 12.2
    for lb, v in rows:
        s.label(x, y, lb, 1.3, lab)
        s.t(x, y + 1.6, v, "Sans-B", 2.4)
        y += 5.0
    s.label(x, y, "SEXE / Sex", 1.3, lab)
    s.label(x + 11, y, "NATIONALITÉ", 1.3, lab)
    s.label(x + 27, y, "DATE DE NAISS. / Date of birth", 1.3, lab)
    s.t(x, y + 1.6, spec["sex"], "Sans-B", 2.4)
    s.t(x + 11, y + 1.6, spec["nat"], "Sans-B", 2.4)
    s.t(x + 27, y + 1.6, spec["dob"], "Sans-B", 2.4)
    y += 5.0
    if titre:
        s.label(x, y, "TYPE DE TITRE / Type of permit", 1.3, lab)
        s.t(x, y + 1.6, spec["permit_type"], "Sans-B", 2.1)
        y += 4.6
        s.label(x, y, "VALIDITÉ / Validity", 1.3, lab)
        s.t(x, y + 1.6, spec["expiry"], "Sans-B", 2.4)
        s.label(x + 24, y, "REMARQUES / Remarks", 1.3, lab)
        for i, rm in enumerate(spec["remarks"]):
            s.t(x + 24, y + 1.6 + i * 2.4, rm, "Sans", 1.75)
    else:
        s.label(x, y, "LIEU DE NAISSANCE / Place of birth", 1.3, lab)
        s.t(x, y + 1.6, spec["pob"], "Sans-B", 2.2)
        y += 5.0
        s.label(x, y, "DATE D'EXPIR. / Expiry date", 1.3, lab)
        s.t(x, y + 1.6, spec["expiry"], "Sans-B", 2.4)
        s.label(x + 30, y, "NOM D'USAGE / Alternate name", 1.3, lab)
        s.t(x + 30, y + 1.6, spec.get("usage", ""), "Sans-B", 2.2)
    draw_signature_pil(s.img, (3 * s.px, 44 * s.px, 27 * s.px, 52 * s.px), rng, (20, 20, 40), 3)
    s.paste(ghost(ph, 10 * s.px, 13 * s.px), 72, 38)
    if not titre:
        s.t(58, 50, spec["can"], "Sans", 1.8, (40, 40, 40))
    return round_card(s)


def fr_card_back(spec: dict, rng: random.Random, kind: str) -> Image.Image:
    titre = kind == "titre"
    s = card(bg=(238, 238, 244))
    guilloche(s, rng, [(210, 214, 232), (228, 214, 224)], n=22, amp=2)
    lab = (70, 70, 110)
    s.label(3, 3, "ADRESSE / Address", 1.3, lab)
    for i, ln in enumerate(spec["address"]):
        s.t(3, 4.8 + i * 2.6, ln, "Sans", 2.0)
    y = 12.5
    if titre:
        s.label(3, y, "LIEU DE NAISSANCE / Place of birth", 1.3, lab)
        s.t(3, y + 1.6, spec["pob"], "Sans", 2.0)
        y += 4.8
    s.label(3, y, "DATE DE DÉLIVRANCE / Date of issue", 1.3, lab)
    s.t(3, y + 1.6, spec["issued"], "Sans", 2.0)
    s.label(44, y, "AUTORITÉ / Authority", 1.3, lab)
    s.t(44, y + 1.6, spec["authority"], "Sans", 1.8)
    s.rect(60, 3, 82, 11, outline=(150, 150, 170), width=2)
    s.t(71, 6, "CHIP", "Sans", 1.5, (150, 150, 170), anchor="ma")
    s.rect(0, 32.5, 85.6, 54, fill=(248, 248, 246))
    mrz_block(s, spec["mrz"], 3.2, 34.2, 79.2, pitch_mm=6.1)
    return round_card(s)


def arabic_pil(text: str, size_px: int, color=(120, 30, 40)) -> Image.Image:
    f = pfont("Arabic-B", size_px)
    bb = f.getbbox(text, direction="rtl", language="ar")
    im = Image.new("RGBA", (bb[2] - bb[0] + 10, int(size_px * 1.8)), color + (0,))
    ImageDraw.Draw(im).text(
        (5 - bb[0], int(size_px * 0.2)),
        text,
        font=f,
        fill=color + (255,),
        direction="rtl",
        language="ar",
    )
    return im
