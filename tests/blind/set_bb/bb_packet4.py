"""Packet p04: Vietnamese student, furnished lease, neobank (DE IBAN) screenshot."""

import random

from bb_civil import birth_vnm
from bb_docs import passport, translation, visa_sticker
from bb_french import form_s1106, rib_app_screen
from bb_ids import iban
from bb_out import Packet, truth
from bb_work import lease


def p04(root):
    pk = Packet(root, "p04", random.Random(404))
    dob = "1999-02-14"
    pp = dict(
        surname="NGUYỄN",
        given="THỊ THU HÀ",
        surname_mrz="NGUYEN",
        given_mrz="THI THU HA",
        number="C4719265",
        nat="VNM",
        nat_label="VIỆT NAM / VIETNAMESE",
        dob=dob,
        sex="F",
        issue="2023-05-09",
        expiry="2033-05-09",
        pob="HÀ NỘI",
        authority="CỤC QUẢN LÝ XUẤT NHẬP CẢNH",
        full_name_only=True,
    )
    pages, f = passport(pp)
    pk.add(
        "passport",
        f,
        pk.photo(["IMG_0912.jpg"], pages),
        "phone_photo",
        "Vietnamese passport: one 'Full name' line, surname first (NGUYỄN)",
    )
    v = dict(
        number="029915447",
        number_print="029915447",
        valid_from="2026-08-18",
        valid_until="2027-08-17",
        days=365,
        place="HANOI",
        issued="2026-07-24",
        passport="C4719265",
        surname="NGUYEN",
        given="THI THU HA",
        surname_mrz="NGUYEN",
        given_mrz="THI THU HA",
        nat="VNM",
        dob=dob,
        sex="F",
        category="étudiant",
        remark1="VLS-TS ETUDIANT",
        remark2="UNIVERSITE GRENOBLE ALPES",
    )
    pages, f = visa_sticker(v)
    pk.add(
        "long_stay_visa",
        f,
        pk.scan(["scan_visa.jpg"], pages, dpi=300, small=True),
        "scan",
        "VLS-TS étudiant valid 2026-08-18 to 2027-08-17",
    )
    bc = dict(
        surname="NGUYỄN",
        given="THỊ THU HÀ",
        dob=dob,
        pob="Hà Nội",
        full_name="NGUYỄN THỊ THU HÀ",
        so="118",
        ward="phường Láng Thượng, quận Đống Đa",
        ward_short="P. Láng Thượng",
        dob_words="Ngày mười bốn, tháng hai, năm một nghìn chín trăm chín mươi chín",
        sex_word="Nữ",
        place_full="Bệnh viện Phụ sản Hà Nội, thành phố Hà Nội",
        que="xã Đông Sơn, huyện Thủy Nguyên, Hải Phòng",
        cccd="001199024817",
        mother="TRẦN THỊ MAI",
        mother_y="1972",
        father="NGUYỄN VĂN HÙNG",
        father_y="1970",
        reg="1999-03-02",
        issued="2026-06-18",
        signer="Lê Minh Tuấn",
    )
    pages, f = birth_vnm(bc)
    pk.add(
        "birth_certificate",
        f,
        pk.image_pdf("trich_luc_khai_sinh.pdf", pages, dpi=200),
        "image_pdf",
        "Trích lục khai sinh (bản sao) 2026-06-18. Vietnam is not a Hague party:"
        " no apostille exists for it (legalisation regime instead); see README",
    )
    t = dict(
        translator="Pierre-Yves LÊ VĂN",
        translator_lines=[
            "Traducteur expert près la Cour d'appel de Grenoble",
            "Vietnamien - Français",
            "5 place Victor Hugo, 38000 Grenoble",
        ],
        from_lang="du vietnamien",
        number="PYL/2026/217",
        font="dserif",
        stamp=["P.-Y. LÊ VĂN", "Expert CA Grenoble", "Vietnamien"],
        certif=[
            "Je soussigné certifie la présente traduction conforme à l'original",
            "en langue vietnamienne. Grenoble, le 2 septembre 2026.",
        ],
        pages=[
            [
                "RÉPUBLIQUE SOCIALISTE DU VIETNAM",
                "Indépendance - Liberté - Bonheur",
                "",
                "EXTRAIT D'ACTE DE NAISSANCE (COPIE)",
                "N° 118/TLKS-BS",
                "",
                "Nom et prénoms : NGUYỄN THỊ THU HÀ",
                "Date de naissance : 14/02/1999 (quatorze février mil neuf cent quatre-vingt-"
                "dix-neuf)",
                "Sexe : Féminin    Ethnie : Kinh    Nationalité : vietnamienne",
                "Lieu de naissance : Maternité de Hanoï, ville de Hanoï",
                "Mère : TRẦN THỊ MAI (1972)    Père : NGUYỄN VĂN HÙNG (1970)",
                "Lieu d'enregistrement : Comité populaire du quartier Láng Thượng,",
                "arrondissement Đống Đa, Hanoï ; date d'enregistrement : 02/03/1999",
                "Délivré à Hanoï le 18/06/2026 (sceau et signature du vice-président).",
            ]
        ],
    )
    tpages, tf = translation(t)
    pk.add(
        "translation",
        tf,
        pk.scan(["scan_traduction.jpg"], tpages, dpi=200),
        "scan",
        "Sworn translation into French",
    )
    addr = "12 rue Lakanal, Appartement 21, 38000 Grenoble"
    ls = dict(
        furnished=True,
        landlord="Mme Catherine ROUSSEL",
        landlord_field="Catherine ROUSSEL",
        landlord_addr="demeurant 3 chemin des Buclos, 38240 Meylan",
        tenants_print="Mlle NGUYỄN Thị Thu Hà",
        tenant_names=["NGUYỄN Thị Thu Hà"],
        address=addr,
        habitat="studio meublé, immeuble collectif, 2e étage",
        surface="21 m²",
        rooms="1",
        start="2026-08-20",
        duration="un an",
        rent=455.0,
        charges=40.0,
        deposit=910.0,
        city="Grenoble",
        signed="2026-08-20",
        font="arial",
    )
    pages, f = lease(ls)
    pk.add(
        "lease",
        f,
        pk.text_pdf("Bail_meuble_Lakanal.pdf", pages, "Contrat de location"),
        "text_pdf",
        "Furnished lease starting 2026-08-20: more than three months at the audit date 2026-12-01",
    )
    ib = iban("DE", "10011001" + "2718304956")
    r = dict(
        screen_title="Coordonnées bancaires",
        account_label="Compte principal",
        holder="Thi Thu Ha Nguyen",
        iban=ib,
        bic="NTSBDEB1XXX",
        bank="N26",
        bank_addr="N26 Bank SE, Voltairestraße 8, Berlin",
    )
    pages, f = rib_app_screen(r)
    pk.add(
        "rib",
        f,
        pk.screenshot("Screenshot_20261128-201455.png", pages[0]),
        "screenshot",
        "N26 app screen with a German IBAN (foreign SEPA IBAN: acceptable, information only)",
    )
    fm = dict(
        surname="NGUYỄN",
        given="Thị Thu Hà",
        dob=dob,
        sex="F",
        pob="Hà Nội",
        country="Viêt Nam",
        nat="vietnamienne",
        addr="12 rue Lakanal, appt 21",
        cp="38000",
        city="Grenoble",
        phone="07 45 90 18 26",
        email="thuha.nguyen99@gmail.com",
        status="not_employed",
        situation="étudiante (Université Grenoble Alpes)",
        place="Grenoble",
        signed_on="2026-11-27",
        seed="p04form",
    )
    pages, f = form_s1106(fm)
    pk.add(
        "application_form",
        f,
        pk.photo(["IMG_1033.jpg", "IMG_1034.jpg"], pages, rots=[0, 90]),
        "phone_photo",
        "Typed, printed, signed by hand, photographed page by page",
    )
    app = dict(surname="NGUYEN", given_names="THI THU HA", date_of_birth=dob)
    return truth(pk, "2026-12-01", False, app)
