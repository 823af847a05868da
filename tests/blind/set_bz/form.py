"""Cerfa 15763*02 (S1106) drawn from its public description, two print runs, hand or typed."""

import random

from PIL import Image
from reportlab.lib.units import mm

import core
import looks
import pen
from core import Pg

BLUE = "#1d4f91"
NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous "
    "exercez une activité professionnelle en France : vous pouvez bénéficier de la prise en "
    "charge de vos frais de santé au titre de la protection universelle maladie. Complétez ce "
    "formulaire en lettres capitales, datez-le, signez-le et joignez les pièces justificatives "
    "listées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2, R. 111-3, R. 160-1 et D. 160-2 du code "
    "de la sécurité sociale."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation. "
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
    "313-1, 433-19, 441-1 et 441-7 du code pénal, article L. 114-13 du code de la sécurité "
    "sociale). En outre, l'inexactitude ou le caractère incomplet des déclarations faites pour "
    "obtenir des prestations peuvent faire l'objet d'une pénalité financière."
)
PIECES = [
    (
        "une photocopie de votre pièce d'identité en cours de validité (passeport, ou carte "
        "nationale d'identité pour les ressortissants de l'Union européenne, de l'EEE ou de la "
        "Suisse) ;"
    ),
    (
        "si vous êtes ressortissant d'un autre pays : votre titre de séjour, votre visa long séjour "
        "valant titre de séjour (VLS-TS) ou votre récépissé de demande de titre de séjour ;"
    ),
    (
        "une copie intégrale ou un extrait d'acte de naissance avec filiation (ou un document "
        "équivalent établi par un consulat) ; s'il a été délivré à l'étranger, il doit être "
        "apostillé ou légalisé, sauf convention contraire ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
        "successives d'énergie, de téléphone ou d'accès à internet, ou attestation d'hébergement "
        "accompagnée des justificatifs de l'hébergeant) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "Les informations recueillies font l'objet d'un traitement par votre caisse d'assurance "
    "maladie afin d'instruire votre demande. Conformément au règlement général sur la protection "
    "des données et à la loi « Informatique et Libertés », vous disposez d'un droit d'accès et "
    "de rectification auprès du directeur de votre caisse ou de son délégué à la protection des "
    "données."
)
SITUATIONS = [
    ("salarie", "Vous êtes salarié(e) ou assimilé(e) en France"),
    (
        "independant",
        (
            "Vous êtes travailleur indépendant (artisan, commerçant, profession "
            "libérale, micro-entrepreneur)"
        ),
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
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
    """Writes values either by hand (pen strokes) or typed (a text layer)."""

    def __init__(self, c, f, rng):
        self.c, self.f, self.rng = c, f, rng
        self.hand = f["fill"] == "hand"
        self.key = f.get("hand_key", "dkg")
        self.caps = f.get("caps_key", "humor")
        self.ink = f.get("ink", "#1b2a6b")

    def line(self, x_mm, y_pt, text, size=11):
        if not text:
            return
        if self.hand:
            pen.hand(self.c, x_mm * mm, y_pt, text, self.rng, self.key, size * 1.25, self.ink)
        else:
            self.c.setFillColorRGB(0, 0, 0)
            self.c.setFont("Courier", size)
            self.c.drawString(x_mm * mm, y_pt, text)

    def comb(self, centres, text, p):
        pts = [(x * mm, p.y(y)) for x, y in centres]
        if self.hand:
            pen.hand_in_comb(self.c, pts, text, self.rng, self.caps, 13, self.ink)
        else:
            self.c.setFillColorRGB(0, 0, 0)
            self.c.setFont("Courier", 11)
            for (x, y), ch in zip(pts, text):
                self.c.drawCentredString(x, y - 3.6, ch)

    def tick(self, x_mm, y_mm, p, s=3.4):
        cx, cy = (x_mm + s / 2) * mm, p.y(y_mm + s / 2)
        if self.hand:
            pen.tick(self.c, cx, cy, self.rng, 13, self.ink, cross=self.f.get("cross", False))
        else:
            self.c.setFillColorRGB(0, 0, 0)
            self.c.setFont("CourierB", 11)
            self.c.drawCentredString(cx, cy - 3.6, "X")


def _bar(p, y, letter, title, run):
    if run == "A":
        p.rect(12, y, 186, 7, stroke=None, fill=BLUE)
        p.rect(12, y, 9, 7, stroke=None, fill="#0d2f5c")
        p.t(16.5, y + 5.2, letter, "SansB", 11, "#ffffff", "c")
        p.t(24, y + 5.2, title, "SansB", 10, "#ffffff")
    elif letter:
        p.c.setFillColor(core.rgb(BLUE))
        p.c.circle(16 * mm, p.y(y + 3.5), 3.6 * mm, stroke=0, fill=1)
        p.t(16, y + 5, letter, "LatoB", 11, "#ffffff", "c")
    if run != "A":
        p.t(22, y + 5.2, title, "LatoB", 11.5, BLUE)
        p.line(22, y + 7, 198, y + 7, BLUE, 0.8)


def _header(p, run, page):
    c = p.c
    p.t(12, 15, "l'Assurance", "SansB" if run == "A" else "LatoB", 13, BLUE)
    p.t(12, 21, "Maladie", "SansB" if run == "A" else "LatoB", 13, BLUE)
    p.t(12, 25.5, "Agir ensemble, protéger chacun", "Sans" if run == "A" else "Lato", 6.5, BLUE)
    p.rect(166, 9, 32, 14, stroke="#000000", lw=0.8)
    p.t(182, 14.5, "cerfa", "SerifB", 11, align="c")
    p.t(182, 20, "N° 15763*02", "Sans", 8, align="c")
    if page == 1:
        fnt = "SansB" if run == "A" else "LatoB"
        p.t(105, 33, "Demande d'ouverture des droits à l'assurance maladie", fnt, 14.5, align="c")
        p.t(105, 39.5, "Protection universelle maladie (PUMa)", fnt.replace("B", ""), 11, BLUE, "c")
        y = p.para(14, 45.5, 182, NOTICE, "Sans" if run == "A" else "Lato", 7.2)
        p.t(14, y + 0.5, LEGAL, "SansC" if run == "A" else "Lato", 6.6, "#333333")
    c.setFillColorRGB(0, 0, 0)


def _footer(p, page):
    p.t(105, 290, f"S1106 — cerfa n° 15763*02 — page {page}/2", "Sans", 7, "#333333", "c")


def _field_line(p, x, y, w, run):
    if run == "A":
        p.rect(x, y - 4.5, w, 6.2, stroke="#555555", lw=0.4)
    else:
        p.line(x, y + 1.2, x + w, y + 1.2, "#444444", 0.5, ([0.6, 1.2], 0))


def page1(c, f, rng, run):
    p = Pg(c)
    fl = Filler(c, f, rng)
    _header(p, run, 1)
    lab = "Sans" if run == "A" else "Lato"
    cw = 5.6 if run == "A" else 5.0
    _bar(p, 60, "A", "VOUS", run)
    y = 73

    def comb_field(label, text, n=26):
        nonlocal y
        if run == "A":
            p.t(14, y, label, lab, 8)
            cs = p.comb(14, y + 1.5, n, cw, 6.2, 0.5, "#333333")
            y += 12
        else:
            p.t(14, y + 4.8, label, lab, 8)
            cs = p.comb(60, y, n, cw, 6.2, 0.5, "#333333")
            y += 9.5
        fl.comb(cs, text.upper(), p)

    n = 32 if run == "A" else 27
    comb_field("Nom de naissance", f["surname"], n)
    comb_field("Nom d'usage (facultatif)", f.get("usage_name") or "", n)
    comb_field("Prénom(s)", f["given"], n)
    p.t(14, y + 2, "Sexe :", lab, 8)
    p.t(28, y + 2, "F", lab, 8)
    p.checkbox(32, y - 1.2)
    p.t(40, y + 2, "M", lab, 8)
    p.checkbox(44.5, y - 1.2)
    fl.tick(32 if f["sex"] == "F" else 44.5, y - 1.2, p, 3.2)
    p.t(62, y + 2, "Date de naissance", lab, 8)
    dd, mmm, yy = f["dob"][8:], f["dob"][5:7], f["dob"][:4]
    x0 = 90
    for part, k in ((dd, 2), (mmm, 2), (yy, 4)):
        cs = p.comb(x0, y - 2.5, k, 5.2, 6.2, 0.5, "#333333")
        fl.comb(cs, part, p)
        x0 += k * 5.2 + 3
    p.t(90, y + 7, "jour        mois          année", lab, 5.5, "#666666")
    y += 13
    p.t(14, y, "Lieu de naissance : commune", lab, 8)
    _field_line(p, 59, y, 58, run)
    fl.line(61, p.y(y), f["pob_city"])
    p.t(120, y, "pays", lab, 8)
    _field_line(p, 128, y, 68, run)
    fl.line(130, p.y(y), f["pob_country"])
    y += 9
    p.t(14, y, "Nationalité", lab, 8)
    _field_line(p, 34, y, 82, run)
    fl.line(36, p.y(y), f["nationality"])
    y += 7
    p.t(14, y + 3.5, "N° de sécurité sociale (si vous en avez un)", lab, 8)
    cs = p.comb(80, y, 13, 5.0, 6.2, 0.5, "#333333")
    ks = p.comb(148, y, 2, 5.0, 6.2, 0.5, "#333333")
    if f.get("nir"):
        fl.comb(cs, f["nir"][:13], p)
        fl.comb(ks, f["nir"][13:], p)
    y += 9
    p.t(14, y + 3.5, "N° d'allocataire CAF (si vous en avez un)", lab, 8)
    p.comb(80, y, 7, 5.0, 6.2, 0.5, "#333333")
    y += 12
    p.t(14, y, "Adresse", lab, 8)
    _field_line(p, 34, y, 162, run)
    fl.line(36, p.y(y), f["address"])
    y += 9
    p.t(14, y + 3.5, "Code postal", lab, 8)
    cs = p.comb(34, y, 5, 5.0, 6.2, 0.5, "#333333")
    fl.comb(cs, f["postcode"], p)
    p.t(66, y + 3.5, "Commune", lab, 8)
    _field_line(p, 82, y + 3.5, 114, run)
    fl.line(84, p.y(y + 3.5), f["city"])
    y += 11
    p.t(14, y + 3.5, "Téléphone", lab, 8)
    cs = p.comb(34, y, 10, 5.0, 6.2, 0.5, "#333333")
    fl.comb(cs, f["phone"], p)
    p.t(90, y + 3.5, "E-mail", lab, 8)
    _field_line(p, 102, y + 3.5, 94, run)
    fl.line(104, p.y(y + 3.5), f["email"], 10)
    y += 14
    _bar(p, y, "B", "VOTRE SITUATION", run)
    y += 12
    p.t(
        14,
        y,
        "Cochez la case correspondant à votre situation actuelle :",
        lab,
        8,
    )
    y += 7
    for key, text in SITUATIONS:
        p.checkbox(14, y - 3)
        p.t(20, y, text, lab, 8)
        if key == f["situation"]:
            fl.tick(14, y - 3, p)
        if key == "salarie":
            y += 6.5
            p.t(24, y, "Type de contrat :", lab, 7.5)
            xx = 48
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                p.checkbox(xx, y - 3)
                p.t(xx + 5, y, ct, lab, 7.5)
                if f["situation"] == "salarie" and f.get("contract") == ct:
                    fl.tick(xx, y - 3, p)
                xx += 22
            y += 6.5
            p.t(24, y, "Profession / emploi occupé :", lab, 7.5)
            _field_line(p, 62, y, 134, run)
            if f["situation"] == "salarie":
                fl.line(64, p.y(y), f.get("job", ""), 10)
        if key == "autre":
            _field_line(p, 62, y, 134, run)
        y += 7.5
    _footer(p, 1)
    c.showPage()


def page2(c, f, rng, run, sig_png=None):
    p = Pg(c)
    fl = Filler(c, f, rng)
    lab = "Sans" if run == "A" else "Lato"
    _header(p, run, 2)
    _bar(p, 32, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p.para(14, 46, 182, CERTIF, lab, 8)
    y += 6
    p.t(14, y, "Fait à", lab, 9)
    p.line(25, y + 1, 95, y + 1, "#444444", 0.5, ([0.6, 1.2], 0))
    p.t(100, y, "le", lab, 9)
    p.line(105, y + 1, 150, y + 1, "#444444", 0.5, ([0.6, 1.2], 0))
    if f["fill"] == "hand" or f.get("place_by_hand"):
        pen.hand(
            c,
            28 * mm,
            p.y(y),
            f["place"],
            rng,
            f.get("hand_key", "dkg"),
            14,
            f.get("ink", "#1b2a6b"),
        )
    else:
        fl.line(28, p.y(y), f["place"])
    if f.get("date_text"):
        if f["fill"] == "hand" or f.get("date_by_hand"):
            pen.hand(
                c,
                107 * mm,
                p.y(y),
                f["date_text"],
                rng,
                f.get("hand_key", "dkg"),
                14,
                f.get("ink", "#1b2a6b"),
            )
        else:
            fl.line(107, p.y(y), f["date_text"])
    y += 8
    bx, bw, bh = 110, 86, 32
    if run == "A":
        p.t(bx, y + 1, "Signature", lab + "B" if lab == "Sans" else "LatoB", 9)
        p.rect(bx, y + 3, bw, bh, stroke="#000000", lw=0.7)
    else:
        p.rect(bx, y + 3, bw, bh, stroke=BLUE, lw=0.9, r=2)
        p.t(bx + bw / 2, y + 3 + bh / 2 + 2, "Signature", "Lato", 14, "#d4d9e1", "c")
    if f.get("signed", True):
        if sig_png is not None:
            p.img(sig_png, bx + 12, y + 7, 60, 24)
        else:
            pen.signature(
                c,
                (bx + 14) * mm,
                p.y(y + 3 + bh * 0.62),
                f["sign_name"],
                rng,
                55 * mm,
                f.get("ink", "#1b2a6b"),
            )
    y += bh + 14
    _bar(p, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y += 13
    for item in PIECES:
        p.t(16, y, "•", lab, 9)
        y = p.para(20, y, 176, item, lab, 8) + 1.8
    y += 4
    y = p.para(14, y, 182, CNIL, lab, 6.5, color="#444444") + 4
    p.rect(12, y, 186, 26, stroke="#777777", fill="#f0f0f0", lw=0.5)
    p.t(15, y + 5, "Cadre réservé à l'organisme", lab + ("B" if lab == "Sans" else ""), 8)
    p.t(15, y + 12, "Date de réception : ....../....../..........", lab, 7.5)
    p.t(95, y + 12, "Pièces vérifiées", lab, 7.5)
    p.checkbox(117, y + 9.5)
    p.t(15, y + 20, "Matricule agent : ..........................", lab, 7.5)
    _footer(p, 2)
    c.showPage()


def signature_png(name, rng, key=None):
    """A pasted handwritten signature image (RGBA)."""
    c = core.new_canvas((60 * mm, 24 * mm), title="sig")
    pen.signature(c, 4 * mm, 9 * mm, name, rng, 48 * mm, "#14204f", key)
    c.showPage()
    im = looks.raster(core.finish(c), 300)[0].convert("L")
    alpha = im.point(lambda v: 255 - v)
    out = Image.new("RGBA", im.size, (20, 32, 79, 0))
    out.putalpha(alpha)
    return out


def form_pdf(f, rng, run):
    c = core.new_canvas(title="S1106 Demande d'ouverture des droits", author="CNAM")
    sig = signature_png(f["sign_name"], random.Random(rng.random())) if f.get("sig_image") else None
    page1(c, f, rng, run)
    page2(c, f, rng, run, sig)
    return core.finish(c)


def form_fields(f):
    emp = {"salarie": "employed", "autre": "other"}.get(f["situation"], "not_employed")
    return {
        "surname": f["surname"],
        "usage_name": f.get("usage_name") or None,
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": emp,
        "situation": f["situation"],
        "contract_type": f.get("contract") if f["situation"] == "salarie" else None,
        "signed": True,
        "signed_on": f["date"],
        "date_text": f["date_text"],
        "place": f["place"],
        "nir": f.get("nir"),
    }
