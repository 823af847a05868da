"""Payslips (bulletin de paie clarifié, arrêté du 25 février 2016 as amended: headings
Santé / Accidents du travail / Retraite / Famille / Assurance chômage / CSG-CRDS, "net à
payer avant impôt sur le revenu", "impôt sur le revenu prélevé à la source", "montant net
social") in three software looks, and employment contracts (CDI, CDD)."""

from . import ids
from .draw import MONTHS_FR, Pdf, fr_date, money


def _compute(gross):
    lines = [
        ("SANTÉ", None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", (gross, None, 0.0, 0.13)),
        ("Complémentaire Incapacité Invalidité Décès", (gross, 0.0045, None, 0.0083)),
        ("Complémentaire Santé", (None, None, 38.20, 38.20)),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", (gross, None, None, 0.0097)),
        ("RETRAITE", None),
        ("Sécurité sociale plafonnée", (gross, 0.069, None, 0.0855)),
        ("Sécurité sociale déplafonnée", (gross, 0.004, None, 0.0202)),
        ("Complémentaire Tranche 1", (gross, 0.0401, None, 0.0601)),
        ("FAMILLE", (gross, None, None, 0.0345)),
        ("ASSURANCE CHÔMAGE", (gross, None, None, 0.0445)),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", (None, None, None, gross * 0.021)),
        ("CSG déductible de l'impôt sur le revenu", (gross * 0.9825, 0.068, None, None)),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", (gross * 0.9825, 0.029, None, None)),
    ]
    sal = 0.0
    pat = 0.0
    out = []
    for lab, v in lines:
        if v is None:
            out.append((lab, None, None, None, None))
            continue
        base, rate, fixed_sal, pat_v = v
        s = 0.0
        if rate:
            s = round(base * rate, 2)
        elif fixed_sal:
            s = fixed_sal / 2
        pv = 0.0
        if pat_v is not None:
            pv = (
                round(base * pat_v, 2)
                if (base and pat_v < 1)
                else round(pat_v if pat_v > 1 else 0, 2)
            )
            if lab == "Complémentaire Santé":
                pv = 19.10
        sal += s
        pat += pv
        out.append((lab, base, rate, s, pv))
    net_before = round(gross - sal, 2)
    return out, round(sal, 2), round(pat, 2), net_before


def _month_label(period):
    y, m = period.split("-")
    return "%s %s" % (MONTHS_FR[int(m) - 1], y)


def payslip_clarifie(s):
    """Layout A: classic 'bulletin clarifié' with a six-column table."""
    p = Pdf(seed=s["seed"], title="Bulletin de paie")
    gross = s["gross"]
    rows, sal, pat, nbt = _compute(gross)
    pas = round(nbt * s.get("pas_rate", 0.041), 2)
    net = round(nbt - pas, 2)
    p.text(105, 14, "BULLETIN DE PAIE", font="Liberation-Bold", size=14, align="center")
    p.text(
        105,
        19.5,
        "Période du %s au %s" % (fr_date(s["start"]), fr_date(s["end"])),
        size=9,
        align="center",
    )
    # employer box
    p.rect(12, 24, 92, 36, lw=0.5)
    p.lines(
        15,
        29,
        [s["employer"], s["employer_addr"][0], s["employer_addr"][1]],
        font="Liberation-Bold",
        size=9,
        leading=4.2,
    )
    p.lines(
        15,
        43,
        [
            "SIRET : %s" % ids.fmt_siret(s["siret"]),
            "Code NAF : %s" % s.get("naf", "6201Z"),
            "URSSAF de %s" % s.get("urssaf", "Paris"),
            "Convention collective : %s" % s.get("idcc", "Syntec (IDCC 1486)"),
        ],
        size=7.5,
        leading=3.6,
    )
    # employee box
    p.rect(106, 24, 92, 36, lw=0.5)
    p.lines(
        109, 29, [s["employee"]] + s["employee_addr"], font="Liberation-Bold", size=9.5, leading=4.4
    )
    info = [
        ("Matricule", s.get("matricule", "00042")),
        ("Emploi", s["job"]),
        ("Statut", s.get("status", "Cadre")),
        ("Entrée le", fr_date(s["hired"])),
        ("N° SS", s.get("nir_p", "en cours d'immatriculation")),
    ]
    y = 64
    p.rect(12, y, 186, 12, lw=0.4, fill="#f2f2f2")
    xs = [14, 44, 92, 122, 150]
    for (k, v), x in zip(info, xs):
        p.text(x, y + 4.2, k, size=6.8, color="#555555")
        p.fit_text(x, y + 9, v, 28 if x != 150 else 46, font="Liberation-Bold", size=7.8)
    y = 80
    cols = [
        (14, "Éléments de paie", "left"),
        (112, "Base", "right"),
        (130, "Taux", "right"),
        (152, "À déduire", "right"),
        (172, "À payer", "right"),
        (196, "Part employeur", "right"),
    ]
    p.rect(12, y, 186, 6, fill="#d9d9d9", lw=0.4)
    for x, t, al in cols:
        p.text(x, y + 4.2, t, font="Liberation-Bold", size=7.5, align=al)
    y += 10
    p.text(14, y, "Salaire de base", size=8)
    p.text(112, y, "151,67", size=8, align="right")
    p.text(130, y, money(gross / 151.67), size=8, align="right")
    p.text(172, y, money(gross), size=8, align="right")
    y += 5
    p.text(14, y, "SALAIRE BRUT", font="Liberation-Bold", size=8.2)
    p.text(172, y, money(gross), font="Liberation-Bold", size=8.2, align="right")
    p.hline(12, 198, y + 2, lw=0.3)
    for lab, base, rate, sv, pv in rows:
        y += 4.6
        if base is None and rate is None and sv is None:
            p.text(14, y, lab, font="Liberation-Bold", size=7.8)
            continue
        p.fit_text(
            18 if lab[0].islower() or lab.startswith(("Sécu", "Compl", "CSG")) else 14,
            y,
            lab,
            82,
            font="Liberation" if not lab.isupper() else "Liberation-Bold",
            size=7.6,
        )
        if base:
            p.text(112, y, money(base), size=7.6, align="right")
        if rate:
            p.text(130, y, ("%.2f" % (rate * 100)).replace(".", ","), size=7.6, align="right")
        if sv:
            p.text(152, y, money(sv), size=7.6, align="right")
        if pv:
            p.text(196, y, money(pv), size=7.6, align="right")
    y += 4
    p.hline(12, 198, y, lw=0.3)
    y += 5
    p.text(14, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", font="Liberation-Bold", size=8)
    p.text(152, y, money(sal), font="Liberation-Bold", size=8, align="right")
    p.text(196, y, money(pat), font="Liberation-Bold", size=8, align="right")
    y += 8
    p.rect(12, y, 186, 8, fill="#eeeeee", lw=0.4)
    p.text(14, y + 5.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", font="Liberation-Bold", size=9)
    p.text(196, y + 5.5, money(nbt), font="Liberation-Bold", size=9, align="right")
    y += 13
    p.text(
        14,
        y,
        "Dont évolution de la rémunération liée à la suppression des cotisations chômage et maladie",
        size=7.2,
        color="#444444",
    )
    p.text(196, y, money(gross * 0.0315), size=7.2, align="right")
    y += 7
    p.text(14, y, "Impôt sur le revenu prélevé à la source", font="Liberation-Bold", size=8)
    p.text(100, y, "Base %s" % money(nbt + sal * 0.1), size=7.6)
    p.text(
        130,
        y,
        "Taux personnalisé %s %%" % ("%.1f" % (s.get("pas_rate", 0.041) * 100)).replace(".", ","),
        size=7.6,
    )
    p.text(196, y, money(pas), size=8, align="right")
    y += 8
    p.rect(100, y, 98, 12, stroke="#000000", lw=1.0)
    p.text(104, y + 8, "NET PAYÉ EN EUROS", font="Liberation-Bold", size=11)
    p.text(195, y + 8, money(net), font="Liberation-Bold", size=12, align="right")
    p.text(14, y + 5, "Payé le %s par virement" % fr_date(s["paid"]), size=8)
    p.text(
        14, y + 10, "Montant net social : %s" % money(nbt + 12.4), font="Liberation-Bold", size=8
    )
    y += 20
    p.text(
        14,
        y,
        "Cumuls annuels : brut %s — net imposable %s — heures 1 516,70"
        % (money(gross * s.get("months", 10)), money((nbt + sal * 0.1) * s.get("months", 10))),
        size=7.2,
    )
    p.text(14, y + 5, "Congés payés : acquis 20,0 j — pris 5,0 j — solde 15,0 j", size=7.2)
    p.para(
        12,
        276,
        186,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de "
        "paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr.",
        size=6.8,
        color="#444444",
    )
    return p.finish()


def payslip_sage(s):
    """Layout B: older ERP look, monospaced grid, label-left header blocks."""
    p = Pdf(seed=s["seed"], title="Bulletin de salaire")
    gross = s["gross"]
    rows, sal, pat, nbt = _compute(gross)
    pas = round(nbt * s.get("pas_rate", 0.0), 2)
    net = round(nbt - pas, 2)
    F, FB = "LiberationMono", "LiberationMono-Bold"
    p.rect(12, 10, 186, 10, fill="#dde6f0", lw=0.5)
    p.text(15, 17, "BULLETIN DE SALAIRE", font=FB, size=12)
    p.text(
        196, 17, "Période : %s" % _month_label(s["period"]).upper(), font=FB, size=9, align="right"
    )
    y = 26
    left = [
        s["employer"],
        s["employer_addr"][0],
        s["employer_addr"][1],
        "Siret : " + s["siret"],
        "APE : " + s.get("naf", "5610A"),
        "Conv. coll. : " + s.get("idcc", "HCR (IDCC 1979)"),
    ]
    p.lines(14, y, left, font=F, size=7.8, leading=3.7)
    right = [
        ("Salarié", s["employee"]),
        ("Adresse", s["employee_addr"][0]),
        ("", s["employee_addr"][1]),
        ("Emploi", s["job"]),
        ("Qualif.", s.get("status", "Employé niveau II")),
        ("Entrée", fr_date(s["hired"])),
        ("Matricule", s.get("matricule", "117")),
        ("N° S.S.", s.get("nir_p", "-")),
    ]
    for i, (k, v) in enumerate(right):
        p.text(106, y + i * 3.7, k, font=F, size=7.8)
        p.text(
            128, y + i * 3.7, (": " if k else "  ") + v, font=FB if k == "Salarié" else F, size=7.8
        )
    y = 58
    p.text(
        14,
        y,
        "Du %s au %s          Paiement le %s par virement"
        % (fr_date(s["start"]), fr_date(s["end"]), fr_date(s["paid"])),
        font=F,
        size=7.8,
    )
    y += 3
    heads = [
        ("Rubrique", 14, "left"),
        ("Base", 112, "right"),
        ("Taux sal.", 128, "right"),
        ("Retenue", 150, "right"),
        ("Gain", 170, "right"),
        ("Part pat.", 196, "right"),
    ]
    p.rect(12, y, 186, 5.5, fill="#eeeeee", lw=0.4)
    for t, x, al in heads:
        p.text(x, y + 4, t, font=FB, size=7.2, align=al)
    p.rect(12, y + 5.5, 186, 150, lw=0.4)
    for x in (90, 114, 131, 152, 172):
        p.line(x, y, x, y + 155.5, lw=0.25)
    y += 10
    p.text(14, y, "Salaire mensuel", font=F, size=7.2)
    p.text(112, y, "151.67", font=F, size=7.2, align="right")
    p.text(170, y, "%.2f" % gross, font=F, size=7.2, align="right")
    y += 4
    p.text(14, y, "Avantage en nature repas", font=F, size=7.2)
    p.text(112, y, "18.00", font=F, size=7.2, align="right")
    p.text(170, y, "0.00", font=F, size=7.2, align="right")
    y += 5
    p.text(14, y, "TOTAL BRUT", font=FB, size=7.4)
    p.text(170, y, "%.2f" % gross, font=FB, size=7.4, align="right")
    for lab, base, rate, sv, pv in rows:
        y += 4
        if base is None and rate is None and sv is None:
            p.text(14, y, lab[:36], font=FB, size=7.0)
            continue
        p.text(14, y, lab[:36], font=F, size=6.8)
        if base:
            p.text(112, y, "%.2f" % base, font=F, size=6.8, align="right")
        if rate:
            p.text(128, y, "%.3f" % (rate * 100), font=F, size=6.8, align="right")
        if sv:
            p.text(150, y, "%.2f" % sv, font=F, size=6.8, align="right")
        if pv:
            p.text(196, y, "%.2f" % pv, font=F, size=6.8, align="right")
    y += 6
    p.text(14, y, "TOTAL COTISATIONS", font=FB, size=7.2)
    p.text(150, y, "%.2f" % sal, font=FB, size=7.2, align="right")
    p.text(196, y, "%.2f" % pat, font=FB, size=7.2, align="right")
    y = 222
    boxes = [
        ("Net à payer avant impôt", "%.2f" % nbt),
        ("Impôt sur le revenu (taux %.1f%%)" % (s.get("pas_rate", 0) * 100), "%.2f" % pas),
        ("Montant net social", "%.2f" % (nbt + 9.8)),
        ("NET À PAYER", "%.2f" % net),
    ]
    for i, (k, v) in enumerate(boxes):
        x = 12 + i * 46.5
        p.rect(x, y, 46.5, 14, lw=0.5, fill="#dde6f0" if k == "NET À PAYER" else None)
        p.text(x + 2, y + 5, k, font=F, size=6.2)
        p.text(x + 44, y + 11, v + " EUR", font=FB, size=8.5, align="right")
    p.text(
        14,
        244,
        "Cumuls : Brut %.2f  Net imposable %.2f  Heures 1213.36"
        % (gross * 8, (nbt + sal * 0.1) * 8),
        font=F,
        size=6.8,
    )
    p.para(
        12,
        270,
        186,
        "Pour la définition des termes employés, se reporter au site internet www.service-public.fr "
        "rubrique comprendre son bulletin de paie. Bulletin à conserver sans limitation de durée.",
        font=F,
        size=6.2,
    )
    return p.finish()


def payslip_modern(s):
    """Layout C: a modern SaaS payroll look (cards, coloured accents, label above value)."""
    p = Pdf(seed=s["seed"], title="Bulletin de paie")
    A = s.get("accent", "#1f6feb")
    gross = s["gross"]
    rows, sal, pat, nbt = _compute(gross)
    pas = round(nbt * s.get("pas_rate", 0.062), 2)
    net = round(nbt - pas, 2)
    p.text(14, 20, "Bulletin de paie", font="Lato-Black", size=20)
    p.text(14, 27, _month_label(s["period"]).capitalize(), font="Lato", size=12, color=A)
    p.text(196, 18, s["employer"], font="Lato-Bold", size=11, align="right")
    p.lines(
        196,
        23,
        s["employer_addr"] + ["SIRET " + ids.fmt_siret(s["siret"])],
        font="Lato",
        size=8,
        leading=3.8,
        align="right",
    )
    y = 42
    for i, (k, v) in enumerate(
        (
            ("Salarié(e)", s["employee"]),
            ("Poste", s["job"]),
            ("Date d'entrée", fr_date(s["hired"])),
            ("Période", "%s - %s" % (fr_date(s["start"]), fr_date(s["end"]))),
        )
    ):
        x = 14 + i * 46
        p.rect(x - 2, y - 5, 44, 15, stroke=None, fill="#f2f5fa", radius=2)
        p.text(x, y, k, font="Lato", size=7.5, color="#5b6472")
        p.fit_text(x, y + 6, v, 40, font="Lato-Bold", size=9)
    y += 18
    p.text(
        14, y, "Adresse : " + ", ".join(s["employee_addr"]), font="Lato", size=8, color="#5b6472"
    )
    y += 10
    p.rect(12, y, 186, 22, stroke=None, fill=A, radius=3)
    p.text(17, y + 8, "Net à payer", font="Lato-Bold", size=11, color="#ffffff")
    p.text(17, y + 15, "versé le %s" % fr_date(s["paid"]), font="Lato", size=8.5, color="#ffffff")
    p.text(
        193, y + 14, money(net) + " €", font="Lato-Black", size=20, color="#ffffff", align="right"
    )
    y += 32
    p.text(14, y, "Rémunération", font="Lato-Bold", size=11)
    y += 7
    p.text(16, y, "Salaire de base (151,67 h)", font="Lato", size=8.8)
    p.text(196, y, money(gross) + " €", font="Lato", size=8.8, align="right")
    y += 6
    p.text(16, y, "Salaire brut", font="Lato-Bold", size=8.8)
    p.text(196, y, money(gross) + " €", font="Lato-Bold", size=8.8, align="right")
    y += 11
    p.text(14, y, "Cotisations et contributions sociales", font="Lato-Bold", size=11)
    groups = {}
    cur = None
    for lab, base, rate, sv, pv in rows:
        if base is None and rate is None and sv is None:
            cur = lab
            groups[cur] = [0.0, 0.0]
            continue
        key = cur if lab[0] not in "ACF" or lab.startswith("Compl") else lab
        if lab.startswith("CSG"):
            key = "CSG / CRDS"
        groups.setdefault(key, [0.0, 0.0])
        groups[key][0] += sv or 0
        groups[key][1] += pv or 0
    y += 4
    p.text(120, y + 2, "Part salarié", font="Lato", size=7.5, color="#5b6472", align="right")
    p.text(196, y + 2, "Part employeur", font="Lato", size=7.5, color="#5b6472", align="right")
    for k, (sv, pv) in groups.items():
        y += 6
        p.text(16, y, k.capitalize() if k.isupper() else k, font="Lato", size=8.6)
        p.text(120, y, money(sv) + " €", font="Lato", size=8.6, align="right")
        p.text(196, y, money(pv) + " €", font="Lato", size=8.6, align="right")
        p.hline(14, 198, y + 2, lw=0.2, color="#d0d7e2")
    y += 8
    p.text(16, y, "Total des cotisations", font="Lato-Bold", size=8.8)
    p.text(120, y, money(sal) + " €", font="Lato-Bold", size=8.8, align="right")
    p.text(196, y, money(pat) + " €", font="Lato-Bold", size=8.8, align="right")
    y += 12
    for k, v in (
        ("Net à payer avant impôt sur le revenu", nbt),
        (
            "Impôt sur le revenu prélevé à la source (taux %.1f %%)"
            % (s.get("pas_rate", 0.062) * 100),
            -pas,
        ),
        ("Net payé", net),
        ("Montant net social", nbt + 15.2),
    ):
        p.text(16, y, k, font="Lato-Bold" if k in ("Net payé",) else "Lato", size=9)
        p.text(
            196,
            y,
            money(v) + " €",
            font="Lato-Bold" if k == "Net payé" else "Lato",
            size=9,
            align="right",
        )
        y += 6
    p.text(
        14,
        270,
        "Coût total employeur : %s €" % money(gross + pat),
        font="Lato",
        size=8,
        color="#5b6472",
    )
    p.para(
        14,
        276,
        182,
        "Conservez ce bulletin de paie sans limitation de durée. Pour en savoir plus : "
        "service-public.fr. Bulletin édité par votre logiciel de paie en ligne.",
        font="Lato",
        size=7,
        color="#5b6472",
    )
    return p.finish()


def contract(c):
    """CDI or CDD employment contract, 3 pages."""
    cdd = c["type"] == "CDD"
    p = Pdf(seed=c["seed"], title="Contrat de travail")
    f = c.get("font", "LiberationSerif")
    fb = f + "-Bold"
    title = (
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
        if cdd
        else "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
    )
    if c.get("letterhead"):
        p.text(14, 16, c["employer"], font=fb, size=13, color=c.get("color", "#1b365d"))
        p.text(14, 21, " — ".join(c["employer_addr"]), font=f, size=8, color="#555555")
        p.hline(14, 196, 24, color=c.get("color", "#1b365d"), lw=0.8)
    p.text(105, 38, title, font=fb, size=13.5, align="center")
    if cdd:
        p.text(
            105,
            44,
            "(articles L. 1242-1 et suivants du code du travail)",
            font=f,
            size=9,
            align="center",
        )
    y = 56
    p.text(14, y, "ENTRE LES SOUSSIGNÉS :", font=fb, size=10)
    y += 7
    y = p.para(
        14,
        y,
        182,
        "La société %s, %s au capital de %s euros, immatriculée au registre du commerce et des "
        "sociétés de %s sous le numéro %s, dont le siège social est situé %s, représentée par %s, "
        "agissant en qualité de %s,"
        % (
            c["employer"],
            c.get("form", "SAS"),
            c.get("capital", "50 000"),
            c.get("rcs", "Paris"),
            ids.fmt_siren(c["siret"][:9]),
            ", ".join(c["employer_addr"]),
            c["signatory"],
            c["signatory_role"],
        ),
        font=f,
        size=10,
        justify=True,
    )
    y = p.para(14, y + 1, 182, "ci-après dénommée « l'Employeur », d'une part,", font=f, size=10)
    y += 4
    p.text(14, y, "ET :", font=fb, size=10)
    y += 7
    y = p.para(
        14,
        y,
        182,
        "%s, né(e) le %s à %s, de nationalité %s, demeurant %s, titulaire d'un titre l'autorisant à "
        "travailler en France,"
        % (
            c["employee"],
            fr_date(c["dob"], "long"),
            c["pob"],
            c["nationality"],
            c["employee_addr"],
        ),
        font=f,
        size=10,
        justify=True,
    )
    y = p.para(14, y + 1, 182, "ci-après dénommé(e) « le Salarié », d'autre part,", font=f, size=10)
    y += 4
    p.text(105, y, "IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :", font=fb, size=10, align="center")
    y += 9
    arts = [
        (
            "Article 1 — Engagement",
            "Le Salarié est engagé à compter du %s%s, sous réserve des résultats de la "
            "visite d'information et de prévention. Le présent contrat est régi par les dispositions du code du "
            "travail et de la convention collective %s."
            % (
                fr_date(c["start"], "long"),
                (" jusqu'au %s" % fr_date(c["end"], "long")) if cdd else "",
                c.get("idcc", "nationale des bureaux d'études techniques (Syntec)"),
            ),
        ),
        (
            "Article 2 — Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai "
            "de %s de travail effectif, durant laquelle chacune des parties pourra y mettre fin en respectant le "
            "délai de prévenance légal." % ("deux semaines" if cdd else "quatre mois"),
        ),
        (
            "Article 3 — Fonctions",
            "Le Salarié exercera les fonctions de %s, statut %s. Ces fonctions pourront "
            "évoluer en fonction des nécessités de l'entreprise."
            % (c["job"], c.get("status", "cadre")),
        ),
    ]
    if cdd:
        arts.append(
            (
                "Article 4 — Motif du recours",
                "Le présent contrat est conclu pour faire face à un accroissement "
                "temporaire d'activité lié à %s (article L. 1242-2, 2° du code du travail)."
                % c.get("motif", "la saison"),
            )
        )
    for t, b in arts:
        p.text(14, y, t, font=fb, size=10)
        y = p.para(14, y + 5.5, 182, b, font=f, size=10, justify=True) + 3
    p.text(105, 290, "1/3", font=f, size=8, align="center")
    p.new_page()
    y = 20
    n0 = 5 if cdd else 4
    arts = [
        (
            "Rémunération",
            "En contrepartie de ses fonctions, le Salarié percevra une rémunération mensuelle brute de "
            "%s euros pour un horaire de 35 heures hebdomadaires, versée à la fin de chaque mois."
            % money(c["gross"]),
        ),
        (
            "Lieu de travail",
            "Le Salarié exercera ses fonctions à %s. Ce lieu pourra être modifié dans le même secteur "
            "géographique." % c["workplace"],
        ),
        (
            "Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 heures, réparties du lundi au vendredi.",
        ),
        (
            "Congés payés",
            "Le Salarié bénéficiera des congés payés prévus par la loi, soit 2,5 jours ouvrables par mois "
            "de travail effectif.",
        ),
        (
            "Protection sociale",
            "Le Salarié sera affilié dès son embauche au régime général de la sécurité sociale, "
            "au régime de retraite complémentaire AGIRC-ARRCO et au contrat collectif de frais de santé et de "
            "prévoyance de l'entreprise.",
        ),
        (
            "Obligations",
            "Le Salarié s'engage à observer les instructions qui lui seront données et à respecter le "
            "règlement intérieur. Il est tenu à une obligation de discrétion absolue.",
        ),
    ]
    if not cdd:
        arts.append(
            (
                "Rupture du contrat",
                "Après la période d'essai, chacune des parties pourra rompre le contrat dans les "
                "conditions prévues par la loi et la convention collective, moyennant le respect d'un préavis.",
            )
        )
    else:
        arts.append(
            (
                "Terme du contrat",
                "Le contrat prendra fin de plein droit à la date indiquée à l'article 1. Une "
                "indemnité de fin de contrat égale à 10 % de la rémunération totale brute sera versée au Salarié.",
            )
        )
    for i, (t, b) in enumerate(arts):
        p.text(14, y, "Article %d — %s" % (n0 + i, t), font=fb, size=10)
        y = p.para(14, y + 5.5, 182, b, font=f, size=10, justify=True) + 3
    p.text(105, 290, "2/3", font=f, size=8, align="center")
    p.new_page()
    y = 24
    p.text(
        14,
        y,
        "Fait en deux exemplaires originaux, à %s, le %s." % (c["place"], fr_date(c["signed_on"])),
        font=f,
        size=10,
    )
    y += 14
    p.text(14, y, "Pour l'Employeur", font=fb, size=10)
    p.text(14, y + 5, c["signatory"] + ", " + c["signatory_role"], font=f, size=9)
    p.signature(18, y + 9, w=40, h=14, seed=c["seed"] + "emp")
    p.text(115, y, "Le Salarié", font=fb, size=10)
    p.text(115, y + 5, "(mention manuscrite « lu et approuvé, bon pour accord »)", font=f, size=8)
    p.hand(117, y + 14, "Lu et approuvé, bon pour accord", font=c.get("hand_font", "dkg"), size=11)
    p.signature(120, y + 17, w=40, h=14, seed=c["seed"] + "sal")
    p.rect_stamp(
        22,
        y + 34,
        60,
        18,
        [
            c["employer"].upper()[:30],
            c["employer_addr"][0][:34],
            "SIRET " + ids.fmt_siret(c["siret"]),
        ],
        color="#24408e",
        angle=4,
        size=6.5,
    )
    p.text(105, 290, "3/3", font=f, size=8, align="center")
    return p.finish()
