"""Bills, leases, job documents, RIBs and phone screenshots."""

import random

from PIL import Image, ImageDraw

from render import Page, group4, pil_font, tw

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr(d):
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"


def words(d):
    return f"{int(d[8:10])} {MOIS[int(d[5:7]) - 1]} {d[0:4]}"


def money(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def bill(b):
    """b: provider, brand colour, holder, addr lines, issue, start, end, amount, lines, ids."""
    pg = Page()
    col = b["colour"]
    if b["provider"] == "Orange":
        pg.r(15, 12, 22, 22, 0, fill=col)
        pg.t(17, 31, "orange", "sansb", 9, (255, 255, 255))
    else:
        pg.t(15, 24, b["provider"].split()[0], "sansb", 20, col)
        pg.t(15, 30, " ".join(b["provider"].split()[1:]) or "", "sans", 9, col)
    pg.t(15, 44, f"Facture n° {b['no']}", "sansb", 10)
    pg.t(15, 50, f"du {fr(b['issue'])}", "sans", 9)
    pg.kv(15, 57, "N° client :", b["client"], "sans", 8.5, "sans", 8.5)
    pg.kv(15, 62, "Ligne / Contrat :", b["line"], "sans", 8.5, "sans", 8.5)
    y = 48
    for s in [b["holder"]] + b["addr"]:
        pg.t(115, y, s, "sans", 10)
        y += 5
    pg.r(15, 75, 180, 24, 0, fill=(245, 245, 245))
    pg.t(20, 84, "Montant à payer", "sansb", 11)
    pg.t(190, 86, money(b["amount"]), "sansb", 18, col, "r")
    pg.t(20, 92, f"prélevé le {fr(b['debit'])} sur votre compte", "sans", 8.5)
    pg.t(15, 112, "Détail de votre facture", "sansb", 11)
    pg.kv(
        15,
        119,
        "Période de facturation :",
        f"du {fr(b['start'])} au {fr(b['end'])}",
        "sans",
        9,
        "sansb",
        9,
    )
    y = 130
    pg.l(15, y - 4, 195, y - 4, 0.4)
    for lab, amt in b["lines"]:
        pg.t(17, y, lab, "sans", 9)
        pg.t(193, y, money(amt), "sans", 9, (0, 0, 0), "r")
        y += 6
    pg.l(15, y - 3, 195, y - 3, 0.4)
    ht = round(b["amount"] / 1.2, 2)
    pg.t(17, y + 2, "Total HT", "sans", 9)
    pg.t(193, y + 2, money(ht), "sans", 9, (0, 0, 0), "r")
    pg.t(17, y + 8, "TVA 20 %", "sans", 9)
    pg.t(193, y + 8, money(round(b["amount"] - ht, 2)), "sans", 9, (0, 0, 0), "r")
    pg.t(17, y + 15, "Total TTC", "sansb", 10)
    pg.t(193, y + 15, money(b["amount"]), "sansb", 10, (0, 0, 0), "r")
    pg.tlines(15, 262, b["legal"], "sans", 6.5, 180, color=(100, 100, 100))
    return pg


def lease(L):
    pages = []
    pg = Page()
    pg.t(105, 20, "CONTRAT DE LOCATION", "timesb", 16, (0, 0, 0), "m")
    pg.t(105, 27, "Locaux vides à usage d'habitation principale", "times", 11, (0, 0, 0), "m")
    pg.t(
        105,
        33,
        "(Loi n° 89-462 du 6 juillet 1989 modifiée par la loi n° 2014-366 du 24 mars 2014)",
        "times",
        9,
        (0, 0, 0),
        "m",
    )
    y = 46
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            (
                f"Le présent contrat est conclu entre les soussignés :\n"
                f"{L['landlord_text']}, désigné(e) ci-après « le bailleur » ;\net {L['tenant_text']}, "
                "désigné(e) ci-après « le locataire »."
            ),
        ),
        ("II. OBJET DU CONTRAT", f"Adresse du logement : {L['address']}\n{L['desc']}"),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            (
                f"A. Date de prise d'effet du contrat : {words(L['start'])}\n"
                f"B. Durée du contrat : {L['duration']}"
            ),
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            (
                f"Montant du loyer mensuel : {money(L['rent'])} hors "
                f"charges. Provision sur charges : {money(L['charges'])}. Le loyer est payable "
                "mensuellement et d'avance, le 5 de chaque mois."
            ),
        ),
        (
            "V. GARANTIES",
            f"Dépôt de garantie : {money(L['rent'])}, soit un mois de loyer hors charges.",
        ),
    ]
    for title, body in sections:
        pg.t(15, y, title, "timesb", 11)
        y = pg.tlines(15, y + 6, body, "times", 10.5, 180, lead=5) + 6
    pg.t(105, 288, "Page 1/2", "times", 8, (0, 0, 0), "m")
    pages.append(pg)
    pg = Page()
    y = 20
    for title, body in [
        (
            "VI. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            (
                "Le présent contrat sera résilié de plein droit en cas de défaut de "
                "paiement du loyer ou des charges, deux mois après un commandement "
                "demeuré infructueux."
            ),
        ),
        (
            "VII. ANNEXES",
            (
                "Dossier de diagnostic technique ; état des lieux "
                "d'entrée ; notice d'information ; règlement de copropriété (extraits)."
            ),
        ),
    ]:
        pg.t(15, y, title, "timesb", 11)
        y = pg.tlines(15, y + 6, body, "times", 10.5, 180, lead=5) + 6
    y = (
        pg.tlines(
            15,
            y + 4,
            f"Fait à {L['city']}, le {fr(L['signed'])}, en deux exemplaires originaux.",
            "times",
            10.5,
            180,
        )
        + 6
    )
    pg.t(20, y, "Le bailleur", "timesb", 10)
    pg.t(120, y, "Le(s) locataire(s)", "timesb", 10)
    pg.t(20, y + 5, "« Lu et approuvé »", "timesi", 9)
    pg.t(120, y + 5, "« Lu et approuvé »", "timesi", 9)
    pg.signature(20, y + 8, 55, 20, random.Random(L["landlord_text"]), color=(20, 20, 20))
    pg.signature(120, y + 8, 55, 20, random.Random(L["tenant_text"]))
    pg.t(105, 288, "Page 2/2", "times", 8, (0, 0, 0), "m")
    pages.append(pg)
    return pages


def contract(c):
    pg = Page()
    pg.t(15, 20, c["employer"], "libb", 13)
    pg.t(15, 26, c["employer_addr"], "lib", 9)
    pg.t(15, 31, f"SIRET {c['siret']} — Code APE {c['ape']}", "lib", 9)
    pg.t(105, 48, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "libb", 13, (0, 0, 0), "m")
    y = pg.tlines(
        15,
        62,
        f"Entre les soussignés :\nLa société {c['employer']}, {c['form']}, "
        f"dont le siège social est situé {c['employer_addr']}, immatriculée sous le "
        f"numéro SIRET {c['siret']}, représentée par {c['rep']}, agissant en qualité "
        "de Directeur des ressources humaines, ci-après « l'Employeur »,\nd'une part,\n"
        f"Et {c['employee_text']}, demeurant {c['employee_addr']}, ci-après « la "
        "Salariée »,\nd'autre part,\nil a été convenu ce qui suit :",
        "lib",
        10,
        180,
        lead=5.2,
    )
    arts = [
        (
            "Article 1 — Engagement",
            (
                f"La Salariée est engagée à compter du "
                f"{words(c['start'])} par contrat à durée indéterminée, sous réserve des résultats "
                "de la visite d'information et de prévention."
            ),
        ),
        (
            "Article 2 — Fonctions",
            (
                f"La Salariée exercera les fonctions de {c['job']}, "
                f"statut cadre, position {c['grade']} de la convention collective {c['ccn']}."
            ),
        ),
        (
            "Article 3 — Période d'essai",
            (
                "Le présent contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de quatre mois de travail effectif."
            ),
        ),
        (
            "Article 4 — Rémunération",
            (
                f"La rémunération annuelle brute est fixée à "
                f"{money(c['salary'])}, payable en douze mensualités."
            ),
        ),
        ("Article 5 — Lieu de travail", f"Le lieu de travail est fixé à {c['site']}."),
    ]
    for title, body in arts:
        pg.t(15, y + 4, title, "libb", 10.5)
        y = pg.tlines(15, y + 10, body, "lib", 10, 180, lead=5.2)
    pg.t(105, 288, "1/2", "lib", 8, (0, 0, 0), "m")
    pg2 = Page()
    y = 20
    for title, body in [
        (
            "Article 6 — Durée du travail",
            "La durée du travail est organisée selon un forfait annuel de 218 jours.",
        ),
        (
            "Article 7 — Congés payés",
            (
                "La Salariée bénéficiera des congés payés "
                "prévus par les dispositions légales et conventionnelles."
            ),
        ),
        (
            "Article 8 — Protection sociale",
            (
                "La Salariée sera affiliée aux "
                "régimes de retraite complémentaire et de prévoyance de l'entreprise."
            ),
        ),
    ]:
        pg2.t(15, y, title, "libb", 10.5)
        y = pg2.tlines(15, y + 6, body, "lib", 10, 180, lead=5.2) + 5
    y = (
        pg2.tlines(
            15,
            y + 6,
            f"Fait à {c['city']}, le {fr(c['signed'])}, en deux exemplaires.",
            "lib",
            10,
            180,
        )
        + 8
    )
    pg2.t(20, y, "Pour l'Employeur", "libb", 10)
    pg2.t(20, y + 5, c["rep"], "lib", 9)
    pg2.t(120, y, "La Salariée", "libb", 10)
    pg2.t(120, y + 5, "« Lu et approuvé, bon pour accord »", "lib", 9)
    pg2.signature(20, y + 9, 55, 20, random.Random(c["rep"]), color=(20, 20, 20))
    pg2.signature(120, y + 9, 55, 20, random.Random(c["employee_text"]))
    pg2.t(105, 288, "2/2", "lib", 8, (0, 0, 0), "m")
    return [pg, pg2]


def payslip(s):
    pg = Page()
    pg.t(15, 16, "BULLETIN DE PAIE", "robotob", 14)
    pg.kv(120, 16, "Période du", f"{fr(s['start'])} au {fr(s['end'])}", "roboto", 9, "robotob", 9)
    pg.kv(120, 21, "Paiement le", fr(s["paid"]), "roboto", 9, "robotob", 9)
    pg.r(15, 26, 88, 32, 0.4)
    y = 32
    for i, line in enumerate(
        [s["employer"]]
        + s["employer_addr"]
        + [f"SIRET : {s['siret']}", f"Code NAF : {s['naf']}", f"Convention collective : {s['ccn']}"]
    ):
        pg.t(18, y, line, "robotob" if i == 0 else "roboto", 8.5 if i == 0 else 7.5)
        y += 4.3
    pg.r(110, 26, 85, 32, 0.4)
    y = 32
    for i, line in enumerate(
        [s["employee"]]
        + s["employee_addr"]
        + [
            f"Emploi : {s['job']}",
            f"Entrée le : {fr(s['entry'])}",
            "N° SS : en cours d'attribution",
        ]
    ):
        pg.t(113, y, line, "robotob" if i == 0 else "roboto", 8.5 if i == 0 else 7.5)
        y += 4.3
    pg.r(15, 64, 180, 7, 0.4, (0, 0, 0), (225, 232, 240))
    for x, h in (
        (17, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "Montant"),
        (180, ""),
    ):
        pg.t(x, 69, h, "robotob", 8)
    y = 77
    for lab, base, rate, amt in s["lines"]:
        pg.t(17, y, lab, "roboto", 8)
        if base:
            pg.t(128, y, base, "roboto", 8, (0, 0, 0), "r")
        if rate:
            pg.t(152, y, rate, "roboto", 8, (0, 0, 0), "r")
        pg.t(192, y, amt, "roboto", 8, (0, 0, 0), "r")
        y += 5.2
    pg.l(15, y, 195, y, 0.4)
    y += 7
    for lab, amt, bold in [
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", s["net_before"], True),
        (
            f"Impôt sur le revenu prélevé à la source — taux personnalisé {s['pas_rate']}",
            s["pas"],
            False,
        ),
        ("NET PAYÉ", money(s["net"]), True),
    ]:
        pg.t(17, y, lab, "robotob" if bold else "roboto", 9 if bold else 8)
        pg.t(192, y, amt, "robotob" if bold else "roboto", 9 if bold else 8, (0, 0, 0), "r")
        y += 7
    pg.r(15, y, 180, 14, 0, fill=(240, 240, 240))
    pg.t(17, y + 6, f"Total versé par l'employeur : {s['cost']}", "roboto", 8)
    pg.t(
        17,
        y + 11,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
        "roboto",
        7,
    )
    return pg


def rib_page(r):
    pg = Page()
    pg.t(15, 22, r["bank"], "sansb", 16, r["colour"])
    pg.t(15, 30, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 11)
    pg.tlines(
        15,
        38,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte "
        "(virements, paiements de quittances, etc.).",
        "sans",
        7.5,
        180,
    )
    pg.r(15, 52, 180, 70, 0.5)
    pg.kv(20, 61, "Titulaire du compte", r["holder"], "sans", 8.5, "sansb", 10, col=45)
    for i, s in enumerate(r["holder_addr"]):
        pg.t(65, 66.5 + i * 5, s, "sans", 9)
    pg.kv(20, 83, "Domiciliation", r["domic"], "sans", 8.5, "sans", 9.5, col=45)
    hx = [20, 50, 80, 128, 150]
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB", "Devise"]
    b = r["iban"][4:]
    vals = [b[0:5], b[5:10], b[10:21], b[21:23], "EUR"]
    for x, h, v in zip(hx, heads, vals, strict=True):
        pg.t(x, 93, h, "sans", 7.5, (90, 90, 90))
        pg.t(x, 99, v, "mono", 10.5)
    pg.t(20, 108, "IBAN (International Bank Account Number)", "sans", 7.5, (90, 90, 90))
    pg.t(20, 114, group4(r["iban"]), "mono", 11.5)
    pg.t(140, 108, "BIC", "sans", 7.5, (90, 90, 90))
    pg.t(140, 114, r["bic"], "mono", 11.5)
    pg.t(15, 132, f"Document édité le {fr(r['date'])}", "sans", 7.5, (100, 100, 100))
    return pg


def _sfont(key, px):
    return pil_font(key, px)


def screenshot_bill(b):
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (246, 246, 246))
    d = ImageDraw.Draw(im)
    d.text((60, 60), "09:41", font=_sfont("sansb", 44), fill=(0, 0, 0))
    d.text((1110, 60), "5G  87%", font=_sfont("sansb", 36), fill=(0, 0, 0), anchor="ra")
    d.rectangle([0, 150, W, 330], fill=(0, 0, 0))
    d.rectangle([60, 185, 170, 295], fill=b["colour"])
    d.text((210, 215), "Mes factures", font=_sfont("sansb", 58), fill=(255, 255, 255))
    y = 380
    d.rounded_rectangle([40, y, W - 40, y + 860], 30, fill=(255, 255, 255))
    d.text((80, y + 50), f"Facture du {fr(b['issue'])}", font=_sfont("sansb", 50), fill=(0, 0, 0))
    d.text((80, y + 130), money(b["amount"]), font=_sfont("sansb", 96), fill=b["colour"])
    rows = [
        ("Titulaire", b["holder"]),
        ("Adresse", b["addr"][0]),
        ("", b["addr"][1]),
        ("Offre", b["line"]),
        ("Période", f"du {fr(b['start'])} au {fr(b['end'])}"),
        ("N° facture", b["no"]),
        ("Prélèvement", f"le {fr(b['debit'])}"),
    ]
    yy = y + 290
    for lab, val in rows:
        d.text((80, yy), lab, font=_sfont("sans", 38), fill=(110, 110, 110))
        f = _sfont("sansb", 38)
        while f.getlength(val) > W - 500:
            f = _sfont("sansb", f.size - 2)
        d.text((420, yy), val, font=f, fill=(20, 20, 20))
        yy += 75
    d.rounded_rectangle([80, y + 900, W - 80, y + 1010], 55, fill=b["colour"])
    d.text(
        (W // 2, y + 955),
        "Télécharger la facture (PDF)",
        font=_sfont("sansb", 42),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.text((80, y + 1100), "Factures précédentes", font=_sfont("sansb", 46), fill=(0, 0, 0))
    yy = y + 1190
    for mo, amt in b["previous"]:
        d.rounded_rectangle([40, yy, W - 40, yy + 130], 25, fill=(255, 255, 255))
        d.text((80, yy + 45), mo, font=_sfont("sans", 42), fill=(0, 0, 0))
        d.text((W - 80, yy + 45), money(amt), font=_sfont("sansb", 42), fill=(0, 0, 0), anchor="ra")
        yy += 150
    d.rounded_rectangle([W // 2 - 200, H - 30, W // 2 + 200, H - 18], 6, fill=(0, 0, 0))
    return im


def screenshot_revolut(r):
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.text((60, 60), "14:07", font=_sfont("sansb", 44), fill=(0, 0, 0))
    d.text((60, 200), "‹", font=_sfont("sansb", 80), fill=(0, 0, 0))
    d.text((60, 330), "Euro account details", font=_sfont("sansb", 62), fill=(0, 0, 0))
    d.text(
        (60, 420),
        "Use these details to receive EUR transfers (SEPA)",
        font=_sfont("sans", 36),
        fill=(110, 110, 120),
    )
    rows = [
        ("Beneficiary", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Bank name", r["bank"]),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
    ]
    y = 540
    d.rounded_rectangle([40, y, W - 40, y + len(rows) * 190 + 40], 36, fill=(244, 245, 250))
    y += 40
    for lab, val in rows:
        d.text((90, y), lab, font=_sfont("sans", 36), fill=(120, 120, 130))
        f = _sfont("sansb", 44)
        while f.getlength(val) > W - 260:
            f = _sfont("sansb", f.size - 2)
        d.text((90, y + 60), val, font=f, fill=(10, 10, 20))
        d.text((W - 90, y + 40), "⧉", font=_sfont("sans", 50), fill=(0, 110, 240), anchor="ra")
        y += 190
    d.rounded_rectangle([60, y + 80, W - 60, y + 210], 65, fill=(0, 110, 240))
    d.text(
        (W // 2, y + 145),
        "Share account details",
        font=_sfont("sansb", 44),
        fill=(255, 255, 255),
        anchor="mm",
    )
    return im


def width_ok(text, font, size, limit):
    return tw(text, font, size) <= limit
