"""Application form (cerfa 15763*02), birth certificates, apostilles, translation, attestation."""

import random

from render import INK, Page, tw

BLUE = (0, 84, 160)


def _bar(pg, y, letter, text, run):
    if run == 1:
        pg.r(15, y, 180, 6.5, 0, fill=BLUE)
        pg.t(18, y + 4.8, letter, "sansb", 10, (255, 255, 255))
        pg.t(27, y + 4.8, text, "sansb", 9.5, (255, 255, 255))
    else:
        pg.r(15, y, 8, 6.5, 0, fill=(40, 40, 40))
        pg.t(19, y + 4.9, letter, "libb", 10, (255, 255, 255), "m")
        pg.t(26, y + 4.9, text, "libb", 10.5)
        pg.l(26, y + 6.5, 195, y + 6.5, 0.8)


def _tick(pg, x, y, rng, hand):
    if hand:
        pg.p([(x + 0.6 + rng.uniform(-0.3, 0.3), y + 0.8), (x + 3.3, y + 3.4)], 0.9)
        pg.p([(x + 3.4, y + 0.6), (x + 0.5, y + 3.6 + rng.uniform(-0.3, 0.3))], 0.9)
    else:
        pg.t(x + 2, y + 3.3, "X", "sansb", 9, (0, 0, 0), "m")


def form(p, f, rng):
    """f: hand, run, situation, contract, job, place, date_text, addr, cp, city, phone, email."""
    hand, run = f["hand"], f["run"]
    hf = f.get("font", "breip")
    cell = 5.6 if run == 1 else 5.2
    lf, ls = ("sans", 7.5) if run == 1 else ("lib", 8.5)
    p1 = Page()
    p1.t(15, 16, "l'Assurance", "sansb", 13, BLUE)
    p1.t(15, 22, "Maladie", "sansb", 13, BLUE)
    p1.r(160, 10, 35, 12, 0.5)
    p1.t(177.5, 14.5, "cerfa", "timesi", 9, (0, 0, 0), "m")
    p1.t(177.5, 19.5, "N° 15763*02", "sansb", 8, (0, 0, 0), "m")
    p1.t(
        105, 33, "Demande d'ouverture des droits à l'assurance maladie", "sansb", 13, (0, 0, 0), "m"
    )
    p1.t(105, 39, "Protection universelle maladie (PUMa)", "sans", 10, (0, 0, 0), "m")
    y = p1.tlines(
        15,
        45,
        "Cette demande vous permet de bénéficier de la prise en charge de vos "
        "frais de santé si vous travaillez ou résidez en France de manière stable et "
        "régulière. Remplissez ce formulaire en lettres capitales et joignez les pièces "
        "demandées (voir page 2).",
        "sans",
        6.5,
        180,
    )
    p1.tlines(
        15,
        y,
        "Articles L. 160-1, L. 160-5 et R. 111-3 du code de la sécurité sociale.",
        "sans",
        6,
        180,
        color=(80, 80, 80),
    )
    _bar(p1, 56, "A", "VOUS", run)

    def combrow(y, label, value, n=30, x=15):
        p1.t(x, y, label, lf, ls)
        p1.comb(x, y + 1.8, n, cell, 6.5)
        p1.comb_fill(
            x,
            y + 1.8,
            value.upper()[:n],
            cell,
            6.5,
            rng if hand else None,
            hf if hand else "mono",
            12 if hand else 10,
        )

    n = int(180 // cell)
    combrow(70, "Nom de naissance", p["surname"], n)
    combrow(83, "Nom d'usage (facultatif)", "", n)
    combrow(96, "Prénom(s)", p["given"], n)
    p1.t(15, 109, "Sexe", lf, ls)
    for i, s in enumerate("FM"):
        p1.r(15 + i * 14, 111, 4, 4, 0.5)
        p1.t(21 + i * 14, 114.5, s, lf, ls)
        if s == p["sex"]:
            _tick(p1, 15 + i * 14, 111, rng, hand)
    p1.t(50, 109, "Date de naissance (JJ MM AAAA)", lf, ls)
    d = p["dob"]
    for k, (part, x0) in enumerate(
        ((d[8:10], 50), (d[5:7], 50 + 3 * cell), (d[0:4], 50 + 6 * cell))
    ):
        p1.comb(x0, 110.8, len(part), cell, 6.5)
        p1.comb_fill(
            x0,
            110.8,
            part,
            cell,
            6.5,
            rng if hand else None,
            hf if hand else "mono",
            12 if hand else 10,
        )
    p1.t(115, 109, "Nationalité", lf, ls)
    p1.r(115, 110.8, 80, 6.5, 0.4)
    _val(p1, 117, 116, f["nationality"], hand, rng, hf)

    def linebox(y, label, value, x=15, w=180):
        p1.t(x, y, label, lf, ls)
        p1.r(x, y + 1.8, w, 6.5, 0.4)
        _val(p1, x + 2, y + 7, value, hand, rng, hf)

    linebox(123, "Lieu de naissance (commune, pays)", f["pob"])
    p1.t(15, 136, "N° de sécurité sociale (si vous en avez un)", lf, ls)
    p1.comb(15, 137.8, 13, cell, 6.5)
    p1.comb(15 + 14 * cell, 137.8, 2, cell, 6.5)
    p1.t(120, 136, "N° d'allocataire CAF (facultatif)", lf, ls)
    p1.r(120, 137.8, 75, 6.5, 0.4)
    linebox(150, "Adresse", f["addr"])
    p1.t(15, 163, "Code postal", lf, ls)
    p1.comb(15, 164.8, 5, cell, 6.5)
    p1.comb_fill(
        15,
        164.8,
        f["cp"],
        cell,
        6.5,
        rng if hand else None,
        hf if hand else "mono",
        12 if hand else 10,
    )
    linebox(163, "Commune", f["city"], 50, 145)
    linebox(176, "Téléphone", f["phone"], 15, 60)
    linebox(176, "Adresse e-mail", f["email"], 80, 115)
    _bar(p1, 189, "B", "VOTRE SITUATION", run)
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité indépendante en France"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            (
                "Vous êtes sans activité et résidez en France de manière stable "
                "et régulière depuis plus de trois mois"
            ),
        ),
        ("autre", "Autre situation, précisez :"),
    ]
    y = 202
    for key, text in opts:
        p1.r(15, y - 3.4, 4, 4, 0.5)
        p1.t(22, y, text, lf, ls)
        if key == f["situation"]:
            _tick(p1, 15, y - 3.4, rng, hand)
        if key == "salarie":
            y += 7
            p1.t(22, y, "Type de contrat :", lf, ls)
            x = 22 + tw("Type de contrat :", lf, ls) + 4
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                p1.r(x, y - 3.4, 4, 4, 0.5)
                p1.t(x + 6, y, ct, lf, ls)
                if key == f["situation"] and ct == f.get("contract"):
                    _tick(p1, x, y - 3.4, rng, hand)
                x += 8 + tw(ct, lf, ls) + 5
            y += 7
            p1.t(22, y, "Emploi occupé :", lf, ls)
            x = 22 + tw("Emploi occupé :", lf, ls) + 3
            p1.l(x, y + 0.8, 195, y + 0.8, 0.3, (120, 120, 120))
            if key == f["situation"]:
                _val(p1, x + 2, y - 0.3, f["job"], hand, rng, hf)
        y += 8
    p1.t(105, 288, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 6.5, (80, 80, 80), "m")

    p2 = Page()
    _bar(p2, 15, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p2.tlines(
        15,
        29,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation. La loi punit quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et "
        "441-7 du code pénal).",
        lf,
        ls,
        180,
    )
    y += 6
    end = p2.t(15, y, "Fait à", lf, ls + 1)
    p2.l(end + 2, y + 0.8, 95, y + 0.8, 0.3, (120, 120, 120))
    end2 = p2.t(105, y, "le", lf, ls + 1)
    p2.l(end2 + 2, y + 0.8, 165, y + 0.8, 0.3, (120, 120, 120))
    _val(p2, end + 4, y - 0.4, f["place"], True, rng, hf) if hand or f.get("place_hand") else p2.t(
        end + 4, y - 0.4, f["place"], "mono", 10
    )
    if f["date_text"]:
        p2.hand(end2 + 4, y - 0.4, f["date_text"], rng, hf, 13)
    y += 8
    if run == 1:
        p2.t(15, y + 3, "Signature", lf, ls + 1)
        p2.r(15, y + 5, 90, 30, 0.6)
        sy = y + 5
    else:
        p2.r(15, y, 90, 30, 0.6)
        p2.t(60, y + 17, "Signature", "lib", 14, (215, 215, 215), "m")
        sy = y
    if f["signed"]:
        p2.signature(20, sy + 3, 75, 24, rng, p["surname"])
    y = sy + 42
    p2.t(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sansb", 9.5)
    items = [
        (
            "une pièce d'identité (passeport, ou carte nationale d'identité pour les "
            "ressortissants de l'EEE ou suisses) ;"
        ),
        (
            "si vous n'êtes pas ressortissant de l'EEE ou suisse : titre de séjour, VLS-TS ou "
            "récépissé de demande ;"
        ),
        "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        (
            "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
            "factures successives ou attestation d'hébergement avec pièces de l'hébergeant) ;"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    y += 7
    for it in items:
        p2.t(17, y, "•", lf, ls)
        y = p2.tlines(21, y, it, lf, ls - 0.5, 172) + 1.5
    y += 6
    p2.r(15, y, 180, 32, 0.5, (0, 0, 0), (240, 240, 240))
    p2.t(18, y + 6, "Cadre réservé à l'organisme", "sansb", 8)
    p2.t(18, y + 15, "Date de réception :", lf, ls - 0.5)
    p2.t(100, y + 15, "Pièces vérifiées :", lf, ls - 0.5)
    p2.t(18, y + 25, "Matricule agent :", lf, ls - 0.5)
    p2.t(105, 288, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 6.5, (80, 80, 80), "m")
    return [p1, p2]


def _val(pg, x, y, s, hand, rng, hf):
    if hand:
        pg.hand(x, y, s, rng, hf, 12)
    else:
        pg.t(x, y, s, "mono", 10)


# ---------------------------------------------------------------- birth certificates
def armenia_birth(p, d):
    pg = Page(bg=(250, 247, 238))
    for i in range(0, 297, 6):
        pg.l(8, i, 202, i + 3, 0.1, (236, 226, 210))
    pg.r(8, 8, 194, 281, 1.2, (150, 110, 60))
    pg.t(105, 22, "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", "sansb", 12, (0, 0, 0), "m")
    pg.t(105, 28, "REPUBLIC OF ARMENIA", "sansb", 10, (0, 0, 0), "m")
    pg.t(105, 42, "ԾՆՆԴՅԱՆ ՎԿԱՅԱԿԱՆ", "sansb", 15, (120, 40, 30), "m")
    pg.t(105, 49, "BIRTH CERTIFICATE", "sansb", 12, (120, 40, 30), "m")
    pg.t(105, 56, f"Սերիա / Series  {d['series']}", "sans", 9, (0, 0, 0), "m")
    rows = [
        ("Ազգանուն", "Surname", f"{d['surname_hy']} / {p['surname']}"),
        ("Անուն", "Name", f"{d['given_hy']} / {p['given']}"),
        ("Հայրանուն", "Patronymic", d["patronymic"]),
        ("Ծննդյան ամսաթիվ", "Date of birth", d["dob_text"]),
        ("Ծննդավայր", "Place of birth", d["pob"]),
        ("Հայր", "Father", d["father"]),
        ("Մայր", "Mother", d["mother"]),
    ]
    y = 72
    for hy, en, val in rows:
        pg.t(20, y, hy, "sans", 8.5, (70, 50, 40))
        pg.t(20, y + 4.2, en, "sans", 7.5, (110, 90, 80))
        pg.t(82, y + 2, val, "sansb", 10)
        pg.l(82, y + 3.5, 190, y + 3.5, 0.2, (170, 150, 130))
        y += 14
    y = pg.tlines(
        20,
        y + 4,
        f"Ծննդյան պետական գրանցման ակտ / Civil registration record No {d['record']}",
        "sans",
        8.5,
        170,
    )
    y = pg.tlines(
        20, y + 2, "Գրանցման վայրը / Place of registration: " + d["office"], "sans", 8.5, 170
    )
    y = pg.tlines(20, y + 2, "Տրման ամսաթիվ / Date of issue: " + d["issued"], "sans", 8.5, 170)
    pg.stamp(
        60,
        240,
        17,
        ["ՔԿԱԳ", "CIVIL STATUS", "ACTS REGISTRATION", "AGENCY", "ՀՀ ԱՆ"],
        (60, 70, 160),
        size=5.5,
    )
    pg.t(110, 238, "Գործակալության պետ / Head of office", "sans", 7.5)
    pg.signature(120, 242, 50, 16, random.Random(d["series"]), color=(30, 30, 100))
    pg.t(110, 262, d["registrar"], "sans", 8)
    return pg


def cuba_birth(p, d):
    pg = Page(bg=(249, 249, 244))
    pg.r(10, 10, 190, 277, 0.8, (40, 60, 120))
    pg.t(105, 22, "REPÚBLICA DE CUBA", "timesb", 14, (0, 0, 0), "m")
    pg.t(105, 28, "MINISTERIO DE JUSTICIA", "times", 11, (0, 0, 0), "m")
    pg.t(105, 33.5, "REGISTRO DEL ESTADO CIVIL", "times", 11, (0, 0, 0), "m")
    pg.t(105, 46, "CERTIFICACIÓN DE NACIMIENTO", "timesb", 16, (0, 0, 0), "m")
    pg.t(20, 58, f"Registro Civil de: {d['registry']}", "times", 11)
    pg.t(20, 65, f"Tomo: {d['tomo']}        Folio: {d['folio']}", "times", 11)
    y = 78
    rows = [
        ("Nombre(s):", p["given"].title()),
        ("Primer apellido:", d["ap1"]),
        ("Segundo apellido:", d["ap2"]),
        ("Sexo:", "Femenino" if p["sex"] == "F" else "Masculino"),
        ("Fecha de nacimiento:", d["dob_text"]),
        ("Lugar de nacimiento:", d["pob"]),
        ("Nombre del padre:", d["father"]),
        ("Nombre de la madre:", d["mother"]),
        ("Abuelos paternos:", d["gp1"]),
        ("Abuelos maternos:", d["gp2"]),
    ]
    for lab, val in rows:
        pg.kv(20, y, lab, val, "times", 11, "timesb", 11.5, col=50)
        pg.l(70, y + 1.2, 190, y + 1.2, 0.2, (150, 150, 150))
        y += 9.5
    y = pg.tlines(
        20,
        y + 6,
        "Y para que así conste, expido la presente certificación, que firmo "
        "y sello, de conformidad con lo inscrito en el Registro del Estado Civil a mi "
        f"cargo, en {d['city']}, a los {d['issued_words']}.",
        "times",
        11,
        170,
    )
    pg.stamp(
        60,
        235,
        18,
        ["REGISTRO DEL", "ESTADO CIVIL", d["registry_short"], "CUBA"],
        (90, 40, 120),
        "timesb",
        6.5,
    )
    pg.t(115, 240, "Registrador(a) del Estado Civil", "times", 10)
    pg.signature(118, 244, 55, 16, random.Random(d["tomo"]), color=(20, 20, 90))
    pg.t(115, 266, d["registrar"], "times", 10)
    return pg


def cuba_legalisation(d):
    pg = Page(bg=(249, 249, 244))
    pg.t(20, 20, "(Reverso)", "times", 9, (120, 120, 120))
    pg.r(20, 30, 110, 62, 1.0, (40, 40, 140))
    y = pg.tlines(
        24,
        37,
        "REPÚBLICA DE CUBA — MINISTERIO DE RELACIONES EXTERIORES\n"
        "DIRECCIÓN DE ASUNTOS CONSULARES — LEGALIZACIÓN",
        "timesb",
        9,
        102,
        color=(40, 40, 140),
    )
    y = pg.tlines(
        24,
        y + 2,
        f"Se legaliza la firma de {d['registrar']}, Registrador(a) del "
        f"Estado Civil. No. {d['minrex_no']}. La Habana, {d['minrex_date']}.",
        "times",
        9.5,
        102,
        color=(40, 40, 140),
    )
    pg.signature(70, y + 1, 45, 12, random.Random(d["minrex_no"]), color=(40, 40, 140))
    pg.r(40, 110, 150, 70, 1.0, (20, 20, 20))
    y = pg.tlines(45, 118, "AMBASSADE DE FRANCE À CUBA\nSECTION CONSULAIRE", "sansb", 9.5, 140)
    y = pg.tlines(
        45,
        y + 3,
        "Vu pour légalisation de la signature de "
        f"{d['minrex_signer']}, apposée ci-contre, en qualité de fonctionnaire du "
        "Ministère des Relations extérieures de Cuba.",
        "sans",
        9,
        140,
    )
    y = pg.tlines(45, y + 2, f"La Havane, le {d['amb_date']}    N° {d['amb_no']}", "sans", 9, 140)
    pg.t(45, y + 4, "Pour l'Ambassadeur, le Chef de chancellerie", "sans", 8.5)
    pg.stamp(165, 158, 15, ["AMBASSADE", "DE FRANCE", "LA HAVANE"], (30, 30, 30), size=5.5)
    pg.signature(70, y + 6, 45, 13, random.Random(d["amb_no"]), color=(20, 20, 20))
    pg.r(150, 190, 40, 25, 0.4, (120, 40, 40), (240, 215, 200))
    pg.t(170, 201, "TIMBRE", "sansb", 8, (120, 40, 40), "m")
    pg.t(170, 208, "25,00 €", "sansb", 8, (120, 40, 40), "m")
    return pg


def ghana_birth(p, d):
    pg = Page(bg=(246, 250, 244))
    pg.r(10, 10, 190, 277, 2.0, (0, 110, 60))
    pg.t(105, 24, "REPUBLIC OF GHANA", "serifb", 14, (0, 0, 0), "m")
    pg.t(105, 31, "BIRTHS AND DEATHS REGISTRY", "serifb", 11, (0, 90, 40), "m")
    pg.t(
        105,
        37,
        "Registration of Births and Deaths Act, 2020 (Act 1027)",
        "serif",
        8,
        (0, 0, 0),
        "m",
    )
    pg.t(105, 49, "CERTIFIED COPY OF ENTRY OF BIRTH", "serifb", 15, (150, 30, 30), "m")
    pg.t(20, 60, f"Entry No. {d['entry']}", "serif", 10)
    pg.t(190, 60, f"Serial No. {d['serial']}", "serif", 10, (150, 30, 30), "r")
    rows = [
        ("Registration District", d["district"]),
        ("Name of Child", d["name_line"]),
        ("Date of Birth", d["dob_text"]),
        ("Place of Birth", d["pob"]),
        ("Sex", "Male" if p["sex"] == "M" else "Female"),
        ("Name of Father", d["father"]),
        ("Nationality of Father", "Ghanaian"),
        ("Name of Mother", d["mother"]),
        ("Nationality of Mother", "Ghanaian"),
        ("Name of Informant", d["informant"]),
        ("Date of Registration", d["reg_date"]),
    ]
    y = 72
    for i, (lab, val) in enumerate(rows):
        pg.r(20, y - 5, 170, 9, 0.3, (0, 90, 40), (236, 244, 236) if i % 2 else None)
        pg.t(23, y + 0.5, lab, "serif", 9, (40, 60, 40))
        pg.t(85, y + 0.5, val, "serifb", 10)
        pg.l(82, y - 5, 82, y + 4, 0.3, (0, 90, 40))
        y += 9
    pg.tlines(
        20,
        y + 6,
        "I hereby certify that the above is a true copy of the entry in the "
        "Register of Births kept at the Births and Deaths Registry, Accra.",
        "serif",
        10,
        170,
    )
    pg.t(20, y + 22, f"Date of issue: {d['issued']}", "serif", 10)
    pg.stamp(60, y + 48, 17, ["BIRTHS AND", "DEATHS REGISTRY", "ACCRA", "GHANA"], (0, 90, 60))
    pg.signature(115, y + 36, 55, 16, random.Random(d["entry"]), color=(20, 20, 20))
    pg.t(115, y + 57, "Registrar of Births and Deaths", "serif", 9)
    return pg


def korea_basic(p, d):
    pg = Page()
    pg.t(105, 20, "[Form 1]", "lib", 8, (100, 100, 100), "m")
    pg.t(105, 30, "BASIC CERTIFICATE (DETAILED)", "libb", 15, (0, 0, 0), "m")
    pg.r(15, 38, 180, 10, 0.6)
    pg.kv(18, 44.5, "Registration Base", d["base"], "lib", 8.5, "lib", 9, col=40)
    pg.l(55, 38, 55, 48, 0.5)
    pg.t(15, 58, "Classification", "libb", 9)
    pg.t(70, 58, "Details", "libb", 9)
    pg.r(15, 60, 180, 8, 0.5, (0, 0, 0), (235, 235, 235))
    for x, s in (
        (17, "Classification"),
        (50, "Name"),
        (95, "Date of Birth"),
        (125, "Resident Registration No."),
        (172, "Sex"),
    ):
        pg.t(x, 65.5, s, "libb", 7.5)
    pg.r(15, 68, 180, 9, 0.5)
    pg.t(17, 74, "Person", "lib", 8.5)
    pg.t(50, 74, d["name_line"], "libb", 9)
    pg.t(95, 74, d["dob_text"], "lib", 9)
    pg.t(125, 74, d["rrn"], "lib", 9)
    pg.t(172, 74, "Female" if p["sex"] == "F" else "Male", "lib", 9)
    pg.t(15, 88, "General Matters", "libb", 10)
    pg.r(15, 90, 180, 32, 0.5)
    pg.t(17, 96, "Classification", "libb", 8)
    pg.t(50, 96, "Details", "libb", 8)
    pg.l(47, 90, 47, 122, 0.4)
    pg.t(17, 104, "Birth", "lib", 8.5)
    pg.tlines(
        50,
        104,
        f"[Date of Birth] {d['dob_text']}   [Place of Birth] {d['pob']}\n"
        f"[Date of Report] {d['report']}   [Reporter] Father",
        "lib",
        8.5,
        140,
    )
    pg.t(17, 118, "Surname origin", "lib", 8.5)
    pg.t(50, 118, d["bon"], "lib", 8.5)
    pg.tlines(
        15,
        140,
        "This is to certify that the above basic certificate (detailed) is in "
        "accordance with the details recorded in the family relationship register.",
        "lib",
        9.5,
        180,
    )
    pg.t(105, 160, d["issued"], "lib", 10, (0, 0, 0), "m")
    pg.t(105, 172, f"Chief of {d['office']}", "libb", 11, (0, 0, 0), "m")
    pg.r(150, 163, 18, 18, 1.2, (200, 30, 30))
    pg.t(159, 174, "SEAL", "sansb", 6, (200, 30, 30), "m")
    pg.t(
        15,
        200,
        f"Issue No.: {d['issue_no']}    Issued via e-Family (efamily.scourt.go.kr)",
        "lib",
        7.5,
        (80, 80, 80),
    )
    pg.t(
        15,
        205,
        "Verification: enter the issue number on the e-Family website within 90 days.",
        "lib",
        7.5,
        (80, 80, 80),
    )
    return pg


def apostille(a, style="plain"):
    """Hague model: 10 numbered items."""
    pg = Page(bg=(255, 255, 252))
    x0 = 35
    pg.r(x0 - 8, 25, 150, 175, 1.0)
    pg.t(105, 38, "APOSTILLE", "serifb", 18, (0, 0, 0), "m")
    pg.t(105, 45, "(Convention de La Haye du 5 octobre 1961)", "serif", 8.5, (0, 0, 0), "m")
    if a.get("local_title"):
        pg.t(105, 51, a["local_title"], "sans", 8, (60, 60, 60), "m")
    pg.t(x0, 62, "1. Country: " + a["country"], "serif", 10)
    pg.t(x0, 70, "This public document", "serifb", 9)
    items = [
        ("2. has been signed by", a["signer"]),
        ("3. acting in the capacity of", a["capacity"]),
        ("4. bears the seal/stamp of", a["seal_of"]),
    ]
    y = 79
    for lab, val in items:
        y = _item(pg, x0, y, lab, val)
    pg.t(x0, y + 1, "Certified", "serifb", 9)
    y += 10
    for lab, val in [
        ("5. at", a["at"]),
        ("6. the", a["date_text"]),
        ("7. by", a["by"]),
        ("8. No", a["number"]),
    ]:
        y = _item(pg, x0, y, lab, val)
    pg.t(x0, y + 2, "9. Seal/stamp:", "serif", 9)
    pg.t(x0 + 75, y + 2, "10. Signature:", "serif", 9)
    pg.stamp(x0 + 30, y + 24, 16, a["stamp"], a.get("ink", (40, 50, 150)))
    pg.signature(x0 + 78, y + 8, 50, 16, random.Random(a["number"]), color=(20, 20, 80))
    pg.t(x0 + 78, y + 30, a["signed_by"], "serif", 8.5)
    return pg


def _item(pg, x, y, lab, val):
    end = pg.t(x, y, lab, "serif", 9)
    if tw(val, "serifb", 9.5) > 130 - (end - x):
        pg.t(x + 6, y + 5, val, "serifb", 9.5)
        return y + 13
    pg.t(end + 3, y, val, "serifb", 9.5)
    return y + 8.5


def translation(p, t):
    pg = Page()
    pg.t(15, 18, t["translator"], "timesb", 11)
    pg.t(15, 23, "Traductrice-interprète expert près la Cour d'appel de Paris", "times", 9.5)
    pg.t(15, 28, t["contact"], "times", 9)
    pg.t(195, 18, f"Traduction n° {t['no']}", "times", 9.5, (0, 0, 0), "r")
    pg.t(105, 42, "TRADUCTION DE L'ESPAGNOL", "timesb", 12, (0, 0, 0), "m")
    pg.t(105, 52, "RÉPUBLIQUE DE CUBA — MINISTÈRE DE LA JUSTICE", "timesb", 11, (0, 0, 0), "m")
    pg.t(105, 58, "REGISTRE DE L'ÉTAT CIVIL", "times", 11, (0, 0, 0), "m")
    pg.t(105, 68, "CERTIFICAT DE NAISSANCE", "timesb", 14, (0, 0, 0), "m")
    y = pg.tlines(20, 80, t["body"], "times", 11, 170, lead=6)
    y = pg.tlines(
        20,
        y + 6,
        "[Cachet rond : Registre de l'état civil] [Signature illisible]\n"
        "[Au verso : légalisation du Ministère des Relations extérieures de Cuba et "
        "de l'Ambassade de France à Cuba]",
        "timesi",
        10,
        170,
        lead=5.5,
    )
    y = pg.tlines(
        20,
        y + 10,
        "Traduction certifiée conforme à l'original en langue espagnole "
        f"qui m'a été présenté. Paris, le {t['date']}.",
        "times",
        11,
        170,
        lead=6,
    )
    pg.stamp(
        70,
        y + 30,
        20,
        ["TRADUCTRICE", "EXPERT", t["translator"].upper(), "COUR D'APPEL", "DE PARIS"],
        (30, 30, 30),
        size=5.0,
    )
    pg.signature(120, y + 15, 55, 18, random.Random(t["no"]), color=INK)
    return pg


def attestation(t, rng):
    """Handwritten attestation d'hébergement on plain paper."""
    pg = Page(bg=(253, 253, 250))
    hf = t.get("font", "breip")
    pg.hand(60, 30, "Attestation d'hébergement", rng, hf, 18)
    y = 50
    for line in t["lines"]:
        pg.hand(20 + rng.uniform(0, 2), y, line, rng, hf, 13.5)
        y += 9.5
    pg.signature(120, y + 4, 55, 22, rng, "x")
    return pg
