"""Cerfa 15763*02 (S1106) print run of set_ag, filled by hand, typed or as an AcroForm."""

from render import Page, signature

NAVY, GREY = (0, 60, 120), (80, 80, 80)
HF = ["ruf"]


def _bar(pg, y, title):
    pg.rect(12, y, 186, 7, None, NAVY)
    pg.text(15, y + 5, title, "libb", 9.5, (255, 255, 255))


def _val(pg, mode, name, x, y, w, value, seed, size=12):
    """Put a value on a field line: handwriting, typing or an AcroForm field."""
    if mode == "acroform":
        pg.fields.append(("text", name, x, y - 5, w, 6.5, value))
    elif value:
        if mode == "hand":
            pg.hand(x + 1, y - 0.8, value, HF[0], size, seed=seed)
        else:
            pg.text(x + 1, y - 1.2, value, "courier", 10)


def _box(pg, mode, name, x, y, on, seed):
    pg.rect(x, y - 3.4, 3.6, 3.6, (0, 0, 0), None, 0.5)
    if mode == "acroform":
        pg.fields.append(("check", name, x, y - 3.4, 3.6, 3.6, on))
    elif on:
        if mode == "hand":
            pg.hand(x - 0.3, y + 0.4, "X", HF[0], 14, seed=seed)
        else:
            pg.text(x + 0.5, y - 0.3, "X", "courier", 10)


def _comb(pg, mode, name, x, y, n, value, seed, cw=5.0):
    for i in range(n):
        pg.rect(x + i * cw, y - 5, cw, 6, (0, 0, 0), None, 0.4)
    if mode == "acroform":
        pg.fields.append(("text", name, x, y - 5, n * cw, 6, value))
        return
    for i, ch in enumerate(value[:n]):
        if mode == "hand":
            pg.hand(x + i * cw + 1.2, y - 0.4, ch, HF[0], 12, seed=seed + i)
        else:
            pg.text(x + i * cw + 1.3, y - 0.9, ch, "courier", 10)


def cerfa(a, mode, rng):
    """a: applicant values; mode: hand | typed | acroform. Returns two Pages."""
    s = rng.randrange(10000)
    HF[0] = a.get("hfont", "ruf")
    p1 = Page()
    p1.text(14, 16, "l'Assurance", "libb", 13, NAVY)
    p1.text(14, 21.5, "Maladie", "libb", 13, NAVY)
    p1.rect(170, 9, 28, 12, (0, 0, 0), None, 0.8)
    p1.text(184, 14, "cerfa", "libb", 9, (0, 0, 0), "c")
    p1.text(184, 19, "N° 15763*02", "lib", 7.5, (0, 0, 0), "c")
    p1.text(
        105, 32, "Demande d'ouverture des droits à l'assurance maladie", "libb", 14, (0, 0, 0), "c"
    )
    p1.text(105, 38, "Protection universelle maladie (PUMa)", "lib", 10.5, NAVY, "c")
    p1.para(
        14,
        45,
        "Articles L. 160-1, L. 160-5, R. 111-2 et D. 160-2 du code de la sécurité "
        "sociale. Ce formulaire permet de demander la prise en charge de vos frais de santé "
        "si vous travaillez ou résidez en France de manière stable et régulière. Remplissez-le"
        " en lettres capitales et joignez les pièces justificatives listées en page 2.",
        182,
        "lib",
        7,
        color=GREY,
    )
    _bar(p1, 58, "A   VOUS")
    y = 75
    p1.text(14, y, "Nom de naissance", "lib", 8.5)
    _val(p1, mode, "nom_naissance", 50, y, 145, a["surname"], s + 1)
    p1.line(50, y + 0.5, 196, y + 0.5, 0.3, GREY, 0.8)
    y += 9
    p1.text(14, y, "Nom d'usage (facultatif)", "lib", 8.5)
    _val(p1, mode, "nom_usage", 58, y, 138, a.get("usage", ""), s + 2)
    p1.line(58, y + 0.5, 196, y + 0.5, 0.3, GREY, 0.8)
    y += 9
    p1.text(14, y, "Prénom(s)", "lib", 8.5)
    _val(p1, mode, "prenoms", 40, y, 155, a["given"], s + 3)
    p1.line(40, y + 0.5, 196, y + 0.5, 0.3, GREY, 0.8)
    y += 10
    p1.text(14, y, "Sexe", "lib", 8.5)
    p1.text(27, y, "F", "lib", 8.5)
    _box(p1, mode, "sexe_f", 31, y + 0.3, a["sex"] == "F", s + 4)
    p1.text(40, y, "M", "lib", 8.5)
    _box(p1, mode, "sexe_m", 45, y + 0.3, a["sex"] == "M", s + 5)
    p1.text(62, y, "Date de naissance", "lib", 8.5)
    d = a["dob"]
    _comb(p1, mode, "date_naissance_jj", 92, y + 0.5, 2, d[8:10], s + 6)
    _comb(p1, mode, "date_naissance_mm", 104, y + 0.5, 2, d[5:7], s + 8)
    _comb(p1, mode, "date_naissance_aaaa", 116, y + 0.5, 4, d[:4], s + 10)
    p1.text(98, y + 5, "JJ", "lib", 6, GREY)
    p1.text(110, y + 5, "MM", "lib", 6, GREY)
    p1.text(123, y + 5, "AAAA", "lib", 6, GREY)
    y += 12
    p1.text(14, y, "Lieu de naissance : commune", "lib", 8.5)
    _val(p1, mode, "lieu_naissance", 58, y, 62, a["pob"], s + 14)
    p1.line(58, y + 0.5, 120, y + 0.5, 0.3, GREY, 0.8)
    p1.text(122, y, "pays", "lib", 8.5)
    _val(p1, mode, "pays_naissance", 130, y, 66, a["country"], s + 15)
    p1.line(130, y + 0.5, 196, y + 0.5, 0.3, GREY, 0.8)
    y += 9
    p1.text(14, y, "Nationalité", "lib", 8.5)
    _val(p1, mode, "nationalite", 40, y, 80, a["nationality"], s + 16)
    p1.line(40, y + 0.5, 120, y + 0.5, 0.3, GREY, 0.8)
    y += 10
    p1.text(14, y, "N° de sécurité sociale (si vous en avez un)", "lib", 8.5)
    _comb(p1, mode, "nir", 82, y + 0.5, 13, "", s + 17, 4.6)
    _comb(p1, mode, "nir_cle", 146, y + 0.5, 2, "", s + 18, 4.6)
    y += 10
    p1.text(14, y, "Adresse", "lib", 8.5)
    _val(p1, mode, "adresse", 34, y, 162, a["street"], s + 19)
    p1.line(34, y + 0.5, 196, y + 0.5, 0.3, GREY, 0.8)
    y += 9
    p1.text(14, y, "Code postal", "lib", 8.5)
    _comb(p1, mode, "code_postal", 34, y + 0.5, 5, a["cp"], s + 20)
    p1.text(64, y, "Commune", "lib", 8.5)
    _val(p1, mode, "commune", 80, y, 116, a["city"], s + 26)
    p1.line(80, y + 0.5, 196, y + 0.5, 0.3, GREY, 0.8)
    y += 9
    p1.text(14, y, "Téléphone", "lib", 8.5)
    _val(p1, mode, "telephone", 34, y, 55, a["phone"], s + 27)
    p1.line(34, y + 0.5, 90, y + 0.5, 0.3, GREY, 0.8)
    p1.text(94, y, "Courriel", "lib", 8.5)
    _val(p1, mode, "courriel", 110, y, 86, a["email"], s + 28, 10)
    p1.line(110, y + 0.5, 196, y + 0.5, 0.3, GREY, 0.8)
    _bar(p1, 180, "B   VOTRE SITUATION")
    y = 196
    sit = a["situation"]
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable "
            "depuis plus de trois mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for i, (k, lab) in enumerate(opts):
        _box(p1, mode, "situation_" + k, 16, y, sit == k, s + 30 + i)
        p1.text(23, y, lab, "lib", 8.5)
        if k == "salarie":
            y += 6
            p1.text(23, y, "Type de contrat :", "lib", 8)
            for j, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                _box(
                    p1,
                    mode,
                    "contrat_" + ct.lower(),
                    50 + j * 22,
                    y,
                    a.get("contract") == ct,
                    s + 40 + j,
                )
                p1.text(55 + j * 22, y, ct, "lib", 8)
            y += 6
            p1.text(23, y, "Emploi occupé :", "lib", 8)
            _val(p1, mode, "emploi", 48, y, 80, a.get("job", ""), s + 45, 11)
            p1.line(48, y + 0.5, 128, y + 0.5, 0.3, GREY, 0.8)
            p1.text(130, y, "depuis le", "lib", 8)
            _val(p1, mode, "date_embauche", 145, y, 50, a.get("job_since", ""), s + 46, 11)
            p1.line(145, y + 0.5, 196, y + 0.5, 0.3, GREY, 0.8)
        y += 8
    p1.text(196, 290, "S1106 — cerfa n° 15763*02 — page 1/2", "lib", 6.5, GREY, "r")

    p2 = Page()
    _bar(p2, 14, "C   VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        14,
        28,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler à ma caisse tout changement de situation. La "
        "loi punit quiconque se rend coupable de fraude ou de fausse déclaration "
        "(articles 313-1, 433-19 et 441-1 du code pénal, L. 114-13 du code de la sécurité "
        "sociale).",
        182,
        "lib",
        8.5,
        4.2,
    )
    y += 6
    p2.text(14, y, "Fait à", "lib", 9)
    p2.line(26, y + 0.5, 90, y + 0.5, 0.3, GREY, 0.8)
    p2.text(95, y, "le", "lib", 9)
    p2.line(100, y + 0.5, 150, y + 0.5, 0.3, GREY, 0.8)
    if mode == "acroform":
        p2.fields.append(("text", "fait_a", 26, y - 5, 64, 6.5, a["place"]))
        p2.fields.append(("text", "date_signature", 100, y - 5, 50, 6.5, a["date_txt"]))
    else:
        p2.hand(28, y - 0.8, a["place"], HF[0], 13, seed=s + 60)
        p2.hand(102, y - 0.8, a["date_txt"], HF[0], 13, seed=s + 61)
    p2.text(120, y + 10, "Signature", "lib", 8.5)
    p2.rect(120, y + 12, 70, 28, (0, 0, 0), None, 0.6)
    if a["signed"]:
        p2.image(123, y + 14, 62, 23, signature(a["sig"], s + 62))
    y += 50
    _bar(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y += 14
    for t in [
        "• une photocopie de votre pièce d'identité (passeport, carte nationale d'identité)",
        "• si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, VLS-TS "
        "ou récépissé",
        "• une copie intégrale de votre acte de naissance (apostillé ou légalisé selon le pays)",
        "• un justificatif de résidence en France depuis plus de trois mois",
        "• un relevé d'identité bancaire (RIB) à votre nom",
        "• si vous travaillez : contrat de travail ou dernier bulletin de salaire",
    ]:
        y = p2.para(16, y, t, 178, "lib", 8.5, 4.2) + 1.5
    y += 8
    p2.rect(14, y, 182, 26, GREY, (240, 240, 240), 0.5)
    p2.text(17, y + 6, "Cadre réservé à l'organisme", "libb", 8, GREY)
    p2.text(17, y + 13, "Date de réception : ____ / ____ / ________", "lib", 8, GREY)
    p2.text(
        17,
        y + 20,
        "Pièces vérifiées :  oui   non          Matricule agent : __________",
        "lib",
        8,
        GREY,
    )
    p2.text(196, 290, "S1106 — cerfa n° 15763*02 — page 2/2", "lib", 6.5, GREY, "r")
    return [p1, p2]
