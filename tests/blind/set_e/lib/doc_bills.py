"""Utility bills and the energy "attestation de titulaire de contrat".

Each provider has its own layout, modelled on public descriptions of real bills
(EDF: left column "Nous contacter"/"Votre contrat" boxes and the amount framed in the
centre; Free: the layout of the public invoice2data specimen; SFR/Orange/Bouygues:
operator colours, "Période du ... au ..." lines; TotalEnergies: monthly "facture
mensuelle"; Eau: m3 index table). Amounts and references are fictional.

Common keys of b: holder (as printed), addr (list of lines), issue (ISO), start, end
(ISO or None), amount (float), invoice_no, client_no, seed.
"""

from . import ids
from .draw import MONTHS_FR, Pdf, fr_date, money


def _window(p, x, y, lines, font="Liberation", size=10, bold_first=False):
    for i, ln in enumerate(lines):
        p.text(
            x,
            y + i * 4.6,
            ln,
            font=(font + "-Bold") if (bold_first and i == 0) else font,
            size=size,
        )


def fake_siren(seed_digits):
    return ids.siren(seed_digits[:8])


# ============================================================================ EDF


def edf(b):
    p = Pdf(seed=b["seed"], title="Facture EDF")
    O, B = "#fe5815", "#001a70"
    # logo
    p.circle(22, 17, 6.5, stroke=None, fill=O)
    for k in range(8):
        import math

        a = k * math.pi / 4
        p.line(
            22 + 7.5 * math.cos(a),
            17 + 7.5 * math.sin(a),
            22 + 9.6 * math.cos(a),
            17 + 9.6 * math.sin(a),
            color=O,
            lw=1.6,
        )
    p.text(34, 21, "edf", font="Lato-Black", size=24, color=B)
    p.text(14, 33, "EDF SA — Service Clients", font="Liberation", size=7.5, color=B)
    p.text(14, 36.5, "TSA 20012 — 41975 BLOIS CEDEX 9", font="Liberation", size=7.5, color=B)
    _window(p, 112, 45, b["addr"], size=10)
    # left column
    p.rect(12, 62, 62, 44, stroke=O, lw=1.0, radius=2)
    p.text(15, 68, "Nous contacter", font="Liberation-Bold", size=9.5, color=O)
    rows = [
        "N° client : " + b["client_no"],
        "Identifiant : " + b.get("login", "ecl.client"),
        "",
        "Service Clients EDF",
        "09 69 32 15 15",
        "du lundi au samedi de 8h à 20h",
        "(service et appel gratuits)",
        "",
        "Dépannage électricité (Enedis)",
        "09 72 67 50 XX",
    ]
    p.lines(15, 73, rows, size=7.2, leading=3.3, color=B)
    p.rect(12, 110, 62, 56, stroke=B, lw=0.8, radius=2)
    p.text(15, 116, "Votre contrat", font="Liberation-Bold", size=9.5, color=B)
    rows = (
        ["Titulaire du contrat :", b["holder"], "", "Lieu de consommation :"]
        + b["addr"][1:]
        + [
            "",
            "Offre : Tarif Bleu — Option Base",
            "Puissance souscrite : 6 kVA",
            "N° de compte : " + b["account_no"],
            "Point de livraison (PDL) :",
            b["pdl"],
        ]
    )
    p.lines(15, 121, rows, size=7.2, leading=3.3)
    # centre
    p.text(80, 70, "Facture du %s" % fr_date(b["issue"]), font="Liberation-Bold", size=13, color=B)
    p.text(80, 75.5, "N° de facture : %s" % b["invoice_no"], font="Liberation", size=8.5)
    p.text(80, 80.5, "Électricité — facture mensuelle sur index réels", font="Liberation", size=8.5)
    p.text(
        80,
        85.0,
        "Période de consommation du %s au %s" % (fr_date(b["start"]), fr_date(b["end"])),
        font="Liberation-Bold",
        size=8.5,
    )
    p.rect(80, 90, 118, 20, stroke=None, fill="#fff1ea")
    p.text(84, 98, "Montant TTC à payer", font="Liberation-Bold", size=11, color=B)
    p.text(
        194, 99, money(b["amount"]) + " €", font="Liberation-Bold", size=17, color=O, align="right"
    )
    p.text(
        84,
        105.5,
        "Prélevé à partir du %s sur votre compte bancaire" % fr_date(b["due"]),
        font="Liberation",
        size=8,
    )
    y = 120
    p.text(80, y, "Détail de votre facture", font="Liberation-Bold", size=10, color=B)
    y += 4
    p.rect(80, y, 118, 6, stroke=None, fill=B)
    for x, t, al in (
        (82, "Rubrique", "left"),
        (160, "Montant HT", "right"),
        (178, "TVA", "right"),
        (196, "Montant TTC", "right"),
    ):
        p.text(x, y + 4.2, t, font="Liberation-Bold", size=7.5, color="#ffffff", align=al)
    amt = b["amount"]
    lines = [
        ("Abonnement (1 mois)", amt * 0.19, 0.055),
        ("Consommation %d kWh" % b.get("kwh", 214), amt * 0.56, 0.2),
        ("Accise sur l'électricité", amt * 0.09, 0.2),
        ("Contribution tarifaire d'acheminement", amt * 0.03, 0.055),
    ]
    y += 6
    tot = 0
    for lab, ht, tva in lines:
        y += 5.2
        p.text(82, y, lab, size=7.8)
        p.text(160, y, money(ht), size=7.8, align="right")
        p.text(178, y, "%.1f %%" % (tva * 100), size=7.8, align="right")
        tot += ht * (1 + tva)
        p.text(196, y, money(ht * (1 + tva)), size=7.8, align="right")
    y += 3
    p.hline(80, 198, y, lw=0.4)
    y += 5
    p.text(82, y, "Total de la facture TTC", font="Liberation-Bold", size=8.5)
    p.text(196, y, money(amt), font="Liberation-Bold", size=8.5, align="right")
    y += 12
    p.text(80, y, "Votre consommation", font="Liberation-Bold", size=10, color=B)
    y += 5
    p.text(
        80,
        y,
        "Index relevé par Linky : début %s kWh — fin %s kWh"
        % (b.get("idx0", "012 431"), b.get("idx1", "012 645")),
        size=7.8,
    )
    # bar chart
    for k in range(12):
        h = 6 + (k * 37 % 11)
        p.rect(84 + k * 9, y + 26 - h, 5.5, h, stroke=None, fill="#b9c3dd" if k != 11 else O)
    p.text(
        12,
        276,
        "EDF SA au capital de 2 084 365 041 € — 22-30 avenue de Wagram 75382 Paris cedex 08 — "
        "R.C.S. Paris %s — TVA FR%s" % (ids.fmt_siren(b["siren"]), b["siren"][:2] + b["siren"]),
        size=6.2,
        color="#555555",
    )
    p.text(
        12,
        280,
        "Le médiateur national de l'énergie : www.energie-mediateur.fr — Conditions générales de vente sur edf.fr",
        size=6.2,
        color="#555555",
    )
    p.text(198, 288, "Page 1/2", size=6.5, align="right")
    # page 2: conditions
    p.new_page()
    p.text(12, 18, "Informations complémentaires", font="Liberation-Bold", size=11, color=B)
    txt = (
        "Votre facture est établie sur la base des index transmis par le gestionnaire du réseau de "
        "distribution Enedis. En cas de difficulté de paiement, contactez votre conseiller. "
        "Les prix du Tarif Bleu sont fixés par les pouvoirs publics sur proposition de la Commission "
        "de régulation de l'énergie. Le détail des taxes et contributions figure sur edf.fr."
    )
    p.para(12, 26, 186, txt, size=8.5)
    p.text(12, 50, "Titulaire : %s — N° client %s" % (b["holder"], b["client_no"]), size=8)
    p.text(198, 288, "Page 2/2", size=6.5, align="right")
    return p.finish()


# ============================================================================ TotalEnergies


def total(b):
    p = Pdf(seed=b["seed"], title="Facture TotalEnergies")
    R, Bl = "#e4032e", "#0f4c9c"
    # logo: stylised multicolour swirl
    for i, c in enumerate(["#e4032e", "#f28c28", "#ffd100", "#3aa935", "#0f4c9c"]):
        p.circle(20 + i * 1.2, 18 - i * 0.6, 6.2 - i * 0.9, stroke=None, fill=c)
    p.text(30, 21, "TotalEnergies", font="OpenSans-Bold", size=17, color=Bl)
    p.text(30, 25.5, "Électricité et Gaz France", font="OpenSans", size=7.5, color="#444444")
    p.text(
        198, 16, "Votre facture mensuelle", font="OpenSans-Bold", size=12, color=R, align="right"
    )
    p.text(198, 21.5, "n° %s" % b["invoice_no"], font="OpenSans", size=8, align="right")
    p.text(
        198, 26, "émise le %s" % fr_date(b["issue"], "long"), font="OpenSans", size=8, align="right"
    )
    _window(p, 110, 42, b["addr"], font="OpenSans", size=9.5)
    y = 72
    p.rect(12, y, 186, 34, stroke="#cccccc", lw=0.4, fill="#f6f7fa")
    info = [
        ("Titulaire du contrat", b["holder"]),
        ("Adresse de consommation", ", ".join(b["addr"][1:])),
        ("Référence client", b["client_no"]),
        ("Offre", b.get("offer", "Offre Essentielle Électricité + Gaz")),
        ("PDL électricité / PCE gaz", "%s / %s" % (b["pdl"], b.get("pce", "GI0" + b["pdl"][-11:]))),
        ("Période facturée", "du %s au %s" % (fr_date(b["start"]), fr_date(b["end"]))),
    ]
    for i, (k, v) in enumerate(info):
        p.text(16, y + 6 + i * 5, k, font="OpenSans", size=7.8, color="#555555")
        p.text(66, y + 6 + i * 5, ":  " + v, font="OpenSans-Semibold", size=7.8)
    y += 42
    p.text(12, y, "Récapitulatif", font="OpenSans-Bold", size=11, color=Bl)
    y += 3
    cols = [
        (14, "Énergie"),
        (80, "Consommation"),
        (130, "Montant HT"),
        (160, "TVA"),
        (196, "Montant TTC"),
    ]
    p.rect(12, y, 186, 6.5, stroke=None, fill=Bl)
    for x, t in cols:
        p.text(
            x,
            y + 4.5,
            t,
            font="OpenSans-Semibold",
            size=7.6,
            color="#ffffff",
            align="left" if x < 100 else "right",
        )
    amt = b["amount"]
    rows = [
        ("Électricité", "%d kWh" % b.get("kwh", 187), amt * 0.46),
        ("Gaz naturel", "%d kWh" % b.get("gas_kwh", 402), amt * 0.38),
    ]
    y += 6.5
    for en, cons, ht in rows:
        y += 6
        p.text(14, y, en, font="OpenSans", size=8)
        p.text(80, y, cons, font="OpenSans", size=8)
        p.text(130, y, money(ht), font="OpenSans", size=8, align="right")
        p.text(160, y, money(ht * 0.2), font="OpenSans", size=8, align="right")
        p.text(196, y, money(ht * 1.2), font="OpenSans", size=8, align="right")
        p.hline(12, 198, y + 2, lw=0.2, color="#cccccc")
    y += 6
    p.text(14, y, "Régularisation / arrondis", font="OpenSans", size=8)
    p.text(
        196, y, money(amt - sum(r[2] * 1.2 for r in rows)), font="OpenSans", size=8, align="right"
    )
    y += 12
    p.rect(110, y - 7, 88, 14, stroke=None, fill=R)
    p.text(114, y + 1.5, "TOTAL À PAYER", font="OpenSans-Bold", size=10, color="#ffffff")
    p.text(
        195, y + 2, money(amt) + " €", font="OpenSans-Bold", size=14, color="#ffffff", align="right"
    )
    p.text(
        12, y + 1.5, "Prélèvement automatique le %s" % fr_date(b["due"]), font="OpenSans", size=8
    )
    y += 20
    p.para(
        12,
        y,
        186,
        "Pour toute question : Service Clients TotalEnergies 09 70 80 69 69 (appel non surtaxé), "
        "Espace Client sur totalenergies.fr. En cas de litige, vous pouvez saisir le médiateur national "
        "de l'énergie. Vos données sont traitées conformément à notre politique de confidentialité.",
        font="OpenSans",
        size=7.2,
    )
    p.text(
        12,
        282,
        "TotalEnergies Électricité et Gaz France — SA au capital de 10 000 000 € — %s RCS Nanterre"
        % ids.fmt_siren(b["siren"]),
        font="OpenSans",
        size=6.2,
        color="#666666",
    )
    return p.finish()


# ============================================================================ Engie attestation


def engie_attestation(b):
    p = Pdf(seed=b["seed"], title="Attestation de titulaire de contrat")
    C = "#00aaff"
    p.text(14, 22, "ENGIE", font="Lato-Black", size=24, color=C)
    import math

    pts = [(14 + t * 0.5, 12 - 4 * math.sin(t / 60 * math.pi)) for t in range(0, 61)]
    p.polyline(pts, color=C, lw=1.6)
    p.text(
        198, 18, "Service Clients Particuliers", font="Lato", size=8, align="right", color="#333333"
    )
    p.text(
        198,
        22,
        "TSA 50010 — 92919 Paris La Défense Cedex",
        font="Lato",
        size=8,
        align="right",
        color="#333333",
    )
    _window(p, 112, 42, b["addr"], font="Lato", size=10)
    p.text(14, 75, "Référence client : %s" % b["client_no"], font="Lato", size=8.5)
    p.text(14, 80, "Objet : attestation de titulaire de contrat", font="Lato-Bold", size=8.5)
    p.text(
        105,
        98,
        "ATTESTATION DE TITULAIRE DE CONTRAT",
        font="Lato-Black",
        size=14,
        color="#003a70",
        align="center",
    )
    y = 112
    y = p.para(20, y, 170, "ENGIE, fournisseur d'énergie, atteste que :", font="Lato", size=10)
    y += 3
    p.text(30, y, b["holder"], font="Lato-Bold", size=11)
    y += 8
    y = p.para(
        20,
        y,
        170,
        "est titulaire d'un contrat de fourniture d'énergie auprès d'ENGIE pour le "
        "logement situé à l'adresse suivante :",
        font="Lato",
        size=10,
    )
    for ln in b["addr"][1:]:
        y += 1
        p.text(30, y + 1, ln, font="Lato-Bold", size=10)
        y += 4.6
    y += 5
    p.rect(20, y, 170, 26, stroke="#b9d8ef", fill="#f1f8fd", lw=0.5)
    p.text(24, y + 6, "Énergie", font="Lato-Bold", size=8.5)
    p.text(70, y + 6, "Point de livraison", font="Lato-Bold", size=8.5)
    p.text(130, y + 6, "Date de mise en service", font="Lato-Bold", size=8.5)
    p.text(24, y + 13, "Électricité", font="Lato", size=9)
    p.text(70, y + 13, "PDL " + b["pdl"], font="Lato", size=9)
    p.text(130, y + 13, fr_date(b["start"]), font="Lato", size=9)
    p.text(24, y + 20, "Gaz naturel", font="Lato", size=9)
    p.text(70, y + 20, "PCE " + b.get("pce", "GI" + b["pdl"][:12]), font="Lato", size=9)
    p.text(130, y + 20, fr_date(b["start"]), font="Lato", size=9)
    y += 36
    y = p.para(
        20,
        y,
        170,
        "Le contrat est actif à la date d'émission de la présente attestation. "
        "Cette attestation est délivrée à la demande de l'intéressé(e) pour servir et valoir ce que de droit.",
        font="Lato",
        size=10,
    )
    y += 8
    p.text(120, y, "Fait à Courbevoie, le %s" % fr_date(b["issue"], "long"), font="Lato", size=10)
    p.text(120, y + 6, "Le Service Clients ENGIE", font="Lato-Italic", size=10)
    p.text(
        14,
        282,
        "ENGIE — SA au capital de 2 435 285 011 € — RCS Nanterre %s — 1 place Samuel de Champlain "
        "92400 Courbevoie" % ids.fmt_siren(b["siren"]),
        font="Lato",
        size=6.3,
        color="#555555",
    )
    return p.finish()


def engie_bill(b):
    p = Pdf(seed=b["seed"], title="Facture ENGIE")
    C, D = "#00aaff", "#003a70"
    p.rect(0, 0, 210, 30, stroke=None, fill="#eef7fd")
    p.text(14, 18, "ENGIE", font="Lato-Black", size=22, color=C)
    p.text(14, 24, "Mon énergie au quotidien", font="Lato-Italic", size=7.5, color=D)
    p.text(198, 14, "FACTURE", font="Lato-Black", size=15, color=D, align="right")
    p.text(198, 20, "du %s" % fr_date(b["issue"]), font="Lato", size=9, align="right")
    p.text(198, 25, "N° %s" % b["invoice_no"], font="Lato", size=8, align="right")
    _window(p, 112, 44, b["addr"], font="Lato", size=10)
    y = 40
    for k, v in (
        ("Votre référence client", b["client_no"]),
        ("Titulaire", b["holder"]),
        ("Offre", "Elec Référence 1 an"),
        ("PDL", b["pdl"]),
    ):
        p.text(14, y, k, font="Lato", size=7.5, color="#555555")
        p.text(14, y + 3.8, v, font="Lato-Bold", size=8.5)
        y += 9
    y = 84
    p.rect(14, y, 184, 18, stroke=None, fill=D)
    p.text(18, y + 7.5, "Montant de votre facture", font="Lato-Bold", size=11, color="#ffffff")
    p.text(
        18,
        y + 13.5,
        "Électricité du %s au %s" % (fr_date(b["start"]), fr_date(b["end"])),
        font="Lato",
        size=8.5,
        color="#ffffff",
    )
    p.text(
        194,
        y + 12,
        money(b["amount"]) + " € TTC",
        font="Lato-Black",
        size=16,
        color="#ffffff",
        align="right",
    )
    y += 28
    p.text(14, y, "Le détail de votre consommation", font="Lato-Bold", size=10, color=D)
    y += 4
    tab = [
        ("Abonnement mensuel", "1 mois", b["amount"] * 0.22),
        ("Consommation base", "%d kWh" % b.get("kwh", 230), b["amount"] * 0.60),
        ("Taxes et contributions", "", b["amount"] * 0.18),
    ]
    for lab, q, v in tab:
        y += 6
        p.text(16, y, lab, font="Lato", size=8.5)
        p.text(120, y, q, font="Lato", size=8.5)
        p.text(196, y, money(v) + " €", font="Lato", size=8.5, align="right")
        p.hline(14, 198, y + 2, lw=0.2, color="#bbbbbb")
    y += 14
    p.para(
        14,
        y,
        184,
        "Cette somme sera prélevée le %s. Pour nous joindre : 09 69 324 324 (appel non surtaxé) "
        "ou sur particuliers.engie.fr." % fr_date(b["due"]),
        font="Lato",
        size=8,
    )
    p.text(
        14,
        282,
        "ENGIE — SA au capital de 2 435 285 011 € — RCS Nanterre %s" % ids.fmt_siren(b["siren"]),
        font="Lato",
        size=6.3,
        color="#555555",
    )
    return p.finish()


# ============================================================================ Free


def free(b, with_detail=False):
    p = Pdf(seed=b["seed"], title="Facture Free")
    p.text(14, 24, "free", font="DejaVuSerif-Italic", size=30, color="#cd1e25")
    p.text(14, 30, "Free Service Abonné", font="DejaVuSans", size=7.5)
    p.text(14, 33.5, "75371 Paris Cedex 08", font="DejaVuSans", size=7.5)
    _window(p, 105, 55, b["addr"], font="DejaVuSans", size=9)
    y = 92
    p.text(14, y, "Adresse email de contact", font="DejaVuSans-Bold", size=7.5)
    p.text(14, y + 3.5, b.get("email", ""), font="DejaVuSans", size=7.5)
    p.text(87, y, "Nom de l'abonné", font="DejaVuSans-Bold", size=7.5)
    p.text(87, y + 3.5, b["holder"], font="DejaVuSans", size=7.5)
    y += 10
    p.text(14, y, "Numéro de ligne", font="DejaVuSans-Bold", size=7.5)
    p.text(14, y + 3.5, b["line_no"], font="DejaVuSans", size=7.5)
    p.text(44, y, "Id.client", font="DejaVuSans-Bold", size=7.5)
    p.text(44, y + 3.5, b["client_no"], font="DejaVuSans", size=7.5)
    p.text(87, y, "Adresse de l'installation", font="DejaVuSans-Bold", size=7.5)
    for i, ln in enumerate(b["addr"][1:]):
        p.text(87, y + 3.5 + i * 3.3, ln, font="DejaVuSans", size=7.5)
    y += 18
    y_, m_, d_ = b["issue"].split("-")
    issue_txt = "%s %s %s" % (d_, MONTHS_FR[int(m_) - 1].capitalize(), y_)
    p.text(
        14, y, "Facture n°%s du %s" % (b["invoice_no"], issue_txt), font="DejaVuSans-Bold", size=11
    )
    p.hline(14, 196, y + 1.8, lw=0.6)
    due = b["due"]
    dy, dm, dd = due.split("-")
    p.text(
        14,
        y + 6,
        "Date limite de paiement le %s %s %s" % (dd, MONTHS_FR[int(dm) - 1].capitalize(), dy),
        font="DejaVuSans-Bold",
        size=8.5,
    )
    p.text(196, y + 6, "%.2f € TTC" % b["amount"], font="DejaVuSans-Bold", size=8.5, align="right")
    p.hline(14, 196, y + 8, lw=0.6)
    y += 16
    p.hline(14, 196, y, lw=0.6)
    for x, t in ((135, "Montant EUR HT"), (163, "Montant TVA"), (196, "Montant EUR TTC")):
        p.text(x, y + 5, t, font="DejaVuSans-Bold", size=6.5, align="right")
    ht = round(b["amount"] / 1.2, 2)
    rows = [
        ("Abonnements, forfaits et options", ht, b["amount"] - ht, b["amount"]),
        ("Communications", 0, 0, 0),
        ("Services ponctuels ou occasionnels", 0, 0, 0),
    ]
    y += 11
    for lab, a, t, c in rows:
        p.text(14, y, lab, font="DejaVuSans", size=8.5)
        for x, v in ((135, a), (163, t), (196, c)):
            p.text(x, y, "%.2f" % v, font="DejaVuSans", size=8.5, align="right")
        y += 4
    p.hline(14, 196, y - 1.5, lw=0.6)
    y += 2.5
    p.text(14, y, "Total facture", font="DejaVuSans-Bold", size=8.5)
    for x, v in ((135, ht), (163, b["amount"] - ht), (196, b["amount"])):
        p.text(x, y, "%.2f" % v, font="DejaVuSans-Bold", size=8.5, align="right")
    y += 4.5
    p.text(14, y, "TVA 20% payée sur les encaissements", font="DejaVuSans", size=8.5)
    p.text(163, y, "%.2f" % (b["amount"] - ht), font="DejaVuSans", size=8.5, align="right")
    y += 14
    p.text(
        14,
        y,
        "Les montants unitaires étant arrondis, leur somme peut différer du montant total à payer.",
        font="DejaVuSans",
        size=6.5,
    )
    p.text(14, y + 4, "Somme à payer", font="DejaVuSans", size=6.5)
    p.text(196, y + 4, "%.2f € TTC" % b["amount"], font="DejaVuSans", size=6.5, align="right")
    p.hline(14, 196, y + 5, lw=0.4)
    y += 22
    p.rect(14, y, 182, 36, lw=0.5)
    p.text(16, y + 4, "Avis de prélèvement automatique", font="DejaVuSans", size=8.5)
    p.hline(14, 196, y + 5.5, lw=0.4)
    p.text(16, y + 9, "Montant du prélèvement : %.2f €" % b["amount"], font="DejaVuSans", size=7)
    p.text(
        194,
        y + 9,
        "Prélèvement à partir du : %s %s %s" % (dd, MONTHS_FR[int(dm) - 1].capitalize(), dy),
        font="DejaVuSans",
        size=7,
        align="right",
    )
    p.text(
        16,
        y + 13,
        "La somme à payer sera prélevée sur le compte désigné ci-dessous :",
        font="DejaVuSans-Bold",
        size=8.5,
    )
    p.text(16, y + 18, "Nom de la banque :", font="DejaVuSans", size=7)
    p.text(90, y + 18, "BIC :", font="DejaVuSans", size=7)
    p.text(125, y + 18, "IBAN :", font="DejaVuSans", size=7)
    p.text(125, y + 21.5, "FR76 ***************************", font="DejaVuSans", size=7)
    y += 44
    p.text(14, y, "Service Clients", font="DejaVuSans-Bold", size=8)
    p.text(
        14,
        y + 3.5,
        "Pour vous informer sur nos tarifs ou pour toute question concernant votre facture, "
        "contactez le Service Clients.",
        font="DejaVuSans",
        size=7.5,
    )
    p.text(
        20,
        y + 7,
        "• Téléphone : 32 44 (appel non surtaxé depuis une Freebox)",
        font="DejaVuSans",
        size=7.5,
    )
    p.text(
        20,
        y + 10.5,
        "• Courrier : Free Service Abonné 75371 Paris Cedex 08",
        font="DejaVuSans",
        size=7.5,
    )
    p.text(
        196,
        278,
        "Au verso, vous trouverez le détail de votre facture Free",
        font="DejaVuSans",
        size=6.5,
        align="right",
    )
    p.hline(14, 196, 279.5, lw=0.4)
    p.text(
        105,
        283,
        "Free SAS au capital de 3.441.812 Euros — %s RCS Paris — Siège social : 8 rue de la Ville "
        "l'Évêque 75008 Paris" % ids.fmt_siren(b["siren"]),
        font="DejaVuSans",
        size=5.2,
        align="center",
    )
    if with_detail:
        p.new_page()
        p.text(
            14,
            20,
            "Détail de votre facture n°%s" % b["invoice_no"],
            font="DejaVuSans-Bold",
            size=10,
        )
        p.hline(14, 196, 22, lw=0.6)
        p.text(14, 30, "Abonnements, forfaits et options", font="DejaVuSans-Bold", size=8.5)
        p.text(
            14,
            35,
            "Forfait Freebox Pop du %s au %s" % (fr_date(b["start"]), fr_date(b["end"])),
            font="DejaVuSans",
            size=8.5,
        )
        p.text(196, 35, "%.2f" % b["amount"], font="DejaVuSans", size=8.5, align="right")
        p.text(
            14,
            40,
            "Appels vers les fixes en France métropolitaine — inclus",
            font="DejaVuSans",
            size=8.5,
        )
        p.text(196, 40, "0.00", font="DejaVuSans", size=8.5, align="right")
        p.text(14, 50, "Communications", font="DejaVuSans-Bold", size=8.5)
        p.text(14, 55, "Aucune communication facturée sur la période.", font="DejaVuSans", size=8.5)
    return p.finish()


# ============================================================================ SFR


def sfr(b, page2_only=False):
    p = Pdf(seed=b["seed"], title="Facture SFR")
    R = "#e2001a"
    if not page2_only:
        p.rect(0, 0, 52, 297, stroke=None, fill="#f2f2f2")
        p.rect(12, 10, 18, 18, stroke=None, fill=R)
        p.text(21, 22, "SFR", font="Roboto-Bold", size=12, color="#ffffff", align="center")
        p.text(12, 40, "Votre compte client", font="Roboto-Bold", size=8)
        p.lines(
            12,
            45,
            [
                "N° client",
                b["client_no"],
                "",
                "Votre ligne",
                b["line_no"],
                "",
                "Votre offre",
                b.get("offer", "SFR Fibre Power"),
                "",
                "Service client",
                "1023 (appel gratuit)",
                "sfr.fr/mon-espace-client",
            ],
            font="Roboto",
            size=7.2,
            leading=3.4,
        )
        _window(p, 110, 40, b["addr"], font="Roboto", size=9.5)
        p.text(60, 82, "Votre facture", font="Roboto-Bold", size=20, color=R)
        p.text(
            60,
            89,
            "du %s — n° %s" % (fr_date(b["issue"], "long"), b["invoice_no"]),
            font="Roboto",
            size=9,
        )
        p.text(60, 94, "Titulaire : %s" % b["holder"], font="Roboto-Medium", size=9)
        p.text(
            60,
            99,
            "Période de facturation : du %s au %s" % (fr_date(b["start"]), fr_date(b["end"])),
            font="Roboto",
            size=9,
        )
        p.rect(60, 106, 138, 22, stroke=R, lw=1.2, radius=3)
        p.text(65, 116, "Montant à payer", font="Roboto-Bold", size=12)
        p.text(65, 122, "prélevé le %s" % fr_date(b["due"]), font="Roboto", size=8)
        p.text(
            193, 120, money(b["amount"]) + " €", font="Roboto-Bold", size=20, color=R, align="right"
        )
        y = 140
        p.text(60, y, "Résumé de votre facture", font="Roboto-Bold", size=10)
        rows = [
            ("Abonnements et forfaits", b["amount"] * 0.92),
            ("Consommations hors forfait", 0.0),
            ("Options et services", b["amount"] * 0.08),
            ("Remises", 0.0),
        ]
        for lab, v in rows:
            y += 6.5
            p.text(62, y, lab, font="Roboto", size=8.5)
            p.text(196, y, money(v) + " €", font="Roboto", size=8.5, align="right")
            p.hline(60, 198, y + 2.2, lw=0.2, color="#bbbbbb")
        y += 8
        p.text(
            62,
            y,
            "Total TTC (dont TVA 20 %%: %s €)" % money(b["amount"] / 6),
            font="Roboto-Bold",
            size=8.5,
        )
        p.text(196, y, money(b["amount"]) + " €", font="Roboto-Bold", size=8.5, align="right")
        p.text(
            60,
            282,
            "SFR — SA au capital de 3 423 265 598,40 € — RCS Paris %s — 16 rue du Général Alain de "
            "Boissieu 75015 Paris" % ids.fmt_siren(b["siren"]),
            font="Roboto",
            size=5.8,
            color="#555555",
        )
        p.text(198, 288, "1/2", font="Roboto", size=7, align="right")
        p.new_page()
    # page 2: detail, no name
    p.rect(12, 10, 10, 10, stroke=None, fill=R)
    p.text(17, 16.8, "SFR", font="Roboto-Bold", size=6.5, color="#ffffff", align="center")
    p.text(26, 17, "Détail de votre facture n° %s" % b["invoice_no"], font="Roboto-Bold", size=11)
    p.text(198, 17, "Client n° %s" % b["client_no"], font="Roboto", size=8, align="right")
    y = 32
    p.rect(12, y, 186, 6, stroke=None, fill="#333333")
    for x, t, al in (
        (14, "Libellé", "left"),
        (120, "Période", "left"),
        (196, "Montant TTC", "right"),
    ):
        p.text(x, y + 4.2, t, font="Roboto-Medium", size=7.6, color="#ffffff", align=al)
    rows = [
        (
            b.get("offer", "SFR Fibre Power"),
            "%s - %s" % (fr_date(b["start"], "short"), fr_date(b["end"], "short")),
            b["amount"] * 0.92,
        ),
        (
            "Option TV — bouquet essentiel",
            "%s - %s" % (fr_date(b["start"], "short"), fr_date(b["end"], "short")),
            b["amount"] * 0.08,
        ),
        ("Appels illimités vers fixes et mobiles", "inclus", 0.0),
    ]
    y += 6
    for lab, per, v in rows:
        y += 6
        p.text(14, y, lab, font="Roboto", size=8.2)
        p.text(120, y, per, font="Roboto", size=8.2)
        p.text(196, y, money(v), font="Roboto", size=8.2, align="right")
        p.hline(12, 198, y + 2, lw=0.2, color="#cccccc")
    y += 14
    p.text(12, y, "Vos communications", font="Roboto-Bold", size=10)
    y += 2
    for k in range(9):
        y += 5
        p.text(
            14,
            y,
            "%02d/%s  %02dh%02d  Appel vers 0%d %02d %02d %02d %02d"
            % (
                3 + k * 3,
                b["start"][5:7],
                8 + k,
                (k * 17) % 60,
                1 + k % 6,
                (k * 13) % 100,
                (k * 29) % 100,
                (k * 7) % 100,
                (k * 31) % 100,
            ),
            font="RobotoCond",
            size=7.5,
        )
        p.text(
            150, y, "%d min %02d s" % (1 + k * 2 % 9, (k * 23) % 60), font="RobotoCond", size=7.5
        )
        p.text(196, y, "inclus", font="RobotoCond", size=7.5, align="right")
    p.text(198, 288, "2/2", font="Roboto", size=7, align="right")
    return p.finish()


# ============================================================================ Orange


def orange(b):
    p = Pdf(seed=b["seed"], title="Facture Orange")
    O = "#ff7900"
    p.rect(14, 10, 20, 20, stroke=None, fill=O)
    p.text(16, 28, "orange", font="Liberation-Bold", size=8.5, color="#ffffff")
    p.rect(14, 30.5, 20, 0.0, stroke=None, fill=O)
    p.text(40, 18, "Facture", font="Liberation-Bold", size=20)
    p.text(40, 24, "Internet - TV - Téléphone fixe", font="Liberation", size=9, color="#555555")
    y = 40
    kv = [
        ("date de facture", fr_date(b["issue"])),
        ("n° de facture", b["invoice_no"]),
        ("compte de facturation", b["client_no"]),
        ("n° de ligne fixe", b["line_no"]),
        ("titulaire du compte", b["holder"]),
    ]
    for i, (k, v) in enumerate(kv):
        p.text(14, y + i * 5, k, font="Liberation", size=8, color="#666666")
        p.text(56, y + i * 5, v, font="Liberation-Bold", size=8)
    _window(p, 112, 46, b["addr"], size=10)
    y = 80
    p.rect(14, y, 184, 24, stroke=None, fill="#000000")
    p.text(19, y + 9, "montant total à payer", font="Liberation-Bold", size=12, color="#ffffff")
    p.text(
        19,
        y + 16,
        "sera prélevé à partir du %s" % fr_date(b["due"]),
        font="Liberation",
        size=8.5,
        color="#ffffff",
    )
    p.text(
        193,
        y + 15,
        money(b["amount"]) + " €",
        font="Liberation-Bold",
        size=20,
        color=O,
        align="right",
    )
    y += 34
    p.text(14, y, "vos abonnements, forfaits et options", font="Liberation-Bold", size=10.5)
    y += 2
    rows = [
        (
            "Offre Livebox Fibre",
            "du %s au %s" % (fr_date(b["start"]), fr_date(b["end"])),
            b["amount"] * 0.85,
        ),
        (
            "Décodeur TV UHD",
            "du %s au %s" % (fr_date(b["start"]), fr_date(b["end"])),
            b["amount"] * 0.15,
        ),
    ]
    for lab, per, v in rows:
        y += 7
        p.text(16, y, lab, font="Liberation", size=8.8)
        p.text(90, y, per, font="Liberation", size=8.8, color="#444444")
        p.text(196, y, money(v) + " €", font="Liberation", size=8.8, align="right")
        p.hline(14, 198, y + 2.4, lw=0.2, color="#999999")
    y += 12
    p.text(14, y, "vos communications", font="Liberation-Bold", size=10.5)
    y += 7
    p.text(
        16,
        y,
        "Appels illimités vers fixes et mobiles en France métropolitaine",
        font="Liberation",
        size=8.8,
    )
    p.text(196, y, "inclus", font="Liberation", size=8.8, align="right")
    y += 12
    p.text(16, y, "total hors taxes", font="Liberation", size=8.8)
    p.text(196, y, money(b["amount"] / 1.2) + " €", font="Liberation", size=8.8, align="right")
    y += 5
    p.text(16, y, "TVA 20 %", font="Liberation", size=8.8)
    p.text(
        196,
        y,
        money(b["amount"] - b["amount"] / 1.2) + " €",
        font="Liberation",
        size=8.8,
        align="right",
    )
    y += 5
    p.text(16, y, "total TTC", font="Liberation-Bold", size=8.8)
    p.text(196, y, money(b["amount"]) + " €", font="Liberation-Bold", size=8.8, align="right")
    y += 16
    p.rect(14, y, 184, 20, stroke=O, lw=0.8)
    p.text(18, y + 6, "besoin d'aide ?", font="Liberation-Bold", size=9)
    p.text(
        18,
        y + 11,
        "Service client : 3900 (service gratuit + prix appel) — espace client : orange.fr",
        font="Liberation",
        size=8,
    )
    p.text(
        18,
        y + 16,
        "Conservez cette facture, elle peut servir de justificatif de domicile.",
        font="Liberation-Italic",
        size=8,
    )
    p.text(
        14,
        283,
        "Orange SA au capital de 10 640 226 396 € — 111 quai du Président Roosevelt 92130 "
        "Issy-les-Moulineaux — %s RCS Nanterre" % ids.fmt_siren(b["siren"]),
        size=6.2,
        color="#555555",
    )
    return p.finish()


# ============================================================================ Bouygues


def bouygues(b):
    p = Pdf(seed=b["seed"], title="Facture Bouygues Telecom")
    N, C = "#0a2e5c", "#009dcc"
    p.circle(22, 18, 7, stroke=None, fill=C)
    p.circle(24, 16, 3, stroke=None, fill="#ffffff")
    p.text(32, 16, "Bouygues", font="OpenSans-Bold", size=14, color=N)
    p.text(32, 22, "Telecom", font="OpenSans", size=12, color=N)
    p.text(198, 14, "Facture mobile", font="OpenSans-Bold", size=11, color=N, align="right")
    p.text(198, 19, "N° %s" % b["invoice_no"], font="OpenSans", size=8, align="right")
    p.text(198, 23.5, "Date : %s" % fr_date(b["issue"]), font="OpenSans", size=8, align="right")
    _window(p, 110, 40, b["addr"], font="OpenSans", size=9.5)
    y = 70
    p.text(14, y, "Bonjour %s," % b["greeting"], font="OpenSans-Semibold", size=10)
    y = p.para(
        14,
        y + 6,
        90,
        "Voici votre facture pour la période du %s au %s. Elle sera prélevée "
        "automatiquement le %s sur votre compte."
        % (fr_date(b["start"]), fr_date(b["end"]), fr_date(b["due"])),
        font="OpenSans",
        size=8.5,
    )
    p.rect(110, 70, 88, 28, stroke=None, fill=N, radius=3)
    p.text(114, 80, "Total à payer", font="OpenSans-Semibold", size=10, color="#ffffff")
    p.text(
        194,
        92,
        money(b["amount"]) + " €",
        font="OpenSans-Bold",
        size=20,
        color="#ffffff",
        align="right",
    )
    y = 112
    p.text(14, y, "Vos informations", font="OpenSans-Bold", size=10, color=N)
    info = [
        ("Titulaire", b["holder"]),
        ("N° de compte client", b["client_no"]),
        ("Ligne", b["line_no"]),
        ("Forfait", b.get("offer", "B&You 100 Go")),
    ]
    for i, (k, v) in enumerate(info):
        p.text(14, y + 7 + i * 5.5, k, font="OpenSans", size=8.2, color="#666666")
        p.text(60, y + 7 + i * 5.5, v, font="OpenSans-Semibold", size=8.2)
    y += 36
    p.text(14, y, "Détail", font="OpenSans-Bold", size=10, color=N)
    rows = [
        ("Forfait %s" % b.get("offer", "B&You 100 Go"), b["amount"] - 3.0),
        ("Option sécurité", 3.0),
        ("Hors forfait", 0.0),
    ]
    for lab, v in rows:
        y += 7
        p.text(16, y, lab, font="OpenSans", size=8.5)
        p.text(196, y, money(v) + " €", font="OpenSans", size=8.5, align="right")
        p.hline(14, 198, y + 2.4, lw=0.25, color=C)
    y += 10
    p.text(16, y, "Dont TVA 20 %", font="OpenSans", size=8)
    p.text(196, y, money(b["amount"] / 6) + " €", font="OpenSans", size=8, align="right")
    p.text(
        14,
        283,
        "Bouygues Telecom — SA au capital de 712 588 399,56 € — 37-39 rue Boissière 75116 Paris — "
        "%s RCS Paris" % ids.fmt_siren(b["siren"]),
        font="OpenSans",
        size=6.2,
        color="#555555",
    )
    return p.finish()


# ============================================================================ water


def water(b):
    p = Pdf(seed=b["seed"], title="Facture d'eau")
    Bl = "#0077b6"
    p.ellipse(14, 10, 26, 26, fill=Bl)
    p.polygon([(20, 6), (16.5, 14), (23.5, 14)], fill=Bl)
    p.text(30, 18, b.get("company", "Eau du Grand Lyon"), font="Carlito-Bold", size=15, color=Bl)
    p.text(30, 23, "Service public de l'eau — Régie", font="Carlito", size=8.5)
    p.text(198, 15, "FACTURE D'EAU", font="Carlito-Bold", size=13, align="right")
    p.text(
        198,
        20,
        "Facture n° %s du %s" % (b["invoice_no"], fr_date(b["issue"])),
        font="Carlito",
        size=8.5,
        align="right",
    )
    _window(p, 110, 40, b["addr"], font="Carlito", size=10.5)
    y = 40
    p.text(14, y, "Abonné :", font="Carlito-Bold", size=9)
    p.text(30, y, b["holder"], font="Carlito", size=9)
    p.text(14, y + 5, "Référence abonné :", font="Carlito-Bold", size=9)
    p.text(44, y + 5, b["client_no"], font="Carlito", size=9)
    p.text(14, y + 10, "N° de compteur :", font="Carlito-Bold", size=9)
    p.text(42, y + 10, b.get("meter", "I19SA004512"), font="Carlito", size=9)
    y = 80
    p.text(
        14,
        y,
        "Période de facturation du %s au %s" % (fr_date(b["start"]), fr_date(b["end"])),
        font="Carlito-Bold",
        size=10.5,
    )
    y += 6
    hdr = ["Relevé", "Date", "Index", "Consommation"]
    xs = [16, 60, 100, 140]
    p.rect(14, y, 184, 6, stroke=None, fill="#d7ecf7")
    for x, t in zip(xs, hdr):
        p.text(x, y + 4.2, t, font="Carlito-Bold", size=8.5)
    y += 6
    for lab, dt, idx, cons in (
        ("Ancien index", fr_date(b["start"]), "00412", ""),
        ("Nouvel index", fr_date(b["end"]), "00447", "35 m³"),
    ):
        y += 5.5
        for x, t in zip(xs, (lab, dt, idx, cons)):
            p.text(x, y, t, font="Carlito", size=8.5)
    y += 12
    parts = [
        ("Distribution de l'eau potable", "Abonnement", b["amount"] * 0.12),
        ("", "Consommation 35 m³ x 1,9200", b["amount"] * 0.42),
        ("Collecte et traitement des eaux usées", "Consommation 35 m³", b["amount"] * 0.31),
        ("Organismes publics", "Agence de l'eau, préservation des ressources", b["amount"] * 0.15),
    ]
    for a, bb, v in parts:
        y += 6
        p.text(16, y, a, font="Carlito-Bold", size=8.5)
        p.text(80, y, bb, font="Carlito", size=8.5)
        p.text(196, y, money(v) + " €", font="Carlito", size=8.5, align="right")
    y += 10
    p.rect(120, y - 6, 78, 12, stroke=Bl, lw=1)
    p.text(124, y + 1.5, "Total à payer TTC", font="Carlito-Bold", size=10)
    p.text(195, y + 1.5, money(b["amount"]) + " €", font="Carlito-Bold", size=12, align="right")
    p.text(
        14,
        283,
        "Régie publique de l'eau — SIRET %s — Accueil : du lundi au vendredi de 8h30 à 17h"
        % ids.fmt_siret(ids.siret(b["siren"], "0001")),
        font="Carlito",
        size=6.8,
        color="#555555",
    )
    return p.finish()
