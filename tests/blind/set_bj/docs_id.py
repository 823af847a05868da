"""Application form (cerfa 15763*02), passports, VLS-TS sticker, residence permit, French CNI."""

from __future__ import annotations

import random

from ids import mrva, td1, td3
from render import Page, portrait, to_pil

BLUE = (0, 60, 130)
GREY = (90, 90, 90)


def _fr(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


# ----------------------------------------------------------------- cerfa 15763*02
def form_pages(p: dict, rng: random.Random, run: int, fill: str, sig: bool = True):
    """Return two Pages. fill: 'hand' or 'typed'. run: print run 0/1/2."""
    body = ["sans", "carlito", "lato"][run]
    bold = ["sansb", "carlitob", "latob"][run]
    hf = p.get("hand_font", "hand3")
    ink = (20, 30, 110) if rng.random() < 0.7 else (25, 25, 25)

    def val(pg, x, y, s, size=11):
        if fill == "hand":
            pg.hand(x, y, s, rng, hf, size + 1, ink)
        else:
            pg.text(x, y, s, "mono" if run == 1 else "sans", size - 1)

    def bar(pg, y, title):
        if run == 0:
            pg.rect(15, y - 5, 180, 7, stroke=None, fill=BLUE)
            pg.text(17, y, title, bold, 10.5, (255, 255, 255))
        elif run == 1:
            pg.text(15, y, title, bold, 11, BLUE)
            pg.line(15, y + 1.5, 195, y + 1.5, BLUE, 0.6)
        else:
            pg.rect(15, y - 5, 180, 7, stroke=BLUE, fill=(225, 235, 248))
            pg.text(17, y, title, bold, 10.5, BLUE)

    def box(pg, x, y, ticked, label):
        pg.rect(x, y - 3, 3.4, 3.4, stroke=(0, 0, 0), lw=0.25)
        pg.text(x + 5, y, label, body, 8.5)
        if ticked:
            if fill == "hand":
                pg.poly([(x + 0.4, y - 2.6), (x + 3.2, y + 0.2)], ink, 0.45)
                pg.poly([(x + 3.1, y - 2.8), (x + 0.3, y + 0.3)], ink, 0.45)
            else:
                pg.text(x + 0.6, y - 0.2, "X", "sansb", 9)

    p1 = Page()
    p1.text(15, 16, "l'Assurance", bold, 13, BLUE)
    p1.text(15, 22, "Maladie", bold, 13, BLUE)
    p1.rect(165, 9, 30, 14, stroke=(0, 0, 0), lw=0.3)
    p1.text(180, 14, "cerfa", "sansb", 9, align="c")
    p1.text(180, 20, "N° 15763*02", "sans", 8, align="c")
    p1.text(105, 32, "Demande d'ouverture des droits à l'assurance maladie", bold, 14, align="c")
    p1.text(105, 38, "Protection universelle maladie (PUMa)", body, 11, align="c")
    p1.lines(
        15,
        45,
        [
            "Vous travaillez ou résidez en France de manière stable et régulière depuis plus de "
            "trois mois : remplissez ce formulaire",
            "et joignez les pièces justificatives demandées. Écrivez en majuscules. "
            "Articles L. 160-1, L. 160-5, R. 111-2 et D. 160-2",
            "du code de la sécurité sociale.",
        ],
        body,
        7,
        color=GREY,
    )
    bar(p1, 60, "A  VOUS")
    y = 70
    labels_above = run == 2
    rows = [
        ("Nom de naissance", p["surname"]),
        ("Nom d'usage (facultatif)", ""),
        ("Prénom(s)", p["given"]),
    ]
    for lab, v in rows:
        if labels_above:
            p1.text(17, y - 4, lab, body, 8)
            p1.rect(17, y - 2.5, 176, 6, stroke=(120, 120, 120), lw=0.2)
            val(p1, 19, y + 2.3, v)
            y += 12
        else:
            p1.text(17, y, lab, body, 9)
            p1.line(60, y + 0.8, 193, y + 0.8, (150, 150, 150), 0.2)
            val(p1, 62, y, v)
            y += 9
    p1.text(17, y, "Sexe", body, 9)
    box(p1, 35, y, p["sex"] == "F", "F")
    box(p1, 50, y, p["sex"] == "M", "M")
    p1.text(80, y, "Date de naissance", body, 9)
    d = p["dob"]
    dd = d[8:10] + d[5:7] + d[0:4]
    cw = 5.2
    if fill == "hand":
        p1.comb(112, y + 1, dd[:2], 2, cw, rng, hf, 12, ink)
        p1.comb(124, y + 1, dd[2:4], 2, cw, rng, hf, 12, ink)
        p1.comb(136, y + 1, dd[4:], 4, cw, rng, hf, 12, ink)
    else:
        for x0, s, n in ((112, dd[:2], 2), (124, dd[2:4], 2), (136, dd[4:], 4)):
            for i in range(n):
                p1.rect(x0 + i * cw, y - 4.4, cw, 5.4, stroke=(60, 60, 60), lw=0.2)
                p1.text(x0 + i * cw + 1.3, y, s[i], "mono", 10)
    y += 10
    for lab, v in (
        ("Lieu de naissance (commune, pays)", p["pob_form"]),
        ("Nationalité", p["nat_fr"]),
    ):
        p1.text(17, y, lab, body, 9)
        p1.line(75, y + 0.8, 193, y + 0.8, (150, 150, 150), 0.2)
        val(p1, 77, y, v)
        y += 9
    p1.text(17, y, "N° de sécurité sociale (si vous en avez un)", body, 9)
    for i in range(15):
        p1.rect(90 + i * 4.6 + (3 if i >= 13 else 0), y - 4, 4.6, 5, stroke=(60, 60, 60), lw=0.2)
    y += 9
    p1.text(17, y, "N° d'allocataire CAF (facultatif)", body, 9)
    p1.line(75, y + 0.8, 193, y + 0.8, (150, 150, 150), 0.2)
    y += 9
    for lab, v in (
        ("Adresse", p["street"]),
        ("Code postal", p["cp"]),
        ("Commune", p["city"]),
        ("Téléphone", p["phone"]),
        ("Adresse e-mail", p["email"]),
    ):
        p1.text(17, y, lab, body, 9)
        p1.line(45, y + 0.8, 193, y + 0.8, (150, 150, 150), 0.2)
        val(p1, 47, y, v)
        y += 8.5
    y += 4
    bar(p1, y, "B  VOTRE SITUATION")
    y += 10
    sit = p["situation"]
    box(p1, 17, y, sit == "salarie", "Vous exercez une activité salariée en France")
    y += 6
    if sit == "salarie":
        p1.text(24, y, "Emploi occupé :", body, 8.5)
        val(p1, 50, y, p["job_title"], 10)
        y += 6
    p1.text(24, y, "Type de contrat :", body, 8.5)
    x = 52
    for ct in ("CDI", "CDD", "Intérim", "Autre"):
        box(p1, x, y, sit == "salarie" and p.get("contract") == ct, ct)
        x += 22
    y += 7
    box(p1, 17, y, False, "Vous exercez une activité non salariée (indépendant)")
    y += 6
    box(p1, 17, y, False, "Vous êtes demandeur d'emploi")
    y += 6
    box(p1, 17, y, False, "Vous êtes étudiant(e)")
    y += 6
    box(
        p1,
        17,
        y,
        sit == "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    )
    y += 6
    box(p1, 17, y, False, "Autre situation, précisez :")
    p1.line(70, y + 0.8, 193, y + 0.8, (150, 150, 150), 0.2)
    p1.text(105, 288, "S1106 — cerfa n° 15763*02 — page 1/2", body, 7, GREY, "c")

    p2 = Page()
    bar(p2, 20, "C  VOS ENGAGEMENTS ET SIGNATURE")
    p2.lines(
        17,
        30,
        [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
            "Je m'engage à signaler à ma caisse tout changement dans ma situation.",
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
            "fraudes ou de fausses déclarations",
            "(articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
        ],
        body,
        8.5,
    )
    p2.text(17, 55, "Fait à", body, 10)
    p2.line(30, 56, 95, 56, (150, 150, 150), 0.2)
    p2.text(100, 55, "le", body, 10)
    p2.line(106, 56, 150, 56, (150, 150, 150), 0.2)
    if fill == "hand":
        p2.hand(32, 55, p["place"], rng, hf, 13, ink)
        p2.hand(108, 55, _fr(p["signed_on"]), rng, hf, 13, ink)
    else:
        p2.text(32, 55, p["place"], "sans", 10)
        if p.get("typed_date", True):
            p2.text(108, 55, _fr(p["signed_on"]), "sans", 10)
        else:
            p2.hand(108, 55, _fr(p["signed_on"]), rng, hf, 13, ink)
    if run == 1:
        p2.text(112, 63, "Signature", body, 9)
        p2.rect(110, 65, 80, 30, stroke=(0, 0, 0), lw=0.3)
    else:
        p2.rect(110, 62, 80, 33, stroke=(0, 0, 0), lw=0.3)
        p2.text(150, 68, "Signature", body, 9, (170, 170, 170) if run == 2 else (0, 0, 0), "c")
    if sig:
        p2.signature(118, 70, 60, 20, rng, ink)
    bar(p2, 110, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    p2.lines(
        19,
        120,
        [
            "•  une photocopie de votre pièce d'identité (passeport ou carte nationale "
            "d'identité) ;",
            "•  si vous êtes étranger hors UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé ;",
            "•  une copie intégrale de votre acte de naissance ou un extrait avec filiation "
            "(apostillé ou légalisé le cas échéant) ;",
            "•  un justificatif de résidence en France depuis plus de trois mois (bail, trois "
            "factures successives, attestation",
            "    d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile "
            "de l'hébergeant) ;",
            "•  un relevé d'identité bancaire (RIB) à votre nom ;",
            "•  si vous travaillez : votre contrat de travail ou votre dernier bulletin de "
            "salaire.",
        ],
        body,
        8.5,
        lead=1.5,
    )
    p2.rect(15, 175, 180, 35, stroke=GREY, lw=0.3)
    p2.text(18, 181, "Cadre réservé à l'organisme", bold, 9, GREY)
    p2.text(18, 190, "Date de réception : ____/____/______", body, 8.5, GREY)
    p2.text(18, 198, "Pièces vérifiées :  □ oui   □ non", body, 8.5, GREY)
    p2.text(110, 190, "Matricule agent : __________", body, 8.5, GREY)
    p2.text(105, 288, "S1106 — cerfa n° 15763*02 — page 2/2", body, 7, GREY, "c")
    return [p1, p2]


def form_fields(p: dict, signed=True) -> dict:
    return {
        "surname": p["surname"],
        "usage_name": None,
        "given_names": p["given"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": "employed" if p["situation"] == "salarie" else "not_employed",
        "situation": p["situation"],
        "contract_type": p.get("contract"),
        "signed": signed,
        "signed_on": p["signed_on"],
        "date_text": _fr(p["signed_on"]),
        "place": p["place"],
        "nir": None,
    }


# ----------------------------------------------------------------- passport data page
def _label(pg, x, y, fr_en, value, lf, vf, size=7.5):
    pg.text(x, y, fr_en, lf, 5, (70, 70, 90))
    pg.text(x, y + 3.6, value, vf, size)


def passport_page(p: dict, rng: random.Random, style: dict) -> tuple:
    """ID-3 data page (125 x 88 mm). Returns (PIL image at 400 dpi, mrz lines)."""
    mrz = td3(
        "P<",
        p["nat"],
        p["surname"],
        p["given"],
        p["passport_no"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["pp_expiry"],
        p.get("personal", ""),
    )
    pg = Page(125, 88, style["bg"])
    for i in range(0, 125, 3):  # guilloche-like background
        pg.line(i, 0, i + 20, 88, style["guill"], 0.1)
    pg.text(62.5, 6, style["country_line"], "sansb", 8, style["ink"], "c")
    if style.get("country_line2"):
        pg.text(62.5, 10, style["country_line2"], "sans", 6, style["ink"], "c")
    pg.image(5, 16, 30, 40, portrait(rng, style["skin"]))
    lf, vf = style.get("lf", "sans"), style.get("vf", "sansb")
    x = 40
    _label(pg, x, 16, style["lab_type"], "P", lf, vf)
    _label(pg, x + 16, 16, style["lab_code"], p["nat"], lf, vf)
    _label(pg, x + 40, 16, style["lab_no"], p["passport_no"], lf, vf, 8.5)
    _label(pg, x, 24, style["lab_surname"], p["pp_surname"], lf, vf)
    if p.get("cjk_name"):
        pg.text(x + 45, 27.6, p["cjk_name"], "cjk", 8)
    _label(pg, x, 32, style["lab_given"], p["pp_given"], lf, vf)
    _label(pg, x, 40, style["lab_nat"], style["nat_text"], lf, vf)
    _label(pg, x, 48, style["lab_dob"], style["date"](p["dob"]), lf, vf)
    _label(pg, x + 45, 48, style["lab_sex"], p["sex"], lf, vf)
    _label(pg, x, 56, style["lab_pob"], p["pp_pob"], lf, vf)
    _label(pg, x, 64, style["lab_issue"], style["date"](p["pp_issue"]), lf, vf)
    _label(pg, x + 45, 64, style["lab_exp"], style["date"](p["pp_expiry"]), lf, vf)
    _label(pg, x + 45, 56, style["lab_auth"], style["authority"], lf, vf, 6)
    pg.signature(6, 58, 26, 8, rng, (30, 30, 30), 0.25)
    pg.rect(0, 74, 125, 14, stroke=None, fill=tuple(min(255, c + 6) for c in style["bg"]))
    for i, ln in enumerate(mrz):
        pg.text(4, 80 + i * 5.2, ln, "ocrb", 10.3, (10, 10, 10))
    return to_pil(pg, 400), mrz


def fr_date_dual(iso):
    m = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    return f"{iso[8:10]} {m[int(iso[5:7]) - 1]} {iso[0:4]}"


def passport_fields(p, mrz_valid=True):
    return {
        "surname": p["pp_surname"],
        "given_names": p["pp_given"],
        "document_number": p["passport_no"],
        "nationality": p["nat"],
        "issuing_country": p["nat"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["pp_expiry"],
        "mrz_valid": mrz_valid,
    }


# ----------------------------------------------------------------- VLS-TS sticker
def visa_sticker(p: dict, rng: random.Random, v: dict):
    """French long-stay visa sticker (MRV-A, 120 x 80 mm) on a passport visa page."""
    mrz = mrva(
        "FRA",
        p["surname"],
        p["given"],
        p["passport_no"],
        p["nat"],
        p["dob"],
        p["sex"],
        v["until"],
        v.get("opt", ""),
    )
    pg = Page(125, 88, (236, 232, 222))
    for i in range(0, 88, 2):
        pg.line(0, i, 125, i + 4, (225, 218, 205), 0.1)
    s = Page(120, 80, (232, 240, 236))
    for i in range(0, 120, 2):
        s.line(i, 0, i + 30, 80, (205, 225, 222), 0.12)
    s.text(4, 6, "VISA", "sansb", 11, (20, 60, 120))
    s.text(60, 6, "FRA", "sansb", 9, (20, 60, 120), "c")
    s.text(116, 6, v["sticker_no"], "sansb", 9, (180, 20, 20), "r")
    rows = [
        (4, 12, "VALABLE POUR / VALID FOR", "FRANCE + SCHENGEN"),
        (4, 19, "DU / FROM", v["from_fr"]),
        (48, 19, "AU / UNTIL", v["until_fr"]),
        (4, 26, "TYPE DE VISA / TYPE OF VISA", "D"),
        (48, 26, "DURÉE DU SÉJOUR / DURATION", "365 JOURS"),
        (86, 26, "NOMBRE D'ENTRÉES", "MULT"),
        (4, 33, "DÉLIVRÉ À / ISSUED IN", v["issued_in"]),
        (48, 33, "LE / ON", v["issued_fr"]),
        (4, 40, "NUMÉRO DE PASSEPORT", p["passport_no"]),
        (4, 47, "NOM, PRÉNOM / SURNAME, NAME", f"{p['surname']}, {p['given']}"),
        (4, 54, "REMARQUES", v["remarks"]),
    ]
    for x, y, lab, value in rows:
        s.text(x, y, lab, "sans", 4.8, (60, 70, 90))
        s.text(x, y + 3.3, value, "sansb", 7)
    s.rect(88, 32, 26, 30, stroke=None, fill=(210, 215, 218))
    s.image(89, 33, 24, 28, portrait(rng, p["skin"]))
    for i, ln in enumerate(mrz):
        s.text(3, 69 + i * 5, ln, "ocrb", 9.8, (10, 10, 10))
    pg.image(2.5, 4, 120, 80, to_pil(s, 400))
    return to_pil(pg, 400), mrz


def visa_fields(p, v):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["passport_no"],
        "nationality": p["nat"],
        "issuing_country": "FRA",
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["from"],
        "valid_until": v["until"],
    }


# ----------------------------------------------------------------- TD1 cards
def fr_card(p: dict, rng: random.Random, kind: str, extra: dict):
    """kind 'cni' (carte nationale d'identité 2021) or 'ts' (titre de séjour).
    Returns (front, back) PIL images (85.6 x 54 mm at 500 dpi) and the MRZ."""
    if kind == "cni":
        mrz = td1(
            "ID",
            "FRA",
            p["doc_no"],
            p["dob"],
            p["sex"],
            p["expiry"],
            "FRA",
            p["surname"],
            p["given"],
        )
        bg, title = (226, 232, 242), "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"
    else:
        mrz = td1(
            "IR",
            "FRA",
            p["doc_no"],
            p["dob"],
            p["sex"],
            p["expiry"],
            p["nat"],
            p["surname"],
            p["given"],
        )
        bg, title = (236, 228, 238), "TITRE DE SÉJOUR / RESIDENCE PERMIT"
    f = Page(85.6, 54, bg)
    for i in range(0, 86, 2):
        f.line(i, 0, i + 12, 54, tuple(c - 12 for c in bg), 0.08)
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.5, (0, 35, 110))
    f.text(3, 8.5, title, "sans", 4.5, (0, 35, 110))
    f.image(3, 12, 22, 28, portrait(rng, p["skin"]))
    rows = [
        ("NOM / Surname", p["surname"]),
        ("Prénoms / Given names", p["given_disp"]),
        ("Sexe / Sex", p["sex"]),
        ("Date de naiss. / Date of birth", p["dob_fr"]),
    ]
    if kind == "cni":
        rows.insert(0, ("N° du document / Document No", p["doc_no"]))
        rows += [("Nationalité", "FRA"), ("Date d'expiration", p["exp_fr"])]
    else:
        rows += [
            ("Nationalité", p["nat"]),
            ("N° / Document No", p["doc_no"]),
            ("Type / Remarques", extra["type"]),
            ("Valable jusqu'au", p["exp_fr"]),
        ]
    y = 12
    for lab, v in rows:
        f.text(28, y, lab, "sans", 3.6, (60, 60, 80))
        f.text(28, y + 2.6, v, "sansb", 5.4)
        y += 4.8
    f.signature(4, 42, 20, 7, rng, (20, 20, 20), 0.2)
    b = Page(85.6, 54, bg)
    for i in range(0, 86, 2):
        b.line(i, 54, i + 12, 0, tuple(c - 12 for c in bg), 0.08)
    by = 6
    for lab, v in extra["back"]:
        b.text(4, by, lab, "sans", 3.6, (60, 60, 80))
        b.text(4, by + 2.9, v, "sansb", 5.4)
        by += 6.5
    b.rect(0, 35, 85.6, 19, stroke=None, fill=(245, 245, 245))
    for i, ln in enumerate(mrz):
        b.text(3.5, 40.5 + i * 4.8, ln, "ocrb", 10.2, (10, 10, 10))
    return to_pil(f, 500), to_pil(b, 500), mrz


def card_fields(p, issuing="FRA"):
    return {
        "surname": p["surname"],
        "given_names": p["given_disp"],
        "document_number": p["doc_no"],
        "nationality": p.get("nat", "FRA"),
        "issuing_country": issuing,
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": True,
    }
