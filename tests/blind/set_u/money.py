"""Bank details (RIB, neobank screens), payslips, employment contracts, phone app screens."""

from __future__ import annotations

import random
from datetime import date

from canvas import PEN_COLORS, Page
from civil import MOIS
from housing import money

BANKS = {
    "BNP Paribas": ("30004", "BNPAFRPPXXX", (0, 145, 90), "BNP PARIBAS", "AGENCE PARIS REPUBLIQUE"),
    "Société Générale": (
        "30003",
        "SOGEFRPPXXX",
        (230, 0, 40),
        "SOCIETE GENERALE",
        "AGENCE LYON BELLECOUR",
    ),
    "Crédit Agricole": (
        "18206",
        "AGRIFRPP882",
        (0, 120, 110),
        "CREDIT AGRICOLE ILE-DE-FRANCE",
        "AGENCE MONTREUIL CROIX DE CHAVAUX",
    ),
    "LCL": (
        "30002",
        "CRLYFRPPXXX",
        (10, 40, 120),
        "LCL - LE CREDIT LYONNAIS",
        "AGENCE TOULOUSE CAPITOLE",
    ),
    "La Banque Postale": (
        "20041",
        "PSSTFRPPPAR",
        (250, 190, 0),
        "LA BANQUE POSTALE",
        "CENTRE FINANCIER DE PARIS",
    ),
    "CIC": ("30066", "CMCIFRPPXXX", (0, 80, 160), "CIC", "CIC NANTES GRASLIN"),
    "Crédit Mutuel": (
        "10278",
        "CMCIFR2AXXX",
        (0, 60, 140),
        "CREDIT MUTUEL",
        "CCM STRASBOURG NEUDORF",
    ),
    "Caisse d'Epargne": (
        "17515",
        "CEPAFRPP751",
        (200, 0, 40),
        "CAISSE D'EPARGNE ILE DE FRANCE",
        "AGENCE PARIS NATION",
    ),
    "BoursoBank": ("40618", "BOUSFRPPXXX", (220, 0, 120), "BOURSOBANK", "BOULOGNE-BILLANCOURT"),
}
LETTERS = {
    c: str(v)
    for v, cs in {
        1: "AJ",
        2: "BKS",
        3: "CLT",
        4: "DMU",
        5: "ENV",
        6: "FOW",
        7: "GPX",
        8: "HQY",
        9: "IRZ",
    }.items()
    for c in cs
}


def rib_key(bank: str, guichet: str, account: str) -> str:
    acc = "".join(LETTERS.get(c, c) for c in account)
    return f"{97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97):02d}"


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def fr_iban(bank: str, rnd: random.Random, bad_key: bool = False) -> dict:
    code = BANKS[bank][0]
    guichet = f"{rnd.randint(0, 99999):05d}"
    account = f"{rnd.randint(0, 10**11 - 1):011d}"
    if rnd.random() < 0.2:
        account = account[:1] + rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + account[2:]
    key = rib_key(code, guichet, account)
    if bad_key:
        key = f"{(int(key) + rnd.randint(3, 40)) % 97:02d}"
    bban = code + guichet + account + key
    return {
        "bank": code,
        "guichet": guichet,
        "account": account,
        "key": key,
        "iban": "FR" + iban_check("FR", bban) + bban,
        "key_valid": not bad_key,
    }


def foreign_iban(kind: str, rnd: random.Random) -> dict:
    if kind == "DE":
        bban = "10011001" + f"{rnd.randint(0, 10**10 - 1):010d}"
    elif kind == "LT":
        bban = "32500" + f"{rnd.randint(0, 10**11 - 1):011d}"
    else:  # BE (Wise): 3-digit bank, 7-digit account, 2 check digits (mod 97)
        n10 = f"967{rnd.randint(0, 10**7 - 1):07d}"
        c = int(n10) % 97 or 97
        bban = n10 + f"{c:02d}"
    return {"iban": kind + iban_check(kind, bban) + bban, "key_valid": None}


def groups(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def rib_page(r: dict, rnd: random.Random) -> tuple[Page, dict]:
    """r: bank, holder (as printed), addr (lines), ib (from fr_iban)."""
    code, bic, col, bname, agency = BANKS[r["bank"]]
    ib = r["ib"]
    pg = Page()
    font = rnd.choice(["sans", "open", "lato", "roboto", "carlito"])
    fb = font + "-b" if font != "carlito" else "carlito-b"
    copies = rnd.choice([1, 1, 2, 3])
    for k in range(copies):
        y0 = 15 + k * 92
        pg.rect(12, y0, 186, 84, (120, 120, 120), None, 0.3)
        pg.text(16, y0 + 9, bname, fb, 13, col)
        pg.text(194, y0 + 9, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 10, anchor="r")
        pg.text(16, y0 + 18, "Titulaire du compte", font, 7.5, (100, 100, 100))
        for i, ln in enumerate([r["holder_print"], *r["addr"]]):
            pg.text(16, y0 + 23 + i * 4.5, ln, fb if i == 0 else font, 9)
        pg.text(120, y0 + 18, "Domiciliation", font, 7.5, (100, 100, 100))
        pg.text(120, y0 + 23, agency, font, 8.5)
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [ib["bank"], ib["guichet"], ib["account"], ib["key"]]
        xs = [16, 46, 78, 130, 152]
        ty = y0 + 45
        for i in range(4):
            pg.rect(xs[i], ty, xs[i + 1] - xs[i], 12, (150, 150, 150), None, 0.2)
            pg.text(xs[i] + 1.5, ty + 4, heads[i], font, 6.5, (100, 100, 100))
            pg.text(xs[i] + 1.5, ty + 10, vals[i], "mono-b", 9)
        pg.text(16, y0 + 67, "IBAN", font, 7.5, (100, 100, 100))
        pg.text(16, y0 + 72.5, groups(ib["iban"]), "mono-b", 10.5)
        pg.text(140, y0 + 67, "BIC / SWIFT", font, 7.5, (100, 100, 100))
        pg.text(140, y0 + 72.5, bic, "mono-b", 10.5)
        pg.text(
            16,
            y0 + 80,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
            font,
            6.5,
            (110, 110, 110),
        )
    f = {
        "holder_name": r["holder"],
        "iban": ib["iban"],
        "bic": bic,
        "bank_name": r["bank"],
        "iban_valid": True,
        "rib_key_valid": ib["key_valid"],
    }
    return pg, f


# ----------------------------------------------------------------------------- phone screens

SCREEN_W, SCREEN_H = 1170 / 300 * 25.4, 2532 / 300 * 25.4


def phone_frame(rnd: random.Random, dark: bool = False, clock: str = "9:41") -> Page:
    pg = Page(SCREEN_W, SCREEN_H, bg=(18, 18, 22) if dark else (246, 246, 248))
    fg = (240, 240, 240) if dark else (10, 10, 10)
    pg.text(9, 6.5, clock, "roboto-m", 9, fg)
    pg.rect(80, 3.3, 7, 3.2, fg, None, 0.25, 0.6)
    pg.rect(80.5, 3.8, 4.5, 2.2, None, fg)
    pg.text(77, 6.3, "5G", "roboto-b", 6.5, fg, "r")
    pg.rect(38, 2, 23, 5.5, None, (0, 0, 0), 0.1, 2.7)
    pg.rect(38, SCREEN_H - 3.5, 23, 1, None, fg, 0.1, 0.5)
    return pg


def neobank_screen(n: dict, rnd: random.Random) -> tuple[Page, dict]:
    """n: app (Revolut, N26, Wise), holder, ib (foreign_iban)."""
    app = n["app"]
    dark = app == "Revolut" and rnd.random() < 0.5
    pg = phone_frame(rnd, dark, f"{rnd.randint(8, 22)}:{rnd.randint(0, 59):02d}")
    fg = (240, 240, 240) if dark else (15, 15, 20)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    card = (34, 34, 40) if dark else (255, 255, 255)
    bic = {"Revolut": "REVOLT21", "N26": "NTSBDEB1XXX", "Wise": "TRWIBEB1XXX"}[app]
    bank = {"Revolut": "Revolut Bank UAB", "N26": "N26 Bank AG", "Wise": "Wise Europe SA"}[app]
    pg.text(6, 18, "‹", "dejavu", 16, fg)
    title = {"Revolut": "Account details", "N26": "Your account details", "Wise": "Euro account"}[
        app
    ]
    pg.text(
        SCREEN_W / 2,
        18,
        title if rnd.random() < 0.7 else "Coordonnées bancaires",
        "roboto-m",
        10,
        fg,
        "c",
    )
    y = 28
    if app == "Wise":
        pg.rect(6, y, SCREEN_W - 12, 16, None, (159, 232, 112), 0, 4)
        pg.text(10, y + 10, "EUR  •  Euro", "roboto-b", 10, (22, 51, 0))
        y += 22
    rows = [
        ("Beneficiary" if rnd.random() < 0.7 else "Titulaire", n["holder"]),
        ("IBAN", groups(n["ib"]["iban"])),
        ("BIC / SWIFT", bic),
        ("Bank", bank),
        (
            "Address" if app != "N26" else "Bank address",
            {
                "Revolut": "Konstitucijos ave. 21B, 08130 Vilnius, Lithuania",
                "N26": "Voltairestraße 8, 10179 Berlin",
                "Wise": "Rue du Trône 100, 1050 Brussels",
            }[app],
        ),
    ]
    pg.rect(5, y, SCREEN_W - 10, 15 * len(rows) + 6, None, card, 0, 4)
    for lab, v in rows:
        pg.text(10, y + 8, lab, "roboto", 7.5, sub)
        pg.text(10, y + 14, v, "roboto-m", 8.8 if lab != "IBAN" else 8.2, fg)
        pg.text(SCREEN_W - 10, y + 12, "⧉", "dejavu", 8, sub, "r")
        y += 15
    y += 14
    pg.rect(8, y, SCREEN_W - 16, 12, None, (0, 117, 235) if app != "N26" else (54, 161, 139), 0, 6)
    pg.text(SCREEN_W / 2, y + 8, "Share details", "roboto-m", 9, (255, 255, 255), "c")
    pg.para(
        8,
        y + 22,
        "Use these details to receive salary and direct debits (SEPA) in euro.",
        "roboto",
        7.5,
        SCREEN_W - 16,
        1.3,
        sub,
    )
    f = {
        "holder_name": n["holder"],
        "iban": n["ib"]["iban"],
        "bic": bic,
        "bank_name": app,
        "iban_valid": True,
        "rib_key_valid": None,
    }
    return pg, f


def bank_app_rib(r: dict, rnd: random.Random) -> tuple[Page, dict]:
    """A French bank's app showing 'Mon RIB'."""
    code, bic, col, bname, agency = BANKS[r["bank"]]
    pg = phone_frame(rnd, False, f"{rnd.randint(8, 22)}:{rnd.randint(0, 59):02d}")
    pg.rect(0, 9, SCREEN_W, 20, None, col)
    pg.text(SCREEN_W / 2, 22, "RIB / IBAN", "roboto-b", 11, (255, 255, 255), "c")
    y = 38
    pg.rect(5, y, SCREEN_W - 10, 120, None, (255, 255, 255), 0, 3)
    rows = [
        ("Titulaire", r["holder_print"]),
        ("Banque", bname),
        ("IBAN", groups(r["ib"]["iban"])),
        ("BIC", bic),
        ("Code banque", r["ib"]["bank"]),
        ("Code guichet", r["ib"]["guichet"]),
        ("N° de compte", r["ib"]["account"]),
        ("Clé RIB", r["ib"]["key"]),
    ]
    for lab, v in rows:
        pg.text(10, y + 8, lab, "roboto", 7.5, (110, 110, 120))
        pg.text(10, y + 13.5, v, "roboto-m", 8.4 if lab != "Titulaire" else 7.6)
        pg.line(10, y + 15.5, SCREEN_W - 10, y + 15.5, (230, 230, 230), 0.2)
        y += 14.5
    pg.rect(10, y + 12, SCREEN_W - 20, 12, None, col, 0, 6)
    pg.text(SCREEN_W / 2, y + 20, "Partager mon RIB", "roboto-m", 9, (255, 255, 255), "c")
    f = {
        "holder_name": r["holder"],
        "iban": r["ib"]["iban"],
        "bic": bic,
        "bank_name": r["bank"],
        "iban_valid": True,
        "rib_key_valid": r["ib"]["key_valid"],
    }
    return pg, f


def bill_app_screen(b: dict, bill_fields: dict, rnd: random.Random) -> Page:
    from housing import PROV

    col = PROV[b["provider"]][1]
    pg = phone_frame(rnd, False, f"{rnd.randint(8, 22)}:{rnd.randint(0, 59):02d}")
    pg.rect(0, 9, SCREEN_W, 18, None, col)
    pg.text(8, 21, b["provider"], "roboto-b", 11, (255, 255, 255))
    pg.text(SCREEN_W - 8, 21, "Mon espace", "roboto", 8, (255, 255, 255), "r")
    y = 36
    s = b["start"]
    pg.text(8, y, f"Facture de {MOIS[s.month - 1]} {s.year}", "roboto-b", 11)
    y += 8
    pg.rect(5, y, SCREEN_W - 10, 92, None, (255, 255, 255), 0, 3)
    rows = [
        ("Montant", money(b["amount"])),
        ("Date d'émission", b["issue"].strftime("%d/%m/%Y")),
        ("Période", f"du {s.strftime('%d/%m/%Y')} au {b['end'].strftime('%d/%m/%Y')}"),
        ("Titulaire", b["holder"]),
        ("Adresse", b["address"][0]),
        ("", b["address"][-1]),
        ("N° de facture", b["invoice"]),
    ]
    for lab, v in rows:
        if lab:
            pg.text(10, y + 8, lab, "roboto", 7.5, (110, 110, 120))
        pg.text(SCREEN_W - 10, y + 8, v, "roboto-m", 8, anchor="r")
        y += 12.5
    pg.rect(10, y + 10, SCREEN_W - 20, 12, None, col, 0, 6)
    pg.text(
        SCREEN_W / 2, y + 18, "Télécharger la facture (PDF)", "roboto-m", 8.5, (255, 255, 255), "c"
    )
    return pg


# ----------------------------------------------------------------------------- employment


def payslip(p: dict, rnd: random.Random) -> tuple[Page, dict]:
    """Bulletin de paie clarifié. p: employer, eaddr, siret, naf, employee, empaddr, job,
    entry, period (date first of month), gross."""
    font = rnd.choice(["sans", "narrow", "carlito", "roboto"])
    fb = {"sans": "sans-b", "narrow": "narrow-b", "carlito": "carlito-b", "roboto": "roboto-b"}[
        font
    ]
    pg = Page()
    pg.text(105, 14, "BULLETIN DE PAIE", fb, 13, anchor="c")
    s = p["period"]
    e = date(s.year + (s.month == 12), s.month % 12 + 1, 1)
    from datetime import timedelta

    e = e - timedelta(days=1)
    pg.text(
        105,
        20,
        f"Période du {s.strftime('%d/%m/%Y')} au {e.strftime('%d/%m/%Y')}",
        font,
        9,
        anchor="c",
    )
    pg.rect(12, 26, 90, 34, (120, 120, 120), None, 0.3)
    pg.text(15, 32, p["employer"], fb, 10)
    for i, ln in enumerate(p["eaddr"]):
        pg.text(15, 37 + i * 4.2, ln, font, 8.5)
    pg.text(15, 50, f"SIRET : {p['siret']}", font, 8.5)
    pg.text(15, 54.5, f"Code NAF : {p['naf']}   URSSAF Île-de-France", font, 8.5)
    pg.text(108, 32, p["employee_print"], fb, 10)
    for i, ln in enumerate(p["empaddr"]):
        pg.text(108, 37 + i * 4.2, ln, font, 8.5)
    y = 66
    for lab, v in [
        ("Emploi", p["job"]),
        ("Date d'entrée", p["entry"].strftime("%d/%m/%Y")),
        ("Convention collective", p.get("ccn", "Syntec (IDCC 1486)")),
        ("N° de sécurité sociale", p.get("nir", "en cours")),
    ]:
        pg.text(15, y, lab, font, 8, (90, 90, 90))
        pg.text(60, y, v, font, 8.5)
        y += 4.8
    y += 4
    cols = [15, 95, 120, 145, 170, 196]
    pg.rect(12, y, 186, 7, None, (225, 230, 240))
    for lab, x in zip(
        ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"], cols, strict=False
    ):
        pg.text(x, y + 5, lab, fb, 8)
    y += 12
    g = p["gross"]
    lines = [
        ("Salaire de base", f"{151.67:.2f}", "", money(g), ""),
        ("SALAIRE BRUT", "", "", money(g), ""),
        ("Santé", money(g), "", money(g * 0.012), money(g * 0.035)),
        (
            "Retraite Sécurité sociale plafonnée",
            money(g),
            "6,90 %",
            money(g * 0.069),
            money(g * 0.0855),
        ),
        ("Retraite complémentaire T1", money(g), "4,01 %", money(g * 0.0401), money(g * 0.0601)),
        ("Famille", money(g), "", "", money(g * 0.0345)),
        ("Assurance chômage", money(g), "", "", money(g * 0.0405)),
        (
            "CSG déductible de l'impôt sur le revenu",
            money(g * 0.9825),
            "6,80 %",
            money(g * 0.9825 * 0.068),
            "",
        ),
        ("CSG/CRDS non déductible", money(g * 0.9825), "2,90 %", money(g * 0.9825 * 0.029), ""),
    ]
    ded = g * (0.012 + 0.069 + 0.0401 + 0.9825 * 0.097)
    net_before = g - ded
    tax = net_before * p.get("pas", 0.045)
    net = round(net_before - tax, 2)
    lines += [
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", money(ded), money(g * 0.253)),
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", money(net_before), ""),
        (
            "Impôt sur le revenu prélevé à la source",
            money(net_before),
            f"{p.get('pas', 0.045) * 100:.1f} %".replace(".", ","),
            money(tax),
            "",
        ),
    ]
    for row in lines:
        bold = row[0].isupper()
        for j, v in enumerate(row):
            if v:
                pg.text(
                    cols[j] if j == 0 else cols[j + 1] - 3,
                    y,
                    v,
                    fb if bold else font,
                    7.8,
                    anchor="l" if j == 0 else "r",
                )
        y += 6.2 if not bold else 7.5
    y += 4
    pg.rect(110, y, 88, 14, (0, 0, 0), (240, 240, 235), 0.5)
    pg.text(114, y + 9, "NET PAYÉ", fb, 11)
    pg.text(194, y + 9, money(net), fb, 12, anchor="r")
    pg.text(15, y + 6, f"Montant net social : {money(net_before * 1.01)}", font, 8.5)
    pg.text(15, y + 12, f"Payé le {e.strftime('%d/%m/%Y')} par virement", font, 8.5)
    pg.para(
        15,
        280,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr",
        font,
        7,
        180,
        1.2,
        (90, 90, 90),
    )
    f = {
        "employer": p["employer"],
        "employee_name": p["employee"],
        "period": f"{s.year}-{s.month:02d}",
        "net_pay": net,
        "siret": p["siret"],
    }
    return pg, f


def contract(c: dict, rnd: random.Random) -> tuple[list[Page], dict]:
    """CDI/CDD contract. c: employer, form (SAS...), capital, eaddr, siret, rep, rep_title,
    employee, civ, dob, pob, empaddr, type, job, start, end, salary, city, signed."""
    font = rnd.choice(["serif", "caladea", "sans", "carlito", "open"])
    fb = font + "-b"
    cdi = c["type"] == "CDI"
    p1 = Page()
    p1.text(105, 25, "CONTRAT DE TRAVAIL", fb, 15, anchor="c")
    p1.text(105, 32, "À DURÉE INDÉTERMINÉE" if cdi else "À DURÉE DÉTERMINÉE", fb, 12, anchor="c")
    y = p1.para(20, 48, "Entre les soussignés :", font, 10.5, 170)
    y = p1.para(
        20,
        y + 3,
        f"La société {c['employer']}, {c['form']} au capital de "
        f"{c['capital']}, immatriculée sous le numéro SIRET {c['siret']}, dont le siège "
        f"social est situé {c['eaddr']}, représentée par {c['rep']}, agissant en qualité "
        f"de {c['rep_title']},",
        font,
        10.5,
        170,
        1.4,
    )
    y = p1.para(20, y + 2, "ci-après dénommée « l'Employeur », d'une part,", font, 10.5, 170)
    y = p1.para(
        20,
        y + 5,
        f"Et {c['civ']} {c['employee_print']}, né{'e' if c['civ'] != 'M.' else ''}"
        f" le {c['dob'].strftime('%d/%m/%Y')} à {c['pob']}, demeurant {c['empaddr']},",
        font,
        10.5,
        170,
        1.4,
    )
    y = p1.para(20, y + 2, "ci-après dénommé(e) « le Salarié », d'autre part,", font, 10.5, 170)
    y = p1.para(20, y + 5, "Il a été convenu ce qui suit :", font, 10.5, 170)
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du "
            f"{c['start'].strftime('%d/%m/%Y')}"
            + ("" if cdi else f" jusqu'au {c['end'].strftime('%d/%m/%Y')}")
            + ", sous réserve des résultats de la visite d'information et de prévention.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié exercera les fonctions de {c['job']}, statut "
            f"{c.get('status', 'employé')}, selon la classification de la convention collective "
            "applicable.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue "
            "d'une période d'essai de deux mois de travail effectif.",
        ),
        (
            "Article 4 - Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute de "
            f"{money(c['salary'])} pour une durée de travail de 35 heures par semaine.",
        ),
        ("Article 5 - Lieu de travail", f"Le Salarié exercera ses fonctions à {c['city']}."),
    ]
    for t, body in arts:
        p1.text(20, y + 6, t, fb, 10.5)
        y = p1.para(20, y + 12, body, font, 10.5, 170, 1.4)
    p1.text(190, 288, "1/2", font, 8, anchor="r")
    p2 = Page()
    y = 25
    for t, body in [
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés prévus "
            "par la loi et la convention collective.",
        ),
        (
            "Article 7 - Protection sociale",
            "Le Salarié sera affilié aux régimes de "
            "retraite complémentaire et de prévoyance en vigueur dans l'entreprise.",
        ),
    ]:
        p2.text(20, y, t, fb, 10.5)
        y = p2.para(20, y + 6, body, font, 10.5, 170, 1.4) + 6
    p2.text(
        20,
        y + 6,
        f"Fait à {c['city']}, le {c['signed'].strftime('%d/%m/%Y')}, en deux exemplaires.",
        font,
        10.5,
    )
    y += 22
    p2.text(25, y, "Pour l'Employeur", fb, 10)
    p2.text(25, y + 5, c["rep"], font, 9)
    p2.text(120, y, "Le Salarié", fb, 10)
    p2.text(120, y + 5, "(mention « lu et approuvé »)", font, 8)
    pen = rnd.choice(PEN_COLORS)
    p2.sig(22, y + 8, 60, 24, c["rep"], pen, rnd.randrange(999))
    p2.hand(120, y + 15, "Lu et approuvé", "breip", 11, pen, rnd.randrange(999))
    p2.sig(118, y + 17, 60, 24, c["employee_print"], rnd.choice(PEN_COLORS), rnd.randrange(999))
    p2.text(190, 288, "2/2", font, 8, anchor="r")
    f = {
        "employer": c["employer"],
        "employee_name": c["employee"],
        "contract_type": c["type"],
        "job_title": c["job"],
        "start_date": c["start"].isoformat(),
    }
    return [p1, p2], f
