"""Bank details (RIB of French banks, neobank app screens), payslips (bulletin de paie
clarifié) and employment contracts (CDI / CDD)."""

from civil import fr_date
from core import Page, width_mm

BANKS = {
    "BNP Paribas": dict(code="30004", bic="BNPAFRPPXXX", color=(0, 145, 90), font="lib"),
    "Société Générale": dict(code="30003", bic="SOGEFRPP", color=(226, 0, 26), font="open"),
    "Crédit Agricole": dict(code="18206", bic="AGRIFRPP882", color=(0, 115, 120), font="carl"),
    "LCL": dict(code="30002", bic="CRLYFRPP", color=(0, 40, 120), font="rob"),
    "La Banque Postale": dict(code="20041", bic="PSSTFRPPPAR", color=(255, 205, 0), font="lato"),
    "CIC": dict(code="30066", bic="CMCIFRPP", color=(0, 90, 160), font="lib"),
    "Crédit Mutuel": dict(code="10278", bic="CMCIFR2A", color=(0, 80, 150), font="sans"),
    "Caisse d'Epargne": dict(code="17515", bic="CEPAFRPP751", color=(210, 30, 40), font="open"),
    "BoursoBank": dict(code="40618", bic="BOUSFRPPXXX", color=(0, 100, 210), font="rob"),
}


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def rib_page(r, rng):
    """French bank RIB. r: bank, holder_print, iban, bban parts, agency lines."""
    bk = BANKS[r["bank"]]
    f = bk["font"]
    fb = f + "-b"
    p = Page(210, 297)
    copies = 2 if rng.random() < 0.4 else 1
    for c in range(copies):
        oy = 15 + c * 105
        if c:
            p.line(10, oy - 8, 200, oy - 8, (120, 120, 120), 0.2, (2, 1.5))
        p.rect(15, oy, 180, 88, (90, 90, 90), None, 0.3, radius=2)
        p.rect(15, oy, 180, 14, None, bk["color"], 0, radius=2)
        p.text(
            20,
            oy + 9.5,
            r["bank"],
            fb,
            12,
            (255, 255, 255) if r["bank"] != "La Banque Postale" else (0, 40, 110),
        )
        p.text(
            190,
            oy + 9.5,
            rng.choice(["RELEVÉ D'IDENTITÉ BANCAIRE", "RIB", "Relevé d'Identité Bancaire"]),
            fb,
            10,
            (255, 255, 255) if r["bank"] != "La Banque Postale" else (0, 40, 110),
            "r",
        )
        lab = rng.choice(["Titulaire du compte", "Intitulé du compte", "Titulaire"])
        p.text(20, oy + 22, lab, f, 8, (90, 90, 90))
        for i, ln in enumerate(r["holder_lines"]):
            p.text(20, oy + 27.5 + i * 5, ln, fb, 10)
        p.text(115, oy + 22, "Domiciliation", f, 8, (90, 90, 90))
        for i, ln in enumerate(r["agency_lines"]):
            p.text(115, oy + 27.5 + i * 4.5, ln, f, 8.5)
        # RIB table
        ty = oy + 44
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
        xs = [20, 50, 82, 140, 165]
        for i, (h, v) in enumerate(zip(heads, vals)):
            p.rect(xs[i], ty, xs[i + 1] - xs[i], 13, (140, 140, 140), None, 0.2)
            p.text(xs[i] + 2, ty + 4, h, f, 7, (90, 90, 90))
            p.text(xs[i] + 2, ty + 10.5, v, "mono-b" if rng.random() < 0.5 else fb, 10)
        p.text(
            20,
            oy + 66,
            "IBAN" if rng.random() < 0.5 else "IBAN (International Bank Account Number)",
            f,
            8,
            (90, 90, 90),
        )
        p.text(20, oy + 72, spaced(r["iban"]), "mono-b", 12)
        p.text(
            140,
            oy + 66,
            "BIC" if rng.random() < 0.5 else "BIC (Bank Identifier Code)",
            f,
            8,
            (90, 90, 90),
        )
        p.text(140, oy + 72, r["bic"], "mono-b", 12)
        p.text(
            20,
            oy + 83,
            "Ce relevé est destiné à être remis à vos créanciers ou débiteurs "
            "pour faciliter vos virements et prélèvements.",
            f,
            6.5,
            (110, 110, 110),
        )
    return [p]


def neobank_screen(r, rng):
    """Account-details screen of a neobank app: 1170 x 2532 px."""
    kind = r["bank"]
    dark = kind == "Revolut" and rng.random() < 0.5
    bg = (12, 12, 16) if dark else (247, 247, 250)
    fg = (240, 240, 240) if dark else (15, 15, 20)
    mute = (150, 150, 160) if dark else (110, 110, 120)
    card = (32, 32, 40) if dark else (255, 255, 255)
    f = {"Revolut": "rob", "N26": "lato", "Wise": "open", "BoursoBank": "rob"}[kind]
    fb = f + "-b"
    p = Page(117, 253.2, bg=bg)
    p.text(8, 6, f"1{rng.randrange(10)}:{rng.randrange(10)}{rng.randrange(10)}", "rob-m", 10, fg)
    p.text(109, 6, "4G  " + str(rng.randint(20, 99)) + "%", "rob-m", 9, fg, "r")
    p.text(8, 22, "‹", "rob", 18, fg)
    title = {
        "Revolut": "Détails du compte",
        "N26": "Coordonnées bancaires",
        "Wise": "Vos coordonnées bancaires EUR",
        "BoursoBank": "Mon RIB",
    }[kind]
    p.text(8, 36, title, fb, 16, fg)
    p.text(
        8,
        44,
        {
            "Revolut": "Compte principal · EUR",
            "N26": "Compte courant",
            "Wise": "Recevez des euros par virement SEPA",
            "BoursoBank": "Compte bancaire",
        }[kind],
        f,
        9,
        mute,
    )
    rows = [
        ("Bénéficiaire" if kind != "N26" else "Titulaire du compte", r["holder_lines"][0]),
        ("IBAN", spaced(r["iban"])),
        ("BIC / SWIFT" if kind != "BoursoBank" else "BIC", r["bic"]),
        ("Banque", r["agency_lines"][0]),
        ("Adresse de la banque", ", ".join(r["agency_lines"][1:])),
    ]
    y = 54
    p.rect(5, y, 107, len(rows) * 17 + 6, None, card, 0, radius=4)
    y += 9
    for lab, val in rows:
        p.text(10, y, lab, f, 8.5, mute)
        size = 10.5
        while width_mm(val, fb, size) > 92 and size > 6:
            size -= 0.5
        p.text(10, y + 6, val, fb, size, fg)
        p.rect(101, y + 0.5, 3.2, 3.8, (0, 120, 255), None, 0.35, radius=0.6)
        p.rect(102.3, y - 0.8, 3.2, 3.8, (0, 120, 255), card, 0.35, radius=0.6)
        y += 17
    y += 10
    p.rect(5, y, 107, 14, None, (0, 117, 255) if kind != "N26" else (54, 161, 139), 0, radius=7)
    p.text(58.5, y + 9, "Partager les coordonnées", fb, 10.5, (255, 255, 255), "c")
    p.rect(5, y + 18, 107, 14, None, card, 0, radius=7)
    p.text(58.5, y + 27, "Télécharger le RIB (PDF)", fb, 10.5, fg, "c")
    p.para(
        8,
        y + 44,
        100,
        "Utilisez ces coordonnées pour recevoir votre salaire, les "
        "remboursements de l'Assurance Maladie et les virements SEPA.",
        f,
        8,
        color=mute,
    )
    p.rect(40, 247, 37, 1.2, None, fg, 0, radius=0.6)
    return [p]


# ------------------------------------------------------------------ payslip


def _eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


def payslip_page(s, rng):
    f = rng.choice(["lib", "carl", "robc", "sansc", "libn"])
    fb = f + "-b"
    p = Page(210, 297)
    p.text(
        105,
        14,
        rng.choice(["BULLETIN DE PAIE", "BULLETIN DE SALAIRE", "Bulletin de paie"]),
        fb,
        13,
        anchor="c",
    )
    p.text(105, 19.5, f"Période du {s['start']:%d/%m/%Y} au {s['end']:%d/%m/%Y}", f, 9, anchor="c")
    # employer block
    p.rect(10, 25, 95, 36, (80, 80, 80), None, 0.25)
    for i, ln in enumerate(
        [
            s["employer"],
            *s["employer_lines"],
            f"SIRET : {s['siret']}",
            f"Code NAF : {s['naf']}",
            f"URSSAF : {s['urssaf']}",
        ]
    ):
        p.text(13, 30 + i * 4.6, ln, fb if i == 0 else f, 8.5 if i == 0 else 7.5)
    # employee block
    ex = 112
    p.rect(ex - 2, 25, 90, 36, (80, 80, 80), None, 0.25)
    for i, ln in enumerate([s["employee_print"], *s["employee_lines"]]):
        p.text(ex + 2, 31 + i * 5, ln, fb if i == 0 else f, 9.5 if i == 0 else 8.5)
    y = 66
    info = [
        ("Emploi", s["job"]),
        ("Statut", s.get("status", "Non cadre")),
        ("Date d'entrée", s["entry"].strftime("%d/%m/%Y")),
        ("N° Sécurité sociale", s.get("nir") or "En cours d'immatriculation"),
        ("Convention collective", s["ccn"]),
    ]
    for i, (k, v) in enumerate(info):
        x = 10 + (i % 3) * 64
        yy = y + (i // 3) * 8
        p.text(x, yy, k, f, 6.5, (100, 100, 100))
        p.text(x, yy + 4, v, f, 8)
    y = 88
    cols = [10, 92, 114, 132, 156, 174, 200]
    heads = ["Éléments de paie", "Base", "Taux", "À déduire", "Taux pat.", "Part employeur"]
    p.rect(10, y, 190, 7, None, (225, 230, 240), 0)
    for i, h in enumerate(heads):
        p.text(cols[i] + 1.5, y + 5, h, fb, 7.5)
    y += 12
    g = s["gross"]
    rows = [
        ("Salaire de base", f"{s['hours']:.2f}", _eur(g / s["hours"]), "", "", "", False),
        ("SALAIRE BRUT", "", "", "", "", _eur(g), True),
        ("Santé", "", "", "", "", "", True),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            _eur(g),
            "",
            "",
            "7,00",
            _eur(g * 0.07),
            False,
        ),
        (
            "Complémentaire Incapacité Invalidité Décès",
            _eur(g),
            "0,90",
            _eur(g * 0.009),
            "1,10",
            _eur(g * 0.011),
            False,
        ),
        (
            "Accidents du travail - Maladies professionnelles",
            _eur(g),
            "",
            "",
            "1,50",
            _eur(g * 0.015),
            False,
        ),
        ("Retraite", "", "", "", "", "", True),
        (
            "Sécurité sociale plafonnée",
            _eur(g),
            "6,90",
            _eur(g * 0.069),
            "8,55",
            _eur(g * 0.0855),
            False,
        ),
        (
            "Sécurité sociale déplafonnée",
            _eur(g),
            "0,40",
            _eur(g * 0.004),
            "2,02",
            _eur(g * 0.0202),
            False,
        ),
        (
            "Complémentaire Tranche 1",
            _eur(g),
            "4,01",
            _eur(g * 0.0401),
            "6,01",
            _eur(g * 0.0601),
            False,
        ),
        ("Famille", _eur(g), "", "", "3,45", _eur(g * 0.0345), False),
        ("Assurance chômage", _eur(g), "", "", "4,05", _eur(g * 0.0405), False),
        ("Autres contributions dues par l'employeur", "", "", "", "", _eur(g * 0.012), False),
        (
            "CSG déductible de l'impôt sur le revenu",
            _eur(g * 0.9825),
            "6,80",
            _eur(g * 0.9825 * 0.068),
            "",
            "",
            False,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            _eur(g * 0.9825),
            "2,90",
            _eur(g * 0.9825 * 0.029),
            "",
            "",
            False,
        ),
    ]
    for lab, base, rate, ded, prate, pamt, bold in rows:
        if lab == "SALAIRE BRUT":
            p.text(cols[0] + 1.5, y, lab, fb, 8)
            p.text(cols[4] - 2, y, _eur(g), fb, 8, anchor="r")
        else:
            p.text(cols[0] + 1.5, y, lab, fb if bold else f, 7.5 if not bold else 8)
            for ci, v in ((1, base), (2, rate), (3, ded), (4, prate), (5, pamt)):
                if v:
                    p.text(cols[ci + 1] - 2, y, v, f, 7.5, anchor="r")
        y += 5.4
    p.line(10, y, 200, y, (100, 100, 100), 0.3)
    y += 6
    p.text(11.5, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", fb, 8)
    p.text(cols[4] - 2, y, _eur(g - s["net_before"]), fb, 8, anchor="r")
    y += 9
    p.rect(10, y - 5, 190, 8, None, (240, 240, 240), 0)
    p.text(11.5, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
    p.text(cols[4] - 2, y, _eur(s["net_before"]), fb, 9, anchor="r")
    y += 8
    p.text(
        11.5,
        y,
        f"Impôt sur le revenu prélevé à la source - Taux personnalisé "
        f"{s['pas_rate']:.1f} %".replace(".", ","),
        f,
        8,
    )
    p.text(cols[4] - 2, y, _eur(s["net_before"] - s["net"]), f, 8, anchor="r")
    y += 10
    p.rect(10, y - 6, 190, 10, (0, 0, 0), (225, 235, 245), 0.4)
    p.text(11.5, y + 0.5, rng.choice(["NET PAYÉ EN EUROS", "NET PAYÉ", "NET À PAYER"]), fb, 10)
    p.text(cols[4] - 2, y + 0.5, _eur(s["net"]) + " €", fb, 11, anchor="r")
    y += 12
    p.text(11.5, y, f"Montant net social : {_eur(s['net_before'] * 1.005)} €", f, 8)
    p.text(120, y, f"Payé le {s['paid']:%d/%m/%Y} par virement", f, 8)
    y += 10
    p.text(11.5, y, "Congés payés", fb, 8)
    p.text(
        11.5,
        y + 5,
        f"Acquis N-1 : 25,00   Pris N-1 : 10,00   Solde N : {s.get('cp', 12.5):.2f}".replace(
            ".", ","
        ),
        f,
        7.5,
    )
    p.para(
        10,
        280,
        190,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail www.service-public.fr",
        f,
        6.5,
        color=(100, 100, 100),
    )
    return [p]


# ------------------------------------------------------------------ contract


def contract_pages(c, rng):
    font = rng.choice(["times", "libs", "cala", "carl"])
    fb = {"times": "times-b", "libs": "libs-b", "cala": "cala-b", "carl": "carl-b"}[font]
    cdd = c["contract_type"] == "CDD"
    p = Page(210, 297)
    title = (
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
        if cdd
        else "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
    )
    p.text(105, 25, title, fb, 13, anchor="c")
    p.text(105, 31, "(temps complet)", font, 9, anchor="c")
    y = 44
    p.text(25, y, "ENTRE LES SOUSSIGNÉS :", fb, 10)
    y = p.para(
        25,
        y + 8,
        160,
        f"La société {c['employer']}, {c['form']} au capital de "
        f"{c['capital']} €, dont le siège social est situé {c['employer_address']}, "
        f"immatriculée au RCS de {c['rcs']} sous le numéro SIRET {c['siret']}, "
        f"représentée par {c['rep']} en sa qualité de {c['rep_role']},",
        font,
        10,
    )
    p.text(25, y + 2, "ci-après dénommée « l'Employeur », d'une part,", font, 10)
    y += 10
    y = p.para(
        25,
        y + 4,
        160,
        f"ET {c['employee_print']}, né{'e' if c['sex'] == 'F' else ''} "
        f"le {c['dob']:%d/%m/%Y} à {c['pob']}, de nationalité {c['nat_fr']}, demeurant "
        f"{c['address']},",
        font,
        10,
    )
    p.text(25, y + 2, "ci-après dénommé(e) « le Salarié », d'autre part,", font, 10)
    y += 10
    p.text(25, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10)
    y += 9
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du "
            f"{fr_date(c['start']) if rng.random() < 0.5 else c['start'].strftime('%d/%m/%Y')}"
            + (
                f" pour une durée déterminée se terminant le {c['end']:%d/%m/%Y}, motif : "
                "accroissement temporaire d'activité."
                if cdd
                else " pour une durée indéterminée."
            )
            + " Le présent contrat est régi par la convention collective "
            + c["ccn"]
            + ".",
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié exercera les fonctions de {c['job']}, "
            f"statut {c.get('status', 'employé')}, niveau {rng.randint(2, 5)}.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            f"l'issue d'une période d'essai de {1 if cdd else 2} mois.",
        ),
        (
            "Article 4 - Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute de "
            f"{_eur(c['gross'])} € pour une durée de travail de 35 heures hebdomadaires.",
        ),
    ]
    for t, body in arts:
        p.text(25, y, t, fb, 10)
        y = p.para(25, y + 6, 160, body, font, 10) + 4
    p.text(105, 288, "1/2", font, 8, anchor="c")
    p2 = Page(210, 297)
    y = 25
    for t, body in [
        ("Article 5 - Lieu de travail", f"Le Salarié exercera ses fonctions à {c['workplace']}."),
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés "
            "prévus par les dispositions légales et conventionnelles.",
        ),
        (
            "Article 7 - Protection sociale",
            "Le Salarié sera affilié aux régimes de "
            "retraite complémentaire et de prévoyance en vigueur dans l'entreprise.",
        ),
        (
            "Article 8 - Obligations",
            "Le Salarié s'engage à observer le règlement "
            "intérieur et à respecter une obligation de discrétion.",
        ),
    ]:
        p2.text(25, y, t, fb, 10)
        y = p2.para(25, y + 6, 160, body, font, 10) + 5
    p2.text(
        25, y + 8, f"Fait en deux exemplaires à {c['city']}, le {c['signed']:%d/%m/%Y}", font, 10
    )
    p2.text(30, y + 22, "Pour l'Employeur", fb, 10)
    p2.text(125, y + 22, "Le Salarié", fb, 10)
    p2.text(125, y + 27, "(précédé de la mention « lu et approuvé »)", font, 7.5)
    p2.signature(28, y + 30, 50, 20, c["rep"], rng)
    p2.hand(125, y + 36, "Lu et approuvé", rng, 11)
    p2.signature(125, y + 40, 50, 20, c["employee_print"], rng)
    p2.text(105, 288, "2/2", font, 8, anchor="c")
    return [p, p2]
