"""Cerfa 15763*02 (S1106) in two print runs of our own, filled by hand, typed, or AcroForm."""

import pikepdf
from reportlab.pdfbase.pdfmetrics import stringWidth

from cy_core import Page, hand, hand_comb, signature, strip_accents, to_image, width

BLUE = (0, 80, 155)
INK = (25, 35, 110)


class Filler:
    """Puts values on the form in one of the fill ways."""

    def __init__(self, way, rng, hfont="h-ecolier"):
        self.way, self.rng, self.hfont = way, rng, hfont
        self.fields = {}  # page -> list of acroform specs

    def _acro(self, pg, spec):
        name = strip_accents(spec[1]).lower()
        self.fields.setdefault(pg, []).append((spec[0], name) + tuple(spec[2:]))

    def text(self, pg, name, x, y, w, value, size=10):
        if value is None or value == "":
            if self.way == "acroform":
                self._acro(pg, ("text", name, x, y - 4.2, w, 5.6, "", 0))
            return
        if self.way == "hand":
            hand(pg, x + 1, y, value, self.rng, self.hfont, size + 2, INK)
        elif self.way == "acroform":
            self._acro(pg, ("text", name, x, y - 4.2, w, 5.6, value, 0))
        else:
            font = "cond" if self.way == "typed_print" else "sans"
            pg.text(x + 1, y - 0.3, value, font, size - 0.5)

    def comb(self, pg, name, x, y, cell, n, value, size=10):
        value = value or ""
        if self.way == "hand":
            hand_comb(pg, x, y - 0.3, cell, value, self.rng, self.hfont, size + 0.5, INK)
        elif self.way == "acroform":
            self._acro(pg, ("text", name, x, y - 4.2, cell * n, 5.6, value, n))
        else:
            font = "mono" if self.way == "typed_print" else "sans"
            for i, ch in enumerate(value):
                pg.text(x + i * cell + cell / 2, y - 0.4, ch, font, size - 0.5, align="c")

    def check(self, pg, name, x, y, s, on):
        if self.way == "acroform":
            self._acro(pg, ("check", name, x, y, s, s, on, 0))
            return
        if not on:
            return
        if self.way == "hand":
            r = self.rng
            pg.poly(
                [(x + 0.6 + r.uniform(-0.3, 0.3), y + 0.6), (x + s - 0.4, y + s - 0.3)], INK, 0.4
            )
            pg.poly(
                [(x + s - 0.5, y + 0.5 + r.uniform(-0.3, 0.3)), (x + 0.5, y + s - 0.2)], INK, 0.4
            )
        elif self.way == "typed_print":
            pg.text(x + s / 2, y + s - 0.7, "X", "sans-b", 9, align="c")
        else:
            pg.text(x + s / 2, y + s - 0.6, "✔", "dejavu", 8.5, align="c")

    def hook(self, pg):
        specs = self.fields.get(pg, [])
        k = 72 / 25.4
        H = pg.h

        def fn(c):
            f = c.acroForm
            for kind, name, x, y, w, h, val, n in specs:
                if kind == "text":
                    kw = {"fieldFlags": "comb", "maxlen": n} if n else {}
                    f.textfield(
                        name=name,
                        value=val,
                        x=x * k,
                        y=(H - y - h) * k,
                        width=w * k,
                        height=h * k,
                        borderWidth=0,
                        fillColor=None,
                        fontName="Helvetica",
                        fontSize=9,
                        **kw,
                    )
                else:
                    f.checkbox(
                        name=name,
                        x=x * k,
                        y=(H - y - h) * k,
                        size=w * k,
                        checked=val,
                        buttonStyle="cross",
                        borderWidth=0.5,
                        fillColor=None,
                    )

        return fn


def _comb_boxes(pg, x, y, cell, n, h=6.0, col=(0, 0, 0)):
    pg.rect(x, y - h + 1.5, cell * n, h, col, (255, 255, 255), 0.25)
    for i in range(1, n):
        pg.line(
            x + i * cell, y - h + 1.5 + (0 if i % 1 == 0 else 2), x + i * cell, y + 1.5, col, 0.2
        )


def _bar(pg, y, title, run):
    if run == "A":
        pg.rect(12, y - 5, 186, 7, None, BLUE)
        pg.text(15, y, title, "sans-b", 10, (255, 255, 255))
    else:
        pg.text(12, y, title, "carlito-b", 12, BLUE)
        pg.line(12, y + 1.6, 198, y + 1.6, BLUE, 0.6)


def form_pages(d, run, fl):
    """d: values (surname, usage, given, sex, dob, pob_city, pob_country, nationality, nir,
    address, cp, city, phone, email, situation, contract, job, other, place, date_text, sign)."""
    lf = "sans" if run == "A" else "carlito"
    p1, p2 = Page(), Page()
    # header
    p1.text(14, 18, "l'Assurance", "sans-b", 13, BLUE)
    p1.text(14, 24, "Maladie", "sans-b", 13, BLUE)
    p1.text(14, 28, "Agir ensemble, protéger chacun", "sans-i", 6.5, (90, 90, 90))
    p1.rect(170, 10, 28, 14, (0, 0, 0), None, 0.35)
    p1.text(184, 16, "cerfa", "serif-i", 11, align="c")
    p1.text(184, 21.5, "N° 15763*02", "sans-b", 7.5, align="c")
    tsz = 14 if run == "A" else 15
    p1.text(
        105,
        38,
        "Demande d'ouverture des droits",
        "sans-b" if run == "A" else "carlito-b",
        tsz,
        align="c",
    )
    p1.text(
        105, 44.5, "à l'assurance maladie", "sans-b" if run == "A" else "carlito-b", tsz, align="c"
    )
    p1.text(105, 50, "Protection universelle maladie (PUMa)", lf, 9.5, (60, 60, 60), "c")
    y = p1.para(
        14,
        56.5,
        "Vous résidez en France de manière stable et régulière et vous "
        "n'avez pas de couverture maladie : remplissez ce formulaire et joignez les "
        "pièces justificatives demandées (voir page 2). Articles L. 160-1, L. 160-5, "
        "L. 160-17 et R. 111-2 et suivants du code de la sécurité sociale.",
        182,
        lf,
        7,
        3.1,
        (70, 70, 70),
    )
    y += 6
    _bar(p1, y, "A — VOUS", run)
    y += 10
    cell = 4.6 if run == "A" else 5.0
    lx = 14
    vx = 62 if run == "A" else 14

    def row(label, name, value, n=None, note=None):
        nonlocal y
        if run == "A":
            p1.text(lx, y, label, lf, 8.5)
            if note:
                p1.text(lx, y + 3.2, note, lf, 6, (100, 100, 100))
        else:
            p1.text(lx, y - 6.5, label + ("  " + note if note else ""), lf, 8.5)
        if n:
            _comb_boxes(p1, vx, y, cell, n)
            fl.comb(p1, name, vx, y, cell, n, value)
        else:
            p1.line(vx, y + 1.2, 196, y + 1.2, (90, 90, 90), 0.2, (1, 1.5))
            fl.text(p1, name, vx, y, 196 - vx, value)
        y += 10 if run == "A" else 12

    if run == "B":
        y += 3
    ncomb = 28 if run == "A" else 36
    row("Nom de naissance", "nom_naissance", d["surname"], ncomb, "(nom de famille)")
    row("Nom d'usage", "nom_usage", d["usage"], ncomb, "(facultatif)")
    row("Prénom(s)", "prenoms", d["given"], ncomb)
    # sex + date of birth on one line
    lab_y = y if run == "A" else y - 6.5
    p1.text(lx, lab_y, "Sexe", lf, 8.5)
    sx = vx if run == "A" else 26
    for i, s in enumerate(("F", "M")):
        bx = sx + i * 14
        p1.rect(bx, y - 3.8, 4, 4, (0, 0, 0), (255, 255, 255), 0.25)
        p1.text(bx + 5.5, y - 0.5, s, lf, 8.5)
        fl.check(p1, "sexe_" + s, bx, y - 3.8, 4, d["sex"] == s)
    dx = 118 if run == "A" else 100
    p1.text(
        dx - width("Date de naissance", lf, 8.5) - 3 if run == "A" else dx,
        lab_y,
        "Date de naissance",
        lf,
        8.5,
    )
    bx = dx if run == "A" else dx + 32
    dob = d["dob"]
    for k, (part, val) in enumerate((("JJ", dob[0:2]), ("MM", dob[3:5]), ("AAAA", dob[6:10]))):
        n = len(part)
        _comb_boxes(p1, bx, y, cell, n)
        fl.comb(p1, "date_naissance_" + part, bx, y, cell, n, val)
        p1.text(bx + cell * n / 2, y + 4.3, part, lf, 5.5, (110, 110, 110), "c")
        bx += cell * n + 3
    y += 11 if run == "A" else 13
    row(
        "Lieu de naissance",
        "lieu_naissance",
        d["pob_city"] + " (" + d["pob_country"] + ")",
        note="(commune, pays)",
    )
    row("Nationalité", "nationalite", d["nationality"])
    row("N° de sécurité sociale", "nir", d["nir"], 15, "(si vous en avez un)")
    row("N° d'allocataire CAF", "num_caf", "", None, "(si vous en avez un)")
    row("Adresse", "adresse", d["address"])
    # postcode + city
    lab_y = y if run == "A" else y - 6.5
    p1.text(lx, lab_y, "Code postal", lf, 8.5)
    _comb_boxes(p1, vx, y, cell, 5)
    fl.comb(p1, "code_postal", vx, y, cell, 5, d["cp"])
    cx = vx + cell * 5 + 22
    p1.text(cx - 17, y, "Commune", lf, 8.5)
    p1.line(cx, y + 1.2, 196, y + 1.2, (90, 90, 90), 0.2, (1, 1.5))
    fl.text(p1, "commune", cx, y, 196 - cx, d["city"])
    y += 10 if run == "A" else 12
    p1.text(lx, y if run == "A" else y - 6.5, "Téléphone", lf, 8.5)
    p1.line(vx, y + 1.2, 110, y + 1.2, (90, 90, 90), 0.2, (1, 1.5))
    fl.text(p1, "telephone", vx, y, 110 - vx, d["phone"])
    p1.text(114, y, "E-mail", lf, 8.5)
    p1.line(126, y + 1.2, 196, y + 1.2, (90, 90, 90), 0.2, (1, 1.5))
    fl.text(p1, "email", 126, y, 70, d["email"], 9)
    y += 11
    _bar(p1, y, "B — VOTRE SITUATION", run)
    y += 9
    p1.text(14, y, "Cochez la case correspondant à votre situation actuelle :", lf, 8, (70, 70, 70))
    y += 7
    sit = d["situation"]
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            (
                "Vous êtes sans activité et résidez en France de manière stable "
                "depuis plus de trois mois"
            ),
        ),
        ("autre", "Autre situation, précisez :"),
    ]
    for key, label in opts:
        p1.rect(16, y - 3.8, 4, 4, (0, 0, 0), (255, 255, 255), 0.25)
        fl.check(p1, "situation_" + key, 16, y - 3.8, 4, sit == key)
        p1.text(23, y - 0.5, label, lf, 8.5)
        if key == "salarie":
            y += 7
            p1.text(28, y - 0.5, "Type de contrat :", lf, 8)
            bx = 55
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                p1.rect(bx, y - 3.6, 3.6, 3.6, (0, 0, 0), (255, 255, 255), 0.25)
                fl.check(p1, "contrat_" + ct, bx, y - 3.6, 3.6, sit == key and d["contract"] == ct)
                bx += p1.text(bx + 5, y - 0.5, ct, lf, 8) + 12
            p1.text(134, y - 0.5, "Emploi :", lf, 8)
            p1.line(147, y + 0.8, 196, y + 0.8, (90, 90, 90), 0.2, (1, 1.5))
            fl.text(p1, "emploi", 147, y - 0.3, 49, d["job"] if sit == key else "", 9)
        if key == "autre":
            ox = 23 + width(label, lf, 8.5) + 2
            p1.line(ox, y + 0.8, 196, y + 0.8, (90, 90, 90), 0.2, (1, 1.5))
            fl.text(p1, "autre_precision", ox, y - 0.3, 196 - ox, d.get("other", ""), 9)
        y += 7.5 if run == "A" else 7
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", lf, 7, (90, 90, 90), "c")
    # ------------------------------------------------------------ page 2
    y = 20
    _bar(p2, y, "C — VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p2.para(
        14,
        y + 10,
        "Je certifie sur l'honneur l'exactitude des renseignements portés "
        "sur cette demande. Je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation (adresse, activité, résidence). La loi punit "
        "quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
        "313-1 à 313-3, 433-19, 441-1 et suivants du code pénal, article L. 114-13 du "
        "code de la sécurité sociale).",
        182,
        lf,
        8.5,
        4,
    )
    y += 6
    p2.text(14, y, "Fait à", lf, 9)
    p2.line(25, y + 1.2, 100, y + 1.2, (90, 90, 90), 0.2, (1, 1.5))
    fl.text(p2, "fait_a", 25, y, 75, d["place"])
    p2.text(106, y, "le", lf, 9)
    p2.line(111, y + 1.2, 160, y + 1.2, (90, 90, 90), 0.2, (1, 1.5))
    date_way = d.get("date_way", fl.way)
    if date_way == "hand" and fl.way != "hand":
        hand(p2, 113, y, d["date_text"], fl.rng, "h-breip", 13, INK)
        if fl.way == "acroform":
            fl.text(p2, "date_signature", 111, y, 49, "")
    else:
        fl.text(p2, "date_signature", 111, y, 49, d["date_text"])
    y += 8
    if run == "A":
        p2.text(120, y + 2, "Signature", lf, 8.5)
        p2.rect(120, y + 4, 76, 26, (0, 0, 0), None, 0.3)
        sb = (120, y + 4, 76, 26)
    else:
        p2.rect(110, y, 86, 32, (0, 0, 0), None, 0.3)
        p2.text(113, y + 5, "Signature", lf, 10, (200, 200, 200))
        sb = (110, y + 6, 86, 26)
    if d["sign"] == "pen":
        signature(p2, sb[0] + 6, sb[1] + 2, sb[2] * 0.7, sb[3] * 0.75, fl.rng)
    elif d["sign"] == "image":
        tmp = Page(sb[2] * 0.7, sb[3] * 0.75)
        signature(tmp, 1, 1, tmp.w - 2, tmp.h - 2, fl.rng, (20, 25, 90), 0.45)
        p2.image(sb[0] + 6, sb[1] + 2, tmp.w, tmp.h, to_image(tmp, 200))
    y += 40
    _bar(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y += 9
    for ln in (
        (
            "• une pièce d'identité : passeport ou carte nationale d'identité (pages avec "
            "photo et état civil) ;"
        ),
        (
            "• si vous êtes de nationalité étrangère hors UE/EEE/Suisse : titre de séjour, "
            "VLS-TS, ou récépissé de demande ;"
        ),
        (
            "• un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou "
            "légalisé selon le pays ;"
        ),
        (
            "• un justificatif de résidence en France depuis plus de trois mois (bail, trois "
            "factures successives, attestation d'hébergement) ;"
        ),
        "• un relevé d'identité bancaire (RIB) à votre nom ;",
        "• si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ):
        y = p2.para(16, y, ln, 178, lf, 8.5, 4.1) + 1.5
    y += 6
    p2.rect(12, y, 186, 34, (120, 120, 120), (240, 240, 240), 0.3)
    p2.text(16, y + 6, "Cadre réservé à l'organisme", lf + "-b", 9)
    for i, lab in enumerate(
        ("Date de réception :", "Pièces vérifiées :  oui  /  non", "Matricule agent :")
    ):
        p2.text(16, y + 14 + i * 7, lab, lf, 8.5, (80, 80, 80))
    y += 44
    p2.para(
        14,
        y,
        "Les informations recueillies font l'objet d'un traitement par l'Assurance "
        "Maladie pour l'ouverture de vos droits. Vous disposez d'un droit d'accès et de "
        "rectification auprès du directeur de votre caisse (loi n° 78-17 du 6 janvier 1978 "
        "modifiée et règlement (UE) 2016/679).",
        182,
        lf,
        6.8,
        3.1,
        (100, 100, 100),
    )
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", lf, 7, (90, 90, 90), "c")
    return [p1, p2]


def fix_comb_appearances(path):
    """Rewrite the appearance stream of comb text fields: one character centred per cell
    (reportlab writes the value as one run, which a viewer would draw across the cells)."""
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    for f in pdf.Root.AcroForm.Fields:
        if f.get("/FT") != "/Tx" or not int(f.get("/Ff", 0)) & (1 << 24):
            continue
        val = str(f.get("/V", ""))
        ap = f.AP.N
        bw, bh = float(ap.BBox[2]), float(ap.BBox[3])
        cell = bw / int(f.MaxLen)
        ops = ["/Tx BMC", "q", "BT", "/Helv 9 Tf", ".1 .1 .1 rg"]
        for i, ch in enumerate(val):
            x = i * cell + (cell - stringWidth(ch, "Helvetica", 9)) / 2
            esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"1 0 0 1 {x:.3f} {bh / 2 - 3.2:.3f} Tm ({esc}) Tj")
        ops += ["ET", "Q", "EMC"]
        ap.write("\n".join(ops).encode("latin-1"))
    pdf.save(path, deterministic_id=True)
