"""Payslip (bulletin de paie clarifié), CDD contract, handwritten attestation d'hébergement."""

import random

from core import Page, signature_image, stamp_image
from frdocs import GREY, dfr, money


def payslip(s, seed):
    p = Page()
    p.rect(12, 12, 186, 30, lw=0.3)
    p.text(15, 19, s["employer"], 11, "sansb")
    y = 24
    for ln in s["employer_addr"] + [
        f"SIRET : {s['siret']}   Code NAF : {s['naf']}",
        f"URSSAF : {s['urssaf']}",
    ]:
        p.text(15, y, ln, 7.5)
        y += 4
    p.text(195, 19, "BULLETIN DE PAIE", 12, "sansb", anchor="r")
    p.text(195, 25, f"Période du {dfr(s['start'])} au {dfr(s['end'])}", 8, anchor="r")
    p.text(195, 30, f"Paiement le {dfr(s['paid'])} par virement", 8, anchor="r")
    p.rect(110, 46, 88, 26, lw=0.3)
    y = 52
    for ln in [s["employee"]] + s["employee_addr"]:
        p.text(114, y, ln, 9.5, "sansb" if ln == s["employee"] else "sans")
        y += 5
    y = 50
    for lab, v in [
        ("Emploi", s["job"]),
        ("Statut", s["status"]),
        ("Entrée le", dfr(s["hired"])),
        ("Convention collective", s["ccn"]),
        ("Matricule", s["matricule"]),
    ]:
        p.text(15, y, f"{lab} : {v}", 7.5)
        y += 4.3
    y = 80
    cols = [15, 100, 125, 150, 175]
    p.rect(12, y - 5, 186, 7, stroke=None, fill=(225, 230, 238))
    for c, t in zip(
        cols, ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"], strict=True
    ):
        p.text(c, y, t, 7.5, "sansb")
    y += 8
    gross = s["gross"]
    lines = [
        ("Salaire de base", "151,67", f"{gross / 151.67:.4f}".replace(".", ","), None, gross),
        ("SALAIRE BRUT", "", "", None, gross),
    ]
    ded = [
        ("Santé", 0.0),
        ("Sécurité sociale plafonnée", 0.069),
        ("Complémentaire Tranche 1", 0.0401),
        ("Assurance chômage", 0.0),
        ("Autres contributions dues par l'employeur", 0.0),
        ("CSG déductible de l'impôt sur le revenu", 0.068 * 0.9825),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.029 * 0.9825),
    ]
    total = 0.0
    for lab, rate in ded:
        amt = round(gross * rate, 2)
        total += amt
        lines.append(
            (
                lab,
                f"{gross:.2f}".replace(".", ","),
                f"{rate * 100:.3f}".replace(".", ",") if rate else "",
                amt or None,
                None,
            )
        )
    for lab, base, rate, d_, pay in lines:
        bold = lab.isupper()
        p.text(cols[0], y, lab, 8, "sansb" if bold else "sans")
        p.text(cols[1], y, base, 8)
        p.text(cols[2], y, rate, 8)
        if d_:
            p.text(cols[3] + 20, y, money(d_)[:-2], 8, anchor="r")
        if pay:
            p.text(cols[4] + 20, y, money(pay)[:-2], 8, "sansb" if bold else "sans", anchor="r")
        y += 5.5
    net_before = round(gross - total, 2)
    pas = round(net_before * s["pas_rate"], 2)
    net = s["net"]
    y += 4
    for lab, v in [
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", net_before),
        (
            f"Impôt sur le revenu prélevé à la source (taux {s['pas_rate'] * 100:.1f} %)".replace(
                ".", ","
            ),
            -pas,
        ),
        ("NET PAYÉ EN EUROS", net),
    ]:
        p.rect(12, y - 5, 186, 7, stroke=(200, 200, 200), fill=(245, 245, 240), lw=0.2)
        p.text(15, y, lab, 8.5, "sansb")
        p.text(195, y, money(v), 9, "sansb", anchor="r")
        y += 9
    p.text(15, y + 4, f"Montant net social : {money(net_before)}", 8)
    p.para(
        15,
        275,
        180,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
        "bulletin de paie sur le portail www.service-public.fr",
        6.5,
        "sans",
        GREY,
    )
    return [p]


def cdd(c, seed):
    f, fb = "serif", "serifb"
    p = Page()
    p.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", 14, fb, anchor="c")
    y = p.para(15, 36, 180, "Entre les soussignés :", 10, f) + 2
    y = (
        p.para(
            15,
            y,
            180,
            f"La société {c['employer']}, {c['form']}, dont le siège social est "
            f"situé {c['employer_addr']}, immatriculée sous le numéro SIRET {c['siret']}, "
            f"représentée par {c['rep']}, en sa qualité de {c['rep_q']}, ci-après "
            "« l'Employeur »,",
            10,
            f,
        )
        + 3
    )
    y = (
        p.para(
            15,
            y,
            180,
            f"Et {c['employee']}, né le {dfr(c['dob'])} à {c['pob']}, de "
            f"nationalité {c['nat']}, demeurant {c['addr']}, ci-après « le Salarié ».",
            10,
            f,
        )
        + 3
    )
    y = p.para(15, y, 180, "Il a été convenu ce qui suit :", 10, f) + 5
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du "
            f"{dfr(c['start'])} dans le cadre d'un contrat à durée déterminée conclu pour "
            f"{c['motif']}, conformément à l'article L. 1242-2 du code du travail.",
        ),
        (
            "Article 2 - Durée",
            f"Le présent contrat est conclu pour une durée de "
            f"{c['duration']}, soit jusqu'au {dfr(c['end'])} inclus. Il comporte une période "
            "d'essai d'un mois.",
        ),
        (
            "Article 3 - Fonctions",
            f"Le Salarié occupera le poste de {c['job']}, "
            f"{c['level']} de la convention collective {c['ccn']}.",
        ),
        (
            "Article 4 - Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 "
            "heures, selon les horaires en vigueur dans l'établissement.",
        ),
        (
            "Article 5 - Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute "
            f"de {money(c['gross'])} pour 151,67 heures de travail, outre l'indemnité de fin "
            "de contrat prévue à l'article L. 1243-8 du code du travail.",
        ),
        ("Article 6 - Lieu de travail", f"Le Salarié exercera ses fonctions à {c['workplace']}."),
    ]
    for t, body in arts:
        p.text(15, y, t, 10, fb)
        y = p.para(15, y + 6, 180, body, 10, f) + 5
    p.text(195, 290, "1/2", 8, f, GREY, anchor="r")
    p2 = Page()
    y = 25
    for t, body in [
        (
            "Article 7 - Congés payés",
            "Le Salarié bénéficiera des congés payés dans "
            "les conditions prévues par la loi, ou d'une indemnité compensatrice.",
        ),
        (
            "Article 8 - Caisses",
            "Le Salarié sera affilié au régime général de la "
            "sécurité sociale ; retraite complémentaire : Agirc-Arrco ; prévoyance : "
            "selon l'accord de branche.",
        ),
    ]:
        p2.text(15, y, t, 10, fb)
        y = p2.para(15, y + 6, 180, body, 10, f) + 5
    y += 5
    p2.text(
        15, y, f"Fait en deux exemplaires originaux à {c['place']}, le {dfr(c['signed'])}.", 10, f
    )
    p2.text(20, y + 14, "Pour l'Employeur", 10, f)
    p2.text(120, y + 14, "Le Salarié", 10, f)
    p2.text(120, y + 20, "« Lu et approuvé, bon pour accord »", 8.5, "serifi")
    s1 = signature_image(c["rep_sig"], seed + 1)
    p2.img(18, y + 22, 55, 55 * s1.height / s1.width, s1)
    st = stamp_image(c["employer"].upper()[:30], ["SIRET", c["siret"][:9]], 30, (30, 60, 140), seed)
    p2.img(60, y + 24, 30, 30, st)
    s2 = signature_image(c["emp_sig"], seed + 2)
    p2.img(118, y + 24, 55, 55 * s2.height / s2.width, s2)
    p2.text(195, 290, "2/2", 8, f, GREY, anchor="r")
    return [p, p2]


def attestation_hand(a, seed):
    """Attestation d'hébergement written by hand on a sheet of lined paper."""
    rng = random.Random(seed)
    p = Page(bg=(253, 253, 250))
    for k in range(26):
        p.line(10, 30 + k * 9.5, 200, 30 + k * 9.5, (170, 200, 225), 0.2)
    p.line(25, 10, 25, 287, (230, 150, 150), 0.3)
    ink = (20, 30, 100)
    font = a.get("font", "dkg")
    y = 29
    p.hand(70, y, "Attestation d'hébergement", 5.0, font, ink, seed)
    y += 19
    for para_txt in a["paras"]:
        words = para_txt.split()
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if len(t) > 52:
                p.hand(28 + rng.uniform(0, 2), y, line, 3.8, font, ink, rng.randint(0, 10**6))
                y += 9.5
                line = w
            else:
                line = t
        if line:
            p.hand(28 + rng.uniform(0, 2), y, line, 3.8, font, ink, rng.randint(0, 10**6))
            y += 9.5
        y += 9.5
    p.hand(110, y, a["done"], 3.8, font, ink, seed + 9)
    sig = signature_image(a["sig"], seed + 4, color=ink)
    p.img(115, y + 6, 60, 60 * sig.height / sig.width, sig)
    return [p]
