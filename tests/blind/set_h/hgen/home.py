"""Proof of residence: utility bills of French providers (energy, telecom, water),
an energy 'attestation de titulaire de contrat', leases (loi du 6 juillet 1989),
attestations d'hébergement and a quittance de loyer."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from .canvas import BLACK, WHITE, Page, hexc
from .helpers import (
    INK_BLUE,
    checkbox,
    dmy,
    euros,
    fr_long,
    hand,
    month_end,
    month_fr,
    para,
    signature,
    table,
    wrap,
)
from .model import Address, Doc


@dataclass
class BillSpec:
    provider: str  # edf, engie, total, free, sfr, orange, bouygues, eaudeparis, veolia
    holder: str  # the name as printed in the address block
    address: Address
    issue: date
    start: date | None
    end: date | None
    amount: float
    client_no: str
    invoice_no: str
    month: str | None = None  # "2026-09" for bills that only name a month
    co_holder: str = ""
    extra: dict = field(default_factory=dict)


PROVIDER_NAME = {
    "edf": "EDF",
    "engie": "ENGIE",
    "total": "TotalEnergies",
    "free": "Free",
    "sfr": "SFR",
    "orange": "Orange",
    "bouygues": "Bouygues Telecom",
    "eaudeparis": "Eau de Paris",
    "veolia": "Veolia",
    "octopus": "Octopus Energy",
}
SERVICE = {
    "edf": "electricity",
    "engie": "energy",
    "total": "electricity",
    "free": "internet",
    "sfr": "internet",
    "orange": "internet",
    "bouygues": "mobile",
    "eaudeparis": "water",
    "veolia": "water",
    "octopus": "electricity",
}


def bill_fields(s: BillSpec, service: str | None = None) -> dict:
    f = {
        "provider": PROVIDER_NAME[s.provider],
        "service": service or s.extra.get("service") or SERVICE[s.provider],
        "holder_name": s.holder,
        "address": s.address.one_line(upper=True),
        "issue_date": s.issue.isoformat(),
        "period_start": s.start.isoformat() if s.start else None,
        "period_end": s.end.isoformat() if s.end else None,
        "amount": round(s.amount, 2),
    }
    if s.month:
        f["month"] = s.month
    return f


def _addr_block(
    p: Page, x: float, y: float, s: BillSpec, font="arial", size=10, upper=True, lead=4.6
):
    lines = [s.holder] + ([s.co_holder] if s.co_holder else []) + s.address.lines(upper)
    for i, ln in enumerate(lines):
        p.text(x, y + i * lead, ln, font, size)
    return y + len(lines) * lead


def _vat(amount: float, rate: float = 0.2):
    ht = amount / (1 + rate)
    return ht, amount - ht


# ------------------------------------------------------------------ EDF


def _edf_logo(p: Page, x: float, y: float, s: float = 1.0):
    blue, orange = hexc("005BBB"), hexc("FE5815")
    p.text(x, y, "edf", "arial-b", 26 * s, blue)
    cx, cy = x + 22 * s, y - 9 * s
    for i in range(8):
        a = -math.pi * 0.1 - i * math.pi * 0.11
        p.line(
            cx + math.cos(a) * 3 * s,
            cy + math.sin(a) * 3 * s,
            cx + math.cos(a) * 7 * s,
            cy + math.sin(a) * 7 * s,
            orange,
            0.9 * s,
        )


def bill_edf(s: BillSpec, rng, pages: int = 2) -> Doc:
    blue, orange, grey = hexc("005BBB"), hexc("FE5815"), (90, 90, 90)
    p = Page(210, 297)
    _edf_logo(p, 14, 24)
    p.text(14, 32, "EDF - Service Clients", "arial", 7.5, grey)
    p.text(14, 35.5, "TSA 20012 - 41975 BLOIS CEDEX 9", "arial", 7.5, grey)
    p.text(14, 46, f"Facture du {dmy(s.issue)}", "arial-b", 12, blue)
    p.text(14, 52, f"N° de facture : {s.invoice_no}", "arial", 9)
    p.text(14, 57, f"Référence client : {s.client_no}", "arial", 9)
    p.text(14, 62, f"Compte de facturation : {s.extra.get('account', '3 012 345 678')}", "arial", 9)
    _addr_block(p, 112, 48, s, "arial", 10)
    p.rect(14, 78, 182, 34, None, (235, 242, 250))
    p.text(18, 86, "Montant total TTC à payer", "arial-b", 11, blue)
    p.text(192, 87, f"{euros(s.amount)} €", "arial-b", 18, blue, anchor="r")
    due = s.issue + timedelta(days=15)
    p.text(18, 94, f"Prélevé sur votre compte bancaire à partir du {dmy(due)}", "arial", 9)
    p.text(18, 100, f"Période de consommation : du {dmy(s.start)} au {dmy(s.end)}", "arial", 9)
    p.text(
        18,
        106,
        "Relevé : estimé" if rng.random() < 0.5 else "Relevé : index réel (Linky)",
        "arial",
        9,
    )
    p.text(14, 124, "Votre contrat électricité", "arial-b", 11, orange)
    rows = [
        ("Offre", "Tarif Bleu - Option Base"),
        ("Puissance souscrite", s.extra.get("kva", "6 kVA")),
        ("Point de livraison (PDL)", s.extra.get("pdl", "14 27 93 61 82 05 11")),
        ("Adresse de consommation", s.address.one_line(upper=True)),
        ("Titulaire du contrat", s.holder),
    ]
    y = 131
    for a, b in rows:
        p.text(18, y, a, "arial", 9, grey)
        p.text(78, y, b, "arial", 9)
        y += 5.5
    ht, tva = _vat(s.amount, 0.2)
    kwh = int(s.extra.get("kwh", 180 + rng.integers(0, 120)))
    abo = 13.87
    accise = kwh * 0.021
    cta = 2.35
    conso = ht - abo - accise - cta
    p.text(14, y + 8, "Détail de votre facture", "arial-b", 11, orange)
    table(
        p,
        14,
        y + 12,
        [100, 30, 26, 26],
        [
            ["Désignation", "Quantité", "Prix unit. HT", "Montant HT"],
            [f"Abonnement du {dmy(s.start)} au {dmy(s.end)}", "1 mois", euros(abo), euros(abo)],
            [
                "Consommation Base",
                f"{kwh} kWh",
                f"{conso / kwh:.4f}".replace(".", ","),
                euros(conso),
            ],
            ["Accise sur l'électricité", f"{kwh} kWh", "0,0210", euros(accise)],
            ["Contribution tarifaire d'acheminement (CTA)", "", "", euros(cta)],
            ["Total HT", "", "", euros(ht)],
            ["TVA 20 %", "", "", euros(tva)],
            ["Total TTC", "", "", euros(s.amount)],
        ],
        "arial",
        8.5,
        row_h=6,
        header_font="arial-b",
        header_fill=(230, 236, 246),
        aligns=["l", "r", "r", "r"],
        grid=(180, 190, 210),
    )
    para(
        p,
        14,
        262,
        "Pour toute question : edf.fr, rubrique Espace Client, ou 09 69 32 15 15 "
        "(appel non surtaxé). Médiateur national de l'énergie : sollicitez-le gratuitement sur "
        "energie-mediateur.fr.",
        182,
        "arial",
        7.5,
        color=grey,
    )
    p.text(
        105,
        288,
        "EDF SA - Siège social : 22-30 avenue de Wagram 75008 Paris - "
        f"RCS Paris {s.extra.get('siren', '552 081 317')}",
        "arial",
        6.5,
        grey,
        anchor="m",
    )
    p.text(196, 288, f"1/{pages}", "arial", 7, grey, anchor="r")
    out = [p]
    if pages > 1:
        out.append(_detail_page(s, rng, 2, pages, "EDF", blue, kwh=kwh))
    return Doc("utility_bill", out, bill_fields(s))


def _detail_page(s: BillSpec, rng, n: int, tot: int, brand: str, color, kwh: int = 0) -> Page:
    """A generic second page: consumption history, payment notice, general terms."""
    p = Page(210, 297)
    grey = (90, 90, 90)
    p.text(14, 16, f"{brand} - Facture n° {s.invoice_no} du {dmy(s.issue)}", "arial", 8, grey)
    p.text(196, 16, f"{s.holder} - Réf. client {s.client_no}", "arial", 8, grey, anchor="r")
    p.text(
        14,
        30,
        "Historique de vos consommations" if kwh else "Détail de vos services",
        "arial-b",
        12,
        color,
    )
    if kwh:
        base = 60
        for i in range(12):
            v = kwh * (0.7 + 0.6 * abs(math.sin(i * 0.5 + 1)))
            h = v / kwh * 40
            p.rect(20 + i * 14, base + 40 - h, 9, h, None, color if i == 11 else (190, 200, 215))
            p.text(
                24.5 + i * 14,
                base + 45,
                ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"][
                    (s.end.month + i) % 12
                ],
                "arial",
                7,
                anchor="m",
            )
        y = 120
    else:
        rows = [
            ["Service", "Période", "Montant TTC"],
            [
                s.extra.get("offer", "Abonnement"),
                f"du {dmy(s.start)} au {dmy(s.end)}"
                if s.start
                else month_fr(int(s.month[:4]), int(s.month[5:])),
                f"{euros(s.amount)} €",
            ],
            ["Communications", "incluses", "0,00 €"],
            ["Total", "", f"{euros(s.amount)} €"],
        ]
        y = (
            table(
                p,
                14,
                40,
                [90, 60, 32],
                rows,
                "arial",
                9,
                row_h=7,
                header_font="arial-b",
                header_fill=(236, 236, 236),
                aligns=["l", "l", "r"],
            )
            + 15
        )
    p.text(14, y, "Avis de prélèvement", "arial-b", 11, color)
    para(
        p,
        14,
        y + 7,
        f"Le montant de {euros(s.amount)} € sera prélevé sur le compte bancaire "
        "que vous nous avez désigné (IBAN FR76 **** **** **** **** **** *42). Mandat SEPA "
        f"référence {s.client_no}-01.",
        182,
        "arial",
        9,
    )
    y += 30
    p.text(14, y, "Informations utiles", "arial-b", 11, color)
    txt = (
        "En cas de réclamation, contactez d'abord notre service clients. Si la réponse ne vous "
        "satisfait pas, vous pouvez saisir gratuitement le médiateur compétent. Vos données "
        "personnelles sont traitées conformément au Règlement général sur la protection des "
        "données (RGPD) ; vous disposez d'un droit d'accès, de rectification et d'opposition. "
        "Les conditions générales de vente sont disponibles sur simple demande et dans votre "
        "espace client. En cas de retard de paiement, une pénalité égale à trois fois le taux "
        "d'intérêt légal pourra être appliquée, ainsi qu'une indemnité forfaitaire de 40 € "
        "pour frais de recouvrement pour les clients professionnels."
    )
    para(p, 14, y + 7, txt, 182, "arial", 8.5, leading=4.2, align="j")
    p.text(196, 288, f"{n}/{tot}", "arial", 7, grey, anchor="r")
    return p


# ------------------------------------------------------------------ ENGIE


def _engie_logo(p: Page, x: float, y: float):
    c = hexc("00AAFF")
    p.text(x, y, "ENGIE", "open-l", 22, c)
    for i in range(5):
        p.line(x + 2 + i * 7, y - 10 - i * 0.6, x + 34, y - 16, (120, 200, 250), 0.35)


def bill_engie(s: BillSpec, rng, pages: int = 2) -> Doc:
    c, dark, grey = hexc("00AAFF"), hexc("0B2D5B"), (100, 100, 100)
    p = Page(210, 297)
    _engie_logo(p, 14, 26)
    p.text(196, 18, "Votre facture", "open-b", 15, dark, anchor="r")
    p.text(196, 25, f"du {dmy(s.issue)}", "open", 10, dark, anchor="r")
    p.rect(14, 34, 86, 40, None, (240, 248, 255))
    info = [
        ("N° de facture", s.invoice_no),
        ("N° de compte client", s.client_no),
        ("Offre", s.extra.get("offer", "Elec Référence 3 ans + Gaz Tranquillité")),
        ("Période", f"du {dmy(s.start)} au {dmy(s.end)}"),
    ]
    y = 41
    for a, b in info:
        p.text(17, y, a, "open", 7.5, grey)
        p.text(17, y + 4, b, "open-sb", 8.5, dark)
        y += 8.5
    _addr_block(p, 112, 46, s, "open", 10, upper=True, lead=4.8)
    p.rect(14, 82, 182, 24, None, dark)
    p.text(20, 92, "Montant à payer", "open-b", 12, WHITE)
    p.text(20, 99, f"prélevé le {dmy(s.issue + timedelta(days=10))}", "open", 8.5, WHITE)
    p.text(190, 97, f"{euros(s.amount)} € TTC", "open-b", 20, WHITE, anchor="r")
    split = float(rng.uniform(0.45, 0.6))
    elec, gaz = s.amount * split, s.amount * (1 - split)
    p.text(14, 120, "Le détail de votre facture", "open-b", 12, dark)
    y = table(
        p,
        14,
        126,
        [118, 64],
        [
            ["Énergie", "Montant TTC"],
            [f"Électricité - PDL {s.extra.get('pdl', '0912 3456 7890 12')}", f"{euros(elec)} €"],
            [f"Gaz naturel - PCE {s.extra.get('pce', 'GI 123 456')}", f"{euros(gaz)} €"],
            ["Total de la facture", f"{euros(s.amount)} €"],
        ],
        "open",
        9,
        row_h=7.5,
        header_font="open-b",
        header_fill=(225, 240, 252),
        aligns=["l", "r"],
        grid=(200, 215, 230),
    )
    p.text(14, y + 12, "Lieu de consommation", "open-b", 10, dark)
    p.text(14, y + 18, s.address.one_line(upper=True), "open", 9)
    p.text(14, y + 30, "Votre consommation", "open-b", 10, dark)
    p.text(
        14,
        y + 36,
        f"Électricité : {int(rng.integers(150, 320))} kWh      Gaz : "
        f"{int(rng.integers(200, 700))} kWh",
        "open",
        9,
    )
    para(
        p,
        14,
        268,
        "ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre - Siège social : "
        "1 place Samuel de Champlain 92400 Courbevoie. Service clients 09 69 324 324 (appel non "
        "surtaxé). Médiateur national de l'énergie : www.energie-mediateur.fr",
        182,
        "open",
        7,
        color=grey,
    )
    out = [p]
    if pages > 1:
        out.append(_detail_page(s, rng, 2, pages, "ENGIE", c, kwh=int(rng.integers(150, 300))))
    return Doc("utility_bill", out, bill_fields(s, "energy"))


def attestation_engie(s: BillSpec, rng, since: date) -> Doc:
    dark, grey = hexc("0B2D5B"), (100, 100, 100)
    p = Page(210, 297)
    _engie_logo(p, 14, 26)
    p.text(14, 40, "ENGIE - Service Clients Particuliers", "open", 8, grey)
    p.text(14, 44, "TSA 12345 - 92099 La Défense Cedex", "open", 8, grey)
    _addr_block(p, 112, 48, s, "open", 10)
    p.text(196, 80, f"Courbevoie, le {fr_long(s.issue)}", "open", 9.5, anchor="r")
    p.text(105, 100, "ATTESTATION DE TITULAIRE DE CONTRAT", "open-b", 14, dark, anchor="m")
    body = (
        f"ENGIE atteste que {s.holder} est titulaire, sous la référence client "
        f"{s.client_no}, d'un contrat de fourniture d'électricité et de gaz naturel en "
        f"cours de validité depuis le {fr_long(since)}, pour le logement situé :"
    )
    y = para(p, 24, 118, body, 162, "open", 10.5, leading=5.6, align="j")
    for ln in s.address.lines(True):
        p.text(40, y + 3, ln, "open-sb", 10.5)
        y += 5.6
    y = para(
        p,
        24,
        y + 10,
        "Offre souscrite : " + s.extra.get("offer", "Elec Référence 1 an + Gaz Référence 1 an"),
        162,
        "open",
        10.5,
    )
    para(
        p,
        24,
        y + 8,
        "Cette attestation est délivrée à la demande de l'intéressé(e) pour "
        "servir et valoir ce que de droit.",
        162,
        "open",
        10.5,
        leading=5.6,
    )
    p.text(120, y + 34, "Le Service Clients ENGIE", "open-sb", 10)
    para(
        p,
        14,
        268,
        "ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre - Siège social : "
        "1 place Samuel de Champlain 92400 Courbevoie.",
        182,
        "open",
        7,
        color=grey,
    )
    f = bill_fields(s, "energy")
    f["period_start"] = None
    f["period_end"] = None
    f.pop("amount", None)
    return Doc(
        "utility_bill",
        [p],
        f,
        f"energy 'attestation de titulaire de contrat' (no "
        f"consumption period; contract since {since.isoformat()})",
    )


# ------------------------------------------------------------------ TotalEnergies


def bill_total(s: BillSpec, rng, pages: int = 1) -> Doc:
    red, blue, grey = hexc("ED0000"), hexc("374649"), (90, 90, 90)
    p = Page(210, 297)
    for i, col in enumerate(
        (hexc("ED0000"), hexc("FF7F00"), hexc("FFD100"), hexc("009FE3"), hexc("00A13A"))
    ):
        p.ellipse(22 + i * 1.5, 20 - i * 0.6, 7 - i, 7 - i, None, col)
    p.text(32, 23, "TotalEnergies", "lato-b", 16, blue)
    p.text(196, 20, "FACTURE D'ÉLECTRICITÉ", "lato-b", 12, red, anchor="r")
    p.text(196, 26, f"Facture n° {s.invoice_no}", "lato", 9, anchor="r")
    p.text(196, 31, f"Émise le {dmy(s.issue)}", "lato", 9, anchor="r")
    p.text(14, 44, "Vos références", "lato-b", 9.5, blue)
    p.text(14, 49.5, f"Référence client : {s.client_no}", "lato", 9)
    p.text(14, 54.5, f"Offre : {s.extra.get('offer', 'Verte Fixe')}", "lato", 9)
    p.text(14, 59.5, f"PRM : {s.extra.get('pdl', '21 45 86 30 11 42 77')}", "lato", 9)
    _addr_block(p, 112, 48, s, "lato", 10.5)
    p.rect(14, 74, 182, 30, red, None, 0.6, radius=3)
    p.text(20, 84, "Montant TTC de la facture", "lato-b", 11)
    p.text(190, 86, f"{euros(s.amount)} €", "lato-h", 20, red, anchor="r")
    p.text(20, 92, f"Période facturée du {dmy(s.start)} au {dmy(s.end)}", "lato", 9.5)
    p.text(20, 98, f"Prélèvement le {dmy(s.issue + timedelta(days=12))}", "lato", 9.5)
    ht, tva = _vat(s.amount)
    table(
        p,
        14,
        114,
        [110, 36, 36],
        [
            ["Détail", "Quantité", "Montant HT"],
            ["Abonnement mensuel", "1", euros(12.6)],
            ["Consommation heures pleines", f"{int(rng.integers(90, 180))} kWh", euros(ht * 0.55)],
            ["Consommation heures creuses", f"{int(rng.integers(60, 120))} kWh", euros(ht * 0.3)],
            ["Taxes et contributions", "", euros(ht * 0.15 - 12.6)],
            ["TVA", "", euros(tva)],
            ["Total TTC", "", euros(s.amount)],
        ],
        "lato",
        9,
        row_h=6.5,
        header_font="lato-b",
        header_fill=(245, 245, 245),
        aligns=["l", "r", "r"],
        grid=(210, 210, 210),
    )
    p.text(14, 180, "Adresse du point de livraison :", "lato-b", 9)
    p.text(14, 185, s.address.one_line(upper=True), "lato", 9)
    para(
        p,
        14,
        270,
        "TotalEnergies Électricité et Gaz France - SA au capital de 2 216 500 € - "
        "RCS Nanterre - 2bis rue Louis Armand 75015 Paris. Service clients : 09 70 80 69 69.",
        182,
        "lato",
        7,
        color=grey,
    )
    out = [p]
    if pages > 1:
        out.append(_detail_page(s, rng, 2, pages, "TotalEnergies", red, kwh=200))
    return Doc("utility_bill", out, bill_fields(s))


# ------------------------------------------------------------------ telecom


def bill_free(s: BillSpec, rng, pages: int = 2) -> Doc:
    red, grey = hexc("CD1E25"), (80, 80, 80)
    p = Page(210, 297)
    p.text(14, 24, "free", "arial-b", 30, red)
    p.text(14, 32, "Free Service Abonné", "arial", 8, grey)
    p.text(14, 36, "75371 Paris Cedex 08", "arial", 8, grey)
    p.text(14, 48, "Nom de l'abonné", "arial-b", 8)
    p.text(60, 48, s.holder, "arial", 8)
    p.text(14, 53, "Adresse de l'installation", "arial-b", 8)
    for i, ln in enumerate(s.address.lines(True)):
        p.text(60, 53 + i * 4, ln, "arial", 8)
    p.text(14, 66, "Numéro de ligne", "arial-b", 8)
    p.text(60, 66, s.extra.get("line", "FO10479674"), "arial", 8)
    p.text(14, 70, "Id. client", "arial-b", 8)
    p.text(60, 70, s.client_no, "arial", 8)
    _addr_block(p, 120, 44, s, "arial", 10, upper=False)
    p.text(
        14,
        86,
        f"Facture n°{s.invoice_no} du {s.issue.day:02d} "
        f"{month_fr(s.issue.year, s.issue.month).capitalize()}",
        "arial-b",
        11,
    )
    p.text(196, 86, f"{euros(s.amount, '.')} € TTC", "arial-b", 14, red, anchor="r")
    p.text(14, 92, f"Date limite de paiement le {dmy(s.issue + timedelta(days=3))}", "arial", 8.5)
    ht, tva = _vat(s.amount)
    table(
        p,
        14,
        98,
        [92, 30, 30, 30],
        [
            ["", "Montant EUR HT", "Montant TVA", "Montant EUR TTC"],
            [
                "Abonnements, forfaits et options",
                euros(ht, "."),
                euros(tva, "."),
                euros(s.amount, "."),
            ],
            ["Communications", "0.00", "0.00", "0.00"],
            ["Services ponctuels ou occasionnels", "0.00", "0.00", "0.00"],
            ["Total facture", euros(ht, "."), euros(tva, "."), euros(s.amount, ".")],
        ],
        "arial",
        8.5,
        row_h=6.5,
        header_font="arial-b",
        header_fill=(240, 240, 240),
        aligns=["l", "r", "r", "r"],
    )
    p.text(14, 140, "Avis de prélèvement automatique", "arial-b", 10)
    p.text(
        14,
        146,
        f"Montant du prélèvement : {euros(s.amount, '.')} €    Prélèvement à partir du"
        f" : {dmy(s.issue + timedelta(days=3))}",
        "arial",
        8.5,
    )
    p.text(14, 151, "IBAN : FR76 ***************************", "arial", 8.5)
    para(
        p,
        14,
        166,
        "Service Clients - Téléphone : 32 44 (gratuité du temps d'attente depuis une "
        "Freebox). Courrier : Free Service Abonné 75371 Paris Cedex 08. Internet : votre "
        "Espace Abonné, rubrique « Mon abonnement ».",
        182,
        "arial",
        8,
        color=grey,
    )
    p.text(14, 186, "Au verso, vous trouverez le détail de votre facture Free", "arial-b", 8.5)
    p.text(
        105,
        288,
        "Free SAS - RCS Paris - Siège social : 8 rue de la Ville l'Évêque 75008 Paris",
        "arial",
        6.5,
        grey,
        anchor="m",
    )
    out = [p]
    if pages > 1:
        q = Page(210, 297)
        q.text(14, 16, f"Facture n°{s.invoice_no} du {dmy(s.issue)}", "arial", 8)
        q.text(196, 16, f"Page 2 / {pages}", "arial", 8, anchor="r")
        q.text(14, 30, "Détail de votre consommation", "arial-b", 12)
        per = (
            f"{s.extra.get('offer', 'Freebox Pop')} du {s.start.day} au {s.end.day} "
            f"{month_fr(s.end.year, s.end.month)}"
            if s.start.month == s.end.month
            else f"{s.extra.get('offer', 'Freebox Pop')} du {dmy(s.start)} au {dmy(s.end)}"
        )
        table(
            q,
            14,
            38,
            [110, 24, 24, 24],
            [
                ["Abonnements, forfaits et options", "Prix unit.", "Montant HT", "Montant TTC"],
                [per, euros(s.amount, "."), euros(ht, "."), euros(s.amount, ".")],
                ["Total facture", "", euros(ht, "."), euros(s.amount, ".")],
            ],
            "arial",
            8.5,
            row_h=6.5,
            header_font="arial-b",
            header_fill=(240, 240, 240),
            aligns=["l", "r", "r", "r"],
        )
        q.text(
            14,
            70,
            "Les montants unitaires étant arrondis, leur somme peut différer du "
            "montant total à payer",
            "arial",
            7.5,
            (90, 90, 90),
        )
        out.append(q)
    return Doc("utility_bill", out, bill_fields(s))


def bill_sfr(s: BillSpec, rng, pages: int = 1) -> Doc:
    red, grey = hexc("E2001A"), (85, 85, 85)
    mobile = s.extra.get("service") == "mobile"
    p = Page(210, 297)
    p.rect(14, 12, 22, 22, None, red)
    p.text(25, 27, "SFR", "arial-b", 15, WHITE, anchor="m")
    p.text(196, 20, "Votre facture", "arial-b", 16, anchor="r")
    p.text(196, 27, f"du {fr_long(s.issue)}", "arial", 10, anchor="r")
    _addr_block(p, 112, 50, s, "arial", 10)
    y = 46
    for a, b in (
        ("N° de compte client", s.client_no),
        ("N° de facture", s.invoice_no),
        ("Ligne", s.extra.get("line", "06 12 34 56 78" if mobile else "04 78 12 34 56")),
        (
            "Offre",
            s.extra.get("offer", "SFR Fibre Power" if not mobile else "Forfait SFR 5G 130 Go"),
        ),
    ):
        p.text(14, y, a, "arial", 8, grey)
        p.text(14, y + 4.2, b, "arial-b", 9)
        y += 9.5
    p.rect(14, 92, 182, 26, None, (248, 232, 234))
    p.text(20, 102, "Total à payer", "arial-b", 12)
    p.text(190, 104, f"{euros(s.amount)} €", "arial-b", 20, red, anchor="r")
    p.text(20, 110, f"Période du {dmy(s.start)} au {dmy(s.end)}", "arial", 9.5)
    p.text(20, 115, f"Prélevé le {dmy(s.issue + timedelta(days=8))}", "arial", 9)
    ht, tva = _vat(s.amount)
    y = table(
        p,
        14,
        126,
        [140, 42],
        [
            ["Récapitulatif", "Montant TTC"],
            ["Abonnements et forfaits", euros(s.amount - 2.0)],
            ["Options", "2,00"],
            ["Consommations hors forfait", "0,00"],
            ["dont TVA 20 %", euros(tva)],
            ["Total", euros(s.amount)],
        ],
        "arial",
        9,
        row_h=6.5,
        header_font="arial-b",
        header_fill=(240, 240, 240),
        aligns=["l", "r"],
        grid=None,
    )
    p.text(
        14,
        y + 12,
        "Pour nous contacter : 1023 depuis votre ligne SFR, ou sfr.fr > Espace client",
        "arial",
        8,
        grey,
    )
    p.text(
        105,
        288,
        "SFR - Société du groupe Altice France - RCS Paris - 16 rue du Général "
        "Alain de Boissieu 75015 Paris",
        "arial",
        6.5,
        grey,
        anchor="m",
    )
    out = [p]
    if pages > 1:
        out.append(_detail_page(s, rng, 2, pages, "SFR", red))
    return Doc("utility_bill", out, bill_fields(s, "mobile" if mobile else "internet"))


def bill_orange(s: BillSpec, rng, pages: int = 1) -> Doc:
    orange, grey = hexc("FF7900"), (80, 80, 80)
    p = Page(210, 297)
    p.rect(14, 12, 20, 20, None, orange)
    p.text(15.5, 30, "orange", "arial-b", 7.5, WHITE)
    y_, m_ = int(s.month[:4]), int(s.month[5:])
    p.text(40, 22, f"Votre facture Livebox de {month_fr(y_, m_)}", "arial-b", 15)
    p.text(40, 28, f"Facture n° {s.invoice_no} - éditée le {dmy(s.issue)}", "arial", 9, grey)
    _addr_block(p, 112, 48, s, "arial", 10)
    p.text(14, 44, "Votre compte", "arial-b", 9)
    p.text(14, 49, f"N° client : {s.client_no}", "arial", 9)
    p.text(14, 54, f"Ligne : {s.extra.get('line', '09 71 23 45 67')}", "arial", 9)
    p.text(14, 59, f"Offre : {s.extra.get('offer', 'Livebox Fibre')}", "arial", 9)
    p.rect(14, 82, 182, 20, None, BLACK)
    p.text(20, 94, "Montant à payer", "arial-b", 12, WHITE)
    p.text(190, 95, f"{euros(s.amount)} €", "arial-b", 18, orange, anchor="r")
    p.text(
        14,
        112,
        f"Ce montant sera prélevé à partir du {dmy(s.issue + timedelta(days=14))}.",
        "arial",
        9,
    )
    ht, tva = _vat(s.amount)
    table(
        p,
        14,
        122,
        [140, 42],
        [
            [f"Détail de votre facture de {month_fr(y_, m_)}", "Montant HT"],
            [f"Abonnement {s.extra.get('offer', 'Livebox Fibre')}", euros(ht - 3)],
            ["Location décodeur TV", euros(3.0)],
            ["Communications", "0,00"],
            ["Total HT", euros(ht)],
            ["TVA à 20 %", euros(tva)],
            ["Total TTC", euros(s.amount)],
        ],
        "arial",
        9,
        row_h=6.5,
        header_font="arial-b",
        header_fill=(255, 235, 215),
        aligns=["l", "r"],
        grid=(220, 220, 220),
    )
    p.text(
        105,
        288,
        "Orange SA - RCS Nanterre - 111 quai du Président Roosevelt 92130 Issy-les-Moulineaux",
        "arial",
        6.5,
        grey,
        anchor="m",
    )
    f = bill_fields(s)
    return Doc("utility_bill", [p], f, "bill names only a month")


def bill_bouygues(s: BillSpec, rng, pages: int = 1) -> Doc:
    blue, cyan, grey = hexc("0C2E61"), hexc("009DCC"), (90, 90, 90)
    p = Page(210, 297)
    p.text(14, 22, "Bouygues", "roboto-b", 16, blue)
    p.text(14, 29, "TELECOM", "roboto", 10, cyan)
    p.text(196, 18, "FACTURE", "roboto-b", 14, blue, anchor="r")
    p.text(196, 24, f"n° {s.invoice_no}", "roboto", 9, anchor="r")
    p.text(196, 29, f"du {dmy(s.issue)}", "roboto", 9, anchor="r")
    _addr_block(p, 112, 48, s, "roboto", 10)
    y = 46
    for a, b in (
        ("Compte client", s.client_no),
        ("Ligne mobile", s.extra.get("line", "07 81 23 45 67")),
        ("Forfait", s.extra.get("offer", "B&You 100 Go 5G")),
    ):
        p.text(14, y, a, "roboto", 8, grey)
        p.text(14, y + 4, b, "roboto-m", 9.5)
        y += 9
    p.rect(14, 84, 182, 22, None, (230, 244, 250))
    p.text(20, 93, "Montant total", "roboto-b", 12, blue)
    p.text(20, 100, f"Période du {dmy(s.start)} au {dmy(s.end)}", "roboto", 9)
    p.text(190, 97, f"{euros(s.amount)} €", "roboto-b", 18, blue, anchor="r")
    table(
        p,
        14,
        116,
        [140, 42],
        [
            ["Détail", "Montant TTC"],
            ["Forfait mensuel", euros(s.amount)],
            ["Hors forfait", "0,00"],
            ["Total", euros(s.amount)],
        ],
        "roboto",
        9,
        row_h=6.5,
        header_font="roboto-b",
        header_fill=(240, 240, 240),
        aligns=["l", "r"],
        grid=(220, 220, 220),
    )
    p.text(
        105,
        288,
        "Bouygues Telecom - SA - RCS Paris - 37-39 rue Boissière 75116 Paris",
        "roboto",
        6.5,
        grey,
        anchor="m",
    )
    return Doc("utility_bill", [p], bill_fields(s, "mobile"))


def bill_water(s: BillSpec, rng, pages: int = 1) -> Doc:
    blue, grey = hexc("0072BC"), (90, 90, 90)
    name = PROVIDER_NAME[s.provider]
    p = Page(210, 297)
    p.ellipse(22, 20, 7, 7, None, blue)
    p.poly([(22, 13), (18, 20), (26, 20)], None, 0, True, WHITE)
    p.text(32, 23, name, "open-b", 15, blue)
    p.text(196, 20, "Facture d'eau", "open-b", 13, anchor="r")
    p.text(196, 26, f"N° {s.invoice_no} du {dmy(s.issue)}", "open", 9, anchor="r")
    _addr_block(p, 112, 48, s, "open", 10)
    p.text(14, 46, "Abonné", "open-b", 9)
    p.text(14, 51, s.holder, "open", 9)
    p.text(14, 56, f"Contrat n° {s.client_no}", "open", 9)
    p.text(14, 61, f"Compteur n° {s.extra.get('meter', 'I21SA123456')}", "open", 9)
    p.rect(14, 80, 182, 24, blue, None, 0.5)
    p.text(20, 90, f"Période du {dmy(s.start)} au {dmy(s.end)}", "open", 9.5)
    p.text(20, 97, f"Consommation : {int(rng.integers(8, 30))} m³", "open", 9.5)
    p.text(190, 94, f"{euros(s.amount)} €", "open-b", 18, blue, anchor="r")
    table(
        p,
        14,
        114,
        [100, 40, 42],
        [
            ["Rubrique", "Volume", "Montant TTC"],
            ["Distribution de l'eau", "", euros(s.amount * 0.45)],
            ["Collecte et traitement des eaux usées", "", euros(s.amount * 0.38)],
            ["Organismes publics (Agence de l'eau, VNF)", "", euros(s.amount * 0.17)],
            ["Total", "", euros(s.amount)],
        ],
        "open",
        9,
        row_h=6.5,
        header_font="open-b",
        header_fill=(225, 238, 250),
        aligns=["l", "r", "r"],
        grid=(210, 220, 230),
    )
    p.text(105, 288, f"{name} - service public de l'eau", "open", 6.5, grey, anchor="m")
    return Doc("utility_bill", [p], bill_fields(s, "water"))


BILLS = {
    "edf": bill_edf,
    "engie": bill_engie,
    "total": bill_total,
    "free": bill_free,
    "sfr": bill_sfr,
    "orange": bill_orange,
    "bouygues": bill_bouygues,
    "eaudeparis": bill_water,
    "veolia": bill_water,
}


def make_bill(s: BillSpec, rng, pages: int | None = None) -> Doc:
    fn = BILLS[s.provider]
    return fn(s, rng, pages) if pages else fn(s, rng)


# ------------------------------------------------------------------ lease


@dataclass
class LeaseSpec:
    landlord: str
    landlord_addr: str
    tenants: list[str]  # as printed
    address: Address
    start: date
    signed_on: date
    rent: float
    charges: float
    deposit: float
    furnished: bool = False
    agency: str = ""
    surface: int = 42
    rooms: int = 2
    style: str = "agency"  # agency | template | word


def lease(spec: LeaseSpec, rng) -> Doc:
    if spec.style == "template":
        pages = _lease_template(spec, rng)
    else:
        pages = _lease_typed(spec, rng)
    f = {
        "tenant_names": spec.tenants,
        "landlord": spec.landlord,
        "address": spec.address.one_line(upper=True),
        "start_date": spec.start.isoformat(),
    }
    return Doc("lease", pages, f)


def _lease_typed(spec: LeaseSpec, rng) -> list[Page]:
    font, bfont = ("times", "times-b") if spec.style == "agency" else ("calibri", "calibri-b")
    size = 10
    col = hexc("1F3864") if spec.style == "agency" else BLACK
    title = (
        "CONTRAT DE LOCATION - LOGEMENT MEUBLÉ"
        if spec.furnished
        else "CONTRAT DE LOCATION - LOCAUX VIDES À USAGE D'HABITATION"
    )
    dur = "un (1) an" if spec.furnished else "trois (3) ans"
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            f"Le présent contrat est conclu entre les soussignés :\n"
            f"{spec.landlord}, demeurant {spec.landlord_addr}, désigné(e) ci-après « le "
            f"bailleur »"
            + (f", représenté(e) par son mandataire {spec.agency}" if spec.agency else "")
            + " ;\n"
            + "\n".join(f"{t}, désigné(e) ci-après « le locataire »" for t in spec.tenants)
            + (" (les locataires étant tenus solidairement)" if len(spec.tenants) > 1 else "")
            + ".",
        ),
        (
            "II. OBJET DU CONTRAT",
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :\n"
            f"A. Consistance du logement - Localisation du logement : {spec.address.one_line()}. "
            f"Type d'habitat : immeuble collectif. Régime juridique de l'immeuble : copropriété. "
            f"Période de construction : 1949 à 1974. Surface habitable : {spec.surface} m². "
            f"Nombre de pièces principales : {spec.rooms}. Modalité de production de chauffage : "
            f"individuel électrique. Modalité de production d'eau chaude sanitaire : individuelle.\n"
            "B. Destination des locaux : usage d'habitation principale.",
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            f"A. Date de prise d'effet du contrat : {dmy(spec.start)}.\n"
            f"B. Durée du contrat : {dur}, renouvelable par tacite reconduction.\n"
            "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, "
            "reconduit tacitement pour la même durée. Le locataire peut mettre fin au bail à tout "
            "moment, après avoir donné congé. Le bailleur peut mettre fin au bail à son échéance "
            "et après avoir donné congé, soit pour reprendre le logement en vue de l'occuper "
            "lui-même ou une personne de sa famille, soit pour le vendre, soit pour un motif "
            "sérieux et légitime.",
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            f"A. Loyer - Montant du loyer mensuel : {euros(spec.rent)} € hors charges. "
            "Le loyer du logement objet du présent contrat est soumis au loyer de référence majoré "
            "fixé par arrêté préfectoral : oui. Modalités de révision : date de révision à la date "
            "anniversaire du contrat ; trimestre de référence de l'IRL : 2e trimestre.\n"
            f"B. Charges récupérables - Provision sur charges : {euros(spec.charges)} € par mois, "
            "avec régularisation annuelle.\n"
            f"C. Modalités de paiement : paiement mensuel, à échoir, le 1er de chaque mois. Montant "
            f"total dû à la première échéance : {euros(spec.rent + spec.charges)} €.",
        ),
        (
            "V. TRAVAUX",
            "Montant et nature des travaux d'amélioration ou de mise en conformité "
            "effectués depuis la fin du dernier contrat de location : néant.",
        ),
        (
            "VI. GARANTIES",
            f"Montant du dépôt de garantie de l'exécution des obligations du "
            f"locataire : {euros(spec.deposit)} € ("
            + (
                "deux mois de loyer hors charges"
                if spec.furnished
                else "un mois de loyer hors charges"
            )
            + ").",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ",
            "Pour l'exécution de toutes les obligations résultant du "
            "présent contrat, il y aura solidarité et indivisibilité entre les parties désignées "
            "« le locataire ».",
        ),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas d'inexécution "
            "des obligations du locataire, soit en cas de défaut de paiement des loyers et des "
            "charges locatives au terme convenu, de non-versement du dépôt de garantie, de défaut "
            "d'assurance du locataire contre les risques locatifs, de troubles de voisinage "
            "constatés par une décision de justice passée en force de chose jugée.",
        ),
        (
            "IX. HONORAIRES DE LOCATION",
            "Les honoraires de location sont partagés entre le "
            "bailleur et le locataire dans la limite des plafonds fixés par le décret "
            "n° 2014-890 du 1er août 2014.",
        ),
        (
            "X. AUTRES CONDITIONS PARTICULIÈRES",
            "Le locataire déclare avoir reçu le dossier de "
            "diagnostic technique (DPE, ERP, CREP, état de l'installation intérieure d'électricité) "
            "et la notice d'information relative aux droits et obligations des locataires et des "
            "bailleurs.",
        ),
        (
            "XI. ANNEXES",
            "Sont annexées et jointes au contrat de location les pièces suivantes : "
            "extrait du règlement de copropriété ; dossier de diagnostic technique ; notice "
            "d'information ; état des lieux d'entrée"
            + (" ; inventaire et état détaillé du mobilier" if spec.furnished else "")
            + ".",
        ),
    ]
    pages: list[Page] = []
    p = Page(210, 297)
    y = 18
    if spec.style == "agency":
        p.rect(14, 10, 12, 12, None, col)
        p.text(20, 19, spec.agency[:1] if spec.agency else "A", "times-b", 16, WHITE, anchor="m")
        p.text(30, 16, spec.agency or "Agence immobilière", "times-b", 12, col)
        p.text(30, 21, "Gestion locative - Transaction - Syndic", "times-i", 8, (90, 90, 90))
        p.text(
            196,
            16,
            "Carte professionnelle CPI 7501 2019 000 041 234",
            "times",
            7,
            (90, 90, 90),
            anchor="r",
        )
        p.text(
            196,
            20,
            "Garantie financière : GALIAN - 89 rue La Boétie 75008 Paris",
            "times",
            7,
            (90, 90, 90),
            anchor="r",
        )
        y = 34
    for ln in wrap(title, bfont, 13, 182):
        p.text(105, y, ln, bfont, 13, col, anchor="m")
        y += 6
    p.text(
        105,
        y + 1,
        "(Soumis au titre Ier"
        + (" bis" if spec.furnished else "")
        + " de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs et "
        "portant",
        font,
        8,
        anchor="m",
    )
    p.text(
        105, y + 5, "modification de la loi n° 86-1290 du 23 décembre 1986)", font, 8, anchor="m"
    )
    y += 16
    para(
        p,
        16,
        y,
        "Le présent contrat type de location est conforme au modèle défini par le "
        "décret n° 2015-587 du 29 mai 2015 relatif aux contrats types de location de logement "
        "à usage de résidence principale.",
        178,
        font + ("-i" if font == "times" else "-i"),
        8.5,
    )
    y += 14
    for head, body in sections:
        need = 8 + len(wrap(body, font, size, 178)) * 4.6
        if y + min(need, 30) > 272:
            pages.append(p)
            p = Page(210, 297)
            y = 20
        p.text(16, y, head, bfont, 10.5, col)
        y += 6
        for para_txt in body.split("\n"):
            for ln in wrap(para_txt, font, size, 178):
                if y > 278:
                    pages.append(p)
                    p = Page(210, 297)
                    y = 20
                p.text(16, y, ln, font, size)
                y += 4.6
            y += 1.5
        y += 3
    if y > 215:
        pages.append(p)
        p = Page(210, 297)
        y = 24
    p.text(
        16,
        y + 4,
        f"Fait à {spec.address.city}, le {dmy(spec.signed_on)}, en "
        f"{1 + len(spec.tenants)} originaux dont un remis à chaque signataire.",
        font,
        size,
    )
    y += 16
    p.text(16, y, "Signature du bailleur (ou de son mandataire)", bfont, 9)
    p.text(110, y, "Signature du (des) locataire(s)", bfont, 9)
    p.text(16, y + 4.5, "précédée de la mention « lu et approuvé »", font, 8)
    p.text(110, y + 4.5, "précédée de la mention « lu et approuvé »", font, 8)
    hand(p, 18, y + 14, "Lu et approuvé", rng, "hand", 12)
    sig = Page(60, 20, bg=None)
    signature(sig, 4, 14, spec.landlord, rng, w=36)
    p.group(sig, 16, y + 16, 0, "multiply")
    for i, t in enumerate(spec.tenants):
        hand(p, 112, y + 14 + i * 24, "Lu et approuvé", rng, "hand", 12)
        sg = Page(60, 20, bg=None)
        signature(sg, 4, 14, t, rng, w=34)
        p.group(sg, 110, y + 16 + i * 24, 0, "multiply")
    pages.append(p)
    n = len(pages)
    for i, pg in enumerate(pages):
        pg.text(105, 290, f"Page {i + 1} / {n}", font, 8, (90, 90, 90), anchor="m")
        pg.text(16, 290, "Paraphes :", font, 7.5, (90, 90, 90))
        hand(pg, 34, 290, "".join(w[0] for w in spec.landlord.split()[-2:]).upper(), rng, "hand", 9)
    return pages


def _lease_template(spec: LeaseSpec, rng) -> list[Page]:
    """A printed 'bail type' (stationer's model) filled in by hand."""
    pages = []
    p = Page(210, 297)
    p.rect(10, 10, 190, 24, BLACK, (235, 235, 235), 0.4)
    p.text(105, 20, "BAIL D'HABITATION", "helv-b", 16, anchor="m")
    p.text(
        105,
        27,
        "LOCAUX VIDES - RÉSIDENCE PRINCIPALE (Loi n° 89-462 du 6 juillet 1989)",
        "helv",
        8.5,
        anchor="m",
    )
    p.text(188, 31, "Modèle 2015", "helv", 6.5, anchor="r")
    y = 44

    def line_field(label, value, yy, w=178, size=11):
        lw = p.text(16, yy, label, "helv", 9)
        p.hline(16 + lw + 1, 16 + w, yy + 1, (110, 110, 110), 0.2, dash=(0.5, 0.7))
        if value:
            hand(p, 18 + lw + 1, yy - 0.5, value, rng, "hand", size)
        return yy + 9

    p.text(16, y, "1. LE BAILLEUR", "helv-b", 10)
    y = line_field("Nom, prénom ou raison sociale :", spec.landlord, y + 8)
    y = line_field("Domicile :", spec.landlord_addr, y)
    p.text(16, y + 2, "2. LE(S) LOCATAIRE(S)", "helv-b", 10)
    y += 10
    for t in spec.tenants:
        y = line_field("Nom, prénom :", t, y)
    p.text(16, y + 2, "3. DÉSIGNATION DES LOCAUX", "helv-b", 10)
    y += 10
    y = line_field("Adresse du logement :", spec.address.street, y)
    y = line_field("Code postal et ville :", f"{spec.address.postcode} {spec.address.city}", y)
    y = line_field("Étage, porte, bâtiment :", spec.address.extra or "-", y)
    y = line_field("Surface habitable (m²) :", str(spec.surface), y, 90)
    y = line_field("Nombre de pièces principales :", str(spec.rooms), y, 90)
    p.text(16, y + 2, "Équipements :", "helv", 9)
    for i, (lab, on) in enumerate(
        (
            ("cuisine équipée", True),
            ("cave", False),
            ("parking", False),
            ("balcon", rng.random() < 0.5),
        )
    ):
        checkbox(p, 44 + i * 36, y - 1, 3.2, on, rng=rng)
        p.text(49 + i * 36, y + 2, lab, "helv", 8.5)
    y += 12
    p.text(16, y, "4. DURÉE ET PRISE D'EFFET", "helv-b", 10)
    y += 8
    y = line_field("Date de prise d'effet du bail :", dmy(spec.start), y, 110)
    y = line_field("Durée :", "3 ans", y, 110)
    p.text(16, y + 2, "5. CONDITIONS FINANCIÈRES", "helv-b", 10)
    y += 10
    y = line_field("Loyer mensuel hors charges (€) :", euros(spec.rent), y, 120)
    y = line_field("Provision sur charges (€) :", euros(spec.charges), y, 120)
    y = line_field("Dépôt de garantie (€) :", euros(spec.deposit), y, 120)
    y = line_field("Terme de paiement : le", "1er de chaque mois", y, 120)
    para(
        p,
        16,
        y + 4,
        "Le loyer est révisable chaque année à la date anniversaire du bail en "
        "fonction de la variation de l'indice de référence des loyers (IRL) publié par l'INSEE.",
        178,
        "helv",
        8.5,
    )
    p.text(105, 290, "1/3", "helv", 8, anchor="m")
    pages.append(p)
    q = Page(210, 297)
    q.text(16, 20, "6. CONDITIONS GÉNÉRALES", "helv-b", 10)
    gen = (
        "Le locataire est tenu de payer le loyer et les charges récupérables aux termes "
        "convenus ; d'user paisiblement des locaux suivant la destination prévue au contrat ; "
        "de répondre des dégradations et pertes qui surviennent pendant la durée du contrat ; "
        "de prendre à sa charge l'entretien courant du logement et les menues réparations ; "
        "de s'assurer contre les risques locatifs et d'en justifier lors de la remise des clés "
        "puis chaque année à la demande du bailleur ; de ne pas transformer les locaux sans "
        "l'accord écrit du propriétaire. Le bailleur est obligé de remettre au locataire un "
        "logement décent ne laissant pas apparaître de risques manifestes pouvant porter "
        "atteinte à la sécurité physique ou à la santé, doté des éléments le rendant conforme "
        "à l'usage d'habitation ; d'assurer au locataire la jouissance paisible du logement ; "
        "d'entretenir les locaux en état de servir à l'usage prévu ; de remettre "
        "gratuitement une quittance au locataire qui en fait la demande."
    )
    y = para(q, 16, 28, gen, 178, "helv", 9, leading=4.6, align="j")
    q.text(16, y + 6, "7. CLAUSE RÉSOLUTOIRE", "helv-b", 10)
    y = para(
        q,
        16,
        y + 13,
        "À défaut de paiement du loyer ou des charges aux termes convenus, "
        "ou de versement du dépôt de garantie, et deux mois après un commandement de payer "
        "demeuré infructueux, le bail sera résilié de plein droit.",
        178,
        "helv",
        9,
        leading=4.6,
        align="j",
    )
    q.text(105, 290, "2/3", "helv", 8, anchor="m")
    pages.append(q)
    r = Page(210, 297)
    r.text(16, 20, "8. SIGNATURES", "helv-b", 10)
    r.text(16, 32, "Fait à", "helv", 10)
    hand(r, 30, 32, spec.address.city, rng, "hand", 12)
    r.text(80, 32, "le", "helv", 10)
    hand(r, 87, 32, dmy(spec.signed_on), rng, "hand", 12)
    r.text(130, 32, "en", "helv", 10)
    hand(r, 137, 32, str(1 + len(spec.tenants)), rng, "hand", 12)
    r.text(143, 32, "exemplaires", "helv", 10)
    r.rect(16, 42, 85, 50, BLACK, None, 0.3)
    r.rect(109, 42, 85, 50, BLACK, None, 0.3)
    r.text(18, 47, "LE BAILLEUR (« lu et approuvé »)", "helv-b", 8.5)
    r.text(111, 47, "LE(S) LOCATAIRE(S) (« lu et approuvé »)", "helv-b", 8.5)
    hand(r, 20, 58, "lu et approuvé", rng, "hand", 12)
    sig = Page(60, 20, bg=None)
    signature(sig, 4, 14, spec.landlord, rng, w=36)
    r.group(sig, 22, 64, 0, "multiply")
    for i, t in enumerate(spec.tenants):
        hand(r, 113, 58 + i * 14, "lu et approuvé", rng, "hand", 11)
        sg = Page(60, 16, bg=None)
        signature(sg, 4, 12, t, rng, w=30)
        r.group(sg, 140, 52 + i * 14, 0, "multiply")
    r.text(105, 290, "3/3", "helv", 8, anchor="m")
    pages.append(r)
    return pages


# ------------------------------------------------------------------ hosting attestation


@dataclass
class HostingSpec:
    host: str  # "Julien LEFEBVRE"
    host_dob: date
    host_pob: str
    hosted: str
    hosted_dob: date
    hosted_pob: str
    address: Address
    since: date
    signed_on: date
    city: str
    relation: str = ""  # "mon épouse"
    signed: bool = True
    style: str = "hand"  # hand | typed | form


def hosting_attestation(spec: HostingSpec, rng) -> Doc:
    p = Page(210, 297)
    if spec.style == "hand":
        font, size = ("hand", 14) if rng.random() < 0.5 else ("script", 16)
        y = 34
        hand(p, 105, y, "Attestation d'hébergement", rng, font, size + 4, anchor="m")
        p.hline(62, 148, y + 2, INK_BLUE, 0.35)
        text = (
            f"Je soussigné(e) {spec.host}, né(e) le {dmy(spec.host_dob)} à {spec.host_pob}, "
            f"demeurant {spec.address.one_line()}, atteste sur l'honneur héberger à mon "
            f"domicile {spec.relation + ' ' if spec.relation else ''}{spec.hosted}, né(e) le "
            f"{dmy(spec.hosted_dob)} à {spec.hosted_pob}, depuis le {dmy(spec.since)}."
        )
        y = 60
        for ln in wrap(text, font, size, 168):
            hand(p, 22, y, ln, rng, font, size, slope=float(rng.uniform(-0.01, 0.01)))
            y += 10.5
        y += 4
        for ln in wrap("Fait pour servir et valoir ce que de droit.", font, size, 168):
            hand(p, 22, y, ln, rng, font, size)
            y += 10.5
        y += 10
        hand(p, 110, y, f"Fait à {spec.city}, le {dmy(spec.signed_on)}", rng, font, size)
        y += 12
        if spec.signed:
            sig = Page(70, 24, bg=None)
            signature(sig, 5, 17, spec.host, rng, w=44)
            p.group(sig, 115, y, 0, "multiply")
        hand(p, 22, y + 40, "PJ : copie de ma pièce d'identité", rng, font, size - 2)
    elif spec.style == "typed":
        y = 24
        for ln in (
            [spec.host, spec.address.street]
            + ([spec.address.extra] if spec.address.extra else [])
            + [f"{spec.address.postcode} {spec.address.city}"]
        ):
            p.text(20, y, ln, "calibri", 11)
            y += 5
        p.text(190, y + 10, f"{spec.city}, le {fr_long(spec.signed_on)}", "calibri", 11, anchor="r")
        p.text(105, y + 32, "ATTESTATION D'HÉBERGEMENT", "calibri-b", 15, anchor="m")
        y += 50
        body = (
            f"Je soussigné(e) {spec.host}, né(e) le {fr_long(spec.host_dob)} à "
            f"{spec.host_pob}, demeurant au {spec.address.one_line()}, certifie sur "
            f"l'honneur héberger à mon domicile, à titre gratuit, "
            f"{spec.relation + ' ' if spec.relation else ''}{spec.hosted}, né(e) le "
            f"{fr_long(spec.hosted_dob)} à {spec.hosted_pob}, et ce depuis le "
            f"{fr_long(spec.since)}."
        )
        y = para(p, 20, y, body, 170, "calibri", 11.5, leading=6.2, align="j")
        y = para(
            p,
            20,
            y + 6,
            "Cette attestation est établie pour servir et valoir ce que de "
            "droit, notamment auprès de la Caisse primaire d'assurance maladie.",
            170,
            "calibri",
            11.5,
            leading=6.2,
        )
        y = para(
            p,
            20,
            y + 6,
            "Je joins à la présente une copie de ma pièce d'identité ainsi "
            "qu'un justificatif de domicile à mon nom.",
            170,
            "calibri",
            11.5,
            leading=6.2,
        )
        p.text(120, y + 14, spec.host, "calibri", 11.5)
        if spec.signed:
            sig = Page(70, 24, bg=None)
            signature(sig, 5, 17, spec.host, rng, w=44)
            p.group(sig, 118, y + 16, 0, "multiply")
        para(
            p,
            20,
            270,
            "Article 441-7 du code pénal : est puni d'un an d'emprisonnement et de "
            "15 000 € d'amende le fait d'établir une attestation faisant état de faits "
            "matériellement inexacts.",
            170,
            "calibri-i",
            8.5,
        )
    else:  # pre-printed form with blanks
        p.rect(14, 14, 182, 18, BLACK, (240, 240, 240), 0.4)
        p.text(105, 26, "ATTESTATION D'HÉBERGEMENT", "arial-b", 15, anchor="m")
        y = 48

        def blank(label, value, yy, x=18, w=176):
            lw = p.text(x, yy, label, "arial", 10)
            p.hline(x + lw + 1, x + w, yy + 1, (120, 120, 120), 0.2, dash=(0.5, 0.7))
            if value:
                hand(p, x + lw + 3, yy - 0.5, value, rng, "hand", 12.5)
            return yy + 11

        y = blank("Je soussigné(e) (nom, prénom) :", spec.host, y)
        y = blank("Né(e) le :", dmy(spec.host_dob), y, w=80)
        y = blank("à :", spec.host_pob, y - 11, x=100, w=94)
        y = blank("Demeurant :", spec.address.street, y)
        y = blank("Code postal / Ville :", f"{spec.address.postcode} {spec.address.city}", y)
        p.text(18, y, "Atteste sur l'honneur héberger à mon domicile :", "arial-b", 10)
        y += 11
        y = blank("M. / Mme (nom, prénom) :", spec.hosted, y)
        y = blank("Né(e) le :", dmy(spec.hosted_dob), y, w=80)
        y = blank("à :", spec.hosted_pob, y - 11, x=100, w=94)
        y = blank("Depuis le :", dmy(spec.since), y, w=100)
        para(
            p,
            18,
            y + 2,
            "Je suis informé(e) qu'une fausse attestation m'expose aux sanctions "
            "prévues par l'article 441-7 du code pénal.",
            176,
            "arial",
            9,
        )
        y += 20
        y = blank("Fait à :", spec.city, y, w=80)
        y = blank("Le :", dmy(spec.signed_on), y - 11, x=100, w=94)
        p.text(120, y + 4, "Signature de l'hébergeant :", "arial", 10)
        p.rect(118, y + 7, 76, 32, BLACK, None, 0.25)
        if spec.signed:
            sig = Page(70, 24, bg=None)
            signature(sig, 5, 17, spec.host, rng, w=44)
            p.group(sig, 122, y + 12, 0, "multiply")
        p.text(
            18,
            y + 48,
            "Pièces jointes : copie de la pièce d'identité de l'hébergeant, "
            "justificatif de domicile de l'hébergeant.",
            "arial-i",
            8.5,
        )
    f = {
        "host_name": spec.host,
        "hosted_name": spec.hosted,
        "address": spec.address.one_line(upper=True),
        "since_date": spec.since.isoformat(),
        "signed_on": spec.signed_on.isoformat(),
        "signed": spec.signed,
    }
    return Doc("hosting_attestation", [p], f)


# ------------------------------------------------------------------ quittance


def quittance(
    landlord: str,
    landlord_addr: str,
    tenant: str,
    address: Address,
    y: int,
    m: int,
    rent: float,
    charges: float,
    rng,
    paid_on: date,
) -> Doc:
    p = Page(210, 297)
    p.text(20, 22, landlord, "calibri-b", 11)
    p.text(20, 27, landlord_addr, "calibri", 10)
    p.text(190, 46, tenant, "calibri", 11, anchor="r")
    for i, ln in enumerate(address.lines()):
        p.text(190, 51 + i * 5, ln, "calibri", 11, anchor="r")
    p.text(105, 80, "QUITTANCE DE LOYER", "calibri-b", 16, anchor="m")
    p.text(105, 88, f"Mois de {month_fr(y, m)}", "calibri", 12, anchor="m")
    body = (
        f"Je soussigné(e) {landlord}, propriétaire du logement désigné ci-dessous, déclare "
        f"avoir reçu de {tenant} la somme de {euros(rent + charges)} euros, au titre du "
        f"paiement du loyer et des charges pour la période de location du "
        f"{dmy(date(y, m, 1))} au {dmy(month_end(y, m))} et lui en donne quittance, sous "
        f"réserve de tous mes droits."
    )
    yy = para(p, 20, 104, body, 170, "calibri", 11.5, leading=6, align="j")
    p.text(20, yy + 6, f"Adresse de la location : {address.one_line()}", "calibri", 11)
    table(
        p,
        20,
        yy + 16,
        [100, 50],
        [
            ["Détail du règlement", "Montant"],
            ["Loyer", f"{euros(rent)} €"],
            ["Provision pour charges", f"{euros(charges)} €"],
            ["Total", f"{euros(rent + charges)} €"],
        ],
        "calibri",
        11,
        row_h=7,
        header_font="calibri-b",
        header_fill=(235, 235, 235),
        aligns=["l", "r"],
    )
    p.text(20, yy + 56, f"Date du paiement : {dmy(paid_on)}", "calibri", 11)
    p.text(120, yy + 70, f"Fait à {address.city}, le {dmy(paid_on)}", "calibri", 11)
    sig = Page(70, 24, bg=None)
    signature(sig, 5, 17, landlord, rng, w=40)
    p.group(sig, 120, yy + 74, 0, "multiply")
    para(
        p,
        20,
        262,
        "Cette quittance annule tous les reçus qui auraient pu être établis "
        "précédemment en cas de paiement partiel du montant du présent terme. Elle est à "
        "conserver pendant trois ans par le locataire (loi n° 89-462 du 6 juillet 1989, art. 7-1).",
        170,
        "calibri-i",
        8.5,
    )
    return Doc("unknown", [p], {}, "quittance de loyer (rent receipt): not a lease")
