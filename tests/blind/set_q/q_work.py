"""Payslips, employment contracts, RIBs (paper and app screenshots), bill app screens."""

from q_core import Page, hand, signature, stamp, text_width
from q_home import MOIS, fmt_eur


def _num(s):
    return "".join(str(int(c, 36) if c.isalpha() else c) for c in s)


def iban_from_bban(cc, bban):
    n = _num(bban + cc + "00")
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def rib_key(bank, branch, acct):
    conv = {}
    for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        conv[ch] = str("123456789123456789234567890"[i])
    a = "".join(conv.get(c, c) for c in acct)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97


def fr_iban(bank, branch, acct, key_ok=True):
    key = rib_key(bank, branch, acct)
    if not key_ok:
        key = (key + 11) % 97
    return iban_from_bban("FR", f"{bank}{branch}{acct}{key:02d}"), f"{key:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int(_num(s)) % 97 == 1


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_siret(rng, prefix=None):
    base = prefix or str(rng.randint(300000000, 999999999))
    base += str(rng.randint(10000, 99999))[:4]
    for d in range(10):
        s = base + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    return base + "0"


BANKS = {
    "BNP Paribas": ("30004", "BNPAFRPPXXX", (0, 145, 90), "os"),
    "Société Générale": ("30003", "SOGEFRPP", (226, 0, 26), "lib"),
    "Crédit Agricole": ("18206", "AGRIFRPP882", (0, 114, 111), "carl"),
    "LCL": ("30002", "CRLYFRPP", (0, 48, 135), "rob"),
    "La Banque Postale": ("20041", "PSSTFRPPPAR", (0, 58, 145), "lato"),
    "CIC": ("30066", "CMCIFRPP", (0, 93, 169), "sans"),
    "Caisse d'Épargne": ("17515", "CEPAFRPP751", (210, 0, 40), "os"),
    "Crédit Mutuel": ("10278", "CMCIFR2A", (0, 90, 170), "sans"),
    "BoursoBank": ("40618", "BOUSFRPPXXX", (210, 0, 110), "rob"),
    "Hello bank!": ("30004", "BNPAFRPPXXX", (0, 180, 200), "lato"),
    "Shine": ("16798", "SHNGFRP1XXX", (30, 30, 30), "lato"),
    "Qonto": ("16958", "QNTOFRP1XXX", (20, 20, 40), "rob"),
}


def rib_paper(rng, bank, holder, holder_addr, branch, acct, key_ok=True, double=False):
    code, bic, col, font = BANKS[bank]
    iban, key = fr_iban(code, branch, acct, key_ok)
    pg = Page(210, 297)
    fb = font + "-b"
    blocks = [14, 150] if double else [14]
    agency = rng.choice(
        [
            "PARIS BASTILLE",
            "LYON PART DIEU",
            "MARSEILLE PRADO",
            "LILLE CENTRE",
            "TOULOUSE CAPITOLE",
            "MONTREUIL",
            "NANTES COMMERCE",
            "SAINT-DENIS",
        ]
    )
    for y0 in blocks:
        pg.rect(14, y0, 182, 120, (180, 180, 180), None, 0.3)
        pg.rect(14, y0, 182, 16, None, col)
        pg.text(20, y0 + 11, bank, fb, 14, (255, 255, 255))
        pg.text(190, y0 + 10.5, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 10, (255, 255, 255), "r")
        lab = rng.choice(["Titulaire du compte", "Intitulé du compte", "Titulaire"])
        pg.text(20, y0 + 26, lab, font, 8, (100, 100, 100))
        pg.text(20, y0 + 32, holder.upper(), fb, 11)
        for i, ln in enumerate(holder_addr):
            pg.text(20, y0 + 37.5 + i * 5, ln.upper(), font, 9)
        pg.text(120, y0 + 26, "Domiciliation", font, 8, (100, 100, 100))
        pg.text(120, y0 + 32, f"{bank.upper()} {agency}", fb, 9)
        ty = y0 + 58
        cols = [
            ("Code banque", code, 20),
            ("Code guichet", branch, 55),
            ("N° de compte", acct, 90),
            ("Clé RIB", key, 150),
        ]
        for lb, v, x in cols:
            pg.text(x, ty, lb, font, 7.5, (100, 100, 100))
            pg.text(x, ty + 6, v, "mono-b", 11)
        pg.line(20, ty + 9, 190, ty + 9, (200, 200, 200), 0.3)
        pg.text(20, ty + 17, "IBAN (International Bank Account Number)", font, 7.5, (100, 100, 100))
        pg.text(20, ty + 24, group4(iban), "mono-b", 12.5)
        pg.text(20, ty + 33, "BIC (Bank Identifier Code)", font, 7.5, (100, 100, 100))
        pg.text(20, ty + 40, bic, "mono-b", 12.5)
        pg.text(
            20,
            y0 + 116,
            "Remettez ce relevé à vos créanciers ou débiteurs pour faciliter "
            "vos virements et prélèvements.",
            font,
            7,
            (120, 120, 120),
        )
    if double:
        pg.line(10, 142, 200, 142, (150, 150, 150), 0.3, (2, 2))
        pg.text(105, 140.5, "✂ - - - - - - - - - - - - -", "sans", 7, (150, 150, 150), "c")
    return pg, iban, bic


def _status(pg, rng, dark):
    c = (255, 255, 255) if dark else (0, 0, 0)
    pg.text(12, 8, rng.choice(["9:41", "14:07", "18:23", "08:52", "21:16"]), "rob-m", 11, c)
    pg.rect(98, 4.5, 10, 4.5, c, None, 0.3)
    pg.rect(98.6, 5.1, 7.5 * rng.uniform(0.3, 1), 3.3, None, c)
    pg.text(94, 8.2, "5G", "rob-m", 8, c, "r")


def rib_screen(rng, app, holder, iban, bic, bank_addr):
    """Phone screenshot (1170 x 2532 px) of a banking app's account details."""
    dark = app == "Revolut" and rng.random() < 0.6
    bg = (10, 10, 14) if dark else ((246, 247, 249) if app != "N26" else (255, 255, 255))
    fg = (240, 240, 240) if dark else (20, 20, 25)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    pg = Page(117, 253.2, bg=bg)
    pg.raster_only = True
    _status(pg, rng, dark)
    title = {
        "Revolut": "Account details",
        "N26": "Coordonnées bancaires",
        "Wise": "Your EUR account details",
        "BoursoBank": "Mon RIB",
        "Hello bank!": "RIB / IBAN",
    }[app]
    pg.text(8, 24, "‹", "rob", 20, fg)
    pg.text(58.5, 24, title if len(title) < 24 else "Account details", "rob-b", 11, fg, "c")
    y = 40
    if app == "Wise":
        pg.text(8, y, "Euro", "rob-b", 20, fg)
        pg.text(8, y + 8, "Receive money from the Eurozone (SEPA)", "rob", 8, sub)
        y += 22
    elif app == "Revolut":
        pg.rect(8, y - 6, 101, 12, None, (35, 35, 45) if dark else (230, 232, 240))
        pg.text(58.5, y + 1.5, "EUR · Lithuania", "rob-m", 9, fg, "c")
        y += 18
    rows = [
        ("Beneficiary" if app in ("Revolut", "Wise") else "Titulaire du compte", holder),
        ("IBAN", group4(iban)),
        ("BIC / SWIFT" if app != "N26" else "BIC", bic),
        (
            "Bank name and address" if app in ("Revolut", "Wise") else "Adresse de la banque",
            bank_addr,
        ),
    ]
    card = (28, 28, 34) if dark else (255, 255, 255)
    for lb, v in rows:
        h = 20 if text_width(v, "rob-m", 10) < 92 else 26
        pg.rect(8, y - 6, 101, h, None, card)
        pg.text(12, y, lb, "rob", 8, sub)
        if text_width(v, "rob-m", 10) < 92:
            pg.text(12, y + 7, v, "rob-m", 10, fg)
        else:
            words, line, yy = v.split(), "", y + 7
            for w in words:
                t = (line + " " + w).strip()
                if text_width(t, "rob-m", 10) > 90 and line:
                    pg.text(12, yy, line, "rob-m", 10, fg)
                    yy += 5.5
                    line = w
                else:
                    line = t
            pg.text(12, yy, line, "rob-m", 10, fg)
        pg.rect(99, y + 0.5, 3.2, 3.8, sub, None, 0.3)
        pg.rect(100.2, y - 0.7, 3.2, 3.8, sub, card, 0.3)
        y += h + 4
    btn = {
        "Revolut": (110, 90, 255),
        "N26": (54, 161, 139),
        "Wise": (159, 232, 112),
        "BoursoBank": (210, 0, 110),
        "Hello bank!": (0, 180, 200),
    }[app]
    pg.rect(8, 222, 101, 13, None, btn)
    pg.text(
        58.5,
        230.5,
        "Partager mes coordonnées" if app not in ("Revolut", "Wise") else "Share details",
        "rob-b",
        10,
        (255, 255, 255) if app != "Wise" else (10, 40, 10),
        "c",
    )
    pg.rect(40, 247, 37, 1.4, None, fg)
    return pg


def bill_screen(rng, prov, holder, addr, issue, pstart, pend, amount):
    pg = Page(117, 253.2, bg=(255, 255, 255))
    pg.raster_only = True
    _status(pg, rng, False)
    from q_home import PROV

    col = PROV[prov]["col"]
    pg.rect(0, 14, 117, 22, None, col)
    pg.text(8, 29, "Mes factures", "rob-b", 14, (255, 255, 255))
    pg.text(8, 50, f"Facture de {MOIS[pstart.month - 1]} {pstart.year}", "rob-b", 13, (20, 20, 20))
    pg.text(8, 58, f"Émise le {issue.strftime('%d/%m/%Y')}", "rob", 9, (110, 110, 110))
    pg.text(8, 78, fmt_eur(amount), "rob-b", 26, (20, 20, 20))
    pg.text(8, 86, "Prélevée — payée", "rob", 9, (40, 150, 60))
    rows = [
        ("Titulaire", holder),
        ("Adresse", addr),
        ("Période", f"du {pstart.strftime('%d/%m/%Y')} au {pend.strftime('%d/%m/%Y')}"),
        ("Offre", PROV[prov]["offer"]),
    ]
    y = 104
    for lb, v in rows:
        pg.text(8, y, lb, "rob", 8.5, (120, 120, 120))
        pg.text(8, y + 6, v, "rob-m", 9.5 if text_width(v, "rob-m", 9.5) < 100 else 7.5)
        pg.line(8, y + 10, 109, y + 10, (230, 230, 230), 0.3)
        y += 17
    pg.rect(8, 215, 101, 13, None, col)
    pg.text(58.5, 223.5, "Télécharger la facture (PDF)", "rob-b", 10, (255, 255, 255), "c")
    pg.text(58.5, 33, prov, "rob-b", 10, (255, 255, 255), "c")
    return pg


def payslip(
    rng, employer, emp_addr, siret, naf, name, addr_lines, job, start, period, gross, nir=""
):
    pg = Page(210, 297)
    f, fb = rng.choice([("libn", "libn-b"), ("sansc", "sansc-b"), ("robc", "robc-b")])
    pg.rect(10, 10, 190, 34, (0, 0, 0), None, 0.4)
    pg.text(14, 17, employer, fb, 11)
    pg.text(14, 22, emp_addr, f, 8)
    pg.text(14, 27, f"SIRET : {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}", f, 8)
    pg.text(14, 31.5, f"Code NAF : {naf}   URSSAF Île-de-France", f, 8)
    pg.text(14, 36, "Convention collective : Syntec (IDCC 1486)", f, 8)
    pg.text(196, 17, "BULLETIN DE PAIE", fb, 13, (0, 0, 0), "r")
    last = {2: 28}.get(period.month, 30 if period.month in (4, 6, 9, 11) else 31)
    pg.text(
        196,
        23,
        f"Période du 01/{period.month:02d}/{period.year} au "
        f"{last:02d}/{period.month:02d}/{period.year}",
        f,
        8.5,
        (0, 0, 0),
        "r",
    )
    pg.text(
        196,
        28,
        f"Paiement le {last:02d}/{period.month:02d}/{period.year} par virement",
        f,
        8,
        (0, 0, 0),
        "r",
    )
    pg.rect(110, 48, 90, 28, (0, 0, 0), None, 0.3)
    pg.text(114, 55, name.upper(), fb, 10)
    for i, ln in enumerate(addr_lines):
        pg.text(114, 60.5 + i * 4.6, ln, f, 9)
    info = [
        ("Emploi", job),
        ("Statut", "Non cadre" if gross < 3200 else "Cadre"),
        ("Entrée le", start.strftime("%d/%m/%Y")),
        ("N° SS", nir or ""),
        ("Matricule", str(rng.randint(100, 9999))),
    ]
    for i, (lb, v) in enumerate(info):
        pg.text(12, 54 + i * 4.6, lb, f, 8)
        pg.text(36, 54 + i * 4.6, v, fb, 8)
    y = 84
    pg.rect(10, y, 190, 7, None, (225, 225, 225))
    for x, t, a in (
        (12, "Éléments de paie", "l"),
        (112, "Base", "r"),
        (132, "Taux", "r"),
        (160, "Part salarié", "r"),
        (196, "Part employeur", "r"),
    ):
        pg.text(x, y + 5, t, fb, 8, (0, 0, 0), a)
    rows = [("Salaire de base", "151,67", "", fmt_eur(gross), "", True)]
    rates = [
        ("SANTÉ", "", ""),
        ("Complémentaire santé", 0.012, 0.018),
        ("RETRAITE", "", ""),
        ("Sécurité sociale plafonnée", 0.069, 0.0855),
        ("Sécurité sociale déplafonnée", 0.004, 0.0202),
        ("Complémentaire Tranche 1", 0.0401, 0.0601),
        ("FAMILLE", "", ""),
        ("Allocations familiales", 0, 0.0345),
        ("ASSURANCE CHÔMAGE", "", ""),
        ("Chômage", 0, 0.0405),
        ("Autres contributions dues par l'employeur", 0, 0.031),
        ("CSG déductible de l'impôt sur le revenu", 0.068, 0),
        ("CSG/CRDS non déductible", 0.029, 0),
    ]
    tot_s = tot_e = 0.0
    for lb, rs, re_ in rates:
        if rs == "":
            rows.append((lb, "", "", "", "", True))
            continue
        base = gross * (0.9825 if "CSG" in lb else 1)
        s, e = round(base * rs, 2), round(base * re_, 2)
        tot_s += s
        tot_e += e
        rows.append(
            (
                lb,
                fmt_eur(base).replace(" €", ""),
                f"{rs * 100:.2f}".replace(".", ","),
                fmt_eur(s) if s else "",
                fmt_eur(e) if e else "",
                False,
            )
        )
    y += 7
    for lb, b, t, s, e, bold in rows:
        y += 5.2
        pg.text(12 if bold else 16, y, lb, fb if bold else f, 8)
        pg.text(112, y, b, f, 8, (0, 0, 0), "r")
        pg.text(132, y, t, f, 8, (0, 0, 0), "r")
        pg.text(160, y, s, f, 8, (0, 0, 0), "r")
        pg.text(196, y, e, f, 8, (0, 0, 0), "r")
    y += 8
    pg.line(10, y - 4, 200, y - 4, (0, 0, 0), 0.3)
    pg.text(12, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", fb, 8.5)
    pg.text(160, y, fmt_eur(tot_s), fb, 8.5, (0, 0, 0), "r")
    pg.text(196, y, fmt_eur(tot_e), fb, 8.5, (0, 0, 0), "r")
    net_before = round(gross - tot_s, 2)
    tax = round(net_before * rng.choice([0, 0.02, 0.045, 0.075]), 2)
    net = round(net_before - tax, 2)
    y += 12
    pg.rect(10, y - 5, 190, 8, None, (240, 240, 240))
    pg.text(12, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
    pg.text(196, y, fmt_eur(net_before), fb, 9, (0, 0, 0), "r")
    pg.text(12, y + 8, "Impôt sur le revenu prélevé à la source — taux personnalisé", f, 8)
    pg.text(196, y + 8, fmt_eur(tax), f, 8, (0, 0, 0), "r")
    pg.rect(110, y + 14, 90, 12, (0, 0, 0), (230, 236, 250), 0.6)
    pg.text(114, y + 22, "NET PAYÉ", fb, 11)
    pg.text(196, y + 22, fmt_eur(net), fb, 12, (0, 0, 0), "r")
    pg.text(12, y + 22, f"Montant net social : {fmt_eur(round(net_before * 1.005, 2))}", f, 8)
    pg.text(
        105,
        286,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
        f,
        7,
        (80, 80, 80),
        "c",
    )
    return pg, net


def contract(
    rng, employer, legal, siret, rep, name, dob, nat_fr, addr, ctype, job, start, gross, end=None
):
    fb, f = rng.choice([("times-b", "times"), ("cal-b", "cal"), ("lib-b", "lib")])
    p1, p2 = Page(210, 297), Page(210, 297)
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if ctype == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    p1.text(105, 25, title, fb, 13, (0, 0, 0), "c")
    y = p1.para(
        20,
        42,
        f"Entre les soussignés : la société {employer}, {legal}, SIRET "
        f"{siret}, représentée par {rep}, agissant en qualité de Directeur(trice) des "
        "ressources humaines, ci-après dénommée « l'Employeur », d'une part,",
        170,
        f,
        10.5,
        lead=1.5,
    )
    y = p1.para(
        20,
        y + 4,
        f"et {name}, né(e) le {dob.strftime('%d/%m/%Y')}, de nationalité "
        f"{nat_fr}, demeurant {addr}, ci-après dénommé(e) « le Salarié », d'autre part,",
        170,
        f,
        10.5,
        lead=1.5,
    )
    y = p1.para(20, y + 4, "il a été convenu ce qui suit :", 170, f, 10.5)
    arts = [
        (
            "Article 1 — Engagement",
            f"Le Salarié est engagé à compter du "
            f"{start.strftime('%d/%m/%Y')}"
            + (
                f" jusqu'au {end.strftime('%d/%m/%Y')}, pour accroissement temporaire d'activité"
                if end
                else ""
            )
            + ", sous réserve des résultats "
            "de la visite d'information et de prévention.",
        ),
        (
            "Article 2 — Fonctions",
            f"Le Salarié exercera les fonctions de {job}, statut "
            "employé, au sein de l'établissement de l'Employeur.",
        ),
        (
            "Article 3 — Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            f"l'issue d'une période d'essai de {'deux mois' if ctype == 'CDI' else 'deux semaines'}.",
        ),
        (
            "Article 4 — Rémunération",
            f"Le Salarié percevra une rémunération mensuelle brute "
            f"de {fmt_eur(gross)} pour une durée hebdomadaire de travail de 35 heures.",
        ),
    ]
    for t, txt in arts:
        p1.text(20, y + 6, t, fb, 10.5)
        y = p1.para(20, y + 12, txt, 170, f, 10.5, lead=1.5)
    p1.text(105, 289, "1/2", f, 8, (0, 0, 0), "c")
    y = 25
    for t, txt in [
        (
            "Article 5 — Lieu de travail",
            "Le lieu de travail est fixé au siège de "
            "l'Employeur. Il pourra être modifié dans le même secteur géographique.",
        ),
        (
            "Article 6 — Congés payés",
            "Le Salarié bénéficiera des congés payés "
            "prévus par la loi et la convention collective applicable.",
        ),
        (
            "Article 7 — Protection sociale",
            "Le Salarié sera affilié au régime "
            "général de la sécurité sociale, à la caisse de retraite complémentaire et "
            "à la mutuelle d'entreprise.",
        ),
    ]:
        p2.text(20, y, t, fb, 10.5)
        y = p2.para(20, y + 6, txt, 170, f, 10.5, lead=1.5) + 6
    p2.text(
        20,
        y + 8,
        f"Fait en deux exemplaires, à Paris, le {start.replace(day=1).strftime('%d/%m/%Y')}",
        f,
        10.5,
    )
    p2.text(25, y + 22, "L'Employeur", fb, 10)
    p2.text(125, y + 22, "Le Salarié", fb, 10)
    p2.text(125, y + 27, "(« lu et approuvé, bon pour accord »)", f, 8)
    stamp(p2, rng, 45, y + 48, 14, employer.upper()[:20], "SIRET " + siret[:9], "", (40, 40, 140))
    signature(p2, rng, 30, y + 45, 40, rep)
    hand(p2, rng, 125, y + 38, "Lu et approuvé, bon pour accord", "dkg", 10)
    signature(p2, rng, 128, y + 52, 45, name)
    p2.text(105, 289, "2/2", f, 8, (0, 0, 0), "c")
    return [p1, p2]
