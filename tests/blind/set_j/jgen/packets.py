"""The whole packets of set J: ten in order, eight with exactly one defect each."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from . import civil, home, ids, money
from .assemble import FileOut, Place, Sheet, a4, one
from .core import d, fr_date, make_nir  # noqa: F401
from .kit import EMP, bills, months_back, requirements, status_of, the_form
from .people import BANKS, Address, Person

AW, AH = A4


def meta(
    as_of, p: Person, employed: bool, reqs: dict, defect: str | None, pass_sur=None, pass_giv=None
):
    return {
        "as_of": as_of,
        "employed": employed,
        "status": status_of(reqs),
        "requirements": reqs,
        "defect": defect,
        "applicant": {
            "surname": (pass_sur or p.surname).upper(),
            "given_names": (pass_giv or p.given).upper(),
            "date_of_birth": p.dob.isoformat(),
        },
    }


def two_cards_a4(doc_a, pa, doc_b, pb):
    """Two card sides (or two booklet pages) photocopied on one A4 sheet."""
    ga, gb = doc_a.pages[pa], doc_b.pages[pb]
    top, gap = (20 * mm, 12 * mm) if ga.h + gb.h < 200 * mm else (9 * mm, 5 * mm)
    return a4(
        Place(doc_a, pa, 22 * mm, AH - top - ga.h),
        Place(doc_b, pb, 22 * mm, AH - top - gap - ga.h - gb.h),
    )


def p01():
    """USA, not employed, hosted by her French husband (attestation + his ID + his bills)."""
    as_of = "2026-11-20"
    home_ = Address("14 rue des Lilas", "75019", "Paris", "Bât. B, 3e étage")
    p = Person(
        "p01",
        "O'CONNOR",
        "MARY ELIZABETH",
        "F",
        d("1988-03-14"),
        "Chicago",
        "USA",
        address=home_,
        phone="07 81 44 20 19",
        email="mary.oconnor@example.com",
    )
    host = Person(
        "p01h", "LEFEBVRE", "JULIEN ANTOINE", "M", d("1985-01-02"), "Rouen", "FRA", address=home_
    )
    form = the_form(
        p,
        mode="hand",
        run=0,
        signed_on=d("2026-11-16"),
        situation="inactive",
        usage="LEFEBVRE",
        key="f",
    )
    pas = ids.passport(p, "567812349", d("2021-05-02"), d("2031-05-01"), style=0)
    vis = ids.visa(
        p,
        "567812349",
        "104829173",
        d("2026-04-01"),
        d("2027-03-31"),
        "D",
        [
            "VLS-TS VIE PRIVEE ET FAMILIALE",
            "CONJOINT DE FRANCAIS",
            "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
        ],
        "Washington",
        d("2026-03-10"),
        category="VIE PRIVEE ET FAMILIALE",
        vls_ts=True,
        days=365,
    )
    ap = civil.apostille_info(
        "USA",
        "2026-0004512",
        d("2026-01-28"),
        "Dana R. Whitfield",
        "State Registrar of Vital Records",
        "Illinois Department of Public Health",
        "Springfield",
        "Secretary of State of Illinois",
        "en",
    )
    bc = civil.birth_certificate(
        p,
        d("2026-01-15"),
        father="Thomas Patrick O'Connor",
        mother="Linda Ann Walsh",
        apostille_stamp=None,
        reg_no="1988/113847",
    )
    bc.fields["has_apostille"] = True
    apd = civil.apostille_doc(ap, "p01-ap", 0)
    host_att = home.hosting_attestation(
        "Julien LEFEBVRE",
        host.dob,
        "Rouen (76)",
        "Mary Elizabeth O'CONNOR",
        p.dob,
        "Chicago (États-Unis)",
        home_,
        d("2026-04-15"),
        d("2026-11-10"),
        "Paris",
        key="p01-att",
        handwritten=True,
        style=0,
    )
    cni = ids.national_id(host, "F7K29XQ41", d("2022-06-14"), d("2032-06-13"))
    bl = bills("EDF", "M. Julien LEFEBVRE", home_, months_back(d("2026-10-01")), "p01-edf", 0)
    rib = money.rib_doc(
        "M JULIEN LEFEBVRE OU MME MARY O'CONNOR",
        BANKS["bnp"],
        key="p01-rib",
        holder_addr=home_,
        style=0,
    )
    files = [
        FileOut("formulaire_page1.jpg", "phone_photo", [one(form, 0)]),
        FileOut("formulaire_page2.jpg", "phone_photo", [one(form, 1)], rot90=1),
        FileOut("passeport_et_visa.jpg", "scan", [two_cards_a4(pas, 0, vis, 0)], dpi=260),
        FileOut("acte_de_naissance_apostille.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("attestation_hebergement.jpg", "phone_photo", [one(host_att)]),
        FileOut("CNI_Julien_recto.jpg", "scan", [one(cni, 0)], dpi=300),
        FileOut("CNI_Julien_verso.jpg", "scan", [one(cni, 1)], dpi=300),
        FileOut("EDF_facture_aout.pdf", "text_pdf", [one(bl[0])]),
        FileOut("EDF_facture_septembre.pdf", "text_pdf", [one(bl[1])]),
        FileOut("EDF_facture_octobre.pdf", "text_pdf", [one(bl[2])]),
        FileOut("RIB_compte_joint.pdf", "text_pdf", [one(rib)]),
    ]
    return meta(as_of, p, False, requirements(False, False), None), files


def p02():
    """Brazil, employed CDI, lease, titre de séjour, apostille stamped on the certificate."""
    as_of = "2026-11-20"
    home_ = Address("8 rue Paul Bert", "69003", "Lyon", "Appt 12")
    p = Person(
        "p02",
        "SOUZA PEREIRA",
        "ANA CAROLINA",
        "F",
        d("1992-07-02"),
        "Curitiba",
        "BRA",
        address=home_,
        phone="06 52 18 77 40",
        email="ana.souzapereira@example.com",
    )
    form = the_form(
        p,
        mode="acro",
        run=2,
        signed_on=d("2026-11-12"),
        situation="employed",
        job="Consultante junior",
        contract="CDI",
        caps=False,
        given="Ana Carolina",
        surname="Souza Pereira",
        key="f",
    )
    pas = ids.passport(p, "GB382914", d("2023-02-10"), d("2033-02-09"), style=1)
    ts = ids.residence_permit(
        p, "FR4829173", d("2026-02-10"), d("2027-02-09"), "temp", "SALARIE", "Préfecture du Rhône"
    )
    ap = civil.apostille_info(
        "BRA",
        "AXB-2026-118204",
        d("2026-05-06"),
        "Helena M. Barros",
        "Oficial de Registro Civil",
        "1º Subdistrito de Curitiba",
        "Curitiba",
        "Colégio Notarial do Brasil",
        "pt",
    )
    bc = civil.birth_certificate(
        p,
        d("2026-04-28"),
        father="Marcos Antônio Pereira",
        mother="Cláudia Souza Pereira",
        apostille_stamp=ap,
    )
    bc.notes = (bc.notes or "") + "; apostille printed on the certificate itself"
    lease = home.lease(
        ["Mme Ana Carolina SOUZA PEREIRA"],
        "SCI Les Terrasses de Monplaisir",
        "15 avenue Lacassagne, 69003 Lyon",
        home_,
        d("2025-10-15"),
        d("2025-10-06"),
        745.0,
        80.0,
        key="p02-lease",
        agency="Cabinet Moreau Immobilier",
        sign_city="Lyon",
        style=0,
    )
    pay = money.payslip(
        EMP["helvion"],
        "Mme Ana Carolina SOUZA PEREIRA",
        home_,
        "Consultante junior",
        d("2025-11-03"),
        d("2026-10-01"),
        2650.0,
        key="p02-pay",
        pas_rate=0.024,
    )
    rib = money.rib_doc(
        "MME SOUZA PEREIRA ANA CAROLINA", BANKS["cm"], key="p02-rib", holder_addr=home_, style=1
    )
    files = [
        FileOut("S1106_formulaire_rempli.pdf", "text_pdf", [one(form, 0), one(form, 1)]),
        FileOut("passaporte.jpg", "phone_photo", [one(pas)]),
        FileOut("titre_de_sejour.pdf", "image_pdf", [one(ts, 0), one(ts, 1)], dpi=300),
        FileOut("certidao_nascimento_apostilada.jpg", "scan", [one(bc)], dpi=220),
        FileOut("bail.pdf", "text_pdf", [one(lease, 0), one(lease, 1), one(lease, 2)]),
        FileOut("bulletin_octobre_2026.pdf", "text_pdf", [one(pay)]),
        FileOut("rib.pdf", "text_pdf", [one(rib)]),
    ]
    return meta(as_of, p, True, requirements(True, False), None), files


def p03():
    """India, CDD with contract, three Orange bills in one PDF, VLS-TS."""
    as_of = "2026-11-25"
    home_ = Address("31 allées Jean Jaurès", "31000", "Toulouse")
    p = Person(
        "p03",
        "D'SOUZA",
        "ROHAN ANTHONY",
        "M",
        d("1994-09-18"),
        "Panaji",
        "IND",
        address=home_,
        phone="07 66 01 93 52",
        email="rohan.dsouza@example.com",
        extra={"state": "GOA"},
    )
    form = the_form(
        p,
        mode="typed",
        run=1,
        signed_on=d("2026-11-21"),
        situation="employed",
        job="Ingénieur logiciel",
        contract="CDD",
        key="f",
    )
    pas = ids.passport(p, "Z4829173", d("2022-08-01"), d("2032-07-31"), style=2)
    vis = ids.visa(
        p,
        "Z4829173",
        "204817365",
        d("2026-04-20"),
        d("2027-04-19"),
        "D",
        ["VLS-TS TRAVAILLEUR TEMPORAIRE", "CESEDA R431-16"],
        "Mumbai",
        d("2026-04-02"),
        category="TRAVAILLEUR TEMPORAIRE",
        vls_ts=True,
        days=365,
    )
    bc = civil.birth_certificate(
        p,
        d("2026-02-09"),
        father="Anthony Joseph D'Souza",
        mother="Maria Fatima D'Souza",
        reg_no="GOA/1994/5521",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "IND",
        "IN/GOA/2026/0193847",
        d("2026-02-20"),
        "S. Naik",
        "Registrar of Births and Deaths",
        "Directorate of Planning, Goa",
        "New Delhi",
        "Ministry of External Affairs",
        "en",
    )
    apd = civil.apostille_doc(ap, "p03-ap", 1)
    bl = bills(
        "Orange",
        "M. Rohan D'SOUZA",
        home_,
        months_back(d("2026-10-01")),
        "p03-or",
        2,
        service="internet",
    )
    ct = money.employment_contract(
        EMP["nexalis"],
        "M. Rohan Anthony D'SOUZA",
        p.dob,
        "Panaji (Inde)",
        "indienne",
        home_,
        "CDD",
        "Ingénieur logiciel",
        d("2026-05-04"),
        d("2027-05-03"),
        3200.0,
        d("2026-04-27"),
        key="p03-ct",
        style=0,
    )
    rib = money.rib_doc("M ROHAN D SOUZA", BANKS["sg"], key="p03-rib", holder_addr=home_, style=2)
    files = [
        FileOut("demande_S1106.pdf", "image_pdf", [one(form, 0), one(form, 1)], dpi=200),
        FileOut("passport.jpg", "phone_photo", [one(pas)]),
        FileOut("visa.jpg", "phone_photo", [one(vis)], rot90=3),
        FileOut("birth_certificate.pdf", "image_pdf", [one(bc), one(apd)], dpi=200, grey=True),
        FileOut("factures_orange_aout_sept_oct.pdf", "text_pdf", [one(b) for b in bl]),
        FileOut("contrat_CDD.pdf", "text_pdf", [one(ct, 0), one(ct, 1)]),
        FileOut("RIB_SG.pdf", "text_pdf", [one(rib)]),
    ]
    return meta(as_of, p, True, requirements(True, False), None), files


def p04():
    """Italy (EU), CIE, furnished lease, payslip, N26 (German IBAN) app screenshot."""
    as_of = "2026-11-20"
    home_ = Address("5 rue de l'Aiguillerie", "34000", "Montpellier")
    p = Person(
        "p04",
        "DE LUCA",
        "GIULIA",
        "F",
        d("1997-12-05"),
        "Bari",
        "ITA",
        address=home_,
        phone="06 11 29 84 03",
        email="giulia.deluca@example.com",
    )
    form = the_form(
        p,
        mode="hand",
        run=1,
        signed_on=d("2026-11-09"),
        situation="employed",
        job="Infirmière",
        contract="CDI",
        key="f",
    )
    cie = ids.national_id(p, "CA48291AB", d("2021-09-20"), d("2032-12-05"))
    bc = civil.birth_certificate(
        p, d("2026-03-03"), father="Vincenzo De Luca", mother="Rosa Lorusso", reg_no="1204"
    )
    lease = home.lease(
        ["Mme Giulia DE LUCA"],
        "M. Henri FAURE",
        "2 rue Saint-Guilhem, 34000 Montpellier",
        home_,
        d("2026-02-01"),
        d("2026-01-24"),
        610.0,
        45.0,
        key="p04-lease",
        furnished=True,
        sign_city="Montpellier",
        style=1,
        surface=27,
        rooms=1,
    )
    pay = money.payslip(
        EMP["clinique"],
        "Mme DE LUCA Giulia",
        home_,
        "Infirmière diplômée d'État",
        d("2026-01-12"),
        d("2026-10-01"),
        2480.0,
        key="p04-pay",
        style=1,
        pas_rate=0.0,
        coef="IDE 2",
    )
    rib = money.rib_screen_doc("Giulia De Luca", BANKS["n26"], "N26", key="p04-rib")
    files = [
        FileOut("formulaire.pdf", "image_pdf", [one(form, 0), one(form, 1)], dpi=220),
        FileOut("carta_identita_fronte.jpg", "phone_photo", [one(cie, 0)]),
        FileOut("carta_identita_retro.jpg", "phone_photo", [one(cie, 1)]),
        FileOut("estratto_atto_nascita.pdf", "text_pdf", [one(bc)]),
        FileOut("bail_meuble_scan.pdf", "image_pdf", [one(lease, k) for k in range(3)], dpi=200),
        FileOut("fiche_de_paie_oct.pdf", "text_pdf", [one(pay)]),
        FileOut("IMG_4471.PNG", "screenshot", [one(rib)]),
    ]
    m = meta(as_of, p, True, requirements(True, True), None)
    return m, files


def p05():
    """Colombia, student, hosted by a friend (attestation, friend's passport, friend's lease)."""
    as_of = "2026-12-04"
    home_ = Address("22 rue Gambetta", "44000", "Nantes")
    p = Person(
        "p05",
        "RESTREPO ÁLVAREZ",
        "JUAN SEBASTIÁN",
        "M",
        d("2001-01-23"),
        "Medellín",
        "COL",
        address=home_,
        phone="07 58 33 10 64",
        email="jsrestrepo@example.com",
        extra={"region": "Antioquia"},
    )
    host = Person(
        "p05h", "BERTRAND", "CAMILLE LOUIS", "M", d("1996-10-03"), "Angers", "FRA", address=home_
    )
    form = the_form(
        p,
        mode="hand",
        run=2,
        signed_on=d("2026-11-28"),
        situation="student",
        date_text="28 novembre 2026",
        key="f",
        hand_font="Hand2",
    )
    pas = ids.passport(p, "AT482913", d("2024-01-15"), d("2034-01-14"), style=0, date_style="en3")
    vis = ids.visa(
        p,
        "AT482913",
        "305519284",
        d("2026-02-01"),
        d("2027-01-31"),
        "D",
        ["VLS-TS ETUDIANT", "CESEDA R431-16 4°"],
        "Bogota",
        d("2026-01-12"),
        category="ETUDIANT",
        vls_ts=True,
        days=365,
        viz_surname="RESTREPO ALVAREZ",
    )
    bc = civil.birth_certificate(
        p,
        d("2026-01-05"),
        father="Jorge Iván Restrepo Mejía",
        mother="Luz Dary Álvarez Gómez",
        reg_no="30118452",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "COL",
        "A7K2P9Q1",
        d("2026-01-07"),
        "Luz Marina Ortega",
        "Registradora del Estado Civil",
        "Registraduría Nacional del Estado Civil",
        "Bogotá D.C.",
        "Ministerio de Relaciones Exteriores",
        "es",
    )
    apd = civil.apostille_doc(
        ap, "p05-ap", 2, qr_url="https://tramites.example.gov.co/apostilla/A7K2P9Q1"
    )
    att = home.hosting_attestation(
        "Camille BERTRAND",
        host.dob,
        "Angers (49)",
        "Juan Sebastián RESTREPO ÁLVAREZ",
        p.dob,
        "Medellín (Colombie)",
        home_,
        d("2026-02-03"),
        d("2026-11-25"),
        "Nantes",
        key="p05-att",
        handwritten=False,
        style=1,
    )
    hpas = ids.passport(
        host, "21AB48291", d("2020-03-02"), d("2030-03-01"), style=1, date_style="slash"
    )
    hlease = home.lease(
        ["M. Camille BERTRAND"],
        "Mme Odile PRIGENT",
        "5 rue de Strasbourg, 44000 Nantes",
        home_,
        d("2023-09-01"),
        d("2023-08-21"),
        690.0,
        55.0,
        key="p05-hlease",
        sign_city="Nantes",
        style=2,
    )
    rib = money.rib_doc("M JUAN SEBASTIAN RESTREPO ALVAREZ", BANKS["lcl"], key="p05-rib", style=1)
    files = [
        FileOut("formulario_1.jpg", "phone_photo", [one(form, 0)]),
        FileOut("formulario_2.jpg", "phone_photo", [one(form, 1)], rot90=3),
        FileOut("pasaporte_visa.pdf", "image_pdf", [one(pas), one(vis)], dpi=280),
        FileOut("registro_civil_apostillado.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("attestation_hebergement_Camille.jpg", "scan", [one(att)], dpi=200),
        FileOut("passeport_Camille.jpg", "scan", [one(hpas)], dpi=300, grey=True),
        FileOut("bail_Camille.pdf", "text_pdf", [one(hlease, k) for k in range(3)]),
        FileOut("RIB_LCL.pdf", "text_pdf", [one(rib)]),
    ]
    m = meta(as_of, p, False, requirements(False, False), None)
    return m, files


def p06():
    """Philippines (middle name), CDI, three SFR bills in three looks, titre de séjour copy."""
    as_of = "2026-11-20"
    home_ = Address("3 impasse des Vignes", "67000", "Strasbourg")
    p = Person(
        "p06",
        "DELA CRUZ",
        "MARIA LUISA",
        "F",
        d("1989-08-30"),
        "Cebu City",
        "PHL",
        middle="REYES",
        address=home_,
        phone="06 74 90 12 38",
        email="marialuisa.dc@example.com",
        extra={"province": "CEBU"},
    )
    form = the_form(
        p,
        mode="typed",
        run=0,
        signed_on=d("2026-11-14"),
        situation="employed",
        job="Aide-soignante",
        contract="CDI",
        key="f",
        date_hand=False,
    )
    pas = ids.passport(p, "P4829173B", d("2022-11-03"), d("2032-11-02"), style=0)
    ts = ids.residence_permit(
        p,
        "FR5520941",
        d("2026-06-20"),
        d("2030-06-19"),
        "pluri",
        "SALARIE",
        "Préfecture du Bas-Rhin",
    )
    bc = civil.birth_certificate(
        p,
        d("2026-05-11"),
        father="Ramon Santos Dela Cruz",
        mother="Teresita Gomez Reyes",
        reg_no="89-04417",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "PHL",
        "PH-DFA-2026-771204",
        d("2026-05-19"),
        "Rosalinda C. Mapa",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Pasay City",
        "Department of Foreign Affairs",
        "en",
    )
    apd = civil.apostille_doc(ap, "p06-ap", 0)
    bl = bills(
        "SFR",
        "Mme Maria Luisa DELA CRUZ",
        home_,
        months_back(d("2026-10-01")),
        "p06-sfr",
        1,
        service="mobile",
    )
    pay = money.payslip(
        EMP["ehpad"],
        "Mme Maria Luisa DELA CRUZ",
        home_,
        "Aide-soignante",
        d("2025-06-16"),
        d("2026-10-01"),
        2105.0,
        key="p06-pay",
        style=2,
        pas_rate=0.011,
    )
    rib = money.rib_doc(
        "MME DELA CRUZ MARIA LUISA", BANKS["lbp"], key="p06-rib", holder_addr=home_, style=3
    )
    files = [
        FileOut("form_page1.jpg", "phone_photo", [one(form, 0)]),
        FileOut("form_page2.jpg", "phone_photo", [one(form, 1)]),
        FileOut("passport_DELA_CRUZ.jpg", "phone_photo", [one(pas)], rot90=1),
        FileOut("titre_de_sejour_recto_verso.jpg", "scan", [two_cards_a4(ts, 0, ts, 1)], dpi=300),
        FileOut("PSA_birth_certificate.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("SFR_aout.pdf", "text_pdf", [one(bl[0])]),
        FileOut("SFR_septembre.pdf", "text_pdf", [one(bl[1])]),
        FileOut("SFR_octobre.jpg", "phone_photo", [one(bl[2])]),
        FileOut("payslip_october.jpg", "phone_photo", [one(pay)]),
        FileOut("RIB_banque_postale.pdf", "text_pdf", [one(rib)]),
    ]
    m = meta(as_of, p, True, requirements(True, False), None)
    return m, files


def p07():
    """Ukraine, CDD, Cyrillic certificate with apostille and sworn translation, lease in photos."""
    as_of = "2026-11-20"
    home_ = Address("11 rue Thiers", "38000", "Grenoble")
    native = {
        "surname": "КОВАЛЕНКО",
        "given": "ОЛЕНА",
        "patronymic": "ВІКТОРІВНА",
        "pob": "м. Полтава",
        "father": "Коваленко Віктор Іванович",
        "mother": "Коваленко Ірина Петрівна",
        "office": "Полтавський міський відділ ДРАЦС",
        "registrar": "Н. Шевчук",
    }
    p = Person(
        "p07",
        "KOVALENKO",
        "OLENA",
        "F",
        d("1995-11-30"),
        "Poltava",
        "UKR",
        address=home_,
        phone="07 45 12 88 90",
        email="olena.kovalenko@example.com",
        extra={
            "native": native,
            "translit_surname": "KOVALENKO",
            "translit_given": "Olena",
            "translit_patronymic": "Viktorivna",
        },
    )
    form = the_form(
        p,
        mode="hand",
        run=0,
        signed_on=d("2026-11-17"),
        situation="employed",
        job="Vendeuse",
        contract="CDD",
        key="f",
        hand_font="Hand3",
    )
    pas = ids.passport(p, "FX482913", d("2023-06-05"), d("2033-06-04"), style=2, date_style="dots")
    ts = ids.residence_permit(
        p,
        "FR6613028",
        d("2026-03-20"),
        d("2027-03-19"),
        "temp",
        "TRAVAILLEUR TEMPORAIRE",
        "Préfecture de l'Isère",
    )
    bc = civil.birth_certificate(
        p,
        d("2026-01-20"),
        father="Коваленко Віктор Іванович",
        mother="Коваленко Ірина Петрівна",
        reg_no="452",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "UKR",
        "2026/0117/12",
        d("2026-01-27"),
        "Н. Шевчук",
        "Начальник відділу ДРАЦС",
        "Полтавський міський відділ ДРАЦС",
        "Полтава",
        "Центральне міжрегіональне управління Мін'юсту",
        "uk",
    )
    apd = civil.apostille_doc(ap, "p07-ap", 1)
    tr = civil.translation_doc(
        p,
        "ukrainien",
        "Irina Morel",
        "Cour d'appel de Grenoble",
        d("2026-03-02"),
        "Viktor Ivanovytch KOVALENKO",
        "Iryna Petrivna KOVALENKO",
        "p07-tr",
        "452",
        "Certificat de naissance",
        "Service de l'état civil de Poltava",
        d("2026-01-20"),
    )
    lease = home.lease(
        ["Mme Olena KOVALENKO"],
        "Mme Brigitte ROUSSEL",
        "9 chemin des Sources, 38240 Meylan",
        home_,
        d("2026-03-01"),
        d("2026-02-22"),
        580.0,
        60.0,
        key="p07-lease",
        sign_city="Grenoble",
        style=0,
    )
    ct = money.employment_contract(
        EMP["lavande"],
        "Mme Olena KOVALENKO",
        p.dob,
        "Poltava (Ukraine)",
        "ukrainienne",
        home_,
        "CDD",
        "Vendeuse",
        d("2026-03-02"),
        d("2026-12-31"),
        1850.0,
        d("2026-02-25"),
        key="p07-ct",
        style=1,
    )
    rib = money.rib_doc(
        "MME KOVALENKO OLENA", BANKS["bp"], key="p07-rib", holder_addr=home_, style=0
    )
    files = [
        FileOut("formulaire_CPAM_1.jpg", "phone_photo", [one(form, 0)]),
        FileOut("formulaire_CPAM_2.jpg", "phone_photo", [one(form, 1)]),
        FileOut("passport.jpg", "scan", [one(pas)], dpi=300),
        FileOut("titre_sejour_recto.jpg", "phone_photo", [one(ts, 0)]),
        FileOut("titre_sejour_verso.jpg", "phone_photo", [one(ts, 1)], rot90=2),
        FileOut(
            "svidotstvo_apostil_traduction.pdf", "image_pdf", [one(bc), one(apd), one(tr)], dpi=200
        ),
        FileOut("bail_p1.jpg", "phone_photo", [one(lease, 0)]),
        FileOut("bail_p2.jpg", "phone_photo", [one(lease, 1)]),
        FileOut("bail_p3.jpg", "phone_photo", [one(lease, 2)]),
        FileOut("contrat.pdf", "text_pdf", [one(ct, 0), one(ct, 1)]),
        FileOut("rib_scan.pdf", "image_pdf", [one(rib)], dpi=200),
    ]
    m = meta(as_of, p, True, requirements(True, False), None)
    return m, files


def p08():
    """Morocco, not employed, three EDF bills in her name, apostille on its own scan."""
    as_of = "2026-11-20"
    home_ = Address("27 boulevard de la Liberté", "59000", "Lille")
    p = Person(
        "p08",
        "EL AMRANI",
        "YASMINE",
        "F",
        d("1993-04-09"),
        "Fès",
        "MAR",
        address=home_,
        phone="06 20 47 71 15",
        email="y.elamrani@example.com",
    )
    form = the_form(
        p,
        mode="typed",
        run=2,
        signed_on=d("2026-11-13"),
        situation="inactive",
        key="f",
        caps=False,
        surname="EL AMRANI",
        given="Yasmine",
    )
    pas = ids.passport(p, "UZ4829173", d("2021-12-01"), d("2026-12-20"), style=1)
    ts = ids.residence_permit(
        p,
        "FR7730516",
        d("2026-01-15"),
        d("2027-01-14"),
        "temp",
        "VIE PRIVEE ET FAMILIALE",
        "Préfecture du Nord",
    )
    bc = civil.birth_certificate(
        p, d("2026-02-16"), father="Mohammed El Amrani", mother="Khadija Bennis", reg_no="1187"
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "MAR",
        "F-2026/00841",
        d("2026-02-23"),
        "M. Benali",
        "Officier de l'état civil",
        "Bureau d'état civil de Fès",
        "Fès",
        "Procureur du Roi près le Tribunal de première instance de Fès",
        "fr",
    )
    apd = civil.apostille_doc(ap, "p08-ap", 2)
    bl = bills("EDF", "Mme Yasmine EL AMRANI", home_, months_back(d("2026-10-01")), "p08-edf", 0)
    rib = money.rib_doc(
        "MLLE EL AMRANI YASMINE", BANKS["ce"], key="p08-rib", holder_addr=home_, style=0
    )
    files = [
        FileOut(
            "formulaire_demande.pdf", "image_pdf", [one(form, 0), one(form, 1)], dpi=200, grey=True
        ),
        FileOut("passeport.jpg", "phone_photo", [one(pas)]),
        FileOut("titre_de_sejour.pdf", "image_pdf", [two_cards_a4(ts, 0, ts, 1)], dpi=300),
        FileOut("extrait_acte_naissance.jpg", "scan", [one(bc)], dpi=200),
        FileOut("apostille.jpg", "scan", [one(apd)], dpi=200),
        FileOut("facture_edf_08.pdf", "text_pdf", [one(bl[0])]),
        FileOut("facture_edf_09.pdf", "text_pdf", [one(bl[1])]),
        FileOut("facture_edf_10.pdf", "text_pdf", [one(bl[2])]),
        FileOut("RIB.pdf", "text_pdf", [one(rib)]),
    ]
    pas.notes = "expires 2026-12-20: one month after the audit date, still valid"
    return meta(as_of, p, False, requirements(False, False), None), files


def p09():
    """Georgia, CDI, hosted by her partner (attestation, his CNI, his three Free bills)."""
    as_of = "2026-11-20"
    home_ = Address("4 rue de Brest", "35000", "Rennes")
    p = Person(
        "p09",
        "BERIDZE",
        "NINO",
        "F",
        d("1996-05-21"),
        "Kutaisi",
        "GEO",
        address=home_,
        phone="07 12 65 39 80",
        email="nino.beridze@example.com",
        extra={
            "native": {
                "surname": "ბერიძე",
                "given": "ნინო",
                "patronymic": "გიორგის ასული",
                "pob": "ქ. ქუთაისი",
                "father": "გიორგი ბერიძე",
                "mother": "მანანა ბერიძე",
                "office": "PUBLIC SERVICE HALL KUTAISI",
                "registrar": "T. Kapanadze",
            }
        },
    )
    host = Person(
        "p09h", "GUÉRIN", "THOMAS PAUL", "M", d("1993-02-11"), "Vannes", "FRA", address=home_
    )
    form = the_form(
        p,
        mode="acro",
        run=0,
        signed_on=d("2026-11-05"),
        situation="employed",
        job="Graphiste",
        contract="CDI",
        key="f",
        caps=False,
        given="Nino",
        surname="BERIDZE",
    )
    pas = ids.passport(p, "15AC29381", d("2024-04-19"), d("2034-04-18"), style=0)
    vis = ids.visa(
        p,
        "15AC29381",
        "401928374",
        d("2026-01-02"),
        d("2027-01-01"),
        "D",
        ["VLS-TS SALARIE", "CESEDA R431-16"],
        "Tbilissi",
        d("2025-12-10"),
        category="SALARIE",
        vls_ts=True,
        days=365,
    )
    bc = civil.birth_certificate(
        p, d("2025-11-14"), father="გიორგი ბერიძე", mother="მანანა ბერიძე", reg_no="0457/1996"
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "GEO",
        "AP-2025-884120",
        d("2025-11-18"),
        "T. Kapanadze",
        "Registrar",
        "Public Service Development Agency",
        "Tbilisi",
        "Ministry of Justice of Georgia",
        "ka",
    )
    apd = civil.apostille_doc(ap, "p09-ap", 1)
    att = home.hosting_attestation(
        "Thomas GUÉRIN",
        host.dob,
        "Vannes (56)",
        "Nino BERIDZE",
        p.dob,
        "Kutaisi (Géorgie)",
        home_,
        d("2026-01-10"),
        d("2026-11-02"),
        "Rennes",
        key="p09-att",
        handwritten=False,
        style=0,
    )
    cni = ids.national_id(host, "T2M8RQ7L3", d("2023-03-30"), d("2033-03-29"))
    bl = bills(
        "Free",
        "M. Thomas GUERIN",
        home_,
        months_back(d("2026-10-01")),
        "p09-free",
        1,
        service="internet",
        amounts=[29.99, 29.99, 29.99],
    )
    pay = money.payslip(
        EMP["pixelune"],
        "Mme Nino BERIDZE",
        home_,
        "Graphiste",
        d("2026-01-05"),
        d("2026-10-01"),
        2300.0,
        key="p09-pay",
        style=0,
        pas_rate=0.009,
    )
    rib = money.rib_doc(
        "Mme Nino BERIDZE", BANKS["bourso"], key="p09-rib", holder_addr=home_, style=4
    )
    files = [
        FileOut("S1106_rempli.pdf", "text_pdf", [one(form, 0), one(form, 1)]),
        FileOut("passport_photo.jpg", "phone_photo", [one(pas)]),
        FileOut("visa_photo.jpg", "phone_photo", [one(vis)]),
        FileOut("birth_certificate_apostille.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("attestation_Thomas.jpg", "scan", [one(att)], dpi=200),
        FileOut(
            "CNI_Thomas.jpg", "scan", [two_cards_a4(cni, 0, cni, 1)], dpi=300, grey=True, copy=True
        ),
        FileOut("factures_free_Thomas.pdf", "image_pdf", [one(b) for b in bl], dpi=200),
        FileOut("bulletin_paie.pdf", "text_pdf", [one(pay)]),
        FileOut("RIB_BoursoBank.pdf", "text_pdf", [one(rib)]),
    ]
    m = meta(as_of, p, True, requirements(True, False), None)
    return m, files


def p10():
    """Portugal (EU), CDI, three Bouygues bills, form pages scanned in reverse order."""
    as_of = "2026-12-04"
    home_ = Address("19 cours de la Marne", "33800", "Bordeaux")
    p = Person(
        "p10",
        "FERREIRA DA SILVA",
        "JOÃO PEDRO",
        "M",
        d("1990-10-12"),
        "Braga",
        "PRT",
        address=home_,
        phone="06 38 27 55 41",
        email="jp.ferreira@example.com",
    )
    form = the_form(
        p,
        mode="hand",
        run=1,
        signed_on=d("2026-11-30"),
        situation="employed",
        job="Chauffeur poids lourd",
        contract="CDI",
        key="f",
        hand_font="Hand2",
    )
    cc = ids.national_id(p, "155482917ZX4", d("2022-02-14"), d("2032-02-14"))
    bc = civil.birth_certificate(
        p,
        d("2026-06-02"),
        father="Manuel Ferreira da Silva",
        mother="Rosa Maria Costa",
        reg_no="2311",
    )
    bl = bills(
        "Bouygues Telecom",
        "M. Joao Pedro FERREIRA DA SILVA",
        home_,
        months_back(d("2026-11-01")),
        "p10-bt",
        1,
        service="internet",
        issue_day=1,
    )
    pay = money.payslip(
        EMP["garnier"],
        "M. FERREIRA DA SILVA João Pedro",
        home_,
        "Conducteur routier PL",
        d("2024-09-02"),
        d("2026-11-01"),
        2390.0,
        key="p10-pay",
        style=1,
        pas_rate=0.032,
        coef="150M",
    )
    rib = money.rib_screen_doc(
        "JOAO PEDRO FERREIRA DA SILVA", BANKS["revolut_fr"], "Revolut", key="p10-rib", dark=True
    )
    files = [
        FileOut("scan_formulaire.pdf", "image_pdf", [one(form, 1), one(form, 0)], dpi=200),
        FileOut("cartao_cidadao.jpg", "scan", [two_cards_a4(cc, 0, cc, 1)], dpi=300),
        FileOut("certidao_nascimento.jpg", "phone_photo", [one(bc)]),
        FileOut("bbox_septembre.pdf", "text_pdf", [one(bl[0])]),
        FileOut("bbox_octobre.pdf", "text_pdf", [one(bl[1])]),
        FileOut("bbox_novembre.pdf", "text_pdf", [one(bl[2])]),
        FileOut("bulletin_novembre.pdf", "text_pdf", [one(pay)]),
        FileOut("Screenshot_revolut.png", "screenshot", [one(rib)]),
    ]
    m = meta(as_of, p, True, requirements(True, True), None)
    return m, files


# ---------------------------------------------------------------- one defect each
def p11():
    """Mexico: titre de séjour expired two months before the audit date."""
    as_of = "2026-11-20"
    home_ = Address("56 rue de Charonne", "75011", "Paris")
    p = Person(
        "p11",
        "HERNÁNDEZ LÓPEZ",
        "LUIS FERNANDO",
        "M",
        d("1987-02-17"),
        "Puebla",
        "MEX",
        address=home_,
        phone="06 90 41 22 17",
        email="lf.hernandez@example.com",
        extra={"region": "Puebla", "curp": "HELL870217HPLRPS09"},
    )
    form = the_form(
        p,
        mode="hand",
        run=2,
        signed_on=d("2026-11-18"),
        situation="employed",
        job="Cuisinier",
        contract="CDI",
        key="f",
    )
    pas = ids.passport(p, "G48291735", d("2022-05-09"), d("2032-05-08"), style=1)
    ts = ids.residence_permit(
        p,
        "FR3381906",
        d("2025-09-20"),
        d("2026-09-19"),
        "temp",
        "SALARIE",
        "Préfecture de Police de Paris",
    )
    bc = civil.birth_certificate(
        p,
        d("2025-12-01"),
        father="Fernando Hernández Ruiz",
        mother="Guadalupe López Santos",
        reg_no="00412",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "MEX",
        "PUE-2025-40918",
        d("2025-12-09"),
        "Lic. Ernesto Vázquez Ruiz",
        "Juez del Registro Civil",
        "Registro Civil del Estado de Puebla",
        "Puebla, Pue.",
        "Secretaría de Gobernación del Estado de Puebla",
        "es",
    )
    apd = civil.apostille_doc(ap, "p11-ap", 0)
    lease = home.lease(
        ["M. Luis Fernando HERNANDEZ LOPEZ"],
        "Mme Jacqueline VIDAL",
        "3 rue Oberkampf, 75011 Paris",
        home_,
        d("2023-05-01"),
        d("2023-04-20"),
        890.0,
        70.0,
        key="p11-lease",
        sign_city="Paris",
        style=1,
        surface=31,
    )
    pay = money.payslip(
        EMP["zinc"],
        "M. Luis Fernando HERNANDEZ LOPEZ",
        home_,
        "Cuisinier",
        d("2023-04-10"),
        d("2026-10-01"),
        2210.0,
        key="p11-pay",
        style=2,
        pas_rate=0.0,
    )
    rib = money.rib_doc("M HERNANDEZ LOPEZ LUIS FERNANDO", BANKS["sg"], key="p11-rib", style=1)
    files = [
        FileOut("formulaire.pdf", "image_pdf", [one(form, 0), one(form, 1)], dpi=220),
        FileOut(
            "pasaporte_y_titre.pdf", "image_pdf", [one(pas), two_cards_a4(ts, 0, ts, 1)], dpi=280
        ),
        FileOut("acta_nacimiento_apostilla.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("bail_location.pdf", "text_pdf", [one(lease, k) for k in range(3)]),
        FileOut("bulletin_salaire.jpg", "phone_photo", [one(pay)]),
        FileOut("RIB.pdf", "text_pdf", [one(rib)]),
    ]
    reqs = requirements(True, False, residence_status="invalid")
    return meta(
        as_of, p, True, reqs, "titre de séjour expired on 2026-09-19, before the audit date"
    ), files


def p12():
    """USA (Texas): birth certificate from a Hague country without any apostille."""
    as_of = "2026-11-20"
    home_ = Address("12 rue de la Liberté", "21000", "Dijon")
    p = Person(
        "p12",
        "MILLER",
        "DANIEL JAMES",
        "M",
        d("1979-06-30"),
        "Austin",
        "USA",
        address=home_,
        phone="07 03 56 18 44",
        email="dan.miller@example.com",
        extra={
            "state": "TEXAS",
            "county": "TRAVIS",
            "dept": "DEPARTMENT OF STATE HEALTH SERVICES — VITAL STATISTICS SECTION",
            "dept_name": "Texas Department of State Health Services, Vital Statistics Section",
            "mother_bp": "TEXAS",
        },
    )
    form = the_form(
        p, mode="typed", run=0, signed_on=d("2026-11-15"), situation="inactive", key="f"
    )
    pas = ids.passport(p, "641902837", d("2019-02-11"), d("2029-02-10"), style=2)
    vis = ids.visa(
        p,
        "641902837",
        "109384756",
        d("2026-05-01"),
        d("2027-04-30"),
        "D",
        ["VLS-TS VISITEUR", "ACTIVITE PROFESSIONNELLE INTERDITE"],
        "Houston",
        d("2026-04-08"),
        category="VISITEUR",
        vls_ts=True,
        days=365,
    )
    bc = civil.birth_certificate(
        p,
        d("2026-02-02"),
        father="Robert Allen Miller",
        mother="Susan Kay Bennett",
        reg_no="1979/074211",
    )
    bl = bills(
        "TotalEnergies",
        "M. Daniel MILLER",
        home_,
        months_back(d("2026-10-01")),
        "p12-te",
        2,
        service="energy",
    )
    rib = money.rib_doc(
        "M DANIEL JAMES MILLER", BANKS["cic"], key="p12-rib", holder_addr=home_, style=2
    )
    files = [
        FileOut("S1106.pdf", "image_pdf", [one(form, 0), one(form, 1)], dpi=200),
        FileOut("passport.jpg", "scan", [two_cards_a4(pas, 0, vis, 0)], dpi=260),
        FileOut("birth_certificate_texas.jpg", "phone_photo", [one(bc)]),
        FileOut("totalenergies_aug.pdf", "text_pdf", [one(bl[0])]),
        FileOut("totalenergies_sep.pdf", "text_pdf", [one(bl[1])]),
        FileOut("totalenergies_oct.pdf", "text_pdf", [one(bl[2])]),
        FileOut("RIB_CIC.pdf", "text_pdf", [one(rib)]),
    ]
    reqs = requirements(False, False, birth_certificate="invalid")
    return meta(
        as_of,
        p,
        False,
        reqs,
        "birth certificate issued in the USA (Hague Convention member) carries no apostille",
    ), files


def p13():
    """Peru: three bills, but July, August and October (September missing)."""
    as_of = "2026-11-20"
    home_ = Address("7 rue Kervégan", "44000", "Nantes")
    p = Person(
        "p13",
        "QUISPE MAMANI",
        "ROSA ELENA",
        "F",
        d("1991-03-08"),
        "Cusco",
        "PER",
        address=home_,
        phone="06 47 30 92 61",
        email="rosa.quispe@example.com",
        extra={"region": "Cusco"},
    )
    form = the_form(
        p,
        mode="hand",
        run=1,
        signed_on=d("2026-11-12"),
        situation="employed",
        job="Vendeuse en boulangerie",
        contract="CDD",
        key="f",
        hand_font="Hand3",
    )
    pas = ids.passport(p, "121482913", d("2023-10-02"), d("2028-10-01"), style=0)
    vis = ids.visa(
        p,
        "121482913",
        "502918364",
        d("2026-03-25"),
        d("2027-03-24"),
        "D",
        ["VLS-TS TRAVAILLEUR TEMPORAIRE", "CESEDA R431-16"],
        "Lima",
        d("2026-03-05"),
        category="TRAVAILLEUR TEMPORAIRE",
        vls_ts=True,
        days=365,
    )
    bc = civil.birth_certificate(
        p,
        d("2026-01-12"),
        father="Julián Quispe Huamán",
        mother="Elena Mamani Condori",
        reg_no="20481177",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "PER",
        "2026-0019384",
        d("2026-01-19"),
        "Luz Marina Ortega",
        "Registradora Civil",
        "RENIEC",
        "Lima",
        "Ministerio de Relaciones Exteriores",
        "es",
    )
    apd = civil.apostille_doc(ap, "p13-ap", 1)
    months = [d("2026-07-01"), d("2026-08-01"), d("2026-10-01")]
    bl = bills("SFR", "Mme Rosa Elena QUISPE MAMANI", home_, months, "p13-sfr", 1, service="mobile")
    ct = money.employment_contract(
        EMP["marchand"],
        "Mme Rosa Elena QUISPE MAMANI",
        p.dob,
        "Cusco (Pérou)",
        "péruvienne",
        home_,
        "CDD",
        "Vendeuse en boulangerie",
        d("2026-04-01"),
        d("2027-03-31"),
        1820.0,
        d("2026-03-26"),
        key="p13-ct",
        style=2,
    )
    rib = money.rib_doc("MME QUISPE MAMANI ROSA ELENA", BANKS["cic"], key="p13-rib", style=0)
    files = [
        FileOut("formulaire_p1.jpg", "scan", [one(form, 0)], dpi=200),
        FileOut("formulaire_p2.jpg", "scan", [one(form, 1)], dpi=200),
        FileOut("pasaporte.jpg", "phone_photo", [one(pas)]),
        FileOut("visa.jpg", "phone_photo", [one(vis)]),
        FileOut("partida_nacimiento.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("factures_SFR.pdf", "text_pdf", [one(b) for b in bl]),
        FileOut("contrat_de_travail.pdf", "image_pdf", [one(ct, 0), one(ct, 1)], dpi=200),
        FileOut("rib.pdf", "text_pdf", [one(rib)]),
    ]
    reqs = requirements(True, False, residence_proof="invalid")
    return meta(
        as_of,
        p,
        True,
        reqs,
        "bills cover July, August and October 2026: September is "
        "missing, the three months are not consecutive",
    ), files


def p14():
    """Canada (Québec): RIB whose IBAN check digits are wrong."""
    as_of = "2026-11-20"
    home_ = Address("40 rue du Faubourg Bonnefoy", "31500", "Toulouse")
    p = Person(
        "p14",
        "TREMBLAY",
        "CHLOÉ",
        "F",
        d("1998-09-27"),
        "Sherbrooke",
        "CAN",
        address=home_,
        phone="07 29 81 40 66",
        email="chloe.tremblay@example.com",
    )
    form = the_form(
        p,
        mode="acro",
        run=1,
        signed_on=d("2026-11-16"),
        situation="inactive",
        key="f",
        caps=False,
        given="Chloé",
        surname="Tremblay",
    )
    pas = ids.passport(p, "AB482913", d("2024-07-15"), d("2034-07-15"), style=1)
    vis = ids.visa(
        p,
        "AB482913",
        "602938471",
        d("2026-03-15"),
        d("2027-03-14"),
        "D",
        ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        "Montréal",
        d("2026-02-20"),
        category="VIE PRIVEE ET FAMILIALE",
        vls_ts=True,
        days=365,
        viz_surname="TREMBLAY",
    )
    bc = civil.birth_certificate(
        p,
        d("2026-01-09"),
        father="Marc-André Tremblay",
        mother="Julie Gagnon",
        reg_no="1998-08-214773",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "CAN",
        "QC-2026-001847",
        d("2026-01-21"),
        "M.-J. Gagnon",
        "Directeur de l'état civil",
        "Directeur de l'état civil du Québec",
        "Québec",
        "Ministère de la Justice du Québec",
        "fr",
    )
    apd = civil.apostille_doc(ap, "p14-ap", 2)
    bl = bills(
        "Free",
        "Mme Chloé TREMBLAY",
        home_,
        months_back(d("2026-10-01")),
        "p14-free",
        0,
        service="internet",
        amounts=[29.99, 29.99, 34.99],
    )
    rib = money.rib_doc(
        "MME CHLOE TREMBLAY",
        BANKS["lcl"],
        key="p14-rib",
        holder_addr=home_,
        style=1,
        iban_break=True,
    )
    files = [
        FileOut("formulaire_S1106.pdf", "text_pdf", [one(form, 0), one(form, 1)]),
        FileOut("passeport.jpg", "phone_photo", [one(pas)]),
        FileOut("visa.jpg", "scan", [one(vis)], dpi=300),
        FileOut("acte_naissance_et_apostille.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("free_aout.pdf", "text_pdf", [one(bl[0])]),
        FileOut("free_sept.pdf", "text_pdf", [one(bl[1])]),
        FileOut("free_oct.pdf", "text_pdf", [one(bl[2])]),
        FileOut("RIB_LCL.pdf", "text_pdf", [one(rib)]),
    ]
    reqs = requirements(False, False, bank_details="invalid")
    return meta(
        as_of, p, False, reqs, "IBAN on the RIB has wrong check digits (mod 97 fails)"
    ), files


def p15():
    """Kazakhstan: application form not signed (signature box empty)."""
    as_of = "2026-11-20"
    home_ = Address("15 rue du Pont", "63000", "Clermont-Ferrand", "Résidence Jaude, ch. 214")
    native = {
        "surname": "ЖАКСЫБЕКОВА",
        "given": "АЙГЕРИМ",
        "patronymic": "НУРЛАНҚЫЗЫ",
        "pob": "Алматы қ.",
        "father": "Жаксыбеков Нурлан Серикович",
        "mother": "Жаксыбекова Гульнара Ахметовна",
        "office": "Алматы қаласының АХАТ бөлімі",
        "registrar": "А. Сарсенова",
    }
    p = Person(
        "p15",
        "ZHAKSYBEKOVA",
        "AIGERIM",
        "F",
        d("1999-12-11"),
        "Almaty",
        "KAZ",
        address=home_,
        phone="07 77 15 20 93",
        email="aigerim.zh@example.com",
        extra={
            "native": native,
            "translit_surname": "JAKSYBEKOVA",
            "translit_given": "Aiguerim",
            "translit_patronymic": "Nourlankyzy",
        },
    )
    form = the_form(
        p,
        mode="typed",
        run=1,
        signed_on=d("2026-11-10"),
        situation="student",
        key="f",
        signed=False,
        date_hand=False,
    )
    pas = ids.passport(p, "N14829173", d("2021-09-01"), d("2031-08-31"), style=0)
    vis = ids.visa(
        p,
        "N14829173",
        "702836194",
        d("2026-01-20"),
        d("2027-01-19"),
        "D",
        ["VLS-TS ETUDIANT", "CESEDA R431-16 4°"],
        "Almaty",
        d("2025-12-22"),
        category="ETUDIANT",
        vls_ts=True,
        days=365,
    )
    bc = civil.birth_certificate(
        p,
        d("2025-10-06"),
        father="Жаксыбеков Нурлан Серикович",
        mother="Жаксыбекова Гульнара Ахметовна",
        reg_no="2841",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "KAZ",
        "KZ-2025-118374",
        d("2025-10-14"),
        "А. Сарсенова",
        "АХАТ бөлімінің басшысы",
        "Алматы қаласының АХАТ бөлімі",
        "Almaty",
        "Ministry of Justice of the Republic of Kazakhstan",
        "kk",
    )
    apd = civil.apostille_doc(ap, "p15-ap", 0)
    tr = civil.translation_doc(
        p,
        "kazakh et russe",
        "Sergueï Petrov",
        "Cour d'appel de Riom",
        d("2026-02-10"),
        "Nourlan Serikovitch JAKSYBEKOV",
        "Goulnara Akhmetovna JAKSYBEKOVA",
        "p15-tr",
        "2841",
        "Certificat de naissance",
        "Service de l'état civil d'Almaty",
        d("2025-10-06"),
    )
    lease = home.lease(
        ["Mme Aigerim ZHAKSYBEKOVA"],
        "Résidence Jaude Étudiants SAS",
        "Service location, 2 place de Jaude, 63000 Clermont-Ferrand",
        home_,
        d("2026-02-01"),
        d("2026-01-25"),
        420.0,
        30.0,
        key="p15-lease",
        furnished=True,
        sign_city="Clermont-Ferrand",
        style=2,
        surface=18,
        rooms=1,
    )
    rib = money.rib_doc("MLLE AIGERIM ZHAKSYBEKOVA", BANKS["bnp"], key="p15-rib", style=3)
    files = [
        FileOut("formulaire.pdf", "image_pdf", [one(form, 0), one(form, 1)], dpi=200),
        FileOut("passport.jpg", "phone_photo", [one(pas)]),
        FileOut("visa.jpg", "phone_photo", [one(vis)], rot90=1),
        FileOut("svidetelstvo.pdf", "image_pdf", [one(bc), one(apd), one(tr)], dpi=200),
        FileOut("bail_residence.pdf", "text_pdf", [one(lease, k) for k in range(3)]),
        FileOut("RIB.pdf", "text_pdf", [one(rib)]),
    ]
    reqs = requirements(False, False, application_form="invalid")
    return meta(
        as_of, p, False, reqs, "application form is not signed (empty signature box)"
    ), files


def p16():
    """South Africa: attestation d'hébergement and host's bills, but no copy of the host's ID."""
    as_of = "2026-11-20"
    home_ = Address("6 rue Sainte-Anne", "35000", "Rennes")
    p = Person(
        "p16",
        "NKOSI",
        "THANDIWE GRACE",
        "F",
        d("1990-07-07"),
        "Durban",
        "ZAF",
        address=home_,
        phone="06 81 02 73 35",
        email="thandi.nkosi@example.com",
    )
    form = the_form(
        p,
        mode="hand",
        run=0,
        signed_on=d("2026-11-11"),
        situation="inactive",
        key="f",
        hand_font="Hand2",
    )
    pas = ids.passport(p, "A04829173", d("2022-01-20"), d("2032-01-19"), style=1)
    vis = ids.visa(
        p,
        "A04829173",
        "801927364",
        d("2026-03-01"),
        d("2027-02-28"),
        "D",
        ["VLS-TS VISITEUR"],
        "Johannesburg",
        d("2026-02-05"),
        category="VISITEUR",
        vls_ts=True,
        days=365,
    )
    bc = civil.birth_certificate(
        p, d("2026-01-26"), father="Sipho Nkosi", mother="Zanele Dlamini", reg_no="B-1990-77120"
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "ZAF",
        "DIRCO-2026-02918",
        d("2026-02-02"),
        "R. Naidoo",
        "Registrar",
        "Department of Home Affairs",
        "Pretoria",
        "Department of International Relations and Cooperation",
        "en",
    )
    apd = civil.apostille_doc(ap, "p16-ap", 1)
    att = home.hosting_attestation(
        "Sophie MARTIN",
        d("1988-12-02"),
        "Brest (29)",
        "Thandiwe Grace NKOSI",
        p.dob,
        "Durban (Afrique du Sud)",
        home_,
        d("2026-03-05"),
        d("2026-11-08"),
        "Rennes",
        key="p16-att",
        handwritten=True,
        style=1,
    )
    bl = bills(
        "ENGIE",
        "Mme Sophie MARTIN",
        home_,
        months_back(d("2026-10-01")),
        "p16-engie",
        0,
        service="gas",
    )
    rib = money.rib_doc("MME THANDIWE NKOSI", BANKS["ca"], key="p16-rib", style=0)
    files = [
        FileOut("formulaire1.jpg", "phone_photo", [one(form, 0)]),
        FileOut("formulaire2.jpg", "phone_photo", [one(form, 1)]),
        FileOut("passport_and_visa.pdf", "image_pdf", [one(pas), one(vis)], dpi=280),
        FileOut("unabridged_birth_certificate.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("attestation_hebergement.jpg", "phone_photo", [one(att)]),
        FileOut("engie_sophie.pdf", "text_pdf", [one(b) for b in bl]),
        FileOut("rib.jpg", "phone_photo", [one(rib)]),
    ]
    reqs = requirements(False, False, residence_proof="invalid")
    return meta(
        as_of,
        p,
        False,
        reqs,
        "attestation d'hébergement and host's bills present but no "
        "copy of the host's identity document",
    ), files


def p17():
    """Turkey: the payslip sent is a colleague's, not the applicant's."""
    as_of = "2026-11-20"
    home_ = Address("22 rue Pasteur", "69007", "Lyon")
    p = Person(
        "p17",
        "YILDIZ",
        "MEHMET ALİ",
        "M",
        d("1986-01-25"),
        "İzmir",
        "TUR",
        address=home_,
        phone="06 55 72 19 08",
        email="mehmetali.yildiz@example.com",
        extra={
            "native": {
                "surname": "YILDIZ",
                "given": "MEHMET ALİ",
                "pob": "KONAK / İZMİR",
                "father": "Hasan",
                "mother": "Ayşe",
                "office": "Konak İlçe Nüfus Müdürlüğü",
                "registrar": "F. Demir",
            }
        },
    )
    form = the_form(
        p,
        mode="typed",
        run=2,
        signed_on=d("2026-11-17"),
        situation="employed",
        job="Menuisier",
        contract="CDI",
        key="f",
        given="MEHMET ALI",
    )
    pas = ids.passport(
        p, "U48291735", d("2023-03-14"), d("2033-03-13"), style=2, viz_given="MEHMET ALİ"
    )
    ts = ids.residence_permit(
        p, "FR9914627", d("2025-03-20"), d("2029-03-19"), "pluri", "SALARIE", "Préfecture du Rhône"
    )
    bc = civil.birth_certificate(
        p, d("2025-12-15"), father="Hasan", mother="Ayşe", reg_no="35-1986-4471"
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "TUR",
        "2025/35-118",
        d("2025-12-18"),
        "F. Demir",
        "Nüfus Müdürü",
        "Konak İlçe Nüfus Müdürlüğü",
        "İzmir",
        "İzmir Valiliği",
        "tr",
    )
    apd = civil.apostille_doc(ap, "p17-ap", 2)
    bl = bills(
        "TotalEnergies",
        "M. Mehmet Ali YILDIZ",
        home_,
        months_back(d("2026-10-01")),
        "p17-te",
        0,
        service="electricity",
    )
    other = Address("9 rue de Marseille", "69007", "Lyon")
    pay = money.payslip(
        EMP["verdier"],
        "M. Kemal ARSLAN",
        other,
        "Menuisier d'agencement",
        d("2019-06-03"),
        d("2026-10-01"),
        2380.0,
        key="p17-pay",
        style=0,
        pas_rate=0.02,
    )
    rib = money.rib_doc(
        "M YILDIZ MEHMET ALI", BANKS["bnp"], key="p17-rib", holder_addr=home_, style=2
    )
    files = [
        FileOut("basvuru_formu.pdf", "image_pdf", [one(form, 0), one(form, 1)], dpi=200),
        FileOut("pasaport.jpg", "phone_photo", [one(pas)]),
        FileOut("titre_de_sejour_recto.jpg", "scan", [one(ts, 0)], dpi=300),
        FileOut("titre_de_sejour_verso.jpg", "scan", [one(ts, 1)], dpi=300),
        FileOut("dogum_belgesi_apostil.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("factures_totalenergies.pdf", "image_pdf", [one(b) for b in bl], dpi=200),
        FileOut("fiche_de_paie.pdf", "text_pdf", [one(pay)]),
        FileOut("RIB_BNP.pdf", "text_pdf", [one(rib)]),
    ]
    reqs = requirements(True, False, employment="invalid")
    return meta(
        as_of,
        p,
        True,
        reqs,
        "payslip belongs to another employee (Kemal ARSLAN)",
        pass_giv="MEHMET ALİ",
    ), files


def p18():
    """Chile: the lease names only her flatmate, not the applicant."""
    as_of = "2026-11-20"
    home_ = Address("18 rue Consolat", "13001", "Marseille")
    p = Person(
        "p18",
        "MUÑOZ SOTO",
        "CATALINA ANDREA",
        "F",
        d("1995-05-14"),
        "Valparaíso",
        "CHL",
        address=home_,
        phone="07 63 48 02 27",
        email="catalina.munoz@example.com",
        extra={"region": "Región de Valparaíso"},
    )
    form = the_form(
        p,
        mode="hand",
        run=2,
        signed_on=d("2026-11-19"),
        situation="employed",
        job="Architecte assistante",
        contract="CDI",
        key="f",
        surname="MUNOZ SOTO",
    )
    pas = ids.passport(p, "F48291735", d("2021-04-06"), d("2031-04-05"), style=0)
    ts = ids.residence_permit(
        p,
        "FR2208459",
        d("2026-09-28"),
        d("2027-09-27"),
        "temp",
        "SALARIE",
        "Préfecture des Bouches-du-Rhône",
    )
    bc = civil.birth_certificate(
        p,
        d("2025-08-04"),
        father="Rodrigo Muñoz Vera",
        mother="Carolina Soto Fuentes",
        reg_no="1448",
    )
    bc.fields["has_apostille"] = True
    ap = civil.apostille_info(
        "CHL",
        "CL-2025-5529184",
        d("2025-08-04"),
        "Luz Marina Ortega",
        "Oficial Civil",
        "Servicio de Registro Civil e Identificación",
        "Santiago",
        "Servicio de Registro Civil e Identificación",
        "es",
    )
    apd = civil.apostille_doc(ap, "p18-ap", 1, qr_url="https://apostilla.example.cl/v/5529184")
    lease = home.lease(
        ["M. Baptiste ROUX-DELMAS"],
        "M. Gilles ARNAUD",
        "40 boulevard Longchamp, 13001 Marseille",
        home_,
        d("2025-10-01"),
        d("2025-09-22"),
        820.0,
        75.0,
        key="p18-lease",
        sign_city="Marseille",
        style=0,
        surface=52,
        rooms=3,
    )
    pay = money.payslip(
        EMP["roux"],
        "Mme Catalina Andrea MUÑOZ SOTO",
        home_,
        "Architecte assistante",
        d("2025-10-01"),
        d("2026-10-01"),
        2550.0,
        key="p18-pay",
        style=1,
        pas_rate=0.015,
        status="Cadre",
        coef="Niv. III",
    )
    rib = money.rib_doc("MME MUNOZ SOTO CATALINA", BANKS["bp"], key="p18-rib", style=2)
    files = [
        FileOut("formulaire_1.jpg", "phone_photo", [one(form, 0)], rot90=1),
        FileOut("formulaire_2.jpg", "phone_photo", [one(form, 1)], rot90=1),
        FileOut("pasaporte.pdf", "image_pdf", [one(pas)], dpi=300),
        FileOut(
            "titre_sejour.jpg",
            "phone_photo",
            [
                Sheet(
                    [Place(ts, 0, 5 * mm, 5 * mm), Place(ts, 1, 97 * mm, 5 * mm)],
                    size=(188 * mm, 64 * mm),
                )
            ],
            opts={"dpi": 420},
        ),
        FileOut("certificado_nacimiento.pdf", "image_pdf", [one(bc), one(apd)], dpi=200),
        FileOut("bail_colocation.pdf", "text_pdf", [one(lease, k) for k in range(3)]),
        FileOut("bulletin_oct.pdf", "text_pdf", [one(pay)]),
        FileOut("RIB.pdf", "text_pdf", [one(rib)]),
    ]
    reqs = requirements(True, False, residence_proof="invalid")
    return meta(
        as_of,
        p,
        True,
        reqs,
        "lease names only the flatmate (Baptiste ROUX-DELMAS), not the applicant",
    ), files


PACKETS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18]
