"""Paper documents: bills, lease, payslip, contract, RIBs, birth certificates, apostille."""

from __future__ import annotations

import io
import random

from reportlab.lib.pagesizes import A4, landscape

from cz_common import draw_signature, group4, hand_text, new_canvas

W, H = A4
MOIS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


def fr(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def fr_words(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


class Pg:
    """Small wrapper: coordinates from the top-left, in points."""

    def __init__(self, c, h=H):
        self.c, self.h = c, h

    def t(self, x, y, s, font="Sans", size=9, color=(0, 0, 0), align="l"):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        if align == "r":
            c.drawRightString(x, self.h - y, s)
        elif align == "c":
            c.drawCentredString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)

    def box(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6, r=0):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        if r:
            c.roundRect(
                x, self.h - y - h, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0
            )
        else:
            c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.c.setLineWidth(lw)
        self.c.setStrokeColorRGB(*color)
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def para(self, x, y, lines, font="Sans", size=9, lead=12.5, color=(0, 0, 0)):
        for i, ln in enumerate(lines):
            self.t(x, y + i * lead, ln, font, size, color)
        return y + len(lines) * lead


def _pdf(draw, pages=1, size=A4):
    buf = io.BytesIO()
    c = new_canvas(buf, size)
    for i in range(pages):
        draw(Pg(c, size[1]), i)
        c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------- bills
def bouygues_bill(b: dict) -> bytes:
    blue = (0.0, 0.27, 0.55)

    def draw(p: Pg, _):
        p.box(0, 0, W, 70, fill=blue, stroke=None)
        p.t(36, 42, "bouygues", "RobB", 24, (1, 1, 1))
        p.t(36, 58, "TELECOM", "RobM", 10, (1, 1, 1))
        p.t(W - 36, 42, "Votre facture", "Rob", 15, (1, 1, 1), "r")
        p.t(36, 100, "Facture n° " + b["number"], "RobB", 10)
        p.t(36, 114, "du " + fr(b["issue"]), "Rob", 10)
        p.t(36, 134, "N° de compte client : " + b["account"], "Rob", 9)
        p.t(36, 147, "Ligne Bbox : " + b["line"], "Rob", 9)
        for i, ln in enumerate(b["addr_block"]):
            p.t(330, 110 + i * 14, ln, "RobM" if i == 0 else "Rob", 10.5)
        p.box(36, 200, W - 72, 70, fill=(0.93, 0.96, 1), stroke=None, r=6)
        p.t(52, 225, "Montant total de votre facture", "Rob", 11, blue)
        p.t(W - 52, 232, eur(b["amount"]) + " TTC", "RobB", 20, blue, "r")
        p.t(52, 254, "Prélevé à partir du " + fr(b["debit"]) + " sur votre compte", "Rob", 9)
        p.t(36, 300, "Détail de votre facture", "RobB", 12, blue)
        p.t(36, 318, f"Période du {fr(b['start'])} au {fr(b['end'])}", "Rob", 9.5)
        rows = [
            ("Abonnement " + b["offer"], b["amount"] - 3.0),
            ("Location Bbox", 3.0),
            ("Communications hors forfait", 0.0),
            ("Services et options", 0.0),
        ]
        y = 340
        p.line(36, y, W - 36, y, 0.4, (0.7, 0.7, 0.7))
        for lab, v in rows:
            p.t(44, y + 16, lab, "Rob", 9.5)
            p.t(W - 44, y + 16, eur(v), "Rob", 9.5, align="r")
            y += 24
            p.line(36, y, W - 36, y, 0.4, (0.8, 0.8, 0.8))
        ht = round(b["amount"] / 1.2, 2)
        p.t(44, y + 18, "Total HT", "Rob", 9.5)
        p.t(W - 44, y + 18, eur(ht), "Rob", 9.5, align="r")
        p.t(44, y + 34, "TVA 20 %", "Rob", 9.5)
        p.t(W - 44, y + 34, eur(round(b["amount"] - ht, 2)), "Rob", 9.5, align="r")
        p.t(44, y + 54, "Total TTC", "RobB", 10.5)
        p.t(W - 44, y + 54, eur(b["amount"]), "RobB", 10.5, align="r")
        p.t(36, y + 100, "Adresse d'installation : " + b["install"], "Rob", 9)
        p.t(36, y + 120, "Titulaire du contrat : " + b["holder"], "Rob", 9)
        p.t(36, 760, "Espace client : www.bouyguestelecom.fr  -  Service client : 1064", "Rob", 8)
        p.t(
            36,
            790,
            "Bouygues Telecom - SA au capital de 712 588 399,56 € - 37-39 rue Boissière "
            "75116 Paris - RCS Paris 397 480 930",
            "Rob",
            6.5,
            (0.4, 0.4, 0.4),
        )

    return _pdf(draw)


def engie_bills(bills: list[dict]) -> bytes:
    """Several monthly Engie energy bills (electricity + gas), one page each."""
    cyan = (0.0, 0.6, 0.82)

    def draw(p: Pg, i):
        b = bills[i]
        p.t(40, 58, "ENGIE", "OpenB", 28, cyan)
        p.t(40, 76, "Électricité et gaz naturel", "Open", 9, (0.3, 0.3, 0.3))
        p.t(W - 40, 50, "FACTURE", "OpenB", 14, (0.15, 0.15, 0.15), "r")
        p.t(W - 40, 66, "du " + fr(b["issue"]), "Open", 10, align="r")
        p.t(W - 40, 80, "N° " + b["number"], "Open", 9, align="r")
        for k, ln in enumerate(b["addr_block"]):
            p.t(320, 130 + k * 14, ln, "OpenSB" if k == 0 else "Open", 10.5)
        p.t(40, 130, "Référence client : " + b["ref"], "Open", 8.5)
        p.t(40, 144, "Compte de facturation : " + b["acct"], "Open", 8.5)
        p.t(40, 158, "Offre : Elec Référence 3 ans & Gaz Référence", "Open", 8.5)
        p.box(40, 220, W - 80, 64, fill=(0.9, 0.97, 1), stroke=None)
        p.t(56, 246, "Montant à payer", "OpenSB", 12)
        p.t(56, 266, "prélevé le " + fr(b["debit"]), "Open", 9)
        p.t(W - 56, 258, eur(b["amount"]), "OpenB", 20, cyan, "r")
        p.t(40, 316, f"Votre consommation du {fr(b['start'])} au {fr(b['end'])}", "OpenSB", 11)
        p.t(40, 334, "Lieu de consommation : " + b["site"], "Open", 9)
        p.t(40, 348, "Titulaire : " + b["holder"], "Open", 9)
        y = 372
        elec, gas = round(b["amount"] * 0.58, 2), round(b["amount"] * 0.42, 2)
        for lab, kwh, v in (
            ("Électricité - PDL " + b["pdl"], b["kwh_e"], elec),
            ("Gaz naturel - PCE " + b["pce"], b["kwh_g"], gas),
        ):
            p.line(40, y, W - 40, y, 0.4, (0.75, 0.75, 0.75))
            p.t(48, y + 18, lab, "Open", 9)
            p.t(360, y + 18, f"{kwh} kWh", "Open", 9, align="r")
            p.t(W - 48, y + 18, eur(v), "Open", 9, align="r")
            y += 28
        p.line(40, y, W - 40, y, 0.4, (0.75, 0.75, 0.75))
        p.t(48, y + 20, "Total TTC de la période", "OpenSB", 10)
        p.t(W - 48, y + 20, eur(elec + gas), "OpenSB", 10, align="r")
        p.t(40, 770, "Dépannage électricité (Enedis) 09 72 67 50 13 - Urgence gaz 0 800 47 33 33",
            "Open", 7.5)  # fmt: skip
        p.t(40, 792, "ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre 542 107 651 - "
            "1 place Samuel de Champlain 92400 Courbevoie", "Open", 6.5, (0.45, 0.45, 0.45))  # fmt: skip

    return _pdf(draw, len(bills))


# --------------------------------------------------------------------- lease
def lease(L: dict, rng: random.Random) -> bytes:
    def draw(p: Pg, i):
        if i == 0:
            p.t(W / 2, 60, "CONTRAT DE LOCATION", "SerifB", 15, align="c")
            p.t(
                W / 2, 78, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "SerifB", 10.5, align="c"
            )
            p.t(W / 2, 94, "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989)", "SerifI",
                9, align="c")  # fmt: skip
            y = 130
            p.t(50, y, "I. DÉSIGNATION DES PARTIES", "SerifB", 11)
            y = p.para(60, y + 20, [
                "Le présent contrat est conclu entre les soussignés :",
                "LE BAILLEUR : " + L["landlord"],
                "demeurant : " + L["landlord_addr"],
                "",
                "LE(S) LOCATAIRE(S) : " + ", ".join(L["tenants_printed"]),
            ], "Serif", 10, 15)  # fmt: skip
            y += 14
            p.t(50, y, "II. OBJET DU CONTRAT", "SerifB", 11)
            y = p.para(60, y + 20, [
                "Adresse du logement : " + L["address"],
                "Type d'habitat : immeuble collectif - Régime juridique : copropriété",
                "Surface habitable : " + L["surface"] + " m²  -  Nombre de pièces principales : "
                + L["rooms"],
                "Destination des locaux : usage d'habitation principale",
            ], "Serif", 10, 15)  # fmt: skip
            y += 14
            p.t(50, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", "SerifB", 11)
            y = p.para(60, y + 20, [
                "A. Date de prise d'effet du contrat : " + fr(L["start"]),
                "B. Durée du contrat : trois (3) ans, renouvelable dans les conditions de la loi.",
            ], "Serif", 10, 15)  # fmt: skip
            y += 14
            p.t(50, y, "IV. CONDITIONS FINANCIÈRES", "SerifB", 11)
            p.para(60, y + 20, [
                "Loyer mensuel hors charges : " + eur(L["rent"]),
                "Provision sur charges : " + eur(L["charges"]) + " (régularisation annuelle)",
                "Le loyer est payable mensuellement et d'avance, le 5 de chaque mois.",
                "Dépôt de garantie : " + eur(L["rent"]) + " (un mois de loyer hors charges).",
            ], "Serif", 10, 15)  # fmt: skip
        elif i == 1:
            p.t(50, 60, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE", "SerifB", 11)
            p.para(60, 82, [
                "Le locataire est tenu de souscrire une assurance contre les risques locatifs et",
                "d'en justifier lors de la remise des clés puis chaque année à la demande du bailleur.",
                "Le présent contrat sera résilié de plein droit, deux mois après un commandement de",
                "payer demeuré infructueux, à défaut de paiement du loyer ou des charges.",
                "",
                "VIII. ANNEXES : notice d'information, dossier de diagnostic technique (DPE, ERP,",
                "CREP, diagnostics électricité et gaz), état des lieux d'entrée, règlement de copropriété.",
            ], "Serif", 10, 15)  # fmt: skip
            p.t(60, 300, f"Fait à {L['city']}, le {fr(L['signed'])}, en deux exemplaires originaux.",
                "Serif", 10)  # fmt: skip
            p.t(80, 340, "Le bailleur", "SerifB", 10)
            p.t(340, 340, "Le(s) locataire(s)", "SerifB", 10)
            p.t(80, 356, "« Lu et approuvé »", "SerifI", 9)
            p.t(340, 356, "« Lu et approuvé »", "SerifI", 9)
            if L.get("hand_sign"):
                draw_signature(p.c, rng, L["landlord"], 80, H - 430, 130, 50)
                draw_signature(p.c, rng, L["tenants_printed"][0], 340, H - 430, 130, 50)
            else:
                p.box(80, 370, 180, 62, stroke=(0.6, 0.6, 0.6), lw=0.4)
                p.box(340, 370, 180, 62, stroke=(0.6, 0.6, 0.6), lw=0.4)
                p.t(86, 386, "Signé électroniquement par", "Sans", 7, (0.3, 0.3, 0.5))
                p.t(86, 398, L["landlord"], "SansB", 8, (0.3, 0.3, 0.5))
                p.t(86, 410, "le " + fr(L["signed"]) + " - Yousign", "Sans", 7, (0.3, 0.3, 0.5))
                p.t(346, 386, "Signé électroniquement par", "Sans", 7, (0.3, 0.3, 0.5))
                p.t(346, 398, L["tenants_printed"][0], "SansB", 8, (0.3, 0.3, 0.5))
                p.t(346, 410, "le " + fr(L["signed"]) + " - Yousign", "Sans", 7, (0.3, 0.3, 0.5))
        p.t(W / 2, 810, f"Bail d'habitation - page {i + 1}/2", "Serif", 8, (0.4, 0.4, 0.4), "c")

    return _pdf(draw, 2)


# --------------------------------------------------------------------- payroll
def payslip(s: dict) -> bytes:
    def draw(p: Pg, _):
        p.t(40, 50, "BULLETIN DE PAIE", "CarlitoB", 16)
        p.t(W - 40, 50, f"Période du {fr(s['start'])} au {fr(s['end'])}", "Carlito", 10, align="r")
        p.t(W - 40, 64, "Paiement le " + fr(s["paid"]) + " par virement", "Carlito", 9, align="r")
        p.box(40, 80, 250, 92, stroke=(0.5, 0.5, 0.5))
        p.para(48, 96, [s["employer"]] + s["emp_addr"], "CarlitoB", 10, 13)
        p.para(48, 134, ["SIRET : " + s["siret"], "Code NAF : " + s["naf"],
                         "Convention collective : " + s["ccn"]], "Carlito", 8.5, 11.5)  # fmt: skip
        p.box(305, 80, 250, 92, stroke=(0.5, 0.5, 0.5))
        p.para(313, 96, [s["employee"]] + s["ee_addr"], "CarlitoB", 10, 13)
        p.para(313, 134, ["Emploi : " + s["job"], "Entrée le " + fr(s["entry"]) + " - " + s["ct"],
                          "N° SS : " + s["nir_print"]], "Carlito", 8.5, 11.5)  # fmt: skip
        cols = [40, 270, 340, 410, 480, 555]
        y = 190
        p.box(40, y, 515, 16, fill=(0.85, 0.88, 0.93), stroke=None)
        for x, lab in zip(cols, ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]):
            p.t(x + 4, y + 11.5, lab, "CarlitoB", 8.5)
        gross = s["gross"]
        rows = [
            ("Salaire de base", f"{s['hours']:.2f}", f"{gross / s['hours']:.4f}", "", gross),
            ("SALAIRE BRUT", "", "", "", gross),
            ("Santé", "", "", round(gross * 0.0126, 2), ""),
            ("Retraite", "", "", round(gross * 0.0731, 2), ""),
            ("Assurance chômage", "", "", 0.0, ""),
            ("Autres contributions dues par l'employeur", "", "", 0.0, ""),
            ("CSG déductible de l'impôt sur le revenu", "", "6,80", round(gross * 0.0668, 2), ""),
            ("CSG/CRDS non déductible", "", "2,90", round(gross * 0.0285, 2), ""),
        ]
        y += 16
        for r in rows:
            y += 15
            bold = r[0].isupper()
            p.t(44, y, r[0], "CarlitoB" if bold else "Carlito", 9)
            p.t(cols[2] - 6, y, r[1], "Carlito", 9, align="r")
            p.t(cols[3] - 6, y, r[2], "Carlito", 9, align="r")
            if r[3] != "":
                p.t(cols[4] - 6, y, eur(r[3]), "Carlito", 9, align="r")
            if r[4] != "":
                p.t(cols[5] - 6, y, eur(r[4]), "CarlitoB" if bold else "Carlito", 9, align="r")
        ded = sum(r[3] for r in rows if r[3] != "")
        net_before = round(gross - ded, 2)
        tax = round(net_before * s["pas_rate"] / 100, 2)
        net = round(net_before - tax, 2)
        assert abs(net - s["net"]) < 0.01, (net, s["net"])
        y += 28
        p.line(40, y - 10, 555, y - 10)
        p.t(44, y + 4, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "CarlitoB", 10)
        p.t(551, y + 4, eur(net_before), "CarlitoB", 10, align="r")
        p.t(44, y + 22, f"Impôt sur le revenu prélevé à la source (taux {s['pas_rate']:.1f} %)",
            "Carlito", 9)  # fmt: skip
        p.t(551, y + 22, eur(tax), "Carlito", 9, align="r")
        p.box(300, y + 34, 255, 26, fill=(0.85, 0.88, 0.93), stroke=None)
        p.t(310, y + 52, "NET PAYÉ", "CarlitoB", 12)
        p.t(549, y + 52, eur(net), "CarlitoB", 12, align="r")
        p.t(
            44,
            y + 90,
            f"Total versé par l'employeur : {eur(round(gross * 1.27, 2))}",
            "Carlito",
            8.5,
        )
        p.t(40, 790, "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
            "bulletin de paie sans limitation de durée.", "CarlitoB", 7.5)  # fmt: skip
        p.t(40, 802, "Retrouvez la rubrique consacrée au bulletin de paie sur "
            "www.service-public.fr", "Carlito", 7.5)  # fmt: skip

    return _pdf(draw)


def cdd_contract(k: dict, rng: random.Random) -> bytes:
    def draw(p: Pg, i):
        if i == 0:
            p.t(W / 2, 64, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", "DejaSerifB", 13, align="c")
            p.t(W / 2, 80, "(articles L. 1242-1 et suivants du code du travail)", "DejaSerif", 8.5,
                align="c")  # fmt: skip
            y = p.para(50, 116, [
                "ENTRE LES SOUSSIGNÉS :",
                f"La société {k['employer']}, {k['form']}, immatriculée sous le n° SIRET",
                f"{k['siret']}, dont le siège est situé {k['emp_addr']},",
                f"représentée par {k['rep']}, en qualité de gérant,",
                "ci-après dénommée « l'Employeur », d'une part,",
                "",
                "ET :",
                f"{k['employee_printed']}, né le {fr(k['dob'])} à {k['pob']}, de nationalité",
                f"{k['nat']}, demeurant {k['ee_addr']},",
                "ci-après dénommé « le Salarié », d'autre part,",
                "",
                "IL A ÉTÉ CONVENU CE QUI SUIT :",
            ], "DejaSerif", 9.2, 14)  # fmt: skip
            arts = [
                ("Article 1 - Engagement et motif",
                 [f"Le Salarié est engagé à durée déterminée pour {k['motif']}."]),
                ("Article 2 - Durée",
                 [f"Le contrat prend effet le {fr(k['start'])} et prendra fin le {fr(k['end'])}.",
                  "Il comporte une période d'essai de deux semaines."]),
                ("Article 3 - Fonctions",
                 [f"Le Salarié occupera le poste de {k['job']}, niveau I échelon 2",
                  "de la convention collective des hôtels, cafés, restaurants (HCR)."]),
            ]  # fmt: skip
            for head, body in arts:
                y += 10
                p.t(50, y, head, "DejaSerifB", 9.5)
                y = p.para(50, y + 15, body, "DejaSerif", 9.2, 14)
        else:
            y = p.para(50, 70, [
                "Article 4 - Durée du travail et rémunération",
                "La durée hebdomadaire de travail est fixée à 35 heures. Le Salarié percevra une",
                f"rémunération brute mensuelle de {eur(k['gross'])}, outre les avantages en nature",
                "repas conformément à la convention collective.",
                "",
                "Article 5 - Lieu de travail",
                f"Le Salarié exercera ses fonctions au {k['workplace']}.",
                "",
                "Article 6 - Indemnité de fin de contrat",
                "À l'issue du contrat, le Salarié percevra une indemnité de fin de contrat égale",
                "à 10 % de la rémunération totale brute versée, sauf cas prévus par la loi.",
            ], "DejaSerif", 9.2, 14)  # fmt: skip
            p.t(50, y + 30, f"Fait en double exemplaire à Paris, le {fr(k['signed'])}.", "DejaSerif",
                9.5)  # fmt: skip
            p.t(70, y + 70, "L'Employeur", "DejaSerifB", 9.5)
            p.t(340, y + 70, "Le Salarié", "DejaSerifB", 9.5)
            p.t(340, y + 84, "(« lu et approuvé, bon pour accord »)", "DejaSerif", 7.5)
            draw_signature(p.c, rng, k["rep"], 70, H - y - 150, 120, 46)
            hand_text(p.c, rng, "lu et approuvé, bon pour accord", 340, H - y - 110, 10, "HandB")
            draw_signature(p.c, rng, k["employee_printed"], 345, H - y - 165, 115, 42)
        p.t(W - 50, 810, f"{i + 1}/2", "DejaSerif", 8, align="r")

    return _pdf(draw, 2)


# --------------------------------------------------------------------- RIBs
def rib_doc(r: dict) -> bytes:
    bank = r["bank"]

    def draw(p: Pg, _):
        col = r["color"]
        p.t(40, 56, r["logo"], r.get("logo_font", "SansB"), 18, col)
        p.t(W - 40, 56, "RELEVÉ D'IDENTITÉ BANCAIRE", "SansB", 11, align="r")
        p.t(40, 84, r["intro"], "Sans", 8, (0.3, 0.3, 0.3))
        p.box(40, 100, W - 80, 220, stroke=col, lw=1)
        p.t(52, 122, "Titulaire du compte", "Sans", 8, (0.35, 0.35, 0.35))
        p.para(52, 138, r["holder_lines"], "SansB", 10.5, 14)
        p.t(320, 122, "Domiciliation", "Sans", 8, (0.35, 0.35, 0.35))
        p.para(320, 138, r["branch_lines"], "Sans", 9.5, 13)
        xs = [52, 140, 228, 360, 430]
        labs = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [bank["bank"], bank["branch"], bank["account"], bank["key"]]
        p.line(40, 205, W - 40, 205, 0.4, col)
        for x, lab, v in zip(xs, labs, vals):
            p.t(x, 222, lab, "Sans", 8, (0.35, 0.35, 0.35))
            p.t(x, 240, v, "MonoB", 11)
        p.line(40, 255, W - 40, 255, 0.4, col)
        p.t(52, 272, "IBAN (International Bank Account Number)", "Sans", 8, (0.35, 0.35, 0.35))
        p.t(52, 290, group4(r["iban"]), "MonoB", 12)
        p.t(420, 272, "BIC", "Sans", 8, (0.35, 0.35, 0.35))
        p.t(420, 290, r["bic"], "MonoB", 12)
        p.t(40, 345, r["footer"], "Sans", 6.5, (0.45, 0.45, 0.45))

    return _pdf(draw)


# --------------------------------------------------------------------- hosting
def hosting_letter(a: dict, rng: random.Random) -> bytes:
    """Attestation d'hébergement handwritten by the host on plain (squared) paper."""

    def draw(p: Pg, _):
        c = p.c
        c.setStrokeColorRGB(0.72, 0.8, 0.92)
        c.setLineWidth(0.3)
        for k in range(0, int(H), 14):
            c.line(0, k, W, k)
        for k in range(0, int(W), 14):
            c.line(k, 0, k, H)
        c.setStrokeColorRGB(0.9, 0.5, 0.55)
        c.line(62, 0, 62, H)
        x, y = 75, H - 80
        lead = 28
        for ln in a["lines"]:
            if ln.startswith(">>"):
                hand_text(c, rng, ln[2:], W / 2 - 110, y, 17, "HandA")
            else:
                hand_text(c, rng, ln, x, y, 13.5, "HandA")
            y -= lead
        draw_signature(c, rng, a["host"], 330, y - 60, 150, 58)

    return _pdf(draw)


def wise_screenshot(w: dict):
    """Phone screenshot (1170 x 2532) of the Wise app 'Account details' for EUR."""
    from PIL import Image, ImageDraw

    from cz_common import pil_font

    img = Image.new("RGB", (1170, 2532), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = lambda n, s: pil_font(n, s)
    d.text((70, 40), "14:07", font=f("OpenSB", 44), fill=(0, 0, 0))
    d.text((930, 40), "4G  82%", font=f("OpenSB", 38), fill=(0, 0, 0))
    d.text((60, 170), "←", font=f("Sans", 64), fill=(22, 51, 0))
    d.text((60, 300), "Euro account details", font=f("OpenB", 70), fill=(14, 15, 12))
    d.text((60, 410), "Use these details to receive EUR by bank transfer", font=f("Open", 38),
           fill=(90, 90, 90))  # fmt: skip
    d.rounded_rectangle((60, 500, 1110, 600), 50, fill=(159, 232, 112))
    d.text((585, 550), "Local   |   International", font=f("OpenSB", 40), fill=(22, 51, 0),
           anchor="mm")  # fmt: skip
    rows = [
        ("Name", w["holder"]),
        ("IBAN", group4(w["iban"])),
        ("Swift/BIC", w["bic"]),
        ("Bank name and address", "Wise"),
        ("", "Rue du Trône 100, 3rd floor"),
        ("", "Brussels, 1050, Belgium"),
    ]
    y = 680
    for lab, val in rows:
        if lab:
            y += 40
            d.text((60, y), lab, font=f("Open", 38), fill=(100, 100, 100))
            y += 58
        d.text((60, y), val, font=f("OpenSB", 46), fill=(14, 15, 12))
        y += 66
        if lab in ("Name", "IBAN", "Swift/BIC"):
            d.rounded_rectangle((1052, y - 92, 1080, y - 60), 4, outline=(22, 51, 0), width=3)
            d.rounded_rectangle((1040, y - 80, 1068, y - 48), 4, outline=(22, 51, 0), width=3)
    d.rounded_rectangle((60, y + 60, 1110, y + 200), 30, fill=(245, 246, 242))
    d.text((100, y + 95), "Accepted for SEPA transfers, salaries and", font=f("Open", 36),
           fill=(60, 60, 60))  # fmt: skip
    d.text((100, y + 140), "direct debits in the Euro zone.", font=f("Open", 36), fill=(60, 60, 60))
    d.rounded_rectangle((60, 2230, 1110, 2350), 60, fill=(159, 232, 112))
    d.text((585, 2290), "Share details", font=f("OpenB", 44), fill=(22, 51, 0), anchor="mm")
    d.rounded_rectangle((420, 2480, 750, 2494), 7, fill=(20, 20, 20))
    return img


def landscape_a4():
    return landscape(A4)
