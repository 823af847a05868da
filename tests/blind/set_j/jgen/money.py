"""Bank details (RIB, app screens, RIB under a letter), payslips, employment contracts."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from . import draw as D
from .core import fmt_siret, fr_date, fr_words, group4, iban_ok, money, rib_key, rng
from .people import Address, Bank, Employer

W, H = A4


def account(bank: Bank, r, key_override: str | None = None, iban_break: bool = False):
    """Returns (iban, branch, account, key, key_ok) for a fictional account at this bank."""
    from .core import make_iban

    if bank.country == "DE":
        acc = f"{r.randint(10**9, 10**10 - 1)}"
        iban = make_iban("DE", bank.code + acc)
        return iban, "", acc, "", None
    if bank.country == "LT":
        acc = f"{r.randint(10**10, 10**11 - 1)}"
        iban = make_iban("LT", bank.code + acc)
        return iban, "", acc, "", None
    branch = f"{r.randint(0, 99999):05d}"
    acc = f"{r.randint(0, 10**11 - 1):011d}"
    key = rib_key(bank.code, branch, acc)
    if key_override:
        key = key_override
    iban = make_iban("FR", bank.code + branch + acc + key)
    if iban_break:
        cd = int(iban[2:4])
        iban = iban[:2] + f"{(cd + 11) % 100:02d}" + iban[4:]
        assert not iban_ok(iban)
    return iban, branch, acc, key, rib_key(bank.code, branch, acc) == key


def rib_fields(holder, bank: Bank, iban, key_ok):
    return dict(
        holder_name=holder,
        iban=iban,
        bic=bank.bic,
        bank_name=bank.name,
        iban_valid=iban_ok(iban),
        rib_key_valid=key_ok,
    )


def _rib_block(c, x, y, w, bank: Bank, holder, holder_addr, iban, branch, acc, key, fn, style, r):
    """One RIB slip (about 80 mm high) with its top-left at (x, y)."""
    col = bank.color
    fb = fn + "-B" if fn not in ("Serif",) else "Serif-B"
    h = 78 * mm
    D.rect(c, x, y - h, w, h, stroke=(0.5, 0.5, 0.5), lw=0.6)
    D.brand_block(
        c,
        x + 4 * mm,
        y - 11 * mm,
        bank.name,
        col,
        r,
        12,
        ["circle", "square", "bar"][style % 3],
        fb,
    )
    D.text(c, x + w - 4 * mm, y - 9 * mm, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 9.5, anchor="r")
    D.text(c, x + 4 * mm, y - 20 * mm, "Titulaire du compte", fn, 7, (0.4, 0.4, 0.4))
    D.text(c, x + 4 * mm, y - 25 * mm, holder, fb, 10)
    for i, ln in enumerate(holder_addr.lines() if holder_addr else []):
        D.text(c, x + 4 * mm, y - 30 * mm - i * 4 * mm, ln, fn, 8)
    D.text(c, x + w * 0.55, y - 20 * mm, "Domiciliation", fn, 7, (0.4, 0.4, 0.4))
    D.text(c, x + w * 0.55, y - 25 * mm, bank.branch_name, fb, 8.5)
    D.fit_text(c, x + w * 0.55, y - 29.5 * mm, bank.branch_addr, w * 0.43, fn, 7.5)
    ty = y - 48 * mm
    if branch:
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [bank.code, branch, acc, key]
        cws = [0.18, 0.18, 0.4, 0.14]
        xx = x + 4 * mm
        tw = w - 8 * mm
        for hd, val, cw in zip(heads, vals, cws):
            D.rect(
                c, xx, ty, tw * cw, 6 * mm, stroke=(0.5, 0.5, 0.5), lw=0.5, fill=(0.94, 0.94, 0.94)
            )
            D.text(c, xx + tw * cw / 2, ty + 2 * mm, hd, fn, 7, anchor="c")
            D.rect(c, xx, ty - 7 * mm, tw * cw, 7 * mm, stroke=(0.5, 0.5, 0.5), lw=0.5)
            D.text(c, xx + tw * cw / 2, ty - 5 * mm, val, "Mono-B", 9.5, anchor="c")
            xx += tw * cw
    D.text(
        c,
        x + 4 * mm,
        y - 62 * mm,
        "IBAN (International Bank Account Number)",
        fn,
        7,
        (0.4, 0.4, 0.4),
    )
    D.text(c, x + 4 * mm, y - 67.5 * mm, group4(iban), "Mono-B", 11)
    D.text(c, x + w * 0.7, y - 62 * mm, "BIC (Bank Identifier Code)", fn, 7, (0.4, 0.4, 0.4))
    D.text(c, x + w * 0.7, y - 67.5 * mm, bank.bic, "Mono-B", 11)
    return h


def rib_doc(
    holder: str,
    bank: Bank,
    *,
    key: str,
    holder_addr: Address | None = None,
    style: int = 0,
    iban_break: bool = False,
    copies: int = 2,
) -> D.Doc:
    r = rng("rib", key)
    iban, branch, acc, rk, key_ok = account(bank, r, iban_break=iban_break)
    fn = ["Sans", "Lib", "LibN", "Serif"][style % 4]

    def dr_slips(c):
        D.text(
            c,
            18 * mm,
            H - 18 * mm,
            f"{bank.name} — Vos coordonnées bancaires",
            fn,
            9,
            (0.4, 0.4, 0.4),
        )
        y = H - 25 * mm
        for k in range(copies):
            h = _rib_block(
                c,
                18 * mm,
                y,
                W - 36 * mm,
                bank,
                holder,
                holder_addr,
                iban,
                branch,
                acc,
                rk,
                fn,
                style,
                r,
            )
            y -= h + 6 * mm
            if k < copies - 1:
                D.line(
                    c,
                    10 * mm,
                    y + 3 * mm,
                    W - 10 * mm,
                    y + 3 * mm,
                    (0.5, 0.5, 0.5),
                    0.5,
                    dash=(3, 3),
                )
        D.para(
            c,
            18 * mm,
            22 * mm,
            "Ce relevé est destiné à être remis, sur leur demande, à vos "
            "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
            "(virements, prélèvements...). Son utilisation vous garantit le bon enregistrement "
            "des opérations en cause.",
            W - 36 * mm,
            fn,
            7,
            9,
            (0.35, 0.35, 0.35),
        )

    def dr_modern(c):
        col = bank.color
        c.setFillColorRGB(*col)
        c.rect(0, H - 45 * mm, W, 45 * mm, stroke=0, fill=1)
        D.text(c, 20 * mm, H - 22 * mm, bank.name, "Sans-B", 22, (1, 1, 1))
        D.text(c, 20 * mm, H - 33 * mm, "Relevé d'identité bancaire", "Sans", 12, (1, 1, 1))
        y = H - 65 * mm
        rows = [
            ("Titulaire", holder),
            ("IBAN", group4(iban)),
            ("BIC", bank.bic),
            ("Banque", bank.name),
            ("Adresse de la banque", bank.branch_addr),
        ]
        if holder_addr:
            rows.insert(1, ("Adresse du titulaire", holder_addr.one_line()))
        for lab, val in rows:
            D.text(c, 20 * mm, y, lab, "Sans", 9, (0.45, 0.45, 0.5))
            D.fit_text(
                c,
                20 * mm,
                y - 7 * mm,
                val,
                W - 40 * mm,
                "Sans-B" if lab != "IBAN" else "Mono-B",
                13,
            )
            D.line(c, 20 * mm, y - 11 * mm, W - 20 * mm, y - 11 * mm, (0.85, 0.85, 0.85), 0.5)
            y -= 20 * mm
        if branch:
            D.text(
                c,
                20 * mm,
                y,
                f"Code banque {bank.code}   Code guichet {branch}   N° de compte {acc}   Clé {rk}",
                "Mono",
                9,
            )
        D.text(
            c,
            20 * mm,
            20 * mm,
            f"Document généré le {fr_date(dt.date(2026, 10, 2))}",
            "Sans",
            7.5,
            (0.5, 0.5, 0.5),
        )

    dr = dr_modern if style % 5 == 4 else dr_slips
    doc = D.Doc("rib", rib_fields(holder, bank, iban, key_ok), [D.Page(W, H, dr)], key=key)
    return doc


def rib_letter_doc(
    holder: str, salutation: str, bank: Bank, addr: Address, *, key: str, letter_date: dt.date
) -> D.Doc:
    """A bank's welcome letter with the RIB printed at its foot (one page)."""
    r = rng("ribletter", key)
    iban, branch, acc, rk, key_ok = account(bank, r)

    def dr(c):
        D.brand_block(c, 18 * mm, H - 25 * mm, bank.name, bank.color, r, 16, "square", "Lib-B")
        D.text(c, 18 * mm, H - 32 * mm, bank.branch_name, "Lib", 8.5)
        D.text(c, 18 * mm, H - 36 * mm, bank.branch_addr, "Lib", 8.5)
        D.text(c, 115 * mm, H - 50 * mm, holder, "Lib-B", 10.5)
        for i, ln in enumerate(addr.lines()):
            D.text(c, 115 * mm, H - 55 * mm - i * 5 * mm, ln, "Lib", 10.5)
        D.text(
            c,
            115 * mm,
            H - 80 * mm,
            f"{bank.branch_addr.split(', ')[-1].split(' ', 1)[-1]}, le {fr_words(letter_date)}",
            "Lib",
            10,
        )
        D.text(c, 18 * mm, H - 92 * mm, "Objet : ouverture de votre compte de dépôt", "Lib-B", 10.5)
        y = D.para(c, 18 * mm, H - 104 * mm, f"{salutation},", W - 36 * mm, "Lib", 10.5)
        body = (
            "Nous avons le plaisir de vous confirmer l'ouverture de votre compte de dépôt et "
            "vous remercions de votre confiance. Votre carte bancaire vous sera adressée "
            "séparément dans les prochains jours, ainsi que son code confidentiel. Vous "
            "trouverez ci-dessous votre relevé d'identité bancaire, à communiquer à votre "
            "employeur, à votre caisse d'assurance maladie ou à tout organisme appelé à "
            "effectuer des virements sur votre compte. Votre conseiller reste à votre "
            "disposition pour toute question."
        )
        y = D.para(c, 18 * mm, y - 4 * mm, body, W - 36 * mm, "Lib", 10.5, 15, justify=True)
        y = D.para(
            c,
            18 * mm,
            y - 4 * mm,
            "Nous vous prions d'agréer, "
            f"{salutation.lower()}, l'expression de nos salutations distinguées.",
            W - 36 * mm,
            "Lib",
            10.5,
        )
        D.text(c, 130 * mm, y - 8 * mm, "Votre conseiller", "Lib-I", 10)
        D.text(c, 130 * mm, y - 14 * mm, "Claire Vasseur", "Lib", 10)
        D.line(c, 5 * mm, 98 * mm, W - 5 * mm, 98 * mm, (0.4, 0.4, 0.4), 0.6, dash=(4, 3))
        D.text(c, 8 * mm, 99.5 * mm, "✂", "Sans", 9, (0.4, 0.4, 0.4))
        _rib_block(
            c, 18 * mm, 92 * mm, W - 36 * mm, bank, holder, None, iban, branch, acc, rk, "Lib", 1, r
        )

    doc = D.Doc(
        "rib",
        rib_fields(holder, bank, iban, key_ok),
        [D.Page(W, H, dr)],
        key=key,
        notes="RIB printed at the foot of the bank's welcome letter",
    )
    return doc


def rib_screen_doc(holder: str, bank: Bank, app: str, *, key: str, dark: bool = False) -> D.Doc:
    """A phone screenshot (1170 x 2532 px) of a bank app's account details screen."""
    r = rng("ribscreen", key)
    iban, branch, acc, rk, key_ok = account(bank, r)
    Wp, Hp = 1170, 2532
    bg = (0.07, 0.07, 0.09) if dark else (0.97, 0.97, 0.98)
    fg = (0.95, 0.95, 0.97) if dark else (0.08, 0.08, 0.1)
    sub = (0.6, 0.6, 0.65) if dark else (0.45, 0.45, 0.5)
    acc_col = bank.color if not dark else (0.4, 0.6, 1.0)
    card = (0.13, 0.13, 0.16) if dark else (1, 1, 1)

    def dr(c):
        c.setFillColorRGB(*bg)
        c.rect(0, 0, Wp, Hp, stroke=0, fill=1)
        D.text(c, 90, Hp - 100, f"{r.randint(8, 21)}:{r.randint(10, 59)}", "Sans-B", 46, fg)
        c.setFillColorRGB(*fg)
        for i in range(4):
            c.rect(860 + i * 22, Hp - 100, 14, 16 + i * 9, stroke=0, fill=1)
        c.roundRect(980, Hp - 102, 90, 40, 10, stroke=0, fill=1)
        D.text(c, 70, Hp - 250, "‹", "Sans", 90, acc_col)
        D.text(
            c,
            Wp / 2,
            Hp - 240,
            "Coordonnées bancaires" if app != "Revolut" else "Account details",
            "Sans-B",
            50,
            fg,
            "c",
        )
        D.text(
            c,
            80,
            Hp - 400,
            {
                "N26": "Compte principal",
                "Revolut": "Euro · EUR",
                "BoursoBank": "Compte bancaire BoursoBank",
                "Sumeria": "Compte courant",
            }.get(app, "Compte"),
            "Sans",
            40,
            sub,
        )
        y = Hp - 480
        c.setFillColorRGB(*card)
        c.roundRect(50, y - 1250, Wp - 100, 1250, 40, stroke=0, fill=1)
        rows = [
            ("Titulaire du compte" if app != "Revolut" else "Beneficiary", holder),
            ("IBAN", group4(iban)),
            ("BIC", bank.bic),
            ("Banque" if app != "Revolut" else "Bank", bank.name),
            ("Adresse de la banque" if app != "Revolut" else "Bank address", bank.branch_addr),
        ]
        yy = y - 110
        for lab, val in rows:
            D.text(c, 100, yy, lab, "Sans", 36, sub)
            D.fit_text(
                c, 100, yy - 70, val, Wp - 360, "Sans-B" if lab != "IBAN" else "Mono-B", 46, fg
            )
            D.text(
                c,
                Wp - 110,
                yy - 50,
                "Copier" if app != "Revolut" else "Copy",
                "Sans-B",
                34,
                acc_col,
                "r",
            )
            D.line(
                c,
                100,
                yy - 110,
                Wp - 100,
                yy - 110,
                (0.3, 0.3, 0.35) if dark else (0.88, 0.88, 0.9),
                2,
            )
            yy -= 240
        c.setFillColorRGB(*acc_col)
        c.roundRect(80, 330, Wp - 160, 150, 75, stroke=0, fill=1)
        D.text(
            c,
            Wp / 2,
            390,
            "Partager mes coordonnées" if app != "Revolut" else "Share details",
            "Sans-B",
            44,
            (1, 1, 1),
            "c",
        )
        D.text(c, Wp / 2, 250, app, "Sans-B", 40, sub, "c")
        c.setFillColorRGB(*fg)
        c.roundRect(Wp / 2 - 200, 40, 400, 14, 7, stroke=0, fill=1)

    doc = D.Doc(
        "rib",
        rib_fields(holder, bank, iban, key_ok),
        [D.Page(Wp, Hp, dr)],
        key=key,
        notes=f"{app} app screen (screenshot)",
    )
    doc.extra["screen"] = True
    return doc


# ---------------------------------------------------------------- payslip
def payslip(
    emp: Employer,
    employee: str,
    emp_addr: Address,
    job: str,
    start: dt.date,
    month: dt.date,
    gross: float,
    *,
    key: str,
    style: int = 0,
    pas_rate: float = 0.0,
    status: str = "Non cadre",
    coef: str = "230",
) -> D.Doc:
    r = rng("payslip", key)
    fn = ["Sans", "Lib", "LibN"][style % 3]
    fb = fn + "-B"
    end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    pay_day = end
    lines = [
        ("Salaire de base", "151,67", money(round(gross / 151.67, 4)), gross, None),
        ("SALAIRE BRUT", "", "", gross, None),
        ("SANTÉ", "", "", None, None),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            money(gross),
            "",
            0.0,
            round(gross * 0.13, 2),
        ),
        (
            "Complémentaire Incapacité Invalidité Décès",
            money(gross),
            "0,48",
            round(gross * 0.0048, 2),
            round(gross * 0.0096, 2),
        ),
        (
            "ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES",
            money(gross),
            "",
            0.0,
            round(gross * 0.0112, 2),
        ),
        ("RETRAITE", "", "", None, None),
        (
            "Sécurité sociale plafonnée",
            money(gross),
            "6,90",
            round(gross * 0.069, 2),
            round(gross * 0.0855, 2),
        ),
        (
            "Sécurité sociale déplafonnée",
            money(gross),
            "0,40",
            round(gross * 0.004, 2),
            round(gross * 0.0202, 2),
        ),
        (
            "Complémentaire Tranche 1",
            money(gross),
            "4,01",
            round(gross * 0.0401, 2),
            round(gross * 0.0601, 2),
        ),
        ("FAMILLE", money(gross), "", 0.0, round(gross * 0.0345, 2)),
        ("ASSURANCE CHÔMAGE", money(gross), "", 0.0, round(gross * 0.0425, 2)),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", 0.0, round(gross * 0.021, 2)),
        (
            "CSG déductible de l'impôt sur le revenu",
            money(round(gross * 0.9825, 2)),
            "6,80",
            round(gross * 0.9825 * 0.068, 2),
            None,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            money(round(gross * 0.9825, 2)),
            "2,90",
            round(gross * 0.9825 * 0.029, 2),
            None,
        ),
    ]
    sal_total = round(sum(v[3] for v in lines[2:] if v[3]), 2)
    emp_total = round(sum(v[4] for v in lines if v[4]), 2)
    net_before = round(gross - sal_total, 2)
    net_taxable = round(net_before + gross * 0.9825 * 0.029, 2)
    tax = round(net_taxable * pas_rate, 2)
    net_paid = round(net_before - tax, 2)
    net_social = round(gross - sal_total + 0.0, 2)

    def dr(c):
        col = emp.color
        D.rect(c, 15 * mm, H - 48 * mm, 88 * mm, 33 * mm, stroke=(0.5, 0.5, 0.5), lw=0.6)
        D.text(c, 18 * mm, H - 21 * mm, emp.name, fb, 10.5, col)
        for i, ln in enumerate(emp.addr.lines()):
            D.text(c, 18 * mm, H - 26 * mm - i * 4 * mm, ln, fn, 8)
        D.text(
            c, 18 * mm, H - 39 * mm, f"SIRET : {fmt_siret(emp.siret)}    APE : {emp.naf}", fn, 7.5
        )
        D.text(c, 18 * mm, H - 43.5 * mm, f"URSSAF : {emp.addr.city.upper()}", fn, 7.5)
        D.text(c, W - 15 * mm, H - 22 * mm, "BULLETIN DE PAIE", fb, 15, anchor="r")
        D.text(
            c,
            W - 15 * mm,
            H - 29 * mm,
            f"Période du {fr_date(month)} au {fr_date(end)}",
            fn,
            9,
            anchor="r",
        )
        D.text(
            c,
            W - 15 * mm,
            H - 34 * mm,
            f"Paiement le {fr_date(pay_day)} par virement",
            fn,
            8,
            anchor="r",
        )
        D.rect(c, 110 * mm, H - 80 * mm, W - 125 * mm, 28 * mm, stroke=(0.5, 0.5, 0.5), lw=0.6)
        D.text(c, 113 * mm, H - 58 * mm, employee, fb, 10.5)
        for i, ln in enumerate(emp_addr.lines()):
            D.text(c, 113 * mm, H - 63 * mm - i * 4.2 * mm, ln, fn, 8.5)
        rows = [
            ("Emploi", job),
            ("Statut", status),
            ("Coefficient", coef),
            ("Date d'entrée", fr_date(start)),
            ("N° de sécurité sociale", "en cours"),
            ("Convention collective", emp.ccn),
        ]
        y = H - 56 * mm
        for lab, val in rows:
            D.text(c, 18 * mm, y, lab, fn, 7.5, (0.35, 0.35, 0.4))
            D.fit_text(c, 50 * mm, y, val, 55 * mm, fb, 7.8)
            y -= 4.4 * mm
        # table
        y = H - 92 * mm
        cols = [15 * mm, 100 * mm, 125 * mm, 143 * mm, 168 * mm, W - 15 * mm]
        D.rect(c, 15 * mm, y - 6 * mm, W - 30 * mm, 6 * mm, stroke=None, fill=(0.88, 0.9, 0.94))
        for hd, x_ in zip(
            ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"], cols
        ):
            D.text(c, x_ + 1.5 * mm, y - 4.2 * mm, hd, fb, 7.5)
        y -= 11 * mm
        for lab, base, taux, sal, pat in lines:
            head = sal is None and pat is None
            D.fit_text(
                c, 16.5 * mm, y, lab, 82 * mm, fb if head or lab == "SALAIRE BRUT" else fn, 7.4
            )
            if base:
                D.text(c, 122 * mm, y, base, fn, 7.4, anchor="r")
            if taux:
                D.text(c, 140 * mm, y, taux, fn, 7.4, anchor="r")
            if sal:
                D.text(
                    c,
                    165 * mm,
                    y,
                    money(sal)
                    if lab != "Salaire de base" and lab != "SALAIRE BRUT"
                    else money(sal),
                    fn,
                    7.4,
                    anchor="r",
                )
            if pat:
                D.text(c, W - 17 * mm, y, money(pat), fn, 7.4, anchor="r")
            y -= 5.2 * mm
        D.line(c, 15 * mm, y + 2.5 * mm, W - 15 * mm, y + 2.5 * mm, (0.4, 0.4, 0.4), 0.5)
        D.text(c, 16.5 * mm, y - 1 * mm, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", fb, 7.6)
        D.text(c, 165 * mm, y - 1 * mm, money(sal_total), fb, 7.6, anchor="r")
        D.text(c, W - 17 * mm, y - 1 * mm, money(emp_total), fb, 7.6, anchor="r")
        y -= 12 * mm
        D.rect(c, 15 * mm, y - 3 * mm, W - 30 * mm, 8 * mm, stroke=None, fill=(0.94, 0.94, 0.94))
        D.text(c, 17 * mm, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
        D.text(c, W - 17 * mm, y, money(net_before), fb, 9, anchor="r")
        y -= 10 * mm
        D.text(c, 17 * mm, y, "Impôt sur le revenu prélevé à la source", fn, 8)
        D.text(c, 100 * mm, y, f"Base {money(net_taxable)}", fn, 8)
        D.text(c, 140 * mm, y, f"Taux {pas_rate * 100:.1f} %".replace(".", ","), fn, 8)
        D.text(c, W - 17 * mm, y, money(tax), fn, 8, anchor="r")
        y -= 12 * mm
        D.rect(c, 110 * mm, y - 4 * mm, W - 125 * mm, 11 * mm, stroke=None, fill=col)
        D.text(c, 113 * mm, y, "NET PAYÉ EN EUROS", fb, 10, (1, 1, 1))
        D.text(c, W - 17 * mm, y, money(net_paid), fb, 12, (1, 1, 1), "r")
        D.text(c, 17 * mm, y, f"Montant net social : {money(net_social)}", fn, 8.5)
        y -= 16 * mm
        D.text(
            c,
            17 * mm,
            y,
            f"Total versé par l'employeur : {money(round(gross + emp_total, 2))}",
            fn,
            7.5,
            (0.35, 0.35, 0.4),
        )
        D.para(
            c,
            15 * mm,
            20 * mm,
            "Dans votre intérêt et pour vous aider à faire valoir vos "
            "droits, conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au "
            "bulletin de paie sur le portail www.service-public.fr.",
            W - 30 * mm,
            fn,
            7,
            9,
            (0.35, 0.35, 0.35),
        )

    fields = dict(
        employer=emp.name,
        employee_name=employee,
        period=month.strftime("%Y-%m"),
        net_pay=net_paid,
        siret=emp.siret,
    )
    return D.Doc(
        "payslip",
        fields,
        [D.Page(W, H, dr)],
        key=key,
        notes="net_pay is the NET PAYÉ EN EUROS line (after income tax withheld)",
    )


# ---------------------------------------------------------------- employment contract
def employment_contract(
    emp: Employer | None,
    employee: str,
    employee_dob: dt.date,
    employee_pob: str,
    nationality: str,
    emp_addr: Address,
    ctype: str,
    job: str,
    start: dt.date,
    end: dt.date | None,
    salary: float,
    signed_on: dt.date,
    *,
    key: str,
    style: int = 0,
) -> D.Doc:
    r = rng("contract", key)
    fn = ["Serif", "LibS", "Lib"][style % 3]
    fb = "Serif-B" if fn == "Serif" else fn + "-B"
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if ctype == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    if emp:
        party = (
            f"La société {emp.name}, dont le siège social est situé {emp.addr.one_line()}, "
            f"immatriculée sous le numéro SIRET {fmt_siret(emp.siret)}, code APE {emp.naf}, "
            f"représentée par {emp.signatory}, agissant en qualité de {emp.sign_role},"
        )
    else:
        party = (
            "La société ______________________________, dont le siège social est situé "
            "______________________________________, représentée par "
            "_______________________,"
        )

    def p1(c):
        D.text(c, W / 2, H - 28 * mm, title, fb, 13.5, anchor="c")
        y = H - 45 * mm
        y = D.para(c, 20 * mm, y, "ENTRE LES SOUSSIGNÉS :", W - 40 * mm, fb, 10)
        y = D.para(c, 20 * mm, y - 2 * mm, party, W - 40 * mm, fn, 10, 14, justify=True)
        y = D.para(c, 20 * mm, y, "ci-après dénommée « l'Employeur »,", W - 40 * mm, fn, 10)
        y = D.para(c, 20 * mm, y - 3 * mm, "ET :", W - 40 * mm, fb, 10)
        y = D.para(
            c,
            20 * mm,
            y - 2 * mm,
            f"{employee}, né(e) le {fr_date(employee_dob)} à "
            f"{employee_pob}, de nationalité {nationality}, demeurant "
            f"{emp_addr.one_line()},",
            W - 40 * mm,
            fn,
            10,
            14,
            justify=True,
        )
        y = D.para(c, 20 * mm, y, "ci-après dénommé(e) « le Salarié ».", W - 40 * mm, fn, 10)
        y = D.para(c, 20 * mm, y - 4 * mm, "IL A ÉTÉ CONVENU CE QUI SUIT :", W - 40 * mm, fb, 10)
        arts = [
            (
                "Article 1 – Engagement",
                f"Le Salarié est engagé à compter du {fr_words(start)}"
                + (f" jusqu'au {fr_words(end)}" if end else "")
                + ", sous réserve des résultats de la "
                "visite d'information et de prévention."
                + (
                    " Le présent contrat est conclu pour "
                    "faire face à un accroissement "
                    "temporaire d'activité."
                    if end
                    else ""
                ),
            ),
            (
                "Article 2 – Fonctions",
                f"Le Salarié exercera les fonctions de {job}. Ces fonctions "
                "pourront évoluer en fonction des besoins de l'entreprise, sans modification de la "
                "qualification.",
            ),
            (
                "Article 3 – Période d'essai",
                "Le présent contrat ne deviendra définitif qu'à "
                f"l'issue d'une période d'essai de {'deux mois' if ctype == 'CDI' else 'trois semaines'}"
                ", au cours de laquelle chacune des parties pourra y mettre fin dans les conditions "
                "légales.",
            ),
            (
                "Article 4 – Rémunération",
                f"Le Salarié percevra une rémunération mensuelle brute de "
                f"{money(salary)} euros pour une durée hebdomadaire de travail de 35 heures.",
            ),
        ]
        for t, body in arts:
            y = D.para(c, 20 * mm, y - 3 * mm, t, W - 40 * mm, fb, 10)
            y = D.para(c, 20 * mm, y, body, W - 40 * mm, fn, 10, 14, justify=True)
        D.text(c, W / 2, 12 * mm, "1/2", fn, 8, anchor="c")

    def p2(c):
        y = H - 25 * mm
        arts = [
            (
                "Article 5 – Lieu de travail",
                "Le Salarié exercera ses fonctions au sein de "
                "l'établissement de l'Employeur" + (f", {emp.addr.one_line()}." if emp else "."),
            ),
            (
                "Article 6 – Congés payés",
                "Le Salarié bénéficiera des congés payés prévus par les "
                "dispositions légales et conventionnelles en vigueur.",
            ),
            (
                "Article 7 – Convention collective",
                "Le présent contrat est régi par la convention "
                f"collective {emp.ccn if emp else '__________'}.",
            ),
            (
                "Article 8 – Protection sociale",
                "Le Salarié sera affilié dès son embauche au régime "
                "général de la sécurité sociale, ainsi qu'aux régimes de retraite complémentaire et "
                "de prévoyance en vigueur dans l'entreprise.",
            ),
        ]
        for t, body in arts:
            y = D.para(c, 20 * mm, y - 3 * mm, t, W - 40 * mm, fb, 10)
            y = D.para(c, 20 * mm, y, body, W - 40 * mm, fn, 10, 14, justify=True)
        city = emp.addr.city if emp else "__________"
        y = D.para(
            c,
            20 * mm,
            y - 10 * mm,
            f"Fait en deux exemplaires originaux, à {city}, le {fr_date(signed_on)}.",
            W - 40 * mm,
            fn,
            10,
        )
        y -= 10 * mm
        D.text(c, 25 * mm, y, "Pour l'Employeur", fb, 10)
        D.text(c, 120 * mm, y, "Le Salarié", fb, 10)
        D.text(c, 25 * mm, y - 5 * mm, emp.signatory if emp else "", fn, 9)
        D.text(c, 120 * mm, y - 5 * mm, employee, fn, 9)
        D.text(
            c,
            120 * mm,
            y - 10 * mm,
            "(précédé de la mention « lu et approuvé »)",
            fn,
            7.5,
            (0.4, 0.4, 0.4),
        )
        rr = rng("contractsig", key)
        if emp:
            D.signature(
                c,
                25 * mm,
                y - 38 * mm,
                55 * mm,
                20 * mm,
                rr,
                emp.signatory.split(" ")[-1],
                D.INK_BLACK,
            )
            D.stamp(
                c,
                70 * mm,
                y - 30 * mm,
                14 * mm,
                emp.name.upper()[:32],
                ["SIRET", emp.siret[:9]],
                r,
                emp.color,
                0.6,
            )
        D.hand(c, 120 * mm, y - 20 * mm, "Lu et approuvé", rr, 11, "Hand2", D.INK_BLUE)
        D.signature(
            c, 120 * mm, y - 45 * mm, 55 * mm, 20 * mm, rr, employee.split(" ")[-1], D.INK_BLUE
        )
        D.text(c, W / 2, 12 * mm, "2/2", fn, 8, anchor="c")

    fields = dict(
        employer=emp.name if emp else None,
        employee_name=employee,
        contract_type=ctype,
        job_title=job,
        start_date=start.isoformat(),
    )
    return D.Doc(
        "employment_contract",
        fields,
        [D.Page(W, H, p1), D.Page(W, H, p2)],
        key=key,
        notes=None if emp else "employer identity left blank",
    )
