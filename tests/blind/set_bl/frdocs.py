"""French-side layouts: cerfa 15763*02 (S1106), EDF and Orange bills, attestation d'hébergement,
lease, RIBs, BoursoBank screen, employment contract, payslip."""

from __future__ import annotations

from draw import INK_BLUE, Doc, hand, para, signature
from util import fr, spaced, words

GREY = (90, 90, 90)


# ------------------------------------------------------------------ bills
def edf_bill(b, rng, path):
    doc = Doc("pdf", (210, 297), path=path, title="Facture EDF")
    pg = doc.page()
    blue, orange = (0, 30, 98), (255, 97, 0)
    pg.rect(15, 12, 22, 12, stroke=None, fill=blue)
    pg.text(26, 20.5, "edf", 15, "sansb", (255, 255, 255), "c")
    pg.circle(40, 14, 2.2, stroke=None, fill=orange)
    pg.text(15, 31, "EDF - Service Clients Particuliers", 8, "sans", GREY)
    pg.text(15, 35, "TSA 20012 - 41975 BLOIS CEDEX 9", 8, "sans", GREY)
    pg.text(120, 40, b["holder_print"], 10, "sansb")
    for i, ln in enumerate(b["address_lines"]):
        pg.text(120, 45 + i * 4.6, ln, 10, "sans")
    pg.text(15, 48, "Votre facture", 18, "sansb", blue)
    pg.text(15, 55, "du " + fr(b["issue_date"]) + "   N° " + b["no"], 9, "sans")
    pg.rect(15, 66, 180, 28, stroke=None, fill=(235, 240, 250))
    pg.text(20, 74, "Montant à payer", 11, "sansb", blue)
    pg.text(190, 76, "%s €" % b["amount_fr"], 20, "sansb", blue, "r")
    pg.text(20, 82, "Prélevé le " + fr(b["debit"]) + " sur votre compte", 9, "sans")
    pg.text(
        20, 88, "Période de consommation : du %s au %s" % (fr(b["start"]), fr(b["end"])), 9, "sans"
    )
    pg.text(15, 104, "Vos références", 11, "sansb", blue)
    rows = [
        ("Titulaire du contrat", b["holder_print"]),
        ("Adresse du logement", ", ".join(b["address_lines"])),
        ("Référence client", b["client"]),
        ("Compte", b["account"]),
        ("Offre", "Tarif Bleu - Option Base - 6 kVA"),
        ("PDL", b["pdl"]),
    ]
    y = 112
    for lbl, v in rows:
        pg.text(15, y, lbl, 9, "sans", GREY)
        pg.text(70, y, v, 9, "sans")
        y += 5.5
    pg.text(15, y + 6, "Détail de votre facture d'électricité", 11, "sansb", blue)
    y += 14
    pg.line(15, y - 4, 195, y - 4, 0.3, GREY)
    for lbl, v in b["lines"]:
        pg.text(15, y, lbl, 8.8, "sans")
        pg.text(195, y, v, 8.8, "sans", align="r")
        y += 5.5
    pg.line(15, y - 3, 195, y - 3, 0.3, GREY)
    pg.text(15, y + 3, "Total TTC", 10, "sansb")
    pg.text(195, y + 3, b["amount_fr"] + " €", 10, "sansb", align="r")
    para(
        pg,
        15,
        265,
        "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - 22-30 "
        "avenue de Wagram 75382 Paris cedex 08 - edf.fr. En cas de litige : médiateur national "
        "de l'énergie.",
        7,
        "sans",
        180,
        color=GREY,
    )
    pg.text(195, 290, "1/1", 7, "sans", GREY, "r")
    doc.finish()


def orange_bill(b, rng, path):
    doc = Doc("pdf", (210, 297), path=path, title="Facture Orange")
    pg = doc.page()
    org = (255, 121, 0)
    pg.rect(15, 12, 16, 16, stroke=None, fill=(0, 0, 0))
    pg.rect(15, 22.5, 16, 5.5, stroke=None, fill=org)
    pg.text(17, 26.5, "orange", 6.5, "sansb", (255, 255, 255))
    pg.text(40, 21, "facture", 20, "sansb")
    pg.text(40, 27, "Livebox Fibre - ligne fixe " + b["line"], 9.5, "sans")
    pg.text(15, 40, "date de facture : " + words(b["issue_date"]), 9, "sans")
    pg.text(15, 45, "n° de facture : " + b["no"], 9, "sans")
    pg.text(15, 50, "n° client : " + b["client"], 9, "sans")
    pg.text(115, 42, b["holder_print"], 10.5, "sansb")
    for i, ln in enumerate(b["address_lines"]):
        pg.text(115, 47.5 + i * 5, ln, 10.5, "sans")
    pg.rect(15, 66, 180, 20, stroke=None, fill=(245, 245, 245))
    pg.text(20, 74, "montant total TTC", 11, "sansb")
    pg.text(20, 80.5, "sera prélevé à partir du " + fr(b["debit"]), 8.5, "sans", GREY)
    pg.text(190, 78, b["amount_fr"] + " €", 18, "sansb", org, "r")
    pg.text(15, 98, "le détail de votre facture", 12, "sansb")
    y = 106
    rows = [
        ("abonnements et forfaits du %s au %s" % (fr(b["start"]), fr(b["end"])), ""),
        ("Offre Livebox Fibre", b["abo"]),
        ("Décodeur TV", "0,00"),
        ("communications", ""),
        ("Appels vers mobiles hors forfait", b["comm"]),
        ("total hors taxes", b["ht"]),
        ("TVA 20 %", b["tva"]),
        ("total TTC", b["amount_fr"]),
    ]
    for lbl, v in rows:
        bold = not v or lbl.startswith("total")
        pg.text(15, y, lbl, 9, "sansb" if bold else "sans")
        if v:
            pg.text(195, y, v + " €", 9, "sansb" if bold else "sans", align="r")
        y += 6.5
    pg.text(15, y + 8, "titulaire du contrat : " + b["holder_print"], 8.5, "sans")
    pg.text(15, y + 13, "adresse d'installation : " + ", ".join(b["address_lines"]), 8.5, "sans")
    para(
        pg,
        15,
        270,
        "Orange SA au capital de 10 640 226 396 € - 111 rue Jean Bleuzen 92130 "
        "Issy-les-Moulineaux - 380 129 866 RCS Nanterre. Service clients : 3900.",
        7,
        "sans",
        180,
        color=GREY,
    )
    doc.finish()


# ------------------------------------------------------------------ hosting attestation
def attestation(a, rng):
    doc = Doc("img", (210, 297), 200)
    pg = doc.page()
    pg.text(20, 25, a["host_print"], 11, "carlitob")
    for i, ln in enumerate(a["address_lines"]):
        pg.text(20, 30.5 + i * 5, ln, 11, "carlito")
    pg.text(190, 55, a["place"] + ", le " + fr(a["signed_on"]), 11, "carlito", align="r")
    pg.text(105, 75, "ATTESTATION D'HÉBERGEMENT", 15, "carlitob", align="c")
    txt = (
        "Je soussigné, %s, né le %s à %s, de nationalité française, demeurant %s, atteste "
        "sur l'honneur héberger à mon domicile, depuis le %s, mon cousin %s, né le %s à %s "
        "(Iran), de nationalité iranienne."
        % (
            a["host_print"],
            fr(a["host_dob"]),
            a["host_pob"],
            ", ".join(a["address_lines"]),
            fr(a["since"]),
            a["hosted_print"],
            fr(a["hosted_dob"]),
            a["hosted_pob"],
        )
    )
    y = para(pg, 20, 92, txt, 11.5, "carlito", 170, 1.6)
    y = para(
        pg,
        20,
        y + 5,
        "Cette attestation est établie pour servir et valoir ce que de droit, "
        "notamment auprès de la Caisse Primaire d'Assurance Maladie.",
        11.5,
        "carlito",
        170,
        1.6,
    )
    y = para(
        pg,
        20,
        y + 5,
        "Pièces jointes : copie de mon passeport, mes trois dernières factures Orange.",
        11.5,
        "carlito",
        170,
        1.6,
    )
    pg.text(130, y + 15, "Signature", 11, "carlito")
    signature(pg, 125, y + 19, 55, 18, rng, a["host_print"], INK_BLUE, 0.5)
    return doc.finish()[0]


# ------------------------------------------------------------------ lease
def lease(L, rng, kind, path=None):
    doc = Doc(kind, (210, 297), 200, path, "Contrat de location")
    font, fb = L.get("font", ("serif", "serifb"))
    pg = doc.page()
    pg.text(105, 22, "CONTRAT DE LOCATION", 15, fb, align="c")
    pg.text(105, 29, L["subtitle"], 10, font, align="c")
    pg.text(
        105,
        34,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs)"
        if L["meuble"]
        else "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)",
        8,
        font,
        GREY,
        "c",
    )
    y = 48
    blocks = [
        ("I. DÉSIGNATION DES PARTIES", None),
        ("Le bailleur :", L["landlord_line"]),
        ("Le(s) locataire(s) :", L["tenant_line"]),
        ("II. OBJET DU CONTRAT", None),
        ("Adresse du logement :", L["address"]),
        ("Type :", L["type"]),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", None),
        ("Date de prise d'effet :", words(L["start"])),
        ("Durée du contrat :", L["duree"]),
        ("IV. CONDITIONS FINANCIÈRES", None),
        ("Loyer mensuel :", L["rent"]),
        ("Charges :", L["charges"]),
        ("Dépôt de garantie :", L["deposit"]),
    ]
    for lbl, v in blocks:
        if v is None:
            y += 4
            pg.text(20, y, lbl, 10.5, fb)
            pg.line(20, y + 1.5, 190, y + 1.5, 0.3)
            y += 8
        else:
            pg.text(20, y, lbl, 10, fb)
            y = para(pg, 68, y, v, 10, font, 122, 1.35) + 2.5
    pg.text(105, 290, "Page 1/2", 8, font, GREY, "c")
    pg = doc.page()
    y = 22
    for t, body in L["clauses"]:
        pg.text(20, y, t, 10.5, fb)
        y = para(pg, 20, y + 6, body, 9.5, font, 170, 1.4) + 5
    pg.text(
        20,
        y + 6,
        "Fait à %s, le %s, en deux exemplaires originaux."
        % (L["signed_place"], fr(L["signed_on"])),
        10,
        font,
    )
    pg.text(30, y + 18, "Le bailleur", 10, fb)
    pg.text(30, y + 23, "« lu et approuvé »", 8.5, font)
    pg.text(125, y + 18, "Le(s) locataire(s)", 10, fb)
    pg.text(125, y + 23, "« lu et approuvé »", 8.5, font)
    if L["signed"]:
        hand(pg, 30, y + 31, "Lu et approuvé", rng, 12, "h_femke")
        signature(pg, 30, y + 33, 45, 14, rng, L["landlord"], INK_BLUE, 0.45)
        hand(pg, 125, y + 31, "lu et approuvé", rng, 12, "h_ecolier")
        signature(pg, 125, y + 33, 45, 14, rng, L["tenant_line"], (20, 20, 60), 0.45)
    pg.text(105, 290, "Page 2/2", 8, font, GREY, "c")
    return doc.finish()


# ------------------------------------------------------------------ RIB
def rib(r, rng, kind, path=None):
    doc = Doc(kind, (210, 297), 200, path, "Relevé d'identité bancaire")
    pg = doc.page()
    col = r["color"]
    pg.rect(15, 15, 180, 10, stroke=None, fill=col)
    pg.text(18, 22, r["bank_name"], 12, "sansb", (255, 255, 255))
    pg.text(105, 40, r.get("title", "RELEVÉ D'IDENTITÉ BANCAIRE"), 13, "sansb", align="c")
    pg.rect(15, 48, 180, 74, stroke=(120, 120, 120), lw=0.3)
    pg.text(20, 56, "Titulaire du compte", 8.5, "sans", GREY)
    pg.text(20, 62, r["holder_print"], 11, "sansb")
    for i, ln in enumerate(r["address_lines"]):
        pg.text(20, 67 + i * 4.6, ln, 9.5, "sans")
    pg.text(120, 56, "Domiciliation", 8.5, "sans", GREY)
    for i, ln in enumerate(r["agency"]):
        pg.text(120, 62 + i * 4.6, ln, 9.5, "sans")
    xs = [20, 45, 70, 115]
    for x, lbl, v in zip(
        xs,
        ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
        [r["bank"], r["branch"], r["account"], r["key"]],
        strict=True,
    ):
        pg.text(x, 88, lbl, 8, "sans", GREY)
        pg.text(x, 94, v, 10.5, "mono")
    pg.text(20, 105, "IBAN (International Bank Account Number)", 8, "sans", GREY)
    pg.text(20, 111, spaced(r["iban"]), 11.5, "monob")
    pg.text(140, 105, "BIC (Bank Identifier Code)", 8, "sans", GREY)
    pg.text(140, 111, r["bic"], 11.5, "monob")
    para(
        pg,
        15,
        132,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements...). Son utilisation vous garantit le bon enregistrement de ces "
        "opérations.",
        8,
        "sans",
        180,
        color=GREY,
    )
    return doc.finish()


def bourso_screen(r, rng):
    doc = Doc("img", (1170 / 4.6, 2532 / 4.6), int(25.4 * 4.6))
    pg = doc.page(bg=(246, 247, 251))
    W = 1170 / 4.6
    pg.text(8, 8.5, "09:41", 8, "sansb")
    pg.text(W - 8, 8.5, "5G  87 %", 7, "sansb", align="r")
    pg.rect(0, 14, W, 22, stroke=None, fill=(0, 46, 125))
    pg.text(10, 28, "<", 12, "sansb", (255, 255, 255))
    pg.text(W / 2, 28, "RIB / IBAN", 10, "robotob", (255, 255, 255), "c")
    pg.rect(8, 44, W - 16, 168, stroke=None, fill=(255, 255, 255))
    pg.text(14, 55, "BoursoBank", 11, "robotob", (0, 46, 125))
    pg.circle(W - 20, 52, 5, stroke=None, fill=(255, 0, 120))
    rows = [
        ("Titulaire", r["holder_print"]),
        ("IBAN", spaced(r["iban"])),
        ("BIC", r["bic"]),
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
        ("Domiciliation", "BoursoBank - 44 rue Traversière - 92100 Boulogne-Billancourt"),
    ]
    y = 70
    for lbl, v in rows:
        pg.text(14, y, lbl, 6.5, "roboto", (110, 115, 130))
        y = para(pg, 14, y + 6, v, 8.3, "robotom", W - 30, 1.3) + 6
    pg.rect(8, 222, (W - 24) / 2, 16, stroke=None, fill=(0, 46, 125))
    pg.text(8 + (W - 24) / 4, 232, "Copier l'IBAN", 7.5, "robotob", (255, 255, 255), "c")
    pg.rect(16 + (W - 24) / 2, 222, (W - 24) / 2, 16, stroke=(0, 46, 125), fill=None, lw=0.6)
    pg.text(W - 8 - (W - 24) / 4, 232, "Partager le RIB", 7.5, "robotob", (0, 46, 125), "c")
    pg.text(W / 2, 252, "Compte : " + r["label"], 7, "roboto", (110, 115, 130), "c")
    pg.rect(0, 2532 / 4.6 - 22, W, 22, stroke=None, fill=(255, 255, 255))
    for i, t in enumerate(["Accueil", "Comptes", "Paiements", "Bourse", "Plus"]):
        pg.text(W * (i + 0.5) / 5, 2532 / 4.6 - 9, t, 6, "roboto", (90, 95, 110), "c")
    return doc.finish()[0]


# ------------------------------------------------------------------ employment
def contract(c, rng, kind, path=None):
    doc = Doc(kind, (210, 297), 200, path, "Contrat de travail")
    font, fb = c.get("font", ("lato", "latob"))
    pg = doc.page()
    pg.text(105, 24, c["title"], 14, fb, align="c")
    y = para(pg, 20, 38, "Entre les soussignés :", 10, fb, 170)
    y = para(pg, 20, y + 2, c["employer_line"], 10, font, 170, 1.4)
    y = para(pg, 20, y + 3, "ci-après dénommée « l'Employeur », d'une part, et", 10, font, 170)
    y = para(pg, 20, y + 2, c["employee_line"], 10, font, 170, 1.4)
    y = para(
        pg, 20, y + 3, "ci-après dénommé(e) « le/la Salarié(e) », d'autre part,", 10, font, 170
    )
    y = para(pg, 20, y + 2, "Il a été convenu ce qui suit :", 10, fb, 170) + 3
    for t, body in c["articles"]:
        pg.text(20, y, t, 10, fb)
        y = para(pg, 20, y + 5.5, body, 9.5, font, 170, 1.4) + 4
        if y > 250:
            pg.text(105, 290, "Page 1/2", 8, font, GREY, "c")
            pg = doc.page()
            y = 25
    pg.text(
        20,
        y + 8,
        "Fait à %s, le %s, en deux exemplaires." % (c["place"], fr(c["signed_on"])),
        10,
        font,
    )
    pg.text(25, y + 20, "Pour l'Employeur", 10, fb)
    pg.text(25, y + 25, c["signatory"], 9, font)
    signature(pg, 25, y + 28, 45, 14, rng, c["signatory"], INK_BLUE, 0.45)
    pg.text(125, y + 20, "Le/la Salarié(e)", 10, fb)
    pg.text(125, y + 25, "« Lu et approuvé »", 9, font)
    signature(pg, 125, y + 28, 45, 14, rng, c["employee_line"], (20, 20, 70), 0.45)
    if len(doc.pages) > 1:
        pg.text(105, 290, "Page 2/2", 8, font, GREY, "c")
    return doc.finish()


def payslip(p, rng, kind, path=None):
    doc = Doc(kind, (210, 297), 200, path, "Bulletin de paie")
    pg = doc.page()
    font, fb = p.get("font", ("sans", "sansb"))
    pg.rect(15, 12, 85, 34, stroke=GREY, lw=0.3)
    pg.text(18, 19, p["employer"], 10.5, fb)
    for i, ln in enumerate(p["employer_lines"]):
        pg.text(18, 24 + i * 4.3, ln, 8.5, font)
    pg.text(105, 19, "BULLETIN DE PAIE", 14, fb)
    pg.text(105, 25, "Période du %s au %s" % (fr(p["start"]), fr(p["end"])), 9, font)
    pg.text(105, 30, "Paiement le " + fr(p["paid"]) + " par virement", 9, font)
    pg.rect(110, 34, 85, 28, stroke=GREY, lw=0.3)
    pg.text(113, 41, p["employee_print"], 10.5, fb)
    for i, ln in enumerate(p["employee_lines"]):
        pg.text(113, 46 + i * 4.3, ln, 9, font)
    info = [
        ("Emploi", p["job"]),
        ("Statut", p["status"]),
        ("Entrée le", fr(p["hired"])),
        ("N° SS", "en cours"),
        ("Convention", p["ccn"]),
    ]
    for i, (a, v) in enumerate(info):
        pg.text(18, 54 + i * 4.5, a + " : " + v, 8, font)
    y = 86
    pg.rect(15, y - 6, 180, 7, stroke=None, fill=(225, 230, 238))
    for x, h in ((17, "Rubrique"), (120, "Base"), (150, "Taux"), (193, "Montant")):
        pg.text(x, y - 1.2, h, 8.5, fb, align="r" if x > 190 else "l")
    y += 5
    for lbl, base, rate, amt in p["lines"]:
        bold = lbl.isupper()
        pg.text(17, y, lbl, 8.3, fb if bold else font)
        pg.text(120, y, base, 8.3, font)
        pg.text(150, y, rate, 8.3, font)
        pg.text(193, y, amt, 8.3, fb if bold else font, align="r")
        y += 5.4
    y += 4
    pg.rect(110, y, 85, 14, stroke=None, fill=(30, 60, 120))
    pg.text(114, y + 9, "NET PAYÉ", 11, fb, (255, 255, 255))
    pg.text(191, y + 9, p["net_fr"] + " €", 12, fb, (255, 255, 255), "r")
    pg.text(15, y + 8, "Net à payer avant impôt : " + p["net_before"] + " €", 8.5, font)
    pg.text(
        15,
        280,
        "SIRET : " + p["siret"] + "   Code NAF : " + p["naf"] + "   URSSAF : " + p["urssaf"],
        7.5,
        font,
        GREY,
    )
    pg.text(
        15,
        285,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée.",
        7,
        font,
        GREY,
    )
    return doc.finish()
