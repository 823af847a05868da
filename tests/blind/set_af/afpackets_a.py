"""Packets p01-p02 of set_af."""

from __future__ import annotations

import afcivil
import afhome
import afids
import afmoney
from afbase import REQS, Packet, form_fields, fr_iban, id_fields
from afcommon import iban_ok


def p01(pk: Packet) -> None:
    """USA, spouse of a French national, not employed, hosted by her husband (Lyon)."""
    as_of = "2026-11-20"
    ap = {"surname": "O'CONNOR-HAYES", "given": "Margaret Ellen", "dob": "1988-06-02", "sex": "F"}
    addr = ["14 rue Sainte-Catherine, Appt 22", "69001 Lyon"]
    pp = dict(ap, number="A03572894", pob="OHIO, U.S.A.", issued="2023-04-11", expiry="2033-04-10")
    pk.photo("IMG_4471.jpg", afids.passport_page(pk.rng("pp"), "USA", pp))
    pk.doc(
        [("IMG_4471.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(
            "O'CONNOR-HAYES",
            "MARGARET ELLEN",
            "A03572894",
            "USA",
            "USA",
            ap["dob"],
            "F",
            pp["expiry"],
        ),
    )
    v = dict(
        ap,
        number="024815936",
        nat="USA",
        passport="A03572894",
        days=365,
        issued="2026-01-12",
        issued_in="WASHINGTON",
        stamp_date="02.02.26",
        remarks=[
            "VLS-TS VIE PRIVEE ET FAMILIALE",
            "CONJOINT DE FRANCAIS",
            "CESEDA R431-16 15/ VALIDATION EN LIGNE",
        ],
        page_no="14",
    )
    v["from"], v["until"] = "2026-02-02", "2027-02-01"
    pk.photo("IMG_4472.jpg", afids.visa_page(pk.rng("visa"), v), rot=90)
    pk.doc(
        [("IMG_4472.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        id_fields(
            "O'CONNOR-HAYES",
            "MARGARET ELLEN",
            "024815936",
            "USA",
            "FRA",
            ap["dob"],
            "F",
            "2027-02-01",
            visa_type="D",
            vls_ts=True,
            category="VIE PRIVEE ET FAMILIALE",
            valid_from="2026-02-02",
            valid_until="2027-02-01",
        ),
        "photo rotated 90 degrees",
    )
    b = dict(
        ap,
        surname="O'Connor-Hayes",
        file_no="1988-045123",
        city="Columbus",
        county="Franklin",
        mother="Eileen Marie O'Connor",
        father="Daniel James Hayes",
        filed="1988-06-09",
        issued="2025-02-18",
        registrar="Karen Sorrell",
    )
    apo = dict(
        cc="USA",
        country="United States of America",
        signer="Karen Sorrell",
        capacity="State Registrar of Vital Statistics",
        seal_of="Ohio Department of Health",
        at="Columbus, Ohio",
        on_text="3rd day of March, 2025",
        by="Secretary of State of Ohio",
        number="2025-0031877",
        stamp=["SECRETARY", "OF STATE", "OHIO"],
    )
    pk.image_pdf(
        "acte_naissance_apostille.pdf",
        [afcivil.ohio_birth(pk.rng("bc"), b), afcivil.apostille(pk.rng("ap"), apo)],
    )
    pk.doc(
        [("acte_naissance_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "O'CONNOR-HAYES",
            "given_names": "MARGARET ELLEN",
            "date_of_birth": ap["dob"],
            "place_of_birth": "Columbus, Franklin County, Ohio",
            "issuing_country": "USA",
            "language": "en",
            "has_apostille": True,
        },
    )
    pk.doc(
        [("acte_naissance_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "United States of America",
            "issued_on": "2025-03-03",
            "number": "2025-0031877",
            "signed_by": "Secretary of State of Ohio",
        },
    )
    host = {"surname": "FERRAND", "given": "Julien Pierre", "dob": "1985-09-14"}
    att = dict(
        host="Julien FERRAND",
        addr1=addr[0],
        addr2=addr[1],
        host_dob=host["dob"],
        host_pob="Lyon 3e",
        since="2026-02-10",
        hosted_title="mon épouse,",
        hosted="Margaret Ellen O'CONNOR-HAYES",
        hosted_dob=ap["dob"],
        hosted_pob="Columbus (Ohio, USA)",
        relation="de nationalité américaine",
        city="Lyon",
        signed_on="2026-11-08",
    )
    pk.scan("attestation_hebergement.jpg", afhome.attestation_hand(pk.rng("att"), att, "hand4"))
    pk.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Julien FERRAND",
            "hosted_name": "Margaret Ellen O'CONNOR-HAYES",
            "address": "14 rue Sainte-Catherine, Appt 22, 69001 Lyon",
            "since_date": "2026-02-10",
            "signed_on": "2026-11-08",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    cni = dict(
        host,
        sex="M",
        number="F7K2NWP83",
        pob="LYON 3E ARRONDISSEMENT (69)",
        expiry="2031-06-30",
        issued="2021-07-01",
        authority="PRÉFECTURE DU RHÔNE",
    )
    front, back = afids.cni_fr(pk.rng("cni"), cni)
    pk.photocopy("copie_CNI_Julien.jpg", afids.on_a4([front, back]))
    pk.doc(
        [("copie_CNI_Julien.jpg", [1])],
        "national_id",
        "scan",
        id_fields(
            "FERRAND", "JULIEN PIERRE", "F7K2NWP83", "FRA", "FRA", host["dob"], "M", "2031-06-30"
        ),
        "host's ID: photocopy of both sides on one A4 sheet",
    )
    lease = dict(
        tenants=["Monsieur Julien FERRAND"],
        landlord="SCI LES TERREAUX, représentée par sa gérante Mme Hélène Maréchal",
        landlord_addr="3 place des Terreaux, 69001 Lyon",
        address=f"{addr[0]}, {addr[1]}",
        surface=48,
        rooms=2,
        start="2022-09-01",
        rent="890,00",
        charges="75,00",
        city="Lyon",
        signed="2022-08-24",
        font="serif",
        font_b="serif_b",
    )
    pk.image_pdf("bail_Julien.pdf", afhome.lease_pages(pk.rng("lease"), lease))
    pk.doc(
        [("bail_Julien.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Julien FERRAND"],
            "landlord": "SCI LES TERREAUX",
            "address": "14 rue Sainte-Catherine, Appt 22, 69001 Lyon",
            "start_date": "2022-09-01",
        },
        "host's lease",
    )
    ib = fr_iban("30002", "00412", "0000451873M")
    rib = dict(
        style="lcl",
        bank="LCL",
        iban=ib,
        bic="CRLYFRPP",
        holders=["M. JULIEN FERRAND", "OU MME MARGARET O'CONNOR-HAYES"],
        holder_addr=addr,
        agency=["LCL LYON TERREAUX", "2 rue d'Algérie", "69001 Lyon", "Tél. 04 72 10 29 00"],
    )
    pk.text_pdf("RIB_LCL_compte_joint.pdf", afmoney.rib_pdf(rib))
    pk.doc(
        [("RIB_LCL_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "JULIEN FERRAND OU MARGARET O'CONNOR-HAYES",
            "iban": ib,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": iban_ok(ib),
            "rib_key_valid": True,
        },
        "joint account",
    )
    form = dict(
        ap,
        surname="O'Connor-Hayes",
        pob="Columbus (Ohio) USA",
        nat="américaine",
        address=addr[0],
        cp="69001",
        city="Lyon",
        tel="07 81 44 20 63",
        employed=False,
        signed_on="2026-11-08",
    )
    pk.image_pdf("formulaire_S1106.pdf", afhome.cerfa_hand(pk.rng("form"), form, "hand3"))
    pk.doc(
        [("formulaire_S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(form, False),
        "hand-filled, 'sans activité' ticked",
    )
    reqs = dict.fromkeys(REQS, "complete")
    reqs["employment"] = "not_applicable"
    pk.truth(
        as_of,
        False,
        reqs,
        None,
        {"surname": "O'CONNOR-HAYES", "given_names": "MARGARET ELLEN", "date_of_birth": ap["dob"]},
    )


def p02(pk: Packet) -> None:
    """China, passeport talent, employed (CDI), own lease in Issy-les-Moulineaux."""
    as_of = "2026-10-12"
    ap = {"surname": "ZHANG", "given": "Yuxin", "dob": "1995-03-12", "sex": "F"}
    addr = ["27 avenue Jean Jaurès, Bât. B", "92130 Issy-les-Moulineaux"]
    pp = dict(
        ap,
        number="EJ4827161",
        cn_sur="张",
        cn_giv="雨欣",
        pob="江苏/JIANGSU",
        poi="江苏/JIANGSU",
        issued="2022-08-19",
        expiry="2032-08-18",
    )
    pk.photo("passeport.jpg", afids.passport_cn(pk.rng("pp"), pp), rot=180)
    pk.doc(
        [("passeport.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields("ZHANG", "YUXIN", "EJ4827161", "CHN", "CHN", ap["dob"], "F", "2032-08-18"),
        "photo upside down (rotated 180)",
    )
    ts = dict(
        ap,
        number="TS4K82Q19",
        nat="CHN",
        kind="CARTE DE SEJOUR PLURIANNUELLE",
        mention="PASSEPORT TALENT",
        expiry="2030-05-14",
        issued="2026-05-15",
        pob="NANJING (CHINE)",
        address=[addr[0], addr[1]],
        authority="PRÉFET DES HAUTS-DE-SEINE",
    )
    f, b = afids.titre_sejour(pk.rng("ts"), ts)
    pk.photo("titre_recto.jpg", f, long_side=3024)
    pk.photo("titre_verso.jpg", b, long_side=3024)
    pk.doc(
        [("titre_recto.jpg", [1]), ("titre_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        id_fields("ZHANG", "YUXIN", "TS4K82Q19", "CHN", "FRA", ap["dob"], "F", "2030-05-14"),
        "front and back, MRZ on the back",
    )
    bc = dict(
        ap,
        year="2025",
        ref_zh="苏宁钟证民内字第8412号",
        ref_en="Su Ning Zhong Zheng Min Nei Zi No. 8412",
        cn_name="张雨欣",
        dob_zh="一九九五年三月十二日",
        id_no="320102199503122427",
        pob_zh="江苏省南京市",
        pob_en="Nanjing, Jiangsu Province",
        father_zh="张建国",
        mother_zh="李梅",
        father_en="ZHANG Jianguo",
        mother_en="LI Mei",
        office_zh="江苏省南京市钟山公证处",
        office_en="Zhongshan Notary Public Office of Nanjing, Jiangsu Province",
        notary_zh="王华",
        notary_en="WANG Hua",
        issued="2025-12-03",
        issued_zh="二〇二五年十二月三日",
    )
    zh, en = afcivil.cn_notarial(pk.rng("bc"), bc)
    apo = dict(
        cc="CHN",
        country="中华人民共和国 People's Republic of China",
        signer="WANG Hua",
        capacity="Notary Public",
        seal_of="Zhongshan Notary Public Office of Nanjing",
        at="Nanjing",
        on_text="2025-12-10",
        by="Foreign Affairs Office of Jiangsu Provincial Government",
        number="A2025320004817",
        stamp=["APOSTILLE", "JIANGSU"],
    )
    pk.image_pdf("acte_de_naissance_notarie.pdf", [zh, en, afcivil.apostille(pk.rng("ap"), apo)])
    pk.doc(
        [("acte_de_naissance_notarie.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ZHANG",
            "given_names": "YUXIN",
            "date_of_birth": ap["dob"],
            "place_of_birth": "Nanjing, Jiangsu",
            "issuing_country": "CHN",
            "language": "zh",
            "has_apostille": True,
        },
        "Chinese notarial certificate of birth (公证书)",
    )
    pk.doc(
        [("acte_de_naissance_notarie.pdf", [2])],
        "translation",
        "image_pdf",
        {},
        "English translation bound by the notary office (not a French sworn translation)",
    )
    pk.doc(
        [("acte_de_naissance_notarie.pdf", [3])],
        "apostille",
        "image_pdf",
        {
            "country": "People's Republic of China",
            "issued_on": "2025-12-10",
            "number": "A2025320004817",
            "signed_by": "Foreign Affairs Office of Jiangsu Provincial Government",
        },
    )
    lease = dict(
        tenants=["Madame ZHANG Yuxin"],
        landlord="Monsieur Bernard Lefèvre-Kerjean",
        landlord_addr="9 rue de Vanves, 92100 Boulogne-Billancourt",
        address=f"{addr[0]}, {addr[1]}",
        surface=34,
        rooms=1,
        start="2026-03-01",
        rent="1 020,00",
        charges="60,00",
        city="Issy-les-Moulineaux",
        signed="2026-02-21",
        font="arial",
        font_b="arial_b",
    )
    pages = afhome.lease_pages(pk.rng("lease"), lease)
    names = []
    for i, pg in enumerate(pages):
        nm = f"IMG_20260915_1842{31 + i}.jpg"
        pk.photo(nm, pg, rot=270 if i == 1 else 0)
        names.append((nm, [1]))
    pk.doc(
        names,
        "lease",
        "phone_photo",
        {
            "tenant_names": ["ZHANG Yuxin"],
            "landlord": "Bernard Lefèvre-Kerjean",
            "address": "27 avenue Jean Jaurès, Bât. B, 92130 Issy-les-Moulineaux",
            "start_date": "2026-03-01",
        },
        "three pages, one photo each; page 2 rotated",
    )
    ib = fr_iban("40618", "80263", "00040255172")
    pk.png(
        "IMG_2316.PNG",
        afmoney.bourso_screen(
            pk.rng("rib"),
            dict(
                clock="09:41",
                holder="MME ZHANG YUXIN",
                iban=ib,
                bic="BOUSFRPPXXX",
                account_label="Compte courant n° ...5172",
            ),
        ),
    )
    pk.doc(
        [("IMG_2316.PNG", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "ZHANG YUXIN",
            "iban": ib,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": iban_ok(ib),
            "rib_key_valid": True,
        },
    )
    ps = dict(
        period="2026-09",
        last_day="30",
        employer="LUMERIS ANALYTICS SAS",
        employer_addr=["12 rue Rouget de Lisle", "92130 Issy-les-Moulineaux"],
        siret="83214607500028",
        naf="6201Z",
        ccn="Syntec (IDCC 1486)",
        employee="Mme ZHANG Yuxin",
        employee_addr=addr,
        job="Ingénieure data",
        entry="2026-05-18",
        gross=4250.0,
        net_before=3318.41,
        net=2986.57,
        net_social=3352.96,
        pas_rate="10,0",
        paid_on="30/09/2026",
    )
    pk.text_pdf("Bulletin_2026_09_ZHANG.pdf", afmoney.payslip_pdf(ps))
    pk.doc(
        [("Bulletin_2026_09_ZHANG.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "LUMERIS ANALYTICS SAS",
            "employee_name": "ZHANG Yuxin",
            "period": "2026-09",
            "net_pay": 2986.57,
            "siret": "83214607500028",
        },
        "net_pay is the NET PAYÉ after tax",
    )
    form = dict(
        ap,
        surname="ZHANG",
        given="Yuxin",
        pob="Nanjing (Chine)",
        nat="chinoise",
        address=addr[0],
        cp="92130",
        city="Issy-les-Moulineaux",
        tel="06 52 18 77 30",
        employed=True,
        job="Ingénieure data",
        contract="CDI",
        employer="Lumeris Analytics SAS",
        signed_on="2026-10-05",
        esign=True,
    )
    pk.text_pdf("S1106_formulaire_rempli.pdf", afhome.cerfa_pdf(form, typed=True))
    pk.doc(
        [("S1106_formulaire_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(form, True),
        "filled on screen, drawn signature",
    )
    reqs = dict.fromkeys(REQS, "complete")
    pk.truth(
        as_of,
        True,
        reqs,
        None,
        {"surname": "ZHANG", "given_names": "YUXIN", "date_of_birth": ap["dob"]},
    )
