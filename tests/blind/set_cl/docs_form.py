"""Cerfa 15763*02 (S1106) application form: two print runs, hand or typed fill."""

from util import MM, draw_signature, hand_comb, hand_text, make_pdf

RUNS = {
    "A": dict(f="Sans", fb="SansB", bar=(0.0, 0.33, 0.6), bars=True, pitch=5.2 * MM),
    "B": dict(f="Carlito", fb="CarlitoB", bar=(0.1, 0.1, 0.1), bars=False, pitch=4.6 * MM),
}
INK = (0.08, 0.12, 0.45)


def form(d, rng, run="A", fill="hand", hand_font="Hand1"):
    """d: surname, usage, given, sex, dob (ISO), pob, nationality, address, cp, city, phone,
    email, situation ('salarie'|'sans_activite'), contract, job, place, date_text, signed."""
    r = RUNS[run]
    f, fb = r["f"], r["fb"]
    pitch = r["pitch"]

    def val(c, x, y, text, size=10.5):
        if not text:
            return
        if fill == "hand":
            hand_text(c, x, y, text, rng, hand_font, size + 1.5, INK)
        else:
            c.setFont("Mono", size)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x, y, text)

    def comb(c, x, y, n, text=""):
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.5)
        for i in range(n):
            c.rect(x + i * pitch, y - 1.5 * MM, pitch, 6 * MM)
        if text:
            if fill == "hand":
                hand_comb(c, x, y, pitch, text, rng, hand_font, 11, INK)
            else:
                c.setFont("Mono", 10.5)
                c.setFillColorRGB(0, 0, 0)
                for i, ch in enumerate(text):
                    c.drawCentredString(x + i * pitch + pitch / 2, y, ch)

    def section(c, w, y, title):
        if r["bars"]:
            c.setFillColorRGB(*r["bar"])
            c.rect(15 * MM, y - 2 * MM, w - 30 * MM, 7 * MM, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(fb, 10.5)
            c.drawString(18 * MM, y, title)
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(fb, 12)
            c.drawString(15 * MM, y, title)
            c.setLineWidth(1.2)
            c.line(15 * MM, y - 2 * MM, w - 15 * MM, y - 2 * MM)
        c.setFillColorRGB(0, 0, 0)

    def label(c, x, y, t, size=9):
        c.setFont(f, size)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x, y, t)
        return x + c.stringWidth(t, f, size) + 2 * MM

    def box(c, x, y, ticked):
        c.setLineWidth(0.7)
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(x, y - 0.5 * MM, 3.5 * MM, 3.5 * MM)
        if ticked:
            if fill == "hand":
                c.setStrokeColorRGB(*INK)
                c.setLineWidth(1.3)
                c.line(x - 0.3 * MM, y + 3.2 * MM, x + 3.9 * MM, y - 0.9 * MM)
                c.line(x - 0.2 * MM, y - 0.7 * MM, x + 3.7 * MM, y + 3.4 * MM)
            else:
                c.setFont("MonoB", 10)
                c.drawString(x + 0.5 * MM, y, "X")

    def page1(c, w, h):
        c.setFillColorRGB(*r["bar"])
        c.setFont(fb, 15)
        c.drawString(15 * MM, h - 20 * MM, "l'Assurance")
        c.drawString(15 * MM, h - 26 * MM, "Maladie")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fb, 13)
        c.drawString(58 * MM, h - 19 * MM, "Demande d'ouverture des droits")
        c.drawString(58 * MM, h - 25 * MM, "à l'assurance maladie")
        c.setFont(f, 10)
        c.drawString(58 * MM, h - 31 * MM, "Protection universelle maladie (PUMa)")
        c.setLineWidth(0.8)
        c.rect(w - 45 * MM, h - 28 * MM, 30 * MM, 12 * MM)
        c.setFont(fb, 9)
        c.drawCentredString(w - 30 * MM, h - 21 * MM, "cerfa")
        c.setFont(f, 8)
        c.drawCentredString(w - 30 * MM, h - 25.5 * MM, "N° 15763*02")
        c.setFont(f, 6.8)
        notice = [
            "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
            "professionnelle : remplissez ce formulaire pour",
            "bénéficier de la prise en charge de vos frais de santé. Joignez les pièces "
            "justificatives listées page 2.",
            "Articles L. 160-1, L. 160-5, L. 160-17 et R. 111-2 et suivants du code de la "
            "sécurité sociale.",
        ]
        for i, t in enumerate(notice):
            c.drawString(15 * MM, h - (39 + 3.2 * i) * MM, t)
        y = h - 55 * MM
        section(c, w, y, "A  VOUS")
        y -= 11 * MM
        x = label(c, 15 * MM, y, "Nom de naissance")
        c.setDash(1, 2)
        c.line(x, y - 1, w - 15 * MM, y - 1)
        c.setDash()
        val(c, x + 2 * MM, y + 0.5, d["surname"])
        y -= 8 * MM
        x = label(c, 15 * MM, y, "Nom d'usage (facultatif)")
        c.setDash(1, 2)
        c.line(x, y - 1, w - 15 * MM, y - 1)
        c.setDash()
        val(c, x + 2 * MM, y + 0.5, d.get("usage") or "")
        y -= 8 * MM
        x = label(c, 15 * MM, y, "Prénom(s)")
        c.setDash(1, 2)
        c.line(x, y - 1, w - 15 * MM, y - 1)
        c.setDash()
        val(c, x + 2 * MM, y + 0.5, d["given"])
        y -= 10 * MM
        x = label(c, 15 * MM, y, "Sexe")
        box(c, x, y, d["sex"] == "F")
        label(c, x + 5 * MM, y, "F")
        box(c, x + 12 * MM, y, d["sex"] == "M")
        label(c, x + 17 * MM, y, "M")
        x = label(c, 75 * MM, y, "Date de naissance")
        yy, mm, dd = d["dob_form"].split("-")
        comb(c, x, y, 2, dd)
        comb(c, x + 2 * pitch + 2 * MM, y, 2, mm)
        comb(c, x + 4 * pitch + 4 * MM, y, 4, yy)
        y -= 10 * MM
        x = label(c, 15 * MM, y, "Lieu de naissance : commune")
        val(c, x, y + 0.5, d["pob_city"])
        x = label(c, 120 * MM, y, "pays")
        val(c, x, y + 0.5, d["pob_country"])
        y -= 8 * MM
        x = label(c, 15 * MM, y, "Nationalité")
        val(c, x, y + 0.5, d["nationality"])
        y -= 10 * MM
        x = label(c, 15 * MM, y, "N° de sécurité sociale (si vous en avez un)")
        comb(c, x, y, 13)
        comb(c, x + 13 * pitch + 3 * MM, y, 2)
        y -= 11 * MM
        x = label(c, 15 * MM, y, "Adresse")
        c.setDash(1, 2)
        c.line(x, y - 1, w - 15 * MM, y - 1)
        c.setDash()
        val(c, x + 2 * MM, y + 0.5, d["address"])
        y -= 10 * MM
        x = label(c, 15 * MM, y, "Code postal")
        comb(c, x, y, 5, d["cp"])
        x = label(c, x + 5 * pitch + 6 * MM, y, "Commune")
        val(c, x, y + 0.5, d["city"])
        y -= 9 * MM
        x = label(c, 15 * MM, y, "Téléphone")
        val(c, x, y + 0.5, d["phone"])
        x = label(c, 95 * MM, y, "Courriel")
        val(c, x, y + 0.5, d["email"], 9.5)
        y -= 16 * MM
        section(c, w, y, "B  VOTRE SITUATION")
        y -= 10 * MM
        s = d["situation"]
        opts = [
            ("salarie", "Vous exercez une activité salariée en France"),
            ("independant", "Vous exercez une activité indépendante en France"),
            ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
            ("etudiant", "Vous êtes étudiant(e)"),
            (
                "sans_activite",
                "Vous êtes sans activité et résidez en France de manière stable "
                "depuis plus de trois mois",
            ),
            ("autre", "Autre situation, précisez :"),
        ]
        for key, text in opts:
            box(c, 15 * MM, y, s == key)
            label(c, 21 * MM, y, text)
            if key == "salarie":
                y -= 7 * MM
                x = label(c, 25 * MM, y, "Emploi occupé :", 8.5)
                val(c, x, y + 0.5, d.get("job") or "", 10)
                x = label(c, 105 * MM, y, "Type de contrat :", 8.5)
                for ct in ["CDI", "CDD", "Intérim", "Autre"]:
                    box(c, x, y, d.get("contract") == ct)
                    x = label(c, x + 5 * MM, y, ct, 8.5) + 1 * MM
            y -= 8 * MM
        c.setFont(f, 7)
        c.drawRightString(w - 15 * MM, 10 * MM, "S1106 — cerfa n° 15763*02 — page 1/2")

    def page2(c, w, h):
        y = h - 22 * MM
        section(c, w, y, "C  VOS ENGAGEMENTS ET SIGNATURE")
        y -= 10 * MM
        c.setFont(f, 8.6)
        for t in [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
            "Je m'engage à signaler à ma caisse d'assurance maladie tout changement de ma "
            "situation (adresse, activité, résidence).",
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
            "fraudes ou de fausses déclarations",
            "(articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal ; article L. 114-13 "
            "du code de la sécurité sociale).",
        ]:
            c.drawString(15 * MM, y, t)
            y -= 4.5 * MM
        y -= 6 * MM
        x = label(c, 15 * MM, y, "Fait à", 10)
        c.setDash(1, 2)
        c.line(x, y - 1, x + 55 * MM, y - 1)
        c.setDash()
        val(c, x + 2 * MM, y + 0.5, d["place"])
        x2 = label(c, x + 60 * MM, y, "le", 10)
        c.setDash(1, 2)
        c.line(x2, y - 1, x2 + 45 * MM, y - 1)
        c.setDash()
        if fill == "hand" or d.get("date_by_hand"):
            hand_text(c, x2 + 2 * MM, y + 0.5, d["date_text"], rng, hand_font, 12, INK)
        else:
            val(c, x2 + 2 * MM, y + 0.5, d["date_text"])
        y -= 8 * MM
        if run == "A":
            c.setFont(fb, 9)
            c.drawString(110 * MM, y, "Signature")
            c.rect(110 * MM, y - 32 * MM, 80 * MM, 29 * MM)
            sig_y = y - 28 * MM
        else:
            c.rect(110 * MM, y - 30 * MM, 80 * MM, 30 * MM)
            c.setFont(f, 9)
            c.setFillColorRGB(0.6, 0.6, 0.6)
            c.drawString(112 * MM, y - 4 * MM, "Signature")
            c.setFillColorRGB(0, 0, 0)
            sig_y = y - 26 * MM
        if d["signed"]:
            draw_signature(c, 118 * MM, sig_y, 60 * MM, 18 * MM, rng, ink=d.get("sig_ink", INK))
        y -= 44 * MM
        section(c, w, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 9 * MM
        c.setFont(f, 8.6)
        for t in [
            "• la photocopie d'une pièce d'identité (passeport, ou carte nationale d'identité pour "
            "les ressortissants UE/EEE/Suisse) ;",
            "• pour les personnes étrangères hors UE : la photocopie du titre de séjour, du VLS-TS "
            "ou du récépissé de demande ;",
            "• la copie intégrale de votre acte de naissance ou un extrait avec filiation (avec "
            "apostille ou légalisation le cas échéant) ;",
            "• un justificatif de résidence en France depuis plus de trois mois (bail, trois "
            "factures successives, attestation",
            "   d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile "
            "de l'hébergeant) ;",
            "• un relevé d'identité bancaire (RIB) à votre nom ;",
            "• si vous travaillez : le contrat de travail ou le dernier bulletin de salaire.",
        ]:
            c.drawString(17 * MM, y, t)
            y -= 5 * MM
        y -= 8 * MM
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.rect(15 * MM, y - 28 * MM, w - 30 * MM, 30 * MM)
        c.setDash()
        c.setFont(fb, 9)
        c.drawString(18 * MM, y - 4 * MM, "Cadre réservé à l'organisme")
        c.setFont(f, 8.5)
        c.drawString(18 * MM, y - 11 * MM, "Date de réception : ....../....../..........")
        c.drawString(18 * MM, y - 17 * MM, "Pièces vérifiées :  oui  □   non  □")
        c.drawString(18 * MM, y - 23 * MM, "Matricule agent : ..........................")
        c.setFont(f, 7)
        c.drawRightString(w - 15 * MM, 10 * MM, "S1106 — cerfa n° 15763*02 — page 2/2")

    return make_pdf([page1, page2])
