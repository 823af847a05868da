"""Layouts for set_dk: the form, identity and civil-status documents."""

from dk_draw import Doc, hand, photo, signature, stamp, tick, width

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()
MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC"
MON = MON.split()
MES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
MES = MES.split()
MONTHS = "January February March April May June July August September October November December"
MONTHS = MONTHS.split()


def fr(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def words(iso, months=MOIS):
    return f"{int(iso[8:10])} {months[int(iso[5:7]) - 1]} {iso[0:4]}"


def dmy3(iso):
    return f"{iso[8:10]} {MON[int(iso[5:7]) - 1]} {iso[0:4]}"


BLUE = (0, 82, 155)
GREY = (110, 110, 110)


# ---------------------------------------------------------------- cerfa 15763*02
def form(d, rng, fill="hand", run=0):
    """Two pages of the PUMa application form; d holds the applicant's answers."""
    p1, p2 = Doc(), Doc()
    lf, lfb = ("sans", "sansb") if run == 0 else ("carl", "carlb")
    ink = (20, 30, 100) if rng.random() < 0.6 else (15, 15, 20)

    def val(doc, x, y, s, size=10.5, comb=None):
        if not s:
            return
        if fill == "hand":
            hand(doc, x, y, s, rng, 14.5 if run == 0 else 13.5, "h3", ink, comb)
        elif comb:
            for ch, cx in zip(s, comb):
                doc.text(cx, y, ch, "mono", 10.5, (0, 0, 0), "c")
        else:
            doc.text(x, y, s, "dv", size)

    for p, n in ((p1, 1), (p2, 2)):
        p.text(15, 18, "l'Assurance", lfb, 13, BLUE)
        p.text(15, 24, "Maladie", lfb, 13, BLUE)
        p.text(195, 290, f"S1106 — cerfa n° 15763*02 — page {n}/2", lf, 7, GREY, "r")
    p1.rect(160, 10, 35, 12, 0.4)
    p1.text(177.5, 15, "cerfa", lfb, 9, (0, 0, 0), "c")
    p1.text(177.5, 20, "N° 15763*02", lf, 8, (0, 0, 0), "c")
    p1.text(105, 36, "Demande d'ouverture des droits à l'assurance maladie", lfb, 13, BLUE, "c")
    p1.text(105, 42, "Protection universelle maladie (PUMa)", lf, 10.5, (0, 0, 0), "c")
    p1.text(15, 49, "Remplissez ce formulaire si vous résidez en France de manière stable et "
            "régulière et n'êtes pas encore affilié(e) à un régime d'assurance maladie.",
            lf, 6.5, GREY)  # fmt: skip
    p1.text(15, 53, "Articles L. 160-1, L. 160-5, L. 160-7 et R. 111-2 du code de la sécurité "
            "sociale.", lf, 6.5, GREY)  # fmt: skip

    def section(p, y, title):
        if run == 0:
            p.rect(15, y - 5.2, 180, 7, 0, fill=BLUE)
            p.text(17, y, title, lfb, 10, (255, 255, 255))
        else:
            p.text(15, y, title, lfb, 11, BLUE)
            p.line(15, y + 1.5, 195, y + 1.5, 0.5, BLUE)

    def field(p, y, lab, x=15, x2=195):
        p.text(x, y, lab, lf, 8.5)
        fx = x + width(lab, lf, 8.5) + 2.5
        if run == 0:
            p.line(fx, y + 1.2, x2, y + 1.2, 0.15, GREY)
        else:
            p.rect(fx, y - 4.8, x2 - fx, 6.5, 0.2, GREY)
        return fx + 1.5

    def comb(p, x, y, n, groups=()):
        xs, cx = [], x
        for i in range(n):
            if i in groups:
                cx += 2.5
            p.rect(cx, y - 5, 5, 6.5, 0.2, (60, 60, 60))
            xs.append(cx + 2.5)
            cx += 5
        return xs

    section(p1, 64, "A  VOUS")
    y = 76
    val(p1, field(p1, y, "Nom de naissance"), y, d["surname"])
    y += 10
    val(p1, field(p1, y, "Nom d'usage (facultatif)"), y, d.get("usage", ""))
    y += 10
    val(p1, field(p1, y, "Prénom(s)"), y, d["given"])
    y += 10
    p1.text(15, y, "Sexe", lf, 8.5)
    for i, s in enumerate("FM"):
        p1.text(30 + i * 16, y, s, lf, 8.5)
        p1.rect(35 + i * 16, y - 3.8, 4, 4, 0.25)
        if d["sex"] == s:
            if fill == "hand":
                tick(p1, 35 + i * 16, y - 3.8, 4, rng, ink, cross=True)
            else:
                p1.text(37 + i * 16, y - 0.6, "X", "sansb", 9, (0, 0, 0), "c")
    p1.text(80, y, "Date de naissance (JJ MM AAAA)", lf, 8.5)
    xs = comb(p1, 80 + width("Date de naissance (JJ MM AAAA)", lf, 8.5) + 3, y, 8, (2, 4))
    dob = d["dob"]
    val(p1, 0, y, dob[8:10] + dob[5:7] + dob[0:4], comb=xs)
    y += 10
    val(p1, field(p1, y, "Lieu de naissance : commune", x2=130), y, d["birth_place"])
    val(p1, field(p1, y, "pays", x=134), y, d["birth_country"])
    y += 10
    val(p1, field(p1, y, "Nationalité"), y, d["nationality"])
    y += 10
    lab = "N° de sécurité sociale (si vous en avez un)"
    p1.text(15, y, lab, lf, 8.5)
    xs = comb(p1, 15 + width(lab, lf, 8.5) + 3, y, 15, (1, 3, 5, 7, 10, 13))
    if d.get("nir"):
        val(p1, 0, y, d["nir"], comb=xs)
    y += 10
    field(p1, y, "N° d'allocataire CAF (si vous en avez un)", x2=120)
    y += 10
    val(p1, field(p1, y, "Adresse"), y, d["street"])
    y += 10
    val(p1, field(p1, y, "Code postal", x2=60), y, d["cp"])
    val(p1, field(p1, y, "Commune", x=64), y, d["city"])
    y += 10
    val(p1, field(p1, y, "Téléphone", x2=85), y, d.get("phone", ""))
    val(p1, field(p1, y, "E-mail", x=89), y, d.get("email", ""), 9.5)

    section(p1, 186, "B  VOTRE SITUATION")
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        ("sans_activite", ("Vous êtes sans activité et résidez en France de manière stable "
          "depuis plus de trois mois")),
        ("autre", "Autre situation (précisez) :"),
    ]  # fmt: skip
    y = 197
    for key, lab in opts:
        p1.rect(15, y - 3.8, 4, 4, 0.25)
        if key != "autre":
            p1.text(22, y, lab, lf, 8.5)
        if d["situation"] == key:
            if fill == "hand":
                tick(p1, 15, y - 3.8, 4, rng, ink)
            else:
                p1.text(17, y - 0.6, "X", "sansb", 9, (0, 0, 0), "c")
        if key == "salarie":
            y += 8
            p1.text(22, y, "Type de contrat :", lf, 8)
            cx = 22 + width("Type de contrat :", lf, 8) + 3
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                p1.rect(cx, y - 3.5, 3.5, 3.5, 0.25)
                p1.text(cx + 5, y, ct, lf, 8)
                if d.get("contract") == ct:
                    if fill == "hand":
                        tick(p1, cx, y - 3.5, 3.5, rng, ink, cross=True)
                    else:
                        p1.text(cx + 1.75, y - 0.5, "X", "sansb", 8, (0, 0, 0), "c")
                cx += 8 + width(ct, lf, 8) + 4
            y += 8
            val(p1, field(p1, y, "Emploi occupé", x=22, x2=150), y, d.get("job", ""), 9.5)
        if key == "autre":
            val(p1, field(p1, y, lab, x=22), y, d.get("other", ""))
        y += 10

    # page 2
    section(p2, 40, "C  VOS ENGAGEMENTS ET SIGNATURE")
    for i, s in enumerate((
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement de situation.",
        ("La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable "
         "de fraudes ou de fausses déclarations"),
        "(articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
    )):  # fmt: skip
        p2.text(15, 50 + i * 5, s, lf, 8.5 if i < 2 else 7.5)
    y = 78
    val(p2, field(p2, y, "Fait à", x2=100), y, d["place"])
    val(p2, field(p2, y, "le", x=106, x2=160), y, d["date_text"])
    p2.text(15, 90, "Signature", lfb, 9)
    p2.rect(15, 93, 90, 32, 0.4)
    if d.get("signed", True):
        signature(p2, 25, 98, 60, 22, rng, ink)
    section(p2, 145, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for i, s in enumerate((
        "- une pièce d'identité (passeport, carte nationale d'identité) ;",
        "- pour les personnes de nationalité étrangère hors UE/EEE/Suisse : titre de séjour,",
        "  VLS-TS ou récépissé de demande ;",
        "- un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        "- un justificatif de résidence en France depuis plus de trois mois (bail, factures,",
        "  attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
        "- un relevé d'identité bancaire (RIB) à votre nom ;",
        "- si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    )):  # fmt: skip
        p2.text(15, 156 + i * 5.2, s, lf, 8.5)
    p2.rect(15, 210, 180, 40, 0.3, GREY)
    p2.text(18, 216, "Cadre réservé à l'organisme", lfb, 8.5, GREY)
    p2.text(18, 226, "Date de réception :", lf, 8, GREY)
    p2.text(18, 236, "Pièces vérifiées :", lf, 8, GREY)
    p2.text(110, 226, "Matricule agent :", lf, 8, GREY)
    return [p1, p2]


# ---------------------------------------------------------------- passport data page
def passport(d, rng, mrz, bg=(226, 232, 214), head=("", "PASSPORT"), dfmt=dmy3):
    p = Doc(125, 88, bg)
    for i in range(0, 88, 4):
        p.line(0, i, 125, i + 6, 0.1, tuple(max(0, c - 14) for c in bg))
    p.text(62, 6, head[0], "sansb", 7.5, (40, 40, 60), "c")
    p.text(62, 10.5, head[1], "sans", 6.5, (40, 40, 60), "c")
    photo(p, 5, 15, 30, 38, rng, d.get("skin", (165, 120, 90)))
    x = 40
    rows = [
        [("Type", "P"), ("Code", d["issuer"]), (d.get("no_label", "Passport No."), d["number"])],
        [(d.get("sn_label", "Surname / Nom"), d["surname"])],
        [(d.get("gn_label", "Given names / Prénoms"), d["given"])],
        [("Nationality / Nationalité", d["nat_text"])],
        [("Date of birth / Date de naissance", dfmt(d["dob"])), ("Sex / Sexe", d["sex"])],
        [("Place of birth / Lieu de naissance", d["pob"])],
        [("Date of issue / Date de délivrance", dfmt(d["issued"]))],
        [("Date of expiry / Date d'expiration", dfmt(d["expiry"]))],
    ]
    y = 17
    for row in rows:
        cx = x
        for lab, v in row:
            p.text(cx, y, lab, "sans", 4.6, (70, 70, 90))
            p.text(cx, y + 3.4, v, "sansb", 7.2, (10, 10, 20))
            cx += max(width(lab, "sans", 4.6), width(v, "sansb", 7.2)) + 5
        y += 7.0
    p.text(120, 17, d["number"], "sansb", 8, (150, 20, 30), "r")
    signature(p, 6, 55, 26, 10, rng, (20, 20, 40))
    for i, ln in enumerate(mrz):
        p.text(3.5, 76 + i * 6.3, ln, "mono", 11.4, (10, 10, 10))
    return p


def visa(d, rng, mrz):
    p = Doc(125, 88, (232, 228, 214))
    p.rect(5, 4, 115, 80, 0.2, (120, 150, 140), (214, 236, 228))
    for i in range(6, 84, 3):
        p.line(5, i, 120, i - 3, 0.1, (190, 215, 205))
    photo(p, 8, 18, 26, 33, rng, d.get("skin", (165, 120, 90)))
    p.text(62, 9, "VISA", "sansb", 9, (30, 60, 50), "c")
    p.text(117, 9, d["visa_no"], "sansb", 9, (180, 20, 20), "r")
    rows = [
        [("VALABLE POUR", "FRANCE")],
        [("DU", fr(d["from"]).replace("/", "-")), ("AU", fr(d["until"]).replace("/", "-"))],
        [("TYPE DE VISA", "D"), ("NOMBRE D'ENTRÉES", "MULT"), ("DURÉE DE SÉJOUR", d["days"])],
        [("DÉLIVRÉ À", d["post"]), ("LE", fr(d["issued"]).replace("/", "-"))],
        [("NUMÉRO DE PASSEPORT", d["passport_no"])],
        [("NOM, PRÉNOM", f"{d['surname']}, {d['given']}")],
        [("REMARQUES", d["remarks"])],
    ]
    y = 16
    for row in rows:
        cx = 37
        for lab, v in row:
            p.text(cx, y, lab, "sans", 4.6, (50, 70, 60))
            p.text(cx + width(lab, "sans", 4.6) + 1.5, y, v, "sansb", 6.6, (10, 10, 10))
            cx += width(lab, "sans", 4.6) + width(v, "sansb", 6.6) + 5
        y += 6.5
    stamp(p, 100, 57, 9, "CONSULAT GENERAL", [d["post"][:10]], (90, 60, 140))
    for i, ln in enumerate(mrz):
        p.text(3.5, 76 + i * 6.3, ln, "mono", 11.4, (10, 10, 10))
    return p


def card(d, rng, mrz, side):
    """French titre de séjour (ID-1), front or back."""
    c = Doc(85.6, 54, (222, 230, 238))
    for i in range(0, 86, 3):
        c.line(i, 0, i + 10, 54, 0.08, (200, 212, 226))
    if side == "front":
        c.rect(0, 0, 85.6, 7, 0, fill=(0, 38, 120))
        c.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (255, 255, 255))
        c.text(83, 4.8, "TITRE DE SÉJOUR", "sansb", 6, (255, 255, 255), "r")
        photo(c, 3, 10, 22, 28, rng, d.get("skin", (165, 120, 90)))
        c.text(82, 11, d["number"], "sansb", 6.5, (160, 20, 30), "r")
        y = 12
        for lab, v in (
            ("NOM", d["surname"]),
            ("Prénoms", d["given"]),
            ("Sexe / Nationalité", f"{d['sex']}   {d['nat']}"),
            ("Date de naissance", fr(d["dob"])),
            ("Titre", d["title"]),
            ("Fin de validité", fr(d["expiry"])),
        ):
            c.text(28, y, lab, "sans", 3.8, (60, 70, 90))
            c.text(28, y + 3.1, v, "sansb", 5.6, (10, 10, 20))
            y += 6.6
        signature(c, 4, 40, 20, 9, rng, (20, 20, 40))
    else:
        y = 6
        for lab, v in (
            ("Adresse", d["address1"]),
            ("", d["address2"]),
            ("Lieu de naissance", d["pob"]),
            ("Remarques", d["remarks"]),
            ("Délivré le", fr(d["issued"])),
        ):
            c.text(3, y, lab, "sans", 3.8, (60, 70, 90))
            c.text(3 + (width(lab, "sans", 3.8) + 1.5 if lab else 0), y, v, "sansb", 5.2)
            y += 4.8
        for i, ln in enumerate(mrz):
            c.text(3.5, 38.5 + i * 5.5, ln, "mono", 10.2, (10, 10, 10))
    return c


def recepisse(d, rng):
    p = Doc()
    p.text(105, 18, "RÉPUBLIQUE FRANÇAISE", "serifb", 13, (0, 0, 0), "c")
    p.text(105, 24, "Liberté • Égalité • Fraternité", "serifi", 9, (0, 0, 0), "c")
    p.text(105, 34, d["prefecture"], "serifb", 11, (0, 0, 0), "c")
    p.rect(25, 42, 160, 16, 0.5)
    p.text(105, 49, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sansb", 12, (0, 0, 0), "c")
    p.text(105, 55, d["kind"], "sans", 10, (0, 0, 0), "c")
    p.text(185, 66, f"N° {d['number']}", "sansb", 11, (170, 20, 20), "r")
    photo(p, 25, 70, 30, 38, rng, d.get("skin", (165, 120, 90)))
    y = 74
    for lab, v in (
        ("Nom", d["surname"]),
        ("Prénom(s)", d["given"]),
        ("Né(e) le", fr(d["dob"])),
        ("à", d["pob"]),
        ("Nationalité", d["nat_text"]),
        ("Sexe", d["sex"]),
        ("Adresse", d["address"]),
    ):
        p.label(62, y, lab + " :", v, "sans", "sansb", 9.5, 10)
        y += 7.5
    y += 6
    for s in d["body"]:
        p.text(25, y, s, "sans", 9.5)
        y += 6
    y += 4
    p.label(25, y, "Valable du :", fr(d["from"]), "sans", "sansb", 10)
    p.label(95, y, "au :", fr(d["until"]), "sans", "sansb", 10)
    y += 14
    p.text(120, y, f"Fait à {d['city']}, le {fr(d['from'])}", "sans", 9.5)
    p.text(120, y + 6, "Pour le préfet et par délégation", "sans", 8.5)
    stamp(p, 70, y + 20, 15, "PREFECTURE " + d["dept"], ["SERVICE DES", "ÉTRANGERS"])
    signature(p, 130, y + 10, 45, 18, rng, (15, 15, 60))
    p.text(105, 285, "Ce récépissé doit être présenté avec le passeport en cours de validité.",
           "sans", 7.5, GREY, "c")  # fmt: skip
    return p


# ---------------------------------------------------------------- apostille (Hague model)
APO = {
    "fr": ["Pays :", "Le présent acte public a été signé par", "agissant en qualité de",
           "est revêtu du sceau / timbre de", "à", "le", "par", "sous n°",
           "Sceau / timbre :", "Signature :", "Attesté"],
    "es": ["País:", "El presente documento público ha sido firmado por",
           "quien actúa en calidad de", "y está revestido del sello / timbre de", "en", "el día",
           "por", "bajo el número", "Sello / timbre:", "Firma:", "Certificado"],
    "en": ["Country:", "This public document has been signed by", "acting in the capacity of",
           "bears the seal / stamp of", "at", "the", "by", "No", "Seal / stamp:",
           "Signature:", "Certified"],
}  # fmt: skip


def apostille(a, rng, lang="fr", doc=None, y0=20):
    p = doc or Doc()
    L = APO[lang]
    p.rect(30, y0, 150, 125, 0.6)
    p.text(105, y0 + 11, "APOSTILLE", "serifb", 16, (0, 0, 0), "c")
    p.text(105, y0 + 17, "(Convention de La Haye du 5 octobre 1961)", "serifi", 9, (0, 0, 0),
           "c")  # fmt: skip
    y = y0 + 27
    items = [
        (1, L[0], a["country"]),
        (2, L[1], a["signer"]),
        (3, L[2], a["capacity"]),
        (4, L[3], a["seal_of"]),
    ]
    for n, lab, v in items:
        p.text(35, y, f"{n}.", "serif", 9.5)
        p.text(41, y, lab, "serif", 9.5)
        p.text(41 + width(lab, "serif", 9.5) + 2, y, v, "serifb", 9.5)
        y += 8
    p.text(105, y, L[10], "serifb", 10, (0, 0, 0), "c")
    y += 8
    p.label(35, y, f"5. {L[4]}", a["place"], "serif", "serifb", 9.5)
    p.label(110, y, f"6. {L[5]}", fr(a["date"]), "serif", "serifb", 9.5)
    y += 8
    p.label(35, y, f"7. {L[6]}", a["by"], "serif", "serifb", 9.5)
    y += 8
    p.label(35, y, f"8. {L[7]}", a["number"], "serif", "serifb", 9.5)
    y += 10
    p.text(35, y, f"9. {L[8]}", "serif", 9.5)
    p.text(110, y, f"10. {L[9]}", "serif", 9.5)
    stamp(p, 65, y + 17, 13, a["ring"], a["centre"], (60, 40, 130))
    signature(p, 112, y + 5, 50, 18, rng, (20, 20, 60))
    return p


def translator_block(p, y, rng, name, court):
    p.text(20, y, "Traduction certifiée conforme à l'original rédigé en langue espagnole.",
           "serifi", 10)  # fmt: skip
    p.text(20, y + 6, f"{name}, traductrice-interprète expert près la {court}.", "serif", 10)
    stamp(p, 60, y + 30, 16, "TRADUCTEUR EXPERT " + court.upper()[:14], [name.split()[-1],
          "ESPAGNOL"], (20, 60, 140))  # fmt: skip
    signature(p, 110, y + 18, 50, 20, rng, (20, 20, 70))
