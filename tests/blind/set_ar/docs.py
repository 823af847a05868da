"""Civil, housing, bank and job documents drawn on a Page (image or PDF backend)."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw
from util import Page, group4, hand_text, pil_font, signature

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def fr_words(iso: str) -> str:
    return f"{int(iso[8:10])} {MOIS[int(iso[5:7]) - 1]} {iso[0:4]}"


def stamp(p: Page, x, y, r, lines, color, rng: random.Random):
    im = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([10, 10, 390, 390], outline=color + (200,), width=8)
    d.ellipse([45, 45, 355, 355], outline=color + (200,), width=4)
    f = pil_font("sans-b", 30)
    for i, ln in enumerate(lines):
        d.text((200, 150 + i * 40), ln, font=f, fill=color + (200,), anchor="mm")
    im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    p.image(im, x, y, 2 * r, 2 * r)


# ---------------------------------------------------------------- birth certificate
def birth_certificate(p: Page, b: dict, rng: random.Random):
    """b: header (list), title, rows [(label, value)], footer text, registrar, lang."""
    y = 16
    for i, ln in enumerate(b["header"]):
        p.text(105, y, ln, 10.5 if i == 0 else 9, "serif-b" if i == 0 else "serif", align="c")
        y += 5
    y += 6
    p.text(105, y, b["title"], 15, "serif-b", align="c")
    y += 4
    if b.get("subtitle"):
        y += 5
        p.text(105, y, b["subtitle"], 9.5, "serif-i", align="c")
    y += 6
    p.line(25, y, 185, y, lw=0.6)
    y += 8
    for label, value in b["rows"]:
        if b.get("table"):
            p.rect(22, y - 5, 68, 9, lw=0.25)
            p.rect(90, y - 5, 98, 9, lw=0.25)
            p.text(24, y + 0.8, label, 8.5, "serif")
            p.text(92, y + 0.8, value, 10, "mono")
            y += 9
        else:
            p.text(25, y, label, 9, "serif")
            p.line(25 + p.width(label, 9, "serif") + 2, y + 1, 185, y + 1, lw=0.2, dash=True)
            p.text(27 + p.width(label, 9, "serif") + 2, y - 0.3, value, 10.5, "cond-b")
            y += 9
    y += 6
    y = p.para(25, y, 160, b["footer"], 9, "serif")
    y += 8
    p.text(120, y, b["place_date"], 9, "serif")
    p.text(120, y + 6, b["registrar"], 9, "serif-b")
    p.image(signature(b["registrar"].split("(")[0], rng, ink=(20, 30, 90)), 122, y + 8, 38)
    stamp(p, 60, y - 4, 20, b["stamp"], (40, 60, 140), rng)
    p.text(25, 282, b.get("ref", ""), 7, "mono", (90, 90, 90))


def apostille(p: Page, a: dict, rng: random.Random):
    """Hague model: title, Convention line, 10 numbered items (labels per language)."""
    x0, w = 30, 150
    p.rect(x0, 30, w, 150, lw=0.8)
    p.rect(x0 + 2, 32, w - 4, 146, lw=0.3)
    p.text(105, 44, "APOSTILLE", 18, "serif-b", align="c")
    p.text(105, 51, a["conv"], 8.5, "serif-i", align="c")
    y = 62
    p.text(x0 + 6, y, "1. " + a["l"][0] + " : " + a["country"], 10, "serif")
    y += 7
    p.text(x0 + 6, y, a["l"][1], 9, "serif")
    y += 7
    items = [a["signed_doc_by"], a["acting_as"], a["seal_of"]]
    for i, v in enumerate(items):
        p.text(x0 + 6, y, f"{i + 2}. {a['l'][i + 2]}", 9, "serif")
        p.text(x0 + 64, y, v, 9.5, "cond-b")
        y += 8
    p.text(105, y, a["l"][5], 10, "serif-b", align="c")
    y += 8
    pairs = [
        (f"5. {a['l'][6]}", a["at"], f"6. {a['l'][7]}", a["on_print"]),
        (f"7. {a['l'][8]}", a["by"], "", ""),
        (f"8. {a['l'][9]}", a["number"], "", ""),
        (f"9. {a['l'][10]}", a["stamp_txt"], "", ""),
        (f"10. {a['l'][11]}", "", "", ""),
    ]
    for l1, v1, l2, v2 in pairs:
        p.text(x0 + 6, y, l1, 9, "serif")
        p.text(x0 + 6 + p.width(l1, 9, "serif") + 3, y, v1, 9.5, "cond-b")
        if l2:
            p.text(x0 + 88, y, l2, 9, "serif")
            p.text(x0 + 88 + p.width(l2, 9, "serif") + 3, y, v2, 9.5, "cond-b")
        y += 8
    p.image(signature(a["signer_name"], rng, ink=(25, 25, 90)), x0 + 75, y - 12, 45)
    stamp(p, x0 + 10, y - 10, 16, a["stamp_lines"], (120, 30, 40), rng)


# ---------------------------------------------------------------- housing
def lease(pages: list[Page], l: dict, rng: random.Random):
    p = pages[0]
    p.text(105, 20, "CONTRAT DE LOCATION", 15, "serif-b", align="c")
    p.text(105, 27, "Logement nu — Loi n° 89-462 du 6 juillet 1989", 10, "serif", align="c")
    p.text(105, 32, "(modifiée par la loi n° 2014-366 du 24 mars 2014)", 8, "serif-i", align="c")
    y = 44
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                f"Le présent contrat est conclu entre les soussignés : {l['landlord']}, "
                f"demeurant {l['landlord_addr']}, désigné ci-après « le bailleur » ;",
                f"et {', '.join(l['tenants_print'])}, désigné(s) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                f"Adresse du logement : {l['address']}. Type d'habitat : immeuble collectif. "
                f"Régime juridique : copropriété. Surface habitable : {l['surface']} m². "
                f"Nombre de pièces principales : {l['rooms']}.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"Date de prise d'effet du contrat : {fr_words(l['start'])}. Durée du contrat : "
                "trois ans, renouvelable par tacite reconduction.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"Montant du loyer mensuel : {l['rent']} € hors charges. Provision sur charges : "
                f"{l['charges']} €. Le loyer est payable mensuellement et d'avance le 1er du mois.",
                f"Dépôt de garantie : {l['rent']} € (un mois de loyer hors charges).",
            ],
        ),
    ]
    for title, paras in sections:
        p.text(20, y, title, 10, "serif-b")
        y += 6
        for t in paras:
            y = p.para(22, y, 166, t, 9.5, "serif") + 2
        y += 4
    p.text(105, 288, "Page 1/2", 7, "serif", align="c")
    p = pages[1]
    y = 22
    for t in [
        "V. TRAVAUX — Néant.",
        "VI. GARANTIES — Caution solidaire : néant.",
        "VII. CLAUSE RÉSOLUTOIRE — Le bail sera résilié de plein droit en cas de défaut de "
        "paiement du loyer ou des charges, deux mois après un commandement demeuré infructueux.",
        "VIII. ANNEXES — Diagnostic de performance énergétique, constat de risques et pollutions, "
        "état des lieux d'entrée, notice d'information.",
    ]:
        y = p.para(20, y, 170, t, 9.5, "serif") + 4
    y += 6
    p.text(
        20,
        y,
        f"Fait à {l['city']}, le {fr(l['signed'])}, en deux exemplaires originaux.",
        10,
        "serif",
    )
    y += 12
    p.text(30, y, "Le bailleur", 9.5, "serif-b")
    p.text(130, y, "Le(s) locataire(s)", 9.5, "serif-b")
    p.text(30, y + 5, "« Lu et approuvé »", 8, "serif-i")
    p.text(130, y + 5, "« Lu et approuvé »", 8, "serif-i")
    p.image(signature(l["landlord"], rng), 28, y + 8, 42)
    p.image(signature(l["tenants_print"][0], rng), 128, y + 8, 42)
    p.text(105, 288, "Page 2/2", 7, "serif", align="c")


def attestation(p: Page, a: dict, rng: random.Random):
    """Handwritten attestation d'hébergement on plain paper."""
    ink = (20, 30, 110)
    font = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
    y = 30
    for ln in a["lines"]:
        if ln:
            im = hand_text(ln, rng, px=58, font=font, ink=ink)
            w = 7.5 * im.width / im.height
            p.image(
                im, a.get("x", 20) + (40 if ln.startswith("ATTESTATION") else 0), y, min(w, 178)
            )
        y += 9.5
    p.image(signature(a["host"], rng, ink=ink), 110, y, 50)


# ---------------------------------------------------------------- bills
def bill_free(p: Page, b: dict, rng: random.Random):
    red = (204, 0, 0)
    p.text(16, 22, "free", 30, "sans-b", red)
    p.text(16, 30, "Free SAS - 16 rue de la Ville l'Évêque - 75008 Paris", 6.5, "sans", (90,) * 3)
    p.text(120, 40, b["holder"], 10, "sans-b")
    for i, ln in enumerate(b["addr_lines"]):
        p.text(120, 45 + i * 4.6, ln, 9.5)
    p.text(16, 58, "Facture Freebox", 14, "sans-b")
    p.text(16, 65, f"Facture n° {b['number']} du {fr(b['issue'])}", 9)
    p.text(16, 70, f"Identifiant : {b['login']}   Ligne : {b['line']}", 9)
    p.text(16, 75, f"Période du {fr(b['start'])} au {fr(b['end'])}", 9)
    y = 88
    p.rect(16, y - 5, 178, 7, stroke=None, fill=(235, 235, 235))
    p.text(18, y, "Détail", 9, "sans-b")
    p.text(190, y, "Montant TTC", 9, "sans-b", align="r")
    y += 8
    for lab, amt in b["lines"]:
        p.text(18, y, lab, 9)
        p.text(190, y, amt, 9, align="r")
        y += 6
    p.line(16, y, 194, y, lw=0.3)
    y += 7
    p.text(18, y, "Total de la facture", 11, "sans-b")
    p.text(190, y, b["amount"] + " €", 11, "sans-b", align="r")
    y += 10
    p.para(
        16,
        y,
        178,
        f"Le montant sera prélevé sur votre compte à partir du {fr(b['debit'])}. "
        "Service client : 3244 (service gratuit + prix appel). Free SAS au capital de "
        "3 441 812 € - RCS Paris 421 938 861.",
        7.5,
        "sans",
        (90, 90, 90),
    )


def bill_bouygues(p: Page, b: dict, rng: random.Random):
    navy = (0, 45, 100)
    p.rect(0, 0, 210, 28, stroke=None, fill=navy)
    p.text(14, 17, "BOUYGUES", 18, "open-b", (255, 255, 255))
    p.text(14, 23, "TELECOM", 9, "open-b", (120, 200, 240))
    p.text(196, 15, "Votre facture", 13, "open-b", (255, 255, 255), "r")
    p.text(
        196,
        21,
        MOIS[int(b["start"][5:7]) - 1].capitalize() + " " + b["start"][:4],
        10,
        "open",
        (255, 255, 255),
        "r",
    )
    p.text(14, 40, f"Compte client n° {b['account']}", 8.5, "open")
    p.text(14, 45, f"Facture n° {b['number']} — émise le {fr_words(b['issue'])}", 8.5, "open")
    p.text(118, 42, b["holder"], 10, "open-b")
    for i, ln in enumerate(b["addr_lines"]):
        p.text(118, 47 + i * 4.6, ln, 9.5, "open")
    p.rect(14, 64, 182, 22, stroke=None, fill=(236, 244, 250))
    p.text(18, 72, "Montant à payer", 11, "open-b", navy)
    p.text(192, 74, b["amount"] + " €", 18, "open-b", navy, "r")
    p.text(18, 80, f"Prélevé à partir du {fr(b['debit'])}", 8.5, "open")
    y = 98
    p.text(14, y, f"Bbox fit — du {fr(b['start'])} au {fr(b['end'])}", 10, "open-b")
    y += 7
    for lab, amt in b["lines"]:
        p.text(16, y, lab, 9, "open")
        p.text(192, y, amt, 9, "open", align="r")
        p.line(16, y + 2, 192, y + 2, (220, 220, 220), 0.2)
        y += 6.5
    p.text(
        14,
        280,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS "
        "Paris - 37-39 rue Boissière 75116 Paris",
        6.5,
        "open",
        (120, 120, 120),
    )


def bill_sfr(p: Page, b: dict, rng: random.Random):
    red = (226, 0, 26)
    p.rect(14, 12, 24, 16, stroke=None, fill=red)
    p.text(26, 23, "SFR", 14, "sans-b", (255, 255, 255), "c")
    p.text(196, 20, "FACTURE", 16, "cond-b", red, "r")
    p.text(14, 40, f"Date de facture : {fr(b['issue'])}", 9, "cond")
    p.text(14, 45, f"N° de facture : {b['number']}", 9, "cond")
    p.text(14, 50, f"N° client : {b['account']}", 9, "cond")
    p.text(118, 44, b["holder"], 10.5, "cond-b")
    for i, ln in enumerate(b["addr_lines"]):
        p.text(118, 49 + i * 4.8, ln, 10, "cond")
    p.text(14, 70, "Votre offre SFR Box Fibre", 12, "cond-b")
    p.text(14, 76, f"Période de facturation : du {fr(b['start'])} au {fr(b['end'])}", 9.5, "cond")
    y = 88
    for lab, amt in b["lines"]:
        p.text(16, y, lab, 9.5, "cond")
        p.text(192, y, amt, 9.5, "cond", align="r")
        y += 6
    p.rect(110, y + 2, 86, 12, stroke=red, lw=0.5)
    p.text(114, y + 10, "TOTAL TTC", 11, "cond-b")
    p.text(192, y + 10, b["amount"] + " €", 12, "cond-b", red, "r")
    p.text(
        14,
        282,
        "SFR - SA au capital de 3 423 265 598,40 € - 343 059 564 RCS Paris - "
        "16 rue du Général Alain de Boissieu 75015 Paris",
        6.5,
        "cond",
        (120, 120, 120),
    )


# ---------------------------------------------------------------- bank / job
def rib(p: Page, r: dict, rng: random.Random):
    """Classic French RIB slip, bank style given in r['style']."""
    col = r["color"]
    p.text(18, 22, r["bank"], 16, r.get("font", "sans-b"), col)
    p.text(18, 28, r.get("tagline", ""), 8, "sans", (90, 90, 90))
    p.text(105, 44, "RELEVÉ D'IDENTITÉ BANCAIRE", 12, "sans-b", align="c")
    p.rect(16, 50, 178, 74, stroke=col, lw=0.5)
    p.text(20, 58, "Titulaire du compte", 8, "sans", (90, 90, 90))
    p.text(20, 64, r["holder"], 11, "sans-b")
    for i, ln in enumerate(r["holder_addr"]):
        p.text(20, 69 + i * 4.5, ln, 9)
    p.text(110, 58, "Domiciliation", 8, "sans", (90, 90, 90))
    for i, ln in enumerate(r["agency"]):
        p.text(110, 64 + i * 4.5, ln, 9)
    y = 88
    xs = [20, 45, 70, 115]
    for x, lab, v in zip(
        xs,
        ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
        [r["bank_code"], r["branch"], r["account"], r["key"]],
    ):
        p.text(x, y, lab, 7.5, "sans", (90, 90, 90))
        p.text(x, y + 5, v, 10.5, "mono")
    p.text(20, y + 15, "IBAN (International Bank Account Number)", 7.5, "sans", (90, 90, 90))
    p.text(20, y + 21, group4(r["iban"]), 11.5, "mono")
    p.text(150, y + 15, "BIC", 7.5, "sans", (90, 90, 90))
    p.text(150, y + 21, r["bic"], 11.5, "mono")
    p.para(
        16,
        132,
        178,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
        "appelés à faire inscrire des opérations à votre compte (virements, prélèvements, "
        "paiement de quittances...).",
        7.5,
        "sans",
        (100, 100, 100),
    )


def payslip(p: Page, s: dict, rng: random.Random):
    p.text(14, 16, "BULLETIN DE PAIE", 14, "sans-b")
    p.text(196, 16, f"Période du {fr(s['start'])} au {fr(s['end'])}", 9, align="r")
    p.rect(14, 22, 90, 30, lw=0.3)
    p.text(16, 28, s["employer"], 9.5, "sans-b")
    for i, ln in enumerate(
        s["employer_addr"] + [f"SIRET : {s['siret']}", f"Code NAF : {s['naf']}"]
    ):
        p.text(16, 33 + i * 4.2, ln, 8)
    p.rect(110, 22, 86, 30, lw=0.3)
    p.text(113, 28, s["employee"], 10, "sans-b")
    for i, ln in enumerate(s["employee_addr"]):
        p.text(113, 33 + i * 4.2, ln, 8.5)
    p.text(
        14,
        58,
        f"Emploi : {s['job']}   Statut : Non cadre   Entrée le : {fr(s['hired'])}   "
        f"Convention collective : {s['ccn']}",
        7.5,
    )
    y = 68
    p.rect(14, y - 5, 182, 7, stroke=None, fill=(230, 230, 230))
    for x, t, al in [
        (16, "Éléments de paie", "l"),
        (130, "Base", "r"),
        (160, "Part salarié", "r"),
        (194, "Part employeur", "r"),
    ]:
        p.text(x, y, t, 8, "sans-b", align=al)
    y += 7
    for row in s["rows"]:
        bold = row[0].isupper()
        p.text(16, y, row[0], 8, "sans-b" if bold else "sans")
        for x, v in zip((130, 160, 194), row[1:]):
            p.text(x, y, v, 8, align="r")
        y += 5.4
    y += 4
    p.rect(110, y, 86, 12, stroke=(0, 0, 0), lw=0.5, fill=(245, 245, 245))
    p.text(113, y + 8, "NET PAYÉ", 10, "sans-b")
    p.text(193, y + 8, s["net"] + " €", 11, "sans-b", align="r")
    p.text(16, y + 8, f"Payé le {fr(s['paid'])} par virement", 8)
    p.para(
        14,
        270,
        182,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail www.service-public.fr.",
        7,
        "sans",
        (100, 100, 100),
    )


def contract(pages: list[Page], c: dict, rng: random.Random):
    p = pages[0]
    p.text(105, 22, c["title"], 14, "serif-b", align="c")
    y = 36
    y = p.para(20, y, 170, "ENTRE LES SOUSSIGNÉS :", 10, "serif-b") + 2
    y = p.para(20, y, 170, c["employer_par"], 10, "serif") + 3
    y = p.para(20, y, 170, "ET :", 10, "serif-b") + 2
    y = p.para(20, y, 170, c["employee_par"], 10, "serif") + 4
    y = p.para(20, y, 170, "IL A ÉTÉ CONVENU CE QUI SUIT :", 10, "serif-b") + 3
    for title, text in c["articles"]:
        if y > 260:
            p.text(105, 288, "1/2", 8, "serif", align="c")
            p = pages[1]
            y = 22
        y = p.para(20, y, 170, title, 10, "serif-b") + 1
        y = p.para(20, y, 170, text, 10, "serif") + 4
    y += 4
    p.text(20, y, f"Fait à {c['city']}, le {fr(c['signed'])}, en deux exemplaires.", 10, "serif")
    y += 10
    p.text(25, y, "Pour l'employeur", 9.5, "serif-b")
    p.text(125, y, "Le salarié", 9.5, "serif-b")
    p.text(125, y + 5, "« Lu et approuvé, bon pour accord »", 8, "serif-i")
    p.image(signature(c["employer_signer"], rng), 22, y + 6, 42)
    p.image(signature(c["employee"], rng), 122, y + 9, 42)
    p.text(105, 288, "2/2", 8, "serif", align="c")
