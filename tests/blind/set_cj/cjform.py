"""Cerfa 15763*02 (S1106) in two print runs, and three ways of filling it."""

from reportlab.pdfgen import canvas

from cjlib import BLACK, BLUE_INK, Page, _draw_rl, text_w

GREY = (95, 95, 95)
NAVY = (20, 45, 110)

SITS = [
    ("sit_salarie", "Vous exercez une activité salariée en France"),
    ("sit_indep", "Vous exercez une activité non salariée (indépendant)"),
    ("sit_de", "Vous êtes demandeur d'emploi"),
    ("sit_etud", "Vous êtes étudiant(e)"),
    (
        "sit_sans",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("sit_autre", "Autre situation (précisez) :"),
]


def _bar(pg, y, title, run):
    if run == "A":
        pg.rect(15, y - 5, 180, 7, 0, None, NAVY)
        pg.text(18, y, title, 9.5, "sansb", (255, 255, 255))
    else:
        pg.text(15, y, title, 10.5, "arialb", NAVY)
        pg.line(15, y + 1.5, 195, y + 1.5, 0.6, NAVY)


def cerfa_pages(run):
    """Blank pages plus slots {name: (page, x, y, w, h)} in mm (y top of the field)."""
    f, fb = ("sans", "sansb") if run == "A" else ("arial", "arialb")
    p1, p2, slots = Page(), Page(), {}
    p1.text(15, 16, "l'Assurance", 13, fb, NAVY)
    p1.text(15, 22, "Maladie", 13, fb, NAVY)
    p1.rect(160, 10, 35, 14, 0.4)
    p1.text(177.5, 15, "cerfa", 9, fb, anchor="m")
    p1.text(177.5, 21, "N° 15763*02", 8.5, f, anchor="m")
    p1.text(105, 33, "Demande d'ouverture des droits à l'assurance maladie", 13.5, fb, anchor="m")
    p1.text(105, 39, "Protection universelle maladie (PUMa)", 10.5, f, anchor="m")
    p1.wrap(
        15,
        45,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-3 et D. 160-2 du code de la sécurité sociale. "
        "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos "
        "frais de santé si vous travaillez ou résidez en France de manière stable et régulière.",
        180,
        7,
        f,
        3.2,
        GREY,
    )
    _bar(p1, 62, "A  VOUS", run)
    y = 70

    def line_field(name, label, x, w, yy):
        if run == "A":
            p1.text(x, yy + 4, label, 8, f)
            lx = x + text_w(label, 8, f) + 2
            p1.line(lx, yy + 5, x + w, yy + 5, 0.2, GREY)
            slots[name] = (0, lx + 1, yy - 1, x + w - lx - 1, 6)
        else:
            p1.text(x, yy + 1, label, 6.5, f, GREY)
            p1.rect(x, yy + 2, w, 6.5, 0.25)
            slots[name] = (0, x + 1, yy + 2, w - 2, 6.5)

    step = 9 if run == "A" else 11
    line_field("nom", "Nom de naissance :", 15, 180, y)
    y += step
    line_field("usage", "Nom d'usage (facultatif) :", 15, 180, y)
    y += step
    line_field("prenoms", "Prénom(s) :", 15, 130, y)
    p1.text(150, y + 4, "Sexe :", 8, f)
    for i, s in enumerate("FM"):
        p1.rect(162 + i * 14, y, 4.5, 4.5, 0.3)
        p1.text(168 + i * 14, y + 4, s, 8, f)
        slots["sexe_" + s] = (0, 162 + i * 14, y, 4.5, 4.5)
    y += step
    p1.text(15, y + 5, "Date de naissance", 8, f)
    for i, n in enumerate((2, 2, 4)):
        x = 45 + (0, 13, 26)[i]
        p1.comb(x, y, n, 5, 6.5)
        slots[f"dob{i}"] = (0, x, y, n * 5, 6.5)
    for x, lab in ((45, "J J"), (58, "M M"), (71, "A A A A")):
        p1.text(x + 1, y + 9.5, lab, 5.5, f, GREY)
    y += step + 3
    line_field("lieu", "Lieu de naissance (commune, pays) :", 15, 180, y)
    y += step
    line_field("nat", "Nationalité :", 15, 90, y)
    y += step
    p1.text(15, y + 5, "N° de sécurité sociale (si vous en avez un)", 8, f)
    p1.comb(80, y, 13, 4.5, 6.5)
    p1.comb(142, y, 2, 4.5, 6.5)
    slots["nir"] = (0, 80, y, 13 * 4.5, 6.5)
    y += step
    line_field("caf", "N° d'allocataire CAF (si vous en avez un) :", 15, 120, y)
    y += step
    line_field("adresse", "Adresse :", 15, 180, y)
    y += step
    p1.text(15, y + 5, "Code postal", 8, f)
    p1.comb(35, y, 5, 5, 6.5)
    slots["cp"] = (0, 35, y, 25, 6.5)
    line_field("commune", "Commune :", 70, 125, y)
    y += step
    line_field("tel", "Téléphone :", 15, 80, y)
    line_field("email", "Courriel :", 100, 95, y)
    y += step + 6
    _bar(p1, y, "B  VOTRE SITUATION", run)
    y += 6
    p1.text(15, y + 2, "Cochez la case correspondant à votre situation actuelle :", 8, f)
    y += 6
    for name, lab in SITS:
        p1.rect(17, y, 4, 4, 0.3)
        p1.text(24, y + 3.5, lab, 8, f)
        slots[name] = (0, 17, y, 4, 4)
        if name == "sit_salarie":
            y += 6
            p1.text(24, y + 3.5, "Type de contrat (CDI, CDD, intérim...) :", 7.5, f, GREY)
            p1.line(75, y + 4, 120, y + 4, 0.2, GREY)
            slots["contrat"] = (0, 76, y - 1, 40, 5)
            p1.text(122, y + 3.5, "Emploi occupé :", 7.5, f, GREY)
            p1.line(143, y + 4, 195, y + 4, 0.2, GREY)
            slots["emploi"] = (0, 144, y - 1, 50, 5)
        y += 7
    p1.line(60, y - 3, 195, y - 3, 0.2, GREY)
    slots["autre_txt"] = (0, 62, y - 8, 130, 5)
    p1.text(15, 287, "S1106 — cerfa n° 15763*02 — page 1/2", 7, f, GREY)
    # page 2
    _bar(p2, 20, "C  VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p2.wrap(
        15,
        30,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
        "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation. "
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
        "313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, article L. 114-13 du code de la "
        "sécurité sociale).",
        180,
        8.5,
        f,
    )
    y += 6
    p2.text(15, y, "Fait à", 9, f)
    p2.line(27, y + 1, 95, y + 1, 0.2, GREY)
    slots["fait_a"] = (1, 29, y - 5, 60, 6)
    p2.text(100, y, "le", 9, f)
    p2.line(106, y + 1, 150, y + 1, 0.2, GREY)
    slots["le"] = (1, 108, y - 5, 40, 6)
    y += 6
    if run == "A":
        p2.text(120, y + 4, "Signature", 9, fb)
        p2.rect(120, y + 6, 75, 30, 0.4)
        slots["sig"] = (1, 122, y + 8, 70, 26)
    else:
        p2.rect(120, y, 75, 34, 0.4)
        p2.text(157, y + 20, "Signature", 14, f, (215, 215, 215), "m")
        slots["sig"] = (1, 122, y + 3, 70, 28)
    y += 50
    _bar(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y += 8
    for t in (
        "- la photocopie d'une pièce d'identité (passeport ou carte nationale d'identité) ;",
        "- si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé ;",
        "- la photocopie d'un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        "- un justificatif de résidence en France depuis plus de 3 mois (bail, 3 factures successives,",
        "  ou attestation d'hébergement avec pièce d'identité et justificatif de l'hébergeant) ;",
        "- un relevé d'identité bancaire (RIB) à votre nom ;",
        "- si vous êtes salarié(e) : le contrat de travail ou le dernier bulletin de salaire.",
    ):
        p2.text(17, y, t, 8, f)
        y += 5
    y += 8
    p2.rect(15, y, 180, 28, 0.3, GREY, (240, 240, 240))
    p2.text(18, y + 5, "Cadre réservé à l'organisme", 8, fb, GREY)
    p2.text(18, y + 12, "Date de réception : ____/____/______", 7.5, f, GREY)
    p2.text(100, y + 12, "Pièces vérifiées :  [  ] oui   [  ] non", 7.5, f, GREY)
    p2.text(18, y + 20, "Matricule agent : ____________", 7.5, f, GREY)
    p2.text(15, 287, "S1106 — cerfa n° 15763*02 — page 2/2", 7, f, GREY)
    return [p1, p2], slots


def _dob_parts(dob):
    return [dob[8:10], dob[5:7], dob[0:4]]


def fill_drawn(pages, slots, v, rng, hand):
    """hand=True: every value by hand. hand=False: typed, then signature by hand."""
    font, size = ("hand3", 13) if hand else ("sans", 9)

    def put(name, s):
        if not s:
            return
        pg, x, y, _w, h = slots[name]
        if hand:
            pages[pg].hand(x + 1, y + h - 1.2, s, rng, size, font)
        else:
            pages[pg].text(x + 1, y + h - 1.5, s, size, font, BLACK)

    for k in ("nom", "usage", "prenoms", "lieu", "nat", "adresse", "commune", "tel", "email"):
        put(k, v.get(k))
    for i, part in enumerate(_dob_parts(v["dob"])):
        pg, x, y, w, h = slots[f"dob{i}"]
        if hand:
            pages[pg].comb_hand(x, y, part, rng, 5, 6.5, 13, "hand3")
        else:
            for j, c in enumerate(part):
                pages[pg].text(x + j * 5 + 2.5, y + 5, c, 10, "mono", BLACK, "m")
    pg, x, y, w, h = slots["cp"]
    if hand:
        pages[pg].comb_hand(x, y, v["cp"], rng, 5, 6.5, 13, "hand3")
    else:
        for j, c in enumerate(v["cp"]):
            pages[pg].text(x + j * 5 + 2.5, y + 5, c, 10, "mono", BLACK, "m")
    for box in ("sexe_" + v["sex"], v["situation"]):
        pg, x, y, w, h = slots[box]
        if hand:
            pages[pg].cross(x + 0.4, y + 0.4, w - 0.8, rng)
        else:
            pages[pg].text(x + w / 2, y + h - 0.7, "X", 10, "mono", BLACK, "m")
    put("contrat", v.get("contrat"))
    put("emploi", v.get("emploi"))
    put("fait_a", v["place"])
    if v.get("date_text"):
        pg, x, y, w, h = slots["le"]
        if hand or v.get("date_by_hand"):
            pages[pg].hand(x + 1, y + h - 1.2, v["date_text"], rng, 13, "hand3")
        else:
            put("le", v["date_text"])
    if v["signed"]:
        pg, x, y, w, h = slots["sig"]
        pages[pg].signature(x + 4, y + 3, w * 0.75, h * 0.7, rng, v["nom"])


def acroform_pdf(pages, slots, v, path, sig_img=None):
    """The fillable PDF: AcroForm text fields and checkboxes with values; signature image pasted."""
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), invariant=1, pagesize=(210 * mm, 297 * mm))
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setCreator("Assurance Maladie - formulaire interactif")
    names = {
        "nom": "NomNaissance",
        "usage": "NomUsage",
        "prenoms": "Prenoms",
        "lieu": "LieuNaissance",
        "nat": "Nationalite",
        "caf": "NumAllocataire",
        "nir": "NIR",
        "adresse": "Adresse",
        "commune": "Commune",
        "tel": "Telephone",
        "email": "Courriel",
        "contrat": "TypeContrat",
        "emploi": "EmploiOccupe",
        "autre_txt": "AutreSituation",
        "fait_a": "FaitA",
        "le": "DateSignature",
        "cp": "CodePostal",
    }
    vals = dict(v)
    vals["le"] = v.get("date_text", "")
    vals["fait_a"] = v["place"]
    for i, pg in enumerate(pages):
        _draw_rl(c, pg, mm)
        for key, (pi, x, y, w, h) in slots.items():
            if pi != i:
                continue
            yb = (297 - y - h) * mm
            if key == "cp":
                c.acroForm.textfield(
                    name="CodePostal",
                    value=v["cp"],
                    x=x * mm,
                    y=yb,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Courier",
                    fontSize=10,
                    maxlen=5,
                    fieldFlags="comb",
                )
            elif key in names:
                c.acroForm.textfield(
                    name=names[key],
                    value=vals.get(key) or "",
                    x=x * mm,
                    y=yb,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                    fontSize=9,
                    forceBorder=False,
                )
            elif key.startswith("dob"):
                part = _dob_parts(v["dob"])[int(key[3])]
                c.acroForm.textfield(
                    name="DateNaissance" + "JMA"[int(key[3])],
                    value=part,
                    x=x * mm,
                    y=yb,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Courier",
                    fontSize=10,
                    maxlen=len(part),
                    fieldFlags="comb",
                )
            elif key.startswith(("sit_", "sexe_")):
                checked = key in (v["situation"], "sexe_" + v["sex"])
                c.acroForm.checkbox(
                    name="Case_" + key,
                    x=x * mm,
                    y=yb,
                    size=w * mm,
                    checked=checked,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=None,
                )
            elif key == "sig" and sig_img is not None:
                c.drawImage(
                    sig_img, (x + 5) * mm, yb + 2 * mm, w * 0.7 * mm, h * 0.7 * mm, mask="auto"
                )
        c.showPage()
    c.save()


def sig_image(rng, name, w=700, h=260):
    """A handwritten signature photographed then cut out: PIL RGBA for pasting."""
    from cjlib import render

    pg = Page(70, 26, (255, 255, 255))
    pg.signature(3, 3, 60, 20, rng, name, BLUE_INK)
    im = render(pg, 250).convert("RGBA")
    px = im.load()
    for yy in range(im.height):
        for xx in range(im.width):
            r, g, _b, _a = px[xx, yy]
            if r > 200 and g > 200:
                px[xx, yy] = (255, 255, 255, 0)
    return im
