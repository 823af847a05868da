"""p02: Rwanda, tenant (lease), employed on a CDI."""

from __future__ import annotations

from datetime import date

import civil
import codes
import effects as fx
import form
import housing
import ids
import money
from kit import Packet, id_fields, iso, page_img


def p02(root):
    pk = Packet(root, "p02", 1202)
    as_of = date(2026, 11, 23)
    me = {
        "surname": "NSENGIYUMVA",
        "given": "Jean de Dieu",
        "dob": date(1990, 2, 21),
        "sex": "M",
        "nat": "RWA",
        "skin": (92, 62, 48),
        "pob_passport": "HUYE",
        "pob": "Huye",
    }
    addr = ["23 RUE DE MARSEILLE", "69007 LYON"]
    pp = {
        "header1": "EAST AFRICAN COMMUNITY — REPUBLIC OF RWANDA",
        "header2": "PASIPORO / PASSPORT / PASSEPORT",
        "code": "RWA",
        "number": "PC2846153",
        "nationality_text": "RWANDAN",
        "issued": date(2023, 5, 10),
        "expiry": date(2033, 5, 9),
        "authority": "DGIE KIGALI",
        "tint": (120, 170, 200),
        "paper": (232, 238, 236),
        "fmt": lambda d: f"{d.day:02d} {ids.MONTHS_EN[d.month - 1]} {d.year}",
        "labels": {
            "type": "Ubwoko/Type",
            "code": "Kode/Code",
            "number": "Nomero/Passport No",
            "surname": "Izina/Surname/Nom",
            "given": "Andi mazina/Given names/Prénoms",
            "nationality": "Ubwenegihugu/Nationality",
            "dob": "Itariki y'amavuko/Date of birth",
            "sex": "Igitsina/Sex",
            "pob": "Aho yavukiye/Place of birth",
            "issue": "Yatanzwe/Date of issue",
            "authority": "Uwayitanze/Authority",
            "expiry": "Izarangira/Date of expiry",
        },
    }
    ppm = fx.dpi_ppm(300)
    page = ids.passport_page(me, pp, pk.rng("pp"), ppm)
    bed = fx.on_flatbed(ids.booklet(page, pk.rng("pp-b")), pk.rng("pp-bed"), ppm, at=(10, 10))
    f = pk.scan_jpg("scan_passeport.jpg", bed, "pp-scan", 300, 88)
    pk.add(
        "passport",
        "scan",
        [(f, [1])],
        id_fields(me, pp["number"], pp["expiry"], "RWA"),
        "Flatbed scan at 300 dpi of the open booklet in the upper-left corner.",
    )
    ts = {
        "kind": "CARTE DE SEJOUR TEMPORAIRE",
        "mention": "SALARIÉ",
        "until": date(2027, 8, 19),
        "issued": date(2026, 8, 20),
        "number": "2AF381957",
        "issuer": "PRÉFECTURE DU RHÔNE",
        "address1": addr[0],
        "address2": addr[1],
        "remarks": "AUTORISE SON TITULAIRE À TRAVAILLER",
    }
    front, back = ids.titre_sejour(me, ts, pk.rng("ts"), 16)
    f1 = pk.photo("IMG_4471.jpg", front, "ts-1", rot=0, fill=0.7)
    f2 = pk.photo("IMG_4472.jpg", back, "ts-2", rot=180, fill=0.7)
    tf = id_fields(me, ts["number"], ts["until"], "FRA")
    tf.update({"permit_type": ts["kind"], "mention": "SALARIÉ"})
    pk.add(
        "residence_permit",
        "phone_photo",
        [(f1, [1]), (f2, [1])],
        tf,
        "Titre de séjour front and back; the back photo is upside down. TD1 MRZ on the back.",
    )
    bc = {
        "surname": me["surname"],
        "given": me["given"],
        "dob": me["dob"],
        "cert_no": "BC-2026-0418837",
        "pob": "Kabutare Hospital, Huye",
        "district": "Huye, Southern Province",
        "father": "HABIMANA Théoneste",
        "mother": "MUKAMANA Speciose",
        "nid": "1199080048213047",
        "record_no": "HUY/NGO/1990/0217",
        "issued_at": "Huye District",
        "issued_on": date(2026, 2, 16),
        "registrar": "MUKAMANA Solange",
    }
    f = pk.text_pdf(
        "Birth_certificate_Irembo.pdf",
        [civil.rwanda_certificate(bc, pk.rng("bc"))],
        title="Birth Certificate",
        producer="IremboGov",
    )
    pk.add(
        "birth_certificate",
        "text_pdf",
        [(f, [1])],
        {
            "surname": me["surname"],
            "given_names": me["given"],
            "date_of_birth": iso(me["dob"]),
            "place_of_birth": "Huye",
            "issuing_country": "RWA",
            "language": "rw/en/fr",
            "has_apostille": True,
        },
        "Trilingual (Kinyarwanda, English, French) Irembo certificate; the QR block is "
        "decorative. Apostille in apostille_rwanda.pdf.",
    )
    ap = {
        "country_text": "Republic of Rwanda",
        "signed_by": "MUKAMANA Solange",
        "capacity": "Civil Registrar",
        "seal_of": "Huye District",
        "at": "Kigali",
        "issued_on": date(2026, 2, 23),
        "by": "Ministry of Foreign Affairs and International Cooperation",
        "number": "APO/2026/018842",
        "signer": "NKURUNZIZA Eric",
        "stamp_text": "MINAFFET * REPUBLIC OF RWANDA*",
        "stamp_center": ["KIGALI"],
        "fonts": ("open", "open-b"),
        "footer": "This Apostille only certifies the authenticity of the signature and the "
        "capacity of the person who has signed the public document.",
    }
    f = pk.text_pdf(
        "apostille_rwanda.pdf",
        [civil.apostille(ap, pk.rng("ap"))],
        title="Apostille",
        producer="IremboGov",
    )
    pk.add(
        "apostille",
        "text_pdf",
        [(f, [1])],
        {
            "country": "RWA",
            "issued_on": "2026-02-23",
            "number": ap["number"],
            "signed_by": "MUKAMANA Solange",
        },
        "signed_by is item 2 (the civil registrar whose signature is certified).",
    )
    L = {
        "landlord": "Gérard VIAL",
        "city": "Lyon",
        "signed": date(2024, 6, 24),
        "start": date(2024, 7, 1),
        "copies": "trois",
        "landlord_text": "SCI LES BERGES DU RHÔNE, 4 quai Claude Bernard 69007 Lyon, "
        "représentée par M. Gérard VIAL, gérant.",
        "tenants_text": "M. Jean de Dieu NSENGIYUMVA, né le 21/02/1990 à Huye (Rwanda), et "
        "Mme Aline UMUTONI, née le 03/09/1992 à Kigali (Rwanda).",
        "tenants": ["Jean de Dieu NSENGIYUMVA", "Aline UMUTONI"],
        "address": "23 rue de Marseille, 3e étage gauche, 69007 Lyon",
        "description": "Appartement de type T2, surface habitable 46 m², cave n° 7, "
        "chauffage individuel électrique.",
        "duration": "trois ans à compter de la date de prise d'effet, renouvelable dans les "
        "conditions de l'article 10 de la loi du 6 juillet 1989.",
        "rent": 780.0,
        "charges": 60.0,
        "deposit": 780.0,
    }
    imgs = [page_img(p, 200) for p in housing.lease_pages(L, pk.rng("lease"))]
    f = pk.image_pdf("bail.pdf", imgs, "lease-scan", producer="EPSON Scan")
    pk.add(
        "lease",
        "image_pdf",
        [(f, [1, 2, 3])],
        {
            "tenant_names": ["Jean de Dieu NSENGIYUMVA", "Aline UMUTONI"],
            "landlord": "SCI LES BERGES DU RHÔNE",
            "address": "23 rue de Marseille, 3e étage gauche, 69007 Lyon",
            "start_date": "2024-07-01",
        },
        "Unfurnished lease (loi 1989) scanned to a 3-page PDF; wet signatures.",
    )
    siret = codes.make_siret("48213795", "0002")
    assert codes.luhn_ok(siret) and codes.luhn_ok(siret[:9])
    gross = 2150.00
    nbt = round(gross * 0.78, 2)
    net = round(nbt * (1 - 0.023), 2)
    s = {
        "employer": "RHÔNE LOGISTIQUE SERVICES SAS",
        "employer_addr": ["ZI de la Mouche, 12 rue Marcel Mérieux", "69007 Lyon"],
        "siret": siret,
        "ape": "5210B",
        "urssaf": "Rhône-Alpes 827 000 004 513",
        "employee": "M. Jean de Dieu NSENGIYUMVA",
        "employee_addr": addr,
        "job": "Préparateur de commandes",
        "coef": "N2 - 150",
        "hired": date(2026, 9, 1),
        "ccn": "Transports routiers (IDCC 16)",
        "nir_text": "en cours d'immatriculation",
        "start": date(2026, 10, 1),
        "end": date(2026, 10, 31),
        "hours": 151.67,
        "gross": gross,
        "net_before_tax": nbt,
        "net": net,
        "pas_rate": "2,3",
        "paid": date(2026, 10, 30),
    }
    f = pk.text_pdf(
        "Bulletin_paie_2026_10.pdf", [money.payslip(s)], title="Bulletin de paie", producer="Silae"
    )
    pk.add(
        "payslip",
        "text_pdf",
        [(f, [1])],
        {
            "employer": s["employer"],
            "employee_name": "Jean de Dieu NSENGIYUMVA",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "Bulletin de paie clarifié for October 2026, CDI since 01/09/2026.",
    )
    acct = ("30003", "01870", "00050847319")
    iban, key = codes.fr_iban(*acct)
    r = {
        "style": "sg",
        "bank": acct[0],
        "branch": acct[1],
        "account": acct[2],
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "holder_lines": ["M NSENGIYUMVA JEAN DE DIEU", *addr],
        "branch_lines": ["SG LYON JEAN MACE", "2 PLACE JEAN MACE", "69007 LYON"],
        "footer": "Société Générale, SA au capital de 1 000 395 971,25 € — 552 120 222 RCS "
        "Paris — Siège social : 29 bd Haussmann 75009 Paris",
    }
    f = pk.text_pdf("RIB_SG.pdf", [money.rib_pdf(r)], title="Relevé d'identité bancaire")
    pk.add(
        "rib",
        "text_pdf",
        [(f, [1])],
        {
            "holder_name": "M NSENGIYUMVA JEAN DE DIEU",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    fm = {
        "surname": me["surname"],
        "given": me["given"],
        "sex": "M",
        "dob": me["dob"],
        "pob_city": "Huye",
        "pob_country": "Rwanda",
        "nationality": "Rwandaise",
        "address": "23 rue de Marseille",
        "cp": "69007",
        "commune": "Lyon",
        "phone": "06 52 18 77 40",
        "email": "jdd.nsengiyumva@outlook.fr",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Préparateur de commandes",
        "place": "Lyon",
        "date_text": "16/11/2026",
        "signed": True,
    }
    pages = form.form_pages(fm, "A", "typed", pk.rng("form"))
    f = pk.image_pdf(
        "formulaire_S1106.pdf",
        [page_img(p, 200) for p in pages],
        "form-scan",
        quality=75,
        producer="HP Smart",
    )
    pk.add(
        "application_form",
        "image_pdf",
        [(f, [1, 2])],
        {
            "surname": me["surname"],
            "usage_name": None,
            "given_names": me["given"],
            "date_of_birth": iso(me["dob"]),
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDI",
            "signed": True,
            "signed_on": "2026-11-16",
            "date_text": "16/11/2026",
            "place": "Lyon",
            "nir": None,
        },
        "Typed on screen (print run A), printed, signed by hand, scanned.",
    )
    req = dict.fromkeys(
        [
            "application_form",
            "identity",
            "residence_status",
            "birth_certificate",
            "residence_proof",
            "bank_details",
            "employment",
        ],
        "complete",
    )
    return pk.truth(
        as_of,
        True,
        req,
        None,
        {"surname": me["surname"], "given_names": me["given"], "date_of_birth": iso(me["dob"])},
    )
