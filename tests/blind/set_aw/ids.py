"""Check digits (ICAO 9303 MRZ, IBAN, French RIB) and identity documents drawn with Pillow."""

import random

from PIL import Image, ImageDraw, ImageFilter

from core import pfont

DPI = 300


def px(mm):
    return int(round(mm / 25.4 * DPI))


# ---------------------------------------------------------------- check digits
def mrz_cd(s):
    vals = {c: i for i, c in enumerate("0123456789")}
    vals.update({chr(65 + i): 10 + i for i in range(26)})
    vals["<"] = 0
    return str(sum(vals[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname, given, n):
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<")
    return (s + "<<" + g + "<" * n)[:n]


def ymd(d):
    return d[2:4] + d[5:7] + d[8:10]


def td3(doc_type, state, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = (doc_type + "<" + state + mrz_name(surname, given, 39))[:44]
    num = (num + "<" * 9)[:9]
    opt = (opt + "<" * 14)[:14]
    ocd = mrz_cd(opt) if opt.strip("<") else "<"
    body = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp)
    body += mrz_cd(ymd(exp)) + opt + ocd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + mrz_cd(comp)]


def mrva(state, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = ("VD" + state + mrz_name(surname, given, 39))[:44]
    num = (num + "<" * 9)[:9]
    l2 = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp)
    l2 += mrz_cd(ymd(exp)) + (opt + "<" * 16)[:16]
    return [l1, l2]


def td1(doc_type, state, num, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = (num + "<" * 9)[:9]
    l1 = (doc_type + state + num + mrz_cd(num) + opt1 + "<" * 15)[:30]
    l2 = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp)) + nat
    l2 = (l2 + opt2 + "<" * 11)[:29]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def _num(s):
    return "".join(str(int(c, 36)) if c.isalpha() else c for c in s)


def iban(country, bban):
    r = int(_num(bban + country + "00")) % 97
    return f"{country}{98 - r:02d}{bban}"


def iban_ok(i):
    i = i.replace(" ", "")
    return int(_num(i[4:] + i[:4])) % 97 == 1


RIB_LET = {c: str("123456789"["ABCDEFGHI".index(c)]) for c in "ABCDEFGHI"}
RIB_LET.update({c: str("123456789"["JKLMNOPQR".index(c)]) for c in "JKLMNOPQR"})
RIB_LET.update({c: str("23456789"["STUVWXYZ".index(c)]) for c in "STUVWXYZ"})


def rib_key(bank, branch, account):
    acc = "".join(RIB_LET.get(c, c) for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def be_iban(bank3, acc7):
    n = int(bank3 + acc7) % 97 or 97
    return iban("BE", f"{bank3}{acc7}{n:02d}")


def spaced(i):
    return " ".join(i[k : k + 4] for k in range(0, len(i), 4))


# ---------------------------------------------------------------- drawing helpers
def portrait(w, h, seed, skin=None):
    rng = random.Random(seed)
    bg = tuple(rng.randint(200, 235) for _ in range(3))
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = skin or rng.choice([(224, 188, 160), (198, 150, 110), (150, 105, 75), (110, 75, 50)])
    hair = rng.choice([(30, 25, 20), (60, 40, 25), (20, 20, 20), (90, 60, 35)])
    d.ellipse(
        [w * 0.05, h * 0.72, w * 0.95, h * 1.35],
        fill=rng.choice([(40, 40, 60), (70, 70, 80), (200, 200, 210), (90, 30, 40)]),
    )
    d.rectangle([w * 0.4, h * 0.6, w * 0.6, h * 0.8], fill=skin)
    d.ellipse([w * 0.22, h * 0.12, w * 0.78, h * 0.42], fill=hair)
    d.ellipse([w * 0.27, h * 0.18, w * 0.73, h * 0.72], fill=skin)
    if rng.random() < 0.5:
        d.rectangle([w * 0.2, h * 0.25, w * 0.3, h * 0.65], fill=hair)
        d.rectangle([w * 0.7, h * 0.25, w * 0.8, h * 0.65], fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.04), h * 0.4, w * (ex + 0.04), h * 0.44], fill=(40, 30, 30))
    d.arc([w * 0.42, h * 0.55, w * 0.58, h * 0.63], 20, 160, fill=(120, 60, 60), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.5))


def guilloche(im, seed, color, alpha=40):
    import math

    rng = random.Random(seed)
    ov = Image.new("RGBA", im.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(ov)
    W, H = im.size
    for k in range(14):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(H * 0.05, H * 0.2)
        pts = [
            (x, H * (k + 1) / 15 + amp * math.sin(x / W * 6.28 * rng.uniform(1, 2) + ph))
            for x in range(0, W, 6)
        ]
        d.line(pts, fill=color + (alpha,), width=2)
    im = im.convert("RGBA")
    im.alpha_composite(ov)
    return im.convert("RGB")


def draw_mrz(d, lines, x, y, size_mm=3.2, step_mm=4.6):
    f = pfont("ocrb", px(size_mm))
    for i, ln in enumerate(lines):
        d.text((px(x), px(y + i * step_mm)), ln, font=f, fill=(25, 25, 30))


def fmt_date(iso, style):
    y, m, dd = iso.split("-")
    mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][
        int(m) - 1
    ]
    if style == "dmy_mon":
        return f"{dd} {mon} {y}"
    if style == "dot":
        return f"{dd}.{m}.{y}"
    return f"{dd}/{m}/{y}"


def passport_page(p, seed):
    """Data page (TD3, 125 x 88 mm). p: dict with labels, values, colours."""
    W, H = px(125), px(88)
    im = Image.new("RGB", (W, H), p.get("paper", (236, 232, 222)))
    im = guilloche(im, seed, p.get("ink", (120, 90, 140)))
    d = ImageDraw.Draw(im)
    hdr = p.get("header_color", (70, 40, 90))
    d.text((px(6), px(6.5)), p["country_title"], font=pfont("sansb", px(3.6)), fill=hdr)
    d.text((px(119), px(6.5)), p["doc_title"], font=pfont("sansb", px(3.0)), fill=hdr, anchor="ra")
    im.paste(portrait(px(32), px(40), seed, p.get("skin")), (px(5), px(16)))
    if p.get("ghost", True):
        gh = portrait(px(14), px(18), seed, p.get("skin")).convert("L").convert("RGB")
        gh = Image.blend(gh, Image.new("RGB", gh.size, (236, 232, 222)), 0.6)
        im.paste(gh, (px(104), px(38)))
    lab = pfont("sans", px(1.75))
    val = pfont("sansb", px(2.7))
    x0, x1 = px(42), px(78)
    for label, value, col, row in p["fields"]:
        xx = x0 if col == 0 else x1
        yy = px(15 + row * 6.4)
        d.text((xx, yy), label, font=lab, fill=(70, 60, 80))
        d.text((xx, yy + px(2.1)), value, font=val, fill=(20, 20, 25))
    sig = p.get("signature")
    if sig is not None:
        s = sig.resize((px(28), int(px(28) * sig.height / sig.width)))
        im.paste(s, (px(6), px(57)), s)
    draw_mrz(d, p["mrz"], 5.5, 71.0)
    return im.filter(ImageFilter.GaussianBlur(0.4))


def visa_sticker(v, seed):
    """French long-stay visa sticker on a passport page (MRV-A). Returns the page image."""
    W, H = px(125), px(88)
    page = guilloche(Image.new("RGB", (W, H), (232, 226, 214)), seed + 1, (110, 120, 150), 30)
    st = Image.new("RGB", (px(120), px(82)), (232, 240, 246))
    st = guilloche(st, seed, (60, 110, 170), 55)
    d = ImageDraw.Draw(st)
    blue = (25, 45, 110)
    lab = pfont("sans", px(1.7))
    val = pfont("sansb", px(2.5))
    d.text((px(4), px(3)), "VISA", font=pfont("sansb", px(5)), fill=blue)
    d.text((px(24), px(4.5)), "RÉPUBLIQUE FRANÇAISE", font=pfont("sansb", px(2.6)), fill=blue)
    d.text((px(116), px(3.5)), "FRA", font=pfont("sansb", px(3)), fill=(170, 30, 40), anchor="ra")
    d.text(
        (px(116), px(8)), v["number"], font=pfont("mono", px(3)), fill=(170, 30, 40), anchor="ra"
    )
    st.paste(portrait(px(25), px(32), seed, v.get("skin")), (px(3), px(13)))
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 0, 0),
        ("DU / FROM", v["from_txt"], 0, 1),
        ("AU / UNTIL", v["until_txt"], 1, 1),
        ("TYPE DE VISA / TYPE OF VISA", "D", 0, 2),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", v["days"] + " JOURS", 1, 2),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 0, 3),
        ("DÉLIVRÉ À / ISSUED IN", v["issued_in"], 0, 4),
        ("LE / ON", v["issued_txt"], 1, 4),
        ("NUMÉRO DE PASSEPORT / PASSPORT NUMBER", v["passport"], 0, 5),
        ("NOM, PRÉNOM / SURNAME, NAME", v["name_line"], 0, 6),
        ("REMARQUES / REMARKS", v["remarks"], 0, 7),
    ]
    for label, value, col, row in rows:
        xx = px(31 + col * 44)
        yy = px(12 + row * 6.1)
        d.text((xx, yy), label, font=lab, fill=(60, 70, 100))
        d.text((xx, yy + px(2.0)), value, font=val, fill=(15, 15, 30))
    draw_mrz(d, v["mrz"], 3.5, 67.5, 3.0, 4.6)
    page.paste(st, (px(2.5), px(3)))
    return page.filter(ImageFilter.GaussianBlur(0.4))


def id1_card(
    front_fields, title_lines, seed, mrz=None, colors=None, photo=True, back_lines=None, skin=None
):
    """An ID-1 card (85.6 x 54 mm). Front when mrz is None, else back with MRZ."""
    rng = random.Random(seed)
    colors = colors or {"paper": (226, 232, 240), "ink": (80, 110, 170), "hdr": (20, 40, 100)}
    W, H = px(85.6), px(54)
    im = guilloche(Image.new("RGB", (W, H), colors["paper"]), seed, colors["ink"], 50)
    d = ImageDraw.Draw(im)
    y = px(2.5)
    for i, t in enumerate(title_lines):
        d.text(
            (px(4), y),
            t,
            font=pfont("sansb" if i == 0 else "sans", px(2.4 - 0.4 * i)),
            fill=colors["hdr"],
        )
        y += px(3.0)
    if mrz is None:
        if photo:
            im.paste(portrait(px(24), px(31), seed, skin), (px(3), px(13)))
        lab = pfont("sans", px(1.5))
        val = pfont("sansb", px(2.4))
        for label, value, col, row in front_fields:
            xx = px(30 + col * 28)
            yy = px(12 + row * 5.3)
            d.text((xx, yy), label, font=lab, fill=(60, 70, 90))
            d.text((xx, yy + px(1.8)), value, font=val, fill=(10, 10, 20))
    else:
        lab = pfont("sans", px(2.0))
        yy = px(10)
        for ln in back_lines or []:
            d.text((px(4), yy), ln, font=lab, fill=(20, 20, 30))
            yy += px(3.2)
        d.rectangle([0, px(37), W, H], fill=tuple(min(255, c + 12) for c in colors["paper"]))
        draw_mrz(d, mrz, 3.0, 38.5, 2.9, 4.6)
    im = im.filter(ImageFilter.GaussianBlur(0.4))
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, W - 1, H - 1], radius=px(3), fill=255)
    out = Image.new("RGB", (W, H), (255, 255, 255))
    out.paste(im, (0, 0), mask)
    _ = rng
    return out
