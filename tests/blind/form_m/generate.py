#!/usr/bin/env python3
"""Blind set form_m: PUMa application forms (cerfa 15763*02, S1106), one per folder.

Usage: generate.py OUT_DIR

Deterministic: every random choice comes from random.Random / numpy generators seeded
from fixed strings; reportlab runs with invariant=1, pikepdf with static ids, OpenCV on
one thread.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

SET = "form_m"
N_DOCS = 64
PW, PH = 595.2756, 841.8898
FONTS = "/usr/share/fonts"

HAND_FONTS = {
    "femke": f"{FONTS}/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": f"{FONTS}/truetype/fifthhorseman/dkg.ttf",
    "ecolier": f"{FONTS}/truetype/ecolier-court/Ecolier-court.ttf",
    "comic": f"{FONTS}/opentype/comic-neue/ComicNeue-Regular.otf",
    "humor": f"{FONTS}/truetype/humor-sans/Humor-Sans.ttf",
}
SIG_FONTS = [
    f"{FONTS}/opentype/dancingscript/DancingScript-Regular.otf",
    f"{FONTS}/opentype/kaushanscript/KaushanScript-Regular.otf",
    f"{FONTS}/truetype/ecolier-court/Ecolier-court.ttf",
    f"{FONTS}/truetype/fifthhorseman/dkgIt.ttf",
]
FALLBACK_HAND = HAND_FONTS["femke"]
THIN_FONTS = {HAND_FONTS["ecolier"], HAND_FONTS["femke"], HAND_FONTS["dkg"]}

_TTF = {
    "Lato": f"{FONTS}/truetype/lato/Lato-Regular.ttf",
    "Lato-Bold": f"{FONTS}/truetype/lato/Lato-Bold.ttf",
    "Lato-Italic": f"{FONTS}/truetype/lato/Lato-Italic.ttf",
    "LibSans": f"{FONTS}/truetype/liberation/LiberationSans-Regular.ttf",
    "DejaVu": f"{FONTS}/truetype/dejavu/DejaVuSans.ttf",
    "Carlito": f"{FONTS}/truetype/crosextra/Carlito-Regular.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

# --------------------------------------------------------------------------------------
# print runs (three renderings of the same official form)
# --------------------------------------------------------------------------------------
RUNS = {
    1: {
        "font": "Helvetica",
        "bold": "Helvetica-Bold",
        "italic": "Helvetica-Oblique",
        "accent": Color(0.05, 0.30, 0.55),
        "fill": Color(0.91, 0.94, 0.97),
        "names_comb": True,
        "label": "beside",
        "round": False,
        "sig_label": "above",
        "field_prefix": "Page{p}_",
    },
    2: {
        "font": "Times-Roman",
        "bold": "Times-Bold",
        "italic": "Times-Italic",
        "accent": Color(0.15, 0.15, 0.15),
        "fill": None,
        "names_comb": False,
        "label": "dotted",
        "round": False,
        "sig_label": "inside_tl",
        "field_prefix": "",
    },
    3: {
        "font": "Lato",
        "bold": "Lato-Bold",
        "italic": "Lato-Italic",
        "accent": Color(0.0, 0.42, 0.48),
        "fill": Color(0.95, 0.97, 0.97),
        "names_comb": False,
        "label": "inside",
        "round": True,
        "sig_label": "inside_center",
        "field_prefix": "A_",
    },
}

SITUATIONS = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}
MONTHS_FR = [
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


def strip_accents(s: str) -> str:
    out = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def rng_for(*parts) -> random.Random:
    return random.Random("|".join(str(p) for p in parts))


def np_rng(*parts) -> np.random.Generator:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "big"))


# --------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------
# iso3, country as written in French, INSEE-like country code, cities,
# given names (M), given names (F), surnames ("m|f" for gendered surnames)
COUNTRIES = [
    (
        "DZA",
        "Algérie",
        "algérienne",
        352,
        ["Oran", "Alger", "Tizi Ouzou"],
        ["Karim", "Yacine", "Sofiane Abdelkader"],
        ["Amel", "Nassima", "Feriel Lina"],
        ["Benali", "Bouzid", "Ait Ouali", "Belkacem"],
    ),
    (
        "MAR",
        "Maroc",
        "marocaine",
        350,
        ["Casablanca", "Fès", "Agadir"],
        ["Youssef", "Mehdi", "Hamza"],
        ["Salma", "Khadija", "Imane"],
        ["El Amrani", "Benjelloun", "Ouazzani", "El Idrissi"],
    ),
    (
        "TUN",
        "Tunisie",
        "tunisienne",
        351,
        ["Sfax", "Sousse"],
        ["Anis", "Walid"],
        ["Rim", "Sonia", "Inès"],
        ["Ben Salah", "Trabelsi", "Jaziri"],
    ),
    (
        "SEN",
        "Sénégal",
        "sénégalaise",
        341,
        ["Dakar", "Thiès", "Ziguinchor"],
        ["Mamadou", "Ousmane", "Cheikh Tidiane"],
        ["Aminata", "Fatou", "Awa"],
        ["Ndiaye", "N'Diaye", "Diop", "Sarr"],
    ),
    (
        "CIV",
        "Côte d'Ivoire",
        "ivoirienne",
        326,
        ["Abidjan", "Bouaké"],
        ["Kouadio", "Yao Serge"],
        ["Adjoua", "Marie-Laure"],
        ["Kouassi", "Koné", "N'Guessan"],
    ),
    (
        "CMR",
        "Cameroun",
        "camerounaise",
        322,
        ["Douala", "Yaoundé"],
        ["Jean-Paul", "Christian"],
        ["Brenda", "Esther Carine"],
        ["Mbarga", "Nkoulou", "Fotso"],
    ),
    (
        "MLI",
        "Mali",
        "malienne",
        335,
        ["Bamako", "Kayes"],
        ["Moussa", "Seydou"],
        ["Mariam", "Kadiatou"],
        ["Traoré", "Keïta", "Coulibaly"],
    ),
    (
        "COD",
        "RD Congo",
        "congolaise",
        312,
        ["Kinshasa", "Lubumbashi"],
        ["Patrick", "Dieudonné"],
        ["Grâce", "Nadège"],
        ["Mukendi", "Kabongo", "Ilunga"],
    ),
    (
        "GIN",
        "Guinée",
        "guinéenne",
        330,
        ["Conakry", "Labé"],
        ["Alpha", "Ibrahima"],
        ["Mariama", "Hawa"],
        ["Barry", "Diallo", "Camara"],
    ),
    (
        "HTI",
        "Haïti",
        "haïtienne",
        415,
        ["Port-au-Prince", "Cap-Haïtien"],
        ["Jean-Robert", "Wilner"],
        ["Marie-Ange", "Rose-Merline"],
        ["Pierre-Louis", "Jean-Baptiste", "Désir"],
    ),
    (
        "CHN",
        "Chine",
        "chinoise",
        216,
        ["Shanghai", "Chengdu", "Wuhan"],
        ["Wei", "Hao", "Jian"],
        ["Xiaoling", "Mei", "Yuting"],
        ["Zhang", "Liu", "Chen"],
    ),
    (
        "VNM",
        "Viêt Nam",
        "vietnamienne",
        243,
        ["Hanoi", "Hô Chi Minh-Ville", "Huê"],
        ["Minh Duc", "Quoc Bao"],
        ["Thi Lan", "Ngoc Anh", "Thu Trang"],
        ["Nguyen", "Tran", "Pham"],
    ),
    (
        "IND",
        "Inde",
        "indienne",
        223,
        ["Pune", "Chennai", "Kochi"],
        ["Rahul", "Venkatesh Subramanian"],
        ["Priya", "Ananya Lakshmi"],
        ["Sharma", "Iyer", "D'Souza", "Nair"],
    ),
    (
        "PAK",
        "Pakistan",
        "pakistanaise",
        213,
        ["Lahore", "Karachi"],
        ["Usman", "Bilal"],
        ["Ayesha", "Hira"],
        ["Qureshi", "Malik", "Chaudhry"],
    ),
    (
        "BGD",
        "Bangladesh",
        "bangladaise",
        246,
        ["Dhaka", "Sylhet"],
        ["Tanvir", "Rafiqul"],
        ["Nusrat", "Sharmin"],
        ["Rahman", "Hossain", "Chowdhury"],
    ),
    (
        "LKA",
        "Sri Lanka",
        "sri-lankaise",
        235,
        ["Colombo", "Jaffna"],
        ["Nuwan", "Tharindu"],
        ["Dilani", "Ishara"],
        ["Perera", "Jayasuriya"],
    ),
    (
        "BRA",
        "Brésil",
        "brésilienne",
        416,
        ["São Paulo", "Recife", "Belo Horizonte"],
        ["João Pedro", "Rafael"],
        ["Ana Beatriz", "Luana"],
        ["da Silva Santos", "Oliveira", "Souza Lima"],
    ),
    (
        "COL",
        "Colombie",
        "colombienne",
        419,
        ["Medellín", "Bogotá", "Cali"],
        ["Andrés Felipe", "Juan Camilo"],
        ["María Fernanda", "Valentina"],
        ["García Restrepo", "Gómez Ríos", "Ospina Londoño"],
    ),
    (
        "PER",
        "Pérou",
        "péruvienne",
        422,
        ["Lima", "Arequipa"],
        ["Luis Alberto", "Jorge"],
        ["Rosa María", "Milagros"],
        ["Quispe Mamani", "Huamán Torres"],
    ),
    (
        "VEN",
        "Venezuela",
        "vénézuélienne",
        424,
        ["Caracas", "Maracaibo"],
        ["José Gregorio", "Carlos Eduardo"],
        ["Génesis", "Andreína"],
        ["Rodríguez Pérez", "Hernández Mora"],
    ),
    (
        "MEX",
        "Mexique",
        "mexicaine",
        405,
        ["Guadalajara", "Puebla", "Oaxaca"],
        ["Diego", "Emiliano"],
        ["Ximena", "Guadalupe"],
        ["López Hernández", "Martínez Cruz"],
    ),
    (
        "USA",
        "États-Unis",
        "américaine",
        404,
        ["Chicago", "Portland", "Austin"],
        ["Tyler James", "Michael"],
        ["Emily Rose", "Megan"],
        ["Johnson", "O'Connor", "McAllister"],
    ),
    (
        "CAN",
        "Canada",
        "canadienne",
        401,
        ["Montréal", "Winnipeg"],
        ["Étienne", "Liam"],
        ["Chloé", "Olivia"],
        ["Tremblay", "Gagnon", "MacDonald"],
    ),
    (
        "GBR",
        "Royaume-Uni",
        "britannique",
        132,
        ["Leeds", "Glasgow", "Cardiff"],
        ["Oliver", "Callum"],
        ["Siobhan", "Harriet"],
        ["Thompson", "O'Neill", "Pryce-Jones"],
    ),
    (
        "UKR",
        "Ukraine",
        "ukrainienne",
        155,
        ["Kharkiv", "Lviv", "Odesa"],
        ["Oleksandr", "Dmytro"],
        ["Olena", "Kateryna"],
        ["Shevchenko", "Kovalenko", "Bondarenko"],
    ),
    (
        "RUS",
        "Russie",
        "russe",
        123,
        ["Kazan", "Novossibirsk"],
        ["Alexei", "Sergueï"],
        ["Anastasia", "Ekaterina"],
        ["Orlov|Orlova", "Sokolov|Sokolova"],
    ),
    (
        "TUR",
        "Turquie",
        "turque",
        208,
        ["Izmir", "Ankara", "Trabzon"],
        ["Emre", "Mehmet Ali"],
        ["Elif", "Zeynep"],
        ["Öztürk", "Demir", "Çelik"],
    ),
    (
        "IRN",
        "Iran",
        "iranienne",
        204,
        ["Tabriz", "Ispahan", "Chiraz"],
        ["Reza", "Amir Hossein"],
        ["Shirin", "Negar"],
        ["Rahimi", "Hosseini", "Karimi"],
    ),
    (
        "LBN",
        "Liban",
        "libanaise",
        205,
        ["Beyrouth", "Tripoli"],
        ["Georges", "Karim"],
        ["Rita", "Nour"],
        ["Khoury", "Abi Nader", "El-Khoury"],
    ),
    (
        "EGY",
        "Égypte",
        "égyptienne",
        301,
        ["Alexandrie", "Le Caire"],
        ["Ahmed", "Mostafa"],
        ["Yasmin", "Nourhan"],
        ["Abdel Fattah", "El-Sayed"],
    ),
    (
        "PHL",
        "Philippines",
        "philippine",
        220,
        ["Cebu", "Davao"],
        ["Jose Mari", "Mark Anthony"],
        ["Maria Cristina", "Joy"],
        ["Dela Cruz", "Bautista", "Reyes"],
    ),
    (
        "NGA",
        "Nigeria",
        "nigériane",
        336,
        ["Lagos", "Ibadan", "Enugu"],
        ["Chukwuemeka", "Oluwaseun"],
        ["Ngozi", "Adaeze"],
        ["Okafor", "Adeyemi", "Eze"],
    ),
    (
        "KOR",
        "Corée du Sud",
        "sud-coréenne",
        239,
        ["Busan", "Daegu"],
        ["Min-jun", "Ji-ho"],
        ["Seo-yeon", "Ha-eun"],
        ["Kim", "Park", "Choi"],
    ),
    (
        "ESP",
        "Espagne",
        "espagnole",
        134,
        ["Valencia", "Sevilla"],
        ["Alejandro", "Javier"],
        ["Lucía", "Carmen"],
        ["Fernández López", "Sánchez Ortega"],
    ),
    (
        "ITA",
        "Italie",
        "italienne",
        127,
        ["Napoli", "Torino"],
        ["Lorenzo", "Matteo"],
        ["Giulia", "Chiara"],
        ["D'Amico", "De Luca", "Russo"],
    ),
    (
        "DEU",
        "Allemagne",
        "allemande",
        109,
        ["Leipzig", "Köln"],
        ["Lukas", "Jonas"],
        ["Anna-Lena", "Jana"],
        ["Müller", "Schröder", "Weber"],
    ),
    (
        "PRT",
        "Portugal",
        "portugaise",
        139,
        ["Porto", "Braga"],
        ["Tiago", "Rui"],
        ["Inês", "Beatriz"],
        ["Pereira Costa", "Gonçalves"],
    ),
]
USAGE_NAMES = [
    "Martin",
    "Lefebvre",
    "Dubois",
    "Moreau",
    "Girard",
    "Roux",
    "Fontaine",
    "Chevalier",
    "Lambert",
    "Bonnet",
]
ADDRESSES = [
    ("75011", "Paris"),
    ("69007", "Lyon"),
    ("13005", "Marseille"),
    ("31400", "Toulouse"),
    ("33000", "Bordeaux"),
    ("59000", "Lille"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("34000", "Montpellier"),
    ("94000", "Créteil"),
    ("93200", "Saint-Denis"),
    ("92130", "Issy-les-Moulineaux"),
    ("38000", "Grenoble"),
    ("35000", "Rennes"),
    ("06000", "Nice"),
    ("21000", "Dijon"),
    ("75019", "Paris"),
    ("76000", "Rouen"),
]
STREETS = [
    "rue de la République",
    "avenue Jean Jaurès",
    "rue Victor Hugo",
    "boulevard Voltaire",
    "rue des Lilas",
    "allée des Tilleuls",
    "rue Pasteur",
    "rue du Faubourg Saint-Antoine",
    "impasse des Glycines",
    "rue Émile Zola",
    "chemin des Vignes",
    "place du Marché",
    "rue Paul Bert",
    "cours Gambetta",
]
JOBS = [
    ("Développeuse web", "Développeur web", "Octaedre Numérique SAS"),
    ("Aide-soignante", "Aide-soignant", "Clinique des Hauts Prés"),
    ("Ingénieure de recherche", "Ingénieur de recherche", "Labo Nexaria SARL"),
    ("Serveuse", "Serveur", "Brasserie Le Carillon"),
    ("Chargée de projet", "Chargé de projet", "Atelier Boréal SAS"),
    ("Cuisinière", "Cuisinier", "Restaurant Chez Mounia"),
    ("Analyste financière", "Analyste financier", "Vélum Conseil SA"),
    ("Agent d'entretien", "Agent d'entretien", "ProNett Services"),
]
AUTRE_TEXTS = [
    "retraité(e)",
    "conjoint(e) de salarié",
    "doctorant(e)",
    "jeune au pair",
    "stagiaire",
]


def nir_key(n13: str) -> str:
    return f"{97 - int(n13) % 97:02d}"


def make_person(i: int) -> dict:
    r = rng_for(SET, "person", i)
    iso, country, nat, ccode, cities, gm, gf, surnames = COUNTRIES[i % len(COUNTRIES)]
    sex = r.choice("FM")
    given = r.choice(gf if sex == "F" else gm)
    sur = r.choice(surnames)
    if "|" in sur:
        sur = sur.split("|")[0 if sex == "M" else 1]
    usage = None
    if sex == "F" and r.random() < 0.3:
        usage = r.choice(USAGE_NAMES)
    dob = date(1962, 1, 1) + timedelta(days=r.randrange(0, 42 * 365))
    pc, city = r.choice(ADDRESSES)
    addr = f"{r.randint(1, 148)} {r.choice(STREETS)}"
    if r.random() < 0.3:
        addr += f", apt {r.randint(2, 58)}"
    phone = "0" + r.choice("67") + "".join(f" {r.randint(10, 99)}" for _ in range(4))
    base = strip_accents(given.split()[0]).lower().replace("'", "")
    email = (
        f"{base}.{strip_accents(sur).lower().replace(' ', '').replace(chr(39), '')}"
        f"{r.randint(1, 99)}@{r.choice(['gmail.com', 'outlook.fr', 'yahoo.com', 'laposte.net'])}"
    )
    n13 = (
        f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}99{ccode:03d}"
        f"{r.randint(1, 999):03d}"
    )
    return {
        "iso": iso,
        "country": country,
        "nationality": nat,
        "sex": sex,
        "given": given,
        "surname": sur,
        "usage": usage,
        "dob": dob,
        "birth_city": r.choice(cities),
        "postcode": pc,
        "city": city,
        "address": addr,
        "phone": phone,
        "email": email,
        "nir": n13 + nir_key(n13),
    }


# --------------------------------------------------------------------------------------
# form drawing (reportlab); returns field geometry in points (origin bottom-left)
# --------------------------------------------------------------------------------------
def _box(c, run, x, y, w, h, fill=True, lw=0.6):
    c.setLineWidth(lw)
    c.setStrokeColor(Color(0.2, 0.2, 0.2))
    f = run["fill"] if fill else None
    if f is not None:
        c.setFillColor(f)
    if run["round"]:
        c.roundRect(x, y, w, h, 3, stroke=1, fill=1 if f is not None else 0)
    else:
        c.rect(x, y, w, h, stroke=1, fill=1 if f is not None else 0)
    c.setFillColor(Color(0, 0, 0))


def _comb(c, run, x, y, n, bw=13.0, bh=16.0, groups=None, sep=""):
    """Comb boxes; groups = sizes of groups separated by a gap. Returns list of rects."""
    groups = groups or [n]
    boxes = []
    cx = x
    for gi, g in enumerate(groups):
        for _ in range(g):
            _box(c, run, cx, y, bw, bh)
            boxes.append((cx, y, bw, bh))
            cx += bw
        if gi < len(groups) - 1:
            if sep:
                c.setFont(run["font"], 10)
                c.drawCentredString(cx + 4, y + 4, sep)
            cx += 8
    return boxes


def _tick(c, run, x, y, s=9.0):
    c.setLineWidth(0.7)
    c.setStrokeColor(Color(0.1, 0.1, 0.1))
    if run["round"]:
        c.roundRect(x, y, s, s, 1.5, stroke=1, fill=0)
    else:
        c.rect(x, y, s, s, stroke=1, fill=0)
    return (x, y, s, s)


def _text_field(c, run, label, x, y, w, h=17.0, comb_n=0):
    """Draw a labelled field whose top is at y. Returns (geometry, new_y)."""
    font, lab = run["font"], run["label"]
    if comb_n and run["names_comb"]:
        c.setFont(font, 8.5)
        c.drawString(x, y - h + 5, label)
        boxes = _comb(c, run, x + 128, y - h, comb_n, bw=min(14.0, (w - 128) / comb_n), bh=h)
        return {"kind": "comb", "boxes": boxes}, y - h - 6
    if lab == "beside":
        c.setFont(font, 8.5)
        c.drawString(x, y - h + 5, label)
        lw = max(c.stringWidth(label, font, 8.5) + 6, 128 if w > 300 else 0)
        _box(c, run, x + lw, y - h, w - lw, h)
        return {"kind": "text", "rect": (x + lw, y - h, w - lw, h)}, y - h - 6
    if lab == "dotted":
        c.setFont(run["bold"], 10)
        c.drawString(x, y - h + 4, label)
        lw = c.stringWidth(label, run["bold"], 10) + 4
        c.setDash(1, 2)
        c.setLineWidth(0.6)
        c.line(x + lw, y - h + 3, x + w, y - h + 3)
        c.setDash()
        return {"kind": "text", "rect": (x + lw, y - h + 1, w - lw, h)}, y - h - 5
    # inside
    hh = h + 8
    _box(c, run, x, y - hh, w, hh)
    c.setFont(font, 6.5)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawString(x + 3, y - 8, label)
    c.setFillColor(Color(0, 0, 0))
    return {"kind": "text", "rect": (x + 2, y - hh, w - 4, hh - 7)}, y - hh - 5


def _section(c, run, x, y, letter, title):
    acc = run["accent"]
    if not letter:
        c.setFillColor(acc)
        c.setFont(run["bold"], 10.5)
        c.drawString(x, y - 12, title)
        c.setStrokeColor(acc)
        c.setLineWidth(0.8)
        c.line(x, y - 15, PW - x, y - 15)
        c.setFillColor(Color(0, 0, 0))
        c.setStrokeColor(Color(0, 0, 0))
        return y - 28
    if run["label"] == "beside":
        c.setFillColor(acc)
        c.rect(x, y - 16, PW - 2 * x, 16, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont(run["bold"], 10.5)
        c.drawString(x + 6, y - 12, f"{letter}   {title}")
    elif run["label"] == "dotted":
        c.setFillColor(acc)
        c.setFont(run["bold"], 12.5)
        c.drawString(x, y - 13, f"{letter}. {title}")
        c.setLineWidth(1.2)
        c.line(x, y - 16, PW - x, y - 16)
    else:
        c.setFillColor(acc)
        c.roundRect(x, y - 17, 22, 17, 4, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont(run["bold"], 11)
        c.drawCentredString(x + 11, y - 12.5, letter)
        c.setFillColor(acc)
        c.drawString(x + 30, y - 12.5, title)
        c.setStrokeColor(acc)
        c.setLineWidth(0.8)
        c.line(x + 30, y - 16, PW - x, y - 16)
    c.setFillColor(Color(0, 0, 0))
    c.setStrokeColor(Color(0, 0, 0))
    return y - 24


def _para(c, font, size, x, y, w, text, lead=None):
    lead = lead or size * 1.25
    words = text.split()
    line = ""
    for wd in words:
        t = (line + " " + wd).strip()
        if c.stringWidth(t, font, size) > w and line:
            c.setFont(font, size)
            c.drawString(x, y, line)
            y -= lead
            line = wd
        else:
            line = t
    if line:
        c.setFont(font, size)
        c.drawString(x, y, line)
        y -= lead
    return y


def _footer(c, run, page):
    c.setFont(run["font"], 7)
    c.setFillColor(Color(0.25, 0.25, 0.25))
    txt = f"S1106 — cerfa n° 15763*02 — page {page}/2"
    if run["label"] == "dotted":
        c.drawCentredString(PW / 2, 22, txt)
    else:
        c.drawRightString(PW - 36, 22, txt)
    c.setFillColor(Color(0, 0, 0))


def _header(c, run):
    x0, top = 36, PH - 34
    acc = run["accent"]
    # logo
    if run["label"] == "beside":
        c.setFillColor(acc)
        c.rect(x0, top - 34, 6, 34, stroke=0, fill=1)
        c.setFont(run["bold"], 13)
        c.drawString(x0 + 12, top - 14, "l'Assurance")
        c.drawString(x0 + 12, top - 30, "Maladie")
    elif run["label"] == "dotted":
        c.setFillColor(Color(0.1, 0.1, 0.1))
        c.setFont(run["italic"], 15)
        c.drawString(x0, top - 20, "l'Assurance Maladie")
        c.setFont(run["font"], 7.5)
        c.drawString(x0, top - 31, "Agir ensemble, protéger chacun")
    else:
        c.setFillColor(acc)
        c.circle(x0 + 14, top - 17, 14, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont(run["bold"], 12)
        c.drawCentredString(x0 + 14, top - 21, "AM")
        c.setFillColor(acc)
        c.setFont(run["bold"], 12)
        c.drawString(x0 + 34, top - 21, "l'Assurance Maladie")
    c.setFillColor(Color(0, 0, 0))
    # cerfa box
    bx = PW - 36 - 92
    c.setLineWidth(1)
    c.rect(bx, top - 36, 92, 36, stroke=1, fill=0)
    c.setFont("Helvetica-BoldOblique", 13)
    c.drawCentredString(bx + 46, top - 15, "cerfa")
    c.setFont(run["font"], 8.5)
    c.drawCentredString(bx + 46, top - 29, "N° 15763*02")
    # title
    y = top - 56
    c.setFont(run["bold"], 15 if run["label"] != "dotted" else 16)
    c.drawCentredString(PW / 2, y, "Demande d'ouverture des droits à l'assurance maladie")
    y -= 16
    c.setFont(run["font"], 11)
    c.drawCentredString(PW / 2, y, "Protection universelle maladie (PUMa)")
    y -= 12
    c.setFont(run["italic"], 7)
    c.drawCentredString(
        PW / 2,
        y,
        "Articles L. 160-1, L. 160-5, R. 111-3 et D. 160-2 du code de la sécurité sociale",
    )
    y -= 13
    notice = (
        "Vous travaillez ou vous résidez en France de façon stable et régulière et vous "
        "n'avez pas de prise en charge de vos frais de santé : complétez cette demande en "
        "lettres capitales, datez-la et signez-la, puis envoyez-la à la caisse d'assurance "
        "maladie de votre lieu de résidence avec les pièces justificatives listées en page 2."
    )
    y = _para(c, run["font"], 7, x0, y, PW - 72, notice, 8.6)
    return y - 4


def draw_page1(c, run) -> dict:
    g: dict = {}
    x0, w = 36, PW - 72
    y = _header(c, run)
    y = _section(c, run, x0, y, "A", "VOUS")
    g["surname"], y = _text_field(c, run, "Nom de naissance", x0, y, w, comb_n=26)
    g["usage_name"], y = _text_field(c, run, "Nom d'usage (facultatif)", x0, y, w, comb_n=26)
    g["given_names"], y = _text_field(c, run, "Prénom(s)", x0, y, w, comb_n=26)
    # sex + date of birth row
    f = run["font"]
    c.setFont(f, 8.5)
    c.drawString(x0, y - 12, "Sexe :")
    c.drawString(x0 + 40, y - 12, "F")
    g["sex_F"] = _tick(c, run, x0 + 50, y - 13.5)
    c.drawString(x0 + 70, y - 12, "M")
    g["sex_M"] = _tick(c, run, x0 + 82, y - 13.5)
    c.drawString(x0 + 130, y - 12, "Date de naissance")
    c.setFont(f, 6)
    c.drawString(x0 + 215, y + 1, "JJ")
    c.drawString(x0 + 250, y + 1, "MM")
    c.drawString(x0 + 290, y + 1, "AAAA")
    g["dob"] = {
        "kind": "comb",
        "boxes": _comb(c, run, x0 + 210, y - 17, 8, 13, 16, [2, 2, 4], sep="/"),
    }
    y -= 24
    half = (w - 10) / 2
    g["birth_city"], _ = _text_field(c, run, "Lieu de naissance : commune", x0, y, half)
    g["birth_country"], y = _text_field(c, run, "pays", x0 + half + 10, y, half)
    g["nationality"], y = _text_field(c, run, "Nationalité", x0, y, half)
    c.setFont(f, 8.5)
    c.drawString(x0, y - 12, "N° de sécurité sociale")
    c.setFont(f, 6.5)
    c.drawString(x0, y - 20, "(si vous en avez un)")
    boxes = _comb(c, run, x0 + 128, y - 17, 13, 13, 16, [1, 2, 2, 2, 3, 3])
    c.setFont(f, 7)
    kx = boxes[-1][0] + 13
    c.drawString(kx + 6, y - 12, "clé")
    kb = _comb(c, run, kx + 24, y - 17, 2, 13, 16)
    g["nir"] = {"kind": "comb", "boxes": boxes + kb}
    y -= 26
    g["address"], y = _text_field(c, run, "Adresse (n°, voie)", x0, y, w)
    c.setFont(f, 8.5)
    c.drawString(x0, y - 12, "Code postal")
    g["postcode"] = {"kind": "comb", "boxes": _comb(c, run, x0 + 60, y - 17, 5, 13, 16)}
    g["city"], y = _text_field(c, run, "Commune", x0 + 140, y, w - 140)
    g["phone"], _ = _text_field(c, run, "Téléphone", x0, y, 190)
    g["email"], y = _text_field(c, run, "E-mail", x0 + 200, y, w - 200)
    y -= 4
    y = _section(c, run, x0, y, "B", "VOTRE SITUATION")
    c.setFont(run["italic"], 7.5)
    c.drawString(x0, y, "Cochez la case correspondant à votre situation actuelle.")
    y -= 14

    def opt(key, text, yy):
        g[key] = _tick(c, run, x0, yy - 2)
        c.setFont(f, 9)
        c.drawString(x0 + 15, yy, text)

    opt("salarie", "Vous êtes salarié(e) en France", y)
    c.setFont(f, 8.5)
    c.drawString(x0 + 250, y, "Type de contrat :")
    c.drawString(x0 + 330, y, "CDI")
    g["cdi"] = _tick(c, run, x0 + 350, y - 2)
    c.drawString(x0 + 375, y, "CDD")
    g["cdd"] = _tick(c, run, x0 + 397, y - 2)
    y -= 6
    g["job"], _ = _text_field(c, run, "Emploi occupé", x0 + 15, y, half - 15)
    g["employer"], y = _text_field(c, run, "Employeur", x0 + half + 10, y, half)
    y -= 8
    opt("independant", "Vous êtes travailleur indépendant en France", y)
    y -= 17
    opt("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit(e) à France Travail)", y)
    y -= 17
    opt("etudiant", "Vous êtes étudiant(e)", y)
    y -= 17
    opt(
        "sans_activite",
        "Vous êtes sans activité professionnelle et vous résidez en France de manière stable",
        y,
    )
    c.drawString(x0 + 15, y - 10, "et régulière depuis plus de trois mois")
    y -= 27
    opt("autre", "Autre situation, précisez :", y)
    g["autre_text"], y = _text_field(c, run, "", x0 + 150, y + 12, w - 150, h=15)
    c.setFont(run["italic"], 6.5)
    _para(
        c,
        run["italic"],
        6.5,
        x0,
        48,
        w,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle "
        "garantit un droit d'accès et de rectification des données vous concernant "
        "auprès de votre caisse d'assurance maladie.",
        8,
    )
    _footer(c, run, 1)
    return g


def draw_page2(c, run) -> dict:
    g: dict = {}
    x0, w = 36, PW - 72
    f = run["font"]
    y = PH - 46
    y = _section(c, run, x0, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    cert = (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande. "
        "Je m'engage à signaler sans délai à ma caisse d'assurance maladie tout changement de "
        "ma situation (adresse, activité, état civil). Je suis informé(e) que toute fausse "
        "déclaration m'expose aux sanctions prévues par les articles 313-1 et 441-1 du code "
        "pénal et L. 114-17 du code de la sécurité sociale."
    )
    y = _para(c, f, 9, x0, y - 4, w, cert, 11.5) - 10
    c.setFont(f, 10)
    c.drawString(x0, y - 12, "Fait à")
    c.setDash(1, 2)
    c.setLineWidth(0.6)
    c.line(x0 + 32, y - 13, x0 + 250, y - 13)
    c.setDash()
    g["place"] = {"kind": "text", "rect": (x0 + 34, y - 12, 214, 17)}
    c.drawString(x0 + 262, y - 12, "le")
    c.setDash(1, 2)
    c.line(x0 + 276, y - 13, x0 + 420, y - 13)
    c.setDash()
    g["date"] = {"kind": "text", "rect": (x0 + 278, y - 12, 142, 17)}
    y -= 28
    sx, sw, sh = x0 + 250, 240, 84
    if run["sig_label"] == "above":
        c.setFont(run["bold"], 9.5)
        c.drawString(sx, y - 10, "Signature")
        y -= 14
    c.setLineWidth(1)
    _box(c, run, sx, y - sh, sw, sh, fill=False, lw=1)
    if run["sig_label"] == "inside_tl":
        c.setFont(run["italic"], 9)
        c.drawString(sx + 5, y - 12, "Signature")
    elif run["sig_label"] == "inside_center":
        c.setFont(f, 10)
        c.setFillColor(Color(0.55, 0.55, 0.55))
        c.drawCentredString(sx + sw / 2, y - sh / 2 - 3, "Signature")
        c.setFillColor(Color(0, 0, 0))
    g["sig"] = (sx, y - sh, sw, sh)
    y -= sh + 22
    y = _section(c, run, x0, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    items = [
        "une pièce d'identité en cours de validité : passeport ou, pour les ressortissants "
        "de l'Union européenne, de l'EEE ou de la Suisse, carte nationale d'identité ;",
        "si vous n'êtes pas ressortissant de l'UE, de l'EEE ou de la Suisse : titre de "
        "séjour, visa long séjour valant titre de séjour (VLS-TS) ou récépissé de demande ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou "
        "légalisé selon le pays d'émission ;",
        "un justificatif de résidence en France depuis plus de trois mois : bail, trois "
        "factures successives (électricité, gaz, eau, téléphone, internet) ou attestation "
        "d'hébergement accompagnée de la pièce d'identité et d'un justificatif de "
        "domicile de l'hébergeant ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for it in items:
        c.setFont(f, 9)
        c.drawString(x0 + 4, y, "•" if run["label"] != "dotted" else "–")
        y = _para(c, f, 8.8, x0 + 16, y, w - 16, it, 11) - 3
    y -= 14
    bh = 92
    c.setStrokeColor(Color(0.35, 0.35, 0.35))
    c.setLineWidth(0.8)
    c.setDash(3, 2)
    c.rect(x0, y - bh, w, bh, stroke=1, fill=0)
    c.setDash()
    c.setFont(run["bold"], 9)
    c.drawString(x0 + 8, y - 14, "Cadre réservé à l'organisme")
    c.setFont(f, 8.5)
    c.drawString(x0 + 8, y - 34, "Date de réception : ____ / ____ / ________")
    c.drawString(x0 + 8, y - 54, "Pièces vérifiées :")
    _tick(c, run, x0 + 90, y - 56)
    c.drawString(x0 + 102, y - 54, "oui")
    _tick(c, run, x0 + 130, y - 56)
    c.drawString(x0 + 142, y - 54, "non")
    c.drawString(x0 + 8, y - 74, "Matricule agent : ______________")
    c.drawString(x0 + 280, y - 34, "Observations :")
    _footer(c, run, 2)
    return g


def layout(run_id: int) -> tuple[dict, dict]:
    c = canvas.Canvas(io.BytesIO(), pagesize=(PW, PH), invariant=1)
    g1 = draw_page1(c, RUNS[run_id])
    c.showPage()
    g2 = draw_page2(c, RUNS[run_id])
    return g1, g2


# --------------------------------------------------------------------------------------
# values a writer puts on the form
# --------------------------------------------------------------------------------------
def field_values(doc: dict) -> tuple[dict, dict, set]:
    """Return (page1 text values, page2 text values, set of ticked keys)."""
    p = doc["person"]
    up = doc["caps"]
    acc = doc["accents"]

    def t(s):
        if s is None:
            return None
        s = s.upper() if up else s
        return s if acc else strip_accents(s)

    v1 = {
        "surname": doc["w_surname"],
        "usage_name": doc["w_usage"],
        "given_names": doc["w_given"],
        "dob": p["dob"].strftime("%d%m%Y"),
        "birth_city": t(p["birth_city"]),
        "birth_country": t(p["country"]),
        "nationality": t(p["nationality"]),
        "nir": doc["nir"],
        "address": t(p["address"]),
        "postcode": p["postcode"],
        "city": t(p["city"]),
        "phone": p["phone"],
        "email": p["email"],
        "job": t(doc["job"]) if doc["job"] else None,
        "employer": t(doc["employer"]) if doc["employer"] else None,
        "autre_text": t(doc["autre_text"]) if doc["autre_text"] else None,
    }
    v2 = {"place": doc["place"], "date": doc["date_text"]}
    ticks = set(doc["ticks"])
    ticks.add("sex_" + p["sex"])
    return v1, v2, ticks


# --------------------------------------------------------------------------------------
# PDF building (blank / typed / AcroForm)
# --------------------------------------------------------------------------------------
def _typed_text(c, font, size, rect, s):
    x, y, w, h = rect
    while c.stringWidth(s, font, size) > w - 4 and size > 5:
        size -= 0.5
    c.setFont(font, size)
    c.drawString(x + 3, y + h * 0.27, s)


def _typed_comb(c, font, size, boxes, s):
    c.setFont(font, size)
    for ch, (x, y, w, h) in zip(s, boxes):
        if ch != " ":
            c.drawCentredString(x + w / 2, y + h * 0.25, ch)


def build_pdf(doc: dict, page_order: list[int], hand_part: set) -> bytes:
    """Reportlab PDF of the form. Typed values are drawn (typed ways) or put in AcroForm
    fields (acroform ways). `hand_part` lists keys that are left for the pen."""
    run = RUNS[doc["run"]]
    way = doc["fill_way"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PW, PH), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    v1, v2, ticks = field_values(doc)
    tf, ts = doc["typed_font"], doc["typed_size"]
    for pno in page_order:
        g = draw_page1(c, run) if pno == 1 else draw_page2(c, run)
        vals = v1 if pno == 1 else v2
        if way == "hand":
            c.showPage()
            continue
        prefix = run["field_prefix"].format(p=pno)
        for key, geo in g.items():
            if key in hand_part or key == "sig":
                continue
            if isinstance(geo, tuple):  # tick box
                if key.startswith("sex_") or key in SITUATIONS or key in ("cdi", "cdd"):
                    on = key in ticks
                    if way.startswith("acroform"):
                        x, y, s, _ = geo
                        c.acroForm.checkbox(
                            name=prefix + doc["fnames"].get(key, key),
                            checked=on,
                            buttonStyle="cross",
                            x=x,
                            y=y,
                            size=s,
                            borderWidth=0,
                            fillColor=None,
                            borderColor=None,
                        )
                    elif on:
                        x, y, s, _ = geo
                        c.setFont("Helvetica-Bold", s)
                        c.drawCentredString(x + s / 2, y + 1.2, "X")
                continue
            val = vals.get(key)
            fname = prefix + doc["fnames"].get(key, key)
            if geo["kind"] == "comb":
                boxes = geo["boxes"]
                if way.startswith("acroform"):
                    for i, (x, y, w, h) in enumerate(boxes):
                        ch = val[i] if val and i < len(val) else ""
                        c.acroForm.textfield(
                            name=f"{fname}_{i + 1:02d}",
                            value=ch,
                            x=x + w * 0.22,
                            y=y,
                            width=w * 0.72,
                            height=h,
                            maxlen=1,
                            borderWidth=0,
                            fillColor=None,
                            borderColor=None,
                            fontName=tf,
                            fontSize=ts,
                        )
                elif val:
                    _typed_comb(c, tf, ts, boxes, val)
            else:
                rect = geo["rect"]
                if way.startswith("acroform"):
                    x, y, w, h = rect
                    c.acroForm.textfield(
                        name=fname,
                        value=val or "",
                        x=x,
                        y=y,
                        width=w,
                        height=h,
                        borderWidth=0,
                        fillColor=None,
                        borderColor=None,
                        fontName=tf,
                        fontSize=ts,
                    )
                elif val:
                    _typed_text(c, tf, ts, rect, val)
        if pno == 2:
            sx, sy, sw, sh = g["sig"]
            if way == "acroform" and doc["sig_mode"] == "signed":
                png = signature_image(doc, int(sw * 300 / 72), int(sh * 300 / 72))
                c.drawImage(ImageReader(png), sx + 4, sy + 3, sw - 8, sh - 6, mask="auto")
            if way == "acroform" and doc["sig_mode"] == "stray":
                c.acroForm.textfield(
                    name=prefix + doc["fnames"]["sig"],
                    value="x",
                    x=sx + sw * 0.4,
                    y=sy + sh * 0.35,
                    width=30,
                    height=20,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fontName=tf,
                    fontSize=12,
                )
        c.showPage()
    c.save()
    data = buf.getvalue()
    if way == "acroform" and not doc["with_ap"]:
        data = strip_appearances(data)
    return data


def strip_appearances(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if (
                    annot.get("/Subtype") == "/Widget"
                    and "/FT" in annot
                    and annot.FT == "/Tx"
                    and "/AP" in annot
                ):
                    del annot["/AP"]
        if "/AcroForm" in pdf.Root:
            pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, static_id=True, deterministic_id=False)
        return out.getvalue()


def render_pages(data: bytes, dpi: int, forms: bool) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        pg = pdf[i]
        img = pg.render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        out.append(img)
        pg.close()
    pdf.close()
    return out


# --------------------------------------------------------------------------------------
# handwriting
# --------------------------------------------------------------------------------------
_FONT_CACHE: dict = {}


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, size)
    return _FONT_CACHE[key]


def _has_glyph(path: str, ch: str) -> bool:
    f = _font(path, 40)
    key = ("glyph", path, ch)
    if key not in _FONT_CACHE:
        nd = f.getmask("\uffff").getbbox()
        _FONT_CACHE[key] = ch == " " or f.getmask(ch).getbbox() != nd
    return _FONT_CACHE[key]


class Hand:
    """Pen on a page image. Coordinates in PDF points, converted with dpi."""

    def __init__(self, img: Image.Image, dpi: int, writer: dict, r: random.Random):
        self.img = img
        self.k = dpi / 72.0
        self.w = writer
        self.r = r
        self.draw = ImageDraw.Draw(img)

    def px(self, x, y):
        return x * self.k, (PH - y) * self.k

    def _glyph(self, ch, size, font_path, x, base):
        r = self.r
        fp = font_path if _has_glyph(font_path, ch) else FALLBACK_HAND
        f = _font(fp, max(8, int(size * r.uniform(0.93, 1.07))))
        l_, t_, r_, b_ = f.getbbox(ch)
        if r_ <= l_:
            return f.getlength(ch)
        pad = 6
        m = Image.new("L", (r_ - l_ + 2 * pad, b_ - t_ + 2 * pad), 0)
        ImageDraw.Draw(m).text((pad - l_, pad - t_), ch, font=f, fill=255)
        kd = self.w["bold"] + (self.k > 3.2) + (self.w["font"] in THIN_FONTS)
        if kd:
            arr = np.asarray(m)
            arr = cv2.dilate(arr, np.ones((kd + 1, kd + 1), np.uint8))
            m = Image.fromarray(arr)
        m = m.rotate(r.uniform(-4, 4) + self.w["slant"], resample=Image.BICUBIC, expand=True)
        asc = f.getmetrics()[0]
        ox = int(x + l_ - pad)
        oy = int(base - asc + t_ - pad + r.uniform(-1.5, 1.5) * self.k / 3)
        ink = Image.new("RGB", m.size, self.w["ink"])
        alpha = m.point(lambda v: int(v * self.w["pressure"]))
        self.img.paste(ink, (ox, oy), alpha)
        return f.getlength(ch)

    def text(self, rect, s):
        if not s:
            return
        x, y, w, h = rect
        size = h * self.k * self.w["scale"]
        fp = self.w["font"]
        f = _font(fp, int(size))
        width = f.getlength(s) * 1.04
        avail = (w - 6) * self.k
        if width > avail:
            size *= avail / width
        px, py = self.px(x + 3 + self.r.uniform(0, 6), y + h * 0.22)
        drift = self.r.uniform(-0.02, 0.02)
        x0 = px
        for ch in s:
            adv = self._glyph(ch, size, fp, px, py + (px - x0) * drift)
            px += adv * self.r.uniform(0.98, 1.06)

    def comb(self, boxes, s):
        fp = self.w["font"]
        for ch, (x, y, w, h) in zip(s, boxes):
            if ch == " ":
                continue
            size = h * self.k * 0.78
            f = _font(fp if _has_glyph(fp, ch) else FALLBACK_HAND, int(size))
            cw = f.getlength(ch)
            px, py = self.px(x + w / 2, y + h * 0.18)
            px -= cw / 2 + self.r.uniform(-1.5, 1.5)
            self._glyph(ch, size, fp, px, py)

    def line(self, pts, width):
        pts = [(float(a), float(b)) for a, b in pts]
        self.draw.line(pts, fill=self.w["ink"], width=width, joint="curve")

    def tick(self, rect):
        x, y, s, _ = rect
        r = self.r
        a, b = self.px(x, y + s)
        e = s * self.k
        lw = max(2, int(self.k * 1.1))
        if self.w["tick"] == "x":
            j = [r.uniform(-0.12, 0.12) * e for _ in range(8)]
            self.line(
                [
                    (a + 0.1 * e + j[0], b + 0.1 * e + j[1]),
                    (a + 0.9 * e + j[2], b + 0.95 * e + j[3]),
                ],
                lw,
            )
            self.line(
                [
                    (a + 0.9 * e + j[4], b + 0.05 * e + j[5]),
                    (a + 0.1 * e + j[6], b + 0.9 * e + j[7]),
                ],
                lw,
            )
        else:
            pts = [
                (a + 0.05 * e, b + 0.5 * e),
                (a + 0.4 * e, b + 0.92 * e),
                (a + 1.25 * e, b - 0.35 * e),
            ]
            pts = [(px + r.uniform(-2, 2), py + r.uniform(-2, 2)) for px, py in pts]
            self.line(pts, lw)

    def paste_sig(self, rect, sig: Image.Image):
        x, y, w, h = rect
        a, b = self.px(x, y + h)
        W, H = int(w * self.k), int(h * self.k)
        s = sig.resize((W, H), Image.LANCZOS)
        self.img.paste(s.convert("RGB"), (int(a), int(b)), s.split()[-1])

    def stray(self, rect):
        x, y, w, h = rect
        r = self.r
        cx, cy = self.px(x + w * r.uniform(0.3, 0.7), y + h * r.uniform(0.3, 0.6))
        if r.random() < 0.5:
            rad = self.k * r.uniform(0.9, 1.5)
            self.draw.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], fill=self.w["ink"])
        else:
            e = self.k * 6
            self.line(
                [(cx, cy), (cx + e * 0.3, cy + e * 0.4), (cx + e, cy - e * 0.6)],
                max(2, int(self.k)),
            )


def signature_image(doc: dict, W: int, H: int) -> Image.Image:
    """Transparent RGBA signature: the name in a script hand plus a flourish."""
    r = rng_for(SET, "sig", doc["id"])
    p = doc["person"]
    ink = doc["writer"]["ink"]
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    style = doc["sig_style"]
    sur = strip_accents(p["usage"] or p["surname"]).split()[0]
    text = {0: sur, 1: f"{p['given'][0]}. {sur}", 2: f"{p['given'].split()[0]} {sur[0]}."}[
        doc["sig_text"]
    ]
    fp = SIG_FONTS[style]
    size = int(H * 0.5)
    f = _font(fp, size)
    while f.getlength(text) > W * 0.78 and size > 10:
        size -= 2
        f = _font(fp, size)
    layer = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(layer)
    x0 = int(W * r.uniform(0.05, 0.15))
    y0 = int(H * r.uniform(0.12, 0.25))
    d.text((x0, y0), text, font=f, fill=255)
    tw = f.getlength(text)
    # flourish: a loose underline curve through the end of the name
    lw = max(2, H // 40)
    pts = []
    ax, ay = x0 + tw * r.uniform(0.6, 1.0), y0 + size * 1.05
    bx, by = x0 - W * 0.02, y0 + size * r.uniform(1.0, 1.25)
    cx_, cy_ = x0 + tw * 1.1, y0 + size * r.uniform(0.55, 0.8)
    for i in range(41):
        t = i / 40
        px = (1 - t) ** 2 * ax + 2 * (1 - t) * t * bx + t * t * cx_
        py = (1 - t) ** 2 * ay + 2 * (1 - t) * t * (by + size * 0.4) + t * t * cy_
        pts.append((px, py))
    d.line(pts, fill=255, width=lw, joint="curve")
    arr = np.asarray(layer, dtype=np.float32)
    sh = r.uniform(-0.25, -0.05)
    M = np.float32([[1, sh, -sh * H * 0.5], [0, 1, 0]])
    arr = cv2.warpAffine(arr, M, (W, H))
    arr = cv2.GaussianBlur(arr, (0, 0), 0.6)
    a = np.clip(arr * 0.95, 0, 255).astype(np.uint8)
    col = np.zeros((H, W, 4), np.uint8)
    col[..., 0], col[..., 1], col[..., 2] = ink
    col[..., 3] = a
    img = Image.fromarray(col, "RGBA")
    return img


# --------------------------------------------------------------------------------------
# looks
# --------------------------------------------------------------------------------------
def scan_effect(img: Image.Image, key: str) -> Image.Image:
    r = rng_for(SET, "scan", key)
    nr = np_rng(SET, "scan", key)
    a = np.asarray(img, dtype=np.float32)
    a = 255 - (255 - a) * r.uniform(0.78, 0.92)
    tint = np.array([r.uniform(0.95, 1.0), r.uniform(0.94, 0.99), r.uniform(0.88, 0.96)])
    a = a * tint
    h, w = a.shape[:2]
    ang = r.choice([-1, 1]) * r.uniform(0.3, 2.0)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += r.uniform(-8, 8)
    M[1, 2] += r.uniform(-8, 8)
    border = tuple(float(v) for v in (255 * tint))
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    a = cv2.GaussianBlur(a, (0, 0), r.uniform(0.45, 0.9))
    a = a + nr.normal(0, r.uniform(2.5, 6), a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "RGB")
    if r.random() < 0.3:
        out = out.convert("L")
    return out


def photo_effect(img: Image.Image, key: str, rot: int) -> Image.Image:
    r = rng_for(SET, "photo", key)
    nr = np_rng(SET, "photo", key)
    W, H = r.choice([(3024, 4032), (3000, 4000), (2448, 3264), (2736, 3648)])
    # table background
    base = np.array(
        r.choice([(120, 86, 58), (182, 170, 150), (70, 72, 78), (200, 196, 188), (150, 110, 75)]),
        np.float32,
    )
    small = nr.normal(0, 1, (H // 32, W // 32)).astype(np.float32)
    small = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)
    streak = cv2.resize(nr.normal(0, 1, (H // 4, 8)).astype(np.float32), (W, H))
    bg = base[None, None, :] * (1 + 0.06 * small[..., None] + 0.04 * streak[..., None])
    # page placement with perspective
    src = np.asarray(img, dtype=np.float32)
    sh_, sw_ = src.shape[:2]
    ph = H * r.uniform(0.78, 0.9)
    pw = ph * sw_ / sh_
    if pw > W * 0.92:
        pw = W * 0.92
        ph = pw * sh_ / sw_
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.03, 0.03) * H
    j = [r.uniform(-0.035, 0.035) * W for _ in range(8)]
    dst = np.float32(
        [
            [cx - pw / 2 + j[0], cy - ph / 2 + j[1]],
            [cx + pw / 2 + j[2], cy - ph / 2 + j[3]],
            [cx + pw / 2 + j[4], cy + ph / 2 + j[5]],
            [cx - pw / 2 + j[6], cy + ph / 2 + j[7]],
        ]
    )
    srcq = np.float32([[0, 0], [sw_, 0], [sw_, sh_], [0, sh_]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh_, sw_), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # soft drop shadow of the page on the table
    shadow = cv2.GaussianBlur(np.roll(mask[..., 0], (18, 14), (0, 1)), (0, 0), 25)[..., None]
    bg = bg * (1 - 0.45 * shadow)
    out = bg * (1 - mask) + warped * mask
    # uneven light: a gradient plus a hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = r.uniform(-1, 1), r.uniform(-1, 1)
    grad = 1 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    vign = 1 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light = grad * vign
    if r.random() < 0.5:
        sx0 = r.uniform(0.0, 0.6) * W
        blob = np.exp(-(((xx - sx0) / (0.35 * W)) ** 2 + ((yy - H) / (0.4 * H)) ** 2))
        light = light * (1 - 0.28 * blob)
    cast = np.array(
        [r.uniform(0.96, 1.04), r.uniform(0.95, 1.0), r.uniform(0.84, 0.95)], np.float32
    )
    out = out * light[..., None] * cast
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.8, 1.5))
    out = out + nr.normal(0, r.uniform(3, 6), (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out, "RGB")


def save_jpeg(img: Image.Image, path: Path, q: int, dpi: int | None = None):
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "JPEG", **kw)


def image_pdf(imgs: list[Image.Image], path: Path, q: int):
    c = canvas.Canvas(str(path), pagesize=(PW, PH), invariant=1)
    for im in imgs:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=q)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, PW, PH)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------
# document plan
# --------------------------------------------------------------------------------------
CASES = (
    ["ok"] * 32
    + ["date_words"] * 4
    + ["unsigned"] * 4
    + ["label_only"] * 4
    + ["stray_mark"] * 4
    + ["future_date"] * 4
    + ["us_date"] * 4
    + ["no_date"] * 3
    + ["none_ticked"] * 3
    + ["two_ticked"] * 2
)
WAYS = ["hand"] * 20 + ["typed_print"] * 15 + ["acroform"] * 15 + ["acroform_printed"] * 14
STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
DEFECT = {
    "ok": None,
    "date_words": None,
    "unsigned": "form not signed: signature box empty",
    "label_only": "form not signed: box holds only the printed word 'Signature'",
    "stray_mark": "form not signed: only a stray mark in the signature box",
    "future_date": "signature date after the audit date",
    "us_date": "date written month first (MM/DD/YYYY)",
    "no_date": "signature date missing",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
FNAMES = {
    1: {
        "surname": "NomNaissance",
        "usage_name": "NomUsage",
        "given_names": "Prenoms",
        "sex_F": "Sexe_F",
        "sex_M": "Sexe_M",
        "dob": "DateNaissance",
        "birth_city": "LieuNaissCommune",
        "birth_country": "LieuNaissPays",
        "nationality": "Nationalite",
        "nir": "NIR",
        "address": "Adresse",
        "postcode": "CodePostal",
        "city": "Commune",
        "phone": "Telephone",
        "email": "Courriel",
        "salarie": "Sit_Salarie",
        "cdi": "Contrat_CDI",
        "cdd": "Contrat_CDD",
        "job": "Emploi",
        "employer": "Employeur",
        "independant": "Sit_Independant",
        "demandeur_emploi": "Sit_DemEmploi",
        "etudiant": "Sit_Etudiant",
        "sans_activite": "Sit_SansActivite",
        "autre": "Sit_Autre",
        "autre_text": "Sit_AutrePrecision",
        "place": "FaitA",
        "date": "Le",
        "sig": "Signature",
    },
}
FNAMES[2] = {k: k for k in FNAMES[1]}
FNAMES[3] = {k: f"{i + 1:02d}_{v.lower()}" for i, (k, v) in enumerate(FNAMES[1].items())}


def fmt_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def plan(i: int, case: str, way: str) -> dict:
    r = rng_for(SET, "doc", i)
    did = f"d{i + 1:03d}"
    p = make_person(i)
    as_of = date(2026, 11, 2) + timedelta(days=r.randrange(0, 58))
    # run
    if case == "unsigned":
        run = 1
    elif case == "label_only":
        run = r.choice([2, 3])
    else:
        run = 1 + i % 3
    # writing style of names
    caps = True if way == "hand" else r.random() < 0.7
    accents = r.random() < (0.35 if caps else 0.85)

    def t(s):
        if s is None:
            return None
        s2 = s.upper() if caps else s
        return s2 if accents else strip_accents(s2)

    sur = t(p["surname"])
    usage = t(p["usage"])
    given = t(p["given"])
    # situation
    sit = r.choice(
        ["salarie"] * 4
        + ["independant", "demandeur_emploi", "etudiant", "sans_activite", "sans_activite", "autre"]
    )
    ticks = [sit]
    contract = None
    job = employer = autre_text = None
    if sit == "salarie":
        contract = r.choice(["CDI", "CDI", "CDD"])
        ticks.append(contract.lower())
        jf, jm, employer = r.choice(JOBS)
        job = jf if p["sex"] == "F" else jm
    if sit == "autre":
        autre_text = r.choice(AUTRE_TEXTS)
    situation = sit
    emp_status = SITUATIONS[sit]
    if case == "none_ticked":
        ticks = []
        situation = emp_status = contract = None
        job = employer = None
    elif case == "two_ticked":
        other = r.choice([s for s in ("etudiant", "demandeur_emploi", "sans_activite") if s != sit])
        if sit not in ("salarie", "independant"):
            sit = "salarie"
            contract = "CDD"
            ticks = ["salarie", "cdd", other]
            jf, jm, employer = r.choice(JOBS)
            job = jf if p["sex"] == "F" else jm
        else:
            ticks.append(other)
        situation = "+".join(sorted({sit, other}))
        emp_status = None
    # date and place
    signed_on = as_of - timedelta(days=r.randrange(0, 21))
    place = t(p["city"]) if r.random() < 0.85 else p["city"]
    date_text = fmt_date(signed_on)
    if case == "date_words":
        m = MONTHS_FR[signed_on.month - 1]
        date_text = f"{signed_on.day} {m} {signed_on.year}"
        if caps and r.random() < 0.5:
            date_text = strip_accents(date_text.upper())
    elif case == "future_date":
        signed_on = as_of + timedelta(days=r.randrange(3, 45))
        date_text = fmt_date(signed_on)
    elif case == "us_date":
        while signed_on.day <= 12:
            signed_on -= timedelta(days=1)
        date_text = signed_on.strftime("%m/%d/%Y")
    elif case == "no_date":
        signed_on = None
        date_text = None
        if r.random() < 0.5:
            place = None
    sig_mode = {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(case, "signed")
    nir = p["nir"] if r.random() < 0.16 else None
    writer = {
        "font": r.choice(list(HAND_FONTS.values())),
        "ink": r.choice([(22, 40, 140), (30, 30, 38), (18, 50, 120), (35, 35, 90)]),
        "slant": r.uniform(-3, 3),
        "scale": r.uniform(0.88, 1.05),
        "pressure": r.uniform(0.85, 1.0),
        "bold": int(r.random() < 0.4),
        "tick": r.choice(["x", "v"]),
    }
    # typed look
    typed_font = r.choice(
        ["Helvetica", "Courier", "Times-Roman"]
        if way.startswith("acroform")
        else ["Helvetica", "Courier", "Times-Roman", "LibSans", "DejaVu", "Carlito"]
    )
    # arrangement and look
    if way == "acroform":
        look = "text_pdf"
        arr = r.choice(["one_pdf", "one_pdf", "two_pdfs", "one_pdf_reversed"])
    else:
        look = r.choice(["scan", "image_pdf", "phone_photo"])
        if look == "image_pdf":
            arr = r.choice(["one_pdf", "one_pdf", "two_pdfs", "one_pdf_reversed"])
        elif look == "scan":
            arr = r.choice(["two_images", "two_images", "two_images_reversed"])
        else:
            arr = r.choice(["two_images", "two_images_reversed"])
    # what the pen does in the typed/acroform-printed ways
    hand_date = way in ("typed_print", "acroform_printed") and r.random() < 0.35
    return {
        "id": did,
        "i": i,
        "person": p,
        "as_of": as_of,
        "run": run,
        "case": case,
        "fill_way": way,
        "caps": caps,
        "accents": accents,
        "w_surname": sur,
        "w_usage": usage,
        "w_given": given,
        "ticks": ticks,
        "situation": situation,
        "employment_status": emp_status,
        "contract": contract,
        "job": job,
        "employer": employer,
        "autre_text": autre_text,
        "place": place,
        "date_text": date_text,
        "signed_on": signed_on,
        "sig_mode": sig_mode,
        "nir": nir,
        "writer": writer,
        "typed_font": typed_font,
        "typed_size": r.choice([9, 10, 10.5, 11]),
        "look": look,
        "arrangement": arr,
        "with_ap": r.random() < 0.55,
        "hand_date": hand_date,
        "sig_style": r.randrange(len(SIG_FONTS)),
        "sig_text": r.randrange(3),
        "fnames": FNAMES[run],
        "rot": [0, 0],
    }


# --------------------------------------------------------------------------------------
# rendering one document
# --------------------------------------------------------------------------------------
def hand_fill(doc: dict, pages: dict, dpi: int, hand_keys: set):
    """Write the pen parts on rendered page images (pages: {1: img, 2: img})."""
    g1, g2 = layout(doc["run"])
    v1, v2, ticks = field_values(doc)
    r = rng_for(SET, "hand", doc["id"])
    for pno, g, vals in ((1, g1, v1), (2, g2, v2)):
        hd = Hand(pages[pno], dpi, doc["writer"], r)
        for key, geo in g.items():
            if key not in hand_keys:
                continue
            if key == "sig":
                continue
            if isinstance(geo, tuple):
                if key in ticks:
                    hd.tick(geo)
                continue
            val = vals.get(key)
            if not val:
                continue
            if geo["kind"] == "comb":
                hd.comb(geo["boxes"], val)
            else:
                hd.text(geo["rect"], val)
        if pno == 2 and "sig" in hand_keys:
            x, y, w, h = g["sig"]
            inner = (x + 6, y + 4, w - 12, h - 14)
            if doc["sig_mode"] == "signed":
                W, H = int(inner[2] * hd.k), int(inner[3] * hd.k)
                hd.paste_sig(inner, signature_image(doc, W, H))
            elif doc["sig_mode"] == "stray":
                hd.stray(inner)


def render_doc(doc: dict, out: Path) -> list[dict]:
    """Write the files of one document; return truth `files` entries (page 1 first)."""
    way, look, arr = doc["fill_way"], doc["look"], doc["arrangement"]
    out.mkdir(parents=True, exist_ok=True)
    r = rng_for(SET, "files", doc["id"])
    if way == "acroform":
        if arr == "one_pdf":
            (out / "formulaire_S1106.pdf").write_bytes(build_pdf(doc, [1, 2], set()))
            return [{"path": "formulaire_S1106.pdf", "pages": [1, 2]}]
        if arr == "one_pdf_reversed":
            (out / "demande_puma.pdf").write_bytes(build_pdf(doc, [2, 1], set()))
            return [{"path": "demande_puma.pdf", "pages": [1, 2]}]
        (out / "cerfa_15763_p1.pdf").write_bytes(build_pdf(doc, [1], set()))
        (out / "cerfa_15763_p2.pdf").write_bytes(build_pdf(doc, [2], set()))
        return [
            {"path": "cerfa_15763_p1.pdf", "pages": [1]},
            {"path": "cerfa_15763_p2.pdf", "pages": [1]},
        ]
    # image ways
    all_keys = set(layout(doc["run"])[0]) | set(layout(doc["run"])[1])
    if way == "hand":
        hand_keys = all_keys
    else:
        hand_keys = {"sig"} | ({"date", "place"} if doc["hand_date"] else set())
    dpi = 230 if look == "phone_photo" else r.choice([200, 200, 240, 300])
    data = build_pdf(doc, [1, 2], hand_keys)
    imgs = render_pages(data, dpi, forms=way == "acroform_printed")
    pages = {1: imgs[0], 2: imgs[1]}
    hand_fill(doc, pages, dpi, hand_keys)
    key = doc["id"]
    if look == "phone_photo":
        rots = [0, 0]
        if r.random() < 0.55:
            rots[r.randrange(2)] = r.choice([90, 180, 270])
            if r.random() < 0.3:
                rots = [rots[0] or 90, rots[1] or 270]
        doc["rot"] = rots
        shots = [photo_effect(pages[k], f"{key}-{k}", rots[k - 1]) for k in (1, 2)]
        shot = doc["signed_on"] if doc["case"] != "future_date" else None
        shot = min(shot or doc["as_of"], doc["as_of"])
        base = shot.strftime("%Y%m%d")
        t0 = 1400 + r.randint(0, 300)
        names = [f"IMG_{base}_{t0 + k * r.randint(1, 40)}.jpg" for k in (0, 1)]
        if arr == "two_images_reversed":
            names = names[::-1]
        for im, nm in zip(shots, names):
            save_jpeg(im, out / nm, r.choice([82, 86, 90]))
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    scans = [scan_effect(pages[k], f"{key}-{k}") for k in (1, 2)]
    if look == "scan":
        ext = r.choice(["jpg", "jpg", "png"])
        names = [f"scan_{k:03d}.{ext}" for k in (1, 2)]
        if arr == "two_images_reversed":
            names = names[::-1]
        for im, nm in zip(scans, names):
            if ext == "png":
                im.save(out / nm, "PNG", dpi=(dpi, dpi))
            else:
                save_jpeg(im, out / nm, r.choice([80, 85, 90]), dpi)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    q = r.choice([75, 82, 88])
    if arr == "one_pdf":
        image_pdf(scans, out / "demande_assurance_maladie.pdf", q)
        return [{"path": "demande_assurance_maladie.pdf", "pages": [1, 2]}]
    if arr == "one_pdf_reversed":
        image_pdf(scans[::-1], out / "scan_formulaire.pdf", q)
        return [{"path": "scan_formulaire.pdf", "pages": [1, 2]}]
    image_pdf([scans[0]], out / "page1.pdf", q)
    image_pdf([scans[1]], out / "page2.pdf", q)
    return [{"path": "page1.pdf", "pages": [1]}, {"path": "page2.pdf", "pages": [1]}]


def truth(doc: dict, files: list[dict]) -> dict:
    p = doc["person"]
    signed = doc["sig_mode"] == "signed"
    notes = [
        f"print run {doc['run']}",
        f"fill way {doc['fill_way']}",
        f"arrangement {doc['arrangement']}",
    ]
    if doc["arrangement"].endswith("reversed"):
        notes.append("page 2 comes first (file order or page order)")
    if doc["fill_way"] == "acroform":
        notes.append(
            "AcroForm values " + ("with" if doc["with_ap"] else "without") + " appearance streams"
        )
        if signed:
            notes.append("handwritten signature image pasted in the box")
    if any(doc["rot"]):
        notes.append(f"photo rotations {doc['rot']}")
    if doc["situation"] and "+" in doc["situation"]:
        notes.append("two situation boxes ticked")
    fields = {
        "surname": doc["w_surname"],
        "usage_name": doc["w_usage"],
        "given_names": doc["w_given"],
        "sex": p["sex"],
        "date_of_birth": p["dob"].isoformat(),
        "employment_status": doc["employment_status"],
        "situation": doc["situation"],
        "contract_type": doc["contract"],
        "signed": signed,
        "signed_on": doc["signed_on"].isoformat() if doc["signed_on"] else None,
        "date_text": doc["date_text"],
        "place": doc["place"],
        "nir": doc["nir"],
    }
    return {
        "as_of": doc["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[doc["case"]],
        "defect": DEFECT[doc["case"]],
        "fill_way": doc["fill_way"],
        "case": doc["case"],
        "applicant": {
            "surname": doc["w_surname"],
            "given_names": doc["w_given"],
            "date_of_birth": p["dob"].isoformat(),
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": doc["look"],
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    cases = list(CASES)
    ways = list(WAYS)
    rng_for(SET, "cases").shuffle(cases)
    rng_for(SET, "ways").shuffle(ways)
    ids = []
    for i in range(N_DOCS):
        doc = plan(i, cases[i], ways[i])
        folder = out / "documents" / doc["id"]
        files = render_doc(doc, folder)
        (out / "documents" / f"{doc['id']}.truth.json").write_text(
            json.dumps(truth(doc, files), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        ids.append(doc["id"])
        print(doc["id"], doc["fill_way"], doc["look"], doc["case"], file=sys.stderr)
    (out / "manifest.json").write_text(
        json.dumps({"set": SET, "packets": [], "documents": ids}, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
