"""Bills, RIBs, payslips and employment contracts."""

from __future__ import annotations

import random

from common import Page, fr_date, iban_groups, money, signature, stamp

GREY = (90, 90, 90)


def _addr_block(p: Page, x, y, lines, font="sans", size=9.5):
    for ln in lines:
        p.text(x, y, ln, font, size)
        y += size * 0.3528 * 1.45
    return y


def bill_orange(d: dict) -> Page:
    """Orange internet (Livebox) monthly bill."""
    p = Page(210, 297)
    p.rect(15, 12, 20, 20, None, (255, 121, 0))
    p.text(17, 29.5, "orange", "sansb", 8, (255, 255, 255))
    p.text(40, 20, "Facture", "sansb", 18)
    p.text(40, 27, "du " + fr_date(d["issue"]), "sans", 10)
    y = 42
    for lab, val in [
        ("N° de facture", d["number"]),
        ("Compte client", d["account"]),
        ("Ligne fixe / Livebox", d["line"]),
    ]:
        p.text(15, y, lab, "sans", 8, GREY)
        p.text(52, y, val, "sansb", 8.5)
        y += 5
    _addr_block(p, 115, 46, d["addr_lines"], "sans", 10)
    p.rect(15, 80, 180, 22, None, (245, 245, 245))
    p.text(20, 89, "Montant total de votre facture", "sansb", 11)
    p.text(190, 90, money(d["amount"]) + " €", "sansb", 18, (255, 121, 0), "r")
    p.text(
        20,
        97,
        "Il sera prélevé sur votre compte à partir du " + fr_date(d["debit"]) + ".",
        "sans",
        8.5,
    )
    p.text(
        15,
        114,
        "Période de facturation : du " + fr_date(d["start"]) + " au " + fr_date(d["end"]),
        "sansb",
        9.5,
    )
    y = 126
    p.text(15, y, "Détail de votre facture", "sansb", 11)
    y += 4
    p.line(15, y, 195, y, (255, 121, 0), 0.6)
    y += 7
    ht = round(d["amount"] / 1.2, 2)
    for lab, val in [
        ("Offre Livebox Fibre – abonnement mensuel", money(d["amount"] - 3.0)),
        ("Option TV – décodeur", "3,00"),
        ("Communications vers fixes et mobiles (incluses)", "0,00"),
        ("Total hors taxes", money(ht)),
        ("TVA 20 %", money(d["amount"] - ht)),
        ("Total TTC", money(d["amount"])),
    ]:
        p.text(18, y, lab, "sans", 9)
        p.text(192, y, val + " €", "sans", 9, anchor="r")
        y += 6.5
    p.para(
        15,
        270,
        180,
        "Orange SA au capital de 10 640 226 396 € – 111 quai du Président "
        "Roosevelt 92130 Issy-les-Moulineaux – 380 129 866 RCS Nanterre. Service client : 3900 "
        "(service gratuit + prix appel). Facture consultable dans votre Espace client.",
        "sans",
        7,
        3.4,
        GREY,
    )
    return p


def bill_engie(d: dict) -> Page:
    """ENGIE electricity bill (monthly invoice on real reading)."""
    p = Page(210, 297)
    p.text(15, 22, "ENGIE", "sansb", 22, (0, 170, 255))
    p.text(15, 29, "Votre facture d'électricité", "sans", 10)
    p.text(195, 18, "Facture du " + fr_date(d["issue"]), "sansb", 10, anchor="r")
    p.text(195, 23.5, "N° " + d["number"], "sans", 8.5, anchor="r")
    p.text(195, 28.5, "Réf. client " + d["account"], "sans", 8.5, anchor="r")
    p.text(15, 44, "Titulaire du contrat", "sans", 8, GREY)
    y = _addr_block(p, 15, 49, d["holder"], "sansb", 9)
    p.text(15, y + 1.5, "Adresse de consommation", "sans", 8, GREY)
    _addr_block(p, 15, y + 6.5, d["site_lines"], "sans", 9)
    _addr_block(p, 115, 46, d["addr_lines"], "sans", 10)
    p.rect(15, 82, 180, 26, None, (230, 246, 255))
    p.text(20, 91, "Montant TTC à payer", "sansb", 11)
    p.text(190, 93, money(d["amount"]) + " €", "sansb", 19, (0, 110, 190), "r")
    p.text(20, 102, "Prélèvement automatique le " + fr_date(d["debit"]), "sans", 9)
    y = 122
    p.text(15, y, "Électricité – offre Elec Référence 1 an – option Base 6 kVA", "sansb", 10)
    y += 7
    p.text(15, y, "Point de livraison (PDL) : " + d["pdl"], "sans", 9)
    y += 6
    p.text(
        15,
        y,
        "Consommation réelle du "
        + fr_date(d["start"])
        + " au "
        + fr_date(d["end"])
        + " : "
        + str(d["kwh"])
        + " kWh",
        "sans",
        9,
    )
    y += 10
    p.line(15, y, 195, y, (0, 170, 255), 0.5)
    y += 7
    ht = round(d["amount"] / 1.2, 2)
    for lab, val in [
        ("Abonnement (1 mois)", money(14.56)),
        ("Consommation " + str(d["kwh"]) + " kWh", money(ht - 14.56 - 4.10)),
        ("Taxes et contributions (accise, CTA)", money(4.10)),
        ("Total HT", money(ht)),
        ("TVA", money(d["amount"] - ht)),
        ("Total TTC", money(d["amount"])),
    ]:
        p.text(18, y, lab, "sans", 9)
        p.text(192, y, val + " €", "sans", 9, anchor="r")
        y += 6.5
    p.para(
        15,
        270,
        180,
        "ENGIE – SA au capital de 2 435 285 011 € – RCS Nanterre 542 107 651 – "
        "1 place Samuel de Champlain 92400 Courbevoie. Service client 09 69 324 324 (appel non "
        "surtaxé). En cas de litige : médiateur national de l'énergie.",
        "sans",
        7,
        3.4,
        GREY,
    )
    return p


def bill_eau(d: dict) -> Page:
    """Eau de Paris water bill."""
    p = Page(210, 297, (255, 255, 255))
    p.ellipse(15, 12, 14, 14, None, (0, 120, 200))
    p.text(33, 21, "eau de Paris", "robb", 16, (0, 100, 180))
    p.text(195, 18, "FACTURE D'EAU", "robb", 12, anchor="r")
    p.text(195, 24, "du " + fr_date(d["issue"]), "rob", 9.5, anchor="r")
    _addr_block(p, 115, 45, d["addr_lines"], "rob", 10)
    y = 45
    for lab, val in [
        ("Abonné", d["holder"]),
        ("N° d'abonné", d["account"]),
        ("N° de facture", d["number"]),
        ("Compteur", d["meter"]),
    ]:
        p.text(15, y, lab, "rob", 8, GREY)
        p.text(15, y + 4.5, val, "robm", 9)
        y += 10.5
    p.text(15, 94, "Adresse de consommation : " + d["site"], "rob", 9)
    p.text(
        15,
        101,
        "Période de consommation : du " + fr_date(d["start"]) + " au " + fr_date(d["end"]),
        "robm",
        9.5,
    )
    p.rect(15, 108, 180, 20, None, (225, 240, 250))
    p.text(20, 120, "Total à payer", "robb", 11)
    p.text(190, 121, money(d["amount"]) + " €", "robb", 17, (0, 100, 180), "r")
    y = 142
    for lab, val in [
        ("Volume consommé (index relevé)", str(d["m3"]) + " m³"),
        ("Distribution de l'eau potable", money(d["amount"] * 0.38)),
        ("Collecte et traitement des eaux usées", money(d["amount"] * 0.44)),
        ("Organismes publics (Agence de l'eau, VNF)", money(d["amount"] * 0.127)),
        ("TVA 5,5 %", money(d["amount"] * 0.053)),
    ]:
        p.text(18, y, lab, "rob", 9)
        p.text(192, y, val, "rob", 9, anchor="r")
        y += 7
    p.para(
        15,
        272,
        180,
        "Eau de Paris – régie de la Ville de Paris – 19 rue Neuve Tolbiac 75214 "
        "Paris cedex 13 – Service clients 0 974 506 507 (appel non surtaxé).",
        "rob",
        7,
        3.4,
        GREY,
    )
    return p


def screen_sfr(d: dict) -> Page:
    """SFR & Moi app: a bill screen (1170 x 2532 px at 254 dpi)."""
    p = Page(117, 253.2, (244, 244, 246))
    p.text(8, 9, "09:41", "robm", 9)
    p.text(109, 9, "5G  87 %", "robm", 8, anchor="r")
    p.rect(0, 14, 117, 22, None, (226, 0, 26))
    p.text(58.5, 28, "SFR & Moi", "robb", 13, (255, 255, 255), "c")
    p.text(8, 49, "Ma facture", "robb", 16)
    p.rect(6, 56, 105, 100, None, (255, 255, 255))
    y = 67
    for lab, val, big in [
        ("Facture de", d["month_txt"], True),
        ("Émise le", fr_date(d["issue"]), False),
        ("Période", "du " + fr_date(d["start"]) + " au " + fr_date(d["end"]), False),
        ("Titulaire", d["holder"], False),
        ("Offre", "SFR Fibre Power – Box 8", False),
    ]:
        p.text(11, y, lab, "rob", 8, GREY)
        p.text(11, y + 6.2, val, "robb" if big else "robm", 11 if big else 8.6)
        y += 13.5
    p.text(11, y, "Adresse d'installation", "rob", 8, GREY)
    for ln in d["addr_lines"]:
        y += 5.2
        p.text(11, y, ln, "robm", 8.6)
    assert y < 154, y
    p.rect(6, 162, 105, 26, None, (255, 255, 255))
    p.text(11, 172, "Montant", "rob", 9, GREY)
    p.text(106, 180, money(d["amount"]) + " €", "robb", 17, anchor="r")
    p.text(11, 183, "Prélevée le " + fr_date(d["debit"]), "rob", 8)
    p.rect(14, 198, 89, 13, None, (226, 0, 26))
    p.text(58.5, 206.5, "Télécharger la facture (PDF)", "robm", 9.5, (255, 255, 255), "c")
    p.text(58.5, 224, "Voir le détail des consommations", "robm", 9, (226, 0, 26), "c")
    p.rect(0, 234, 117, 19.2, None, (255, 255, 255))
    for i, t in enumerate(["Accueil", "Conso", "Factures", "Assistance"]):
        p.text(14.6 + i * 29.2, 246, t, "rob", 7.2, (226, 0, 26) if i == 2 else GREY, "c")
    return p


def rib_table(p: Page, x, y, r: dict, font="sans", hdr=(235, 235, 235)):
    cols = [
        ("Code banque", r["bank"], 30),
        ("Code guichet", r["branch"], 30),
        ("N° de compte", r["account"], 48),
        ("Clé RIB", r["key"], 20),
    ]
    cx = x
    for lab, val, w in cols:
        p.rect(cx, y, w, 6.5, (80, 80, 80), hdr, 0.25)
        p.rect(cx, y + 6.5, w, 8, (80, 80, 80), None, 0.25)
        p.text(cx + w / 2, y + 4.6, lab, font, 7.5, anchor="c")
        p.text(
            cx + w / 2,
            y + 12.2,
            val,
            font + "b" if font in ("sans", "carl") else font,
            9.5,
            anchor="c",
        )
        cx += w
    return y + 14.5


def rib_lbp(r: dict) -> Page:
    """La Banque Postale RIB (two identical copies on one page, text PDF)."""
    p = Page(210, 297)
    for k in range(2):
        y0 = 15 + k * 125
        p.rect(15, y0, 11, 11, None, (0, 40, 120))
        p.text(29, y0 + 5, "LA BANQUE POSTALE", "sansb", 11, (0, 40, 120))
        p.text(29, y0 + 9.8, "Relevé d'identité bancaire", "sans", 9)
        p.para(
            15,
            y0 + 20,
            180,
            "Ce relevé est destiné à être remis, sur leur demande, à vos "
            "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
            "(virements, prélèvements, paiement de quittances, etc.).",
            "sans",
            7.5,
            3.6,
            GREY,
        )
        y = y0 + 34
        p.text(15, y, "Titulaire du compte", "sans", 8, GREY)
        y = _addr_block(p, 15, y + 5, r["holder_lines"], "sansb", 9.5)
        p.text(120, y0 + 34, "Domiciliation", "sans", 8, GREY)
        _addr_block(p, 120, y0 + 39, r["dom_lines"], "sans", 9)
        y = rib_table(p, 15, y + 4, r)
        p.text(15, y + 8, "IBAN", "sans", 8, GREY)
        p.text(30, y + 8, iban_groups(r["iban"]), "monob", 10.5)
        p.text(15, y + 15, "BIC", "sans", 8, GREY)
        p.text(30, y + 15, r["bic"], "monob", 10.5)
        if k == 0:
            p.line(10, 135, 200, 135, (160, 160, 160), 0.2, free=True)
    return p


def screen_bank_rib(r: dict) -> Page:
    """A banking app's RIB screen (BNP Paribas style), 1170 x 2532 px."""
    p = Page(117, 253.2, (255, 255, 255))
    p.text(8, 9, "10:27", "robm", 9)
    p.text(109, 9, "4G  64 %", "robm", 8, anchor="r")
    p.text(8, 24, "‹", "robb", 16, (0, 133, 90))
    p.text(58.5, 24, "Mes RIB / IBAN", "robb", 11.5, anchor="c")
    p.rect(0, 31, 117, 30, None, (0, 133, 90))
    p.text(8, 43, "BNP PARIBAS", "robb", 12, (255, 255, 255))
    p.text(8, 52, "Compte de chèques  •••• " + r["account"][-4:], "rob", 9, (255, 255, 255))
    y = 74
    for lab, val in [
        ("Titulaire", r["holder"][0]),
        ("", r["holder"][1]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank"] + "  Guichet " + r["branch"]),
        ("N° de compte", r["account"] + "   Clé " + r["key"]),
        ("Domiciliation", r["dom"]),
    ]:
        if lab:
            p.text(8, y, lab, "rob", 8.5, GREY)
            y += 6.5
        p.text(8, y, val, "robm", 10.5)
        y += 6 if lab == "Titulaire" else 11
    p.rect(8, y + 6, 48, 12, None, (0, 133, 90))
    p.text(32, y + 14, "Partager", "robm", 10, (255, 255, 255), "c")
    p.rect(61, y + 6, 48, 12, (0, 133, 90), None, 0.4)
    p.text(85, y + 14, "Télécharger", "robm", 10, (0, 133, 90), "c")
    return p


def rib_ca(r: dict) -> Page:
    """Crédit Agricole RIB (one copy, to be scanned)."""
    p = Page(210, 297)
    p.rect(15, 15, 180, 95, (0, 110, 100), None, 0.5)
    p.text(20, 25, "Crédit Agricole", "sansb", 13, (0, 110, 100))
    p.text(20, 31, r["caisse"], "sans", 8.5, GREY)
    p.text(190, 25, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 10, anchor="r")
    y = _addr_block(p, 20, 43, ["Titulaire :"] + r["holder_lines"], "sans", 9.5)
    _addr_block(p, 120, 43, ["Domiciliation :"] + r["dom_lines"], "sans", 9)
    y = rib_table(p, 20, y + 3, r, hdr=(220, 238, 234))
    p.text(20, y + 9, "IBAN : " + iban_groups(r["iban"]), "sansb", 10)
    p.text(20, y + 16, "BIC : " + r["bic"], "sansb", 10)
    return p


def rib_word(r: dict) -> Page:
    """A RIB retyped by the applicant in a word processor."""
    p = Page(210, 297)
    p.text(105, 30, "Relevé d'Identité Bancaire", "carlb", 18, anchor="c")
    y = 50
    for lab, val in [
        ("Titulaire du compte", r["holder"]),
        ("Adresse", r["addr"]),
        ("Banque", r["bank_name"]),
        ("Agence", r["agency"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
    ]:
        p.text(20, y, lab + " :", "carl", 11)
        p.text(62, y, val, "carlb", 11)
        y += 10
    y = rib_table(p, 20, y + 4, r, "carl", (240, 240, 240))
    return p


def payslip(d: dict) -> Page:
    """Bulletin de paie clarifié (modèle simplifié), text PDF."""
    p = Page(210, 297)
    p.text(105, 16, "BULLETIN DE PAIE", "sansb", 13, anchor="c")
    p.text(
        105,
        22,
        "Période du " + fr_date(d["start"]) + " au " + fr_date(d["end"]) + "  –  "
        "Paiement le " + fr_date(d["paid"]),
        "sans",
        8.5,
        anchor="c",
    )
    p.rect(12, 28, 90, 38, (120, 120, 120), None, 0.25)
    y = _addr_block(p, 15, 34, [d["employer"]] + d["emp_lines"], "sans", 8.5)
    p.text(15, y + 1, "SIRET : " + d["siret"], "sans", 8)
    p.text(15, y + 5.5, "Code NAF : " + d["naf"] + "   URSSAF : " + d["urssaf"], "sans", 8)
    p.rect(108, 28, 90, 38, (120, 120, 120), None, 0.25)
    _addr_block(p, 111, 34, [d["employee"]] + d["ee_lines"], "sansb", 9)
    y = 73
    for lab, val in [
        ("Emploi", d["job"]),
        ("Contrat", d["contract"]),
        ("Date d'entrée", fr_date(d["entry"])),
        ("Convention collective", d["ccn"]),
        ("N° de sécurité sociale", d.get("nir", "en cours d'immatriculation")),
    ]:
        p.text(15, y, lab, "sans", 8, GREY)
        p.text(60, y, val, "sans", 8.5)
        y += 5
    y += 4
    x = [12, 92, 112, 132, 160, 198]
    p.rect(12, y, 186, 7, (120, 120, 120), (232, 232, 240), 0.25)
    for i, h in enumerate(["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]):
        p.text(x[i] + 2, y + 4.8, h, "sansb", 7.5)
    y += 7
    rows = d["rows"]
    for lab, base, rate, sal, emp in rows:
        y += 5.6
        p.text(14, y, lab, "sans", 7.8)
        for i, v in enumerate([base, rate, sal, emp]):
            if v:
                p.text(x[i + 2] - 2, y, v, "sans", 7.8, anchor="r")
    y += 4
    p.line(12, y, 198, y, (120, 120, 120), 0.25)
    y += 7
    p.text(14, y, "Net à payer avant impôt sur le revenu", "sansb", 9)
    p.text(196, y, money(d["net_before"]) + " €", "sansb", 9, anchor="r")
    y += 6
    p.text(
        14,
        y,
        "Impôt sur le revenu prélevé à la source – taux personnalisé " + d["pas_rate"],
        "sans",
        8.5,
    )
    p.text(196, y, "- " + money(d["net_before"] - d["net"]) + " €", "sans", 8.5, anchor="r")
    y += 5
    p.rect(12, y, 186, 11, None, (225, 235, 250))
    p.text(16, y + 7.3, "NET PAYÉ AU SALARIÉ (virement)", "sansb", 10.5)
    p.text(194, y + 7.5, money(d["net"]) + " €", "sansb", 12, anchor="r")
    p.para(
        12,
        276,
        186,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail www.service-public.fr.",
        "sans",
        7,
        3.4,
        GREY,
    )
    return p


def contract(d: dict, rng: random.Random) -> list[Page]:
    """Employment contract (CDD or CDI), two pages."""
    p = Page(210, 297)
    p.text(105, 22, d["title"], "serifb", 13, anchor="c")
    p.text(105, 29, d["subtitle"], "serifi", 9.5, anchor="c")
    y = 44
    p.text(20, y, "ENTRE LES SOUSSIGNÉS :", "serifb", 10.5)
    y = p.para(20, y + 7, 170, d["employer_par"], "serif", 10.5, 5.2) + 3
    p.text(20, y, "ET :", "serifb", 10.5)
    y = p.para(20, y + 7, 170, d["employee_par"], "serif", 10.5, 5.2) + 3
    p.text(20, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", "serifb", 10.5)
    y += 9
    arts = d["articles"]
    for title, par in arts[:3]:
        p.text(20, y, title, "serifb", 10.5)
        y = p.para(20, y + 6, 170, par, "serif", 10.5, 5.2) + 5
    p.text(105, 287, "1/2", "serif", 8, anchor="c")
    q = Page(210, 297)
    y = 24
    for title, par in arts[3:]:
        q.text(20, y, title, "serifb", 10.5)
        y = q.para(20, y + 6, 170, par, "serif", 10.5, 5.2) + 5
    y += 4
    q.text(
        20,
        y,
        "Fait en deux exemplaires originaux, à " + d["city"] + ", le " + d["signed_txt"] + ".",
        "serif",
        10.5,
    )
    y += 14
    q.text(25, y, "Pour l'employeur", "serifb", 10)
    q.text(120, y, "Le salarié", "serifb", 10)
    q.text(25, y + 5, d["signatory"], "serif", 9)
    q.text(120, y + 5, "« Lu et approuvé »", "serifi", 9)
    signature(q, rng, 25, y + 9, 45, 15, (20, 30, 90))
    signature(q, rng, 120, y + 9, 45, 15, (20, 30, 90))
    stamp(q, 75, y + 24, 11, [d["stamp"], "SIRET " + d["siret"][:9]], (60, 60, 150))
    q.text(105, 287, "2/2", "serif", 8, anchor="c")
    return [p, q]
