"""Türkiye multilingual birth extract (Formül A) and Philippines PSA Certificate of Live Birth."""

from __future__ import annotations

import random

from bp_civil import GREY, STAMP_BLUE, put_signature, qr_like, stamp
from bp_pdf import Doc, rgb

TR_LABELS = [
    ("1", "Doğum yeri", "Lieu de naissance", "Place of birth"),
    ("2", "Doğum tarihi", "Date de naissance", "Date of birth"),
    ("3", "Soyadı", "Nom", "Surname"),
    ("4", "Adı", "Prénoms", "Forenames"),
    ("5", "Cinsiyeti", "Sexe", "Sex"),
    ("6", "Babasının soyadı", "Nom du père", "Surname of the father"),
    ("7", "Babasının adı", "Prénoms du père", "Forenames of the father"),
    ("8", "Annesinin soyadı", "Nom de la mère", "Surname of the mother"),
    ("9", "Annesinin adı", "Prénoms de la mère", "Forenames of the mother"),
]


def turkey_formul_a(t: dict, rng: random.Random) -> Doc:
    d = Doc("Formül A")
    f, fb = "Arial", "Arial-B"
    d.text(50, 44, "TÜRKİYE CUMHURİYETİ", fb, 10)
    d.text(50, 57, "İÇİŞLERİ BAKANLIĞI", f, 8)
    d.text(50, 68, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", f, 8)
    d.text(545, 44, "FORMÜL A", fb, 12, align="r")
    d.text(545, 58, f"Belge No : {t['doc_no']}", f, 8, align="r")
    d.rect(50, 84, 495, 58, fill=rgb(232, 232, 240))
    titles = [
        "DOĞUM KAYIT ÖRNEĞİ",
        "EXTRAIT D'ACTE DE NAISSANCE  ·  EXTRACT FROM THE REGISTER OF BIRTHS",
        "AUSZUG AUS DEM GEBURTSEINTRAG  ·  ESTRATTO DELL'ATTO DI NASCITA",
    ]
    d.text(297, 102, titles[0], fb, 12.5, align="c")
    d.text(297, 118, titles[1], f, 8, align="c")
    d.text(297, 131, titles[2], f, 8, align="c")
    d.lines(
        50,
        164,
        [
            f"Devlet / État / State : TÜRKİYE  -  İl / Province : {t['il']}",
            f"Nüfus Müdürlüğü / Service de l'état civil / Civil registry office : {t['office']}",
            f"Cilt No : {t['cilt']}    Aile Sıra No : {t['aile']}    Sıra No : {t['sira']}    "
            f"T.C. Kimlik No : {t['tckn']}",
        ],
        f,
        8,
        12,
    )
    y = 214
    vals = [
        t["pob"],
        t["dob"],
        t["surname"],
        t["given"],
        t["sex"],
        t["f_surname"],
        t["f_given"],
        t["m_surname"],
        t["m_given"],
    ]
    for (num, tr, fr_, en), val in zip(TR_LABELS, vals, strict=True):
        d.rect(50, y, 495, 34, stroke=rgb(120, 120, 140), lw=0.5)
        d.rect(50, y, 22, 34, fill=rgb(232, 232, 240))
        d.text(61, y + 21, num, fb, 10, align="c")
        d.text(78, y + 12, f"{tr} / {fr_} / {en}", f, 7.2, GREY)
        d.text(78, y + 27, val, "Courier-B", 11.5)
        y += 34
    y += 14
    d.para(
        50,
        y,
        (
            "Kodlar / Codes : Cinsiyeti / Sexe / Sex : E = erkek / masculin / male (M) ; "
            "K = kadın / féminin / female (F). Tarihler gün.ay.yıl / Dates jour.mois.année."
        ),
        495,
        f,
        7,
        9,
        GREY,
    )
    y += 36
    d.text(
        50, y, f"Düzenlendiği tarih / Date de délivrance / Date of issue : {t['issued']}", f, 8.5
    )
    d.text(50, y + 16, f"Düzenleyen / Délivré par / Issued by : {t['office']}", f, 8.5)
    d.text(400, y + 40, "İmza, mühür / Signature, sceau", f, 7.5, GREY, "c")
    stamp(
        d,
        250,
        y + 100,
        44,
        f"T.C. {t['office'].upper()} *",
        ["NÜFUS", "MÜDÜRLÜĞÜ"],
        STAMP_BLUE,
        size=6,
    )
    put_signature(d, 340, y + 48, 120, 45, t["registrar"], rng)
    d.text(400, y + 110, t["registrar"], f, 8.5, align="c")
    d.text(400, y + 122, "Nüfus Müdür V.", f, 8, align="c")
    d.para(
        50,
        760,
        (
            "Bu belge 8 Eylül 1976 tarihli Viyana Sözleşmesi (CIEC No. 16) uyarınca "
            "düzenlenmiştir. "
            "Document établi conformément à la Convention de Vienne du 8 septembre 1976 (CIEC n° "
            "16)."
        ),
        495,
        f,
        6.8,
        8.5,
        GREY,
    )
    qr_like(d, 480, 700, 52, rng)
    d.page()
    return d


def psa_colb(p: dict, rng: random.Random) -> Doc:
    """PSA-issued copy of a 1990 Certificate of Live Birth (Municipal Form No. 102)."""
    d = Doc("PSA Certificate of Live Birth")
    # PSA security paper band
    d.rect(30, 24, 535, 40, fill=rgb(226, 236, 246))
    d.text(297, 40, "Republic of the Philippines", "Times", 9, align="c")
    d.text(297, 55, "PHILIPPINE STATISTICS AUTHORITY", "Times-B", 11, rgb(20, 50, 120), "c")
    f, fb, tw = "Arial", "Arial-B", "Courier-B"
    d.text(44, 82, "Municipal Form No. 102", f, 6.5)
    d.text(44, 90, "(Revised August 1989)", f, 6.5)
    d.text(297, 84, "Republic of the Philippines", f, 7, align="c")
    d.text(297, 94, "OFFICE OF THE CIVIL REGISTRAR GENERAL", fb, 8, align="c")
    d.text(297, 110, "CERTIFICATE OF LIVE BIRTH", fb, 13, align="c")
    d.rect(40, 120, 515, 34, stroke=rgb(0, 0, 0), lw=0.7)
    d.text(46, 130, "Province", f, 6.5)
    d.text(60, 147, p["province"], tw, 10)
    d.text(46 + 170, 130, "City/Municipality", f, 6.5)
    d.text(230, 147, p["city"], tw, 10)
    d.text(420, 130, "Registry No.", f, 6.5)
    d.text(430, 147, p["registry_no"], tw, 10)
    d.vline(210, 120, 154)
    d.vline(415, 120, 154)
    y = 154
    d.rect(40, y, 18, 190, fill=rgb(220, 220, 220), stroke=rgb(0, 0, 0), lw=0.7)
    d.c.saveState()
    d.c.translate(52, d.h - y - 150)
    d.c.rotate(90)
    d.c.setFont(fb, 8)
    d.c.drawString(0, 0, "C H I L D")
    d.c.restoreState()
    rows = [
        [
            ("1. NAME", 90),
            ("(First)", 150, p["first"]),
            ("(Middle)", 120, p["middle"]),
            ("(Last)", 137, p["last"]),
        ],
        [("2. SEX", 90, p["sex"]), ("3. DATE OF BIRTH", 407, p["dob_text"])],
        [
            ("4. PLACE OF BIRTH", 90),
            ("(Name of Hospital/Clinic/Institution)", 200, p["hosp"]),
            ("(City/Municipality)", 110, p["city_short"]),
            ("(Province)", 97, p["province"]),
        ],
        [
            ("5a. TYPE OF BIRTH", 140, "Single"),
            ("5b. IF MULTIPLE", 120, "-"),
            ("5c. BIRTH ORDER", 120, p["order"]),
            ("6. WEIGHT", 117, p["weight"]),
        ],
    ]
    y = _colb_rows(d, 58, y, rows, f, tw)
    d.rect(40, y, 18, 120, fill=rgb(220, 220, 220), stroke=rgb(0, 0, 0), lw=0.7)
    mrows = [
        [
            ("7. MAIDEN NAME", 90),
            ("(First)", 150, p["m_first"]),
            ("(Middle)", 120, p["m_mid"]),
            ("(Last)", 137, p["m_last"]),
        ],
        [
            ("8. CITIZENSHIP", 150, "Filipino"),
            ("9. RELIGION", 150, "Roman Catholic"),
            ("10. OCCUPATION", 197, "Housekeeper"),
        ],
    ]
    y = _colb_rows(d, 58, y, mrows, f, tw)
    frows = [
        [
            ("14. NAME", 90),
            ("(First)", 150, p["f_first"]),
            ("(Middle)", 120, p["f_mid"]),
            ("(Last)", 137, p["f_last"]),
        ],
        [
            ("15. CITIZENSHIP", 150, "Filipino"),
            ("16. RELIGION", 150, "Roman Catholic"),
            ("17. OCCUPATION", 197, "Seaman"),
        ],
    ]
    y = _colb_rows(d, 58, y, frows, f, tw)
    d.text(44, y + 16, "20. DATE AND PLACE OF MARRIAGE OF PARENTS", f, 6.5)
    d.text(60, y + 32, p["marriage"], tw, 9.5)
    d.rect(40, y, 515, 42, stroke=rgb(0, 0, 0), lw=0.7)
    y += 42
    d.rect(40, y, 515, 70, stroke=rgb(0, 0, 0), lw=0.7)
    d.text(44, y + 14, "21. CERTIFICATION OF ATTENDANT AT BIRTH", f, 6.5)
    d.text(60, y + 32, f"Attendant: {p['attendant']}  -  Physician", tw, 9)
    d.text(44, y + 52, "24. RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR", f, 6.5)
    d.text(60, y + 64, f"Date: {p['registered']}   LCR: {p['lcr']}", tw, 9)
    y += 86
    d.para(
        40,
        y,
        (
            "This is a certified true copy of the record of birth on file with the Philippine "
            "Statistics Authority (PSA), issued upon the request of "
            f"{p['requester']} for {p['purpose']}."
        ),
        515,
        "Times",
        9,
        12,
    )
    d.text(380, y + 52, p["psa_officer"], "Times-B", 9.5, align="c")
    d.text(380, y + 64, "Civil Registrar General", "Times", 8.5, align="c")
    put_signature(d, 320, y + 14, 120, 34, p["psa_officer"], rng, (20, 20, 20))
    d.text(40, 790, f"SECPA No. {p['secpa']}", "Courier-B", 10, rgb(170, 30, 30))
    d.text(555, 790, f"Date issued: {p['issued']}", f, 8, align="r")
    qr_like(d, 470, 700, 60, rng)
    d.page()
    return d


def _colb_rows(d: Doc, x0, y, rows, f, tw):
    for row in rows:
        x = x0
        for cell in row:
            lab, w = cell[0], cell[1]
            d.rect(x, y, w, 34, stroke=rgb(0, 0, 0), lw=0.5)
            d.text(x + 3, y + 9, lab, f, 6.3)
            if len(cell) > 2:
                d.text(x + 6, y + 26, cell[2], tw, 9.5)
            x += w
        y += 34
    return y
