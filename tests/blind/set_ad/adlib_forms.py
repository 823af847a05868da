"""Paper documents of set_ad (reportlab): cerfa 15763*02, birth certificates, apostilles,
sworn translation, attestation d'hébergement, lease."""

from __future__ import annotations

import random

from adlib_common import (
    boxes,
    comb,
    dfr,
    hand,
    new_canvas,
    rect_stamp,
    signature,
    stamp,
    wrap,
)

W, H = 595.27, 841.89
INK = (0.1, 0.15, 0.5)


# ---------------------------------------------------------------- cerfa 15763*02
def cerfa(path: str, f: dict, rng: random.Random) -> None:
    """Demande d'ouverture des droits à l'assurance maladie, 2 pages. f['mode']: hand|typed."""
    c = new_canvas(path, title="S1106 Demande d'ouverture des droits")
    typed = f["mode"] == "typed"
    font = f.get("font", "hand2")

    def val(x, y, text, size=12):
        if typed:
            c.setFillColorRGB(0, 0, 0)
            c.setFont("mono", 10)
            c.drawString(x, y + 2, text)
            c.setFillColorRGB(0, 0, 0)
        else:
            hand(c, x, y + 2, text, rng, font=font, size=size, color=INK)

    def combv(x, y, text, n, cell=13):
        boxes(c, x, y, n, cell)
        if typed:
            c.setFont("mono", 10)
            for i, ch in enumerate(text[:n]):
                c.drawCentredString(x + cell * (i + 0.5), y + 3.5, ch)
        else:
            comb(c, x, y + 3, text[:n], cell, rng, font=font, size=11)

    def tick(x, y, on):
        c.rect(x, y, 8, 8)
        if on:
            if typed:
                c.setFont("sans-b", 9)
                c.drawString(x + 1.2, y + 1.2, "X")
            else:
                hand(c, x + 0.5, y + 0.5, "X", rng, font=font, size=12)

    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0.0, 0.32, 0.62)
    c.roundRect(36, H - 92, 120, 56, 6, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("sans-b", 11)
    c.drawString(44, H - 58, "l'Assurance")
    c.drawString(44, H - 72, "Maladie")
    c.setFont("sans", 6.5)
    c.drawString(44, H - 84, "Agir ensemble, protéger chacun")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 14)
    c.drawString(172, H - 56, "Demande d'ouverture des droits")
    c.drawString(172, H - 73, "à l'assurance maladie")
    c.setFont("sans", 8.5)
    c.drawString(172, H - 88, "Protection universelle maladie (articles L.160-1 et R.111-2 CSS)")
    c.rect(470, H - 92, 90, 56)
    c.setFont("sans-b", 9)
    c.drawString(478, H - 52, "cerfa")
    c.setFont("sans", 8)
    c.drawString(478, H - 64, "N° 15763*02")
    c.drawString(478, H - 84, "S1106")
    y = wrap(
        c,
        36,
        H - 110,
        "Vous résidez en France de manière stable et régulière depuis plus de trois mois ou "
        "vous y exercez une activité professionnelle : remplissez ce formulaire pour demander "
        "l'ouverture de vos droits. Joignez les pièces justificatives indiquées en page 2.",
        520,
        size=8,
    )

    def section(y, letter, title):
        c.setFillColorRGB(0.0, 0.32, 0.62)
        c.rect(36, y - 4, 523, 15, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("sans-b", 9.5)
        c.drawString(42, y, f"{letter}  {title}")
        c.setFillColorRGB(0, 0, 0)
        return y - 24

    y = section(y - 8, "A", "VOUS")
    c.setFont("sans", 8.5)
    c.drawString(40, y + 4, "Nom de naissance")
    combv(150, y, f["surname"], 30)
    y -= 22
    c.drawString(40, y + 4, "Nom d'usage (facultatif)")
    combv(150, y, f.get("usage", ""), 30)
    y -= 22
    c.drawString(40, y + 4, "Prénom(s)")
    combv(150, y, f["given"], 30)
    y -= 24
    c.drawString(40, y + 4, "Date de naissance")
    dd = f["dob"].strftime("%d%m%Y")
    combv(150, y, dd[:2], 2)
    combv(182, y, dd[2:4], 2)
    combv(214, y, dd[4:], 4)
    c.drawString(290, y + 4, "Sexe :")
    c.drawString(325, y + 4, "F")
    tick(335, y + 2, f["sex"] == "F")
    c.drawString(352, y + 4, "M")
    tick(363, y + 2, f["sex"] == "M")
    y -= 22
    c.drawString(40, y + 4, "Lieu de naissance : commune")
    c.line(160, y + 2, 330, y + 2)
    val(164, y + 2, f["birth_town"])
    c.drawString(338, y + 4, "pays")
    c.line(362, y + 2, 558, y + 2)
    val(366, y + 2, f["birth_country"])
    y -= 22
    c.drawString(40, y + 4, "Nationalité")
    c.line(94, y + 2, 330, y + 2)
    val(98, y + 2, f["nationality"])
    y -= 22
    c.drawString(40, y + 4, "Adresse")
    c.line(80, y + 2, 558, y + 2)
    val(84, y + 2, f["street"])
    y -= 22
    c.drawString(40, y + 4, "Code postal")
    combv(96, y, f["postcode"], 5)
    c.drawString(170, y + 4, "Commune")
    c.line(212, y + 2, 558, y + 2)
    val(216, y + 2, f["city"])
    y -= 22
    c.drawString(40, y + 4, "Téléphone")
    c.line(86, y + 2, 250, y + 2)
    val(90, y + 2, f.get("phone", ""), 11)
    c.drawString(258, y + 4, "Courriel")
    c.line(296, y + 2, 558, y + 2)
    val(300, y + 2, f.get("email", ""), 11)
    y -= 24
    c.drawString(40, y + 4, "Si vous en avez un, votre numéro de sécurité sociale")
    combv(250, y, "", 13, 12)
    combv(414, y, "", 2, 12)
    y -= 22
    c.drawString(40, y + 4, "Votre numéro d'allocataire CAF (le cas échéant)")
    combv(250, y, "", 7, 12)

    y = section(y - 22, "B", "VOTRE ACTIVITÉ")
    act = f["activity"]
    rows = [
        ("emp", "Vous exercez une activité salariée en France"),
        ("ind", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("none", "Vous n'exercez pas d'activité professionnelle (sans activité)"),
        ("other", "Autre situation (étudiant, retraité, demandeur d'emploi...) : précisez"),
    ]
    for key, text in rows:
        tick(40, y + 1, act == key)
        c.setFont("sans", 8.5)
        c.drawString(54, y + 2, text)
        y -= 18
        if key == "emp":
            c.drawString(60, y + 2, "Profession")
            c.line(106, y, 300, y)
            c.drawString(308, y + 2, "Contrat :  CDI")
            tick(368, y, act == "emp" and f.get("contract") == "CDI")
            c.drawString(382, y + 2, "CDD")
            tick(402, y, act == "emp" and f.get("contract") == "CDD")
            c.drawString(416, y + 2, "Employeur")
            c.line(460, y, 558, y)
            if act == "emp":
                val(110, y, f["job"], 11)
                val(464, y, f["employer_short"], 10)
            y -= 20
    c.setFont("sans", 8.5)
    c.drawString(40, y + 2, "Vous résidez en France depuis le")
    c.line(176, y, 260, y)
    val(180, y, dfr(f["in_france_since"]), 11)
    y -= 26
    c.setFont("sans-i", 7)
    wrap(
        c,
        36,
        y,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers "
        "et aux libertés s'applique aux réponses faites sur ce formulaire. Quiconque se rend "
        "coupable de fraude ou de fausse déclaration est passible de pénalités (art. L.114-17-1 "
        "CSS) et de sanctions pénales (art. 313-1 à 313-3, 433-19, 441-1 et suivants du Code pénal).",
        520,
        font="sans-i",
        size=7,
    )
    c.setFont("sans", 7)
    c.drawString(36, 24, "S1106  -  15763*02  -  page 1/2")
    c.showPage()

    # page 2: signature and list of pieces
    y = H - 60
    y = section(y, "C", "ENGAGEMENT ET SIGNATURE")
    c.setFont("sans", 9)
    y = wrap(
        c,
        40,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
        "m'engage à signaler à ma caisse tout changement de situation.",
        515,
        size=9,
    )
    y -= 10
    c.drawString(40, y, "Fait à")
    c.line(70, y - 2, 250, y - 2)
    val(74, y - 2, f["signed_at"])
    c.drawString(262, y, "le")
    if f.get("signed_on"):
        val(278, y - 2, dfr(f["signed_on"]))
    c.line(274, y - 2, 380, y - 2)
    y -= 24
    c.drawString(40, y, "Signature")
    c.rect(100, y - 62, 200, 70)
    if f.get("signed"):
        signature(c, 118, y - 30, 150, rng)
    y -= 100
    y = section(y, "", "PIÈCES À JOINDRE À VOTRE DEMANDE")
    c.setFont("sans", 8.5)
    for t in [
        "- une pièce d'identité : passeport ou carte nationale d'identité (ressortissants UE/EEE/Suisse) ;",
        "- un titre de séjour en cours de validité, ou le récépissé de demande, ou un visa VLS-TS ;",
        "- une copie intégrale de votre acte de naissance, légalisée ou apostillée selon le pays ;",
        "- un justificatif de résidence stable de plus de trois mois en France (bail, trois factures",
        "  successives d'énergie ou de téléphone, ou attestation d'hébergement avec justificatifs) ;",
        "- un relevé d'identité bancaire (RIB) à votre nom ;",
        "- si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        c.drawString(44, y, t)
        y -= 13
    y -= 12
    c.setFont("sans-b", 9)
    c.drawString(40, y, "Envoyez ce formulaire et les pièces à votre caisse d'assurance maladie.")
    c.setFont("sans", 7)
    c.drawString(36, 24, "S1106  -  15763*02  -  page 2/2")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- apostille
def apostille_page(c, a: dict, rng: random.Random) -> None:
    """The Hague model apostille (10 numbered items), on its own page."""
    x0, y0, w, h = 90, H - 470, 415, 400
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(1.2)
    c.rect(x0, y0, w, h)
    c.rect(x0 + 4, y0 + 4, w - 8, h - 8)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("serif-b", 18)
    c.drawCentredString(x0 + w / 2, y0 + h - 34, a.get("title", "APOSTILLE"))
    c.setFont("serif-i", 9)
    c.drawCentredString(
        x0 + w / 2, y0 + h - 50, a.get("conv", "(Convention de La Haye du 5 octobre 1961)")
    )
    y = y0 + h - 80
    for i, (label, value) in enumerate(a["items"], start=1):
        c.setFont("serif", 9.5)
        c.drawString(x0 + 18, y, f"{i}. {label}")
        c.setFont(a.get("vfont", "mono"), 10)
        c.drawString(x0 + 18 + a.get("tab", 190), y, value)
        y -= 26
        if i == 4:
            c.setFont("serif-b", 10)
            c.drawCentredString(x0 + w / 2, y + 6, a.get("certified", "CERTIFIED / ATTESTÉ"))
            y -= 14
    stamp(c, x0 + 110, y0 + 56, 40, a["seal_ring"], a["seal_inner"], rng)
    signature(c, x0 + 240, y0 + 58, 110, rng)
    c.setFont("serif", 8)
    c.drawString(x0 + 230, y0 + 24, a["signer"])


# ---------------------------------------------------------------- birth certificates
def birth_peru(c, b: dict, rng: random.Random) -> None:
    c.setFont("sans-b", 11)
    c.drawCentredString(W / 2, H - 50, "REPÚBLICA DEL PERÚ")
    c.setFont("sans", 8.5)
    c.drawCentredString(
        W / 2, H - 63, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL - RENIEC"
    )
    c.setFont("sans-b", 16)
    c.drawCentredString(W / 2, H - 90, "ACTA DE NACIMIENTO")
    c.setFont("sans", 8.5)
    c.drawString(60, H - 112, f"N° DE ACTA: {b['acta']}")
    c.drawString(360, H - 112, f"CUI: {b['cui']}")
    y = H - 135
    for block, rows in b["blocks"]:
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.rect(50, y - 3, 495, 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("sans-b", 9)
        c.drawString(56, y, block)
        y -= 16
        for i in range(0, len(rows), 2):
            for j, (label, value) in enumerate(rows[i : i + 2]):
                x = 56 + j * 248
                c.setFont("sans", 6.5)
                c.drawString(x, y + 8, label)
                c.setFont("mono", 9.5)
                c.drawString(x, y - 3, value)
                c.setStrokeColorRGB(0.6, 0.6, 0.6)
                c.rect(x - 4, y - 7, 244, 24)
                c.setStrokeColorRGB(0, 0, 0)
            y -= 26
        y -= 8
    c.setFont("sans", 8)
    y = wrap(c, 56, y - 4, b["footer"], 480, size=8)
    stamp(c, 150, 130, 42, "RENIEC - REGISTRO CIVIL", ["OREC", "CUSCO"], rng)
    signature(c, 340, 140, 120, rng)
    c.setFont("sans", 8)
    c.drawString(330, 112, b["registrar"])
    c.drawString(330, 101, "REGISTRADOR CIVIL")
    rect_stamp(c, 60, 60, ["COPIA CERTIFICADA", f"EXPEDIDA EL {b['issued']}"], rng)


def birth_russia(c, b: dict, rng: random.Random) -> None:
    c.setStrokeColorRGB(0.35, 0.55, 0.4)
    for k in range(6):
        c.rect(34 + k * 2.5, 34 + k * 2.5, W - 68 - k * 5, H - 68 - k * 5)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0.1, 0.25, 0.15)
    c.setFont("dejavu-b", 12)
    c.drawCentredString(W / 2, H - 90, "РОССИЙСКАЯ ФЕДЕРАЦИЯ")
    c.setFont("dejavu-b", 20)
    c.drawCentredString(W / 2, H - 125, "СВИДЕТЕЛЬСТВО")
    c.drawCentredString(W / 2, H - 148, "О РОЖДЕНИИ")
    c.setFillColorRGB(0, 0, 0)
    y = H - 195
    for label, value in b["rows"]:
        c.setFont("mono", 11)
        c.drawCentredString(W / 2, y, value)
        c.line(90, y - 4, W - 90, y - 4)
        c.setFont("dejavu", 6.5)
        c.drawCentredString(W / 2, y - 12, label)
        y -= 38
    c.setFont("dejavu", 8)
    c.drawString(90, 150, "М.П.")
    stamp(c, 150, 150, 44, "ОТДЕЛ ЗАГС НОВОСИБИРСКА", ["ЗАГС", "№ 4"], rng, font="dejavu-b")
    c.drawString(300, 150, "Руководитель органа ЗАГС")
    signature(c, 320, 120, 100, rng)
    c.drawString(300, 100, b["head"])
    c.setFont("dejavu-b", 12)
    c.setFillColorRGB(0.6, 0.1, 0.1)
    c.drawString(200, 70, b["series"])
    c.setFillColorRGB(0, 0, 0)


def birth_pakistan(c, b: dict, rng: random.Random) -> None:
    c.setFillColorRGB(0.0, 0.4, 0.2)
    c.rect(0, H - 100, W, 100, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("sans-b", 15)
    c.drawCentredString(W / 2, H - 38, "GOVERNMENT OF THE PUNJAB")
    c.setFont("sans", 10)
    c.drawCentredString(W / 2, H - 55, "LOCAL GOVERNMENT & COMMUNITY DEVELOPMENT DEPARTMENT")
    c.drawCentredString(W / 2, H - 70, b["union_council"])
    c.setFont("sans-b", 8)
    c.drawCentredString(
        W / 2, H - 88, "Computerized by NADRA - Civil Registration Management System"
    )
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 17)
    c.drawCentredString(W / 2, H - 135, "BIRTH REGISTRATION CERTIFICATE")
    c.setFont("sans", 9)
    c.drawString(60, H - 160, f"Certificate No: {b['cert_no']}")
    c.drawString(360, H - 160, f"Date of Issue: {b['issued']}")
    y = H - 195
    for label, value in b["rows"]:
        c.setFont("sans-b", 9.5)
        c.drawString(70, y, label)
        c.setFont("sans", 10)
        c.drawString(250, y, value)
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.line(66, y - 6, 530, y - 6)
        y -= 24
    c.setStrokeColorRGB(0, 0, 0)
    c.setFont("sans-i", 8)
    wrap(c, 66, y - 10, b["footer"], 460, font="sans-i", size=8)
    stamp(c, 150, 150, 44, "UNION COUNCIL SIALKOT", ["SECRETARY", "U.C. 12"], rng)
    signature(c, 360, 150, 110, rng)
    c.setFont("sans", 8.5)
    c.drawString(350, 128, "Secretary Union Council")


def birth_philippines(c, b: dict, rng: random.Random) -> None:
    c.setFillColorRGB(0.93, 0.95, 0.9)
    c.rect(20, 20, W - 40, H - 40, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans", 7)
    c.drawString(40, H - 40, "Municipal Form No. 102")
    c.drawString(40, H - 49, "(Revised January 2007)")
    c.setFont("sans", 9)
    c.drawCentredString(W / 2, H - 45, "Republic of the Philippines")
    c.drawCentredString(W / 2, H - 56, "OFFICE OF THE CIVIL REGISTRAR GENERAL")
    c.setFont("sans-b", 15)
    c.drawCentredString(W / 2, H - 78, "CERTIFICATE OF LIVE BIRTH")
    c.setFont("sans", 8)
    c.drawString(40, H - 100, "Province  METRO MANILA")
    c.drawString(40, H - 112, "City/Municipality  QUEZON CITY")
    c.drawString(400, H - 100, f"Registry No.  {b['registry']}")
    y = H - 135
    for label, cells in b["rows"]:
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.rect(36, y - 22, W - 72, 30)
        c.setFont("sans-b", 7)
        c.drawString(40, y, label)
        x = 150
        for sub, value in cells:
            c.setFont("sans", 6)
            c.drawString(x, y, sub)
            c.setFont("mono", 10)
            c.drawString(x, y - 14, value)
            x += (W - 190) / len(cells)
        y -= 30
    c.setFont("sans-b", 7.5)
    c.drawCentredString(W / 2, 140, "PHILIPPINE STATISTICS AUTHORITY")
    c.setFont("sans", 7)
    wrap(c, 60, 128, b["footer"], 470, size=7)
    signature(c, 380, 70, 110, rng)
    c.drawString(370, 52, b["registrar"])
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.setFont("mono", 9)
    c.drawString(40, 40, b["security_no"])


def birth_pdf(path: str, kind: str, b: dict, apo: dict | None, rng: random.Random) -> None:
    c = new_canvas(path)
    {"PER": birth_peru, "RUS": birth_russia, "PAK": birth_pakistan, "PHL": birth_philippines}[kind](
        c, b, rng
    )
    c.showPage()
    if apo:
        apostille_page(c, apo, rng)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- translation
def translation(path: str, t: dict, rng: random.Random) -> None:
    c = new_canvas(path)
    c.setFont("serif-b", 10)
    for i, line in enumerate(t["translator"]):
        c.drawString(60, H - 60 - i * 13, line)
    c.setFont("serif-b", 14)
    c.drawCentredString(W / 2, H - 140, "TRADUCTION DU RUSSE")
    c.setFont("serif-i", 10)
    c.drawCentredString(W / 2, H - 156, "(document original : acte de naissance)")
    y = H - 195
    c.setFont("serif-b", 11)
    c.drawCentredString(W / 2, y, "FÉDÉRATION DE RUSSIE - ACTE DE NAISSANCE")
    y -= 30
    for label, value in t["rows"]:
        c.setFont("serif", 10)
        c.drawString(70, y, label)
        c.setFont("serif-b", 10)
        c.drawString(250, y, value)
        y -= 20
    y -= 10
    y = wrap(c, 70, y, t["apostille_note"], 455, font="serif-i", size=9.5)
    y -= 20
    c.setFont("serif-b", 10)
    c.drawString(70, y, "TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL")
    c.setFont("serif", 10)
    c.drawString(70, y - 16, t["place_date"])
    c.drawString(70, y - 30, f"Enregistrée sous le n° {t['number']}")
    stamp(c, 410, y - 40, 48, "EXPERT PRÈS LA COUR D'APPEL DE LYON", t["stamp_inner"], rng)
    signature(c, 360, y - 100, 110, rng)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- attestation d'hébergement
def attestation(path: str, a: dict, rng: random.Random) -> None:
    """A handwritten attestation on squared (Seyès-like) paper."""
    c = new_canvas(path)
    c.setStrokeColorRGB(0.72, 0.8, 0.92)
    c.setLineWidth(0.3)
    for yy in range(40, int(H) - 30, 8):
        c.line(30, yy, W - 20, yy)
    c.setStrokeColorRGB(0.9, 0.55, 0.6)
    c.line(75, 20, 75, H - 20)
    font, size = a["font"], 14
    y = H - 70
    hand(c, 190, y, "Attestation d'hébergement", rng, font=font, size=19)
    y -= 56
    for para in a["paragraphs"]:
        words = para.split()
        line = ""
        for wd in words:
            t = (line + " " + wd).strip()
            if len(t) > a.get("chars", 52):
                hand(c, 85, y, line, rng, font=font, size=size)
                y -= 24
                line = wd
            else:
                line = t
        if line:
            hand(c, 85, y, line, rng, font=font, size=size)
            y -= 24
        y -= 16
    hand(c, 300, y, a["place_date"], rng, font=font, size=size)
    y -= 30
    if a["signed"]:
        signature(c, 330, y - 20, 120, rng)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- lease (bail loi 1989)
def lease(path: str, L: dict, rng: random.Random, esign: bool = False) -> None:
    c = new_canvas(path, title="Contrat de location")
    c.setFont("sans-b", 13)
    c.drawCentredString(W / 2, H - 55, "CONTRAT DE LOCATION")
    c.setFont("sans", 9)
    c.drawCentredString(W / 2, H - 70, "LOCAUX VIDES À USAGE D'HABITATION")
    c.setFont("sans-i", 7.5)
    c.drawCentredString(
        W / 2,
        H - 82,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 - contrat type "
        "défini par le décret n° 2015-587 du 29 mai 2015)",
    )
    y = H - 110

    def head(t):
        nonlocal y
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(50, y - 4, 495, 15, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("sans-b", 9.5)
        c.drawString(54, y, t)
        y -= 20

    def para(t, size=8.8):
        nonlocal y
        y = wrap(c, 56, y, t, 485, size=size) - 4

    head("I. DÉSIGNATION DES PARTIES")
    para("Le présent contrat est conclu entre les soussignés :")
    para(
        f"Le bailleur : {L['landlord']}, demeurant {L['landlord_addr']}, "
        f"{L.get('agent', 'agissant en son nom propre')}, désigné ci-après « le bailleur » ;"
    )
    para(f"Le(s) locataire(s) : {L['tenants_text']}, désigné(s) ci-après « le locataire ».")
    head("II. OBJET DU CONTRAT")
    para("Le présent contrat a pour objet la location d'un logement ainsi déterminé :")
    para(f"Localisation du logement : {L['address']}")
    para(
        f"Type d'habitat : immeuble collectif ; régime juridique : copropriété ; période de "
        f"construction : {L['built']} ; surface habitable : {L['surface']} m² ; nombre de pièces "
        f"principales : {L['rooms']}. Équipements : cuisine équipée, chauffage individuel "
        f"électrique, eau chaude individuelle."
    )
    head("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    para(f"Date de prise d'effet du contrat : {dfr(L['start'])}")
    para(
        "Durée du contrat : trois (3) ans, renouvelable tacitement dans les conditions de "
        "l'article 10 de la loi du 6 juillet 1989."
    )
    head("IV. CONDITIONS FINANCIÈRES")
    para(
        f"Montant du loyer mensuel : {L['rent']} € hors charges. Provision sur charges "
        f"récupérables : {L['charges']} € par mois, avec régularisation annuelle. Le loyer est "
        f"payable mensuellement et d'avance, le 5 de chaque mois."
    )
    para(
        "Le logement est situé en zone tendue : le loyer de référence majoré applicable est "
        "annexé au présent contrat."
    )
    c.setFont("sans", 7)
    c.drawString(50, 30, "Paraphes :")
    c.drawRightString(545, 30, "page 1/2")
    c.showPage()
    y = H - 60
    head("V. GARANTIES")
    para(f"Dépôt de garantie : {L['deposit']} €, soit un mois de loyer hors charges.")
    head("VI. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE")
    para(
        "En cas de pluralité de locataires, ceux-ci sont tenus solidairement et indivisiblement "
        "de l'exécution des obligations du présent contrat. Le contrat sera résilié de plein "
        "droit à défaut de paiement du loyer ou des charges, deux mois après un commandement "
        "de payer demeuré infructueux, ou à défaut d'assurance contre les risques locatifs."
    )
    head("VII. ANNEXES")
    para(
        "Sont annexés : le dossier de diagnostic technique (DPE, CREP, ERP, état de "
        "l'installation électrique), la notice d'information, l'état des lieux d'entrée, "
        "l'extrait du règlement de copropriété."
    )
    y -= 10
    c.setFont("sans", 9)
    c.drawString(
        56,
        y,
        f"Fait à {L['signed_at']}, le {dfr(L['signed_on'])}, en {len(L['tenants']) + 1} originaux.",
    )
    y -= 30
    c.drawString(70, y, "Le bailleur")
    c.drawString(330, y, "Le(s) locataire(s)")
    c.setFont("sans-i", 7.5)
    c.drawString(70, y - 11, "« Lu et approuvé »")
    c.drawString(330, y - 11, "« Lu et approuvé »")
    if esign:
        c.setFont("mono", 7)
        c.drawString(70, y - 40, f"Signé électroniquement le {dfr(L['signed_on'])}")
        for i, t in enumerate(L["tenants"]):
            c.drawString(330, y - 40 - i * 12, f"{t} - signé le {dfr(L['signed_on'])}")
        c.drawString(70, y - 90, f"Enveloppe {L.get('env', 'A7F3-21C9-5E0B')}")
    else:
        signature(c, 80, y - 50, 100, rng)
        for i, _t in enumerate(L["tenants"]):
            signature(c, 340, y - 50 - i * 44, 100, rng)
    c.setFont("sans", 7)
    c.drawRightString(545, 30, "page 2/2")
    c.showPage()
    c.save()
