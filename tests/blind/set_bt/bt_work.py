"""Application form (cerfa 15763*02), payslip, contracts, lease, attestation d'hébergement."""

from __future__ import annotations

import random

from bt_common import A4, MM, hand, para, signature, tw
from bt_fin import table

W, H = A4


# ------------------------------------------------------------------ cerfa 15763*02
def cerfa_form(f: dict, seed: int):
    """f['mode'] is 'typed' or 'hand'; returns the two pages."""
    hand_font = f.get("hand_font", "HandDkg")

    def put(c, r, x, y, text, size=10.5):
        if f["mode"] == "hand":
            hand(c, x, y, text, hand_font, size + 2, r, ink=f.get("ink", (0.08, 0.13, 0.45)))
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(f.get("typed_font", "Courier"), size)
            c.drawString(x, y, text)

    def tick(c, r, x, y):
        if f["mode"] == "hand":
            c.saveState()
            c.setStrokeColorRGB(*f.get("ink", (0.08, 0.13, 0.45)))
            c.setLineWidth(1.3)
            c.line(x + r.uniform(0, 1), y + r.uniform(0, 1), x + 8, y + 8 + r.uniform(-1, 1))
            c.line(x + r.uniform(0, 1), y + 8, x + 8 + r.uniform(-1, 1), y + r.uniform(0, 1))
            c.restoreState()
        else:
            c.saveState()
            c.setFont("SansB", 9)
            c.drawString(x + 1.2, y + 1.2, "X")
            c.restoreState()

    def box(c, x, y, checked, r):
        c.setLineWidth(0.6)
        c.rect(x, y, 8, 8)
        if checked:
            tick(c, r, x, y)

    def comb(c, x, y, n, cell=5.2 * MM, text="", r=None, gaps=()):
        c.setLineWidth(0.5)
        xx = x
        for i in range(n):
            if i in gaps:
                xx += 2.5 * MM
            c.rect(xx, y, cell, 6 * MM)
            if i < len(text) and text[i] != " ":
                put(c, r, xx + 1.3 * MM, y + 1.6 * MM, text[i], 10)
            xx += cell

    def section(c, y, letter, title):
        c.setFillColorRGB(0.0, 0.25, 0.55)
        c.rect(15 * MM, y - 1.5 * MM, 7 * MM, 6.5 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("SansB", 11)
        c.drawCentredString(18.5 * MM, y, letter)
        c.setFillColorRGB(0.0, 0.25, 0.55)
        c.setFont("SansB", 11)
        c.drawString(25 * MM, y, title)
        c.setStrokeColorRGB(0.0, 0.25, 0.55)
        c.line(25 * MM, y - 2 * MM, W - 15 * MM, y - 2 * MM)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0, 0, 0)

    def line_field(c, r, x, y, label, value, width, lsize=8.5):
        c.setFont("Sans", lsize)
        c.drawString(x, y, label)
        lx = x + tw(label, "Sans", lsize) + 2 * MM
        c.setDash(1, 1.5)
        c.setLineWidth(0.4)
        c.line(lx, y - 1, x + width, y - 1)
        c.setDash()
        if value:
            put(c, r, lx + 2 * MM, y + 0.6, value)

    def p1(c, w, h):
        r = random.Random(seed)
        c.setLineWidth(1)
        c.rect(15 * MM, H - 30 * MM, 22 * MM, 15 * MM)
        c.setFont("SansB", 12)
        c.drawString(17 * MM, H - 22 * MM, "cerfa")
        c.setFont("Sans", 6.5)
        c.drawString(17 * MM, H - 27 * MM, "N° 15763*02")
        c.setFillColorRGB(0.0, 0.25, 0.55)
        c.setFont("SansB", 10)
        c.drawRightString(W - 15 * MM, H - 20 * MM, "l'Assurance")
        c.drawRightString(W - 15 * MM, H - 25 * MM, "Maladie")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 14.5)
        c.drawCentredString(W / 2 + 3 * MM, H - 22 * MM, "Demande d'ouverture des droits")
        c.drawCentredString(W / 2 + 3 * MM, H - 28.5 * MM, "à l'assurance maladie")
        c.setFont("Sans", 8)
        c.drawCentredString(
            W / 2 + 3 * MM,
            H - 34 * MM,
            "Protection universelle maladie "
            "(articles L. 160-1 et suivants du code de la sécurité sociale)",
        )
        para(
            c,
            15 * MM,
            H - 43 * MM,
            "Vous travaillez ou résidez en France de manière stable "
            "et régulière depuis plus de trois mois et vous n'êtes pas encore couvert(e) par "
            "l'assurance maladie : complétez ce formulaire, datez-le, signez-le et adressez-le "
            "avec les pièces justificatives à la caisse d'assurance maladie de votre lieu de "
            "résidence.",
            "Sans",
            8,
            W - 30 * MM,
        )
        y = H - 62 * MM
        section(c, y, "A", "Vous (le demandeur)")
        y -= 10 * MM
        line_field(c, r, 15 * MM, y, "Votre nom de naissance :", f["surname"], W - 30 * MM)
        y -= 8 * MM
        line_field(
            c, r, 15 * MM, y, "Votre nom d'usage (facultatif) :", f.get("usage", ""), W - 30 * MM
        )
        y -= 8 * MM
        line_field(c, r, 15 * MM, y, "Vos prénoms :", f["given"], W - 30 * MM)
        y -= 9 * MM
        c.setFont("Sans", 8.5)
        c.drawString(15 * MM, y, "Sexe :")
        c.drawString(30 * MM, y, "F")
        box(c, 34 * MM, y - 1, f["sex"] == "F", r)
        c.drawString(42 * MM, y, "M")
        box(c, 46.5 * MM, y - 1, f["sex"] == "M", r)
        c.drawString(70 * MM, y, "Date de naissance :")
        comb(c, 100 * MM, y - 2 * MM, 8, text=f["dob"].replace("/", ""), r=r, gaps=(2, 4))
        c.setFont("Sans", 6)
        c.drawString(100 * MM, y - 5 * MM, "jour            mois                  année")
        y -= 11 * MM
        line_field(c, r, 15 * MM, y, "Lieu de naissance : commune", f["birth_town"], 110 * MM)
        line_field(c, r, 128 * MM, y, "pays", f["birth_country"], W - 143 * MM)
        y -= 8 * MM
        line_field(c, r, 15 * MM, y, "Nationalité :", f["nationality"], 90 * MM)
        y -= 8 * MM
        line_field(c, r, 15 * MM, y, "Adresse :", f["addr1"], W - 30 * MM)
        y -= 8 * MM
        line_field(c, r, 15 * MM, y, "Code postal :", f["cp"], 50 * MM)
        line_field(c, r, 70 * MM, y, "Commune :", f["city"], W - 85 * MM)
        y -= 8 * MM
        line_field(c, r, 15 * MM, y, "Téléphone :", f.get("phone", ""), 75 * MM)
        line_field(c, r, 95 * MM, y, "Courriel :", f.get("mail", ""), W - 110 * MM)
        y -= 10 * MM
        c.setFont("Sans", 8.5)
        c.drawString(15 * MM, y, "Votre numéro de sécurité sociale (si vous en avez un) :")
        comb(c, 100 * MM, y - 2 * MM, 15, cell=5 * MM, gaps=(1, 3, 5, 7, 10, 13))
        y -= 9 * MM
        line_field(
            c, r, 15 * MM, y, "Votre numéro d'allocataire CAF (si vous en avez un) :", "", 140 * MM
        )
        y -= 13 * MM
        section(c, y, "B", "Votre situation")
        y -= 10 * MM
        emp = f["activity"]
        c.setFont("Sans", 8.5)
        box(c, 15 * MM, y - 1, emp == "employed", r)
        c.drawString(20 * MM, y, "Vous exercez une activité professionnelle salariée en France")
        y -= 8 * MM
        line_field(c, r, 20 * MM, y, "Profession :", f.get("job", ""), 95 * MM)
        c.setFont("Sans", 8.5)
        c.drawString(120 * MM, y, "Contrat :  CDI")
        box(c, 141 * MM, y - 1, f.get("contract") == "CDI", r)
        c.drawString(147 * MM, y, "CDD")
        box(c, 155 * MM, y - 1, f.get("contract") == "CDD", r)
        c.drawString(161 * MM, y, "autre")
        box(c, 170 * MM, y - 1, False, r)
        y -= 8 * MM
        line_field(
            c, r, 20 * MM, y, "Nom et adresse de l'employeur :", f.get("employer", ""), W - 35 * MM
        )
        y -= 9 * MM
        for key, lab in (
            ("self", "Vous exercez une activité professionnelle non salariée"),
            ("none", "Vous n'exercez pas d'activité professionnelle"),
            ("student", "Vous êtes étudiant(e)"),
            ("other", "Autre situation (précisez) :"),
        ):
            c.setFont("Sans", 8.5)
            box(c, 15 * MM, y - 1, emp == key, r)
            c.drawString(20 * MM, y, lab)
            y -= 7 * MM
        line_field(c, r, 15 * MM, y, "Date d'arrivée en France :", f["arrival"], 95 * MM)
        c.setFont("Sans", 7)
        c.drawString(15 * MM, 12 * MM, "S 1106 — Page 1/2")
        c.drawRightString(W - 15 * MM, 12 * MM, "cerfa n° 15763*02")

    def p2(c, w, h):
        r = random.Random(seed + 1)
        y = H - 22 * MM
        section(c, y, "C", "Déclaration et signature")
        y -= 10 * MM
        y = para(
            c,
            15 * MM,
            y,
            "Je certifie sur l'honneur l'exactitude des renseignements "
            "portés sur ce formulaire. Je m'engage à signaler à ma caisse d'assurance "
            "maladie tout changement dans ma situation.",
            "Sans",
            8.5,
            W - 30 * MM,
        )
        y -= 6 * MM
        line_field(c, r, 15 * MM, y, "Fait à", f["place"], 80 * MM)
        line_field(c, r, 100 * MM, y, "le", f["signed_txt"], 60 * MM)
        y -= 9 * MM
        c.setFont("Sans", 8.5)
        c.drawString(15 * MM, y, "Signature du demandeur :")
        c.rect(60 * MM, y - 22 * MM, 70 * MM, 26 * MM)
        if f.get("signed", True):
            signature(
                c, 66 * MM, y - 17 * MM, 55 * MM, 15 * MM, r, ink=f.get("ink", (0.08, 0.13, 0.45))
            )
        y -= 34 * MM
        c.setFillColorRGB(0.9, 0.93, 0.97)
        c.rect(15 * MM, y - 88 * MM, W - 30 * MM, 92 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.0, 0.25, 0.55)
        c.setFont("SansB", 11)
        c.drawString(19 * MM, y - 3 * MM, "PIÈCES JUSTIFICATIVES À JOINDRE")
        c.setFillColorRGB(0, 0, 0)
        items = [
            "une pièce d'identité : passeport ou carte nationale d'identité (photocopie de la "
            "page comportant la photo) ;",
            "si vous êtes ressortissant d'un État hors UE/EEE/Suisse : votre titre de séjour en "
            "cours de validité, VLS-TS validé ou récépissé de demande ;",
            "un justificatif de résidence en France depuis plus de 3 mois : bail, 3 factures "
            "successives (électricité, gaz, eau, téléphone, internet) ou attestation "
            "d'hébergement accompagnée de la pièce d'identité et d'un justificatif de "
            "domicile de l'hébergeant ;",
            "votre acte de naissance (copie intégrale ou extrait avec filiation), revêtu "
            "selon le pays d'une apostille ou d'une légalisation ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous exercez une activité salariée : votre contrat de travail ou votre dernier "
            "bulletin de salaire.",
        ]
        yy = y - 11 * MM
        for it in items:
            c.setFont("Sans", 8.5)
            c.drawString(19 * MM, yy, "•")
            yy = para(c, 23 * MM, yy, it, "Sans", 8.5, W - 42 * MM) - 2
        y -= 100 * MM
        c.setLineWidth(0.8)
        c.rect(15 * MM, y - 45 * MM, W - 30 * MM, 48 * MM)
        c.setFont("SansB", 9.5)
        c.drawString(19 * MM, y - 4 * MM, "Cadre réservé à l'organisme")
        c.setFont("Sans", 8.5)
        c.drawString(19 * MM, y - 14 * MM, "Date de réception : ....../....../..........")
        c.drawString(
            19 * MM,
            y - 24 * MM,
            "N° d'immatriculation attribué : ................................................",
        )
        c.drawString(19 * MM, y - 34 * MM, "Pièces vérifiées le : ....../....../..........")
        c.drawString(120 * MM, y - 34 * MM, "Visa de l'agent :")
        c.setFont("Sans", 6.8)
        para(
            c,
            15 * MM,
            40 * MM,
            "La loi n° 78-17 du 6 janvier 1978 modifiée relative à "
            "l'informatique, aux fichiers et aux libertés s'applique aux réponses faites sur ce "
            "formulaire. Elle garantit un droit d'accès et de rectification pour les données "
            "vous concernant auprès de votre caisse. Quiconque se rend coupable de fraude ou de "
            "fausse déclaration est passible de pénalités financières, d'amende et/ou "
            "d'emprisonnement (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, "
            "article L. 114-17-1 du code de la sécurité sociale).",
            "Sans",
            6.8,
            W - 30 * MM,
        )
        c.setFont("Sans", 7)
        c.drawString(15 * MM, 12 * MM, "S 1106 — Page 2/2")
        c.drawRightString(W - 15 * MM, 12 * MM, "cerfa n° 15763*02")

    return [(W, H, p1), (W, H, p2)]


# ------------------------------------------------------------------ payslip
def payslip(p: dict, seed: int):
    def draw(c, w, h):
        c.setFont("CarlitoB", 15)
        c.drawString(15 * MM, H - 20 * MM, "BULLETIN DE PAIE")
        c.setFont("Carlito", 9.5)
        c.drawRightString(W - 15 * MM, H - 17 * MM, f"Période du {p['from_txt']} au {p['to_txt']}")
        c.drawRightString(W - 15 * MM, H - 22 * MM, f"Paiement le {p['pay_txt']} par virement")
        c.setLineWidth(0.6)
        c.rect(15 * MM, H - 62 * MM, 85 * MM, 36 * MM)
        c.rect(108 * MM, H - 62 * MM, W - 123 * MM, 36 * MM)
        y = H - 31 * MM
        c.setFont("CarlitoB", 10)
        c.drawString(18 * MM, y, p["employer"])
        c.setFont("Carlito", 8.8)
        for ln in p["employer_lines"]:
            y -= 4.6 * MM
            c.drawString(18 * MM, y, ln)
        y = H - 31 * MM
        c.setFont("CarlitoB", 10)
        c.drawString(111 * MM, y, p["employee_line"])
        c.setFont("Carlito", 8.8)
        for ln in p["employee_lines"]:
            y -= 4.6 * MM
            c.drawString(111 * MM, y, ln)
        y = table(
            c,
            15 * MM,
            H - 72 * MM,
            [
                ("Éléments de paie", 78 * MM, "l"),
                ("Base", 25 * MM, "r"),
                ("Taux", 17 * MM, "r"),
                ("À déduire", 30 * MM, "r"),
                ("À payer", 30 * MM, "r"),
            ],
            p["lines"],
            font="Carlito",
            head_font="CarlitoB",
            size=8.6,
            lead=5 * MM,
            grid=True,
        )
        y -= 3 * MM
        c.setFillColorRGB(0.93, 0.95, 0.98)
        c.rect(15 * MM, y - 36 * MM, W - 30 * MM, 38 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for lab, val, bold in p["totals"]:
            c.setFont("CarlitoB" if bold else "Carlito", 10 if bold else 9)
            c.drawString(18 * MM, y - 3 * MM, lab)
            c.drawRightString(W - 18 * MM, y - 3 * MM, val)
            y -= 6 * MM
        c.setFont("Carlito", 7.5)
        c.drawString(
            15 * MM,
            20 * MM,
            "Dans votre intérêt et pour vous aider à faire valoir "
            "vos droits, conservez ce bulletin de paie sans limitation de durée.",
        )
        c.drawString(15 * MM, 15 * MM, "Convention collective : " + p["ccn"])

    return (W, H, draw)


# ------------------------------------------------------------------ contracts & lease
def long_text_doc(d: dict, seed: int, font="Serif", fontb="SerifB", size=10.5):
    """Multi-page text: d['title'] lines, d['blocks'] (('h'|'p', text)), d['sign'] block."""
    pages, cur = [], []
    y0, ymin = H - 60 * MM, 35 * MM
    # paginate by estimating heights
    y = y0
    for kind, txt in d["blocks"]:
        lines = max(1, int(tw(txt, font, size) / (W - 50 * MM)) + 1 + txt.count("\n"))
        need = (lines * size * 1.35) + 10 + (16 if kind == "h" else 0)
        if y - need < ymin:
            pages.append(cur)
            cur, y = [], H - 25 * MM
        cur.append((kind, txt))
        y -= need
    pages.append(cur)
    out = []
    for i, blocks in enumerate(pages):

        def draw(c, w, h, blocks=blocks, i=i):
            r = random.Random(seed + i)
            y = H - 25 * MM
            if i == 0:
                for k, t in enumerate(d["title"]):
                    c.setFont(fontb if k == 0 else font, 13 if k == 0 else 8.5)
                    c.drawCentredString(W / 2, y, t)
                    y -= 7 * MM if k == 0 else 4.5 * MM
                y = H - 60 * MM
            for kind, txt in blocks:
                if kind == "h":
                    c.setFont(fontb, size + 0.5)
                    c.drawString(25 * MM, y, txt)
                    y -= size * 1.6
                else:
                    y = para(c, 25 * MM, y, txt, font, size, W - 50 * MM, justify=True) - 6
            if i == len(pages) - 1:
                y -= 6 * MM
                c.setFont(font, size)
                c.drawString(25 * MM, y, d["made"])
                y -= 10 * MM
                for j, (lab, name) in enumerate(d["signers"]):
                    x = 25 * MM + j * 85 * MM
                    c.setFont(font, size - 1)
                    c.drawString(x, y, lab)
                    c.drawString(x, y - 5 * MM, name)
                    signature(c, x + 5 * MM, y - 28 * MM, 45 * MM, 14 * MM, r)
            c.setFont(font, 8)
            c.drawCentredString(W / 2, 14 * MM, f"{d.get('footer', '')}Page {i + 1} / {len(pages)}")
            if d.get("initials") and i < len(pages) - 1:
                c.setFont("HandDkg", 12)
                c.setFillColorRGB(0.1, 0.15, 0.45)
                c.drawString(W - 40 * MM, 18 * MM, d["initials"])
                c.setFillColorRGB(0, 0, 0)

        out.append((W, H, draw))
    return out


# ------------------------------------------------------------------ attestation (handwritten)
def attestation_hand(a: dict, seed: int):
    def draw(c, w, h):
        r = random.Random(seed)
        c.setFillColorRGB(0.99, 0.99, 0.97)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColorRGB(0.72, 0.8, 0.92)
        c.setLineWidth(0.4)
        for k in range(34):
            c.line(0, H - 30 * MM - k * 8 * MM, W, H - 30 * MM - k * 8 * MM)
        c.setStrokeColorRGB(0.9, 0.5, 0.55)
        c.line(25 * MM, 0, 25 * MM, H)
        font, ink = a["font"], (0.06, 0.12, 0.5)
        yb = H - 30 * MM
        line = 1
        for ln in a["lines"]:
            if ln == "":
                line += 1
                continue
            indent = 30 * MM if not ln.startswith(">") else 95 * MM
            text = ln.lstrip(">")
            if text.startswith("^"):
                text = text[1:]
                size = 17
                indent = (W - tw(text, font, size)) / 2
            else:
                size = 14
            hand(
                c,
                indent + r.uniform(-2, 2),
                yb - line * 8 * MM + 1.5,
                text,
                font,
                size,
                r,
                ink=ink,
                slant=r.uniform(-1.2, 0.6),
            )
            line += 1
        signature(c, 105 * MM, yb - (line + 3) * 8 * MM, 55 * MM, 16 * MM, r, ink=ink)

    return (W, H, draw)
