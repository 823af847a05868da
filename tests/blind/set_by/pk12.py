"""Packets p01 (Afghanistan, employed, lease) and p02 (Syria, hosted by his wife)."""

import forms
import french
import papers
from checks import iban_fr, siret
from ids import card, fr_date, recepisse
from kit import MONTHS, bill_fields, form_fields, id_fields, passport_doc, rib_fields, visa_doc
from render import FONTS  # noqa: F401

HW_CURSIVE = {"font": "ecolier", "size": 17, "ink": "blue"}


def p01(k):
    as_of = "2026-11-18"
    sur, giv, dob = "NOORI", "FARZANA", "1994-03-21"
    addr, cp, city = "14 rue Paul Bert, Appt 23", "69003", "Lyon"
    full_addr = f"{addr}, {cp} {city}"
    pp = {
        "code": "AFG",
        "head": "ISLAMIC EMIRATE OF AFGHANISTAN",
        "head2": "PASSPORT",
        "number": "P04417823",
        "surname": sur,
        "given": giv,
        "dob": dob,
        "sex": "F",
        "nat_txt": "AFGHAN",
        "pob": "HERAT",
        "issued": "2023-06-12",
        "expiry": "2028-06-11",
        "authority": "MOI KABUL",
        "paper": (0.93, 0.94, 0.9),
        "lines": (0.75, 0.85, 0.78),
        "ink": (0.1, 0.35, 0.2),
        "veil": True,
        "lab_no": "Passport No.",
        "lab_sur": "Surname",
        "lab_giv": "Given Names",
        "lab_nat": "Nationality",
        "lab_dob": "Date of Birth",
        "lab_sex": "Sex",
        "lab_pob": "Place of Birth",
        "lab_iss": "Date of Issue",
        "lab_exp": "Date of Expiry",
        "lab_auth": "Authority",
    }
    passport_doc(
        k,
        pp,
        "IMG_20261103_184512.jpg",
        "phone_photo",
        rot=90,
        notes="Photo rotated 90 degrees counter-clockwise.",
    )
    v = {
        "number": "022481753",
        "from": "2026-01-20",
        "until": "2027-01-19",
        "days": "365",
        "issued_in": "ISLAMABAD",
        "issued": "2025-12-29",
        "passport_no": pp["number"],
        "surname": sur,
        "given": giv,
        "nat": "AFG",
        "dob": dob,
        "sex": "F",
        "veil": True,
        "remark": "VLS-TS SALARIÉ",
        "remark2": "DISPENSE TEMPORAIRE DE CARTE DE SÉJOUR",
        "category": "salarié",
    }
    visa_doc(k, v, "visa.jpg", "scan")
    b = {
        "cert_no": "HRT-1373-004812",
        "given": "Farzana",
        "surname": "Noori",
        "father": "Abdul Wahid",
        "mother": "Gulalai",
        "sex_txt": "Female",
        "dob_txt": "21/03/1994 (01/01/1373)",
        "pob": "Herat, Afghanistan",
        "reg": "2019-05-07",
        "issued": "2025-08-04",
        "leg1": "2025-08-11",
        "leg1_no": "MFA-25-33107",
        "leg2_who": "Ambassade de France au Pakistan, section consulaire, Islamabad.",
        "leg2_city": "Islamabad",
        "leg2": "2025-09-02",
        "leg2_no": "LEG-2025-1184",
    }
    f = k.emit(papers.birth_afg(b, k.rng), "acte_naissance.png", "scan", dpi=150)
    k.add(
        f,
        "birth_certificate",
        "scan",
        {
            "surname": "Noori",
            "given_names": "Farzana",
            "date_of_birth": dob,
            "place_of_birth": "Herat, Afghanistan",
            "issuing_country": "AFG",
            "language": "en",
            "has_apostille": False,
        },
        "Bilingual Dari/English certificate; legalised by the Afghan MFA and the French "
        "embassy in Islamabad (Afghanistan is not a party to the Apostille Convention).",
    )
    L = {
        "landlord": "M. Bernard Chapuis",
        "landlord_addr": "3 quai Saint-Vincent, 69001 Lyon",
        "tenants_print": ["Mme Farzana NOORI"],
        "address": full_addr,
        "surface": "38",
        "rooms": "2",
        "start": "2026-04-01",
        "rent": 640.0,
        "charges": 55.0,
        "city": "Lyon",
        "signed": "2026-03-24",
    }
    f = k.emit(french.lease(L, k.rng), "bail_appartement.pdf", "image_pdf")
    k.add(
        f,
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Farzana NOORI"],
            "landlord": "Bernard Chapuis",
            "address": full_addr,
            "start_date": L["start"],
        },
    )
    st = siret("81294730", "0002")
    emp = "Résidence Les Tilleuls SAS"
    kc = {
        "employer": emp,
        "form": "société par actions simplifiée",
        "capital": "150 000",
        "emp_addr": "22 avenue Berthelot, 69007 Lyon",
        "siret": st,
        "rep": "Mme Hélène Garnier",
        "rep_q": "directrice",
        "employee": "Mme Farzana NOORI",
        "dob": dob,
        "pob": "Herat (Afghanistan)",
        "nat": "afghane",
        "addr": full_addr,
        "start": "2026-02-16",
        "ccn": "FEHAP du 31 octobre 1951",
        "job": "aide-soignante",
        "classif": "coefficient 383, statut employée",
        "gross": 2010.0,
        "place": "EHPAD Les Tilleuls, 22 avenue Berthelot, 69007 Lyon",
        "city": "Lyon",
        "signed": "2026-02-10",
    }
    f = k.emit(french.contract(kc, k.rng), "contrat_travail.pdf", "image_pdf")
    k.add(
        f,
        "employment_contract",
        "image_pdf",
        {
            "employer": emp,
            "employee_name": "Farzana NOORI",
            "contract_type": "CDI",
            "job_title": "aide-soignante",
            "start_date": kc["start"],
        },
    )
    ps = {
        "employer": emp,
        "emp_addr": ["22 avenue Berthelot", "69007 Lyon"],
        "siret": st,
        "naf": "8710A",
        "urssaf": "Rhône-Alpes 827000001234",
        "employee": "Mme NOORI Farzana",
        "ee_addr": [addr, f"{cp} {city}"],
        "job": "Aide-soignante",
        "status": "Employée",
        "entry": "2026-02-16",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "gross": 2010.0,
        "pas_rate": 0.0,
        "paid": "2026-10-30",
    }
    pdf, net, _ = french.payslip(ps, k.rng)
    f = k.emit(pdf, "bulletin_octobre_2026.pdf", "text_pdf")
    k.add(
        f,
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "NOORI Farzana",
            "period": "2026-10",
            "net_pay": net,
            "siret": st,
        },
    )
    iban, _ = iban_fr("30004", "00812", "00010473625")
    r = {
        "bank": "BNP PARIBAS",
        "tagline": "La banque d'un monde qui change",
        "color": (0.0, 0.52, 0.36),
        "holder": "MME FARZANA NOORI",
        "holder_addr": [addr.upper(), f"{cp} {city.upper()}"],
        "agency": ["BNP PARIBAS LYON GUILLOTIERE", "8 PLACE GABRIEL PERI", "69007 LYON"],
        "iban": iban,
        "bic": "BNPAFRPPXXX",
        "legal": "BNP Paribas SA au capital de 2 261 621 342 € — 662 042 449 RCS Paris — "
        "ORIAS 07 022 735",
    }
    f = k.emit(french.rib(r, k.rng), "RIB_BNP.pdf", "text_pdf")
    k.add(f, "rib", "text_pdf", rib_fields("MME FARZANA NOORI", iban, "BNPAFRPPXXX", "BNP Paribas"))
    d = {
        "surname": sur,
        "usage": "",
        "given": giv,
        "sex": "F",
        "dob": "21031994",
        "pob": "Herat",
        "country": "Afghanistan",
        "nat": "afghane",
        "addr": addr,
        "cp": cp,
        "city": city,
        "tel": "07 58 21 44 90",
        "mail": "farzana.noori94@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "aide-soignante",
        "place": "Lyon",
        "date_text": "09/11/2026",
    }
    pdf = forms.make_form(d, k.rng, run=0, hw=HW_CURSIVE)
    f = k.emit(pdf, "formulaire_cpam.pdf", "image_pdf")
    k.add(
        f,
        "application_form",
        "image_pdf",
        form_fields(d, dob, "employed", "2026-11-09"),
        "Hand-filled in cursive (print run 0), signed, dated 09/11/2026.",
    )
    reqs = dict.fromkeys(
        (
            "application_form",
            "identity",
            "residence_status",
            "birth_certificate",
            "residence_proof",
            "bank_details",
            "employment",
        ),
        "complete",
    )
    k.truth(as_of, True, reqs, None, {"surname": sur, "given_names": giv, "date_of_birth": dob})


def p02(k):
    as_of = "2026-11-24"
    sur, giv, dob = "AL HASSAN", "RAMI", "1989-08-02"
    addr, cp, city = "8 rue des Panoyaux", "75020", "Paris"
    full_addr = f"{addr}, {cp} {city}"
    pp = {
        "code": "SYR",
        "head": "SYRIAN ARAB REPUBLIC",
        "head2": "PASSPORT",
        "number": "014582219",
        "surname": sur,
        "given": giv,
        "dob": dob,
        "sex": "M",
        "nat_txt": "SYRIAN",
        "pob": "ALEPPO",
        "issued": "2021-09-14",
        "expiry": "2027-09-13",
        "authority": "IMMIGRATION & PASSPORTS",
        "paper": (0.95, 0.92, 0.88),
        "lines": (0.88, 0.78, 0.75),
        "ink": (0.45, 0.1, 0.15),
        "lab_no": "Passport No.",
        "lab_sur": "Surname / اللقب",
        "lab_giv": "Name / الاسم",
        "lab_nat": "Nationality",
        "lab_dob": "Date of Birth",
        "lab_sex": "Sex",
        "lab_pob": "Place of Birth",
        "lab_iss": "Date of Issue",
        "lab_exp": "Date of Expiry",
        "lab_auth": "Authority",
    }
    passport_doc(k, pp, "scan_passeport.jpg", "scan")
    r = {
        "prefecture": "PRÉFECTURE DE POLICE DE PARIS",
        "right": "(il autorise son titulaire à travailler)",
        "number": "7503284516",
        "surname": sur,
        "given": "Rami",
        "sex": "M",
        "dob": dob,
        "pob": "Alep (Syrie)",
        "nat_txt": "SYRIENNE",
        "address": full_addr,
        "motif": "Vie privée et familiale — conjoint de Français",
        "from": "2026-09-01",
        "expiry": "2027-02-28",
        "city": "Paris",
        "note": "Première demande.",
    }
    f = k.emit(recepisse(r, k.rng), "IMG_4471.jpg", "phone_photo", dpi=250)
    k.add(
        f,
        "residence_permit",
        "phone_photo",
        id_fields(sur, "Rami", r["number"], "SYR", "FRA", dob, "M", r["expiry"], mrz=False),
        "Récépissé de demande de carte de séjour (no MRZ); valid 01/09/2026-28/02/2027.",
    )
    b = {
        "cert_no": "2025/118734",
        "leg1": "2025-10-06",
        "leg1_no": "DM-41877",
        "leg2_who": "Ambassade de France au Liban, section consulaire, Beyrouth (affaires "
        "syriennes).",
        "leg2_city": "Beyrouth",
        "leg2": "2025-10-21",
        "leg2_no": "BEY-2025-532",
        "rows_ar": [
            ("الاسم", "رامي"),
            ("الشهرة", "الحسن"),
            ("اسم الأب", "محمود"),
            ("اسم الأم", "سعاد"),
            ("مكان الولادة", "حلب"),
            ("تاريخ الولادة", "1989/08/02"),
            ("الجنس", "ذكر"),
            ("القيد", "حلب - الجديدة 214"),
        ],
    }
    f = k.emit(
        papers.birth_syr(b, k.rng), "acte_naissance_photo.jpg", "phone_photo", dpi=250, rot=270
    )
    k.add(
        f,
        "birth_certificate",
        "phone_photo",
        {
            "surname": "الحسن",
            "given_names": "رامي",
            "date_of_birth": dob,
            "place_of_birth": "حلب",
            "issuing_country": "SYR",
            "language": "ar",
            "has_apostille": False,
        },
        "Syrian civil-register extract in Arabic (AL HASSAN / RAMI, Aleppo), legalised by "
        "the Syrian MFA and the French consulate in Beirut (Syria is not a party to the "
        "Apostille Convention). Photo rotated 270 degrees counter-clockwise.",
    )
    t = {
        "translator": "Nadia Khoury",
        "court": "Paris",
        "no": "2025-0917",
        "taddr": "41 rue de Clichy, 75009 Paris",
        "date": "2025-11-04",
        "rows": [
            ("Nom", "AL HASSAN"),
            ("Prénom", "Rami"),
            ("Nom du père", "Mahmoud"),
            ("Nom de la mère", "Souad"),
            ("Lieu de naissance", "Alep"),
            ("Date de naissance", "02/08/1989"),
            ("Sexe", "Masculin"),
            ("Registre", "Alep — Al-Jadida 214"),
        ],
    }
    f = k.emit(papers.translation(t, k.rng), "traduction_acte.pdf", "image_pdf")
    k.add(
        f,
        "translation",
        "image_pdf",
        {},
        "Sworn translation (Arabic to French) of the birth certificate: AL HASSAN Rami, "
        "born 02/08/1989 in Aleppo.",
    )
    host, host_dob = "Claire DUMONT", "1990-01-17"
    kc = {
        "kind": "cni",
        "surname": "DUMONT",
        "given": "CLAIRE, MARIE",
        "sex": "F",
        "dob": host_dob,
        "pob": "NANTES (44)",
        "number": "X4RTBN7C2",
        "expiry": "2031-05-03",
        "nat": "FRA",
        "address": f"{addr.upper()} {cp} {city.upper()}",
    }
    pdf, lines = card(kc, k.rng)
    f = k.emit(pdf, "cni_claire_recto_verso.jpg", "scan", card=True)
    k.add(
        f,
        "national_id",
        "scan",
        id_fields(
            "DUMONT", "CLAIRE MARIE", kc["number"], "FRA", "FRA", host_dob, "F", kc["expiry"]
        ),
        "Host's (wife's) French identity card, front and back on one page. TD1: "
        + " / ".join(lines),
    )
    a = {
        "host_name": host,
        "host_addr1": addr,
        "host_addr2": f"{cp} {city}",
        "host_dob": fr_date(host_dob),
        "host_pob": "Nantes",
        "hosted_name": "Rami AL HASSAN",
        "hosted_dob": fr_date(dob),
        "hosted_pob": "Alep (Syrie)",
        "since": "15/03/2026",
        "city": "Paris",
        "signed_txt": "12/11/2026",
    }
    f = k.emit(french.attestation_hand(a, k.rng), "attestation_hebergement.jpg", "scan", dpi=200)
    k.add(
        f,
        "hosting_attestation",
        "scan",
        {
            "host_name": host,
            "hosted_name": "Rami AL HASSAN",
            "address": full_addr,
            "since_date": "2026-03-15",
            "signed_on": "2026-11-12",
            "signed": True,
        },
        "Handwritten by the host (his wife), signed.",
    )
    for i, (st, en) in enumerate(MONTHS):
        issue = ["2026-09-02", "2026-10-02", "2026-11-02"][i]
        bb = {
            "style": "free",
            "company": "Free SAS — 16 rue de la Ville-l'Évêque, 75008 Paris",
            "holder_print": "Mme Claire Dumont",
            "address_lines": [addr, f"{cp} {city}"],
            "issue": issue,
            "no": f"FF{2610438 + i * 9917}",
            "client": "fbx48210973",
            "start": st,
            "end": en,
            "offer": "Freebox Pop",
            "amount": [29.99, 31.49, 29.99][i],
            "extra": [0.0, 1.5, 0.0][i],
            "debit": issue[:8] + "10",
            "masked": "FR76 **** **** **** 4127",
            "address": full_addr,
            "legal": "Free SAS au capital de 3 441 812 € — RCS Paris 421 938 861",
        }
        f = k.emit(french.bill(bb, k.rng), f"Facture_Free_{st[:7]}.pdf", "text_pdf")
        k.add(
            f,
            "utility_bill",
            "text_pdf",
            bill_fields("Free", "Claire Dumont", full_addr, bb),
            "Host's bill.",
        )
    iban, _ = iban_fr("20041", "00001", "0631942K020")
    rr = {
        "bank": "LA BANQUE POSTALE",
        "tagline": "Centre financier de Paris",
        "color": (0.0, 0.2, 0.45),
        "holder": "M RAMI AL HASSAN",
        "holder_addr": [addr.upper(), f"{cp} {city.upper()}"],
        "agency": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS", "75900 PARIS CEDEX 15"],
        "iban": iban,
        "bic": "PSSTFRPPPAR",
        "legal": "La Banque Postale — SA à directoire et conseil de surveillance — 421 100 645 "
        "RCS Paris",
    }
    f = k.emit(french.rib(rr, k.rng), "rib_scan.jpg", "scan", dpi=200)
    k.add(
        f, "rib", "scan", rib_fields("M RAMI AL HASSAN", iban, "PSSTFRPPPAR", "La Banque Postale")
    )
    d = {
        "surname": sur,
        "usage": "",
        "given": "Rami",
        "sex": "M",
        "dob": "02081989",
        "pob": "Alep",
        "country": "Syrie",
        "nat": "syrienne",
        "addr": addr,
        "cp": cp,
        "city": city,
        "tel": "06 44 18 72 05",
        "mail": "rami.alhassan@outlook.fr",
        "situation": "sans_activite",
        "place": "Paris",
        "date_text": "16/11/2026",
    }
    pdf = forms.make_form(
        d, k.rng, run=1, hw=None, date_hw={"font": "dkgi", "size": 12, "ink": "black"}
    )
    f = k.emit(pdf, "scan_0012.jpg", "scan", dpi=200)
    k.add(
        f,
        "application_form",
        "scan",
        form_fields(d, dob, "not_employed", "2026-11-16"),
        "Typed (print run 1), place and date written by hand, signed; situation 'sans activité'.",
    )
    reqs = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "complete",
        "bank_details": "complete",
        "employment": "not_applicable",
    }
    k.truth(as_of, False, reqs, None, {"surname": sur, "given_names": giv, "date_of_birth": dob})
