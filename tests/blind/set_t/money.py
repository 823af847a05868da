"""RIBs of French banks (cheque-book strip, online PDF) and neobank app screens."""

from __future__ import annotations

import checks as ck
from tk import (
    A4,
    Page,
    fit,
    hgrad,
    line,
    para,
    rect,
    rgb,
    txt,
)

W, H = A4
INK = (0.08, 0.08, 0.1)

BANKS = {
    "BNP": dict(
        name="BNP PARIBAS",
        col=rgb("00915A"),
        code="30004",
        bic="BNPAFRPPXXX",
        style="strip",
        font=("Sans", "SansB"),
    ),
    "HELLO": dict(
        name="Hello bank!",
        col=rgb("00A7E1"),
        code="30004",
        bic="BNPAFRPPXXX",
        style="online",
        font=("Rob", "RobB"),
    ),
    "SG": dict(
        name="SOCIETE GENERALE",
        col=rgb("E60028"),
        code="30003",
        bic="SOGEFRPP",
        style="strip",
        font=("Sans", "SansB"),
    ),
    "CA": dict(
        name="CRÉDIT AGRICOLE",
        col=rgb("007A78"),
        code="18206",
        bic="AGRIFRPP882",
        style="online",
        font=("Open", "OpenB"),
    ),
    "CM": dict(
        name="CRÉDIT MUTUEL",
        col=rgb("0A3D8F"),
        code="10278",
        bic="CMCIFR2A",
        style="strip",
        font=("Carl", "CarlB"),
    ),
    "LCL": dict(
        name="LCL",
        col=rgb("1B3F8F"),
        code="30002",
        bic="CRLYFRPP",
        style="strip",
        font=("Sans", "SansB"),
    ),
    "LBP": dict(
        name="LA BANQUE POSTALE",
        col=rgb("003DA5"),
        code="20041",
        bic="PSSTFRPPPAR",
        style="online",
        font=("Lato", "LatoB"),
    ),
    "CIC": dict(
        name="CIC",
        col=rgb("006BA6"),
        code="30066",
        bic="CMCIFRPP",
        style="strip",
        font=("Rob", "RobB"),
    ),
    "CE": dict(
        name="CAISSE D'EPARGNE",
        col=rgb("D6001C"),
        code="17515",
        bic="CEPAFRPP751",
        style="online",
        font=("Open", "OpenB"),
    ),
    "BOURSO": dict(
        name="BoursoBank",
        col=rgb("E6007E"),
        code="40618",
        bic="BOUSFRPPXXX",
        style="online",
        font=("Lato", "LatoB"),
    ),
    "BP": dict(
        name="BANQUE POPULAIRE",
        col=rgb("1F2B6F"),
        code="10207",
        bic="CCBPFRPPMTG",
        style="strip",
        font=("DV", "DVB"),
    ),
    "N26": dict(
        name="N26", col=rgb("36A18B"), code="", bic="NTSBDEB1XXX", style="app", font=("Rob", "RobB")
    ),
    "REVOLUT": dict(
        name="Revolut",
        col=rgb("191C1F"),
        code="",
        bic="REVOLT21",
        style="app",
        font=("Rob", "RobB"),
    ),
    "WISE": dict(
        name="Wise",
        col=rgb("9FE870"),
        code="",
        bic="TRWIBEB1XXX",
        style="app",
        font=("Rob", "RobB"),
    ),
}


def rib_fields(r):
    iban = r["iban"]
    f = {
        "holder_name": r["holder_field"],
        "iban": iban,
        "bic": r["bic"],
        "bank_name": r["bank_field"],
        "iban_valid": ck.iban_ok(iban),
        "rib_key_valid": None,
    }
    if iban.startswith("FR"):
        f["rib_key_valid"] = ck.rib_key(iban[4:9], iban[9:14], iban[14:25]) == iban[25:27]
    return f


def make_fr(r, rng, bad_key=False):
    b = BANKS[r["bank"]]
    bank = r.get("code", b["code"])
    branch = r.get("branch") or "%05d" % rng.randint(100, 9999)
    acc = r.get("account") or "%011d" % rng.randint(10**9, 10**11 - 1)
    key = ck.rib_key(bank, branch, acc)
    if bad_key:
        key = "%02d" % ((int(key) + 37) % 97 or 1)
    iban, _ = ck.fr_iban(bank, branch, acc, key)
    r.update(code=bank, branch=branch, account=acc, key=key, iban=iban)
    r.setdefault("bic", b["bic"])
    return r


def _strip(c, r, b, y0, rng, hgt=240):
    f, fb = b["font"]
    rect(c, 40, y0 - hgt, W - 80, hgt, stroke=(0.5, 0.5, 0.5), lw=0.6)
    rect(c, 40, y0 - 28, W - 80, 28, stroke=None, fill=b["col"])
    txt(c, 50, y0 - 19, b["name"], fb, 12, (1, 1, 1))
    txt(c, W - 50, y0 - 19, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 10, (1, 1, 1), "r")
    txt(c, 50, y0 - 48, "Titulaire du compte", f, 7.5, (0.35, 0.35, 0.35))
    yy = y0 - 62
    for ln in [r["holder_print"]] + r.get("holder_addr", []):
        txt(c, 50, yy, ln, fb if ln == r["holder_print"] else f, 9.5, INK)
        yy -= 12
    txt(c, 320, y0 - 48, "Domiciliation", f, 7.5, (0.35, 0.35, 0.35))
    yy = y0 - 62
    for ln in r["agency"]:
        txt(c, 320, yy, ln, f, 9, INK)
        yy -= 12
    ty = y0 - 140
    cols = [
        ("Code banque", r["code"]),
        ("Code guichet", r["branch"]),
        ("Numéro de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    xs = [50, 140, 230, 380]
    for (lab, v), x in zip(cols, xs):
        txt(c, x, ty + 14, lab, f, 7.5, (0.35, 0.35, 0.35))
        txt(c, x, ty, v, "MonoB", 10.5, INK)
    line(c, 50, ty - 10, W - 50, ty - 10, (0.75, 0.75, 0.75), 0.4)
    txt(c, 50, ty - 28, "IBAN (International Bank Account Number)", f, 7.5, (0.35, 0.35, 0.35))
    txt(c, 50, ty - 44, ck.iban_groups(r["iban"]), "MonoB", 11, INK)
    txt(c, 380, ty - 28, "BIC (Bank Identifier Code)", f, 7.5, (0.35, 0.35, 0.35))
    txt(c, 380, ty - 44, r["bic"], "MonoB", 11, INK)


def rib(r: dict, rng) -> Page:
    b = BANKS[r["bank"]]
    f, fb = b["font"]
    style = r.get("style", b["style"])

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        if style == "strip":
            txt(c, 40, H - 40, b["name"], fb, 16, b["col"])
            txt(c, W - 40, H - 40, "Édité le %s" % ck.dmy(r["issued"]), f, 8, (0.4, 0.4, 0.4), "r")
            para(
                c,
                40,
                H - 62,
                W - 80,
                "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, prélèvements, paiements de quittances...). Son utilisation vous garantit le bon enregistrement des opérations en cause.",
                f,
                7.5,
                9.5,
                (0.3, 0.3, 0.3),
            )
            n = r.get("copies", 2)
            for k in range(n):
                y0 = H - 110 - k * 270
                _strip(c, r, b, y0, rng)
                if k < n - 1:
                    line(c, 20, y0 - 255, W - 20, y0 - 255, (0.5, 0.5, 0.5), 0.5, dash=(4, 3))
                    txt(c, 24, y0 - 252, "✂", "DV", 9, (0.5, 0.5, 0.5))
        else:
            hgrad(c, 0, H - 80, W, 80, b["col"], tuple(min(1, v + 0.2) for v in b["col"]), 20)
            txt(c, 40, H - 50, b["name"], fb, 20, (1, 1, 1))
            txt(c, W - 40, H - 50, "Relevé d'Identité Bancaire", fb, 12, (1, 1, 1), "r")
            y = H - 130
            txt(c, 40, y, "Identification du compte pour une utilisation nationale", fb, 10, INK)
            y -= 22
            for lab, v, x in [
                ("Banque", r["code"], 40),
                ("Guichet", r["branch"], 120),
                ("N° de compte", r["account"], 200),
                ("Clé", r["key"], 330),
            ]:
                txt(c, x, y, lab, f, 8, (0.4, 0.4, 0.4))
                txt(c, x, y - 15, v, "MonoB", 11, INK)
            y -= 50
            txt(c, 40, y, "Identification internationale (IBAN / BIC)", fb, 10, INK)
            y -= 22
            txt(c, 40, y, "IBAN", f, 8, (0.4, 0.4, 0.4))
            txt(c, 40, y - 16, ck.iban_groups(r["iban"]), "MonoB", 12.5, INK)
            txt(c, 400, y, "BIC", f, 8, (0.4, 0.4, 0.4))
            txt(c, 400, y - 16, r["bic"], "MonoB", 12.5, INK)
            y -= 60
            rect(c, 40, y - 100, 240, 110, stroke=(0.7, 0.7, 0.7), lw=0.5, r=5)
            txt(c, 50, y - 8, "Titulaire du compte", f, 8, (0.4, 0.4, 0.4))
            yy = y - 24
            for ln in [r["holder_print"]] + r.get("holder_addr", []):
                fit(c, 50, yy, ln, fb if ln == r["holder_print"] else f, 10, 220, INK)
                yy -= 14
            rect(c, 300, y - 100, 255, 110, stroke=(0.7, 0.7, 0.7), lw=0.5, r=5)
            txt(c, 310, y - 8, "Domiciliation", f, 8, (0.4, 0.4, 0.4))
            yy = y - 24
            for ln in r["agency"]:
                fit(c, 310, yy, ln, f, 10, 235, INK)
                yy -= 14
            para(
                c,
                40,
                90,
                W - 80,
                "Document généré depuis votre espace client le %s. Ne communiquez jamais vos codes d'accès. %s - Établissement de crédit agréé."
                % (ck.dmy(r["issued"]), b["name"]),
                f,
                7,
                9,
                (0.4, 0.4, 0.4),
            )

    return Page(W, H, draw)


def app_screen(r: dict, rng) -> Page:
    """Neobank 'account details' screen, 390 x 844 pt (rendered at 3x)."""
    b = BANKS[r["bank"]]
    f, fb = b["font"]
    Ws, Hs = 390, 844
    dark = r["bank"] == "REVOLUT"
    bg = (0.07, 0.08, 0.09) if dark else (0.97, 0.97, 0.96)
    fg = (1, 1, 1) if dark else INK
    sub = (0.6, 0.62, 0.66) if dark else (0.42, 0.42, 0.45)
    card = (0.14, 0.15, 0.17) if dark else (1, 1, 1)

    def draw(c):
        rect(c, 0, 0, Ws, Hs, stroke=None, fill=bg)
        txt(c, 26, Hs - 34, r.get("clock", "18:07"), "RobB", 12, fg)
        txt(c, Ws - 24, Hs - 34, "4G  57%", "RobB", 10, fg, "r")
        txt(c, 22, Hs - 84, "‹", "RobB", 22, fg)
        txt(c, Ws / 2, Hs - 82, r.get("title", "Coordonnées bancaires"), fb, 15, fg, "c")
        y = Hs - 130
        if r["bank"] == "WISE":
            rect(c, 20, y - 30, Ws - 40, 44, stroke=None, fill=(0.62, 0.91, 0.44), r=22)
            txt(c, Ws / 2, y - 14, "Euro · EUR", fb, 12, INK, "c")
            y -= 60
        rows = [
            ("Titulaire du compte" if r["bank"] != "WISE" else "Name", r["holder_print"]),
            ("IBAN", ck.iban_groups(r["iban"])),
            ("BIC / SWIFT", r["bic"]),
            ("Banque" if r["bank"] != "WISE" else "Bank name and address", r["bank_line"]),
        ]
        rect(c, 16, y - 76 * len(rows) + 10, Ws - 32, 76 * len(rows), stroke=None, fill=card, r=14)
        for lab, v in rows:
            txt(c, 32, y - 14, lab, f, 10.5, sub)
            fit(c, 32, y - 36, v, fb, 14 if lab != "IBAN" else 13.5, Ws - 90, fg)
            rect(c, Ws - 48, y - 38, 9, 11, stroke=sub, lw=0.9, r=2)
            rect(c, Ws - 45, y - 35, 9, 11, stroke=sub, lw=0.9, fill=card, r=2)
            if lab != rows[-1][0]:
                line(
                    c,
                    32,
                    y - 56,
                    Ws - 32,
                    y - 56,
                    (0.25, 0.25, 0.28) if dark else (0.9, 0.9, 0.9),
                    0.6,
                )
            y -= 76
        y -= 30
        para(
            c,
            24,
            y,
            Ws - 48,
            r.get(
                "note",
                "Utilisez ces coordonnées pour recevoir votre salaire, des virements et des prélèvements SEPA.",
            ),
            f,
            10,
            13,
            sub,
        )
        y -= 70
        rect(
            c,
            24,
            y - 24,
            Ws - 48,
            46,
            stroke=None,
            fill=b["col"] if not dark else (0.3, 0.4, 1),
            r=23,
        )
        txt(c, Ws / 2, y - 6, "Partager", fb, 13, (1, 1, 1) if r["bank"] != "WISE" else INK, "c")
        rect(c, Ws / 2 - 67, 10, 134, 5, stroke=None, fill=fg, r=2.5)

    return Page(Ws, Hs, draw, kind="screen")
