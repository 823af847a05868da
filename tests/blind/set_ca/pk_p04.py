"""Packet p04: India, joint lease with her French husband; the one defect: the application
form is not signed."""

from __future__ import annotations

from datetime import date

import ca_civil as civ
import ca_form
import ca_housing as hou
import ca_money as mon
from ca_ids import passport, vls_ts
from ca_looks import image_pdf
from ca_out import Packet, as_image_pdf, card_copy, crop_scan, page_photo
from ca_util import french_iban, place, signature, stamp


def p04(out):
    p = {
        "surname": "IYER",
        "given": "PRIYA LAKSHMI",
        "given_viz": "PRIYA LAKSHMI",
        "sex": "F",
        "dob": date(1990, 11, 3),
        "nat": "IND",
        "pob_viz": "CHENNAI, TAMIL NADU",
        "skin": (150, 105, 80),
        "passport": {
            "number": "W4587213",
            "issue": date(2022, 2, 15),
            "expiry": date(2032, 2, 14),
            "authority": "CHENNAI",
        },
    }
    applicant = {"surname": "IYER", "given_names": "PRIYA LAKSHMI", "date_of_birth": "1990-11-03"}
    pk = Packet(out, "p04", "2026-11-21", False, applicant)

    # the defect: form filled by hand (run B), dated, but the signature box left empty
    r = pk.rng("form")
    d = {
        "surname": "IYER",
        "usage": "ROUSSEAU",
        "given": "PRIYA LAKSHMI",
        "sex": "F",
        "dob": p["dob"],
        "birth_city": "Chennai",
        "birth_country": "Inde",
        "nationality": "indienne",
        "nir": None,
        "addr1": "5 rue de Saint-Malo",
        "postcode": "35000",
        "city": "Rennes",
        "phone": "0652947730",
        "email": "priya.iyer.rousseau@gmail.com",
        "situation": "sans_activite",
        "place": "Rennes",
        "date_text": "19/11/2026",
        "signed": False,
        "hand_font": "h_breip",
        "cross": True,
    }
    pdf = ca_form.build("B", "hand", d, r)
    pk.jpg(
        "IMG_20261119_093102.jpg",
        page_photo(pdf, r, rot=0, page=0, bg="wood"),
        when="2026:11:19 09:31:02",
        model=("OnePlus", "CPH2449"),
    )
    pk.jpg(
        "IMG_20261119_093125.jpg",
        page_photo(pdf, r, rot=90, page=1, bg="wood"),
        when="2026:11:19 09:31:25",
        model=("OnePlus", "CPH2449"),
    )
    pk.doc(
        [("IMG_20261119_093102.jpg", [1]), ("IMG_20261119_093125.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "IYER",
            "given_names": "PRIYA LAKSHMI",
            "date_of_birth": "1990-11-03",
            "employment_status": "not_employed",
            "signed": False,
            "signed_on": "2026-11-19",
            "nir": None,
        },
        "DEFECT: signature box empty (filled by hand, crosses in boxes, usage name ROUSSEAU, dated 19/11/2026); "
        "page 2 photo rotated 90°",
    )

    r = pk.rng("passport")
    img, fields = passport(p, r, sign=signature("Priya", r))
    pk.pdf("passport.pdf", image_pdf([card_copy([(img, 125, 42)], r)], r))
    pk.doc(
        [("passport.pdf", [1])],
        "passport",
        "image_pdf",
        fields,
        "Indian passport, Hindi/English labels, photocopy",
    )

    r = pk.rng("visa")
    v = {
        "number": "F52708143",
        "from": date(2026, 6, 8),
        "until": date(2027, 6, 7),
        "issued_in": "NEW DELHI",
        "issued_on": date(2026, 5, 21),
        "remarks": ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        "category": "vie privée et familiale",
    }
    st = stamp(
        r, "AMBASSADE DE FRANCE EN INDE * SECTION CONSULAIRE *", ("NEW DELHI",), (90, 50, 120)
    )
    img, fields = vls_ts(p, v, r, stamp=st)
    pk.jpg("visa_scan.jpg", crop_scan(img, r, dpi=200), q=82, dpi=200)
    pk.doc(
        [("visa_scan.jpg", [1])],
        "long_stay_visa",
        "scan",
        fields,
        "VLS-TS spouse of a French national",
    )

    r = pk.rng("birth")
    a = {
        "name": "PRIYA LAKSHMI IYER",
        "zone": "Zone 10 (Kodambakkam)",
        "place": "GOVT. HOSPITAL FOR WOMEN AND CHILDREN, EGMORE, CHENNAI",
        "mother": "MEENAKSHI RAMANATHAN",
        "father": "RAMANATHAN SUBRAMANIAN IYER",
        "addr": "14, 2ND CROSS STREET, WEST MAMBALAM, CHENNAI - 600033",
        "reg_no": "1990/10/004582",
        "reg_date": "10-11-1990",
        "issue": date(2026, 4, 8),
        "cert_no": "TN-GCC-B-2026-0183379",
    }
    cert = civ.birth_ind(p, a, r)
    ap = {
        "items": [
            ("Country:", "INDIA"),
            ("has been signed by:", "S. KALAISELVI"),
            ("acting in the capacity of:", "UNDER SECRETARY TO GOVERNMENT"),
            ("bears the seal/stamp of:", "PUBLIC (SPECIAL.A) DEPARTMENT, GOVT. OF TAMIL NADU"),
            ("at:", "NEW DELHI"),
            ("the:", "12/05/2026"),
            ("by:", "MINISTRY OF EXTERNAL AFFAIRS, GOVERNMENT OF INDIA"),
            ("No.:", "TN-0457812/2026"),
            ("Seal/stamp:", ""),
            ("Signature:", ""),
        ],
        "stamp": stamp(
            r,
            "MINISTRY OF EXTERNAL AFFAIRS * GOVERNMENT OF INDIA *",
            ("CPV DIVISION",),
            (60, 40, 120),
        ),
        "sig": signature("RajeshK", r),
        "signer": "(RAJESH KUMAR) ASSISTANT SECTION OFFICER (ATTESTATION)",
        "y0": 560,
    }

    def back_page(c):
        c.setFont("serif", 8)
        c.drawString(60, 800, "[reverse of the birth certificate]")
        place(
            c,
            stamp(
                r,
                lines=(
                    "ATTESTED",
                    "S. KALAISELVI",
                    "UNDER SECRETARY TO GOVT.",
                    "PUBLIC (SPL.A) DEPT., CHENNAI-9",
                ),
                rect=True,
                color=(40, 40, 140),
            ),
            320,
            620,
            w=200,
        )
        place(c, signature("Kalaiselvi", r), 340, 590, w=100)

    apo = civ.apostille_pdf(ap, r, extra=back_page)
    pk.pdf("birth_certificate_apostille.pdf", as_image_pdf([cert, apo], r, dpi=200))
    pk.doc(
        [("birth_certificate_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "IYER",
            "given_names": "PRIYA LAKSHMI",
            "date_of_birth": "1990-11-03",
            "place_of_birth": "Chennai",
            "issuing_country": "IND",
            "language": "en",
            "has_apostille": True,
        },
        "Greater Chennai Corporation certificate, Tamil/English; single Name field 'PRIYA LAKSHMI IYER'; QR decorative",
    )
    pk.doc(
        [("birth_certificate_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "IND",
            "issued_on": "2026-05-12",
            "number": "TN-0457812/2026",
            "signed_by": "S. KALAISELVI",
        },
        "MEA apostille on the reverse, after Tamil Nadu attestation",
    )

    r = pk.rng("lease")
    L = {
        "agency": "Cabinet Gestimo",
        "agency_addr": "18 quai Lamennais, 35000 Rennes",
        "agency_foot": "Cabinet Gestimo SARL — 18 quai Lamennais 35000 Rennes — carte professionnelle CPI 3502 2019 000 "
        "041 234 délivrée par la CCI Ille-et-Vilaine — garantie financière Galian",
        "ref": "GR-2026-0614",
        "landlord_line": "Mme Françoise DANIEL, demeurant 22 boulevard de la Liberté, 35000 Rennes,",
        "tenant_lines": [
            "M. Thomas ROUSSEAU, né le 17/06/1988 à Angers (49)",
            "Mme Priya Lakshmi IYER épouse ROUSSEAU, née le 03/11/1990 à Chennai (Inde)",
        ],
        "address": "5 rue de Saint-Malo, 35000 Rennes",
        "floor": "3e étage gauche",
        "rooms": 3,
        "surface": 61,
        "start": date(2026, 6, 15),
        "end": date(2029, 6, 14),
        "rent": 890.0,
        "charges": 70.0,
        "fees": 610.0,
        "city": "Rennes",
        "clauses": [
            (
                "OBLIGATIONS DU BAILLEUR",
                "Le bailleur est tenu de remettre au locataire un logement décent, d'assurer "
                "la jouissance paisible du logement et d'entretenir les locaux en état de servir à l'usage prévu.",
            ),
            (
                "OBLIGATIONS DES LOCATAIRES",
                "Les locataires sont tenus de payer le loyer et les charges aux termes "
                "convenus, d'user paisiblement des locaux, de répondre des dégradations, de prendre à leur charge "
                "l'entretien courant et de s'assurer contre les risques locatifs.",
            ),
            (
                "RÉVISION DU LOYER",
                "Le loyer est révisé chaque année au 15 juin selon l'indice de référence des loyers "
                "du 1er trimestre (IRL, INSEE).",
            ),
            (
                "CLAUSE RÉSOLUTOIRE",
                "À défaut de paiement du loyer ou des charges, ou du dépôt de garantie, et deux "
                "mois après un commandement de payer demeuré infructueux, le bail sera résilié de plein droit.",
            ),
            (
                "ÉTAT DES LIEUX",
                "Un état des lieux d'entrée est établi contradictoirement le 15/06/2026 lors de la "
                "remise des clés ; il est annexé au présent bail.",
            ),
        ],
        "esign": [
            ("Françoise DANIEL (bailleur), représentée par Cabinet Gestimo", "09/06/2026 à 14:12"),
            ("Thomas ROUSSEAU (locataire)", "09/06/2026 à 18:47"),
            ("Priya Lakshmi IYER épouse ROUSSEAU (locataire)", "09/06/2026 à 18:53"),
        ],
    }
    pk.pdf("Bail_Rousseau_Iyer.pdf", hou.lease_agency(L, r))
    pk.doc(
        [("Bail_Rousseau_Iyer.pdf", [1, 2, 3])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Thomas ROUSSEAU", "Priya Lakshmi IYER épouse ROUSSEAU"],
            "landlord": "Françoise DANIEL",
            "address": "5 rue de Saint-Malo, 35000 Rennes",
            "start_date": "2026-06-15",
        },
        "agency lease, two joint tenants (applicant and her husband), signed electronically",
    )

    r = pk.rng("rib")
    bank, branch, acct = "20041", "01013", "0671843R035"
    iban, key = french_iban(bank, branch, acct)
    R = {
        "style": "lbp",
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPREN",
        "holder_lines": [
            "M ROUSSEAU THOMAS",
            "OU MME IYER PRIYA LAKSHMI",
            "5 RUE DE SAINT MALO",
            "35000 RENNES",
        ],
        "branch_lines": ["La Banque Postale", "Centre Financier de Rennes", "35900 RENNES CEDEX 9"],
        "legal": "La Banque Postale - SA à Directoire et Conseil de surveillance - 421 100 645 RCS Paris - Siège social : "
        "115 rue de Sèvres 75275 Paris Cedex 06",
    }
    pk.jpg(
        "IMG_20261119_094410.jpg",
        page_photo(mon.rib(R, r), r, rot=180, bg="desk"),
        when="2026:11:19 09:44:10",
        model=("OnePlus", "CPH2449"),
    )
    pk.doc(
        [("IMG_20261119_094410.jpg", [1])],
        "rib",
        "phone_photo",
        {
            "holder_name": "ROUSSEAU THOMAS OU IYER PRIYA LAKSHMI",
            "iban": iban,
            "bic": "PSSTFRPPREN",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account including the applicant; photo upside down (180°); account number contains a letter",
    )

    pk.finish(
        {
            "application_form": "invalid",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        defect="application form not signed: the signature box is empty",
    )
