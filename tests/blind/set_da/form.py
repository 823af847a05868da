"""Cerfa 15763*02 (S1106) drawn from its public description; two print runs; three fill ways."""

from __future__ import annotations

from draw import MM, hand, sign

BLUE = "#1b4f9c"


class Slots:
    def __init__(self):
        self.items = []

    def add(self, **kw):
        self.items.append(kw)


def _bar(pg, run, y, letter, title):
    if run == 1:
        pg.rect(12, y, 186, 6.5, stroke=None, fill=BLUE)
        if letter:
            pg.text(15, y + 4.7, letter, "sans-b", 10.5, "#ffffff")
        pg.text(23 if letter else 15, y + 4.7, title, "sans-b", 10, "#ffffff")
    else:
        head = f"{letter} - {title}" if letter else title
        pg.text(12, y + 4.7, head, "carlito-b", 11.5, BLUE)
        pg.line(12, y + 6.5, 198, y + 6.5, color=BLUE, lw=0.5)


def _comb(pg, sl, name, x, y, n, cw=5.0, ch=6.5, value=""):
    for i in range(n):
        pg.rect(x + i * cw, y, cw, ch, stroke="#333333", lw=0.2)
    sl.add(kind="comb", name=name, x=x, y=y, n=n, cw=cw, ch=ch, value=value)
    return x + n * cw


def _box(pg, sl, name, x, y, size=3.6, checked=False):
    pg.rect(x, y, size, size, stroke="#222222", lw=0.25)
    sl.add(kind="check", name=name, x=x, y=y, s=size, value=checked)


def _field(pg, sl, run, name, label, x, y, w, value, font="sans"):
    """run 1: label beside with dotted line; run 2: small label above a framed box."""
    if run == 1:
        pg.text(x, y, label, font, 8.5, "#111111")
        lx = x + pg.width_of(label, font, 8.5) + 2
        pg.line(lx, y + 0.8, x + w, y + 0.8, color="#777777", lw=0.2, dash=0.6)
        sl.add(kind="text", name=name, x=lx + 1, y=y - 4.6, w=x + w - lx - 1, h=5.2, value=value)
    else:
        pg.text(x, y - 4.2, label, font, 7, "#333333")
        pg.rect(x, y - 2.8, w, 6.6, stroke="#555555", lw=0.2)
        sl.add(kind="text", name=name, x=x + 1.2, y=y - 2.2, w=w - 2.4, h=5.4, value=value)


def page1(pg, run, v):
    sl = Slots()
    f = "sans" if run == 1 else "carlito"
    fb = f + "-b"
    pg.text(12, 15, "l'Assurance", fb, 13, BLUE)
    pg.text(12, 21, "Maladie", fb, 13, BLUE)
    pg.rect(160, 9, 38, 13, stroke="#000000", lw=0.35)
    pg.text(163, 14.2, "cerfa", "sans-b", 9)
    pg.text(163, 19.5, "N° 15763*02", "sans", 8.5)
    pg.text(
        105, 31, "Demande d'ouverture des droits à l'assurance maladie", fb, 13.5, align="center"
    )
    pg.text(105, 37, "Protection universelle maladie (PUMa)", f, 10.5, align="center")
    y = pg.wrap(
        12,
        44,
        (
            "Vous travaillez ou résidez en France de manière stable et régulière : remplissez ce "
            "formulaire pour que vos frais de santé soient pris en charge. Joignez les pièces "
            "justificatives demandées en page 2 et adressez le tout à la caisse d'assurance maladie "
            "de votre lieu de résidence."
        ),
        f,
        7.2,
        186,
        color="#333333",
    )
    pg.text(
        12,
        y + 0.5,
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du code "
        "de la sécurité sociale.",
        f,
        6.5,
        "#555555",
    )
    y = 60
    _bar(pg, run, y, "A", "VOUS")
    dy = 10 if run == 1 else 11.5
    y += 15
    _field(pg, sl, run, "nom_naissance", "Nom de naissance", 12, y, 186, v["surname"], f)
    y += dy
    _field(pg, sl, run, "nom_usage", "Nom d'usage (facultatif)", 12, y, 186, v["usage"], f)
    y += dy
    _field(pg, sl, run, "prenoms", "Prénom(s)", 12, y, 186, v["given"], f)
    y += 9
    pg.text(12, y + 3, "Sexe", f, 8.5)
    pg.text(24, y + 3, "F", f, 8.5)
    _box(pg, sl, "sexe_f", 28, y, checked=v["sex"] == "F")
    pg.text(36, y + 3, "M", f, 8.5)
    _box(pg, sl, "sexe_m", 41, y, checked=v["sex"] == "M")
    pg.text(60, y + 3, "Date de naissance", f, 8.5)
    d = v["dob"]
    x = _comb(pg, sl, "dn_jour", 88, y - 1.5, 2, value=f"{d.day:02d}")
    x = _comb(pg, sl, "dn_mois", x + 3, y - 1.5, 2, value=f"{d.month:02d}")
    _comb(pg, sl, "dn_annee", x + 3, y - 1.5, 4, value=f"{d.year}")
    pg.text(88, y + 8.4, "jour", f, 6, "#555555")
    pg.text(101, y + 8.4, "mois", f, 6, "#555555")
    pg.text(115, y + 8.4, "année", f, 6, "#555555")
    y += 17 if run == 1 else 18
    _field(
        pg, sl, run, "lieu_naissance", "Lieu de naissance (commune, pays)", 12, y, 120, v["pob"], f
    )
    _field(pg, sl, run, "nationalite", "Nationalité", 138, y, 60, v["nat"], f)
    y += 9
    pg.text(12, y + 3, "N° de sécurité sociale (si vous en avez un)", f, 8.5)
    x = _comb(pg, sl, "nir", 80, y - 1.5, 13, cw=4.6, value="")
    _comb(pg, sl, "nir_cle", x + 3, y - 1.5, 2, cw=4.6, value="")
    y += 10
    pg.text(12, y + 3, "N° d'allocataire CAF (si vous en avez un)", f, 8.5)
    _comb(pg, sl, "caf", 80, y - 1.5, 7, cw=4.6, value="")
    y += 14 if run == 1 else 15
    _field(pg, sl, run, "adresse", "Adresse", 12, y, 186, v["addr"], f)
    y += 10 if run == 1 else 11
    pg.text(12, y + 3, "Code postal", f, 8.5)
    _comb(pg, sl, "code_postal", 32, y - 1.5, 5, value=v["cp"])
    _field(pg, sl, run, "commune", "Commune", 64, y + 3, 134, v["city"], f)
    y += 13 if run == 1 else 14
    _field(pg, sl, run, "telephone", "Téléphone", 12, y, 70, v["tel"], f)
    _field(pg, sl, run, "email", "E-mail", 88, y, 110, v["email"], f)
    y += 9
    _bar(pg, run, y, "B", "VOTRE SITUATION")
    y += 13
    sit = v["situation"]
    pg.text(12, y - 3.5, "Cochez la case correspondant à votre situation :", f, 7.5, "#333333")
    _box(pg, sl, "sit_salarie", 12, y, checked=sit == "salarie")
    pg.text(18, y + 3, "Vous exercez une activité salariée en France", f, 8.5)
    y += 6.5
    pg.text(18, y + 3, "type de contrat :", f, 8)
    xx = 44
    for c in ("CDI", "CDD", "Intérim", "Autre"):
        _box(
            pg,
            sl,
            "contrat_" + c.lower().replace("é", "e"),
            xx,
            y,
            3.2,
            checked=v.get("contract") == c,
        )
        pg.text(xx + 4.5, y + 2.8, c, f, 8)
        xx += 20
    y += 9
    _field(pg, sl, run, "emploi", "Emploi occupé", 18, y + 3, 120, v.get("job", ""), f)
    y += 9
    for key, lab in (
        ("independant", "Vous exercez une activité indépendante"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            (
                "Vous êtes sans activité et résidez en France de manière "
                "stable et régulière depuis plus de trois mois"
            ),
        ),
    ):
        _box(pg, sl, "sit_" + key, 12, y, checked=sit == key)
        pg.text(18, y + 3, lab, f, 8.5)
        y += 6.5
    _box(pg, sl, "sit_autre", 12, y, checked=sit == "autre")
    pg.text(18, y + 3, "Autre situation", f, 8.5)
    y += 11
    _field(pg, sl, run, "autre_precision", "précisez", 18, y, 120, "", f)
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", f, 7, "#555555", align="center")
    return sl


def page2(pg, run, v):
    sl = Slots()
    f = "sans" if run == 1 else "carlito"
    fb = f + "-b"
    y = 16
    _bar(pg, run, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = pg.wrap(
        12,
        y + 15,
        (
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
            "m'engage à signaler à ma caisse tout changement de situation. La loi rend passible "
            "d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
            "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal)."
        ),
        f,
        8.5,
        186,
    )
    y += 6
    pg.text(12, y, "Fait à", f, 9)
    pg.line(24, y + 0.8, 100, y + 0.8, color="#777777", lw=0.2, dash=0.6)
    sl.add(kind="text", name="fait_a", x=25, y=y - 4.6, w=74, h=5.2, value=v["place"])
    pg.text(106, y, "le", f, 9)
    pg.line(112, y + 0.8, 160, y + 0.8, color="#777777", lw=0.2, dash=0.6)
    sl.add(kind="text", name="date_signature", x=113, y=y - 4.6, w=46, h=5.2, value=v["date"])
    y += 8
    if run == 1:
        pg.text(12, y + 3, "Signature", fb, 9)
        sy = y + 6
    else:
        sy = y + 2
    pg.rect(12, sy, 90, 30, stroke="#333333", lw=0.35)
    if run == 2:
        pg.text(14, sy + 4, "Signature", f, 8, "#9a9a9a")
    sl.add(kind="sig", name="signature", x=16, y=sy + 6, w=70, h=22, value=v["signer"])
    y = sy + 42
    _bar(pg, run, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y += 14
    for item in (
        "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
        (
            "une photocopie de votre titre de séjour, de votre visa long séjour valant titre de "
            "séjour (VLS-TS) ou de votre récépissé de demande ;"
        ),
        "une copie intégrale de votre acte de naissance ou un extrait avec filiation ;",
        (
            "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
            "factures successives, ou attestation d'hébergement avec ses justificatifs) ;"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ):
        pg.text(14, y, "•", f, 9)
        y = pg.wrap(19, y, item, f, 8.5, 178) + 1.8
    y += 6
    pg.rect(12, y, 186, 34, stroke="#777777", fill="#f1f1f1", lw=0.3)
    pg.text(15, y + 5, "Cadre réservé à l'organisme", fb, 8.5, "#444444")
    pg.text(15, y + 14, "Date de réception :", f, 8, "#444444")
    pg.text(15, y + 22, "Pièces vérifiées :   oui  /  non", f, 8, "#444444")
    pg.text(110, y + 14, "Matricule agent :", f, 8, "#444444")
    pg.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", f, 7, "#555555", align="center")
    return sl


def fill(
    pg, sl, rng, way, hfont="h-dkg", ink="blue", typed_font="mono", sign_ok=True, hand_date=False
):
    """way: 'hand' or 'typed' (typed on screen, printed; signed by hand)."""
    for it in sl.items:
        k, val = it["kind"], it["value"]
        if k == "sig":
            if sign_ok and val:
                sign(pg, rng, it["x"], it["y"], it["w"], it["h"], val, ink)
            continue
        if not val:
            continue
        if k == "check":
            s = it["s"]
            if way == "hand":
                pg.line(
                    it["x"] + 0.4,
                    it["y"] + 0.3,
                    it["x"] + s + 0.5,
                    it["y"] + s - 0.2,
                    color="#1c2a78",
                    lw=0.45,
                )
                pg.line(
                    it["x"] + s - 0.2,
                    it["y"] + 0.1,
                    it["x"] + 0.3,
                    it["y"] + s + 0.3,
                    color="#1c2a78",
                    lw=0.45,
                )
            else:
                pg.text(it["x"] + s / 2, it["y"] + s - 0.5, "X", "sans-b", 9, align="center")
        elif k == "comb":
            for i, ch in enumerate(val):
                cx = it["x"] + (i + 0.5) * it["cw"]
                by = it["y"] + it["ch"] - 1.4
                if way == "hand":
                    hand(pg, rng, cx - 1.4, by, ch, hfont, 11, ink)
                else:
                    pg.text(cx, by, ch, typed_font, 10, align="center")
        else:
            by = it["y"] + it["h"] - 0.9
            if way == "hand" or (hand_date and it["name"] == "date_signature"):
                hand(pg, rng, it["x"] + 1, by, val, hfont, 11, ink)
            else:
                pg.text(it["x"] + 1, by, val, typed_font, 10)


def acroform(c, sl, rng, sig_image=None, h_mm=297):
    """Fillable-PDF fields (values with appearance streams) + pasted signature image."""
    af = c.acroForm
    for it in sl.items:
        x, y = it["x"] * MM, (h_mm - it["y"]) * MM
        if it["kind"] == "check":
            s = it["s"] * MM
            af.checkbox(
                name=it["name"],
                x=x,
                y=y - s,
                size=s,
                checked=bool(it["value"]),
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
                borderColor=None,
            )
        elif it["kind"] == "comb":
            w, h = it["cw"] * MM, it["ch"] * MM
            for i in range(it["n"]):
                ch = it["value"][i] if i < len(it["value"]) else ""
                af.textfield(
                    name=f"{it['name']}_{i + 1}",
                    value=ch,
                    x=x + i * w + 1.2 * MM,
                    y=y - h,
                    width=w - 1.4 * MM,
                    height=h,
                    maxlen=1,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                )
        elif it["kind"] == "text":
            w, h = it["w"] * MM, it["h"] * MM
            af.textfield(
                name=it["name"],
                value=it["value"],
                x=x,
                y=y - h,
                width=w,
                height=h,
                borderWidth=0,
                fillColor=None,
                fontName="Helvetica",
                fontSize=10,
            )
        elif it["kind"] == "sig" and sig_image is not None:
            import io

            from reportlab.lib.utils import ImageReader

            buf = io.BytesIO()
            sig_image.save(buf, "PNG")
            buf.seek(0)
            c.drawImage(
                ImageReader(buf), x, y - it["h"] * MM, it["w"] * MM, it["h"] * MM, mask="auto"
            )
