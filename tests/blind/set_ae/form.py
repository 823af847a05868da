"""The application form cerfa n° 15763*02 (ameli S1106), two A4 pages, own "print runs".

Drawn from the public description of the form: header, section A "VOUS", section B
"VOTRE SITUATION", section C "VOS ENGAGEMENTS ET SIGNATURE", list of supporting
documents, "cadre réservé à l'organisme" and the S1106 footer.
Fill ways: `typed` (typed then printed, signed by hand), `hand` (all by hand), `acro`
(the fillable PDF with AcroForm fields and a pasted signature image).
"""

from __future__ import annotations

import random

from common import Page, hand, new_pdf, render_pdf_page, signature_image
from reportlab.lib.units import mm

BLUE = (0, 84, 160)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


class _Filler:
    def __init__(self, mode, rng, font):
        self.mode, self.rng, self.font, self.fields = mode, rng, font, []
        self.page = 0

    def put(self, pg: Page, x, y, w, name, value, size=10):
        if self.mode == "acro":
            self.fields.append((self.page, "text", name, x, y - 4.2, w, 5.6, value))
        elif not value:
            return
        elif self.mode == "hand":
            hand(pg, x + 1, y, value, self.rng, 4.4, self.font)
        else:
            pg.text(x + 1, y, value, "mono", size)

    def comb(self, pg: Page, x, y, n, name, value, cw=5.0):
        for i in range(n):
            pg.rect(x + i * cw, y - 5, cw, 6.4, (90, 90, 90), None, 0.2)
        if self.mode == "acro":
            self.fields.append((self.page, "comb", name, x, y - 5, n * cw, 6.4, value, n))
            return
        for i, ch in enumerate(value[:n]):
            if ch == " ":
                continue
            if self.mode == "hand":
                hand(pg, x + i * cw + 1.0, y, ch, self.rng, 3.8, self.font)
            else:
                pg.text(x + i * cw + cw / 2, y, ch, "mono", 10, align="c")

    def box(self, pg: Page, x, y, name, on):
        pg.rect(x, y - 3.4, 3.8, 3.8, (40, 40, 40), None, 0.25)
        if self.mode == "acro":
            self.fields.append((self.page, "check", name, x, y - 3.4, 3.8, 3.8, on))
        elif on and self.mode == "hand":
            pg.line(x + 0.4, y - 3.0, x + 3.6, y + 0.2, 0.45, (20, 30, 110))
            pg.line(x + 3.6, y - 3.0, x + 0.4, y + 0.2, 0.45, (20, 30, 110))
        elif on:
            pg.text(x + 1.9, y - 0.2, "X", "sansb", 9, align="c")


def _bar(pg: Page, y, title, run):
    if run == "A":
        pg.rect(12, y, 186, 6.5, None, BLUE)
        pg.text(15, y + 4.8, title, "sansb", 10, (255, 255, 255))
    else:
        pg.text(12, y + 5, title, "sansb", 11, BLUE)
        pg.line(12, y + 6.6, 198, y + 6.6, 0.5, BLUE)
    return y + 13


def form_pages(v: dict, mode: str, rng: random.Random, run="A"):
    fl = _Filler(mode, rng, v.get("hand_font", "hand2"))
    p = Page()
    p.text(12, 17, "l'Assurance", "sansb", 13, BLUE)
    p.text(12, 23, "Maladie", "sansb", 13, BLUE)
    p.rect(160, 10, 38, 14, BLUE, None, 0.4)
    p.text(179, 15.5, "cerfa", "sansb", 9, BLUE, "c")
    p.text(179, 21, "N° 15763*02", "sansb", 9, BLUE, "c")
    p.text(105, 32, "Demande d'ouverture des droits à l'assurance maladie", "sansb", 13, align="c")
    p.text(105, 38, "Protection universelle maladie (PUMa)", "sans", 10.5, align="c")
    p.para(
        12,
        44,
        186,
        "Vous résidez en France de manière stable et régulière ou vous y "
        "travaillez : remplissez ce formulaire pour bénéficier de la prise en charge de vos "
        "frais de santé. Joignez les pièces justificatives demandées page 2 et adressez le "
        "tout à la caisse d'assurance maladie de votre lieu de résidence.",
        "sans",
        7.2,
    )
    p.text(
        12,
        55,
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du code de la "
        "sécurité sociale.",
        "sansi",
        7,
    )
    y = _bar(p, 59, "A  VOUS", run)
    lab = 9
    if run == "A":
        p.text(12, y, "Nom de naissance", "sans", lab)
        fl.comb(p, 50, y, 28, "nom_naissance", v["surname"].upper(), 5.2)
        y += 9
        p.text(12, y, "Nom d'usage (facultatif)", "sans", lab)
        fl.comb(p, 50, y, 28, "nom_usage", (v.get("usage") or "").upper(), 5.2)
        y += 9
        p.text(12, y, "Prénom(s)", "sans", lab)
        fl.comb(p, 50, y, 28, "prenoms", v["given"].upper(), 5.2)
        y += 10
    else:
        for lb, name, val in [
            ("Nom de naissance", "nom_naissance", v["surname"].upper()),
            ("Nom d'usage (facultatif)", "nom_usage", (v.get("usage") or "").upper()),
            ("Prénom(s)", "prenoms", v["given"]),
        ]:
            p.text(12, y - 1, lb, "sans", 7.5, (80, 80, 80))
            p.line(12, y + 5, 198, y + 5, 0.2, (0, 0, 0), dash=True)
            fl.put(p, 14, y + 4, 180, name, val)
            y += 12
    p.text(12, y, "Sexe", "sans", lab)
    p.text(30, y, "F", "sans", lab)
    fl.box(p, 34, y, "sexe_f", v["sex"] == "F")
    p.text(42, y, "M", "sans", lab)
    fl.box(p, 47, y, "sexe_m", v["sex"] == "M")
    p.text(80, y, "Date de naissance", "sans", lab)
    d = v["dob"]
    fl.comb(p, 112, y, 2, "jour_naissance", d[8:10])
    fl.comb(p, 124, y, 2, "mois_naissance", d[5:7])
    fl.comb(p, 136, y, 4, "annee_naissance", d[:4])
    y += 10
    p.text(12, y, "Lieu de naissance : commune", "sans", lab)
    p.line(57, y + 1, 120, y + 1, 0.2, dash=True)
    fl.put(p, 57, y, 62, "commune_naissance", v["pob_city"])
    p.text(124, y, "pays", "sans", lab)
    p.line(133, y + 1, 198, y + 1, 0.2, dash=True)
    fl.put(p, 133, y, 64, "pays_naissance", v["pob_country"])
    y += 9
    p.text(12, y, "Nationalité", "sans", lab)
    p.line(33, y + 1, 110, y + 1, 0.2, dash=True)
    fl.put(p, 33, y, 75, "nationalite", v["nationality"])
    y += 9
    p.text(12, y, "N° de sécurité sociale (si vous en avez un)", "sans", lab)
    fl.comb(p, 82, y, 13, "nir", "", 4.6)
    fl.comb(p, 146, y, 2, "nir_cle", "", 4.6)
    y += 9
    p.text(12, y, "N° d'allocataire CAF (si vous en avez un)", "sans", lab)
    fl.comb(p, 82, y, 8, "caf", "", 4.6)
    y += 10
    p.text(12, y, "Adresse", "sans", lab)
    p.line(28, y + 1, 198, y + 1, 0.2, dash=True)
    fl.put(p, 28, y, 168, "adresse", v["street"])
    y += 9
    p.text(12, y, "Code postal", "sans", lab)
    fl.comb(p, 33, y, 5, "code_postal", v["cp"])
    p.text(65, y, "Commune", "sans", lab)
    p.line(82, y + 1, 198, y + 1, 0.2, dash=True)
    fl.put(p, 82, y, 114, "commune", v["city"])
    y += 9
    p.text(12, y, "Téléphone", "sans", lab)
    fl.comb(p, 33, y, 10, "telephone", v["phone"].replace(" ", ""), 4.6)
    p.text(85, y, "Adresse e-mail", "sans", lab)
    p.line(110, y + 1, 198, y + 1, 0.2, dash=True)
    fl.put(p, 110, y, 86, "email", v["email"])
    y += 8
    y = _bar(p, y, "B  VOTRE SITUATION", run)
    for key, text in SITUATIONS:
        fl.box(p, 14, y, "situation_" + key, v["situation"] == key)
        y = p.para(21, y, 175, text, "sans", 9)
        if key == "salarie":
            p.text(24, y + 0.5, "Type de contrat :", "sans", 8.5)
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                fl.box(
                    p,
                    52 + i * 22,
                    y + 0.5,
                    "contrat_" + ct.lower(),
                    v.get("contract") == ct and v["situation"] == "salarie",
                )
                p.text(57 + i * 22, y + 0.5, ct, "sans", 8.5)
            y += 6
            p.text(24, y + 0.5, "Emploi occupé :", "sans", 8.5)
            p.line(50, y + 1.5, 140, y + 1.5, 0.2, dash=True)
            fl.put(
                p, 50, y + 0.5, 90, "emploi", v.get("job", "") if key == v["situation"] else "", 9
            )
            y += 6
        if key == "autre":
            p.line(70, y - 3.5, 198, y - 3.5, 0.2, dash=True)
        y += 2.5
    p.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 7, align="c")
    q = Page()
    fl.page = 1
    y = _bar(q, 14, "C  VOS ENGAGEMENTS ET SIGNATURE", run)
    y = q.para(
        12,
        y,
        186,
        "Je certifie sur l'honneur l'exactitude des renseignements portés "
        "sur cette demande. Je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation. Je suis informé(e) que la loi punit quiconque se "
        "rend coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, "
        "433-19, 441-1 et suivants du code pénal ; article L. 114-13 du code de la "
        "sécurité sociale).",
        "sans",
        9,
    )
    y += 5
    q.text(12, y, "Fait à", "sans", 10)
    q.line(24, y + 1, 95, y + 1, 0.2, dash=True)
    fl.put(q, 25, y, 70, "fait_a", v["place"])
    q.text(100, y, "le", "sans", 10)
    q.line(106, y + 1, 150, y + 1, 0.2, dash=True)
    date_txt = v["date_text"]
    fl.put(q, 107, y, 43, "date_signature", date_txt)
    y += 6
    q.rect(110, y, 88, 30, (60, 60, 60), None, 0.3)
    if run == "A":
        q.text(112, y + 4, "Signature", "sans", 8)
    else:
        q.text(154, y + 17, "Signature", "sans", 12, (215, 215, 215), "c")
    if v["signed"]:
        q.image(signature_image(v["sig_name"], rng), 118 + rng.uniform(0, 15), y + 7, 55, 18)
    y += 40
    y = _bar(q, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    for t in [
        "une pièce d'identité (passeport, carte nationale d'identité pour les ressortissants "
        "de l'Union européenne) ;",
        "un titre de séjour en cours de validité, un visa long séjour valant titre de séjour "
        "(VLS-TS) ou un récépissé de demande ;",
        "un extrait d'acte de naissance avec filiation ou une copie intégrale (apostillé ou "
        "légalisé s'il a été délivré à l'étranger) ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement avec justificatifs de l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        q.text(15, y, "•", "sans", 9)
        y = q.para(19, y, 178, t, "sans", 9) + 1.5
    y += 6
    q.rect(12, y, 186, 30, (120, 120, 120), (244, 244, 244), 0.3)
    q.text(15, y + 6, "Cadre réservé à l'organisme", "sansb", 9)
    q.text(15, y + 14, "Date de réception : ____ / ____ / ________", "sans", 8.5)
    q.text(15, y + 21, "Pièces vérifiées :  □ oui   □ non", "sans", 8.5)
    q.text(110, y + 14, "Matricule agent : ______________", "sans", 8.5)
    q.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7, align="c")
    return [p, q], fl.fields


def write_acro_pdf(path: str, pages: list[Page], fields: list):
    c = new_pdf(path, "S1106 - Demande d'ouverture des droits", "Assurance Maladie")

    def adder(idx):
        def add(cv):
            af = cv.acroForm
            for f in fields:
                if f[0] != idx:
                    continue
                _, kind, name, x, y, w, h, value = f[:8]
                ry = (297 - y - h) * mm
                if kind == "check":
                    af.checkbox(
                        name=name,
                        x=x * mm,
                        y=ry,
                        size=h * mm,
                        checked=bool(value),
                        buttonStyle="cross",
                        borderWidth=0,
                        fillColor=None,
                        borderColor=None,
                    )
                elif kind == "comb":
                    af.textfield(
                        name=name,
                        value=value,
                        x=x * mm,
                        y=ry,
                        width=w * mm,
                        height=h * mm,
                        fontName="Courier",
                        fontSize=11,
                        borderWidth=0,
                        fillColor=None,
                        borderColor=None,
                        maxlen=f[8],
                        fieldFlags="comb",
                    )
                else:
                    af.textfield(
                        name=name,
                        value=value,
                        x=x * mm,
                        y=ry,
                        width=w * mm,
                        height=h * mm,
                        fontName="Helvetica",
                        fontSize=10,
                        borderWidth=0,
                        fillColor=None,
                        borderColor=None,
                    )

        return add

    for i, pg in enumerate(pages):
        render_pdf_page(c, pg, adder(i))
    c.save()
