"""Proofs of address: bills, leases, attestations d'hébergement, quittances (unknown)."""

from q_core import Page, hand, signature, stamp, text_width

PROV = {
    "EDF": dict(
        col=(255, 90, 0),
        col2=(16, 54, 125),
        service="electricity",
        font="lato",
        title="Facture d'électricité",
        offer="Tarif Bleu — Option Base",
        legal="EDF SA au capital de 2 084 365 041 € — 552 081 317 R.C.S. Paris",
        ref="Référence client",
        pod="PDL",
    ),
    "ENGIE": dict(
        col=(0, 170, 255),
        col2=(0, 60, 120),
        service="gas",
        font="os",
        title="Votre facture de gaz naturel",
        offer="Offre Gaz Élec Référence 3 ans",
        legal="ENGIE SA — 542 107 651 RCS Nanterre",
        ref="N° de compte client",
        pod="PCE",
    ),
    "TotalEnergies": dict(
        col=(237, 28, 36),
        col2=(0, 40, 110),
        service="energy",
        font="rob",
        title="Facture électricité et gaz",
        offer="Offre Verte Fixe",
        legal="TotalEnergies Électricité et Gaz France — 478 075 918 RCS Nanterre",
        ref="Compte client",
        pod="PDL / PCE",
    ),
    "ekWateur": dict(
        col=(0, 160, 120),
        col2=(20, 40, 60),
        service="electricity",
        font="lato",
        title="Ma facture mensuelle",
        offer="Électricité verte — prix variable",
        legal="ekWateur SAS — 813 233 384 RCS Paris",
        ref="N° client",
        pod="PDL",
    ),
    "Eau de Paris": dict(
        col=(0, 120, 200),
        col2=(0, 60, 110),
        service="water",
        font="carl",
        title="Facture d'eau",
        offer="Abonnement compteur 15 mm",
        legal="Eau de Paris — Régie publique, 19 rue Neuve Tolbiac 75013 Paris",
        ref="Référence abonné",
        pod="N° compteur",
    ),
    "Free": dict(
        col=(205, 30, 40),
        col2=(40, 40, 40),
        service="internet",
        font="sans",
        title="Facture Freebox",
        offer="Freebox Pop",
        legal="Free SAS — 421 938 861 RCS Paris — 8 rue de la Ville l'Évêque 75008",
        ref="Identifiant",
        pod="Ligne",
    ),
    "SFR": dict(
        col=(226, 0, 26),
        col2=(30, 30, 30),
        service="internet",
        font="rob",
        title="Votre facture SFR",
        offer="SFR Fibre Power",
        legal="SFR SA — 343 059 564 RCS Paris",
        ref="N° de compte",
        pod="Ligne fixe",
    ),
    "Orange": dict(
        col=(255, 121, 0),
        col2=(0, 0, 0),
        service="internet",
        font="sans",
        title="Facture Livebox",
        offer="Livebox Fibre",
        legal="Orange SA — 380 129 866 RCS Paris",
        ref="N° client",
        pod="Ligne",
    ),
    "Bouygues Telecom": dict(
        col=(0, 153, 204),
        col2=(0, 51, 102),
        service="internet",
        font="os",
        title="Votre facture Bbox",
        offer="Bbox fit",
        legal="Bouygues Telecom SA — 397 480 930 RCS Paris",
        ref="Compte client",
        pod="Ligne",
    ),
    "Sosh": dict(
        col=(0, 0, 0),
        col2=(80, 80, 80),
        service="mobile",
        font="lato",
        title="Votre facture Sosh",
        offer="Forfait mobile 100 Go",
        legal="Orange SA — 380 129 866 RCS Paris",
        ref="N° client",
        pod="Ligne mobile",
    ),
    "RED by SFR": dict(
        col=(226, 0, 26),
        col2=(40, 40, 40),
        service="mobile",
        font="rob",
        title="Ta facture RED",
        offer="Forfait RED 200 Go",
        legal="SFR SA — 343 059 564 RCS Paris",
        ref="N° de compte",
        pod="Ligne mobile",
    ),
}
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


def fmt_eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def bill(rng, prov, civ, holder, addr_lines, issue, pstart, pend, amount, variant=None):
    """One bill page (A4). addr_lines: [street, 'zip city']."""
    c = PROV[prov]
    f, fb = c["font"], c["font"] + "-b"
    col, col2 = c["col"], c["col2"]
    pg = Page(210, 297)
    variant = variant or rng.choice(["band", "plain", "side"])
    if variant == "band":
        pg.rect(0, 0, 210, 24, None, col)
        pg.text(14, 15, prov, fb, 20, (255, 255, 255))
        pg.text(196, 15, c["title"], fb, 11, (255, 255, 255), "r")
        top = 32
    else:
        pg.rect(14, 12, 34, 14, None, col)
        pg.text(31, 22, prov[:10], fb, 11 if len(prov) < 6 else 8, (255, 255, 255), "c")
        pg.text(196, 18, c["title"], fb, 13, col2, "r")
        top = 32
    num = f"{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
    cust = str(rng.randint(100000000, 999999999))
    refs = [
        (c["ref"], cust),
        ("Facture n°", num),
        ("Date de facture", issue.strftime("%d/%m/%Y")),
        (c["pod"], str(rng.randint(10000000000000, 99999999999999))),
    ]
    x_ref = 14 if variant != "side" else 14
    y = top + 4
    for lb, v in refs:
        if variant == "side":
            pg.text(x_ref, y, lb, f, 7.5, (90, 90, 90))
            pg.text(x_ref, y + 4, v, fb, 9)
            y += 10
        else:
            pg.text(x_ref, y, lb + " : ", f, 8.5, (70, 70, 70))
            pg.text(x_ref + text_width(lb + " : ", f, 8.5), y, v, fb, 8.5)
            y += 5.2
    # window envelope address
    ya = 50
    pg.text(112, ya, civ + " " + holder.upper() if civ else holder.upper(), fb, 10)
    for i, ln in enumerate(addr_lines):
        pg.text(112, ya + 5.2 * (i + 1), ln.upper(), f, 10)
    y = 92
    pg.line(14, y - 6, 196, y - 6, col, 0.6)
    per = f"du {pstart.strftime('%d/%m/%Y')} au {pend.strftime('%d/%m/%Y')}"
    if rng.random() < 0.5 and pstart.day == 1:
        pg.text(14, y, f"Votre facture de {MOIS[pstart.month - 1]} {pstart.year}", fb, 14, col2)
    else:
        pg.text(14, y, "Votre facture", fb, 14, col2)
    pg.text(14, y + 7, "Période de facturation " + per, f, 9.5)
    pg.rect(120, y - 6, 76, 24, None, (245, 245, 245) if variant != "band" else col)
    tc = (0, 0, 0) if variant != "band" else (255, 255, 255)
    pg.text(124, y + 1, "Montant TTC à payer", f, 9, tc)
    pg.text(192, y + 13, fmt_eur(amount), fb, 18, tc, "r")
    due = issue.toordinal() + 14
    from datetime import date

    pg.text(
        14,
        y + 14,
        "Prélevé le " + date.fromordinal(due).strftime("%d/%m/%Y") + " sur votre compte",
        f,
        8.5,
        (80, 80, 80),
    )
    y += 32
    pg.text(14, y, "Détail de votre facture", fb, 11, col2)
    y += 3
    ht = round(amount / 1.2, 2)
    lines = [
        (c["offer"], per, round(ht * 0.62, 2)),
        ("Options et services", "", round(ht * 0.21, 2)),
        (
            "Consommations / communications",
            "",
            round(ht - round(ht * 0.62, 2) - round(ht * 0.21, 2), 2),
        ),
    ]
    pg.rect(14, y, 182, 7, None, (238, 238, 238))
    for xx, t in ((16, "Désignation"), (110, "Période"), (194, "Montant HT")):
        pg.text(xx, y + 5, t, fb, 8, (0, 0, 0), "r" if xx > 190 else "l")
    y += 7
    for d, p_, v in lines:
        y += 6.5
        pg.text(16, y, d, f, 8.5)
        pg.text(110, y, p_, f, 8)
        pg.text(194, y, fmt_eur(v), f, 8.5, (0, 0, 0), "r")
        pg.line(14, y + 2, 196, y + 2, (220, 220, 220), 0.2)
    y += 10
    pg.text(150, y, "Total HT", f, 9)
    pg.text(194, y, fmt_eur(ht), f, 9, (0, 0, 0), "r")
    pg.text(150, y + 5.5, "TVA", f, 9)
    pg.text(194, y + 5.5, fmt_eur(round(amount - ht, 2)), f, 9, (0, 0, 0), "r")
    pg.text(150, y + 11, "Total TTC", fb, 10)
    pg.text(194, y + 11, fmt_eur(amount), fb, 10, (0, 0, 0), "r")
    if c["service"] in ("electricity", "gas", "energy", "water"):
        y += 24
        pg.text(
            14,
            y,
            "Historique de vos consommations (kWh)"
            if c["service"] != "water"
            else "Consommation (m³)",
            fb,
            9,
            col2,
        )
        for i in range(12):
            h = rng.uniform(5, 28)
            pg.rect(16 + i * 9, y + 34 - h, 6, h, None, col if i == 11 else (200, 200, 200))
            pg.text(
                19 + i * 9, y + 38, MOIS[(pend.month - 12 + i) % 12][:3], f, 5.5, (90, 90, 90), "c"
            )
    pg.rect(14, 262, 182, 18, (200, 200, 200), None, 0.3)
    pg.text(
        16, 268, "TALON DE PAIEMENT — à joindre en cas de paiement par chèque", f, 7, (80, 80, 80)
    )
    pg.text(16, 275, f"Réf. {cust}   Montant {fmt_eur(amount)}", "mono", 8)
    pg.text(105, 289, c["legal"], f, 6.2, (110, 110, 110), "c")
    return pg


def lease(
    rng, landlord, landlord_addr, tenants, address, start, rent, furnished=False, signed=True
):
    """Bail d'habitation loi 1989 (3 pages)."""
    fb, f = rng.choice([("times-b", "times"), ("lib-b", "lib"), ("cal-b", "cal")])
    p1, p2, p3 = Page(210, 297), Page(210, 297), Page(210, 297)
    kind = "CONTRAT DE LOCATION MEUBLÉE" if furnished else "CONTRAT DE LOCATION — LOGEMENT NU"
    p1.text(105, 22, kind, fb, 14, (0, 0, 0), "c")
    p1.text(
        105,
        29,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989)"
        if furnished
        else "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)",
        f,
        9,
        (0, 0, 0),
        "c",
    )
    p1.text(105, 34, "Modèle type — décret n° 2015-587 du 29 mai 2015", f, 8, (60, 60, 60), "c")
    y = 48
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y = p1.para(20, y + 8, "Le présent contrat est conclu entre les soussignés :", 170, f, 10)
    p1.text(20, y + 2, "Le bailleur :", fb, 10)
    p1.text(55, y + 2, landlord, f, 10)
    p1.text(55, y + 7, "demeurant " + landlord_addr, f, 10)
    y += 16
    p1.text(20, y, "Le(s) locataire(s) :", fb, 10)
    for t in tenants:
        p1.text(62, y, t, f, 10)
        y += 5.5
    y += 6
    p1.text(20, y, "II. OBJET DU CONTRAT", fb, 11)
    y += 8
    p1.text(20, y, "Localisation du logement :", f, 10)
    p1.text(70, y, address, fb, 10)
    y = p1.para(
        20,
        y + 7,
        f"Type d'habitat : immeuble collectif. Régime juridique : "
        f"copropriété. Surface habitable : {rng.randint(18, 75)} m². Nombre de pièces "
        f"principales : {rng.randint(1, 3)}. Chauffage individuel électrique.",
        170,
        f,
        10,
    )
    y += 6
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y += 8
    p1.text(20, y, "Date de prise d'effet du contrat :", f, 10)
    p1.text(80, y, start.strftime("%d/%m/%Y"), fb, 10)
    y = p1.para(
        20,
        y + 7,
        "Durée du contrat : "
        + ("un an, reconduit tacitement." if furnished else "trois ans, reconduit tacitement."),
        170,
        f,
        10,
    )
    y += 6
    p1.text(20, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y = p1.para(
        20,
        y + 8,
        f"Montant du loyer mensuel : {fmt_eur(rent)} hors charges. "
        f"Provision pour charges : {fmt_eur(rng.choice([40, 60, 80, 95]))} par mois, "
        "payable d'avance le 1er de chaque mois.",
        170,
        f,
        10,
    )
    p1.text(105, 288, "Page 1/3", f, 8, (90, 90, 90), "c")
    y = 25
    for title, txt in [
        ("V. TRAVAUX", "Néant."),
        ("VI. GARANTIES", f"Dépôt de garantie : {fmt_eur(rent * (2 if furnished else 1))}."),
        ("VII. CLAUSE DE SOLIDARITÉ", "Les colocataires sont tenus solidairement."),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas de défaut de "
            "paiement du loyer ou des charges, deux mois après un commandement demeuré "
            "infructueux, ou à défaut d'assurance contre les risques locatifs.",
        ),
        ("IX. HONORAIRES", "Néant — location entre particuliers."),
        (
            "X. AUTRES CONDITIONS PARTICULIÈRES",
            "Le locataire s'engage à souscrire une "
            "assurance habitation et à en justifier chaque année.",
        ),
        (
            "XI. ANNEXES",
            "Dossier de diagnostic technique, état des lieux, notice "
            "d'information, "
            + ("inventaire du mobilier." if furnished else "règlement de copropriété (extraits)."),
        ),
    ]:
        p2.text(20, y, title, fb, 11)
        y = p2.para(20, y + 7, txt, 170, f, 10) + 5
    p2.text(105, 288, "Page 2/3", f, 8, (90, 90, 90), "c")
    city = address.split()[-1]
    p3.text(
        20,
        30,
        f"Fait à {city.title()}, le {start.strftime('%d/%m/%Y')}, en {len(tenants) + 1} originaux.",
        f,
        10,
    )
    p3.text(25, 50, "Signature du bailleur", fb, 10)
    p3.text(120, 50, "Signature du (des) locataire(s)", fb, 10)
    p3.text(25, 55, "(précédée de « lu et approuvé »)", f, 8)
    if signed:
        hand(p3, rng, 25, 66, "Lu et approuvé", "dkg", 11)
        signature(p3, rng, 28, 80, 45, landlord.replace("SCI ", ""))
        for i, t in enumerate(tenants):
            hand(p3, rng, 120, 66 + i * 30, "Lu et approuvé", "breip", 12)
            signature(p3, rng, 122, 80 + i * 30, 45, t)
    p3.text(105, 288, "Page 3/3", f, 8, (90, 90, 90), "c")
    return [p1, p2, p3]


def attestation(
    rng,
    host,
    host_dob,
    host_pob,
    hosted,
    hosted_dob,
    hosted_pob,
    addr,
    since,
    city,
    signed_on,
    handwritten=True,
    signed=True,
    link="",
):
    pg = Page(210, 297)
    body = (
        f"Je soussigné(e) {host}, né(e) le {host_dob.strftime('%d/%m/%Y')} à {host_pob}, "
        f"demeurant {addr}, atteste sur l'honneur héberger à mon domicile "
        f"{hosted}{link}, né(e) le {hosted_dob.strftime('%d/%m/%Y')} à {hosted_pob}, "
        f"depuis le {since.strftime('%d/%m/%Y')}. "
        "Cette attestation est établie pour servir et valoir ce que de droit."
    )
    if handwritten:
        font = rng.choice(["dkg", "breip"])
        pen = rng.choice([(22, 38, 120), (25, 25, 30)])
        hand(pg, rng, 60, 30, "Attestation d'hébergement", font, 17, pen, slope=0.5)
        x0, y, width = 22, 50, 165
        words = body.split()
        line = ""
        size = 13 if font == "dkg" else 15
        for w in words:
            t = (line + " " + w).strip()
            if text_width(t, font, size) > width and line:
                hand(pg, rng, x0 + rng.uniform(-1, 1), y, line, font, size, pen, jit=1.0)
                y += 10
                line = w
            else:
                line = t
        hand(pg, rng, x0, y, line, font, size, pen)
        y += 18
        hand(
            pg, rng, 100, y, f"Fait à {city}, le {signed_on.strftime('%d/%m/%Y')}", font, size, pen
        )
        if signed:
            signature(pg, rng, 110, y + 22, 55, host, pen)
        return pg
    fb, f = rng.choice([("lib-b", "lib"), ("carl-b", "carl"), ("times-b", "times")])
    pg.text(20, 25, host, f, 10)
    pg.text(20, 30, addr, f, 10)
    pg.text(105, 60, "ATTESTATION D'HÉBERGEMENT", fb, 15, (0, 0, 0), "c")
    y = pg.para(20, 80, body, 170, f, 11, lead=1.6)
    pg.text(
        20, y + 8, "Pièces jointes : copie de ma pièce d'identité, justificatif de domicile.", f, 10
    )
    pg.text(110, y + 28, f"Fait à {city}, le {signed_on.strftime('%d/%m/%Y')}", f, 11)
    pg.text(110, y + 38, "Signature :", f, 11)
    if signed:
        signature(pg, rng, 115, y + 55, 50, host)
    return pg


def quittance(rng, landlord, tenant, addr, month_date, rent, charges):
    pg = Page(210, 297)
    fb, f = rng.choice([("lib-b", "lib"), ("carl-b", "carl")])
    pg.text(105, 30, "QUITTANCE DE LOYER", fb, 16, (0, 0, 0), "c")
    pg.text(
        105, 38, f"Période : {MOIS[month_date.month - 1]} {month_date.year}", f, 11, (0, 0, 0), "c"
    )
    pg.text(20, 56, "Bailleur : " + landlord, f, 10)
    pg.text(20, 62, "Locataire : " + tenant, f, 10)
    pg.text(20, 68, "Adresse du logement : " + addr, f, 10)
    y = pg.para(
        20,
        84,
        f"Je soussigné(e) {landlord}, propriétaire du logement désigné "
        f"ci-dessus, déclare avoir reçu de {tenant} la somme de "
        f"{fmt_eur(rent + charges)} au titre du paiement du loyer et des charges pour la "
        f"période de location du 01/{month_date.month:02d}/{month_date.year} au "
        f"{month_date.strftime('%d/%m/%Y')} et lui en donne quittance, sous réserve de "
        "tous mes droits.",
        170,
        f,
        10.5,
        lead=1.5,
    )
    pg.text(20, y + 8, f"Loyer : {fmt_eur(rent)}", f, 10)
    pg.text(20, y + 14, f"Provision pour charges : {fmt_eur(charges)}", f, 10)
    pg.text(20, y + 20, f"Total : {fmt_eur(rent + charges)}", fb, 10)
    signature(pg, rng, 120, y + 42, 50, landlord)
    return pg


def insurance(rng, insurer, holder, addr, start):
    pg = Page(210, 297)
    pg.rect(0, 0, 210, 20, None, (0, 90, 70))
    pg.text(14, 13, insurer, "os-b", 16, (255, 255, 255))
    pg.text(105, 40, "ATTESTATION D'ASSURANCE HABITATION", "os-b", 14, (0, 0, 0), "c")
    y = pg.para(
        20,
        58,
        f"{insurer} atteste que {holder} est titulaire d'un contrat "
        f"d'assurance multirisque habitation n° {rng.randint(10000000, 99999999)} "
        f"garantissant les risques locatifs pour le logement situé {addr}, à compter "
        f"du {start.strftime('%d/%m/%Y')}.",
        170,
        "os",
        10.5,
        lead=1.5,
    )
    pg.text(20, y + 10, "Attestation valable jusqu'au 31/12/2026.", "os", 10)
    stamp(pg, rng, 150, y + 40, 15, insurer.upper()[:18], "SERVICE CLIENTS", "", (0, 90, 70))
    return pg
