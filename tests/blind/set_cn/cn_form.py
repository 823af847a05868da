"""The cerfa 15763*02 (S1106) form, two print runs, filled by hand or typed."""

from cn_util import MM, comb_hand, hand, signature

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant) en France"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité et résidez en France de manière stable et "
            "régulière depuis plus de 3 mois"
        ),
    ),
    ("autre", "Autre situation (précisez) :"),
]


def _bar(c, run, x, y, w, text):
    if run == "A":
        c.setFillColorRGB(0.0, 0.32, 0.6)
        c.rect(x, y - 1.5 * MM, w, 6.5 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("sansb", 10)
        c.drawString(x + 2 * MM, y, text)
        c.setFillColorRGB(0, 0, 0)
    else:
        c.setFillColorRGB(0, 0, 0)
        c.setFont("carlitob", 11)
        c.drawString(x, y, text)
        c.setLineWidth(1)
        c.line(x, y - 1.8 * MM, x + w, y - 1.8 * MM)


def _comb(c, x, y, n, cell, hgt=6 * MM):
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.rect(x, y, n * cell, hgt)
    for i in range(1, n):
        c.line(x + i * cell, y, x + i * cell, y + hgt * 0.35)


def _box(c, x, y, s=3.2 * MM):
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0.1, 0.1, 0.1)
    c.rect(x, y, s, s)


def form_pages(f, rng, run="A", fill="hand"):
    """f: surname, usage, given, sex, dob (ISO), pob, pays, nat, address, cp, commune, tel,
    email, situation, contract, job, place, date_text (None=blank), signed."""
    lf = "sans" if run == "A" else "carlito"
    lfb = "sansb" if run == "A" else "carlitob"
    hf = f.get("hand_font", "ecolier")
    ink = (0.08, 0.12, 0.45) if f.get("ink") != "black" else (0.08, 0.08, 0.1)
    cell = 5 * MM if run == "A" else 4.6 * MM

    def val(c, x, y, text, size=10.5, comb=False):
        if not text:
            return
        if fill == "hand":
            if comb:
                comb_hand(c, x, y, text.upper(), cell, 11, rng, hf, ink)
            else:
                hand(c, x, y, text, size + 1.5, rng, hf, ink)
        else:
            c.saveState()
            c.setFillColorRGB(0, 0, 0)
            c.setFont("mono" if comb else "dv", 10 if comb else size - 1)
            if comb:
                for i, ch in enumerate(text.upper()):
                    c.drawCentredString(x + i * cell + cell / 2, y, ch)
            else:
                c.drawString(x, y, text)
            c.restoreState()

    def tick(c, x, y):
        if fill == "hand":
            hand(c, x + 0.3 * MM, y + 0.2 * MM, "X", 11, rng, hf, ink)
        else:
            c.saveState()
            c.setFont("dvb", 10)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x + 0.5 * MM, y + 0.5 * MM, "X")
            c.restoreState()

    def page1(c, w, h):
        m = 14 * MM
        c.setFillColorRGB(0.0, 0.32, 0.6)
        c.setFont("sansb", 13)
        c.drawString(m, h - 16 * MM, "l'Assurance")
        c.drawString(m, h - 21 * MM, "Maladie")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(lfb, 13 if run == "A" else 14)
        c.drawCentredString(w / 2 + 10 * MM, h - 16 * MM, "Demande d'ouverture des droits")
        c.drawCentredString(w / 2 + 10 * MM, h - 22 * MM, "à l'assurance maladie")
        c.setFont(lf, 9.5)
        c.drawCentredString(w / 2 + 10 * MM, h - 27 * MM, "Protection universelle maladie (PUMa)")
        c.setLineWidth(0.8)
        c.rect(w - m - 24 * MM, h - 20 * MM, 24 * MM, 9 * MM)
        c.setFont(lfb, 8)
        c.drawCentredString(w - m - 12 * MM, h - 14.5 * MM, "cerfa")
        c.setFont(lf, 7.5)
        c.drawCentredString(w - m - 12 * MM, h - 18.5 * MM, "N° 15763*02")
        c.setFont(lf, 6.8)
        notice = [
            (
                "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3 et D. 160-2 du code de la sécurité "
                "sociale."
            ),
            (
                "Ce formulaire permet de demander l'ouverture de vos droits à la prise en charge de "
                "vos frais de santé au titre de votre"
            ),
            (
                "activité professionnelle ou de votre résidence stable et régulière en France. "
                "Remplissez-le en majuscules et joignez les pièces demandées."
            ),
        ]
        for i, t in enumerate(notice):
            c.drawString(m, h - (35 + 3.3 * i) * MM, t)
        y = h - 52 * MM
        _bar(c, run, m, y, w - 2 * m, "A  VOUS")
        y -= 11 * MM if run == "A" else 16 * MM
        rows = [
            ("Nom de naissance", "surname", 22),
            ("Nom d'usage (facultatif)", "usage", 22),
            ("Prénom(s)", "given", 22),
        ]
        for lab, key, n in rows:
            c.setFont(lf, 8.5)
            c.setFillColorRGB(0, 0, 0)
            if run == "A":
                c.drawString(m, y + 1.5 * MM, lab)
                _comb(c, m + 46 * MM, y, n, cell)
                val(c, m + 46 * MM, y + 1.3 * MM, f.get(key, ""), comb=True)
                y -= 9 * MM
            else:
                c.drawString(m, y + 7.5 * MM, lab)
                _comb(c, m, y, n + 6, cell)
                val(c, m, y + 1.3 * MM, f.get(key, ""), comb=True)
                y -= 13 * MM
        c.setFont(lf, 8.5)
        c.drawString(m, y + 1.5 * MM, "Sexe :")
        c.drawString(m + 14 * MM, y + 1.5 * MM, "F")
        _box(c, m + 18 * MM, y + 0.8 * MM)
        c.drawString(m + 26 * MM, y + 1.5 * MM, "M")
        _box(c, m + 30 * MM, y + 0.8 * MM)
        tick(c, m + (18 if f["sex"] == "F" else 30) * MM, y + 0.8 * MM)
        c.drawString(m + 48 * MM, y + 1.5 * MM, "Date de naissance")
        dx = m + 78 * MM
        dd = f["dob"][8:10] + f["dob"][5:7] + f["dob"][0:4]
        for k, (a, b) in enumerate(((0, 2), (2, 4), (4, 8))):
            _comb(c, dx, y, b - a, cell)
            val(c, dx, y + 1.3 * MM, dd[a:b], comb=True)
            dx += (b - a) * cell + 3 * MM
        c.setFont(lf, 6)
        c.drawString(m + 78 * MM, y - 3 * MM, "J J      M M       A A A A")
        y -= 12 * MM
        lines = [
            ("Lieu de naissance : commune", f["pob"], "pays", f["pays"]),
            ("Nationalité", f["nat"], None, None),
        ]
        for lab, v1, lab2, v2 in lines:
            c.setFont(lf, 8.5)
            c.drawString(m, y, lab)
            lw = c.stringWidth(lab, lf, 8.5) + 3 * MM
            c.setDash(1, 2)
            c.line(m + lw, y - 1, w - m, y - 1)
            c.setDash()
            val(c, m + lw + 2 * MM, y + 0.5, v1)
            if lab2:
                c.setFont(lf, 8.5)
                c.drawString(m + 115 * MM, y, lab2)
                val(c, m + 125 * MM, y + 0.5, v2)
            y -= 9 * MM
        c.setFont(lf, 8.5)
        c.drawString(m, y + 1.5 * MM, "N° de sécurité sociale (si vous en avez un)")
        _comb(c, m + 62 * MM, y, 13, cell * 0.9)
        _comb(c, m + 62 * MM + 14 * cell * 0.9, y, 2, cell * 0.9)
        y -= 9 * MM
        c.drawString(m, y + 1.5 * MM, "N° d'allocataire CAF (facultatif)")
        _comb(c, m + 62 * MM, y, 8, cell * 0.9)
        y -= 11 * MM
        for lab, v in [
            ("Adresse", f["address"]),
            ("Code postal", None),
            ("Téléphone", f["tel"]),
            ("Adresse e-mail", f["email"]),
        ]:
            c.setFont(lf, 8.5)
            c.drawString(m, y, lab)
            if lab == "Code postal":
                _comb(c, m + 22 * MM, y - 1.3 * MM, 5, cell)
                val(c, m + 22 * MM, y, f["cp"], comb=True)
                c.setFont(lf, 8.5)
                c.drawString(m + 55 * MM, y, "Commune")
                c.setDash(1, 2)
                c.line(m + 70 * MM, y - 1, w - m, y - 1)
                c.setDash()
                val(c, m + 72 * MM, y + 0.5, f["commune"])
            else:
                c.setDash(1, 2)
                c.line(m + 25 * MM, y - 1, w - m, y - 1)
                c.setDash()
                val(c, m + 27 * MM, y + 0.5, v)
            y -= 9 * MM
        y -= 3 * MM
        _bar(c, run, m, y, w - 2 * m, "B  VOTRE SITUATION")
        y -= 10 * MM
        c.setFont(lf, 8.5)
        c.drawString(m, y, "Cochez la case correspondant à votre situation :")
        y -= 8 * MM
        for key, lab in SITUATIONS:
            _box(c, m, y - 0.8 * MM)
            c.setFont(lf, 8.5)
            c.drawString(m + 6 * MM, y, lab)
            if key == f["situation"]:
                tick(c, m, y - 0.8 * MM)
            if key == "salarie":
                y -= 6 * MM
                c.drawString(m + 10 * MM, y, "Type de contrat :")
                xx = m + 38 * MM
                for ct in ("CDI", "CDD", "Intérim", "Autre"):
                    _box(c, xx, y - 0.8 * MM)
                    c.drawString(xx + 5 * MM, y, ct)
                    if f.get("contract") == ct:
                        tick(c, xx, y - 0.8 * MM)
                    xx += 22 * MM
                y -= 6 * MM
                c.drawString(m + 10 * MM, y, "Emploi occupé :")
                c.setDash(1, 2)
                c.line(m + 36 * MM, y - 1, w - m, y - 1)
                c.setDash()
                val(c, m + 38 * MM, y + 0.5, f.get("job", ""))
            y -= 7 * MM
        c.setFont(lf, 7)
        c.drawString(m, 10 * MM, "S1106 — cerfa n° 15763*02 — page 1/2")

    def page2(c, w, h):
        m = 14 * MM
        y = h - 20 * MM
        _bar(c, run, m, y, w - 2 * m, "C  VOS ENGAGEMENTS ET SIGNATURE")
        y -= 10 * MM
        c.setFont(lf, 8.5)
        for t in [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
            "Je m'engage à signaler à ma caisse tout changement dans ma situation.",
            (
                "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
                "(articles 313-1, 313-3, 433-19, 441-1 et 441-7"
            ),
            "du code pénal, article L. 114-13 du code de la sécurité sociale).",
        ]:
            c.drawString(m, y, t)
            y -= 4.5 * MM
        y -= 6 * MM
        c.drawString(m, y, "Fait à")
        c.setDash(1, 2)
        c.line(m + 10 * MM, y - 1, m + 80 * MM, y - 1)
        c.line(m + 92 * MM, y - 1, m + 140 * MM, y - 1)
        c.setDash()
        c.drawString(m + 86 * MM, y, "le")
        val(c, m + 12 * MM, y + 0.5, f["place"])
        if f.get("date_text"):
            val(c, m + 94 * MM, y + 0.5, f["date_text"])
        y -= 8 * MM
        c.setLineWidth(0.7)
        c.rect(m + 95 * MM, y - 30 * MM, 80 * MM, 30 * MM)
        if run == "A":
            c.drawString(m + 97 * MM, y - 4 * MM, "Signature")
        else:
            c.drawString(m + 95 * MM, y + 1.5 * MM, "Signature")
        if f.get("signed"):
            signature(c, m + 105 * MM, y - 25 * MM, 55 * MM, 16 * MM, rng, ink)
        y -= 42 * MM
        _bar(c, run, m, y, w - 2 * m, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 9 * MM
        c.setFont(lf, 8.3)
        for t in [
            "- la photocopie d'une pièce d'identité (passeport ou carte nationale d'identité) ;",
            (
                "- pour les ressortissants hors UE/EEE/Suisse : titre de séjour, VLS-TS, ou récépissé "
                "de demande ;"
            ),
            (
                "- une pièce d'état civil : copie intégrale d'acte de naissance, ou extrait avec "
                "filiation (apostillé ou légalisé) ;"
            ),
            (
                "- un justificatif de résidence en France depuis plus de trois mois (bail, trois "
                "factures successives,"
            ),
            (
                "  ou attestation d'hébergement accompagnée de la pièce d'identité et d'un "
                "justificatif de domicile de l'hébergeant) ;"
            ),
            "- un relevé d'identité bancaire (RIB) à votre nom ;",
            "- si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
        ]:
            c.drawString(m, y, t)
            y -= 5 * MM
        y -= 8 * MM
        c.setFillColorRGB(0.93, 0.93, 0.93)
        c.rect(m, y - 28 * MM, w - 2 * m, 30 * MM, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(lfb, 8.5)
        c.drawString(m + 3 * MM, y - 4 * MM, "Cadre réservé à l'organisme")
        c.setFont(lf, 8)
        c.drawString(m + 3 * MM, y - 11 * MM, "Date de réception : ____/____/________")
        c.drawString(m + 3 * MM, y - 18 * MM, "Pièces vérifiées :  oui  /  non")
        c.drawString(m + 3 * MM, y - 25 * MM, "Matricule agent : ______________")
        c.setFont(lf, 7)
        c.drawString(m, 10 * MM, "S1106 — cerfa n° 15763*02 — page 2/2")

    return [page1, page2]
