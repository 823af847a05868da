"""Bank and job documents: RIBs (bank PDF, bank letter, app screenshot), payslips
(bulletin de paie clarifié), employment contracts, and 'unknown' paperwork
(tax notice, CAF letter, school certificate, cover note)."""

from . import checks as C
from . import fmt as F
from . import ink
from .docs_home import _addr_block, _table
from .looks import Page
from .surface import PilSurface

K = (25, 25, 30)
G = (100, 100, 105)

RIB_NOTICE = (
    "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
    "appelés à faire inscrire des opérations à votre compte (virements, paiements de "
    "quittances, etc.). Son utilisation vous garantit le bon enregistrement des "
    "opérations en cause et vous évite ainsi des réclamations pour erreurs ou retards "
    "d'imputation."
)


def rib_fields(r):
    iban = r["iban"]
    key_ok = None
    if iban.startswith("FR"):
        key_ok = C.rib_key(r["bank_code"], r["branch"], r["account"]) == r["key"]
    return dict(
        holder_name=r["holder"],
        iban=iban,
        bic=r["bic"],
        bank_name=r["bank_name"],
        iban_valid=C.iban_ok(iban),
        rib_key_valid=key_ok,
    )


def bnp_logo(s, x, y, h=12):
    s.fill_rect(x, y, h, h, (0, 145, 90))
    for i in range(4):
        s.ellipse(
            x + h * (0.3 + 0.15 * i),
            y + h * (0.7 - 0.13 * i),
            h * 0.06,
            h * 0.06,
            None,
            (255, 255, 255),
        )
    s.text(x + h * 1.25, y + h * 0.55, "BNP PARIBAS", "sans-b", h * 1.35, (0, 145, 90))
    s.text(x + h * 1.25, y + h * 0.95, "La banque d'un monde qui change", "sans", h * 0.6, G)


def rib_bnp(r):
    green = (0, 145, 90)

    def p1(s):
        bnp_logo(s, 15, 12, 12)
        s.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 15, K, "c")
        s.rect(15, 55, 180, 36, green, None, 0.4)
        s.text(19, 62, "Titulaire du compte", "sans-b", 9, green)
        _addr_block(s, 19, 68, r["holder_lines"] + r["address"], "sans", 10, 5)
        s.text(120, 62, "Domiciliation", "sans-b", 9, green)
        _addr_block(s, 120, 68, r["domiciliation"], "sans", 9, 4.5)
        s.text(15, 102, "Identifiant national de compte bancaire (RIB)", "sans-b", 9, green)
        _table(
            s,
            15,
            110,
            [35, 35, 70, 40],
            [
                ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"],
                [r["bank_code"], r["branch"], r["account"], r["key"]],
            ],
            font="mono-b",
            size=10,
            head_font="sans",
            head_fill=(232, 245, 238),
            aligns=["c", "c", "c", "c"],
            lead=7,
        )
        s.text(15, 132, "IBAN (International Bank Account Number)", "sans-b", 9, green)
        s.text(15, 140, C.iban_groups(r["iban"]), "mono-b", 13, K)
        s.text(130, 132, "BIC (Bank Identifier Code)", "sans-b", 9, green)
        s.text(130, 140, r["bic"], "mono-b", 13, K)
        s.para(15, 160, 180, RIB_NOTICE, "sans", 8, G, leading=3.8)
        s.text(
            15, 190, "Document édité le %s depuis Mes Comptes" % F.fr(r["edited"]), "sans", 7.5, G
        )
        s.para(
            15,
            280,
            180,
            "BNP Paribas SA au capital de 2 261 621 342 € — Siège social : "
            "16 boulevard des Italiens, 75009 Paris — RCS Paris 661 308 247 — ORIAS 07 099 412",
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], rib_fields(r)


def cm_logo(s, x, y, h=11):
    s.fill_rect(x, y, h, h, (0, 60, 140))
    s.fill_rect(x + h * 0.55, y + h * 0.55, h * 0.45, h * 0.45, (220, 30, 40))
    s.text(x + h * 1.25, y + h * 0.75, "Crédit Mutuel", "sans-b", h * 1.6, (0, 60, 140))


def rib_credit_mutuel(r, copies=3):
    blue = (0, 60, 140)

    def block(s, y0):
        cm_logo(s, 14, y0, 9)
        s.text(196, y0 + 6, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 10, K, "r")
        s.text(14, y0 + 17, "Titulaire du compte :", "sans", 8, G)
        _addr_block(s, 14, y0 + 22, r["holder_lines"] + r["address"], "sans-b", 9, 4.2)
        s.text(120, y0 + 17, "Domiciliation :", "sans", 8, G)
        _addr_block(s, 120, y0 + 22, r["domiciliation"], "sans", 8.5, 4.2)
        s.text(14, y0 + 44, "Identifiant national de compte bancaire - RIB", "sans", 7.5, blue)
        _table(
            s,
            14,
            y0 + 50,
            [28, 28, 50, 20],
            [
                ["Banque", "Guichet", "N° compte", "Clé"],
                [r["bank_code"], r["branch"], r["account"], r["key"]],
            ],
            font="mono-b",
            size=9,
            head_font="sans",
            aligns=["c", "c", "c", "c"],
            lead=5.5,
        )
        s.text(14, y0 + 66, "Identifiant international de compte bancaire", "sans", 7.5, blue)
        s.text(14, y0 + 72, "IBAN  " + C.iban_groups(r["iban"]), "mono-b", 10.5, K)
        s.text(150, y0 + 66, "BIC", "sans", 7.5, blue)
        s.text(150, y0 + 72, r["bic"], "mono-b", 10.5, K)

    def p1(s):
        for i in range(copies):
            y0 = 12 + i * 94
            block(s, y0)
            if i < copies - 1:
                s.dashed(8, y0 + 86, 202, y0 + 86, G, 0.2, 1.5, 1.0)
                s.text(10, y0 + 85, "✂", "dejavu", 9, G)

    return [Page(p1)], rib_fields(r)


def lbp_logo(s, x, y, h=11):
    s.fill_rect(x, y, h, h, (255, 205, 0))
    s.ellipse(x + h / 2, y + h / 2, h * 0.32, h * 0.32, None, (0, 60, 125))
    s.text(x + h * 1.2, y + h * 0.45, "LA BANQUE", "sans-b", h * 0.95, (0, 60, 125))
    s.text(x + h * 1.2, y + h * 0.95, "POSTALE", "sans-b", h * 0.95, (0, 60, 125))


def _lbp_rib_block(s, r, y0):
    blue = (0, 60, 125)
    s.rect(14, y0, 182, 62, blue, None, 0.35)
    s.text(18, y0 + 7, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 11, blue)
    s.text(192, y0 + 7, r["centre"], "sans", 8.5, K, "r")
    s.text(18, y0 + 15, "Titulaire :", "sans", 8, G)
    _addr_block(s, 38, y0 + 15, r["holder_lines"] + r["address"], "sans-b", 9.5, 4.5)
    _table(
        s,
        18,
        y0 + 36,
        [34, 30, 46, 20],
        [
            ["Code établissement", "Code guichet", "N° de compte", "Clé RIB"],
            [r["bank_code"], r["branch"], r["account"], r["key"]],
        ],
        font="mono-b",
        size=9.5,
        head_font="sans",
        aligns=["c", "c", "c", "c"],
        lead=6,
    )
    s.text(18, y0 + 54, "IBAN : " + C.iban_groups(r["iban"]), "mono-b", 10.5, K)
    s.text(18, y0 + 59.5, "BIC : " + r["bic"], "mono-b", 10.5, K)


def rib_lbp(r):
    def p1(s):
        lbp_logo(s, 14, 12, 12)
        s.text(196, 20, "Relevé d'identité bancaire", "sans", 10, K, "r")
        _lbp_rib_block(s, r, 40)
        s.para(14, 112, 182, RIB_NOTICE, "sans", 8, G, leading=3.8)
        s.para(
            14,
            282,
            182,
            "La Banque Postale — SA à directoire et conseil de surveillance au "
            "capital de 6 585 350 218 € — Siège social : 115 rue de Sèvres, 75275 Paris Cedex 06 "
            "— RCS Paris 422 550 186",
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], rib_fields(r)


def rib_lbp_letter(r, p):
    """A welcome letter with the RIB printed at the bottom (trap: still a rib)."""

    def p1(s):
        lbp_logo(s, 14, 12, 12)
        s.text(196, 16, r["centre"], "sans", 9, K, "r")
        s.text(196, 21, "Le %s" % F.fr_long(r["edited"]), "sans", 9, K, "r")
        _addr_block(s, 112, 42, r["holder_lines"] + r["address"], "sans", 10.5, 5)
        s.text(14, 78, "Objet : ouverture de votre compte courant", "sans-b", 10)
        y = s.para(14, 90, 182, "%s," % ("Madame" if p.sex == "F" else "Monsieur"), "sans", 10.5)
        for t in [
            "Nous avons le plaisir de vous confirmer l'ouverture de votre compte courant "
            "postal. Votre carte bancaire vous parviendra par courrier séparé dans les "
            "prochains jours ; son code confidentiel vous sera adressé séparément.",
            "Vous trouverez ci-dessous votre relevé d'identité bancaire. Nous vous "
            "conseillons de le communiquer à votre employeur et aux organismes qui vous "
            "versent des prestations (Assurance Maladie, CAF...).",
            "Votre conseiller reste à votre disposition au bureau de poste ou au "
            "36 39 (service gratuit + prix d'un appel).",
            "Nous vous prions d'agréer, %s, l'expression de nos salutations distinguées."
            % ("Madame" if p.sex == "F" else "Monsieur"),
        ]:
            y = s.para(14, y + 3, 182, t, "sans", 10.5, leading=5.2, justify=True)
        s.text(140, y + 12, "Votre Centre financier", "sans-i", 10)
        s.dashed(8, 196, 202, 196, G, 0.2, 1.5, 1.0)
        s.text(10, 195, "✂", "dejavu", 9, G)
        _lbp_rib_block(s, r, 204)
        s.para(
            14,
            284,
            182,
            "La Banque Postale — SA au capital de 6 585 350 218 € — 115 rue de "
            "Sèvres, 75275 Paris Cedex 06 — RCS Paris 422 550 186",
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], rib_fields(r)


def rib_app_screenshot(r, app):
    """A neobank app 'RIB' screen as a phone screenshot (1170 x 2532 px)."""
    W, H, dpi = 78.0, 168.8, 381
    s = PilSurface(W, H, dpi, app["bg"])
    acc = app["accent"]
    s.text(6, 5.6, app.get("clock", "09:41"), "roboto-m", 8.5, app["fg"])
    for i in range(4):
        s.fill_rect(58 + i * 1.6, 5.2 - i * 0.6, 1.0, 1 + i * 0.6, app["fg"])
    s.rect(66, 2.8, 7, 3.2, app["fg"], None, 0.25, r=0.8)
    s.fill_rect(66.6, 3.4, 5, 2.0, app["fg"])
    s.text(6, 17, "‹", "dejavu", 16, acc)
    s.text(39, 16, app.get("title", "Détails du compte"), "roboto-m", 10, app["fg"], "c")
    s.rect(5, 24, 68, 30, None, acc, 0, r=3)
    s.text(9, 32, app["name"], "roboto-b", 11, (255, 255, 255))
    s.text(9, 39, "Compte courant", "roboto", 8, (235, 235, 245))
    s.text(9, 49, r["holder"], "roboto-m", 8.5, (255, 255, 255))
    y = 64
    rows = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", C.iban_groups(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", r["bank_name"]),
        ("Adresse de la banque", r["bank_addr"]),
    ]
    for lab, val in rows:
        s.text(6, y, lab, "roboto", 7, app["muted"])
        lines = s.wrap(val, 58, "roboto-m", 8.6)
        for i, ln in enumerate(lines):
            s.text(6, y + 5 + i * 4.4, ln, "roboto-m", 8.6, app["fg"])
        if lab in ("IBAN", "BIC / SWIFT"):
            s.rect(62, y + 0.5, 10, 6, acc, None, 0.25, r=1.2)
            s.text(67, y + 4.6, "Copier", "roboto", 5.5, acc, "c")
        y += 8 + 4.4 * len(lines)
        s.line(6, y - 3, 72, y - 3, app["line"], 0.12)
    if app.get("note"):
        s.para(6, y + 3, 66, app["note"], "roboto", 6.5, app["muted"], leading=3.2)
    s.rect(6, 140, 66, 10, None, acc, 0, r=5)
    s.text(39, 146.5, "Partager mon RIB (PDF)", "roboto-m", 8.5, (255, 255, 255), "c")
    s.rect(6, 153, 66, 10, acc, None, 0.3, r=5)
    s.text(39, 159.5, "Télécharger le RIB", "roboto-m", 8.5, acc, "c")
    s.fill_rect(27, 165.8, 24, 1.2, app["fg"])
    return s.img, rib_fields(r)


# ---------------------------------------------------------------------- payslip

PMSS = 4005.0


def payroll(gross, cadre=True, at_rate=0.70):
    """A plausible 2026 cotisation set; returns rows and totals."""
    t1 = min(gross, PMSS)
    rows = []

    def add(label, base, sal_rate, pat_rate, sal_fix=None, pat_fix=None, section=None):
        sal = (
            sal_fix if sal_fix is not None else (round(base * sal_rate / 100, 2) if sal_rate else 0)
        )
        pat = (
            pat_fix if pat_fix is not None else (round(base * pat_rate / 100, 2) if pat_rate else 0)
        )
        rows.append(
            dict(
                label=label,
                base=base,
                sal_rate=sal_rate,
                sal=sal,
                pat_rate=pat_rate,
                pat=pat,
                section=section,
            )
        )

    add(
        "Sécurité Sociale - Maladie Maternité Invalidité Décès", gross, None, 13.00, section="SANTÉ"
    )
    add("Complémentaire Incapacité Invalidité Décès", t1, 0.78, 1.50 if cadre else 0.80)
    add("Complémentaire Santé", None, None, None, sal_fix=32.50, pat_fix=32.50)
    add("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", gross, None, at_rate)
    add("Sécurité Sociale plafonnée", t1, 6.90, 8.55, section="RETRAITE")
    add("Sécurité Sociale déplafonnée", gross, 0.40, 2.02)
    add("Complémentaire Tranche 1", t1, 4.01, 6.01)
    if cadre:
        add("APEC", gross, 0.024, 0.036)
    add("FAMILLE", gross, None, 3.45)
    add("ASSURANCE CHÔMAGE", gross, None, 4.25)
    add("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", gross, None, 0.62)
    csg_base = round(gross * 0.9825 + 32.50 + round(t1 * (1.50 if cadre else 0.80) / 100, 2), 2)
    add("CSG déductible de l'impôt sur le revenu", csg_base, 6.80, None)
    add("CSG/CRDS non déductible de l'impôt sur le revenu", csg_base, 2.90, None)
    tot_sal = round(sum(r["sal"] for r in rows), 2)
    tot_pat = round(sum(r["pat"] for r in rows), 2)
    net_before = round(gross - tot_sal, 2)
    csg_nd = rows[-1]["sal"]
    net_social = round(gross - tot_sal + 0.0, 2)
    return rows, tot_sal, tot_pat, net_before, csg_nd, net_social


def payslip(ps):
    """Bulletin de paie clarifié. ps: employer dict(name, addr [2], siret, ape, urssaf, idcc,
    convention), employee_lines, employee_name, job, status, entry, nir, period (YYYY-MM),
    gross, tax_rate, layout 1|2."""
    y_, m_ = int(ps["period"][:4]), int(ps["period"][5:7])
    start = "%04d-%02d-01" % (y_, m_)
    end = F.month_end(y_, m_)
    cadre = ps.get("status", "Cadre") == "Cadre"
    rows, tot_sal, tot_pat, net_before, csg_nd, net_social = payroll(ps["gross"], cadre)
    tax_base = round(net_before + csg_nd, 2)
    tax = round(tax_base * ps.get("tax_rate", 0.0) / 100, 2)
    net_paid = round(net_before - tax, 2)
    emp = ps["employer"]
    fields = dict(
        employer=emp["name"],
        employee_name=ps["employee_name"],
        period=ps["period"],
        net_pay=net_paid,
        siret=emp["siret"],
    )
    layout = ps.get("layout", 1)
    font = "carlito" if layout == 1 else "dejavu-c"
    fb = font + "-b" if layout == 1 else "dejavu-cb"
    navy = (30, 50, 90) if layout == 1 else (60, 60, 60)

    def p1(s):
        s.rect(10, 10, 190, 277, navy, None, 0.4)
        s.text(14, 18, emp["name"], fb, 11, navy)
        _addr_block(s, 14, 23, emp["addr"], font, 8.5, 3.8)
        s.text(14, 32, "SIRET : %s   Code APE : %s" % (emp["siret"], emp["ape"]), font, 7.8)
        s.text(14, 36, "URSSAF : %s" % emp["urssaf"], font, 7.8)
        s.text(196, 18, "BULLETIN DE PAIE", fb, 14, navy, "r")
        s.text(196, 24, "Période du %s au %s" % (F.fr(start), F.fr(end)), font, 8.5, K, "r")
        s.text(196, 28.5, "Date de paiement : %s" % F.fr(ps.get("paid_on", end)), font, 8.5, K, "r")
        s.rect(104, 32, 92, 28, navy, None, 0.25)
        _addr_block(s, 108, 38, ps["employee_lines"], fb, 9.5, 4.6)
        info = [
            ("Emploi", ps["job"]),
            ("Statut professionnel", ps.get("status", "Cadre")),
            ("Classification", ps.get("classif", "Position 2.1 — Coefficient 115")),
            ("Date d'entrée", F.fr(ps["entry"])),
            ("Matricule", ps.get("matricule", "00042")),
            ("N° de sécurité sociale", ps.get("nir_print", "en cours d'immatriculation")),
            ("Convention collective", emp["convention"]),
        ]
        y = 44
        for k, v in info:
            s.text(14, y, k, font, 7.6, G)
            s.text(48, y, v, font, 7.6, K)
            y += 3.7
        # body
        cols = [78, 22, 14, 22, 14, 22]
        xs = [14]
        for c in cols:
            xs.append(xs[-1] + c)
        top = 75
        s.fill_rect(14, top - 4.5, 172, 8, (230, 234, 242) if layout == 1 else (235, 235, 235))
        heads = [
            "Éléments de paie",
            "Base",
            "Taux",
            "À déduire / À payer",
            "Taux empl.",
            "Part employeur",
        ]
        for i, h in enumerate(heads):
            s.text(
                xs[i] + (1 if i == 0 else cols[i] - 1),
                top,
                h,
                fb,
                6.8,
                navy,
                "l" if i == 0 else "r",
            )
        y = top + 7

        def line(lbl, base="", rate="", sal="", prate="", pat="", bold=False, fill=None):
            nonlocal y
            if fill:
                s.fill_rect(14, y - 3.6, 172, 5, fill)
            f = fb if bold else font
            s.text(xs[0] + 1, y, lbl, f, 7.2)
            for i, v in enumerate([base, rate, sal, prate, pat]):
                if v != "":
                    s.text(xs[i + 2] - 1, y, v, f, 7.2, K, "r")
            y += 4.3

        def n(v):
            return F.eur(v, "")

        line("Salaire de base", "151,67 h", n(ps["gross"] / 151.67), n(ps["gross"]))
        line("SALAIRE BRUT", "", "", n(ps["gross"]), bold=True, fill=(240, 240, 244))
        y += 1
        for r in rows:
            if r["section"]:
                s.text(xs[0] + 1, y, r["section"], fb, 7.2, navy)
                y += 4.3
            line(
                ("   " if r["section"] is None and not r["label"].isupper() else "") + r["label"],
                n(r["base"]) if r["base"] else "",
                ("%.3f" % r["sal_rate"]).replace(".", ",").rstrip("0").rstrip(",")
                if r["sal_rate"]
                else "",
                ("-" + n(r["sal"])) if r["sal"] else "",
                ("%.3f" % r["pat_rate"]).replace(".", ",").rstrip("0").rstrip(",")
                if r["pat_rate"]
                else "",
                n(r["pat"]) if r["pat"] else "",
            )
        line("Exonérations de cotisations employeur", "", "", "", "", "0,00")
        y += 1
        line(
            "TOTAL DES COTISATIONS ET CONTRIBUTIONS",
            "",
            "",
            "-" + n(tot_sal),
            "",
            n(tot_pat),
            bold=True,
            fill=(240, 240, 244),
        )
        y += 2
        line(
            "NET À PAYER AVANT IMPÔT SUR LE REVENU",
            "",
            "",
            n(net_before),
            bold=True,
            fill=(230, 234, 242),
        )
        line(
            "   dont évolution de la rémunération liée à la suppression des cotisations chômage "
            "et maladie",
            "",
            "",
            "0,00",
        )
        y += 1
        s.text(xs[0] + 1, y, "Impôt sur le revenu prélevé à la source", fb, 7.2)
        y += 4.3
        line(
            "   Base : %s — Taux %s : %s %%"
            % (
                n(tax_base),
                "personnalisé" if ps.get("tax_rate", 0) else "non personnalisé",
                ("%.1f" % ps.get("tax_rate", 0)).replace(".", ","),
            ),
            "",
            "",
            "-" + n(tax),
        )
        y += 2
        s.fill_rect(104, y - 5, 82, 9, navy)
        s.text(108, y + 0.6, "NET PAYÉ EN EUROS", fb, 9, (255, 255, 255))
        s.text(184, y + 0.6, n(net_paid), fb, 10, (255, 255, 255), "r")
        s.text(14, y + 0.6, "MONTANT NET SOCIAL : %s" % n(net_social), fb, 8.5, navy)
        y += 10
        s.text(
            14,
            y,
            "Allègement de cotisations : 0,00 €     Total versé par l'employeur : %s"
            % F.eur(ps["gross"] + tot_pat),
            font,
            7.5,
            G,
        )
        y += 5
        _table(
            s,
            14,
            y + 3,
            [43, 43, 43, 43],
            [
                ["Cumuls", "Brut", "Net imposable", "Heures"],
                [
                    "Année %d" % y_,
                    n(ps["gross"] * ps.get("months", m_ - 2)),
                    n(tax_base * ps.get("months", m_ - 2)),
                    "%d,00" % (151.67 * ps.get("months", m_ - 2)),
                ],
            ],
            font=font,
            size=7.2,
            head_font=fb,
            lead=4.3,
            aligns=["l", "r", "r", "r"],
        )
        s.para(
            14,
            276,
            182,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
            "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
            "de paie sur le portail www.service-public.fr",
            font,
            7,
            G,
            leading=3.2,
            align="c",
        )
        s.text(
            196,
            284,
            "Congés payés : acquis %s j — pris 0 j — solde %s j"
            % (
                F.eur(2.08 * ps.get("months", m_ - 2), ""),
                F.eur(2.08 * ps.get("months", m_ - 2), ""),
            ),
            font,
            6.8,
            G,
            "r",
        )

    return [Page(p1)], fields


# ---------------------------------------------------------------------- contract


def contract(c):
    """Contrat de travail (CDI or CDD), 3 pages. c: employer dict(name, form, capital, rcs,
    siret, addr, rep, rep_title, idcc, convention), employee, employee_sex, dob, pob, nat,
    home, type 'CDI'|'CDD', job, status, start, end, salary, hours, place, signed_on."""
    emp = c["employer"]
    cdd = c["type"] == "CDD"
    fields = dict(
        employer=emp["name"],
        employee_name=c["employee"],
        contract_type=c["type"],
        job_title=c["job"],
        start_date=c["start"],
    )
    font = c.get("font", "serif")
    fb = font + "-b"
    title = (
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
        if cdd
        else "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
    )
    sal = "le Salarié" if c.get("employee_sex") != "F" else "la Salariée"
    Sal = sal[0].upper() + sal[1:]

    def art(s, y, n, t, body):
        s.text(18, y, "Article %d — %s" % (n, t), fb, 10)
        y += 6
        for para in body:
            y = s.para(18, y, 174, para, font, 9.8, leading=4.9, justify=True) + 2.5
        return y + 2

    arts = [
        (
            "Engagement",
            [
                "%s est engagé%s par la Société à compter du %s%s, sous réserve des "
                "résultats de la visite d'information et de prévention. La déclaration "
                "préalable à l'embauche a été effectuée auprès de l'URSSAF."
                % (
                    Sal,
                    "e" if c.get("employee_sex") == "F" else "",
                    F.fr_long(c["start"]),
                    (" jusqu'au %s" % F.fr_long(c["end"])) if cdd else "",
                )
            ],
        ),
        (
            "Motif du recours" if cdd else "Fonctions",
            [
                "Le présent contrat est conclu pour faire face à un accroissement temporaire "
                "d'activité lié à %s, conformément à l'article L. 1242-2 du code du travail."
                % c.get("reason", "un projet client")
            ]
            if cdd
            else [
                "%s occupera les fonctions de %s, statut %s, %s de la convention collective "
                "applicable."
                % (
                    Sal,
                    c["job"],
                    c.get("status", "cadre"),
                    c.get("classif", "position 2.1, coefficient 115"),
                )
            ],
        ),
        (
            "Période d'essai",
            [
                "Le présent contrat ne deviendra définitif qu'à l'issue d'une période "
                "d'essai de %s de travail effectif, au cours de laquelle chacune des "
                "parties pourra y mettre fin dans les conditions prévues par les "
                "articles L. 1221-25 et L. 1221-26 du code du travail."
                % ("deux semaines" if cdd else "quatre mois")
            ],
        ),
        (
            "Durée du travail",
            ["La durée hebdomadaire de travail est fixée à %s heures." % c.get("hours", "35")],
        ),
        (
            "Rémunération",
            [
                "En contrepartie de son activité, %s percevra une rémunération brute "
                "mensuelle de %s, versée à la fin de chaque mois." % (sal, F.eur(c["salary"]))
            ]
            + (
                [
                    "À l'échéance du contrat, %s percevra une indemnité de fin de contrat égale à 10 %% "
                    "de la rémunération totale brute perçue." % sal
                ]
                if cdd
                else []
            ),
        ),
        ("Lieu de travail", ["%s exercera ses fonctions à %s." % (Sal, c["place"])]),
        (
            "Convention collective",
            ["Le contrat est régi par %s (IDCC %s)." % (emp["convention"], emp["idcc"])],
        ),
        (
            "Congés payés",
            [
                "%s bénéficiera des congés payés prévus par les dispositions légales "
                "et conventionnelles en vigueur." % Sal
            ],
        ),
        (
            "Protection sociale",
            [
                "%s sera affilié%s au régime de retraite complémentaire AGIRC-ARRCO "
                "ainsi qu'aux régimes de prévoyance et de frais de santé en "
                "vigueur dans la Société." % (Sal, "e" if c.get("employee_sex") == "F" else "")
            ],
        ),
        (
            "Obligations professionnelles",
            [
                "%s s'engage à observer les instructions et consignes "
                "qui lui seront données, ainsi que le règlement "
                "intérieur de la Société." % Sal
            ],
        ),
    ]

    def p1(s):
        s.text(105, 24, title, fb, 13, K, "c")
        s.text(18, 40, "ENTRE LES SOUSSIGNÉS :", fb, 10)
        y = s.para(
            18,
            48,
            174,
            "La société %s, %s au capital de %s, immatriculée au RCS de %s sous "
            "le numéro %s, SIRET %s, dont le siège social est situé %s, représentée par "
            "%s en sa qualité de %s,"
            % (
                emp["name"],
                emp["form"],
                emp["capital"],
                emp["rcs_city"],
                emp["siren"],
                emp["siret"],
                ", ".join(emp["addr"]),
                emp["rep"],
                emp["rep_title"],
            ),
            font,
            9.8,
            leading=4.9,
            justify=True,
        )
        y = s.para(
            18, y + 1, 174, "ci-après dénommée « la Société », d'une part,", font + "-i", 9.8
        )
        s.text(18, y + 5, "ET :", fb, 10)
        y = s.para(
            18,
            y + 12,
            174,
            "%s %s, né%s le %s à %s, de nationalité %s, demeurant %s, "
            "numéro de sécurité sociale : %s,"
            % (
                "Madame" if c.get("employee_sex") == "F" else "Monsieur",
                c["employee"],
                "e" if c.get("employee_sex") == "F" else "",
                F.fr(c["dob"]),
                c["pob"],
                c["nat"],
                c["home"],
                c.get("nir", "en cours d'attribution"),
            ),
            font,
            9.8,
            leading=4.9,
            justify=True,
        )
        y = s.para(
            18,
            y + 1,
            174,
            "ci-après dénommé%s « %s », d'autre part,"
            % ("e" if c.get("employee_sex") == "F" else "", Sal),
            font + "-i",
            9.8,
        )
        s.text(18, y + 5, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10)
        y += 14
        for i, (t, body) in enumerate(arts[:4]):
            y = art(s, y, i + 1, t, body)
        s.text(105, 290, "1/3", font, 8, G, "c")

    def p2(s):
        y = 24
        for i, (t, body) in enumerate(arts[4:]):
            y = art(s, y, i + 5, t, body)
        s.text(105, 290, "2/3", font, 8, G, "c")

    def p3(s):
        y = art(
            s,
            24,
            len(arts) + 1,
            "Rupture du contrat" if not cdd else "Terme du contrat",
            [
                "Le présent contrat pourra être rompu dans les conditions prévues par la loi et "
                "la convention collective, sous réserve du respect du préavis applicable."
            ]
            if not cdd
            else [
                "Le contrat prendra fin automatiquement à la date prévue, sans "
                "formalité, sauf renouvellement par avenant."
            ],
        )
        s.para(
            18,
            y + 6,
            174,
            "Fait en deux exemplaires originaux, à %s, le %s."
            % (c["signed_city"], F.fr(c["signed_on"])),
            font,
            10,
        )
        s.text(22, y + 22, "Pour la Société", fb, 10)
        s.text(22, y + 27, "%s, %s" % (emp["rep"], emp["rep_title"]), font, 8.5, G)
        s.text(115, y + 22, Sal, fb, 10)
        s.text(115, y + 27, "(mention « Lu et approuvé, bon pour accord »)", font + "-i", 8.5, G)
        r = ink.rng("ct", c["employee"])
        ink.signature(s, 22, y + 32, 55, 20, emp["rep"], ink.BLACK_INK, r)
        ink.box_stamp(
            s,
            24,
            y + 56,
            [emp["name"].upper(), emp["addr"][0], "SIRET " + emp["siret"]],
            ink.STAMP_BLUE,
            0.7,
            6.5,
        )
        ink.hand(
            s,
            116,
            y + 38,
            "Lu et approuvé, bon pour accord",
            c.get("hand", "h-dkg"),
            11.5,
            ink.BLUE_INK,
            r,
        )
        ink.signature(s, 118, y + 42, 55, 20, c["employee"], ink.BLUE_INK, r)
        s.text(105, 290, "3/3", font, 8, G, "c")

    return [Page(p1), Page(p2), Page(p3)], fields


# ---------------------------------------------------------------------- unknown


def tax_notice(t):
    blue = (0, 40, 100)

    def p1(s):
        s.fill_rect(14, 10, 14, 16, blue)
        s.text(32, 15, "DIRECTION GÉNÉRALE", "sans-b", 8, blue)
        s.text(32, 19, "DES FINANCES PUBLIQUES", "sans-b", 8, blue)
        s.text(196, 16, "AVIS D'IMPÔT 2026", "sans-b", 14, blue, "r")
        s.text(196, 22, "IMPÔT SUR LES REVENUS", "sans-b", 9, blue, "r")
        s.text(196, 26.5, "de l'année 2025", "sans", 9, blue, "r")
        s.text(14, 40, "Vos références", "sans-b", 9, blue)
        for i, (k, v) in enumerate(
            [
                ("Numéro fiscal", t["fiscal_no"]),
                ("N° d'accès en ligne", t["access_no"]),
                ("Revenu fiscal de référence", t["rfr"]),
                ("Référence de l'avis", t["ref"]),
            ]
        ):
            s.text(14, 46 + i * 5, k, "sans", 8.5)
            s.text(66, 46 + i * 5, v, "mono-b", 8.5)
        _addr_block(s, 112, 50, t["lines"], "sans", 10.5, 5)
        s.fill_rect(14, 82, 182, 16, (232, 238, 248))
        s.text(18, 92, "Montant de votre impôt", "sans-b", 11, blue)
        s.text(192, 92, t["amount"], "sans-b", 14, blue, "r")
        _table(
            s,
            14,
            112,
            [130, 52],
            [
                ["Détail", "Montant"],
                ["Salaires, pensions et rentes nets", t["income"]],
                ["Revenu brut global", t["income"]],
                ["Nombre de parts", "1"],
                ["Impôt sur le revenu net", t["amount"]],
                ["Prélèvement à la source", t["pas"]],
                ["Reste à payer", "0 €"],
            ],
            size=9,
            head_fill=(232, 238, 248),
            lead=6,
        )
        s.para(
            14,
            190,
            182,
            "Votre avis d'impôt est disponible dans votre espace particulier sur "
            "impots.gouv.fr. Conservez-le : il pourra vous être demandé pour certaines "
            "démarches.",
            "sans",
            8.5,
            G,
            leading=4,
        )

    return [Page(p1)], {}


def caf_letter(t):
    def p1(s):
        s.fill_rect(14, 10, 22, 14, (0, 110, 180))
        s.text(25, 19.5, "caf", "sans-b", 13, (255, 255, 255), "c")
        s.text(40, 15, "Caisse d'allocations familiales", "sans-b", 9, (0, 90, 150))
        s.text(40, 19.5, t["caf"], "sans", 8.5, (0, 90, 150))
        s.text(196, 16, "Le %s" % F.fr_long(t["date"]), "sans", 9, K, "r")
        _addr_block(s, 112, 40, t["lines"], "sans", 10.5, 5)
        s.text(14, 40, "Votre numéro allocataire : %s" % t["number"], "sans-b", 9)
        s.text(
            14, 78, "Objet : accusé de réception de votre demande d'aide au logement", "sans-b", 10
        )
        y = s.para(14, 92, 182, "%s," % t["salut"], "sans", 10.5)
        for para in [
            "Nous avons bien reçu votre demande d'aide personnalisée au logement en date "
            "du %s. Elle est en cours d'examen." % F.fr(t["received"]),
            "Pour la traiter, nous avons besoin des pièces suivantes : l'attestation de "
            "loyer complétée par votre bailleur et votre relevé d'identité bancaire.",
            "Vous pouvez nous les transmettre depuis votre espace Mon Compte sur caf.fr "
            "ou l'application mobile Caf - Mon Compte.",
            "Nous vous prions d'agréer, %s, nos salutations distinguées." % t["salut"],
        ]:
            y = s.para(14, y + 3, 182, para, "sans", 10.5, leading=5.2, justify=True)
        s.text(140, y + 12, "Votre Caf", "sans-i", 10)

    return [Page(p1)], {}


def school_certificate(t):
    def p1(s):
        s.text(20, 24, t["univ"], "serif-b", 14, (120, 20, 40))
        s.text(20, 30, t["faculty"], "serif", 9.5, G)
        s.text(105, 60, "CERTIFICAT DE SCOLARITÉ", "serif-b", 15, K, "c")
        s.text(105, 68, "Année universitaire %s" % t["year"], "serif", 11, K, "c")
        txt = (
            "Le Président de l'Université certifie que %s %s, né%s le %s à %s (%s), numéro "
            "étudiant %s, est régulièrement inscrit%s pour l'année universitaire %s en :"
            % (
                t["title"],
                t["name"],
                "e" if t["title"] == "Mme" else "",
                F.fr(t["dob"]),
                t["pob"],
                t["country"],
                t["student_no"],
                "e" if t["title"] == "Mme" else "",
                t["year"],
            )
        )
        y = s.para(20, 86, 170, txt, "serif", 11, leading=6, justify=True)
        s.text(30, y + 6, t["program"], "serif-b", 11)
        s.text(30, y + 13, "Régime : formation initiale — Inscription principale", "serif", 10)
        s.text(120, y + 34, "Fait à %s, le %s" % (t["city"], F.fr(t["date"])), "serif", 10.5)
        s.text(120, y + 41, "Pour le Président et par délégation,", "serif-i", 9.5)
        ink.round_stamp(
            s,
            90,
            y + 58,
            15,
            t["univ"].upper()[:24],
            "SCOLARITÉ",
            ["★"],
            color=ink.STAMP_BLUE,
            opacity=0.7,
        )
        ink.signature(s, 125, y + 44, 45, 16, "scol")

    return [Page(p1)], {}


def cover_note(t):
    """A nearly blank page with a few handwritten words (cover note)."""

    def p1(s):
        r = ink.rng("note", t["text"])
        y = 40
        for ln in t["text"].split("\n"):
            ink.hand(s, 25, y, ln, t.get("font", "h-breip"), 15, ink.BLUE_INK, r)
            y += 12

    return [Page(p1, paper=(252, 252, 249))], {}
