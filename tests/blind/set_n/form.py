"""The application form cerfa n° 15763*02 (S1106), drawn from its public description in three
print runs of our own, filled by hand, typed and printed, or as a fillable PDF (AcroForm)."""

from core import Page, width_mm
from reportlab.lib.colors import Color
from reportlab.lib.units import mm

RUNS = {
    # a: blue section bars, comb boxes; b: underlined titles, dotted lines; c: grey cells
    "a": dict(font="helv", bold="helv-b", bar=(0, 84, 147), comb=4.6, labels="beside"),
    "b": dict(font="lib", bold="lib-b", bar=None, comb=4.2, labels="above"),
    "c": dict(font="robc", bold="robc-b", bar=(90, 90, 90), comb=5.0, labels="inside"),
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


class Filler:
    def __init__(self, page, mode, rng, typed_font="courier"):
        self.p, self.mode, self.rng, self.tf = page, mode, rng, typed_font
        self.acro: list = []
        self.hand_font = None
        if mode == "hand":
            from core import HAND_FONTS

            self.hand_font = HAND_FONTS[rng.choice([2, 3, 4, 5, 6, 7, 8])]

    def line(self, name, x, y, s, w=80):
        if not s:
            if self.mode == "acroform":
                self.acro.append(("text", name, x, y - 4, w, 5.5, ""))
            return
        if self.mode == "hand":
            self.p.hand(x + 1, y, s, self.rng, 12, font=self.hand_font)
        elif self.mode == "acroform":
            self.acro.append(("text", name, x, y - 4, w, 5.5, s))
        else:
            self.p.text(x + 1, y, s, self.tf, 10)

    def comb(self, name, x, y, cw, s, n):
        if self.mode == "acroform":
            self.acro.append(("comb", name, x, y - cw + 0.6, cw * n, cw, s, n))
            return
        for i, ch in enumerate(s[:n]):
            cx = x + cw * (i + 0.5)
            if ch == " ":
                continue
            if self.mode == "hand":
                self.p.hand(cx, y - 0.8, ch, self.rng, 12.5, font=self.hand_font, anchor="c")
            else:
                self.p.text(cx, y - 1.0, ch, self.tf, 10, anchor="c")

    def tick(self, name, x, y, s, on):
        """Box of side s at (x, y) top-left."""
        if self.mode == "acroform":
            self.acro.append(("check", name, x, y, s, s, on))
            return
        if not on:
            return
        if self.mode == "hand":  # a pen cross or tick, slightly off the box
            r = self.rng
            ink = (25, 35, 110)
            j = [r.uniform(-0.6, 0.6) for _ in range(6)]
            if r.random() < 0.6:
                self.p.line(x + j[0], y + j[1], x + s + j[2], y + s + j[3], ink, 0.45)
                self.p.line(x + s + j[4], y + j[5], x + j[3], y + s + j[1], ink, 0.45)
            else:
                self.p.line(
                    x + 0.3 + j[0], y + s * 0.5, x + s * 0.45, y + s + j[2] * 0.5, ink, 0.45
                )
                self.p.line(
                    x + s * 0.45, y + s + j[2] * 0.5, x + s + 1 + j[4], y - 1 + j[5], ink, 0.45
                )
        else:
            self.p.text(x + s / 2, y + s - 0.7, "X", self.tf, 10, anchor="c")


def _acro_hook(specs, with_ap):
    def hook(c, page):
        H = page.h
        for sp in specs:
            kind, name = sp[0], sp[1]
            x, y, w, h = sp[2], sp[3], sp[4], sp[5]
            if kind == "check":
                c.acroForm.checkbox(
                    name=name,
                    checked=bool(sp[6]),
                    x=x * mm,
                    y=(H - y - h) * mm,
                    size=h * mm,
                    buttonStyle="cross",
                    borderWidth=0.5,
                    fillColor=Color(0.93, 0.95, 1),
                    borderColor=Color(0.2, 0.2, 0.2),
                    forceBorder=True,
                )
            else:
                kw = {}
                if kind == "comb":
                    kw = dict(maxlen=sp[7], fieldFlags="comb")
                c.acroForm.textfield(
                    name=name,
                    value=sp[6],
                    x=x * mm,
                    y=(H - y - h) * mm,
                    width=w * mm,
                    height=h * mm,
                    fontName="Helvetica",
                    fontSize=9 if kind == "text" else 10,
                    borderWidth=0,
                    fillColor=Color(0.93, 0.95, 1),
                    textColor=Color(0, 0, 0),
                    forceBorder=False,
                    **kw,
                )
        if not with_ap:
            c.acroForm.needAppearances = "true"

    return hook


def _section(p, run, y, letter, title):
    r = RUNS[run]
    if r["bar"]:
        p.rect(12, y - 5, 186, 7, None, r["bar"], 0)
        p.text(15, y, f"{letter}  {title}" if letter else title, r["bold"], 10.5, (255, 255, 255))
    else:
        p.text(12, y, f"{letter}. {title}" if letter else title, r["bold"], 11)
        p.line(12, y + 1.5, 198, y + 1.5, (0, 0, 0), 0.5)
    return y + 9


def _label_field(p, run, x, y, label, w):
    """Draws a label and the writing area; returns (fx, fy) where the value goes."""
    r = RUNS[run]
    if r["labels"] == "beside":
        p.text(x, y, label, r["font"], 8.5)
        fx = x + width_mm(label, r["font"], 8.5) + 2
        p.line(fx, y + 1, x + w, y + 1, (120, 120, 120), 0.2, (0.5, 0.7))
        return fx, y
    if r["labels"] == "above":
        p.text(x, y - 3.2, label, r["font"], 7.5, (60, 60, 60))
        p.line(x, y + 2.5, x + w, y + 2.5, (0, 0, 0), 0.2)
        return x, y + 1.5
    p.rect(x, y - 6.5, w, 9.5, (120, 120, 120), (244, 244, 244), 0.2)
    p.text(x + 1, y - 3.8, label, r["font"], 6, (90, 90, 90))
    return x + 1, y + 1.8


def _comb_boxes(p, x, y, n, cw, gaps=()):
    """Boxes with their bottom at y; returns the x positions of each box."""
    xs = []
    cx = x
    for i in range(n):
        if i in gaps:
            cx += cw * 0.6
        p.rect(cx, y - cw, cw, cw, (60, 60, 60), None, 0.2)
        xs.append(cx)
        cx += cw
    return xs


def form_pages(fm, rng, run, mode, typed_font="courier"):
    """fm: the values to write (see generate.py). Returns two Page objects."""
    r = RUNS[run]
    F, B = r["font"], r["bold"]
    step = 11 if r["labels"] == "inside" else 9
    p1 = Page()
    fl = Filler(p1, mode, rng, typed_font)
    p1.text(14, 18, "l'Assurance", B, 13, (0, 84, 147))
    p1.text(14, 24, "Maladie", B, 13, (0, 84, 147))
    p1.rect(160, 10, 38, 14, (0, 0, 0), None, 0.4)
    p1.text(179, 16, "cerfa", B, 10, anchor="c")
    p1.text(179, 21.5, "N° 15763*02", F, 8.5, anchor="c")
    p1.text(105, 35, "Demande d'ouverture des droits à l'assurance maladie", B, 13.5, anchor="c")
    p1.text(105, 41, "Protection universelle maladie (PUMa)", F, 10, anchor="c")
    p1.para(
        14,
        48,
        182,
        "Articles L. 160-1, L. 160-5, L. 160-17 et R. 111-2 du code de la "
        "sécurité sociale. Remplissez ce formulaire en lettres capitales si vous résidez en "
        "France de manière stable et régulière et n'êtes pas encore affilié(e) à un régime "
        "d'assurance maladie. Joignez les pièces justificatives listées en page 2.",
        F,
        7,
        color=(60, 60, 60),
    )
    y = _section(p1, run, 66, "A", "VOUS")
    cw = r["comb"]
    p1.text(14, y, "Nom de naissance", F, 8.5)
    xs = _comb_boxes(p1, 48, y + 1.5, 26, cw * 0.9)
    fl.comb("nom_naissance", xs[0], y + 1.5, cw * 0.9, fm["surname_w"], 26)
    y += step
    fx, fy = _label_field(p1, run, 14, y, "Nom d'usage (facultatif)", 120)
    fl.line("nom_usage", fx, fy, fm.get("usage_w") or "", 100)
    y += step
    p1.text(14, y, "Prénom(s)", F, 8.5)
    xs = _comb_boxes(p1, 48, y + 1.5, 26, cw * 0.9)
    fl.comb("prenoms", xs[0], y + 1.5, cw * 0.9, fm["given_w"], 26)
    y += 10
    p1.text(14, y, "Sexe :", F, 8.5)
    for i, s in enumerate(("F", "M")):
        bx = 30 + i * 16
        p1.rect(bx, y - 3.6, 3.8, 3.8, (0, 0, 0), None, 0.25)
        p1.text(bx + 5, y, s, F, 8.5)
        fl.tick("sexe_" + s, bx, y - 3.6, 3.8, fm["sex"] == s)
    p1.text(70, y, "Date de naissance", F, 8.5)
    xs = _comb_boxes(p1, 100, y + 1.2, 8, cw, gaps=(2, 4))
    p1.text(100, y + 4.5, "J   J      M   M       A    A   A   A", F, 5.5, (120, 120, 120))
    dob = fm["dob"].strftime("%d%m%Y")
    if mode == "acroform":
        fl.acro.append(
            ("comb", "date_naissance", xs[0], y + 1.2 - cw + 0.6, xs[-1] + cw - xs[0], cw, dob, 8)
        )
    else:
        for i, ch in enumerate(dob):
            m = Filler.comb
            m(fl, "", xs[i], y + 1.2, cw, ch, 1)
    y += step + 2
    fx, fy = _label_field(p1, run, 14, y, "Lieu de naissance (commune, pays)", 184)
    fl.line("lieu_naissance", fx, fy, fm["pob_w"], 110)
    y += step
    fx, fy = _label_field(p1, run, 14, y, "Nationalité", 90)
    fl.line("nationalite", fx, fy, fm["nat_w"], 60)
    y += 10
    p1.text(14, y, "N° de sécurité sociale (si vous en avez un)", F, 8.5)
    xs = _comb_boxes(p1, 82, y + 1.2, 15, cw * 0.85, gaps=(1, 3, 5, 7, 10, 13))
    nir = fm.get("nir") or ""
    if mode == "acroform":
        fl.acro.append(
            (
                "comb",
                "nir",
                xs[0],
                y + 1.2 - cw * 0.85 + 0.6,
                xs[-1] + cw * 0.85 - xs[0],
                cw * 0.85,
                nir,
                15,
            )
        )
    else:
        for i, ch in enumerate(nir):
            Filler.comb(fl, "", xs[i], y + 1.2, cw * 0.85, ch, 1)
    y += 10
    fx, fy = _label_field(p1, run, 14, y, "Adresse", 184)
    fl.line("adresse", fx, fy, fm["street_w"], 150)
    y += step
    p1.text(14, y, "Code postal", F, 8.5)
    xs = _comb_boxes(p1, 36, y + 1.2, 5, cw)
    fl.comb("code_postal", xs[0], y + 1.2, cw, fm["postcode"], 5)
    fx, fy = _label_field(p1, run, 70, y, "Commune", 128)
    fl.line("commune", fx, fy, fm["city_w"], 90)
    y += step
    fx, fy = _label_field(p1, run, 14, y, "Téléphone", 80)
    fl.line("telephone", fx, fy, fm.get("phone", ""), 55)
    fx, fy = _label_field(p1, run, 100, y, "Courriel", 98)
    fl.line("courriel", fx, fy, fm.get("email", ""), 75)
    y += 12
    y = _section(p1, run, y, "B", "VOTRE SITUATION")
    p1.text(14, y, "Cochez la case correspondant à votre situation actuelle :", F, 8)
    y += 7
    for key, label in SITUATIONS:
        p1.rect(14, y - 3.6, 3.8, 3.8, (0, 0, 0), None, 0.25)
        fl.tick("situation_" + key, 14, y - 3.6, 3.8, key in fm["ticked"])
        p1.para(20, y, 176, label, F, 8.5)
        if key == "salarie":
            y += 6 if r["labels"] != "inside" else 10
            fx, fy = _label_field(p1, run, 20, y, "Emploi occupé :", 100)
            fl.line("emploi", fx, fy, fm.get("job_w", ""), 70)
            p1.text(124, y, "Contrat :", F, 8)
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                bx = 138 + i * 15
                p1.rect(bx, y - 3.2, 3.4, 3.4, (0, 0, 0), None, 0.2)
                p1.text(bx + 4.5, y, ct, F, 7.5)
                fl.tick("contrat_" + ct, bx, y - 3.2, 3.4, fm.get("contract") == ct)
        if key == "autre":
            y += 6
            fl.line("autre_precision", 20, y, fm.get("other_w", ""), 150)
            p1.line(20, y + 1, 196, y + 1, (120, 120, 120), 0.2, (0.5, 0.7))
        y += 9 if key == "sans_activite" else 7
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", F, 7, anchor="c")
    p1.text(
        14,
        285,
        "La loi 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux données de ce formulaire.",
        F,
        6,
        (90, 90, 90),
    )

    # ---------------- page 2
    p2 = Page()
    f2 = Filler(p2, mode, rng, typed_font)
    f2.hand_font = fl.hand_font
    y = _section(p2, run, 20, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = (
        p2.para(
            14,
            y,
            182,
            "Je certifie sur l'honneur l'exactitude des renseignements portés "
            "sur ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
            "changement de situation. La loi rend passible d'amende et/ou d'emprisonnement "
            "quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
            "313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
            F,
            8.5,
        )
        + 6
    )
    p2.text(14, y, "Fait à", F, 9)
    p2.line(26, y + 1, 90, y + 1, (120, 120, 120), 0.2, (0.5, 0.7))
    f2.line("fait_a", 27, y, fm.get("place_w", ""), 60)
    p2.text(96, y, "le", F, 9)
    p2.line(101, y + 1, 150, y + 1, (120, 120, 120), 0.2, (0.5, 0.7))
    date_mode = fm.get("date_mode", mode)
    if date_mode == "hand" and fm.get("date_w") and mode != "hand":
        p2.hand(102, y, fm["date_w"], rng, 12)
    else:
        f2.line("date_signature", 102, y, fm.get("date_w", ""), 45)
    y += 8
    sig_style = rng.randrange(3)
    if sig_style == 0:
        p2.text(120, y + 2, "Signature", B, 9)
        sy = y + 4
    else:
        sy = y
    p2.rect(110, sy, 86, 32, (0, 0, 0), None, 0.35)
    if sig_style == 1 or fm.get("sig") == "label_only":
        p2.text(153, sy + 18, "Signature", F, 11, (170, 170, 170), "c")
    elif sig_style == 2:
        p2.text(112, sy + 4, "Signature", F, 7.5)
    if fm.get("sig") == "signed":
        p2.signature(118, sy + 4, 70, 24, fm["given_w"].split()[0] + " " + fm["surname_w"], rng)
    elif fm.get("sig") == "stray_mark":
        p2.hand(150, sy + 18, ".", rng, 14)
    y = sy + 42
    y = _section(p2, run, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for ln in [
        "• une pièce d'identité (passeport, ou carte nationale d'identité pour les "
        "ressortissants de l'Union européenne / EEE / Suisse) ;",
        "• pour les ressortissants étrangers hors UE : titre de séjour, visa long séjour "
        "valant titre de séjour (VLS-TS) ou récépissé de demande ;",
        "• un acte de naissance (extrait avec filiation ou copie intégrale) ;",
        "• un justificatif de résidence en France depuis plus de trois mois (bail, "
        "factures, attestation d'hébergement...) ;",
        "• un relevé d'identité bancaire (RIB) à votre nom ;",
        "• si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        y = p2.para(16, y, 178, ln, F, 8.5) + 1.5
    y += 8
    p2.rect(14, y, 182, 30, (100, 100, 100), (240, 240, 240), 0.3)
    p2.text(17, y + 5, "Cadre réservé à l'organisme", B, 8.5)
    p2.text(17, y + 13, "Date de réception : ____ / ____ / ________", F, 8)
    p2.text(17, y + 20, "Pièces vérifiées :", F, 8)
    for i, w in enumerate(("oui", "non")):
        p2.rect(45 + i * 16, y + 17.3, 3, 3, (0, 0, 0), None, 0.2)
        p2.text(49.5 + i * 16, y + 20, w, F, 8)
    p2.text(110, y + 13, "Matricule agent : ____________", F, 8)
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", F, 7, anchor="c")
    if mode == "acroform":
        ap = fm.get("appearance", True)
        p1.form_hook = _acro_hook(fl.acro, ap)
        p2.form_hook = _acro_hook(f2.acro, ap)
    return [p1, p2]
