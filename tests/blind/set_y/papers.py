"""Paper documents: birth certificates, apostille, translation, bills, lease, job, bank, hosting."""

import textwrap

from ids import d_slash
from render import Page

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def d_words(d):
    day = int(d[8:10])
    return f"{'1er' if day == 1 else day} {MOIS[int(d[5:7]) - 1]} {d[:4]}"


def para(pg, x, y, text, width, font="serif", size=10, lead=None, color=(0, 0, 0)):
    lead = lead or size * 0.47
    for block in text.split("\n"):
        for ln in textwrap.wrap(block, width) or [""]:
            pg.text(x, y, ln, font, size, color)
            y += lead
    return y


def money(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


# ------------------------------------------------------------------ birth certificates


def birth_senegal(rng, b):
    pg = Page()
    pg.text(50, 18, "RÉPUBLIQUE DU SÉNÉGAL", "serif-b", 11, anchor="m")
    pg.text(50, 23, "Un Peuple - Un But - Une Foi", "serif-i", 9, anchor="m")
    pg.line(35, 25.5, 65, 25.5)
    rows = [
        "Région de " + b["region"],
        "Département de " + b["departement"],
        "Commune de " + b["commune"],
        "Centre d'état civil : " + b["centre"],
    ]
    pg.lines(18, 32, rows, "serif", 9.5, 5)
    pg.text(150, 18, "ÉTAT CIVIL", "serif-b", 11, anchor="m")
    pg.text(150, 26, f"Année {b['dob'][:4]}", "serif", 10, anchor="m")
    pg.text(150, 32, f"N° dans le Registre : {b['reg_no']}", "serif", 10, anchor="m")
    pg.rect(25, 58, 160, 11, (0, 0, 0), (235, 235, 235), 0.4)
    pg.text(105, 65.5, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", "serif-b", 12, anchor="m")
    y = 82
    items = [
        ("Le", b["dob_words"]),
        ("à", b["birth_time"]),
        ("est né(e) à", b["pob"]),
        ("Prénom(s)", b["given"]),
        ("Sexe", b["sex_word"]),
        ("Nom", b["surname"]),
        ("Prénom(s) du père", b["father_given"]),
        ("Prénom(s) et Nom de la mère", b["mother"]),
    ]
    for lab, val in items:
        pg.text(25, y, lab, "serif", 10.5)
        pg.poly([(75, y + 0.8), (185, y + 0.8)], (120, 120, 120), 0.15)
        pg.text(78, y - 0.5, val, b["vfont"], 11.5, (25, 25, 60))
        y += 10.5
    y += 4
    y = para(pg, 25, y, b["mention"], 95, "serif", 10)
    pg.text(25, y + 8, "Mentions marginales : Néant", "serif", 10)
    pg.text(120, 205, f"Pour extrait certifié conforme, {b['commune']},", "serif", 10)
    pg.text(120, 211, "le " + b["issued_words"], "serif", 10)
    pg.text(130, 219, "L'Officier de l'État Civil", "serif-b", 10)
    pg.stamp(140, 240, 15, "COMMUNE DE " + b["commune"].upper(), "ETAT CIVIL", (40, 60, 160))
    pg.signature(rng, 130, 228, 45, 18, (30, 30, 90))
    pg.text(105, 283, "Timbre fiscal : 200 F CFA", "serif-i", 8, (90, 90, 90), "m")
    return pg


def birth_china(rng, b):
    pg = Page()
    pg.text(105, 40, "公 证 书", "cjk", 30, anchor="m")
    pg.text(140, 58, b["cert_no_zh"], "cjk", 10.5, anchor="m")
    y = 80
    for ln in b["zh_lines"]:
        pg.text(30, y, ln, "cjk", 12.5)
        y += 10
    pg.text(125, 190, b["office_zh"], "cjk", 12.5)
    pg.text(125, 202, "公证员", "cjk", 12.5)
    pg.hand(rng, 148, 202, b["notary_zh"], "cjk", 12, (20, 20, 20))
    pg.text(125, 216, b["date_zh"], "cjk", 12.5)
    pg.stamp(150, 200, 19, "中华人民共和国" + b["city_zh"] + "公证处", "", (200, 30, 30), "★")
    return pg


def birth_china_en(rng, b):
    pg = Page()
    pg.text(105, 35, "NOTARIAL CERTIFICATE", "serif-b", 16, anchor="m")
    pg.text(150, 50, b["cert_no_en"], "serif", 10.5, anchor="m")
    para(pg, 28, 68, b["en_text"], 80, "serif", 12, 7)
    pg.text(120, 190, b["office_en"], "serif", 11)
    pg.text(120, 200, "Notary Public: " + b["notary_en"], "serif", 11)
    pg.text(120, 210, b["date_en"], "serif", 11)
    pg.stamp(150, 200, 19, "NOTARY PUBLIC OFFICE", "", (200, 30, 30), "★")
    return pg


def birth_illinois(rng, b):
    pg = Page(216, 279, bg=(246, 243, 233))
    for i in range(0, 216, 6):
        pg.line(i, 0, i + 40, 279, (232, 226, 210), 0.15)
    pg.rect(12, 12, 192, 255, (60, 80, 60), None, 1.2)
    pg.text(108, 26, "STATE OF ILLINOIS", "serif-b", 15, (30, 50, 30), "m")
    pg.text(
        108, 33, "DEPARTMENT OF PUBLIC HEALTH — DIVISION OF VITAL RECORDS", "sans", 8, anchor="m"
    )
    pg.text(108, 44, "CERTIFICATE OF LIVE BIRTH", "serif-b", 17, anchor="m")
    pg.text(195, 54, "State File No. " + b["file_no"], "mono", 8.5, anchor="r")
    cells = [
        ("1. CHILD - FIRST", b["first"], 20, 60, 55),
        ("MIDDLE", b["middle"], 75, 60, 45),
        ("LAST", b["last"], 120, 60, 76),
        ("2. SEX", b["sex"], 20, 76, 30),
        ("3a. DATE OF BIRTH (Month, Day, Year)", b["dob_us"], 50, 76, 70),
        ("3b. HOUR", b["hour"], 120, 76, 76),
        ("4a. PLACE OF BIRTH - CITY, TOWN OR LOCATION", b["city"], 20, 92, 100),
        ("4b. COUNTY", b["county"], 120, 92, 76),
        ("4c. HOSPITAL NAME", b["hospital"], 20, 108, 176),
        ("5a. MOTHER - NAME PRIOR TO FIRST MARRIAGE", b["mother"], 20, 124, 100),
        ("5b. BIRTHPLACE (STATE)", b["mother_bp"], 120, 124, 76),
        ("6a. FATHER - NAME", b["father"], 20, 140, 100),
        ("6b. BIRTHPLACE (STATE)", b["father_bp"], 120, 140, 76),
        ("7. DATE FILED BY LOCAL REGISTRAR", b["filed_us"], 20, 156, 100),
    ]
    for lab, val, x, y, w in cells:
        pg.rect(x, y, w, 16, (60, 80, 60), None, 0.3)
        pg.text(x + 1.5, y + 3.5, lab, "sans", 5.8, (60, 80, 60))
        pg.text(x + 3, y + 11.5, val, "mono", 10.5)
    para(
        pg,
        20,
        186,
        "This is to certify that this is a true and correct abstract of the official record "
        "filed with the Illinois Department of Public Health.",
        95,
        "serif-i",
        9,
    )
    pg.text(20, 205, "DATE ISSUED: " + b["issued_us"], "mono", 9)
    pg.signature(rng, 120, 205, 60, 15, (10, 10, 10))
    pg.line(120, 222, 190, 222)
    pg.text(155, 226, "STATE REGISTRAR", "sans", 7, anchor="m")
    pg.stamp(55, 240, 14, "STATE OF ILLINOIS", "VITAL RECORDS", (150, 150, 150))
    return pg


def apostille(rng, a):
    """Hague model apostille: title, 10 numbered items."""
    pg = Page()
    x, y = 35, 40
    pg.rect(x - 8, y - 12, 156, 150, (0, 0, 0), None, 0.6)
    pg.text(105, y, "APOSTILLE", a.get("font", "serif") + "-b", 18, anchor="m")
    pg.text(105, y + 7, "(Convention de La Haye du 5 octobre 1961)", "serif", 10, anchor="m")
    for i, ln in enumerate(a.get("header_extra", [])):
        pg.text(105, y + 13 + i * 5, ln, a.get("xfont", "serif"), 9, anchor="m")
    y += 24
    items = a["items"]
    for i, (lab, val) in enumerate(items, 1):
        if i == 5:
            pg.text(x, y, "Attesté / Certified", "serif-b", 10.5)
            y += 8
        pg.text(x, y, f"{i}. {lab}", "serif", 9.5)
        pg.text(x + 70, y, val, "mono", 9.5, (20, 20, 90))
        y += 8.5
    pg.text(x, y + 4, "10. Signature:", "serif", 9.5)
    pg.signature(rng, x + 75, y - 4, 50, 16, (20, 20, 100))
    pg.stamp(x + 30, y + 24, 13, a["seal_top"], a["seal_bottom"], a["seal_color"])
    return pg


def translation(rng, t):
    pg = Page()
    pg.text(20, 18, t["translator"], "sans-b", 11)
    pg.lines(20, 23, t["translator_lines"], "sans", 8.5, 4)
    pg.text(105, 50, "TRADUCTION CERTIFIÉE CONFORME", "sans-b", 13, anchor="m")
    pg.text(105, 56, t["subtitle"], "sans", 9, anchor="m")
    y = para(pg, 22, 70, t["body"], 92, "serif", 10.5, 6)
    y = para(pg, 22, y + 6, t["certif"], 95, "serif-i", 9, 4.6)
    pg.text(22, y + 6, t["signed_line"], "serif", 10)
    pg.stamp(150, y + 30, 18, t["stamp_top"], t["stamp_bottom"], (30, 60, 150), "N° " + t["seq"])
    pg.signature(rng, 110, y + 14, 45, 16, (20, 20, 80))
    pg.text(105, 287, f"Traduction n° {t['seq']} — page 1/1", "sans", 7.5, (90, 90, 90), "m")
    return pg


# ------------------------------------------------------------------ bills


def bill_total(b):
    """TotalEnergies-like monthly electricity invoice, page 1."""
    red, blue = (227, 6, 19), (0, 51, 141)
    pg = Page()
    pg.rect(0, 0, 210, 3, None, red)
    pg.text(15, 18, "TotalEnergies", "open-b", 20, blue)
    pg.text(15, 23.5, "Électricité & Gaz", "open", 8, (100, 100, 100))
    pg.text(130, 15, "Votre facture", "open-b", 14, blue)
    pg.text(130, 21, "du " + d_slash(b["issue_date"]), "open", 10)
    pg.text(130, 26, "N° de facture : " + b["invoice_no"], "open", 8.5)
    pg.text(130, 30.5, "Référence client : " + b["client_no"], "open", 8.5)
    pg.lines(115, 48, [b["holder_print"]] + b["addr_lines"], "open", 10, 5)
    pg.text(15, 48, "Lieu de consommation :", "open-b", 8.5)
    pg.lines(15, 53, b["addr_lines"], "open", 8.5, 4)
    pg.text(15, 66, "PDL : " + b["pdl"], "open", 8.5)
    pg.rect(15, 80, 180, 30, None, (240, 243, 250))
    pg.text(20, 89, "Montant total à payer", "open-b", 12, blue)
    pg.text(190, 92, money(b["amount"]) + " €", "open-b", 20, blue, "r")
    pg.text(20, 96, f"Prélevé le {d_slash(b['debit_date'])} sur votre compte", "open", 8.5)
    pg.text(20, 104, f"Facture de consommation réelle — {b['month_words']}", "open", 9)
    pg.text(15, 122, "Détail de votre facture", "open-b", 11, blue)
    pg.line(15, 124, 195, 124, blue, 0.4)
    rows = [
        ("Période de consommation", f"du {d_slash(b['start'])} au {d_slash(b['end'])}"),
        ("Offre", "Offre Essentielle Électricité — option Base 6 kVA"),
        ("Index début / fin (kWh)", f"{b['idx0']} / {b['idx1']}"),
        ("Consommation", f"{b['idx1'] - b['idx0']} kWh"),
        ("Abonnement", money(b["abo"]) + " € HT"),
        ("Consommation", money(b["conso"]) + " € HT"),
        ("Accise sur l'électricité, CTA", money(b["taxes"]) + " €"),
        ("TVA", money(b["tva"]) + " €"),
        ("Total TTC", money(b["amount"]) + " €"),
    ]
    y = 132
    for lab, val in rows:
        pg.text(18, y, lab, "open", 9)
        pg.text(192, y, val, "open", 9, anchor="r")
        pg.line(15, y + 2, 195, y + 2, (220, 220, 220), 0.15)
        y += 7.5
    pg.text(15, 265, "Service client : 09 70 80 69 69 (appel non surtaxé)", "open", 8)
    pg.text(
        15,
        270,
        "TotalEnergies Électricité et Gaz France — SA au capital de 20 000 000 € — "
        "RCS Nanterre 750 456 217",
        "open",
        6.5,
        (110, 110, 110),
    )
    pg.text(195, 290, "1/1", "open", 7, anchor="r")
    return pg


# ------------------------------------------------------------------ lease, contract, payslip


def lease_pages(rng, L):
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", "serif-b", 16, anchor="m")
    p1.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serif-b", 10, anchor="m")
    p1.text(
        105,
        35,
        "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989)",
        "serif-i",
        9,
        anchor="m",
    )
    y = 50
    for title, body in L["sections"]:
        p1.text(20, y, title, "serif-b", 10.5)
        y = para(p1, 20, y + 6, body, 96, "serif", 9.8, 4.9) + 4
    p1.text(105, 290, "Page 1/2 — Paraphes : ______", "serif", 7.5, anchor="m")
    p2 = Page()
    y = 25
    for title, body in L["sections2"]:
        p2.text(20, y, title, "serif-b", 10.5)
        y = para(p2, 20, y + 6, body, 96, "serif", 9.8, 4.9) + 4
    p2.text(20, y + 10, L["made_at"], "serif", 10)
    p2.text(30, y + 22, "Le bailleur", "serif-b", 10)
    p2.text(130, y + 22, "Le(s) locataire(s)", "serif-b", 10)
    p2.hand(rng, 25, y + 30, "Lu et approuvé", "hand2", 11)
    p2.hand(rng, 125, y + 30, "Lu et approuvé", "hand1", 12)
    p2.signature(rng, 25, y + 34, 45, 16)
    p2.signature(rng, 125, y + 34, 45, 16, (10, 10, 10))
    p2.text(105, 290, "Page 2/2", "serif", 7.5, anchor="m")
    return [p1, p2]


def contract_pages(rng, C):
    p1 = Page()
    p1.text(20, 20, C["employer"], "lato-b", 12)
    p1.lines(20, 25, C["employer_lines"], "lato", 8.5, 4)
    p1.text(105, 52, C["title"], "lato-b", 14, anchor="m")
    p1.text(105, 58, C["subtitle"], "lato", 9.5, anchor="m")
    y = para(p1, 20, 72, C["parties"], 100, "lato", 9.5, 4.8) + 4
    for title, body in C["articles"][:4]:
        p1.text(20, y, title, "lato-b", 10)
        y = para(p1, 20, y + 5.5, body, 100, "lato", 9.5, 4.8) + 3
    p2 = Page()
    y = 22
    for title, body in C["articles"][4:]:
        p2.text(20, y, title, "lato-b", 10)
        y = para(p2, 20, y + 5.5, body, 100, "lato", 9.5, 4.8) + 3
    p2.text(20, y + 8, C["made_at"], "lato", 9.5)
    p2.text(25, y + 20, "Pour l'employeur", "lato-b", 9.5)
    p2.text(125, y + 20, "Le/la salarié(e)", "lato-b", 9.5)
    p2.text(25, y + 25, C["signatory"], "lato", 9)
    p2.hand(rng, 125, y + 27, "Lu et approuvé, bon pour accord", "hand1", 11)
    p2.signature(rng, 25, y + 30, 50, 18)
    p2.signature(rng, 125, y + 32, 50, 18, (10, 10, 10))
    for p, n in ((p1, 1), (p2, 2)):
        p.text(190, 290, f"{n}/2", "lato", 7.5, anchor="r")
    return [p1, p2]


def payslip(rng, P):
    pg = Page()
    pg.text(105, 14, "BULLETIN DE PAIE", "carlito-b", 14, anchor="m")
    pg.text(
        105,
        19.5,
        f"Période du {d_slash(P['start'])} au {d_slash(P['end'])}",
        "carlito",
        9.5,
        anchor="m",
    )
    pg.rect(12, 25, 90, 34, (0, 0, 0), None, 0.3)
    pg.lines(15, 30, P["employer_lines"], "carlito", 8.8, 4.2)
    pg.rect(108, 25, 90, 34, (0, 0, 0), None, 0.3)
    pg.lines(112, 31, P["employee_lines"], "carlito", 9.5, 4.8)
    pg.lines(15, 66, P["job_lines"], "carlito", 8.3, 3.9)
    y = 92
    pg.rect(12, y - 5, 186, 6, None, (215, 225, 235))
    for x, h in ((15, "Éléments de paie"), (120, "Base"), (148, "Taux"), (193, "Montant")):
        pg.text(x, y - 1, h, "carlito-b", 8.5, anchor="r" if x > 180 else "l")
    y += 5
    for lab, base, rate, amt in P["rows"]:
        big = lab.isupper()
        pg.text(15, y, lab, "carlito-b" if big else "carlito", 8.6)
        pg.text(120, y, base, "carlito", 8.6)
        pg.text(148, y, rate, "carlito", 8.6)
        pg.text(193, y, amt, "carlito-b" if big else "carlito", 8.6, anchor="r")
        y += 5.2
        if big:
            pg.line(12, y - 3.4, 198, y - 3.4, (180, 180, 180), 0.15)
    y += 4
    pg.rect(110, y, 88, 14, (0, 0, 0), (235, 240, 245), 0.4)
    pg.text(114, y + 9, "NET À PAYER AU SALARIÉ", "carlito-b", 10)
    pg.text(194, y + 9, money(P["net"]) + " €", "carlito-b", 12, anchor="r")
    pg.text(15, y + 6, f"Net à payer avant impôt : {money(P['net_before'])} €", "carlito", 8.6)
    pg.text(
        15,
        y + 11,
        f"Impôt sur le revenu (PAS, taux {P['pas']}) : -{money(P['net_before'] - P['net'])} €",
        "carlito",
        8.6,
    )
    pg.text(15, y + 22, f"Payé le {d_slash(P['paid_on'])} par virement", "carlito", 8.6)
    pg.text(
        105,
        285,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée.",
        "carlito",
        7,
        (90, 90, 90),
        "m",
    )
    return pg


# ------------------------------------------------------------------ bank


def rib_lcl(R):
    pg = Page()
    blue = (0, 40, 120)
    pg.ellipse(15, 12, 16, 16, None, blue)
    pg.text(23, 22.5, "LCL", "sans-b", 9, (255, 255, 0), "m")
    pg.text(36, 22, "LE CRÉDIT LYONNAIS", "sans-b", 11, blue)
    pg.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 13, anchor="m")
    pg.rect(15, 55, 180, 85, blue, None, 0.4)
    pg.text(20, 63, "Titulaire du compte", "sans", 8, (90, 90, 90))
    pg.lines(20, 69, R["holder_lines"], "sans-b", 10, 5)
    pg.text(115, 63, "Domiciliation", "sans", 8, (90, 90, 90))
    pg.lines(115, 69, R["branch_lines"], "sans", 9, 4.5)
    hx = [20, 50, 80, 125]
    for x, h, v in zip(hx, ("Code banque", "Code guichet", "N° de compte", "Clé RIB"), R["rib"]):
        pg.text(x, 98, h, "sans", 8, (90, 90, 90))
        pg.text(x, 104, v, "mono", 11)
    pg.text(20, 117, "IBAN (International Bank Account Number)", "sans", 8, (90, 90, 90))
    pg.text(20, 123, R["iban_print"], "mono", 11.5)
    pg.text(20, 132, "BIC (Bank Identifier Code)", "sans", 8, (90, 90, 90))
    pg.text(80, 132, R["bic"], "mono", 11.5)
    pg.text(
        15,
        150,
        "Ce relevé est destiné à être remis, sur leur demande, aux organismes "
        "qui souhaitent domicilier des virements ou prélèvements.",
        "sans",
        7.5,
        (90, 90, 90),
    )
    pg.text(
        15,
        285,
        "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN "
        "954 509 741 - RCS Lyon",
        "sans",
        6.5,
        (120, 120, 120),
    )
    return pg


def rib_sg(R):
    pg = Page()
    red = (230, 0, 40)
    pg.rect(15, 12, 9, 4.5, None, red)
    pg.rect(15, 16.5, 9, 4.5, None, (0, 0, 0))
    pg.text(27, 20, "SOCIETE GENERALE", "sans-b", 12)
    pg.text(195, 20, "Relevé d'Identité Bancaire", "sans", 11, anchor="r")
    pg.text(15, 40, "Identifiant national de compte bancaire - RIB", "sans-b", 9)
    pg.rect(15, 43, 180, 16, (0, 0, 0), None, 0.25)
    for x, h, v in zip((18, 55, 92, 160), ("Banque", "Guichet", "N° compte", "Clé"), R["rib"]):
        pg.text(x, 48, h, "sans", 7.5, (90, 90, 90))
        pg.text(x, 55, v, "mono", 10.5)
    pg.text(15, 70, "Identifiant international de compte bancaire", "sans-b", 9)
    pg.text(15, 77, "IBAN", "sans", 8, (90, 90, 90))
    pg.text(35, 77, R["iban_print"], "mono", 10.5)
    pg.text(15, 84, "BIC", "sans", 8, (90, 90, 90))
    pg.text(35, 84, R["bic"], "mono", 10.5)
    pg.text(15, 98, "Titulaire du compte", "sans-b", 9)
    pg.lines(15, 104, R["holder_lines"], "sans", 9.5, 4.6)
    pg.text(115, 98, "Domiciliation", "sans-b", 9)
    pg.lines(115, 104, R["branch_lines"], "sans", 9, 4.5)
    pg.line(15, 130, 195, 130, (180, 180, 180), 0.2)
    return pg


def n26_screen(R):
    """N26 app 'Account details' screen, 1170 x 2532 px (10 px per mm here)."""
    pg = Page(117, 253.2, bg=(255, 255, 255))
    pg.text(6, 6, "09:41", "open-b", 9)
    pg.text(111, 6, "5G  ▮▮▮  84%", "dejavu", 7, anchor="r")
    pg.text(6, 22, "‹", "open", 22, (40, 40, 40))
    pg.text(58.5, 20, "Kontodetails", "open-b", 11, anchor="m")
    pg.text(6, 40, "Bankverbindung", "open-b", 16)
    rows = [
        ("Kontoinhaber:in", R["holder_print"]),
        ("IBAN", R["iban_print"]),
        ("BIC", R["bic"]),
        ("Bank", "N26 Bank SE"),
        ("Adresse der Bank", "Voltairestraße 8, 10179 Berlin"),
    ]
    y = 58
    for lab, val in rows:
        pg.text(6, y, lab, "open", 8.5, (120, 120, 120))
        pg.text(6, y + 7, val, "open-b" if lab != "IBAN" else "open", 10.5, (20, 20, 20))
        pg.rect(102, y + 0.5, 4, 5, (54, 161, 139), None, 0.4)
        pg.rect(103.5, y + 2, 4, 5, (54, 161, 139), (255, 255, 255), 0.4)
        pg.line(6, y + 12, 111, y + 12, (230, 230, 230), 0.3)
        y += 20
    pg.rect(6, y + 4, 105, 14, None, (54, 161, 139))
    pg.text(58.5, y + 13, "Kontoauszug als PDF teilen", "open-b", 9.5, (255, 255, 255), "m")
    pg.text(
        6,
        y + 30,
        "Dein Konto wird von der N26 Bank SE geführt und ist durch die",
        "open",
        6.5,
        (120, 120, 120),
    )
    pg.text(
        6,
        y + 34,
        "gesetzliche Einlagensicherung bis 100.000 € geschützt.",
        "open",
        6.5,
        (120, 120, 120),
    )
    pg.rect(40, 246, 37, 1.5, None, (20, 20, 20))
    return pg


# ------------------------------------------------------------------ hosting


def attestation_hand(rng, A):
    pg = Page(bg=(252, 252, 250))
    for i in range(28):
        pg.line(0, 30 + i * 8.5, 210, 30 + i * 8.5, (190, 205, 230), 0.15)
    pg.line(28, 0, 28, 297, (230, 160, 160), 0.25)
    y = 25.5
    f = A["font"]
    for ln in A["lines"]:
        if ln == "":
            y += 8.5
            continue
        x = 32 if not ln.startswith(">") else 118
        pg.hand(rng, x, y, ln.lstrip(">"), f, A.get("size", 20), (25, 35, 120), slant=0.004)
        y += 8.5
    pg.signature(rng, 115, y, 55, 18, (25, 35, 120))
    return pg
