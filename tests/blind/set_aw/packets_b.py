"""Packets p03 (Saint Vincent and the Grenadines) and p04 (Micronesia)."""

import foreign as fo
import frdocs as fr
import housing
import ids
import looks
import work
from build import Packet
from helpers import form_dict, form_fields, luhn_siret, passport_img, rib_fields, visa_for


# ============================================================ p03 Saint Vincent
def p03(out):
    pk = Packet(out, "p03", 303)
    a = {
        "sur": "PROVIDENCE",
        "giv": "SHAMAR KIRK",
        "dob": "1997-11-04",
        "sex": "M",
        "nat": "VCT",
        "nat_txt": "SAINT VINCENT AND THE GRENADINES",
        "pp_num": "RA0419873",
        "pp_iss": "2023-01-09",
        "pp_exp": "2033-01-08",
        "pob_pp": "KINGSTOWN",
        "sig": "Shamar Providence",
        "pp_auth": "IMMIGRATION DEPT KINGSTOWN",
    }
    addr = ["12 RUE SAINTE-CECILE", "13005 MARSEILLE"]
    pages = fr.cerfa(
        form_dict(
            a,
            {
                "pob_city": "Kingstown",
                "pob_country": "St Vincent et les Grenadines",
                "nationality_fr": "Vincentaise",
                "street": "12 rue Sainte-Cécile",
                "cp": "13005",
                "city": "Marseille",
                "phone": "07 83 14 62 09",
                "email": "shamar.prov97@gmail.com",
                "situation": "salarie",
                "contract": "CDD",
                "job": "Commis de cuisine",
                "sign_place": "Marseille",
                "sign_date_txt": "23/11/2026",
            },
        ),
        "hand",
        3031,
        run=0,
    )
    pk.image_pdf(pages, "doc_scan_20261124.pdf")
    pk.add(
        "application_form",
        "image_pdf",
        [("doc_scan_20261124.pdf", [1, 2])],
        form_fields(a, "salarie", "Marseille", "2026-11-23", "23/11/2026"),
        "hand-filled, scanned to PDF",
    )
    labels = [
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
        "Passport No.",
    ]
    img, f = passport_img(
        a, "SAINT VINCENT AND THE GRENADINES", "PASSPORT", labels, "dot", 3032, skin=(110, 75, 50)
    )
    pk.photo(img, "IMG_0917.jpg", rot=270, fill=0.75)
    pk.add("passport", "phone_photo", [("IMG_0917.jpg", [1])], f, "photo rotated 270°")
    vimg, vf = visa_for(
        pk,
        a,
        "031577204",
        "2026-05-02",
        "2027-05-01",
        "2026-04-14",
        "CASTRIES",
        "VLS-TS TRAVAILLEUR TEMPORAIRE",
        3033,
    )
    pk.scan(looks.card_on_page(vimg, pk.rng(), pos=(40, 30), card_w_mm=125), "visa.jpg", 200, 150)
    pk.add("long_stay_visa", "scan", [("visa.jpg", [1])], vf, "visa page photocopied")
    b = {
        "surname": "PROVIDENCE",
        "given": "Shamar Kirk",
        "sex_en": "Male",
        "dob_en": "4th November 1997",
        "pob": "Milton Cato Memorial Hospital, Kingstown",
        "father": "Kirk Anthony Providence",
        "mother": "Juliette Ollivierre",
        "informant": "Juliette Ollivierre, mother, Campden Park",
        "reg_date": "19 Nov 1997",
        "district": "St. George",
        "entry": "1834",
        "officer": "Maxine Cupid",
        "registrar_sig": "D. Browne",
        "issued_en": "2nd day of March 2026",
        "officer_sig": "M. Cupid",
    }
    pk.photo(fo.birth_vc(b, 3034), "IMG_0921.jpg", rot=0)
    pk.add(
        "birth_certificate",
        "phone_photo",
        [("IMG_0921.jpg", [1])],
        {
            "surname": "PROVIDENCE",
            "given_names": "Shamar Kirk",
            "date_of_birth": "1997-11-04",
            "place_of_birth": "Kingstown",
            "issuing_country": "VCT",
            "language": "en",
            "has_apostille": True,
        },
        "certified copy of an entry of birth, Registrar General",
    )
    ap = fo.apostille(
        {
            "labels": fo.LAB_EN,
            "country": "Saint Vincent and the Grenadines",
            "signed_by": "Maxine Cupid",
            "capacity": "Registrar General",
            "seal_of": "Registrar General's Office",
            "at": "Kingstown",
            "on_txt": "10 March 2026",
            "by": "Ministry of Foreign Affairs, Foreign Trade and Consumer Affairs",
            "number": "0458/2026",
            "stamp_ring": "MINISTRY OF FOREIGN AFFAIRS * ST VINCENT",
            "stamp_center": ["KINGSTOWN"],
            "sig": "L. Samuel",
            "signer": "Lavern Samuel",
        },
        3035,
    )
    pk.scan(ap, "apostille.jpg", 200, 200)
    pk.add(
        "apostille",
        "scan",
        [("apostille.jpg", [1])],
        {
            "country": "Saint Vincent and the Grenadines",
            "issued_on": "2026-03-10",
            "number": "0458/2026",
            "signed_by": "Lavern Samuel",
        },
    )
    for i, (start, end, issue, amt) in enumerate(
        [
            ("2026-08-01", "2026-08-31", "2026-09-04", 44.98),
            ("2026-09-01", "2026-09-30", "2026-10-04", 44.98),
            ("2026-10-01", "2026-10-31", "2026-11-04", 47.38),
        ]
    ):
        lines = [("Forfait Livebox Fibre", 34.99), ("Forfait mobile Orange 5 Go", 9.99)]
        if i == 2:
            lines.append(("Communications hors forfait", 2.40))
        bd = {
            "provider": "Orange",
            "color": (0, 0, 0),
            "light": (255, 240, 225),
            "issue": issue,
            "invoice_no": f"{7730145 + i * 4411:09d}",
            "client_no": "1274 0385 2291",
            "offer": "Livebox Fibre + mobile",
            "line": "04 91 42 17 86",
            "holder": "M SHAMAR PROVIDENCE",
            "address": addr,
            "amount": amt,
            "debit": issue[:8] + "10",
            "iban_masked": "FR76 ... 5518",
            "start": start,
            "end": end,
            "lines": lines,
            "legal": "Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres "
            "75015 Paris - 380 129 866 RCS Paris",
        }
        page = fr.bill(bd, 3036 + i)[0]
        if i < 2:
            fn = f"facture_orange_{start[5:7]}_2026.pdf"
            pk.text_pdf([page], fn, "Facture Orange", "Orange")
            look = "text_pdf"
        else:
            fn = "Screenshot_2026-11-05-08-14-33.png"
            pk.png(fo.app_bill_screen(page, "Facture d'octobre", "08:14", 3039), fn)
            look = "screenshot"
        pk.add(
            "utility_bill",
            look,
            [(fn, [1])],
            {
                "provider": "Orange",
                "service": "internet",
                "holder_name": "SHAMAR PROVIDENCE",
                "address": "12 RUE SAINTE-CECILE 13005 MARSEILLE",
                "issue_date": issue,
                "period_start": start,
                "period_end": end,
                "amount": amt,
                "month": start[:7],
            },
            "Livebox + mobile bill",
        )
    iban, key = ids.fr_iban("11315", "00001", "08127465033")
    r = {
        "region": "Caisse d'Epargne CEPAC",
        "holder": "M PROVIDENCE SHAMAR KIRK",
        "address": addr,
        "bank": "11315",
        "branch": "00001",
        "account": "08127465033",
        "key": key,
        "iban_sp": ids.spaced(iban),
        "bic": "CEPAFRPP131",
        "domic_lines": ["CEPAC MARSEILLE CASTELLANE", "Place Castellane", "13006 MARSEILLE"],
    }
    pk.scan(fr.rib_ce(r, 3040)[0], "RIB.jpg", 200, 200)
    pk.add(
        "rib",
        "scan",
        [("RIB.jpg", [1])],
        rib_fields("M PROVIDENCE SHAMAR KIRK", iban, "CEPAFRPP131", "Caisse d'Epargne CEPAC"),
    )
    siret = luhn_siret("9031774820001")
    c = {
        "employer": "BRASSERIE DU VIEUX-PORT",
        "form": "SARL au capital de 20 000 euros",
        "employer_addr": "4 quai du Port, 13002 Marseille",
        "siret": siret,
        "rep": "M. Olivier Santoni",
        "rep_q": "gérant",
        "employee": "M. Shamar Kirk PROVIDENCE",
        "dob": a["dob"],
        "pob": "Kingstown (Saint-Vincent-et-les-Grenadines)",
        "nat": "vincentaise",
        "addr": "12 rue Sainte-Cécile, 13005 Marseille",
        "start": "2026-05-18",
        "end": "2027-05-17",
        "duration": "douze mois",
        "motif": "accroissement temporaire d'activité",
        "job": "commis de cuisine",
        "level": "niveau I échelon 2",
        "ccn": "des hôtels, cafés, restaurants (IDCC 1979)",
        "gross": 1845.0,
        "workplace": "4 quai du Port, 13002 Marseille",
        "place": "Marseille",
        "signed": "2026-05-15",
        "rep_sig": "O. Santoni",
        "emp_sig": "Shamar Providence",
    }
    pk.image_pdf(work.cdd(c, 3041), "contrat_CDD.pdf")
    pk.add(
        "employment_contract",
        "image_pdf",
        [("contrat_CDD.pdf", [1, 2])],
        {
            "employer": "BRASSERIE DU VIEUX-PORT",
            "employee_name": "Shamar Kirk PROVIDENCE",
            "contract_type": "CDD",
            "job_title": "commis de cuisine",
            "start_date": "2026-05-18",
        },
    )
    pk.finish(
        "2026-11-27",
        True,
        {"surname": a["sur"], "given_names": a["giv"], "date_of_birth": a["dob"]},
        {
            k: "complete"
            for k in [
                "application_form",
                "identity",
                "residence_status",
                "birth_certificate",
                "residence_proof",
                "bank_details",
                "employment",
            ]
        },
        None,
    )


# ============================================================ p04 Micronesia
def p04(out):
    pk = Packet(out, "p04", 404)
    a = {
        "sur": "PANUELO",
        "giv": "KRISTINA ROSE",
        "dob": "1999-02-14",
        "sex": "F",
        "nat": "FSM",
        "nat_txt": "MICRONESIAN",
        "pp_num": "FM0204577",
        "pp_iss": "2021-08-03",
        "pp_exp": "2031-08-02",
        "pob_pp": "POHNPEI",
        "sig": "Kristina Panuelo",
        "pp_auth": "DEPT OF FOREIGN AFFAIRS",
    }
    pages = fr.cerfa(
        form_dict(
            a,
            {
                "pob_city": "Kolonia, Pohnpei",
                "pob_country": "Micronésie",
                "nationality_fr": "Micronésienne",
                "street": "5 rue Pasteur",
                "cp": "69007",
                "city": "Lyon",
                "phone": "06 02 77 41 53",
                "email": "k.panuelo@yahoo.com",
                "situation": "sans_activite",
                "sign_place": "Lyon",
                "sign_date_txt": "28/11/2026",
                "date_by_hand": True,
            },
        ),
        "typed",
        4041,
        run=1,
    )
    pk.photo(pages[0], "IMG_3390.jpg", rot=0)
    pk.photo(pages[1], "IMG_3391.jpg", rot=90)
    pk.add(
        "application_form",
        "phone_photo",
        [("IMG_3390.jpg", [1]), ("IMG_3391.jpg", [1])],
        form_fields(a, "sans_activite", "Lyon", "2026-11-28", "28/11/2026"),
        "typed, printed, dated and signed by hand; page 2 photo rotated 90°",
    )
    labels = [
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
        "Passport No.",
    ]
    img, f = passport_img(
        a,
        "FEDERATED STATES OF MICRONESIA",
        "PASSPORT",
        labels,
        "dmy_mon",
        4042,
        skin=(198, 150, 110),
    )
    pk.scan(
        looks.card_on_page(img, pk.rng(), pos=(35, 40), card_w_mm=125), "scan_0001.png", 200, 200
    )
    pk.add("passport", "scan", [("scan_0001.png", [1])], f)
    vimg, vf = visa_for(
        pk,
        a,
        "022904518",
        "2026-01-15",
        "2027-01-14",
        "2025-12-18",
        "MANILLE",
        "VLS-TS VISITEUR",
        4043,
    )
    pk.photo(vimg, "IMG_3387.jpg", rot=180, fill=0.7)
    pk.add("long_stay_visa", "phone_photo", [("IMG_3387.jpg", [1])], vf, "photo rotated 180°")
    b = {
        "surname": "PANUELO",
        "given": "Kristina Rose",
        "sex_en": "FEMALE",
        "dob_us": "February 14, 1999",
        "pob": "Pohnpei State Hospital, Kolonia, Pohnpei",
        "father": "Ioanis S. Panuelo",
        "mother": "Marlyn Hadley",
        "reg_date": "03/02/1999",
        "file_no": "PNI-1999-00311",
        "state_title": "STATE OF POHNPEI",
        "office": "Department of Health Services - Office of Vital Statistics",
        "issued_us": "June 8, 2026",
        "officer_sig": "R. Alik",
        "officer_title": "Registrar, Vital Statistics",
        "legalisation": [
            (
                [
                    "FSM DEPARTMENT OF FOREIGN AFFAIRS",
                    "AUTHENTICATION",
                    "Palikir, 15 June 2026",
                    "Signature of R. Alik, Registrar, is genuine",
                    "No. DFA-AUTH-2026-0092",
                ],
                (30, 40, 120),
            ),
            (
                [
                    "AMBASSADE DE FRANCE",
                    "Vu pour légalisation de la signature",
                    "de M. le Directeur, Dept. of Foreign Affairs",
                    "le 02/07/2026 - n° 2026/441",
                    "L'agent consulaire",
                ],
                (110, 30, 90),
            ),
        ],
        "auth_sig": "P. Christian",
        "consul_sig": "C. Morel",
    }
    pk.image_pdf([fo.birth_fm(b, 4044)], "birth_certificate_legalised.pdf")
    pk.add(
        "birth_certificate",
        "image_pdf",
        [("birth_certificate_legalised.pdf", [1])],
        {
            "surname": "PANUELO",
            "given_names": "Kristina Rose",
            "date_of_birth": "1999-02-14",
            "place_of_birth": "Kolonia, Pohnpei",
            "issuing_country": "FSM",
            "language": "en",
            "has_apostille": False,
        },
        "FSM is not a party to the Hague Apostille Convention: legalised (FSM Department of "
        "Foreign Affairs authentication + French embassy legalisation stamps on the page)",
    )
    L = {
        "landlord": "Mme Hélène Marchetti",
        "landlord_addr": "27 quai Claude Bernard, 69007 Lyon",
        "tenants": ["Mme Kristina Rose PANUELO"],
        "address": "5 rue Pasteur, 2e étage gauche, 69007 Lyon",
        "built": "avant 1949",
        "surface": "29",
        "rooms": "1",
        "heating": "individuel gaz",
        "start": "2026-02-01",
        "duration": "3 ans",
        "rent": 585.0,
        "charges": 40.0,
        "place": "Lyon",
        "signed": "2026-01-27",
        "landlord_sig": "H. Marchetti",
        "tenant_sigs": ["Kristina Panuelo"],
        "initials": "HM  KP",
        "font": "dvs",
        "zone": "oui, loyer de référence majoré 18,20 €/m²",
    }
    pk.image_pdf(housing.lease(L, 4045), "bail.pdf")
    pk.add(
        "lease",
        "image_pdf",
        [("bail.pdf", [1, 2, 3])],
        {
            "tenant_names": ["Kristina Rose PANUELO"],
            "landlord": "Hélène Marchetti",
            "address": "5 rue Pasteur, 2e étage gauche, 69007 Lyon",
            "start_date": "2026-02-01",
        },
        "paper lease between individuals, scanned",
    )
    iban = ids.be_iban("967", "4128803")
    r = {
        "time": "21:06",
        "holder": "Kristina Rose Panuelo",
        "iban_sp": ids.spaced(iban),
        "bic": "TRWIBEB1XXX",
    }
    pk.png(fo.wise_screen(r, 4046), "IMG_3402.PNG")
    pk.add(
        "rib",
        "screenshot",
        [("IMG_3402.PNG", [1])],
        rib_fields("Kristina Rose Panuelo", iban, "TRWIBEB1XXX", "Wise") | {"rib_key_valid": None},
        "Wise EUR account details, Belgian IBAN (foreign SEPA)",
    )
    pk.finish(
        "2026-12-01",
        False,
        {"surname": a["sur"], "given_names": a["giv"], "date_of_birth": a["dob"]},
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        None,
    )
