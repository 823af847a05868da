"""Bills, RIBs, app screenshots, payslip, contract, lease, attestation d'hébergement."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

import kit
from kit import Page

GREY = (100, 100, 100)


def telecom_bill(b: dict, rng) -> Page:
    """A monthly box / mobile bill (Bouygues Telecom or Orange)."""
    pg = Page()
    brand = b["provider"]
    col = (0, 90, 170) if brand.startswith("Bouygues") else (255, 121, 0)
    if brand.startswith("Bouygues"):
        pg.text(40, 56, "bouygues", "sansb", 20, col)
        pg.text(40, 72, "TELECOM", "sans", 9, col)
    else:
        pg.rect(40, 36, 44, 44, stroke=None, fill=col)
        pg.rect(44, 70, 24, 3, stroke=None, fill=(255, 255, 255))
        pg.text(92, 72, "orange", "sansb", 12, (0, 0, 0))
    pg.text(555, 50, "Votre facture", "sansb", 16, (0, 0, 0), "r")
    pg.text(555, 66, f"du {kit.fr_words(b['issue_date'])}", "sans", 10, (0, 0, 0), "r")
    pg.text(555, 80, f"N° de facture : {b['invoice']}", "sans", 8, GREY, "r")
    pg.text(40, 110, f"N° client : {b['client']}", "sans", 8.5)
    pg.text(40, 122, f"Ligne : {b['line']}", "sans", 8.5)
    pg.text(320, 130, b["holder"], "sansb", 10)
    for i, ln in enumerate(b["address"]):
        pg.text(320, 144 + i * 13, ln, "sans", 10)
    pg.rect(40, 200, 515, 62, stroke=None, fill=(242, 244, 248))
    pg.text(52, 222, "Montant total TTC à payer", "sans", 11)
    pg.text(543, 226, f"{b['amount']:.2f} €".replace(".", ","), "sansb", 20, col, "r")
    pg.text(
        52,
        246,
        f"Prélevé à partir du {kit.fr_date(b['debit_date'])} sur votre compte {b['iban_mask']}",
        "sans",
        8.5,
        GREY,
    )
    y = 296
    pg.text(40, y, "Détail de votre facture", "sansb", 12, col)
    y += 22
    per = f"du {kit.fr_date(b['period_start'])} au {kit.fr_date(b['period_end'])}"
    lines = [
        (f"Abonnement {b['offer']}", per, b["amount"] - b["extra"]),
        ("Communications et services hors forfait", per, b["extra"]),
    ]
    for lab, p, amt in lines:
        pg.text(40, y, lab, "sans", 9.5)
        pg.text(40, y + 12, p, "sans", 8, GREY)
        pg.text(555, y, f"{amt:.2f} €".replace(".", ","), "sans", 9.5, (0, 0, 0), "r")
        pg.line(40, y + 20, 555, y + 20, (210, 210, 210), 0.5)
        y += 32
    ht = b["amount"] / 1.2
    for lab, v in (("Total HT", ht), ("TVA 20 %", b["amount"] - ht), ("Total TTC", b["amount"])):
        pg.text(400, y + 6, lab, "sans", 9)
        pg.text(555, y + 6, f"{v:.2f} €".replace(".", ","), "sansb", 9, (0, 0, 0), "r")
        y += 15
    pg.text(40, 760, b["legal"], "sans", 6, GREY)
    pg.text(555, 810, "Page 1/1", "sans", 7, GREY, "r")
    return pg


def rib_pdf(r: dict, rng) -> Page:
    """A bank's RIB page (the online-banking 'télécharger mon RIB' PDF)."""
    pg = Page()
    col = r["color"]
    pg.rect(40, 36, 515, 4, stroke=None, fill=col)
    pg.text(40, 70, r["bank_name"], "sansb", 16, col)
    pg.text(40, 84, r["branch_line"], "sans", 8, GREY)
    pg.text(297, 124, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 13, (0, 0, 0), "c")
    pg.text(40, 160, "Titulaire du compte", "sans", 8, GREY)
    pg.text(40, 174, r["holder"], "sansb", 11)
    for i, ln in enumerate(r["holder_address"]):
        pg.text(40, 188 + i * 12, ln, "sans", 9.5)
    pg.text(330, 160, "Domiciliation", "sans", 8, GREY)
    for i, ln in enumerate(r["domiciliation"]):
        pg.text(330, 174 + i * 12, ln, "sans", 9.5)
    y = 250
    cols = [
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    x = 40
    for (lab, val), w in zip(cols, (90, 90, 190, 60), strict=True):
        pg.rect(x, y, w, 40, stroke=(170, 170, 170), lw=0.6)
        pg.text(x + 6, y + 13, lab, "sans", 7.5, GREY)
        pg.text(x + 6, y + 31, val, "monob", 11)
        x += w
    y += 68
    pg.text(40, y, "IBAN (International Bank Account Number)", "sans", 8, GREY)
    pg.text(40, y + 18, kit.group4(r["iban"]), "monob", 13)
    pg.text(390, y, "BIC (Bank Identifier Code)", "sans", 8, GREY)
    pg.text(390, y + 18, r["bic"], "monob", 13)
    y += 54
    pg.wrap(
        40,
        y,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements, paiement de quittances...).",
        515,
        "sans",
        7.5,
        color=GREY,
    )
    pg.line(40, 420, 555, 420, (190, 190, 190), 0.5, dash=2)
    return pg


def _status_bar(d, W, rng, dark=False):
    col = (255, 255, 255) if dark else (0, 0, 0)
    d.text(
        (90, 70),
        f"{rng.randint(8, 21)}:{rng.randint(10, 59)}",
        font=kit.pil_font("sansb", 44),
        fill=col,
        anchor="ls",
    )
    d.rounded_rectangle((W - 170, 40, W - 90, 72), 8, outline=col, width=3)
    d.rectangle((W - 166, 44, W - 120, 68), fill=col)


def app_rib(r: dict, rng, style: str) -> Image.Image:
    """Phone screenshot 1170 x 2532 of the RIB screen of a banking app."""
    W, H = 1170, 2532
    dark = style == "n26"
    bg = (18, 18, 18) if dark else (244, 245, 250)
    fg = (240, 240, 240) if dark else (20, 25, 40)
    sub = (150, 150, 150) if dark else (110, 115, 130)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    _status_bar(d, W, rng, dark)
    F = kit.pil_font
    d.text((70, 200), "‹", font=F("sans", 80), fill=fg, anchor="ls")
    d.text((W / 2, 200), r["screen_title"], font=F("sansb", 50), fill=fg, anchor="ms")
    if style == "lbp":
        d.rectangle((0, 250, W, 420), fill=(0, 60, 140))
        d.text((70, 350), "La Banque Postale", font=F("sansb", 58), fill=(255, 214, 0), anchor="ls")
    y = 520
    card = (34, 34, 34) if dark else (255, 255, 255)
    d.rounded_rectangle((50, y - 60, W - 50, y + 1020), 36, fill=card)
    items = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", kit.group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank_name"]),
        ("Adresse de la banque", r["bank_address"]),
    ]
    for lab, val in items:
        d.text((100, y), lab, font=F("sans", 38), fill=sub, anchor="ls")
        y += 70
        font = F("sansb", 44 if lab != "IBAN" else 41)
        for part in _split(val, 36 if lab != "IBAN" else 40):
            d.text((100, y), part, font=font, fill=fg, anchor="ls")
            y += 60
        y += 70
    accent = (54, 161, 139) if dark else (0, 60, 140)
    d.rounded_rectangle((80, H - 420, W - 80, H - 290), 65, fill=accent)
    d.text((W / 2, H - 338), r["button"], font=F("sansb", 46), fill=(255, 255, 255), anchor="ms")
    d.rounded_rectangle((W / 2 - 200, H - 40, W / 2 + 200, H - 28), 6, fill=fg)
    return img


def _split(s, n):
    out, line = [], ""
    for w in s.split(" "):
        if len(line) + len(w) + 1 > n and line:
            out.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    return out + [line]


def payslip(p: dict, rng) -> Page:
    """Bulletin de paie clarifié."""
    pg = Page()
    pg.text(40, 50, "BULLETIN DE PAIE", "sansb", 14)
    pg.text(
        555,
        50,
        f"Période du {kit.fr_date(p['start'])} au {kit.fr_date(p['end'])}",
        "sans",
        9,
        (0, 0, 0),
        "r",
    )
    pg.text(555, 63, f"Paiement le {kit.fr_date(p['paid'])} par virement", "sans", 8, GREY, "r")
    pg.rect(40, 80, 250, 92, stroke=(150, 150, 150), lw=0.6)
    pg.text(48, 96, p["employer"], "sansb", 8.6)
    for i, ln in enumerate(p["employer_address"]):
        pg.text(48, 110 + i * 11, ln, "sans", 8.5)
    pg.text(48, 146, f"SIRET : {p['siret']}   Code NAF : {p['naf']}", "sans", 7.5)
    pg.text(48, 158, f"URSSAF : {p['urssaf']}", "sans", 7.5)
    pg.text(320, 104, p["employee"], "sansb", 10.5)
    for i, ln in enumerate(p["employee_address"]):
        pg.text(320, 118 + i * 12, ln, "sans", 9)
    pg.text(
        40,
        192,
        f"Emploi : {p['job']}   Statut : Non cadre   Entrée le : "
        f"{kit.fr_date(p['hired'])}   Convention collective : {p['ccn']}",
        "sans",
        7.5,
    )
    y = 220
    pg.rect(40, y - 12, 515, 16, stroke=None, fill=(225, 230, 238))
    for x, h in ((44, "Rubrique"), (300, "Base"), (380, "Taux"), (460, "Montant")):
        pg.text(x, y, h, "sansb", 8)
    y += 18
    gross = p["gross"]
    rows = [("Salaire de base", "151,67 h", f"{gross / 151.67:.4f}", gross)]
    cot = [
        ("SANTÉ", 0.0),
        ("Complémentaire santé", 0.011),
        ("RETRAITE", 0.0),
        ("Sécurité sociale plafonnée", 0.069),
        ("Sécurité sociale déplafonnée", 0.004),
        ("Complémentaire Tranche 1", 0.0401),
        ("ASSURANCE CHÔMAGE", 0.0),
        ("CSG déductible de l'impôt sur le revenu", 0.068 * 0.9825),
        ("CSG/CRDS non déductible", 0.029 * 0.9825),
    ]
    total = 0.0
    for lab, rate in cot:
        if rate:
            amt = round(gross * rate, 2)
            total += amt
            rows.append((lab, f"{gross:.2f}", f"{rate * 100:.2f} %", -amt))
        else:
            rows.append((lab, "", "", None))
    for lab, base, rate, amt in rows:
        bold = amt is None
        pg.text(44 if not bold else 44, y, lab, "sansb" if bold else "sans", 8)
        pg.text(300, y, base.replace(".", ","), "sans", 8)
        pg.text(380, y, rate.replace(".", ","), "sans", 8)
        if amt is not None:
            pg.text(520, y, f"{amt:.2f}".replace(".", ","), "sans", 8, (0, 0, 0), "r")
        y += 14
    net_before = gross - total
    tax = round(net_before * p["pas_rate"], 2)
    net = round(net_before - tax, 2)
    y += 10
    for lab, v in (
        ("Total des cotisations et contributions", -total),
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", net_before),
        (f"Impôt sur le revenu prélevé à la source (taux {p['pas_rate'] * 100:.1f} %)", -tax),
    ):
        pg.text(44, y, lab, "sansb", 8.5)
        pg.text(520, y, f"{v:.2f}".replace(".", ","), "sansb", 8.5, (0, 0, 0), "r")
        y += 16
    pg.rect(300, y + 6, 255, 34, stroke=None, fill=(30, 70, 130))
    pg.text(310, y + 28, "NET PAYÉ", "sansb", 11, (255, 255, 255))
    pg.text(545, y + 28, f"{net:.2f} €".replace(".", ","), "sansb", 13, (255, 255, 255), "r")
    pg.text(
        40,
        790,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée.",
        "sans",
        7,
        GREY,
    )
    p["net"] = f"{net:.2f}"
    return pg


def contract_pages(c: dict, rng) -> list[Page]:
    """CDD employment contract, two pages, signed by both parties."""
    p1 = Page()
    p1.text(297, 70, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", "serifb", 14, (0, 0, 0), "c")
    p1.text(297, 88, "(articles L. 1242-1 et suivants du code du travail)", "serif", 9, GREY, "c")
    y = 124
    p1.text(60, y, "ENTRE LES SOUSSIGNÉS :", "serifb", 10.5)
    y = p1.wrap(
        60,
        y + 20,
        f"La société {c['employer']}, {c['legal_form']}, immatriculée sous le "
        f"numéro SIRET {c['siret']}, dont le siège est situé {c['employer_address']}, "
        f"représentée par {c['rep']}, en sa qualité de {c['rep_role']}, "
        "ci-après dénommée « l'Employeur »,",
        475,
        "serif",
        10.5,
        lead=15,
    )
    p1.text(60, y + 6, "ET", "serifb", 10.5)
    y = p1.wrap(
        60,
        y + 26,
        f"Monsieur {c['employee']}, né le {kit.fr_date(c['dob'])} à "
        f"{c['pob']}, de nationalité {c['nat']}, demeurant {c['address']}, "
        "ci-après dénommé « le Salarié »,",
        475,
        "serif",
        10.5,
        lead=15,
    )
    p1.text(60, y + 8, "IL A ÉTÉ CONVENU CE QUI SUIT :", "serifb", 10.5)
    y += 30
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du "
            f"{kit.fr_words(c['start'])} en qualité de {c['job']}, dans le cadre d'un contrat à "
            f"durée déterminée conclu pour accroissement temporaire d'activité, jusqu'au "
            f"{kit.fr_words(c['end'])}.",
        ),
        (
            "Article 2 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            "l'issue d'une période d'essai de deux semaines de travail effectif.",
        ),
        (
            "Article 3 - Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute de "
            f"{c['gross']} euros pour une durée hebdomadaire de travail de 35 heures.",
        ),
        ("Article 4 - Lieu de travail", f"Le Salarié exercera ses fonctions à {c['site']}."),
    ]
    for t, body in arts:
        p1.text(60, y, t, "serifb", 10.5)
        y = p1.wrap(60, y + 15, body, 475, "serif", 10.5, lead=15) + 10
    p1.text(297, 810, "1/2", "serif", 8, GREY, "c")
    p2 = Page()
    y = 70
    for t, body in (
        ("Article 5 - Convention collective", c["ccn"]),
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés dans les "
            "conditions légales, ou d'une indemnité compensatrice à l'issue du contrat.",
        ),
        (
            "Article 7 - Fin du contrat",
            "À l'échéance du terme, le Salarié percevra l'indemnité "
            "de fin de contrat prévue à l'article L. 1243-8 du code du travail.",
        ),
    ):
        p2.text(60, y, t, "serifb", 10.5)
        y = p2.wrap(60, y + 15, body, 475, "serif", 10.5, lead=15) + 10
    y += 20
    p2.text(
        60,
        y,
        f"Fait en deux exemplaires à {c['city']}, le {kit.fr_date(c['signed'])}",
        "serif",
        10.5,
    )
    y += 34
    p2.text(60, y, "L'Employeur", "serifb", 10)
    p2.text(340, y, "Le Salarié", "serifb", 10)
    p2.text(340, y + 14, "(« lu et approuvé »)", "serif", 8.5, GREY)
    p2.hand(340, y + 40, "Lu et approuvé", 11, rng=rng, font_idx=1)
    p2.image(60, y + 12, 150, 60, kit.signature(rng, c["rep"]))
    p2.image(345, y + 50, 150, 60, kit.signature(rng, c["employee"]))
    p2.text(297, 810, "2/2", "serif", 8, GREY, "c")
    return [p1, p2]


def lease_pages(lz: dict, rng) -> list[Page]:
    """Bail d'habitation (contrat type, loi du 6 juillet 1989), first and signature pages."""
    p1 = Page()
    p1.text(297, 60, "CONTRAT DE LOCATION", "sansb", 15, (0, 0, 0), "c")
    p1.text(297, 78, "LOCAUX VIDES À USAGE D'HABITATION", "sans", 10, (0, 0, 0), "c")
    p1.text(
        297, 92, "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)", "sans", 8, GREY, "c"
    )
    y = 126
    secs = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                f"Le bailleur : {lz['landlord']}, {lz['landlord_address']}",
                "ci-après « le bailleur »",
                f"Le(s) locataire(s) : {', '.join(lz['tenants'])}",
                "ci-après « le locataire »",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                f"Adresse du logement : {lz['address']}",
                f"Type d'habitat : immeuble collectif - {lz['rooms']}",
                f"Surface habitable : {lz['surface']} m²   Étage : {lz['floor']}",
                "Régime juridique de l'immeuble : copropriété",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"Date de prise d'effet du contrat : {kit.fr_date(lz['start'])}",
                "Durée du contrat : 3 ans (bailleur personne physique)",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"Loyer mensuel hors charges : {lz['rent']} €",
                f"Provision sur charges : {lz['charges']} €   Dépôt de garantie : {lz['rent']} €",
                "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.",
            ],
        ),
    ]
    for title, lines in secs:
        p1.rect(50, y - 12, 495, 17, stroke=None, fill=(228, 228, 228))
        p1.text(56, y, title, "sansb", 9.5)
        y += 22
        for ln in lines:
            y = p1.wrap(60, y, ln, 480, "sans", 9.5, lead=13) + 3
        y += 12
    p1.text(297, 810, "Page 1 sur 2", "sans", 7.5, GREY, "c")
    p2 = Page()
    y = p2.wrap(
        60,
        70,
        "Le locataire reconnaît avoir reçu le dossier de diagnostic technique, "
        "l'état des lieux d'entrée et la notice d'information. Les parties déclarent "
        "avoir pris connaissance de l'ensemble des clauses du présent contrat.",
        475,
        "sans",
        9.5,
        lead=13,
    )
    p2.text(
        60,
        y + 24,
        f"Fait et signé à {lz['city']}, le {kit.fr_date(lz['signed'])}, en deux originaux.",
        "sans",
        9.5,
    )
    y += 60
    p2.text(60, y, "Le bailleur", "sansb", 9.5)
    p2.text(330, y, "Le(s) locataire(s)", "sansb", 9.5)
    p2.text(60, y + 12, "signature précédée de « lu et approuvé »", "sans", 7, GREY)
    p2.text(330, y + 12, "signature précédée de « lu et approuvé »", "sans", 7, GREY)
    p2.hand(60, y + 38, "Lu et approuvé", 11, rng=rng, font_idx=0)
    p2.hand(330, y + 38, "lu et approuvé", 11, rng=rng, font_idx=lz.get("font_idx", 3))
    p2.image(60, y + 46, 150, 60, kit.signature(rng, lz["landlord"]))
    p2.image(330, y + 46, 150, 60, kit.signature(rng, lz["tenants"][0]))
    p2.text(297, 810, "Page 2 sur 2", "sans", 7.5, GREY, "c")
    return [p1, p2]


def hosting_attestation(h: dict, rng) -> Page:
    """Handwritten attestation d'hébergement on plain paper."""
    pg = Page(bg=(253, 253, 250))
    r = random.Random(rng.randint(0, 10**9))
    fi = h.get("font_idx", 0)
    y = 90
    pg.hand(330, y, f"{h['city']}, le {kit.fr_date(h['signed_on'])}", 13, rng=r, font_idx=fi)
    y += 60
    pg.hand(170, y, "Attestation d'hébergement", 18, rng=r, font_idx=fi)
    y += 50
    text = [
        f"Je soussigné {h['host']}, né le {kit.fr_date(h['host_dob'])}",
        f"à {h['host_pob']}, demeurant {h['addr1']}",
        f"{h['addr2']}, atteste sur l'honneur héberger",
        f"à mon domicile mon épouse {h['hosted']},",
        f"née le {kit.fr_date(h['hosted_dob'])} à {h['hosted_pob']},",
        f"depuis le {kit.fr_date(h['since'])}.",
        "",
        "Attestation faite pour servir et valoir ce que de droit.",
    ]
    for ln in text:
        if ln:
            pg.hand(60 + r.uniform(-3, 3), y, ln, 13.5, rng=r, font_idx=fi)
        y += 30
    y += 20
    pg.hand(340, y, "Signature :", 12, rng=r, font_idx=fi)
    pg.image(340, y + 10, 170, 68, kit.signature(r, h["host"], (10, 10, 10)))
    pg.hand(60, y + 130, "PJ : copie de ma CNI, bail", 11, rng=r, font_idx=fi)
    return pg
