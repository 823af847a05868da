"""p02: Filipino national in Bordeaux, not employed, three Orange bills. In order."""

import random

import effects
import ids
from build import Packet, image_pdf, photo, requirements, status_of, text_pdf
from docs_civil import apostille, birth_certificate, form_s1106
from docs_fin import bank_screen, telecom_bill
from docs_id import MON_EN, fr_card_back, fr_card_front, passport_spread
from page import render_pil

AS_OF = "2027-02-09"
SUR, GIV, DOB = "DELA CRUZ", "JOHN PAUL", "1991-03-12"
ADDR = ["8 RUE NOTRE-DAME APT 3B", "33000 BORDEAUX"]
SKIN, HAIR = (190, 145, 105), (20, 18, 18)
ORANGE_LEGAL = (
    "Orange SA au capital de 10 640 226 396 € - 111 quai du Président Roosevelt 92130"
    " Issy-les-Moulineaux - 380 129 866 RCS Nanterre. Service client : 3900 (service"
    " gratuit + prix d'un appel)."
)


def build(root):
    pk = Packet(root, "p02")
    d = pk.dir
    # --- form filled by hand, two phone photos ---
    rng = random.Random("p02-form")
    A = dict(
        surname="DELA CRUZ",
        given="JOHN PAUL",
        dob=DOB,
        sex="M",
        pob_city="Quezon City",
        pob_country="Philippines",
        nationality="philippine",
        street="8 rue Notre-Dame, apt 3B",
        city="33000 Bordeaux",
        phone="07 81 44 20 65",
        email="jp.delacruz91@yahoo.com",
        status="not_employed",
        place="Bordeaux",
        date_print="03/02/2027",
        signed=True,
        sig_name="JPdelaCruz",
        sig_font="sig2",
    )
    p1, p2 = form_s1106(rng, A, hand=True, hfont="hand2")
    photo(d / "IMG_20270203_190512.jpg", p1, rng, rot_k=0, long_side=4000)
    photo(d / "IMG_20270203_190530.jpg", p2, rng, rot_k=3, long_side=4000)
    pk.doc(
        [
            {"path": "IMG_20270203_190512.jpg", "pages": [1]},
            {"path": "IMG_20270203_190530.jpg", "pages": [1]},
        ],
        "application_form",
        "phone_photo",
        {
            "surname": "DELA CRUZ",
            "given_names": "JOHN PAUL",
            "date_of_birth": DOB,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2027-02-03",
            "nir": None,
        },
        "Printed blank form filled in by hand (blue ink), one photo per page; page 2 photo"
        " is rotated 270 degrees.",
    )
    # --- passport booklet on a flatbed ---
    rng = random.Random("p02-passport")
    P = dict(
        country="PHL",
        surname=SUR,
        given=GIV,
        middle="MERCADO",
        number="P4821937B",
        nat_word="FILIPINO",
        dob=DOB,
        sex="M",
        pob="QUEZON CITY",
        issued="2022-06-20",
        expiry="2032-06-19",
        authority="DFA MANILA",
        skin=SKIN,
        hair=HAIR,
    )
    style = dict(
        country_line="REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES",
        doc_word="PASAPORTE / PASSPORT",
        base=(228, 236, 240),
        ink=(120, 160, 190),
        title=(20, 40, 110),
        months=MON_EN,
        l_type="Uri/Type",
        l_code="Kodigo/Code",
        l_no="Pasaporte Blg./Passport No.",
        l_surname="Apelyido/Surname",
        l_given="Mga Pangalan/Given names",
        l_middle="Panggitnang Apelyido/Middle name",
        l_nat="Nasyonalidad/Nationality",
        l_dob="Petsa ng Kapanganakan/Date of birth",
        l_sex="Kasarian/Sex",
        l_pob="Lugar ng Kapanganakan/Place of birth",
        l_issue="Petsa ng Pagkakaloob/Date of issue",
        l_exp="Valid hanggang/Valid until",
        l_auth="Maykapangyarihan/Authority",
    )
    spread, _ = passport_spread(rng, P, style, 300)
    glass = effects.place_on_glass([(spread, 14, 12, 300)], rng, (1700, 2338), 200)
    glass.save(d / "scan_0001.jpg", "JPEG", quality=85)
    pk.doc(
        [{"path": "scan_0001.jpg", "pages": [1]}],
        "passport",
        "scan",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": "P4821937B",
            "nationality": "PHL",
            "issuing_country": "PHL",
            "date_of_birth": DOB,
            "sex": "M",
            "expiry_date": "2032-06-19",
            "mrz_valid": True,
        },
        "Open booklet scanned at 200 dpi (A4 glass); middle name MERCADO printed on the"
        " data page but not in the MRZ.",
    )
    # --- titre de séjour, front and back on the same scan ---
    rng = random.Random("p02-ts")
    C = dict(
        number="FR7K2Q9W3",
        surname=SUR,
        given=GIV,
        sex="M",
        nat="PHL",
        dob=DOB,
        title="CARTE DE SEJOUR PLURIANNUELLE",
        remarks="VIE PRIVEE ET FAMILIALE",
        expiry="2028-08-17",
        issued="2026-08-18",
        authority="PREFECTURE DE LA GIRONDE",
        address1="8 RUE NOTRE-DAME APT 3B",
        address2="33000 BORDEAUX",
        skin=SKIN,
        hair=HAIR,
    )
    front = fr_card_front(rng, C, "ts")
    back, _ = fr_card_back(rng, C, "ts")
    glass = effects.place_on_glass(
        [(front, 20, 20, 400), (back, 20, 90, 400)], rng, (1654, 2339), 200
    )
    glass.save(d / "scan_0002.jpg", "JPEG", quality=85)
    pk.doc(
        [{"path": "scan_0002.jpg", "pages": [1]}],
        "residence_permit",
        "scan",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": "FR7K2Q9W3",
            "nationality": "PHL",
            "issuing_country": "FRA",
            "date_of_birth": DOB,
            "sex": "M",
            "expiry_date": "2028-08-17",
            "mrz_valid": True,
        },
        "Carte de séjour pluriannuelle 'vie privée et familiale', recto and verso on one"
        " A4 scan; TD1 MRZ on the back.",
    )
    # --- PSA birth certificate + DFA apostille, scanner PDF ---
    rng = random.Random("p02-birth")
    B = dict(
        style="phl",
        province="Metro Manila",
        registry_no="91-04417",
        city="Quezon City",
        given="JOHN PAUL",
        middle="MERCADO",
        surname="DELA CRUZ",
        sex_word="Male",
        dob_words="12 March 1991",
        pob="Quezon City General Hospital, Quezon City, Metro Manila",
        mother="ROSARIO BAUTISTA MERCADO",
        father="EDUARDO SANTOS DELA CRUZ",
        marriage="June 4, 1988 - Quezon City",
        registered="April 2, 1991",
        secpa="E04219873",
        issued="10 November 2025",
    )
    bc = birth_certificate(rng, B)
    ap = apostille(
        rng,
        dict(
            labels=[
                "Country:",
                "This public document has been signed by",
                "acting in the capacity of",
                "bears the seal/stamp of",
                "at",
                "the",
                "by",
                "No.",
                "Seal/stamp:",
                "Signature:",
            ],
            country="REPUBLIC OF THE PHILIPPINES",
            signed_by="MARIA LOURDES S. VALDEZ",
            capacity="Authorized Officer, Philippine Statistics Authority",
            seal_of="Philippine Statistics Authority",
            at="Manila",
            on_print="18 November 2025",
            by="Department of Foreign Affairs - Office of Consular Affairs",
            number="AP-25-01187432",
            seal_text="DFA",
            signer_sig="R. Lim",
            bg=(250, 246, 236),
            top=30,
            footer="This Apostille only certifies the authenticity of the signature and the capacity"
            " of the person who has signed the public document, and, where appropriate, the"
            " identity of the seal or stamp which the public document bears.",
        ),
    )
    image_pdf(d / "PSA_birth_cert_apostille.pdf", [bc, ap], rng, 150)
    pk.doc(
        [{"path": "PSA_birth_cert_apostille.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DELA CRUZ",
            "given_names": "JOHN PAUL",
            "date_of_birth": DOB,
            "place_of_birth": B["pob"],
            "issuing_country": "PHL",
            "language": "en",
            "has_apostille": True,
        },
        "PSA certificate of live birth on security paper (page 1), DFA apostille (page 2).",
    )
    pk.doc(
        [{"path": "PSA_birth_cert_apostille.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "PHL",
            "issued_on": "2025-11-18",
            "number": "AP-25-01187432",
            "signed_by": "Department of Foreign Affairs - Office of Consular Affairs",
        },
        "Hague model apostille, 10 items, English.",
    )
    # --- three monthly Orange bills: two PDFs + one photo of a paper bill ---
    months = [
        ("2026-11", "2026-11-04", "2026-11-30", 42.99),
        ("2026-12", "2026-12-04", "2026-12-31", 47.98),
        ("2027-01", "2027-01-05", "2027-01-31", 42.99),
    ]
    for i, (m, issue, end, amount) in enumerate(months):
        rng = random.Random("p02-bill-" + m)
        lines = [
            (
                "Abonnement Livebox Fibre du %s au %s"
                % (ids.fr_date(m + "-01")[:5], ids.fr_date(end)[:5]),
                42.99,
            )
        ]
        if amount > 42.99:
            lines.append(("Location décodeur TV UHD", 4.99))
        B = dict(
            provider="Orange",
            offer="Livebox Fibre",
            issue=issue,
            account="0 1147 8830 5",
            invoice_no="FA%s%06d" % (m.replace("-", "")[2:], 418277 + i * 7),
            line="05 56 44 %02d %02d" % (18, 73),
            holder_print="M JOHN PAUL DELA CRUZ",
            address_lines=ADDR,
            amount=amount,
            debit=issue[:8] + "20",
            debit_acct="FR76 4061 8...",
            start=m + "-01",
            end=end,
            lines=lines,
            legal=ORANGE_LEGAL,
        )
        page = telecom_bill(rng, B)
        fields = {
            "provider": "Orange",
            "service": "internet",
            "holder_name": "JOHN PAUL DELA CRUZ",
            "address": "8 RUE NOTRE-DAME APT 3B, 33000 BORDEAUX",
            "issue_date": issue,
            "period_start": m + "-01",
            "period_end": end,
            "amount": "%.2f" % amount,
            "month": m,
        }
        if i < 2:
            name = "Facture_Orange_%s.pdf" % m
            text_pdf(d / name, [page], "Facture Orange", "Orange - Espace client")
            pk.doc(
                [{"path": name, "pages": [1]}],
                "utility_bill",
                "text_pdf",
                fields,
                "Monthly internet bill downloaded from the customer area.",
            )
        else:
            name = "IMG_20270203_191044.jpg"
            photo(
                d / name, render_pil(page, 200), rng, rot_k=1, long_side=3264, table=(205, 200, 190)
            )
            pk.doc(
                [{"path": name, "pages": [1]}],
                "utility_bill",
                "phone_photo",
                fields,
                "Paper bill photographed on a table, rotated 90 degrees.",
            )
    # --- BoursoBank RIB screen ---
    rng = random.Random("p02-rib")
    iban, key = ids.fr_iban("40618", "80241", "00040123456")
    S = dict(
        clock="10:12",
        color=(0, 56, 130),
        account_label="Compte BoursoBank",
        bank="BoursoBank",
        rows=[
            ("Titulaire", ["M JOHN PAUL DELA CRUZ"]),
            ("IBAN", [ids.grouped(iban)[:24], ids.grouped(iban)[25:]]),
            ("BIC", ["BOUSFRPPXXX"]),
            ("Code banque / guichet / compte / clé", ["40618  80241  00040123456  " + key]),
            (
                "Domiciliation",
                ["BoursoBank", "44 rue Traversière CS 80134", "92772 Boulogne-Billancourt Cedex"],
            ),
        ],
    )
    render_pil(bank_screen(rng, S), 254).resize((1080, 2400)).save(
        d / "Screenshot_20270201-101245.png"
    )
    pk.doc(
        [{"path": "Screenshot_20270201-101245.png", "pages": [1]}],
        "rib",
        "screenshot",
        {
            "holder_name": "M JOHN PAUL DELA CRUZ",
            "iban": iban,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Banking-app screenshot (1080x2400) of the account details screen.",
    )
    reqs = requirements(False)
    pk.write_truth(
        {
            "as_of": AS_OF,
            "employed": False,
            "status": status_of(reqs),
            "requirements": reqs,
            "defect": None,
            "applicant": {"surname": SUR, "given_names": GIV, "date_of_birth": DOB},
        }
    )
