"""Employment documents: a "bulletin de paie clarifié" and a CDI contract."""

from __future__ import annotations

import io
import random

from common import MOIS, d_fr, d_words, money, new_canvas, para, rl_signature


def payslip_amounts(brut: float, pas_rate: float, mutuelle: float = 38.5):
    """Employee/employer lines of a clarified payslip; returns rows and totals."""
    pmss = 4005.0
    tA = min(brut, pmss)
    csg_base = round(brut * 0.9825 + mutuelle, 2)
    rows = [
        ("SANTÉ", None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", (brut, 0, 0, 7.0)),
        ("Complémentaire Incapacité Invalidité Décès", (tA, 0.40, 0, 0.60)),
        ("Complémentaire santé", (None, None, mutuelle, None, mutuelle)),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", (brut, 0, 0, 1.10)),
        ("RETRAITE", None),
        ("Sécurité sociale plafonnée", (tA, 6.90, 0, 8.55)),
        ("Sécurité sociale déplafonnée", (brut, 0.40, 0, 2.02)),
        ("Complémentaire Tranche 1", (tA, 4.01, 0, 6.01)),
        ("FAMILLE", (brut, 0, 0, 3.45)),
        ("ASSURANCE CHÔMAGE", (brut, 0, 0, 4.25)),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", (brut, 0, 0, 1.62)),
        ("CSG déductible de l'impôt sur le revenu", (csg_base, 6.80, 0, 0)),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", (csg_base, 2.90, 0, 0)),
    ]
    out = []
    tot_s = tot_p = 0.0
    csg_nd = 0.0
    for lab, v in rows:
        if v is None:
            out.append((lab, None, None, None, None, None))
            continue
        if v[0] is None:
            out.append((lab, None, None, v[2], None, v[4]))
            tot_s += v[2]
            tot_p += v[4]
            continue
        base, ts, _, tp = v
        ms = round(base * ts / 100, 2)
        mp = round(base * tp / 100, 2)
        tot_s += ms
        tot_p += mp
        if lab.startswith("CSG/CRDS"):
            csg_nd = ms
        out.append((lab, base, ts or None, ms or None, tp or None, mp or None))
    net_avant = round(brut - tot_s, 2)
    imposable = round(net_avant + csg_nd + mutuelle, 2)
    pas = round(imposable * pas_rate / 100, 2)
    net_paye = round(net_avant - pas, 2)
    return out, dict(
        tot_s=round(tot_s, 2),
        tot_p=round(tot_p, 2),
        net_avant=net_avant,
        imposable=imposable,
        pas=pas,
        net_paye=net_paye,
        net_social=round(net_avant + 0.0, 2),
    )


def payslip(p: dict) -> tuple[bytes, dict]:
    """p: employer, siret, naf, address lines, employee, job, period (YYYY-MM), brut..."""
    y0, m0 = (int(x) for x in p["period"].split("-"))
    rows, t = payslip_amounts(p["brut"], p["pas_rate"])
    buf = io.BytesIO()
    c = new_canvas(buf, title=f"Bulletin de paie {MOIS[m0 - 1]} {y0}", author=p["software"])
    f, fb = p.get("font", "DejaVuC"), p.get("fontb", "DejaVuC-B")
    c.setFont(fb, 14)
    c.drawString(36, 800, "BULLETIN DE PAIE")
    c.setFont(f, 8.5)
    c.drawString(36, 786, f"Période du {d_fr(p['start'])} au {d_fr(p['end'])}")
    c.drawString(36, 775, f"Paiement le {d_fr(p['paid'])} par virement")
    c.setLineWidth(0.6)
    c.rect(36, 650, 250, 115)
    c.setFont(fb, 10)
    c.drawString(42, 752, p["employer"])
    c.setFont(f, 8)
    y = 740
    for ln in p["employer_address"] + [
        f"SIRET : {p['siret']}",
        f"Code NAF : {p['naf']}",
        f"URSSAF : {p['urssaf']}",
        f"Convention collective : {p['idcc']}",
    ]:
        c.drawString(42, y, ln)
        y -= 10.5
    c.rect(300, 650, 259, 115)
    c.setFont(fb, 10)
    c.drawString(306, 752, p["employee"])
    c.setFont(f, 8)
    y = 740
    for ln in p["employee_address"] + [
        f"Emploi : {p['job']}",
        f"Statut : {p['status']}   Coefficient : {p['coef']}",
        f"Date d'entrée : {d_fr(p['entry'])}",
        f"N° de sécurité sociale : {p.get('nir') or 'en cours d’attribution'}",
        f"Matricule : {p['matricule']}",
    ]:
        c.drawString(306, y, ln)
        y -= 10.5
    # table header
    cols = [36, 300, 360, 410, 470, 520, 559]
    hdr = ["Éléments de paie", "Base", "Taux sal.", "Part sal.", "Taux pat.", "Part pat."]
    y = 630
    c.setFillColorRGB(0.88, 0.9, 0.94)
    c.rect(36, y - 4, 523, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(fb, 7.5)
    for i, h in enumerate(hdr):
        if i == 0:
            c.drawString(cols[0] + 3, y, h)
        else:
            c.drawRightString(cols[i + 1] - 3, y, h)
    y -= 16
    c.setFont(f, 8)
    hours = 151.67
    c.drawString(39, y, "Salaire de base")
    c.drawRightString(357, y, f"{hours:.2f}".replace(".", ","))
    c.drawRightString(407, y, money(round(p["brut"] / hours, 4)).rstrip("0"))
    c.drawRightString(467, y, money(p["brut"]))
    y -= 12
    c.setFont(fb, 8.5)
    c.drawString(39, y, "SALAIRE BRUT")
    c.drawRightString(467, y, money(p["brut"]))
    y -= 16
    for lab, base, ts, ms, tp, mp in rows:
        if base is None and ms is None:
            c.setFont(fb, 8)
            c.drawString(39, y, lab)
            y -= 11
            continue
        c.setFont(fb if lab.isupper() else f, 8)
        c.drawString(39 if lab.isupper() else 47, y, lab)
        c.setFont(f, 8)
        if base is not None:
            c.drawRightString(357, y, money(base))
        if ts:
            c.drawRightString(407, y, f"{ts:.2f}".replace(".", ","))
        if ms:
            c.drawRightString(467, y, money(ms))
        if tp:
            c.drawRightString(517, y, f"{tp:.2f}".replace(".", ","))
        if mp:
            c.drawRightString(556, y, money(mp))
        y -= 11
    c.line(36, y + 6, 559, y + 6)
    c.setFont(fb, 8.5)
    c.drawString(39, y - 4, "TOTAL DES COTISATIONS ET CONTRIBUTIONS")
    c.drawRightString(467, y - 4, money(t["tot_s"]))
    c.drawRightString(556, y - 4, money(t["tot_p"]))
    y -= 26
    c.setFillColorRGB(0.95, 0.95, 0.95)
    c.rect(36, y - 4, 523, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(39, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
    c.drawRightString(556, y, f"{money(t['net_avant'])} €")
    y -= 16
    c.setFont(f, 8)
    c.drawString(
        47,
        y,
        "Dont évolution de la rémunération liée à la suppression des "
        "cotisations chômage et maladie",
    )
    c.drawRightString(556, y, money(round(p["brut"] * 0.0315, 2)))
    y -= 14
    c.drawString(39, y, "Impôt sur le revenu prélevé à la source - Taux personnalisé")
    c.drawRightString(357, y, money(t["imposable"]))
    c.drawRightString(407, y, f"{p['pas_rate']:.2f}".replace(".", ",") + " %")
    c.drawRightString(467, y, money(t["pas"]))
    y -= 14
    c.drawString(39, y, "Montant net social")
    c.drawRightString(556, y, money(t["net_social"]))
    y -= 22
    c.setFillColorRGB(0.15, 0.25, 0.45)
    c.rect(36, y - 6, 523, 20, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(fb, 11)
    c.drawString(42, y, "NET PAYÉ EN EUROS")
    c.drawRightString(553, y, f"{money(t['net_paye'])} €")
    c.setFillColorRGB(0, 0, 0)
    y -= 30
    c.setFont(f, 7.5)
    c.drawString(
        36,
        y,
        f"Cumuls {y0} : brut {money(p['brut'] * (m0 - p['start_month'] + 1))}"
        f"  -  net imposable {money(t['imposable'] * (m0 - p['start_month'] + 1))}"
        f"  -  congés acquis {2.08 * (m0 - p['start_month'] + 1):.2f}".replace(".", ","),
    )
    y -= 11
    c.drawString(36, y, f"Total versé par l'employeur : {money(p['brut'] + t['tot_p'])} €")
    c.setFont(f, 6.8)
    para(
        c,
        36,
        60,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur "
        "le portail www.service-public.fr",
        f,
        6.8,
        523,
        8.5,
    )
    c.drawRightString(559, 30, f"Édité par {p['software']}")
    c.showPage()
    c.save()
    return buf.getvalue(), t


def cdi_contract(k: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="Contrat de travail a duree indeterminee", author=k["employer"])
    f, fb = "Caladea", "Caladea-B"
    W = 523

    def page_footer(n):
        c.setFont(f, 8)
        c.drawString(36, 30, "Paraphes : ____  ____")
        c.drawRightString(559, 30, f"Page {n}")

    c.setFont(fb, 15)
    c.drawCentredString(297, 790, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
    c.setFont(f, 10)
    c.drawCentredString(297, 774, "(à temps complet)")
    y = 740
    c.setFont(fb, 10.5)
    c.drawString(36, y, "ENTRE LES SOUSSIGNÉS :")
    y -= 18
    y = para(
        c,
        36,
        y,
        f"La société {k['employer']}, {k['form']} au capital de {k['capital']}, "
        f"immatriculée au RCS de {k['rcs_city']} sous le numéro {k['siren']}, SIRET "
        f"{k['siret']}, dont le siège social est situé {k['employer_address']}, représentée "
        f"par {k['boss']}, en sa qualité de {k['boss_title']},",
        f,
        10,
        W,
        13,
    )
    y = para(c, 36, y - 4, "ci-après dénommée « l'Employeur »,", f, 10, W, 13)
    y = para(c, 36, y - 6, "D'UNE PART,", fb, 10, W, 13)
    y = para(c, 36, y - 6, "ET", fb, 10, W, 13)
    y = para(
        c,
        36,
        y - 6,
        f"{k['employee_civ']} {k['employee']}, née le {d_fr(k['dob'])} à "
        f"{k['pob']}, de nationalité {k['nationality']}, demeurant {k['employee_address']},"
        f" titulaire du titre de séjour n° {k['permit_no']} l'autorisant à travailler,",
        f,
        10,
        W,
        13,
    )
    y = para(c, 36, y - 4, "ci-après dénommée « la Salariée »,", f, 10, W, 13)
    y = para(c, 36, y - 6, "D'AUTRE PART,", fb, 10, W, 13)
    y = para(c, 36, y - 8, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10, W, 13)
    arts = [
        (
            "Article 1 - Engagement",
            f"La Salariée est engagée à compter du {d_words(k['start'])} "
            "pour une durée indéterminée, sous réserve des résultats de la visite d'information et "
            "de prévention. La déclaration préalable à l'embauche a été effectuée auprès de "
            f"l'URSSAF de {k['urssaf_city']}.",
        ),
        (
            "Article 2 - Fonctions",
            f"La Salariée exercera les fonctions de {k['job']}, statut "
            f"{k['status']}, niveau {k['coef']} de la convention collective {k['idcc']}. Ses "
            "attributions comprennent notamment la saisie comptable, le rapprochement bancaire, la "
            "préparation des déclarations de TVA et le suivi des dossiers clients.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue "
            "d'une période d'essai de deux mois, renouvelable une fois d'un commun accord, pendant "
            "laquelle chacune des parties pourra mettre fin au contrat en respectant le délai de "
            "prévenance prévu aux articles L. 1221-25 et L. 1221-26 du code du travail.",
        ),
        (
            "Article 4 - Rémunération",
            f"En contrepartie de son travail, la Salariée percevra un "
            f"salaire mensuel brut de {money(k['brut'])} euros pour un horaire mensuel de 151,67 "
            "heures. Ce salaire sera versé à la fin de chaque mois.",
        ),
        (
            "Article 5 - Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 heures,"
            " réparties du lundi au vendredi selon l'horaire collectif en vigueur dans "
            "l'entreprise.",
        ),
        (
            "Article 6 - Lieu de travail",
            f"La Salariée exercera ses fonctions au sein de "
            f"l'établissement situé {k['workplace']}. Ce lieu pourra être modifié dans le même "
            "secteur géographique.",
        ),
        (
            "Article 7 - Congés payés",
            "La Salariée bénéficiera des congés payés prévus par la loi "
            "et la convention collective, soit 2,5 jours ouvrables par mois de travail effectif.",
        ),
        (
            "Article 8 - Protection sociale",
            "La Salariée sera affiliée dès son embauche au régime "
            "général de la sécurité sociale, à la caisse de retraite complémentaire AGIRC-ARRCO et "
            "au contrat collectif de frais de santé et de prévoyance de l'entreprise.",
        ),
        (
            "Article 9 - Obligations",
            "La Salariée s'engage à observer le règlement intérieur, "
            "à respecter la confidentialité des informations relatives aux clients du cabinet et à "
            "informer l'Employeur de tout changement de sa situation personnelle, notamment du "
            "renouvellement de son titre de séjour.",
        ),
        (
            "Article 10 - Rupture du contrat",
            "Après la période d'essai, le contrat pourra être "
            "rompu par l'une ou l'autre des parties dans les conditions prévues par le code du "
            "travail et la convention collective applicable, sous réserve du préavis.",
        ),
    ]
    pages = 1
    for title, txt in arts:
        if y < 120:
            page_footer(pages)
            c.showPage()
            pages += 1
            y = 790
        c.setFont(fb, 10.5)
        c.drawString(36, y - 10, title)
        y = para(c, 36, y - 26, txt, f, 10, W, 13) - 4
    if y < 260:
        page_footer(pages)
        c.showPage()
        pages += 1
        y = 790
    y = para(
        c,
        36,
        y - 10,
        f"Fait à {k['city']}, le {d_fr(k['signed'])}, en deux exemplaires "
        "originaux dont un remis à chacune des parties.",
        f,
        10,
        W,
        13,
    )
    c.setFont(f, 9.5)
    c.drawString(60, y - 20, "Pour l'Employeur")
    c.drawString(330, y - 20, "La Salariée")
    c.setFont("Sans-I", 8)
    c.drawString(60, y - 32, "(signature précédée de la mention « lu et approuvé »)")
    c.drawString(330, y - 32, "(signature précédée de la mention « lu et approuvé »)")
    for x, who in ((60, k["boss"]), (330, k["employee"])):
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.rect(x, y - 130, 200, 86)
        c.setFillColorRGB(0.2, 0.3, 0.6)
        c.setFont("Sans", 7)
        c.drawString(x + 4, y - 54, "Signé électroniquement par")
        c.setFont("Sans-B", 8)
        c.drawString(x + 4, y - 64, who)
        c.setFont("Sans", 7)
        c.drawString(
            x + 4, y - 124, f"le {d_fr(k['signed'])} à {k['sign_times'][x > 100]} - Yousign"
        )
        c.setFillColorRGB(0, 0, 0)
        rl_signature(c, rng, x + 30, y - 118, 150, 48, color=(0.1, 0.1, 0.25))
    page_footer(pages)
    c.showPage()
    c.save()
    return buf.getvalue()
