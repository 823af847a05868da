"""Packets p13-p14."""

from __future__ import annotations

from gen_cards import id_card, titre_sejour
from gen_civil2 import ciec, korea
from gen_codes import d, siret
from gen_home2 import lease
from gen_ids import passport
from gen_legal import apostille, translation
from gen_money import fr_account, rib_pdf, rib_screen
from gen_people import BANKS, EMPLOYERS, Addr, Person
from gen_pk import Pk, applicant, card_sheet_items, monthly_bills, reqs
from gen_work import contract, payslip


def p13(root):
    """Spanish (EU) receptionist: identity card, three Orange bills, CDD payslip."""
    pk = Pk(root, "p13", "2026-11-20")
    home = Addr("62 rue de la Roquette", "75011", "Paris", "Bât. A")
    p = Person(
        "FERNÁNDEZ DÍAZ",
        "LUCÍA",
        "F",
        d("1993-11-21"),
        "ESP",
        "Sevilla",
        "ESPAGNE",
        addr=home,
        father="Manuel Fernández Romero",
        mother="Carmen Díaz Ortega",
        phone="06 71 30 28 15",
        email="lucia.fdez.diaz@gmail.com",
        extra={"dni": "29475102K", "nat_word": "Espagnole"},
    )
    pk.form(
        p,
        2,
        "acroform",
        "text_pdf",
        ["Demande_ouverture_droits.pdf"],
        "salarie",
        "CDD",
        "Réceptionniste",
        "Paris",
        d("2026-11-18"),
        "18/11/2026",
    )
    cards, cf, _ = id_card(
        p,
        pk.sub("dni"),
        "ESP",
        "BJK204786",
        d("2021-12-01"),
        d("2031-12-01"),
        Addr("C. Betis 14", "41010", "Sevilla"),
    )
    pk.add_sheet(
        card_sheet_items(*cards),
        "image_pdf",
        "DNI.pdf",
        "national_id",
        cf,
        "Spanish DNI, both faces",
    )
    bc, bf = ciec(p, pk.sub("bc"), "ESP", d("2026-01-19"), "Registro Civil de Sevilla")
    pk.add(
        bc,
        "text_pdf",
        ["certificado_nacimiento_plurilingue.pdf"],
        "birth_certificate",
        bf,
        "EU multilingual extract; exempt from apostille",
    )
    monthly_bills(
        pk,
        "ORANGE",
        "Lucia FERNANDEZ DIAZ",
        home,
        ["2026-08", "2026-09", "2026-10"],
        "text_pdf",
        "Orange_facture_{mm}_2026.pdf",
        39.99,
        day=7,
        label_style="Mme",
        tag="or",
    )
    acct = fr_account(pk.sub("rib"), BANKS["CA"][1])
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "CA",
        "CREDIT AGRICOLE",
        "AGRIFRPP882",
        "CA PARIS ILE DE FRANCE - VOLTAIRE",
        ["40 boulevard Voltaire", "75011 PARIS"],
        ["MLLE FERNANDEZ DIAZ LUCIA", "62 RUE DE LA ROQUETTE BAT A", "75011 PARIS"],
        acct,
        variant=1,
    )
    pk.add(rp, "text_pdf", ["RIB.pdf"], "rib", rf)
    emp, naf, ccn = EMPLOYERS[9]
    sp, sf = payslip(
        pk.sub("pay"),
        emp,
        Addr("3 rue de Solférino", "75007", "Paris"),
        siret(pk.sub("siret")),
        naf,
        ccn,
        "Mme Lucía FERNÁNDEZ DÍAZ",
        home,
        "Réceptionniste",
        "Employée - CDD",
        d("2026-05-04"),
        d("2026-10-01"),
        2050.0,
        variant=0,
    )
    pk.add(sp, "text_pdf", ["Bulletin de salaire octobre 2026.pdf"], "payslip", sf)
    pk.truth(True, None, applicant(p), reqs(status="not_applicable"))


def p14(root):
    """Korean engineer; defect: the titre de séjour enclosed is his brother's."""
    pk = Pk(root, "p14", "2026-11-22")
    home = Addr("15 quai de la Loire", "35000", "Rennes", "Apt 21")
    p = Person(
        "KIM",
        "MINJUN",
        "M",
        d("1991-03-09"),
        "KOR",
        "Seoul",
        "CORÉE DU SUD",
        addr=home,
        phone="07 82 66 14 90",
        email="minjun.kim.fr@gmail.com",
        extra={"ko_name": "김민준", "nat_word": "Sud-coréenne"},
    )
    brother = Person(
        "KIM", "MINSEOK", "M", d("1993-07-21"), "KOR", "Seoul", "CORÉE DU SUD", addr=home
    )
    pk.form(
        p,
        2,
        "typed",
        "image_pdf",
        ["S1106.pdf"],
        "salarie",
        "CDI",
        "Ingénieur méthodes",
        "Rennes",
        d("2026-11-19"),
        "19/11/2026",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "M48120935", d("2022-10-07"), d("2032-10-07"))
    pk.passport_doc(pg, f, "image_pdf", "passport_KIM.pdf")
    cards, tf, _ = titre_sejour(
        brother,
        pk.sub("ts"),
        "KR5120774",
        "CARTE DE SEJOUR TEMPORAIRE",
        "ETUDIANT",
        d("2027-09-14"),
        d("2026-09-15"),
        "PRÉFECTURE D'ILLE-ET-VILAINE",
        home,
    )
    pk.add_sheet(
        card_sheet_items(*cards),
        "scan",
        "titre_sejour.jpg",
        "residence_permit",
        tf,
        "holder is KIM MINSEOK (born 1993-07-21), not the applicant",
    )
    bc, bf = korea(p, pk.sub("bc"), d("2026-01-05"))
    bf["has_apostille"] = True
    ap, af = apostille(
        pk.sub("ap"),
        "KOR",
        "Republic of Korea",
        "Mapo-gu Office",
        "Head of Mapo-gu",
        "Mapo-gu Office, Seoul",
        "Seoul",
        d("2026-01-08"),
        "Ministry of Foreign Affairs",
        "260108-0912",
        ["en", "fr"],
        "sticker",
        official="Apostille officer",
    )
    tr, _ = translation(
        pk.sub("tr"),
        "coréen",
        "CERTIFICAT DE BASE (DÉTAILLÉ)",
        [
            ("Nom", "KIM Minjun"),
            ("Date de naissance", "09/03/1991"),
            ("Sexe", "masculin"),
            ("Lieu de naissance", "Mapo-gu, Séoul"),
            ("Registre de base", "Seongsan-dong, Mapo-gu, Séoul"),
        ],
        d("2026-01-20"),
    )
    pk.add_pdf_multi(
        [
            (bc, "birth_certificate", bf, "Korean basic certificate (detailed)"),
            (ap, "apostille", af, ""),
        ],
        "image_pdf",
        "basic_certificate_apostille.pdf",
    )
    pk.add(tr, "scan", ["traduction_certificat.jpg"], "translation", {})
    lp, lf = lease(
        pk.sub("lease"),
        "Mme Hélène LAMBERT-DUVAL",
        "9 rue de Paris, 44000 Nantes",
        ["Minjun KIM"],
        home,
        d("2026-01-15"),
        610.0,
        50.0,
        d("2026-01-09"),
        "Rennes",
        furnished=True,
        agency="Guy Hoquet Rennes Centre",
        variant=1,
    )
    pk.add(lp, "image_pdf", ["bail.pdf"], "lease", lf)
    emp, naf, ccn = EMPLOYERS[4]
    s = siret(pk.sub("siret"))
    cp, cf = contract(
        pk.sub("ct"),
        emp,
        "SARL au capital de 80 000 euros",
        Addr("ZI Sud-Est, 4 rue de la Frébardière", "35510", "Cesson-Sévigné"),
        f"{s[:3]} {s[3:6]} {s[6:9]} RCS Rennes",
        "M. Olivier Mercier, Gérant",
        "M. Minjun KIM",
        p.dob,
        "Séoul (Corée du Sud)",
        "sud-coréenne",
        home,
        "CDI",
        "Ingénieur méthodes",
        d("2026-01-12"),
        None,
        3300.0,
        variant=1,
        signed_on=d("2025-12-15"),
        place="Cesson-Sévigné",
    )
    pk.add(cp, "image_pdf", ["contrat_travail.pdf"], "employment_contract", cf)
    rp, rf = rib_screen(
        pk.sub("bourso"),
        "bourso",
        "M. MINJUN KIM",
        fr_account(pk.sub("acct"), "40618")["iban"],
        "BOUSFRPPXXX",
        "BoursoBank",
        "44 rue Traversière, 92100 Boulogne-Billancourt",
    )
    pk.add(rp, "screenshot", ["Screenshot_20261119-221530.png"], "rib", rf)
    pk.truth(
        True,
        "titre de séjour belongs to another person (brother KIM MINSEOK)",
        applicant(p),
        reqs(status="invalid"),
    )


def build(root):
    for fn in (
        p13,
        p14,
    ):
        fn(root)
