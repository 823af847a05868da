"""The application form, cerfa n° 15763*02 (ameli S1106): three print runs, three fill ways.

Fill ways: "hand" (pen on the printed form), "typed" (typed then printed and signed by hand),
"acroform" (the fillable PDF itself, values in AcroForm fields, signature image pasted).
"""

from __future__ import annotations

import unicodedata

from gen_codes import fr
from gen_core import HANDS, INK_BLUE, PT, Page, draw_pdf_page, text_w
from gen_draw import signature_img
from reportlab.pdfgen import canvas

BLUE = (0, 84, 150)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre"]


def ascii_up(s: str) -> str:
    s = unicodedata.normalize("NFD", s.upper())
    return "".join(c for c in s if not unicodedata.combining(c))


def _section(pg, run, y, letter, title):
    if run == 0:
        pg.rect(15, y - 5, 180, 7.5, None, BLUE, 0)
        pg.text(18, y, f"{letter}", "sans-b", 11, (255, 255, 255))
        pg.text(26, y, title, "sans-b", 10.5, (255, 255, 255))
    elif run == 1:
        pg.text(15, y, f"{letter} - {title}", "serif-b", 12, BLUE)
        pg.line(15, y + 1.5, 195, y + 1.5, BLUE, 0.6)
    else:
        pg.rect(15, y - 5, 180, 7.5, None, (225, 225, 225), 0)
        pg.rect(15, y - 5, 9, 7.5, None, (60, 60, 60), 0)
        pg.text(19.5, y, letter, "dejavu-b", 10.5, (255, 255, 255), anchor="m")
        pg.text(27, y, title, "dejavu-b", 10, (30, 30, 30))


def _fonts(run):
    return [("sans", "sans-b"), ("serif", "serif-b"), ("dejavu-c", "dejavu-cb")][run]


def blank(run: int):
    """Blank form pages; returns (p1, p2, pos) where pos maps field -> geometry."""
    f, fb = _fonts(run)
    p1, p2 = Page(), Page()
    pos: dict = {}
    p1.text(15, 16, "l'Assurance", "sans-b", 14, BLUE)
    p1.text(15, 22, "Maladie", "sans-b", 14, BLUE)
    p1.text(15, 26.5, "Agir ensemble, protéger chacun", "sans-i", 6.5, BLUE)
    p1.rect(160, 9, 35, 14, (0, 0, 0), None, 0.4)
    p1.text(177.5, 14.5, "cerfa", "sans-b", 9, anchor="m")
    p1.text(177.5, 20, "N° 15763*02", "sans-b", 8.5, anchor="m")
    p1.text(105, 34, "Demande d'ouverture des droits à l'assurance maladie", fb, 14, anchor="m")
    p1.text(105, 40, "Protection universelle maladie (PUMa)", f, 11, BLUE, anchor="m")
    p1.para(
        15,
        46,
        180,
        "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-1 et R. 111-3, R. 160-1 et "
        "suivants du code de la sécurité sociale. Ce formulaire vous permet de demander la "
        "prise en charge de vos frais de santé si vous travaillez ou résidez en France de "
        "manière stable et régulière. Remplissez-le en lettres capitales et joignez les "
        "pièces justificatives demandées en page 2.",
        f,
        7,
        lead=3.3,
        color=(60, 60, 60),
    )
    y = 64
    _section(p1, run, y, "A", "VOUS")
    y += 9
    ls, lc = (8.5, (20, 20, 20))
    combw = [4.6, 4.2, 4.8][run]

    def field(key, label, yy, x=15, w=180, comb=None, note=""):
        if run == 0:
            lw = p1.text(x, yy, label, f, ls, lc)
            if note:
                lw += 2 + p1.text(x + lw + 1.5, yy, note, f, 6.5, (110, 110, 110))
            if comb:
                cx = x + 50
                p1.comb(cx, yy - 4.8, comb, combw, 6.2)
                pos[key] = ("comb", cx, yy, comb, combw)
            else:
                fx = x + max(50, lw + 3)
                p1.hline_dots(fx, x + w, yy + 0.8)
                pos[key] = ("line", fx, yy, x + w - fx)
            return yy + 8.5
        if run == 1:
            p1.text(x, yy, label, f, ls - 0.5, lc)
            if note:
                p1.text(
                    x + text_w(label, f, ls - 0.5) + 1.5, yy, note, "serif-i", 6.5, (110, 110, 110)
                )
            if comb:
                p1.comb(x, yy + 1.2, comb, combw, 5.8)
                pos[key] = ("comb", x, yy + 6.0, comb, combw)
            else:
                p1.line(x, yy + 7, x + w, yy + 7, (60, 60, 60), 0.25)
                pos[key] = ("line", x + 1, yy + 6.2, w - 2)
            return yy + 11.5
        p1.rect(x, yy - 4, w, 10.5, (80, 80, 80), None, 0.3)
        p1.text(x + 1.2, yy - 1.2, label + (" " + note if note else ""), f, 6.2, (90, 90, 90))
        if comb:
            p1.comb(x + 28, yy - 2.5, comb, combw, 5.5)
            pos[key] = ("comb", x + 28, yy + 2.3, comb, combw)
        else:
            pos[key] = ("line", x + 2, yy + 5.0, w - 4)
        return yy + 11.5

    y = field("nom", "Nom de naissance", y, comb=26 if run != 2 else None)
    y = field("usage", "Nom d'usage", y, note="(facultatif, ex. nom d'époux/épouse)")
    y = field("prenoms", "Prénom(s)", y, comb=26 if run == 0 else None)
    # sex and date of birth on one row
    if run == 1:
        p1.text(15, y, "Sexe", f, ls - 0.5)
        p1.text(15, y + 6, "F", f, 9)
        p1.rect(19, y + 2, 4, 4, (0, 0, 0), None, 0.3)
        p1.text(27, y + 6, "M", f, 9)
        p1.rect(31.5, y + 2, 4, 4, (0, 0, 0), None, 0.3)
        pos["sexF"], pos["sexM"] = (19, y + 2), (31.5, y + 2)
        p1.text(60, y, "Date de naissance (JJ MM AAAA)", f, ls - 0.5)
        for i, n in enumerate([2, 2, 4]):
            p1.comb(60 + [0, 12, 24][i], y + 1.2, n, combw, 5.8)
        pos["dob"] = ("date", 60, y + 6.0, combw, [0, 12, 24])
        y += 11.5
    else:
        p1.text(15, y, "Sexe :", f, ls)
        p1.text(28, y, "F", f, 9)
        p1.rect(32, y - 3.6, 4, 4, (0, 0, 0), None, 0.3)
        p1.text(40, y, "M", f, 9)
        p1.rect(44.5, y - 3.6, 4, 4, (0, 0, 0), None, 0.3)
        pos["sexF"], pos["sexM"] = (32, y - 3.6), (44.5, y - 3.6)
        p1.text(70, y, "Date de naissance :", f, ls)
        dx = 100
        for i, n in enumerate([2, 2, 4]):
            p1.comb(dx + [0, 12, 24][i], y - 4.8, n, combw, 6.2)
        p1.text(dx + 46, y, "JJ MM AAAA", f, 6, (120, 120, 120))
        pos["dob"] = ("date", dx, y, combw, [0, 12, 24])
        y += 9.5
    y = field("lieu", "Lieu de naissance (commune, pays)", y)
    y = field("nat", "Nationalité", y)
    if run == 1:
        p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", f, ls - 0.5)
        p1.comb(15, y + 1.2, 13, combw, 5.8)
        p1.comb(15 + 14 * combw, y + 1.2, 2, combw, 5.8)
        y += 11.5
    else:
        p1.text(15, y, "N° de sécurité sociale", f, ls)
        p1.text(15, y + 3.5, "(si vous en avez un)", f, 6.5, (110, 110, 110))
        p1.comb(65, y - 4.8, 13, combw, 6.2)
        p1.comb(65 + 14 * combw, y - 4.8, 2, combw, 6.2)
        y += 10
    y = field("adresse", "Adresse", y)
    y = field("cp", "Code postal", y, w=60, comb=5)
    y = field("commune", "Commune", y)
    y = field("tel", "Téléphone", y, w=85)
    y = field("mail", "Adresse e-mail", y)
    y += 4
    _section(p1, run, y, "B", "VOTRE SITUATION")
    y += 10
    p1.text(15, y, "Cochez la case correspondant à votre situation actuelle :", f, 8, (70, 70, 70))
    y += 7
    for key, lab in SITUATIONS:
        p1.rect(15, y - 3.6, 4, 4, (0, 0, 0), None, 0.3)
        pos["sit_" + key] = (15, y - 3.6)
        lw = p1.text(22, y, lab, f, 8.8)
        if key == "salarie":
            y += 6.5
            p1.text(22, y, "Type de contrat :", f, 8)
            x = 50
            for c in CONTRACTS:
                p1.rect(x, y - 3.4, 3.6, 3.6, (0, 0, 0), None, 0.3)
                pos["ct_" + c] = (x, y - 3.4)
                x += 6 + p1.text(x + 5, y, c, f, 8)
            y += 6.5
            p1.text(22, y, "Emploi occupé :", f, 8)
            p1.hline_dots(48, 140, y + 0.8)
            pos["emploi"] = ("line", 49, y, 90)
        if key == "autre":
            p1.hline_dots(22 + lw + 2, 195, y + 0.8)
            pos["autre_txt"] = ("line", 22 + lw + 3, y, 60)
        y += 8
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", f, 7, (90, 90, 90), anchor="m")
    # page 2
    y = 20
    _section(p2, run, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        15,
        y + 10,
        180,
        "Je certifie sur l'honneur l'exactitude des renseignements "
        "portés sur ce formulaire et m'engage à signaler à ma caisse d'assurance maladie "
        "tout changement de situation. Je suis informé(e) que toute fausse déclaration "
        "m'expose aux sanctions prévues par la loi (articles 313-1 et 441-1 du code pénal, "
        "article L. 114-13 du code de la sécurité sociale).",
        f,
        8.8,
        lead=4.4,
    )
    y += 8
    p2.text(15, y, "Fait à", f, 9.5)
    p2.hline_dots(27, 100, y + 0.8)
    pos["place"] = ("line", 28, y, 70)
    p2.text(105, y, "le", f, 9.5)
    p2.hline_dots(111, 160, y + 0.8)
    pos["date"] = ("line", 112, y, 46)
    y += 6
    sig_y = y
    p2.rect(110, y, 85, 32, (0, 0, 0), None, 0.4)
    if run == 0:
        p2.text(112, y + 4, "Signature", f, 8)
    elif run == 1:
        p2.text(110, y - 1.5, "Signature :", f, 8)
    else:
        p2.text(152.5, y + 18, "Signature", f, 14, (215, 215, 215), anchor="m")
    pos["sign"] = (112, y + 4, 80, 26)
    y = sig_y + 44
    p2.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", fb, 10.5, BLUE)
    y += 7
    for t in [
        "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité)",
        "votre titre de séjour, visa long séjour valant titre de séjour (VLS-TS) ou "
        "récépissé, si vous n'êtes pas ressortissant européen",
        "une copie intégrale ou un extrait d'acte de naissance avec filiation (apostillé ou "
        "légalisé, le cas échéant)",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
        "factures successives, attestation d'hébergement accompagnée des justificatifs de "
        "l'hébergeant)",
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire",
    ]:
        p2.text(17, y, "•", f, 9)
        y = p2.para(21, y, 172, t, f, 8.5, lead=4.2) + 1.5
    y += 8
    p2.rect(15, y, 180, 34, (0, 0, 0), (242, 242, 242), 0.3)
    p2.text(18, y + 6, "Cadre réservé à l'organisme", fb, 9)
    p2.text(18, y + 14, "Date de réception : ..... / ..... / ..........", f, 8.5)
    p2.text(18, y + 21, "Pièces vérifiées :   □ oui   □ non", f, 8.5)
    p2.text(18, y + 28, "Matricule agent : ........................", f, 8.5)
    p2.text(120, y + 14, "Cachet de la caisse", f, 8.5)
    p2.para(
        15,
        268,
        180,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, "
        "aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle "
        "garantit un droit d'accès et de rectification pour les données vous concernant "
        "auprès de votre caisse.",
        f,
        6.5,
        lead=3.1,
        color=(90, 90, 90),
    )
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", f, 7, (90, 90, 90), anchor="m")
    return p1, p2, pos


def _put(pg, pos, key, value, way, rng, font, size=11, ink=INK_BLUE, caps=False):
    """Write one value at a field. Returns the text actually written."""
    if value is None or value == "":
        return None
    g = pos[key]
    if way == "hand":
        if g[0] == "comb":
            _, x, y, n, cw = g
            txt = ascii_up(value)[:n]
            for i, ch in enumerate(txt):
                if ch != " ":
                    pg.hand(
                        x + i * cw + cw / 2, y - 0.3, ch, rng, font, size * 0.95, ink, anchor="m"
                    )
            return txt
        _, x, y, w = g
        return pg.hand(x, y - 0.2, ascii_up(value) if caps else value, rng, font, size, ink)[1]
    tf = font
    if g[0] == "comb":
        _, x, y, n, cw = g
        txt = value.upper()[:n]
        for i, ch in enumerate(txt):
            pg.text(x + i * cw + cw / 2, y - 1.0, ch, tf, 9.5, (10, 10, 10), anchor="m")
        return txt
    _, x, y, w = g
    pg.text(x, y - 0.3, value, tf, 9.5, (10, 10, 10))
    return value


def _tick(pg, xy, way, rng, ink):
    x, y = xy
    if way == "hand":
        pg.hand(
            x + 2,
            y + 3.6,
            rng.choice(["X", "x", "✓"]) if False else rng.choice(["X", "x"]),
            rng,
            "h-breip",
            12,
            ink,
            anchor="m",
        )
    else:
        pg.text(x + 2, y + 3.4, "X", "sans-b", 10, (10, 10, 10), anchor="m")


def fill(
    rng,
    p,
    run,
    way,
    situation,
    contract=None,
    job="",
    place="Paris",
    signed_on=None,
    date_text=None,
    signed=True,
    usage=None,
    phone="",
    email="",
    addr=None,
):
    """Fill the form. p: Person. Returns (pages, fields, acro) — acro: AcroForm values."""
    p1, p2, pos = blank(run)
    font = rng.choice(HANDS) if way == "hand" else rng.choice(["mono", "sans", "fmono", "dejavu"])
    ink = rng.choice([INK_BLUE, (20, 20, 30), (10, 50, 130)])
    acro = []
    written = {}
    vals = [
        ("nom", p.surname),
        ("usage", usage),
        ("prenoms", p.given),
        ("lieu", f"{p.pob_city}, {p.pob_country.title()}"),
        ("nat", p.extra.get("nat_word", p.nat)),
        ("adresse", addr.street + (", " + addr.extra if addr.extra else "") if addr else ""),
        ("cp", addr.cp if addr else ""),
        ("commune", addr.city if addr else ""),
        ("tel", phone),
        ("mail", email),
    ]
    if situation == "salarie":
        vals.append(("emploi", job))
    if situation == "autre":
        vals.append(("autre_txt", job))
    for key, v in vals:
        if way == "acroform":
            if v:
                g = pos[key]
                acro.append(("text", key, v, g))
                written[key] = v if g[0] != "comb" else v.upper()
        else:
            written[key] = _put(
                p1, pos, key, v, way, rng, font, caps=key in ("nom", "usage"), ink=ink
            )
    dob = p.dob.strftime("%d%m%Y")
    if way == "acroform":
        _, dx, dy, cw, offs = pos["dob"]
        for i, (a, b) in enumerate([(0, 2), (2, 4), (4, 8)]):
            acro.append(("text", "dob" + "JMA"[i], dob[a:b], ("comb", dx + offs[i], dy, b - a, cw)))
    else:
        _, dx, dy, cw, offs = pos["dob"]
        for i, (a, b) in enumerate([(0, 2), (2, 4), (4, 8)]):
            for k, ch in enumerate(dob[a:b]):
                x = dx + offs[i] + k * cw + cw / 2
                if way == "hand":
                    p1.hand(x, dy - 0.3, ch, rng, font, 10.5, ink, anchor="m")
                else:
                    p1.text(x, dy - 1.0, ch, "mono", 9.5, (10, 10, 10), anchor="m")
    ticks = ["sex" + p.sex]
    if situation:
        for s in situation.split("+"):
            ticks.append("sit_" + s)
    if contract:
        ticks.append("ct_" + contract)
    for t in ticks:
        if way == "acroform":
            acro.append(("check", t, True, pos[t]))
        else:
            _tick(p1, pos[t], way, rng, ink)
    for key, v in [("place", place), ("date", date_text)]:
        if v is None:
            continue
        if way == "acroform":
            acro.append(("text2", key, v, pos[key]))
        elif way == "hand" or key == "date" or rng.random() < 0.5:
            p2.hand(
                pos[key][1],
                pos[key][2] - 0.2,
                v,
                rng,
                font if way == "hand" else rng.choice(HANDS),
                12,
                ink,
            )
        else:
            p2.text(pos[key][1], pos[key][2] - 0.3, v, font, 9.5, (10, 10, 10))
    if signed:
        x, y, w, h = pos["sign"]
        p2.image(
            x + rng.uniform(0, 15),
            y + rng.uniform(-1, 3),
            w * 0.7,
            h * 0.9,
            signature_img(p.full, rng, w * 0.7, h * 0.9, ink),
        )
    emp = {
        "salarie": "employed",
        "independant": "employed",
        "demandeur_emploi": "not_employed",
        "etudiant": "not_employed",
        "sans_activite": "not_employed",
        "autre": "other",
    }
    fields = dict(
        surname=written.get("nom") or p.surname,
        usage_name=written.get("usage"),
        given_names=written.get("prenoms") or p.given,
        sex=p.sex,
        date_of_birth=p.dob.isoformat(),
        employment_status=emp.get(situation) if situation and "+" not in situation else None,
        situation=situation,
        contract_type=contract,
        signed=signed,
        signed_on=signed_on.isoformat() if signed_on else None,
        date_text=date_text,
        place=place,
        nir=None,
    )
    return [p1, p2], fields, acro


def write_acroform(pages, acro, path, title="S1106 - Demande d'ouverture des droits"):
    c = canvas.Canvas(str(path), invariant=1)
    c.setTitle(title)
    c.setCreator("Assurance Maladie - formulaire interactif")
    names = {
        "nom": "NomNaissance",
        "usage": "NomUsage",
        "prenoms": "Prenoms",
        "lieu": "LieuNaissance",
        "nat": "Nationalite",
        "adresse": "Adresse",
        "cp": "CodePostal",
        "commune": "Commune",
        "tel": "Telephone",
        "mail": "Email",
        "emploi": "EmploiOccupe",
        "autre_txt": "AutreSituation",
        "dobJ": "DateNaissJour",
        "dobM": "DateNaissMois",
        "dobA": "DateNaissAnnee",
        "place": "FaitA",
        "date": "Le",
    }
    for i, pg in enumerate(pages):
        draw_pdf_page(c, pg)
        for kind, key, v, g in acro:
            onp2 = kind == "text2"
            if onp2 != (i == 1):
                continue
            H = pg.h
            fname = f"topmostSubform[0].Page{i + 1}[0].{names.get(key, key)}[0]"
            if kind in ("text", "text2"):
                flags, maxlen = "", 200
                if g[0] == "comb":
                    _, x, y, n, cw = g
                    w = n * cw
                    flags, maxlen = "comb", n
                    v = v.upper()[:n]
                else:
                    _, x, y, w = g
                c.acroForm.textfield(
                    name=fname,
                    value=v,
                    x=x * PT,
                    y=(H - y - 1.5) * PT,
                    width=min(w, 150) * PT,
                    height=5.5 * PT,
                    fontName="Helvetica",
                    fontSize=9,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    textColor=None,
                    maxlen=maxlen,
                    fieldFlags=flags,
                )
            else:
                x, y = g
                c.acroForm.checkbox(
                    name=f"topmostSubform[0].Page1[0].{key}[0]",
                    checked=True,
                    x=x * PT,
                    y=(H - y - 4) * PT,
                    size=4 * PT,
                    buttonStyle="cross",
                    borderWidth=0.5,
                    fieldFlags="",
                )
        c.showPage()
    c.save()


def date_str(x, style):
    if style == "words":
        from gen_codes import fr_words

        return fr_words(x)
    if style == "short":
        return x.strftime("%d/%m/%y")
    return fr(x)
