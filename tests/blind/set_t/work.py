"""Payslips (bulletin de paie clarifié, three software looks) and employment contracts."""

from __future__ import annotations

import checks as ck
from tk import (
    A4,
    Page,
    fit,
    hand,
    line,
    para,
    rect,
    signature,
    stamp,
    txt,
)

W, H = A4
INK = (0.08, 0.08, 0.1)


def payslip_fields(p):
    return {
        "employer": p["employer"],
        "employee_name": p["employee_field"],
        "period": p["month"].strftime("%Y-%m"),
        "net_pay": round(p["net_paid"], 2),
        "siret": p["siret"],
    }


def compute_pay(p):
    brut = p["brut"]
    rows = [
        ("Salaire de base", "151,67", ck.money_fr(brut / 151.67), brut, None),
        ("SANTÉ", None, None, None, None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", brut, None, None, 0.0),
        (
            "Complémentaire Incapacité Invalidité Décès",
            brut,
            "0,350",
            None,
            round(brut * 0.0035, 2),
        ),
        ("Complémentaire Santé", "", "", None, 32.50),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", brut, None, None, 0.0),
        ("RETRAITE", None, None, None, None),
        ("Sécurité sociale plafonnée", brut, "6,900", None, round(brut * 0.069, 2)),
        ("Sécurité sociale déplafonnée", brut, "0,400", None, round(brut * 0.004, 2)),
        ("Complémentaire Tranche 1", brut, "4,010", None, round(brut * 0.0401, 2)),
        ("FAMILLE", brut, None, None, 0.0),
        ("ASSURANCE CHÔMAGE", brut, None, None, 0.0),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", None, None, None, 0.0),
        (
            "CSG déductible de l'impôt sur le revenu",
            round(brut * 0.9825, 2),
            "6,800",
            None,
            round(brut * 0.9825 * 0.068, 2),
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            round(brut * 0.9825, 2),
            "2,900",
            None,
            round(brut * 0.9825 * 0.029, 2),
        ),
    ]
    ded = sum(r[4] or 0 for r in rows)
    net_before = round(brut - ded, 2)
    pas = round(net_before * p.get("pas_rate", 0.045), 2)
    p["net_before"] = net_before
    p["pas"] = pas
    p["net_paid"] = round(net_before - pas, 2)
    p["net_social"] = round(net_before + 32.5 * 0.3, 2)
    return rows


def payslip(p: dict, rng) -> Page:
    rows = compute_pay(p)
    look = p.get("look", "silae")
    font, fontb = {
        "silae": ("Sans", "SansB"),
        "sage": ("DVC", "DVCB"),
        "payfit": ("Open", "OpenB"),
    }[look]
    accent = {"silae": (0.2, 0.3, 0.5), "sage": (0.1, 0.1, 0.1), "payfit": (0.05, 0.45, 0.85)}[look]
    m = p["month"]
    end = ck.month_end(m.year, m.month)

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        txt(c, W / 2, H - 35, "BULLETIN DE PAIE", fontb, 13, accent, "c")
        txt(c, W / 2, H - 50, "Période du %s au %s" % (ck.dmy(m), ck.dmy(end)), font, 9, INK, "c")
        # employer block
        rect(c, 30, H - 150, 260, 88, stroke=(0.6, 0.6, 0.6), lw=0.5)
        y = H - 76
        for i, ln in enumerate(
            [p["employer"]]
            + p["employer_addr"]
            + [
                "SIRET : " + ck.fmt_siret(p["siret"]),
                "Code NAF : " + p["naf"],
                "URSSAF : " + p["urssaf"],
            ]
        ):
            fit(c, 38, y, ln, fontb if i == 0 else font, 8.5 if i == 0 else 7.5, 245, INK)
            y -= 11
        # employee block
        rect(c, 305, H - 150, 260, 88, stroke=(0.6, 0.6, 0.6), lw=0.5)
        y = H - 80
        for i, ln in enumerate([p["employee_print"]] + p["employee_addr"]):
            txt(c, 315, y, ln, fontb if i == 0 else font, 9.5 if i == 0 else 8.5, INK)
            y -= 12
        # job info
        y = H - 168
        info = [
            ("Emploi", p["job"]),
            ("Statut", p.get("statut", "Non-cadre")),
            ("Coefficient", p.get("coef", "230")),
            ("Date d'entrée", ck.dmy(p["entry"])),
            ("N° de sécurité sociale", p.get("nir", "en cours d'attribution")),
            ("Convention collective", p.get("ccn", "Syntec (IDCC 1486)")),
        ]
        for k, (lab, v) in enumerate(info):
            x = 30 + (k % 3) * 180
            yy = y - (k // 3) * 24
            txt(c, x, yy, lab, font, 7, (0.4, 0.4, 0.4))
            fit(c, x, yy - 10, v, fontb, 8.5, 170, INK)
        # table
        y = H - 235
        rect(
            c,
            30,
            y - 4,
            W - 60,
            16,
            stroke=None,
            fill=(0.9, 0.92, 0.95) if look != "sage" else (0.88, 0.88, 0.88),
        )
        for x, lab in [
            (34, "Éléments de paie"),
            (300, "Base"),
            (380, "Taux"),
            (460, "À déduire"),
            (530, "À payer"),
        ]:
            txt(c, x, y, lab, fontb, 7.5, INK)
        y -= 18
        for lab, base, rate, pay, ded in rows:
            is_head = (
                base is None
                and rate is None
                and pay is None
                and (ded is None or ded == 0.0)
                and lab.isupper()
            )
            fit(c, 34, y, lab, fontb if is_head else font, 7.5, 260, INK)
            if isinstance(base, float):
                txt(c, 350, y, ck.money_fr(base), font, 7.5, INK, "r")
            elif base:
                txt(c, 350, y, base, font, 7.5, INK, "r")
            if rate:
                txt(c, 420, y, rate, font, 7.5, INK, "r")
            if ded:
                txt(c, 505, y, ck.money_fr(ded), font, 7.5, INK, "r")
            if pay:
                txt(c, 562, y, ck.money_fr(pay), font, 7.5, INK, "r")
            y -= 12.5
        line(c, 30, y + 4, W - 30, y + 4, (0.6, 0.6, 0.6), 0.5)
        y -= 8
        rect(c, 30, y - 6, W - 60, 18, stroke=None, fill=(0.93, 0.95, 0.97))
        txt(c, 34, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fontb, 8.5, INK)
        txt(c, 562, y, ck.money_fr(p["net_before"]), fontb, 9, INK, "r")
        y -= 20
        txt(
            c,
            34,
            y,
            "Dont évolution de la rémunération liée à la suppression des cotisations chômage et maladie",
            font,
            6.5,
            (0.4, 0.4, 0.4),
        )
        y -= 16
        txt(
            c,
            34,
            y,
            "Impôt sur le revenu prélevé à la source - taux %s %%"
            % ck.money_fr(p.get("pas_rate", 0.045) * 100),
            font,
            8,
            INK,
        )
        txt(c, 300, y, ck.money_fr(p["net_before"]), font, 8, INK)
        txt(c, 562, y, "-" + ck.money_fr(p["pas"]), font, 8, INK, "r")
        y -= 22
        rect(c, 330, y - 10, W - 360, 26, stroke=accent, lw=1.2, fill=(0.97, 0.98, 1))
        txt(c, 340, y, "NET PAYÉ", fontb, 11, accent)
        txt(c, 558, y, ck.money_fr(p["net_paid"]) + " €", fontb, 12, accent, "r")
        txt(c, 34, y, "Montant net social : %s €" % ck.money_fr(p["net_social"]), fontb, 8.5, INK)
        y -= 28
        txt(c, 34, y, "Date de paiement : %s - Virement" % ck.dmy(p["paid_on"]), font, 8, INK)
        y -= 14
        txt(
            c,
            34,
            y,
            "Total versé par l'employeur : %s €" % ck.money_fr(p["brut"] * 1.42),
            font,
            8,
            INK,
        )
        y -= 14
        txt(
            c,
            34,
            y,
            "Congés payés : acquis %s j - pris %s j - solde %s j"
            % ("2,08", "0,00", ck.money_fr(p.get("cp", 12.5))),
            font,
            8,
            INK,
        )
        para(
            c,
            30,
            60,
            W - 60,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr",
            font,
            7,
            9,
            (0.35, 0.35, 0.35),
        )
        txt(
            c,
            W - 30,
            40,
            {"silae": "Silae", "sage": "Sage Paie & RH", "payfit": "PayFit"}[look],
            font,
            6.5,
            (0.5, 0.5, 0.5),
            "r",
        )

    return Page(W, H, draw)


# ---------------------------------------------------------------- contracts


def contract_fields(k):
    return {
        "employer": k["employer"],
        "employee_name": k["employee_field"],
        "contract_type": k["type"],
        "job_title": k["job"],
        "start_date": k["start"].isoformat(),
    }


def contract(k: dict, rng):
    cdd = k["type"] == "CDD"
    font, fontb = k.get("fonts", ("Serif", "SerifB"))
    title = "CONTRAT DE TRAVAIL À DURÉE %s" % ("DÉTERMINÉE" if cdd else "INDÉTERMINÉE")
    civ = "Monsieur" if k["sex"] == "M" else "Madame"
    ne = "né" if k["sex"] == "M" else "née"
    sal = "le Salarié" if k["sex"] == "M" else "la Salariée"

    def p1(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        txt(c, 60, H - 50, k["employer"], fontb, 10, (0.2, 0.25, 0.4))
        txt(c, W / 2, H - 100, title, fontb, 14, INK, "c")
        if cdd:
            txt(
                c,
                W / 2,
                H - 116,
                "(article L. 1242-2 du Code du travail - %s)"
                % k.get("motif", "accroissement temporaire d'activité"),
                font,
                9,
                INK,
                "c",
            )
        y = H - 150
        txt(c, 60, y, "ENTRE LES SOUSSIGNÉS :", fontb, 10.5, INK)
        y -= 20
        y = para(
            c,
            60,
            y,
            W - 120,
            "La société %s, %s au capital de %s euros, dont le siège social est situé %s, immatriculée au registre du commerce et des sociétés de %s sous le numéro %s, SIRET %s, représentée par %s en sa qualité de %s,"
            % (
                k["employer"],
                k["form"],
                k["capital"],
                k["employer_addr_inline"],
                k["rcs_city"],
                k["siret"][:9],
                ck.fmt_siret(k["siret"]),
                k["signatory"],
                k["signatory_role"],
            ),
            font,
            10,
            14,
            justify=True,
        )
        y = para(
            c, 60, y - 4, W - 120, "ci-après dénommée « l'Employeur », d'une part,", font, 10, 14
        )
        y -= 10
        txt(c, 60, y, "ET :", fontb, 10.5, INK)
        y -= 20
        y = para(
            c,
            60,
            y,
            W - 120,
            "%s %s, %s le %s à %s, de nationalité %s, demeurant %s, titulaire du titre autorisant à travailler en France n° %s,"
            % (
                civ,
                k["employee_print"],
                ne,
                ck.dmy(k["dob"]),
                k["pob"],
                k["nationality_word"],
                k["employee_addr_inline"],
                k.get("permit_no", "(joint en annexe)"),
            ),
            font,
            10,
            14,
            justify=True,
        )
        y = para(
            c,
            60,
            y - 4,
            W - 120,
            "ci-après dénommé%s « %s », d'autre part," % ("" if k["sex"] == "M" else "e", sal),
            font,
            10,
            14,
        )
        y -= 10
        txt(c, 60, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", fontb, 10.5, INK)
        y -= 24
        txt(c, 60, y, "Article 1 - Engagement", fontb, 10.5, INK)
        y -= 18
        start_txt = ck.fr_long(k["start"]) if k.get("start_words", True) else ck.dmy(k["start"])
        body = (
            "%s est engagé%s à compter du %s, sous réserve des résultats de la visite d'information et de prévention, en qualité de %s, statut %s, coefficient %s de la convention collective %s."
            % (
                (sal[0].upper() + sal[1:]),
                "" if k["sex"] == "M" else "e",
                start_txt,
                k["job"],
                k.get("statut", "employé"),
                k.get("coef", "250"),
                k.get("ccn", "applicable"),
            )
        )
        if cdd:
            body += (
                " Le présent contrat est conclu pour une durée déterminée de %s, soit jusqu'au %s inclus."
                % (k["duration"], ck.fr_long(k["end"]))
            )
        y = para(c, 60, y, W - 120, body, font, 10, 14, justify=True)
        y -= 10
        txt(c, 60, y, "Article 2 - Période d'essai", fontb, 10.5, INK)
        y -= 18
        para(
            c,
            60,
            y,
            W - 120,
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de %s de travail effectif, au cours de laquelle chacune des parties pourra rompre le contrat en respectant le délai de prévenance légal."
            % k.get("trial", "deux mois"),
            font,
            10,
            14,
            justify=True,
        )
        txt(c, W / 2, 30, "1/2", font, 8, (0.4, 0.4, 0.4), "c")

    def p2(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        y = H - 70
        arts = [
            (
                "Article 3 - Lieu de travail",
                "%s exercera ses fonctions au sein de l'établissement situé %s. Ce lieu pourra être modifié dans le même secteur géographique."
                % ((sal[0].upper() + sal[1:]), k["workplace"]),
            ),
            (
                "Article 4 - Durée du travail",
                "La durée hebdomadaire de travail est fixée à %s heures, réparties du lundi au vendredi."
                % k.get("hours", "35"),
            ),
            (
                "Article 5 - Rémunération",
                "En contrepartie de son travail, %s percevra une rémunération mensuelle brute de %s euros pour 151,67 heures de travail."
                % (sal, ck.money_fr(k["brut"])),
            ),
            (
                "Article 6 - Congés payés",
                "%s bénéficiera des congés payés prévus par les dispositions légales et conventionnelles, soit 2,5 jours ouvrables par mois de travail effectif."
                % (sal[0].upper() + sal[1:]),
            ),
            (
                "Article 7 - Protection sociale",
                "%s sera affilié%s dès son embauche aux régimes de retraite complémentaire et de prévoyance en vigueur dans l'entreprise, ainsi qu'à la mutuelle d'entreprise."
                % ((sal[0].upper() + sal[1:]), "" if k["sex"] == "M" else "e"),
            ),
            (
                "Article 8 - Obligations",
                "%s s'engage à respecter le règlement intérieur, les instructions qui lui seront données et à observer une discrétion absolue sur les informations dont il aura connaissance."
                % (sal[0].upper() + sal[1:]),
            ),
        ]
        for t, body in arts:
            txt(c, 60, y, t, fontb, 10.5, INK)
            y = para(c, 60, y - 18, W - 120, body, font, 10, 14, justify=True) - 12
        y -= 10
        txt(
            c,
            60,
            y,
            "Fait en deux exemplaires originaux, à %s, le %s."
            % (k["signed_place"], ck.dmy(k["signed_on"])),
            font,
            10,
            INK,
        )
        y -= 34
        txt(c, 60, y, "Pour l'Employeur", fontb, 10, INK)
        txt(c, 60, y - 13, k["signatory"] + ", " + k["signatory_role"], font, 8.5, INK)
        txt(c, 340, y, sal[0].upper() + sal[1:], fontb, 10, INK)
        txt(c, 340, y - 13, "(mention manuscrite « Lu et approuvé »)", font, 8, INK)
        if k.get("signed", True):
            signature(c, 60, y - 100, 180, 70, k["signatory"], rng)
            stamp(
                c,
                180,
                y - 80,
                "",
                [
                    k["employer"].upper()[:24],
                    k["employer_addr"][-1][:24] if k.get("employer_addr") else "",
                ],
                rng,
                color=(40, 60, 140),
                d_mm=16,
                shape="rect",
            )
            hand(
                c, 340, y - 40, "Lu et approuvé", rng, 11, rng.choice(["dancing", "dkg", "kaushan"])
            )
            signature(c, 340, y - 110, 180, 60, k["employee_print"], rng)
        txt(c, W / 2, 30, "2/2", font, 8, (0.4, 0.4, 0.4), "c")

    return [Page(W, H, p1), Page(W, H, p2)]
