"""Cerfa 15763*02 (S1106) in two print runs, filled by hand, typed, or as a fillable PDF."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from cd_common import (
    INK_BLACK,
    INK_BLUE,
    MM,
    draw_signature,
    finish,
    hand,
    hand_comb,
    new_canvas,
    signature_png,
)

SITS = [
    ("salarie", "Vous exercez une activité salariée en France - type de contrat :"),
    ("independant", "Vous exercez une activité non salariée (indépendant) en France"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]


def form(f, rng, run="A", fill="hand"):
    """f: values. fill: hand | typed | acroform. Returns PDF bytes (2 pages)."""
    c, buf = new_canvas(A4)
    W, H = A4
    bold = "arial-b" if run == "A" else "open-b"
    reg = "arial" if run == "A" else "open"
    bar = (0.0, 0.27, 0.55) if run == "A" else (0.35, 0.35, 0.35)
    hf = f.get("hand_font", "h-dkg")
    ink = INK_BLUE if f.get("ink", "blue") == "blue" else INK_BLACK
    typed_font = "mono" if run == "A" else "cond"

    def put(x, y, text, size=11):
        if not text:
            return
        if fill == "hand":
            hand(c, x, y, text, rng, hf, size + 2, ink)
        elif fill == "typed":
            c.setFont(typed_font, size - 1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x, y, text)

    def field(name, x, y, w, value, size=10):
        if fill == "acroform":
            c.acroForm.textfield(name=name, value=value or "", x=x, y=y - 2, width=w, height=13,
                                 borderWidth=0, fontName="Helvetica", fontSize=size,
                                 fillColor=None, forceBorder=False)  # fmt: skip
        else:
            put(x + 2, y + 1, value)

    def comb(x, y, n, cell, value, name):
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.6)
        for i in range(n):
            c.rect(x + i * cell, y - 3, cell, 14, stroke=1, fill=0)
        if fill == "acroform":
            c.acroForm.textfield(name=name, value=value or "", x=x, y=y - 3, width=n * cell, height=14,
                                 borderWidth=0, fontName="Courier", fontSize=10, maxlen=n,
                                 fillColor=None, fieldFlags="comb")  # fmt: skip
        elif fill == "hand" and value:
            hand_comb(c, x, y, value, cell, rng, hf, 12, ink)
        elif value:
            c.setFont("mono", 10)
            c.setFillColorRGB(0, 0, 0)
            for i, ch in enumerate(value):
                c.drawCentredString(x + i * cell + cell / 2, y, ch)

    def tick(x, y, on, name):
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(x, y - 1, 8, 8)
        if fill == "acroform":
            c.acroForm.checkbox(name=name, x=x, y=y - 1, size=8, checked=on, buttonStyle="cross",
                                borderWidth=0, fillColor=None)  # fmt: skip
        elif on:
            c.setStrokeColorRGB(*(ink if fill == "hand" else (0, 0, 0)))
            c.setLineWidth(1.3)
            c.line(x + 0.5, y, x + 7.5, y + 6.5)
            c.line(x + 0.5, y + 6.5, x + 7.5, y)
            c.setLineWidth(0.6)

    def section(title, y):
        if run == "A":
            c.setFillColorRGB(*bar)
            c.rect(15 * MM, y - 2 * MM, W - 30 * MM, 7 * MM, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(bold, 10)
            c.drawString(18 * MM, y, title)
            c.setFillColorRGB(0, 0, 0)
        else:
            c.setFont(bold, 11)
            c.setFillColorRGB(*bar)
            c.drawString(15 * MM, y, title)
            c.setStrokeColorRGB(*bar)
            c.setLineWidth(1.5)
            c.line(15 * MM, y - 2 * MM, W - 15 * MM, y - 2 * MM)
            c.setFillColorRGB(0, 0, 0)
            c.setLineWidth(0.6)

    def label(x, y, text, size=8.5):
        c.setFillColorRGB(0, 0, 0)
        c.setFont(reg, size)
        c.drawString(x, y, text)
        return x + c.stringWidth(text, reg, size) + 3

    # ---------------- page 1
    c.setFont(bold, 12)
    c.setFillColorRGB(0.0, 0.27, 0.55)
    c.drawString(15 * MM, H - 18 * MM, "l'Assurance")
    c.drawString(15 * MM, H - 23 * MM, "Maladie")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(bold, 14)
    c.drawCentredString(W / 2 + 10 * MM, H - 18 * MM, "Demande d'ouverture des droits")
    c.drawCentredString(W / 2 + 10 * MM, H - 24 * MM, "à l'assurance maladie")
    c.setFont(reg, 9.5)
    c.drawCentredString(W / 2 + 10 * MM, H - 30 * MM, "Protection universelle maladie (PUMa)")
    c.rect(W - 42 * MM, H - 22 * MM, 27 * MM, 10 * MM)
    c.setFont(bold, 8)
    c.drawCentredString(W - 28.5 * MM, H - 16 * MM, "cerfa")
    c.setFont(reg, 7.5)
    c.drawCentredString(W - 28.5 * MM, H - 20 * MM, "N° 15763*02")
    c.setFont(reg, 6.5)
    notice = ["Articles L. 160-1, L. 160-5, L. 160-7, R. 111-3 et D. 160-2 du code de la sécurité sociale.",
              ("Remplissez ce formulaire en lettres capitales et joignez les pièces justificatives listées "
              "en page 2. La loi 78-17 du 6/1/1978 modifiée"),
              ("relative à l'informatique, aux fichiers et aux libertés s'applique aux réponses faites sur "
              "ce formulaire.")]  # fmt: skip
    for i, ln in enumerate(notice):
        c.drawString(15 * MM, H - 38 * MM - i * 3 * MM, ln)
    y = H - 52 * MM
    section("A  VOUS" if run == "A" else "VOUS", y)
    y -= 11 * MM
    cell = 5.2 * MM if run == "A" else 4.8 * MM
    if run == "A":
        x = label(15 * MM, y, "Nom de naissance")
        c.line(x, y - 2, W - 15 * MM, y - 2)
        field("nom_naissance", x, y, 120 * MM, f["surname"])
        y -= 9 * MM
        x = label(15 * MM, y, "Nom d'usage (facultatif)")
        c.line(x, y - 2, W - 15 * MM, y - 2)
        field("nom_usage", x, y, 110 * MM, f.get("usage") or "")
        y -= 9 * MM
        x = label(15 * MM, y, "Prénom(s)")
        c.line(x, y - 2, W - 15 * MM, y - 2)
        field("prenoms", x, y, 130 * MM, f["given"])
    else:
        for lbl, key, name in (("Nom de naissance", "surname", "nom"), ("Nom d'usage (facultatif)",
                               "usage", "usage"), ("Prénom(s)", "given", "prenom")):  # fmt: skip
            label(15 * MM, y + 5.6 * MM, lbl, 7)
            c.rect(15 * MM, y - 3, W - 30 * MM, 14)
            field(name, 16 * MM, y, W - 34 * MM, f.get(key) or "")
            y -= 12 * MM
        y += 3 * MM
    y -= 10 * MM
    x = label(15 * MM, y, "Sexe :  F")
    tick(x, y, f["sex"] == "F", "sexe_f")
    x = label(x + 14, y, "M")
    tick(x, y, f["sex"] == "M", "sexe_m")
    x = label(70 * MM, y, "Date de naissance")
    d = f["dob"]
    comb(x, y, 2, cell, f"{d.day:02d}", "jj")
    comb(x + 2.4 * cell, y, 2, cell, f"{d.month:02d}", "mm")
    comb(x + 4.8 * cell, y, 4, cell, str(d.year), "aaaa")
    y -= 10 * MM
    x = label(15 * MM, y, "Lieu de naissance : commune")
    c.line(x, y - 2, 120 * MM, y - 2)
    field("lieu_commune", x, y, 60 * MM, f["pob_city"])
    x = label(122 * MM, y, "pays")
    c.line(x, y - 2, W - 15 * MM, y - 2)
    field("lieu_pays", x, y, 50 * MM, f["pob_country"])
    y -= 9 * MM
    x = label(15 * MM, y, "Nationalité")
    c.line(x, y - 2, W - 15 * MM, y - 2)
    field("nationalite", x, y, 80 * MM, f["nationality"])
    y -= 10 * MM
    x = label(15 * MM, y, "N° de sécurité sociale (si vous en avez un)")
    nir = f.get("nir") or ""
    comb(x, y, 13, cell * 0.9, nir[:13], "nir")
    comb(x + 13.6 * cell * 0.9, y, 2, cell * 0.9, nir[13:], "nir_cle")
    y -= 10 * MM
    x = label(15 * MM, y, "N° d'allocataire CAF (si vous en avez un)")
    c.line(x, y - 2, 120 * MM, y - 2)
    y -= 9 * MM
    x = label(15 * MM, y, "Adresse")
    c.line(x, y - 2, W - 15 * MM, y - 2)
    field("adresse", x, y, 150 * MM, f["street"])
    y -= 9 * MM
    x = label(15 * MM, y, "Code postal")
    comb(x, y, 5, cell, f["postcode"], "cp")
    x = label(x + 5 * cell + 8, y, "Commune")
    c.line(x, y - 2, W - 15 * MM, y - 2)
    field("commune", x, y, 80 * MM, f["city"])
    y -= 9 * MM
    x = label(15 * MM, y, "Téléphone")
    c.line(x, y - 2, 90 * MM, y - 2)
    field("tel", x, y, 60 * MM, f["phone"])
    x = label(95 * MM, y, "Courriel")
    c.line(x, y - 2, W - 15 * MM, y - 2)
    field("courriel", x, y, 85 * MM, f["email"])
    y -= 16 * MM
    section("B  VOTRE SITUATION" if run == "A" else "VOTRE SITUATION", y)
    y -= 11 * MM
    for key, text in SITS:
        tick(15 * MM, y, f["situation"] == key, "sit_" + key)
        x = label(15 * MM + 12, y, text, 8.5)
        if key == "salarie":
            for ct in ("CDI", "CDD", "intérim", "autre"):
                tick(x, y, f.get("contract") == ct, "ct_" + ct)
                x = label(x + 11, y, ct)
            y -= 7 * MM
            x2 = label(22 * MM, y, "Emploi occupé :")
            c.line(x2, y - 2, 140 * MM, y - 2)
            field("emploi", x2, y, 90 * MM, f.get("job") or "")
        if key == "autre":
            c.line(x, y - 2, W - 15 * MM, y - 2)
        y -= 8 * MM
    c.setFont(reg, 6.5)
    c.drawString(15 * MM, 12 * MM, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.showPage()

    # ---------------- page 2
    y = H - 22 * MM
    section("C  VOS ENGAGEMENTS ET SIGNATURE" if run == "A" else "VOS ENGAGEMENTS ET SIGNATURE", y)
    y -= 11 * MM
    for ln in ["Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et",
               "m'engage à signaler à ma caisse tout changement dans ma situation.",
               ("La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
               "313-1 et 441-1 du code pénal,"), "article L. 114-13 du code de la sécurité sociale)."]:  # fmt: skip
        label(15 * MM, y, ln, 8.5)
        y -= 4.6 * MM
    y -= 6 * MM
    x = label(15 * MM, y, "Fait à", 10)
    c.line(x, y - 2, 95 * MM, y - 2)
    field("fait_a", x, y, 60 * MM, f["place"])
    x = label(100 * MM, y, "le", 10)
    c.line(x, y - 2, 150 * MM, y - 2)
    if fill == "typed" and f.get("date_by_hand"):
        hand(c, x + 2, y + 1, f["date_text"], rng, hf, 13, INK_BLUE)
    else:
        field("date", x, y, 45 * MM, f["date_text"])
    y -= 12 * MM
    bx, by, bw, bh = 110 * MM, y - 32 * MM, 85 * MM, 32 * MM
    if run == "A":
        label(bx, y + 1 * MM, "Signature", 9)
    c.rect(bx, by, bw, bh)
    if run == "B":
        c.setFillColorRGB(0.75, 0.75, 0.75)
        c.setFont(reg, 14)
        c.drawCentredString(bx + bw / 2, by + bh / 2, "Signature")
        c.setFillColorRGB(0, 0, 0)
    if f["signed"]:
        if fill == "acroform":
            img = ImageReader(io.BytesIO(signature_png(rng)))
            c.drawImage(img, bx + 8 * MM, by + 4 * MM, 65 * MM, 23 * MM, mask="auto")
        else:
            draw_signature(c, bx + 8 * MM, by + 4 * MM, 65 * MM, 24 * MM, rng, ink if fill == "hand"
                           else INK_BLUE)  # fmt: skip
    y = by - 14 * MM
    section("PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", y)
    y -= 10 * MM
    for ln in ["- la photocopie d'une pièce d'identité (passeport, carte nationale d'identité) ;",
               ("- si vous êtes ressortissant d'un État hors UE/EEE/Suisse : titre de séjour, VLS-TS ou "
               "récépissé de demande ;"),
               "- un acte de naissance complet (extrait avec filiation ou copie intégrale) ;",
               ("- un justificatif de résidence en France depuis plus de 3 mois (bail, 3 factures, "
               "attestation d'hébergement...) ;"),
               "- un relevé d'identité bancaire (RIB) à votre nom ;",
               "- si vous êtes salarié : votre contrat de travail ou votre dernier bulletin de salaire."]:  # fmt: skip
        label(15 * MM, y, ln, 8.5)
        y -= 5.2 * MM
    y -= 8 * MM
    c.setDash(2, 2)
    c.rect(15 * MM, y - 28 * MM, W - 30 * MM, 30 * MM)
    c.setDash()
    label(18 * MM, y - 4 * MM, "Cadre réservé à l'organisme", 8.5)
    label(18 * MM, y - 12 * MM, "Date de réception : ____/____/______", 8)
    label(18 * MM, y - 19 * MM, "Pièces vérifiées :  oui   non", 8)
    label(110 * MM, y - 12 * MM, "Matricule agent : ____________", 8)
    c.setFont(reg, 6.5)
    c.drawString(15 * MM, 12 * MM, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
    return finish(c, buf)
