"""Leases (loi 1989), quittances, attestations d'hébergement, payslips, CDI/CDD contracts."""

from __future__ import annotations

import datetime as dt

import data as D
from civil import _sig, _stamp
from render import HANDS, Page


def lease(rng, tenants: list[str], landlord: str, addr, start: dt.date, rent: float, signed):
    font = rng.choice(["times", "caladea", "serif", "lib"])
    fb = font + "-b"
    p1 = Page()
    p1.text(297, 60, "CONTRAT DE LOCATION", fb, 17, align="c")
    p1.text(
        297,
        78,
        "Logement nu - soumis au titre Ier bis de la loi du 6 juillet 1989",
        font,
        9,
        align="c",
    )
    p1.text(297, 90, "(modèle type - décret n° 2015-587 du 29 mai 2015)", font, 8, align="c")
    y = 125
    p1.text(40, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y += 20
    y = p1.para(
        50,
        y,
        f"Le bailleur : {landlord}, demeurant "
        f"{rng.choice(D.ADDRESSES)[0]}, {rng.choice(['Paris', 'Vincennes', 'Lyon'])}, "
        "désigné ci-après « le bailleur » ;",
        490,
        font,
        10,
    )
    y += 4
    who = " et ".join(tenants)
    y = p1.para(
        50, y, f"Le(s) locataire(s) : {who}, désigné(s) ci-après « le locataire ».", 490, font, 10
    )
    y += 14
    p1.text(40, y, "II. OBJET DU CONTRAT", fb, 11)
    y += 20
    y = p1.kv(50, y, "Adresse du logement :", D.addr_str(addr), font, fb, 10)
    y = p1.kv(
        50, y, "Type d'habitat :", "immeuble collectif, appartement T2, 42 m²", font, font, 10
    )
    y += 10
    p1.text(40, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y += 20
    y = p1.kv(50, y, "Date de prise d'effet du contrat :", D.fr(start), font, fb, 10)
    y = p1.kv(50, y, "Durée du contrat :", "3 ans (bailleur personne physique)", font, font, 10)
    y += 10
    p1.text(40, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y += 20
    ch = round(rent * 0.12)
    y = p1.kv(
        50, y, "Loyer mensuel hors charges :", f"{rent:.2f} €".replace(".", ","), font, fb, 10
    )
    y = p1.kv(50, y, "Provision sur charges :", f"{ch:.2f} €".replace(".", ","), font, fb, 10)
    y = p1.kv(50, y, "Dépôt de garantie :", f"{rent:.2f} €".replace(".", ","), font, fb, 10)
    y = p1.para(
        50,
        y + 6,
        "Le loyer est payable mensuellement et d'avance, le 5 de chaque mois. "
        "Zone d'encadrement des loyers : loyer de référence majoré applicable.",
        490,
        font,
        9.5,
    )
    p1.text(555, 820, "1/2", font, 8, align="r")
    p2 = Page()
    y = p2.para(
        40,
        60,
        "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE DE SOLIDARITÉ - VIII. CLAUSE "
        "RÉSOLUTOIRE. Le présent contrat est résilié de plein droit en cas de défaut de "
        "paiement du loyer ou des charges, du dépôt de garantie, ou d'assurance contre "
        "les risques locatifs, deux mois après un commandement demeuré infructueux. "
        "Annexes : dossier de diagnostic technique, état des lieux, notice "
        "d'information.",
        515,
        font,
        10,
    )
    y += 30
    p2.text(
        40, y, f"Fait à {addr[2]}, le {D.fr(signed)}, en {len(tenants) + 1} originaux.", font, 10.5
    )
    y += 40
    p2.text(60, y, "Le bailleur", fb, 10)
    p2.text(330, y, "Le(s) locataire(s)", fb, 10)
    p2.text(60, y + 16, "« Lu et approuvé »", rng.choice(HANDS), 12, (20, 20, 90))
    p2.text(330, y + 16, "« Lu et approuvé »", rng.choice(HANDS), 12, (20, 20, 90))
    _sig(p2, 60, y + 50, rng)
    for i, _t in enumerate(tenants):
        _sig(p2, 330 + i * 100, y + 50, rng, w=70)
    p2.text(555, 820, "2/2", font, 8, align="r")
    fields = {
        "tenant_names": tenants,
        "landlord": landlord,
        "address": D.addr_str(addr),
        "start_date": start.isoformat(),
    }
    return [p1, p2], fields


def quittance(rng, tenant, landlord, addr, y, m, rent):
    p = Page(595, 420)
    font = rng.choice(["sans", "lato", "times"])
    p.text(297, 40, f"QUITTANCE DE LOYER - {D.MOIS[m - 1].upper()} {y}", font + "-b", 14, align="c")
    ch = round(rent * 0.12)
    txt = (
        f"Je soussigné(e) {landlord}, propriétaire du logement situé {D.addr_str(addr)}, "
        f"déclare avoir reçu de {tenant} la somme de {rent + ch:.2f} € au titre du loyer "
        f"({rent:.2f} €) et des charges ({ch:.2f} €) pour la période du "
        f"{D.fr(dt.date(y, m, 1))} au {D.fr(D.month_end(y, m))} et lui en donne quittance, "
        "sous réserve de tous mes droits."
    )
    yy = p.para(40, 80, txt, 515, font, 10.5, 16)
    p.text(330, yy + 30, f"Fait le {D.fr(dt.date(y, m, 5))}", font, 10)
    _sig(p, 340, yy + 60, rng)
    return [p], {}


def hosting(
    rng,
    host,
    host_dob,
    host_place,
    hosted,
    hosted_dob,
    addr,
    since,
    signed_on,
    handwritten: bool,
    signed: bool = True,
):
    p = Page(bg=(255, 255, 255) if not handwritten else (252, 252, 247))
    hf = rng.choice(HANDS) if handwritten else rng.choice(["times", "sans", "carlito"])
    sz = 14 if handwritten else 11
    ink = (20, 30, 110) if handwritten else (0, 0, 0)
    if handwritten:
        for yy in range(80, 800, 24):
            p.line(30, yy + 4, 565, yy + 4, (200, 210, 230), 0.3)
    x = 50 if handwritten else 60
    p.text(x, 60, host, hf, sz, ink)
    p.text(x, 60 + sz * 1.5, addr[0], hf, sz, ink)
    p.text(x, 60 + sz * 3, f"{addr[1]} {addr[2]}", hf, sz, ink)
    p.text(
        297, 190, "ATTESTATION D'HÉBERGEMENT", hf if handwritten else hf + "-b", sz + 4, ink, "c"
    )
    txt = (
        f"Je soussigné{'e' if rng.random() < 0.3 else ''} {host}, né(e) le {D.fr(host_dob)} "
        f"à {host_place}, demeurant {D.addr_str(addr)}, atteste sur l'honneur héberger à "
        f"mon domicile {hosted}, né(e) le {D.fr(hosted_dob)}, depuis le {D.fr(since)}. "
        "Je suis informé(e) qu'une fausse attestation expose son auteur à des sanctions "
        "pénales (article 441-7 du code pénal). Attestation faite pour servir et valoir ce "
        "que de droit."
    )
    y = p.para(x, 240, txt, 595 - 2 * x, hf, sz, sz * 1.75, ink)
    y += 30
    p.text(330, y, f"Fait à {addr[2]}, le {D.fr(signed_on)}", hf, sz, ink)
    if signed:
        _sig(p, 350, y + 40, rng, (20, 30, 110), 110)
    p.text(330, y + 80, "Pièce jointe : copie de ma pièce d'identité", hf, sz * 0.8, ink)
    fields = {
        "host_name": host,
        "hosted_name": hosted,
        "address": D.addr_str(addr),
        "since_date": since.isoformat(),
        "signed_on": signed_on.isoformat(),
        "signed": signed,
    }
    return [p], fields


EMPLOYERS = [
    ("DATAVISTA CONSEIL SAS", "48 rue de Provence 75009 Paris", "81234567800027", "6202A"),
    ("BOULANGERIE MAISON FERRAND", "12 rue Mercière 69002 Lyon", "52798765400019", "1071C"),
    (
        "HÔPITAL PRIVÉ DES PEUPLIERS SA",
        "8 place de l'Abbé Hénocque 75013 Paris",
        "77566022100031",
        "8610Z",
    ),
    (
        "LOGISUD TRANSPORTS SARL",
        "ZA des Cadestaux 13170 Les Pennes-Mirabeau",
        "44851239600045",
        "4941A",
    ),
    ("ATELIER NUMÉRIQUE DU NORD", "165 avenue de Bretagne 59000 Lille", "90312478500012", "7112B"),
]


def _siret_fmt(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def payslip(rng, emp, employee, addr, y, m, gross, job, start):
    name, eaddr, siret, naf = emp
    font = rng.choice(["sansc", "libn", "robotoc", "carlito"])
    fb = font + "-b"
    p = Page()
    p.text(297, 40, "BULLETIN DE PAIE", fb, 15, align="c")
    p1, p2 = dt.date(y, m, 1), D.month_end(y, m)
    p.text(297, 56, f"Période du {D.fr(p1)} au {D.fr(p2)}", font, 9.5, align="c")
    p.rect(30, 70, 260, 80, (0, 0, 0), None, 0.6)
    p.text(36, 86, name, fb, 10)
    p.text(36, 100, eaddr, font, 8.5)
    p.text(36, 114, f"SIRET : {_siret_fmt(siret)}   Code NAF : {naf}", font, 8.5)
    p.text(36, 128, "Convention collective : Syntec (IDCC 1486)", font, 8.5)
    p.rect(305, 70, 260, 80, (0, 0, 0), None, 0.6)
    p.text(311, 86, employee, fb, 10)
    for i, ln in enumerate(D.addr_lines(addr)):
        p.text(311, 100 + 14 * i, ln, font, 9)
    p.text(36, 168, f"Emploi : {job}", font, 9)
    p.text(230, 168, f"Entrée le : {D.fr(start)}", font, 9)
    p.text(390, 168, f"N° SS : {'en cours' if rng.random() < 0.6 else ''}", font, 9)
    y0 = 185
    cols = [
        ("Éléments de paie", 30),
        ("Base", 280),
        ("Taux", 350),
        ("À déduire", 420),
        ("À payer", 495),
    ]
    p.rect(30, y0, 535, 18, None, (225, 230, 240))
    for lbl, x in cols:
        p.text(x + 4, y0 + 13, lbl, fb, 8.5)
    rows = [("Salaire de base", "151,67", "", "", gross)]
    sante = round(gross * 0.011, 2)
    retraite = round(gross * 0.0710, 2)
    chom = 0.0
    csg = round(gross * 0.9825 * 0.092, 2)
    crds = round(gross * 0.9825 * 0.005, 2)
    yy = y0 + 34
    p.text(34, yy, "Salaire de base", font, 9)
    p.text(284, yy, "151,67 h", font, 9)
    p.text(560, yy, f"{gross:.2f}".replace(".", ","), font, 9, align="r")
    yy += 18
    p.text(34, yy, "SALAIRE BRUT", fb, 9.5)
    p.text(560, yy, f"{gross:.2f}".replace(".", ","), fb, 9.5, align="r")
    yy += 22
    ded = [
        ("Santé", sante),
        ("Retraite (sécurité sociale et complémentaire)", retraite),
        ("Assurance chômage", chom),
        ("CSG déductible de l'impôt sur le revenu", round(gross * 0.9825 * 0.068, 2)),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            round(csg - gross * 0.9825 * 0.068 + crds, 2),
        ),
    ]
    tot = 0.0
    for lbl, v in ded:
        p.text(34, yy, lbl, font, 9)
        p.text(490, yy, f"{v:.2f}".replace(".", ","), font, 9, align="r")
        tot += v
        yy += 16
    net_before = round(gross - tot, 2)
    pas = round(net_before * rng.choice([0.0, 0.023, 0.045, 0.071]), 2)
    net = round(net_before - pas, 2)
    yy += 10
    p.rect(30, yy, 535, 20, None, (240, 240, 240))
    p.text(34, yy + 14, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9.5)
    p.text(560, yy + 14, f"{net_before:.2f}".replace(".", ","), fb, 9.5, align="r")
    yy += 32
    p.text(34, yy, "Impôt sur le revenu prélevé à la source", font, 9)
    p.text(560, yy, f"{pas:.2f}".replace(".", ","), font, 9, align="r")
    yy += 24
    p.rect(300, yy, 265, 28, (0, 0, 0), (220, 235, 220), 1)
    p.text(306, yy + 19, "NET PAYÉ", fb, 11)
    p.text(560, yy + 19, f"{net:.2f} €".replace(".", ","), fb, 12, align="r")
    yy += 44
    p.text(34, yy, f"Montant net social : {net_before:.2f} €".replace(".", ","), font, 9)
    p.text(34, yy + 14, f"Payé le {D.fr(p2)} par virement", font, 9)
    p.para(
        34,
        790,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée : "
        "www.mesdroitssociaux.gouv.fr",
        530,
        font,
        7.5,
    )
    fields = {
        "employer": name,
        "employee_name": employee,
        "period": f"{y}-{m:02d}",
        "net_pay": net,
        "siret": siret,
    }
    return [p], fields


def contract(rng, emp, employee, employee_dob, nat, ctype, job, start, end=None, signed=None):
    name, eaddr, siret, _naf = emp
    font = rng.choice(["times", "caladea", "lib", "open"])
    fb = font + "-b"
    p1 = Page()
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if ctype == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    p1.text(297, 70, title, fb, 14, align="c")
    y = 120
    p1.text(40, y, "ENTRE LES SOUSSIGNÉS :", fb, 10.5)
    y = p1.para(
        50,
        y + 20,
        f"La société {name}, immatriculée sous le numéro SIRET "
        f"{_siret_fmt(siret)}, dont le siège est situé {eaddr}, représentée par "
        f"{rng.choice(['M. Olivier Ranchin', 'Mme Sandrine Voisin', 'M. Karim Haddad'])}"
        ", en qualité de Directeur des ressources humaines, ci-après « l'Employeur »,",
        495,
        font,
        10.5,
    )
    y = p1.para(
        50,
        y + 8,
        f"ET {employee}, né(e) le {D.fr(employee_dob)}, de nationalité "
        f"{D.COUNTRY_FR[nat].lower()}, ci-après « le Salarié ».",
        495,
        font,
        10.5,
    )
    y += 14
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du {D.fr(start)} "
            + (
                "pour une durée indéterminée."
                if ctype == "CDI"
                else f"jusqu'au {D.fr(end)}, pour accroissement temporaire d'activité."
            ),
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié exercera les fonctions de {job}, statut "
            f"{rng.choice(['cadre', 'employé', 'agent de maîtrise'])}.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            f"l'issue d'une période d'essai de {rng.choice(['deux', 'trois', 'quatre'])} mois.",
        ),
        (
            "Article 4 - Rémunération",
            "Le Salarié percevra une rémunération mensuelle brute de "
            f"{rng.randint(2100, 4200)},00 euros pour 35 heures hebdomadaires.",
        ),
        ("Article 5 - Lieu de travail", f"Le Salarié exercera ses fonctions à {eaddr}."),
    ]
    for t, body in arts:
        p1.text(40, y, t, fb, 10.5)
        y = p1.para(50, y + 16, body, 495, font, 10.5) + 8
    p2 = Page()
    y = p2.para(
        40,
        60,
        "Article 6 - Congés payés. Article 7 - Convention collective applicable. "
        "Article 8 - Obligations de confidentialité et de loyauté. Le Salarié "
        "s'engage à informer l'Employeur de tout changement de domicile.",
        515,
        font,
        10.5,
    )
    signed = signed or start - dt.timedelta(days=rng.randint(5, 30))
    p2.text(
        40,
        y + 30,
        f"Fait en deux exemplaires, à {eaddr.split()[-1]}, le {D.fr(signed)}",
        font,
        10.5,
    )
    p2.text(60, y + 70, "L'Employeur", fb, 10)
    p2.text(340, y + 70, "Le Salarié (« lu et approuvé »)", fb, 10)
    _sig(p2, 60, y + 110, rng)
    _sig(p2, 340, y + 110, rng)
    _stamp(p2, 200, y + 120, name.split()[0][:11], (30, 60, 140), 36)
    fields = {
        "employer": name,
        "employee_name": employee,
        "contract_type": ctype,
        "job_title": job,
        "start_date": start.isoformat(),
    }
    return [p1, p2], fields
