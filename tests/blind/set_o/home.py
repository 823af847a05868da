"""Utility bills, leases, rent receipts and attestations d'hébergement."""

from __future__ import annotations

import random

import util as U
from render import Page, text_width

PROV = {
    "EDF": dict(
        col=(16, 53, 123),
        acc=(255, 102, 0),
        svc="electricity",
        offer="Tarif Bleu - Option Base 6 kVA",
        legal="EDF SA au capital de "
        "2 084 365 041 € - 22-30 avenue de Wagram 75382 Paris Cedex 08 - RCS Paris "
        "552 081 317",
        tel="09 69 32 15 15",
    ),
    "ENGIE": dict(
        col=(0, 150, 220),
        acc=(0, 60, 120),
        svc="gas",
        offer="Gaz naturel - Offre Gaz Tranquillité",
        legal="ENGIE - SA au capital "
        "de 2 435 285 011 € - 1 place Samuel de Champlain 92400 Courbevoie - RCS "
        "Nanterre 542 107 651",
        tel="09 69 324 324",
    ),
    "TotalEnergies": dict(
        col=(237, 28, 36),
        acc=(0, 83, 156),
        svc="electricity",
        offer="Offre Essentielle Électricité",
        legal="TotalEnergies "
        "Électricité et Gaz France - SA - 2bis rue Louis Armand 75015 Paris - "
        "RCS Paris 534 288 163",
        tel="09 70 80 69 69",
    ),
    "Free": dict(
        col=(205, 30, 37),
        acc=(60, 60, 60),
        svc="internet",
        offer="Freebox Pop",
        legal="Free - SAS au capital de 3 441 812 € - RCS Paris B 421 938 861 - "
        "8 rue de la Ville l'Évêque 75008 Paris",
        tel="3244",
    ),
    "SFR": dict(
        col=(227, 6, 19),
        acc=(30, 30, 30),
        svc="internet",
        offer="SFR Fibre Premium",
        legal="SFR - SA au capital de 3 423 265 598,40 € - 16 rue du Général Alain de "
        "Boissieu 75015 Paris - RCS Paris 343 059 564",
        tel="1023",
    ),
    "Orange": dict(
        col=(255, 121, 0),
        acc=(0, 0, 0),
        svc="internet",
        offer="Livebox Fibre",
        legal="Orange SA au capital de 10 640 226 396 € - 111 quai du Président "
        "Roosevelt 92130 Issy-les-Moulineaux - RCS Nanterre 380 129 866",
        tel="3900",
    ),
    "Bouygues Telecom": dict(
        col=(0, 157, 224),
        acc=(2, 51, 118),
        svc="internet",
        offer="Bbox Fit",
        legal="Bouygues Telecom - SA au capital de "
        "712 588 399,56 € - 37-39 rue Boissière 75116 Paris - RCS Paris "
        "397 480 930",
        tel="1064",
    ),
    "Free Mobile": dict(
        col=(205, 30, 37),
        acc=(60, 60, 60),
        svc="mobile",
        offer="Forfait Free 5G 150 Go",
        legal="Free Mobile - SAS - 16 rue de la Ville l'Évêque 75008 Paris - RCS Paris 499 247 138",
        tel="3244",
    ),
    "Sosh": dict(
        col=(30, 30, 30),
        acc=(255, 121, 0),
        svc="mobile",
        offer="Forfait Sosh 100 Go",
        legal="Orange SA - RCS Nanterre 380 129 866",
        tel="3976",
    ),
    "Eau de Paris": dict(
        col=(0, 110, 180),
        acc=(0, 170, 200),
        svc="water",
        offer="Abonnement eau potable",
        legal="Eau de Paris - Régie à autonomie financière - 19 rue Neuve-Tolbiac 75013 Paris",
        tel="09 74 506 507",
    ),
    "Veolia": dict(
        col=(237, 28, 36),
        acc=(80, 80, 80),
        svc="water",
        offer="Service de l'eau - Lyon",
        legal="Veolia Eau - Compagnie Générale des "
        "Eaux - 21 rue La Boétie 75008 Paris - RCS Paris 572 025 526",
        tel="09 69 39 56 34",
    ),
}

SVC_FR = dict(
    electricity="Électricité",
    gas="Gaz naturel",
    internet="Internet / Box",
    mobile="Forfait mobile",
    water="Eau",
    energy="Électricité et gaz",
    landline="Téléphone fixe",
)


def titled(rng, p, style=None) -> tuple[str, str]:
    """Printed holder (with civility) and the clerk's reading (without)."""
    civ = {"M": ["M.", "Monsieur", "M"], "F": ["Mme", "Madame", "MME"]}[p["sex"]]
    s = style or rng.choice(["upper_sg", "upper_gs", "mixed_gs"])
    sur = p.get("usage") if p.get("bill_usage") and p.get("usage") else p["surname"]
    if s == "upper_sg":
        name = f"{sur.upper()} {p['given'].split()[0].upper()}"
    elif s == "upper_gs":
        name = f"{p['given'].split()[0].upper()} {sur.upper()}"
    else:
        name = f"{p['given'].split()[0]} {sur.title() if sur.isupper() else sur}"
    return f"{rng.choice(civ)} {name}", name


def addr_lines(a):
    lines = [a["street"]]
    if a.get("extra"):
        lines.append(a["extra"])
    lines.append(f"{a['cp']} {a['city'].upper()}")
    return lines


def addr_one(a):
    ex = f", {a['extra']}" if a.get("extra") else ""
    return f"{a['street']}{ex}, {a['cp']} {a['city']}"


def logo(pg: Page, x, y, name, pv, size=20):
    col, acc = pv["col"], pv["acc"]
    if name in ("Orange", "Sosh"):
        pg.rect(x, y - size * 0.4, size * 0.55, size * 0.55, stroke=None, fill=col)
        pg.text(
            x + 1.5,
            y + size * 0.1,
            name.lower() if name == "Orange" else "sosh",
            "arial-b",
            size * 0.32,
            (255, 255, 255),
        )
        return
    if name == "EDF":
        pg.text(x, y, "edf", "arial-b", size, col)
        pg.ellipse(x + text_width("edf", "arial-b", size) + 1, y - size * 0.3, 4, 4, fill=acc)
        return
    if name.startswith("Free"):
        pg.text(
            x,
            y,
            "free" if name == "Free" else "free mobile",
            "arial-b",
            size,
            (0, 0, 0) if name == "Free" else col,
        )
        return
    if name == "TotalEnergies":
        pg.text(x, y, "Total", "arial-b", size * 0.85, col)
        pg.text(
            x + text_width("Total", "arial-b", size * 0.85),
            y,
            "Energies",
            "arial",
            size * 0.85,
            acc,
        )
        return
    pg.text(x, y, name if name != "ENGIE" else "engie", "arial-b", size * 0.9, col)


def utility_bill(rng: random.Random, p: dict, doc: dict):
    """One monthly bill. doc: provider, month, issue_date, amount, ref, address, holder."""
    prov = doc["provider"]
    pv = PROV[prov]
    svc = doc.get("service", pv["svc"])
    pg = Page(210, 297)
    a = doc["address"]
    printed, holder = doc.get("holder") or titled(rng, p)
    start = doc.get("period_start", doc["month"] + "-01")
    end = doc.get("period_end", U.month_end(doc["month"]))
    issue = doc["issue_date"]
    amount = doc["amount"]
    f = doc.get("font") or rng.choice(["arial", "lato", "roboto", "open", "carlito"])
    fb = f + "-b"
    layout = doc.get("layout") or rng.choice(["window", "band", "telecom"])
    col = pv["col"]
    ref = doc.get("ref", f"{rng.randint(10**9, 10**10 - 1)}")
    inv = doc.get("inv", f"{rng.randint(10**7, 10**8 - 1)}")
    if layout == "band":
        pg.rect(0, 0, 210, 32, stroke=None, fill=col)
        pg.text(15, 20, prov.upper() if len(prov) < 8 else prov, fb, 22, (255, 255, 255))
        pg.text(195, 14, "FACTURE", fb, 14, (255, 255, 255), "r")
        pg.text(195, 21, f"du {U.fr(issue)}", f, 10, (255, 255, 255), "r")
        pg.text(195, 27, f"N° {inv}", f, 8.5, (255, 255, 255), "r")
        ay = 50
    else:
        logo(pg, 15, 25, prov, pv, 22)
        pg.text(
            15,
            38,
            {
                "window": f"Facture du {U.fr(issue)}",
                "telecom": f"Votre facture du {U.fr_words(issue)}",
            }[layout],
            fb,
            13,
        )
        pg.text(15, 44, f"Facture n° {inv}", f, 9)
        ay = 55
    pg.text(15, ay, "Vos références", fb, 9, col)
    pg.text(15, ay + 5, f"Réf. client : {ref}", f, 8.5)
    pg.text(15, ay + 10, doc.get("line_id", f"Contrat n° {rng.randint(10**9, 10**10 - 1)}"), f, 8.5)
    pg.text(15, ay + 15, f"Service client : {pv['tel']}", f, 8.5)
    # address window (right)
    wx, wy = 112, ay - 5
    pg.text(wx, wy, printed, fb, 10.5)
    for i, ln in enumerate(addr_lines(a)):
        pg.text(wx, wy + 5.5 * (i + 1), ln.upper() if rng.random() < 0.5 else ln, f, 10)
    y = ay + 38
    if doc.get("site_address"):
        pg.text(15, y, "Adresse de consommation : " + addr_one(a), f, 8.5, (80, 80, 80))
        y += 8
    # summary box
    pg.rect(
        15,
        y,
        180,
        30,
        stroke=col,
        fill=tuple(int(255 - (255 - c) * 0.08) for c in col),
        lw=0.5,
        r=2,
    )
    pg.text(20, y + 9, doc.get("amount_label", "Montant total TTC à payer"), fb, 12)
    pg.text(190, y + 10, f"{U.money(amount)} €", fb, 18, col, "r")
    pay = U.add_days(issue, rng.choice([10, 12, 14, 15]))
    pg.text(20, y + 17, f"Prélevé à partir du {U.fr(pay)} sur votre compte bancaire", f, 9)
    pg.text(20, y + 24, f"Période facturée : du {U.fr(start)} au {U.fr(end)}", f, 9)
    y += 42
    pg.text(15, y, f"Détail de votre facture - {SVC_FR[svc]}", fb, 11, col)
    y += 3
    pg.line(15, y, 195, y, col, 0.5)
    y += 7
    ht = round(amount / 1.2, 2)
    tva = round(amount - ht, 2)
    if svc in ("electricity", "gas", "energy"):
        kwh = rng.randint(120, 420)
        price = round((ht * 0.62) / kwh, 4)
        items = [
            (f"Abonnement {pv['offer']} - du {U.fr(start)} au {U.fr(end)}", round(ht * 0.28, 2)),
            (f"Consommation {kwh} kWh x {str(price).replace('.', ',')} €", round(ht * 0.62, 2)),
            ("Accise sur l'électricité / gaz (ex-CSPE / TICGN)", round(ht * 0.06, 2)),
            (
                "Contribution tarifaire d'acheminement (CTA)",
                round(ht - round(ht * 0.28, 2) - round(ht * 0.62, 2) - round(ht * 0.06, 2), 2),
            ),
        ]
        idx_txt = f"Index relevé Linky au {U.fr(end)} : {rng.randint(10000, 40000)} kWh"
    elif svc == "water":
        items = [
            ("Abonnement", round(ht * 0.3, 2)),
            ("Consommation d'eau potable", round(ht * 0.45, 2)),
            (
                "Collecte et traitement des eaux usées",
                round(ht - round(ht * 0.3, 2) - round(ht * 0.45, 2), 2),
            ),
        ]
        idx_txt = f"Compteur n° {rng.randint(10**6, 10**7)}"
    else:
        items = [
            (f"{pv['offer']} - du {U.fr(start)} au {U.fr(end)}", round(ht * 0.9, 2)),
            ("Services et options", round(ht - round(ht * 0.9, 2), 2)),
        ]
        idx_txt = f"Ligne {doc.get('phone', '09 ' + str(rng.randint(50, 99)) + ' ' + str(rng.randint(10, 99)) + ' ' + str(rng.randint(10, 99)) + ' ' + str(rng.randint(10, 99)))}"  # noqa: E501
    pg.text(15, y, idx_txt, f, 8.5, (90, 90, 90))
    y += 7
    for lbl, v in items:
        pg.text(18, y, lbl, f, 9)
        pg.text(192, y, f"{U.money(v)} €", f, 9, anchor="r")
        pg.line(15, y + 2.5, 195, y + 2.5, (220, 220, 220), 0.2)
        y += 7
    pg.text(18, y, "Total HT", fb, 9)
    pg.text(192, y, f"{U.money(ht)} €", fb, 9, anchor="r")
    y += 6
    pg.text(18, y, "TVA (20 % et 5,5 %)", f, 9)
    pg.text(192, y, f"{U.money(tva)} €", f, 9, anchor="r")
    y += 7
    pg.text(18, y, "TOTAL TTC", fb, 10)
    pg.text(192, y, f"{U.money(amount)} €", fb, 10, anchor="r")
    y += 16
    if layout == "telecom":
        pg.rect(15, y, 180, 24, stroke=(200, 200, 200), lw=0.3)
        pg.text(20, y + 7, "Le saviez-vous ?", fb, 9, col)
        pg.para(
            20,
            y + 13,
            "Retrouvez toutes vos factures et votre consommation dans votre "
            "Espace Abonné et sur l'application mobile.",
            170,
            f,
            8.5,
        )
    pg.line(15, 270, 195, 270, (180, 180, 180), 0.3)
    pg.para(15, 275, pv["legal"], 180, f, 6.5, color=(90, 90, 90))
    pg.text(195, 290, "Page 1/1", f, 7, (90, 90, 90), "r")
    fields = dict(
        provider=prov,
        service=svc,
        holder_name=holder,
        address=addr_one(a),
        issue_date=issue,
        period_start=start,
        period_end=end,
        amount=amount,
    )
    return [pg], fields


def lease(rng: random.Random, doc: dict):
    """Bail d'habitation (loi du 6 juillet 1989), vide or meublé; 2-3 pages."""
    f = rng.choice(["times", "arial", "caladea", "carlito"])
    fb = f + "-b"
    meuble = doc.get("meuble", False)
    a = doc["address"]
    p1 = Page(210, 297)
    title = (
        "CONTRAT DE LOCATION DE LOGEMENT MEUBLÉ"
        if meuble
        else "CONTRAT DE LOCATION - LOCAUX VIDES À USAGE D'HABITATION"
    )
    p1.text(105, 22, title, fb, 12.5, anchor="m")
    p1.text(
        105,
        28,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989)"
        if meuble
        else "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 modifiée)",
        f,
        9,
        anchor="m",
    )
    y = 42
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y += 8
    y = p1.para(20, y, "Le présent contrat est conclu entre les soussignés :", 170, f, 10)
    y = p1.para(
        20,
        y + 2,
        f"{doc['landlord']}, demeurant {doc['landlord_addr']}, désigné(s) "
        "ci-après « le bailleur » ;",
        170,
        f,
        10,
    )
    tenants = doc["tenants"]
    y = p1.para(
        20,
        y + 2,
        f"{' et '.join(tenants)}, désigné(s) ci-après « le(s) locataire(s) ».",
        170,
        fb,
        10,
    )
    y += 8
    p1.text(20, y, "II. OBJET DU CONTRAT", fb, 11)
    y += 8
    y = p1.para(
        20,
        y,
        f"Le présent contrat a pour objet la location d'un logement ainsi "
        f"déterminé : appartement de {doc.get('rooms', 2)} pièces principales, "
        f"d'une surface habitable de {doc.get('surface', 38)} m², situé au "
        f"{addr_one(a)}.",
        170,
        f,
        10,
    )
    y = p1.para(
        20,
        y + 2,
        "Type d'habitat : immeuble collectif. Régime juridique : copropriété. "
        f"Période de construction : {rng.choice(['avant 1949', '1949-1974', '1975-1989'])}."
        " Modalité de production de chauffage : individuel électrique.",
        170,
        f,
        10,
    )
    y += 8
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y += 8
    dur = "un (1) an" if meuble else "trois (3) ans"
    y = p1.para(20, y, f"A. Date de prise d'effet du contrat : {U.fr(doc['start'])}", 170, fb, 10)
    y = p1.para(
        20, y + 1, f"B. Durée du contrat : {dur}, renouvelable par tacite reconduction.", 170, f, 10
    )
    y += 8
    p1.text(20, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y += 8
    rent, ch = doc.get("rent", 850), doc.get("charges", 90)
    y = p1.para(
        20,
        y,
        f"A. Loyer mensuel hors charges : {U.money(rent)} euros. Provisions sur "
        f"charges : {U.money(ch)} euros. Le loyer est payable mensuellement et d'avance, "
        "le 5 de chaque mois.",
        170,
        f,
        10,
    )
    y = p1.para(
        20,
        y + 2,
        "B. Le logement est situé en zone d'encadrement des loyers : loyer de "
        "référence majoré applicable communiqué en annexe.",
        170,
        f,
        10,
    )
    p1.text(105, 288, "Paraphes : ______   ______        page 1", f, 8, anchor="m")
    p2 = Page(210, 297)
    y = 25
    p2.text(20, y, "V. GARANTIES", fb, 11)
    y = p2.para(
        20,
        y + 8,
        f"Montant du dépôt de garantie : {U.money(rent * (2 if meuble else 1))} euros.",
        170,
        f,
        10,
    )
    y += 6
    p2.text(20, y, "VI. CLAUSE RÉSOLUTOIRE", fb, 11)
    y = p2.para(
        20,
        y + 8,
        "Le présent contrat sera résilié de plein droit en cas de défaut de "
        "paiement du loyer ou des charges aux termes convenus, de non-versement du dépôt "
        "de garantie, de défaut d'assurance des risques locatifs, deux mois après un "
        "commandement de payer demeuré infructueux.",
        170,
        f,
        10,
    )
    y += 6
    p2.text(20, y, "VII. ANNEXES", fb, 11)
    y = p2.para(
        20,
        y + 8,
        "Dossier de diagnostic technique ; état des lieux d'entrée ; notice "
        "d'information ; extrait du règlement de copropriété"
        + (" ; inventaire du mobilier." if meuble else "."),
        170,
        f,
        10,
    )
    y += 12
    p2.text(
        20,
        y,
        f"Fait à {doc['signed_city']}, le {U.fr(doc['signed_on'])}, en "
        f"{len(tenants) + 1} originaux.",
        f,
        10,
    )
    y += 12
    p2.text(25, y, "Le bailleur", fb, 10)
    p2.text(120, y, "Le(s) locataire(s)", fb, 10)
    p2.hand(25, y + 8, "Lu et approuvé", rng, "h-breip", 11)
    p2.hand(120, y + 8, "Lu et approuvé", rng, "h-ecolier", 11)
    p2.signature(25, y + 12, 55, 22, rng, doc["landlord"].split()[-1])
    for i, t in enumerate(tenants):
        p2.signature(120 + i * 35, y + 12, 45, 22, rng, t.split()[-1])
    p2.text(105, 288, "page 2", f, 8, anchor="m")
    fields = dict(
        tenant_names=doc["tenant_truth"],
        landlord=doc["landlord_truth"],
        address=addr_one(a),
        start_date=doc["start"],
    )
    return [p1, p2], fields


def quittance(rng: random.Random, doc: dict):
    pg = Page(210, 297)
    f = rng.choice(["arial", "times", "carlito"])
    pg.text(105, 30, "QUITTANCE DE LOYER", f + "-b", 15, anchor="m")
    pg.text(105, 38, f"Période : {doc['month_label']}", f, 10, anchor="m")
    pg.text(20, 55, "Bailleur :", f + "-b", 10)
    pg.text(50, 55, doc["landlord"], f, 10)
    pg.text(20, 62, "Locataire :", f + "-b", 10)
    pg.text(50, 62, doc["tenant"], f, 10)
    pg.text(20, 69, "Adresse :", f + "-b", 10)
    pg.text(50, 69, addr_one(doc["address"]), f, 10)
    y = pg.para(
        20,
        85,
        f"Je soussigné(e) {doc['landlord']}, propriétaire du logement désigné "
        f"ci-dessus, déclare avoir reçu de {doc['tenant']} la somme de "
        f"{U.money(doc['total'])} euros au titre du loyer et des charges pour la période "
        f"du {doc['from']} au {doc['to']} et lui en donne quittance, sous réserve de "
        "tous mes droits.",
        170,
        f,
        10.5,
    )
    pg.text(25, y + 8, f"Loyer : {U.money(doc['total'] - 80)} €", f, 10)
    pg.text(25, y + 14, "Charges : 80,00 €", f, 10)
    pg.text(120, y + 28, f"Fait à {doc['city']}, le {doc['date']}", f, 10)
    pg.signature(120, y + 32, 55, 20, rng, doc["landlord"].split()[-1])
    return [pg], {}


def hosting_attestation(rng: random.Random, doc: dict):
    """Attestation d'hébergement, handwritten on plain/lined paper or typed."""
    hand = doc.get("hand", True)
    pg = Page(210, 297, bg=(255, 255, 255) if not doc.get("lined") else (252, 252, 246))
    host, hosted, a = doc["host"], doc["hosted"], doc["address"]
    if doc.get("lined"):
        for i in range(34):
            pg.line(15, 30 + i * 7.6, 200, 30 + i * 7.6, (170, 190, 220), 0.2)
        pg.line(30, 0, 30, 297, (230, 150, 150), 0.3)
    text = (
        f"Je soussigné{'e' if doc['host_sex'] == 'F' else ''} {host}, "
        f"né{'e' if doc['host_sex'] == 'F' else ''} le {U.fr(doc['host_dob'])} à "
        f"{doc['host_pob']}, demeurant {addr_one(a)}, atteste sur l'honneur héberger à mon "
        f"domicile {doc['hosted_civ']} {hosted}, né{'e' if doc['hosted_sex'] == 'F' else ''} "
        f"le {U.fr(doc['hosted_dob'])} à {doc['hosted_pob']}, depuis le "
        f"{U.fr(doc['since'])}."
    )
    tail = "Fait pour servir et valoir ce que de droit."
    if hand:
        font = doc.get("font") or rng.choice(["h-breip", "h-ecolier", "h-femke", "h-dkg"])
        ink = rng.choice([(20, 30, 110), (15, 15, 25), (25, 40, 140)])
        sz = 14
        pg.hand(105, 40, "Attestation d'hébergement", rng, font, 18, ink, anchor="m")
        y, x0, x1 = 60, 33, 195
        words = text.split(" ") + ["\n"] + tail.split(" ")
        cur = ""
        for w in words:
            if w == "\n":
                pg.hand(x0, y, cur, rng, font, sz, ink)
                y += 7.6 * 2
                cur = ""
                continue
            t = (cur + " " + w).strip()
            if text_width(t, font, sz) > x1 - x0:
                pg.hand(x0, y, cur, rng, font, sz, ink)
                y += 7.6
                cur = w
            else:
                cur = t
        pg.hand(x0, y, cur, rng, font, sz, ink)
        y += 7.6 * 3
        pg.hand(110, y, f"Fait à {doc['city']}, le {U.fr(doc['signed_on'])}", rng, font, sz, ink)
        if doc.get("signed", True):
            pg.signature(120, y + 6, 60, 25, rng, host.split()[-1], ink)
    else:
        f = rng.choice(["arial", "times", "carlito", "lato"])
        pg.text(20, 25, host, f, 10)
        pg.text(20, 30, a["street"], f, 10)
        pg.text(20, 35, f"{a['cp']} {a['city']}", f, 10)
        pg.text(105, 65, "ATTESTATION D'HÉBERGEMENT", f + "-b", 14, anchor="m")
        y = pg.para(20, 85, text, 170, f, 11, leading=6.5)
        y = pg.para(
            20,
            y + 4,
            "Je joins à la présente attestation une copie de ma pièce "
            "d'identité et un justificatif de domicile à mon nom.",
            170,
            f,
            11,
            leading=6.5,
        )
        y = pg.para(20, y + 4, tail, 170, f, 11, leading=6.5)
        pg.text(120, y + 14, f"Fait à {doc['city']}, le {U.fr(doc['signed_on'])}", f, 11)
        pg.text(120, y + 22, "Signature :", f, 10)
        if doc.get("signed", True):
            pg.signature(120, y + 24, 60, 24, rng, host.split()[-1])
    fields = dict(
        host_name=doc["host_truth"],
        hosted_name=doc["hosted_truth"],
        address=addr_one(a),
        since_date=doc["since"],
        signed_on=doc["signed_on"],
        signed=doc.get("signed", True),
    )
    return [pg], fields
