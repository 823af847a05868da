"""Packet p01 of set_w."""

from functools import partial as P

import docs_fr as F
import docs_id as I
from wkit import (
    MOROCCO,
    Packet,
    a4,
    card,
    form_fields,
    id_fields,
    make_rib,
    passport_data,
    rib_fields,
    siret,
    visa,
    visa_fields,
)

ALL_OK = {
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
}


def p01(out):
    """Moroccan engineer in Lyon: lease, payslip, BNP RIB. In order."""
    pk = Packet(out, "p01", 101)
    rng = pk.rng
    sur, giv, dob = "EL HADDAOUI", "SALMA", "1994-03-17"
    street, cp, city = "27 rue de Marseille, appartement 12", "69007", "Lyon"
    # application form, typed, printed, signed, scanned as one PDF
    f = {
        "fill": "typed",
        "run": 0,
        "surname": sur,
        "given": "Salma",
        "sex": "F",
        "dob": dob,
        "pob_city": "Casablanca",
        "pob_country": "Maroc",
        "nationality": "marocaine",
        "street": street,
        "cp": cp,
        "city": city,
        "phone": "06 52 18 43 97",
        "email": "salma.elhaddaoui@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Ingénieure optique — Lumen Optique SAS",
        "place": "Lyon",
        "signed_on": "2026-11-14",
        "sig_name": "S. El Haddaoui",
    }
    pages = [a4(P(F.form_p1, f=f), rng=rng), a4(lambda pg: F.form_p2(pg, f, rng), rng=rng)]
    pk.image_pdf("formulaire_S1106.pdf", pages)
    pk.add(
        [{"path": "formulaire_S1106.pdf", "pages": [1, 2]}],
        "application_form",
        "image_pdf",
        form_fields(f, True),
        "typed on screen, printed, signed in blue ink, scanned",
    )
    # passport, phone photo
    pp = passport_data(
        MOROCCO,
        "MAR",
        sur,
        giv,
        "UZ4817263",
        "MAROCAINE",
        dob,
        "F",
        "CASABLANCA",
        "2023-02-14",
        "2028-02-13",
        "CASABLANCA",
        (180, 140, 110),
    )
    pk.phone("IMG_20261114_191204.jpg", card(I.passport, pp, rng, dpi=320), landscape=True)
    pk.add(
        [{"path": "IMG_20261114_191204.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        id_fields(sur, giv, "UZ4817263", "MAR", "MAR", dob, "F", "2028-02-13"),
        "data page photographed on a table; MRZ TD3",
    )
    # VLS-TS sticker, phone photo rotated
    v = visa(
        {
            "surname": sur,
            "given": giv,
            "number": "019384756",
            "nat": "MAR",
            "dob": dob,
            "sex": "F",
            "valid_from": "2026-06-01",
            "valid_until": "2027-05-31",
            "days": "365",
            "issued_in": "RABAT",
            "issued_on": "2026-05-20",
            "passport_no": "UZ4817263",
            "category": "SALARIE",
            "skin": (180, 140, 110),
            "remarks": [
                "VLS-TS SALARIE",
                "CESEDA R.431-16 15°",
                "A VALIDER EN LIGNE DANS LES 3 MOIS",
            ],
        }
    )
    pk.phone(
        "IMG_20261114_191230.jpg", card(I.visa_sticker, v, rng, dpi=320), rot90=1, landscape=True
    )
    pk.add(
        [{"path": "IMG_20261114_191230.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        visa_fields(v),
        "photo rotated 90 degrees; printed number 'FRA 019384756', MRV-A MRZ",
    )
    # birth certificate and apostille, one scanned PDF
    b = {
        "province": "Préfecture de Casablanca",
        "commune": "Casablanca-Anfa",
        "act_no": "1287",
        "act_year": "1994",
        "surname": sur,
        "given": "Salma",
        "dob": dob,
        "pob": "Casablanca",
        "sex_word": "Féminin",
        "father": "Mohammed El Haddaoui",
        "mother": "Fatima Zahra Bennani",
        "issued": "2026-03-02",
    }
    ap = {
        "labels": [
            "Pays / Country :",
            "a été signé par / has been signed by :",
            "agissant en qualité de / acting in the capacity of :",
            "est revêtu du sceau de / bears the seal of :",
            "à / at :",
            "le / the :",
            "par / by :",
            "sous n° / No :",
            "Sceau / timbre :",
            "Signature :",
        ],
        "country": "ROYAUME DU MAROC",
        "signed_by": "Youssef BENALI",
        "capacity": "Officier de l'état civil",
        "seal": "Commune de Casablanca-Anfa",
        "at": "Casablanca",
        "issued_on": "2026-03-05",
        "by": "Le Procureur du Roi, TPI de Casablanca",
        "number": "2026/AP/04512",
        "seal_text": "TPI CASABLANCA",
        "signed_by_sig": "Alaoui",
        "double": True,
    }
    pages = [
        a4(lambda pg: I.birth_morocco(pg, b, rng), rng=rng),
        a4(lambda pg: I.apostille(pg, ap, rng), rng=rng),
    ]
    pk.image_pdf("acte_naissance_apostille.pdf", pages)
    pk.add(
        [{"path": "acte_naissance_apostille.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": sur,
            "given_names": "Salma",
            "date_of_birth": dob,
            "place_of_birth": "Casablanca",
            "issuing_country": "MAR",
            "language": "fr",
            "has_apostille": True,
        },
        "Moroccan extrait d'acte de naissance, bilingual French/Arabic",
    )
    pk.add(
        [{"path": "acte_naissance_apostille.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "MAR",
            "issued_on": "2026-03-05",
            "number": "2026/AP/04512",
            "signed_by": "Le Procureur du Roi, TPI de Casablanca",
        },
        "10-item Hague model; item 2 (signer of the act) is Youssef BENALI",
    )
    # lease, scanned PDF of pages 1 and 2
    L = {
        "landlord": "Hélène VASSEUR",
        "landlord_addr": "4 quai Fulchiron, 69005 Lyon",
        "tenants_printed": ["Madame Salma EL HADDAOUI"],
        "address": "27 rue de Marseille, appartement 12, 69007 Lyon",
        "surface": "38",
        "rooms": "2",
        "start": "2026-06-15",
        "rent": "720",
        "charges": "60",
        "city": "Lyon",
        "signed": "2026-06-10",
        "tenant_sig": "S. El Haddaoui",
    }
    pages = [a4(P(F.lease_p1, L=L), rng=rng), a4(lambda pg: F.lease_p2(pg, L, rng), rng=rng)]
    pk.image_pdf("bail_signe.pdf", pages)
    pk.add(
        [{"path": "bail_signe.pdf", "pages": [1, 2]}],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Salma EL HADDAOUI"],
            "landlord": "Hélène VASSEUR",
            "address": "27 rue de Marseille, appartement 12, 69007 Lyon",
            "start_date": "2026-06-15",
        },
        "loi 1989 lease, started 5 months before as_of",
    )
    # payslip, text PDF
    st = siret(rng)
    ps = {
        "start": "01/10/2026",
        "end": "31/10/2026",
        "employer": "LUMEN OPTIQUE SAS",
        "employer_addr": ["12 avenue Tony Garnier", "69007 Lyon"],
        "siret": st,
        "naf": "2670Z",
        "idcc": "Métallurgie (IDCC 3248)",
        "employee": "Mme Salma EL HADDAOUI",
        "employee_addr": ["27 rue de Marseille, appt 12", "69007 Lyon"],
        "job": "Ingénieure optique",
        "entry": "08/06/2026",
        "gross": "4 500,00",
        "net_before": "3 481,57",
        "pas": "-148,00",
        "net": "3 333,57",
        "paid_on": "30/10/2026",
    }
    pk.text_pdf("Bulletin_salaire_octobre_2026.pdf", [P(F.payslip, p=ps)], title="Bulletin")
    pk.add(
        [{"path": "Bulletin_salaire_octobre_2026.pdf", "pages": [1]}],
        "payslip",
        "text_pdf",
        {
            "employer": "LUMEN OPTIQUE SAS",
            "employee_name": "Salma EL HADDAOUI",
            "period": "2026-10",
            "net_pay": "3333.57",
            "siret": st.replace(" ", ""),
        },
        "net_pay normalised from '3 333,57 €'",
    )
    # RIB, text PDF
    r = make_rib("30004", "00828", "00010498316", "BNPAFRPPXXX", "BNP Paribas")
    r.update(
        {
            "holder_printed": "MME EL HADDAOUI SALMA",
            "addr": ["27 RUE DE MARSEILLE APT 12", "69007 LYON"],
            "branch_lines": ["BNP PARIBAS LYON JEAN MACE", "2 PLACE JEAN MACE", "69007 LYON"],
        }
    )
    pk.text_pdf("RIB_BNP_PARIBAS.pdf", [P(F.rib_bnp, r=r)], title="RIB")
    pk.add(
        [{"path": "RIB_BNP_PARIBAS.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        rib_fields(r, "EL HADDAOUI SALMA"),
        "",
    )
    pk.write_truth(
        "2026-11-20", True, ALL_OK, None, {"surname": sur, "given_names": giv, "date_of_birth": dob}
    )
    return "p01"
