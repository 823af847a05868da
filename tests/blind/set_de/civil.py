"""Civil documents: the S1106 form, birth certificates, apostilles, legalisations,
translation, handwritten attestation d'hébergement."""

from ids import fmt_date
from kit import Page, signature, stamp_round, text_metrics

INK = (25, 45, 130)
BLACK = (0, 0, 0)
GREY = (90, 90, 90)


def _box(pg, x, y, w, h, label, value, vf, vs, vc, rng, hand):
    pg.rect(x, y, w, h, 0.25, BLACK)
    pg.text(x + 1.2, y + 2.9, label, "sans", 5.6, GREY)
    if value:
        dx = rng.uniform(1.5, 4) if hand else 1.6
        base = y + h - 2.0
        if hand:  # keep the pen inside the cell: below the label, above the bottom line
            asc, desc = text_metrics(vf, vs, value)[1:]
            base = max(y + 3.6 + asc, y + h - desc - 0.4)
        pg.text(x + dx, base, value, vf, vs, vc)


def _tick(pg, x, y, rng, hand):
    if hand:
        pg.poly([(x + 0.6, y + 0.8), (x + 2.2, y + 3.0 + rng.uniform(-0.2, 0.2))], 0.45, INK)
        pg.poly([(x + 2.2, y + 3.0), (x + 4.6, y - 0.6)], 0.45, INK)
    else:
        pg.poly([(x + 0.6, y + 0.6), (x + 2.9, y + 2.9)], 0.35, BLACK)
        pg.poly([(x + 2.9, y + 0.6), (x + 0.6, y + 2.9)], 0.35, BLACK)


def s1106(a, rng, hand, situation, typed_font="courier"):
    """Demande d'ouverture des droits à l'assurance maladie (cerfa 15763*02, S1106)."""
    vf, vs, vc = (
        (a.get("hand_font", "hand1"), a.get("hand_size", 12), INK)
        if hand
        else (typed_font, 9.5, BLACK)
    )
    p1 = Page()
    p1.rect(12, 10, 26, 14, 0.4, BLACK)
    p1.text(14, 16, "cerfa", "serifb", 11, BLACK)
    p1.text(14, 21.5, "N° 15763*02", "sans", 6, BLACK)
    p1.text(198, 14, "S 1106", "sansb", 9, BLACK, anchor="r")
    p1.text(198, 19, "l'Assurance Maladie", "sansb", 7, (0, 90, 170), anchor="r")
    p1.text(105, 33, "Demande d'ouverture des droits", "sansb", 14, BLACK, anchor="m")
    p1.text(105, 39.5, "à l'assurance maladie", "sansb", 14, BLACK, anchor="m")
    p1.text(
        105,
        45,
        "Protection universelle maladie (articles L. 160-1 et L. 160-5 du code de la "
        "sécurité sociale)",
        "sans",
        6.5,
        GREY,
        anchor="m",
    )
    p1.rect(12, 49, 186, 6, 0, None, fill=(220, 226, 236))
    p1.text(
        14, 53.3, "A  -  VOUS (la personne qui demande l'ouverture des droits)", "sansb", 8, BLACK
    )
    y = 57
    _box(p1, 12, y, 93, 10, "Nom de naissance", a["form_surname"], vf, vs, vc, rng, hand)
    _box(
        p1, 105, y, 93, 10, "Nom d'usage (s'il y a lieu)", a.get("usage", ""), vf, vs, vc, rng, hand
    )
    y += 10
    _box(p1, 12, y, 186, 10, "Prénom(s)", a["form_given"], vf, vs, vc, rng, hand)
    y += 10
    _box(
        p1,
        12,
        y,
        50,
        10,
        "Date de naissance (jj/mm/aaaa)",
        fmt_date(a["dob"], "fr"),
        vf,
        vs,
        vc,
        rng,
        hand,
    )
    _box(
        p1, 62, y, 86, 10, "Lieu de naissance (commune, pays)", a["pob_form"], vf, vs, vc, rng, hand
    )
    _box(p1, 148, y, 50, 10, "Nationalité", a["nat_word"], vf, vs, vc, rng, hand)
    y += 10
    _box(
        p1, 12, y, 186, 10, "Adresse (n°, rue, bâtiment, étage)", a["street"], vf, vs, vc, rng, hand
    )
    y += 10
    _box(p1, 12, y, 40, 10, "Code postal", a["zip"], vf, vs, vc, rng, hand)
    _box(p1, 52, y, 146, 10, "Commune", a["city"], vf, vs, vc, rng, hand)
    y += 10
    _box(
        p1,
        12,
        y,
        110,
        10,
        "Numéro de sécurité sociale (si vous en avez un)",
        "",
        vf,
        vs,
        vc,
        rng,
        hand,
    )
    _box(p1, 122, y, 76, 10, "N° d'allocataire CAF (le cas échéant)", "", vf, vs, vc, rng, hand)
    y += 10
    _box(p1, 12, y, 93, 10, "Téléphone", a.get("phone", ""), vf, vs, vc, rng, hand)
    _box(p1, 105, y, 93, 10, "Courriel", a.get("email", ""), vf, vs, vc, rng, hand)
    y += 14
    p1.rect(12, y, 186, 6, 0, None, fill=(220, 226, 236))
    p1.text(14, y + 4.3, "B  -  VOTRE SITUATION", "sansb", 8, BLACK)
    y += 11
    opts = [
        ("employed", "Vous exercez une activité salariée"),
        (
            "other",
            "Vous exercez une activité non salariée ou vous êtes dans une autre "
            "situation (précisez)",
        ),
        ("not_employed", "Vous êtes sans activité"),
    ]
    for key, lab in opts:
        p1.rect(14, y - 3.2, 3.6, 3.6, 0.3, BLACK)
        if key == situation:
            _tick(p1, 14, y - 3.2, rng, hand)
        p1.text(20, y, lab, "sans", 7.5, BLACK)
        if key == "employed":
            y += 4
            p1.line(20, y + 7.8, 198, y + 7.8, 0.2, (150, 150, 150))
            p1.text(20, y + 2.2, "Emploi occupé :", "sans", 6.5, GREY)
            p1.text(110, y + 2.2, "Type de contrat (CDI, CDD, intérim...) :", "sans", 6.5, GREY)
            if key == situation:
                p1.text(21, y + 5.9, a["job"], vf, vs * 0.9, vc)
                p1.text(111, y + 5.9, a["contract"], vf, vs * 0.9, vc)
            y += 7
        if key == "other":
            y += 2.5
            p1.line(20, y + 6.5, 198, y + 6.5, 0.2, (150, 150, 150))
            y += 4
        y += 8
    y += 3
    p1.rect(12, y, 186, 6, 0, None, fill=(220, 226, 236))
    p1.text(14, y + 4.3, "C  -  ENGAGEMENT ET SIGNATURE", "sansb", 8, BLACK)
    y += 11
    y = p1.wrap(
        14,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "cette demande. Je m'engage à signaler à ma caisse tout changement dans ma "
        "situation. La loi punit quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        180,
        "sans",
        7,
    )
    y += 5
    p1.text(14, y, "Fait à", "sans", 8, BLACK)
    p1.text(92, y, "le", "sans", 8, BLACK)
    if a.get("form_place"):
        p1.text(25, y - 0.3, a["form_place"], vf, vs, vc)
    if a.get("form_date"):
        p1.text(98, y - 0.3, fmt_date(a["form_date"], "fr"), vf, vs, vc)
    p1.text(140, y, "Signature", "sans", 8, BLACK)
    p1.rect(140, y + 3, 58, 22, 0.25, BLACK)
    if a.get("form_signed", True):
        signature(p1, 146, y + 7, 44, 13, rng, color=INK if hand else (20, 20, 40))
    p1.wrap(
        12,
        282,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle "
        "garantit un droit d'accès et de rectification pour les données vous concernant "
        "auprès de votre organisme d'assurance maladie.",
        186,
        "sans",
        5.5,
        color=GREY,
    )
    p1.text(198, 293, "S1106 - 07/2021", "sans", 5.5, GREY, anchor="r")
    p2 = Page()
    p2.text(14, 20, "Pièces justificatives à joindre à votre demande", "sansb", 11, BLACK)
    y = 30
    for t in [
        "Une photocopie de votre pièce d'identité en cours de validité (passeport ou carte "
        "nationale d'identité pour les ressortissants européens).",
        "Si vous êtes ressortissant d'un État hors Union européenne : un titre de séjour en "
        "cours de validité, ou un visa long séjour valant titre de séjour (VLS-TS), ou le "
        "récépissé de demande.",
        "Une copie intégrale de votre acte de naissance ou un extrait avec filiation (avec "
        "apostille ou légalisation si l'acte est étranger).",
        "Un justificatif de résidence en France depuis plus de trois mois : bail, ou trois "
        "factures successives (énergie, eau, téléphone, internet), ou attestation "
        "d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile "
        "de l'hébergeant.",
        "Un relevé d'identité bancaire (RIB) à votre nom.",
        "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        p2.text(16, y, "•", "sans", 9, BLACK)
        y = p2.wrap(21, y, t, 172, "sans", 8.5) + 3
    p2.text(
        14,
        y + 8,
        "Envoyez votre demande et les pièces à la caisse d'assurance maladie de "
        "votre lieu de résidence.",
        "sans",
        8,
        BLACK,
    )
    return [p1, p2]


def apostille(sp, rng, lang="fr"):
    """Hague-model apostille: title, 10 numbered items, seal and signature."""
    pg = Page(170, 190, bg=(250, 249, 244))
    pg.rect(6, 6, 158, 178, 0.8, (60, 60, 60))
    pg.rect(8, 8, 154, 174, 0.3, (60, 60, 60))
    y = 20
    for ln in sp["head"]:
        pg.text(85, y, ln, "serifb", 8, BLACK, anchor="m")
        y += 5
    if sp.get("head_ar"):
        pg.text(85, y + 1, sp["head_ar"], "arabicb", 10, BLACK, anchor="m", rtl=True)
        y += 7
    pg.text(85, y + 6, "APOSTILLE", "serifb", 16, BLACK, anchor="m")
    pg.text(
        85, y + 12, "(Convention de La Haye du 5 octobre 1961)", "serifi", 8.5, BLACK, anchor="m"
    )
    y += 24
    for i, (lab, val) in enumerate(sp["items"], 1):
        if i == 5:
            pg.text(
                85, y, sp.get("certifie", "Attesté / Certified"), "serifb", 9, BLACK, anchor="m"
            )
            y += 8
        x = pg.text(16, y, f"{i}. {lab}", "serif", 7.5, BLACK)
        if val:
            if x + 3 + pg.width(val, "serifb", 8.5) > 158:
                y += 4.6
                x = 20
            pg.text(x + 3, y, val, "serifb", 8.5, BLACK)
        y += 7.4
    stamp_round(
        pg, 48, 160, 15, sp["seal"], sp["seal_c"], color=sp.get("seal_color", (150, 40, 40))
    )
    signature(pg, 100, 150, 45, 14, rng, color=(20, 20, 60))
    return pg


def legal_stamp(pg, x, y, w, lines, rng, color=(40, 60, 150), sign=True):
    """A rectangular legalisation stamp with a few lines and a signature."""
    h = 6 + len(lines) * 4.4 + (12 if sign else 0)
    pg.rect(x, y, w, h, 0.5, color)
    yy = y + 5
    for ln in lines:
        pg.text(x + 2.5, yy, ln, "condb" if ln.isupper() else "cond", 6.6, color)
        yy += 4.4
    if sign:
        signature(pg, x + w * 0.45, yy - 1, w * 0.45, 10, rng, color=(20, 20, 70))
    return y + h


def haiti_birth(b, rng):
    """'Extrait des Archives' of the Archives nationales d'Haïti (recto) + legalisations (verso)."""
    p = Page(bg=(251, 250, 244))
    p.text(105, 18, "RÉPUBLIQUE D'HAÏTI", "libserifb", 13, BLACK, anchor="m")
    p.text(105, 24, "L'Union fait la Force", "serifi", 8, BLACK, anchor="m")
    p.text(105, 32, "ARCHIVES NATIONALES D'HAÏTI", "libserifb", 12, BLACK, anchor="m")
    p.text(105, 39, "EXTRAIT DES ARCHIVES", "libserifb", 15, BLACK, anchor="m")
    p.text(105, 45, "— Acte de Naissance —", "serifi", 9, BLACK, anchor="m")
    p.text(20, 55, "Registre de l'État Civil de :", "libserif", 10, BLACK)
    p.text(72, 55, b["registry"], "libserifb", 10, BLACK)
    p.text(20, 61, "Année :", "libserif", 10, BLACK)
    p.text(36, 61, b["reg_year"], "libserifb", 10, BLACK)
    p.text(70, 61, "Acte N° :", "libserif", 10, BLACK)
    p.text(88, 61, b["act_no"], "libserifb", 10, BLACK)
    p.text(120, 61, "Folio :", "libserif", 10, BLACK)
    p.text(134, 61, b["folio"], "libserifb", 10, BLACK)
    y = p.wrap(20, 73, b["body"], 170, "libserif", 10.5, lead=1.6)
    y += 6
    rows = [
        ("Nom :", b["surname"]),
        ("Prénoms :", b["given"]),
        ("Sexe :", b["sex_word"]),
        ("Né(e) le :", b["dob_words"]),
        ("À :", b["pob"]),
        ("Père :", b["father"]),
        ("Mère :", b["mother"]),
    ]
    for lab, val in rows:
        p.text(24, y, lab, "libserif", 10, BLACK)
        p.text(58, y, val, "libserifb", 10.5, BLACK)
        y += 6.5
    y = p.wrap(20, y + 6, b["closing"], 170, "libserif", 10, lead=1.5)
    p.text(120, y + 8, "Le Directeur Général", "libserif", 10, BLACK)
    signature(p, 120, y + 11, 50, 14, rng, color=(20, 20, 60))
    stamp_round(
        p,
        60,
        y + 22,
        16,
        "ARCHIVES NATIONALES * HAITI *",
        ["A.N.H.", "DIRECTION"],
        color=(120, 40, 140),
    )
    p.text(20, 280, "Timbre payé — Droit de délivrance : 500 gourdes", "serifi", 7, GREY)
    v = Page(bg=(251, 250, 244))
    yy = legal_stamp(v, 20, 30, 110, b["legal_mae"], rng, color=(30, 60, 140))
    stamp_round(v, 160, 50, 17, "MAE * REPUBLIQUE D'HAITI *", ["LÉGALISATION"], color=(30, 60, 140))
    yy = legal_stamp(v, 60, yy + 25, 130, b["legal_fr"], rng, color=(150, 30, 30))
    stamp_round(
        v, 40, yy + 15, 17, "AMBASSADE DE FRANCE EN HAITI ", ["RF", "CONSULAT"], color=(150, 30, 30)
    )
    return [p, v]


def tunisia_birth(b, rng):
    """Bilingual Arabic/French 'Extrait d'acte de naissance' of a Tunisian municipality."""
    p = Page(bg=(250, 250, 246))
    p.text(190, 16, "الجمهورية التونسية", "arabicb", 13, BLACK, anchor="r", rtl=True)
    p.text(190, 24, "وزارة الداخلية", "arabic", 11, BLACK, anchor="r", rtl=True)
    p.text(190, 31, "بلدية " + b["commune_ar"], "arabic", 11, BLACK, anchor="r", rtl=True)
    p.text(20, 16, "RÉPUBLIQUE TUNISIENNE", "serifb", 10, BLACK)
    p.text(20, 22, "Ministère de l'Intérieur", "serif", 9, BLACK)
    p.text(20, 28, "Commune de " + b["commune"], "serif", 9, BLACK)
    p.text(105, 46, "مضمون من رسم ولادة", "arabicb", 16, BLACK, anchor="m", rtl=True)
    p.text(105, 54, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 12, BLACK, anchor="m")
    p.text(20, 64, "Année : " + b["reg_year"], "serif", 9, BLACK)
    p.text(75, 64, "Numéro de l'acte : " + b["act_no"], "serif", 9, BLACK)
    y = 76
    for fr_lab, ar_lab, val, val_ar in b["rows"]:
        p.line(18, y + 3.5, 192, y + 3.5, 0.2, (160, 160, 160))
        p.text(20, y, fr_lab, "serif", 8.5, GREY)
        p.text(190, y + 0.5, ar_lab, "arabic", 10, GREY, anchor="r", rtl=True)
        p.text(72, y, val, "serifb", 9.5, BLACK)
        if val_ar:
            p.text(150, y + 0.5, val_ar, "arabicb", 11, BLACK, anchor="r", rtl=True)
        y += 9.5
    p.text(20, y + 8, "Mentions marginales : Néant", "serif", 9, BLACK)
    p.text(190, y + 8.5, "التنصيصات الهامشية: لا شيء", "arabic", 10, BLACK, anchor="r", rtl=True)
    p.text(
        20, y + 22, f"Délivré à {b['commune']}, le {fmt_date(b['issued'], 'fr')}", "serif", 9, BLACK
    )
    p.text(190, y + 30, "ضابط الحالة المدنية", "arabic", 11, BLACK, anchor="r", rtl=True)
    p.text(20, y + 30, "L'Officier de l'état civil", "serif", 9, BLACK)
    signature(p, 130, y + 34, 45, 13, rng, color=(20, 30, 80))
    stamp_round(
        p,
        70,
        y + 48,
        16,
        "COMMUNE DE " + b["commune"].upper() + " * ",
        ["ETAT CIVIL"],
        color=(40, 60, 150),
    )
    return p


def vietnam_birth(b, rng):
    """Trích lục khai sinh (bản sao) + consular legalisation page."""
    p = Page(bg=(252, 251, 247))
    p.text(105, 16, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "serifb", 11, BLACK, anchor="m")
    p.text(105, 22, "Độc lập - Tự do - Hạnh phúc", "serifb", 10, BLACK, anchor="m")
    p.line(80, 24.5, 130, 24.5, 0.3)
    p.text(20, 34, b["authority"], "serif", 8.5, BLACK)
    p.text(20, 40, "Số: " + b["act_no"], "serif", 8.5, BLACK)
    p.text(105, 54, "TRÍCH LỤC KHAI SINH", "serifb", 15, BLACK, anchor="m")
    p.text(105, 61, "(BẢN SAO)", "serifb", 10, BLACK, anchor="m")
    y = 74
    for lab, val in b["rows"]:
        x = p.text(20, y, lab + ":", "serif", 9.5, BLACK)
        if x + 2 + p.width(val, "serifb", 10) > 192:
            y += 5.8
            x = 30
        p.text(x + 2, y, val, "serifb", 10, BLACK)
        y += 8
    p.text(120, y + 10, b["place_date"], "serifi", 9, BLACK, anchor="m")
    p.text(120, y + 16, "NGƯỜI KÝ TRÍCH LỤC", "serifb", 9, BLACK, anchor="m")
    signature(p, 100, y + 19, 40, 12, rng, color=(20, 20, 70))
    stamp_round(p, 100, y + 37, 15, "UBND PHƯỜNG LẠCH TRAY * ", ["★"], color=(200, 30, 30))
    p.text(120, y + 58, b["signer"], "serifb", 9.5, BLACK, anchor="m")
    v = Page(bg=(252, 251, 247))
    yy = legal_stamp(v, 25, 40, 120, b["legal_vn"], rng, color=(30, 60, 140))
    yy = legal_stamp(v, 55, yy + 30, 135, b["legal_fr"], rng, color=(150, 30, 30))
    stamp_round(v, 170, 60, 16, "BỘ NGOẠI GIAO * CỤC LÃNH SỰ * ", ["VN"], color=(30, 60, 140))
    stamp_round(v, 40, yy + 18, 16, "AMBASSADE DE FRANCE AU VIETNAM ", ["RF"], color=(150, 30, 30))
    return [p, v]


def translation(t, rng):
    """Traduction certifiée conforme by a sworn translator (expert près la cour d'appel)."""
    p = Page()
    y = 16
    for ln in t["translator"]:
        p.text(18, y, ln, "sans", 8, BLACK)
        y += 4.2
    p.text(105, 48, "TRADUCTION", "sansb", 13, BLACK, anchor="m")
    p.text(105, 54, t["from_lang"], "sans", 8.5, GREY, anchor="m")
    y = 66
    for ln in t["head"]:
        p.text(105, y, ln, "sansb", 9, BLACK, anchor="m")
        y += 5
    y += 4
    for lab, val in t["rows"]:
        x = p.text(20, y, lab + " :", "sans", 9, BLACK)
        if x + 2 + p.width(val, "sansb", 9) > 192:
            y += 5.4
            x = 28
        p.text(x + 2, y, val, "sansb", 9, BLACK)
        y += 7
    y = p.wrap(20, y + 4, t["foot"], 170, "sans", 8.5)
    y = p.wrap(20, y + 8, t["cert"], 170, "sansb", 8.5)
    p.text(130, y + 6, t["signed"], "sans", 8.5, BLACK)
    signature(p, 130, y + 9, 45, 13, rng, color=(20, 30, 100))
    stamp_round(p, 70, y + 24, 17, t["seal"], ["TRADUCTEUR", "EXPERT"], color=(40, 60, 150))
    p.text(105, 288, "Traduction n° " + t["no"] + " — page 1/1", "sans", 7, GREY, anchor="m")
    return p


def hosting_attestation(h, rng):
    """Handwritten 'attestation d'hébergement' on lined notebook paper."""
    p = Page(bg=(252, 252, 248))
    for k in range(26):
        yy = 30 + k * 9
        p.line(0, yy + 1.6, 210, yy + 1.6, 0.15, (170, 190, 225), chk=False)
    p.line(28, 0, 28, 297, 0.25, (225, 120, 120), chk=False)
    f = h.get("font", "hand3")
    y = 30 + 9
    for ln in h["head"]:
        p.text(32, y, ln, f, 12, INK)
        y += 9
    y += 9
    p.text(70, y, "Attestation d'hébergement", f, 17, INK)
    y += 18
    for ln in h["body"]:
        p.text(32 + (10 if ln.startswith(">") else 0), y, ln.lstrip(">"), f, 12, INK)
        y += 9
    y += 9
    p.text(100, y, h["done"], f, 12, INK)
    y += 9
    signature(p, 110, y - 1, 50, 14, rng, color=INK, width=0.5)
    return p


def peru_birth(b, rng):
    """RENIEC 'Acta de nacimiento' (copia certificada), boxed model."""
    p = Page(bg=(250, 250, 247))
    red = (170, 20, 30)
    p.text(105, 15, "REPÚBLICA DEL PERÚ", "sansb", 11, red, anchor="m")
    p.text(
        105,
        21,
        "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL — RENIEC",
        "sans",
        8,
        BLACK,
        anchor="m",
    )
    p.text(105, 31, "ACTA DE NACIMIENTO", "sansb", 14, BLACK, anchor="m")
    p.text(196, 40, "N° " + b["act_no"], "monob", 10, red, anchor="r")
    sections = [
        ("DATOS DEL NACIDO", b["child"]),
        ("DATOS DE LA MADRE", b["mother"]),
        ("DATOS DEL PADRE", b["father"]),
        ("DATOS DEL REGISTRO", b["registry"]),
    ]
    y = 45
    for title, rows in sections:
        p.rect(14, y, 182, 6, 0, None, fill=(215, 220, 228))
        p.text(16, y + 4.3, title, "sansb", 7.5, BLACK)
        y += 6
        for row in rows:
            x = 14
            for lab, val, w in row:
                _box(p, x, y, w, 10, lab, val, "sansb", 9, BLACK, rng, False)
                x += w
            y += 10
        y += 3
    y = p.wrap(16, y + 6, b["cert_text"], 178, "sans", 8.5)
    p.text(130, y + 8, b["place_date"], "sans", 8.5, BLACK, anchor="m")
    signature(p, 108, y + 11, 45, 13, rng, color=(20, 20, 70))
    p.text(130, y + 30, b["registrar"], "sansb", 8.5, BLACK, anchor="m")
    p.text(130, y + 34.5, "Registrador Civil", "sans", 8, BLACK, anchor="m")
    stamp_round(
        p, 55, y + 20, 16, "RENIEC * AREQUIPA * PERU * ", ["REGISTRO", "CIVIL"], color=(40, 60, 150)
    )
    return p
