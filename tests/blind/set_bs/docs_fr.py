"""French paperwork layouts: cerfa 15763*02, bills, RIBs, payslips, contracts, lease, receipts."""

from __future__ import annotations

import random

from canvas import Page, round_stamp

BLUE = (0, 70, 140)
GREY = (90, 90, 90)


def fr_date(d: str) -> str:
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"


def money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


# ---------------------------------------------------------------------------
# cerfa 15763*02 (S1106)
# ---------------------------------------------------------------------------
def cerfa(a: dict, rng: random.Random, hand: bool, signed: bool = True) -> list[Page]:
    """a: surname, usage, given, dob, pob_city, pob_country, sex, nat, addr1, cp, city, phone,
    email, employed (bool), job, contract, employer, arrival, place, date."""
    hf = a.get("hfont", "h-ecolier")
    ink = a.get("ink", (25, 35, 110))
    tf = a.get("tfont", "mono")

    def val(p, x, y, s, size=11):
        if not s:
            return
        if hand:
            p.hand(x, y, s, rng, hf, size * 1.25, ink)
        else:
            p.text(x, y, s, tf, size, (0, 0, 0))

    def tick(p, x, y, on):
        p.rect(x, y - 3.2, 3.6, 3.6, width=0.25)
        if on:
            if hand:
                p.stroke(
                    [(x + 0.3, y - 1.6, 0.5), (x + 1.5, y + 0.2, 0.6), (x + 4.2, y - 4.5, 0.45)],
                    ink,
                )
            else:
                p.text(x + 0.5, y - 0.1, "X", "sans-b", 10)

    p1 = Page()
    p1.rect(12, 10, 22, 13, stroke=(0, 0, 0), width=0.4)
    p1.text(23, 16, "cerfa", "sans-b", 12, anchor="c")
    p1.text(23, 21, "N° 15763*02", "sans", 6.5, anchor="c")
    p1.text(40, 15, "l'Assurance", "sans-b", 11, BLUE)
    p1.text(40, 20.5, "Maladie", "sans-b", 11, BLUE)
    p1.text(198, 15, "S1106", "sans-b", 9, anchor="r")
    p1.text(
        105, 32, "Demande d'ouverture des droits à l'assurance maladie", "sans-b", 14, anchor="c"
    )
    p1.text(105, 38, "Protection universelle maladie", "sans-b", 10.5, BLUE, anchor="c")
    p1.text(
        105,
        43,
        "Articles L. 160-1, L. 160-5, R. 111-2 et D. 160-2 du Code de la sécurité sociale",
        "sans-i",
        7.5,
        GREY,
        anchor="c",
    )
    p1.para(
        14,
        50,
        182,
        "Vous résidez en France de manière stable et régulière, ou vous y exercez une "
        "activité professionnelle : remplissez ce formulaire pour demander la prise en charge "
        "de vos "
        "frais de santé. Écrivez en lettres capitales.",
        "sans",
        8,
        color=GREY,
    )

    def section(p, y, letter, title):
        p.rect(12, y, 186, 7, stroke=None, fill=BLUE)
        p.text(15, y + 5, letter, "sans-b", 10, (255, 255, 255))
        p.text(24, y + 5, title, "sans-b", 10, (255, 255, 255))
        return y + 13

    y = section(p1, 60, "A", "VOTRE IDENTITÉ")
    rows = [
        ("Nom de naissance", a["surname"]),
        ("Nom d'usage (facultatif)", a.get("usage", "")),
        ("Prénoms", a["given"]),
    ]
    for lab, v in rows:
        p1.text(14, y, lab, "sans", 8.5)
        p1.rect(62, y - 5, 134, 7, width=0.25)
        val(p1, 64, y, v)
        y += 10
    p1.text(14, y, "Date de naissance", "sans", 8.5)
    for i, ch in enumerate(fr_date(a["dob"]).replace("/", "")):
        bx = 62 + i * 6 + (3 if i >= 2 else 0) + (3 if i >= 4 else 0)
        p1.rect(bx, y - 5, 6, 7, width=0.25)
        val(p1, bx + 1.3, y, ch)
    p1.text(125, y, "Sexe :  F", "sans", 8.5)
    tick(p1, 140, y, a["sex"] == "F")
    p1.text(147, y, "M", "sans", 8.5)
    tick(p1, 152, y, a["sex"] == "M")
    y += 10
    p1.text(14, y, "Lieu de naissance : commune", "sans", 8.5)
    p1.rect(62, y - 5, 70, 7, width=0.25)
    val(p1, 64, y, a["pob_city"])
    p1.text(135, y, "pays", "sans", 8.5)
    p1.rect(144, y - 5, 52, 7, width=0.25)
    val(p1, 146, y, a["pob_country"])
    y += 10
    p1.text(14, y, "Nationalité", "sans", 8.5)
    p1.rect(62, y - 5, 70, 7, width=0.25)
    val(p1, 64, y, a["nat"])
    y += 10
    p1.text(14, y, "N° de sécurité sociale", "sans", 8.5)
    p1.text(14, y + 3.5, "(si vous en avez déjà un)", "sans-i", 7, GREY)
    for i in range(15):
        p1.rect(62 + i * 6 + (2 if i >= 13 else 0), y - 5, 6, 7, width=0.25)
    y += 11
    p1.text(14, y, "N° d'allocataire CAF (le cas échéant)", "sans", 8.5)
    p1.rect(70, y - 5, 50, 7, width=0.25)
    y += 10
    p1.text(14, y, "Adresse", "sans", 8.5)
    p1.rect(62, y - 5, 134, 7, width=0.25)
    val(p1, 64, y, a["addr1"])
    y += 10
    p1.text(14, y, "Code postal", "sans", 8.5)
    p1.rect(62, y - 5, 30, 7, width=0.25)
    val(p1, 64, y, a["cp"])
    p1.text(96, y, "Commune", "sans", 8.5)
    p1.rect(112, y - 5, 84, 7, width=0.25)
    val(p1, 114, y, a["city"])
    y += 10
    p1.text(14, y, "Téléphone", "sans", 8.5)
    p1.rect(62, y - 5, 45, 7, width=0.25)
    val(p1, 64, y, a["phone"], 10)
    p1.text(110, y, "Courriel", "sans", 8.5)
    p1.rect(124, y - 5, 72, 7, width=0.25)
    val(p1, 125, y, a["email"], 8.5)
    y += 14

    y = section(p1, y, "B", "VOTRE SITUATION")
    p1.text(14, y, "Date d'arrivée en France :", "sans", 8.5)
    p1.rect(62, y - 5, 34, 7, width=0.25)
    val(p1, 64, y, fr_date(a["arrival"]))
    y += 10
    tick(p1, 14, y, a["employed"])
    p1.text(20, y, "Vous exercez une activité professionnelle salariée en France", "sans-b", 8.5)
    y += 8
    p1.text(20, y, "Profession / emploi occupé", "sans", 8.5)
    p1.rect(70, y - 5, 126, 7, width=0.25)
    val(p1, 72, y, a.get("job", "") if a["employed"] else "")
    y += 9
    p1.text(20, y, "Type de contrat :", "sans", 8.5)
    cx = 50
    for lab in ("CDI", "CDD", "Intérim", "Autre"):
        tick(p1, cx, y, a["employed"] and a.get("contract") == lab)
        p1.text(cx + 5, y, lab, "sans", 8.5)
        cx += 22
    y += 9
    p1.text(20, y, "Nom et adresse de l'employeur", "sans", 8.5)
    p1.rect(70, y - 5, 126, 7, width=0.25)
    val(p1, 72, y, a.get("employer", "") if a["employed"] else "", 9)
    y += 11
    tick(p1, 14, y, not a["employed"])
    p1.text(20, y, "Vous n'exercez pas d'activité professionnelle (sans activité)", "sans-b", 8.5)
    y += 8
    tick(p1, 14, y, False)
    p1.text(
        20, y, "Autre situation (étudiant, demandeur d'emploi, retraité...) : précisez", "sans", 8.5
    )
    p1.line(120, y + 0.5, 196, y + 0.5, 0.2)
    p1.text(198, 290, "1/2", "sans", 7, GREY, anchor="r")

    p2 = Page()
    p2.text(
        12, 14, "S1106 - Demande d'ouverture des droits à l'assurance maladie", "sans", 7.5, GREY
    )
    p2.text(198, 14, "cerfa N° 15763*02", "sans", 7.5, GREY, anchor="r")
    y = section(p2, 20, "C", "ENGAGEMENT ET SIGNATURE")
    y = p2.para(
        14,
        y,
        182,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette "
        "demande et m'engage à signaler à ma caisse d'assurance maladie tout changement de "
        "situation (adresse, activité, résidence).",
        "sans",
        8.5,
    )
    y += 4
    p2.text(14, y, "Fait à", "sans", 9)
    p2.line(26, y + 0.8, 90, y + 0.8, 0.2)
    val(p2, 28, y, a["place"])
    p2.text(94, y, "le", "sans", 9)
    p2.line(99, y + 0.8, 140, y + 0.8, 0.2)
    val(p2, 101, y, fr_date(a["date"]))
    y += 6
    p2.text(120, y + 2, "Signature du demandeur :", "sans", 8.5)
    p2.rect(120, y + 4, 76, 26, width=0.3)
    if signed:
        p2.signature(
            130 + rng.uniform(0, 8), y + 20 + rng.uniform(-2, 2), rng, rng.uniform(0.9, 1.15), ink
        )
    y += 38
    y = p2.para(
        14,
        y,
        182,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Quiconque "
        "se rend coupable de fraude ou de fausse déclaration est passible de pénalités "
        "(article L. 114-17-1 du Code de la sécurité sociale) et de poursuites (articles "
        "313-1 à 313-3, 433-19, 441-1 et 441-7 du Code pénal).",
        "sans-i",
        7,
        color=GREY,
    )
    y += 4
    p2.rect(12, y, 186, 7, stroke=None, fill=(225, 232, 242))
    p2.text(15, y + 5, "PIÈCES JUSTIFICATIVES À JOINDRE", "sans-b", 9.5, BLUE)
    y += 13
    items = [
        "une pièce d'identité : passeport ou, pour les ressortissants de l'UE/EEE/Suisse, carte "
        "nationale d'identité ;",
        "si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : un justificatif de "
        "régularité du "
        "séjour (titre de séjour, VLS-TS validé, récépissé de demande) ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation) ; s'il a été établi à "
        "l'étranger, il doit être légalisé ou apostillé, sauf convention contraire ;",
        "un justificatif de résidence stable de plus de trois mois : bail, ou trois dernières "
        "factures (électricité, gaz, eau, téléphone, internet), ou attestation d'hébergement "
        "accompagnée de la pièce d'identité et d'un justificatif de domicile de l'hébergeant ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for it in items:
        p2.text(16, y, "•", "sans", 9)
        y = p2.para(20, y, 176, it, "sans", 8.5) + 1.5
    y += 6
    p2.rect(12, y, 186, 38, width=0.5)
    p2.rect(12, y, 186, 6, stroke=None, fill=(235, 235, 235))
    p2.text(15, y + 4.5, "Cadre réservé à l'organisme", "sans-b", 8.5)
    for i, lab in enumerate(("Date de réception :", "N° de dossier :", "Visa de l'agent :")):
        p2.text(16 + i * 62, y + 14, lab, "sans", 8, GREY)
    p2.text(198, 290, "2/2", "sans", 7, GREY, anchor="r")
    return [p1, p2]


# ---------------------------------------------------------------------------
# utility bills
# ---------------------------------------------------------------------------
def bill(b: dict, rng: random.Random) -> list[Page]:
    """b: brand, holder, addr_lines, issue, start, end, amount, client_no, invoice_no, lines."""
    p = Page()
    br = b["brand"]
    if br == "orange":
        p.rect(14, 12, 16, 16, stroke=None, fill=(255, 121, 0))
        p.text(15.5, 26, "orange", "sans-b", 8, (255, 255, 255))
        p.text(36, 20, "Facture", "sans-b", 20)
        p.text(36, 26, "Internet • Livebox Fibre", "sans", 9, GREY)
        col = (255, 121, 0)
    elif br == "edf":
        p.text(14, 24, "edf", "sans-b", 28, (16, 54, 122))
        p.circle(44, 15, 3.5, stroke=None, fill=(255, 138, 0))
        p.text(60, 18, "Facture d'électricité", "sans-b", 15, (16, 54, 122))
        p.text(60, 24, "Offre Tarif Bleu - option Base", "sans", 9, GREY)
        col = (16, 54, 122)
    else:  # bouygues
        p.rect(14, 12, 40, 12, stroke=None, fill=(0, 159, 227))
        p.text(16, 20, "Bouygues", "sans-b", 10, (255, 255, 255))
        p.text(16, 23.2, "TELECOM", "sans", 5.5, (255, 255, 255))
        p.text(60, 19, "Votre facture Bbox", "sans-b", 15, (22, 40, 80))
        p.text(60, 25, "Bbox fit fibre", "sans", 9, GREY)
        col = (0, 120, 190)
    f, fb = b.get("font", "sans"), b.get("fontb", "sans-b")
    # reference block left
    y = 40
    for lab, v in b["refs"]:
        p.text(14, y, lab, f, 8.5, GREY)
        p.text(60, y, v, fb, 8.5)
        y += 5
    # address window right
    ax, ay = 112, 46
    p.text(ax, ay, b["holder_line"], fb, 10)
    for i, ln in enumerate(b["addr_lines"]):
        p.text(ax, ay + 5 + i * 5, ln, f, 10)
    # amount box
    y = 82
    p.rect(14, y, 182, 20, stroke=col, width=0.6)
    p.text(18, y + 8, b.get("amount_label", "Montant total à payer"), fb, 11)
    p.text(192, y + 9, money(b["amount"]), fb, 16, col, anchor="r")
    p.text(18, y + 15, b.get("pay_line", ""), f, 8.5, GREY)
    y += 30
    p.text(
        14,
        y,
        b.get("period_label", "Période de facturation")
        + " : du "
        + fr_date(b["start"])
        + " au "
        + fr_date(b["end"]),
        fb,
        9.5,
    )
    y += 9
    p.rect(14, y - 4.5, 182, 6.5, stroke=None, fill=(238, 238, 238))
    p.text(16, y, "Détail", fb, 8.5)
    p.text(150, y, "HT", fb, 8.5, anchor="r")
    p.text(194, y, "TTC", fb, 8.5, anchor="r")
    y += 7
    tot = 0.0
    for lab, ttc in b["lines"]:
        ht = round(ttc / 1.2, 2)
        p.text(16, y, lab, f, 8.5)
        p.text(150, y, money(ht), f, 8.5, anchor="r")
        p.text(194, y, money(ttc), f, 8.5, anchor="r")
        tot += ttc
        y += 5.5
    assert abs(tot - b["amount"]) < 0.005, (tot, b["amount"])
    p.line(14, y - 2, 196, y - 2, 0.3)
    y += 3
    p.text(150, y, "Total TTC", fb, 9.5, anchor="r")
    p.text(194, y, money(b["amount"]), fb, 9.5, anchor="r")
    y += 5
    p.text(150, y, "dont TVA 20 %", f, 8, GREY, anchor="r")
    p.text(194, y, money(b["amount"] - round(b["amount"] / 1.2, 2)), f, 8, GREY, anchor="r")
    if br == "edf":
        y += 12
        p.text(14, y, "Votre consommation", fb, 9.5, col)
        y += 6
        p.text(
            16,
            y,
            f"Index début : {b['idx0']} kWh   Index fin : {b['idx1']} kWh   "
            f"Consommation : {b['idx1'] - b['idx0']} kWh (index réels)",
            f,
            8.5,
        )
        y += 5
        p.text(16, y, "Point de livraison (PDL) : " + b["pdl"], f, 8.5)
    y = 255
    p.line(14, y, 196, y, 0.2, (180, 180, 180))
    for i, ln in enumerate(b["footer"]):
        p.text(105, y + 5 + i * 4, ln, f, 6.5, GREY, anchor="c")
    # payment slip strip
    p.line(14, 276, 196, 276, 0.2, (160, 160, 160))
    p.text(14, 281, "TIP SEPA - à joindre si vous ne payez pas par prélèvement", f, 7, GREY)
    p.text(
        14,
        287,
        b["client_no"] + "  " + b["invoice_no"] + "  " + f"{b['amount']:.2f}".replace(".", ","),
        "mono",
        8,
    )
    return [p]


# ---------------------------------------------------------------------------
# RIB
# ---------------------------------------------------------------------------
def rib(r: dict, rng: random.Random) -> list[Page]:
    p = Page()
    col = r["color"]
    p.rect(14, 14, 182, 20, stroke=None, fill=col)
    p.text(20, 27, r["bank_title"], "sans-b", 15, (255, 255, 255))
    p.text(
        190,
        27,
        r.get("header_right", "RELEVÉ D'IDENTITÉ BANCAIRE"),
        "sans-b",
        10,
        (255, 255, 255),
        anchor="r",
    )
    y = 48
    p.text(
        20,
        y,
        r.get(
            "intro",
            "Ce relevé est destiné à être remis à vos créanciers ou débiteurs "
            "pour domicilier vos opérations.",
        ),
        "sans-i",
        8,
        GREY,
    )
    y += 12
    p.text(20, y, r.get("holder_label", "Titulaire du compte"), "sans", 9, GREY)
    p.text(20, y + 6, r["holder_line"], "sans-b", 11)
    for i, ln in enumerate(r["holder_addr"]):
        p.text(20, y + 11.5 + i * 5, ln, "sans", 10)
    p.text(120, y, "Domiciliation", "sans", 9, GREY)
    for i, ln in enumerate(r["branch"]):
        p.text(120, y + 6 + i * 5, ln, "sans-b" if i == 0 else "sans", 10)
    y += 34
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank"], r["guichet"], r["account"], r["key"]]
    xs = [20, 55, 90, 150]
    ws = [32, 32, 57, 20]
    for x, w, hd, v in zip(xs, ws, heads, vals, strict=False):
        p.rect(x, y, w, 14, width=0.3)
        p.text(x + w / 2, y + 5, hd, "sans", 7.5, GREY, anchor="c")
        p.text(x + w / 2, y + 11.5, v, "mono-b", 11, anchor="c")
    y += 24
    p.text(20, y, "IBAN (International Bank Account Number)", "sans", 8.5, GREY)
    ib = " ".join(r["iban"][i : i + 4] for i in range(0, len(r["iban"]), 4))
    p.text(20, y + 7, ib, "mono-b", 13)
    p.text(150, y, "BIC (Bank Identifier Code)", "sans", 8.5, GREY)
    p.text(150, y + 7, r["bic"], "mono-b", 13)
    y += 20
    p.line(14, y, 196, y, 0.3, col)
    p.text(105, y + 6, r["footer"], "sans", 6.5, GREY, anchor="c")
    return [p]


# ---------------------------------------------------------------------------
# employment
# ---------------------------------------------------------------------------
def payslip(s: dict, rng: random.Random) -> list[Page]:
    p = Page()
    p.text(105, 16, "BULLETIN DE PAIE", "lato-b", 15, anchor="c")
    p.text(
        105, 22, f"Période du {fr_date(s['start'])} au {fr_date(s['end'])}", "lato", 9, anchor="c"
    )
    p.rect(12, 28, 90, 36, width=0.3)
    p.text(15, 34, s["employer"], "lato-b", 10)
    for i, ln in enumerate(
        s["employer_addr"]
        + [f"SIRET : {s['siret']}", f"Code NAF : {s['naf']}", "URSSAF : " + s["urssaf"]]
    ):
        p.text(15, 39.5 + i * 4.5, ln, "lato", 8)
    p.rect(108, 28, 90, 36, width=0.3)
    p.text(111, 34, s["employee_line"], "lato-b", 10)
    for i, ln in enumerate(s["employee_addr"]):
        p.text(111, 39.5 + i * 4.5, ln, "lato", 8.5)
    y = 70
    for lab, v in [
        ("Emploi", s["job"]),
        ("Statut", s["status"]),
        ("Date d'entrée", fr_date(s["entry"])),
        ("Convention collective", s["ccn"]),
        ("Contrat", s["contract"]),
    ]:
        p.text(14, y, lab, "lato", 8, GREY)
        p.text(50, y, v, "lato-b", 8)
        y += 4.5
    y += 4
    cols = [14, 110, 135, 160, 196]
    p.rect(12, y - 4.5, 186, 6.5, stroke=None, fill=(226, 232, 240))
    for x, h in zip(
        cols, ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"], strict=False
    ):
        p.text(x + (0 if x == 14 else -2), y, h, "lato-b", 8, anchor="l" if x == 14 else "r")
    y += 7
    gross = s["gross"]
    p.text(14, y, "Salaire de base", "lato", 8.5)
    p.text(108, y, "151,67", "lato", 8.5, anchor="r")
    p.text(194, y, money(gross)[:-2], "lato", 8.5, anchor="r")
    y += 8
    ded_total = 0.0
    for lab, rate in s["deductions"]:
        amt = round(gross * rate / 100, 2)
        ded_total += amt
        p.text(14, y, lab, "lato", 8.5)
        p.text(108, y, money(gross)[:-2], "lato", 8, GREY, anchor="r")
        p.text(133, y, f"{rate:.2f}".replace(".", ","), "lato", 8, GREY, anchor="r")
        p.text(158, y, money(amt)[:-2], "lato", 8.5, anchor="r")
        y += 5.5
    ded_total = round(ded_total, 2)
    net_before = round(gross - ded_total, 2)
    tax = round(net_before * s["pas_rate"] / 100, 2)
    net = round(net_before - tax, 2)
    s["net"] = net
    y += 3
    p.line(12, y - 3, 198, y - 3, 0.3)
    p.text(14, y + 1, "Total des cotisations et contributions", "lato-b", 8.5)
    p.text(158, y + 1, money(ded_total)[:-2], "lato-b", 8.5, anchor="r")
    y += 10
    p.rect(12, y - 5, 186, 8, stroke=None, fill=(240, 240, 240))
    p.text(14, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "lato-b", 9)
    p.text(194, y, money(net_before), "lato-b", 9, anchor="r")
    y += 8
    p.text(
        14,
        y,
        "Impôt sur le revenu prélevé à la source - taux personnalisé "
        + f"{s['pas_rate']:.1f} %".replace(".", ","),
        "lato",
        8.5,
    )
    p.text(194, y, money(tax), "lato", 8.5, anchor="r")
    y += 10
    p.rect(110, y - 6, 88, 10, stroke=(0, 0, 0), fill=(255, 244, 214), width=0.4)
    p.text(113, y + 0.5, "NET PAYÉ", "lato-b", 11)
    p.text(194, y + 0.5, money(net), "lato-b", 12, anchor="r")
    y += 10
    p.text(14, y, f"Montant net social : {money(net_before)}", "lato", 8.5)
    p.text(14, y + 5, f"Payé le {fr_date(s['paid'])} par virement", "lato", 8.5)
    p.para(
        14,
        270,
        182,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée. Rubrique dédiée sur www.service-public.fr",
        "lato-l",
        7,
        color=GREY,
    )
    return [p]


def contract(c: dict, rng: random.Random) -> list[Page]:
    f, fb = c.get("font", "serif"), c.get("fontb", "serif-b")
    pages, p = [], Page()
    y = 22
    p.text(105, y, c["title"], fb, 13, anchor="c")
    y += 12
    body = [
        ("", "ENTRE LES SOUSSIGNÉS :"),
        ("", c["employer_par"]),
        ("", "ET"),
        ("", c["employee_par"]),
        ("", "IL A ÉTÉ CONVENU CE QUI SUIT :"),
    ] + c["articles"]
    for head, txt in body:
        if y > 250:
            pages.append(p)
            p = Page()
            y = 22
        if head:
            p.text(20, y, head, fb, 10)
            y += 5.5
        y = p.para(20, y, 170, txt, f, 10, leading=4.8) + 3
    if y > 225:
        pages.append(p)
        p = Page()
        y = 30
    p.text(
        20,
        y + 4,
        f"Fait à {c['place']}, le {fr_date(c['signed'])}, en deux exemplaires originaux.",
        f,
        10,
    )
    p.text(25, y + 14, "L'employeur", fb, 10)
    p.text(125, y + 14, "Le salarié", fb, 10)
    p.text(25, y + 19, "(lu et approuvé)", "serif-i", 8, GREY)
    p.text(125, y + 19, "(lu et approuvé, bon pour accord)", "serif-i", 8, GREY)
    p.signature(32, y + 34, rng, 1.0, (20, 20, 60))
    p.signature(130, y + 35, rng, 0.95, (25, 35, 110))
    if c.get("stamp"):
        p.image(60, y + 16, 38, 38, round_stamp(c["stamp"][0], c["stamp"][1:], rng))
    pages.append(p)
    for i, pg in enumerate(pages):
        pg.text(105, 288, f"Page {i + 1}/{len(pages)}", f, 8, GREY, anchor="c")
        pg.text(190, 288, "Paraphes : ____  ____", f, 7, GREY, anchor="r")
    return pages
