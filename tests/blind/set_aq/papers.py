"""French paper layouts: lease, bills, attestation, payslip, RIB, banking screenshot."""

from __future__ import annotations

import random

from ids import dmy, words_fr
from lib import Page, hand_image, pil_font, signature_image, spaced, stamp
from PIL import Image, ImageDraw


def euro(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def lease(L: dict, rng) -> list[Page]:
    """Contrat de location, logement vide, loi n° 89-462 du 6 juillet 1989 (type ALUR)."""
    pages = [Page() for _ in range(3)]
    p1 = pages[0]
    p1.text(105, 20, "CONTRAT DE LOCATION", "libserif-b", 15, (0, 0, 0), "c")
    p1.text(
        105,
        26,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs)",
        "libserif-i",
        8.5,
        (0, 0, 0),
        "c",
    )
    p1.text(105, 31, "LOCAUX VIDES À USAGE D'HABITATION", "libserif-b", 10, (0, 0, 0), "c")
    p1.text(20, 44, "I. DÉSIGNATION DES PARTIES", "libserif-b", 11)
    p1.text(20, 52, "Le présent contrat est conclu entre les soussignés :", "libserif", 10)
    y = p1.para(
        25,
        60,
        f"{L['landlord']}, {L['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
        160,
        "libserif",
        10,
        5,
    )
    y = p1.para(
        25,
        y + 3,
        "et " + " et ".join(L["tenant_print"]) + ", désigné(s) ci-après « le locataire ».",
        160,
        "libserif",
        10,
        5,
    )
    p1.text(20, y + 10, "II. OBJET DU CONTRAT", "libserif-b", 11)
    y = p1.para(25, y + 18, f"Adresse du logement : {L['address']}.", 160, "libserif", 10, 5)
    y = p1.para(25, y + 2, L["desc"], 160, "libserif", 10, 5)
    p1.text(20, y + 10, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "libserif-b", 11)
    y = p1.para(
        25,
        y + 18,
        f"A. Date de prise d'effet du contrat : {dmy(L['start'])}",
        160,
        "libserif-b",
        10,
        5,
    )
    y = p1.para(
        25,
        y + 2,
        "B. Durée du contrat : trois ans, renouvelable tacitement dans les "
        "conditions de l'article 10 de la loi du 6 juillet 1989.",
        160,
        "libserif",
        10,
        5,
    )
    p1.text(20, y + 10, "IV. CONDITIONS FINANCIÈRES", "libserif-b", 11)
    y = p1.para(
        25,
        y + 18,
        f"Loyer mensuel hors charges : {euro(L['rent'])}. Provision sur "
        f"charges : {euro(L['charges'])}. Paiement mensuel, à terme échu, le 5 de chaque "
        "mois.",
        160,
        "libserif",
        10,
        5,
    )
    y = p1.para(25, y + 2, f"Dépôt de garantie : {euro(L['rent'])}.", 160, "libserif", 10, 5)
    p2 = pages[1]
    p2.text(20, 22, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", "libserif-b", 11)
    y = 32
    for para in [
        "Le locataire est tenu de payer le loyer et les charges récupérables aux termes "
        "convenus, d'user paisiblement des locaux suivant la destination qui leur a été donnée "
        "par le contrat, de répondre des dégradations et pertes qui surviennent pendant la durée "
        "du contrat dans les locaux dont il a la jouissance exclusive.",
        "Le locataire doit s'assurer contre les risques locatifs et en justifier lors de la "
        "remise des clés puis chaque année à la demande du bailleur.",
        "Le présent contrat sera résilié immédiatement et de plein droit, deux mois après un "
        "commandement demeuré infructueux, à défaut de paiement du loyer ou des charges aux "
        "termes convenus, ou de versement du dépôt de garantie.",
        "Annexes : notice d'information, état des lieux d'entrée, dossier de diagnostic technique "
        "(DPE classe " + L["dpe"] + ", CREP, ERP), extrait du règlement de copropriété.",
    ]:
        y = p2.para(20, y, para, 170, "libserif", 10, 5) + 4
    p3 = pages[2]
    p3.text(20, 24, "VIII. SIGNATURES", "libserif-b", 11)
    p3.text(
        20,
        34,
        f"Fait à {L['city']}, le {dmy(L['signed'])}, en {len(L['tenants']) + 1} originaux.",
        "libserif",
        10,
    )
    p3.text(30, 50, "Le bailleur", "libserif-b", 10)
    p3.text(30, 55, "« Lu et approuvé »", "libserif-i", 9)
    p3.text(120, 50, "Le(s) locataire(s)", "libserif-b", 10)
    p3.text(120, 55, "« Lu et approuvé »", "libserif-i", 9)
    p3.image(hand_image("Lu et approuvé", 3.4, rng, "dkg"), 28, 58, 40, 9)
    p3.image(signature_image(L["landlord_sig"], rng, font="kaushan"), 28, 68, 48, 16)
    for i, t in enumerate(L["tenants"]):
        p3.image(hand_image("Lu et approuvé", 3.4, rng, "ecolier"), 118, 58 + i * 30, 40, 9)
        p3.image(signature_image(t, rng), 118, 68 + i * 30, 48, 16)
    for i, pg in enumerate(pages):
        pg.text(105, 287, f"Paraphes : ____ ____     page {i + 1}/3", "libserif", 8, (0, 0, 0), "c")
    return pages


def sfr_bill(b: dict) -> Page:
    """Monthly box (internet + landline) bill, SFR-like red layout."""
    pg = Page()
    red = (226, 0, 26)
    pg.rect(0, 0, 210, 28, None, red)
    pg.text(15, 18, "SFR", "open-b", 26, (255, 255, 255))
    pg.text(195, 12, "Votre facture", "open-sb", 12, (255, 255, 255), "r")
    pg.text(195, 19, f"du {words_fr(b['issue'])}", "open", 10, (255, 255, 255), "r")
    pg.text(15, 40, f"N° de facture : {b['number']}", "open", 8.5)
    pg.text(15, 45, f"N° de compte client : {b['account']}", "open", 8.5)
    pg.text(15, 50, "Ligne fixe : " + b["line"], "open", 8.5)
    x = 118
    for i, ln in enumerate(b["holder_block"]):
        pg.text(x, 42 + i * 5, ln, "open-sb" if i == 0 else "open", 10)
    pg.rect(15, 70, 180, 22, None, (246, 246, 246))
    pg.text(20, 79, "Montant total à payer", "open-sb", 11)
    pg.text(190, 83, euro(b["amount"]), "open-b", 18, red, "r")
    pg.text(20, 87, f"Prélevé à partir du {dmy(b['debit'])}", "open", 8.5)
    pg.text(15, 105, "Détail de votre facture", "open-b", 12)
    pg.text(15, 112, f"Période du {dmy(b['start'])} au {dmy(b['end'])}", "open", 9)
    rows = [
        ("Abonnement SFR Box Fibre Power", b["amount"] - 2.0),
        ("Option TV - Décodeur", 0.0),
        ("Communications incluses (fixe vers fixes et mobiles)", 0.0),
        ("Location décodeur", 2.0),
    ]
    y = 122
    for lab, v in rows:
        pg.text(20, y, lab, "open", 9)
        pg.text(190, y, euro(v), "open", 9, (0, 0, 0), "r")
        pg.line(15, y + 2.5, 195, y + 2.5, (220, 220, 220), 0.2)
        y += 8
    tva = round(b["amount"] / 6, 2)
    pg.text(20, y + 4, f"Dont TVA 20 % : {euro(tva)}", "open", 8.5)
    pg.text(20, y + 12, "Total TTC", "open-b", 10)
    pg.text(190, y + 12, euro(b["amount"]), "open-b", 10, (0, 0, 0), "r")
    pg.text(
        15,
        270,
        "SFR - Société Française du Radiotéléphone - SA au capital de 3 423 265 598,40 €"
        " - 16 rue du Général Alain de Boissieu 75015 Paris - RCS Paris 343 059 564",
        "open",
        6,
    )
    pg.text(15, 274, f"Adresse d'installation : {b['address']}", "open", 6.5)
    return pg


def orange_bill(b: dict) -> Page:
    """Monthly Livebox bill, Orange-like layout (black and orange)."""
    pg = Page()
    org = (255, 121, 0)
    pg.rect(15, 12, 18, 18, None, (0, 0, 0))
    pg.rect(17, 24, 14, 4, None, org)
    pg.text(17, 21, "orange", "lato-b", 7, (255, 255, 255))
    pg.text(195, 18, "Facture", "lato-b", 16, (0, 0, 0), "r")
    pg.text(195, 25, f"{b['month_words']}", "lato", 11, (0, 0, 0), "r")
    pg.text(15, 42, "Vos références", "lato-b", 9)
    for i, ln in enumerate(
        [
            f"Date : {dmy(b['issue'])}",
            f"N° facture : {b['number']}",
            f"N° client : {b['account']}",
            f"Ligne : {b['line']}",
        ]
    ):
        pg.text(15, 48 + i * 4.6, ln, "lato", 8.5)
    for i, ln in enumerate(b["holder_block"]):
        pg.text(115, 50 + i * 5.2, ln, "lato-b" if i == 0 else "lato", 10.5)
    pg.rect(15, 82, 180, 26, org, None, 0.6)
    pg.text(20, 92, "Montant de votre facture", "lato", 10)
    pg.text(190, 95, euro(b["amount"]), "lato-b", 20, (0, 0, 0), "r")
    pg.text(20, 102, f"sera prélevé le {dmy(b['debit'])} sur votre compte", "lato", 8.5)
    pg.text(15, 122, "Offre Livebox Fibre", "lato-b", 11)
    pg.text(15, 128, f"du {dmy(b['start'])} au {dmy(b['end'])}", "lato", 9)
    y = 138
    for lab, v in [
        ("Abonnement Livebox Fibre", b["amount"] - 5.0),
        ("Location Livebox", 3.0),
        ("Décodeur TV", 2.0),
        ("Appels illimités vers les fixes", 0.0),
    ]:
        pg.text(18, y, lab, "lato", 9)
        pg.text(192, y, euro(v), "lato", 9, (0, 0, 0), "r")
        y += 6.5
    pg.line(15, y, 195, y, org, 0.5)
    pg.text(18, y + 7, "Total TTC", "lato-b", 10)
    pg.text(192, y + 7, euro(b["amount"]), "lato-b", 10, (0, 0, 0), "r")
    pg.text(
        15,
        280,
        "Orange SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt "
        "92130 Issy-les-Moulineaux - RCS Nanterre 380 129 866",
        "lato",
        6.5,
    )
    pg.text(15, 284, f"Adresse de la ligne : {b['address']}", "lato", 6.5)
    return pg


def attestation_typed(a: dict, rng) -> Page:
    pg = Page()
    y = 25
    for ln in a["host_block"]:
        pg.text(20, y, ln, "carlito", 11)
        y += 5.5
    pg.text(105, 70, "ATTESTATION D'HÉBERGEMENT", "carlito-b", 16, (0, 0, 0), "c")
    y = pg.para(
        20,
        88,
        f"Je soussigné, {a['host']}, né le {dmy(a['host_dob'])} à "
        f"{a['host_pob']}, demeurant au {a['address']}, atteste sur l'honneur héberger à "
        f"mon domicile, à titre gratuit, {a['hosted_civ']} {a['hosted']}, né le "
        f"{dmy(a['hosted_dob'])} à {a['hosted_pob']}, depuis le {dmy(a['since'])}.",
        170,
        "carlito",
        12,
        6.5,
    )
    y = pg.para(
        20,
        y + 6,
        "Cette attestation est établie pour servir et valoir ce que de droit, "
        "notamment auprès de la Caisse Primaire d'Assurance Maladie.",
        170,
        "carlito",
        12,
        6.5,
    )
    y = pg.para(
        20,
        y + 6,
        "Je joins à la présente la copie de ma pièce d'identité et mes trois dernières factures.",
        170,
        "carlito",
        12,
        6.5,
    )
    pg.para(
        20,
        y + 6,
        "J'ai connaissance que l'article 441-7 du code pénal punit d'un an "
        "d'emprisonnement et de 15 000 € d'amende le fait d'établir une attestation faisant "
        "état de faits matériellement inexacts.",
        170,
        "carlito",
        10,
        5.5,
    )
    pg.text(120, y + 40, f"Fait à {a['city']}, le {dmy(a['signed_on'])}", "carlito", 12)
    pg.image(signature_image(a["host_sig"], rng, font="kaushan"), 122, y + 46, 52, 18)
    return pg


def attestation_hand(a: dict, rng) -> Page:
    """Handwritten on a squared (Seyès-like) sheet."""
    pg = Page(bg=(252, 252, 250))
    for i in range(70):
        yy = 12 + i * 4
        pg.line(0, yy, 210, yy, (200, 210, 235) if i % 4 else (170, 185, 225), 0.12)
    pg.line(28, 0, 28, 297, (230, 150, 160), 0.3)
    lines = [
        (a["host"], 1),
        (a["address_l1"], 1),
        (a["address_l2"], 1),
        ("", 0),
        ("Attestation d'hébergement", 2),
        ("", 0),
        (f"Je soussigné {a['host']}, né le {dmy(a['host_dob'])}", 1),
        (f"à {a['host_pob']}, certifie sur l'honneur héberger", 1),
        (f"mon épouse {a['hosted']},", 1),
        (f"née le {dmy(a['hosted_dob'])} à {a['hosted_pob']},", 1),
        (f"à mon domicile, {a['address_l1']},", 1),
        (f"{a['address_l2']}, depuis le {dmy(a['since'])}.", 1),
        ("Je joins la copie de mon passeport et de mon bail.", 1),
        ("", 0),
        (f"Fait à {a['city']}, le {dmy(a['signed_on'])}", 3),
    ]
    y = 28
    for txt, kind in lines:
        if txt:
            x = 75 if kind == 2 else (110 if kind == 3 else 32)
            pg.hand(
                x,
                y,
                txt,
                4.2,
                rng,
                "ecolier" if kind != 2 else "dkg",
                (15, 25, 95),
                rng.uniform(-0.05, 0.05),
            )
        y += 12 if kind != 2 else 16
    pg.image(signature_image(a["host_sig"], rng, font="dancing"), 115, y - 2, 55, 20)
    return pg


def payslip(s: dict, rng) -> Page:
    """Bulletin de paie clarifié (2018 model)."""
    pg = Page()
    pg.text(15, 18, "BULLETIN DE PAIE", "lib-b", 14)
    pg.text(195, 18, f"Période du {dmy(s['start'])} au {dmy(s['end'])}", "lib", 9, (0, 0, 0), "r")
    pg.rect(15, 24, 88, 32, (0, 0, 0), None, 0.3)
    y = 30
    for ln in [
        s["employer"],
        *s["employer_addr"],
        f"SIRET : {s['siret']}",
        f"Code NAF : {s['naf']}",
        f"Convention collective : {s['ccn']}",
    ]:
        pg.text(18, y, ln, "lib-b" if y == 30 else "lib", 8)
        y += 4.2
    y = 30
    for ln in s["employee_block"]:
        pg.text(115, y, ln, "lib-b" if y == 30 else "lib", 9.5)
        y += 5
    for i, ln in enumerate(
        [
            f"Emploi : {s['job']}",
            f"Statut : {s['status']}",
            f"Date d'entrée : {dmy(s['hired'])}",
            f"Matricule : {s['matricule']}",
            f"N° SS : {s['nir'] or 'en cours'}",
        ]
    ):
        pg.text(15 + (i % 3) * 62, 63 + (i // 3) * 5, ln, "lib", 8)
    pg.rect(15, 76, 180, 7, None, (225, 225, 225))
    for x, t in [
        (17, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "À déduire"),
        (182, "À payer"),
    ]:
        pg.text(x, 81, t, "lib-b", 8)
    gross = s["gross"]
    rows = [
        ("Salaire de base", f"{s['hours']:.2f}", f"{gross / s['hours']:.4f}", "", euro(gross)),
        ("SALAIRE BRUT", "", "", "", euro(gross)),
        ("SANTÉ", "", "", "", ""),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", euro(gross), "", "", ""),
        ("Complémentaire santé", euro(gross), "", euro(28.40), ""),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", euro(gross), "", "", ""),
        ("RETRAITE", "", "", "", ""),
        ("Sécurité sociale plafonnée", euro(gross), "6,9000", euro(gross * 0.069), ""),
        ("Sécurité sociale déplafonnée", euro(gross), "0,4000", euro(gross * 0.004), ""),
        ("Complémentaire Tranche 1", euro(gross), "4,0100", euro(gross * 0.0401), ""),
        ("ASSURANCE CHÔMAGE", euro(gross), "", "", ""),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", ""),
        (
            "CSG déductible de l'impôt sur le revenu",
            euro(gross * 0.9825),
            "6,8000",
            euro(gross * 0.9825 * 0.068),
            "",
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            euro(gross * 0.9825),
            "2,9000",
            euro(gross * 0.9825 * 0.029),
            "",
        ),
        ("Exonérations de cotisations employeur", "", "", "", ""),
    ]
    y = 89
    for r in rows:
        bold = r[0].isupper()
        pg.text(17, y, r[0], "lib-b" if bold else "lib", 7.5)
        for x, v in zip([128, 150, 177, 195], r[1:]):
            pg.text(x, y, v, "lib", 7.5, (0, 0, 0), "r")
        y += 5.2
    pg.line(15, y, 195, y, (0, 0, 0), 0.3)
    pg.text(17, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "lib-b", 8.5)
    pg.text(195, y + 6, euro(s["net_before"]), "lib-b", 8.5, (0, 0, 0), "r")
    pg.text(17, y + 12, f"Impôt sur le revenu prélevé à la source - taux {s['pas']}", "lib", 8)
    pg.text(195, y + 12, euro(s["net_before"] - s["net"]), "lib", 8, (0, 0, 0), "r")
    pg.rect(110, y + 17, 85, 10, (0, 0, 0), (235, 240, 250), 0.4)
    pg.text(113, y + 24, "NET PAYÉ", "lib-b", 11)
    pg.text(192, y + 24, euro(s["net"]), "lib-b", 11, (0, 0, 0), "r")
    pg.text(17, y + 36, f"Payé le {dmy(s['paid'])} par virement", "lib", 8)
    pg.text(17, y + 41, f"Congés payés : acquis {s['cp']:.2f} j", "lib", 8)
    pg.text(
        105,
        285,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez"
        " ce bulletin de paie sans limitation de durée.",
        "lib",
        6.5,
        (0, 0, 0),
        "c",
    )
    return pg


def rib_page(r: dict, rng) -> Page:
    """A bank's 'Relevé d'Identité Bancaire' as downloaded from online banking."""
    pg = Page()
    c = r["color"]
    font, bold = r["fonts"]
    pg.text(20, 24, r["bank_name"], bold, 16, c)
    pg.text(20, 30, r["tagline"], font, 8, (90, 90, 90))
    pg.text(190, 24, "Relevé d'Identité Bancaire", bold, 12, (0, 0, 0), "r")
    pg.rect(20, 40, 170, 72, c, None, 0.5)
    pg.text(25, 49, "Titulaire du compte", font, 8, (90, 90, 90))
    for i, ln in enumerate(r["holder_lines"]):
        pg.text(25, 55 + i * 5, ln, bold, 10)
    pg.text(120, 49, "Domiciliation", font, 8, (90, 90, 90))
    for i, ln in enumerate(r["branch_lines"]):
        pg.text(120, 55 + i * 5, ln, font, 9)
    y = 80
    for x, lab, val in [
        (25, "Code banque", r["bank"]),
        (55, "Code guichet", r["branch"]),
        (88, "N° de compte", r["account"]),
        (130, "Clé RIB", r["key"]),
    ]:
        pg.text(x, y, lab, font, 7.5, (90, 90, 90))
        pg.text(x, y + 5.5, val, "mono", 10.5)
    pg.text(25, 96, "IBAN (International Bank Account Number)", font, 7.5, (90, 90, 90))
    pg.text(25, 102, spaced(r["iban"]), "mono", 11.5)
    pg.text(140, 96, "BIC (Bank Identifier Code)", font, 7.5, (90, 90, 90))
    pg.text(140, 102, r["bic"], "mono", 11.5)
    pg.para(
        20,
        124,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements, etc.). Son utilisation vous garantit le bon enregistrement des "
        "opérations en cause.",
        170,
        font,
        8,
        4.2,
        (80, 80, 80),
    )
    pg.text(20, 285, r["footer"], font, 6, (100, 100, 100))
    return pg


def n26_screenshot(r: dict, rng) -> Image.Image:
    """Phone screenshot (1170 x 2532) of the N26 app's account details screen."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = lambda n, s: pil_font(n, s)  # noqa: E731
    d.text((70, 60), r["clock"], font=f("open-sb", 46), fill=(0, 0, 0))
    d.text((1010, 60), "5G", font=f("open-sb", 40), fill=(0, 0, 0))
    d.rectangle([1070, 68, 1120, 98], outline=(0, 0, 0), width=3)
    d.rectangle([1074, 72, 1104, 94], fill=(0, 0, 0))
    d.text((70, 200), "‹", font=f("open", 90), fill=(0, 0, 0))
    d.text(
        (W // 2, 245), "Coordonnées bancaires", font=f("open-b", 50), fill=(0, 0, 0), anchor="mm"
    )
    d.rounded_rectangle([60, 360, W - 60, 600], 36, fill=(54, 161, 139))
    d.text((110, 430), "Compte principal", font=f("open-sb", 44), fill=(255, 255, 255))
    d.text((110, 510), r["balance"], font=f("open-b", 60), fill=(255, 255, 255))
    items = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", spaced(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank_name"]),
        ("Adresse de la banque", "Klosterstraße 62, 10179 Berlin"),
    ]
    y = 700
    for lab, val in items:
        d.text((80, y), lab, font=f("open", 38), fill=(120, 120, 120))
        d.text((80, y + 56), val, font=f("open-sb", 46), fill=(20, 20, 20))
        d.rounded_rectangle([1040, y + 50, 1072, y + 88], 5, outline=(54, 161, 139), width=4)
        d.rounded_rectangle([1052, y + 38, 1084, y + 76], 5, outline=(54, 161, 139), width=4)
        d.line([(80, y + 150), (W - 80, y + 150)], fill=(230, 230, 230), width=2)
        y += 190
    d.rounded_rectangle([80, y + 60, W - 80, y + 190], 65, fill=(54, 161, 139))
    d.text(
        (W // 2, y + 125),
        "Partager les coordonnées",
        font=f("open-b", 44),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.text(
        (W // 2, y + 280),
        "Télécharger le RIB (PDF)",
        font=f("open-sb", 42),
        fill=(54, 161, 139),
        anchor="mm",
    )
    d.rounded_rectangle([W // 2 - 200, H - 40, W // 2 + 200, H - 28], 6, fill=(0, 0, 0))
    return im


def stamp_img(lines, seed, color=(40, 60, 150)):
    return stamp(lines, random.Random(seed), color)


def paste_page(bg: Image.Image, pg_img: Image.Image, x, y, rot=0.0):
    im = pg_img.convert("RGBA").rotate(rot, expand=True, resample=Image.BICUBIC)
    bg.paste(im, (int(x), int(y)), im)
    return bg
