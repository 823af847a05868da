"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie'.

Two print runs ('A': blue section bars, labels above comb boxes; 'B': underlined section
titles, labels beside dotted lines). Fill ways: hand, typed_print, acroform, acroform_printed.
"""

from __future__ import annotations

import io
import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from cz_common import draw_signature, hand_text, new_canvas, signature_png, tick

W, H = A4
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    ("sans_activite", ("Vous êtes sans activité et résidez en France de manière stable et "
     "régulière depuis plus de 3 mois")),
    ("autre", "Autre situation (précisez) :"),
]  # fmt: skip


def form_pdf(f: dict, rng: random.Random) -> bytes:
    """Return a 2-page PDF. f: run, fill ('hand'|'typed'|'acro'), values, signed..."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    run = f["run"]
    fill = f["fill"]
    blue = (0.05, 0.25, 0.55) if run == "A" else (0.1, 0.1, 0.1)
    ink = (0.08, 0.13, 0.45)
    hf = f.get("hand_font", "HandA")
    typed = "Cond" if run == "A" else "Mono"
    if fill == "acro_print":
        typed = "Sans"
    acro = fill == "acro"

    def lab(x, y, s, size=8.2, font="Sans", col=(0.1, 0.1, 0.1)):
        c.setFillColorRGB(*col)
        c.setFont(font, size)
        c.drawString(x, y, s)

    def value(x, y, s, name, width=200, size=10.5):
        if not s and not acro:
            return
        if acro:
            c.acroForm.textfield(
                name=name, value=s, x=x - 2, y=y - 4, width=width, height=15,
                fontName="Helvetica", fontSize=10, borderWidth=0, fillColor=None,
                forceBorder=False,
            )  # fmt: skip
        elif fill == "hand":
            hand_text(c, rng, s, x, y, size + 3, hf, ink)
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(typed, size)
            c.drawString(x, y, s)

    def comb(x, y, n, text, name, cw=13.5, ch=16):
        c.setStrokeColorRGB(0.35, 0.35, 0.4)
        c.setLineWidth(0.5)
        for k in range(n):
            c.rect(x + k * cw, y, cw, ch, stroke=1, fill=0)
        if acro and text is not None:
            for k in range(n):
                c.acroForm.textfield(
                    name=f"{name}_{k + 1}", value=text[k] if k < len(text) else "",
                    x=x + k * cw + cw / 2 - 4, y=y + 1.5, width=9, height=ch - 3, maxlen=1,
                    fontName="Courier", fontSize=10, borderWidth=0, fillColor=None,
                )  # fmt: skip
            return
        for k, ch_ in enumerate(text or ""):
            if fill == "hand":
                hand_text(c, rng, ch_, x + k * cw + 3, y + 3, 12.5, hf, ink)
            else:
                c.setFont(typed, 10.5)
                c.setFillColorRGB(0, 0, 0)
                c.drawCentredString(x + k * cw + cw / 2, y + 4.5, ch_)

    def checkbox(x, y, checked, name, size=9):
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        c.setLineWidth(0.6)
        c.rect(x, y, size, size, stroke=1, fill=0)
        if acro:
            c.acroForm.checkbox(name=name, x=x, y=y, size=size, checked=checked, buttonStyle="cross",
                                borderWidth=0, fillColor=None)  # fmt: skip
        elif checked:
            if fill == "hand":
                tick(c, rng, x, y, size, cross=f.get("cross", True), color=ink)
            else:
                c.setFont("SansB", 9)
                c.setFillColorRGB(0, 0, 0)
                c.drawCentredString(x + size / 2, y + 1.5, "X")

    def section(y, letter, title):
        if run == "A":
            c.setFillColorRGB(*blue)
            c.rect(36, y - 4, W - 72, 17, stroke=0, fill=1)
            lab(44, y + 1, f"{letter}  {title}", 10, "SansB", (1, 1, 1))
        else:
            lab(36, y + 1, f"{letter} - {title}" if letter else title, 11, "SerifB")
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(1)
            c.line(36, y - 3, W - 36, y - 3)

    v = f["values"]
    # ------------------------------------------------------------- page 1
    lab(36, H - 46, "l'Assurance", 13, "SansB", blue)
    lab(36, H - 61, "Maladie", 13, "SansB", blue)
    c.setStrokeColorRGB(*blue)
    c.rect(W - 130, H - 62, 94, 30, stroke=1, fill=0)
    lab(W - 124, H - 45, "cerfa", 11, "SansB")
    lab(W - 124, H - 57, "N° 15763*02", 8.5, "Sans")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 14)
    c.drawCentredString(W / 2, H - 92, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont("Sans", 10)
    c.drawCentredString(W / 2, H - 107, "Protection universelle maladie (PUMa)")
    c.setFont("Sans", 6.4)
    notice = [
        (
            "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
            "professionnelle : vous pouvez bénéficier de la prise en charge de vos frais de santé."
        ),
        (
            "Complétez ce formulaire et joignez les pièces justificatives demandées page 2. "
            "Articles L. 160-1, L. 160-5, L. 111-2-3 et R. 111-2 du code de la sécurité sociale."
        ),
    ]
    for k, ln in enumerate(notice):
        c.drawString(36, H - 126 - k * 9, ln)

    y = H - 165
    section(y, "A", "VOUS")
    if run == "A":
        rows_y = [y - 38, y - 70, y - 102]
        lab(40, rows_y[0] + 20, "Nom de naissance", 7.5)
        comb(40, rows_y[0], 26, v["surname"], "nom_naissance")
        lab(40, rows_y[1] + 20, "Nom d'usage (facultatif)", 7.5)
        comb(40, rows_y[1], 26, v.get("usage") or "", "nom_usage")
        lab(40, rows_y[2] + 20, "Prénom(s)", 7.5)
        comb(40, rows_y[2], 26, v["given"], "prenoms")
        yy = rows_y[2] - 34
    else:
        rows_y = [y - 26, y - 48, y - 70]
        for ry, label, key, nm in (
            (rows_y[0], "Nom de naissance :", "surname", "nom_naissance"),
            (rows_y[1], "Nom d'usage (facultatif) :", "usage", "nom_usage"),
            (rows_y[2], "Prénom(s) :", "given", "prenoms"),
        ):
            lab(40, ry, label, 9)
            c.setDash(1, 2)
            c.line(180, ry - 2, W - 40, ry - 2)
            c.setDash()
            value(184, ry + 1, v.get(key) or "", nm, 360)
        yy = rows_y[2] - 32
    lab(40, yy + 4, "Sexe :", 8.5)
    lab(76, yy + 4, "F", 8.5)
    checkbox(86, yy + 3, v["sex"] == "F", "sexe_f")
    lab(104, yy + 4, "M", 8.5)
    checkbox(116, yy + 3, v["sex"] == "M", "sexe_m")
    lab(160, yy + 4, "Date de naissance", 8.5)
    d, m, yv = v["dob"][8:], v["dob"][5:7], v["dob"][:4]
    comb(240, yy, 2, d, "dn_jj")
    comb(272, yy, 2, m, "dn_mm")
    comb(304, yy, 4, yv, "dn_aaaa")
    lab(242, yy - 9, "JJ", 6)
    lab(274, yy - 9, "MM", 6)
    lab(306, yy - 9, "AAAA", 6)
    yy -= 34
    for label, key, nm in (
        ("Lieu de naissance (commune, pays) :", "pob", "lieu_naissance"),
        ("Nationalité :", "nationality", "nationalite"),
    ):
        lab(40, yy, label, 8.5)
        c.setDash(1, 2)
        c.line(200, yy - 2, W - 40, yy - 2)
        c.setDash()
        value(204, yy + 1, v.get(key, ""), nm, 340)
        yy -= 24
    lab(40, yy + 2, "N° de sécurité sociale (si vous en avez un)", 8.5)
    comb(240, yy - 2, 13, v.get("nir", "")[:13], "nir", 12, 15)
    comb(404, yy - 2, 2, v.get("nir", "")[13:], "nir_cle", 12, 15)
    yy -= 30
    lab(40, yy + 2, "N° d'allocataire CAF (si vous en avez un)", 8.5)
    comb(240, yy - 2, 7, "", "caf", 12, 15)
    yy -= 30
    for label, key, nm, wdt in (
        ("Adresse :", "address", "adresse", 430),
        ("Code postal :", "postcode", "code_postal", 80),
        ("Commune :", "city", "commune", 300),
        ("Téléphone :", "phone", "telephone", 200),
        ("Adresse e-mail :", "email", "courriel", 300),
    ):
        lab(40, yy, label, 8.5)
        c.setDash(1, 2)
        c.line(118, yy - 2, W - 40, yy - 2)
        c.setDash()
        value(122, yy + 1, v.get(key, ""), nm, wdt)
        yy -= 22
    yy -= 14
    section(yy, "B", "VOTRE SITUATION")
    yy -= 26
    lab(40, yy, "Cochez la case correspondant à votre situation actuelle :", 8.5, "SansI")
    yy -= 20
    for key, text in SITUATIONS:
        checkbox(44, yy - 1, key in v["situation"], "situation_" + key)
        lab(60, yy, text, 8.3)
        if key == "salarie":
            yy -= 16
            lab(60, yy, "Emploi occupé :", 8)
            value(130, yy, v.get("job", ""), "emploi", 160, 9.5)
            lab(300, yy, "Contrat :", 8)
            for k, ct in enumerate(("CDI", "CDD", "Intérim")):
                checkbox(340 + k * 52, yy - 1, v.get("contract") == ct, "contrat_" + ct.lower(), 8)
                lab(352 + k * 52, yy, ct, 8)
        if key == "autre":
            c.setDash(1, 2)
            c.line(180, yy - 2, W - 40, yy - 2)
            c.setDash()
        yy -= 20
    c.setFont("Sans", 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawRightString(W - 36, 30, "S1106 - cerfa n° 15763*02 - page 1/2")
    c.showPage()

    # ------------------------------------------------------------- page 2
    y = H - 60
    section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    c.setFont("Sans", 8.5)
    c.setFillColorRGB(0, 0, 0)
    for k, ln in enumerate([
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        ("Je m'engage à signaler à ma caisse d'assurance maladie tout changement modifiant ma "
        "situation."),
        ("La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(articles 313-1 et 441-1 du code pénal)."),
    ]):  # fmt: skip
        c.drawString(40, y - 26 - k * 12, ln)
    yy = y - 82
    lab(40, yy, "Fait à", 9)
    c.setDash(1, 2)
    c.line(72, yy - 2, 250, yy - 2)
    c.line(278, yy - 2, 420, yy - 2)
    c.setDash()
    lab(262, yy, "le", 9)
    value(76, yy + 1, f.get("place", ""), "fait_a", 170)
    if f.get("date_text"):
        if fill == "typed" and f.get("date_by_hand"):
            hand_text(c, rng, f["date_text"], 282, yy + 1, 12, hf, ink)
        else:
            value(282, yy + 1, f["date_text"], "date_signature", 130)
    sx, sy, sw, sh = 330, yy - 110, 220, 86
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.rect(sx, sy, sw, sh, stroke=1, fill=0)
    if run == "A":
        lab(sx + 4, sy + sh - 10, "Signature", 7.5, "Sans", (0.55, 0.55, 0.55))
    else:
        lab(sx, sy + sh + 5, "Signature :", 9)
    if f.get("signed"):
        if fill == "acro" or f.get("sig_image"):
            img = signature_png(rng, v["surname"])
            b = io.BytesIO()
            img.save(b, "PNG")
            c.drawImage(ImageReader(io.BytesIO(b.getvalue())), sx + 20, sy + 8, 170, 61,
                        mask="auto")  # fmt: skip
        else:
            draw_signature(c, rng, v["surname"], sx + 22, sy + 10, 170, 58, ink)
    yy = sy - 34
    section(yy, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    pieces = [
        (
            "une pièce d'identité : passeport ou carte nationale d'identité (pages avec photo et "
            "état civil) ;"
        ),
        (
            "si vous êtes ressortissant d'un État hors UE/EEE/Suisse : titre de séjour, VLS-TS "
            "ou récépissé de demande ;"
        ),
        (
            "un acte de naissance (copie intégrale ou extrait avec filiation), avec apostille ou "
            "légalisation le cas échéant ;"
        ),
        (
            "un justificatif de résidence en France de plus de 3 mois (bail, 3 factures "
            "successives, attestation d'hébergement) ;"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    yy -= 24
    for pc in pieces:
        lab(44, yy, "•", 8.5)
        lab(54, yy, pc, 7.8)
        yy -= 14
    yy -= 20
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.setDash(3, 2)
    c.rect(36, yy - 70, W - 72, 80, stroke=1, fill=0)
    c.setDash()
    lab(44, yy - 4, "Cadre réservé à l'organisme", 8.5, "SansB", (0.35, 0.35, 0.35))
    lab(44, yy - 26, "Date de réception : ....../....../..........", 8, "Sans", (0.35, 0.35, 0.35))
    lab(300, yy - 26, "Pièces vérifiées :  oui   non", 8, "Sans", (0.35, 0.35, 0.35))
    lab(44, yy - 48, "Matricule agent : ....................", 8, "Sans", (0.35, 0.35, 0.35))
    c.setFont("Sans", 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawRightString(W - 36, 30, "S1106 - cerfa n° 15763*02 - page 2/2")
    c.showPage()
    c.save()
    return buf.getvalue()
