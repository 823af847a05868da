"""French documents: bills, RIBs, a banking-app screen, payslip, contract, lease, attestation."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

import ids
from docs_id import dmy
from gfx import INK_BLUE, Page, pil_font, put_hand, signature, stamp

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
DARK = (25, 25, 30)


def long_fr(iso: str) -> str:
    return f"{int(iso[8:10])} {MOIS[int(iso[5:7]) - 1]} {iso[:4]}"


def eur(v: float) -> str:
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


def total_bill(b: dict) -> Page:
    """TotalEnergies monthly electricity bill (Linky real consumption)."""
    pg = Page()
    red, blue = (237, 0, 0), (0, 60, 140)
    pg.rect(14, 12, 10, 10, stroke=None, fill=red)
    pg.rect(24, 12, 10, 10, stroke=None, fill=(255, 200, 0))
    pg.rect(14, 22, 20, 4, stroke=None, fill=blue)
    pg.text(38, 21, "TotalEnergies", 18, "latob", red)
    pg.text(14, 34, "TotalEnergies Electricité et Gaz France", 7.5, "lato", DARK)
    pg.text(14, 38, "2 bis rue Louis Armand - 75015 Paris", 7.5, "lato", DARK)
    pg.text(120, 44, b["holder"], 10, "latob", DARK)
    pg.text(120, 49, b["addr1"], 10, "lato", DARK)
    pg.text(120, 54, b["addr2"], 10, "lato", DARK)
    pg.text(14, 52, "Votre facture", 16, "latob", blue)
    pg.text(14, 59, f"du {dmy(b['issue'])}  -  N° {b['number']}", 9, "lato", DARK)
    pg.text(14, 64, f"Référence client : {b['client']}", 9, "lato", DARK)
    pg.rect(14, 74, 182, 30, stroke=None, fill=(240, 244, 250))
    pg.text(20, 84, "Montant TTC de votre facture", 11, "latob", DARK)
    pg.text(190, 84, eur(b["amount"]), 18, "latob", red, "r")
    pg.text(20, 93, f"Prélevé le {dmy(b['debit'])} sur votre compte bancaire", 9, "lato", DARK)
    pg.text(
        20,
        99,
        f"Facture mensuelle - consommation réelle du {dmy(b['start'])} au {dmy(b['end'])}",
        9,
        "lato",
        DARK,
    )
    pg.text(14, 116, "Votre contrat : Offre Verte Fixe - Électricité", 11, "latob", blue)
    pg.text(14, 122, f"Adresse de consommation : {b['addr1']}, {b['addr2']}", 9, "lato", DARK)
    pg.text(
        14, 127, f"PDL : {b['pdl']}    Puissance souscrite : 6 kVA    Option Base", 9, "lato", DARK
    )
    rows = [
        ("Abonnement", f"du {dmy(b['start'])} au {dmy(b['end'])}", b["amount"] * 0.22),
        ("Consommation", f"{b['kwh']} kWh", b["amount"] * 0.55),
        ("Acheminement (TURPE)", "", b["amount"] * 0.12),
        ("Taxes et contributions (accise, CTA)", "", b["amount"] * 0.0433),
        ("TVA", "", b["amount"] * 0.0667),
    ]
    y = 140
    pg.rect(14, y - 6, 182, 7, stroke=None, fill=(0, 60, 140))
    pg.text(16, y - 1.2, "Détail", 9, "latob", (255, 255, 255))
    pg.text(194, y - 1.2, "Montant TTC", 9, "latob", (255, 255, 255), "r")
    for lab, mid, amt in rows:
        y += 8
        pg.text(16, y, lab, 9, "lato")
        pg.text(100, y, mid, 9, "lato")
        pg.text(194, y, eur(amt), 9, "lato", anchor="r")
        pg.line(14, y + 2.5, 196, y + 2.5, (200, 200, 210), 0.15)
    y += 10
    pg.text(16, y, "Total TTC", 10, "latob")
    pg.text(194, y, eur(b["amount"]), 10, "latob", anchor="r")
    pg.text(
        14,
        262,
        "Service client : 09 70 80 69 69 (appel non surtaxé) - totalenergies.fr/particuliers",
        8,
        "lato",
        DARK,
    )
    pg.text(
        14,
        268,
        "TotalEnergies Electricité et Gaz France - SA au capital de "
        "2 000 000 000 € - RCS Nanterre 542 034 921",
        6.5,
        "lato",
        (110, 110, 110),
    )
    pg.text(196, 285, "1/1", 7, "lato", anchor="r")
    return pg


def free_bill(b: dict) -> Page:
    """Free (Freebox) monthly internet bill."""
    pg = Page()
    pg.text(14, 24, "free", 28, "sansb", (205, 0, 0))
    pg.text(14, 32, "Free SAS - 75371 Paris Cedex 08", 7.5, "sans", DARK)
    pg.text(120, 40, b["holder"], 10, "sans", DARK)
    pg.text(120, 45, b["addr1"], 10, "sans", DARK)
    pg.text(120, 50, b["addr2"], 10, "sans", DARK)
    pg.text(14, 50, "Facture Freebox", 14, "sansb", DARK)
    pg.text(14, 57, f"Facture n° {b['number']} du {dmy(b['issue'])}", 9, "sans", DARK)
    pg.text(14, 62, f"Identifiant : {b['client']}", 9, "sans", DARK)
    pg.text(14, 67, f"Ligne : {b['line']}", 9, "sans", DARK)
    pg.rect(14, 80, 182, 8, stroke=None, fill=(60, 60, 60))
    pg.text(16, 85.5, "Désignation", 9, "sansb", (255, 255, 255))
    pg.text(140, 85.5, "Période", 9, "sansb", (255, 255, 255))
    pg.text(194, 85.5, "Montant TTC", 9, "sansb", (255, 255, 255), "r")
    rows = [
        ("Forfait Freebox Pop", f"{dmy(b['start'])} - {dmy(b['end'])}", b["amount"] - 2.0),
        ("Option Replay TV", f"{dmy(b['start'])} - {dmy(b['end'])}", 2.0),
        ("Communications (détail ci-après)", "", 0.0),
    ]
    y = 95
    for lab, per, amt in rows:
        pg.text(16, y, lab, 9)
        pg.text(140, y, per, 8)
        pg.text(194, y, eur(amt), 9, anchor="r")
        y += 7
    pg.line(14, y, 196, y, (150, 150, 150), 0.2)
    y += 7
    pg.text(140, y, "Total TTC", 10, "sansb")
    pg.text(194, y, eur(b["amount"]), 10, "sansb", anchor="r")
    pg.text(140, y + 6, f"dont TVA 20 % : {eur(b['amount'] / 6)}", 8)
    pg.text(
        14,
        y + 20,
        f"Cette somme sera prélevée à partir du {dmy(b['debit'])} sur le compte "
        "désigné dans votre mandat SEPA.",
        8.5,
    )
    pg.text(
        14,
        270,
        "Free - SAS au capital de 3 441 812 € - RCS Paris B 421 938 861 - "
        "8 rue de la Ville l'Évêque 75008 Paris",
        6.5,
        "sans",
        (110, 110, 110),
    )
    return pg


def rib_page(r: dict, rng: random.Random) -> Page:
    """Relevé d'identité bancaire in the style of the bank (BNP, LBP, Crédit Mutuel)."""
    pg = Page()
    bank = r["bank"]
    col = {
        "BNP PARIBAS": (0, 130, 80),
        "LA BANQUE POSTALE": (0, 50, 130),
        "CREDIT MUTUEL": (0, 80, 160),
    }[bank]
    pg.rect(14, 14, 182, 14, stroke=None, fill=col)
    pg.text(18, 24, r["bank_display"], 14, "sansb", (255, 255, 255))
    pg.text(105, 40, "RELEVÉ D'IDENTITÉ BANCAIRE", 13, "sansb", DARK, "m")
    pg.text(
        105,
        46,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        7.5,
        "sansi",
        (90, 90, 90),
        "m",
    )
    pg.text(18, 58, "Titulaire du compte", 8, "sans", (90, 90, 90))
    pg.text(18, 64, r["holder"], 11, "sansb")
    pg.text(18, 69, r["addr1"], 9.5)
    pg.text(18, 74, r["addr2"], 9.5)
    pg.text(120, 58, "Domiciliation", 8, "sans", (90, 90, 90))
    pg.text(120, 64, r["agency"], 9.5, "sansb")
    pg.text(120, 69, r["agency_addr"], 9)
    y = 88
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
    xs = [18, 52, 88, 150]
    for x, h_, v in zip(xs, heads, vals, strict=True):
        pg.rect(
            x - 2, y - 5, 34 if x < 88 else (60 if x == 88 else 22), 14, stroke=(0, 0, 0), lw=0.2
        )
        pg.text(x, y - 1, h_, 7.5, "sans", (90, 90, 90))
        pg.text(x, y + 6, v, 11, "mono")
    y += 22
    pg.text(18, y, "IBAN (International Bank Account Number)", 8, "sans", (90, 90, 90))
    pg.text(18, y + 7, ids.group4(r["iban"]), 13, "mono")
    pg.text(140, y, "BIC (Bank Identifier Code)", 8, "sans", (90, 90, 90))
    pg.text(140, y + 7, r["bic"], 13, "mono")
    pg.line(14, y + 16, 196, y + 16, (180, 180, 180), 0.2, dash=True)
    pg.text(
        18,
        y + 24,
        "Document édité le " + dmy(r["edited"]) + " - " + r["footer"],
        7,
        "sans",
        (110, 110, 110),
    )
    return pg


def revolut_screen(r: dict, rng: random.Random) -> Image.Image:
    """Revolut app 'Account details' screen, 1170 x 2532."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (247, 247, 250))
    d = ImageDraw.Draw(im)
    f = pil_font("sansb", 46)
    d.text((70, 60), "14:32", font=f, fill=(0, 0, 0))
    d.text((1040, 60), "82", font=pil_font("sansb", 36), fill=(0, 0, 0))
    d.text((70, 200), "‹", font=pil_font("sans", 90), fill=(30, 30, 30))
    d.text((70, 330), "Euro · Main", font=pil_font("sansb", 66), fill=(0, 0, 0))
    d.text((70, 420), "Account details", font=pil_font("sans", 42), fill=(110, 110, 120))
    d.rounded_rectangle([50, 520, 1120, 600], 40, fill=(230, 232, 240))
    d.text(
        (300, 540), "Local          International", font=pil_font("sansb", 36), fill=(40, 40, 60)
    )
    d.rounded_rectangle([50, 650, 1120, 1750], 40, fill=(255, 255, 255))
    items = [
        ("Beneficiary", r["holder"]),
        ("IBAN", ids.group4(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Bank name", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
    ]
    y = 700
    for lab, val in items:
        d.text((100, y), lab, font=pil_font("sans", 36), fill=(120, 120, 130))
        fv = pil_font("sansb", 42 if len(val) < 36 else 34)
        d.text((100, y + 55), val, font=fv, fill=(10, 10, 20))
        d.rounded_rectangle([980, y + 20, 1060, y + 100], 18, outline=(90, 90, 230), width=4)
        y += 205
    d.text(
        (100, 1800),
        "Use these details to receive salary and transfers in EUR via SEPA.",
        font=pil_font("sans", 32),
        fill=(110, 110, 120),
    )
    d.rounded_rectangle([50, 2250, 1120, 2380], 65, fill=(25, 28, 240))
    d.text(
        (585, 2315), "Share details", font=pil_font("sansb", 46), fill=(255, 255, 255), anchor="mm"
    )
    d.rounded_rectangle([420, 2490, 750, 2502], 6, fill=(0, 0, 0))
    return im


def payslip(p: dict) -> Page:
    """Bulletin de paie clarifié (modèle 2018), text PDF from a payroll service."""
    pg = Page()
    pg.text(14, 18, "BULLETIN DE PAIE", 14, "sansb")
    pg.text(196, 18, f"Période du {dmy(p['start'])} au {dmy(p['end'])}", 9, anchor="r")
    pg.text(196, 23, f"Paiement le {dmy(p['paid'])} par virement", 8, anchor="r")
    pg.rect(14, 28, 88, 34, stroke=(0, 0, 0), lw=0.2)
    pg.text(16, 34, p["employer"], 10, "sansb")
    pg.text(16, 39, p["emp_addr1"], 8.5)
    pg.text(16, 44, p["emp_addr2"], 8.5)
    pg.text(16, 50, f"SIRET : {p['siret']}   Code NAF : {p['naf']}", 8)
    pg.text(16, 55, f"Convention collective : {p['ccn']}", 7.5)
    pg.rect(108, 28, 88, 34, stroke=(0, 0, 0), lw=0.2)
    pg.text(110, 36, p["employee"], 10.5, "sansb")
    pg.text(110, 42, p["addr1"], 9)
    pg.text(110, 47, p["addr2"], 9)
    pg.text(14, 70, f"Emploi : {p['job']}   Statut : Non cadre   Coefficient : {p['coef']}", 8)
    pg.text(
        14, 75, f"Entrée le {dmy(p['entry'])}   Contrat : {p['contract']}   N° SS : en cours", 8
    )
    heads = ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]
    xs = [16, 90, 115, 150, 194]
    pg.rect(14, 81, 182, 7, stroke=None, fill=(210, 220, 235))
    for i, (x, h_) in enumerate(zip(xs, heads, strict=True)):
        pg.text(x, 86, h_, 8, "sansb", anchor="r" if i == 4 else "l")
    gross = p["gross"]
    lines = [
        ("Salaire de base", "151,67 h", f"{gross / 151.67:.4f}".replace(".", ","), eur(gross), ""),
        ("SANTÉ", "", "", "", ""),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            eur(gross),
            "",
            "",
            eur(gross * 0.13),
        ),
        ("Complémentaire Santé", eur(gross), "", eur(28.4), eur(28.4)),
        ("RETRAITE", "", "", "", ""),
        (
            "Sécurité sociale plafonnée",
            eur(gross),
            "6,90 %",
            eur(gross * 0.069),
            eur(gross * 0.0855),
        ),
        (
            "Complémentaire Tranche 1",
            eur(gross),
            "4,01 %",
            eur(gross * 0.0401),
            eur(gross * 0.0601),
        ),
        ("ASSURANCE CHÔMAGE", eur(gross), "", "", eur(gross * 0.0405)),
        (
            "CSG déductible de l'impôt sur le revenu",
            eur(gross * 0.9825),
            "6,80 %",
            eur(gross * 0.9825 * 0.068),
            "",
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            eur(gross * 0.9825),
            "2,90 %",
            eur(gross * 0.9825 * 0.029),
            "",
        ),
    ]
    y = 95
    for row in lines:
        for i, (x, v) in enumerate(zip(xs, row, strict=True)):
            bold = row[1] == "" and row[3] == ""
            pg.text(
                x, y, v, 7.8, "sansb" if bold and i == 0 else "sans", anchor="r" if i >= 3 else "l"
            )
        y += 6
    y += 4
    pg.rect(14, y, 182, 9, stroke=None, fill=(235, 235, 235))
    pg.text(16, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, "sansb")
    pg.text(194, y + 6, eur(p["net_before"]), 9, "sansb", anchor="r")
    y += 14
    pg.text(
        16, y, f"Impôt sur le revenu prélevé à la source - taux personnalisé {p['pas_rate']}", 8
    )
    pg.text(194, y, eur(p["net_before"] - p["net"]), 8, anchor="r")
    y += 8
    pg.rect(100, y, 96, 12, stroke=(0, 0, 0), fill=(220, 235, 220), lw=0.3)
    pg.text(104, y + 8, "NET PAYÉ", 11, "sansb")
    pg.text(192, y + 8, eur(p["net"]), 12, "sansb", anchor="r")
    pg.text(
        14,
        y + 24,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
        7,
        "sansi",
        (90, 90, 90),
    )
    pg.text(14, 288, "Édité par Silae - bulletin dématérialisé", 6.5, "sans", (120, 120, 120))
    return pg


def cdd_pages(c: dict, rng: random.Random) -> list[Page]:
    """Contrat de travail à durée déterminée (2 pages, signed by both)."""
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", 14, "serifb", anchor="m")
    p1.text(105, 29, "(articles L. 1242-1 et suivants du code du travail)", 9, "serifi", anchor="m")
    y = p1.para(
        20,
        42,
        f"Entre les soussignés : la société {c['employer']}, {c['form']} au "
        f"capital de {c['capital']}, immatriculée sous le numéro SIRET {c['siret']}, "
        f"dont le siège est situé {c['emp_addr']}, représentée par {c['boss']}, en "
        "qualité de gérant, ci-après « l'employeur », d'une part,",
        170,
        10.5,
        "serif",
    )
    y = p1.para(
        20,
        y + 3,
        f"et {c['employee_title']} {c['employee']}, né le "
        f"{dmy(c['dob'])} à {c['pob']}, de nationalité {c['nat']}, demeurant "
        f"{c['addr']}, ci-après « le salarié », d'autre part,",
        170,
        10.5,
        "serif",
    )
    y = p1.para(20, y + 3, "il a été convenu ce qui suit :", 170, 10.5, "serif")
    arts = [
        (
            "Article 1 - Engagement",
            f"Le salarié est engagé à compter du {dmy(c['start'])} "
            f"par contrat à durée déterminée, pour accroissement temporaire d'activité, jusqu'au "
            f"{dmy(c['end'])} inclus.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le salarié occupera l'emploi de {c['job']}, niveau I "
            "échelon 2 de la convention collective nationale des hôtels, cafés, restaurants.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le contrat comporte une période d'essai de deux "
            "semaines, durant laquelle chacune des parties peut y mettre fin librement.",
        ),
        (
            "Article 4 - Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 "
            "heures, réparties selon le planning affiché dans l'établissement.",
        ),
        (
            "Article 5 - Rémunération",
            f"Le salarié percevra un salaire mensuel brut de "
            f"{c['gross']} pour 151,67 heures de travail.",
        ),
    ]
    y += 4
    for t, body in arts:
        p1.text(20, y, t, 10.5, "serifb")
        y = p1.para(20, y + 6, body, 170, 10.5, "serif") + 3
    p1.text(105, 288, "1/2", 8, "serif", anchor="m")
    p2 = Page()
    y = 24
    for t, body in [
        (
            "Article 6 - Lieu de travail",
            f"Le salarié exercera ses fonctions au sein de l'établissement situé {c['emp_addr']}.",
        ),
        (
            "Article 7 - Congés payés",
            "Le salarié bénéficiera des congés payés dans les "
            "conditions légales ; à défaut, une indemnité compensatrice lui sera versée.",
        ),
        (
            "Article 8 - Fin de contrat",
            "À l'issue du contrat, le salarié percevra une "
            "indemnité de fin de contrat égale à 10 % de la rémunération totale brute.",
        ),
        (
            "Article 9 - Dispositions diverses",
            "Le salarié déclare être en situation régulière "
            "de séjour et de travail en France et s'engage à informer l'employeur de tout "
            "changement.",
        ),
    ]:
        p2.text(20, y, t, 10.5, "serifb")
        y = p2.para(20, y + 6, body, 170, 10.5, "serif") + 3
    y += 6
    p2.text(20, y, f"Fait en deux exemplaires à {c['city']}, le {dmy(c['signed'])}.", 10.5, "serif")
    y += 12
    p2.text(30, y, "L'employeur", 10.5, "serifb")
    p2.text(130, y, "Le salarié", 10.5, "serifb")
    p2.text(30, y + 5, "(lu et approuvé)", 8.5, "serifi")
    p2.text(130, y + 5, "(lu et approuvé)", 8.5, "serifi")
    put_hand(p2, 28, y + 14, "Lu et approuvé", rng, 3.6, color=INK_BLUE)
    put_hand(p2, 128, y + 14, "Lu et approuvé", rng, 3.6, color=(20, 20, 30))
    p2.image(signature(rng, color=INK_BLUE), 26, y + 16, 48, 19)
    p2.image(signature(rng, color=(20, 20, 30)), 126, y + 16, 48, 19)
    p2.image(
        stamp(
            rng,
            c["employer"].upper() + " * ",
            ["SIRET", c["siret"][:9]],
            (40, 60, 150),
            420,
            rect=True,
        ),
        70,
        y + 22,
        44,
        22,
    )
    p2.text(105, 288, "2/2", 8, "serif", anchor="m")
    return [p1, p2]


def lease_pages(L: dict, rng: random.Random) -> list[Page]:
    """Contrat de location, logement vide, loi 89-462 (décret 2015-587 model); 2 pages shown."""
    p1 = Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", 15, "sansb", anchor="m")
    p1.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION", 10.5, "sansb", anchor="m")
    p1.text(
        105,
        33,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)",
        8.5,
        "sansi",
        anchor="m",
    )
    y = 46
    secs = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                f"Le bailleur : {L['landlord']}, {L['landlord_addr']}, ci-après « le bailleur » ;",
                "Le(s) locataire(s) : "
                + " et ".join(L["tenants_printed"])
                + ", ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                f"Localisation du logement : {L['address']}",
                f"Type d'habitat : immeuble collectif ; régime juridique : copropriété ; "
                f"surface habitable : {L['surface']} m² ; nombre de pièces principales : "
                f"{L['rooms']}.",
                "Destination des locaux : usage d'habitation principale.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"Date de prise d'effet du contrat : {dmy(L['start'])}",
                "Durée du contrat : 3 ans, renouvelable par tacite reconduction.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"Montant du loyer mensuel : {L['rent']} hors charges ; provision sur charges : "
                f"{L['charges']} ; payable le 1er de chaque mois, à terme à échoir.",
                "Zone d'encadrement : le loyer respecte le loyer de référence majoré en vigueur.",
            ],
        ),
        ("V. GARANTIES", [f"Dépôt de garantie : {L['rent']} (un mois de loyer hors charges)."]),
    ]
    for title, paras in secs:
        p1.rect(16, y - 5, 178, 7, stroke=None, fill=(225, 230, 238))
        p1.text(18, y, title, 9.5, "sansb")
        y += 8
        for s in paras:
            y = p1.para(18, y, s, 174, 9.5) + 1.5
        y += 4
    p1.text(196, 288, "Page 1 / 6", 7.5, anchor="r")
    p2 = Page()
    p2.text(18, 24, "XI. SIGNATURES", 10.5, "sansb")
    p2.para(
        18,
        32,
        "Les parties reconnaissent avoir reçu chacune un exemplaire du présent "
        "contrat et de ses annexes (état des lieux, notice d'information, diagnostic de "
        "performance énergétique).",
        174,
        9.5,
    )
    p2.text(
        18,
        50,
        f"Fait à {L['city']}, le {dmy(L['signed'])}, en {len(L['tenants']) + 1} originaux.",
        9.5,
    )
    p2.text(30, 62, "Le bailleur", 9.5, "sansb")
    p2.text(125, 62, "Le(s) locataire(s)", 9.5, "sansb")
    put_hand(p2, 30, 72, "Lu et approuvé", rng, 3.5)
    put_hand(p2, 125, 72, "Lu et approuvé, bon pour accord", rng, 3.5, color=(20, 20, 30))
    p2.image(signature(rng), 28, 76, 46, 18)
    p2.image(signature(rng, color=(20, 20, 30)), 122, 76, 46, 18)
    p2.text(196, 288, "Page 6 / 6", 7.5, anchor="r")
    return [p1, p2]


def hosting_attestation(a: dict, rng: random.Random) -> Page:
    """Attestation d'hébergement handwritten on plain (squared) paper."""
    pg = Page(bg=(250, 250, 246))
    for i in range(0, 297, 8):
        pg.line(0, i, 210, i, (190, 205, 230), 0.12)
    pg.line(28, 0, 28, 297, (230, 150, 160), 0.2)
    y = 30
    put_hand(pg, 70, y, "Attestation d'hébergement", rng, 5.2, a["font"])
    y += 24
    lines = a["lines"]
    for ln in lines:
        if ln:
            put_hand(pg, 32, y, ln, rng, 4.0, a["font"])
        y += 8
    y += 8
    pg.image(signature(rng), 120, y, 60, 24)
    return pg
