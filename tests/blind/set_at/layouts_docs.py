"""French documents: lease, hosting attestation, payslip, employment contract."""

from __future__ import annotations

import random

import common as C
from layouts_form import put_hand
from layouts_fr import d_words, eur
from layouts_id import d_fr

GREY = (90, 90, 90)


# -- lease, attestation -------------------------------------------------------------------------
def lease_pages(l: dict, rng: random.Random) -> list[C.Page]:
    p1 = C.Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", "serif-b", 15, (0, 0, 0), "c")
    p1.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION", "serif-b", 11, (0, 0, 0), "c")
    p1.para(
        25,
        36,
        160,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à "
        "améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du "
        "23 décembre 1986 ; contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
        "serif-i",
        8.5,
        4,
    )
    y = 52
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", "serif-b", 10.5)
    y = p1.para(
        20, y + 7, 170, "Le présent contrat est conclu entre les soussignés :", "serif", 10, 5
    )
    y = p1.para(
        20,
        y + 2,
        170,
        "Bailleur : "
        + l["landlord"]
        + ", demeurant "
        + l["landlord_addr"]
        + ", désigné ci-après « le bailleur » ;",
        "serif",
        10,
        5,
    )
    y = p1.para(
        20,
        y + 2,
        170,
        "Locataire(s) : "
        + " et ".join(l["tenants_print"])
        + ", désigné(s) ci-après « le locataire ».",
        "serif",
        10,
        5,
    )
    p1.text(20, y + 6, "II. OBJET DU CONTRAT", "serif-b", 10.5)
    y = p1.para(
        20,
        y + 13,
        170,
        "Adresse du logement : " + l["addr1"] + ", " + l["addr2"] + ". " + l["desc"],
        "serif",
        10,
        5,
    )
    p1.text(20, y + 6, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serif-b", 10.5)
    y = p1.para(
        20,
        y + 13,
        170,
        "Date de prise d'effet du contrat : "
        + d_words(l["start"])
        + ". Durée du contrat : trois ans, renouvelable par tacite reconduction.",
        "serif",
        10,
        5,
    )
    p1.text(20, y + 6, "IV. CONDITIONS FINANCIÈRES", "serif-b", 10.5)
    y = p1.para(
        20,
        y + 13,
        170,
        f"Montant du loyer mensuel : {eur(l['rent'])} hors charges. "
        f"Provision sur charges : {eur(l['charges'])} par mois, avec régularisation "
        "annuelle. Le loyer est payable mensuellement et d'avance le 1er de chaque mois. "
        f"Dépôt de garantie : {eur(l['rent'])}.",
        "serif",
        10,
        5,
    )
    p1.text(105, 285, "Page 1/2", "serif", 8, GREY, "c")
    p2 = C.Page()
    y = p2.para(
        20,
        25,
        170,
        "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE RÉSOLUTOIRE — Les parties "
        "se réfèrent aux dispositions de la loi du 6 juillet 1989 et aux annexes jointes "
        "(diagnostic de performance énergétique, état des lieux d'entrée, notice "
        "d'information, extrait du règlement de copropriété).",
        "serif",
        10,
        5,
    )
    p2.text(
        20,
        y + 8,
        f"Fait et signé à {l['city']}, le {d_fr(l['signed'])}, en deux exemplaires originaux.",
        "serif",
        10,
    )
    p2.text(30, y + 22, "Le bailleur", "serif-b", 10)
    p2.text(30, y + 27, "(« lu et approuvé »)", "serif-i", 8.5)
    p2.text(125, y + 22, "Le(s) locataire(s)", "serif-b", 10)
    p2.text(125, y + 27, "(« lu et approuvé »)", "serif-i", 8.5)
    put_hand(p2, 30, y + 36, "Lu et approuvé", rng, 3.6, "dkg", C.INK_BLACK)
    p2.image(C.signature(l["landlord_sig"], rng, C.INK_BLACK), 30, y + 40, 40)
    put_hand(p2, 125, y + 36, "Lu et approuvé", rng, 3.6, "ecolier")
    p2.image(C.signature(l["tenant_sig"], rng), 125, y + 40, 40)
    p2.text(105, 285, "Page 2/2", "serif", 8, GREY, "c")
    return [p1, p2]


def attestation_hand(a: dict, rng: random.Random) -> C.Page:
    """Handwritten attestation d'hébergement on lined paper."""
    pg = C.Page(bg=(252, 252, 250))
    for i in range(34):
        pg.line(0, 30 + i * 7.5, 210, 30 + i * 7.5, (190, 205, 230), 0.2)
    pg.line(28, 0, 28, 297, (230, 150, 150), 0.3)
    hf = a.get("font", "dkg")
    y = 36.5
    put_hand(pg, 120, y, a["host_print"], rng, 4.2, hf)
    put_hand(pg, 120, y + 7.5, a["addr1"], rng, 4.2, hf)
    put_hand(pg, 120, y + 15, a["addr2"], rng, 4.2, hf)
    put_hand(pg, 70, y + 37.5, "Attestation d'hébergement", rng, 5.2, hf)
    lines = a["body"]
    yy = y + 52.5
    for ln in lines:
        put_hand(pg, 32, yy, ln, rng, 4.2, hf)
        yy += 7.5
    put_hand(pg, 110, yy + 7.5, a["signed_line"], rng, 4.2, hf)
    pg.image(C.signature(a["host_sig"], rng), 120, yy + 12, 50)
    return pg


def attestation_typed(a: dict, rng: random.Random) -> C.Page:
    pg = C.Page()
    pg.text(20, 25, a["host_print"], "carlito", 11)
    pg.text(20, 30.5, a["addr1"], "carlito", 11)
    pg.text(20, 36, a["addr2"], "carlito", 11)
    pg.text(105, 60, "ATTESTATION D'HÉBERGEMENT", "carlito-b", 15, (0, 0, 0), "c")
    y = 78
    for para in a["paras"]:
        y = pg.para(20, y, 170, para, "carlito", 11.5, 5.5) + 4
    pg.text(110, y + 8, a["signed_line"], "carlito", 11.5)
    pg.image(C.signature(a["host_sig"], rng), 118, y + 12, 48)
    pg.text(
        20,
        y + 48,
        "Pièces jointes : copie de ma carte d'identité, copie de mon bail.",
        "carlito",
        10,
        GREY,
    )
    return pg


# -- payslip, contract ----------------------------------------------------------------------------
def payslip(s: dict, rng: random.Random) -> C.Page:
    """A 'bulletin de paie clarifié' (arrêté du 25 février 2016 layout)."""
    pg = C.Page()
    pg.text(15, 18, "BULLETIN DE PAIE", "roboto-b", 14)
    pg.text(
        195,
        18,
        "Période du " + d_fr(s["start"]) + " au " + d_fr(s["end"]),
        "roboto",
        9,
        (0, 0, 0),
        "r",
    )
    pg.rect(15, 24, 88, 36, (160, 160, 160), None, 0.2)
    pg.text(18, 30, s["employer"], "roboto-b", 10)
    pg.text(18, 35, s["emp_addr1"], "roboto", 8.5)
    pg.text(18, 39.5, s["emp_addr2"], "roboto", 8.5)
    pg.text(18, 46, "SIRET : " + s["siret"], "roboto", 8)
    pg.text(18, 50.5, "Code NAF : " + s["naf"], "roboto", 8)
    pg.text(18, 55, "Convention collective : " + s["ccn"], "roboto", 7.5)
    pg.rect(110, 24, 85, 36, (160, 160, 160), (248, 248, 250), 0.2)
    pg.text(113, 30, s["employee_print"], "roboto-b", 10)
    pg.text(113, 35, s["addr1"], "roboto", 8.5)
    pg.text(113, 39.5, s["addr2"], "roboto", 8.5)
    pg.text(113, 46, "Emploi : " + s["job"], "roboto", 8)
    pg.text(
        113, 50.5, "Entrée le : " + d_fr(s["hired"]) + "   Statut : " + s["status"], "roboto", 8
    )
    pg.text(113, 55, "N° SS : en cours d'attribution", "roboto", 8)
    heads = ["Éléments de paie", "Base", "Taux", "Montant salarié", "Part employeur"]
    xs = [15, 95, 120, 145, 172]
    pg.rect(15, 66, 180, 7, None, (40, 60, 90))
    for h, x in zip(heads, xs):
        pg.text(x + 2, 71, h, "roboto-m", 8, (255, 255, 255))
    g = s["gross"]
    rows = [
        ("Salaire de base", "151,67", "", g, None),
        ("SALAIRE BRUT", "", "", g, None),
        ("Santé", g, "", -round(g * 0.011, 2), round(g * 0.015, 2)),
        ("Accidents du travail - maladies professionnelles", g, "", None, round(g * 0.012, 2)),
        ("Retraite", g, "", -round(g * 0.1131, 2), round(g * 0.165, 2)),
        ("Famille", g, "", None, round(g * 0.0525, 2)),
        ("Assurance chômage", g, "", None, round(g * 0.0405, 2)),
        ("Autres contributions dues par l'employeur", "", "", None, round(g * 0.03, 2)),
        (
            "CSG déductible de l'impôt sur le revenu",
            round(g * 0.9825, 2),
            "6,800",
            -round(g * 0.9825 * 0.068, 2),
            None,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            round(g * 0.9825, 2),
            "2,900",
            -round(g * 0.9825 * 0.029, 2),
            None,
        ),
    ]
    y = 79
    for lab, base, rate, sal, emp in rows:
        bold = lab.isupper()
        pg.text(17, y, lab, "roboto-b" if bold else "roboto", 7.8)
        if base not in ("", None):
            pg.text(
                116,
                y,
                base
                if isinstance(base, str)
                else f"{base:,.2f}".replace(",", " ").replace(".", ","),
                "roboto",
                7.8,
                (0, 0, 0),
                "r",
            )
        if rate:
            pg.text(140, y, rate, "roboto", 7.8, (0, 0, 0), "r")
        if sal is not None:
            pg.text(
                168,
                y,
                f"{sal:,.2f}".replace(",", " ").replace(".", ","),
                "roboto",
                7.8,
                (0, 0, 0),
                "r",
            )
        if emp is not None:
            pg.text(
                193,
                y,
                f"{emp:,.2f}".replace(",", " ").replace(".", ","),
                "roboto",
                7.8,
                (0, 0, 0),
                "r",
            )
        pg.line(15, y + 2, 195, y + 2, (230, 230, 230), 0.15)
        y += 6.5
    pg.rect(15, y + 4, 180, 12, None, (232, 240, 250))
    pg.text(18, y + 11.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "roboto-b", 9)
    pg.text(192, y + 11.5, eur(s["net_before"]), "roboto-b", 9, (0, 0, 0), "r")
    pg.text(
        18,
        y + 24,
        f"Impôt sur le revenu prélevé à la source - taux non personnalisé {s['pas_rate']} %",
        "roboto",
        8,
    )
    pg.text(
        192, y + 24, "-" + eur(round(s["net_before"] - s["net"], 2)), "roboto", 8, (0, 0, 0), "r"
    )
    pg.rect(110, y + 30, 85, 14, (40, 60, 90), (40, 60, 90), 0.3)
    pg.text(113, y + 39, "NET PAYÉ", "roboto-b", 11, (255, 255, 255))
    pg.text(192, y + 39, eur(s["net"]), "roboto-b", 11, (255, 255, 255), "r")
    pg.text(15, y + 54, "Payé le " + d_fr(s["paid"]) + " par virement", "roboto", 8)
    pg.text(15, y + 60, "Total versé par l'employeur : " + eur(round(g * 1.31, 2)), "roboto", 8)
    pg.para(
        15,
        275,
        180,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail www.service-public.fr",
        "roboto",
        7,
        3.3,
        GREY,
    )
    return pg


def contract_pages(k: dict, rng: random.Random) -> list[C.Page]:
    p1 = C.Page()
    p1.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "serif-b", 14, (0, 0, 0), "c")
    y = 42
    y = p1.para(20, y, 170, "ENTRE LES SOUSSIGNÉS :", "serif-b", 10.5, 5) + 2
    y = p1.para(
        20,
        y,
        170,
        f"La société {k['employer']}, {k['form']} au capital de "
        f"{k['capital']}, immatriculée au RCS de {k['rcs']} sous le numéro "
        f"{k['siren']}, dont le siège social est situé {k['emp_addr']}, représentée par "
        f"{k['rep']}, agissant en qualité de {k['rep_title']},",
        "serif",
        10.5,
        5,
    )
    y = p1.para(
        20, y + 2, 170, "ci-après dénommée « l'Employeur », d'une part,", "serif-i", 10.5, 5
    )
    y = p1.para(
        20,
        y + 4,
        170,
        f"ET {k['employee_print']}, né(e) le {d_fr(k['dob'])} à "
        f"{k['pob']}, de nationalité {k['nat_fr']}, demeurant {k['addr']},",
        "serif",
        10.5,
        5,
    )
    y = p1.para(
        20, y + 2, 170, "ci-après dénommé(e) « le Salarié », d'autre part,", "serif-i", 10.5, 5
    )
    y = p1.para(20, y + 4, 170, "IL A ÉTÉ CONVENU CE QUI SUIT :", "serif-b", 10.5, 5) + 2
    arts = [
        (
            "Article 1 – Engagement",
            f"Le Salarié est engagé à compter du "
            f"{d_words(k['start'])} dans le cadre d'un contrat à durée indéterminée, sous "
            "réserve des résultats de la visite d'information et de prévention.",
        ),
        (
            "Article 2 – Fonctions",
            f"Le Salarié exercera les fonctions de {k['job']}, "
            f"statut {k['status']}, conformément à la convention collective {k['ccn']}.",
        ),
        (
            "Article 3 – Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            "l'issue d'une période d'essai de trois mois de travail effectif.",
        ),
        (
            "Article 4 – Rémunération",
            f"Le Salarié percevra une rémunération mensuelle "
            f"brute de {eur(k['gross'])} pour une durée de travail de 35 heures par semaine.",
        ),
    ]
    for title, body in arts:
        y = p1.para(20, y + 3, 170, title, "serif-b", 10.5, 5)
        y = p1.para(20, y, 170, body, "serif", 10.5, 5)
    p1.text(105, 287, "1/2", "serif", 8, GREY, "c")
    p2 = C.Page()
    y = 25
    for title, body in [
        ("Article 5 – Lieu de travail", f"Le Salarié exercera ses fonctions au {k['emp_addr']}."),
        (
            "Article 6 – Congés payés",
            "Le Salarié bénéficiera des congés payés "
            "prévus par les dispositions légales et conventionnelles.",
        ),
        (
            "Article 7 – Rupture",
            "Le contrat pourra être rompu par l'une ou "
            "l'autre des parties dans les conditions prévues par le Code du "
            "travail et la convention collective.",
        ),
    ]:
        y = p2.para(20, y + 3, 170, title, "serif-b", 10.5, 5)
        y = p2.para(20, y, 170, body, "serif", 10.5, 5)
    p2.text(
        20,
        y + 12,
        f"Fait à {k['city']}, le {d_fr(k['signed'])}, en deux exemplaires.",
        "serif",
        10.5,
    )
    p2.text(25, y + 26, "Pour l'Employeur", "serif-b", 10)
    p2.text(25, y + 31, k["rep"] + ", " + k["rep_title"], "serif", 9)
    p2.image(C.signature(k["rep"].split()[-1], rng, C.INK_BLACK), 25, y + 35, 42)
    p2.image(
        C.stamp([k["employer"].upper(), "SIRET " + k["siret"]], rng, (60, 60, 150), 620, 200),
        22,
        y + 58,
        50,
    )
    p2.text(125, y + 26, "Le Salarié", "serif-b", 10)
    p2.text(125, y + 31, "« Lu et approuvé, bon pour accord »", "serif-i", 9)
    put_hand(p2, 125, y + 40, "Lu et approuvé, bon pour accord", rng, 3.4, "ecolier")
    p2.image(C.signature(k["employee_sig"], rng), 128, y + 44, 40)
    p2.text(105, 287, "2/2", "serif", 8, GREY, "c")
    return [p1, p2]
