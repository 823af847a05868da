"""More layouts: visa, civil records, apostilles, lease, job papers, bills, attestation."""

from docs import fmt_iban, fr_date, header_block, photo, table, words_date
from render import Doc, signature


def stamp(d, x, y, lines, color=(40, 60, 150), r=16):
    pts = [(x + r * _c(i), y + r * _s(i)) for i in range(37)]
    d.poly(pts, 0.5, color)
    pts2 = [(x + (r - 2.5) * _c(i), y + (r - 2.5) * _s(i)) for i in range(37)]
    d.poly(pts2, 0.3, color)
    for i, s in enumerate(lines):
        d.t(x, y - 2 + i * 3.6, s, "sansb", 5.8, color, "c")


def _c(i):
    import math

    return math.cos(i * math.pi / 18)


def _s(i):
    import math

    return math.sin(i * math.pi / 18)


def visa_sticker(v):
    """Schengen type D visa sticker (EU uniform format, Reg. 1683/95), 120x80 mm area."""
    d = Doc(120, 82, (236, 226, 238))
    d.t(4, 6, "VISA", "sansb", 11, (90, 40, 100))
    d.t(30, 6, "RÉPUBLIQUE FRANÇAISE", "sans", 6.5, (90, 40, 100))
    photo(d, 4, 10, 26, 33)
    L = (80, 60, 90)
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 34, 11),
        ("DU / FROM", fr_date(v["from"]).replace("/", "-"), 34, 19),
        ("AU / UNTIL", fr_date(v["until"]).replace("/", "-"), 64, 19),
        ("TYPE DE VISA", "D", 94, 19),
        ("DURÉE DU SÉJOUR", v["days"] + " JOURS", 34, 27),
        ("NOMBRE D'ENTRÉES", "MULT", 74, 27),
        ("N° DU PASSEPORT", v["passport"], 34, 35),
        ("DÉLIVRÉ À / ISSUED IN", v["issued_at"], 74, 35),
        ("LE / ON", fr_date(v["issued"]).replace("/", "-"), 34, 43),
        ("NOM, PRÉNOM", v["surname"] + ", " + v["given"], 4, 51),
    ]
    for lab, val, x, y in rows:
        d.t(x, y, lab, "sans", 4.6, L)
        d.t(x, y + 3.8, val, "sansb", 7)
    d.t(4, 63, "REMARQUES", "sans", 4.6, L)
    d.t(4, 66.5, v["remarks"], "sansb", 6.6)
    d.t(100, 6, v["number"], "monob", 8, (160, 30, 40))
    for i, ln in enumerate(v["mrz"]):
        d.t(2.5, 73 + i * 5.2, ln, "mono", 8.5)
    return d


def senegal_birth(b, rng):
    d = Doc(210, 297, (250, 249, 243))
    d.t(105, 16, "RÉPUBLIQUE DU SÉNÉGAL", "serifb", 12, align="c")
    d.t(105, 21, "Un Peuple — Un But — Une Foi", "serifi", 9, align="c")
    header_block(
        d,
        [
            "RÉGION DE " + b["region"],
            "DÉPARTEMENT DE " + b["dept"],
            "COMMUNE DE " + b["commune"],
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
        14,
        32,
        "serif",
        9,
        4.4,
    )
    d.t(150, 36, "Année : " + b["year"], "serif", 10)
    d.t(150, 42, "N° dans le registre : " + b["reg_no"], "serif", 10)
    d.t(105, 62, "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL", "serifb", 13, align="c")
    d.t(105, 68, "(ACTE DE NAISSANCE)", "serifb", 10.5, align="c")
    rows = [
        ("Le", b["dob_words"]),
        ("à", b["time"]),
        ("est né(e) à", b["pob"]),
        ("de sexe", b["sex_word"]),
        ("Prénom(s)", b["given"]),
        ("Nom", b["surname"]),
        ("de", b["father"]),
        ("et de", b["mother"]),
    ]
    y = 84
    for lab, val in rows:
        d.t(22, y, lab, "serifi", 10.5, (40, 40, 40))
        d.line(58, y + 1.6, 190, y + 1.6, 0.15, (150, 150, 150))
        d.t(60, y, val, "serifb", 11)
        y += 11
    y += 6
    for s in [
        "Dressé le " + b["drawn"] + " sur la déclaration du père,",
        "par Nous, " + b["officer"] + ", Officier de l'état civil.",
        "",
        "Extrait certifié conforme aux indications portées au registre.",
        "Délivré à " + b["commune"].title() + ", le " + words_date(b["issued"]),
    ]:
        d.t(22, y, s, "serif", 10.5)
        y += 6
    d.t(140, y + 8, "L'Officier de l'état civil", "serif", 10, align="c")
    stamp(d, 120, y + 26, ["ÉTAT CIVIL", b["commune"], "SÉNÉGAL"], (40, 60, 140))
    signature(d, 132, y + 26, rng, 36, (30, 30, 90))
    d.t(140, y + 38, b["officer"], "serif", 9.5, align="c")
    return [d]


def mexico_acta(b, rng):
    d = Doc(216, 279, (246, 248, 240))
    d.rect(8, 8, 200, 263, stroke=(120, 150, 120), lw=1.2)
    d.t(108, 20, "ESTADOS UNIDOS MEXICANOS", "serifb", 12, align="c")
    d.t(108, 26, "ACTA DE NACIMIENTO", "serifb", 16, align="c")
    d.t(20, 38, "Identificador Electrónico: " + b["ident"], "sans", 8)
    d.t(196, 38, "CURP: " + b["curp"], "sansb", 8.5, align="r")
    y = 48
    blocks = [
        ("Entidad de Registro", b["state"], "Municipio de Registro", b["mun"]),
        ("Oficialía", b["oficialia"], "Fecha de Registro", b["reg_date"]),
        ("Libro", b["libro"], "Número de Acta", b["acta"]),
    ]
    for a, av, c, cv in blocks:
        d.t(20, y, a, "sans", 7, (90, 90, 90))
        d.t(20, y + 5, av, "sansb", 10)
        d.t(110, y, c, "sans", 7, (90, 90, 90))
        d.t(110, y + 5, cv, "sansb", 10)
        y += 12
    d.rect(16, y, 184, 6, stroke=None, fill=(200, 215, 200))
    d.t(108, y + 4.3, "DATOS DE LA PERSONA REGISTRADA", "sansb", 8.5, align="c")
    y += 12
    for lab, val in [
        ("Nombre(s)", b["given"]),
        ("Primer Apellido", b["ap1"]),
        ("Segundo Apellido", b["ap2"]),
        ("Sexo", b["sex_word"]),
        ("Fecha de Nacimiento", b["dob_es"]),
        ("Lugar de Nacimiento", b["pob"]),
    ]:
        d.t(20, y, lab, "sans", 7, (90, 90, 90))
        d.t(70, y, val, "sansb", 10.5)
        y += 8
    d.rect(16, y, 184, 6, stroke=None, fill=(200, 215, 200))
    d.t(108, y + 4.3, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA", "sansb", 8.5, align="c")
    y += 12
    for lab, val in [("Progenitor", b["father"]), ("Progenitora", b["mother"])]:
        d.t(20, y, lab, "sans", 7, (90, 90, 90))
        d.t(70, y, val, "sansb", 10)
        y += 8
    y += 8
    d.t(
        20,
        y,
        "El presente documento es una copia fiel del acta que obra en la base de datos",
        "serif",
        9,
    )
    d.t(
        20,
        y + 5,
        "del Registro Civil. Expedido en " + b["exp_place"] + ", el " + b["exp_date"],
        "serif",
        9,
    )
    signature(d, 120, y + 30, rng, 40, (20, 20, 20))
    d.t(140, y + 38, b["registrar"], "sans", 8, align="c")
    d.t(140, y + 42, "Director(a) del Registro Civil", "sans", 7.5, align="c")
    return [d]


def apostille(a, rng, lang_lines):
    """Hague model (10 numbered items). lang_lines: 10 labels in the issuing language."""
    d = Doc(210, 297, (252, 252, 250))
    d.rect(30, 30, 150, 150, lw=0.6)
    d.t(105, 42, "APOSTILLE", "serifb", 18, align="c")
    d.t(105, 49, "(Convention de La Haye du 5 octobre 1961)", "serifi", 9.5, align="c")
    vals = [
        a["country"],
        a["signed_by"],
        a["capacity"],
        a["seal"],
        a["place"],
        a["date"],
        a["authority"],
        a["number"],
    ]
    y = 62
    for i in range(8):
        d.t(36, y, f"{i + 1}. {lang_lines[i]}", "serif", 8.5, (40, 40, 40))
        d.t(44, y + 5.2, vals[i], "serifb", 9.5)
        y += 12
    d.t(36, y, "9. " + lang_lines[8], "serif", 8.5, (40, 40, 40))
    d.t(110, y, "10. " + lang_lines[9], "serif", 8.5, (40, 40, 40))
    stamp(d, 70, y + 14, a["stamp"], (120, 30, 40), 12)
    signature(d, 118, y + 14, rng, 34, (20, 20, 60))
    return [d]


def translation(t, rng):
    d = Doc()
    header_block(d, t["translator"], 18, 20, "serif", 9.5, 4.6)
    d.t(105, 50, "TRADUCTION CERTIFIÉE CONFORME", "serifb", 13, align="c")
    d.t(105, 56, t["subtitle"], "serifi", 10, align="c")
    y = 70
    for s in t["body"]:
        d.t(20, y, s, "serif", 10.5)
        y += 6.4
    y += 8
    d.t(20, y, t["closing"], "serif", 9.5)
    stamp(d, 150, y + 24, t["stamp"], (40, 60, 150), 17)
    signature(d, 110, y + 26, rng, 30, (20, 20, 90))
    return [d]


def lease(le, rng):
    """Bail d'habitation (loi n° 89-462 du 6 juillet 1989), pages 1 and 2 of the contract."""
    p1 = Doc()
    p1.t(105, 20, "CONTRAT DE LOCATION", "latob", 15, align="c")
    p1.t(
        105,
        26,
        "Logement vide — soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989",
        "lato",
        8.5,
        align="c",
    )
    y = 40
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                "Le bailleur : " + le["landlord"],
                "  " + le["landlord_addr"],
                "ci-après dénommé « le bailleur »,",
                "Le(s) locataire(s) : " + ", ".join(le["tenants_print"]),
                "ci-après dénommé(s) « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Localisation du logement : " + le["address"],
                "Type d'habitat : immeuble collectif — Régime juridique : copropriété",
                "Surface habitable : "
                + le["surface"]
                + " m²  —  Nombre de pièces principales : "
                + le["rooms"],
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                "Date de prise d'effet du contrat : " + fr_date(le["start"]),
                "Durée du contrat : 3 ans (bailleur personne physique)",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Montant du loyer mensuel : " + le["rent"] + " € hors charges",
                "Provision sur charges : " + le["charges"] + " €, payable le 5 de chaque mois",
                "Dépôt de garantie : " + le["rent"] + " €",
            ],
        ),
    ]
    for title, lines in sections:
        p1.rect(18, y - 4.6, 174, 6.4, stroke=None, fill=(225, 230, 238))
        p1.t(20, y, title, "latob", 9.5)
        y += 8
        for s in lines:
            p1.t(22, y, s, "lato", 9.5)
            y += 5.4
        y += 5
    p1.t(192, 288, "Paraphes : ______   Page 1/2", "lato", 7.5, align="r")
    p2 = Doc()
    y = 22
    for s in le["clauses"]:
        p2.t(20, y, s, "lato", 9.5)
        y += 5.6
    y += 10
    p2.t(
        20,
        y,
        "Fait à " + le["city"] + ", le " + fr_date(le["signed"]) + ", en deux "
        "exemplaires originaux.",
        "lato",
        9.5,
    )
    p2.t(30, y + 12, "Le bailleur", "latob", 9)
    p2.t(130, y + 12, "Le(s) locataire(s)", "latob", 9)
    p2.t(30, y + 17, "« Lu et approuvé »", "hand", 11, (20, 30, 120))
    p2.t(130, y + 17, "« Lu et approuvé »", "hand", 11, (20, 30, 120))
    signature(p2, 34, y + 32, rng)
    signature(p2, 134, y + 32, rng)
    p2.t(192, 288, "Page 2/2", "lato", 7.5, align="r")
    return [p1, p2]


def contract(c, rng):
    d = Doc()
    header_block(d, c["employer_lines"], 20, 20, "carlb", 10, 4.8)
    d.t(105, 55, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "carlb", 14, align="c")
    y = 68
    for s in c["body"]:
        d.t(20, y, s, "carl" if not s.startswith("Article") else "carlb", 10.5)
        y += 6 if s else 3
    y += 6
    d.t(
        20,
        y,
        "Fait à " + c["city"] + ", le " + fr_date(c["signed"]) + " en deux exemplaires.",
        "carl",
        10.5,
    )
    d.t(30, y + 10, "Pour l'employeur", "carlb", 10)
    d.t(130, y + 10, "Le salarié", "carlb", 10)
    signature(d, 34, y + 26, rng)
    signature(d, 134, y + 26, rng)
    return [d]


def payslip(p):
    """Bulletin de paie clarifié (modèle 2018)."""
    d = Doc()
    d.rect(12, 12, 186, 8, stroke=None, fill=(35, 60, 95))
    d.t(15, 17.8, "BULLETIN DE PAIE", "robb", 10.5, (255, 255, 255))
    d.t(195, 17.8, "Période du " + p["from"] + " au " + p["to"], "rob", 8.5, (255, 255, 255), "r")
    header_block(d, p["employer_lines"], 15, 28, "rob", 8.5, 4.2)
    d.rect(112, 25, 86, 30, lw=0.25)
    header_block(d, p["employee_lines"], 116, 31, "robb", 9.5, 4.8)
    header_block(d, p["info_lines"], 15, 62, "rob", 7.5, 3.8)
    rows = p["rows"]
    yy = table(d, 12, 86, ["Éléments", "Base", "Taux", "Montant"], rows, [92, 34, 26, 34], "rob", 8)
    d.rect(12, yy + 8, 186, 13, stroke=None, fill=(230, 238, 246))
    d.t(15, yy + 16, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "robb", 9)
    d.t(195, yy + 16, p["net_before"] + " €", "robb", 9.5, align="r")
    d.t(
        15,
        yy + 30,
        "Impôt sur le revenu prélevé à la source (taux " + p["pas_rate"] + ")",
        "rob",
        8.5,
    )
    d.t(195, yy + 30, "-" + p["pas"] + " €", "rob", 8.5, align="r")
    d.rect(12, yy + 36, 186, 13, stroke=None, fill=(35, 60, 95))
    d.t(15, yy + 44.5, "NET PAYÉ", "robb", 10.5, (255, 255, 255))
    d.t(195, yy + 44.5, p["net"] + " €", "robb", 11, (255, 255, 255), "r")
    d.t(15, yy + 56, "Payé le " + p["paid"] + " par virement", "rob", 8)
    d.t(
        15,
        286,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
        "rob",
        7,
        (90, 90, 90),
    )
    return [d]


def edf_bill(b):
    d = Doc()
    d.rect(0, 0, 210, 26, stroke=None, fill=(0, 91, 187))
    d.t(15, 16, "edf", "latob", 24, (255, 255, 255))
    d.t(195, 12, "Facture du " + fr_date(b["issue"]), "latob", 10, (255, 255, 255), "r")
    d.t(195, 18, "N° de facture " + b["no"], "lato", 8.5, (255, 255, 255), "r")
    header_block(
        d,
        [
            "Votre contrat électricité : Tarif Bleu",
            "Réf. client : " + b["ref"],
            "Point de livraison (PDL) : " + b["pdl"],
        ],
        15,
        36,
        "lato",
        8.5,
        4.2,
    )
    header_block(d, b["holder_lines"], 120, 40, "latob", 10, 5)
    d.t(15, 62, "Adresse de consommation : " + b["addr"], "lato", 8.5)
    d.rect(15, 72, 180, 26, stroke=None, fill=(232, 242, 252))
    d.t(20, 81, "Montant TTC à payer", "latob", 11)
    d.t(190, 84, b["amount"] + " €", "latob", 20, (0, 91, 187), "r")
    d.t(20, 89, "Prélevé à partir du " + b["debit"], "lato", 8.5)
    d.t(
        15,
        110,
        "Facture mensuelle — électricité consommée du "
        + fr_date(b["p0"])
        + " au "
        + fr_date(b["p1"]),
        "latob",
        9.5,
    )
    rows = [
        ["Abonnement (puissance 6 kVA)", "1 mois", "", b["abo"]],
        ["Consommation (base)", b["kwh"] + " kWh", "0,2016", b["conso"]],
        ["Taxes et contributions (accise, CTA)", "", "", b["taxes"]],
        ["TVA", "", "", b["tva"]],
    ]
    table(
        d,
        15,
        116,
        ["Détail", "Quantité", "Prix unit.", "Montant € TTC"],
        rows,
        [90, 30, 28, 32],
        "lato",
        8.5,
    )
    d.t(
        15,
        280,
        "EDF SA — 22-30 avenue de Wagram 75382 Paris cedex 08 — RCS Paris 552 081 317",
        "lato",
        7,
        (100, 100, 100),
    )
    return [d]


def free_bill(b):
    d = Doc()
    d.t(18, 24, "free", "sansb", 26, (205, 30, 35))
    d.t(192, 18, "Facture n° " + b["no"], "sansb", 10, align="r")
    d.t(192, 23.5, "Date : " + fr_date(b["issue"]), "sans", 9, align="r")
    header_block(d, b["holder_lines"], 118, 42, "sans", 10, 5)
    header_block(
        d,
        ["Identifiant : " + b["login"], "Ligne : " + b["line"], "Offre : Freebox Pop"],
        18,
        42,
        "sans",
        8.5,
        4.4,
    )
    d.t(18, 78, "Détail de votre facture du mois de " + b["month_word"], "sansb", 11)
    rows = [
        ["Forfait Freebox Pop (" + fr_date(b["p0"]) + " au " + fr_date(b["p1"]) + ")", b["amount"]],
        ["Communications hors forfait", "0,00"],
        ["Total TTC (dont TVA 20 %)", b["amount"]],
    ]
    table(d, 18, 84, ["Désignation", "Montant € TTC"], rows, [140, 34], "sans", 9)
    d.t(18, 120, "Montant prélevé le " + b["debit"] + " : " + b["amount"] + " €", "sansb", 10)
    d.t(
        18,
        280,
        "Free — SAS au capital de 3 441 812 € — RCS Paris B 421 938 861 — 16 rue de la "
        "Ville l'Évêque 75008 Paris",
        "sans",
        6.8,
        (100, 100, 100),
    )
    return [d]


def attestation_typed(a, rng):
    d = Doc()
    header_block(d, a["host_lines"], 20, 22, "dv", 10, 5)
    d.t(105, 60, "ATTESTATION D'HÉBERGEMENT", "dvb", 14, align="c")
    y = 78
    for s in a["body"]:
        d.t(20, y, s, "dv", 10.5)
        y += 6.5 if s else 4
    y += 8
    d.t(110, y, "Fait à " + a["city"] + ", le " + fr_date(a["signed_on"]), "dv", 10.5)
    d.t(110, y + 8, "Signature :", "dv", 10)
    signature(d, 120, y + 24, rng)
    d.t(
        20,
        270,
        "Pièces jointes : copie de ma pièce d'identité, mes trois dernières factures EDF.",
        "dv",
        8.5,
    )
    return [d]


def bank_screen(s):
    """Phone screenshot (1170x2532 at 10 px/mm) of a bank app's RIB screen."""
    d = Doc(117, 253.2, (245, 246, 250))
    d.t(6, 5, "09:41", "robb", 9)
    d.t(111, 5, "5G  83 %", "rob", 8, align="r")
    d.rect(0, 10, 117, 18, stroke=None, fill=s["color"])
    d.t(58.5, 21.5, s["app"], "robb", 12, (255, 255, 255), "c")
    d.t(8, 40, "Mon RIB", "robb", 14)
    d.t(8, 47, s["account_label"], "rob", 8.5, (90, 90, 90))
    y = 58
    for lab, val in s["rows"]:
        d.rect(6, y, 105, 17, stroke=None, fill=(255, 255, 255))
        d.t(10, y + 6, lab, "rob", 7.5, (110, 110, 110))
        d.t(10, y + 13, val, "robb", 8.6 if len(val) > 28 else 9.5)
        y += 20
    d.rect(6, y + 6, 105, 12, stroke=None, fill=s["color"])
    d.t(58.5, y + 13.6, "Partager mon RIB", "robb", 9.5, (255, 255, 255), "c")
    d.rect(40, 246, 37, 1.3, stroke=None, fill=(20, 20, 20))
    return [d]


__all__ = ["fmt_iban"]
