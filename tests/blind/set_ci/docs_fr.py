"""French documents: bills, leases, attestation, payslip, contracts, RIBs, app screenshot."""

from __future__ import annotations

from PIL import Image, ImageDraw

from common import Page, group, pil_font, sign, stamp
from docs_id import fr, words_fr

PROVIDERS = {
    "EDF": {
        "color": (0, 90, 170),
        "accent": (255, 120, 0),
        "font": "lato",
        "bold": "latob",
        "full": "EDF - Électricité de France",
        "svc": "Électricité",
        "addr": "EDF Service Client - TSA 21941 - 62978 ARRAS CEDEX 9",
        "tel": "09 69 32 15 15",
    },
    "Bouygues Telecom": {
        "color": (0, 60, 120),
        "accent": (0, 150, 200),
        "font": "roboto",
        "bold": "robotob",
        "full": "Bouygues Telecom",
        "svc": "Bbox fit - Internet",
        "addr": "Bouygues Telecom - Service Clients - 60436 Noailles Cedex",
        "tel": "1064",
    },
    "Orange": {
        "color": (0, 0, 0),
        "accent": (255, 121, 0),
        "font": "open",
        "bold": "openb",
        "full": "Orange",
        "svc": "Forfait mobile 100 Go 5G",
        "addr": "Orange - Service Clients - 33734 Bordeaux Cedex 9",
        "tel": "3900",
    },
    "TotalEnergies": {
        "color": (237, 0, 0),
        "accent": (0, 70, 160),
        "font": "rcond",
        "bold": "rcondb",
        "full": "TotalEnergies Électricité et Gaz France",
        "svc": "Offre Verte Fixe - Électricité",
        "addr": "TotalEnergies - TSA 21519 - 75901 Paris Cedex 15",
        "tel": "09 70 80 69 69",
    },
    "SFR": {
        "color": (226, 0, 26),
        "accent": (60, 60, 60),
        "font": "carlito",
        "bold": "carlitob",
        "full": "SFR",
        "svc": "SFR Fibre Power",
        "addr": "SFR - Service Client - TSA 73917 - 62978 Arras Cedex 9",
        "tel": "1023",
    },
    "Engie": {
        "color": (0, 170, 255),
        "accent": (0, 60, 110),
        "font": "lib",
        "bold": "libb",
        "full": "ENGIE",
        "svc": "Gaz naturel - Offre Elec'Car / Gaz Tranquillité",
        "addr": "ENGIE - TSA 62025 - 92099 La Défense Cedex",
        "tel": "09 69 324 324",
    },
}


def money(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


def bill(b, rng):
    """One monthly bill page. b: provider, holder, addr (list), month_start, month_end..."""
    st = PROVIDERS[b["provider"]]
    f, fb, col, acc = st["font"], st["bold"], st["color"], st["accent"]
    p = Page()
    p.rect(15, 12, 34, 14, stroke=None, fill=col)
    p.text(
        32,
        21.5,
        b["provider"].split()[0],
        fb,
        13 if len(b["provider"]) < 8 else 10,
        (255, 255, 255),
        "c",
    )
    p.text(15, 32, st["full"], f, 7, (80, 80, 80))
    p.text(15, 35.5, st["addr"], f, 6.2, (80, 80, 80))
    p.text(195, 18, "Facture", fb, 18, col, "r")
    p.text(195, 25, "du " + fr(b["issue"]), f, 9, (40, 40, 40), "r")
    p.text(195, 30, "N° de facture : " + b["number"], f, 8, (40, 40, 40), "r")
    p.text(195, 34.5, "Réf. client : " + b["client"], f, 8, (40, 40, 40), "r")
    y = 50
    for ln in [b["holder_line"], *b["addr"]]:
        p.text(115, y, ln, fb if ln == b["holder_line"] else f, 10)
        y += 5
    p.rect(15, 48, 85, 30, stroke=acc, lw=0.4)
    p.text(18, 54, "Votre contrat", fb, 9, col)
    p.text(18, 60, st["svc"], f, 8)
    p.text(18, 65, "Titulaire : " + b["holder_line"], f, 8)
    p.text(18, 70, "Lieu de consommation / d'installation :", f, 7, (80, 80, 80))
    p.text(18, 74.5, ", ".join(b["addr"]), f, 7.2)
    p.rect(15, 86, 180, 22, stroke=None, fill=(244, 246, 250))
    p.text(20, 95, "Montant total TTC", fb, 12, col)
    p.text(20, 102, "Période du " + fr(b["start"]) + " au " + fr(b["end"]), f, 9)
    p.text(190, 100, money(b["amount"]) + " €", fb, 20, col, "r")
    p.text(20, 118, "Détail de votre facture", fb, 11, col)
    y = 126
    for lab, val in b["lines"]:
        p.text(20, y, lab, f, 8.5)
        p.text(190, y, money(val) + " €", f, 8.5, align="r")
        p.line(20, y + 2, 190, y + 2, 0.1, (200, 200, 200))
        y += 6.5
    ht = round(b["amount"] / 1.2, 2)
    for lab, val in [
        ("Total HT", ht),
        ("TVA 20 %", round(b["amount"] - ht, 2)),
        ("Total TTC", b["amount"]),
    ]:
        p.text(140, y + 3, lab, fb, 9)
        p.text(190, y + 3, money(val) + " €", fb, 9, align="r")
        y += 6
    p.para(
        20,
        y + 10,
        170,
        "Prélèvement automatique : ce montant sera prélevé le "
        + fr(b["debit"])
        + " sur le compte "
        + b["iban_mask"]
        + ". Mandat SEPA n° "
        + b["client"]
        + "-01.",
        f,
        8,
    )
    p.line(15, 270, 195, 270, 0.2, (150, 150, 150))
    p.text(15, 276, st["full"] + " - Service client " + st["tel"], f, 6.5, (90, 90, 90))
    p.text(195, 276, "Page 1/1", f, 6.5, (90, 90, 90), "r")
    return p


def lease(le, rng, owner_sign=True):
    """Bail d'habitation (loi n° 89-462), three pages."""
    pages = []
    p = Page()
    p.text(105, 22, "CONTRAT DE LOCATION", "timesb", 16, align="c")
    p.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION", "timesb", 11, align="c")
    p.text(
        105,
        35,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs",
        "times",
        8,
        align="c",
    )
    p.text(
        105,
        39,
        "et portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        "times",
        8,
        align="c",
    )
    y = 52
    y = p.para(20, y, 170, "I. DÉSIGNATION DES PARTIES", "timesb", 11) + 2
    y = p.para(20, y, 170, "Le présent contrat est conclu entre les soussignés :", "times", 10)
    y = p.para(
        25,
        y + 2,
        165,
        "Le bailleur : "
        + le["landlord"]
        + ", "
        + le["landlord_addr"]
        + ", ci-après dénommé « le bailleur » ;",
        "times",
        10,
    )
    y = p.para(
        25,
        y + 2,
        165,
        "Le(s) locataire(s) : " + le["tenants_line"] + ", ci-après dénommé(s) « le locataire ».",
        "times",
        10,
    )
    y = p.para(20, y + 6, 170, "II. OBJET DU CONTRAT", "timesb", 11) + 2
    y = p.para(
        20,
        y,
        170,
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
        "times",
        10,
    )
    y = p.para(25, y + 2, 165, "Adresse du logement : " + le["address"], "timesb", 10)
    y = p.para(25, y + 2, 165, le["desc"], "times", 10)
    y = p.para(20, y + 6, 170, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "timesb", 11) + 2
    y = p.para(
        20,
        y,
        170,
        "La durée du contrat et sa date de prise d'effet sont ainsi définies :",
        "times",
        10,
    )
    y = p.para(
        25,
        y + 2,
        165,
        "A. Date de prise d'effet du contrat : " + words_fr(le["start"]),
        "timesb",
        10,
    )
    y = p.para(
        25,
        y + 2,
        165,
        "B. Durée du contrat : 3 ans (bailleur personne physique) / "
        "6 ans (bailleur personne morale).",
        "times",
        10,
    )
    y = p.para(20, y + 6, 170, "IV. CONDITIONS FINANCIÈRES", "timesb", 11) + 2
    y = p.para(
        25,
        y,
        165,
        "Montant du loyer mensuel : " + le["rent"] + " € hors charges ; "
        "provision sur charges : " + le["charges"] + " € ; payable le 1er de chaque "
        "mois.",
        "times",
        10,
    )
    y = p.para(
        25,
        y + 2,
        165,
        "Le logement est situé dans une zone d'encadrement des loyers : non.",
        "times",
        10,
    )
    p.text(105, 285, "Page 1/3 — Paraphes : ______", "times", 8, align="c")
    pages.append(p)
    p = Page()
    y = p.para(20, 22, 170, "V. TRAVAUX", "timesb", 11) + 2
    y = p.para(20, y, 170, "Néant.", "times", 10)
    y = p.para(20, y + 6, 170, "VI. GARANTIES", "timesb", 11) + 2
    y = p.para(
        20,
        y,
        170,
        "Dépôt de garantie : " + le["rent"] + " € (un mois de loyer hors charges).",
        "times",
        10,
    )
    y = p.para(20, y + 6, 170, "VII. CLAUSE RÉSOLUTOIRE", "timesb", 11) + 2
    y = p.para(
        20,
        y,
        170,
        "Le présent contrat sera résilié immédiatement et de plein droit, "
        "deux mois après un commandement demeuré infructueux, à défaut de paiement du "
        "loyer ou des charges aux termes convenus, ou du versement du dépôt de garantie, "
        "ou à défaut d'assurance du locataire contre les risques locatifs.",
        "times",
        10,
    )
    y = p.para(20, y + 6, 170, "VIII. ANNEXES", "timesb", 11) + 2
    for a in [
        "Dossier de diagnostic technique (DPE, CREP, ERP)",
        "Notice d'information",
        "État des lieux d'entrée",
        "Extrait du règlement de copropriété",
    ]:
        y = p.para(25, y, 165, "- " + a, "times", 10)
    p.text(105, 285, "Page 2/3 — Paraphes : ______", "times", 8, align="c")
    pages.append(p)
    p = Page()
    y = p.para(20, 22, 170, "IX. SIGNATURES", "timesb", 11) + 4
    y = p.para(
        20,
        y,
        170,
        "Fait et signé à "
        + le["city"]
        + ", le "
        + fr(le["signed"])
        + ", en "
        + str(len(le["tenants"]) + 1)
        + " originaux dont un remis à chaque "
        "signataire.",
        "times",
        10,
    )
    p.text(30, y + 10, "Le bailleur", "timesb", 10)
    p.text(30, y + 15, "(signature précédée de « lu et approuvé »)", "times", 7.5)
    p.text(120, y + 10, "Le(s) locataire(s)", "timesb", 10)
    p.text(120, y + 15, "(signature précédée de « lu et approuvé »)", "times", 7.5)
    p.hand(30, y + 25, "Lu et approuvé", "hand2", 12, seed=rng.randrange(1 << 20))
    sign(p, 28, y + 28, 50, 20, le["landlord"], rng)
    for i, t in enumerate(le["tenants"]):
        p.hand(120, y + 25 + i * 32, "Lu et approuvé", "hand4", 12, seed=rng.randrange(1 << 20))
        sign(p, 118, y + 28 + i * 32, 50, 20, t, rng, color=(10, 10, 10))
    p.text(105, 285, "Page 3/3", "times", 8, align="c")
    pages.append(p)
    return pages


def attestation_hand(a, rng):
    p = Page(210, 297, (252, 252, 250))
    for i in range(34):
        p.line(0, 30 + i * 7.5, 210, 30 + i * 7.5, 0.15, (170, 190, 220))
    p.line(25, 0, 25, 297, 0.2, (220, 120, 120))
    font = "hand2"
    lines = a["lines"]
    sd = rng.randrange(1 << 20)
    y = 44.5
    p.hand(70, 29.5 + 7.5, "Attestation d'hébergement", font, 17, seed=sd)
    for i, ln in enumerate(lines):
        p.hand(30, y + 7.5 * (i + 1), ln, font, 13.5, seed=sd + i + 1, slope=-0.004)
    y = y + 7.5 * (len(lines) + 2)
    sign(p, 120, y, 60, 22, a["host"], rng)
    return p


def attestation_typed(a, rng):
    p = Page()
    y = 25
    for ln in a["host_block"]:
        p.text(20, y, ln, "carlito", 11)
        y += 5
    p.text(105, 62, "ATTESTATION D'HÉBERGEMENT", "carlitob", 15, align="c")
    y = p.para(20, 78, 170, a["body"], "carlito", 11.5, lead=6.2)
    p.text(20, y + 8, "Fait pour servir et valoir ce que de droit.", "carlito", 11.5)
    p.text(120, y + 20, "Fait à " + a["city"] + ", le " + fr(a["date"]), "carlito", 11.5)
    p.text(120, y + 27, "Signature de l'hébergeant :", "carlito", 11.5)
    sign(p, 118, y + 30, 60, 22, a["host"], rng)
    p.text(
        20,
        270,
        "Pièces jointes : copie de la carte d'identité de l'hébergeant, justificatifs de domicile.",
        "carlito",
        9,
    )
    return p


def payslip(s, rng):
    p = Page()
    f, fb = "lib", "libb"
    p.rect(12, 10, 186, 18, stroke=None, fill=(40, 70, 110))
    p.text(16, 20, "BULLETIN DE PAIE", fb, 15, (255, 255, 255))
    p.text(
        194,
        17,
        "Période du " + fr(s["pstart"]) + " au " + fr(s["pend"]),
        f,
        8.5,
        (255, 255, 255),
        "r",
    )
    p.text(194, 23, "Paiement le " + fr(s["paid"]) + " par virement", f, 8.5, (255, 255, 255), "r")
    y = 36
    for ln in s["employer_block"]:
        p.text(14, y, ln, fb if y == 36 else f, 8.5)
        y += 4.3
    p.rect(110, 33, 88, 32, stroke=(120, 120, 120))
    y = 39
    for ln in s["employee_block"]:
        p.text(114, y, ln, fb if y == 39 else f, 9)
        y += 4.8
    info = [
        ("Emploi", s["job"]),
        ("Statut", "Non-cadre"),
        ("Contrat", s["contract"]),
        ("Entrée le", fr(s["start"])),
        ("N° Sécurité sociale", s["nir_s"]),
        ("Convention collective", s["ccn"]),
    ]
    y = 72
    for lab, val in info:
        p.text(14, y, lab, f, 7.5, (90, 90, 90))
        p.text(60, y, val, f, 8)
        y += 4.4
    y += 4
    p.rect(12, y, 186, 6, stroke=None, fill=(220, 228, 238))
    for x, h in [
        (14, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "À déduire"),
        (195, "À payer"),
    ]:
        p.text(x, y + 4.2, h, fb, 7.5, align="r" if x > 150 else "l")
    y += 11
    for lab, base, rate, ded, pay in s["rows"]:
        p.text(14, y, lab, f if ded or pay else fb, 7.8)
        p.text(110, y, base, f, 7.8)
        p.text(135, y, rate, f, 7.8)
        p.text(178, y, ded, f, 7.8, align="r")
        p.text(195, y, pay, f, 7.8, align="r")
        y += 5
    y += 4
    p.rect(12, y, 186, 16, stroke=None, fill=(235, 240, 246))
    p.text(16, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
    p.text(194, y + 6, money(s["net_before"]) + " €", fb, 9, align="r")
    p.text(16, y + 12.5, "Impôt sur le revenu prélevé à la source (taux " + s["pas"] + ")", f, 8)
    p.text(
        194, y + 12.5, "- " + money(round(s["net_before"] - s["net"], 2)) + " €", f, 8, align="r"
    )
    y += 22
    p.rect(110, y, 88, 12, stroke=(40, 70, 110), fill=(40, 70, 110))
    p.text(114, y + 8, "NET PAYÉ", fb, 11, (255, 255, 255))
    p.text(194, y + 8, money(s["net"]) + " €", fb, 12, (255, 255, 255), "r")
    p.text(14, y + 8, "Montant net social : " + money(s["net_social"]) + " €", fb, 8.5)
    p.para(
        14,
        282,
        180,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
        "bulletin de paie sur le portail www.service-public.fr",
        f,
        6.5,
    )
    return p


def contract(c, rng):
    pages = []
    p = Page()
    f, fb = c.get("font", "times"), c.get("bold", "timesb")
    p.text(105, 24, c["title"], fb, 14, align="c")
    if c.get("subtitle"):
        p.text(105, 31, c["subtitle"], f, 9.5, align="c")
    y = 44
    y = p.para(20, y, 170, "ENTRE LES SOUSSIGNÉS :", fb, 10.5) + 2
    y = p.para(20, y, 170, c["employer_par"], f, 10.5) + 2
    y = p.para(20, y, 170, "ET :", fb, 10.5) + 2
    y = p.para(20, y, 170, c["employee_par"], f, 10.5) + 4
    y = p.para(20, y, 170, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10.5) + 3
    for title, body in c["articles"][:4]:
        y = p.para(20, y, 170, title, fb, 10.5) + 1
        y = p.para(20, y, 170, body, f, 10.5) + 3
    p.text(105, 287, "1/2", f, 8, align="c")
    pages.append(p)
    p = Page()
    y = 22
    for title, body in c["articles"][4:]:
        y = p.para(20, y, 170, title, fb, 10.5) + 1
        y = p.para(20, y, 170, body, f, 10.5) + 3
    y = p.para(
        20,
        y + 6,
        170,
        "Fait en deux exemplaires originaux, à " + c["city"] + ", le " + fr(c["signed"]) + ".",
        f,
        10.5,
    )
    p.text(30, y + 8, "L'employeur", fb, 10.5)
    p.text(125, y + 8, "Le/La salarié(e)", fb, 10.5)
    p.text(125, y + 13, "« Lu et approuvé, bon pour accord »", f, 8.5)
    sign(p, 28, y + 14, 55, 22, c["employer_signer"], rng, color=(15, 25, 110))
    stamp(p, 70, y + 40, 13, [c["stamp1"], c["stamp2"]], (60, 60, 150))
    p.hand(125, y + 21, "Lu et approuvé, bon pour accord", "hand3", 11, seed=rng.randrange(1 << 20))
    sign(p, 123, y + 24, 55, 22, c["employee_name"], rng, color=(10, 10, 10))
    p.text(105, 287, "2/2", f, 8, align="c")
    pages.append(p)
    return pages


def rib(r, rng):
    """Relevé d'identité bancaire, bank-styled, top third of an A4."""
    p = Page()
    col = r["color"]
    f, fb = r.get("font", "sans"), r.get("bold", "sansb")
    p.rect(15, 14, 180, 16, stroke=None, fill=col)
    p.text(20, 25, r["bank"], fb, 14, (255, 255, 255))
    p.text(190, 25, "Relevé d'Identité Bancaire", f, 10, (255, 255, 255), "r")
    p.text(20, 40, "Titulaire du compte", f, 8, (100, 100, 100))
    y = 45.5
    for ln in r["holder_block"]:
        p.text(20, y, ln, fb if y == 45.5 else f, 10)
        y += 5
    p.text(120, 40, "Domiciliation", f, 8, (100, 100, 100))
    y2 = 45.5
    for ln in r["branch_block"]:
        p.text(120, y2, ln, f, 9)
        y2 += 4.6
    y = max(y, y2) + 5
    heads = [
        ("Code banque", r["bank_code"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    x = 20
    for (h, v), w in zip(heads, [30, 30, 50, 20], strict=True):
        p.rect(x, y, w, 13, stroke=(150, 150, 150))
        p.text(x + 2, y + 4, h, f, 7, (100, 100, 100))
        p.text(x + 2, y + 10.5, v, "monob", 10)
        x += w
    y += 20
    p.text(20, y, "IBAN (International Bank Account Number)", f, 8, (100, 100, 100))
    p.text(20, y + 6, group(r["iban"]), "monob", 12)
    p.text(150, y, "BIC (Bank Identifier Code)", f, 8, (100, 100, 100))
    p.text(150, y + 6, r["bic"], "monob", 12)
    p.para(
        20,
        y + 16,
        170,
        "Ce relevé est destiné à être remis, sur leur demande, à vos "
        "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
        "(virements, paiement de quittances, etc.).",
        f,
        7.5,
    )
    p.line(10, y + 32, 200, y + 32, 0.2, (170, 170, 170))
    return p


def wise_screenshot(w, rng):
    W, H = 1170, 2532
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)

    def t(x, y, s, size, font="roboto", fill=(14, 15, 12), anchor="ls"):
        d.text((x, y), s, font=pil_font(font, size), fill=fill, anchor=anchor)

    t(70, 105, "10:15", 46, "robotom")
    t(1100, 105, "5G  87%", 40, "robotom", anchor="rs")
    t(70, 250, "‹", 90, "roboto")
    t(585, 245, "Account details", 50, "robotob", anchor="ms")
    d.ellipse([505, 330, 665, 490], fill=(255, 230, 0))
    t(585, 440, "€", 90, "robotob", anchor="ms")
    t(585, 590, "Euro", 64, "robotob", anchor="ms")
    t(585, 660, "Receive money from Europe (SEPA)", 38, fill=(90, 90, 90), anchor="ms")
    rows = [
        ("Name", w["holder"]),
        ("IBAN", group(w["iban"])),
        ("Swift/BIC", w["bic"]),
        ("Bank name and address", w["bank_name"]),
        ("", w["bank_addr1"]),
        ("", w["bank_addr2"]),
    ]
    y = 800
    for lab, val in rows:
        if lab:
            y += 40
            t(80, y, lab, 38, fill=(100, 100, 100))
            y += 70
        else:
            y += 58
        t(80, y, val, 46 if lab else 42, "robotom")
        if lab in ("Name", "IBAN", "Swift/BIC"):
            d.rounded_rectangle([990, y - 50, 1090, y + 10], 20, outline=(22, 51, 0), width=3)
            t(1040, y - 8, "Copy", 28, anchor="ms")
        y += 40
        d.line([(80, y), (1090, y)], fill=(230, 230, 230), width=2)
    d.rounded_rectangle([80, 2150, 1090, 2280], 65, fill=(159, 232, 112))
    t(585, 2235, "Share details", 48, "robotob", (22, 51, 0), anchor="ms")
    t(
        585,
        2360,
        "You can use these details to receive salary, benefits and refunds.",
        30,
        fill=(110, 110, 110),
        anchor="ms",
    )
    d.rounded_rectangle([385, 2480, 785, 2492], 6, fill=(20, 20, 20))
    return img
