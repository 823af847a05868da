"""Packet p02: Guinea, not employed, VLS-TS, attestation d'hébergement route (host ID and
host's bills), joint-account RIB screenshot. In order."""

from __future__ import annotations

import bw_civil
import bw_form
import bw_money
import bw_papers
import bw_screens
from bw_build import (
    Packet,
    as_image_pdf,
    as_photo,
    bill_fields,
    form_fields,
    glass,
    pages,
    pdf,
    visa_booklet,
)
from bw_core import d, fr_iban, month_end
from bw_ids import booklet, french_card, passport_page, visa_sticker
from bw_looks import image_pdf, png, scan


def p02() -> Packet:
    dob = d("1997-01-14")
    P = Packet(
        "p02",
        "2026-11-24",
        False,
        {"surname": "DIALLO", "given_names": "FATOUMATA BINTA", "date_of_birth": dob.isoformat()},
    )
    face = {"skin": (112, 76, 56), "hair": (20, 16, 14), "cloth": (150, 60, 70)}
    # --- form filled by hand, each page photographed
    v = dict(
        surname="DIALLO",
        usage="MOREL",
        given="FATOUMATA BINTA",
        sex="F",
        dob=dob,
        pob_commune="Labé",
        pob_pays="Guinée",
        nationality="Guinéenne",
        address="27 rue Gambetta",
        cp="59000",
        commune="Lille",
        phone="06 51 27 84 90",
        email="",
        situation="sans_activite",
        place="Lille",
        date_text="16/11/2026",
        sig_name="Diallo",
    )
    r = P.rng("form")
    b = pdf(
        lambda c: (
            bw_form.fill1(c, bw_form.page1(c, "B", r), v, "hand", r),
            c.showPage(),
            bw_form.fill2(c, bw_form.page2(c, "B", r, "inside"), v, "hand", r),
        )
    )
    p1, p2 = pages(b, 230)
    P.put("IMG_4471.jpg", as_photo(p1, r, rot=0, fill=0.86, table="wood"))
    P.put("IMG_4472.jpg", as_photo(p2, r, rot=270, fill=0.86, table="wood"))
    P.doc(
        [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(v, "not_employed", "2026-11-16"),
        "cerfa 15763*02 print run B filled by hand (usage name MOREL); page 2 photo rotated 270",
    )
    # --- passport + VLS-TS, two pages of one scanner PDF
    r = P.rng("passport")
    pp = dict(
        country="GIN",
        surname="DIALLO",
        given="FATOUMATA BINTA",
        number="R2045871",
        printed_number="R2045871",
        nat_text="GUINÉENNE / GUINEAN",
        dob=dob,
        sex="F",
        sex_text="F",
        pob="LABÉ",
        doi=d("2025-03-10"),
        doe=d("2030-03-09"),
        auth="DCPAF CONAKRY",
        face=face,
    )
    page, mrz_p = passport_page(pp, r)
    vs = dict(
        number="010397254",
        valid_from=d("2026-04-15"),
        valid_until=d("2027-04-14"),
        days=365,
        issued_in="CONAKRY",
        issued_on=d("2026-04-02"),
        passport_no="R2045871",
        surname="DIALLO",
        given="FATOUMATA BINTA",
        remarks=["VLS-TS CONJOINT DE FRANCAIS", "CESEDA R.431-16 15°"],
        nat="GIN",
        dob=dob,
        sex="F",
        face=face,
    )
    sticker, mrz_v = visa_sticker(vs, r)
    g1 = glass([(booklet(page, None, r), 30, 40)], r, 200)
    g2 = glass([(visa_booklet(sticker, r, 7), 30, 40)], r, 200)

    P.put(
        "passeport_visa.pdf",
        image_pdf([scan(g1, r), scan(g2, r)], r, q=70, creator="Canon MF Scan"),
    )
    P.doc(
        [("passeport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        {
            "surname": "DIALLO",
            "given_names": "FATOUMATA BINTA",
            "document_number": "R2045871",
            "nationality": "GIN",
            "issuing_country": "GIN",
            "date_of_birth": dob.isoformat(),
            "sex": "F",
            "expiry_date": "2030-03-09",
            "mrz_valid": True,
        },
        "8-character passport number, filler in the MRZ number field; MRZ " + " / ".join(mrz_p),
    )
    P.doc(
        [("passeport_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        {
            "surname": "DIALLO",
            "given_names": "FATOUMATA BINTA",
            "document_number": "010397254",
            "nationality": "GIN",
            "issuing_country": "FRA",
            "date_of_birth": dob.isoformat(),
            "sex": "F",
            "expiry_date": "2027-04-14",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "CONJOINT DE FRANCAIS",
            "valid_from": "2026-04-15",
            "valid_until": "2027-04-14",
        },
        "Schengen-format type D sticker, MRV-B MRZ " + " / ".join(mrz_v),
    )
    # --- Guinean birth extract with legalisations on the back
    r = P.rng("birth")
    g = dict(
        act_no="0412",
        dob=dob,
        dob_words="quatorze janvier mil neuf cent quatre-vingt-dix-sept",
        time="six heures trente minutes",
        pob_long="Labé",
        surname="DIALLO",
        given="Fatoumata Binta",
        sex_text="Féminin",
        father="DIALLO Mamadou Saliou",
        father_job="Commerçant",
        mother="BAH Kadiatou",
        mother_job="Ménagère",
        parents_home="Quartier Tata, Labé",
        drawn_words="vingt janvier mil neuf cent quatre-vingt-dix-sept",
        declarant="DIALLO Mamadou Saliou, père de l'enfant",
        issued=d("2025-03-06"),
        officer="Alpha Oumar SOW",
        prefecture="LABÉ",
        commune="LABÉ",
        legal=dict(
            mae_date=d("2025-03-18"),
            mae_no="2025/LG/04417",
            mae_agent="Mamadou CAMARA",
            fr_date=d("2025-03-25"),
            fr_no="2025-1873",
            fr_fee="20 EUR",
            fr_agent="P. LEMAIRE",
        ),
    )
    P.put("acte_de_naissance_legalise.pdf", as_image_pdf(pdf(bw_civil.guinea_birth, g, r), r, q=70))
    P.doc(
        [("acte_de_naissance_legalise.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DIALLO",
            "given_names": "Fatoumata Binta",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "Labé",
            "issuing_country": "GIN",
            "language": "fr",
            "has_apostille": False,
        },
        "extrait d'acte de naissance in French; page 2 (verso) carries the legalisation by the "
        "Guinean foreign ministry and by the French embassy in Conakry. Guinea is not a Hague "
        "Apostille party: legalisation, not apostille, is the regime",
    )
    # --- attestation d'hébergement (handwritten by the husband), photographed
    r = P.rng("attest")
    a = dict(
        font="hand_dkg",
        sig_name="Julien Morel",
        place_date="Fait à Lille, le 2 novembre 2026",
        lines=[
            "Je soussigné Julien MOREL, né le 03/09/1990 à Amiens (80),",
            "de nationalité française, demeurant au 27 rue Gambetta,",
            "59000 Lille,",
            "atteste sur l'honneur héberger à mon domicile mon épouse,",
            "Madame Fatoumata Binta DIALLO, née le 14/01/1997 à Labé",
            "(Guinée), depuis le 20 avril 2026.",
            "Elle réside avec moi de manière stable à cette adresse.",
            "Cette attestation est établie pour servir et valoir ce que",
            "de droit, notamment auprès de la CPAM.",
            "Je joins la copie de ma carte d'identité et mes trois",
            "dernières factures d'électricité.",
        ],
    )
    P.put(
        "attestation_hebergement.jpg",
        as_photo(pages(pdf(bw_papers.attestation, a, r), 220)[0], r, fill=0.85, table="desk"),
    )
    P.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Julien MOREL",
            "hosted_name": "Fatoumata Binta DIALLO",
            "address": "27 rue Gambetta, 59000 Lille",
            "since_date": "2026-04-20",
            "signed_on": "2026-11-02",
            "signed": True,
        },
        "handwritten by the host (husband) on plain paper",
    )
    # --- host's French identity card, recto and verso photographed
    r = P.rng("cni")
    cni = dict(
        kind="cni",
        surname="MOREL",
        given_display="JULIEN PIERRE",
        given_mrz="JULIEN PIERRE",
        sex="M",
        nat="FRA",
        dob=d("1990-09-03"),
        pob="AMIENS (80)",
        number="D7H2KQ3N8",
        expiry=d("2033-05-18"),
        address=["27 RUE GAMBETTA", "59000 LILLE"],
        issued=d("2023-05-19"),
        authority="PRÉFECTURE DU NORD",
        face={"skin": (226, 190, 165), "hair": (110, 80, 50)},
    )
    fr_, bk, mrz_c = french_card(cni, r)
    P.put("CNI_Julien_recto.jpg", as_photo(fr_, r, fill=0.6, long_side=3264, table="fabric"))
    P.put("CNI_Julien_verso.jpg", as_photo(bk, r, fill=0.6, long_side=3264, table="fabric"))
    P.doc(
        [("CNI_Julien_recto.jpg", [1]), ("CNI_Julien_verso.jpg", [1])],
        "national_id",
        "phone_photo",
        {
            "surname": "MOREL",
            "given_names": "JULIEN PIERRE",
            "document_number": "D7H2KQ3N8",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1990-09-03",
            "sex": "M",
            "expiry_date": "2033-05-18",
            "mrz_valid": True,
        },
        "the host's identity card (2021 model), TD1 MRZ " + " / ".join(mrz_c),
    )
    # --- host's three EDF bills, scanned together in one PDF
    r = P.rng("edf")
    blk = ["M JULIEN MOREL", "27 RUE GAMBETTA", "59000 LILLE"]
    scans = []
    for i, (mo, kwh) in enumerate(((8, 142), (9, 168), (10, 215))):
        start, end = d(f"2026-{mo:02d}-01"), month_end(2026, mo)
        issue = d(f"2026-{mo + 1:02d}-0{6 - (mo == 10)}")
        lines = [
            ("Abonnement Base 6 kVA", "1 mois", "15,65", "20 %", 15.65),
            ("Consommation Base", f"{kwh} kWh", "0,1952", "20 %", round(kwh * 0.1952, 2)),
            ("Accise sur l'électricité", f"{kwh} kWh", "0,0300", "20 %", round(kwh * 0.03, 2)),
            ("Contribution tarifaire d'acheminement", "1 mois", "1,84", "20 %", 1.84),
        ]
        amount = round(sum(x[4] for x in lines) * 1.2, 2)
        b = dict(
            issue_date=issue,
            invoice_no=f"10 2233 {445 + i:03d} {566 + 31 * i:03d}",
            client_no="6 002 345 678",
            account_no="4001 234 567",
            address_block=blk,
            site_address="27 rue Gambetta 59000 Lille",
            pdl="14 2345 6789 0123",
            contract="Tarif Bleu - Option Base - 6 kVA",
            amount=amount,
            period_start=start,
            period_end=end,
            debit_date=d(f"2026-{mo + 1:02d}-21"),
            lines=lines,
        )
        scans.extend(pages(pdf(bw_money.bill_edf, b, r), 200))
        P.doc(
            [("factures_EDF.pdf", [i + 1])],
            "utility_bill",
            "image_pdf",
            bill_fields(
                "EDF",
                "electricity",
                "JULIEN MOREL",
                "27 RUE GAMBETTA, 59000 LILLE",
                issue,
                start,
                amount,
            ),
            "host's bill (in the host's name), one page of a three-page scan",
        )
    P.put("factures_EDF.pdf", image_pdf([scan(s, r, grey=True) for s in scans], r, q=70))
    # --- joint account RIB, La Banque Postale app screenshot
    r = P.rng("rib")
    iban, key = fr_iban("20041", "01005", "0645872K031")
    scr = dict(
        time="10:15",
        account_masked="•••• 872K031",
        holders=["M JULIEN MOREL", "OU MME FATOUMATA DIALLO"],
        iban=iban,
        bic="PSSTFRPPLIL",
        bank="20041",
        branch="01005",
        account="0645872K031",
        key=key,
        domiciliation=["LA BANQUE POSTALE", "CENTRE FINANCIER DE LILLE", "59900 LILLE CEDEX 9"],
    )

    P.put("Screenshot_20261105-101522.png", png(bw_screens.lbp_app(scr, r)))
    P.doc(
        [("Screenshot_20261105-101522.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "JULIEN MOREL OU FATOUMATA DIALLO",
            "iban": iban,
            "bic": "PSSTFRPPLIL",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account including the applicant; account number contains a letter (K)",
    )
    return P
