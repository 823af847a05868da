"""French documents: attestation d'hébergement, leases, bills, payslip, CDD, RIBs, app screens."""

from __future__ import annotations

from PIL import Image, ImageDraw

from checks import fmt_iban
from docs_id import MOIS, dmy
from draw import hand, pil_font, rgb, sign


def eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def attestation_hand(pg, rng, a):
    """Handwritten attestation d'hébergement on plain paper."""
    for i in range(34):
        pg.line(15, 30 + i * 7.5, 195, 30 + i * 7.5, color="#c9d6ea", lw=0.15)
    f, sz = a.get("font", "h-dkg"), 12
    y = 24
    hand(pg, rng, 62, y, "Attestation d'hébergement", f, 16)
    lines = [
        f"Je soussigné {a['host_name']}, né le {dmy(a['host_dob'])} à {a['host_pob']},",
        f"demeurant {a['addr1']}, {a['addr2']},",
        "atteste sur l'honneur héberger à mon domicile mon épouse",
        f"{a['hosted_name']}, née le {dmy(a['hosted_dob'])} à {a['hosted_pob']},",
        f"depuis le {dmy(a['since'])}, de façon continue et à titre gratuit.",
        "",
        "Je joins la copie de ma carte d'identité et de mon bail.",
        "Fait pour servir et valoir ce que de droit.",
        "",
        f"Fait à {a['place']}, le {dmy(a['signed_on'])}",
    ]
    y = 44.5
    for ln in lines:
        if ln:
            hand(pg, rng, 18, y, ln, f, sz)
        y += 7.5
    hand(pg, rng, 120, y + 7.5, a["host_name"], f, sz)
    sign(pg, rng, 118, y + 11, 55, 20, a["host_name"])


def lease_pages(a):
    """Bail d'habitation (loi n° 89-462 du 6 juillet 1989), logement vide: page callables."""

    def p1(pg):
        pg.text(105, 20, "CONTRAT DE LOCATION", "serif-b", 15, align="center")
        pg.text(105, 27, "Logement nu - résidence principale", "serif", 10.5, align="center")
        pg.text(
            105,
            33,
            "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989)",
            "serif-i",
            9,
            align="center",
        )
        y = 46
        pg.text(20, y, "I. DÉSIGNATION DES PARTIES", "serif-b", 11)
        y += 8
        pg.text(20, y, "Le présent contrat est conclu entre les soussignés :", "serif", 10)
        y += 7
        pg.text(24, y, "Le bailleur :", "serif-b", 10)
        y = pg.wrap(50, y, a["landlord_line"], "serif", 10, 140) + 2
        pg.text(24, y, "Le(s) locataire(s) :", "serif-b", 10)
        y = pg.wrap(60, y, a["tenant_line"], "serif", 10, 130) + 6
        pg.text(20, y, "II. OBJET DU CONTRAT", "serif-b", 11)
        y += 8
        pg.labval(24, y, "Adresse du logement :", a["address"], "serif", "serif-b", 10)
        y += 6.5
        for s in a["desc"]:
            y = pg.wrap(24, y, s, "serif", 10, 166) + 1
        y += 6
        pg.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serif-b", 11)
        y += 8
        pg.labval(
            24, y, "Date de prise d'effet du contrat :", dmy(a["start"]), "serif", "serif-b", 10
        )
        y += 6.5
        pg.text(
            24,
            y,
            "Durée du contrat : trois ans, renouvelable par tacite reconduction.",
            "serif",
            10,
        )
        y += 12
        pg.text(20, y, "IV. CONDITIONS FINANCIÈRES", "serif-b", 11)
        y += 8
        pg.labval(24, y, "Loyer mensuel hors charges :", eur(a["rent"]), "serif", "serif-b", 10)
        y += 6.5
        pg.labval(24, y, "Provision sur charges :", eur(a["charges"]), "serif", "serif-b", 10)
        y += 6.5
        pg.labval(24, y, "Dépôt de garantie :", eur(a["rent"]), "serif", "serif-b", 10)
        y += 6.5
        pg.text(
            24,
            y,
            "Le loyer est payable mensuellement et d'avance, le 5 de chaque mois.",
            "serif",
            10,
        )
        pg.text(105, 285, "Paraphes :            Page 1/2", "serif", 8, "#555", align="center")

    def p2(pg):
        y = 22
        pg.text(20, y, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", "serif-b", 11)
        y += 8
        for s in (
            (
                "Le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier "
                "lors de la remise des clés puis chaque année à la demande du bailleur."
            ),
            (
                "Le présent contrat sera résilié de plein droit, un mois après un commandement de "
                "payer demeuré infructueux, à défaut de paiement du loyer ou des charges."
            ),
            (
                "Annexes : diagnostic de performance énergétique, état des lieux d'entrée, notice "
                "d'information, extrait du règlement de copropriété."
            ),
        ):
            y = pg.wrap(20, y, s, "serif", 10, 170) + 3
        y += 8
        pg.text(
            20,
            y,
            f"Fait à {a['city']}, le {dmy(a['signed'])}, en deux exemplaires originaux.",
            "serif",
            10,
        )
        y += 12
        pg.text(25, y, "Le bailleur", "serif-b", 10)
        pg.text(25, y + 5, "« lu et approuvé »", "serif-i", 9)
        pg.text(120, y, "Le(s) locataire(s)", "serif-b", 10)
        pg.text(120, y + 5, "« lu et approuvé »", "serif-i", 9)
        a["sign_cb"](pg, y + 8)
        pg.text(105, 285, "Paraphes :            Page 2/2", "serif", 8, "#555", align="center")

    return [p1, p2]


def sfr_bill(b):
    def p(pg):
        pg.rect(15, 12, 22, 22, stroke=None, fill="#e2001a")
        pg.text(26, 26, "SFR", "sans-b", 15, "#ffffff", align="center")
        pg.text(15, 42, "SFR - Service Client", "sans", 8, "#555")
        pg.text(15, 46, "TSA 73917 - 62978 ARRAS CEDEX 9", "sans", 8, "#555")
        pg.text(118, 52, b["holder"], "sans-b", 10)
        pg.text(118, 57, b["addr1"], "sans", 10)
        pg.text(118, 62, b["addr2"], "sans", 10)
        pg.text(15, 80, "Votre facture SFR Box Fibre", "sans-b", 16, "#e2001a")
        pg.text(15, 88, f"Facture n° {b['no']} du {dmy(b['issued'])}", "sans", 10)
        pg.rect(15, 94, 180, 26, stroke="#dddddd", fill="#f6f6f6")
        pg.labval(19, 101, "Titulaire du compte :", b["holder"], size=9)
        pg.labval(19, 107, "N° de compte client :", b["account"], size=9)
        pg.labval(19, 113, "Adresse d'installation :", f"{b['addr1']}, {b['addr2']}", size=9)
        pg.labval(120, 101, "Ligne fixe :", b["line"], size=9)
        y = 132
        pg.text(15, y, "Détail de votre facture", "sans-b", 11)
        pg.line(15, y + 2, 195, y + 2, color="#e2001a", lw=0.5)
        y += 9
        for lab, amt in b["lines"]:
            pg.text(17, y, lab, "sans", 9.5)
            pg.text(193, y, eur(amt), "sans", 9.5, align="right")
            y += 6.5
        pg.line(15, y - 2, 195, y - 2, color="#bbbbbb", lw=0.2)
        pg.text(17, y + 3, "Total à payer TTC", "sans-b", 11)
        pg.text(193, y + 3, eur(b["amount"]), "sans-b", 11, align="right")
        y += 12
        pg.text(17, y, f"Prélevé le {dmy(b['debit'])} sur votre compte bancaire.", "sans", 9)
        pg.text(
            17, y + 5, "Dont TVA à 20 % : " + eur(round(b["amount"] / 6, 2)), "sans", 8.5, "#555"
        )
        pg.text(
            105,
            282,
            "SFR SA au capital de 3 423 265 598,40 € - RCS Paris 343 059 564 - "
            "16 rue du Général Alain de Boissieu 75015 Paris",
            "sans",
            6.5,
            "#777",
            align="center",
        )

    return p


def orange_bill(b):
    def p(pg):
        pg.rect(15, 12, 20, 20, stroke=None, fill="#ff7900")
        pg.text(17, 29.5, "orange", "sans-b", 7.5, "#ffffff")
        pg.text(195, 18, "Facture", "sans-b", 18, align="right")
        pg.text(
            195,
            25,
            f"du {b['issued'].day} {MOIS[b['issued'].month - 1]} {b['issued'].year}",
            "sans",
            10,
            align="right",
        )
        pg.text(15, 45, "Votre compte", "sans-b", 9)
        pg.text(15, 50, f"n° client : {b['account']}", "sans", 9)
        pg.text(15, 55, f"n° de facture : {b['no']}", "sans", 9)
        pg.text(110, 50, b["holder"], "sans-b", 10.5)
        pg.text(110, 55.5, b["addr1"], "sans", 10.5)
        pg.text(110, 61, b["addr2"], "sans", 10.5)
        pg.rect(15, 74, 180, 22, stroke=None, fill="#f4f4f4")
        pg.text(20, 83, "Montant total TTC", "sans", 10.5)
        pg.text(190, 84, eur(b["amount"]), "sans-b", 18, align="right")
        pg.text(20, 91, f"prélevé à partir du {dmy(b['debit'])}", "sans", 9, "#555")
        y = 108
        pg.text(15, y, "Offre Livebox Fibre", "sans-b", 11)
        pg.text(15, y + 5.5, f"ligne {b['line']}", "sans", 9, "#555")
        y += 15
        ps, pe = b["period"]
        for lab, amt in [
            (f"Abonnement Livebox du {dmy(ps)} au {dmy(pe)}", b["amount"] - 2.0),
            ("Option Décodeur TV", 2.0),
            ("Communications hors forfait", 0.0),
        ]:
            pg.text(17, y, lab, "sans", 9.5)
            pg.text(193, y, eur(amt), "sans", 9.5, align="right")
            pg.line(15, y + 2, 195, y + 2, color="#e5e5e5", lw=0.2)
            y += 7
        pg.text(17, y + 3, "Total TTC", "sans-b", 10.5)
        pg.text(193, y + 3, eur(b["amount"]), "sans-b", 10.5, align="right")
        pg.text(
            105,
            282,
            "Orange SA au capital de 10 640 226 396 € - 111 quai du Président "
            "Roosevelt 92130 Issy-les-Moulineaux - 380 129 866 RCS Nanterre",
            "sans",
            6.5,
            "#777",
            align="center",
        )

    return p


def orange_screen(rng, b):
    """Phone screenshot of the 'Orange et moi' app showing a bill (1170 x 2532)."""
    im = Image.new("RGB", (1170, 2532), (255, 255, 255))
    d = ImageDraw.Draw(im)

    def t(x, y, s, font="roboto", px=44, col="#000000", anchor="la"):
        d.text((x, y), s, font=pil_font(font, px), fill=rgb(col), anchor=anchor)

    t(80, 50, "10:42", "roboto-b", 46)
    t(1090, 50, "4G  82 %", "roboto-m", 40, anchor="ra")
    d.rectangle([0, 140, 1170, 330], fill=(0, 0, 0))
    d.rectangle([60, 180, 170, 290], fill=(255, 121, 0))
    t(200, 205, "Mes factures", "roboto-b", 60, "#ffffff")
    t(60, 380, b["holder"], "roboto-m", 46)
    t(60, 445, b["addr1"], "roboto", 40, "#555555")
    t(60, 500, b["addr2"], "roboto", 40, "#555555")
    t(60, 580, f"Compte client {b['account']}", "roboto", 38, "#555555")
    d.rounded_rectangle([40, 660, 1130, 1180], 30, fill=(245, 245, 245))
    iss = b["issued"]
    t(90, 710, f"Facture du {iss.day} {MOIS[iss.month - 1]} {iss.year}", "roboto-b", 50)
    t(90, 790, f"n° {b['no']}", "roboto", 40, "#555555")
    t(90, 880, "Montant TTC", "roboto", 42)
    t(1080, 865, eur(b["amount"]), "roboto-b", 66, anchor="ra")
    ps, pe = b["period"]
    t(90, 980, f"Période : du {dmy(ps)} au {dmy(pe)}", "roboto", 40)
    t(90, 1050, f"Prélevée le {dmy(b['debit'])}", "roboto", 40, "#1a8a3a")
    d.rounded_rectangle([40, 1240, 1130, 1380], 70, fill=(255, 121, 0))
    t(585, 1285, "Télécharger la facture (PDF)", "roboto-b", 46, "#000000", anchor="ma")
    t(60, 1470, "Factures précédentes", "roboto-b", 48)
    y = 1560
    for lab, amt in b["previous"]:
        t(60, y, lab, "roboto", 42)
        t(1110, y, eur(amt), "roboto-m", 42, anchor="ra")
        d.line([60, y + 75, 1110, y + 75], fill=(225, 225, 225), width=2)
        y += 110
    d.rounded_rectangle([400, 2490, 770, 2503], 6, fill=(20, 20, 20))
    return im


def payslip(ps):
    """Bulletin de paie clarifié (modèle 2018)."""

    def p(pg):
        pg.rect(12, 12, 90, 30, stroke="#999")
        pg.text(15, 18, ps["employer"], "sans-b", 10)
        pg.text(15, 23, ps["emp_addr1"], "sans", 8.5)
        pg.text(15, 27.5, ps["emp_addr2"], "sans", 8.5)
        pg.text(15, 32, f"SIRET : {ps['siret']}", "sans", 8.5)
        pg.text(15, 36.5, f"Code NAF : {ps['naf']}   Convention collective : Syntec", "sans", 7.5)
        pg.text(198, 18, "BULLETIN DE PAIE", "sans-b", 13, align="right")
        pg.text(
            198,
            24,
            f"Période du {dmy(ps['p_start'])} au {dmy(ps['p_end'])}",
            "sans",
            9,
            align="right",
        )
        pg.text(198, 29, f"Paiement le {dmy(ps['paid'])} par virement", "sans", 8.5, align="right")
        pg.rect(110, 46, 88, 26, stroke="#999")
        pg.text(114, 53, ps["employee"], "sans-b", 10)
        pg.text(114, 58, ps["addr1"], "sans", 9)
        pg.text(114, 63, ps["addr2"], "sans", 9)
        pg.text(12, 50, f"Matricule : {ps['matricule']}", "sans", 8.5)
        pg.text(12, 55, f"Emploi : {ps['job']}", "sans", 8.5)
        pg.text(12, 60, "Statut : Cadre - Position 2.1 - Coeff. 115", "sans", 8.5)
        pg.text(12, 65, f"Entrée le : {dmy(ps['hired'])}   Contrat : CDI", "sans", 8.5)
        pg.text(12, 70, "N° de sécurité sociale : en cours d'attribution", "sans", 8.5)
        y = 80
        pg.rect(12, y, 186, 7, stroke=None, fill="#dfe6ef")
        for x, s in ((14, "Éléments de paie"), (110, "Base"), (135, "Taux"), (165, "Montant")):
            pg.text(x, y + 5, s, "sans-b", 8.5)
        y += 12
        g = ps["gross"]
        rows = [
            ("Salaire de base", "151,67", "", g, True),
            ("SALAIRE BRUT", "", "", g, True),
            ("Santé", eur(g), "", -round(g * 0.012, 2), False),
            (
                "Sécurité sociale plafonnée",
                eur(min(g, 4005)),
                "6,90 %",
                -round(g * 0.069, 2),
                False,
            ),
            ("Retraite complémentaire T1", eur(g), "4,01 %", -round(g * 0.0401, 2), False),
            ("Assurance chômage", "", "", 0.0, False),
            (
                "CSG déductible de l'impôt sur le revenu",
                eur(g * 0.9825),
                "6,80 %",
                -round(g * 0.9825 * 0.068, 2),
                False,
            ),
            (
                "CSG/CRDS non déductible",
                eur(g * 0.9825),
                "2,90 %",
                -round(g * 0.9825 * 0.029, 2),
                False,
            ),
        ]
        for lab, base, rate, amt, bold in rows:
            pg.text(14, y, lab, "sans-b" if bold else "sans", 8.5)
            pg.text(110, y, base.replace(" €", ""), "sans", 8.5)
            pg.text(135, y, rate, "sans", 8.5)
            pg.text(196, y, eur(amt).replace(" €", ""), "sans", 8.5, align="right")
            y += 6
        y += 4
        pg.rect(12, y, 186, 10, stroke=None, fill="#eef2f7")
        pg.text(14, y + 6.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "sans-b", 9)
        pg.text(196, y + 6.5, eur(ps["net_before"]), "sans-b", 9, align="right")
        y += 14
        pg.text(
            14, y, "Impôt sur le revenu prélevé à la source (taux personnalisé 4,2 %)", "sans", 8.5
        )
        pg.text(196, y, eur(-ps["pas"]), "sans", 8.5, align="right")
        y += 8
        pg.rect(12, y, 186, 12, stroke="#1f3f8f", fill="#dfe6ef", lw=0.5)
        pg.text(14, y + 8, "NET PAYÉ", "sans-b", 11)
        pg.text(196, y + 8, eur(ps["net"]), "sans-b", 12, align="right")
        y += 20
        pg.text(14, y, f"Total versé par l'employeur : {eur(ps['employer_cost'])}", "sans", 8)
        pg.text(
            14,
            y + 5,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée.",
            "sans-i",
            7.5,
            "#555",
        )

    return p


def cdd_pages(c):
    def p1(pg):
        pg.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", "serif-b", 14, align="center")
        pg.text(
            105,
            29,
            "(articles L. 1242-1 et suivants du code du travail)",
            "serif-i",
            9.5,
            align="center",
        )
        y = 42
        pg.text(20, y, "Entre les soussignés :", "serif-b", 10.5)
        y = pg.wrap(20, y + 7, c["employer_line"], "serif", 10.5, 170) + 3
        pg.text(20, y, "ci-après dénommé « l'employeur », d'une part,", "serif-i", 10.5)
        y += 9
        y = pg.wrap(20, y, c["employee_line"], "serif", 10.5, 170) + 3
        pg.text(20, y, "ci-après dénommée « la salariée », d'autre part,", "serif-i", 10.5)
        y += 12
        for title, body in c["articles"]:
            pg.text(20, y, title, "serif-b", 10.5)
            y = pg.wrap(20, y + 6.5, body, "serif", 10.5, 170) + 5
        pg.text(105, 287, "1/2", "serif", 8.5, align="center")

    def p2(pg):
        y = 24
        for title, body in c["articles2"]:
            pg.text(20, y, title, "serif-b", 10.5)
            y = pg.wrap(20, y + 6.5, body, "serif", 10.5, 170) + 5
        y += 6
        pg.text(
            20, y, f"Fait en deux exemplaires à {c['city']}, le {dmy(c['signed'])}.", "serif", 10.5
        )
        y += 12
        pg.text(25, y, "Pour l'employeur", "serif-b", 10.5)
        pg.text(125, y, "La salariée", "serif-b", 10.5)
        pg.text(125, y + 5, "« Lu et approuvé, bon pour accord »", "serif-i", 9)
        c["sign_cb"](pg, y + 8)
        pg.text(105, 287, "2/2", "serif", 8.5, align="center")

    return [p1, p2]


def rib_lbp(r):
    def p(pg):
        pg.rect(15, 15, 180, 80, stroke="#003b71", lw=0.4)
        pg.rect(15, 15, 180, 12, stroke=None, fill="#003b71")
        pg.text(19, 23, "LA BANQUE POSTALE", "sans-b", 11, "#ffd200")
        pg.text(191, 23, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 9.5, "#ffffff", align="right")
        pg.text(19, 35, "Titulaire du compte", "sans", 8, "#555")
        pg.text(19, 40, r["holder"], "sans-b", 10)
        pg.text(19, 45, r["addr1"], "sans", 9)
        pg.text(19, 49.5, r["addr2"], "sans", 9)
        pg.text(115, 35, "Domiciliation", "sans", 8, "#555")
        pg.text(115, 40, r["branch_name"], "sans-b", 9)
        cols = [
            ("Code banque", r["bank"]),
            ("Code guichet", r["branch"]),
            ("N° de compte", r["account"]),
            ("Clé RIB", r["key"]),
        ]
        x = 19
        for lab, val in cols:
            pg.text(x, 58, lab, "sans", 7.5, "#555")
            pg.text(x, 63.5, val, "mono-b", 10.5)
            x += 38 if lab != "N° de compte" else 48
        pg.text(19, 73, "IBAN (International Bank Account Number)", "sans", 7.5, "#555")
        pg.text(19, 79, fmt_iban(r["iban"]), "mono-b", 11)
        pg.text(140, 73, "BIC (Bank Identifier Code)", "sans", 7.5, "#555")
        pg.text(140, 79, r["bic"], "mono-b", 11)
        pg.text(
            19,
            90,
            "Remettez ce relevé à vos créanciers ou débiteurs pour vos prélèvements et virements.",
            "sans-i",
            7.5,
            "#555",
        )

    return p


def rib_sg(r):
    def p(pg):
        pg.rect(15, 14, 8, 8, stroke=None, fill="#e60028")
        pg.rect(15, 22, 8, 8, stroke=None, fill="#000000")
        pg.text(27, 24, "SOCIETE GENERALE", "sans-b", 12)
        pg.text(195, 24, "Relevé d'Identité Bancaire", "sans", 11, align="right")
        pg.line(15, 34, 195, 34, lw=0.3)
        pg.text(15, 43, "Intitulé du compte :", "sans", 9, "#444")
        pg.text(55, 43, r["holder"], "sans-b", 10)
        pg.text(55, 48, r["addr1"], "sans", 9)
        pg.text(55, 52.5, r["addr2"], "sans", 9)
        pg.text(15, 62, "Agence :", "sans", 9, "#444")
        pg.text(55, 62, r["branch_name"], "sans", 9)
        pg.rect(15, 70, 180, 16, stroke="#999")
        for x, lab, val in (
            (18, "Banque", r["bank"]),
            (48, "Guichet", r["branch"]),
            (80, "N° compte", r["account"]),
            (140, "Clé", r["key"]),
            (160, "Devise", "EUR"),
        ):
            pg.text(x, 75, lab, "sans", 7.5, "#555")
            pg.text(x, 82, val, "mono", 10)
        pg.text(15, 96, "IBAN", "sans", 8, "#555")
        pg.text(15, 102, fmt_iban(r["iban"]), "mono", 11)
        pg.text(140, 96, "BIC", "sans", 8, "#555")
        pg.text(140, 102, r["bic"], "mono", 11)
        pg.text(
            15,
            114,
            f"Document édité depuis votre Espace Client le {dmy(r['printed'])}.",
            "sans-i",
            7.5,
            "#666",
        )

    return p


def bourso_screen(r):
    im = Image.new("RGB", (1170, 2532), (246, 247, 251))
    d = ImageDraw.Draw(im)

    def t(x, y, s, font="roboto", px=44, col="#111111", anchor="la"):
        d.text((x, y), s, font=pil_font(font, px), fill=rgb(col), anchor=anchor)

    t(80, 50, "09:17", "roboto-b", 46)
    t(1090, 50, "5G  61 %", "roboto-m", 40, anchor="ra")
    t(60, 170, "‹", "roboto", 80, "#0a1a5c")
    t(585, 185, "Mon RIB", "roboto-b", 56, anchor="ma")
    d.rounded_rectangle([40, 320, 1130, 1460], 36, fill=(255, 255, 255))
    d.rectangle([40, 320, 1130, 420], fill=(10, 26, 92))
    t(90, 345, "BoursoBank", "roboto-b", 54, "#ffffff")
    y = 480
    for lab, val in (
        ("Titulaire", r["holder"]),
        ("Compte", "Compte bancaire Ultim"),
        ("IBAN", fmt_iban(r["iban"])[:29]),
        ("", fmt_iban(r["iban"])[29:].strip()),
        ("BIC", r["bic"]),
        ("Domiciliation", "BoursoBank, 44 rue Traversière"),
        ("", "92100 Boulogne-Billancourt"),
    ):
        if lab:
            t(90, y, lab, "roboto", 36, "#6b7280")
            y += 52
        t(90, y, val, "roboto-m", 44)
        y += 92 if lab or val.startswith("92") else 70
    d.rounded_rectangle([40, 1530, 1130, 1660], 65, fill=(0, 92, 255))
    t(585, 1572, "Partager mon RIB", "roboto-b", 46, "#ffffff", anchor="ma")
    d.rounded_rectangle([40, 1700, 1130, 1830], 65, outline=(0, 92, 255), width=4)
    t(585, 1742, "Télécharger en PDF", "roboto-b", 46, "#005cff", anchor="ma")
    d.rounded_rectangle([400, 2490, 770, 2503], 6, fill=(20, 20, 20))
    return im
