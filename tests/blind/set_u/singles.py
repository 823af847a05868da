"""Sixty single documents of every type, as applicants photograph, scan or download them."""

from __future__ import annotations

import json
import random
from datetime import date as D
from datetime import timedelta
from pathlib import Path

import build
import form
import housing
import ids
import legal
import money
from build import Emitter, doc

# surname, given names, sex, date of birth, place of birth, country (ISO3)
FOLK = [
    ("BOUZID", "NADIA", "F", D(1988, 2, 14), "Oran", "DZA"),
    ("NDIAYE", "AMINATA", "F", D(1993, 6, 1), "Dakar", "SEN"),
    ("KOUASSI", "KOFFI ARMAND", "M", D(1990, 12, 19), "Abidjan", "CIV"),
    ("MBARGA ATANGANA", "JEAN-PIERRE", "M", D(1986, 4, 8), "Douala", "CMR"),
    ("TRAORÉ", "FATOUMATA", "F", D(1999, 1, 25), "Kayes", "MLI"),
    ("MUKENDI KABONGO", "GRÂCE", "F", D(1995, 8, 30), "Kinshasa", "COD"),
    ("JEAN-BAPTISTE", "WOODLEY", "M", D(1992, 3, 3), "Port-au-Prince", "HTI"),
    ("NGUYỄN", "THỊ THU HÀ", "F", D(1994, 11, 11), "Hồ Chí Minh", "VNM"),
    ("YILMAZ", "ELIF", "F", D(1991, 7, 7), "Izmir", "TUR"),
    ("HADDAD", "KARIM", "M", D(1984, 10, 22), "Tlemcen", "DZA"),
    ("DIALLO", "MAMADOU SALIOU", "M", D(1997, 2, 2), "Thiès", "SEN"),
    ("OUATTARA", "AWA", "F", D(2000, 5, 17), "Bouaké", "CIV"),
]
EU = [
    ("ROSSI", "FRANCESCO", "M", D(1989, 3, 12), "NAPOLI", "ITA", "CA09183LM"),
    ("GARCÍA FERNÁNDEZ", "LUCÍA", "F", D(1992, 10, 4), "SEVILLA", "ESP", "BKL482913"),
    ("DUPONT-LAMBERT", "HÉLÈNE", "F", D(1979, 1, 28), "REIMS", "FRA", "Y7RK2MP94"),
    ("KOWALSKA", "AGNIESZKA", "F", D(1995, 12, 1), "KRAKÓW", "POL", "ZAB482019"),
    ("FERREIRA DA SILVA", "JOÃO PEDRO", "M", D(1993, 6, 21), "BRAGA", "PRT", "C48193ZX4"),
]
OTHERS = [
    ("OKAFOR", "CHIDINMA", "F"),
    ("PETROVA", "ANASTASIA", "F"),
    ("ARAÚJO", "RAFAEL", "M"),
    ("LEFEBVRE", "THOMAS", "M"),
    ("CHAUDHARY", "ARJUN", "M"),
    ("AZOULAY", "SARAH", "F"),
    ("N'GUESSAN", "YAO SERGE", "M"),
    ("LE", "MINH TUAN", "M"),
    ("SANTOS", "BEATRIZ", "F"),
    ("EL IDRISSI", "SALMA", "F"),
    ("MARTIN", "CLAIRE", "F"),
    ("D'ALMEIDA", "KOFI", "M"),
]
ADDRS = [
    ("12 rue de la Paix", "75002", "Paris"),
    ("4 bis avenue Foch", "54000", "Nancy"),
    ("Résidence Les Acacias, bât. B, 25 rue Pasteur", "93200", "Saint-Denis"),
    ("88 cours Lafayette", "69003", "Lyon"),
    ("7 rue du Dr Roux", "35000", "Rennes"),
    ("150 avenue de la Libération", "33110", "Le Bouscat"),
    ("9 place Saint-Léger", "73000", "Chambéry"),
    ("31 rue des Écoles", "21000", "Dijon"),
    ("2 allée Marie Curie", "38400", "Saint-Martin-d'Hères"),
    ("65 rue de Metz", "31000", "Toulouse"),
]
AS_OF = [D(2026, 11, 16) + timedelta(days=i) for i in range(16)]


def _who(f, rnd, number=None):
    s, g, sex, dob, pob, c = f
    issue = D(rnd.randint(2019, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    return dict(
        surname=s,
        given=g,
        sex=sex,
        dob=dob,
        pob=pob,
        nat=c,
        number=number
        or (rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + f"{rnd.randint(10**7, 10**8 - 1)}"),
        issue=issue,
        expiry=issue.replace(year=issue.year + (5 if c in ("DZA", "TUR") else 10))
        - timedelta(days=1),
        surname_mrz=ids.mrz_name(s).replace("<", " "),
        pob_print=pob.upper(),
    )


def _applicant(s, g, dob):
    return {"surname": s, "given_names": g, "date_of_birth": dob.isoformat() if dob else None}


def make_all(root: Path, seed_of) -> list[str]:
    names = []
    plan = _plan()
    for i, (kind, arg) in enumerate(plan):
        name = f"d{i + 1:03d}"
        rnd = random.Random(seed_of(name))
        as_of = AS_OF[i % len(AS_OF)]
        em = Emitter(root / "documents" / name, rnd, as_of)
        d, appl = globals()["_" + kind](em, rnd, arg, as_of)
        truth = {
            "as_of": as_of.isoformat(),
            "employed": None,
            "status": None,
            "requirements": None,
            "defect": None,
            "applicant": appl,
            "documents": [d],
        }
        (root / "documents" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        names.append(name)
    return names


def _plan():
    p = []
    p += [
        ("passport", (i, lk))
        for i, lk in enumerate(
            ["phone_photo", "scan", "image_pdf", "phone_photo", "scan", "phone_photo", "image_pdf"]
        )
    ]
    p += [
        ("idcard", (i, lk))
        for i, lk in enumerate(["phone_photo", "scan", "image_pdf", "phone_photo", "scan"])
    ]
    p += [
        ("permit", (i, lk))
        for i, lk in enumerate(["phone_photo", "scan", "image_pdf", "phone_photo"])
    ]
    p += [("visa", (i, lk)) for i, lk in enumerate(["phone_photo", "scan", "image_pdf"])]
    p += [
        ("birth", (i, lk))
        for i, lk in enumerate(
            [
                "scan",
                "phone_photo",
                "image_pdf",
                "scan",
                "phone_photo",
                "image_pdf",
                "scan",
                "phone_photo",
                "image_pdf",
            ]
        )
    ]
    p += [
        ("apostille", (c, lk))
        for c, lk in [("USA", "scan"), ("IND", "phone_photo"), ("COL", "image_pdf")]
    ]
    p += [("translation", (i, lk)) for i, lk in enumerate(["text_pdf", "scan"])]
    p += [
        ("bill", (pv, lk))
        for pv, lk in [
            ("EDF", "text_pdf"),
            ("ENGIE", "phone_photo"),
            ("Free", "screenshot"),
            ("SFR", "text_pdf"),
            ("Orange", "image_pdf"),
            ("Eau de Paris", "text_pdf"),
            ("Veolia", "phone_photo"),
        ]
    ]
    p += [("lease", (i, lk)) for i, lk in enumerate(["text_pdf", "image_pdf", "phone_photo"])]
    p += [("hosting", (i, lk)) for i, lk in enumerate(["phone_photo", "scan", "text_pdf"])]
    p += [("payslip", (i, lk)) for i, lk in enumerate(["text_pdf", "phone_photo", "image_pdf"])]
    p += [("contract", (i, lk)) for i, lk in enumerate(["text_pdf", "image_pdf"])]
    p += [
        ("rib", (i, lk))
        for i, lk in enumerate(["text_pdf", "screenshot", "screenshot", "phone_photo"])
    ]
    p += [("form", (i, lk)) for i, lk in enumerate(["scan", "phone_photo", "text_pdf"])]
    p += [("unknown", (i, lk)) for i, lk in enumerate(["text_pdf", "phone_photo"])]
    return p


# ----------------------------------------------------------------------------- per type


def _passport(em, rnd, arg, as_of):
    i, lk = arg
    f = FOLK[[0, 1, 3, 7, 8, 6, 2][i]]
    w = _who(f, rnd)
    w["surname"] = w["surname_mrz"] if f[5] != "VNM" else w["surname"]
    if i == 4:  # an old passport that has run out
        w["issue"], w["expiry"] = D(2016, 3, 2), D(2021, 3, 1)
    bad = "number" if i == 5 else None
    pages, pf = build.passport_doc(w, rnd, bad)
    files = em.out(pages, lk, "passeport", card=lk != "phone_photo")
    note = "expired passport" if i == 4 else ("MRZ check digit wrong" if bad else "")
    return doc(files, "passport", lk, pf, note), _applicant(w["surname"], w["given"], w["dob"])


def _idcard(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex, dob, pob, c, num = EU[i]
    issue = D(rnd.randint(2019, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    h = dict(
        surname=s,
        given=g,
        number=num,
        dob=dob,
        sex=sex,
        issue=issue,
        expiry=issue.replace(year=issue.year + 10) - timedelta(days=1),
        pob=pob,
    )
    a = ADDRS[i]
    pages, f = build.fr_id_doc(h, f"{a[0]}, {a[1]} {a[2]}" if c == "FRA" else "", rnd, c, c)
    files = em.out(pages, lk, "carte_identite", card=True)
    return doc(files, "national_id", lk, f, "front and back"), _applicant(s, g, dob)


def _permit(em, rnd, arg, as_of):
    i, lk = arg
    f = FOLK[[9, 4, 5, 10][i]]
    w = _who(f, rnd)
    w["surname"] = w["surname_mrz"]
    iss = D(2025, rnd.randint(1, 12), rnd.randint(1, 28))
    t = dict(
        number=f"Z{rnd.choice('ABCKMT')}{rnd.randint(10**6, 10**7 - 1)}",
        issue=iss,
        expiry=iss.replace(year=iss.year + (1 if i % 2 else 4)) - timedelta(days=1),
        permit_type=[
            "CARTE DE RÉSIDENT",
            "CARTE DE SÉJOUR TEMPORAIRE",
            "CARTE DE SÉJOUR PLURIANNUELLE",
            "CARTE DE SÉJOUR TEMPORAIRE",
        ][i],
        remark=["RÉSIDENT DE LONGUE DURÉE-UE", "ÉTUDIANT", "SALARIÉ", "VIE PRIVÉE ET FAMILIALE"][i],
    )
    if i == 0:
        t["expiry"] = iss.replace(year=iss.year + 10) - timedelta(days=1)
    a = ADDRS[i + 2]
    pages, rf = build.permit_doc(w, t, f"{a[0]}, {a[1]} {a[2]}", rnd)
    files = em.out(pages, lk, "titre_sejour", card=True)
    return doc(files, "residence_permit", lk, rf, "recto/verso"), _applicant(
        w["surname"], w["given"], w["dob"]
    )


def _visa(em, rnd, arg, as_of):
    i, lk = arg
    f = FOLK[[11, 2, 8][i]]
    w = _who(f, rnd)
    w["surname"] = w["surname_mrz"]
    vf = D(2026, rnd.randint(2, 8), rnd.randint(1, 28))
    v = dict(
        number=f"0{rnd.randint(10**7, 10**8 - 1)}",
        valid_from=vf,
        expiry=vf + timedelta(days=364),
        issue=vf - timedelta(days=rnd.randint(10, 40)),
        issued_in=["ABIDJAN", "ABIDJAN", "ISTANBUL"][i],
        category=["ETUDIANT", "SALARIE", "TOURISME"][i],
        remarks=[
            ["VLS-TS ETUDIANT", "CESEDA R.431-16 6°"],
            ["VLS-TS SALARIE", "CESEDA R.431-16 5°"],
            ["TOURISME / VISITE FAMILIALE"],
        ][i],
    )
    if i == 2:  # a short-stay Schengen visa
        v.update(vcode="C", days=30, expiry=vf + timedelta(days=89))
    pages, f2 = build.visa_doc(w, v, rnd)
    files = em.out(pages, lk, "visa", card=lk != "phone_photo")
    return doc(
        files, "long_stay_visa", lk, f2, "type C short-stay visa" if i == 2 else "VLS-TS"
    ), _applicant(w["surname"], w["given"], w["dob"])


def _birth(em, rnd, arg, as_of):
    i, lk = arg
    order = [1, 2, 3, 4, 5, 6, 0, 7, 8]
    s, g, sex, dob, pob, c = FOLK[order[i]]
    b = dict(
        country=c,
        father=rnd.choice(["Ibrahima", "Moussa", "Jean", "Paul", "Ahmed"])
        + " "
        + s.split()[0].title(),
        mother=rnd.choice(["Mariama", "Rose", "Aïcha", "Marie"])
        + " "
        + rnd.choice(["Diop", "Koné", "Kamara", "Lemoine", "Benali"]),
        regno=f"{rnd.randint(100, 4999)}/{dob.year}",
        issued=D(2025, rnd.randint(1, 12), 3),
        place=pob,
    )
    w = dict(surname=s, given=g, sex=sex, dob=dob, pob=pob)
    if c == "VNM":
        w["given_bc"] = g
    out = build.birth_docs(w, b, rnd)
    pages, bf = out["birth"]
    files = em.out(pages, lk, "acte_naissance")
    return doc(files, "birth_certificate", lk, bf, ""), _applicant(s, g, dob)


def _apostille(em, rnd, arg, as_of):
    c, lk = arg
    a = dict(
        country=c,
        issued=D(2026, rnd.randint(1, 10), rnd.randint(1, 28)),
        number={"USA": "A-2026-0771930", "IND": "IN-MH-2026-11820475", "COL": "B3K9Q2X7LM"}[c],
        by={"USA": "Shirley N. Weber", "IND": "Rakesh Verma", "COL": "Diana Marcela Ortiz"}[c],
        doc_signer={"USA": "Dean C. Logan", "IND": "Dr. S. Patil", "COL": "Luis F. Rendón"}[c],
        capacity={"USA": "Registrar-Recorder", "IND": "Registrar", "COL": "Notario Segundo"}[c],
        authority={
            "USA": "Los Angeles County",
            "IND": "Municipal Corporation of Greater Mumbai",
            "COL": "Notaría Segunda de Cali",
        }[c],
    )
    pg, af = legal.apostille(a, rnd)
    files = em.out([pg], lk, "apostille")
    return doc(files, "apostille", lk, af, "apostille alone"), _applicant(None, None, None)


def _translation(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex = OTHERS[[2, 8][i]]
    dob = D(1990 + i * 3, 4 + i, 9 + i)
    bc = dict(
        surname=s,
        given=g,
        sex=sex,
        dob=dob,
        pob=["Recife", "Lisboa"][i],
        father="José " + s.title(),
        mother="Maria " + s.title(),
        regno=f"{2200 + i}",
    )
    t = dict(
        translator="Isabelle MOREAU",
        court=["Rennes", "Paris"][i],
        taddr="5 rue Le Bastard, 35000 Rennes",
        from_lang="portugais",
        country_fr="RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL" if i == 0 else "RÉPUBLIQUE PORTUGAISE",
        title_fr="CERTIDÃO DE NASCIMENTO",
        bc=bc,
        number=f"{rnd.randint(100, 999)}/2026",
        city=["Rennes", "Paris"][i],
        date=D(2026, rnd.randint(1, 10), rnd.randint(1, 28)),
    )
    pg, tf = legal.translation(t, rnd)
    files = em.out([pg], lk, "traduction")
    return doc(files, "translation", lk, tf, "sworn translation"), _applicant(s, g, dob)


def _bill(em, rnd, arg, as_of):
    prov, lk = arg
    s, g, sex = OTHERS[rnd.randrange(len(OTHERS))]
    a = ADDRS[rnd.randrange(len(ADDRS))]
    holder = f"{g.title()} {s.title()}" if rnd.random() < 0.6 else f"{s} {g.title()}"
    m = 10 if prov not in ("Eau de Paris", "Veolia") else 9
    ((pg, bf, bs),) = build.bill_docs(
        prov, [(2026, m)], holder, "Mme" if sex == "F" else "M.", [a[0], f"{a[1]} {a[2]}"], rnd
    )
    if prov in ("Eau de Paris", "Veolia"):  # water is billed by the half-year
        bs.update(
            start=D(2026, 4, 1),
            end=D(2026, 9, 30),
            issue=D(2026, 10, 14),
            amount=round(rnd.uniform(80, 190), 2),
        )
        pg, bf = housing.bill(bs, rnd)
    if lk == "screenshot":
        pg = money.bill_app_screen(bs, bf, rnd)
    files = em.out([pg], lk, f"facture_{prov.split()[0].lower()}")
    return doc(files, "utility_bill", lk, bf, ""), _applicant(s, g, None)


def _lease(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex = OTHERS[[3, 5, 9][i]]
    a = ADDRS[i + 4]
    tenants = [f"{g.title()} {s.title()}"]
    if i == 1:
        tenants.append("David Azoulay")
    L = dict(
        landlord=["SCI DU PARC", "Bernard ROUSSEL", "FONCIA GESTION pour M. Lopez"][i],
        laddr="10 rue Victor Hugo, 69002 Lyon",
        tenants=tenants,
        address=f"{a[0]}, {a[1]} {a[2]}",
        start=[D(2026, 9, 1), D(2024, 6, 15), D(2025, 12, 1)][i],
        signed=D(2026, 8, 20) if i == 0 else D(2024, 6, 1),
        rent=rnd.choice([540.0, 780.0]),
        charges=50.0,
        surface=rnd.randint(18, 70),
        rooms=rnd.randint(1, 3),
        city=a[2],
    )
    pages, lf = housing.lease(L, rnd)
    files = em.out(pages, lk, "bail")
    return doc(
        files, "lease", lk, lf, "lease started less than 3 months ago" if i == 0 else ""
    ), _applicant(s, g, None)


def _hosting(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex = OTHERS[[0, 7, 10][i]]
    hs, hg, hsex = OTHERS[[4, 11, 1][i]]
    a = ADDRS[i + 6]
    A = dict(
        host=f"{hg.title()} {hs}",
        host_sex=hsex,
        host_dob=D(1975 + i, 5, 3),
        host_pob="Lyon",
        hosted=f"{g.title()} {s.title()}",
        hosted_dob=D(1996, 2 + i, 11),
        hosted_pob="Lagos (Nigeria)",
        address=f"{a[0]}, {a[1]} {a[2]}",
        since=D(2026, 3 + i, 1),
        city=a[2],
        signed_on=D(2026, 11, 2 + i),
        signed=i != 1,
        civ_host="Madame" if hsex == "F" else "Monsieur",
        civ_hosted="Mme" if sex == "F" else "M.",
    )
    pg, hf = housing.attestation(A, rnd, hand=i < 2)
    files = em.out([pg], lk, "attestation_hebergement")
    return doc(files, "hosting_attestation", lk, hf, "not signed" if i == 1 else ""), _applicant(
        s, g, A["hosted_dob"]
    )


def _payslip(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex = OTHERS[[4, 6, 1][i]]
    a = ADDRS[i]
    emp = ["ARTELIA INGÉNIERIE SAS", "BOULANGERIE DU MARCHÉ SARL", "CLINIQUE DU PARC SA"][i]
    p = dict(
        employer=emp,
        eaddr=["3 rue de la Gare", "75011 Paris"],
        siret=build.siret(rnd),
        naf=["7112B", "1071C", "8610Z"][i],
        employee=f"{g.title()} {s.title()}",
        employee_print=f"{'MME' if sex == 'F' else 'M.'} {s} {g}",
        empaddr=[a[0], a[1] + " " + a[2]],
        job=["Ingénieur d'études", "Boulanger", "Infirmière"][i],
        entry=D(2024, 9, 2),
        period=D(2026, [10, 9, 10][i], 1),
        gross=[3600.0, 1980.0, 2650.0][i],
    )
    pg, f = money.payslip(p, rnd)
    files = em.out([pg], lk, "bulletin_de_paie")
    return doc(files, "payslip", lk, f, ""), _applicant(s, g, None)


def _contract(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex = OTHERS[[2, 11][i]]
    c = dict(
        employer=["LOGISUD TRANSPORTS SAS", "HÔTEL DES ARTS SARL"][i],
        form=["SAS", "SARL"][i],
        capital="50 000 €",
        eaddr="ZI Les Paluds, 13400 Aubagne",
        siret=build.siret(rnd),
        rep="M. Olivier Brunet",
        rep_title="Gérant",
        employee=f"{g.title()} {s.title()}",
        employee_print=f"{g.title()} {s}",
        civ="M." if sex == "M" else "Mme",
        dob=D(1991, 8, 14),
        pob="Porto (Portugal)",
        empaddr="9 rue Paradis, 13001 Marseille",
        type=["CDI", "CDD"][i],
        job=["Chauffeur poids lourd", "Réceptionniste"][i],
        start=D(2026, [5, 10][i], 1),
        end=D(2027, 3, 31),
        salary=[2300.0, 1850.0][i],
        city=["Aubagne", "Marseille"][i],
        signed=D(2026, [4, 9][i], 20),
    )
    pages, f = money.contract(c, rnd)
    files = em.out(pages, lk, "contrat_travail")
    return doc(files, "employment_contract", lk, f, ""), _applicant(s, g, c["dob"])


def _rib(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex = OTHERS[[3, 9, 1, 8][i]]
    a = ADDRS[i + 1]
    holder = f"{g} {s}"
    if i == 2:
        ib = money.foreign_iban("LT", rnd)
        pg, f = money.neobank_screen(
            dict(app="Revolut", holder=f"{g.title()} {s.title()}", ib=ib), rnd
        )
        files = em.out([pg], lk, "revolut")
        return doc(files, "rib", lk, f, "Revolut LT IBAN"), _applicant(s, g, None)
    bank = ["BNP Paribas", "Société Générale", "", "Caisse d'Epargne"][i]
    ib = money.fr_iban(bank, rnd)
    r = dict(
        bank=bank,
        holder_print=f"{'MME' if sex == 'F' else 'M'} {holder}",
        holder=holder,
        addr=[a[0], f"{a[1]} {a[2]}"],
        ib=ib,
    )
    pg, f = money.bank_app_rib(r, rnd) if lk == "screenshot" else money.rib_page(r, rnd)
    files = em.out([pg], lk, "RIB")
    return doc(files, "rib", lk, f, ""), _applicant(s, g, None)


def _form(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex, dob, pob, c = FOLK[[9, 1, 3][i]]
    a = ADDRS[i + 3]
    way = ["hand", "typed_print", "acroform"][i]
    sd = as_of - timedelta(days=rnd.randint(2, 12))
    d = dict(
        surname=s,
        usage=None,
        given=g.title(),
        sex=sex,
        dob=dob,
        pob=pob,
        pob_country={"DZA": "Algérie", "SEN": "Sénégal", "CMR": "Cameroun"}[c],
        nationality={"DZA": "Algérienne", "SEN": "Sénégalaise", "CMR": "Camerounaise"}[c],
        nir=None,
        street=a[0],
        cp=a[1],
        city=a[2],
        phone="07 81 22 90 14",
        email="",
        situation=["salarie", "sans_activite", "demandeur_emploi"][i],
        contract="CDI",
        job="Agent de sécurité",
        place=a[2],
        date_text=sd.strftime("%d/%m/%Y"),
        signed=True,
        signed_on=sd,
    )
    if i == 1:
        d["usage"] = "FALL"
    pages, ff = form.form_pages(d, way, i, rnd)
    if way == "acroform":
        from canvas import pdf_bytes

        em.write("S1106.pdf", pdf_bytes(pages, acro_ap=False))
        files = [{"path": "S1106.pdf", "pages": [1, 2]}]
    else:
        files = em.out(pages, lk, "formulaire")
    return doc(files, "application_form", lk, ff, f"filled {way}"), _applicant(s, g.title(), dob)


def _unknown(em, rnd, arg, as_of):
    i, lk = arg
    s, g, sex = OTHERS[[5, 0][i]]
    a = ADDRS[i + 8]
    pg = housing.quittance(
        dict(
            landlord="Bernard ROUSSEL",
            tenant=f"{g.title()} {s.title()}",
            address=f"{a[0]}, {a[1]} {a[2]}",
            month=D(2026, 10, 1),
            rent=620.0,
            charges=45.0,
            city=a[2],
            signed=D(2026, 11, 2),
        ),
        rnd,
    )
    files = em.out([pg], lk, "quittance_loyer_octobre")
    return doc(
        files, "unknown", lk, {}, "quittance de loyer (rent receipt, not a lease)"
    ), _applicant(s, g, None)
