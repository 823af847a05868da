"""Proof of residence: utility bills, lease, hosting attestation, rent receipt."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from . import draw as D
from .core import fr_date, fr_words, money, rng
from .people import Address

W, H = A4

PROVIDERS = {
    "EDF": dict(
        color=(0.0, 0.33, 0.65),
        accent=(1.0, 0.55, 0.1),
        font="Sans",
        service="electricity",
        legal="EDF SA — 22-30 avenue de Wagram, 75382 Paris cedex 08 — SA au capital de "
        "2 084 365 041 € — 552 081 317 R.C.S. Paris",
        shape="circle",
        offer="Tarif Bleu — Option Base 6 kVA",
    ),
    "ENGIE": dict(
        color=(0.0, 0.6, 0.85),
        accent=(0.0, 0.35, 0.6),
        font="Lib",
        service="gas",
        legal="ENGIE — SA au capital de 2 435 285 011 € — RCS Nanterre 542 107 651 — "
        "1 place Samuel de Champlain, 92400 Courbevoie",
        shape="bar",
        offer="Gaz — Offre Tranquillité",
    ),
    "TotalEnergies": dict(
        color=(0.85, 0.1, 0.15),
        accent=(0.95, 0.6, 0.0),
        font="Lib",
        service="energy",
        legal="TotalEnergies Électricité et Gaz France — "
        "SA au capital de 8 501 000 € — RCS Nanterre 443 061 841",
        shape="square",
        offer="Offre Verte Fixe — électricité et gaz",
    ),
    "Free": dict(
        color=(0.8, 0.0, 0.0),
        accent=(0.2, 0.2, 0.2),
        font="Sans",
        service="internet",
        legal="Free SAS au capital de 3 441 812 € — RCS Paris 421 938 861 — "
        "8 rue de la Ville l'Évêque, 75008 Paris",
        shape="none",
        offer="Freebox Pop",
    ),
    "SFR": dict(
        color=(0.89, 0.0, 0.1),
        accent=(0.3, 0.3, 0.3),
        font="Lib",
        service="mobile",
        legal="SFR — SA au capital de 3 423 265 598 € — RCS Paris 343 059 564 — "
        "16 rue du Général Alain de Boissieu, 75015 Paris",
        shape="square",
        offer="Forfait 5G 100 Go",
    ),
    "Orange": dict(
        color=(1.0, 0.47, 0.0),
        accent=(0.0, 0.0, 0.0),
        font="Sans",
        service="internet",
        legal="Orange SA au capital de 10 640 226 396 € — RCS Nanterre 380 129 866 — "
        "111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux",
        shape="square",
        offer="Livebox Fibre + téléphone fixe",
    ),
    "Bouygues Telecom": dict(
        color=(0.0, 0.2, 0.45),
        accent=(0.0, 0.65, 0.85),
        font="LibN",
        service="internet",
        legal="Bouygues Telecom — SA au capital de 712 588 399,56 € — RCS Paris 397 480 930",
        shape="circle",
        offer="Bbox fit",
    ),
    "Eau de Paris": dict(
        color=(0.0, 0.45, 0.75),
        accent=(0.2, 0.7, 0.9),
        font="Sans",
        service="water",
        legal="Eau de Paris — Régie municipale — 9 rue Victor Schoelcher, 75014 Paris",
        shape="circle",
        offer="Abonnement eau",
    ),
    "Veolia Eau": dict(
        color=(0.85, 0.1, 0.1),
        accent=(0.2, 0.2, 0.2),
        font="Lib",
        service="water",
        legal="Veolia Eau — Compagnie Générale des Eaux — RCS Paris 572 025 526",
        shape="bar",
        offer="Service de l'eau",
    ),
}


def _addr_window(c, x, y, name, addr: Address, font, size=10):
    D.text(c, x, y, name, font + "-B" if font != "LibN" else "LibN-B", size)
    for i, ln in enumerate(addr.lines()):
        D.text(c, x, y - (i + 1) * size * 1.3, ln, font, size)


def utility_bill(
    provider: str,
    holder: str,
    addr: Address,
    issue: dt.date,
    start: dt.date,
    end: dt.date,
    amount: float,
    *,
    key: str,
    layout: int = 0,
    pages: int = 1,
    service: str | None = None,
    ref: str | None = None,
) -> D.Doc:
    pv = PROVIDERS[provider]
    r = rng("bill", key)
    service = service or pv["service"]
    col, acc, fn = pv["color"], pv["accent"], pv["font"]
    fb = fn + "-B"
    client = ref or f"{r.randint(1, 9)}{r.randint(0, 99999999):08d}"
    invoice = f"{issue.strftime('%y%m')}{r.randint(100000, 999999)}"
    due = issue + dt.timedelta(days=r.choice([10, 14, 15]))
    ht = round(amount / 1.2, 2)
    tva = round(amount - ht, 2)
    energy = service in ("electricity", "gas", "energy")
    telecom = service in ("internet", "mobile", "landline")

    def header(c):
        if pv["shape"] == "none":
            D.text(
                c,
                18 * mm,
                H - 24 * mm,
                provider.lower() if provider == "Free" else provider,
                "Sans-B",
                26,
                col,
            )
        else:
            D.brand_block(c, 18 * mm, H - 24 * mm, provider, col, r, 20, pv["shape"], fb)

    def details_lines():
        if energy:
            kwh = r.randint(140, 420)
            rows = [
                ("Abonnement", f"du {fr_date(start)} au {fr_date(end)}", round(ht * 0.28, 2)),
                (
                    "Consommation",
                    f"{kwh} kWh (relevé {'réel' if r.random() < 0.6 else 'estimé'})",
                    round(ht * 0.55, 2),
                ),
                ("Taxes et contributions (accise, CTA)", "", round(ht * 0.17, 2)),
            ]
        elif service == "water":
            m3 = r.randint(12, 40)
            rows = [
                ("Abonnement eau potable", "", round(ht * 0.2, 2)),
                ("Consommation eau", f"{m3} m³", round(ht * 0.45, 2)),
                ("Assainissement et redevances", "", round(ht * 0.35, 2)),
            ]
        else:
            rows = [
                (
                    f"Forfait {pv['offer']}",
                    f"du {fr_date(start)} au {fr_date(end)}",
                    round(ht * 0.9, 2),
                ),
                ("Communications hors forfait", "0 min", 0.0),
                ("Options et services", "", round(ht * 0.1, 2)),
            ]
        return rows

    def p1_layout0(c):
        # EDF-like: coloured left column, address window right, amount box
        header(c)
        c.setFillColorRGB(*col)
        c.setFillAlpha(0.08)
        c.rect(15 * mm, 40 * mm, 58 * mm, H - 75 * mm, stroke=0, fill=1)
        c.setFillAlpha(1)
        y = H - 45 * mm
        D.text(c, 18 * mm, y, "Nous contacter", fb, 10, col)
        for ln in [
            f"Service client : 09 69 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"Espace client : {provider.lower().split()[0]}.fr",
            "Dépannage : 09 72 67 50 XX",
        ]:
            y -= 5 * mm
            D.text(c, 18 * mm, y, ln, fn, 7.5)
        y -= 12 * mm
        D.text(c, 18 * mm, y, "Votre contrat", fb, 10, col)
        rows = [
            ("Titulaire", holder),
            ("Référence client", client),
            ("Lieu de consommation", addr.street),
            ("", f"{addr.postcode} {addr.city}"),
        ]
        if energy:
            rows.append(
                ("Point de livraison (PDL)", "".join(str(r.randint(0, 9)) for _ in range(14)))
            )
        if telecom and service == "mobile":
            rows.append(
                (
                    "Ligne",
                    f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} "
                    f"{r.randint(10, 99)}",
                )
            )
        rows.append(("Offre", pv["offer"]))
        for lab, val in rows:
            if lab:
                y -= 5.5 * mm
                D.text(c, 18 * mm, y, lab, fn, 6.8, (0.35, 0.35, 0.4))
            y -= 4 * mm
            D.fit_text(c, 18 * mm, y, val, 52 * mm, fb, 7.8)
        _addr_window(c, 110 * mm, H - 50 * mm, holder, addr, fn)
        D.text(c, 80 * mm, H - 90 * mm, f"Facture du {fr_date(issue)}", fb, 14)
        D.text(c, 80 * mm, H - 96 * mm, f"N° de facture : {invoice}", fn, 8.5)
        D.text(
            c,
            80 * mm,
            H - 101 * mm,
            f"Période de facturation : du {fr_date(start)} au {fr_date(end)}",
            fn,
            8.5,
        )
        D.rect(c, 80 * mm, H - 130 * mm, 112 * mm, 22 * mm, stroke=None, fill=col)
        D.text(c, 84 * mm, H - 117 * mm, "Montant total à payer TTC", fb, 10, (1, 1, 1))
        D.text(c, 188 * mm, H - 124 * mm, f"{money(amount)} €", fb, 20, (1, 1, 1), "r")
        D.text(
            c,
            80 * mm,
            H - 137 * mm,
            f"Ce montant sera prélevé le {fr_date(due)} sur votre compte bancaire.",
            fn,
            8.5,
        )
        y = H - 150 * mm
        D.text(c, 80 * mm, y, "Détail de votre facture", fb, 10, col)
        y -= 7 * mm
        for lab, sub, val in details_lines():
            D.text(c, 80 * mm, y, lab, fn, 8.5)
            if sub:
                D.text(c, 80 * mm, y - 4 * mm, sub, fn, 7, (0.4, 0.4, 0.4))
            D.text(c, 190 * mm, y, f"{money(val)} €", fn, 8.5, anchor="r")
            y -= 10 * mm
        D.line(c, 80 * mm, y + 5 * mm, 190 * mm, y + 5 * mm, (0.5, 0.5, 0.5), 0.5)
        D.text(c, 80 * mm, y, "Total HT", fn, 8.5)
        D.text(c, 190 * mm, y, f"{money(ht)} €", fn, 8.5, anchor="r")
        D.text(c, 80 * mm, y - 5 * mm, "TVA", fn, 8.5)
        D.text(c, 190 * mm, y - 5 * mm, f"{money(tva)} €", fn, 8.5, anchor="r")
        D.text(c, 80 * mm, y - 11 * mm, "Total TTC", fb, 9.5)
        D.text(c, 190 * mm, y - 11 * mm, f"{money(amount)} €", fb, 9.5, anchor="r")
        D.para(c, 15 * mm, 22 * mm, pv["legal"], W - 30 * mm, fn, 6, 7.5, (0.4, 0.4, 0.4))

    def p1_layout1(c):
        # telecom-like: top band with amount, table of lines
        c.setFillColorRGB(*col)
        c.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
        D.text(c, 18 * mm, H - 22 * mm, provider, fb, 24, (1, 1, 1))
        D.text(c, W - 18 * mm, H - 18 * mm, "Votre facture", fn, 11, (1, 1, 1), "r")
        D.text(c, W - 18 * mm, H - 26 * mm, f"du {fr_words(issue)}", fb, 12, (1, 1, 1), "r")
        D.text(c, 18 * mm, H - 48 * mm, f"N° client : {client}", fn, 9)
        D.text(c, 18 * mm, H - 53 * mm, f"Facture n° {invoice}", fn, 9)
        _addr_window(c, 115 * mm, H - 52 * mm, holder, addr, fn, 10.5)
        D.rect(c, 18 * mm, H - 95 * mm, W - 36 * mm, 24 * mm, stroke=col, lw=1.2, radius=3 * mm)
        D.text(c, 24 * mm, H - 80 * mm, "Montant de votre facture", fn, 11)
        D.text(c, W - 24 * mm, H - 82 * mm, f"{money(amount)} € TTC", fb, 18, col, "r")
        D.text(
            c,
            24 * mm,
            H - 89 * mm,
            f"Prélèvement à partir du {fr_date(due)}",
            fn,
            8.5,
            (0.35, 0.35, 0.35),
        )
        y = H - 110 * mm
        D.text(
            c,
            18 * mm,
            y,
            f"Récapitulatif — période du {fr_date(start)} au {fr_date(end)}",
            fb,
            11,
            acc,
        )
        y -= 4 * mm
        D.rect(c, 18 * mm, y - 7 * mm, W - 36 * mm, 7 * mm, stroke=None, fill=(0.93, 0.93, 0.93))
        D.text(c, 21 * mm, y - 5 * mm, "Désignation", fb, 8.5)
        D.text(c, W - 21 * mm, y - 5 * mm, "Montant HT", fb, 8.5, anchor="r")
        y -= 13 * mm
        for lab, sub, val in details_lines():
            D.text(c, 21 * mm, y, lab + (f"  ({sub})" if sub else ""), fn, 8.5)
            D.text(c, W - 21 * mm, y, f"{money(val)} €", fn, 8.5, anchor="r")
            D.line(c, 18 * mm, y - 3 * mm, W - 18 * mm, y - 3 * mm, (0.85, 0.85, 0.85), 0.4)
            y -= 8 * mm
        for lab, val, bold in (
            ("Total HT", ht, False),
            ("TVA 20 %", tva, False),
            ("Total TTC", amount, True),
        ):
            D.text(c, 120 * mm, y, lab, fb if bold else fn, 9)
            D.text(c, W - 21 * mm, y, f"{money(val)} €", fb if bold else fn, 9, anchor="r")
            y -= 6 * mm
        D.text(c, 18 * mm, y - 8 * mm, f"Titulaire du contrat : {holder}", fn, 8.5)
        D.text(c, 18 * mm, y - 13 * mm, f"Adresse d'installation : {addr.one_line()}", fn, 8.5)
        D.para(c, 18 * mm, 20 * mm, pv["legal"], W - 36 * mm, fn, 6, 7.5, (0.4, 0.4, 0.4))

    def p1_layout2(c):
        # sober two-column layout with reference table at top right
        header(c)
        tx = 118 * mm
        rows = [
            ("Date de facture", fr_date(issue)),
            ("N° de facture", invoice),
            ("Référence client", client),
            ("Période", f"{fr_date(start)} - {fr_date(end)}"),
            ("Échéance", fr_date(due)),
        ]
        y = H - 20 * mm
        for lab, val in rows:
            D.rect(
                c,
                tx,
                y - 6 * mm,
                35 * mm,
                6 * mm,
                stroke=(0.6, 0.6, 0.6),
                lw=0.4,
                fill=(0.95, 0.95, 0.95),
            )
            D.rect(c, tx + 35 * mm, y - 6 * mm, 42 * mm, 6 * mm, stroke=(0.6, 0.6, 0.6), lw=0.4)
            D.text(c, tx + 1.5 * mm, y - 4.2 * mm, lab, fn, 7)
            D.fit_text(c, tx + 36.5 * mm, y - 4.2 * mm, val, 39 * mm, fb, 7.5)
            y -= 6 * mm
        _addr_window(c, 118 * mm, H - 65 * mm, holder, addr, fn)
        D.text(c, 18 * mm, H - 65 * mm, "FACTURE", fb, 18, col)
        D.text(
            c,
            18 * mm,
            H - 72 * mm,
            {
                "electricity": "Électricité",
                "gas": "Gaz naturel",
                "energy": "Électricité et gaz",
                "water": "Eau",
                "internet": "Internet / Box",
                "mobile": "Mobile",
                "landline": "Téléphone fixe",
            }[service],
            fn,
            11,
        )
        y = H - 105 * mm
        D.rect(c, 18 * mm, y - 8 * mm, W - 36 * mm, 8 * mm, stroke=None, fill=col)
        D.text(c, 21 * mm, y - 5.5 * mm, "Libellé", fb, 9, (1, 1, 1))
        D.text(c, W - 21 * mm, y - 5.5 * mm, "Montant", fb, 9, (1, 1, 1), "r")
        y -= 15 * mm
        for lab, sub, val in details_lines():
            D.text(c, 21 * mm, y, lab, fn, 9)
            if sub:
                D.text(c, 95 * mm, y, sub, fn, 8, (0.4, 0.4, 0.4))
            D.text(c, W - 21 * mm, y, f"{money(val)} €", fn, 9, anchor="r")
            y -= 8 * mm
        D.line(c, 18 * mm, y + 4 * mm, W - 18 * mm, y + 4 * mm, (0.3, 0.3, 0.3), 0.6)
        D.text(c, 120 * mm, y - 2 * mm, "Montant TTC à régler", fb, 10)
        D.text(c, W - 21 * mm, y - 2 * mm, f"{money(amount)} €", fb, 12, col, "r")
        D.text(c, 18 * mm, y - 20 * mm, f"Contrat au nom de {holder}", fn, 9)
        D.text(c, 18 * mm, y - 25 * mm, f"Adresse desservie : {addr.one_line()}", fn, 9)
        D.qr(
            c,
            18 * mm,
            30 * mm,
            22 * mm,
            f"https://{provider.lower().replace(' ', '')}.fr/p/{invoice}",
        )
        D.text(c, 44 * mm, 42 * mm, "Payez en ligne en flashant ce code", fn, 8)
        D.para(c, 18 * mm, 18 * mm, pv["legal"], W - 36 * mm, fn, 6, 7.5, (0.4, 0.4, 0.4))

    def p2(c):
        D.text(
            c,
            18 * mm,
            H - 20 * mm,
            f"{provider} — facture n° {invoice} — page 2/2",
            fn,
            8,
            (0.4, 0.4, 0.4),
        )
        D.text(c, 18 * mm, H - 35 * mm, "Informations utiles", fb, 12, col)
        txt = (
            "En cas de réclamation, contactez notre service client. Si la réponse ne vous "
            "satisfait pas, vous pouvez saisir le médiateur national de l'énergie ou le "
            "médiateur des communications électroniques. Conditions générales de vente "
            "disponibles sur notre site. Paiement par prélèvement automatique : aucun frais. "
            "Tout retard de paiement entraîne des pénalités au taux légal en vigueur."
        )
        y = D.para(c, 18 * mm, H - 45 * mm, txt, W - 36 * mm, fn, 9, 12)
        D.text(c, 18 * mm, y - 10 * mm, "Historique de vos factures", fb, 10, col)
        y -= 18 * mm
        for k in range(4):
            D.text(
                c,
                22 * mm,
                y,
                f"Facture du {fr_date(issue - dt.timedelta(days=30 * (k + 1)))}",
                fn,
                8.5,
            )
            D.text(c, 120 * mm, y, f"{money(round(amount * r.uniform(0.85, 1.1), 2))} €", fn, 8.5)
            y -= 6 * mm
        D.para(c, 18 * mm, 20 * mm, pv["legal"], W - 36 * mm, fn, 6, 7.5, (0.4, 0.4, 0.4))

    p1 = [p1_layout0, p1_layout1, p1_layout2][layout % 3]
    pgs = [D.Page(W, H, p1)]
    if pages == 2:
        pgs.append(D.Page(W, H, p2))
    fields = dict(
        provider=provider,
        service=service,
        holder_name=holder,
        address=addr.one_line(),
        issue_date=issue.isoformat(),
        period_start=start.isoformat(),
        period_end=end.isoformat(),
        amount=round(amount, 2),
    )
    if start.month == end.month and start.year == end.year:
        fields["month"] = start.strftime("%Y-%m")
    return D.Doc("utility_bill", fields, pgs, key=key)


# ---------------------------------------------------------------- lease
def lease(
    tenants: list[str],
    landlord: str,
    landlord_addr: str,
    addr: Address,
    start: dt.date,
    signed_on: dt.date,
    rent: float,
    charges: float,
    *,
    key: str,
    furnished: bool = False,
    agency: str | None = None,
    surface: int = 38,
    rooms: int = 2,
    style: int = 0,
    sign_city: str = "Paris",
) -> D.Doc:
    r = rng("lease", key)
    fn = ["Serif", "Lib", "LibS"][style % 3]
    fb = fn + "-B" if fn != "Serif" else "Serif-B"
    kind = "MEUBLÉ" if furnished else "NU"
    dur = "un an" if furnished else "trois ans"

    def title_block(c):
        D.text(c, W / 2, H - 22 * mm, f"CONTRAT DE LOCATION — LOGEMENT {kind}", fb, 14, anchor="c")
        D.text(
            c,
            W / 2,
            H - 28 * mm,
            "(Soumis au titre Ier bis de la loi du 6 juillet 1989 — "
            "contrat type, décret n° 2015-587 du 29 mai 2015)"
            if furnished
            else "(Soumis au titre Ier de la loi du 6 juillet 1989 — contrat type, décret "
            "n° 2015-587 du 29 mai 2015)",
            fn,
            7.5,
            (0.3, 0.3, 0.3),
            "c",
        )
        if agency:
            D.text(c, 18 * mm, H - 12 * mm, agency, fb, 9, (0.2, 0.3, 0.5))

    def section(c, y, num, title):
        D.rect(c, 18 * mm, y - 2 * mm, W - 36 * mm, 6.5 * mm, stroke=None, fill=(0.9, 0.9, 0.9))
        D.text(c, 20 * mm, y, f"{num}. {title}", fb, 9.5)
        return y - 8 * mm

    def p1(c):
        title_block(c)
        y = H - 40 * mm
        y = section(c, y, "I", "DÉSIGNATION DES PARTIES")
        y = D.para(
            c,
            20 * mm,
            y,
            "Le présent contrat est conclu entre les soussignés :",
            W - 40 * mm,
            fn,
            9.5,
        )
        y = D.para(
            c,
            20 * mm,
            y - 2 * mm,
            f"{landlord}, demeurant {landlord_addr}, désigné(e) "
            "ci-après « le bailleur »"
            + (f", représenté(e) par son mandataire {agency}" if agency else "")
            + " ;",
            W - 40 * mm,
            fn,
            9.5,
        )
        y -= 2 * mm
        for t in tenants:
            y = D.para(
                c,
                20 * mm,
                y,
                f"{t}, désigné(e) ci-après « le locataire » ;",
                W - 40 * mm,
                fn,
                9.5,
                justify=False,
            )
        y -= 4 * mm
        y = section(c, y, "II", "OBJET DU CONTRAT")
        y = D.para(
            c,
            20 * mm,
            y,
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
            W - 40 * mm,
            fn,
            9.5,
        )
        rows = [
            ("Adresse du logement", addr.one_line()),
            ("Type d'habitat", "immeuble collectif — copropriété"),
            ("Régime juridique", "copropriété"),
            ("Période de construction", "1949 à 1974"),
            ("Surface habitable", f"{surface} m²"),
            ("Nombre de pièces principales", str(rooms)),
            ("Destination des locaux", "usage d'habitation"),
            ("Chauffage / eau chaude", "individuel électrique"),
        ]
        for lab, val in rows:
            D.text(c, 24 * mm, y, f"{lab} :", fn, 9)
            D.fit_text(c, 85 * mm, y, val, W - 105 * mm, fb, 9)
            y -= 6 * mm
        y -= 4 * mm
        y = section(c, y, "III", "DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
        y = D.para(
            c,
            20 * mm,
            y,
            f"A. Date de prise d'effet du contrat : {fr_words(start)}.",
            W - 40 * mm,
            fb,
            9.5,
        )
        y = D.para(
            c,
            20 * mm,
            y - 1 * mm,
            f"B. Durée du contrat : {dur}, renouvelable par tacite "
            "reconduction dans les conditions prévues par la loi.",
            W - 40 * mm,
            fn,
            9.5,
        )
        D.text(c, W / 2, 12 * mm, "Page 1/3 — Paraphes : ______", fn, 7.5, (0.4, 0.4, 0.4), "c")

    def p2(c):
        y = H - 22 * mm
        y = section(c, y, "IV", "CONDITIONS FINANCIÈRES")
        for s in [
            f"A. Loyer mensuel hors charges : {money(rent)} €.",
            "Le loyer est soumis au décret fixant annuellement le montant maximum d'évolution "
            "des loyers. Révision annuelle à la date anniversaire du contrat selon l'indice "
            "de référence des loyers (IRL) publié par l'INSEE.",
            f"B. Charges récupérables : provision mensuelle de {money(charges)} € avec "
            "régularisation annuelle.",
            f"C. Total mensuel : {money(rent + charges)} €, payable d'avance le 1er de chaque "
            "mois par virement.",
        ]:
            y = D.para(c, 20 * mm, y, s, W - 40 * mm, fn, 9.5, justify=True) - 2 * mm
        y -= 3 * mm
        y = section(c, y, "V", "TRAVAUX")
        y = (
            D.para(
                c,
                20 * mm,
                y,
                "Néant depuis la fin du dernier contrat de location.",
                W - 40 * mm,
                fn,
                9.5,
            )
            - 3 * mm
        )
        y = section(c, y, "VI", "GARANTIES")
        y = (
            D.para(
                c,
                20 * mm,
                y,
                f"Dépôt de garantie : {money(rent * (2 if furnished else 1))} €, "
                "restitué dans un délai maximal de deux mois à compter de la remise des clés.",
                W - 40 * mm,
                fn,
                9.5,
            )
            - 3 * mm
        )
        y = section(c, y, "VII", "CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE")
        y = (
            D.para(
                c,
                20 * mm,
                y,
                "Les locataires sont tenus solidairement et indivisiblement de "
                "l'exécution des obligations du présent contrat. Le bail sera résilié de plein "
                "droit en cas de défaut de paiement du loyer ou des charges, du dépôt de "
                "garantie, ou de défaut d'assurance contre les risques locatifs, deux mois "
                "après un commandement demeuré infructueux.",
                W - 40 * mm,
                fn,
                9.5,
                justify=True,
            )
            - 3 * mm
        )
        y = section(c, y, "VIII", "HONORAIRES DE LOCATION")
        y = (
            D.para(
                c,
                20 * mm,
                y,
                "Plafonds applicables : 12 €/m² pour la visite, la constitution "
                "du dossier et la rédaction du bail ; 3 €/m² pour l'état des lieux."
                if agency
                else "Sans objet : location conclue directement entre les parties.",
                W - 40 * mm,
                fn,
                9.5,
            )
            - 3 * mm
        )
        y = section(c, y, "IX", "ANNEXES")
        for s in [
            "Dossier de diagnostic technique (DPE, CREP, état des risques)",
            "Notice d'information relative aux droits et obligations des locataires et des "
            "bailleurs",
            "État des lieux d'entrée" + (" et inventaire du mobilier" if furnished else ""),
        ]:
            y = D.para(c, 24 * mm, y, "– " + s, W - 44 * mm, fn, 9.5)
        D.text(c, W / 2, 12 * mm, "Page 2/3 — Paraphes : ______", fn, 7.5, (0.4, 0.4, 0.4), "c")

    def p3(c):
        y = H - 25 * mm
        y = section(c, y, "X", "SIGNATURES")
        y = D.para(
            c,
            20 * mm,
            y,
            f"Fait et signé à {sign_city}, le {fr_date(signed_on)}, en "
            f"{len(tenants) + 1} exemplaires originaux dont un remis à chaque signataire.",
            W - 40 * mm,
            fn,
            9.5,
        )
        y -= 8 * mm
        boxes = [("Le bailleur" + (" (ou son mandataire)" if agency else ""), landlord)] + [
            ("Le locataire", t) for t in tenants
        ]
        bw = (W - 40 * mm - 6 * mm * (len(boxes) - 1)) / len(boxes)
        for i, (lab, nm) in enumerate(boxes):
            bx = 20 * mm + i * (bw + 6 * mm)
            D.rect(c, bx, y - 55 * mm, bw, 55 * mm, stroke=(0.3, 0.3, 0.3), lw=0.6)
            D.text(c, bx + 2 * mm, y - 5 * mm, lab, fb, 8.5)
            D.fit_text(c, bx + 2 * mm, y - 10 * mm, nm, bw - 4 * mm, fn, 8)
            rr = rng("leasesig", key, i)
            D.hand(
                c,
                bx + 4 * mm,
                y - 22 * mm,
                "Lu et approuvé",
                rr,
                11,
                "Hand2",
                D.INK_BLUE if i % 2 else D.INK_BLACK,
            )
            D.signature(
                c,
                bx + 4 * mm,
                y - 48 * mm,
                bw - 10 * mm,
                20 * mm,
                rr,
                nm.split(" ")[-1],
                D.INK_BLUE if i % 2 else D.INK_BLACK,
            )
        if agency:
            D.stamp(
                c,
                W - 45 * mm,
                40 * mm,
                15 * mm,
                agency.upper()[:30],
                ["GESTION", "LOCATIVE"],
                r,
                (0.2, 0.3, 0.55),
                0.7,
            )
        D.text(c, W / 2, 12 * mm, "Page 3/3", fn, 7.5, (0.4, 0.4, 0.4), "c")

    fields = dict(
        tenant_names=list(tenants),
        landlord=landlord,
        address=addr.one_line(),
        start_date=start.isoformat(),
    )
    return D.Doc("lease", fields, [D.Page(W, H, p1), D.Page(W, H, p2), D.Page(W, H, p3)], key=key)


# ---------------------------------------------------------------- hosting attestation
def hosting_attestation(
    host: str,
    host_dob: dt.date,
    host_pob: str,
    hosted: str,
    hosted_dob: dt.date,
    hosted_pob: str,
    addr: Address,
    since: dt.date,
    signed_on: dt.date,
    sign_city: str,
    *,
    key: str,
    handwritten: bool,
    signed: bool = True,
    style: int = 0,
    with_id_mention: bool = True,
) -> D.Doc:
    r = rng("hosting", key)
    text_ = (
        f"Je soussigné(e) {host}, né(e) le {fr_date(host_dob)} à {host_pob}, demeurant "
        f"{addr.one_line()}, certifie sur l'honneur héberger à mon domicile {hosted}, né(e) "
        f"le {fr_date(hosted_dob)} à {hosted_pob}, depuis le {fr_date(since)}, à titre "
        "gratuit, et que cette adresse constitue sa résidence principale."
    )
    tail = "Fait pour servir et valoir ce que de droit."
    if with_id_mention:
        tail += " Je joins une copie de ma pièce d'identité et un justificatif de domicile."

    def dr(c):
        if handwritten:
            # lined notepaper
            c.setFillColorRGB(0.99, 0.99, 0.97)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            for k in range(34):
                yy = H - 30 * mm - k * 8 * mm
                D.line(c, 0, yy, W, yy, (0.7, 0.8, 0.92), 0.4)
            D.line(c, 25 * mm, 0, 25 * mm, H, (0.9, 0.5, 0.5), 0.6)
            font = ["Hand2", "Hand1", "Hand3"][style % 3]
            ink = [D.INK_BLUE, D.INK_BLACK, D.INK_BLUE2][style % 3]
            D.hand(c, 60 * mm, H - 38 * mm + 1, "Attestation d'hébergement", r, 17, font, ink)
            y = D.hand_para(
                c, 30 * mm, H - 62 * mm + 1, text_, W - 45 * mm, r, 12.5, font, ink, leading=8 * mm
            )
            y = D.hand_para(
                c, 30 * mm, y - 8 * mm, tail, W - 45 * mm, r, 12.5, font, ink, leading=8 * mm
            )
            D.hand(
                c,
                110 * mm,
                y - 16 * mm,
                f"Fait à {sign_city}, le {fr_date(signed_on)}",
                r,
                12.5,
                font,
                ink,
            )
            if signed:
                D.signature(c, 115 * mm, y - 52 * mm, 60 * mm, 22 * mm, r, host.split(" ")[-1], ink)
        else:
            fn = ["Lib", "Sans", "LibS"][style % 3]
            D.text(c, 20 * mm, H - 25 * mm, host, fn, 10)
            for i, ln in enumerate(addr.lines()):
                D.text(c, 20 * mm, H - 30 * mm - i * 5 * mm, ln, fn, 10)
            D.text(
                c,
                W / 2,
                H - 65 * mm,
                "ATTESTATION D'HÉBERGEMENT",
                fn + "-B" if fn != "Sans" else "Sans-B",
                15,
                anchor="c",
            )
            y = D.para(c, 25 * mm, H - 85 * mm, text_, W - 50 * mm, fn, 11, 16, justify=True)
            y = D.para(c, 25 * mm, y - 6 * mm, tail, W - 50 * mm, fn, 11, 16)
            D.text(c, 120 * mm, y - 15 * mm, f"Fait à {sign_city}, le {fr_date(signed_on)}", fn, 11)
            D.text(c, 120 * mm, y - 22 * mm, "Signature de l'hébergeant :", fn, 10)
            if signed:
                D.signature(
                    c, 120 * mm, y - 50 * mm, 60 * mm, 22 * mm, r, host.split(" ")[-1], D.INK_BLUE
                )

    fields = dict(
        host_name=host,
        hosted_name=hosted,
        address=addr.one_line(),
        since_date=since.isoformat(),
        signed_on=signed_on.isoformat(),
        signed=signed,
    )
    return D.Doc("hosting_attestation", fields, [D.Page(W, H, dr)], key=key)


# ---------------------------------------------------------------- rent receipt (not a listed type)
def quittance(
    landlord: str,
    landlord_addr: str,
    tenant: str,
    addr: Address,
    month: dt.date,
    rent: float,
    charges: float,
    *,
    key: str,
) -> D.Doc:
    r = rng("quittance", key)
    end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)

    def dr(c):
        D.text(c, 20 * mm, H - 25 * mm, landlord, "Lib-B", 10)
        D.text(c, 20 * mm, H - 30 * mm, landlord_addr, "Lib", 9)
        D.text(c, W / 2, H - 55 * mm, "QUITTANCE DE LOYER", "Lib-B", 16, anchor="c")
        D.text(
            c,
            W / 2,
            H - 62 * mm,
            f"Période du {fr_date(month)} au {fr_date(end)}",
            "Lib",
            11,
            anchor="c",
        )
        y = D.para(
            c,
            25 * mm,
            H - 80 * mm,
            f"Je soussigné(e) {landlord}, propriétaire du logement "
            f"situé {addr.one_line()}, déclare avoir reçu de {tenant} la somme de "
            f"{money(rent + charges)} euros au titre du loyer et des charges pour la période "
            "indiquée ci-dessus, et lui en donne quittance, sous réserve de tous mes droits.",
            W - 50 * mm,
            "Lib",
            11,
            16,
            justify=True,
        )
        rows = [("Loyer", rent), ("Provision pour charges", charges), ("Total", rent + charges)]
        y -= 8 * mm
        for lab, val in rows:
            D.text(c, 40 * mm, y, lab, "Lib-B" if lab == "Total" else "Lib", 11)
            D.text(
                c,
                150 * mm,
                y,
                f"{money(val)} €",
                "Lib-B" if lab == "Total" else "Lib",
                11,
                anchor="r",
            )
            y -= 7 * mm
        D.text(
            c,
            25 * mm,
            y - 6 * mm,
            f"Payé par virement le {fr_date(month + dt.timedelta(days=3))}",
            "Lib",
            10,
        )
        D.text(c, 120 * mm, y - 20 * mm, f"Fait à {addr.city}, le {fr_date(end)}", "Lib", 10)
        D.signature(
            c, 120 * mm, y - 50 * mm, 55 * mm, 20 * mm, r, landlord.split(" ")[-1], D.INK_BLUE
        )
        D.para(
            c,
            25 * mm,
            25 * mm,
            "Cette quittance annule tous les reçus qui auraient pu être "
            "donnés pour acompte sur la présente échéance. Article 21 de la loi n° 89-462 du "
            "6 juillet 1989.",
            W - 50 * mm,
            "Lib-I",
            8,
            10,
            (0.35, 0.35, 0.35),
        )

    return D.Doc(
        "unknown",
        {},
        [D.Page(W, H, dr)],
        key=key,
        notes="quittance de loyer (rent receipt): not a lease, not a bill",
    )
