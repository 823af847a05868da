"""French documents: cerfa 15763*02, bills, RIBs, payslip, contract, lease, attestation."""

from __future__ import annotations

import random

from reportlab.lib.units import mm

from bu_util import hand_text, iban_groups, qr_like, rect_stamp, signature

BLUE = (0.0, 0.27, 0.55)


def _w(c, x, y, txt, font, size, color=(0.1, 0.1, 0.1)):
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    c.drawString(x, y, txt)


def _box(c, x, y, checked, hand, rng):
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(0.6)
    c.rect(x, y, 3 * mm, 3 * mm)
    if checked:
        c.setStrokeColorRGB(*((0.08, 0.1, 0.4) if hand else (0, 0, 0)))
        c.setLineWidth(1.2 if hand else 0.9)
        j = rng.uniform(-0.4, 0.4) * mm if hand else 0
        c.line(x + 0.3 * mm + j, y + 0.3 * mm, x + 2.8 * mm, y + 2.8 * mm + j)
        c.line(x + 0.3 * mm, y + 2.8 * mm, x + 2.8 * mm + j, y + 0.3 * mm)


def cerfa_p1(c, W, H, f, rng: random.Random):
    hand = f["hand"]
    hf = f.get("hand_font", "HandDkg")

    def val(x, y, txt, size=10):
        if not txt:
            return
        if hand:
            hand_text(c, x, y, txt, hf, size + 1.5, rng)
        else:
            _w(c, x, y, txt, "Mono", size - 0.5, (0, 0, 0))

    c.setFillColorRGB(*BLUE)
    c.roundRect(12 * mm, H - 30 * mm, 38 * mm, 18 * mm, 2 * mm, stroke=0, fill=1)
    _w(c, 15 * mm, H - 19 * mm, "l'Assurance", "ArialB", 10, (1, 1, 1))
    _w(c, 15 * mm, H - 25 * mm, "Maladie", "ArialB", 12, (1, 1, 1))
    _w(c, W - 52 * mm, H - 15 * mm, "cerfa", "ArialB", 14, (0, 0, 0))
    _w(c, W - 52 * mm, H - 20 * mm, "N° 15763*02", "Arial", 8)
    _w(c, 56 * mm, H - 17 * mm, "Demande d'ouverture des droits", "ArialB", 14, BLUE)
    _w(c, 56 * mm, H - 23.5 * mm, "à l'assurance maladie", "ArialB", 14, BLUE)
    _w(
        c,
        56 * mm,
        H - 29 * mm,
        "Protection universelle maladie (Art. L.160-1 du Code de la sécurité sociale)",
        "Arial",
        7.2,
    )
    _w(
        c,
        12 * mm,
        H - 37 * mm,
        "Veuillez compléter ce formulaire en lettres majuscules et le "
        "retourner à votre caisse d'assurance maladie avec les pièces demandées.",
        "Arial",
        7,
    )
    y = H - 46 * mm

    def section(title, yy):
        c.setFillColorRGB(*BLUE)
        c.rect(12 * mm, yy, W - 24 * mm, 6 * mm, stroke=0, fill=1)
        _w(c, 14 * mm, yy + 1.8 * mm, title, "ArialB", 9, (1, 1, 1))

    section("A — VOTRE IDENTITÉ", y)
    rows = [
        ("Nom de naissance", f["surname"]),
        ("Nom d'usage (facultatif)", f.get("usage", "")),
        ("Prénom(s)", f["given"]),
        ("Date de naissance", f["dob"]),
        ("Lieu de naissance (commune et pays)", f["pob"]),
        ("Nationalité", f["nat"]),
        ("N° de sécurité sociale (si vous en avez un)", ""),
        ("N° d'allocataire CAF (si vous en avez un)", ""),
        ("Adresse", f["addr1"]),
        ("Code postal et commune", f["addr2"]),
        ("Téléphone", f["tel"]),
        ("Adresse e-mail", f["mail"]),
    ]
    y -= 9 * mm
    for lab, v in rows:
        _w(c, 14 * mm, y, lab, "Arial", 8)
        c.setStrokeColorRGB(0.55, 0.6, 0.7)
        c.setLineWidth(0.4)
        c.setDash(1, 1.5)
        c.line(80 * mm, y - 1, W - 14 * mm, y - 1)
        c.setDash()
        val(82 * mm, y + 0.5, v)
        y -= 8.2 * mm
    _w(c, 14 * mm, y + 2, "Sexe :", "Arial", 8)
    _w(c, 30 * mm, y + 2, "Féminin", "Arial", 8)
    _box(c, 43 * mm, y + 1, f["sex"] == "F", hand, rng)
    _w(c, 52 * mm, y + 2, "Masculin", "Arial", 8)
    _box(c, 66 * mm, y + 1, f["sex"] == "M", hand, rng)
    y -= 11 * mm
    section("B — VOTRE SITUATION PROFESSIONNELLE", y)
    y -= 8 * mm
    emp = f["emp"]
    _box(c, 14 * mm, y - 1, emp == "employed", hand, rng)
    _w(c, 19 * mm, y, "Vous exercez une activité salariée en France", "Arial", 8.5)
    y -= 7 * mm
    _w(c, 19 * mm, y, "Profession / emploi occupé :", "Arial", 8)
    val(65 * mm, y, f.get("job", ""))
    y -= 7 * mm
    _w(c, 19 * mm, y, "Employeur :", "Arial", 8)
    val(45 * mm, y, f.get("employer", ""))
    _w(c, 125 * mm, y, "Contrat :", "Arial", 8)
    for i, k in enumerate(("CDI", "CDD", "Autre")):
        _w(c, 140 * mm + i * 17 * mm, y, k, "Arial", 8)
        _box(c, 149 * mm + i * 17 * mm, y - 1, f.get("contract") == k, hand, rng)
    y -= 8 * mm
    _box(c, 14 * mm, y - 1, emp == "not_employed", hand, rng)
    _w(c, 19 * mm, y, "Vous êtes sans activité professionnelle", "Arial", 8.5)
    y -= 7 * mm
    _box(c, 14 * mm, y - 1, emp == "other", hand, rng)
    _w(c, 19 * mm, y, "Autre situation (préciser) :", "Arial", 8.5)
    val(65 * mm, y, f.get("other", ""))
    y -= 11 * mm
    section("C — DATE ET SIGNATURE", y)
    y -= 9 * mm
    _w(
        c,
        14 * mm,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Arial",
        8,
    )
    y -= 9 * mm
    _w(c, 14 * mm, y, "Fait à", "Arial", 8.5)
    val(27 * mm, y, f["city"])
    _w(c, 80 * mm, y, "", "Arial", 8.5)
    val(80 * mm, y, f["date_txt"])
    _w(c, 130 * mm, y, "Signature", "Arial", 8.5)
    signature(c, 132 * mm, y - 17 * mm, 45 * mm, rng)
    _w(
        c,
        12 * mm,
        14 * mm,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, "
        "aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire.",
        "Arial",
        6,
    )
    _w(c, 12 * mm, 10 * mm, "S1106 — 1/2", "Arial", 6.5)


def cerfa_p2(c, W, H, f, rng: random.Random):
    _w(c, 12 * mm, H - 18 * mm, "PIÈCES JUSTIFICATIVES À JOINDRE", "ArialB", 12, BLUE)
    items = [
        "une photocopie de votre pièce d'identité en cours de validité (passeport, carte "
        "nationale d'identité) ;",
        "un justificatif de la régularité de votre séjour en France (visa long séjour valant "
        "titre de séjour, titre de séjour, récépissé) ;",
        "une pièce d'état civil : copie intégrale d'acte de naissance ou extrait avec filiation "
        "(apostillé ou légalisé selon le pays) ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
        "successives, attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    y = H - 30 * mm
    for it in items:
        _w(c, 15 * mm, y, "•", "Arial", 9)
        words, line = it.split(), ""
        for wd in words:
            if c.stringWidth(line + " " + wd, "Arial", 9) > W - 45 * mm:
                _w(c, 20 * mm, y, line.strip(), "Arial", 9)
                y -= 5 * mm
                line = ""
            line += " " + wd
        _w(c, 20 * mm, y, line.strip(), "Arial", 9)
        y -= 8 * mm
    y -= 4 * mm
    _w(
        c,
        12 * mm,
        y,
        "Quiconque se rend coupable de fraude ou de fausse déclaration est passible "
        "de sanctions (articles 313-1 et 441-1 du Code pénal, L.114-17 du CSS).",
        "Arial",
        7,
    )
    y -= 16 * mm
    c.setStrokeColorRGB(*BLUE)
    c.setLineWidth(1)
    c.rect(12 * mm, y - 62 * mm, W - 24 * mm, 66 * mm)
    _w(c, 15 * mm, y - 3 * mm, "Cadre réservé à l'organisme", "ArialB", 10, BLUE)
    for i, lab in enumerate(
        [
            "Date de réception :",
            "N° d'immatriculation attribué :",
            "Pièces vérifiées par :",
            "Visa de l'agent :",
        ]
    ):
        _w(c, 18 * mm, y - 14 * mm - i * 11 * mm, lab, "Arial", 8.5)
    _w(c, 12 * mm, 10 * mm, "S1106 — 2/2", "Arial", 6.5)
    del rng


# ------------------------------------------------------------------ bills
def bill(c, W, H, b, rng: random.Random):
    """Generic French supplier bill; b["brand"] selects colours and wording."""
    br = b["brand"]
    col = br["color"]
    fn, fb = br["fonts"]
    c.setFillColorRGB(*col)
    if br.get("band"):
        c.rect(0, H - 28 * mm, W, 28 * mm, stroke=0, fill=1)
        _w(c, 15 * mm, H - 17 * mm, br["name"], fb, 22, (1, 1, 1))
    else:
        _w(c, 15 * mm, H - 20 * mm, br["name"], fb, 24, col)
    _w(c, 15 * mm, H - 36 * mm, br["addr_sender"], fn, 7, (0.35, 0.35, 0.35))
    # recipient window
    x = 112 * mm
    _w(c, x, H - 48 * mm, b["holder_print"], fb, 10.5)
    for i, ln in enumerate(b["addr"]):
        _w(c, x, H - 53 * mm - i * 5 * mm, ln, fn, 10)
    _w(c, 15 * mm, H - 50 * mm, br["title"], fb, 16, col)
    lab = br["labels"]
    info = [
        (lab[0], b["number"]),
        (lab[1], b["issue_txt"]),
        (lab[2], b["client"]),
        (lab[3], b["period_txt"]),
    ]
    y = H - 60 * mm
    for k, v in info:
        _w(c, 15 * mm, y, k, fn, 8.5, (0.3, 0.3, 0.3))
        _w(c, 58 * mm, y, v, fb, 8.5)
        y -= 5.2 * mm
    y = H - 92 * mm
    c.setFillColorRGB(*[0.92 + 0.08 * v for v in col])
    c.rect(15 * mm, y - 2 * mm, W - 30 * mm, 16 * mm, stroke=0, fill=1)
    _w(c, 20 * mm, y + 7 * mm, br["amount_label"], fb, 12)
    _w(c, W - 70 * mm, y + 7 * mm, b["amount_txt"], fb, 16, col)
    _w(c, 20 * mm, y + 1 * mm, b["debit_txt"], fn, 8)
    y -= 16 * mm
    _w(c, 15 * mm, y, br["detail_title"], fb, 11, col)
    y -= 7 * mm
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    for ln, amt in b["lines"]:
        _w(c, 18 * mm, y, ln, fn, 9)
        c.setFont(fn, 9)
        c.drawRightString(W - 18 * mm, y, amt)
        c.line(15 * mm, y - 2 * mm, W - 15 * mm, y - 2 * mm)
        y -= 7 * mm
    y -= 4 * mm
    for ln in b.get("notes", []):
        _w(c, 15 * mm, y, ln, fn, 7.5, (0.3, 0.3, 0.3))
        y -= 4.2 * mm
    if b.get("datamatrix"):
        qr_like(c, W - 40 * mm, 22 * mm, 22 * mm, rng, n=22)
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.setDash(3, 2)
    c.line(10 * mm, 50 * mm, W - 10 * mm, 50 * mm)
    c.setDash()
    _w(c, 15 * mm, 44 * mm, "TIP SEPA / Mandat — " + br["name"], fn, 7.5)
    _w(c, 15 * mm, 38 * mm, "Réf. client " + b["client"] + "   Montant : " + b["amount_txt"], fn, 8)
    _w(c, 15 * mm, 14 * mm, br["legal"], fn, 6, (0.4, 0.4, 0.4))


# ------------------------------------------------------------------ RIB
def rib(c, W, H, r, rng: random.Random):
    fn, fb = r["fonts"]
    col = r["color"]
    _w(c, 15 * mm, H - 22 * mm, r["bank_logo"], fb, 20, col)
    _w(c, 15 * mm, H - 28 * mm, r["bank_sub"], fn, 8, (0.3, 0.3, 0.3))
    _w(c, 15 * mm, H - 44 * mm, r["title"], fb, 13)
    y = H - 56 * mm
    _w(c, 15 * mm, y, r["holder_label"], fn, 8, (0.35, 0.35, 0.35))
    _w(c, 15 * mm, y - 5 * mm, r["holder"], fb, 10.5)
    for i, ln in enumerate(r["holder_addr"]):
        _w(c, 15 * mm, y - 10 * mm - i * 4.5 * mm, ln, fn, 9)
    _w(c, 112 * mm, y, "Domiciliation", fn, 8, (0.35, 0.35, 0.35))
    for i, ln in enumerate(r["agency"]):
        _w(c, 112 * mm, y - 5 * mm - i * 4.5 * mm, ln, fn, 9)
    y -= 34 * mm
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    xs = [15, 45, 80, 135]
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.rect(13 * mm, y - 10 * mm, 145 * mm, 17 * mm)
    for hx, hd, vv in zip(xs, heads, vals, strict=True):
        _w(c, hx * mm, y + 2 * mm, hd, fn, 7.5, (0.35, 0.35, 0.35))
        _w(c, hx * mm, y - 5 * mm, vv, "Mono", 10.5)
    y -= 22 * mm
    _w(c, 15 * mm, y, r["iban_label"], fn, 8, (0.35, 0.35, 0.35))
    _w(c, 15 * mm, y - 6 * mm, iban_groups(r["iban"]), "MonoB", 12)
    _w(c, 130 * mm, y, "BIC", fn, 8, (0.35, 0.35, 0.35))
    _w(c, 130 * mm, y - 6 * mm, r["bic"], "MonoB", 12)
    y -= 20 * mm
    for ln in r["foot"]:
        _w(c, 15 * mm, y, ln, fn, 7, (0.4, 0.4, 0.4))
        y -= 4 * mm
    del rng


# ------------------------------------------------------------------ payslip
def payslip(c, W, H, p, rng: random.Random):
    fn, fb = p["fonts"]
    _w(c, 15 * mm, H - 16 * mm, "BULLETIN DE PAIE", fb, 15)
    _w(c, 15 * mm, H - 22 * mm, "Période du " + p["from"] + " au " + p["to"], fn, 9)
    _w(c, W - 70 * mm, H - 16 * mm, "Paiement le " + p["paid"], fn, 8.5)
    _w(c, W - 70 * mm, H - 21 * mm, "par virement", fn, 8.5)
    y = H - 34 * mm
    for ln in p["employer_lines"]:
        _w(c, 15 * mm, y, ln, fb if ln == p["employer_lines"][0] else fn, 8.5)
        y -= 4.5 * mm
    y2 = H - 34 * mm
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.rect(108 * mm, y2 - 26 * mm, W - 123 * mm, 31 * mm)
    for ln in p["employee_lines"]:
        _w(c, 112 * mm, y2, ln, fb if ln == p["employee_lines"][0] else fn, 9)
        y2 -= 4.8 * mm
    y = H - 70 * mm
    for k, v in p["info"]:
        _w(c, 15 * mm, y, k, fn, 8, (0.35, 0.35, 0.35))
        _w(c, 60 * mm, y, v, fn, 8)
        y -= 4.4 * mm
    y -= 5 * mm
    c.setFillColorRGB(0.9, 0.92, 0.95)
    c.rect(15 * mm, y - 1.5 * mm, W - 30 * mm, 6 * mm, stroke=0, fill=1)
    for x, hd in ((17, "Éléments de paie"), (110, "Base"), (135, "Taux"), (160, "Montant")):
        _w(c, x * mm, y, hd, fb, 8)
    y -= 7 * mm
    for lab, base, rate, amt in p["rows"]:
        bold = lab.isupper()
        _w(c, 17 * mm, y, lab, fb if bold else fn, 8)
        _w(c, 110 * mm, y, base, fn, 8)
        _w(c, 135 * mm, y, rate, fn, 8)
        c.setFont(fb if bold else fn, 8)
        c.drawRightString(W - 17 * mm, y, amt)
        y -= 5.2 * mm
    y -= 4 * mm
    c.setFillColorRGB(0.85, 0.9, 0.98)
    c.rect(15 * mm, y - 3 * mm, W - 30 * mm, 10 * mm, stroke=0, fill=1)
    _w(c, 18 * mm, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
    c.drawRightString(W - 18 * mm, y, p["net_before"])
    y -= 14 * mm
    _w(c, 18 * mm, y, "Impôt sur le revenu prélevé à la source (taux " + p["pas"] + ")", fn, 8.5)
    c.drawRightString(W - 18 * mm, y, "-" + p["pas_amt"])
    y -= 10 * mm
    c.setFillColorRGB(0.15, 0.3, 0.6)
    c.rect(15 * mm, y - 3 * mm, W - 30 * mm, 11 * mm, stroke=0, fill=1)
    _w(c, 18 * mm, y, "NET PAYÉ", fb, 11, (1, 1, 1))
    c.setFont(fb, 11)
    c.drawRightString(W - 18 * mm, y, p["net_paid"] + " €")
    _w(
        c,
        15 * mm,
        14 * mm,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. mon-entreprise.urssaf.fr",
        fn,
        6.2,
    )
    del rng


# ------------------------------------------------------------------ generic prose documents
def prose(c, W, H, d, rng: random.Random):
    """Contract / lease / attestation pages: title, paragraphs, signature blocks."""
    fn, fb = d["fonts"]
    size = d.get("size", 9.5)
    y = H - 20 * mm
    for ln in d.get("head", []):
        _w(c, 20 * mm, y, ln, fn, 8.5, (0.3, 0.3, 0.3))
        y -= 4.5 * mm
    if d.get("title"):
        y -= 6 * mm
        for t in d["title"]:
            c.setFont(fb, 13)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.drawCentredString(W / 2, y, t)
            y -= 7 * mm
        y -= 3 * mm
    for para in d["paras"]:
        if para.startswith("## "):
            y -= 2 * mm
            _w(c, 20 * mm, y, para[3:], fb, size + 0.5)
            y -= size * 0.5 * mm
            continue
        words, line = para.split(" "), ""
        for wd in words:
            if c.stringWidth((line + " " + wd).strip(), fn, size) > W - 40 * mm:
                _w(c, 20 * mm, y, line.strip(), fn, size)
                y -= size * 0.47 * mm
                line = ""
            line += " " + wd
        _w(c, 20 * mm, y, line.strip(), fn, size)
        y -= size * 0.47 * mm + 2.5 * mm
    y -= 4 * mm
    for i, (lab, signed) in enumerate(d.get("sigs", [])):
        x = 20 * mm + i * 90 * mm
        _w(c, x, y, lab, fn, 8.5)
        if signed:
            signature(c, x + 5 * mm, y - 20 * mm, 42 * mm, rng)
    if d.get("stamp"):
        rect_stamp(
            c,
            25 * mm,
            y - 38 * mm,
            d["stamp"],
            color=(0.2, 0.25, 0.55),
            size=7,
            angle=rng.uniform(-5, 5),
        )
    if d.get("footer"):
        _w(c, 20 * mm, 12 * mm, d["footer"], fn, 7, (0.4, 0.4, 0.4))
