"""Cerfa 15763*02 (S1106), two pages, three print runs; filled by hand, typed or AcroForm."""

from __future__ import annotations

import io

from render import MM, draw_pil, hand_comb, hand_text, hand_tick, new_canvas, signature_image
from reportlab.lib.colors import Color

A4 = (595.27, 841.89)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    ("sans_activite", "Vous êtes sans activité et résidez en France de manière stable (> 3 mois)"),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Saisonnier"]


def cerfa(f, mode, run, rng):
    """f: form values; mode: hand | typed | acroform; run: 0..2 (print run)."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    W, H = A4
    fonts = [("Sans", "Sans-B"), ("Open", "Open-B"), ("Carlito", "Carlito-B")][run]
    lf, bf = fonts
    blue = Color(0.0, 0.33, 0.62)
    hf = f.get("hand_font", "Hand2")
    cell = [5.2, 4.8, 5.6][run] * MM
    vals = {}

    def put(key, x, y, text, comb=False, size=10):
        vals[key] = text
        if not text:
            return
        if mode == "hand":
            if comb:
                hand_comb(c, x, y, text.upper(), cell, rng, hf, size + 1)
            else:
                hand_text(c, x, y, text, rng, hf, size + 1)
        elif mode == "typed":
            c.setFont("Mono", size)
            c.setFillColorRGB(0, 0, 0)
            if comb:
                for i, ch in enumerate(text):
                    c.drawCentredString(x + i * cell + cell / 2, y, ch)
            else:
                c.drawString(x, y, text)
        else:
            w = (len(text) * cell) if comb else 200
            c.acroForm.textfield(
                name=key,
                value=text,
                x=x - 1,
                y=y - 3,
                width=max(w, 60),
                height=13,
                borderWidth=0,
                fontName="Helvetica",
                fontSize=9,
                fillColor=Color(0.9, 0.93, 1),
            )

    def comb_boxes(x, y, n, gaps=()):
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.5)
        for i in range(n):
            c.rect(x + i * cell, y - 3, cell, cell * 1.05, stroke=1, fill=0)
        return x

    def label(x, y, text, size=8.2, bold=False):
        c.setFillColorRGB(0, 0, 0)
        c.setFont(bf if bold else lf, size)
        c.drawString(x, y, text)
        return x + c.stringWidth(text, bf if bold else lf, size) + 4

    def box(x, y, key, checked):
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
        if mode == "acroform":
            c.acroForm.checkbox(
                name=key, x=x, y=y - 1, size=8, checked=checked, buttonStyle="cross"
            )
        elif checked:
            if mode == "hand":
                hand_tick(c, x + 0.5, y - 0.5, 7, rng, cross=rng.random() < 0.6)
            else:
                c.setFont("Sans-B", 9)
                c.drawString(x + 1, y, "X")

    def section(y, letter, title):
        if run == 0:
            c.setFillColor(blue)
            c.rect(40, y - 4, W - 80, 15, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(bf, 10)
            c.drawString(46, y, f"{letter}  {title}")
        elif run == 1:
            c.setFillColor(blue)
            c.setFont(bf, 11)
            c.drawString(40, y, f"{letter} - {title}")
            c.setStrokeColor(blue)
            c.setLineWidth(1.2)
            c.line(40, y - 4, W - 40, y - 4)
        else:
            c.setFillColorRGB(0.85, 0.85, 0.85)
            c.rect(40, y - 4, 18, 15, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(bf, 10.5)
            c.drawString(45, y, letter)
            c.drawString(64, y, title)
        c.setFillColorRGB(0, 0, 0)

    # ---------------- page 1
    c.setFillColor(blue)
    c.setFont(bf, 13)
    c.drawString(40, H - 50, "l'Assurance")
    c.drawString(40, H - 64, "Maladie")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(bf, 13.5)
    c.drawCentredString(W / 2 + 20, H - 52, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont(lf, 10)
    c.drawCentredString(W / 2 + 20, H - 67, "Protection universelle maladie (PUMa)")
    c.rect(W - 115, H - 100, 75, 24)
    c.setFont(lf, 7)
    c.drawString(W - 110, H - 84, "cerfa")
    c.setFont(bf, 9)
    c.drawString(W - 110, H - 95, "N° 15763*02")
    c.setFont(lf, 6.3)
    notice = [
        "Articles L. 160-1, L. 160-5, R. 111-3 et D. 160-2 du code de la sécurité sociale.",
        "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos "
        "frais de santé au titre de votre activité professionnelle",
        "ou de votre résidence stable et régulière en France. Remplissez-le en lettres capitales et "
        "joignez les pièces justificatives demandées en page 2.",
    ]
    for i, ln in enumerate(notice):
        c.drawString(40, H - 118 - i * 8.5, ln)
    y = H - 160
    section(y, "A", "VOUS")
    y -= 26
    x = label(46, y, "Nom de naissance")
    put("nom_naissance", x + 4, y, f["surname"])
    if run != 1:
        c.setDash(1, 2)
        c.line(x, y - 2, W - 46, y - 2)
        c.setDash()
    y -= 22
    x = label(46, y, "Nom d'usage (facultatif)")
    put("nom_usage", x + 4, y, f.get("usage_name") or "")
    c.setDash(1, 2)
    c.line(x, y - 2, W - 46, y - 2)
    c.setDash()
    y -= 22
    x = label(46, y, "Prénom(s)")
    put("prenoms", x + 4, y, f["given"])
    c.setDash(1, 2)
    c.line(x, y - 2, W - 46, y - 2)
    c.setDash()
    y -= 24
    x = label(46, y, "Sexe :")
    label(x, y, "F")
    box(x + 9, y, "sexe_F", f["sex"] == "F")
    label(x + 28, y, "M")
    box(x + 39, y, "sexe_M", f["sex"] == "M")
    x = label(x + 80, y, "Date de naissance")
    dob = f["dob"]
    digits = dob[8:10] + dob[5:7] + dob[0:4]
    comb_boxes(x, y, 8)
    put("date_naissance", x, y, digits, comb=True)
    c.setFont(lf, 5.5)
    c.drawString(x + 2, y - 10, "J  J       M  M        A   A   A   A")
    y -= 28
    x = label(46, y, "Lieu de naissance : commune")
    put("lieu_naissance", x + 4, y, f["pob"])
    x = label(340, y, "pays")
    put("pays_naissance", x + 4, y, f["pob_country"])
    y -= 22
    x = label(46, y, "Nationalité")
    put("nationalite", x + 4, y, f["nationality"])
    y -= 24
    x = label(46, y, "N° de sécurité sociale (si vous en avez un)")
    comb_boxes(x, y, 13)
    comb_boxes(x + 14 * cell, y, 2)
    put("nir", x, y, f.get("nir") or "", comb=True)
    y -= 24
    x = label(46, y, "Adresse")
    put("adresse", x + 4, y, f["address1"])
    c.setDash(1, 2)
    c.line(x, y - 2, W - 46, y - 2)
    c.setDash()
    y -= 22
    x = label(46, y, "Code postal")
    comb_boxes(x, y, 5)
    put("code_postal", x, y, f["postcode"], comb=True)
    x = label(x + 6 * cell + 10, y, "Commune")
    put("commune", x + 4, y, f["city"])
    y -= 22
    x = label(46, y, "Téléphone")
    put("telephone", x + 4, y, f["phone"])
    x = label(300, y, "Courriel")
    put("courriel", x + 4, y, f["email"], size=9)
    y -= 36
    section(y, "B", "VOTRE SITUATION")
    y -= 24
    label(46, y, "Cochez la case correspondant à votre situation actuelle :", 8)
    y -= 20
    for key, text in SITUATIONS:
        box(50, y, "situation_" + key, f["situation"] == key)
        x = label(64, y, text)
        if key == "salarie":
            y -= 17
            x = label(64, y, "Type de contrat :")
            for ct in CONTRACTS:
                box(x, y, "contrat_" + ct, f.get("contract") == ct)
                x = label(x + 11, y, ct) + 8
            y -= 17
            x = label(64, y, "Emploi occupé :")
            put("emploi", x + 4, y, f.get("job") or "")
        if key == "autre":
            put("autre_precision", x + 4, y, f.get("other") or "")
        y -= 20
    c.setFont(lf, 6.5)
    c.drawString(40, 40, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.showPage()

    # ---------------- page 2
    y = H - 60
    section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y -= 28
    c.setFont(lf, 8.5)
    for ln in [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je",
        "m'engage à signaler à ma caisse tout changement dans ma situation.",
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou",
        "de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
    ]:
        c.drawString(46, y, ln)
        y -= 12
    y -= 14
    x = label(46, y, "Fait à")
    put("fait_a", x + 4, y, f["place"])
    c.setDash(1, 2)
    c.line(x, y - 2, 300, y - 2)
    c.setDash()
    x = label(310, y, "le")
    date_key = "date_signature"
    if mode == "hand" or f.get("date_by_hand"):
        vals[date_key] = f["date_text"]
        hand_text(c, x + 4, y, f["date_text"], rng, f.get("hand_font", "Hand1"), 11)
    else:
        put(date_key, x + 4, y, f["date_text"])
    c.setDash(1, 2)
    c.line(x, y - 2, W - 46, y - 2)
    c.setDash()
    y -= 22
    bx, by, bw, bh = 300, y - 85, W - 346, 80
    c.setLineWidth(0.8)
    c.rect(bx, by, bw, bh)
    if run == 0:
        label(bx, by + bh + 4, "Signature")
    elif run == 1:
        label(bx + 4, by + bh - 11, "Signature")
    else:
        c.setFillColorRGB(0.8, 0.8, 0.8)
        c.setFont(bf, 16)
        c.drawCentredString(bx + bw / 2, by + bh / 2 - 5, "Signature")
        c.setFillColorRGB(0, 0, 0)
    if f.get("signed", True):
        sig = signature_image(f["sig_name"], rng)
        draw_pil(c, sig, bx + 10, by + 4, bw - 30)
    y = by - 34
    section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 24
    c.setFont(lf, 8.3)
    for ln in [
        "• une pièce d'identité : passeport ou carte nationale d'identité (pour les ressortissants UE)",
        "• si vous êtes étranger hors UE : titre de séjour, visa long séjour valant titre de séjour "
        "(VLS-TS) ou récépissé",
        "• un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé "
        "le cas échéant",
        "• un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement)",
        "• un relevé d'identité bancaire (RIB) à votre nom",
        "• si vous travaillez : contrat de travail ou dernier bulletin de salaire",
    ]:
        c.drawString(50, y, ln)
        y -= 14
    y -= 20
    c.setDash(3, 2)
    c.rect(40, y - 70, W - 80, 78)
    c.setDash()
    c.setFont(bf, 8.5)
    c.drawString(48, y - 6, "Cadre réservé à l'organisme")
    c.setFont(lf, 8)
    c.drawString(48, y - 26, "Date de réception : ....../....../..........")
    c.drawString(48, y - 44, "Pièces vérifiées :  □ oui  □ non")
    c.drawString(300, y - 26, "Matricule agent : ....................")
    c.setFont(lf, 6.5)
    c.drawString(40, 40, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
    c.save()
    return buf.getvalue(), vals
