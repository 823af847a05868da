"""The application form, cerfa n° 15763*02 (ameli S1106), in two print runs of our own, and
its fill ways: by hand, typed then printed, or as a fillable PDF (AcroForm)."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.units import mm

from bq_art import draw_signature, signature_image
from bq_common import BLACK, INK_BLUE, Pg, hand, hand_comb, new_pdf, rgb, tick

NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois ou vous y "
    "exercez une activité professionnelle : vous pouvez bénéficier de la prise en charge de vos "
    "frais de santé au titre de la protection universelle maladie. Complétez ce formulaire et "
    "adressez-le, accompagné des pièces justificatives listées en page 2, à la caisse "
    "d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-7, L. 161-15, R. 111-2, R. 111-3 et D. 160-2 du code de "
    "la sécurité sociale."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence)."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). "
    "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
    "déclaration d'un changement de situation peuvent faire l'objet d'une pénalité financière "
    "(article L. 114-17 du code de la sécurité sociale)."
)
PIECES = [
    "une pièce d'identité : passeport (ou carte nationale d'identité pour les ressortissants de "
    "l'Union européenne, de l'EEE ou de la Suisse) ;",
    "un titre de séjour en cours de validité, un visa long séjour valant titre de séjour "
    "(VLS-TS) ou un récépissé de demande de titre de séjour ;",
    "une copie intégrale de votre acte de naissance ; s'il a été établi à l'étranger, il doit "
    "être apostillé ou légalisé, sauf dispense prévue par un accord international ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
    "successives (énergie, eau, téléphone, internet) ou attestation d'hébergement, accompagnée "
    "de la pièce d'identité de l'hébergeant et d'un justificatif de son domicile ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous exercez une activité salariée : votre contrat de travail ou votre dernier bulletin "
    "de salaire.",
]
CNIL = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Conformément au "
    "règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un "
    "droit d'accès et de rectification auprès du directeur de votre caisse d'assurance maladie."
)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et régulière depuis "
        "plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]

RUNS = {
    "A": {"f": "Sans", "fb": "Sans-B", "bar": True, "comb": True, "cw": 4.5, "blue": "0b4a8f"},
    "B": {"f": "Carlito", "fb": "Carlito-B", "bar": False, "comb": False, "cw": 4.0,
          "blue": "1d5fa8"},
}  # fmt: skip


def _header(pg: Pg, R):
    blue = rgb(R["blue"])
    pg.rect(12, 10, 9, 9, stroke=None, fill=blue, r=2)
    pg.text(16.5, 16.6, "AM", R["fb"], 9, rgb("ffffff"), "c")
    pg.text(23, 13.8, "l'Assurance", R["fb"], 10.5, blue)
    pg.text(23, 18.6, "Maladie", R["fb"], 10.5, blue)
    pg.rect(160, 9, 38, 14, lw=0.6)
    pg.text(163, 15, "cerfa", "Sans-B", 11, BLACK)
    pg.text(163, 20.5, "N° 15763*02", R["fb"], 9)
    pg.text(105, 30, "Demande d'ouverture des droits à l'assurance maladie", R["fb"], 14, blue, "c")
    pg.text(105, 36, "Protection universelle maladie (PUMa)", R["f"], 10.5, BLACK, "c")
    y = pg.para(14, 42, 182, NOTICE, R["f"], 7.2, 3.1)
    pg.text(14, y + 0.6, LEGAL, R["f"], 6.4, rgb("444444"))
    return y + 5


def _section(pg: Pg, R, y, letter, title):
    blue = rgb(R["blue"])
    if R["bar"]:
        pg.rect(12, y, 186, 6.5, stroke=None, fill=blue)
        pg.text(15, y + 4.7, f"{letter}", R["fb"], 10.5, rgb("ffffff"))
        pg.text(23, y + 4.7, title, R["fb"], 10, rgb("ffffff"))
    else:
        tx = 14
        if letter:
            pg.c.setFillColor(blue)
            pg.c.circle(16 * mm, pg.Y(y + 3.2), 3.2 * mm, stroke=0, fill=1)
            pg.text(16, y + 4.6, letter, R["fb"], 10, rgb("ffffff"), "c")
            tx = 22
        pg.text(tx, y + 4.7, title, R["fb"], 11, blue)
        pg.line(12, y + 7, 198, y + 7, lw=0.8, color=blue)
    return y + 10


def _field(pg: Pg, R, slots, key, label, x, y, w, n=None, above=None):
    """A text field: comb boxes (run A) or a dotted line with the label beside (run B)."""
    above = R["comb"] if above is None else above
    if R["comb"] and n:
        pg.text(x, y + 2.5, label, R["f"], 7.4)
        xs = pg.comb(x, y + 3.6, n, R["cw"], 5.6, 0.35)
        slots[key] = ("comb", xs, y + 3.6, 5.6, R["cw"])
        return y + 11.5
    if above:
        pg.text(x, y + 2.5, label, R["f"], 7.4)
        pg.dots(x, x + w, y + 9)
        slots[key] = ("line", x + 1, y + 8.3, w - 1)
        return y + 12
    pg.text(x, y + 4, label, R["f"], 8.2)
    lx = x + pg.width(label, R["f"], 8.2) + 2
    pg.dots(lx, x + w, y + 4.6)
    slots[key] = ("line", lx + 1, y + 3.9, x + w - lx)
    return y + 8.5


def page1(pg: Pg, R):
    slots: dict = {}
    y = _header(pg, R)
    y = _section(pg, R, y, "A", "VOUS")
    note = "(nom de famille figurant sur l'acte de naissance)"
    if R["comb"]:
        pg.text(14 + pg.width("Nom de naissance  ", R["f"], 7.4), y + 2.5, note, R["f"], 6)
        y = _field(pg, R, slots, "surname", "Nom de naissance", 14, y, 184, 26)
    else:
        y = _field(pg, R, slots, "surname", "Nom de naissance", 14, y, 184, 26)
        pg.text(14, y - 1.2, note, R["f"], 6)
    y += 1.5
    y = _field(pg, R, slots, "usage", "Nom d'usage (facultatif)", 14, y, 184, 26)
    y = _field(pg, R, slots, "given", "Prénom(s)", 14, y, 184, 26)
    pg.text(14, y + 4, "Sexe :", R["f"], 8.2)
    pg.text(27, y + 4, "F", R["f"], 8.2)
    pg.checkbox(31, y + 1.2)
    pg.text(39, y + 4, "M", R["f"], 8.2)
    pg.checkbox(43.5, y + 1.2)
    slots["sex_F"] = ("box", 31, y + 1.2, 3.2)
    slots["sex_M"] = ("box", 43.5, y + 1.2, 3.2)
    pg.text(62, y + 4, "Date de naissance :", R["f"], 8.2)
    dx = 62 + pg.width("Date de naissance : ", R["f"], 8.2)
    xs = pg.comb(dx, y, 8, 4.4, 5.6, 0.35, gap_every=0)
    pg.text(dx + 4.4, y + 9.0, "J J", R["f"], 5.5, rgb("666666"), "c")
    pg.text(dx + 13.2, y + 9.0, "M M", R["f"], 5.5, rgb("666666"), "c")
    pg.text(dx + 26.4, y + 9.0, "A A A A", R["f"], 5.5, rgb("666666"), "c")
    slots["dob"] = ("comb", xs, y, 5.6, 4.4)
    y += 11
    y = _field(pg, R, slots, "pob", "Lieu de naissance (commune, pays)", 14, y, 184, above=False)
    y = _field(pg, R, slots, "nationality", "Nationalité", 14, y, 110, above=False)
    pg.text(14, y + 4, "N° de sécurité sociale (si vous en avez un) :", R["f"], 8.2)
    nx = 14 + pg.width("N° de sécurité sociale (si vous en avez un) : ", R["f"], 8.2)
    xs = pg.comb(nx, y, 13, 4.0, 5.6, 0.35)
    xk = pg.comb(nx + 13 * 4.0 + 3, y, 2, 4.0, 5.6, 0.35)
    slots["nir"] = ("comb", xs + xk, y, 5.6, 4.0)
    y += 9
    pg.text(14, y + 3.5, "Numéro d'allocataire CAF (si vous en avez un) :", R["f"], 7.4)
    pg.dots(14 + pg.width("Numéro d'allocataire CAF (si vous en avez un) : ", R["f"], 7.4), 120,
            y + 4.1)  # fmt: skip
    y += 7.5
    y = _field(pg, R, slots, "address", "Adresse", 14, y, 184, above=False)
    pg.text(14, y + 4, "Code postal", R["f"], 8.2)
    xs = pg.comb(33, y, 5, 4.4, 5.6, 0.35)
    slots["cp"] = ("comb", xs, y, 5.6, 4.4)
    pg.text(60, y + 4, "Commune", R["f"], 8.2)
    pg.dots(76, 198, y + 4.6)
    slots["commune"] = ("line", 77, y + 3.9, 120)
    y += 9
    _field(pg, R, slots, "phone", "Téléphone", 14, y, 70, above=False)
    y = _field(pg, R, slots, "email", "Adresse e-mail", 88, y, 110, above=False)
    y += 3
    y = _section(pg, R, y, "B", "VOTRE SITUATION")
    pg.text(14, y + 1, "Cochez la case qui correspond à votre situation actuelle :", R["f"], 8)
    y += 5
    for key, label in SITUATIONS:
        pg.checkbox(15, y)
        slots["sit_" + key] = ("box", 15, y, 3.2)
        yy = pg.para(21, y + 2.7, 170, label, R["f"], 8.4, 3.8)
        if key == "salarie":
            pg.text(21, yy + 1.4, "Emploi occupé :", R["f"], 8)
            pg.dots(43, 118, yy + 2)
            slots["job"] = ("line", 44, yy + 1.3, 74)
            pg.text(122, yy + 1.4, "Contrat :", R["f"], 8)
            cx = 136
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                pg.checkbox(cx, yy - 1.3, 3.0)
                slots["ct_" + ct] = ("box", cx, yy - 1.3, 3.0)
                pg.text(cx + 4, yy + 1.4, ct, R["f"], 8)
                cx += 6 + pg.width(ct, R["f"], 8) + 2
            yy += 5
        if key == "autre":
            pg.dots(62, 198, y + 3.2)
            slots["autre_text"] = ("line", 63, y + 2.5, 130)
        y = yy + 1.8
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", R["f"], 7, rgb("444444"), "c")
    return slots


def page2(pg: Pg, R):
    slots: dict = {}
    y = 14
    y = _section(pg, R, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = pg.para(14, y + 2, 182, CERTIF, R["f"], 8.6, 4.0)
    y = pg.para(14, y + 1.5, 182, FRAUD, R["f"], 7.0, 3.2)
    y += 5
    pg.text(14, y + 2, "Fait à", R["f"], 9)
    pg.dots(25, 95, y + 2.6)
    slots["place"] = ("line", 27, y + 1.8, 66)
    pg.text(99, y + 2, "le", R["f"], 9)
    pg.dots(104, 150, y + 2.6)
    slots["date"] = ("line", 106, y + 1.8, 44)
    y += 7
    if R["bar"]:
        pg.text(110, y + 2, "Signature", R["fb"], 9)
        pg.rect(110, y + 3.5, 86, 30, lw=0.6)
        slots["sig"] = ("sig", 112, y + 5, 80, 25)
    else:
        pg.rect(110, y, 86, 33, lw=0.6)
        pg.text(112, y + 4, "Signature", R["f"], 9, rgb("9a9a9a"))
        slots["sig"] = ("sig", 114, y + 5, 78, 25)
    y += 42
    y = _section(pg, R, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    pg.text(
        14, y + 1, "Joignez à votre demande la photocopie des documents suivants :", R["f"], 8.4
    )
    y += 6
    for p in PIECES:
        pg.text(16, y, "•", R["f"], 9)
        y = pg.para(20, y, 176, p, R["f"], 8.2, 3.7) + 1.2
    y += 2
    pg.text(14, y + 2, "Attention : tout dossier incomplet retardera l'étude de votre demande.",
            R["fb"], 8.2)  # fmt: skip
    y += 8
    pg.rect(14, y, 182, 28, lw=0.5, dash=(2, 1.5))
    pg.text(17, y + 5, "Cadre réservé à l'organisme", R["fb"], 8.4)
    pg.text(17, y + 12, "Date de réception :", R["f"], 8)
    pg.dots(45, 90, y + 12.6)
    pg.text(100, y + 12, "Pièces vérifiées", R["f"], 8)
    pg.checkbox(124, y + 9.6, 3.0)
    pg.text(17, y + 20, "Matricule agent :", R["f"], 8)
    pg.dots(43, 90, y + 20.6)
    pg.text(100, y + 20, "Observations :", R["f"], 8)
    pg.dots(121, 192, y + 20.6)
    y += 34
    pg.para(14, y, 182, CNIL, R["f"], 6.4, 2.9)
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", R["f"], 7, rgb("444444"), "c")
    return slots


# ----------------------------------------------------------------------------- filling


def _values(d):
    v = {
        "surname": d["surname"],
        "usage": d.get("usage") or "",
        "given": d["given"],
        "dob": d["dob"].strftime("%d%m%Y"),
        "pob": d["pob"],
        "nationality": d["nationality"],
        "address": d["address"],
        "cp": d["cp"],
        "commune": d["commune"],
        "phone": d["phone"],
        "email": d["email"],
        "job": d.get("job") or "",
        "autre_text": d.get("autre_text") or "",
        "place": d["place"],
        "date": d["date_text"],
    }
    boxes = ["sex_" + d["sex"], "sit_" + d["situation"]]
    if d.get("contract"):
        boxes.append("ct_" + d["contract"])
    return v, boxes


def _fill_hand(pg: Pg, slots, d, rng, font, caps_font, ink, upper_lines):
    v, boxes = _values(d)
    for key, slot in slots.items():
        if key in v and v[key]:
            s = v[key]
            if slot[0] == "comb":
                hand_comb(pg, slot[1], slot[2], slot[3], s.upper(), rng, caps_font, 11.5, ink,
                          slot[4])  # fmt: skip
            elif slot[0] == "line":
                txt = s.upper() if key in upper_lines else s
                hand(pg, slot[1] + rng.uniform(0, 3), slot[2], txt, rng, font, 12.5, ink)
        elif key in boxes and slot[0] == "box":
            tick(pg, slot[1], slot[2], slot[3], rng, ink, cross=d.get("cross", False))
    if "sig" in slots and d.get("signed", True):
        _, x, y, w, h = slots["sig"]
        draw_signature(pg, x + rng.uniform(0, 12), y + rng.uniform(0, 4), w * 0.7, h * 0.75, rng,
                       ink, 1.0)  # fmt: skip


def _fill_typed(pg: Pg, slots, d, rng, font="Mono", size=10.0):
    v, boxes = _values(d)
    for key, slot in slots.items():
        if key in ("date",) and d.get("date_by_hand"):
            hand(pg, slot[1] + 2, slot[2], v[key], rng, "H-Dkg", 12.5, INK_BLUE)
            continue
        if key in v and v[key]:
            s = v[key]
            if slot[0] == "comb":
                for i, ch in enumerate(s.upper()):
                    if i < len(slot[1]):
                        pg.text(slot[1][i] + slot[4] / 2, slot[2] + slot[3] * 0.78, ch, font,
                                size, BLACK, "c")  # fmt: skip
            elif slot[0] == "line":
                pg.text(slot[1], slot[2], s, font, size)
        elif key in boxes and slot[0] == "box":
            pg.text(slot[1] + slot[3] / 2, slot[2] + slot[3] * 0.85, "X", "Sans-B", 9, BLACK, "c")
    if "sig" in slots and d.get("signed", True):
        _, x, y, w, h = slots["sig"]
        draw_signature(pg, x + rng.uniform(2, 14), y + rng.uniform(0, 4), w * 0.66, h * 0.78, rng,
                       INK_BLUE, 1.0)  # fmt: skip


FIELD_NAMES = {
    "surname": "nom_naissance", "usage": "nom_usage", "given": "prenoms", "dob": "date_naissance",
    "pob": "lieu_naissance", "nationality": "nationalite", "nir": "nir", "address": "adresse",
    "cp": "code_postal", "commune": "commune", "phone": "telephone", "email": "courriel",
    "job": "emploi_occupe", "autre_text": "autre_situation_precision", "place": "fait_a",
    "date": "date_signature",
}  # fmt: skip


def _fill_acro(pg: Pg, slots, d, sig_rng, page_no):
    """Fillable PDF: AcroForm fields with values, a signature image pasted in the box."""
    v, boxes = _values(d)
    af = pg.c.acroForm
    for key, slot in slots.items():
        name = f"p{page_no}_" + FIELD_NAMES.get(key, key)
        if slot[0] in ("comb", "line"):
            if slot[0] == "comb":
                x0, x1 = slot[1][0], slot[1][-1] + slot[4]
                y_top, h = slot[2], slot[3]
            else:
                x0, x1 = slot[1], slot[1] + slot[3]
                y_top, h = slot[2] - 4.2, 5.4
            val = v.get(key, "")
            if key == "dob" and val:
                val = f"{val[:2]}/{val[2:4]}/{val[4:]}"
            af.textfield(name=name, value=val, x=x0 * mm, y=pg.Y(y_top + h), width=(x1 - x0) * mm,
                         height=h * mm, borderWidth=0, fillColor=Color(0.86, 0.9, 1, 0.35),
                         textColor=BLACK, fontName="Helvetica", fontSize=9,
                         forceBorder=False)  # fmt: skip
        elif slot[0] == "box":
            af.checkbox(name=name, checked=key in boxes, x=slot[1] * mm, y=pg.Y(slot[2] + slot[3]),
                        size=slot[3] * mm, buttonStyle="cross", borderWidth=0.5,
                        fillColor=Color(1, 1, 1, 0), borderColor=BLACK, textColor=BLACK,
                        forceBorder=True)  # fmt: skip
    if "sig" in slots and d.get("signed", True):
        _, x, y, w, h = slots["sig"]
        img = signature_image(sig_rng, w * 0.6, h * 0.7)
        pg.image(img, x + 6, y + 2, w * 0.6)


def form_pdf(d, rng, run="A", way="hand", page_order=(1, 2)) -> bytes:
    """Render the two-page form filled the given way; returns PDF bytes."""
    R = RUNS[run]
    buf, c = new_pdf((210, 297))
    pg = Pg(c, 210, 297)
    ink = rgb(d.get("ink", "1b2a7a"))
    for no in page_order:
        slots = page1(pg, R) if no == 1 else page2(pg, R)
        if way == "hand":
            _fill_hand(pg, slots, d, rng, d.get("hand_font", "H-Breip"),
                       d.get("caps_font", "H-Humor"), ink, d.get("upper_lines", ()))  # fmt: skip
        elif way == "typed":
            _fill_typed(pg, slots, d, rng, d.get("type_font", "Mono"), d.get("type_size", 10))
        elif way == "acroform":
            _fill_acro(pg, slots, d, rng, no)
        c.showPage()
    c.save()
    return buf.getvalue()
