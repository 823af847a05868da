"""Cerfa 15763*02 (S1106) in two print runs, filled by hand, typed, or as an AcroForm."""

import io

from reportlab.lib.utils import ImageReader

from ce_docs import dmy
from ce_kit import Page, draw_pdf_page, new_pdf, rl_font, to_image

BLUE = (0, 60, 130)
SITS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité et résidez en France de manière stable et "
            "régulière depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation, précisez :"),
]


class Filler:
    """Collects values; draws them by hand, typed, or records AcroForm fields."""

    def __init__(self, page, way, rng, hand_font="h_ecolier"):
        self.pg, self.way, self.rng, self.hf = page, way, rng, hand_font
        self.fields, self.checks = [], []

    def value(self, name, x, y, w, s):
        if not s:
            return
        if self.way == "hand":
            self.pg.hand(x + 1, y - 0.5, s, self.rng, self.hf, 13)
        elif self.way == "typed":
            self.pg.text(x + 1, y - 0.8, s, "arial", 10)
        else:
            self.fields.append((name, x, y - 5, w, 6, s))

    def comb(self, name, x, y, cell, s):
        if not s:
            return
        if self.way == "hand":
            self.pg.comb(x, y - 0.8, s, self.rng, cell, self.hf, 13)
        elif self.way == "typed":
            for i, ch in enumerate(s):
                self.pg.text(x + i * cell + cell / 2, y - 1, ch, "courier", 11, (0, 0, 0), "c")
        else:
            self.fields.append((name, x, y - 5, cell * len(s), 6, s))

    def tick(self, name, x, y, on):
        if self.way == "acro":
            self.checks.append((name, x, y, on))
        elif on:
            if self.way == "hand":
                r = self.rng
                self.pg.poly(
                    [
                        (x + 0.6, y + 1.5 + r.gauss(0, 0.2)),
                        (x + 1.7, y + 3.2),
                        (x + 4.5, y - 1.2 + r.gauss(0, 0.3)),
                    ],
                    0.5,
                    (20, 30, 110),
                )
            else:
                self.pg.line(x + 0.7, y + 0.7, x + 3.3, y + 3.3, 0.35)
                self.pg.line(x + 3.3, y + 0.7, x + 0.7, y + 3.3, 0.35)


def _bar(pg, y, letter, title, run):
    if run == 1:
        pg.rect(15, y - 5, 180, 7, 0, None, BLUE)
        pg.text(18, y, f"{letter}  {title}".strip(), "arialb", 10, (255, 255, 255))
    else:
        pg.text(15, y, f"{letter} — {title}" if letter else title, "latob", 11, BLUE)
        pg.line(15, y + 1.6, 195, y + 1.6, 0.6, BLUE)


def _combs(pg, x, y, n, cell, groups=()):
    for i in range(n):
        pg.rect(x + i * cell, y - 5, cell, 6.2, 0.25, (60, 60, 60))
    for g in groups:
        pg.line(x + g * cell, y - 5.5, x + g * cell, y + 1.7, 0.6, (0, 0, 0))


def form(v, way, rng, run=1, hand_font="h_ecolier"):
    """Return (page1, page2, filler1, filler2)."""
    p1, p2 = Page(), Page()
    lab = "arial" if run == 1 else "lato"
    labb = "arialb" if run == 1 else "latob"
    p1.rect(15, 10, 30, 14, 0, None, (0, 90, 170))
    p1.text(18, 16, "l'Assurance", "arialb", 8, (255, 255, 255))
    p1.text(18, 21, "Maladie", "arialb", 10, (255, 255, 255))
    p1.rect(160, 10, 35, 14, 0.5, (0, 0, 0))
    p1.text(177.5, 15.5, "cerfa", "arialb", 10, (0, 0, 0), "c")
    p1.text(177.5, 21, "N° 15763*02", lab, 8, (0, 0, 0), "c")
    p1.text(102, 32, "Demande d'ouverture des droits à l'assurance maladie", labb, 13, BLUE, "c")
    p1.text(102, 38, "Protection universelle maladie (PUMa)", labb, 10, (0, 0, 0), "c")
    p1.para(
        15,
        45,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et D. 160-2 du code de la "
        "sécurité sociale. Remplissez ce formulaire si vous travaillez ou résidez en France de "
        "manière stable et régulière et n'êtes pas encore couvert(e) par l'Assurance Maladie. "
        "Joignez les pièces listées en page 2 et adressez le tout à la caisse de votre lieu de "
        "résidence.",
        180,
        lab,
        7,
        3.3,
        (60, 60, 60),
    )
    f1 = Filler(p1, way, rng, hand_font)
    y = 66
    _bar(p1, y, "A", "VOUS", run)
    rows = [
        ("nom_naissance", "Nom de naissance", v["surname"]),
        ("nom_usage", "Nom d'usage (facultatif)", v.get("usage") or ""),
        ("prenoms", "Prénom(s)", v["given"]),
    ]
    y += 11
    for name, t, val in rows:
        if run == 1:
            p1.text(15, y, t, lab, 8.5)
            p1.rect(62, y - 5, 133, 6.5, 0.25, (90, 90, 90))
            f1.value(name, 62, y, 133, val)
        else:
            p1.text(15, y - 5.5, t, lab, 7, (60, 60, 60))
            for xx in range(15, 195, 2):
                p1.text(xx, y + 0.3, ".", lab, 7, (120, 120, 120))
            f1.value(name, 15, y, 180, val)
        y += 10 if run == 1 else 11
    p1.text(15, y, "Sexe", lab, 8.5)
    for i, s in enumerate("FM"):
        p1.rect(32 + i * 14, y - 3.8, 4, 4, 0.3)
        p1.text(38 + i * 14, y, s, lab, 8.5)
        f1.tick(f"sexe_{s}", 32 + i * 14, y - 3.8, v["sex"] == s)
    p1.text(70, y, "Date de naissance", lab, 8.5)
    _combs(p1, 100, y, 8, 5, (2, 4))
    f1.comb("date_naissance", 100, y, 5, v["dob"].strftime("%d%m%Y"))
    p1.text(145, y, "JJ MM AAAA", lab, 6, (120, 120, 120))
    y += 10
    p1.text(15, y, "Lieu de naissance (commune, pays)", lab, 8.5)
    p1.rect(70, y - 5, 125, 6.5, 0.25, (90, 90, 90))
    f1.value("lieu_naissance", 70, y, 125, v["pob"])
    y += 10
    p1.text(15, y, "Nationalité", lab, 8.5)
    p1.rect(40, y - 5, 60, 6.5, 0.25, (90, 90, 90))
    f1.value("nationalite", 40, y, 60, v["nat"])
    y += 10
    p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", lab, 8.5)
    _combs(p1, 85, y, 13, 4.6, (1, 3, 5, 7, 10))
    _combs(p1, 150, y, 2, 4.6)
    y += 10
    for name, t, val, x0, w in [("adresse", "Adresse", v["addr"], 35, 160)]:
        p1.text(15, y, t, lab, 8.5)
        p1.rect(x0, y - 5, w, 6.5, 0.25, (90, 90, 90))
        f1.value(name, x0, y, w, val)
    y += 10
    p1.text(15, y, "Code postal", lab, 8.5)
    _combs(p1, 37, y, 5, 5)
    f1.comb("code_postal", 37, y, 5, v["cp"])
    p1.text(68, y, "Commune", lab, 8.5)
    p1.rect(85, y - 5, 110, 6.5, 0.25, (90, 90, 90))
    f1.value("commune", 85, y, 110, v["city"])
    y += 10
    p1.text(15, y, "Téléphone", lab, 8.5)
    p1.rect(35, y - 5, 50, 6.5, 0.25, (90, 90, 90))
    f1.value("telephone", 35, y, 50, v["tel"])
    p1.text(90, y, "E-mail", lab, 8.5)
    p1.rect(103, y - 5, 92, 6.5, 0.25, (90, 90, 90))
    f1.value("email", 103, y, 92, v["email"])
    y += 16
    _bar(p1, y, "B", "VOTRE SITUATION", run)
    y += 11
    for key, t in SITS:
        p1.rect(15, y - 3.8, 4, 4, 0.3)
        f1.tick(f"situation_{key}", 15, y - 3.8, v["situation"] == key)
        p1.text(22, y, t, lab, 8.5)
        y += 7
        if key == "salarie":
            p1.text(22, y, "Emploi occupé :", lab, 7.5, (60, 60, 60))
            p1.rect(45, y - 4.5, 60, 6, 0.2, (120, 120, 120))
            f1.value("emploi", 45, y, 60, v.get("job") or "")
            p1.text(110, y, "Contrat :", lab, 7.5, (60, 60, 60))
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                p1.rect(124 + i * 18, y - 3.4, 3.4, 3.4, 0.25)
                p1.text(129 + i * 18, y, ct, lab, 7.5)
                f1.tick(f"contrat_{ct}", 124 + i * 18, y - 3.4, v.get("contract") == ct)
            y += 8
    p1.text(195, 287, "S1106 — cerfa n° 15763*02 — page 1/2", lab, 6.5, (90, 90, 90), "r")

    f2 = Filler(p2, way, rng, hand_font)
    y = 20
    _bar(p2, y, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p2.para(
        15,
        y + 10,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler à ma caisse tout changement de situation. "
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        180,
        lab,
        8.5,
        4.2,
    )
    y += 6
    p2.text(15, y, "Fait à", lab, 9)
    p2.rect(28, y - 5, 70, 6.5, 0.25, (90, 90, 90))
    f2.value("fait_a", 28, y, 70, v["place"])
    p2.text(105, y, "le", lab, 9)
    p2.rect(111, y - 5, 45, 6.5, 0.25, (90, 90, 90))
    sig_y = y + 6
    if run == 1:
        p2.text(15, sig_y + 4, "Signature", labb, 9)
        p2.rect(15, sig_y + 6, 85, 30, 0.4)
        box = (15, sig_y + 6, 85, 30)
    else:
        p2.rect(15, sig_y + 2, 85, 30, 0.4)
        p2.text(57, sig_y + 18, "Signature", lab, 14, (215, 215, 215), "c")
        box = (15, sig_y + 2, 85, 30)
    y = sig_y + 46
    _bar(p2, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y += 10
    for s in [
        "une pièce d'identité : passeport ou carte nationale d'identité en cours de validité",
        (
            "votre titre de séjour, VLS-TS ou récépissé de demande (ressortissants hors UE/EEE/"
            "Suisse)"
        ),
        (
            "votre acte de naissance (copie intégrale ou extrait avec filiation), avec apostille "
            "ou légalisation selon le pays"
        ),
        (
            "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
            "factures successives, attestation d'hébergement)"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire",
    ]:
        p2.text(17, y, "•", lab, 9)
        y = p2.para(21, y, s, 172, lab, 8.5, 4.2) + 2
    y += 8
    p2.rect(15, y, 180, 28, 0.3, (90, 90, 90), (238, 238, 238))
    p2.text(18, y + 6, "Cadre réservé à l'organisme", labb, 8.5)
    p2.text(18, y + 14, "Date de réception : ____ / ____ / ______", lab, 8)
    p2.text(110, y + 14, "Pièces vérifiées :  □ oui   □ non", lab, 8)
    p2.text(18, y + 22, "Matricule agent : ____________", lab, 8)
    p2.text(195, 287, "S1106 — cerfa n° 15763*02 — page 2/2", lab, 6.5, (90, 90, 90), "r")
    return p1, p2, f1, f2, box, (111, y_le(sig_y))


def y_le(sig_y):
    return sig_y - 6


def sign_and_date(p2, box, le_xy, v, rng, hand_font="h_ecolier", date_typed=False):
    """Write the date after 'le' and a handwritten signature in the box."""
    x, y = le_xy
    if date_typed:
        p2.text(x + 1, y - 0.8, v["date_text"], "arial", 10)
    else:
        p2.hand(x + 1, y - 0.5, v["date_text"], rng, hand_font, 13)
    bx, by, bw, bh = box
    p2.signature(bx + 12, by + 6, bw * 0.6, bh * 0.6, rng)


def acro_pdf(path, p1, p2, f1, f2, box, sig_img):
    """Fillable PDF: AcroForm text fields and checkboxes, signature image pasted in the box."""
    c = new_pdf(path, title="S1106 Demande d'ouverture des droits", creator="Assurance Maladie")
    mm = 72 / 25.4
    fnt = rl_font("arial")
    for pg, fl in ((p1, f1), (p2, f2)):
        draw_pdf_page(c, pg)
        for name, x, y, w, h, val in fl.fields:
            c.acroForm.textfield(
                name=name,
                value=val,
                x=x * mm,
                y=(297 - y - h) * mm,
                width=w * mm,
                height=h * mm,
                borderWidth=0,
                fontName="Helvetica",
                fontSize=10,
                fillColor=None,
                borderColor=None,
            )
        for name, x, y, on in fl.checks:
            c.acroForm.checkbox(
                name=name,
                checked=on,
                x=x * mm,
                y=(297 - y - 4) * mm,
                size=4 * mm,
                buttonStyle="cross",
                borderWidth=0.5,
            )
        if pg is p2:
            bx, by, bw, bh = box
            b = io.BytesIO()
            sig_img.save(b, "PNG")
            c.drawImage(
                ImageReader(io.BytesIO(b.getvalue())),
                (bx + 8) * mm,
                (297 - by - bh + 3) * mm,
                (bw - 16) * mm,
                (bh - 6) * mm,
                mask="auto",
            )
        c.showPage()
    del fnt
    c.save()


def signature_png(rng, w=60, h=22):
    pg = Page(w, h)
    pg.signature(2, 2, w - 6, h - 6, rng, (15, 25, 100), 0.5)
    im = to_image(pg, 200).convert("RGBA")
    px = im.load()
    for j in range(im.size[1]):
        for i in range(im.size[0]):
            r, g, b, _ = px[i, j]
            if r > 240 and g > 240 and b > 240:
                px[i, j] = (255, 255, 255, 0)
    return im


def form_values(a, place, signed, situation, job=None, contract_type=None):
    return {
        "surname": a["sur"].upper(),
        "usage": None,
        "given": a["giv_form"],
        "sex": a["sex"],
        "dob": a["dob"],
        "pob": a["pob_form"],
        "nat": a["nat_form"],
        "addr": a["addr1"],
        "cp": a["cp"],
        "city": a["city"],
        "tel": a["tel"],
        "email": a["email"],
        "situation": situation,
        "job": job,
        "contract": contract_type,
        "place": place,
        "date": signed,
        "date_text": dmy(signed),
    }
