"""The official form: 'Demande d'ouverture des droits à l'assurance maladie',
cerfa n° 15763*02, ameli S1106 (two A4 pages), blank layout + three ways of
filling it: by hand, typed, or as a fillable PDF (AcroForm)."""

from . import fmt as F
from . import ink
from .looks import Page
from .surface import MM, PdfSurface

NAVY = (0, 48, 135)
K = (20, 20, 25)
G = (90, 90, 95)

SITUATIONS = ["salarie", "independant", "demandeur", "etudiant", "sans_activite", "autre"]


def _logo(s, x, y):
    s.ellipse(x + 6, y + 6, 6, 6, None, NAVY)
    s.ellipse(x + 6, y + 6, 3.2, 3.2, None, (255, 255, 255))
    s.fill_rect(x + 6, y + 2.8, 6.5, 3.2, (255, 255, 255))
    s.text(x + 15, y + 5.2, "l'Assurance", "sans-b", 10.5, NAVY)
    s.text(x + 15, y + 10.2, "Maladie", "sans-b", 10.5, NAVY)


class FormSpec:
    """Print-run variations: fonts, line weights, comb size, spacing."""

    def __init__(self, variant=0):
        self.variant = variant
        self.f = ["sans", "dejavu-c", "carlito", "sans"][variant % 4]
        self.fb = {"sans": "sans-b", "dejavu-c": "dejavu-cb", "carlito": "carlito-b"}[self.f]
        self.lw = [0.25, 0.3, 0.2, 0.35][variant % 4]
        self.cw = [4.4, 4.2, 4.6, 4.3][variant % 4]
        self.ch = [5.4, 5.0, 5.6, 5.2][variant % 4]
        self.dy = [0.0, 1.2, -0.8, 0.6][variant % 4]


def form_pages(
    v,
    mode="hand",
    variant=0,
    hand_font="h-dkg",
    ink_color=ink.BLUE_INK,
    sig_style=None,
    page2_first=False,
):
    """v: dict(surname, usage, given, sex, dob, birth_city, birth_country, nationality, nir,
    address, postcode, city, phone, email, situation, contract, profession, other,
    fait_a, date_text, signed, caf)."""
    spec = FormSpec(variant)
    f, fb, lw, cw, ch, dy = spec.f, spec.fb, spec.lw, spec.cw, spec.ch, spec.dy
    r = ink.rng("form", v["surname"], v["given"], mode, variant)
    hsize = 12.5 if hand_font not in ("h-humor", "h-kaushan") else 11

    def val(s, x, y, text, name=None, w=80, caps=False, size=None):
        """A filled value on a line: handwriting, typed text or an AcroForm field."""
        if text is None or text == "":
            if mode == "acroform" and isinstance(s, PdfSurface) and name:
                _acro_text(s, name, "", x, y, w)
            return
        if caps:
            text = text.upper()
        if mode == "hand":
            ink.hand(
                s,
                x + r.uniform(0, 2),
                y - 0.4 + r.gauss(0, 0.3),
                text,
                hand_font,
                size or hsize,
                ink_color,
                r,
            )
        elif mode == "typed":
            s.text(x + 1, y - 0.5, text, "sans", size or 10, (10, 10, 10))
        elif mode == "acroform":
            if isinstance(s, PdfSurface):
                _acro_text(s, name or "champ", text, x, y, w)
            else:
                s.text(x + 1, y - 0.6, text, "sans", 9.5, (0, 0, 0))

    def comb_val(s, x, y, n, text, name=None):
        s.comb(x, y, n, cw, ch, lw)
        if not text:
            if mode == "acroform" and isinstance(s, PdfSurface) and name:
                _acro_comb(s, name, "", x, y, n, cw, ch)
            return
        if mode == "hand":
            ink.hand_caps_comb(
                s,
                x,
                y,
                cw,
                ch,
                text,
                "h-breip" if hand_font == "h-dancing" else hand_font,
                hsize,
                ink_color,
                r,
            )
        elif mode == "typed":
            for i, c in enumerate(text[:n]):
                s.text(x + i * cw + cw / 2, y + ch * 0.78, c, "sans", 10, (10, 10, 10), "c")
        elif isinstance(s, PdfSurface):
            _acro_comb(s, name, text, x, y, n, cw, ch)
        else:
            for i, c in enumerate(text[:n]):
                s.text(x + i * cw + cw / 2, y + ch * 0.78, c, "sans", 9.5, (0, 0, 0), "c")

    def tick(s, x, y, on, name=None):
        s.rect(x, y, 3.4, 3.4, K, None, lw)
        if mode == "acroform" and isinstance(s, PdfSurface):
            _acro_check(s, name or "case", on, x, y)
            return
        if on:
            if mode == "hand":
                ink.cross(s, x, y, 3.4, ink_color, r, tick=r.random() < 0.35)
            else:
                s.line(x + 0.5, y + 0.5, x + 2.9, y + 2.9, (10, 10, 10), 0.35)
                s.line(x + 0.5, y + 2.9, x + 2.9, y + 0.5, (10, 10, 10), 0.35)

    def section(s, y, letter, title):
        s.fill_rect(15, y, 180, 7, NAVY)
        s.text(18, y + 5, letter, fb, 10, (255, 255, 255))
        s.text(26, y + 5, title, fb, 10, (255, 255, 255))
        return y + 13

    def lineval(s, x, y, label, x2, text, name, caps=False):
        s.text(x, y, label, f, 9, K)
        lx = x + s.textw(label, f, 9) + 2
        s.dashed(lx, y + 0.8, x2, y + 0.8, (120, 120, 130), 0.15, 0.6, 0.6)
        val(s, lx + 1, y - 0.2, text, name, x2 - lx, caps)

    def page1(s):
        _logo(s, 15, 10)
        s.rect(160, 10, 35, 15, K, None, lw)
        s.text(177.5, 16, "cerfa", "sans-bi", 11, K, "c")
        s.text(177.5, 22, "N° 15763*02", fb, 9, K, "c")
        s.text(
            105,
            34 + dy,
            "Demande d'ouverture des droits à l'assurance maladie",
            fb,
            13.5,
            NAVY,
            "c",
        )
        s.text(105, 40 + dy, "Protection universelle maladie (PUMa)", f, 11, NAVY, "c")
        s.para(
            15,
            47 + dy,
            180,
            "Vous résidez en France de manière stable et régulière, ou vous "
            "exercez une activité professionnelle en France : vous pouvez bénéficier de la "
            "prise en charge de vos frais de santé. Complétez ce formulaire et adressez-le, "
            "accompagné des pièces justificatives listées page 2, à la caisse d'assurance "
            "maladie de votre lieu de résidence.",
            f,
            7.2,
            G,
            leading=3.2,
        )
        s.text(
            15,
            58.5 + dy,
            "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2 et R. 111-3 du "
            "code de la sécurité sociale.",
            f,
            6.8,
            G,
        )
        y = section(s, 62 + dy, "A", "VOUS")
        lineval(s, 18, y, "Nom de naissance :", 192, v["surname"], "nom_naissance", True)
        y += 8
        lineval(
            s, 18, y, "Nom d'usage (facultatif) :", 192, v.get("usage") or "", "nom_usage", True
        )
        y += 8
        lineval(s, 18, y, "Prénom(s) :", 192, v["given"], "prenoms")
        y += 9
        s.text(18, y, "Sexe :", f, 9)
        s.text(33, y, "F", f, 9)
        tick(s, 37, y - 3, v["sex"] == "F", "sexe_F")
        s.text(45, y, "M", f, 9)
        tick(s, 50, y - 3, v["sex"] == "M", "sexe_M")
        s.text(70, y, "Date de naissance :", f, 9)
        d = F.D(v["dob"])
        x = 102
        for part, n, nm in (
            ("%02d" % d.day, 2, "jj"),
            ("%02d" % d.month, 2, "mm"),
            ("%04d" % d.year, 4, "aaaa"),
        ):
            comb_val(s, x, y - ch + 1.2, n, part, "date_naissance_" + nm)
            x += n * cw + 2.5
        s.text(102, y + 4.2, "J J", f, 5.5, G)
        s.text(102 + 2 * cw + 2.5, y + 4.2, "M M", f, 5.5, G)
        s.text(102 + 4 * cw + 5, y + 4.2, "A A A A", f, 5.5, G)
        y += 10
        s.text(18, y, "Lieu de naissance :", f, 9)
        lineval(s, 50, y, "commune", 118, v["birth_city"], "lieu_naissance_commune")
        lineval(s, 121, y, "pays", 192, v["birth_country"], "lieu_naissance_pays")
        y += 8
        lineval(s, 18, y, "Nationalité :", 110, v["nationality"], "nationalite")
        y += 9
        s.text(18, y, "N° de sécurité sociale (si vous en avez un) :", f, 9)
        nir = v.get("nir") or ""
        comb_val(s, 92, y - ch + 1.2, 13, nir[:13], "nir")
        comb_val(s, 92 + 13 * cw + 3, y - ch + 1.2, 2, nir[13:15], "nir_cle")
        y += 8
        lineval(
            s,
            18,
            y,
            "N° d'allocataire CAF (si vous en avez un) :",
            120,
            v.get("caf", ""),
            "num_allocataire",
        )
        y += 9
        lineval(s, 18, y, "Adresse :", 192, v["address"], "adresse")
        y += 9
        s.text(18, y, "Code postal :", f, 9)
        comb_val(s, 40, y - ch + 1.2, 5, v["postcode"], "code_postal")
        lineval(s, 70, y, "Commune :", 192, v["city"], "commune", True)
        y += 9
        lineval(s, 18, y, "Téléphone :", 90, v.get("phone", ""), "telephone")
        lineval(s, 93, y, "Adresse e-mail :", 192, v.get("email", ""), "courriel")
        y += 7
        y = section(s, y + 2, "B", "VOTRE SITUATION")
        sit = v["situation"]
        s.text(18, y, "Vous exercez une activité professionnelle en France :", fb, 9)
        y += 7
        tick(s, 22, y - 3, sit == "salarie", "situation_salarie")
        s.text(28, y, "salarié(e) — type de contrat :", f, 9)
        for i, ct in enumerate(["CDI", "CDD", "intérim", "autre"]):
            tick(
                s,
                80 + i * 22,
                y - 3,
                sit == "salarie" and v.get("contract") == ct,
                "contrat_" + ct.replace("é", "e"),
            )
            s.text(85 + i * 22, y, ct, f, 9)
        y += 7
        lineval(
            s, 28, y, "profession / emploi occupé :", 150, v.get("profession", ""), "profession"
        )
        y += 7
        tick(s, 22, y - 3, sit == "independant", "situation_independant")
        s.text(
            28,
            y,
            "travailleur indépendant (artisan, commerçant, profession libérale, "
            "micro-entrepreneur)",
            f,
            9,
        )
        y += 9
        s.text(18, y, "Vous n'exercez pas d'activité professionnelle :", fb, 9)
        y += 7
        tick(s, 22, y - 3, sit == "demandeur", "situation_demandeur_emploi")
        s.text(28, y, "demandeur d'emploi inscrit à France Travail", f, 9)
        y += 7
        tick(s, 22, y - 3, sit == "etudiant", "situation_etudiant")
        s.text(28, y, "étudiant(e)", f, 9)
        y += 7
        tick(s, 22, y - 3, sit == "sans_activite", "situation_sans_activite")
        s.para(
            28,
            y,
            160,
            "sans activité : vous résidez en France de manière stable et régulière "
            "depuis plus de trois mois",
            f,
            9,
            leading=4,
        )
        y += 11
        tick(s, 22, y - 3, sit == "autre", "situation_autre")
        lineval(
            s,
            28,
            y,
            "autre situation, précisez :",
            192,
            v.get("other", ""),
            "situation_autre_precision",
        )
        s.para(
            15,
            276,
            180,
            "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, "
            "aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle "
            "garantit un droit d'accès et de rectification des données vous concernant auprès "
            "de votre caisse.",
            f,
            6.3,
            G,
            leading=2.8,
        )
        s.text(195, 290, "S1106 — cerfa n° 15763*02 — page 1/2", f, 7, G, "r")

    def page2(s):
        y = section(s, 14 + dy, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = s.para(
            18,
            y,
            174,
            "Je certifie sur l'honneur l'exactitude des renseignements portés "
            "sur ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
            "changement de ma situation (adresse, activité, résidence) susceptible de "
            "modifier mes droits.",
            f,
            9,
            leading=4.3,
            justify=True,
        )
        y = s.para(
            18,
            y + 1.5,
            174,
            "La loi punit quiconque se rend coupable de fraudes ou de "
            "fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code "
            "pénal et article L. 114-13 du code de la sécurité sociale).",
            f,
            7.5,
            G,
            leading=3.5,
        )
        y += 6
        s.text(18, y, "Fait à", f, 9.5)
        s.dashed(30, y + 0.8, 95, y + 0.8, (120, 120, 130), 0.15, 0.6, 0.6)
        val(s, 31, y - 0.2, v.get("fait_a", ""), "fait_a", 64)
        s.text(100, y, "le", f, 9.5)
        s.dashed(105, y + 0.8, 150, y + 0.8, (120, 120, 130), 0.15, 0.6, 0.6)
        val(s, 106, y - 0.2, v.get("date_text", ""), "date_signature", 44)
        y += 6
        s.rect(110, y, 82, 30, K, None, lw)
        s.text(112, y + 4, "Signature", f, 8.5, G)
        if v.get("signed"):
            if mode == "acroform" and v.get("sig_image") is not None:
                s.image(v["sig_image"], 120, y + 6, 60, 20)
            else:
                ink.signature(s, 118, y + 6, 62, 20, v["surname"], ink_color, r, style=sig_style)
        elif mode == "acroform" and isinstance(s, PdfSurface):
            _acro_text(s, "signature", "", 112, y + 26, 78, h=20)
        y += 40
        s.fill_rect(15, y, 180, 7, (225, 232, 245))
        s.text(18, y + 5, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", fb, 9.5, NAVY)
        y += 13
        items = [
            "une pièce d'identité en cours de validité : passeport (pages d'identité) ou, pour "
            "les ressortissants de l'Union européenne, de l'EEE ou de la Suisse, carte nationale "
            "d'identité ;",
            "si vous êtes ressortissant d'un autre pays : votre titre de séjour, ou votre visa "
            "long séjour valant titre de séjour (VLS-TS), ou le récépissé de votre demande ;",
            "un acte de naissance (copie intégrale ou extrait avec filiation), traduit le cas "
            "échéant, revêtu de l'apostille ou légalisé si votre pays l'exige ;",
            "un justificatif de résidence en France depuis plus de trois mois : bail de location, "
            "ou trois factures successives (électricité, gaz, eau, téléphone fixe ou mobile, "
            "internet) à votre nom, ou attestation d'hébergement accompagnée de la pièce "
            "d'identité et d'un justificatif de domicile de l'hébergeant ;",
            "un relevé d'identité bancaire (RIB) à votre nom, comportant l'IBAN et le BIC ;",
            "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        for it in items:
            s.text(19, y, "•", f, 9)
            y = s.para(23, y, 168, it, f, 8.8, leading=4.1) + 2
        y += 6
        s.rect(15, y, 180, 34, G, None, lw)
        s.text(18, y + 5, "Cadre réservé à l'organisme", fb, 9, G)
        s.text(20, y + 13, "Date de réception :", f, 8.5, G)
        s.comb(50, y + 9, 8, 4, 5, lw * 0.8, G)
        s.text(100, y + 13, "Pièces vérifiées :", f, 8.5, G)
        s.rect(128, y + 10, 3.2, 3.2, G, None, lw)
        s.text(133, y + 13, "oui", f, 8.5, G)
        s.rect(143, y + 10, 3.2, 3.2, G, None, lw)
        s.text(148, y + 13, "non", f, 8.5, G)
        s.text(20, y + 23, "Matricule agent :", f, 8.5, G)
        s.dashed(48, y + 23.8, 100, y + 23.8, G, 0.15, 0.6, 0.6)
        s.text(105, y + 23, "Observations :", f, 8.5, G)
        s.dashed(128, y + 23.8, 190, y + 23.8, G, 0.15, 0.6, 0.6)
        s.text(195, 290, "S1106 — cerfa n° 15763*02 — page 2/2", f, 7, G, "r")

    pages = [Page(page1), Page(page2)]
    return pages[::-1] if page2_first else pages


def form_fields(v):
    return dict(
        surname=v["surname"],
        usage_name=v.get("usage") or None,
        given_names=v["given"],
        date_of_birth=v["dob"],
        employment_status=v["status"],
        signed=bool(v["signed"]),
        signed_on=v.get("signed_on"),
        nir=v.get("nir") or None,
    )


# ------------------------------------------------------------ AcroForm helpers


def _acro_text(s, name, value, x, y, w, h=5.5):
    c = s.c
    c.acroForm.textfield(
        name=name,
        tooltip=name,
        value=value,
        x=x * MM,
        y=s.Y(y + 1.4),
        width=w * MM,
        height=h * MM,
        fontName="Helvetica",
        fontSize=9,
        borderWidth=0,
        fillColor=None,
        borderColor=None,
        textColor=None,
        forceBorder=False,
    )


def _acro_comb(s, name, value, x, y, n, cw, ch):
    c = s.c
    c.acroForm.textfield(
        name=name,
        tooltip=name,
        value=value,
        x=x * MM,
        y=s.Y(y + ch),
        width=n * cw * MM,
        height=ch * MM,
        fontName="Courier",
        fontSize=10,
        borderWidth=0,
        fillColor=None,
        borderColor=None,
        maxlen=n,
        forceBorder=False,
        fieldFlags="comb",
    )


def _acro_check(s, name, on, x, y):
    c = s.c
    c.acroForm.checkbox(
        name=name,
        tooltip=name,
        checked=bool(on),
        x=x * MM,
        y=s.Y(y + 3.4),
        size=3.4 * MM,
        buttonStyle="cross",
        borderWidth=0,
        fillColor=None,
        borderColor=None,
        forceBorder=False,
    )
