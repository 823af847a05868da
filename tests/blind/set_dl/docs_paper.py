"""Civil-status papers, apostilles, bills, lease, attestation, job papers, RIB, app screens."""

from PIL import Image, ImageDraw

from checks import group4, iban_ok
from docs_id import d_words, dmy
from render import Page, pil_font


def stamp(p, x, y, r, text, color=(60, 60, 160)):
    p.ellipse(x, y, 2 * r, 2 * r, (255, 255, 255), color)
    p.ellipse(x + 2, y + 2, 2 * r - 4, 2 * r - 4, (255, 255, 255), color)
    p.text(x + r, y + r + 1, text, "sansb", 6, color, "c")


def apostille(ap, lang_title="APOSTILLE"):
    p = Page()
    p.rect(30, 30, 150, 150, 0.6)
    p.text(105, 42, lang_title, "serifb", 16, align="c")
    p.text(105, 49, "(Convention de La Haye du 5 octobre 1961)", "serifi", 9.5, align="c")
    items = [
        ("1. Country:", ap["country"]),
        ("This public document", ""),
        ("2. has been signed by", ap["doc_signer"]),
        ("3. acting in the capacity of", ap["doc_capacity"]),
        ("4. bears the seal/stamp of", ap["doc_seal"]),
        ("Certified", ""),
        ("5. at", ap["place"]),
        ("6. the", dmy(ap["issued"])),
        ("7. by", ap["by"]),
        ("8. No", ap["number"]),
        ("9. Seal/stamp:", "[seal]"),
        ("10. Signature:", ""),
    ]
    y = 60
    for lab, val in items:
        e = p.text(36, y, lab, "serif", 10)
        if val and val != "[seal]":
            p.text(e + 3, y, val, "serifb", 10)
        y += 9.4
    stamp(p, 70, 150, 12, ap["country"][:10])
    p.sig(120, 152, 45, 16, seed=len(ap["number"]) * 7)
    return p


def bill_edf(b):
    p = Page()
    p.text(15, 20, b["brand"], "sansb", 22, b["color"])
    p.text(15, 27, b["tag"], "sans", 8, (90, 90, 90))
    p.text(120, 22, b["holder_print"], "sansb", 10)
    for i, ln in enumerate(b["addr_lines"]):
        p.text(120, 27 + 5 * i, ln, "sans", 10)
    p.rect(15, 48, 180, 26, 0, None, (242, 246, 250))
    p.kv(19, 56, "Facture du", dmy(b["issue"]))
    p.kv(19, 62, "N° de facture", b["invoice"])
    p.kv(19, 68, "Référence client", b["ref"])
    p.text(190, 58, "Montant à payer", "sans", 9, align="r")
    p.text(190, 68, b["amount"] + " €", "sansb", 16, b["color"], "r")
    p.text(15, 88, b["service_title"], "sansb", 12)
    p.kv(15, 96, "Période de consommation :", f"du {dmy(b['start'])} au {dmy(b['end'])}")
    p.kv(15, 102, "Adresse du point de livraison :", b["site"])
    y = 115
    p.line(15, y - 5, 195, y - 5, 0.3)
    for lab, amt in b["lines"]:
        p.text(15, y, lab, "sans", 9.5)
        p.text(195, y, amt + " €", "sans", 9.5, align="r")
        y += 6.5
    p.line(15, y - 3, 195, y - 3, 0.3)
    p.text(15, y + 4, "Total TTC", "sansb", 10)
    p.text(195, y + 4, b["amount"] + " €", "sansb", 10, align="r")
    p.text(15, y + 16, f"Prélèvement automatique le {dmy(b['due'])}", "sans", 9)
    p.para(15, 270, b["legal"], 180, "sans", 6.5)
    return p


def screenshot_bill(b):
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (246, 246, 248))
    d = ImageDraw.Draw(im)
    f = lambda s, k="roboto": pil_font(k, s)
    d.text((60, 90), "9:41", font=f(44, "robotob"), fill=(0, 0, 0))
    d.text((1000, 90), "5G 83%", font=f(36), fill=(0, 0, 0))
    d.rectangle([0, 150, W, 330], fill=b["color"])
    d.text((60, 210), b["brand"], font=f(64, "robotob"), fill=(255, 255, 255))
    d.text((60, 380), "Ma facture", font=f(58, "robotob"), fill=(20, 20, 20))
    d.text((60, 460), b["month_label"], font=f(42), fill=(90, 90, 90))
    d.rounded_rectangle([40, 540, W - 40, 900], 30, fill=(255, 255, 255))
    d.text((80, 590), "Montant", font=f(40), fill=(90, 90, 90))
    d.text((80, 650), b["amount"] + " €", font=f(96, "robotob"), fill=(20, 20, 20))
    d.text((80, 800), "Prélevé le " + dmy(b["due"]), font=f(38), fill=(0, 130, 60))
    rows = [
        ("Titulaire", b["holder_print"]),
        ("Ligne", b["line_no"]),
        ("Offre", b["offer"]),
        ("Période", f"du {dmy(b['start'])} au {dmy(b['end'])}"),
        ("Facture n°", b["invoice"]),
        ("Émise le", dmy(b["issue"])),
        ("Adresse", b["site"]),
    ]
    y = 980
    d.rounded_rectangle([40, 940, W - 40, 940 + 130 * len(rows) + 40], 30, fill=(255, 255, 255))
    for lab, val in rows:
        d.text((80, y), lab, font=f(36), fill=(110, 110, 110))
        d.text((80, y + 48), val, font=f(42, "robotob"), fill=(20, 20, 20))
        y += 130
    d.rounded_rectangle([60, 2250, W - 60, 2380], 60, fill=b["color"])
    d.text(
        (W // 2, 2315),
        "Télécharger le PDF",
        font=f(46, "robotob"),
        fill=(255, 255, 255),
        anchor="mm",
    )
    return im


def rib_page(r):
    assert iban_ok(r["iban"]) and r["iban_valid"]
    p = Page()
    p.text(15, 20, r["bank"], "sansb", 18, r["color"])
    p.text(15, 34, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 12)
    p.text(15, 42, "Titulaire du compte", "sans", 8.5, (90, 90, 90))
    p.text(15, 48, r["holder_print"], "sansb", 11)
    for i, ln in enumerate(r["addr_lines"]):
        p.text(15, 54 + 5 * i, ln, "sans", 10)
    y = 72
    if r.get("rib"):
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        xs = [15, 50, 85, 140]
        p.rect(15, y, 160, 16, 0.3)
        for x, hd, v in zip(xs, heads, r["rib"]):
            p.text(x + 2, y + 5, hd, "sans", 7.5, (90, 90, 90))
            p.text(x + 2, y + 12, v, "mono", 10)
        y += 24
    p.text(15, y, "IBAN (International Bank Account Number)", "sans", 8.5, (90, 90, 90))
    p.text(15, y + 7, group4(r["iban"]), "mono", 12)
    p.text(15, y + 17, "BIC (Bank Identifier Code)", "sans", 8.5, (90, 90, 90))
    p.text(15, y + 24, r["bic"], "mono", 12)
    p.text(15, y + 36, "Domiciliation : " + r["branch"], "sans", 9)
    p.para(
        15,
        y + 48,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte.",
        180,
        "sans",
        7.5,
    )
    return p


def rib_screen(r):
    assert iban_ok(r["iban"])
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = lambda s, k="roboto": pil_font(k, s)
    d.text((60, 90), "10:12", font=f(44, "robotob"), fill=(0, 0, 0))
    d.text((60, 260), "<", font=f(60), fill=(0, 0, 0))
    d.text((60, 380), r["screen_title"], font=f(60, "robotob"), fill=(0, 0, 0))
    d.text((60, 470), r["bank"], font=f(40), fill=(100, 100, 100))
    rows = [
        ("Titulaire du compte", r["holder_print"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["branch"]),
    ]
    y = 620
    for lab, val in rows:
        d.text((60, y), lab, font=f(38), fill=(120, 120, 120))
        d.text((60, y + 55), val, font=f(46, "robotob"), fill=(10, 10, 10))
        d.line([(60, y + 140), (W - 60, y + 140)], fill=(225, 225, 225), width=3)
        y += 180
    d.rounded_rectangle([60, 2200, W - 60, 2330], 65, fill=(20, 20, 20))
    d.text(
        (W // 2, 2265), "Partager le RIB", font=f(46, "robotob"), fill=(255, 255, 255), anchor="mm"
    )
    return im


def payslip(s):
    p = Page()
    p.text(105, 16, "BULLETIN DE PAIE", "sansb", 15, align="c")
    p.text(105, 22, f"Période du {dmy(s['start'])} au {dmy(s['end'])}", "sans", 9.5, align="c")
    p.rect(15, 28, 88, 34, 0.3)
    p.text(18, 34, "Employeur", "sans", 7.5, (90, 90, 90))
    p.text(18, 40, s["employer"], "sansb", 10)
    p.text(18, 45.5, s["emp_addr"], "sans", 8.5)
    p.text(18, 51, "SIRET " + s["siret"], "sans", 8.5)
    p.text(18, 56.5, "Code NAF " + s["naf"], "sans", 8.5)
    p.rect(107, 28, 88, 34, 0.3)
    p.text(110, 34, "Salarié", "sans", 7.5, (90, 90, 90))
    p.text(110, 40, s["employee_print"], "sansb", 10)
    p.text(110, 45.5, s["addr1"], "sans", 8.5)
    p.text(110, 51, s["addr2"], "sans", 8.5)
    p.text(110, 56.5, "Emploi : " + s["job"], "sans", 8.5)
    y = 70
    if s.get("nir"):
        p.kv(15, y, "N° de sécurité sociale :", s["nir"], size=8.5)
        y += 6
    p.kv(15, y, "Entrée le :", dmy(s["entry"]), size=8.5)
    p.kv(110, y, "Convention collective :", s["ccn"], size=8.5)
    y += 10
    p.rect(15, y - 5, 180, 7, 0, None, (225, 225, 225))
    for x, hd in [(17, "Rubrique"), (120, "Base"), (150, "Taux"), (193, "Montant")]:
        p.text(x, y, hd, "sansb", 8.5, align="r" if x > 190 else "l")
    y += 8
    for lab, base, rate, amt in s["rows"]:
        p.text(17, y, lab, "sans", 8.5)
        p.text(120, y, base, "sans", 8.5)
        p.text(150, y, rate, "sans", 8.5)
        p.text(193, y, amt, "sans", 8.5, align="r")
        y += 6
    y += 4
    p.rect(110, y, 85, 14, 0.4, (0, 0, 0), (235, 242, 250))
    p.text(113, y + 9, "NET À PAYER", "sansb", 10)
    p.text(192, y + 9, s["net"] + " €", "sansb", 11, align="r")
    p.text(15, y + 9, f"Payé le {dmy(s['paid'])} par virement", "sans", 8.5)
    p.para(
        15,
        272,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée.",
        180,
        "sans",
        7.5,
    )
    return p


def contract(c):
    p1 = Page()
    p1.text(105, 22, c["title"], "serifb", 14, align="c")
    p1.text(105, 29, c["subtitle"], "serifi", 10, align="c")
    y = p1.para(20, 44, "ENTRE LES SOUSSIGNÉS :", 170, "serifb", 10.5) + 2
    y = p1.para(20, y, c["employer_par"], 170, "serif", 10.5) + 3
    y = p1.para(20, y, "ET", 170, "serifb", 10.5) + 2
    y = p1.para(20, y, c["employee_par"], 170, "serif", 10.5) + 5
    for head, body in c["articles"]:
        y = p1.para(20, y, head, 170, "serifb", 10.5) + 1
        y = p1.para(20, y, body, 170, "serif", 10.5) + 4
    y += 4
    p1.text(
        20,
        y,
        f"Fait en deux exemplaires à {c['city']}, le {d_words(c['signed_on'])}",
        "serif",
        10.5,
    )
    p1.text(25, y + 10, "L'employeur", "serif", 10)
    p1.text(125, y + 10, "Le salarié (lu et approuvé)", "serif", 10)
    p1.sig(25, y + 13, 45, 18, c["seed"])
    p1.sig(125, y + 13, 45, 18, c["seed"] + 1)
    return p1


def lease(ls):
    p1 = Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", "sansb", 15, align="c")
    p1.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "sans", 10, align="c")
    p1.text(
        105, 33, "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989)", "sans", 8.5, align="c"
    )
    y = 46
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                ("Le bailleur :", ls["landlord"]),
                ("Adresse du bailleur :", ls["landlord_addr"]),
                ("Le(s) locataire(s) :", " et ".join(ls["tenants_print"])),
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                ("Adresse du logement :", ls["address"]),
                ("Type :", ls["kind"]),
                ("Surface habitable :", ls["surface"]),
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE",
            [
                ("Date de prise d'effet :", dmy(ls["start"])),
                ("Durée du contrat :", ls["duration"]),
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                ("Loyer mensuel hors charges :", ls["rent"]),
                ("Provision sur charges :", ls["charges"]),
                ("Dépôt de garantie :", ls["deposit"]),
            ],
        ),
    ]
    for head, items in sections:
        p1.rect(15, y - 5, 180, 7, 0, None, (230, 230, 230))
        p1.text(17, y, head, "sansb", 10)
        y += 9
        for lab, val in items:
            p1.kv(17, y, lab, val, size=10)
            y += 6.5
        y += 5
    y = p1.para(
        15,
        y,
        "Le locataire est tenu de payer le loyer et les charges aux termes "
        "convenus, d'user paisiblement des locaux, de répondre des dégradations et de "
        "s'assurer contre les risques locatifs (article 7 de la loi du 6 juillet 1989).",
        180,
        "sans",
        9,
    )
    p1.text(105, 290, "Page 1/2", "sans", 8, (90, 90, 90), "c")
    p2 = Page()
    y = (
        p2.para(
            15,
            25,
            "V. CLAUSE DE SOLIDARITÉ – En cas de pluralité de locataires, ceux-ci "
            "sont tenus solidairement et indivisiblement de l'exécution des obligations du "
            "présent bail.",
            180,
            "sans",
            9.5,
        )
        + 6
    )
    y = (
        p2.para(
            15,
            y,
            "VI. ANNEXES – Dossier de diagnostic technique, état des lieux, notice "
            "d'information, règlement de copropriété (extraits).",
            180,
            "sans",
            9.5,
        )
        + 10
    )
    p2.text(
        15,
        y,
        f"Fait à {ls['city']}, le {dmy(ls['signed_on'])}, en {len(ls['tenants_print']) + 1} "
        "originaux.",
        "sans",
        10,
    )
    y += 12
    p2.text(15, y, "Le bailleur", "sans", 9.5)
    p2.sig(15, y + 3, 45, 18, ls["seed"])
    for i, t in enumerate(ls["tenants_print"]):
        p2.text(80 + i * 60, y, "Le locataire " + t.split()[-1], "sans", 9.5)
        p2.sig(80 + i * 60, y + 3, 45, 18, ls["seed"] + i + 1)
    p2.text(105, 290, "Page 2/2", "sans", 8, (90, 90, 90), "c")
    return [p1, p2]


def attestation(a):
    p = Page()
    p.text(105, 28, "ATTESTATION D'HÉBERGEMENT", "serifb", 15, align="c")
    y = p.para(20, 48, a["body"], 170, "serif", 11.5, 1.6) + 8
    p.text(20, y, f"Fait à {a['city']}, le {dmy(a['signed_on'])}", "serif", 11.5)
    p.text(120, y + 12, "Signature de l'hébergeant :", "serif", 10.5)
    if a["signed"]:
        p.sig(120, y + 16, 50, 20, a["seed"])
    p.text(
        20,
        y + 50,
        "Pièces jointes : copie de la pièce d'identité de l'hébergeant, justificatifs de domicile.",
        "serifi",
        9.5,
    )
    return p
