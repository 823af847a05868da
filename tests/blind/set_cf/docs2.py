"""Bills, lease, payslip, RIBs, neobank screenshot and the cerfa 15763*02 form for set_cf."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from core import Page, group, pil_font, sign

GREY = (95, 95, 95)
INK = (20, 30, 110)


def bill(b: dict) -> Page:
    """A monthly bill. b['brand'] selects colours; labels vary by provider."""
    col = b["color"]
    p = Page()
    p.rect(15, 12, 38, 14, None, col)
    p.text(34, 21.5, b["logo"], "robotob", 10, (255, 255, 255), "c")
    p.text(195, 16, b["doc_title"], "robotob", 13, col, "r")
    p.text(195, 22, f"N° {b['number']}", "roboto", 8.5, anchor="r")
    p.text(195, 27, f"{b['date_label']} {b['issue']}", "roboto", 8.5, anchor="r")
    p.text(15, 36, b["company"], "roboto", 6.8, GREY)
    p.text(118, 48, b["holder"], "robotob", 10)
    for i, ln in enumerate(b["address"]):
        p.text(118, 53 + i * 4.6, ln, "roboto", 9.5)
    p.text(15, 48, b["client_label"], "roboto", 8)
    p.text(15, 52.5, b["client"], "robotob", 9)
    p.text(15, 60, b["site_label"], "roboto", 8)
    for i, ln in enumerate(b["site"]):
        p.text(15, 64.5 + i * 4.4, ln, "roboto", 8.8)
    p.rect(15, 82, 180, 22, None, (240, 242, 246))
    p.text(20, 90, b["period_label"], "roboto", 9)
    p.text(20, 97, f"du {b['ps']} au {b['pe']}", "robotob", 10.5)
    p.text(188, 90, b["amount_label"], "roboto", 9, anchor="r")
    p.text(188, 99, b["amount"] + " €", "robotob", 15, col, "r")
    y = 115
    p.text(15, y, "Détail de votre facture", "robotob", 10.5, col)
    y += 7
    for lab, val in b["lines"]:
        p.text(18, y, lab, "roboto", 8.8)
        p.text(192, y, val, "roboto", 8.8, anchor="r")
        p.line(15, y + 1.8, 195, y + 1.8, (215, 215, 215), 0.15)
        y += 6.4
    p.text(18, y + 3, "Total TTC", "robotob", 9.5)
    p.text(192, y + 3, b["amount"] + " €", "robotob", 9.5, anchor="r")
    p.text(15, y + 15, b["pay_line"], "roboto", 8.3)
    p.line(15, 262, 195, 262, col, 0.4)
    for i, ln in enumerate(b["footer"]):
        p.text(105, 267 + i * 3.6, ln, "roboto", 6.3, GREY, "c")
    return p


def lease(l: dict) -> list[Page]:
    pages = []
    p = Page()
    p.text(105, 20, "CONTRAT DE LOCATION", "serifb", 15, anchor="c")
    p.text(105, 27, "LOCAUX VACANTS NON MEUBLÉS", "serifb", 10, anchor="c")
    p.para(25, 34, 160, "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les "
           "rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986) — "
           "Modèle type annexé au décret n° 2015-587 du 29 mai 2015", "serifi", 8, 3.8)  # fmt: skip
    p.text(25, 52, "I. DÉSIGNATION DES PARTIES", "serifb", 10.5)
    y = p.para(25, 60, 160, "Le présent contrat est conclu entre les soussignés :", "serif", 9.5, 5)
    y = p.para(25, y + 2, 160, f"{l['landlord']}, {l['landlord_addr']}, représentée par son mandataire "
               f"{l['agency']}, désigné(e) ci-après « le bailleur » ;", "serif", 9.5, 5)  # fmt: skip
    y = p.para(25, y + 3, 160, f"et {l['tenant_text']}, désigné(e) ci-après « le locataire ».",
               "serif", 9.5, 5)  # fmt: skip
    p.text(25, y + 8, "II. OBJET DU CONTRAT", "serifb", 10.5)
    y = p.para(25, y + 16, 160, f"Le présent contrat a pour objet la location d'un logement ainsi "
               f"déterminé : Localisation du logement : {l['address']}. Type d'habitat : immeuble "
               f"collectif. Régime juridique : copropriété. Période de construction : 1949 à 1974. "
               f"Surface habitable : {l['surface']} m². Nombre de pièces principales : {l['rooms']}. "
               "Chauffage : individuel électrique. Eau chaude : individuelle.", "serif", 9.5, 5)  # fmt: skip
    p.text(25, y + 8, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serifb", 10.5)
    y = p.para(25, y + 16, 160, f"A. Date de prise d'effet du contrat : {l['start_text']}. "
               "B. Durée du contrat : trois ans (bailleur personne physique ou SCI familiale).",
               "serif", 9.5, 5)  # fmt: skip
    p.text(25, y + 8, "IV. CONDITIONS FINANCIÈRES", "serifb", 10.5)
    p.para(25, y + 16, 160, f"A. Loyer mensuel hors charges : {l['rent']} euros. Provision sur "
           f"charges : {l['charges']} euros. Dépôt de garantie : {l['rent']} euros. Le loyer est "
           "payable mensuellement et d'avance le 5 de chaque mois.", "serif", 9.5, 5)  # fmt: skip
    p.text(105, 285, "Paraphes :  ____   ____          1/3", "serif", 8, GREY, "c")
    pages.append(p)
    p = Page()
    p.text(25, 22, "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE RÉSOLUTOIRE", "serifb", 10.5)
    y = 30
    for _ in range(6):
        y = p.para(25, y, 160, "Le présent contrat sera résilié de plein droit, deux mois après un "
                   "commandement de payer demeuré infructueux, à défaut de paiement du loyer ou des "
                   "charges aux termes convenus, ou à défaut de versement du dépôt de garantie, ou à "
                   "défaut d'assurance contre les risques locatifs. Les parties conviennent en outre "
                   "des stipulations ci-après relatives à l'entretien courant du logement.",
                   "serif", 9.5, 5) + 4  # fmt: skip
    p.text(105, 285, "Paraphes :  ____   ____          2/3", "serif", 8, GREY, "c")
    pages.append(p)
    p = Page()
    p.text(25, 22, "VIII. ANNEXES — IX. SIGNATURES", "serifb", 10.5)
    y = p.para(
        25,
        30,
        160,
        "Sont annexés au présent contrat : le diagnostic de performance "
        "énergétique, le constat de risque d'exposition au plomb, l'état des lieux d'entrée, "
        "la notice d'information, l'acte de cautionnement le cas échéant.",
        "serif",
        9.5,
        5,
    )
    p.text(
        25, y + 10, f"Fait à {l['city']}, le {l['signed_text']}, en deux originaux.", "serif", 10
    )
    p.text(40, y + 22, "Le bailleur (ou son mandataire)", "serif", 9.5)
    p.text(125, y + 22, "Le locataire", "serif", 9.5)
    p.text(40, y + 27, "« Lu et approuvé »", "serifi", 9)
    p.text(125, y + 27, "« Lu et approuvé »", "serifi", 9)
    rng = random.Random(l["seed"])
    sign(p, 40, y + 30, 45, 16, rng, (20, 20, 40), 0.5, 5)
    sign(p, 125, y + 30, 45, 16, rng, INK, 0.5, 6)
    p.text(105, 285, "3/3", "serif", 8, GREY, "c")
    pages.append(p)
    return pages


def payslip(s: dict) -> Page:
    p = Page()
    p.text(15, 16, "BULLETIN DE PAIE", "latob", 14)
    p.text(195, 16, f"Période du {s['ps']} au {s['pe']}", "lato", 9, anchor="r")
    p.text(195, 21, f"Paiement le {s['paid']} par virement", "lato", 8.5, anchor="r")
    p.rect(15, 26, 85, 32, (150, 150, 150), None, 0.25)
    p.text(18, 32, s["employer"], "latob", 9.5)
    for i, ln in enumerate(s["employer_lines"]):
        p.text(18, 37 + i * 4.2, ln, "lato", 8)
    p.rect(110, 26, 85, 32, (150, 150, 150), None, 0.25)
    p.text(113, 32, s["employee_print"], "latob", 10)
    for i, ln in enumerate(s["employee_lines"]):
        p.text(113, 37 + i * 4.2, ln, "lato", 8.3)
    y = 66
    for lab, val in s["info"]:
        p.text(15, y, lab, "lato", 8)
        p.text(70, y, val, "latob", 8)
        y += 4.4
    y += 4
    p.rect(15, y, 180, 6, None, (225, 230, 238))
    for x, t in ((17, "Rubrique"), (120, "Base"), (145, "Taux"), (193, "Montant")):
        p.text(x, y + 4.3, t, "latob", 8, anchor="r" if x > 180 else "l")
    y += 11
    for lab, base, rate, amt in s["rows"]:
        p.text(17, y, lab, "lato", 8.3)
        p.text(120, y, base, "lato", 8.3)
        p.text(145, y, rate, "lato", 8.3)
        p.text(193, y, amt, "lato", 8.3, anchor="r")
        y += 5.3
    y += 4
    p.rect(110, y, 85, 14, None, (30, 60, 110))
    p.text(114, y + 9, "NET À PAYER AVANT IMPÔT", "latob", 8.5, (255, 255, 255))
    p.text(191, y + 9, s["net_before"] + " €", "latob", 10, (255, 255, 255), "r")
    p.text(114, y + 22, "Impôt sur le revenu prélevé à la source", "lato", 8.3)
    p.text(191, y + 22, s["pas"] + " €", "lato", 8.3, anchor="r")
    p.rect(110, y + 27, 85, 12, (30, 60, 110), None, 0.5)
    p.text(114, y + 35, "NET PAYÉ", "latob", 10)
    p.text(191, y + 35, s["net"] + " €", "latob", 11, anchor="r")
    p.para(15, 272, 180, "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
           "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le "
           "portail www.service-public.fr.", "lato", 7, 3.4, GREY)  # fmt: skip
    return p


def rib_page(r: dict) -> Page:
    p = Page()
    col = r["color"]
    p.rect(15, 14, 6, 16, None, col)
    p.text(24, 22, r["bank"], "sansb", 14, col)
    p.text(24, 28, r["bank_sub"], "sans", 8, GREY)
    p.text(105, 44, r["title"], "sansb", 11.5, anchor="c")
    p.rect(15, 50, 180, 78, (120, 120, 120), None, 0.3)
    p.text(20, 58, r["holder_label"], "sans", 8, GREY)
    for i, ln in enumerate(r["holder_lines"]):
        p.text(20, 63.5 + i * 4.8, ln, "sansb" if i == 0 else "sans", 10 if i == 0 else 9)
    p.text(120, 58, "Domiciliation", "sans", 8, GREY)
    for i, ln in enumerate(r["branch_lines"]):
        p.text(120, 63.5 + i * 4.6, ln, "sans", 9)
    y = 90
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
    xs = [20, 52, 86, 140]
    for x, h_, v in zip(xs, heads, vals):
        p.text(x, y, h_, "sans", 7.5, GREY)
        p.text(x, y + 5.5, v, "monob", 10)
    p.text(20, y + 16, "IBAN (International Bank Account Number)", "sans", 7.5, GREY)
    p.text(20, y + 22, group(r["iban"]), "monob", 11)
    p.text(150, y + 16, "BIC", "sans", 7.5, GREY)
    p.text(150, y + 22, r["bic"], "monob", 11)
    p.para(15, 140, 180, "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
           "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
           "prélèvements, etc.). Son utilisation vous garantit le bon enregistrement des opérations "
           "en cause.", "sans", 8, 4, GREY)  # fmt: skip
    return p


def n26_screenshot(r: dict) -> Image.Image:
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = lambda k, s: pil_font(k, s)
    d.text((70, 60), "09:41", font=f("robotob", 46), fill=(0, 0, 0))
    d.text((W - 70, 60), "4G  82%", font=f("roboto", 40), fill=(0, 0, 0), anchor="ra")
    d.text((70, 200), "‹", font=f("roboto", 90), fill=(0, 0, 0))
    d.text(
        (W // 2, 230), "Coordonnées bancaires", font=f("robotob", 50), fill=(0, 0, 0), anchor="mm"
    )
    y = 400
    d.rounded_rectangle([60, y, W - 60, y + 260], 30, fill=(54, 161, 139))
    d.text((110, y + 60), "N26", font=f("robotob", 70), fill=(255, 255, 255))
    d.text((110, y + 170), "Compte principal", font=f("roboto", 44), fill=(255, 255, 255))
    y += 340
    for lab, val in r["rows"]:
        d.text((70, y), lab, font=f("roboto", 38), fill=(120, 120, 120))
        d.text((70, y + 55), val, font=f("robotob", 50), fill=(20, 20, 20))
        d.text((W - 80, y + 55), "⧉", font=f("dejavu", 44), fill=(54, 161, 139), anchor="ra")
        d.line([70, y + 140, W - 70, y + 140], fill=(230, 230, 230), width=3)
        y += 185
    d.multiline_text(
        (70, y + 40), r["note"], font=f("roboto", 36), fill=(110, 110, 110), spacing=14
    )
    d.rounded_rectangle([60, H - 330, W - 60, H - 200], 65, fill=(20, 20, 20))
    d.text(
        (W // 2, H - 265),
        "Partager le RIB (PDF)",
        font=f("robotob", 46),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle([W // 2 - 200, H - 40, W // 2 + 200, H - 28], 6, fill=(0, 0, 0))
    return im


# ---------------------------------------------------------------- cerfa 15763*02
SIT = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité et résidez en France de manière stable et régulière "
            "depuis plus de 3 mois"
        ),
    ),
    ("autre", "Autre situation (précisez) :"),
]


def cerfa(v: dict, run: int, fill: str, seed: int) -> tuple[list[Page], dict]:
    """Returns two pages and the positions of fields (for AcroForm use)."""
    rng = random.Random(seed)
    hand = fill == "hand"
    hf = v.get("hand_font", "h_ecolier")
    tf = "mono" if run == 1 else "sans"
    bar = (0, 91, 170) if run == 0 else (60, 60, 60)
    lab = "sans" if run == 0 else "open"
    pos = {}
    p1 = Page()
    p1.rect(12, 10, 34, 14, None, (0, 91, 170))
    p1.text(29, 16, "l'Assurance", "sansb", 8, (255, 255, 255), "c")
    p1.text(29, 20.5, "Maladie", "sansb", 8, (255, 255, 255), "c")
    p1.rect(168, 10, 30, 12, (0, 0, 0), None, 0.4)
    p1.text(183, 15, "cerfa", "sansi", 8, anchor="c")
    p1.text(183, 20, "N° 15763*02", "sansb", 7.5, anchor="c")
    p1.text(105, 17, "Demande d'ouverture des droits", "sansb", 13, anchor="c")
    p1.text(105, 23, "à l'assurance maladie", "sansb", 13, anchor="c")
    p1.text(105, 29, "Protection universelle maladie (PUMa)", lab, 9.5, anchor="c")
    p1.para(12, 35, 186, "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et D. 160-2 du code de la "
            "sécurité sociale. Remplissez ce formulaire si vous travaillez ou résidez en France de "
            "manière stable et régulière et que vous ne bénéficiez pas d'une prise en charge de vos "
            "frais de santé. Écrivez en lettres capitales.", lab, 7, 3.3, GREY)  # fmt: skip

    def section(page, y, title):
        if run == 0:
            page.rect(12, y, 186, 7, None, bar)
            page.text(15, y + 5, title, "sansb", 9.5, (255, 255, 255))
        else:
            page.text(12, y + 5, title, "openb", 10)
            page.line(12, y + 7, 198, y + 7, (0, 0, 0), 0.5)

    def value(page, key, x, y, s, comb=0, cw=4.6):
        pos[key] = (page is p1, x, y)
        if s is None or s == "":
            return
        if comb:
            for i, ch in enumerate(s[:comb]):
                if ch == " ":
                    continue
                if hand:
                    page.hand(x + i * cw + 0.9, y + 4.8, ch, hf, 12, INK, seed + i + len(key))
                else:
                    page.text(x + i * cw + cw / 2, y + 4.6, ch, tf, 10, anchor="c")
        elif hand:
            page.hand(x, y, s, hf, 13, INK, seed + len(key))
        else:
            page.text(x, y, s, tf, 10)

    section(p1, 48, "A  VOUS")
    y = 62
    rows = [("Nom de naissance", "surname"), ("Nom d'usage (facultatif)", "usage_name"),
            ("Prénom(s)", "given_names")]  # fmt: skip
    for label, key in rows:
        p1.text(14, y, label, lab, 8.5)
        p1.comb(62, y - 4.5, 29, 4.6, 6)
        value(p1, key, 62, y - 4.5, v[key].upper() if v.get(key) else "", 29)
        y += 9
    p1.text(14, y, "Sexe", lab, 8.5)
    for i, s in enumerate(("F", "M")):
        p1.text(64 + i * 16, y, s, lab, 8.5)
        p1.rect(68 + i * 16, y - 3.6, 4, 4, (0, 0, 0), None, 0.3)
        if v["sex"] == s:
            _tick(p1, 68 + i * 16, y - 3.6, hand, rng)
    y += 9
    p1.text(14, y, "Date de naissance", lab, 8.5)
    p1.comb(62, y - 4.5, 8, 4.6, 6)
    value(p1, "dob", 62, y - 4.5, v["dob_digits"], 8)
    p1.text(104, y, "(JJ MM AAAA)", lab, 7, GREY)
    y += 9
    p1.text(14, y, "Lieu de naissance : commune", lab, 8.5)
    p1.line(60, y + 1, 120, y + 1, GREY, 0.2, True)
    value(p1, "birth_city", 62, y, v["birth_city"])
    p1.text(124, y, "pays", lab, 8.5)
    p1.line(132, y + 1, 198, y + 1, GREY, 0.2, True)
    value(p1, "birth_country", 134, y, v["birth_country"])
    y += 9
    p1.text(14, y, "Nationalité", lab, 8.5)
    p1.line(60, y + 1, 198, y + 1, GREY, 0.2, True)
    value(p1, "nationality", 62, y, v["nationality"])
    y += 9
    p1.text(14, y, "N° de sécurité sociale (si vous en avez un)", lab, 8.5)
    p1.comb(88, y - 4.5, 13, 4.6, 6)
    p1.comb(152, y - 4.5, 2, 4.6, 6)
    pos["nir"] = (True, 88, y - 4.5)
    y += 9
    p1.text(14, y, "N° d'allocataire CAF (facultatif)", lab, 8.5)
    p1.comb(88, y - 4.5, 8, 4.6, 6)
    y += 10
    p1.text(14, y, "Adresse", lab, 8.5)
    p1.line(40, y + 1, 198, y + 1, GREY, 0.2, True)
    value(p1, "street", 42, y, v["street"])
    y += 9
    p1.text(14, y, "Code postal", lab, 8.5)
    p1.comb(40, y - 4.5, 5, 4.6, 6)
    value(p1, "zip", 40, y - 4.5, v["zip"], 5)
    p1.text(72, y, "Commune", lab, 8.5)
    p1.line(88, y + 1, 198, y + 1, GREY, 0.2, True)
    value(p1, "city", 90, y, v["city"])
    y += 9
    p1.text(14, y, "Téléphone", lab, 8.5)
    p1.line(34, y + 1, 90, y + 1, GREY, 0.2, True)
    value(p1, "phone", 36, y, v["phone"])
    p1.text(96, y, "Courriel", lab, 8.5)
    p1.line(112, y + 1, 198, y + 1, GREY, 0.2, True)
    value(p1, "email", 114, y, v["email"])
    y += 12
    section(p1, y, "B  VOTRE SITUATION")
    y += 15
    for key, text in SIT:
        p1.rect(14, y - 3.6, 4, 4, (0, 0, 0), None, 0.3)
        pos["sit_" + key] = (True, 14, y - 3.6)
        p1.text(21, y, text, lab, 8.3)
        if v["situation"] == key:
            _tick(p1, 14, y - 3.6, hand, rng)
        if key == "salarie":
            y += 6.5
            p1.text(25, y, "Type de contrat :", lab, 8)
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                p1.rect(52 + i * 22, y - 3.4, 3.6, 3.6, (0, 0, 0), None, 0.3)
                p1.text(57 + i * 22, y, ct, lab, 8)
                pos["ct_" + ct] = (True, 52 + i * 22, y - 3.4)
                if v.get("contract") == ct:
                    _tick(p1, 52 + i * 22, y - 3.4, hand, rng, 3.6)
            y += 6.5
            p1.text(25, y, "Emploi occupé :", lab, 8)
            p1.line(50, y + 1, 198, y + 1, GREY, 0.2, True)
            value(p1, "job", 52, y, v.get("job", ""))
        y += 8
    p1.text(198, 290, "S1106 — cerfa n° 15763*02 — page 1/2", lab, 6.5, GREY, "r")

    p2 = Page()
    section(p2, 14, "C  VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(14, 30, 182, "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
                "cette déclaration et m'engage à signaler à ma caisse d'assurance maladie tout "
                "changement dans ma situation. La loi rend passible d'amende et/ou "
                "d'emprisonnement quiconque se rend coupable de fraudes ou de fausses déclarations "
                "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).", lab, 8.6, 4.4)  # fmt: skip
    y += 8
    p2.text(14, y, "Fait à", lab, 9)
    p2.line(26, y + 1, 100, y + 1, GREY, 0.2, True)
    p2.text(106, y, "le", lab, 9)
    p2.line(112, y + 1, 170, y + 1, GREY, 0.2, True)
    place_hand = hand or v.get("place_by_hand")
    date_hand = hand or v.get("date_by_hand")
    pos["place"] = (False, 28, y)
    pos["date"] = (False, 114, y)
    if fill != "acroform":
        if place_hand:
            p2.hand(28, y, v["place"], hf, 13, INK, seed + 91)
        else:
            p2.text(28, y, v["place"], tf, 10)
        if date_hand:
            p2.hand(114, y, v["date_text"], hf, 13, INK, seed + 92)
        else:
            p2.text(114, y, v["date_text"], tf, 10)
    y += 8
    if run == 0:
        p2.text(120, y + 4, "Signature", lab, 8.5)
        p2.rect(120, y + 6, 76, 30, (0, 0, 0), None, 0.3)
        box = (122, y + 9, 60, 24)
    else:
        p2.rect(120, y, 76, 32, (0, 0, 0), None, 0.3)
        p2.text(158, y + 17, "Signature", lab, 12, (205, 205, 205), "c")
        box = (124, y + 5, 62, 24)
    pos["sig"] = box
    if v["signed"] and fill != "acroform":
        sign(p2, *box, random.Random(seed + 7), INK, 0.5, v.get("loops", 5))
    y += 46
    section(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y += 14
    for t in (("une photocopie de votre pièce d'identité (passeport, ou carte d'identité pour les "
              "ressortissants de l'Union européenne) ;"),
              "si vous n'êtes pas ressortissant européen : votre titre de séjour, VLS-TS ou récépissé ;",
              ("une copie intégrale ou un extrait d'acte de naissance avec filiation (apostillé ou "
              "légalisé selon le pays) ;"),
              ("un justificatif de résidence en France depuis plus de 3 mois (bail, 3 factures "
              "successives, ou attestation d'hébergement avec justificatifs de l'hébergeant) ;"),
              "un relevé d'identité bancaire (RIB) à votre nom ;",
              "si vous êtes salarié : votre contrat de travail ou votre dernier bulletin de salaire."):  # fmt: skip
        p2.text(16, y, "•", lab, 9)
        y = p2.para(20, y, 176, t, lab, 8.4, 4.2) + 1.5
    y += 6
    p2.rect(12, y, 186, 26, (0, 0, 0), (238, 238, 238), 0.3)
    p2.text(15, y + 5, "Cadre réservé à l'organisme", "sansb", 8.5)
    p2.text(15, y + 12, "Date de réception : ____ / ____ / ________", lab, 8)
    p2.text(105, y + 12, "Pièces vérifiées :  oui  □   non  □", lab, 8)
    p2.text(15, y + 20, "Matricule agent : ______________", lab, 8)
    p2.text(198, 290, "S1106 — cerfa n° 15763*02 — page 2/2", lab, 6.5, GREY, "r")
    return [p1, p2], pos


def _tick(page, x, y, hand, rng, s=4.0):
    if hand:
        page.poly([(x + 0.5, y + 0.6), (x + s - 0.4, y + s - 0.2)], INK, 0.45)
        page.poly(
            [(x + s - 0.3, y + 0.4), (x + 0.6, y + s - 0.5 + rng.uniform(-0.2, 0.2))], INK, 0.45
        )
    else:
        page.text(x + s / 2, y + s - 0.6, "X", "sansb", 9, anchor="c")
