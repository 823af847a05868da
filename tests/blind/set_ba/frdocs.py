"""French documents: bills, RIBs, lease, hosting attestation, payslip, contract."""

from __future__ import annotations

import random

from gfx import rect_stamp, signature

MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()


def fr(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def fr_words(iso):
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MOIS[int(iso[5:7]) - 1]} {iso[0:4]}"


def eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


# ------------------------------------------------------------------ lease


def lease(L, rng, signed_images=True):
    """Bail d'habitation (loi n° 89-462, modèle type du décret n° 2015-587): 3 pages."""

    def head(pg, n):
        pg.text(105, 12, "Contrat de location — logement nu", "serifi", 8, (100, 100, 100), "c")
        pg.text(195, 290, f"Page {n}/3  —  Paraphes : ______", "serif", 7.5, (100, 100, 100), "r")

    def p1(pg):
        head(pg, 1)
        pg.text(105, 26, "CONTRAT DE LOCATION", "serifb", 16, (0, 0, 0), "c")
        pg.text(
            105, 33, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serifb", 11, (0, 0, 0), "c"
        )
        pg.para(
            25,
            40,
            160,
            "Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
            "les rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre "
            "1986 — modèle type du décret n° 2015-587 du 29 mai 2015",
            "serifi",
            8.5,
            3.8,
        )
        y = 58
        pg.text(20, y, "I. DÉSIGNATION DES PARTIES", "serifb", 11)
        y = pg.para(
            20, y + 7, 170, "Le présent contrat est conclu entre les soussignés :", "serif", 10, 5
        )
        y = pg.para(
            20,
            y + 1,
            170,
            f"{L['landlord']}, {L['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
            "serif",
            10,
            5,
        )
        if L.get("agent"):
            y = pg.para(
                20, y + 1, 170, f"représenté par le mandataire : {L['agent']}", "serif", 10, 5
            )
        y = pg.para(
            20,
            y + 1,
            170,
            "et " + " et ".join(L["tenants_text"]) + ", désigné(s) ci-après « le locataire ».",
            "serif",
            10,
            5,
        )
        y += 5
        pg.text(20, y, "II. OBJET DU CONTRAT", "serifb", 11)
        y = pg.para(
            20,
            y + 7,
            170,
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
            "serif",
            10,
            5,
        )
        for s in [
            f"Adresse du logement : {L['address']}",
            L["desc"],
            f"Surface habitable : {L['surface']} m²   —   Nombre de pièces principales : "
            f"{L['rooms']}",
            "Régime juridique de l'immeuble : copropriété",
            "Destination des locaux : usage d'habitation principale",
        ]:
            y = pg.para(26, y + 1, 164, "– " + s, "serif", 10, 5)
        y += 5
        pg.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "serifb", 11)
        y = pg.para(
            20,
            y + 7,
            170,
            f"A. Date de prise d'effet du contrat : {fr(L['start'])}",
            "serif",
            10,
            5,
        )
        y = pg.para(
            20,
            y + 1,
            170,
            "B. Durée du contrat : trois ans (bailleur personne physique), "
            "renouvelable par tacite reconduction.",
            "serif",
            10,
            5,
        )
        y += 5
        pg.text(20, y, "IV. CONDITIONS FINANCIÈRES", "serifb", 11)
        y = pg.para(
            20,
            y + 7,
            170,
            f"A. Loyer mensuel hors charges : {eur(L['rent'])}. Le loyer est "
            "payable mensuellement et d'avance, le 5 de chaque mois.",
            "serif",
            10,
            5,
        )
        pg.para(
            20,
            y + 1,
            170,
            f"B. Provision mensuelle sur charges récupérables : {eur(L['charges'])}"
            ", avec régularisation annuelle.",
            "serif",
            10,
            5,
        )

    def p2(pg):
        head(pg, 2)
        y = 25
        for title, body in [
            ("V. TRAVAUX", "Néant depuis la fin du dernier contrat de location."),
            (
                "VI. GARANTIES",
                f"Dépôt de garantie : {eur(L['rent'])}, soit un mois de loyer hors "
                "charges, restitué dans un délai maximal de deux mois après la remise des clés.",
            ),
            (
                "VII. CLAUSE DE SOLIDARITÉ",
                "En cas de pluralité de locataires, ceux-ci sont tenus "
                "solidairement et indivisiblement de l'exécution des obligations du présent "
                "contrat.",
            ),
            (
                "VIII. CLAUSE RÉSOLUTOIRE",
                "Le bail sera résilié de plein droit deux mois après un "
                "commandement de payer demeuré infructueux, en cas de défaut de paiement du "
                "loyer ou "
                "des charges, ou de non-versement du dépôt de garantie, ou un mois après un "
                "commandement demeuré infructueux à défaut d'assurance contre les risques "
                "locatifs.",
            ),
            ("IX. HONORAIRES DE LOCATION", "Néant."),
            (
                "X. AUTRES CONDITIONS PARTICULIÈRES",
                "Le locataire s'engage à souscrire une assurance "
                "habitation et à en justifier chaque année. Animaux domestiques autorisés.",
            ),
            (
                "XI. ANNEXES",
                "Diagnostic de performance énergétique (classe D), constat de risque "
                "d'exposition au plomb, état des risques, notice d'information, état des lieux "
                "d'entrée, règlement de copropriété (extraits).",
            ),
        ]:
            pg.text(20, y, title, "serifb", 11)
            y = pg.para(20, y + 7, 170, body, "serif", 10, 5) + 6

    def p3(pg):
        head(pg, 3)
        pg.para(
            20,
            30,
            170,
            f"Fait et signé à {L['city']}, le {fr(L['signed'])}, en "
            f"{len(L['tenants']) + 1} originaux dont un remis à chaque partie.",
            "serif",
            10,
            5,
        )
        pg.text(25, 50, "Le bailleur", "serifb", 10)
        pg.text(25, 55, "(« lu et approuvé »)", "serifi", 8.5)
        pg.text(115, 50, "Le(s) locataire(s)", "serifb", 10)
        pg.text(115, 55, "(« lu et approuvé »)", "serifi", 8.5)
        if signed_images:
            r = random.Random(L["seed"])
            pg.image(signature(r, L["landlord"].split()[-1], 140), 25, 60, h=20)
            for i, t in enumerate(L["tenants"]):
                pg.image(signature(r, t, 140), 115, 60 + i * 24, h=20)

    return [p1, p2, p3]


# ------------------------------------------------------------------ hosting attestation


def hosting_attestation(a, rng):
    """Handwritten attestation d'hébergement on plain paper (Pillow page only)."""

    def p1(pg):
        ink = a.get("ink", (25, 25, 60))
        y = 30
        for s in [a["host"], a["host_street"], f"{a['host_postcode']} {a['host_city']}"]:
            pg.hand(20, y, s, 12, rng, ink)
            y += 8
        pg.hand(70, y + 18, "Attestation d'hébergement", 17, rng, ink)
        pg.line(70, y + 20, 150, y + 20, 0.35, ink)
        y += 40
        text = (
            f"Je soussigné {a['host']}, né le {fr(a['host_dob'])} à {a['host_pob']}, "
            f"demeurant {a['host_street']}, {a['host_postcode']} {a['host_city']}, "
            f"atteste sur l'honneur héberger à mon domicile {a['hosted_title']} "
            f"{a['hosted']}, née le {fr(a['hosted_dob'])} à {a['hosted_pob']}, "
            f"depuis le {fr(a['since'])}, à titre gratuit."
        )
        y = _hand_para(pg, 20, y, 172, text, rng, ink)
        y = _hand_para(
            pg,
            20,
            y + 6,
            172,
            "Attestation établie pour servir et valoir ce que de "
            "droit, notamment auprès de la CPAM.",
            rng,
            ink,
        )
        y = _hand_para(
            pg,
            20,
            y + 6,
            172,
            "Pièces jointes : copie de ma carte d'identité, mes trois dernières factures.",
            rng,
            ink,
        )
        pg.hand(110, y + 16, f"Fait à {a['host_city']}, le {fr(a['signed'])}", 12, rng, ink)
        sig = signature(rng, a["host"].split()[-1], 160, ink)
        pg.image(sig, 118, y + 22, h=24)

    return [p1]


def _hand_para(pg, x, y, width, s, rng, ink, size=12, lead=8.2):
    line = ""
    for word in s.split():
        cand = (line + " " + word).strip()
        if pg.width(cand, "hand", size + 1) > width and line:
            pg.hand(x + rng.uniform(-0.5, 0.5), y, line, size, rng, ink)
            y += lead
            line = word
        else:
            line = cand
    pg.hand(x, y, line, size, rng, ink)
    return y + lead


# ------------------------------------------------------------------ employment


def payslip(p):
    """Bulletin de paie clarifié (text PDF)."""

    def p1(pg):
        pg.text(105, 16, "BULLETIN DE PAIE", "sansb", 14, (0, 0, 0), "c")
        pg.text(
            105,
            22,
            f"Période du {fr(p['start'])} au {fr(p['end'])}  —  Paiement le "
            f"{fr(p['paid'])} par virement",
            "sans",
            8.5,
            (0, 0, 0),
            "c",
        )
        pg.rect(12, 28, 90, 36, (0, 0, 0), None, 0.3)
        y = 33
        for i, s in enumerate(
            [p["employer"]]
            + p["employer_addr"]
            + [
                f"SIRET : {p['siret']}",
                f"Code NAF : {p['naf']}",
                f"URSSAF : {p['urssaf']}",
                f"Convention collective : {p['ccn']}",
            ]
        ):
            pg.text(14, y, s, "sansb" if i == 0 else "sans", 8 if i else 9)
            y += 3.9
        pg.rect(108, 28, 90, 36, (0, 0, 0), None, 0.3)
        y = 34
        for i, s in enumerate([p["employee"]] + p["employee_addr"]):
            pg.text(112, y, s, "sansb" if i == 0 else "sans", 9.5)
            y += 4.6
        y = 72
        info = [
            ("Emploi", p["job"]),
            ("Statut", p["status"]),
            ("Date d'entrée", fr(p["hired"])),
            ("N° de sécurité sociale", p.get("nir", "en cours d'attribution")),
            ("Matricule", p["matricule"]),
            ("Coefficient", p.get("coef", "—")),
        ]
        for i, (k, v) in enumerate(info):
            xx = 12 + (i % 3) * 62
            yy = y + (i // 3) * 9
            pg.text(xx, yy, k, "sans", 7, (90, 90, 90))
            pg.text(xx, yy + 4, v, "sans", 8.5)
        y = 96
        cols = [12, 95, 120, 140, 165, 198]
        heads = ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]
        pg.rect(12, y - 5, 186, 7, None, (220, 225, 235))
        for i, h in enumerate(heads):
            pg.text(cols[i] + 1.5, y, h, "sansb", 8)
        gross = p["gross"]
        lines = [
            (
                "Salaire de base",
                f"{p['hours']:.2f}",
                f"{gross / p['hours']:.4f}",
                gross,
                None,
                True,
            ),
            ("SANTÉ", None, None, None, None, False),
            (
                "Sécurité sociale - Maladie Maternité Invalidité Décès",
                gross,
                None,
                None,
                gross * 0.07,
            ),
            ("Complémentaire santé", gross, None, 28.50, 28.50),
            ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", gross, None, None, gross * 0.0134),
            ("RETRAITE", None, None, None, None, False),
            ("Sécurité sociale plafonnée", gross, "6,900", gross * 0.069, gross * 0.0855),
            ("Sécurité sociale déplafonnée", gross, "0,400", gross * 0.004, gross * 0.0202),
            ("Complémentaire Tranche 1", gross, "4,010", gross * 0.0401, gross * 0.0601),
            ("ASSURANCE CHÔMAGE", gross, None, None, gross * 0.0405),
            ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", None, None, None, gross * 0.032),
            (
                "CSG déductible de l'impôt sur le revenu",
                gross * 0.9825,
                "6,800",
                gross * 0.0668,
                None,
            ),
            (
                "CSG/CRDS non déductible de l'impôt sur le revenu",
                gross * 0.9825,
                "2,900",
                gross * 0.0285,
                None,
            ),
        ]
        y += 8
        for row in lines:
            label = row[0]
            bold = label.isupper()
            pg.text(13, y, label, "sansb" if bold else "sans", 7.8)
            for j, v in enumerate(row[1:5]):
                if v is None or v is True or v is False:
                    continue
                s = eur(v).replace(" €", "") if isinstance(v, float) else str(v)
                pg.text(cols[j + 2] - 2, y, s, "sans", 7.8, align="r")
            y += 5.6
        pg.line(12, y - 2, 198, y - 2, 0.3)
        y += 5
        total = [
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", p["cotis"]),
            ("NET À PAYER AVANT IMPÔT SUR LE REVENU", p["net_before"]),
            (
                f"Impôt sur le revenu prélevé à la source - Taux personnalisé {p['pas_rate']} %",
                p["pas"],
            ),
        ]
        for label, v in total:
            pg.text(13, y, label, "sansb", 8.5)
            pg.text(196, y, eur(v), "sansb", 8.5, align="r")
            y += 7
        pg.rect(110, y, 88, 11, (0, 0, 0), (235, 240, 250), 0.5)
        pg.text(113, y + 7.5, "NET PAYÉ", "sansb", 11)
        pg.text(195, y + 7.5, eur(p["net"]), "sansb", 12, align="r")
        y += 22
        pg.text(13, y, f"Net social : {eur(p['net_social'])}", "sans", 8)
        pg.text(13, y + 5, f"Cumul brut annuel : {eur(gross * p['months'])}", "sans", 8)
        pg.text(13, y + 10, f"Congés payés acquis : {2.08 * p['months']:.2f} j", "sans", 8)
        pg.para(
            12,
            282,
            186,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
            "de paie sur le portail www.service-public.fr",
            "sansi",
            6.8,
            3,
            (90, 90, 90),
        )

    return [p1]


def contract(c):
    """Contrat de travail à durée indéterminée (text PDF, e-signed), 2 pages."""

    def p1(pg):
        pg.text(105, 25, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "serifb", 14, (0, 0, 0), "c")
        y = pg.para(20, 40, 170, "ENTRE LES SOUSSIGNÉS :", "serifb", 10.5, 5) + 2
        y = pg.para(
            20,
            y,
            170,
            f"La société {c['employer']}, {c['form']} au capital de "
            f"{c['capital']}, immatriculée au RCS de {c['rcs_city']} sous le numéro "
            f"{c['siren']}, SIRET {c['siret']}, dont le siège social est situé "
            f"{c['employer_addr']}, représentée par {c['rep']}, en sa qualité de "
            f"{c['rep_title']},",
            "serif",
            10.5,
            5,
        )
        y = pg.para(
            20, y + 2, 170, "ci-après dénommée « la Société », d'une part,", "serifi", 10.5, 5
        )
        y = pg.para(20, y + 3, 170, "ET", "serifb", 10.5, 5)
        y = pg.para(
            20,
            y + 2,
            170,
            f"{c['employee_title']} {c['employee']}, né le "
            f"{fr(c['dob'])} à {c['pob']}, de nationalité {c['nat']}, demeurant "
            f"{c['employee_addr']},",
            "serif",
            10.5,
            5,
        )
        y = pg.para(
            20, y + 2, 170, "ci-après dénommé « le Salarié », d'autre part,", "serifi", 10.5, 5
        )
        y = pg.para(20, y + 4, 170, "IL A ÉTÉ CONVENU CE QUI SUIT :", "serifb", 10.5, 5) + 3
        for title, body in [
            (
                "Article 1 – Engagement",
                f"La Société engage le Salarié à compter du "
                f"{fr(c['start'])} pour une durée indéterminée, sous réserve des résultats de la "
                "visite d'information et de prévention. Le présent contrat est régi par la "
                "convention "
                f"collective {c['ccn']}.",
            ),
            (
                "Article 2 – Fonctions",
                f"Le Salarié exercera les fonctions de {c['job']}, statut "
                f"{c['status']}, position {c['position']}. Il exercera ses fonctions au sein de "
                f"l'établissement situé {c['workplace']}.",
            ),
            (
                "Article 3 – Période d'essai",
                "Le présent contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de quatre mois de travail effectif, renouvelable "
                "une "
                "fois d'un commun accord.",
            ),
            (
                "Article 4 – Rémunération",
                f"En contrepartie de ses fonctions, le Salarié percevra "
                f"une rémunération annuelle brute forfaitaire de {c['salary']}, versée en douze "
                "mensualités égales.",
            ),
        ]:
            pg.text(20, y, title, "serifb", 10.5)
            y = pg.para(20, y + 6, 170, body, "serif", 10.5, 5) + 4
        pg.text(195, 288, "1/2", "serif", 8, align="r")

    def p2(pg):
        y = 25
        for title, body in [
            (
                "Article 5 – Durée du travail",
                "Le Salarié est soumis à une convention de forfait en "
                "jours sur l'année de 218 jours travaillés, journée de solidarité incluse.",
            ),
            (
                "Article 6 – Congés payés",
                "Le Salarié bénéficiera des congés payés conformément aux "
                "dispositions légales et conventionnelles.",
            ),
            (
                "Article 7 – Protection sociale",
                "Le Salarié sera affilié au régime général de la "
                "sécurité sociale, à la caisse de retraite complémentaire AGIRC-ARRCO et aux "
                "régimes "
                "de prévoyance et de frais de santé en vigueur dans la Société.",
            ),
            (
                "Article 8 – Autorisation de travail",
                "Le Salarié déclare être titulaire d'un titre "
                "l'autorisant à travailler en France et s'engage à informer la Société de tout "
                "changement de sa situation.",
            ),
            (
                "Article 9 – Rupture",
                "Le présent contrat pourra être rompu par l'une ou l'autre des "
                "parties dans les conditions prévues par la loi et la convention collective.",
            ),
        ]:
            pg.text(20, y, title, "serifb", 10.5)
            y = pg.para(20, y + 6, 170, body, "serif", 10.5, 5) + 4
        y = pg.para(
            20,
            y + 6,
            170,
            f"Fait à {c['city']}, le {fr(c['signed'])}, en deux exemplaires originaux.",
            "serif",
            10.5,
            5,
        )
        pg.text(25, y + 10, "Pour la Société", "serifb", 10)
        pg.text(25, y + 15, c["rep"], "serif", 9.5)
        pg.text(115, y + 10, "Le Salarié", "serifb", 10)
        pg.text(115, y + 15, "« Lu et approuvé, bon pour accord »", "serifi", 9)
        r = random.Random(c["seed"])
        pg.image(signature(r, c["rep"].split()[-1], 140), 25, y + 19, h=20)
        pg.image(signature(r, c["employee"].split()[-1], 140), 115, y + 19, h=20)
        stamp = rect_stamp(r, [c["employer"], c["employer_addr"], f"SIRET {c['siret']}"])
        pg.image(stamp, 22, y + 42, w=60)
        pg.text(195, 288, "2/2", "serif", 8, align="r")

    return [p1, p2]
