"""French pieces: application form, lease, payslip, bills, RIBs, attestation d'hébergement."""

from __future__ import annotations

import random

import codes
from render import Page, signature, status_bar

INK = (25, 35, 120)


# ---------------------------------------------------------------- cerfa 15763*02


def _comb(pg, x, y, n, s, cw=5.0, hand=None, font="mono", size=10):
    for i in range(n):
        pg.rect(x + i * cw, y - 4.6, cw, 6, (60, 60, 60), None, 0.2)
    for i, ch in enumerate(s[:n]):
        pg.text(x + i * cw + cw / 2, y, ch, hand or font, size, INK, "c", 0.08 if hand else None)


def form_pages(f: dict, rng: random.Random) -> list[Page]:
    hand = f.get("hand")  # font name when filled by hand, else typed
    vf, vs = (hand, 13) if hand else ("carlito", 10.5)
    jit = 0.07 if hand else None
    p1 = Page()
    p1.text(15, 18, "l'Assurance", "open-b", 13, (0, 90, 170))
    p1.text(15, 24, "Maladie", "open-b", 13, (0, 90, 170))
    p1.rect(160, 10, 36, 14, (0, 0, 0), None, 0.4)
    p1.text(178, 16, "cerfa", "open-b", 10, align="c")
    p1.text(178, 21.5, "N° 15763*02", "open", 8, align="c")
    p1.text(
        105, 36, "Demande d'ouverture des droits à l'assurance maladie", "open-b", 13, align="c"
    )
    p1.text(105, 42, "Protection universelle maladie (PUMa)", "open", 10.5, align="c")
    p1.para(
        15,
        49,
        [
            "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou"
            " vous exercez une activité",
            "professionnelle en France : remplissez ce formulaire et joignez les pièces"
            " justificatives demandées (voir page 2).",
            "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2 et D. 160-2 du code de la sécurité"
            " sociale.",
        ],
        "open",
        6.8,
        3.2,
    )
    p1.rect(15, 62, 180, 7, None, (0, 90, 170))
    p1.text(18, 67, "A  VOUS", "open-b", 10, (255, 255, 255))
    y = 78

    def field(label, val, y, x=15, lw=40):
        p1.text(x, y, label, "open", 8.5)
        p1.line(x + lw, y + 1, 195, y + 1, (150, 150, 150), 0.15)
        if val:
            p1.text(x + lw + 2, y - 0.3, val, vf, vs, INK, "l", jit)

    field("Nom de naissance", f["surname"].upper(), y)
    field("Nom d'usage (facultatif)", f.get("usage_name") or "", y + 9)
    field("Prénom(s)", f["given_names"], y + 18)
    p1.text(15, y + 27, "Sexe", "open", 8.5)
    for i, s in enumerate("FM"):
        p1.rect(32 + i * 14, y + 23, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(38 + i * 14, y + 26.5, s, "open", 8.5)
        if s == f["sex"]:
            p1.text(34 + i * 14, y + 26.6, "X", "hand4" if hand else "sans-b", 11, INK, "c")
    p1.text(75, y + 27, "Date de naissance", "open", 8.5)
    dob = f["dob"]
    _comb(p1, 105, y + 27, 2, dob[8:], hand=hand)
    _comb(p1, 117, y + 27, 2, dob[5:7], hand=hand)
    _comb(p1, 129, y + 27, 4, dob[:4], hand=hand)
    field("Lieu de naissance (commune, pays)", f["pob"], y + 36, lw=52)
    field("Nationalité", f["nat"], y + 45)
    p1.text(15, y + 54, "N° de sécurité sociale (si vous en avez un)", "open", 8.5)
    _comb(p1, 15, y + 61, 13, "", cw=5)
    _comb(p1, 85, y + 61, 2, "", cw=5)
    field("Adresse", f["addr1"], y + 70)
    field("Code postal", f["cp"], y + 79)
    field("Commune", f["city"], y + 88)
    field("Téléphone", f["tel"], y + 97)
    field("Adresse e-mail", f["mail"], y + 106)
    y = 196
    p1.rect(15, y, 180, 7, None, (0, 90, 170))
    p1.text(18, y + 5, "B  VOTRE SITUATION", "open-b", 10, (255, 255, 255))
    opts = [
        ("salarie", "Vous exercez une activité salariée en France. Emploi :"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        ("sans_activite", "Vous êtes sans activité et résidez en France de manière stable"),
        ("autre", "Autre situation (précisez) :"),
    ]
    yy = y + 15
    for key, lab in opts:
        p1.rect(17, yy - 3.4, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(24, yy, lab, "open", 8.5)
        if key == f["situation"]:
            p1.text(19, yy + 0.1, "X", "hand4" if hand else "sans-b", 11, INK, "c")
        if key == "salarie":
            p1.text(24, yy + 6, "Type de contrat :  CDI   CDD   Intérim   Autre", "open", 8.5)
            if f.get("job"):
                p1.text(105, yy, f["job"], vf, vs - 1, INK, "l", jit)
                p1.text(98, yy + 6.4, f["contract"], vf, vs - 1, INK, "l", jit)
            yy += 6
        yy += 8
    p1.text(195, 290, "S1106 — cerfa n° 15763*02 — page 1/2", "open", 6.5, align="r")
    p2 = Page()
    p2.rect(15, 15, 180, 7, None, (0, 90, 170))
    p2.text(18, 20, "C  VOS ENGAGEMENTS ET SIGNATURE", "open-b", 10, (255, 255, 255))
    p2.para(
        15,
        30,
        [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire"
            " et m'engage à signaler",
            "à ma caisse tout changement dans ma situation. La loi rend passible d'amende et/ou"
            " d'emprisonnement quiconque",
            "se rend coupable de fraudes ou de fausses déclarations (articles 313-1 et 441-1 du"
            " code pénal).",
        ],
        "open",
        8,
        4,
    )
    p2.text(15, 52, "Fait à", "open", 9)
    p2.line(27, 53, 95, 53, (150, 150, 150), 0.15)
    p2.text(100, 52, "le", "open", 9)
    p2.line(105, 53, 150, 53, (150, 150, 150), 0.15)
    p2.text(30, 51.6, f["place"], f.get("sign_hand", vf), 13, INK, "l", 0.07)
    p2.text(108, 51.6, f["date_text"], f.get("sign_hand", vf), 13, INK, "l", 0.07)
    p2.text(120, 62, "Signature", "open", 9)
    p2.rect(120, 64, 75, 30, (0, 0, 0), None, 0.3)
    p2.image(124, 66, 66, 25, signature(f["sig_name"], rng))
    p2.rect(15, 104, 180, 7, None, (0, 90, 170))
    p2.text(18, 109, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "open-b", 10, (255,) * 3)
    p2.para(
        18,
        119,
        [
            "• une pièce d'identité : passeport (ou carte nationale d'identité pour les"
            " ressortissants UE/EEE/Suisse) ;",
            "• votre titre de séjour, VLS-TS ou récépissé de demande (ressortissants hors UE) ;",
            "• un acte de naissance (copie intégrale ou extrait avec filiation), apostillé"
            " ou légalisé le cas échéant ;",
            "• un justificatif de résidence en France de plus de trois mois (bail, 3 factures"
            " successives, attestation",
            "  d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile"
            " de l'hébergeant) ;",
            "• un relevé d'identité bancaire (RIB) à votre nom ;",
            "• si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
        ],
        "open",
        8,
        5,
    )
    p2.rect(15, 170, 180, 32, (0, 0, 0), (242, 242, 242), 0.3)
    p2.text(18, 176, "Cadre réservé à l'organisme", "open-b", 8.5)
    p2.text(18, 184, "Date de réception : ....../....../..........", "open", 8)
    p2.text(18, 191, "Pièces vérifiées :  oui   non", "open", 8)
    p2.text(110, 191, "Matricule agent : ..................", "open", 8)
    p2.text(195, 290, "S1106 — cerfa n° 15763*02 — page 2/2", "open", 6.5, align="r")
    return [p1, p2]


# ---------------------------------------------------------------- lease


def lease_pages(le: dict, rng: random.Random) -> list[Page]:
    p1, p2, p3 = Page(), Page(), Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", "serif-b", 15, align="c")
    p1.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serif-b", 10.5, align="c")
    p1.para(
        20,
        37,
        [
            "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports"
            " locatifs et portant",
            "modification de la loi n° 86-1290 du 23 décembre 1986 — modèle type, décret"
            " n° 2015-587 du 29 mai 2015)",
        ],
        "serif-i",
        8.5,
        4.2,
    )
    y = p1.para(
        20,
        54,
        [
            "I. DÉSIGNATION DES PARTIES",
            "Le présent contrat est conclu entre les soussignés :",
            f"{le['landlord_text']}, désigné(e) ci-après « le bailleur » ;",
            f"et {le['tenant_text']}, désigné(e) ci-après « le locataire ».",
            "",
            "II. OBJET DU CONTRAT",
            "A. Consistance du logement",
            f"Localisation du logement : {le['address']}",
            f"Type d'habitat : immeuble collectif — {le['floor']}",
            "Régime juridique de l'immeuble : copropriété",
            f"Surface habitable : {le['surface']} m²    Nombre de pièces principales :"
            f" {le['rooms']}",
            "Modalité de production de chauffage : individuel électrique",
            "",
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            f"A. Date de prise d'effet du contrat : {le['start_text']}",
            "B. Durée du contrat : 3 ans, renouvelable par tacite reconduction",
            "",
            "IV. CONDITIONS FINANCIÈRES",
            f"A. Loyer mensuel hors charges : {codes.eur(le['rent'])}",
            f"   Provision sur charges : {codes.eur(le['charges'])} par mois, payable d'avance"
            " le 1er de chaque mois",
            "   Le loyer n'est pas soumis au décret d'encadrement de l'évolution des loyers.",
            f"B. Dépôt de garantie : {codes.eur(le['rent'])}",
        ],
        "serif",
        10,
        5.6,
    )
    p1.text(105, 288, "Page 1/3 — Paraphes :", "serif", 8, align="c")
    p2.para(
        20,
        25,
        [
            "V. TRAVAUX — néant.",
            "VI. GARANTIES — Dépôt de garantie versé à la signature du présent contrat.",
            "VII. CLAUSE DE SOLIDARITÉ — sans objet.",
            "VIII. CLAUSE RÉSOLUTOIRE — Le bail sera résilié de plein droit en cas de défaut de",
            "paiement du loyer ou des charges, de non-versement du dépôt de garantie, de défaut",
            "d'assurance des risques locatifs ou de troubles de voisinage constatés par décision.",
            "IX. HONORAIRES DE LOCATION — néant (location entre particuliers).",
            "X. AUTRES CONDITIONS PARTICULIÈRES — Animaux domestiques tolérés.",
            "XI. ANNEXES — Diagnostic de performance énergétique (classe D), constat de risque",
            "d'exposition au plomb, état des risques, notice d'information, état des lieux.",
        ],
        "serif",
        10,
        6,
    )
    p2.text(105, 288, "Page 2/3", "serif", 8, align="c")
    p3.text(
        20, 30, f"Fait et signé à {le['city']}, le {codes.fr_date(le['signed_on'])},", "serif", 10
    )
    p3.text(20, 36, "en deux originaux dont un remis à chacune des parties.", "serif", 10)
    p3.text(30, 52, "Le bailleur", "serif-b", 10)
    p3.text(130, 52, "Le locataire", "serif-b", 10)
    p3.text(30, 58, "« Lu et approuvé »", "serif-i", 9)
    p3.text(130, 58, "« Lu et approuvé »", "serif-i", 9)
    p3.image(25, 62, 55, 22, signature(le["landlord_sig"], rng))
    p3.image(125, 62, 55, 22, signature(le["tenant_sig"], rng))
    p3.text(105, 288, "Page 3/3", "serif", 8, align="c")
    return [p1, p2, p3]


# ---------------------------------------------------------------- payslip


def payslip_page(ps: dict) -> Page:
    pg = Page()
    pg.text(15, 18, ps["employer"], "lato-b", 11)
    pg.para(15, 23, ps["employer_addr"] + [f"SIRET : {ps['siret']}   Code NAF : 7112B"], "lato", 8)
    pg.text(195, 18, "BULLETIN DE PAIE", "lato-b", 14, align="r")
    pg.text(195, 24, f"Période du {ps['p_from']} au {ps['p_to']}", "lato", 9, align="r")
    pg.text(195, 29, f"Paiement le {ps['paid_on']} par virement", "lato", 8, align="r")
    pg.rect(110, 36, 85, 26, (120, 120, 120), None, 0.3)
    pg.para(114, 42, [ps["employee_name"]] + ps["employee_addr"], "lato-b", 9.5, 4.6)
    pg.para(
        15,
        42,
        [
            f"Matricule : {ps['matricule']}",
            f"Emploi : {ps['job']}",
            "Statut : Cadre — Position 2.1, coeff. 115",
            f"Entrée le : {ps['entry']}",
            "Convention collective : Syntec (IDCC 1486)",
        ],
        "lato",
        8,
        4.2,
    )
    y = 70
    pg.rect(15, y, 180, 7, None, (40, 70, 120))
    for x, s in [(17, "Rubriques"), (110, "Base"), (135, "Taux"), (160, "Montant")]:
        pg.text(x, y + 5, s, "lato-b", 8.5, (255, 255, 255))
    g = ps["gross"]
    rows = [
        ("Salaire de base", "151,67 h", "", codes.eur(g)),
        ("SALAIRE BRUT", "", "", codes.eur(g)),
        ("SANTÉ", "", "", ""),
        ("Complémentaire santé", codes.eur(g), "", codes.eur(-38.12)),
        ("RETRAITE", "", "", ""),
        ("Sécurité sociale plafonnée", codes.eur(g), "6,900", codes.eur(-round(g * 0.069, 2))),
        ("Sécurité sociale déplafonnée", codes.eur(g), "0,400", codes.eur(-round(g * 0.004, 2))),
        ("Complémentaire Tranche 1", codes.eur(g), "4,010", codes.eur(-round(g * 0.0401, 2))),
        ("ASSURANCE CHÔMAGE", "", "", ""),
        ("CSG déductible de l'impôt sur le revenu", "", "6,800", codes.eur(-round(g * 0.067, 2))),
        ("CSG/CRDS non déductible", "", "2,900", codes.eur(-round(g * 0.0285, 2))),
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", codes.eur(-ps["cotis"])),
    ]
    y += 13
    for lab, b, t, m in rows:
        bold = lab.isupper()
        pg.text(17, y, lab, "lato-b" if bold else "lato", 8.3)
        pg.text(128, y, b, "lato", 8.3, align="r")
        pg.text(150, y, t, "lato", 8.3, align="r")
        pg.text(192, y, m, "lato", 8.3, align="r")
        y += 6
    pg.rect(15, y, 180, 10, None, (225, 232, 242))
    pg.text(17, y + 6.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "lato-b", 9)
    pg.text(192, y + 6.5, codes.eur(ps["net_before"]), "lato-b", 9, align="r")
    y += 16
    pg.text(17, y, "Impôt sur le revenu prélevé à la source — taux personnalisé 4,1 %", "lato", 8.3)
    pg.text(192, y, codes.eur(-round(ps["net_before"] - ps["net"], 2)), "lato", 8.3, align="r")
    y += 8
    pg.rect(15, y, 180, 12, (40, 70, 120), (40, 70, 120))
    pg.text(17, y + 8, "NET PAYÉ", "lato-b", 11, (255, 255, 255))
    pg.text(192, y + 8, codes.eur(ps["net"]), "lato-b", 11, (255, 255, 255), "r")
    y += 20
    pg.text(17, y, f"Montant net social : {codes.eur(ps['net_social'])}", "lato", 8.3)
    pg.text(
        17,
        282,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez"
        " ce bulletin de paie sans limitation de durée.",
        "lato",
        7,
    )
    return pg


# ---------------------------------------------------------------- RIBs


def rib_sg(r: dict) -> Page:
    pg = Page()
    pg.rect(15, 15, 10, 5, None, (226, 0, 26))
    pg.rect(15, 20, 10, 5, None, (0, 0, 0))
    pg.text(29, 22.5, "SOCIETE GENERALE", "sans-b", 12)
    pg.text(105, 40, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 12, align="c")
    pg.rect(15, 47, 180, 62, (0, 0, 0), None, 0.3)
    pg.text(20, 55, "Titulaire du compte", "sans", 8, (90, 90, 90))
    pg.para(20, 61, [r["holder"]] + r["holder_addr"], "sans-b", 9.5, 4.8)
    pg.text(120, 55, "Domiciliation", "sans", 8, (90, 90, 90))
    pg.para(120, 61, r["agency"], "sans", 9, 4.6)
    y = 84
    for x, lab, val in [
        (20, "Code banque", r["bank"]),
        (50, "Code guichet", r["branch"]),
        (82, "N° de compte", r["account"]),
        (125, "Clé RIB", r["key"]),
    ]:
        pg.text(x, y, lab, "sans", 7.5, (90, 90, 90))
        pg.text(x, y + 5.5, val, "mono", 10)
    pg.text(20, y + 14, "IBAN", "sans", 7.5, (90, 90, 90))
    pg.text(32, y + 14, codes.spaced(r["iban"]), "mono", 10)
    pg.text(140, y + 14, "BIC", "sans", 7.5, (90, 90, 90))
    pg.text(148, y + 14, r["bic"], "mono", 10)
    pg.text(
        15,
        118,
        "Remettez ce relevé à tout organisme ou personne devant effectuer des"
        " virements ou prélèvements sur votre compte.",
        "sans",
        7,
    )
    return pg


def rib_lbp(r: dict) -> Page:
    pg = Page()
    pg.rect(15, 14, 24, 14, None, (255, 204, 0))
    pg.text(27, 23, "LBP", "sans-b", 11, (20, 40, 100), "c")
    pg.text(44, 20, "LA BANQUE POSTALE", "sans-b", 12, (20, 40, 100))
    pg.text(44, 25, "Relevé d'Identité Bancaire", "sans", 9)
    pg.text(15, 40, "Cadre réservé au destinataire du relevé", "sans", 7, (110, 110, 110))
    pg.text(15, 50, "IDENTIFIANT NATIONAL DE COMPTE BANCAIRE - RIB", "sans-b", 8)
    heads = ["Banque", "Guichet", "N° compte", "Clé", "Domiciliation"]
    vals = [r["bank"], r["branch"], r["account"], r["key"], r["agency"][0]]
    xs = [15, 35, 57, 90, 102]
    for x, h, v in zip(xs, heads, vals):
        pg.text(x, 56, h, "sans", 7, (90, 90, 90))
        pg.text(x, 62, v, "mono", 9.5)
    pg.text(15, 72, "IDENTIFIANT INTERNATIONAL DE COMPTE BANCAIRE", "sans-b", 8)
    pg.text(15, 78, "IBAN", "sans", 7, (90, 90, 90))
    pg.text(15, 84, codes.spaced(r["iban"]), "mono", 10.5)
    pg.text(150, 78, "BIC", "sans", 7, (90, 90, 90))
    pg.text(150, 84, r["bic"], "mono", 10.5)
    pg.text(15, 96, "Titulaire du compte", "sans", 7, (90, 90, 90))
    pg.para(15, 102, [r["holder"]] + r["holder_addr"], "sans-b", 9.5, 4.8)
    return pg


def revolut_screen(r: dict) -> Page:
    pg = Page(117, 253.2, (247, 247, 250))
    status_bar(pg, "09:17")
    pg.text(8, 26, "‹", "open", 24, (20, 20, 20))
    pg.text(58.5, 25, "Euro account details", "open-sb", 12, (15, 15, 20), "c")
    pg.text(
        58.5, 40, "Use these details to receive salaries, payments", "open", 9, (110, 110, 120), "c"
    )
    pg.text(58.5, 45, "and transfers from the SEPA zone", "open", 9, (110, 110, 120), "c")
    pg.rect(6, 52, 105, 128, None, (255, 255, 255))
    rows = [
        ("Beneficiary", r["holder"]),
        ("IBAN", codes.spaced(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Bank name", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130,"),
        ("", "Vilnius, Lithuania"),
    ]
    y = 62
    for lab, val in rows:
        if lab:
            pg.text(11, y, lab, "open", 9, (120, 120, 130))
            y += 6.5
        pg.text(11, y, val, "open-sb", 10.5, (15, 15, 20))
        y += 12 if lab != "Bank address" else 5.5
    pg.rect(6, 188, 105, 14, None, (0, 117, 235))
    pg.text(58.5, 197, "Share account details", "open-sb", 11, (255, 255, 255), "c")
    pg.text(
        58.5,
        212,
        "Revolut Bank UAB is a credit institution licensed",
        "open",
        7.5,
        (140, 140, 150),
        "c",
    )
    pg.text(
        58.5,
        216,
        "by the Bank of Lithuania. Deposits protected up to €100,000.",
        "open",
        7.5,
        (140, 140, 150),
        "c",
    )
    pg.rect(40, 247, 37, 1.3, None, (20, 20, 20))
    return pg


# ---------------------------------------------------------------- bills


def bill_total(b: dict) -> Page:
    pg = Page()
    pg.rect(15, 12, 8, 8, None, (237, 0, 0))
    pg.rect(23, 12, 8, 8, None, (0, 90, 180))
    pg.text(34, 19, "TotalEnergies", "open-b", 15, (0, 50, 120))
    pg.para(
        15,
        27,
        ["TotalEnergies Électricité et Gaz France", "TSA 21519 - 75901 Paris Cedex 15"],
        "open",
        7.5,
        3.6,
    )
    pg.para(120, 34, [b["holder"]] + b["addr_lines"], "open-sb", 10, 5)
    pg.text(15, 48, "Votre facture mensuelle d'électricité", "open-b", 13)
    pg.text(15, 55, f"Facture n° {b['number']} du {codes.fr_date(b['issue'])}", "open", 9)
    pg.text(15, 60, f"Réf. client : {b['client']}", "open", 9)
    pg.rect(15, 74, 180, 30, None, (240, 244, 250))
    pg.text(20, 83, "Montant à payer", "open", 10)
    pg.text(190, 85, codes.eur(b["amount"]), "open-b", 20, (0, 50, 120), "r")
    pg.text(20, 92, f"Prélevé le {codes.fr_date(b['due'])} sur votre compte", "open", 9)
    pg.text(
        20,
        98,
        f"Période de consommation du {codes.fr_date(b['start'])} au {codes.fr_date(b['end'])}",
        "open",
        9,
    )
    pg.text(15, 115, "Votre contrat : Offre Verte Fixe — Option Base 6 kVA", "open-sb", 10)
    pg.text(
        15, 121, f"Lieu de consommation : {b['addr_lines'][0]}, {b['addr_lines'][-1]}", "open", 9
    )
    pg.text(15, 127, f"PDL : {b['pdl']}   Compteur Linky relevé à distance", "open", 9)
    rows = [
        ("Abonnement (1 mois)", codes.eur(b["abo"])),
        (f"Consommation {b['kwh']} kWh x 0,1952 €", codes.eur(round(b["kwh"] * 0.1952, 2))),
        ("Accise sur l'électricité", codes.eur(round(b["kwh"] * 0.02998, 2))),
        ("Contribution tarifaire d'acheminement", codes.eur(2.87)),
        ("TVA 20 %", codes.eur(b["tva"])),
        ("Total TTC", codes.eur(b["amount"])),
    ]
    y = 142
    for lab, val in rows:
        pg.line(15, y + 2, 195, y + 2, (200, 200, 200), 0.15)
        pg.text(17, y, lab, "open", 9)
        pg.text(193, y, val, "open", 9, align="r")
        y += 7.5
    pg.text(
        15,
        280,
        "TotalEnergies Électricité et Gaz France - SA au capital de 20 000 000 € -"
        " RCS Nanterre 542 034 921",
        "open",
        6.5,
        (110, 110, 110),
    )
    return pg


def bill_free_mobile(b: dict) -> Page:
    pg = Page()
    pg.text(15, 22, "free", "dejavu-b", 22, (205, 30, 35))
    pg.text(42, 22, "mobile", "dejavu", 13, (60, 60, 60))
    pg.para(15, 30, ["Free Mobile - 16 rue de la Ville-l'Évêque", "75008 Paris"], "dejavu", 7, 3.4)
    pg.para(118, 38, [b["holder"]] + b["addr_lines"], "dejavu", 9.5, 4.8)
    pg.text(15, 62, "FACTURE", "dejavu-b", 13)
    pg.para(
        15,
        69,
        [
            f"Date de la facture : {codes.fr_words(b['issue'])}",
            f"N° de facture : {b['number']}",
            f"N° de ligne : {b['line']}",
            f"Identifiant abonné : {b['client']}",
        ],
        "dejavu",
        8.5,
        4.6,
    )
    pg.rect(15, 92, 180, 8, None, (230, 230, 230))
    pg.text(17, 97.5, "Détail de votre facture", "dejavu-b", 9)
    pg.text(
        17,
        107,
        f"Forfait Free 5G 150Go — du {codes.fr_date(b['start'])} au {codes.fr_date(b['end'])}",
        "dejavu",
        8.5,
    )
    pg.text(193, 107, codes.eur(b["abo"]), "dejavu", 8.5, align="r")
    pg.text(17, 114, "Communications hors forfait", "dejavu", 8.5)
    pg.text(193, 114, codes.eur(b["extra"]), "dejavu", 8.5, align="r")
    pg.line(15, 119, 195, 119, (0, 0, 0), 0.2)
    pg.text(17, 125, "Total de la facture TTC", "dejavu-b", 10)
    pg.text(193, 125, codes.eur(b["amount"]), "dejavu-b", 10, align="r")
    pg.text(17, 131, "dont TVA 20 %", "dejavu", 8)
    pg.text(193, 131, codes.eur(round(b["amount"] / 6, 2)), "dejavu", 8, align="r")
    pg.text(
        17,
        142,
        f"Cette somme sera prélevée sur votre compte à partir du {codes.fr_date(b['due'])}.",
        "dejavu",
        8.5,
    )
    pg.text(
        15,
        282,
        "Free Mobile - SAS au capital de 365 138 779 € - RCS Paris 499 247 138",
        "dejavu",
        6.5,
        (110, 110, 110),
    )
    return pg


# ---------------------------------------------------------------- hosting attestation


def attestation_hand(a: dict, rng: random.Random) -> Page:
    """Handwritten on a squared (Seyès-like) sheet, signed."""
    pg = Page(210, 297, (252, 252, 247))
    for i in range(36):
        pg.line(0, 20 + i * 8, 210, 20 + i * 8, (170, 190, 225), 0.15)
    pg.line(30, 0, 30, 297, (230, 150, 170), 0.25)
    h = a["font"]
    lines = a["lines"]
    y = 36
    for s in lines:
        if s.startswith(">"):
            pg.text(105, y - 1, s[1:], h, 17, INK, "c", 0.06)
        else:
            pg.text(34, y - 1.2, s, h, 15, INK, "l", 0.06)
        y += 8
    pg.image(110, y - 2, 70, 28, signature(a["sig"], rng))
    return pg


def untitled(name: str) -> str:
    """The name without a civil title (truth convention)."""
    for t in ("MME ", "Mme ", "M. ", "M ", "MR ", "Mr "):
        if name.startswith(t):
            return name[len(t) :]
    return name


def payslip_fields(ps: dict) -> dict:
    return {
        "employer": ps["employer"],
        "employee_name": untitled(ps["employee_name"]),
        "period": ps["period"],
        "net_pay": ps["net"],
        "siret": ps["siret"].replace(" ", ""),
    }


def rib_fields(r: dict, bank_name: str) -> dict:
    return {
        "holder_name": untitled(r["holder"]),
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": bank_name,
        "iban_valid": codes.iban_ok(r["iban"]),
        "rib_key_valid": (
            codes.rib_key(r["bank"], r["branch"], r["account"]) == r["key"] if "key" in r else None
        ),
    }
