"""p03: Moldova, three successive Bbox bills, CDD, banking-app RIB screenshot."""

from __future__ import annotations

from datetime import date

import civil
import codes
import effects as fx
import form
import housing
import ids
import money
from kit import Packet, id_fields, iso, month_end, page_img, visa_fields


def p03(root):
    pk = Packet(root, "p03", 1303)
    as_of = date(2026, 11, 27)
    me = {
        "surname": "ȚURCANU",
        "given": "Mihaela",
        "dob": date(1997, 11, 3),
        "sex": "F",
        "nat": "MDA",
        "skin": (228, 196, 172),
        "pob_passport": "MOLDOVA",
        "pob": "Bălți",
    }
    addr = ["27 AV ROGER SALENGRO", "69100 VILLEURBANNE"]
    pp = {
        "header1": "REPUBLICA MOLDOVA / REPUBLIC OF MOLDOVA",
        "header2": "PAȘAPORT / PASSPORT",
        "code": "MDA",
        "number": "AB0941276",
        "nationality_text": "MOLDOVA",
        "issued": date(2022, 7, 14),
        "expiry": date(2032, 7, 13),
        "authority": "ASP",
        "tint": (190, 150, 150),
        "fmt": lambda d: d.strftime("%d %m %Y"),
        "labels": {
            "type": "Tipul/Type",
            "code": "Codul/Code",
            "number": "Nr. pașaportului/Passport No.",
            "surname": "Numele/Surname",
            "given": "Prenumele/Given names",
            "nationality": "Cetățenia/Nationality",
            "dob": "Data nașterii/Date of birth",
            "sex": "Sexul/Sex",
            "pob": "Locul nașterii/Place of birth",
            "issue": "Data eliberării/Issue",
            "authority": "Autoritatea/Authority",
            "expiry": "Valabil până la/Expiry",
        },
    }
    visa = {
        "sticker_no": "043918265",
        "mrz_no": "043918265",
        "from": date(2026, 3, 25),
        "until": date(2027, 3, 24),
        "days": "365",
        "place": "CHISINAU",
        "issued": date(2026, 3, 12),
        "passport_no": pp["number"],
        "remark1": "VLS-TS TRAVAILLEUR TEMPORAIRE",
        "remark2": "VALIDATION EN LIGNE DANS LES 3 MOIS - ANEF",
        "category": "TRAVAILLEUR TEMPORAIRE",
    }
    ppm = fx.dpi_ppm(200)
    pimg = fx.on_flatbed(
        ids.passport_page(me, pp, pk.rng("pp"), ppm), pk.rng("pp-bed"), ppm, at=(40, 30)
    )
    vimg = fx.on_flatbed(
        ids.visa_sticker(me, visa, pk.rng("visa"), ppm), pk.rng("v-bed"), ppm, at=(40, 30)
    )
    f = pk.image_pdf("passeport_visa.pdf", [pimg, vimg], "pp-scan", producer="Brother iPrint")
    pk.add(
        "passport",
        "image_pdf",
        [(f, [1])],
        id_fields(me, pp["number"], pp["expiry"], "MDA"),
        "Data page; the VIZ prints ȚURCANU with the comma below, the MRZ TURCANU.",
    )
    pk.add(
        "long_stay_visa",
        "image_pdf",
        [(f, [2])],
        visa_fields(me, visa),
        "Same scanner PDF, page 2.",
    )
    idnp12 = "200301284719"
    idnp = idnp12 + codes.check_digit(idnp12)
    bc = {
        "surname": me["surname"],
        "given": me["given"],
        "dob": me["dob"],
        "dob_words": "trei noiembrie una mie nouă sute nouăzeci și șapte",
        "series": "II-BL",
        "number": "0482915",
        "pob": "mun. Bălți, Republica Moldova",
        "idnp": idnp,
        "father": "ȚURCANU Vasile",
        "mother": "ȚURCANU Ana",
        "act_no": "1784",
        "act_date": date(1997, 11, 10),
        "office": "Oficiul stare civilă Bălți",
        "issued": date(2026, 1, 20),
        "chief": "Svetlana ROȘCA",
    }
    img = page_img(civil.moldova_certificate(bc, pk.rng("bc")), 200)
    f = pk.photo("IMG_20261105_091233.jpg", img, "bc-photo", rot=0)
    pk.add(
        "birth_certificate",
        "phone_photo",
        [(f, [1])],
        {
            "surname": me["surname"],
            "given_names": me["given"],
            "date_of_birth": iso(me["dob"]),
            "place_of_birth": "Bălți",
            "issuing_country": "MDA",
            "language": "ro",
            "has_apostille": True,
        },
        "Duplicate certificate issued 2026; apostille and sworn translation in the packet.",
    )
    ap = {
        "country_text": "Republica Moldova",
        "signed_by": "Svetlana ROȘCA",
        "capacity": "șef oficiu stare civilă",
        "seal_of": "Oficiul stare civilă Bălți",
        "at": "Chișinău",
        "issued_on": date(2026, 1, 28),
        "by": "Ministerul Justiției al Republicii Moldova",
        "number": "A-2026/03417",
        "signer": "Ion BOTNARU",
        "stamp_text": "MINISTERUL JUSTIȚIEI * REPUBLICA MOLDOVA*",
        "stamp_center": ["APOSTILA"],
        "fonts": ("dejavu", "dejavu-b"),
        "ink": (50, 40, 140),
    }
    img = page_img(civil.apostille(ap, pk.rng("ap"), "ro", page=False), 200)
    f = pk.photo("IMG_20261105_091301.jpg", img, "ap-photo", rot=270, fill=0.8)
    pk.add(
        "apostille",
        "phone_photo",
        [(f, [1])],
        {
            "country": "MDA",
            "issued_on": "2026-01-28",
            "number": ap["number"],
            "signed_by": "Svetlana ROȘCA",
        },
        "Apostille sheet attached to the certificate, photographed separately, rotated 270°.",
    )
    t = {
        "translator": "Elena Popescu-Martin",
        "translator_addr": "18 rue Tronchet, 69006 Lyon",
        "ref": "T-2026-0611",
        "series": "II-BL",
        "number": "0482915",
        "rows": [
            ("Nom de famille :", "ȚURCANU"),
            ("Prénom :", "MIHAELA"),
            ("Date de naissance :", "03.11.1997"),
            ("", "trois novembre mil neuf cent quatre-vingt-dix-sept"),
            ("Lieu de naissance :", "municipe de Bălți, République de Moldavie"),
            ("Code personnel (IDNP) :", idnp),
            ("Père :", "ȚURCANU Vasile"),
            ("Mère :", "ȚURCANU Ana"),
            ("Acte de naissance n° :", "1784 du 10.11.1997"),
            ("Lieu d'enregistrement :", "Office d'état civil de Bălți"),
            ("Date de délivrance :", "20.01.2026"),
        ],
        "apostille_no": "A-2026/03417",
        "apostille_date": "28.01.2026",
        "date": "6 février 2026",
    }
    img = page_img(civil.translation(t, pk.rng("tr")), 200)
    f = pk.image_pdf("traduction_acte_naissance.pdf", [img], "tr-scan")
    pk.add(
        "translation",
        "image_pdf",
        [(f, [1])],
        {
            "source_language": "ro",
            "target_language": "fr",
            "translator": t["translator"],
            "date": "2026-02-06",
            "translates": "birth_certificate",
        },
        "Traduction certifiée conforme by a sworn translator (Cour d'appel de Lyon).",
    )
    for i, m in enumerate((8, 9, 10)):
        start, end = date(2026, m, 1), month_end(2026, m)
        amt = (32.99, 32.99, 35.49)[i]
        b = {
            "holder": "MME MIHAELA TURCANU",
            "addr": addr,
            "client_id": "1.2048.377.51",
            "number": f"FB26{m:02d}0{4417208 + i * 311}",
            "issued": date(2026, m, 3),
            "due": date(2026, m, 10),
            "amount": amt,
            "period_start": start,
            "period_end": end,
            "line": "04 78 90 12 63",
        }
        pg = housing.bouygues_bill(b)
        fields = {
            "provider": "Bouygues Telecom",
            "service": "internet",
            "holder_name": "MIHAELA TURCANU",
            "address": "27 AV ROGER SALENGRO 69100 VILLEURBANNE",
            "issue_date": iso(b["issued"]),
            "period_start": iso(start),
            "period_end": iso(end),
            "amount": amt,
            "month": f"2026-{m:02d}",
        }
        if m < 10:
            f = pk.text_pdf(
                f"Facture_Bbox_{m:02d}_2026.pdf",
                [pg],
                title="Votre facture",
                author="Bouygues Telecom",
            )
            pk.add("utility_bill", "text_pdf", [(f, [1])], fields, "Bbox bill, monthly.")
        else:
            f = pk.photo("IMG_20261112_203311.jpg", page_img(pg, 200), "bill-photo", rot=90)
            pk.add(
                "utility_bill",
                "phone_photo",
                [(f, [1])],
                fields,
                "The October bill printed and photographed, rotated 90°.",
            )
    siret = codes.make_siret("79136420", "0015")
    assert codes.luhn_ok(siret)
    c = {
        "employer_text": f"La société CLINIQUE DU GRAND PARC SAS, au capital de 250 000 €, "
        f"SIRET {siret}, dont le siège est 12 rue du Dr Rollet, 69100 "
        "Villeurbanne, représentée par Mme Sandrine Chabert, DRH,",
        "employee_text": "Mme Mihaela ȚURCANU, née le 03/11/1997 à Bălți (Moldavie), de "
        "nationalité moldave, demeurant 27 avenue Roger Salengro, 69100 "
        "Villeurbanne, titulaire d'un VLS-TS « travailleur temporaire »,",
        "start": date(2026, 4, 6),
        "end": date(2027, 3, 19),
        "motive": "accroissement temporaire d'activité du service de soins de suite",
        "job": "agent de service hospitalier",
        "classification": "employée, coefficient 203",
        "boss": "la cadre de santé du service",
        "gross": 1823.03,
        "ccn": "convention collective nationale de l'hospitalisation privée du 18 avril 2002",
        "city": "Villeurbanne",
        "signed": date(2026, 4, 2),
        "signatory": "Sandrine Chabert",
        "employee": "Mihaela Turcanu",
        "stamp": [
            "CLINIQUE DU GRAND PARC",
            "12 rue du Dr Rollet 69100 Villeurbanne",
            f"SIRET {siret}",
        ],
    }
    f = pk.text_pdf(
        "Contrat_CDD_Turcanu.pdf",
        money.cdd_contract(c, pk.rng("cdd")),
        title="Contrat CDD",
        producer="Microsoft® Word pour Microsoft 365",
    )
    pk.add(
        "employment_contract",
        "text_pdf",
        [(f, [1, 2])],
        {
            "employer": "CLINIQUE DU GRAND PARC SAS",
            "employee_name": "Mihaela ȚURCANU",
            "contract_type": "CDD",
            "job_title": "agent de service hospitalier",
            "start_date": "2026-04-06",
        },
        "CDD, two pages, signatures drawn as vector ink.",
    )
    acct = ("40618", "80241", "00041375268")
    iban, _key = codes.fr_iban(*acct)
    r = {
        "holder": "MME MIHAELA TURCANU",
        "account_label": "Compte BoursoBank",
        "iban": iban,
        "bic": "BOUSFRPPXXX",
    }
    f = pk.png("Screenshot_20261114-101522.png", money.bourso_screenshot(r, pk.rng("rib")))
    pk.add(
        "rib",
        "screenshot",
        [(f, [1])],
        {
            "holder_name": "MME MIHAELA TURCANU",
            "iban": iban,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Banking-app 'Mon RIB' screen, 1170 x 2532.",
    )
    fm = {
        "surname": "ȚURCANU",
        "given": "Mihaela",
        "sex": "F",
        "dob": me["dob"],
        "pob_city": "Bălți",
        "pob_country": "Moldavie",
        "nationality": "Moldave",
        "address": "27 avenue Roger Salengro",
        "cp": "69100",
        "commune": "Villeurbanne",
        "phone": "07 81 33 05 62",
        "email": "mihaela.turcanu97@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Agent de service hospitalier",
        "place": "Villeurbanne",
        "date_text": "20/11/2026",
        "signed": True,
    }
    f = pk.text_pdf(
        "S1106_TURCANU_Mihaela.pdf",
        form.form_pages(fm, "A", "typed", pk.rng("form")),
        title="S1106",
        producer="Adobe Acrobat Reader (Remplir et signer)",
    )
    pk.add(
        "application_form",
        "text_pdf",
        [(f, [1, 2])],
        {
            "surname": "ȚURCANU",
            "usage_name": None,
            "given_names": "Mihaela",
            "date_of_birth": iso(me["dob"]),
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDD",
            "signed": True,
            "signed_on": "2026-11-20",
            "date_text": "20/11/2026",
            "place": "Villeurbanne",
            "nir": None,
        },
        "Filled on screen (print run A); signature drawn with a finger/stylus as vector "
        "ink strokes.",
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
