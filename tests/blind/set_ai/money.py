"""Bills, lease, RIB, payslip, contract (reportlab) and app screenshots / handwriting (Pillow)."""

from __future__ import annotations

import math
import random

from civil import P
from common import fr, group4, pil_font, screenshot_frame
from PIL import Image, ImageDraw

EUR = "€"


def money(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


# ------------------------------------------------------------------ telecom bills
def telecom_bill(c, b: dict, rng: random.Random):
    """b: brand ('SFR'|'Bouygues'), holder, addr1, addr2, client, invoice, issue, start, end,
    lines [(label, amount)], total."""
    p = P(c)
    if b["brand"] == "SFR":
        col, f, fb = (226, 0, 26), "roboto", "roboto-b"
        p.rect(15, 12, 22, 22, col, fill=col)
        p.t(26, 26, "SFR", fb, 13, (255, 255, 255), "c")
        p.t(42, 20, "Votre facture SFR Box", fb, 13)
        p.t(42, 26, "Offre SFR Fibre Power", f, 9, (90, 90, 90))
    else:
        col, f, fb = (0, 55, 125), "carlito", "carlito-b"
        p.t(15, 22, "BOUYGUES", fb, 16, col)
        p.t(15, 28, "TELECOM", fb, 12, (0, 150, 210))
        p.t(60, 22, "Facture Bbox", fb, 13)
        p.t(60, 28, "Bbox fit - Fibre", f, 9, (90, 90, 90))
    p.t(195, 20, f"Facture n° {b['invoice']}", fb, 9.5, align="r")
    p.t(195, 25, f"du {fr(b['issue'])}", f, 9.5, align="r")
    p.t(195, 30, f"N° client : {b['client']}", f, 9, align="r")
    p.t(120, 48, b["holder"], fb, 10.5)
    p.t(120, 53, b["addr1"], f, 10)
    p.t(120, 58, b["addr2"], f, 10)
    p.rect(15, 70, 180, 22, col, fill=(248, 248, 248), lw=0.8)
    p.t(20, 78, "Montant à payer", fb, 11)
    p.t(190, 80, money(b["total"]) + " " + EUR, fb, 17, col, "r")
    p.t(20, 86, f"Prélevé à partir du {fr(b['debit'])} sur votre compte bancaire", f, 8.5)
    p.t(15, 104, "Détail de votre facture", fb, 11)
    p.t(15, 110, f"Période de facturation : du {fr(b['start'])} au {fr(b['end'])}", f, 9.5)
    y = 120
    p.line(15, y - 4, 195, y - 4, (180, 180, 180))
    for lab, amt in b["lines"]:
        p.t(18, y, lab, f, 9.5)
        p.t(192, y, money(amt) + " " + EUR, f, 9.5, align="r")
        y += 6.5
    p.line(15, y - 3, 195, y - 3, (180, 180, 180))
    ht = round(b["total"] / 1.2, 2)
    p.t(18, y + 3, "Total HT", f, 9.5)
    p.t(192, y + 3, money(ht) + " " + EUR, f, 9.5, align="r")
    p.t(18, y + 9, "TVA 20 %", f, 9.5)
    p.t(192, y + 9, money(b["total"] - ht) + " " + EUR, f, 9.5, align="r")
    p.t(18, y + 16, "Total TTC", fb, 10.5)
    p.t(192, y + 16, money(b["total"]) + " " + EUR, fb, 10.5, align="r")
    p.t(15, y + 30, f"Adresse d'installation : {b['addr1']}, {b['addr2']}", f, 8.5)
    if b["brand"] == "SFR":
        legal = "SFR - SA au capital de 3 423 265 598,40 € - RCS Paris 343 059 564 - "
        legal += "16 rue du Général Alain de Boissieu 75015 Paris"
    else:
        legal = "Bouygues Telecom - SA au capital de 712 588 399,56 € - RCS Paris 397 480 930 "
        legal += "- 37-39 rue Boissière 75116 Paris"
    p.t(15, 284, legal, f, 6.5, (110, 110, 110))
    p.t(195, 289, "Page 1/1", f, 6.5, (110, 110, 110), "r")


# ------------------------------------------------------------------ lease (loi 1989)
def lease(c, page: int, L: dict, rng: random.Random):
    p = P(c)
    f, fb = "libserif", "libserif-b"
    if page == 1:
        p.t(105, 22, "CONTRAT DE LOCATION", fb, 15, align="c")
        p.t(105, 28, L["kind"], fb, 10.5, align="c")
        p.t(105, 33, "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
            "les rapports locatifs)" if L["furnished"] else
            "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)", f, 8.5, align="c")  # fmt: skip
        p.t(20, 46, "I. DÉSIGNATION DES PARTIES", fb, 11)
        y = p.para(20, 54, "Le présent contrat est conclu entre les soussignés :", 170, f, 10)
        y = p.para(25, y + 1, f"{L['landlord']}, {L['landlord_addr']}, ci-après désigné(e) "
                   "« le bailleur » ;", 165, f, 10)  # fmt: skip
        y = p.para(25, y + 1, "et " + " et ".join(L["tenants_disp"]) + ", ci-après désigné(s) "
                   "« le(s) locataire(s) ».", 165, f, 10)  # fmt: skip
        p.t(20, y + 8, "II. OBJET DU CONTRAT", fb, 11)
        y = p.para(20, y + 16, f"Localisation du logement : {L['address']}. {L['desc']}", 170,
                   f, 10)  # fmt: skip
        p.t(20, y + 8, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
        y = p.para(20, y + 16, f"Date de prise d'effet du contrat : {fr(L['start'])}. Durée du "
                   f"contrat : {L['duration']}. À défaut de congé, le contrat est reconduit "
                   "tacitement.", 170, f, 10)  # fmt: skip
        p.t(20, y + 8, "IV. CONDITIONS FINANCIÈRES", fb, 11)
        y = p.para(
            20,
            y + 16,
            f"Montant du loyer mensuel : {money(L['rent'])} {EUR} hors "
            f"charges. Provision sur charges : {money(L['charges'])} {EUR}. Le loyer est "
            "payable mensuellement et d'avance, le 5 de chaque mois.",
            170,
            f,
            10,
        )
        y = p.para(20, y + 2, f"Dépôt de garantie : {money(L['deposit'])} {EUR}.", 170, f, 10)
        p.t(105, 287, "Paraphes : ______   ______", f, 8, align="c")
        p.t(195, 287, "1/2", f, 8, align="r")
    else:
        p.t(20, 22, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", fb, 11)
        y = p.para(20, 30, "Le contrat sera résilié de plein droit deux mois après un "
                   "commandement de payer demeuré infructueux. Annexes jointes : dossier de "
                   "diagnostic technique, état des lieux d'entrée, notice d'information, "
                   "inventaire du mobilier." if L["furnished"] else "Le contrat sera résilié "
                   "de plein droit deux mois après un commandement de payer demeuré "
                   "infructueux. Annexes : diagnostics, état des lieux, notice d'information.",
                   170, f, 10)  # fmt: skip
        y = p.para(
            20,
            y + 6,
            f"Fait à {L['city']}, le {fr(L['signed'])}, en "
            f"{len(L['tenants_disp']) + 1} exemplaires originaux.",
            170,
            f,
            10,
        )
        p.t(25, y + 12, "Le bailleur", fb, 10)
        p.t(25, y + 17, "« Lu et approuvé »", "hand1", 12, (20, 30, 110))
        p.scribble(25, y + 30, 35, rng)
        for k, tn in enumerate(L["tenants_disp"]):
            x = 105 + k * 48
            p.t(x, y + 12, "Le locataire", fb, 10)
            p.t(x, y + 17, "Lu et approuvé", "hand3", 12, (20, 30, 110))
            p.scribble(x, y + 30, 30, rng)
        p.t(195, 287, "2/2", f, 8, align="r")


# ------------------------------------------------------------------ RIB
def rib_pdf(c, r: dict, rng: random.Random):
    p = P(c)
    col = r["color"]
    p.t(20, 24, r["bank"], "lato-b", 15, col)
    p.t(20, 30, r["agency"], "lato", 9)
    p.t(20, 34.5, r["agency_addr"], "lato", 9)
    p.t(105, 52, "RELEVÉ D'IDENTITÉ BANCAIRE", "lato-b", 13, align="c")
    p.rect(20, 58, 170, 68, col, lw=0.9)
    p.t(25, 66, "Titulaire du compte", "lato", 8.5, (90, 90, 90))
    p.t(25, 72, r["holder"], "lato-b", 11)
    p.t(25, 77, r["addr1"], "lato", 9.5)
    p.t(25, 81.5, r["addr2"], "lato", 9.5)
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
    xs = [25, 55, 87, 140]
    for x, h, v in zip(xs, heads, vals, strict=True):
        p.t(x, 92, h, "lato", 8.5, (90, 90, 90))
        p.t(x, 98, v, "mono", 11)
    p.t(25, 110, "IBAN", "lato", 8.5, (90, 90, 90))
    p.t(25, 116, group4(r["iban"]), "mono", 12)
    p.t(150, 110, "BIC", "lato", 8.5, (90, 90, 90))
    p.t(150, 116, r["bic"], "mono", 12)
    p.t(20, 136, "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte.", "lato", 7.5)  # fmt: skip
    p.t(20, 285, r["legal"], "lato", 6.5, (110, 110, 110))


# ------------------------------------------------------------------ payslip (clarifié)
def payslip(c, s: dict, rng: random.Random):
    p = P(c)
    f, fb = "rcond", "rcond-b"
    p.rect(12, 10, 186, 30, (120, 120, 120), lw=0.6)
    p.t(15, 16, s["employer"], fb, 11)
    p.t(15, 21, s["emp_addr1"], f, 8.5)
    p.t(15, 25, s["emp_addr2"], f, 8.5)
    p.t(15, 30, f"SIRET : {s['siret']}    Code NAF : {s['naf']}", f, 8.5)
    p.t(15, 34.5, f"Convention collective : {s['ccn']}", f, 8.5)
    p.t(196, 16, "BULLETIN DE PAIE", fb, 13, align="r")
    p.t(196, 22, f"Période du {fr(s['start'])} au {fr(s['end'])}", f, 9, align="r")
    p.t(196, 27, f"Paiement le {fr(s['paid'])} par virement", f, 8.5, align="r")
    p.rect(110, 44, 88, 26, (120, 120, 120), lw=0.6)
    p.t(114, 51, s["employee"], fb, 10.5)
    p.t(114, 56, s["addr1"], f, 9)
    p.t(114, 60.5, s["addr2"], f, 9)
    p.t(15, 50, f"Emploi : {s['job']}", f, 8.5)
    p.t(15, 54.5, f"Statut : {s['status']}    Coefficient : {s['coef']}", f, 8.5)
    p.t(15, 59, f"Entrée le : {fr(s['hired'])}    Matricule : {s['matricule']}", f, 8.5)
    p.t(15, 63.5, "N° de sécurité sociale : en cours d'attribution", f, 8.5)
    y = 80
    p.rect(12, y - 5, 186, 7, fill=(225, 230, 238), lw=0.3)
    for x, h in ((15, "Éléments de paie"), (110, "Base"), (135, "Taux"), (160, "À déduire"),
                 (196, "À payer")):  # fmt: skip
        p.t(x, y, h, fb, 8.5, align="r" if x == 196 else "l")
    gross = s["gross"]
    rows = [("Salaire de base", "151,67", "", "", money(gross))]
    rows.append(("SALAIRE BRUT", "", "", "", money(gross)))
    ded = [("Santé", 0.0), ("Accidents du travail - maladies professionnelles", 0.0),
           ("Retraite Sécurité sociale plafonnée", 0.069), ("Retraite complémentaire T1", 0.0401),
           ("Famille", 0.0), ("Assurance chômage", 0.0),
           ("CSG déductible de l'impôt sur le revenu", 0.068),
           ("CSG/CRDS non déductible", 0.029)]  # fmt: skip
    total_ded = 0.0
    for lab, rate in ded:
        amt = round(gross * 0.9825 * rate, 2) if "CSG" in lab else round(gross * rate, 2)
        total_ded += amt
        rows.append((lab, money(gross), f"{rate * 100:.2f}" if rate else "", money(amt) if amt
                     else "", ""))  # fmt: skip
    net = round(gross - total_ded, 2)
    y += 8
    for r in rows:
        bold = r[0].isupper()
        p.t(15, y, r[0], fb if bold else f, 8.5)
        p.t(110, y, r[1], f, 8.5)
        p.t(135, y, r[2], f, 8.5)
        p.t(160, y, r[3], f, 8.5)
        p.t(196, y, r[4], fb if bold else f, 8.5, align="r")
        y += 5.6
    p.line(12, y, 198, y, (120, 120, 120))
    y += 7
    p.t(15, y, "Net à payer avant impôt sur le revenu", fb, 9.5)
    p.t(196, y, money(net) + " " + EUR, fb, 9.5, align="r")
    y += 6
    tax = round(net * s["pas"], 2)
    p.t(15, y, f"Impôt sur le revenu prélevé à la source - taux personnalisé {s['pas'] * 100:.1f} %"
        , f, 8.5)  # fmt: skip
    p.t(196, y, money(tax), f, 8.5, align="r")
    y += 9
    p.rect(12, y - 6, 186, 10, fill=(210, 235, 215), lw=0.4)
    p.t(15, y, "NET PAYÉ", fb, 11)
    p.t(196, y, money(net - tax) + " " + EUR, fb, 12, align="r")
    p.t(15, 280, "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée. Rubrique dédiée : www.service-public.fr",
        f, 7, (90, 90, 90))  # fmt: skip
    return net, round(net - tax, 2)


# ------------------------------------------------------------------ employment contract
def contract(c, page: int, k: dict, rng: random.Random):
    p = P(c)
    f, fb = "carlito", "carlito-b"
    if page == 1:
        p.t(105, 24, k["title"], fb, 14, align="c")
        y = p.para(20, 40, "ENTRE LES SOUSSIGNÉS :", 170, fb, 10.5)
        y = p.para(20, y + 2, f"La société {k['employer']}, {k['form']}, dont le siège social est "
                   f"situé {k['emp_addr']}, immatriculée sous le numéro SIRET {k['siret']}, "
                   f"représentée par {k['rep']}, en sa qualité de {k['rep_title']},", 170, f,
                   10.5, 5.2)  # fmt: skip
        y = p.para(20, y + 1, "ci-après dénommée « l'Employeur », d'une part,", 170, f, 10.5)
        y = p.para(
            20,
            y + 3,
            f"ET {k['employee_disp']}, né(e) le {fr(k['dob'])} à {k['pob']}, "
            f"de nationalité {k['nat']}, demeurant {k['addr']},",
            170,
            f,
            10.5,
            5.2,
        )
        y = p.para(20, y + 1, "ci-après dénommé(e) « le Salarié », d'autre part,", 170, f, 10.5)
        y = p.para(20, y + 3, "IL A ÉTÉ CONVENU CE QUI SUIT :", 170, fb, 10.5)
        for art, txt in k["articles"][:3]:
            y = p.para(20, y + 4, art, 170, fb, 10.5)
            y = p.para(20, y + 1, txt, 170, f, 10.5, 5.2)
        p.t(195, 287, "Page 1 sur 2", f, 8, align="r")
    else:
        y = 24
        for art, txt in k["articles"][3:]:
            y = p.para(20, y + 4, art, 170, fb, 10.5)
            y = p.para(20, y + 1, txt, 170, f, 10.5, 5.2)
        y = p.para(20, y + 8, f"Fait à {k['city']}, le {fr(k['signed'])}, en deux exemplaires "
                   "originaux.", 170, f, 10.5)  # fmt: skip
        p.t(25, y + 8, "Pour l'Employeur", fb, 10)
        p.t(25, y + 13, k["rep"], f, 10)
        p.scribble(25, y + 26, 38, rng)
        p.t(120, y + 8, "Le Salarié", fb, 10)
        p.t(120, y + 13, "« Lu et approuvé, bon pour accord »", "hand4", 12, (20, 30, 110))
        p.scribble(122, y + 26, 32, rng)
        p.t(195, 287, "Page 2 sur 2", f, 8, align="r")


# ------------------------------------------------------------------ handwritten attestation
def attestation_hand(a: dict, rng: random.Random) -> Image.Image:
    """A4 at 150 dpi, lined notepad paper, written in a handwriting font."""
    w, h = 1240, 1754
    img = Image.new("RGB", (w, h), (252, 252, 247))
    dr = ImageDraw.Draw(img)
    for y in range(170, h - 60, 44):
        dr.line([(0, y), (w, y)], fill=(190, 210, 235), width=2)
    dr.line([(150, 0), (150, h)], fill=(235, 150, 150), width=2)
    f = pil_font(a["font"], 40)
    ft = pil_font(a["font"], 50)
    ink = (25, 35, 100)
    dr.text((w // 2, 120), "Attestation d'hébergement", font=ft, fill=ink, anchor="ms")
    y = 252
    for para in a["text"]:
        words, line = para.split(), ""
        for wd in words:
            trial = (line + " " + wd).strip()
            if dr.textlength(trial, font=f) > w - 260 and line:
                dr.text((170 + rng.randint(-4, 4), y), line, font=f, fill=ink, anchor="ls")
                y += 44
                line = wd
            else:
                line = trial
        dr.text((170, y), line, font=f, fill=ink, anchor="ls")
        y += 66
    # signature
    pts, x0, y0 = [], 760, y + 60
    for i in range(60):
        pts.append((x0 + i * 5, y0 + 30 * math.sin(i / 3.0) * rng.uniform(0.5, 1)))
    dr.line(pts, fill=ink, width=4)
    return img


# ------------------------------------------------------------------ screenshots
def bourso_rib(r: dict) -> Image.Image:
    img, dr = screenshot_frame(clock="18:07")
    w = img.size[0]
    pink = (214, 0, 110)
    dr.rectangle([0, 140, w, 300], fill=(255, 255, 255))
    dr.text((60, 230), "‹", font=pil_font("roboto", 90), fill=pink, anchor="lm")
    dr.text((w // 2, 230), "RIB", font=pil_font("roboto-b", 54), fill=(20, 20, 40), anchor="mm")
    dr.text((w - 60, 230), "⇪", font=pil_font("sans", 56), fill=pink, anchor="rm")
    dr.rounded_rectangle([50, 340, w - 50, 1720], radius=40, fill=(246, 244, 250))
    fl, fv = pil_font("roboto", 38), pil_font("roboto-m", 46)
    dr.text((100, 420), "BoursoBank", font=pil_font("roboto-b", 56), fill=pink)
    dr.text((100, 490), "Compte bancaire", font=fl, fill=(100, 100, 120))
    rows = [("Titulaire", r["holder"]), ("IBAN", group4(r["iban"][:20])),
            ("", group4(r["iban"])[25:]), ("BIC", r["bic"]),
            ("Code banque", r["bank_code"]), ("Code guichet", r["branch"]),
            ("Numéro de compte", r["account"]), ("Clé RIB", r["key"]),
            ("Domiciliation", "BOURSOBANK")]  # fmt: skip
    y = 600
    for lab, val in rows:
        if lab:
            dr.text((100, y), lab, font=fl, fill=(110, 110, 130))
            y += 54
        dr.text((100, y), val, font=fv, fill=(20, 20, 40))
        y += 92 if lab else 70
        if not lab:
            y += 22
    dr.rounded_rectangle([50, 1800, w - 50, 1940], radius=70, fill=pink)
    dr.text((w // 2, 1870), "Partager mon RIB", font=pil_font("roboto-m", 48),
            fill=(255, 255, 255), anchor="mm")  # fmt: skip
    dr.rounded_rectangle([50, 1990, w - 50, 2130], radius=70, outline=pink, width=4)
    dr.text((w // 2, 2060), "Télécharger le PDF", font=pil_font("roboto-m", 48), fill=pink,
            anchor="mm")  # fmt: skip
    dr.rounded_rectangle([w // 2 - 200, 2490, w // 2 + 200, 2502], radius=6, fill=(0, 0, 0))
    return img


def wise_details(r: dict) -> Image.Image:
    img, dr = screenshot_frame(clock="21:32", dark=False)
    w = img.size[0]
    green, ink = (22, 51, 0), (14, 15, 12)
    dr.text((70, 230), "←", font=pil_font("sans", 64), fill=ink, anchor="lm")
    dr.text((70, 380), "Euro account details", font=pil_font("roboto-b", 70), fill=ink)
    dr.rounded_rectangle([70, 500, 560, 600], radius=50, fill=(159, 232, 112))
    dr.text((315, 550), "IBAN (SEPA)", font=pil_font("roboto-m", 42), fill=green, anchor="mm")
    dr.rounded_rectangle([590, 500, 1100, 600], radius=50, outline=(200, 200, 200), width=3)
    dr.text((845, 550), "SWIFT / BIC", font=pil_font("roboto-m", 42), fill=ink, anchor="mm")
    fl, fv = pil_font("roboto", 40), pil_font("roboto-m", 50)
    rows = [("Name", r["holder"]), ("IBAN", group4(r["iban"])), ("Swift/BIC", r["bic"]),
            ("Bank name and address", "Wise"), ("", "Rue du Trône 100, 3rd floor"),
            ("", "Brussels"), ("", "1050"), ("", "Belgium")]  # fmt: skip
    y = 700
    for lab, val in rows:
        if lab:
            y += 40
            dr.text((70, y), lab, font=fl, fill=(90, 90, 90))
            y += 60
        dr.text((70, y), val, font=fv, fill=ink)
        if lab in ("Name", "IBAN", "Swift/BIC"):
            dr.text((w - 80, y + 25), "⧉", font=pil_font("sans", 50), fill=green, anchor="rm")
        y += 68
    dr.rounded_rectangle([70, 1900, w - 70, 2130], radius=30, fill=(240, 243, 236))
    dr.text((110, 1950), "Use these details to receive EUR from bank transfers", font=fl,
            fill=ink)  # fmt: skip
    dr.text((110, 2010), "within the Single Euro Payments Area (SEPA).", font=fl, fill=ink)
    dr.rounded_rectangle([70, 2220, w - 70, 2360], radius=70, fill=(159, 232, 112))
    dr.text((w // 2, 2290), "Share details", font=pil_font("roboto-b", 48), fill=green,
            anchor="mm")  # fmt: skip
    dr.rounded_rectangle([w // 2 - 200, 2490, w // 2 + 200, 2502], radius=6, fill=(0, 0, 0))
    return img
