"""Civil-status papers drawn with reportlab: form S1106, birth certificates, apostille,
legalisation stamps, sworn translation."""

from __future__ import annotations

import math
import random

from common import font, fr
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

W, H = A4


class P:
    """Thin wrapper: coordinates in mm from the top-left corner."""

    def __init__(self, c):
        self.c = c

    def t(self, x, y, s, f="sans", size=9, color=(0, 0, 0), align="l"):
        c = self.c
        c.setFont(font(f), size)
        c.setFillColorRGB(*[v / 255 for v in color])
        if align == "c":
            c.drawCentredString(x * mm, H - y * mm, s)
        elif align == "r":
            c.drawRightString(x * mm, H - y * mm, s)
        else:
            c.drawString(x * mm, H - y * mm, s)

    def para(self, x, y, s, width_mm, f="sans", size=9, lead=4.6, color=(0, 0, 0)):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        words, line, yy = s.split(), "", y
        for w in words:
            trial = (line + " " + w).strip()
            if stringWidth(trial, font(f), size) > width_mm * mm and line:
                self.t(x, yy, line, f, size, color)
                yy += lead
                line = w
            else:
                line = trial
        if line:
            self.t(x, yy, line, f, size, color)
        return yy + lead

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*[v / 255 for v in stroke])
        if fill:
            c.setFillColorRGB(*[v / 255 for v in fill])
        c.rect(x * mm, H - (y + h) * mm, w * mm, h * mm, stroke=1, fill=1 if fill else 0)

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*[v / 255 for v in color])
        c.setDash(dash or [])
        c.line(x1 * mm, H - y1 * mm, x2 * mm, H - y2 * mm)
        c.setDash([])

    def box(self, x, y, checked, size=3.2):
        self.rect(x, y, size, size, lw=0.5)
        if checked:
            self.t(x + 0.5, y + size - 0.4, "X", "hand1", 11, (20, 30, 120))

    def stamp(self, cx, cy, r, lines, color=(40, 60, 160), rot=0.0, inner=True):
        c = self.c
        c.saveState()
        c.translate(cx * mm, H - cy * mm)
        c.rotate(rot)
        c.setStrokeColorRGB(*[v / 255 for v in color])
        c.setFillColorRGB(*[v / 255 for v in color])
        c.setLineWidth(1.2)
        c.circle(0, 0, r * mm)
        if inner:
            c.setLineWidth(0.6)
            c.circle(0, 0, r * 0.72 * mm)
        c.setFont(font("sans-b"), 5.6)
        if lines:
            ring = lines[0]
            n = len(ring)
            for i, ch in enumerate(ring):
                a = math.pi / 2 + math.pi * 0.85 * (0.5 - i / max(n - 1, 1))
                c.saveState()
                c.translate(math.cos(a) * r * 0.84 * mm, math.sin(a) * r * 0.84 * mm)
                c.rotate(math.degrees(a) - 90)
                c.drawCentredString(0, -1, ch)
                c.restoreState()
            for i, s in enumerate(lines[1:]):
                c.drawCentredString(0, (1.5 - i * 3.2) * mm, s)
        c.restoreState()

    def rect_stamp(self, x, y, w, lines, color=(50, 60, 150), rot=0.0, f="cond-b", size=7):
        c = self.c
        c.saveState()
        c.translate(x * mm, H - y * mm)
        c.rotate(rot)
        h = len(lines) * size * 0.45 + 3
        c.setStrokeColorRGB(*[v / 255 for v in color])
        c.setFillColorRGB(*[v / 255 for v in color])
        c.setLineWidth(1.1)
        c.rect(0, -h * mm, w * mm, h * mm)
        for i, s in enumerate(lines):
            c.setFont(font(f), size)
            c.drawString(2 * mm, -(i * size * 0.45 + size * 0.45 + 0.5) * mm, s)
        c.restoreState()

    def scribble(self, x, y, w, rng: random.Random, color=(20, 30, 110)):
        c = self.c
        c.setStrokeColorRGB(*[v / 255 for v in color])
        c.setLineWidth(0.9)
        p = c.beginPath()
        p.moveTo(x * mm, H - y * mm)
        n = 9
        for i in range(1, n + 1):
            xx = x + w * i / n
            yy = y + rng.uniform(-4, 3)
            p.curveTo((xx - w / n / 2) * mm, H - (yy - 5) * mm, (xx - w / n / 3) * mm,
                      H - (yy + 5) * mm, xx * mm, H - yy * mm)  # fmt: skip
        c.drawPath(p)


# ------------------------------------------------------------------ Cerfa S1106
def form_s1106(c, a: dict, rng: random.Random, hand: str | None = "hand1"):
    """a: surname, usage, given, dob, pob, nat, address1, address2, employed, job, contract,
    employer, date, city, sig. hand=None: typed in the PDF form."""
    p = P(c)
    hf, hs, ink = (hand, 12, (25, 35, 120)) if hand else ("mono", 10, (0, 0, 0))
    teal = (0, 110, 150)
    p.rect(12, 10, 38, 16, stroke=teal, fill=(0, 110, 150))
    p.t(15, 17, "l'Assurance", "lib-b", 11, (255, 255, 255))
    p.t(15, 23, "Maladie", "lib-b", 11, (255, 255, 255))
    p.t(198, 14, "cerfa", "lib-b", 10, align="r")
    p.t(198, 18, "N° 15763*03", "lib", 8, align="r")
    p.t(105, 34, "DEMANDE D'OUVERTURE DES DROITS", "lib-b", 14, teal, "c")
    p.t(105, 40, "À L'ASSURANCE MALADIE", "lib-b", 14, teal, "c")
    p.t(105, 45.5, "Protection universelle maladie - articles L.160-1 et suivants du Code de la "
        "sécurité sociale", "lib", 7.5, align="c")  # fmt: skip
    p.t(12, 54, "A  -  VOTRE IDENTITÉ", "lib-b", 10.5, teal)
    p.line(12, 55.5, 198, 55.5, teal, 0.8)
    rows = [
        ("Nom de naissance (nom de famille)", a["surname"]),
        ("Nom d'usage (facultatif)", a.get("usage", "")),
        ("Prénom(s)", a["given"]),
        ("Date de naissance (jj/mm/aaaa)", fr(a["dob"])),
        ("Lieu de naissance (commune, pays)", a["pob"]),
        ("Nationalité", a["nat"]),
        ("Adresse", a["address1"]),
        ("", a["address2"]),
        ("N° de sécurité sociale (si vous en avez un)", ""),
        ("N° d'allocataire CAF (si vous en avez un)", ""),
    ]
    y = 62
    for lab, val in rows:
        p.t(14, y, lab, "lib", 8.5)
        p.line(82, y + 0.8, 196, y + 0.8, (140, 140, 140), 0.4, [1, 1.5])
        if val:
            p.t(84, y - 0.2, val, hf, hs, ink)
        y += 7.6
    p.t(12, y + 3, "B  -  VOTRE SITUATION", "lib-b", 10.5, teal)
    p.line(12, y + 4.5, 198, y + 4.5, teal, 0.8)
    y += 11
    emp = a["employed"]
    p.box(14, y - 3, emp)
    p.t(19, y, "Vous exercez une activité salariée ou non salariée en France", "lib", 8.5)
    y += 6.5
    p.t(19, y, "Profession :", "lib", 8.5)
    p.t(19, y + 6, "Type de contrat (CDI, CDD, intérim...) :", "lib", 8.5)
    p.t(19, y + 12, "Nom de l'employeur :", "lib", 8.5)
    for k, val in enumerate([a.get("job", ""), a.get("contract", ""), a.get("employer", "")]):
        p.line(70, y + 6 * k + 0.8, 196, y + 6 * k + 0.8, (140, 140, 140), 0.4, [1, 1.5])
        if emp and val:
            p.t(72, y + 6 * k - 0.2, val, hf, hs, ink)
    y += 19
    p.box(14, y - 3, not emp and a.get("other") is None)
    p.t(19, y, "Vous êtes sans activité", "lib", 8.5)
    y += 6.5
    p.box(14, y - 3, bool(a.get("other")))
    p.t(19, y, "Autre situation (étudiant, demandeur d'emploi...) : préciser", "lib", 8.5)
    if a.get("other"):
        p.t(110, y - 0.2, a["other"], hf, hs, ink)
    p.t(12, y + 10, "C  -  DATE ET SIGNATURE", "lib-b", 10.5, teal)
    p.line(12, y + 11.5, 198, y + 11.5, teal, 0.8)
    y += 19
    p.para(14, y, "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette "
           "demande. La loi punit quiconque se rend coupable de fraudes ou de fausses "
           "déclarations (articles 313-1 et 441-1 du Code pénal).", 180, "lib", 8)  # fmt: skip
    y += 14
    p.t(14, y, "Fait à", "lib", 8.5)
    p.t(28, y - 0.2, a["city"], hf, hs, ink)
    p.t(80, y, "le", "lib", 8.5)
    p.t(86, y - 0.2, fr(a["date"]), hf, hs, ink)
    p.t(130, y, "Signature", "lib", 8.5)
    p.scribble(135, y + 10, 38, rng)
    p.t(12, 285, "S1106 - 15763*03 - Ameli", "lib", 6.5, (100, 100, 100))
    p.t(198, 285, "1/2", "lib", 6.5, (100, 100, 100), "r")


def form_s1106_page2(c):
    p = P(c)
    teal = (0, 110, 150)
    p.t(12, 20, "PIÈCES À JOINDRE À VOTRE DEMANDE", "lib-b", 11, teal)
    items = [
        "Une photocopie de votre pièce d'identité (passeport, carte nationale d'identité).",
        "Si vous êtes ressortissant d'un État hors Union européenne : une copie de votre titre de "
        "séjour, de votre visa long séjour valant titre de séjour ou de votre récépissé.",
        "Une copie intégrale de votre acte de naissance, ou un extrait avec filiation.",
        "Un justificatif de résidence stable en France depuis plus de 3 mois (bail, trois "
        "factures successives, attestation d'hébergement accompagnée des justificatifs de "
        "l'hébergeant).",
        "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        "Un relevé d'identité bancaire (RIB) à votre nom.",
    ]
    y = 30
    for it in items:
        p.t(14, y, "•", "lib", 10)
        y = p.para(19, y, it, 175, "lib", 9) + 2
    p.t(12, 285, "S1106 - 15763*03 - Ameli", "lib", 6.5, (100, 100, 100))
    p.t(198, 285, "2/2", "lib", 6.5, (100, 100, 100), "r")


# ------------------------------------------------------------------ apostille (Hague model)
def apostille(c, a: dict, rng: random.Random, x=30, y=40, w=150, lang="es"):
    """Ten numbered items of the Hague model certificate."""
    p = P(c)
    p.rect(x, y, w, 150, lw=1.4)
    p.t(x + w / 2, y + 10, "APOSTILLE", "serif-b", 16, align="c")
    p.t(x + w / 2, y + 16, "(Convention de La Haye du 5 octobre 1961)", "serif", 9, align="c")
    labs = {
        "es": ["País / Country", "ha sido firmado por / has been signed by",
               "quien actúa en calidad de / acting in the capacity of",
               "y está revestido del sello / timbre de / bears the seal / stamp of",
               "en / at", "el día / the", "por / by", "bajo el número / No",
               "Sello / timbre / Seal / stamp", "Firma / Signature"],
        "en": ["Country", "has been signed by", "acting in the capacity of",
               "bears the seal/stamp of", "at", "the", "by", "No",
               "Seal/stamp", "Signature"],
    }[lang]  # fmt: skip
    mid = {"es": ("El presente documento público / This public document",
                  "Certificado / Certified"),
           "en": ("This public document", "Certified")}[lang]  # fmt: skip
    vals = [a["country"], a["signer_doc"], a["capacity"], a["seal_of"], a["place"],
            fr(a["issued_on"]), a["signed_by"], a["number"], "", ""]  # fmt: skip
    yy = y + 25
    p.t(x + 6, yy, "1. " + labs[0] + " :", "serif", 9)
    p.t(x + 60, yy, vals[0], "serif-b", 10)
    yy += 7
    p.t(x + 6, yy, mid[0], "serif", 8.5, (60, 60, 60))
    yy += 7
    for i in range(1, 4):
        p.t(x + 6, yy, f"{i + 1}. {labs[i]} :", "serif", 8.5)
        p.t(x + 12, yy + 5, vals[i], "serif-b", 9.5)
        yy += 11
    p.t(x + 6, yy, mid[1], "serif", 8.5, (60, 60, 60))
    yy += 7
    for i in range(4, 8):
        col = x + 6 if i % 2 == 0 else x + w * 0.62
        p.t(col, yy, f"{i + 1}. {labs[i]} :", "serif", 8.5)
        p.t(col, yy + 4.8, vals[i], "serif-b", 9.5 if len(vals[i]) < 30 else 8.0)
        if i % 2 == 1:
            yy += 12
    yy += 2
    p.t(x + 6, yy, "9. " + labs[8] + " :", "serif", 8.5)
    p.t(x + w / 2, yy, "10. " + labs[9] + " :", "serif", 8.5)
    p.stamp(
        x + 35, yy + 16, 11, a["seal"], a.get("seal_color", (60, 70, 150)), rng.uniform(-20, 20)
    )
    p.scribble(x + w / 2 + 8, yy + 16, 40, rng)


# ------------------------------------------------------------------ sworn translation
def translation(c, tr: dict, rng: random.Random):
    p = P(c)
    p.t(20, 20, tr["translator"], "libserif-b", 11)
    for i, s in enumerate(tr["translator_lines"]):
        p.t(20, 25 + i * 4.5, s, "libserif", 9)
    p.t(105, 52, "TRADUCTION CERTIFIÉE CONFORME", "libserif-b", 13, align="c")
    p.t(105, 58, tr["from_lang"], "libserif", 9.5, align="c")
    y = 70
    for lab, val in tr["rows"]:
        if lab.startswith("#"):
            p.t(105, y, lab[1:], "libserif-b", 10.5, align="c")
            y += 7
            continue
        p.t(22, y, lab, "libserif", 10)
        p.t(95, y, val, "libserif-b", 10)
        y += 7
    y += 6
    y = p.para(20, y, tr["mention"], 170, "libserif", 9.5, 5)
    p.t(20, y + 6, tr["done"], "libserif", 10)
    p.stamp(150, y + 25, 16, tr["seal"], (30, 50, 140), rng.uniform(-12, 12))
    p.scribble(118, y + 30, 40, rng)
    p.t(20, 280, tr["footer"], "libserif", 7.5, (90, 90, 90))
