"""Civil documents: birth certificates (PHL, PAK, GEO, ARG), Hague apostilles, sworn translation."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from cp_common import (
    INK_BLACK,
    INK_BLUE,
    F,
    finish,
    font_path,
    guilloche,
    new_canvas,
    rect_stamp,
    signature,
    stamp,
    sw,
)

W, H = A4
NAVY = Color(0.1, 0.15, 0.35)
GREY = Color(0.3, 0.3, 0.33)
STAMP_BLUE = Color(0.2, 0.25, 0.65)
STAMP_VIOLET = Color(0.42, 0.2, 0.55)


def _cell(c, x, y, w, h, label, value, vfont="LibMono", vsize=9.5, lsize=5.8):
    """A form cell: frame, label in the top-left corner, value on its own baseline below."""
    c.setStrokeColor(Color(0.2, 0.2, 0.2))
    c.setLineWidth(0.5)
    c.rect(x, y, w, h)
    c.setFillColor(GREY)
    c.setFont(F("Sans"), lsize)
    c.drawString(x + 2, y + h - lsize - 1.5, label)
    c.setFillColor(Color(0.05, 0.05, 0.12))
    c.setFont(F(vfont), vsize)
    c.drawString(x + 5, y + 3.5, value)
    assert y + 3.5 + vsize * 0.75 < y + h - lsize - 2, label


def _urdu(text: str, size_px: int, color=(20, 60, 20)) -> ImageReader:
    fnt = ImageFont.truetype(font_path("FreeSerif"), size_px, layout_engine=ImageFont.Layout.RAQM)
    left, top, right, bottom = fnt.getbbox(text, direction="rtl")
    img = Image.new("RGBA", (right - left + 8, bottom - top + 8), (255, 255, 255, 0))
    ImageDraw.Draw(img).text(
        (4 - left, 4 - top), text, font=fnt, fill=color + (255,), direction="rtl"
    )
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return ImageReader(io.BytesIO(buf.getvalue())), img.size


def _put_urdu(c, x_right, y, text, height):
    rd, (w, h) = _urdu(text, 64)
    dw = w * height / h
    c.drawImage(rd, x_right - dw, y, dw, height, mask="auto")


# ---------------------------------------------------------------- Philippines (PSA, MF 102)
def birth_phl(d: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas(A4, "")
    guilloche(c, 0, 0, W, H, Color(0.83, 0.9, 0.86), rng, n=70, lw=0.3)
    c.setFillColor(NAVY)
    c.setFont(F("Sans"), 7)
    c.drawString(18 * mm, H - 12 * mm, "Municipal Form No. 102")
    c.drawString(18 * mm, H - 15 * mm, "(Revised January 2007)")
    c.setFont(F("SerifB"), 9)
    c.drawCentredString(W / 2, H - 13 * mm, "Republic of the Philippines")
    c.setFont(F("Serif"), 8)
    c.drawCentredString(W / 2, H - 17 * mm, "OFFICE OF THE CIVIL REGISTRAR GENERAL")
    c.setFont(F("SerifB"), 14)
    c.drawCentredString(W / 2, H - 25 * mm, "CERTIFICATE OF LIVE BIRTH")
    x, w = 18 * mm, W - 36 * mm
    y = H - 40 * mm
    rh = 11 * mm
    _cell(c, x, y, w * 0.6, rh, "Province", d["province"])
    _cell(c, x + w * 0.6, y - rh, w * 0.4, rh * 2, "Registry No.", d["registry_no"])
    y -= rh
    _cell(c, x, y, w * 0.6, rh, "City/Municipality", d["city"])
    y -= rh * 1.2
    third = w / 3
    c.setFont(F("SansB"), 7)
    c.setFillColor(NAVY)
    c.drawString(x, y + 2, "1. NAME")
    y -= rh
    _cell(c, x, y, third, rh, "(First)", d["first"])
    _cell(c, x + third, y, third, rh, "(Middle)", d["middle"])
    _cell(c, x + 2 * third, y, third, rh, "(Last)", d["last"])
    y -= rh
    _cell(c, x, y, third, rh, "2. SEX (Male/Female)", d["sex"])
    _cell(c, x + third, y, 2 * third, rh, "3. DATE OF BIRTH (Day) (Month) (Year)", d["dob_txt"])
    y -= rh
    _cell(c, x, y, w * 0.5, rh, "4. PLACE OF BIRTH (Name of Hospital/Clinic)", d["hospital"])
    _cell(c, x + w * 0.5, y, w * 0.3, rh, "(City/Municipality)", d["city"])
    _cell(c, x + w * 0.8, y, w * 0.2, rh, "(Province)", d["province"])
    y -= rh
    _cell(c, x, y, third, rh, "5a. TYPE OF BIRTH", "SINGLE")
    _cell(c, x + third, y, third, rh, "5b. IF MULTIPLE BIRTH", "")
    _cell(c, x + 2 * third, y, third, rh, "5d. WEIGHT AT BIRTH", "3,050 grams")
    y -= rh * 1.2
    for who in ("MOTHER", "FATHER"):
        c.setFont(F("SansB"), 7)
        c.setFillColor(NAVY)
        c.drawString(x, y + 2, who)
        y -= rh
        first, middle, last = d[who.lower()]
        label = "7. MAIDEN NAME" if who == "MOTHER" else "14. NAME"
        _cell(c, x, y, third, rh, label + " (First)", first)
        _cell(c, x + third, y, third, rh, "(Middle)", middle)
        _cell(c, x + 2 * third, y, third, rh, "(Last)", last)
        y -= rh
        _cell(c, x, y, third, rh, "CITIZENSHIP", "FILIPINO")
        _cell(c, x + third, y, third, rh, "RELIGION", "ROMAN CATHOLIC")
        _cell(c, x + 2 * third, y, third, rh, "OCCUPATION", d[who.lower() + "_job"])
        y -= rh * 1.2
    _cell(c, x, y, w * 0.5, rh, "20a. DATE OF MARRIAGE OF PARENTS", d["parents_married"])
    _cell(
        c, x + w * 0.5, y, w * 0.5, rh, "20b. PLACE OF MARRIAGE", d["city"] + ", " + d["province"]
    )
    y -= rh * 1.6
    _cell(c, x, y, w * 0.5, rh * 1.6, "22. PREPARED BY (Name in print)", d["prepared_by"])
    _cell(
        c,
        x + w * 0.5,
        y,
        w * 0.5,
        rh * 1.6,
        "24. RECEIVED AT THE OFFICE OF THE LCR",
        "DATE: " + d["reg_date"],
        vsize=8.5,
    )
    signature(c, x + w * 0.78, y + 4, 18 * mm, 6 * mm, rng, color=INK_BLACK, width=0.6)
    y -= 12 * mm
    c.setFillColor(NAVY)
    c.setFont(F("SansB"), 7.5)
    c.drawString(x, y, "PHILIPPINE STATISTICS AUTHORITY")
    c.setFont(F("Sans"), 6.5)
    c.drawString(x, y - 9, "This is a certified true copy of the record on file with this Office.")
    c.drawString(x, y - 18, f"Issued on {d['issued_txt']} upon the request of the registrant.")
    c.setFillColor(Color(0.7, 0.1, 0.1))
    c.setFont(F("MonoB"), 8)
    c.drawRightString(x + w, y, "SECPA No. " + d["secpa"])
    signature(c, x + w - 60 * mm, y - 34, 38 * mm, 9 * mm, rng, color=INK_BLACK, width=0.7)
    c.setFillColor(GREY)
    c.setFont(F("Sans"), 6.5)
    c.drawString(x + w - 62 * mm, y - 42, d["psa_signer"] + ", Civil Registrar General")
    stamp(
        c,
        x + 40 * mm,
        y - 62,
        13 * mm,
        "PHILIPPINE STATISTICS AUTHORITY",
        ["PSA", "CRS"],
        STAMP_BLUE,
        rng,
    )
    c.showPage()
    return finish(c, buf)


# ---------------------------------------------------------------- Pakistan (Union Council / NADRA)
def birth_pak(d: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas(A4, "")
    c.setStrokeColor(Color(0.15, 0.4, 0.2))
    c.setLineWidth(2.2)
    c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm)
    c.setLineWidth(0.6)
    c.rect(14 * mm, 14 * mm, W - 28 * mm, H - 28 * mm)
    guilloche(c, 15 * mm, 15 * mm, W - 30 * mm, H - 30 * mm, Color(0.88, 0.94, 0.88), rng, n=60)
    c.setFillColor(Color(0.1, 0.3, 0.15))
    c.setFont(F("SansB"), 11)
    c.drawCentredString(W / 2, H - 28 * mm, "GOVERNMENT OF THE PUNJAB")
    c.setFont(F("Sans"), 8.5)
    c.drawCentredString(W / 2, H - 33 * mm, "LOCAL GOVERNMENT & COMMUNITY DEVELOPMENT DEPARTMENT")
    c.drawCentredString(W / 2, H - 38 * mm, d["uc"])
    _put_urdu(c, W / 2 + 18 * mm, H - 50 * mm, "پیدائش کا سرٹیفکیٹ", 8 * mm)
    c.setFont(F("SansB"), 15)
    c.drawCentredString(W / 2, H - 58 * mm, "BIRTH REGISTRATION CERTIFICATE")
    c.setFont(F("Sans"), 7.5)
    c.drawString(22 * mm, H - 68 * mm, "Certificate No: " + d["cert_no"])
    c.drawRightString(W - 22 * mm, H - 68 * mm, "Computerized No (CRMS): " + d["crms"])
    rows = [
        ("Name", "نام", d["name"]),
        ("Gender", "جنس", d["gender"]),
        ("Date of Birth", "تاریخ پیدائش", d["dob_txt"]),
        ("Place of Birth", "جائے پیدائش", d["pob"]),
        ("Religion", "مذہب", "ISLAM"),
        ("Father's Name", "والد کا نام", d["father"]),
        ("Father's CNIC", "والد کا شناختی کارڈ", d["father_cnic"]),
        ("Mother's Name", "والدہ کا نام", d["mother"]),
        ("Mother's CNIC", "والدہ کا شناختی کارڈ", d["mother_cnic"]),
        ("Grandfather's Name", "دادا کا نام", d["grandfather"]),
        ("District", "ضلع", d["district"]),
        ("Date of Registration", "تاریخ اندراج", d["reg_date"]),
    ]
    y = H - 82 * mm
    xl, xv, xr = 24 * mm, 72 * mm, W - 24 * mm
    for en, ur, val in rows:
        c.setStrokeColor(Color(0.6, 0.7, 0.6))
        c.setLineWidth(0.4)
        c.line(xl, y - 3 * mm, xr, y - 3 * mm)
        c.setFillColor(Color(0.2, 0.3, 0.2))
        c.setFont(F("Sans"), 8)
        c.drawString(xl, y, en)
        c.setFillColor(Color(0.02, 0.02, 0.05))
        c.setFont(F("SansB"), 9.5)
        c.drawString(xv, y, val)
        _put_urdu(c, xr, y - 1.5 * mm, ur, 5 * mm)
        y -= 11 * mm
    c.setFont(F("Sans"), 7)
    c.setFillColor(GREY)
    c.drawString(xl, y - 4 * mm, "Date of Issue: " + d["issue_date"])
    c.drawString(xl, y - 9 * mm, "This certificate is computer generated through NADRA CRMS.")
    signature(c, W - 80 * mm, y - 30 * mm, 45 * mm, 12 * mm, rng, color=INK_BLUE, width=0.9)
    c.setFont(F("SansB"), 8)
    c.setFillColor(Color(0.1, 0.1, 0.1))
    c.drawString(W - 82 * mm, y - 36 * mm, "Secretary Union Council")
    c.setFont(F("Sans"), 7)
    c.drawString(W - 82 * mm, y - 40 * mm, d["uc_short"])
    stamp(
        c,
        60 * mm,
        y - 30 * mm,
        15 * mm,
        "SECRETARY UNION COUNCIL * LAHORE *",
        ["U.C.", "LAHORE"],
        STAMP_VIOLET,
        rng,
    )
    c.showPage()
    return finish(c, buf)


# ---------------------------------------------------------------- Georgia (PSDA civil registry)
def birth_geo(d: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas(A4, "")
    guilloche(c, 10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm, Color(0.93, 0.87, 0.87), rng, n=80)
    c.setStrokeColor(Color(0.6, 0.2, 0.2))
    c.setLineWidth(1.5)
    c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm)
    c.setFillColor(Color(0.45, 0.08, 0.1))
    c.setFont(F("SansB"), 13)
    c.drawCentredString(W / 2, H - 28 * mm, "საქართველო")
    c.setFont(F("Sans"), 8)
    c.drawCentredString(W / 2, H - 34 * mm, "იუსტიციის სამინისტრო")
    c.drawCentredString(W / 2, H - 39 * mm, "სახელმწიფო სერვისების განვითარების სააგენტო")
    c.setFont(F("SansB"), 18)
    c.drawCentredString(W / 2, H - 54 * mm, "დაბადების მოწმობა")
    c.setFont(F("Sans"), 9)
    c.drawCentredString(W / 2, H - 60 * mm, "BIRTH CERTIFICATE")
    rows = [
        ("გვარი / Surname", d["surname_ka"], d["surname"]),
        ("სახელი / Name", d["given_ka"], d["given"]),
        ("დაბადების თარიღი / Date of birth", d["dob_txt"], ""),
        ("დაბადების ადგილი / Place of birth", d["pob_ka"], d["pob"]),
        ("პირადი ნომერი / Personal number", d["pn"], ""),
        ("მამა / Father", d["father_ka"], d["father"]),
        ("დედა / Mother", d["mother_ka"], d["mother"]),
        ("სააქტო ჩანაწერის № / Act record No", d["act_no"], ""),
        ("რეგისტრაციის თარიღი / Registration date", d["reg_txt"], ""),
    ]
    y = H - 80 * mm
    xl, xv = 22 * mm, 95 * mm
    for lab, v1, v2 in rows:
        c.setFillColor(Color(0.35, 0.2, 0.2))
        c.setFont(F("Sans"), 7.5)
        c.drawString(xl, y, lab)
        c.setFillColor(Color(0.02, 0.02, 0.05))
        c.setFont(F("SansB"), 10)
        c.drawString(xv, y, v1 + (" / " + v2 if v2 else ""))
        c.setStrokeColor(Color(0.7, 0.55, 0.55))
        c.setLineWidth(0.4)
        c.setDash(1, 2)
        c.line(xv, y - 2.5 * mm, W - 22 * mm, y - 2.5 * mm)
        c.setDash()
        y -= 12 * mm
    c.setFillColor(GREY)
    c.setFont(F("Sans"), 8)
    c.drawString(xl, y - 2 * mm, "გაცემის თარიღი / Date of issue: " + d["issued_txt"])
    c.drawString(xl, y - 8 * mm, "მოწმობის № / Certificate No: " + d["cert_no"])
    stamp(
        c,
        55 * mm,
        45 * mm,
        17 * mm,
        "სახელმწიფო სერვისების განვითარების სააგენტო",
        ["PSDA", "GEORGIA"],
        STAMP_BLUE,
        rng,
        font="SansB",
    )
    signature(c, W - 85 * mm, 40 * mm, 50 * mm, 13 * mm, rng, color=INK_BLUE, width=0.9)
    c.setFont(F("Sans"), 7.5)
    c.setFillColor(Color(0.1, 0.1, 0.1))
    c.drawString(W - 88 * mm, 35 * mm, "უფლებამოსილი პირი / Authorized officer")
    c.showPage()
    return finish(c, buf)


# ---------------------------------------------------------------- Argentina (CABA acta)
def birth_arg(d: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas(A4, "")
    guilloche(c, 0, 0, W, H, Color(0.86, 0.9, 0.96), rng, n=70, lw=0.3)
    c.setFillColor(Color(0.12, 0.3, 0.55))
    c.setFont(F("SerifB"), 11)
    c.drawCentredString(W / 2, H - 20 * mm, "GOBIERNO DE LA CIUDAD DE BUENOS AIRES")
    c.setFont(F("Serif"), 8.5)
    c.drawCentredString(
        W / 2,
        H - 25 * mm,
        "Dirección General Registro del Estado Civil y Capacidad de las Personas",
    )
    c.setFont(F("SerifB"), 16)
    c.drawCentredString(W / 2, H - 38 * mm, "ACTA DE NACIMIENTO")
    c.setFont(F("Serif"), 9)
    c.drawCentredString(W / 2, H - 44 * mm, "COPIA CERTIFICADA — PARTIDA")
    c.setFillColor(Color(0.05, 0.05, 0.1))
    c.setFont(F("LibMono"), 9)
    y = H - 58 * mm
    tags = (
        ("TOMO", d["tomo"]),
        ("NÚMERO", d["numero"]),
        ("AÑO", d["anio"]),
        ("CIRCUNSCRIPCIÓN", d["circ"]),
    )
    for k, (lab, val) in enumerate(tags):
        xx = 22 * mm + k * 38 * mm
        c.setFont(F("Sans"), 6.5)
        c.setFillColor(GREY)
        c.drawString(xx, y + 4.2 * mm, lab)
        c.setFont(F("LibMono"), 10)
        c.setFillColor(Color(0.05, 0.05, 0.1))
        c.drawString(xx, y, val)
    text = d["body"]
    y -= 14 * mm
    c.setFont(F("LibSerif"), 10.5)
    for line in _wrap(text, "LibSerif", 10.5, W - 44 * mm):
        c.drawString(22 * mm, y, line)
        y -= 6 * mm
    y -= 6 * mm
    c.setFont(F("LibSerif"), 9.5)
    for line in _wrap(d["footer"], "LibSerif", 9.5, W - 44 * mm):
        c.drawString(22 * mm, y, line)
        y -= 5.2 * mm
    signature(c, W - 85 * mm, y - 28 * mm, 48 * mm, 13 * mm, rng, color=INK_BLUE, width=0.9)
    c.setFont(F("Sans"), 7.5)
    c.drawString(W - 88 * mm, y - 33 * mm, d["officer"] + " — Oficial Público")
    stamp(
        c,
        55 * mm,
        y - 22 * mm,
        16 * mm,
        "REGISTRO CIVIL * CIUDAD DE BUENOS AIRES *",
        ["R.E.C.", "C.A.B.A."],
        STAMP_VIOLET,
        rng,
    )
    c.setFont(F("MonoB"), 8)
    c.setFillColor(Color(0.7, 0.1, 0.1))
    c.drawRightString(W - 18 * mm, 14 * mm, "N° " + d["paper_no"])
    c.showPage()
    return finish(c, buf)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if sw(trial, font, size) > width and cur:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- apostille (Hague model)
APO_LABELS = {
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal / stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal / stamp:",
        "Signature:",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello / timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello / timbre:",
        "Firma:",
    ],
    "ka": [
        "ქვეყანა / Country:",
        "ეს საჯარო დოკუმენტი / This public document",
        "ხელმოწერილია / has been signed by",
        "თანამდებობა / acting in the capacity of",
        "ბეჭედი / bears the seal of",
        "დამოწმებულია / Certified",
        "ადგილი / at",
        "თარიღი / the",
        "ვის მიერ / by",
        "№ / No",
        "ბეჭედი / Seal:",
        "ხელმოწერა / Signature:",
    ],
}


def apostille(d: dict, rng: random.Random, lang="en", full_page=True) -> bytes:
    """The Hague model certificate: a framed box with the ten numbered items."""
    c, buf = new_canvas(A4, "")
    bw, bh = 150 * mm, 128 * mm
    bx = (W - bw) / 2 + rng.uniform(-6, 6) * mm
    by = H - bh - rng.uniform(25, 45) * mm
    if full_page:
        c.setFillColor(Color(0.2, 0.2, 0.25))
        c.setFont(F("SansB"), 9)
        c.drawString(20 * mm, H - 16 * mm, d["authority_head"])
    c.setFillColor(Color(0.97, 0.97, 0.93))
    c.rect(bx, by, bw, bh, stroke=0, fill=1)
    guilloche(c, bx, by, bw, bh, Color(0.85, 0.88, 0.8), rng, n=26)
    c.setStrokeColor(Color(0.15, 0.15, 0.2))
    c.setLineWidth(1.2)
    c.rect(bx, by, bw, bh)
    c.setFillColor(Color(0.05, 0.05, 0.1))
    c.setFont(F("SerifB"), 16)
    title = "APOSTILLA" if lang == "es" else "APOSTILLE"
    c.drawCentredString(bx + bw / 2, by + bh - 11 * mm, title)
    c.setFont(F("Serif"), 8.5)
    c.drawCentredString(bx + bw / 2, by + bh - 16 * mm, "(Convention de La Haye du 5 octobre 1961)")
    lab = APO_LABELS[lang]
    vals = [
        d["country"],
        "",
        d["signer"],
        d["capacity"],
        d["seal_of"],
        "",
        d["place"],
        d["date_txt"],
        d["by"],
        d["number"],
    ]
    x = bx + 8 * mm
    y = by + bh - 26 * mm
    lf, vf = "Sans", "SansB"
    items = [
        (1, lab[0], vals[0]),
        (None, lab[1], ""),
        (2, lab[2], vals[2]),
        (3, lab[3], vals[3]),
        (4, lab[4], vals[4]),
        (None, lab[5], ""),
    ]
    for num, text, val in items:
        c.setFillColor(Color(0.2, 0.2, 0.25))
        if num is None:
            c.setFont(F("SansB"), 7.5)
            c.drawCentredString(bx + bw / 2, y, text)
        else:
            c.setFont(F(lf), 7.5)
            c.drawString(x, y, f"{num}. {text}")
            vx = x + sw(f"{num}. {text}", lf, 7.5) + 3 * mm
            c.setFillColor(Color(0.02, 0.02, 0.08))
            c.setFont(F(vf), 8.5)
            c.drawString(vx, y, val)
        y -= 8 * mm
    half = bw / 2
    for k, (num, text, val) in enumerate([(5, lab[6], vals[6]), (6, lab[7], vals[7])]):
        xx = x + k * half
        c.setFillColor(Color(0.2, 0.2, 0.25))
        c.setFont(F(lf), 7.5)
        c.drawString(xx, y, f"{num}. {text}")
        c.setFillColor(Color(0.02, 0.02, 0.08))
        c.setFont(F(vf), 8.5)
        c.drawString(xx + sw(f"{num}. {text}", lf, 7.5) + 3 * mm, y, val)
    y -= 8 * mm
    for num, text, val in [(7, lab[8], vals[8]), (8, lab[9], vals[9])]:
        c.setFillColor(Color(0.2, 0.2, 0.25))
        c.setFont(F(lf), 7.5)
        c.drawString(x, y, f"{num}. {text}")
        c.setFillColor(Color(0.02, 0.02, 0.08))
        c.setFont(F(vf), 8.5)
        c.drawString(x + sw(f"{num}. {text}", lf, 7.5) + 3 * mm, y, val)
        y -= 8 * mm
    c.setFillColor(Color(0.2, 0.2, 0.25))
    c.setFont(F(lf), 7.5)
    c.drawString(x, y, "9. " + lab[10])
    c.drawString(x + half, y, "10. " + lab[11])
    stamp(
        c, x + 30 * mm, by + 16 * mm, 12 * mm, d["stamp_ring"], d["stamp_center"], STAMP_BLUE, rng
    )
    signature(c, x + half + 8 * mm, by + 8 * mm, 45 * mm, 12 * mm, rng, color=INK_BLUE)
    if d.get("verify"):
        c.setFont(F("Sans"), 6)
        c.setFillColor(GREY)
        c.drawString(bx, by - 5 * mm, d["verify"])
    c.showPage()
    return finish(c, buf)


# ---------------------------------------------------------------- sworn translation (FR)
def translation(d: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas(A4, "")
    c.setFillColor(Color(0.1, 0.1, 0.1))
    c.setFont(F("CaladeaB"), 10)
    c.drawString(20 * mm, H - 18 * mm, d["translator"])
    c.setFont(F("Caladea"), 8.5)
    for i, t in enumerate(d["translator_lines"]):
        c.drawString(20 * mm, H - 23 * mm - i * 4 * mm, t)
    c.setFont(F("Caladea"), 8.5)
    c.drawRightString(W - 20 * mm, H - 18 * mm, "Traduction n° " + d["rep_no"])
    c.setFont(F("CaladeaB"), 11)
    c.drawCentredString(W / 2, H - 48 * mm, "TRADUCTION DU GÉORGIEN EN FRANÇAIS")
    y = H - 62 * mm
    for kind, text in d["body"]:
        font, size = ("CaladeaB", 10.5) if kind == "h" else ("Caladea", 10.5)
        c.setFont(F(font), size)
        if kind == "h":
            c.drawCentredString(W / 2, y, text)
            y -= 7 * mm
            continue
        for line in _wrap(text, font, size, W - 50 * mm):
            c.drawString(25 * mm, y, line)
            y -= 5.6 * mm
        y -= 1.5 * mm
    y -= 6 * mm
    c.setFont(F("Caladea"), 9.5)
    for line in _wrap(d["certif"], "Caladea", 9.5, W - 50 * mm):
        c.drawString(25 * mm, y, line)
        y -= 5 * mm
    c.drawString(25 * mm, y - 4 * mm, d["done"])
    stamp(
        c,
        W - 62 * mm,
        y - 26 * mm,
        17 * mm,
        d["stamp_ring"],
        d["stamp_center"],
        STAMP_BLUE,
        rng,
        font="SansB",
    )
    signature(c, 30 * mm, y - 32 * mm, 48 * mm, 14 * mm, rng, color=INK_BLUE)
    rect_stamp(
        c,
        110 * mm,
        18 * mm,
        ["TRADUCTION CERTIFIÉE CONFORME", "À L'ORIGINAL GÉORGIEN"],
        STAMP_BLUE,
        rng,
    )
    c.showPage()
    return finish(c, buf)
