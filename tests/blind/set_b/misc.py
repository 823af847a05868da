"""Documents outside the packet's types (truth type `unknown`): an income-tax
notice, a CAF letter, a university enrolment certificate, a nearly blank page."""

import kit
from common import fr, fr_long, money, rng
from kit import INK_BLUE


def tax_notice(name, address, fiscal_no, ref, year, rfr, key):
    def page(p):
        kit.logo(p, "marianne", 14, 10, 0.9)
        p.text(60, 16, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", "Lib-B", 9)
        p.text(196, 14, f"AVIS D'IMPÔT {year}", "Lib-B", 14, (0.0, 0.13, 0.57), "r")
        p.text(196, 20, f"IMPÔT SUR LES REVENUS de l'année {year - 1}", "Lib-B", 9, align="r")
        p.text(14, 42, "Vos références", "Lib-B", 9.5)
        for i, (k, v) in enumerate(
            (
                ("Numéro fiscal", fiscal_no),
                ("N° d'accès en ligne", ref[:7]),
                ("Revenu fiscal de référence", money(rfr).split(",")[0] + " €"),
                ("Nombre de parts", "1"),
                ("Date d'établissement", f"31/07/{year}"),
                ("Date de mise en recouvrement", f"31/07/{year}"),
            )
        ):
            p.text(14, 49 + i * 5, k, "Lib", 8.5)
            p.text(90, 49 + i * 5, v, "Lib-B", 8.5, align="r")
        p.text(112, 48, name, "Lib-B", 10)
        for i, ln in enumerate(address):
            p.text(112, 53 + i * 4.6, ln, "Lib", 10)
        p.rect(14, 90, 182, 24, stroke=(0.0, 0.13, 0.57), lw=0.8, r=2)
        p.text(20, 100, "Vous n'avez rien à payer", "Lib-B", 13, (0.0, 0.13, 0.57))
        p.text(20, 108, "Votre impôt est inférieur au seuil de mise en recouvrement.", "Lib", 9)
        p.text(14, 126, "Détail des revenus", "Lib-B", 10)
        rows = [
            ("Salaires, pensions, rentes nets", rfr * 1.11),
            ("Déduction 10 % ou frais réels", rfr * 0.11),
            ("Revenu brut global", rfr),
            ("Revenu imposable", rfr),
            ("Impôt sur les revenus soumis au barème", 0),
        ]
        y = 134
        for k, v in rows:
            p.text(16, y, k, "Lib", 9)
            p.text(190, y, money(v), "LibMono", 9, align="r")
            p.line(14, y + 1.8, 196, y + 1.8, (0.85, 0.85, 0.85), 0.2)
            y += 6.5
        p.para(
            14,
            200,
            182,
            "Cet avis peut vous être demandé pour bénéficier de certaines prestations. "
            "Conservez-le. Pour toute question, rendez-vous dans votre espace particulier sur impots.gouv.fr.",
            "Lib-I",
            8.5,
        )
        kit.datamatrix(p, 170, 250, 22, key)

    return [page]


def caf_letter(name, address, alloc_no, date, key):
    def page(p):
        p.rect(14, 10, 30, 18, stroke=None, fill=(0.0, 0.42, 0.72), r=3)
        p.text(29, 21.5, "caf", "Lib-B", 18, (1, 1, 1), "c")
        p.text(50, 16, "Caisse d'allocations familiales", "Lib-B", 10)
        p.text(50, 21, "de Seine-Saint-Denis", "Lib", 9)
        p.text(112, 46, name, "Lib-B", 10)
        for i, ln in enumerate(address):
            p.text(112, 51 + i * 4.6, ln, "Lib", 10)
        p.text(14, 46, f"N° allocataire : {alloc_no}", "Lib", 9)
        p.text(14, 51, "Dossier suivi par : plateforme téléphonique", "Lib", 9)
        p.text(196, 74, f"Le {fr_long(date)}", "Lib", 9.5, align="r")
        p.text(
            14,
            86,
            "Objet : pièces manquantes - demande d'aide personnalisée au logement",
            "Lib-B",
            10,
        )
        y = p.para(14, 96, 182, "Madame, Monsieur,", "Lib", 10)
        y = p.para(
            14,
            y + 3,
            182,
            "Nous avons bien reçu votre demande d'aide au logement. Pour l'étudier, nous "
            "avons besoin des justificatifs suivants : une attestation de loyer complétée et signée par votre "
            "bailleur, et la copie de votre titre de séjour en cours de validité.",
            "Lib",
            10,
            leading=5.3,
            justify=True,
        )
        y = p.para(
            14,
            y + 3,
            182,
            "Vous pouvez les transmettre depuis votre espace Mon Compte sur caf.fr, "
            "rubrique « Transmettre un document ». Sans réponse de votre part dans un délai d'un mois, "
            "votre demande ne pourra pas être étudiée.",
            "Lib",
            10,
            leading=5.3,
            justify=True,
        )
        p.text(
            14,
            y + 10,
            "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
            "Lib",
            10,
        )
        p.text(130, y + 24, "Le Directeur", "Lib", 10)
        p.para(
            14,
            275,
            182,
            "Caf de la Seine-Saint-Denis - 93024 Bobigny Cedex - caf.fr - 3230 (service gratuit + "
            "prix d'un appel)",
            "Lib",
            7,
            color=(0.35, 0.35, 0.35),
            align="c",
        )

    return [page]


def school_certificate(name, dob, pob, student_no, program, year, date, key):
    r = rng("school", key)

    def page(p):
        p.rect(14, 10, 8, 22, stroke=None, fill=(0.55, 0.1, 0.3))
        p.text(26, 18, "UNIVERSITÉ LUMIÈRE LYON 2", "Lib-B", 12, (0.55, 0.1, 0.3))
        p.text(26, 24, "Direction des études et de la vie universitaire", "Lib", 8.5)
        p.text(26, 28.5, "86 rue Pasteur - 69007 Lyon", "Lib", 8.5)
        p.text(105, 60, "CERTIFICAT DE SCOLARITÉ", "Lib-B", 16, align="c")
        p.text(105, 67, f"Année universitaire {year}-{year + 1}", "Lib", 10.5, align="c")
        y = p.para(
            22,
            86,
            166,
            f"Le Président de l'Université certifie que {name}, né(e) le {fr(dob)} à {pob}, "
            f"numéro étudiant {student_no}, est régulièrement inscrit(e) pour l'année universitaire "
            f"{year}-{year + 1} en :",
            "Lib",
            11,
            leading=6.3,
            justify=True,
        )
        p.text(30, y + 8, program, "Lib-B", 11)
        p.text(30, y + 15, "Régime : formation initiale - inscription principale", "Lib", 10)
        p.text(120, y + 36, f"Fait à Lyon, le {fr(date)}", "Lib", 10)
        p.text(120, y + 44, "Pour le Président et par délégation,", "Lib-I", 9)
        p.signature(125, y + 47, 40, 13, r, "Moreau", INK_BLUE)
        p.stamp(
            80,
            y + 60,
            14,
            "UNIVERSITÉ LUMIÈRE LYON 2 * SCOLARITÉ * ",
            ["LYON"],
            (0.45, 0.1, 0.3),
            angle=-15,
        )
        p.para(
            22,
            270,
            166,
            "Document délivré en un seul exemplaire - aucun duplicata ne sera fourni. "
            "Vérifiable avec le code : " + student_no + "-" + str(year),
            "Lib-I",
            7.5,
            color=(0.35, 0.35, 0.35),
        )

    return [page]


def blank_words(words, key):
    def page(p):
        p.hand(60, 140, words, 14, "dkg", rng("blank", key), (0.3, 0.3, 0.35))

    return [page]
