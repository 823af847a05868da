"""Birth certificates, part 1: Americas, UK, India, Maghreb (layouts after public samples)."""

from __future__ import annotations

import checks as ck
from tk import (
    A4,
    Page,
    fit,
    guilloche,
    line,
    para,
    rect,
    rosette,
    signature,
    stamp,
    txt,
)

W, H = A4
INK = (0.08, 0.08, 0.1)


def en_date(d):
    return "%d %s %d" % (d.day, ck.MONTHS_EN[d.month - 1], d.year)


def us_date(d):
    return "%s %02d, %d" % (ck.MONTHS_EN[d.month - 1].upper(), d.day, d.year)


def border(c, rng, col, m=22, w2=8):
    rect(c, m, m, W - 2 * m, H - 2 * m, stroke=col, lw=1.6)
    rect(c, m + w2, m + w2, W - 2 * (m + w2), H - 2 * (m + w2), stroke=col, lw=0.5)
    c.saveState()
    p = c.beginPath()
    p.rect(m, m, W - 2 * m, H - 2 * m)
    p.rect(m + w2, m + w2, W - 2 * (m + w2), H - 2 * (m + w2))
    c.clipPath(p, stroke=0, fill=0, fillMode=0)
    guilloche(c, m, m, W - 2 * m, H - 2 * m, rng, [col], n=60, lw=0.25, amp=6, step=4)
    c.restoreState()


def fields_of(b, place, country, lang, surname=None, given=None):
    return {
        "surname": surname if surname is not None else b["surname"],
        "given_names": given if given is not None else b["given"],
        "date_of_birth": b["dob"].isoformat(),
        "place_of_birth": place,
        "issuing_country": country,
        "language": lang,
        "has_apostille": False,
    }


def boxed(c, x, y, w, h, lab, val, ls=5.5, vs=9.5, vf="Cour", lab_col=(0.2, 0.2, 0.3)):
    rect(c, x, y, w, h, stroke=(0.35, 0.35, 0.4), lw=0.5)
    txt(c, x + 2, y + h - ls - 1.5, lab, "Sans", ls, lab_col)
    if val:
        fit(c, x + 4, y + 4, val, "Mono" if vf == "Cour" else vf, vs, w - 8, INK)


# ---------------------------------------------------------------- USA (state certificate)


def usa(b, rng):
    state = b["state"]
    place = "%s, %s County, %s" % (b["city"], b["county"], state.title())

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.95, 0.96, 0.93))
        border(c, rng, (0.45, 0.55, 0.5), 26, 10)
        guilloche(c, 60, 250, W - 120, 380, rng, [(0.84, 0.88, 0.84)], n=40, lw=0.3)
        rosette(c, W / 2, 430, 90, rng, (0.82, 0.86, 0.82), n=40, lw=0.2)
        txt(c, W / 2, H - 80, "STATE OF " + state.upper(), "SerifB", 16, (0.15, 0.25, 0.2), "c")
        txt(
            c,
            W / 2,
            H - 100,
            b.get("agency", "CENTER FOR HEALTH STATISTICS"),
            "Serif",
            9.5,
            INK,
            "c",
        )
        txt(c, W / 2, H - 128, "CERTIFICATE OF LIVE BIRTH", "SerifB", 18, INK, "c")
        txt(c, W - 70, H - 150, "STATE FILE NUMBER  " + b["reg_no"], "Mono", 8.5, INK, "r")
        y = H - 200
        bw = W - 140
        x = 70
        rows = [
            [("1. CHILD'S NAME (First, Middle, Last)", " ".join([b["given"], b["surname"]]), 1.0)],
            [
                ("2. SEX", b["sex_word"].upper(), 0.2),
                ("3. DATE OF BIRTH", us_date(b["dob"]), 0.4),
                ("4. TIME OF BIRTH", b["tob"], 0.4),
            ],
            [
                ("5a. PLACE OF BIRTH - FACILITY NAME", b["facility"].upper(), 0.6),
                ("5b. CITY, TOWN OR LOCATION OF BIRTH", b["city"].upper(), 0.4),
            ],
            [("5c. COUNTY OF BIRTH", b["county"].upper(), 0.5), ("5d. STATE", state.upper(), 0.5)],
            [
                ("6a. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", b["mother"].upper(), 0.65),
                ("6b. BIRTHPLACE", b["mother_pob"].upper(), 0.35),
            ],
            [
                ("7a. FATHER'S/PARENT'S NAME", b["father"].upper(), 0.65),
                ("7b. BIRTHPLACE", b["father_pob"].upper(), 0.35),
            ],
            [("8. DATE FILED", us_date(b["reg_date"]), 0.5), ("9. AMENDMENTS", "NONE", 0.5)],
        ]
        for row in rows:
            xx = x
            for lab, val, frac in row:
                boxed(c, xx, y, bw * frac, 30, lab, val)
                xx += bw * frac
            y -= 30
        para(
            c,
            70,
            y - 30,
            W - 140,
            "I CERTIFY THAT THIS IS A TRUE AND CORRECT COPY OF THE OFFICIAL RECORD FILED WITH THE %s, %s."
            % (b.get("agency", "CENTER FOR HEALTH STATISTICS"), "STATE OF " + state.upper()),
            "Serif",
            8.5,
            11,
        )
        signature(c, 330, 110, 170, 50, b["registrar"], rng, color=(20, 20, 30))
        line(c, 320, 110, 520, 110, INK, 0.5)
        txt(c, 420, 100, b["registrar"].upper() + ", STATE REGISTRAR", "Sans", 7, INK, "c")
        txt(c, 70, 100, "DATE ISSUED: " + b["issue_date"].strftime("%m/%d/%Y"), "Mono", 8.5, INK)
        stamp(
            c,
            150,
            170,
            "STATE OF " + state.upper() + " * SEAL *",
            ["VITAL", "RECORDS"],
            rng,
            color=(90, 90, 100),
            d_mm=30,
        )
        txt(
            c,
            W / 2,
            52,
            "THIS COPY IS NOT VALID UNLESS PRINTED ON SECURITY PAPER WITH A RAISED SEAL",
            "Sans",
            6.5,
            (0.3, 0.3, 0.3),
            "c",
        )

    return [Page(W, H, draw)], fields_of(
        b, place, "USA", "en", b["surname"].upper(), b["given"].upper()
    )


# ---------------------------------------------------------------- United Kingdom (GRO, post-1969)


def uk(b, rng):
    pink = (0.98, 0.9, 0.9)
    red = (0.55, 0.12, 0.15)

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=pink)
        guilloche(c, 20, 20, W - 40, H - 40, rng, [(0.94, 0.8, 0.82)], n=90, lw=0.3, amp=10, step=4)
        txt(c, W / 2, H - 60, "CERTIFIED COPY OF AN ENTRY", "SerifB", 15, red, "c")
        txt(
            c,
            W / 2,
            H - 76,
            "Pursuant to the Births and Deaths Registration Act 1953",
            "SerifI",
            8.5,
            red,
            "c",
        )
        txt(c, W - 50, H - 100, "Entry No. %d" % b["entry"], "Serif", 9, red, "r")
        txt(c, 50, H - 100, "BIRTH", "SerifB", 12, red)
        rect(c, 50, H - 140, W - 100, 30, stroke=red, lw=0.6)
        txt(c, 54, H - 120, "Registration district", "Serif", 7, red)
        txt(c, 160, H - 131, b["district"], "Mono", 10, INK)
        txt(c, 330, H - 120, "Administrative area", "Serif", 7, red)
        txt(c, 340, H - 131, b["area"], "Mono", 10, INK)
        txt(c, 54, H - 152, "Sub-district  " + b["subdistrict"], "Serif", 8, red)
        rows = [
            ("1. Date and place of birth", en_date(b["dob"]) + "  " + b["facility"]),
            ("2. Name and surname", b["given"] + " " + b["surname"].upper()),
            ("3. Sex", b["sex_word"]),
            ("4. Name and surname (father)", b["father"]),
            ("5. Place of birth (father)", b["father_pob"]),
            ("6. Occupation", b["father_job"]),
            ("7. Name and surname (mother)", b["mother"]),
            ("8. Place of birth (mother)", b["mother_pob"]),
            ("9.(a) Maiden surname of mother", b["mother_maiden"]),
            ("10. Usual address", b["address"]),
            ("11. Name and surname of informant", b["mother"]),
            ("12. Qualification", "Mother"),
            ("15. Date of registration", en_date(b["reg_date"])),
            ("16. Signature of registrar", "%s  Registrar" % b["registrar"]),
        ]
        y = H - 190
        for lab, val in rows:
            txt(c, 54, y, lab, "Serif", 8, red)
            fit(c, 220, y, val, "Mono", 9.5, W - 280, INK)
            line(c, 215, y - 4, W - 55, y - 4, (0.8, 0.6, 0.62), 0.4)
            y -= 27
        para(
            c,
            54,
            y - 10,
            W - 108,
            "CERTIFIED to be a true copy of an entry in the certified copy of a Register of Births in the District above mentioned. Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, on "
            + en_date(b["issue_date"]),
            "Serif",
            8.5,
            11,
            red,
        )
        txt(c, 54, 90, b["serial"], "MonoB", 10, red)
        stamp(
            c,
            W - 130,
            110,
            "GENERAL REGISTER OFFICE",
            ["GRO", "SEAL"],
            rng,
            color=(150, 40, 50),
            d_mm=28,
        )
        txt(
            c,
            W / 2,
            45,
            "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
            "Sans",
            5.5,
            red,
            "c",
        )
        txt(
            c,
            W / 2,
            37,
            "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
            "SansB",
            6.5,
            red,
            "c",
        )

    place = b["facility"]
    return [Page(W, H, draw)], fields_of(b, place, "GBR", "en", b["surname"].upper(), b["given"])


# ---------------------------------------------------------------- Brazil (certidão, 2010 model)


def brazil(b, rng):
    green = (0.1, 0.4, 0.25)
    place = "%s - %s" % (b["city"], b["uf"])
    full = (b["given"] + " " + b["surname"]).upper()

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.97, 0.98, 0.95))
        border(c, rng, (0.55, 0.72, 0.55), 24, 9)
        txt(c, W / 2, H - 70, "REPÚBLICA FEDERATIVA DO BRASIL", "SansB", 12, green, "c")
        txt(c, W / 2, H - 86, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "Sans", 9, green, "c")
        txt(c, W / 2, H - 112, "CERTIDÃO DE NASCIMENTO", "SansB", 16, INK, "c")
        x, bw = 52, W - 104
        y = H - 160
        boxed(c, x, y, bw, 30, "NOME", full, vf="SansB", vs=11)
        y -= 30
        boxed(c, x, y, bw * 0.35, 28, "CPF", b["cpf"])
        boxed(c, x + bw * 0.35, y, bw * 0.65, 28, "MATRÍCULA", b["matricula"])
        y -= 28
        ext = "%s DE %s DE %s" % (
            b["dob_words_pt"],
            ck.MESES_PT[b["dob"].month - 1].upper(),
            b["year_words_pt"],
        )
        boxed(c, x, y, bw * 0.6, 28, "DATA DE NASCIMENTO POR EXTENSO", ext, vs=8)
        boxed(c, x + bw * 0.6, y, bw * 0.1, 28, "DIA", "%02d" % b["dob"].day)
        boxed(c, x + bw * 0.7, y, bw * 0.1, 28, "MÊS", "%02d" % b["dob"].month)
        boxed(c, x + bw * 0.8, y, bw * 0.2, 28, "ANO", str(b["dob"].year))
        y -= 28
        boxed(c, x, y, bw * 0.2, 28, "HORA", b["tob"])
        boxed(c, x + bw * 0.2, y, bw * 0.4, 28, "NATURALIDADE", place.upper())
        boxed(c, x + bw * 0.6, y, bw * 0.4, 28, "MUNICÍPIO DE REGISTRO E UF", place.upper())
        y -= 28
        boxed(c, x, y, bw * 0.75, 28, "LOCAL DE NASCIMENTO", b["facility"].upper(), vs=8)
        boxed(c, x + bw * 0.75, y, bw * 0.25, 28, "SEXO", b["sex_word"].upper())
        y -= 28
        y -= 16
        boxed(c, x, y, bw, 44, "FILIAÇÃO", "")
        txt(c, x + 4, y + 20, b["father"].upper(), "Mono", 9, INK)
        txt(c, x + 4, y + 7, b["mother"].upper(), "Mono", 9, INK)
        y -= 44
        boxed(c, x, y, bw, 44, "AVÓS", "")
        fit(c, x + 4, y + 20, "PATERNOS: " + b["grand_p"].upper(), "Mono", 8, bw - 8, INK)
        fit(c, x + 4, y + 7, "MATERNOS: " + b["grand_m"].upper(), "Mono", 8, bw - 8, INK)
        y -= 28
        boxed(c, x, y, bw * 0.3, 28, "GÊMEO", "NÃO")
        boxed(
            c,
            x + bw * 0.3,
            y,
            bw * 0.7,
            28,
            "DATA DO REGISTRO POR EXTENSO",
            b["reg_words_pt"].upper(),
            vs=8,
        )
        y -= 28
        boxed(c, x, y, bw * 0.5, 28, "NÚMERO DA DECLARAÇÃO DE NASCIDO VIVO", b["dnv"])
        boxed(c, x + bw * 0.5, y, bw * 0.5, 28, "AVERBAÇÕES/ANOTAÇÕES À ACRESCER", "NADA CONSTA")
        y -= 60
        para(c, x, y, bw, "O conteúdo da certidão é verdadeiro. Dou fé.", "Sans", 9)
        txt(c, x, y - 26, b["cartorio"], "SansB", 8.5, INK)
        txt(c, x, y - 38, b["cartorio_addr"], "Sans", 8, INK)
        txt(
            c,
            x,
            y - 58,
            "%s, %s" % (b["city"], b["issue_date"].strftime("%d/%m/%Y")),
            "Sans",
            9,
            INK,
        )
        signature(c, W - 260, y - 90, 180, 50, b["registrar"], rng)
        line(c, W - 270, y - 90, W - 60, y - 90, INK, 0.5)
        txt(c, W - 165, y - 100, b["registrar"] + " - Oficial", "Sans", 8, INK, "c")
        stamp(
            c,
            W - 120,
            y - 40,
            b["cartorio"][:34].upper(),
            ["SELO", "DIGITAL"],
            rng,
            color=(40, 60, 140),
            d_mm=26,
        )
        txt(
            c,
            x,
            60,
            "Selo digital: %s  Consulte em www.tjmg.jus.br" % b["selo"],
            "Sans",
            7,
            (0.3, 0.3, 0.3),
        )

    return [Page(W, H, draw)], fields_of(
        b, place.upper(), "BRA", "pt", b["surname"].upper(), b["given"].upper()
    )
