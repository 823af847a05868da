"""French paperwork layouts: bills, leases, hosting attestations, payslips, contracts,
RIBs (paper and app screens), and a few documents of no packet type."""

from __future__ import annotations

import random

from mcommon import eur, fmt_siret, fr, fr_words, month_name_fr
from mdata import PROVIDERS
from mrender import Page, signature_image, stamp_image

SCREEN = (1170 * 25.4 / 460, 2532 * 25.4 / 460)
SCREEN_DPI = 460


def bill(b: dict, rng: random.Random) -> list[Page]:
    """b: provider, holder, addr (list), issue, start, end, amount, invoice, client, month?"""
    P = PROVIDERS[b["provider"]]
    pg = Page()
    fn, fb = rng.choice([("sans", "sans_b"), ("dsans", "dsans_b"), ("cond", "cond_b")])
    style = rng.randrange(2)
    if style == 0:
        pg.rect(0, 0, 210, 24, stroke=None, fill=P["color"])
        pg.text(15, 15, b["provider"], "dsans_b", 20, (255, 255, 255))
        pg.text(195, 15, "Votre facture", fb, 12, (255, 255, 255), "r")
    else:
        pg.text(
            15,
            20,
            b["provider"].lower() if b["provider"] == "Free" else b["provider"],
            "dsans_b",
            24,
            P["color"],
        )
        pg.rect(15, 24, 40, 1.2, stroke=None, fill=P["acc"])
        pg.text(195, 16, "FACTURE", fb, 14, P["acc"], "r")
    y = 36
    for line in P["addr"]:
        pg.text(15, y, line, fn, 7.5, (90, 90, 90))
        y += 3.6
    # window envelope block
    hx, hy = 112, 48
    pg.text(hx, hy, b.get("holder_print", b["holder"]), fb, 10)
    for i, line in enumerate(b["addr"]):
        pg.text(hx, hy + 5 + i * 4.6, line, fn, 10)
    y = 62
    info = [
        ("Date de facture" if style else "Facture du", fr(b["issue"])),
        ("N° de facture", b["invoice"]),
        ("Référence client" if style else "N° client", b["client"]),
        ("Titulaire du contrat", b["holder"]),
    ]
    if P["service"] in ("electricity", "energy"):
        info.append(("Point de livraison (PDL)", b.get("pdl", "1459 2288 4410 27")))
    for lb, v in info:
        pg.text(15, y, lb, fn, 8.5, (80, 80, 80))
        pg.text(60, y, v, fb, 8.5)
        y += 5
    y = 100
    pg.rect(15, y, 180, 24, stroke=P["color"], fill=(246, 246, 250), width=0.4)
    per = f"Période du {fr(b['start'])} au {fr(b['end'])}"
    if b.get("month") and rng.random() < 0.5:
        per = f"Facture de {month_name_fr(b['month'])} ({fr(b['start'])} - {fr(b['end'])})"
    pg.text(20, y + 8, per, fb, 10)
    pg.text(20, y + 17, "Montant total TTC à payer", fn, 10)
    pg.text(190, y + 17, f"{eur(b['amount'])} €", "dsans_b", 15, P["color"], "r")
    y += 34
    pg.text(15, y, "Détail de votre facture", fb, 11, P["acc"])
    y += 7
    pg.line(15, y - 4, 195, y - 4, 0.3, P["acc"])
    ht = round(b["amount"] / 1.2, 2)
    lines = [(P["label"], round(ht * 0.78, 2)), ("Options et services", round(ht * 0.12, 2))]
    lines.append(("Taxes et contributions", round(ht - lines[0][1] - lines[1][1], 2)))
    for lb, v in lines:
        pg.text(18, y, lb, fn, 9)
        pg.text(192, y, f"{eur(v)} €", fn, 9, anchor="r")
        y += 6
    pg.line(120, y - 3, 195, y - 3, 0.2)
    pg.text(18, y + 2, "Total HT", fn, 9)
    pg.text(192, y + 2, f"{eur(ht)} €", fn, 9, anchor="r")
    pg.text(18, y + 8, "TVA", fn, 9)
    pg.text(192, y + 8, f"{eur(b['amount'] - ht)} €", fn, 9, anchor="r")
    pg.text(18, y + 15, "Total TTC", fb, 10)
    pg.text(192, y + 15, f"{eur(b['amount'])} €", fb, 10, anchor="r")
    y += 30
    pg.para(
        15,
        y,
        f"Ce montant sera prélevé le {fr(b.get('debit', b['issue']))} sur votre compte "
        f"bancaire. Retrouvez toutes vos factures sur votre espace client {P['web']}.",
        180,
        fn,
        8.5,
        4.2,
    )
    pg.line(15, 280, 195, 280, 0.2, (150, 150, 150))
    pg.text(
        105,
        285,
        f"{b['provider']} - SA au capital social - RCS - {P['web']}",
        fn,
        6.5,
        (120, 120, 120),
        "m",
    )
    pg.text(195, 290, "Page 1/1", fn, 6.5, (120, 120, 120), "r")
    return [pg]


def bill_screen(b: dict, rng: random.Random) -> list[Page]:
    P = PROVIDERS[b["provider"]]
    pg = Page(*SCREEN, bg=(244, 244, 248))
    W = SCREEN[0]
    pg.text(4, 4.2, "09:41", "dsans_b", 6.3)
    pg.text(W - 4, 4.2, "5G  87%", "dsans_b", 5.4, anchor="r")
    pg.rect(0, 8, W, 12, stroke=None, fill=P["color"])
    pg.text(W / 2, 15.5, "Mes factures", "dsans_b", 7.5, (255, 255, 255), "m")
    pg.text(4, 15.5, "<", "dsans_b", 8, (255, 255, 255))
    pg.rect(3, 24, W - 6, 60, stroke=None, fill=(255, 255, 255))
    pg.text(6, 30, f"Facture {month_name_fr(b['month'])}", "dsans_b", 6.9)
    pg.text(6, 35, f"Émise le {fr(b['issue'])}", "dsans", 5.1, (110, 110, 110))
    pg.text(W - 6, 30, f"{eur(b['amount'])} €", "dsans_b", 7.5, P["color"], "r")
    rows = [
        ("Titulaire", b["holder"]),
        ("Adresse", b["addr"][0]),
        ("", b["addr"][1]),
        ("Période", f"du {fr(b['start'])} au {fr(b['end'])}"),
        ("N° facture", b["invoice"]),
        ("Compte client", b["client"]),
    ]
    y = 42
    for lb, v in rows:
        pg.text(6, y, lb, "dsans", 4.5, (120, 120, 120))
        pg.text(27, y, v, "dsans", 4.6)
        y += 6.2
    pg.rect(3, 88, W - 6, 10, stroke=None, fill=P["color"])
    pg.text(W / 2, 94.5, "Télécharger la facture (PDF)", "dsans_b", 5.4, (255, 255, 255), "m")
    pg.text(6, 108, "Factures précédentes", "dsans_b", 6.0)
    for i, (m, a) in enumerate(b.get("previous", [])):
        pg.rect(3, 112 + i * 11, W - 6, 9.5, stroke=None, fill=(255, 255, 255))
        pg.text(6, 118.5 + i * 11, m, "dsans", 5.1)
        pg.text(W - 6, 118.5 + i * 11, f"{eur(a)} €", "dsans", 5.1, anchor="r")
    pg.rect(W / 2 - 18, SCREEN[1] - 3, 36, 1.2, stroke=None, fill=(0, 0, 0))
    return [pg]


def lease(le: dict, rng: random.Random) -> list[Page]:
    """le: landlord, landlord_addr, tenants, address (list), start, rent, charges, kind,
    signed_on, city, agency."""
    fn, fb = rng.choice([("serif", "serif_b"), ("sans", "sans_b"), ("dserif", "dserif_b")])
    p1 = Page()
    furnished = le.get("kind") == "meublé"
    y = 20
    if le.get("agency"):
        p1.text(20, y, le["agency"], "dsans_b", 12, (20, 60, 120))
        p1.text(20, y + 5, "Administration de biens - Location", fn, 8)
        y += 14
    p1.text(105, y + 6, "CONTRAT DE LOCATION", fb, 15, anchor="m")
    sub = ("LOGEMENT MEUBLÉ" if furnished else "LOCAUX VIDES") + " À USAGE D'HABITATION"
    p1.text(105, y + 12, sub, fb, 10.5, anchor="m")
    p1.text(
        105,
        y + 17,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989)"
        if furnished
        else "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)",
        fn,
        8.5,
        anchor="m",
    )
    y += 30
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", fb, 10.5)
    y += 7
    y = p1.para(20, y, "Le présent contrat est conclu entre les soussignés :", 170, fn, 9.5, 4.6)
    y = p1.para(
        25,
        y + 1,
        f"{le['landlord']}, demeurant {le['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
        165,
        fn,
        9.5,
        4.6,
    )
    ten = " et ".join(le["tenants_print"])
    y = p1.para(25, y + 2, f"{ten}, désigné(s) ci-après « le(s) locataire(s) ».", 165, fn, 9.5, 4.6)
    y += 6
    p1.text(20, y, "II. OBJET DU CONTRAT", fb, 10.5)
    y += 7
    y = p1.para(
        20,
        y,
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
        170,
        fn,
        9.5,
        4.6,
    )
    p1.text(25, y + 2, "Adresse du logement : " + ", ".join(le["address"]), fb, 9.5)
    y += 8
    y = p1.para(
        25,
        y,
        f"Type d'habitat : immeuble collectif. Régime juridique : copropriété. "
        f"Surface habitable : {le.get('surface', 38)} m². Nombre de pièces principales : "
        f"{le.get('rooms', 2)}. Chauffage individuel électrique.",
        165,
        fn,
        9.5,
        4.6,
    )
    y += 6
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 10.5)
    y += 7
    dur = "un an" if furnished else "trois ans"
    y = p1.para(
        20,
        y,
        f"La durée du contrat et sa date de prise d'effet sont ainsi définies : "
        f"A. Date de prise d'effet du contrat : {fr(le['start'])}. B. Durée du "
        f"contrat : {dur}, renouvelable par tacite reconduction.",
        170,
        fn,
        9.5,
        4.6,
    )
    y += 6
    p1.text(20, y, "IV. CONDITIONS FINANCIÈRES", fb, 10.5)
    y += 7
    y = p1.para(
        20,
        y,
        f"Montant du loyer mensuel : {eur(le['rent'])} € hors charges. Provision "
        f"pour charges : {eur(le['charges'])} € par mois, payable le 1er de chaque mois.",
        170,
        fn,
        9.5,
        4.6,
    )
    y = p1.para(
        20,
        y + 2,
        f"Dépôt de garantie : {eur(le['rent'] * (2 if furnished else 1))} €.",
        170,
        fn,
        9.5,
        4.6,
    )
    p1.text(105, 288, "Page 1/2", fn, 8, anchor="m")
    p2 = Page()
    y = 25
    for title, body in [
        ("V. TRAVAUX", "Néant."),
        ("VI. GARANTIES", "Néant."),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas de défaut de "
            "paiement du loyer ou des charges, du dépôt de garantie, ou de souscription d'une "
            "assurance des risques locatifs, deux mois après un commandement de payer demeuré "
            "infructueux.",
        ),
        (
            "VIII. ANNEXES",
            "Dossier de diagnostic technique ; état des lieux d'entrée ; notice "
            "d'information ; extrait du règlement de copropriété.",
        ),
    ]:
        p2.text(20, y, title, fb, 10.5)
        y = p2.para(20, y + 7, body, 170, fn, 9.5, 4.6) + 6
    p2.text(
        20,
        y + 4,
        f"Fait à {le['city']}, le {fr(le['signed_on'])}, en {len(le['tenants']) + 1} originaux.",
        fn,
        9.5,
    )
    y += 16
    p2.text(25, y, "Le bailleur", fb, 9.5)
    p2.text(25, y + 4.5, "(signature précédée de « lu et approuvé »)", fn, 7.5)
    p2.text(115, y, "Le(s) locataire(s)", fb, 9.5)
    p2.hand(28, y + 14, "Lu et approuvé", 11, (20, 20, 90), "hand1", rng.randrange(9999))
    p2.image(28, y + 17, 42, 14, signature_image(le["landlord"], rng.randrange(999)))
    for i, t in enumerate(le["tenants"]):
        p2.hand(
            118, y + 14 + i * 22, "Lu et approuvé", 11, (20, 20, 90), "hand4", rng.randrange(99)
        )
        p2.image(118, y + 17 + i * 22, 42, 14, signature_image(t, rng.randrange(999)))
    p2.text(105, 288, "Page 2/2", fn, 8, anchor="m")
    return [p1, p2]


def attestation(a: dict, rng: random.Random) -> list[Page]:
    """a: host, host_dob, host_pob, hosted, hosted_dob, hosted_pob, address (list), since,
    city, signed_on, signed(bool), hand(bool), relation."""
    pg = Page(bg=(255, 255, 255))
    if a.get("hand"):
        font = rng.choice(["hand1", "hand2", "hand4"])
        ink = rng.choice([(20, 30, 110), (25, 25, 30)])
        s = rng.randrange(9999)
        pg.hand(105, 35, "Attestation d'hébergement", 17, ink, font, s, anchor="m")
        txt = (
            f"Je soussigné{'e' if a.get('host_sex') == 'F' else ''} {a['host']}, "
            f"né{'e' if a.get('host_sex') == 'F' else ''} le {fr(a['host_dob'])} à "
            f"{a['host_pob']}, demeurant {', '.join(a['address'])}, atteste sur l'honneur "
            f"héberger à mon domicile {a['relation']} {a['hosted']}, né"
            f"{'e' if a.get('hosted_sex') == 'F' else ''} le {fr(a['hosted_dob'])} à "
            f"{a['hosted_pob']}, depuis le {fr(a['since'])}. "
            "Je joins une copie de ma pièce d'identité et un justificatif de domicile. "
            "Fait pour servir et valoir ce que de droit."
        )
        words = txt.split()
        y, line = 55, ""
        for w in words:
            t = (line + " " + w).strip()
            if pg.width_of(t, font, 17) > 150 and line:
                pg.hand(25, y, line, 17, ink, font, s + int(y))
                y += 12.5
                line = w
            else:
                line = t
        pg.hand(25, y, line, 17, ink, font, s + 1)
        y += 20
        pg.hand(100, y, f"Fait à {a['city']}, le {fr(a['signed_on'])}", 17, ink, font, s + 2)
        if a.get("signed", True):
            pg.image(120, y + 6, 50, 17, signature_image(a["host"], s + 3, ink))
        return [pg]
    fn, fb = rng.choice([("sans", "sans_b"), ("serif", "serif_b")])
    pg.text(20, 22, a["host"], fb, 10)
    for i, line in enumerate(a["address"]):
        pg.text(20, 27 + i * 4.8, line, fn, 10)
    pg.text(105, 62, "ATTESTATION D'HÉBERGEMENT", fb, 14, anchor="m")
    y = pg.para(
        22,
        80,
        f"Je soussigné(e), {a['host']}, né(e) le {fr(a['host_dob'])} à {a['host_pob']}, "
        f"demeurant au {', '.join(a['address'])}, certifie sur l'honneur héberger à mon domicile, "
        f"à titre gratuit, {a['relation']} {a['hosted']}, né(e) le {fr(a['hosted_dob'])} à "
        f"{a['hosted_pob']}, depuis le {fr_words(a['since'])}.",
        166,
        fn,
        11,
        6,
    )
    y = pg.para(
        22,
        y + 4,
        "Cette attestation est établie pour servir et valoir ce que de droit, "
        "notamment auprès de la Caisse primaire d'assurance maladie.",
        166,
        fn,
        11,
        6,
    )
    y = pg.para(
        22,
        y + 4,
        "Pièces jointes : copie de ma pièce d'identité ; justificatif de domicile à mon nom.",
        166,
        fn,
        11,
        6,
    )
    pg.text(115, y + 14, f"Fait à {a['city']}, le {fr(a['signed_on'])}", fn, 11)
    if a.get("signed", True):
        pg.image(120, y + 19, 50, 17, signature_image(a["host"], rng.randrange(999)))
    return [pg]


def payslip(p: dict, rng: random.Random) -> list[Page]:
    """p: employer, emp_addr, siret, naf, employee, emp_addr2 (list), job, start, period (YYYY-MM),
    gross, net, pas."""
    pg = Page()
    fn, fb = rng.choice([("sans", "sans_b"), ("cond", "cond_b"), ("narrow", "narrow_b")])
    acc = rng.choice([(30, 80, 150), (80, 80, 80), (20, 120, 100)])
    pg.text(15, 16, "BULLETIN DE PAIE", fb, 15, acc)
    from mcommon import month_bounds

    s, e = month_bounds(p["period"])
    pg.text(195, 13, f"Période du {fr(s)} au {fr(e)}", fn, 9, anchor="r")
    pg.text(195, 18, f"Paiement le {fr(e)} par virement", fn, 8, anchor="r")
    pg.rect(15, 24, 88, 32, stroke=acc, width=0.3)
    pg.text(18, 30, p["employer"], fb, 10)
    for i, line in enumerate(p["emp_addr"]):
        pg.text(18, 35 + i * 4.2, line, fn, 8.5)
    pg.text(18, 48, f"SIRET : {fmt_siret(p['siret'])}", fn, 8)
    pg.text(18, 52.5, f"Code NAF : {p['naf']}   URSSAF : Île-de-France", fn, 8)
    pg.rect(108, 24, 87, 32, stroke=acc, width=0.3)
    pg.text(111, 30, p["employee"], fb, 10)
    for i, line in enumerate(p["emp_addr2"]):
        pg.text(111, 35 + i * 4.2, line, fn, 8.5)
    pg.text(111, 48, f"Emploi : {p['job']}", fn, 8)
    pg.text(
        111, 52.5, f"Entrée le : {fr(p['start'])}   Statut : {p.get('statut', 'Non cadre')}", fn, 8
    )
    y = 64
    cols = [
        (15, "Rubriques"),
        (95, "Base"),
        (120, "Taux"),
        (145, "Montant salarié"),
        (172, "Part employeur"),
    ]
    pg.rect(15, y - 5, 180, 7, stroke=None, fill=(225, 230, 238))
    for x, t in cols:
        pg.text(x + 2, y, t, fb, 8)
    y += 8
    g = p["gross"]
    rows = [
        ("Salaire de base", eur(151.67), "", eur(g), ""),
        ("SALAIRE BRUT", "", "", eur(g), ""),
        ("SANTÉ", "", "", "", ""),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", eur(g), "", "", eur(g * 0.07)),
        ("Complémentaire Santé", "", "", eur(g * 0.012), eur(g * 0.018)),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", eur(g), "", "", eur(g * 0.009)),
        ("RETRAITE", "", "", "", ""),
        ("Sécurité sociale plafonnée", eur(g), "6,900", eur(g * 0.069), eur(g * 0.0855)),
        ("Complémentaire Tranche 1", eur(g), "4,010", eur(g * 0.0401), eur(g * 0.0601)),
        ("FAMILLE", "", "", "", eur(g * 0.0345)),
        ("ASSURANCE CHÔMAGE", eur(g), "", "", eur(g * 0.0405)),
        ("CSG déductible de l'impôt sur le revenu", eur(g * 0.9825), "6,800", eur(g * 0.0668), ""),
        ("CSG/CRDS non déductible", eur(g * 0.9825), "2,900", eur(g * 0.0285), ""),
    ]
    for r in rows:
        bold = r[0].isupper()
        pg.text(17, y, r[0][:48], fb if bold else fn, 7.6)
        for (x, _), v in zip(cols[1:], r[1:]):
            pg.text(x + 22, y, v, fn, 7.6, anchor="r")
        y += 5.2
    pg.line(15, y - 2, 195, y - 2, 0.3, acc)
    y += 4
    net_before = p["net"] + p["pas"]
    for lb, v, big in [
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", net_before, False),
        (
            f"Impôt sur le revenu prélevé à la source (taux {p.get('taux', '3,2') if p['pas'] else '0,0'} %)",
            -p["pas"] if p["pas"] else 0.0,
            False,
        ),
        ("NET PAYÉ", p["net"], True),
    ]:
        if big:
            pg.rect(110, y - 5.5, 85, 9, stroke=None, fill=(225, 230, 238))
        pg.text(17 if not big else 112, y, lb, fb if big else fn, 9 if big else 8.2)
        pg.text(193, y, f"{eur(v)} €", fb if big else fn, 10 if big else 8.5, anchor="r")
        y += 8
    pg.text(17, y + 2, f"Montant net social : {eur(p['net'] + p['pas'] + 9.4)} €", fn, 8.2)
    pg.text(17, y + 8, f"Total versé par l'employeur : {eur(g * 1.42)} €", fn, 8.2)
    pg.para(
        17,
        276,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée sur "
        "www.service-public.fr",
        176,
        fn,
        6.8,
        3.2,
        (100, 100, 100),
    )
    return [pg]


def contract(c: dict, rng: random.Random) -> list[Page]:
    """c: employer, emp_addr, siret, rep, employee, employee_dob, nat, addr, ctype, job,
    start, end, salary, city, signed_on."""
    fn, fb = rng.choice([("serif", "serif_b"), ("sans", "sans_b"), ("dserif", "dserif_b")])
    title = {
        "CDI": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "CDD": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
    }[c["ctype"]]
    p1 = Page()
    p1.text(105, 25, title, fb, 13, anchor="m")
    y = 40
    p1.text(20, y, "ENTRE LES SOUSSIGNÉS :", fb, 10)
    y = p1.para(
        20,
        y + 7,
        f"La société {c['employer']}, dont le siège social est situé "
        f"{c['emp_addr']}, immatriculée sous le numéro SIRET {fmt_siret(c['siret'])}, "
        f"représentée par {c['rep']}, en qualité de Directeur(rice) des ressources "
        "humaines, ci-après dénommée « l'Employeur »,",
        170,
        fn,
        10,
        5,
    )
    p1.text(20, y + 3, "ET :", fb, 10)
    y = p1.para(
        20,
        y + 9,
        f"{c['employee_print']}, né(e) le {fr(c['employee_dob'])}, de "
        f"nationalité {c['nat']}, demeurant {c['addr']}, ci-après dénommé(e) "
        "« le/la Salarié(e) »,",
        170,
        fn,
        10,
        5,
    )
    p1.text(20, y + 3, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10)
    y += 12
    arts = [
        (
            "Article 1 - Engagement",
            f"Le/la Salarié(e) est engagé(e) à compter du "
            f"{fr_words(c['start'])}"
            + (
                f" jusqu'au {fr_words(c['end'])}, pour accroissement temporaire d'activité"
                if c["ctype"] == "CDD"
                else " pour une durée indéterminée"
            )
            + ", sous réserve des résultats de la visite d'information et de prévention.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le/la Salarié(e) occupera le poste de {c['job']}, "
            f"statut {c.get('statut', 'employé')}, coefficient selon la convention collective "
            f"{c.get('ccn', 'SYNTEC')}.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            "l'issue d'une période d'essai de deux mois de travail effectif.",
        ),
        (
            "Article 4 - Rémunération",
            f"En contrepartie de ses fonctions, le/la Salarié(e) "
            f"percevra une rémunération mensuelle brute de {eur(c['salary'])} euros pour une durée "
            "hebdomadaire de 35 heures.",
        ),
    ]
    for t, body in arts:
        p1.text(20, y, t, fb, 10)
        y = p1.para(20, y + 6, body, 170, fn, 10, 5) + 5
    p1.text(190, 285, "1/2", fn, 8, anchor="r")
    p2 = Page()
    y = 25
    for t, body in [
        (
            "Article 5 - Lieu de travail",
            f"Le/la Salarié(e) exercera ses fonctions à "
            f"{c['city']}. Ce lieu pourra être modifié dans le même secteur géographique.",
        ),
        (
            "Article 6 - Congés payés",
            "Le/la Salarié(e) bénéficiera des congés payés "
            "prévus par les dispositions légales et conventionnelles.",
        ),
        (
            "Article 7 - Protection sociale",
            "Le/la Salarié(e) sera affilié(e) au régime "
            "général de la Sécurité sociale ainsi qu'aux régimes de retraite complémentaire et "
            "de prévoyance en vigueur dans l'entreprise.",
        ),
    ]:
        p2.text(20, y, t, fb, 10)
        y = p2.para(20, y + 6, body, 170, fn, 10, 5) + 5
    p2.text(20, y + 6, f"Fait en deux exemplaires à {c['city']}, le {fr(c['signed_on'])}.", fn, 10)
    y += 20
    p2.text(25, y, "Pour l'Employeur", fb, 10)
    p2.text(120, y, "Le/la Salarié(e)", fb, 10)
    p2.text(120, y + 5, "« Lu et approuvé, bon pour accord »", fn, 8)
    p2.image(
        25,
        y + 4,
        40,
        40,
        stamp_image([c["employer"].upper()[:20], "SIRET", c["siret"][:9]], rng.randrange(99)),
    )
    p2.image(40, y + 12, 45, 15, signature_image(c["rep"], rng.randrange(999)))
    p2.hand(
        122,
        y + 14,
        "Lu et approuvé, bon pour accord",
        11,
        (20, 20, 90),
        "hand1",
        rng.randrange(999),
    )
    p2.image(125, y + 18, 45, 15, signature_image(c["employee"], rng.randrange(999)))
    p2.text(190, 285, "2/2", fn, 8, anchor="r")
    return [p1, p2]
