"""The application form (cerfa 15763*02, S1106), two print runs, filled by hand or typed."""

from __future__ import annotations

import random

from gfx import Page, signature_img

BLUE = "#1f4e9a"
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]


class Filler:
    def __init__(self, pg: Page, rng: random.Random, way: str, hand_font: str, ink: str):
        self.pg, self.rng, self.way, self.hf, self.ink = pg, rng, way, hand_font, ink

    def write(self, x, y, s, size=12):
        if not s:
            return
        if self.way == "hand":
            self.pg.hand(x, y, s, self.rng, self.hf, size + 1, self.ink)
        else:
            self.pg.text(x, y, s, "mono", size - 2.5, "#111111")

    def comb(self, x, y, n, s, cw=5.0, ch=6.5):
        """n comb cells at (x, y top); one character per cell."""
        pg = self.pg
        pg.rect(x, y, n * cw, ch, stroke="#555555", width=0.2)
        for i in range(1, n):
            pg.line(x + i * cw, y + ch * 0.45, x + i * cw, y + ch, 0.2, "#555555")
        for i, c in enumerate(s[:n]):
            if c == " ":
                continue
            cx = x + i * cw + cw / 2
            if self.way == "hand":
                pg.hand(cx, y + ch - 1.3, c, self.rng, self.hf, 13.5, self.ink, anchor="c")
            else:
                pg.text(cx, y + ch - 1.6, c, "mono", 10, "#111111", "c")

    def tick(self, x, y, size=3.6):
        pg = self.pg
        if self.way == "hand":
            j = self.rng.uniform(-0.3, 0.3)
            pg.line(x + 0.5, y + 0.6 + j, x + size - 0.4, y + size - 0.5, 0.45, self.ink)
            pg.line(x + size - 0.5, y + 0.4, x + 0.6 + j, y + size - 0.4, 0.45, self.ink)
        else:
            pg.text(x + size / 2, y + size - 0.7, "X", "sansb", 9, "#111111", "c")


def _bar(pg: Page, y, letter, title, run):
    if run == "A":
        pg.rect(15, y, 180, 7, stroke=None, fill=BLUE)
        pg.text(18, y + 5, letter, "sansb", 11, "#ffffff")
        pg.text(26, y + 5, title, "sansb", 10, "#ffffff")
    else:
        pg.rect(15, y + 0.5, 7, 6.5, stroke=None, fill="#333333")
        pg.text(18.5, y + 5.3, letter, "sansb", 10, "#ffffff", "c")
        pg.text(25, y + 5.3, title, "sansb", 10.5, "#222222")
        pg.line(15, y + 7.5, 195, y + 7.5, 0.5, "#222222")


def _header(pg: Page, run):
    pg.text(15, 20, "l'Assurance", "sansb", 13, BLUE)
    pg.text(15, 26, "Maladie", "sansb", 13, BLUE)
    pg.rect(160, 12, 35, 16, stroke="#000000", width=0.4)
    pg.text(177.5, 17, "cerfa", "sansi", 8, anchor="c")
    pg.text(177.5, 24, "N° 15763*02", "sansb", 9.5, anchor="c")
    t1 = "Demande d'ouverture des droits à l'assurance maladie"
    pg.text(105, 38, t1, "sansb" if run == "A" else "serifb", 14, "#111111", "c")
    pg.text(105, 44, "Protection universelle maladie (PUMa)", "sans", 10.5, "#333333", "c")
    pg.para(
        15,
        51,
        "Ce formulaire permet à toute personne qui travaille ou réside en France de "
        "manière stable et régulière de demander l'ouverture de ses droits à la prise en "
        "charge de ses frais de santé. Remplissez-le en lettres capitales et joignez les "
        "pièces demandées page 2.",
        180,
        "sans",
        7,
        3,
    )
    pg.text(
        15,
        61,
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du code de la "
        "sécurité sociale.",
        "sansi",
        6.5,
        "#444444",
    )


def page1(v: dict, way: str, run: str, rng: random.Random, hand_font="h_ruf", ink="#1b2a7a"):
    def draw(pg: Page):
        f = Filler(pg, rng, way, hand_font, ink)
        _header(pg, run)
        _bar(pg, 66, "A", "VOUS", run)
        ls = 8
        if run == "A":
            y = 79
            for lab, val, n in [
                ("Nom de naissance", v["surname"], 26),
                ("Nom d'usage (facultatif)", v.get("usage", ""), 26),
                ("Prénom(s)", v["given"], 26),
            ]:
                pg.text(15, y, lab, "sans", ls)
                f.comb(15, y + 2, n, val.upper())
                y += 13
        else:
            y = 82
            for lab, val in [
                ("Nom de naissance :", v["surname"]),
                ("Nom d'usage (facultatif) :", v.get("usage", "")),
                ("Prénom(s) :", v["given"]),
            ]:
                pg.text(15, y, lab, "sans", 9)
                x0 = 15 + pg.width(lab, "sans", 9) + 3
                pg.line(x0, y + 1.2, 195, y + 1.2, 0.2, "#666666", dash=0.5)
                f.write(x0 + 2, y - 0.2, val.upper())
                y += 10
        # sex
        y += 2
        pg.text(15, y, "Sexe :", "sans", 9)
        for i, s in enumerate(("F", "M")):
            bx = 30 + i * 14
            pg.text(bx, y, s, "sans", 9)
            pg.rect(bx + 4, y - 3.3, 3.6, 3.6, width=0.25)
            if v["sex"] == s:
                f.tick(bx + 4, y - 3.3)
        # date of birth
        lab = "Date de naissance (JJ MM AAAA) :"
        pg.text(70, y, lab, "sans", 9)
        x0 = 70 + pg.width(lab, "sans", 9) + 3
        d = v["dob"]
        f.comb(x0, y - 5, 2, f"{d.day:02d}")
        f.comb(x0 + 12, y - 5, 2, f"{d.month:02d}")
        f.comb(x0 + 24, y - 5, 4, f"{d.year}")
        y += 11
        for lab, val in [
            ("Lieu de naissance (commune, pays) :", v["pob"]),
            ("Nationalité :", v["nationality"]),
        ]:
            pg.text(15, y, lab, "sans", 9)
            x0 = 15 + pg.width(lab, "sans", 9) + 3
            pg.line(x0, y + 1.2, 195, y + 1.2, 0.2, "#666666", dash=0.5)
            f.write(x0 + 2, y - 0.2, val)
            y += 10
        lab = "N° de sécurité sociale (si vous en avez un) :"
        pg.text(15, y, lab, "sans", 9)
        x0 = 15 + pg.width(lab, "sans", 9) + 3
        f.comb(x0, y - 5, 13, v.get("nir", "")[:13], cw=4.3)
        f.comb(x0 + 13 * 4.3 + 3, y - 5, 2, v.get("nir", "")[13:], cw=4.3)
        y += 11
        for lab, val in [
            ("Adresse :", v["address"]),
            ("Code postal :", v["postcode"]),
            ("Téléphone :", v["phone"]),
            ("Adresse e-mail :", v["email"]),
        ]:
            pg.text(15, y, lab, "sans", 9)
            x0 = 15 + pg.width(lab, "sans", 9) + 3
            end = 80 if lab in ("Code postal :", "Téléphone :") else 195
            pg.line(x0, y + 1.2, end, y + 1.2, 0.2, "#666666", dash=0.5)
            f.write(x0 + 2, y - 0.2, val)
            if lab == "Code postal :":
                lab2 = "Commune :"
                pg.text(88, y, lab2, "sans", 9)
                x2 = 88 + pg.width(lab2, "sans", 9) + 3
                pg.line(x2, y + 1.2, 195, y + 1.2, 0.2, "#666666", dash=0.5)
                f.write(x2 + 2, y - 0.2, v["city"])
            y += 10
        # section B
        y += 2
        _bar(pg, y, "B", "VOTRE SITUATION", run)
        y += 14
        for key, lab in SITUATIONS:
            pg.rect(15, y - 3.3, 3.6, 3.6, width=0.25)
            if v["situation"] == key:
                f.tick(15, y - 3.3)
            lines = pg.para(21, y, lab, 172, "sans", 9, 4.2)
            if key == "salarie":
                y2 = y + 6
                pg.text(25, y2, "Type de contrat :", "sans", 8.5)
                xx = 25 + pg.width("Type de contrat :", "sans", 8.5) + 3
                for ct in ("CDI", "CDD", "Intérim", "Autre"):
                    pg.rect(xx, y2 - 3.2, 3.4, 3.4, width=0.25)
                    if v["situation"] == key and v.get("contract") == ct:
                        f.tick(xx, y2 - 3.2, 3.4)
                    pg.text(xx + 5, y2, ct, "sans", 8.5)
                    xx += 10 + pg.width(ct, "sans", 8.5)
                y2 += 7
                lab2 = "Emploi occupé :"
                pg.text(25, y2, lab2, "sans", 8.5)
                x0 = 25 + pg.width(lab2, "sans", 8.5) + 3
                pg.line(x0, y2 + 1.2, 195, y2 + 1.2, 0.2, "#666666", dash=0.5)
                if v["situation"] == key:
                    f.write(x0 + 2, y2 - 0.2, v.get("job", ""), 11)
                lines = y2 + 2
            if key == "autre":
                x0 = 21 + pg.width(lab, "sans", 9) + 3
                pg.line(x0, y + 1.2, 195, y + 1.2, 0.2, "#666666", dash=0.5)
                if v["situation"] == key:
                    f.write(x0 + 2, y - 0.2, v.get("other", ""), 11)
            y = max(lines, y + 4) + 3.5
        pg.text(105, 288, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 7, "#444444", "c")

    return draw


PIECES = [
    "une photocopie de votre passeport ou de votre carte nationale d'identité ;",
    "une photocopie de votre titre de séjour, de votre visa long séjour valant titre de séjour "
    "(VLS-TS) ou de votre récépissé de demande ;",
    "une copie intégrale de votre acte de naissance ou un extrait avec filiation ;",
    "un justificatif de résidence en France depuis plus de 3 mois (bail, trois factures "
    "successives, attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def page2(
    v: dict,
    way: str,
    run: str,
    rng: random.Random,
    hand_font="h_ruf",
    ink="#1b2a7a",
    sign=True,
    date_hand=True,
):
    def draw(pg: Page):
        f = Filler(pg, rng, way, hand_font, ink)
        _bar(pg, 18, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
        y = pg.para(
            15,
            33,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
            "ce formulaire et m'engage à signaler à ma caisse d'assurance maladie tout "
            "changement de situation. La loi punit quiconque se rend coupable de fraudes "
            "ou de fausses déclarations (articles 313-1 et 441-1 du code pénal, article "
            "L. 114-13 du code de la sécurité sociale).",
            180,
            "sans",
            9,
            4.3,
        )
        y += 6
        pg.text(15, y, "Fait à", "sans", 9.5)
        pg.line(27, y + 1.2, 95, y + 1.2, 0.2, "#666666", dash=0.5)
        pg.text(100, y, "le", "sans", 9.5)
        pg.line(106, y + 1.2, 160, y + 1.2, 0.2, "#666666", dash=0.5)
        if way == "hand" or date_hand:
            pg.hand(29, y - 0.2, v["place"], rng, hand_font, 13, ink)
            pg.hand(108, y - 0.2, v["date_text"], rng, hand_font, 13, ink)
        else:
            f.write(29, y - 0.2, v["place"])
            f.write(108, y - 0.2, v["date_text"])
        y += 8
        if run == "A":
            pg.text(120, y + 3, "Signature", "sansb", 9)
            bx, by = 120, y + 5
        else:
            bx, by = 120, y
        pg.rect(bx, by, 75, 32, stroke="#000000", width=0.35)
        if run == "B":
            pg.text(bx + 3, by + 5, "Signature", "sans", 9, "#a0a0a0")
        if sign:
            pg.image(bx + 10, by + 8, 55, None, signature_img(rng, 560, 200, color=(20, 28, 110)))
        y = by + 44
        pg.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sansb", 10, BLUE)
        y += 7
        for p in PIECES:
            pg.text(17, y, "•", "sans", 9)
            y = pg.para(21, y, p, 172, "sans", 8.8, 4.1) + 1.2
        y += 6
        pg.rect(15, y, 180, 34, stroke="#444444", width=0.3, fill="#f1f1f1")
        pg.text(18, y + 6, "Cadre réservé à l'organisme", "sansb", 9)
        for i, lab in enumerate(("Date de réception :", "Pièces vérifiées :", "Matricule agent :")):
            pg.text(18, y + 14 + i * 7, lab, "sans", 8.5)
            x0 = 18 + pg.width(lab, "sans", 8.5) + 3
            pg.line(x0, y + 15.2 + i * 7, 110, y + 15.2 + i * 7, 0.2, "#888888", dash=0.5)
        pg.para(
            15,
            262,
            "Les informations recueillies font l'objet d'un traitement destiné à "
            "l'ouverture de vos droits. Vous disposez d'un droit d'accès et de rectification "
            "auprès de votre caisse (règlement UE 2016/679 et loi n° 78-17 du 6 janvier "
            "1978).",
            180,
            "sans",
            6.8,
            3,
        )
        pg.text(105, 288, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7, "#444444", "c")

    return draw


def form_fields(v: dict) -> dict:
    emp = {"salarie": "employed", "independant": "other", "autre": "other"}.get(
        v["situation"], "not_employed"
    )
    return {
        "surname": v["surname"],
        "usage_name": v.get("usage") or None,
        "given_names": v["given"],
        "sex": v["sex"],
        "date_of_birth": v["dob"].isoformat(),
        "employment_status": emp,
        "situation": v["situation"],
        "contract_type": v.get("contract"),
        "signed": v.get("signed", True),
        "signed_on": v["signed_on"].isoformat(),
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": v.get("nir") or None,
    }
