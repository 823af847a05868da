"""Packets p03 (India) and p04 (Ukraine, one defect)."""

from __future__ import annotations

import civil
import frbank
import frdocs
import ids
import people
from kit import Packet, bill_fields, pages, rib_fields
from looks import card_on_a4
from packets_a import ALL_OK, _form_fields, _form_pages

# ===================================================================== p03 India


def p03_india(out):
    P = Packet(out, "p03", 303)
    addr = "5 allée des Acacias, 92400 Courbevoie"
    f = dict(
        birth_surname="NAIR",
        given="ROHIT SURESH",
        sex="M",
        dob="1991-11-05",
        place_birth="MUMBAI",
        country_birth="INDE",
        nationality="INDIENNE",
        address="5 ALLEE DES ACACIAS, APT 42",
        postcode="92400",
        city="COURBEVOIE",
        phone="06 21 70 35 88",
        email="rohit.nair.91@outlook.com",
        situation="salarie",
        contract="CDI",
        job="Data engineer",
        place="Courbevoie",
        date="19/11/2026",
        signed_on="2026-11-19",
        signer="Nair",
        date_hand=False,
    )
    pgs = _form_pages(f, "typed", 33, 1)
    a = P.photo("IMG_4521.jpg", pgs[0], rotate=90)
    b = P.photo("IMG_4522.jpg", pgs[1])
    P.add(
        [(a, [1]), (b, [1])],
        "application_form",
        "phone_photo",
        _form_fields(f, True, "salarie", "CDI"),
        "typed, printed, signed by hand; phone photos, page 1 rotated 90",
    )

    img, pf = people.india_passport(P.rng())
    bk = people.booklet(
        img,
        P.rng(),
        [
            "भारत गणराज्य के राष्ट्रपति के नाम पर",
            "IN THE NAME OF THE PRESIDENT OF THE REPUBLIC OF INDIA",
        ],
    )
    P.add(
        [(P.scan("passport.jpg", card_on_a4([(bk, 125)], P.rng()), 200), [1])],
        "passport",
        "scan",
        pf,
        "open booklet on the scanner glass",
    )
    visa, vf = people.french_visa(
        P.rng(),
        dict(
            surname="NAIR",
            given="ROHIT SURESH",
            number="031964207",
            nat="IND",
            dob="1991-11-05",
            sex="M",
            valid_from="2026-05-20",
            valid_until="2027-05-19",
            days=365,
            issued_in="BOMBAY",
            issued_on="2026-05-06",
            passport_no="W6183920",
            category="SALARIE",
            remarks=["VLS-TS SALARIE", "AUTORISATION DE TRAVAIL N° 2026-92-011873"],
            skin=(150, 105, 75),
        ),
    )
    P.add(
        [(P.photo("visa.jpg", people.visa_page(visa, P.rng())), [1])],
        "long_stay_visa",
        "phone_photo",
        vf,
        "VLS-TS salarié sticker in the passport",
    )

    bc = dict(
        hi_body="बृहन्मुंबई महानगरपालिका",
        body="Municipal Corporation of Greater Mumbai",
        dept="Public Health Department",
        state_rules="MAHARASHTRA",
        local_body="Municipal Corporation of Greater Mumbai, F/South Ward",
        tahsil="Mumbai City",
        district="Mumbai",
        state="Maharashtra",
        name="ROHIT SURESH NAIR",
        sex="MALE",
        dob_text="05-11-1991",
        pob="K.E.M. HOSPITAL, PAREL, MUMBAI - 400012",
        mother="LATHA SURESH NAIR",
        father="SURESH GOPALAN NAIR",
        addr_birth="12/B, SHANTI NIWAS, DR. AMBEDKAR ROAD, PAREL, MUMBAI - 400012",
        addr_perm="12/B, SHANTI NIWAS, DR. AMBEDKAR ROAD, PAREL, MUMBAI - 400012",
        reg_no="FS/1991/08734",
        reg_date="18-11-1991",
        issue_text="02-04-2026",
        cert_no="MCGM/FS/B/2026/0417356",
        registrar="Dr. S. K. Patil",
        ward="F/SOUTH WARD",
    )
    bp = pages(civil.india_birth(bc, P.rng()))
    bfile = P.scan("birth_certificate.jpg", bp[0], 300, 200)
    ap = dict(
        title="APOSTILLE",
        signer="A. K. Sharma",
        seal="MINISTRY OF EXTERNAL AFFAIRS * GOVERNMENT OF INDIA *",
        seal_center=["CPV DIVISION", "NEW DELHI"],
        items=[
            ("Country:", "INDIA"),
            ("has been signed by:", "Dr. S. K. Patil"),
            ("acting in the capacity of:", "Registrar of Births and Deaths"),
            ("bears the seal/stamp of:", "Municipal Corp. of Greater Mumbai"),
            ("at:", "New Delhi"),
            ("the:", "22/04/2026"),
            ("by:", "Ministry of External Affairs, Govt. of India"),
            ("No.:", "MH-2026-0418273"),
            ("Seal/stamp:", ""),
            ("Signature:", ""),
        ],
        headers=["This public document", "Certified"],
        top=40,
        footer="Verify this apostille at https://apostille.mea.gov.in",
    )
    afile = P.scan(
        "birth_certificate_apostille.jpg", pages(civil.apostille(ap, P.rng()))[0], 300, 200
    )
    P.add(
        [(bfile, [1])],
        "birth_certificate",
        "scan",
        dict(
            surname="NAIR",
            given_names="ROHIT SURESH",
            date_of_birth="1991-11-05",
            place_of_birth="K.E.M. HOSPITAL, PAREL, MUMBAI - 400012",
            issuing_country="IND",
            language="en",
            has_apostille=True,
        ),
        "MCGM birth certificate under the RBD Act 1969 (Hindi/English); name printed in one "
        "field as ROHIT SURESH NAIR",
    )
    P.add(
        [(afile, [1])],
        "apostille",
        "scan",
        dict(
            country="IND",
            issued_on="2026-04-22",
            number="MH-2026-0418273",
            signed_by="A. K. Sharma",
        ),
        "MEA apostille, scanned from the back of the certificate",
    )

    for i, (m, end, issue) in enumerate(
        [
            ("2026-08", "31", "2026-08-05"),
            ("2026-09", "30", "2026-09-05"),
            ("2026-10", "31", "2026-10-05"),
        ]
    ):
        b = dict(
            holder="M ROHIT NAIR",
            street="5 ALLEE DES ACACIAS APT 42",
            postcode="92400",
            city="COURBEVOIE",
            account="1-28ZK4F7",
            number=f"SF{51837290 + i * 377}",
            issue=issue,
            start=m + "-01",
            end=f"{m}-{end}",
            amount=[42.99, 42.99, 45.49][i],
            debit=issue[:8] + "15",
            line="01 84 72 39 16",
            iban_mask="FR76 **** **** 0147",
        )
        fn = P.text_pdf(f"SFR_facture_{m[5:]}_{m[:4]}.pdf", frbank.sfr_bill(b), "Facture SFR")
        P.add(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields(
                "SFR", "internet", "ROHIT NAIR", addr, issue, m + "-01", f"{m}-{end}", b["amount"]
            ),
            "",
        )

    siret = ids.luhn_complete("8930417280002")
    c = dict(
        employer="NEOVANCE ANALYTICS",
        form="SAS",
        capital="250 000 €",
        rcs_city="Nanterre",
        siren=siret[:3] + " " + siret[3:6] + " " + siret[6:9],
        siret=siret,
        employer_addr="1 place Samuel de Champlain, 92400 Courbevoie",
        rep="Mme Claire VASSEUR",
        rep_title="Directrice des ressources humaines",
        employee_title="M.",
        employee="Rohit Suresh NAIR",
        dob="1991-11-05",
        pob="Mumbai (Inde)",
        nat="indienne",
        employee_addr=addr,
        start="2026-06-01",
        ccn="Syntec (IDCC 1486)",
        job="Data engineer",
        status="cadre",
        position="2.2, coefficient 130",
        workplace="1 place Samuel de Champlain, 92400 Courbevoie",
        salary="52 000 € (cinquante-deux mille euros)",
        city="Courbevoie",
        signed="2026-03-30",
        seed=33,
    )
    P.add(
        [(P.text_pdf("Contrat_CDI_NAIR.pdf", frdocs.contract(c), "Contrat de travail"), [1, 2])],
        "employment_contract",
        "text_pdf",
        dict(
            employer="NEOVANCE ANALYTICS",
            employee_name="Rohit Suresh NAIR",
            contract_type="CDI",
            job_title="Data engineer",
            start_date="2026-06-01",
        ),
        "",
    )

    acc = "00010384716"
    iban = ids.fr_iban("30004", "00819", acc)
    r = dict(
        bank_name="BNP PARIBAS",
        color="00915a",
        tagline="La banque d'un monde qui change",
        holder="M ROHIT SURESH NAIR",
        holder_addr=["5 ALLEE DES ACACIAS APT 42", "92400 COURBEVOIE"],
        branch_addr=["BNP PARIBAS COURBEVOIE", "4 PLACE CHARRAS", "92400 COURBEVOIE"],
        bank="30004",
        branch="00819",
        account=acc,
        key=iban[25:27],
        iban=iban,
        bic="BNPAFRPPXXX",
        footer="BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 "
        "RCS Paris - 16 bd des Italiens 75009 Paris - ORIAS 07 022 735",
    )
    P.add(
        [(P.text_pdf("RIB_BNP.pdf", frbank.rib_pdf(r), "RIB"), [1])],
        "rib",
        "text_pdf",
        rib_fields("M ROHIT SURESH NAIR", iban, "BNPAFRPPXXX", "BNP Paribas"),
        "",
    )
    P.finish(
        "2026-11-26",
        True,
        dict(surname="NAIR", given_names="ROHIT SURESH", date_of_birth="1991-11-05"),
        dict(ALL_OK, employment="complete"),
    )


# ===================================================================== p04 Ukraine


def p04_ukraine(out):
    P = Packet(out, "p04", 404)
    addr = "3 rue Paul Bert, 35000 Rennes"
    f = dict(
        birth_surname="KOVALENKO",
        usage_name="GIRARD",
        given="OKSANA",
        sex="F",
        dob="1990-02-14",
        place_birth="KHARKIV",
        country_birth="UKRAINE",
        nationality="UKRAINIENNE",
        address="3 RUE PAUL BERT",
        postcode="35000",
        city="RENNES",
        phone="07 81 64 20 57",
        email="oksana.girard@gmail.com",
        situation="sans_activite",
        place="Rennes",
        date="24/11/2026",
        signed_on="2026-11-24",
        signer="Kovalenko",
        ink=(10, 40, 140),
    )
    pgs = _form_pages(f, "hand", 44, 2)
    a = P.photo("IMG_20261124_101522.jpg", pgs[0])
    b = P.photo("IMG_20261124_101547.jpg", pgs[1], rotate=270)
    ff = _form_fields(f, False, "sans_activite")
    P.add(
        [(a, [1]), (b, [1])],
        "application_form",
        "phone_photo",
        ff,
        "hand-filled, print run 2; page 2 photo rotated 270",
    )

    img, pf = people.ukraine_passport(P.rng())
    bk = people.booklet(img, P.rng(), ["ПАСПОРТ ГРОМАДЯНИНА УКРАЇНИ ДЛЯ ВИЇЗДУ ЗА КОРДОН"])
    P.add(
        [(P.scan("passeport_oksana.png", card_on_a4([(bk, 125)], P.rng()), 150), [1])],
        "passport",
        "scan",
        pf,
        "biometric passport, open booklet",
    )

    front, back, tf = people.titre_sejour(
        P.rng(),
        dict(
            surname="KOVALENKO",
            given="OKSANA",
            sex="F",
            nat="UKR",
            dob="1990-02-14",
            number="EB3075921",
            expiry="2027-03-09",
            kind="CARTE DE SEJOUR TEMPORAIRE",
            remark="VIE PRIVÉE ET FAMILIALE",
            pob="KHARKIV (UKRAINE)",
            issuer="PRÉFET D'ILLE-ET-VILAINE",
            issued="2026-03-10",
            address="3 RUE PAUL BERT 35000 RENNES",
            skin=(215, 180, 160),
            tint="d9d2ea",
        ),
    )
    P.add(
        [(P.image_pdf("titre_sejour.pdf", [card_on_a4([(front, 86), (back, 86)], P.rng())]), [1])],
        "residence_permit",
        "image_pdf",
        tf,
        "front and back on one scanned page",
    )

    u = dict(
        series="І-ХР",
        number="418273",
        surname="Коваленко",
        given="Оксана",
        patronymic="Петрівна",
        dob_num="14.02.1990",
        dob_words="чотирнадцятого лютого тисяча дев'ятсот дев'яностого року",
        city="м. Харків",
        region="Харківська область",
        reg_words="1990 року лютого місяця 21 числа",
        act_no="1347",
        father="Коваленко Петро Іванович",
        mother="Коваленко Наталія Миколаївна",
        office="Шевченківський відділ державної реєстрації актів цивільного стану у місті "
        "Харкові Східного міжрегіонального управління Міністерства юстиції (м. Харків)",
        issued="20.08.2026 (повторно)",
        head="О. В. Мельник",
        seal_text="ШЕВЧЕНКІВСЬКИЙ ВІДДІЛ ДРАЦС * М. ХАРКІВ * УКРАЇНА *",
    )
    up = pages(civil.ukraine_birth(u, P.rng()))
    ap = dict(
        title="АПОСТИЛЬ / APOSTILLE",
        signer="Н. С. Бондар",
        seal="МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ * СХІДНЕ МІЖРЕГІОНАЛЬНЕ УПРАВЛІННЯ *",
        seal_center=["АПОСТИЛЬ"],
        items=[
            ("Країна / Country:", "Україна / Ukraine"),
            ("підписаний / has been signed by:", "Мельник О. В."),
            ("у якості / acting in the capacity of:", "керівник відділу ДРАЦС"),
            ("скріплений печаткою / bears the seal of:", "Шевченківський відділ ДРАЦС"),
            ("в / at:", "м. Харків / Kharkiv"),
            ("дата / the:", "03.09.2026"),
            ("ким / by:", "Східне міжрегіональне управління МЮ"),
            ("за № / No:", "2026-ХР-05183"),
            ("Печатка / Seal:", ""),
            ("Підпис / Signature:", ""),
        ],
        headers=["Цей офіційний документ / This public document", "Засвідчено / Certified"],
    )
    up += pages(civil.apostille(ap, P.rng()))
    t = dict(
        translator="Irina DUBOIS-PETRENKO",
        tr_lines=[
            "Traductrice-interprète assermentée",
            "12 quai Lamartine, 35000 Rennes",
            "Tél. 02 99 31 47 85",
        ],
        series_fr="I-KhR",
        number="418273",
        court="Rennes",
        tr_no="2026/1187",
        city="Rennes",
        date="2026-10-15",
        rows=[
            ("Nom", "KOVALENKO"),
            ("Prénom", "Oksana"),
            ("Patronyme", "Petrivna"),
            ("Date de naissance", "14.02.1990 (quatorze février mil neuf cent quatre-vingt-dix)"),
            ("Lieu de naissance", "ville de Kharkiv, région de Kharkiv, Ukraine"),
            ("Acte de naissance", "dressé le 21 février 1990 sous le n° 1347"),
            ("Père", "KOVALENKO Petro Ivanovytch, citoyen d'Ukraine"),
            ("Mère", "KOVALENKO Natalia Mykolaïvna, citoyenne d'Ukraine"),
            (
                "Lieu d'enregistrement",
                "Service de l'état civil de l'arrondissement "
                "Chevtchenkivskyï de Kharkiv, Direction interrégionale de l'Est du Ministère "
                "de la Justice",
            ),
            ("Date de délivrance", "20.08.2026 (duplicata)"),
        ],
        stamp_desc="[Signature du chef du service : O. V. Melnyk]  [Sceau rond : Service de "
        "l'état civil Chevtchenkivskyï, ville de Kharkiv, Ukraine]",
        apostille_fr="1. Pays : Ukraine. 2. Signé par : Melnyk O. V. 3. Agissant en qualité "
        "de : chef du service de l'état civil. 4. Revêtu du sceau : service de l'état civil "
        "Chevtchenkivskyï. 5. À : Kharkiv. 6. Le : 03.09.2026. 7. Par : Direction "
        "interrégionale de l'Est du Ministère de la Justice. 8. Sous le n° : 2026-KhR-05183. "
        "9. Sceau. 10. Signature : N. S. Bondar.",
    )
    up += pages(civil.sworn_translation(t, P.rng()))
    fn = P.image_pdf("acte_naissance_apostille_traduction.pdf", up)
    P.add(
        [(fn, [1])],
        "birth_certificate",
        "image_pdf",
        dict(
            surname="Коваленко",
            given_names="Оксана",
            date_of_birth="1990-02-14",
            place_of_birth="м. Харків, Харківська область, Україна",
            issuing_country="UKR",
            language="uk",
            has_apostille=True,
        ),
        "свідоцтво про народження, duplicate issued 2026; transliterated KOVALENKO Oksana",
    )
    P.add(
        [(fn, [2])],
        "apostille",
        "image_pdf",
        dict(
            country="UKR", issued_on="2026-09-03", number="2026-ХР-05183", signed_by="Н. С. Бондар"
        ),
        "Ministry of Justice apostille (Ukrainian/English)",
    )
    P.add(
        [(fn, [3])],
        "translation",
        "image_pdf",
        {},
        "sworn French translation of the certificate and of its apostille, Rennes court of "
        "appeal expert",
    )

    L = dict(
        landlord="SCI LES TANNEURS",
        landlord_addr="SCI au capital de 1 000 €, 22 boulevard de la Liberté, 35000 Rennes",
        agent="Agence Foncia Rennes Centre, 9 place de Bretagne, 35000 Rennes",
        tenants=["Girard", "Kovalenko"],
        tenants_text=[
            "M. Thomas GIRARD, né le 02/05/1987 à Vannes (56)",
            "Mme Oksana KOVALENKO épouse GIRARD, née le 14/02/1990 à Kharkiv (Ukraine)",
        ],
        address="3 rue Paul Bert, 2e étage, 35000 Rennes",
        desc="Appartement de type T3, 2e étage avec ascenseur, balcon",
        surface="61,2",
        rooms=3,
        start="2025-09-01",
        rent=845.0,
        charges=75.0,
        city="Rennes",
        signed="2025-08-22",
        seed=9,
    )
    P.add(
        [(P.text_pdf("bail_3_rue_Paul_Bert.pdf", frdocs.lease(L, P.rng()), "Bail"), [1, 2, 3])],
        "lease",
        "text_pdf",
        dict(
            tenant_names=["Thomas GIRARD", "Oksana KOVALENKO épouse GIRARD"],
            landlord="SCI LES TANNEURS",
            address=addr,
            start_date="2025-09-01",
        ),
        "joint lease, agency PDF with signature images",
    )

    acc = "00020918437"
    iban = ids.fr_iban("30066", "10891", acc)
    r = dict(
        bank_name="CIC",
        color="0d3b7a",
        tagline="CIC Ouest",
        holder="M THOMAS GIRARD",
        holder_addr=["3 RUE PAUL BERT", "35000 RENNES"],
        branch_addr=["CIC RENNES REPUBLIQUE", "1 PLACE DE LA REPUBLIQUE", "35000 RENNES"],
        bank="30066",
        branch="10891",
        account=acc,
        key=iban[25:27],
        iban=iban,
        bic="CMCIFRPP",
        footer="CIC - Crédit Industriel et Commercial - SA au capital de "
        "611 858 064 € - 542 016 381 RCS Paris",
    )
    P.add(
        [(P.text_pdf("RIB.pdf", frbank.rib_pdf(r), "RIB"), [1])],
        "rib",
        "text_pdf",
        rib_fields("M THOMAS GIRARD", iban, "CMCIFRPP", "CIC"),
        "DEFECT: the husband's individual account, the applicant is not a holder",
    )
    P.finish(
        "2026-11-30",
        False,
        dict(surname="KOVALENKO", given_names="OKSANA", date_of_birth="1990-02-14"),
        dict(ALL_OK, bank_details="invalid", employment="not_applicable"),
        defect="RIB in the name of the husband only (M THOMAS GIRARD): the applicant is not "
        "an account holder",
    )
