"""Check digits (MRZ, IBAN, RIB key) and identity cards: passport, visa sticker, cards."""

from PIL import Image

from render import Page, photo_face, render, stamp

MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr_date(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def words_date(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def _val(ch):
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def cd(s):
    return str(sum(_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def _ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def _names(sur, giv, n):
    s = sur.replace("-", "<").replace(" ", "<").replace("'", "") + "<<"
    s += giv.replace("-", "<").replace(" ", "<")
    return (s + "<" * n)[:n]


def td3(country, sur, giv, num, nat, dob, sex, exp, personal=""):
    assert len(num) <= 9
    n = (num + "<" * 9)[:9]
    p = (personal + "<" * 14)[:14]
    l2 = n + cd(n) + nat + _ymd(dob) + cd(_ymd(dob)) + sex + _ymd(exp) + cd(_ymd(exp))
    l2 += p + cd(p)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += cd(comp)
    return ["P<" + country + _names(sur, giv, 39), l2]


def td1(code, country, sur, giv, num, nat, dob, sex, exp, opt1="", opt2=""):
    assert len(num) <= 9
    n = (num + "<" * 9)[:9]
    l1 = (code + country + n + cd(n) + opt1 + "<" * 30)[:30]
    l2 = _ymd(dob) + cd(_ymd(dob)) + sex + _ymd(exp) + cd(_ymd(exp)) + nat
    l2 = (l2 + opt2 + "<" * 11)[:29]
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, _names(sur, giv, 30)]


def mrvb(country, sur, giv, num, nat, dob, sex, exp, opt=""):
    assert len(num) <= 9
    n = (num + "<" * 9)[:9]
    l2 = n + cd(n) + nat + _ymd(dob) + cd(_ymd(dob)) + sex + _ymd(exp) + cd(_ymd(exp))
    return ["V<" + country + _names(sur, giv, 31), (l2 + opt + "<" * 8)[:36]]


# ICAO 9303 Utopia example (part 4, TD3) as a self-test
_U = td3(
    "UTO",
    "ERIKSSON",
    "ANNA MARIA",
    "L898902C3",
    "UTO",
    "1974-08-12",
    "F",
    "2012-04-15",
    "ZE184226B",
)
assert _U == [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
], _U
_T1 = td1(
    "I<", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO", "1974-08-12", "F", "2012-04-15", ""
)
assert _T1[0] == "I<UTOD231458907<<<<<<<<<<<<<<<" and _T1[1][:18] == "7408122F1204159UTO", _T1


def iban_fr(bank, guichet, compte, key):
    bban = f"{bank}{guichet}{compte}{key}"
    num = "".join(str(_val(c)) for c in bban + "FR00")
    chk = 98 - int(num) % 97
    iban = f"FR{chk:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(_val(c)) for c in s)) % 97 == 1


def rib_key(bank, guichet, compte):
    tr = {
        c: str("12345678912345678923456789"[i]) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    }
    acc = "".join(tr.get(c, c) for c in compte)
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97:02d}"


assert rib_key("30006", "00001", "12345678901") == "89"  # FR7630006000011234567890189
assert iban_fr("30006", "00001", "12345678901", "89") == "FR7630006000011234567890189"


def group4(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- passport data page
def passport_page(p, rng, style=None):
    """Data page of a passport (TD3, 125 x 88 mm) as an image; p holds the holder data."""
    style = style or p["style"]
    pg = Page(125, 88, bg=style["bg"])
    col, lab = style["ink"], (70, 70, 90)
    pg.rect(0, 0, 125, 9, 0, fill=style["band"])
    pg.text(62.5, 4.2, style["title1"], 6.5, "sansb", (255, 255, 255), "c")
    pg.text(62.5, 7.8, style["title2"], 5.5, "sans", (255, 255, 255), "c")
    pg.image(4, 13, 30, 39, photo_face(rng))
    lb = style.get("labels") or [
        "Type / Type",
        "Code / Code",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "Date de délivrance / Date of issue",
        "Date d'expiration / Date of expiry",
        "Autorité / Authority",
    ]
    rows = [
        (lb[0], "P", 38, 14),
        (lb[1], p["country"], 58, 14),
        (style["numlab"], p["num"], 88, 14),
        (lb[2], p["sur"], 38, 22),
        (lb[3], p["giv"], 38, 30),
        (lb[4], style["natword"], 38, 38),
        (lb[5], p["dob_txt"], 38, 46),
        (lb[6], p["sex"], 98, 46),
        (lb[7], p["pob"], 38, 54),
        (lb[8], p["iss_txt"], 38, 61),
        (lb[9], p["exp_txt"], 80, 61),
        (lb[10], style["authority"], 80, 53),
    ]
    for lab_s, val, x, y in rows:
        pg.text(x, y, lab_s, 3.6, "sans", lab)
        pg.text(x, y + 3.3, val, 6.2, "sansb", col)
    pg.image(6, 54, 26, 10, signature(p["sig"], rng, 400, 150))
    pg.rect(0, 72, 125, 16, 0, fill=tuple(min(255, v + 8) for v in style["bg"]))
    for i, ln in enumerate(p["mrz"]):
        pg.text(5, 78.8 + i * 6.2, ln, 11.8, "ocr", (10, 10, 10))
    return render(pg, 300)


def signature(name, rng, w=400, h=150):
    from render import signature as _s

    return _s(name, rng, w, h)


# ---------------------------------------------------------------- Schengen visa sticker
def visa_sticker(v, rng):
    """French long-stay visa sticker (type D, MRV-B zone), about 105 x 74 mm."""
    pg = Page(105, 74, bg=(236, 232, 244))
    for i in range(0, 105, 3):
        pg.line(i, 0, i + 20, 74, 0.08, (205, 200, 225))
    lab, ink = (60, 60, 110), (15, 15, 25)
    pg.text(4, 5, "VISA", 8, "sansb", (40, 40, 120))
    pg.text(40, 5, "FRA", 8, "sansb", (40, 40, 120))
    pg.text(101, 5, v["num"], 8, "mono", (170, 20, 20), "r")
    pg.image(3, 8, 24, 31, photo_face(rng))
    cells = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 30, 10),
        ("DU / FROM", v["from_txt"], 30, 17),
        ("AU / UNTIL", v["until_txt"], 56, 17),
        ("TYPE DE VISA", "D", 85, 17),
        ("NOMBRE D'ENTRÉES", "MULT", 30, 24),
        ("DURÉE DE SÉJOUR", v["days"] + " JOURS", 56, 24),
        ("DÉLIVRÉ À / ISSUED IN", v["place"], 30, 31),
        ("LE / ON", v["iss_txt"], 72, 31),
        ("NOM, PRÉNOM / SURNAME, NAME", v["sur"] + ", " + v["giv"], 30, 38),
        ("NUMÉRO DU PASSEPORT", v["pass"], 30, 45),
    ]
    for lab_s, val, x, y in cells:
        pg.text(x, y, lab_s, 3.2, "sans", lab)
        pg.text(x, y + 3.1, val, 5.6, "sansb", ink)
    pg.text(3, 52, "REMARQUES:", 3.4, "sans", lab)
    pg.text(20, 52, v["remark1"], 5.2, "sansb", ink)
    pg.text(20, 56.3, v["remark2"], 5.2, "sansb", ink)
    for i, ln in enumerate(v["mrz"]):
        pg.text(3, 65.5 + i * 5.3, ln, 11.8, "ocr", (10, 10, 10))
    pg.image(
        80,
        37,
        21,
        21,
        stamp(
            ["CONSULAT GENERAL DE FRANCE", v["place"]], ["VISAS"], rng, size=260, col=(90, 40, 120)
        ),
    )
    return render(pg, 300)


# ---------------------------------------------------------------- French titre de séjour card
def titre_sejour(t, rng):
    """French residence permit (ID-1, 85.6 x 54 mm): front and back images."""
    f = Page(85.6, 54, bg=(222, 232, 240))
    f.rect(0, 0, 85.6, 7, 0, fill=(0, 38, 84))
    f.text(3, 4.6, "RÉPUBLIQUE FRANÇAISE", 5.5, "sansb", (255, 255, 255))
    f.text(83, 4.6, "TITRE DE SÉJOUR", 5.5, "sansb", (255, 255, 255), "r")
    f.rect(0, 7, 2.5, 47, 0, fill=(0, 38, 84))
    f.rect(83.1, 7, 2.5, 47, 0, fill=(206, 17, 38))
    f.image(4, 10, 22, 28, photo_face(rng))
    lab, ink = (60, 70, 90), (10, 10, 20)
    rows = [
        ("NOM / Surname", t["sur"], 29, 11),
        ("Prénoms / Given names", t["giv"], 29, 17.5),
        ("Sexe", t["sex"], 29, 24),
        ("Nationalité", t["nat"], 41, 24),
        ("Date de naissance", t["dob_txt"], 59, 24),
        ("Titre", t["kind"], 29, 30.5),
        ("Mention", t["mention"], 29, 37),
        ("Fin de validité", t["exp_txt"], 29, 43.5),
        ("N°", t["num"], 61, 43.5),
    ]
    for a, b, x, y in rows:
        f.text(x, y, a, 3.1, "sans", lab)
        f.text(x, y + 3, b, 5.0, "sansb", ink)
    f.image(5, 40, 20, 8, signature(t["sig"], rng, 360, 140))
    b = Page(85.6, 54, bg=(224, 233, 238))
    b.text(4, 5, "Lieu de naissance : " + t["pob"], 5, "sans", ink)
    b.text(4, 9.5, "Adresse : " + t["addr1"], 5, "sans", ink)
    b.text(20, 13.5, t["addr2"], 5, "sans", ink)
    b.text(4, 18, "Délivré le " + t["iss_txt"] + " par le préfet de " + t["pref"], 5, "sans", ink)
    b.text(4, 22.5, "Remarques : " + t["remark"], 5, "sans", ink)
    b.rect(0, 33, 85.6, 21, 0, fill=(236, 240, 242))
    for i, ln in enumerate(t["mrz"]):
        b.text(4.5, 38.8 + i * 5.4, ln, 11.8, "ocr", (5, 5, 5))
    return render(f, 300), render(b, 300)


def cni_fr(c, rng):
    """French identity card (2021 model, ID-1, TD1 zone on the back)."""
    f = Page(85.6, 54, bg=(236, 226, 232))
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", 5.5, "sansb", (0, 38, 84))
    f.text(83, 5, "CARTE NATIONALE D'IDENTITÉ", 4.6, "sansb", (0, 38, 84), "r")
    f.text(83, 8.5, "IDENTITY CARD", 4.0, "sans", (0, 38, 84), "r")
    f.image(4, 12, 22, 28, photo_face(rng))
    lab, ink = (80, 70, 90), (10, 10, 20)
    rows = [
        ("NOM / Surname", c["sur"], 29, 13),
        ("Prénoms / Given names", c["giv"], 29, 19.5),
        ("SEXE", c["sex"], 29, 26),
        ("NATIONALITÉ", "FRA", 40, 26),
        ("DATE DE NAISS.", c["dob_txt"], 58, 26),
        ("LIEU DE NAISSANCE", c["pob"], 29, 32.5),
        ("N° DU DOCUMENT", c["num"], 29, 39),
        ("DATE D'EXPIR.", c["exp_txt"], 58, 39),
    ]
    for a, b_, x, y in rows:
        f.text(x, y, a, 3.1, "sans", lab)
        f.text(x, y + 3, b_, 5.0, "sansb", ink)
    f.image(6, 42, 20, 8, signature(c["sig"], rng, 360, 140))
    b = Page(85.6, 54, bg=(238, 230, 234))
    b.text(4, 6, "Date de délivrance : " + c["iss_txt"], 5, "sans", ink)
    b.text(4, 11, "Autorité : Préfecture de " + c["pref"], 5, "sans", ink)
    b.rect(0, 33, 85.6, 21, 0, fill=(242, 238, 240))
    for i, ln in enumerate(c["mrz"]):
        b.text(4.5, 38.8 + i * 5.4, ln, 11.8, "ocr", (5, 5, 5))
    return render(f, 300), render(b, 300)


def open_passport(data_img, visa_img, rng):
    """A passport opened on the visa page (left) and the data page (right)."""
    W, H = 2 * data_img.width + 60, data_img.height + 80
    im = Image.new("RGB", (W, H), (238, 236, 228))
    im.paste(
        visa_img.resize((int(data_img.height * visa_img.width / visa_img.height), data_img.height)),
        (30, 40),
    )
    im.paste(data_img, (data_img.width + 30, 40))
    return im
