"""Packet p03 of set_ct. Cameroon: attestation d'hébergement with host CNI and bills, CDD; in order."""

from __future__ import annotations

import civil_ct as cv
import docs_ct as dc
import form_ct as fm
import ids_ct as idc
from common_ct import (
    iban_make,
    iban_ok,
    images_pdf,
    mrz_yymmdd,
    phone_photo,
    rib_key,
    rnd,
    save_jpg,
    scan,
    signature_rgba,
    td1,
)
from pkt_common import (
    REQS,
    SKIN,
    form_fields,
    passport_dict,
    pp_fields,
    siret,
    spaced,
)


def p03(out, tmp):
    a = {
        "surname": "MBARGA ESSOMBA",
        "given": "SERGE BLAISE",
        "dob": "1990-07-09",
        "sex": "M",
        "code": "CMR",
        "pp_no": "AB4718305",
        "pp_exp": "2027-03-01",
        "skin": SKIN[0],
        "sig": "S. B. Mbarga",
        "form_surname": "MBARGA ESSOMBA",
        "form_given": "Serge Blaise",
        "pob_commune": "Yaoundé",
        "pob_pays": "Cameroun",
        "nat_fr": "Camerounaise",
        "street": "chez Mme NGONO, 8 allée des Tilleuls",
        "cp": "91000",
        "city": "Évry-Courcouronnes",
        "tel": "06 41 02 77 83",
        "email": "sergeblaise.mbarga@yahoo.fr",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Agent logistique",
        "place": "Évry-Courcouronnes",
        "date_text": "20/11/2026",
    }
    a["pp_print"] = {
        "upper_title": "RÉPUBLIQUE DU CAMEROUN",
        "upper_note": "REPUBLIC OF CAMEROON",
        "country_line": "RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON",
        "doc_title": "PASSEPORT / PASSPORT",
        "tint": (205, 215, 190),
        "labels": {
            "type": "Type/Type",
            "code": "Code/Code",
            "number": "N° Passeport/Passport No.",
            "surname": "Nom/Surname",
            "given": "Prénoms/Given names",
            "nat": "Nationalité/Nationality",
            "sex": "Sexe/Sex",
            "dob": "Date de naissance/Date of birth",
            "pob": "Lieu de naissance/Place of birth",
            "issue": "Date de délivrance/Date of issue",
            "expiry": "Date d'expiration/Date of expiry",
            "auth": "Autorité/Authority",
        },
        "surname_print": "MBARGA ESSOMBA",
        "given_print": "SERGE BLAISE",
        "nat_print": "CAMEROUNAISE",
        "sex_print": "M",
        "dob_print": "09 JUL/JUIL 1990",
        "pob_print": "YAOUNDE",
        "issue_print": "02 MAR/MARS 2022",
        "exp_print": "01 MAR/MARS 2027",
        "auth_print": "DÉLÉGATION GÉNÉRALE À LA SÛRETÉ NATIONALE",
    }
    d = out
    docs = []
    # form: fillable AcroForm, signature image pasted
    r = rnd("p03/form")
    sig = signature_rgba(a["sig"], r, 560, 190, key="ruf", color=(15, 20, 60))
    fm.Form(
        d / "Formulaire_S1106_rempli.pdf",
        0,
        "acro",
        fm.values(a),
        sig,
        title="Demande d'ouverture des droits à l'assurance maladie",
    ).build()
    docs.append(
        {
            "files": [{"path": "Formulaire_S1106_rempli.pdf", "pages": [1, 2]}],
            "type": "application_form",
            "look": "text_pdf",
            "fields": form_fields(a),
            "notes": "fillable PDF: AcroForm text fields and checkboxes with appearance "
            "streams; photographed handwritten signature pasted as an image",
        }
    )
    r = rnd("p03/pp")
    pd, _ = passport_dict(a, r)
    save_jpg(
        phone_photo(idc.passport(pd, r), r, rot=90, table="cloth", fill=0.75), d / "IMG_0931.jpg"
    )
    docs.append(
        {
            "files": [{"path": "IMG_0931.jpg", "pages": [1]}],
            "type": "passport",
            "look": "phone_photo",
            "fields": pp_fields(a),
            "notes": "double surname; photo rotated 90 degrees",
        }
    )
    r = rnd("p03/rec")
    rec = {
        "prefecture": "PRÉFECTURE DE L'ESSONNE",
        "subtitle": "Première demande",
        "number": "9912407635",
        "agdref": "9101287344",
        "surname": "MBARGA ESSOMBA",
        "given": "SERGE BLAISE",
        "dob_print": "09/07/1990",
        "pob": "YAOUNDÉ (CAMEROUN)",
        "sex": "M",
        "nat": "CAMEROUNAISE",
        "issued_print": "21/10/2026",
        "until_print": "20/01/2027",
        "motif": "Carte de séjour temporaire — salarié",
        "address": "chez Mme NGONO, 8 allée des Tilleuls, 91000 Évry-Courcouronnes",
        "mentions": ["AUTORISE SON TITULAIRE À TRAVAILLER"],
        "city": "Évry-Courcouronnes",
        "agent": "C. Perrin",
        "stamp_dep": "ESSONNE",
        "ring": "PRÉFECTURE DE L'ESSONNE",
        "skin": a["skin"],
        "hair": (25, 20, 18),
    }
    images_pdf([scan(idc.recepisse(rec, r), r)], d / "recepisse.pdf", r)
    docs.append(
        {
            "files": [{"path": "recepisse.pdf", "pages": [1]}],
            "type": "residence_permit",
            "look": "image_pdf",
            "fields": {
                "surname": "MBARGA ESSOMBA",
                "given_names": "SERGE BLAISE",
                "document_number": "9912407635",
                "nationality": "CMR",
                "issuing_country": "FRA",
                "date_of_birth": a["dob"],
                "sex": "M",
                "expiry_date": "2027-01-20",
                "mrz_valid": None,
            },
            "notes": "récépissé de demande de carte de séjour (paper, no MRZ), valid "
            "until 20/01/2027, authorises work",
        }
    )
    r = rnd("p03/birth")
    b = {
        "region": "Centre",
        "centre": "Yaoundé IV",
        "act": "1990/0457",
        "surname": "MBARGA ESSOMBA",
        "given": "Serge Blaise",
        "dob_txt": "neuf juillet mil neuf cent quatre-vingt-dix",
        "pob": "Hôpital Central de Yaoundé",
        "sex_txt": "Masculin / Male",
        "father": "MBARGA Jean-Marie",
        "father_birth": "Mbalmayo, le 12/03/1958",
        "mother": "ESSOMBA Thérèse",
        "mother_birth": "Obala, le 30/08/1963",
        "drawn_txt": "16 juillet 1990",
        "declarant": "MBARGA Jean-Marie, père de l'enfant",
        "officer": "NKOA Gaston",
        "issued_txt": "03/02/2026",
        "registrar": "R. Atangana",
    }
    save_jpg(
        phone_photo(cv.birth_cameroon(b, r), r, rot=270, table="grey", fill=0.85),
        d / "acte de naissance.jpg",
    )
    docs.append(
        {
            "files": [{"path": "acte de naissance.jpg", "pages": [1]}],
            "type": "birth_certificate",
            "look": "phone_photo",
            "fields": {
                "surname": "MBARGA ESSOMBA",
                "given_names": "Serge Blaise",
                "date_of_birth": a["dob"],
                "place_of_birth": "Yaoundé",
                "issuing_country": "CMR",
                "language": "fr+en",
                "has_apostille": False,
            },
            "notes": "bilingual copie certifiée conforme; no apostille: Cameroon is "
            "dispensed by the Franco-Cameroonian judicial cooperation agreement "
            "of 21 February 1974 (not a Hague apostille country); rotated 270",
        }
    )
    # attestation d'hébergement (handwritten), host's CNI, host's bills
    host = {
        "surname": "NGONO",
        "given": "MIREILLE",
        "dob": "1985-01-22",
        "cni": "W3RT8PF41",
        "exp": "2031-06-13",
    }
    r = rnd("p03/att")
    att = {
        "sig": "M. Ngono",
        "font": "dkg",
        "paras": [
            (
                "Je soussignée Mme Mireille NGONO, née le 22/01/1985 à Yaoundé (Cameroun), demeurant "
                "8 allée des Tilleuls, 91000 Évry-Courcouronnes,"
            ),
            (
                "atteste sur l'honneur héberger à mon domicile mon cousin, M. Serge Blaise MBARGA "
                "ESSOMBA, né le 09/07/1990 à Yaoundé (Cameroun), depuis le 15 mars 2026."
            ),
            "Je joins la copie de ma carte d'identité et mes trois dernières factures d'électricité.",
            "Fait pour servir et valoir ce que de droit.",
            "Fait à Évry-Courcouronnes, le 02/11/2026",
        ],
    }
    save_jpg(scan(cv.attestation_hand(att, r), r), d / "attestation_hebergement.jpg", q=85)
    docs.append(
        {
            "files": [{"path": "attestation_hebergement.jpg", "pages": [1]}],
            "type": "hosting_attestation",
            "look": "scan",
            "fields": {
                "host_name": "Mireille NGONO",
                "hosted_name": "Serge Blaise MBARGA ESSOMBA",
                "address": "8 allée des Tilleuls, 91000 Évry-Courcouronnes",
                "since_date": "2026-03-15",
                "signed_on": "2026-11-02",
                "signed": True,
            },
            "notes": "handwritten on plain paper, signed",
        }
    )
    r = rnd("p03/cni")
    mrz = td1(
        "ID",
        "FRA",
        host["cni"],
        mrz_yymmdd(host["dob"]),
        "F",
        mrz_yymmdd(host["exp"]),
        "FRA",
        host["surname"],
        host["given"],
    )
    card = {
        "bg": (232, 236, 244),
        "tint": (195, 205, 230),
        "title": "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "skin": SKIN[1],
        "hair": (25, 20, 18),
        "sex": "F",
        "surname": "NGONO",
        "given": "MIREILLE",
        "nat": "FRA",
        "dob_print": "22 01 1985",
        "number": host["cni"],
        "sig_name": "M Ngono",
        "front_extra": [
            ("LIEU DE NAISSANCE / Place of birth", "YAOUNDÉ (CMR)"),
            ("DATE D'EXPIR. / Expiry date", "13 06 2031"),
        ],
        "back": [
            ("ADRESSE / Address", "8 ALLÉE DES TILLEULS"),
            ("", "91000 ÉVRY-COURCOURONNES"),
            ("DATE DE DÉLIVRANCE / Date of issue", "14 06 2021"),
        ],
        "mrz": mrz,
    }
    sheet = idc.on_sheet(
        [(idc.card_fr(card, r), 25, 30, 85.6), (idc.card_fr(card, r, back=True), 25, 100, 85.6)], r
    )
    images_pdf([scan(sheet, r)], d / "CNI_Mireille_recto_verso.pdf", r)
    docs.append(
        {
            "files": [{"path": "CNI_Mireille_recto_verso.pdf", "pages": [1]}],
            "type": "national_id",
            "look": "image_pdf",
            "fields": {
                "surname": "NGONO",
                "given_names": "MIREILLE",
                "document_number": host["cni"],
                "nationality": "FRA",
                "issuing_country": "FRA",
                "date_of_birth": host["dob"],
                "sex": "F",
                "expiry_date": host["exp"],
                "mrz_valid": True,
            },
            "notes": "the host's French identity card (2021 model, TD1), both faces on "
            "one scanned page",
        }
    )
    for i, (mon, issue, last, amt) in enumerate(
        [
            ("08", "2026-09-04", "31", 58.40),
            ("09", "2026-10-05", "30", 61.15),
            ("10", "2026-11-04", "31", 74.90),
        ]
    ):
        r = rnd(f"p03/bill{i}")
        name = f"Engie_facture_{issue[:7].replace('-', '')}.pdf"
        bd = {
            "holder_line": "Mme Mireille NGONO",
            "address": ["8 allée des Tilleuls", "91000 ÉVRY-COURCOURONNES"],
            "issue": issue,
            "number": f"3019{mon}{52731 + i:06d}",
            "account": "6004 1187 523",
            "account_label": "Référence client",
            "debit": f"2026-{int(mon) + 1:02d}-15",
            "refs": [("PDL", "2143 8855 0012 47"), ("Offre", "Elec Référence 3 ans")],
            "period_label": f"Consommation d'électricité du 01/{mon}/2026 au "
            f"{last}/{mon}/2026 (relevé Linky)",
            "lines": [
                ("Abonnement 6 kVA", 15.65),
                ("Consommation", round(amt - 15.65 - 9.12, 2)),
                ("Taxes et contributions (CTA, accise)", 9.12),
            ],
            "amount": amt,
            "chart": [
                (m, v)
                for m, v in zip(
                    [
                        "nov",
                        "déc",
                        "jan",
                        "fév",
                        "mar",
                        "avr",
                        "mai",
                        "juin",
                        "juil",
                        "août",
                        "sep",
                        "oct",
                    ][i : i + 10],
                    [260, 240, 231, 205, 180, 140, 120, 98, 96, 101, 118, 160][i : i + 10],
                )
            ],
            "notes": [
                "Adresse du logement : 8 allée des Tilleuls, 91000 Évry-Courcouronnes",
                "Facturation mensuelle sur index réels.",
            ],
        }
        dc.bill(d / name, "engie", bd)
        docs.append(
            {
                "files": [{"path": name, "pages": [1]}],
                "type": "utility_bill",
                "look": "text_pdf",
                "fields": {
                    "provider": "Engie",
                    "service": "electricity",
                    "holder_name": "Mireille NGONO",
                    "address": "8 allée des Tilleuls, 91000 Évry-Courcouronnes",
                    "issue_date": issue,
                    "period_start": f"2026-{mon}-01",
                    "period_end": f"2026-{mon}-{last}",
                    "month": f"2026-{mon}",
                    "amount": amt,
                },
                "notes": "host's monthly electricity bill",
            }
        )
    r = rnd("p03/cdd")
    st = siret("8934127650001")
    K = {
        "employer": "TRANSLOG ESSONNE SAS",
        "employer_lines": [
            "La société TRANSLOG ESSONNE SAS, au capital de 150 000 €,",
            (
                "dont le siège est situé ZAC du Bois Briard, 2 rue du Bois Briard, "
                "91000 Évry-Courcouronnes,"
            ),
            f"immatriculée sous le SIRET {st}, code APE 5210B,",
            "représentée par M. Laurent Cazenave, directeur des ressources humaines,",
        ],
        "employee_lines": [
            (
                "M. Serge Blaise MBARGA ESSOMBA, né le 09/07/1990 à Yaoundé "
                "(Cameroun), de nationalité camerounaise,"
            ),
            "demeurant chez Mme Ngono, 8 allée des Tilleuls, 91000 Évry-Courcouronnes,",
        ],
        "start": "2026-09-14",
        "end": "2027-03-13",
        "job": "Agent logistique",
        "level": "II",
        "ccn": "des transports routiers et activités auxiliaires du transport (IDCC 16)",
        "place": "Entrepôt de Lisses, 12 rue des Malines, 91090 Lisses.",
        "gross": 1854.0,
        "city": "Évry-Courcouronnes",
        "signed": "2026-09-10",
        "signatory": "Laurent Cazenave, DRH",
    }
    dc.contract(
        d / "contrat_CDD_Translog.pdf",
        K,
        [signature_rgba("L. Cazenave", r, key="dkg_i"), signature_rgba("Mbarga", r, key="ruf")],
    )
    docs.append(
        {
            "files": [{"path": "contrat_CDD_Translog.pdf", "pages": [1, 2]}],
            "type": "employment_contract",
            "look": "text_pdf",
            "fields": {
                "employer": "TRANSLOG ESSONNE SAS",
                "employee_name": "Serge Blaise MBARGA ESSOMBA",
                "contract_type": "CDD",
                "job_title": "Agent logistique",
                "start_date": "2026-09-14",
            },
            "notes": "CDD 6 months",
        }
    )
    r = rnd("p03/rib")
    bank, br, acc = "18206", "00045", "60891247311"
    key = rib_key(bank, br, acc)
    iban = iban_make("FR", bank + br + acc + key)
    assert iban_ok(iban)
    R = {
        "style": "ca",
        "caisse": "Caisse régionale de Paris et d'Île-de-France",
        "holder_lines": [
            "M MBARGA ESSOMBA SERGE BLAISE",
            "CHEZ MME NGONO",
            "8 ALLEE DES TILLEULS",
            "91000 EVRY-COURCOURONNES",
        ],
        "branch_lines": ["CA EVRY AGORA", "01 69 87 41 20"],
        "bank": bank,
        "branch": br,
        "account": acc,
        "key": key,
        "iban_print": spaced(iban),
        "bic": "AGRIFRPP882",
    }
    save_jpg(
        phone_photo(cv.rib_paper(R, r), r, rot=0, table="wood", fill=0.85),
        d / "IMG_20261103_094512.jpg",
    )
    docs.append(
        {
            "files": [{"path": "IMG_20261103_094512.jpg", "pages": [1]}],
            "type": "rib",
            "look": "phone_photo",
            "fields": {
                "holder_name": "M MBARGA ESSOMBA SERGE BLAISE",
                "iban": iban,
                "bic": "AGRIFRPP882",
                "bank_name": "Crédit Agricole Île-de-France",
                "iban_valid": True,
                "rib_key_valid": True,
            },
            "notes": "printed RIB photographed",
        }
    )
    return {
        "as_of": "2026-11-26",
        "employed": True,
        "status": "complete",
        "requirements": {k: "complete" for k in REQS},
        "defect": None,
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
        "documents": docs,
    }
