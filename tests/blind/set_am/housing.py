"""Lease, hosting attestation, payslip and employment contract for blind set AM."""

from __future__ import annotations

import random

from frdocs import BLUE_INK, GREY, in_words, money
from ids import dmy
from render import Page, round_stamp, signature


def lease(L: dict, seed: int) -> list[Page]:
    """Bail d'habitation (logement nu, loi du 6 juillet 1989, contrat type), 3 pages."""
    rng = random.Random(seed)
    f, fb = L.get("font", "serif"), L.get("font_b", "serif-b")
    pages = []
    p = Page()
    p.text(105, 22, "CONTRAT DE LOCATION", fb, 15, (0, 0, 0), "m")
    p.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", fb, 10.5, (0, 0, 0), "m")
    p.text(105, 35, "(Soumis au titre Ier bis de la loi du 6 juillet 1989 — contrat type du "
           "décret n° 2015-587 du 29 mai 2015)", f, 8, GREY, "m")  # fmt: skip
    y = 50
    p.text(18, y, "I. DÉSIGNATION DES PARTIES", fb, 10.5)
    y += 8
    p.text(18, y, "Le présent contrat est conclu entre les soussignés :", f, 9.5)
    y += 7
    y = p.para(22, y, 168, f"{L['landlord']}, {L['landlord_addr']}, désigné(e) ci-après "
               "« le bailleur » ;", f, 9.5)  # fmt: skip
    if L.get("agent"):
        y = p.para(22, y + 1, 168, f"représenté par le mandataire {L['agent']} ;", f, 9.5)
    y += 3
    y = p.para(22, y, 168, " et ".join(L["tenants_printed"]) + ", désigné(s) ci-après « le "
               "locataire ».", f, 9.5)  # fmt: skip
    y += 8
    p.text(18, y, "II. OBJET DU CONTRAT", fb, 10.5)
    y += 8
    y = p.para(18, y, 174, "Le présent contrat a pour objet la location d'un logement ainsi "
               "déterminé :", f, 9.5)  # fmt: skip
    y += 2
    for s in (
        f"A. Consistance du logement — localisation : {L['address']}",
        f"type d'habitat : immeuble collectif ; régime juridique : copropriété ; "
        f"période de construction : {L['built']} ; surface habitable : {L['surface']} m² ; "
        f"nombre de pièces principales : {L['rooms']} ;",
        "autres parties du logement : cave n° 14 ; éléments d'équipements : cuisine "
        "équipée ; modalité de production de chauffage : individuel électrique ;",
        "B. Destination des locaux : usage d'habitation principale.",
    ):
        y = p.para(22, y, 170, s, f, 9.5) + 1.5
    y += 6
    p.text(18, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 10.5)
    y += 8
    y = p.para(18, y, 174, f"A. Date de prise d'effet du contrat : {L['start_words']}. "
               "B. Durée du contrat : trois ans, renouvelable par tacite reconduction dans "
               "les conditions de l'article 10 de la loi du 6 juillet 1989.", f, 9.5)  # fmt: skip
    p.text(105, 287, "Page 1/3 — Paraphes : ____  ____", f, 7.5, GREY, "m")
    pages.append(p)
    p = Page()
    y = 24
    p.text(18, y, "IV. CONDITIONS FINANCIÈRES", fb, 10.5)
    y += 8
    for s in (
        f"A. Loyer mensuel hors charges : {money(L['rent'])} euros, payable d'avance le 1er "
        "de chaque mois. Le loyer du logement objet du présent contrat n'est pas soumis au "
        "décret fixant annuellement le montant maximum d'évolution des loyers à la relocation.",
        f"B. Charges récupérables : provision mensuelle de {money(L['charges'])} euros avec "
        "régularisation annuelle.",
        f"C. Montant total dû la première échéance : {money(L['rent'] + L['charges'])} euros.",
        "D. Révision du loyer : chaque année à la date anniversaire du contrat, selon la "
        "variation de l'indice de référence des loyers (IRL) publié par l'INSEE.",
    ):
        y = p.para(18, y, 174, s, f, 9.5) + 2
    y += 6
    p.text(18, y, "V. TRAVAUX", fb, 10.5)
    y = p.para(18, y + 8, 174, "Néant.", f, 9.5) + 6
    p.text(18, y, "VI. GARANTIES", fb, 10.5)
    y = p.para(18, y + 8, 174, f"Dépôt de garantie : {money(L['rent'])} euros (un mois de "
               "loyer hors charges), restitué dans un délai maximal d'un mois à compter de "
               "la remise des clés si l'état des lieux de sortie est conforme.", f,
               9.5) + 6  # fmt: skip
    p.text(18, y, "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE", fb, 10.5)
    y = p.para(18, y + 8, 174, "Les locataires sont tenus solidairement et indivisiblement de "
               "l'exécution des obligations du présent contrat. Le bail sera résilié de plein "
               "droit deux mois après un commandement de payer demeuré infructueux.", f,
               9.5) + 6  # fmt: skip
    p.text(18, y, "VIII. ANNEXES", fb, 10.5)
    p.para(18, y + 8, 174, "Dossier de diagnostic technique (DPE classe D, ERP, CREP, état "
           "de l'installation électrique) ; notice d'information ; état des lieux d'entrée ; "
           "extrait du règlement de copropriété.", f, 9.5)  # fmt: skip
    p.text(105, 287, "Page 2/3 — Paraphes : ____  ____", f, 7.5, GREY, "m")
    pages.append(p)
    p = Page()
    p.text(18, 28, f"Fait et signé à {L['city']}, le {L['signed_words']}, en "
           f"{len(L['tenants_printed']) + 1} originaux.", f, 9.5)  # fmt: skip
    p.text(30, 45, "Le bailleur", fb, 9.5)
    p.text(30, 50, "(« lu et approuvé »)", f, 8, GREY)
    signature(p, 30, 70, 40, rng, BLUE_INK)
    for i, t in enumerate(L["tenants_printed"]):
        x = 120
        yy = 45 + i * 40
        p.text(x, yy, "Le locataire — " + t, fb, 9)
        p.text(x, yy + 5, "« Lu et approuvé, bon pour accord »", "hand2", 11, BLUE_INK)
        signature(p, x + 4, yy + 22, 36, rng, BLUE_INK)
    p.text(105, 287, "Page 3/3", f, 7.5, GREY, "m")
    pages.append(p)
    return pages


def attestation_hand(a: dict, seed: int) -> Page:
    """Attestation d'hébergement written by hand on squared paper."""
    rng = random.Random(seed)
    pg = Page(bg=(252, 252, 250))
    for i in range(0, 297, 5):
        pg.line(0, i, 210, i, (205, 215, 235), 0.1)
    for i in range(0, 210, 5):
        pg.line(i, 0, i, 297, (215, 222, 240), 0.08)
    pg.line(30, 0, 30, 297, (230, 150, 160), 0.25)
    hf = a.get("font", "hand2")
    ink = (15, 15, 50)
    pg.text(105, 35, "Attestation d'hébergement", hf, 20, ink, "m")
    y = 55
    body = (
        f"Je soussigné {a['host']}, né le {dmy(a['host_dob'])} à {a['host_pob']}, "
        f"demeurant au {a['addr1']}, {a['addr2']}, atteste sur l'honneur héberger à mon "
        f"domicile {a['hosted_title']} {a['hosted']}, né le {dmy(a['hosted_dob'])} à "
        f"{a['hosted_pob']}, depuis le {dmy(a['since'])}, à titre gratuit."
    )
    y = pg.para(35, y, 160, body, hf, 14, lead=10, color=ink)
    y += 6
    y = pg.para(35, y, 160, "Je joins à la présente une copie de ma carte d'identité et mes "
                "trois dernières factures.", hf, 14, lead=10, color=ink)  # fmt: skip
    y += 6
    y = pg.para(35, y, 160, "Attestation faite pour servir et valoir ce que de droit.", hf,
                14, lead=10, color=ink)  # fmt: skip
    y += 14
    pg.text(105, y, f"Fait à {a['city']}, le {dmy(a['signed_on'])}", hf, 14, ink)
    if a.get("signed", True):
        signature(pg, 125, y + 22, 45, rng, ink, 0.55)
    pg.text(35, 270, "Article 441-7 du code pénal : faux et usage de faux.", hf, 10, ink)
    return pg


def payslip(s: dict) -> Page:
    """Bulletin de paie clarifié (modèle 2018)."""
    pg = Page()
    f, fb = s.get("font", "carlito"), s.get("font_b", "carlito-b")
    pg.text(14, 18, s["employer"], fb, 13)
    for i, ln in enumerate(s["employer_addr"]):
        pg.text(14, 23 + i * 4.2, ln, f, 9)
    pg.text(14, 36, f"SIRET : {s['siret']}   Code APE : {s['ape']}", f, 8.5)
    pg.text(14, 40, f"Convention collective : {s['ccn']}", f, 8.5)
    pg.rect(120, 12, 76, 9, None, (40, 40, 40))
    pg.text(158, 18, "BULLETIN DE PAIE", fb, 11, (255, 255, 255), "m")
    pg.text(122, 27, f"Période du {s['p1']} au {s['p2']}", f, 9)
    pg.text(122, 31.5, f"Paiement le {s['paid']} par virement", f, 9)
    pg.rect(118, 40, 78, 26, (60, 60, 60), None, 0.25)
    pg.text(122, 47, s["employee"], fb, 10.5)
    for i, ln in enumerate(s["employee_addr"]):
        pg.text(122, 52 + i * 4.2, ln, f, 9)
    y = 72
    for lab, v in (("Emploi", s["job"]), ("Statut", s["status"]), ("Entrée le", s["hired"]),
                   ("Contrat", s["contract"]), ("N° SS", s.get("nir") or "en cours")):  # fmt: skip
        pg.text(14, y, lab, f, 8.5, GREY)
        pg.text(40, y, v, f, 9)
        y += 4.6
    y += 4
    cols = (14, 100, 128, 150, 172)
    pg.rect(14, y - 4.5, 182, 6.5, None, (225, 225, 225))
    for x, h in zip(cols, ("Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur")):
        pg.text(x + 1, y, h, fb, 8.5)
    y += 7
    g = s["gross"]
    lines = [
        ("Salaire de base", f"{s['hours']:.2f}", money(g / s["hours"]), money(g), ""),
        ("SALAIRE BRUT", "", "", money(g), ""),
        ("Santé", "", "", "", ""),
        ("  Sécurité sociale - Maladie Maternité Invalidité Décès", money(g), "", "",
         money(g * 0.07)),
        ("  Complémentaire Incapacité Invalidité Décès", money(g), "0,40", money(g * 0.004),
         money(g * 0.006)),
        ("Accidents du travail - Maladies professionnelles", money(g), "", "",
         money(g * 0.011)),
        ("Retraite", "", "", "", ""),
        ("  Sécurité sociale plafonnée", money(g), "6,90", money(g * 0.069), money(g * 0.0855)),
        ("  Sécurité sociale déplafonnée", money(g), "0,40", money(g * 0.004), money(g * 0.0202)),
        ("  Complémentaire Tranche 1", money(g), "4,01", money(g * 0.0401), money(g * 0.0601)),
        ("Famille", money(g), "", "", money(g * 0.0345)),
        ("Assurance chômage", money(g), "", "", money(g * 0.0405)),
        ("Autres contributions dues par l'employeur", "", "", "", money(g * 0.012)),
        ("CSG déductible de l'impôt sur le revenu", money(g * 0.9825), "6,80",
         money(g * 0.9825 * 0.068), ""),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", money(g * 0.9825), "2,90",
         money(g * 0.9825 * 0.029), ""),
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", money(g - s["net_before_tax"]),
         money(g * 0.28)),
    ]  # fmt: skip
    for row in lines:
        bold = row[0].isupper()
        for i, (x, v) in enumerate(zip(cols, row)):
            if not v:
                continue
            if i == 0:
                pg.text(x + 1, y, v, fb if bold else f, 8.3)
            else:
                pg.text(x + 20, y, v, fb if bold else f, 8.3, (0, 0, 0), "r")
        pg.line(14, y + 1.6, 196, y + 1.6, (220, 220, 220), 0.15)
        y += 5.4
    y += 4
    pg.rect(14, y - 4.5, 182, 7, None, (240, 240, 240))
    pg.text(15, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9.5)
    pg.text(194, y, money(s["net_before_tax"]) + " €", fb, 9.5, (0, 0, 0), "r")
    y += 8
    pg.text(15, y, f"Impôt sur le revenu prélevé à la source — taux personnalisé "
            f"{s['pas_rate']:.1f} %", f, 8.5)  # fmt: skip
    pas = round(s["net_before_tax"] - s["net"], 2)
    pg.text(194, y, money(pas), f, 8.5, (0, 0, 0), "r")
    y += 9
    pg.rect(110, y - 5.5, 86, 9, None, (30, 30, 30))
    pg.text(113, y, "NET PAYÉ", fb, 11, (255, 255, 255))
    pg.text(193, y, money(s["net"]) + " €", fb, 11, (255, 255, 255), "r")
    y += 12
    pg.text(14, y, f"Total versé par l'employeur : {money(g * 1.28)} €   Allègement de "
            f"cotisations employeur : {money(g * 0.05)} €", f, 8)  # fmt: skip
    pg.para(14, 280, 182, "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
            "bulletin de paie sur le portail www.service-public.fr", f, 7, color=GREY)  # fmt: skip
    return pg


def contract(c: dict, seed: int) -> list[Page]:
    rng = random.Random(seed)
    f, fb = "dserif", "dserif-b"
    p1 = Page()
    p1.text(105, 26, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", fb, 13, (0, 0, 0), "m")
    y = 42
    p1.text(18, y, "ENTRE LES SOUSSIGNÉS :", fb, 9.5)
    y = p1.para(18, y + 7, 174, f"La société {c['employer']}, {c['form']}, dont le siège "
                f"social est situé {c['employer_addr']}, immatriculée au RCS sous le numéro "
                f"SIRET {c['siret']}, représentée par {c['rep']}, en sa qualité de Directrice "
                "des ressources humaines, ci-après dénommée « la Société »,", f,
                9)  # fmt: skip
    y = p1.para(18, y + 3, 174, "ET", fb, 9)
    y = p1.para(18, y + 2, 174, f"Monsieur {c['employee']}, né le {dmy(c['dob'])} à "
                f"{c['pob']}, de nationalité {c['nat_fr']}, demeurant {c['address']}, "
                "ci-après dénommé « le Salarié »,", f, 9)  # fmt: skip
    y = p1.para(18, y + 3, 174, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 9) + 3
    arts = [
        ("Article 1 — Engagement", f"Le Salarié est engagé à compter du "
         f"{in_words(c['start'])} pour une durée indéterminée, sous réserve des résultats "
         "de la visite d'information et de prévention et de la régularité de son droit au "
         "séjour et au travail en France."),
        ("Article 2 — Fonctions", f"Le Salarié exercera les fonctions de {c['job']}, "
         f"statut cadre, position {c['position']} de la convention collective {c['ccn']}."),
        ("Article 3 — Période d'essai", "Le présent contrat ne deviendra définitif qu'à "
         "l'issue d'une période d'essai de quatre mois de travail effectif."),
        ("Article 4 — Rémunération", f"Le Salarié percevra une rémunération annuelle brute "
         f"forfaitaire de {money(c['salary'])} euros, versée en douze mensualités."),
        ("Article 5 — Durée du travail", "Le Salarié relève d'une convention de forfait en "
         "jours sur l'année, dans la limite de 218 jours travaillés."),
        ("Article 6 — Lieu de travail", f"Le Salarié exercera ses fonctions à "
         f"{c['workplace']}."),
    ]  # fmt: skip
    for h, s in arts:
        p1.text(18, y, h, fb, 9.2)
        y = p1.para(18, y + 5.5, 174, s, f, 9) + 3.5
    p1.text(105, 287, "1/2", f, 7.5, GREY, "m")
    p2 = Page()
    y = 26
    for h, s in (
        ("Article 7 — Congés payés", "Le Salarié bénéficiera des congés payés prévus par la "
         "loi et la convention collective."),
        ("Article 8 — Confidentialité", "Le Salarié s'engage à observer la plus grande "
         "discrétion sur les informations dont il aura connaissance."),
        ("Article 9 — Rupture", "Le contrat pourra être rompu par l'une ou l'autre des "
         "parties dans les conditions prévues par le code du travail."),
    ):  # fmt: skip
        p2.text(18, y, h, fb, 9.2)
        y = p2.para(18, y + 5.5, 174, s, f, 9) + 3.5
    y += 8
    p2.text(18, y, f"Fait à {c['city']}, le {dmy(c['signed_on'])}, en deux exemplaires.", f, 9)
    y += 12
    p2.text(25, y, "Pour la Société", fb, 9)
    p2.text(125, y, "Le Salarié", fb, 9)
    p2.text(125, y + 5, "« Lu et approuvé »", "hand1", 12, BLUE_INK)
    signature(p2, 27, y + 26, 40, rng, BLUE_INK)
    signature(p2, 127, y + 26, 38, rng, (20, 20, 20))
    round_stamp(p2, 80, y + 24, 12, c["employer"].upper() + " *", ["PARIS", "RH"],
                (70, 90, 170))  # fmt: skip
    p2.text(105, 287, "2/2", f, 7.5, GREY, "m")
    return [p1, p2]
