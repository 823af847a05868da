"""Packets p03 (Ukraine, not employed, hosted) and p04 (USA, married, joint lease, defect)."""

import certs
import common as C
import frdocs
import ids
from packets_a import REQ_OK, doc, form_fields, id_fields
from render import emit, emit_multi


def orange_bill(m, amount):
    last = {8: 31, 9: 30, 10: 31}[m]
    return dict(
        provider="Orange",
        logo="orange",
        color=(1.0, 0.47, 0.0),
        company=[
            "Orange SA - 111 quai du Président Roosevelt",
            "92130 Issy-les-Moulineaux - RCS Nanterre 380 129 866",
        ],
        holder="Mme DELACROIX-RENAUD SOPHIE",
        address=["42 boulevard Voltaire", "75011 PARIS"],
        title="Facture Livebox Fibre",
        issue="2026-%02d-%02d" % (m + 1, 5),
        start="2026-%02d-01" % m,
        end="2026-%02d-%d" % (m, last),
        amount=amount,
        number="LB%02d26-0093%04d" % (m, 4410 + m),
        client="0148057729",
        where="l'installation",
        lines=[
            ("Forfait Livebox Fibre (%02d/2026)" % m, "42,99"),
            ("Appels vers mobiles", ("%.2f" % (float(amount) - 42.99)).replace(".", ",")),
        ],
        debit="2026-%02d-15" % (m + 1),
        iban_masked="FR76 1027 8XXX XXXX XXXX XXXX 112",
        legal="Orange SA au capital de 10 640 226 396 € - TVA FR 89 380 129 866",
    )


def p03(out, rng):
    sur, giv, dob = "KOVALCHUK", "YULIIA", "1987-11-05"
    docs = []
    fm = dict(
        surname="KOVALCHUK",
        usage="",
        given="Yuliia",
        dob=dob,
        sex="F",
        pob="Kharkiv, Ukraine",
        nat="Ukrainienne",
        address="chez Mme Delacroix-Renaud, 42 boulevard Voltaire",
        cp="75011",
        city="Paris",
        phone="07 44 90 12 63",
        email="yuliia.kovalchuk87@ukr.net",
        status="not_employed",
        signed_on="2026-11-12",
        city_signed="Paris",
        hand=False,
    )
    f = emit(out, "formulaire_S1106_rempli.pdf", frdocs.cerfa(fm, rng), "text_pdf", rng)
    docs.append(
        doc(
            f,
            "application_form",
            "text_pdf",
            form_fields("KOVALCHUK", "Yuliia", dob, "not_employed", "2026-11-12"),
            "fillable PDF filled on a computer; signature strokes drawn into the PDF",
        )
    )
    num = "FX418263"
    mrz = C.td3("P", "UKR", sur, giv, num, "UKR", dob, "F", "2029-08-14")
    pp = dict(
        style="UKR",
        surname_print="КОВАЛЬЧУК / " + sur,
        given_print="ЮЛІЯ / " + giv,
        nat_print="УКРАЇНА / UKRAINE",
        number=num,
        country="UKR",
        dob=dob,
        sex="Ж/F",
        pob="ХАРКІВ / UKR",
        issue="2019-08-14",
        exp="2029-08-14",
        mrz=mrz,
    )
    f = emit(
        out,
        "passport_Kovalchuk.pdf",
        [ids.passport_page(pp, rng)],
        "image_pdf",
        rng,
        size=ids.PASS_SIZE,
        card=True,
    )
    docs.append(
        doc(
            f,
            "passport",
            "image_pdf",
            id_fields(sur, giv, num, "UKR", "UKR", dob, "F", "2029-08-14"),
        )
    )
    r = dict(
        number="7526091538",
        surname="KOVALCHUK",
        given="YULIIA",
        dob_p="05/11/1987",
        pob="KHARKIV (UKRAINE)",
        nat="UKRAINIENNE",
        sex="F",
        address="42 BD VOLTAIRE 75011 PARIS",
        motif="PREMIÈRE DEMANDE - VIE PRIVÉE ET FAMILIALE",
        from_p="15/09/2026",
        until_p="14/03/2027",
        agdref="7504218936",
        city="Paris",
        issued_p="15/09/2026",
        prefecture="PRÉFECTURE DE POLICE DE PARIS",
    )
    f = emit(out, "recepisse.jpg", [certs.recepisse(r, rng)], "phone_photo", rng)
    docs.append(
        doc(
            f,
            "residence_permit",
            "phone_photo",
            {
                "surname": "KOVALCHUK",
                "given_names": "YULIIA",
                "document_number": "7526091538",
                "nationality": "UKR",
                "issuing_country": "FRA",
                "date_of_birth": dob,
                "sex": "F",
                "expiry_date": "2027-03-14",
                "mrz_valid": None,
            },
            "récépissé de demande de carte de séjour, no MRZ",
        )
    )
    b = dict(
        surname_uk="КОВАЛЬЧУК",
        given_uk="ЮЛІЯ",
        patr_uk="ВІКТОРІВНА",
        dob_uk="05.11.1987",
        dob_words_uk="п'ятого листопада тисяча дев'ятсот вісімдесят сьомого року",
        pob_uk="м. Харків, Україна",
        reg_uk="17 листопада 1987 року",
        act="3127",
        father_uk="КОВАЛЬЧУК ВІКТОР ПЕТРОВИЧ",
        mother_uk="КОВАЛЬЧУК ОЛЕНА ІВАНІВНА",
        office_uk="Шевченківський відділ ДРАЦС у м. Харкові",
        issued_uk="02.10.2025",
        series="І-ВЛ № 412367",
    )
    bc_pages = [certs.birth_ukr(b, rng)]
    ap = dict(
        country="УКРАЇНА / UKRAINE",
        doc_signer="О. М. Петренко / O. M. Petrenko",
        capacity="посадова особа ДРАЦС / civil registrar",
        seal_of="Шевченківський відділ ДРАЦС",
        at="Харків / Kharkiv",
        date_p="20.10.2025",
        by="Міністерство юстиції України",
        number="1843920",
        signed_by="I. V. Moroz",
    )
    tr = dict(
        translator_head=[
            "Olena MARCHENKO-DUBOIS",
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "Ukrainien - Russe - Français",
            "28 rue de Turbigo, 75003 Paris",
        ],
        series="І-ВЛ № 412367",
        surname="KOVALTCHOUK (KOVALCHUK)",
        given="Ioulia (Yuliia)",
        patr="Viktorivna",
        dob_w="5 novembre 1987",
        pob="Kharkiv, Ukraine",
        act="3127",
        reg_p="17/11/1987",
        father="KOVALCHUK Viktor Petrovytch",
        mother="KOVALCHUK Olena Ivanivna",
        office="Service d'état civil du district Chevtchenkivskyi, Kharkiv",
        issued_p="02/10/2025",
        rep="2026/0412",
        city="Paris",
        date_p="10/02/2026",
    )
    res = emit_multi(
        out,
        "acte_naissance_apostille_traduction.pdf",
        [bc_pages, [certs.apostille(ap, rng)], [certs.translation(tr, rng)]],
        rng,
    )
    docs.append(
        doc(
            res[0],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "КОВАЛЬЧУК",
                "given_names": "ЮЛІЯ",
                "date_of_birth": dob,
                "place_of_birth": "м. Харків, Україна",
                "issuing_country": "UKR",
                "language": "uk",
                "has_apostille": True,
            },
            "duplicate Ukrainian birth certificate, Cyrillic only",
        )
    )
    docs.append(
        doc(
            res[1],
            "apostille",
            "image_pdf",
            {
                "country": "UKRAINE",
                "issued_on": "2025-10-20",
                "number": "1843920",
                "signed_by": "I. V. Moroz",
            },
            "Ukraine is a Hague party (since 2003)",
        )
    )
    docs.append(
        doc(
            res[2],
            "translation",
            "image_pdf",
            {},
            "sworn translation into French (traducteur expert, Cour d'appel de Paris)",
        )
    )
    lines = [
        "Attestation d'hébergement",
        "",
        "Je soussignée Sophie DELACROIX-RENAUD,",
        "née le 14/06/1979 à Nantes (44),",
        "demeurant 42 boulevard Voltaire, 75011 Paris,",
        "atteste sur l'honneur héberger à mon domicile",
        "Mme Yuliia KOVALCHUK, née le 05/11/1987 à Kharkiv",
        "(Ukraine), depuis le 1er juillet 2026.",
        "",
        "Je joins la copie de ma carte d'identité et mes",
        "trois dernières factures.",
        "",
        "Fait à Paris, le 10/11/2026",
        "",
        "@SIG",
    ]
    f = emit(
        out,
        "IMG_20261110_202214.jpg",
        [frdocs.attestation({"lines": lines}, rng)],
        "phone_photo",
        rng,
    )
    docs.append(
        doc(
            f,
            "hosting_attestation",
            "phone_photo",
            {
                "host_name": "Sophie DELACROIX-RENAUD",
                "hosted_name": "Yuliia KOVALCHUK",
                "address": "42 boulevard Voltaire, 75011 Paris",
                "since_date": "2026-07-01",
                "signed_on": "2026-11-10",
                "signed": True,
            },
            "handwritten on lined paper",
        )
    )
    cn = "X4RT72HB9"
    cmrz = C.td1(
        "ID", "FRA", cn, "1979-06-14", "F", "2032-03-07", "FRA", "DELACROIX RENAUD", "SOPHIE CLAIRE"
    )
    t = dict(
        number=cn,
        surname="DELACROIX-RENAUD",
        given="Sophie, Claire",
        sex="F",
        dob_p="14 06 1979",
        pob="NANTES (44)",
        exp_p="07 03 2032",
        issue_p="08/03/2022",
        prefecture="Préfecture de police de Paris",
        address="42 BD VOLTAIRE 75011 PARIS",
        mrz=cmrz,
    )
    f = emit(out, "CNI_Sophie.jpg", ids.fr_cni(t, rng), "scan", rng, size=ids.CARD_SIZE, card=True)
    docs.append(
        doc(
            f,
            "national_id",
            "scan",
            id_fields(
                "DELACROIX-RENAUD",
                "Sophie Claire",
                cn,
                "FRA",
                "FRA",
                "1979-06-14",
                "F",
                "2032-03-07",
            ),
            "host's ID card, front and back on one sheet",
        )
    )
    bills = [(8, "44.89"), (9, "42.99"), (10, "47.39")]
    bds = [orange_bill(m, a) for m, a in bills]
    res = emit_multi(
        out, "factures_orange_hebergeante.pdf", [[frdocs.bill(bd, rng)] for bd in bds], rng
    )
    for (m, a), bd, fl in zip(bills, bds, res, strict=False):
        docs.append(
            doc(
                fl,
                "utility_bill",
                "image_pdf",
                {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": "DELACROIX-RENAUD SOPHIE",
                    "address": "42 boulevard Voltaire, 75011 PARIS",
                    "issue_date": bd["issue"],
                    "period_start": bd["start"],
                    "period_end": bd["end"],
                    "amount": a,
                    "month": "2026-%02d" % m,
                },
                "host's bill",
            )
        )
    iban = C.iban_make("LT", "32500" + "74829163051")
    rv = dict(
        holder="Yuliia Kovalchuk",
        iban=iban,
        bic="REVOLT21",
        bank_name="Revolut Bank UAB",
        bank_addr="Konstitucijos ave. 21B, Vilnius",
    )
    f = emit(
        out,
        "Screenshot_20261111-094512.png",
        [frdocs.revolut_screen(rv, rng)],
        "screenshot",
        rng,
        size=(390, 844),
    )
    docs.append(
        doc(
            f,
            "rib",
            "screenshot",
            {
                "holder_name": "Yuliia Kovalchuk",
                "iban": iban,
                "bic": "REVOLT21",
                "bank_name": "Revolut Bank UAB",
                "iban_valid": True,
                "rib_key_valid": None,
            },
            "foreign SEPA IBAN (LT): acceptable, info only",
        )
    )
    req = dict(REQ_OK, employment="not_applicable")
    return {
        "as_of": "2026-11-24",
        "employed": False,
        "status": "complete",
        "requirements": req,
        "defect": None,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
        "documents": docs,
    }


def p04(out, rng):
    sur, giv, dob = "O'CONNELL", "KATHRYN ELIZABETH", "1991-02-17"
    docs = []
    fm = dict(
        surname="O'CONNELL",
        usage="LEFÈVRE-GARNIER",
        given="Kathryn Elizabeth",
        dob=dob,
        sex="F",
        pob="Columbus, Ohio (États-Unis)",
        nat="Américaine",
        address="5 rue des Carmes",
        cp="35000",
        city="Rennes",
        phone="06 17 38 52 04",
        email="katie.oconnell@icloud.com",
        status="not_employed",
        signed_on="2026-11-16",
        city_signed="Rennes",
        hand=False,
    )
    f = emit(out, ["scan_0012.jpg", "scan_0013.jpg"], frdocs.cerfa(fm, rng), "scan", rng)
    docs.append(
        doc(
            f,
            "application_form",
            "scan",
            form_fields("O'CONNELL", "Kathryn Elizabeth", dob, "not_employed", "2026-11-16"),
            "typed, printed, signed by hand; usage name LEFÈVRE-GARNIER",
        )
    )
    num = "A04738215"
    mrz = C.td3("P", "USA", sur, giv, num, "USA", dob, "F", "2032-05-09")
    pp = dict(
        style="USA",
        surname_print=sur,
        given_print=giv,
        nat_print="UNITED STATES OF AMERICA",
        number=num,
        country="USA",
        dob=dob,
        sex="F",
        pob="OHIO, U.S.A.",
        issue="2022-05-10",
        exp="2032-05-09",
        mrz=mrz,
    )
    f = emit(
        out,
        "IMG_0931.jpg",
        [ids.passport_page(pp, rng)],
        "phone_photo",
        rng,
        size=ids.PASS_SIZE,
        card=True,
        rot90=2,
    )
    docs.append(
        doc(
            f,
            "passport",
            "phone_photo",
            id_fields(sur, giv, num, "USA", "USA", dob, "F", "2032-05-09"),
            "photo upside down (rotated 180)",
        )
    )
    vnum = "021547389"
    vmrz = C.mrva("FRA", sur, giv, vnum, "USA", dob, "F", "2027-05-19")
    v = dict(
        number=vnum,
        from_p="20-05-2026",
        until_p="19-05-2027",
        days="365",
        place="WASHINGTON",
        issued_p="28-04-2026",
        passport_no=num,
        name_line="O CONNELL KATHRYN ELIZABETH",
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        mrz=vmrz,
    )
    f = emit(
        out, "scan_0014.jpg", [ids.visa_sticker(v, rng)], "scan", rng, size=ids.PASS_SIZE, card=True
    )
    vf = id_fields(sur, giv, vnum, "USA", "FRA", dob, "F", "2027-05-19")
    vf.update(
        visa_type="D",
        vls_ts=True,
        category="VIE PRIVEE ET FAMILIALE",
        valid_from="2026-05-20",
        valid_until="2027-05-19",
    )
    docs.append(doc(f, "long_stay_visa", "scan", vf))
    b = dict(
        file_no="1991-025418",
        full="KATHRYN ELIZABETH O'CONNELL",
        dob_p="FEBRUARY 17, 1991",
        sex_w="FEMALE",
        place="COLUMBUS, OHIO",
        county="FRANKLIN",
        mother="MARGARET ANNE HOLLOWAY",
        father="PATRICK JAMES O'CONNELL",
        filed_p="FEBRUARY 22, 1991",
        issued_p="MARCH 3, 2026",
    )
    f = emit(out, "scan_0015.jpg", [certs.birth_usa(b, rng)], "scan", rng)
    docs.append(
        doc(
            f,
            "birth_certificate",
            "scan",
            {
                "surname": "O'CONNELL",
                "given_names": "KATHRYN ELIZABETH",
                "date_of_birth": dob,
                "place_of_birth": "COLUMBUS, OHIO",
                "issuing_country": "USA",
                "language": "en",
                "has_apostille": False,
            },
            "DEFECT: no apostille in the packet although the USA is a Hague party",
        )
    )
    L = dict(
        landlord="SCI LES LICES, représentée par Foncia Rennes",
        landlord_addr="12 quai Lamartine, 35000 Rennes",
        tenants_print=[
            "M. Thibault LEFÈVRE-GARNIER",
            "Mme Kathryn O'CONNELL épouse LEFÈVRE-GARNIER",
        ],
        address="5 rue des Carmes, 35000 Rennes",
        desc="appartement T3, 2e étage",
        surface="64",
        rooms="3",
        start="2026-07-01",
        rent="890,00",
        charges="95,00",
        city="Rennes",
        signed="2026-06-19",
    )
    f = emit(out, ["IMG_0940.jpg", "IMG_0941.jpg"], frdocs.lease(L, rng), "phone_photo", rng)
    docs.append(
        doc(
            f,
            "lease",
            "phone_photo",
            {
                "tenant_names": [
                    "Thibault LEFÈVRE-GARNIER",
                    "Kathryn O'CONNELL épouse LEFÈVRE-GARNIER",
                ],
                "landlord": "SCI LES LICES",
                "address": "5 rue des Carmes, 35000 Rennes",
                "start_date": "2026-07-01",
            },
            "joint lease with the husband",
        )
    )
    bank, br, acc = "20041", "01013", "0487219K035"
    iban = C.fr_iban(bank, br, acc)
    r = dict(
        color=(0.0, 0.2, 0.55),
        bank_name="LA BANQUE POSTALE",
        holder_lines=[
            "M OU MME LEFEVRE-GARNIER THIBAULT",
            "OU O'CONNELL KATHRYN",
            "5 RUE DES CARMES",
            "35000 RENNES",
        ],
        agency=["CENTRE FINANCIER DE RENNES", "35900 RENNES CEDEX 9"],
        bank=bank,
        branch=br,
        account=acc,
        key=C.rib_key(bank, br, acc),
        iban=iban,
        bic="PSSTFRPPREN",
    )
    f = emit(out, "RIB_compte_joint.pdf", [frdocs.rib_classic(r, rng)], "image_pdf", rng)
    docs.append(
        doc(
            f,
            "rib",
            "image_pdf",
            {
                "holder_name": "M OU MME LEFEVRE-GARNIER THIBAULT OU O'CONNELL KATHRYN",
                "iban": iban,
                "bic": "PSSTFRPPREN",
                "bank_name": "LA BANQUE POSTALE",
                "iban_valid": True,
                "rib_key_valid": True,
            },
            "joint account",
        )
    )
    req = dict(REQ_OK, employment="not_applicable", birth_certificate="invalid")
    return {
        "as_of": "2026-11-27",
        "employed": False,
        "status": "incomplete",
        "requirements": req,
        "defect": "birth_certificate invalid: US birth certificate without the apostille "
        "it needs (the USA is a party to the 1961 Hague Convention)",
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
        "documents": docs,
    }
