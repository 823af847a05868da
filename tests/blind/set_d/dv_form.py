"""cerfa 15763*02 (ameli S1106) 'Demande d'ouverture des droits à l'assurance maladie'.

Drawn from the public description of the form: two A4 pages, sections A (vous),
B (votre situation), C (engagements et signature), list of supporting documents,
box reserved for the caisse.  Filled by hand, typed, or as AcroForm fields."""

from dv_render import Page, text_width_mm

BLUE = (0, 70, 140)
GREY = (90, 90, 90)
HAND = (25, 35, 120)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant) en France"),
    ("chomeur", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) inscrit(e) dans un établissement d'enseignement supérieur"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]
CONTRATS = ["CDI", "CDD", "Intérim", "Apprentissage", "Autre"]


def _box(p, x, y, s=3.6):
    p.rect(x, y, s, s, stroke=(40, 40, 40), lw=0.25)


def form_pages(f):
    mode = f.get("mode", "hand")  # hand | typed | acro
    hf = f.get("hfont", "h-breip")
    seed = f["surname"]
    acro = {0: [], 1: []}

    def write(p, x, y, s, pg, name, size=11, w=80):
        if not s:
            if mode == "acro":
                acro[pg].append(dict(kind="text", name=name, value="", rect=(x, y - 4.2, w, 5.5)))
            return
        if mode == "hand":
            p.hand(x, y, s, hf, size + 2.5, HAND, seed=seed + name)
        elif mode == "typed":
            p.text(x, y, s, "courier-b", size - 1)
        else:
            acro[pg].append(
                dict(kind="text", name=name, value=s, rect=(x, y - 4.2, w, 5.5), size=9)
            )

    def combw(p, x, y, n, s, pg, name, cw=5.0):
        if mode == "acro":
            for i in range(n):
                p.rect(x + i * cw, y, cw, 6.5, stroke=(60, 60, 60), lw=0.2)
            acro[pg].append(
                dict(kind="text", name=name, value=s, rect=(x, y + 0.5, n * cw, 5.5), size=10)
            )
        else:
            p.comb(x, y, n, s, cw=cw, font=hf, seed=seed + name, typed=(mode == "typed"))

    def check(p, x, y, on, pg, name):
        _box(p, x, y)
        if mode == "acro":
            acro[pg].append(dict(kind="check", name=name, value=on, rect=(x, y, 3.6, 3.6)))
        elif on:
            if mode == "hand":
                p.tick(x, y, 3.6, HAND, seed=seed + name)
            else:
                p.text(x + 1.8, y + 3.1, "X", "courier-b", 10, anchor="c")

    # ------------------------------------------------------------ page 1
    p = Page()
    p.rect(12, 10, 38, 20, stroke=None, fill=BLUE)
    p.text(31, 18, "l'Assurance", "sans-b", 9, (255, 255, 255), anchor="c")
    p.text(31, 23.5, "Maladie", "sans-b", 11, (255, 255, 255), anchor="c")
    p.text(55, 16, "Demande d'ouverture des droits", "sans-b", 14, BLUE)
    p.text(55, 22, "à l'assurance maladie", "sans-b", 14, BLUE)
    p.text(55, 28, "Protection universelle maladie (PUMa)", "sans", 10, (30, 30, 30))
    p.rect(166, 10, 32, 16, stroke=(30, 30, 30), lw=0.4)
    p.text(182, 15, "cerfa", "sans-b", 9, (30, 30, 30), anchor="c")
    p.text(182, 21, "N° 15763*02", "sans-b", 8, (30, 30, 30), anchor="c")
    p.text(198, 30, "S1106", "sans", 7, GREY, anchor="r")
    y = p.wrap(
        12,
        36,
        186,
        "Articles L. 160-1, L. 160-5, L. 160-7, L. 161-1 et R. 111-3, R. 160-1 à R. 160-3 du code "
        "de la sécurité sociale.",
        "sans-i" if False else "sans",
        6.5,
        3.0,
    )
    y = p.wrap(
        12,
        y + 0.5,
        186,
        "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
        "professionnelle : ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge "
        "de vos frais de santé. Remplissez-le en majuscules et joignez les pièces justificatives listées page 2. "
        "Les informations recueillies font l'objet d'un traitement informatique destiné à la gestion de vos droits "
        "(loi n° 78-17 du 6 janvier 1978 modifiée).",
        "sans",
        6.5,
        3.0,
    )
    y += 3
    p.rect(12, y, 186, 7, stroke=None, fill=BLUE)
    p.text(14, y + 5.2, "A   VOUS", "sans-b", 10.5, (255, 255, 255))
    y += 14
    lab = lambda yy, t, x=14: p.text(x, yy, t, "sans", 8.5, (20, 20, 20))
    lab(y, "Nom de naissance")
    p.line(50, y + 1, 198, y + 1, (150, 150, 150), 0.15)
    write(p, 52, y, f["surname"], 0, "nom_naissance", w=140)
    y += 9
    lab(y, "Nom d'usage (facultatif)")
    p.text(14, y + 3.2, "(ex. : nom d'époux ou d'épouse)", "sans", 6, GREY)
    p.line(50, y + 1, 198, y + 1, (150, 150, 150), 0.15)
    write(p, 52, y, f.get("usage", ""), 0, "nom_usage", w=140)
    y += 10
    lab(y, "Prénom(s)")
    p.line(50, y + 1, 198, y + 1, (150, 150, 150), 0.15)
    write(p, 52, y, f["given_form"], 0, "prenoms", w=140)
    y += 10
    lab(y, "Sexe")
    p.text(34, y, "F", "sans", 8.5)
    check(p, 38, y - 3.0, f["sex"] == "F", 0, "sexe_f")
    p.text(46, y, "M", "sans", 8.5)
    check(p, 51, y - 3.0, f["sex"] == "M", 0, "sexe_m")
    lab(y, "Date de naissance", 80)
    d = f["dob"]
    combw(p, 112, y - 5, 2, d[8:10], 0, "naiss_jour")
    combw(p, 124, y - 5, 2, d[5:7], 0, "naiss_mois")
    combw(p, 136, y - 5, 4, d[:4], 0, "naiss_annee")
    p.text(117, y + 4.2, "JJ", "sans", 5.5, GREY, anchor="c")
    p.text(129, y + 4.2, "MM", "sans", 5.5, GREY, anchor="c")
    p.text(146, y + 4.2, "AAAA", "sans", 5.5, GREY, anchor="c")
    y += 11
    lab(y, "Lieu de naissance :")
    lab(y, "commune", 46)
    p.line(60, y + 1, 125, y + 1, (150, 150, 150), 0.15)
    write(p, 62, y, f["pob_city"], 0, "naiss_commune", w=60)
    lab(y, "pays", 128)
    p.line(136, y + 1, 198, y + 1, (150, 150, 150), 0.15)
    write(p, 138, y, f["pob_country"], 0, "naiss_pays", w=58)
    y += 9
    lab(y, "Nationalité")
    p.line(50, y + 1, 125, y + 1, (150, 150, 150), 0.15)
    write(p, 52, y, f["nationality_fr"], 0, "nationalite", w=70)
    y += 9
    lab(y, "N° de sécurité sociale (si vous en avez un)")
    combw(p, 80, y - 5, 13, f.get("nir", ""), 0, "nir", cw=4.6)
    combw(p, 143, y - 5, 2, f.get("nir_key", ""), 0, "nir_cle", cw=4.6)
    y += 8
    lab(y, "N° d'allocataire CAF (si vous en avez un)")
    combw(p, 80, y - 5, 8, "", 0, "num_allocataire", cw=4.6)
    y += 9
    lab(y, "Adresse")
    p.line(50, y + 1, 198, y + 1, (150, 150, 150), 0.15)
    write(p, 52, y, f["address"], 0, "adresse", w=140)
    y += 9
    lab(y, "Code postal")
    combw(p, 36, y - 5, 5, f["cp"], 0, "code_postal")
    lab(y, "Commune", 66)
    p.line(82, y + 1, 198, y + 1, (150, 150, 150), 0.15)
    write(p, 84, y, f["city"], 0, "commune", w=110)
    y += 10
    lab(y, "Téléphone")
    p.line(32, y + 1, 95, y + 1, (150, 150, 150), 0.15)
    write(p, 34, y, f.get("tel", ""), 0, "telephone", w=58)
    lab(y, "Courriel", 100)
    p.line(114, y + 1, 198, y + 1, (150, 150, 150), 0.15)
    write(p, 116, y, f.get("email", ""), 0, "courriel", 10, w=80)
    y += 9
    p.rect(12, y, 186, 7, stroke=None, fill=BLUE)
    p.text(14, y + 5.2, "B   VOTRE SITUATION", "sans-b", 10.5, (255, 255, 255))
    y += 12
    p.text(14, y, "Cochez la case correspondant à votre situation actuelle :", "sans", 8.5)
    y += 7
    sit = f["situation"]
    for key, txt in SITUATIONS:
        check(p, 14, y - 3.0, sit == key, 0, "situation_" + key)
        yy = p.wrap(20, y, 176, txt, "sans", 8.5, 3.8)
        if key == "salarie":
            yy += 1
            p.text(24, yy, "Type de contrat :", "sans", 8, GREY)
            xx = 50
            for ct in CONTRATS:
                check(
                    p,
                    xx,
                    yy - 3.0,
                    sit == key and f.get("contract") == ct,
                    0,
                    "contrat_" + ct.lower().replace("é", "e"),
                )
                p.text(xx + 5, yy, ct, "sans", 8)
                xx += 12 + text_width_mm(ct, "sans", 8)
            yy += 6
            p.text(24, yy, "Emploi occupé :", "sans", 8, GREY)
            p.line(48, yy + 1, 130, yy + 1, (150, 150, 150), 0.15)
            write(p, 50, yy, f.get("job", "") if sit == key else "", 0, "emploi", 10, w=78)
            p.text(133, yy, "depuis le", "sans", 8, GREY)
            p.line(146, yy + 1, 196, yy + 1, (150, 150, 150), 0.15)
            write(
                p,
                148,
                yy,
                f.get("job_since", "") if sit == key else "",
                0,
                "emploi_depuis",
                10,
                w=46,
            )
            yy += 6
            p.text(24, yy, "Nom et adresse de l'employeur :", "sans", 8, GREY)
            p.line(70, yy + 1, 196, yy + 1, (150, 150, 150), 0.15)
            write(p, 72, yy, f.get("employer", "") if sit == key else "", 0, "employeur", 10, w=122)
        if key == "autre":
            p.line(70, y + 1, 196, y + 1, (150, 150, 150), 0.15)
            write(
                p,
                72,
                y,
                f.get("other_text", "") if sit == key else "",
                0,
                "autre_precision",
                10,
                w=120,
            )
        y = yy + 4
    p.text(198, 290, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 6.5, GREY, anchor="r")

    # ------------------------------------------------------------ page 2
    q = Page()
    y = 16
    q.rect(12, y, 186, 7, stroke=None, fill=BLUE)
    q.text(14, y + 5.2, "C   VOS ENGAGEMENTS ET SIGNATURE", "sans-b", 10.5, (255, 255, 255))
    y += 14
    y = q.wrap(
        14,
        y,
        182,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
        "(adresse, activité, résidence). Je suis informé(e) que la loi prévoit des sanctions pénales et "
        "financières en cas de fraude ou de fausse déclaration (articles 313-1 à 313-3, 433-19, 441-1 et "
        "441-7 du code pénal ; article L. 114-17 du code de la sécurité sociale).",
        "sans",
        8.5,
        4.0,
    )
    y += 7
    q.text(14, y, "Fait à", "sans", 9)
    q.line(26, y + 1, 100, y + 1, (150, 150, 150), 0.15)
    write(q, 28, y, f.get("made_at", ""), 1, "fait_a", w=70)
    q.text(106, y, "le", "sans", 9)
    q.line(111, y + 1, 160, y + 1, (150, 150, 150), 0.15)
    write(q, 113, y, f.get("date_vis", ""), 1, "date_signature", w=45)
    y += 6
    q.rect(110, y, 86, 30, stroke=(40, 40, 40), lw=0.3)
    q.text(112, y + 4, "Signature", "sans", 8, GREY)
    if f.get("signed"):
        q.signature(
            122, y + 10, 48, 13, color=HAND if mode != "acro" else (10, 10, 60), seed=seed + "sig"
        )
    y += 40
    q.rect(12, y, 186, 7, stroke=None, fill=(220, 230, 242))
    q.text(14, y + 5.2, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sans-b", 10, BLUE)
    y += 13
    pieces = [
        "Une photocopie d'une pièce d'identité : passeport, carte nationale d'identité (ressortissants de "
        "l'Union européenne, de l'Espace économique européen ou de la Suisse), ou tout autre document d'identité.",
        "Si vous êtes étranger hors UE/EEE/Suisse : la photocopie d'un titre de séjour en cours de validité, ou "
        "du visa long séjour valant titre de séjour (VLS-TS) avec sa vignette, ou du récépissé de demande.",
        "Une copie intégrale de votre acte de naissance ou un extrait avec filiation ; pour un acte établi à "
        "l'étranger, revêtu de l'apostille ou légalisé selon le pays (sauf dispense conventionnelle). Une "
        "traduction par un traducteur assermenté peut vous être demandée.",
        "Un justificatif de résidence stable et régulière depuis plus de trois mois : bail de location, ou "
        "trois factures successives (électricité, gaz, eau, téléphone fixe, internet), ou attestation "
        "d'hébergement accompagnée de la pièce d'identité de l'hébergeant et d'un justificatif de domicile à son nom.",
        "Un relevé d'identité bancaire (RIB) à votre nom, comportant votre IBAN et le BIC.",
        "Si vous travaillez : une copie de votre contrat de travail ou de votre dernier bulletin de salaire.",
    ]
    for t in pieces:
        q.text(15, y, "•", "sans-b", 9)
        y = q.wrap(19, y, 177, t, "sans", 8.3, 3.9) + 2.2
    y += 4
    q.wrap(
        14,
        y,
        182,
        "Envoyez ce formulaire et les pièces justificatives à votre caisse primaire d'assurance "
        "maladie (CPAM). Vous trouverez son adresse sur ameli.fr. Conservez une copie de l'ensemble.",
        "sans",
        8,
        3.8,
    )
    y += 14
    q.rect(12, y, 186, 36, stroke=(80, 80, 80), lw=0.4, fill=(243, 243, 243))
    q.text(14, y + 5, "Cadre réservé à l'organisme", "sans-b", 9, (60, 60, 60))
    q.text(14, y + 13, "Date de réception :  ____ / ____ / ________", "sans", 8.5, (60, 60, 60))
    q.text(14, y + 21, "Pièces vérifiées :   oui  ☐    non  ☐", "sans", 8.5, (60, 60, 60))
    q.text(14, y + 29, "Matricule agent : ____________", "sans", 8.5, (60, 60, 60))
    q.text(110, y + 13, "Cachet de l'organisme", "sans", 8.5, (60, 60, 60))
    q.text(198, 290, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 6.5, GREY, anchor="r")
    return [p, q], (acro if mode == "acro" else None)
