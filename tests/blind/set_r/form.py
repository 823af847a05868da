"""The application form, cerfa n° 15763*02 (S1106), two pages, in two print runs, filled by hand
(pen strokes from handwriting fonts with per-glyph jitter), typed then printed, or as an
AcroForm PDF."""

from __future__ import annotations

import random

from render import PT, Page, signature_image

BLUE = (0, 84, 150)
SITUATIONS = [
    (
        "salarie",
        "Vous exercez une activité salariée en France",
        "Type de contrat : CDI / CDD / intérim / autre",
    ),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)", ""),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi indemnisé ou non", ""),
    ("etudiant", "Vous êtes étudiant(e)", ""),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et régulière "
        "depuis plus de trois mois",
        "",
    ),
    ("autre", "Autre situation, précisez :", ""),
]


class Filler:
    """How values reach the paper: 'hand', 'typed', 'acro' (AcroForm), 'acro_print'."""

    def __init__(self, mode: str, seed: int, hand_font="dkg", ink=(20, 30, 110), typed_font="sans"):
        self.mode, self.seed, self.font, self.ink, self.tfont = (
            mode,
            seed,
            hand_font,
            ink,
            typed_font,
        )
        self.k = 0
        self.fields: list[tuple] = []
        self.rng = random.Random(seed)

    def _s(self) -> int:
        self.k += 1
        return self.seed * 1000 + self.k

    def text(self, p: Page, x, y, w, value, name, size=10.0):
        if not value:
            if self.mode == "acro":
                self.fields.append(("text", name, x, y - 4.2, w, 5.5, ""))
            return
        if self.mode == "hand":
            p.hand(
                x + 1 + self.rng.uniform(-0.6, 0.6),
                y + self.rng.uniform(-0.4, 0.3),
                value,
                size * 1.25,
                self.font,
                self.ink,
                self._s(),
            )
        elif self.mode == "acro":
            self.fields.append(("text", name, x, y - 4.2, w, 5.5, value))
        else:
            if self.mode == "acro_print":
                p.rect(x, y - 4.2, w, 5.5, stroke=None, fill=(220, 230, 250))
            p.text(x + 1, y, value, size, self.tfont)

    def comb(self, p: Page, x, y, cell, n, value, name, h=5.5):
        value = (value or "")[:n]
        if self.mode == "hand":
            for i, ch in enumerate(value.upper()):
                if ch != " ":
                    p.hand(
                        x + i * cell + cell * 0.5,
                        y + h - 1.0 + self.rng.uniform(-0.4, 0.3),
                        ch,
                        h * 2.4,
                        self.font,
                        self.ink,
                        self._s(),
                        anchor="c",
                    )
        elif self.mode == "acro":
            self.fields.append(("text", name, x, y, cell * n, h, value))
        elif value:
            if self.mode == "acro_print":
                p.rect(x, y, cell * n, h, stroke=None, fill=(220, 230, 250))
            for i, ch in enumerate(value.upper()):
                p.text(x + i * cell + cell / 2, y + h - 1.3, ch, 9, self.tfont, (0, 0, 0), "c")

    def tick(self, p: Page, x, y, s, on, name):
        if self.mode == "acro":
            self.fields.append(("check", name, x, y, s, s, on))
            return
        if not on:
            return
        if self.mode == "hand":
            r = self.rng
            p.hand(
                x + s / 2 + r.uniform(-0.4, 0.4),
                y + s - 0.2,
                r.choice(["X", "x", "✓" if False else "X"]),
                s * 3.4,
                self.font,
                self.ink,
                self._s(),
                anchor="c",
            )
        else:
            p.text(x + s / 2, y + s - 0.6, "X", s * 2.6, "sans-b", (0, 0, 0), "c")


def _acro(fields):
    def draw(c, page):
        mm = 72 / 25.4
        H = page.h
        for kind, name, x, y, w, h, val in getattr(page, "fields", []):
            if kind == "text":
                c.acroForm.textfield(
                    name=name,
                    value=val,
                    x=x * mm,
                    y=(H - y - h) * mm,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                    fontSize=9,
                    forceBorder=False,
                )
            else:
                c.acroForm.checkbox(
                    name=name,
                    checked=bool(val),
                    x=x * mm,
                    y=(H - y - h) * mm,
                    size=w * mm,
                    buttonStyle="cross",
                    borderWidth=0.5,
                )

    return draw


def _bar(p: Page, y, letter, title, run):
    if run == "A":
        p.rect(12, y - 5, 186, 7, stroke=None, fill=BLUE)
        p.text(15, y, f"{letter}  {title}", 10, "sans-b", (255, 255, 255))
    else:
        p.text(14, y, f"{letter} - {title}", 11, "opensans-b", BLUE)
        p.line(14, y + 1.6, 196, y + 1.6, BLUE, 0.6)


def _comb_boxes(p: Page, x, y, cell, n, h=5.5, gap_after=()):
    for i in range(n):
        p.rect(x + i * cell, y, cell, h, stroke=(60, 60, 60), lw=0.2)


def form_pages(f: dict, filler: Filler, run: str, seed: int) -> list[Page]:
    """f: surname, usage, given, sex, dob (ISO), pob_city, pob_country, nationality, nir, street,
    postcode, city, phone, email, situation, contract, job, other_text, place, date_text, sign
    ('yes', 'no', 'label_only')."""
    rng = random.Random(seed)
    font = "sans" if run == "A" else "opensans"
    p1 = Page()
    p1.text(14, 16, "l'Assurance", 13, "sans-b", BLUE)
    p1.text(14, 22, "Maladie", 13, "sans-b", BLUE)
    p1.rect(168, 9, 30, 14, stroke=(0, 0, 0), lw=0.4)
    p1.text(183, 14.5, "cerfa", 9, "sans-b", anchor="c")
    p1.text(183, 20, "N° 15763*02", 7.5, "sans", anchor="c")
    p1.text(
        105, 33, "Demande d'ouverture des droits à l'assurance maladie", 14, font + "-b", BLUE, "c"
    )
    p1.text(105, 39, "Protection universelle maladie (PUMa)", 10.5, font + "-b", (40, 40, 40), "c")
    y = p1.para(
        14,
        46,
        182,
        "Vous travaillez ou résidez en France de manière stable et régulière : "
        "remplissez ce formulaire pour demander l'ouverture de vos droits à l'assurance maladie. "
        "Joignez les pièces justificatives listées page 2 et adressez le tout à la caisse "
        "d'assurance maladie de votre lieu de résidence.",
        7,
        font,
        (60, 60, 60),
    )
    y = p1.para(
        14,
        y + 1,
        182,
        "Articles L. 160-1, L. 160-5, L. 200-1, R. 111-2, R. 160-1 et D. 160-2 du "
        "code de la sécurité sociale.",
        6.5,
        font,
        (60, 60, 60),
    )
    y += 6
    _bar(p1, y, "A", "VOUS", run)
    y += 10
    cell = 4.6 if run == "A" else 5.0

    def comb_field(label, n, value, name, above=run == "B"):
        nonlocal y
        if above:
            p1.text(16, y, label, 8, font)
            y += 2
            _comb_boxes(p1, 16, y, cell, n)
            filler.comb(p1, 16, y, cell, n, value, name)
            y += 11
        else:
            p1.text(16, y + 4.2, label, 8, font)
            _comb_boxes(p1, 62, y, cell, n)
            filler.comb(p1, 62, y, cell, n, value, name)
            y += 9

    n_name = 29 if run == "A" else 34
    comb_field("Nom de naissance", n_name, f["surname"], "nom_naissance")
    comb_field("Nom d'usage (facultatif)", n_name, f.get("usage") or "", "nom_usage")
    comb_field("Prénom(s)", n_name, f["given"], "prenoms")
    # sex and date of birth
    p1.text(16, y + 4.2, "Sexe", 8, font)
    p1.text(30, y + 4.2, "F", 8, font)
    p1.rect(34, y + 1, 3.5, 3.5, lw=0.25)
    filler.tick(p1, 34, y + 1, 3.5, f["sex"] == "F", "sexe_f")
    p1.text(42, y + 4.2, "M", 8, font)
    p1.rect(46.5, y + 1, 3.5, 3.5, lw=0.25)
    filler.tick(p1, 46.5, y + 1, 3.5, f["sex"] == "M", "sexe_m")
    p1.text(62, y + 4.2, "Date de naissance", 8, font)
    dx = 92
    d = f["dob"][8:10] + f["dob"][5:7] + f["dob"][:4]
    for j, (a, b) in enumerate([(0, 2), (2, 4), (4, 8)]):
        _comb_boxes(p1, dx, y, cell, b - a)
        filler.comb(p1, dx, y, cell, b - a, d[a:b], ["jj", "mm", "aaaa"][j])
        dx += (b - a) * cell + 3
    p1.text(dx + 1, y + 4.2, "(JJ MM AAAA)", 6.5, font, (100, 100, 100))
    y += 11

    def line_field(label, value, name, x=16, w=180):
        nonlocal y
        lw = len(label) * 1.55 + 3
        p1.text(x, y, label, 8, font)
        if run == "A":
            p1.line(x + lw, y + 0.8, x + w, y + 0.8, (120, 120, 120), 0.2, dash=(0.5, 0.8))
        else:
            p1.rect(x + lw, y - 4.2, w - lw, 5.5, stroke=(120, 120, 120), lw=0.2)
        filler.text(p1, x + lw + 1, y, w - lw - 2, value, name)

    line_field("Lieu de naissance : commune", f["pob_city"], "lieu_naissance", w=100)
    line_field("pays", f["pob_country"], "pays_naissance", x=120, w=76)
    y += 9
    line_field("Nationalité", f["nationality"], "nationalite", w=90)
    y += 9
    p1.text(16, y, "N° de sécurité sociale (si vous en avez un)", 8, font)
    nir = f.get("nir") or ""
    _comb_boxes(p1, 82, y - 4.2, cell, 13)
    filler.comb(p1, 82, y - 4.2, cell, 13, nir[:13], "nir")
    _comb_boxes(p1, 82 + 13 * cell + 3, y - 4.2, cell, 2)
    filler.comb(p1, 82 + 13 * cell + 3, y - 4.2, cell, 2, nir[13:], "nir_cle")
    y += 9
    line_field("Adresse", f["street"], "adresse")
    y += 9
    line_field("Code postal", f["postcode"], "code_postal", w=50)
    line_field("Commune", f["city"], "commune", x=70, w=126)
    y += 9
    line_field("Téléphone", f.get("phone", ""), "telephone", w=70)
    line_field("Courriel", f.get("email", ""), "courriel", x=90, w=106)
    y += 12
    _bar(p1, y, "B", "VOTRE SITUATION", run)
    y += 9
    p1.text(16, y, "Cochez la case correspondant à votre situation actuelle :", 8, font)
    y += 7
    ticked = f["situation"].split("+") if f.get("situation") else []
    for key, lab, sub in SITUATIONS:
        p1.rect(16, y - 3.2, 3.5, 3.5, lw=0.25)
        filler.tick(p1, 16, y - 3.2, 3.5, key in ticked, "sit_" + key)
        yy = p1.para(22, y, 170, lab, 8.5, font)
        if key == "salarie":
            p1.text(22, yy, "Emploi occupé :", 8, font)
            p1.line(46, yy + 0.8, 110, yy + 0.8, (120, 120, 120), 0.2, dash=(0.5, 0.8))
            filler.text(
                p1, 47, yy, 62, f.get("job", "") if "salarie" in ticked else "", "emploi", 9
            )
            p1.text(114, yy, "Contrat :", 8, font)
            for j, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                cx = 128 + j * 17
                p1.rect(cx, yy - 3.2, 3.2, 3.2, lw=0.25)
                p1.text(cx + 4.5, yy, ct, 7.5, font)
                filler.tick(
                    p1,
                    cx,
                    yy - 3.2,
                    3.2,
                    "salarie" in ticked and f.get("contract") == ct,
                    "contrat_" + ct.lower(),
                )
            yy += 5
        if key == "autre":
            p1.line(60, y + 0.8, 196, y + 0.8, (120, 120, 120), 0.2, dash=(0.5, 0.8))
            filler.text(
                p1, 61, y, 134, f.get("other_text", "") if "autre" in ticked else "", "autre_txt", 9
            )
        y = yy + 3.5
    p1.text(14, 290, "S1106 — cerfa n° 15763*02 — page 1/2", 6.5, font, (90, 90, 90))
    # ---------------- page 2
    p2 = Page()
    y = 20
    _bar(p2, y, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    y += 10
    y = p2.para(
        16,
        y,
        178,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler à ma caisse d'assurance maladie tout changement "
        "modifiant ma situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque se "
        "rend coupable de fraude ou de fausse déclaration (articles 313-1 à 313-3, 433-19, 441-1 et "
        "441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
        8.5,
        font,
    )
    y += 8
    p2.text(16, y, "Fait à", 9, font)
    p2.line(28, y + 0.8, 95, y + 0.8, (120, 120, 120), 0.2, dash=(0.5, 0.8))
    filler.text(p2, 29, y, 64, f.get("place", ""), "fait_a")
    p2.text(100, y, "le", 9, font)
    p2.line(105, y + 0.8, 150, y + 0.8, (120, 120, 120), 0.2, dash=(0.5, 0.8))
    if f.get("date_text"):
        if filler.mode in ("hand",) or f.get("date_by_hand"):
            p2.hand(106, y, f["date_text"], 12.5, filler.font, filler.ink, seed + 77)
        else:
            filler.text(p2, 106, y, 44, f["date_text"], "date")
    elif filler.mode == "acro":
        filler.text(p2, 106, y, 44, "", "date")
    y += 8
    sx, sy, sw, sh = 110, y + 2, 80, 28
    if run == "A":
        p2.text(sx, y, "Signature", 9, font + "-b")
        p2.rect(sx, sy, sw, sh, lw=0.4)
    else:
        p2.rect(sx, sy, sw, sh, lw=0.4)
        p2.text(sx + sw / 2, sy + sh / 2 + 2, "Signature", 11, font, (205, 205, 205), "c")
    sign = f.get("sign", "yes")
    if sign == "yes":
        p2.img(
            sx + 8 + rng.uniform(-3, 6),
            sy + 4 + rng.uniform(-1, 3),
            55,
            19,
            signature_image(
                f["given"] + " " + f["surname"],
                seed + 5,
                filler.ink if filler.mode == "hand" else (20, 30, 110),
            ),
        )
    y = sy + sh + 12
    _bar(p2, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y += 9
    for item in [
        "une pièce d'identité : passeport ou, pour les ressortissants de l'Union européenne, carte "
        "nationale d'identité ;",
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, visa long "
        "séjour valant titre de séjour (VLS-TS) ou récépissé de demande ;",
        "une copie intégrale de votre acte de naissance (ou un extrait avec filiation) ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        p2.text(18, y, "•", 9, font)
        y = p2.para(22, y, 172, item, 8.3, font) + 1.5
    y += 8
    p2.rect(14, y, 182, 34, stroke=(90, 90, 90), lw=0.3, fill=(240, 240, 240))
    p2.text(17, y + 6, "Cadre réservé à l'organisme", 8.5, font + "-b")
    for j, lab in enumerate(
        ["Date de réception :", "Pièces vérifiées :  oui  /  non", "Matricule agent :"]
    ):
        p2.text(20, y + 14 + j * 7, lab, 8, font)
    p2.text(14, 290, "S1106 — cerfa n° 15763*02 — page 2/2", 6.5, font, (90, 90, 90))
    if filler.mode == "acro":
        p1.fields = [fl for fl in filler.fields if fl[3] is not None][: _split(filler, p1)]
        p2.fields = filler.fields[len(p1.fields) :]
    _ = PT
    return [p1, p2]


def _split(filler: Filler, p1: Page) -> int:
    for i, fl in enumerate(filler.fields):
        if fl[1] == "fait_a":
            return i
    return len(filler.fields)


def acro_callback():
    return _acro(None)
