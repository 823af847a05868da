"""Civil status documents: birth certificates (Algeria, Mali, Brazil, England) and the round
rubber stamps they carry."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader

from common import d_fr, new_canvas, para, pil_font, rl_signature

STAMP_BLUE = (0.2, 0.25, 0.6)
STAMP_VIOLET = (0.42, 0.22, 0.55)


def ar(c, x, y, text, size=11, align="right", bold=False):
    """Arabic text, shaped by Pillow/raqm, placed as an image (x is the right edge)."""
    px = int(size * 300 / 72)
    font = pil_font("Amiri-B" if bold else "Amiri", px)
    bb = font.getbbox(text, direction="rtl")
    w, h = bb[2] - bb[0] + 8, int(px * 1.6)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    ImageDraw.Draw(im).text(
        (4 - bb[0], int(px * 0.25)), text, font=font, fill=(0, 0, 0, 255), direction="rtl"
    )
    b = io.BytesIO()
    im.save(b, "PNG")
    wp, hp = w * 72 / 300, h * 72 / 300
    x0 = x - wp if align == "right" else x - wp / 2
    c.drawImage(ImageReader(io.BytesIO(b.getvalue())), x0, y - hp * 0.3, wp, hp, mask="auto")


def stamp(c, cx, cy, r, ring, center, color=STAMP_BLUE, rng=None, angle=0.0):
    c.saveState()
    c.translate(cx, cy)
    c.rotate(angle)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setFillAlpha(0.8)
    c.setStrokeAlpha(0.8)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.7)
    n = len(ring)
    fs = r * 0.2
    for i, ch in enumerate(ring):
        a = math.pi / 2 + math.pi * 0.9 - i * (math.pi * 1.8 / max(1, n - 1))
        c.saveState()
        c.translate(r * 0.82 * math.cos(a), r * 0.82 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont("DejaVu-B", fs)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    for i, ln in enumerate(center):
        c.setFont("DejaVu-B", fs * 0.95)
        c.drawCentredString(0, fs * 0.6 * (len(center) - 1) - i * fs * 1.2 - fs * 0.3, ln)
    c.restoreState()


def algeria_birth(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="Extrait d'acte de naissance")
    c.setFillColorRGB(0.99, 0.98, 0.95)
    c.rect(0, 0, 595, 842, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    ar(c, 297, 805, "الجمهورية الجزائرية الديمقراطية الشعبية", 13, "center", True)
    c.setFont("Serif-B", 11)
    c.drawCentredString(297, 782, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE")
    c.setFont("Serif", 10)
    left = [
        f"Wilaya de {b['wilaya']}",
        f"Daïra de {b['daira']}",
        f"Commune de {b['commune']}",
        f"N° de l'acte : {b['act_no']}",
        f"Année : {b['dob'][:4]}",
    ]
    right = [
        f"ولاية {b['wilaya_ar']}",
        f"دائرة {b['wilaya_ar']}",
        f"بلدية {b['wilaya_ar']}",
        f"رقم العقد : {b['act_no']}",
        f"السنة : {b['dob'][:4]}",
    ]
    y = 752
    for lt, rt in zip(left, right, strict=True):
        c.drawString(40, y, lt)
        ar(c, 555, y, rt, 10.5)
        y -= 16
    c.setFont("Serif", 9)
    c.drawCentredString(297, 752, f"N.I.N : {b['nin']}")
    c.setFont("Serif-B", 15)
    c.drawCentredString(200, 650, "EXTRAIT D'ACTE DE NAISSANCE")
    ar(c, 530, 652, "مستخرج من عقد الميلاد", 15, bold=True)
    c.setLineWidth(0.8)
    c.line(40, 640, 555, 640)
    c.line(297, 300, 297, 632)
    rows = [
        ("Le", b["dob_words"], "في", b["dob_words_ar"]),
        ("à", b["hour"], "على الساعة", b["hour_ar"]),
        ("est né(e) à", b["place"], "ولد(ت) ب", b["place_ar"]),
        ("Nom", b["surname"], "اللقب", b["surname_ar"]),
        ("Prénom(s)", b["given"], "الاسم", b["given_ar"]),
        ("Sexe", b["sex_word"], "الجنس", b["sex_ar"]),
        ("Fils / Fille de", b["father"], "ابن / ابنة", b["father_ar"]),
        ("et de", b["mother"], "و", b["mother_ar"]),
        ("Mentions marginales", "Néant", "البيانات الهامشية", "لا شيء"),
    ]
    y = 615
    for lf, vf, la, va in rows:
        c.setFont("Serif", 9.5)
        c.drawString(44, y, lf + " :")
        c.setFont("Serif-B", 10.5)
        lines = para(c, 130, y, vf, "Serif-B", 10.5, 160, 12)
        ar(c, 553, y, la + " :", 10)
        for i, part in enumerate(va if isinstance(va, list) else [va]):
            ar(c, 470, y - i * 14, part, 10.5, bold=True)
        y = min(lines, y - 12) - 16
    c.setFont("Serif", 9.5)
    para(
        c,
        44,
        280,
        f"Extrait conforme aux registres de l'état civil, délivré le {d_fr(b['issued'])}.",
        "Serif",
        9.5,
        240,
        12,
    )
    ar(c, 553, 280, f"مستخرج مطابق لسجلات الحالة المدنية، سلم في {d_fr(b['issued'])}", 9.5)
    c.setFont("Serif-B", 10)
    c.drawString(330, 240, "L'Officier de l'état civil")
    ar(c, 553, 222, "ضابط الحالة المدنية", 10, bold=True)
    stamp(
        c,
        400,
        160,
        46,
        "APC DE " + b["commune"].upper() + " * ETAT CIVIL *",
        ["ETAT CIVIL", b["commune"].upper()],
        STAMP_VIOLET,
        rng,
        angle=rng.uniform(-15, 15),
    )
    rl_signature(c, rng, 380, 150, 150, 55, (0.1, 0.1, 0.3))
    c.setFont("Serif", 7)
    c.drawString(40, 50, "Modèle 12 - Imprimé de l'état civil")
    c.showPage()
    c.save()
    return buf.getvalue()


def mali_birth(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="Extrait d'acte de naissance")
    c.setFillColorRGB(0.97, 0.97, 0.93)
    c.rect(0, 0, 595, 842, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DVSerif", 9)
    y = 800
    for ln in [
        f"RÉGION DE {b['region'].upper()}",
        f"CERCLE DE {b['cercle'].upper()}",
        f"COMMUNE {b['commune'].upper()}",
        "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        f"DE {b['centre'].upper()}",
    ]:
        c.drawString(40, y, ln)
        y -= 12
    c.setFont("DVSerif-B", 11)
    c.drawCentredString(440, 800, "RÉPUBLIQUE DU MALI")
    c.setFont("DVSerif", 9)
    c.drawCentredString(440, 787, "Un Peuple - Un But - Une Foi")
    for i, col in enumerate([(0.08, 0.55, 0.2), (0.98, 0.82, 0.1), (0.85, 0.1, 0.12)]):
        c.setFillColorRGB(*col)
        c.rect(410 + i * 20, 760, 20, 18, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DVSerif-B", 15)
    c.drawCentredString(297, 700, "EXTRAIT D'ACTE DE NAISSANCE")
    c.setFont("DVSerif", 10)
    c.drawCentredString(
        297, 684, f"N° {b['act_no']}  du registre des naissances de l'année {b['dob'][:4]}"
    )
    c.drawRightString(555, 660, f"NINA : {b['nina']}")
    rows = [
        ("Date de naissance", b["dob_words"]),
        ("Heure", b["hour"]),
        ("Lieu de naissance", b["place"]),
        ("Sexe", b["sex_word"]),
        ("Prénom(s)", b["given"]),
        ("Nom", b["surname"]),
        ("Père", b["father"]),
        ("Mère", b["mother"]),
        ("Acte dressé le", b["registered"]),
        ("Mentions marginales", "Néant"),
    ]
    y = 630
    for k, v in rows:
        c.setFont("DVSerif", 10)
        c.drawString(50, y, k)
        c.drawString(175, y, ":")
        yy = para(c, 190, y, v, "DVSerif-B", 10.5, 360, 13)
        c.setDash(1, 2)
        c.setLineWidth(0.4)
        c.line(190, y - 3, 555, y - 3)
        c.setDash()
        y = min(yy, y - 13) - 12
    c.setFont("DVSerif", 10)
    y = para(
        c,
        50,
        y - 12,
        f"Pour extrait certifié conforme aux registres, délivré à "
        f"{b['centre']}, le {d_fr(b['issued'])}.",
        "DVSerif",
        10,
        500,
        13,
    )
    c.setFont("DVSerif-B", 10)
    c.drawString(340, y - 20, "L'Officier de l'État Civil")
    c.setFont("DVSerif", 9.5)
    c.drawString(340, y - 110, b["officer"])
    stamp(
        c,
        400,
        y - 70,
        44,
        f"MAIRIE DE {b['centre'].upper()} * ETAT CIVIL *",
        ["RÉP. DU MALI"],
        STAMP_BLUE,
        rng,
        angle=rng.uniform(-20, 20),
    )
    rl_signature(c, rng, 380, y - 100, 150, 55, (0.1, 0.1, 0.35))
    # fiscal stamp
    c.setStrokeColorRGB(0.5, 0.3, 0.1)
    c.setFillColorRGB(0.95, 0.88, 0.75)
    c.rect(60, y - 110, 70, 80, stroke=1, fill=1)
    c.setFillColorRGB(0.45, 0.25, 0.1)
    c.setFont("DVSerif-B", 8)
    c.drawCentredString(95, y - 50, "TIMBRE")
    c.drawCentredString(95, y - 65, "FISCAL")
    c.drawCentredString(95, y - 85, "200 FCFA")
    c.showPage()
    c.save()
    return buf.getvalue()


def brazil_birth(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="Certidao de nascimento")
    c.setFillColorRGB(0.96, 0.97, 0.94)
    c.rect(20, 20, 555, 802, stroke=0, fill=1)
    c.setStrokeColorRGB(0.2, 0.45, 0.3)
    c.setLineWidth(2)
    c.rect(28, 28, 539, 786)
    c.setFillColorRGB(0.2, 0.45, 0.3)
    c.circle(297, 770, 22, stroke=1, fill=0)
    c.setFont("DejaVu-B", 7)
    c.drawCentredString(297, 767, "BRASIL")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DejaVu-B", 12)
    c.drawCentredString(297, 732, "REPÚBLICA FEDERATIVA DO BRASIL")
    c.setFont("DejaVu", 9.5)
    c.drawCentredString(297, 718, "REGISTRO CIVIL DAS PESSOAS NATURAIS")
    c.setFont("DejaVu-B", 15)
    c.drawCentredString(297, 696, "CERTIDÃO DE NASCIMENTO")
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.6)

    def cell(x, y, w, lbl, val, h=30, fs=10):
        c.rect(x, y - h, w, h)
        c.setFont("DejaVu", 6.5)
        c.drawString(x + 3, y - 8, lbl)
        c.setFont("DejaVu-B", fs)
        c.drawString(x + 5, y - h + 7, val)

    y = 680
    cell(40, y, 515, "NOME", b["full_name"], fs=12)
    y -= 30
    cell(40, y, 200, "CPF", b["cpf"])
    cell(240, y, 315, "MATRÍCULA", b["matricula"], fs=9)
    y -= 30
    cell(40, y, 360, "DATA DE NASCIMENTO POR EXTENSO", b["dob_words"], fs=9)
    cell(400, y, 50, "DIA", b["dob"][8:10])
    cell(450, y, 50, "MÊS", b["dob"][5:7])
    cell(500, y, 55, "ANO", b["dob"][:4])
    y -= 30
    cell(40, y, 90, "HORA", b["hour"])
    cell(130, y, 240, "NATURALIDADE", b["naturalidade"])
    cell(370, y, 185, "SEXO", b["sex_word"])
    y -= 30
    cell(40, y, 515, "LOCAL DE NASCIMENTO", b["local"])
    y -= 30
    cell(40, y, 515, "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", b["reg_city"])
    y -= 30
    cell(40, y, 515, "FILIAÇÃO", b["parents"], h=34)
    y -= 34
    cell(40, y, 515, "AVÓS", b["grandparents"], h=34, fs=7.8)
    y -= 34
    cell(40, y, 90, "GÊMEO", "Não")
    cell(130, y, 425, "DATA DO REGISTRO POR EXTENSO", b["reg_words"], fs=9)
    y -= 30
    cell(40, y, 515, "NÚMERO DA DECLARAÇÃO DE NASCIDO VIVO", "Não consta")
    y -= 30
    cell(40, y, 515, "AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "Nada consta", h=44)
    y -= 44
    cell(40, y, 515, "ANOTAÇÕES VOLUNTÁRIAS DE CADASTRO", "Nada consta", h=30)
    y -= 44
    c.setFont("DejaVu-B", 8.5)
    c.drawString(40, y, b["cartorio"])
    c.setFont("DejaVu", 8)
    c.drawString(40, y - 12, b["cartorio_address"])
    c.drawString(40, y - 24, f"Oficial: {b['officer']}")
    c.setFont("DejaVu-B", 9.5)
    c.drawString(40, y - 48, "O conteúdo da certidão é verdadeiro. Dou fé.")
    c.setFont("DejaVu", 9)
    c.drawString(40, y - 62, f"{b['issue_city']}, {b['issued_words']}.")
    rl_signature(c, rng, 330, y - 90, 170, 55, (0.1, 0.1, 0.35))
    c.setFont("DejaVu", 8)
    c.drawString(330, y - 100, f"{b['officer']} - {b['officer_title']}")
    c.setFont("DejaVu", 6.8)
    c.drawString(
        40,
        60,
        f"Selo Eletrônico de Fiscalização nº {b['selo']} - Código de "
        f"Segurança: {b['selo_code']} - Consulte a validade em https://selos.tjmg.jus.br",
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def uk_birth(b: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="Certified copy of an entry of birth")
    c.setFillColorRGB(0.98, 0.9, 0.9)
    c.rect(0, 0, 595, 842, stroke=0, fill=1)
    c.setStrokeColorRGB(0.93, 0.78, 0.8)
    c.setLineWidth(0.4)
    for k in range(0, 900, 9):
        c.line(0, k, 595, k - 120)
    c.setFillColorRGB(0.45, 0.05, 0.1)
    c.setFont("Serif-B", 14)
    c.drawCentredString(297, 790, "CERTIFIED COPY OF AN ENTRY OF BIRTH")
    c.setFont("Serif", 9)
    c.drawCentredString(297, 776, "GIVEN AT THE GENERAL REGISTER OFFICE")
    c.drawRightString(555, 805, f"Application Number {b['application']}")
    c.setFont("Serif-B", 9)
    c.drawString(40, 750, f"BIRTH   Entry No. {b['entry']}")
    c.setFont("Serif", 9)
    c.drawString(40, 736, f"Registration district  {b['district']}")
    c.drawString(300, 736, f"Administrative area  {b['area']}")
    c.drawString(40, 722, f"Sub-district  {b['subdistrict']}")
    c.setStrokeColorRGB(0.45, 0.05, 0.1)
    c.setLineWidth(0.7)
    boxes = [
        ("1. Date and place of birth", b["date_place"]),
        ("2. Name and surname", b["name"]),
        ("3. Sex", b["sex_word"]),
        ("4. Name and surname", b["father"]),
        ("5. Place of birth", b["father_pob"]),
        ("6. Occupation", b["father_job"]),
        ("7. Name and surname", b["mother"]),
        ("8.(a) Place of birth", b["mother_pob"]),
        ("8.(b) Maiden surname", b["mother_maiden"]),
        ("8.(c) Surname at marriage if different from maiden surname", ""),
        ("9. Usual address (if different from place of child's birth)", b["usual_address"]),
        ("10. Name and surname (if not the mother or father)", ""),
        ("11. Qualification", b["informant"]),
        ("12. Usual address (if different from that in 10 above)", ""),
        (
            "13. I certify that the particulars entered above are true to the best of my "
            "knowledge and belief",
            "Signature of informant:  " + b["informant_sig"],
        ),
        ("14. Date of registration", b["registered"]),
        ("15. Signature of registrar", b["registrar"]),
        ("16. Name given after registration, and surname", ""),
    ]
    heads = {0: "CHILD", 3: "FATHER", 6: "MOTHER", 11: "INFORMANT"}
    y = 705
    c.setFillColorRGB(0, 0, 0)
    for i, (lab, val) in enumerate(boxes):
        if i in heads:
            c.setFillColorRGB(0.45, 0.05, 0.1)
            c.setFont("Serif-B", 8.5)
            c.drawString(44, y - 10, heads[i])
            c.setFillColorRGB(0, 0, 0)
            y -= 14
        c.rect(40, y - 24, 515, 24)
        c.setFont("Serif", 7)
        c.setFillColorRGB(0.45, 0.05, 0.1)
        c.drawString(44, y - 8, lab)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Mono", 9.5)
        c.drawString(60, y - 19.5, val)
        y -= 24
    c.setFont("Serif", 9)
    c.drawString(
        40,
        y - 22,
        "CERTIFIED to be a true copy of an entry in the certified copy of a "
        "Register of Births in the District above mentioned.",
    )
    c.drawString(
        40,
        y - 36,
        "Given at the GENERAL REGISTER OFFICE, under the Seal of the said "
        f"Office, the {b['certified_words']}",
    )
    stamp(c, 480, y - 62, 30, "GENERAL REGISTER OFFICE * ", ["GRO"], (0.5, 0.1, 0.15), rng)
    c.setFont("Serif-B", 9)
    c.drawString(40, y - 60, b["serial"])
    c.setFont("Serif", 6.8)
    c.setFillColorRGB(0.45, 0.05, 0.1)
    c.drawString(
        40,
        70,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
    )
    c.setFont("Serif-B", 8)
    c.drawString(40, 56, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.")
    c.showPage()
    c.save()
    return buf.getvalue()
