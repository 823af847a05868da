"""Utility bills: energy (EDF, Engie, TotalEnergies, ekWateur), telecom (Free, SFR, Orange,
Bouygues, Sosh, RED), water (Eau de Paris, Veolia); one page each, plus an app screen."""

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
INK = (0.1, 0.1, 0.12)

BRANDS = {
    "EDF": dict(
        col=rgb("001A70"),
        acc=rgb("FE5815"),
        service="electricity",
        legal="EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - 22-30 avenue de Wagram 75382 Paris cedex 08",
        web="edf.fr",
        layout=1,
        font=("Rob", "RobB"),
    ),
    "Engie": dict(
        col=rgb("00AAFF"),
        acc=rgb("1F3A93"),
        service="energy",
        legal="ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre 542 107 651 - 1 place Samuel de Champlain 92400 Courbevoie",
        web="particuliers.engie.fr",
        layout=2,
        font=("Open", "OpenB"),
    ),
    "TotalEnergies": dict(
        col=rgb("ED0000"),
        acc=rgb("285AFF"),
        service="electricity",
        legal="TotalEnergies Électricité et Gaz France - SA au capital de 8 604 433 € - 542 034 921 RCS Nanterre - 2 place Jean Millier 92400 Courbevoie",
        web="totalenergies.fr",
        layout=3,
        font=("Lato", "LatoB"),
    ),
    "ekWateur": dict(
        col=rgb("1D9E75"),
        acc=rgb("0B3B2E"),
        service="electricity",
        legal="ekWateur SAS - 798 837 894 RCS Paris - 16 rue Vivienne 75002 Paris",
        web="ekwateur.fr",
        layout=2,
        font=("Carl", "CarlB"),
    ),
    "Free": dict(
        col=rgb("CD1E25"),
        acc=rgb("333333"),
        service="internet",
        legal="Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS Paris - Siège social : 8 rue de la Ville l'Évêque 75008 Paris",
        web="free.fr",
        layout=1,
        font=("DV", "DVB"),
    ),
    "SFR": dict(
        col=rgb("E2001A"),
        acc=rgb("111111"),
        service="internet",
        legal="SFR - SA au capital de 3 423 265 598,40 € - RCS Paris 343 059 564 - 16 rue du Général Alain de Boissieu 75015 Paris",
        web="sfr.fr",
        layout=2,
        font=("Rob", "RobB"),
    ),
    "Orange": dict(
        col=rgb("FF7900"),
        acc=rgb("000000"),
        service="internet",
        legal="Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres 75015 Paris - 380 129 866 RCS Paris",
        web="orange.fr",
        layout=3,
        font=("SansB", "SansB"),
    ),
    "Bouygues Telecom": dict(
        col=rgb("009DCC"),
        acc=rgb("1A2D5A"),
        service="internet",
        legal="Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Paris - 37-39 rue Boissière 75116 Paris",
        web="bouyguestelecom.fr",
        layout=1,
        font=("Open", "OpenB"),
    ),
    "Sosh": dict(
        col=rgb("000000"),
        acc=rgb("E6007E"),
        service="mobile",
        legal="Sosh est une marque d'Orange SA - 78 rue Olivier de Serres 75015 Paris - 380 129 866 RCS Paris",
        web="sosh.fr",
        layout=2,
        font=("Lato", "LatoB"),
    ),
    "RED by SFR": dict(
        col=rgb("D5001C"),
        acc=rgb("222222"),
        service="mobile",
        legal="SFR - SA - RCS Paris 343 059 564 - RED by SFR",
        web="red-by-sfr.fr",
        layout=3,
        font=("Rob", "RobB"),
    ),
    "Eau de Paris": dict(
        col=rgb("0072BC"),
        acc=rgb("00A3E0"),
        service="water",
        legal="Eau de Paris - Régie à personnalité morale et autonomie financière - 19 rue Neuve Tolbiac 75013 Paris",
        web="eaudeparis.fr",
        layout=1,
        font=("Open", "OpenB"),
    ),
    "Veolia": dict(
        col=rgb("E2231A"),
        acc=rgb("3C3C3B"),
        service="water",
        legal="Veolia Eau - Compagnie Générale des Eaux - SCA - 572 025 526 RCS Paris",
        web="eau.veolia.fr",
        layout=3,
        font=("Sans", "SansB"),
    ),
}


def logo(c, name, x, y, scale=1.0):
    """Brand marks drawn from simple shapes and type (not the trademarks themselves)."""
    b = BRANDS[name]
    if name == "EDF":
        txt(c, x, y, "edf", "RobB", 26 * scale, b["col"])
        for k in range(5):
            c.setFillColorRGB(*b["acc"])
            c.circle(
                x + (62 + k * 5) * scale,
                y + (22 - abs(k - 2) * 3) * scale,
                2.2 * scale,
                stroke=0,
                fill=1,
            )
    elif name == "Free":
        txt(c, x, y, "free", "DVB", 28 * scale, b["col"])
    elif name in ("SFR", "Orange", "RED by SFR"):
        rect(c, x, y - 6 * scale, 40 * scale, 40 * scale, stroke=None, fill=b["col"])
        s = {"SFR": "SFR", "Orange": "orange", "RED by SFR": "RED"}[name]
        txt(
            c,
            x + 4 * scale,
            y + 1 * scale,
            s,
            "SansB",
            (13 if name != "Orange" else 8.5) * scale,
            (1, 1, 1),
        )
    elif name == "Bouygues Telecom":
        for k, r_ in enumerate((9, 6, 3.5)):
            c.setFillColorRGB(*[b["col"], b["acc"], b["col"]][k])
            c.circle(x + (10 + k * 9) * scale, y + 8 * scale, r_ * scale, stroke=0, fill=1)
        txt(c, x + 42 * scale, y + 10 * scale, "bouygues", "OpenB", 12 * scale, b["acc"])
        txt(c, x + 42 * scale, y - 2 * scale, "TELECOM", "Open", 8 * scale, b["acc"])
    elif name == "Sosh":
        txt(c, x, y, "sosh", "LatoBk", 26 * scale, (0, 0, 0))
        c.setFillColorRGB(*b["acc"])
        c.circle(x + 62 * scale, y + 18 * scale, 3 * scale, stroke=0, fill=1)
    elif name == "TotalEnergies":
        for k, col in enumerate(((0.93, 0, 0), (1, 0.55, 0), (0.16, 0.35, 1))):
            c.setFillColorRGB(*col)
            c.circle(x + 10 * scale, y + 8 * scale, (12 - 3.5 * k) * scale, stroke=0, fill=1)
        txt(
            c, x + 26 * scale, y + 2 * scale, "TotalEnergies", "LatoB", 15 * scale, (0.2, 0.2, 0.25)
        )
    elif name == "Engie":
        txt(c, x, y, "ENGIE", "OpenB", 22 * scale, b["col"])
        c.setStrokeColorRGB(*b["col"])
        c.setLineWidth(2 * scale)
        c.arc(x - 4 * scale, y + 18 * scale, x + 78 * scale, y + 40 * scale, 200, 140)
    else:
        txt(c, x, y, name, b["font"][1], 18 * scale, b["col"])


def bill_fields(u):
    f = {
        "provider": u["provider"],
        "service": u["service"],
        "holder_name": u["holder_field"],
        "address": u["address_field"],
        "issue_date": u["issue"].isoformat(),
        "period_start": u["start"].isoformat() if u.get("start") else None,
        "period_end": u["end"].isoformat() if u.get("end") else None,
        "amount": round(u["amount"], 2),
    }
    s, e = u.get("start"), u.get("end")
    if s and e and s.day == 1 and e == ck.month_end(s.year, s.month):
        f["month"] = s.strftime("%Y-%m")
    return f


def _addr_block(c, x, y, u, font, size=10):
    for ln in [u["holder_print"]] + u["addr_lines"]:
        txt(c, x, y, ln, font, size, INK)
        y -= size * 1.3
    return y


def _lines_for(u):
    """Invoice lines by service."""
    svc = u["service"]
    amt = u["amount"]
    if svc in ("electricity", "energy"):
        sub = round(amt * 0.22, 2)
        taxes = round(amt * 0.27, 2)
        cons = round(amt - sub - taxes, 2)
        rows = [
            ("Abonnement (%s)" % u.get("option", "Base 6 kVA"), sub),
            ("Consommation %d kWh" % u.get("kwh", 240), cons),
            ("Taxes et contributions (accise, CTA, TVA)", taxes),
        ]
        if svc == "energy":
            rows.insert(2, ("dont gaz naturel %d kWh" % u.get("kwh_gas", 380), 0.0))
        return rows
    if svc == "water":
        return [
            ("Abonnement eau potable", round(amt * 0.18, 2)),
            ("Consommation %d m³" % u.get("m3", 24), round(amt * 0.5, 2)),
            ("Collecte et traitement des eaux usées", round(amt * 0.26, 2)),
            ("Organismes publics et TVA", round(amt - amt * 0.94, 2)),
        ]
    if svc == "mobile":
        return [
            ("Forfait %s" % u.get("plan", "100 Go"), round(amt - 0.99 if amt > 5 else amt, 2)),
            ("Communications hors forfait", 0.0),
            ("Options", 0.99 if amt > 5 else 0.0),
        ]
    return [
        ("Abonnement %s" % u.get("plan", "Box Fibre"), round(amt - 2.0, 2)),
        ("Options et services", 2.0),
        ("Communications hors forfait", 0.0),
    ]


def bill(u: dict, rng) -> Page:
    b = BRANDS[u["provider"]]
    u.setdefault("service", b["service"])
    f, fb = b["font"]
    lay = u.get("layout", b["layout"])
    per = "du %s au %s" % (ck.dmy(u["start"]), ck.dmy(u["end"])) if u.get("start") else ""
    if u.get("period_words"):
        per = "du %s au %s" % (ck.fr_long(u["start"]), ck.fr_long(u["end"]))

    def common_tail(c, y):
        rows = _lines_for(u)
        txt(c, 40, y, "Détail de votre facture", fb, 11, b["acc"])
        y -= 8
        line(c, 40, y, W - 40, y, (0.7, 0.7, 0.7), 0.5)
        y -= 16
        for lab, v in rows:
            txt(c, 46, y, lab, f, 9, INK)
            txt(c, W - 46, y, ck.money_fr(v) + " €", f, 9, INK, "r")
            y -= 15
        line(c, 40, y + 5, W - 40, y + 5, (0.7, 0.7, 0.7), 0.5)
        y -= 10
        txt(c, 46, y, "Total TTC", fb, 11, INK)
        txt(c, W - 46, y, ck.money_fr(u["amount"]) + " €", fb, 11, INK, "r")
        y -= 40
        rect(c, 40, y - 60, W - 80, 70, stroke=(0.6, 0.6, 0.6), lw=0.5)
        txt(c, 50, y - 6, "Avis de prélèvement", fb, 9, INK)
        txt(
            c,
            50,
            y - 22,
            "Le montant de %s € sera prélevé à partir du %s"
            % (ck.money_fr(u["amount"]), ck.dmy(u["due"])),
            f,
            8.5,
            INK,
        )
        txt(
            c,
            50,
            y - 36,
            "sur le compte IBAN %s"
            % u.get("iban_masked", "FR76 **** **** **** **** ***" + str(rng.randint(10, 99))),
            f,
            8.5,
            INK,
        )
        txt(c, 50, y - 50, "Référence unique de mandat : %s" % u["mandate"], f, 8, (0.3, 0.3, 0.3))
        para(c, 40, 62, W - 80, b["legal"], f, 6, 7.5, (0.4, 0.4, 0.4))
        txt(c, W - 40, 40, "page 1/1", f, 6.5, (0.4, 0.4, 0.4), "r")

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        if lay == 1:
            logo(c, u["provider"], 40, H - 70)
            txt(
                c,
                40,
                H - 95,
                u.get("sender", "Service Clients - TSA 12345 - 75901 Paris Cedex 15"),
                f,
                7.5,
                (0.35, 0.35, 0.35),
            )
            _addr_block(c, 320, H - 150, u, f, 10)
            y = H - 250
            txt(
                c,
                40,
                y,
                "Facture n° %s du %s"
                % (
                    u["number"],
                    ck.fr_long(u["issue"]) if u.get("issue_words") else ck.dmy(u["issue"]),
                ),
                fb,
                13,
                INK,
            )
            y -= 20
            if per:
                txt(c, 40, y, "Période de facturation : " + per, f, 10, INK)
                y -= 16
            txt(
                c,
                40,
                y,
                "N° client : %s    %s : %s"
                % (u["client"], u.get("ref_label", "Contrat"), u["contract"]),
                f,
                9,
                INK,
            )
            y -= 14
            txt(
                c,
                40,
                y,
                "Adresse de %s : %s"
                % (
                    "consommation"
                    if u["service"] in ("electricity", "energy", "water")
                    else "l'installation",
                    u["address_field"],
                ),
                f,
                9,
                INK,
            )
            y -= 30
            rect(c, W - 220, y - 10, 180, 44, stroke=None, fill=b["col"])
            txt(c, W - 210, y + 18, "Montant à payer", fb, 9, (1, 1, 1))
            txt(c, W - 50, y, ck.money_fr(u["amount"]) + " €", fb, 18, (1, 1, 1), "r")
            y -= 50
            common_tail(c, y)
        elif lay == 2:
            hgrad(c, 0, H - 95, W, 95, b["col"], tuple(min(1, v + 0.25) for v in b["col"]), 30)
            logo(c, u["provider"], 40, H - 60) if u["provider"] not in (
                "SFR",
                "Engie",
                "Sosh",
            ) else txt(
                c,
                40,
                H - 60,
                u["provider"].upper() if u["provider"] != "Sosh" else "sosh",
                fb,
                26,
                (1, 1, 1),
            )
            txt(c, W - 40, H - 45, "Votre facture", fb, 16, (1, 1, 1), "r")
            txt(c, W - 40, H - 65, "du " + ck.fr_long(u["issue"]), f, 11, (1, 1, 1), "r")
            y = H - 130
            for lab, v in [
                ("Numéro de facture", u["number"]),
                ("Référence client", u["client"]),
                (u.get("ref_label", "Numéro de ligne"), u["contract"]),
                ("Période", per),
            ]:
                txt(c, 40, y, lab, f, 8, (0.4, 0.4, 0.4))
                txt(c, 40, y - 12, v, fb, 9.5, INK)
                y -= 30
            _addr_block(c, 320, H - 140, u, f, 10.5)
            rect(c, 320, H - 290, 235, 70, stroke=b["col"], lw=1.2, r=6)
            txt(c, 332, H - 245, "Montant TTC", f, 10, INK)
            txt(c, 543, H - 275, ck.money_fr(u["amount"]) + " €", fb, 22, b["col"], "r")
            txt(c, 332, H - 282, "prélevé le " + ck.dmy(u["due"]), f, 8, INK)
            common_tail(c, H - 330)
        else:
            logo(c, u["provider"], 40, H - 72)
            txt(c, W - 40, H - 50, "facture", fb, 20, INK, "r")
            txt(c, W - 40, H - 66, "n° %s" % u["number"], f, 9, INK, "r")
            txt(c, W - 40, H - 79, "éditée le %s" % ck.fr_long(u["issue"]), f, 9, INK, "r")
            y = H - 130
            txt(c, 40, y, "titulaire du contrat", f, 8, (0.45, 0.45, 0.45))
            _addr_block(c, 40, y - 14, u, fb, 10)
            rect(c, 330, y - 60, 225, 74, stroke=None, fill=(0.95, 0.95, 0.95))
            txt(
                c,
                340,
                y - 6,
                "votre facture %s"
                % (("du mois de " + ck.fr_month(u["start"])) if u.get("monthly_title") else per),
                f,
                8.5,
                INK,
            )
            txt(c, 545, y - 38, ck.money_fr(u["amount"]) + " €", fb, 20, b["col"], "r")
            txt(c, 340, y - 52, "à payer avant le %s" % ck.dmy(u["due"]), f, 8, INK)
            y -= 100
            txt(
                c,
                40,
                y,
                "vos références : client %s  -  %s %s"
                % (u["client"], u.get("ref_label", "contrat").lower(), u["contract"]),
                f,
                8.5,
                INK,
            )
            y -= 14
            fit(c, 40, y, "lieu de consommation : " + u["address_field"], f, 8.5, W - 80, INK)
            y -= 14
            if per:
                txt(c, 40, y, "période facturée : " + per, f, 8.5, INK)
            common_tail(c, y - 40)

    return Page(W, H, draw)


def app_bill_screen(u: dict, rng) -> Page:
    """A bill opened in the operator's app, captured as a phone screenshot (390 x 844 pt)."""
    b = BRANDS[u["provider"]]
    u.setdefault("service", b["service"])
    f, fb = b["font"]
    Ws, Hs = 390, 844

    def draw(c):
        rect(c, 0, 0, Ws, Hs, stroke=None, fill=(0.96, 0.96, 0.97))
        txt(c, 24, Hs - 34, u.get("clock", "09:41"), "RobB", 12, INK)
        txt(c, Ws - 24, Hs - 34, "5G  82%", "RobB", 10, INK, "r")
        rect(c, 0, Hs - 110, Ws, 60, stroke=None, fill=b["col"])
        txt(c, 20, Hs - 88, "‹  Mes factures", fb, 14, (1, 1, 1))
        y = Hs - 150
        rect(c, 16, y - 150, Ws - 32, 170, stroke=None, fill=(1, 1, 1), r=12)
        txt(c, 32, y - 4, "Facture du " + ck.fr_long(u["issue"]), fb, 13, INK)
        txt(
            c,
            32,
            y - 24,
            "Période du %s au %s" % (ck.dmy(u["start"]), ck.dmy(u["end"])),
            f,
            10.5,
            (0.35, 0.35, 0.4),
        )
        txt(c, 32, y - 64, ck.money_fr(u["amount"]) + " €", fb, 28, b["col"])
        txt(c, 32, y - 86, "Prélevée le " + ck.dmy(u["due"]), f, 10, (0.35, 0.35, 0.4))
        txt(c, 32, y - 118, "N° %s" % u["number"], f, 9.5, (0.45, 0.45, 0.5))
        y -= 190
        rect(c, 16, y - 160, Ws - 32, 180, stroke=None, fill=(1, 1, 1), r=12)
        txt(c, 32, y - 4, "Titulaire", f, 9.5, (0.45, 0.45, 0.5))
        txt(c, 32, y - 22, u["holder_print"], fb, 12, INK)
        txt(c, 32, y - 50, "Adresse", f, 9.5, (0.45, 0.45, 0.5))
        for k, ln in enumerate(u["addr_lines"]):
            txt(c, 32, y - 68 - 16 * k, ln, f, 11, INK)
        txt(c, 32, y - 130, "Ligne %s" % u["contract"], f, 10, INK)
        y -= 200
        rect(c, 16, y - 40, Ws - 32, 48, stroke=None, fill=b["col"], r=24)
        txt(c, Ws / 2, y - 22, "Télécharger la facture (PDF)", fb, 12, (1, 1, 1), "c")
        rect(c, Ws / 2 - 67, 10, 134, 5, stroke=None, fill=(0.1, 0.1, 0.1), r=2.5)

    return Page(Ws, Hs, draw, kind="screen")
