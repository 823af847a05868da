"""The application form 'Demande d'ouverture des droits à l'assurance maladie' (cerfa n° 15763*02,
ameli S1106), two A4 pages, filled by hand, typed, or as a fillable PDF (AcroForm)."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white

from . import draw as d
from . import logos
from . import util as u
from .draw import rgb
from .looks import A4H, A4W, MM, Page

BLUE = rgb("0C419A")
PALE = rgb("E7EEF8")
GREY = Color(0.3, 0.3, 0.33)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée en France (travailleur indépendant, micro-entrepreneur)",
    ),
    ("chomeur", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière stable et régulière "
        "depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]

EMPLOYMENT_STATUS = {
    "salarie": "employed",
    "independant": "employed",
    "chomeur": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}


def _section(c, y, letter, title):
    d.box(c, 12 * MM, y - 7 * MM, A4W - 24 * MM, 7 * MM, stroke=None, fill=BLUE)
    d.box(c, 12 * MM, y - 7 * MM, 9 * MM, 7 * MM, stroke=None, fill=rgb("F28C00"))
    d.txt(c, 16.5 * MM, y - 5.2 * MM, letter, "Sans-B", 11, white, "c")
    d.txt(c, 24 * MM, y - 5.2 * MM, title, "Sans-B", 10.5, white)
    return y - 11 * MM


class Filler:
    """Writes values in the form according to the filling mode."""

    def __init__(self, c, F, rng):
        self.c, self.F, self.rng = c, F, rng
        self.mode = F.get("mode", "hand")
        self.font = F.get("hand_font", "H-dkg")
        self.ink = F.get("ink", d.INK_BLUE)
        self.n = 0

    def comb(self, xs, y, s, name, cw=5 * MM):
        s = s.upper()
        if self.mode == "acro":
            # one comb field per run of contiguous boxes (the date has three: JJ, MM, AAAA)
            runs, cur = [], [xs[0]]
            for a, b in zip(xs, xs[1:]):
                if b - a > cw + 1:
                    runs.append(cur)
                    cur = []
                cur.append(b)
            runs.append(cur)
            pos = 0
            for k, run in enumerate(runs):
                part = s[pos : pos + len(run)]
                pos += len(run)
                nm = name if len(runs) == 1 else name[:-3] + f"_{k + 1}[0]"
                self.c.acroForm.textfield(
                    name=nm,
                    value=part,
                    x=run[0],
                    y=y,
                    width=len(run) * cw,
                    height=cw,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fontName="Courier-Bold",
                    fontSize=10,
                    maxlen=len(run),
                    fieldFlags="comb doNotScroll",
                )
        elif self.mode == "typed":
            for xx, ch in zip(xs, s):
                d.txt(self.c, xx + cw / 2, y + 1.3 * MM, ch, "Mono-B", 10, black, "c")
        else:
            if self.font in ("dancing", "kaushan"):
                d.hand_comb(self.c, xs, y, s, self.rng, "H-dkg", 10.5, cw, self.ink)
            else:
                d.hand_comb(self.c, xs, y, s, self.rng, self.font, 10.5, cw, self.ink)

    def line(self, x, y, s, name, w=60 * MM, size=10):
        if not s:
            return
        if self.mode == "acro":
            self.c.acroForm.textfield(
                name=name,
                value=s,
                x=x,
                y=y - 1.5 * MM,
                width=w,
                height=5.5 * MM,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                fontName="Helvetica",
                fontSize=9,
            )
        elif self.mode == "typed":
            d.fit(self.c, x + 1 * MM, y, s, w, "Mono-B", size - 0.5)
        else:
            d.hand(self.c, x + 1 * MM, y, s, self.rng, self.font, size + 1.5, self.ink)

    def tick(self, x, y, on, name, s=3.6 * MM):
        if self.mode == "acro":
            self.c.acroForm.checkbox(
                name=name,
                x=x,
                y=y,
                size=s,
                checked=bool(on),
                buttonStyle="cross",
                borderWidth=0,
                borderColor=None,
                fillColor=None,
            )
        elif on:
            d.tick(
                self.c,
                x,
                y,
                s,
                self.rng,
                "x" if self.mode == "typed" or self.rng.random() < 0.6 else "v",
                black if self.mode == "typed" else self.ink,
            )


def form_pages(F, rng):
    """F: see module doc; returns two Pages."""
    mode = F.get("mode", "hand")
    cw = 5 * MM
    P = "topmostSubform[0].Page1[0]."
    P2 = "topmostSubform[0].Page2[0]."

    def p1(c):
        W, H = A4W, A4H
        f = Filler(c, F, rng)
        logos.ameli(c, 12 * MM, H - 24 * MM, 0.9)
        d.box(c, W - 45 * MM, H - 24 * MM, 33 * MM, 13 * MM, stroke=black, lw=0.8)
        d.txt(c, W - 28.5 * MM, H - 16 * MM, "cerfa", "Sans-BI", 11, black, "c")
        d.txt(c, W - 28.5 * MM, H - 21.5 * MM, "N° 15763*02", "Sans-B", 8.5, black, "c")
        d.txt(
            c,
            W / 2 + 8 * MM,
            H - 32 * MM,
            "Demande d'ouverture des droits",
            "Sans-B",
            14,
            BLUE,
            "c",
        )
        d.txt(c, W / 2 + 8 * MM, H - 38 * MM, "à l'assurance maladie", "Sans-B", 14, BLUE, "c")
        d.txt(
            c,
            W / 2 + 8 * MM,
            H - 44 * MM,
            "Protection universelle maladie (PUMa)",
            "Sans",
            10,
            BLUE,
            "c",
        )
        d.para(
            c,
            12 * MM,
            H - 51 * MM,
            W - 24 * MM,
            "Vous travaillez ou vous résidez en France de manière stable et régulière et vous ne bénéficiez pas de la prise en "
            "charge de vos frais de santé : utilisez ce formulaire pour demander l'ouverture de vos droits. Complétez-le en "
            "lettres majuscules et adressez-le, accompagné des pièces justificatives listées en page 2, à la caisse "
            "d'assurance maladie de votre lieu de résidence. Articles L. 160-1, L. 160-5, R. 111-3 et D. 160-2 du code de la "
            "sécurité sociale.",
            "Sans",
            6.8,
            8.6,
        )
        y = _section(c, H - 66 * MM, "A", "VOUS")

        def comb_row(label, n, yy, name, value, note=None):
            d.txt(c, 15 * MM, yy + 1.3 * MM, label, "Sans-B", 8)
            xs = d.comb(c, 62 * MM, yy, n, cw, cw, color=Color(0.45, 0.45, 0.5), lw=0.45)
            if note:
                d.txt(c, 15 * MM, yy - 2.3 * MM, note, "Sans-I", 6, GREY)
            f.comb(xs, yy, value, name, cw)
            return xs

        comb_row(
            "Nom de naissance",
            26,
            y - 5 * MM,
            P + "Nom_naissance[0]",
            F["birth_surname"],
            "(nom de famille)",
        )
        y -= 11 * MM
        comb_row(
            "Nom d'usage",
            26,
            y - 5 * MM,
            P + "Nom_usage[0]",
            F.get("usage_surname", ""),
            "(facultatif, ex. nom d'époux)",
        )
        y -= 11 * MM
        comb_row(
            "Prénom(s)",
            26,
            y - 5 * MM,
            P + "Prenoms[0]",
            F["given"],
            "(dans l'ordre de l'état civil)",
        )
        y -= 12 * MM
        d.txt(c, 15 * MM, y, "Sexe", "Sans-B", 8)
        d.checkbox(c, 62 * MM, y - 0.8 * MM, 3.6 * MM)
        d.txt(c, 67 * MM, y, "F", "Sans", 8.5)
        d.checkbox(c, 75 * MM, y - 0.8 * MM, 3.6 * MM)
        d.txt(c, 80 * MM, y, "M", "Sans", 8.5)
        f.tick(62 * MM, y - 0.8 * MM, F["sex"] == "F", P + "Sexe_F[0]")
        f.tick(75 * MM, y - 0.8 * MM, F["sex"] == "M", P + "Sexe_M[0]")
        d.txt(c, 100 * MM, y, "Date de naissance", "Sans-B", 8)
        xs = d.comb(
            c, 130 * MM, y - 1.5 * MM, 8, cw, cw, color=Color(0.45, 0.45, 0.5), lw=0.45, gaps=(1, 3)
        )
        d.txt(c, 130 * MM, y - 4.5 * MM, "J  J     M  M      A  A  A  A", "Sans", 5.5, GREY)
        dd = F["dob_written"]
        f.comb(xs, y - 1.5 * MM, dd, P + "Date_naissance[0]", cw)
        y -= 12 * MM
        d.txt(c, 15 * MM, y, "Lieu de naissance :  Commune", "Sans-B", 8)
        d.dotted(c, 58 * MM, 120 * MM, y - 1)
        f.line(58 * MM, y, F["pob_commune"], P + "Lieu_naissance_commune[0]", 60 * MM)
        d.txt(c, 123 * MM, y, "Pays", "Sans-B", 8)
        d.dotted(c, 132 * MM, W - 15 * MM, y - 1)
        f.line(132 * MM, y, F["pob_country"], P + "Lieu_naissance_pays[0]", 60 * MM)
        y -= 9 * MM
        d.txt(c, 15 * MM, y, "Nationalité", "Sans-B", 8)
        d.dotted(c, 35 * MM, 100 * MM, y - 1)
        f.line(35 * MM, y, F["nationality"], P + "Nationalite[0]", 60 * MM)
        y -= 10 * MM
        d.txt(c, 15 * MM, y + 1.3 * MM, "N° de sécurité sociale", "Sans-B", 8)
        d.txt(c, 15 * MM, y - 2.3 * MM, "(si vous en avez un)", "Sans-I", 6, GREY)
        xs = d.comb(
            c,
            62 * MM,
            y,
            15,
            cw,
            cw,
            color=Color(0.45, 0.45, 0.5),
            lw=0.45,
            gaps=(0, 2, 4, 6, 9, 12),
        )
        if F.get("nir"):
            f.comb(xs, y, F["nir"], P + "NIR[0]", cw)
        y -= 11 * MM
        d.txt(c, 15 * MM, y, "Adresse", "Sans-B", 8)
        d.dotted(c, 32 * MM, W - 15 * MM, y - 1)
        f.line(32 * MM, y, F["address"], P + "Adresse[0]", 150 * MM)
        y -= 10 * MM
        d.txt(c, 15 * MM, y + 1.3 * MM, "Code postal", "Sans-B", 8)
        xs = d.comb(c, 36 * MM, y, 5, cw, cw, color=Color(0.45, 0.45, 0.5), lw=0.45)
        f.comb(xs, y, F["zip"], P + "Code_postal[0]", cw)
        d.txt(c, 68 * MM, y + 1.3 * MM, "Commune", "Sans-B", 8)
        d.dotted(c, 84 * MM, W - 15 * MM, y)
        f.line(84 * MM, y + 1.3 * MM, F["city"], P + "Commune[0]", 100 * MM)
        y -= 10 * MM
        d.txt(c, 15 * MM, y, "Téléphone", "Sans-B", 8)
        d.dotted(c, 32 * MM, 85 * MM, y - 1)
        f.line(32 * MM, y, F.get("phone", ""), P + "Telephone[0]", 50 * MM)
        d.txt(c, 90 * MM, y, "Adresse e-mail", "Sans-B", 8)
        d.dotted(c, 113 * MM, W - 15 * MM, y - 1)
        f.line(113 * MM, y, F.get("email", ""), P + "Courriel[0]", 80 * MM, 9)
        y -= 10 * MM
        y = _section(c, y, "B", "VOTRE SITUATION")
        d.txt(
            c, 15 * MM, y, "Cochez la case correspondant à votre situation actuelle :", "Sans-I", 8
        )
        y -= 8 * MM
        for key, label in SITUATIONS:
            d.checkbox(c, 15 * MM, y - 0.8 * MM, 3.6 * MM)
            d.fit(c, 21 * MM, y, label, W - 36 * MM, "Sans", 8.3)
            f.tick(15 * MM, y - 0.8 * MM, F["situation"] == key, P + f"Situation_{key}[0]")
            if key == "salarie":
                y -= 7 * MM
                d.txt(c, 21 * MM, y, "Profession :", "Sans", 8)
                d.dotted(c, 40 * MM, 110 * MM, y - 1)
                if F["situation"] == "salarie":
                    f.line(40 * MM, y, F.get("job", ""), P + "Profession[0]", 68 * MM)
                d.txt(c, 114 * MM, y, "Date d'embauche :", "Sans", 8)
                d.dotted(c, 140 * MM, W - 15 * MM, y - 1)
                if F["situation"] == "salarie":
                    f.line(140 * MM, y, F.get("hire_date", ""), P + "Date_embauche[0]", 50 * MM)
                y -= 7 * MM
                d.txt(c, 21 * MM, y, "Type de contrat :", "Sans", 8)
                xx = 48 * MM
                for k in ["CDI", "CDD", "Intérim", "Apprentissage", "Autre"]:
                    d.checkbox(c, xx, y - 0.8 * MM, 3.4 * MM)
                    d.txt(c, xx + 5 * MM, y, k, "Sans", 8)
                    f.tick(
                        xx,
                        y - 0.8 * MM,
                        F["situation"] == "salarie" and F.get("contract") == k,
                        P + f"Contrat_{u.strip_accents(k)}[0]",
                        3.4 * MM,
                    )
                    xx += 26 * MM
            if key == "autre":
                d.dotted(c, 68 * MM, W - 15 * MM, y - 1)
                if F["situation"] == "autre":
                    f.line(68 * MM, y, F.get("autre_text", ""), P + "Autre_precision[0]", 120 * MM)
            y -= 9 * MM
        d.para(
            c,
            12 * MM,
            20 * MM,
            W - 24 * MM,
            "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Elles font l'objet d'un traitement "
            "informatique par votre caisse d'assurance maladie. Conformément à la loi n° 78-17 du 6 janvier 1978 modifiée et "
            "au règlement (UE) 2016/679, vous disposez d'un droit d'accès et de rectification auprès de votre caisse.",
            "Sans",
            6,
            7.5,
            GREY,
        )
        d.txt(c, W / 2, 10 * MM, "S1106 — cerfa n° 15763*02 — page 1/2", "Sans", 7, GREY, "c")

    def p2(c):
        W, H = A4W, A4H
        f = Filler(c, F, rng)
        y = _section(c, H - 15 * MM, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = d.para(
            c,
            15 * MM,
            y,
            W - 30 * MM,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je m'engage à signaler "
            "immédiatement à ma caisse d'assurance maladie toute modification de ma situation (adresse, activité, "
            "situation familiale, résidence). Je suis informé(e) que la loi punit quiconque se rend coupable de fraudes ou "
            "de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal) et que l'organisme "
            "peut en vérifier l'exactitude (article L. 114-19 du code de la sécurité sociale).",
            "Sans",
            8.3,
            11,
        )
        y -= 8 * MM
        d.txt(c, 15 * MM, y, "Fait à", "Sans-B", 9)
        d.dotted(c, 27 * MM, 100 * MM, y - 1)
        d.txt(c, 105 * MM, y, "le", "Sans-B", 9)
        d.dotted(c, 111 * MM, 160 * MM, y - 1)
        f.line(28 * MM, y, F.get("fait_a", ""), P2 + "Fait_a[0]", 70 * MM)
        if F.get("date_written"):
            f.line(112 * MM, y, F["date_written"], P2 + "Date_signature[0]", 45 * MM)
        y -= 8 * MM
        d.box(c, 110 * MM, y - 32 * MM, W - 125 * MM, 32 * MM, stroke=black, lw=0.7)
        d.txt(c, 112 * MM, y - 4 * MM, "Signature", "Sans-B", 8)
        if F.get("signed", True):
            d.signature(
                c,
                118 * MM,
                y - 30 * MM,
                W - 140 * MM,
                22 * MM,
                rng,
                F.get("ink", d.INK_BLUE),
                name=F.get("sig_name"),
            )
        y -= 42 * MM
        d.box(c, 12 * MM, y - 88 * MM, W - 24 * MM, 90 * MM, stroke=BLUE, lw=0.8)
        d.box(c, 12 * MM, y - 5 * MM, W - 24 * MM, 7 * MM, stroke=None, fill=PALE)
        d.txt(
            c,
            15 * MM,
            y - 3 * MM,
            "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
            "Sans-B",
            9.5,
            BLUE,
        )
        y -= 11 * MM
        items = [
            "Une pièce d'identité : passeport en cours de validité ou, pour les ressortissants de l'Union européenne, de "
            "l'EEE ou de la Suisse, carte nationale d'identité.",
            "Si vous êtes étranger hors Union européenne : votre titre de séjour, votre visa long séjour valant titre de "
            "séjour (VLS-TS) ou le récépissé de votre demande de titre.",
            "Une copie intégrale de votre acte de naissance ou un extrait avec filiation (apostillé ou légalisé selon le pays "
            "d'émission, sauf dispense prévue par une convention internationale).",
            "Un justificatif de résidence en France depuis plus de trois mois : contrat de location (bail), ou trois factures "
            "successives (énergie, téléphone, eau, internet), ou une attestation d'hébergement accompagnée de la pièce "
            "d'identité de l'hébergeant et de son propre justificatif de domicile.",
            "Un relevé d'identité bancaire (RIB) à votre nom, pour le versement de vos remboursements.",
            "Si vous exercez une activité : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        for it in items:
            d.txt(c, 16 * MM, y, "•", "Sans-B", 9, BLUE)
            y = d.para(c, 20 * MM, y, W - 36 * MM, it, "Sans", 8.2, 10.5) - 2.5 * MM
        y -= 12 * MM
        d.box(
            c,
            12 * MM,
            y - 34 * MM,
            W - 24 * MM,
            34 * MM,
            stroke=Color(0.5, 0.5, 0.5),
            fill=rgb("F2F2F2"),
            lw=0.5,
        )
        d.txt(c, 15 * MM, y - 5 * MM, "Cadre réservé à l'organisme", "Sans-B", 8.5, GREY)
        d.txt(c, 15 * MM, y - 13 * MM, "Date de réception :", "Sans", 8, GREY)
        d.dotted(c, 45 * MM, 95 * MM, y - 14 * MM)
        d.txt(c, 100 * MM, y - 13 * MM, "Pièces vérifiées :  oui  ☐    non  ☐", "DV", 7.5, GREY)
        d.txt(c, 15 * MM, y - 23 * MM, "Matricule agent :", "Sans", 8, GREY)
        d.dotted(c, 45 * MM, 95 * MM, y - 24 * MM)
        d.txt(c, 100 * MM, y - 23 * MM, "Observations :", "Sans", 8, GREY)
        d.txt(c, W / 2, 10 * MM, "S1106 — cerfa n° 15763*02 — page 2/2", "Sans", 7, GREY, "c")

    return [Page(A4W, A4H, p1), Page(A4W, A4H, p2)]
