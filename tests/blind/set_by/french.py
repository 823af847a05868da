"""French papers: bills, lease, attestation d'hébergement, payslip, contract, RIB, app screen."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from checks import spaced
from ids import fr_date
from render import finish, hand, new_pdf, para, signature, text

W, H = A4
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def eur(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",") + " €"


def bill(b, rng):
    """Monthly internet box bill; b['style'] in free / orange."""
    c, buf = new_pdf(A4)
    col = (0.8, 0.0, 0.0) if b["style"] == "free" else (1.0, 0.47, 0.0)
    f, fb = ("arial", "arialb") if b["style"] == "free" else ("lato", "latob")
    c.setFillColorRGB(*col)
    if b["style"] == "free":
        text(c, 15 * mm, H - 22 * mm, "free", "arialb", 30, col)
    else:
        c.rect(15 * mm, H - 32 * mm, 18 * mm, 18 * mm, stroke=0, fill=1)
        text(c, 17 * mm, H - 30 * mm, "orange", "latob", 7, (1, 1, 1))
    text(c, 15 * mm, H - 40 * mm, b["company"], f, 7, (0.3, 0.3, 0.3))
    y = H - 55 * mm
    for s in [b["holder_print"]] + b["address_lines"]:
        text(c, 115 * mm, y, s, fb if s == b["holder_print"] else f, 10)
        y -= 5 * mm
    text(c, 15 * mm, H - 55 * mm, "Votre facture", fb, 16)
    text(c, 15 * mm, H - 62 * mm, f"du {fr_date(b['issue'])}", f, 10)
    text(c, 15 * mm, H - 70 * mm, f"N° de facture : {b['no']}", f, 9)
    text(c, 15 * mm, H - 75 * mm, f"Identifiant client : {b['client']}", f, 9)
    y = H - 100 * mm
    c.setFillColorRGB(0.95, 0.95, 0.95)
    c.rect(15 * mm, y - 2 * mm, W - 30 * mm, 8 * mm, stroke=0, fill=1)
    text(c, 18 * mm, y, "Détail de votre facture", fb, 10)
    y -= 12 * mm
    per = f"du {fr_date(b['start'])} au {fr_date(b['end'])}"
    lines = [
        (f"{b['offer']} — abonnement {per}", b["amount"] - b["extra"]),
        ("Communications et services hors forfait", b["extra"]),
    ]
    for lab, v in lines:
        text(c, 18 * mm, y, lab, f, 9.5)
        text(c, W - 18 * mm, y, eur(v), f, 9.5, anchor="r")
        y -= 7 * mm
    ht = round(b["amount"] / 1.2, 2)
    for lab, v in (("Total HT", ht), ("TVA 20 %", round(b["amount"] - ht, 2))):
        text(c, 120 * mm, y, lab, f, 9)
        text(c, W - 18 * mm, y, eur(v), f, 9, anchor="r")
        y -= 6 * mm
    c.setFillColorRGB(*col)
    c.rect(115 * mm, y - 4 * mm, W - 130 * mm, 10 * mm, stroke=0, fill=1)
    text(c, 118 * mm, y, "Total TTC à payer", fb, 11, (1, 1, 1))
    text(c, W - 18 * mm, y, eur(b["amount"]), fb, 11, (1, 1, 1), anchor="r")
    y -= 18 * mm
    para(
        c,
        15 * mm,
        y,
        f"Ce montant sera prélevé le {fr_date(b['debit'])} sur le compte "
        f"{b['masked']}. Adresse d'installation : {b['address']}.",
        W - 30 * mm,
        f,
        8.5,
    )
    text(c, W / 2, 12 * mm, b["legal"], f, 6, (0.4, 0.4, 0.4), anchor="c")
    c.showPage()
    return finish(c, buf)


def lease(L, rng):
    c, buf = new_pdf(A4)
    pages = []
    text(c, W / 2, H - 20 * mm, "CONTRAT DE LOCATION", "timesb", 16, anchor="c")
    text(
        c,
        W / 2,
        H - 27 * mm,
        "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE",
        "timesb",
        11,
        anchor="c",
    )
    text(
        c,
        W / 2,
        H - 33 * mm,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)",
        "timesi",
        9.5,
        anchor="c",
    )
    y = H - 48 * mm
    body = [
        ("I. DÉSIGNATION DES PARTIES", None),
        (
            None,
            f"Le présent contrat est conclu entre les soussignés : {L['landlord']}, "
            f"demeurant {L['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
        ),
        (
            None,
            "et " + " et ".join(L["tenants_print"]) + ", désigné(e)(s) ci-après « le locataire ».",
        ),
        ("II. OBJET DU CONTRAT", None),
        (
            None,
            f"Adresse du logement : {L['address']}. Type d'habitat : immeuble collectif. "
            f"Régime juridique : copropriété. Surface habitable : {L['surface']} m². Nombre de "
            f"pièces principales : {L['rooms']}.",
        ),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", None),
        (
            None,
            f"Date de prise d'effet du contrat : {fr_date(L['start'])}. Durée du "
            "contrat : trois ans, renouvelable par tacite reconduction.",
        ),
        ("IV. CONDITIONS FINANCIÈRES", None),
        (
            None,
            f"Montant du loyer mensuel : {eur(L['rent'])} hors charges. Provision sur "
            f"charges : {eur(L['charges'])} par mois, avec régularisation annuelle. Le loyer "
            "est payable mensuellement et d'avance, le 1er de chaque mois.",
        ),
        ("V. GARANTIES", None),
        (None, f"Dépôt de garantie : {eur(L['rent'])}, soit un mois de loyer hors charges."),
        ("VI. CLAUSE RÉSOLUTOIRE", None),
        (
            None,
            "Le présent contrat sera résilié de plein droit deux mois après un "
            "commandement de payer demeuré infructueux, en cas de défaut de paiement du loyer, "
            "des charges ou du dépôt de garantie, ou de défaut d'assurance du locataire.",
        ),
    ]
    for head, s in body:
        if head:
            y -= 3 * mm
            text(c, 20 * mm, y, head, "timesb", 10.5)
            y -= 6 * mm
        else:
            y = para(c, 20 * mm, y, s, W - 40 * mm, "times", 10.5, 14) - 2 * mm
    text(c, W / 2, 12 * mm, "Page 1/2 — Paraphes : ______", "times", 8, anchor="c")
    c.showPage()
    y = H - 25 * mm
    y = para(
        c,
        20 * mm,
        y,
        "VII. ANNEXES — Sont annexés au présent contrat : le dossier de "
        "diagnostic technique (DPE, CREP, ERP), la notice d'information, l'état des lieux "
        "d'entrée établi contradictoirement.",
        W - 40 * mm,
        "times",
        10.5,
        14,
    )
    y -= 10 * mm
    text(
        c,
        20 * mm,
        y,
        f"Fait et signé à {L['city']}, le {fr_date(L['signed'])}, en "
        f"{len(L['tenants_print']) + 1} originaux.",
        "times",
        10.5,
    )
    y -= 15 * mm
    xs = [25 * mm, 85 * mm, 145 * mm][: len(L["tenants_print"]) + 1]
    for i, x in enumerate(xs):
        who = "Le bailleur" if i == 0 else "Le locataire"
        text(c, x, y, who, "timesb", 10)
        text(c, x, y - 5 * mm, "« Lu et approuvé »", "timesi", 9)
        signature(c, x, y - 28 * mm, 40 * mm, 16 * mm, rng, ink="blue" if i else "black")
    text(c, W / 2, 12 * mm, "Page 2/2", "times", 8, anchor="c")
    c.showPage()
    pages.append(2)
    return finish(c, buf)


def attestation_hand(a, rng):
    """Handwritten attestation d'hébergement on plain paper."""
    c, buf = new_pdf(A4)
    f = a.get("font", "ecolier")
    c.setStrokeColorRGB(0.75, 0.8, 0.9)
    c.setLineWidth(0.3)
    for i in range(34):
        c.line(0, H - 30 * mm - i * 8 * mm, W, H - 30 * mm - i * 8 * mm)
    y = H - 30 * mm + 1
    lines = [
        (110, a["host_name"]),
        (110, a["host_addr1"]),
        (110, a["host_addr2"]),
        (0, ""),
        (55, "Attestation d'hébergement"),
        (0, ""),
        (15, f"Je soussignée {a['host_name']}, née le {a['host_dob']}"),
        (15, f"à {a['host_pob']}, demeurant {a['host_addr1']},"),
        (15, f"{a['host_addr2']}, atteste sur l'honneur héberger"),
        (15, f"à mon domicile mon mari, {a['hosted_name']},"),
        (15, f"né le {a['hosted_dob']} à {a['hosted_pob']},"),
        (15, f"depuis le {a['since']}."),
        (0, ""),
        (15, "Je joins une copie de ma carte d'identité et"),
        (15, "mes trois dernières factures."),
        (0, ""),
        (15, "Fait pour servir et valoir ce que de droit."),
        (0, ""),
        (100, f"Fait à {a['city']}, le {a['signed_txt']}"),
    ]
    for indent, s in lines:
        if s:
            hand(c, indent * mm, y, s, rng, f, 19, "blue")
        y -= 8 * mm
    signature(c, 110 * mm, y - 20 * mm, 55 * mm, 20 * mm, rng)
    c.showPage()
    return finish(c, buf)


def payslip(p, rng):
    c, buf = new_pdf(A4)
    text(c, W / 2, H - 14 * mm, "BULLETIN DE PAIE", "carlitob", 14, anchor="c")
    text(
        c,
        W / 2,
        H - 19 * mm,
        f"Période du {fr_date(p['start'])} au {fr_date(p['end'])}",
        "carlito",
        9,
        anchor="c",
    )
    c.setLineWidth(0.6)
    c.rect(12 * mm, H - 58 * mm, 90 * mm, 34 * mm)
    c.rect(108 * mm, H - 58 * mm, 90 * mm, 34 * mm)
    y = H - 29 * mm
    for s in (
        [p["employer"]]
        + p["emp_addr"]
        + [f"SIRET : {p['siret']}", f"Code NAF : {p['naf']}", f"URSSAF : {p['urssaf']}"]
    ):
        text(c, 15 * mm, y, s, "carlitob" if s == p["employer"] else "carlito", 8.5)
        y -= 4.2 * mm
    y = H - 29 * mm
    for s in (
        [p["employee"]]
        + p["ee_addr"]
        + [
            f"Emploi : {p['job']}",
            f"Statut : {p['status']}",
            f"Date d'entrée : {fr_date(p['entry'])}",
            "N° SS : immatriculation en cours",
        ]
    ):
        text(c, 111 * mm, y, s, "carlitob" if s == p["employee"] else "carlito", 8.5)
        y -= 4.2 * mm
    y = H - 68 * mm
    c.setFillColorRGB(0.88, 0.9, 0.95)
    c.rect(12 * mm, y - 2 * mm, W - 24 * mm, 6 * mm, stroke=0, fill=1)
    for x, s in (
        (15, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "Part salarié"),
        (185, "Part employeur"),
    ):
        text(c, x * mm, y, s, "carlitob", 8, anchor="l" if x == 15 else "c")
    y -= 8 * mm
    gross = p["gross"]
    rows = [("Salaire de base", gross, None, gross, None)]
    items = [
        ("Santé", 0.0, 0.071),
        ("Retraite", 0.0690, 0.0855),
        ("Retraite complémentaire", 0.0401, 0.0601),
        ("Famille", 0, 0.0345),
        ("Assurance chômage", 0, 0.0405),
        ("Autres contributions dues par l'employeur", 0, 0.0232),
    ]
    tot_s = 0.0
    for lab, rs, re in items:
        ps = round(gross * rs, 2)
        tot_s += ps
        rows.append((lab, gross, None, -ps if ps else None, round(gross * re, 2)))
    base = round(gross * 0.9825, 2)
    csg_d = round(base * 0.068, 2)
    csg_n = round(base * 0.029, 2)
    tot_s += csg_d + csg_n
    rows += [
        ("CSG déductible de l'impôt sur le revenu", base, "6,80", -csg_d, None),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", base, "2,90", -csg_n, None),
    ]
    for lab, b, t, s, e in rows:
        text(c, 15 * mm, y, lab, "carlito", 8.5)
        text(c, 110 * mm, y, f"{b:.2f}".replace(".", ","), "carlito", 8.5, anchor="c")
        if t:
            text(c, 135 * mm, y, t, "carlito", 8.5, anchor="c")
        if s is not None:
            text(c, 160 * mm, y, f"{s:.2f}".replace(".", ","), "carlito", 8.5, anchor="c")
        if e:
            text(c, 185 * mm, y, f"{e:.2f}".replace(".", ","), "carlito", 8.5, anchor="c")
        y -= 6 * mm
    net_before = round(gross - tot_s, 2)
    pas = round(net_before * p["pas_rate"] / 100, 2)
    net = round(net_before - pas, 2)
    y -= 4 * mm
    c.line(12 * mm, y + 3 * mm, W - 12 * mm, y + 3 * mm)
    for lab, v in (
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", net_before),
        (
            f"Impôt sur le revenu prélevé à la source — taux {p['pas_rate']:.1f} % "
            "(taux non personnalisé)",
            -pas,
        ),
    ):
        text(c, 15 * mm, y, lab, "carlitob" if v > 0 else "carlito", 9)
        text(c, 185 * mm, y, eur(v), "carlito", 9, anchor="c")
        y -= 7 * mm
    c.setFillColorRGB(0.1, 0.2, 0.45)
    c.rect(110 * mm, y - 3 * mm, 88 * mm, 9 * mm, stroke=0, fill=1)
    text(c, 113 * mm, y, "NET PAYÉ", "carlitob", 11, (1, 1, 1))
    text(c, 195 * mm, y, eur(net), "carlitob", 11, (1, 1, 1), anchor="r")
    y -= 12 * mm
    text(c, 15 * mm, y, f"Payé par virement le {fr_date(p['paid'])}", "carlito", 8.5)
    text(
        c,
        15 * mm,
        y - 5 * mm,
        "Dans votre intérêt et pour vous aider à faire valoir vos "
        "droits, conservez ce bulletin de paie sans limitation de durée.",
        "carlito",
        7.5,
    )
    c.showPage()
    return finish(c, buf), net, net_before


def contract(k, rng):
    c, buf = new_pdf(A4)
    text(c, W / 2, H - 22 * mm, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "timesb", 14, anchor="c")
    y = H - 38 * mm
    paras = [
        f"Entre les soussignés : {k['employer']}, {k['form']} au capital de "
        f"{k['capital']} euros, dont le siège social est situé {k['emp_addr']}, "
        f"immatriculée sous le numéro SIRET {k['siret']}, représentée par "
        f"{k['rep']}, agissant en qualité de {k['rep_q']}, ci-après « l'employeur »,",
        f"et {k['employee']}, née le {fr_date(k['dob'])} à {k['pob']}, de nationalité "
        f"{k['nat']}, demeurant {k['addr']}, ci-après « la salariée »,",
        "il a été convenu ce qui suit.",
        f"Article 1 — Engagement. La salariée est engagée à compter du "
        f"{fr_date(k['start'])} pour une durée indéterminée, sous réserve des résultats de "
        "la visite d'information et de prévention. Le présent contrat est régi par la "
        f"convention collective {k['ccn']}.",
        f"Article 2 — Fonctions. La salariée exercera les fonctions de {k['job']}, {k['classif']}.",
        "Article 3 — Période d'essai. Le contrat ne deviendra définitif qu'à l'issue d'une "
        "période d'essai de deux mois de travail effectif.",
        f"Article 4 — Durée du travail. La durée hebdomadaire de travail est fixée à 35 "
        f"heures. Article 5 — Rémunération. La salariée percevra une rémunération mensuelle "
        f"brute de {eur(k['gross'])} pour 151,67 heures.",
        f"Article 6 — Lieu de travail. {k['place']}.",
    ]
    for s in paras:
        y = para(c, 20 * mm, y, s, W - 40 * mm, "times", 10.5, 14) - 4 * mm
    text(
        c,
        20 * mm,
        y - 4 * mm,
        f"Fait en deux exemplaires à {k['city']}, le {fr_date(k['signed'])}.",
        "times",
        10.5,
    )
    for i, who in enumerate(("L'employeur", "La salariée")):
        x = 25 * mm + i * 95 * mm
        text(c, x, y - 16 * mm, who, "timesb", 10)
        text(c, x, y - 21 * mm, "Lu et approuvé, bon pour accord", "timesi", 9)
        signature(c, x, y - 45 * mm, 45 * mm, 18 * mm, rng, ink="blue" if i else "black")
    c.showPage()
    return finish(c, buf)


def rib(r, rng):
    """Bank RIB page (BNP-like or Crédit Agricole-like or La Banque Postale-like)."""
    c, buf = new_pdf(A4)
    col = r["color"]
    text(c, 15 * mm, H - 22 * mm, r["bank"], "sansb", 15, col)
    text(c, 15 * mm, H - 28 * mm, r["tagline"], "sans", 8, (0.4, 0.4, 0.4))
    text(c, W / 2, H - 45 * mm, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 12, anchor="c")
    c.setStrokeColorRGB(*col)
    c.setLineWidth(0.8)
    c.rect(15 * mm, H - 125 * mm, W - 30 * mm, 72 * mm)
    y = H - 62 * mm
    text(c, 20 * mm, y, "Titulaire du compte", "sans", 8, (0.4, 0.4, 0.4))
    y -= 6 * mm
    for s in [r["holder"]] + r["holder_addr"]:
        text(c, 20 * mm, y, s, "sansb" if s == r["holder"] else "sans", 10)
        y -= 5 * mm
    text(c, 120 * mm, H - 62 * mm, "Domiciliation", "sans", 8, (0.4, 0.4, 0.4))
    for i, s in enumerate(r["agency"]):
        text(c, 120 * mm, H - 68 * mm - i * 5 * mm, s, "sans", 9)
    y = H - 97 * mm
    ib = r["iban"][4:]
    for i, (lab, val) in enumerate(
        (
            ("Code banque", ib[0:5]),
            ("Code guichet", ib[5:10]),
            ("N° de compte", ib[10:21]),
            ("Clé RIB", ib[21:23]),
        )
    ):
        x = 20 * mm + [0, 30, 60, 105][i] * mm
        text(c, x, y, lab, "sans", 7.5, (0.4, 0.4, 0.4))
        text(c, x, y - 5 * mm, val, "mono", 11)
    y -= 15 * mm
    text(c, 20 * mm, y, "IBAN", "sans", 7.5, (0.4, 0.4, 0.4))
    text(c, 20 * mm, y - 5 * mm, spaced(r["iban"]), "mono", 11.5)
    text(c, 140 * mm, y, "BIC", "sans", 7.5, (0.4, 0.4, 0.4))
    text(c, 140 * mm, y - 5 * mm, r["bic"], "mono", 11.5)
    para(
        c,
        15 * mm,
        H - 135 * mm,
        "Ce relevé est destiné à être remis, sur leur demande, à "
        "vos créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
        "(virements, prélèvements...). Son utilisation vous garantit le bon enregistrement "
        "des opérations en cause.",
        W - 30 * mm,
        "sans",
        7.5,
        color=(0.3, 0.3, 0.3),
    )
    text(c, 15 * mm, 12 * mm, r["legal"], "sans", 5.8, (0.4, 0.4, 0.4))
    c.showPage()
    return finish(c, buf)


def app_screen(r, rng):
    """Banking app 'Mon RIB' screen at 390x844 pt (1170x2532 px at 3x)."""
    w, h = 390, 844
    c, buf = new_pdf((w, h))
    c.setFillColorRGB(0.97, 0.97, 0.98)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    text(c, 28, h - 32, "14:37", "sansb", 13)
    text(c, w - 28, h - 32, "4G  82 %", "sans", 11, anchor="r")
    c.setFillColorRGB(*r["color"])
    c.rect(0, h - 130, w, 80, stroke=0, fill=1)
    text(c, 20, h - 95, "‹", "sansb", 26, (1, 1, 1))
    text(c, w / 2, h - 92, "Mon RIB", "sansb", 17, (1, 1, 1), anchor="c")
    text(c, w / 2, h - 112, r["bank"], "sans", 10, (1, 1, 1), anchor="c")
    c.setFillColorRGB(1, 1, 1)
    c.roundRect(16, h - 520, w - 32, 370, 14, stroke=0, fill=1)
    y = h - 180
    for lab, val, font in (
        ("Titulaire", r["holder"], "sansb"),
        ("Compte", r["account_name"], "sans"),
        ("IBAN", spaced(r["iban"][:20]), "mono"),
        ("", spaced(r["iban"])[25:], "mono"),
        ("BIC", r["bic"], "mono"),
        ("Banque", r["bank_full"], "sans"),
        ("Adresse", r["bank_addr"], "sans"),
    ):
        if lab:
            text(c, 34, y, lab, "sans", 10, (0.45, 0.45, 0.5))
            y -= 20
        text(c, 34, y, val, font, 13 if font != "sans" else 12)
        y -= 28
    for i, lab in enumerate(("Partager", "Télécharger le PDF")):
        c.setFillColorRGB(*r["color"])
        c.roundRect(24 + i * 176, h - 600, 166, 46, 23, stroke=0, fill=1)
        text(c, 107 + i * 176, h - 582, lab, "sansb", 12, (1, 1, 1), anchor="c")
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, w, 80, stroke=0, fill=1)
    for i, lab in enumerate(("Comptes", "Virements", "Cartes", "Profil")):
        text(c, 50 + i * 97, 38, lab, "sans", 10, (0.4, 0.4, 0.45), anchor="c")
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.roundRect(w / 2 - 67, 8, 134, 5, 2.5, stroke=0, fill=1)
    c.showPage()
    return finish(c, buf)
