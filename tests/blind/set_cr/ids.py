"""Identity pieces drawn from public descriptions: passport data pages (TD3), the French
long-stay visa sticker (MRV-A), French ID-1 cards (CNI 2021 and titre de séjour, TD1)."""

from __future__ import annotations

import math
import random

from PIL import Image

from kit import Page, mrz_ok, portrait, render_pil, signature, td1, td3, text_w

GREY = (70, 70, 80)


def guilloche(pg: Page, x, y, w, h, rng: random.Random, colors, n=14, amp=3.0):
    """Fine wavy security lines over a region."""
    for i in range(n):
        col = colors[i % len(colors)]
        y0 = y + h * (i + 0.5) / n
        f1, f2 = rng.uniform(0.05, 0.12), rng.uniform(0.15, 0.3)
        ph = rng.uniform(0, 6.3)
        pts = []
        steps = int(w / 0.8)
        for k in range(steps + 1):
            xx = x + w * k / steps
            yy = y0 + amp * math.sin(f1 * xx + ph) + amp * 0.4 * math.sin(f2 * xx * 1.7 + ph * 2)
            pts.append((xx, min(max(yy, y), y + h)))
        pg.stroke(pts, [0.12] * len(pts), col)


def lv(pg: Page, x, y, label, value, lsize=4.4, vsize=7.4, vfont="sans-b", gap=3.1, maxw=41.0):
    """Label (small, above) and value below it; baseline of the label at y."""
    pg.fit(x, y, label, "sans", lsize, maxw, GREY)
    pg.fit(x, y + gap, value, vfont, vsize, maxw, (20, 20, 25))


def mrz_lines(pg: Page, lines: list[str], x, y0, width, pitch):
    n = len(lines[0])
    size = width / n / 0.602 * 72 / 25.4
    for i, ln in enumerate(lines):
        pg.text(x, y0 + i * pitch, ln, "mono", size, (15, 15, 20))


# ----------------------------------------------------------------------------- passport
def passport_page(spec: dict, rng: random.Random, dpi: int = 400) -> tuple[Image.Image, list[str]]:
    """spec: country code, header lines, labels, values (already formatted as printed)."""
    v = spec["values"]
    lab = spec["labels"]
    mrz = td3(
        "P",
        spec["code"],
        v["mrz_surname"],
        v["mrz_given"],
        v["number"],
        spec["code"],
        v["dob_iso"],
        v["sex"],
        v["expiry_iso"],
        v.get("optional", ""),
    )
    assert mrz_ok(mrz)
    pg = Page(125, 88, paper=spec.get("paper", (236, 232, 240)))
    guilloche(pg, 0, 12, 125, 52, rng, spec.get("guilloche", [(200, 190, 215), (190, 210, 205)]))
    hx = 42
    for i, (s, font, size) in enumerate(spec["header"]):
        pg.fit(83, 5.0 + i * 3.6, s, font, size, 80, spec.get("header_color", (40, 40, 90)), "c")
    photo = portrait(
        rng, skin=spec.get("skin", (190, 150, 120)), hair=spec.get("hair", (40, 30, 25))
    )
    pg.image(photo, 6, 16, 32, 41)
    pg.rect(6, 16, 32, 41, 0.15, (120, 120, 130))
    rows = [17.0 + 7.0 * i for i in range(7)]
    lv(pg, hx, rows[0], lab["type"], "P")
    lv(pg, hx + 16, rows[0], lab["code"], spec["code"])
    lv(pg, hx + 44, rows[0], lab["number"], v["number"], vsize=8.4, vfont="mono-b")
    lv(pg, hx, rows[1], lab["surname"], v["surname"])
    lv(pg, hx, rows[2], lab["given"], v["given"])
    lv(pg, hx, rows[3], lab["nationality"], v["nationality"])
    if "personal" in lab:
        lv(pg, hx + 44, rows[3], lab["personal"], v["personal"])
    lv(pg, hx, rows[4], lab["dob"], v["dob"])
    lv(pg, hx + 44, rows[4], lab["sex"], v["sex_print"])
    lv(pg, hx, rows[5], lab["pob"], v["pob"])
    lv(pg, hx + 44, rows[5], lab["issue"], v["issue"])
    lv(pg, hx, rows[6], lab["expiry"], v["expiry"])
    lv(pg, hx + 44, rows[6], lab["authority"], v["authority"])
    pg.text(6, 60.0, lab.get("signature", ""), "sans", 4.0, GREY)
    signature(pg, 7, 61.2, 30, 7.5, rng, color=(30, 30, 40), pen=0.35)
    mrz_lines(pg, mrz, 4.5, 76.0, 116, 7.2)
    img = render_pil(pg, dpi)
    return img, mrz


def passport_spread(page_img: Image.Image, rng: random.Random, upper: Image.Image | None = None):
    """The open booklet: an upper page (blank or visa) above the data page, as on a copier."""
    w, h = page_img.size
    gap = int(h * 0.02)
    if upper is None:
        upper = Image.new("RGB", (w, h), (232, 228, 236))
        pg = Page(125, 88, paper=(232, 228, 236))
        guilloche(pg, 5, 8, 115, 70, rng, [(210, 205, 225)], n=20, amp=4)
        upper = render_pil(pg, round(w / 125 * 25.4))
    out = Image.new("RGB", (w, 2 * h + gap), (90, 70, 60))
    out.paste(upper.resize((w, h)), (0, 0))
    out.paste(page_img, (0, h + gap))
    return out


# ----------------------------------------------------------------------------- visa sticker
def french_visa(v: dict, rng: random.Random, dpi: int = 400) -> tuple[Image.Image, list[str]]:
    from kit import mrv_a

    mrz = mrv_a(
        "FRA",
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        v["dob_iso"],
        v["sex"],
        v["until_iso"],
    )
    assert mrz_ok(mrz)
    page = Page(125, 88, paper=(234, 230, 238))
    guilloche(page, 0, 0, 125, 88, rng, [(214, 208, 226)], n=18, amp=4)
    sx, sy, sw, sh = 3.0, 4.0, 119.0, 80.0
    page.rect(sx, sy, sw, sh, 0.0, fill=(226, 236, 232))
    guilloche(page, sx, sy, sw, 56, rng, [(180, 205, 200), (205, 190, 215)], n=22, amp=2.5)
    page.text(sx + 3, sy + 6.5, "VISA", "sans-b", 13, (25, 60, 120))
    page.text(sx + 24, sy + 6.0, "FRA", "sans-b", 9, (25, 60, 120))
    page.text(sx + sw - 3, sy + 6.0, "FRA " + v["number"], "mono-b", 9, (170, 30, 40), "r")
    page.image(portrait(rng, skin=v.get("skin", (190, 150, 120))), sx + 3, sy + 12, 26, 33)
    x0 = sx + 33
    L = (55, 65, 80)

    def f(x, y, label, value, vs=7.2):
        page.text(x, y, label, "sansc", 4.2, L)
        page.text(x, y + 3.1, value, "sans-b", vs, (15, 15, 25))

    f(x0, sy + 11, "VALABLE POUR / VALID FOR", v.get("valid_for", "FRANCE"))
    f(x0, sy + 18, "DU / FROM", v["from"])
    f(x0 + 28, sy + 18, "AU / UNTIL", v["until"])
    f(x0, sy + 25, "TYPE DE VISA / TYPE OF VISA", "D")
    f(x0 + 42, sy + 25, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    f(x0, sy + 32, "DURÉE DE SÉJOUR / DURATION OF STAY", v["days"] + " JOURS")
    f(x0, sy + 39, "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
    f(x0 + 42, sy + 39, "LE / ON", v["issued_on"])
    f(x0, sy + 46, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"])
    f(sx + 3, sy + 53, "NOM, PRÉNOM / SURNAME, NAME", v["name_line"])
    page.text(sx + 3, sy + 59.5, "REMARQUES / REMARKS", "sansc", 4.2, L)
    page.fit(sx + 3, sy + 62.8, v["remarks"], "sans-b", 6.8, sw - 6, (15, 15, 25))
    mrz_lines(page, mrz, sx + 2.5, sy + 70.5, sw - 5, 6.6)
    return render_pil(page, dpi), mrz


# ----------------------------------------------------------------------------- ID-1 cards
def _card_base(rng, tint):
    pg = Page(85.6, 54.0, paper=tint)
    guilloche(pg, 0, 0, 85.6, 54, rng, [(205, 215, 228), (228, 210, 215)], n=16, amp=2.2)
    return pg


def french_card(c: dict, rng: random.Random, dpi: int = 600):
    """French ID-1 card, front and back. c['kind'] is 'cni' or 'titre'."""
    kind = c["kind"]
    doc_code = "ID" if kind == "cni" else "IR"
    mrz = td1(
        doc_code,
        "FRA",
        c["number"],
        c["dob_iso"],
        c["sex"],
        c["expiry_iso"],
        c["nat"],
        c["surname"],
        c["given"],
    )
    assert mrz_ok(mrz)
    tint = (232, 236, 244) if kind == "cni" else (236, 240, 232)
    front = _card_base(rng, tint)
    front.text(3, 5.0, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.2, (20, 40, 110))
    title = "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD" if kind == "cni" else "TITRE DE SÉJOUR"
    front.fit(3, 9.2, title, "sans-b", 5.6, 60, (20, 40, 110))
    front.rect(79.0, 2.2, 4.0, 2.6, 0, fill=(0, 60, 150))
    front.rect(80.3, 2.2, 1.4, 2.6, 0, fill=(245, 245, 245))
    front.rect(81.7, 2.2, 1.3, 2.6, 0, fill=(210, 30, 40))
    front.image(portrait(rng, skin=c.get("skin", (200, 160, 130))), 3, 12.5, 22, 28)
    x = 28.0
    lab = (60, 70, 90)

    def f(xx, y, label, value, vs=6.4, font="sans-b"):
        front.text(xx, y, label, "sansc", 3.6, lab)
        front.fit(xx, y + 2.7, value, font, vs, 85.6 - xx - 2, (15, 15, 25))

    f(x, 13.5, "NOM / Surname", c["surname_print"])
    if c.get("usage"):
        f(x + 30, 13.5, "NOM D'USAGE / Alternate name", c["usage"])
    f(x, 19.5, "PRÉNOMS / Given names", c["given_print"])
    f(x, 25.5, "SEXE / Sex", c["sex"])
    f(x + 12, 25.5, "NATIONALITÉ / Nationality", c["nat_print"])
    f(x + 38, 25.5, "DATE DE NAISS. / Date of birth", c["dob"])
    f(x, 31.5, "LIEU DE NAISSANCE / Place of birth", c["pob"])
    if kind == "cni":
        f(x, 37.5, "N° DU DOCUMENT / Document No", c["number"], font="mono-b")
        f(x + 34, 37.5, "DATE D'EXPIR. / Expiry date", c["expiry"])
        front.text(3, 43.4, "Signature", "sansc", 3.4, lab)
        signature(front, 3, 44.6, 22, 7, rng, color=(25, 25, 35), pen=0.3)
        front.text(82.5, 51.5, c["can"], "mono", 6.0, (15, 15, 25), "r")
    else:
        f(x, 37.5, "TYPE DE TITRE / Type of permit", c["permit_type"], vs=5.4)
        f(x, 43.5, "MENTION / Remarks", c["mention"], vs=5.4)
        f(x, 49.5, "N° / No", c["number"], vs=6.0, font="mono-b")
        f(x + 30, 49.5, "VALABLE JUSQU'AU / Valid until", c["expiry"])
    back = _card_base(rng, tint)
    y = 5.0
    for label, value in c["back_fields"]:
        back.text(3, y, label, "sansc", 3.6, lab)
        back.fit(3, y + 2.8, value, "sans-b", 6.0, 55, (15, 15, 25))
        y += 6.6
    mrz_lines(back, mrz, 3.2, 37.5, 79.2, 5.6)
    return render_pil(front, dpi), render_pil(back, dpi), mrz


def card_sheet(front: Image.Image, back: Image.Image, dpi: int = 200) -> Image.Image:
    """Both sides photocopied on one A4 sheet (real size)."""
    k = dpi / 25.4
    sheet = Image.new("RGB", (round(210 * k), round(297 * k)), (255, 255, 255))
    cw, ch = round(85.6 * k), round(54 * k)
    sheet.paste(front.resize((cw, ch)), (round(30 * k), round(35 * k)))
    sheet.paste(back.resize((cw, ch)), (round(30 * k), round(105 * k)))
    return sheet


def fits(s: str, font: str, size: float, maxw: float) -> bool:
    return text_w(s, font, size) <= maxw
