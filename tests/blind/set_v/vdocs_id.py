"""Identity and civil-status documents: passports, ID cards, visas, titres, birth certificates."""

from __future__ import annotations

import random

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from vcore import (
    card_image,
    draw_mrz,
    draw_signature,
    en_mon,
    fr,
    guilloche,
    mrva,
    photo_png,
    td1,
    td3,
)

# country: (header lines, passport title, nationality printed, colour, date style, authority)
PASS = {
    "BRA": (
        ["REPÚBLICA FEDERATIVA DO BRASIL"],
        "PASSAPORTE / PASSPORT",
        "BRASILEIRO(A)",
        (0.80, 0.88, 0.78),
        "slash",
        "DPF",
    ),
    "IND": (["REPUBLIC OF INDIA"], "PASSPORT", "INDIAN", (0.90, 0.86, 0.78), "slash", "CHENNAI"),
    "MAR": (
        ["ROYAUME DU MAROC", "KINGDOM OF MOROCCO"],
        "PASSEPORT / PASSPORT",
        "MAROCAINE",
        (0.93, 0.82, 0.80),
        "slash",
        "DGSN",
    ),
    "UKR": (
        ["УКРАЇНА / UKRAINE"],
        "ПАСПОРТ / PASSPORT",
        "УКРАЇНА/UKRAINE",
        (0.80, 0.85, 0.93),
        "mon",
        "4610",
    ),
    "COL": (
        ["REPÚBLICA DE COLOMBIA"],
        "PASAPORTE / PASSPORT",
        "COLOMBIANA",
        (0.88, 0.90, 0.80),
        "mon",
        "BOGOTA D.C.",
    ),
    "PHL": (
        ["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"],
        "PASAPORTE / PASSPORT",
        "FILIPINO",
        (0.84, 0.86, 0.93),
        "mon",
        "DFA MANILA",
    ),
    "TUR": (
        ["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE"],
        "PASAPORT / PASSPORT",
        "T.C.",
        (0.92, 0.84, 0.84),
        "dot",
        "İSTANBUL",
    ),
    "MEX": (
        ["ESTADOS UNIDOS MEXICANOS"],
        "PASAPORTE / PASSPORT",
        "MEXICANA",
        (0.85, 0.90, 0.84),
        "mon",
        "SRE JALISCO",
    ),
    "USA": (
        ["UNITED STATES OF AMERICA"],
        "PASSPORT",
        "UNITED STATES OF AMERICA",
        (0.86, 0.88, 0.94),
        "mon",
        "United States Department of State",
    ),
    "SEN": (
        ["RÉPUBLIQUE DU SÉNÉGAL"],
        "PASSEPORT / PASSPORT",
        "SÉNÉGALAISE",
        (0.86, 0.92, 0.82),
        "slash",
        "DAF DAKAR",
    ),
    "CMR": (
        ["RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON"],
        "PASSEPORT / PASSPORT",
        "CAMEROUNAISE",
        (0.88, 0.90, 0.80),
        "slash",
        "DGSN YAOUNDE",
    ),
    "CHN": (
        ["PEOPLE'S REPUBLIC OF CHINA"],
        "PASSPORT",
        "CHINESE",
        (0.88, 0.84, 0.90),
        "mon",
        "National Immigration Administration",
    ),
    "VNM": (
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        "HỘ CHIẾU / PASSPORT",
        "VIỆT NAM/VIETNAMESE",
        (0.86, 0.90, 0.86),
        "slash",
        "Cục Quản lý xuất nhập cảnh",
    ),
    "HTI": (
        ["RÉPUBLIQUE D'HAÏTI"],
        "PASSEPORT / PASSPORT",
        "HAÏTIENNE",
        (0.84, 0.88, 0.93),
        "mon",
        "PORT-AU-PRINCE",
    ),
    "COD": (
        ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO"],
        "PASSEPORT / PASSPORT",
        "CONGOLAISE",
        (0.82, 0.88, 0.94),
        "slash",
        "KINSHASA",
    ),
    "DZA": (
        ["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"],
        "PASSEPORT / PASSPORT",
        "ALGÉRIENNE",
        (0.84, 0.92, 0.84),
        "slash",
        "DAIRA ORAN",
    ),
}
LABELS = {
    "en": [
        "Type",
        "Code",
        "Passport No.",
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Authority",
        "Date of expiry",
    ],
    "fr": [
        "Type",
        "Code du pays",
        "N° du passeport",
        "Nom",
        "Prénoms",
        "Nationalité",
        "Date de naissance",
        "Sexe",
        "Lieu de naissance",
        "Date de délivrance",
        "Autorité",
        "Date d'expiration",
    ],
    "pt": [
        "Tipo/Type",
        "Código/Code",
        "Passaporte Nº",
        "Sobrenome/Surname",
        "Nome/Given names",
        "Nacionalidade",
        "Data de nascimento",
        "Sexo/Sex",
        "Local de nascimento",
        "Data de expedição",
        "Autoridade",
        "Válido até/Date of expiry",
    ],
    "es": [
        "Tipo/Type",
        "Código/Code",
        "Pasaporte No.",
        "Apellidos/Surname",
        "Nombres/Given names",
        "Nacionalidad",
        "Fecha de nacimiento",
        "Sexo/Sex",
        "Lugar de nacimiento",
        "Fecha de expedición",
        "Autoridad",
        "Fecha de vencimiento",
    ],
}
LANG_OF = {
    "BRA": "pt",
    "COL": "es",
    "MEX": "es",
    "MAR": "fr",
    "SEN": "fr",
    "CMR": "fr",
    "HTI": "fr",
    "COD": "fr",
    "DZA": "fr",
    "TUR": "en",
    "PHL": "en",
}


def pdate(s: str, style: str) -> str:
    if style == "slash":
        return fr(s)
    if style == "dot":
        return fr(s).replace("/", ".")
    return en_mon(s)


def _passport(c, W, H, p, rng):
    hdr, title, natp, col, style, auth = PASS[p["cc"]]
    c.setFillColorRGB(*col)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, rng, tuple(min(1, v * 0.92) for v in col))
    c.setFillColorRGB(0.15, 0.15, 0.25)
    y = H - 6 * mm
    for ln in hdr:
        c.setFont("dejavu-b", 7.5)
        c.drawCentredString(W / 2, y, ln)
        y -= 3.4 * mm
    c.setFont("dejavu", 6.5)
    c.drawCentredString(W / 2, y, title)
    ph = photo_png(rng, p["sex"])
    c.drawImage(ImageReader(ph), 5 * mm, 24 * mm, 30 * mm, 38 * mm)
    lab = LABELS[LANG_OF.get(p["cc"], "en")]
    vals = [
        p.get("doc_kind", "P"),
        p["cc"],
        p["number"],
        p["surname"],
        p["given"],
        natp,
        pdate(p["dob"], style),
        p["sex"],
        p["pob"],
        pdate(p["issue"], style),
        auth,
        pdate(p["expiry"], style),
    ]
    x0, yy = 40 * mm, H - 19 * mm
    rows = [(0, 1, 2), (3,), (4,), (5,), (6, 7), (8,), (9, 10), (11,)]
    for row in rows:
        for k, idx in enumerate(row):
            x = x0 + k * (28 if len(row) == 3 else 40) * mm
            c.setFont("dejavu", 4.6)
            c.setFillColorRGB(0.3, 0.3, 0.4)
            c.drawString(x, yy, lab[idx])
            c.setFont("dejavu-b" if idx in (2, 3, 4) else "dejavu", 7.6)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(x, yy - 3.2 * mm, str(vals[idx])[:40])
        yy -= 6.1 * mm
    draw_signature(c, p["given"] + " " + p["surname"], 5 * mm, 15 * mm, 30 * mm, 8 * mm, rng)
    draw_mrz(c, p["mrz"], 3 * mm, 3 * mm, W - 6 * mm)


def passport_image(p: dict, rng: random.Random):
    if "mrz" not in p:
        p["mrz"] = td3(
            p["cc"],
            p["cc"],
            p["number"],
            p["surname"],
            p["given"],
            p["dob"],
            p["sex"],
            p["expiry"],
            p.get("personal", ""),
        )
    return card_image(_passport, 125, 88, dpi=330, p=p, rng=rng)


# ---------------------------------------------------------------- ID cards
IDC = {
    "ITA": (
        "REPUBBLICA ITALIANA",
        "CARTA DI IDENTITÀ / IDENTITY CARD",
        "CI",
        [
            "COGNOME / SURNAME",
            "NOME / NAME",
            "LUOGO E DATA DI NASCITA",
            "SESSO / SEX",
            "CITTADINANZA",
            "EMISSIONE / ISSUING",
            "SCADENZA / EXPIRY",
        ],
        (0.88, 0.86, 0.93),
    ),
    "FRA": (
        "RÉPUBLIQUE FRANÇAISE",
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "ID",
        [
            "NOM / Surname",
            "Prénoms / Given names",
            "Lieu et date de naissance",
            "SEXE",
            "NATIONALITÉ",
            "DATE DE DÉLIVR.",
            "DATE D'EXPIR.",
        ],
        (0.86, 0.90, 0.96),
    ),
    "ESP": (
        "REINO DE ESPAÑA",
        "DOCUMENTO NACIONAL DE IDENTIDAD",
        "ID",
        [
            "APELLIDOS",
            "NOMBRE",
            "LUGAR Y FECHA DE NACIMIENTO",
            "SEXO",
            "NACIONALIDAD",
            "EMISIÓN",
            "VALIDEZ",
        ],
        (0.93, 0.88, 0.84),
    ),
    "BEL": (
        "BELGIQUE · BELGIË · BELGIEN",
        "CARTE D'IDENTITÉ · IDENTITEITSKAART",
        "ID",
        [
            "Nom / Name",
            "Prénoms / Given names",
            "Lieu et date de naissance",
            "Sexe",
            "Nationalité",
            "Valable du",
            "Valable jusqu'au",
        ],
        (0.90, 0.93, 0.88),
    ),
    "PRT": (
        "REPÚBLICA PORTUGUESA",
        "CARTÃO DE CIDADÃO / CITIZEN CARD",
        "ID",
        [
            "APELIDO(S) / SURNAME",
            "NOME(S) / GIVEN NAMES",
            "NASCIMENTO",
            "SEXO",
            "NACIONALIDADE",
            "EMISSÃO",
            "VALIDADE / EXPIRY",
        ],
        (0.86, 0.92, 0.88),
    ),
}
NAT_TXT = {"ITA": "ITA", "FRA": "FRA", "ESP": "ESP", "BEL": "BEL", "PRT": "PRT"}


def _id_front(c, W, H, p, rng):
    head, title, _, labs, col = IDC[p["cc"]]
    c.setFillColorRGB(*col)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, rng, tuple(v * 0.95 for v in col), n=18)
    c.setFillColorRGB(0.1, 0.15, 0.35)
    c.setFont("dejavu-b", 6.2)
    c.drawString(4 * mm, H - 5 * mm, head)
    c.setFont("dejavu", 4.6)
    c.drawString(4 * mm, H - 8 * mm, title)
    c.drawImage(ImageReader(photo_png(rng, p["sex"])), 4 * mm, 9 * mm, 22 * mm, 28 * mm)
    vals = [
        p["surname"],
        p["given"],
        f"{p['pob']}  {fr(p['dob'])}",
        p["sex"],
        NAT_TXT[p["cc"]],
        fr(p["issue"]),
        fr(p["expiry"]),
    ]
    y = H - 13 * mm
    for i, (lab, v) in enumerate(zip(labs, vals)):
        x = 29 * mm + (25 * mm if i in (4, 6) else 0)
        if i in (4, 6):
            y += 6 * mm
        c.setFont("dejavu", 3.8)
        c.setFillColorRGB(0.3, 0.3, 0.45)
        c.drawString(x, y, lab)
        c.setFont("dejavu-b", 6.2)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.drawString(x, y - 2.6 * mm, v)
        y -= 6 * mm
    c.setFont("mono-b", 7)
    c.setFillColorRGB(0.5, 0.1, 0.1)
    c.drawRightString(W - 3 * mm, H - 5 * mm, p["number"])
    draw_signature(c, p["given"] + " " + p["surname"], 30 * mm, 1.5 * mm, 22 * mm, 6 * mm, rng)


def _id_back(c, W, H, p, rng):
    col = IDC[p["cc"]][4]
    c.setFillColorRGB(*col)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 18 * mm, W, H - 18 * mm, rng, tuple(v * 0.95 for v in col), n=12)
    c.setFillColorRGB(0.1, 0.1, 0.2)
    c.setFont("dejavu", 5)
    c.drawString(4 * mm, H - 6 * mm, p.get("address", ""))
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 19 * mm, stroke=0, fill=1)
    draw_mrz(c, p["mrz"], 2.5 * mm, 1.5 * mm, W - 5 * mm)


def id_card_images(p: dict, rng: random.Random):
    if "mrz" not in p:
        p["mrz"] = td1(
            IDC[p["cc"]][2],
            p["cc"],
            p["number"],
            p["surname"],
            p["given"],
            p["dob"],
            p["sex"],
            p["expiry"],
            p["cc"],
        )
    f = card_image(_id_front, 85.6, 54, dpi=500, p=p, rng=rng)
    b = card_image(_id_back, 85.6, 54, dpi=500, p=p, rng=rng)
    return f, b


# ---------------------------------------------------------------- French visa sticker
def _visa(c, W, H, v, rng):
    c.setFillColorRGB(0.93, 0.90, 0.95)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 20 * mm, W, H - 20 * mm, rng, (0.85, 0.80, 0.9), n=20)
    c.setFillColorRGB(0.2, 0.2, 0.45)
    c.setFont("dejavu-b", 11)
    c.drawString(5 * mm, H - 8 * mm, "VISA")
    c.setFont("mono-b", 8)
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.drawRightString(W - 4 * mm, H - 7 * mm, v["number"])
    c.drawImage(ImageReader(photo_png(rng, v["sex"])), 4 * mm, 22 * mm, 24 * mm, 31 * mm)
    rows = [
        (
            "VALABLE POUR / VALID FOR",
            "FRANCE",
            "DU / FROM",
            fr(v["valid_from"]),
            "AU / UNTIL",
            fr(v["valid_until"]),
        ),
        (
            "TYPE DE VISA / TYPE OF VISA",
            v["visa_type"],
            "DURÉE DE SÉJOUR",
            f"{v['days']} JOURS",
            "NOMBRE D'ENTRÉES",
            "MULT",
        ),
        (
            "DÉLIVRÉ À / ISSUED IN",
            v["issued_in"],
            "LE / ON",
            fr(v["issued_on"]),
            "N° DE PASSEPORT",
            v["passport"],
        ),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}", "", "", "", ""),
    ]
    y = H - 14 * mm
    for r in rows:
        for k in range(3):
            if not r[2 * k]:
                continue
            x = 31 * mm + k * 30 * mm
            c.setFont("dejavu", 3.9)
            c.setFillColorRGB(0.35, 0.3, 0.45)
            c.drawString(x, y, r[2 * k])
            c.setFont("mono-b", 6.6)
            c.setFillColorRGB(0.08, 0.08, 0.1)
            c.drawString(x, y - 2.8 * mm, r[2 * k + 1])
        y -= 7 * mm
    c.setFont("dejavu", 3.9)
    c.setFillColorRGB(0.35, 0.3, 0.45)
    c.drawString(31 * mm, y, "REMARQUES / REMARKS")
    c.setFont("mono-b", 6.2)
    c.setFillColorRGB(0.08, 0.08, 0.1)
    for i, ln in enumerate(v["remarks"]):
        c.drawString(31 * mm, y - (2.8 + 2.8 * i) * mm, ln)
    draw_mrz(c, v["mrz"], 2 * mm, 1.5 * mm, W - 4 * mm)


def visa_image(v: dict, rng: random.Random):
    v["mrz"] = mrva(
        "FRA",
        v["nat"],
        v["number"],
        v["surname"],
        v["given"],
        v["dob"],
        v["sex"],
        v["valid_until"],
        doc="V" + ("<" if v["visa_type"] == "C" else "D"),
    )
    if v["visa_type"] == "C":
        v["mrz"][0] = "VC" + v["mrz"][0][2:]
    return card_image(_visa, 120, 82, dpi=360, v=v, rng=rng)


# ---------------------------------------------------------------- titre de séjour
def _ts_front(c, W, H, t, rng):
    c.setFillColorRGB(0.90, 0.92, 0.95)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, rng, (0.84, 0.86, 0.93), n=16)
    c.setFillColorRGB(0.0, 0.15, 0.45)
    c.setFont("dejavu-b", 5.8)
    c.drawString(4 * mm, H - 5 * mm, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("dejavu-b", 6.6)
    c.drawString(4 * mm, H - 9 * mm, "TITRE DE SÉJOUR")
    c.setFont("mono-b", 6.5)
    c.setFillColorRGB(0.5, 0.1, 0.1)
    c.drawRightString(W - 3 * mm, H - 5 * mm, t["number"])
    c.drawImage(ImageReader(photo_png(rng, t["sex"])), 4 * mm, 8 * mm, 21 * mm, 27 * mm)
    vals = [
        ("NOM", t["surname"]),
        ("Prénoms", t["given"]),
        ("SEXE / NAT.", f"{t['sex']}   {t['nat']}"),
        ("DATE DE NAISS.", fr(t["dob"])),
        ("VALABLE JUSQU'AU", fr(t["expiry"])),
        ("TYPE DU TITRE", t["kind"]),
        ("REMARQUES", t["remarks"]),
    ]
    y = H - 13 * mm
    for lab, v in vals:
        c.setFont("dejavu", 3.7)
        c.setFillColorRGB(0.3, 0.3, 0.45)
        c.drawString(28 * mm, y, lab)
        c.setFont("dejavu-b", 5.6)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.drawString(28 * mm, y - 2.3 * mm, v[:46])
        y -= 5.4 * mm


def _ts_back(c, W, H, t, rng):
    c.setFillColorRGB(0.92, 0.93, 0.95)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.2)
    c.setFont("dejavu", 4.5)
    c.drawString(4 * mm, H - 6 * mm, f"ADRESSE : {t['address']}")
    c.drawString(4 * mm, H - 10 * mm, f"LIEU DE NAISSANCE : {t['pob']}")
    c.drawString(4 * mm, H - 14 * mm, f"DÉLIVRÉ LE {fr(t['issue'])}  PAR  {t['prefecture']}")
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 19 * mm, stroke=0, fill=1)
    draw_mrz(c, t["mrz"], 2.5 * mm, 1.5 * mm, W - 5 * mm)


def titre_images(t: dict, rng: random.Random):
    t["mrz"] = td1(
        "IR",
        "FRA",
        t["number"],
        t["surname"],
        t["given"],
        t["dob"],
        t["sex"],
        t["expiry"],
        t["nat"],
    )
    f = card_image(_ts_front, 85.6, 54, dpi=500, t=t, rng=rng)
    b = card_image(_ts_back, 85.6, 54, dpi=500, t=t, rng=rng)
    return f, b
