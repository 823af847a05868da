"""Residence, bank and employment documents: bills, leases, hosting attestations, RIB,
payslips, employment contracts, app screens, and a few unrelated pages."""

from __future__ import annotations

import datetime as dt
import random

import setl_core as K
from setl_draw import (
    INK_BLUE,
    barcode,
    col,
    hand,
    line,
    logo_block,
    para,
    qr_like,
    rect,
    rect_stamp,
    seal,
    signature,
    table,
    txt,
)
from setl_model import Doc, Person
from setl_render import A4, PHONE, Page

W, H = A4

PROVIDERS = {
    "Orange": ("internet", (1.0, 0.47, 0.0), "A", "orange"),
    "Free": ("internet", (0.8, 0.0, 0.0), "B", "free"),
    "SFR": ("internet", (0.89, 0.0, 0.07), "A", "SFR"),
    "Bouygues Telecom": ("internet", (0.0, 0.2, 0.5), "B", "BYTEL"),
    "Sosh": ("mobile", (0.1, 0.1, 0.1), "B", "sosh"),
    "RED by SFR": ("mobile", (0.85, 0.0, 0.1), "B", "RED"),
    "TotalEnergies": ("electricity", (0.85, 0.1, 0.15), "C", "TE"),
    "Engie": ("energy", (0.0, 0.6, 0.85), "C", "engie"),
    "EDF": ("electricity", (0.0, 0.33, 0.65), "C", "EDF"),
    "Octopus Energy": ("electricity", (0.38, 0.12, 0.6), "B", "octopus"),
    "Eau de Paris": ("water", (0.1, 0.45, 0.75), "C", "EAU"),
    "Mint Énergie": ("electricity", (0.1, 0.6, 0.45), "C", "mint"),
}

BILL_LINES = {
    "internet": [
        ("Abonnement Box Fibre", 0.62),
        ("Option TV", 0.12),
        ("Appels vers mobiles", 0.04),
        ("Location décodeur", 0.07),
    ],
    "mobile": [("Forfait mobile 100 Go", 0.8), ("Communications hors forfait", 0.08)],
    "landline": [("Abonnement ligne fixe", 0.7), ("Communications", 0.15)],
}


def bill(
    provider: str,
    holder: str,
    address: list[str],
    issue: dt.date,
    start: dt.date,
    end: dt.date,
    amount: float,
    rng: random.Random,
    key: str,
    *,
    title_holder: str = "",
    service: str | None = None,
    client_no: str = "",
    show_month: bool = True,
) -> Doc:
    svc, color, layout, logo = PROVIDERS[provider]
    service = service or svc
    client_no = client_no or str(rng.randint(10**8, 10**9 - 1))
    inv_no = f"{issue.year % 100:02d}{rng.randint(10**8, 10**9 - 1)}"
    siret = K.make_siret(random.Random(provider))
    holder_line = (title_holder + " " + holder).strip()
    ht = round(amount / 1.2, 2)
    tva = round(amount - ht, 2)
    due = issue + dt.timedelta(days=rng.randint(8, 15))
    per_s = f"du {K.d_fr(start)} au {K.d_fr(end)}"
    month_lbl = K.month_label_fr(start.year, start.month)

    def addr_block(c, x, y, size=10.5, font="Lib"):
        for i, ln in enumerate([holder_line] + address):
            txt(
                c,
                x,
                y - i * (size + 3),
                ln.upper() if i == 0 else ln,
                font + ("-B" if i == 0 else ""),
                size,
            )

    def detail_rows():
        if service in BILL_LINES:
            rows = [[lab, f"{money(ht * fr)} €"] for lab, fr in BILL_LINES[service]]
            rest = ht - sum(ht * fr for _, fr in BILL_LINES[service])
            rows.append(["Autres services", f"{money(rest)} €"])
        else:
            kwh = rng.randint(120, 380)
            rows = [
                [f"Consommation {per_s} ({kwh} kWh)", f"{money(ht * 0.62)} €"],
                ["Abonnement", f"{money(ht * 0.22)} €"],
                ["Accise sur l'électricité / gaz", f"{money(ht * 0.09)} €"],
                ["Contribution tarifaire d'acheminement", f"{money(ht * 0.07)} €"],
            ]
        return rows

    def money(x):
        return K.money_fr(round(x, 2))

    def draw_a(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        logo_block(c, 40, H - 90, 50, color, logo, "Sans-B")
        txt(c, W - 40, H - 50, "Facture", "Lib-B", 20, align="right")
        txt(c, W - 40, H - 68, f"N° de facture : {inv_no}", "Lib", 9, align="right")
        txt(c, W - 40, H - 80, f"Date de facture : {K.d_fr(issue)}", "Lib", 9, align="right")
        txt(c, W - 40, H - 92, f"N° client : {client_no}", "Lib", 9, align="right")
        addr_block(c, 320, H - 160)
        txt(c, 40, H - 150, "Titulaire du contrat :", "Lib", 8.5, (0.4, 0.4, 0.4))
        txt(c, 40, H - 162, holder_line, "Lib-B", 9.5)
        txt(c, 40, H - 180, "Adresse d'installation :", "Lib", 8.5, (0.4, 0.4, 0.4))
        txt(c, 40, H - 192, ", ".join(address), "Lib", 9, maxw=250)
        rect(c, 40, H - 290, W - 80, 60, None, (0.96, 0.96, 0.96))
        rect(c, 40, H - 290, 6, 60, None, color)
        txt(
            c,
            60,
            H - 255,
            f"Montant total de votre facture de {month_lbl}"
            if show_month
            else "Montant total de votre facture",
            "Lib",
            11,
        )
        txt(c, 60, H - 275, f"Période de facturation {per_s}", "Lib", 9, (0.3, 0.3, 0.3))
        txt(c, W - 60, H - 270, f"{money(amount)} €", "Lib-B", 22, align="right")
        txt(c, 40, H - 320, "Détail de votre facture", "Lib-B", 12, color)
        rows = [["Désignation", "Montant HT"]] + detail_rows()
        y = table(
            c,
            40,
            H - 330,
            [W - 200, 120],
            rows,
            "Lib",
            9.5,
            20,
            (0.93, 0.93, 0.93),
            "Lib-B",
            aligns=["left", "right"],
        )
        y = table(
            c,
            W - 280,
            y - 10,
            [120, 120],
            [
                ["Total HT", f"{money(ht)} €"],
                ["TVA 20 %", f"{money(tva)} €"],
                ["Total TTC", f"{money(amount)} €"],
            ],
            "Lib-B",
            10,
            20,
            None,
            header=False,
            aligns=["left", "right"],
        )
        para(
            c,
            40,
            y - 30,
            f"Cette somme sera prélevée sur votre compte le {K.d_fr(due)}. "
            "Aucune démarche n'est nécessaire de votre part.",
            "Lib",
            9,
            W - 80,
        )
        line(c, 40, 80, W - 40, 80, (0.7, 0.7, 0.7))
        para(
            c,
            40,
            68,
            f"{provider} SA - Service clients - SIRET {K.siret_fmt(siret)} - "
            "Facture disponible dans votre espace client.",
            "Lib",
            7,
            W - 80,
            color=(0.4, 0.4, 0.4),
        )
        barcode(c, 40, 30, 180, 20, key + "bar")

    def draw_b(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        rect(c, 0, H - 110, W, 110, None, color)
        txt(c, 40, H - 60, logo, "Sans-B", 30, (1, 1, 1))
        txt(
            c,
            W - 40,
            H - 50,
            f"Votre facture de {month_lbl}" if show_month else "Votre facture",
            "Roboto-M",
            14,
            (1, 1, 1),
            align="right",
        )
        txt(
            c,
            W - 40,
            H - 70,
            f"émise le {K.d_words(issue)}",
            "Roboto",
            10,
            (1, 1, 1),
            align="right",
        )
        addr_block(c, 330, H - 160, 10, "Roboto" if False else "Lib")
        y = H - 250
        for lab, val in [
            ("Référence client", client_no),
            ("Facture n°", inv_no),
            ("Titulaire", holder_line),
            ("Période", per_s),
        ]:
            txt(c, 40, y, lab, "Roboto", 9, (0.45, 0.45, 0.45))
            txt(c, 170, y, val, "Roboto-M", 10)
            y -= 18
        rect(c, 40, y - 70, W - 80, 56, (0.85, 0.85, 0.85), (0.98, 0.98, 0.98), 0.6, r=8)
        txt(c, 60, y - 38, "Total à payer", "Roboto-M", 13)
        txt(c, W - 60, y - 42, f"{money(amount)} €", "Roboto-B", 22, color, align="right")
        txt(
            c,
            60,
            y - 55,
            f"Prélèvement automatique le {K.d_fr(due)}",
            "Roboto",
            8.5,
            (0.4, 0.4, 0.4),
        )
        y -= 110
        rows = [["Vos services", "HT", "TTC"]]
        for lab, v in detail_rows():
            vv = float(v.replace(" €", "").replace(" ", "").replace(",", "."))
            rows.append([lab, f"{money(vv)} €", f"{money(vv * 1.2)} €"])
        table(
            c,
            40,
            y,
            [W - 260, 110, 110],
            rows,
            "Roboto",
            9.5,
            22,
            (0.95, 0.95, 0.95),
            "Roboto-M",
            grid=(0.85, 0.85, 0.85),
            aligns=["left", "right", "right"],
        )
        txt(c, 40, 50, f"{provider} - SIRET {K.siret_fmt(siret)}", "Roboto", 7, (0.5, 0.5, 0.5))
        qr_like(c, W - 100, 30, 60, key + "qr")

    def draw_c(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        logo_block(c, 40, H - 80, 36, color, logo, "Sans-B", shape="pill")
        txt(c, 40, H - 100, provider, "Sans-B", 9, color)
        txt(
            c,
            W - 40,
            H - 50,
            "FACTURE" if service != "water" else "FACTURE D'EAU",
            "Sans-B",
            16,
            align="right",
        )
        txt(c, W - 40, H - 66, f"du {K.d_fr(issue)}", "Sans", 10, align="right")
        txt(c, W - 40, H - 80, f"N° {inv_no}", "Sans", 9, align="right")
        rect(c, 40, H - 215, 240, 95, (0.8, 0.8, 0.8), (0.97, 0.98, 0.99), 0.5)
        y = H - 135
        label_ref = "Référence client" if service != "water" else "N° d'abonné"
        for lab, val in [
            (label_ref, client_no),
            ("Titulaire du contrat", holder_line),
            ("Adresse de consommation", address[0]),
            ("", address[1]),
            (
                "PDL n°" if service in ("electricity", "energy") else "Compteur n°",
                str(rng.randint(10**13, 10**14 - 1)),
            ),
        ]:
            txt(c, 48, y, lab, "Sans", 7.5, (0.4, 0.4, 0.4))
            txt(c, 150, y, val, "Sans-B", 8.2, maxw=125)
            y -= 17
        addr_block(c, 330, H - 150, 10, "Lib")
        rect(c, 40, H - 300, W - 80, 60, None, (0.93, 0.96, 0.98))
        txt(c, 55, H - 262, "Montant TTC à payer", "Sans-B", 12)
        txt(c, 55, H - 282, f"Période de consommation {per_s}", "Sans", 9)
        txt(c, W - 55, H - 280, f"{money(amount)} €", "Sans-B", 22, color, align="right")
        rows = [["Détail", "Montant HT"]] + detail_rows()
        y = table(
            c,
            40,
            H - 320,
            [W - 200, 120],
            rows,
            "Sans",
            9,
            20,
            (0.9, 0.93, 0.96),
            "Sans-B",
            aligns=["left", "right"],
        )
        table(
            c,
            W - 280,
            y - 10,
            [120, 120],
            [
                ["Total HT", f"{money(ht)} €"],
                ["TVA", f"{money(tva)} €"],
                ["Total TTC", f"{money(amount)} €"],
            ],
            "Sans-B",
            9.5,
            20,
            None,
            header=False,
            aligns=["left", "right"],
        )
        para(
            c,
            40,
            150,
            f"Date limite de paiement : {K.d_fr(due)}. En cas de prélèvement, le montant "
            "sera débité à cette date.",
            "Sans",
            8.5,
            W - 80,
        )
        line(c, 40, 70, W - 40, 70, (0.7, 0.7, 0.7))
        txt(
            c,
            40,
            58,
            f"{provider} - SIRET {K.siret_fmt(siret)} - Service clients 09 70 00 00 00",
            "Sans",
            7,
            (0.4, 0.4, 0.4),
        )
        qr_like(c, W - 100, 90, 55, key + "qr")

    drawer = {"A": draw_a, "B": draw_b, "C": draw_c}[layout]
    f = {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": ", ".join(address),
        "issue_date": issue.isoformat(),
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "amount": round(amount, 2),
    }
    if start.month == end.month and start.year == end.year:
        f["month"] = f"{start.year}-{start.month:02d}"
    return Doc("utility_bill", f, [Page(W, H, drawer)], key=key)


def bill_app_screen(
    provider: str,
    holder: str,
    address: list[str],
    issue: dt.date,
    start: dt.date,
    end: dt.date,
    amount: float,
    rng,
    key: str,
) -> Doc:
    svc, color, _, logo = PROVIDERS[provider]
    Wp, Hp = PHONE

    def draw(c):
        rect(c, 0, 0, Wp, Hp, None, (0.97, 0.97, 0.98))
        rect(c, 0, Hp - 110, Wp, 110, None, color)
        txt(c, 24, Hp - 22, "10:2" + str(rng.randint(0, 9)), "Roboto-M", 12, (1, 1, 1))
        txt(c, Wp - 24, Hp - 22, "5G  82 %", "Roboto-M", 11, (1, 1, 1), align="right")
        txt(c, 24, Hp - 60, "‹  Mes factures", "Roboto-M", 17, (1, 1, 1))
        txt(c, 24, Hp - 88, f"{provider} · Espace client", "Roboto", 11, (1, 1, 1))
        rect(c, 16, Hp - 300, Wp - 32, 170, None, (1, 1, 1), r=12)
        txt(c, 32, Hp - 155, f"Facture du {K.d_fr(issue)}", "Roboto-M", 14)
        txt(
            c,
            32,
            Hp - 175,
            f"Période du {K.d_fr(start)} au {K.d_fr(end)}",
            "Roboto",
            11,
            (0.4, 0.4, 0.4),
        )
        txt(c, 32, Hp - 215, f"{K.money_fr(amount)} €", "Roboto-B", 28, color)
        txt(c, 32, Hp - 240, "Payée par prélèvement", "Roboto", 11, (0.1, 0.55, 0.25))
        rect(c, 32, Hp - 285, Wp - 64, 32, None, color, r=16)
        txt(
            c,
            Wp / 2,
            Hp - 274,
            "Télécharger la facture (PDF)",
            "Roboto-M",
            12,
            (1, 1, 1),
            align="center",
        )
        rect(c, 16, Hp - 460, Wp - 32, 145, None, (1, 1, 1), r=12)
        txt(c, 32, Hp - 340, "Titulaire du compte", "Roboto", 10, (0.45, 0.45, 0.45))
        txt(c, 32, Hp - 358, holder, "Roboto-M", 13)
        txt(c, 32, Hp - 385, "Adresse", "Roboto", 10, (0.45, 0.45, 0.45))
        txt(c, 32, Hp - 403, address[0], "Roboto-M", 12)
        txt(c, 32, Hp - 420, address[1], "Roboto-M", 12)
        txt(
            c,
            32,
            Hp - 445,
            f"Offre : {'Forfait 5G 100 Go' if svc == 'mobile' else 'Box Fibre'}",
            "Roboto",
            10,
            (0.45, 0.45, 0.45),
        )
        y = Hp - 490
        txt(c, 24, y, "Factures précédentes", "Roboto-M", 13)
        d = issue
        for i in range(4):
            d = K.add_months(d, -1)
            y -= 44
            rect(c, 16, y - 10, Wp - 32, 38, None, (1, 1, 1), r=8)
            txt(c, 32, y + 6, f"Facture du {K.d_fr(d)}", "Roboto", 11)
            txt(
                c,
                Wp - 32,
                y + 6,
                f"{K.money_fr(amount + rng.choice([0, 0, 2, -1.5]))} €",
                "Roboto-M",
                11,
                align="right",
            )
        rect(c, Wp / 2 - 67, 8, 134, 5, None, (0.1, 0.1, 0.1), r=2.5)

    f = {
        "provider": provider,
        "service": svc,
        "holder_name": holder,
        "address": ", ".join(address),
        "issue_date": issue.isoformat(),
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "amount": round(amount, 2),
    }
    return Doc(
        "utility_bill",
        f,
        [Page(Wp, Hp, draw)],
        kind="screen",
        key=key,
        notes="app screen of a bill",
    )


# ---------------------------------------------------------------- lease
def lease(
    tenants: list[str],
    landlord: str,
    landlord_addr: str,
    address: list[str],
    start: dt.date,
    rent: float,
    rng,
    key: str,
    *,
    agency: str = "",
    signed_on=None,
    furnished: bool = False,
    tenant_titles: list[str] | None = None,
) -> Doc:
    signed_on = signed_on or (start - dt.timedelta(days=rng.randint(3, 20)))
    font, bold = rng.choice(
        [("LibSerif", "LibSerif-B"), ("Caladea", "Caladea-B"), ("Lib", "Lib-B")]
    )
    titles = tenant_titles or [""] * len(tenants)
    surface = rng.randint(22, 78)
    pieces = max(1, surface // 20)
    charges = rng.choice([40, 60, 80, 110])
    duration = "1 an" if furnished else "3 ans"

    def head(c, n):
        txt(c, W / 2, 30, f"Page {n}/3 - Paraphes :", font, 8, align="center")
        for i in range(len(tenants) + 1):
            hand(
                c,
                W / 2 + 50 + i * 30,
                30,
                "".join(w[0] for w in (tenants + [landlord])[i].split() if w[0].isalpha())[:3],
                "H-dkg",
                10,
                random.Random(key + str(n) + str(i)),
            )

    def p1(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        if agency:
            txt(c, 50, H - 40, agency, bold, 11, (0.2, 0.3, 0.5))
            txt(
                c,
                50,
                H - 52,
                "Administration de biens - Carte professionnelle CPI 7501 "
                f"{rng.randint(2016, 2024)} 000 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                font,
                7.5,
                (0.3, 0.3, 0.3),
            )
        txt(c, W / 2, H - 90, "CONTRAT DE LOCATION", bold, 16, align="center")
        txt(
            c,
            W / 2,
            H - 108,
            ("LOCAUX MEUBLÉS" if furnished else "LOCAUX VIDES") + " À USAGE D'HABITATION",
            bold,
            11,
            align="center",
        )
        txt(
            c,
            W / 2,
            H - 122,
            "(Soumis au titre Ier bis de la loi du 6 juillet 1989 - contrat type "
            "défini par le décret n° 2015-587 du 29 mai 2015)",
            font,
            8,
            align="center",
        )
        y = H - 160
        txt(c, 50, y, "I. DÉSIGNATION DES PARTIES", bold, 11)
        y = para(
            c, 50, y - 18, "Le présent contrat est conclu entre les soussignés :", font, 10, W - 100
        )
        y = para(
            c,
            60,
            y - 6,
            f"{landlord}, demeurant {landlord_addr}, désigné(s) ci-après « le bailleur » ;",
            font,
            10,
            W - 120,
        )
        if agency:
            y = para(c, 60, y - 4, f"représenté par son mandataire {agency} ;", font, 10, W - 120)
        tn = " et ".join(f"{t} {n}".strip() for t, n in zip(titles, tenants))
        y = para(c, 60, y - 6, f"{tn}, désigné(s) ci-après « le locataire ».", font, 10, W - 120)
        y -= 14
        txt(c, 50, y, "II. OBJET DU CONTRAT", bold, 11)
        y = para(
            c,
            50,
            y - 18,
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
            font,
            10,
            W - 100,
        )
        y = para(
            c,
            60,
            y - 6,
            f"A. Consistance du logement - localisation : {', '.join(address)}",
            font,
            10,
            W - 120,
        )
        for ln in [
            "type d'habitat : immeuble collectif ; régime juridique : copropriété",
            f"période de construction : {rng.choice(['avant 1949', '1949 à 1974', '1975 à 1989'])}",
            f"surface habitable : {surface} m² ; nombre de pièces principales : {pieces}",
            "modalité de production de chauffage : individuel électrique",
            "B. Destination des locaux : usage d'habitation exclusivement",
        ]:
            y = para(c, 70, y - 3, "- " + ln, font, 9.5, W - 140)
        y -= 14
        txt(c, 50, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", bold, 11)
        y = para(
            c,
            50,
            y - 18,
            f"A. Date de prise d'effet du contrat : {K.d_fr(start)}",
            font,
            10,
            W - 100,
        )
        y = para(c, 50, y - 4, f"B. Durée du contrat : {duration}", font, 10, W - 100)
        para(
            c,
            50,
            y - 4,
            "En l'absence de proposition de renouvellement du contrat, celui-ci est, "
            "à son terme, reconduit tacitement pour la même durée.",
            font,
            9.5,
            W - 100,
        )
        head(c, 1)

    def p2(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        y = H - 60
        txt(c, 50, y, "IV. CONDITIONS FINANCIÈRES", bold, 11)
        for ln in [
            f"A. Loyer mensuel hors charges : {K.money_fr(rent)} euros",
            "Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.",
            f"B. Charges récupérables : provision mensuelle de {charges},00 euros, avec "
            "régularisation annuelle.",
            f"C. Montant total dû à la première échéance : {K.money_fr(rent + charges)} euros",
            "D. Modalités de révision : indice de référence des loyers (IRL) du "
            f"{rng.choice(['1er', '2e', '3e', '4e'])} trimestre.",
        ]:
            y = para(c, 60, y - 16, ln, font, 10, W - 120)
        y -= 18
        txt(c, 50, y, "V. TRAVAUX", bold, 11)
        y = para(c, 60, y - 16, "Néant.", font, 10, W - 120)
        y -= 14
        txt(c, 50, y, "VI. GARANTIES", bold, 11)
        y = para(
            c,
            60,
            y - 16,
            f"Dépôt de garantie : {K.money_fr(rent if not furnished else 2 * rent)} euros.",
            font,
            10,
            W - 120,
        )
        y -= 14
        txt(c, 50, y, "VII. CLAUSE DE SOLIDARITÉ", bold, 11)
        y = para(
            c,
            60,
            y - 16,
            "Les locataires sont tenus solidairement et indivisiblement de "
            "l'exécution des obligations du présent contrat.",
            font,
            10,
            W - 120,
        )
        y -= 14
        txt(c, 50, y, "VIII. CLAUSE RÉSOLUTOIRE", bold, 11)
        y = para(
            c,
            60,
            y - 16,
            "Le présent contrat sera résilié de plein droit en cas de défaut de "
            "paiement du loyer ou des charges, de non-versement du dépôt de garantie, de défaut "
            "d'assurance du locataire contre les risques locatifs, deux mois après un commandement "
            "demeuré infructueux.",
            font,
            10,
            W - 120,
        )
        y -= 14
        txt(c, 50, y, "IX. HONORAIRES DE LOCATION", bold, 11)
        para(
            c,
            60,
            y - 16,
            "Honoraires à la charge du locataire : 12,00 euros TTC par m² de surface "
            "habitable pour la visite, la constitution du dossier et la rédaction du bail ; 3,00 euros"
            " TTC par m² pour l'état des lieux."
            if agency
            else "Sans objet (location entre particuliers).",
            font,
            10,
            W - 120,
        )
        head(c, 2)

    def p3(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        y = H - 60
        txt(c, 50, y, "X. AUTRES CONDITIONS PARTICULIÈRES", bold, 11)
        y = para(
            c,
            60,
            y - 16,
            "Le locataire s'engage à souscrire une assurance habitation et à en "
            "justifier chaque année.",
            font,
            10,
            W - 120,
        )
        y -= 14
        txt(c, 50, y, "XI. ANNEXES", bold, 11)
        for ln in [
            "Dossier de diagnostic technique (DPE, CREP, ERP, électricité, gaz)",
            "Notice d'information relative aux droits et obligations des locataires et des "
            "bailleurs",
            "État des lieux d'entrée",
            "Extrait du règlement de copropriété",
        ]:
            y = para(c, 60, y - 16, "- " + ln, font, 10, W - 120)
        y -= 30
        txt(
            c,
            50,
            y,
            f"Fait et signé à {address[1].split(' ', 1)[1]}, le {K.d_fr(signed_on)}, en "
            f"{len(tenants) + 1} originaux.",
            font,
            10,
        )
        y -= 40
        txt(c, 60, y, "Le bailleur (ou son mandataire)", bold, 10)
        txt(c, 320, y, "Le(s) locataire(s)", bold, 10)
        hand(c, 60, y - 22, "Lu et approuvé", "H-dkg", 12, random.Random(key + "la"))
        signature(c, 60, y - 85, 170, 50, key + "land", INK_BLUE, 1.0, name=landlord)
        for i, t in enumerate(tenants):
            hand(
                c,
                320,
                y - 22 - i * 80,
                "Lu et approuvé",
                "H-ecolier",
                13,
                random.Random(key + "lt" + str(i)),
            )
            signature(c, 320, y - 85 - i * 80, 170, 50, key + "ten" + str(i), INK_BLUE, 1.0, name=t)
        if agency:
            rect_stamp(
                c, 70, y - 170, 170, 60, [agency.upper(), "Gestion locative"], (0.2, 0.3, 0.6), rng
            )
        head(c, 3)

    f = {
        "tenant_names": tenants,
        "landlord": landlord,
        "address": ", ".join(address),
        "start_date": start.isoformat(),
    }
    return Doc("lease", f, [Page(W, H, p1), Page(W, H, p2), Page(W, H, p3)], key=key)


# ---------------------------------------------------------------- hosting attestation
def hosting_attestation(
    host: Person,
    hosted: Person,
    address: list[str],
    since: dt.date,
    signed_on: dt.date | None,
    rng,
    key: str,
    *,
    handwritten: bool = True,
    signed: bool = True,
    relation: str = "",
) -> Doc:
    host_name = f"{host.given} {host.SUR}"
    hosted_name = f"{hosted.given} {hosted.SUR}"
    hf = rng.choice(["H-dkg", "H-ecolier", "H-dancing"]) if handwritten else "Lib"
    pos = "né" if host.sex == "M" else "née"
    posd = "né" if hosted.sex == "M" else "née"
    city = address[1].split(" ", 1)[1]
    date_s = K.d_fr(signed_on) if signed_on else ""
    text = [
        f"Je soussigné{'e' if host.sex == 'F' else ''} {host_name}, {pos} le {K.d_fr(host.dob)} "
        f"à {host.birth_city}, demeurant {address[0]}, {address[1]},",
        f"atteste sur l'honneur héberger à mon domicile depuis le {K.d_fr(since)} "
        f"{'Madame' if hosted.sex == 'F' else 'Monsieur'} {hosted_name}, {posd} le "
        f"{K.d_fr(hosted.dob)} à {hosted.birth_city}{', ' + relation if relation else ''}.",
        "Je joins à la présente attestation la copie de ma pièce d'identité et un justificatif "
        "de domicile à mon nom.",
        "Fait pour servir et valoir ce que de droit.",
    ]

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1) if not handwritten else (0.99, 0.99, 0.97))
        if handwritten:
            for i in range(34):
                line(c, 40, H - 110 - i * 20, W - 40, H - 110 - i * 20, (0.75, 0.82, 0.92), 0.4)
            line(c, 70, 0, 70, H, (0.9, 0.6, 0.6), 0.5)
            r = random.Random(key + "h")
            y = H - 80
            hand(c, W / 2 - 120, y, "Attestation d'hébergement", hf, 18, r)
            y = H - 150
            from reportlab.lib.utils import simpleSplit
            from setl_draw import HAND_SCALE

            fs = 14.0
            for ptxt in text:
                for ln in simpleSplit(ptxt, hf, fs * HAND_SCALE.get(hf, 1.0), W - 160):
                    hand(c, 80, y + 4, ln, hf, fs, r)
                    y -= 20
                y -= 20
            if date_s:
                hand(c, W - 280, y - 10, f"Fait à {city}, le {date_s}", hf, fs, r)
            if signed:
                signature(c, W - 250, y - 95, 170, 55, key + "hs", INK_BLUE, 1.1, name=host_name)
        else:
            txt(c, 60, H - 60, host_name, "Lib-B", 11)
            txt(c, 60, H - 74, address[0], "Lib", 10)
            txt(c, 60, H - 88, address[1], "Lib", 10)
            txt(c, W / 2, H - 150, "ATTESTATION D'HÉBERGEMENT", "Lib-B", 16, align="center")
            y = H - 200
            for ptxt in text:
                y = para(c, 60, y, ptxt, "Lib", 11, W - 120, 16, justify=True) - 12
            if date_s:
                txt(c, W - 60, y - 20, f"Fait à {city}, le {date_s}", "Lib", 11, align="right")
            txt(c, W - 60, y - 40, "Signature", "Lib", 10, align="right")
            if signed:
                signature(c, W - 240, y - 120, 170, 60, key + "hs", INK_BLUE, 1.1, name=host_name)

    f = {
        "host_name": host_name,
        "hosted_name": hosted_name,
        "address": ", ".join(address),
        "since_date": since.isoformat(),
        "signed_on": signed_on.isoformat() if signed_on else None,
        "signed": signed,
    }
    return Doc("hosting_attestation", f, [Page(W, H, draw)], key=key)


# ---------------------------------------------------------------- RIB
BANKS = {
    "BNP Paribas": ("30004", "BNPAFRPPXXX", (0.0, 0.52, 0.36), "BNP PARIBAS"),
    "Société Générale": ("30003", "SOGEFRPP", (0.9, 0.0, 0.15), "SOCIETE GENERALE"),
    "Crédit Agricole": ("18206", "AGRIFRPP882", (0.0, 0.45, 0.45), "CREDIT AGRICOLE"),
    "Crédit Mutuel": ("10278", "CMCIFR2A", (0.0, 0.25, 0.55), "CREDIT MUTUEL"),
    "La Banque Postale": ("20041", "PSSTFRPPLYO", (0.0, 0.2, 0.5), "LA BANQUE POSTALE"),
    "LCL": ("30002", "CRLYFRPP", (0.0, 0.2, 0.55), "LCL"),
    "Caisse d'Épargne": ("17515", "CEPAFRPP751", (0.85, 0.1, 0.15), "CAISSE D'EPARGNE"),
    "CIC": ("30066", "CMCIFRPP", (0.0, 0.3, 0.6), "CIC"),
    "BoursoBank": ("40618", "BOUSFRPPXXX", (0.85, 0.1, 0.45), "BOURSOBANK"),
}


def make_fr_account(bank: str, rng) -> tuple[str, str, str, str]:
    code = BANKS[bank][0]
    branch = f"{rng.randint(1, 99999):05d}"
    acc = f"{rng.randint(0, 10**11 - 1):011d}"
    if rng.random() < 0.2:
        acc = acc[:9] + rng.choice("ABCDEFGH") + acc[10:]
    return code, branch, acc, K.rib_key(code, branch, acc)


def rib_paper(
    bank: str,
    holder_lines: list[str],
    holder_field: str,
    addr: list[str],
    rng,
    key: str,
    *,
    branch_name: str = "",
    bad_iban: bool = False,
    bad_key: bool = False,
) -> Doc:
    code, bic, color, upper = BANKS[bank]
    _, branch, acc, rk = make_fr_account(bank, rng)
    true_key = rk
    if bad_key:
        rk = f"{(int(rk) + 11) % 97:02d}"
    iban = K.iban_fr(code, branch, acc, rk)
    if bad_iban:
        iban = iban[:2] + f"{(int(iban[2:4]) + 7) % 97:02d}" + iban[4:]
        iban = iban if not K.iban_valid(iban) else iban[:2] + "00" + iban[4:]
    branch_name = branch_name or f"{upper} {addr[1].split(' ', 1)[1].upper()} CENTRE"
    style = rng.randint(0, 2)

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        y0 = H - 60
        logo_block(c, 40, y0 - 20, 40, color, upper.split()[0][:4], "Sans-B")
        txt(c, 90, y0, upper, "Sans-B", 13, color)
        txt(c, 90, y0 - 14, "Relevé d'Identité Bancaire", "Sans", 10)
        if style == 1:
            txt(c, W - 40, y0, "RIB", "Sans-B", 22, color, align="right")
        y = y0 - 60
        rect(c, 40, y - 150, W - 80, 160, (0.6, 0.6, 0.6), None, 0.6, r=4 if style == 2 else 0)
        txt(c, 52, y - 8, "Titulaire du compte", "Sans", 8, (0.4, 0.4, 0.4))
        for i, ln in enumerate(holder_lines + addr):
            txt(c, 52, y - 24 - i * 13, ln, "Sans-B" if i < len(holder_lines) else "Sans", 10)
        txt(c, 320, y - 8, "Domiciliation", "Sans", 8, (0.4, 0.4, 0.4))
        txt(c, 320, y - 24, branch_name, "Sans-B", 9.5, maxw=W - 370)
        txt(c, 320, y - 38, f"{rng.randint(1, 120)} avenue de la République", "Sans", 9)
        txt(c, 320, y - 51, addr[1], "Sans", 9)
        y -= 175
        rows = [["Code banque", "Code guichet", "N° de compte", "Clé RIB"], [code, branch, acc, rk]]
        table(
            c,
            40,
            y,
            [110, 110, 200, 90],
            rows,
            "LibMono-B",
            11,
            24,
            (0.93, 0.93, 0.93),
            "Sans-B",
            aligns=["center"] * 4,
        )
        y -= 70
        txt(c, 40, y, "IBAN (International Bank Account Number)", "Sans", 8.5, (0.4, 0.4, 0.4))
        txt(c, 40, y - 18, K.iban_groups(iban), "LibMono-B", 14)
        txt(c, 40, y - 45, "BIC (Bank Identifier Code)", "Sans", 8.5, (0.4, 0.4, 0.4))
        txt(c, 40, y - 63, bic, "LibMono-B", 14)
        para(
            c,
            40,
            y - 110,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou"
            " débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
            "prélèvements...). Son utilisation vous garantit le bon enregistrement des opérations en "
            "cause.",
            "Sans",
            8,
            W - 80,
            color=(0.35, 0.35, 0.35),
        )
        line(c, 40, H / 2 - 20, W - 40, H / 2 - 20, (0.6, 0.6, 0.6), 0.5, dash=(4, 3))
        txt(c, W / 2, H / 2 - 32, "✂ - - - à découper", "Sans", 7, (0.6, 0.6, 0.6), align="center")
        txt(
            c,
            40,
            60,
            f"{upper} - Document édité le {K.d_fr(dt.date(2026, rng.randint(8, 11), rng.randint(1, 28)))}",
            "Sans",
            7,
            (0.5, 0.5, 0.5),
        )

    f = {
        "holder_name": holder_field,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": K.iban_valid(iban),
        "rib_key_valid": rk == true_key,
    }
    return Doc("rib", f, [Page(W, H, draw)], key=key)


def rib_app(app: str, holder: str, rng, key: str) -> Doc:
    """Neobank account-details screen (screenshot)."""
    Wp, Hp = PHONE
    if app == "Revolut":
        bban = "70500" + f"{rng.randint(0, 10**11 - 1):011d}"
        iban, bic, color, dark = K.iban_make("LT", bban), "REVOLT21", (0.0, 0.45, 0.95), True
    elif app == "N26":
        bban = "10011001" + f"{rng.randint(0, 10**10 - 1):010d}"
        iban, bic, color, dark = K.iban_make("DE", bban), "NTSBDEB1XXX", (0.22, 0.7, 0.65), False
    else:  # BoursoBank app
        code, branch, acc, rk = make_fr_account("BoursoBank", rng)
        iban, bic, color, dark = (
            K.iban_fr(code, branch, acc, rk),
            "BOUSFRPPXXX",
            (0.85, 0.1, 0.45),
            False,
        )
    bg = (0.07, 0.07, 0.09) if dark else (0.98, 0.98, 0.99)
    fg = (1, 1, 1) if dark else (0.05, 0.05, 0.08)
    sub = (0.6, 0.6, 0.65) if dark else (0.45, 0.45, 0.5)
    card = (0.14, 0.14, 0.17) if dark else (1, 1, 1)

    def draw(c):
        rect(c, 0, 0, Wp, Hp, None, bg)
        txt(c, 24, Hp - 22, "09:4" + str(rng.randint(0, 9)), "Roboto-M", 12, fg)
        txt(c, Wp - 24, Hp - 22, "4G 67 %", "Roboto-M", 11, fg, align="right")
        txt(c, 24, Hp - 62, "‹", "Roboto", 26, fg)
        txt(
            c,
            Wp / 2,
            Hp - 60,
            "Détails du compte" if app != "Revolut" else "Account details",
            "Roboto-M",
            15,
            fg,
            align="center",
        )
        txt(
            c,
            24,
            Hp - 110,
            "Euro · EUR" if app == "Revolut" else "Compte courant",
            "Roboto-M",
            20,
            fg,
        )
        txt(c, 24, Hp - 130, app, "Roboto", 11, sub)
        rect(c, 16, Hp - 440, Wp - 32, 290, None, card, r=14)
        rows = [
            ("Bénéficiaire" if app != "Revolut" else "Beneficiary", holder),
            ("IBAN", K.iban_groups(iban)),
            ("BIC / SWIFT", bic),
            (
                "Banque" if app != "Revolut" else "Bank",
                {"Revolut": "Revolut Bank UAB", "N26": "N26 Bank SE", "BoursoBank": "BoursoBank"}[
                    app
                ],
            ),
            (
                "Adresse de la banque" if app != "Revolut" else "Bank address",
                {
                    "Revolut": "Konstitucijos ave. 21B, Vilnius, Lithuania",
                    "N26": "Voltairestraße 8, 10179 Berlin",
                    "BoursoBank": "44 rue Traversière, 92100 Boulogne",
                }[app],
            ),
        ]
        y = Hp - 175
        for lab, val in rows:
            txt(c, 32, y, lab, "Roboto", 10.5, sub)
            txt(c, 32, y - 18, val, "Roboto-M", 13 if lab != "IBAN" else 12.5, fg, maxw=Wp - 90)
            txt(c, Wp - 34, y - 14, "⧉", "Sans", 12, color, align="right")
            y -= 52
        rect(c, 16, Hp - 500, Wp - 32, 44, None, color, r=22)
        txt(
            c,
            Wp / 2,
            Hp - 483,
            "Partager les coordonnées" if app != "Revolut" else "Share details",
            "Roboto-M",
            13,
            (1, 1, 1),
            align="center",
        )
        para(
            c,
            24,
            Hp - 530,
            "Utilisez ces coordonnées pour recevoir des virements SEPA et des "
            "prélèvements en euros."
            if app != "Revolut"
            else "Use these details to receive SEPA transfers and direct debits in euro.",
            "Roboto",
            10,
            Wp - 48,
            color=sub,
        )
        rect(c, Wp / 2 - 67, 8, 134, 5, None, fg, r=2.5)

    f = {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": {"Revolut": "Revolut", "N26": "N26", "BoursoBank": "BoursoBank"}[app],
        "iban_valid": K.iban_valid(iban),
        "rib_key_valid": None if not iban.startswith("FR") else True,
    }
    return Doc(
        "rib",
        f,
        [Page(Wp, Hp, draw)],
        kind="screen",
        key=key,
        notes="" if iban.startswith("FR") else "non-French SEPA IBAN",
    )


# ---------------------------------------------------------------- payslip
def payslip(
    employer: dict,
    emp: Person,
    emp_name: str,
    job: str,
    entry: dt.date,
    year: int,
    month: int,
    gross: float,
    rng,
    key: str,
    *,
    contract: str = "CDI",
) -> Doc:
    style = rng.randint(0, 1)
    siret = employer["siret"]
    start, end = dt.date(year, month, 1), K.month_end(year, month)
    paid = K.month_end(year, month) if rng.random() < 0.5 else end - dt.timedelta(days=2)
    lines = [
        ("SANTÉ", None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", 0.0),
        ("Complémentaire Incapacité Invalidité Décès", 0.0085),
        ("Complémentaire Santé", 0.011),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", 0.0),
        ("RETRAITE", None),
        ("Sécurité sociale plafonnée", 0.069),
        ("Sécurité sociale déplafonnée", 0.004),
        ("Complémentaire Tranche 1", 0.0401),
        ("FAMILLE", 0.0),
        ("ASSURANCE CHÔMAGE", 0.0),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", 0.0),
        ("CSG déductible de l'impôt sur le revenu", 0.0668),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.029),
    ]
    total = 0.0
    rows = [
        ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"],
        ["Salaire de base", K.money_fr(gross), "", "", ""],
    ]
    for lab, rate in lines:
        if rate is None:
            rows.append([lab, "", "", "", ""])
            continue
        base = gross if "CSG" not in lab else gross * 0.9825
        v = round(base * rate, 2)
        total += v
        emp_part = round(base * rng.uniform(0.02, 0.09), 2)
        rows.append(
            [
                lab,
                K.money_fr(base) if rate else "",
                f"{rate * 100:.2f}".replace(".", ",") if rate else "",
                ("-" + K.money_fr(v)) if v else "",
                K.money_fr(emp_part),
            ]
        )
    net_before = round(gross - total, 2)
    pas_rate = rng.choice([0.0, 1.5, 3.2, 4.6, 7.1])
    pas = round(net_before * pas_rate / 100, 2)
    net_paid = round(net_before - pas, 2)
    net_social = round(net_before + rng.uniform(5, 25), 2)

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        F, B = ("Lib", "Lib-B") if style == 0 else ("Carlito", "Carlito-B")
        txt(c, 40, H - 40, "BULLETIN DE PAIE", B, 15)
        txt(
            c, W - 40, H - 40, f"Période du {K.d_fr(start)} au {K.d_fr(end)}", F, 9.5, align="right"
        )
        txt(c, W - 40, H - 53, f"Paiement le {K.d_fr(paid)} par virement", F, 9, align="right")
        rect(c, 40, H - 160, 250, 100, (0.6, 0.6, 0.6), (0.97, 0.97, 0.97), 0.5)
        y = H - 76
        for i, ln in enumerate(
            [
                employer["name"],
                employer["addr"][0],
                employer["addr"][1],
                f"SIRET : {siret}",
                f"Code NAF : {employer['naf']}",
                f"URSSAF de {employer['urssaf']}",
                f"Convention collective : {employer['ccn']}",
            ]
        ):
            txt(c, 48, y - i * 12, ln, B if i == 0 else F, 9 if i == 0 else 8, maxw=235)
        rect(c, 320, H - 160, W - 360, 100, (0.6, 0.6, 0.6), None, 0.5)
        txt(c, 330, H - 78, emp_name, B, 10.5)
        for i, ln in enumerate(emp.address):
            txt(c, 330, H - 94 - i * 12, ln, F, 9)
        y = H - 180
        info = [
            ("Emploi", job),
            ("Statut", "Non-cadre" if gross < 3200 else "Cadre"),
            ("Date d'entrée", K.d_fr(entry)),
            ("Contrat", contract),
            ("Matricule", str(rng.randint(100, 9999))),
            ("N° de sécurité sociale", "en cours"),
            ("Horaire", "151,67 h"),
        ]
        for i, (lab, val) in enumerate(info):
            xx = 40 + (i % 4) * 130
            yy = y - (i // 4) * 26
            txt(c, xx, yy, lab, F, 7.5, (0.4, 0.4, 0.4))
            txt(c, xx, yy - 11, val, B, 9, maxw=125)
        y -= 62
        yb = table(
            c,
            40,
            y,
            [230, 70, 50, 80, 85],
            rows,
            F,
            8,
            15.5,
            (0.88, 0.9, 0.95),
            B,
            aligns=["left", "right", "right", "right", "right"],
            grid=(0.75, 0.75, 0.75),
        )
        totals = [
            ("Total des cotisations et contributions", "-" + K.money_fr(total)),
            ("Montant net social", K.money_fr(net_social)),
            ("NET À PAYER AVANT IMPÔT SUR LE REVENU", K.money_fr(net_before)),
            (
                f"Impôt sur le revenu prélevé à la source - taux {str(pas_rate).replace('.', ',')} %",
                "-" + K.money_fr(pas),
            ),
            ("NET PAYÉ EN EUROS", K.money_fr(net_paid)),
        ]
        yy = yb - 14
        for lab, val in totals:
            big = lab.startswith("NET")
            if big:
                rect(c, 40, yy - 6, W - 80, 20, None, (0.9, 0.93, 0.97))
            txt(c, 48, yy, lab, B if big else F, 10 if big else 8.5)
            txt(c, W - 48, yy, val + " €", B if big else F, 11 if big else 8.5, align="right")
            yy -= 22
        para(
            c,
            40,
            60,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
            "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur "
            "le portail www.service-public.fr",
            F,
            7,
            W - 80,
            color=(0.4, 0.4, 0.4),
        )

    f = {
        "employer": employer["name"],
        "employee_name": emp_name,
        "period": f"{year}-{month:02d}",
        "net_pay": net_paid,
        "siret": siret,
    }
    return Doc(
        "payslip",
        f,
        [Page(W, H, draw)],
        key=key,
        notes="net_pay is the final 'NET PAYÉ' after withholding tax",
    )


def employment_contract(
    employer: dict,
    emp: Person,
    emp_name: str,
    ctype: str,
    job: str,
    start: dt.date,
    gross: float,
    rng,
    key: str,
    *,
    end: dt.date | None = None,
    permit_no: str = "",
) -> Doc:
    F, B = rng.choice([("LibSerif", "LibSerif-B"), ("Lib", "Lib-B"), ("Caladea", "Caladea-B")])
    signed_on = start - dt.timedelta(days=rng.randint(5, 30))
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if ctype == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )

    def p1(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        txt(c, W / 2, H - 70, title, B, 14, align="center")
        y = H - 110
        txt(c, 50, y, "ENTRE LES SOUSSIGNÉS :", B, 10.5)
        y = para(
            c,
            50,
            y - 20,
            f"La société {employer['name']}, {employer['form']} au capital de "
            f"{employer['capital']} euros, immatriculée au RCS de {employer['urssaf']} sous le "
            f"numéro {employer['siret'][:9]}, SIRET {K.siret_fmt(employer['siret'])}, dont le siège "
            f"social est situé {employer['addr'][0]}, {employer['addr'][1]}, représentée par "
            f"{employer['boss']}, en sa qualité de {employer['boss_role']},",
            F,
            10.5,
            W - 100,
            15,
            justify=True,
        )
        y = para(c, 50, y - 4, "ci-après dénommée « l'Employeur »,", F, 10.5, W - 100)
        txt(c, 50, y - 12, "ET :", B, 10.5)
        y = para(
            c,
            50,
            y - 30,
            f"{'Madame' if emp.sex == 'F' else 'Monsieur'} {emp_name}, "
            f"{'née' if emp.sex == 'F' else 'né'} le {K.d_fr(emp.dob)} à {emp.birth_city}, de "
            f"nationalité {emp.native.get('nat_fr', '').lower()}, demeurant {emp.addr_line}"
            + (f", titulaire du titre de séjour n° {permit_no}" if permit_no else "")
            + ",",
            F,
            10.5,
            W - 100,
            15,
            justify=True,
        )
        y = para(c, 50, y - 4, "ci-après dénommé(e) « le Salarié »,", F, 10.5, W - 100)
        y = para(c, 50, y - 12, "IL A ÉTÉ CONVENU CE QUI SUIT :", B, 10.5, W - 100)
        arts = [
            (
                "Article 1 - Engagement",
                f"Le Salarié est engagé à compter du {K.d_fr(start)} "
                + (
                    "pour une durée indéterminée."
                    if ctype == "CDI"
                    else f"pour une durée déterminée prenant fin le {K.d_fr(end)}, motif : accroissement "
                    "temporaire d'activité."
                ),
            ),
            (
                "Article 2 - Fonctions",
                f"Le Salarié occupera le poste de {job}, statut "
                f"{'cadre' if gross >= 3200 else 'employé'}, conformément à la convention collective "
                f"{employer['ccn']}.",
            ),
            (
                "Article 3 - Période d'essai",
                f"Le présent contrat ne deviendra définitif qu'à "
                f"l'issue d'une période d'essai de {'trois' if ctype == 'CDI' else 'un'} mois.",
            ),
        ]
        for t, body in arts:
            txt(c, 50, y - 10, t, B, 10.5)
            y = para(c, 50, y - 26, body, F, 10.5, W - 100, 15, justify=True) - 6
        txt(c, W / 2, 30, "1/2", F, 8, align="center")

    def p2(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        y = H - 60
        arts = [
            (
                "Article 4 - Rémunération",
                f"En contrepartie de son travail, le Salarié percevra une "
                f"rémunération mensuelle brute de {K.money_fr(gross)} euros pour 35 heures "
                "hebdomadaires, versée sur douze mois.",
            ),
            (
                "Article 5 - Lieu de travail",
                f"Le Salarié exercera ses fonctions à {employer['addr'][1]}.",
            ),
            (
                "Article 6 - Congés payés",
                "Le Salarié bénéficiera des congés payés prévus par les "
                "dispositions légales et conventionnelles.",
            ),
            (
                "Article 7 - Protection sociale",
                "Le Salarié sera affilié au régime général de la "
                "sécurité sociale ainsi qu'aux régimes de retraite complémentaire et de prévoyance "
                "en vigueur dans l'entreprise.",
            ),
        ]
        for t, body in arts:
            txt(c, 50, y - 10, t, B, 10.5)
            y = para(c, 50, y - 26, body, F, 10.5, W - 100, 15, justify=True) - 6
        y -= 20
        txt(
            c,
            50,
            y,
            f"Fait en deux exemplaires à {employer['addr'][1].split(' ', 1)[1]}, le "
            f"{K.d_fr(signed_on)}.",
            F,
            10.5,
        )
        y -= 40
        txt(c, 60, y, "Pour l'Employeur", B, 10)
        txt(c, 330, y, "Le Salarié", B, 10)
        txt(c, 60, y - 14, employer["boss"], F, 9.5)
        hand(
            c,
            330,
            y - 20,
            "Lu et approuvé, bon pour accord",
            "H-dkg",
            11,
            random.Random(key + "la"),
        )
        signature(
            c, 60, y - 90, 170, 55, key + "boss", (0.05, 0.05, 0.2), 1.0, name=employer["boss"]
        )
        signature(c, 330, y - 90, 170, 55, key + "emp", INK_BLUE, 1.0, name=emp_name)
        rect_stamp(
            c,
            70,
            y - 170,
            170,
            55,
            [employer["name"].upper(), employer["addr"][1]],
            (0.2, 0.2, 0.55),
            rng,
        )
        txt(c, W / 2, 30, "2/2", F, 8, align="center")

    f = {
        "employer": employer["name"],
        "employee_name": emp_name,
        "contract_type": ctype,
        "job_title": job,
        "start_date": start.isoformat(),
    }
    return Doc("employment_contract", f, [Page(W, H, p1), Page(W, H, p2)], key=key)


# ---------------------------------------------------------------- unknown pages
def cover_letter(p: Person, cpam_city: str, date: dt.date, rng, key: str) -> Doc:
    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        y = H - 60
        for ln in [p.full(), *p.address, p.phone]:
            txt(c, 60, y, ln, "Lib", 10.5)
            y -= 14
        for i, ln in enumerate(
            [
                f"Caisse Primaire d'Assurance Maladie de {cpam_city}",
                "Service affiliation",
                f"{cpam_city.upper()} CEDEX",
            ]
        ):
            txt(c, 330, H - 160 - i * 14, ln, "Lib", 10.5)
        txt(c, 330, H - 220, f"{p.address[1].split(' ', 1)[1]}, le {K.d_words(date)}", "Lib", 10.5)
        txt(
            c,
            60,
            H - 270,
            "Objet : demande d'ouverture de droits (PUMa) - pièces jointes",
            "Lib-B",
            10.5,
        )
        y = para(c, 60, H - 310, "Madame, Monsieur,", "Lib", 10.5, W - 120)
        y = para(
            c,
            60,
            y - 10,
            "Résidant en France depuis plus de trois mois, je vous prie de bien "
            "vouloir trouver ci-joint ma demande d'ouverture des droits à l'assurance maladie "
            "(formulaire S1106) accompagnée des pièces justificatives demandées : copie de mon "
            "passeport, de mon titre de séjour, de mon acte de naissance, mon justificatif de "
            "domicile et mon relevé d'identité bancaire.",
            "Lib",
            10.5,
            W - 120,
            15,
            justify=True,
        )
        y = para(
            c,
            60,
            y - 10,
            "Je reste à votre disposition pour tout renseignement complémentaire "
            "et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
            "distinguées.",
            "Lib",
            10.5,
            W - 120,
            15,
            justify=True,
        )
        signature(c, 330, y - 80, 170, 50, key + "cl", INK_BLUE, 1.0, name=p.full(False))

    return Doc("unknown", {}, [Page(W, H, draw)], key=key, notes="cover letter to the CPAM")


def bank_statement(p: Person, bank: str, rng, key: str, month: tuple[int, int]) -> Doc:
    code, bic, color, upper = BANKS[bank]
    y0, m0 = month

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        txt(c, 40, H - 50, upper, "Sans-B", 14, color)
        txt(c, W - 40, H - 50, "RELEVÉ DE COMPTE", "Sans-B", 12, align="right")
        txt(
            c,
            W - 40,
            H - 64,
            f"du 01/{m0:02d}/{y0} au {K.month_end(y0, m0).day}/{m0:02d}/{y0}",
            "Sans",
            9,
            align="right",
        )
        for i, ln in enumerate([p.full(), *p.address]):
            txt(c, 330, H - 120 - i * 13, ln, "Sans", 10)
        rows = [["Date", "Libellé", "Débit", "Crédit"]]
        bal = rng.uniform(300, 2500)
        rows.append([f"01/{m0:02d}", "SOLDE PRÉCÉDENT", "", K.money_fr(bal)])
        for d in sorted(rng.sample(range(2, 28), 14)):
            lab = rng.choice(
                [
                    "CARTE MONOPRIX",
                    "PRLV SEPA ASSURANCE",
                    "CARTE SNCF",
                    "VIR INST RECU",
                    "CARTE BOULANGERIE",
                    "PRLV SEPA LOYER",
                    "CARTE PHARMACIE",
                    "RETRAIT DAB",
                    "CARTE CINEMA",
                ]
            )
            v = round(rng.uniform(4, 120), 2)
            cred = lab.startswith("VIR")
            rows.append(
                [
                    f"{d:02d}/{m0:02d}",
                    lab,
                    "" if cred else K.money_fr(v),
                    K.money_fr(v * 8) if cred else "",
                ]
            )
        table(
            c,
            40,
            H - 200,
            [60, 295, 80, 80],
            rows,
            "Sans",
            8.5,
            18,
            (0.92, 0.92, 0.92),
            "Sans-B",
            aligns=["left", "left", "right", "right"],
        )
        txt(c, 40, 60, f"{upper} - BIC {bic}", "Sans", 7, (0.5, 0.5, 0.5))

    return Doc("unknown", {}, [Page(W, H, draw)], key=key, notes="bank statement (not a RIB)")


def school_certificate(p: Person, rng, key: str) -> Doc:
    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        txt(c, 50, H - 60, "UNIVERSITÉ DE LA VILLE NOUVELLE", "Serif-B", 13, (0.3, 0.1, 0.4))
        txt(c, 50, H - 75, "Direction des études et de la vie étudiante", "Serif", 10)
        txt(c, W / 2, H - 150, "CERTIFICAT DE SCOLARITÉ", "Serif-B", 16, align="center")
        txt(c, W / 2, H - 170, "Année universitaire 2026-2027", "Serif", 11, align="center")
        para(
            c,
            60,
            H - 220,
            f"Le Président de l'Université certifie que {p.full()}, né(e) le "
            f"{K.d_fr(p.dob)}, est régulièrement inscrit(e) en Master 1 pour l'année universitaire "
            "2026-2027.",
            "Serif",
            11,
            W - 120,
            16,
        )
        txt(c, W - 60, 300, "Pour le Président et par délégation", "Serif", 10, align="right")
        signature(c, W - 230, 220, 160, 50, key + "u", (0.05, 0.05, 0.2), 1.0)
        seal(c, 150, 250, 40, "UNIVERSITÉ * SCOLARITÉ", "", (0.3, 0.1, 0.4), rng)

    return Doc("unknown", {}, [Page(W, H, draw)], key=key, notes="student enrolment certificate")


_ = (col,)
