"""Packet p01: Nigeria, in order (lease, CDI payslip, VLS-TS)."""

from __future__ import annotations

from cx_births import birth_ng, birth_ng_back
from cx_civil import lease
from cx_common import (
    fr_iban,
    hand_text,
    iban_ok,
    mrva,
    rect_stamp,
    rib_key,
    signature,
    stamp,
    td3,
)
from cx_form import build_form
from cx_ids import (
    d_mon,
    open_booklet,
    passport_page,
    visa_sticker,
)
from cx_money import payslip, rib
from cx_out import (
    as_image_pdf,
    as_photo,
    as_scan,
    doc,
    f1,
    id_fields,
    pages_of,
    sign_at,
    siret,
    text_pdf,
    truth,
)

NG = {
    "paper": (236, 244, 236),
    "guil": (205, 228, 210),
    "band": (0, 110, 60),
    "band_text": (255, 255, 255),
    "title1": "FEDERAL REPUBLIC OF NIGERIA",
    "title2": "RÉPUBLIQUE FÉDÉRALE DU NIGÉRIA",
    "doc_word": "PASSPORT / PASSEPORT",
    "label": (60, 100, 70),
    "skin": (110, 72, 50),
    "rows": [
        [("Type", "type"), ("Code", "code"), ("Passport No. / N° du passeport", "no")],
        [("Surname / Nom", "surname")],
        [("Given Names / Prénoms", "given")],
        [("Nationality / Nationalité", "nat"), ("Sex / Sexe", "sex")],
        [("Date of Birth / Date de naissance", "dob"), ("NIN", "nin")],
        [("Place of Birth / Lieu de naissance", "pob")],
        [
            ("Date of Issue / Date de délivrance", "issue"),
            ("Date of Expiry / Date d'expiration", "expiry"),
        ],
        [("Authority / Autorité", "auth")],
    ],
}


def p01(pdir, rng):
    as_of = "2026-11-18"
    sur, giv, dob = "ADEYEMI", "OLUWASEUN TEMITOPE", "1993-04-17"
    pno, pexp, nin = "A09381742", "2032-08-09", "43718265092"
    addr1, cp, town = "27 rue Paul Bert", "69003", "Lyon"
    docs = []
    # --- form: typed, printed, dated and signed by hand, scanned to one PDF
    v = {
        "surname": sur,
        "given": "OLUWASEUN TEMITOPE",
        "pob_town": "IBADAN",
        "pob_country": "NIGERIA",
        "nat": "NIGERIANE",
        "addr": addr1.upper() + ", APPT 14",
        "town": "LYON",
        "cp": cp,
        "tel": "07 68 42 19 05",
        "mail": "seun.adeyemi@gmail.com",
        "dob": "17041993",
        "job": "Ingénieure data",
        "ticks": ["sex_F", "sit_salarie", "ct_CDI"],
        "place": "Lyon",
        "date_text": "09/11/2026",
        "signed": True,
        "hand_font": "dkg",
    }
    _, pages = build_form("A", "typed_print", v, rng)
    as_image_pdf(pdir, "formulaire_S1106.pdf", pages, rng)
    docs.append(
        doc(
            [f1("formulaire_S1106.pdf", (1, 2))],
            "application_form",
            "image_pdf",
            {
                "surname": sur,
                "given_names": giv,
                "date_of_birth": dob,
                "employment_status": "employed",
                "signed": True,
                "signed_on": "2026-11-09",
                "nir": None,
            },
            "typed_print, print run A; date written by hand, pen signature",
        )
    )
    # --- passport, phone photo of the open booklet
    l1, l2 = td3("NGA", sur, giv, pno, "NGA", dob, "F", pexp, nin)
    pp = passport_page(
        NG,
        {
            "type": "P",
            "code": "NGA",
            "no": pno,
            "surname": sur,
            "given": giv,
            "nat": "NIGERIAN",
            "sex": "F",
            "dob": d_mon(dob),
            "nin": nin,
            "pob": "IBADAN",
            "issue": d_mon("2022-08-10"),
            "expiry": d_mon(pexp),
            "auth": "NIS ABUJA",
            "sig": "O. Adeyemi",
        },
        (l1, l2),
        rng,
    )
    as_photo(pdir, "IMG_20261109_181522.jpg", open_booklet(pp, None, rng), rng, 0, 0.8)
    docs.append(
        doc(
            [f1("IMG_20261109_181522.jpg")],
            "passport",
            "phone_photo",
            id_fields(sur, giv, pno, "NGA", "NGA", dob, "F", pexp),
            "open passport booklet on a wooden table",
        )
    )
    # --- VLS-TS visa sticker, phone photo rotated 90
    vno, vfrom, vuntil = "013457829", "2026-02-20", "2027-02-19"
    m1, m2 = mrva(sur, giv, vno, "NGA", dob, "F", vuntil)
    vs = visa_sticker(
        dict(
            visa_type="D",
            number_print="FRA " + vno,
            skin=(110, 72, 50),
            valid_for="FRANCE",
            **{"from": "20-02-26"},
            until="19-02-27",
            days="365",
            issued_in="LAGOS",
            issued_on="09-02-2026",
            passport=pno,
            name_line=f"{sur}, {giv}",
            post="LAGOS",
            remarks=["VLS-TS SALARIE", "A VALIDER EN LIGNE DES L'ARRIVEE", "CESEDA R.431-16"],
        ),
        (m1, m2),
        rng,
    )
    as_photo(pdir, "IMG_20261109_181547.jpg", open_booklet(vs, None, rng), rng, 90, 0.8)
    fv = id_fields(sur, giv, vno, "NGA", "FRA", dob, "F", vuntil)
    fv.update(visa_type="D", vls_ts=True, category="SALARIE", valid_from=vfrom, valid_until=vuntil)
    docs.append(
        doc(
            [f1("IMG_20261109_181547.jpg")],
            "long_stay_visa",
            "phone_photo",
            fv,
            "visa page photographed sideways (rotated 90°); dates printed DD-MM-YY",
        )
    )
    # --- birth certificate (Nigeria is not a Hague party: legalised instead), two scans
    b = {
        "cert_no": "NPC/OY/IBN/93/041827",
        "centre": "Ibadan North L.G.A.",
        "surname": sur,
        "first": "OLUWASEUN",
        "other": "TEMITOPE",
        "sex": "FEMALE",
        "dob_words": "17th April 1993",
        "place": "Adeoyo Maternity Hospital, Ibadan",
        "lga": "Ibadan / Ibadan North / Oyo State",
        "father": "Adebayo Olusegun ADEYEMI",
        "mother": "Folasade Abimbola ADEYEMI (née OJO)",
        "reg_date": "2nd May 1993",
        "issue": "14/10/2025",
    }
    front, back = pages_of(lambda c: (birth_ng(c, b), c.showPage(), birth_ng_back(c, b)))
    signature(front, (470, 1320, 800, 1420), rng, (20, 20, 90), 3)
    stamp(
        front,
        1300,
        1540,
        150,
        "NATIONAL POPULATION COMMISSION * OYO STATE * ",
        ["REGISTRAR", "IBADAN"],
        rng,
        (30, 90, 50),
    )
    rect_stamp(
        back,
        160,
        260,
        [
            "MINISTRY OF FOREIGN AFFAIRS",
            "ABUJA - NIGERIA",
            "AUTHENTICATED",
            "No. MFA/CON/25/33871",
            "03 NOV 2025",
        ],
        rng,
        (120, 30, 120),
        30,
    )
    signature(back, (220, 560, 520, 660), rng, (100, 20, 100), 3)
    rect_stamp(
        back,
        820,
        820,
        [
            "AMBASSADE DE FRANCE AU NIGERIA",
            "Vu pour légalisation de la",
            "signature de M. Emeka NWOSU,",
            "Ministry of Foreign Affairs",
            "Abuja, le 12 NOV. 2025 - N° 2025/4417",
        ],
        rng,
        (30, 50, 150),
        28,
    )
    signature(back, (900, 1140, 1240, 1250), rng, (30, 40, 140), 3)
    as_scan(pdir, "acte_naissance_recto.jpg", front, rng, 200)
    as_scan(pdir, "acte_naissance_verso.jpg", back, rng, 200)
    docs.append(
        doc(
            [f1("acte_naissance_recto.jpg"), f1("acte_naissance_verso.jpg")],
            "birth_certificate",
            "scan",
            {
                "surname": sur,
                "given_names": giv,
                "date_of_birth": dob,
                "place_of_birth": "Ibadan",
                "issuing_country": "NGA",
                "language": "en",
                "has_apostille": False,
            },
            "Nigeria is not party to the 1961 Hague convention: the certificate is "
            "legalised (MFA authentication + French embassy légalisation on the back), "
            "no apostille is possible or required",
        )
    )
    # --- lease, scanned signed paper copy (image_pdf)
    L = {
        "landlord": "SCI LES TILLEULS BLEUS",
        "landlord_addr": "14 quai Victor Augagneur 69003 Lyon",
        "agent": "Régie Gambetta Immobilier, 88 cours Gambetta 69007 Lyon",
        "tenant_print": f"Mme {sur} Oluwaseun Temitope",
        "address": f"{addr1}, {cp} {town}",
        "floor": "3e étage, porte droite, appartement n° 14",
        "surface": "42,5 m²",
        "rooms": "2",
        "start_fr": "1er avril 2026",
        "duration": "six ans",
        "rent": "780,00 €",
        "ref_rent": "16,90 €/m²",
        "charges": "65,00 €",
        "deposit": "780,00 €",
        "fees": "425,00 €",
        "signed_place": "Lyon",
        "signed_fr": "24 mars 2026",
        "ref": "RG-2026-0318",
    }
    lp = pages_of(lambda c: lease(c, L))
    sign_at(lp[2], 70, 715, 240, 655, rng)
    sign_at(lp[2], 335, 715, 520, 655, rng, (20, 20, 60))
    for pg in lp[:2]:
        hand_text(pg, 425, 2222, "OA", "dkg", 38, rng, (20, 20, 60))
    as_image_pdf(pdir, "bail_appartement.pdf", lp, rng)
    docs.append(
        doc(
            [f1("bail_appartement.pdf", (1, 2, 3))],
            "lease",
            "image_pdf",
            {
                "tenant_names": [f"{sur} Oluwaseun Temitope"],
                "landlord": "SCI LES TILLEULS BLEUS",
                "address": f"{addr1}, {cp} {town}",
                "start_date": "2026-04-01",
            },
            "bail loi 1989 signed 24/03/2026, effective 1 April 2026",
        )
    )
    # --- RIB LCL (text PDF)
    bank, br, acc = "30002", "00897", "0000781452R"
    iban = fr_iban(bank, br, acc)
    key = rib_key(bank, br, acc)
    assert iban_ok(iban)
    text_pdf(
        pdir,
        "RIB_LCL.pdf",
        lambda c: rib(
            c,
            "lcl",
            {
                "holder_lines": [
                    f"MME {sur} OLUWASEUN TEMITOPE",
                    addr1.upper() + " APT 14",
                    f"{cp} {town.upper()}",
                ],
                "bank": bank,
                "branch": br,
                "account": acc,
                "key": key,
                "iban": iban,
                "bic": "CRLYFRPPXXX",
                "domiciliation": [
                    "LCL LYON GUILLOTIERE",
                    "2 GRANDE RUE DE LA GUILLOTIERE",
                    "69007 LYON",
                ],
                "edited": "2026-04-05",
            },
        ),
    )
    docs.append(
        doc(
            [f1("RIB_LCL.pdf")],
            "rib",
            "text_pdf",
            {
                "holder_name": f"{sur} OLUWASEUN TEMITOPE",
                "iban": iban,
                "bic": "CRLYFRPPXXX",
                "bank_name": "LCL",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    # --- payslip October 2026 (text PDF)
    emp_siret = siret("81274536", "0021")
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employer": "NEXALIA DATA SAS",
        "employer_lines": [
            "52 rue de la Villette",
            "69003 Lyon",
            f"SIRET {emp_siret}",
            "Code NAF 6201Z - URSSAF Rhône-Alpes",
        ],
        "employee_print": f"Madame {sur} Oluwaseun Temitope",
        "employee_lines": [
            addr1 + ", appt 14",
            f"{cp} {town}",
            "Emploi : Ingénieure data",
            "Statut : Cadre - Position 2.2 coeff. 130",
            "Entrée le 02/03/2026 - Matricule 00187",
            "N° de sécurité sociale : en cours d'attribution",
        ],
        "rows": [
            ("Salaire de base", "151,67", "", "3 750,00", ""),
            ("SALAIRE BRUT", "", "", "3 750,00", ""),
            ("Santé", "", "", "", ""),
            ("Complémentaire santé", "", "", "-38,40", "57,60"),
            ("Retraite", "3 750,00", "", "-432,19", "605,63"),
            ("Assurance chômage", "3 750,00", "", "", "151,88"),
            ("CSG déductible de l'impôt sur le revenu", "3 684,38", "6,80 %", "-250,54", ""),
            (
                "CSG/CRDS non déductible de l'impôt sur le revenu",
                "3 684,38",
                "2,90 %",
                "-106,85",
                "",
            ),
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "-827,98", "1 492,41"),
        ],
        "net_before": 2922.02,
        "pas": 119.80,
        "pas_rate": "4,1 %",
        "net": 2802.22,
    }
    text_pdf(pdir, "Bulletin_paie_2026_10.pdf", lambda c: payslip(c, s))
    docs.append(
        doc(
            [f1("Bulletin_paie_2026_10.pdf")],
            "payslip",
            "text_pdf",
            {
                "employer": "NEXALIA DATA SAS",
                "employee_name": f"{sur} Oluwaseun Temitope",
                "period": "2026-10",
                "net_pay": 2802.22,
                "siret": emp_siret,
            },
        )
    )
    reqs = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "complete",
        "bank_details": "complete",
        "employment": "complete",
    }
    return truth(
        as_of,
        True,
        "complete",
        reqs,
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
        docs,
    )
