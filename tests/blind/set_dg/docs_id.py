"""Identity, status, civil-status and form layouts for set_dg."""

from render import Page, wrap

NAVY = (10, 20, 90)


def cerfa_form(p, rng, hand):
    """Cerfa 15763 / S1106, page 1, filled by hand or typed."""
    pg = Page()
    vf = "hand" if hand else "sans"
    vs = 13 if hand else 10
    pg.rect(12, 10, 30, 14, fill=(0, 90, 170), stroke=(0, 90, 170))
    pg.t(27, 19, "l'Assurance", 8, "sansb", (255, 255, 255), "m")
    pg.t(27, 22.5, "Maladie", 8, "sansb", (255, 255, 255), "m")
    pg.t(105, 16, "Demande d'ouverture des droits", 15, "sansb", anchor="m")
    pg.t(105, 22, "à l'assurance maladie", 15, "sansb", anchor="m")
    pg.t(
        105,
        28,
        "Protection universelle maladie (Art. L.160-1 du Code de la sécurité sociale)",
        7.5,
        anchor="m",
    )
    pg.rect(168, 9, 30, 10)
    pg.t(183, 13.5, "cerfa", 8, "sansb", anchor="m")
    pg.t(183, 17.5, "N° 15763*02", 7, anchor="m")
    pg.t(198, 24, "S1106", 7, anchor="r")
    y = 36
    pg.rect(12, y, 186, 7, fill=(0, 90, 170), stroke=(0, 90, 170))
    pg.t(14, y + 5, "A  Vous concernant", 10, "sansb", (255, 255, 255))
    y += 10
    pg.box(12, y, 92, 12, "Nom de naissance (nom de famille)", p["surname"], vf, vs)
    pg.box(106, y, 92, 12, "Nom d'usage (facultatif)", p.get("usage", ""), vf, vs)
    y += 14
    pg.box(12, y, 186, 12, "Prénom(s)", p["given"], vf, vs)
    y += 14
    pg.box(12, y, 50, 12, "Date de naissance (jj/mm/aaaa)", p["dob"], vf, vs)
    pg.box(64, y, 134, 12, "Lieu de naissance (commune et pays)", p["pob"], vf, vs)
    y += 14
    pg.box(12, y, 186, 12, "Adresse", p["addr"], vf, vs)
    y += 14
    pg.box(12, y, 40, 12, "Code postal", p["cp"], vf, vs)
    pg.box(54, y, 144, 12, "Commune", p["city"], vf, vs)
    y += 14
    pg.box(12, y, 110, 12, "N° d'immatriculation (si vous en avez un)", "", vf, vs)
    pg.box(124, y, 74, 12, "N° d'allocataire CAF (facultatif)", "", vf, vs)
    y += 20
    pg.rect(12, y, 186, 7, fill=(0, 90, 170), stroke=(0, 90, 170))
    pg.t(14, y + 5, "B  Votre situation", 10, "sansb", (255, 255, 255))
    y += 14
    st = p["status"]
    pg.check(14, y, st == "employed", "Vous exercez une activité salariée ou assimilée", hand=hand)
    y += 4
    pg.box(22, y, 86, 12, "Profession", p.get("job", ""), vf, vs)
    pg.box(110, y, 88, 12, "Type de contrat (CDI, CDD, intérim...)", p.get("contract", ""), vf, vs)
    y += 20
    pg.check(14, y, st == "not_employed", "Vous êtes sans activité", hand=hand)
    y += 8
    pg.check(
        14,
        y,
        st == "other",
        "Autre situation (précisez) : ....................................",
        hand=hand,
    )
    y += 12
    pg.rect(12, y, 186, 7, fill=(0, 90, 170), stroke=(0, 90, 170))
    pg.t(14, y + 5, "C  Engagement et signature", 10, "sansb", (255, 255, 255))
    y += 14
    y = pg.para(
        14,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette "
        "demande et m'engage à signaler tout changement de situation.",
        180,
        8.5,
    )
    y += 3
    pg.box(12, y, 70, 12, "Fait à", p["fait_a"], vf, vs)
    pg.box(84, y, 44, 12, "Le (jj/mm/aaaa)", p["date"], vf, vs)
    pg.rect(130, y, 68, 26)
    pg.t(131.2, y + 2.9, "Signature", 6.5, "sans", (40, 40, 40))
    if p.get("signed", True):
        pg.signature(rng, 138, y + 7, 52, 14)
    y += 34
    pg.para(
        12,
        y,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Quiconque "
        "se rend coupable de fraudes ou de fausses déclarations est passible de sanctions "
        "(article L.114-13 du Code de la sécurité sociale).",
        186,
        6.5,
        color=(70, 70, 70),
    )
    pg.t(12, 288, "S1106 - 07/2023", 6.5, color=(90, 90, 90))
    return pg


def passport(d, rng):
    """Data page (125 x 88 mm) with labels bilingual per country."""
    pg = Page(125, 88, d.get("bg", (226, 232, 240)))
    col = d.get("col", (40, 50, 90))
    x0 = 5
    for i, s in enumerate(d["head"]):
        if s.startswith("FA:"):
            pg.t(62, 5 + i * 4.2, s[3:], 11, "fa", col, "m")
        else:
            pg.t(62, 5.5 + i * 4.2, s, 7.5, "sansb", col, "m")
    top = 6 + len(d["head"]) * 4.2
    pg.photo(x0, top + 1, 30, 38)
    x = 40
    y = top + (1.5 if isinstance(d["rows"][0][0], tuple) else 3)
    for lab, val in d["rows"]:
        if isinstance(lab, tuple):
            pg.t(x, y, lab[0], 5.2, "sans", col)
            pg.t(x + 46 + 38, y, lab[1], 7.5, "fa", col, "r")
        else:
            pg.t(x, y, lab, 5.2, "sans", col)
        if isinstance(val, tuple):
            pg.t(x, y + 3.6, val[0], 8, "sansb")
            pg.t(x + 84, y + 3.8, val[1], 10, "fa", (20, 20, 20), "r")
        else:
            pg.t(x, y + 3.6, val, 8, "sansb")
        y += 7.6 if isinstance(lab, tuple) else 6.9
    for i, ln in enumerate(d["mrz"]):
        pg.t(4, 78 + i * 5, ln, 9.6, "mono")
    return pg


def id1_card(title_lines, rows, mrz, back_rows, rng, col=(20, 60, 120)):
    """French titre de séjour (ID-1), front and back pages."""
    f = Page(85.6, 54, (232, 236, 226))
    f.rect(0, 0, 85.6, 9, fill=(0, 38, 84), stroke=(0, 38, 84))
    for i, s in enumerate(title_lines):
        f.t(42.8, 3.6 + i * 3.6, s, 5.6, "sansb", (255, 255, 255), "m")
    f.photo(3, 12, 22, 28)
    y = 12.5
    for lab, val in rows:
        f.t(28, y, lab, 4.2, "sans", col)
        f.t(28, y + 3, val, 6.4, "sansb")
        y += 6.4
    f.signature(rng, 4, 42, 20, 8)
    b = Page(85.6, 54, (232, 236, 226))
    y = 5
    for lab, val in back_rows:
        b.t(4, y, lab, 4.2, "sans", col)
        b.t(4, y + 3, val, 6.2, "sansb")
        y += 6.5
    for i, ln in enumerate(mrz):
        b.t(4, 40 + i * 4.6, ln, 8.4, "mono")
    return f, b


def visa_page(v, rng):
    """Passport page carrying a French type D visa sticker (MRV-A)."""
    pg = Page(125, 88, (236, 230, 238))
    pg.rect(3, 3, 119, 82, (120, 100, 140), (224, 232, 246), 0.4)
    pg.t(8, 9, "VISA", 10, "sansb", (30, 40, 120))
    pg.t(30, 9, "RÉPUBLIQUE FRANÇAISE · ÉTATS SCHENGEN", 6.5, "sansb", (30, 40, 120))
    pg.photo(8, 13, 24, 31)
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 36, 14),
        ("DU / FROM", v["from"], 36, 22),
        ("AU / UNTIL", v["until"], 70, 22),
        ("TYPE DE VISA / TYPE OF VISA", "D", 36, 30),
        ("NOMBRE D'ENTRÉES / ENTRIES", "MULT", 80, 30),
        ("DURÉE DU SÉJOUR / DURATION", v["days"] + " JOURS", 36, 38),
        ("DÉLIVRÉ À / ISSUED IN", v["place"], 80, 38),
        ("LE / ON", v["issued"], 36, 46),
        ("NUMÉRO DU PASSEPORT", v["passno"], 80, 46),
        ("NOM, PRÉNOM / SURNAME, NAME", v["name"], 36, 54),
    ]
    for lab, val, x, y in rows:
        pg.t(x, y, lab, 4.6, "sans", (60, 60, 110))
        pg.t(x, y + 3.3, val, 7.2, "sansb")
    pg.t(8, 61.5, "REMARQUES", 4.6, "sans", (60, 60, 110))
    pg.t(8, 65, v["remarks"], 7.2, "sansb")
    pg.t(118, 9, v["number"], 8, "monob", (170, 20, 20), "r")
    for i, ln in enumerate(v["mrz"]):
        pg.t(5, 74 + i * 5, ln, 9.4, "mono")
    return pg


def recepisse(r, rng):
    pg = Page()
    pg.t(105, 16, "RÉPUBLIQUE FRANÇAISE", 10, "sansb", anchor="m")
    pg.t(105, 21, "Liberté · Égalité · Fraternité", 8, "seriti", anchor="m")
    pg.t(105, 28, r["prefecture"], 10, "sansb", anchor="m")
    pg.rect(15, 34, 180, 14, fill=(235, 235, 235))
    pg.t(105, 40, "RÉCÉPISSÉ DE PREMIÈRE DEMANDE DE CARTE DE SÉJOUR", 12, "sansb", anchor="m")
    pg.t(105, 45.5, "Ce récépissé autorise son titulaire à travailler", 8.5, "sans", anchor="m")
    pg.photo(18, 55, 30, 38)
    y = 58
    for lab, val in r["rows"]:
        pg.lv(55, y, lab + " :", val, 9.5, vf="sansb", gap=2)
        y += 7
    y = max(y, 100) + 6
    pg.lv(18, y, "Valable du", r["from"] + "   au   " + r["until"], 10, vf="sansb", gap=2)
    y += 9
    y = pg.para(
        18,
        y,
        "Le titulaire du présent récépissé a sollicité la délivrance d'une carte de "
        "séjour temporaire portant la mention « " + r["mention"] + " ». Ce document ne "
        "constitue pas un titre de séjour mais atteste de la régularité du séjour pendant "
        "sa durée de validité.",
        174,
        9,
    )
    pg.t(120, y + 12, "Fait à " + r["city"] + ", le " + r["issued"], 9.5)
    pg.t(120, y + 18, "Pour le préfet et par délégation", 8.5, "seriti")
    pg.stamp(150, y + 38, 15, ["PRÉFECTURE", r["stamp"], "★"])
    pg.signature(rng, 120, y + 30, 30, 12, (30, 30, 30))
    pg.t(18, 285, "Réf. " + r["ref"], 7, "mono", (90, 90, 90))
    return pg


def mali_birth(b, rng):
    pg = Page()
    pg.t(60, 16, "RÉPUBLIQUE DU MALI", 11, "serifb", anchor="m")
    pg.t(60, 21, "Un Peuple - Un But - Une Foi", 8.5, "seriti", anchor="m")
    pg.t(20, 30, "Région de : " + b["region"], 9, "serif")
    pg.t(20, 35, "Cercle de : " + b["cercle"], 9, "serif")
    pg.t(20, 40, "Commune de : " + b["commune"], 9, "serif")
    pg.t(20, 45, "Centre d'état civil de : " + b["centre"], 9, "serif")
    pg.rect(135, 12, 60, 20)
    pg.t(165, 19, "VOLET N° 3", 12, "serifb", anchor="m")
    pg.t(165, 25, "à remettre au déclarant", 7.5, "seriti", anchor="m")
    pg.t(165, 29, "N° " + b["acte"], 8, "serif", anchor="m")
    pg.t(105, 58, "EXTRAIT D'ACTE DE NAISSANCE", 15, "serifb", anchor="m")
    pg.line(45, 60, 165, 60)
    y = 72
    for lab, val in b["rows"]:
        pg.t(20, y, lab, 9.5, "serif")
        pg.line(85, y + 1, 192, y + 1, (150, 150, 150), 0.2)
        pg.t(88, y - 0.3, val, 12, "hand2", NAVY)
        y += 9.5
    y += 4
    pg.t(20, y, "Dressé le " + b["dresse"] + " sur la déclaration de " + b["declarant"], 9, "serif")
    pg.t(
        20,
        y + 6,
        "Pour extrait conforme, délivré à " + b["commune"] + " le " + b["deliv"],
        9,
        "serif",
    )
    pg.t(140, y + 14, "L'Officier de l'état civil", 9, "serifb", anchor="m")
    pg.signature(rng, 125, y + 16, 30, 10)
    pg.stamp(165, y + 24, 12, ["MAIRIE DE", b["commune"].upper(), "ÉTAT CIVIL"], (90, 40, 140))
    y += 46
    pg.rect(18, y, 120, 44, (120, 30, 30))
    pg.t(22, y + 6, "LÉGALISATION", 10, "serifb", (120, 30, 30))
    y2 = pg.para(
        22,
        y + 12,
        "Vu pour légalisation de la signature de " + b["officer"] + ", "
        "Officier de l'état civil de " + b["commune"] + ", apposée ci-contre.",
        112,
        8.5,
        "serif",
        color=(120, 30, 30),
    )
    pg.t(22, y2 + 2, b["legal_by"], 8.5, "serif", (120, 30, 30))
    pg.t(22, y2 + 7, "Bamako, le " + b["legal_on"], 8.5, "serif", (120, 30, 30))
    pg.stamp(120, y + 30, 11, ["M.A.E.C.I.", "MALI", "LÉGALISATIONS"], (120, 30, 30))
    return pg


def cameroon_birth(b, rng):
    pg = Page()
    for i, s in enumerate(["RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie"]):
        pg.t(50, 14 + i * 4.5, s, 9 - i, "serifb" if i == 0 else "seriti", anchor="m")
    for i, s in enumerate(["REPUBLIC OF CAMEROON", "Peace - Work - Fatherland"]):
        pg.t(160, 14 + i * 4.5, s, 9 - i, "serifb" if i == 0 else "seriti", anchor="m")
    pg.t(
        15, 31, "Centre d'état civil de / Civil Status Registration Centre of : " + b["centre"], 8.5
    )
    pg.t(15, 36, "Département de / Division of : " + b["dept"], 8.5)
    pg.t(150, 36, "N° " + b["acte"], 9, "sansb")
    pg.t(105, 48, "ACTE DE NAISSANCE  /  BIRTH CERTIFICATE", 14, "serifb", anchor="m")
    y = 58
    for fr, en, val in b["rows"]:
        pg.rect(15, y, 180, 12, (90, 90, 90))
        pg.t(17, y + 3.6, fr, 7, "sansb")
        pg.t(17, y + 6.6, en, 6.5, "seriti", (60, 60, 60))
        pg.t(88, y + 8.3, val, 10.5, "monob" if b.get("typed") else "hand3", NAVY)
        y += 12
    y += 8
    pg.t(15, y, "Dressé le / Drawn up on : " + b["dresse"], 8.5)
    pg.t(
        15, y + 5, "Par Nous / By Us : " + b["officer"] + ", Officier d'état civil / Registrar", 8.5
    )
    pg.t(
        15,
        y + 12,
        "Copie certifiée conforme délivrée le / Certified true copy issued on : " + b["copy_on"],
        8.5,
        "sansb",
    )
    pg.stamp(160, y + 28, 14, ["CENTRE ÉTAT CIVIL", b["centre"].upper()[:18], "CAMEROUN"])
    pg.signature(rng, 120, y + 22, 28, 10)
    y += 48
    pg.rect(15, y, 110, 30, (120, 30, 30))
    pg.t(18, y + 6, "LÉGALISATION / AUTHENTICATION", 9, "sansb", (120, 30, 30))
    pg.para(
        18,
        y + 12,
        "Vu pour légalisation de la signature de " + b["officer"] + ". "
        "Ministère des Relations Extérieures, Yaoundé, le " + b["legal_on"],
        100,
        8,
        "serif",
        color=(120, 30, 30),
    )
    return pg


def us_birth(b, rng):
    pg = Page(bg=(232, 240, 232))
    pg.rect(8, 8, 194, 281, (60, 110, 80), None, 1.2)
    pg.t(105, 20, "STATE OF CALIFORNIA", 13, "serifb", anchor="m")
    pg.t(105, 27, "CERTIFICATION OF VITAL RECORD", 10, "serif", anchor="m")
    pg.t(105, 36, "CERTIFICATE OF LIVE BIRTH", 15, "serifb", anchor="m")
    pg.t(20, 46, "STATE FILE NUMBER  " + b["file"], 8, "sansb")
    pg.t(190, 46, "LOCAL REGISTRATION NUMBER  " + b["local"], 8, "sansb", anchor="r")
    y = 52
    x = 15
    for num, lab, val, w in b["cells"]:
        if x + w > 196:
            x, y = 15, y + 14
        pg.rect(x, y, w, 14, (60, 60, 60))
        pg.t(x + 1, y + 3, num + ". " + lab, 5.5, "sans", (50, 50, 50))
        pg.t(x + 2, y + 11, val, 9.5, "mono")
        x += w
    y += 26
    pg.para(
        15,
        y,
        "This is a true and exact reproduction of the document officially registered "
        "and placed on file in the Office of the State Registrar, California Department of "
        "Public Health.",
        180,
        8.5,
        "serif",
    )
    pg.t(15, y + 16, "DATE ISSUED  " + b["issued"], 8.5, "sansb")
    pg.t(195, y + 16, "STATE REGISTRAR", 8.5, "sansb", anchor="r")
    pg.signature(rng, 150, y + 20, 40, 10, (30, 30, 30))
    pg.stamp(40, y + 45, 16, ["STATE OF", "CALIFORNIA", "SEAL"], (150, 120, 40))
    pg.t(105, 280, "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE", 7, "sansb", anchor="m")
    return pg


def apostille(a, rng):
    pg = Page()
    pg.rect(30, 30, 150, 170, (0, 0, 0), None, 0.8)
    pg.t(105, 42, "APOSTILLE", 18, "serifb", anchor="m")
    pg.t(105, 49, "(Convention de La Haye du 5 octobre 1961)", 9, "seriti", anchor="m")
    y = 62
    items = [
        ("1. Country:", a["country"]),
        ("This public document", ""),
        ("2. has been signed by", a["signer"]),
        ("3. acting in the capacity of", a["capacity"]),
        ("4. bears the seal/stamp of", a["seal"]),
        ("Certified", ""),
        ("5. at", a["at"]),
        ("6. the", a["on_text"]),
        ("7. by", a["by"]),
        ("8. No.", a["number"]),
        ("9. Seal/stamp:", "(affixed)"),
        ("10. Signature:", ""),
    ]
    for lab, val in items:
        if val:
            pg.lv(36, y, lab, val, 9, "serif", "serifb", 2)
        else:
            pg.t(
                105 if lab[0] != "1" else 36,
                y,
                lab,
                9.5,
                "serifb",
                anchor="m" if lab[0] != "1" else "l",
            )
        y += 9
    pg.stamp(70, y + 10, 15, ["SECRETARY", "OF STATE", a["state_short"]], (150, 30, 30))
    pg.signature(rng, 110, y - 6, 50, 12)
    return pg


def handwritten_attestation(h, rng):
    pg = Page(bg=(250, 250, 246))
    for i in range(30):
        pg.line(10, 30 + i * 8.5, 200, 30 + i * 8.5, (170, 190, 220), 0.15)
    pg.line(25, 0, 25, 297, (220, 140, 140), 0.2)
    pg.t(105, 22, "Attestation d'hébergement", 17, "hand", NAVY, "m")
    y = 38.2
    lines = []
    for para in h["text"]:
        lines += wrap(para, "hand", 13.5, 168) + [""]
    for ln in lines:
        if ln:
            pg.t(28, y, ln, 13.5, "hand", NAVY)
        y += 8.5
    pg.t(120, y, "Fait à " + h["city"] + ", le " + h["date"], 13.5, "hand", NAVY)
    pg.signature(rng, 130, y + 5, 45, 16)
    return pg
