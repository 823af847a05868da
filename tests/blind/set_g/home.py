"""Proof of residence: energy/telecom/water bills, leases, rent receipts, hosting attestations."""

from __future__ import annotations

import datetime as dt
import random

import checks as C
from core import Page
from hand import INK_BLUE, hand, signature
from model import Addr, Doc

GREY = (95, 95, 95)
LIGHT = (235, 235, 235)


def _window(pg: Page, x, y, lines, font="sans", size=10, bold_first=True):
    for i, ln in enumerate(lines):
        pg.text(
            x,
            y + i * 4.6,
            ln,
            font + (":b" if (i == 0 and bold_first and ":" not in font) else ""),
            size,
        )


def bill_fields(provider, service, holder, addr: Addr, issue, start, end, amount, month=None):
    f = dict(
        provider=provider,
        service=service,
        holder_name=holder,
        address=addr.one(),
        issue_date=issue.isoformat() if issue else None,
        period_start=start.isoformat() if start else None,
        period_end=end.isoformat() if end else None,
        amount=round(amount, 2) if amount is not None else None,
    )
    if month:
        f["month"] = month
    return f


def _amounts(seed, base):
    r = random.Random(seed)
    abo = round(base * r.uniform(0.28, 0.34), 2)
    conso = round(base * r.uniform(0.45, 0.55), 2)
    taxes = round(base - abo - conso, 2)
    return abo, conso, taxes


# ------------------------------------------------------------------- EDF ---
def edf_logo(pg: Page, x, y, k=1.0):
    pg.text(x, y + 9 * k, "edf", "sans:b", 26 * k, (16, 54, 125))
    for i in range(7):
        import math

        a = math.radians(-150 + i * 20)
        cx, cy = x + 30 * k, y + 6 * k
        pg.line(
            cx + 3 * k * math.cos(a),
            cy + 3 * k * math.sin(a),
            cx + 7 * k * math.cos(a),
            cy + 7 * k * math.sin(a),
            (255, 120, 0),
            1.1 * k,
        )


def bill_edf(
    holder,
    addr: Addr,
    issue,
    start,
    end,
    amount,
    client_no,
    invoice_no,
    seed=0,
    two_pages=True,
    monthly=True,
) -> Doc:
    p1 = Page()
    edf_logo(p1, 15, 12)
    p1.text(195, 16, f"Facture du {C.fr(issue)}", "sans:b", 12, anchor="r")
    p1.text(195, 21.5, f"N° de facture : {invoice_no}", "sans", 8.5, anchor="r")
    p1.text(195, 26, "Page 1/2" if two_pages else "Page 1/1", "sans", 7.5, GREY, "r")
    p1.rect(15, 32, 80, 36, stroke=None, fill=(240, 244, 250))
    p1.text(18, 38, "Vos références", "sans:b", 9, (16, 54, 125))
    p1.text(18, 44, f"Référence client : {client_no}", "sans", 8.5)
    p1.text(
        18,
        49,
        f"Compte : {client_no[:4]} {int(client_no.replace(' ', '')) % 9999991:07d}",
        "sans",
        8.5,
    )
    p1.text(18, 54, "Titulaire du contrat :", "sans", 8.5)
    p1.text(18, 58.5, holder, "sans:b", 8.5)
    p1.text(18, 64, "Service client : 09 69 32 15 15 (appel non surtaxé)", "sans", 7.5)
    _window(p1, 110, 48, [holder.upper()] + [ln.upper() for ln in addr.lines()])
    p1.rect(15, 78, 180, 22, stroke=None, fill=(255, 240, 225))
    p1.text(20, 87, "Montant de votre facture", "sans:b", 11)
    p1.text(
        20,
        94,
        f"Il sera prélevé le {C.fr(issue + dt.timedelta(days=14))} sur votre compte",
        "sans",
        8.5,
    )
    p1.text(190, 92, f"{C.money(amount)} €", "sans:b", 20, (16, 54, 125), "r")
    p1.text(190, 97, "TTC", "sans", 8, GREY, "r")
    p1.text(
        15,
        112,
        "Votre facture d'électricité" + (" mensuelle" if monthly else ""),
        "sans:b",
        12,
        (16, 54, 125),
    )
    p1.text(15, 118.5, f"Période du {C.fr(start)} au {C.fr(end)}", "sans:b", 9.5)
    p1.text(15, 124, "Offre : Tarif Bleu - Option Base - Puissance souscrite 6 kVA", "sans", 8.5)
    p1.text(15, 129, f"Lieu de consommation : {addr.one()}", "sans", 8.5)
    p1.text(15, 134, f"Point de livraison (PDL) : {2 * 10**13 + seed % 10**13:014d}", "sans", 8.5)
    abo, conso, taxes = _amounts(seed, amount)
    y = 144
    p1.rect(15, y, 180, 7, stroke=None, fill=(16, 54, 125))
    for x, t in ((18, "Détail"), (120, "Quantité"), (150, "Prix unitaire"), (192, "Montant TTC")):
        p1.text(x, y + 5, t, "sans:b", 8.5, (255, 255, 255), "r" if x > 180 else "l")
    kwh = int(conso / 0.2516)
    rows = [
        ("Abonnement", "1 mois", "", abo),
        ("Consommation électricité (index réels)", f"{kwh} kWh", "0,2516 €", conso),
        ("Accise sur l'électricité, CTA et TVA", "", "", taxes),
    ]
    y += 12
    for a, b, c_, dv in rows:
        p1.text(18, y, a, "sans", 8.5)
        p1.text(120, y, b, "sans", 8.5)
        p1.text(150, y, c_, "sans", 8.5)
        p1.text(192, y, C.money(dv) + " €", "sans", 8.5, anchor="r")
        p1.line(15, y + 2, 195, y + 2, (210, 210, 210), 0.2)
        y += 7
    p1.text(18, y + 3, "Total de votre facture TTC", "sans:b", 9.5)
    p1.text(192, y + 3, C.money(amount) + " €", "sans:b", 9.5, anchor="r")
    p1.text(
        15,
        y + 16,
        "Index relevé le " + C.fr(end) + f" : {41000 + seed % 9000} kWh (réel)",
        "sans",
        8,
    )
    p1.para(
        15,
        262,
        180,
        "EDF SA au capital de 2 084 365 041 euros - 552 081 317 R.C.S. Paris - Siège social : 22-30 "
        "avenue de Wagram 75008 Paris - www.edf.fr. En cas de litige : médiateur national de "
        "l'énergie, www.energie-mediateur.fr.",
        "sans",
        6.8,
        color=GREY,
    )
    pages = [p1]
    if two_pages:
        pages.append(edf_page2(holder, addr, issue, invoice_no, client_no, seed))
    return Doc(
        "utility_bill",
        bill_fields("EDF", "electricity", holder, addr, issue, start, end, amount),
        pages,
    )


def edf_page2(holder, addr, issue, invoice_no, client_no, seed, show_holder=True) -> Page:
    p2 = Page()
    edf_logo(p2, 15, 10, 0.6)
    p2.text(195, 14, f"Facture du {C.fr(issue)} - N° {invoice_no}", "sans", 8, anchor="r")
    p2.text(195, 18.5, "Page 2/2", "sans", 7.5, GREY, "r")
    p2.text(15, 34, "Le détail de votre consommation", "sans:b", 12, (16, 54, 125))
    r = random.Random(seed)
    x0 = 20
    for i in range(12):
        h = r.uniform(10, 45)
        p2.rect(
            x0 + i * 14,
            90 - h,
            9,
            h,
            stroke=None,
            fill=(16, 54, 125) if i == 11 else (150, 170, 210),
        )
        p2.text(
            x0 + i * 14 + 4.5, 95, C.MOIS[(issue.month - 12 + i) % 12][:3], "sans", 6.5, anchor="c"
        )
    p2.text(15, 108, "Vos consommations des 12 derniers mois (kWh)", "sans", 8.5, GREY)
    p2.text(15, 124, "Informations utiles", "sans:b", 11, (16, 54, 125))
    y = p2.para(
        15,
        131,
        180,
        "Le montant de l'accise sur l'électricité (ex-TICFE) est fixé par la loi. La contribution "
        "tarifaire d'acheminement (CTA) finance les droits de retraite des personnels des "
        "industries électriques et gazières. Pour toute réclamation, contactez d'abord votre "
        "service client EDF ; si le désaccord persiste, vous pouvez saisir gratuitement le "
        "médiateur national de l'énergie.",
        "sans",
        8.5,
    )
    y = p2.para(
        15,
        y + 6,
        180,
        "Vous déménagez ? Pensez à résilier ou transférer votre contrat depuis votre Espace "
        "Client sur edf.fr ou l'application EDF & MOI.",
        "sans",
        8.5,
    )
    if show_holder:
        p2.text(15, y + 10, f"Titulaire : {holder}", "sans", 8)
    p2.text(15, y + 15, f"Référence client : {client_no}", "sans", 8)
    p2.rect(15, 200, 180, 40, stroke=(16, 54, 125), lw=0.3)
    p2.text(20, 208, "Vos moyens de paiement", "sans:b", 9.5, (16, 54, 125))
    p2.para(
        20,
        215,
        170,
        "Prélèvement automatique, mensualisation, TIP SEPA, chèque, espèces (La Poste, bureaux de "
        "tabac agréés), carte bancaire sur edf.fr ou au 09 69 32 15 15.",
        "sans",
        8.5,
    )
    p2.para(
        15,
        262,
        180,
        "EDF SA au capital de 2 084 365 041 euros - 552 081 317 R.C.S. Paris - Siège social : 22-30 "
        "avenue de Wagram 75008 Paris.",
        "sans",
        6.8,
        color=GREY,
    )
    return p2


# ----------------------------------------------------------------- ENGIE ---
def bill_engie(
    holder, addr, issue, start, end, amount, client_no, invoice_no, seed=0, service="energy"
) -> Doc:
    pg = Page()
    cyan = (0, 170, 255)
    pg.ellipse(15, 10, 14, 14, stroke=None, fill=cyan)
    pg.text(32, 21, "ENGIE", "sans:b", 20, cyan)
    pg.text(15, 32, "ENGIE - TSA 12345 - 92099 La Défense Cedex", "sans", 7.5, GREY)
    _window(pg, 112, 42, [holder] + addr.lines(), "sans", 10)
    pg.text(15, 46, "Votre facture", "sans:b", 16)
    pg.text(15, 53, f"du {C.fr_long(issue)}", "sans", 11)
    pg.text(15, 62, f"N° de facture : {invoice_no}", "sans", 8.5)
    pg.text(15, 67, f"Référence client : {client_no}", "sans", 8.5)
    pg.text(
        15,
        72,
        "Offre : Elec Référence 1 an + Gaz Référence 1 an"
        if service == "energy"
        else "Offre : Elec Tempo",
        "sans",
        8.5,
    )
    pg.rect(15, 84, 180, 26, stroke=cyan, lw=0.6)
    pg.text(20, 93, "Montant total à payer", "sans:b", 11)
    pg.text(20, 100, f"Période de facturation : du {C.fr(start)} au {C.fr(end)}", "sans", 9)
    pg.text(
        20, 106, f"Date limite de paiement : {C.fr(issue + dt.timedelta(days=15))}", "sans", 8.5
    )
    pg.text(190, 99, f"{C.money(amount)} € TTC", "sans:b", 18, (0, 110, 180), "r")
    half = round(amount * 0.56, 2)
    y = 124
    for title, val, pdl in (
        ("Électricité", half, f"PDL {1 * 10**13 + seed % 10**13:014d}"),
        ("Gaz naturel", round(amount - half, 2), f"PCE GI{seed % 10**6:06d}"),
    ):
        pg.rect(15, y, 180, 7, stroke=None, fill=(225, 244, 255))
        pg.text(18, y + 5, f"{title} - {pdl}", "sans:b", 9)
        pg.text(192, y + 5, C.money(val) + " €", "sans:b", 9, anchor="r")
        y += 10
        abo, conso, taxes = _amounts(seed + len(title), val)
        for a, v in (
            ("Abonnement", abo),
            ("Consommation", conso),
            ("Taxes et contributions", taxes),
        ):
            pg.text(22, y, a, "sans", 8.5)
            pg.text(192, y, C.money(v) + " €", "sans", 8.5, anchor="r")
            y += 6
        y += 4
    pg.text(15, y + 6, f"Adresse de fourniture : {addr.one()}", "sans", 8.5)
    pg.text(15, y + 11.5, f"Titulaire du contrat : {holder}", "sans", 8.5)
    pg.para(
        15,
        262,
        180,
        "ENGIE - SA au capital de 2 435 285 011 euros - RCS Nanterre 542 107 651 - Siège social : "
        "1 place Samuel de Champlain 92400 Courbevoie. Service client : 09 69 324 324.",
        "sans",
        6.8,
        color=GREY,
    )
    return Doc(
        "utility_bill", bill_fields("ENGIE", service, holder, addr, issue, start, end, amount), [pg]
    )


# ----------------------------------------------------------- TotalEnergies -
def bill_total(holder, addr, issue, start, end, amount, client_no, invoice_no, seed=0) -> Doc:
    pg = Page()
    red, blue = (237, 28, 36), (0, 94, 184)
    for i, c in enumerate([red, (255, 200, 0), (0, 160, 80), blue]):
        pg.ellipse(15 + i * 3, 12 + (i % 2) * 2, 8, 8, stroke=None, fill=c)
    pg.text(34, 19, "TotalEnergies", "sans:b", 15, red)
    pg.text(195, 15, "FACTURE", "sans:b", 13, blue, "r")
    pg.text(195, 21, f"N° {invoice_no}", "sans", 8.5, anchor="r")
    pg.text(195, 26, f"Émise le {C.fr(issue)}", "sans", 8.5, anchor="r")
    pg.text(15, 36, "Client", "sans:b", 9, blue)
    pg.text(15, 41, holder, "sans", 9)
    pg.text(15, 46, f"N° client : {client_no}", "sans", 8.5)
    pg.text(15, 51, "Contrat : Électricité - Offre Verte Fixe", "sans", 8.5)
    _window(pg, 112, 50, [holder.upper()] + [l.upper() for l in addr.lines()], size=9.5)
    pg.rect(15, 75, 85, 30, stroke=None, fill=(245, 245, 245))
    pg.text(20, 84, "À payer", "sans:b", 11)
    pg.text(95, 84, f"{C.money(amount)} €", "sans:b", 14, red, "r")
    pg.text(20, 92, "Prélèvement le " + C.fr(issue + dt.timedelta(days=10)), "sans", 8.5)
    pg.text(20, 98, f"Consommation du {C.fr(start)} au {C.fr(end)}", "sans", 8.5)
    abo, conso, taxes = _amounts(seed, amount)
    y = 118
    pg.text(15, y, "Détail de votre facture d'électricité", "sans:b", 11, blue)
    y += 8
    for a, v in (
        ("Abonnement (9 kVA)", abo),
        ("Énergie consommée - Base", conso),
        ("Acheminement, taxes et TVA", taxes),
    ):
        pg.text(18, y, a, "sans", 9)
        pg.text(190, y, C.money(v) + " €", "sans", 9, anchor="r")
        pg.line(15, y + 2, 195, y + 2, (220, 220, 220), 0.2)
        y += 7
    pg.text(18, y + 2, "Total TTC", "sans:b", 9.5)
    pg.text(190, y + 2, C.money(amount) + " €", "sans:b", 9.5, anchor="r")
    pg.text(15, y + 16, f"Site de consommation : {addr.one()}", "sans", 8.5)
    pg.para(
        15,
        265,
        180,
        "TotalEnergies Électricité et Gaz France - SA au capital de 8 742 625 € - RCS Nanterre "
        "478 941 778 - 2 bis rue Louis Armand 75015 Paris.",
        "sans",
        6.8,
        color=GREY,
    )
    return Doc(
        "utility_bill",
        bill_fields("TotalEnergies", "electricity", holder, addr, issue, start, end, amount),
        [pg],
    )


# ------------------------------------------------------------------ Free ---
def bill_free(
    holder, addr, issue, start, end, amount, line_no, client_id, invoice_no, email, seed=0
) -> Doc:
    pg = Page()
    red = (205, 30, 40)
    pg.text(15, 22, "free", "sans:b", 28, red)
    pg.text(15, 30, "Free Service Abonné", "sans", 8.5)
    pg.text(15, 34.5, "75371 Paris Cedex 08", "sans", 8.5)
    _window(pg, 112, 30, [holder] + addr.lines(), size=10, bold_first=False)
    y = 52
    for lab, val in (
        ("Nom de l'abonné", holder),
        ("Adresse de l'installation", addr.street),
        ("", f"{addr.cp} {addr.city.upper()}"),
        ("Adresse email de contact", email),
        ("Numéro de ligne", line_no),
        ("Id.client", client_id),
    ):
        pg.text(15, y, lab, "sans", 8.5, GREY)
        pg.text(60, y, val, "sans", 8.5)
        y += 5
    pg.rect(15, 88, 180, 12, stroke=None, fill=LIGHT)
    pg.text(
        18,
        96,
        f"Facture n°{invoice_no} du {issue.day:02d} {C.MOIS[issue.month - 1].capitalize()} {issue.year}",
        "sans:b",
        11,
    )
    pg.text(15, 110, f"Abonnement Freebox Pop du {C.fr(start)} au {C.fr(end)}", "sans", 9)
    ht = round(amount / 1.2, 2)
    tva = round(amount - ht, 2)
    y = 120
    for x, t in ((18, ""), (130, "Montant EUR HT"), (160, "Montant TVA"), (192, "Montant EUR TTC")):
        pg.text(x, y, t, "sans:b", 8, anchor="r" if x > 18 else "l")
    y += 7
    for lab, h, tv, tt in (
        ("Abonnements, forfaits et options", ht, tva, amount),
        ("Communications", 0, 0, 0),
        ("Services ponctuels ou occasionnels", 0, 0, 0),
        ("Total facture", ht, tva, amount),
    ):
        f = "sans:b" if lab.startswith("Total") else "sans"
        pg.text(18, y, lab, f, 8.5)
        pg.text(130, y, f"{h:.2f}", f, 8.5, anchor="r")
        pg.text(160, y, f"{tv:.2f}", f, 8.5, anchor="r")
        pg.text(192, y, f"{tt:.2f}", f, 8.5, anchor="r")
        y += 6
    pg.text(18, y + 3, f"TVA 20% payée sur les encaissements   {tva:.2f}", "sans", 8)
    pg.rect(120, y + 9, 75, 10, stroke=red, lw=0.4)
    pg.text(125, y + 15.5, "Somme à payer", "sans:b", 10)
    pg.text(192, y + 15.5, f"{amount:.2f} € TTC", "sans:b", 10, anchor="r")
    y += 30
    pg.text(15, y, "Avis de prélèvement automatique", "sans:b", 9.5)
    pg.text(
        15,
        y + 6,
        f"Montant du prélèvement : {amount:.2f} €   Prélèvement à partir du : "
        f"{(issue + dt.timedelta(days=3)).day:02d} {C.MOIS[issue.month - 1].capitalize()} {issue.year}",
        "sans",
        8.5,
    )
    pg.text(
        15,
        y + 11,
        "La somme à payer sera prélevée sur le compte désigné : FR76 ***************************",
        "sans",
        8.5,
    )
    pg.text(15, y + 22, "Service Clients", "sans:b", 9.5)
    pg.para(
        15,
        y + 28,
        180,
        "Téléphone : 3244 (depuis une Freebox). Courrier : Free Service Abonné 75371 Paris Cedex 08. "
        "Internet : sur votre Espace Abonné, rubrique « Mon abonnement ».",
        "sans",
        8,
    )
    pg.para(
        15,
        270,
        180,
        "Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS Paris - Siège social : 8 rue de la "
        "Ville l'Évêque 75008 Paris - N° de TVA intracommunautaire : FR 604 219 388 61",
        "sans",
        6.8,
        color=GREY,
    )
    return Doc(
        "utility_bill",
        bill_fields("Free", "internet", holder, addr, issue, start, end, amount),
        [pg],
    )


# ------------------------------------------------------------------- SFR ---
def bill_sfr(
    holder, addr, issue, start, end, amount, line_no, account, invoice_no, seed=0, service="mobile"
) -> Doc:
    pg = Page()
    red = (226, 0, 26)
    pg.rect(15, 10, 22, 22, stroke=None, fill=red)
    pg.text(26, 24, "SFR", "sans:b", 13, (255, 255, 255), "c")
    pg.text(45, 19, "Votre facture", "sans:b", 16)
    pg.text(45, 26, f"du {C.fr(issue)}", "sans", 11)
    pg.text(15, 42, f"N° de compte client : {account}", "sans", 8.5)
    pg.text(15, 47, f"N° de facture : {invoice_no}", "sans", 8.5)
    pg.text(
        15,
        52,
        f"Ligne : {line_no}" if service == "mobile" else f"Identifiant box : {line_no}",
        "sans",
        8.5,
    )
    _window(pg, 112, 44, [f"{holder}"] + addr.lines(), size=10)
    pg.rect(15, 72, 180, 24, stroke=None, fill=(250, 235, 236))
    pg.text(20, 81, "Montant de la facture", "sans:b", 11)
    pg.text(20, 88, f"Prélevé à partir du {C.fr(issue + dt.timedelta(days=8))}", "sans", 8.5)
    pg.text(190, 86, f"{C.money(amount)} €", "sans:b", 20, red, "r")
    pg.text(15, 108, f"Période du {C.fr(start)} au {C.fr(end)}", "sans:b", 10)
    offer = "Forfait SFR 5G 100 Go" if service == "mobile" else "SFR Fibre Power"
    y = 118
    for lab, v in (
        (f"Abonnement {offer}", round(amount * 0.92, 2)),
        ("Options et services", round(amount * 0.08, 2)),
        ("Communications hors forfait", 0.0),
    ):
        pg.text(18, y, lab, "sans", 9)
        pg.text(192, y, C.money(v) + " €", "sans", 9, anchor="r")
        pg.line(15, y + 2, 195, y + 2, (220, 220, 220), 0.2)
        y += 7
    pg.text(18, y + 2, "Total TTC (dont TVA 20 %)", "sans:b", 9.5)
    pg.text(192, y + 2, C.money(amount) + " €", "sans:b", 9.5, anchor="r")
    pg.text(15, y + 16, f"Titulaire : {holder}", "sans", 8.5)
    pg.para(
        15,
        266,
        180,
        "SFR - Société Française du Radiotéléphone - SA au capital de 3 423 265 598,40 € - RCS Paris "
        "343 059 564 - Siège social : 16 rue du Général Alain de Boissieu 75015 Paris.",
        "sans",
        6.8,
        color=GREY,
    )
    return Doc(
        "utility_bill", bill_fields("SFR", service, holder, addr, issue, start, end, amount), [pg]
    )


# ---------------------------------------------------------------- Orange ---
def bill_orange(
    holder, addr, issue, start, end, amount, account, invoice_no, seed=0, month_only=False
) -> Doc:
    pg = Page()
    orange = (255, 121, 0)
    pg.rect(15, 10, 20, 20, stroke=None, fill=(0, 0, 0))
    pg.rect(17, 24, 16, 4, stroke=None, fill=orange)
    pg.text(18, 22, "orange", "sans:b", 6.5, (255, 255, 255))
    pg.text(195, 18, "facture", "sans:b", 16, anchor="r")
    if month_only:
        pg.text(195, 25, f"{C.MOIS[start.month - 1]} {start.year}", "sans", 11, anchor="r")
    else:
        pg.text(195, 25, f"du {C.fr_long(issue)}", "sans", 11, anchor="r")
    pg.text(15, 40, "vos références", "sans:b", 9.5, orange)
    pg.text(15, 46, f"n° client : {account}", "sans", 8.5)
    pg.text(15, 51, f"n° de facture : {invoice_no}", "sans", 8.5)
    pg.text(15, 56, "offre : Livebox Fibre", "sans", 8.5)
    pg.text(15, 61, f"date d'émission : {C.fr(issue)}", "sans", 8.5)
    _window(pg, 112, 46, [holder] + addr.lines(), size=10)
    pg.rect(15, 75, 180, 18, stroke=None, fill=(0, 0, 0))
    pg.text(20, 86, "montant à payer", "sans:b", 12, (255, 255, 255))
    pg.text(190, 87, f"{C.money(amount)} €", "sans:b", 18, orange, "r")
    y = 106
    if month_only:
        pg.text(15, y, f"facture de {C.MOIS[start.month - 1]} {start.year}", "sans:b", 11)
    else:
        pg.text(15, y, f"période facturée : du {C.fr(start)} au {C.fr(end)}", "sans:b", 11)
    y += 10
    for lab, v in (
        ("abonnement Livebox Fibre", round(amount * 0.85, 2)),
        ("option TV", round(amount * 0.15, 2)),
        ("communications", 0.0),
    ):
        pg.text(18, y, lab, "sans", 9)
        pg.text(192, y, C.money(v) + " €", "sans", 9, anchor="r")
        y += 7
    pg.line(15, y - 3, 195, y - 3, (0, 0, 0), 0.3)
    pg.text(18, y + 2, "total TTC", "sans:b", 9.5)
    pg.text(192, y + 2, C.money(amount) + " €", "sans:b", 9.5, anchor="r")
    pg.text(15, y + 15, f"adresse d'installation : {addr.one()}", "sans", 8.5)
    pg.para(
        15,
        266,
        180,
        "Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres 75015 Paris - "
        "380 129 866 RCS Paris",
        "sans",
        6.8,
        color=GREY,
    )
    f = bill_fields(
        "Orange",
        "internet",
        holder,
        addr,
        issue,
        None if month_only else start,
        None if month_only else end,
        amount,
        month=f"{start.year}-{start.month:02d}" if month_only else None,
    )
    return Doc("utility_bill", f, [pg])


# -------------------------------------------------------------- Bouygues ---
def bill_bouygues(holder, addr, issue, start, end, amount, account, invoice_no, seed=0) -> Doc:
    pg = Page()
    navy, cyan = (0, 43, 92), (0, 159, 227)
    pg.rect(0, 0, 210, 30, stroke=None, fill=navy)
    pg.text(15, 19, "BOUYGUES", "sans:b", 16, (255, 255, 255))
    pg.text(62, 19, "TELECOM", "sans", 16, cyan)
    pg.text(195, 14, f"Facture N° {invoice_no}", "sans", 9, (255, 255, 255), "r")
    pg.text(195, 20, f"du {C.fr(issue)}", "sans", 9, (255, 255, 255), "r")
    pg.text(15, 42, "Client", "sans:b", 9, navy)
    pg.text(15, 47, holder, "sans", 9)
    pg.text(15, 52, f"Compte client n° {account}", "sans", 8.5)
    _window(pg, 112, 44, [holder.upper()] + [l.upper() for l in addr.lines()], size=9.5)
    pg.text(15, 76, "Votre Bbox Must", "sans:b", 13, navy)
    pg.text(15, 83, f"Facturation du {C.fr(start)} au {C.fr(end)}", "sans", 9.5)
    pg.rect(130, 72, 65, 16, stroke=None, fill=(230, 245, 252))
    pg.text(133, 79, "Total à payer", "sans:b", 9.5, navy)
    pg.text(192, 85.5, f"{C.money(amount)} €", "sans:b", 14, navy, "r")
    y = 100
    for lab, v in (
        ("Forfait Bbox Must", round(amount * 0.9, 2)),
        ("Location décodeur TV", round(amount * 0.1, 2)),
        ("Consommations hors forfait", 0.0),
    ):
        pg.text(18, y, lab, "sans", 9)
        pg.text(192, y, C.money(v) + " €", "sans", 9, anchor="r")
        pg.line(15, y + 2, 195, y + 2, (220, 220, 220), 0.2)
        y += 7
    pg.text(15, y + 10, f"Adresse de la ligne fixe : {addr.one()}", "sans", 8.5)
    pg.text(
        15,
        y + 16,
        "Le montant sera prélevé sur votre compte bancaire le "
        + C.fr(issue + dt.timedelta(days=12)),
        "sans",
        8.5,
    )
    pg.para(
        15,
        266,
        180,
        "Bouygues Telecom - SA au capital de 727 705 301,71 € - 397 480 930 RCS Paris - 37-39 rue "
        "Boissière 75116 Paris.",
        "sans",
        6.8,
        color=GREY,
    )
    return Doc(
        "utility_bill",
        bill_fields("Bouygues Telecom", "internet", holder, addr, issue, start, end, amount),
        [pg],
    )


# ----------------------------------------------------------------- water ---
def bill_water(provider, holder, addr, issue, start, end, amount, contract, seed=0) -> Doc:
    pg = Page()
    blue = (0, 120, 190)
    pg.ellipse(15, 10, 12, 16, stroke=None, fill=blue)
    pg.text(31, 21, provider, "sans:b", 16, blue)
    pg.text(195, 16, "Facture d'eau", "sans:b", 12, anchor="r")
    pg.text(195, 22, f"du {C.fr(issue)}", "sans", 9, anchor="r")
    _window(pg, 112, 40, [holder] + addr.lines(), size=10)
    pg.text(15, 40, f"Contrat n° {contract}", "sans", 8.5)
    pg.text(15, 45, f"Compteur n° {seed % 10**8:08d}", "sans", 8.5)
    pg.text(15, 50, f"Adresse desservie : {addr.street}", "sans", 8.5)
    pg.rect(15, 70, 180, 18, stroke=blue, lw=0.4)
    pg.text(20, 81, f"Période de consommation du {C.fr(start)} au {C.fr(end)}", "sans:b", 9.5)
    pg.text(190, 81, f"{C.money(amount)} € TTC", "sans:b", 12, blue, "r")
    y = 100
    m3 = 20 + seed % 40
    for lab, v in (
        ("Abonnement eau potable", amount * 0.15),
        (f"Consommation eau potable ({m3} m³)", amount * 0.4),
        ("Collecte et traitement des eaux usées", amount * 0.35),
        ("Redevances Agence de l'eau", amount * 0.1),
    ):
        pg.text(18, y, lab, "sans", 9)
        pg.text(192, y, C.money(round(v, 2)) + " €", "sans", 9, anchor="r")
        y += 7
    pg.para(
        15,
        266,
        180,
        f"{provider} - service public de l'eau. Réclamations : par courrier ou sur l'espace abonné.",
        "sans",
        6.8,
        color=GREY,
    )
    return Doc(
        "utility_bill",
        bill_fields(provider, "water", holder, addr, issue, start, end, amount),
        [pg],
    )


# ------------------------------------------------- attestation de contrat --
def attestation_titulaire(provider, holder, addr, since, issue, client_no, seed=0) -> Doc:
    pg = Page()
    if provider == "EDF":
        edf_logo(pg, 15, 12)
    else:
        pg.ellipse(15, 10, 14, 14, stroke=None, fill=(0, 170, 255))
        pg.text(32, 21, "ENGIE", "sans:b", 20, (0, 170, 255))
    _window(pg, 112, 45, [holder] + addr.lines(), size=10)
    pg.text(15, 50, f"Référence client : {client_no}", "sans", 8.5)
    pg.text(112, 85, f"Le {C.fr_long(issue)}", "sans", 10)
    pg.text(105, 105, "ATTESTATION DE TITULAIRE DE CONTRAT", "sans:b", 13, anchor="c")
    kind = "d'électricité" if provider == "EDF" else "d'électricité et de gaz naturel"
    y = pg.para(
        20,
        122,
        170,
        f"Nous soussignés, {provider}, attestons que {holder} est titulaire d'un contrat de "
        f"fourniture {kind} depuis le {C.fr(since)} pour le logement situé :",
        "sans",
        10.5,
        leading=6,
    )
    for ln in addr.lines():
        pg.text(40, y + 3, ln, "sans:b", 10.5)
        y += 6
    y = pg.para(
        20,
        y + 8,
        170,
        "Cette attestation est délivrée à la demande de l'intéressé(e) pour servir et valoir ce "
        "que de droit. Elle ne préjuge pas du règlement des factures.",
        "sans",
        10.5,
        leading=6,
    )
    pg.text(120, y + 18, "Le Service Client", "sans", 10)
    pg.text(120, y + 24, provider, "sans:b", 10)
    pg.para(
        15,
        266,
        180,
        (
            "EDF SA - 552 081 317 R.C.S. Paris"
            if provider == "EDF"
            else "ENGIE - SA - RCS Nanterre 542 107 651"
        )
        + " - document établi depuis votre Espace Client.",
        "sans",
        6.8,
        color=GREY,
    )
    f = bill_fields(
        provider,
        "electricity" if provider == "EDF" else "energy",
        holder,
        addr,
        issue,
        None,
        None,
        None,
    )
    f["contract_start"] = since.isoformat()
    return Doc(
        "utility_bill",
        f,
        [pg],
        notes="Attestation de titulaire de contrat d'énergie: no billing period.",
    )


# ------------------------------------------------------------------ lease ---
def lease_empty(
    landlord: str,
    landlord_addr: str,
    tenants: list[str],
    addr: Addr,
    start: dt.date,
    rent: float,
    charges: float,
    signed_at: str,
    signed_on: dt.date,
    seed=0,
    surface=42,
    rooms=2,
    agency: str | None = None,
    font="serif",
) -> Doc:
    """Bail d'habitation, logement nu, modèle type (loi n° 89-462, décret n° 2015-587). 3 pages."""
    pages = []
    b = font + ":b"

    def new(n):
        pg = Page()
        pg.text(195, 290, f"Page {n}/3", font, 7.5, GREY, "r")
        pg.text(15, 290, "Paraphes :", font, 7.5, GREY)
        pg.image(signature(landlord, seed + 40 + n, 14, 6, INK_BLUE, 2), 32, 285, 10, None)
        pg.image(signature(tenants[0], seed + 50 + n, 14, 6, INK_BLUE, 2), 44, 285, 10, None)
        pages.append(pg)
        return pg

    pg = new(1)
    if agency:
        pg.text(15, 15, agency, "sans:b", 11, (20, 70, 120))
        pg.text(
            15,
            20,
            "Administration de biens - Gestion locative - Carte professionnelle CPI 7501 2021 000 045 678",
            "sans",
            7,
            GREY,
        )
    pg.text(105, 32, "CONTRAT DE LOCATION", b, 15, anchor="c")
    pg.text(105, 39, "LOCAUX VIDES À USAGE D'HABITATION", b, 11, anchor="c")
    pg.para(
        25,
        45,
        160,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports "
        "locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        font + ":i",
        8.5,
        anchor="c",
    )
    y = 62
    pg.text(15, y, "I. DÉSIGNATION DES PARTIES", b, 10.5)
    y = pg.para(15, y + 6, 180, "Le présent contrat est conclu entre les soussignés :", font, 9.5)
    y = pg.para(
        15,
        y + 1,
        180,
        f"{landlord}, demeurant {landlord_addr}, personne physique, désigné(e) ci-après « le "
        "bailleur » ;" + (f" représenté(e) par le mandataire {agency}." if agency else ""),
        font,
        9.5,
    )
    tn = " et ".join(tenants)
    y = pg.para(15, y + 2, 180, f"{tn}, désigné(s) ci-après « le(s) locataire(s) ».", font, 9.5)
    y += 4
    pg.text(15, y, "II. OBJET DU CONTRAT", b, 10.5)
    y = pg.para(
        15,
        y + 6,
        180,
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
        font,
        9.5,
    )
    for ln in (
        f"Adresse du logement : {addr.one()}",
        "Type d'habitat : immeuble collectif - Régime juridique : copropriété",
        "Période de construction : de 1949 à 1974",
        f"Surface habitable : {surface} m²",
        f"Nombre de pièces principales : {rooms}",
        "Autres parties du logement : cave n° 12",
        "Modalité de production de chauffage : individuel gaz",
        "Modalité de production d'eau chaude sanitaire : individuelle",
        "Destination des locaux : usage d'habitation principale",
    ):
        y = pg.para(22, y + 1, 170, "- " + ln, font, 9.5)
    y += 4
    pg.text(15, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", b, 10.5)
    y = pg.para(
        15,
        y + 6,
        180,
        f"La durée du contrat et sa date de prise d'effet sont ainsi définies : "
        f"A. Date de prise d'effet du contrat : le {C.fr(start)}. B. Durée du contrat : "
        "trois ans (bailleur personne physique).",
        font,
        9.5,
    )
    y = pg.para(
        15,
        y + 2,
        180,
        "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, "
        "reconduit tacitement pour 3 ans et dans les mêmes conditions. Le locataire peut mettre "
        "fin au bail à tout moment, après avoir donné congé.",
        font,
        9.5,
    )
    y += 4
    pg.text(15, y, "IV. CONDITIONS FINANCIÈRES", b, 10.5)
    y = pg.para(
        15,
        y + 6,
        180,
        f"A. Loyer. Montant du loyer mensuel : {C.money(rent)} € hors charges. Le loyer est "
        "payable mensuellement et d'avance, le 1er de chaque mois.",
        font,
        9.5,
    )
    y = pg.para(
        15,
        y + 2,
        180,
        f"B. Charges récupérables : provisions sur charges avec régularisation annuelle, "
        f"montant mensuel : {C.money(charges)} €.",
        font,
        9.5,
    )
    pg = new(2)
    y = 20
    y = pg.para(
        15,
        y,
        180,
        f"C. Total mensuel : {C.money(rent + charges)} €. Le loyer est révisable chaque année à la "
        "date anniversaire du contrat selon la variation de l'indice de référence des loyers (IRL) "
        "publié par l'INSEE.",
        font,
        9.5,
    )
    for title, txt in (
        ("V. TRAVAUX", "Néant."),
        (
            "VI. GARANTIES",
            f"Montant du dépôt de garantie de l'exécution des obligations du locataire : "
            f"{C.money(rent)} € (un mois de loyer hors charges).",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ",
            "Modalités particulières des obligations en cas de pluralité de locataires : "
            "les colocataires sont tenus solidairement et indivisiblement de l'exécution "
            "des obligations du présent contrat.",
        ),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Modalités de résiliation de plein droit du contrat : le bail sera résilié "
            "de plein droit en cas d'inexécution des obligations du locataire, soit en "
            "cas de défaut de paiement des loyers et des charges locatives au terme "
            "convenu, de non-versement du dépôt de garantie, de défaut d'assurance du "
            "locataire contre les risques locatifs, de troubles de voisinage constatés "
            "par une décision de justice passée en force de chose jugée.",
        ),
        (
            "IX. HONORAIRES DE LOCATION",
            "Honoraires à la charge du locataire : prestations de visite, de "
            "constitution de dossier et de rédaction de bail : 8,00 €/m² ; état des "
            "lieux : 3,00 €/m²."
            if agency
            else "Sans objet (location entre particuliers).",
        ),
        (
            "X. AUTRES CONDITIONS PARTICULIÈRES",
            "Le locataire s'engage à souscrire une assurance habitation et à en "
            "justifier lors de la remise des clés puis chaque année.",
        ),
        (
            "XI. ANNEXES",
            "Sont annexées et jointes au contrat de location les pièces suivantes : dossier de "
            "diagnostic technique (DPE, CREP, ERP, état de l'installation intérieure d'électricité et "
            "de gaz), notice d'information, état des lieux d'entrée, extrait du règlement de "
            "copropriété.",
        ),
    ):
        y += 5
        pg.text(15, y, title, b, 10.5)
        y = pg.para(15, y + 6, 180, txt, font, 9.5)
    pg = new(3)
    y = 25
    pg.text(15, y, "SIGNATURES", b, 10.5)
    y = pg.para(
        15,
        y + 7,
        180,
        f"Le présent contrat est établi en {len(tenants) + 1} exemplaires originaux, dont un "
        "remis à chaque signataire.",
        font,
        9.5,
    )
    pg.text(15, y + 8, f"Fait à {signed_at}, le {C.fr(signed_on)}", font, 10)
    y += 22
    pg.text(20, y, "Signature du bailleur", b, 9.5)
    pg.text(20, y + 5, "(ou de son mandataire)", font + ":i", 8.5)
    hand(pg, 20, y + 14, "Lu et approuvé", "h-dancing", 4.5, INK_BLUE, seed + 1)
    pg.image(signature(landlord, seed + 2, 45, 16, INK_BLUE), 20, y + 17, 42, None)
    for i, t in enumerate(tenants):
        xx = 110 if i == 0 else 110
        yy = y + i * 45
        pg.text(xx, yy, "Signature du locataire" + (f" ({t})" if len(tenants) > 1 else ""), b, 9.5)
        hand(
            pg,
            xx,
            yy + 14,
            "Lu et approuvé, bon pour accord",
            "h-dancing",
            4.5,
            INK_BLUE,
            seed + 5 + i,
        )
        pg.image(signature(t, seed + 7 + i, 45, 16, INK_BLUE), xx, yy + 17, 42, None)
    fields = dict(
        tenant_names=tenants,
        landlord=landlord if not agency else landlord,
        address=addr.one(),
        start_date=start.isoformat(),
    )
    return Doc("lease", fields, pages)


def lease_meuble(
    landlord: str,
    tenants: list[str],
    addr: Addr,
    start: dt.date,
    rent: float,
    signed_on: dt.date,
    seed=0,
) -> Doc:
    """Bail meublé, simpler 2-page private template (sans-serif, label: value blocks)."""
    p1, p2 = Page(), Page()
    p1.rect(15, 12, 180, 18, stroke=None, fill=(40, 60, 90))
    p1.text(105, 20, "BAIL DE LOCATION MEUBLÉE", "open:b", 14, (255, 255, 255), "c")
    p1.text(
        105,
        26.5,
        "Résidence principale du locataire - Titre Ier bis de la loi n° 89-462 du 6 juillet 1989",
        "open",
        7.5,
        (230, 230, 230),
        "c",
    )
    y = 42
    blocks = [
        (
            "LE BAILLEUR",
            [
                landlord,
                "Né(e) le 03/05/1962 à Nantes",
                "demeurant 8 allée des Tilleuls, 44300 Nantes",
            ],
        ),
        ("LE(S) LOCATAIRE(S)", tenants),
        (
            "LE LOGEMENT",
            [
                addr.one(),
                "Appartement T2 meublé de 38 m², 3e étage avec ascenseur",
                "Liste du mobilier et inventaire annexés (décret n° 2015-981)",
            ],
        ),
        ("DURÉE", [f"Prise d'effet : {C.fr_long(start)}", "Durée : 1 an, renouvelable tacitement"]),
        (
            "LOYER",
            [
                f"Loyer mensuel : {C.money(rent)} € charges comprises (forfait de charges : 60,00 €)",
                "Payable le 5 de chaque mois par virement",
                f"Dépôt de garantie : {C.money(rent * 2)} €",
            ],
        ),
    ]
    for title, lines in blocks:
        p1.text(15, y, title, "open:b", 9.5, (40, 60, 90))
        p1.line(15, y + 1.5, 195, y + 1.5, (40, 60, 90), 0.3)
        y += 7
        for ln in lines:
            p1.text(20, y, ln, "open", 9.5)
            y += 5.5
        y += 4
    y = p1.para(
        15,
        y,
        180,
        "OBLIGATIONS DU LOCATAIRE : payer le loyer et les charges aux termes convenus ; user "
        "paisiblement des locaux et du mobilier ; répondre des dégradations ; s'assurer contre les "
        "risques locatifs ; ne pas sous-louer sans accord écrit du bailleur.",
        "open",
        8.5,
    )
    y = p1.para(
        15,
        y + 3,
        180,
        "OBLIGATIONS DU BAILLEUR : délivrer un logement décent et meublé conformément au décret "
        "n° 2015-981 du 31 juillet 2015 ; assurer la jouissance paisible ; entretenir les locaux.",
        "open",
        8.5,
    )
    p1.text(195, 288, "1/2", "open", 8, GREY, "r")
    y = 25
    y = p2.para(
        15,
        y,
        180,
        "CONGÉ : le locataire peut donner congé à tout moment avec un préavis d'un mois. Le bailleur "
        "peut donner congé à l'échéance du bail avec un préavis de trois mois, pour reprise, vente "
        "ou motif légitime et sérieux.",
        "open",
        9,
    )
    y = p2.para(
        15,
        y + 4,
        180,
        "CLAUSE RÉSOLUTOIRE : à défaut de paiement d'un seul terme de loyer ou de charges à son "
        "échéance, et deux mois après un commandement de payer demeuré infructueux, le bail sera "
        "résilié de plein droit.",
        "open",
        9,
    )
    p2.text(15, y + 12, f"Fait en deux exemplaires à Nantes, le {C.fr(signed_on)}", "open", 10)
    p2.text(20, y + 26, "Le bailleur", "open:b", 9.5)
    p2.text(115, y + 26, "Le(s) locataire(s)", "open:b", 9.5)
    hand(p2, 20, y + 36, "Lu et approuvé", "h-dkg", 4.5, INK_BLUE, seed)
    p2.image(signature(landlord, seed + 1, 45, 16, INK_BLUE), 20, y + 38, 40, None)
    for i, t in enumerate(tenants):
        hand(p2, 115, y + 36 + i * 32, "Lu et approuvé", "h-dkg", 4.5, INK_BLUE, seed + 3 + i)
        p2.image(signature(t, seed + 4 + i, 45, 16, INK_BLUE), 115, y + 38 + i * 32, 40, None)
    p2.text(195, 288, "2/2", "open", 8, GREY, "r")
    return Doc(
        "lease",
        dict(
            tenant_names=tenants,
            landlord=landlord,
            address=addr.one(),
            start_date=start.isoformat(),
        ),
        [p1, p2],
    )


def quittance(
    landlord: str,
    landlord_addr: str,
    tenant: str,
    addr: Addr,
    month_start: dt.date,
    rent: float,
    charges: float,
    issued: dt.date,
    seed=0,
) -> Doc:
    pg = Page()
    pg.text(15, 20, landlord, "sans:b", 10)
    pg.text(15, 25, landlord_addr, "sans", 9)
    _window(pg, 112, 40, [tenant] + addr.lines(), size=10)
    pg.text(105, 75, "QUITTANCE DE LOYER", "sans:b", 15, anchor="c")
    end = C.month_end(month_start.year, month_start.month)
    pg.text(
        105,
        83,
        f"Quittance de loyer du mois de {C.MOIS[month_start.month - 1]} {month_start.year}",
        "sans",
        10,
        anchor="c",
    )
    y = pg.para(
        20,
        98,
        170,
        f"Je soussigné(e) {landlord}, propriétaire du logement désigné ci-dessous, déclare avoir "
        f"reçu de {tenant} la somme de {C.money(rent + charges)} euros "
        f"({C.num_fr(int(rent + charges))} euros), au titre du paiement du loyer et des charges "
        f"pour la période de location du {C.fr(month_start)} au {C.fr(end)} et lui en donne "
        "quittance, sous réserve de tous mes droits.",
        "sans",
        10.5,
        leading=6,
    )
    pg.text(20, y + 8, f"Adresse du logement : {addr.one()}", "sans", 10)
    y += 20
    pg.text(20, y, "Détail du règlement :", "sans:b", 10)
    for lab, v in (("Loyer", rent), ("Provision pour charges", charges), ("Total", rent + charges)):
        y += 7
        pg.text(30, y, lab, "sans:b" if lab == "Total" else "sans", 10)
        pg.text(120, y, C.money(v) + " €", "sans:b" if lab == "Total" else "sans", 10, anchor="r")
    pg.text(
        20, y + 14, f"Date du paiement : {C.fr(month_start + dt.timedelta(days=3))}", "sans", 10
    )
    pg.text(120, y + 28, f"Fait à Paris, le {C.fr(issued)}", "sans", 10)
    pg.image(signature(landlord, seed, 45, 16, INK_BLUE), 125, y + 32, 42, None)
    pg.para(
        20,
        260,
        170,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte versé sur la "
        "présente période. Elle est à conserver pendant trois ans par le locataire (loi n° 89-462 du 6 "
        "juillet 1989, art. 21).",
        "sans",
        7.5,
        color=GREY,
    )
    return Doc("unknown", {}, [pg], notes="Quittance de loyer (rent receipt): not a lease.")


# ----------------------------------------------------- hosting attestation -
ATT_TEXT = (
    "Je soussigné(e) {host}, né(e) le {host_dob} à {host_pob}, demeurant {addr}, certifie sur l'honneur "
    "héberger à mon domicile {civ} {hosted}, né(e) le {hosted_dob} à {hosted_pob}, depuis le {since}."
)


def hosting_handwritten(
    host: str,
    host_dob: dt.date,
    host_pob: str,
    hosted: str,
    hosted_civ: str,
    hosted_dob: dt.date,
    hosted_pob: str,
    addr: Addr,
    since: dt.date,
    city: str,
    on: dt.date,
    seed=0,
    signed=True,
    font="h-dkg",
    ink=INK_BLUE,
    lined=True,
) -> Doc:
    """A hand-written attestation on plain or ruled paper."""
    pg = Page(bg=(253, 253, 250))
    if lined:
        for i in range(34):
            pg.line(0, 30 + i * 8, 210, 30 + i * 8, (190, 205, 230), 0.2)
        pg.line(28, 0, 28, 297, (230, 160, 160), 0.3)
    sz = 5.6
    y = 38
    for ln in [host] + addr.lines():
        hand(pg, 32, y, ln, font, sz, ink, seed + y)
        y += 8
    y += 8
    hand(pg, 70, y, "ATTESTATION D'HÉBERGEMENT", font, 6.5, ink, seed + 1)
    y += 16
    text = ATT_TEXT.format(
        host=host,
        host_dob=C.fr(host_dob),
        host_pob=host_pob,
        addr=addr.one(),
        civ=hosted_civ,
        hosted=hosted,
        hosted_dob=C.fr(hosted_dob),
        hosted_pob=hosted_pob,
        since=C.fr(since),
    )
    from core import text_width

    words = text.split()
    line = ""
    lines = []
    for w in words:
        t = (line + " " + w).strip()
        if text_width(t, font, sz * 2.83 * 1.05) > 160 and line:
            lines.append(line)
            line = w
        else:
            line = t
    lines.append(line)
    lines.append("Fait pour servir et valoir ce que de droit.")
    for i, ln in enumerate(lines):
        hand(pg, 32, y, ln, font, sz, ink, seed + 100 + i, maxw=170)
        y += 8
    y += 8
    hand(pg, 110, y, f"Fait à {city}, le {C.fr(on)}", font, sz, ink, seed + 300)
    y += 10
    if signed:
        pg.image(signature(host, seed + 400, 48, 17, ink), 120, y, 46, None)
    y += 26
    hand(
        pg,
        32,
        y,
        "PJ : copie de ma pièce d'identité, justificatif de domicile",
        font,
        4.8,
        ink,
        seed + 500,
    )
    return Doc(
        "hosting_attestation",
        dict(
            host_name=host,
            hosted_name=hosted,
            address=addr.one(),
            since_date=since.isoformat(),
            signed_on=on.isoformat(),
            signed=signed,
        ),
        [pg],
    )


def hosting_typed(
    host: str,
    host_dob: dt.date,
    host_pob: str,
    hosted: str,
    hosted_civ: str,
    hosted_dob: dt.date,
    hosted_pob: str,
    addr: Addr,
    since: dt.date,
    city: str,
    on: dt.date,
    seed=0,
    signed=True,
    font="carlito",
) -> Doc:
    """Typed from a web template (service-public style), signed by hand or with a pasted signature image."""
    pg = Page()
    pg.text(20, 25, host, font + ":b", 11)
    for i, ln in enumerate(addr.lines()):
        pg.text(20, 30.5 + i * 5, ln, font, 11)
    pg.text(190, 60, f"{city}, le {C.fr_long(on)}", font, 11, anchor="r")
    pg.text(20, 80, "Objet : attestation d'hébergement", font + ":b", 11)
    pg.text(105, 100, "ATTESTATION D'HÉBERGEMENT", font + ":b", 15, anchor="c")
    text = ATT_TEXT.format(
        host=host,
        host_dob=C.fr(host_dob),
        host_pob=host_pob,
        addr=addr.one(),
        civ=hosted_civ,
        hosted=hosted,
        hosted_dob=C.fr(hosted_dob),
        hosted_pob=hosted_pob,
        since=C.fr(since),
    )
    y = pg.para(20, 118, 170, text, font, 11.5, leading=7)
    y = pg.para(
        20,
        y + 5,
        170,
        "Cette attestation est établie pour servir et valoir ce que de droit, notamment auprès "
        "de la Caisse primaire d'assurance maladie.",
        font,
        11.5,
        leading=7,
    )
    y = pg.para(
        20,
        y + 5,
        170,
        "Je joins à la présente une copie de ma pièce d'identité ainsi qu'un justificatif de "
        "domicile à mon nom.",
        font,
        11.5,
        leading=7,
    )
    pg.para(
        20,
        y + 8,
        170,
        "J'ai connaissance que la loi punit quiconque établit une attestation faisant état de faits "
        "matériellement inexacts (article 441-7 du code pénal).",
        font + ":i",
        9.5,
        leading=5.5,
    )
    pg.text(130, y + 32, "Signature", font, 11)
    if signed:
        pg.image(signature(host, seed, 48, 17, INK_BLUE), 128, y + 35, 46, None)
    return Doc(
        "hosting_attestation",
        dict(
            host_name=host,
            hosted_name=hosted,
            address=addr.one(),
            since_date=since.isoformat(),
            signed_on=on.isoformat(),
            signed=signed,
        ),
        [pg],
    )


def home_insurance(
    insurer: str, holder: str, addr: Addr, start: dt.date, issued: dt.date, seed=0
) -> Doc:
    pg = Page()
    pg.rect(15, 12, 50, 14, stroke=None, fill=(0, 80, 60))
    pg.text(40, 21.5, insurer, "sans:b", 12, (255, 255, 255), "c")
    _window(pg, 112, 40, [holder] + addr.lines())
    pg.text(105, 80, "ATTESTATION D'ASSURANCE HABITATION", "sans:b", 13, anchor="c")
    pg.text(
        105,
        86,
        f"Période de validité : du {C.fr(start)} au {C.fr(C.add_months(start, 12) - dt.timedelta(days=1))}",
        "sans",
        9.5,
        anchor="c",
    )
    y = pg.para(
        20,
        100,
        170,
        f"{insurer} atteste que {holder}, sociétaire n° {seed % 10**8:08d}, est titulaire d'un "
        "contrat Multirisque Habitation garantissant sa responsabilité civile locative (risques "
        "d'incendie, dégâts des eaux, explosion) pour le logement situé :",
        "sans",
        10.5,
        leading=6,
    )
    pg.text(40, y + 4, addr.one(), "sans:b", 10.5)
    pg.para(
        20,
        y + 16,
        170,
        "La présente attestation ne peut engager l'assureur au-delà des conditions et limites du "
        "contrat auquel elle se réfère. Elle est délivrée pour servir et valoir ce que de droit.",
        "sans",
        10,
        leading=6,
    )
    pg.text(130, y + 44, f"Fait à Niort, le {C.fr(issued)}", "sans", 10)
    return Doc(
        "unknown",
        {},
        [pg],
        notes="Home insurance certificate: not an accepted proof of residence here.",
    )
