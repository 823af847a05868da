"""French paperwork: cerfa S1106 form, energy/telecom bills, RIBs, payslip, contracts, lease,
hosting attestation."""

from __future__ import annotations

import random

from render import Page, handwrite, signature, text_w

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def fr_words(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)}{'er' if d == '01' else ''} {MOIS[int(m) - 1]} {y}"


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


# ----------------------------------------------------------------- cerfa 15763*02


def _cb(p: Page, x, y, on, hand, rng):
    p.rect(x, y - 2.8, 3.2, 3.2, lw=0.25)
    if on and hand:
        p.pen([(x + 0.2, y - 2.9, 1), (x + 3.2, y + 0.5, 1.2)], lw=0.45)
        p.pen([(x + 3.1, y - 3.1, 1), (x + 0.3, y + 0.4, 1.1)], lw=0.45)
    elif on:
        p.text(x + 0.5, y - 0.1, "X", "sansb", 8.5)


def cerfa_form(a: dict, hand: bool, seed: int) -> list[Page]:
    rng = random.Random(seed)
    hf = a.get("hand_font", "hand1")
    ink = a.get("ink", (25, 35, 120))

    def val(p, x, y, s, size=None):
        if not s:
            return
        if hand:
            handwrite(p, x, y, s, rng, hf, size or 12.5, ink)
        else:
            p.text(x, y, s, a.get("type_font", "mono"), size or 10)

    p = Page()
    blue = (0, 84, 150)
    p.rect(12, 10, 34, 14, stroke=None, fill=blue)
    p.text(29, 16, "l'Assurance", "sansb", 8, (255, 255, 255), "c")
    p.text(29, 20.5, "Maladie", "sansb", 8, (255, 255, 255), "c")
    p.text(198, 13, "cerfa", "sansi", 10, (0, 0, 0), "r")
    p.text(198, 18, "N° 15763*02", "sansb", 8, (0, 0, 0), "r")
    p.text(105, 32, "DEMANDE D'OUVERTURE DES DROITS", "sansb", 13, blue, "c")
    p.text(105, 38, "À L'ASSURANCE MALADIE", "sansb", 13, blue, "c")
    p.text(105, 43.5, "Protection universelle maladie (PUMa)", "sans", 9, (0, 0, 0), "c")
    p.text(
        105,
        47.5,
        "Articles L. 160-1, L. 160-5, R. 111-3 et D. 160-2 du Code de la sécurité sociale",
        "sans",
        6.5,
        (60, 60, 60),
        "c",
    )
    p.wrap(
        14,
        54,
        182,
        "Vous résidez en France de manière stable et régulière depuis plus de trois mois "
        "ou vous exercez une activité professionnelle en France : remplissez ce formulaire en "
        "lettres majuscules et joignez les pièces demandées (voir page 2).",
        "sans",
        7.5,
    )
    y = 66
    p.rect(12, y, 186, 6.5, stroke=None, fill=blue)
    p.text(14, y + 4.7, "A  VOTRE IDENTITÉ", "sansb", 9, (255, 255, 255))
    rows = [
        ("Nom de naissance (nom de famille)", a["surname"]),
        ("Nom d'usage (facultatif et s'il y a lieu)", a.get("usage", "")),
        ("Prénom(s)", a["given"]),
        ("Date de naissance (JJ/MM/AAAA)", a["dob_fr"]),
        ("Lieu de naissance (commune et pays)", a["pob"]),
        ("Nationalité", a["nationality"]),
        ("N° d'immatriculation (si vous en avez un)", ""),
        ("N° d'allocataire CAF (s'il y a lieu)", ""),
        ("Adresse", a["addr1"]),
        ("Code postal et commune", a["addr2"]),
        ("Téléphone", a.get("phone", "")),
        ("Adresse électronique", a.get("email", "")),
    ]
    y += 13
    for label, v in rows:
        p.text(14, y, label, "sans", 7.5)
        lx = 14 + text_w(label, "sans", 7.5) + 2
        if label.startswith("N° "):
            for k in range(15 if "imm" in label else 8):
                p.rect(88 + k * 5.2, y - 3.6, 4.6, 4.6, lw=0.2)
        else:
            for xx in range(int(lx), 196, 2):
                p.line(xx, y + 0.6, xx + 0.8, y + 0.6, (120, 120, 120), 0.15)
            val(p, max(lx + 1, 80), y - 0.3, v)
        y += 8.2
    y += 2
    p.rect(12, y, 186, 6.5, stroke=None, fill=blue)
    p.text(14, y + 4.7, "B  VOTRE SITUATION", "sansb", 9, (255, 255, 255))
    y += 13
    emp = a["activity"] == "employed"
    _cb(p, 14, y, emp, hand, rng)
    p.text(19, y, "Vous exercez une activité professionnelle salariée en France", "sans", 8)
    y += 7
    p.text(19, y, "Profession :", "sans", 7.5)
    val(p, 40, y - 0.3, a.get("job", ""))
    p.text(118, y, "Type de contrat (CDI, CDD, intérim...) :", "sans", 7.5)
    val(p, 170, y - 0.3, a.get("contract", ""))
    y += 8
    _cb(p, 14, y, False, hand, rng)
    p.text(
        19, y, "Vous exercez une activité non salariée (indépendant, auto-entrepreneur)", "sans", 8
    )
    y += 8
    _cb(p, 14, y, a["activity"] == "none", hand, rng)
    p.text(19, y, "Vous êtes sans activité professionnelle", "sans", 8)
    y += 8
    _cb(p, 14, y, a["activity"] == "other", hand, rng)
    p.text(
        19, y, "Autre situation (étudiant, demandeur d'emploi, retraité...) - précisez :", "sans", 8
    )
    val(p, 120, y - 0.3, a.get("other", ""))
    y += 9
    p.rect(12, y, 186, 6.5, stroke=None, fill=blue)
    p.text(14, y + 4.7, "C  ENGAGEMENT ET SIGNATURE", "sansb", 9, (255, 255, 255))
    y += 12
    y = p.wrap(
        14,
        y,
        182,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et je m'engage à signaler à ma caisse tout changement de situation. La loi "
        "punit quiconque se rend coupable de fraude ou de fausse déclaration (articles 313-1, "
        "313-3, 433-19, 441-1 et 441-7 du Code pénal ; article L. 114-13 du Code de la sécurité "
        "sociale).",
        "sans",
        7.5,
    )
    y += 5
    p.text(14, y, "Fait à", "sans", 8)
    val(p, 26, y - 0.3, a["place"])
    p.text(84, y, "le", "sans", 8)
    val(p, 89, y - 0.3, a["signed_fr"])
    p.text(140, y, "Signature", "sans", 8)
    signature(p, 142, y + 12, rng, width=40, color=ink, lw=0.55)
    p.text(14, 288, "S1106 - cerfa n° 15763*02", "sans", 6.5, (90, 90, 90))
    p.text(198, 288, "1/2", "sans", 6.5, (90, 90, 90), "r")

    q = Page()
    q.text(105, 18, "PIÈCES JUSTIFICATIVES À JOINDRE", "sansb", 12, blue, "c")
    items = [
        "Une photocopie d'une pièce d'identité : passeport ou carte nationale d'identité (pour "
        "les ressortissants de l'Union européenne, de l'EEE ou de la Suisse).",
        "Si vous êtes ressortissant d'un autre État : une photocopie de votre titre de séjour, "
        "visa long séjour valant titre de séjour (VLS-TS), récépissé en cours de validité ou "
        "tout autre document attestant de la régularité de votre séjour.",
        "Une pièce d'état civil : copie intégrale d'acte de naissance, extrait d'acte de "
        "naissance avec filiation, ou document établi par un consulat.",
        "Un justificatif de résidence stable en France depuis plus de trois mois : bail, "
        "quittances de loyer, factures d'électricité, de gaz, d'eau ou de téléphone, ou "
        "attestation d'hébergement accompagnée des justificatifs de l'hébergeant.",
        "Si vous exercez une activité professionnelle : votre contrat de travail ou votre "
        "dernier bulletin de salaire.",
        "Un relevé d'identité bancaire (RIB) à votre nom pour le versement de vos remboursements.",
    ]
    y = 30
    for it in items:
        q.rect(16, y - 2.8, 3.2, 3.2, lw=0.25)
        y = q.wrap(22, y, 172, it, "sans", 8.5) + 2.5
    y += 3
    q.wrap(
        16,
        y,
        178,
        "Les documents rédigés en langue étrangère peuvent devoir être accompagnés "
        "de leur traduction en français par un traducteur assermenté. Adressez ce formulaire "
        "et les pièces justificatives à la caisse d'assurance maladie de votre lieu de résidence.",
        "sansi",
        8,
    )
    y += 30
    q.rect(14, y, 182, 62, lw=0.4)
    q.rect(14, y, 182, 7, stroke=None, fill=(225, 225, 225))
    q.text(105, y + 5, "Cadre réservé à l'organisme", "sansb", 9, (0, 0, 0), "c")
    for i, t in enumerate(
        [
            "Date de réception :",
            "Pièces vérifiées le :",
            "NIR attribué :",
            "Régime / Code gestion :",
            "Visa de l'agent :",
        ]
    ):
        q.text(18, y + 16 + i * 9, t, "sans", 8)
    y += 72
    q.wrap(
        14,
        y,
        182,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés et le Règlement général sur la protection des données "
        "s'appliquent aux réponses faites sur ce formulaire. Vous disposez d'un droit d'accès "
        "et de rectification auprès de votre organisme d'assurance maladie.",
        "sans",
        6.8,
        color=(70, 70, 70),
    )
    q.text(14, 288, "S1106 - cerfa n° 15763*02", "sans", 6.5, (90, 90, 90))
    q.text(198, 288, "2/2", "sans", 6.5, (90, 90, 90), "r")
    return [p, q]


# ----------------------------------------------------------------- bills


def edf_bill(b: dict) -> Page:
    k = b["kwh"]
    ht0 = round(11.55 + round(k * 0.168, 2) + round(k * 0.025, 2) + 2.61, 2)
    b["amount"] = round(ht0 + round(ht0 * 0.2, 2), 2)
    p = Page()
    orange, navy = (255, 90, 0), (0, 21, 80)
    p.ellipse(14, 10, 9, 9, stroke=None, fill=orange)
    p.text(26, 18, "edf", "sansb", 22, navy)
    p.text(196, 14, "Votre facture", "sansb", 14, navy, "r")
    p.text(196, 20, f"du {fr_date(b['issue'])}", "sans", 9, navy, "r")
    p.text(196, 25, f"N° de facture : {b['number']}", "sans", 8, (0, 0, 0), "r")
    p.text(
        14,
        30,
        "EDF SA - Service Clients - TSA 21941 - 62978 ARRAS CEDEX 9",
        "sans",
        6.5,
        (90, 90, 90),
    )
    p.text(112, 42, b["holder_line"], "sansb", 10)
    for i, ln in enumerate(b["addr"]):
        p.text(112, 47 + i * 4.6, ln, "sans", 10)
    p.rect(14, 40, 86, 30, stroke=None, fill=(240, 243, 248))
    p.text(17, 46, "Vos références", "sansb", 9, navy)
    p.text(17, 51.5, f"Référence client : {b['client']}", "sans", 8)
    p.text(17, 56, f"Compte de facturation : {b['account']}", "sans", 8)
    p.text(17, 60.5, "Offre : Tarif Bleu - Option Base 6 kVA", "sans", 8)
    p.text(17, 65, f"PDL : {b['pdl']}", "sans", 8)
    p.rect(14, 78, 182, 26, stroke=None, fill=navy)
    p.text(20, 88, "Montant TTC à payer", "sans", 12, (255, 255, 255))
    p.text(190, 90, eur(b["amount"]), "sansb", 22, (255, 255, 255), "r")
    p.text(
        20,
        97,
        f"Prélevé le {fr_date(b['debit'])} sur votre compte bancaire",
        "sans",
        8.5,
        (255, 255, 255),
    )
    p.text(14, 114, "Détail de votre facture d'électricité", "sansb", 11, navy)
    p.text(
        14,
        120,
        f"Période de consommation du {fr_date(b['start'])} au {fr_date(b['end'])}",
        "sans",
        9,
    )
    p.text(14, 125, f"Adresse de consommation : {', '.join(b['addr'])}", "sans", 8, (60, 60, 60))
    y = 134
    p.line(14, y, 196, y, navy, 0.4)
    heads = [("", 14), ("Quantité", 110), ("Prix unitaire HT", 150), ("Montant HT", 196)]
    for h, x in heads:
        p.text(x, y + 5, h, "sansb", 8, navy, "r" if x > 14 else "l")
    kwh = b["kwh"]
    ht_energy = round(kwh * 0.168, 2)
    lines = [
        ("Abonnement (1 mois)", "1", "13,86 €", 11.55),
        (f"Consommation Base ({b['idx0']} → {b['idx1']})", f"{kwh} kWh", "0,1680 €", ht_energy),
        ("Accise sur l'électricité", f"{kwh} kWh", "0,0250 €", round(kwh * 0.025, 2)),
        ("Contribution tarifaire d'acheminement", "", "", 2.61),
    ]
    y += 12
    for lab, qty, pu, m in lines:
        p.text(14, y, lab, "sans", 8.5)
        p.text(110, y, qty, "sans", 8.5, anchor="r")
        p.text(150, y, pu, "sans", 8.5, anchor="r")
        p.text(196, y, eur(m), "sans", 8.5, anchor="r")
        y += 6
    p.line(14, y, 196, y, (180, 180, 180), 0.2)
    y += 6
    p.text(14, y, "TVA", "sans", 8.5)
    ht = round(sum(x[3] for x in lines), 2)
    tva = round(ht * 0.2, 2)
    assert abs(ht + tva - b["amount"]) < 0.005, (ht + tva, b["amount"])
    p.text(196, y, eur(tva), "sans", 8.5, anchor="r")
    y += 7
    p.text(14, y, "Total TTC", "sansb", 10)
    p.text(196, y, eur(b["amount"]), "sansb", 10, anchor="r")
    y += 16
    p.text(14, y, "Votre consommation des 12 derniers mois (kWh)", "sansb", 9, navy)
    rng = random.Random(b["number"])
    for k in range(12):
        h = rng.uniform(8, 30)
        p.rect(
            20 + k * 13, y + 40 - h, 8, h, stroke=None, fill=(120, 170, 220) if k < 11 else orange
        )
    p.text(
        14,
        270,
        "Une question ? edf.fr ou appli EDF & MOI - 09 69 32 15 15 (service & appel gratuits)",
        "sans",
        7.5,
        navy,
    )
    p.text(
        14,
        276,
        "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - "
        "22-30, avenue de Wagram 75382 Paris cedex 08",
        "sans",
        6.2,
        (100, 100, 100),
    )
    return p


def engie_bill(b: dict) -> Page:
    k = b["kwh"]
    ht0 = round(21.36 + round(k * 0.1051, 2) + round(k * 0.0163, 2) + 2.18, 2)
    tva0 = round(ht0 * 0.2, 2)
    b["amount"] = round(ht0 + tva0, 2)
    p = Page()
    blue = (0, 170, 255)
    dark = (0, 45, 90)
    for k in range(6):
        p.line(14 + k * 2.4, 22, 22 + k * 2.4, 10, blue, 0.9)
    p.text(32, 20, "ENGIE", "latob", 22, blue)
    p.text(196, 16, "FACTURE", "latob", 13, dark, "r")
    p.text(196, 22, f"Date d'émission : {fr_date(b['issue'])}", "lato", 8.5, dark, "r")
    p.text(196, 27, f"Facture n° {b['number']}", "lato", 8.5, dark, "r")
    p.text(14, 42, "Titulaire du contrat", "lato", 7.5, (110, 110, 110))
    p.text(14, 47, b["holder_line"], "latob", 10)
    for i, ln in enumerate(b["addr"]):
        p.text(14, 52 + i * 4.6, ln, "lato", 10)
    p.rect(118, 36, 78, 28, stroke=blue, lw=0.5)
    p.text(121, 42, "Montant à payer", "lato", 9, dark)
    p.text(193, 52, eur(b["amount"]), "latob", 20, dark, "r")
    p.text(121, 60, f"à régler avant le {fr_date(b['debit'])}", "lato", 8, dark)
    p.text(
        14, 76, f"Votre contrat gaz naturel - Offre Elec/Gaz Référence : {b['client']}", "lato", 8.5
    )
    p.text(
        14,
        81,
        f"N° PCE : {b['pce']}  -  Lieu de consommation : {', '.join(b['addr'])}",
        "lato",
        8,
        (70, 70, 70),
    )
    p.rect(14, 88, 182, 8, stroke=None, fill=(230, 245, 255))
    p.text(
        16,
        93.5,
        f"Facture de gaz naturel - période du {fr_date(b['start'])} au {fr_date(b['end'])}",
        "latob",
        9,
        dark,
    )
    y = 104
    kwh = b["kwh"]
    rows = [
        ("Abonnement", "1 mois", eur(21.36)),
        (
            f"Consommation ({b['idx0']} → {b['idx1']} m³, coef. 11,23)",
            f"{kwh} kWh",
            eur(round(kwh * 0.1051, 2)),
        ),
        ("Accise sur le gaz naturel", f"{kwh} kWh", eur(round(kwh * 0.0163, 2))),
        ("Contribution tarifaire d'acheminement", "", eur(2.18)),
        ("TVA 20 %", "", eur(tva0)),
    ]
    for lab, q, m in rows:
        p.text(16, y, lab, "lato", 8.5)
        p.text(140, y, q, "lato", 8.5, anchor="r")
        p.text(194, y, m, "lato", 8.5, anchor="r")
        p.line(14, y + 2, 196, y + 2, (220, 220, 220), 0.15)
        y += 7
    p.text(16, y + 3, "TOTAL TTC", "latob", 10, dark)
    p.text(194, y + 3, eur(b["amount"]), "latob", 10, dark, "r")
    p.text(
        14,
        150,
        "Paiement par prélèvement automatique - Mandat SEPA n° " + b["client"][-8:],
        "lato",
        8,
    )
    p.text(
        14,
        262,
        "ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre 542 107 651 - "
        "1 place Samuel de Champlain 92400 Courbevoie",
        "lato",
        6.5,
        (110, 110, 110),
    )
    p.text(
        14,
        267,
        "Service clients : 09 69 324 324 (appel non surtaxé) - particuliers.engie.fr",
        "lato",
        6.5,
        (110, 110, 110),
    )
    return p


def free_bill(b: dict) -> Page:
    p = Page()
    red = (205, 30, 35)
    p.text(14, 22, "free", "sansb", 30, red)
    p.text(196, 14, "Facture Freebox", "sansb", 12, (0, 0, 0), "r")
    p.text(196, 20, f"Facture N° {b['number']}", "sans", 8.5, (0, 0, 0), "r")
    p.text(196, 25, f"Date : {fr_date(b['issue'])}", "sans", 8.5, (0, 0, 0), "r")
    p.text(196, 30, f"Identifiant : {b['client']}", "sans", 8.5, (0, 0, 0), "r")
    p.text(110, 48, b["holder_line"], "sans", 10)
    for i, ln in enumerate(b["addr"]):
        p.text(110, 53 + i * 4.6, ln, "sans", 10)
    p.text(14, 48, "Free SAS", "sans", 8)
    p.text(14, 52, "75371 Paris Cedex 08", "sans", 8)
    p.text(14, 56, "Ligne : " + b["line"], "sans", 8)
    y = 80
    p.rect(14, y, 182, 7, stroke=None, fill=(235, 235, 235))
    p.text(16, y + 5, "Désignation", "sansb", 8.5)
    p.text(150, y + 5, "Période", "sansb", 8.5, anchor="r")
    p.text(194, y + 5, "Montant TTC", "sansb", 8.5, anchor="r")
    y += 13
    per = f"{fr_date(b['start'])[:5]} - {fr_date(b['end'])[:5]}"
    rows = [("Forfait Freebox Pop", per, b["amount"] - 0.0), ("Communications incluses", "", 0.0)]
    for lab, pr, m in rows:
        p.text(16, y, lab, "sans", 8.5)
        p.text(150, y, pr, "sans", 8.5, anchor="r")
        p.text(194, y, eur(m), "sans", 8.5, anchor="r")
        y += 6.5
    p.line(14, y, 196, y, (0, 0, 0), 0.3)
    y += 6
    p.text(
        16,
        y,
        f"Total facturé pour la période du {fr_date(b['start'])} au {fr_date(b['end'])}",
        "sansb",
        9,
    )
    p.text(194, y, eur(b["amount"]), "sansb", 9, anchor="r")
    y += 6
    p.text(16, y, f"dont TVA 20 % : {eur(round(b['amount'] / 6, 2))}", "sans", 8)
    y += 12
    p.text(
        16,
        y,
        f"Le montant sera prélevé sur votre compte à partir du {fr_date(b['debit'])}.",
        "sans",
        8.5,
    )
    p.text(
        14,
        270,
        "Free - SAS au capital de 3 441 812 € - RCS Paris 421 938 861 - 8 rue de la "
        "Ville l'Évêque 75008 Paris",
        "sans",
        6.3,
        (110, 110, 110),
    )
    return p
