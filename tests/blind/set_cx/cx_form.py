"""Cerfa 15763*02 (S1106) drawn from its public description; two print runs, three fill ways."""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.utils import ImageReader

from cx_common import comb_hand, hand_text, pdf_bytes, raster, rl_font, signature

BLUE = HexColor("#1f3f8f")
GREY = Color(0.45, 0.45, 0.45)
PT = 200 / 72.0  # points -> pixels at 200 dpi
PAGE_H = 841.89


def _px(x, y):
    return x * PT, (PAGE_H - y) * PT


class Form:
    """Builds the two pages. pos maps a field to its anchor (points); combs hold box lefts."""

    def __init__(self, run: str):
        self.run = run
        self.pos: dict[str, tuple] = {}
        self.f = rl_font("sans") if run == "A" else rl_font("carlito")
        self.fb = rl_font("sans-b") if run == "A" else rl_font("carlito-b")

    # -------------------------------------------------------------- primitives
    def section(self, c, y, letter, title):
        if self.run == "A":
            c.setFillColor(BLUE)
            c.rect(36, y - 4, 523, 17, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(self.fb, 10.5)
            c.drawString(42, y + 1, f"{letter}   {title}" if letter else title)
        else:
            c.setFillColor(BLUE)
            c.setFont(self.fb, 12)
            c.drawString(36, y, f"{letter} - {title}" if letter else title)
            c.setStrokeColor(BLUE)
            c.setLineWidth(1.2)
            c.line(36, y - 4, 559, y - 4)
        c.setFillColor(black)

    def line_field(self, c, key, label, x, y, w):
        """Label then a writing zone. Run A: label above, box below. Run B: label beside,
        dotted line."""
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        if self.run == "A":
            c.setFont(self.f, 7.5)
            c.drawString(x, y + 15, label)
            c.rect(x, y - 5, w, 16, stroke=1, fill=0)
            self.pos[key] = (x + 4, y, x + w - 2)
        else:
            c.setFont(self.f, 9)
            c.drawString(x, y, label)
            lx = x + c.stringWidth(label, self.f, 9) + 6
            c.setDash(1, 2)
            c.line(lx, y - 2, x + w, y - 2)
            c.setDash()
            self.pos[key] = (lx + 3, y + 1, x + w - 2)

    def comb(self, c, key, x, y, groups, pitch=13.0):
        lefts = []
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        xx = x
        for g in groups:
            for _ in range(g):
                c.rect(xx, y - 4, pitch, 15, stroke=1, fill=0)
                lefts.append(xx)
                xx += pitch
            xx += pitch * 0.6
        self.pos[key] = ("comb", lefts, y, pitch)
        return xx

    def box(self, c, key, x, y, label, size=8.5):
        c.setStrokeColor(black)
        c.setLineWidth(0.7)
        c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
        c.setFont(self.f, size)
        c.drawString(x + 13, y, label)
        self.pos[key] = ("box", x, y)

    # -------------------------------------------------------------- pages
    def page1(self, c):
        f, fb = self.f, self.fb
        c.setFillColor(BLUE)
        c.setFont(fb, 15)
        c.drawString(36, 800, "l'Assurance")
        c.drawString(36, 783, "Maladie")
        c.setFont(f, 7)
        c.setFillColor(GREY)
        c.drawString(36, 772, "Agir ensemble, protéger chacun")
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.rect(470, 780, 89, 30, stroke=1, fill=0)
        c.setFont(fb, 10)
        c.drawCentredString(514.5, 797, "cerfa")
        c.setFont(f, 8.5)
        c.drawCentredString(514.5, 785, "N° 15763*02")
        c.setFont(fb, 15 if self.run == "A" else 16)
        c.drawCentredString(297, 748, "Demande d'ouverture des droits à l'assurance maladie")
        c.setFont(f, 10.5)
        c.drawCentredString(297, 733, "Protection universelle maladie (PUMa)")
        c.setFont(f, 6.6)
        notice = [
            (
                "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge "
                "de vos frais de santé si vous travaillez ou résidez en France"
            ),
            (
                "de manière stable et régulière. Remplissez-le en lettres capitales et joignez les "
                "pièces justificatives demandées page 2."
            ),
            (
                "Articles L. 160-1, L. 160-5, L. 161-2-1, R. 111-3 et D. 160-2 du code de la sécurité "
                "sociale."
            ),
        ]
        for i, t in enumerate(notice):
            c.drawString(36, 716 - i * 8.5, t)
        self.section(c, 680, "A", "VOUS")
        y = 650
        self.line_field(c, "surname", "Nom de naissance", 36, y, 523)
        y -= 34
        self.line_field(c, "usage", "Nom d'usage (facultatif)", 36, y, 523)
        y -= 34
        self.line_field(c, "given", "Prénom(s)", 36, y, 523)
        y -= 34
        c.setFont(f, 8.5)
        c.drawString(36, y, "Sexe")
        self.box(c, "sex_F", 70, y, "F")
        self.box(c, "sex_M", 100, y, "M")
        c.setFont(f, 8.5)
        c.drawString(170, y, "Date de naissance")
        self.comb(c, "dob", 250, y, (2, 2, 4))
        c.setFont(f, 6)
        c.setFillColor(GREY)
        _, lefts, _, pitch = self.pos["dob"]
        for i, ch in enumerate("JJMMAAAA"):
            c.drawCentredString(lefts[i] + pitch / 2, y - 12, ch)
        c.setFillColor(black)
        y -= 36
        self.line_field(c, "pob_town", "Lieu de naissance : commune", 36, y, 300)
        self.line_field(c, "pob_country", "pays", 345, y, 214)
        y -= 34
        self.line_field(c, "nat", "Nationalité", 36, y, 300)
        y -= 34
        c.setFont(f, 8.5)
        c.drawString(36, y, "N° de sécurité sociale (si vous en avez un)")
        xx = self.comb(
            c,
            "nir",
            36 + c.stringWidth("N° de sécurité sociale (si vous en avez un)", f, 8.5) + 8,
            y,
            (1, 2, 2, 2, 3, 3),
            11.5,
        )
        self.comb(c, "nir_key", xx + 4, y, (2,), 11.5)
        y -= 30
        self.line_field(c, "caf", "N° d'allocataire CAF (si vous en avez un)", 36, y, 300)
        y -= 34
        self.line_field(c, "addr", "Adresse", 36, y, 523)
        y -= 34
        c.setFont(f, 8.5)
        c.drawString(36, y, "Code postal")
        self.comb(c, "cp", 92, y, (5,))
        self.line_field(c, "town", "Commune", 190, y, 369)
        y -= 34
        self.line_field(c, "tel", "Téléphone", 36, y, 230)
        self.line_field(c, "mail", "E-mail", 280, y, 279)
        y -= 40
        self.section(c, y, "B", "VOTRE SITUATION")
        y -= 26
        c.setFont(f, 8.5)
        c.drawString(36, y, "Cochez la case qui correspond à votre situation :")
        y -= 20
        self.box(c, "sit_salarie", 40, y, "Vous exercez une activité salariée en France")
        y -= 16
        c.setFont(f, 8.5)
        c.drawString(58, y, "Type de contrat :")
        self.box(c, "ct_CDI", 130, y, "CDI")
        self.box(c, "ct_CDD", 175, y, "CDD")
        self.box(c, "ct_INT", 222, y, "Intérim")
        self.box(c, "ct_AUT", 280, y, "Autre")
        if self.run == "B":
            self.line_field(c, "job", "Emploi occupé", 330, y, 229)
        else:
            c.setFont(f, 8.5)
            c.drawString(330, y, "Emploi occupé :")
            c.setDash(1, 2)
            c.line(395, y - 2, 559, y - 2)
            c.setDash()
            self.pos["job"] = (398, y + 1, 557)
        y -= 20
        self.box(
            c,
            "sit_independant",
            40,
            y,
            "Vous exercez une activité non salariée (travailleur indépendant)",
        )
        y -= 18
        self.box(c, "sit_demandeur", 40, y, "Vous êtes demandeur d'emploi")
        y -= 18
        self.box(c, "sit_etudiant", 40, y, "Vous êtes étudiant(e)")
        y -= 18
        self.box(
            c,
            "sit_sans",
            40,
            y,
            "Vous êtes sans activité professionnelle et résidez en "
            "France de manière stable et régulière depuis plus de trois mois",
        )
        y -= 18
        self.box(c, "sit_autre", 40, y, "Autre situation, précisez :")
        c.setDash(1, 2)
        c.line(160, y - 2, 559, y - 2)
        c.setDash()
        c.setFont(f, 6.5)
        c.setFillColor(GREY)
        c.drawString(36, 40, "S1106 — cerfa n° 15763*02 — page 1/2")
        c.setFillColor(black)

    def page2(self, c):
        f, fb = self.f, self.fb
        self.section(c, 790, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        c.setFont(f, 8.5)
        txt = [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
            "Je m'engage à signaler à ma caisse tout changement dans ma situation.",
            (
                "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
                "(articles 313-1, 441-1 et 441-6 du code pénal,"
            ),
            "article L. 114-13 du code de la sécurité sociale).",
        ]
        for i, t in enumerate(txt):
            c.drawString(36, 765 - i * 12, t)
        y = 715
        c.setFont(f, 9.5)
        c.drawString(36, y, "Fait à")
        c.setDash(1, 2)
        c.line(66, y - 2, 260, y - 2)
        c.drawString(275, y, "le")
        c.line(290, y - 2, 420, y - 2)
        c.setDash()
        self.pos["place"] = (70, y + 1)
        self.pos["date"] = (294, y + 1)
        c.setStrokeColor(black)
        c.rect(300, 600, 259, 90, stroke=1, fill=0)
        if self.run == "A":
            c.setFont(f, 9)
            c.drawString(300, 694, "Signature")
        else:
            c.setFont(f, 14)
            c.setFillColor(Color(0.8, 0.8, 0.8))
            c.drawCentredString(429.5, 640, "Signature")
            c.setFillColor(black)
        self.pos["sig_box"] = (304, 604, 555, 686)
        self.section(c, 560, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        c.setFont(f, 8.5)
        items = [
            "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
            (
                "si vous n'êtes pas ressortissant européen : votre titre de séjour, votre visa long "
                "séjour valant titre de séjour (VLS-TS) ou votre récépissé ;"
            ),
            (
                "une copie intégrale de votre acte de naissance (ou un extrait avec filiation) ; s'il "
                "est étranger, apostillé ou légalisé selon le pays ;"
            ),
            (
                "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
                "factures successives, attestation d'hébergement) ;"
            ),
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        for i, t in enumerate(items):
            c.drawString(44, 535 - i * 14, "•  " + t)
        c.setStrokeColor(GREY)
        c.rect(36, 330, 523, 95, stroke=1, fill=0)
        c.setFont(fb, 9)
        c.drawString(44, 410, "Cadre réservé à l'organisme")
        c.setFont(f, 8.5)
        c.drawString(44, 388, "Date de réception : ......../......../............")
        c.drawString(300, 388, "Pièces vérifiées :  oui  /  non")
        c.drawString(44, 366, "Matricule agent : ............................")
        c.setFont(f, 6.5)
        c.setFillColor(GREY)
        c.drawString(36, 40, "S1106 — cerfa n° 15763*02 — page 2/2")
        c.setFillColor(black)


def _typed(c, form, v, font):
    c.setFont(font, 10)
    for key in (
        "surname",
        "usage",
        "given",
        "pob_town",
        "pob_country",
        "nat",
        "addr",
        "town",
        "tel",
        "mail",
        "job",
    ):
        if v.get(key):
            x, y = form.pos[key][:2]
            c.drawString(x, y, v[key])
    for key in ("dob", "cp"):
        _, lefts, y, pitch = form.pos[key]
        for lx, ch in zip(lefts, v[key], strict=False):
            c.drawCentredString(lx + pitch / 2, y, ch)
    for key in v["ticks"]:
        _, x, y = form.pos[key]
        c.drawString(x + 1.2, y + 0.5, "X")


def build_form(run, way, v, rng):
    """way: hand | typed_print | acroform. Returns (pdf_bytes or None, [page images] or None)."""
    form = Form(run)
    font = rl_font("sans")
    sig_img = None
    if v.get("signed"):
        from PIL import Image

        sig_img = Image.new("RGBA", (700, 230), (255, 255, 255, 0))
        signature(sig_img, (10, 10, 690, 220), rng, (15, 25, 90, 255), 5)

    def p1(c):
        form.page1(c)
        if way == "typed_print":
            _typed(c, form, v, font)
        if way == "acroform":
            _acro1(c, form, v)
        c.showPage()

    def p2(c):
        form.page2(c)
        if way == "typed_print":
            c.setFont(font, 10)
            c.drawString(*form.pos["place"], v["place"])
        if way == "acroform":
            af = c.acroForm
            x, y = form.pos["place"]
            af.textfield(
                name="lieu_signature",
                value=v["place"],
                x=x - 2,
                y=y - 4,
                width=185,
                height=14,
                borderWidth=0,
                fontName="Helvetica",
                fontSize=9,
                fillColor=Color(0.9, 0.93, 1),
            )
            x, y = form.pos["date"]
            af.textfield(
                name="date_signature",
                value=v["date_text"],
                x=x - 2,
                y=y - 4,
                width=120,
                height=14,
                borderWidth=0,
                fontName="Helvetica",
                fontSize=9,
                fillColor=Color(0.9, 0.93, 1),
            )
            if sig_img is not None:
                x0, y0, _x1, _y1 = form.pos["sig_box"]
                c.drawImage(ImageReader(sig_img), x0 + 20, y0 + 6, 200, 66, mask="auto")
        c.showPage()

    def build(c):
        p1(c)
        p2(c)

    pdf = pdf_bytes(build)
    if way == "acroform":
        return pdf, None
    pages = raster(pdf, 200)
    hand_font = v.get("hand_font", "ecolier")
    ink = (20, 30, 110)
    if way == "hand":
        _hand1(pages[0], form, v, rng, hand_font, ink)
        x, y = _px(*form.pos["place"])
        hand_text(pages[1], x + 6, y - 2, v["place"], hand_font, 40, rng, ink)
    x, y = _px(*form.pos["date"])
    if v.get("date_text"):
        hand_text(pages[1], x + 4, y - 2, v["date_text"], hand_font, 40, rng, ink)
    if v.get("signed"):
        x0, y0, _x1, y1 = form.pos["sig_box"]
        a, b = _px(x0 + 30, y1 - 6)
        c2, d2 = _px(x0 + 220, y0 + 8)
        signature(pages[1], (a, b, c2, d2), rng)
    return None, pages


def _hand1(img, form, v, rng, font, ink):
    for key in (
        "surname",
        "usage",
        "given",
        "pob_town",
        "pob_country",
        "nat",
        "addr",
        "town",
        "tel",
        "mail",
        "job",
    ):
        if v.get(key):
            x, y = _px(*form.pos[key][:2])
            hand_text(img, x + 4, y + 7, v[key], font, 34 if form.run == "A" else 40, rng, ink)
    for key in ("dob", "cp"):
        _, lefts, y, pitch = form.pos[key]
        x0, yy = _px(lefts[0], y)
        step = (lefts[1] - lefts[0]) * PT
        # groups: draw per box using real lefts
        for lx, ch in zip(lefts, v[key], strict=False):
            comb_hand(img, lx * PT, yy + 2, pitch * PT, ch, rng, font, 30, ink)
        del x0, step
    for key in v["ticks"]:
        _, x, y = form.pos[key]
        a, b = _px(x, y + 8)
        from PIL import ImageDraw

        d = ImageDraw.Draw(img)
        j = rng.uniform(-2, 2)
        d.line([a + 2, b + 3 + j, a + 22, b + 21], fill=ink, width=4)
        d.line([a + 22 + j, b + 2, a + 3, b + 22], fill=ink, width=4)


def _acro1(c, form, v):
    af = c.acroForm
    bg = Color(0.9, 0.93, 1)
    names = {
        "surname": "nom_naissance",
        "usage": "nom_usage",
        "given": "prenoms",
        "pob_town": "lieu_naissance_commune",
        "pob_country": "lieu_naissance_pays",
        "nat": "nationalite",
        "addr": "adresse",
        "town": "commune",
        "tel": "telephone",
        "mail": "email",
        "job": "emploi_occupe",
    }
    for key, nm in names.items():
        x, y, x_end = form.pos[key]
        af.textfield(
            name=nm,
            value=v.get(key, ""),
            x=x - 3,
            y=y - 4,
            width=x_end - x + 3,
            height=14,
            borderWidth=0,
            fontName="Helvetica",
            fontSize=9,
            fillColor=bg,
        )
    for key, nm in (("dob", "date_naissance"), ("cp", "code_postal")):
        _, lefts, y, pitch = form.pos[key]
        af.textfield(
            name=nm,
            value=v[key],
            x=lefts[0],
            y=y - 4,
            width=lefts[-1] + pitch - lefts[0],
            height=15,
            borderWidth=0,
            fontName="Courier",
            fontSize=10,
            fillColor=bg,
        )
    for key in (
        "sex_F",
        "sex_M",
        "sit_salarie",
        "ct_CDI",
        "ct_CDD",
        "ct_INT",
        "ct_AUT",
        "sit_independant",
        "sit_demandeur",
        "sit_etudiant",
        "sit_sans",
        "sit_autre",
    ):
        _, x, y = form.pos[key]
        af.checkbox(
            name="case_" + key.lower(),
            x=x,
            y=y - 1,
            size=8,
            checked=key in v["ticks"],
            buttonStyle="cross",
            borderWidth=0.5,
        )


def save_pdf(pdf: bytes, path: str):
    with open(path, "wb") as fh:
        fh.write(pdf)


_ = io
