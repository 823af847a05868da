"""The application form (cerfa n° 15763*02, ameli S1106), drawn from the description in
tests/blind/briefs/form.md, in two print runs of our own:

- run "A": blue section bars, labels beside the fields, comb boxes for names;
- run "B": underlined section titles, labels above the fields, plain boxes.

Filling: ``hand`` (pen), ``typed`` (typed on screen, printed), ``acro`` (AcroForm fields in
the PDF itself), ``printed`` (the filled fillable PDF, printed)."""

from __future__ import annotations

import random

from reportlab.lib.colors import Color

from cc_checks import fr
from cc_core import MM, PdfPage

BLUE = (0, 82, 156)
GREY = (90, 90, 95)
INK = (20, 20, 25)
PEN = (18, 32, 120)


class Filler:
    def __init__(self, pg, mode, rng: random.Random, vals: dict):
        self.pg, self.mode, self.rng, self.v = pg, mode, rng, vals
        self.shift = (rng.uniform(-0.6, 0.6), rng.uniform(-0.5, 0.3))
        self.font = {"typed": "lmono", "printed": "sans"}.get(mode, "sans")

    def _acro(self):
        return self.pg.c.acroForm

    def comb(self, name, x, y, cell, h, n, value):
        if self.mode is None:
            return
        value = (value or "")[:n]
        pg = self.pg
        if self.mode == "acro":
            self._acro().textfield(
                name=name,
                value=value,
                x=x * MM,
                y=(pg.h - y - h) * MM,
                width=cell * n * MM,
                height=h * MM,
                borderWidth=0,
                fillColor=Color(0.88, 0.92, 1.0),
                maxlen=n,
                fieldFlags="comb",
                fontName="Helvetica",
                fontSize=9,
                textColor=Color(0, 0, 0),
            )
            return
        if not value:
            return
        base = y + h * 0.72
        if self.mode == "hand":
            pg.comb_hand(x, base, cell, value, self.rng, "hand", h * 1.9, PEN)
        else:
            dx, dy = self.shift
            for i, ch in enumerate(value):
                pg.text(
                    x + cell * i + cell / 2 + dx * 0.4, base + dy * 0.4, ch, self.font, 9, INK, "c"
                )

    def line(self, name, x, y, w, value, h=5.0):
        """A free text field whose baseline is y (box top at y - h + 1)."""
        if self.mode is None:
            return
        pg = self.pg
        if self.mode == "acro":
            self._acro().textfield(
                name=name,
                value=value or "",
                x=x * MM,
                y=(pg.h - y - 1.2) * MM,
                width=w * MM,
                height=h * MM,
                borderWidth=0,
                fillColor=Color(0.88, 0.92, 1.0),
                maxlen=120,
                fontName="Helvetica",
                fontSize=9,
                textColor=Color(0, 0, 0),
            )
            return
        if not value:
            return
        if self.mode == "hand":
            pg.hand(x + 1.5, y - 0.4, value, self.rng, "hand", 12, PEN)
        else:
            dx, dy = self.shift
            pg.text(
                x + 1.2 + dx,
                y - 0.3 + dy,
                value,
                self.font,
                9.5 if self.mode == "typed" else 9,
                INK,
            )

    def check(self, name, x, y, s, on):
        if self.mode is None:
            return
        pg = self.pg
        if self.mode == "acro":
            self._acro().checkbox(
                name=name,
                checked=bool(on),
                x=x * MM,
                y=(pg.h - y - s) * MM,
                size=s * MM,
                buttonStyle="cross",
                borderWidth=0.5,
                borderColor=Color(0.3, 0.3, 0.3),
                fillColor=Color(0.88, 0.92, 1.0),
                textColor=Color(0, 0, 0),
                fieldFlags="",
            )
            return
        if not on:
            return
        if self.mode == "hand":
            pg.tick(x, y, s, self.rng, PEN, cross=self.v.get("cross", False))
        else:
            pg.text(
                x + s / 2,
                y + s * 0.82,
                "X",
                "sans-b" if self.mode == "printed" else "lmono",
                9,
                INK,
                "c",
            )


def logo(pg, x, y):
    pg.ellipse(x + 5, y + 6, 5, 5, fill=(0, 120, 200))
    pg.ellipse(x + 7.5, y + 4.5, 2.2, 2.2, fill=(255, 255, 255))
    pg.text(x + 12, y + 5, "l'Assurance", "sans-b", 9, BLUE)
    pg.text(x + 12, y + 10.5, "Maladie", "sans-b", 12.5, BLUE)


def cerfa_box(pg, x, y):
    pg.rect(x, y, 32, 14, stroke=INK, lw=0.35)
    pg.text(x + 3, y + 6.5, "cerfa", "serif-b", 13, INK)
    pg.text(x + 3, y + 11.5, "N° 15763*02", "sans", 7.5, INK)


NOTICE = (
    "Vous résidez en France de manière stable et régulière, ou vous y exercez une activité "
    "professionnelle, et vous n'avez pas encore de droits ouverts à l'assurance maladie : remplissez "
    "ce formulaire et adressez-le, avec les pièces justificatives listées en page 2, à la caisse "
    "d'assurance maladie de votre lieu de résidence."
)
LEGAL = "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2, R. 111-3 et D. 160-2 du code de la sécurité sociale."
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation."
)
FRAUDE = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles 313-1 à "
    "313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    (
        "une pièce d'identité en cours de validité (passeport, carte nationale d'identité pour les "
        "ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;"
    ),
    (
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, votre visa long "
        "séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;"
    ),
    (
        "un acte de naissance (copie intégrale ou extrait avec filiation), avec apostille ou légalisation "
        "si l'acte a été établi à l'étranger ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
        "successives, ou attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée en France (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


def comb_boxes(pg, x, y, cell, h, n, col=GREY, groups=None):
    pg.rect(x, y, cell * n, h, stroke=col, lw=0.25, fill=(255, 255, 255))
    for i in range(1, n):
        tall = groups and i in groups
        pg.line(
            x + cell * i,
            y + (0 if tall else h * 0.45),
            x + cell * i,
            y + h,
            0.2 if not tall else 0.35,
            col,
        )


def page1(pg, run, f: Filler, v: dict):
    A = run == "A"
    body = "sans" if A else "carlito"
    bold = "sans-b" if A else "carlito-b"
    logo(pg, 12, 9)
    cerfa_box(pg, 166, 9)
    pg.text(
        105,
        34,
        "Demande d'ouverture des droits à l'assurance maladie",
        bold,
        15 if A else 16,
        BLUE,
        "c",
    )
    pg.text(105, 40.5, "Protection universelle maladie (PUMa)", body, 10, INK, "c")
    y = pg.para(14, 47, 182, NOTICE, body, 7.2, 3.2, GREY)
    pg.text(14, y + 1, LEGAL, body, 6.5, GREY)

    def section(yy, letter, title):
        if A:
            pg.rect(12, yy, 186, 6.5, fill=BLUE)
            pg.text(15, yy + 4.8, f"{letter}  {title}", "sans-b", 10, (255, 255, 255))
        else:
            pg.text(12, yy + 5, f"{letter} - {title}", "carlito-b", 12, BLUE)
            pg.line(12, yy + 6.6, 198, yy + 6.6, 0.6, BLUE)

    y0 = y + 6
    section(y0, "A", "VOUS")
    cell, ch = (5.0, 6.0)
    rows = y0 + 10
    if A:
        for i, (lab, key, nm) in enumerate(
            [
                ("Nom de naissance", "surname", "NomNaissance"),
                ("Nom d'usage (facultatif)", "usage", "NomUsage"),
                ("Prénom(s)", "given", "Prenoms"),
            ]
        ):
            yy = rows + i * 8.5
            pg.text(14, yy + 4.3, lab, body, 8.5, INK)
            comb_boxes(pg, 63, yy, cell, ch, 27)
            f.comb(nm, 63, yy, cell, ch, 27, v.get(key))
        yy = rows + 3 * 8.5
    else:
        for i, (lab, key, nm) in enumerate(
            [
                ("Nom de naissance", "surname", "NomNaissance"),
                ("Nom d'usage (facultatif)", "usage", "NomUsage"),
                ("Prénom(s) (dans l'ordre de l'état civil)", "given", "Prenoms"),
            ]
        ):
            yy = rows + i * 10.5
            pg.text(14, yy, lab, body, 8.5, GREY)
            pg.rect(14, yy + 1.3, 184, 6, stroke=GREY, lw=0.25)
            f.line(nm, 14, yy + 5.6, 184, v.get(key))
        yy = rows + 3 * 10.5 - 3
    # sex and date of birth
    pg.text(14, yy + 4.3, "Sexe", body, 8.5, INK)
    for k, (lab, key) in enumerate((("F", "F"), ("M", "M"))):
        bx = 30 + k * 14
        pg.text(bx, yy + 4.3, lab, body, 8.5, INK)
        pg.rect(bx + 4, yy + 0.8, 4, 4, stroke=INK, lw=0.3)
        f.check(f"Sexe_{key}", bx + 4, yy + 0.8, 4, v.get("sex") == key)

    def small(name, x, yy, n, value, groups=None, b_value=None):
        if A:
            comb_boxes(pg, x, yy, cell, ch, n, groups=groups)
            f.comb(name, x, yy, cell, ch, n, value)
        else:
            pg.rect(x, yy, cell * n, ch, stroke=GREY, lw=0.25)
            f.line(name, x, yy + 4.6, cell * n, value if b_value is None else b_value, h=ch - 1)

    pg.text(70, yy + 4.3, "Date de naissance", body, 8.5, INK)
    dob = v.get("dob")
    small(
        "DateNaissance",
        100,
        yy,
        8,
        dob.strftime("%d%m%Y") if dob else "",
        {2, 4},
        fr(dob) if dob else "",
    )
    pg.text(
        100,
        yy + 9.3,
        "  J    J     M   M    A    A    A    A" if A else "JJ/MM/AAAA",
        body,
        5.5,
        GREY,
    )
    yy += 12
    pg.text(14, yy + 4, "Lieu de naissance :  commune", body, 8.5, INK)
    pg.dotted(57, yy + 4.5, 128)
    f.line("LieuNaissance_Commune", 57, yy + 4, 70, v.get("pob_city"))
    pg.text(131, yy + 4, "pays", body, 8.5, INK)
    pg.dotted(139, yy + 4.5, 198)
    f.line("LieuNaissance_Pays", 139, yy + 4, 58, v.get("pob_country"))
    yy += 8
    pg.text(14, yy + 4, "Nationalité", body, 8.5, INK)
    pg.dotted(33, yy + 4.5, 110)
    f.line("Nationalite", 33, yy + 4, 76, v.get("nationality"))
    yy += 8
    pg.text(14, yy + 4.3, "N° de sécurité sociale (si vous en avez un)", body, 8.5, INK)
    nir = v.get("nir") or ""
    small("NIR", 80, yy, 13, nir[:13], {1, 3, 5, 7, 10})
    small("NIR_Cle", 80 + 13 * cell + 4, yy, 2, nir[13:])
    yy += 9
    pg.text(14, yy + 4, "N° d'allocataire CAF ou MSA (si vous en avez un)", body, 8.5, INK)
    pg.dotted(84, yy + 4.5, 150)
    f.line("NumAllocataire", 84, yy + 4, 64, v.get("caf"))
    yy += 8
    pg.text(14, yy + 4, "Adresse", body, 8.5, INK)
    pg.dotted(29, yy + 4.5, 198)
    f.line("Adresse", 29, yy + 4, 168, v.get("address"))
    yy += 8
    pg.text(14, yy + 4.3, "Code postal", body, 8.5, INK)
    small("CodePostal", 33, yy, 5, v.get("postcode"))
    pg.text(62, yy + 4.3, "Commune", body, 8.5, INK)
    pg.dotted(77, yy + 4.8, 198)
    f.line("Commune", 77, yy + 4.3, 120, v.get("city"))
    yy += 8.5
    pg.text(14, yy + 4, "Téléphone", body, 8.5, INK)
    pg.dotted(31, yy + 4.5, 88)
    f.line("Telephone", 31, yy + 4, 56, v.get("phone"))
    pg.text(92, yy + 4, "Courriel", body, 8.5, INK)
    pg.dotted(106, yy + 4.5, 198)
    f.line("Courriel", 106, yy + 4, 92, v.get("email"))
    yy += 11
    section(yy, "B", "VOTRE SITUATION")
    yy += 12
    pg.text(
        14,
        yy,
        "Cochez la case qui correspond à votre situation actuelle :",
        "sans-i" if A else body,
        8.2,
        GREY,
    )
    yy += 3.5
    for key, lab in SITUATIONS:
        pg.rect(15, yy, 4, 4, stroke=INK, lw=0.3)
        f.check(f"Situation_{key}", 15, yy, 4, v.get("situation") == key)
        pg.text(22, yy + 3.3, lab, body, 8.5, INK)
        if key == "salarie":
            yy += 6
            pg.text(26, yy + 3.3, "Type de contrat :", body, 8, INK)
            for k, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                bx = 52 + k * 20
                pg.rect(bx, yy, 3.6, 3.6, stroke=INK, lw=0.3)
                f.check(f"Contrat_{ct}", bx, yy, 3.6, v.get("contract") == ct)
                pg.text(bx + 5, yy + 3.1, ct, body, 8, INK)
            yy += 6
            pg.text(26, yy + 3.3, "Emploi occupé :", body, 8, INK)
            pg.dotted(50, yy + 3.8, 150)
            f.line("Emploi", 50, yy + 3.3, 100, v.get("job"))
        if key == "autre":
            pg.dotted(62, yy + 3.8, 198)
            f.line("Autre_Precision", 62, yy + 3.3, 136, v.get("other"))
        yy += 6.6
    pg.para(
        14,
        yy + 4,
        182,
        "Vos enfants mineurs à charge peuvent être rattachés à votre compte : "
        "joignez le formulaire S3705 « Demande de rattachement des enfants mineurs ».",
        body,
        7,
        3.1,
        GREY,
    )
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", body, 7, GREY, "c")


def page2(pg, run, f: Filler, v: dict, rng: random.Random):
    A = run == "A"
    body = "sans" if A else "carlito"
    bold = "sans-b" if A else "carlito-b"
    if A:
        pg.rect(12, 14, 186, 6.5, fill=BLUE)
        pg.text(15, 18.8, "C  VOS ENGAGEMENTS ET SIGNATURE", "sans-b", 10, (255, 255, 255))
    else:
        pg.text(12, 19, "C - VOS ENGAGEMENTS ET SIGNATURE", "carlito-b", 12, BLUE)
        pg.line(12, 20.6, 198, 20.6, 0.6, BLUE)
    y = pg.para(14, 29, 182, CERTIF, bold, 9, 4.0, INK)
    y = pg.para(14, y + 2, 182, FRAUDE, body, 7.2, 3.2, GREY)
    y += 6
    pg.text(14, y, "Fait à", body, 9, INK)
    pg.dotted(25, y + 0.5, 95)
    f.line("FaitA", 25, y, 70, v.get("place"))
    pg.text(99, y, "le", body, 9, INK)
    if A:
        comb_boxes(pg, 104, y - 4.5, 5, 6, 8, groups={2, 4})
        dmode = v.get("date_mode", f.mode)
        dt_ = v.get("signed_on")
        sub = Filler(pg, dmode, rng, v) if dmode != f.mode else f
        sub.comb("DateSignature", 104, y - 4.5, 5, 6, 8, dt_.strftime("%d%m%Y") if dt_ else "")
    else:
        pg.dotted(104, y + 0.5, 150)
        dmode = v.get("date_mode", f.mode)
        sub = Filler(pg, dmode, rng, v) if dmode != f.mode else f
        sub.line("DateSignature", 104, y, 46, fr(v["signed_on"]) if v.get("signed_on") else "")
    y += 6
    if A:
        pg.text(120, y + 1, "Signature", body, 8.5, INK)
        pg.rect(120, y + 3, 76, 30, stroke=INK, lw=0.35)
        box = (120, y + 3, 76, 30)
    else:
        pg.rect(112, y, 84, 32, stroke=GREY, lw=0.35)
        pg.text(154, y + 18, "Signature", "carlito", 14, (215, 215, 215), "c")
        box = (112, y, 84, 32)
    sig = v.get("signature")
    if sig == "pen":
        bx, by, bw, bh = box
        pg.signature(
            bx + bw * 0.12,
            by + bh * 0.12,
            bw * 0.7,
            bh * 0.7,
            random.Random(v["sig_seed"]),
            PEN,
            0.5,
        )
    elif sig == "image":
        bx, by, bw, bh = box
        pg.image(
            v["sig_image"],
            bx + 10,
            by + 4,
            52,
            52 * v["sig_image"].size[1] / v["sig_image"].size[0],
        )
    y += 42
    if A:
        pg.rect(12, y, 186, 6.5, fill=BLUE)
        pg.text(
            15,
            y + 4.8,
            "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
            "sans-b",
            10,
            (255, 255, 255),
        )
        y += 13
    else:
        pg.text(12, y + 5, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "carlito-b", 12, BLUE)
        pg.line(12, y + 6.6, 198, y + 6.6, 0.6, BLUE)
        y += 14
    pg.text(14, y, "Joignez à votre demande la photocopie des documents suivants :", body, 8.5, INK)
    y += 5
    for p in PIECES:
        pg.text(16, y, "•", body, 9, INK)
        y = pg.para(20, y, 176, p, body, 8.5, 3.8, INK) + 1.6
    y += 4
    pg.para(
        14,
        y,
        182,
        "N'envoyez pas d'originaux. Si votre acte de naissance est rédigé en langue étrangère, "
        "votre caisse peut vous demander une traduction effectuée par un traducteur agréé.",
        "sans-i" if A else body,
        7.5,
        3.3,
        GREY,
    )
    y += 16
    pg.rect(12, y, 186, 30, stroke=GREY, lw=0.35, fill=(242, 242, 244))
    pg.text(15, y + 5, "Cadre réservé à l'organisme", bold, 9, GREY)
    pg.text(15, y + 12, "Date de réception :", body, 8, GREY)
    pg.dotted(44, y + 12.5, 90)
    pg.text(100, y + 12, "Pièces vérifiées", body, 8, GREY)
    pg.rect(124, y + 9.2, 3.5, 3.5, stroke=GREY, lw=0.3)
    pg.text(15, y + 20, "Matricule agent :", body, 8, GREY)
    pg.dotted(42, y + 20.5, 90)
    pg.text(100, y + 20, "Observations :", body, 8, GREY)
    pg.dotted(122, y + 20.5, 194)
    y += 38
    pg.para(
        14,
        y,
        182,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
        "libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un droit d'accès "
        "et de rectification pour les données vous concernant auprès de votre caisse.",
        body,
        6.8,
        3.0,
        GREY,
    )
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", body, 7, GREY, "c")


def form_pdf(path, run, vals, rng: random.Random, mode="acro"):
    """The fillable PDF itself (AcroForm fields), optionally with a pasted signature image."""
    from reportlab.pdfgen import canvas as rl_canvas

    c = rl_canvas.Canvas(str(path), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    pg = PdfPage(c)
    page1(pg, run, Filler(pg, mode, rng, vals), vals)
    c.showPage()
    pg = PdfPage(c)
    page2(pg, run, Filler(pg, mode, rng, vals), vals, rng)
    c.showPage()
    c.save()
