"""Packet 01 of set_z: Tunisian engineer on a CDI, with a lease."""

from __future__ import annotations

import codes
import docs_fr as fr
import docs_id as di
from common import OK, form_fields, id_fields

# ================================================================= p01: Tunisia, CDI, lease

A1 = {"surname": "BEN HAJ AMOR", "given_names": "OUMAIMA", "date_of_birth": "1994-03-17"}
ADDR1 = ["14 rue Paul Bert, Appt 32", "69003 LYON"]
PASS1 = dict(
    book_title="REPUBLIQUE TUNISIENNE",
    header="الجمهورية التونسية  REPUBLIQUE TUNISIENNE  PASSEPORT",
    l_code="Code du pays",
    l_num="N° du passeport",
    l_sur="Nom / اللقب",
    l_giv="Prénom / الاسم",
    l_nat="Nationalité",
    l_dob="Date de naissance",
    l_sex="Sexe",
    l_pob="Lieu de naissance",
    l_iss="Date de délivrance",
    l_exp="Date d'expiration",
    issuing="TUN",
    number="K602418",
    surname="BEN HAJ AMOR",
    given_names="OUMAIMA",
    nat_text="TUNISIENNE",
    dob_text="17 MAR 1994",
    sex="F",
    pob="SFAX",
    issued_text="10 JUN 2021",
    exp_text="09 JUN 2031",
    skin=(190, 150, 115),
    mrz=codes.td3(
        "P", "TUN", "BEN HAJ AMOR", "OUMAIMA", "K602418", "TUN", "1994-03-17", "F", "2031-06-09"
    ),
)
VISA1 = dict(
    number="014785236",
    valid_from="2026-01-12",
    valid_until="2027-01-11",
    days=365,
    issued_at="TUNIS",
    issued_on="2025-12-18",
    passport="K602418",
    surname="BEN HAJ AMOR",
    given_names="OUMAIMA",
    remark1="VLS-TS SALARIE",
    remark2="CESEDA R.431-16 15°  ARTICLE L.421-1",
    skin=(190, 150, 115),
    mrz=codes.mrva(
        "FRA", "BEN HAJ AMOR", "OUMAIMA", "014785236", "TUN", "1994-03-17", "F", "2027-01-11"
    ),
)
BIRTH1 = dict(
    ar_city="صفاقس",
    place_city="Sfax",
    year_reg="1994",
    act_no="00712",
    surname="Ben Haj Amor",
    given_names="Oumaima",
    sex_text="Féminin",
    dob_words="Dix-sept mars mil neuf cent quatre-vingt-quatorze",
    place="Sfax",
    father="Mohamed Ben Haj Amor",
    mother="Latifa Karray",
    issued_on="2025-10-06",
)
APO1 = dict(
    conv="(Convention de La Haye du 5 octobre 1961)",
    country_text="République Tunisienne",
    doc_signer="Hamdi Trabelsi",
    doc_capacity="Officier de l'état civil",
    doc_seal="Municipalité de Sfax",
    at="Tunis",
    on_text="14/10/2025",
    by="Ministère des Affaires Étrangères",
    number="AP-2025-0184391",
    stamp=["REPUBLIQUE TUNISIENNE", "MAE", "LEGALISATIONS"],
    signer_short="N. Jaziri",
)
LEASE1 = dict(
    landlord_text="M. Gérard FAUVEL, demeurant 3 quai Saint-Vincent, 69001 Lyon",
    tenant_text="Mme Oumaima BEN HAJ AMOR",
    address="14 rue Paul Bert, Appt 32, 69003 Lyon",
    floor="3e étage, porte droite",
    surface="38,5",
    rooms=2,
    start_text="1er février 2026",
    rent=690.0,
    charges=55.0,
    city="Lyon",
    signed_on="2026-01-24",
    landlord_sig="G. Fauvel",
    tenant_sig="Oumaima",
)
PAY1 = dict(
    employer="ALTAÏS INGÉNIERIE SAS",
    employer_addr=["52 cours Lafayette", "69003 Lyon"],
    siret="853 402 117 00029",
    p_from="01/10/2026",
    p_to="31/10/2026",
    paid_on="30/10/2026",
    employee_name="Mme BEN HAJ AMOR Oumaima",
    employee_addr=ADDR1,
    matricule="00147",
    job="Ingénieure d'études",
    entry="12/01/2026",
    gross=3250.0,
    cotis=719.36,
    net_before=2530.64,
    net=2426.88,
    net_social=2561.40,
    period="2026-10",
)
RIB1 = dict(bank="30003", branch="01234", account="00050871294", bic="SOGEFRPP")
RIB1["iban"], RIB1["key"] = codes.fr_iban(RIB1["bank"], RIB1["branch"], RIB1["account"])
RIB1.update(
    holder="MME OUMAIMA BEN HAJ AMOR",
    holder_addr=["14 RUE PAUL BERT APPT 32", "69003 LYON"],
    agency=["SG LYON GUILLOTIERE", "12 COURS GAMBETTA", "69007 LYON", "04 78 72 41 00"],
)
FORM1 = dict(
    surname="Ben Haj Amor",
    given_names="Oumaima",
    sex="F",
    dob="1994-03-17",
    pob="Sfax, Tunisie",
    nat="Tunisienne",
    addr1="14 rue Paul Bert, Appt 32",
    cp="69003",
    city="Lyon",
    tel="07 58 12 64 90",
    mail="oumaima.bha@gmail.com",
    situation="salarie",
    job="Ingénieure d'études",
    contract="CDI",
    place="Lyon",
    date_text="09/11/2026",
    sig_name="Oumaima B.",
    sign_hand="hand3",
)

P01 = {
    "name": "p01",
    "as_of": "2026-11-20",
    "employed": True,
    "status": "complete",
    "requirements": {
        "application_form": OK,
        "identity": OK,
        "residence_status": OK,
        "birth_certificate": OK,
        "residence_proof": OK,
        "bank_details": OK,
        "employment": OK,
    },
    "defect": None,
    "applicant": A1,
    "docs": [
        {
            "type": "application_form",
            "look": "scan",
            "files": ["scan_0001.jpg", "scan_0002.jpg"],
            "pages": lambda rng: fr.form_pages(FORM1, rng),
            "fields": form_fields(
                "Ben Haj Amor", "Oumaima", "1994-03-17", "employed", "2026-11-09"
            ),
            "notes": "typed on screen, printed, place and date and signature by hand; CDI box",
        },
        {
            "type": "passport",
            "look": "phone_photo",
            "files": ["IMG_20261109_184512.jpg"],
            "rot": 90,
            "pages": lambda rng: [di.passport_page(PASS1, rng)],
            "fields": id_fields(
                "BEN HAJ AMOR", "OUMAIMA", "K602418", "TUN", "TUN", "1994-03-17", "F", "2031-06-09"
            ),
            "notes": "open passport booklet, photo rotated 90",
        },
        {
            "type": "long_stay_visa",
            "look": "phone_photo",
            "files": ["IMG_20261109_184547.jpg"],
            "pages": lambda rng: [di.visa_page(VISA1, rng)],
            "fields": dict(
                id_fields(
                    "BEN HAJ AMOR",
                    "OUMAIMA",
                    "014785236",
                    "TUN",
                    "FRA",
                    "1994-03-17",
                    "F",
                    "2027-01-11",
                ),
                visa_type="D",
                vls_ts=True,
                category="SALARIE",
                valid_from="2026-01-12",
                valid_until="2027-01-11",
            ),
            "notes": "French visa sticker MRV-A, VLS-TS salarié, validated",
        },
        {
            "type": "birth_certificate",
            "look": "image_pdf",
            "files": ["acte_naissance_apostille.pdf"],
            "pages": lambda rng: [di.birth_tunisia(BIRTH1, rng), di.apostille(APO1, rng)],
            "page_offset": [1],
            "fields": {
                "surname": "Ben Haj Amor",
                "given_names": "Oumaima",
                "date_of_birth": "1994-03-17",
                "place_of_birth": "Sfax",
                "issuing_country": "TUN",
                "language": "ar+fr",
                "has_apostille": True,
            },
            "notes": "bilingual Arabic/French extrait; page 2 of the same PDF is the apostille",
        },
        {
            "type": "apostille",
            "look": "image_pdf",
            "files": ["acte_naissance_apostille.pdf"],
            "pages": lambda rng: [],
            "page_offset": [2],
            "skip_write": True,
            "fields": {
                "country": "République Tunisienne",
                "issued_on": "2025-10-14",
                "number": "AP-2025-0184391",
                "signed_by": "Ministère des Affaires Étrangères",
            },
            "notes": "page 2 of acte_naissance_apostille.pdf",
        },
        {
            "type": "lease",
            "look": "image_pdf",
            "files": ["bail_paul_bert.pdf"],
            "pages": lambda rng: fr.lease_pages(LEASE1, rng),
            "fields": {
                "tenant_names": ["Oumaima BEN HAJ AMOR"],
                "landlord": "Gérard FAUVEL",
                "address": "14 rue Paul Bert, Appt 32, 69003 Lyon",
                "start_date": "2026-02-01",
            },
            "notes": "3-page loi 1989 lease, scanned",
        },
        {
            "type": "payslip",
            "look": "text_pdf",
            "files": ["Bulletin_de_paie_2026_10.pdf"],
            "title": "Bulletin de paie octobre 2026",
            "pages": lambda rng: [fr.payslip_page(PAY1)],
            "fields": fr.payslip_fields(PAY1),
            "notes": "bulletin de paie clarifié, CDI since 12/01/2026",
        },
        {
            "type": "rib",
            "look": "text_pdf",
            "files": ["RIB_SG.pdf"],
            "title": "Relevé d'identité bancaire",
            "pages": lambda rng: [fr.rib_sg(RIB1)],
            "fields": fr.rib_fields(RIB1, "Société Générale"),
        },
    ],
}
