"""Packet p03: Afghanistan, not employed, hosted by her French husband."""

from __future__ import annotations

import births
import codes
import forms
import ids
import money
from kit import INK_BLACK, face, raster
from out import Packet, fr
from pk_common import REQ_OK, _pp_fields, _visa, _visa_fields


def p03(root: str):
    pk = Packet(root, "p03", 303)
    as_of = "2026-11-27"
    sur, given, dob = "HOSSAINI", "ZAHRA", "1998-06-21"
    host, host_dob = "Thomas LEFÈVRE", "1990-02-03"
    num, exp = "P03672518", "2030-11-09"
    mrz = codes.td3("AFG", sur, given, num, "AFG", dob, "F", exp)
    pp = ids.passport(
        {
            "paper": (230, 234, 238),
            "tint": (150, 170, 200),
            "ink": (30, 50, 90),
            "header": [
                "جمهوری اسلامی افغانستان",
                "ISLAMIC REPUBLIC OF AFGHANISTAN",
                "PASSPORT  پاسپورت",
            ],
            "labels": {
                "type": "Type / نوع",
                "code": "Country Code",
                "number": "Passport No",
                "surname": "Surname / تخلص",
                "given": "Given Names / اسم",
                "nationality": "Nationality / تابعیت",
                "sex": "Sex / جنس",
                "dob": "Date of Birth / تاریخ تولد",
                "pob": "Place of Birth / محل تولد",
                "issue": "Date of Issue",
                "authority": "Authority",
                "expiry": "Date of Expiry",
            },
            "values": {
                "type": "P",
                "code": "AFG",
                "number": num,
                "surname": sur,
                "given": given,
                "nationality": "AFGHAN",
                "sex": "F",
                "dob": ids.d_icao(dob),
                "pob": "BALKH",
                "issue": ids.d_icao("2020-11-10"),
                "authority": "KABUL",
                "expiry": ids.d_icao(exp),
            },
            "sex": "F",
            "mrz": mrz,
        },
        pk.rng(),
    )
    sheet = ids.photocopy_a4([(ids.booklet(pp, pk.rng()), 12, 10, 125)], 300)
    pk.scan("passeport.jpg", sheet, 300)
    pk.doc(
        [("passeport.jpg", [1])],
        "passport",
        "scan",
        _pp_fields(sur, given, num, "AFG", dob, "F", exp),
        "Flatbed scan (300 dpi) of the open booklet in the top-left corner of the glass.",
    )
    visa = {
        "number": "042268190",
        "surname": sur,
        "given": given,
        "nat": "AFG",
        "dob": dob,
        "sex": "F",
        "from": "2026-04-01",
        "until": "2027-03-31",
        "days": "365",
        "place": "ISLAMABAD",
        "issued": "2026-03-10",
        "passport": num,
        "remarks": ["VLS-TS CONJOINT DE FRANCAIS", "A VALIDER EN LIGNE DES L'ARRIVEE"],
    }
    pk.photo("IMG_4471.JPG", raster(_visa(pk, visa), 300), rot=270, cover=0.72)
    pk.doc(
        [("IMG_4471.JPG", [1])],
        "long_stay_visa",
        "phone_photo",
        _visa_fields(visa, "CONJOINT DE FRANCAIS"),
        "Visa page photo, rotated 270 degrees.",
    )
    bc = births.afghanistan(
        {
            "cert_no": "BC-1398-0047219",
            "given": "Zahra",
            "given_da": "زهرا",
            "surname": "Hossaini",
            "surname_da": "حسینی",
            "father": "Mohammad Ali",
            "father_da": "محمد علی",
            "gfather": "Ghulam Hussain",
            "gfather_da": "غلام حسین",
            "sex_en": "Female",
            "sex_da": "اناث",
            "dob_en": "21/06/1998 (1377/03/31)",
            "dob_da": "۱۳۷۷/۰۳/۳۱",
            "pob_en": "Mazar-i-Sharif, Balkh",
            "pob_da": "مزار شریف، بلخ",
            "tazkira": "1398-0817-22631",
            "issued_en": "03/09/2019 (1398/06/12)",
            "issued_da": "۱۳۹۸/۰۶/۱۲",
            "official": "Rahimi",
            "mfa_no": "LG-98-31407",
            "mfa_date": "28/09/2019",
            "mfa_signer": "A. Rahmani",
            "fr_date": "14/10/2019",
            "fr_no": "2019/1162",
        },
        pk.rng(),
        face(pk.rng(), female=True, bg=(240, 240, 240)),
    )
    pk.scan("acte_naissance_legalise.jpg", bc, 250)
    pk.doc(
        [("acte_naissance_legalise.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "Hossaini",
            "given_names": "Zahra",
            "date_of_birth": dob,
            "place_of_birth": "Mazar-i-Sharif, Balkh",
            "issuing_country": "AFG",
            "language": "fa+en",
            "has_apostille": False,
        },
        "Ministry of Interior birth certificate (Dari/English, Hijri Shamsi and Gregorian "
        "dates). Afghanistan is not a party to the Apostille Convention: the certificate "
        "carries the legalisation chain instead (Afghan MFA stamp, then the French embassy "
        "in Kabul, 2019). Treated as duly legalised, so birth_certificate is complete.",
    )
    # hosting: attestation + host's CNI + host's three Engie bills
    att = forms.attestation_hand(
        {
            "hand": "dancing",
            "ink": INK_BLACK,
            "host": host,
            "addr1": "12 rue Très-Cloîtres",
            "addr2": "38000 Grenoble",
            "text": f"Je soussigné {host}, né le {fr(host_dob)} à Chambéry (73), demeurant 12 rue "
            "Très-Cloîtres, 38000 Grenoble, atteste sur l'honneur héberger à mon domicile "
            f"mon épouse, Madame Zahra HOSSAINI, née le {fr(dob)} à Mazar-i-Sharif "
            "(Afghanistan), depuis le 5 avril 2026.\nJe joins la copie de ma carte "
            "d'identité et mes trois dernières factures d'énergie.\nFait pour servir et "
            "valoir ce que de droit.",
            "made": "Fait à Grenoble, le 06/11/2026",
        },
        pk.rng(),
    )
    pk.photo("attestation_hebergement.jpg", att, cover=0.9)
    pk.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": host,
            "hosted_name": "Zahra HOSSAINI",
            "address": "12 rue Très-Cloîtres, 38000 Grenoble",
            "since_date": "2026-04-05",
            "signed_on": "2026-11-06",
            "signed": True,
        },
        "Handwritten on a ruled sheet.",
    )
    cni_no, cni_exp = "X4RTB9FW2", "2032-05-17"
    cmrz = codes.td1("ID", "FRA", cni_no, host_dob, "M", cni_exp, "FRA", "LEFEVRE", "THOMAS")
    card = {
        "number": cni_no,
        "sex": "M",
        "given": "Thomas",
        "mrz": cmrz,
        "rows": [
            ("NOM / Surname", "LEFÈVRE"),
            ("Prénoms / Given names", "Thomas, Paul"),
            ("Sexe / Nat.", "M        FRA"),
            ("Date de naiss. / Date of birth", fr(host_dob).replace("/", " ")),
            ("Lieu de naissance / Place of birth", "CHAMBÉRY (73)"),
        ],
        "back_rows": [
            ("Date de délivrance / Date of issue", "18 05 2022"),
            ("Date d'expiration / Expiry date", fr(cni_exp).replace("/", " ")),
            ("Autorité / Authority", "Préfecture de l'Isère"),
        ],
    }
    sheet = ids.cards_photocopy(
        ids.fr_card_front(card, pk.rng(), "cni"), ids.fr_card_back(card, pk.rng(), "cni")
    )
    pk.image_pdf("CNI_Thomas.pdf", [sheet])
    pk.doc(
        [("CNI_Thomas.pdf", [1])],
        "national_id",
        "image_pdf",
        {
            "surname": "LEFÈVRE",
            "given_names": "Thomas, Paul",
            "document_number": cni_no,
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": host_dob,
            "sex": "M",
            "expiry_date": cni_exp,
            "mrz_valid": True,
        },
        "Host's French identity card (2021 model), front and back copied on one page.",
    )
    holder = "M THOMAS LEFEVRE"
    for k, (m, last, amt) in enumerate(
        [("08", "31", 61.42), ("09", "30", 74.18), ("10", "31", 96.35)]
    ):
        issue = f"2026-{int(m) + 1:02d}-04"
        elec, gas = round(amt * 0.58, 2), 0.0
        gas = round(amt - elec, 2)
        bill = money.engie_bill(
            {
                "issue_fr": fr(issue),
                "number": f"30012{m}8841{k}",
                "account": "6001 482 917",
                "holder": holder,
                "address": ["12 RUE TRES CLOITRES", "38000 GRENOBLE"],
                "amount": amt,
                "debit_fr": f"18/{int(m) + 1:02d}/2026",
                "from_fr": f"01/{m}/2026",
                "to_fr": f"{last}/{m}/2026",
                "lines": [
                    ("Électricité - Elec Référence 3 ans - 6 kVA", money.eur(elec)),
                    ("Gaz naturel - Gaz Référence 3 ans", money.eur(gas)),
                ],
            }
        )
        fn = f"facture_engie_{m}_2026.pdf"
        pk.text_pdf(fn, [bill], "Facture ENGIE", "ENGIE")
        pk.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "ENGIE",
                "service": "energy",
                "holder_name": holder,
                "address": "12 rue Très-Cloîtres, 38000 Grenoble",
                "issue_date": issue,
                "period_start": f"2026-{m}-01",
                "period_end": f"2026-{m}-{last}",
                "month": f"2026-{m}",
                "amount": amt,
            },
            "Host's bill (attestation route).",
        )
    # joint account at Caisse d'Épargne
    acc = "08004127519"
    iban, key = codes.fr_iban("13825", "00200", acc)
    jh = "M LEFEVRE THOMAS OU MME HOSSAINI ZAHRA"
    rib = money.rib_bank(
        {
            "color": (213, 0, 50),
            "bank": "Caisse d'Epargne Rhône Alpes",
            "holder": jh,
            "holder_addr": ["12 RUE TRES CLOITRES", "38000 GRENOBLE"],
            "branch_lines": ["CE GRENOBLE NOTRE-DAME", "4 PLACE NOTRE-DAME", "38000 GRENOBLE"],
            "bank_code": "13825",
            "branch": "00200",
            "account": acc,
            "key": key,
            "iban": iban,
            "bic": "CEPAFRPP382",
            "footer": "Caisse d'Epargne et de Prévoyance Rhône Alpes - "
            "Banque coopérative - 384 006 029 RCS Lyon",
        }
    )
    pk.text_pdf("RIB_compte_joint.pdf", [rib], "RIB", "Caisse d'Epargne")
    pk.doc(
        [("RIB_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": jh,
            "iban": iban,
            "bic": "CEPAFRPP382",
            "bank_name": "Caisse d'Epargne Rhône Alpes",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Joint account that includes the applicant.",
    )
    f = {
        "mode": "hand",
        "hand": "kaushan",
        "ink": INK_BLACK,
        "surname": "HOSSAINI",
        "usage": "",
        "given": "Zahra",
        "sex": "F",
        "dob_comb": "21061998",
        "pob_city": "Mazar-i-Sharif",
        "pob_country": "Afghanistan",
        "nationality": "Afghane",
        "address": "12 rue Très-Cloîtres",
        "postcode": "38000",
        "city": "Grenoble",
        "phone": "06 12 87 40 55",
        "email": "zahra.hossaini98@gmail.com",
        "situation": "sans_activite",
        "place": "Grenoble",
        "date_text": "06/11/2026",
    }
    pk.image_pdf("cerfa_15763.pdf", forms.cerfa(f, pk.rng(), run=0), 200)
    pk.doc(
        [("cerfa_15763.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": "HOSSAINI",
            "usage_name": None,
            "given_names": "Zahra",
            "date_of_birth": dob,
            "sex": "F",
            "employment_status": "not_employed",
            "situation": "sans_activite",
            "contract_type": None,
            "signed": True,
            "signed_on": "2026-11-06",
            "date_text": "06/11/2026",
            "place": "Grenoble",
            "nir": None,
        },
        "Filled by hand in black ink, scanned to one PDF.",
    )
    pk.write_truth(
        as_of,
        False,
        dict(REQ_OK, employment="not_applicable"),
        None,
        {"surname": sur, "given_names": given, "date_of_birth": dob},
    )
