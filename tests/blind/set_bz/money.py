"""Bank details (RIB PDFs, a neobank screen) and utility bills (Free, SFR, EDF)."""

from PIL import Image, ImageDraw
from reportlab.lib.units import mm

import core
import looks
from core import Pg


def rib_pdf(r, rng):
    """A French RIB as banks let customers download it; r['bank'] picks the layout."""
    iban, key = core.fr_iban(r["code_banque"], r["code_guichet"], r["compte"])
    assert r.get("iban", iban) == iban
    c = core.new_canvas(title="RIB", author=r["bank_name"])
    p = Pg(c)
    style = r["bank"]
    if style == "lcl":
        p.rect(0, 0, 210, 26, stroke=None, fill="#0b1f4f")
        p.t(15, 16, "LCL", "SansB", 22, "#ffffff")
        p.t(42, 16, "BANQUE ET ASSURANCE", "Sans", 8, "#d7c07a")
        p.t(105, 40, "RELEVÉ D'IDENTITÉ BANCAIRE", "SansB", 13, "#0b1f4f", "c")
        y0, font, bold = 52, "Sans", "SansB"
    elif style == "lbp":
        p.rect(15, 12, 14, 14, stroke=None, fill="#f6d200", r=2)
        p.t(22, 22, "✉", "Sans", 10, "#173b7a", "c")
        p.t(33, 18, "LA BANQUE POSTALE", "LibB", 13, "#173b7a")
        p.t(33, 23, "Relevé d'Identité Bancaire", "Lib", 9, "#173b7a")
        y0, font, bold = 40, "Lib", "LibB"
    else:
        p.rect(15, 12, 12, 12, stroke=None, fill="#d5001c", r=6)
        p.t(31, 17, "CAISSE D'EPARGNE", "OpenB", 12, "#d5001c")
        p.t(31, 22, r["branch_region"], "Open", 8, "#444444")
        p.t(195, 18, "RIB", "OpenB", 16, "#d5001c", "r")
        y0, font, bold = 38, "Open", "OpenB"
    p.rect(15, y0, 180, 34, stroke="#888888", lw=0.5)
    p.t(19, y0 + 6, "Titulaire du compte" if style != "lbp" else "Titulaire(s)", font, 8, "#555555")
    y = y0 + 12
    for ln in r["holder_lines"]:
        p.t(19, y, ln, bold, 10)
        y += 5
    p.t(112, y0 + 6, "Domiciliation", font, 8, "#555555")
    yy = y0 + 12
    for ln in r["domiciliation"]:
        p.t(112, yy, ln, font, 9)
        yy += 4.6
    y = y0 + 42
    heads = ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB", "Devise"]
    vals = [r["code_banque"], r["code_guichet"], r["compte"], key, "EUR"]
    xs = [15, 45, 78, 130, 155, 195]
    for i, (h, v) in enumerate(zip(heads, vals)):
        p.rect(xs[i], y, xs[i + 1] - xs[i], 14, stroke="#888888", lw=0.5)
        p.t((xs[i] + xs[i + 1]) / 2, y + 5, h, font, 7.5, "#555555", "c")
        p.t((xs[i] + xs[i + 1]) / 2, y + 11, v, "MonoB", 10, align="c")
    y += 24
    p.t(15, y, "IBAN (International Bank Account Number)", font, 8, "#555555")
    p.t(15, y + 7, core.group(iban), "MonoB", 12.5)
    p.t(140, y, "BIC (Bank Identifier Code)", font, 8, "#555555")
    p.t(140, y + 7, r["bic"], "MonoB", 12.5)
    y += 22
    p.para(
        15,
        y,
        180,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiement de quittances, etc.). Son utilisation vous garantit le bon enregistrement "
        "des opérations en cause et vous évite ainsi des réclamations pour erreurs ou "
        "retards d'imputation.",
        font,
        7.5,
        color="#444444",
    )
    p.t(15, 282, r["footer"], font, 6, "#777777")
    c.showPage()
    return core.finish(c), iban


def revolut_screen(r, rng):
    """Revolut 'account details' screen, 1170 x 2532."""
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = looks._font
    looks.status_bar(d, W, rng, time=r.get("time", "09:41"))
    d.text((60, 170), "‹", font=f("Sans", 90), fill=(25, 28, 31))
    d.text((60, 300), "Coordonnées du compte", font=f("RobotoB", 70), fill=(25, 28, 31))
    d.text((60, 400), "Euro · EUR", font=f("Roboto", 44), fill=(117, 128, 138))
    d.rounded_rectangle([60, 500, W - 60, 600], 50, fill=(240, 242, 245))
    d.rounded_rectangle([70, 510, W // 2 - 10, 590], 44, fill=(255, 255, 255))
    d.text((150, 527), "Locale (SEPA)", font=f("RobotoM", 40), fill=(25, 28, 31))
    d.text((W // 2 + 80, 527), "Internationale", font=f("Roboto", 40), fill=(117, 128, 138))
    y = 680
    rows = [
        ("Bénéficiaire", r["holder"]),
        ("IBAN", core.group(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", "Revolut Bank UAB"),
        ("Adresse de la banque", "Konstitucijos ave. 21B, 08130,"),
        ("", "Vilnius, Lituanie"),
    ]
    for lb, v in rows:
        if lb:
            y += 30
            d.text((60, y), lb, font=f("Roboto", 40), fill=(117, 128, 138))
            y += 62
        d.text((60, y), v, font=f("RobotoM", 50), fill=(25, 28, 31))
        if lb in ("IBAN", "BIC / SWIFT", "Bénéficiaire"):
            d.rounded_rectangle(
                [W - 160, y - 10, W - 70, y + 60], 14, outline=(25, 28, 31), width=4
            )
        y += 80
        if lb:
            d.line([60, y + 10, W - 60, y + 10], fill=(230, 232, 235), width=2)
    y += 80
    d.rounded_rectangle([60, y, W - 60, y + 190], 30, fill=(240, 246, 255))
    d.text(
        (100, y + 35),
        "Utilisez ces coordonnées pour recevoir des virements",
        font=f("Roboto", 36),
        fill=(25, 28, 31),
    )
    d.text(
        (100, y + 90),
        "SEPA et le versement de votre salaire.",
        font=f("Roboto", 36),
        fill=(25, 28, 31),
    )
    d.rounded_rectangle([60, H - 330, W - 60, H - 200], 65, fill=(25, 28, 31))
    d.text(
        (W // 2, H - 265),
        "Partager les coordonnées",
        font=f("RobotoM", 46),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle([W // 2 - 140, H - 30, W // 2 + 140, H - 20], 5, fill=(30, 30, 30))
    return im


# ---------------------------------------------------------------- bills
def free_bill_pdf(b, rng):
    """Free (Freebox) monthly bill modelled on the public 2015 specimen's structure."""
    c = core.new_canvas(title=f"Facture Free {b['invoice']}", author="Free")
    p = Pg(c)
    p.t(15, 20, "free", "SansB", 26, "#cd1e25")
    p.t(15, 28, "Free Service Abonné", "Lib", 8.5)
    p.t(15, 32, "75371 Paris Cedex 08", "Lib", 8.5)
    p.t(120, 46, b["holder_print"], "Lib", 10)
    p.t(120, 51, b["addr1"].upper(), "Lib", 10)
    p.t(120, 56, f"{b['postcode']} {b['city'].upper()}", "Lib", 10)
    cols = [("Adresse email de contact", b["email"]), ("Nom de l'abonné", b["holder_print"])]
    p.t(15, 66, cols[0][0], "Lib", 7.5, "#666666")
    p.t(15, 70, cols[0][1], "Lib", 8.5)
    p.t(80, 66, cols[1][0], "Lib", 7.5, "#666666")
    p.t(80, 70, cols[1][1], "Lib", 8.5)
    p.t(15, 77, "Numéro de ligne", "Lib", 7.5, "#666666")
    p.t(15, 81, b["line"], "Lib", 8.5)
    p.t(50, 77, "Id.client", "Lib", 7.5, "#666666")
    p.t(50, 81, b["client"], "Lib", 8.5)
    p.t(80, 77, "Adresse de l'installation", "Lib", 7.5, "#666666")
    p.t(80, 81, f"{b['addr1'].upper()} {b['postcode']} {b['city'].upper()}", "Lib", 8.5)
    issue = b["issue"]
    p.t(15, 95, f"Facture n°{b['invoice']} du {_fr_cap(issue)}", "LibB", 12)
    total = b["amount"]
    ht = round(total / 1.2, 2)
    p.t(15, 102, f"Date limite de paiement le {_fr_cap(b['due'])}", "Lib", 9.5)
    p.t(195, 102, f"{total:.2f} € TTC", "LibB", 12, align="r")
    y = 115
    p.rect(15, y - 5, 180, 7, stroke=None, fill="#eeeeee")
    for x, h in ((15, ""), (120, "Montant EUR HT"), (150, "Montant TVA"), (180, "Montant EUR TTC")):
        p.t(x + (0 if x == 15 else 12), y, h, "LibB", 7, align="l" if x == 15 else "c")
    lines = [
        ("Abonnements, forfaits et options", ht, total - ht, total),
        ("Communications", 0, 0, 0),
        ("Services ponctuels ou occasionnels", 0, 0, 0),
        ("Total facture", ht, total - ht, total),
    ]
    for lb, a1, a2, a3 in lines:
        y += 7
        bold = "LibB" if lb.startswith("Total") else "Lib"
        p.t(17, y, lb, bold, 9)
        for x, v in ((132, a1), (162, a2), (192, a3)):
            p.t(x, y, f"{v:.2f}", bold, 9, align="c")
    y += 10
    p.t(15, y, f"TVA 20% payée sur les encaissements {total - ht:.2f}", "Lib", 8.5)
    y += 10
    p.rect(15, y - 5, 180, 8, stroke=None, fill="#f2dede")
    p.t(17, y, "Somme à payer", "LibB", 10)
    p.t(193, y, f"{total:.2f} € TTC", "LibB", 10, align="r")
    y += 14
    p.t(15, y, "Avis de prélèvement automatique", "LibB", 9)
    p.t(
        15,
        y + 5,
        f"Montant du prélèvement {total:.2f} € Prélèvement à partir du : {_fr_cap(b['due'])}",
        "Lib",
        8.5,
    )
    p.t(15, y + 10, f"IBAN : {b['iban_masked']}", "Lib", 8.5)
    y += 24
    p.t(15, y, "Détail de votre facture", "LibB", 10)
    p.t(15, y + 7, f"{b['offer']} du 1er au {b['last_day']} {_month_cap(b['month'])}", "Lib", 9)
    p.t(193, y + 7, f"{total:.2f}", "Lib", 9, align="r")
    p.para(
        15,
        262,
        180,
        "Service Clients : 32 44 (gratuité du temps d'attente à partir d'une "
        "Freebox). Courrier : Free Service Abonné 75371 Paris Cedex 08. Internet : votre "
        "Espace Abonné sur free.fr.",
        "Lib",
        7,
        color="#444444",
    )
    p.t(
        15,
        285,
        "Free SAS au capital de 3.441.812 Euros − B 421 938 861 RCS Paris − Siège social:"
        " 8 rue de la Ville l'Évêque 75008 Paris",
        "Lib",
        6.5,
        "#555555",
    )
    c.showPage()
    return core.finish(c)


def _fr_cap(iso):
    y, m, d = iso.split("-")
    return f"{d} {core.MOIS[int(m) - 1].capitalize()} {y}"


def _month_cap(ym):
    y, m = ym.split("-")
    return f"{core.MOIS[int(m) - 1].capitalize()} {y}"


def sfr_bill_pdf(b, rng):
    c = core.new_canvas(title="Facture SFR", author="SFR")
    p = Pg(c)
    p.rect(15, 12, 24, 16, stroke=None, fill="#e2001a")
    p.t(27, 23, "SFR", "OpenB", 14, "#ffffff", "c")
    p.t(45, 20, "Votre facture", "OpenB", 16, "#222222")
    p.t(45, 26, f"du {core.dmy(b['issue'])}", "Open", 10, "#444444")
    p.t(195, 18, f"N° de facture : {b['invoice']}", "Open", 8.5, align="r")
    p.t(195, 23, f"N° de compte client : {b['client']}", "Open", 8.5, align="r")
    p.t(120, 45, b["holder_print"], "OpenSB", 10)
    p.t(120, 50, b["addr1"], "Open", 10)
    p.t(120, 55, f"{b['postcode']} {b['city'].upper()}", "Open", 10)
    p.rect(15, 68, 180, 26, stroke=None, fill="#f4f4f4", r=2)
    p.t(20, 76, "Montant total à payer", "OpenSB", 11)
    p.t(190, 77, f"{core.eur(b['amount'])} €", "OpenB", 18, "#e2001a", "r")
    p.t(
        20,
        84,
        f"Prélevé à partir du {core.dmy(b['due'])} sur le compte {b['iban_masked']}",
        "Open",
        8.5,
        "#444444",
    )
    p.t(20, 90, f"Titulaire du contrat : {b['holder_print']}", "Open", 8.5, "#444444")
    p.t(15, 106, "Détail de votre facture", "OpenB", 12)
    p.t(
        15,
        113,
        f"Ligne SFR Box Fibre - {b['line']} - installée au {b['addr1']}, "
        f"{b['postcode']} {b['city']}",
        "Open",
        8.5,
    )
    rows = [
        (
            f"Abonnement {b['offer']}",
            f"du {core.dmy(b['start'])} au {core.dmy(b['end'])}",
            b["amount"] - 3.0,
        ),
        (
            "Option TV - bouquet essentiel",
            f"du {core.dmy(b['start'])} au {core.dmy(b['end'])}",
            3.0,
        ),
        ("Communications hors forfait", "", 0.0),
    ]
    y = 123
    p.line(15, y - 5, 195, y - 5, "#cccccc")
    for lb, per, amt in rows:
        p.t(17, y, lb, "Open", 9)
        p.t(110, y, per, "Open", 8.5, "#555555")
        p.t(193, y, f"{core.eur(amt)} €", "Open", 9, align="r")
        y += 7
    p.line(15, y - 3, 195, y - 3, "#cccccc")
    p.t(17, y + 3, "Total TTC", "OpenB", 10)
    p.t(193, y + 3, f"{core.eur(b['amount'])} €", "OpenB", 10, align="r")
    p.t(
        17,
        y + 9,
        f"dont TVA 20 % : {core.eur(b['amount'] - b['amount'] / 1.2)} €",
        "Open",
        8,
        "#555555",
    )
    p.para(
        15,
        250,
        180,
        "Service client : 1023 (service et appel gratuits) - Espace client : "
        "sfr.fr/mon-espace-client - Application SFR & Moi.",
        "Open",
        7.5,
        color="#555555",
    )
    p.t(
        15,
        284,
        "SFR - Société Française du Radiotéléphone - SA au capital de 3 423 265 598,40 € "
        "- 343 059 564 RCS Paris - 16 rue du Général Alain de Boissieu 75015 Paris",
        "Open",
        6,
        "#666666",
    )
    c.showPage()
    return core.finish(c)


def edf_bill_pdf(b, rng):
    c = core.new_canvas(title="Facture EDF", author="EDF")
    p = Pg(c)
    p.t(15, 22, "edf", "SansB", 24, "#10367a")
    c.setFillColor(core.rgb("#fe5815"))
    c.circle(46 * mm, p.y(17), 3 * mm, stroke=0, fill=1)
    p.t(60, 16, "Votre facture d'électricité", "SansB", 13, "#10367a")
    p.t(60, 22, f"Facture du {core.dmy(b['issue'])} - n° {b['invoice']}", "Sans", 9)
    p.t(60, 27, "Électricité - Tarif Bleu - Option Base - 6 kVA", "Sans", 8.5, "#444444")
    p.t(120, 42, b["holder_print"], "SansB", 10)
    p.t(120, 47, b["addr1"], "Sans", 10)
    p.t(120, 52, b["addr2"], "Sans", 10)
    p.t(120, 57, f"{b['postcode']} {b['city'].upper()}", "Sans", 10)
    p.rect(15, 40, 95, 36, stroke="#10367a", lw=0.6, r=2)
    info = [
        ("Titulaire du contrat", b["holder_print"]),
        ("Référence client", b["client"]),
        ("Adresse de consommation", f"{b['addr1']}, {b['postcode']} {b['city']}"),
        ("Point de livraison (PDL)", b["pdl"]),
    ]
    y = 46
    for lb, v in info:
        p.t(18, y, lb, "Sans", 7, "#10367a")
        p.t(18, y + 3.6, v, "SansB", 7.6)
        y += 8
    p.rect(15, 84, 180, 22, stroke=None, fill="#eaf1fb", r=2)
    p.t(20, 92, "Montant TTC de cette facture", "SansB", 10.5, "#10367a")
    p.t(190, 93, f"{core.eur(b['amount'])} €", "SansB", 18, "#10367a", "r")
    p.t(20, 100, f"Prélevé le {core.dmy(b['due'])}", "Sans", 8.5)
    p.t(15, 118, "Votre consommation", "SansB", 11, "#10367a")
    p.t(
        15,
        125,
        f"Période du {core.dmy(b['start'])} au {core.dmy(b['end'])} - relevé "
        "compteur Linky (index réel)",
        "Sans",
        8.5,
    )
    rows = [
        ("Abonnement", f"du {core.dmy(b['start'])} au {core.dmy(b['end'])}", b["sub"]),
        (f"Consommation Base : {b['kwh']} kWh x 0,2016 €", "", round(b["kwh"] * 0.2016, 2)),
        (
            "Taxes et contributions (accise, CTA, TVA)",
            "",
            round(b["amount"] - b["sub"] - round(b["kwh"] * 0.2016, 2), 2),
        ),
    ]
    y = 135
    for lb, per, amt in rows:
        p.t(17, y, lb, "Sans", 8.5)
        p.t(120, y, per, "Sans", 8, "#555555")
        p.t(193, y, f"{core.eur(amt)} €", "Sans", 8.5, align="r")
        y += 7
    p.line(15, y - 3, 195, y - 3, "#10367a", 0.6)
    p.t(17, y + 3, "Total TTC", "SansB", 9.5)
    p.t(193, y + 3, f"{core.eur(b['amount'])} €", "SansB", 9.5, align="r")
    p.para(
        15,
        255,
        180,
        "Service client EDF : 09 69 32 15 15 (appel non surtaxé). Dépannage "
        "électricité Enedis : 09 72 67 50 + n° du département. Espace client : edf.fr",
        "Sans",
        7.3,
        color="#444444",
    )
    p.t(
        15,
        284,
        "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - 22-30 avenue "
        "de Wagram 75382 Paris cedex 08",
        "Sans",
        6.2,
        "#666666",
    )
    c.showPage()
    return core.finish(c)


def bill_fields(b, provider, service):
    return {
        "provider": provider,
        "service": service,
        "holder_name": b["holder_name"],
        "address": f"{b['addr1']}, {b['postcode']} {b['city']}",
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "month": b["month"],
        "amount": b["amount"],
    }
