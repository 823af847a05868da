"""Packet p04: born in the Philippines, employed, joint lease; DEFECT: the RIB is the partner's."""

from __future__ import annotations

import bp_cards as cards
import bp_civil as civil
import bp_civil2 as civil2
import bp_looks as looks
import bp_money as money
import bp_work as work
from bp_common import D, fr_iban, make_siret, mrz_td1, mrz_td3
from bp_hand import BLACK, BLUE, hand_text, sign
from bp_housing import lease
from bp_packet import REQS, Packet, form_pages, scanned_pages

DEFECT = (
    "bank_details invalid: the only RIB (La Banque Postale) is in the name of Jérôme FONTAINE, "
    "the applicant's partner; it is an individual account that does not include the applicant."
)


def build_p04(out: str) -> dict:
    pk = Packet(out, "p04", 4404)
    as_of = "2026-11-30"
    dob = D("1990-11-08")
    sur, giv = "VILLANUEVA", "KRISTINE JOY"
    person = dict(skin=(196, 146, 108), hair=(18, 14, 12), style="long", cloth=(150, 40, 60))

    # ---- application form: filled by hand (black pen), flatbed scans scan_0001/0002
    v = dict(
        surname="Villanueva",
        given_names="Kristine Joy",
        sex="F",
        dob=dob,
        birth_city="Cebu City",
        birth_country="Philippines",
        nationality="philippine",
        address="7 rue Saint-Léonard, 3e étage",
        postcode="44000",
        city="Nantes",
        phone="06 51 90 27 14",
        email="kjvillanueva90@yahoo.com",
        situation="salarie",
        contract="CDI",
        job="Réceptionniste",
        job_since="04/05/2026",
        place="Nantes",
        date_text="24/11/2026",
        signer="Kristine Villanueva",
    )
    rng = pk.rng("form")
    pages, _ = form_pages("A", v, "hand", rng, 200, "kaushan", BLACK)
    for i, pg in enumerate(pages):
        looks.save_jpeg(
            looks.scan(pg, rng, 0.7, tone=(250, 249, 246)), pk.p(f"scan_000{i + 1}.jpg"), 80, 200
        )
    pk.doc(
        "application_form",
        "scan",
        [("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])],
        {
            "surname": "VILLANUEVA",
            "usage_name": None,
            "given_names": "Kristine Joy",
            "sex": "F",
            "date_of_birth": "1990-11-08",
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDI",
            "signed": True,
            "signed_on": "2026-11-24",
            "date_text": "24/11/2026",
            "place": "Nantes",
            "nir": None,
        },
        "print run A, every value handwritten in black (capitals one per comb box), signed; "
        "two 200 dpi flatbed scans.",
    )

    # ---- passport: phone photo, upside down
    rng = pk.rng("passport")
    exp = D("2032-08-18")
    mrz = mrz_td3("P", "PHL", sur, giv, "P4817263B", "PHL", dob, "F", exp, empty_cd="0")
    page = cards.passport_page(
        dict(
            country="PHL",
            number="P4817263B",
            surname_line=sur,
            given_line=giv,
            middle="PASCUAL",
            nat_text="FILIPINO",
            dob_text="08 NOV 1990",
            sex_text="F",
            pob="CEBU CITY",
            issue_text="19 AUG 2022",
            exp_text="18 AUG 2032",
            authority="DFA CEBU",
            mrz=mrz,
            person=person,
        ),
        rng,
    )
    spread = cards.passport_spread(page, rng, "")
    photo = looks.phone_photo(
        spread, rng, rotate=180, table="grey", fill=0.8, cast=(0.96, 1.0, 1.04), blur=1.3
    )
    looks.save_jpeg(photo, pk.p("IMG_20261120_081455.jpg"), 85)
    pk.doc(
        "passport",
        "phone_photo",
        [("IMG_20261120_081455.jpg", [1])],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "P4817263B",
            "nationality": "PHL",
            "issuing_country": "PHL",
            "date_of_birth": "1990-11-08",
            "sex": "F",
            "expiry_date": "2032-08-18",
            "mrz_valid": True,
        },
        "Philippine passport with a separate 'Middle Name' field (PASCUAL, the mother's maiden "
        "name; not in the MRZ). Photo rotated 180°, slightly blurred. Empty personal-number "
        "field with check digit 0.",
    )

    # ---- titre de séjour: phone photos of front and back
    rng = pk.rng("ts")
    until = D("2027-04-01")
    front, back = cards.titre_sejour(
        dict(
            person=person,
            surname=sur,
            given=giv,
            sex="F",
            nat="PHL",
            dob_text="08 11 1990",
            kind="CARTE DE SEJOUR TEMPORAIRE",
            remarks="VIE PRIVEE ET FAMILIALE",
            until_text="01 04 2027",
            number="RX8T20415",
            pob="CEBU CITY (PHILIPPINES)",
            address1="7 RUE SAINT-LEONARD",
            address2="44000 NANTES",
            authority="PREFECTURE DE LOIRE-ATLANTIQUE",
            issue_text="02 04 2026",
            agdref="4401837265",
            mrz=mrz_td1("IR", "FRA", "RX8T20415", dob, "F", until, "PHL", sur, giv),
        ),
        rng,
    )
    names = ("IMG_20261120_081530.jpg", "IMG_20261120_081544.jpg")
    for img, name in zip((front, back), names, strict=True):
        ph = looks.phone_photo(
            cards.rounded(img, 3.2, 14, (120, 82, 50)),
            rng,
            0,
            3024,
            0.62,
            "wood",
            cast=(1.05, 1.0, 0.92),
        )
        looks.save_jpeg(ph, pk.p(name), 86)
    pk.doc(
        "residence_permit",
        "phone_photo",
        [(names[0], [1]), (names[1], [1])],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "RX8T20415",
            "nationality": "PHL",
            "issuing_country": "FRA",
            "date_of_birth": "1990-11-08",
            "sex": "F",
            "expiry_date": "2027-04-01",
            "mrz_valid": True,
        },
        "Carte de séjour temporaire 'vie privée et familiale' (allows work); card photographed "
        "on a table, front and back.",
    )

    # ---- PSA birth certificate + DFA apostille: one scanner PDF
    rng = pk.rng("birth")
    doc = civil2.psa_colb(
        dict(
            province="CEBU",
            city="CEBU CITY",
            registry_no="90-08741",
            first="KRISTINE JOY",
            middle="PASCUAL",
            last="VILLANUEVA",
            sex="Female",
            dob_text="8 November 1990",
            hosp="Vicente Sotto Mem. Med. Center",
            city_short="Cebu City",
            order="Second",
            weight="3,050 grams",
            m_first="ROSALINDA",
            m_mid="BAUTISTA",
            m_last="PASCUAL",
            f_first="ERNESTO",
            f_mid="DELA CRUZ",
            f_last="VILLANUEVA",
            marriage="June 14, 1986 - Cebu City, Cebu",
            attendant="Dr. Ramon T. Abellana",
            registered="November 20, 1990",
            lcr="Cebu City",
            requester="KRISTINE JOY P. VILLANUEVA",
            purpose="residence abroad",
            psa_officer="MARIA L. SANTOS",
            secpa="F26-0148237",
            issued="February 16, 2026",
        ),
        rng,
    )
    civil.apostille(
        doc,
        dict(
            lang="en",
            header=["Republic of the Philippines", "Department of Foreign Affairs"],
            country="Republic of the Philippines",
            signed_by="MARIA L. SANTOS",
            capacity="Civil Registrar General",
            seal_of="Philippine Statistics Authority",
            at="Pasay City",
            date="2 March 2026",
            by="Department of Foreign Affairs - Office of Consular Affairs",
            number="AP-26-0417392",
            stamp_outer="DEPARTMENT OF FOREIGN AFFAIRS * REPUBLIC OF THE PHILIPPINES *",
            stamp_inner=["OCA", "AUTHENTICATION"],
            signer="Leo Bautista",
            qr=True,
            verify="Verify this Apostille by scanning the QR code.",
        ),
        rng,
    )
    doc.page()
    pages = scanned_pages(doc.bytes(), 160, rng, max_skew=0.7, tone=(244, 243, 236))
    looks.image_pdf(pages, pk.p("PSA_birth_certificate_apostille.pdf"), 160, 70)
    pk.doc(
        "birth_certificate",
        "image_pdf",
        [("PSA_birth_certificate_apostille.pdf", [1])],
        {
            "surname": "VILLANUEVA",
            "given_names": "KRISTINE JOY",
            "date_of_birth": "1990-11-08",
            "place_of_birth": "CEBU CITY, CEBU",
            "issuing_country": "PHL",
            "language": "en",
            "has_apostille": True,
        },
        "PSA-issued copy of the Certificate of Live Birth (Municipal Form 102), English; "
        "'Middle' = mother's maiden name PASCUAL.",
    )
    pk.doc(
        "apostille",
        "image_pdf",
        [("PSA_birth_certificate_apostille.pdf", [2])],
        {
            "country": "Republic of the Philippines",
            "issued_on": "2026-03-02",
            "number": "AP-26-0417392",
            "signed_by": "MARIA L. SANTOS",
        },
        "DFA apostille (Philippines is a Hague party since 2019); signed_by = item 2.",
    )

    # ---- joint lease, paper, signed by hand, scanned
    rng = pk.rng("lease")
    pdf, sig = lease(
        dict(
            furnished=False,
            font=("Times", "Times-B"),
            landlord_block="SCI LES HORTENSIAS, société civile immobilière, 3 rue Crébillon, 44000 "
            "Nantes, représentée par son gérant Monsieur Bernard LEFÈVRE",
            tenants=[
                ("Madame Kristine Joy VILLANUEVA", "née le 08/11/1990 à Cebu City (Philippines)"),
                ("Monsieur Jérôme FONTAINE", "né le 17/02/1987 à Rezé (44)"),
            ],
            address="7 rue Saint-Léonard, 3e étage, 44000 Nantes",
            building="immeuble collectif en copropriété, construit entre 1949 et 1974",
            surface="48",
            rooms="2",
            start=D("2026-03-01"),
            duration="3 ans",
            rent=690.0,
            charges=60.0,
            deposit=690.0,
            fees=384.0,
            fees_edl=144.0,
            place="Nantes",
            signed=D("2026-02-21"),
        )
    )
    dpi = 150
    pages = looks.rasterize(pdf, dpi)
    k = dpi / 72
    last = pages[sig["page"] - 1]
    y = sig["y"] + 30
    hand_text(last, (70 * k, y * k), "Lu et approuvé", rng, "breip", 30, BLUE)
    sign(last, (70 * k, (y + 14) * k, 200 * k, (y + 60) * k), "Bernard Lefevre", rng, BLUE)
    hand_text(last, (320 * k, y * k), "Lu et approuvé", rng, "dancing", 30, BLACK)
    sign(last, (320 * k, (y + 14) * k, 440 * k, (y + 56) * k), "Kristine Villanueva", rng, BLACK)
    hand_text(last, (320 * k, (y + 64) * k), "Lu et approuvé", rng, "breip", 30, BLUE)
    sign(last, (320 * k, (y + 78) * k, 440 * k, (y + 120) * k), "Jerome Fontaine", rng, BLUE)
    pages = [looks.scan(p, rng, 0.9, grey=True) for p in pages]
    looks.image_pdf(pages, pk.p("bail_location_Nantes.pdf"), dpi, 66)
    pk.doc(
        "lease",
        "image_pdf",
        [("bail_location_Nantes.pdf", list(range(1, len(pages) + 1)))],
        {
            "tenant_names": ["Kristine Joy VILLANUEVA", "Jérôme FONTAINE"],
            "landlord": "SCI LES HORTENSIAS",
            "address": "7 rue Saint-Léonard, 3e étage, 44000 Nantes",
            "start_date": "2026-03-01",
        },
        "Unfurnished lease (loi 1989), both partners as co-tenants, signed on paper and scanned "
        "in grey.",
    )

    # ---- payslip, scanned
    rng = pk.rng("payslip")
    siret = make_siret(rng, "79412638")
    pdf, n = work.payslip(
        dict(
            employer_lines=["HÔTEL DU CHÂTEAU SARL", "4 place Marc Elder", "44000 Nantes"],
            siret=siret,
            naf="5510Z",
            urssaf="Pays de la Loire",
            conv="HCR - IDCC 1979",
            employee_lines=["Mme Kristine Joy VILLANUEVA", "7 rue Saint-Léonard", "44000 Nantes"],
            job="Réceptionniste",
            status="Employé",
            coef="niveau II, échelon 1",
            entry=D("2026-05-04"),
            period_start=D("2026-10-01"),
            period_end=D("2026-10-31"),
            pay_date=D("2026-11-02"),
            gross=1860.00,
            hours=151.67,
            rate=1860.00 / 151.67,
            pas_rate=0.0,
            style="boxed",
            creator="Sage Paie",
        )
    )
    img = scanned_pages(pdf, 200, rng, max_skew=1.0)[0]
    looks.save_jpeg(img, pk.p("scan_0003.jpg"), 80, 200)
    pk.doc(
        "payslip",
        "scan",
        [("scan_0003.jpg", [1])],
        {
            "employer": "HÔTEL DU CHÂTEAU SARL",
            "employee_name": "Kristine Joy VILLANUEVA",
            "period": "2026-10",
            "net_pay": n["net_paid"],
            "siret": siret,
        },
        "October 2026 payslip, flatbed scan; income tax rate 0 % (taux neutre).",
    )

    # ---- the defect: a RIB in the partner's name only
    acc = fr_iban("20041", "01011", "0731245N033")
    pk.write(
        "RIB_LBP.pdf",
        money.lbp_rib(
            dict(
                holder_lines=["M JEROME FONTAINE", "7 RUE SAINT LEONARD", "44000 NANTES"],
                branch_lines=[
                    "La Banque Postale",
                    "Centre Financier de Nantes",
                    "44900 Nantes Cedex 9",
                ],
                bank=acc["bank"],
                branch=acc["branch"],
                account=acc["account"],
                key=acc["key"],
                iban=acc["iban"],
                bic="PSSTFRPPNTE",
                printed=D("2026-11-21"),
            )
        ),
    )
    pk.doc(
        "rib",
        "text_pdf",
        [("RIB_LBP.pdf", [1])],
        {
            "holder_name": "JEROME FONTAINE",
            "iban": acc["iban"],
            "bic": "PSSTFRPPNTE",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "THE DEFECT: valid IBAN and RIB key, but the holder is Jérôme FONTAINE alone (the "
        "applicant's partner and co-tenant), not the applicant nor a joint account.",
    )

    reqs = {r: "complete" for r in REQS}
    reqs["bank_details"] = "invalid"
    return pk.finish(
        as_of,
        True,
        reqs,
        DEFECT,
        {"surname": sur, "given_names": giv, "date_of_birth": "1990-11-08"},
    )
