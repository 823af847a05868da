"""Packets p01 (Senegal, CDI, lease) and p02 (China, hosted)."""

import docs_civil as C
import docs_fin as F
import docs_id as I
from ids import fr_iban
from packets_common import _bills, _form, _pp_style, _truth
from render import on_a4


# ====================================================================== p01 Senegal
def p01(o):
    p = dict(
        surname="DIALLO",
        given="OUSMANE CHEIKH",
        dob="1993-06-21",
        sex="M",
        nat="SEN",
        pob_form="THIES, SENEGAL",
        nat_fr="SÉNÉGALAISE",
        street="14 RUE DES OLIVETTES",
        cp="44000",
        city="NANTES",
        phone="07 58 21 44 90",
        email="o.diallo93@gmail.com",
        situation="salarie",
        contract="CDI",
        job_title="PRÉPARATEUR DE COMMANDES",
        place="Nantes",
        signed_on="2026-11-12",
        hand_font="hand3",
        skin=(95, 65, 45),
        passport_no="A02918467",
        pp_surname="DIALLO",
        pp_given="OUSMANE CHEIKH",
        pp_pob="THIES",
        pp_issue="2023-01-12",
        pp_expiry="2033-01-11",
    )
    _form(o, p, "scan", 0, "hand", ["scan_0012.jpg", "scan_0013.jpg"])
    st = _pp_style(
        bg=(226, 236, 226),
        guill=(200, 222, 204),
        ink=(0, 90, 40),
        skin=p["skin"],
        country_line="RÉPUBLIQUE DU SÉNÉGAL",
        country_line2="REPUBLIC OF SENEGAL  •  PASSEPORT / PASSPORT",
        nat_text="SÉNÉGALAISE / SENEGALESE",
        authority="DGSN / DAF DAKAR",
    )
    img, _ = I.passport_page(p, o.rng, st)
    o.photo(img, "passeport.jpg", 0)
    o.doc(
        [("passeport.jpg", [1])],
        "passport",
        "phone_photo",
        I.passport_fields(p),
        "Senegal ECOWAS biometric passport, data page on a table",
    )
    v = dict(
        sticker_no="FRA 041873621",
        from_="2026-01-15",
        until="2027-01-14",
        issued_in="DAKAR",
        issued_fr="08-01-2026",
        remarks="VLS-TS SALARIÉ",
    )
    v.update(
        {
            "from": "2026-01-15",
            "from_fr": "15-01-2026",
            "until_fr": "14-01-2027",
            "category": "SALARIÉ",
        }
    )
    img, _ = I.visa_sticker(p, o.rng, v)
    o.photo(img, "IMG_20261110_093412.jpg", 90)
    o.doc(
        [("IMG_20261110_093412.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        I.visa_fields(p, v),
        "VLS-TS sticker, photo rotated 90; red number top right is the "
        "sticker number, document_number = the passport number in the MRZ",
    )
    o.photo(C.senegal_extrait(p, o.rng), "acte_naissance.jpg", 0)
    o.doc(
        [("acte_naissance.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "DIALLO",
            "given_names": "Ousmane Cheikh",
            "date_of_birth": p["dob"],
            "place_of_birth": "THIÈS (Hôpital régional)",
            "issuing_country": "SEN",
            "language": "fr",
            "has_apostille": False,
        },
        "Senegal: exempt of legalisation and apostille in France (convention franco-"
        "sénégalaise du 29 mars 1974)",
    )
    le = dict(
        landlord="M. Hervé LE GOFF",
        landlord_addr="3 place Graslin, 44000 Nantes",
        tenant_print="M. Ousmane Cheikh DIALLO",
        address="14 rue des Olivettes, 3e étage gauche, 44000 Nantes",
        surface=38,
        rooms=2,
        start="2026-03-01",
        rent=640.0,
        charges=45.0,
        city="Nantes",
        signed="2026-02-21",
    )
    o.text_pdf(F.lease_pages(le, o.rng), "bail_olivettes.pdf", "Bail", "")
    o.doc(
        [("bail_olivettes.pdf", [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Ousmane Cheikh DIALLO"],
            "landlord": "Hervé LE GOFF",
            "address": "14 rue des Olivettes, 3e étage gauche, 44000 Nantes",
            "start_date": "2026-03-01",
        },
        "bail loi 1989, logement nu, started 8 months before",
    )
    acct = "00050918273"
    ib, key = fr_iban("30003", "01580", acct)
    r = dict(
        bank_name="SOCIETE GENERALE",
        color=(200, 0, 30),
        holder_print="M OUSMANE DIALLO",
        street="14 RUE DES OLIVETTES",
        cp="44000",
        city="NANTES",
        agency=["SG NANTES GRASLIN", "2 RUE CREBILLON", "44000 NANTES"],
        bank="30003",
        branch="01580",
        account=acct,
        key=key,
        iban=ib,
        bic="SOGEFRPP",
    )
    o.text_pdf([F.rib_page(r, o.rng)], "RIB_SG.pdf", "RIB", "Societe Generale")
    o.doc(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "OUSMANE DIALLO",
            "iban": ib,
            "bic": "SOGEFRPP",
            "bank_name": "SOCIETE GENERALE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "holder printed 'M OUSMANE DIALLO' (second given name dropped, as banks do)",
    )
    c = dict(
        font="carlito",
        type="CDI",
        employer="ATLANTIQUE LOGISTIQUE SAS",
        form="société par actions simplifiée au capital de 150 000 €",
        emp_addr="ZAC de la Pentecôte, 12 rue Gutenberg, 44300 Nantes",
        siret="812 447 390 00027",
        rep="Mme Sophie Garnier",
        employee_print="M. Ousmane Cheikh DIALLO",
        dob=p["dob"],
        pob="Thiès (Sénégal)",
        nat_fr="sénégalaise",
        addr="14 rue des Olivettes, 44000 Nantes",
        start="2026-02-02",
        job="préparateur de commandes",
        statut="employé",
        ccn="des transports routiers et activités auxiliaires du transport (IDCC 16)",
        trial="deux mois",
        gross=2010.0,
        workplace="Carquefou (44)",
        city="Nantes",
        signed="2026-01-26",
    )
    o.image_pdf(F.contract_pages(c, o.rng), "contrat_CDI.pdf")
    o.doc(
        [("contrat_CDI.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "ATLANTIQUE LOGISTIQUE SAS",
            "employee_name": "Ousmane Cheikh DIALLO",
            "contract_type": "CDI",
            "job_title": "préparateur de commandes",
            "start_date": "2026-02-02",
        },
        "signed CDI scanned",
    )
    ps = dict(
        start="2026-10-01",
        end="2026-10-31",
        employer="ATLANTIQUE LOGISTIQUE SAS",
        emp_street="12 rue Gutenberg",
        emp_city="44300 NANTES",
        siret="812 447 390 00027",
        naf="5210B",
        urssaf="527 000 001 448 312",
        ccn="Transports routiers (IDCC 16)",
        employee_print="M. DIALLO OUSMANE CHEIKH",
        street="14 RUE DES OLIVETTES",
        cp="44000",
        city="NANTES",
        job="Préparateur de commandes",
        statut="Employé",
        entry="2026-02-02",
        gross=2010.0,
        net_before=1568.43,
        net=1518.24,
        paid="2026-10-30",
    )
    o.text_pdf([F.payslip(ps, o.rng)], "bulletin_octobre_2026.pdf", "Bulletin de paie", "")
    o.doc(
        [("bulletin_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "ATLANTIQUE LOGISTIQUE SAS",
            "employee_name": "DIALLO OUSMANE CHEIKH",
            "period": "2026-10",
            "net_pay": 1518.24,
            "siret": "81244739000027",
        },
        "bulletin clarifié, name printed surname first",
    )
    return _truth("2026-11-18", True, p)


# ====================================================================== p02 China, hosted
def p02(o):
    p = dict(
        surname="ZHANG",
        given="YUTING",
        dob="1996-04-18",
        sex="F",
        nat="CHN",
        pob_form="CHENGDU, CHINE",
        nat_fr="CHINOISE",
        street="27 AVENUE PARMENTIER",
        cp="75011",
        city="PARIS",
        phone="06 12 90 47 31",
        email="yuting.zhang@qq.com",
        situation="sans_activite",
        place="Paris",
        signed_on="2026-11-16",
        typed_date=False,
        hand_font="hand4",
        skin=(222, 190, 160),
        passport_no="EH4827193",
        pp_surname="ZHANG",
        pp_given="YUTING",
        cjk_name="张雨婷",
        pp_pob="四川 / SICHUAN",
        pp_issue="2022-08-30",
        pp_expiry="2032-08-29",
    )
    _form(o, p, "image_pdf", 1, "typed", ["demande_PUMA.pdf"])
    st = _pp_style(
        bg=(236, 226, 222),
        guill=(222, 206, 204),
        ink=(150, 20, 20),
        lf="cjk",
        skin=p["skin"],
        country_line="中华人民共和国  PEOPLE'S REPUBLIC OF CHINA",
        country_line2="护照  PASSPORT",
        lab_type="类型/Type",
        lab_code="国家码/Country Code",
        lab_no="护照号/Passport No.",
        lab_surname="姓/Surname",
        lab_given="名/Given names",
        lab_nat="国籍/Nationality",
        lab_dob="出生日期/Date of birth",
        lab_sex="性别/Sex",
        lab_pob="出生地点/Place of birth",
        lab_issue="签发日期/Date of issue",
        lab_exp="有效期至/Date of expiry",
        lab_auth="签发机关/Authority",
        nat_text="中国/CHINESE",
        authority="国家移民管理局 National Immigration Administration",
    )
    st["authority"] = "NATIONAL IMMIGRATION ADMINISTRATION, PRC"
    img, _ = I.passport_page(p, o.rng, st)
    o.scan(on_a4(img, 125, 40, 30), "passeport_ZHANG.jpg", 300)
    o.doc(
        [("passeport_ZHANG.jpg", [1])],
        "passport",
        "scan",
        I.passport_fields(p),
        "PRC e-passport data page photocopied on A4; surname first culture",
    )
    v = {
        "sticker_no": "FRA 041220587",
        "from": "2026-01-28",
        "from_fr": "28-01-2026",
        "until": "2027-01-27",
        "until_fr": "27-01-2027",
        "issued_in": "PEKIN",
        "issued_fr": "12-01-2026",
        "remarks": "VLS-TS VIE PRIVÉE ET FAMILIALE",
        "category": "VIE PRIVÉE ET FAMILIALE",
    }
    img, _ = I.visa_sticker(p, o.rng, v)
    o.scan(on_a4(img, 125, 40, 30), "visa_VLS-TS.jpg", 300)
    o.doc(
        [("visa_VLS-TS.jpg", [1])],
        "long_stay_visa",
        "scan",
        I.visa_fields(p, v),
        "VLS-TS conjoint de Français",
    )
    a = dict(
        country="China",
        country_text="People's Republic of China",
        doc_signer="WANG Fang",
        capacity="Notary Public",
        seal_of="Shudu Notary Public Office, Chengdu",
        at="Chengdu",
        on_text="20 May 2026",
        issued_on="2026-05-20",
        by="Foreign Affairs Office of Sichuan Prov.",
        number="26SC008415",
        signer="CHEN Hao",
        stamp=["FOREIGN AFFAIRS OFFICE SICHUAN"],
        color=(190, 30, 30),
    )
    pages = C.china_notarial(p, o.rng) + [C.apostille(a, o.rng, True)]
    o.image_pdf(pages, "acte_naissance_notarie_apostille.pdf")
    o.doc(
        [("acte_naissance_notarie_apostille.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ZHANG",
            "given_names": "Yuting",
            "date_of_birth": p["dob"],
            "place_of_birth": "Chengdu City, Sichuan Province",
            "issuing_country": "CHN",
            "language": "zh",
            "has_apostille": True,
        },
        "notarial birth certificate 公证书 (zh) with the notary office's English version",
    )
    o.doc(
        [("acte_naissance_notarie_apostille.pdf", [3])],
        "apostille",
        "image_pdf",
        C.apostille_fields(a),
        "China party to the Apostille Convention since 7 Nov 2023; "
        "signed_by is the officer of item 10 (item 7 is the authority)",
    )
    o.text_pdf(
        [C.sworn_translation_zh(p, o.rng)],
        "traduction_acte_naissance.pdf",
        "Traduction",
        "C. Dubois-Lemaire",
    )
    o.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "text_pdf",
        {},
        "sworn French translation of the notarial certificate",
    )
    host = dict(
        surname="MARCHETTI",
        given="JULIEN PIERRE",
        given_disp="JULIEN, PIERRE",
        dob="1990-09-03",
        dob_fr="03 09 1990",
        sex="M",
        doc_no="XK7R29MP4",
        expiry="2032-05-10",
        exp_fr="10 05 2032",
        skin=(225, 195, 170),
    )
    h = dict(
        host_print="Julien MARCHETTI",
        host_dob=host["dob"],
        host_pob="Lyon (69)",
        address="27 avenue Parmentier, 75011 Paris",
        since="2026-02-15",
        hosted_print="Mme ZHANG Yuting",
        hosted_dob=p["dob"],
        hosted_pob="Chengdu (Chine)",
        signed_on="2026-11-14",
    )
    o.scan(F.hosting_attestation(h, o.rng), "attestation_hebergement.jpg", 200)
    o.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Julien MARCHETTI",
            "hosted_name": "ZHANG Yuting",
            "address": h["address"],
            "since_date": "2026-02-15",
            "signed_on": "2026-11-14",
            "signed": True,
        },
        "typed, signed by hand; host is her French spouse",
    )
    front, back, _ = I.fr_card(
        host,
        o.rng,
        "cni",
        {
            "back": [
                ("Adresse / Address", "27 AV PARMENTIER 75011 PARIS"),
                ("Lieu de naissance / Place of birth", "LYON 3E ARRONDISSEMENT (69)"),
                ("Date de délivrance / Date of issue", "11 05 2022"),
                ("Autorité / Authority", "PRÉFECTURE DE POLICE DE PARIS"),
            ]
        },
    )
    o.scan(on_a4(front, 85.6, 25, 25, extra=((back, 85.6, 25, 95),)), "CNI_Julien.jpg", 200)
    o.doc(
        [("CNI_Julien.jpg", [1])],
        "national_id",
        "scan",
        I.card_fields(host),
        "host's French identity card (2021 model), recto and verso photocopied on one page",
    )
    hp = dict(holder="M JULIEN MARCHETTI", street="27 AVENUE PARMENTIER", cp="75011", city="PARIS")
    _bills(
        o,
        hp,
        "EDF",
        [8, 9, 10],
        "M ",
        "6 004 218 733",
        [58.12, 54.77, 61.09],
        lambda m: f"facture_EDF_2026{m:02d}.pdf",
        ["text_pdf"] * 3,
    )
    acct = "0458213C020"
    ib, key = fr_iban("20041", "00001", acct)
    r = dict(
        bank_name="LA BANQUE POSTALE",
        color=(0, 60, 140),
        holder_print="MLLE ZHANG YUTING",
        street="27 AVENUE PARMENTIER",
        cp="75011",
        city="PARIS",
        agency=["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS", "75900 PARIS CEDEX 15"],
        bank="20041",
        branch="00001",
        account=acct,
        key=key,
        iban=ib,
        bic="PSSTFRPPPAR",
    )
    o.photo(F.rib_page(r, o.rng), "IMG_0841.jpg", 180)
    o.doc(
        [("IMG_0841.jpg", [1])],
        "rib",
        "phone_photo",
        {
            "holder_name": "ZHANG YUTING",
            "iban": ib,
            "bic": "PSSTFRPPPAR",
            "bank_name": "LA BANQUE POSTALE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "photo upside down (180); account number holds a letter (C -> 3 for the RIB key)",
    )
    return _truth("2026-11-20", False, p)
