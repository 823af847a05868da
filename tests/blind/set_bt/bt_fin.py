"""Bills, RIBs and a banking-app screen."""

from __future__ import annotations

import random

from bt_common import A4, MM, iban_groups, para, qr_like

W, H = A4


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def table(
    c,
    x,
    y,
    cols,
    rows,
    font="Sans",
    size=8.5,
    lead=5.2 * MM,
    head_font="SansB",
    head_fill=(0.92, 0.92, 0.92),
    grid=False,
):
    """cols: list of (title, width, align). Returns y below the table."""
    c.setFillColorRGB(*head_fill)
    tot = sum(cw for _, cw, _ in cols)
    c.rect(x, y - lead + 1.5 * MM, tot, lead, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    xx = x
    for title, cw, al in cols:
        c.setFont(head_font, size)
        _txt(c, xx, y, cw, title, al)
        xx += cw
    y -= lead
    for row in rows:
        xx = x
        for (_t, cw, al), val in zip(cols, row, strict=False):
            c.setFont(font, size)
            _txt(c, xx, y, cw, val, al)
            xx += cw
        if grid:
            c.setLineWidth(0.3)
            c.line(x, y - 1.6 * MM, x + tot, y - 1.6 * MM)
        y -= lead
    return y


def _txt(c, x, y, cw, s, al):
    if al == "r":
        c.drawRightString(x + cw - 1.5 * MM, y, s)
    elif al == "c":
        c.drawCentredString(x + cw / 2, y, s)
    else:
        c.drawString(x + 1.5 * MM, y, s)


# ------------------------------------------------------------------ TotalEnergies
def totalenergies_bill(b: dict, seed: int):
    def draw(c, w, h):
        r = random.Random(seed)
        for i, col in enumerate(
            [(0.93, 0.11, 0.14), (0.98, 0.55, 0.1), (0.2, 0.35, 0.75), (0.1, 0.65, 0.4)]
        ):
            c.setFillColorRGB(*col)
            c.circle(22 * MM + i * 2.5 * MM, H - 20 * MM, 5.5 * MM - i * 0.8 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.2, 0.2, 0.25)
        c.setFont("LatoB", 17)
        c.drawString(33 * MM, H - 22 * MM, "TotalEnergies")
        c.setFont("Lato", 8)
        c.drawString(33 * MM, H - 27 * MM, "Électricité et Gaz France")
        c.setFont("LatoB", 16)
        c.drawString(18 * MM, H - 45 * MM, "Votre facture d'électricité")
        c.setFont("Lato", 9.5)
        c.drawString(18 * MM, H - 52 * MM, f"Facture n° {b['number']} du {b['issue_txt']}")
        c.drawString(
            18 * MM, H - 57.5 * MM, f"Période de facturation : du {b['from_txt']} au {b['to_txt']}"
        )
        c.drawString(18 * MM, H - 63 * MM, f"Référence client : {b['client_ref']}")
        c.drawString(18 * MM, H - 68.5 * MM, f"Point de livraison (PDL) : {b['pdl']}")
        c.setFont("Lato", 10.5)
        y = H - 45 * MM
        for ln in b["address_block"]:
            c.drawString(118 * MM, y, ln)
            y -= 5 * MM
        c.setFillColorRGB(0.96, 0.95, 0.98)
        c.roundRect(18 * MM, H - 100 * MM, W - 36 * MM, 24 * MM, 3 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.15, 0.15, 0.2)
        c.setFont("Lato", 10)
        c.drawString(24 * MM, H - 84 * MM, "Montant total TTC de votre facture")
        c.setFont("LatoB", 20)
        c.drawString(24 * MM, H - 94 * MM, eur(b["amount"]))
        c.setFont("Lato", 9)
        c.drawString(105 * MM, H - 84 * MM, f"Sera prélevé le {b['debit_txt']} sur le compte")
        c.drawString(105 * MM, H - 89 * MM, "se terminant par ***" + b["iban_tail"])
        c.drawString(105 * MM, H - 94 * MM, "Offre : Verte Fixe — Option Base 6 kVA")
        c.setFont("LatoB", 11)
        c.drawString(18 * MM, H - 112 * MM, "Détail de votre facture")
        y = table(
            c,
            18 * MM,
            H - 120 * MM,
            [
                ("Désignation", 78 * MM, "l"),
                ("Quantité", 28 * MM, "r"),
                ("Prix unitaire HT", 34 * MM, "r"),
                ("Montant HT", 34 * MM, "r"),
            ],
            b["lines"],
            font="Lato",
            head_font="LatoB",
            grid=True,
        )
        y -= 4 * MM
        for lab, val in b["totals"]:
            c.setFont("LatoB" if "TTC" in lab else "Lato", 9.5)
            c.drawString(110 * MM, y, lab)
            c.drawRightString(W - 20 * MM, y, val)
            y -= 5.5 * MM
        c.setFont("Lato", 8.5)
        para(
            c,
            18 * MM,
            y - 8 * MM,
            f"Votre consommation du {b['from_txt']} au {b['to_txt']} "
            f": {b['kwh']} kWh (index relevé par Enedis, compteur Linky n° {b['meter']}). "
            "En cas de litige, vous pouvez saisir le médiateur national de l'énergie.",
            "Lato",
            8.5,
            W - 36 * MM,
        )
        qr_like(c, W - 40 * MM, 22 * MM, 20 * MM, r)
        c.setFont("Lato", 6.5)
        c.drawString(
            18 * MM,
            14 * MM,
            "TotalEnergies Electricité et Gaz France — SA au "
            "capital de 0 000 000 € — 2 bis rue Louis Armand 75015 Paris — "
            "www.totalenergies.fr",
        )

    return (W, H, draw)


# ------------------------------------------------------------------ Orange
def orange_bill(b: dict, seed: int):
    def draw(c, w, h):
        r = random.Random(seed)
        c.setFillColorRGB(1.0, 0.47, 0.0)
        c.rect(15 * MM, H - 32 * MM, 17 * MM, 17 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("OpenB", 8.5)
        c.drawString(16.5 * MM, H - 30 * MM, "orange")
        c.setFillColorRGB(1, 1, 1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("OpenB", 15)
        c.drawString(40 * MM, H - 22 * MM, "votre facture")
        c.setFont("Open", 9)
        c.drawString(40 * MM, H - 28 * MM, f"du {b['issue_txt']}   n° {b['number']}")
        c.setFont("Open", 10)
        y = H - 50 * MM
        for ln in b["address_block"]:
            c.drawString(112 * MM, y, ln)
            y -= 5 * MM
        c.setFont("Open", 8.5)
        left = [
            ("n° client", b["client"]),
            ("titulaire du contrat", b["holder_line"]),
            ("offre", "Livebox Fibre"),
            ("ligne fixe", b["line"]),
            ("adresse d'installation", b["install"]),
        ]
        y = H - 50 * MM
        for lab, val in left:
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawString(15 * MM, y, lab)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(15 * MM, y - 4 * MM, val)
            y -= 9.5 * MM
        c.setFillColorRGB(0.0, 0.0, 0.0)
        c.rect(15 * MM, H - 118 * MM, W - 30 * MM, 12 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("OpenB", 11)
        c.drawString(19 * MM, H - 113.5 * MM, "montant à payer")
        c.drawRightString(W - 19 * MM, H - 113.5 * MM, eur(b["amount"]))
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Open", 8.5)
        c.drawString(15 * MM, H - 124 * MM, f"prélevé à partir du {b['debit_txt']}")
        y = table(
            c,
            15 * MM,
            H - 138 * MM,
            [("détail", 110 * MM, "l"), ("période", 45 * MM, "l"), ("montant TTC", 25 * MM, "r")],
            b["lines"],
            font="Open",
            head_font="OpenB",
            head_fill=(1.0, 0.88, 0.75),
            grid=True,
        )
        c.setFont("OpenB", 9)
        c.drawString(15 * MM, y - 3 * MM, "total de la facture TTC")
        c.drawRightString(W - 16.5 * MM, y - 3 * MM, eur(b["amount"]))
        c.setFont("Open", 7)
        c.drawString(
            15 * MM,
            25 * MM,
            "Orange SA au capital de 10 640 226 396 € — 111 quai "
            "du Président Roosevelt 92130 Issy-les-Moulineaux — 380 129 866 RCS Nanterre",
        )
        qr_like(c, W - 38 * MM, 34 * MM, 20 * MM, r)

    return (W, H, draw)


# ------------------------------------------------------------------ Bouygues Telecom
def bouygues_bill(b: dict, seed: int):
    def draw(c, w, h):
        r = random.Random(seed)
        c.setFillColorRGB(0.0, 0.27, 0.55)
        c.rect(0, H - 30 * MM, W, 30 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("RobotoB", 17)
        c.drawString(16 * MM, H - 16 * MM, "BOUYGUES")
        c.setFont("Roboto", 11)
        c.drawString(16 * MM, H - 22 * MM, "TELECOM")
        c.setFont("RobotoM", 12)
        c.drawRightString(W - 16 * MM, H - 16 * MM, "Facture " + b["month_label"])
        c.setFont("Roboto", 9)
        c.drawRightString(W - 16 * MM, H - 22 * MM, f"Date d'émission : {b['issue_txt']}")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Roboto", 10)
        y = H - 45 * MM
        for ln in b["address_block"]:
            c.drawString(115 * MM, y, ln)
            y -= 5 * MM
        c.setFont("Roboto", 8.5)
        y = H - 45 * MM
        for lab, val in [
            ("Compte client", b["client"]),
            ("N° de facture", b["number"]),
            ("Offre", "Bbox fit (fibre)"),
            ("Ligne", b["line"]),
        ]:
            c.drawString(16 * MM, y, lab + " : " + val)
            y -= 5 * MM
        c.setFillColorRGB(0.9, 0.94, 0.98)
        c.rect(16 * MM, H - 100 * MM, W - 32 * MM, 20 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.0, 0.27, 0.55)
        c.setFont("RobotoB", 12)
        c.drawString(20 * MM, H - 88 * MM, "Total à payer")
        c.setFont("RobotoB", 18)
        c.drawRightString(W - 20 * MM, H - 90 * MM, eur(b["amount"]))
        c.setFont("Roboto", 8.5)
        c.drawString(20 * MM, H - 95 * MM, f"Prélèvement le {b['debit_txt']}")
        c.setFillColorRGB(0, 0, 0)
        y = table(
            c,
            16 * MM,
            H - 112 * MM,
            [
                ("Vos abonnements et options", 95 * MM, "l"),
                ("Du", 28 * MM, "c"),
                ("Au", 28 * MM, "c"),
                ("Montant TTC", 27 * MM, "r"),
            ],
            b["lines"],
            font="Roboto",
            head_font="RobotoB",
            head_fill=(0.85, 0.9, 0.96),
        )
        c.setFont("Roboto", 7)
        c.drawString(
            16 * MM,
            18 * MM,
            "Bouygues Telecom — SA au capital de 712 588 399,56 € "
            "— 37-39 rue Boissière 75116 Paris — 397 480 930 RCS Paris",
        )
        qr_like(c, W - 36 * MM, 26 * MM, 18 * MM, r)

    return (W, H, draw)


# ------------------------------------------------------------------ RIBs
def rib_lcl(b: dict, seed: int):
    def draw(c, w, h):
        c.setFillColorRGB(0.0, 0.2, 0.5)
        c.rect(15 * MM, H - 30 * MM, 24 * MM, 14 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1.0, 0.85, 0.0)
        c.setFont("SansB", 16)
        c.drawString(18 * MM, H - 26 * MM, "LCL")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Sans", 8)
        c.drawString(42 * MM, H - 22 * MM, "LCL Banque et assurance")
        c.setFont("SansB", 13)
        c.drawString(15 * MM, H - 45 * MM, "RELEVÉ D'IDENTITÉ BANCAIRE")
        c.setFont("Sans", 8.5)
        para(
            c,
            15 * MM,
            H - 52 * MM,
            "Ce relevé est destiné à être remis, sur leur demande, "
            "à vos créanciers ou débiteurs appelés à faire inscrire des opérations à votre "
            "compte (virements, prélèvements, etc.).",
            "Sans",
            8.5,
            W - 30 * MM,
        )
        c.setFont("Sans", 9)
        c.drawString(15 * MM, H - 70 * MM, "Titulaire du compte")
        c.setFont("SansB", 10.5)
        c.drawString(15 * MM, H - 76 * MM, b["holder_line"])
        c.setFont("Sans", 9.5)
        c.drawString(15 * MM, H - 81 * MM, b["addr1"])
        c.drawString(15 * MM, H - 86 * MM, b["addr2"])
        c.setFont("Sans", 9)
        c.drawString(115 * MM, H - 70 * MM, "Domiciliation")
        c.setFont("SansB", 10)
        c.drawString(115 * MM, H - 76 * MM, b["agency"])
        c.setFont("Sans", 9)
        c.drawString(115 * MM, H - 81 * MM, b["agency_addr"])
        y = table(
            c,
            15 * MM,
            H - 100 * MM,
            [
                ("Code banque", 35 * MM, "c"),
                ("Code guichet", 35 * MM, "c"),
                ("Numéro de compte", 55 * MM, "c"),
                ("Clé RIB", 25 * MM, "c"),
            ],
            [[b["bank"], b["branch"], b["account"], b["key"]]],
            size=10,
        )
        c.setFont("Sans", 9)
        c.drawString(15 * MM, y - 6 * MM, "IBAN (International Bank Account Number)")
        c.setFont("Courier", 12.5)
        c.drawString(15 * MM, y - 13 * MM, iban_groups(b["iban"]))
        c.setFont("Sans", 9)
        c.drawString(15 * MM, y - 22 * MM, "BIC (Bank Identifier Code)")
        c.setFont("Courier", 12.5)
        c.drawString(15 * MM, y - 29 * MM, b["bic"])
        c.setDash(3, 2)
        c.line(10 * MM, y - 40 * MM, W - 10 * MM, y - 40 * MM)
        c.setDash()
        c.setFont("Sans", 7)
        c.drawString(
            15 * MM,
            15 * MM,
            "LCL — Le Crédit Lyonnais — SA au capital de "
            "2 037 713 591 € — 18 rue de la République 69002 Lyon — SIREN 954 509 741",
        )

    return (W, H, draw)


def rib_lbp(b: dict, seed: int):
    def draw(c, w, h):
        c.setFillColorRGB(0.0, 0.2, 0.45)
        c.rect(0, H - 28 * MM, W, 28 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1.0, 0.82, 0.0)
        c.circle(24 * MM, H - 14 * MM, 7 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("SansB", 14)
        c.drawString(35 * MM, H - 16 * MM, "LA BANQUE POSTALE")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 12)
        c.drawCentredString(W / 2, H - 42 * MM, "RELEVÉ D'IDENTITÉ BANCAIRE")
        c.setLineWidth(0.8)
        c.rect(15 * MM, H - 125 * MM, W - 30 * MM, 75 * MM)
        rows = [
            ("Titulaire", b["holder_line"]),
            ("", b["addr1"]),
            ("", b["addr2"]),
            ("Domiciliation", b["agency"]),
        ]
        y = H - 58 * MM
        for lab, val in rows:
            c.setFont("Sans", 8.5)
            c.drawString(20 * MM, y, lab)
            c.setFont("SansB", 10)
            c.drawString(55 * MM, y, val)
            y -= 6 * MM
        c.setFont("Sans", 8)
        hdr = [("Établissement", 20), ("Guichet", 55), ("N° de compte", 88), ("Clé", 140)]
        for lab, xm in hdr:
            c.drawString(xm * MM, H - 90 * MM, lab)
        c.setFont("Courier", 12)
        for val, xm in zip(
            [b["bank"], b["branch"], b["account"], b["key"]], (20, 55, 88, 140), strict=False
        ):
            c.drawString(xm * MM, H - 97 * MM, val)
        c.setFont("Sans", 8)
        c.drawString(20 * MM, H - 107 * MM, "IBAN")
        c.drawString(140 * MM, H - 107 * MM, "BIC")
        c.setFont("Courier", 11.5)
        c.drawString(20 * MM, H - 114 * MM, iban_groups(b["iban"]))
        c.drawString(140 * MM, H - 114 * MM, b["bic"])
        c.setFont("Sans", 7)
        c.drawString(
            15 * MM,
            18 * MM,
            "La Banque Postale — SA à Directoire et Conseil de "
            "surveillance — 115 rue de Sèvres 75275 Paris Cedex 06",
        )

    return (W, H, draw)


def rib_ce(b: dict, seed: int):
    def draw(c, w, h):
        c.setFillColorRGB(0.84, 0.0, 0.15)
        c.rect(15 * MM, H - 33 * MM, 16 * MM, 16 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("SansB", 13)
        c.drawCentredString(23 * MM, H - 28 * MM, "CE")
        c.setFillColorRGB(0.84, 0.0, 0.15)
        c.setFont("SansB", 14)
        c.drawString(35 * MM, H - 24 * MM, "CAISSE D'EPARGNE")
        c.setFont("Sans", 9)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(35 * MM, H - 30 * MM, "Ile-de-France")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 11)
        c.drawString(15 * MM, H - 48 * MM, "Relevé d'Identité Bancaire / IBAN")
        c.setFont("Sans", 9)
        y = H - 60 * MM
        for lab, val in [
            ("Intitulé du compte", b["holder_line"]),
            ("Adresse", b["addr1"]),
            ("", b["addr2"]),
            ("Nature du compte", "COMPTE DE DEPOT"),
            ("Agence", b["agency"]),
        ]:
            c.drawString(15 * MM, y, lab)
            c.drawString(55 * MM, y, val)
            y -= 5.5 * MM
        y = table(
            c,
            15 * MM,
            y - 6 * MM,
            [
                ("Banque", 30 * MM, "c"),
                ("Guichet", 30 * MM, "c"),
                ("N° compte", 50 * MM, "c"),
                ("Clé", 20 * MM, "c"),
            ],
            [[b["bank"], b["branch"], b["account"], b["key"]]],
            size=10,
            head_fill=(0.97, 0.88, 0.9),
        )
        c.setFont("SansB", 10)
        c.drawString(15 * MM, y - 6 * MM, "IBAN : " + iban_groups(b["iban"]))
        c.drawString(15 * MM, y - 13 * MM, "BIC : " + b["bic"])

    return (W, H, draw)


def cm_app_screen(b: dict, seed: int):
    """Crédit Mutuel app screen (1170 x 2532 px drawn at 1 pt = 1 px)."""
    sw, sh = 1170, 2532

    def draw(c, w, h):
        c.setFillColorRGB(0.96, 0.96, 0.97)
        c.rect(0, 0, sw, sh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("RobotoM", 44)
        c.drawString(90, sh - 110, b["clock"])
        c.drawRightString(sw - 90, sh - 110, "4G  82 %")
        c.setFillColorRGB(0.0, 0.32, 0.6)
        c.rect(0, sh - 330, sw, 190, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("RobotoM", 56)
        c.drawString(150, sh - 260, "Mon RIB")
        c.setFont("Roboto", 64)
        c.drawString(60, sh - 262, "‹")
        c.setFillColorRGB(1, 1, 1)
        c.roundRect(50, sh - 1550, sw - 100, 1160, 30, stroke=0, fill=1)
        c.setFillColorRGB(0.0, 0.32, 0.6)
        c.setFont("RobotoB", 46)
        c.drawString(100, sh - 480, "Crédit Mutuel")
        c.setFont("Roboto", 36)
        c.setFillColorRGB(0.35, 0.35, 0.4)
        c.drawString(100, sh - 535, "COMPTE CHEQUE EUROCOMPTE")
        y = sh - 650
        g = iban_groups(b["iban"])
        rows = [
            ("Titulaire", b["holder_line"]),
            ("IBAN", g[:19]),
            ("", g[20:]),
            ("BIC", b["bic"]),
            ("Domiciliation", b["agency"]),
            ("Code banque / guichet", b["bank"] + " / " + b["branch"]),
            ("N° de compte / clé", b["account"] + " / " + b["key"]),
        ]
        for lab, val in rows:
            if lab:
                c.setFillColorRGB(0.45, 0.45, 0.5)
                c.setFont("Roboto", 34)
                c.drawString(100, y, lab)
                y -= 56
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("RobotoM", 44 if lab != "Domiciliation" else 36)
            c.drawString(100, y, val)
            y -= 96
        for i, lab in enumerate(["Copier l'IBAN", "Partager mon RIB", "Télécharger (PDF)"]):
            yy = sh - 1720 - i * 170
            c.setFillColorRGB(0.0, 0.32, 0.6) if i == 1 else c.setFillColorRGB(1, 1, 1)
            c.roundRect(80, yy, sw - 160, 130, 65, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1) if i == 1 else c.setFillColorRGB(0.0, 0.32, 0.6)
            c.setFont("RobotoM", 42)
            c.drawCentredString(sw / 2, yy + 48, lab)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.roundRect(sw / 2 - 200, 30, 400, 12, 6, stroke=0, fill=1)

    return (sw, sh, draw)
