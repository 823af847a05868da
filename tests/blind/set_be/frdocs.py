"""French pieces: cerfa 15763*02, bills, lease, attestation, RIB, payslip, contract."""

from reportlab.lib.units import mm

from common import BLUE_INK, fr_date, signature


def _box(c, x, y, w, h, title=None):
    c.setLineWidth(0.6)
    c.rect(x, y, w, h)
    if title:
        c.setFillColorRGB(0.1, 0.3, 0.55)
        c.rect(x, y + h - 6 * mm, w, 6 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("ArialB", 9)
        c.drawString(x + 2 * mm, y + h - 4.3 * mm, title)
        c.setFillColorRGB(0, 0, 0)


def _cells(c, x, y, n, txt, font, size, cw=4.2 * mm, ink=(0, 0, 0)):
    c.setLineWidth(0.4)
    for i in range(n):
        c.rect(x + i * cw, y - 1.2 * mm, cw, 5 * mm)
    c.setFillColorRGB(*ink)
    c.setFont(font, size)
    for i, ch in enumerate(txt[:n]):
        c.drawCentredString(x + i * cw + cw / 2, y, ch)
    c.setFillColorRGB(0, 0, 0)


def cerfa(fm, rng):
    """fm: surname, usage, given, dob, pob, nat, address, cp, city, phone, email, employed,
    job, contract, signed_on, city_signed, hand (bool)."""
    hand = fm["hand"]
    vf = "Hand1" if hand else "Courier"
    vs = 14 if hand else 9.5
    ink = (0.08, 0.15, 0.55) if hand else (0, 0, 0)

    def val(c, x, y, t):
        c.setFillColorRGB(*ink)
        c.setFont(vf, vs)
        c.drawString(x, y, t)
        c.setFillColorRGB(0, 0, 0)

    def p1(c, w, h):
        c.setFont("ArialB", 7)
        c.drawString(15 * mm, h - 14 * mm, "L'Assurance Maladie")
        c.rect(w - 42 * mm, h - 20 * mm, 28 * mm, 9 * mm)
        c.setFont("ArialB", 8)
        c.drawString(w - 40 * mm, h - 14.5 * mm, "cerfa")
        c.setFont("Arial", 7)
        c.drawString(w - 40 * mm, h - 18 * mm, "N° 15763*02")
        c.setFont("ArialB", 13)
        c.drawCentredString(w / 2, h - 30 * mm, "Demande d'ouverture des droits")
        c.drawCentredString(w / 2, h - 36 * mm, "à l'assurance maladie")
        c.setFont("Arial", 7.5)
        c.drawCentredString(
            w / 2,
            h - 41 * mm,
            "Protection universelle maladie - Articles "
            "L.160-1, L.160-5 et R.111-2 du Code de la sécurité sociale",
        )
        c.drawCentredString(
            w / 2,
            h - 45 * mm,
            "Vous résidez en France de manière stable et "
            "régulière ou vous y exercez une activité professionnelle.",
        )
        bx, bw = 14 * mm, w - 28 * mm
        top = h - 52 * mm
        _box(c, bx, top - 135 * mm, bw, 135 * mm, "A - VOTRE IDENTITÉ")
        c.setFont("Arial", 8)
        y = top - 14 * mm
        lab = [
            ("Nom de naissance", fm["surname"]),
            ("Nom d'usage (facultatif)", fm["usage"]),
            ("Prénom(s)", fm["given"]),
        ]
        for k, v in lab:
            c.setFont("Arial", 8)
            c.drawString(bx + 3 * mm, y, k)
            c.line(bx + 48 * mm, y - 1, bx + bw - 4 * mm, y - 1)
            val(c, bx + 50 * mm, y + 0.5, v)
            y -= 9 * mm
        c.setFont("Arial", 8)
        c.drawString(bx + 3 * mm, y, "Date de naissance")
        d = fm["dob"]
        _cells(c, bx + 48 * mm, y, 8, d[8:10] + d[5:7] + d[0:4], vf, vs, ink=ink)
        c.setFont("Arial", 8)
        sx = bx + 90 * mm
        c.drawString(sx, y, "Sexe :")
        for i, lab_s in enumerate("FM"):
            c.setFont("Arial", 8)
            c.drawString(sx + (12 + 12 * i) * mm, y, lab_s)
            c.rect(sx + (15 + 12 * i) * mm, y - 1, 3.2 * mm, 3.2 * mm)
            if fm["sex"] == lab_s:
                val(c, sx + (15.3 + 12 * i) * mm, y - 0.2, "X")
        y -= 9 * mm
        c.setFont("Arial", 8)
        c.drawString(bx + 3 * mm, y, "Lieu de naissance (commune, pays)")
        c.line(bx + 60 * mm, y - 1, bx + bw - 4 * mm, y - 1)
        val(c, bx + 62 * mm, y + 0.5, fm["pob"])
        y -= 9 * mm
        c.setFont("Arial", 8)
        c.drawString(bx + 3 * mm, y, "Nationalité")
        c.line(bx + 48 * mm, y - 1, bx + bw - 4 * mm, y - 1)
        val(c, bx + 50 * mm, y + 0.5, fm["nat"])
        y -= 10 * mm
        c.setFont("Arial", 8)
        c.drawString(bx + 3 * mm, y, "N° de sécurité sociale (si vous en avez un)")
        _cells(c, bx + 70 * mm, y, 15, "", vf, vs)
        y -= 9 * mm
        c.setFont("Arial", 8)
        c.drawString(bx + 3 * mm, y, "N° d'allocataire CAF (si vous en avez un)")
        _cells(c, bx + 70 * mm, y, 8, "", vf, vs)
        y -= 11 * mm
        c.setFont("Arial", 8)
        c.drawString(bx + 3 * mm, y, "Adresse")
        c.line(bx + 30 * mm, y - 1, bx + bw - 4 * mm, y - 1)
        val(c, bx + 32 * mm, y + 0.5, fm["address"])
        y -= 9 * mm
        c.setFont("Arial", 8)
        c.drawString(bx + 3 * mm, y, "Code postal")
        _cells(c, bx + 30 * mm, y, 5, fm["cp"], vf, vs, ink=ink)
        c.setFont("Arial", 8)
        c.drawString(bx + 58 * mm, y, "Commune")
        c.line(bx + 74 * mm, y - 1, bx + bw - 4 * mm, y - 1)
        val(c, bx + 76 * mm, y + 0.5, fm["city"])
        y -= 9 * mm
        c.setFont("Arial", 8)
        c.drawString(bx + 3 * mm, y, "Téléphone")
        val(c, bx + 30 * mm, y + 0.5, fm["phone"])
        c.setFont("Arial", 8)
        c.drawString(bx + 85 * mm, y, "Courriel")
        val(c, bx + 100 * mm, y + 0.5, fm["email"])
        btop = top - 140 * mm
        _box(c, bx, btop - 62 * mm, bw, 62 * mm, "B - VOTRE SITUATION")
        y = btop - 14 * mm
        opts = [
            (
                "employed",
                "Vous exercez une activité professionnelle salariée ou non salariée en France",
            ),
            ("not_employed", "Vous êtes sans activité professionnelle"),
            ("other", "Autre situation (étudiant, demandeur d'emploi, retraité...) :"),
        ]
        for key, t in opts:
            c.rect(bx + 4 * mm, y - 1, 3.2 * mm, 3.2 * mm)
            c.setFont("Arial", 8)
            c.drawString(bx + 10 * mm, y, t)
            if fm["status"] == key:
                val(c, bx + 4.3 * mm, y - 0.2, "X")
            if key == "employed":
                y -= 7 * mm
                c.setFont("Arial", 8)
                c.drawString(bx + 14 * mm, y, "Profession :")
                c.line(bx + 33 * mm, y - 1, bx + 110 * mm, y - 1)
                val(c, bx + 35 * mm, y + 0.5, fm.get("job", ""))
                y -= 7 * mm
                c.setFont("Arial", 8)
                c.drawString(bx + 14 * mm, y, "Type de contrat :")
                for i, ct in enumerate(["CDI", "CDD", "Autre"]):
                    xx = bx + (42 + 16 * i) * mm
                    c.setFont("Arial", 8)
                    c.rect(xx, y - 1, 3.2 * mm, 3.2 * mm)
                    c.drawString(xx + 4.5 * mm, y, ct)
                    if fm.get("contract") == ct:
                        val(c, xx + 0.3 * mm, y - 0.2, "X")
                c.setFont("Arial", 8)
                c.drawString(bx + 14 * mm, y - 7 * mm, "Nom de l'employeur :")
                c.line(bx + 45 * mm, y - 7 * mm - 1, bx + 150 * mm, y - 7 * mm - 1)
                val(c, bx + 47 * mm, y - 7 * mm + 0.5, fm.get("employer", ""))
                y -= 7 * mm
            y -= 10 * mm
        c.setFont("Arial", 6)
        c.drawString(14 * mm, 10 * mm, "S1106 - 15763*02")
        c.drawRightString(w - 14 * mm, 10 * mm, "1/2")

    def p2(c, w, h):
        bx, bw = 14 * mm, w - 28 * mm
        top = h - 20 * mm
        _box(c, bx, top - 70 * mm, bw, 70 * mm, "C - ENGAGEMENT ET SIGNATURE")
        c.setFont("Arial", 8)
        lines = [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
            "formulaire et m'engage",
            "à signaler à ma caisse tout changement dans ma situation.",
            "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
            "(articles 313-1 à 313-3,",
            "433-19, 441-1 et 441-7 du Code pénal, article L.114-13 du Code de la sécurité "
            "sociale).",
        ]
        for i, t in enumerate(lines):
            c.drawString(bx + 4 * mm, top - 14 * mm - i * 4.5 * mm, t)
        y = top - 40 * mm
        c.drawString(bx + 4 * mm, y, "Fait à")
        c.line(bx + 15 * mm, y - 1, bx + 70 * mm, y - 1)
        val(c, bx + 17 * mm, y + 0.5, fm["city_signed"])
        c.setFont("Arial", 8)
        c.drawString(bx + 75 * mm, y, "le")
        s = fm["signed_on"]
        _cells(c, bx + 81 * mm, y, 8, s[8:10] + s[5:7] + s[0:4], vf, vs, ink=ink)
        c.setFont("Arial", 8)
        c.drawString(bx + 4 * mm, y - 10 * mm, "Signature :")
        signature(c, bx + 30 * mm, y - 28 * mm, rng, w=55 * mm, h=14 * mm, lw=1.2)
        y = top - 82 * mm
        c.setFont("ArialB", 9)
        c.drawString(bx, y, "Pièces justificatives à joindre à votre demande")
        c.setFont("Arial", 8)
        items = [
            "- une photocopie de votre pièce d'identité (passeport, carte nationale d'identité) ;",
            "- si vous êtes de nationalité étrangère hors UE/EEE/Suisse : votre titre de "
            "séjour, visa long séjour",
            "  valant titre de séjour (VLS-TS) ou récépissé en cours de validité ;",
            "- une copie intégrale ou un extrait de votre acte de naissance (avec apostille "
            "ou légalisation selon le pays) ;",
            "- un justificatif de résidence en France depuis plus de trois mois (bail, "
            "trois factures successives,",
            "  attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
            "- si vous travaillez : votre contrat de travail ou votre dernier bulletin de "
            "salaire ;",
            "- un relevé d'identité bancaire (RIB) à votre nom.",
        ]
        for i, t in enumerate(items):
            c.drawString(bx + 2 * mm, y - 7 * mm - i * 5 * mm, t)
        c.setFont("Arial", 7)
        c.drawString(
            bx,
            40 * mm,
            "Envoyez ce formulaire et les pièces à la caisse d'assurance "
            "maladie de votre lieu de résidence.",
        )
        c.setFont("Arial", 6)
        c.drawString(14 * mm, 10 * mm, "S1106 - 15763*02")
        c.drawRightString(w - 14 * mm, 10 * mm, "2/2")

    return [p1, p2]


# ----------------------------------------------------------------------------- bills


def bill(b, rng):
    """b: provider, brand color, holder, address lines, issue, start, end, amount, number,
    client, service label, lines (list of (label, amount))."""
    col = b["color"]

    def f(c, w, h):
        c.setFillColorRGB(*col)
        if b["provider"] == "Orange":
            c.rect(15 * mm, h - 32 * mm, 18 * mm, 18 * mm, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("ArialB", 9)
            c.drawString(16.5 * mm, h - 30 * mm, "orange")
        else:
            c.setFont("ArialB", 26)
            c.drawString(15 * mm, h - 28 * mm, b["logo"])
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Arial", 7)
        for i, t in enumerate(b["company"]):
            c.drawString(15 * mm, h - 38 * mm - i * 3.2 * mm, t)
        c.setFont("Arial", 10)
        y = h - 50 * mm
        for t in [b["holder"]] + b["address"]:
            c.drawString(115 * mm, y, t)
            y -= 5 * mm
        c.setFont("ArialB", 14)
        c.drawString(15 * mm, h - 80 * mm, b["title"])
        c.setFont("Arial", 9)
        rows = [
            ("Date de facture", fr_date(b["issue"])),
            ("N° de facture", b["number"]),
            ("N° client", b["client"]),
            ("Période", "du %s au %s" % (fr_date(b["start"]), fr_date(b["end"]))),
        ]
        y = h - 90 * mm
        for k, v in rows:
            c.drawString(15 * mm, y, k)
            c.drawString(55 * mm, y, v)
            y -= 5.5 * mm
        c.setFillColorRGB(*[min(1, v + 0.6) for v in col])
        c.rect(115 * mm, h - 108 * mm, 80 * mm, 22 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Arial", 9)
        c.drawString(118 * mm, h - 93 * mm, "Montant TTC à payer")
        c.setFont("ArialB", 18)
        c.drawString(118 * mm, h - 103 * mm, b["amount"].replace(".", ",") + " €")
        c.setFont("Arial", 8)
        c.drawString(
            15 * mm,
            h - 125 * mm,
            "Adresse de " + b["where"] + " : " + b["address"][0] + ", " + b["address"][1],
        )
        y = h - 138 * mm
        c.setFont("ArialB", 9)
        c.drawString(15 * mm, y, "Détail de votre facture")
        c.drawRightString(195 * mm, y, "Montant TTC")
        c.setFont("Arial", 9)
        for k, v in b["lines"]:
            y -= 6 * mm
            c.drawString(15 * mm, y, k)
            c.drawRightString(195 * mm, y, v)
        c.line(15 * mm, y - 3 * mm, 195 * mm, y - 3 * mm)
        c.setFont("ArialB", 9)
        c.drawString(15 * mm, y - 9 * mm, "Total TTC")
        c.drawRightString(195 * mm, y - 9 * mm, b["amount"].replace(".", ",") + " €")
        c.setFont("Arial", 8)
        c.drawString(
            15 * mm,
            45 * mm,
            "Prélèvement SEPA le " + fr_date(b["debit"]) + " sur le compte " + b["iban_masked"],
        )
        c.setFont("Arial", 6)
        c.drawString(15 * mm, 15 * mm, b["legal"])
        c.drawRightString(195 * mm, 15 * mm, "Page 1/1")

    return f


# ----------------------------------------------------------------------------- lease


def lease(L, rng):
    def p1(c, w, h):
        c.setFont("TimesB", 14)
        c.drawCentredString(w / 2, h - 25 * mm, "CONTRAT DE LOCATION")
        c.setFont("Times", 10)
        c.drawCentredString(w / 2, h - 31 * mm, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE")
        c.drawCentredString(
            w / 2,
            h - 36 * mm,
            "(Soumis au titre Ier bis de la loi du 6 juillet "
            "1989 - contrat type, décret n° 2015-587 du 29 mai 2015)",
        )
        y = h - 50 * mm
        blocks = [
            ("I. DÉSIGNATION DES PARTIES", None),
            ("Le présent contrat est conclu entre les soussignés :", None),
            ("Bailleur : " + L["landlord"], None),
            ("   " + L["landlord_addr"], None),
            ("désigné(s) ci-après « le bailleur » ;", None),
        ]
        blocks += [
            ("Locataire(s) : " + " et ".join(L["tenants_print"]), None),
            ("désigné(s) ci-après « le locataire » ;", None),
            ("", None),
            ("II. OBJET DU CONTRAT", None),
            ("A. Consistance du logement", None),
            ("Adresse du logement : " + L["address"], None),
            ("Type d'habitat : immeuble collectif - " + L["desc"], None),
            (
                "Surface habitable : " + L["surface"] + " m²    Nombre de pièces "
                "principales : " + L["rooms"],
                None,
            ),
            ("", None),
            ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", None),
            ("A. Date de prise d'effet du contrat : " + fr_date(L["start"]), None),
            ("B. Durée du contrat : trois ans", None),
            ("", None),
            ("IV. CONDITIONS FINANCIÈRES", None),
            ("A. Loyer mensuel hors charges : " + L["rent"] + " €", None),
            (
                "B. Provision sur charges : " + L["charges"] + " €, payable le 1er de chaque mois",
                None,
            ),
            ("C. Dépôt de garantie : " + L["rent"] + " € (un mois de loyer hors charges)", None),
        ]
        for t, _ in blocks:
            c.setFont("TimesB" if t[:3] in ("I. ", "II.", "III", "IV.") else "Times", 10)
            c.drawString(22 * mm, y, t)
            y -= 6 * mm
        c.setFont("Times", 8)
        c.drawRightString(w - 20 * mm, 15 * mm, "Paraphes :")
        signature(c, w - 40 * mm, 10 * mm, rng, w=12 * mm, h=5 * mm, lw=0.6)

    def p2(c, w, h):
        c.setFont("TimesB", 10)
        c.drawString(22 * mm, h - 25 * mm, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE")
        c.setFont("Times", 9.5)
        para = [
            "Le locataire est tenu de payer le loyer et les charges récupérables aux termes "
            "convenus,",
            "d'user paisiblement des locaux loués, de répondre des dégradations "
            "et pertes qui surviennent",
            "pendant la durée du contrat, de s'assurer contre "
            "les risques locatifs et d'en justifier chaque année.",
            "",
            "Annexes : notice d'information, état des lieux d'entrée, dossier de diagnostic "
            "technique.",
        ]
        y = h - 35 * mm
        for t in para:
            c.drawString(22 * mm, y, t)
            y -= 5.5 * mm
        c.setFont("Times", 10)
        c.drawString(
            22 * mm,
            h - 90 * mm,
            "Fait et signé à "
            + L["city"]
            + ", le "
            + fr_date(L["signed"])
            + ", en deux originaux.",
        )
        c.drawString(25 * mm, h - 102 * mm, "Le bailleur")
        c.drawString(115 * mm, h - 102 * mm, "Le(s) locataire(s)")
        c.setFont("SerifI", 8)
        c.drawString(25 * mm, h - 108 * mm, "« Lu et approuvé »")
        c.drawString(115 * mm, h - 108 * mm, "« Lu et approuvé »")
        signature(c, 25 * mm, h - 130 * mm, rng, w=45 * mm, h=14 * mm)
        for i in range(len(L["tenants_print"])):
            signature(c, 115 * mm + i * 35 * mm, h - 130 * mm, rng, w=32 * mm, h=13 * mm)

    return [p1, p2]


def attestation(a, rng):
    """Handwritten attestation d'hébergement on lined paper."""

    def f(c, w, h):
        c.setStrokeColorRGB(0.7, 0.8, 0.95)
        c.setLineWidth(0.4)
        for i in range(36):
            c.line(10 * mm, h - 30 * mm - i * 7.5 * mm, w - 10 * mm, h - 30 * mm - i * 7.5 * mm)
        c.setStrokeColorRGB(0.9, 0.5, 0.5)
        c.line(28 * mm, 0, 28 * mm, h)
        c.setFillColor(BLUE_INK)
        y = h - 29 * mm
        for i, t in enumerate(a["lines"]):
            if t == "@SIG":
                signature(c, 110 * mm, y - 5 * mm, rng, w=50 * mm, h=14 * mm, lw=1.3)
                y -= 7.5 * mm
                continue
            c.setFont("Hand2", 15 if i == 0 else 13)
            x = 60 * mm if i == 0 else 31 * mm
            c.drawString(x + rng.uniform(-1, 1) * mm, y + 1, t)
            y -= 7.5 * mm

    return f


from bankjob import contract, payslip, revolut_screen, rib_classic  # noqa: E402,F401
