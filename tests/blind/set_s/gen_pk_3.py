"""Packets p07-p09."""

from __future__ import annotations

from gen_cards import titre_sejour
from gen_civil import maghreb
from gen_civil2 import india
from gen_civil3 import hispanic
from gen_codes import d, siret
from gen_home2 import lease
from gen_ids import booklet, passport, visa_page
from gen_legal import apostille
from gen_money import fr_account, rib_pdf, rib_screen
from gen_people import BANKS, EMPLOYERS, Addr, Person
from gen_pk import Pk, applicant, card_sheet_items, monthly_bills, reqs
from gen_work import contract, payslip


def p07(root):
    """Indian data scientist (talent VLS-TS), lease with spouse, BNP RIB."""
    pk = Pk(root, "p07", "2026-11-20")
    home = Addr("9 rue de Solférino", "92400", "Courbevoie")
    p = Person(
        "KRISHNAMURTHY",
        "KARTHIK",
        "M",
        d("1989-01-25"),
        "IND",
        "Mumbai",
        "INDE",
        addr=home,
        father="Ramesh Krishnamurthy",
        mother="Lakshmi Krishnamurthy",
        phone="07 49 33 10 62",
        email="karthik.k@kaleido.studio",
        extra={"nat_word": "Indienne", "hospital": "HINDUJA HOSPITAL, MAHIM"},
    )
    pk.form(
        p,
        0,
        "typed",
        "scan",
        ["CPAM_form_page1.jpg", "CPAM_form_page2.jpg"],
        "salarie",
        "CDI",
        "Data scientist",
        "Courbevoie",
        d("2026-11-17"),
        "17/11/2026",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "W7134502", d("2022-08-03"), d("2032-08-02"))
    vp, vf, _ = visa_page(
        p,
        pk.sub("visa"),
        "061842275",
        "W7134502",
        d("2026-04-01"),
        d("2027-03-31"),
        d("2026-03-12"),
        "BOMBAY",
        "PASSEPORT TALENT",
    )
    rng = pk.sub("bk")
    pk.add_pdf_multi(
        [
            ([booklet(pg, rng)], "passport", f, ""),
            (
                [booklet(pg, rng, upper=vp)],
                "long_stay_visa",
                vf,
                "visa page shown with the data page below it",
            ),
        ],
        "image_pdf",
        "Passport_Visa_Karthik.pdf",
    )
    p_bc = Person(
        "KRISHNAMURTHY",
        "Karthik",
        "M",
        p.dob,
        "IND",
        "Mumbai",
        "INDE",
        father="RAMESH KRISHNAMURTHY",
        mother="LAKSHMI KRISHNAMURTHY",
        extra=p.extra,
    )
    bc, bf = india(p_bc, pk.sub("bc"), d("2025-11-28"))
    bf["has_apostille"] = True
    pk.add(bc, "image_pdf", ["birth_certificate.pdf"], "birth_certificate", bf)
    ap, af = apostille(
        pk.sub("ap"),
        "IND",
        "India",
        "Dr. S. Kulkarni",
        "Registrar (Births & Deaths)",
        "Municipal Corporation of Greater Mumbai",
        "New Delhi",
        d("2025-12-09"),
        "Ministry of External Affairs",
        "MH-2025-1187342",
        ["en", "fr"],
        "sticker",
        official="Assistant Section Officer (Attestation)",
    )
    pk.add(ap, "phone_photo", ["apostille_MEA.jpg"], "apostille", af)
    lp, lf = lease(
        pk.sub("lease"),
        "SCI VOLTAIRE 11",
        "11 boulevard Voltaire, 75011 Paris",
        ["Karthik KRISHNAMURTHY", "Sneha IYER"],
        home,
        d("2026-04-10"),
        1480.0,
        120.0,
        d("2026-04-03"),
        "Courbevoie",
        agency="Nexity Lamy - La Défense",
        variant=1,
    )
    pk.add(lp, "image_pdf", ["lease_Courbevoie.pdf"], "lease", lf)
    emp, naf, ccn = EMPLOYERS[8]
    s = siret(pk.sub("siret"))
    ea = Addr("41 rue de Paris", "92100", "Boulogne-Billancourt")
    cp, cf = contract(
        pk.sub("ct"),
        emp,
        "SAS au capital de 250 000 euros",
        ea,
        f"{s[:3]} {s[3:6]} {s[6:9]} RCS Nanterre",
        "Mme Claire Vidal, DRH",
        "M. Karthik KRISHNAMURTHY",
        p.dob,
        "Mumbai (Inde)",
        "indienne",
        home,
        "CDI",
        "Data scientist",
        d("2026-04-06"),
        None,
        4800.0,
        variant=2,
        signed_on=d("2026-02-10"),
        place="Boulogne-Billancourt",
    )
    cf["employee_name"] = "Karthik KRISHNAMURTHY"
    pk.add(cp, "text_pdf", ["Employment_contract_signed.pdf"], "employment_contract", cf)
    sp, sf = payslip(
        pk.sub("pay"),
        emp,
        ea,
        s,
        naf,
        ccn,
        "KRISHNAMURTHY Karthik",
        home,
        "Data scientist",
        "Cadre",
        d("2026-04-06"),
        d("2026-10-01"),
        4800.0,
        variant=0,
    )
    pk.add(sp, "image_pdf", ["payslip_oct.pdf"], "payslip", sf)
    acct = fr_account(pk.sub("rib"), BANKS["BNP"][1])
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "BNP",
        "BNP PARIBAS",
        "BNPAFRPPXXX",
        "LA DEFENSE COEUR",
        ["2 place de la Défense", "92800 PUTEAUX"],
        ["M KARTHIK KRISHNAMURTHY", "9 RUE DE SOLFERINO", "92400 COURBEVOIE"],
        acct,
        variant=1,
    )
    pk.add(rp, "text_pdf", ["RIB_BNP.pdf"], "rib", rf)
    pk.truth(True, None, applicant(p), reqs())


def p08(root):
    """Mexican visitor, furnished lease; defect: birth certificate without apostille."""
    pk = Pk(root, "p08", "2026-11-21")
    home = Addr("21 rue Étienne Dolet", "34000", "Montpellier", "Apt 4")
    p = Person(
        "HERNÁNDEZ GARCÍA",
        "XIMENA",
        "F",
        d("1996-02-08"),
        "MEX",
        "Guadalajara",
        "MEXIQUE",
        addr=home,
        father="José Luis Hernández Ruiz",
        mother="María Guadalupe García López",
        phone="07 66 20 41 09",
        email="ximena.hg@hotmail.com",
        extra={"nat_word": "Mexicaine"},
    )
    pk.form(
        p,
        0,
        "acroform",
        "text_pdf",
        ["S1106_Ximena.pdf"],
        "sans_activite",
        place="Montpellier",
        signed_on=d("2026-11-14"),
        date_text="14/11/2026",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "G41877302", d("2021-09-27"), d("2031-09-26"))
    pk.passport_doc(pg, f, "phone_photo", "WhatsApp Image 2026-11-14 at 10.12.03.jpeg")
    vp, vf, _ = visa_page(
        p,
        pk.sub("visa"),
        "058813460",
        "G41877302",
        d("2026-06-01"),
        d("2027-05-31"),
        d("2026-05-06"),
        "MEXICO",
        "VISITEUR",
    )
    pk.add(
        [vp],
        "phone_photo",
        ["WhatsApp Image 2026-11-14 at 10.12.04.jpeg"],
        "long_stay_visa",
        vf,
        "VLS-TS visiteur",
        rots=[1],
    )
    p_bc = Person(
        "HERNÁNDEZ GARCÍA",
        "Ximena",
        "F",
        p.dob,
        "MEX",
        "Guadalajara",
        "MEXIQUE",
        father=p.father,
        mother=p.mother,
    )
    bc, bf = hispanic(p_bc, pk.sub("bc"), "MEX", d("2026-03-02"), "Guadalajara")
    pk.add(
        bc,
        "text_pdf",
        ["acta_nacimiento.pdf"],
        "birth_certificate",
        bf,
        "downloaded from gob.mx; no apostille in the packet",
    )
    lp, lf = lease(
        pk.sub("lease"),
        "M. Thomas MOREAU",
        "3 rue Nationale, 34000 Montpellier",
        ["Ximena HERNÁNDEZ GARCÍA"],
        home,
        d("2026-06-05"),
        640.0,
        40.0,
        d("2026-06-02"),
        "Montpellier",
        furnished=True,
        variant=2,
    )
    pk.add(lp, "image_pdf", ["bail_meuble.pdf"], "lease", lf, "furnished lease, 1 year")
    acct = fr_account(pk.sub("revacct"), "28233")
    rp, rf = rib_screen(
        pk.sub("rev"),
        "revolut",
        "Ximena Hernández García",
        acct["iban"],
        "REVOFRP2",
        "Revolut Bank UAB",
        "10 avenue Kléber, 75116 Paris, France",
    )
    pk.add(rp, "screenshot", ["IMG_0923.PNG"], "rib", rf, "Revolut app, French IBAN")
    pk.truth(
        False,
        "Mexican birth certificate without apostille",
        applicant(p),
        reqs(birth="invalid", employment="not_applicable"),
    )


def p09(root):
    """Tunisian resident (carte de résident), three TotalEnergies bills photographed."""
    pk = Pk(root, "p09", "2026-11-20")
    home = Addr("7 rue Pierre Corneille", "38000", "Grenoble", "Escalier 1, 3e étage")
    p = Person(
        "BEN SALAH",
        "AYMEN",
        "M",
        d("1987-12-03"),
        "TUN",
        "Sfax",
        "TUNISIE",
        addr=home,
        father="Mohamed Ali",
        mother="Rim JEBALI",
        phone="06 03 58 91 27",
        email="aymen.bensalah87@yahoo.fr",
        extra={"ar_sur": "بن صالح", "ar_giv": "أيمن", "ar_pob": "صفاقس", "nat_word": "Tunisienne"},
    )
    pk.form(
        p,
        2,
        "hand",
        "phone_photo",
        ["20261116_181422.jpg", "20261116_181447.jpg"],
        "salarie",
        "CDI",
        "Chef d'équipe",
        "Grenoble",
        d("2026-11-16"),
        "16/11/2026",
        rots=[0, 2],
    )
    pg, f, _ = passport(p, pk.sub("pp"), "K482017", d("2020-02-14"), d("2030-02-13"))
    pk.passport_doc(pg, f, "scan", "passeport_aymen.png")
    cards, tf, _ = titre_sejour(
        p,
        pk.sub("ts"),
        "TN0941286",
        "CARTE DE RESIDENT",
        "RESIDENT",
        d("2034-05-19"),
        d("2024-05-20"),
        "PRÉFECTURE DE L'ISÈRE",
        home,
    )
    pk.add_sheet(
        card_sheet_items(*cards),
        "scan",
        "carte_resident.jpg",
        "residence_permit",
        tf,
        "10-year resident card, both faces",
    )
    p_bc = Person(
        "BEN SALAH",
        "Aymen",
        "M",
        p.dob,
        "TUN",
        "Sfax",
        "TUNISIE",
        father="Mohamed Ali",
        mother="Rim JEBALI",
        extra=p.extra,
    )
    bc, bf = maghreb(p_bc, pk.sub("bc"), "TUN", d("2026-04-07"), "Sfax")
    bf["has_apostille"] = True
    pk.add(bc, "phone_photo", ["extrait_naissance.jpg"], "birth_certificate", bf)
    ap, af = apostille(
        pk.sub("ap"),
        "TUN",
        "République tunisienne",
        "S. Ben Amor",
        "Officier de l'état civil",
        "Municipalité de Sfax",
        "Tunis",
        d("2026-04-15"),
        "Ministère des Affaires étrangères",
        "TN-2026-08812",
        ["fr"],
        "box",
        official="Le chef de service",
    )
    pk.add(ap, "phone_photo", ["apostille.jpg"], "apostille", af)
    monthly_bills(
        pk,
        "TOTAL",
        "Aymen BEN SALAH",
        home,
        ["2026-08", "2026-09", "2026-10"],
        "phone_photo",
        "IMG_20261116_1750{i}{n}.jpg",
        61.0,
        day=6,
        label_style="M.",
        tag="tot",
    )
    acct = fr_account(pk.sub("rib"), BANKS["CM"][1])
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "CM",
        "CREDIT MUTUEL",
        "CMCIFR2A",
        "CCM GRENOBLE CHAMPOLLION",
        ["12 place Victor Hugo", "38000 GRENOBLE"],
        ["M AYMEN BEN SALAH", "7 RUE PIERRE CORNEILLE", "38000 GRENOBLE"],
        acct,
        variant=2,
    )
    pk.add(rp, "scan", ["RIB_scan.jpg"], "rib", rf)
    emp, naf, ccn = EMPLOYERS[11]
    s = siret(pk.sub("siret"))
    sp, sf = payslip(
        pk.sub("pay"),
        emp,
        Addr("15 avenue du Général Leclerc", "38100", "Grenoble"),
        s,
        naf,
        ccn,
        "BEN SALAH AYMEN",
        home,
        "Chef d'équipe",
        "ETAM",
        d("2019-03-04"),
        d("2026-10-01"),
        2780.0,
        variant=1,
    )
    pk.add(sp, "text_pdf", ["BS_202610_BEN_SALAH.pdf"], "payslip", sf)
    pk.truth(True, None, applicant(p), reqs())


def build(root):
    for fn in (
        p07,
        p08,
        p09,
    ):
        fn(root)
