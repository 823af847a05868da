"""Housing, bills, bank and work documents."""

from common import Page, iban_groups, signature, stamp, text_width_mm
from iddocs import dmy

MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def words(iso):
    d = int(iso[8:10])
    return "%s %s %s" % ("1er" if d == 1 else d, MOIS[int(iso[5:7]) - 1], iso[0:4])


def eur(v):
    s = "%.2f" % v
    ent, dec = s.split(".")
    if len(ent) > 3:
        ent = ent[:-3] + " " + ent[-3:]
    return ent + "," + dec + " €"


def para(pg, x, y, lines, font="times", size=10, lead=5.0):
    for s in lines:
        pg.text(x, y, s, font, size)
        y += lead
    return y


def lease(le, rng):
    """Contrat de location (bail d'habitation loi n° 89-462 du 6 juillet 1989), 2 pages."""
    f, fb = le.get("font", "times"), le.get("fontb", "timesb")
    p1 = Page(210, 297)
    p1.text(105, 20, "CONTRAT DE LOCATION", fb, 15, (0, 0, 0), "c")
    p1.text(105, 27, "Locaux vides à usage d'habitation", f, 10, (0, 0, 0), "c")
    p1.text(
        105,
        32,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 n° 89-462)",
        f,
        8.5,
        (0, 0, 0),
        "c",
    )
    p1.text(20, 46, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y = para(p1, 20, 55, ["Le présent contrat est conclu entre les soussignés :"], f)
    y = para(p1, 25, y + 2, ["Le bailleur : " + le["landlord"], le["landlord_addr"]], f)
    if le.get("agent"):
        y = para(p1, 25, y, ["représenté par son mandataire : " + le["agent"]], f)
    y = para(p1, 25, y + 3, ["Le(s) locataire(s) : " + ", ".join(le["tenants_print"])], f)
    y = para(p1, 25, y, ["né le " + dmy(le["tenant_dob"]) + " à " + le["tenant_pob"]], f)
    p1.text(20, y + 8, "II. OBJET DU CONTRAT", fb, 11)
    y = para(
        p1,
        20,
        y + 17,
        [
            "Adresse du logement : " + le["address"],
            "Type d'habitat : immeuble collectif — Régime juridique : copropriété",
            "Surface habitable : %s m² — Nombre de pièces principales : %s"
            % (le["surface"], le["rooms"]),
            "Période de construction : 1949 à 1974 — Chauffage : individuel électrique",
        ],
        f,
    )
    p1.text(20, y + 8, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y = para(
        p1,
        20,
        y + 17,
        [
            "Date de prise d'effet du contrat : " + dmy(le["start"]),
            "Durée du contrat : trois ans, renouvelable par tacite reconduction.",
        ],
        f,
    )
    p1.text(20, y + 8, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    para(
        p1,
        20,
        y + 17,
        [
            "Montant du loyer mensuel : " + eur(le["rent"]) + " hors charges",
            "Provision sur charges : " + eur(le["charges"]) + " par mois, régularisation annuelle",
            "Paiement mensuel, à échoir, le 5 de chaque mois.",
            "Dépôt de garantie : " + eur(le["rent"]) + " (un mois de loyer hors charges).",
        ],
        f,
    )
    p1.text(105, 285, "Page 1/2 — Paraphes :", f, 8, (80, 80, 80), "c")
    p2 = Page(210, 297)
    p2.text(20, 22, "V. CLAUSES PARTICULIÈRES ET SIGNATURES", fb, 11)
    y = para(
        p2,
        20,
        32,
        [
            "Le locataire s'engage à user paisiblement des locaux, "
            "à souscrire une assurance contre les",
            "risques locatifs et à en justifier chaque année au "
            "bailleur. Un état des lieux contradictoire",
            "est établi à la remise des clés. Sont annexés : le "
            "dossier de diagnostic technique, la notice",
            "d'information, l'état des lieux d'entrée et le règlement de copropriété (extraits).",
        ],
        f,
    )
    p2.text(
        20,
        y + 10,
        "Fait à " + le["city"] + ", le " + dmy(le["signed"]) + ", en deux exemplaires originaux.",
        f,
        10,
    )
    p2.text(25, y + 25, "Le bailleur (ou son mandataire)", f, 9.5)
    p2.text(120, y + 25, "Le(s) locataire(s)", f, 9.5)
    p2.text(25, y + 30, "« Lu et approuvé »", f, 8.5, (60, 60, 60))
    p2.text(120, y + 30, "« Lu et approuvé »", f, 8.5, (60, 60, 60))
    signature(p2, 25, y + 34, 50, 16, rng, le["landlord"], color=(10, 10, 80))
    signature(p2, 120, y + 34, 50, 16, rng, le["tenants_print"][0], color=(20, 40, 120))
    p2.text(105, 285, "Page 2/2", f, 8, (80, 80, 80), "c")
    p1.check_overlaps("lease p1")
    p2.check_overlaps("lease p2")
    return [p1, p2]


def quittance(q, rng):
    pg = Page(210, 148)
    pg.text(105, 16, "QUITTANCE DE LOYER", "libb", 14, (0, 0, 0), "c")
    pg.text(105, 23, "Mois de " + q["month_words"], "lib", 10, (0, 0, 0), "c")
    y = para(
        pg,
        15,
        36,
        [
            "Je soussigné(e) " + q["landlord"] + ", propriétaire du logement situé",
            q["address"] + ",",
            "déclare avoir reçu de " + q["tenant"] + " la somme de " + eur(q["total"]) + ",",
            "au titre du paiement du loyer et des charges pour la période du "
            + dmy(q["p0"])
            + " au "
            + dmy(q["p1"])
            + ",",
            "et lui en donne quittance, sous réserve de tous mes droits.",
        ],
        "lib",
        10,
        5.5,
    )
    pg.text(
        15,
        y + 6,
        "Détail :  loyer " + eur(q["rent"]) + "   charges " + eur(q["charges"]),
        "lib",
        9.5,
    )
    pg.text(15, y + 16, "Fait à " + q["city"] + ", le " + dmy(q["date"]), "lib", 10)
    signature(pg, 130, y + 12, 45, 14, rng, q["landlord"], color=(10, 10, 80))
    pg.check_overlaps("quittance")
    return pg


def attestation_hand(a, rng):
    """Handwritten attestation d'hébergement on plain paper."""
    pg = Page(210, 297, bg=(252, 252, 250))
    for i in range(30):
        pg.line(12, 30 + i * 8.5, 198, 30 + i * 8.5, (205, 215, 235), 0.15, layer="bg")
    hf, ink = a.get("hfont", "hand1"), (25, 30, 110)
    pg.hand(55, 27, "Attestation d'hébergement", rng, font=hf, size=17, color=ink)
    y = 46
    for s in a["lines"]:
        x = 20.0
        for word in s.split(" "):
            caps = len(word) > 2 and word.strip(",.()").isupper()
            x = pg.hand(
                x, y, word, rng, font="hand4" if caps else hf, size=13 if caps else 14, color=ink
            )
            x += 2.2
        y += 8.5
    y += 8.5
    pg.hand(
        110, y, "Fait à " + a["city"] + ", le " + dmy(a["date"]), rng, font=hf, size=13, color=ink
    )
    signature(pg, 120, y + 6, 55, 18, rng, a["host"], color=ink)
    pg.hand(
        20,
        y + 34,
        "PJ : copie de ma carte d'identité, factures Orange",
        rng,
        font=hf,
        size=11,
        color=ink,
    )
    pg.check_overlaps("attestation")
    return pg


def orange_bill(b, rng):
    """Orange internet (Livebox) monthly bill, first page."""
    pg = Page(210, 297)
    orange = (255, 121, 0)
    pg.rect(15, 12, 16, 16, stroke=None, fill=orange)
    pg.text(17, 26, "orange", "sansb", 7, (255, 255, 255))
    pg.text(40, 19, "Votre facture", "sansb", 16)
    pg.text(40, 26, "du " + words(b["issue"]), "sans", 10)
    pg.text(120, 42, b["holder"], "sansb", 10)
    pg.text(120, 47, b["addr1"], "sans", 9.5)
    pg.text(120, 52, b["addr2"], "sans", 9.5)
    y = 70
    for lab, val in [
        ("N° de compte", b["account"]),
        ("N° de facture", b["number"]),
        ("Offre", "Livebox Fibre"),
        ("Ligne fixe associée", b["line"]),
    ]:
        pg.text(15, y, lab, "sans", 8.5, (90, 90, 90))
        pg.text(60, y, val, "sans", 9)
        y += 5.5
    pg.rect(15, 100, 180, 24, stroke=None, fill=(245, 245, 245))
    pg.text(20, 110, "Montant à payer", "sansb", 12)
    pg.text(190, 110, eur(b["amount"]), "sansb", 16, (0, 0, 0), "r")
    pg.text(20, 118, "prélevé à partir du " + dmy(b["due"]), "sans", 8.5, (90, 90, 90))
    pg.text(15, 138, "Détail de votre facture", "sansb", 11)
    pg.line(15, 141, 195, 141, orange, 0.6)
    rows = [
        ("Abonnement Livebox Fibre du %s au %s" % (dmy(b["p0"]), dmy(b["p1"])), b["amount"] - 2.0),
        ("Option TV — décodeur", 2.0),
        ("Communications incluses dans votre forfait", 0.0),
    ]
    y = 149
    for lab, v in rows:
        pg.text(15, y, lab, "sans", 9)
        pg.text(195, y, eur(v), "sans", 9, (0, 0, 0), "r")
        y += 6
    pg.text(15, y + 4, "Total TTC (dont TVA 20 %)", "sansb", 9)
    pg.text(195, y + 4, eur(b["amount"]), "sansb", 9, (0, 0, 0), "r")
    pg.text(
        15,
        284,
        "Orange SA — 111 quai du Président Roosevelt 92130 "
        "Issy-les-Moulineaux — 380 129 866 RCS Nanterre",
        "sans",
        6,
        (110, 110, 110),
    )
    pg.check_overlaps("orange")
    return pg


def free_bill(b, rng):
    """Free (Freebox) monthly bill, modelled on the real Free bill in the specimens."""
    pg = Page(210, 297)
    red = (205, 30, 35)
    pg.text(15, 22, "free", "sansb", 24, red)
    pg.text(15, 30, "Facture Freebox", "sans", 9, (80, 80, 80))
    pg.text(120, 20, "Facture n° " + b["number"], "sans", 9)
    pg.text(120, 25, "Date : " + dmy(b["issue"]), "sans", 9)
    pg.text(120, 30, "Identifiant : " + b["login"], "sans", 9)
    pg.text(120, 48, b["holder"], "sans", 10)
    pg.text(120, 53, b["addr1"], "sans", 9.5)
    pg.text(120, 58, b["addr2"], "sans", 9.5)
    pg.text(
        15, 80, "Période de facturation : du %s au %s" % (dmy(b["p0"]), dmy(b["p1"])), "sansb", 9.5
    )
    pg.line(15, 84, 195, 84, (0, 0, 0), 0.3)
    pg.text(15, 90, "Désignation", "sansb", 9)
    pg.text(195, 90, "Montant TTC", "sansb", 9, (0, 0, 0), "r")
    pg.line(15, 93, 195, 93, (0, 0, 0), 0.2)
    rows = [
        ("Forfait Freebox Pop", b["amount"] - 1.99),
        ("Appels vers mobiles", 1.99),
        ("Remise fidélité", 0.0),
    ]
    y = 100
    for lab, v in rows:
        pg.text(15, y, lab, "sans", 9)
        pg.text(195, y, eur(v), "sans", 9, (0, 0, 0), "r")
        y += 6
    pg.line(15, y, 195, y, (0, 0, 0), 0.2)
    pg.text(15, y + 7, "Total facture TTC", "sansb", 10)
    pg.text(195, y + 7, eur(b["amount"]), "sansb", 10, (0, 0, 0), "r")
    pg.text(
        15,
        y + 16,
        "Le montant sera prélevé sur votre compte vers le %s." % dmy(b["due"]),
        "sans",
        8.5,
    )
    pg.text(
        15,
        284,
        "Free SAS — 16 rue de la Ville l'Évêque 75008 Paris — RCS Paris 421 938 861",
        "sans",
        6,
        (110, 110, 110),
    )
    pg.check_overlaps("free")
    return pg


def free_app(b, rng):
    """Screenshot of the Free 'Espace abonné' in a phone browser (1170 x 2532 px)."""
    pg = Page(117, 253.2, bg=(246, 246, 246))
    pg.text(58.5, 5, "09:41", "robotob", 8, (0, 0, 0), "c", layer="bg")
    pg.rect(0, 9, 117, 9, stroke=None, fill=(230, 230, 230))
    pg.text(58.5, 15, "adsl.free.fr", "roboto", 7, (60, 60, 60), "c")
    pg.text(6, 30, "free", "robotob", 16, (205, 30, 35))
    pg.text(6, 40, "Mes factures", "robotob", 11)
    pg.text(6, 47, b["holder"], "roboto", 7.5, (90, 90, 90))
    pg.rect(5, 54, 107, 60, stroke=None, fill=(255, 255, 255))
    y = 63
    for lab, val in [
        ("Facture", "n° " + b["number"]),
        ("Date", dmy(b["issue"])),
        ("Période", dmy(b["p0"]) + " – " + dmy(b["p1"])),
        ("Adresse", b["addr1"]),
        ("", b["addr2"]),
        ("Montant", eur(b["amount"])),
    ]:
        pg.text(9, y, lab, "roboto", 7, (110, 110, 110))
        pg.text(34, y, val, "robotob" if lab == "Montant" else "roboto", 7.5)
        y += 8.5
    pg.rect(5, 120, 107, 12, stroke=None, fill=(205, 30, 35))
    pg.text(58.5, 128, "Télécharger la facture (PDF)", "robotob", 8, (255, 255, 255), "c")
    pg.check_overlaps("free app")
    return pg


def payslip(s, rng):
    """'Bulletin de paie clarifié' (2018 model): blocks santé, retraite, chômage..., net à payer."""
    pg = Page(210, 297)
    pg.text(15, 18, "BULLETIN DE PAIE", "libb", 14)
    pg.text(15, 24, "Période du %s au %s" % (dmy(s["p0"]), dmy(s["p1"])), "lib", 9)
    pg.text(15, 29, "Paiement le " + dmy(s["paid"]) + " par virement", "lib", 9)
    pg.rect(15, 36, 85, 30, stroke=(0, 0, 0), lw=0.25)
    pg.text(18, 42, s["employer"], "libb", 9.5)
    pg.text(18, 47, s["emp_addr1"], "lib", 8.5)
    pg.text(18, 51.5, s["emp_addr2"], "lib", 8.5)
    pg.text(18, 57, "SIRET : " + s["siret"], "lib", 8.5)
    pg.text(18, 61.5, "Code NAF : 8121Z — URSSAF Rhône-Alpes", "lib", 8.5)
    pg.rect(110, 36, 85, 30, stroke=(0, 0, 0), lw=0.25)
    pg.text(113, 42, s["employee_print"], "libb", 9.5)
    pg.text(113, 47, s["ee_addr1"], "lib", 8.5)
    pg.text(113, 51.5, s["ee_addr2"], "lib", 8.5)
    pg.text(113, 57, "Emploi : " + s["job"], "lib", 8.5)
    pg.text(113, 61.5, "Entrée le " + dmy(s["entry"]) + " — CDI temps partiel", "lib", 8.5)
    y = 76
    cols = (15, 100, 130, 160, 195)
    for i, h in enumerate(["Éléments de paie", "Base", "Taux", "Part salarié"]):
        pg.text(cols[i] + (0 if i == 0 else 2), y, h, "libb", 8.5)
    pg.line(15, y + 2.5, 195, y + 2.5, (0, 0, 0), 0.3)
    gross = s["hours"] * s["rate"]
    rows = [
        (
            "Salaire de base",
            ("%.2f h" % s["hours"]).replace(".", ","),
            ("%.4f" % s["rate"]).replace(".", ","),
            gross,
        ),
        ("SANTÉ — Complémentaire santé", "", "", -18.40),
        ("RETRAITE — Sécurité sociale plafonnée", "%.2f" % gross, "6,90 %", -gross * 0.069),
        ("RETRAITE — Complémentaire tranche 1", "%.2f" % gross, "4,01 %", -gross * 0.0401),
        (
            "CSG déductible de l'impôt sur le revenu",
            "%.2f" % (gross * 0.9825),
            "6,80 %",
            -gross * 0.9825 * 0.068,
        ),
        ("CSG/CRDS non déductibles", "%.2f" % (gross * 0.9825), "2,90 %", -gross * 0.9825 * 0.029),
    ]
    y += 9
    net = 0.0
    for lab, base, rate, amt in rows:
        pg.text(15, y, lab, "lib", 8.5)
        pg.text(cols[1] + 2, y, base, "lib", 8.5)
        pg.text(cols[2] + 2, y, rate, "lib", 8.5)
        pg.text(cols[4], y, eur(amt).replace(" €", ""), "lib", 8.5, (0, 0, 0), "r")
        net += amt
        y += 6
    net = round(net, 2)
    pg.line(15, y, 195, y, (0, 0, 0), 0.3)
    pg.text(15, y + 7, "Salaire brut", "libb", 9)
    pg.text(195, y + 7, eur(gross), "libb", 9, (0, 0, 0), "r")
    pg.rect(110, y + 14, 85, 14, stroke=None, fill=(225, 235, 245))
    pg.text(113, y + 23, "NET À PAYER AVANT IMPÔT", "libb", 9)
    pg.text(192, y + 23, eur(net), "libb", 10, (0, 0, 0), "r")
    pg.text(
        15,
        y + 36,
        "Impôt sur le revenu prélevé à la source : taux non personnalisé 0,00 %",
        "lib",
        8,
    )
    pg.text(15, y + 42, "Net payé : " + eur(net), "libb", 9)
    pg.text(
        15,
        284,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin sans limitation de durée.",
        "lib",
        6.5,
        (90, 90, 90),
    )
    pg.check_overlaps("payslip")
    return pg, net


def contract_blank_employer(c, rng):
    """CDI from a downloaded template, employer part never filled in."""
    p1 = Page(210, 297)
    f, fb = "carlito", "carlitob"
    p1.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", fb, 14, (0, 0, 0), "c")
    p1.text(20, 38, "ENTRE LES SOUSSIGNÉS :", fb, 10.5)
    y = 47
    for lab in [
        "La société",
        "immatriculée au RCS sous le numéro SIRET",
        "dont le siège social est situé",
        "représentée par",
    ]:
        end = p1.text(20, y, lab, f, 10.5)
        p1.line(end + 2, y + 1, 190, y + 1, (0, 0, 0), 0.15, dash=0.7)
        y += 7.5
    p1.text(20, y + 2, "ci-après dénommée « l'Employeur », d'une part,", f, 10.5)
    p1.text(20, y + 12, "ET", fb, 10.5)
    y = para(
        p1,
        20,
        y + 21,
        [
            c["employee"]
            + ", né le "
            + dmy(c["dob"])
            + " à "
            + c["pob"]
            + ", de nationalité kosovare,",
            "demeurant " + c["address"] + ",",
            "ci-après dénommé « le Salarié », d'autre part,",
        ],
        f,
        10.5,
        5.5,
    )
    p1.text(20, y + 6, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10.5)
    y = para(
        p1,
        20,
        y + 16,
        [
            "Article 1 — Engagement. Le Salarié est engagé à compter du "
            + dmy(c["start"])
            + " pour une durée indéterminée,",
            "sous réserve des résultats de la visite d'information et de prévention.",
            "Article 2 — Fonctions. Le Salarié exerce les fonctions de "
            + c["job"]
            + ", niveau N2 position 1,",
            "coefficient 185 de la convention collective nationale des ouvriers du bâtiment.",
            "Article 3 — Période d'essai. Le contrat ne deviendra "
            "définitif qu'à l'issue d'une période d'essai",
            "de deux mois de travail effectif.",
            "Article 4 — Rémunération. Le Salarié percevra une rémunération brute mensuelle de "
            + eur(c["gross"]),
            "pour une durée de travail de 35 heures par semaine.",
            "Article 5 — Lieu de travail. Chantiers de l'entreprise en Île-de-France.",
        ],
        f,
        10.5,
        5.8,
    )
    p1.text(20, y + 10, "Fait à Paris, le " + dmy(c["signed"]) + ", en deux exemplaires.", f, 10.5)
    p1.text(25, y + 22, "L'Employeur", f, 10)
    p1.text(125, y + 22, "Le Salarié (« lu et approuvé »)", f, 10)
    signature(p1, 125, y + 26, 50, 15, rng, c["employee"], color=(20, 30, 110))
    p1.check_overlaps("contract")
    return p1


BANKS = {
    "sg": ("SOCIETE GENERALE", (227, 0, 15), "libb"),
    "cm": ("Crédit Mutuel", (0, 82, 155), "openb"),
    "bnp": ("BNP PARIBAS", (0, 145, 90), "latob"),
}


def rib(r, rng):
    """Relevé d'identité bancaire, bank layout: identification table + IBAN/BIC."""
    name, color, font = BANKS[r["bank"]]
    pg = Page(210, 148)
    pg.rect(15, 10, 6, 12, stroke=None, fill=color)
    pg.text(24, 19, name, font, 15, color)
    pg.text(195, 19, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 9, (0, 0, 0), "r")
    pg.text(15, 34, "Titulaire du compte", "sans", 8, (90, 90, 90))
    pg.text(15, 40, r["holder_print"], "sansb", 10)
    pg.text(15, 45, r["addr1"], "sans", 9)
    pg.text(15, 49.5, r["addr2"], "sans", 9)
    pg.text(120, 34, "Domiciliation", "sans", 8, (90, 90, 90))
    pg.text(120, 40, r["agency"], "sans", 9)
    pg.text(120, 44.5, r["agency_addr"], "sans", 8.5)
    x = 15
    heads = [("Code banque", 28), ("Code guichet", 28), ("N° de compte", 45), ("Clé RIB", 20)]
    vals = [r["b"], r["g"], r["acc"], r["key"]]
    for (h, w), v in zip(heads, vals, strict=True):
        pg.rect(x, 58, w, 14, stroke=(0, 0, 0), lw=0.2)
        pg.text(x + 2, 62.5, h, "sans", 7, (90, 90, 90))
        pg.text(x + 2, 69.5, v, "mono", 9.5)
        x += w
    pg.text(15, 84, "IBAN (International Bank Account Number)", "sans", 8, (90, 90, 90))
    pg.text(15, 91, iban_groups(r["iban"]), "mono", 12)
    pg.text(15, 102, "BIC (Bank Identifier Code)", "sans", 8, (90, 90, 90))
    pg.text(15, 109, r["bic"], "mono", 12)
    pg.text(
        15,
        135,
        "Ce relevé est destiné à être remis à vos créanciers ou "
        "débiteurs pour domicilier vos opérations.",
        "sans",
        7,
        (110, 110, 110),
    )
    pg.check_overlaps("rib")
    return pg


def lbp_app(r, rng):
    """Screenshot of La Banque Postale app, 'Mon RIB' screen (1170 x 2532 px)."""
    pg = Page(117, 253.2, bg=(255, 255, 255))
    pg.text(8, 5, "10:17", "robotob", 8, (0, 0, 0), layer="bg")
    pg.rect(0, 9, 117, 20, stroke=None, fill=(0, 60, 140))
    pg.text(8, 22, "Mon RIB", "robotob", 12, (255, 255, 255))
    y = 42
    for lab, val in [
        ("Titulaire", r["holder_print"]),
        ("Compte", "CCP " + r["acc"]),
        ("IBAN", iban_groups(r["iban"][:20])),
        ("", iban_groups(r["iban"])[25:]),
        ("BIC", r["bic"]),
        ("Domiciliation", r["agency"]),
        ("Code banque", r["b"] + "   Guichet " + r["g"] + "   Clé " + r["key"]),
    ]:
        if lab:
            pg.text(8, y, lab, "roboto", 7, (110, 110, 110))
            y += 6
        pg.text(8, y, val, "robotob" if lab in ("IBAN", "") else "roboto", 8.5)
        y += 10
    pg.rect(8, y + 4, 101, 13, stroke=None, fill=(255, 205, 0))
    pg.text(58.5, y + 12.5, "Partager mon RIB", "robotob", 9, (0, 40, 100), "c")
    pg.check_overlaps("lbp app")
    return pg


def fits(s, font, size, width):
    return text_width_mm(s, font, size) <= width


__all__ = ["stamp"]
