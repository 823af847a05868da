"""Identity-type layouts: passports, visa sticker, titre de séjour, French CNI, birth
certificates of Namibia, Guyana, Lesotho and Belize, apostille."""

from __future__ import annotations

import random

import common as C
from PIL import Image, ImageDraw

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS = [
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


def d_mon(iso: str) -> str:
    return f"{iso[8:10]} {MON[int(iso[5:7]) - 1]} {iso[:4]}"


def d_fr(iso: str, sep: str = "/") -> str:
    return f"{iso[8:10]}{sep}{iso[5:7]}{sep}{iso[:4]}"


def d_words_en(iso: str) -> str:
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    return f"{int(iso[8:10])} {months[int(iso[5:7]) - 1]} {iso[:4]}"


def guilloche(w: int, h: int, rng: random.Random, tint=(225, 235, 225)) -> Image.Image:
    img = Image.new("RGB", (w, h), tint)
    d = ImageDraw.Draw(img)
    dark = tuple(max(0, v - 28) for v in tint)
    import math

    for k in range(40):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(h * 0.05, h * 0.2)
        y0 = h * k / 40
        pts = [(x, y0 + amp * math.sin(x / w * 6.28 * 2 + ph)) for x in range(0, w, 6)]
        d.line(pts, fill=dark, width=1)
    return img


# -- passport ----------------------------------------------------------------------------
PASS_STYLE = {
    "NAM": ("REPUBLIC OF NAMIBIA", "PASSPORT", (214, 230, 222), (0, 60, 110)),
    "GUY": ("CO-OPERATIVE REPUBLIC OF GUYANA", "PASSPORT", (228, 232, 214), (0, 90, 50)),
    "LSO": ("KINGDOM OF LESOTHO", "PASSPORT / PASSA", (224, 228, 240), (20, 40, 110)),
    "BLZ": ("BELIZE", "PASSPORT / PASAPORTE", (236, 228, 222), (120, 20, 30)),
}


def passport(p: dict, rng: random.Random, booklet: bool = True) -> tuple[C.Page, list[str]]:
    """p: surname, given, nat, dob, sex, pob, doc, issued, expiry, authority."""
    state, title, tint, accent = PASS_STYLE[p["nat"]]
    mrz = C.td3(
        p["doc"],
        "P",
        p["nat"],
        p["surname"],
        p["given"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("opt", ""),
    )
    top = 88.0 if booklet else 0.0
    pg = C.Page(125, 88 + top, bg=(240, 238, 232))
    if booklet:
        pg.image(guilloche(500, 352, rng, (232, 230, 222)), 0, 0, 125, 88)
        pg.text(62.5, 40, "OBSERVATIONS", "sans-b", 9, (150, 150, 150), "c")
        pg.line(4, 87.5, 121, 87.5, (170, 165, 150), 0.6)
    pg.image(guilloche(500, 352, rng, tint), 0, top, 125, 88)
    pg.text(62.5, top + 6, state, "sans-b", 7.5, accent, "c")
    pg.text(62.5, top + 10, title, "sans", 6.5, accent, "c")
    pg.image(C.face(rng), 5, top + 15, 30, 38)
    x, y = 40, top + 16
    lab = (60, 60, 70)

    def field(lx, ly, label, val, size=8):
        pg.text(lx, ly, label, "sans", 4.6, lab)
        pg.text(lx, ly + 3.6, val, "sans-b", size, (15, 15, 20))

    field(x, y, "Type", "P")
    field(x + 14, y, "Code", p["nat"])
    field(x + 36, y, "Passport No.", p["doc"])
    field(x, y + 8, "Surname", p["surname"].upper())
    field(x, y + 16, "Given names", p["given"].upper())
    field(x, y + 24, "Nationality", p["natname"].upper())
    field(x + 50, y + 24, "Sex", p["sex"])
    field(x, y + 32, "Date of birth", d_mon(p["dob"]))
    field(x + 40, y + 32, "Place of birth", p["pob"].upper(), 7)
    field(x, y + 40, "Date of issue", d_mon(p["issued"]))
    field(x + 40, y + 40, "Date of expiry", d_mon(p["expiry"]))
    field(x, y + 48, "Authority", p["authority"], 6.5)
    sig = C.signature(p["given"].split()[0][0] + ". " + p["surname"].title(), rng, C.INK_BLACK)
    pg.image(sig, 7, top + 56, 22)
    for i, ln in enumerate(mrz):
        pg.text(4.5, top + 76 + i * 5.2, ln, "ocrb", 10.2, (20, 20, 25))
    return pg, mrz


# -- French visa sticker (MRV-A) ------------------------------------------------------------
def visa(v: dict, rng: random.Random) -> tuple[C.Page, list[str]]:
    mrz = C.mrva(
        v["doc"],
        v["surname"],
        v["given"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["until"],
        v.get("opt", ""),
    )
    pg = C.Page(125, 88, bg=(238, 236, 230))
    pg.image(guilloche(500, 352, rng, (236, 232, 238)), 0, 0, 125, 88)
    pg.image(guilloche(480, 320, rng, (224, 226, 240)), 2.5, 4, 120, 80)
    pg.rect(2.5, 4, 120, 80, (150, 150, 180), None, 0.3)
    pg.text(6, 10, "VISA", "sans-b", 12, (40, 40, 120))
    pg.text(26, 10, "FRA", "sans-b", 10, (40, 40, 120))
    pg.text(118, 10, v["doc"], "sans-b", 11, (190, 30, 40), "r")
    pg.image(C.face(rng, grey=True), 6, 14, 22, 28)
    lab, val = (70, 70, 90), (10, 10, 15)
    x = 31

    def f(lx, ly, label, s, size=7.5):
        pg.text(lx, ly, label, "sans", 4.2, lab)
        pg.text(lx, ly + 3.2, s, "mono", size, val)

    f(x, 15, "VALABLE POUR / VALID FOR", "FRA")
    f(x + 38, 15, "DU / FROM", v["from"][8:10] + "-" + v["from"][5:7] + "-" + v["from"][2:4])
    f(x + 62, 15, "AU / UNTIL", v["until"][8:10] + "-" + v["until"][5:7] + "-" + v["until"][2:4])
    f(x, 23, "TYPE DE VISA / TYPE OF VISA", "D")
    f(x + 38, 23, "DURÉE DE SÉJOUR / DURATION", v["days"] + " JOURS")
    f(x + 70, 23, "NB ENTRÉES", "MULT")
    f(x, 31, "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
    f(x + 38, 31, "LE / ON", v["issued"][8:10] + "-" + v["issued"][5:7] + "-" + v["issued"][:4])
    f(x, 39, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"])
    f(x, 47, "NOM, PRÉNOM / SURNAME, NAME", v["surname"].upper() + ", " + v["given"].upper(), 7)
    pg.text(6, 56, "REMARQUES / REMARKS", "sans", 4.2, lab)
    pg.text(6, 60, v["remark1"], "mono", 7, val)
    pg.text(6, 64, v["remark2"], "mono", 7, val)
    for i, ln in enumerate(mrz):
        pg.text(5, 73 + i * 5.0, ln, "ocrb", 9.6, (20, 20, 25))
    return pg, mrz


# -- titre de séjour (ID-1 card, TD1) ---------------------------------------------------------
def titre_sejour(t: dict, rng: random.Random) -> tuple[C.Page, C.Page, list[str]]:
    mrz = C.td1(
        "IR", "FRA", t["doc"], t["surname"], t["given"], t["nat"], t["dob"], t["sex"], t["expiry"]
    )
    fr = C.Page(85.6, 54, bg=(230, 236, 242))
    fr.image(guilloche(420, 270, rng, (226, 234, 244)), 0, 0, 85.6, 54)
    fr.rect(0, 0, 85.6, 6.5, None, (40, 60, 140))
    fr.text(3, 4.5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.5, (255, 255, 255))
    fr.text(82, 4.5, "TITRE DE SÉJOUR", "sans-b", 6.5, (255, 255, 255), "r")
    fr.image(C.face(rng), 3, 9, 21, 27)
    lab, val = (70, 80, 110), (10, 10, 20)

    def f(x, y, label, s, size=6.2):
        fr.text(x, y, label, "sans", 3.6, lab)
        fr.text(x, y + 2.8, s, "sans-b", size, val)

    f(27, 10, "NOM / SURNAME", t["surname"].upper())
    f(27, 17, "PRÉNOMS / GIVEN NAMES", t["given"].upper())
    f(27, 24, "SEXE / SEX", t["sex"])
    f(42, 24, "NATIONALITÉ / NATIONALITY", t["nat"])
    f(27, 31, "DATE DE NAISSANCE / DATE OF BIRTH", d_fr(t["dob"], " "))
    f(27, 38, "N° DU DOCUMENT", t["doc"])
    f(55, 38, "VALABLE JUSQU'AU", d_fr(t["expiry"], " "))
    f(27, 45, "TYPE / TYPE OF PERMIT", "CARTE DE SEJOUR TEMPORAIRE", 5.2)
    fr.image(C.signature(t["surname"].split("-")[0].title(), rng, C.INK_BLACK), 4, 39, 18)
    bk = C.Page(85.6, 54, bg=(232, 236, 242))
    bk.image(guilloche(420, 270, rng, (230, 236, 244)), 0, 0, 85.6, 54)

    def g(x, y, label, s, size=5.6):
        bk.text(x, y, label, "sans", 3.6, lab)
        bk.text(x, y + 2.7, s, "sans-b", size, val)

    g(3, 5, "REMARQUES", t["mention"])
    g(3, 11, "LIEU DE NAISSANCE", t["pob"].upper())
    g(3, 17, "ADRESSE", t["address1"].upper())
    bk.text(3, 22.5, t["address2"].upper(), "sans-b", 5.6, val)
    g(50, 5, "DATE ET LIEU DE DÉLIVRANCE", d_fr(t["issued"], ".") + " " + t["prefecture"])
    for i, ln in enumerate(mrz):
        bk.text(3.2, 38.5 + i * 5.0, ln, "ocrb", 9.4, (15, 15, 20))
    return fr, bk, mrz


# -- French CNI (2021 model, TD1) --------------------------------------------------------------
def cni(t: dict, rng: random.Random) -> tuple[C.Page, C.Page, list[str]]:
    mrz = C.td1(
        "ID", "FRA", t["doc"], t["surname"], t["given"], "FRA", t["dob"], t["sex"], t["expiry"]
    )
    fr = C.Page(85.6, 54, bg=(236, 232, 240))
    fr.image(guilloche(420, 270, rng, (238, 230, 238)), 0, 0, 85.6, 54)
    fr.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.6, (30, 40, 110))
    fr.text(3, 8.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 4.2, (30, 40, 110))
    fr.image(C.face(rng, grey=True), 3, 11, 21, 27)
    lab, val = (90, 80, 110), (10, 10, 20)

    def f(x, y, label, s, size=6.2):
        fr.text(x, y, label, "sans", 3.5, lab)
        fr.text(x, y + 2.8, s, "sans-b", size, val)

    f(27, 12, "NOM / Surname", t["surname"].upper())
    f(27, 18.5, "NOM D'USAGE / Usage name", t.get("usage", "") or "")
    f(27, 25, "PRÉNOMS / Given names", t["given"].replace(" ", ", ").upper())
    f(27, 31.5, "SEXE", t["sex"])
    f(38, 31.5, "NATIONALITÉ", "FRA")
    f(56, 31.5, "DATE DE NAISS.", d_fr(t["dob"], " "))
    f(27, 38, "LIEU DE NAISSANCE / Place of birth", t["pob"].upper())
    f(27, 44.5, "N° DU DOCUMENT", t["doc"])
    f(56, 44.5, "DATE D'EXPIR.", d_fr(t["expiry"], " "))
    fr.image(C.signature(t["surname"].title(), rng, C.INK_BLACK), 4, 41, 18)
    bk = C.Page(85.6, 54, bg=(238, 234, 240))
    bk.image(guilloche(420, 270, rng, (240, 232, 240)), 0, 0, 85.6, 54)
    bk.text(3, 6, "ADRESSE / Address", "sans", 3.5, lab)
    bk.text(3, 9, t["address1"].upper(), "sans-b", 5.6, val)
    bk.text(3, 12, t["address2"].upper(), "sans-b", 5.6, val)
    bk.text(3, 17, "DATE DE DÉLIVRANCE", "sans", 3.5, lab)
    bk.text(3, 20, d_fr(t["issued"], " "), "sans-b", 5.6, val)
    for i, ln in enumerate(mrz):
        bk.text(3.2, 38.5 + i * 5.0, ln, "ocrb", 9.4, (15, 15, 20))
    return fr, bk, mrz


def card_sheet(front: C.Page, back: C.Page) -> C.Page:
    """A4 photocopy with both sides of a card, as people copy them."""
    pg = C.Page()
    for i, side in enumerate((front, back)):
        img = side.to_image(300)
        pg.image(img, 45, 40 + i * 75, 110)
    return pg


# -- birth certificates ---------------------------------------------------------------------------
def _seal(pg: C.Page, x, y, lines, rng, color=(40, 60, 160), w=42):
    st = C.stamp(lines, rng, color, 520, 520, round_=True)
    pg.image(st, x, y, w)


def birth_namibia(b: dict, rng: random.Random) -> C.Page:
    pg = C.Page(bg=(250, 250, 246))
    pg.image(guilloche(840, 1188, rng, (244, 246, 238)), 0, 0, 210, 297)
    pg.text(105, 22, "REPUBLIC OF NAMIBIA", "serif-b", 15, (0, 50, 100), "c")
    pg.text(
        105,
        29,
        "MINISTRY OF HOME AFFAIRS, IMMIGRATION, SAFETY AND SECURITY",
        "serif",
        9.5,
        (0, 50, 100),
        "c",
    )
    pg.text(105, 42, "FULL BIRTH CERTIFICATE", "serif-b", 17, (10, 10, 10), "c")
    pg.text(
        105,
        48,
        "Issued in terms of the Births, Marriages and Deaths Registration Act, 1963",
        "serif-i",
        8.5,
        (40, 40, 40),
        "c",
    )
    pg.text(180, 60, "No. " + b["cert_no"], "mono", 10, (170, 20, 20), "r")
    rows = [
        ("1.", "Surname", b["surname"].upper()),
        ("2.", "Forenames", b["given"].upper()),
        ("3.", "Sex", "Female" if b["sex"] == "F" else "Male"),
        ("4.", "Date of birth", d_words_en(b["dob"]).upper()),
        ("5.", "Place of birth", b["pob"].upper()),
        ("6.", "Identity number", b["idno"]),
        ("7.", "Surname and forenames of father", b["father"].upper()),
        ("8.", "Surname and forenames of mother", b["mother"].upper()),
        ("9.", "Maiden surname of mother", b["mother_maiden"].upper()),
        ("10.", "Date of registration", d_fr(b["reg_date"], "-")),
        ("11.", "Registration number", b["reg_no"]),
    ]
    y = 70
    for n, lab, val in rows:
        pg.rect(20, y - 6, 170, 12, (90, 90, 90), None, 0.25)
        pg.line(95, y - 6, 95, y + 6, (90, 90, 90), 0.25)
        pg.text(23, y + 1.5, n, "serif", 9)
        pg.text(31, y + 1.5, lab, "serif", 9.5)
        pg.text(99, y + 1.5, val, "mono", 10)
        y += 12
    pg.para(
        20,
        y + 10,
        170,
        "I hereby certify that the above particulars have been extracted "
        "from the birth register of the Republic of Namibia.",
        "serif",
        9.5,
    )
    pg.text(20, y + 30, "Windhoek, " + d_fr(b["issued"], "-"), "serif", 10)
    pg.image(C.signature(b["registrar"].split()[-1], rng, C.INK_BLACK), 128, y + 18, 40)
    pg.line(120, y + 36, 185, y + 36, (0, 0, 0), 0.3)
    pg.text(152, y + 41, "REGISTRAR-GENERAL", "serif-b", 8.5, (0, 0, 0), "c")
    _seal(pg, 62, y + 22, ["HOME AFFAIRS", "CIVIC REGISTRATION", "WINDHOEK"], rng)
    return pg


def birth_guyana(b: dict, rng: random.Random) -> C.Page:
    pg = C.Page(297, 210, bg=(248, 246, 236))
    pg.text(148, 16, "CO-OPERATIVE REPUBLIC OF GUYANA", "serif-b", 14, (0, 0, 0), "c")
    pg.text(148, 23, "GENERAL REGISTER OFFICE", "serif-b", 11, (0, 0, 0), "c")
    pg.text(148, 31, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serif-b", 13, (0, 0, 0), "c")
    pg.text(
        148,
        37,
        "Births and Deaths Registration Act, Chapter 44:01",
        "serif-i",
        8.5,
        (30, 30, 30),
        "c",
    )
    pg.text(20, 48, "Registration District: " + b["district"], "serif", 10)
    pg.text(277, 48, "Entry No. " + b["reg_no"], "serif", 10, (0, 0, 0), "r")
    cols = [
        ("No.", 14),
        ("When and where born", 44),
        ("Name, if any", 40),
        ("Sex", 14),
        ("Name and surname of father", 38),
        ("Name, surname and maiden surname of mother", 46),
        ("Signature, description and residence of informant", 40),
        ("When registered", 21),
    ]
    x, y0 = 20, 56
    for lab, w in cols:
        pg.rect(x, y0, w, 20, (40, 40, 40), (236, 234, 222), 0.3)
        pg.para(x + 1.5, y0 + 4, w - 3, lab, "serif-b", 7, 3.2)
        pg.rect(x, y0 + 20, w, 52, (40, 40, 40), None, 0.3)
        x += w
    vals = [
        b["reg_no"],
        d_words_en(b["dob"]) + "\n" + b["pob"],
        b["given"] + "\n" + b["surname"].upper(),
        "Male" if b["sex"] == "M" else "Female",
        b["father"],
        b["mother"] + "\nformerly " + b["mother_maiden"],
        b["informant"],
        d_fr(b["reg_date"], "/"),
    ]
    x = 20
    for (lab, w), v in zip(cols, vals):
        pg.para(x + 1.5, y0 + 27, w - 3, v, "caladea", 8.5, 4.2)
        x += w
    pg.para(
        20,
        146,
        257,
        "I, " + b["registrar"] + ", Registrar General, do hereby certify that "
        "this is a true copy of an entry in a register of births in my custody.",
        "serif",
        9.5,
    )
    pg.text(
        20, 160, "Given under my hand at Georgetown, this " + d_words_en(b["issued"]), "serif", 9.5
    )
    pg.image(C.signature(b["registrar"].split()[-1], rng, C.INK_BLUE), 200, 160, 40)
    pg.line(195, 180, 270, 180)
    pg.text(232, 185, "Registrar General", "serif-i", 9, (0, 0, 0), "c")
    _seal(pg, 120, 162, ["GENERAL REGISTER", "OFFICE", "GUYANA"], rng, (120, 30, 60), 34)
    pg.text(20, 200, "Serial No. " + b["cert_no"], "mono", 9, (160, 20, 20))
    return pg


def birth_lesotho(b: dict, rng: random.Random) -> C.Page:
    pg = C.Page(bg=(252, 252, 248))
    pg.rect(10, 10, 190, 277, (20, 40, 110), None, 1.2)
    pg.rect(13, 13, 184, 271, (20, 40, 110), None, 0.3)
    pg.text(105, 30, "KINGDOM OF LESOTHO", "sans-b", 15, (20, 40, 110), "c")
    pg.text(105, 37, "MINISTRY OF HOME AFFAIRS", "sans", 10.5, (20, 40, 110), "c")
    pg.text(
        105, 43, "Department of National Identity and Civil Registry", "sans", 9, (20, 40, 110), "c"
    )
    pg.text(105, 57, "BIRTH CERTIFICATE", "sans-b", 18, (0, 0, 0), "c")
    pg.text(105, 63, "(Births and Deaths Registration Act, 1973)", "sans-i", 8.5, (0, 0, 0), "c")
    pg.text(185, 75, "Serial No: " + b["cert_no"], "mono", 10, (180, 30, 30), "r")
    rows = [
        ("Name of child / Lebitso la ngoana", b["given"]),
        ("Surname / Fane", b["surname"].upper()),
        ("Sex / Botona", "FEMALE" if b["sex"] == "F" else "MALE"),
        ("Date of birth / Letsatsi la tsoalo", d_fr(b["dob"], "/")),
        ("Place of birth / Sebaka sa tsoalo", b["pob"]),
        ("District", b["district"]),
        ("Father / Ntate", b["father"]),
        ("Mother / 'Me", b["mother"]),
        ("Registration No.", b["reg_no"]),
        ("Date of registration", d_fr(b["reg_date"], "/")),
    ]
    y = 92
    for lab, val in rows:
        pg.text(24, y, lab, "sans", 9, (60, 60, 60))
        pg.text(100, y, val, "dejavu", 10.5)
        pg.line(98, y + 1.5, 186, y + 1.5, (120, 120, 120), 0.2)
        y += 11
    pg.text(24, y + 14, "Issued at Maseru on " + d_fr(b["issued"], "/"), "sans", 10)
    pg.image(C.signature(b["registrar"].split()[-1], rng, C.INK_BLUE), 125, y + 18, 42)
    pg.line(118, y + 36, 186, y + 36)
    pg.text(152, y + 41, "Registrar of Births and Deaths", "sans", 8.5, (0, 0, 0), "c")
    _seal(pg, 40, y + 22, ["HOME AFFAIRS", "CIVIL REGISTRY", "MASERU"], rng, (30, 50, 150))
    return pg


def birth_belize(b: dict, rng: random.Random) -> C.Page:
    pg = C.Page(bg=(250, 248, 242))
    pg.image(guilloche(840, 1188, rng, (246, 242, 232)), 0, 0, 210, 297)
    pg.text(105, 22, "BELIZE", "serif-b", 18, (110, 20, 30), "c")
    pg.text(105, 30, "VITAL STATISTICS UNIT", "serif-b", 11, (0, 0, 0), "c")
    pg.text(105, 36, "General Registry, Belmopan", "serif", 9.5, (0, 0, 0), "c")
    pg.text(105, 50, "CERTIFIED COPY OF ENTRY OF BIRTH", "serif-b", 14, (0, 0, 0), "c")
    pg.text(
        105,
        56,
        "Registration of Births and Deaths Act, Chapter 157",
        "serif-i",
        8.5,
        (0, 0, 0),
        "c",
    )
    pg.text(20, 68, "District: " + b["district"], "serif", 10)
    pg.text(190, 68, "Entry No. " + b["reg_no"], "serif", 10, (0, 0, 0), "r")
    rows = [
        ("Name", b["given"].upper() + " " + b["surname"].upper()),
        ("Sex", "Male" if b["sex"] == "M" else "Female"),
        ("Date of Birth", d_words_en(b["dob"])),
        ("Place of Birth", b["pob"]),
        ("Father", b["father"]),
        ("Mother", b["mother"]),
        ("Informant", b["informant"]),
        ("Date of Registration", d_words_en(b["reg_date"])),
    ]
    y = 76
    for lab, val in rows:
        pg.rect(20, y, 55, 13, (60, 60, 60), (238, 232, 220), 0.25)
        pg.rect(75, y, 115, 13, (60, 60, 60), None, 0.25)
        pg.text(23, y + 8, lab, "serif-b", 9.5)
        pg.text(78, y + 8, val, "caladea", 10.5)
        y += 13
    pg.para(
        20,
        y + 12,
        170,
        "I certify that the foregoing is a true copy of the entry in the "
        "Register of Births kept at the General Registry, Belize.",
        "serif",
        9.5,
    )
    pg.text(20, y + 28, "Dated: " + d_fr(b["issued"], "/"), "serif", 10)
    pg.image(C.signature(b["registrar"].split()[-1], rng, C.INK_BLACK), 128, y + 20, 38)
    pg.line(120, y + 38, 186, y + 38)
    pg.text(153, y + 43, "Deputy Registrar General", "serif-i", 9, (0, 0, 0), "c")
    _seal(pg, 70, y + 26, ["REGISTRAR GENERAL", "BELIZE"], rng, (110, 20, 40), 36)
    return pg


# -- apostille (Hague Convention model) ------------------------------------------------------------
def apostille(a: dict, rng: random.Random) -> C.Page:
    pg = C.Page(bg=(252, 252, 250))
    x0, y0 = 30, 35
    pg.rect(x0, y0, 150, 150, (0, 0, 0), None, 0.6)
    pg.text(105, y0 + 14, "APOSTILLE", "serif-b", 20, (0, 0, 0), "c")
    pg.text(
        105, y0 + 21, "(Convention de La Haye du 5 octobre 1961)", "serif-i", 9.5, (0, 0, 0), "c"
    )
    items = [
        ("1.", "Country: ", a["country"]),
        ("", "This public document", ""),
        ("2.", "has been signed by ", a["signer_doc"]),
        ("3.", "acting in the capacity of ", a["capacity"]),
        ("4.", "bears the seal/stamp of ", a["seal_of"]),
        ("", "Certified", ""),
        ("5.", "at ", a["at"]),
        ("6.", "the ", d_fr(a["issued"], "/")),
        ("7.", "by ", a["by"]),
        ("8.", "No. ", a["number"]),
        ("9.", "Seal/stamp:", ""),
        ("10.", "Signature:", ""),
    ]
    y = y0 + 33
    for n, lab, val in items:
        if n in ("9.", "10."):
            break
        if not n:
            pg.text(105, y, lab, "serif-b", 10, (0, 0, 0), "c")
        else:
            pg.text(x0 + 6, y, n, "serif", 10)
            pg.text(x0 + 14, y, lab, "serif", 10)
            w = C.text_width_mm(lab, "serif", 10)
            pg.text(x0 + 14 + w + 1, y, val, "caladea-b", 10.5)
        y += 8.2
    pg.text(x0 + 6, y + 4, "9.  Seal/stamp:", "serif", 10)
    pg.text(x0 + 80, y + 4, "10.  Signature:", "serif", 10)
    st = C.stamp(a["stamp"], rng, (150, 30, 60), 520, 520, round_=True)
    pg.image(st, x0 + 18, y + 6, 36)
    pg.image(C.signature(a["by"].split()[-1], rng, C.INK_BLUE), x0 + 92, y + 10, 40)
    return pg
