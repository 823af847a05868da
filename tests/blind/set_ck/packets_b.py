"""Packet p03 (Nepal, hosted by the spouse, not employed) and passport label sets."""

from __future__ import annotations

import civil
import frdocs
import ids
import lib
import money
from build import bill, booklet, card_scan, render, scan_pages
from packets_a import ALL_OK

NPL_LABELS = {
    "type": "Type",
    "code": "Country Code",
    "no": "Passport No.",
    "surname": "Surname",
    "given": "Given Names",
    "nat": "Nationality",
    "sex": "Sex",
    "dob": "Date of Birth",
    "pob": "Place of Birth",
    "issue": "Date of Issue",
    "auth": "Issuing Authority",
    "exp": "Date of Expiry",
}
RKS_LABELS = {
    "type": "Lloji/Tip/Type",
    "code": "Kodi/Kod/Code",
    "no": "Nr. i pasaportës/Br. pasoša/Passport No.",
    "surname": "Mbiemri/Prezime/Surname",
    "given": "Emri/Ime/Given names",
    "nat": "Shtetësia/Državljanstvo/Nationality",
    "sex": "Gjinia/Pol/Sex",
    "dob": "Data e lindjes/Datum rođenja/Date of birth",
    "pob": "Vendi i lindjes/Mesto rođenja/Place of birth",
    "issue": "Data e lëshimit/Datum izdavanja/Date of issue",
    "auth": "Autoriteti/Organ/Authority",
    "exp": "Data e skadimit/Datum isteka/Date of expiry",
}
FRA_LABELS = {
    "type": "Type",
    "code": "Code du pays/Country code",
    "no": "Passeport n°/Passport No",
    "surname": "Nom/Surname",
    "given": "Prénoms/Given names",
    "nat": "Nationalité/Nationality",
    "sex": "Sexe/Sex",
    "dob": "Date de naissance/Date of birth",
    "pob": "Lieu de naissance/Place of birth",
    "issue": "Date de délivrance/Date of issue",
    "auth": "Autorité/Authority",
    "exp": "Date d'expiration/Date of expiry",
}


def _cfg(header, labels, guil, ink, font="Sans"):
    return {
        "paper": (0.95, 0.94, 0.91),
        "ink": ink,
        "label_ink": (0.35, 0.35, 0.45),
        "header": header,
        "guil": guil,
        "font": font,
        "font_b": font + "B",
        "font_v": font + "B",
        "labels": labels,
    }


def build_p03(out: str) -> None:
    pk = lib.Packet(out, "p03", 3303)
    rng = pk.rng
    sur, giv, dob = "SHRESTHA", "Sabina", "1995-09-22"
    home = "8 allée des Cerisiers, 35000 Rennes"
    skin, hair = (0.62, 0.47, 0.36), (0.05, 0.04, 0.04)
    # every paper piece went through the same flatbed: scan_0001.jpg ... scan_0008.jpg
    f = {
        "surname": sur,
        "usage": "GAUTHIER-RIVIÈRE",
        "given": "Sabina",
        "sex": "F",
        "dob": "22/09/1995",
        "pob_commune": "Katmandou",
        "pob_country": "Népal",
        "nationality": "Népalaise",
        "address": "8 allée des Cerisiers",
        "cp": "35000",
        "commune": "Rennes",
        "tel": "07 81 36 52 20",
        "email": "sabina.shr95@gmail.com",
        "situation": "sans_activite",
        "place": "Rennes",
        "date_text": "14/11/2026",
        "signed": True,
        "sign_mode": "hand",
    }
    p1, p2 = scan_pages(frdocs.cerfa_form(f, rng, "hand", 1), rng)
    pk.write("scan_0001.jpg", p1)
    pk.write("scan_0002.jpg", p2)
    pk.doc(
        [("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])],
        "application_form",
        "scan",
        {
            "surname": sur,
            "given_names": "Sabina",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-14",
            "nir": None,
        },
        "hand-filled, usage name GAUTHIER-RIVIÈRE (married name), 'sans activité' ticked",
    )
    pp_no, pp_exp = "PA1093847", "2034-01-14"
    mrz = lib.td3("NPL", sur, giv, pp_no, "NPL", dob, "F", pp_exp)
    person = {
        "iss": "NPL",
        "number": pp_no,
        "surname_print": sur,
        "given_print": "SABINA",
        "nat_print": "NEPALESE",
        "sex_print": "F",
        "dob_print": ids.pp_date(dob, "en"),
        "pob": "KATHMANDU",
        "issue_print": ids.pp_date("2024-01-15", "en"),
        "authority": "MOFA, DEPARTMENT OF PASSPORTS",
        "exp_print": ids.pp_date(pp_exp, "en"),
        "skin": skin,
        "hair": hair,
    }
    cfg = _cfg(
        ["नेपाल NEPAL", "राहदानी PASSPORT"], NPL_LABELS, (0.85, 0.78, 0.8), (0.45, 0.1, 0.15), "Free"
    )
    page = render(ids.passport_page(cfg, person, mrz, rng), 300)[0]
    sheet = lib.paste_on_page([(booklet(page, rng), 30, 25, 125)], rng)
    pk.write("scan_0003.jpg", lib.scan_look(sheet, rng))
    idf = {
        "surname": sur,
        "given_names": "SABINA",
        "document_number": pp_no,
        "nationality": "NPL",
        "issuing_country": "NPL",
        "date_of_birth": dob,
        "sex": "F",
        "expiry_date": pp_exp,
        "mrz_valid": True,
    }
    pk.doc([("scan_0003.jpg", [1])], "passport", "scan", idf)
    vno, vfrom, vuntil = "047219385", "2026-03-05", "2027-03-04"
    vmrz = lib.mrva("D", "FRA", sur, giv, vno, "NPL", dob, "F", vuntil)
    v = {
        "page_no": "9",
        "number": vno,
        "from_print": "05-03-26",
        "until_print": "04-03-27",
        "days": "365",
        "issued_in": "KATMANDOU",
        "issued_print": "18-02-26",
        "passport_no": pp_no,
        "name_line": "SHRESTHA, SABINA",
        "remarks": ["VLS-TS CONJOINT DE FRANCAIS", "VISA VALANT TITRE DE SEJOUR"],
        "entry_point": "PARIS-CDG",
        "entry_date": "06.03.26",
        "skin": skin,
        "hair": hair,
    }
    vimg = render(ids.visa_page(v, vmrz, rng), 300)[0]
    pk.write("scan_0004.jpg", lib.scan_look(lib.paste_on_page([(vimg, 35, 30, 125)], rng), rng))
    pk.doc(
        [("scan_0004.jpg", [1])],
        "long_stay_visa",
        "scan",
        dict(
            idf,
            document_number=vno,
            issuing_country="FRA",
            expiry_date=vuntil,
            visa_type="D",
            vls_ts=True,
            category="CONJOINT DE FRANCAIS",
            valid_from=vfrom,
            valid_until=vuntil,
        ),
    )
    cert = {
        "office": "Kathmandu Metropolitan City, Ward No. 10, Bagmati Province",
        "reg_no": "10-2052-01873",
        "reg_date": "2052/07/02 B.S. (1995/10/19 A.D.)",
        "rows": [
            ("Name of the child", "SABINA SHRESTHA"),
            ("Sex", "Female"),
            ("Date of Birth", "2052/06/06 B.S. (22/09/1995 A.D.)"),
            ("Place of Birth", "Prasuti Griha, Thapathali, Kathmandu"),
            ("District", "Kathmandu"),
            ("Father's name", "Rajendra Man Shrestha"),
            ("Mother's name", "Sarita Shrestha"),
            ("Grandfather's name", "Bhim Bahadur Shrestha"),
            ("Permanent address", "Baneshwor, Kathmandu-10"),
        ],
        "registrar": "Ram Prasad Adhikari",
        "stamp_outer": "KATHMANDU METROPOLITAN CITY",
        "mofa_no": "CSD/2082/4417",
        "mofa_date": "2026-01-22",
        "mofa_officer": "M. Hari Bahadur Thapa",
        "emb_date": "27 janvier 2026",
        "emb_no": "2026/0153",
    }
    c1, c2 = scan_pages(civil.nepal_cert(cert, rng), rng)
    pk.write("scan_0005.jpg", c1)
    pk.write("scan_0006.jpg", c2.rotate(180))
    pk.doc(
        [("scan_0005.jpg", [1]), ("scan_0006.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": sur,
            "given_names": "SABINA",
            "date_of_birth": dob,
            "place_of_birth": "Kathmandu",
            "issuing_country": "NPL",
            "language": "en",
            "has_apostille": False,
        },
        "Nepal is not a Hague party: legalised (MoFA Nepal + Ambassade de France) on the verso, "
        "which is scanned upside down",
    )
    host = "Thomas GAUTHIER-RIVIÈRE"
    att = {
        "host_block": [
            "Thomas GAUTHIER-RIVIÈRE",
            "8 allée des Cerisiers",
            "35000 Rennes",
            "06 12 58 73 40",
        ],
        "body": [
            "Je soussigné Thomas GAUTHIER-RIVIÈRE, né le 30 mars 1989 à Rennes (35),",
            "demeurant 8 allée des Cerisiers, 35000 Rennes, atteste sur l'honneur héberger",
            "à mon domicile, à titre gratuit, depuis le 10 mars 2026, mon épouse",
            "Madame Sabina SHRESTHA, née le 22 septembre 1995 à Katmandou (Népal).",
            "",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
        "place_date": "Fait à Rennes, le 9 novembre 2026",
        "signed": True,
        "annexes": [
            "Pièces jointes : copie de ma carte nationale d'identité,",
            "factures SFR d'août, septembre et octobre 2026.",
        ],
    }
    pk.write("scan_0007.jpg", scan_pages(frdocs.attestation_typed(att, rng), rng)[0])
    pk.doc(
        [("scan_0007.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": host,
            "hosted_name": "Sabina SHRESTHA",
            "address": home,
            "since_date": "2026-03-10",
            "signed_on": "2026-11-09",
            "signed": True,
        },
        "typed, signed by hand; host is the spouse",
    )
    cni_no, cni_exp = "X4RTBP2F7", "2032-05-11"
    cmrz = lib.td1(
        "ID", "FRA", "GAUTHIER-RIVIÈRE", "Thomas Alain", cni_no, "FRA", "1989-03-30", "M", cni_exp
    )
    cni = {
        "surname": "GAUTHIER-RIVIÈRE",
        "given": "Thomas, Alain",
        "sex": "M",
        "dob_print": "30 03 1989",
        "pob": "RENNES (35)",
        "number": cni_no,
        "exp_print": "11 05 2032",
        "address": ["8 ALLÉE DES CERISIERS", "35000 RENNES"],
        "issue_print": "12 05 2022",
        "skin": (0.9, 0.76, 0.66),
        "hair": (0.35, 0.25, 0.15),
    }
    pk.write("scan_0008.jpg", card_scan(render(ids.cni_card(cni, cmrz, rng), 300), rng))
    pk.doc(
        [("scan_0008.jpg", [1])],
        "national_id",
        "scan",
        {
            "surname": "GAUTHIER-RIVIÈRE",
            "given_names": "Thomas, Alain",
            "document_number": cni_no,
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1989-03-30",
            "sex": "M",
            "expiry_date": cni_exp,
            "mrz_valid": True,
        },
        "host's CNI, recto and verso on one sheet",
    )
    block = ["M. GAUTHIER-RIVIERE THOMAS", "8 ALLEE DES CERISIERS", "35000 RENNES"]
    for ym, iss, amt in (
        ("2026-08", "2026-09-02", 39.99),
        ("2026-09", "2026-10-02", 39.99),
        ("2026-10", "2026-11-02", 42.99),
    ):
        pdf, fields = bill("sfr", "M. Thomas GAUTHIER-RIVIERE", block, home, ym, iss, amt, rng)
        fields["holder_name"] = "Thomas GAUTHIER-RIVIERE"
        name = f"Facture_SFR_{ym.replace('-', '')}.pdf"
        pk.write(name, pdf)
        pk.doc([(name, [1])], "utility_bill", "text_pdf", fields, "host's bill")
    acc = lib.french_iban("30002", "00451", "0000445781L")
    rib = {
        "style": "lcl",
        "acc": acc,
        "bank_sub": "Agence Rennes République",
        "title": "Relevé d'Identité Bancaire",
        "holder_lines": [
            "M GAUTHIER-RIVIERE THOMAS",
            "OU MME SHRESTHA SABINA",
            "8 ALLEE DES CERISIERS",
            "35000 RENNES",
        ],
        "domic": ["LCL RENNES REPUBLIQUE", "2 place de la République, 35000 Rennes"],
        "bic": "CRLYFRPP",
    }
    pk.write("RIB_LCL_compte_joint.pdf", money.rib_pdf(rib, rng))
    pk.doc(
        [("RIB_LCL_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "M GAUTHIER-RIVIERE THOMAS OU MME SHRESTHA SABINA",
            "iban": acc["iban"],
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account; the account number holds a letter (RIB key uses the letter conversion)",
    )
    req = dict(ALL_OK, employment="not_applicable")
    pk.save_truth(
        {
            "as_of": "2026-11-24",
            "employed": False,
            "status": "complete",
            "requirements": req,
            "defect": None,
            "applicant": {"surname": sur, "given_names": "Sabina", "date_of_birth": dob},
        }
    )
