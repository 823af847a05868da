"""French documents: cerfa 15763*02 (S1106), RIB, bills, lease, attestation, payslip, contract."""

from bb_docs import dmy, words_fr
from bb_ids import group4, iban_ok, rib_key
from bb_render import Page

AMELI = "#0c419a"


def _boxes(pg, x, y, text, n, cw=4.6, h=6, font="typew", size=10, color="#111111", hand=False):
    """Cerfa letter cells, one character per cell."""
    for i in range(n):
        pg.rect(x + i * cw, y, cw, h, stroke="#6d7fae", lw=0.2)
    for i, ch in enumerate(text[:n]):
        if ch != " ":
            dx = 0.9 if hand else 1.0
            pg.text(x + i * cw + cw / 2 + (dx - 1), y + h - 1.3, ch, size, font, color, "c")


def form_s1106(f, hand_font=None):
    """Two pages. f: surname, usage, given, dob, sex, pob, country, nat, addr, cp, city,
    employed, job, employer, contract, place, signed_on, seed."""
    ink = "#1c2f8a" if hand_font else "#111111"
    font = hand_font or "typew"
    size = 15 if hand_font else 10
    p1, p2 = Page(), Page()
    for k, pg in enumerate((p1, p2)):
        pg.rect(12, 10, 28, 14, stroke=AMELI, lw=0.5)
        pg.text(26, 16, "l'Assurance", 7, "sansb", AMELI, "c")
        pg.text(26, 21, "Maladie", 7, "sansb", AMELI, "c")
        pg.text(198, 14, "cerfa", 11, "sansb", "#333333", "r")
        pg.text(198, 19, "N° 15763*02", 8, "sans", "#333333", "r")
        pg.text(105, 290, f"S1106 - {k + 1}/2", 6.5, "sans", "#555555", "c")
    p1.text(105, 17, "Demande d'ouverture des droits", 14, "sansb", AMELI, "c")
    p1.text(105, 23, "à l'assurance maladie", 14, "sansb", AMELI, "c")
    p1.text(
        105,
        30,
        "Protection universelle maladie (PUMa) - Articles L. 160-1 et suivants du Code"
        " de la sécurité sociale",
        6.5,
        "sans",
        "#333333",
        "c",
    )
    p1.rect(12, 36, 186, 7, fill=AMELI, stroke=None)
    p1.text(15, 41, "A - VOUS (le demandeur)", 9, "sansb", "#ffffff")
    rows = [
        ("Nom de naissance", f["surname"], 30),
        ("Nom d'usage (facultatif)", f.get("usage", ""), 30),
        ("Prénom(s)", f["given"], 30),
    ]
    y = 50
    for lab, val, n in rows:
        p1.text(14, y + 4.5, lab, 7.5, "sans")
        _boxes(p1, 58, y, val.upper(), n, font=font, size=size, color=ink, hand=bool(hand_font))
        y += 9
    p1.text(14, y + 4.5, "Sexe", 7.5, "sans")
    for i, s in enumerate(("F", "M")):
        p1.rect(58 + i * 18, y, 4.5, 4.5, stroke="#333333", lw=0.25)
        p1.text(64 + i * 18, y + 3.8, "Féminin" if s == "F" else "Masculin", 7, "sans")
        if f["sex"] == s:
            p1.text(60.3 + i * 18, y + 3.9, "X", size, font, ink, "c")
    y += 9
    p1.text(14, y + 4.5, "Date de naissance", 7.5, "sans")
    d = dmy(f["dob"]).replace("/", "")
    _boxes(p1, 58, y, d[:2], 2, font=font, size=size, color=ink, hand=bool(hand_font))
    _boxes(p1, 69, y, d[2:4], 2, font=font, size=size, color=ink, hand=bool(hand_font))
    _boxes(p1, 80, y, d[4:], 4, font=font, size=size, color=ink, hand=bool(hand_font))
    y += 9
    p1.text(14, y + 4.5, "Lieu de naissance : commune", 7.5, "sans")
    p1.text(62, y + 4.5, f["pob"], size, font, ink)
    p1.text(120, y + 4.5, "pays", 7.5, "sans")
    p1.text(130, y + 4.5, f["country"], size, font, ink)
    p1.line(60, y + 5.5, 118, y + 5.5, color="#999999", lw=0.15)
    p1.line(128, y + 5.5, 196, y + 5.5, color="#999999", lw=0.15)
    y += 9
    p1.text(14, y + 4.5, "Nationalité", 7.5, "sans")
    p1.text(62, y + 4.5, f["nat"], size, font, ink)
    p1.line(60, y + 5.5, 196, y + 5.5, color="#999999", lw=0.15)
    y += 10
    p1.text(14, y + 4.5, "N° de sécurité sociale (si vous en avez un)", 7.5, "sans")
    _boxes(p1, 80, y, "", 13)
    _boxes(p1, 142, y, "", 2)
    y += 9
    p1.text(14, y + 4.5, "N° d'allocataire CAF (si vous en avez un)", 7.5, "sans")
    _boxes(p1, 80, y, "", 8)
    y += 11
    p1.text(14, y, "Votre adresse", 8, "sansb")
    y += 3
    p1.text(14, y + 4.5, "N°, rue", 7.5, "sans")
    p1.text(40, y + 4.5, f["addr"], size, font, ink)
    p1.line(38, y + 5.5, 196, y + 5.5, color="#999999", lw=0.15)
    y += 9
    p1.text(14, y + 4.5, "Code postal", 7.5, "sans")
    _boxes(p1, 40, y, f["cp"], 5, font=font, size=size, color=ink, hand=bool(hand_font))
    p1.text(70, y + 4.5, "Commune", 7.5, "sans")
    p1.text(86, y + 4.5, f["city"], size, font, ink)
    p1.line(84, y + 5.5, 196, y + 5.5, color="#999999", lw=0.15)
    y += 9
    p1.text(14, y + 4.5, "Téléphone", 7.5, "sans")
    p1.text(40, y + 4.5, f.get("phone", ""), size, font, ink)
    p1.text(100, y + 4.5, "Courriel", 7.5, "sans")
    p1.text(116, y + 4.5, f.get("email", ""), size - 1, font, ink)
    y += 14
    p1.lines(
        14,
        y,
        [
            "Pièces à joindre : copie de votre pièce d'identité ou passeport ; copie de votre "
            "titre de séjour ou visa long séjour ;",
            "copie intégrale de votre acte de naissance (ou extrait avec filiation) ; "
            "justificatif de résidence stable en France depuis",
            "plus de trois mois ; relevé d'identité bancaire (RIB) à votre nom ; "
            "si vous travaillez : contrat de travail ou bulletin de salaire.",
        ],
        6.8,
        "sans",
        color="#333333",
    )
    # ---- page 2
    p2.rect(12, 34, 186, 7, fill=AMELI, stroke=None)
    p2.text(15, 39, "B - VOTRE SITUATION", 9, "sansb", "#ffffff")
    opts = [
        ("employed", "Vous exercez une activité professionnelle salariée en France"),
        ("self", "Vous exercez une activité non salariée (indépendant, auto-entrepreneur)"),
        (
            "not_employed",
            "Vous n'exercez pas d'activité professionnelle (sans activité, étudiant, conjoint...)",
        ),
    ]
    y = 48
    for key, lab in opts:
        p2.rect(15, y, 4.5, 4.5, stroke="#333333", lw=0.25)
        p2.text(22, y + 3.8, lab, 8, "sans")
        if f["status"] == key:
            p2.text(17.3, y + 3.9, "X", size, font, ink, "c")
        y += 8
    p2.text(22, y + 3, "Si vous êtes salarié(e) :", 7.5, "sansb")
    y += 8
    for lab, val in (
        ("Emploi occupé", f.get("job", "")),
        ("Nom de l'employeur", f.get("employer", "")),
        ("Type de contrat (CDI, CDD, intérim...)", f.get("contract", "")),
        ("Date d'embauche", f.get("hired", "")),
    ):
        p2.text(22, y + 4.5, lab, 7.5, "sans")
        p2.text(85, y + 4.5, val, size, font, ink)
        p2.line(83, y + 5.5, 196, y + 5.5, color="#999999", lw=0.15)
        y += 8
    p2.text(22, y + 4.5, "Si vous êtes sans activité, précisez :", 7.5, "sans")
    p2.text(85, y + 4.5, f.get("situation", ""), size, font, ink)
    p2.line(83, y + 5.5, 196, y + 5.5, color="#999999", lw=0.15)
    y += 16
    p2.rect(12, y, 186, 7, fill=AMELI, stroke=None)
    p2.text(15, y + 5, "C - ENGAGEMENT ET SIGNATURE", 9, "sansb", "#ffffff")
    y += 14
    p2.lines(
        15,
        y,
        [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande et "
            "m'engage à signaler",
            "tout changement de situation à ma caisse d'assurance maladie.",
            "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
            "(articles 313-1 et 441-1 du Code pénal).",
        ],
        7.5,
        "sans",
    )
    y += 20
    p2.text(15, y + 4.5, "Fait à", 8, "sans")
    p2.text(30, y + 4.5, f["place"], size, font, ink)
    p2.text(100, y + 4.5, "le", 8, "sans")
    if f.get("signed_on"):
        d = dmy(f["signed_on"]).replace("/", "")
        _boxes(p2, 106, y, d[:2], 2, font=font, size=size, color=ink, hand=bool(hand_font))
        _boxes(p2, 117, y, d[2:4], 2, font=font, size=size, color=ink, hand=bool(hand_font))
        _boxes(p2, 128, y, d[4:], 4, font=font, size=size, color=ink, hand=bool(hand_font))
    y += 12
    p2.text(15, y, "Signature du demandeur", 8, "sansb")
    p2.rect(15, y + 3, 90, 30, stroke="#6d7fae", lw=0.25)
    if f.get("signed", True):
        p2.signature(22, y + 8, 60, 18, seed=f["seed"], color="#1c2f8a")
    p2.lines(
        15,
        255,
        [
            "Les informations recueillies font l'objet d'un traitement par l'Assurance Maladie "
            "conformément au RGPD et à la loi",
            "n° 78-17 du 6 janvier 1978 modifiée. Vous disposez d'un droit d'accès et de "
            "rectification auprès de votre caisse.",
            "À adresser à votre caisse primaire d'assurance maladie (CPAM) "
            "de votre lieu de résidence.",
        ],
        6.3,
        "sans",
        color="#555555",
    )
    status = (
        "employed"
        if f["status"] == "employed"
        else ("other" if f["status"] == "self" else "not_employed")
    )
    fields = dict(
        surname=f["surname"],
        given_names=f["given"],
        date_of_birth=f["dob"],
        employment_status=status,
        signed=f.get("signed", True),
        signed_on=f.get("signed_on"),
        nir=None,
    )
    return [p1, p2], fields


# ------------------------------------------------------------------ RIB


BANKS = {
    "bnp": dict(name="BNP PARIBAS", color="#00915a", font="arial"),
    "cm": dict(name="CRÉDIT MUTUEL", color="#0b2f6b", font="sans"),
    "bourso": dict(name="BoursoBank", color="#d6005c", font="arial"),
    "sg": dict(name="SOCIETE GENERALE", color="#e60028", font="cond"),
}


def rib_fr(r):
    """French RIB: bank key, holder lines, code_banque, guichet, compte, bic, domiciliation."""
    st = BANKS[r["bank"]]
    key = f"{rib_key(r['code_banque'], r['guichet'], r['compte']):02d}"
    if r.get("bad_key"):
        key = f"{(int(key) + 11) % 97:02d}"
    from bb_ids import iban as mk

    iban = mk("FR", r["code_banque"] + r["guichet"] + r["compte"] + key)
    pg = Page(210, 99)
    f = st["font"]
    pg.rect(0, 0, 210, 12, fill=st["color"], stroke=None)
    pg.text(8, 8.5, st["name"], 12, f + "b" if f in ("arial", "sans") else "condb", "#ffffff")
    pg.text(202, 8.5, "RELEVÉ D'IDENTITÉ BANCAIRE", 9, "sansb", "#ffffff", "r")
    pg.text(8, 20, "Titulaire du compte / Account holder", 7, f, "#555555")
    pg.lines(8, 25, r["holder_lines"], 10, f + "b" if f in ("arial", "sans") else "condb")
    pg.text(120, 20, "Domiciliation", 7, f, "#555555")
    pg.lines(120, 25, r["domiciliation"], 8.5, f)
    y = 50
    heads = [
        ("Code banque", r["code_banque"]),
        ("Code guichet", r["guichet"]),
        ("N° de compte", r["compte"]),
        ("Clé RIB", key),
    ]
    x = 8
    for (h, v), w in zip(heads, (30, 30, 50, 20), strict=True):
        pg.rect(x, y, w, 12, stroke="#999999", lw=0.25)
        pg.text(x + 2, y + 4, h, 6.5, f, "#555555")
        pg.text(x + 2, y + 10, v, 10, "mono")
        x += w
    pg.text(8, 72, "IBAN (International Bank Account Number)", 7, f, "#555555")
    pg.text(8, 78, group4(iban), 11, "monob")
    pg.text(140, 72, "BIC (Bank Identifier Code)", 7, f, "#555555")
    pg.text(140, 78, r["bic"], 11, "monob")
    pg.text(
        8,
        92,
        r.get(
            "footer",
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        ),
        6.5,
        f,
        "#555555",
    )
    fields = dict(
        holder_name=r["holder_field"],
        iban=iban,
        bic=r["bic"],
        bank_name=st["name"],
        iban_valid=iban_ok(iban),
        rib_key_valid=not r.get("bad_key"),
    )
    return [pg], fields


def rib_app_screen(r):
    """Phone screenshot (1170x2532 at w=58.5mm) of a neobank 'Bank details' screen."""
    pg = Page(58.5, 126.6, bg="#f6f6f6")
    pg.text(4, 5, "09:41", 5.5, "sansb")
    pg.text(54, 5, "5G  87%", 4.5, "sans", anchor="r")
    pg.text(4, 14, "‹", 9, "sans")
    pg.text(29.25, 14, r["screen_title"], 6.5, "sansb", anchor="c")
    pg.rect(4, 20, 50.5, 12, fill="#ffffff", stroke=None)
    pg.text(7, 25, r["account_label"], 4.5, "sans", "#777777")
    pg.text(7, 29.5, r["holder"], 5.5, "sansb")
    items = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank_addr"]),
    ]
    y = 38
    for lab, val in items:
        pg.rect(4, y, 50.5, 13, fill="#ffffff", stroke=None)
        pg.text(7, y + 4.5, lab, 4.2, "sans", "#777777")
        pg.text(
            7, y + 9.5, val, 4.6 if len(val) > 24 else 5.2, "sansb" if lab != "Banque" else "sans"
        )
        pg.rect(48, y + 5, 2.6, 3.2, stroke="#2d6df6", lw=0.3)
        pg.rect(49, y + 4, 2.6, 3.2, fill="#ffffff", stroke="#2d6df6", lw=0.3)
        y += 15
    pg.rect(6, y + 4, 46.5, 9, fill="#111111", stroke=None)
    pg.text(29.25, y + 9.8, "Partager / Télécharger le RIB", 5, "sansb", "#ffffff", "c")
    pg.rect(22, 123, 14.5, 1, fill="#111111", stroke=None)
    fields = dict(
        holder_name=r["holder"],
        iban=r["iban"],
        bic=r["bic"],
        bank_name=r["bank"],
        iban_valid=iban_ok(r["iban"]),
        rib_key_valid=None,
    )
    return [pg], fields


# ------------------------------------------------------------------ bills


def bill_telecom(b):
    """Monthly internet-box bill (SFR / Orange style). One page A4."""
    pg = Page()
    col = b["color"]
    pg.rect(14, 12, 22, 22, fill=col, stroke=None)
    pg.text(25, 26, b["logo"], 11 if len(b["logo"]) < 5 else 8, "arialb", "#ffffff", "c")
    pg.text(196, 18, "Facture", 18, "arialb", "#222222", "r")
    pg.text(196, 25, f"n° {b['number']}", 8, "arial", "#555555", "r")
    pg.text(196, 30, f"du {words_fr(b['issue'])}", 8, "arial", "#555555", "r")
    pg.lines(14, 44, b["company"], 6.5, "arial", color="#555555")
    pg.lines(118, 52, [b["holder_print"]] + b["address_lines"], 10, "arial")
    pg.text(14, 80, f"N° client : {b['client']}   Ligne fixe : {b['line']}", 8, "arial")
    pg.rect(14, 88, 182, 28, fill="#f2f2f2", stroke=None)
    pg.text(18, 96, "Montant total à payer", 10, "arialb")
    pg.text(192, 96, f"{b['amount']:.2f} €".replace(".", ","), 16, "arialb", col, "r")
    pg.text(18, 104, f"Prélevé à partir du {dmy(b['debit'])} sur votre compte", 8, "arial")
    pg.text(
        18, 110, f"Période de facturation : du {dmy(b['start'])} au {dmy(b['end'])}", 8, "arial"
    )
    y = 128
    pg.text(14, y, "Détail de votre facture", 11, "arialb", col)
    y += 8
    lines = [
        (f"{b['offer']} - abonnement du {dmy(b['start'])} au {dmy(b['end'])}", b["sub"]),
        ("Location équipement", 0.0),
        ("Communications hors forfait", b["extra"]),
    ]
    ht = 0
    for lab, v in lines:
        pg.text(16, y, lab, 8.5, "arial")
        pg.text(194, y, f"{v:.2f} €".replace(".", ","), 8.5, "arial", anchor="r")
        pg.line(14, y + 2, 196, y + 2, color="#dddddd", lw=0.15)
        ht += v
        y += 7
    pg.text(16, y + 2, "Total TTC (dont TVA 20 %)", 9, "arialb")
    pg.text(194, y + 2, f"{b['amount']:.2f} €".replace(".", ","), 9, "arialb", anchor="r")
    pg.code2d(170, 240, 22, seed=b["number"])
    pg.lines(
        14,
        250,
        [
            "Service client : 3900 (service gratuit + prix appel)",
            "Espace client : votre compte en ligne, rubrique Factures",
        ],
        7,
        "arial",
        color="#555555",
    )
    fields = dict(
        provider=b["provider"],
        service="internet",
        holder_name=b["holder_field"],
        address=b["address_field"],
        issue_date=b["issue"],
        period_start=b["start"],
        period_end=b["end"],
        amount=b["amount"],
        month=b["start"][:7],
    )
    return [pg], fields


# ------------------------------------------------------------------ host attestation


def attestation_hand(a, font="hand1"):
    pg = Page(bg="#fdfdfb")
    for i in range(28):
        pg.line(15, 30 + i * 9, 195, 30 + i * 9, color="#c9d6ea", lw=0.15)
    pg.line(25, 10, 25, 290, color="#e5a0a0", lw=0.25)
    ink = "#1b2a8a"
    pg.text(105, 25, "Attestation d'hébergement", 18, font, ink, "c")
    y = 47
    for ln in a["lines"]:
        pg.text(30, y, ln, 17, font, ink)
        y += 9
    pg.text(110, y + 9, a["done"], 17, font, ink)
    pg.signature(120, y + 16, 50, 18, seed=a["seed"], color=ink)
    fields = dict(
        host_name=a["host"],
        hosted_name=a["hosted"],
        address=a["address"],
        since_date=a["since"],
        signed_on=a["signed_on"],
        signed=True,
    )
    return [pg], fields
