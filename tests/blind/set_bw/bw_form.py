"""The application form "Demande d'ouverture des droits à l'assurance maladie" (cerfa
15763*02, S1106), drawn from its public description in two print runs, and filled by hand,
typed, or as AcroForm fields."""

from __future__ import annotations

import random

from reportlab.lib.colors import Color, white

from bw_core import tick_strokes
from bw_pdf import (
    INK_BLACK,
    INK_BLUE,
    MM,
    PAGE_H,
    PAGE_W,
    hand,
    hand_comb,
    para,
    signature,
    text,
    width,
)
from bw_pdf import strokes as pen

AM_BLUE = Color(0.0, 0.29, 0.6)
GREY = Color(0.45, 0.45, 0.5)
LIGHT = Color(0.9, 0.93, 0.97)

STYLES = {
    # A: blue section bars, labels above comb boxes, Liberation Sans
    "A": {"f": "sans", "fb": "sans_b", "bar": True, "box": 13.2, "label_above": True},
    # B: underlined headings, labels beside the fields, Carlito
    "B": {"f": "carlito", "fb": "carlito_b", "bar": False, "box": 12.4, "label_above": False},
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, auto-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et régulière "
        "depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre"]


def _comb(c, x, y, n, bw, h=15, groups=None):
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.setFillColor(white)
    xx = x
    for i in range(n):
        c.rect(xx, y, bw, h, stroke=1, fill=1)
        xx += bw
        if groups and i + 1 in groups:
            xx += bw * 0.5
    return xx


def _box(c, x, y, s=9):
    c.setStrokeColor(INK_BLACK)
    c.setLineWidth(0.7)
    c.setFillColor(white)
    c.rect(x, y, s, s, stroke=1, fill=1)
    return (x, y, s, s)


def _section(c, st, y, letter, title):
    if st["bar"]:
        c.setFillColor(AM_BLUE)
        c.rect(18 * MM, y - 4, PAGE_W - 36 * MM, 15, stroke=0, fill=1)
        text(c, 20 * MM, y, f"{letter}", st["fb"], 10.5, white)
        text(c, 27 * MM, y, title, st["fb"], 10.5, white)
    else:
        text(c, 18 * MM, y, f"{letter}  {title}", st["fb"], 11.5, AM_BLUE)
        c.setStrokeColor(AM_BLUE)
        c.setLineWidth(1.2)
        c.line(18 * MM, y - 4, PAGE_W - 18 * MM, y - 4)
    return y - 24


def _labelled_comb(c, st, pos, key, y, label, n, groups=None):
    bw = st["box"]
    x0 = 20 * MM
    if st["label_above"]:
        text(c, x0, y, label, st["f"], 8)
        y -= 17
        _comb(c, x0, y, n, bw, groups=groups)
        pos[key] = (x0, y, bw, n, groups)
        return y - 15
    text(c, x0, y + 4, label, st["f"], 8.5)
    xl = x0 + 44 * MM
    _comb(c, xl, y, n, bw, groups=groups)
    pos[key] = (xl, y, bw, n, groups)
    return y - 22


def _line(c, st, pos, key, x, y, label, length):
    text(c, x, y, label, st["f"], 8.5)
    lx = x + width(label, st["f"], 8.5) + 4
    c.setStrokeColor(GREY)
    c.setDash(1, 2)
    c.setLineWidth(0.6)
    c.line(lx, y - 2, lx + length, y - 2)
    c.setDash()
    pos[key] = (lx + 3, y)
    return lx + length


def page1(c, st_name: str, rng: random.Random) -> dict:
    st = STYLES[st_name]
    pos: dict = {}
    f, fb = st["f"], st["fb"]
    # header
    text(c, 18 * MM, PAGE_H - 20 * MM, "l'Assurance", fb, 15, AM_BLUE)
    text(c, 18 * MM, PAGE_H - 26 * MM, "Maladie", fb, 15, AM_BLUE)
    c.setFillColor(AM_BLUE)
    c.circle(16 * MM, PAGE_H - 21 * MM, 1.1 * MM, stroke=0, fill=1)
    bx = PAGE_W - 56 * MM
    c.setStrokeColor(INK_BLACK)
    c.setLineWidth(0.8)
    c.rect(bx, PAGE_H - 29 * MM, 38 * MM, 13 * MM)
    text(c, bx + 3 * MM, PAGE_H - 22 * MM, "cerfa", "sans_b", 13)
    text(c, bx + 3 * MM, PAGE_H - 27 * MM, "N° 15763*02", "sans_b", 9)
    y = PAGE_H - 40 * MM
    text(c, PAGE_W / 2, y, "Demande d'ouverture des droits", fb, 16, INK_BLACK, "center")
    text(c, PAGE_W / 2, y - 19, "à l'assurance maladie", fb, 16, INK_BLACK, "center")
    text(c, PAGE_W / 2, y - 36, "Protection universelle maladie (PUMa)", f, 11, AM_BLUE, "center")
    y = para(
        c,
        18 * MM,
        y - 54,
        PAGE_W - 36 * MM,
        "Vous travaillez ou vous résidez en France de manière stable et régulière depuis plus de "
        "trois mois : vous pouvez bénéficier de la prise en charge de vos frais de santé. "
        "Remplissez ce formulaire en lettres capitales et joignez les pièces justificatives "
        "listées en page 2. Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et D. 160-2 du code "
        "de la sécurité sociale.",
        f,
        7.2,
        9,
    )
    y = _section(c, st, y - 12, "A", "VOUS")
    n = 24
    y = _labelled_comb(c, st, pos, "surname", y, "Nom de naissance (nom de famille)", n)
    y = _labelled_comb(c, st, pos, "usage", y, "Nom d'usage (facultatif)", n)
    y = _labelled_comb(c, st, pos, "given", y, "Prénom(s)", n)
    if st["label_above"]:
        y -= 8
    text(c, 20 * MM, y + 4, "Sexe :", f, 8.5)
    text(c, 36 * MM, y + 4, "F", f, 8.5)
    pos["sex_F"] = _box(c, 40 * MM, y + 2)
    text(c, 48 * MM, y + 4, "M", f, 8.5)
    pos["sex_M"] = _box(c, 53 * MM, y + 2)
    text(c, 75 * MM, y + 4, "Date de naissance :", f, 8.5)
    dx = 75 * MM + width("Date de naissance :", f, 8.5) + 6
    _comb(c, dx, y, 8, st["box"], groups=(2, 4))
    pos["dob"] = (dx, y, st["box"], 8, (2, 4))
    text(c, dx + 2, y - 8, "J  J", f, 5.5, GREY)
    text(c, dx + 2.5 * st["box"] + 2, y - 8, "M  M", f, 5.5, GREY)
    text(c, dx + 5 * st["box"] + 4, y - 8, "A   A   A   A", f, 5.5, GREY)
    y -= 26
    end = _line(c, st, pos, "pob_commune", 20 * MM, y, "Lieu de naissance : commune", 62 * MM)
    _line(c, st, pos, "pob_pays", end + 8, y, "pays", PAGE_W - 20 * MM - end - 30)
    y -= 20
    _line(c, st, pos, "nationality", 20 * MM, y, "Nationalité", 60 * MM)
    y -= 22
    text(c, 20 * MM, y + 4, "N° de sécurité sociale (si vous en avez un)", f, 8.5)
    nx = 20 * MM + width("N° de sécurité sociale (si vous en avez un)", f, 8.5) + 6
    end = _comb(c, nx, y, 13, st["box"] * 0.9, groups=(1, 3, 5, 7, 10))
    _comb(c, end + 6, y, 2, st["box"] * 0.9)
    pos["nir"] = (nx, y, st["box"] * 0.9, 13, (1, 3, 5, 7, 10))
    y -= 22
    text(c, 20 * MM, y + 4, "N° d'allocataire CAF (si vous en avez un)", f, 8.5)
    _comb(
        c,
        20 * MM + width("N° d'allocataire CAF (si vous en avez un)", f, 8.5) + 6,
        y,
        7,
        st["box"] * 0.9,
    )
    y -= 22
    _line(c, st, pos, "address", 20 * MM, y, "Adresse", PAGE_W - 60 * MM)
    y -= 22
    text(c, 20 * MM, y + 4, "Code postal", f, 8.5)
    _comb(c, 38 * MM, y, 5, st["box"])
    pos["cp"] = (38 * MM, y, st["box"], 5, None)
    _line(c, st, pos, "commune", 70 * MM, y + 4, "Commune", 90 * MM)
    y -= 22
    _line(c, st, pos, "phone", 20 * MM, y, "Téléphone", 45 * MM)
    _line(c, st, pos, "email", 95 * MM, y, "Courriel", 70 * MM)
    y = _section(c, st, y - 22, "B", "VOTRE SITUATION")
    text(c, 20 * MM, y, "Cochez la case correspondant à votre situation actuelle :", f, 8.5)
    y -= 18
    for key, label in SITUATIONS:
        pos["sit_" + key] = _box(c, 20 * MM, y - 1)
        yy = para(c, 26 * MM, y, PAGE_W - 50 * MM, label, f, 8.5, 10)
        if key == "salarie":
            text(c, 30 * MM, yy - 2, "Type de contrat :", f, 8)
            cx = 30 * MM + width("Type de contrat :", f, 8) + 8
            for ct in CONTRACTS:
                pos["ct_" + ct] = _box(c, cx, yy - 4, 8)
                text(c, cx + 11, yy - 2, ct, f, 8)
                cx += 16 + width(ct, f, 8) + 10
            yy -= 16
            _line(
                c, st, pos, "profession", 30 * MM, yy - 2, "Profession / emploi occupé :", 80 * MM
            )
            yy -= 8
        if key == "autre":
            c.setStrokeColor(GREY)
            c.setDash(1, 2)
            c.line(60 * MM, yy + 8, PAGE_W - 22 * MM, yy + 8)
            c.setDash()
            pos["autre_line"] = (61 * MM, yy + 10)
        y = yy - 6
    text(c, PAGE_W / 2, 10 * MM, "S1106 — cerfa n° 15763*02 — page 1/2", f, 6.5, GREY, "center")
    return pos


def page2(c, st_name: str, rng: random.Random, sig_label: str = "above") -> dict:
    st = STYLES[st_name]
    pos: dict = {}
    f, fb = st["f"], st["fb"]
    y = _section(c, st, PAGE_H - 22 * MM, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = para(
        c,
        20 * MM,
        y,
        PAGE_W - 40 * MM,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
        "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
        "(adresse, activité, résidence). Je suis informé(e) que toute fausse déclaration expose "
        "à des poursuites.",
        f,
        8.8,
        11.5,
    )
    y = para(
        c,
        20 * MM,
        y - 4,
        PAGE_W - 40 * MM,
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
        "313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-17 du code de la "
        "sécurité sociale).",
        f,
        7,
        8.5,
    )
    y -= 16
    text(c, 20 * MM, y, "Fait à", f, 9.5)
    c.setStrokeColor(GREY)
    c.setDash(1, 2)
    c.line(32 * MM, y - 2, 95 * MM, y - 2)
    c.line(106 * MM, y - 2, 150 * MM, y - 2)
    c.setDash()
    pos["place"] = (34 * MM, y)
    text(c, 99 * MM, y, "le", f, 9.5)
    pos["date"] = (108 * MM, y)
    y -= 20
    bx, bw, bh = 110 * MM, 78 * MM, 32 * MM
    if sig_label == "above":
        text(c, bx, y, "Signature", fb, 9)
        y -= 4
    c.setStrokeColor(INK_BLACK)
    c.setLineWidth(0.8)
    c.rect(bx, y - bh, bw, bh)
    if sig_label == "inside":
        text(c, bx + 3, y - 11, "Signature", f, 8.5, Color(0.6, 0.6, 0.62))
    pos["sig"] = (bx, y - bh, bw, bh)
    y -= bh + 20
    y = _section(c, st, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    items = [
        "la photocopie d'une pièce d'identité (passeport, ou carte nationale d'identité pour les "
        "ressortissants de l'UE/EEE/Suisse) ;",
        "pour les ressortissants hors UE/EEE/Suisse : la photocopie de votre titre de séjour, de "
        "votre visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé ;",
        "un extrait d'acte de naissance avec filiation ou la copie intégrale de votre acte de "
        "naissance (apostillé ou légalisé si nécessaire) ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
        "successives, ou attestation d'hébergement avec justificatifs de l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for it in items:
        text(c, 22 * MM, y, "•", f, 9)
        y = para(c, 26 * MM, y, PAGE_W - 46 * MM, it, f, 8.3, 10.2) - 3
    y -= 10
    c.setFillColor(LIGHT)
    c.setStrokeColor(GREY)
    c.rect(18 * MM, y - 28 * MM, PAGE_W - 36 * MM, 28 * MM, stroke=1, fill=1)
    text(c, 21 * MM, y - 6 * MM, "Cadre réservé à l'organisme", fb, 8.5, AM_BLUE)
    text(c, 21 * MM, y - 13 * MM, "Date de réception : ....../....../..........", f, 8)
    text(c, 100 * MM, y - 13 * MM, "Pièces vérifiées :", f, 8)
    _box(c, 128 * MM, y - 13.8 * MM, 8)
    text(c, 21 * MM, y - 21 * MM, "Matricule agent : ..............................", f, 8)
    y -= 36 * MM
    para(
        c,
        18 * MM,
        y,
        PAGE_W - 36 * MM,
        "Les informations recueillies font l'objet d'un traitement destiné à l'ouverture de vos "
        "droits. Conformément au règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 "
        "modifiée, vous disposez d'un droit d'accès et de rectification auprès du directeur de "
        "votre caisse.",
        f,
        6.3,
        7.6,
    )
    text(c, PAGE_W / 2, 10 * MM, "S1106 — cerfa n° 15763*02 — page 2/2", f, 6.5, GREY, "center")
    return pos


# ---------------------------------------------------------------- filling
def _comb_text(c, spec, s, mode, rng):
    x, y, bw, n, groups = spec
    s = s.upper()[:n]
    xs = []
    xx = x
    for i in range(n):
        xs.append(xx)
        xx += bw
        if groups and i + 1 in groups:
            xx += bw * 0.5
    for i, ch in enumerate(s):
        if ch == " ":
            continue
        if mode == "hand":
            hand_comb(c, xs[i], y, bw, ch, rng, size=bw * 0.95)
        else:
            text(c, xs[i] + bw / 2, y + 3.6, ch, "mono", bw * 0.8, INK_BLACK, "center")


def _tick(c, box, mode, rng):
    x, y, s, _ = box
    if mode == "hand":
        pen(c, tick_strokes(rng, rng.choice(["x", "v"])), x - 1, y - 1, s + 2, s + 2, rng, lw=1.3)
    else:
        text(c, x + s / 2, y + 1.5, "X", "sans_b", s * 0.9, INK_BLACK, "center")


def _line_text(c, at, s, mode, rng):
    if mode == "hand":
        hand(c, at[0], at[1], s, rng, size=12.5)
    else:
        text(c, at[0], at[1], s, "sans", 10)


def fill1(c, pos, v, mode, rng):
    _comb_text(c, pos["surname"], v["surname"], mode, rng)
    if v.get("usage"):
        _comb_text(c, pos["usage"], v["usage"], mode, rng)
    _comb_text(c, pos["given"], v["given"], mode, rng)
    _tick(c, pos["sex_" + v["sex"]], mode, rng)
    _comb_text(c, pos["dob"], v["dob"].strftime("%d%m%Y"), mode, rng)
    _line_text(c, pos["pob_commune"], v["pob_commune"], mode, rng)
    _line_text(c, pos["pob_pays"], v["pob_pays"], mode, rng)
    _line_text(c, pos["nationality"], v["nationality"], mode, rng)
    _line_text(c, pos["address"], v["address"], mode, rng)
    _comb_text(c, pos["cp"], v["cp"], mode, rng)
    _line_text(c, pos["commune"], v["commune"], mode, rng)
    _line_text(c, pos["phone"], v["phone"], mode, rng)
    if v.get("email"):
        _line_text(c, pos["email"], v["email"], mode, rng)
    _tick(c, pos["sit_" + v["situation"]], mode, rng)
    if v["situation"] == "salarie":
        _tick(c, pos["ct_" + v["contract"]], mode, rng)
        _line_text(c, pos["profession"], v["profession"], mode, rng)


def fill2(c, pos, v, mode, rng, sign=True, hand_date=None):
    dmode = hand_date if hand_date is not None else mode
    _line_text(c, pos["place"], v["place"], dmode, rng)
    _line_text(c, pos["date"], v["date_text"], dmode, rng)
    if sign:
        x, y, w, h = pos["sig"]
        signature(c, v["sig_name"], x + w * 0.15, y + h * 0.2, w * 0.65, rng, INK_BLUE, 1.2)


def acro1(c, pos, v):
    """Fillable-PDF fields with their values (reportlab builds the appearance streams)."""
    form = c.acroForm
    kw = {
        "borderWidth": 0,
        "fillColor": None,
        "borderColor": None,
        "textColor": INK_BLACK,
        "fontName": "Helvetica",
        "fontSize": 10,
    }

    def comb(name, key, value):
        x, y, bw, n, groups = pos[key]
        spans, start = [], 0
        for g in list(groups or ()) + [n]:
            spans.append((start, g))
            start = g
        xx = x
        for k, (a, b) in enumerate(spans):
            part = value[a:b]
            nm = name if len(spans) == 1 else f"{name}_{k + 1}"
            form.textfield(
                name=nm,
                value=part,
                x=xx,
                y=y,
                width=(b - a) * bw,
                height=15,
                maxlen=b - a,
                fieldFlags="comb",
                **kw,
            )
            xx += (b - a) * bw + bw * 0.5

    comb("nom_naissance", "surname", v["surname"].upper())
    comb("nom_usage", "usage", (v.get("usage") or "").upper())
    comb("prenoms", "given", v["given"].upper())
    comb("date_naissance", "dob", v["dob"].strftime("%d%m%Y"))
    for key, name in (
        ("pob_commune", "lieu_naissance_commune"),
        ("pob_pays", "lieu_naissance_pays"),
        ("nationality", "nationalite"),
        ("address", "adresse"),
        ("commune", "commune"),
        ("phone", "telephone"),
        ("email", "courriel"),
    ):
        x, y = pos[key]
        form.textfield(
            name=name, value=v.get(key, "") or "", x=x - 2, y=y - 3, width=150, height=13, **kw
        )
    comb("code_postal", "cp", v["cp"])
    for sx in ("F", "M"):
        x, y, s, _ = pos["sex_" + sx]
        form.checkbox(
            name=f"sexe_{sx}",
            checked=v["sex"] == sx,
            x=x,
            y=y,
            size=s,
            buttonStyle="cross",
            borderWidth=0.5,
            fillColor=white,
            borderColor=INK_BLACK,
        )
    for key, _label in SITUATIONS:
        x, y, s, _ = pos["sit_" + key]
        form.checkbox(
            name=f"situation_{key}",
            checked=v["situation"] == key,
            x=x,
            y=y,
            size=s,
            buttonStyle="cross",
            borderWidth=0.5,
            fillColor=white,
            borderColor=INK_BLACK,
        )
    for ct in CONTRACTS:
        x, y, s, _ = pos["ct_" + ct]
        form.checkbox(
            name=f"contrat_{ct}",
            checked=v.get("contract") == ct,
            x=x,
            y=y,
            size=s,
            buttonStyle="cross",
            borderWidth=0.5,
            fillColor=white,
            borderColor=INK_BLACK,
        )
    x, y = pos["profession"]
    form.textfield(
        name="profession",
        value=v.get("profession", ""),
        x=x - 2,
        y=y - 3,
        width=200,
        height=13,
        **kw,
    )


def acro2(c, pos, v):
    kw = {
        "borderWidth": 0,
        "fillColor": None,
        "borderColor": None,
        "textColor": INK_BLACK,
        "fontName": "Helvetica",
        "fontSize": 10,
    }
    x, y = pos["place"]
    c.acroForm.textfield(
        name="fait_a", value=v["place"], x=x - 2, y=y - 3, width=160, height=13, **kw
    )
    x, y = pos["date"]
    c.acroForm.textfield(
        name="le", value=v["date_text"], x=x - 2, y=y - 3, width=110, height=13, **kw
    )


def comb_appearances(pdf_bytes: bytes) -> bytes:
    """reportlab writes comb text fields with a plain appearance stream; rebuild it with one
    character centred per cell, as a PDF viewer does for comb fields."""
    import io

    import pikepdf
    from reportlab.pdfbase.pdfmetrics import stringWidth

    doc = pikepdf.open(io.BytesIO(pdf_bytes))
    for fld in doc.Root.AcroForm.Fields:
        if int(fld.get("/Ff", 0)) & (1 << 24) == 0 or "/MaxLen" not in fld:
            continue
        n = int(fld.MaxLen)
        val = str(fld.get("/V", ""))
        x0, y0, x1, y1 = (float(v) for v in fld.Rect)
        cw = (x1 - x0) / n
        ops = ["/Tx BMC", "q", "BT", "/Helv 10 Tf", ".1 .1 .13 rg"]
        for i, ch in enumerate(val[:n]):
            x = i * cw + (cw - stringWidth(ch, "Helvetica", 10)) / 2
            esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"1 0 0 1 {x:.2f} 4 Tm ({esc}) Tj")
        ops += ["ET", "Q", "EMC"]
        fld.AP.N.write("\n".join(ops).encode("latin-1"))
    out = io.BytesIO()
    doc.save(out, deterministic_id=True)
    return out.getvalue()
