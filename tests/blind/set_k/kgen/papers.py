"""French paperwork: utility bills, lease (décret 2015-587 model), hosting attestation, payslip,
employment contract, RIB (paper and neobank app screen), and pages of no listed type."""

from __future__ import annotations

from . import dates, ids
from .core import INK_BLUE, Page, rng_for

PROVIDERS = {
    "EDF": (
        "electricity",
        (255, 90, 0),
        (0, 30, 120),
        "EDF SA - 22-30 avenue de Wagram 75008 Paris",
        "Électricité - Tarif Bleu",
    ),
    "ENGIE": (
        "gas",
        (0, 170, 255),
        (0, 60, 110),
        "ENGIE - 1 place Samuel de Champlain 92400 Courbevoie",
        "Gaz naturel - offre à prix fixe",
    ),
    "TotalEnergies": (
        "energy",
        (230, 40, 40),
        (30, 30, 30),
        "TotalEnergies Électricité et Gaz France",
        "Électricité + Gaz",
    ),
    "Free": (
        "internet",
        (205, 30, 30),
        (40, 40, 40),
        "Free - 8 rue de la Ville l'Évêque 75008 Paris",
        "Abonnement Freebox",
    ),
    "SFR": (
        "internet",
        (230, 0, 0),
        (20, 20, 20),
        "SFR - 16 rue du Général Alain de Boissieu 75015 Paris",
        "SFR Box Fibre",
    ),
    "Orange": (
        "mobile",
        (255, 121, 0),
        (0, 0, 0),
        "Orange SA - 111 quai du Président Roosevelt 92130",
        "Forfait mobile",
    ),
    "Bouygues Telecom": (
        "landline",
        (0, 150, 200),
        (20, 40, 80),
        "Bouygues Telecom - 37-39 rue Boissière Paris",
        "Bbox - téléphone fixe et internet",
    ),
    "Eau de Paris": (
        "water",
        (0, 120, 200),
        (0, 50, 100),
        "Eau de Paris - 19 rue Neuve Tolbiac 75013 Paris",
        "Distribution d'eau potable",
    ),
    "Veolia Eau": (
        "water",
        (230, 30, 40),
        (10, 60, 120),
        "Veolia Eau - Service clients",
        "Eau et assainissement",
    ),
}


def eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def utility_bill(b: dict):
    """b: provider, holder (as printed), address lines, month 'YYYY-MM' (period) or period_start/end,
    issue_date, amount, client_no, seed, layout (0|1|2)."""
    prov = b["provider"]
    service, c1, c2, paddr, offer = PROVIDERS[prov]
    ym = b["month"]
    ps = b.get("period_start") or ym + "-01"
    pe = b.get("period_end") or dates.month_end(ym)
    issue = b.get("issue_date") or dates.add_days(pe, 4)
    r = rng_for("bill", prov, b["holder"], ym)
    amount = b.get("amount") or round(r.uniform(24, 96), 2)
    lay = b["layout"] if b.get("layout") is not None else r.randrange(3)
    pg = Page(210, 297)
    font, bfont = [("sans", "sansb"), ("lato", "latob"), ("open", "openb")][lay]
    addr = b["address"]
    if lay == 0:
        pg.rect(0, 0, 210, 28, None, c1)
        pg.text(15, 18, prov, bfont, 22, (255, 255, 255))
        pg.text(195, 12, "FACTURE", bfont, 14, (255, 255, 255), "r")
        pg.text(195, 19, f"du {dates.fr(issue)}", font, 10, (255, 255, 255), "r")
        ya = 45
    elif lay == 1:
        pg.text(15, 22, prov, bfont, 24, c1)
        pg.line(15, 27, 195, 27, c2, 0.8)
        pg.text(195, 20, f"Votre facture du {dates.fr_words(issue)}", bfont, 11, c2, "r")
        ya = 40
    else:
        pg.rect(15, 12, 50, 16, None, c2)
        pg.text(40, 23, prov, bfont, 13 if len(prov) < 10 else 9, (255, 255, 255), "c")
        pg.text(
            195,
            18,
            "Facture n° " + b.get("invoice_no", str(r.randrange(10**9, 10**10))),
            font,
            9,
            anchor="r",
        )
        pg.text(195, 24, "Date d'émission : " + dates.fr(issue), font, 9, anchor="r")
        ya = 42
    pg.text(15, ya, paddr, font, 7, (100, 100, 100))
    pg.text(
        15,
        ya + 8,
        "Réf. client : " + (b.get("client_no") or str(r.randrange(10**8, 10**9))),
        font,
        9,
    )
    pg.text(15, ya + 13, "Lieu de consommation / de livraison :", font, 8, (90, 90, 90))
    for i, ln in enumerate(addr):
        pg.text(15, ya + 18 + i * 4.5, ln, font, 9)
    # recipient window
    pg.rect(112, ya - 2, 84, 32, (200, 200, 200), None, 0.2)
    pg.text(116, ya + 6, b["holder"], bfont, 10.5)
    for i, ln in enumerate(addr):
        pg.text(116, ya + 12 + i * 5, ln, font, 10)
    y = ya + 44
    pg.rect(15, y, 180, 24, None, (242, 242, 246))
    pg.text(20, y + 8, "Montant à payer", bfont, 12, c2)
    pg.text(190, y + 9, eur(amount), bfont, 18, c2, "r")
    pg.text(
        20, y + 17, f"Prélevé le {dates.fr(dates.add_days(issue, 10))} sur votre compte", font, 9
    )
    y += 34
    pg.text(15, y, "Détail de votre facture", bfont, 11, c2)
    y += 4
    pg.text(15, y + 6, f"{offer}", font, 9.5)
    pg.text(15, y + 12, f"Période du {dates.fr(ps)} au {dates.fr(pe)}", font, 9.5)
    rows = [
        ("Abonnement", amount * 0.42),
        ("Consommation / services", amount * 0.41),
        ("Taxes et contributions", amount * 0.17 - 0.0),
    ]
    if service in ("internet", "mobile", "landline"):
        rows = [
            (offer, amount * 0.83),
            ("Options et communications", amount * 0.0),
            ("TVA 20 %", amount * 0.17),
        ]
    y += 18
    pg.rect(15, y, 180, 7, None, c2)
    pg.text(18, y + 5, "Désignation", bfont, 9, (255, 255, 255))
    pg.text(192, y + 5, "Montant TTC", bfont, 9, (255, 255, 255), "r")
    y += 7
    for lab, v in rows:
        pg.rect(15, y, 180, 7, (210, 210, 210), None, 0.2)
        pg.text(18, y + 5, lab, font, 9)
        pg.text(192, y + 5, eur(round(v, 2)), font, 9, anchor="r")
        y += 7
    pg.rect(15, y, 180, 8, None, (230, 230, 236))
    pg.text(18, y + 5.5, "Total TTC", bfont, 10)
    pg.text(192, y + 5.5, eur(amount), bfont, 10, anchor="r")
    if service in ("electricity", "gas", "energy"):
        y += 16
        pg.text(15, y, f"Index relevé le {dates.fr(pe)} : {r.randrange(10000, 60000)} kWh", font, 9)
    pg.para(
        15,
        270,
        180,
        f"{prov} - service client : consultez votre espace client. Conservez cette facture : "
        "elle peut servir de justificatif de domicile.",
        font,
        7,
        (110, 110, 110),
    )
    fields = {
        "provider": prov,
        "service": b.get("service", service),
        "holder_name": b["holder"],
        "address": ", ".join(addr),
        "issue_date": issue,
        "period_start": ps,
        "period_end": pe,
        "amount": amount,
        "month": ym,
    }
    return pg, fields


def lease(L: dict):
    """Contrat de location (type model of décret n° 2015-587). L: landlord, landlord_addr, tenants (list),
    address lines, start, rent, charges, furnished, signed_on, seed. Three pages."""
    fnt, bf = L.get("fonts", ("serif", "serifb"))
    p1, p2, p3 = Page(210, 297), Page(210, 297), Page(210, 297)
    meuble = L.get("furnished", False)
    p1.text(105, 22, "CONTRAT DE LOCATION", bf, 16, anchor="c")
    p1.text(
        105,
        29,
        "LOCAUX MEUBLÉS À USAGE D'HABITATION" if meuble else "LOCAUX VIDES À USAGE D'HABITATION",
        bf,
        11,
        anchor="c",
    )
    p1.para(
        20,
        37,
        170,
        "(Soumis au titre Ier"
        + (" bis" if meuble else "")
        + " de la loi n° 89-462 du 6 juillet 1989"
        " — contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
        fnt,
        9,
    )
    y = 52
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", bf, 11)
    y += 7
    y = p1.para(20, y, 170, "Le présent contrat est conclu entre les soussignés :", fnt, 10) + 2
    y = (
        p1.para(
            20,
            y,
            170,
            f"{L['landlord']}, demeurant {L['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
            fnt,
            10,
        )
        + 2
    )
    ten = " et ".join(L["tenants"])
    y = p1.para(20, y, 170, f"{ten}, désigné(e)(s) ci-après « le(s) locataire(s) ».", fnt, 10) + 6
    p1.text(20, y, "II. OBJET DU CONTRAT", bf, 11)
    y += 7
    y = (
        p1.para(
            20,
            y,
            170,
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
            fnt,
            10,
        )
        + 2
    )
    y = p1.para(20, y, 170, "Localisation du logement : " + ", ".join(L["address"]), bf, 10) + 2
    y = (
        p1.para(
            20,
            y,
            170,
            f"Type d'habitat : immeuble collectif. Régime juridique : copropriété. Surface habitable : "
            f"{L.get('surface', 38)} m². Nombre de pièces principales : {L.get('rooms', 2)}.",
            fnt,
            10,
        )
        + 2
    )
    y = p1.para(20, y, 170, "Destination des locaux : usage d'habitation principale.", fnt, 10) + 6
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", bf, 11)
    y += 7
    y = (
        p1.para(
            20, y, 170, f"Date de prise d'effet du contrat : {dates.fr_words(L['start'])}.", fnt, 10
        )
        + 2
    )
    p1.para(
        20,
        y,
        170,
        f"Durée du contrat : {'un an' if meuble else 'trois ans'}, renouvelable par tacite "
        "reconduction.",
        fnt,
        10,
    )
    p1.text(105, 288, "Page 1/3 — Paraphes : ______", fnt, 8, anchor="c")
    y = 22
    p2.text(20, y, "IV. CONDITIONS FINANCIÈRES", bf, 11)
    y += 7
    y = (
        p2.para(
            20,
            y,
            170,
            f"Montant du loyer mensuel : {eur(L['rent'])} hors charges. Provision sur charges : "
            f"{eur(L['charges'])} par mois, avec régularisation annuelle.",
            fnt,
            10,
        )
        + 2
    )
    y = (
        p2.para(
            20,
            y,
            170,
            "Modalités de paiement : mensuellement, à terme à échoir, le 1er de chaque mois, par "
            "virement bancaire.",
            fnt,
            10,
        )
        + 6
    )
    p2.text(20, y, "V. TRAVAUX", bf, 11)
    y = p2.para(20, y + 7, 170, "Néant.", fnt, 10) + 6
    p2.text(20, y, "VI. GARANTIES", bf, 11)
    y = (
        p2.para(
            20,
            y + 7,
            170,
            f"Montant du dépôt de garantie : {eur(L['rent'] * (2 if meuble else 1))}.",
            fnt,
            10,
        )
        + 6
    )
    p2.text(20, y, "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE", bf, 11)
    y = (
        p2.para(
            20,
            y + 7,
            170,
            "Les clauses de solidarité entre colocataires et résolutoire pour défaut de paiement "
            "du loyer, des charges ou du dépôt de garantie, ou pour défaut d'assurance, s'appliquent dans les "
            "conditions de l'article 24 de la loi du 6 juillet 1989.",
            fnt,
            10,
        )
        + 6
    )
    p2.text(20, y, "VIII. ANNEXES", bf, 11)
    p2.para(
        20,
        y + 7,
        170,
        "Dossier de diagnostic technique ; état des lieux d'entrée ; notice d'information ; "
        + ("inventaire du mobilier ; " if meuble else "")
        + "extrait du règlement de copropriété.",
        fnt,
        10,
    )
    p2.text(105, 288, "Page 2/3 — Paraphes : ______", fnt, 8, anchor="c")
    y = 22
    p3.text(20, y, "IX. SIGNATURES", bf, 11)
    y = (
        p3.para(
            20,
            y + 8,
            170,
            f"Fait et signé à {L.get('signed_at', 'Paris')}, le {dates.fr(L['signed_on'])}, en "
            f"{len(L['tenants']) + 1} originaux dont un remis à chaque signataire.",
            fnt,
            10,
        )
        + 8
    )
    p3.text(25, y, "Le bailleur", bf, 10)
    p3.text(25, y + 5, "« Lu et approuvé »", "serifi", 9)
    p3.signature(25, y + 8, 50, 18, "ll" + L["landlord"], INK_BLUE)
    for i, t in enumerate(L["tenants"]):
        x = 110 + (i % 2) * 45
        p3.text(x, y, "Le locataire" if len(L["tenants"]) == 1 else "Locataire", bf, 10)
        p3.text(x, y + 5, t, fnt, 8)
        p3.signature(x, y + 8, 38, 18, "lt" + t, INK_BLUE)
    p3.text(105, 288, "Page 3/3", fnt, 8, anchor="c")
    fields = {
        "tenant_names": list(L["tenants"]),
        "landlord": L["landlord"],
        "address": ", ".join(L["address"]),
        "start_date": L["start"],
    }
    return [p1, p2, p3], fields


def hosting_attestation(h: dict):
    """Attestation d'hébergement, handwritten or typed. h: host, host_dob, host_pob, hosted, hosted_dob, address,
    since, place, signed_on, signed, mode (hand|typed), hand_font, seed."""
    pg = Page(210, 297, bg=(255, 255, 252) if h.get("mode") == "hand" else (255, 255, 255))
    addr = ", ".join(h["address"])
    lines = [
        "ATTESTATION D'HÉBERGEMENT",
        "",
        f"Je soussigné(e) {h['host']},",
        f"né(e) le {dates.fr(h['host_dob'])} à {h['host_pob']},",
        f"demeurant {h['address'][0]},",
        f"{h['address'][1]},",
        "atteste sur l'honneur héberger à mon domicile",
        f"{h['hosted']}, né(e) le {dates.fr(h['hosted_dob'])},",
        f"depuis le {dates.fr(h['since'])}.",
        "",
        "Je joins une copie de ma pièce d'identité et un",
        "justificatif de domicile à mon nom.",
        "Fait pour servir et valoir ce que de droit.",
        "",
        f"Fait à {h['place']}, le {dates.fr(h['signed_on'])}",
    ]
    if h.get("mode") == "hand":
        font = h.get("hand_font", "hand1")
        y = 40
        for i, ln in enumerate(lines):
            if ln:
                pg.hand(105 - 55 if i == 0 else 22, y, ln, font, 16 if i == 0 else 14, INK_BLUE, i)
            y += 11
        if h.get("signed", True):
            pg.signature(120, y, 55, 22, "ha" + h["host"], INK_BLUE)
    else:
        pg.text(105, 40, lines[0], "sansb", 15, anchor="c")
        pg.text(20, 22, h["host"], "sans", 9)
        pg.text(20, 26.5, h["address"][0], "sans", 9)
        pg.text(20, 31, h["address"][1], "sans", 9)
        y = 60
        body = " ".join(x for x in lines[2:9] if x).replace(", atteste", " atteste")
        y = pg.para(20, y, 170, body, "sans", 11, lead=1.6) + 6
        y = pg.para(20, y, 170, " ".join(lines[10:13]), "sans", 11, lead=1.6) + 10
        pg.text(110, y, lines[14], "sans", 11)
        pg.text(110, y + 8, "Signature de l'hébergeant :", "sans", 10)
        if h.get("signed", True):
            pg.signature(115, y + 12, 55, 22, "ha" + h["host"], INK_BLUE)
    fields = {
        "host_name": h["host"],
        "hosted_name": h["hosted"],
        "address": addr,
        "since_date": h["since"],
        "signed_on": h["signed_on"],
        "signed": bool(h.get("signed", True)),
    }
    return pg, fields


def payslip(p: dict):
    """Bulletin de paie clarifié. p: employer, emp_addr, siret, naf, employee, emp_address, job, period (YYYY-MM),
    gross, nir (text), start (date d'entrée), seed."""
    r = rng_for("pay", p["employee"], p["period"])
    font, bf = p.get("fonts", ("narrow", "narrowb"))
    pg = Page(210, 297)
    pg.text(105, 14, "BULLETIN DE PAIE", bf, 14, anchor="c")
    pe = dates.month_end(p["period"])
    pg.text(
        105,
        20,
        f"Période du {dates.fr(p['period'] + '-01')} au {dates.fr(pe)} — Paiement le {dates.fr(pe)}",
        font,
        9,
        anchor="c",
    )
    pg.rect(12, 26, 90, 36, (0, 0, 0), None, 0.3)
    pg.text(15, 32, p["employer"], bf, 10.5)
    for i, ln in enumerate(p["emp_addr"]):
        pg.text(15, 37 + i * 4.3, ln, font, 9)
    pg.text(15, 50, f"SIRET : {p['siret']}   Code NAF : {p.get('naf', '6201Z')}", font, 8.5)
    pg.text(15, 54.5, "URSSAF : " + p.get("urssaf", "URSSAF Île-de-France"), font, 8.5)
    pg.text(15, 59, "Convention collective : " + p.get("ccn", "Syntec (IDCC 1486)"), font, 7.5)
    pg.rect(108, 26, 90, 36, (0, 0, 0), None, 0.3)
    pg.text(111, 32, p["employee"], bf, 10.5)
    for i, ln in enumerate(p["emp_address"]):
        pg.text(111, 37 + i * 4.3, ln, font, 9)
    pg.text(111, 50, "Emploi : " + p["job"], font, 8.5)
    pg.text(
        111,
        54.5,
        "Entrée le : " + dates.fr(p["start"]) + "   Matricule : " + str(r.randrange(100, 999)),
        font,
        8.5,
    )
    pg.text(
        111, 59, "N° de sécurité sociale : " + p.get("nir", "en cours d'attribution"), font, 8.5
    )
    gross = p["gross"]
    rows = [
        ("Salaire de base", "151,67 h", gross),
        ("SANTÉ", "", -gross * 0.012),
        ("Complémentaire incapacité invalidité décès", "", -gross * 0.006),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", "", 0.0),
        ("RETRAITE Sécurité sociale plafonnée et déplafonnée", "", -gross * 0.0730),
        ("Complémentaire Tranche 1", "", -gross * 0.0401),
        ("FAMILLE", "", 0.0),
        ("ASSURANCE CHÔMAGE", "", 0.0),
        ("CSG déductible de l'impôt sur le revenu", "", -gross * 0.9825 * 0.068),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", "", -gross * 0.9825 * 0.029),
    ]
    y = 70
    pg.rect(12, y, 186, 7, None, (215, 222, 235))
    pg.text(15, y + 5, "Éléments de paie", bf, 9)
    pg.text(130, y + 5, "Base", bf, 9, anchor="r")
    pg.text(195, y + 5, "Montant salarié", bf, 9, anchor="r")
    y += 7
    total = 0.0
    for lab, base, v in rows:
        pg.line(12, y + 7, 198, y + 7, (200, 200, 200), 0.15)
        pg.text(15, y + 5, lab, font, 8.5)
        pg.text(130, y + 5, base, font, 8.5, anchor="r")
        if v:
            pg.text(195, y + 5, eur(v).replace(" €", ""), font, 8.5, anchor="r")
        total += v
        y += 7
    net_avant = round(total, 2)
    pas = round(net_avant * p.get("pas_rate", 0.031), 2)
    net = round(net_avant - pas, 2)
    y += 4
    pg.rect(12, y, 186, 9, None, (235, 235, 235))
    pg.text(15, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", bf, 9.5)
    pg.text(195, y + 6, eur(net_avant), bf, 9.5, anchor="r")
    y += 11
    pg.text(
        15,
        y + 5,
        f"Impôt sur le revenu prélevé à la source — taux personnalisé {p.get('pas_rate', 0.031) * 100:.1f} %",
        font,
        8.5,
    )
    pg.text(195, y + 5, eur(-pas), font, 8.5, anchor="r")
    y += 10
    pg.rect(12, y, 186, 11, (0, 0, 0), (210, 225, 245), 0.4)
    pg.text(15, y + 7.5, "NET PAYÉ", bf, 11.5)
    pg.text(195, y + 7.5, eur(net), bf, 12, anchor="r")
    y += 18
    pg.text(15, y, f"Total versé par l'employeur : {eur(gross * 1.42)}", font, 8.5)
    pg.text(15, y + 5, f"Allègement de cotisations employeur : {eur(gross * 0.05)}", font, 8.5)
    pg.text(15, y + 10, "Congés payés : acquis 25,00 j — pris 0,00 j — solde 25,00 j", font, 8.5)
    pg.para(
        12,
        280,
        186,
        "Dans votre intérêt, et pour vous aider à faire valoir vos droits, conservez ce bulletin de "
        "paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail service-public.fr.",
        font,
        7,
        (100, 100, 100),
    )
    fields = {
        "employer": p["employer"],
        "employee_name": p["employee"],
        "period": p["period"],
        "net_pay": net,
        "siret": p["siret"],
    }
    return pg, fields


def employment_contract(c: dict):
    """CDI/CDD, two pages. c: employer, emp_addr, siret, rep, employee, emp_dob, emp_nat, emp_address, ctype, job,
    start, end, salary, place, signed_on."""
    font, bf = c.get("fonts", ("carlito", "carlitob"))
    p1, p2 = Page(210, 297), Page(210, 297)
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if c["ctype"] == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    p1.text(105, 25, title, bf, 14, anchor="c")
    y = 40
    y = p1.para(20, y, 170, "ENTRE LES SOUSSIGNÉS :", bf, 11) + 3
    y = (
        p1.para(
            20,
            y,
            170,
            f"La société {c['employer']}, {c.get('form', 'SAS')} dont le siège social est situé "
            f"{c['emp_addr']}, immatriculée sous le numéro SIRET {c['siret']}, représentée par {c['rep']} en sa "
            "qualité de Président(e), ci-après dénommée « l'Employeur »,",
            font,
            10.5,
            lead=1.45,
        )
        + 3
    )
    y = p1.para(20, y, 170, "D'UNE PART,", bf, 10.5) + 3
    y = (
        p1.para(
            20,
            y,
            170,
            f"ET {c['employee']}, né(e) le {dates.fr(c['emp_dob'])}, de nationalité "
            f"{c['emp_nat']}, demeurant {c['emp_address']}, ci-après dénommé(e) « le Salarié »,",
            font,
            10.5,
            lead=1.45,
        )
        + 3
    )
    y = p1.para(20, y, 170, "D'AUTRE PART, IL A ÉTÉ CONVENU CE QUI SUIT :", bf, 10.5) + 6
    arts = [
        (
            "Article 1 — Engagement",
            f"Le Salarié est engagé à compter du {dates.fr_words(c['start'])}"
            + (
                f" jusqu'au {dates.fr_words(c['end'])}"
                if c.get("end")
                else " pour une durée indéterminée"
            )
            + ", sous réserve des résultats de la visite d'information et de prévention.",
        ),
        (
            "Article 2 — Fonctions",
            f"Le Salarié exercera les fonctions de {c['job']}, statut "
            f"{c.get('status', 'employé')}, conformément à la convention collective applicable.",
        ),
        (
            "Article 3 — Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période "
            "d'essai de deux mois de travail effectif.",
        ),
        (
            "Article 4 — Rémunération",
            f"Le Salarié percevra une rémunération brute mensuelle de "
            f"{eur(c['salary'])} pour un horaire hebdomadaire de 35 heures.",
        ),
    ]
    for t, body in arts:
        y = p1.para(20, y, 170, t, bf, 10.5) + 1
        y = p1.para(20, y, 170, body, font, 10.5, lead=1.45) + 4
    p1.text(190, 285, "1/2", font, 8, anchor="r")
    y = 25
    for t, body in [
        (
            "Article 5 — Lieu de travail",
            f"Le Salarié exercera ses fonctions à {c.get('workplace', 'Paris')}.",
        ),
        ("Article 6 — Congés payés", "Le Salarié bénéficiera des congés payés prévus par la loi."),
        (
            "Article 7 — Protection sociale",
            "Le Salarié sera affilié au régime général de la Sécurité sociale, "
            "ainsi qu'aux régimes de retraite complémentaire et de prévoyance en vigueur dans l'entreprise.",
        ),
    ]:
        y = p2.para(20, y, 170, t, bf, 10.5) + 1
        y = p2.para(20, y, 170, body, font, 10.5, lead=1.45) + 4
    y += 6
    p2.text(
        20,
        y,
        f"Fait à {c['place']}, le {dates.fr(c['signed_on'])}, en deux exemplaires.",
        font,
        10.5,
    )
    y += 12
    p2.text(25, y, "L'Employeur", bf, 10.5)
    p2.text(25, y + 5, c["rep"], font, 9)
    p2.signature(25, y + 8, 50, 18, "ce" + c["rep"], INK_BLUE)
    p2.text(120, y, "Le Salarié", bf, 10.5)
    p2.text(120, y + 5, "« Lu et approuvé, bon pour accord »", "serifi", 9)
    p2.signature(120, y + 8, 50, 18, "cs" + c["employee"], INK_BLUE)
    p2.text(190, 285, "2/2", font, 8, anchor="r")
    fields = {
        "employer": c["employer"],
        "employee_name": c["employee"],
        "contract_type": c["ctype"],
        "job_title": c["job"],
        "start_date": c["start"],
    }
    return [p1, p2], fields


BANKS = {
    "BNP Paribas": ("30004", "BNPAFRPP", (0, 130, 80)),
    "Société Générale": ("30003", "SOGEFRPP", (230, 0, 40)),
    "Crédit Agricole": ("13306", "AGRIFRPP833", (0, 110, 110)),
    "Crédit Mutuel": ("10278", "CMCIFR2A", (0, 60, 140)),
    "La Banque Postale": ("20041", "PSSTFRPPPAR", (0, 50, 140)),
    "LCL": ("30002", "CRLYFRPP", (0, 40, 110)),
    "BoursoBank": ("40618", "BOUSFRPPXXX", (200, 0, 110)),
    "Caisse d'Epargne": ("17515", "CEPAFRPP751", (210, 0, 30)),
}


def rib(b: dict):
    """Paper RIB. b: bank, holder (as printed, maybe several lines), holder_addr, branch, account, key_override,
    domiciliation, layout, seed."""
    bank = b["bank"]
    code, bic, col = BANKS[bank]
    branch, acct = b["branch"], b["account"]
    key = b.get("key") or ids.rib_key(code, branch, acct)
    iban = ids.fr_iban(code, branch, acct, key)
    lay = b.get("layout", 0)
    pg = Page(210, 297)
    font, bf = [("sans", "sansb"), ("roboto", "robotob"), ("dejavu", "dejavub")][lay % 3]
    y = 20
    pg.text(15, y, bank, bf, 18, col)
    pg.text(195, y, "RELEVÉ D'IDENTITÉ BANCAIRE", bf, 11, anchor="r")
    y += 6
    pg.para(
        15,
        y + 3,
        180,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
        "appelés à faire inscrire des opérations à votre compte (virements, prélèvements...).",
        font,
        7.5,
        (90, 90, 90),
    )
    y += 16
    pg.rect(15, y, 180, 80, col, None, 0.5)
    pg.text(20, y + 8, "Titulaire du compte / Account holder", font, 8, (90, 90, 90))
    for i, ln in enumerate(b["holder_lines"]):
        pg.text(20, y + 14 + i * 5, ln, bf, 11)
    for i, ln in enumerate(b.get("holder_addr", [])):
        pg.text(20, y + 15 + (len(b["holder_lines"]) + i) * 5, ln, font, 9.5)
    pg.text(120, y + 8, "Domiciliation", font, 8, (90, 90, 90))
    for i, ln in enumerate(b.get("domiciliation", [bank.upper() + " AGENCE"])):
        pg.text(120, y + 14 + i * 5, ln, font, 9.5)
    yy = y + 40
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [code, branch, acct, key]
    xs = [20, 55, 90, 150]
    for x, hd, v in zip(xs, heads, vals):
        pg.text(x, yy, hd, font, 8, (90, 90, 90))
        pg.text(x, yy + 6, v, "monob", 11)
    pg.text(20, yy + 18, "IBAN (International Bank Account Number)", font, 8, (90, 90, 90))
    pg.text(20, yy + 25, ids.group4(iban), "monob", 12.5)
    pg.text(150, yy + 18, "BIC", font, 8, (90, 90, 90))
    pg.text(150, yy + 25, bic, "monob", 12.5)
    fields = {
        "holder_name": " ".join(b["holder_lines"]),
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": ids.iban_valid(iban),
        "rib_key_valid": key == ids.rib_key(code, branch, acct),
    }
    return pg, fields


def neobank_screen(n: dict):
    """Phone screenshot of an app's account details (1170x2532 px)."""
    app = n["app"]
    pg = Page(78, 168.8, bg=n.get("bg", (255, 255, 255)))
    dark = n.get("dark", False)
    fg = (240, 240, 245) if dark else (20, 20, 30)
    sub = (150, 150, 165) if dark else (110, 110, 120)
    if dark:
        pg.bg = (18, 18, 22)
    pg.text(5, 6, "09:41", "robotob", 7.5, fg)
    pg.text(73, 6, "5G  87%", "roboto", 6.5, fg, "r")
    pg.text(5, 17, "‹", "roboto", 14, fg)
    pg.text(39, 16, n.get("title", "Détails du compte"), "robotob", 8.5, fg, "c")
    y = 30
    pg.ellipse(39, y + 6, 7, 7, None, n.get("accent", (0, 100, 255)))
    pg.text(39, y + 8.3, app[0], "robotob", 10, (255, 255, 255), "c")
    pg.text(39, y + 21, n.get("account_label", "Compte principal · EUR"), "roboto", 7, sub, "c")
    y += 30
    iban = n["iban"]
    rows = [
        ("Titulaire / Beneficiary", n["holder"]),
        ("IBAN", ids.group4(iban)),
        ("BIC / SWIFT", n["bic"]),
        ("Banque", n.get("bank_addr", app)),
    ]
    for lab, val in rows:
        card = (34, 34, 40) if dark else (244, 245, 248)
        pg.rect(5, y, 68, 17, None, card)
        pg.text(9, y + 6, lab, "roboto", 6, sub)
        size = 7.4 if lab != "IBAN" else 6.6
        pg.text(9, y + 12.5, val, "robotom", size, fg)
        y += 20
    pg.rect(5, y + 4, 68, 11, None, n.get("accent", (0, 100, 255)))
    pg.text(39, y + 11.2, "Partager les coordonnées", "robotob", 7, (255, 255, 255), "c")
    pg.text(
        39,
        158,
        "Utilisez ces coordonnées pour recevoir des virements SEPA",
        "roboto",
        4.8,
        sub,
        "c",
    )
    fields = {
        "holder_name": n["holder"],
        "iban": iban,
        "bic": n["bic"],
        "bank_name": n.get("bank_name", app),
        "iban_valid": ids.iban_valid(iban),
        "rib_key_valid": None if not iban.startswith("FR") else True,
    }
    return pg, fields


def quittance(q: dict):
    """Quittance de loyer: a page that is none of the 14 types (typed unknown)."""
    pg = Page(210, 297)
    pg.text(105, 30, "QUITTANCE DE LOYER", "serifb", 16, anchor="c")
    pg.text(
        105,
        38,
        f"Quittance n° {q.get('no', '2026-10')} — {dates.month_fr(q['month'])}",
        "serif",
        11,
        anchor="c",
    )
    y = 55
    y = (
        pg.para(
            20,
            y,
            170,
            f"Je soussigné(e) {q['landlord']}, propriétaire du logement désigné ci-dessous, déclare "
            f"avoir reçu de {q['tenant']} la somme de {eur(q['rent'] + q['charges'])} au titre du loyer et des "
            f"charges pour la période du {dates.fr(q['month'] + '-01')} au {dates.fr(dates.month_end(q['month']))}"
            ", et lui en donne quittance, sous réserve de tous mes droits.",
            "serif",
            11,
            lead=1.5,
        )
        + 6
    )
    y = pg.para(20, y, 170, "Adresse du logement : " + ", ".join(q["address"]), "serif", 11) + 8
    for lab, v in [
        ("Loyer", q["rent"]),
        ("Provision pour charges", q["charges"]),
        ("Total", q["rent"] + q["charges"]),
    ]:
        pg.text(30, y, lab, "serif", 11)
        pg.text(150, y, eur(v), "serifb", 11, anchor="r")
        y += 7
    pg.text(120, y + 14, f"Fait à {q.get('place', 'Paris')}, le {dates.fr(q['on'])}", "serif", 10.5)
    pg.signature(125, y + 18, 50, 18, "q" + q["landlord"], INK_BLUE)
    return pg, {}


def school_certificate(s: dict):
    """Certificat de scolarité: another page of no listed type."""
    pg = Page(210, 297)
    pg.text(20, 22, s["school"], "latob", 15, (90, 20, 60))
    pg.text(20, 28, s["school_addr"], "lato", 9)
    pg.text(105, 60, "CERTIFICAT DE SCOLARITÉ", "latob", 16, anchor="c")
    pg.text(105, 67, f"Année universitaire {s.get('year', '2026-2027')}", "lato", 11, anchor="c")
    y = pg.para(
        25,
        85,
        160,
        f"Le service de la scolarité certifie que {s['student']}, né(e) le {dates.fr(s['dob'])}, "
        f"numéro étudiant {s['number']}, est régulièrement inscrit(e) en {s['program']} pour l'année "
        "universitaire en cours.",
        "lato",
        11.5,
        lead=1.6,
    )
    pg.text(120, y + 20, f"Fait à {s['place']}, le {dates.fr(s['on'])}", "lato", 10.5)
    pg.stamp(70, y + 40, 16, ["SCOLARITÉ", s["school"][:14].upper()], (90, 20, 60))
    return pg, {}


def ameli_letter(a: dict):
    """A letter from the health insurance acknowledging receipt: not one of the packet's document types."""
    pg = Page(210, 297)
    pg.text(20, 20, "l'Assurance Maladie", "sansb", 14, (0, 60, 125))
    pg.text(20, 26, a.get("caisse", "Caisse primaire d'assurance maladie de Paris"), "sans", 9)
    pg.text(120, 50, a["name"], "sansb", 10.5)
    for i, ln in enumerate(a["address"]):
        pg.text(120, 55 + i * 5, ln, "sans", 10)
    pg.text(20, 80, f"Paris, le {dates.fr(a['on'])}", "sans", 10)
    pg.text(20, 92, "Objet : accusé de réception de votre demande", "sansb", 10.5)
    y = pg.para(
        20,
        104,
        170,
        "Madame, Monsieur,\nNous avons bien reçu votre demande d'ouverture des droits à "
        "l'assurance maladie. Elle est en cours d'examen. Nous vous informerons de la suite donnée dans les "
        "meilleurs délais. Aucune démarche supplémentaire n'est nécessaire pour le moment.",
        "sans",
        10.5,
        lead=1.5,
    )
    pg.para(
        20,
        y + 8,
        170,
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n"
        "Le service des assurés",
        "sans",
        10.5,
        lead=1.5,
    )
    return pg, {}
