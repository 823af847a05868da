"""Bank details (RIB, app screen) and job papers (payslip, CDI)."""

from reportlab.lib.units import mm

from common import fr_date, group4, signature, stamp

# ----------------------------------------------------------------------------- bank


def rib_classic(r, rng):
    """RIB sheet of a French retail bank (BNP Paribas, La Banque Postale, LCL...)."""

    def f(c, w, h):
        c.setFillColorRGB(*r["color"])
        c.setFont("ArialB", 18)
        c.drawString(15 * mm, h - 22 * mm, r["bank_name"])
        c.setFillColorRGB(0, 0, 0)
        c.setFont("ArialB", 12)
        c.drawString(15 * mm, h - 36 * mm, "RELEVÉ D'IDENTITÉ BANCAIRE")
        c.setFont("Arial", 8)
        c.drawString(
            15 * mm,
            h - 42 * mm,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
        )
        c.rect(15 * mm, h - 115 * mm, w - 30 * mm, 65 * mm)
        c.setFont("Arial", 8)
        c.drawString(20 * mm, h - 57 * mm, "Titulaire du compte")
        c.setFont("ArialB", 10)
        for i, t in enumerate(r["holder_lines"]):
            c.drawString(20 * mm, h - 63 * mm - i * 5 * mm, t)
        c.setFont("Arial", 8)
        c.drawString(115 * mm, h - 57 * mm, "Domiciliation")
        c.setFont("Arial", 9)
        for i, t in enumerate(r["agency"]):
            c.drawString(115 * mm, h - 63 * mm - i * 4.5 * mm, t)
        y = h - 88 * mm
        hdr = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [r["bank"], r["branch"], r["account"], r["key"]]
        xs = [20, 50, 80, 130]
        for x, k, v in zip(xs, hdr, vals, strict=False):
            c.setFont("Arial", 7)
            c.drawString(x * mm, y, k)
            c.setFont("Courier", 11)
            c.drawString(x * mm, y - 6 * mm, v)
        c.setFont("Arial", 7)
        c.drawString(20 * mm, y - 14 * mm, "IBAN (International Bank Account Number)")
        c.drawString(140 * mm, y - 14 * mm, "BIC")
        c.setFont("Courier", 11)
        c.drawString(20 * mm, y - 20 * mm, group4(r["iban"]))
        c.drawString(140 * mm, y - 20 * mm, r["bic"])

    return f


def revolut_screen(r, rng):
    """Phone screenshot of the account details screen of a neobank app."""

    def f(c, w, h):
        c.setFillColorRGB(0.97, 0.97, 0.98)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("ArialB", 15)
        c.drawString(24, h - 24, "9:41")
        c.drawRightString(w - 24, h - 24, "5G  87%")
        c.setFont("ArialB", 22)
        c.drawString(24, h - 90, "Account details")
        c.setFont("Arial", 13)
        c.setFillColorRGB(0.4, 0.4, 0.45)
        c.drawString(24, h - 112, "EUR · " + r["bank_name"])
        y = h - 160
        for k, v in [
            ("Beneficiary", r["holder"]),
            ("IBAN", group4(r["iban"])),
            ("BIC / SWIFT", r["bic"]),
            ("Bank name", r["bank_name"]),
            ("Bank address", r["bank_addr"]),
        ]:
            c.setFillColorRGB(1, 1, 1)
            c.roundRect(16, y - 48, w - 32, 58, 12, stroke=0, fill=1)
            c.setFillColorRGB(0.45, 0.45, 0.5)
            c.setFont("Arial", 12)
            c.drawString(30, y - 10, k)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("ArialB", 15 if len(v) < 34 else 12.5)
            c.drawString(30, y - 32, v)
            y -= 70
        c.setFillColorRGB(0.2, 0.35, 0.95)
        c.roundRect(24, 60, w - 48, 50, 25, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("ArialB", 15)
        c.drawCentredString(w / 2, 80, "Share details")

    return f


# ----------------------------------------------------------------------------- job


def payslip(p, rng):
    def f(c, w, h):
        c.setFont("ArialB", 13)
        c.drawString(15 * mm, h - 20 * mm, "BULLETIN DE PAIE")
        c.setFont("Arial", 8)
        c.drawString(
            15 * mm,
            h - 26 * mm,
            "Période du %s au %s   -   Paiement le %s par virement"
            % (fr_date(p["start"]), fr_date(p["end"]), fr_date(p["paid"])),
        )
        c.rect(15 * mm, h - 60 * mm, 85 * mm, 28 * mm)
        c.setFont("ArialB", 9)
        c.drawString(18 * mm, h - 37 * mm, p["employer"])
        c.setFont("Arial", 8)
        for i, t in enumerate(p["emp_lines"] + ["SIRET : " + p["siret"], "Code NAF : " + p["naf"]]):
            c.drawString(18 * mm, h - 42 * mm - i * 4 * mm, t)
        c.setFont("ArialB", 10)
        c.drawString(118 * mm, h - 40 * mm, p["employee"])
        c.setFont("Arial", 9)
        for i, t in enumerate(p["addr"]):
            c.drawString(118 * mm, h - 45 * mm - i * 4.5 * mm, t)
        c.setFont("Arial", 7.5)
        info = [
            "Emploi : " + p["job"],
            "Statut : Cadre   Coefficient : 130",
            "Date d'entrée : " + fr_date(p["entry"]),
            "Convention collective : Syntec (IDCC 1486)",
        ]
        for i, t in enumerate(info):
            c.drawString(15 * mm, h - 68 * mm - i * 4 * mm, t)
        y = h - 90 * mm
        c.setFillColorRGB(0.88, 0.9, 0.93)
        c.rect(15 * mm, y - 2 * mm, w - 30 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("ArialB", 8)
        for x, t in [
            (17, "Éléments de paie"),
            (110, "Base"),
            (135, "Taux"),
            (160, "Part salarié"),
            (185, "Part employeur"),
        ]:
            c.drawString(x * mm, y, t)
        c.setFont("Arial", 8)
        for row in p["rows"]:
            y -= 5.5 * mm
            for x, t in zip((17, 110, 135, 160, 185), row, strict=False):
                c.drawString(x * mm, y, t)
        y -= 10 * mm
        c.setFont("ArialB", 9)
        c.drawString(17 * mm, y, "Net à payer avant impôt sur le revenu")
        c.drawRightString(195 * mm, y, p["net_before"] + " €")
        c.setFont("Arial", 8)
        c.drawString(
            17 * mm,
            y - 6 * mm,
            "Impôt sur le revenu prélevé à la source - taux personnalisé " + p["pas_rate"],
        )
        c.drawRightString(195 * mm, y - 6 * mm, "-" + p["pas"] + " €")
        c.setFillColorRGB(0.85, 0.92, 0.85)
        c.rect(15 * mm, y - 20 * mm, w - 30 * mm, 9 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("ArialB", 11)
        c.drawString(17 * mm, y - 17 * mm, "NET PAYÉ")
        c.drawRightString(195 * mm, y - 17 * mm, p["net"] + " €")
        c.setFont("Arial", 6.5)
        c.drawString(
            15 * mm,
            20 * mm,
            "Dans votre intérêt et pour vous aider à faire valoir vos "
            "droits, conservez ce bulletin de paie sans limitation de durée.",
        )
        c.drawString(
            15 * mm,
            16 * mm,
            "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr",
        )

    return f


def contract(k, rng):
    def p1(c, w, h):
        c.setFont("TimesB", 14)
        c.drawCentredString(w / 2, h - 25 * mm, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
        c.setFont("Times", 10.5)
        t = [
            "Entre les soussignés :",
            "",
            "La société "
            + k["employer"]
            + ", "
            + k["form"]
            + " au capital de "
            + k["capital"]
            + " €,",
            "immatriculée au RCS de "
            + k["rcs"]
            + " sous le n° "
            + k["siren"]
            + ", dont le siège est situé",
            k["seat"] + ", représentée par " + k["rep"] + ", " + k["rep_title"] + ",",
            "ci-après dénommée « l'Employeur »,",
            "",
            "et",
            "",
            k["employee_civ"]
            + ", né le "
            + fr_date(k["dob"])
            + " à "
            + k["pob"]
            + ", de nationalité "
            + k["nat"]
            + ",",
            "demeurant " + k["addr"] + ",",
            "ci-après dénommé « le Salarié »,",
            "",
            "Il a été convenu ce qui suit :",
            "",
            "Article 1 - Engagement",
            "Le Salarié est engagé à compter du " + fr_words(k["start"]) + " pour une durée "
            "indéterminée, sous réserve",
            "des résultats de la visite d'information et de prévention.",
            "",
            "Article 2 - Fonctions",
            "Le Salarié exerce les fonctions de "
            + k["job"]
            + ", statut "
            + k["status"]
            + ", niveau "
            + k["level"]
            + ",",
            "de la convention collective " + k["cc"] + ".",
            "",
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de "
            "deux mois.",
            "",
            "Article 4 - Rémunération",
            "Le Salarié percevra une rémunération mensuelle brute de "
            + k["salary"]
            + " € pour 35 heures hebdomadaires.",
        ]
        y = h - 40 * mm
        for ln in t:
            c.setFont("TimesB" if ln.startswith("Article") else "Times", 10.5)
            c.drawString(22 * mm, y, ln)
            y -= 5.6 * mm
        c.setFont("Times", 8)
        c.drawRightString(w - 20 * mm, 12 * mm, "1/2")

    def p2(c, w, h):
        c.setFont("TimesB", 10.5)
        c.drawString(22 * mm, h - 25 * mm, "Article 5 - Lieu de travail")
        c.setFont("Times", 10.5)
        c.drawString(22 * mm, h - 31 * mm, "Le Salarié exercera ses fonctions à " + k["site"] + ".")
        c.setFont("TimesB", 10.5)
        c.drawString(22 * mm, h - 43 * mm, "Article 6 - Congés payés et dispositions diverses")
        c.setFont("Times", 10.5)
        c.drawString(
            22 * mm,
            h - 49 * mm,
            "Le Salarié bénéficie des congés payés prévus par la loi et la convention collective.",
        )
        c.drawString(
            22 * mm,
            h - 70 * mm,
            "Fait en deux exemplaires originaux à "
            + k["city"]
            + ", le "
            + fr_date(k["signed"])
            + ".",
        )
        c.drawString(25 * mm, h - 84 * mm, "Pour l'Employeur")
        c.drawString(120 * mm, h - 84 * mm, "Le Salarié")
        c.setFont("SerifI", 8)
        c.drawString(120 * mm, h - 90 * mm, "« Lu et approuvé, bon pour accord »")
        stamp(
            c,
            45 * mm,
            h - 115 * mm,
            16 * mm,
            [k["employer"][:16], k["city"].upper(), "SIRET " + k["siren"][:9]],
            rng,
        )
        signature(c, 25 * mm, h - 112 * mm, rng, w=45 * mm, h=14 * mm)
        signature(c, 120 * mm, h - 112 * mm, rng, w=45 * mm, h=14 * mm)
        c.setFont("Times", 8)
        c.drawRightString(w - 20 * mm, 12 * mm, "2/2")

    return [p1, p2]


def fr_words(d):
    from common import fr_words as fw

    return fw(d)
