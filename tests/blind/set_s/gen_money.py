"""Bank details (RIB PDFs and banking-app screenshots), payslips and employment contracts."""

from __future__ import annotations

from gen_codes import (
    digits,
    fr_iban,
    iban_check,
    iban_groups,
    iban_ok,
    rib_key,
)
from gen_core import Page
from gen_draw import logo_text
from gen_layout import table

BANK_STYLE = {
    "BNP": ((0, 145, 90), "sans", "sans-b"),
    "SG": ((226, 0, 26), "open", "open-b"),
    "CA": ((0, 112, 110), "carlito", "carlito-b"),
    "CA2": ((0, 112, 110), "carlito", "carlito-b"),
    "CM": ((0, 80, 160), "dejavu", "dejavu-b"),
    "LCL": ((0, 60, 130), "lato", "lato-b"),
    "LBP": ((0, 50, 140), "roboto", "roboto-b"),
    "CIC": ((0, 90, 170), "fsans", "fsans-b"),
    "CE": ((215, 0, 50), "open", "open-b"),
    "BOURSO": ((210, 0, 110), "roboto", "roboto-b"),
    "REVFR": ((20, 20, 20), "roboto", "roboto-b"),
}


def fr_account(rng, bank_code, wrong_key=False):
    branch = digits(rng, 5)
    if bank_code == "20041":
        account = digits(rng, 7) + rng.choice("ABCDEFGHJKLMN") + digits(rng, 3)
    else:
        account = digits(rng, 11)
    key = rib_key(bank_code, branch, account)
    if wrong_key:
        key = f"{(int(key) + rng.randint(7, 40)) % 97 or 11:02d}"
    iban = fr_iban(bank_code, branch, account, key)
    return dict(
        bank=bank_code,
        branch=branch,
        account=account,
        key=key,
        iban=iban,
        key_ok=key == rib_key(bank_code, branch, account),
    )


def de_iban(rng, blz="10011001"):
    acct = digits(rng, 10)
    bban = blz + acct
    return "DE" + iban_check("DE", bban) + bban


def be_iban(rng, bank="967"):
    first = bank + digits(rng, 7)
    chk = int(first) % 97 or 97
    bban = first + f"{chk:02d}"
    return "BE" + iban_check("BE", bban) + bban


def lt_iban(rng, bank="32500"):
    bban = bank + digits(rng, 11)
    return "LT" + iban_check("LT", bban) + bban


def rib_pdf(
    rng,
    bank_key,
    bank_name,
    bic,
    agency,
    agency_addr,
    holder_lines,
    acct,
    copies=None,
    variant=None,
):
    """Classic RIB page. holder_lines: printed holder name lines, then address lines."""
    col, f, fb = BANK_STYLE[bank_key]
    variant = rng.randint(0, 2) if variant is None else variant
    copies = copies or (2 if variant == 1 else 1)
    pg = Page()
    y0 = 18
    for c in range(copies):
        y = y0 + c * 135
        logo_text(pg, 18, y + 8, bank_name, fb, 15 if len(bank_name) < 14 else 12, col)
        title = [
            "RELEVÉ D'IDENTITÉ BANCAIRE",
            "Relevé d'Identité Bancaire (RIB)",
            "VOS COORDONNÉES BANCAIRES",
        ][variant]
        pg.text(192, y + 8, title, fb, 11, anchor="r")
        pg.line(18, y + 12, 192, y + 12, col, 0.6)
        pg.text(
            18,
            y + 20,
            "Titulaire du compte" if variant != 2 else "Intitulé du compte",
            f,
            8,
            (90, 90, 90),
        )
        for i, ln in enumerate(holder_lines):
            pg.text(18, y + 25.5 + i * 4.8, ln, fb if i == 0 else f, 10 if i == 0 else 9)
        pg.text(112, y + 20, "Domiciliation", f, 8, (90, 90, 90))
        pg.text(112, y + 25.5, agency, fb, 9.5)
        for i, ln in enumerate(agency_addr):
            pg.text(112, y + 30.3 + i * 4.6, ln, f, 9)
        ty = y + 52
        if variant == 0:
            ty = table(
                pg,
                18,
                ty,
                [34, 34, 56, 20],
                [
                    ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
                    [acct["bank"], acct["branch"], acct["account"], acct["key"]],
                ],
                font="mono-b",
                head_font=f,
                size=9,
                aligns=["m"] * 4,
            )
        else:
            pg.text(18, ty, "Banque", f, 8, (90, 90, 90))
            pg.text(45, ty, "Guichet", f, 8, (90, 90, 90))
            pg.text(72, ty, "N° compte", f, 8, (90, 90, 90))
            pg.text(112, ty, "Clé", f, 8, (90, 90, 90))
            for x, v in [
                (18, acct["bank"]),
                (45, acct["branch"]),
                (72, acct["account"]),
                (112, acct["key"]),
            ]:
                pg.text(x, ty + 5.5, v, "mono-b", 10)
            ty += 10
        ty += 8
        lab_i = [
            "IBAN",
            "Identifiant international de compte (IBAN)",
            "IBAN (International Bank Account Number)",
        ][variant]
        pg.text(18, ty, lab_i, f, 8, (90, 90, 90))
        pg.text(18, ty + 6, iban_groups(acct["iban"]), "mono-b", 12)
        pg.text(140, ty, "BIC", f, 8, (90, 90, 90))
        pg.text(140, ty + 6, bic, "mono-b", 12)
        if copies == 2 and c == 0:
            pg.line(10, y + 128, 200, y + 128, (150, 150, 150), 0.3, dash=(2, 1.5))
        if variant == 2:
            pg.para(
                18,
                ty + 20,
                174,
                "Ce relevé est destiné à être remis, sur leur demande, à "
                "vos créanciers ou débiteurs appelés à faire inscrire des opérations à votre "
                "compte (virements, paiement de quittances, etc.).",
                f,
                8,
                color=(90, 90, 90),
            )
    fields = dict(
        holder_name=holder_lines[0],
        iban=acct["iban"],
        bic=bic,
        bank_name=bank_name,
        iban_valid=iban_ok(acct["iban"]),
        rib_key_valid=acct["key_ok"],
    )
    return [pg], fields


def _status_bar(pg, rng, dark=False):
    c = (240, 240, 240) if dark else (20, 20, 20)
    pg.text(10, 8, rng.choice(["9:41", "10:07", "18:32", "21:15", "08:54"]), "roboto-m", 12, c)
    pg.rect(96, 4.5, 10, 4.2, c, None, 0.3, 1)
    pg.rect(96.6, 5.1, rng.uniform(3, 8.5), 3.0, None, c, 0, 0.6)
    pg.text(92, 8, "5G" if rng.random() < 0.5 else "4G", "roboto-m", 9, c, anchor="r")


def rib_screen(rng, app, holder, iban, bic, bank_name, bank_addr, w=117, h=253.2):
    """Banking app screen 'account details'."""
    dark = app in ("revolut_dark",)
    bg = (18, 18, 22) if dark else (250, 250, 252) if app != "wise" else (255, 255, 255)
    fg = (240, 240, 240) if dark else (25, 25, 30)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    pg = Page(w, h, bg=bg)
    _status_bar(pg, rng, dark)
    font = {
        "revolut": "roboto",
        "revolut_dark": "roboto",
        "n26": "lato",
        "wise": "open",
        "bourso": "roboto",
        "lbp": "open",
    }[app]
    fb = font + "-b"
    titles = {
        "revolut": "Coordonnées bancaires",
        "revolut_dark": "Account details",
        "n26": "Détails du compte",
        "wise": "Vos coordonnées bancaires EUR",
        "bourso": "Mon RIB",
        "lbp": "Relevé d'identité bancaire",
    }
    pg.text(8, 22, "<", font, 18, fg)
    pg.text(w / 2, 22, titles[app], fb, 13, fg, anchor="m")
    y = 40
    if app == "bourso":
        pg.rect(6, 30, w - 12, 18, None, (210, 0, 110), 0, 3)
        pg.text(12, 41.5, "BoursoBank - Compte courant", fb, 11, (255, 255, 255))
        y = 60
    if app == "wise":
        pg.text(8, y, "Pour recevoir des euros par virement SEPA", font, 9.5, sub)
        y += 10
    labels = {
        "revolut": ["Bénéficiaire", "IBAN", "BIC / SWIFT", "Banque", "Adresse de la banque"],
        "revolut_dark": ["Beneficiary", "IBAN", "BIC", "Bank", "Bank address"],
        "n26": ["Titulaire du compte", "IBAN", "BIC", "Banque", "Adresse"],
        "wise": ["Nom", "IBAN", "Swift/BIC", "Banque", "Adresse de la banque"],
        "bourso": ["Titulaire", "IBAN", "BIC", "Banque", "Domiciliation"],
        "lbp": ["Titulaire du compte", "IBAN", "BIC", "Établissement", "Centre financier"],
    }[app]
    vals = [holder, iban_groups(iban), bic, bank_name, bank_addr]
    for lab, val in zip(labels, vals):
        card = (32, 32, 38) if dark else (255, 255, 255) if app != "wise" else (245, 247, 245)
        pg.rect(6, y - 6, w - 12, 22, None, card, 0, 3)
        pg.text(11, y + 0.5, lab, font, 9.5, sub)
        size = 12 if len(val) < 30 else 10.5
        pg.text(11, y + 9.5, val, fb if lab != labels[4] else font, size, fg)
        if lab in (labels[1], labels[2]):
            pg.rect(w - 20, y - 1, 9, 9, sub, None, 0.3, 1.5)
            pg.rect(w - 18.5, y + 0.5, 9, 9, sub, None, 0.3, 1.5)
        y += 26
    btn = {
        "revolut": (0, 102, 255),
        "revolut_dark": (0, 102, 255),
        "n26": (54, 161, 139),
        "wise": (159, 232, 112),
        "bourso": (210, 0, 110),
        "lbp": (0, 50, 140),
    }[app]
    pg.rect(8, h - 34, w - 16, 14, None, btn, 0, 7)
    pg.text(
        w / 2,
        h - 25,
        {"revolut_dark": "Share details"}.get(app, "Partager mon RIB"),
        fb,
        11,
        (255, 255, 255) if app != "wise" else (20, 60, 20),
        anchor="m",
    )
    pg.rect(w / 2 - 18, h - 5, 36, 1.4, None, fg, 0, 0.7)
    fields = dict(
        holder_name=holder,
        iban=iban,
        bic=bic,
        bank_name=bank_name,
        iban_valid=iban_ok(iban),
        rib_key_valid=(rib_key(iban[4:9], iban[9:14], iban[14:25]) == iban[25:27])
        if iban.startswith("FR")
        else None,
    )
    return [pg], fields
