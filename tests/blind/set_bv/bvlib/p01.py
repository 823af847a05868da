"""Packet p01: Algerian national, employed (payslip), lease, certificat de résidence."""

from __future__ import annotations

from . import cards, checks, civil, form, housing, looks, money
from .common import ALL_OK, form_fields, id_fields
from .packet import Packet, yymmdd

# =========================================================================== p01


def p01(out):
    dob = "1993-04-17"
    ap = {"surname": "AIT OUFELLA", "given_names": "MOHAMED AMINE", "date_of_birth": dob}
    pk = Packet(out, "p01", "2026-11-18", True, ap, dict(ALL_OK), None)
    face = {"skin": (196, 150, 118), "hair": (28, 22, 18)}

    # ---- application form: typed on screen, printed, signed, scanned in one PDF
    d = {
        "surname": "AIT OUFELLA",
        "usage_name": "",
        "given": "MOHAMED AMINE",
        "sex": "M",
        "dob": dob,
        "pob_commune": "Tizi Ouzou",
        "pob_pays": "Algérie",
        "nationality": "Algérienne",
        "address": "45 rue Félix Pyat, bâtiment B, appt 12",
        "postal": "13003",
        "commune": "Marseille",
        "phone": "06 52 18 47 03",
        "email": "amine.aitoufella@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "profession": "Technicien de maintenance",
        "place": "Marseille",
        "date_text": "09/11/2026",
        "signed_on": "2026-11-09",
        "signer": "Ait Oufella",
    }
    f = pk.image_pdf("Formulaire_S1106_AIT-OUFELLA.pdf", [form.cerfa(d, "A", "typed", 101)], 102)
    pk.add(
        [(f, [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(d),
        "Print run A, typed then printed, signed by hand, scanned (fill way typed_print).",
    )

    # ---- passport (phone photo of the open booklet, rotated)
    num, exp = "214839572", "2032-06-11"
    mrz = checks.td3(
        "DZA", "AIT OUFELLA", "MOHAMED AMINE", num, "DZA", yymmdd(dob), "M", yymmdd(exp)
    )
    page = cards.passport_page(
        {
            "country": "DZA",
            "surname": "AIT OUFELLA",
            "given": "MOHAMED AMINE",
            "number": num,
            "nat_text": "ALGERIENNE",
            "dob": dob,
            "sex": "M",
            "pob": "TIZI OUZOU",
            "issue": "2022-06-12",
            "expiry": exp,
            "authority": "DAIRA DE TIZI OUZOU",
            "mrz": mrz,
            "face": face,
            "name_ar": "آيت أوفلة محمد أمين",
        },
        111,
    )
    upper = cards.page_pattern(112, tint=(232, 240, 230)).img
    book = cards.booklet(page, upper, cover=(18, 66, 42))
    f = pk.photo(
        "IMG_20261105_183412.jpg",
        book,
        113,
        long_side=4000,
        rotate=90,
        table="wood",
        fill=0.82,
        card=True,
    )
    pk.add(
        [f],
        "passport",
        "phone_photo",
        id_fields("AIT OUFELLA", "MOHAMED AMINE", num, "DZA", "DZA", dob, "M", exp),
        "Open booklet, data page lower half; photo stored rotated 90 degrees. MRZ: "
        + " / ".join(mrz),
    )

    # ---- certificat de résidence algérien (front and back photocopied on one A4)
    tnum, texp = "TF4830751", "2027-01-19"
    tmrz = checks.td1(
        "IR", "FRA", "AIT OUFELLA", "MOHAMED AMINE", tnum, "DZA", yymmdd(dob), "M", yymmdd(texp)
    )
    t = {
        "number": tnum,
        "surname": "AIT OUFELLA",
        "given": "MOHAMED AMINE",
        "sex": "M",
        "nationality": "DZA",
        "dob": dob,
        "permit_type": "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        "expiry": texp,
        "remarks": "SALARIÉ",
        "face": face,
        "address1": "45 RUE FELIX PYAT BAT B",
        "address2": "13003 MARSEILLE",
        "pob": "TIZI OUZOU (ALGÉRIE)",
        "issued_on": "2026-01-20",
        "authority": "PRÉFECTURE DES BOUCHES-DU-RHÔNE",
        "mrz": tmrz,
    }
    sheet = looks.card_on_page(
        [(cards.permit_front(t, 121), (85.6, 54)), (cards.permit_back(t, 122), (85.6, 54))],
        123,
        dpi=200,
        positions=[(22, 25), (22, 95)],
    )
    f = pk.scan("titre_sejour_recto_verso.jpg", sheet, 124, dpi=200)
    fields = id_fields("AIT OUFELLA", "MOHAMED AMINE", tnum, "DZA", "FRA", dob, "M", texp)
    pk.add(
        [f],
        "residence_permit",
        "scan",
        fields,
        "Certificat de résidence algérien (ID-1 card, 1968 Franco-Algerian agreement), "
        "front and back on one scanned A4. MRZ: " + " / ".join(tmrz),
    )

    # ---- birth certificate: Algerian S12 extract, scanned in grey
    b = {
        "wilaya": "Tizi Ouzou",
        "daira": "Tizi Ouzou",
        "commune": "Tizi Ouzou",
        "wilaya_ar": "تيزي وزو",
        "daira_ar": "تيزي وزو",
        "commune_ar": "تيزي وزو",
        "act_no": "00841",
        "dob": dob,
        "dob_words": "Dix-sept avril mil neuf cent quatre-vingt-treize (17/04/1993)",
        "time_words": "dix heures trente minutes",
        "place": "Tizi Ouzou",
        "surname": "AIT OUFELLA",
        "given": "Mohamed Amine",
        "sex_word": "Masculin",
        "father": "Ahcène",
        "mother": "HAMMOUCHE Ouardia",
        "issued_on": "2026-02-03",
        "officer": "Meziani",
        "nin": "109930417000841023",
    }
    f = pk.image_pdf("acte_naissance_S12.pdf", [civil.dz_birth(b, 131)], 132, gray=True)
    pk.add(
        [(f, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "AIT OUFELLA",
            "given_names": "Mohamed Amine",
            "date_of_birth": dob,
            "place_of_birth": "Tizi Ouzou",
            "issuing_country": "DZA",
            "language": "fr",
            "has_apostille": False,
        },
        "Algerian extract S12, bilingual headings (Arabic/French), values in French. No "
        "apostille needed: Algerian civil-status acts are exempt from legalisation in France "
        "under the Franco-Algerian judicial protocol of 28 August 1962 (Algeria's own accession "
        "to the Apostille Convention, decree 25-217 of 2025, does not override a more "
        "favourable bilateral exemption; the extract was issued on 03/02/2026 anyway).",
    )

    # ---- lease (3 pages, signed, scanned)
    L = {
        "landlord": "Josiane FABRE",
        "landlord_address": "8 traverse des Lierres, 13012 Marseille",
        "tenant_line": "M. Mohamed Amine AIT OUFELLA, né le 17/04/1993 à Tizi Ouzou (Algérie)",
        "address": "45 rue Félix Pyat, bâtiment B, 3e étage, appartement 12, 13003 Marseille",
        "surface": 41,
        "rooms": 2,
        "start_date": "2026-03-01",
        "rent": 690,
        "charges": 55,
        "city": "Marseille",
        "signed_on": "2026-02-20",
        "tenant_initials": "MAO",
        "landlord_initials": "JF",
        "tenant_sig_name": "Ait Oufella",
    }
    f = pk.image_pdf("bail_appartement.pdf", [housing.lease(L, 141)], 142)
    pk.add(
        [(f, [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Mohamed Amine AIT OUFELLA"],
            "landlord": "Josiane FABRE",
            "address": "45 rue Félix Pyat, bâtiment B, 3e étage, appartement 12, 13003 Marseille",
            "start_date": "2026-03-01",
        },
        "Contrat type loi 89-462 (décret 2015-587), 3 pages.",
    )

    # ---- payslip (text PDF from the payroll service)
    siren, siret = checks.siret("81274530", "0021")
    p = {
        "period_label": "octobre 2026",
        "period_start": "2026-10-01",
        "period_end": "2026-10-31",
        "paid_on": "2026-10-30",
        "employer": "PROVENCE MAINTENANCE SERVICES SAS",
        "employer_lines": [
            "ZI Les Estroublans - 12 rue de Copenhague",
            "13127 Vitrolles",
            f"SIRET : {siret}  -  Code APE : 3312Z",
            "URSSAF Provence-Alpes-Côte d'Azur",
        ],
        "employee_display": "M. Mohamed Amine AIT OUFELLA",
        "employee_lines": ["45 rue Félix Pyat, bât. B, appt 12", "13003 Marseille"],
        "job": "Technicien de maintenance",
        "hired_on": "2026-02-02",
        "matricule": "00417",
        "nir_text": "en cours d'immatriculation",
        "ccn": "Métallurgie (IDCC 3248)",
        "gross": 2250.0,
        "pas_rate": 1.5,
    }
    nums = money.payslip_numbers(p["gross"], p["pas_rate"])
    f = pk.text_pdf("bulletin_paie_octobre_2026.pdf", money.payslip(p, 151))
    pk.add(
        [f],
        "payslip",
        "text_pdf",
        {
            "employer": "PROVENCE MAINTENANCE SERVICES SAS",
            "employee_name": "Mohamed Amine AIT OUFELLA",
            "period": "2026-10",
            "net_pay": nums["net_paid"],
            "siret": siret,
        },
        f"Bulletin de paie clarifié; net à payer avant impôt {nums['net_before']:.2f}, net "
        f"payé {nums['net_paid']:.2f} (net_pay is the final net paid). SIREN {siren}.",
    )

    # ---- RIB Société Générale (text PDF from online banking)
    acc = checks.french_iban("30003", "01810", "00050781234")
    r = {
        "holder_block": [
            "M MOHAMED AMINE AIT OUFELLA",
            "45 RUE FELIX PYAT BAT B",
            "13003 MARSEILLE",
        ],
        "domiciliation": "SG MARSEILLE BELLE DE MAI",
        "bank": acc["bank"],
        "branch": acc["branch"],
        "account": acc["account"],
        "key": acc["key"],
        "iban": acc["iban"],
        "bic": "SOGEFRPP",
        "footer": "Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 "
        "RCS Paris - Siège social : 29 bd Haussmann 75009 Paris",
    }
    f = pk.text_pdf("RIB_SG.pdf", money.rib_pdf(r, 161, "sg"))
    pk.add(
        [f],
        "rib",
        "text_pdf",
        {
            "holder_name": "MOHAMED AMINE AIT OUFELLA",
            "iban": acc["iban"],
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        f"RIB key {acc['key']}.",
    )
    pk.write()
