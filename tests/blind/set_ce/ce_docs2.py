"""Bills, lease, attestation, payslip, contract, RIB and cerfa form layouts for set_ce."""

from PIL import Image, ImageDraw

from ce_docs import dmy, fr_words
from ce_kit import Page, iban_groups, pil_font


def eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def bill(b, rng):
    """One-month bill; b carries brand, holder, address, items. Returns [Page, Page]."""
    pg = Page()
    col = b["color"]
    f, fb = b["fonts"]
    pg.rect(0, 0, 210, 28, 0, None, col)
    pg.text(15, 17, b["brand"], fb, 22, (255, 255, 255))
    pg.text(195, 12, b["doc_title"], fb, 11, (255, 255, 255), "r")
    pg.text(195, 19, f"N° {b['number']}", f, 8, (255, 255, 255), "r")
    pg.text(15, 38, b["legal"], f, 6.5, (90, 90, 90))
    pg.text(15, 46, f"Date de facture : {dmy(b['issue'])}", f, 9)
    pg.text(15, 51, f"Référence client : {b['client']}", f, 9)
    pg.text(15, 56, f"Période : du {dmy(b['p_start'])} au {dmy(b['p_end'])}", fb, 9)
    pg.text(120, 46, b["holder"], fb, 10.5)
    pg.text(120, 51.5, b["addr1"], f, 10)
    pg.text(120, 57, f"{b['cp']} {b['city'].upper()}", f, 10)
    pg.rect(15, 68, 180, 24, 0, None, tuple(int(v * 0.12 + 224) for v in col))
    pg.text(20, 78, b["total_label"], fb, 12)
    pg.text(190, 78, eur(b["amount"]), fb, 18, col, "r")
    pg.text(20, 86, b["pay_line"], f, 8.5)
    y = 104
    pg.text(15, y, b["detail_title"], fb, 11, col)
    pg.line(15, y + 2, 195, y + 2, 0.5, col)
    y += 9
    pg.text(15, y, b["site_line"], f, 8.5, (60, 60, 60))
    y += 8
    for lab, amt in b["items"]:
        pg.text(18, y, lab, f, 9)
        pg.text(192, y, eur(amt), f, 9, (0, 0, 0), "r")
        pg.line(15, y + 2, 195, y + 2, 0.1, (190, 190, 190))
        y += 7
    ht = round(b["amount"] / 1.2, 2)
    for lab, amt in [
        ("Total HT", ht),
        ("TVA", round(b["amount"] - ht, 2)),
        ("Total TTC", b["amount"]),
    ]:
        pg.text(140, y + 4, lab, fb, 9)
        pg.text(192, y + 4, eur(amt), fb, 9, (0, 0, 0), "r")
        y += 6
    pg.text(15, 270, b["footer"], f, 6, (100, 100, 100))
    pg.text(195, 285, "Page 1/2", f, 7, (100, 100, 100), "r")
    p2 = Page()
    p2.text(15, 20, "Informations utiles", fb, 12, col)
    y = 32
    for s in b["info"]:
        y = p2.para(15, y, s, 180, f, 9, 4.6) + 3
    p2.grid2d(160, 240, 22, rng, 24)
    p2.text(195, 285, "Page 2/2", f, 7, (100, 100, 100), "r")
    return [pg, p2]


def lease(ls, rng):
    """Bail d'habitation (loi du 6 juillet 1989), three pages."""
    f, fb = "serif", "serifb"
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", fb, 15, (0, 0, 0), "c")
    p1.text(105, 29, ls["kind"], "serifi", 10, (0, 0, 0), "c")
    p1.text(
        105,
        34,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les "
        "rapports locatifs)",
        f,
        8,
        (0, 0, 0),
        "c",
    )
    y = 48
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y = p1.para(20, y + 7, "Le présent contrat est conclu entre les soussignés :", 170, f, 10, 5)
    y = p1.para(
        25,
        y + 2,
        f"{ls['landlord']}, {ls['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
        165,
        f,
        10,
        5,
    )
    ten = " et ".join(ls["tenants"])
    y = p1.para(25, y + 2, f"{ten}, désigné(s) ci-après « le(s) locataire(s) ».", 165, fb, 10, 5)
    y += 6
    p1.text(20, y, "II. OBJET DU CONTRAT", fb, 11)
    y = p1.para(
        20,
        y + 7,
        f"Le présent contrat a pour objet la location d'un logement ainsi "
        f"déterminé : {ls['addr1']}, {ls['cp']} {ls['city']}. {ls['desc']}",
        170,
        f,
        10,
        5,
    )
    y += 6
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y = p1.para(
        20, y + 7, f"A. Date de prise d'effet du contrat : {dmy(ls['start'])}", 170, f, 10, 5
    )
    y = p1.para(20, y + 1, f"B. Durée du contrat : {ls['duration']}", 170, f, 10, 5)
    y += 6
    p1.text(20, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y = p1.para(
        20,
        y + 7,
        f"Montant du loyer mensuel : {eur(ls['rent'])} hors charges. "
        f"Provision sur charges : {eur(ls['charges'])}. Paiement mensuel, à terme "
        "échu, le 5 de chaque mois.",
        170,
        f,
        10,
        5,
    )
    p1.text(105, 287, "1/3", f, 8, (0, 0, 0), "c")
    p2 = Page()
    y = 22
    for t, s in ls["clauses"]:
        p2.text(20, y, t, fb, 11)
        y = p2.para(20, y + 7, s, 170, f, 10, 5) + 6
    p2.text(105, 287, "2/3", f, 8, (0, 0, 0), "c")
    p3 = Page()
    p3.text(20, 25, "XI. SIGNATURES", fb, 11)
    p3.text(
        20,
        35,
        f"Fait et signé à {ls['sign_city']}, le {dmy(ls['signed'])}, en "
        f"{len(ls['tenants']) + 1} originaux.",
        f,
        10,
    )
    p3.text(25, 50, "Le bailleur", fb, 10)
    p3.text(25, 55, "« Lu et approuvé »", "serifi", 9)
    p3.signature(25, 60, 50, 18, rng, (20, 20, 20))
    for i, t in enumerate(ls["tenants"]):
        x = 115
        yy = 50 + i * 40
        p3.text(x, yy, f"Le locataire : {t}", fb, 10)
        p3.hand(x, yy + 6, "Lu et approuvé", rng, "h_femke", 11, (25, 35, 120))
        p3.signature(x, yy + 10, 50, 18, rng)
    p3.text(105, 287, "3/3", f, 8, (0, 0, 0), "c")
    return [p1, p2, p3]


def attestation_hand(a, rng):
    """Handwritten attestation d'hébergement on squared school paper."""
    pg = Page(210, 297, (250, 250, 247))
    for yy in range(10, 297, 8):
        pg.line(0, yy, 210, yy, 0.15, (170, 190, 225))
    pg.line(30, 0, 30, 297, 0.3, (225, 120, 130))
    fnt, ink, sz = "h_ecolier", (20, 30, 110), 16
    pg.hand(60, 34, "Attestation d'hébergement", rng, fnt, 20, ink)
    lines = [
        f"Je soussigné {a['host']}, né le {dmy(a['host_dob'])}",
        f"à {a['host_pob']}, demeurant au {a['addr1']},",
        f"{a['cp']} {a['city']}, atteste sur l'honneur héberger",
        f"à mon domicile mon épouse, {a['hosted']},",
        f"née le {dmy(a['hosted_dob'])} à {a['hosted_pob']},",
        f"depuis le {fr_words(a['since'])}.",
        "",
        "Je joins la copie de ma carte d'identité et de mon bail.",
        "",
        f"Fait à {a['city']}, le {dmy(a['signed_on'])}",
    ]
    y = 58
    for ln in lines:
        if ln:
            pg.hand(34 + rng.uniform(0, 2), y - 1.2, ln, rng, fnt, sz, ink)
        y += 16
    pg.hand(
        120, y + 2, a["host"].split()[0] + " " + a["host"].split()[-1].title(), rng, fnt, 14, ink
    )
    pg.signature(118, y + 6, 55, 22, rng, ink)
    return pg


def payslip(s, rng):
    """Bulletin de paie clarifié (text PDF from a payroll service)."""
    pg = Page()
    f, fb = "carlito", "carlitob"
    pg.text(105, 15, "BULLETIN DE PAIE", fb, 14, (0, 0, 0), "c")
    pg.text(
        105,
        21,
        f"Période du {dmy(s['p_start'])} au {dmy(s['p_end'])} — Paiement le {dmy(s['paid'])}",
        f,
        9,
        (0, 0, 0),
        "c",
    )
    pg.rect(12, 27, 90, 38, 0.3)
    pg.text(15, 33, s["employer"], fb, 10)
    for i, ln in enumerate(
        s["emp_addr"]
        + [f"SIRET : {s['siret']}", f"Code NAF : {s['naf']}", f"Convention collective : {s['ccn']}"]
    ):
        pg.text(15, 38.5 + i * 4.6, ln, f, 8.5)
    pg.rect(108, 27, 90, 38, 0.3)
    pg.text(112, 33, s["employee"], fb, 10.5)
    pg.text(112, 38.5, s["addr1"], f, 9)
    pg.text(112, 43, f"{s['cp']} {s['city']}", f, 9)
    pg.text(112, 50, f"Emploi : {s['job']}", f, 8.5)
    pg.text(112, 54.5, f"N° de sécurité sociale : {s['nir']}", f, 8.5)
    pg.text(112, 59, f"Entrée le : {dmy(s['hired'])}   Matricule : {s['matricule']}", f, 8.5)
    y = 74
    pg.rect(12, y - 5, 186, 7, 0, None, (225, 230, 238))
    for x, t in [
        (15, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "À déduire"),
        (182, "À payer"),
    ]:
        pg.text(x, y, t, fb, 8.5)
    y += 7
    for lab, base, taux, ded, pay in s["rows"]:
        pg.text(15, y, lab, fb if lab.isupper() else f, 8.5)
        for x, v in [(110, base), (135, taux), (175, ded), (196, pay)]:
            if v:
                pg.text(x, y, v, f, 8.5, (0, 0, 0), "r" if x > 150 else "l")
        y += 5.5
    y += 4
    pg.rect(12, y, 186, 20, 0.4, (0, 0, 0), (240, 244, 236))
    pg.text(15, y + 7, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9.5)
    pg.text(196, y + 7, eur(s["net_before"]), fb, 9.5, (0, 0, 0), "r")
    pg.text(15, y + 13, f"Impôt sur le revenu prélevé à la source (taux {s['pas_rate']})", f, 8.5)
    pg.text(196, y + 13, "-" + eur(s["pas"]), f, 8.5, (0, 0, 0), "r")
    pg.text(15, y + 18.5, "NET PAYÉ", fb, 10.5)
    pg.text(196, y + 18.5, eur(s["net"]), fb, 11, (0, 0, 0), "r")
    pg.para(
        12,
        275,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur "
        "le portail www.service-public.fr",
        186,
        f,
        7,
        3.4,
        (90, 90, 90),
    )
    return pg


def contract(c, rng):
    """CDD contract, two pages, signed by both parties."""
    f, fb = "open", "openb"
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", fb, 13, (0, 0, 0), "c")
    y = p1.para(
        20,
        36,
        f"Entre les soussignés : la société {c['employer']}, {c['legal']}, dont "
        f"le siège est situé {c['emp_addr']}, immatriculée sous le numéro SIRET "
        f"{c['siret']}, représentée par {c['rep']}, ci-après « l'employeur »,",
        170,
        f,
        9.5,
        5,
    )
    y = p1.para(
        20,
        y + 3,
        f"et {c['employee']}, né le {dmy(c['dob'])} à {c['pob']}, de "
        f"nationalité {c['nat']}, demeurant {c['addr']}, ci-après « le salarié »,",
        170,
        f,
        9.5,
        5,
    )
    y = p1.para(20, y + 3, "il a été convenu ce qui suit :", 170, f, 9.5, 5) + 4
    for t, s in c["articles"]:
        p1.text(20, y, t, fb, 10)
        y = p1.para(20, y + 6, s, 170, f, 9.5, 5) + 4
        if y > 250:
            break
    p1.text(190, 287, "Paraphes :  AD    TW", f, 7, (0, 0, 0), "r")
    p2 = Page()
    y = 24
    for t, s in c["articles2"]:
        p2.text(20, y, t, fb, 10)
        y = p2.para(20, y + 6, s, 170, f, 9.5, 5) + 4
    p2.text(20, y + 6, f"Fait à {c['city']}, le {dmy(c['signed'])}, en deux exemplaires.", f, 9.5)
    p2.text(25, y + 18, "Pour l'employeur", fb, 9.5)
    p2.text(25, y + 23, c["rep"], f, 9)
    p2.signature(25, y + 27, 50, 18, rng, (10, 10, 10))
    p2.text(120, y + 18, "Le salarié", fb, 9.5)
    p2.text(120, y + 23, "(mention « lu et approuvé »)", f, 8)
    p2.hand(120, y + 30, "Lu et approuvé", rng, "h_dkg", 11, (20, 20, 100))
    p2.signature(120, y + 33, 50, 18, rng)
    return [p1, p2]


def rib_pdf(r, rng):
    """Relevé d'identité bancaire, bank-styled text PDF."""
    pg = Page()
    col = r["color"]
    f, fb = r["fonts"]
    pg.rect(15, 15, 180, 16, 0, None, col)
    pg.text(20, 26, r["bank"], fb, 15, (255, 255, 255))
    pg.text(190, 26, r["title"], fb, 10, (255, 255, 255), "r")
    pg.para(15, 40, r["intro"], 180, f, 8, 4, (80, 80, 80))
    pg.rect(15, 50, 180, 72, 0.4, col)
    pg.text(20, 59, r["holder_label"], f, 8, (90, 90, 90))
    for i, ln in enumerate(r["holder_lines"]):
        pg.text(20, 65 + i * 5, ln, fb if i == 0 else f, 10)
    pg.text(115, 59, "Domiciliation", f, 8, (90, 90, 90))
    for i, ln in enumerate(r["branch_lines"]):
        pg.text(115, 65 + i * 5, ln, f, 9)
    if r.get("rib"):
        y = 92
        for x, lab, v in zip(
            [20, 50, 80, 130], ["Code banque", "Code guichet", "N° de compte", "Clé RIB"], r["rib"]
        ):
            pg.text(x, y, lab, f, 7.5, (90, 90, 90))
            pg.text(x, y + 6, v, "mono", 10)
    pg.text(20, 108, "IBAN", f, 7.5, (90, 90, 90))
    pg.text(20, 114, iban_groups(r["iban"]), "monob", 11)
    pg.text(150, 108, "BIC", f, 7.5, (90, 90, 90))
    pg.text(150, 114, r["bic"], "monob", 11)
    pg.text(15, 132, r["footer"], f, 6.5, (110, 110, 110))
    return pg


def rib_screenshot(r, rng):
    """Banking-app screen (1170 x 2532) showing the account's RIB."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (245, 245, 247))
    d = ImageDraw.Draw(im)
    red = (233, 4, 30)
    F = lambda k, s: pil_font(k, s)
    d.text((80, 70), "14:07", fill=(0, 0, 0), font=F("robotob", 46))
    d.text((980, 70), "5G  86%", fill=(0, 0, 0), font=F("robotom", 38))
    d.rectangle([0, 150, W, 330], fill=(255, 255, 255))
    d.text((60, 215), "‹", fill=red, font=F("robotob", 90))
    d.text((W // 2, 245), "RIB / IBAN", fill=(20, 20, 20), font=F("robotob", 52), anchor="mm")
    d.rectangle([50, 380, W - 50, 640], fill=(255, 255, 255))
    d.rectangle([50, 380, 66, 640], fill=red)
    d.text((110, 430), r["account_name"], fill=(20, 20, 20), font=F("robotob", 48))
    d.text((110, 505), r["acc_mask"], fill=(110, 110, 110), font=F("roboto", 40))
    d.text(
        (110, 565), "Compte ouvert le " + r["opened"], fill=(110, 110, 110), font=F("roboto", 36)
    )
    y = 700
    for lab, v in [
        ("Titulaire", r["holder_lines"][0]),
        ("Adresse", r["holder_lines"][1]),
        ("", r["holder_lines"][2]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank"]),
        ("Domiciliation", r["branch_lines"][0]),
    ]:
        if lab:
            d.rectangle([50, y, W - 50, y + 210], fill=(255, 255, 255))
            d.text((100, y + 45), lab, fill=(120, 120, 125), font=F("roboto", 38))
            yy = y + 115
            y += 230
        else:
            yy = y - 45
        d.text((100, yy), v, fill=(15, 15, 15), font=F("robotom", 46 if lab != "IBAN" else 44))
    d.rounded_rectangle([60, H - 420, W - 60, H - 290], 60, fill=red)
    d.text(
        (W // 2, H - 355),
        "Partager mon RIB",
        fill=(255, 255, 255),
        font=F("robotob", 46),
        anchor="mm",
    )
    d.text(
        (W // 2, H - 220), "Télécharger le RIB (PDF)", fill=red, font=F("robotom", 42), anchor="mm"
    )
    d.rounded_rectangle([W // 2 - 200, H - 40, W // 2 + 200, H - 28], 6, fill=(20, 20, 20))
    return im


def lk_translation(p, rng):
    """Sworn French translation of the Sri Lankan birth certificate."""
    pg = Page()
    pg.text(20, 20, "Nadia PERERA-LAFFONT", "latob", 11)
    pg.text(20, 25, "Traductrice-interprète expert près la Cour d'appel de Toulouse", "lato", 8.5)
    pg.text(20, 29.5, "Anglais – Cingalais – Tamoul > Français", "lato", 8.5)
    pg.text(20, 34, "12 rue des Lois, 31000 Toulouse – 06 71 42 88 19", "lato", 8.5)
    pg.text(105, 52, "TRADUCTION", "latob", 14, (0, 0, 0), "c")
    pg.text(105, 58, "de l'anglais et du cingalais", "lato", 9, (0, 0, 0), "c")
    pg.text(105, 72, "ACTE DE NAISSANCE", "latob", 12, (0, 0, 0), "c")
    pg.text(
        20, 82, f"District : KANDY  —  Division : KANDY FOUR GRAVETS  —  N° {p['bc_no']}", "lato", 9
    )
    rows = [
        ("1. Date de naissance", "27 janvier 1993"),
        ("2. Lieu de naissance", "Hôpital général, Kandy"),
        ("3. Nom", p["giv"].title() + " " + p["sur"].upper()),
        ("4. Sexe", "Masculin"),
        ("5. Nom complet du père", "Wickramasinghe Mudiyanselage Sunil"),
        ("6. Date de naissance du père", "04/06/1961"),
        ("7. Ethnie du père", "Cingalais"),
        ("8. Nom complet de la mère", "Herath Mudiyanselage Chandrika Kumari"),
        ("9. Date de naissance de la mère", "17/09/1966"),
        ("10. Parents mariés ?", "Oui"),
        ("11. Déclarant", "W. M. Sunil, père, 42/3 Peradeniya Road"),
        ("12. Date d'enregistrement", "05/02/1993"),
    ]
    y = 94
    for lab, v in rows:
        pg.text(22, y, lab, "lato", 9.5)
        pg.text(95, y, v, "latob", 9.5)
        y += 7.5
    y = pg.para(
        20,
        y + 6,
        "Je certifie que les renseignements ci-dessus sont la copie conforme de "
        "l'inscription au registre des naissances de la division susmentionnée. Date : "
        "14/05/2026. Signé : Officier d'état civil adjoint du district, Kandy. [Cachet]",
        170,
        "lato",
        9,
        4.6,
    )
    pg.para(
        20,
        y + 6,
        "Traduction certifiée conforme à l'original présenté, ne varietur, "
        "enregistrée sous le n° " + p["tr_no"] + ".",
        170,
        "lato",
        9,
        4.6,
    )
    pg.text(120, y + 26, f"Toulouse, le {dmy(p['tr_date'])}", "lato", 9.5)
    pg.stamp(
        80, y + 45, 16, ["N. PERERA-LAFFONT", "EXPERT PRÈS LA", "C.A. TOULOUSE"], rng, (40, 50, 150)
    )
    pg.signature(125, y + 32, 45, 16, rng)
    return pg


def pe_birth(p, rng):
    """Peru RENIEC acta de nacimiento (copia certificada)."""
    pg = Page(210, 297, (250, 250, 246))
    red = (200, 16, 46)
    pg.rect(15, 12, 180, 18, 0, None, (245, 235, 235))
    pg.text(20, 20, "REPÚBLICA DEL PERÚ", "arialb", 11, red)
    pg.text(20, 26, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL - RENIEC", "arial", 7.5)
    pg.text(190, 20, "ACTA DE NACIMIENTO", "arialb", 12, (0, 0, 0), "r")
    pg.text(190, 26, f"N° {p['bc_no']}", "arialb", 10, red, "r")
    pg.text(20, 38, "OFICINA REGISTRAL: MUNICIPALIDAD PROVINCIAL DEL CUSCO", "arial", 8)
    pg.text(20, 43, "DEPARTAMENTO: CUSCO   PROVINCIA: CUSCO   DISTRITO: CUSCO", "arial", 8)

    def block(y, title, rows):
        pg.rect(15, y, 180, 6, 0, None, (60, 60, 60))
        pg.text(18, y + 4.3, title, "arialb", 8, (255, 255, 255))
        y += 6
        for i in range(0, len(rows), 2):
            for j, (lab, v) in enumerate(rows[i : i + 2]):
                x = 15 + j * 90
                pg.rect(x, y, 90, 11, 0.25, (80, 80, 80))
                pg.text(x + 1.5, y + 3.3, lab, "arial", 5.8, (70, 70, 70))
                pg.text(x + 2, y + 8.8, v, "arialb", 9)
            y += 11
        return y + 4

    y = block(
        50,
        "DATOS DEL NACIDO",
        [
            ("PRIMER APELLIDO", p["sur"].split()[0].upper()),
            ("SEGUNDO APELLIDO", p["sur"].split()[1].upper()),
            ("PRENOMBRES", p["giv"].upper()),
            ("SEXO", "FEMENINO"),
            ("FECHA DE NACIMIENTO", dmy(p["dob"])),
            ("HORA", "14:20"),
            ("LUGAR DE NACIMIENTO", "HOSPITAL REGIONAL DEL CUSCO"),
            ("CUI / DNI", p["dni"]),
        ],
    )
    y = block(
        y,
        "DATOS DE LA MADRE",
        [
            ("APELLIDOS Y NOMBRES", "HUAMÁN CCORI, JUANA ROSA"),
            ("NACIONALIDAD", "PERUANA"),
            ("DNI", "23845519"),
            ("DOMICILIO", "JR. TECTE 412, CUSCO"),
        ],
    )
    y = block(
        y,
        "DATOS DEL PADRE",
        [
            ("APELLIDOS Y NOMBRES", "QUISPE MAMANI, VÍCTOR HUGO"),
            ("NACIONALIDAD", "PERUANA"),
            ("DNI", "23790184"),
            ("DOMICILIO", "JR. TECTE 412, CUSCO"),
        ],
    )
    y = block(
        y,
        "DATOS DEL REGISTRO",
        [
            ("FECHA DE INSCRIPCIÓN", "02/07/1999"),
            ("REGISTRADOR CIVIL", "LUZ MARINA CHOQUE PAREDES"),
        ],
    )
    pg.para(
        15,
        y + 4,
        "CERTIFICO: Que la presente es copia certificada del acta original que obra "
        "en el archivo de esta Oficina Registral, expedida a solicitud de parte.",
        180,
        "arial",
        8.5,
        4.4,
    )
    pg.text(15, y + 20, f"Cusco, {p['bc_iss'].day} de agosto de {p['bc_iss'].year}", "arial", 8.5)
    pg.signature(120, y + 18, 45, 14, rng, (20, 20, 20))
    pg.text(120, y + 38, "Registrador Civil - RENIEC", "arial", 7.5)
    pg.stamp(75, y + 36, 13, ["RENIEC", "OR CUSCO", "COPIA CERT."], rng, (30, 60, 150))
    pg.grid2d(172, y + 14, 20, rng, 25)
    return pg
