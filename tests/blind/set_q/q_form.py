"""The cerfa 15763*02 (S1106) application form: three print runs, four fill ways."""

import io

from PIL import Image
from q_core import PEN_BLACK, PEN_BLUE, Page, deaccent, hand, pages_to_pdf, render_pil, signature

BLUE = (0, 82, 155)
SITS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


def _section(pg, run, y, letter, title):
    if run == "A":
        pg.rect(12, y - 5, 186, 7, None, BLUE)
        pg.text(15, y, f"{letter}  {title}", "lib-b", 10, (255, 255, 255))
    elif run == "B":
        pg.text(12, y, f"{letter} - {title}", "os-b", 11, BLUE)
        pg.line(12, y + 1.5, 198, y + 1.5, BLUE, 0.6)
    else:
        pg.rect(12, y - 5, 7, 7, None, (60, 60, 60))
        pg.text(15.5, y, letter, "sans-b", 9, (255, 255, 255), "c")
        pg.text(22, y, title, "sans-b", 10, (40, 40, 40))
        pg.rect(12, y + 2, 186, 0.4, None, (60, 60, 60))
    return y + 9


def _comb(pg, x, y, n, cw=4.6, h=6.0, gap_after=()):
    xs = []
    for i in range(n):
        pg.rect(x, y - h + 1.2, cw, h, (70, 70, 70), None, 0.2)
        xs.append(x + cw / 2)
        x += cw + (2.0 if i in gap_after else 0)
    return ("comb", xs, y, cw)


def _field(pg, run, x, y, label, width, lf, size=8.5):
    """Draw one labelled text field; return its anchor (kind, x, y, width)."""
    if run == "A":
        w = pg.text(x, y, label, lf, size)
        pg.dotted(x + w + 1.5, y + 0.8, x + width)
        return ("text", x + w + 3, y, width - w - 3)
    if run == "B":
        pg.text(x, y - 4.2, label, lf, size - 1.5, (70, 70, 70))
        pg.line(x, y + 1.0, x + width, y + 1.0, (120, 120, 120), 0.25)
        return ("text", x + 1, y, width - 2)
    pg.rect(x, y - 6.5, width, 9.2, (90, 90, 90), (248, 248, 248), 0.25)
    pg.text(x + 1.2, y - 4.2, label, lf, size - 2.5, (80, 80, 80))
    return ("text", x + 2, y + 1.4, width - 4)


def _box(pg, x, y, s=3.6):
    pg.rect(x, y - s + 0.6, s, s, (40, 40, 40), (255, 255, 255), 0.25)
    return ("box", x, y - s + 0.6, s)


def form_pages(run):
    """Blank form pages (two) and the anchors of the fields."""
    lf, lfb = {"A": ("lib", "lib-b"), "B": ("os", "os-b"), "C": ("sans", "sans-b")}[run]
    p1, p2 = Page(210, 297), Page(210, 297)
    a = {}
    p1.text(12, 16, "l'Assurance", lfb, 13, BLUE)
    p1.text(12, 22, "Maladie", lfb, 13, BLUE)
    p1.text(12, 26.5, "Agir ensemble, protéger chacun", lf, 6.5, BLUE)
    p1.rect(168, 9, 30, 14, (0, 0, 0), None, 0.4)
    p1.text(183, 14.5, "cerfa", "sans-b", 8, (0, 0, 0), "c")
    p1.text(183, 20, "N° 15763*02", "sans-b", 8, (0, 0, 0), "c")
    p1.text(
        105, 34, "Demande d'ouverture des droits à l'assurance maladie", lfb, 13.5, (0, 0, 0), "c"
    )
    p1.text(105, 40, "Protection universelle maladie (PUMa)", lf, 10.5, BLUE, "c")
    y = p1.para(
        12,
        47,
        "Cette demande vous permet de bénéficier de la prise en charge de vos "
        "frais de santé si vous travaillez ou résidez en France de manière stable et "
        "régulière. Remplissez-la en lettres majuscules et joignez les pièces "
        "justificatives listées page 2. Les informations recueillies font l'objet d'un "
        "traitement destiné à l'ouverture de vos droits.",
        186,
        lf,
        7,
        (60, 60, 60),
    )
    p1.text(
        12,
        y + 1,
        "Articles L. 160-1, L. 160-5, R. 111-2, R. 111-3 et D. 160-2 du code de "
        "la sécurité sociale.",
        lf,
        6.5,
        (60, 60, 60),
    )
    y = _section(p1, run, y + 12, "A", "VOUS")
    cw = 4.6 if run != "B" else 4.2
    if run == "C":
        a["surname"] = _field(p1, run, 12, y + 2, "Nom de naissance", 186, lf)
        a["usage"] = _field(p1, run, 12, y + 13, "Nom d'usage (facultatif)", 186, lf)
        a["given"] = _field(p1, run, 12, y + 24, "Prénom(s)", 186, lf)
        y += 34
    else:
        for key, lb in (
            ("surname", "Nom de naissance"),
            ("usage", "Nom d'usage (facultatif)"),
            ("given", "Prénom(s)"),
        ):
            if run == "A" and key != "usage":
                p1.text(12, y, lb, lf, 8.5)
                a[key] = _comb(p1, 58, y, 30, cw)
            else:
                a[key] = _field(p1, run, 12, y + (2 if run == "B" else 0), lb, 186, lf)
            y += 9 if run == "A" else 11
    p1.text(12, y, "Sexe :", lf, 8.5)
    p1.text(26, y, "F", lf, 8.5)
    a["sex_F"] = _box(p1, 30, y)
    p1.text(38, y, "M", lf, 8.5)
    a["sex_M"] = _box(p1, 42.5, y)
    p1.text(62, y, "Date de naissance", lf, 8.5)
    p1.text(92, y - 5.6, "J  J      M  M      A   A   A   A", lf, 5, (110, 110, 110))
    a["dob"] = _comb(p1, 91, y, 8, 4.4, gap_after=(1, 3))
    y += 10
    a["pob_city"] = _field(p1, run, 12, y, "Lieu de naissance : commune", 110, lf)
    a["pob_country"] = _field(p1, run, 126, y, "pays", 72, lf)
    y += 10
    a["nat"] = _field(p1, run, 12, y, "Nationalité", 90, lf)
    y += 10
    p1.text(12, y, "N° de sécurité sociale (si vous en avez un)", lf, 8)
    a["nir"] = _comb(p1, 80, y, 15, 4.2, gap_after=(0, 2, 4, 6, 9, 12))
    y += 10
    a["address"] = _field(p1, run, 12, y, "Adresse", 186, lf)
    y += 10
    p1.text(12, y, "Code postal", lf, 8.5)
    a["zip"] = _comb(p1, 32, y, 5, 4.6)
    a["city"] = _field(p1, run, 60, y, "Commune", 138, lf)
    y += 10
    a["phone"] = _field(p1, run, 12, y, "Téléphone", 70, lf)
    a["email"] = _field(p1, run, 86, y, "Adresse e-mail", 112, lf)
    y = _section(p1, run, y + 14, "B", "VOTRE SITUATION")
    p1.text(12, y, "Cochez la case correspondant à votre situation actuelle :", lf, 8, (60, 60, 60))
    y += 7
    for key, lb in SITS:
        a["sit_" + key] = _box(p1, 14, y)
        p1.text(20, y, lb, lf, 8.5)
        if key == "salarie":
            y += 7
            a["job"] = _field(p1, run, 20, y, "Emploi occupé", 90, lf, 8)
            p1.text(114, y, "Contrat :", lf, 8)
            xx = 128
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                a["ct_" + ct] = _box(p1, xx, y)
                p1.text(xx + 5, y, ct, lf, 8)
                xx += 17
        if key == "autre":
            a["other"] = _field(p1, run, 62, y, "", 136, lf)
        y += 8
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", lf, 7, (90, 90, 90), "c")
    # page 2
    y = _section(p2, run, 20, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        12,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "cette demande. Je m'engage à signaler à ma caisse tout changement de situation. "
        "La loi punit quiconque se rend coupable de fraude ou de fausse déclaration "
        "(articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        186,
        lf,
        8.5,
    )
    y += 6
    w = p2.text(12, y, "Fait à", lf, 9)
    p2.dotted(12 + w + 1.5, y + 0.8, 100)
    a["place"] = ("text", 12 + w + 3, y, 84)
    p2.text(104, y, "le", lf, 9)
    p2.dotted(109, y + 0.8, 160)
    a["date"] = ("text", 110, y, 50)
    y += 8
    if run == "A":
        p2.text(120, y + 3, "Signature", lf, 9)
        p2.rect(120, y + 5, 78, 30, (0, 0, 0), None, 0.3)
        a["sign"] = (120, y + 5, 78, 30)
    elif run == "B":
        p2.rect(120, y, 78, 32, (0, 0, 0), None, 0.3)
        p2.text(122, y + 4.5, "Signature", lf, 8)
        a["sign"] = (120, y, 78, 32)
    else:
        p2.rect(120, y, 78, 32, (90, 90, 90), None, 0.3)
        p2.text(159, y + 18, "Signature", lf, 14, (215, 215, 215), "c")
        a["sign"] = (120, y, 78, 32)
    y += 44
    y = _section(p2, run, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for it in [
        "la photocopie d'une pièce d'identité (passeport, carte nationale d'identité pour "
        "les ressortissants de l'UE/EEE/Suisse)",
        "la photocopie de votre titre de séjour, visa long séjour valant titre de séjour "
        "(VLS-TS) ou récépissé en cours de validité",
        "un extrait d'acte de naissance (copie intégrale ou extrait avec filiation)",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
        "factures successives, attestation d'hébergement)",
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire",
    ]:
        p2.text(14, y, "•", lf, 9)
        y = p2.para(19, y, it, 178, lf, 8.5) + 1.5
    y += 6
    p2.rect(12, y, 186, 30, (0, 0, 0), (240, 240, 240) if run != "B" else None, 0.3)
    p2.text(15, y + 5, "Cadre réservé à l'organisme", lfb, 8.5)
    p2.text(15, y + 13, "Date de réception :", lf, 8)
    p2.text(15, y + 20, "Pièces vérifiées :   □ oui   □ non", lf, 8)
    p2.text(110, y + 13, "Matricule agent :", lf, 8)
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", lf, 7, (90, 90, 90), "c")
    return [p1, p2], a


def _put(pg, rng, anchor, value, mode, pen):
    if not value:
        return
    kind = anchor[0]
    if kind == "comb":
        xs, y, cw = anchor[1], anchor[2], anchor[3]
        for ch, cx in zip(value.upper(), xs):
            if ch == " ":
                continue
            if mode == "hand":
                hand(
                    pg,
                    rng,
                    cx - 1.3 + rng.uniform(-0.3, 0.3),
                    y - 0.3,
                    ch,
                    rng.choice(["dkg", "dkg-b"]),
                    11,
                    pen,
                    slope=0,
                )
            else:
                pg.text(cx, y - 0.2, ch, "courier", 10, (10, 10, 10), "c")
        return
    _, x, y, w = anchor
    if mode == "hand":
        hand(pg, rng, x + rng.uniform(0, 2), y - 0.3, value, pg.hand_font, 12, pen)
    else:
        pg.text(x, y - 0.2, value, pg.type_font, 9.5, (10, 10, 10))


def _tick(pg, rng, anchor, mode, pen):
    _, x, y, s = anchor
    if mode == "hand":
        if rng.random() < 0.5:
            pg.poly(
                [(x + 0.3, y + s * 0.5), (x + s * 0.4, y + s + 0.2), (x + s + 1.2, y - 1.2)],
                pen,
                0.45,
            )
        else:
            pg.poly([(x - 0.2, y - 0.2), (x + s + 0.3, y + s + 0.2)], pen, 0.45)
            pg.poly([(x + s + 0.2, y - 0.3), (x - 0.1, y + s + 0.3)], pen, 0.45)
    else:
        pg.text(x + s / 2, y + s - 0.5, "X", "lib-b", 9, (10, 10, 10), "c")


def values(f):
    dob = f["dob"].strftime("%d%m%Y")
    v = {
        "surname": f["surname"],
        "usage": f.get("usage") or "",
        "given": f["given"],
        "dob": dob,
        "pob_city": f["pob_city"],
        "pob_country": f["pob_country"],
        "nat": f["nat"],
        "nir": f.get("nir") or "",
        "address": f["address"],
        "zip": f["zip"],
        "city": f["city"],
        "phone": f.get("phone", ""),
        "email": f.get("email", ""),
        "place": f["place"],
        "date": f["date_text"],
        "job": f.get("job", ""),
        "other": f.get("other", ""),
    }
    return v


def fill(rng, run, f, mode):
    """Draw a filled form. mode: hand | typed. Returns pages (signature drawn by hand)."""
    pages, a = form_pages(run)
    pen = rng.choice([PEN_BLUE, PEN_BLACK])
    for pg in pages:
        pg.hand_font = rng.choice(["dkg", "breip", "dkg"])
        pg.type_font = rng.choice(["lib", "times", "carl", "sans"])
    p1, p2 = pages
    v = values(f)
    for k in (
        "surname",
        "usage",
        "given",
        "dob",
        "pob_city",
        "pob_country",
        "nat",
        "nir",
        "address",
        "zip",
        "city",
        "phone",
        "email",
        "job",
        "other",
    ):
        val = v[k]
        if mode == "hand" and k in ("surname", "usage", "given") and a[k][0] == "text":
            val = val.upper()
        _put(p1, rng, a[k], val, mode, pen)
    _tick(p1, rng, a["sex_" + f["sex"]], mode, pen)
    _tick(p1, rng, a["sit_" + f["situation"]], mode, pen)
    if f.get("contract"):
        _tick(p1, rng, a["ct_" + f["contract"]], mode, pen)
    _put(p2, rng, a["place"], v["place"], mode if not f.get("hand_date") else "hand", pen)
    if v["date"]:
        _put(p2, rng, a["date"], v["date"], "hand" if f.get("hand_date") else mode, pen)
    if f.get("signed", True):
        x, y, w, h = a["sign"]
        signature(
            p2,
            rng,
            x + 8 + rng.uniform(0, 10),
            y + h * 0.65,
            w * 0.6,
            f["given"] + " " + f["surname"],
            pen,
        )
    return pages


def sig_image(rng, name):
    pg = Page(60, 25, bg=(255, 255, 255))
    signature(pg, rng, 4, 16, 40, name, PEN_BLUE)
    im = render_pil(pg, 300).convert("L")
    rgba = Image.new("RGBA", im.size, PEN_BLUE + (0,))
    rgba.putalpha(im.point(lambda v: 255 - v))
    return rgba


def acroform_pdf(rng, run, f, with_sig=True):
    """The fillable PDF with AcroForm fields holding the values."""
    pages, a = form_pages(run)
    v = values(f)
    mm = 72 / 25.4
    names = {
        "surname": "nom_naissance",
        "usage": "nom_usage",
        "given": "prenoms",
        "dob": "date_naissance",
        "pob_city": "lieu_naissance_commune",
        "pob_country": "lieu_naissance_pays",
        "nat": "nationalite",
        "nir": "nir",
        "address": "adresse",
        "zip": "code_postal",
        "city": "commune",
        "phone": "telephone",
        "email": "courriel",
        "job": "emploi_occupe",
        "other": "autre_situation",
        "place": "fait_a",
        "date": "date_signature",
    }
    sig = sig_image(rng, f["given"] + " " + f["surname"]) if with_sig else None

    def hook(c, i, pg):
        form = c.acroForm
        keys = (
            [
                "surname",
                "usage",
                "given",
                "dob",
                "pob_city",
                "pob_country",
                "nat",
                "nir",
                "address",
                "zip",
                "city",
                "phone",
                "email",
                "job",
                "other",
            ]
            if i == 0
            else ["place", "date"]
        )
        for k in keys:
            an = a[k]
            if an[0] == "comb":
                x0 = an[1][0] - an[3] / 2
                x1 = an[1][-1] + an[3] / 2
                x, y, w = x0, an[2], x1 - x0
            else:
                x, y, w = an[1], an[2], an[3]
            val = "".join(ch if ord(ch) < 256 else deaccent(ch) for ch in v[k])
            val = val.encode("latin-1", "replace").decode("latin-1")
            form.textfield(
                name=f"S1106_p{i + 1}.{names[k]}",
                value=val,
                x=x * mm,
                y=(297 - y - 1.6) * mm,
                width=w * mm,
                height=5.6 * mm,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                forceBorder=False,
                fontName="Helvetica",
                fontSize=9,
            )
        if i == 0:
            for k, an in a.items():
                if an[0] != "box":
                    continue
                checked = (
                    k == "sex_" + f["sex"]
                    or k == "sit_" + f["situation"]
                    or (f.get("contract") and k == "ct_" + f["contract"])
                )
                _, x, y, s = an
                form.checkbox(
                    name=f"S1106_p1.case_{k}",
                    x=x * mm,
                    y=(297 - y - s) * mm,
                    size=s * mm,
                    checked=bool(checked),
                    buttonStyle="cross",
                    borderWidth=0.5,
                    fillColor=None,
                    borderColor=None,
                    forceBorder=True,
                )
        if i == 1 and sig is not None:
            x, y, w, h = a["sign"]
            from reportlab.lib.utils import ImageReader

            c.drawImage(
                ImageReader(sig),
                (x + 6) * mm,
                (297 - y - h + 2) * mm,
                50 * mm,
                21 * mm,
                mask="auto",
            )

    return pages_to_pdf(pages, "S1106 - Demande d'ouverture des droits", "Assurance Maladie", hook)


def acroform_printed(rng, run, f):
    """Printed AcroForm: values in Helvetica-like type, then signed by pen."""
    pages, a = form_pages(run)
    for pg in pages:
        pg.type_font = "lib"
        pg.hand_font = "dkg"
    v = values(f)
    p1, p2 = pages
    for k in (
        "surname",
        "usage",
        "given",
        "pob_city",
        "pob_country",
        "nat",
        "address",
        "city",
        "phone",
        "email",
        "job",
        "other",
    ):
        an = a[k]
        if an[0] == "comb":
            p1.text(an[1][0] - an[3] / 2 + 1, an[2] - 0.5, v[k], "lib", 9)
        else:
            _put(p1, rng, an, v[k], "typed", None)
    for k in ("dob", "zip", "nir"):
        an = a[k]
        if v[k]:
            p1.text(an[1][0] - an[3] / 2 + 1, an[2] - 0.5, v[k], "lib", 9)
    _tick(p1, rng, a["sex_" + f["sex"]], "typed", None)
    _tick(p1, rng, a["sit_" + f["situation"]], "typed", None)
    if f.get("contract"):
        _tick(p1, rng, a["ct_" + f["contract"]], "typed", None)
    _put(p2, rng, a["place"], v["place"], "typed", None)
    if v["date"]:
        _put(p2, rng, a["date"], v["date"], "hand" if f.get("hand_date") else "typed", PEN_BLUE)
    x, y, w, h = a["sign"]
    if f.get("signed", True):
        signature(p2, rng, x + 10, y + h * 0.65, w * 0.6, f["given"] + " " + f["surname"], PEN_BLUE)
    return pages


_ = io
