"""Residence documents: utility and telecom bills (TotalEnergies, Engie, EDF,
Orange, Sosh, Bouygues Telecom, SFR, RED by SFR, Free, Veolia, Suez), the Engie
"attestation de titulaire de contrat", leases under loi n° 89-462 (agency typed
and hand-filled template), rent receipt (quittance), attestation d'hébergement.
"""

from dataclasses import dataclass, field

import kit
from common import MONTHS_FR, D, fr, fr_long, money, month_fr, rng
from kit import INK_BLACK, INK_BLUE, STAMP_BLUE

PROVIDERS = {
    # name printed, logo, colour, layout, legal footer
    "totalenergies": (
        "TotalEnergies",
        "total",
        (0.85, 0.1, 0.15),
        0,
        "TotalEnergies Électricité et Gaz France - SA au capital de 2 000 000 € - 2 bis rue Louis Armand "
        "75015 Paris - RCS Paris 434 123 893",
    ),
    "engie": (
        "ENGIE",
        "engie",
        (0.0, 0.55, 0.8),
        1,
        "ENGIE - SA au capital de 2 435 285 011 € - 1 place Samuel de Champlain 92400 Courbevoie - "
        "RCS Nanterre 542 107 651",
    ),
    "edf": (
        "EDF",
        "edf",
        (0.0, 0.25, 0.6),
        2,
        "EDF SA au capital de 2 084 365 041 € - 22-30 avenue de Wagram 75008 Paris - RCS Paris 552 081 317",
    ),
    "orange": (
        "Orange",
        "orange",
        (1.0, 0.47, 0.0),
        3,
        "Orange SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt 92130 Issy-les-Moulineaux - "
        "RCS Nanterre 380 129 866",
    ),
    "sosh": (
        "Sosh",
        "sosh",
        (0.1, 0.1, 0.1),
        3,
        "Sosh est une marque d'Orange SA au capital de 10 640 226 396 € - RCS Nanterre 380 129 866",
    ),
    "bouygues": (
        "Bouygues Telecom",
        "bouygues",
        (0.0, 0.2, 0.55),
        1,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 37-39 rue Boissière 75116 Paris - "
        "RCS Paris 397 480 930",
    ),
    "sfr": (
        "SFR",
        "sfr",
        (0.89, 0.0, 0.1),
        0,
        "SFR SA au capital de 3 423 265 598,40 € - 16 rue du Général Alain de Boissieu 75015 Paris - "
        "RCS Paris 343 059 564",
    ),
    "red": (
        "RED by SFR",
        "red",
        (0.85, 0.0, 0.1),
        3,
        "RED by SFR est une offre de SFR SA - RCS Paris 343 059 564",
    ),
    "free": (
        "Free",
        "free",
        (0.8, 0.0, 0.0),
        2,
        "Free - SAS au capital de 3 441 812 € - 16 rue de la Ville l'Évêque 75008 Paris - RCS Paris 421 938 861",
    ),
    "veolia": (
        "Veolia Eau",
        "veolia",
        (0.9, 0.0, 0.1),
        1,
        "Compagnie Générale des Eaux - Veolia Eau - SCA - 21 rue La Boétie 75008 Paris - RCS Paris 572 025 526",
    ),
    "suez": (
        "SUEZ Eau France",
        "suez",
        (0.0, 0.4, 0.7),
        0,
        "SUEZ Eau France - SAS - Tour CB21, 16 place de l'Iris 92040 Paris La Défense - RCS Nanterre 410 034 607",
    ),
}

PHONES = {
    "edf": "09 69 32 15 15",
    "free": "32 44",
    "totalenergies": "09 70 80 69 69",
    "engie": "09 69 32 43 24",
    "orange": "39 00",
    "sosh": "39 76",
    "bouygues": "10 64",
    "sfr": "10 23",
    "red": "10 23",
    "veolia": "09 69 32 35 29",
    "suez": "09 77 40 84 08",
}

SERVICE_LABEL = {
    "electricity": "Électricité",
    "gas": "Gaz naturel",
    "energy": "Électricité et gaz",
    "internet": "Internet - Box",
    "mobile": "Forfait mobile",
    "landline": "Téléphone fixe",
    "water": "Eau potable et assainissement",
}


@dataclass
class Bill:
    provider: str
    service: str
    holder: str  # as printed, e.g. "Mme Esther ROUSSEL"
    address: list
    issue: str
    start: str = None
    end: str = None
    month: str = None  # "YYYY-MM" when the bill only names a month
    amount: float = 0.0
    number: str = ""
    client: str = ""
    offer: str = ""
    extra: dict = field(default_factory=dict)
    key: str = ""
    pages: int = 2

    def truth(self):
        return {
            "provider": PROVIDERS[self.provider][0],
            "service": self.service,
            "holder_name": self.holder,
            "address": ", ".join(self.address),
            "issue_date": D(self.issue).isoformat(),
            "period_start": D(self.start).isoformat() if self.start else None,
            "period_end": D(self.end).isoformat() if self.end else None,
            **({"month": self.month} if self.month else {}),
            "amount": round(self.amount, 2),
        }


def _period_text(b):
    if b.month:
        y, m = map(int, b.month.split("-"))
        return f"Facture du mois de {month_fr(y, m)}"
    return f"Période du {fr(b.start)} au {fr(b.end)}"


def _lines(b):
    """Detail lines (label, qty/info, amount HT) according to the service."""
    r = rng("bl", b.key)
    a = b.amount
    if b.service in ("electricity", "energy"):
        kwh = r.randint(140, 380)
        abo = round(a * 0.22, 2)
        conso = round(a * 0.55, 2)
        taxes = round(a - abo - conso - (a * 0.12), 2)
        tva = round(a - abo - conso - taxes, 2)
        return [
            ("Abonnement " + b.extra.get("power", "6 kVA") + " - option Base", "1 mois", abo),
            ("Consommation (index relevé Linky)", f"{kwh} kWh", conso),
            ("Accise sur l'électricité", f"{kwh} kWh", round(taxes * 0.8, 2)),
            ("Contribution tarifaire d'acheminement (CTA)", "", round(taxes * 0.2, 2)),
            ("TVA 20 %", "", tva),
        ]
    if b.service == "gas":
        kwh = r.randint(300, 900)
        return [
            ("Abonnement gaz naturel", "1 mois", round(a * 0.2, 2)),
            ("Consommation (PCE relevé Gazpar)", f"{kwh} kWh", round(a * 0.56, 2)),
            ("Accise sur le gaz naturel", "", round(a * 0.08, 2)),
            ("CTA", "", round(a * 0.03, 2)),
            ("TVA 20 %", "", round(a * 0.13, 2)),
        ]
    if b.service == "water":
        m3 = r.randint(18, 44)
        return [
            ("Abonnement eau potable (part distributeur)", "6 mois", round(a * 0.14, 2)),
            ("Consommation eau potable", f"{m3} m³", round(a * 0.38, 2)),
            ("Collecte et traitement des eaux usées", f"{m3} m³", round(a * 0.33, 2)),
            (
                "Préservation des ressources en eau (Agence de l'eau)",
                f"{m3} m³",
                round(a * 0.05, 2),
            ),
            ("Lutte contre la pollution", f"{m3} m³", round(a * 0.05, 2)),
            ("TVA 5,5 % / 10 %", "", round(a * 0.05, 2)),
        ]
    if b.service == "mobile":
        return [
            (b.offer or "Forfait mobile", "1 mois", round(a / 1.2, 2)),
            ("Communications hors forfait", "0 min", 0.0),
            ("TVA 20 %", "", round(a - a / 1.2, 2)),
        ]
    return [
        (b.offer or "Abonnement box internet", "1 mois", round(a / 1.2 - 2.0, 2)),
        ("Location décodeur TV", "1 mois", 2.0),
        ("Communications fixe vers mobiles", "inclus", 0.0),
        ("TVA 20 %", "", round(a - a / 1.2, 2)),
    ]


def bill_pages(b: Bill):
    name, lg, col, layout, legal = PROVIDERS[b.provider]
    r = rng("bill", b.key)
    light = tuple(0.88 + 0.12 * c for c in col)

    def addr_block(p, x, y):
        p.text(x, y, b.holder, "Lib-B", 10)
        for i, ln in enumerate(b.address):
            p.text(x, y + 5 + i * 4.6, ln, "Lib", 10)

    def refs(p, x, y, w):
        items = [
            ("N° client", b.client),
            ("N° de facture", b.number),
            ("Date de facture", fr(b.issue)),
        ]
        if b.service in ("electricity", "energy"):
            items.append(("Point de livraison (PDL)", b.extra.get("pdl", "")))
        if b.service == "gas":
            items.append(("Point de comptage (PCE)", b.extra.get("pce", "")))
        if b.service in ("internet", "landline"):
            items.append(("N° de ligne", b.extra.get("line", "")))
        if b.service == "mobile":
            items.append(("N° de mobile", b.extra.get("line", "")))
        if b.service == "water":
            items.append(("N° de compteur", b.extra.get("meter", "")))
        for i, (k, v) in enumerate(items):
            p.text(x, y + i * 5, k, "Lib", 8.2, (0.3, 0.3, 0.3))
            p.text(x + w, y + i * 5, v, "Lib-B", 8.2, align="r")
        return y + len(items) * 5

    def amount_box(p, x, y, w, h):
        p.rect(x, y, w, h, stroke=None, fill=col, r=2)
        p.text(x + w / 2, y + 7, "Montant à payer TTC", "Lib", 9.5, (1, 1, 1), "c")
        p.text(x + w / 2, y + 17, money(b.amount) + " €", "Lib-B", 20, (1, 1, 1), "c")
        due = D(b.issue)
        from common import add_days

        p.text(
            x + w / 2,
            y + h - 3.5,
            "prélevé le " + fr(add_days(due, 14)),
            "Lib",
            8.5,
            (1, 1, 1),
            "c",
        )

    def page1(p):
        if layout == 0:
            kit.logo(p, lg, 14, 12, 1.1)
            p.text(196, 16, "Facture", "Lib-B", 18, col, "r")
            p.text(196, 22, _period_text(b), "Lib", 9, align="r")
            addr_block(p, 112, 50)
            p.rect(14, 38, 86, 36, stroke=(0.7, 0.7, 0.7), r=1.5)
            p.text(17, 44, "Mes références", "Lib-B", 9.5, col)
            refs(p, 17, 50, 80)
            amount_box(p, 14, 80, 86, 26)
            p.text(112, 84, SERVICE_LABEL[b.service], "Lib-B", 12)
            p.text(112, 90, b.offer, "Lib", 9)
            p.text(112, 96, _period_text(b), "Lib", 9)
            y = 118
        elif layout == 1:
            p.rect(0, 0, 210, 30, stroke=None, fill=light)
            kit.logo(p, lg, 14, 8, 1.0)
            p.text(196, 14, "Votre facture", "Lib-B", 15, col, "r")
            p.text(196, 20.5, f"du {fr_long(b.issue)}", "Lib", 9.5, align="r")
            p.text(196, 25.5, f"N° {b.number}", "Lib", 8.5, align="r")
            addr_block(p, 112, 48)
            p.text(14, 40, "Titulaire du contrat", "Lib", 8, (0.35, 0.35, 0.35))
            p.text(14, 45, b.holder, "Lib-B", 9.5)
            p.text(14, 51, "Adresse de consommation / de service", "Lib", 8, (0.35, 0.35, 0.35))
            for i, ln in enumerate(b.address):
                p.text(14, 56 + i * 4.5, ln, "Lib", 9)
            refs(p, 14, 70, 80)
            p.rect(112, 76, 84, 30, stroke=col, lw=1.0, r=2)
            p.text(154, 84, "Total à payer", "Lib-B", 10, col, "c")
            p.text(154, 96, money(b.amount) + " € TTC", "Lib-B", 18, (0.1, 0.1, 0.1), "c")
            p.text(154, 102.5, _period_text(b), "Lib", 7.8, align="c")
            y = 118
        elif layout == 2:
            kit.logo(p, lg, 14, 10, 1.0)
            p.text(110, 15, name, "Lib-B", 11, col)
            p.text(
                110,
                20,
                "Service clients : "
                + PHONES.get(b.provider, "09 69 32 15 15")
                + " (appel non surtaxé)",
                "Lib",
                8,
            )
            p.text(110, 24.5, "Espace client : votre compte en ligne", "Lib", 8)
            addr_block(p, 112, 46)
            p.text(14, 44, "FACTURE", "Lib-B", 20, col)
            p.text(14, 51, f"n° {b.number} du {fr(b.issue)}", "Lib", 9.5)
            p.text(14, 57, _period_text(b), "Lib-B", 9.5)
            refs(p, 14, 65, 80)
            p.line(14, 92, 196, 92, col, 1.2)
            p.text(14, 101, "Montant TTC de cette facture", "Lib-B", 11)
            p.text(196, 101, money(b.amount) + " €", "Lib-B", 16, col, "r")
            p.text(
                14,
                107,
                f"Sera prélevé sur votre compte à partir du {fr(D(b.issue).replace(day=min(28, D(b.issue).day + 10)))}",
                "Lib",
                8.5,
            )
            y = 118
        else:
            p.rect(
                0, 0, 210, 42, stroke=None, fill=(0.1, 0.1, 0.1) if lg in ("sosh", "red") else col
            )
            if lg == "orange":
                kit.logo(p, "orange", 14, 10, 1.6)
            elif lg == "sosh":
                p.rect(12, 8, 40, 20, stroke=None, fill=(1, 1, 1), r=2)
                kit.logo(p, "sosh", 15, 10, 1.0)
            else:
                p.rect(12, 8, 48, 18, stroke=None, fill=(1, 1, 1), r=2)
                kit.logo(p, lg, 15, 9, 0.9)
            p.text(196, 16, "votre facture", "Lib-B", 16, (1, 1, 1), "r")
            p.text(196, 24, _period_text(b), "Lib", 9.5, (1, 1, 1), "r")
            p.text(196, 31, f"facture n° {b.number} - {fr(b.issue)}", "Lib", 8.5, (1, 1, 1), "r")
            addr_block(p, 112, 56)
            p.text(14, 54, "votre compte client", "Lib-B", 9.5)
            refs(p, 14, 60, 80)
            p.circle(55, 98, 14, stroke=None, fill=col if lg not in ("sosh",) else (1.0, 0.1, 0.45))
            p.text(55, 97, money(b.amount) + " €", "Lib-B", 12, (1, 1, 1), "c")
            p.text(55, 102.5, "TTC", "Lib", 8, (1, 1, 1), "c")
            p.text(112, 92, "ce mois-ci", "Lib-B", 11)
            p.text(112, 98, b.offer, "Lib", 9)
            p.text(112, 104, "montant prélevé sur votre compte bancaire", "Lib", 8.5)
            y = 120
        # summary table
        p.rect(14, y, 182, 7, stroke=None, fill=light)
        p.text(16, y + 5, "Récapitulatif", "Lib-B", 9.5)
        p.text(150, y + 5, "Montant HT", "Lib-B", 8.5, align="r")
        p.text(194, y + 5, "Montant TTC", "Lib-B", 8.5, align="r")
        y += 13
        ht = round(b.amount / (1.055 if b.service == "water" else 1.2), 2)
        rows = [
            (SERVICE_LABEL[b.service] + (" - " + b.offer if b.offer else ""), ht, b.amount),
            ("Remises et avoirs", 0.0, 0.0),
        ]
        for lab, h_, t_ in rows:
            p.text(16, y, lab, "Lib", 9)
            p.text(150, y, money(h_) + " €", "Lib", 9, align="r")
            p.text(194, y, money(t_) + " €", "Lib", 9, align="r")
            y += 6
        p.line(14, y - 2, 196, y - 2, (0.6, 0.6, 0.6), 0.3)
        p.text(16, y + 3, "Total TTC", "Lib-B", 10)
        p.text(194, y + 3, money(b.amount) + " €", "Lib-B", 10, align="r")
        y += 14
        if b.service in ("electricity", "energy", "gas", "water"):
            p.text(14, y, "Votre consommation sur les derniers mois", "Lib-B", 9.5, col)
            base = y + 40
            for i in range(12):
                hgt = 8 + 24 * abs(((i * 37 + len(b.key) * 11) % 17) / 17.0)
                p.rect(18 + i * 14, base - hgt, 8, hgt, stroke=None, fill=col if i == 11 else light)
                p.text(
                    22 + i * 14,
                    base + 4,
                    MONTHS_FR[(D(b.issue).month - 12 + i) % 12][:3],
                    "Lib",
                    6.5,
                    align="c",
                )
            y = base + 12
        else:
            p.rect(14, y, 182, 34, stroke=(0.8, 0.8, 0.8), r=2)
            p.text(18, y + 7, "Bon à savoir", "Lib-B", 9.5, col)
            p.para(
                18,
                y + 13,
                174,
                "Retrouvez le détail de vos consommations, vos factures et l'ensemble de vos "
                "services dans votre espace client ou sur l'application. Pour toute réclamation, contactez notre "
                "service clients ; en cas de désaccord persistant vous pouvez saisir le médiateur des "
                "communications électroniques.",
                "Lib",
                8,
                justify=True,
            )
            y += 42
        p.rect(14, y, 182, 22, stroke=(0.7, 0.7, 0.7), dash=(2, 1.5))
        p.text(18, y + 6, "Prélèvement SEPA", "Lib-B", 8.5)
        p.text(
            18,
            y + 11.5,
            f"Référence unique de mandat : {b.extra.get('rum', 'RUM' + b.client)}",
            "Lib",
            8,
        )
        p.text(
            18,
            y + 16.5,
            f"Compte débité : IBAN {b.extra.get('iban_masked', 'FR76 **** **** **** **** ***8 21')}",
            "Lib",
            8,
        )
        p.para(14, 268, 182, legal, "Lib", 6.5, color=(0.35, 0.35, 0.35), align="c")
        p.text(196, 284, "page 1/" + str(b.pages), "Lib", 7, (0.4, 0.4, 0.4), "r")
        kit.datamatrix(p, 178, 240, 16, b.key)

    def page2(p):
        kit.logo(p, lg, 14, 10, 0.7)
        p.text(196, 14, f"Facture n° {b.number} du {fr(b.issue)}", "Lib", 8.5, align="r")
        p.text(196, 19, f"N° client {b.client}", "Lib", 8.5, align="r")
        p.text(14, 34, "Détail de votre facture", "Lib-B", 13, col)
        p.text(14, 40, _period_text(b), "Lib", 9)
        y = 50
        p.rect(14, y, 182, 7, stroke=None, fill=light)
        p.text(16, y + 5, "Désignation", "Lib-B", 8.5)
        p.text(130, y + 5, "Quantité", "Lib-B", 8.5, align="r")
        p.text(194, y + 5, "Montant", "Lib-B", 8.5, align="r")
        y += 13
        for lab, q, m in _lines(b):
            p.text(16, y, lab, "Lib", 8.8)
            p.text(130, y, q, "Lib", 8.8, align="r")
            p.text(194, y, money(m) + " €", "Lib", 8.8, align="r")
            y += 6.5
        p.line(14, y - 2, 196, y - 2, (0.6, 0.6, 0.6), 0.3)
        p.text(16, y + 3.5, "Total TTC", "Lib-B", 10)
        p.text(194, y + 3.5, money(b.amount) + " €", "Lib-B", 10, align="r")
        y += 18
        p.text(14, y, "Caractéristiques de votre contrat", "Lib-B", 11, col)
        y += 7
        for k, v in (
            ("Offre", b.offer or SERVICE_LABEL[b.service]),
            ("Date de souscription", fr(b.extra.get("since", "2024-01-01"))),
            ("Mode de paiement", "Prélèvement automatique"),
            ("Facture électronique", "Oui"),
        ):
            p.text(16, y, k, "Lib", 8.8, (0.3, 0.3, 0.3))
            p.text(80, y, v, "Lib-B", 8.8)
            y += 5.5
        y += 8
        p.text(14, y, "Informations réglementaires", "Lib-B", 10, col)
        p.para(
            14,
            y + 6,
            182,
            "En cas de réclamation, adressez-vous d'abord à notre service clients. Si la réponse ne vous "
            "satisfait pas dans un délai de deux mois, vous pouvez saisir gratuitement le médiateur compétent. "
            "Conformément au code de la consommation, le détail des prix et des conditions générales est "
            "disponible sur simple demande et dans votre espace client. Toute somme non réglée à la date "
            "d'échéance pourra donner lieu à des pénalités de retard.",
            "Lib",
            8,
            justify=True,
        )
        p.para(14, 268, 182, legal, "Lib", 6.5, color=(0.35, 0.35, 0.35), align="c")
        p.text(196, 284, f"page 2/{b.pages}", "Lib", 7, (0.4, 0.4, 0.4), "r")

    return [page1, page2][: b.pages]


def engie_attestation(holder, address, since, issued, client, pdl, pce, key):
    r = rng("engatt", key)

    def page(p):
        kit.logo(p, "engie", 14, 12, 1.0)
        p.text(14, 36, "ENGIE - Service Clients Particuliers", "Lib", 8.5)
        p.text(14, 40.5, "TSA 21999 - 76934 Rouen Cedex 9", "Lib", 8.5)
        p.text(112, 52, holder, "Lib-B", 10)
        for i, ln in enumerate(address):
            p.text(112, 57 + i * 4.6, ln, "Lib", 10)
        p.text(196, 80, f"Le {fr_long(issued)}", "Lib", 9.5, align="r")
        p.text(14, 92, f"Référence client : {client}", "Lib", 9)
        p.text(14, 97, f"Point de livraison électricité (PDL) : {pdl}", "Lib", 9)
        p.text(14, 102, f"Point de comptage gaz (PCE) : {pce}", "Lib", 9)
        p.text(105, 120, "ATTESTATION DE TITULAIRE DE CONTRAT", "Lib-B", 14, (0.0, 0.5, 0.75), "c")
        txt = (
            f"ENGIE atteste que {holder} est titulaire d'un contrat de fourniture d'électricité et de gaz "
            f"naturel (offre Elec Référence 3 ans et Gaz Référence 3 ans) pour le logement situé : "
            f"{', '.join(address)}, depuis le {fr(since)}."
        )
        y = p.para(20, 138, 170, txt, "Lib", 10.5, leading=6, justify=True)
        y = p.para(
            20,
            y + 4,
            170,
            "Ce contrat est actif à la date d'émission de la présente attestation.",
            "Lib",
            10.5,
            leading=6,
        )
        y = p.para(
            20,
            y + 4,
            170,
            "Cette attestation est délivrée à la demande de l'intéressé(e) pour servir et "
            "valoir ce que de droit. Elle ne constitue pas une facture et ne vaut pas quittance.",
            "Lib",
            10.5,
            leading=6,
            justify=True,
        )
        p.text(130, y + 16, "Le Service Clients ENGIE", "Lib-B", 10)
        p.para(14, 268, 182, PROVIDERS["engie"][4], "Lib", 6.5, color=(0.35, 0.35, 0.35), align="c")
        kit.datamatrix(p, 20, 230, 18, key)

    truth = {
        "provider": "ENGIE",
        "service": "energy",
        "holder_name": holder,
        "address": ", ".join(address),
        "issue_date": D(issued).isoformat(),
        "period_start": D(since).isoformat(),
        "period_end": None,
        "amount": None,
    }
    return [page], truth


# ----------------------------------------------------------------- lease (loi 89-462)
@dataclass
class Lease:
    landlord: str
    landlord_addr: str
    tenants: list
    address: list
    start: str
    rent: float
    charges: float
    surface: int
    rooms: int
    signed_at: str
    signed_on: str
    agent: str = ""  # agency name, or "" for a private landlord
    agent_addr: str = ""
    duration: str = "3 ans"
    furnished: bool = False
    key: str = ""

    def truth(self):
        return {
            "tenant_names": list(self.tenants),
            "landlord": self.landlord,
            "address": ", ".join(self.address),
            "start_date": D(self.start).isoformat(),
        }


def lease_pages(L: Lease, hand=False, hand_font="Breip"):
    """hand=True: a printed template whose blanks are filled in by hand (scanned)."""
    r = rng("lease", L.key)

    def V(p, x, y, text, size=9.5, bold=False):
        if hand:
            p.hand(x, y, text, 12, hand_font, r)
        else:
            p.text(x, y, text, "Lib-B" if bold else "Lib", size)

    def head(p, n):
        if L.agent and not hand:
            p.rect(14, 10, 60, 14, stroke=None, fill=(0.12, 0.25, 0.4))
            p.text(44, 18.5, L.agent.upper(), "Lib-B", 9, (1, 1, 1), "c")
            p.text(196, 14, L.agent_addr, "Lib", 7, (0.3, 0.3, 0.3), "r")
        p.text(196, 290, f"Page {n}/3 - Paraphes :", "Lib", 7, (0.4, 0.4, 0.4), "r")
        if n < 3:
            for i, who in enumerate([L.landlord] + L.tenants):
                p.hand(
                    160 + i * 10,
                    286,
                    "".join(w[0] for w in who.replace("M. ", "").replace("Mme ", "").split()[:2]),
                    10,
                    "dkg",
                    rng("par", L.key, n, i),
                    INK_BLUE,
                )

    def p1(p):
        head(p, 1)
        p.text(105, 36, "CONTRAT DE LOCATION", "Lib-B", 15, align="c")
        p.text(
            105,
            42,
            "LOCAUX VIDES À USAGE D'HABITATION" if not L.furnished else "LOGEMENT MEUBLÉ",
            "Lib-B",
            11,
            align="c",
        )
        p.para(
            20,
            48,
            170,
            "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les "
            "rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986 - contrat type "
            "défini par le décret n° 2015-587 du 29 mai 2015)",
            "Lib-I",
            7.8,
            align="c",
        )
        y = 64
        p.text(14, y, "I. DÉSIGNATION DES PARTIES", "Lib-B", 10.5)
        y += 7
        p.text(16, y, "Le présent contrat est conclu entre les soussignés :", "Lib", 9)
        y += 6
        p.text(16, y, "Le bailleur :", "Lib-B", 9)
        V(p, 40, y, L.landlord, bold=True)
        y += 5.5
        p.text(16, y, "demeurant :", "Lib", 9)
        V(p, 40, y, L.landlord_addr)
        y += 5.5
        if L.agent:
            p.text(16, y, "représenté par son mandataire :", "Lib", 9)
            V(p, 64, y, f"{L.agent}, {L.agent_addr}")
            y += 5.5
        p.text(16, y, "désigné(s) ci-après « le bailleur » ;", "Lib-I", 9)
        y += 7
        p.text(16, y, "Le(s) locataire(s) :", "Lib-B", 9)
        for t in L.tenants:
            V(p, 50, y, t, bold=True)
            y += 5.5
        p.text(16, y, "désigné(s) ci-après « le locataire ».", "Lib-I", 9)
        y += 9
        p.text(14, y, "II. OBJET DU CONTRAT", "Lib-B", 10.5)
        y += 6
        p.para(
            16,
            y,
            178,
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
            "Lib",
            9,
        )
        y += 6
        p.text(16, y, "A. Consistance du logement - localisation :", "Lib-B", 9)
        y += 5.5
        V(p, 24, y, ", ".join(L.address))
        y += 5.5
        for lab, val in (
            ("Type d'habitat", "immeuble collectif"),
            ("Régime juridique", "copropriété"),
            ("Période de construction", "de 1949 à 1974"),
            ("Surface habitable", f"{L.surface} m²"),
            ("Nombre de pièces principales", str(L.rooms)),
            ("Modalité de production de chauffage", "individuel électrique"),
            ("Modalité de production d'eau chaude", "individuelle (ballon électrique)"),
        ):
            p.text(24, y, f"- {lab} :", "Lib", 9)
            V(p, 82, y, val)
            y += 5.2
        y += 4
        p.text(14, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "Lib-B", 10.5)
        y += 7
        p.text(16, y, "A. Date de prise d'effet du contrat :", "Lib", 9)
        V(p, 76, y, fr_long(L.start) if not hand else fr(L.start), bold=True)
        y += 5.5
        p.text(16, y, "B. Durée du contrat :", "Lib", 9)
        V(p, 52, y, L.duration)
        y += 5.5
        p.para(
            16,
            y,
            178,
            "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, "
            "reconduit tacitement pour la même durée.",
            "Lib",
            8.5,
            justify=True,
        )
        y += 12
        p.text(14, y, "IV. CONDITIONS FINANCIÈRES", "Lib-B", 10.5)
        y += 7
        p.text(16, y, "A. Loyer mensuel hors charges :", "Lib", 9)
        V(p, 70, y, money(L.rent) + " €", bold=True)
        y += 5.5
        p.text(16, y, "B. Provision sur charges récupérables :", "Lib", 9)
        V(p, 82, y, money(L.charges) + " €")
        y += 5.5
        p.text(
            16,
            y,
            "C. Modalités de paiement : mensuel, payable d'avance le 1er de chaque mois.",
            "Lib",
            9,
        )
        y += 5.5
        p.para(
            16,
            y,
            178,
            "Le logement est situé dans une zone d'urbanisation continue de plus de 50 000 habitants "
            "(zone tendue) ; le loyer est fixé dans le respect du décret annuel d'encadrement de l'évolution "
            "des loyers.",
            "Lib",
            8.5,
            justify=True,
        )

    def p2(p):
        head(p, 2)
        y = 32
        sections = [
            (
                "V. TRAVAUX",
                "Aucuns travaux d'amélioration ou de mise en conformité n'ont été réalisés depuis la fin "
                "du dernier contrat de location.",
            ),
            (
                "VI. GARANTIES",
                f"Montant du dépôt de garantie de l'exécution des obligations du locataire : "
                f"{money(L.rent)} € (limité à un mois de loyer hors charges).",
            ),
            (
                "VII. CLAUSE DE SOLIDARITÉ",
                "En cas de pluralité de locataires, ceux-ci sont tenus solidairement et "
                "indivisiblement de l'exécution des obligations du présent contrat.",
            ),
            (
                "VIII. CLAUSE RÉSOLUTOIRE",
                "Le bail sera résilié de plein droit en cas d'inexécution des obligations du "
                "locataire, soit en cas de défaut de paiement des loyers et des charges locatives au terme convenu, de "
                "non-versement du dépôt de garantie, de défaut d'assurance du locataire contre les risques locatifs, "
                "de troubles de voisinage constatés par une décision de justice passée en force de chose jugée, deux "
                "mois après un commandement de payer demeuré infructueux.",
            ),
            (
                "IX. HONORAIRES DE LOCATION",
                "Les honoraires de visite, de constitution du dossier et de rédaction du "
                "bail à la charge du locataire sont plafonnés conformément à l'article 5 de la loi du 6 juillet 1989 et "
                "au décret n° 2014-890 du 1er août 2014."
                if L.agent
                else "Sans objet (location conclue directement entre les parties).",
            ),
            (
                "X. AUTRES CONDITIONS PARTICULIÈRES",
                "Le locataire s'engage à souscrire une assurance habitation et à en "
                "justifier lors de la remise des clés puis chaque année. Il est interdit de sous-louer tout ou partie du "
                "logement sans l'accord écrit du bailleur. Animaux domestiques tolérés.",
            ),
            (
                "XI. ANNEXES",
                "Sont annexées et jointes au contrat de location les pièces suivantes : extrait du "
                "règlement de copropriété ; dossier de diagnostic technique (diagnostic de performance énergétique, "
                "constat de risque d'exposition au plomb, état des risques naturels et technologiques, état de "
                "l'installation intérieure d'électricité) ; notice d'information relative aux droits et obligations "
                "des locataires et des bailleurs ; état des lieux d'entrée ; attestation d'assurance.",
            ),
        ]
        for title, txt in sections:
            p.text(14, y, title, "Lib-B", 10.5)
            y = p.para(16, y + 6, 178, txt, "Lib", 8.8, justify=True) + 6

    def p3(p):
        head(p, 3)
        p.text(14, 34, "XII. SIGNATURES", "Lib-B", 10.5)
        p.text(16, 44, "Fait et signé à", "Lib", 9.5)
        V(p, 42, 44, L.signed_at)
        p.text(92, 44, "le", "Lib", 9.5)
        V(p, 98, 44, fr(L.signed_on))
        p.text(130, 44, f"en {1 + len(L.tenants)} originaux.", "Lib", 9.5)
        p.para(
            16,
            52,
            178,
            "Signature précédée de la mention manuscrite « Lu et approuvé ».",
            "Lib-I",
            8.5,
        )
        p.rect(14, 62, 88, 60, stroke=(0.4, 0.4, 0.4))
        p.rect(108, 62, 88, 60, stroke=(0.4, 0.4, 0.4))
        p.text(16, 68, "Le bailleur" + (" (ou son mandataire)" if L.agent else ""), "Lib-B", 9)
        p.text(110, 68, "Le(s) locataire(s)", "Lib-B", 9)
        p.hand(20, 80, "Lu et approuvé", 12, "dkg", rng("la", L.key), INK_BLUE)
        p.signature(24, 86, 46, 16, rng("ls", L.key), L.landlord, INK_BLUE)
        if L.agent:
            p.stamp(80, 108, 11, L.agent.upper() + " * ", ["AGENCE"], STAMP_BLUE, angle=-12)
        for i, t in enumerate(L.tenants):
            p.hand(
                112 + i * 42,
                80,
                "Lu et approuvé",
                10.5,
                HANDS_T[i % 3],
                rng("lt", L.key, i),
                INK_BLUE,
            )
            p.signature(114 + i * 42, 86, 36, 14, rng("lts", L.key, i), t.split()[-1], INK_BLUE)
        p.text(14, 140, "Pièces annexées remises au locataire :", "Lib-B", 9)
        for i, a in enumerate(
            [
                "Diagnostic de performance énergétique (classe D)",
                "État des lieux d'entrée",
                "Notice d'information (arrêté du 29 mai 2015)",
                "Règlement de copropriété (extrait)",
            ]
        ):
            p.checkbox(16, 145 + i * 6, 3, True, "v", rng("lcb", L.key, i), INK_BLACK)
            p.text(22, 147.5 + i * 6, a, "Lib", 9)

    return [p1, p2, p3]


HANDS_T = ["dkg", "Breip", "dkg"]


def money_fr(x):
    return money(x)


def quittance_page(
    landlord, landlord_addr, tenant, address, month_start, rent, charges, paid_on, key
):
    r = rng("quit", key)
    from common import month_bounds

    s, e = month_bounds(D(month_start).year, D(month_start).month)

    def page(p):
        p.text(14, 20, landlord, "Lib-B", 10)
        p.text(14, 25, landlord_addr, "Lib", 9)
        p.text(112, 40, tenant, "Lib-B", 10)
        for i, ln in enumerate(address):
            p.text(112, 45 + i * 4.6, ln, "Lib", 10)
        p.text(105, 72, "QUITTANCE DE LOYER", "Lib-B", 16, align="c")
        p.text(
            105,
            80,
            f"Quittance de loyer du mois de {month_fr(s.year, s.month)}",
            "Lib",
            10,
            align="c",
        )
        txt = (
            f"Je soussigné(e) {landlord}, propriétaire du logement désigné ci-dessous, déclare avoir reçu de "
            f"{tenant} la somme de {money(rent + charges)} euros, au titre du paiement du loyer et des charges "
            f"pour la période de location du {fr(s)} au {fr(e)}, et lui en donne quittance, sous réserve de tous "
            "mes droits."
        )
        y = p.para(20, 96, 170, txt, "Lib", 10.5, leading=6, justify=True)
        p.text(20, y + 6, "Adresse de la location : " + ", ".join(address), "Lib", 9.5)
        y += 16
        p.rect(20, y, 170, 30, stroke=(0.5, 0.5, 0.5))
        for i, (k, v) in enumerate(
            (("Loyer", rent), ("Provision pour charges", charges), ("Total", rent + charges))
        ):
            p.text(24, y + 8 + i * 8, k, "Lib-B" if k == "Total" else "Lib", 10)
            p.text(
                186,
                y + 8 + i * 8,
                money(v) + " €",
                "Lib-B" if k == "Total" else "Lib",
                10,
                align="r",
            )
        y += 40
        p.text(20, y, f"Date du paiement : {fr(paid_on)}", "Lib", 10)
        p.text(120, y + 12, f"Fait à Paris, le {fr(paid_on)}", "Lib", 10)
        p.signature(125, y + 16, 44, 14, r, landlord, INK_BLUE)
        p.para(
            20,
            268,
            170,
            "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte "
            "versé sur la période en question. Article 21 de la loi n° 89-462 du 6 juillet 1989.",
            "Lib-I",
            7.5,
            color=(0.3, 0.3, 0.3),
        )

    return [page]


# ----------------------------------------------------------------- attestation d'hébergement
@dataclass
class Hosting:
    host: str
    host_born: str
    host_addr: list
    hosted: str
    hosted_born: str
    relation: str
    since: str
    city: str
    signed_on: str
    signed: bool = True
    typed: bool = False
    hand_font: str = "dkg"
    key: str = ""
    hosted_sex: str = "F"
    host_sex: str = "M"

    def truth(self):
        return {
            "host_name": self.host,
            "hosted_name": self.hosted,
            "address": ", ".join(self.host_addr),
            "since_date": D(self.since).isoformat(),
            "signed_on": D(self.signed_on).isoformat() if self.signed_on else None,
            "signed": self.signed,
        }


def hosting_pages(h: Hosting):
    r = rng("host", h.key)

    def page(p):
        if h.typed:
            p.text(14, 20, h.host, "Lib-B", 10.5)
            for i, ln in enumerate(h.host_addr):
                p.text(14, 25 + i * 5, ln, "Lib", 10)
            p.text(105, 58, "ATTESTATION D'HÉBERGEMENT", "Lib-B", 15, align="c")
            txt = (
                f"Je soussigné(e) {h.host}, né(e) le {h.host_born}, demeurant {', '.join(h.host_addr)}, atteste sur "
                f"l'honneur héberger à mon domicile, à titre gratuit, {h.relation} {h.hosted}, né(e) le "
                f"{h.hosted_born}, depuis le {fr(h.since)}."
            )
            y = p.para(20, 80, 170, txt, "Lib", 11, leading=6.5, justify=True)
            y = p.para(
                20,
                y + 6,
                170,
                "Je joins à la présente attestation une copie de ma pièce d'identité et un "
                "justificatif de domicile à mon nom.",
                "Lib",
                11,
                leading=6.5,
                justify=True,
            )
            y = p.para(
                20,
                y + 6,
                170,
                "Fait pour servir et valoir ce que de droit.",
                "Lib",
                11,
                leading=6.5,
            )
            p.text(110, y + 14, f"Fait à {h.city}, le {fr(h.signed_on)}", "Lib", 11)
            p.text(110, y + 24, "Signature :", "Lib", 10)
            if h.signed:
                p.signature(118, y + 28, 48, 16, r, h.host, INK_BLUE)
            p.para(
                20,
                262,
                170,
                "Article 441-7 du code pénal : est puni d'un an d'emprisonnement et de 15 000 € "
                "d'amende le fait d'établir une attestation faisant état de faits matériellement inexacts.",
                "Lib-I",
                8,
                color=(0.3, 0.3, 0.3),
            )
        else:
            f = h.hand_font
            y = 30
            p.hand(60, y, "Attestation d'hébergement", 17, f, r)
            y += 22
            e1 = "e" if h.host_sex == "F" else ""
            e2 = "e" if h.hosted_sex == "F" else ""
            text = (
                f"Je soussigné{e1} {h.host}, né{e1} le {h.host_born}, demeurant au {', '.join(h.host_addr)}, "
                f"atteste sur l'honneur héberger à mon domicile {h.relation} {h.hosted}, né{e2} le "
                f"{h.hosted_born}, depuis le {fr(h.since)}."
            )
            for ln in p.wrap(text, 160, "dkg", 13):
                p.hand(22, y, ln, 13, f, r)
                y += 10
            y += 4
            for ln in p.wrap(
                "Je joins la copie de ma pièce d'identité et un justificatif de domicile. Fait pour "
                "servir et valoir ce que de droit.",
                160,
                "dkg",
                13,
            ):
                p.hand(22, y, ln, 13, f, r)
                y += 10
            y += 10
            p.hand(105, y, f"Fait à {h.city}, le {fr(h.signed_on)}", 13, f, r)
            if h.signed:
                p.signature(112, y + 6, 50, 18, r, h.host, INK_BLUE)

    return [page]
