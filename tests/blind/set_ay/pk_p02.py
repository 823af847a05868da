"""Packet p02: Cameroon, employed (CDD contract), three successive SFR bills, Wise."""

from __future__ import annotations

import births
import codes
import forms
import ids
import money
from kit import INK_BLUE, raster
from out import Packet, fr
from pk_common import REQ_OK, _pp_fields, _visa, _visa_fields


def p02(root: str):
    pk = Packet(root, "p02", 202)
    as_of = "2026-11-24"
    sur, given, dob = "NGO NJOCK", "ESTELLE MARLYSE", "1993-08-22"
    addr = ["14 rue Gambetta, Appt 22", "59000 LILLE"]
    num, exp = "AA1578093", "2029-02-07"
    mrz = codes.td3("CMR", sur, given, num, "CMR", dob, "F", exp)
    pp = ids.passport(
        {
            "paper": (232, 236, 226),
            "tint": (160, 190, 160),
            "ink": (20, 80, 40),
            "header": ["RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON", "PASSEPORT - PASSPORT"],
            "labels": {
                "type": "Type",
                "code": "Code du pays / Country code",
                "number": "Passeport N° / Passport No",
                "surname": "Nom / Surname",
                "given": "Prénoms / Given names",
                "nationality": "Nationalité / Nationality",
                "sex": "Sexe / Sex",
                "dob": "Date de naissance / Date of birth",
                "pob": "Lieu de naissance / Place of birth",
                "issue": "Date de délivrance / Date of issue",
                "authority": "Autorité / Authority",
                "expiry": "Date d'expiration / Date of expiry",
            },
            "values": {
                "type": "P",
                "code": "CMR",
                "number": num,
                "surname": sur,
                "given": given,
                "nationality": "CAMEROUNAISE",
                "sex": "F",
                "dob": ids.d_icao(dob),
                "pob": "DOUALA",
                "issue": ids.d_icao("2024-02-08"),
                "authority": "DGSN",
                "expiry": ids.d_icao(exp),
            },
            "sex": "F",
            "mrz": mrz,
        },
        pk.rng(),
    )
    pk.photo("IMG_20261102_184512.jpg", ids.booklet(pp, pk.rng()), rot=90, cover=0.7)
    pk.doc(
        [("IMG_20261102_184512.jpg", [1])],
        "passport",
        "phone_photo",
        _pp_fields(sur, given, num, "CMR", dob, "F", exp),
        "Open booklet photographed on a table, image rotated 90 degrees.",
    )
    visa = {
        "number": "041907326",
        "surname": sur,
        "given": given,
        "nat": "CMR",
        "dob": dob,
        "sex": "F",
        "from": "2026-04-15",
        "until": "2027-04-14",
        "days": "365",
        "place": "YAOUNDE",
        "issued": "2026-03-30",
        "passport": num,
        "remarks": ["VLS-TS TRAVAILLEUR TEMPORAIRE", "A VALIDER EN LIGNE DES L'ARRIVEE"],
    }
    pk.photo("IMG_20261102_184540.jpg", raster(_visa(pk, visa), 300), cover=0.75)
    pk.doc(
        [("IMG_20261102_184540.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        _visa_fields(visa, "TRAVAILLEUR TEMPORAIRE"),
    )
    bc = births.cameroon(
        {
            "region": "Littoral",
            "dept": "Wouri",
            "arr": "Douala IIIe",
            "arr_en": "Douala IIIrd",
            "centre": "Douala IIIe (centre principal)",
            "act_no": "1993/0874",
            "surname": "NGO NJOCK",
            "given": "Estelle Marlyse",
            "dob_words": "vingt-deux août mil neuf cent quatre-vingt-treize",
            "pob": "Hôpital Laquintinie, Douala",
            "sex": "Féminin",
            "father": "NJOCK Jean-Pierre",
            "father_pob": "Eséka",
            "father_res": "Douala",
            "father_job": "Enseignant",
            "mother": "BIYONG Marthe Solange",
            "mother_pob": "Édéa",
            "mother_res": "Douala",
            "mother_job": "Commerçante",
            "drawn": "trente août mil neuf cent quatre-vingt-treize",
            "declarant": "NJOCK Jean-Pierre, père de l'enfant",
            "officer": "EKWALLA Samuel",
            "secretary": "MBARGA Thérèse",
            "copy_place": "Douala",
            "copy_date": "15/06/2026",
        },
        pk.rng(),
    )
    pk.photo("IMG_20261102_185003.jpg", bc, rot=270, cover=0.86)
    pk.doc(
        [("IMG_20261102_185003.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "NGO NJOCK",
            "given_names": "Estelle Marlyse",
            "date_of_birth": dob,
            "place_of_birth": "Douala",
            "issuing_country": "CMR",
            "language": "fr+en",
            "has_apostille": False,
        },
        "Bilingual printed form filled by hand, certified copy of 15/06/2026. Cameroon: "
        "dispensed from legalisation (Franco-Cameroonian judicial cooperation agreement of "
        "21 February 1974); photo rotated 270 degrees.",
    )
    # three SFR bills, August to October 2026
    holder = "MME NGO NJOCK ESTELLE"
    for k, (m, last, issue, amt) in enumerate(
        [
            ("08", "31", "2026-08-03", 38.99),
            ("09", "30", "2026-09-03", 38.99),
            ("10", "31", "2026-10-03", 43.98),
        ]
    ):
        lines = [("Abonnement SFR Box 8 Fibre", "38,99 €")]
        if m == "10":
            lines.append(("Option SFR Ciné Séries (1er mois)", "4,99 €"))
        bill = money.sfr_bill(
            {
                "issue_fr": fr(issue),
                "number": f"SFR2026{m}04817{k + 3}",
                "account": "4821039957",
                "line": "03 20 48 17 36",
                "holder": holder,
                "address": addr,
                "amount": amt,
                "debit_fr": f"12/{m}/2026",
                "from_fr": f"01/{m}/2026",
                "to_fr": f"{last}/{m}/2026",
                "lines": lines,
            }
        )
        fn = f"Facture_SFR_2026{m}.pdf"
        pk.text_pdf(fn, [bill], f"Facture SFR {m}/2026", "SFR")
        pk.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "SFR",
                "service": "internet",
                "holder_name": holder,
                "address": "14 rue Gambetta, Appt 22, 59000 Lille",
                "issue_date": issue,
                "period_start": f"2026-{m}-01",
                "period_end": f"2026-{m}-{last}",
                "month": f"2026-{m}",
                "amount": amt,
            },
        )
    # Wise EUR account details (Belgian IBAN)
    iban = codes.be_iban("967", "3184520")
    pk.screenshot(
        "Screenshot_20261103-092211.png",
        money.wise_screen(
            {
                "clock": "09:22",
                "holder": "Estelle Marlyse Ngo Njock",
                "iban": iban,
                "bic": "TRWIBEB1XXX",
                "bank_addr": ["Wise", "Rue du Trône 100, 3rd floor", "Brussels 1050, Belgium"],
            }
        ),
    )
    pk.doc(
        [("Screenshot_20261103-092211.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Estelle Marlyse Ngo Njock",
            "iban": iban,
            "bic": "TRWIBEB1XXX",
            "bank_name": "Wise",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Wise app EUR account details: Belgian SEPA IBAN (acceptable, information only).",
    )
    # CDD contract
    siren, siret = codes.siret("51293468", "00017")
    emp = "SAS RÉSIDENCE LES GLYCINES"
    body1 = [
        (
            "",
            f"Entre les soussignés : {emp}, EHPAD, au capital de 150 000 €, dont le siège est "
            f"situé 9 rue des Meuniers, 59800 Lille, immatriculée au RCS de Lille sous le n° "
            f"{siren}, SIRET {siret}, représentée par Mme Hélène VANDAMME, directrice, ci-après "
            "« l'employeur », d'une part,\net Mme Estelle Marlyse NGO NJOCK, née le 22/08/1993 "
            "à Douala (Cameroun), de nationalité camerounaise, demeurant 14 rue Gambetta, Appt "
            "22, 59000 Lille, ci-après « la salariée », d'autre part,\nil a été convenu ce qui "
            "suit.",
        ),
        (
            "Article 1 - Engagement et motif",
            "La salariée est engagée à durée déterminée à "
            "compter du 01/09/2026 jusqu'au 28/02/2027 inclus, pour remplacer Mme C. Dufour, "
            "aide-soignante, absente pour congé maternité (article L. 1242-2 1° du code du "
            "travail).",
        ),
        (
            "Article 2 - Fonctions",
            "La salariée occupe l'emploi d'aide-soignante diplômée d'État, "
            "coefficient 249 de la convention collective nationale de l'hospitalisation "
            "privée du 18 avril 2002 (FHP).",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat comporte une période d'essai de deux semaines.",
        ),
    ]
    body2 = [
        (
            "Article 4 - Durée du travail",
            "35 heures hebdomadaires, selon un planning en "
            "roulement incluant week-ends et jours fériés.",
        ),
        (
            "Article 5 - Rémunération",
            "Salaire brut mensuel de 2 010,00 €, augmenté des primes "
            "conventionnelles (dimanches, jours fériés, nuit). À l'issue du contrat, une indemnité "
            "de fin de contrat égale à 10 % de la rémunération brute totale sera versée.",
        ),
        (
            "Article 6 - Caisses",
            "Retraite complémentaire : AG2R La Mondiale. Prévoyance et "
            "mutuelle : contrat collectif obligatoire.",
        ),
    ]
    pages = money.cdd(
        {
            "chunks": [body1, body2],
            "made": "Fait en deux exemplaires à Lille, le 27/08/2026.",
            "signer": "Vandamme",
            "employee": "NGO NJOCK",
            "employer": emp,
        },
        pk.rng(),
    )
    pk.text_pdf("Contrat_CDD_NGO_NJOCK.pdf", pages, "CDD", "Yousign")
    pk.doc(
        [("Contrat_CDD_NGO_NJOCK.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Estelle Marlyse NGO NJOCK",
            "contract_type": "CDD",
            "job_title": "Aide-soignante",
            "start_date": "2026-09-01",
        },
    )
    # form filled by hand, each page photographed
    f = {
        "mode": "hand",
        "hand": "breip",
        "ink": INK_BLUE,
        "surname": "NGO NJOCK",
        "usage": "",
        "given": "Estelle Marlyse",
        "sex": "F",
        "dob_comb": "22081993",
        "pob_city": "Douala",
        "pob_country": "Cameroun",
        "nationality": "Camerounaise",
        "address": "14 rue Gambetta, Appt 22",
        "postcode": "59000",
        "city": "Lille",
        "phone": "07 66 40 19 82",
        "email": "estelle.ngonjock@yahoo.fr",
        "situation": "salarie",
        "job": "Aide-soignante",
        "contract": "CDD",
        "place": "Lille",
        "date_text": "03/11/2026",
    }
    p1, p2 = forms.cerfa(f, pk.rng(), run=1)
    pk.photo("IMG_20261103_101530.jpg", p1, cover=0.88)
    pk.photo("IMG_20261103_101544.jpg", p2, cover=0.88)
    pk.doc(
        [("IMG_20261103_101530.jpg", [1]), ("IMG_20261103_101544.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "NGO NJOCK",
            "usage_name": None,
            "given_names": "Estelle Marlyse",
            "date_of_birth": dob,
            "sex": "F",
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDD",
            "signed": True,
            "signed_on": "2026-11-03",
            "date_text": "03/11/2026",
            "place": "Lille",
            "nir": None,
        },
        "Filled by hand in blue ink; one phone photo per page.",
    )
    pk.write_truth(
        as_of,
        True,
        dict(REQ_OK, employment="complete"),
        None,
        {"surname": sur, "given_names": given, "date_of_birth": dob},
    )
