"""Employment documents: 'bulletin de paie clarifié' and a CDI contract."""

from __future__ import annotations

import random

from docs_fr import fr_date, money
from gfx import Page, signature_img


def payslip(p: dict, rng: random.Random):
    """p: employer, emp_addr, siret, naf, conv, employee, emp_addr_lines, job, entry, period
    (date of the 1st), end, gross, pas_rate, font."""
    f, fb = p.get("font", "sans"), p.get("fontb", "sansb")
    gross = p["gross"]
    rows = [
        ("SANTÉ", None, None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", gross, 0.0),
        ("Complémentaire Incapacité Invalidité Décès", gross, 0.0071),
        ("Complémentaire Santé", None, 0.0, 24.60),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", gross, 0.0),
        ("RETRAITE", None, None),
        ("Sécurité sociale plafonnée", gross, 0.069),
        ("Sécurité sociale déplafonnée", gross, 0.004),
        ("Complémentaire Tranche 1", gross, 0.0401),
        ("FAMILLE", gross, 0.0),
        ("ASSURANCE CHÔMAGE", gross, 0.0),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", None, 0.0, 0.0),
        ("CSG déductible de l'impôt sur le revenu", gross * 0.9825, 0.068),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", gross * 0.9825, 0.029),
    ]
    cot = 0.0
    lines = []
    for r in rows:
        lab, base, rate = r[0], r[1], r[2]
        amt = r[3] if len(r) > 3 else (round(base * rate, 2) if base is not None and rate else 0.0)
        cot += amt
        lines.append((lab, base, rate, amt))
    cot = round(cot, 2)
    net_before = round(gross - cot, 2)
    csg_nd = round(gross * 0.9825 * 0.029, 2)
    taxable = round(net_before + csg_nd, 2)
    pas = round(taxable * p["pas_rate"], 2)
    net = round(net_before - pas, 2)
    net_social = round(net_before + 24.60 * 0.0, 2)

    def draw(pg: Page):
        pg.text(105, 16, "BULLETIN DE PAIE", fb, 14, anchor="c")
        pg.text(
            105, 22, f"Période du {fr_date(p['period'])} au {fr_date(p['end'])}", f, 9.5, anchor="c"
        )
        pg.rect(12, 28, 90, 36, stroke="#777777", width=0.3)
        y = 34
        pg.text(15, y, p["employer"], fb, 10.5)
        for ln in p["emp_addr"]:
            y += 4.6
            pg.text(15, y, ln, f, 8.8)
        for lab, val in [("SIRET :", p["siret"]), ("Code NAF :", p["naf"])]:
            y += 4.6
            pg.text(15, y, lab, f, 8.8, "#555555")
            pg.text(15 + pg.width(lab, f, 8.8) + 2, y, val, f, 8.8)
        pg.rect(108, 28, 90, 36, stroke="#777777", width=0.3)
        y = 34
        pg.text(111, y, p["employee_print"], fb, 10.5)
        for ln in p["emp_addr_lines"]:
            y += 4.6
            pg.text(111, y, ln, f, 8.8)
        y = 70
        info = [
            ("Emploi", p["job"]),
            ("Statut", "Non cadre"),
            ("Date d'entrée", fr_date(p["entry"])),
            ("Contrat", p.get("contract", "CDI")),
            ("N° de sécurité sociale", "en cours d'attribution"),
            ("Convention collective", p["conv"]),
        ]
        for i, (lab, val) in enumerate(info):
            x = 12 + (i % 3) * 62
            yy = y + (i // 3) * 10
            pg.text(x, yy, lab, f, 7.5, "#666666")
            pg.text(x, yy + 4.2, val if pg.width(val, f, 8.5) < 60 else val[:34] + "…", fb, 8.5)
        y = 96
        pg.rect(12, y, 186, 7, stroke=None, fill="#dde3ec")
        for x, t, a in [
            (14, "Éléments de paie", "l"),
            (120, "Base", "r"),
            (150, "Taux", "r"),
            (196, "Montant salarié", "r"),
        ]:
            pg.text(x, y + 5, t, fb, 8.5, anchor=a)
        y += 13
        pg.text(14, y, "Salaire de base", f, 9)
        pg.text(120, y, "151,67 h", f, 9, anchor="r")
        pg.text(196, y, money(gross), f, 9, anchor="r")
        y += 6
        pg.text(14, y, "SALAIRE BRUT", fb, 9.5)
        pg.text(196, y, money(gross), fb, 9.5, anchor="r")
        y += 8
        for lab, base, rate, amt in lines:
            head = base is None and rate is None
            pg.text(14 if head else 18, y, lab, fb if head else f, 8.5)
            if base is not None:
                pg.text(120, y, money(base), f, 8.5, anchor="r")
            if rate:
                pg.text(150, y, f"{rate * 100:.2f} %".replace(".", ","), f, 8.5, anchor="r")
            if amt:
                pg.text(196, y, "-" + money(amt), f, 8.5, anchor="r")
            y += 5.6
        y += 3
        pg.line(12, y - 3, 198, y - 3, 0.3, "#888888")
        for lab, val, bold in [
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", -cot, True),
            ("NET À PAYER AVANT IMPÔT SUR LE REVENU", net_before, True),
            (
                "dont évolution de la rémunération liée à la suppression des "
                "cotisations chômage et maladie",
                0.0,
                False,
            ),
            ("Montant net social", net_social, False),
            (
                "Impôt sur le revenu prélevé à la source - taux personnalisé "
                f"{p['pas_rate'] * 100:.1f} %".replace(".", ","),
                -pas,
                False,
            ),
        ]:
            pg.text(14, y, lab, fb if bold else f, 8.8)
            pg.text(196, y, money(val), fb if bold else f, 8.8, anchor="r")
            y += 6
        y += 4
        pg.rect(110, y, 88, 14, stroke=None, fill="#1f3a68")
        pg.text(114, y + 9, "NET PAYÉ", fb, 11, "#ffffff")
        pg.text(194, y + 9, money(net) + " €", fb, 13, "#ffffff", "r")
        pg.text(14, y + 6, f"Payé le {fr_date(p['paid'])} par virement", f, 8.5)
        y += 24
        pg.para(
            12,
            y,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
            "bulletin de paie sur le portail www.service-public.fr.",
            186,
            f,
            7.2,
            3.2,
            "#555555",
        )

    fields = {
        "employer": p["employer"],
        "employee_name": p["employee"],
        "period": p["period"].strftime("%Y-%m"),
        "net_pay": net,
        "siret": p["siret"],
    }
    return draw, fields


def cdi_pages(c: dict, rng: random.Random):
    f, fb = c.get("font", "caladea"), c.get("fontb", "caladeab")

    def p1(pg: Page):
        pg.text(105, 24, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", fb, 14, anchor="c")
        y = 40
        pg.text(20, y, "ENTRE LES SOUSSIGNÉS :", fb, 10.5)
        y = pg.para(
            20,
            y + 8,
            f"La société {c['employer']}, {c['legal_form']}, dont le siège "
            f"social est situé {c['emp_address']}, immatriculée sous le numéro SIRET "
            f"{c['siret']}, représentée par {c['rep']}, en sa qualité de {c['rep_role']},",
            170,
            f,
            10.5,
            5,
        )
        pg.text(20, y + 2, "ci-après dénommée « l'Employeur »,", f, 10.5)
        y += 10
        pg.text(20, y, "ET", fb, 10.5)
        y = pg.para(
            20,
            y + 8,
            f"{c['employee_civ']} {c['employee']}, née le {c['dob']} à "
            f"{c['pob']}, de nationalité {c['nat']}, demeurant {c['address']}, "
            f"titulaire d'un visa long séjour valant titre de séjour n° {c['visa_no']},",
            170,
            f,
            10.5,
            5,
        )
        pg.text(20, y + 2, "ci-après dénommée « la Salariée ».", f, 10.5)
        y += 12
        arts = [
            (
                "Article 1 - Engagement",
                f"La Salariée est engagée à compter du "
                f"{fr_date(c['start'])} pour une durée indéterminée, sous réserve des résultats de "
                "la visite d'information et de prévention.",
            ),
            (
                "Article 2 - Fonctions",
                f"La Salariée exercera les fonctions de {c['job']}, "
                f"statut {c['status']}, coefficient {c['coef']} de la {c['conv']}.",
            ),
            (
                "Article 3 - Période d'essai",
                "Le présent contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de deux mois de travail effectif.",
            ),
            (
                "Article 4 - Rémunération",
                f"La Salariée percevra une rémunération mensuelle "
                f"brute de {money(c['gross'])} euros pour une durée de travail de 35 heures "
                "hebdomadaires.",
            ),
            ("Article 5 - Lieu de travail", f"Le poste est situé {c['workplace']}."),
        ]
        for t, body in arts:
            pg.text(20, y, t, fb, 10.5)
            y = pg.para(20, y + 6, body, 170, f, 10.5, 5) + 4
        pg.text(105, 288, "1/2", f, 8, "#666666", "c")

    def p2(pg: Page):
        y = 25
        for t, body in [
            (
                "Article 6 - Congés payés",
                "La Salariée bénéficiera des congés payés "
                "prévus par les dispositions légales et conventionnelles.",
            ),
            (
                "Article 7 - Protection sociale",
                "La Salariée sera affiliée dès son "
                "embauche au régime général de la sécurité sociale, à la caisse de "
                "retraite complémentaire et au contrat de frais de santé de l'entreprise.",
            ),
            (
                "Article 8 - Rupture du contrat",
                "Chacune des parties pourra mettre "
                "fin au présent contrat dans les conditions prévues par le code du "
                "travail et la convention collective applicable.",
            ),
        ]:
            pg.text(20, y, t, fb, 10.5)
            y = pg.para(20, y + 6, body, 170, f, 10.5, 5) + 5
        y += 6
        pg.text(
            20,
            y,
            f"Fait à {c['city']}, le {fr_date(c['signed_on'])}, en deux exemplaires.",
            f,
            10.5,
        )
        y += 14
        pg.text(25, y, "Pour l'Employeur", fb, 10.5)
        pg.text(120, y, "La Salariée", fb, 10.5)
        pg.text(25, y + 5, c["rep"], f, 9.5)
        pg.text(120, y + 5, "« Lu et approuvé, bon pour accord »", f, 9, "#555555")
        pg.image(25, y + 9, 45, None, signature_img(rng, 500, 170, color=(20, 20, 60)))
        pg.image(120, y + 9, 45, None, signature_img(rng, 500, 170, color=(20, 28, 110)))
        pg.text(105, 288, "2/2", f, 8, "#666666", "c")

    fields = {
        "employer": c["employer"],
        "employee_name": c["employee"],
        "contract_type": "CDI",
        "job_title": c["job"],
        "start_date": c["start"].isoformat(),
    }
    return [p1, p2], fields
