"""Civil-status pieces of set_cb: birth certificates (Algeria bilingual extrait, Senegal
extrait du registre, China notarial certificate with its French translation and apostille,
Philippines PSA copy) and a handwritten attestation d'hébergement.

Layouts are drawn from public descriptions of the real documents (model forms of the
Algerian and Senegalese civil registries, the Chinese notarial certificate 公证书 format,
the Hague apostille model with its 10 numbered items, PSA security-paper copies of
Municipal Form No. 102)."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from cb_base import draw_script, render_pdf, sw
from cb_pen import (
    INK_BLACK,
    INK_BLUE,
    draw_signature,
    guilloche,
    hand_text,
    para,
    rect_stamp,
    round_stamp,
    wrap,
)

W, H = A4


def seal_script(
    c,
    cx: float,
    cy: float,
    r: float,
    text: str,
    script: str,
    rng: random.Random,
    color=(0.85, 0.1, 0.12),
    center: str = "★",
    alpha: float = 0.82,
) -> None:
    """A round official seal whose ring is written in Chinese or Arabic characters."""
    rgb255 = tuple(int(v * 255) for v in color)
    c.saveState()
    c.setFillAlpha(alpha)
    c.setStrokeAlpha(alpha)
    c.translate(cx, cy)
    c.rotate(rng.uniform(-12, 12))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(r * 0.05)
    c.circle(0, 0, r)
    n = len(text)
    span = 250.0
    for i, ch in enumerate(text):
        a = 90 + span / 2 - i * span / max(n - 1, 1)
        c.saveState()
        c.rotate(a)
        c.translate(r * 0.72, 0)
        c.rotate(-90)
        draw_script(c, ch, 0, 0, r * 0.26, script, color=rgb255, anchor="c")
        c.restoreState()
    c.setFont("Sans", r * 0.55)
    c.drawCentredString(0, -r * 0.18, center)
    c.restoreState()


# --------------------------------------------------------------------------- Algeria


def dz_birth_pdf(b: dict, rng: random.Random) -> bytes:
    """Extrait d'acte de naissance, Algeria: bilingual (French left, Arabic right)."""

    def page(c):
        c.setFillColorRGB(0.99, 0.99, 0.97)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        draw_script(
            c,
            "الجمهورية الجزائرية الديمقراطية الشعبية",
            W / 2,
            H - 40,
            13,
            "ar",
            anchor="c",
            bold=True,
        )
        c.setFont("Serif-B", 10.5)
        c.drawCentredString(W / 2, H - 58, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE")
        c.setFont("Serif", 9.5)
        y = H - 90
        for fr_, ar in b["admin"]:
            c.drawString(40, y, fr_)
            draw_script(c, ar, W - 40, y, 10, "ar", anchor="r")
            y -= 15
        c.setFont("Serif-B", 10)
        c.drawString(40, y - 4, f"N° de l'acte : {b['act_no']}")
        draw_script(c, f"رقم العقد : {b['act_no']}", W - 40, y - 4, 10, "ar", anchor="r", bold=True)
        c.setFont("Serif-B", 10)
        c.drawString(40, y - 19, f"Année : {b['year']}")
        draw_script(c, f"السنة : {b['year']}", W - 40, y - 19, 10, "ar", anchor="r", bold=True)
        y -= 55
        c.setLineWidth(1.2)
        c.rect(W / 2 - 170, y - 12, 340, 40, stroke=1, fill=0)
        draw_script(c, "مستخرج من سجل عقود الميلاد", W / 2, y + 10, 13, "ar", anchor="c", bold=True)
        c.setFont("Serif-B", 12)
        c.drawCentredString(W / 2, y - 5, "EXTRAIT D'ACTE DE NAISSANCE")
        y -= 45
        top_div = y + 10
        for fr_lab, fr_val, ar_lab, ar_val in b["rows"]:
            c.setFont("Serif", 9.5)
            c.drawString(40, y, fr_lab)
            c.setFont("Serif-B", 10)
            lines = [fr_val] if sw(fr_val, "Serif-B", 10) < 150 else _split(fr_val, 150)
            for i, ln in enumerate(lines):
                c.drawString(
                    40 + (0 if len(lines) > 1 else 105),
                    y - (13 if len(lines) > 1 else 0) - i * 12,
                    ln,
                )
            draw_script(c, ar_lab, W - 40, y, 10, "ar", anchor="r")
            draw_script(c, ar_val, W - 150, y, 10.5, "ar", anchor="r", bold=True)
            y -= 24 if len(lines) == 1 else 24 + 12 * len(lines)
        c.setLineWidth(0.5)
        c.line(W / 2, top_div, W / 2, y + 8)
        y -= 30
        c.setFont("Serif", 9)
        c.drawString(40, y, "Mentions marginales : Néant")
        draw_script(c, "البيانات الهامشية : لا شيء", W - 40, y, 10, "ar", anchor="r")
        y -= 30
        c.setFont("Serif", 9.5)
        c.drawString(40, y, f"Délivré à {b['place']}, le {b['issued_txt']}")
        draw_script(c, f"حرر ب{b['place_ar']} في {b['issued_ar']}", W - 40, y, 10, "ar", anchor="r")
        y -= 25
        c.drawString(60, y, "L'Officier de l'État Civil")
        draw_script(c, "ضابط الحالة المدنية", W - 60, y, 10.5, "ar", anchor="r")
        round_stamp(
            c, W / 2 + 20, y - 50, 38, b["seal_ring"], b["seal_center"], rng, color=(0.2, 0.22, 0.6)
        )
        draw_signature(c, 70, y - 65, 110, 40, rng, color=INK_BLUE)
        rect_stamp(
            c,
            W - 190,
            y - 70,
            [b["officer"], "Officier de l'état civil par délégation"],
            rng,
            size=7,
            color=(0.2, 0.22, 0.6),
        )
        c.setFont("Serif-I", 7)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(40, 50, b["footer"])

    return render_pdf(A4, [page])


def _split(text: str, width: float) -> list[str]:

    return wrap(text, "Serif-B", 10, width)


# --------------------------------------------------------------------------- Senegal


def sn_birth_pdf(b: dict, rng: random.Random) -> bytes:
    """Extrait du registre des actes de naissance, Senegal (printed form, typed values)."""

    def dotted(c, x, y, label, value, x_val, x_end):
        c.setFont("LibSer", 10.5)
        c.drawString(x, y, label)
        c.setDash(1, 2)
        c.setLineWidth(0.4)
        c.line(x + sw(label, "LibSer", 10.5) + 3, y - 1, x_end, y - 1)
        c.setDash()
        c.setFont("Mono-B", 10.5)
        c.drawString(x_val, y + 1, value)

    def page(c):
        c.setFillColorRGB(0.985, 0.98, 0.96)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont("LibSer-B", 9.5)
        y = H - 45
        for t in b["admin"]:
            c.drawString(40, y, t)
            y -= 13
        c.setFont("LibSer-B", 12)
        c.drawCentredString(W - 150, H - 45, "RÉPUBLIQUE DU SÉNÉGAL")
        c.setFont("LibSer-I", 9)
        c.drawCentredString(W - 150, H - 58, "Un Peuple – Un But – Une Foi")
        for i, col in enumerate([(0.0, 0.52, 0.25), (0.99, 0.85, 0.1), (0.88, 0.12, 0.15)]):
            c.setFillColorRGB(*col)
            c.rect(W - 180 + i * 20, H - 78, 20, 12, stroke=0, fill=1)
        c.setFillColorRGB(0.0, 0.52, 0.25)
        c.setFont("Sans", 7)
        c.drawCentredString(W - 150, H - 75, "★")
        c.setFillColorRGB(0.05, 0.05, 0.05)
        y = H - 150
        c.setFont("LibSer-B", 14)
        c.drawCentredString(W / 2, y, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE")
        c.setLineWidth(0.8)
        c.line(W / 2 - 190, y - 5, W / 2 + 190, y - 5)
        y -= 35
        dotted(c, 60, y, "Pour l'année", b["year"], 150, 250)
        dotted(c, 300, y, "N° dans le Registre", b["act_no"], 420, W - 60)
        y -= 38
        for label, value in b["rows"]:
            dotted(c, 60, y, label, value, 245, W - 60)
            y -= 27
        y -= 10
        c.setFont("LibSer-I", 10)
        c.drawString(60, y, "Mentions marginales :")
        c.setFont("Mono-B", 10.5)
        c.drawString(200, y, "NÉANT")
        y -= 45
        c.setFont("LibSer", 10.5)
        c.drawString(W - 300, y, "POUR EXTRAIT CERTIFIÉ CONFORME")
        c.drawString(W - 300, y - 18, f"{b['place']}, le")
        c.setFont("Mono-B", 10.5)
        c.drawString(W - 300 + sw(f"{b['place']}, le ", "LibSer", 10.5), y - 18, b["issued_txt"])
        c.setFont("LibSer-B", 10.5)
        c.drawString(W - 300, y - 36, "L'Officier de l'État Civil")
        round_stamp(
            c,
            W - 230,
            y - 100,
            42,
            b["seal_ring"],
            b["seal_center"],
            rng,
            color=(0.15, 0.25, 0.55),
            font="Sans-B",
        )
        draw_signature(c, W - 210, y - 115, 120, 45, rng, color=INK_BLACK)
        c.setFont("LibSer", 9.5)
        c.drawString(W - 300, y - 150, b["officer"])
        c.setFont("LibSer-I", 7.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(40, 40, b["footer"])

    return render_pdf(A4, [page])


# --------------------------------------------------------------------------- China


def cn_notarial_pdf(b: dict, rng: random.Random) -> bytes:
    """Notarial birth certificate (出生公证书): Chinese page, French translation page with the
    notary's conformity certificate, then the apostille (3 pages)."""

    def border(c):
        c.setFillColorRGB(0.99, 0.985, 0.975)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColorRGB(0.7, 0.15, 0.15)
        c.setLineWidth(1.2)
        c.rect(28, 28, W - 56, H - 56)
        c.setLineWidth(0.4)
        c.rect(32, 32, W - 64, H - 64)

    def zh_page(c):
        border(c)
        draw_script(c, "公  证  书", W / 2, H - 110, 26, "zh", anchor="c")
        draw_script(c, b["ref_zh"], W - 80, H - 160, 11, "zh", anchor="r")
        y = H - 215
        for line in b["zh_lines"]:
            draw_script(c, line, 80, y, 12.5, "zh")
            y -= 32
        y -= 50
        for line in b["zh_footer"]:
            draw_script(c, line, W - 80, y, 12.5, "zh", anchor="r")
            y -= 30
        seal_script(c, W - 160, y + 70, 48, b["seal_zh"], "zh", rng)
        draw_signature(c, W - 170, y + 40, 60, 22, rng, color=INK_BLACK)

    def fr_page(c):
        border(c)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont("Serif-B", 18)
        c.drawCentredString(W / 2, H - 110, "ACTE NOTARIÉ")
        c.setFont("Serif", 10.5)
        c.drawRightString(W - 80, H - 150, b["ref_fr"])
        y = H - 200
        for text in b["fr_paras"]:
            y = para(c, 80, y, text, "Serif", 11, W - 160, leading=17, justify=True) - 10
        y -= 20
        c.setFont("Serif", 11)
        for line in b["fr_footer"]:
            c.drawRightString(W - 80, y, line)
            y -= 17
        c.setLineWidth(0.5)
        c.setDash(3, 2)
        c.line(80, 270, W - 80, 270)
        c.setDash()
        draw_script(c, "证    明", W / 2, 245, 13, "zh", anchor="c")
        draw_script(c, b["zh_cert"], 80, 220, 11, "zh")
        c.setFont("Serif-B", 11)
        c.drawCentredString(W / 2, 190, "CERTIFICAT")
        para(c, 80, 170, b["fr_cert"], "Serif", 10.5, W - 160, leading=15)
        c.setFont("Serif", 10.5)
        c.drawRightString(W - 80, 120, b["fr_footer"][0])
        c.drawRightString(W - 80, 104, b["fr_footer"][-1])
        seal_script(c, W - 170, 120, 42, b["seal_zh"], "zh", rng)

    def apostille(c):
        a = b["apostille"]
        c.setFillColorRGB(0.97, 0.98, 0.99)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        guilloche(c, 60, 120, W - 120, H - 220, rng, colors=((0.85, 0.88, 0.94),), n=30)
        c.setStrokeColorRGB(0.1, 0.2, 0.45)
        c.setLineWidth(1.5)
        c.rect(60, 120, W - 120, H - 220)
        c.setFillColorRGB(0.05, 0.1, 0.3)
        draw_script(c, "附 加 证 明 书", W / 2, H - 135, 15, "zh", anchor="c", color=(15, 25, 75))
        c.setFont("Serif-B", 18)
        c.drawCentredString(W / 2, H - 162, "APOSTILLE")
        c.setFont("Serif-I", 10)
        c.drawCentredString(W / 2, H - 178, "(Convention de La Haye du 5 octobre 1961)")
        y = H - 215
        for num, zh, en, val_zh, val_en in a["items"]:
            if num == "":
                draw_script(c, zh, 85, y, 10.5, "zh", color=(15, 25, 75))
                c.setFont("Serif-B", 10.5)
                c.drawString(85 + 60, y, en)
                y -= 26
                continue
            c.setFont("Serif-B", 10.5)
            c.drawString(80, y, num + ".")
            draw_script(c, zh, 98, y, 10, "zh", color=(15, 25, 75))
            c.setFont("Serif-I", 9.5)
            c.drawString(98, y - 13, en)
            if val_zh:
                draw_script(c, val_zh, 260, y, 10.5, "zh")
            c.setFont("Serif-B", 10.5)
            for i, ln in enumerate(val_en.split("\n")):
                c.drawString(260, y - 14 - i * 13, ln)
            y -= 36 + 13 * val_en.count("\n")
        seal_script(c, 200, 200, 45, a["seal_zh"], "zh", rng, color=(0.8, 0.1, 0.12))
        draw_signature(c, W - 250, 175, 130, 45, rng, color=INK_BLACK)
        c.setFillColorRGB(0.2, 0.2, 0.3)
        c.setFont("Serif", 7.5)
        para(c, 80, 135, a["disclaimer"], "Serif", 7.2, W - 160, leading=9)

    return render_pdf(A4, [zh_page, fr_page, apostille])


# --------------------------------------------------------------------------- Philippines


def ph_psa_pdf(b: dict, rng: random.Random) -> bytes:
    """PSA certified copy of a Certificate of Live Birth (Municipal Form No. 102)."""

    def box(c, x, y, w, h, label, value, vsize=9.5):
        c.setLineWidth(0.5)
        c.rect(x, y, w, h)
        c.setFont("Lib", 5.8)
        c.drawString(x + 2, y + h - 7, label)
        c.setFont("LibMono", vsize)
        c.drawString(x + 6, y + 5, value)

    def page(c):
        c.setFillColorRGB(0.97, 0.96, 0.9)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        guilloche(c, 0, 0, W, H, rng, colors=((0.86, 0.9, 0.8), (0.9, 0.86, 0.78)), n=60, lw=0.25)
        c.setFillColorRGB(0.12, 0.2, 0.45)
        c.circle(70, H - 55, 22, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Sans-B", 10)
        c.drawCentredString(70, H - 59, "PSA")
        c.setFillColorRGB(0.1, 0.1, 0.15)
        c.setFont("LibSer", 9)
        c.drawString(100, H - 48, "Republic of the Philippines")
        c.setFont("LibSer-B", 12)
        c.drawString(100, H - 63, "PHILIPPINE STATISTICS AUTHORITY")
        c.setFont("Lib", 6.5)
        c.drawRightString(W - 36, H - 40, "Municipal Form No. 102")
        c.drawRightString(W - 36, H - 48, "(Revised January 2007)")
        # the copied civil registry form
        x0, top, fw = 40, H - 85, W - 80
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setLineWidth(0.8)
        c.rect(x0, 170, fw, top - 170)
        c.setFont("LibSer", 8)
        c.drawCentredString(W / 2, top - 14, "Republic of the Philippines")
        c.drawCentredString(W / 2, top - 24, "OFFICE OF THE CIVIL REGISTRAR GENERAL")
        c.setFont("LibSer-B", 14)
        c.drawCentredString(W / 2, top - 42, "CERTIFICATE OF LIVE BIRTH")
        y = top - 72
        box(c, x0, y, fw * 0.6, 24, "Province", b["province"])
        box(c, x0 + fw * 0.6, y, fw * 0.4, 24, "Registry No.", b["registry_no"])
        y -= 24
        box(c, x0, y, fw, 24, "City/Municipality", b["city"])
        y -= 32
        c.setFont("Lib-B", 7)
        c.drawString(x0 + 3, y + 2, "CHILD")
        y -= 26
        thirds = fw / 3
        c.setFont("Lib", 6)
        c.drawString(x0 + 2, y + 27, "1. NAME")
        box(c, x0, y, thirds, 24, "(First)", b["first"])
        box(c, x0 + thirds, y, thirds, 24, "(Middle)", b["middle"])
        box(c, x0 + 2 * thirds, y, thirds, 24, "(Last)", b["last"])
        y -= 24
        box(c, x0, y, fw * 0.25, 24, "2. SEX (Male/Female)", b["sex"])
        box(
            c,
            x0 + fw * 0.25,
            y,
            fw * 0.75,
            24,
            "3. DATE OF BIRTH  (Day)  (Month)  (Year)",
            b["dob_txt"],
        )
        y -= 24
        box(
            c,
            x0,
            y,
            fw,
            24,
            "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution/"
            "House No., Street, Barangay)  (City/Municipality)  (Province)",
            b["pob_txt"],
            8.5,
        )
        y -= 24
        box(c, x0, y, fw * 0.3, 24, "5a. TYPE OF BIRTH", "SINGLE")
        box(c, x0 + fw * 0.3, y, fw * 0.35, 24, "5c. BIRTH ORDER", b["order"])
        box(c, x0 + fw * 0.65, y, fw * 0.35, 24, "6. WEIGHT AT BIRTH", b["weight"])
        y -= 32
        for title, rows in (("MOTHER", b["mother"]), ("FATHER", b["father"])):
            c.setFont("Lib-B", 7)
            c.drawString(x0 + 3, y + 2, title)
            y -= 26
            for (lab, val, frac), xx in zip(rows, _cum([r[2] for r in rows], fw)):
                box(c, x0 + xx, y, fw * frac, 24, lab, val)
            y -= 32
        box(c, x0, y + 8, fw, 24, "20a. DATE AND PLACE OF MARRIAGE OF PARENTS", b["marriage"])
        y -= 40
        c.setFont("Lib", 6)
        c.drawString(x0 + 4, y + 20, "22. PREPARED BY")
        c.drawString(x0 + fw / 2 + 4, y + 20, "23. RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR")
        draw_signature(c, x0 + 40, y - 12, 90, 28, rng, color=INK_BLACK, scale_w=0.7)
        draw_signature(c, x0 + fw / 2 + 40, y - 12, 90, 28, rng, color=INK_BLACK, scale_w=0.7)
        c.setFont("LibMono", 7.5)
        c.drawString(x0 + 4, y - 22, b["prepared"])
        c.drawString(x0 + fw / 2 + 4, y - 22, b["received"])
        # PSA certification at the bottom
        c.setFont("LibSer", 8.5)
        para(c, 40, 155, b["cert_text"], "LibSer", 8.5, W - 240, leading=11)
        c.setFont("LibSer-B", 9)
        c.drawString(W - 190, 120, b["crg"])
        c.setFont("LibSer", 8)
        c.drawString(W - 190, 110, "Civil Registrar General")
        draw_signature(c, W - 185, 125, 100, 30, rng, color=INK_BLACK, scale_w=0.7)
        c.setFont("Lib", 7.5)
        c.drawString(40, 80, b["or_line"])
        c.setFillColorRGB(0.75, 0.1, 0.1)
        c.setFont("Mono-B", 10)
        c.drawRightString(W - 40, 60, b["serial"])
        c.setFillColorRGB(0.1, 0.1, 0.1)
        for i in range(70):  # a 1D barcode under the serial (not machine-meaningful)
            wbar = rng.choice([0.6, 1.2, 1.8])
            c.rect(W - 200 + i * 2.3, 35, wbar, 18, stroke=0, fill=1)

    return render_pdf(A4, [page])


def _cum(fracs, fw):
    out, acc = [], 0.0
    for f in fracs:
        out.append(acc * fw)
        acc += f
    return out


# --------------------------------------------------------------------------- attestation


def hosting_attestation_pdf(a: dict, rng: random.Random) -> bytes:
    """A handwritten attestation d'hébergement on squared school paper (petits carreaux)."""

    def page(c):
        c.setFillColorRGB(0.995, 0.995, 0.985)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColorRGB(0.72, 0.82, 0.92)
        c.setLineWidth(0.35)
        step = 5 * mm
        x = 0.0
        while x < W:
            c.line(x, 0, x, H)
            x += step
        y = 0.0
        while y < H:
            c.line(0, y, W, y)
            y += step
        c.setStrokeColorRGB(0.9, 0.4, 0.45)
        c.setLineWidth(0.8)
        c.line(28 * mm, 0, 28 * mm, H)
        font, size = a["font"], a["size"]
        slope = rng.uniform(-0.012, 0.006)
        hand_text(c, 40 * mm, H - 30 * mm, a["title"], rng, font=font, size=size * 1.25, slope=0.0)
        c.setStrokeColorRGB(*INK_BLUE)
        c.setLineWidth(0.8)
        c.line(40 * mm, H - 31.5 * mm, 40 * mm + sw(a["title"], font, size * 1.25), H - 32 * mm)
        y = H - 50 * mm
        for line in a["lines"]:
            if line:
                hand_text(
                    c,
                    (30 if line.startswith("  ") else 31) * mm,
                    y,
                    line.strip(),
                    rng,
                    font=font,
                    size=size,
                    slope=slope,
                )
            y -= 10 * mm
        hand_text(c, 92 * mm, y - 5 * mm, a["done_at"], rng, font=font, size=size)
        draw_signature(c, 112 * mm, y - 35 * mm, 60 * mm, 22 * mm, rng, color=INK_BLUE)

    return render_pdf(A4, [page])
