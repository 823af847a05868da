"""French documents: bills, lease, hosting attestation, payslip, contract, RIB, app screen."""

from __future__ import annotations

from PIL import Image, ImageDraw

from checkdigits import fr_date, fr_words, group4
from render import Page, pil_font


def bill(b: dict) -> Page:
    pg = Page()
    c = b["color"]
    pg.rect(0, 0, 210, 24, 0, None, c)
    pg.text(14, 16, b["brand"], "sansb", 20, (255, 255, 255))
    pg.text(196, 11, "Facture n° " + b["invoice"], "sansb", 9, (255, 255, 255), "r")
    pg.text(196, 17, "du " + fr_date(b["issue"]), "sans", 9, (255, 255, 255), "r")
    pg.text(14, 34, "Votre espace client : " + b["site"], "sans", 8)
    pg.text(14, 39, "N° client : " + b["client"], "sans", 8)
    pg.text(118, 42, b["holder"], "sansb", 10)
    for i, ln in enumerate(b["address"]):
        pg.text(118, 47 + i * 4.8, ln, "sans", 10)
    pg.text(14, 70, "Votre facture " + b["service_label"], "sansb", 13, c)
    pg.text(14, 77, f"Période du {fr_date(b['start'])} au {fr_date(b['end'])}", "sans", 9.5)
    pg.rect(14, 84, 182, 22, 0, None, (242, 242, 246))
    pg.text(18, 93, "Montant total TTC", "sansb", 11)
    pg.text(192, 95, b["amount"].replace(".", ",") + " €", "sansb", 18, c, "r")
    pg.text(18, 101, "Prélevé le " + fr_date(b["debit"]) + " sur votre compte", "sans", 8.5)
    y = 118
    pg.text(14, y, "Détail de votre facture", "sansb", 10.5)
    y += 7
    for lab, amt in b["lines"]:
        pg.text(16, y, lab, "sans", 9)
        pg.text(192, y, amt.replace(".", ",") + " €", "sans", 9, (0, 0, 0), "r")
        pg.line(14, y + 2, 196, y + 2, 0.15, (200, 200, 200))
        y += 7
    pg.text(16, y + 3, "Total TTC (dont TVA 20 %)", "sansb", 9.5)
    pg.text(192, y + 3, b["amount"].replace(".", ",") + " €", "sansb", 9.5, (0, 0, 0), "r")
    pg.text(14, 278, b["legal"], "sans", 6.5, (90, 90, 90))
    pg.text(196, 288, "1/1", "sans", 7, (90, 90, 90), "r")
    return pg


def lease(le: dict) -> list[Page]:
    p1 = Page(bg=le.get("paper", (255, 255, 255)))
    f, fb = le.get("font", "serif"), le.get("fontb", "serifb")
    p1.text(105, 20, "CONTRAT DE LOCATION", fb, 15, (0, 0, 0), "m")
    p1.text(105, 27, le["kind"], f, 10.5, (0, 0, 0), "m")
    p1.para(
        20,
        34,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs - Décret n° 2015-587 du 29 mai 2015 relatif aux contrats "
        "types de location de logement à usage de résidence principale)",
        170,
        f,
        8,
    )
    y = 50
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y = p1.para(20, y + 7, "Le présent contrat est conclu entre les soussignés :", 170, f, 10)
    y = p1.para(
        20, y + 2, le["landlord_text"] + ", désigné(e) ci-après « le bailleur » ;", 170, f, 10
    )
    y = p1.para(
        20, y + 2, "et " + le["tenant_text"] + ", désigné(e) ci-après « le locataire ».", 170, f, 10
    )
    y += 4
    p1.text(20, y, "II. OBJET DU CONTRAT", fb, 11)
    y = p1.para(
        20,
        y + 7,
        "Le présent contrat a pour objet la location d'un logement ainsi "
        "déterminé : " + le["address_text"] + ". " + le["desc"],
        170,
        f,
        10,
    )
    y += 4
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y = p1.para(
        20,
        y + 7,
        f"A. Date de prise d'effet du contrat : {fr_date(le['start'])}. "
        f"B. Durée du contrat : {le['duration']}. À défaut de congé, le contrat est "
        "reconduit tacitement.",
        170,
        f,
        10,
    )
    y += 4
    p1.text(20, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y = p1.para(
        20,
        y + 7,
        f"Loyer mensuel hors charges : {le['rent']} €. Provision sur "
        f"charges : {le['charges']} €. Paiement mensuel, à terme échu, le 5 de chaque "
        f"mois. Dépôt de garantie : {le['deposit']} €.",
        170,
        f,
        10,
    )
    p1.text(190, 287, "1/2", f, 8, (0, 0, 0), "r")
    p2 = Page(bg=p1.bg)
    y = p2.para(
        20,
        22,
        "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE DE SOLIDARITÉ - VIII. "
        "CLAUSE RÉSOLUTOIRE : conformément aux dispositions du contrat type. Annexes "
        "remises au locataire : dossier de diagnostic technique (DPE classe "
        f"{le['dpe']}, CREP, ERP), état des lieux d'entrée, notice d'information.",
        170,
        f,
        10,
    )
    p2.text(
        20,
        y + 10,
        f"Fait à {le['city']}, le {fr_date(le['signed'])}, en deux exemplaires originaux.",
        f,
        10,
    )
    p2.text(40, y + 24, "Le bailleur", fb, 10)
    p2.text(40, y + 29, "« Lu et approuvé »", "serifi", 9)
    p2.sig(30, y + 32, 50, 16, le["seed"], (20, 20, 90))
    p2.text(130, y + 24, "Le(s) locataire(s)", fb, 10)
    p2.hand(130, y + 31, "Lu et approuvé", le["seed"] + 3, "cursive", 11)
    p2.sig(125, y + 34, 50, 16, le["seed"] + 1, (25, 35, 120))
    p2.text(190, 287, "2/2", f, 8, (0, 0, 0), "r")
    return [p1, p2]


def attestation_hand(a: dict) -> Page:
    pg = Page(bg=(250, 250, 252))
    for i in range(30):
        pg.line(0, 40 + i * 8.5, 210, 40 + i * 8.5, 0.15, (170, 195, 225))
    pg.line(30, 0, 30, 297, 0.2, (225, 150, 150))
    s, font, ink = a["seed"], a["font"], (25, 30, 110)
    pg.hand(60, 30, "Attestation d'hébergement", s, font, 18, ink)
    y = 56.5
    for k, ln in enumerate(a["lines"]):
        pg.hand(33, y, ln, s + k + 1, font, 17, ink)
        y += 8.5
    pg.hand(110, y + 8.5, f"Fait à {a['city']}, le {a['signed_text']}", s + 90, font, 17, ink)
    pg.sig(125, y + 14, 50, 18, s + 91, ink)
    return pg


def payslip(p: dict) -> Page:
    pg = Page()
    pg.rect(12, 10, 186, 14, 0, None, (235, 240, 245))
    pg.text(16, 19.5, "BULLETIN DE PAIE", "latob", 14)
    pg.text(
        194,
        16,
        f"Période du {fr_date(p['start'])} au {fr_date(p['end'])}",
        "lato",
        8.5,
        (0, 0, 0),
        "r",
    )
    pg.text(
        194, 21, "Paiement le " + fr_date(p["paid"]) + " par virement", "lato", 8.5, (0, 0, 0), "r"
    )
    y = 32
    for ln in [
        p["employer"],
        *p["emp_addr"],
        "SIRET : " + p["siret"],
        "Code NAF : " + p["naf"],
        "Convention collective : " + p["ccn"],
    ]:
        pg.text(14, y, ln, "latob" if ln == p["employer"] else "lato", 8.5)
        y += 4.6
    y = 32
    for ln in [
        p["employee"],
        *p["addr"],
        "Emploi : " + p["job"],
        "Entrée le " + fr_date(p["hired"]),
        "Statut : non-cadre  -  Coefficient 230",
    ]:
        pg.text(118, y, ln, "latob" if ln == p["employee"] else "lato", 8.5)
        y += 4.6
    y = 72
    pg.rect(12, y, 186, 7, 0, None, (60, 80, 110))
    for x, t in ((14, "Éléments de paie"), (110, "Base"), (140, "Taux"), (192, "Montant")):
        pg.text(x, y + 5, t, "latob", 8.5, (255, 255, 255), "r" if x > 150 else "l")
    y += 12
    for lab, base, rate, amt in p["rows"]:
        bold = lab.isupper()
        pg.text(14, y, lab, "latob" if bold else "lato", 8.5)
        pg.text(110, y, base, "lato", 8.5)
        pg.text(140, y, rate, "lato", 8.5)
        pg.text(192, y, amt, "latob" if bold else "lato", 8.5, (0, 0, 0), "r")
        y += 6.2
    y += 4
    pg.rect(12, y, 186, 16, 0, None, (225, 238, 228))
    pg.text(16, y + 10, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "latob", 10)
    pg.text(192, y + 10, p["net_before"] + " €", "latob", 10, (0, 0, 0), "r")
    y += 22
    pg.text(
        16,
        y,
        f"Impôt sur le revenu prélevé à la source (taux personnalisé {p['pas_rate']})",
        "lato",
        8.5,
    )
    pg.text(192, y, "-" + p["pas"] + " €", "lato", 8.5, (0, 0, 0), "r")
    y += 8
    pg.rect(12, y, 186, 12, 0.5, (0, 120, 60))
    pg.text(16, y + 8, "NET PAYÉ", "latob", 12, (0, 120, 60))
    pg.text(192, y + 8, p["net"] + " €", "latob", 13, (0, 120, 60), "r")
    pg.text(
        14,
        280,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
        "lato",
        7,
        (80, 80, 80),
    )
    return pg


def contract(c: dict) -> list[Page]:
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "openb", 13, (0, 0, 0), "m")
    y = p1.para(
        20,
        36,
        "Entre les soussignés : " + c["employer_text"] + ", ci-après "
        "dénommée « la Société », d'une part,",
        170,
        "open",
        9.5,
        1.45,
    )
    y = p1.para(
        20,
        y + 3,
        "et " + c["employee_text"] + ", ci-après dénommé(e) « le Salarié », d'autre part,",
        170,
        "open",
        9.5,
        1.45,
    )
    y = p1.para(20, y + 3, "il a été convenu ce qui suit.", 170, "open", 9.5)
    for title, body in c["articles"]:
        y += 4
        p1.text(20, y, title, "openb", 10)
        y = p1.para(20, y + 6, body, 170, "open", 9.5, 1.45)
    p1.text(105, 287, "Paraphes :        /", "open", 8, (0, 0, 0), "m")
    p2 = Page()
    y = 24
    for title, body in c["articles2"]:
        p2.text(20, y, title, "openb", 10)
        y = p2.para(20, y + 6, body, 170, "open", 9.5, 1.45) + 4
    p2.text(
        20,
        y + 6,
        f"Fait en deux exemplaires à {c['city']}, le {fr_date(c['signed'])}.",
        "open",
        9.5,
    )
    p2.text(30, y + 20, "Pour la Société", "openb", 9.5)
    p2.text(30, y + 25, c["signatory"], "open", 9)
    p2.sig(28, y + 28, 50, 16, c["seed"], (10, 10, 60))
    p2.text(125, y + 20, "Le Salarié", "openb", 9.5)
    p2.text(125, y + 25, "« Lu et approuvé, bon pour accord »", "open", 8.5)
    p2.sig(123, y + 28, 50, 16, c["seed"] + 1, (25, 35, 120))
    return [p1, p2]


def rib(r: dict) -> Page:
    """A RIB sheet: bank header, holder, domiciliation, RIB table, IBAN, BIC."""
    pg = Page(210, 148 if r.get("half") else 297)
    c = r["color"]
    f, fb = r.get("font", "sans"), r.get("fontb", "sansb")
    pg.rect(14, 12, 10, 10, 0, None, c)
    pg.text(27, 20, r["bank"], fb, 15, c)
    pg.text(196, 20, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 11, (0, 0, 0), "r")
    pg.text(14, 34, "Titulaire du compte / Account holder", f, 8, (90, 90, 90))
    pg.text(14, 40, r["holder"], fb, 11)
    for i, ln in enumerate(r["holder_addr"]):
        pg.text(14, 45 + i * 4.8, ln, f, 9.5)
    pg.text(118, 34, "Domiciliation", f, 8, (90, 90, 90))
    for i, ln in enumerate(r["agency"]):
        pg.text(118, 40 + i * 4.8, ln, fb if i == 0 else f, 9.5)
    y = 66
    cols = [
        ("Code banque", r["bank_code"], 14),
        ("Code guichet", r["branch"], 50),
        ("N° de compte", r["account"], 86),
        ("Clé RIB", r["key"], 140),
    ]
    pg.rect(12, y - 6, 186, 17, 0.3, (120, 120, 120))
    for lab, val, x in cols:
        pg.text(x, y, lab, f, 8, (90, 90, 90))
        pg.text(x, y + 7, val, "mono", 11)
    y += 22
    pg.text(14, y, "IBAN (International Bank Account Number)", f, 8, (90, 90, 90))
    pg.text(14, y + 7, group4(r["iban"]), "mono", 12.5)
    pg.text(140, y, "BIC (Bank Identifier Code)", f, 8, (90, 90, 90))
    pg.text(140, y + 7, r["bic"], "mono", 12.5)
    pg.para(
        14,
        y + 20,
        "Ce relevé est destiné à être remis, sur leur demande, à vos "
        "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
        "(virements, prélèvements, paiement de quittances...).",
        182,
        f,
        7.5,
    )
    return pg


def bourso_screenshot(s: dict) -> Image.Image:
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (246, 247, 251))
    d = ImageDraw.Draw(im)

    def F(n, b=False):
        return pil_font("openb" if b else "open", n)

    d.text((70, 60), s["clock"], font=F(44, True), fill=(0, 0, 0))
    d.text((1000, 60), "5G", font=F(38, True), fill=(0, 0, 0))
    d.rectangle([1060, 68, 1120, 98], outline=(0, 0, 0), width=3)
    d.rectangle([1064, 72, 1104, 94], fill=(0, 0, 0))
    d.rectangle([0, 140, W, 330], fill=(17, 21, 62))
    d.text((60, 200), "‹", font=F(80), fill=(255, 255, 255))
    d.text(
        (W // 2, 240),
        "Mes coordonnées bancaires",
        font=F(50, True),
        fill=(255, 255, 255),
        anchor="mm",
    )
    y = 400
    d.rounded_rectangle([50, y, W - 50, y + 1320], 36, fill=(255, 255, 255))
    d.text((100, y + 60), "Compte", font=F(38), fill=(110, 110, 130))
    d.text((100, y + 110), s["account_name"], font=F(48, True), fill=(17, 21, 62))
    items = [
        ("Titulaire", s["holder"]),
        ("IBAN", group4(s["iban"])),
        ("BIC", s["bic"]),
        ("Code banque", s["bank_code"]),
        ("Code guichet", s["branch"]),
        ("N° de compte", s["account"]),
        ("Clé RIB", s["key"]),
        ("Domiciliation", "BoursoBank - 44 rue Traversière, 92100 Boulogne-Billancourt"),
    ]
    y += 220
    for lab, val in items:
        d.text((100, y), lab, font=F(36), fill=(110, 110, 130))
        fnt = F(38 if len(val) > 34 else 46, True)
        d.text((100, y + 50), val, font=fnt, fill=(20, 20, 30))
        d.line([100, y + 125, W - 100, y + 125], fill=(230, 230, 236), width=2)
        y += 135
    y = 1800
    for lab in ("Partager mon RIB", "Télécharger le RIB (PDF)"):
        d.rounded_rectangle([90, y, W - 90, y + 130], 65, fill=(0, 112, 255))
        d.text((W // 2, y + 65), lab, font=F(44, True), fill=(255, 255, 255), anchor="mm")
        y += 170
    d.text(
        (W // 2, 2200), "BoursoBank, banque en ligne", font=F(34), fill=(140, 140, 150), anchor="mm"
    )
    d.rounded_rectangle([W // 2 - 200, 2480, W // 2 + 200, 2494], 7, fill=(0, 0, 0))
    return im


def fr_words_cap(iso):
    return fr_words(iso)
