"""RIB (relevé d'identité bancaire) in the layouts banks actually use: the classic
"Banque / Guichet / N° de compte / Clé RIB" grid with IBAN and BIC (BNP Paribas,
Crédit Mutuel, Société Générale, La Banque Postale, Crédit Agricole), online-bank
"account details" PDFs (Revolut LT IBAN, N26 DE IBAN), a banking-app screen, and a
welcome letter with a detachable RIB at the bottom (LCL).

r keys: holder (list of printed lines), bank_code, branch, account, key, iban, bic,
dom (domiciliation lines), seed.
"""

from . import ids
from .draw import Pdf, fr_date

RIB_NOTICE = (
    "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
    "appelés à faire inscrire des opérations à votre compte (virements, paiements de quittances, "
    "etc.). Son utilisation vous garantit le bon enregistrement des opérations en cause et vous "
    "évite ainsi des réclamations pour erreurs ou retards d'imputation."
)


def _grid(
    p,
    x,
    y,
    r,
    font="Liberation",
    size=9,
    w=(24, 24, 44, 14),
    head_fill="#eeeeee",
    labels=("Code banque", "Code guichet", "Numéro de compte", "Clé RIB"),
):
    xx = x
    for i, (lab, val) in enumerate(
        zip(labels, (r["bank_code"], r["branch"], r["account"], r["key"]))
    ):
        p.rect(xx, y, w[i], 5, fill=head_fill, lw=0.4)
        p.text(xx + w[i] / 2, y + 3.6, lab, font=font, size=size * 0.72, align="center")
        p.rect(xx, y + 5, w[i], 7, lw=0.4)
        p.text(
            xx + w[i] / 2,
            y + 10,
            val,
            font=font + "-Bold" if "-" not in font else font,
            size=size,
            align="center",
        )
        xx += w[i]
    return y + 12


def bnp(r):
    p = Pdf(seed=r["seed"], title="RIB")
    G = "#00915a"
    for k in range(4):
        p.polygon(
            [
                (14 + k * 3.2, 20),
                (16 + k * 3.2, 12 - k * 1.2),
                (18.5 + k * 3.2, 12 - k * 1.2),
                (16.5 + k * 3.2, 20),
            ],
            fill=G,
        )
    p.text(30, 19, "BNP PARIBAS", font="Liberation-Bold", size=14, color=G)
    p.text(
        30,
        23.5,
        "La banque d'un monde qui change",
        font="Liberation-Italic",
        size=7,
        color="#555555",
    )
    p.text(198, 19, "Relevé d'Identité Bancaire", font="Liberation-Bold", size=12, align="right")
    for copy in range(2):
        y0 = 34 + copy * 118
        p.rect(12, y0, 186, 108, stroke="#9fc9b4", lw=0.6)
        p.text(16, y0 + 7, "RELEVÉ D'IDENTITÉ BANCAIRE", font="Liberation-Bold", size=10, color=G)
        p.para(16, y0 + 13, 178, RIB_NOTICE, size=6.8, leading=2.9, color="#444444")
        y = y0 + 30
        p.text(16, y, "Titulaire du compte", font="Liberation-Bold", size=8)
        p.lines(16, y + 5, r["holder"], size=9.5, leading=4.2)
        p.text(112, y, "Domiciliation", font="Liberation-Bold", size=8)
        p.lines(112, y + 5, r["dom"], size=8.5, leading=3.8)
        y += 24
        _grid(p, 16, y, r)
        p.text(130, y + 3.6, "Devise : EUR", size=8)
        y += 18
        p.text(16, y, "IBAN (International Bank Account Number)", font="Liberation-Bold", size=7.6)
        p.text(16, y + 6, ids.group4(r["iban"]), font="LiberationMono-Bold", size=11.5)
        p.text(130, y, "BIC (Bank Identifier Code)", font="Liberation-Bold", size=7.6)
        p.text(130, y + 6, r["bic"], font="LiberationMono-Bold", size=11.5)
        if copy == 0:
            p.line(8, y0 + 113, 202, y0 + 113, lw=0.4, dash=(3, 2), color="#888888")
    p.text(
        12,
        285,
        "BNP Paribas SA au capital de 2 261 621 342 € — Siège social : 16 boulevard des Italiens "
        "75009 Paris — RCS Paris %s — ORIAS n° 07 022 735" % ids.fmt_siren(r["siren"]),
        size=6,
        color="#666666",
    )
    return p.finish()


def credit_mutuel(r):
    p = Pdf(seed=r["seed"], title="RIB")
    B, R = "#0a3c7d", "#d0112b"
    for copy in range(3):
        y0 = 12 + copy * 94
        p.rect(14, y0 + 2, 9, 9, stroke=None, fill=B)
        p.polygon([(15, y0 + 10), (22, y0 + 3), (22, y0 + 10)], fill=R)
        p.text(26, y0 + 8.5, "Crédit Mutuel", font="Caladea-Bold", size=13, color=B)
        p.text(
            196, y0 + 8, "RELEVÉ D'IDENTITÉ BANCAIRE", font="Caladea-Bold", size=10, align="right"
        )
        y = y0 + 18
        p.text(
            14,
            y,
            "Identifiant national de compte bancaire - RIB",
            font="Caladea",
            size=7.5,
            color="#444444",
        )
        _grid(
            p,
            14,
            y + 2,
            r,
            font="Caladea",
            size=9.5,
            w=(26, 26, 46, 16),
            head_fill="#e8eef7",
            labels=("Banque", "Guichet", "N° compte", "Clé"),
        )
        p.text(140, y + 2, "Domiciliation", font="Caladea-Bold", size=7.5)
        p.lines(140, y + 6, r["dom"], font="Caladea", size=8, leading=3.4)
        y += 21
        p.text(
            14,
            y,
            "Identifiant international de compte bancaire",
            font="Caladea",
            size=7.5,
            color="#444444",
        )
        p.text(14, y + 5, "IBAN", font="Caladea-Bold", size=8.5)
        p.text(26, y + 5, ids.group4(r["iban"]), font="Caladea-Bold", size=11)
        p.text(140, y + 5, "BIC", font="Caladea-Bold", size=8.5)
        p.text(150, y + 5, r["bic"], font="Caladea-Bold", size=11)
        y += 12
        p.text(14, y, "Titulaire du compte", font="Caladea", size=7.5, color="#444444")
        p.lines(14, y + 5, r["holder"], font="Caladea-Bold", size=10, leading=4.3)
        p.para(
            110,
            y + 1,
            86,
            "Remettez ce relevé à vos créanciers ou débiteurs appelés à faire inscrire "
            "des opérations à votre compte (virements, prélèvements...).",
            font="Caladea",
            size=6.5,
        )
        if copy < 2:
            p.line(6, y0 + 92, 204, y0 + 92, lw=0.4, dash=(2, 2), color="#777777")
            p.text(8, y0 + 91, "✂", font="DejaVuSans", size=8, color="#777777")
    return p.finish()


def societe_generale(r):
    p = Pdf(seed=r["seed"], title="Relevé d'identité bancaire")
    p.rect(14, 12, 10, 5, stroke=None, fill="#e60028")
    p.rect(14, 17, 10, 5, stroke=None, fill="#000000")
    p.rect(15.5, 16.2, 7, 1.6, stroke=None, fill="#ffffff")
    p.text(27, 20, "SOCIETE GENERALE", font="Liberation-Bold", size=13)
    p.text(198, 20, "RIB", font="Liberation-Bold", size=20, color="#e60028", align="right")
    p.text(14, 34, "Relevé d'identité bancaire", font="Liberation-Bold", size=11)
    p.text(14, 39, "Compte de dépôt — Devise : EUR", size=8.5, color="#444444")
    y = 48
    tab = [
        ("Titulaire du compte", " ".join(r["holder"])),
        ("Adresse du titulaire", ", ".join(r.get("holder_addr", []))),
        ("Domiciliation", " — ".join(r["dom"])),
        ("Code banque", r["bank_code"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
        ("IBAN", ids.group4(r["iban"])),
        ("BIC", r["bic"]),
    ]
    for i, (k, v) in enumerate(tab):
        p.rect(14, y, 60, 7.5, fill="#f3f3f3", lw=0.3, stroke="#bbbbbb")
        p.rect(74, y, 124, 7.5, lw=0.3, stroke="#bbbbbb")
        p.text(16, y + 5, k, font="Liberation-Bold", size=8.5)
        p.fit_text(
            76,
            y + 5,
            v,
            120,
            font="LiberationMono" if k in ("IBAN", "BIC") else "Liberation",
            size=9,
        )
        y += 7.5
    p.para(14, y + 8, 184, RIB_NOTICE, size=7, color="#555555")
    p.text(
        14,
        285,
        "Société Générale — SA au capital de 1 000 395 971,25 € — 29 bd Haussmann 75009 Paris — "
        "%s RCS Paris" % ids.fmt_siren(r["siren"]),
        size=6,
        color="#666666",
    )
    return p.finish()


def banque_postale(r):
    p = Pdf(seed=r["seed"], title="RIB")
    Y, B = "#ffd200", "#213a8f"
    p.rect(0, 0, 210, 26, stroke=None, fill=Y)
    p.circle(22, 13, 7, stroke=None, fill=B)
    p.text(22, 15.5, "LBP", font="Liberation-Bold", size=8, color=Y, align="center")
    p.text(33, 12, "LA BANQUE", font="Liberation-Bold", size=10.5, color=B)
    p.text(33, 17.5, "POSTALE", font="Liberation-Bold", size=10.5, color=B)
    p.text(
        198,
        16,
        "RELEVÉ D'IDENTITÉ BANCAIRE",
        font="Liberation-Bold",
        size=11,
        color=B,
        align="right",
    )
    y = 40
    p.text(14, y, "Intitulé du compte", font="Liberation", size=8, color="#555555")
    p.lines(14, y + 5.5, r["holder"], font="Liberation-Bold", size=11, leading=4.8)
    p.text(120, y, "Centre financier", font="Liberation", size=8, color="#555555")
    p.lines(120, y + 5.5, r["dom"], font="Liberation", size=9, leading=4)
    y += 26
    p.text(14, y, "Références bancaires nationales", font="Liberation", size=8, color="#555555")
    _grid(
        p,
        14,
        y + 2,
        r,
        w=(28, 28, 50, 18),
        head_fill="#fff3b0",
        labels=("Établissement", "Guichet", "N° de compte", "Clé"),
    )
    y += 24
    p.rect(14, y, 184, 20, stroke=B, lw=0.8, radius=2)
    p.text(18, y + 6, "IBAN", font="Liberation-Bold", size=8.5, color=B)
    p.text(18, y + 13.5, ids.group4(r["iban"]), font="LiberationMono-Bold", size=12.5)
    p.text(150, y + 6, "BIC", font="Liberation-Bold", size=8.5, color=B)
    p.text(150, y + 13.5, r["bic"], font="LiberationMono-Bold", size=12.5)
    p.para(14, y + 30, 184, RIB_NOTICE, size=7, color="#555555")
    p.text(
        14,
        285,
        "La Banque Postale — SA à Directoire et Conseil de surveillance — 115 rue de Sèvres 75275 "
        "Paris Cedex 06 — RCS Paris %s" % ids.fmt_siren(r["siren"]),
        size=6,
        color="#666666",
    )
    return p.finish()


def credit_agricole(r):
    p = Pdf(seed=r["seed"], title="RIB")
    G = "#009597"
    p.rect(14, 10, 12, 12, stroke=None, fill=G, radius=2)
    p.polygon([(16, 20), (20, 12), (24, 20)], fill="#ffffff")
    p.text(29, 15, "CRÉDIT AGRICOLE", font="OpenSans-Bold", size=12, color=G)
    p.text(
        29,
        20,
        r.get("caisse", "Caisse régionale de Paris et d'Ile-de-France"),
        font="OpenSans",
        size=7.5,
    )
    p.text(105, 38, "RELEVÉ D'IDENTITÉ BANCAIRE", font="OpenSans-Bold", size=13, align="center")
    y = 50
    p.rect(14, y, 184, 86, stroke="#7cc4c5", lw=0.6)
    p.text(18, y + 7, "Titulaire(s) du compte :", font="OpenSans-Semibold", size=8.5)
    p.lines(60, y + 7, r["holder"], font="OpenSans-Bold", size=9.5, leading=4.5)
    p.text(18, y + 22, "Domiciliation :", font="OpenSans-Semibold", size=8.5)
    p.lines(60, y + 22, r["dom"], font="OpenSans", size=8.5, leading=4)
    y += 36
    _grid(p, 18, y, r, font="OpenSans", size=9, w=(26, 26, 48, 16), head_fill="#e3f3f3")
    y += 20
    p.text(18, y, "IBAN :", font="OpenSans-Semibold", size=8.5)
    p.text(36, y, ids.group4(r["iban"]), font="OpenSans-Bold", size=11)
    p.text(18, y + 8, "BIC :", font="OpenSans-Semibold", size=8.5)
    p.text(36, y + 8, r["bic"], font="OpenSans-Bold", size=11)
    p.text(
        18,
        y + 20,
        "Type de compte : compte joint" if r.get("joint") else "Type de compte : compte individuel",
        font="OpenSans-Italic",
        size=8,
    )
    return p.finish()


def revolut(r):
    p = Pdf(seed=r["seed"], title="Account details")
    p.text(14, 20, "Revolut", font="Roboto-Bold", size=20)
    p.text(198, 16, r["issue_p"], font="Roboto", size=8.5, color="#555555", align="right")
    p.text(14, 36, "Relevé d'identité bancaire", font="Roboto-Bold", size=15)
    p.text(14, 42, "Account details — EUR", font="Roboto", size=10, color="#555555")
    y = 56
    rows = [
        ("Titulaire du compte / Beneficiary", " ".join(r["holder"])),
        ("IBAN", ids.group4(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque / Bank", "Revolut Bank UAB"),
        (
            "Adresse de la banque / Bank address",
            "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania",
        ),
        ("Adresse du titulaire / Beneficiary address", ", ".join(r.get("holder_addr", []))),
    ]
    for k, v in rows:
        p.text(14, y, k, font="Roboto", size=8.5, color="#6b6b6b")
        p.text(14, y + 5.5, v, font="Roboto-Medium", size=11)
        p.hline(14, 198, y + 9, lw=0.2, color="#dddddd")
        y += 15
    p.para(
        14,
        y + 6,
        184,
        "Utilisez ces coordonnées pour recevoir des virements SEPA et des prélèvements en euros. "
        "Revolut Bank UAB est un établissement de crédit agréé par la Banque de Lituanie et soumis au "
        "contrôle de la Banque centrale européenne. Les dépôts sont protégés par le fonds de garantie des "
        "dépôts lituanien (Indėlių ir investicijų draudimas) jusqu'à 100 000 €.",
        font="Roboto",
        size=7.5,
        color="#555555",
    )
    return p.finish()


def n26(r):
    p = Pdf(seed=r["seed"], title="N26 Bankverbindung")
    T = "#36a18b"
    p.text(14, 22, "N26", font="Lato-Black", size=24)
    p.text(
        198,
        16,
        "Bankverbindung / Bank details / Coordonnées bancaires",
        font="Lato",
        size=8,
        align="right",
    )
    p.rect(14, 34, 184, 1.2, stroke=None, fill=T)
    y = 48
    for k, v in (
        ("Kontoinhaber / Account holder / Titulaire", " ".join(r["holder"])),
        ("IBAN", ids.group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Bank", "N26 Bank SE, Voltairestraße 8, 10179 Berlin"),
    ):
        p.text(14, y, k, font="Lato", size=8.5, color="#666666")
        p.text(14, y + 6, v, font="Lato-Bold", size=12)
        y += 16
    p.text(14, y + 4, "Erstellt am / Created on: %s" % r["issue_p"], font="Lato", size=8)
    p.para(
        14,
        270,
        184,
        "N26 Bank SE — Sitz: Berlin — Amtsgericht Charlottenburg HRB 170602 B — "
        "Vorstand: Valentin Stalf, Maximilian Tayenthal.",
        font="Lato",
        size=6.5,
        color="#777777",
    )
    return p.finish()


def lcl_letter(r):
    """A welcome letter from LCL with the RIB printed in a detachable strip (trap: a letter,
    but it is the RIB that counts)."""
    p = Pdf(seed=r["seed"], title="Courrier LCL")
    B, Y = "#1c2f6b", "#fcd116"
    p.rect(14, 10, 24, 12, stroke=None, fill=B)
    p.text(26, 19, "LCL", font="Liberation-Bold", size=15, color=Y, align="center")
    p.text(42, 16, "LE CRÉDIT LYONNAIS", font="Liberation-Bold", size=9, color=B)
    p.text(42, 20.5, r["dom"][0], font="Liberation", size=8)
    p.lines(112, 42, r["holder"] + r.get("holder_addr", []), size=10, leading=4.6)
    p.text(112, 75, "%s, le %s" % (r.get("city", "Paris"), fr_date(r["issue"], "long")), size=9.5)
    p.text(14, 88, "Objet : ouverture de votre compte de dépôt", font="Liberation-Bold", size=9.5)
    body = (
        "%s,\n\nNous avons le plaisir de vous confirmer l'ouverture de votre compte de dépôt à l'agence %s. "
        "Votre carte bancaire vous parviendra dans les prochains jours par courrier séparé, et son code "
        "confidentiel par un envoi distinct.\n\nVous trouverez ci-dessous votre relevé d'identité bancaire (RIB). "
        "Communiquez-le à votre employeur, à votre caisse d'assurance maladie ou à tout organisme appelé "
        "à effectuer des virements sur votre compte.\n\nVotre conseiller se tient à votre disposition pour "
        "toute question. Nous vous prions d'agréer, %s, l'expression de nos salutations distinguées."
        % (r["salutation"], r["dom"][0], r["salutation"])
    )
    p.para(14, 98, 182, body, size=9.5, leading=4.4)
    p.text(130, 170, "Votre conseiller", size=9)
    p.text(130, 175, r.get("adviser", "Mme Claire Vasseur"), font="Liberation-Bold", size=9)
    p.signature(132, 178, w=30, h=10, seed="lcl" + r["seed"])
    p.line(6, 200, 204, 200, lw=0.5, dash=(3, 2), color="#666666")
    p.text(8, 198.5, "✂", font="DejaVuSans", size=9, color="#666666")
    y = 206
    p.text(14, y + 2, "RELEVÉ D'IDENTITÉ BANCAIRE", font="Liberation-Bold", size=10, color=B)
    p.text(140, y + 2, "LCL", font="Liberation-Bold", size=10, color=B)
    p.text(14, y + 9, "Titulaire du compte :", font="Liberation", size=8)
    p.lines(48, y + 9, r["holder"], font="Liberation-Bold", size=9, leading=4)
    p.text(120, y + 9, "Domiciliation :", font="Liberation", size=8)
    p.lines(120, y + 13, r["dom"], size=8, leading=3.6)
    _grid(p, 14, y + 22, r, size=9)
    p.text(14, y + 44, "IBAN :", font="Liberation-Bold", size=9)
    p.text(28, y + 44, ids.group4(r["iban"]), font="LiberationMono-Bold", size=11)
    p.text(14, y + 51, "BIC :", font="Liberation-Bold", size=9)
    p.text(28, y + 51, r["bic"], font="LiberationMono-Bold", size=11)
    p.text(
        14,
        288,
        "LCL Le Crédit Lyonnais — SA au capital de 2 037 713 591 € — 18 rue de la République 69002 Lyon — "
        "SIREN %s — RCS Lyon" % ids.fmt_siren(r["siren"]),
        size=5.8,
        color="#666666",
    )
    return p.finish()


def lcl_rib(r):
    p = Pdf(seed=r["seed"], title="RIB LCL")
    B, Y = "#1c2f6b", "#fcd116"
    p.rect(14, 10, 24, 12, stroke=None, fill=B)
    p.text(26, 19, "LCL", font="Liberation-Bold", size=15, color=Y, align="center")
    p.text(
        198,
        18,
        "Relevé d'Identité Bancaire",
        font="Liberation-Bold",
        size=12,
        color=B,
        align="right",
    )
    y = 36
    p.rect(14, y, 184, 74, stroke=B, lw=0.7)
    p.text(18, y + 7, "Titulaire du compte", font="Liberation", size=8, color="#555555")
    p.lines(
        18,
        y + 12.5,
        r["holder"] + r.get("holder_addr", []),
        font="Liberation-Bold",
        size=9.5,
        leading=4.3,
    )
    p.text(118, y + 7, "Domiciliation", font="Liberation", size=8, color="#555555")
    p.lines(118, y + 12.5, r["dom"], size=8.5, leading=3.8)
    _grid(p, 18, y + 34, r, size=9.5)
    p.text(18, y + 56, "IBAN", font="Liberation", size=8, color="#555555")
    p.text(18, y + 62, ids.group4(r["iban"]), font="LiberationMono-Bold", size=12)
    p.text(150, y + 56, "BIC", font="Liberation", size=8, color="#555555")
    p.text(150, y + 62, r["bic"], font="LiberationMono-Bold", size=12)
    p.para(14, y + 82, 184, RIB_NOTICE, size=7, color="#555555")
    return p.finish()


def app_screen(r, bank="boursobank"):
    """Banking-app screen, 390 x 844 pt (a 1170 x 2532 px phone at 3x)."""
    W, H = 137.6, 297.7
    p = Pdf(size=(W, H), seed=r["seed"])
    if bank == "boursobank":
        top, accent, name = "#1d1d3d", "#ff2d87", "BoursoBank"
    else:
        top, accent, name = "#ffffff", "#e60028", "SG"
    p.fill_page("#f4f5f7")
    p.rect(0, 0, W, 58, stroke=None, fill=top)
    fg = "#ffffff" if top != "#ffffff" else "#111111"
    p.text(9, 8.5, r.get("clock", "14:32"), font="Roboto-Medium", size=10.5, color=fg)
    p.text(W - 9, 8.5, "5G  87 %", font="Roboto-Medium", size=9, color=fg, align="right")
    p.text(9, 24, "‹", font="DejaVuSans-Bold", size=20, color=fg)
    p.text(W / 2, 23, "Mon RIB", font="Roboto-Medium", size=12.5, color=fg, align="center")
    p.text(9, 40, r.get("account_label", "Compte courant"), font="Roboto-Bold", size=15, color=fg)
    p.text(9, 48, name, font="Roboto", size=10, color=fg)
    y = 66
    p.rect(6, y, W - 12, 150, stroke=None, fill="#ffffff", radius=4)
    items = [
        ("Titulaire du compte", " ".join(r["holder"])),
        ("IBAN", ids.group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank_name"]),
        ("Domiciliation", r["dom"][0]),
    ]
    yy = y + 12
    for k, v in items:
        p.text(12, yy, k, font="Roboto", size=9.5, color="#6b6f7b")
        if k == "IBAN":
            parts = ids.group4(r["iban"]).split(" ")
            p.text(
                12, yy + 7, " ".join(parts[:4]), font="Roboto-Medium", size=12.5, color="#111111"
            )
            p.text(
                12, yy + 13.5, " ".join(parts[4:]), font="Roboto-Medium", size=12.5, color="#111111"
            )
            p.rect(W - 20, yy + 2.5, 4.5, 5.5, stroke=accent, lw=0.7, radius=0.8)
            p.rect(W - 18, yy + 4.3, 4.5, 5.5, stroke=accent, fill="#ffffff", lw=0.7, radius=0.8)
            yy += 27
        else:
            p.fit_text(12, yy + 7, v, W - 30, font="Roboto-Medium", size=12.5, color="#111111")
            yy += 20
        p.hline(12, W - 12, yy - 6, lw=0.25, color="#e1e3e8")
    y += 162
    for lab in ("Partager mon RIB", "Télécharger le RIB (PDF)"):
        p.rect(10, y, W - 20, 14, stroke=None, fill=accent, radius=7)
        p.text(
            W / 2, y + 9.2, lab, font="Roboto-Medium", size=11.5, color="#ffffff", align="center"
        )
        y += 19
    p.para(
        12,
        y + 3,
        W - 24,
        "Vos coordonnées bancaires permettent de recevoir des virements et de mettre en place "
        "des prélèvements SEPA.",
        font="Roboto",
        size=8.5,
        color="#6b6f7b",
    )
    # tab bar
    p.rect(0, H - 22, W, 22, stroke=None, fill="#ffffff")
    for i, t in enumerate(("Comptes", "Virements", "Cartes", "Profil")):
        p.text(
            17 + i * 34,
            H - 9,
            t,
            font="Roboto",
            size=8.5,
            color=accent if i == 0 else "#888888",
            align="center",
        )
    p.rect(W / 2 - 18, H - 3.2, 36, 1.3, stroke=None, fill="#111111", radius=0.6)
    return p.finish()
