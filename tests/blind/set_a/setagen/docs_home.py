"""Proof of residence: energy / telecom / water bills, contract attestations,
leases (loi 89-462), rent receipts, attestations d'hébergement."""

import math

from . import fmt as F
from . import ink
from .looks import Page

K = (25, 25, 30)
G = (95, 95, 100)


def _addr_block(s, x, y, lines, font="sans", size=10, lead=4.6, color=K):
    for i, ln in enumerate(lines):
        s.text(x, y + i * lead, ln, font, size, color)


def _table(
    s,
    x,
    y,
    widths,
    rows,
    font="sans",
    size=8.5,
    head_font="sans-b",
    head_fill=None,
    head_color=K,
    lead=5.2,
    rule=(200, 200, 205),
    aligns=None,
    bold_last=False,
):
    aligns = aligns or ["l"] + ["r"] * (len(widths) - 1)
    for ri, row in enumerate(rows):
        cx = x
        f = head_font if ri == 0 else font
        if ri == len(rows) - 1 and bold_last:
            f = head_font
        if ri == 0 and head_fill:
            s.fill_rect(x, y - lead * 0.75, sum(widths), lead, head_fill)
        for ci, cell in enumerate(row):
            a = aligns[ci]
            col = head_color if ri == 0 else K
            if a == "r":
                s.text(cx + widths[ci] - 1.5, y, cell, f, size, col, "r")
            elif a == "c":
                s.text(cx + widths[ci] / 2, y, cell, f, size, col, "c")
            else:
                s.text(cx + 1.5, y, cell, f, size, col)
            cx += widths[ci]
        if rule and ri < len(rows) - 1:
            s.line(x, y + lead * 0.3, x + sum(widths), y + lead * 0.3, rule, 0.15)
        y += lead
    return y


def _fields(b, provider, service):
    return dict(
        provider=provider,
        service=service,
        holder_name=b["holder"],
        address=", ".join(b["address"]),
        issue_date=b["issue"],
        period_start=b.get("start"),
        period_end=b.get("end"),
        amount=b["amount"],
    )


# ---------------------------------------------------------------------- EDF


def edf_logo(s, x, y, h=10):
    cx, cy = x + h * 0.5, y + h * 0.5
    for i in range(12):
        a = math.radians(i * 30)
        s.line(
            cx + math.cos(a) * h * 0.22,
            cy + math.sin(a) * h * 0.22,
            cx + math.cos(a) * h * 0.48,
            cy + math.sin(a) * h * 0.48,
            (254, 88, 21),
            h * 0.06,
        )
    s.ellipse(cx, cy, h * 0.18, h * 0.18, None, (254, 88, 21))
    s.text(x + h * 1.1, y + h * 0.8, "edf", "sans-b", h * 2.4, (16, 54, 125))


def edf_bill(b, pages=1):
    """EDF monthly electricity bill (Tarif Bleu, Linky). b: holder, address, issue, start, end,
    number, client_ref, pdl, amount, kwh, idx_old, direct_debit."""
    blue = (16, 54, 125)
    orange = (254, 88, 21)
    fields = _fields(b, "EDF", "electricity")
    kwh = b["kwh"]
    ht_cons = round(kwh * 0.1952, 2)
    abo = 13.01
    accise = round(kwh * 0.02998, 2)
    cta = 2.31
    tva = round((abo + cta) * 0.20 + (ht_cons + accise) * 0.20, 2)
    total = round(abo + ht_cons + accise + cta + tva, 2)
    fields["amount"] = total

    def p1(s):
        edf_logo(s, 14, 12, 11)
        s.text(196, 16, "Facture", "sans-b", 18, blue, "r")
        s.text(196, 22.5, "du %s" % F.fr(b["issue"]), "sans", 11, blue, "r")
        s.text(196, 28, "N° de facture : %s" % b["number"], "sans", 8.5, K, "r")
        s.text(14, 34, "Référence client : %s" % b["client_ref"], "sans-b", 9, K)
        s.text(14, 39, "Nom et adresse du site de consommation :", "sans", 8, G)
        _addr_block(s, 14, 43.5, [b["holder"]] + b["address"], "sans", 8.5, 4)
        _addr_block(s, 112, 50, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.rect(14, 68, 88, 30, None, (236, 242, 250), r=2)
        s.text(18, 76, "Montant TTC", "sans", 10, blue)
        s.text(98, 78, F.eur(total), "sans-b", 20, blue, "r")
        s.text(18, 87, "prélevé à partir du %s" % F.fr(b["debit"]), "sans", 8.5, K)
        s.text(
            18,
            93,
            "sur votre compte bancaire (mandat SEPA n° %s)" % b["client_ref"][-6:],
            "sans",
            7.5,
            G,
        )
        s.text(14, 110, "Votre facture d'électricité", "sans-b", 13, blue)
        s.text(14, 117, "Offre Tarif Bleu — Option Base — Puissance souscrite 6 kVA", "sans", 9)
        s.text(
            14,
            122.5,
            "Consommation du %s au %s (relevés Linky)" % (F.fr(b["start"]), F.fr(b["end"])),
            "sans",
            9,
        )
        s.text(14, 128, "Point de livraison (PDL) : %s" % b["pdl"], "sans", 8.5, G)
        rows = [
            ["", "Quantité", "Prix unitaire HT", "Montant HT", "TVA"],
            [
                "Abonnement du %s au %s" % (F.fr(b["start"]), F.fr(b["end"])),
                "1 mois",
                "13,01 €",
                F.eur(abo),
                "20 %",
            ],
            ["Consommation Base", "%d kWh" % kwh, "0,1952 €", F.eur(ht_cons), "20 %"],
            ["Accise sur l'électricité", "%d kWh" % kwh, "0,02998 €", F.eur(accise), "20 %"],
            ["Contribution tarifaire d'acheminement (CTA)", "", "", F.eur(cta), "20 %"],
            ["TVA", "", "", F.eur(tva), ""],
            ["Total TTC", "", "", F.eur(total), ""],
        ]
        _table(
            s,
            14,
            140,
            [82, 22, 30, 28, 20],
            rows,
            size=8.5,
            head_fill=(236, 242, 250),
            head_color=blue,
            bold_last=True,
        )
        s.text(14, 190, "Relevé de votre compteur n° %s" % b["meter"], "sans-b", 9, blue)
        _table(
            s,
            14,
            197,
            [60, 40, 40, 42],
            [
                ["", "Ancien index", "Nouvel index", "Consommation"],
                [
                    "Base (kWh)",
                    "%06d réel" % b["idx_old"],
                    "%06d réel" % (b["idx_old"] + kwh),
                    "%d kWh" % kwh,
                ],
            ],
            size=8.5,
            head_fill=(245, 245, 247),
        )
        s.rect(14, 214, 182, 26, (220, 225, 235), None, 0.3, r=2)
        s.text(18, 221, "Vos contacts", "sans-b", 9, blue)
        s.text(
            18,
            227,
            "Service clients : 09 39 98 10 15 (service gratuit + prix d'un appel)",
            "sans",
            8,
        )
        s.text(18, 232, "Dépannage électricité (Enedis) : 09 39 98 20 44", "sans", 8)
        s.text(18, 237, "Espace client : edf.fr — appli EDF & MOI", "sans", 8)
        s.text(
            14, 250, "Prochaine facture vers le %s" % F.fr(F.add_months(b["issue"], 1)), "sans", 8.5
        )
        s.para(
            14,
            276,
            182,
            "EDF SA au capital de 2 084 365 041 € — %s R.C.S. Paris — Siège "
            "social : 22-30 avenue de Wagram, 75382 Paris cedex 08 — TVA intracommunautaire "
            "%s" % (b.get("rcs", "552 138 703"), b.get("tva", "FR83552138703")),
            "sans",
            6.5,
            G,
            leading=3,
        )
        s.text(196, 290, "page 1/%d" % pages, "sans", 7, G, "r")

    def p2(s):
        edf_logo(s, 14, 10, 7)
        s.text(
            196,
            15,
            "Facture du %s — Réf. client %s — page 2/2" % (F.fr(b["issue"]), b["client_ref"]),
            "sans",
            8,
            G,
            "r",
        )
        s.text(14, 34, "Votre consommation sur les 12 derniers mois", "sans-b", 12, blue)
        base_y = 110
        r = ink.rng("edfbars", b["number"])
        for i in range(12):
            v = 120 + 150 * (0.5 + 0.5 * math.cos((i + 2) / 12 * 2 * math.pi)) + r.uniform(-20, 20)
            hgt = v / 300 * 55
            s.fill_rect(20 + i * 14, base_y - hgt, 9, hgt, orange if i == 11 else (150, 170, 210))
            s.text(
                24.5 + i * 14,
                base_y + 5,
                F.AB_FR[(F.D(b["end"]).month + i) % 12].title(),
                "sans",
                6.5,
                G,
                "c",
            )
        s.line(16, base_y, 190, base_y, G, 0.3)
        s.text(14, 130, "Informations utiles", "sans-b", 12, blue)
        y = 138
        for t in [
            "Les prix de l'électricité au Tarif Bleu sont fixés par les pouvoirs publics sur "
            "proposition de la Commission de régulation de l'énergie (CRE).",
            "En cas de difficulté de paiement, contactez-nous : des solutions existent "
            "(échéancier, chèque énergie).",
            "En cas de litige, vous pouvez saisir gratuitement le médiateur national de "
            "l'énergie : www.energie-mediateur.fr.",
            "Vos données de consommation sont disponibles dans votre Espace client. Vous "
            "pouvez à tout moment modifier votre date de prélèvement.",
        ]:
            y = s.para(14, y, 182, t, "sans", 9, leading=4.4) + 3
        s.text(14, 200, "Paiement par TIP ou chèque", "sans-b", 10, blue)
        s.dashed(14, 206, 196, 206, G, 0.2)
        s.text(14, 214, "TIP SEPA — à joindre à votre règlement", "sans", 8, G)
        s.text(14, 222, "Montant : %s     Référence : %s" % (F.eur(total), b["number"]), "mono", 9)
        s.text(196, 290, "page 2/2", "sans", 7, G, "r")

    out = [Page(p1)]
    if pages == 2:
        out.append(Page(p2))
    return out, fields


# ---------------------------------------------------------------------- ENGIE


def engie_logo(s, x, y, h=10):
    s.text(x, y + h * 0.8, "ENGIE", "sans-b", h * 2.6, (0, 170, 255))
    w = s.textw("ENGIE", "sans-b", h * 2.6)
    pts = [
        (x + w * t, y + h * 0.05 - 3 * math.sin(t * math.pi) * h * 0.12)
        for t in [i / 20 for i in range(21)]
    ]
    s.polyline(pts, (0, 130, 220), h * 0.07)


def engie_bill(b):
    """Engie monthly gas + electricity bill ('energy')."""
    blue = (0, 90, 170)
    fields = _fields(b, "ENGIE", "energy")

    def p1(s):
        engie_logo(s, 14, 10, 9)
        s.text(196, 15, "Votre facture", "sans-b", 16, blue, "r")
        s.text(196, 21, "du %s" % F.fr_long(b["issue"]), "sans", 10, blue, "r")
        s.text(196, 26, "N° %s" % b["number"], "sans", 8.5, K, "r")
        _addr_block(s, 112, 48, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.text(14, 40, "Vos informations client", "sans-b", 9, blue)
        s.text(14, 45, "Référence client : %s" % b["client_ref"], "sans", 8.5)
        s.text(14, 49.5, "Compte de facturation : %s" % b["account"], "sans", 8.5)
        s.text(14, 54, "Lieu de consommation :", "sans", 8.5)
        _addr_block(s, 14, 58.5, b["address"], "sans", 8.5, 4.2)
        s.rect(14, 75, 182, 24, None, (230, 244, 252), r=3)
        s.text(20, 84, "MONTANT TTC", "sans-b", 10, blue)
        s.text(20, 91, "prélevé le %s" % F.fr_long(b["debit"]), "sans", 9)
        s.text(190, 90, F.eur(b["amount"]), "sans-b", 22, blue, "r")
        s.text(
            14,
            110,
            "Période de consommation du %s au %s" % (F.fr(b["start"]), F.fr(b["end"])),
            "sans-b",
            10.5,
            K,
        )
        gas = round(b["amount"] * 0.46, 2)
        el = round(b["amount"] - gas, 2)
        rows = [
            ["", "", "Montant TTC"],
            ["Électricité — offre Elec Référence 3 ans", "PDL %s" % b["pdl"], F.eur(el)],
            ["Gaz naturel — offre Gaz Tranquillité", "PCE %s" % b["pce"], F.eur(gas)],
            ["Total de la facture", "", F.eur(b["amount"])],
        ]
        _table(
            s,
            14,
            120,
            [90, 52, 40],
            rows,
            size=9,
            head_fill=None,
            bold_last=True,
            aligns=["l", "l", "r"],
        )
        s.text(14, 150, "Détail gaz naturel", "sans-b", 9.5, blue)
        _table(
            s,
            14,
            157,
            [70, 28, 28, 28, 28],
            [
                ["", "Index début", "Index fin", "m³", "kWh"],
                [
                    "Relevé compteur %s" % b["gas_meter"],
                    "%05d" % b["gidx"],
                    "%05d" % (b["gidx"] + b["m3"]),
                    str(b["m3"]),
                    str(int(b["m3"] * 11.2)),
                ],
            ],
            size=8.5,
        )
        s.text(14, 172, "Coefficient de conversion : 11,20 kWh/m³ (zone 1)", "sans", 7.5, G)
        s.rect(14, 230, 182, 22, (200, 215, 230), None, 0.3, r=2)
        s.text(
            18, 237, "Service Clients ENGIE : 09 39 98 36 05 — du lundi au samedi 8h-21h", "sans", 8
        )
        s.text(18, 242, "Urgence sécurité gaz (GRDF) : 0 800 47 33 33", "sans", 8)
        s.text(18, 247, "particuliers.engie.fr — appli ENGIE Particuliers", "sans", 8)
        s.para(
            14,
            276,
            182,
            "ENGIE — SA au capital de 2 435 285 011 € — Siège social : 1, place "
            "Samuel de Champlain, 92400 Courbevoie — %s RCS Nanterre" % b.get("rcs", "542 913 660"),
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], fields


def engie_attestation(b):
    """'Attestation de titulaire de contrat' downloaded from the customer area."""
    blue = (0, 90, 170)
    fields = _fields(b, "ENGIE", "energy")
    fields.update(period_start=None, period_end=None, amount=None)

    def p1(s):
        engie_logo(s, 18, 14, 9)
        s.text(192, 20, "Courbevoie, le %s" % F.fr_long(b["issue"]), "sans", 10, K, "r")
        _addr_block(s, 112, 44, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.text(18, 80, "Référence client : %s" % b["client_ref"], "sans", 9.5)
        s.text(18, 96, "ATTESTATION DE TITULAIRE DE CONTRAT", "sans-b", 14, blue)
        txt = (
            "ENGIE atteste que %s est titulaire, depuis le %s, d'un contrat de fourniture "
            "d'électricité et de gaz naturel pour le logement situé :"
            % (b["holder"], F.fr(b["since"]))
        )
        y = s.para(18, 110, 174, txt, "sans", 10.5, leading=5.6)
        _addr_block(s, 30, y + 4, b["address"], "sans-b", 10.5, 5.6)
        y += 20
        _table(
            s,
            18,
            y + 4,
            [60, 60, 54],
            [
                ["Énergie", "Point de livraison", "Date d'effet"],
                ["Électricité", "PDL %s" % b["pdl"], F.fr(b["since"])],
                ["Gaz naturel", "PCE %s" % b["pce"], F.fr(b["since"])],
            ],
            size=9.5,
            head_fill=(230, 244, 252),
            head_color=blue,
            aligns=["l", "l", "l"],
        )
        s.para(
            18,
            y + 36,
            174,
            "Cette attestation est délivrée à la demande de l'intéressé(e) "
            "pour servir et valoir ce que de droit. Elle ne préjuge pas du règlement des "
            "factures.",
            "sans",
            10.5,
            leading=5.6,
        )
        s.text(120, y + 62, "Le Service Clients ENGIE", "sans-b", 10)
        s.para(
            18,
            276,
            174,
            "ENGIE — SA au capital de 2 435 285 011 € — Siège social : 1, place "
            "Samuel de Champlain, 92400 Courbevoie — 542 913 660 RCS Nanterre",
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], fields


# ---------------------------------------------------------------------- TotalEnergies


def total_bill(b):
    red = (237, 0, 0)
    fields = _fields(b, "TotalEnergies", "electricity")

    def p1(s):
        for i, c in enumerate([(237, 0, 0), (255, 140, 0), (0, 120, 200), (0, 170, 80)]):
            s.ellipse(20 + i * 2.2, 18 + (i % 2) * 2, 4.5, 4.5, None, c)
        s.text(31, 22, "TotalEnergies", "sans-b", 15, (60, 60, 70))
        s.text(196, 18, "FACTURE", "sans-b", 14, red, "r")
        s.text(196, 24, "Date d'émission : %s" % F.fr(b["issue"]), "sans", 9, K, "r")
        s.text(196, 29, "Facture n° %s" % b["number"], "sans", 9, K, "r")
        _addr_block(s, 112, 48, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.text(14, 44, "Titulaire du contrat", "sans-b", 8.5, G)
        s.text(14, 49, b["holder"], "sans", 9)
        s.text(14, 55, "N° client : %s" % b["client_ref"], "sans", 9)
        s.fill_rect(14, 78, 182, 18, (250, 235, 230))
        s.text(18, 89, "Total à payer", "sans-b", 11, K)
        s.text(190, 90, F.eur(b["amount"]), "sans-b", 18, red, "r")
        s.text(
            14,
            106,
            "Offre Verte Fixe — Électricité — du %s au %s" % (F.fr(b["start"]), F.fr(b["end"])),
            "sans-b",
            10,
        )
        rows = [
            ["Désignation", "Montant HT", "TVA", "Montant TTC"],
            ["Abonnement", F.eur(b["amount"] * 0.18), "20 %", F.eur(b["amount"] * 0.216)],
            [
                "Consommation (%d kWh)" % b["kwh"],
                F.eur(b["amount"] * 0.52),
                "20 %",
                F.eur(b["amount"] * 0.624),
            ],
            [
                "Taxes et contributions",
                F.eur(b["amount"] * 0.133),
                "20 %",
                F.eur(b["amount"] * 0.16),
            ],
            ["Total", "", "", F.eur(b["amount"])],
        ]
        _table(
            s, 14, 118, [80, 35, 25, 42], rows, size=9, head_fill=(245, 245, 245), bold_last=True
        )
        s.para(
            14,
            276,
            182,
            "TotalEnergies Électricité et Gaz France — SA au capital de "
            "8 500 000 € — 2 bis rue Louis Armand, 75015 Paris — RCS Paris 443 701 966",
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], fields


# ---------------------------------------------------------------------- Free


def free_logo(s, x, y, h=10):
    s.text(x, y + h * 0.85, "free", "sans-bi", h * 3.0, (205, 30, 37))


def free_bill(b, mobile=False):
    red = (205, 30, 37)
    fields = _fields(b, "Free Mobile" if mobile else "Free", "mobile" if mobile else "internet")

    def p1(s):
        free_logo(s, 14, 8, 10)
        if mobile:
            s.text(48, 19, "mobile", "sans-b", 12, (80, 80, 80))
        s.text(196, 14, "Facture n° %s" % b["number"], "sans-b", 10, K, "r")
        s.text(196, 19.5, "du %s" % F.fr(b["issue"]), "sans", 9.5, K, "r")
        s.text(14, 36, "Identifiant : %s" % b["login"], "sans", 9)
        s.text(14, 41, ("Numéro de ligne : %s" % b["line"]), "sans", 9)
        _addr_block(s, 112, 46, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.line(14, 72, 196, 72, red, 0.6)
        s.text(14, 82, "Récapitulatif de votre facture", "sans-b", 12, red)
        offer = b.get("offer", "Forfait Free 5G" if mobile else "Abonnement Freebox Pop")
        rows = [
            ["Désignation", "Période", "Montant HT", "Montant TTC"],
            [
                offer,
                "du %s au %s" % (F.fr(b["start"]), F.fr(b["end"])),
                F.eur(b["amount"] / 1.2),
                F.eur(b["amount"]),
            ],
            ["Communications hors forfait", "", "0,00 €", "0,00 €"],
            ["Total", "", F.eur(b["amount"] / 1.2), F.eur(b["amount"])],
        ]
        _table(
            s,
            14,
            92,
            [62, 58, 30, 32],
            rows,
            size=9,
            head_fill=(245, 240, 240),
            head_color=red,
            bold_last=True,
            aligns=["l", "l", "r", "r"],
        )
        s.text(
            14, 128, "Dont TVA 20 %% : %s" % F.eur(b["amount"] - b["amount"] / 1.2), "sans", 8.5, G
        )
        s.text(
            14,
            140,
            "Le montant de %s sera prélevé sur votre compte à partir du %s."
            % (F.eur(b["amount"]), F.fr(F.add_days(b["issue"], 5))),
            "sans",
            9,
        )
        if not mobile:
            s.text(14, 152, "Adresse d'installation : %s" % ", ".join(b["address"]), "sans", 8.5, G)
        s.para(
            14,
            277,
            182,
            (
                "Free Mobile — SAS au capital de 365 138 779 € — RCS Paris "
                "499 318 202 — 16 rue de la Ville l'Évêque, 75008 Paris"
            )
            if mobile
            else (
                "Free — SAS au capital de 3 441 812 € — RCS Paris 423 770 155 — 8 rue de "
                "la Ville l'Évêque, 75008 Paris"
            ),
            "sans",
            6.5,
            G,
            leading=3,
        )
        s.text(196, 290, "1/1", "sans", 7, G, "r")

    return [Page(p1)], fields


# ---------------------------------------------------------------------- SFR


def sfr_logo(s, x, y, h=12):
    s.fill_rect(x, y, h, h, (226, 0, 26))
    s.text(x + h / 2, y + h * 0.66, "SFR", "sans-b", h * 1.25, (255, 255, 255), "c")


def sfr_bill(b, mobile=False):
    red = (226, 0, 26)
    fields = _fields(b, "SFR", "mobile" if mobile else "internet")

    def p1(s):
        sfr_logo(s, 14, 10, 13)
        s.text(34, 19, "Votre facture", "sans-b", 15, K)
        s.text(196, 14, "Facture du %s" % F.fr(b["issue"]), "sans-b", 10, K, "r")
        s.text(196, 19.5, "N° de facture : %s" % b["number"], "sans", 8.5, K, "r")
        s.text(196, 24.5, "N° client : %s" % b["client_ref"], "sans", 8.5, K, "r")
        _addr_block(s, 112, 46, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.fill_rect(14, 40, 86, 28, (248, 232, 234))
        s.text(18, 48, "Montant à payer", "sans", 9.5)
        s.text(96, 58, F.eur(b["amount"]), "sans-b", 18, red, "r")
        s.text(18, 64, "prélevé le %s" % F.fr(F.add_days(b["issue"], 10)), "sans", 8)
        s.text(
            14,
            84,
            ("SFR Mobile — Forfait 5G 100 Go" if mobile else "SFR Fibre Power — Box 8")
            + " — ligne %s" % b["line"],
            "sans-b",
            10.5,
        )
        s.text(
            14,
            90,
            "Période de facturation : du %s au %s" % (F.fr(b["start"]), F.fr(b["end"])),
            "sans",
            9,
        )
        rows = [
            ["Détail", "Montant TTC"],
            ["Abonnement %s" % ("mobile" if mobile else "Fibre Power"), F.eur(b["amount"] - 3)],
            ["Option SFR Sécurité", "3,00 €"],
            ["Remise fidélité", "0,00 €"],
            ["Total TTC", F.eur(b["amount"])],
        ]
        _table(s, 14, 102, [140, 42], rows, size=9, head_fill=(240, 240, 242), bold_last=True)
        s.text(
            14, 136, "dont TVA à 20 %% : %s" % F.eur(b["amount"] - b["amount"] / 1.2), "sans", 8, G
        )
        s.rect(14, 230, 182, 18, (230, 230, 232), None, 0.3)
        s.text(
            18,
            237,
            "Service client : 1023 depuis votre ligne SFR — sfr.fr/espace-client",
            "sans",
            8,
        )
        s.text(
            18, 243, "Médiateur des communications électroniques : mediateur-telecom.fr", "sans", 8
        )
        s.para(
            14,
            277,
            182,
            "SFR — Société anonyme au capital de 3 423 265 598,40 € — 344 182 977 "
            "RCS Paris — 16 rue du Général Alain de Boissieu, 75015 Paris",
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], fields


# ---------------------------------------------------------------------- Orange / Bouygues


def orange_bill(b):
    orange = (255, 121, 0)
    fields = _fields(b, "Orange", "internet")

    def p1(s):
        s.fill_rect(14, 10, 16, 16, orange)
        s.text(15.5, 24.5, "orange", "sans-b", 6, (255, 255, 255))
        s.text(36, 18, "Facture", "sans-b", 16, K)
        s.text(36, 24, "Livebox Fibre", "sans", 10, G)
        s.text(196, 14, "du %s" % F.fr(b["issue"]), "sans-b", 10, K, "r")
        s.text(196, 19.5, "n° de facture %s" % b["number"], "sans", 8.5, K, "r")
        s.text(196, 24.5, "compte client %s" % b["client_ref"], "sans", 8.5, K, "r")
        _addr_block(s, 112, 46, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.text(14, 46, "votre ligne %s" % b["line"], "sans", 9)
        s.text(14, 80, "montant total à payer", "sans-b", 10)
        s.text(100, 80, F.eur(b["amount"]), "sans-b", 14, orange, "r")
        rows = [
            ["", "période", "montant TTC"],
            [
                "abonnement Livebox Up Fibre",
                "du %s au %s" % (F.fr(b["start"]), F.fr(b["end"])),
                F.eur(b["amount"] - 5),
            ],
            ["décodeur TV", "", "5,00 €"],
            ["total", "", F.eur(b["amount"])],
        ]
        _table(s, 14, 96, [76, 66, 40], rows, size=9, bold_last=True, aligns=["l", "l", "r"])
        s.para(
            14,
            277,
            182,
            "Orange — SA au capital de 10 640 226 396 € — 78 rue Olivier de "
            "Serres, 75015 Paris — 381 077 437 RCS Paris",
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], fields


def bouygues_bill(b):
    blue = (0, 51, 153)
    fields = _fields(b, "Bouygues Telecom", "internet")

    def p1(s):
        s.text(14, 20, "Bouygues", "sans-b", 16, blue)
        s.text(14, 27, "TELECOM", "sans", 9, (0, 150, 200))
        s.text(196, 16, "Facture n° %s" % b["number"], "sans-b", 10, K, "r")
        s.text(196, 21.5, "Date : %s" % F.fr(b["issue"]), "sans", 9, K, "r")
        _addr_block(s, 112, 46, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.text(14, 46, "Compte client %s" % b["client_ref"], "sans", 9)
        s.text(14, 51, "Bbox fit — %s" % b["line"], "sans", 9)
        s.fill_rect(14, 74, 182, 14, (230, 238, 250))
        s.text(18, 83, "Total à payer le %s" % F.fr(F.add_days(b["issue"], 12)), "sans-b", 10, blue)
        s.text(192, 83, F.eur(b["amount"]), "sans-b", 13, blue, "r")
        rows = [
            ["Votre offre", "Période", "Montant"],
            ["Bbox fit", "%s - %s" % (F.fr(b["start"]), F.fr(b["end"])), F.eur(b["amount"])],
            ["Total TTC", "", F.eur(b["amount"])],
        ]
        _table(s, 14, 100, [70, 72, 40], rows, size=9, bold_last=True, aligns=["l", "l", "r"])
        s.para(
            14,
            277,
            182,
            "Bouygues Telecom — SA au capital de 712 588 399,56 € — 37-39 rue "
            "Boissière, 75116 Paris — 396 205 510 RCS Paris",
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], fields


# ---------------------------------------------------------------------- water


def water_bill(b):
    blue = (0, 110, 180)
    fields = _fields(b, b.get("provider", "Eau de Paris"), "water")

    def p1(s):
        s.ellipse(22, 20, 7, 9, None, (0, 150, 220))
        s.text(32, 20, b.get("provider", "Eau de Paris").upper(), "sans-b", 14, blue)
        s.text(32, 25.5, b.get("tagline", "Régie municipale de l'eau"), "sans", 8, G)
        s.text(196, 16, "FACTURE D'EAU", "sans-b", 12, blue, "r")
        s.text(196, 21.5, "Date de facture : %s" % F.fr(b["issue"]), "sans", 9, K, "r")
        s.text(196, 26.5, "N° facture : %s" % b["number"], "sans", 9, K, "r")
        _addr_block(s, 112, 46, [b["holder"]] + b["address"], "sans", 10.5, 5)
        s.text(14, 42, "Abonné n° %s" % b["client_ref"], "sans-b", 9)
        s.text(14, 47, "Compteur n° %s" % b["meter"], "sans", 9)
        s.text(14, 52, "Adresse desservie :", "sans", 8.5, G)
        _addr_block(s, 14, 56.5, b["address"], "sans", 8.5, 4.2)
        s.text(
            14,
            80,
            "Période de consommation du %s au %s" % (F.fr(b["start"]), F.fr(b["end"])),
            "sans-b",
            10,
        )
        s.text(
            14,
            86,
            "Index relevé : %d m³ — précédent : %d m³ — consommation : %d m³"
            % (b["idx"] + b["m3"], b["idx"], b["m3"]),
            "sans",
            9,
        )
        m3 = b["m3"]
        rows = [
            ["", "Volume", "Prix unitaire", "Montant HT", "TVA"],
            ["DISTRIBUTION DE L'EAU", "", "", "", ""],
            ["Abonnement", "", "", F.eur(12.60), "5,5 %"],
            ["Consommation", "%d m³" % m3, "1,1520 €", F.eur(m3 * 1.152), "5,5 %"],
            ["COLLECTE ET TRAITEMENT DES EAUX USÉES", "", "", "", ""],
            ["Redevance assainissement", "%d m³" % m3, "1,6310 €", F.eur(m3 * 1.631), "10 %"],
            ["ORGANISMES PUBLICS", "", "", "", ""],
            ["Agence de l'eau : prélèvement", "%d m³" % m3, "0,0900 €", F.eur(m3 * 0.09), "5,5 %"],
            [
                "Agence de l'eau : performance des réseaux",
                "%d m³" % m3,
                "0,3800 €",
                F.eur(m3 * 0.38),
                "5,5 %",
            ],
            ["Voies navigables de France", "%d m³" % m3, "0,0110 €", F.eur(m3 * 0.011), "5,5 %"],
            ["TOTAL TTC", "", "", F.eur(b["amount"]), ""],
        ]
        _table(
            s,
            14,
            98,
            [78, 22, 28, 30, 24],
            rows,
            size=8.3,
            head_fill=(232, 244, 252),
            head_color=blue,
            bold_last=True,
        )
        s.text(14, 170, "Prix moyen du litre d'eau : 0,0046 € TTC", "sans", 8, G)
        s.para(
            14,
            277,
            182,
            b.get(
                "footer",
                "Eau de Paris — Établissement public local à "
                "caractère industriel et commercial — 9 rue Victor Schoelcher, "
                "75014 Paris",
            ),
            "sans",
            6.5,
            G,
            leading=3,
        )

    return [Page(p1)], fields


# ---------------------------------------------------------------------- lease


def lease(l):
    """Bail d'habitation (modèle type, décret 2015-587), 4 pages.
    l: landlord, landlord_addr, tenants [names], address [2 lines], furnished, start,
    rent, charges, deposit, surface, rooms, signed_city, signed_on, agency (opt)."""
    meuble = l.get("furnished")
    fields = dict(
        tenant_names=list(l["tenants"]),
        landlord=l["landlord"],
        address=", ".join(l["address"]),
        start_date=l["start"],
    )
    title = (
        "CONTRAT DE LOCATION — LOCAUX MEUBLÉS À USAGE D'HABITATION PRINCIPALE"
        if meuble
        else "CONTRAT DE LOCATION — LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE"
    )
    dur = "un an" if meuble else "trois ans"
    font = l.get("font", "serif")
    bf = font + "-b"

    def head(s, n):
        s.text(105, 12, title, bf, 9, K, "c")
        s.text(196, 290, "Page %d/4 — Paraphes : ______" % n, font, 7.5, G, "r")
        r = ink.rng("paraphe", l["landlord"], n)
        ink.hand(
            s,
            186,
            289.5,
            "".join(w[0] for w in l["landlord"].split()[:2]),
            "h-dkg",
            9,
            ink.BLUE_INK,
            r,
        )

    def sec(s, y, t):
        s.fill_rect(18, y - 4.2, 174, 6, (230, 230, 230))
        s.text(20, y, t, bf, 9.5)
        return y + 7

    def p1(s):
        head(s, 1)
        s.para(
            18,
            24,
            174,
            "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à "
            "améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du "
            "23 décembre 1986)",
            font + "-i",
            8.5,
            align="c",
        )
        s.text(105, 40, "MODÈLE TYPE — Décret n° 2015-587 du 29 mai 2015", font, 8, G, "c")
        y = sec(s, 52, "I. DÉSIGNATION DES PARTIES")
        y = (
            s.para(
                18,
                y,
                174,
                "Le présent contrat est conclu entre les soussignés :",
                font,
                9.5,
                leading=4.8,
            )
            + 2
        )
        txt = "%s, demeurant %s, désigné(e) ci-après « le bailleur »" % (
            l["landlord"],
            l["landlord_addr"],
        )
        if l.get("agency"):
            txt += ", représenté(e) par son mandataire %s" % l["agency"]
        y = s.para(22, y, 168, "– " + txt + " ;", font, 9.5, leading=4.8) + 2
        ten = " et ".join(l["tenants"])
        y = (
            s.para(
                22,
                y,
                168,
                "– %s, désigné(s) ci-après « le(s) locataire(s) »." % ten,
                font,
                9.5,
                leading=4.8,
            )
            + 2
        )
        if len(l["tenants"]) > 1:
            y = (
                s.para(
                    18,
                    y,
                    174,
                    "Les locataires sont tenus solidairement et indivisiblement de "
                    "l'exécution des obligations du présent contrat.",
                    font,
                    9.5,
                    leading=4.8,
                )
                + 2
            )
        y = sec(s, y + 4, "II. OBJET DU CONTRAT")
        y = (
            s.para(
                18,
                y,
                174,
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
                font,
                9.5,
                leading=4.8,
            )
            + 2
        )
        for t in [
            "A. Consistance du logement",
            "Localisation du logement : %s" % ", ".join(l["address"]),
            "Type d'habitat : immeuble collectif — Régime juridique de l'immeuble : copropriété",
            "Période de construction : de 1949 à 1974",
            "Surface habitable : %s m² — Nombre de pièces principales : %d"
            % (l["surface"], l["rooms"]),
            "Autres parties du logement : cave n° %d" % l.get("cave", 12),
            "Modalité de production de chauffage : individuel électrique",
            "Modalité de production d'eau chaude sanitaire : individuelle",
            "B. Destination des locaux : usage d'habitation principale",
        ]:
            y = s.para(22, y, 168, t, font, 9.5, leading=4.8) + 1
        if meuble:
            y = s.para(
                22,
                y + 2,
                168,
                "Le logement est loué meublé ; l'inventaire et l'état "
                "détaillé du mobilier sont annexés au présent contrat (décret n° 2015-981 "
                "du 31 juillet 2015).",
                font,
                9.5,
                leading=4.8,
            )
        y = sec(s, y + 6, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
        y = (
            s.para(
                18,
                y,
                174,
                "A. Date de prise d'effet du contrat : %s" % F.fr(l["start"]),
                bf,
                9.5,
                leading=4.8,
            )
            + 1
        )
        s.para(
            18,
            y,
            174,
            "B. Durée du contrat : %s, renouvelable par tacite reconduction." % dur,
            font,
            9.5,
            leading=4.8,
        )

    def p2(s):
        head(s, 2)
        y = sec(s, 26, "IV. CONDITIONS FINANCIÈRES")
        for t in [
            "A. Loyer",
            "1° Fixation du loyer initial : montant du loyer mensuel : %s" % F.eur(l["rent"]),
            "Le logement est situé dans une zone d'encadrement des loyers : loyer de "
            "référence %s/m² ; loyer de référence majoré %s/m²."
            % (F.eur(l.get("ref", 27.4)), F.eur(l.get("ref", 27.4) * 1.2)),
            "2° Modalités de révision : date de révision : le %s de chaque année ; date "
            "ou trimestre de référence de l'IRL : 2e trimestre 2025." % F.fr(l["start"])[:5],
            "B. Charges récupérables : provision sur charges mensuelle de %s, avec "
            "régularisation annuelle." % F.eur(l["charges"]),
            "D. Modalités de paiement : paiement mensuel, à échoir, le 1er de chaque mois, "
            "par virement. Montant total dû à la première échéance : %s."
            % F.eur(l["rent"] + l["charges"]),
        ]:
            y = s.para(18, y, 174, t, font, 9.5, leading=4.8) + 2
        y = sec(s, y + 4, "V. TRAVAUX")
        y = s.para(18, y, 174, "Néant.", font, 9.5) + 2
        y = sec(s, y + 4, "VI. GARANTIES")
        y = (
            s.para(
                18,
                y,
                174,
                "Montant du dépôt de garantie de l'exécution des obligations du "
                "locataire : %s (%s)."
                % (
                    F.eur(l["deposit"]),
                    "deux mois de loyer hors charges"
                    if meuble
                    else "un mois de loyer hors charges",
                ),
                font,
                9.5,
                leading=4.8,
            )
            + 2
        )
        y = sec(s, y + 4, "VII. CLAUSE DE SOLIDARITÉ")
        y = (
            s.para(
                18,
                y,
                174,
                "Modalités particulières des obligations en cas de pluralité de "
                "locataires : en cas de colocation, les colocataires sont tenus solidairement "
                "au paiement du loyer et des charges.",
                font,
                9.5,
                leading=4.8,
            )
            + 2
        )
        y = sec(s, y + 4, "VIII. CLAUSE RÉSOLUTOIRE")
        s.para(
            18,
            y,
            174,
            "Le présent contrat sera résilié de plein droit deux mois après un "
            "commandement de payer demeuré infructueux en cas de défaut de paiement du loyer "
            "ou des charges aux termes convenus, de non-versement du dépôt de garantie, de "
            "défaut d'assurance du locataire contre les risques locatifs, ou de troubles de "
            "voisinage constatés par une décision de justice.",
            font,
            9.5,
            leading=4.8,
            justify=True,
        )

    def p3(s):
        head(s, 3)
        y = sec(s, 26, "IX. HONORAIRES DE LOCATION")
        y = (
            s.para(
                18,
                y,
                174,
                (
                    "Honoraires à la charge du locataire : %s (visite, constitution du "
                    "dossier, rédaction du bail) et %s (état des lieux)."
                    % (F.eur(l["surface"] * 10), F.eur(l["surface"] * 3))
                )
                if l.get("agency")
                else "Sans objet : location conclue directement entre les parties.",
                font,
                9.5,
                leading=4.8,
            )
            + 2
        )
        y = sec(s, y + 4, "X. AUTRES CONDITIONS PARTICULIÈRES")
        y = (
            s.para(
                18,
                y,
                174,
                "Le locataire s'engage à souscrire une assurance contre les risques "
                "locatifs et à en justifier lors de la remise des clés puis chaque année.",
                font,
                9.5,
                leading=4.8,
            )
            + 2
        )
        y = sec(s, y + 4, "XI. ANNEXES")
        for t in [
            "A. Extrait du règlement de copropriété",
            "B. Dossier de diagnostic technique "
            "(DPE classe D, CREP, état des risques et pollutions)",
            "C. Notice d'information relative aux droits et obligations des locataires et "
            "des bailleurs",
            "D. État des lieux d'entrée"
            + (", inventaire et état détaillé du mobilier" if meuble else ""),
            "E. Autorisation préalable de mise en location : sans objet",
        ]:
            y = s.para(22, y, 168, t, font, 9.5, leading=4.8) + 1.5

    def p4(s):
        head(s, 4)
        s.para(
            18,
            30,
            174,
            "Fait et signé à %s, le %s, en %d originaux dont un remis à chaque "
            "signataire." % (l["signed_city"], F.fr(l["signed_on"]), 1 + len(l["tenants"])),
            font,
            10,
            leading=5,
        )
        s.text(22, 50, "Signature du bailleur", bf, 9.5)
        s.text(22, 55, "(ou de son mandataire)", font + "-i", 8.5)
        s.text(112, 50, "Signature du (des) locataire(s)", bf, 9.5)
        s.text(112, 55, "précédée de la mention « lu et approuvé »", font + "-i", 8.5)
        r = ink.rng("lease-sig", l["landlord"])
        ink.hand(s, 24, 66, "Lu et approuvé", "h-dkg", 12, ink.BLUE_INK, r)
        ink.signature(s, 24, 70, 50, 18, l["landlord"], ink.BLUE_INK, r)
        if l.get("agency"):
            ink.box_stamp(
                s,
                22,
                92,
                [
                    l["agency"].upper(),
                    l.get("agency_addr", ""),
                    "Carte T n° CPI 7501 2024 000 012 345",
                ],
                ink.STAMP_BLUE,
                0.75,
                6.5,
            )
        for i, t in enumerate(l["tenants"]):
            yy = 64 + i * 34
            rt = ink.rng("lease-t", t)
            ink.hand(
                s,
                114,
                yy,
                "Lu et approuvé",
                ["h-breip", "h-ruf", "h-dkg"][i % 3],
                12,
                ink.BLUE_INK if i == 0 else ink.BLACK_INK,
                rt,
            )
            s.text(114, yy + 27, t, font, 8, G)
            if not l.get("unsigned_tenant"):
                ink.signature(
                    s, 114, yy + 3, 50, 18, t, ink.BLUE_INK if i == 0 else ink.BLACK_INK, rt
                )

    return [Page(p1), Page(p2), Page(p3), Page(p4)], fields


# ---------------------------------------------------------------------- quittance


def quittance(q):
    fields = {}

    def p1(s):
        s.text(105, 30, "QUITTANCE DE LOYER", "sans-b", 16, K, "c")
        s.text(
            105,
            38,
            "Quittance de loyer du mois de %s %s" % (F.MOIS[q["month"] - 1], q["year"]),
            "sans",
            11,
            K,
            "c",
        )
        s.text(20, 56, "Bailleur :", "sans-b", 10)
        _addr_block(s, 20, 62, [q["landlord"]] + q["landlord_addr"], "sans", 10, 5)
        s.text(120, 56, "Locataire :", "sans-b", 10)
        _addr_block(s, 120, 62, [q["tenant"]] + q["address"], "sans", 10, 5)
        txt = (
            "Je soussigné(e) %s, propriétaire du logement désigné ci-dessus, déclare avoir reçu "
            "de %s la somme de %s (%s euros), au titre du paiement du loyer et des charges "
            "pour la période de location du 1er au %d %s %s et lui en donne quittance, sous "
            "réserve de tous mes droits."
            % (
                q["landlord"],
                q["tenant"],
                F.eur(q["rent"] + q["charges"]),
                F.fr_words(int(q["rent"] + q["charges"])),
                F.D(F.month_end(q["year"], q["month"])).day,
                F.MOIS[q["month"] - 1],
                q["year"],
            )
        )
        y = s.para(20, 100, 170, txt, "sans", 10.5, leading=5.5, justify=True)
        _table(
            s,
            20,
            y + 10,
            [120, 50],
            [
                ["Détail du règlement", "Montant"],
                ["Loyer", F.eur(q["rent"])],
                ["Provision pour charges", F.eur(q["charges"])],
                ["Total", F.eur(q["rent"] + q["charges"])],
            ],
            size=10,
            head_fill=(238, 238, 238),
            bold_last=True,
            lead=6.5,
        )
        s.text(20, y + 50, "Date du paiement : %s" % F.fr(q["paid_on"]), "sans", 10)
        s.text(120, y + 62, "Fait à %s, le %s" % (q["city"], F.fr(q["signed_on"])), "sans", 10)
        ink.signature(s, 125, y + 66, 50, 18, q["landlord"])
        s.para(
            20,
            270,
            170,
            "Cette quittance annule tous les reçus qui auraient pu être donnés "
            "pour acompte versé sur le présent terme. En cas de congé précédemment donné, "
            "cette quittance représenterait l'indemnité d'occupation et ne saurait être "
            "considérée comme un titre d'occupation.",
            "sans-i",
            7.5,
            G,
            leading=3.6,
        )

    return [Page(p1)], fields


# ---------------------------------------------------------------------- hosting


def hosting_attestation(a):
    """Attestation d'hébergement. a: host, host_dob, host_pob, host_addr [2], hosted,
    hosted_dob, hosted_pob, since, city, signed_on, signed (bool), mode 'hand'|'typed',
    hand_font, attachments."""
    fields = dict(
        host_name=a["host"],
        hosted_name=a["hosted"],
        address=", ".join(a["host_addr"]),
        since_date=a["since"],
        signed_on=a["signed_on"],
        signed=a.get("signed", True),
    )
    mode = a.get("mode", "hand")
    hf = a.get("hand_font", "h-dkg")
    r = ink.rng("host", a["host"], a["hosted"])
    color = a.get("ink", ink.BLUE_INK)

    def hand_page(s):
        y = 36
        ink.hand(s, 60, y, "ATTESTATION D'HÉBERGEMENT", hf, 17, color, r, slope=-0.01)
        y += 24
        lines = [
            "Je soussigné%s %s %s,"
            % (
                "e" if a.get("host_sex") == "F" else "",
                "Mme" if a.get("host_sex") == "F" else "M.",
                a["host"],
            ),
            "né%s le %s à %s,"
            % ("e" if a.get("host_sex") == "F" else "", F.fr(a["host_dob"]), a["host_pob"]),
            "demeurant %s," % a["host_addr"][0],
            a["host_addr"][1] + ",",
            "atteste sur l'honneur héberger à mon domicile",
            "depuis le %s %s %s," % (F.fr(a["since"]), a.get("hosted_title", "Mme"), a["hosted"]),
            "née le %s à %s." % (F.fr(a["hosted_dob"]), a["hosted_pob"])
            if a.get("hosted_sex", "F") == "F"
            else "né le %s à %s." % (F.fr(a["hosted_dob"]), a["hosted_pob"]),
            "",
            "Fait pour servir et valoir ce que de droit.",
            "",
            "Fait à %s, le %s" % (a["city"], a.get("date_written", F.fr(a["signed_on"]))),
        ]
        for ln in lines:
            if ln:
                ink.hand(
                    s,
                    22 + r.uniform(-1, 1),
                    y,
                    ln,
                    hf,
                    13.5,
                    color,
                    r,
                    slope=r.uniform(-0.006, 0.006),
                )
            y += 11
        if a.get("signed", True):
            ink.signature(s, 110, y, 60, 22, a["host"], color, r)
        y += 40
        if a.get("attachments"):
            ink.hand(s, 22, y, "PJ : copie de ma carte d'identité,", hf, 11.5, color, r)
            ink.hand(s, 22, y + 9, "justificatif de domicile.", hf, 11.5, color, r)

    def typed_page(s):
        s.text(
            20,
            24,
            "%s %s" % ("Madame" if a.get("host_sex") == "F" else "Monsieur", a["host"]),
            "sans",
            10,
        )
        _addr_block(s, 20, 29, a["host_addr"], "sans", 10, 5)
        s.text(105, 62, "ATTESTATION D'HÉBERGEMENT", "sans-b", 15, K, "c")
        txt = (
            "Je soussigné%s %s, né%s le %s à %s, demeurant %s, %s, atteste sur l'honneur "
            "héberger à mon domicile, à titre gratuit, depuis le %s, %s %s, né%s le %s à %s."
            % (
                "e" if a.get("host_sex") == "F" else "",
                a["host"],
                "e" if a.get("host_sex") == "F" else "",
                F.fr(a["host_dob"]),
                a["host_pob"],
                a["host_addr"][0],
                a["host_addr"][1],
                F.fr(a["since"]),
                a.get("hosted_title", "Madame"),
                a["hosted"],
                "e" if a.get("hosted_sex", "F") == "F" else "",
                F.fr(a["hosted_dob"]),
                a["hosted_pob"],
            )
        )
        y = s.para(20, 80, 170, txt, "sans", 11, leading=6, justify=True)
        y = s.para(
            20,
            y + 6,
            170,
            "Cette attestation est établie pour servir et valoir ce que de "
            "droit, notamment auprès de la Caisse primaire d'assurance maladie.",
            "sans",
            11,
            leading=6,
        )
        y = s.para(
            20,
            y + 6,
            170,
            "Je suis informé%s que toute fausse déclaration m'expose à des "
            "sanctions pénales (article 441-7 du code pénal)."
            % ("e" if a.get("host_sex") == "F" else ""),
            "sans-i",
            10,
            leading=5.5,
        )
        s.text(
            20,
            y + 8,
            "Pièces jointes : copie de ma pièce d'identité ; justificatif de domicile à mon nom.",
            "sans",
            9.5,
        )
        s.text(120, y + 24, "Fait à %s, le %s" % (a["city"], F.fr(a["signed_on"])), "sans", 11)
        s.text(120, y + 32, "Signature :", "sans", 10)
        if a.get("signed", True):
            ink.signature(s, 122, y + 34, 55, 20, a["host"], color, r)

    return [
        Page(
            hand_page if mode == "hand" else typed_page,
            paper=(255, 255, 255) if mode == "typed" else (252, 252, 250),
        )
    ], fields
