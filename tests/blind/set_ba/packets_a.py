"""Packets p01 (Mali) and p02 (China)."""

from __future__ import annotations

import random

import cerfa
import civil
import frbank
import frdocs
import ids
import people
from kit import Packet, bill_fields, pages, rib_fields
from looks import card_on_a4

ALL_OK = dict(
    application_form="complete",
    identity="complete",
    residence_status="complete",
    birth_certificate="complete",
    residence_proof="complete",
    bank_details="complete",
)


def _form_pages(f, mode, seed, run):
    r = random.Random(seed)
    return pages(
        [lambda pg: cerfa.page1(pg, f, mode, r, run), lambda pg: cerfa.page2(pg, f, mode, r, run)]
    )


def _form_fields(f, employed, situation, contract=None):
    return {
        "surname": f["birth_surname"],
        "usage_name": f.get("usage_name") or None,
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "situation": situation,
        "contract_type": contract,
        "signed": True,
        "signed_on": f["signed_on"],
        "date_text": f["date"],
        "place": f["place"],
        "nir": None,
    }


# ===================================================================== p01 Mali


def p01_mali(out):
    P = Packet(out, "p01", 101)
    addr = "27 rue des Poissonniers, 75018 Paris"
    f = dict(
        birth_surname="DIARRA",
        given="FATOUMATA",
        sex="F",
        dob="1994-03-12",
        place_birth="BAMAKO",
        country_birth="MALI",
        nationality="MALIENNE",
        address="27 RUE DES POISSONNIERS",
        postcode="75018",
        city="PARIS",
        phone="07 58 31 94 20",
        email="fatou.diarra94@gmail.com",
        situation="salarie",
        contract="CDI",
        job="AIDE-SOIGNANTE",
        place="Paris",
        date="09/11/2026",
        signed_on="2026-11-09",
        signer="Diarra",
    )
    pgs = _form_pages(f, "hand", 11, 1)
    a = P.scan("scan_0001.jpg", pgs[0], 150)
    b = P.scan("scan_0002.jpg", pgs[1], 150)
    P.add(
        [(a, [1]), (b, [1])],
        "application_form",
        "scan",
        _form_fields(f, True, "salarie", "CDI"),
        "hand-filled, blue pen, print run 1",
    )

    img, pf = people.mali_passport(P.rng())
    bk = people.booklet(img, P.rng(), ["OBSERVATIONS"])
    P.add(
        [(P.photo("IMG_20261104_183512.jpg", bk, rotate=90), [1])],
        "passport",
        "phone_photo",
        pf,
        "open booklet photographed on a table, rotated 90",
    )

    front, back, tf = people.titre_sejour(
        P.rng(),
        dict(
            surname="DIARRA",
            given="FATOUMATA",
            sex="F",
            nat="MLI",
            dob="1994-03-12",
            number="EA8124037",
            expiry="2027-06-14",
            kind="CARTE DE SEJOUR TEMPORAIRE",
            remark="SALARIÉ",
            pob="BAMAKO (MALI)",
            issuer="PRÉFET DE POLICE",
            issued="2026-06-15",
            address="27 RUE DES POISSONNIERS 75018 PARIS",
            skin=(95, 62, 45),
        ),
    )
    fa = P.photo("IMG_20261104_183640.jpg", front, fill=0.6)
    fb = P.photo("IMG_20261104_183655.jpg", back, rotate=270, fill=0.6)
    P.add(
        [(fa, [1]), (fb, [1])],
        "residence_permit",
        "phone_photo",
        tf,
        "titre de séjour (2020 model), front and back; back photo rotated 270",
    )

    acte = dict(
        commune="III",
        centre="DRAVÉLA",
        acte_no="1487 / 1994",
        year_words="mil neuf cent quatre-vingt-quatorze",
        day_words="douze mars à 06 heures 40 minutes",
        pob="Bamako, Maternité Hôpital Gabriel Touré",
        sex_word="féminin",
        given="Fatoumata",
        surname="DIARRA",
        father="Moussa DIARRA",
        father_job="Commerçant",
        father_home="Bamako, Bamako-Coura",
        mother="Aminata KEÏTA",
        mother_job="Ménagère",
        mother_home="Bamako, Bamako-Coura",
        drawn="1994-03-15",
        declarant="Moussa DIARRA, le père",
        copy_date="2026-02-23",
        officer="Boubacar TRAORÉ",
    )
    bimg = pages(civil.mali_acte(acte, P.rng()))[0]
    P.add(
        [(P.scan("acte_de_naissance.jpg", bimg, 200), [1])],
        "birth_certificate",
        "scan",
        dict(
            surname="DIARRA",
            given_names="FATOUMATA",
            date_of_birth="1994-03-12",
            place_of_birth="Bamako",
            issuing_country="MLI",
            language="fr",
            has_apostille=False,
        ),
        "Mali acte de naissance, volet 3, copie certifiée conforme; no apostille: Mali is exempt "
        "from legalisation in France (bilateral convention of 9 March 1962), see README",
    )

    L = dict(
        landlord="M. Gérard LEMOINE",
        landlord_addr="demeurant 8 avenue Jean Jaurès, 93100 Montreuil",
        agent=None,
        tenants=["Diarra"],
        tenants_text=["Mme Fatoumata DIARRA, née le 12/03/1994 à Bamako (Mali)"],
        address="27 rue des Poissonniers, 3e étage porte gauche, 75018 Paris",
        desc="Appartement de type T2, 3e étage sans ascenseur, cave n° 12",
        surface="34,5",
        rooms=2,
        start="2026-03-01",
        rent=890.0,
        charges=60.0,
        city="Paris",
        signed="2026-02-24",
        seed=7,
    )
    lp = pages(frdocs.lease(L, P.rng()))
    P.add(
        [(P.image_pdf("bail_appartement.pdf", lp), [1, 2, 3])],
        "lease",
        "image_pdf",
        dict(
            tenant_names=["Fatoumata DIARRA"],
            landlord="Gérard LEMOINE",
            address=addr,
            start_date="2026-03-01",
        ),
        "bail loi 1989, 3 pages, scanned after signing",
    )

    siret = ids.luhn_complete("8214703650001")
    ps = dict(
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-31",
        employer="EHPAD LES TILLEULS SAS",
        employer_addr=["14 rue Championnet", "75018 Paris"],
        siret=siret,
        naf="8710A",
        urssaf="117 0000012345 Île-de-France",
        ccn="FHP (IDCC 2264)",
        employee="Mme DIARRA FATOUMATA",
        employee_addr=["27 rue des Poissonniers", "75018 PARIS"],
        job="Aide-soignante",
        status="Non cadre",
        hired="2026-04-07",
        matricule="00218",
        hours=151.67,
        gross=2065.00,
        cotis=456.33,
        net_before=1608.67,
        pas_rate="0,0",
        pas=0.0,
        net=1608.67,
        net_social=1612.40,
        months=10,
    )
    P.add(
        [(P.text_pdf("Bulletin_paie_2026_10.pdf", frdocs.payslip(ps), "Bulletin de paie"), [1])],
        "payslip",
        "text_pdf",
        dict(
            employer="EHPAD LES TILLEULS SAS",
            employee_name="DIARRA FATOUMATA",
            period="2026-10",
            net_pay=1608.67,
            siret=siret,
        ),
        "",
    )

    acc = "00050291847"
    iban = ids.fr_iban("30003", "03180", acc)
    r = dict(
        bank_name="SOCIETE GENERALE",
        color="e9041e",
        tagline="C'est vous l'avenir",
        holder="MME DIARRA FATOUMATA",
        holder_addr=["27 RUE DES POISSONNIERS", "75018 PARIS"],
        branch_addr=["SG PARIS MARCADET", "112 RUE MARCADET", "75018 PARIS"],
        bank="30003",
        branch="03180",
        account=acc,
        key=iban[25:27],
        iban=iban,
        bic="SOGEFRPP",
        footer="Société Générale - SA au capital de 1 000 395 971,25 EUR - "
        "552 120 222 RCS Paris - 29 bd Haussmann 75009 Paris",
    )
    P.add(
        [(P.text_pdf("RIB_SG.pdf", frbank.rib_pdf(r), "RIB"), [1])],
        "rib",
        "text_pdf",
        rib_fields("MME DIARRA FATOUMATA", iban, "SOGEFRPP", "Société Générale"),
        "",
    )
    P.finish(
        "2026-11-18",
        True,
        dict(surname="DIARRA", given_names="FATOUMATA", date_of_birth="1994-03-12"),
        dict(ALL_OK, employment="complete"),
    )


# ===================================================================== p02 China


def p02_china(out):
    P = Packet(out, "p02", 202)
    host_addr = "14 rue Duguesclin, 69006 Lyon"
    f = dict(
        birth_surname="WANG",
        given="FANG",
        sex="F",
        dob="1998-07-03",
        place_birth="CHENGDU",
        country_birth="CHINE",
        nationality="CHINOISE",
        address="CHEZ M. MARCHAND, 14 RUE DUGUESCLIN",
        postcode="69006",
        city="LYON",
        phone="06 44 12 87 09",
        email="wangfang0703@qq.com",
        situation="etudiant",
        place="Lyon",
        date="16/11/2026",
        signed_on="2026-11-16",
        signer="Wang",
        date_hand=True,
        ink=(15, 15, 20),
    )
    pgs = _form_pages(f, "typed", 22, 2)
    P.add(
        [(P.image_pdf("formulaire_S1106.pdf", pgs), [1, 2])],
        "application_form",
        "image_pdf",
        _form_fields(f, False, "etudiant"),
        "typed on screen, printed, dated and signed by hand in black, scanned; print run 2",
    )

    img, pf = people.china_passport(P.rng())
    bk = people.booklet(
        img, P.rng(), ["中华人民共和国外交部请各国军政机关对持照人", "予以通行的便利和必要的协助"]
    )
    visa, vf = people.french_visa(
        P.rng(),
        dict(
            surname="WANG",
            given="FANG",
            number="027451836",
            nat="CHN",
            dob="1998-07-03",
            sex="F",
            valid_from="2026-04-08",
            valid_until="2027-04-07",
            days=365,
            issued_in="CHENGDU",
            issued_on="2026-03-20",
            passport_no="EK4817325",
            category="ETUDIANT",
            remarks=["VLS-TS ETUDIANT", "CESEDA R431-16 / DISPENSE TITRE DE SEJOUR"],
            skin=(200, 165, 130),
        ),
    )
    vpage = people.visa_page(visa, P.rng())
    rr = P.rng()
    a4a = card_on_a4([(bk, 125)], rr)
    a4b = card_on_a4([(vpage, 125)], rr)
    fn = P.image_pdf("passeport_visa.pdf", [a4a, a4b])
    P.add([(fn, [1])], "passport", "image_pdf", pf, "passport booklet scanned on A4")
    P.add([(fn, [2])], "long_stay_visa", "image_pdf", vf, "VLS-TS étudiant sticker, page 2")

    c = dict(
        no_zh="（2026）川成蜀证字第18452号",
        no_en="(2026) Chuan Cheng Shu Zheng Zi No. 18452",
        zh_name="王芳",
        zh_dob="一九九八年七月三日",
        zh_pob="四川省成都市",
        id_no="510104199807032868",
        zh_father="王建国",
        zh_mother="李秀英",
        zh_province="四川省成都市",
        zh_office="四川省成都市蜀都公证处",
        zh_notary="张丽",
        zh_issue="二〇二六年二月十一日",
        en_name="WANG Fang",
        en_dob="July 3, 1998",
        en_pob="Chengdu, Sichuan Province",
        en_father="WANG Jianguo",
        en_mother="LI Xiuying",
        en_office="Shudu Notary Public Office, Chengdu, Sichuan Province",
        en_notary="ZHANG Li",
        en_issue="February 11, 2026",
    )
    cp = pages(civil.china_notarial(c, P.rng()))
    ap = dict(
        font="cjk",
        vfont="cjk",
        tfont="dvsb",
        seal="四川省人民政府外事办公室",
        seal_font="cjk",
        seal_color=(200, 20, 30),
        star=True,
        signer="Chen Hua",
        items=[
            ("国家 Country:", "中华人民共和国 People's Republic of China"),
            ("由 has been signed by:", "张丽 ZHANG Li"),
            ("以 acting in the capacity of:", "公证员 Notary"),
            ("盖有 bears the seal/stamp of:", "四川省成都市蜀都公证处"),
            ("于 at:", "成都 Chengdu"),
            ("日期 the:", "2026-02-26"),
            ("由 by:", "四川省人民政府外事办公室"),
            ("编号 No.:", "202651A0034178"),
            ("印章 Seal/stamp:", ""),
            ("签字 Signature:", ""),
        ],
        headers=["本公文书 This public document", "证明 Certified"],
        footer="Foreign Affairs Office of Sichuan Provincial People's Government. "
        "可通过 https://consular.mfa.gov.cn/VERIFY/ 查验 / Verify online.",
    )
    cp += pages(civil.apostille(ap, P.rng()))
    fn = P.image_pdf("notarial_birth_certificate.pdf", cp)
    P.add(
        [(fn, [1, 2, 3])],
        "birth_certificate",
        "image_pdf",
        dict(
            surname="WANG",
            given_names="Fang",
            date_of_birth="1998-07-03",
            place_of_birth="Chengdu, Sichuan Province",
            issuing_country="CHN",
            language="zh",
            has_apostille=True,
        ),
        "notarial certificate (公证书) of birth: Chinese original 王芳 (p1), the notary's English "
        "translation (p2) and conformity certificate (p3), bound together by the notary",
    )
    P.add(
        [(fn, [4])],
        "apostille",
        "image_pdf",
        dict(
            country="CHN",
            issued_on="2026-02-26",
            number="202651A0034178",
            signed_by="四川省人民政府外事办公室",
        ),
        "China joined the Apostille Convention on 7 Nov 2023; FAO of Sichuan",
    )

    hr = P.rng()
    att = dict(
        host="Julien MARCHAND",
        host_street="14 rue Duguesclin",
        host_postcode="69006",
        host_city="Lyon",
        host_dob="1995-10-21",
        host_pob="Villeurbanne (69)",
        hosted_title="Mme",
        hosted="WANG Fang",
        hosted_dob="1998-07-03",
        hosted_pob="Chengdu (Chine)",
        since="2026-04-15",
        signed="2026-11-12",
    )
    hp = pages(frdocs.hosting_attestation(att, hr))
    P.add(
        [(P.photo("IMG_4471.jpg", hp[0], rotate=270), [1])],
        "hosting_attestation",
        "phone_photo",
        dict(
            host_name="Julien MARCHAND",
            hosted_name="WANG Fang",
            address=host_addr,
            since_date="2026-04-15",
            signed_on="2026-11-12",
            signed=True,
        ),
        "handwritten on plain paper, photo rotated 270",
    )

    front, back, cf = people.french_cni(
        P.rng(),
        dict(
            surname="MARCHAND",
            given="JULIEN PIERRE",
            sex="M",
            dob="1995-10-21",
            pob="VILLEURBANNE (69)",
            number="X7RN2KL54",
            expiry="2032-03-02",
            issued="2022-03-03",
            address="14 RUE DUGUESCLIN",
            address2="69006 LYON",
            skin=(225, 190, 170),
        ),
    )
    P.add(
        [
            (
                P.scan(
                    "cni_julien_recto_verso.jpg",
                    card_on_a4([(front, 86), (back, 86)], P.rng()),
                    200,
                ),
                [1],
            )
        ],
        "national_id",
        "scan",
        cf,
        "host's identity card (2021 model), recto/verso on one A4",
    )

    for i, (m, end, issue) in enumerate(
        [
            ("2026-08", "31", "2026-08-02"),
            ("2026-09", "30", "2026-09-02"),
            ("2026-10", "31", "2026-10-02"),
        ]
    ):
        b = dict(
            holder="M. JULIEN MARCHAND",
            street="14 RUE DUGUESCLIN",
            postcode="69006",
            city="Lyon",
            number=f"FHD{2617835 + i * 41}",
            issue=issue,
            account="fbx58213907",
            line="04 78 52 61 39",
            start=m + "-01",
            end=f"{m}-{end}",
            amount=29.99,
            debit=issue[:8] + "12",
        )
        fn = P.text_pdf(
            f"facture_free_{m.replace('-', '')}.pdf", frbank.free_bill(b), "Facture Free"
        )
        P.add(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields(
                "Free",
                "internet",
                "JULIEN MARCHAND",
                host_addr,
                issue,
                m + "-01",
                f"{m}-{end}",
                29.99,
            ),
            "host's internet bill",
        )

    ib = ids.iban("LT", "32500" + "49281736054")
    r = dict(holder="Fang Wang", iban=ib, bic="REVOLT21")
    P.add(
        [(P.png("Screenshot_20261114_212203.png", frbank.revolut_screen(r, P.rng())), [1])],
        "rib",
        "screenshot",
        dict(rib_fields("Fang Wang", ib, "REVOLT21", "Revolut Bank UAB", fr_rib=False)),
        "Revolut account details screen; LT IBAN (foreign SEPA, acceptable: info only)",
    )
    P.finish(
        "2026-11-23",
        False,
        dict(surname="WANG", given_names="FANG", date_of_birth="1998-07-03"),
        dict(ALL_OK, employment="not_applicable"),
    )
