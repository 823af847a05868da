"""Payslips, employment contracts, RIBs (paper and app screens), miscellaneous papers."""

from __future__ import annotations

import random

import util as U
from looks import status_bar
from PIL import Image, ImageDraw
from render import Page, pil_font

BANKS = {
    "BNP Paribas": dict(
        code="30004", bic="BNPAFRPPXXX", col=(0, 145, 90), dom="BNP PARIBAS PARIS REPUBLIQUE"
    ),
    "Société Générale": dict(
        code="30003", bic="SOGEFRPP", col=(230, 0, 40), dom="SG PARIS BASTILLE"
    ),
    "Crédit Agricole": dict(
        code="18206",
        bic="AGRIFRPP882",
        col=(0, 120, 110),
        dom="CREDIT AGRICOLE D'ILE-DE-FRANCE - AGENCE SAINT-DENIS",
    ),
    "Crédit Mutuel": dict(code="10278", bic="CMCIFR2A", col=(0, 80, 150), dom="CCM LYON PART-DIEU"),
    "LCL": dict(
        code="30002", bic="CRLYFRPP", col=(10, 40, 110), dom="LCL AGENCE MARSEILLE CASTELLANE"
    ),
    "La Banque Postale": dict(
        code="20041",
        bic="PSSTFRPPPAR",
        col=(0, 60, 140),
        dom="La Banque Postale - Centre Financier de Paris",
    ),
    "CIC": dict(code="30066", bic="CMCIFRPP", col=(0, 90, 160), dom="CIC LILLE VAUBAN"),
    "Caisse d'Epargne": dict(
        code="17515", bic="CEPAFRPP751", col=(210, 0, 40), dom="CAISSE D'EPARGNE ILE-DE-FRANCE"
    ),
    "BoursoBank": dict(
        code="40618",
        bic="BOUSFRPPXXX",
        col=(0, 60, 120),
        dom="BoursoBank - 44 rue Traversière 92100 Boulogne-Billancourt",
    ),
}


def fr_account(rng, bank, branch=None, acc=None, bad_iban=False):
    b = BANKS[bank]
    branch = branch or f"{rng.randint(0, 99999):05d}"
    acc = acc or f"{rng.randint(0, 10**11 - 1):011d}"
    iban, key = U.fr_iban(b["code"], branch, acc)
    if bad_iban:
        ck = int(iban[2:4])
        iban = iban[:2] + f"{(ck + 11) % 97:02d}" + iban[4:]
    return dict(iban=iban, key=key, bank_code=b["code"], branch=branch, acc=acc, bic=b["bic"])


def rib(rng: random.Random, doc: dict):
    """French bank RIB page (text PDF from online banking, or printed from the agency)."""
    bank = doc["bank"]
    bk = BANKS[bank]
    a = doc["account"]
    pg = Page(210, 297)
    f = rng.choice(["arial", "lato", "roboto", "open"])
    fb = f + "-b"
    col = bk["col"]
    pg.text(20, 25, bank, fb, 18, col)
    pg.text(190, 25, doc.get("title", "RELEVÉ D'IDENTITÉ BANCAIRE"), fb, 12, anchor="r")
    y = 45
    layout = doc.get("layout") or rng.choice(["table", "stack"])
    pg.rect(20, y, 170, 95, stroke=col, lw=0.5, r=2)
    pg.text(25, y + 8, doc.get("holder_label", "Titulaire du compte"), f, 8.5, (90, 90, 90))
    for i, ln in enumerate(doc["holder_lines"]):
        pg.text(25, y + 14 + i * 5.5, ln, fb if i == 0 else f, 10)
    pg.text(120, y + 8, "Domiciliation", f, 8.5, (90, 90, 90))
    pg.para(120, y + 14, bk["dom"], 65, f, 9)
    y += 42
    if layout == "table":
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [a["bank_code"], a["branch"], a["acc"], a["key"]]
        xs = [25, 60, 95, 150]
        for x, h_, v in zip(xs, heads, vals):
            pg.text(x, y, h_, f, 8, (90, 90, 90))
            pg.text(x, y + 6, v, "courier-b", 11)
        y += 18
        pg.text(25, y, "IBAN (International Bank Account Number)", f, 8, (90, 90, 90))
        pg.text(25, y + 7, U.groups(a["iban"]), "courier-b", 12)
        pg.text(25, y + 17, "BIC (Bank Identifier Code)", f, 8, (90, 90, 90))
        pg.text(25, y + 24, a["bic"], "courier-b", 12)
    else:
        pg.text(25, y, "IBAN", fb, 10, col)
        pg.text(50, y, U.groups(a["iban"]), "courier-b", 12)
        pg.text(25, y + 10, "BIC", fb, 10, col)
        pg.text(50, y + 10, a["bic"], "courier-b", 12)
        pg.text(
            25,
            y + 22,
            f"Banque {a['bank_code']}   Guichet {a['branch']}   Compte {a['acc']}   Clé {a['key']}",
            f,
            9.5,
        )
    pg.para(
        20,
        150,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements, etc.). Son utilisation vous garantit le bon enregistrement des "
        "opérations en cause.",
        170,
        f,
        8,
        color=(90, 90, 90),
    )
    if doc.get("edited_on"):
        pg.text(20, 280, f"Document édité le {U.fr(doc['edited_on'])}", f, 7.5, (90, 90, 90))
    fr_ok = U.rib_key(a["bank_code"], a["branch"], a["acc"]) == a["key"]
    fields = dict(
        holder_name=doc["holder_truth"],
        iban=a["iban"],
        bic=a["bic"],
        bank_name=bank,
        iban_valid=U.iban_ok(a["iban"]),
        rib_key_valid=fr_ok,
    )
    return [pg], fields


def neobank_screen(rng: random.Random, doc: dict) -> tuple[Image.Image, dict]:
    """Screenshot of the 'account details' screen of Revolut / N26 / Wise."""
    bank = doc["bank"]
    W, H = (1170, 2532) if bank != "N26" else (1080, 2400)
    dark = bank == "Revolut" and rng.random() < 0.5
    bg = (10, 10, 14) if dark else (255, 255, 255) if bank != "Wise" else (246, 248, 245)
    fg = (240, 240, 240) if dark else (20, 20, 25)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    im = Image.new("RGB", (W, H), bg)
    dr = ImageDraw.Draw(im)
    status_bar(dr, W, rng, dark=dark, android=bank == "N26")
    f, fb = ("roboto", "roboto-b") if bank == "N26" else ("open", "open-b")
    dr.text((60, 200), "‹", font=pil_font(f, 100), fill=fg, anchor="lm")
    title = {
        "Revolut": "Account details",
        "N26": "Coordonnées bancaires",
        "Wise": "Your EUR account details",
    }[bank]
    dr.text((60, 330), title, font=pil_font(fb, 64), fill=fg, anchor="ls")
    rows = [
        (
            doc.get("name_label", "Beneficiary" if bank != "N26" else "Titulaire"),
            doc["holder_printed"],
        ),
        ("IBAN", U.groups(doc["iban"])),
        ("BIC / SWIFT", doc["bic"]),
        (
            {"Revolut": "Bank name", "N26": "Banque", "Wise": "Bank name"}[bank],
            {"Revolut": "Revolut Bank UAB", "N26": "N26 Bank AG", "Wise": "Wise Europe SA"}[bank],
        ),
        (
            {"Revolut": "Bank address", "N26": "Adresse de la banque", "Wise": "Bank address"}[
                bank
            ],
            {
                "Revolut": "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania",
                "N26": "Voltairestraße 8, 10179 Berlin",
                "Wise": "Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium",
            }[bank],
        ),
    ]
    y = 460
    for lbl, v in rows:
        dr.text((60, y), lbl, font=pil_font(f, 38), fill=sub, anchor="ls")
        fnt = pil_font(fb if lbl == "IBAN" else f, 46)
        while fnt.getlength(v) > W - 200 and fnt.size > 24:
            fnt = pil_font(fb if lbl == "IBAN" else f, fnt.size - 2)
        dr.text((60, y + 66), v, font=fnt, fill=fg, anchor="ls")
        ix, iy = W - 110, y + 14
        dr.rounded_rectangle([ix + 10, iy, ix + 40, iy + 30], radius=5, outline=sub, width=3)
        dr.rounded_rectangle(
            [ix, iy + 10, ix + 30, iy + 40], radius=5, outline=sub, width=3, fill=bg
        )
        dr.line(
            [60, y + 110, W - 60, y + 110], fill=(60, 60, 70) if dark else (225, 225, 230), width=2
        )
        y += 170
    btn = {"Revolut": (0, 117, 235), "N26": (38, 166, 154), "Wise": (159, 232, 112)}[bank]
    dr.rounded_rectangle([60, H - 330, W - 60, H - 200], radius=65, fill=btn)
    dr.text(
        (W // 2, H - 265),
        {"Revolut": "Share details", "N26": "Partager", "Wise": "Share details"}[bank],
        font=pil_font(fb, 44),
        fill=(255, 255, 255) if bank != "Wise" else (22, 51, 0),
        anchor="mm",
    )
    fields = dict(
        holder_name=doc["holder_truth"],
        iban=doc["iban"],
        bic=doc["bic"],
        bank_name={"Revolut": "Revolut Bank UAB", "N26": "N26 Bank AG", "Wise": "Wise Europe SA"}[
            bank
        ],
        iban_valid=U.iban_ok(doc["iban"]),
        rib_key_valid=None,
    )
    return im, fields


def payslip(rng: random.Random, doc: dict):
    """Bulletin de paie clarifié (model in force since 2018)."""
    pg = Page(210, 297)
    f = rng.choice(["arial", "narrow", "carlito", "roboto", "sansc"])
    fb = f + "-b"
    e = doc["employer"]
    ym = doc["period"]
    start, end = ym + "-01", U.month_end(ym)
    pg.rect(10, 10, 190, 12, stroke=None, fill=(40, 60, 90))
    pg.text(15, 18, "BULLETIN DE PAIE", fb, 13, (255, 255, 255))
    pg.text(195, 18, f"Période du {U.fr(start)} au {U.fr(end)}", f, 9.5, (255, 255, 255), "r")
    pg.text(12, 30, e["name"], fb, 10)
    pg.text(12, 35, e["addr1"], f, 8.5)
    pg.text(12, 39.5, e["addr2"], f, 8.5)
    pg.text(12, 45, f"SIRET : {e['siret']}", f, 8.5)
    pg.text(12, 49.5, f"Code NAF : {e['naf']}", f, 8.5)
    pg.text(12, 54, f"Convention collective : {e['ccn']}", f, 8)
    pg.rect(115, 26, 85, 32, stroke=(120, 120, 120), lw=0.3)
    pg.text(118, 32, doc["employee_printed"], fb, 10)
    for i, ln in enumerate(doc["employee_addr"]):
        pg.text(118, 37 + 4.5 * i, ln, f, 8.5)
    y = 64
    info = [
        ("Emploi", doc["job"]),
        ("Statut", doc.get("statut", "Non cadre")),
        ("Entrée le", U.fr(doc["hired"])),
        ("N° SS", doc.get("nir", "En cours")),
        ("Matricule", str(rng.randint(100, 9999))),
        ("Coefficient", str(rng.randint(150, 400))),
    ]
    for i, (k, v) in enumerate(info):
        x = 12 + (i % 3) * 63
        yy = y + (i // 3) * 6
        pg.text(x, yy, f"{k} : ", f, 8, (90, 90, 90))
        pg.text(x + 22, yy, v, fb, 8)
    y += 18
    gross = doc["gross"]
    cols = [12, 110, 135, 160, 185]
    heads = ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]
    pg.rect(10, y - 5, 190, 7, stroke=None, fill=(225, 230, 238))
    for x, h in zip(cols, heads):
        pg.text(x if x == 12 else x + 12, y, h, fb, 8, anchor="l" if x == 12 else "r")
    y += 8
    rows = [
        ("Salaire de base", f"{doc.get('hours', '151,67')}", "", "", U.money(gross)),
        ("SALAIRE BRUT", "", "", "", U.money(gross)),
    ]
    ded = []
    rates = [
        ("Santé", 0.0),
        ("Complémentaire Incapacité Invalidité Décès", 0.004),
        ("Retraite Sécurité sociale plafonnée", 0.069),
        ("Retraite Sécurité sociale déplafonnée", 0.004),
        ("Retraite complémentaire Tranche 1", 0.0401),
        ("Assurance chômage", 0.0),
        ("CSG déductible de l'impôt sur le revenu", 0.068),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.029),
    ]
    total_ded = 0.0
    for lbl, r in rates:
        amt = round(gross * 0.9825 * r if "CSG" in lbl else gross * r, 2)
        total_ded += amt
        ded.append(
            (
                lbl,
                U.money(gross),
                f"{r * 100:.2f}".replace(".", ","),
                U.money(amt) if amt else "",
                "",
            )
        )
    net_before = round(gross - total_ded, 2)
    tax_rate = doc.get("tax_rate", 0.031)
    tax = round(net_before * tax_rate, 2)
    net = round(net_before - tax, 2)
    rows += ded + [
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", U.money(total_ded), ""),
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", "", U.money(net_before)),
        (
            "Impôt sur le revenu prélevé à la source",
            U.money(net_before),
            f"{tax_rate * 100:.1f}".replace(".", ","),
            U.money(tax),
            "",
        ),
    ]
    for r in rows:
        bold = r[0].isupper()
        for x, v in zip(cols, r):
            pg.text(
                x if x == 12 else x + 12, y, v, fb if bold else f, 8, anchor="l" if x == 12 else "r"
            )
        pg.line(10, y + 2, 200, y + 2, (225, 225, 225), 0.2)
        y += 6.2
    y += 4
    pg.rect(110, y, 90, 14, stroke=(40, 60, 90), fill=(235, 240, 248), lw=0.5)
    pg.text(114, y + 9, "NET PAYÉ EN EUROS", fb, 10)
    pg.text(196, y + 9, U.money(net), fb, 12, anchor="r")
    pg.text(12, y + 6, f"Payé le {U.fr(doc.get('paid', U.add_days(end, 0)))} par virement", f, 8.5)
    pg.text(12, y + 12, f"Net imposable : {U.money(round(net_before * 1.03, 2))}", f, 8.5)
    pg.text(12, y + 18, f"Coût total employeur : {U.money(round(gross * 1.42, 2))}", f, 8.5)
    pg.para(
        12,
        282,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr",
        186,
        f,
        7,
        color=(90, 90, 90),
    )
    fields = dict(
        employer=e["name"],
        employee_name=doc["employee_truth"],
        period=ym,
        net_pay=net,
        siret=e["siret"],
    )
    return [pg], fields


def contract(rng: random.Random, doc: dict):
    f = rng.choice(["times", "arial", "caladea", "carlito", "serif"])
    fb = f + "-b"
    e = doc["employer"]
    ctype = doc["contract_type"]
    title = {
        "CDI": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "CDD": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
    }[ctype]
    p1 = Page(210, 297)
    p1.text(105, 25, title, fb, 13, anchor="m")
    y = 40
    p1.text(20, y, "ENTRE LES SOUSSIGNÉS :", fb, 10.5)
    y = p1.para(
        20,
        y + 8,
        f"La société {e['name']}, {e['form']} au capital de {e['capital']} "
        f"euros, dont le siège social est situé {e['addr1']}, {e['addr2']}, immatriculée "
        f"sous le numéro SIRET {e['siret']}, représentée par {e['boss']}, en sa qualité de "
        f"{e['boss_title']},",
        170,
        f,
        10,
    )
    y = p1.para(20, y + 2, "ci-après dénommée « l'Employeur », d'une part,", 170, f, 10)
    y = p1.para(
        20,
        y + 6,
        f"ET {doc['employee_printed']}, né{'e' if doc['sex'] == 'F' else ''} "
        f"le {U.fr(doc['dob'])} à {doc['pob']}, de nationalité {doc['nat_fr']}, "
        f"demeurant {doc['addr']},",
        170,
        f,
        10,
    )
    y = p1.para(20, y + 2, "ci-après dénommé(e) « le Salarié », d'autre part,", 170, f, 10)
    y = p1.para(20, y + 6, "IL A ÉTÉ CONVENU CE QUI SUIT :", 170, fb, 10)
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du {U.fr(doc['start'])} "
            + (
                "pour une durée indéterminée"
                if ctype == "CDI"
                else f"pour une durée déterminée jusqu'au {U.fr(doc.get('end', doc['start']))}, "
                "motif : accroissement temporaire d'activité"
            )
            + f". Le présent contrat est régi par la convention collective {e['ccn']}.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié exercera les fonctions de {doc['job']}, "
            f"statut {doc.get('statut', 'employé')}, niveau {rng.randint(2, 5)}.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue "
            f"d'une période d'essai de {rng.choice(['deux', 'trois', 'quatre'])} mois de travail "
            "effectif.",
        ),
        (
            "Article 4 - Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute de "
            f"{U.money(doc['gross'])} euros pour une durée hebdomadaire de 35 heures.",
        ),
        ("Article 5 - Lieu de travail", f"Le Salarié exercera ses fonctions à {e['addr2']}."),
    ]
    for t, body in arts:
        y += 4
        p1.text(20, y, t, fb, 10)
        y = p1.para(20, y + 6, body, 170, f, 10)
    p2 = Page(210, 297)
    y = 25
    for t, body in [
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés "
            "prévus par les dispositions légales et conventionnelles.",
        ),
        (
            "Article 7 - Obligations",
            "Le Salarié s'engage à observer les "
            "instructions et consignes particulières de travail qui lui seront "
            "données.",
        ),
        (
            "Article 8 - Rupture du contrat",
            "Le présent contrat pourra être rompu "
            "dans les conditions prévues par le code du travail.",
        ),
    ]:
        p2.text(20, y, t, fb, 10)
        y = p2.para(20, y + 6, body, 170, f, 10) + 4
    y += 8
    p2.text(20, y, f"Fait en deux exemplaires à {doc['city']}, le {U.fr(doc['signed_on'])}.", f, 10)
    y += 12
    p2.text(25, y, "Pour l'Employeur", fb, 10)
    p2.text(120, y, "Le Salarié", fb, 10)
    p2.text(120, y + 5, "(précédé de la mention « lu et approuvé »)", f, 8)
    p2.hand(120, y + 13, "Lu et approuvé", rng, "h-ecolier", 11)
    p2.signature(25, y + 10, 55, 22, rng, e["boss"].split()[-1])
    p2.signature(120, y + 16, 55, 22, rng, doc["employee_truth"].split()[-1].title())
    fields = dict(
        employer=e["name"],
        employee_name=doc["employee_truth"],
        contract_type=ctype,
        job_title=doc["job"],
        start_date=doc["start"],
    )
    return [p1, p2], fields


def bank_statement(rng: random.Random, doc: dict):
    """Relevé de compte (not a RIB): type unknown."""
    bk = BANKS[doc["bank"]]
    pg = Page(210, 297)
    pg.text(20, 22, doc["bank"], "arial-b", 16, bk["col"])
    pg.text(190, 22, "RELEVÉ DE COMPTE", "arial-b", 11, anchor="r")
    pg.text(190, 28, f"du {U.fr(doc['from'])} au {U.fr(doc['to'])}", "arial", 9, anchor="r")
    pg.text(115, 45, doc["holder"], "arial-b", 10)
    for i, ln in enumerate(doc["addr"]):
        pg.text(115, 50 + 5 * i, ln, "arial", 9.5)
    y = 80
    pg.text(20, y, f"Compte de dépôt n° {doc['acc']}", "arial-b", 9.5)
    y += 8
    pg.rect(20, y - 5, 170, 7, stroke=None, fill=(230, 235, 240))
    for x, h in [(22, "Date"), (45, "Libellé"), (150, "Débit"), (185, "Crédit")]:
        pg.text(x, y, h, "arial-b", 8.5, anchor="l" if x < 100 else "r")
    y += 8
    bal = rng.uniform(300, 2500)
    for i in range(16):
        day = U.add_days(doc["from"], i * 2)
        lab = rng.choice(
            [
                "CB CARREFOUR CITY",
                "PRLV SEPA FREE MOBILE",
                "CB RATP NAVIGO",
                "VIR SEPA SALAIRE",
                "CB PHARMACIE",
                "PRLV SEPA EDF",
                "CB MONOPRIX",
                "RETRAIT DAB",
            ]
        )
        amt = rng.uniform(5, 120)
        credit = lab.startswith("VIR")
        pg.text(22, y, U.fr(day)[:5], "arial", 8.5)
        pg.text(45, y, lab, "arial", 8.5)
        pg.text(
            150 if not credit else 185,
            y,
            U.money(amt * (15 if credit else 1)),
            "arial",
            8.5,
            anchor="r",
        )
        y += 6
    pg.text(
        150,
        y + 6,
        f"Nouveau solde au {U.fr(doc['to'])} : {U.money(bal)} €",
        "arial-b",
        9,
        anchor="r",
    )
    return [pg], {}


def france_travail(rng: random.Random, doc: dict):
    pg = Page(210, 297)
    pg.text(20, 25, "France Travail", "arial-b", 16, (30, 40, 120))
    pg.text(105, 55, "ATTESTATION D'INSCRIPTION", "arial-b", 13, anchor="m")
    y = pg.para(
        20,
        75,
        f"France Travail atteste que {doc['name']}, identifiant {doc['ident']}, "
        f"est inscrit(e) sur la liste des demandeurs d'emploi depuis le "
        f"{U.fr(doc['since'])}, en catégorie 1.",
        170,
        "arial",
        10.5,
    )
    pg.text(120, y + 15, f"Le {U.fr(doc['date'])}", "arial", 10)
    pg.text(120, y + 21, "Votre conseiller France Travail", "arial", 10)
    return [pg], {}
