"""The official form: 'Demande d'ouverture des droits à l'assurance maladie',
cerfa n° 15763*02 (ameli S1106), two A4 pages, filled by hand, typed, or as a
fillable PDF (AcroForm)."""

from __future__ import annotations

from core import BLACK, INK_BLUE, WHITE, Page, seed_of, strip_accents, text_width_mm
from model import Doc

BLUE = (0, 84, 150)
LBLUE = (225, 236, 247)
GREY = (90, 90, 90)


class Filler:
    """Writes the applicant's answers: by hand, typed, or as AcroForm fields."""

    def __init__(self, mode, seed, hand_font="h-humor", caps_font="h-humor", ink=INK_BLUE):
        self.mode = mode
        self.seed = seed
        self.n = 0
        self.hand_font = hand_font
        self.caps_font = caps_font
        self.ink = ink

    def _s(self):
        self.n += 1
        return self.seed + self.n * 7

    def comb(self, pg, x, y, n, cell, h, text, name):
        text = strip_accents(text.upper())[:n]
        if self.mode == "acro":
            pg.ops.append(("field", name, x, y, n * cell, h, text, "comb", n))
            return
        for i, ch in enumerate(text):
            if ch == " ":
                continue
            cx = x + (i + 0.5) * cell
            if self.mode == "hand":
                pg.hand(
                    cx,
                    y + h - 1.2,
                    ch,
                    self.caps_font,
                    h * 2.1,
                    self.ink,
                    seed=self._s(),
                    align="c",
                )
            else:
                pg.text(cx, y + h - 1.5, ch, "mono-b", h * 2.0, BLACK, "c")

    def line(self, pg, x, y, w, text, name, size=10):
        if self.mode == "acro":
            try:
                text.encode("cp1252")
            except UnicodeEncodeError:
                text = strip_accents(text)
            pg.ops.append(("field", name, x, y - 4.2, w, 5.5, text, "text", 0))
            return
        if self.mode == "hand":
            pg.hand(x + 1, y, text, self.hand_font, size * 1.2, self.ink, seed=self._s())
        else:
            pg.text(x + 1, y, text, "mono", size * 0.95, BLACK)

    def tick(self, pg, x, y, on, name, size=3.4):
        pg.rect(x, y, size, size, BLACK, None, 0.3)
        if self.mode == "acro":
            pg.ops.append(("checkbox", name, x, y, size, on))
            return
        if on:
            if self.mode == "hand":
                pg.hand(
                    x + size / 2,
                    y + size * 0.95,
                    "X",
                    "h-humor",
                    size * 3.6,
                    self.ink,
                    seed=self._s(),
                    align="c",
                )
            else:
                pg.text(x + size / 2, y + size * 0.85, "X", "sans-b", size * 2.6, BLACK, "c")


def _header(pg, page_no):
    # l'Assurance Maladie logo (drawn)
    pg.ellipse(20, 18, 7, 7, None, BLUE)
    pg.poly([(16, 18), (20, 12.5), (24, 18), (20, 23.5)], fill=WHITE)
    pg.text(30, 16.5, "l'Assurance", "sans-b", 11, BLUE)
    pg.text(30, 21.5, "Maladie", "sans-b", 11, BLUE)
    pg.text(30, 25, "Agir ensemble, protéger chacun", "sans-i", 6, GREY)
    pg.rect(164, 9, 34, 18, BLACK, None, 0.4)
    pg.rect(164, 9, 12, 18, None, BLACK)
    pg.text(170, 20, "cerfa", "sans-b", 6.5, WHITE, "c")
    pg.text(187, 16, "N° 15763*02", "sans-b", 7.5, BLACK, "c")
    pg.text(187, 22, "S1106", "sans", 6.5, GREY, "c")
    if page_no == 1:
        pg.text(
            105, 36, "Demande d'ouverture des droits à l'assurance maladie", "sans-b", 14, BLUE, "c"
        )
        pg.text(105, 42.5, "Protection universelle maladie (PUMa)", "sans-b", 10.5, BLACK, "c")
        pg.text(
            105,
            47.5,
            "Articles L. 160-1, L. 160-5, L. 200-1, R. 111-2 et D. 160-2 du code de la sécurité sociale",
            "sans",
            7,
            GREY,
            "c",
        )


def _footer(pg, page_no):
    pg.line(12, 286, 198, 286, (160, 160, 160), 0.2)
    pg.text(198, 290, f"S1106 — cerfa n° 15763*02 — page {page_no}/2", "sans", 6.5, GREY, "r")


def _section(pg, y, letter, title):
    pg.rect(12, y, 186, 6.5, None, BLUE)
    pg.text(15, y + 4.8, f"{letter}", "sans-b", 9, WHITE)
    pg.text(22, y + 4.8, title, "sans-b", 9, WHITE)
    return y + 6.5


def application_form(
    p,
    key,
    mode="hand",
    signed=True,
    signed_on=None,
    fait_a="Paris",
    situation="inactive",
    contract="CDI",
    job="",
    employer="",
    given_written=None,
    surname_written=None,
    usage=True,
    hand_font="h-dkg",
    caps_font="h-humor",
    ink=INK_BLUE,
    nationality_word="",
):
    """situation: employed | jobseeker | student | inactive | selfemployed | other."""
    seed = seed_of(key, "form")
    fl = Filler(mode, seed, hand_font=hand_font, caps_font=caps_font, ink=ink)
    giv = given_written if given_written is not None else p.given
    sur = surname_written if surname_written is not None else p.surname
    p1 = Page(name="cerfa1")
    _header(p1, 1)
    notice = (
        "Vous travaillez ou résidez en France de manière stable et régulière : vous pouvez bénéficier de la prise "
        "en charge de vos frais de santé à titre personnel. Remplissez ce formulaire en lettres capitales et "
        "adressez-le, accompagné des pièces justificatives, à la caisse d'assurance maladie de votre lieu de "
        "résidence. Pour en savoir plus : ameli.fr."
    )
    p1.para(14, 50, 182, notice, "sans", 7, 3.2, GREY)
    y = _section(p1, 64, "A", "VOUS")
    p1.rect(12, y, 186, 112, BLUE, None, 0.3)
    y += 7
    cell, h = 5.2, 6.0
    p1.text(15, y + 4.3, "Nom de naissance", "sans", 8)
    fl.comb(p1, 58, y, 26, cell, h, sur, "nom_naissance")
    p1.comb(58, y, 26, cell, h)
    y += 9
    p1.text(15, y + 2.6, "Nom d'usage", "sans", 8)
    p1.text(15, y + 5.8, "(facultatif)", "sans-i", 6.5, GREY)
    if usage and p.usage_name:
        fl.comb(p1, 58, y, 26, cell, h, p.usage_name, "nom_usage")
    elif mode == "acro":
        fl.comb(p1, 58, y, 26, cell, h, "", "nom_usage")
    p1.comb(58, y, 26, cell, h)
    y += 9
    p1.text(15, y + 4.3, "Prénom(s)", "sans", 8)
    fl.comb(p1, 58, y, 26, cell, h, giv, "prenoms")
    p1.comb(58, y, 26, cell, h)
    y += 10
    p1.text(15, y + 3.5, "Sexe", "sans", 8)
    p1.text(60, y + 3.5, "F", "sans", 8)
    fl.tick(p1, 64, y + 0.6, p.sex == "F", "sexe_f")
    p1.text(74, y + 3.5, "M", "sans", 8)
    fl.tick(p1, 79, y + 0.6, p.sex == "M", "sexe_m")
    p1.text(100, y + 3.5, "Date de naissance", "sans", 8)
    dx = 128
    d = p.dob.strftime("%d%m%Y")
    for part, n, lab in ((d[0:2], 2, "JJ"), (d[2:4], 2, "MM"), (d[4:], 4, "AAAA")):
        fl.comb(p1, dx, y - 1, n, cell, h, part, "naissance_" + lab.lower())
        p1.comb(dx, y - 1, n, cell, h)
        p1.text(dx + n * cell / 2, y + 7.8, lab, "sans", 5.5, GREY, "c")
        dx += n * cell + 3
    y += 13
    p1.text(15, y, "Lieu de naissance :   commune", "sans", 8)
    p1.line(60, y + 0.8, 120, y + 0.8, GREY, 0.2)
    fl.line(p1, 60, y, 60, p.birth_city, "lieu_naissance_commune")
    p1.text(123, y, "pays", "sans", 8)
    p1.line(131, y + 0.8, 196, y + 0.8, GREY, 0.2)
    fl.line(p1, 131, y, 65, p.birth_country, "lieu_naissance_pays")
    y += 8
    p1.text(15, y, "Nationalité", "sans", 8)
    p1.line(35, y + 0.8, 120, y + 0.8, GREY, 0.2)
    fl.line(p1, 35, y, 85, nationality_word or p.nationality, "nationalite")
    y += 8
    p1.text(15, y + 1, "N° de sécurité sociale", "sans", 8)
    p1.text(15, y + 4.5, "(si vous en avez un)", "sans-i", 6.5, GREY)
    p1.comb(58, y - 3, 13, cell, h)
    p1.comb(58 + 13 * cell + 3, y - 3, 2, cell, h)
    if mode == "acro":
        fl.comb(p1, 58, y - 3, 13, cell, h, "", "nir")
    y += 9
    p1.text(15, y, "Adresse", "sans", 8)
    p1.line(30, y + 0.8, 196, y + 0.8, GREY, 0.2)
    fl.line(p1, 30, y, 160, p.street, "adresse")
    y += 9
    p1.text(15, y + 1, "Code postal", "sans", 8)
    fl.comb(p1, 35, y - 3, 5, cell, h, p.postcode, "code_postal")
    p1.comb(35, y - 3, 5, cell, h)
    p1.text(66, y + 1, "Commune", "sans", 8)
    p1.line(82, y + 1.8, 196, y + 1.8, GREY, 0.2)
    fl.line(p1, 82, y + 1, 110, p.city, "commune")
    y += 9
    p1.text(15, y, "Téléphone", "sans", 8)
    p1.line(32, y + 0.8, 90, y + 0.8, GREY, 0.2)
    fl.line(p1, 32, y, 58, p.phone, "telephone")
    p1.text(95, y, "Courriel", "sans", 8)
    p1.line(110, y + 0.8, 196, y + 0.8, GREY, 0.2)
    fl.line(p1, 110, y, 86, p.email, "courriel", size=9)
    y = 64 + 6.5 + 112 + 5
    y = _section(p1, y, "B", "VOTRE SITUATION")
    p1.rect(12, y, 186, 92, BLUE, None, 0.3)
    y += 7
    p1.text(15, y, "Vous exercez une activité professionnelle en France :", "sans-b", 8.5)
    y += 6
    fl.tick(p1, 18, y - 2.8, situation == "employed", "activite_salariee")
    p1.text(24, y, "activité salariée — type de contrat :", "sans", 8)
    xx = 80
    for c in ("CDI", "CDD", "intérim", "autre"):
        fl.tick(
            p1,
            xx,
            y - 2.8,
            situation == "employed" and contract == c,
            "contrat_" + strip_accents(c).lower(),
        )
        p1.text(xx + 5, y, c, "sans", 8)
        xx += 20
    y += 7
    p1.text(24, y, "Profession", "sans", 8)
    p1.line(42, y + 0.8, 110, y + 0.8, GREY, 0.2)
    p1.text(113, y, "Employeur", "sans", 8)
    p1.line(130, y + 0.8, 196, y + 0.8, GREY, 0.2)
    if situation == "employed" or mode == "acro":
        fl.line(p1, 42, y, 68, job if situation == "employed" else "", "profession")
        fl.line(p1, 130, y, 66, employer if situation == "employed" else "", "employeur", size=9)
    y += 7
    fl.tick(p1, 18, y - 2.8, situation == "selfemployed", "activite_non_salariee")
    p1.text(24, y, "activité non salariée (travailleur indépendant, micro-entrepreneur)", "sans", 8)
    y += 10
    p1.text(15, y, "Vous n'exercez pas d'activité professionnelle :", "sans-b", 8.5)
    y += 6
    for key_s, lab in (
        ("jobseeker", "vous êtes demandeur d'emploi"),
        ("student", "vous êtes étudiant(e)"),
        (
            "inactive",
            (
                "vous êtes sans activité et vous résidez en France de manière stable et régulière "
                "depuis plus de trois mois"
            ),
        ),
        ("other", "autre situation (précisez)"),
    ):
        fl.tick(p1, 18, y - 2.8, situation == key_s, "situation_" + key_s)
        p1.text(24, y, lab, "sans", 8)
        y += 6.5
    p1.line(60, y - 5.7, 196, y - 5.7, GREY, 0.2)
    y += 3
    p1.para(
        15,
        y,
        180,
        "Si vous êtes rattaché(e) à un autre régime ou si vous bénéficiez d'une pension d'un "
        "régime étranger, joignez les justificatifs correspondants.",
        "sans-i",
        7,
        3.3,
        GREY,
    )
    _footer(p1, 1)

    p2 = Page(name="cerfa2")
    _header(p2, 2)
    y = _section(p2, 34, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    p2.rect(12, y, 186, 70, BLUE, None, 0.3)
    y = p2.para(
        15,
        y + 2,
        180,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
        "(résidence, activité professionnelle, situation familiale).",
        "sans",
        8.5,
        4.2,
    )
    y = p2.para(
        15,
        y + 1,
        180,
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). "
        "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de déclaration d'un "
        "changement de situation peuvent faire l'objet d'une pénalité financière (article L. 114-17-1 du "
        "code de la sécurité sociale).",
        "sans",
        7.5,
        3.7,
        GREY,
    )
    y += 8
    p2.text(15, y, "Fait à", "sans", 9)
    p2.line(27, y + 0.8, 100, y + 0.8, GREY, 0.2)
    p2.text(104, y, "le", "sans", 9)
    p2.line(109, y + 0.8, 150, y + 0.8, GREY, 0.2)
    if signed_on is not None:
        fl.line(p2, 27, y, 73, fait_a, "fait_a")
        fl.line(p2, 109, y, 41, signed_on.strftime("%d/%m/%Y"), "date_signature")
    elif mode == "acro":
        fl.line(p2, 27, y, 73, fait_a, "fait_a")
        fl.line(p2, 109, y, 41, "", "date_signature")
    y += 5
    p2.rect(110, y, 84, 26, BLACK, None, 0.4)
    p2.text(112, y + 4, "Signature", "sans", 8, GREY)
    if signed:
        p2.sig(118, y + 6, 62, 18, p.full(), seed=seed + 99, color=ink)
    y = 34 + 6.5 + 70 + 6
    p2.text(105, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sans-b", 10, BLUE, "c")
    y += 3
    pieces = [
        (
            "une pièce d'identité : passeport ou carte nationale d'identité (photocopie de la page comportant vos "
            "nom, prénom(s), date et lieu de naissance) ;"
        ),
        (
            "si vous êtes de nationalité étrangère hors Union européenne, EEE ou Suisse : votre titre de séjour en "
            "cours de validité, votre visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;"
        ),
        (
            "un acte de naissance (copie intégrale ou extrait avec filiation) ; s'il est établi à l'étranger, il doit "
            "être, selon le pays, apostillé ou légalisé, et traduit le cas échéant par un traducteur assermenté ;"
        ),
        (
            "un justificatif de résidence en France depuis plus de trois mois : contrat de location, trois quittances "
            "ou trois factures successives (électricité, gaz, eau, téléphone fixe, internet, mobile), ou attestation "
            "d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile de l'hébergeant ;"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous exercez une activité salariée : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for ptxt in pieces:
        y += 2
        p2.rect(16, y + 1.4, 2.2, 2.2, None, BLUE)
        y = p2.para(21, y, 175, ptxt, "sans", 8, 3.9)
    y += 8
    p2.rect(12, y, 186, 32, BLACK, (242, 242, 242), 0.3)
    p2.text(15, y + 5, "Cadre réservé à l'organisme", "sans-b", 8.5)
    p2.text(15, y + 13, "Date de réception :  ___ / ___ / ______", "sans", 8)
    p2.text(15, y + 21, "Pièces vérifiées", "sans", 8)
    p2.rect(40, y + 18.3, 3.2, 3.2, BLACK, None, 0.3)
    p2.text(110, y + 13, "Matricule agent :  ______________", "sans", 8)
    p2.text(110, y + 21, "Code organisme :  ______________", "sans", 8)
    y += 40
    p2.para(
        12,
        y,
        186,
        "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Elles font l'objet "
        "d'un traitement informatique par votre organisme d'assurance maladie. Conformément au règlement (UE) "
        "2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès et de "
        "rectification auprès du directeur de votre organisme.",
        "sans",
        6.5,
        3.2,
        GREY,
    )
    _footer(p2, 2)
    status = {
        "employed": "employed",
        "selfemployed": "employed",
        "inactive": "not_employed",
        "jobseeker": "not_employed",
        "student": "other",
        "other": "other",
    }[situation]
    fields = {
        "surname": strip_accents(sur).upper(),
        "given_names": strip_accents(giv).upper(),
        "date_of_birth": p.dob.isoformat(),
        "employment_status": status,
        "signed": signed,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "nir": None,
    }
    if usage and p.usage_name:
        fields["usage_name"] = strip_accents(p.usage_name).upper()
    return Doc("application_form", fields, [p1, p2], key=key)


def _width(s, size):
    return text_width_mm(s, "mono", size)
