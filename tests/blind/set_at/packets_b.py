"""Packets p03 and p04 of set_at."""

from __future__ import annotations

import common as C
import layouts_docs as D
import layouts_fr as R
import layouts_id as ID
from kit import (
    ALL_OK,
    apo_fields,
    applicant,
    bill_fields,
    birth_fields,
    form_fields,
    id_fields,
    rib_fields,
    visa_fields,
)
from packets_a import _form


# -- p03: Lesotho, not employed, hosted by a friend (handwritten attestation) ------------------------
def p03(pk, out):
    as_of = "2026-11-27"
    p = {
        "surname": "Molapo",
        "given": "'Mathabo Lerato",
        "nat": "LSO",
        "natname": "Mosotho",
        "dob": "1995-11-23",
        "sex": "F",
        "pob": "Maseru",
        "doc": "RA0283164",
        "issued": "2023-01-16",
        "expiry": "2033-01-15",
        "authority": "DEPT OF NATIONAL ID",
    }
    a1, a2 = "5 impasse du Moulin", "31200 Toulouse"
    f = {
        "surname": "Molapo",
        "usage": None,
        "given": "'Mathabo Lerato",
        "sex": "F",
        "dob": p["dob"],
        "pob_city": "Maseru",
        "pob_country": "Lesotho",
        "nationality": "lesothane",
        "address": "chez Mme N'Guessan, " + a1,
        "cp": "31200",
        "city": "Toulouse",
        "phone": "07 81 30 52 19",
        "email": "mathabo.molapo@yahoo.com",
        "situation": "sans_activite",
        "place": "Toulouse",
        "date_text": "12/11/2026",
        "fill": "hand",
        "hand_font": "ecolier",
        "signer": "M. Molapo",
    }
    files = _form(pk, f, "scan", ["scan_0001.jpg", "scan_0002.jpg"])
    pk.doc(
        files,
        "application_form",
        "scan",
        form_fields(f, "2026-11-12", False),
        "hand-filled, print run 1, flatbed scans",
    )
    pg, _ = ID.passport(p, pk.rng())
    v = {
        "doc": "051902637",
        "surname": "Molapo",
        "given": "'Mathabo Lerato",
        "nat": "LSO",
        "dob": p["dob"],
        "sex": "F",
        "from": "2026-06-01",
        "until": "2027-05-31",
        "days": "365",
        "issued_in": "JOHANNESBURG",
        "issued": "2026-05-12",
        "passport": p["doc"],
        "remark1": "VLS-TS VISITEUR",
        "remark2": "CESEDA R.431-16 / PAS D'ACTIVITE PROFESSIONNELLE",
    }
    vp, _ = ID.visa(v, pk.rng())
    pk.write("passeport_visa.pdf", [pg, vp], "image_pdf", dpi=300)
    pk.doc(
        [("passeport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        id_fields(p),
        "booklet scanned flat; given names start with an apostrophe ('Mathabo)",
    )
    pk.doc(
        [("passeport_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        visa_fields(v, "VISITEUR"),
        "VLS-TS visiteur, issued by the consulate in Johannesburg",
    )
    b = {
        "surname": "Molapo",
        "given": "'Mathabo Lerato",
        "sex": "F",
        "dob": p["dob"],
        "pob": "Queen Elizabeth II Hospital, Maseru",
        "district": "Maseru",
        "father": "Tšeliso Molapo",
        "mother": "'Maneo Molapo",
        "reg_no": "MSU/1995/11872",
        "reg_date": "1995-12-14",
        "issued": "2026-01-20",
        "cert_no": "L 0419327",
        "registrar": "P. Letsie",
    }
    pk.write(
        "IMG_20261108_101544.jpg", [ID.birth_lesotho(b, pk.rng())], "phone_photo", table="white"
    )
    pk.doc(
        [("IMG_20261108_101544.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        birth_fields(b, "LSO"),
    )
    ap = {
        "country": "Kingdom of Lesotho",
        "signer_doc": "P. Letsie",
        "capacity": "Registrar of Births and Deaths",
        "seal_of": "Ministry of Home Affairs",
        "at": "Maseru",
        "issued": "2026-01-29",
        "by": "Registrar of the High Court",
        "number": "LS 2026/0211",
        "stamp": ["HIGH COURT", "OF LESOTHO", "MASERU"],
    }
    pk.write(
        "IMG_20261108_101602.jpg",
        [ID.apostille(ap, pk.rng())],
        "phone_photo",
        rot=270,
        table="white",
    )
    pk.doc(
        [("IMG_20261108_101602.jpg", [1])],
        "apostille",
        "phone_photo",
        apo_fields(ap),
        "photo rotated 270",
    )
    at = {
        "host_print": "Thérèse N'Guessan",
        "addr1": a1,
        "addr2": a2,
        "font": "dkg",
        "body": [
            "Je soussignée Thérèse N'Guessan, née le 04/02/1984",
            "à Abidjan (Côte d'Ivoire), demeurant " + a1 + ",",
            a2 + ", atteste sur l'honneur héberger",
            "à mon domicile Mme 'Mathabo Lerato Molapo,",
            "née le 23/11/1995 à Maseru (Lesotho), depuis le",
            "10 juin 2026.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "signed_line": "Fait à Toulouse le 09/11/2026",
        "host_sig": "T. N'Guessan",
    }
    pk.write("IMG_20261109_200317.jpg", [D.attestation_hand(at, pk.rng())], "phone_photo")
    pk.doc(
        [("IMG_20261109_200317.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Thérèse N'Guessan",
            "hosted_name": "'Mathabo Lerato Molapo",
            "address": a1 + ", " + a2,
            "since_date": "2026-06-10",
            "signed_on": "2026-11-09",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    h = {
        "doc": "X7KF2RL49",
        "surname": "N'Guessan",
        "given": "Thérèse Awa",
        "dob": "1984-02-04",
        "sex": "F",
        "expiry": "2032-03-21",
        "pob": "Abidjan (Côte d'Ivoire)",
        "address1": a1,
        "address2": a2,
        "issued": "2022-03-22",
    }
    fr, bk, _ = ID.cni(h, pk.rng())
    pk.write("cni_therese.jpg", [ID.card_sheet(fr, bk)], "scan")
    pk.doc(
        [("cni_therese.jpg", [1])],
        "national_id",
        "scan",
        {
            "surname": "N'GUESSAN",
            "given_names": "THÉRÈSE AWA",
            "document_number": h["doc"],
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": h["dob"],
            "sex": "F",
            "expiry_date": h["expiry"],
            "mrz_valid": True,
        },
        "host's French identity card (2021 model), both sides on one sheet",
    )
    for mo, last, kwh, amt, iss in [
        ("08", "31", 142, 52.37, "2026-09-04"),
        ("09", "30", 155, 55.20, "2026-10-05"),
        ("10", "31", 198, 64.81, "2026-11-04"),
    ]:
        b_ = {
            "number": f"10{mo}73391{kwh}",
            "issue": iss,
            "holder_print": "MME THERESE N'GUESSAN",
            "addr1": a1.upper(),
            "addr2": a2.upper(),
            "login": "1-4KD82J7",
            "line": "21432870119365",
            "start": f"2026-{mo}-01",
            "end": f"2026-{mo}-{last}",
            "kwh": kwh,
            "base": 13.61,
            "amount": amt,
            "debit": iss[:8] + "15",
        }
        fn = f"facture_totalenergies_2026{mo}.pdf"
        pk.write(fn, [R.bill_total(b_, pk.rng())], "text_pdf")
        pk.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields(b_, "TotalEnergies", "electricity", "THERESE N'GUESSAN"),
            "host's bill",
        )
    acc = "1234567X031"
    iban, key = C.fr_iban("20041", "01016", acc)
    r = {
        "holder_print": "MLLE 'MATHABO LERATO MOLAPO",
        "addr1": "CHEZ MME N'GUESSAN",
        "addr2": a1.upper() + " " + a2.upper(),
        "bank": "20041",
        "branch": "01016",
        "account": acc,
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPTOU",
        "agency": "La Banque Postale - Centre Financier de Toulouse",
    }
    pk.write("rib.jpg", [R.rib_lbp(r, pk.rng())], "scan")
    pk.doc(
        [("rib.jpg", [1])],
        "rib",
        "scan",
        rib_fields(r, "'MATHABO LERATO MOLAPO", "La Banque Postale"),
        "account number contains a letter (RIB key letter conversion)",
    )
    req = dict(ALL_OK, employment="not_applicable")
    pk.truth(out, as_of, False, req, None, applicant(p))


# -- p04: Belize, not employed, hosted by spouse; DEFECT: VLS-TS expired ----------------------------
def p04(pk, out):
    as_of = "2026-11-20"
    p = {
        "surname": "Chi Caal",
        "given": "Marvin Josué",
        "nat": "BLZ",
        "natname": "Belizean",
        "dob": "1986-05-09",
        "sex": "M",
        "pob": "Orange Walk Town",
        "doc": "P0731946",
        "issued": "2024-04-18",
        "expiry": "2034-04-17",
        "authority": "IMMIGRATION BELMOPAN",
    }
    a1, a2 = "41 rue Jean Jaurès", "35000 Rennes"
    f = {
        "surname": "Chi Caal",
        "usage": None,
        "given": "Marvin Josué",
        "sex": "M",
        "dob": p["dob"],
        "pob_city": "Orange Walk Town",
        "pob_country": "Belize",
        "nationality": "bélizienne",
        "address": a1,
        "cp": "35000",
        "city": "Rennes",
        "phone": "06 47 19 22 85",
        "email": "marvin.chicaal@gmail.com",
        "situation": "sans_activite",
        "place": "Rennes",
        "date_text": "05/11/2026",
        "fill": "typed",
        "date_hand": False,
        "signer": "Marvin Chi",
    }
    files = _form(pk, f, "text_pdf", ["S1106_formulaire_rempli.pdf"], run=1)
    pk.doc(
        files,
        "application_form",
        "text_pdf",
        form_fields(f, "2026-11-05", False),
        "typed on screen, handwritten signature image pasted in the box",
    )
    pg, _ = ID.passport(p, pk.rng())
    pk.write("IMG_0935.jpg", [pg], "phone_photo", rot=90, dpi=300, fill=0.72, table="dark")
    pk.doc([("IMG_0935.jpg", [1])], "passport", "phone_photo", id_fields(p), "photo rotated 90")
    v = {
        "doc": "044716208",
        "surname": "Chi Caal",
        "given": "Marvin Josué",
        "nat": "BLZ",
        "dob": p["dob"],
        "sex": "M",
        "from": "2025-10-03",
        "until": "2026-10-02",
        "days": "365",
        "issued_in": "MEXICO",
        "issued": "2025-09-16",
        "passport": p["doc"],
        "remark1": "VLS-TS CONJOINT DE FRANCAIS",
        "remark2": "CESEDA R.431-16 / A VALIDER DES L'ARRIVEE",
    }
    vp, _ = ID.visa(v, pk.rng())
    pk.write("IMG_0936.jpg", [vp], "phone_photo", rot=270, dpi=300, fill=0.72, table="dark")
    pk.doc(
        [("IMG_0936.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(v, "CONJOINT DE FRANCAIS"),
        "DEFECT: valid until 2026-10-02, expired at as_of 2026-11-20; no récépissé/titre",
    )
    b = {
        "surname": "Chi Caal",
        "given": "Marvin Josué",
        "sex": "M",
        "dob": p["dob"],
        "pob": "Northern Regional Hospital, Orange Walk Town",
        "district": "Orange Walk",
        "father": "Hilario Chi",
        "mother": "Juana Caal de Chi",
        "informant": "Juana Caal de Chi, Mother",
        "reg_date": "1986-05-27",
        "reg_no": "OW-1986-0562",
        "issued": "2025-06-10",
        "registrar": "Anita Usher",
    }
    ap = {
        "country": "Belize",
        "signer_doc": "Anita Usher",
        "capacity": "Deputy Registrar General",
        "seal_of": "General Registry, Belize",
        "at": "Belmopan",
        "issued": "2025-06-19",
        "by": "Ministry of Foreign Affairs",
        "number": "BZ-0419/2025",
        "stamp": ["MINISTRY OF", "FOREIGN AFFAIRS", "BELIZE"],
    }
    pk.write(
        "acte_naissance_apostille.pdf",
        [ID.birth_belize(b, pk.rng()), ID.apostille(ap, pk.rng())],
        "image_pdf",
    )
    pk.doc(
        [("acte_naissance_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        birth_fields(b, "BLZ"),
    )
    pk.doc([("acte_naissance_apostille.pdf", [2])], "apostille", "image_pdf", apo_fields(ap))
    at = {
        "host_print": "Camille Lefèvre",
        "addr1": a1,
        "addr2": a2,
        "paras": [
            "Je soussignée Camille Lefèvre, née le 17/08/1989 à Vannes (56), demeurant "
            f"{a1}, {a2}, certifie sur l'honneur héberger à mon domicile mon époux, "
            "M. Marvin Josué Chi Caal, né le 09/05/1986 à Orange Walk Town (Belize), "
            "depuis le 6 octobre 2025.",
            "Cette attestation est établie pour servir et valoir ce que de droit, "
            "notamment auprès de la Caisse Primaire d'Assurance Maladie.",
        ],
        "signed_line": "Fait à Rennes, le 04/11/2026",
        "host_sig": "C. Lefèvre",
    }
    pk.write("attestation_hebergement.jpg", [D.attestation_typed(at, pk.rng())], "scan")
    pk.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Camille Lefèvre",
            "hosted_name": "Marvin Josué Chi Caal",
            "address": a1 + ", " + a2,
            "since_date": "2025-10-06",
            "signed_on": "2026-11-04",
            "signed": True,
        },
        "typed, signed by hand; host is the spouse",
    )
    h = {
        "doc": "T3N8QW5K2",
        "surname": "Lefèvre",
        "given": "Camille Hélène",
        "dob": "1989-08-17",
        "sex": "F",
        "expiry": "2031-11-02",
        "pob": "Vannes (56)",
        "address1": a1,
        "address2": a2,
        "issued": "2021-11-03",
    }
    fr, bk, _ = ID.cni(h, pk.rng())
    pk.write("CNI_Camille_recto.jpg", [fr], "phone_photo", dpi=600, fill=0.6)
    pk.write("CNI_Camille_verso.jpg", [bk], "phone_photo", dpi=600, fill=0.6)
    pk.doc(
        [("CNI_Camille_recto.jpg", [1]), ("CNI_Camille_verso.jpg", [1])],
        "national_id",
        "phone_photo",
        {
            "surname": "LEFÈVRE",
            "given_names": "CAMILLE HÉLÈNE",
            "document_number": h["doc"],
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": h["dob"],
            "sex": "F",
            "expiry_date": h["expiry"],
            "mrz_valid": True,
        },
        "host's (spouse's) identity card, front and back in two photos",
    )
    le = {
        "landlord": "M. et Mme Yannick Le Goff",
        "landlord_addr": "12 boulevard de la Liberté, 35000 Rennes",
        "tenants_print": ["Mme Camille LEFÈVRE"],
        "addr1": a1,
        "addr2": a2,
        "desc": "Appartement T3 de 63 m², 2e étage, avec balcon.",
        "start": "2021-09-01",
        "rent": 840.0,
        "charges": 70.0,
        "city": "Rennes",
        "signed": "2021-08-24",
        "landlord_sig": "Y. Le Goff",
        "tenant_sig": "C. Lefèvre",
    }
    pk.write("bail_camille.pdf", D.lease_pages(le, pk.rng()), "image_pdf")
    pk.doc(
        [("bail_camille.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Camille LEFÈVRE"],
            "landlord": "Yannick Le Goff",
            "address": a1 + ", " + a2,
            "start_date": "2021-09-01",
        },
        "host's lease",
    )
    iban, key = C.fr_iban("13606", "00041", "46321807312")
    r = {
        "holder_print": "M. MARVIN CHI CAAL OU MME CAMILLE LEFEVRE",
        "addr1": a1.upper(),
        "addr2": a2.upper(),
        "caisse": "Caisse Régionale d'Ille-et-Vilaine",
        "bank": "13606",
        "branch": "00041",
        "account": "46321807312",
        "key": key,
        "iban": iban,
        "bic": "AGRIFRPP836",
        "agency": "CA RENNES REPUBLIQUE",
    }
    pk.write("RIB_compte_joint.pdf", [R.rib_ca(r, pk.rng())], "text_pdf")
    pk.doc(
        [("RIB_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields(r, "MARVIN CHI CAAL OU CAMILLE LEFEVRE", "Crédit Agricole"),
        "joint account including the applicant",
    )
    req = dict(ALL_OK, employment="not_applicable", residence_status="invalid")
    pk.truth(
        out,
        as_of,
        False,
        req,
        "residence_status: VLS-TS (conjoint de Français) expired on 2026-10-02, before "
        "as_of; no titre de séjour or récépissé in the packet",
        applicant(p),
    )
