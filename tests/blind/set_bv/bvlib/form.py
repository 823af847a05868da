"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie'.

Two print runs of our own (A: blue section bars and comb boxes, labels beside the fields;
B: underlined section titles, labels above dotted lines) and three fill ways: typed, by
hand, or as an AcroForm with a pasted signature image.
"""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics

from .formacro import acro_fields, fix_comb_appearances, sig_png
from .ink import (
    BLUE_INK,
    draw_signature,
    hand,
    hand_in_combs,
    hexcol,
    new_canvas,
    para,
    pen_tick,
)

W, H = A4
AM_BLUE = "#0c419a"
HUMOR_OK = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'")

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et vous résidez en France de "
        "manière stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "si vous êtes ressortissant(e) d'un pays hors Union européenne, EEE ou Suisse : votre titre "
    "de séjour, votre visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé de "
    "demande de titre de séjour ;",
    "un extrait d'acte de naissance avec filiation ou une copie intégrale ; s'il a été établi "
    "à l'étranger, il doit être apostillé ou légalisé, sauf convention internationale contraire ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail de location, ou "
    "trois factures successives (électricité, gaz, eau, téléphone fixe ou mobile, internet), ou "
    "attestation d'hébergement accompagnée de la pièce d'identité de l'hébergeant et d'un "
    "justificatif de domicile à son nom ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Page:
    def __init__(self, c, run):
        self.c = c
        self.run = run
        self.a = {}
        self.font = "Sans" if run == "A" else "Carlito"
        self.bold = self.font + "-B"

    def combs(self, key, x, y, n, w=13.5, h=16, groups=None):
        c = self.c
        c.setStrokeColor(hexcol("#3a3a3a"))
        c.setLineWidth(0.6)
        boxes = []
        xx = x
        for i in range(n):
            if groups and i in groups:
                xx += 7
            boxes.append((xx, y, w, h))
            if self.run == "A":
                c.rect(xx, y, w, h)
            else:
                c.line(xx, y, xx + w, y)
                c.line(xx, y, xx, y + h * 0.4)
                c.line(xx + w, y, xx + w, y + h * 0.4)
            xx += w
        self.a[key] = {"kind": "comb", "boxes": boxes}
        return xx

    def line(self, key, x, y, w):
        c = self.c
        c.setStrokeColor(hexcol("#555555"))
        c.setLineWidth(0.5)
        if self.run == "B":
            c.setDash(1, 2)
        c.line(x, y, x + w, y)
        c.setDash()
        self.a[key] = {"kind": "line", "x": x, "y": y, "w": w}

    def box(self, key, x, y, s=10):
        c = self.c
        c.setStrokeColor(hexcol("#222222"))
        c.setLineWidth(0.7)
        c.rect(x, y, s, s)
        self.a[key] = {"kind": "box", "rect": (x, y, s, s)}

    def label(self, x, y, text, size=8.5, bold=False, color="#1a1a1a"):
        self.c.setFillColor(hexcol(color))
        self.c.setFont(self.bold if bold else self.font, size)
        self.c.drawString(x, y, text)
        return x + pdfmetrics.stringWidth(text, self.bold if bold else self.font, size)

    def section(self, y, letter, title, sub=None):
        c = self.c
        if self.run == "A":
            c.setFillColor(hexcol(AM_BLUE))
            c.rect(36, y - 5, W - 72, 17, stroke=0, fill=1)
            c.setFillColor(hexcol("#ffffff"))
            c.setFont("Sans-B", 10.5)
            c.drawString(44, y, f"{letter}   {title}")
            if sub:
                c.setFont("Sans-I", 7.5)
                c.drawRightString(W - 44, y + 1, sub)
        else:
            c.setFillColor(hexcol(AM_BLUE))
            c.setFont("Carlito-B", 12.5)
            c.drawString(36, y, f"{letter}.  {title}")
            c.setStrokeColor(hexcol(AM_BLUE))
            c.setLineWidth(1.2)
            c.line(36, y - 5, W - 36, y - 5)
            if sub:
                c.setFont("Carlito", 8)
                c.drawRightString(W - 36, y + 1, sub)
        c.setFillColor(hexcol("#111111"))

    def footer(self, n):
        c = self.c
        c.setFont(self.font, 7)
        c.setFillColor(hexcol("#333333"))
        c.drawString(36, 22, f"S1106 \u2014 cerfa n° 15763*02 \u2014 page {n}/2")
        c.drawRightString(W - 36, 22, "ameli.fr")


def _header(p: Page):
    c = p.c
    c.setFillColor(hexcol(AM_BLUE))
    c.setFont("Sans-B", 11)
    c.drawString(40, H - 45, "l'Assurance")
    c.setFont("Sans-B", 15)
    c.drawString(40, H - 61, "Maladie")
    c.setFillColor(hexcol("#e5007d"))
    c.circle(118, H - 50, 4, stroke=0, fill=1)
    c.setFillColor(hexcol("#555555"))
    c.setFont("Sans-I", 6.5)
    c.drawString(40, H - 72, "Agir ensemble, protéger chacun")
    c.setStrokeColor(hexcol("#111111"))
    c.setLineWidth(1)
    c.roundRect(W - 130, H - 70, 94, 34, 5)
    c.setFillColor(hexcol("#111111"))
    c.setFont("Serif-B", 15)
    c.drawString(W - 122, H - 53, "cerfa")
    c.setFont("Sans", 8)
    c.drawString(W - 122, H - 65, "N° 15763*02")
    c.setFont(p.bold, 14.5 if p.run == "A" else 16)
    c.setFillColor(hexcol("#111111") if p.run == "A" else hexcol(AM_BLUE))
    c.drawCentredString(W / 2, H - 98, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont(p.font, 11)
    c.drawCentredString(W / 2, H - 113, "Protection universelle maladie (PUMa)")
    c.setFillColor(hexcol("#333333"))
    para(
        c,
        40,
        H - 130,
        "Vous travaillez ou résidez en France de manière stable et régulière "
        "et vous n'êtes pas encore couvert(e) par l'assurance maladie : complétez ce formulaire "
        "et adressez-le à la caisse d'assurance maladie de votre lieu de résidence avec les "
        "pièces justificatives listées page 2. Articles L. 160-1, L. 160-5, L. 160-7, R. 111-3, "
        "R. 160-1 et D. 160-2 du code de la sécurité sociale.",
        p.font,
        7.2,
        W - 80,
        9,
    )


def page1(c, run) -> Page:
    p = Page(c, run)
    _header(p)
    y = H - 180
    p.section(y, "A", "VOUS", "écrivez en lettres capitales")
    y -= 30
    if run == "A":
        rows = [
            ("nom", "Nom de naissance", "(nom de famille)"),
            ("usage", "Nom d'usage", "(facultatif, ex. nom d'époux)"),
            ("prenoms", "Prénom(s)", None),
        ]
        for key, lab, sub in rows:
            p.label(40, y + 5, lab, 8.5, bold=True)
            if sub:
                p.label(40, y - 4, sub, 6.5)
            p.combs(key, 165, y, 26)
            y -= 27
        p.label(40, y + 5, "Sexe", 8.5, bold=True)
        p.label(80, y + 5, "F")
        p.box("sexe_F", 90, y + 3)
        p.label(110, y + 5, "M")
        p.box("sexe_M", 122, y + 3)
        p.label(230, y + 5, "Date de naissance", 8.5, bold=True)
        p.combs("dob", 320, y, 8, groups={2, 4})
        p.label(322, y - 8, "J   J        M   M        A    A    A    A", 5.5)
        y -= 30
        p.label(40, y + 3, "Lieu de naissance : commune", 8.5, bold=True)
        p.line("pob_commune", 165, y, 180)
        p.label(355, y + 3, "pays", 8.5, bold=True)
        p.line("pob_pays", 380, y, 175)
        y -= 24
        p.label(40, y + 3, "Nationalité", 8.5, bold=True)
        p.line("nationalite", 165, y, 180)
        y -= 26
        p.label(40, y + 5, "N° de sécurité sociale", 8.5, bold=True)
        p.label(40, y - 4, "(si vous en avez un)", 6.5)
        xx = p.combs("nir", 165, y, 13, groups={1, 3, 5, 7, 10})
        p.combs("nir_key", xx + 10, y, 2)
        y -= 27
        p.label(40, y + 5, "N° d'allocataire CAF", 8.5, bold=True)
        p.label(40, y - 4, "(si vous en avez un)", 6.5)
        p.combs("caf", 165, y, 7)
        y -= 28
        p.label(40, y + 3, "Adresse", 8.5, bold=True)
        p.line("adresse", 165, y, W - 205)
        y -= 22
        p.line("adresse2", 165, y, W - 205)
        y -= 24
        p.label(40, y + 5, "Code postal", 8.5, bold=True)
        p.combs("cp", 165, y, 5)
        p.label(250, y + 5, "Commune", 8.5, bold=True)
        p.line("commune", 300, y, W - 340)
        y -= 28
        p.label(40, y + 5, "Téléphone", 8.5, bold=True)
        p.combs("tel", 165, y, 10, w=12.5, groups={2, 4, 6, 8})
        p.label(330, y + 5, "E-mail", 8.5, bold=True)
        p.line("email", 365, y, W - 405)
        y -= 40
    else:

        def field(key, x, yy, w, lab):
            p.label(x, yy + 17, lab, 8.5)
            p.line(key, x, yy, w)

        field("nom", 40, y, 250, "Nom de naissance (nom de famille)")
        field("usage", 310, y, W - 350, "Nom d'usage (facultatif)")
        y -= 36
        field("prenoms", 40, y, 330, "Prénom(s) (dans l'ordre de l'état civil)")
        p.label(395, y + 14, "Sexe :", 8.5)
        p.label(430, y + 14, "Féminin")
        p.box("sexe_F", 466, y + 12)
        p.label(490, y + 14, "Masculin")
        p.box("sexe_M", 528, y + 12)
        y -= 38
        p.label(40, y + 16, "Date de naissance (JJ MM AAAA)", 8.5)
        p.combs("dob", 40, y, 8, w=15, h=18, groups={2, 4})
        field("pob_commune", 200, y, 170, "Lieu de naissance : commune")
        field("pob_pays", 390, y, W - 430, "pays")
        y -= 38
        field("nationalite", 40, y, 150, "Nationalité")
        p.label(215, y + 16, "N° de sécurité sociale (si vous en avez un)", 8.5)
        xx = p.combs("nir", 215, y, 13, w=14, h=18)
        p.combs("nir_key", xx + 8, y, 2, w=14, h=18)
        y -= 38
        field("caf", 40, y, 150, "N° d'allocataire CAF (si vous en avez un)")
        y -= 36
        field("adresse", 40, y, W - 80, "Adresse (n°, rue, bâtiment, étage...)")
        y -= 30
        p.line("adresse2", 40, y, W - 80)
        y -= 36
        p.label(40, y + 16, "Code postal", 8.5)
        p.combs("cp", 40, y, 5, w=15, h=18)
        field("commune", 140, y, W - 180, "Commune")
        y -= 36
        field("tel", 40, y, 180, "Téléphone")
        field("email", 240, y, W - 280, "Adresse électronique")
        y -= 44
    p.section(y, "B", "VOTRE SITUATION", "cochez la case correspondant à votre situation")
    y -= 26
    for key, text in SITUATIONS:
        p.box("sit_" + key, 44, y - 1)
        yy = para(c, 62, y, text, p.font, 8.5, W - 110, 10.5)
        if key == "salarie":
            yy -= 3
            p.label(62, yy, "Type de contrat :", 8)
            xx = 135
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                p.box("ct_" + ct, xx, yy - 2, 9)
                p.label(xx + 12, yy, ct, 8)
                xx += 48
            p.label(335, yy, "Emploi occupé :", 8)
            p.line("profession", 400, yy - 2, W - 440)
            yy -= 12
        if key == "autre":
            p.line("autre_txt", 180, y - 2, W - 220)
        y = yy - 6
    p.footer(1)
    return p


def page2(c, run) -> Page:
    p = Page(c, run)
    y = H - 60
    p.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y -= 26
    c.setFillColor(hexcol("#111111"))
    y = para(
        c,
        40,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation (adresse, activité, situation familiale).",
        p.font,
        9,
        W - 80,
        11.5,
    )
    y = para(
        c,
        40,
        y - 4,
        "La loi punit quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal et "
        "article L. 114-13 du code de la sécurité sociale).",
        p.font,
        7.5,
        W - 80,
        9.5,
    )
    y -= 18
    x = p.label(40, y, "Fait à", 9.5, bold=True)
    p.line("fait_a", x + 6, y - 2, 190)
    x = p.label(x + 210, y, "le", 9.5, bold=True)
    p.line("le", x + 6, y - 2, 120)
    y -= 22
    bx, bw, bh = W - 290, 250, 80
    if run == "A":
        p.label(bx, y, "Signature", 9, bold=True)
        y -= 6
        c.setStrokeColor(hexcol("#222222"))
        c.setLineWidth(0.8)
        c.rect(bx, y - bh, bw, bh)
    else:
        c.setStrokeColor(hexcol(AM_BLUE))
        c.setLineWidth(1)
        c.roundRect(bx, y - bh - 6, bw, bh, 6)
        c.setFillColor(hexcol("#b8b8b8"))
        c.setFont("Carlito", 11)
        c.drawString(bx + 8, y - 22, "Signature")
    p.a["signature"] = {"kind": "rect", "rect": (bx, y - bh - (0 if run == "A" else 6), bw, bh)}
    y -= bh + 30
    if run == "A":
        c.setFillColor(hexcol("#e9eef7"))
        c.rect(36, y - 5, W - 72, 16, stroke=0, fill=1)
    c.setFillColor(hexcol(AM_BLUE))
    c.setFont(p.bold, 10)
    c.drawString(42, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 20
    c.setFillColor(hexcol("#111111"))
    for item in PIECES:
        c.setFont(p.font, 8.5)
        c.drawString(46, y, "\u2022")
        y = para(c, 56, y, item, p.font, 8.5, W - 100, 10.5) - 3
    y -= 10
    c.setFont(p.bold, 8)
    c.drawString(40, y, "Informatique et libertés")
    y = para(
        c,
        40,
        y - 11,
        "Les informations recueillies sont nécessaires à l'examen de vos "
        "droits par votre caisse d'assurance maladie. Conformément à la loi n° 78-17 du 6 "
        "janvier 1978 modifiée et au règlement (UE) 2016/679, vous disposez d'un droit "
        "d'accès et de rectification auprès du délégué à la protection des données de votre "
        "caisse.",
        p.font,
        7.2,
        W - 80,
        9,
    )
    y -= 16
    c.setStrokeColor(hexcol("#777777"))
    c.setDash(3, 2)
    c.rect(36, y - 70, W - 72, 78)
    c.setDash()
    c.setFont(p.bold, 8.5)
    c.drawString(44, y - 6, "Cadre réservé à l'organisme")
    c.setFont(p.font, 8)
    c.drawString(44, y - 26, "Date de réception : ........ / ........ / ..............")
    c.drawString(44, y - 44, "Pièces vérifiées :")
    c.drawString(125, y - 44, "oui")
    c.rect(142, y - 45, 8, 8)
    c.drawString(165, y - 44, "non")
    c.rect(183, y - 45, 8, 8)
    c.drawString(300, y - 26, "Matricule agent : ..............................")
    c.drawString(300, y - 44, "Visa : ............................................")
    p.footer(2)
    return p


# --------------------------------------------------------------------------- filling


def _typed(p: Page, key, text, font="Sans", size=10.5):
    a = p.a[key]
    c = p.c
    c.setFillColor(hexcol("#111111"))
    if a["kind"] == "comb":
        for (bx, by, bw, bh), ch in zip(a["boxes"], text, strict=False):
            c.setFont(font, size)
            c.drawCentredString(bx + bw / 2, by + bh * 0.25, ch)
    elif a["kind"] == "line":
        c.setFont(font, size)
        c.drawString(a["x"] + 4, a["y"] + 3, text)
    elif a["kind"] == "box":
        x, y, w, h = a["rect"]
        c.setFont("Sans-B", 10)
        c.drawCentredString(x + w / 2, y + 1.8, "X")


def _hand(p: Page, key, text, rng, font, ink, size=13):
    a = p.a[key]
    if a["kind"] == "comb":
        for box, ch in zip(a["boxes"], text, strict=False):
            f = "HumorSans" if ch in HUMOR_OK else "Breip"
            hand_in_combs(p.c, [box], ch, rng, font=f, size=size - 1, ink=ink)
    elif a["kind"] == "line":
        caps = text.upper() == text and all(ch in HUMOR_OK or ch == " " for ch in text)
        digits = all(ch.isdigit() or ch in "/. " for ch in text)
        f = "HumorSans" if (caps and any(ch.isalpha() for ch in text)) or digits else font
        hand(
            p.c,
            a["x"] + 5,
            a["y"] + 3,
            text,
            rng,
            f,
            size if f != "HumorSans" else size - 1,
            ink=ink,
        )
    elif a["kind"] == "box":
        x, y, w, h = a["rect"]
        pen_tick(p.c, x, y, w, h, rng, ink=ink, cross=rng.random() < 0.7)


def _values(d: dict):
    dob = d["dob"]
    vals = {
        "nom": d["surname"],
        "usage": d.get("usage_name") or "",
        "prenoms": d["given"],
        "dob": dob[8:10] + dob[5:7] + dob[0:4],
        "pob_commune": d["pob_commune"],
        "pob_pays": d["pob_pays"],
        "nationalite": d["nationality"],
        "adresse": d["address"],
        "adresse2": d.get("address2", ""),
        "cp": d["postal"],
        "commune": d["commune"],
        "tel": d["phone"].replace(" ", ""),
        "email": d["email"],
        "profession": d.get("profession", ""),
        "fait_a": d["place"],
        "le": d["date_text"],
    }
    boxes = ["sexe_" + d["sex"], "sit_" + d["situation"]]
    if d.get("contract"):
        boxes.append("ct_" + d["contract"])
    return vals, boxes


def cerfa(d: dict, run: str, fill: str, seed: int) -> bytes:
    """Two-page filled form. d holds the values; fill is typed, hand or acroform."""
    rng = random.Random(seed)
    producer = "Adobe LiveCycle Designer ES 9.0" if fill == "acroform" else None
    c, buf = new_canvas(title="S1106 - Demande d'ouverture des droits", producer=producer)
    vals, boxes = _values(d)
    hfont = d.get("hand_font", "Breip")
    ink = d.get("ink", BLUE_INK)
    for page_no, builder in ((1, page1), (2, page2)):
        p = builder(c, run)
        if fill == "acroform":
            acro_fields(p, page_no, vals, boxes)
        for key, a in p.a.items():
            if fill == "acroform":
                break
            if a["kind"] == "box":
                if key in boxes:
                    if fill == "hand":
                        _hand(p, key, "", rng, hfont, ink)
                    else:
                        _typed(p, key, "")
                continue
            if key not in vals or not vals[key] or key == "signature":
                continue
            hand_this = fill == "hand" or (key == "le" and d.get("date_by_hand"))
            if hand_this:
                _hand(p, key, vals[key], rng, hfont, ink)
            else:
                _typed(p, key, vals[key], font=d.get("type_font", "Sans"))
        if page_no == 2:
            x, y, w, h = p.a["signature"]["rect"]
            if fill == "acroform":
                c.drawImage(sig_png(d["signer"], seed + 5), x + 40, y + 8, 170, 62, mask="auto")
            else:
                draw_signature(c, x + 45, y + 14, 150, d["signer"], seed + 5, ink=ink)
        c.showPage()
    c.save()
    out = buf.getvalue()
    if fill == "acroform":
        out = fix_comb_appearances(out)
    return out
