"""Packets p04-p06."""

from __future__ import annotations

from gen_cards import id_card, titre_sejour
from gen_civil2 import china, italy
from gen_civil3 import hispanic
from gen_codes import d, siret
from gen_home2 import lease
from gen_ids import booklet, passport, visa_page
from gen_legal import apostille
from gen_money import de_iban, fr_account, rib_pdf, rib_screen
from gen_people import BANKS, EMPLOYERS, Addr, Person
from gen_pk import Pk, applicant, monthly_bills, reqs
from gen_work import contract, payslip


def p04(root):
    """Italian (EU) engineer: identity card, lease with partner, N26 German IBAN."""
    pk = Pk(root, "p04", "2026-11-23")
    home = Addr("33 rue Garibaldi", "69007", "Lyon")
    p = Person(
        "DE LUCA",
        "Lorenzo",
        "M",
        d("1990-09-05"),
        "ITA",
        "Napoli",
        "ITALIE",
        addr=home,
        father="Salvatore De Luca",
        mother="Anna Russo",
        phone="+39 347 118 2290",
        email="lorenzo.deluca@quantix-labs.fr",
        extra={"nat_word": "Italienne"},
    )
    pk.form(
        p,
        2,
        "typed",
        "phone_photo",
        ["PXL_20261119_082215.jpg", "PXL_20261119_082240.jpg"],
        "salarie",
        "CDI",
        "Ingénieur de recherche",
        "Lyon",
        d("2026-11-18"),
        "18/11/2026",
        rots=[3, 3],
    )
    cards, cf, _ = id_card(
        p,
        pk.sub("cie"),
        "ITA",
        "CA48213KD",
        d("2020-11-02"),
        d("2031-09-05"),
        Addr("Via Toledo 112", "80134", "Napoli"),
    )
    pk.add(
        cards,
        "phone_photo",
        ["carta_identita_fronte.jpg", "carta_identita_retro.jpg"],
        "national_id",
        cf,
        "EU national identity card (CIE)",
        rots=[0, 2],
    )
    bc, bf = italy(p, pk.sub("bc"), d("2026-01-08"))
    pk.add(
        bc,
        "scan",
        ["estratto_nascita.png"],
        "birth_certificate",
        bf,
        "EU public document, exempt from apostille (Reg. 2016/1191)",
    )
    lp, lf = lease(
        pk.sub("lease"),
        "Mme Françoise GIRARD",
        "2 chemin des Vignes, 69130 Écully",
        ["Lorenzo DE LUCA", "Chiara ROMANO"],
        home,
        d("2026-02-15"),
        1120.0,
        95.0,
        d("2026-02-10"),
        "Lyon",
        variant=2,
    )
    pk.add(
        lp,
        "text_pdf",
        ["Bail_Garibaldi_signe.pdf"],
        "lease",
        lf,
        "signed electronically then exported",
    )
    emp, naf, ccn = EMPLOYERS[12]
    s = siret(pk.sub("siret"))
    ea = Addr("60 avenue Tony Garnier", "69007", "Lyon")
    cp, cf2 = contract(
        pk.sub("ct"),
        emp,
        "SAS au capital de 40 000 euros",
        ea,
        f"{s[:3]} {s[3:6]} {s[6:9]} RCS Lyon",
        "M. Antoine Mercier, Président",
        "M. Lorenzo DE LUCA",
        p.dob,
        "Naples (Italie)",
        "italienne",
        home,
        "CDI",
        "Ingénieur de recherche",
        d("2026-02-02"),
        None,
        3900.0,
        variant=0,
        signed_on=d("2026-01-20"),
        place="Lyon",
    )
    cf2["employee_name"] = "Lorenzo DE LUCA"
    pk.add(cp, "text_pdf", ["Contrat_CDI_DE_LUCA.pdf"], "employment_contract", cf2)
    sp, sf = payslip(
        pk.sub("pay"),
        emp,
        ea,
        s,
        naf,
        ccn,
        "Lorenzo DE LUCA",
        home,
        "Ingénieur de recherche",
        "Cadre",
        d("2026-02-02"),
        d("2026-10-01"),
        3900.0,
        variant=2,
    )
    pk.add(sp, "text_pdf", ["Bulletin_2026_10.pdf"], "payslip", sf)
    iban = de_iban(pk.sub("n26"))
    rp, rf = rib_screen(
        pk.sub("n26s"),
        "n26",
        "Lorenzo De Luca",
        iban,
        "NTSBDEB1XXX",
        "N26 Bank SE",
        "Voltairestraße 8, 10179 Berlin",
    )
    pk.add(
        rp,
        "screenshot",
        ["Screenshot_20261119-083512.png"],
        "rib",
        rf,
        "German SEPA IBAN (legally acceptable, information only)",
    )
    pk.truth(True, None, applicant(p), reqs(status="not_applicable"))


def p05(root):
    """Chinese student, Free Mobile bills; defect: September bill missing (gap)."""
    pk = Pk(root, "p05", "2026-11-20")
    home = Addr("88 avenue de la République", "75011", "Paris", "Escalier 2, 5e étage")
    p = Person(
        "LIU",
        "YUTING",
        "F",
        d("1999-06-14"),
        "CHN",
        "Chengdu",
        "CHINE",
        addr=home,
        phone="07 81 55 20 14",
        email="yuting.liu99@qq.com",
        extra={
            "cn_name": "刘雨婷",
            "cn_father": "刘建华",
            "cn_mother": "陈静",
            "father_en": "LIU Jianhua",
            "mother_en": "CHEN Jing",
            "nat_word": "Chinoise",
        },
    )
    pk.form(
        p,
        1,
        "hand",
        "scan",
        ["scan_0012.jpg", "scan_0013.jpg"],
        "etudiant",
        place="Paris",
        signed_on=d("2026-11-13"),
        date_text="13/11/2026",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "EK5213870", d("2023-02-20"), d("2033-02-19"))
    vp, vf, _ = visa_page(
        p,
        pk.sub("visa"),
        "052260147",
        "EK5213870",
        d("2026-06-25"),
        d("2027-06-24"),
        d("2026-06-02"),
        "PEKIN",
        "ETUDIANT",
    )
    rng = pk.sub("bk")
    pk.add_pdf_multi(
        [([booklet(pg, rng)], "passport", f, ""), ([vp], "long_stay_visa", vf, "VLS-TS étudiant")],
        "image_pdf",
        "passport_and_visa.pdf",
    )
    p_bc = Person("LIU", "Yuting", "F", p.dob, "CHN", "Chengdu", "CHINE", extra=p.extra)
    bc, bf = china(
        p_bc, pk.sub("bc"), d("2026-03-10"), city="四川省成都市", city_en="Chengdu, Sichuan"
    )
    bf["has_apostille"] = True
    ap, af = apostille(
        pk.sub("ap"),
        "CHN",
        "People's Republic of China / 中华人民共和国",
        "Zhang Wei",
        "Notary Public",
        "Beijing Fangzheng Notary Public Office",
        "Beijing",
        d("2026-03-18"),
        "Ministry of Foreign Affairs",
        "CN26BJ0018845",
        ["en", "fr"],
        "box",
        official="Wang Lei",
    )
    pk.add_pdf_multi(
        [
            (bc, "birth_certificate", bf, "notarial certificate, Chinese + English"),
            (ap, "apostille", af, ""),
        ],
        "image_pdf",
        "notarial_birth_certificate.pdf",
    )
    monthly_bills(
        pk,
        "FREEMOB",
        "Yuting LIU",
        home,
        ["2026-07", "2026-08", "2026-10"],
        "text_pdf",
        "Facture_FreeMobile_{ym}.pdf",
        19.99,
        day=2,
        label_style="",
    )
    acct = fr_account(pk.sub("rib"), "40618")
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "BOURSO",
        "BoursoBank",
        "BOUSFRPPXXX",
        "BoursoBank",
        ["44 rue Traversière", "92772 BOULOGNE-BILLANCOURT CEDEX"],
        ["Mlle LIU YUTING", "88 AVENUE DE LA REPUBLIQUE", "75011 PARIS"],
        acct,
        variant=2,
    )
    pk.add(rp, "text_pdf", ["RIB_BoursoBank.pdf"], "rib", rf)
    pk.truth(
        False,
        "three bills but September 2026 is missing (July, August, October)",
        applicant(p),
        reqs(proof="invalid", employment="not_applicable"),
    )


def p06(root):
    """Colombian developer, lease; defect: RIB key wrong on the RIB."""
    pk = Pk(root, "p06", "2026-11-18")
    home = Addr("112 rue de la Roquette", "75011", "Paris")
    p = Person(
        "MARTÍNEZ OSPINA",
        "ANDRÉS FELIPE",
        "M",
        d("1992-11-30"),
        "COL",
        "Medellín",
        "COLOMBIE",
        addr=home,
        father="Jorge Iván Martínez",
        mother="Luz Marina Ospina",
        phone="06 44 02 71 88",
        email="andresf.martinez@gmail.com",
        extra={"nat_word": "Colombienne"},
    )
    pk.form(
        p,
        2,
        "hand",
        "image_pdf",
        ["demande_PUMA.pdf"],
        "salarie",
        "CDI",
        "Développeur full-stack",
        "Paris",
        d("2026-11-10"),
        "10/11/2026",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "AY417720", d("2023-05-11"), d("2033-05-10"))
    pk.passport_doc(pg, f, "image_pdf", "pasaporte.pdf")
    cards, tf, _ = titre_sejour(
        p,
        pk.sub("ts"),
        "CO7730158",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "PASSEPORT TALENT",
        d("2029-03-14"),
        d("2025-03-15"),
        "PRÉFECTURE DE POLICE",
        home,
    )
    pk.add(cards, "scan", ["titre_recto.jpg", "titre_verso.jpg"], "residence_permit", tf)
    p_bc = Person(
        "MARTÍNEZ OSPINA",
        "Andrés Felipe",
        "M",
        p.dob,
        "COL",
        "Medellín",
        "COLOMBIE",
        father=p.father,
        mother=p.mother,
    )
    bc, bf = hispanic(p_bc, pk.sub("bc"), "COL", d("2026-02-02"), "Medellín")
    bf["has_apostille"] = True
    ap, af = apostille(
        pk.sub("ap"),
        "COL",
        "República de Colombia",
        "Luis Restrepo",
        "Notario Quinto del Círculo de Medellín",
        "Notaría 5 de Medellín",
        "Bogotá D.C.",
        d("2026-02-06"),
        "Ministerio de Relaciones Exteriores",
        "A3F7K2291",
        ["es", "fr"],
        "sticker",
        official="Grupo de Apostilla",
    )
    pk.add_pdf_multi(
        [(bc, "birth_certificate", bf, ""), (ap, "apostille", af, "e-apostille")],
        "text_pdf",
        "registro_civil_apostillado.pdf",
    )
    lp, lf = lease(
        pk.sub("lease"),
        "M. Bernard FONTAINE",
        "17 rue Sainte-Anne, 75001 Paris",
        ["Andrés Felipe MARTÍNEZ OSPINA"],
        home,
        d("2025-10-01"),
        1240.0,
        60.0,
        d("2025-09-22"),
        "Paris",
        variant=0,
    )
    pk.add(lp, "phone_photo", [f"IMG_20261109_2201{k}.jpg" for k in (14, 31, 47)], "lease", lf)
    acct = fr_account(pk.sub("rib"), BANKS["CA"][1], wrong_key=True)
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "CA",
        "CREDIT AGRICOLE",
        "AGRIFRPP882",
        "CA PARIS ILE DE FRANCE - BASTILLE",
        ["5 place de la Bastille", "75004 PARIS"],
        ["M MARTINEZ OSPINA ANDRES FELIPE", "112 RUE DE LA ROQUETTE", "75011 PARIS"],
        acct,
        variant=0,
    )
    pk.add(
        rp,
        "text_pdf",
        ["RIB_credit_agricole.pdf"],
        "rib",
        rf,
        "RIB key does not match bank/branch/account; the IBAN check digits were computed on "
        "the wrong key, so mod-97 passes (iban_valid true) while rib_key_valid is false",
    )
    emp, naf, ccn = EMPLOYERS[1]
    s = siret(pk.sub("siret"))
    ea = Addr("25 rue du Faubourg du Temple", "75010", "Paris")
    sp, sf = payslip(
        pk.sub("pay"),
        emp,
        ea,
        s,
        naf,
        ccn,
        "MARTINEZ OSPINA Andres Felipe",
        home,
        "Développeur full-stack",
        "Cadre",
        d("2025-09-15"),
        d("2026-10-01"),
        3650.0,
        variant=1,
    )
    pk.add(sp, "image_pdf", ["fiche_de_paie_10_2026.pdf"], "payslip", sf)
    pk.truth(True, "RIB key (clé RIB) is wrong", applicant(p), reqs(bank="invalid"))


def build(root):
    for fn in (
        p04,
        p05,
        p06,
    ):
        fn(root)
