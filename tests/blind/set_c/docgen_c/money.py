"""Bank details (RIB as bank PDF, printed cheque-book slip, banking-app screen, RIB inside a
welcome letter, foreign SEPA bank details), French payslips ('bulletin clarifié') and
employment contracts (CDI / CDD)."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white

from . import draw as d
from . import logos
from . import util as u
from .draw import rgb
from .looks import A4H, A4W, MM, Page

GREY = Color(0.35, 0.35, 0.38)

BANKS = {
    "BNP": dict(name="BNP PARIBAS", bank="30004", bic="BNPAFRPPXXX"),
    "SG": dict(name="SOCIETE GENERALE", bank="30003", bic="SOGEFRPP"),
    "LCL": dict(name="LCL - LE CREDIT LYONNAIS", bank="30002", bic="CRLYFRPP"),
    "CM": dict(name="CREDIT MUTUEL", bank="10278", bic="CMCIFR2A"),
    "CIC": dict(name="CIC", bank="30066", bic="CMCIFRPP"),
    "CA": dict(name="CREDIT AGRICOLE", bank="12406", bic="AGRIFRPP824"),
    "CE": dict(name="CAISSE D'EPARGNE RHONE ALPES", bank="13825", bic="CEPAFRPP382"),
    "BP": dict(name="BANQUE POPULAIRE RIVES DE PARIS", bank="10207", bic="CCBPFRPPMTG"),
    "LBP": dict(name="LA BANQUE POSTALE", bank="20041", bic="PSSTFRPPPAR"),
    "BOURSO": dict(name="BOURSOBANK", bank="40618", bic="BOUSFRPPXXX"),
}


def make_account(r, bank_key, branch=None, wrong_check=False):
    bk = BANKS[bank_key]
    branch = branch or f"{int(r.integers(0, 99999)):05d}"
    acct = f"{int(r.integers(0, 10**11)):011d}"
    iban, key = u.fr_iban(bk["bank"], branch, acct, wrong_check=wrong_check)
    return dict(
        bank=bk["bank"],
        branch=branch,
        account=acct,
        key=key,
        iban=iban,
        bic=bk["bic"],
        bank_name=bk["name"],
    )


# ------------------------------------------------------------------ RIB layouts


def _rib_block(
    c, x, y, w, R, style="boxes", title="RELEVÉ D'IDENTITÉ BANCAIRE", font="Sans", accent=black
):
    """One RIB slip (about 70 mm high) whose top-left is (x, y)."""
    h = 68 * MM
    d.box(c, x, y - h, w, h, stroke=Color(0.5, 0.5, 0.5), lw=0.6)
    d.txt(c, x + 4 * MM, y - 7 * MM, title, font + "-B", 10.5, accent)
    d.txt(c, x + 4 * MM, y - 14 * MM, "Titulaire du compte", font, 7.5, GREY)
    yy = y - 19 * MM
    for i, l in enumerate(R["holder_lines"]):
        d.txt(c, x + 4 * MM, yy, l, font + ("-B" if i == 0 else ""), 9.5)
        yy -= 4.5 * MM
    d.txt(c, x + w / 2 + 8 * MM, y - 14 * MM, "Domiciliation", font, 7.5, GREY)
    yy = y - 19 * MM
    for l in R["branch_lines"]:
        d.txt(c, x + w / 2 + 8 * MM, yy, l, font, 8.5)
        yy -= 4.2 * MM
    ty = y - 40 * MM
    if style == "boxes":
        cols = [
            ("Code banque", R["bank"]),
            ("Code guichet", R["branch"]),
            ("N° de compte", R["account"]),
            ("Clé RIB", R["key"]),
        ]
        widths = [0.18, 0.18, 0.44, 0.2]
        xx = x + 4 * MM
        for (lbl, val), f in zip(cols, widths):
            ww = (w - 8 * MM) * f
            d.box(c, xx, ty - 9 * MM, ww, 13 * MM, stroke=Color(0.6, 0.6, 0.6), lw=0.4)
            d.txt(c, xx + 1.5 * MM, ty + 1 * MM, lbl, font, 6.5, GREY)
            d.txt(c, xx + ww / 2, ty - 6 * MM, val, "Mono-B", 10, black, "c")
            xx += ww
    else:
        d.txt(
            c, x + 4 * MM, ty + 1 * MM, "Banque    Guichet    N° compte          Clé", font, 7, GREY
        )
        d.txt(
            c,
            x + 4 * MM,
            ty - 4.5 * MM,
            f"{R['bank']}    {R['branch']}    {R['account']}    {R['key']}",
            "Mono-B",
            10,
        )
    d.txt(c, x + 4 * MM, y - 55 * MM, "IBAN", font + "-B", 8)
    d.txt(c, x + 18 * MM, y - 55 * MM, u.group4(R["iban"]), "Mono-B", 10.5)
    d.txt(c, x + 4 * MM, y - 62 * MM, "BIC", font + "-B", 8)
    d.txt(c, x + 18 * MM, y - 62 * MM, R["bic"], "Mono-B", 10.5)
    return h


def rib_bank_pdf(R, rng):
    """A RIB page as downloaded from an online bank (text PDF): logo, identity, 2 or 3 slips."""
    key = R["bank_key"]

    def p(c):
        W, H = A4W, A4H
        logos.bank(c, key, 15 * MM, H - 28 * MM, 1.0)
        d.txt(c, W - 15 * MM, H - 18 * MM, f"Édité le {u.fr(R['edited'])}", "Sans", 8, GREY, "r")
        d.txt(
            c,
            15 * MM,
            H - 42 * MM,
            R.get("doc_title", "Relevé d'Identité Bancaire"),
            "Sans-B",
            15,
            logos.BRAND.get(key, black),
        )
        d.para(
            c,
            15 * MM,
            H - 49 * MM,
            W - 30 * MM,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs appelés à faire inscrire "
            "des opérations à votre compte (virements, prélèvements, etc.). Son utilisation vous garantit le bon "
            "enregistrement des opérations en cause et vous évite ainsi des réclamations pour erreurs ou retards d'imputation.",
            "Sans",
            7.5,
        )
        y = H - 68 * MM
        for _ in range(R.get("copies", 2)):
            h = _rib_block(
                c,
                15 * MM,
                y,
                W - 30 * MM,
                R,
                R.get("style", "boxes"),
                accent=logos.BRAND.get(key, black),
            )
            y -= h + 10 * MM
            d.hline(c, 10 * MM, W - 10 * MM, y + 5 * MM, GREY, 0.4, dash=(3, 3))
        d.txt(c, 15 * MM, 14 * MM, R.get("legal", ""), "Sans", 6.5, GREY)

    return [Page(A4W, A4H, p)]


def rib_cheque_slip(R, rng):
    """A single RIB torn from a cheque book, scanned on a flatbed (small slip on an A4 sheet)."""

    def p(c):
        W, H = A4W, A4H
        c.saveState()
        c.translate(18 * MM, H - 100 * MM)
        c.rotate((rng.random() - 0.5) * 3)
        d.box(
            c,
            -2 * MM,
            -4 * MM,
            175 * MM,
            78 * MM,
            stroke=Color(0.7, 0.7, 0.7),
            fill=rgb("FAF8F2"),
            lw=0.3,
        )
        logos.bank(c, R["bank_key"], 2 * MM, 62 * MM, 0.75)
        _rib_block(c, 0, 60 * MM, 170 * MM, R, R.get("style", "inline"), title="RIB")
        c.restoreState()

    return [Page(A4W, A4H, p)]


def rib_letter(R, rng):
    """Welcome letter from the bank with the RIB at the bottom (tear-off)."""

    def p(c):
        W, H = A4W, A4H
        logos.bank(c, R["bank_key"], 15 * MM, H - 28 * MM, 1.0)
        y = H - 45 * MM
        for l in R["branch_lines"]:
            d.txt(c, 15 * MM, y, l, "Sans", 8.5)
            y -= 4.2 * MM
        y0 = H - 52 * MM
        for i, l in enumerate(R["letter_addr"]):
            d.txt(c, 112 * MM, y0, l, "Sans-B" if i == 0 else "Sans", 10)
            y0 -= 5 * MM
        d.txt(c, 112 * MM, H - 88 * MM, f"{R['city']}, le {u.fr_words(R['edited'])}", "Sans", 9.5)
        d.txt(c, 15 * MM, H - 100 * MM, "Objet : ouverture de votre compte", "Sans-B", 10)
        y = d.para(
            c,
            15 * MM,
            H - 112 * MM,
            W - 30 * MM,
            f"{R['salutation']},\n\nNous avons le plaisir de vous confirmer l'ouverture de votre compte de dépôt "
            f"n° {R['account']} au sein de notre établissement. Votre carte bancaire vous parviendra par courrier séparé "
            f"dans les prochains jours, son code confidentiel vous étant adressé sous pli distinct.\n\n"
            "Vous trouverez ci-dessous votre relevé d'identité bancaire, que vous pourrez communiquer à votre employeur, "
            "à votre caisse d'assurance maladie ou à vos fournisseurs pour la mise en place de virements et de "
            "prélèvements.\n\nNous vous prions d'agréer l'expression de nos salutations distinguées.",
            "Sans",
            9.5,
            13.5,
        )
        d.txt(c, 120 * MM, y - 8 * MM, R["advisor"], "Sans-B", 9.5)
        d.txt(c, 120 * MM, y - 13 * MM, "Votre conseiller", "Sans", 8.5)
        d.hline(c, 8 * MM, W - 8 * MM, 88 * MM, GREY, 0.5, dash=(4, 3))
        d.txt(c, 10 * MM, 89.5 * MM, "✂", "DV", 9, GREY)
        _rib_block(c, 15 * MM, 82 * MM, W - 30 * MM, R, "boxes")

    return [Page(A4W, A4H, p)]


def rib_app_screen(R, rng):
    """Banking app screenshot ('Mon RIB' / 'Coordonnées bancaires'), 390 x 844 pt."""
    W, H = 390, 844
    app = R.get("app", "BOURSO")
    col = {
        "BOURSO": rgb("D1006A"),
        "CA": rgb("00836E"),
        "REVOLUT": rgb("191C1F"),
        "SG": rgb("E60028"),
    }.get(app, rgb("333333"))

    def p(c):
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("F5F6F8") if app != "REVOLUT" else white)
        d.txt(c, 24, H - 26, R.get("clock", "09:41"), "Roboto-M", 14, black)
        d.txt(c, W - 24, H - 26, "5G  87 %", "Roboto-M", 12, black, "r")
        d.box(c, 0, H - 100, W, 58, stroke=None, fill=col if app != "REVOLUT" else white)
        tcol = white if app != "REVOLUT" else black
        d.txt(c, 20, H - 78, "‹", "DV", 24, tcol)
        d.txt(c, W / 2, H - 78, R.get("screen_title", "Mon RIB"), "Roboto-M", 17, tcol, "c")
        y = H - 130
        d.box(c, 16, y - 330, W - 32, 330, stroke=None, fill=white, r=14)
        if app == "REVOLUT":
            d.box(c, 16, y - 330, W - 32, 330, stroke=Color(0.88, 0.88, 0.9), fill=None, r=14)
        yy = y - 30
        for lbl, val, mono in R["app_rows"]:
            d.txt(c, 32, yy, lbl, "Roboto", 12, GREY)
            d.fit(
                c,
                32,
                yy - 20,
                val,
                W - 100,
                "RobotoC-B" if mono else "Roboto-M",
                16 if mono else 15,
                black,
            )
            d.txt(c, W - 40, yy - 12, "⧉", "DV", 14, col, "r")
            d.hline(c, 32, W - 32, yy - 32, Color(0.9, 0.9, 0.92), 0.8)
            yy -= 52
        d.box(c, 16, 110, W - 32, 50, stroke=None, fill=col, r=25)
        d.txt(c, W / 2, 130, R.get("button", "Partager mon RIB"), "Roboto-M", 15, white, "c")
        d.box(c, 16, 50, W - 32, 46, stroke=col, fill=None, r=23, lw=1.2)
        d.txt(c, W / 2, 68, "Télécharger le PDF", "Roboto-M", 14, col, "c")
        d.box(c, W / 2 - 67, 12, 134, 5, stroke=None, fill=black, r=2.5)

    return [Page(W, H, p)]


def bank_details_foreign(R, rng):
    """N26-style 'Bank account details' PDF in English (German IBAN)."""

    def p(c):
        W, H = A4W, A4H
        logos.bank(c, "N26", 18 * MM, H - 28 * MM, 1.0)
        d.txt(c, 18 * MM, H - 45 * MM, "Bank account details", "Sans-B", 18)
        d.txt(
            c,
            18 * MM,
            H - 52 * MM,
            f"Issued on {u.D(R['edited']).strftime('%d.%m.%Y')}",
            "Sans",
            9,
            GREY,
        )
        y = H - 72 * MM
        for lbl, val in [
            ("Account holder", R["holder_lines"][0]),
            ("IBAN", u.group4(R["iban"])),
            ("BIC", R["bic"]),
            ("Bank", "N26 Bank SE"),
            ("Bank address", "Voltairestraße 8, 10179 Berlin, Germany"),
        ]:
            d.txt(c, 18 * MM, y, lbl, "Sans", 9.5, GREY)
            d.txt(c, 70 * MM, y, val, "Sans-B", 11.5)
            d.hline(c, 18 * MM, W - 18 * MM, y - 4 * MM, Color(0.88, 0.88, 0.88), 0.5)
            y -= 13 * MM
        d.para(
            c,
            18 * MM,
            y - 6 * MM,
            W - 36 * MM,
            "This account can receive SEPA transfers and SEPA direct debits in euro from any country of the Single Euro "
            "Payments Area. Under Regulation (EU) No 260/2012, payers and payees may not require the account to be held "
            "in a particular Member State.",
            "Sans",
            9,
        )
        d.txt(
            c,
            18 * MM,
            18 * MM,
            "N26 Bank SE, Voltairestraße 8, 10179 Berlin - Amtsgericht Charlottenburg HRB 170602 B",
            "Sans",
            7,
            GREY,
        )

    return [Page(A4W, A4H, p)]


# ------------------------------------------------------------------ payslip (bulletin de paie clarifié)


def payslip(P, rng):
    """P: employer, emp_addr (list), siret, naf, urssaf, conv, employee (printed), emp_lines (address),
    job, status, entry, nir_text, month (YYYY-MM), pay_date, gross, pas_rate, style ('a'|'b')."""
    y_, m_ = map(int, P["month"].split("-"))
    start, end = u.month_bounds(y_, m_)
    g = P["gross"]
    pss = 3925.0
    t1 = min(g, pss)
    lines = [
        ("SANTÉ", None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", g, None, 0, 7.0),
        ("Complémentaire Incapacité Invalidité Décès", t1, 0.51, round(t1 * 0.0051, 2), 0.79),
        ("Complémentaire Santé", pss, None, 38.40, 38.40),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", g, None, 0, 0.95),
        ("RETRAITE", None),
        ("Sécurité sociale plafonnée", t1, 6.9, round(t1 * 0.069, 2), 8.55),
        ("Sécurité sociale déplafonnée", g, 0.4, round(g * 0.004, 2), 2.02),
        ("Complémentaire Tranche 1", t1, 4.01, round(t1 * 0.0401, 2), 6.01),
        ("FAMILLE", g, None, 0, 3.45),
        ("ASSURANCE CHÔMAGE", g, None, 0, 4.05),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", g, None, 0, 1.21),
        (
            "CSG déductible de l'impôt sur le revenu",
            round(g * 0.9825, 2),
            6.8,
            round(g * 0.9825 * 0.068, 2),
            None,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            round(g * 0.9825, 2),
            2.9,
            round(g * 0.9825 * 0.029, 2),
            None,
        ),
    ]
    tot_sal = round(
        sum(l[3] for l in lines if l[1] is not None and isinstance(l[3], float)) + 38.40 * 0, 2
    )
    tot_sal = round(sum(l[3] for l in lines if l[1] is not None), 2)
    net_avant = round(g - tot_sal, 2)
    csg_nd = round(g * 0.9825 * 0.029, 2)
    imposable = round(net_avant + csg_nd + 38.40 * 0.5, 2)
    pas = round(imposable * P.get("pas_rate", 4.2) / 100, 2)
    net = round(net_avant - pas, 2)
    net_social = round(net_avant + 20.12, 2)
    style = P.get("style", "a")
    font = "Sans" if style == "a" else "Carlito"
    acc = rgb(P.get("color", "2F4F7F"))
    P["net"] = net

    def p(c):
        W, H = A4W, A4H
        d.txt(c, W / 2, H - 15 * MM, "BULLETIN DE PAIE", font + "-B", 14, acc, "c")
        d.txt(
            c,
            W / 2,
            H - 21 * MM,
            f"Période du {u.fr(start)} au {u.fr(end)}  -  Paiement le {u.fr(P['pay_date'])}",
            font,
            9,
            black,
            "c",
        )
        d.box(c, 12 * MM, H - 62 * MM, 90 * MM, 36 * MM, stroke=acc, lw=0.6)
        y = H - 31 * MM
        d.txt(c, 15 * MM, y, P["employer"], font + "-B", 10)
        for l in P["emp_addr"]:
            y -= 4.3 * MM
            d.txt(c, 15 * MM, y, l, font, 8.5)
        y -= 5 * MM
        d.txt(
            c, 15 * MM, y, f"SIRET : {u.fmt_siret(P['siret'])}    Code NAF : {P['naf']}", font, 7.8
        )
        y -= 4 * MM
        d.txt(c, 15 * MM, y, f"URSSAF : {P['urssaf']}", font, 7.8)
        y -= 4 * MM
        d.fit(c, 15 * MM, y, "Convention collective : " + P["conv"], 85 * MM, font, 7.5)
        d.box(c, 108 * MM, H - 62 * MM, 90 * MM, 36 * MM, stroke=acc, lw=0.6)
        y = H - 31 * MM
        d.txt(c, 111 * MM, y, P["employee"], font + "-B", 10.5)
        for l in P["emp_lines"]:
            y -= 4.5 * MM
            d.txt(c, 111 * MM, y, l, font, 8.5)
        y = H - 68 * MM
        info = [
            ("Matricule", P.get("matricule", "00" + str(int(rng.integers(100, 999))))),
            ("Emploi", P["job"]),
            ("Statut", P.get("status", "Non cadre")),
            ("Entrée le", u.fr(P["entry"])),
            ("N° Sécurité sociale", P.get("nir_text", "en cours d'attribution")),
            ("Coefficient", P.get("coef", "250")),
        ]
        x = 12 * MM
        for lbl, val in info:
            d.txt(c, x, y, lbl, font, 6.8, GREY)
            d.fit(c, x, y - 4 * MM, val, 30 * MM, font + "-B", 8)
            x += 31 * MM
        rows = [["Éléments de paie", "Base", "Taux", "À déduire", "Charges patronales"]]
        rows.append(
            [
                "Salaire de base",
                u.money(P.get("hours", 151.67), ""),
                u.money(round(g / P.get("hours", 151.67), 4), ""),
                "",
                "",
            ]
        )
        rows.append(["SALAIRE BRUT", "", "", u.money(g, ""), ""])
        for l in lines:
            if l[1] is None:
                rows.append([l[0], "", "", "", ""])
                continue
            name, base, rate, sal, emp = l
            rows.append(
                [
                    name,
                    u.money(base, ""),
                    (u.money(rate, "") if rate else ""),
                    u.money(sal, "") if sal else "",
                    u.money(round(base * emp / 100, 2), "") if emp else "",
                ]
            )
        rows.append(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", u.money(tot_sal, ""), ""])
        yy = d.table(
            c,
            12 * MM,
            H - 78 * MM,
            [92 * MM, 24 * MM, 16 * MM, 26 * MM, 28 * MM],
            rows,
            font,
            7.3,
            5.2 * MM,
            aligns=["l", "r", "r", "r", "r"],
            grid=Color(0.75, 0.75, 0.8),
            header_fill=rgb("DDE5F0"),
        )
        yy -= 4 * MM
        d.box(c, 12 * MM, yy - 9 * MM, 186 * MM, 9 * MM, stroke=None, fill=rgb("EEF2F8"))
        d.txt(c, 15 * MM, yy - 6 * MM, "NET À PAYER AVANT IMPÔT SUR LE REVENU", font + "-B", 9.5)
        d.txt(c, 195 * MM, yy - 6 * MM, u.money(net_avant), font + "-B", 10, black, "r")
        yy -= 14 * MM
        d.txt(
            c,
            15 * MM,
            yy,
            "Dont évolution de la rémunération liée à la suppression des cotisations chômage et maladie",
            font,
            7,
            GREY,
        )
        d.txt(c, 195 * MM, yy, u.money(round(g * 0.0315, 2)), font, 7.5, GREY, "r")
        yy -= 6 * MM
        d.txt(c, 15 * MM, yy, "Montant net social", font + "-B", 9)
        d.txt(c, 195 * MM, yy, u.money(net_social), font + "-B", 9, black, "r")
        yy -= 8 * MM
        d.table(
            c,
            12 * MM,
            yy,
            [90 * MM, 32 * MM, 30 * MM, 34 * MM],
            [
                ["Impôt sur le revenu prélevé à la source", "Base", "Taux personnalisé", "Montant"],
                ["", u.money(imposable, ""), f"{P.get('pas_rate', 4.2)} %", u.money(pas, "")],
            ],
            font,
            7.5,
            5.5 * MM,
            aligns=["l", "r", "r", "r"],
            grid=Color(0.75, 0.75, 0.8),
            header_fill=rgb("DDE5F0"),
        )
        yy -= 16 * MM
        d.box(c, 110 * MM, yy - 12 * MM, 88 * MM, 12 * MM, stroke=None, fill=acc)
        d.txt(c, 114 * MM, yy - 7.5 * MM, "NET PAYÉ", font + "-B", 11, white)
        d.txt(c, 194 * MM, yy - 7.5 * MM, u.money(net), font + "-B", 13, white, "r")
        d.txt(c, 12 * MM, yy - 5 * MM, f"Net imposable : {u.money(imposable)}", font, 8)
        d.txt(c, 12 * MM, yy - 10 * MM, f"Virement le {u.fr(P['pay_date'])}", font, 8)
        d.txt(
            c,
            12 * MM,
            14 * MM,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de "
            "paie sans limitation de durée.",
            font + "-I",
            7.2,
            GREY,
        )
        d.txt(
            c,
            12 * MM,
            10 * MM,
            "Pour en savoir plus : rubrique « bulletin de paie » sur www.service-public.fr",
            font,
            6.8,
            GREY,
        )

    return [Page(A4W, A4H, p)]


# ------------------------------------------------------------------ employment contract


def contract(K, rng):
    """K: kind 'CDI'|'CDD', employer, legal (forme, capital, rcs), seat, rep, rep_title, employee_intro (printed),
    employee_name, dob, pob, nationality, address, nir_text, job, status, start, end (CDD), reason (CDD),
    trial, place, hours, salary, conv, signed_at, signed_on."""
    cdi = K["kind"] == "CDI"
    font = K.get("font", "Serif")
    title = "CONTRAT DE TRAVAIL À DURÉE " + ("INDÉTERMINÉE" if cdi else "DÉTERMINÉE")

    def p1(c):
        W, H = A4W, A4H
        d.txt(c, W / 2, H - 25 * MM, title, font + "-B", 14, black, "c")
        if not cdi:
            d.txt(
                c,
                W / 2,
                H - 31 * MM,
                "(articles L. 1242-1 et suivants du code du travail)",
                font + "-I",
                9,
                black,
                "c",
            )
        y = H - 45 * MM
        d.txt(c, 20 * MM, y, "ENTRE LES SOUSSIGNÉS :", font + "-B", 10.5)
        y -= 8 * MM
        y = d.para(
            c,
            20 * MM,
            y,
            W - 40 * MM,
            f"La société {K['employer']}, {K['legal']}, dont le siège social est situé {K['seat']}, immatriculée sous le "
            f"numéro SIRET {u.fmt_siret(K['siret'])}, représentée par {K['rep']}, agissant en qualité de {K['rep_title']},",
            font,
            10,
            14,
            align="j",
        )
        y = d.para(
            c,
            20 * MM,
            y - 2 * MM,
            W - 40 * MM,
            "ci-après dénommée « l'Employeur », d'une part,",
            font + "-I",
            10,
            14,
        )
        y -= 6 * MM
        d.txt(c, 20 * MM, y, "ET :", font + "-B", 10.5)
        y -= 8 * MM
        y = d.para(
            c,
            20 * MM,
            y,
            W - 40 * MM,
            f"{K['employee_intro']}, né(e) le {u.fr(K['dob'])} à {K['pob']}, de nationalité {K['nationality']}, demeurant "
            f"{K['address']}, numéro de sécurité sociale : {K.get('nir_text', 'en cours d’attribution')},",
            font,
            10,
            14,
            align="j",
        )
        y = d.para(
            c,
            20 * MM,
            y - 2 * MM,
            W - 40 * MM,
            "ci-après dénommé(e) « le Salarié », d'autre part,",
            font + "-I",
            10,
            14,
        )
        y -= 6 * MM
        d.txt(c, 20 * MM, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", font + "-B", 10.5)
        y -= 9 * MM
        arts = [
            (
                "Article 1 - Engagement",
                f"Le Salarié est engagé à compter du {u.fr_words(K['start'])} "
                + (
                    "pour une durée indéterminée"
                    if cdi
                    else f"pour une durée déterminée jusqu'au {u.fr_words(K['end'])}, au motif suivant : {K.get('reason', 'accroissement temporaire d’activité')}"
                )
                + ", sous réserve des résultats de la visite d'information et de prévention.",
            ),
            (
                "Article 2 - Période d'essai",
                f"Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de {K.get('trial', 'deux mois')} de "
                "travail effectif, au cours de laquelle chacune des parties pourra rompre le contrat en respectant le délai de "
                "prévenance prévu aux articles L. 1221-25 et L. 1221-26 du code du travail.",
            ),
            (
                "Article 3 - Fonctions",
                f"Le Salarié exercera les fonctions de {K['job']}, statut {K.get('status', 'employé')}, selon la classification "
                f"de la convention collective {K['conv']}.",
            ),
        ]
        for t, body in arts:
            d.txt(c, 20 * MM, y, t, font + "-B", 10)
            y = d.para(c, 20 * MM, y - 6 * MM, W - 40 * MM, body, font, 10, 14, align="j")
            y -= 5 * MM
        d.txt(c, W - 20 * MM, 12 * MM, "1/2  -  Paraphes :", font, 8, GREY, "r")
        d.hand(c, W - 30 * MM, 16 * MM, K.get("initials", "JM"), rng, "H-dkg", 10)

    def p2(c):
        W, H = A4W, A4H
        y = H - 25 * MM
        arts = [
            ("Article 4 - Lieu de travail", f"Le Salarié exercera ses fonctions à {K['place']}."),
            (
                "Article 5 - Durée du travail",
                f"La durée hebdomadaire de travail est fixée à {K.get('hours', '35')} heures.",
            ),
            (
                "Article 6 - Rémunération",
                f"En contrepartie de ses fonctions, le Salarié percevra une rémunération mensuelle brute de {u.money(K['salary'])} "
                "versée à terme échu, sur douze mois.",
            ),
            (
                "Article 7 - Congés payés",
                "Le Salarié bénéficiera des congés payés prévus par les dispositions légales et "
                "conventionnelles en vigueur.",
            ),
            (
                "Article 8 - Protection sociale",
                "Le Salarié sera affilié au régime général de la sécurité sociale, ainsi qu'aux régimes de retraite "
                "complémentaire et de prévoyance en vigueur dans l'entreprise.",
            ),
            (
                "Article 9 - Obligations",
                "Le Salarié s'engage à observer le règlement intérieur de l'entreprise et à faire "
                "preuve de discrétion quant aux informations dont il aura connaissance.",
            ),
        ]
        if not cdi:
            arts.append(
                (
                    "Article 10 - Indemnité de fin de contrat",
                    "À l'issue du contrat, le Salarié percevra une indemnité de fin de contrat égale à 10 % de la "
                    "rémunération totale brute perçue, sauf cas prévus par la loi.",
                )
            )
        for t, body in arts:
            d.txt(c, 20 * MM, y, t, font + "-B", 10)
            y = d.para(c, 20 * MM, y - 6 * MM, W - 40 * MM, body, font, 10, 14, align="j")
            y -= 5 * MM
        y -= 6 * MM
        d.txt(
            c,
            20 * MM,
            y,
            f"Fait en deux exemplaires originaux, à {K['signed_at']}, le {u.fr(K['signed_on'])}.",
            font,
            10,
        )
        y -= 14 * MM
        d.txt(c, 25 * MM, y, "Pour l'Employeur", font + "-B", 10)
        d.txt(c, 25 * MM, y - 5 * MM, K["rep"], font, 9)
        d.txt(c, 120 * MM, y, "Le Salarié", font + "-B", 10)
        d.txt(c, 120 * MM, y - 5 * MM, "(« lu et approuvé, bon pour accord »)", font + "-I", 8)
        d.signature(
            c, 25 * MM, y - 35 * MM, 50 * MM, 22 * MM, rng, d.INK_BLUE, name=K.get("rep_sig")
        )
        d.hand(c, 120 * MM, y - 16 * MM, "Lu et approuvé, bon pour accord", rng, "H-breip", 11)
        d.signature(
            c, 120 * MM, y - 42 * MM, 50 * MM, 22 * MM, rng, d.INK_BLUE, name=K.get("emp_sig")
        )
        d.stamp_rect(
            c,
            30 * MM,
            y - 60 * MM,
            [K["employer"].upper(), K["seat"][:40]],
            Color(0.15, 0.25, 0.55),
            rng,
            7,
        )
        d.txt(c, W - 20 * MM, 12 * MM, "2/2", font, 8, GREY, "r")

    return [Page(A4W, A4H, p1), Page(A4W, A4H, p2)]
