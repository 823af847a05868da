"""Utility bills: EDF, ENGIE, TotalEnergies, Free, SFR, Orange, Bouygues Telecom, Eau de Paris,
Veolia, and an energy "attestation de titulaire de contrat".

Each layout is modelled on how these bills are publicly described: a header with the brand,
the invoice number and date, the holder and the supply address (window envelope position),
a boxed total, a summary table (subscription, consumption, taxes, VAT), direct debit notice and
the legal footer (capital, RCS). Numbers are fictional."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import logos
from .model import Doc
from .paint import Page, Pg
from .people import Address
from .util import MOIS, fr, fr_long, money, rng_for


@dataclass
class Bill:
    provider: str
    holder: str  # as printed, with civility
    holder_truth: str  # without civility
    address: Address
    issue: dt.date
    start: dt.date | None = None
    end: dt.date | None = None
    month_only: bool = False
    amount: float = 0.0
    number: str = ""
    ref: str = ""
    extra: dict = field(default_factory=dict)
    page2: bool = False
    co_holder: str = ""

    @property
    def service(self) -> str:
        return {
            "edf": "electricity",
            "engie": "energy",
            "total": "electricity",
            "free": "internet",
            "sfr": "mobile",
            "orange": "internet",
            "bouygues": "internet",
            "eaudeparis": "water",
            "veolia": "water",
            "engie_att": "energy",
            "edf_att": "electricity",
        }[self.provider]

    @property
    def provider_name(self) -> str:
        return {
            "edf": "EDF",
            "engie": "ENGIE",
            "total": "TotalEnergies",
            "free": "Free",
            "sfr": "SFR",
            "orange": "Orange",
            "bouygues": "Bouygues Telecom",
            "eaudeparis": "Eau de Paris",
            "veolia": "Veolia",
            "engie_att": "ENGIE",
            "edf_att": "EDF",
        }[self.provider]

    def truth(self) -> dict:
        f = {
            "provider": self.provider_name,
            "service": self.service,
            "holder_name": self.holder_truth,
            "issue_date": self.issue.isoformat(),
            "period_start": None if self.month_only or not self.start else self.start.isoformat(),
            "period_end": None if self.month_only or not self.end else self.end.isoformat(),
        }
        if self.month_only and self.start:
            f["month"] = self.start.strftime("%Y-%m")
        return f


def _window(p: Pg, lines, x=112, y=52, f="Arial", sz=10):
    for i, ln in enumerate(lines):
        p.t(x, y + i * 4.6, ln, f, sz)


def _legal(p: Pg, text, f="Arial", sz=5.8, y=288):
    lines = p.wrap(text, 186, f, sz)
    for i, ln in enumerate(lines):
        p.t(105, y + i * 2.6 - 2.6 * (len(lines) - 1), ln, f, sz, (90, 90, 90), align="c")


def _month_name(d: dt.date) -> str:
    return f"{MOIS[d.month - 1]} {d.year}"


def _ht(v: float, rate=0.2) -> tuple[float, float]:
    ht = round(v / (1 + rate), 2)
    return ht, round(v - ht, 2)


# ------------------------------------------------------------------ EDF


def _edf(b: Bill):
    rng = rng_for("edf", b.number)
    pdl = b.extra.get("pdl", "".join(str(rng.randint(0, 9)) for _ in range(14)))
    kwh = rng.randint(140, 320)

    def p1(p: Pg):
        logos.edf(p, 14, 10, 1.0)
        p.t(14, 30, "EDF Service Clients", "Arial", 7.5, (60, 60, 60))
        p.t(14, 33.5, "TSA 20012 — 41975 BLOIS CEDEX 9", "Arial", 7.5, (60, 60, 60))
        p.rect(120, 10, 78, 26, lw=0, stroke=None, fill=(234, 240, 250), r=2)
        p.t(124, 17, "Facture", "Arial-B", 14, (0, 32, 120))
        p.t(124, 23, f"du {fr(b.issue)}", "Arial", 9, (0, 32, 120))
        p.t(124, 28, f"N° {b.number}", "Arial", 8.5, (0, 32, 120))
        p.t(124, 32.5, f"Référence client : {b.ref}", "Arial", 7.5, (60, 60, 60))
        _window(p, [b.holder.upper(), *[ln.upper() for ln in b.address.lines()]], y=50)
        p.t(14, 50, "Titulaire du contrat", "Arial-B", 8, (0, 32, 120))
        p.t(14, 54, b.holder + (f" et {b.co_holder}" if b.co_holder else ""), "Arial", 8.5)
        p.t(14, 60, "Adresse du logement", "Arial-B", 8, (0, 32, 120))
        for i, ln in enumerate(b.address.lines()):
            p.t(14, 64 + i * 3.8, ln, "Arial", 8.5)
        p.t(14, 78, f"Point de livraison (PDL) : {pdl}", "Arial", 7.5, (60, 60, 60))
        p.rect(14, 86, 184, 24, lw=0, stroke=None, fill=(255, 120, 0), r=2)
        p.t(20, 95, "Montant à payer", "Arial-B", 12, (255, 255, 255))
        p.t(
            20,
            102,
            f"Prélevé le {fr(b.issue + dt.timedelta(days=14))} sur votre compte",
            "Arial",
            8.5,
            (255, 255, 255),
        )
        p.t(192, 101, f"{money(b.amount)} € TTC", "Arial-B", 20, (255, 255, 255), align="r")
        p.t(14, 122, "Votre contrat", "Arial-B", 10, (0, 32, 120))
        p.t(
            14,
            127.5,
            "Électricité — Tarif Bleu — option Base — puissance souscrite 6 kVA",
            "Arial",
            8.5,
        )
        p.t(14, 132.5, "Facturation mensuelle sur index réels (compteur Linky)", "Arial", 8.5)
        ht, tva = _ht(b.amount)
        abo = round(ht * 0.32, 2)
        acc = round(kwh * 0.0225, 2)
        cons = round(ht - abo - acc - 1.1, 2)
        rows = [
            [f"Consommation du {fr(b.start)} au {fr(b.end)}", f"{kwh} kWh", money(cons)],
            [f"Abonnement du {fr(b.start)} au {fr(b.end)}", "1 mois", money(abo)],
            ["Accise sur l'électricité (ex-TICFE)", f"{kwh} kWh", money(acc)],
            ["Contribution tarifaire d'acheminement (CTA)", "", "1,10"],
            ["Total hors TVA", "", money(ht)],
            ["TVA 20 %", "", money(tva)],
            ["Total TTC", "", money(b.amount)],
        ]
        p.t(14, 145, "Détail de votre facture", "Arial-B", 10, (0, 32, 120))
        p.table(
            14,
            149,
            [118, 30, 36],
            rows,
            "Arial",
            8.5,
            6.2,
            head=["", "Quantité", "Montant € "],
            head_fill=(234, 240, 250),
            aligns=["l", "r", "r"],
            gridcol=(200, 200, 210),
        )
        # consumption history
        p.t(14, 205, "Historique de votre consommation (kWh)", "Arial-B", 9, (0, 32, 120))
        for i in range(12):
            h = rng.randint(8, 26) if i < 11 else kwh / 12
            p.rect(
                18 + i * 9,
                240 - h,
                6,
                h,
                lw=0,
                stroke=None,
                fill=(255, 160, 60) if i == 11 else (160, 180, 220),
            )
        p.line(16, 240, 128, 240, 0.4, (120, 120, 120))
        p.rect(136, 205, 62, 38, lw=0.4, stroke=(200, 200, 210), r=2)
        p.t(140, 212, "Une question ?", "Arial-B", 9, (0, 32, 120))
        p.t(140, 218, "edf.fr — espace client", "Arial", 8)
        p.t(140, 223, "09 69 32 15 15 (appel non surtaxé)", "Arial", 8)
        p.t(140, 228, "Urgence dépannage Enedis :", "Arial", 8)
        p.t(140, 233, "09 72 67 50 + n° département", "Arial", 8)
        _legal(
            p,
            "EDF SA au capital de 2 084 365 041 euros — 552 081 317 R.C.S. Paris — Siège social : "
            "22-30, avenue de Wagram 75382 Paris cedex 08 — TVA intracommunautaire FR 03 552 081 317. "
            "Médiateur national de l'énergie : www.energie-mediateur.fr",
        )

    pages = [Page(p1)]
    if b.page2:

        def p2(p: Pg):
            logos.edf(p, 14, 10, 0.7)
            p.t(198, 16, f"Facture du {fr(b.issue)} — N° {b.number}", "Arial", 8, align="r")
            p.t(198, 20, f"Référence client : {b.ref} — {b.holder}", "Arial", 8, align="r")
            p.t(14, 34, "Informations complémentaires", "Arial-B", 11, (0, 32, 120))
            rows = [
                ["Relevé Linky du " + fr(b.start), "index", f"{rng.randint(10000, 30000)}"],
                ["Relevé Linky du " + fr(b.end), "index", f"{rng.randint(30000, 40000)}"],
                ["Prix du kWh (option Base)", "€ TTC", "0,2016"],
                ["Abonnement mensuel", "€ TTC", "16,19"],
            ]
            p.table(
                14,
                40,
                [100, 40, 44],
                rows,
                "Arial",
                8.5,
                6.2,
                aligns=["l", "c", "r"],
                gridcol=(200, 200, 210),
            )
            y = p.para(
                14,
                80,
                184,
                "Vos droits : en cas de réclamation, contactez d'abord votre "
                "service client. Si la réponse ne vous satisfait pas sous deux mois, vous pouvez "
                "saisir gratuitement le médiateur national de l'énergie. Le détail des taxes et "
                "contributions figure sur edf.fr/taxes.",
                "Arial",
                8.5,
                4,
            )
            p.t(105, 285, "Page 2/2", "Arial", 7, (90, 90, 90), align="c")

        pages.append(Page(p2))
    return pages


# ------------------------------------------------------------------ ENGIE


def _engie(b: Bill):
    rng = rng_for("engie", b.number)
    pce = "GI" + "".join(str(rng.randint(0, 9)) for _ in range(6))

    def p1(p: Pg):
        logos.engie(p, 14, 10, 1.0)
        p.t(198, 14, "Votre facture", "Roboto-B", 16, (0, 120, 200), align="r")
        p.t(198, 20, f"du {fr_long(b.issue)}", "Roboto", 9.5, align="r")
        p.t(198, 25, f"Facture n° {b.number}", "Roboto", 8.5, align="r")
        p.rect(14, 32, 90, 34, lw=0, stroke=None, fill=(240, 247, 252))
        p.t(18, 39, "Vos références", "Roboto-B", 9, (0, 120, 200))
        p.t(18, 45, f"N° client : {b.ref}", "Roboto", 8.5)
        p.t(18, 50, f"Titulaire : {b.holder}", "Roboto", 8.5)
        p.t(18, 55, "Offre : Elec Référence 3 ans + Gaz Tarif Référence", "Roboto", 8)
        p.t(
            18,
            60,
            f"PCE : {pce}  —  PDL : {b.extra.get('pdl', '0912 3456 7890 12')}",
            "Roboto",
            7.5,
        )
        _window(p, [b.holder, *b.address.lines()], y=50, f="Roboto")
        p.t(14, 80, f"Période facturée du {fr(b.start)} au {fr(b.end)}", "Roboto-B", 10)
        p.rect(14, 86, 184, 20, lw=1, stroke=(0, 170, 255), r=2)
        p.t(20, 98, "Total à payer", "Roboto-B", 12, (0, 120, 200))
        p.t(192, 99, f"{money(b.amount)} €", "Roboto-B", 18, (0, 120, 200), align="r")
        p.t(
            20,
            103.5,
            f"prélevé à partir du {fr(b.issue + dt.timedelta(days=12))}",
            "Roboto",
            7.5,
            (80, 80, 80),
        )
        ht, tva = _ht(b.amount)
        el = round(ht * 0.55, 2)
        gz = round(ht - el, 2)
        rows = [
            ["Électricité", f"du {fr(b.start)} au {fr(b.end)}", money(el)],
            ["Gaz naturel", f"du {fr(b.start)} au {fr(b.end)}", money(gz)],
            ["TVA", "", money(tva)],
            ["Montant TTC", "", money(b.amount)],
        ]
        p.table(
            14,
            116,
            [60, 80, 44],
            rows,
            "Roboto",
            9,
            7,
            head=["Énergie", "Période", "Montant TTC (€)"],
            head_fill=(0, 170, 255),
            head_font="Roboto-B",
            aligns=["l", "l", "r"],
            grid=False,
            zebra=(240, 247, 252),
        )
        p.para(
            14,
            160,
            184,
            "Bon à savoir : votre espace client ENGIE vous permet de suivre votre "
            "consommation, de télécharger vos factures et vos attestations de titulaire de contrat.",
            "Roboto",
            8.5,
            4,
        )
        p.t(
            14,
            180,
            "Service clients : 09 69 324 324 (appel non surtaxé) — particuliers.engie.fr",
            "Roboto",
            8.5,
        )
        _legal(
            p,
            "ENGIE — SA au capital de 2 435 285 011 € — RCS Nanterre 542 107 651 — Siège social : "
            "1, place Samuel de Champlain 92400 Courbevoie — TVA FR 13 542 107 651",
            "Roboto",
        )

    return [Page(p1)]


def _engie_att(b: Bill):
    def p1(p: Pg):
        logos.engie(p, 14, 12, 1.0)
        p.t(198, 18, f"Courbevoie, le {fr_long(b.issue)}", "Roboto", 9, align="r")
        _window(p, [b.holder, *b.address.lines()], y=45, f="Roboto")
        p.t(
            105, 90, "ATTESTATION DE TITULAIRE DE CONTRAT", "Roboto-B", 14, (0, 120, 200), align="c"
        )
        p.t(14, 104, f"Référence client : {b.ref}", "Roboto", 9)
        since = b.extra.get("since", b.start)
        txt = (
            f"ENGIE atteste que {b.holder} est titulaire d'un contrat de fourniture d'électricité et de "
            f"gaz naturel auprès d'ENGIE depuis le {fr(since)} pour le logement situé à l'adresse "
            f"suivante : {b.address.one()}."
        )
        y = p.para(14, 116, 182, txt, "Roboto", 10, 5.2)
        y = p.para(
            14,
            y + 4,
            182,
            "À la date d'émission de la présente attestation, ce contrat est en cours de validité.",
            "Roboto",
            10,
            5.2,
        )
        y = p.para(
            14,
            y + 4,
            182,
            "Cette attestation est délivrée pour servir et valoir ce que de droit.",
            "Roboto",
            10,
            5.2,
        )
        p.t(120, y + 16, "Le Service Clients ENGIE", "Roboto-B", 10)
        _legal(
            p,
            "ENGIE — SA au capital de 2 435 285 011 € — RCS Nanterre 542 107 651 — 1, place Samuel "
            "de Champlain 92400 Courbevoie",
            "Roboto",
        )

    return [Page(p1)]


def _edf_att(b: Bill):
    def p1(p: Pg):
        logos.edf(p, 14, 12, 1.0)
        _window(p, [b.holder.upper(), *[x.upper() for x in b.address.lines()]], y=45)
        p.t(14, 88, f"Le {fr(b.issue)}", "Arial", 9)
        p.t(14, 98, "Objet : attestation de contrat d'électricité", "Arial-B", 10)
        since = b.extra.get("since", b.start)
        txt = (
            f"Nous certifions que {b.holder} est titulaire d'un contrat de fourniture d'électricité "
            f"(Tarif Bleu, option Base) souscrit auprès d'EDF, en cours à ce jour, depuis le {fr(since)}, "
            f"pour le logement situé {b.address.one()}."
        )
        y = p.para(14, 110, 182, txt, "Arial", 10, 5.2)
        p.t(14, y + 6, f"Référence client : {b.ref}", "Arial", 9)
        p.t(
            14,
            y + 12,
            "Cette attestation est établie pour servir et valoir ce que de droit.",
            "Arial",
            10,
        )
        p.t(130, y + 28, "Votre conseiller EDF", "Arial-B", 10, (0, 32, 120))
        _legal(
            p,
            "EDF SA au capital de 2 084 365 041 euros — 552 081 317 R.C.S. Paris — 22-30, avenue de "
            "Wagram 75382 Paris cedex 08",
        )

    return [Page(p1)]


# ------------------------------------------------------------------ TotalEnergies


def _total(b: Bill):
    rng = rng_for("total", b.number)

    def p1(p: Pg):
        logos.total(p, 14, 10, 1.0)
        p.t(14, 30, "TotalEnergies Électricité et Gaz France", "Carlito", 8, (80, 80, 80))
        p.t(14, 33.5, "TSA 21519 — 75901 PARIS CEDEX 15", "Carlito", 8, (80, 80, 80))
        _window(p, [b.holder, *b.address.lines()], y=48, f="Carlito", sz=10.5)
        p.rect(14, 40, 80, 36, lw=0.5, stroke=(237, 28, 36))
        p.t(18, 47, "FACTURE D'ÉLECTRICITÉ", "Carlito-B", 11, (237, 28, 36))
        p.t(18, 53, f"N° {b.number}", "Carlito", 9)
        p.t(18, 58, f"Date d'émission : {fr(b.issue)}", "Carlito", 9)
        p.t(18, 63, f"Compte client : {b.ref}", "Carlito", 9)
        p.t(18, 68, "Offre Essentielle Électricité", "Carlito", 9)
        p.t(18, 73, f"Titulaire : {b.holder}", "Carlito", 9)
        p.t(14, 90, "Période de consommation", "Carlito-B", 10)
        p.t(14, 95, f"du {fr(b.start)} au {fr(b.end)}", "Carlito", 10)
        p.rect(120, 84, 78, 16, lw=0, stroke=None, fill=(0, 90, 160))
        p.t(124, 93.5, "À PAYER", "Carlito-B", 11, (255, 255, 255))
        p.t(194, 94, f"{money(b.amount)} €", "Carlito-B", 15, (255, 255, 255), align="r")
        ht, tva = _ht(b.amount)
        kwh = rng.randint(120, 300)
        rows = [
            ["Abonnement", "1 mois", money(round(ht * 0.3, 2)), "5,5 %"],
            ["Consommation Base", f"{kwh} kWh", money(round(ht * 0.58, 2)), "20 %"],
            ["Accise sur l'électricité", f"{kwh} kWh", money(round(ht * 0.1, 2)), "20 %"],
            ["CTA", "", money(round(ht * 0.02, 2)), "5,5 %"],
        ]
        y = p.table(
            14,
            108,
            [80, 35, 40, 29],
            rows,
            "Carlito",
            9.5,
            6.5,
            head=["Désignation", "Quantité", "Montant HT (€)", "TVA"],
            head_font="Carlito-B",
            aligns=["l", "r", "r", "r"],
            gridcol=(180, 180, 180),
        )
        p.t(160, y + 7, "Total HT", "Carlito", 10, align="r")
        p.t(196, y + 7, money(ht), "Carlito", 10, align="r")
        p.t(160, y + 13, "TVA", "Carlito", 10, align="r")
        p.t(196, y + 13, money(tva), "Carlito", 10, align="r")
        p.t(160, y + 19, "Total TTC", "Carlito-B", 11, align="r")
        p.t(196, y + 19, money(b.amount), "Carlito-B", 11, align="r")
        p.para(
            14,
            y + 32,
            182,
            "Le montant sera prélevé sur votre compte bancaire 15 jours après la "
            "date d'émission de la facture. Votre Espace Client : totalenergies.fr — Service "
            "clients : 09 70 80 69 69.",
            "Carlito",
            9,
            4.4,
        )
        _legal(
            p,
            "TotalEnergies Électricité et Gaz France — SA au capital de 12 720 550 € — RCS Nanterre "
            "478 826 092 — 2, place Jean Millier 92400 Courbevoie",
            "Carlito",
        )

    return [Page(p1)]


# ------------------------------------------------------------------ Free


def _free(b: Bill):
    line = b.extra.get("line", "FO10" + str(rng_for("freeline", b.number).randint(100000, 999999)))

    def p1(p: Pg):
        logos.free(p, 14, 8, 1.0)
        p.t(14, 27, "Free Service Abonné", "DejaVu", 7.5)
        p.t(14, 30, "75371 Paris Cedex 08", "DejaVu", 7.5)
        _window(p, [b.holder, *b.address.lines()], x=120, y=52, f="DejaVu", sz=8.5)
        p.t(14, 85, "Adresse email de contact", "DejaVu-B", 7.5)
        p.t(14, 88.5, b.extra.get("email", ""), "DejaVu", 7.5)
        p.t(14, 95, "Numéro de ligne", "DejaVu-B", 7.5)
        p.t(14, 98.5, line, "DejaVu", 7.5)
        p.t(45, 95, "Id.client", "DejaVu-B", 7.5)
        p.t(45, 98.5, b.ref, "DejaVu", 7.5)
        p.t(103, 85, "Nom de l'abonné", "DejaVu-B", 7.5)
        p.t(103, 88.5, b.holder, "DejaVu", 7.5)
        p.t(103, 95, "Adresse de l'installation", "DejaVu-B", 7.5)
        for i, ln in enumerate(b.address.lines()):
            p.t(103, 98.5 + i * 3, ln, "DejaVu", 7.5)
        p.t(
            14,
            110,
            f"Facture n°{b.number} du {fr_long(b.issue).replace('1er', '01')}",
            "DejaVu-B",
            11,
        )
        p.line(14, 111.5, 198, 111.5, 0.6)
        p.t(
            14,
            115.5,
            "Date limite de paiement le " + fr_long(b.issue + dt.timedelta(days=3)),
            "DejaVu-B",
            8.5,
        )
        p.t(198, 115.5, f"{b.amount:.2f} € TTC", "DejaVu-B", 8.5, align="r")
        ht, tva = _ht(b.amount)
        p.line(14, 121, 198, 121, 0.6)
        rows = [
            ["Abonnements, forfaits et options", f"{ht:.2f}", f"{tva:.2f}", f"{b.amount:.2f}"],
            ["Communications", "0.00", "0.00", "0.00"],
            ["Services ponctuels ou occasionnels", "0.00", "0.00", "0.00"],
        ]
        y = p.table(
            14,
            122,
            [96, 30, 28, 30],
            rows,
            "DejaVu",
            8.5,
            3.6,
            head=["", "Montant EUR HT", "Montant TVA", "Montant EUR TTC"],
            head_font="DejaVu-B",
            head_fill=None,
            grid=False,
            aligns=["l", "r", "r", "r"],
        )
        p.line(14, y + 0.5, 198, y + 0.5, 0.6)
        p.t(14, y + 4.5, "Total facture", "DejaVu-B", 9)
        p.t(140, y + 4.5, f"{ht:.2f}", "DejaVu-B", 9, align="r")
        p.t(168, y + 4.5, f"{tva:.2f}", "DejaVu-B", 9, align="r")
        p.t(197, y + 4.5, f"{b.amount:.2f}", "DejaVu-B", 9, align="r")
        p.t(14, y + 9, "TVA 20% payée sur les encaissements", "DejaVu", 8.5)
        p.rect(14, 175, 184, 36, lw=0.5)
        p.t(16, 179.5, "Avis de prélèvement automatique", "DejaVu", 8.5)
        p.line(14, 181, 198, 181, 0.4)
        p.t(16, 185, f"Montant du prélèvement : {b.amount:.2f} €", "DejaVu", 7)
        p.t(
            196,
            185,
            "Prélèvement à partir du : " + fr_long(b.issue + dt.timedelta(days=3)),
            "DejaVu",
            7,
            align="r",
        )
        p.t(
            16,
            189.5,
            "La somme à payer sera prélevée sur le compte désigné ci-dessous :",
            "DejaVu-B",
            8.5,
        )
        p.t(16, 193.5, "Nom de la banque :", "DejaVu", 7)
        p.t(90, 193.5, "BIC :", "DejaVu", 7)
        p.t(130, 193.5, "IBAN :", "DejaVu", 7)
        p.t(130, 197, "FR76 ***************************", "DejaVu", 7)
        p.t(14, 225, "Service Clients", "DejaVu-B", 8.5)
        p.para(
            14,
            229,
            184,
            "Pour vous informer sur nos tarifs ou pour toute question concernant votre "
            "facture, contactez le Service Clients. Téléphone : 32 44. Courrier : Free Service Abonné "
            '75371 Paris Cedex 08. Internet : sur votre Espace Abonné, rubrique "Mon abonnement".',
            "DejaVu",
            7.5,
            3.2,
        )
        p.t(
            198,
            283,
            "Au verso, vous trouverez le détail de votre facture Free",
            "DejaVu",
            7,
            align="r",
        )
        _legal(
            p,
            "Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS Paris - Siège social: 8 rue de "
            "la Ville l'Évêque 75008 Paris - N° de TVA intra communautaire: FR 604 219 388 61",
            "DejaVu",
            5.2,
            289,
        )

    def p2(p: Pg):
        p.t(14, 16, f"Facture n°{b.number} du {fr_long(b.issue).replace('1er', '01')}", "DejaVu", 8)
        p.t(198, 16, "Page 2 / 2", "DejaVu", 8, align="r")
        p.t(14, 28, "Détail de votre consommation", "DejaVu-B", 11)
        p.t(198, 28, f"{b.amount:.2f} € TTC", "DejaVu-B", 9, align="r")
        p.t(14, 36, "Abonnements, forfaits et options", "DejaVu-B", 9)
        ht, _ = _ht(b.amount)
        label = f"Forfait Freebox Pop du {fr_long(b.start).replace(' ' + str(b.start.year), '')} au {fr_long(b.end)}"
        p.table(
            14,
            40,
            [110, 25, 25, 24],
            [[label, f"{ht:.2f}", "20", f"{b.amount:.2f}"]],
            "DejaVu",
            8,
            4.5,
            head=["", "EUR HT", "% TVA", "EUR TTC"],
            head_font="DejaVu-B",
            head_fill=None,
            grid=False,
            aligns=["l", "r", "r", "r"],
        )
        p.t(14, 60, "Total facture", "DejaVu-B", 9)
        p.t(197, 60, f"{b.amount:.2f}", "DejaVu-B", 9, align="r")

    return [Page(p1), Page(p2)] if b.page2 else [Page(p1)]


# ------------------------------------------------------------------ SFR (mobile)


def _sfr(b: Bill):
    rng = rng_for("sfr", b.number)
    msisdn = b.extra.get(
        "msisdn",
        f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    )

    def p1(p: Pg):
        logos.sfr(p, 14, 10, 1.0)
        p.t(36, 17, "Votre facture SFR", "Arial-B", 15, (226, 0, 26))
        p.t(36, 23, f"{_month_name(b.issue).capitalize()}", "Arial", 10)
        p.rect(130, 10, 68, 24, lw=0.5, stroke=(226, 0, 26))
        p.t(134, 16, f"N° de facture : {b.number}", "Arial", 8)
        p.t(134, 21, f"Date de facture : {fr(b.issue)}", "Arial", 8)
        p.t(134, 26, f"N° de compte client : {b.ref}", "Arial", 8)
        p.t(134, 31, f"Ligne : {msisdn}", "Arial", 8)
        _window(p, [b.holder.upper(), *[x.upper() for x in b.address.lines()]], y=52, sz=9.5)
        p.rect(14, 82, 184, 22, lw=0, stroke=None, fill=(245, 245, 245))
        p.t(20, 91, "Montant de votre facture", "Arial-B", 11)
        p.t(20, 98, f"Prélevé le {fr(b.issue + dt.timedelta(days=10))}", "Arial", 8.5, (90, 90, 90))
        p.t(192, 96, f"{money(b.amount)} €", "Arial-B", 18, (226, 0, 26), align="r")
        p.t(14, 116, "Récapitulatif", "Arial-B", 11)
        ht, tva = _ht(b.amount)
        rows = [
            [
                f"Forfait SFR 130 Go 5G — du {fr(b.start)} au {fr(b.end)}",
                money(round(ht - 0.83, 2)),
            ],
            ["Option Multi-SIM", "0,83"],
            ["Communications hors forfait", "0,00"],
            ["Total HT", money(ht)],
            ["TVA 20 %", money(tva)],
            ["Total TTC", money(b.amount)],
        ]
        p.table(
            14, 120, [150, 34], rows, "Arial", 9, 6.5, aligns=["l", "r"], gridcol=(210, 210, 210)
        )
        p.t(14, 170, f"Titulaire de la ligne : {b.holder}", "Arial", 9)
        p.t(14, 176, f"Adresse de facturation : {b.address.one()}", "Arial", 9)
        p.para(
            14,
            190,
            182,
            "Retrouvez le détail de vos consommations dans votre Espace Client sur "
            "sfr.fr ou l'application SFR & Moi. Service client : 1023 (service gratuit + prix appel).",
            "Arial",
            8.5,
            4,
        )
        _legal(
            p,
            "SFR — Société anonyme au capital de 3 423 265 598,40 € — Siège social : 16, rue du Général "
            "Alain de Boissieu 75015 Paris — RCS Paris 343 059 564",
        )

    return [Page(p1)]


# ------------------------------------------------------------------ Orange (internet)


def _orange(b: Bill):
    rng = rng_for("orange", b.number)
    fixe = b.extra.get(
        "fixe",
        f"01 {rng.randint(40, 49)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    )

    def p1(p: Pg):
        logos.orange(p, 14, 10, 1.0)
        p.t(198, 16, "facture", "Arial-B", 18, (0, 0, 0), align="r")
        p.t(198, 22, f"du {fr_long(b.issue)}", "Arial", 9.5, align="r")
        p.t(198, 27, f"n° {b.number}", "Arial", 8, (90, 90, 90), align="r")
        p.t(14, 36, "vos références", "Arial-B", 9)
        p.t(14, 41, f"n° client : {b.ref}", "Arial", 8.5)
        p.t(14, 45.5, f"n° de ligne fixe : {fixe}", "Arial", 8.5)
        p.t(14, 50, "offre : Livebox Fibre", "Arial", 8.5)
        p.t(14, 54.5, f"titulaire : {b.holder}", "Arial", 8.5)
        _window(p, [b.holder, *b.address.lines()], y=50)
        p.rect(14, 80, 184, 18, lw=0, stroke=None, fill=(0, 0, 0))
        p.t(20, 91, "montant total à payer", "Arial-B", 11, (255, 255, 255))
        p.t(192, 91.5, f"{money(b.amount)} €", "Arial-B", 15, (255, 121, 0), align="r")
        p.t(14, 108, "votre facture en détail", "Arial-B", 11)
        ht, tva = _ht(b.amount)
        rows = [
            [
                "abonnements et forfaits",
                f"du {fr(b.start)} au {fr(b.end)}",
                money(round(ht - 2.5, 2)),
            ],
            ["location Décodeur TV", f"du {fr(b.start)} au {fr(b.end)}", "2,50"],
            ["consommations", "", "0,00"],
            ["total hors taxes", "", money(ht)],
            ["TVA à 20 %", "", money(tva)],
        ]
        p.table(
            14,
            112,
            [70, 80, 34],
            rows,
            "Arial",
            9,
            6.5,
            aligns=["l", "l", "r"],
            grid=False,
            zebra=(245, 240, 235),
        )
        p.t(
            14,
            160,
            f"Ce montant sera prélevé le {fr(b.issue + dt.timedelta(days=15))}.",
            "Arial",
            9,
        )
        p.t(
            14,
            170,
            "une question ? orange.fr > espace client, ou le 3900 (service gratuit + prix appel)",
            "Arial",
            8.5,
        )
        _legal(
            p,
            "Orange — SA au capital de 10 640 226 396 € — 111, quai du Président Roosevelt 92130 "
            "Issy-les-Moulineaux — 380 129 866 RCS Nanterre",
        )

    return [Page(p1)]


# ------------------------------------------------------------------ Bouygues (month only)


def _bouygues(b: Bill):
    def p1(p: Pg):
        logos.bouygues(p, 14, 10, 1.0)
        p.rect(110, 10, 88, 28, lw=0, stroke=None, fill=(0, 60, 130), r=3)
        p.t(116, 19, "Facture", "OpenSans-B", 14, (255, 255, 255))
        mon = _month_name(b.start)
        p.t(116, 26, f"du mois de {mon}", "OpenSans", 10, (255, 255, 255))
        p.t(116, 32, f"N° {b.number} — émise le {fr(b.issue)}", "OpenSans", 7.5, (220, 230, 255))
        p.t(14, 36, f"Compte client n° {b.ref}", "OpenSans", 8.5)
        p.t(14, 41, "Offre : Bbox fit (fibre)", "OpenSans", 8.5)
        _window(p, [b.holder, *b.address.lines()], y=54, f="OpenSans", sz=9.5)
        p.t(14, 56, "Titulaire du contrat", "OpenSans-B", 8.5)
        p.t(14, 61, b.holder, "OpenSans", 8.5)
        p.rect(14, 84, 184, 16, lw=0.6, stroke=(0, 153, 204), r=2)
        p.t(20, 94, "Total à payer", "OpenSans-B", 11, (0, 60, 130))
        p.t(192, 94.5, f"{money(b.amount)} € TTC", "OpenSans-B", 14, (0, 60, 130), align="r")
        ht, tva = _ht(b.amount)
        rows = [
            [f"Abonnement Bbox fit — {mon}", money(round(ht - 3.33, 2))],
            ["Option Bbox TV", "3,33"],
            ["Total HT", money(ht)],
            ["TVA (20 %)", money(tva)],
            ["Total TTC", money(b.amount)],
        ]
        p.table(
            14, 110, [150, 34], rows, "OpenSans", 9, 6.5, aligns=["l", "r"], gridcol=(210, 220, 235)
        )
        p.t(14, 155, f"Prélèvement SEPA le {fr(b.issue + dt.timedelta(days=12))}.", "OpenSans", 9)
        p.t(
            14,
            162,
            "Espace client : bouyguestelecom.fr — Service client : 1064 (gratuit)",
            "OpenSans",
            8.5,
        )
        _legal(
            p,
            "Bouygues Telecom — SA au capital de 712 588 399,56 € — 397 480 930 RCS Paris — 37-39 rue "
            "Boissière 75116 Paris",
            "OpenSans",
        )

    return [Page(p1)]


# ------------------------------------------------------------------ water


def _eaudeparis(b: Bill):
    rng = rng_for("eau", b.number)

    def p1(p: Pg):
        logos.eaudeparis(p, 14, 10, 1.0)
        p.t(198, 15, "FACTURE D'EAU", "Caladea-B", 14, (0, 90, 160), align="r")
        p.t(198, 21, f"N° {b.number}", "Caladea", 9, align="r")
        p.t(198, 26, f"Date : {fr(b.issue)}", "Caladea", 9, align="r")
        p.t(14, 34, "Eau de Paris — 19 rue Neuve Tolbiac — 75013 Paris", "Caladea", 8, (80, 80, 80))
        _window(p, [b.holder, *b.address.lines()], y=50, f="Caladea", sz=10.5)
        p.t(14, 52, f"Abonné : {b.holder}", "Caladea", 9)
        p.t(14, 57, f"N° d'abonné : {b.ref}", "Caladea", 9)
        p.t(
            14, 62, f"Compteur n° {rng.randint(10, 99)}A{rng.randint(100000, 999999)}", "Caladea", 9
        )
        p.t(14, 67, "Point de desserte :", "Caladea", 9)
        p.t(14, 72, b.address.line1, "Caladea", 9)
        p.t(14, 86, f"Période facturée : du {fr(b.start)} au {fr(b.end)}", "Caladea-B", 10.5)
        m3 = rng.randint(8, 22)
        ht, tva = _ht(b.amount, 0.055)
        rows = [
            ["Abonnement eau potable", "", money(round(ht * 0.15, 2))],
            ["Consommation eau potable", f"{m3} m³", money(round(ht * 0.4, 2))],
            ["Collecte et traitement des eaux usées", f"{m3} m³", money(round(ht * 0.35, 2))],
            ["Redevances Agence de l'eau", f"{m3} m³", money(round(ht * 0.1, 2))],
            ["TVA 5,5 %", "", money(tva)],
            ["Total TTC", "", money(b.amount)],
        ]
        p.table(
            14,
            92,
            [110, 34, 40],
            rows,
            "Caladea",
            9.5,
            6.5,
            head=["Prestations", "Volume", "Montant (€)"],
            head_fill=(220, 236, 248),
            head_font="Caladea-B",
            aligns=["l", "r", "r"],
            gridcol=(170, 190, 210),
        )
        p.rect(120, 150, 78, 16, lw=0, stroke=None, fill=(0, 140, 210))
        p.t(124, 160, "À payer", "Caladea-B", 11, (255, 255, 255))
        p.t(194, 160, f"{money(b.amount)} €", "Caladea-B", 14, (255, 255, 255), align="r")
        p.t(
            14,
            160,
            f"Date limite de paiement : {fr(b.issue + dt.timedelta(days=30))}",
            "Caladea",
            9,
        )
        _legal(
            p,
            "Eau de Paris — Établissement public local à caractère industriel et commercial — "
            "SIRET 508 683 380 00014 — Service clients : 0 974 506 507",
            "Caladea",
        )

    return [Page(p1)]


def _veolia(b: Bill):
    rng = rng_for("veolia", b.number)

    def p1(p: Pg):
        logos.veolia(p, 14, 10, 1.0)
        p.t(198, 14, "Votre facture d'eau", "Roboto-B", 13, align="r")
        p.t(198, 20, f"émise le {fr(b.issue)}", "Roboto", 9, align="r")
        p.t(198, 25, f"Facture n° {b.number}", "Roboto", 8.5, align="r")
        _window(p, [b.holder, *b.address.lines()], y=50, f="Roboto")
        p.t(14, 40, "Référence contrat", "Roboto-B", 8.5)
        p.t(14, 44.5, b.ref, "Roboto", 8.5)
        p.t(14, 51, "Titulaire", "Roboto-B", 8.5)
        p.t(14, 55.5, b.holder, "Roboto", 8.5)
        p.t(14, 62, "Adresse desservie", "Roboto-B", 8.5)
        p.t(14, 66.5, b.address.one(), "Roboto", 8.5)
        p.rect(14, 80, 184, 14, lw=0, stroke=None, fill=(229, 0, 18))
        p.t(
            18,
            89,
            f"Montant TTC : {money(b.amount)} €  —  période du {fr(b.start)} au {fr(b.end)}",
            "Roboto-B",
            10,
            (255, 255, 255),
        )
        m3 = rng.randint(10, 30)
        ht, tva = _ht(b.amount, 0.055)
        rows = [
            ["Distribution de l'eau — abonnement", money(round(ht * 0.2, 2))],
            [f"Distribution de l'eau — consommation {m3} m³", money(round(ht * 0.4, 2))],
            ["Collecte et dépollution des eaux usées", money(round(ht * 0.3, 2))],
            ["Organismes publics", money(round(ht * 0.1, 2))],
            ["TVA", money(tva)],
        ]
        p.table(
            14, 102, [150, 34], rows, "Roboto", 9, 6.5, aligns=["l", "r"], gridcol=(220, 220, 220)
        )
        p.t(
            14,
            150,
            "Service clients : 09 69 32 35 29 — espace client sur eau.veolia.fr",
            "Roboto",
            8.5,
        )
        _legal(
            p,
            "Veolia Eau — Compagnie Générale des Eaux — SCA au capital de 2 207 287 340 € — "
            "572 025 526 RCS Paris — 21 rue La Boétie 75008 Paris",
            "Roboto",
        )

    return [Page(p1)]


RENDER = {
    "edf": _edf,
    "engie": _engie,
    "engie_att": _engie_att,
    "edf_att": _edf_att,
    "total": _total,
    "free": _free,
    "sfr": _sfr,
    "orange": _orange,
    "bouygues": _bouygues,
    "eaudeparis": _eaudeparis,
    "veolia": _veolia,
}


def bill_doc(b: Bill) -> Doc:
    pages = RENDER[b.provider](b)
    notes = ""
    f = b.truth()
    if b.provider.endswith("_att"):
        f["period_start"] = None
        f["period_end"] = None
        notes = "an energy supplier's attestation de titulaire de contrat (no billing period)"
    return Doc("utility_bill", f, pages, notes)
