"""Builders shared by the packets: dates, passports as images, bills, payslips, looks."""

from __future__ import annotations

from PIL import Image

import ids
import lib
import money

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def fr_words(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


def money_fr(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


def month_end(ym: str) -> str:
    y, m = map(int, ym.split("-"))
    days = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{ym}-{days:02d}"


# ------------------------------------------------------------------ identity images
def render(pdf: bytes, dpi: int) -> list[Image.Image]:
    return lib.rasterize(pdf, dpi)


def booklet(data_page: Image.Image, rng, top_tint=(232, 228, 214)) -> Image.Image:
    """Open passport: a plain inner cover page above the data page."""
    w, h = data_page.size
    gutter = max(6, h // 60)
    out = Image.new("RGB", (w, 2 * h + gutter), (60, 40, 40))
    top = Image.new("RGB", (w, h), top_tint)
    out.paste(top, (0, 0))
    out.paste(data_page, (0, h + gutter))
    return out


def card_scan(pages: list[Image.Image], rng, y_mm=(20, 95)) -> Image.Image:
    """Both faces of an ID-1 card photocopied on one A4 sheet (or one face if one page)."""
    items = [
        (pg, 25 + rng.uniform(-3, 3), y_mm[i] + rng.uniform(-3, 3), 86)
        for i, pg in enumerate(pages)
    ]
    return lib.scan_look(lib.paste_on_page(items, rng), rng)


# ------------------------------------------------------------------ bills
LEGAL_EDF = [
    (
        "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - 22-30 avenue de Wagram, "
        "75382 Paris cedex 08"
    ),
    (
        "Service client : 09 69 32 15 15 (appel non surtaxé) - edf.fr - Médiateur national de "
        "l'énergie : energie-mediateur.fr"
    ),
]
LEGAL_TOTAL = [
    (
        "TotalEnergies Électricité et Gaz France - SA au capital de 4 711 563 € - 542 107 651 RCS "
        "Nanterre"
    ),
    "2 bis rue Louis Armand, 75015 Paris - Service client : 09 70 80 69 69 - totalenergies.fr",
]
LEGAL_BYTEL = [
    (
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Paris - 37-39 rue "
        "Boissière, 75116 Paris"
    ),
    "Service client : 1064 depuis une ligne Bouygues Telecom - bouyguestelecom.fr/mon-compte",
]
LEGAL_SFR = [
    (
        "SFR - Société Française du Radiotéléphone - SA au capital de 3 423 265 598,40 € - 343 059 "
        "564 RCS Paris"
    ),
    "16 rue du Général Alain de Boissieu, 75015 Paris - Service client : 1023 - sfr.fr",
]


def bill(kind: str, holder_print: str, holder_block, site: str, ym: str, issue: str, amount, rng):
    """Return (pdf bytes, truth fields) for one monthly bill."""
    start, end = ym + "-01", month_end(ym)
    common = {
        "holder_block": holder_block,
        "issue_print": fr(issue),
        "start_print": fr(start),
        "end_print": fr(end),
        "amount_print": money_fr(amount),
        "site": site,
    }
    if kind in ("edf", "total"):
        ht = amount / 1.2
        sub = round(ht * 0.3, 2)
        kwh = int(ht * 0.7 / (0.1952 if kind == "edf" else 0.1031))
        lines = [
            (
                "Abonnement" + (" Tarif Bleu 6 kVA" if kind == "edf" else " Gaz Essentiel"),
                "1 mois",
                money_fr(sub),
            ),
            (
                "Consommation" + (" (index Linky)" if kind == "edf" else " (PCE relevé)"),
                f"{kwh} kWh",
                money_fr(round(ht * 0.62, 2)),
            ),
            (
                "Accise sur " + ("l'électricité" if kind == "edf" else "le gaz naturel"),
                f"{kwh} kWh",
                money_fr(round(ht * 0.05, 2)),
            ),
            ("Contribution tarifaire d'acheminement (CTA)", "", money_fr(round(ht * 0.03, 2))),
            ("TVA 20 %", "", money_fr(round(amount - ht, 2))),
        ]
        b = dict(
            common,
            logo="EDF" if kind == "edf" else "TotalEnergies",
            color=(0.0, 0.25, 0.6) if kind == "edf" else (0.85, 0.15, 0.1),
            color2=(1.0, 0.5, 0.0) if kind == "edf" else (0.1, 0.3, 0.8),
            font="Arial" if kind == "edf" else "Open",
            sender=["Service Clients EDF", "TSA 21941, 62978 Arras cedex 9"]
            if kind == "edf"
            else ["TotalEnergies Électricité et Gaz France", "TSA 21519, 75901 Paris cedex 15"],
            title="Votre facture d'électricité"
            if kind == "edf"
            else "Votre facture de gaz naturel",
            invoice_no=str(rng.randint(10**9, 10**10 - 1)),
            client_ref=str(rng.randint(10**9, 10**10 - 1)),
            meter_label="Point de livraison (PDL)" if kind == "edf" else "Point de comptage (PCE)",
            meter=str(rng.randint(10**13, 10**14 - 1)),
            pay_line="Prélevé le " + fr(issue[:8] + "20") + " sur votre compte",
            lines=lines,
            legal=LEGAL_EDF if kind == "edf" else LEGAL_TOTAL,
        )
        pdf = money.energy_bill(b, rng)
        service = "electricity" if kind == "edf" else "gas"
        provider = "EDF" if kind == "edf" else "TotalEnergies"
    else:
        b = dict(
            common,
            logo="Bouygues Telecom" if kind == "bytel" else "SFR",
            color=(0.0, 0.2, 0.5) if kind == "bytel" else (0.9, 0.0, 0.1),
            font="Roboto" if kind == "bytel" else "Arial",
            title="Facture Bbox" if kind == "bytel" else "Votre facture SFR Box",
            invoice_no=f"{rng.randint(10**8, 10**9 - 1)}",
            holder_print=holder_print,
            client_ref=str(rng.randint(10**8, 10**9 - 1)),
            offer="Bbox fit (fibre)" if kind == "bytel" else "SFR Box 8 Fibre",
            line_id="04 " + " ".join(f"{rng.randint(10, 99)}" for _ in range(4)),
            lines=[
                (
                    "Abonnement " + ("Bbox fit" if kind == "bytel" else "SFR Box 8"),
                    money_fr(amount - 3),
                ),
                ("Location décodeur TV", money_fr(3.0)),
                ("Communications hors forfait", "0,00"),
                ("dont TVA 20 %", money_fr(round(amount - amount / 1.2, 2))),
            ],
            pay_line="Montant prélevé le "
            + fr(issue[:8] + "12")
            + " sur le compte se terminant par •••42",
            legal=LEGAL_BYTEL if kind == "bytel" else LEGAL_SFR,
        )
        pdf = money.telecom_bill(b, rng)
        service = "internet"
        provider = "Bouygues Telecom" if kind == "bytel" else "SFR"
    fields = {
        "provider": provider,
        "service": service,
        "holder_name": holder_print,
        "address": site,
        "issue_date": issue,
        "period_start": start,
        "period_end": end,
        "month": ym,
        "amount": round(amount, 2),
    }
    return pdf, fields


# ------------------------------------------------------------------ payslip
def payslip(p: dict, gross: float, rng):
    def pct(r):
        return round(gross * r, 2)

    rows = [
        (
            "Salaire de base",
            money_fr(p["hours"]),
            money_fr(gross / p["hours"]),
            money_fr(gross),
            "",
        ),
        ("SALAIRE BRUT", "", "", money_fr(gross), ""),
        ("SANTÉ", "", "", "", ""),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            money_fr(gross),
            "",
            "",
            money_fr(pct(0.07)),
        ),
        (
            "Complémentaire Incapacité Invalidité Décès",
            money_fr(gross),
            "",
            money_fr(pct(0.006)),
            money_fr(pct(0.009)),
        ),
        ("Complémentaire santé", "", "", money_fr(31.4), money_fr(31.4)),
        (
            "ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES",
            money_fr(gross),
            "",
            "",
            money_fr(pct(0.021)),
        ),
        ("RETRAITE", "", "", "", ""),
        (
            "Sécurité sociale plafonnée",
            money_fr(gross),
            "6,90",
            money_fr(pct(0.069)),
            money_fr(pct(0.0855)),
        ),
        (
            "Sécurité sociale déplafonnée",
            money_fr(gross),
            "0,40",
            money_fr(pct(0.004)),
            money_fr(pct(0.0202)),
        ),
        (
            "Complémentaire Tranche 1",
            money_fr(gross),
            "4,01",
            money_fr(pct(0.0401)),
            money_fr(pct(0.0601)),
        ),
        ("FAMILLE", money_fr(gross), "", "", money_fr(pct(0.0345))),
        ("ASSURANCE CHÔMAGE", money_fr(gross), "", "", money_fr(pct(0.0405))),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", money_fr(pct(0.012))),
        (
            "CSG déductible de l'impôt sur le revenu",
            money_fr(pct(0.9825)),
            "6,80",
            money_fr(pct(0.0668)),
            "",
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            money_fr(pct(0.9825)),
            "2,90",
            money_fr(pct(0.0285)),
            "",
        ),
        ("ALLÈGEMENT DE COTISATIONS", "", "", "", "-" + money_fr(pct(0.15))),
    ]
    emp_total = pct(0.069 + 0.004 + 0.0401 + 0.006 + 0.0668 + 0.0285) + 31.4
    net_before = round(gross - emp_total, 2)
    pas = round(net_before * p["pas_rate"], 2)
    net = round(net_before - pas, 2)
    d = dict(p)
    d["rows"] = rows
    d["totals"] = [
        ("Total des cotisations et contributions salariales", money_fr(emp_total)),
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", money_fr(net_before)),
        (
            f"Impôt sur le revenu prélevé à la source (taux {p['pas_rate'] * 100:.1f} %)".replace(
                ".", ","
            ),
            money_fr(pas),
        ),
        ("NET PAYÉ EN EUROS", money_fr(net)),
    ]
    return money.payslip(d, rng), net


# ------------------------------------------------------------------ looks
def phone(img: Image.Image, rng, rot90=0, fill=0.78, long_side=None) -> Image.Image:
    return lib.photo_look(img, rng, long_side or rng.choice([3264, 4000, 3024]), rot90, fill)


def scan_pages(pdf: bytes, rng, dpi=200) -> list[Image.Image]:
    return [lib.scan_look(im, rng) for im in lib.rasterize(pdf, dpi)]


def visa_img(v, mrz, rng, dpi=300):
    return render(ids.visa_page(v, mrz, rng), dpi)[0]
