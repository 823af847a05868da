"""Bank details (RIB of French banks, neobank app screens), payslips (bulletin de paie clarifié)
and employment contracts (CDI, CDD, contrat de mission d'intérim)."""

from __future__ import annotations

import random

from civil import dnum, dwords
from render import Page, signature_image, stamp_image

SCREEN = (117.0, 253.2)


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return _num(s) % 97 == 1


def make_iban(cc: str, bban: str) -> str:
    chk = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


_RIBT = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def rib_key(bank: str, branch: str, acct: str) -> str:
    a = int(acct.upper().translate(_RIBT))
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * a) % 97):02d}"


def fr_iban(bank: str, branch: str, acct: str) -> tuple[str, str]:
    key = rib_key(bank, branch, acct)
    return make_iban("FR", bank + branch + acct + key), key


def be_iban(bank3: str, acct7: str) -> str:
    base = bank3 + acct7
    chk = int(base) % 97 or 97
    return make_iban("BE", f"{base}{chk:02d}")


def groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


BANKS = {
    "BNP Paribas": ("30004", "BNPAFRPPXXX", (0, 150, 90), "BNP PARIBAS"),
    "Société Générale": ("30003", "SOGEFRPP", (226, 0, 26), "SOCIETE GENERALE"),
    "Crédit Agricole": ("18206", "AGRIFRPP882", (0, 115, 110), "CRÉDIT AGRICOLE D'ÎLE-DE-FRANCE"),
    "LCL": ("30002", "CRLYFRPP", (0, 45, 120), "LCL - LE CRÉDIT LYONNAIS"),
    "La Banque Postale": ("20041", "PSSTFRPPPAR", (0, 60, 140), "LA BANQUE POSTALE"),
    "CIC": ("30066", "CMCIFRPP", (0, 90, 160), "CIC"),
    "Caisse d'Épargne": ("17515", "CEPAFRPP751", (220, 0, 40), "CAISSE D'EPARGNE ILE DE FRANCE"),
    "Crédit Mutuel": ("10278", "CMCIFR2A", (0, 80, 150), "CRÉDIT MUTUEL"),
    "BoursoBank": ("40618", "BOUSFRPPXXX", (210, 0, 110), "BOURSOBANK"),
    "Fortuneo": ("14518", "FTNOFRP1XXX", (100, 180, 40), "FORTUNEO"),
    "Nickel": (
        "16598",
        "NSMBFRPPXXX",
        (20, 20, 20),
        "NICKEL (Financière des Paiements Électroniques)",
    ),
}


def rib_pages(r: dict, seed: int) -> list[Page]:
    """r: bank, holder_lines, holder_addr, iban, key(bank, branch, acct, key), agency, bic."""
    rng = random.Random(seed)
    bank = r["bank"]
    _, bic, col, legal_name = BANKS[bank]
    font = rng.choice(["sans", "roboto", "opensans", "lato", "narrow"])
    fb = font + "-b"
    p = Page()
    copies = rng.choice([1, 1, 2, 3])
    h = 88 if copies > 1 else 120
    for k in range(copies):
        y0 = 15 + k * (h + 4)
        p.rect(12, y0, 186, h, stroke=(160, 160, 160), lw=0.3)
        p.rect(12, y0, 186, 12, stroke=None, fill=col)
        p.text(
            16, y0 + 8.3, bank.upper() if rng.random() < 0.5 else bank, 10.5, fb, (255, 255, 255)
        )
        p.text(
            194,
            y0 + 8,
            rng.choice(["RELEVÉ D'IDENTITÉ BANCAIRE", "Relevé d'Identité Bancaire (RIB)", "RIB"]),
            9,
            fb,
            (255, 255, 255),
            "r",
        )
        y = y0 + 20
        p.text(
            16,
            y,
            rng.choice(["Titulaire du compte", "Titulaire", "Intitulé du compte"]),
            7.5,
            font,
            (90, 90, 90),
        )
        for i, ln in enumerate(r["holder_lines"]):
            p.text(16, y + 5 + i * 4.6, ln, 9.5, fb)
        for i, ln in enumerate(r.get("holder_addr", [])):
            p.text(16, y + 5 + (len(r["holder_lines"]) + i) * 4.6, ln, 8.5, font)
        p.text(115, y, "Domiciliation", 7.5, font, (90, 90, 90))
        p.text(115, y + 5, r.get("agency", "AGENCE PARIS"), 8.5, font)
        y += 26 if copies > 1 else 32
        bk, br, ac, key = r["rib"]
        cols = [("Code banque", bk), ("Code guichet", br), ("N° de compte", ac), ("Clé RIB", key)]
        xs = [16, 46, 76, 136]
        for (lab, val), x in zip(cols, xs):
            p.text(x, y, lab, 7, font, (90, 90, 90))
            p.text(x, y + 5.5, val, 10, "mono")
        y += 13
        p.text(16, y, "IBAN (International Bank Account Number)", 7, font, (90, 90, 90))
        p.text(16, y + 6, groups(r["iban"]), 11, "mono-b")
        p.text(140, y, "BIC (Bank Identifier Code)", 7, font, (90, 90, 90))
        p.text(140, y + 6, r.get("bic", bic), 11, "mono-b")
        if copies == 1:
            p.para(
                16,
                y + 20,
                176,
                "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
                "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
                "prélèvements, paiement de quittances, etc.).",
                7.5,
                font,
                (80, 80, 80),
            )
    p.text(
        105,
        290,
        legal_name + " - document édité depuis votre espace client",
        6.5,
        font,
        (120, 120, 120),
        "c",
    )
    return [p]


def neobank_screen_pages(r: dict, seed: int) -> list[Page]:
    """Account-details screen of Revolut, N26, Wise or BoursoBank apps."""
    rng = random.Random(seed)
    app = r["app"]
    dark = app == "Revolut" and rng.random() < 0.5
    bg = (0, 0, 0) if dark else (255, 255, 255)
    fg = (255, 255, 255) if dark else (10, 10, 20)
    grey = (150, 150, 160)
    acc = {
        "Revolut": (80, 100, 255),
        "N26": (54, 161, 139),
        "Wise": (159, 232, 112),
        "BoursoBank": (210, 0, 110),
    }[app]
    p = Page(*SCREEN, bg=bg)
    p.fs = 2.4
    p.text(10, 6.5, f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", 5.2, "roboto-m", fg)
    p.text(107, 6.5, "5G  64%", 4.6, "roboto-m", fg, "r")
    p.text(8, 20, "<", 8, "roboto", fg)
    title = {
        "Revolut": "Account details",
        "N26": "Coordonnées bancaires",
        "Wise": "Your EUR account details",
        "BoursoBank": "Mon RIB",
    }[app]
    p.text(8, 34, title, 9, "roboto-b", fg)
    if app == "Wise":
        p.text(8, 41, "Receive euros from anyone in the SEPA zone", 4.6, "roboto", grey)
    y = 55
    rows = [
        (
            {
                "Revolut": "Beneficiary",
                "N26": "Titulaire du compte",
                "Wise": "Name",
                "BoursoBank": "Titulaire",
            }[app],
            r["holder"],
        ),
        ("IBAN", groups(r["iban"])),
        ("BIC" if app != "Wise" else "Swift/BIC", r["bic"]),
        (
            {
                "Revolut": "Bank",
                "N26": "Banque",
                "Wise": "Bank name and address",
                "BoursoBank": "Banque",
            }[app],
            r["bank_addr"],
        ),
    ]
    for lab, val in rows:
        p.text(8, y, lab, 4.6, "roboto", grey)
        end = p.para(8, y + 7, 86, val, 5.6 if len(val) < 30 else 4.6, "roboto-m", fg, lead=1.15)
        p.text(
            108,
            y + 5,
            "Copy" if app in ("Revolut", "Wise") else "Copier",
            4.2,
            "roboto-m",
            acc,
            "r",
        )
        y = max(y + 11.5, end - 2)
        p.line(8, y, 109, y, (60, 60, 60) if dark else (230, 230, 230), 0.2)
        y += 7.5
    y += 6
    p.rect(8, y, 101, 13, stroke=None, fill=acc)
    p.text(
        SCREEN[0] / 2,
        y + 8.3,
        {
            "Revolut": "Share",
            "N26": "Partager le RIB",
            "Wise": "Share details",
            "BoursoBank": "Télécharger le RIB",
        }[app],
        5.2,
        "roboto-m",
        (255, 255, 255) if app != "Wise" else (20, 50, 10),
        "c",
    )
    return [p]


# ---------------------------------------------------------------- payslip


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def make_siret(rng: random.Random) -> str:
    while True:
        siren = str(rng.randint(300000000, 999999999))
        if luhn_ok(siren):
            break
    while True:
        s = siren + f"{rng.randint(10, 999):05d}"
        if luhn_ok(s):
            return s


def fmt_eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


def payslip_pages(ps: dict, seed: int) -> list[Page]:
    """ps: employer, emp_addr, siret, naf, conv, employee, emp_home, job, entry, period (YYYY-MM),
    gross, ss_no (optional), pay_date."""
    rng = random.Random(seed)
    font = rng.choice(["sans", "narrow", "roboto", "carlito", "dejavucond"])
    fb = font + "-b"
    p = Page()
    y0, m0 = int(ps["period"][:4]), int(ps["period"][5:])
    import calendar

    last = calendar.monthrange(y0, m0)[1]
    p.text(105, 14, "BULLETIN DE PAIE", 13, fb, anchor="c")
    p.text(105, 19.5, f"Période du 01/{m0:02d}/{y0} au {last}/{m0:02d}/{y0}", 8.5, font, anchor="c")
    p.rect(10, 25, 92, 34, stroke=(120, 120, 120), lw=0.3)
    p.text(13, 31, ps["employer"], 9.5, fb)
    for i, ln in enumerate(ps["emp_addr"]):
        p.text(13, 35.5 + i * 4, ln, 8, font)
    p.text(13, 48, f"SIRET : {ps['siret']}", 7.5, font)
    p.text(13, 52, f"Code NAF : {ps['naf']}   URSSAF : Île-de-France", 7.5, font)
    p.text(13, 56, f"Convention collective : {ps['conv']}", 6.8, font)
    p.rect(108, 25, 92, 34, stroke=(120, 120, 120), lw=0.3)
    p.text(111, 31, ps.get("civ", "") + ps["employee"], 9.5, fb)
    for i, ln in enumerate(ps["emp_home"]):
        p.text(111, 35.5 + i * 4, ln, 8, font)
    p.text(111, 48, f"Emploi : {ps['job']}", 7.5, font)
    p.text(
        111,
        52,
        f"Entrée le : {dnum(ps['entry'])}   Matricule : {rng.randint(100, 9999)}",
        7.5,
        font,
    )
    p.text(111, 56, "N° SS : " + ps.get("ss_no", "en cours d'attribution"), 7.5, font)
    g = ps["gross"]
    rows = [("Salaire de base", "151,67", fmt_eur(g / 151.67), fmt_eur(g), "", "")]
    y = 68
    p.rect(10, y - 5, 190, 7, stroke=None, fill=(225, 228, 235))
    for x, t in [
        (12, "Éléments de paie"),
        (100, "Base"),
        (122, "Taux"),
        (148, "À déduire"),
        (172, "À payer"),
        (188, "Part empl."),
    ]:
        p.text(x, y, t, 7.2, fb)
    y += 7
    for lab, base, rate, pay, _, _ in rows:
        p.text(12, y, lab, 8, font)
        p.text(100, y, base, 8, font)
        p.text(122, y, rate, 8, font)
        p.text(185, y, pay, 8, font, anchor="r")
        y += 6
    p.text(12, y, "SALAIRE BRUT", 8.5, fb)
    p.text(185, y, fmt_eur(g), 8.5, fb, anchor="r")
    y += 8
    parts = [
        ("Santé", 0.0),
        ("Retraite", 0.0733),
        ("Famille", 0.0),
        ("Assurance chômage", 0.0),
        ("Autres contributions dues par l'employeur", 0.0),
        ("Cotisations statutaires ou prévues par la convention collective", 0.004),
    ]
    ded = 0.0
    for lab, t in parts:
        v = round(g * t, 2)
        ded += v
        p.text(12, y, lab, 8, font)
        if v:
            p.text(160, y, fmt_eur(v), 8, font, anchor="r")
        p.text(200, y, fmt_eur(round(g * rng.uniform(0.02, 0.09), 2)), 7.5, font, anchor="r")
        y += 5.6
    csg = round(g * 0.9825 * 0.068, 2)
    crds = round(g * 0.9825 * 0.029, 2)
    for lab, v in [
        ("CSG déductible de l'impôt sur le revenu", csg),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", crds),
    ]:
        p.text(12, y, lab, 8, font)
        p.text(160, y, fmt_eur(v), 8, font, anchor="r")
        ded += v
        y += 5.6
    y += 2
    p.text(12, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", 8, fb)
    p.text(160, y, fmt_eur(ded), 8, fb, anchor="r")
    y += 9
    net_before = round(g - ded, 2)
    social = round(net_before + crds * 0.0, 2)
    p.rect(10, y - 5, 190, 8, stroke=None, fill=(240, 240, 240))
    p.text(12, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, fb)
    p.text(185, y, fmt_eur(net_before), 9, fb, anchor="r")
    y += 8
    rate = rng.choice([0.0, 2.3, 4.1, 6.5, 7.9])
    pas = round((net_before + csg * 0 + crds) * rate / 100, 2)
    p.text(
        12,
        y,
        f"Impôt sur le revenu prélevé à la source - taux {str(rate).replace('.', ',')} %",
        8,
        font,
    )
    p.text(160, y, fmt_eur(pas), 8, font, anchor="r")
    y += 9
    net = round(net_before - pas, 2)
    p.rect(110, y - 6, 90, 11, stroke=(0, 0, 0), lw=0.5)
    p.text(113, y + 1, "NET PAYÉ", 11, fb)
    p.text(197, y + 1, fmt_eur(net) + " €", 11, fb, anchor="r")
    p.text(12, y + 1, f"Montant net social : {fmt_eur(social)} €", 8.5, font)
    y += 14
    p.text(12, y, f"Payé le {dnum(ps['pay_date'])} par virement", 8, font)
    y += 5
    p.text(
        12,
        y,
        f"Congés payés : acquis {rng.randint(5, 25)},00 j  pris {rng.randint(0, 5)},00 j",
        8,
        font,
    )
    p.para(
        12,
        280,
        186,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr",
        7,
        font,
        (90, 90, 90),
    )
    ps["net"] = net
    return [p]


# ---------------------------------------------------------------- employment contracts

CT_TITLE = {
    "CDI": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
    "CDD": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
    "interim": "CONTRAT DE MISSION (TRAVAIL TEMPORAIRE)",
}


def contract_pages(c: dict, seed: int, signed=True) -> list[Page]:
    """c: type, employer, form (SAS...), rcs, emp_addr, rep, employee, emp_dob, emp_pob, emp_nat,
    emp_home, job, start, end (CDD/interim), salary, place, signed_on, conv, client (interim)."""
    rng = random.Random(seed)
    font = rng.choice(["serif", "sans", "carlito", "caladea", "opensans"])
    fb = font + "-b"
    p = Page()
    p.text(105, 24, CT_TITLE[c["type"]], 13, fb, anchor="c")
    y = 38
    p.text(20, y, "ENTRE LES SOUSSIGNÉS :", 10, fb)
    y += 8
    y = p.para(
        20,
        y,
        170,
        f"La société {c['employer']}, {c['form']}, immatriculée au RCS de "
        f"{c['rcs']}, dont le siège social est situé {c['emp_addr']}, représentée par "
        f"{c['rep']}, agissant en qualité de {c.get('rep_role', 'Directeur des ressources humaines')}"
        ", ci-après dénommée « l'Employeur » "
        + ("(entreprise de travail temporaire)" if c["type"] == "interim" else ""),
        9.5,
        font,
    )
    y += 4
    p.text(20, y, "d'une part,", 9.5, font)
    y += 8
    p.text(20, y, "ET", 10, fb)
    y += 8
    y = p.para(
        20,
        y,
        170,
        f"{c['employee']}, né(e) le {dnum(c['emp_dob'])} à {c['emp_pob']}, de nationalité "
        f"{c['emp_nat']}, demeurant {c['emp_home']}, ci-après dénommé(e) « le Salarié »",
        9.5,
        font,
    )
    y += 4
    p.text(20, y, "d'autre part,", 9.5, font)
    y += 10
    p.text(20, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", 10, fb)
    y += 10
    arts = [
        (
            "Engagement",
            f"Le Salarié est engagé à compter du {dnum(c['start'])}"
            + (f" jusqu'au {dnum(c['end'])}" if c.get("end") else "")
            + (
                f", pour le motif suivant : {c.get('motif', 'accroissement temporaire d activité')}."
                if c["type"] != "CDI"
                else ", pour une durée indéterminée."
            ),
        ),
        (
            "Fonctions",
            f"Le Salarié exercera les fonctions de {c['job']}, statut "
            f"{c.get('status', 'employé')}, conformément à la convention collective {c['conv']}.",
        ),
        (
            "Période d'essai",
            f"Le présent contrat ne deviendra définitif qu'à l'issue d'une période "
            f"d'essai de {c.get('trial', 'deux mois')} de travail effectif.",
        ),
        (
            "Rémunération",
            f"En contrepartie de son travail, le Salarié percevra une rémunération brute "
            f"mensuelle de {fmt_eur(c['salary'])} euros pour 35 heures hebdomadaires.",
        ),
    ]
    if c["type"] == "interim":
        arts.insert(
            0,
            (
                "Entreprise utilisatrice",
                f"Le Salarié est mis à disposition de la société "
                f"{c['client']} pour la mission décrite ci-après.",
            ),
        )
    for i, (t, body) in enumerate(arts):
        p.text(20, y, f"Article {i + 1} - {t}", 9.5, fb)
        y = p.para(20, y + 6, 170, body, 9.5, font) + 5
    p.text(105, 288, "1/2", 8, font, (120, 120, 120), "c")
    q = Page()
    y = 25
    for i, (t, body) in enumerate(
        [
            (
                "Durée du travail",
                "La durée hebdomadaire de travail est fixée à 35 heures, réparties du "
                "lundi au vendredi selon l'horaire collectif en vigueur.",
            ),
            (
                "Congés payés",
                "Le Salarié bénéficiera des congés payés dans les conditions légales et "
                "conventionnelles.",
            ),
            (
                "Obligations",
                "Le Salarié s'engage à respecter le règlement intérieur et à informer "
                "l'Employeur de tout changement le concernant (adresse, situation familiale).",
            ),
        ]
    ):
        q.text(20, y, f"Article {len(arts) + i + 1} - {t}", 9.5, fb)
        y = q.para(20, y + 6, 170, body, 9.5, font) + 5
    y += 10
    q.text(
        20,
        y,
        f"Fait en deux exemplaires originaux, à {c['place']}, le {dwords(c['signed_on'], 'fr')}.",
        9.5,
        font,
    )
    y += 14
    q.text(25, y, "Pour l'Employeur", 9.5, fb)
    q.text(120, y, "Le Salarié", 9.5, fb)
    q.text(120, y + 5, "(précédé de la mention « lu et approuvé »)", 7.5, font)
    if signed:
        q.img(22, y + 6, 50, 17, signature_image(c["rep"], seed + 1))
        q.img(
            24,
            y + 2,
            36,
            36,
            stamp_image(
                [c["employer"][:20]],
                c["employer"].upper()[:24],
                (40, 40, 120),
                seed + 5,
                px=300,
                rect=True,
            ),
        )
        q.hand(122, y + 14, "Lu et approuvé", 12, "dkg", (20, 30, 110), seed + 9)
        q.img(118, y + 16, 45, 15, signature_image(c["employee"], seed + 2))
    q.text(105, 288, "2/2", 8, font, (120, 120, 120), "c")
    return [p, q]
