"""The single documents of set_n: one document per folder, every type of the report contract."""

import datetime as dt
import json
import random

import build as B
import build_civil as BC
import build_id as BI
import home
import ids
from people import ADDRESSES, EMPLOYERS, INSEE, person, title

D = dt.date

# (type, country, look, options)
PLAN = [
    ("passport", "SEN", "phone_photo", {}),
    ("passport", "DZA", "scan", {}),
    ("passport", "VNM", "image_pdf", {}),
    ("passport", "HTI", "phone_photo", {"expired": True}),
    ("passport", "CMR", "scan", {"bad_mrz": True}),
    ("passport", "UKR", "phone_photo", {}),
    ("passport", "CHN", "scan", {}),
    ("national_id", "ESP", "phone_photo", {}),
    ("national_id", "PRT", "scan", {}),
    ("national_id", "ROU", "image_pdf", {}),
    ("national_id", "DEU", "phone_photo", {}),
    ("long_stay_visa", "SEN", "phone_photo", {"cat": "ETUDIANT"}),
    ("long_stay_visa", "DZA", "scan", {"cat": "VIE PRIVEE ET FAMILIALE"}),
    ("long_stay_visa", "VNM", "image_pdf", {"cat": "TRAVAILLEUR TEMPORAIRE"}),
    ("long_stay_visa", "IND", "phone_photo", {"cat": "TOURISME", "type": "C"}),
    ("residence_permit", "MLI", "phone_photo", {"remark": "VIE PRIVEE ET FAMILIALE"}),
    ("residence_permit", "CIV", "scan", {"remark": "ETUDIANT"}),
    ("residence_permit", "COD", "image_pdf", {"remark": "SALARIE"}),
    ("residence_permit", "HTI", "phone_photo", {"kind": "CARTE DE RESIDENT", "remark": ""}),
    ("residence_permit", "DZA", "scan", {"recepisse": True}),
    ("birth_certificate", "DZA", "scan", {}),
    ("birth_certificate", "SEN", "phone_photo", {}),
    ("birth_certificate", "CIV", "image_pdf", {}),
    ("birth_certificate", "CMR", "scan", {}),
    ("birth_certificate", "MLI", "phone_photo", {}),
    ("birth_certificate", "COD", "image_pdf", {}),
    ("birth_certificate", "HTI", "scan", {}),
    ("birth_certificate", "VNM", "phone_photo", {}),
    ("birth_certificate", "USA", "image_pdf", {}),
    ("apostille", "USA", "scan", {}),
    ("apostille", "COL", "phone_photo", {}),
    ("apostille", "BRA", "image_pdf", {}),
    ("apostille", "PHL", "scan", {}),
    ("translation", "VNM", "text_pdf", {"lang": "vi"}),
    ("translation", "TUR", "image_pdf", {"lang": "tr"}),
    ("translation", "CHN", "scan", {"lang": "zh"}),
    ("utility_bill", "MAR", "text_pdf", {"provider": "EDF"}),
    ("utility_bill", "SEN", "text_pdf", {"provider": "Orange"}),
    ("utility_bill", "TUN", "image_pdf", {"provider": "ENGIE"}),
    ("utility_bill", "CMR", "phone_photo", {"provider": "SFR"}),
    ("utility_bill", "BRA", "screenshot", {"provider": "Free"}),
    ("utility_bill", "UKR", "scan", {"provider": "Eau de Paris", "quarter": True}),
    ("utility_bill", "IND", "text_pdf", {"provider": "Bouygues Telecom"}),
    ("utility_bill", "PHL", "screenshot", {"provider": "TotalEnergies"}),
    ("lease", "CIV", "text_pdf", {}),
    ("lease", "VNM", "phone_photo", {}),
    ("lease", "MAR", "image_pdf", {"cotenant": "Salma BENNANI"}),
    ("hosting_attestation", "MLI", "phone_photo", {"hand": True}),
    ("hosting_attestation", "COL", "scan", {"hand": False}),
    ("hosting_attestation", "DZA", "image_pdf", {"hand": True, "unsigned": True}),
    ("payslip", "SEN", "text_pdf", {}),
    ("payslip", "TUR", "image_pdf", {}),
    ("payslip", "COD", "phone_photo", {}),
    ("payslip", "PER", "text_pdf", {}),
    ("employment_contract", "MAR", "text_pdf", {"ctype": "CDI"}),
    ("employment_contract", "PHL", "image_pdf", {"ctype": "CDD"}),
    ("employment_contract", "HTI", "phone_photo", {"ctype": "CDI"}),
    ("rib", "SEN", "text_pdf", {"bank": "Caisse d'Epargne"}),
    ("rib", "CMR", "phone_photo", {"bank": "BNP Paribas"}),
    ("rib", "MEX", "screenshot", {"bank": "Wise"}),
    ("rib", "UKR", "screenshot", {"bank": "Revolut"}),
    ("rib", "VNM", "image_pdf", {"bank": "LCL"}),
    ("application_form", "DZA", "text_pdf", {"run": "b", "mode": "acroform", "ap": False}),
    ("application_form", "VNM", "scan", {"run": "c", "mode": "hand", "words": True}),
    (
        "application_form",
        "SEN",
        "phone_photo",
        {"run": "a", "mode": "typed_print", "sig": "label_only"},
    ),
    ("application_form", "COL", "image_pdf", {"run": "b", "mode": "hand", "two": True}),
    ("unknown", "MAR", "text_pdf", {"what": "quittance"}),
    ("unknown", "CIV", "phone_photo", {"what": "insurance"}),
]

JOBS = [
    "Agent d'entretien",
    "Développeuse web",
    "Infirmier",
    "Vendeuse",
    "Chauffeur livreur",
    "Comptable",
    "Aide à domicile",
]
BANKS = ["BNP Paribas", "Société Générale", "LCL", "CIC", "Crédit Mutuel", "BoursoBank"]


def make_all(out):
    names = []
    for i, (dtype, country, look, opt) in enumerate(PLAN):
        name = f"d{i + 1:03d}"
        rng = random.Random(f"set_n|{name}")
        folder = out / "documents" / name
        folder.mkdir(parents=True)
        W = B.Writer(folder, rng)
        as_of = D(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
        P = person(country, rng)
        if country == "UKR":
            P.update(
                surname_native="ШЕВЧУК",
                given_native="Дмитро" if P["sex"] == "M" else "Юлія",
                place_native="м. Львів",
                pob="Lviv",
                father="Шевчук Андрій Миколайович",
                mother="Шевчук Ірина Василівна",
            )
        if country == "CHN":
            P.update(
                surname_native="张",
                given_native="美英",
                place_native="四川省成都市",
                pob="Chengdu",
                father="张伟",
                mother="王丽",
            )
        addr = ADDRESSES[rng.randrange(len(ADDRESSES))]
        P.update(street=addr[0], postcode=addr[1], city=addr[2])
        hp = f"{title(P['sex'])} {P['given']} {P['surname']}"
        hn = f"{P['given']} {P['surname']}"
        notes = ""
        if dtype == "passport":
            exp = D(2026, rng.randint(1, 10), rng.randint(1, 28)) if opt.get("expired") else None
            built = BI.b_passport(P, rng, expiry=exp, bad_mrz=opt.get("bad_mrz", False))
            notes = ("expired before as_of" if exp else "") + (
                "date-of-birth check digit misprinted" if opt.get("bad_mrz") else ""
            )
            stem = "passport" if look != "phone_photo" else f"IMG_{rng.randint(1000, 9999)}"
        elif dtype == "national_id":
            built = BI.b_national_id(P, rng)
            stem = "cni"
        elif dtype == "long_stay_visa":
            BI.b_passport(P, rng)
            vt = opt.get("type", "D")
            vfrom = D(2026, rng.randint(1, 9), rng.randint(1, 28))
            built = BI.b_visa(
                P,
                rng,
                vfrom,
                opt["cat"],
                visa_type=vt,
                days=365 if vt == "D" else 30,
                issued_in="ALGER",
            )
            notes = "short-stay type C visa" if vt == "C" else "VLS-TS"
            stem = "visa_long_sejour" if vt == "D" else "visa"
        elif dtype == "residence_permit":
            if opt.get("recepisse"):
                built = BI.b_recepisse(P, rng, D(2026, 9, rng.randint(1, 28)))
                notes = "récépissé de demande de titre de séjour (no MRZ)"
                stem = "recepisse"
            else:
                exp = D(rng.randint(2027, 2036), rng.randint(1, 12), rng.randint(1, 28))
                built = BI.b_permit(
                    P,
                    rng,
                    exp,
                    kind=opt.get("kind", "CARTE DE SEJOUR TEMPORAIRE"),
                    remark=opt.get("remark", ""),
                )
                stem = "titre_de_sejour"
        elif dtype == "birth_certificate":
            if country == "USA":
                P.update(state="Texas", county="Travis", hospital="Seton Medical Center")
            built = BC.b_birth(P, rng, D(2026, rng.randint(1, 9), rng.randint(1, 28)))
            stem = "acte_naissance"
            notes = "no apostille in this folder"
        elif dtype == "apostille":
            built = BC.b_apostille(P, rng, D(2026, rng.randint(1, 9), rng.randint(1, 28)))
            stem = "apostille"
        elif dtype == "translation":
            built = BC.b_translation(
                P,
                rng,
                D(2026, rng.randint(1, 9), rng.randint(1, 28)),
                opt["lang"],
                f"T-{rng.randint(1000, 9999)}",
            )
            stem = "traduction_assermentee"
        elif dtype == "utility_bill":
            y, m = 2026, rng.randint(7, 10)
            built = B.b_bill(
                hp.upper() if rng.random() < 0.5 else hp,
                hn,
                addr,
                opt["provider"],
                y,
                m,
                rng,
                screen=look == "screenshot",
            )
            if opt.get("quarter"):
                start, end = D(2026, 7, 1), D(2026, 9, 30)
                built[1].update(
                    period_start=start.isoformat(), period_end=end.isoformat(), month=None
                )
                b = built[1]
                built = (
                    home.bill_pages(
                        dict(
                            provider=b["provider"],
                            holder=hp,
                            holder_plain=hn,
                            address_lines=[addr[0], f"{addr[1]} {addr[2].upper()}"],
                            issue=D(2026, 10, 12),
                            start=start,
                            end=end,
                            amount=b["amount"],
                            number="EP" + str(rng.randint(10**7, 10**8)),
                            client_ref=str(rng.randint(10**6, 10**7)),
                        ),
                        rng,
                    ),
                    built[1],
                    "a4",
                )
                built[1]["issue_date"] = "2026-10-12"
                notes = "quarterly water bill"
            stem = (
                f"facture_{opt['provider'].split()[0].lower()}"
                if look != "screenshot"
                else f"Screenshot_2026{rng.randint(1001, 1130)}"
            )
        elif dtype == "lease":
            tp, tn = [hp], [hn]
            if opt.get("cotenant"):
                tp.append("Mme " + opt["cotenant"])
                tn.append(opt["cotenant"])
            built = B.b_lease(tp, tn, addr, D(2026, rng.randint(1, 10), 1), rng)
            stem = "bail"
        elif dtype == "hosting_attestation":
            H = person("FRA", rng)
            built = B.b_attestation(
                H,
                P,
                addr,
                D(2026, rng.randint(1, 8), rng.randint(1, 28)),
                as_of - dt.timedelta(days=rng.randint(3, 30)),
                rng,
                opt["hand"],
                signed=not opt.get("unsigned"),
                relation=rng.choice(["mon ami", "ma cousine", "mon beau-frère"]),
            )
            notes = ("handwritten" if opt["hand"] else "typed") + (
                "; not signed" if opt.get("unsigned") else ""
            )
            stem = "attestation_hebergement"
        elif dtype == "payslip":
            emp = EMPLOYERS[rng.randrange(len(EMPLOYERS))]
            built = B.b_payslip(
                P,
                emp,
                2026,
                rng.randint(8, 10),
                rng,
                rng.choice(JOBS),
                D(2025, rng.randint(1, 12), 1),
            )
            stem = "bulletin_salaire"
        elif dtype == "employment_contract":
            emp = EMPLOYERS[rng.randrange(len(EMPLOYERS))]
            built = B.b_contract(
                P,
                emp,
                rng,
                opt["ctype"],
                rng.choice(JOBS),
                D(2026, rng.randint(1, 10), 1),
                f"{addr[0]}, {addr[1]} {addr[2]}",
            )
            stem = "contrat_de_travail"
        elif dtype == "rib":
            if opt["bank"] in B.NEO:
                built = B.b_neobank(hn.upper(), opt["bank"], rng)
                notes = "non-French SEPA IBAN"
            else:
                built = B.b_rib(
                    [hp.upper(), addr[0].upper(), f"{addr[1]} {addr[2].upper()}"],
                    hn.upper(),
                    opt["bank"],
                    rng,
                )
            stem = "rib" if look != "screenshot" else f"Screenshot_2026{rng.randint(1001, 1130)}"
        elif dtype == "application_form":
            sit = ["salarie"] if rng.random() < 0.4 else ["sans_activite"]
            if opt.get("two"):
                sit = ["demandeur_emploi", "sans_activite"]
            contract = "CDI" if sit == ["salarie"] else None
            nir = (
                ids.nir(P["sex"], P["dob"], INSEE[country], rng)
                if country in INSEE and rng.random() < 0.5
                else None
            )
            built = B.b_form(
                P,
                rng,
                opt["run"],
                opt["mode"],
                sit,
                as_of - dt.timedelta(days=rng.randint(1, 20)),
                sig=opt.get("sig", "signed"),
                contract=contract,
                job=rng.choice(JOBS) if contract else None,
                nir=nir,
                date_style="words" if opt.get("words") else "slash",
                appearance=opt.get("ap", True),
            )
            notes = (
                f"{opt['mode']} form, print run {opt['run']}"
                + ("; only the printed word 'Signature' in the box" if opt.get("sig") else "")
                + ("; two situation boxes ticked" if opt.get("two") else "")
            )
            stem = (
                "demande_puma"
                if look != "phone_photo"
                else [f"IMG_{rng.randint(1000, 9999)}", f"IMG_{rng.randint(1000, 9999)}"]
            )
            if isinstance(stem, list):
                stem.sort(reverse=rng.random() < 0.5)
        else:
            if opt["what"] == "quittance":
                built = B.b_unknown_quittance(hp, addr, D(2026, 10, 1), rng)
                notes = "quittance de loyer (a rent receipt, not a lease)"
                stem = "quittance_octobre"
            else:
                built = B.b_unknown_insurance(hp, addr, D(2026, 3, 1), rng)
                notes = "attestation d'assurance habitation (not a proof accepted here)"
                stem = "assurance_habitation"
        W.add(dtype, look, built, stem, notes)
        who = P
        truth = dict(
            as_of=as_of.isoformat(),
            employed=None,
            status=None,
            requirements=None,
            defect=None,
            applicant=dict(
                surname=who["surname"],
                given_names=who["given"],
                date_of_birth=who["dob"].isoformat(),
            ),
            documents=W.docs,
        )
        (out / "documents" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2, default=str)
        )
        names.append(name)
    return names
