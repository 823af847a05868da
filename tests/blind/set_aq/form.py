"""Cerfa 15763*02 (S1106), two print runs of our own, three ways of filling it."""

from __future__ import annotations

import random

from ids import dmy
from lib import MM, Page, hand_image, signature_image, tick
from reportlab.pdfgen import canvas as rl_canvas

BLUE = (0, 84, 150)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité et résidez en France de manière stable et "
        "régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]


def _header(pg: Page, run: str):
    if run == "A":
        pg.rect(12, 10, 30, 16, BLUE, None, 0.4)
        pg.text(27, 17, "l'Assurance", "lato-b", 8, BLUE, "c")
        pg.text(27, 21.5, "Maladie", "lato-b", 8, BLUE, "c")
        pg.text(105, 16, "Demande d'ouverture des droits", "lato-b", 14, (0, 0, 0), "c")
        pg.text(105, 22, "à l'assurance maladie", "lato-b", 14, (0, 0, 0), "c")
        pg.text(105, 27.5, "Protection universelle maladie (PUMa)", "lato", 10, BLUE, "c")
        pg.rect(170, 10, 28, 13, (0, 0, 0), None, 0.4)
        pg.text(184, 15, "cerfa", "lato-b", 9, (0, 0, 0), "c")
        pg.text(184, 20, "N° 15763*02", "lato", 7.5, (0, 0, 0), "c")
    else:
        pg.text(14, 15, "l'Assurance Maladie", "open-b", 11, BLUE)
        pg.text(14, 19, "Agir ensemble, protéger chacun", "open", 6.5, BLUE)
        pg.text(196, 13, "cerfa N° 15763*02", "open-b", 8, (0, 0, 0), "r")
        pg.line(14, 23, 196, 23, BLUE, 0.8)
        pg.text(14, 30, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE", "open-b", 12.5)
        pg.text(14, 35, "Protection universelle maladie - PUMa", "open-sb", 9, BLUE)
    pg.para(
        14,
        40 if run == "B" else 34,
        "Articles L. 160-1, L. 160-5, L. 160-6 et R. 111-3, "
        "R. 160-1 et suivants du code de la sécurité sociale. Ce formulaire vous permet de "
        "demander l'ouverture de vos droits à la prise en charge de vos frais de santé si "
        "vous travaillez ou résidez en France de manière stable et régulière. Remplissez-le "
        "en lettres capitales.",
        182,
        "lato",
        7,
        3.3,
        (60, 60, 60),
    )


def _section(pg: Page, run, y, letter, title):
    if run == "A":
        pg.rect(12, y - 5, 186, 7, None, BLUE)
        pg.text(15, y, f"{letter}  {title}", "lato-b", 10, (255, 255, 255))
    else:
        pg.text(14, y, f"{letter}. {title}" if letter else title, "open-b", 10.5, BLUE)
        pg.line(14, y + 1.5, 196, y + 1.5, BLUE, 0.3)


def layout(run: str):
    """Return (pages, slots). Slot: name -> (page index, x, y, w, h, kind)."""
    p1, p2 = Page(), Page()
    s: dict = {}
    _header(p1, run)
    lab = "lato" if run == "A" else "open"
    y = 58
    _section(p1, run, y, "A", "VOUS")
    y += 10

    def field(name, label, x, yy, w, kind="text", n=0):
        if run == "A":
            p1.text(x, yy, label, lab, 8)
            lw = p1_len(label, 8) + 2
            if kind == "comb":
                cw = 5.0
                for i in range(n):
                    p1.rect(x + lw + i * cw, yy - 4.2, cw, 5.6, (90, 90, 90), None, 0.2)
                s[name] = (0, x + lw, yy - 4.2, cw * n, 5.6, "comb", n, cw)
            else:
                p1.line(x + lw, yy + 1, x + w, yy + 1, (120, 120, 120), 0.2, True)
                s[name] = (0, x + lw, yy - 4.5, w - lw, 5.5, "text")
        else:
            p1.text(x, yy - 4.5, label, lab, 6.8, (70, 70, 70))
            if kind == "comb":
                cw = 4.4
                for i in range(n):
                    p1.line(x + i * cw, yy + 1, x + i * cw, yy - 2, (90, 90, 90), 0.2)
                p1.line(x, yy + 1, x + n * cw, yy + 1, (90, 90, 90), 0.25)
                p1.line(x + n * cw, yy + 1, x + n * cw, yy - 2, (90, 90, 90), 0.2)
                s[name] = (0, x, yy - 3.8, cw * n, 4.8, "comb", n, cw)
            else:
                p1.rect(x, yy - 3.2, w, 5.0, (150, 150, 150), (246, 248, 252), 0.2)
                s[name] = (0, x + 1, yy - 3.4, w - 2, 5.0, "text")

    step = 9 if run == "A" else 11
    field("surname", "Nom de naissance :", 14, y, 182)
    y += step
    field("usage", "Nom d'usage (facultatif) :", 14, y, 182)
    y += step
    field("given", "Prénom(s) :", 14, y, 130)
    sx = 150
    p1.text(sx, y, "Sexe :", lab, 8)
    for i, sx2 in enumerate(["F", "M"]):
        bx = sx + 12 + i * 14
        p1.rect(bx, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(bx + 5.5, y, sx2, lab, 8)
        s["sex_" + sx2] = (0, bx, y - 3.5, 4, 4, "box")
    y += step
    field("dob", "Date de naissance (JJ MM AAAA) :", 14, y, 100, "comb", 8)
    y += step
    field("pob", "Lieu de naissance (commune, pays) :", 14, y, 182)
    y += step
    field("nat", "Nationalité :", 14, y, 100)
    y += step
    field("nir", "N° de sécurité sociale (si vous en avez un) :", 14, y, 182, "comb", 15)
    y += step
    field("address", "Adresse :", 14, y, 182)
    y += step
    field("postcode", "Code postal :", 14, y, 60, "comb", 5)
    field("city", "Commune :", 80, y, 116)
    y += step
    field("phone", "Téléphone :", 14, y, 80)
    field("email", "E-mail :", 100, y, 96)
    y += step + 8
    _section(p1, run, y, "B", "VOTRE SITUATION")
    y += 10
    for key, text in SITUATIONS:
        p1.rect(16, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
        s["sit_" + key] = (0, 16, y - 3.5, 4, 4, "box")
        p1.text(23, y, text, lab, 8.3)
        if key == "salarie":
            y += 6.5
            p1.text(26, y, "Type de contrat :", lab, 7.8)
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                bx = 52 + i * 22
                p1.rect(bx, y - 3.3, 3.6, 3.6, (0, 0, 0), None, 0.2)
                p1.text(bx + 5, y, ct, lab, 7.8)
                s["ct_" + ct] = (0, bx, y - 3.3, 3.6, 3.6, "box")
            p1.text(142, y, "Emploi :", lab, 7.8)
            p1.line(155, y + 1, 196, y + 1, (120, 120, 120), 0.2, True)
            s["job"] = (0, 156, y - 4, 40, 5, "text")
        if key == "autre":
            p1.line(70, y + 1, 196, y + 1, (120, 120, 120), 0.2, True)
        y += 8
    p1.text(105, 288, "S1106 — cerfa n° 15763*02 — page 1/2", lab, 7, (80, 80, 80), "c")
    # page 2
    y = 20
    _section(p2, run, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        14,
        y + 10,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation. La loi rend passible d'amende et/ou "
        "d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        182,
        lab,
        8.3,
        4.2,
    )
    y += 6
    p2.text(14, y, "Fait à", lab, 9)
    p2.line(26, y + 1, 95, y + 1, (120, 120, 120), 0.2, True)
    s["place"] = (1, 27, y - 4.5, 66, 5.5, "text")
    p2.text(100, y, "le", lab, 9)
    p2.line(105, y + 1, 150, y + 1, (120, 120, 120), 0.2, True)
    s["date"] = (1, 106, y - 4.5, 44, 5.5, "text")
    y += 6
    if run == "A":
        p2.text(120, y + 4, "Signature", lab, 8.5)
        p2.rect(120, y + 6, 76, 30, (0, 0, 0), None, 0.35)
        s["sig"] = (1, 120, y + 6, 76, 30, "sig")
    else:
        p2.rect(110, y + 2, 86, 32, (120, 120, 120), None, 0.3)
        p2.text(153, y + 20, "Signature", "open", 14, (225, 225, 225), "c")
        s["sig"] = (1, 110, y + 2, 86, 32, "sig")
    y += 48
    _section(p2, run, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y += 9
    for t in [
        "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, VLS-TS "
        "ou récépissé en cours de validité ;",
        "une copie intégrale de votre acte de naissance (avec apostille ou légalisation le cas "
        "échéant) ;",
        "un justificatif de résidence en France depuis plus de 3 mois (bail, 3 factures "
        "successives, attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        p2.text(16, y, "•", lab, 8.5)
        y = p2.para(20, y, t, 175, lab, 8.3, 4.1) + 1.5
    y += 8
    p2.rect(14, y, 182, 28, (0, 0, 0), (240, 240, 240), 0.3)
    p2.text(17, y + 6, "Cadre réservé à l'organisme", lab + ("-b" if lab == "lato" else "-sb"), 8.5)
    p2.text(17, y + 14, "Date de réception : ____ / ____ / ________", lab, 8)
    p2.text(
        17,
        y + 21,
        "Pièces vérifiées :  □ oui   □ non        Matricule agent : __________",
        "sans",
        7.5,
    )
    p2.text(105, 288, "S1106 — cerfa n° 15763*02 — page 2/2", lab, 7, (80, 80, 80), "c")
    return [p1, p2], s


def p1_len(text, size):
    from lib import pil_font

    return pil_font("lato", size * 10).getlength(text) / 10 * 25.4 / 72


def values(d: dict) -> dict:
    v = {
        "surname": d["surname"].upper(),
        "usage": (d.get("usage") or "").upper(),
        "given": d["given"],
        "dob": d["dob"][8:10] + d["dob"][5:7] + d["dob"][0:4],
        "pob": d["pob"],
        "nat": d["nat_word"],
        "nir": "",
        "address": d["address"],
        "postcode": d["postcode"],
        "city": d["city"],
        "phone": d["phone"],
        "email": d["email"],
        "job": d.get("job", ""),
        "place": d["place"],
        "date": dmy(d["signed_on"]),
    }
    return v


def fill_paint(pages, slots, d: dict, rng: random.Random, mode: str):
    """mode 'hand' (all by hand) or 'typed' (typed then printed; signature and date by hand)."""
    v = values(d)
    hfont = d.get("hand_font", "dkg")
    ink = d.get("ink", (20, 30, 110))
    ticks = {"sex_" + d["sex"], "sit_" + d["situation"]}
    if d.get("contract"):
        ticks.add("ct_" + d["contract"])
    for name, sl in slots.items():
        pg = pages[sl[0]]
        kind = sl[5]
        x, y, w, h = sl[1:5]
        if kind == "box":
            if name in ticks:
                if mode == "hand":
                    pg.image(tick(rng.choice("xv"), rng, ink), x - 0.8, y - 1.2, w + 1.8, h + 1.8)
                else:
                    pg.text(x + w / 2, y + h - 0.6, "X", "lib-b", 9, (0, 0, 0), "c")
            continue
        if kind == "sig":
            sig = signature_image(d["sig_name"], rng, ink, d.get("sig_font", "dancing"))
            sw = w * 0.7
            pg.image(
                sig, x + rng.uniform(3, 10), y + rng.uniform(2, 6), sw, sw * sig.height / sig.width
            )
            continue
        val = v.get(name, "")
        if not val:
            continue
        hand_here = mode == "hand" or name == "date" or (name == "place" and d.get("hand_place"))
        if kind == "comb":
            n, cw = sl[6], sl[7]
            for i, ch in enumerate(val[:n]):
                if hand_here:
                    pg.hand(x + i * cw + cw * 0.15, y + h - 0.8, ch, h * 0.55, rng, hfont, ink)
                else:
                    pg.text(x + i * cw + cw / 2, y + h - 1.2, ch, "mono", 10, (0, 0, 0), "c")
        elif hand_here:
            txt = val.upper() if name in ("surname", "usage", "city", "given") else val
            pg.hand(
                x + 1,
                y + h - 0.5,
                txt,
                min(3.2, h * 0.6),
                rng,
                hfont,
                ink,
                rng.uniform(-0.03, 0.03),
            )
        else:
            pg.text(x + 1, y + h - 1.2, val, "lib", 10)
    return pages


def acroform_pdf(path, pages, slots, d: dict, rng: random.Random):
    """The fillable PDF itself, with field values and a pasted handwritten signature."""
    v = values(d)
    c = rl_canvas.Canvas(str(path), pagesize=(210 * MM, 297 * MM), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setCreator("Adobe LiveCycle Designer ES 9.0")
    ticks = {"sex_" + d["sex"], "sit_" + d["situation"]}
    if d.get("contract"):
        ticks.add("ct_" + d["contract"])
    for i, pg in enumerate(pages):
        pg.draw_rl(c)
        for name, sl in slots.items():
            if sl[0] != i:
                continue
            x, y, w, h = sl[1:5]
            X, Y = x * MM, (297 - y - h) * MM
            fname = "topmostSubform[0].Page%d[0].%s[0]" % (i + 1, name)
            if sl[5] == "box":
                c.acroForm.checkbox(
                    name=fname,
                    x=X,
                    y=Y,
                    size=w * MM,
                    checked=name in ticks,
                    buttonStyle="cross",
                    borderWidth=0.5,
                    fillColor=None,
                    borderColor=None,
                )
            elif sl[5] == "sig":
                sig = signature_image(d["sig_name"], rng, (15, 25, 95), d.get("sig_font"))
                sw = w * 0.65
                pg2 = Page()
                pg2.image(sig, x + 6, y + 4, sw, sw * sig.height / sig.width)
                pg2.draw_rl(c)
            else:
                val = v.get(name, "")
                c.acroForm.textfield(
                    name=fname,
                    value=val,
                    x=X,
                    y=Y,
                    width=w * MM,
                    height=h * MM,
                    fontName="Helvetica",
                    fontSize=9,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    maxlen=sl[6] if sl[5] == "comb" else None,
                    fieldFlags="comb" if sl[5] == "comb" else "",
                )
        c.showPage()
    c.save()


__all__ = ["acroform_pdf", "fill_paint", "hand_image", "layout"]
