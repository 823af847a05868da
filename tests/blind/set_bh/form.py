"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie'."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from civil import _wrap
from common import INK_BLUE, comb_hand, hand, signature

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


def cerfa(f, rng, run=0):
    """f: form values; f['fill'] 'hand' or 'typed'. run 0/1 = two print runs."""
    font_l, font_b = ("Lib", "LibB") if run == 0 else ("Open", "OpenB")
    bar = (0.0, 0.33, 0.6) if run == 0 else (0.15, 0.15, 0.15)
    hf = f.get("hand_font", "H_ecolier")

    def val(c, x, y, text, size=11):
        if not text:
            return
        if f["fill"] == "hand":
            hand(c, x, y, text, rng, hf, size + 6)
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Cond", size - 1)
            c.drawString(x, y, text)

    def comb(c, x, y, n, cell=5 * mm, text="", gap_after=()):
        c.setStrokeColorRGB(*bar)
        c.setLineWidth(0.5)
        xx, pos = x, []
        for i in range(n):
            c.rect(xx, y - 1.5 * mm, cell, 6 * mm)
            pos.append(xx)
            xx += cell + (2 * mm if i in gap_after else 0)
        for i, ch in enumerate(text[:n]):
            if ch == " ":
                continue
            if f["fill"] == "hand":
                comb_hand(c, pos[i], y, ch, cell, rng, hf, 16)
            else:
                c.setFillColorRGB(0, 0, 0)
                c.setFont("Mono", 10)
                c.drawCentredString(pos[i] + cell / 2, y, ch)
        return xx

    def tick(c, x, y, on):
        c.setStrokeColorRGB(*bar)
        c.setLineWidth(0.6)
        c.rect(x, y - 0.5 * mm, 3.5 * mm, 3.5 * mm)
        if on:
            if f["fill"] == "hand":
                c.setStrokeColorRGB(*INK_BLUE)
                c.setLineWidth(1.3)
                j = rng.uniform(-0.4, 0.4) * mm
                c.line(x - 0.3 * mm + j, y - 0.8 * mm, x + 3.8 * mm, y + 3.3 * mm + j)
                c.line(x - 0.3 * mm, y + 3.3 * mm, x + 3.8 * mm + j, y - 0.8 * mm)
            else:
                c.setFont("SansB", 9)
                c.setFillColorRGB(0, 0, 0)
                c.drawString(x + 0.6 * mm, y + 0.1 * mm, "X")

    def section(c, y, title, w):
        if run == 0:
            c.setFillColorRGB(*bar)
            c.rect(15 * mm, y - 1.8 * mm, w - 30 * mm, 6.5 * mm, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(font_b, 10)
            c.drawString(17 * mm, y, title)
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(font_b, 11)
            c.drawString(15 * mm, y, title)
            c.setLineWidth(1)
            c.line(15 * mm, y - 2 * mm, w - 15 * mm, y - 2 * mm)
        c.setFillColorRGB(0, 0, 0)

    def page1(c, w, h):
        c.setFillColorRGB(0.0, 0.33, 0.6)
        c.setFont("LatoB", 13)
        c.drawString(15 * mm, h - 18 * mm, "l'Assurance")
        c.drawString(15 * mm, h - 23.5 * mm, "Maladie")
        c.setFillColorRGB(0, 0, 0)
        c.rect(w - 45 * mm, h - 24 * mm, 30 * mm, 12 * mm)
        c.setFont(font_b, 9)
        c.drawCentredString(w - 30 * mm, h - 17 * mm, "cerfa")
        c.setFont(font_l, 8)
        c.drawCentredString(w - 30 * mm, h - 21.5 * mm, "N° 15763*02")
        c.setFont(font_b, 14)
        c.drawCentredString(w / 2, h - 35 * mm, "Demande d'ouverture des droits")
        c.drawCentredString(w / 2, h - 41 * mm, "à l'assurance maladie")
        c.setFont(font_l, 10)
        c.drawCentredString(w / 2, h - 47 * mm, "Protection universelle maladie (PUMa)")
        c.setFont(font_l, 6.5)
        _wrap(
            c,
            15 * mm,
            h - 54 * mm,
            "Vous résidez en France de manière stable et régulière ou vous y exercez une "
            "activité professionnelle : remplissez ce formulaire pour bénéficier de la prise "
            "en charge de vos frais de santé. Joignez les pièces justificatives demandées "
            "page 2. Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, L. 111-2-3 et R. 111-2 "
            "du code de la sécurité sociale.",
            font_l,
            6.5,
            w - 30 * mm,
        )
        y = h - 70 * mm
        section(c, y, "A - VOUS", w)
        y -= 10 * mm

        def label(x, yy, t, size=8):
            c.setFont(font_l, size)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x, yy, t)

        def line_field(lab, text, yy, x=15 * mm, x_val=None, end=None):
            label(x, yy, lab)
            xv = x_val or x + c.stringWidth(lab, font_l, 8) + 2 * mm
            c.setDash(1, 1.5)
            c.setLineWidth(0.4)
            c.line(xv, yy - 1, end or w - 15 * mm, yy - 1)
            c.setDash()
            val(c, xv + 1 * mm, yy + 0.3 * mm, text)

        line_field("Nom de naissance :", f["surname"], y)
        y -= 8 * mm
        line_field("Nom d'usage (facultatif) :", f.get("usage", ""), y)
        y -= 8 * mm
        line_field("Prénom(s) :", f["given"], y)
        y -= 9 * mm
        label(15 * mm, y, "Sexe :")
        label(27 * mm, y, "F")
        tick(c, 31 * mm, y, f["sex"] == "F")
        label(40 * mm, y, "M")
        tick(c, 44 * mm, y, f["sex"] == "M")
        label(62 * mm, y, "Date de naissance :")
        comb(c, 90 * mm, y, 8, 4.6 * mm, f["dob"].strftime("%d%m%Y"), gap_after=(1, 3))
        y -= 9 * mm
        line_field("Lieu de naissance - commune :", f["pob"], y, end=120 * mm)
        line_field("pays :", f["pob_country"], y, x=123 * mm)
        y -= 8 * mm
        line_field("Nationalité :", f["nationality"], y)
        y -= 9 * mm
        label(15 * mm, y, "N° de sécurité sociale (si vous en avez un) :")
        comb(c, 85 * mm, y, 15, 4.4 * mm, f.get("nir", ""), gap_after=(0, 2, 4, 6, 9, 12))
        y -= 9 * mm
        line_field("Adresse :", f["address"], y)
        y -= 8 * mm
        label(15 * mm, y, "Code postal :")
        comb(c, 35 * mm, y, 5, 4.6 * mm, f["cp"])
        line_field("Commune :", f["city"], y, x=65 * mm)
        y -= 8 * mm
        line_field("Téléphone :", f["phone"], y, end=90 * mm)
        line_field("Courriel :", f["email"], y, x=93 * mm)
        y -= 13 * mm
        section(c, y, "B - VOTRE SITUATION", w)
        y -= 9 * mm
        c.setFont(font_l, 7.5)
        c.drawString(15 * mm, y, "Cochez la case qui correspond à votre situation :")
        y -= 7 * mm
        for key, text in SITUATIONS:
            tick(c, 17 * mm, y, key in f["situation"])
            label(23 * mm, y, text)
            if key == "salarie":
                y -= 6 * mm
                label(23 * mm, y, "Type de contrat :", 7.5)
                for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                    tick(c, 48 * mm + i * 22 * mm, y, f.get("contract") == ct)
                    label(53 * mm + i * 22 * mm, y, ct, 7.5)
                y -= 6 * mm
                line_field("Emploi occupé :", f.get("job", ""), y, x=23 * mm)
            if key == "autre":
                c.setDash(1, 1.5)
                c.line(60 * mm, y - 1, w - 15 * mm, y - 1)
                c.setDash()
            y -= 7.5 * mm
        c.setFont(font_l, 6.5)
        c.drawRightString(w - 15 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 1/2")

    def page2(c, w, h):
        y = h - 20 * mm
        section(c, y, "C - VOS ENGAGEMENTS ET SIGNATURE", w)
        c.setFont(font_l, 8.5)
        y = _wrap(
            c,
            15 * mm,
            y - 10 * mm,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
            "formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
            "changement de situation (adresse, activité, résidence). La loi rend passible "
            "d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de "
            "fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du "
            "code pénal).",
            font_l,
            8.5,
            w - 30 * mm,
        )
        y -= 6 * mm
        c.drawString(15 * mm, y, "Fait à")
        c.setDash(1, 1.5)
        c.line(26 * mm, y - 1, 95 * mm, y - 1)
        c.line(105 * mm, y - 1, 150 * mm, y - 1)
        c.setDash()
        c.drawString(99 * mm, y, "le")
        val(c, 28 * mm, y + 0.3 * mm, f["place"])
        val(c, 107 * mm, y + 0.3 * mm, f["date_text"])
        y -= 8 * mm
        bx, by, bw, bh = 110 * mm, y - 30 * mm, 80 * mm, 28 * mm
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(*bar)
        c.rect(bx, by, bw, bh)
        if run == 0:
            c.setFont(font_l, 8)
            c.drawString(bx, by + bh + 1.5 * mm, "Signature")
        else:
            c.setFillColorRGB(0.7, 0.7, 0.7)
            c.setFont(font_l, 9)
            c.drawString(bx + 2 * mm, by + bh - 4 * mm, "Signature")
            c.setFillColorRGB(0, 0, 0)
        if f["signed"]:
            signature(c, bx + 8 * mm, by + 4 * mm, bw - 20 * mm, bh - 10 * mm, rng)
        y = by - 12 * mm
        section(c, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", w)
        y -= 9 * mm
        c.setFont(font_l, 8.5)
        for s in [
            "• la photocopie d'une pièce d'identité (passeport, ou carte nationale d'identité "
            "pour les ressortissants de l'UE/EEE/Suisse) ;",
            "• si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : la photocopie de votre "
            "titre de séjour, VLS-TS ou récépissé ;",
            "• la photocopie de votre acte de naissance (copie intégrale ou extrait avec "
            "filiation) ;",
            "• un justificatif de résidence en France depuis plus de 3 mois (bail, factures, "
            "attestation d'hébergement...) ;",
            "• un relevé d'identité bancaire (RIB) à votre nom ;",
            "• si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]:
            y = _wrap(c, 17 * mm, y, s, font_l, 8.5, w - 34 * mm) - 1.5 * mm
        y -= 8 * mm
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.setDash(3, 2)
        c.rect(15 * mm, y - 28 * mm, w - 30 * mm, 30 * mm)
        c.setDash()
        c.setFont(font_b, 8.5)
        c.drawString(18 * mm, y - 4 * mm, "Cadre réservé à l'organisme")
        c.setFont(font_l, 8)
        c.drawString(18 * mm, y - 11 * mm, "Date de réception : ....../....../..........")
        c.drawString(18 * mm, y - 18 * mm, "Pièces vérifiées :  oui  /  non")
        c.drawString(110 * mm, y - 11 * mm, "Matricule agent : ..................")
        c.setFont(font_l, 6.5)
        c.drawRightString(w - 15 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 2/2")

    return A4, [page1, page2]
