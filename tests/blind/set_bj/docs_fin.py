"""Bills, lease, attestation d'hébergement, RIB and neobank screen, payslip, CDI / CDD."""

from __future__ import annotations

import random

from docs_civil import para
from ids import spaced
from render import Page

MONTHS = [
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


def fr(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def words(iso):
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MONTHS[int(iso[5:7]) - 1]} {iso[0:4]}"


def eur(v):
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


# ----------------------------------------------------------------- utility bills
STYLES = {
    "EDF": dict(
        color=(0, 91, 187),
        accent=(255, 120, 0),
        font="sans",
        bold="sansb",
        service="electricity",
        title="Votre facture d'électricité",
        offer="Tarif Bleu — Option Base 6 kVA",
        tel="09 69 32 15 15",
        issuer="EDF SA — 22-30 avenue de Wagram 75008 Paris — RCS Paris 552 081 317",
    ),
    "Free": dict(
        color=(205, 0, 0),
        accent=(60, 60, 60),
        font="dejavu",
        bold="dejavub",
        service="internet",
        title="Facture Freebox",
        offer="Abonnement Freebox Pop",
        tel="3244",
        issuer="Free SAS — 8 rue de la Ville l'Évêque 75008 Paris — RCS Paris 421 938 861",
    ),
    "Orange": dict(
        color=(255, 121, 0),
        accent=(0, 0, 0),
        font="lato",
        bold="latob",
        service="internet",
        title="votre facture",
        offer="Livebox Fibre",
        tel="3900",
        issuer="Orange SA — 111 quai du Président Roosevelt 92130 Issy-les-"
        "Moulineaux — RCS Nanterre 380 129 866",
    ),
}


def bill(b: dict, rng: random.Random) -> Page:
    s = STYLES[b["provider"]]
    f, fb = s["font"], s["bold"]
    pg = Page()
    pg.rect(0, 0, 210, 4, stroke=None, fill=s["color"])
    pg.text(
        15,
        20,
        b["provider"].lower() if b["provider"] == "Orange" else b["provider"],
        fb,
        24,
        s["color"],
    )
    pg.text(15, 27, s["title"], f, 11, s["accent"])
    pg.lines(
        15,
        38,
        [f"Facture n° {b['number']}", f"du {fr(b['issue'])}", f"Réf. client : {b['client']}"],
        f,
        9,
    )
    # address window (DL envelope)
    pg.lines(112, 48, [b["holder_print"], b["street"], f"{b['cp']} {b['city']}"], f, 10.5)
    pg.rect(15, 70, 85, 26, stroke=s["color"], lw=0.4)
    pg.text(19, 77, "Montant à payer", fb, 10)
    pg.text(96, 88, eur(b["amount"]), fb, 18, s["color"], "r")
    pg.text(19, 93, f"prélevé le {fr(b['debit'])}", f, 8)
    pg.text(15, 108, f"Période de facturation du {fr(b['start'])} au {fr(b['end'])}", fb, 10)
    what = "consommation" if s["service"] == "electricity" else "la ligne"
    pg.text(15, 115, f"Adresse de {what} : {b['street']}, {b['cp']} {b['city']}", f, 9)
    pg.text(15, 121, s["offer"], f, 9)
    y = 132
    pg.rect(15, y - 5, 180, 7, stroke=None, fill=(235, 238, 242))
    pg.text(17, y, "Détail", fb, 9)
    pg.text(193, y, "Montant TTC", fb, 9, align="r")
    for lab, amt in b["lines"]:
        y += 8
        pg.text(17, y, lab, f, 9)
        pg.text(193, y, eur(amt), f, 9, align="r")
    y += 10
    pg.line(15, y - 5, 195, y - 5, (150, 150, 150), 0.2)
    pg.text(17, y, "Total TTC", fb, 10)
    pg.text(193, y, eur(b["amount"]), fb, 10, align="r")
    pg.text(15, y + 14, f"Service client : {s['tel']}  (service et appel gratuits)", f, 8.5)
    pg.text(15, 285, s["issuer"], f, 6.5, (100, 100, 100))
    return pg


def bill_fields(b: dict) -> dict:
    return {
        "provider": b["provider"],
        "service": STYLES[b["provider"]]["service"],
        "holder_name": b["holder_print"],
        "address": f"{b['street']}, {b['cp']} {b['city']}",
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }


# ----------------------------------------------------------------- lease (loi 1989)
def lease_pages(le: dict, rng: random.Random) -> list[Page]:
    p1, p2 = Page(), Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", "serifb", 15, align="c")
    p1.text(
        105,
        29,
        "Logement nu — Titre Ier bis de la loi n° 89-462 du 6 juillet 1989",
        "serifi",
        9.5,
        align="c",
    )
    y = para(p1, 20, 42, "I. DÉSIGNATION DES PARTIES", "serifb", 10.5, 170)
    y = para(
        p1,
        20,
        y + 2,
        f"Le présent contrat est conclu entre les soussignés : "
        f"{le['landlord']}, demeurant {le['landlord_addr']}, désigné(e) ci-après « le "
        "bailleur » ;",
        "serif",
        10,
        170,
    )
    y = para(
        p1,
        20,
        y + 2,
        f"et {le['tenant_print']}, désigné(e) ci-après « le locataire ».",
        "serif",
        10,
        170,
    )
    y = para(p1, 20, y + 6, "II. OBJET DU CONTRAT", "serifb", 10.5, 170)
    y = para(
        p1,
        20,
        y + 2,
        f"Localisation du logement : {le['address']}. Type d'habitat : "
        f"immeuble collectif. Régime juridique : copropriété. Surface habitable : "
        f"{le['surface']} m². Nombre de pièces principales : {le['rooms']}. Chauffage "
        "individuel électrique. Eau chaude sanitaire individuelle.",
        "serif",
        10,
        170,
    )
    y = para(p1, 20, y + 6, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serifb", 10.5, 170)
    y = para(
        p1,
        20,
        y + 2,
        f"A. Date de prise d'effet du contrat : {words(le['start'])}. "
        "B. Durée du contrat : trois ans, renouvelable par tacite reconduction.",
        "serif",
        10,
        170,
    )
    y = para(p1, 20, y + 6, "IV. CONDITIONS FINANCIÈRES", "serifb", 10.5, 170)
    y = para(
        p1,
        20,
        y + 2,
        f"Montant du loyer mensuel hors charges : {eur(le['rent'])}. "
        f"Provision sur charges : {eur(le['charges'])}, avec régularisation annuelle. "
        "Le loyer est payable mensuellement et d'avance le 5 de chaque mois. Dépôt de "
        f"garantie : {eur(le['rent'])}.",
        "serif",
        10,
        170,
    )
    p1.text(105, 288, "Page 1/2", "serif", 8, align="c")
    y = para(
        p2, 20, 25, "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE RÉSOLUTOIRE", "serifb", 10.5, 170
    )
    y = para(
        p2,
        20,
        y + 2,
        "Le présent contrat sera résilié de plein droit un mois après un "
        "commandement de payer demeuré infructueux, à défaut de paiement du loyer ou des "
        "charges aux termes convenus ou de versement du dépôt de garantie. Le locataire "
        "est tenu de s'assurer contre les risques locatifs et d'en justifier lors de la "
        "remise des clés puis chaque année.",
        "serif",
        10,
        170,
    )
    y = para(
        p2,
        20,
        y + 6,
        "VIII. ANNEXES : dossier de diagnostic technique, état des lieux, "
        "notice d'information, extrait du règlement de copropriété.",
        "serif",
        10,
        170,
    )
    p2.text(
        20,
        y + 12,
        f"Fait à {le['city']}, le {fr(le['signed'])}, en deux exemplaires originaux.",
        "serif",
        10,
    )
    p2.text(30, y + 24, "Le bailleur", "serifb", 10)
    p2.text(130, y + 24, "Le locataire", "serifb", 10)
    p2.hand(25, y + 31, "Lu et approuvé", rng, "hand3", 11)
    p2.hand(125, y + 31, "Lu et approuvé", rng, "hand2", 11)
    p2.signature(25, y + 35, 50, 16, rng)
    p2.signature(125, y + 35, 50, 16, rng, (20, 20, 20))
    p2.text(105, 288, "Page 2/2", "serif", 8, align="c")
    return [p1, p2]


# ----------------------------------------------------------------- attestation d'hébergement
def hosting_attestation(h: dict, rng: random.Random) -> Page:
    pg = Page()
    pg.text(105, 35, "ATTESTATION D'HÉBERGEMENT", "carlitob", 16, align="c")
    y = para(
        pg,
        22,
        60,
        f"Je soussigné, {h['host_print']}, né le {fr(h['host_dob'])} à "
        f"{h['host_pob']}, demeurant au {h['address']}, atteste sur l'honneur héberger "
        f"à mon domicile, depuis le {fr(h['since'])}, {h['hosted_print']}, née le "
        f"{fr(h['hosted_dob'])} à {h['hosted_pob']}.",
        "carlito",
        12,
        165,
        1.6,
    )
    y = para(
        pg,
        22,
        y + 8,
        "Cette attestation est établie pour servir et valoir ce que de "
        "droit, notamment auprès de la Caisse primaire d'assurance maladie.",
        "carlito",
        12,
        165,
        1.6,
    )
    y = para(
        pg,
        22,
        y + 8,
        "Je joins à la présente une copie de ma pièce d'identité et trois "
        "factures d'électricité à mon nom.",
        "carlito",
        12,
        165,
        1.6,
    )
    para(
        pg,
        22,
        y + 8,
        "Je suis informé(e) qu'une fausse attestation m'expose aux sanctions "
        "prévues à l'article 441-7 du code pénal.",
        "carlito",
        10,
        165,
        1.5,
    )
    pg.text(110, y + 35, f"Fait à Paris, le {fr(h['signed_on'])}", "carlito", 12)
    pg.signature(115, y + 42, 55, 18, rng, (10, 10, 10))
    return pg


# ----------------------------------------------------------------- RIB
def rib_page(r: dict, rng: random.Random) -> Page:
    pg = Page()
    c = r["color"]
    pg.rect(15, 15, 180, 95, stroke=c, lw=0.5)
    pg.text(20, 26, r["bank_name"], "sansb", 15, c)
    pg.text(190, 26, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 10, align="r")
    pg.lines(20, 38, ["Titulaire du compte", ""], "sans", 8, color=(100, 100, 100))
    pg.lines(20, 43, [r["holder_print"], r["street"], f"{r['cp']} {r['city']}"], "sans", 10)
    pg.lines(120, 38, ["Domiciliation"], "sans", 8, color=(100, 100, 100))
    pg.lines(120, 43, r["agency"], "sans", 9.5)
    heads = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    x = 20
    for lab, v in heads:
        pg.text(x, 67, lab, "sans", 8, (100, 100, 100))
        pg.text(x, 73, v, "mono", 11)
        x += 42
    pg.text(20, 86, "IBAN (International Bank Account Number)", "sans", 8, (100, 100, 100))
    pg.text(20, 92, spaced(r["iban"]), "mono", 12)
    pg.text(140, 86, "BIC (Bank Identifier Code)", "sans", 8, (100, 100, 100))
    pg.text(140, 92, r["bic"], "mono", 12)
    pg.text(
        20,
        104,
        "Ce relevé est destiné à être remis à vos créanciers ou débiteurs pour "
        "les virements et prélèvements.",
        "sansi",
        7.5,
        (100, 100, 100),
    )
    return pg


def revolut_screen(r: dict) -> Page:
    pg = Page(99.06, 214.38, (247, 247, 250))  # 1170 x 2532 at 300 dpi
    pg.text(6, 6, "9:41", "sansb", 8)
    pg.text(92, 6, "5G  87%", "sansb", 7, align="r")
    pg.text(6, 18, "‹", "sans", 16, (30, 30, 30))
    pg.text(49.5, 18, "Account details", "sansb", 10, align="c")
    pg.rect(6, 26, 87, 9, stroke=None, fill=(230, 230, 236))
    pg.rect(7, 27, 42, 7, stroke=None, fill=(255, 255, 255))
    pg.text(28, 32, "EUR", "sansb", 8, align="c")
    pg.text(71, 32, "International", "sans", 8, (110, 110, 120), "c")
    y = 46
    for lab, v in (
        ("Beneficiary", r["holder_print"]),
        ("IBAN", spaced(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Bank", r["bank_name"]),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
    ):
        pg.rect(6, y - 5, 87, 17, stroke=None, fill=(255, 255, 255))
        pg.text(10, y + 0.5, lab, "sans", 7, (120, 120, 130))
        pg.text(
            10,
            y + 7,
            v,
            "sansb" if lab != "Bank address" else "sans",
            8.5 if lab != "Bank address" else 6.5,
        )
        pg.rect(84, y + 0.5, 3, 3.6, stroke=(60, 90, 230), lw=0.3)
        pg.rect(85.2, y - 0.7, 3, 3.6, stroke=(60, 90, 230), fill=(255, 255, 255), lw=0.3)
        y += 20
    para(
        pg,
        8,
        y + 4,
        "Use these details to receive salary and Direct Debits in euros. "
        "Transfers within SEPA usually arrive within 1 business day.",
        "sans",
        7,
        82,
        color=(110, 110, 120),
    )
    pg.rect(6, 190, 87, 11, stroke=None, fill=(60, 90, 230))
    pg.text(49.5, 197, "Share details", "sansb", 9, (255, 255, 255), "c")
    pg.rect(35, 208, 29, 1.2, stroke=None, fill=(20, 20, 20))
    return pg


# ----------------------------------------------------------------- payslip / contracts
def payslip(ps: dict, rng: random.Random) -> Page:
    pg = Page()
    pg.text(15, 18, "BULLETIN DE PAIE", "sansb", 14)
    pg.text(195, 18, f"Période du {fr(ps['start'])} au {fr(ps['end'])}", "sans", 9, align="r")
    pg.lines(
        15,
        28,
        [
            ps["employer"],
            ps["emp_street"],
            ps["emp_city"],
            f"SIRET : {ps['siret']}   Code NAF : {ps['naf']}",
            f"URSSAF : {ps['urssaf']}",
            f"Convention collective : {ps['ccn']}",
        ],
        "sans",
        8.5,
    )
    pg.rect(112, 26, 83, 30, stroke=(0, 0, 0), lw=0.3)
    pg.lines(
        115, 33, [ps["employee_print"], ps["street"], f"{ps['cp']} {ps['city']}"], "sansb", 9.5
    )
    pg.lines(
        15,
        66,
        [
            f"Emploi : {ps['job']}",
            f"Statut : {ps['statut']}",
            f"Date d'entrée : {fr(ps['entry'])}",
            "N° de sécurité sociale : en cours",
        ],
        "sans",
        8.5,
    )
    y = 92
    pg.rect(15, y - 5, 180, 7, stroke=None, fill=(220, 225, 235))
    for x, t in ((17, "Rubrique"), (120, "Base"), (150, "Taux"), (193, "Montant")):
        pg.text(x, y, t, "sansb", 8.5, align="r" if x > 150 else "l")
    g = ps["gross"]
    rows = [
        ("Salaire de base", eur(g), "", eur(g)),
        ("SANTÉ", "", "", ""),
        ("Sécurité sociale - Maladie Maternité", eur(g), "", "0,00"),
        ("Complémentaire santé", eur(g), "", f"-{eur(g * 0.012)}"),
        ("RETRAITE", "", "", ""),
        ("Sécurité sociale plafonnée", eur(g), "6,900", f"-{eur(g * 0.069)}"),
        ("Sécurité sociale déplafonnée", eur(g), "0,400", f"-{eur(g * 0.004)}"),
        ("Complémentaire Tranche 1", eur(g), "4,150", f"-{eur(g * 0.0415)}"),
        ("ASSURANCE CHÔMAGE", "", "", "0,00"),
        (
            "CSG déductible de l'impôt sur le revenu",
            eur(g * 0.9825),
            "6,800",
            f"-{eur(g * 0.9825 * 0.068)}",
        ),
        ("CSG/CRDS non déductible", eur(g * 0.9825), "2,900", f"-{eur(g * 0.9825 * 0.029)}"),
    ]
    for lab, base, taux, mnt in rows:
        y += 7
        pg.text(
            17,
            y,
            lab,
            "sansb"
            if base == "" and taux == "" and mnt in ("", "0,00") and lab.isupper()
            else "sans",
            8.5,
        )
        pg.text(135, y, base, "sans", 8.5, align="r")
        pg.text(160, y, taux, "sans", 8.5, align="r")
        pg.text(193, y, mnt, "sans", 8.5, align="r")
    y += 12
    pg.line(15, y - 6, 195, y - 6, (0, 0, 0), 0.3)
    pg.text(17, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "sansb", 9)
    pg.text(193, y, eur(ps["net_before"]), "sansb", 9, align="r")
    y += 7
    pg.text(17, y, "Impôt sur le revenu prélevé à la source (taux personnalisé 3,2 %)", "sans", 8.5)
    pg.text(193, y, f"-{eur(ps['net_before'] - ps['net'])}", "sans", 8.5, align="r")
    y += 10
    pg.rect(110, y - 6, 85, 10, stroke=None, fill=(220, 225, 235))
    pg.text(113, y, "NET PAYÉ", "sansb", 11)
    pg.text(193, y, eur(ps["net"]), "sansb", 11, align="r")
    pg.text(15, y + 14, f"Payé le {fr(ps['paid'])} par virement", "sans", 8.5)
    pg.text(
        15,
        285,
        "Dans votre intérêt, conservez ce bulletin de paie sans limitation de durée.",
        "sansi",
        7.5,
        (90, 90, 90),
    )
    return pg


def contract_pages(c: dict, rng: random.Random) -> list[Page]:
    p1, p2 = Page(), Page()
    fnt, fb = c["font"], c["font"] + "b"
    kind = "À DURÉE INDÉTERMINÉE" if c["type"] == "CDI" else "À DURÉE DÉTERMINÉE"
    p1.text(105, 25, f"CONTRAT DE TRAVAIL {kind}", fb, 13, align="c")
    y = para(
        p1,
        20,
        40,
        f"Entre les soussignés : la société {c['employer']}, {c['form']}, "
        f"dont le siège social est situé {c['emp_addr']}, immatriculée sous le numéro "
        f"SIRET {c['siret']}, représentée par {c['rep']}, agissant en qualité de "
        "Directeur(trice) des ressources humaines, ci-après « l'Employeur »,",
        fnt,
        10.5,
        170,
        1.5,
    )
    y = para(
        p1,
        20,
        y + 3,
        f"et {c['employee_print']}, né(e) le {fr(c['dob'])} à "
        f"{c['pob']}, de nationalité {c['nat_fr']}, demeurant {c['addr']}, ci-après « le "
        "Salarié »,",
        fnt,
        10.5,
        170,
        1.5,
    )
    y = para(p1, 20, y + 3, "il a été convenu ce qui suit.", fnt, 10.5, 170)
    arts = [
        (
            "Article 1 — Engagement",
            f"Le Salarié est engagé à compter du "
            f"{words(c['start'])} "
            + (
                "pour une durée indéterminée"
                if c["type"] == "CDI"
                else f"pour une durée déterminée jusqu'au {words(c['end'])}, motif : {c['motif']}"
            )
            + ", sous réserve des résultats de la visite d'information et de prévention.",
        ),
        (
            "Article 2 — Fonctions",
            f"Le Salarié exercera les fonctions de {c['job']}, "
            f"statut {c['statut']}, conformément à la convention collective {c['ccn']}.",
        ),
        (
            "Article 3 — Période d'essai",
            f"Le présent contrat ne deviendra définitif "
            f"qu'à l'issue d'une période d'essai de {c['trial']}.",
        ),
        (
            "Article 4 — Rémunération",
            f"Le Salarié percevra une rémunération brute "
            f"mensuelle de {eur(c['gross'])} pour un horaire hebdomadaire de 35 heures.",
        ),
    ]
    for t, body in arts:
        y = para(p1, 20, y + 6, t, fb, 10.5, 170)
        y = para(p1, 20, y + 1, body, fnt, 10.5, 170, 1.5)
    p1.text(105, 288, "1/2", fnt, 8, align="c")
    y = para(p2, 20, 25, "Article 5 — Lieu de travail", fb, 10.5, 170)
    y = para(
        p2, 20, y + 1, f"Le Salarié exercera ses fonctions à {c['workplace']}.", fnt, 10.5, 170, 1.5
    )
    y = para(p2, 20, y + 6, "Article 6 — Congés payés et protection sociale", fb, 10.5, 170)
    y = para(
        p2,
        20,
        y + 1,
        "Le Salarié bénéficiera des congés payés prévus par la loi et des "
        "régimes de retraite complémentaire et de prévoyance en vigueur dans "
        "l'entreprise.",
        fnt,
        10.5,
        170,
        1.5,
    )
    p2.text(20, y + 12, f"Fait en deux exemplaires à {c['city']}, le {fr(c['signed'])}.", fnt, 10.5)
    p2.text(25, y + 24, "Pour l'Employeur", fb, 10)
    p2.text(125, y + 24, "Le Salarié", fb, 10)
    p2.text(125, y + 29, "(mention « lu et approuvé »)", fnt, 8)
    p2.hand(125, y + 37, "Lu et approuvé", rng, "hand4", 12)
    p2.signature(25, y + 32, 50, 16, rng, (10, 10, 10))
    p2.signature(125, y + 41, 50, 16, rng)
    p2.text(105, 288, "2/2", fnt, 8, align="c")
    return [p1, p2]
