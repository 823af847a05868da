"""Bills, RIBs, banking-app screenshot, payslip, CDI contract, lease (loi 1989)."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from civil import fr_words
from common import Page, pil_font
from ids import group4


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def _addr_block(p, x, y, lines, font="sans", size=10):
    for ln in lines:
        p.text(x, y, ln, font, size)
        y += size * 0.45
    return y


def engie_bill(b: dict) -> Page:
    p = Page()
    p.rect(0, 0, 210, 24, stroke=None, fill=(0, 170, 255))
    p.text(14, 15, "ENGIE", "lato_b", 22, (255, 255, 255))
    p.text(196, 11, "Facture d'électricité et de gaz", "lato", 10, (255, 255, 255), "r")
    p.text(196, 17, f"du {b['issue'].strftime('%d/%m/%Y')}", "lato", 10, (255, 255, 255), "r")
    _addr_block(p, 118, 44, [b["holder_print"]] + b["addr"], "lato", 10.5)
    p.text(14, 38, "Vos références", "lato_b", 9)
    refs = [
        ("Référence client", b["client_ref"]), ("N° de facture", b["number"]),
        ("Compte de facturation", b["account"]),
    ]  # fmt: skip
    y = 44
    for lab, v in refs:
        p.text(14, y, lab, "lato", 8.5, (80, 80, 80))
        p.text(60, y, v, "lato_b", 8.5)
        y += 5
    p.rect(14, 78, 182, 26, stroke=None, fill=(232, 246, 255))
    p.text(20, 87, "Montant total TTC à payer", "lato_b", 12)
    p.text(190, 88, eur(b["amount"]), "lato_b", 18, (0, 110, 190), "r")
    p.text(20, 96, f"Prélevé le {b['due'].strftime('%d/%m/%Y')} sur votre compte bancaire",
           "lato", 9)  # fmt: skip
    p.text(14, 116, "Période de consommation", "lato_b", 10)
    p.text(14, 122, f"du {b['start'].strftime('%d/%m/%Y')} au {b['end'].strftime('%d/%m/%Y')}",
           "lato", 10)  # fmt: skip
    p.text(14, 132, "Adresse du logement : " + ", ".join(b["addr"]), "lato", 9)
    y = 145
    p.rect(14, y - 5, 182, 7, stroke=None, fill=(240, 240, 240))
    for x, h in ((16, "Détail"), (120, "Consommation"), (194, "Montant TTC")):
        p.text(x, y, h, "lato_b", 8.5, anchor="r" if x > 190 else "l")
    y += 8
    for lab, cons, amt in b["lines"]:
        p.text(16, y, lab, "lato", 9)
        p.text(120, y, cons, "lato", 9)
        p.text(194, y, eur(amt), "lato", 9, anchor="r")
        y += 6
    p.line(14, y, 196, y, (150, 150, 150), 0.2)
    p.text(16, y + 6, "Total TTC", "lato_b", 9.5)
    p.text(194, y + 6, eur(b["amount"]), "lato_b", 9.5, anchor="r")
    p.text(14, 262, "PDL : " + b["pdl"] + "   PCE : " + b["pce"], "lato", 8, (90, 90, 90))
    legal = ("ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre 542 107 651 - 1 place "
             "Samuel de Champlain 92400 Courbevoie")  # fmt: skip
    p.text(14, 270, legal, "lato", 6.5, (110, 110, 110))
    p.text(196, 288, "1/2", "lato", 7, (110, 110, 110), "r")
    return p


def free_bill(b: dict) -> Page:
    """Free (Freebox) monthly invoice, after the real 'Facture' layout."""
    p = Page()
    p.text(14, 20, "free", "sans_b", 30, (205, 0, 0))
    p.text(14, 27, "Freebox", "sans", 9, (120, 120, 120))
    p.text(120, 20, "Facture", "sans_b", 16)
    p.text(120, 27, f"N° {b['number']}", "sans", 9)
    p.text(120, 32, f"Date : {b['issue'].strftime('%d/%m/%Y')}", "sans", 9)
    p.text(120, 37, f"Identifiant : {b['login']}", "sans", 9)
    _addr_block(p, 120, 52, [b["holder_print"]] + b["addr"], "sans", 10)
    p.text(14, 52, "Ligne Freebox :", "sans", 8.5, (90, 90, 90))
    p.text(14, 57, b["line"], "sans_b", 9)
    y = 90
    p.line(14, y - 6, 196, y - 6, (0, 0, 0), 0.4)
    p.text(14, y, f"Abonnement Freebox {b['offer']}", "sans", 9.5)
    p.text(14, y + 5, f"Période du {b['start'].strftime('%d/%m/%Y')} au "
           f"{b['end'].strftime('%d/%m/%Y')}", "sans", 8.5, (90, 90, 90))  # fmt: skip
    p.text(196, y, eur(b["base"]), "sans", 9.5, anchor="r")
    y += 12
    for lab, amt in b["extra"]:
        p.text(14, y, lab, "sans", 9.5)
        p.text(196, y, eur(amt), "sans", 9.5, anchor="r")
        y += 6
    p.line(14, y, 196, y, (0, 0, 0), 0.3)
    p.text(120, y + 7, "Total HT", "sans", 9)
    p.text(196, y + 7, eur(b["amount"] / 1.2), "sans", 9, anchor="r")
    p.text(120, y + 12, "TVA 20 %", "sans", 9)
    p.text(196, y + 12, eur(b["amount"] - b["amount"] / 1.2), "sans", 9, anchor="r")
    p.text(120, y + 19, "Total TTC", "sans_b", 11)
    p.text(196, y + 19, eur(b["amount"]), "sans_b", 11, anchor="r")
    p.text(14, y + 32, f"Cette somme sera prélevée le {b['due'].strftime('%d/%m/%Y')}.",
           "sans", 9)  # fmt: skip
    p.text(14, 280, "Free - SAS au capital de 3 441 812 € - RCS Paris B 421 938 861 - 8 rue de "
           "la Ville l'Evêque 75008 Paris", "sans", 6.5, (110, 110, 110))  # fmt: skip
    return p


def total_bill(b: dict) -> Page:
    p = Page()
    p.rect(14, 10, 8, 16, stroke=None, fill=(237, 0, 0))
    p.rect(22, 10, 8, 16, stroke=None, fill=(0, 90, 200))
    p.text(34, 21, "TotalEnergies", "open_b", 16, (230, 0, 30))
    p.text(196, 16, "FACTURE", "open_b", 13, anchor="r")
    p.text(196, 22, "Électricité", "open", 10, anchor="r")
    p.text(14, 40, "Titulaire du contrat", "open", 8, (100, 100, 100))
    p.text(14, 45, b["holder_print"], "open_b", 10)
    p.text(14, 55, "Adresse de consommation", "open", 8, (100, 100, 100))
    _addr_block(p, 14, 60, b["addr"], "open", 9.5)
    _addr_block(p, 118, 45, [b["holder_print"]] + b["addr"], "open", 10)
    p.rect(14, 82, 182, 30, stroke=(230, 0, 30), lw=0.5)
    p.text(20, 91, f"Facture n° {b['number']} du {fr_words(b['issue'])}", "open", 9.5)
    p.text(20, 99, "Montant à payer", "open_b", 11)
    p.text(190, 100, eur(b["amount"]), "open_b", 17, anchor="r")
    p.text(20, 107, f"Période facturée : {b['start'].strftime('%d/%m/%Y')} - "
           f"{b['end'].strftime('%d/%m/%Y')}", "open", 9)  # fmt: skip
    y = 124
    for lab, amt in b["lines"]:
        p.text(16, y, lab, "open", 9)
        p.text(194, y, eur(amt), "open", 9, anchor="r")
        y += 6
    p.text(14, 255, f"N° client : {b['client_ref']}   PDL : {b['pdl']}", "open", 8)
    p.text(14, 270, "TotalEnergies Electricité et Gaz France - SA - RCS Nanterre 443 062 079",
           "open", 6.5, (110, 110, 110))  # fmt: skip
    return p


BANKS = {
    "BNP": ("BNP PARIBAS", "BNPAFRPPXXX", (0, 145, 90)),
    "CM": ("Crédit Mutuel", "CMCIFR2A", (0, 80, 160)),
    "SG": ("SOCIETE GENERALE", "SOGEFRPP", (225, 0, 25)),
    "BOURSO": ("BoursoBank", "BOUSFRPPXXX", (0, 0, 90)),
}


def rib_page(r: dict, style: str) -> Page:
    bank, bic, col = BANKS[style]
    p = Page()
    y0 = 20
    if style == "BNP":
        p.text(14, y0 + 6, "BNP PARIBAS", "sans_b", 16, col)
        p.text(14, y0 + 12, "La banque d'un monde qui change", "sans_i", 8, col)
        title = "RELEVÉ D'IDENTITÉ BANCAIRE"
    elif style == "CM":
        p.rect(14, y0, 12, 12, stroke=None, fill=col)
        p.text(30, y0 + 9, "Crédit Mutuel", "serif_b", 16, col)
        title = "Relevé d'Identité Bancaire"
    else:
        p.rect(14, y0, 10, 5, stroke=None, fill=col)
        p.rect(14, y0 + 5, 10, 5, stroke=None, fill=(0, 0, 0))
        p.text(28, y0 + 8, "SOCIETE GENERALE", "sans_b", 14)
        title = "RIB - Relevé d'Identité Bancaire"
    p.text(105, y0 + 28, title, "sans_b", 12, (0, 0, 0), "m")
    y = y0 + 40
    p.text(14, y, "Titulaire du compte", "sans", 8.5, (90, 90, 90))
    y = _addr_block(p, 14, y + 6, [r["holder_print"]] + r["addr"], "sans_b", 10)
    p.text(120, y0 + 40, "Domiciliation", "sans", 8.5, (90, 90, 90))
    _addr_block(p, 120, y0 + 46, r["agency"], "sans", 9.5)
    y = max(y, y0 + 66) + 6
    heads = [("Code banque", r["bank"]), ("Code guichet", r["branch"]),
             ("N° de compte", r["account"]), ("Clé RIB", r["key"])]  # fmt: skip
    xs = [14, 50, 86, 150]
    p.rect(14, y - 5, 182, 18, stroke=(0, 0, 0), lw=0.3)
    for (h, v), x in zip(heads, xs, strict=True):
        p.text(x + 2, y, h, "sans", 8, (90, 90, 90))
        p.text(x + 2, y + 8, v, "mono", 11)
    y += 24
    p.text(14, y, "IBAN (International Bank Account Number)", "sans", 8.5, (90, 90, 90))
    p.text(14, y + 7, group4(r["iban"]), "mono", 12.5)
    p.text(14, y + 17, "BIC (Bank Identifier Code)", "sans", 8.5, (90, 90, 90))
    p.text(14, y + 24, bic, "mono", 12.5)
    p.text(14, y + 40, "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
           "débiteurs appelés à faire inscrire des opérations sur votre compte.", "sans", 7,
           (90, 90, 90))  # fmt: skip
    return p


def bourso_screenshot(r: dict, rng: random.Random) -> Image.Image:
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (245, 246, 250))
    d = ImageDraw.Draw(im)
    d.text((60, 60), "14:27", font=pil_font("roboto_m", 44), fill=(0, 0, 0))
    d.text((W - 60, 60), "5G  83%", font=pil_font("roboto_m", 40), fill=(0, 0, 0), anchor="ra")
    d.rectangle([0, 150, W, 330], fill=(0, 0, 90))
    d.text((60, 240), "‹", font=pil_font("roboto", 90), fill=(255, 255, 255), anchor="lm")
    d.text((W // 2, 240), "Mon RIB", font=pil_font("roboto_b", 56), fill=(255, 255, 255),
           anchor="mm")  # fmt: skip
    y = 400
    d.rounded_rectangle([40, y, W - 40, y + 1280], radius=36, fill=(255, 255, 255))
    d.text((90, y + 70), "Compte joint", font=pil_font("roboto_m", 46), fill=(30, 30, 60))
    rows = [
        ("Titulaire(s)", r["holder_print"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", BANKS["BOURSO"][1]),
        ("Banque", "BoursoBank"),
        ("Code banque   Code guichet", f"{r['bank']}          {r['branch']}"),
        ("N° de compte   Clé", f"{r['account']}   {r['key']}"),
        ("Domiciliation", "BoursoBank, 44 rue Traversière, 92100 Boulogne-Billancourt"),
    ]
    yy = y + 180
    for lab, v in rows:
        d.text((90, yy), lab, font=pil_font("roboto", 36), fill=(120, 120, 140))
        fnt = pil_font("roboto_m", 40 if len(v) < 40 else 34)
        d.text((90, yy + 52), v, font=fnt, fill=(10, 10, 30))
        yy += 160
    by = y + 1360
    for i, lab in enumerate(("Partager", "Télécharger le PDF", "Copier l'IBAN")):
        d.rounded_rectangle([60, by + i * 150, W - 60, by + i * 150 + 110], radius=55,
                            fill=(0, 110, 230) if i == 0 else (230, 234, 245))  # fmt: skip
        d.text((W // 2, by + i * 150 + 55), lab, font=pil_font("roboto_m", 42),
               fill=(255, 255, 255) if i == 0 else (0, 60, 150), anchor="mm")  # fmt: skip
    d.rounded_rectangle([W // 2 - 140, H - 30, W // 2 + 140, H - 20], radius=5, fill=(0, 0, 0))
    return im


def payslip(s: dict) -> Page:
    """Bulletin de paie clarifié (modèle 2018)."""
    p = Page()
    p.text(14, 16, "BULLETIN DE PAIE", "carlito_b", 15)
    p.text(196, 16, f"Période du {s['start'].strftime('%d/%m/%Y')} au "
           f"{s['end'].strftime('%d/%m/%Y')}", "carlito", 9.5, anchor="r")  # fmt: skip
    p.text(196, 21, f"Paiement le {s['paid'].strftime('%d/%m/%Y')} par virement", "carlito",
           9, anchor="r")  # fmt: skip
    p.rect(14, 26, 88, 34, stroke=(0, 0, 0), lw=0.25)
    _addr_block(p, 17, 32, [s["employer"]] + s["emp_addr"], "carlito_b", 9.5)
    p.text(17, 52, f"SIRET : {s['siret']}    APE : {s['ape']}", "carlito", 8.5)
    p.text(17, 57, f"Convention collective : {s['ccn']}", "carlito", 7.5)
    _addr_block(p, 118, 34, [s["employee_print"]] + s["addr"], "carlito_b", 10)
    info = [("Emploi", s["job"]), ("Statut", s["status"]), ("Entrée le", s["hired"]),
            ("Matricule", s["matricule"]), ("N° SS", "en cours")]  # fmt: skip
    y = 68
    for i, (lab, v) in enumerate(info):
        x = 14 + (i % 3) * 62
        yy = y + (i // 3) * 6
        p.text(x, yy, f"{lab} : {v}", "carlito", 8.5)
    y = 86
    p.rect(14, y - 5, 182, 7, stroke=None, fill=(225, 225, 225))
    for x, h, a in ((16, "Éléments de paie", "l"), (120, "Base", "r"), (142, "Taux", "r"),
                    (166, "À déduire", "r"), (194, "À payer", "r")):  # fmt: skip
        p.text(x, y, h, "carlito_b", 8.5, anchor=a)
    y += 8
    for lab, base, rate, ded, pay in s["lines"]:
        bold = lab.isupper()
        f = "carlito_b" if bold else "carlito"
        p.text(16, y, lab, f, 8.5)
        for x, v in ((120, base), (142, rate), (166, ded), (194, pay)):
            if v:
                p.text(x, y, v, f, 8.5, anchor="r")
        y += 5.2
    y += 4
    p.rect(14, y, 182, 14, stroke=None, fill=(230, 240, 250))
    p.text(18, y + 9, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "carlito_b", 10)
    p.text(192, y + 9, eur(s["net_before"]), "carlito_b", 11, anchor="r")
    y += 18
    p.text(18, y + 4, "Impôt sur le revenu prélevé à la source — taux personnalisé "
           f"{s['pas_rate']} %", "carlito", 8.5)  # fmt: skip
    p.text(192, y + 4, eur(s["net_before"] - s["net"]), "carlito", 8.5, anchor="r")
    y += 10
    p.rect(14, y, 182, 14, stroke=(0, 0, 0), lw=0.4, fill=(255, 250, 210))
    p.text(18, y + 9, "NET PAYÉ", "carlito_b", 12)
    p.text(192, y + 9.5, eur(s["net"]), "carlito_b", 14, anchor="r")
    p.text(14, 280, "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
           "ce bulletin de paie sans limitation de durée.", "carlito_i" if False else "carlito",
           7, (90, 90, 90))  # fmt: skip
    return p


def contract_pages(c: dict, rng: random.Random) -> list[Page]:
    p1 = Page()
    p1.text(105, 24, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "caladea_b", 14, (0, 0, 0), "m")
    y = 40
    y = p1.para(20, y, "ENTRE LES SOUSSIGNÉS :", 170, "caladea_b", 10.5, 5)
    y = p1.para(20, y + 2, f"La société {c['employer']}, {c['form']}, dont le siège social est "
                f"situé {c['emp_addr']}, immatriculée sous le numéro SIRET {c['siret']}, "
                f"représentée par {c['rep']}, en qualité de {c['rep_title']},", 170, "caladea",
                10.5, 5)  # fmt: skip
    y = p1.para(20, y + 2, "ci-après dénommée « l'Employeur »,", 170, "caladea_i" if False
                else "caladea", 10.5, 5)  # fmt: skip
    y = p1.para(20, y + 4, "ET", 170, "caladea_b", 10.5, 5)
    y = p1.para(
        20,
        y + 2,
        f"{c['employee_print']}, né(e) le {c['dob_fr']} à {c['pob']}, de "
        f"nationalité {c['nat']}, demeurant {c['addr']},",
        170,
        "caladea",
        10.5,
        5,
    )
    y = p1.para(20, y + 2, "ci-après dénommé(e) « le Salarié »,", 170, "caladea", 10.5, 5)
    y = p1.para(20, y + 4, "IL A ÉTÉ CONVENU CE QUI SUIT :", 170, "caladea_b", 10.5, 5)
    arts = [
        ("Article 1 – Engagement", f"Le Salarié est engagé à compter du {c['start_fr']} par "
         f"contrat de travail à durée indéterminée, sous réserve des résultats de la visite "
         f"d'information et de prévention. Le présent contrat est régi par la convention "
         f"collective {c['ccn']}."),
        ("Article 2 – Fonctions", f"Le Salarié exercera les fonctions de {c['job']}, statut "
         f"{c['status']}, coefficient {c['coef']}."),
        ("Article 3 – Période d'essai", "Le présent contrat ne deviendra définitif qu'à "
         "l'issue d'une période d'essai de deux mois de travail effectif, renouvelable une fois "
         "dans les conditions prévues par la convention collective."),
        ("Article 4 – Rémunération", f"En contrepartie de son travail, le Salarié percevra une "
         f"rémunération brute mensuelle de {c['gross']} pour une durée de travail de 35 heures "
         "hebdomadaires."),
        ("Article 5 – Lieu de travail", f"Le Salarié exercera ses fonctions à {c['workplace']}."),
    ]  # fmt: skip
    for t, body in arts:
        y = p1.para(20, y + 4, t, 170, "caladea_b", 10.5, 5)
        y = p1.para(20, y + 1, body, 170, "caladea", 10.5, 5)
    p1.text(105, 285, "1/2", "caladea", 8, (0, 0, 0), "m")
    p2 = Page()
    y = 24
    for t, body in [
        ("Article 6 – Congés payés", "Le Salarié bénéficiera des congés payés dans les "
         "conditions prévues par le code du travail et la convention collective."),
        ("Article 7 – Rupture du contrat", "Chacune des parties pourra mettre fin au présent "
         "contrat dans les conditions prévues par la loi et la convention collective, sous "
         "réserve du respect du préavis."),
    ]:  # fmt: skip
        y = p2.para(20, y + 4, t, 170, "caladea_b", 10.5, 5)
        y = p2.para(20, y + 1, body, 170, "caladea", 10.5, 5)
    y += 12
    p2.text(20, y, f"Fait en deux exemplaires originaux, à {c['city']}, le {c['signed_fr']}.",
            "caladea", 10.5)  # fmt: skip
    y += 14
    p2.text(20, y, "L'Employeur", "caladea_b", 10.5)
    p2.text(120, y, "Le Salarié", "caladea_b", 10.5)
    p2.text(120, y + 5, "(mention « lu et approuvé »)", "caladea", 8.5)
    p2.signature(22, y + 8, 45, 16, c["rep"], rng, (20, 20, 30))
    p2.hand(120, y + 14, "Lu et approuvé", rng, "hand3", 12)
    p2.signature(122, y + 18, 45, 16, c["employee_print"], rng)
    p2.text(105, 285, "2/2", "caladea", 8, (0, 0, 0), "m")
    return [p1, p2]


def lease_pages(L: dict, rng: random.Random) -> list[Page]:
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", "dserif_b", 14, (0, 0, 0), "m")
    p1.text(105, 28, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "dserif", 9.5, (0, 0, 0),
            "m")  # fmt: skip
    p1.text(105, 33, "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 — contrat type "
            "du décret n° 2015-587 du 29 mai 2015)", "dserif", 7, (0, 0, 0), "m")  # fmt: skip
    y = 46
    secs = [
        ("I. DÉSIGNATION DES PARTIES", [
            "Le présent contrat est conclu entre les soussignés :",
            f"Le bailleur : {L['landlord']}, demeurant {L['landlord_addr']},",
            "désigné ci-après « le bailleur » ;",
            "Le(s) locataire(s) : " + " et ".join(L["tenants_print"]) + ",",
            "désigné(s) ci-après « le locataire ».",
        ]),
        ("II. OBJET DU CONTRAT", [
            f"A. Consistance du logement — Adresse du logement : {L['address']}",
            f"Type d'habitat : immeuble collectif. Régime juridique : copropriété. Surface "
            f"habitable : {L['surface']} m². Nombre de pièces principales : {L['rooms']}.",
            "Destination des locaux : usage d'habitation principale.",
        ]),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", [
            f"A. Date de prise d'effet du contrat : {L['start'].strftime('%d/%m/%Y')}",
            "B. Durée du contrat : trois ans (bailleur personne physique).",
        ]),
        ("IV. CONDITIONS FINANCIÈRES", [
            f"A. Loyer mensuel hors charges : {eur(L['rent'])}",
            f"Provision sur charges : {eur(L['charges'])} par mois, payable d'avance le 1er "
            "de chaque mois.",
            f"Dépôt de garantie : {eur(L['rent'])} (un mois de loyer hors charges).",
        ]),
    ]  # fmt: skip
    for t, lines in secs:
        p1.rect(18, y - 5, 174, 7, stroke=None, fill=(230, 230, 230))
        p1.text(20, y, t, "dserif_b", 9.5)
        y += 8
        for ln in lines:
            y = p1.para(22, y, ln, 168, "dserif", 9.5, 4.6) + 1.4
        y += 4
    p1.text(105, 287, "Page 1 / 2 — Paraphes : ______", "dserif", 7.5, (0, 0, 0), "m")
    p2 = Page()
    y = 24
    for t, body in [
        ("V. TRAVAUX", "Néant."),
        ("VI. GARANTIES", "Néant."),
        ("VII. CLAUSE DE SOLIDARITÉ", "Les locataires sont tenus solidairement et "
         "indivisiblement de l'exécution des obligations du présent contrat."),
        ("VIII. ANNEXES", "Dossier de diagnostic technique, notice d'information, état des "
         "lieux d'entrée, extrait du règlement de copropriété."),
    ]:  # fmt: skip
        p2.rect(18, y - 5, 174, 7, stroke=None, fill=(230, 230, 230))
        p2.text(20, y, t, "dserif_b", 9.5)
        y = p2.para(22, y + 8, body, 168, "dserif", 9.5, 4.6) + 6
    y += 6
    p2.text(22, y, f"Fait et signé à {L['city']}, le {L['signed'].strftime('%d/%m/%Y')}, en "
            "trois originaux.", "dserif", 9.5)  # fmt: skip
    y += 12
    p2.text(22, y, "Le bailleur", "dserif_b", 9.5)
    p2.text(90, y, "Les locataires", "dserif_b", 9.5)
    p2.signature(22, y + 6, 40, 14, L["landlord"], rng, (20, 20, 30))
    p2.signature(90, y + 6, 40, 14, L["tenants_print"][0], rng)
    p2.signature(140, y + 6, 40, 14, L["tenants_print"][1], rng, (20, 20, 30))
    p2.text(105, 287, "Page 2 / 2", "dserif", 7.5, (0, 0, 0), "m")
    return [p1, p2]
