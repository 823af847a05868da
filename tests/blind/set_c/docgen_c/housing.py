"""Proof of residence: energy, water and telecom bills (each provider its own layout),
an energy 'attestation de titulaire de contrat', French leases (décret 2015-587 model),
attestations d'hébergement (handwritten or typed), rent receipts (quittances)."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white

from . import draw as d
from . import logos
from . import util as u
from .draw import rgb
from .looks import A4H, A4W, MM, Page

GREY = Color(0.35, 0.35, 0.38)
LGREY = Color(0.92, 0.92, 0.93)


def window(c, lines, x=112 * MM, ytop=A4H - 50 * MM, font="Sans", size=10, bold_first=True):
    y = ytop
    for i, l in enumerate(lines):
        d.txt(c, x, y, l, font + ("-B" if i == 0 and bold_first else ""), size)
        y -= size * 1.3


def ht(ttc, rate=0.2):
    return round(ttc / (1 + rate), 2)


def footer_legal(c, text, size=6.3):
    d.para(c, 15 * MM, 16 * MM, A4W - 30 * MM, text, "Sans", size, color=GREY)


def page_no(c, i, n, x=A4W - 15 * MM, y=9 * MM):
    d.txt(c, x, y, f"{i}/{n}", "Sans", 7, GREY, "r")


# ------------------------------------------------------------------ EDF


def bill_edf(b, rng, only_page2=False):
    blue, orange = rgb("001A70"), rgb("FE5815")
    kwh = b.get("kwh", 212)
    abo = b.get("abo", 16.42)
    conso = round(kwh * 0.2516, 2)
    accise = round(kwh * 0.02998, 2)
    cta = round(abo * 0.2148, 2)
    total_ht = round(abo + conso + accise + cta, 2)
    tva = round(total_ht * 0.2, 2)
    ttc = round(total_ht + tva, 2)

    def p1(c):
        W, H = A4W, A4H
        logos.edf(c, 15 * MM, H - 25 * MM, 1.0)
        d.box(c, 15 * MM, H - 92 * MM, 62 * MM, 58 * MM, stroke=None, fill=rgb("FFF1EA"))
        d.txt(c, 18 * MM, H - 40 * MM, "Nous contacter", "Sans-B", 9, orange)
        for i, l in enumerate(
            [
                "Service Clients EDF",
                "09 69 32 15 15 (appel non surtaxé)",
                "du lundi au samedi 8h-20h",
                "Espace client : edf.fr",
                "Appli EDF & MOI",
                "EDF SERVICE CLIENTS",
                "TSA 21941 - 49975 BLOIS CEDEX 9",
                "Dépannage Enedis : 09 72 67 50 " + b.get("dep", "69"),
            ]
        ):
            d.txt(c, 18 * MM, H - 46 * MM - i * 5 * MM, l, "Sans", 7.2)
        d.box(c, 15 * MM, H - 166 * MM, 62 * MM, 70 * MM, stroke=None, fill=rgb("E9EEF8"))
        d.txt(c, 18 * MM, H - 102 * MM, "Vos informations", "Sans-B", 9, blue)
        rows = [
            ("Lieu de consommation", b["addr"][0]),
            ("", b["addr"][1]),
            ("Titulaire du contrat", b["holder"]),
            ("N° client", b["client_no"]),
            ("N° de compte", b["account_no"]),
            ("Point de livraison (PDL)", b["pdl"]),
            ("Offre", b.get("offer", "Tarif Bleu - Option Base")),
            ("Puissance souscrite", b.get("kva", "6 kVA")),
        ]
        y = H - 108 * MM
        for lbl, val in rows:
            if lbl:
                d.txt(c, 18 * MM, y, lbl, "Sans", 6.5, GREY)
                y -= 3.4 * MM
            d.fit(c, 18 * MM, y, val, 56 * MM, "Sans-B", 7.5)
            y -= 4.4 * MM
        window(c, [b["holder"]] + b["addr"], x=110 * MM, ytop=H - 45 * MM)
        d.txt(c, 85 * MM, H - 82 * MM, f"Facture du {u.fr(b['issue'])}", "Sans-B", 14, blue)
        d.txt(c, 85 * MM, H - 88 * MM, f"N° {b['invoice_no']}", "Sans", 8.5, GREY)
        d.box(c, 85 * MM, H - 118 * MM, 110 * MM, 24 * MM, stroke=None, fill=blue)
        d.txt(c, 90 * MM, H - 103 * MM, "Montant TTC à payer", "Sans-B", 11, white)
        d.txt(c, 190 * MM, H - 105 * MM, u.money(ttc), "Sans-B", 18, white, "r")
        d.txt(
            c,
            90 * MM,
            H - 113 * MM,
            f"sera prélevé le {u.fr(b.get('prelev', b['issue']))} sur votre compte bancaire",
            "Sans",
            8,
            white,
        )
        d.txt(c, 85 * MM, H - 128 * MM, "Votre facture d'électricité mensuelle", "Sans-B", 10, blue)
        d.txt(
            c,
            85 * MM,
            H - 134 * MM,
            f"Consommation réelle du {u.fr(b['start'])} au {u.fr(b['end'])} (compteur Linky)",
            "Sans",
            8.5,
        )
        yy = d.table(
            c,
            85 * MM,
            H - 140 * MM,
            [70 * MM, 40 * MM],
            [
                ["Détail", "Montant HT"],
                ["Abonnement", u.money(abo)],
                [f"Consommation {kwh} kWh", u.money(conso)],
                ["Taxes et contributions", u.money(round(accise + cta, 2))],
                ["Total HT", u.money(total_ht)],
                ["TVA", u.money(tva)],
                ["Total TTC", u.money(ttc)],
            ],
            font="Sans",
            size=8,
            row_h=6.5 * MM,
            aligns=["l", "r"],
            grid=Color(0.75, 0.75, 0.8),
            header_fill=rgb("E9EEF8"),
        )
        d.txt(c, 85 * MM, yy - 10 * MM, "Vos prochaines étapes", "Sans-B", 9, orange)
        d.txt(
            c,
            85 * MM,
            yy - 16 * MM,
            f"Prochaine facture vers le {u.fr(u.add_months(u.D(b['issue']), 1))}",
            "Sans",
            8,
        )
        footer_legal(
            c,
            "EDF SA au capital de 2 084 365 041 euros - 552 081 317 R.C.S. Paris - Siège social : 22-30 avenue "
            "de Wagram 75382 Paris cedex 08. En cas de litige, vous pouvez saisir gratuitement le Médiateur national "
            "de l'énergie (energie-mediateur.fr).",
        )
        page_no(c, 1, 2)

    def p2(c):
        W, H = A4W, A4H
        d.txt(
            c,
            15 * MM,
            H - 18 * MM,
            f"Facture du {u.fr(b['issue'])}  -  N° {b['invoice_no']}  -  N° client {b['client_no']}",
            "Sans",
            8,
            GREY,
        )
        d.txt(c, 15 * MM, H - 30 * MM, "Le détail de votre facture", "Sans-B", 13, blue)
        rows = [
            ["Rubrique", "Période", "Quantité", "Prix unitaire HT", "Montant HT", "TVA"],
            [
                "Abonnement Base 6 kVA",
                f"{u.fr(b['start'])} - {u.fr(b['end'])}",
                "1 mois",
                u.money(abo, ""),
                u.money(abo, ""),
                "20 %",
            ],
            [
                "Consommation Base",
                f"{u.fr(b['start'])} - {u.fr(b['end'])}",
                f"{kwh} kWh",
                "0,2516",
                u.money(conso, ""),
                "20 %",
            ],
            ["Accise sur l'électricité", "", f"{kwh} kWh", "0,02998", u.money(accise, ""), "20 %"],
            ["Contribution Tarifaire d'Acheminement", "", "", "21,48 %", u.money(cta, ""), "20 %"],
        ]
        y = d.table(
            c,
            15 * MM,
            H - 36 * MM,
            [62 * MM, 38 * MM, 20 * MM, 24 * MM, 20 * MM, 16 * MM],
            rows,
            "Sans",
            7.5,
            6.5 * MM,
            aligns=["l", "l", "r", "r", "r", "c"],
            grid=Color(0.75, 0.75, 0.8),
            header_fill=rgb("E9EEF8"),
        )
        d.txt(c, 15 * MM, y - 12 * MM, "Vos relevés de compteur", "Sans-B", 11, blue)
        d.table(
            c,
            15 * MM,
            y - 16 * MM,
            [50 * MM, 40 * MM, 40 * MM, 40 * MM],
            [
                ["Compteur", "Index début", "Index fin", "Type de relevé"],
                [
                    b.get("meter", "Linky 0215" + b["pdl"][-6:]),
                    str(b.get("idx0", 18422)),
                    str(b.get("idx0", 18422) + kwh),
                    "Réel (télérelevé)",
                ],
            ],
            "Sans",
            7.5,
            6.5 * MM,
            grid=Color(0.75, 0.75, 0.8),
            header_fill=rgb("E9EEF8"),
        )
        d.txt(c, 15 * MM, y - 45 * MM, "Historique de votre consommation (kWh)", "Sans-B", 11, blue)
        base = y - 110 * MM
        for i in range(12):
            hh = (90 + rng.random() * 160) * 0.22 * MM
            d.box(
                c,
                20 * MM + i * 14 * MM,
                base,
                9 * MM,
                hh,
                stroke=None,
                fill=orange if i == 11 else rgb("9DB0D8"),
            )
            d.txt(
                c,
                24.5 * MM + i * 14 * MM,
                base - 4 * MM,
                u.MOIS_ABBR[(u.D(b["start"]).month + i) % 12][:3].title(),
                "Sans",
                6.5,
                GREY,
                "c",
            )
        d.para(
            c,
            15 * MM,
            base - 16 * MM,
            A4W - 30 * MM,
            "Le prix du kWh de l'offre Tarif Bleu est fixé par les pouvoirs publics. Retrouvez nos conditions générales de "
            "vente sur edf.fr. Pour toute réclamation, contactez d'abord votre service client ; en l'absence de réponse "
            "satisfaisante sous deux mois, vous pouvez saisir le Médiateur national de l'énergie.",
            "Sans",
            7.5,
        )
        page_no(c, 2, 2)

    if only_page2:
        return [Page(A4W, A4H, p2)]
    return [Page(A4W, A4H, p1), Page(A4W, A4H, p2)]


# ------------------------------------------------------------------ ENGIE


def bill_engie(b, rng):
    blue = rgb("00AAFF")
    navy = rgb("0B2A4A")
    kwh = b.get("kwh", 640)
    gas = round(kwh * 0.1196, 2)
    abo = b.get("abo", 23.35)
    ticgn = round(kwh * 0.01637, 2)
    tot_ht = round(gas + abo + ticgn, 2)
    tva = round(tot_ht * 0.2, 2)
    ttc = round(tot_ht + tva, 2)

    def p1(c):
        W, H = A4W, A4H
        logos.engie(c, 15 * MM, H - 26 * MM, 1.1)
        d.txt(c, W - 15 * MM, H - 18 * MM, "Facture de gaz naturel", "Sans-B", 12, navy, "r")
        d.txt(
            c,
            W - 15 * MM,
            H - 24 * MM,
            f"N° {b['invoice_no']} du {u.fr(b['issue'])}",
            "Sans",
            8.5,
            GREY,
            "r",
        )
        window(c, [b["holder"]] + b["addr"], x=112 * MM, ytop=H - 48 * MM)
        d.box(c, 15 * MM, H - 95 * MM, 85 * MM, 50 * MM, stroke=blue, lw=0.8, r=2 * MM)
        y = H - 52 * MM
        for lbl, val in [
            ("Référence client", b["client_no"]),
            ("Titulaire", b["holder"]),
            ("Adresse de fourniture", b["addr"][0]),
            ("", b["addr"][1]),
            ("PCE", b["pce"]),
            ("Offre", b.get("offer", "Gaz Tranquillité 3 ans")),
        ]:
            if lbl:
                d.txt(c, 18 * MM, y, lbl, "Sans", 6.8, GREY)
            d.fit(c, 48 * MM, y, val, 50 * MM, "Sans-B", 7.5)
            y -= 6.5 * MM
        d.box(c, 15 * MM, H - 125 * MM, W - 30 * MM, 22 * MM, stroke=None, fill=rgb("E6F6FF"))
        d.txt(c, 20 * MM, H - 112 * MM, "Montant total à payer", "Sans-B", 12, navy)
        d.txt(
            c,
            20 * MM,
            H - 119 * MM,
            f"Prélèvement automatique le {u.fr(b.get('prelev', b['issue']))}",
            "Sans",
            8.5,
        )
        d.txt(c, W - 20 * MM, H - 116 * MM, u.money(ttc), "Sans-B", 20, navy, "r")
        d.txt(
            c,
            15 * MM,
            H - 138 * MM,
            f"Période facturée : du {u.fr(b['start'])} au {u.fr(b['end'])}",
            "Sans-B",
            10,
            navy,
        )
        y = d.table(
            c,
            15 * MM,
            H - 144 * MM,
            [90 * MM, 30 * MM, 30 * MM, 30 * MM],
            [
                ["Désignation", "Quantité", "Prix unitaire HT", "Montant HT"],
                ["Abonnement mensuel", "1", u.money(abo, ""), u.money(abo, "")],
                [
                    "Consommation gaz naturel (relevé Gazpar)",
                    f"{kwh} kWh",
                    "0,1196",
                    u.money(gas, ""),
                ],
                ["Accise sur les gaz naturels", f"{kwh} kWh", "0,01637", u.money(ticgn, "")],
                ["Total HT", "", "", u.money(tot_ht, "")],
                ["TVA 20 %", "", "", u.money(tva, "")],
                ["Total TTC", "", "", u.money(ttc, "")],
            ],
            "Sans",
            8,
            7 * MM,
            aligns=["l", "r", "r", "r"],
            grid=Color(0.7, 0.85, 0.95),
            header_fill=rgb("CDEEFF"),
        )
        d.para(
            c,
            15 * MM,
            y - 12 * MM,
            W - 30 * MM,
            "Votre consommation est relevée à distance par votre compteur communicant Gazpar (GRDF). "
            "Urgence sécurité gaz : 0 800 47 33 33 (GRDF, appel gratuit 24h/24).",
            "Sans",
            8,
        )
        footer_legal(
            c,
            "ENGIE - SA au capital de 2 435 285 011 euros - RCS Nanterre 542 107 651 - Siège social : 1 place "
            "Samuel de Champlain 92400 Courbevoie. Service clients : 09 69 324 324 (appel non surtaxé).",
        )

    return [Page(A4W, A4H, p1)]


def attest_engie(b, rng):
    """ENGIE 'Attestation de titulaire de contrat' (downloadable from the customer area)."""
    navy = rgb("0B2A4A")

    def p(c):
        W, H = A4W, A4H
        logos.engie(c, 15 * MM, H - 26 * MM, 1.1)
        window(c, [b["holder"]] + b["addr"], x=112 * MM, ytop=H - 48 * MM)
        d.txt(c, 15 * MM, H - 90 * MM, f"Courbevoie, le {u.fr_words(b['issue'])}", "Sans", 9.5)
        d.txt(c, 15 * MM, H - 104 * MM, "ATTESTATION DE TITULAIRE DE CONTRAT", "Sans-B", 14, navy)
        d.txt(c, 15 * MM, H - 111 * MM, f"Référence client : {b['client_no']}", "Sans", 9)
        y = d.para(
            c,
            15 * MM,
            H - 126 * MM,
            W - 30 * MM,
            f"Nous, ENGIE, fournisseur d'énergie, attestons que {b['holder_civ']} est titulaire d'un contrat de "
            f"fourniture d'électricité et de gaz naturel (offre {b.get('offer', 'Elec & Gaz Référence')}) pour le "
            f"logement situé :",
            "Sans",
            10.5,
            15,
        )
        y -= 4 * MM
        for l in b["addr"]:
            d.txt(c, 30 * MM, y, l, "Sans-B", 10.5)
            y -= 6 * MM
        y -= 4 * MM
        y = d.para(
            c,
            15 * MM,
            y,
            W - 30 * MM,
            f"Ce contrat est actif depuis le {u.fr(b['since'])} et à la date de la présente attestation.\n"
            f"Point de livraison électricité (PDL) : {b['pdl']}\nPoint de comptage gaz (PCE) : {b['pce']}\n\n"
            "Cette attestation est délivrée à la demande de l'intéressé(e) pour servir et valoir ce que de droit.",
            "Sans",
            10.5,
            15,
        )
        y -= 14 * MM
        d.txt(c, 15 * MM, y, "Le Service Clients ENGIE", "Sans-B", 10, navy)
        footer_legal(
            c,
            "ENGIE - SA au capital de 2 435 285 011 euros - RCS Nanterre 542 107 651 - 1 place Samuel de "
            "Champlain 92400 Courbevoie. Document généré depuis votre espace client particuliers.engie.fr.",
        )

    return [Page(A4W, A4H, p)]


# ------------------------------------------------------------------ TotalEnergies


def bill_total(b, rng):
    red = rgb("ED0000")
    kwh = b.get("kwh", 265)
    abo = b.get("abo", 15.97)
    conso = round(kwh * 0.2278, 2)
    taxes = round(kwh * 0.02998 + abo * 0.2148, 2)
    ht_ = round(abo + conso + taxes, 2)
    tva = round(ht_ * 0.2, 2)
    ttc = round(ht_ + tva, 2)

    def p(c):
        W, H = A4W, A4H
        d.box(c, 0, H - 12 * MM, W, 12 * MM, stroke=None, fill=rgb("FFF3F0"))
        logos.total(c, 15 * MM, H - 30 * MM, 1.0)
        d.txt(c, W - 15 * MM, H - 22 * MM, "FACTURE", "Sans-B", 16, red, "r")
        d.txt(
            c,
            W - 15 * MM,
            H - 28 * MM,
            "Électricité - " + b.get("offer", "Offre Essentielle"),
            "Sans",
            8.5,
            GREY,
            "r",
        )
        window(c, [b["holder"]] + b["addr"], x=112 * MM, ytop=H - 50 * MM)
        y = H - 50 * MM
        for lbl, val in [
            ("Date de facture", u.fr(b["issue"])),
            ("N° de facture", b["invoice_no"]),
            ("N° de compte client", b["client_no"]),
            ("PDL", b["pdl"]),
        ]:
            d.txt(c, 15 * MM, y, lbl, "Sans", 8, GREY)
            d.txt(c, 50 * MM, y, val, "Sans-B", 8.5)
            y -= 5.5 * MM
        d.box(c, 15 * MM, H - 112 * MM, W - 30 * MM, 18 * MM, stroke=red, lw=1, r=3 * MM)
        d.txt(c, 20 * MM, H - 101 * MM, "Montant de votre facture TTC", "Sans-B", 11)
        d.txt(
            c,
            20 * MM,
            H - 107 * MM,
            f"Électricité consommée du {u.fr(b['start'])} au {u.fr(b['end'])}",
            "Sans",
            8.5,
        )
        d.txt(c, W - 20 * MM, H - 105 * MM, u.money(ttc), "Sans-B", 18, red, "r")
        y = d.table(
            c,
            15 * MM,
            H - 122 * MM,
            [95 * MM, 30 * MM, 25 * MM, 30 * MM],
            [
                ["Votre électricité", "Quantité", "Prix HT", "Montant HT"],
                ["Abonnement (6 kVA)", "1 mois", u.money(abo, ""), u.money(abo, "")],
                ["Consommation", f"{kwh} kWh", "0,2278", u.money(conso, "")],
                ["Taxes et contributions (Accise, CTA)", "", "", u.money(taxes, "")],
                ["TVA (20 %)", "", "", u.money(tva, "")],
                ["TOTAL TTC", "", "", u.money(ttc, "")],
            ],
            "Sans",
            8,
            7 * MM,
            aligns=["l", "r", "r", "r"],
            grid=None,
            header_fill=rgb("FFE0DA"),
            zebra=rgb("FAFAFA"),
        )
        d.txt(c, 15 * MM, y - 12 * MM, "Titulaire du contrat : " + b["holder"], "Sans-B", 9)
        d.txt(
            c,
            15 * MM,
            y - 18 * MM,
            "Adresse du site de consommation : " + ", ".join(b["addr"]),
            "Sans",
            8.5,
        )
        d.txt(
            c,
            15 * MM,
            y - 24 * MM,
            f"Prélèvement SEPA le {u.fr(b.get('prelev', b['issue']))}.",
            "Sans",
            8.5,
        )
        footer_legal(
            c,
            "TotalEnergies Électricité et Gaz France - SA au capital de 13 865 010 € - RCS Nanterre 534 516 712 - "
            "2bis rue Louis Armand 75015 Paris. Service clients 09 70 80 69 69. Médiateur national de l'énergie : "
            "www.energie-mediateur.fr",
        )

    return [Page(A4W, A4H, p)]


# ------------------------------------------------------------------ telecom


def bill_free(b, rng):
    red = rgb("CD1E25")
    ttc = b.get("amount", 29.99)

    def p(c):
        W, H = A4W, A4H
        logos.free(c, 15 * MM, H - 26 * MM, 1.0)
        d.txt(
            c,
            15 * MM,
            H - 33 * MM,
            "Free - 16 rue de la Ville l'Évêque 75008 Paris",
            "Sans",
            7,
            GREY,
        )
        window(c, [b["holder"]] + b["addr"], x=115 * MM, ytop=H - 45 * MM)
        d.txt(c, 15 * MM, H - 80 * MM, f"Facture n° {b['invoice_no']}", "Sans-B", 13)
        d.txt(c, 15 * MM, H - 86 * MM, f"Date de facture : {u.fr(b['issue'])}", "Sans", 9)
        d.txt(c, 15 * MM, H - 91 * MM, f"Identifiant Freebox : {b['client_no']}", "Sans", 9)
        d.txt(c, 15 * MM, H - 96 * MM, f"Ligne : {b.get('line', '09 52 41 83 17')}", "Sans", 9)
        y = d.table(
            c,
            15 * MM,
            H - 108 * MM,
            [110 * MM, 35 * MM, 35 * MM],
            [
                ["Désignation", "Période", "Montant TTC"],
                [
                    b.get("offer", "Abonnement Freebox Pop"),
                    f"{u.fr(b['start'])[:5]} au {u.fr(b['end'])[:5]}",
                    u.money(ttc),
                ],
                ["Appels vers les fixes et mobiles en France", "", "inclus"],
                ["Option TV by Canal", "", "inclus"],
            ],
            "Sans",
            8.5,
            7 * MM,
            aligns=["l", "c", "r"],
            grid=Color(0.85, 0.85, 0.85),
            header_fill=Color(0.95, 0.95, 0.95),
        )
        d.txt(c, 140 * MM, y - 10 * MM, "Total HT", "Sans", 9)
        d.txt(c, W - 15 * MM, y - 10 * MM, u.money(ht(ttc)), "Sans", 9, black, "r")
        d.txt(c, 140 * MM, y - 16 * MM, "TVA 20 %", "Sans", 9)
        d.txt(c, W - 15 * MM, y - 16 * MM, u.money(round(ttc - ht(ttc), 2)), "Sans", 9, black, "r")
        d.txt(c, 140 * MM, y - 24 * MM, "Total TTC", "Sans-B", 11, red)
        d.txt(c, W - 15 * MM, y - 24 * MM, u.money(ttc), "Sans-B", 11, red, "r")
        d.para(
            c,
            15 * MM,
            y - 40 * MM,
            110 * MM,
            f"Titulaire de l'abonnement : {b['holder']}\nAdresse d'installation : {', '.join(b['addr'])}\n"
            f"Cette somme sera prélevée sur votre compte à partir du {u.fr(b.get('prelev', b['issue']))}.",
            "Sans",
            8.5,
        )
        footer_legal(
            c,
            "Free SAS au capital de 3 441 812 € - RCS Paris 421 938 861 - Opérateur de communications électroniques. "
            "Assistance : 3244 (service gratuit + prix appel). Réclamations : Free - Service Consommateurs - 75371 Paris Cedex 08.",
        )

    return [Page(A4W, A4H, p)]


def bill_sfr(b, rng):
    red = rgb("E2001A")
    ttc = b.get("amount", 36.0)
    mobile = b.get("service") == "mobile"

    def p(c):
        W, H = A4W, A4H
        logos.sfr(c, 15 * MM, H - 30 * MM, 1.0)
        d.txt(c, 60 * MM, H - 20 * MM, "Votre facture", "Sans-B", 16, red)
        d.txt(
            c,
            60 * MM,
            H - 27 * MM,
            ("SFR Mobile - Forfait " + b.get("offer", "5G 130 Go"))
            if mobile
            else ("SFR " + b.get("offer", "Fibre Power")),
            "Sans",
            9,
        )
        window(c, [b["holder"]] + b["addr"], x=115 * MM, ytop=H - 48 * MM)
        rows = [
            ("Numéro de compte client", b["client_no"]),
            ("Numéro de facture", b["invoice_no"]),
            ("Date d'émission", u.fr(b["issue"])),
            ("Période de facturation", f"du {u.fr(b['start'])} au {u.fr(b['end'])}"),
        ]
        if mobile:
            rows.append(("Ligne", b.get("line", "06 12 34 56 78")))
        y = H - 48 * MM
        for lbl, val in rows:
            d.txt(c, 15 * MM, y, lbl, "Sans", 7.5, GREY)
            d.txt(c, 15 * MM, y - 4 * MM, val, "Sans-B", 9)
            y -= 10 * MM
        d.box(c, 15 * MM, y - 20 * MM, W - 30 * MM, 16 * MM, stroke=None, fill=rgb("FDEBEC"))
        d.txt(c, 20 * MM, y - 10 * MM, "Montant total de la facture", "Sans-B", 11)
        d.txt(c, 20 * MM, y - 16 * MM, f"Prélevé le {u.fr(b.get('prelev', b['issue']))}", "Sans", 8)
        d.txt(c, W - 20 * MM, y - 14 * MM, u.money(ttc), "Sans-B", 16, red, "r")
        y -= 30 * MM
        d.txt(c, 15 * MM, y, "Le détail de vos abonnements", "Sans-B", 11, red)
        y = d.table(
            c,
            15 * MM,
            y - 4 * MM,
            [120 * MM, 60 * MM],
            [
                ["Abonnement et options", "Montant TTC"],
                [
                    ("Forfait " + b.get("offer", "5G 130 Go"))
                    if mobile
                    else ("Abonnement " + b.get("offer", "SFR Fibre Power")),
                    u.money(ttc),
                ],
                ["Communications hors forfait", u.money(0)],
                ["dont TVA 20 %", u.money(round(ttc - ht(ttc), 2))],
            ],
            "Sans",
            8.5,
            7 * MM,
            aligns=["l", "r"],
            grid=Color(0.85, 0.85, 0.85),
            header_fill=Color(0.96, 0.96, 0.96),
        )
        d.txt(c, 15 * MM, y - 10 * MM, "Titulaire : " + b["holder"], "Sans", 8.5)
        footer_legal(
            c,
            "SFR - Société Française du Radiotéléphone - SA au capital de 3 423 265 598,40 € - RCS Paris 403 106 537 - "
            "16 rue du Général Alain de Boissieu 75015 Paris. Service client : 1023.",
        )

    return [Page(A4W, A4H, p)]


def bill_orange(b, rng):
    orange = rgb("FF7900")
    ttc = b.get("amount", 42.99)

    def p(c):
        W, H = A4W, A4H
        logos.orange(c, 15 * MM, H - 32 * MM, 1.0)
        d.txt(c, 55 * MM, H - 20 * MM, "facture", "Sans-B", 18, black)
        d.txt(c, 55 * MM, H - 27 * MM, f"du {u.fr(b['issue'])}", "Sans", 10)
        window(c, [b["holder"]] + b["addr"], x=115 * MM, ytop=H - 50 * MM)
        d.box(c, 15 * MM, H - 100 * MM, 90 * MM, 48 * MM, stroke=None, fill=rgb("F4F4F4"))
        y = H - 58 * MM
        for lbl, val in [
            ("n° client", b["client_no"]),
            ("n° de facture", b["invoice_no"]),
            ("offre", b.get("offer", "Livebox Fibre")),
            ("période", f"{u.fr(b['start'])} au {u.fr(b['end'])}"),
            ("titulaire", b["holder"]),
        ]:
            d.txt(c, 18 * MM, y, lbl, "Sans", 8, GREY)
            d.fit(c, 45 * MM, y, val, 58 * MM, "Sans-B", 8.5)
            y -= 8 * MM
        d.box(c, 15 * MM, H - 125 * MM, W - 30 * MM, 18 * MM, stroke=None, fill=black)
        d.txt(c, 20 * MM, H - 114 * MM, "montant total à payer", "Sans-B", 11, white)
        d.txt(
            c,
            20 * MM,
            H - 120 * MM,
            f"prélevé à partir du {u.fr(b.get('prelev', b['issue']))}",
            "Sans",
            8,
            white,
        )
        d.txt(c, W - 20 * MM, H - 118 * MM, u.money(ttc), "Sans-B", 18, orange, "r")
        y = d.table(
            c,
            15 * MM,
            H - 135 * MM,
            [130 * MM, 50 * MM],
            [
                ["vos abonnements, forfaits et options", "montant TTC"],
                [
                    f"{b.get('offer', 'Livebox Fibre')} du {u.fr(b['start'])} au {u.fr(b['end'])}",
                    u.money(ttc),
                ],
                ["location décodeur TV", "inclus"],
                ["total HT", u.money(ht(ttc))],
                ["TVA 20 %", u.money(round(ttc - ht(ttc), 2))],
            ],
            "Sans",
            8.5,
            7 * MM,
            aligns=["l", "r"],
            grid=Color(0.85, 0.85, 0.85),
            header_fill=rgb("FFE5CC"),
        )
        footer_legal(
            c,
            "Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres 75015 Paris - 380 129 866 RCS Paris. "
            "Service clients : 3900 (service gratuit + prix appel). Espace client : orange.fr > espace client.",
        )

    return [Page(A4W, A4H, p)]


def bill_bouygues(b, rng):
    blue = rgb("009DCC")
    navy = rgb("1A2E5A")
    ttc = b.get("amount", 32.99)

    def p(c):
        W, H = A4W, A4H
        d.box(c, 0, H - 40 * MM, 70 * MM, 40 * MM, stroke=None, fill=navy)
        logos.bouygues(c, 12 * MM, H - 22 * MM, 1.0, on_dark=True)
        c.saveState()
        d.txt(c, 12 * MM, H - 34 * MM, "Votre facture", "Sans-B", 12, white)
        c.restoreState()
        window(c, [b["holder"]] + b["addr"], x=112 * MM, ytop=H - 45 * MM)
        y = H - 55 * MM
        for lbl, val in [
            ("Date de facture", u.fr(b["issue"])),
            ("Numéro de facture", b["invoice_no"]),
            ("Compte client", b["client_no"]),
            ("Offre", b.get("offer", "Bbox Must")),
            ("Période", f"{u.fr(b['start'])} - {u.fr(b['end'])}"),
        ]:
            d.txt(c, 12 * MM, y, lbl, "Sans", 7.5, GREY)
            d.txt(c, 12 * MM, y - 4.2 * MM, val, "Sans-B", 9)
            y -= 10 * MM
        d.txt(c, 85 * MM, H - 110 * MM, "Montant à payer", "Sans-B", 12, navy)
        d.txt(c, W - 15 * MM, H - 110 * MM, u.money(ttc), "Sans-B", 18, blue, "r")
        d.hline(c, 85 * MM, W - 15 * MM, H - 114 * MM, blue, 1.2)
        d.txt(
            c,
            85 * MM,
            H - 120 * MM,
            f"Prélèvement le {u.fr(b.get('prelev', b['issue']))}",
            "Sans",
            8.5,
        )
        y = d.table(
            c,
            85 * MM,
            H - 130 * MM,
            [80 * MM, 30 * MM],
            [
                ["Détail", "Montant TTC"],
                [b.get("offer", "Bbox Must") + " (fibre)", u.money(ttc)],
                ["Appels inclus", u.money(0)],
                ["Total TTC", u.money(ttc)],
                ["dont TVA", u.money(round(ttc - ht(ttc), 2))],
            ],
            "Sans",
            8.5,
            7 * MM,
            aligns=["l", "r"],
            grid=Color(0.8, 0.9, 0.95),
            header_fill=rgb("E0F4FA"),
        )
        d.para(
            c,
            85 * MM,
            y - 10 * MM,
            110 * MM,
            f"Titulaire du contrat : {b['holder']}\nAdresse d'installation : {', '.join(b['addr'])}",
            "Sans",
            8.5,
        )
        footer_legal(
            c,
            "Bouygues Telecom - SA au capital de 1 149 295 105 € - 397 480 930 RCS Paris - 37-39 rue Boissière "
            "75116 Paris. Service client : 1064.",
        )

    return [Page(A4W, A4H, p)]


def bill_veolia(b, rng):
    red = rgb("E2001A")
    m3 = b.get("m3", 34)
    dist = round(m3 * 1.62, 2)
    assain = round(m3 * 1.95, 2)
    orga = round(m3 * 0.52, 2)
    abo = 22.40
    ht_ = round(dist + assain + orga + abo, 2)
    tva = round(abo * 0.055 + dist * 0.055 + assain * 0.10 + orga * 0.055, 2)
    ttc = round(ht_ + tva, 2)

    def p(c):
        W, H = A4W, A4H
        logos.veolia(c, 15 * MM, H - 26 * MM, 1.0)
        d.txt(
            c,
            15 * MM,
            H - 32 * MM,
            b.get("service_name", "Service de l'eau - Métropole de Lyon"),
            "Sans",
            8,
            GREY,
        )
        d.txt(c, W - 15 * MM, H - 20 * MM, "FACTURE D'EAU", "Sans-B", 14, red, "r")
        d.txt(
            c,
            W - 15 * MM,
            H - 26 * MM,
            f"du {u.fr(b['issue'])} - n° {b['invoice_no']}",
            "Sans",
            8.5,
            GREY,
            "r",
        )
        window(c, [b["holder"]] + b["addr"], x=112 * MM, ytop=H - 48 * MM)
        y = H - 50 * MM
        for lbl, val in [
            ("Référence client", b["client_no"]),
            ("Compteur n°", b.get("meter", "A18CB041752")),
            ("Période", f"du {u.fr(b['start'])} au {u.fr(b['end'])}"),
            ("Abonné", b["holder"]),
        ]:
            d.txt(c, 15 * MM, y, lbl, "Sans", 7.5, GREY)
            d.fit(c, 15 * MM, y - 4.2 * MM, val, 85 * MM, "Sans-B", 8.5)
            y -= 10 * MM
        y = d.table(
            c,
            15 * MM,
            H - 105 * MM,
            [95 * MM, 25 * MM, 25 * MM, 20 * MM, 15 * MM],
            [
                ["Votre facture en détail", "Quantité", "Prix unit. HT", "Montant HT", "TVA"],
                ["Abonnement (part fixe)", "6 mois", "", u.money(abo, ""), "5,5 %"],
                ["Distribution de l'eau", f"{m3} m3", "1,6200", u.money(dist, ""), "5,5 %"],
                [
                    "Collecte et traitement des eaux usées",
                    f"{m3} m3",
                    "1,9500",
                    u.money(assain, ""),
                    "10 %",
                ],
                [
                    "Organismes publics (Agence de l'eau, VNF)",
                    f"{m3} m3",
                    "0,5200",
                    u.money(orga, ""),
                    "5,5 %",
                ],
                ["Total HT", "", "", u.money(ht_, ""), ""],
                ["TVA", "", "", u.money(tva, ""), ""],
                ["TOTAL TTC", "", "", u.money(ttc, ""), ""],
            ],
            "Sans",
            8,
            7 * MM,
            aligns=["l", "r", "r", "r", "c"],
            grid=Color(0.85, 0.85, 0.85),
            header_fill=rgb("FDE3E3"),
        )
        d.box(c, 15 * MM, y - 25 * MM, W - 30 * MM, 16 * MM, stroke=red, lw=1)
        d.txt(
            c,
            20 * MM,
            y - 18 * MM,
            "Montant à payer avant le " + u.fr(u.add_months(u.D(b["issue"]), 1)),
            "Sans-B",
            10.5,
        )
        d.txt(c, W - 20 * MM, y - 19 * MM, u.money(ttc), "Sans-B", 16, red, "r")
        d.txt(
            c,
            15 * MM,
            y - 35 * MM,
            f"Index relevé le {u.fr(b['end'])} : {b.get('idx', 1422)} m3 (ancien index : {b.get('idx', 1422) - m3} m3)",
            "Sans",
            8.5,
        )
        footer_legal(
            c,
            "Veolia Eau - Compagnie Générale des Eaux - SCA au capital de 2 207 287 340 € - RCS Paris 572 025 526 - "
            "Service clients : 09 69 39 40 00. Le prix de l'eau est fixé par la collectivité organisatrice du service.",
        )

    return [Page(A4W, A4H, p)]


BILLS = {
    "EDF": bill_edf,
    "ENGIE": bill_engie,
    "TotalEnergies": bill_total,
    "Free": bill_free,
    "SFR": bill_sfr,
    "Orange": bill_orange,
    "Bouygues Telecom": bill_bouygues,
    "Veolia": bill_veolia,
}


# ------------------------------------------------------------------ lease (loi n° 89-462, décret 2015-587)


def lease_pages(L, rng):
    """L: furnished (bool), landlord, landlord_addr, agent (opt), tenants (list of printed names), address (lines),
    start, duration, rent, charges, deposit, surface, rooms, signed_at, signed_on, floor, kind."""
    meuble = L.get("furnished", False)
    title = "CONTRAT DE LOCATION" + (" DE LOGEMENT MEUBLÉ" if meuble else " - LOGEMENT NU")
    sub = (
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs et portant "
        "modification de la loi n° 86-1290 du 23 décembre 1986)"
        if meuble
        else "(Soumis au titre Ier de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs et portant "
        "modification de la loi n° 86-1290 du 23 décembre 1986)"
    )
    font = L.get("font", "Serif")
    hand_font = L.get("hand_font", "H-dkg")

    def header(c, n):
        d.txt(c, A4W - 18 * MM, 10 * MM, f"Page {n}/3  -  Paraphes : ______", font, 7.5, GREY, "r")

    def p1(c):
        W, H = A4W, A4H
        d.txt(c, W / 2, H - 22 * MM, title, font + "-B", 14, black, "c")
        d.para(c, 25 * MM, H - 29 * MM, W - 50 * MM, sub, font + "-I", 8, align="c")
        y = H - 48 * MM
        d.txt(c, 20 * MM, y, "I. DÉSIGNATION DES PARTIES", font + "-B", 10.5)
        y -= 7 * MM
        y = d.para(
            c,
            20 * MM,
            y,
            W - 40 * MM,
            "Le présent contrat est conclu entre les soussignés :",
            font,
            9.5,
        )
        y -= 2 * MM
        y = d.para(
            c,
            25 * MM,
            y,
            W - 50 * MM,
            f"{L['landlord']}, demeurant {L['landlord_addr']}, qualité du bailleur : {L.get('landlord_kind', 'personne physique')}"
            + (f", représenté par son mandataire {L['agent']}" if L.get("agent") else "")
            + ", désigné(s) ci-après « le bailleur » ;",
            font,
            9.5,
            13,
        )
        y -= 2 * MM
        tenants = " et ".join(L["tenants"])
        y = d.para(
            c,
            25 * MM,
            y,
            W - 50 * MM,
            f"{tenants}, désigné(s) ci-après « le locataire ».",
            font + "-B",
            9.5,
            13,
        )
        y -= 6 * MM
        d.txt(c, 20 * MM, y, "II. OBJET DU CONTRAT", font + "-B", 10.5)
        y -= 7 * MM
        y = d.para(
            c,
            20 * MM,
            y,
            W - 40 * MM,
            "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
            font,
            9.5,
        )
        y -= 2 * MM
        d.txt(c, 20 * MM, y, "A. Consistance du logement", font + "-B", 9.5)
        y -= 6 * MM
        for lbl, val in [
            (
                "Localisation du logement",
                ", ".join(L["address"]) + (f" - {L['floor']}" if L.get("floor") else ""),
            ),
            ("Type d'habitat", L.get("kind", "immeuble collectif")),
            ("Régime juridique de l'immeuble", "copropriété"),
            ("Période de construction", L.get("built", "de 1949 à 1974")),
            ("Surface habitable", f"{L['surface']} m²"),
            ("Nombre de pièces principales", str(L["rooms"])),
            ("Modalité de production de chauffage", L.get("heating", "individuel électrique")),
            ("Classe énergétique (DPE)", L.get("dpe", "D")),
        ]:
            d.txt(c, 25 * MM, y, lbl + " :", font, 9)
            d.fit(c, 85 * MM, y, val, W - 105 * MM, font + "-B", 9)
            y -= 5.6 * MM
        y -= 2 * MM
        d.txt(
            c,
            20 * MM,
            y,
            "B. Destination des locaux : usage d'habitation exclusivement (résidence principale).",
            font,
            9.5,
        )
        y -= 10 * MM
        d.txt(c, 20 * MM, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", font + "-B", 10.5)
        y -= 7 * MM
        d.txt(c, 25 * MM, y, "A. Date de prise d'effet du contrat :", font, 9.5)
        d.txt(c, 90 * MM, y, u.fr(L["start"]), font + "-B", 10)
        y -= 6 * MM
        d.txt(c, 25 * MM, y, "B. Durée du contrat :", font, 9.5)
        d.txt(c, 90 * MM, y, L.get("duration", "1 an" if meuble else "3 ans"), font + "-B", 10)
        y -= 6 * MM
        d.para(
            c,
            25 * MM,
            y,
            W - 50 * MM,
            "En l'absence de proposition de renouvellement du contrat ou de congé, le contrat "
            "est reconduit tacitement pour la même durée.",
            font,
            9,
        )
        header(c, 1)

    def p2(c):
        W, H = A4W, A4H
        y = H - 22 * MM
        d.txt(c, 20 * MM, y, "IV. CONDITIONS FINANCIÈRES", font + "-B", 10.5)
        y -= 8 * MM
        rows = [
            ("Montant du loyer mensuel (hors charges)", u.money(L["rent"])),
            (
                "Modalité de règlement des charges",
                "provisions sur charges avec régularisation annuelle",
            ),
            ("Montant des provisions sur charges", u.money(L["charges"])),
            ("Périodicité du paiement", "mensuelle, à échoir, le 1er de chaque mois"),
            ("Zone soumise à encadrement des loyers", L.get("encadrement", "non")),
            ("Montant du dernier loyer du précédent locataire", u.money(L["rent"] - 15)),
        ]
        for lbl, val in rows:
            d.txt(c, 25 * MM, y, lbl + " :", font, 9)
            d.fit(c, 115 * MM, y, val, W - 135 * MM, font + "-B", 9)
            y -= 6 * MM
        y -= 4 * MM
        for title_, body in [
            ("V. TRAVAUX", "Néant depuis la fin du dernier contrat de location."),
            (
                "VI. GARANTIES",
                f"Montant du dépôt de garantie de l'exécution des obligations du locataire : {u.money(L['deposit'])} "
                f"({'deux mois' if meuble else 'un mois'} de loyer hors charges).",
            ),
            (
                "VII. CLAUSE DE SOLIDARITÉ",
                "Pour l'exécution de toutes les obligations résultant du présent contrat, il y aura "
                "solidarité et indivisibilité entre les parties désignées sous le terme « le locataire ».",
            ),
            (
                "VIII. CLAUSE RÉSOLUTOIRE",
                "Le présent contrat sera résilié de plein droit deux mois après un commandement de "
                "payer demeuré infructueux, à défaut de paiement du loyer ou des charges, du dépôt de "
                "garantie, ou de souscription d'une assurance des risques locatifs.",
            ),
            (
                "IX. HONORAIRES DE LOCATION",
                "Honoraires à la charge du locataire : "
                + L.get("fees", "néant (location entre particuliers)")
                + ".",
            ),
            (
                "X. AUTRES CONDITIONS PARTICULIÈRES",
                L.get(
                    "special",
                    "Le locataire s'engage à souscrire une assurance habitation et "
                    "à en justifier chaque année.",
                ),
            ),
            (
                "XI. ANNEXES",
                "Dossier de diagnostic technique (DPE, CREP, ERP), notice d'information, état des lieux d'entrée"
                + (", inventaire et état détaillé du mobilier" if meuble else "")
                + ".",
            ),
        ]:
            d.txt(c, 20 * MM, y, title_, font + "-B", 10.5)
            y -= 6.5 * MM
            y = d.para(c, 25 * MM, y, W - 45 * MM, body, font, 9, 12.5)
            y -= 5 * MM
        header(c, 2)

    def p3(c):
        W, H = A4W, A4H
        y = H - 30 * MM
        d.txt(
            c,
            20 * MM,
            y,
            f"Fait et signé à {L['signed_at']}, le {u.fr(L['signed_on'])}, en {len(L['tenants']) + 1} originaux "
            f"dont un remis à chaque signataire.",
            font,
            9.5,
        )
        y -= 16 * MM
        d.txt(c, 30 * MM, y, "Le bailleur", font + "-B", 10)
        d.txt(
            c, 30 * MM, y - 4.5 * MM, "(signature précédée de « lu et approuvé »)", font + "-I", 7.5
        )
        d.txt(c, 120 * MM, y, "Le(s) locataire(s)", font + "-B", 10)
        d.txt(
            c,
            120 * MM,
            y - 4.5 * MM,
            "(signature précédée de « lu et approuvé »)",
            font + "-I",
            7.5,
        )
        d.hand(c, 30 * MM, y - 16 * MM, "Lu et approuvé", rng, hand_font, 12)
        d.signature(
            c, 30 * MM, y - 40 * MM, 50 * MM, 20 * MM, rng, d.INK_BLUE, name=L.get("landlord_sig")
        )
        yy = y - 16 * MM
        for i, t in enumerate(L["tenants"]):
            d.hand(c, 120 * MM, yy, "Lu et approuvé", rng, hand_font, 12)
            d.signature(
                c,
                120 * MM,
                yy - 24 * MM,
                50 * MM,
                20 * MM,
                rng,
                d.INK_BLUE,
                name=L.get("tenant_sigs", [None] * 3)[i],
            )
            yy -= 38 * MM
        d.para(
            c,
            20 * MM,
            40 * MM,
            W - 40 * MM,
            "Contrat établi conformément au contrat type défini par le décret n° 2015-587 du 29 mai 2015 relatif aux "
            "contrats types de location de logement à usage de résidence principale.",
            font + "-I",
            7.5,
        )
        header(c, 3)

    return [Page(A4W, A4H, p1), Page(A4W, A4H, p2), Page(A4W, A4H, p3)]


# ------------------------------------------------------------------ attestation d'hébergement


def attestation_hand(a, rng):
    """Handwritten attestation on plain (or squared) paper."""
    font = a.get("hand_font", "H-dkg")
    ink = a.get("ink", d.INK_BLUE)

    def p(c):
        W, H = A4W, A4H
        if a.get("squared"):
            c.saveState()
            c.setStrokeColor(Color(0.6, 0.75, 0.9))
            c.setLineWidth(0.2)
            step = 5 * MM
            xx = 0
            while xx < W:
                c.line(xx, 0, xx, H)
                xx += step
            yy = 0
            while yy < H:
                c.line(0, yy, W, yy)
                yy += step
            c.setStrokeColor(Color(0.9, 0.4, 0.4))
            c.setLineWidth(0.6)
            c.line(25 * MM, 0, 25 * MM, H)
            c.restoreState()
        x = 30 * MM
        y = H - 30 * MM
        sz = a.get("size", 13)
        d.hand(c, x, y, a["host_line1"], rng, font, sz, ink)
        d.hand(c, x, y - 7 * MM, a["host_line2"], rng, font, sz, ink)
        d.hand(c, W / 2 - 30 * MM, y - 28 * MM, "Attestation d'hébergement", rng, font, sz + 4, ink)
        y -= 45 * MM
        for line in a["body"]:
            d.hand(c, x, y, line, rng, font, sz, ink)
            y -= 9 * MM
        y -= 6 * MM
        d.hand(c, x + 60 * MM, y, a["place_date"], rng, font, sz, ink)
        if a.get("signed", True):
            d.signature(
                c, x + 62 * MM, y - 32 * MM, 55 * MM, 22 * MM, rng, ink, name=a.get("sig_name")
            )
        if a.get("pj"):
            d.hand(c, x, 40 * MM, a["pj"], rng, font, sz - 2, ink)

    return [Page(A4W, A4H, p)]


def attestation_typed(a, rng):
    def p(c):
        W, H = A4W, A4H
        y = H - 25 * MM
        for l in a["host_block"]:
            d.txt(c, 20 * MM, y, l, "Sans", 10)
            y -= 5 * MM
        d.txt(c, W / 2, H - 70 * MM, "ATTESTATION D'HÉBERGEMENT", "Sans-B", 15, black, "c")
        d.txt(c, W / 2, H - 77 * MM, "(sur l'honneur)", "Sans-I", 10, black, "c")
        y = d.para(c, 20 * MM, H - 95 * MM, W - 40 * MM, a["text"], "Sans", 11, 16, align="j")
        y -= 10 * MM
        d.para(
            c,
            20 * MM,
            y,
            W - 40 * MM,
            "J'ai connaissance que le fait d'établir une attestation faisant état de faits "
            "matériellement inexacts est puni d'un an d'emprisonnement et de 15 000 euros "
            "d'amende (article 441-7 du code pénal).",
            "Sans-I",
            9,
        )
        y -= 24 * MM
        d.txt(c, 110 * MM, y, a["place_date"], "Sans", 11)
        d.txt(c, 110 * MM, y - 8 * MM, "Signature de l'hébergeant :", "Sans", 10)
        if a.get("signed", True):
            d.signature(
                c, 110 * MM, y - 38 * MM, 60 * MM, 25 * MM, rng, d.INK_BLUE, name=a.get("sig_name")
            )
        if a.get("pj"):
            d.para(c, 20 * MM, 45 * MM, W - 40 * MM, a["pj"], "Sans", 9)

    return [Page(A4W, A4H, p)]


# ------------------------------------------------------------------ quittance de loyer


def quittance(q, rng):
    def p(c):
        W, H = A4W, A4H
        d.txt(c, W / 2, H - 30 * MM, "QUITTANCE DE LOYER", "Sans-B", 16, black, "c")
        d.txt(
            c,
            W / 2,
            H - 37 * MM,
            f"Période du {u.fr(q['start'])} au {u.fr(q['end'])}",
            "Sans",
            10.5,
            black,
            "c",
        )
        y = H - 55 * MM
        d.txt(c, 20 * MM, y, "Bailleur :", "Sans-B", 10)
        d.txt(c, 50 * MM, y, q["landlord"], "Sans", 10)
        d.txt(c, 50 * MM, y - 5 * MM, q["landlord_addr"], "Sans", 10)
        y -= 16 * MM
        d.txt(c, 20 * MM, y, "Locataire :", "Sans-B", 10)
        d.txt(c, 50 * MM, y, q["tenant"], "Sans", 10)
        y -= 6 * MM
        d.txt(c, 20 * MM, y, "Adresse de la location :", "Sans-B", 10)
        d.txt(c, 70 * MM, y, ", ".join(q["address"]), "Sans", 10)
        y -= 14 * MM
        y = d.para(
            c,
            20 * MM,
            y,
            W - 40 * MM,
            f"Je soussigné(e) {q['landlord']}, propriétaire du logement désigné ci-dessus, déclare avoir reçu de "
            f"{q['tenant']} la somme de {u.money(q['rent'] + q['charges'])} au titre du paiement du loyer et des charges "
            f"pour la période de location du {u.fr(q['start'])} au {u.fr(q['end'])} et lui en donne quittance, sous "
            f"réserve de tous mes droits.",
            "Sans",
            10.5,
            15,
        )
        y -= 8 * MM
        y = d.table(
            c,
            20 * MM,
            y,
            [120 * MM, 50 * MM],
            [
                ["Détail du règlement", "Montant"],
                ["Loyer", u.money(q["rent"])],
                ["Provision pour charges", u.money(q["charges"])],
                ["Total", u.money(q["rent"] + q["charges"])],
            ],
            "Sans",
            9.5,
            8 * MM,
            aligns=["l", "r"],
        )
        y -= 10 * MM
        d.txt(c, 20 * MM, y, f"Date du paiement : {u.fr(q['paid_on'])}", "Sans", 10)
        d.txt(
            c, 120 * MM, y - 12 * MM, f"Fait à {q['place']}, le {u.fr(q['issued_on'])}", "Sans", 10
        )
        d.signature(
            c, 120 * MM, y - 42 * MM, 55 * MM, 22 * MM, rng, d.INK_BLUE, name=q.get("sig_name")
        )
        d.para(
            c,
            20 * MM,
            30 * MM,
            W - 40 * MM,
            "Cette quittance annule tous les reçus qui auraient pu être établis précédemment en cas de paiement partiel du "
            "montant du présent terme. Elle est à conserver pendant trois ans par le locataire (loi n° 89-462 du 6 juillet "
            "1989, art. 21).",
            "Sans-I",
            8,
        )

    return [Page(A4W, A4H, p)]
