"""Single documents, one folder each, covering the 15 document types, several issuers and all looks."""

from __future__ import annotations

from . import docs as D
from . import identity as I
from . import misc, money
from . import util as u
from .build import Folder
from .people import form_from, monthly_bills

SET = "set_c"
AS_OF = "2026-11-30"


def _F(name):
    F = Folder(name, "document")
    F.meta = {"as_of": AS_OF}
    return F, u.rng_for(SET, name)


def _pp(surname, given, sex, dob, nat, number, issue, expiry, authority, pob_text, **kw):
    p = dict(
        surname=surname,
        given=given,
        sex=sex,
        dob=dob,
        nat=nat,
        pob_city=pob_text,
        passport=dict(
            issuing=nat,
            number=number,
            issue=issue,
            expiry=expiry,
            authority=authority,
            pob_text=pob_text,
        ),
    )
    p["passport"].update(kw)
    return p


# ------------------------------------------------------------------ passports


def s01():
    F, r = _F("s01_passport_ukr_scan")
    p = _pp(
        "BONDARENKO",
        "DMYTRO",
        "M",
        "1979-02-14",
        "UKR",
        "GC419372",
        "2018-11-20",
        "2028-11-20",
        "8031",
        "UKR",
    )
    d = D.passport(F, p, r)
    F.file("passport Dmytro.jpg", "scan", [(D.passport_sheet(p, r), d)], dpi=200)
    return F


def s02():
    F, r = _F("s02_passport_ind_photo")
    p = _pp(
        "NAIR",
        "PRIYA LAKSHMI",
        "F",
        "1994-12-01",
        "IND",
        "V7720415",
        "2021-03-09",
        "2031-03-08",
        "RPO COCHIN",
        "KOCHI, KERALA",
    )
    d = D.passport(F, p, r)
    F.file("IMG_20261102_080321.jpg", "phone_photo", [(D.datapage_only(p, r), d)], bg="wood")
    return F


def s03():
    F, r = _F("s03_passport_mex_imagepdf")
    p = _pp(
        "RAMÍREZ TORRES",
        "JOSÉ LUIS",
        "M",
        "1985-06-27",
        "MEX",
        "N02918734",
        "2019-09-12",
        "2029-09-11",
        "SRE MONTERREY",
        "NUEVO LEON",
    )
    d = D.passport(F, p, r, notes="Accents printed in the visual zone only (RAMÍREZ, JOSÉ).")
    F.file(
        "pasaporte.pdf", "image_pdf", [(D.passport_sheet(p, r, angle=-1.2), d)], dpi=200, gray=True
    )
    return F


def s04():
    F, r = _F("s04_passport_can_png")
    p = _pp(
        "TREMBLAY",
        "SOPHIE-ANNE",
        "F",
        "1991-04-04",
        "CAN",
        "AK582913",
        "2023-01-17",
        "2033-01-17",
        "GATINEAU",
        "QUEBEC CAN",
    )
    d = D.passport(F, p, r, notes="Hyphenated given name: MRZ SOPHIE<ANNE.")
    F.file("passeport_canada.png", "scan", [(D.datapage_only(p, r, 6), d)], dpi=300)
    return F


def s05():
    F, r = _F("s05_passport_chn_rot90")
    p = _pp(
        "LIU",
        "YANG",
        "M",
        "1997-08-19",
        "CHN",
        "EH9053714",
        "2023-05-22",
        "2033-05-21",
        "NATIONAL IMMIGRATION ADMINISTRATION",
        "SICHUAN",
    )
    d = D.passport(F, p, r, notes="Photo taken sideways (rotated 90°).")
    F.file("IMG_0932.jpg", "phone_photo", [(D.datapage_only(p, r), d)], rot=90, bg="dark")
    return F


# ------------------------------------------------------------------ national identity cards (EU)


def s06():
    F, r = _F("s06_national_id_esp_scan")
    p = dict(
        surname="FERNÁNDEZ GARCÍA",
        given="LUCÍA",
        sex="F",
        dob="1992-10-30",
        nat="ESP",
        pob_city="SEVILLA",
    )
    k = dict(
        number="CFK418327",
        expiry="2031-10-30",
        issue="2021-10-29",
        dni="48213907K",
        opt1="48213907K",
        back_fields=[
            ("LUGAR DE NACIMIENTO", "SEVILLA (SEVILLA)"),
            ("DOMICILIO", "C. BETIS 18, 3º B, SEVILLA"),
            ("HIJA DE", "ANTONIO / CARMEN"),
            ("EQUIPO", "41089L5K1"),
        ],
    )
    kf, kb = I.eu_card(p, k, r, "ESP")
    d = F.doc(
        "national_id",
        {
            "surname": "FERNÁNDEZ GARCÍA",
            "given_names": "LUCÍA",
            "document_number": "CFK418327",
            "nationality": "ESP",
            "date_of_birth": p["dob"],
            "expiry_date": k["expiry"],
            "sex": "F",
            "mrz_valid": True,
        },
        "Spanish DNI 3.0: document (support) number CFK418327; the DNI number 48213907K is in the optional field.",
    )
    F.file("DNI.jpg", "scan", [(D.two_sides_sheet(kf, kb, r, "horizontal"), d)], dpi=250)
    return F


def s07():
    F, r = _F("s07_national_id_bel_photos")
    p = dict(
        surname="VAN DEN BROECK",
        given="ÉLODIE MARIE",
        sex="F",
        dob="1989-01-23",
        nat="BEL",
        pob_city="GENT",
    )
    k = dict(
        number="592163748210",
        expiry="2030-02-11",
        issue="2020-02-11",
        back_fields=[
            ("Geboorteplaats / Lieu de naissance", "Gent"),
            ("Rijksregisternummer / N° national", "89.01.23-364.21"),
            ("Afgifte / Délivrance", "Gent  11.02.2020"),
        ],
    )
    kf, kb = I.eu_card(p, k, r, "BEL")
    d = F.doc(
        "national_id",
        {
            "surname": "VAN DEN BROECK",
            "given_names": "ÉLODIE MARIE",
            "document_number": "592163748210",
            "nationality": "BEL",
            "date_of_birth": p["dob"],
            "expiry_date": k["expiry"],
            "sex": "F",
            "mrz_valid": True,
        },
        "Belgian eID: 12-digit card number; MRZ uses the ICAO long-number rule (first 9 digits, '<', rest and check digit in the optional field).",
    )
    F.file("eid_voorkant.jpg", "phone_photo", [(I.crop(kf, 4), d)], bg="desk", long_side=2400)
    F.file("eid_achterkant.jpg", "phone_photo", [(I.crop(kb, 4), d)], bg="desk", long_side=2400)
    return F


def s08():
    F, r = _F("s08_national_id_fra_imagepdf")
    p = dict(
        surname="BERTRAND",
        given="CAMILLE LOUISE",
        sex="F",
        dob="1984-06-05",
        nat="FRA",
        pob_city="ROUEN",
    )
    k = dict(
        number="D2HWQ8K51",
        expiry="2032-04-13",
        issue="2022-04-14",
        address1="7 RUE JEANNE D'ARC",
        address2="76000 ROUEN",
        authority="Préfecture de la Seine-Maritime",
        usage="LEMOINE",
    )
    d = F.doc(
        "national_id",
        D.cni_fields(p, k),
        "French identity card (2021 model) with a usage name (LEMOINE) on the front.",
    )
    F.file(
        "carte identite.pdf",
        "image_pdf",
        [(D.two_sides_sheet(I.cni_front(p, k, r), I.cni_back(p, k, r), r), d)],
        dpi=250,
    )
    return F


# ------------------------------------------------------------------ visas


def _visa_person(surname, given, sex, dob, nat, number):
    return dict(
        surname=surname,
        given=given,
        sex=sex,
        dob=dob,
        nat=nat,
        passport=dict(
            issuing=nat, number=number, issue="2020-01-01", expiry="2030-01-01", authority=""
        ),
    )


def s09():
    F, r = _F("s09_visa_vlsts_etudiant_scan")
    p = _visa_person("OUAZZANI", "FATIMA ZAHRA", "F", "2003-05-02", "MAR", "TZ4410925")
    v = dict(
        type="D",
        number="091128347",
        valid_from="2026-09-01",
        valid_until="2027-08-31",
        duration="365",
        issued_in="FES",
        issued_on="2026-07-28",
        vls_ts=True,
        remarks=[
            "VLS-TS ETUDIANT",
            "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE",
            "CESEDA R.431-16 1°",
        ],
    )
    d = D.visa(F, p, v)
    F.file("visa etudiant.jpg", "scan", [(D.visa_only(p, v, r, 10), d)], dpi=300)
    return F


def s10():
    F, r = _F("s10_visa_vlsts_salarie_photo")
    p = _visa_person("MEHTA", "RAHUL", "M", "1990-09-17", "IND", "U2291047")
    v = dict(
        type="D",
        number="063518204",
        valid_from="2026-06-15",
        valid_until="2027-06-14",
        duration="365",
        issued_in="NEW DELHI",
        issued_on="2026-05-30",
        vls_ts=True,
        remarks=["VLS-TS SALARIE", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR"],
        entry_stamp="18.06.2026",
    )
    d = D.visa(F, p, v)
    F.file("visa page.jpg", "phone_photo", [(D.visa_only(p, v, r), d)], bg="cloth")
    return F


def s11():
    F, r = _F("s11_visa_type_c_imagepdf")
    p = _visa_person("ARSLAN", "KEMAL", "M", "1976-03-09", "TUR", "U10582936")
    v = dict(
        type="C",
        number="041902375",
        valid_from="2026-06-10",
        valid_until="2026-09-07",
        duration="30",
        issued_in="ANKARA",
        issued_on="2026-05-27",
        vls_ts=False,
        territory="ETATS SCHENGEN",
        entries="MULT",
        remarks=["VISITE FAMILIALE"],
    )
    d = D.visa(F, p, v, notes="Short-stay Schengen visa (type C): not a long-stay visa.")
    F.file("vize.pdf", "image_pdf", [(D.visa_only(p, v, r, 12), d)], dpi=250)
    return F


def s12():
    F, r = _F("s12_visa_d_not_vlsts_scan")
    p = _visa_person("CHEN", "LIN", "F", "1999-12-24", "CHN", "EJ7730216")
    v = dict(
        type="D",
        number="086621590",
        valid_from="2026-08-20",
        valid_until="2026-11-17",
        duration="90",
        issued_in="SHANGHAI",
        issued_on="2026-08-02",
        vls_ts=False,
        remarks=[
            "CARTE DE SEJOUR A SOLLICITER DANS LES 2 MOIS",
            "SUIVANT L'ARRIVEE - ART. R.411-2 CESEDA",
        ],
    )
    d = D.visa(
        F,
        p,
        v,
        notes="Type D long-stay visa that is NOT a VLS-TS (holder must apply for a titre de séjour); expired at as_of.",
    )
    F.file("visa_scan.png", "scan", [(D.visa_only(p, v, r, 8), d)], dpi=300)
    return F


# ------------------------------------------------------------------ residence permits


def s13():
    F, r = _F("s13_residence_permit_mli_two_scans")
    p = dict(surname="KONÉ", given="AMINATA", sex="F", dob="1988-02-19", nat="MLI")
    t = dict(
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        category="VIE PRIVÉE ET FAMILIALE",
        number="RF2208415",
        expiry="2027-06-02",
        remarks=["AUTORISE SON TITULAIRE A TRAVAILLER"],
        pob="BAMAKO (MALI)",
        address="11 RUE DE L'OURCQ 75019 PARIS",
        issued_on="2026-06-03",
        authority="PRÉFECTURE DE POLICE",
    )
    d, tf, tb = D.titre(F, p, t, r)
    F.file("titre_recto.jpg", "scan", [(I.crop(tf, 5), d)], dpi=300)
    F.file("titre_verso.jpg", "scan", [(I.crop(tb, 5), d)], dpi=300)
    return F


def s14():
    F, r = _F("s14_residence_permit_resident_imagepdf")
    p = dict(surname="HADDAD", given="KARIM", sex="M", dob="1975-11-28", nat="LBN")
    t = dict(
        kind="CARTE DE RÉSIDENT",
        category="RÉSIDENT DE LONGUE DURÉE - UE",
        number="RL5501928",
        expiry="2034-01-14",
        remarks=["AUTORISE SON TITULAIRE A TRAVAILLER"],
        pob="BEYROUTH (LIBAN)",
        address="40 COURS JULIEN 13006 MARSEILLE",
        issued_on="2024-01-15",
        authority="PRÉFECTURE DES BOUCHES-DU-RHÔNE",
    )
    d, tf, tb = D.titre(F, p, t, r)
    F.file("carte de resident.pdf", "image_pdf", [(D.two_sides_sheet(tf, tb, r), d)], dpi=250)
    return F


def s15():
    F, r = _F("s15_residence_permit_talent_photos")
    p = dict(surname="OKAFOR", given="NGOZI ADAEZE", sex="F", dob="1986-07-07", nat="NGA")
    t = dict(
        kind="CARTE DE SÉJOUR PLURIANNUELLE",
        category="PASSEPORT TALENT - CHERCHEUR",
        number="PT6640193",
        expiry="2029-10-01",
        remarks=["AUTORISE SON TITULAIRE A TRAVAILLER", "CONVENTION D'ACCUEIL"],
        pob="ENUGU (NIGERIA)",
        address="2 PLACE JUSSIEU 75005 PARIS",
        issued_on="2025-10-02",
        authority="PRÉFECTURE DE POLICE",
    )
    d, tf, tb = D.titre(F, p, t, r)
    F.file("20261108_101744.jpg", "phone_photo", [(I.crop(tf, 3), d)], bg="wood", long_side=2600)
    F.file("20261108_101801.jpg", "phone_photo", [(I.crop(tb, 3), d)], bg="wood", long_side=2600)
    return F


# ------------------------------------------------------------------ birth certificates


def s16():
    F, r = _F("s16_birth_certificate_tun_scan")
    p = dict(surname="BEN SALAH", given="INES", sex="F", dob="2001-03-26")
    b = dict(
        country="TUN",
        city="Sousse",
        city_ar="سوسة",
        year_reg=2001,
        act_no="0917",
        bc_given="Ines",
        father="Mourad BEN SALAH",
        mother="Leila GHARBI",
        issued_on="2026-05-14",
        truth_place="Sousse",
        serial="0031188406",
    )
    d, pages = D.birth(
        F,
        p,
        b,
        r,
        False,
        notes="Bilingual Arabic/French extract; delivered alone (no apostille in this folder).",
    )
    F.pages_file("extrait de naissance tunisie.jpg", "scan", d, pages, dpi=200)
    return F


def s17():
    F, r = _F("s17_birth_certificate_cod_imagepdf")
    p = dict(surname="MUKENDI NGALULA", given="GRÂCE", sex="F", dob="1995-09-12")
    b = dict(
        country="COD",
        city="Kinshasa",
        region="commune de Lemba",
        act_no="1188/2026",
        year_reg=2026,
        admin_lines=["VILLE-PROVINCE DE KINSHASA", "COMMUNE DE LEMBA", "BUREAU DE L'ÉTAT CIVIL"],
        father="MUKENDI Jean-Pierre",
        mother="NGALULA Thérèse",
        father_job="Enseignant",
        mother_job="Commerçante",
        reg_date="2026-01-15",
        issued_on="2026-01-15",
        time="",
        truth_place="Kinshasa",
        handwritten=False,
        declarant="son père, par jugement supplétif n° RC 4471 du Tribunal pour enfants",
        officer_sig="Mbuyi",
        centre="commune de Lemba",
    )
    d, pages = D.birth(
        F,
        p,
        b,
        r,
        False,
        notes="DR Congo: late registration by court judgment (jugement supplétif); legalisation, not apostille, would be needed.",
    )
    F.pages_file("acte naissance rdc.pdf", "image_pdf", d, pages, dpi=200)
    return F


def s18():
    F, r = _F("s18_birth_certificate_bra_photo")
    p = dict(surname="OLIVEIRA SANTOS", given="LUCAS", sex="M", dob="1998-01-15")
    b = dict(
        country="BRA",
        bc_full="LUCAS OLIVEIRA SANTOS",
        cpf="093.554.218-07",
        matricula="118273 01 55 1998 1 00045 112 0020981-40",
        dob_words="QUINZE DE JANEIRO DE MIL NOVECENTOS E NOVENTA E OITO",
        time="22:10",
        reg_place="RECIFE - PE",
        hospital="HOSPITAL DAS CLÍNICAS DA UFPE, RECIFE - PE",
        birth_place="RECIFE - PE",
        father="PAULO ROBERTO SANTOS",
        mother="ADRIANA OLIVEIRA SANTOS",
        grandparents="PATERNOS: SEVERINO SANTOS E JOSEFA SANTOS; MATERNOS: MANOEL OLIVEIRA E RITA OLIVEIRA",
        reg_words="VINTE E DOIS DE JANEIRO DE MIL NOVECENTOS E NOVENTA E OITO",
        cartorio="CARTÓRIO DO 4º DISTRITO JUDICIÁRIO DO RECIFE",
        cartorio_addr="Rua do Hospício, 210 - Recife/PE",
        officer="Fernanda Lins Cavalcanti",
        issued_at="Recife",
        issued_words="7 de outubro de 2026",
        truth_place="Recife",
        truth_surname="OLIVEIRA SANTOS",
        truth_given="LUCAS",
        selo="PEX04418-T7Q2",
    )
    d, pages = D.birth(F, p, b, r, False, notes="Portuguese-language certificate, photographed.")
    F.pages_file("certidao_lucas.jpg", "phone_photo", d, pages, bg="wood")
    return F


def s19():
    F, r = _F("s19_birth_certificate_mex_textpdf")
    p = dict(surname="MARTÍNEZ RUIZ", given="DIEGO", sex="M", dob="2000-08-04")
    b = dict(
        country="MEX",
        ident="09015002200004417",
        curp="MARD000804HDFRZGA3",
        state="Ciudad de México",
        reg_municipio="COYOACÁN",
        oficialia="0015",
        reg_date_dmy="28/08/2000",
        libro="0021",
        acta="04417",
        bc_given="DIEGO",
        ap1="MARTÍNEZ",
        ap2="RUIZ",
        birth_place="COYOACÁN, CIUDAD DE MÉXICO",
        mother="RUIZ OROZCO VERÓNICA",
        father="MARTÍNEZ SALAS RAÚL",
        issued_at="Ciudad de México",
        issued_dmy="3 de septiembre de 2026",
        officer="LIC. ÓSCAR ÁVILA MONTES",
        issued_on="2026-09-03",
        truth_place="Coyoacán, Ciudad de México",
        truth_surname="MARTÍNEZ RUIZ",
    )
    d, pages = D.birth(
        F, p, b, r, False, notes="Downloaded from the national online service (text PDF)."
    )
    F.pages_file(
        "ACTA_NACIMIENTO_MARD000804.pdf", "text_pdf", d, pages, meta={"title": "Acta de Nacimiento"}
    )
    return F


def s20():
    F, r = _F("s20_birth_certificate_phl_scan")
    p = dict(surname="REYES", given="JOSE MIGUEL", sex="M", dob="1992-02-11")
    b = dict(
        country="PHL",
        province="CEBU",
        city="Cebu City",
        registry_no="92-00417",
        bc_given="JOSE MIGUEL",
        middle="GARCIA",
        hospital="Vicente Sotto Memorial Medical Center",
        mother="ANNA LIZA GARCIA REYES",
        father="ROBERTO LIM REYES",
        residence="118 Osmeña Blvd., Cebu City, Cebu, Philippines",
        reg_date="FEBRUARY 25, 1992",
        issued_on="2026-04-21",
        secpa="E 09912344",
        truth_place="Cebu City",
    )
    d, pages = D.birth(F, p, b, r, False, notes="PSA security-paper copy in English.")
    F.pages_file("PSA_birth.jpg", "scan", d, pages, dpi=200)
    return F


def s21():
    F, r = _F("s21_birth_certificate_cmr_photo")
    p = dict(surname="NGO BIYONG", given="CHRISTELLE FLORE", sex="F", dob="1993-07-30")
    b = dict(
        country="CMR",
        city="Douala",
        region="Wouri",
        act_no="0741/93",
        year_reg=1993,
        admin_lines=[
            "RÉGION DU LITTORAL / LITTORAL REGION",
            "DÉPARTEMENT DU WOURI",
            "COMMUNE DE DOUALA IIIe",
            "CENTRE D'ÉTAT CIVIL PRINCIPAL DE DOUALA IIIe",
        ],
        father="BIYONG Samuel",
        mother="NGO MBOCK Jeanne",
        father_job="Mécanicien",
        mother_job="Enseignante",
        reg_date="1993-08-09",
        issued_on="2026-03-18",
        time="03 h 40",
        truth_place="Douala",
        handwritten=True,
        hand_font="H-breip",
        bc_given="Christelle Flore",
        officer_sig="Eboa",
    )
    d, pages = D.birth(
        F,
        p,
        b,
        r,
        False,
        notes="Bilingual French/English form filled by hand; Cameroon is dispensed from legalisation in France (agreement of 21 February 1974).",
    )
    F.pages_file("acte de naissance.jpg", "phone_photo", d, pages, bg="cloth")
    return F


def s22():
    F, r = _F("s22_birth_certificate_tur_imagepdf")
    p = dict(surname="ŞAHİN", given="ELİF", sex="F", dob="1996-04-09")
    b = dict(
        country="TUR",
        office="Çankaya",
        place="ANKARA",
        bc_given="ELİF",
        father="MURAT",
        mother="HATİCE",
        mother_surname="ŞAHİN",
        tckn="21874306592",
        issued_on="2026-07-01",
        verif="NVI-2026-Q8R1-44TZ",
        truth_place="Ankara",
        truth_surname="ŞAHİN",
        truth_given="ELİF",
    )
    d, pages = D.birth(
        F,
        p,
        b,
        r,
        False,
        notes="Multilingual extract (Formül A, CIEC no. 16) - Turkish/French/English labels.",
    )
    F.pages_file("formul_a.pdf", "image_pdf", d, pages, dpi=200)
    return F


def s23():
    F, r = _F("s23_birth_certificate_mli_scan")
    p = dict(surname="TRAORÉ", given="MOUSSA", sex="M", dob="1990-12-05")
    b = dict(
        country="MLI",
        city="Sikasso",
        region="",
        act_no="318",
        year_reg=1990,
        admin_lines=[
            "RÉGION DE SIKASSO",
            "CERCLE DE SIKASSO",
            "COMMUNE URBAINE DE SIKASSO",
            "CENTRE PRINCIPAL D'ÉTAT CIVIL",
        ],
        father="Bakary TRAORÉ",
        mother="Awa COULIBALY",
        father_job="Cultivateur",
        mother_job="Ménagère",
        reg_date="1990-12-12",
        issued_on="2026-02-02",
        time="vingt heures",
        truth_place="Sikasso",
        hand_font="H-dkg",
        officer_sig="Diarra",
    )
    d, pages = D.birth(F, p, b, r, False, notes="Pre-printed Malian extract filled by hand.")
    F.pages_file("naissance moussa.jpg", "scan", d, pages, dpi=200, gray=True)
    return F


# ------------------------------------------------------------------ apostilles alone


def s24():
    F, r = _F("s24_apostille_usa_texas_scan")
    a = dict(
        langs=["en"],
        country="United States of America",
        signer="Maria Delgado",
        capacity="Local Registrar",
        seal_of="City of Austin Vital Statistics",
        place="Austin, Texas",
        date="2026-03-17",
        date_text="the 17th day of March, 2026",
        by="Secretary of State of Texas",
        number="A-1184572",
        seal_text="THE STATE OF TEXAS * SECRETARY OF STATE * ",
        sig_name="J. Nelson",
        hand_values=False,
    )
    d, page = D.apostille(
        F,
        a,
        r,
        header=["THE STATE OF TEXAS", "SECRETARY OF STATE"],
        notes="Apostille sheet alone (the birth certificate it certifies is not in the folder).",
    )
    F.file("apostille texas.jpg", "scan", [(page, d)], dpi=200)
    return F


def s25():
    F, r = _F("s25_apostille_bra_textpdf")
    a = dict(
        langs=["pt", "en", "fr"],
        country="República Federativa do Brasil",
        signer="Fernanda Lins Cavalcanti",
        capacity="Oficial de Registro Civil",
        seal_of="Cartório do 4º Distrito Judiciário do Recife",
        place="Recife/PE",
        date="2026-10-09",
        date_text="09/10/2026",
        by="2º Tabelionato de Notas do Recife",
        number="BRA0910260441275",
        seal_text="REPÚBLICA FEDERATIVA DO BRASIL * CNJ * ",
        qr=True,
        sig_name="Tabelião",
    )
    d, page = D.apostille(
        F,
        a,
        r,
        header=[
            "REPÚBLICA FEDERATIVA DO BRASIL",
            "Conselho Nacional de Justiça - Apostila eletrônica",
        ],
        footer="Documento assinado digitalmente. Verifique a autenticidade no sítio do CNJ informando o código "
        "da apostila. Esta apostila não certifica o conteúdo do documento.",
    )
    F.file("apostila_eletronica.pdf", "text_pdf", [(page, d)])
    return F


def s26():
    F, r = _F("s26_apostille_ukr_photo")
    a = dict(
        langs=["uk", "en"],
        country="Україна / Ukraine",
        signer="Н. В. Литвин / N. V. Lytvyn",
        capacity="державний реєстратор / State registrar",
        seal_of="Відділ ДРАЦС м. Одеса / Civil registry office Odesa",
        place="Одеса / Odesa",
        date="2026-04-02",
        date_text="02.04.2026",
        by="Південне міжрегіональне управління Міністерства юстиції / Southern interregional department of the Ministry of Justice",
        number="2026-0402-03318",
        seal_text="МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ * ",
        sig_name="Lytvyn",
    )
    d, page = D.apostille(F, a, r)
    F.file("apostil.jpg", "phone_photo", [(page, d)], bg="desk")
    return F


# ------------------------------------------------------------------ translations


def s27():
    F, r = _F("s27_translation_ukr_imagepdf")
    t = dict(
        translator="M. Andriy KOVAL",
        court="Cour d'appel de Paris",
        address="6 rue Vieille-du-Temple, 75004 Paris",
        contact="Tél. 06 11 48 20 73 - a.koval.traduction@gmail.com",
        number="P-2026-1147",
        lang_from="ukrainien",
        doc_ref="Traduction d'un certificat de naissance ukrainien (1 page)",
        title="CERTIFICAT DE NAISSANCE",
        header_lines=["UKRAINE"],
        body=[
            ("Nom", "MELNYK"),
            ("Prénom", "Taras"),
            ("Patronyme", "Olehovytch"),
            ("Date de naissance", "3 mars 2004"),
            ("Lieu de naissance", "ville de Lviv, région de Lviv, Ukraine"),
            ("Acte n°", "602 du 11 mars 2004"),
            ("Père", "MELNYK Oleh Vasyliovytch, nationalité : Ukraine"),
            ("Mère", "MELNYK Iryna Stepanivna, nationalité : Ukraine"),
            (
                "Lieu d'enregistrement",
                "Service de l'état civil de l'arrondissement Halytskyï de Lviv",
            ),
            ("Délivré le", "11 mars 2004, série І-СГ n° 118407"),
        ],
        place="Paris",
        date="2026-09-14",
    )
    d, pages = D.translation(
        F, t, r, notes="Sworn translation into French (traduction certifiée conforme)."
    )
    F.pages_file("traduction acte naissance.pdf", "image_pdf", d, pages, dpi=200)
    return F


def s28():
    F, r = _F("s28_translation_mar_scan")
    t = dict(
        translator="Mme Samira OUALI",
        court="Cour d'appel de Rennes",
        address="14 rue d'Antrain, 35000 Rennes",
        contact="Tél. 02 99 38 41 70",
        number="AR-2026-0533",
        lang_from="arabe",
        doc_ref="Traduction d'une copie intégrale d'acte de naissance marocaine",
        title="COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        header_lines=["ROYAUME DU MAROC", "Ministère de l'Intérieur - Préfecture de Marrakech"],
        body=[
            ("Acte n°", "1742, année 2000"),
            ("Nom de famille", "BERRADA"),
            ("Prénom", "Salma"),
            ("Sexe", "féminin"),
            ("Date de naissance", "vingt-huit juin deux mille (28/06/2000)"),
            ("Lieu de naissance", "Marrakech"),
            ("Père", "Hassan BERRADA"),
            ("Mère", "Khadija ALAOUI"),
            ("Mentions marginales", "néant"),
            (
                "",
                "Certifié conforme au registre, Marrakech, le 4 mars 2026, l'officier de l'état civil (signature et cachet).",
            ),
        ],
        place="Rennes",
        date="2026-04-10",
    )
    d, pages = D.translation(F, t, r)
    F.pages_file("traduction.jpg", "scan", d, pages, dpi=200)
    return F


# ------------------------------------------------------------------ utility bills


def _bill_single(name, provider, service, holder, addr, month, look, fname, r, notes=None, **kw):
    F = Folder(name, "document")
    F.meta = {"as_of": AS_OF}
    bb = monthly_bills(provider, service, holder, addr, [month], "S" + name[1:3], r, **kw)[0]
    d, pages = D.bill(F, bb, r, notes)
    return F, d, pages, bb


def s29():
    r = u.rng_for(SET, "s29")
    F, d, pages, _ = _bill_single(
        "s29_bill_edf_textpdf",
        "EDF",
        "electricity",
        "M ANTOINE ROUSSEL",
        ["19 rue Daguerre", "75014 Paris"],
        (2026, 10),
        "text_pdf",
        "",
        r,
        client_no="6 008 714 325",
        account_no="4001 8823 1190",
        pdl="15418823790012",
        dep="75",
        issue_day=5,
    )
    F.pages_file(
        "facture_EDF_octobre_2026.pdf",
        "text_pdf",
        d,
        pages,
        meta={"title": "Facture EDF", "author": "EDF"},
    )
    return F


def s30():
    F, r = _F("s30_bill_engie_attestation_textpdf")
    b = dict(
        provider="ENGIE",
        service="energy",
        holder="Mme Laure PICARD",
        holder_civ="Madame Laure PICARD",
        addr=["8 allée des Tanneurs", "67000 Strasbourg"],
        client_no="2 118 447 903",
        pdl="22516630918841",
        pce="GI418832",
        issue="2026-11-03",
        since="2024-02-01",
        offer="Elec & Gaz Référence",
    )
    d = F.doc(
        "utility_bill",
        {
            "provider": "ENGIE",
            "service": "energy",
            "holder_name": "Mme Laure PICARD",
            "issue_date": "2026-11-03",
            "period_start": None,
            "period_end": None,
        },
        "Attestation de titulaire de contrat (not a bill): no billing period; contract active since 2024-02-01.",
    )
    from . import housing

    F.pages_file("attestation-titulaire-contrat.pdf", "text_pdf", d, housing.attest_engie(b, r))
    return F


def s31():
    r = u.rng_for(SET, "s31")
    F, d, pages, _ = _bill_single(
        "s31_bill_totalenergies_imagepdf",
        "TotalEnergies",
        "electricity",
        "M KEVIN LE GALL",
        ["3 rue de Siam", "29200 Brest"],
        (2026, 9),
        "image_pdf",
        "",
        r,
        client_no="TE-2209-8841-05",
        pdl="29166430172205",
        issue_day=4,
    )
    F.pages_file("facture total.pdf", "image_pdf", d, pages, dpi=200)
    return F


def s32():
    r = u.rng_for(SET, "s32")
    F, d, pages, _ = _bill_single(
        "s32_bill_free_textpdf",
        "Free",
        "internet",
        "M Hugo Marchand",
        ["27 rue Sainte-Catherine", "33000 Bordeaux"],
        (2026, 10),
        "text_pdf",
        "",
        r,
        client_no="fbx41120387",
        amount=39.99,
        offer="Abonnement Freebox Revolution",
        issue_day=1,
    )
    F.pages_file("Facture Free.pdf", "text_pdf", d, pages)
    return F


def s33():
    r = u.rng_for(SET, "s33")
    F, d, pages, _ = _bill_single(
        "s33_bill_sfr_mobile_photo",
        "SFR",
        "mobile",
        "MME NADIA BOUZIANE",
        ["44 boulevard de la Liberté", "59000 Lille"],
        (2026, 9),
        "phone_photo",
        "",
        r,
        client_no="0511 4480 27",
        amount=24.99,
        offer="5G 130 Go",
        line="06 71 42 09 88",
        issue_day=3,
    )
    F.pages_file("facture sfr.jpg", "phone_photo", d, pages, bg="wood")
    return F


def s34():
    r = u.rng_for(SET, "s34")
    F, d, pages, _ = _bill_single(
        "s34_bill_orange_scan",
        "Orange",
        "internet",
        "M ET MME JULIEN ET SARAH COHEN",
        ["5 place des Cordeliers", "69002 Lyon"],
        (2026, 10),
        "scan",
        "",
        r,
        client_no="8820 4471 116",
        amount=49.99,
        offer="Livebox Max Fibre",
        issue_day=2,
    )
    F.pages_file("scan_facture_orange.jpg", "scan", d, pages, dpi=200)
    return F


def s35():
    r = u.rng_for(SET, "s35")
    F, d, pages, _ = _bill_single(
        "s35_bill_bouygues_textpdf",
        "Bouygues Telecom",
        "internet",
        "M THEO VIDAL",
        ["10 rue de la Loge", "34000 Montpellier"],
        (2026, 10),
        "text_pdf",
        "",
        r,
        client_no="1.4490.318.7",
        amount=27.99,
        offer="Bbox Fit",
        issue_day=6,
    )
    F.pages_file("Facture_Bbox_202611.pdf", "text_pdf", d, pages)
    return F


def s36():
    F, r = _F("s36_bill_veolia_water_imagepdf")
    b = dict(
        provider="Veolia",
        service="water",
        holder="M OU MME DUPRE GILLES",
        addr=["21 rue du Mail", "49100 Angers"],
        client_no="0429 118 736",
        invoice_no="EA2610553817",
        issue="2026-10-12",
        start="2026-04-01",
        end="2026-09-30",
        m3=38,
        idx=2210,
        service_name="Service de l'eau - Angers Loire Métropole",
    )
    d, pages = D.bill(F, b, r, notes="Water bill for a six-month period.")
    F.pages_file("facture eau veolia.pdf", "image_pdf", d, pages, dpi=200)
    return F


def s37():
    F, r = _F("s37_bill_edf_second_page_only_scan")
    bb = monthly_bills(
        "EDF",
        "electricity",
        "MME CHLOE GARNIER",
        ["2 rue Gambetta", "37000 Tours"],
        [(2026, 9)],
        "S37",
        r,
        client_no="6 022 178 440",
        account_no="4002 7718 0331",
        pdl="37211840095561",
        dep="37",
    )[0]
    d = F.doc(
        "utility_bill",
        {
            "provider": "EDF",
            "service": "electricity",
            "holder_name": None,
            "issue_date": bb["issue"],
            "period_start": bb["start"],
            "period_end": bb["end"],
        },
        "Trap: only the second page (detail) of an EDF bill; the holder's name is on page 1, which is absent.",
    )
    from . import housing

    pages = housing.bill_edf(bb, r, only_page2=True)
    F.pages_file("page2.jpg", "scan", d, pages, dpi=200)
    return F


def s38():
    r = u.rng_for(SET, "s38")
    F, d, pages, _ = _bill_single(
        "s38_bill_engie_gas_photo_rot180",
        "ENGIE",
        "gas",
        "M RACHID OUARDI",
        ["16 rue Paradis", "13001 Marseille"],
        (2026, 10),
        "phone_photo",
        "",
        r,
        client_no="3 004 998 271",
        pce="GI772014",
        kwh=410,
        issue_day=7,
        notes="Photo taken upside down (rotated 180°).",
    )
    F.pages_file("engie.jpg", "phone_photo", d, pages, rot=180, bg="desk")
    return F


# ------------------------------------------------------------------ leases


def s39():
    F, r = _F("s39_lease_unfurnished_textpdf")
    L = dict(
        furnished=False,
        landlord="M. Philippe MORIN",
        landlord_addr="2 rue Crébillon, 44000 Nantes",
        tenants=["M. Yanis BOUCHARD", "Mme Inès BOUCHARD"],
        address=["33 rue de Strasbourg, 2e étage", "44000 Nantes"],
        start="2025-03-01",
        rent=870.0,
        charges=75.0,
        deposit=870.0,
        surface=64,
        rooms=3,
        signed_at="Nantes",
        signed_on="2025-02-18",
        landlord_sig="Morin",
        tenant_sigs=["Y. Bouchard", "I. Bouchard"],
        font="Sans",
    )
    d, pages = D.lease(F, L, r)
    F.pages_file("contrat de location.pdf", "text_pdf", d, pages)
    return F


def s40():
    F, r = _F("s40_lease_furnished_imagepdf")
    L = dict(
        furnished=True,
        landlord="SCI DU VIEUX PORT",
        landlord_addr="8 quai du Port, 13002 Marseille",
        landlord_kind="personne morale (SCI)",
        tenants=["Mlle Jade MOREAU"],
        address=["14 rue Sainte, studio 3", "13001 Marseille"],
        start="2026-09-01",
        rent=590.0,
        charges=50.0,
        deposit=1180.0,
        surface=24,
        rooms=1,
        signed_at="Marseille",
        signed_on="2026-08-27",
        landlord_sig="SCI VP",
        tenant_sigs=["Jade M."],
    )
    d, pages = D.lease(
        F,
        L,
        r,
        notes="Furnished lease that started on 2026-09-01 (less than three months before as_of).",
    )
    F.pages_file("bail meuble scanne.pdf", "image_pdf", d, pages, dpi=200, gray=True)
    return F


# ------------------------------------------------------------------ attestations d'hébergement


def s41():
    F, r = _F("s41_hosting_attestation_hand_photo")
    a = dict(
        host_name="Patrick LEFEBVRE",
        hosted_name="Yuki TANAKA",
        since="2026-04-01",
        host_line1="Patrick Lefebvre",
        host_line2="9 rue des Tiercelins, 54000 Nancy",
        body=[
            "Je soussigné Patrick Lefebvre, né le 14/05/1958 à Metz,",
            "demeurant 9 rue des Tiercelins 54000 Nancy, certifie",
            "sur l'honneur héberger à mon domicile Mlle Yuki Tanaka,",
            "née le 02/11/1998 à Osaka (Japon), depuis le 1er avril 2026.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        place_date="Nancy, le 10 novembre 2026",
        sig_name="P. Lefebvre",
        hand_font="H-dkg",
        squared=True,
    )
    d, pages = D.attestation(F, a, r)
    F.pages_file("attestation.jpg", "phone_photo", d, pages, bg="wood")
    return F


def s42():
    F, r = _F("s42_hosting_attestation_typed_scan")
    a = dict(
        host_block=["Mme Sandrine GUERIN", "18 avenue Jean Médecin", "06000 Nice"],
        host_name="Sandrine GUERIN",
        hosted_name="Andrés FELIPE CASTRO",
        since="2026-02-15",
        text="Je soussignée Sandrine GUERIN, née le 3 février 1970 à Toulon (83), demeurant 18 avenue Jean Médecin, 06000 Nice, "
        "atteste sur l'honneur héberger gracieusement à mon domicile, depuis le 15 février 2026, Monsieur Andrés "
        "FELIPE CASTRO, né le 21 juillet 1997 à Cali (Colombie).",
        place_date="Fait à Nice, le 5 novembre 2026",
        sig_name="S. Guerin",
    )
    d, pages = D.attestation(F, a, r, typed=True)
    F.pages_file("attestation_hebergement_scan.jpg", "scan", d, pages, dpi=200)
    return F


def s43():
    F, r = _F("s43_hosting_attestation_unsigned_imagepdf")
    a = dict(
        host_block=["M. Frédéric NOËL", "5 rue de la République", "84000 Avignon"],
        host_name="Frédéric NOËL",
        hosted_name="Amira SAIDI",
        since="2026-07-01",
        text="Je soussigné Frédéric NOËL, né le 9 septembre 1966 à Avignon, demeurant 5 rue de la République, 84000 "
        "Avignon, certifie sur l'honneur héberger à mon domicile Madame Amira SAIDI, née le 12 janvier 2000 à "
        "Gabès (Tunisie), depuis le 1er juillet 2026.",
        place_date="Fait à Avignon, le 12 novembre 2026",
        signed=False,
    )
    d, pages = D.attestation(F, a, r, typed=True, notes="Not signed by the host.")
    F.pages_file("attestation.pdf", "image_pdf", d, pages, dpi=200)
    return F


# ------------------------------------------------------------------ payslips and contracts


def s44():
    F, r = _F("s44_payslip_textpdf")
    P = dict(
        employer="BOULANGERIE DES HALLES SARL",
        emp_addr=["3 place des Halles", "37000 Tours"],
        siret=u.siret(r),
        naf="1071C",
        urssaf="Centre-Val de Loire",
        conv="Boulangerie-pâtisserie artisanale (IDCC 843)",
        employee="M. NGUYEN VAN AN",
        emp_lines=["12 rue Colbert", "37000 Tours"],
        job="Boulanger",
        status="Ouvrier",
        entry="2025-01-06",
        month="2026-10",
        pay_date="2026-11-05",
        gross=2080.0,
        pas_rate=0.9,
        color="8A4B14",
    )
    d, pages = D.payslip(F, P, r, notes="Vietnamese name order (surname NGUYEN first).")
    F.pages_file("bulletin_paie_2026_10.pdf", "text_pdf", d, pages)
    return F


def s45():
    F, r = _F("s45_payslip_scan")
    P = dict(
        employer="CLEAN'AZUR SERVICES SAS",
        emp_addr=["88 route de Grenoble", "06200 Nice"],
        siret=u.siret(r),
        naf="8121Z",
        urssaf="PACA",
        conv="Entreprises de propreté (IDCC 3043)",
        employee="Mme DIOP Mariama",
        emp_lines=["4 rue Pertinax", "06000 Nice"],
        job="Agent de propreté",
        status="Employé",
        entry="2024-06-03",
        month="2026-09",
        pay_date="2026-10-03",
        gross=1801.8,
        pas_rate=0.0,
        style="b",
        color="1F6E8C",
    )
    d, pages = D.payslip(F, P, r)
    F.pages_file("fiche de paie septembre.jpg", "scan", d, pages, dpi=200)
    return F


def s46():
    F, r = _F("s46_employment_contract_cdi_textpdf")
    K = dict(
        kind="CDI",
        employer="ORBITAL ROBOTICS",
        legal="SAS au capital de 80 000 €",
        seat="12 avenue de l'Europe, 31400 Toulouse",
        siret=u.siret(r),
        rep="Mme Agnès FOURNIER",
        rep_title="Présidente",
        employee_intro="Monsieur Kwame ASANTE",
        employee_name="Kwame ASANTE",
        dob="1993-03-15",
        pob="Kumasi (Ghana)",
        nationality="ghanéenne",
        address="3 rue Matabiau, 31000 Toulouse",
        job="ingénieur systèmes embarqués",
        status="cadre, position 2.1",
        start="2026-09-07",
        trial="quatre mois",
        place="Toulouse",
        salary=3900.0,
        conv="Syntec (IDCC 1486)",
        signed_at="Toulouse",
        signed_on="2026-08-20",
        rep_sig="A. Fournier",
        emp_sig="Asante",
        initials="KA",
    )
    d, pages = D.contract(F, K, r)
    F.pages_file("CDI_Kwame_Asante.pdf", "text_pdf", d, pages)
    return F


def s47():
    F, r = _F("s47_employment_contract_cdd_imagepdf")
    K = dict(
        kind="CDD",
        employer="VIGNOBLES CHÂTEAU LAROSE",
        legal="SCEA au capital de 300 000 €",
        seat="Lieu-dit Larose, 33250 Pauillac",
        siret=u.siret(r),
        rep="M. Henri DUBOSC",
        rep_title="gérant",
        employee_intro="Monsieur Piotr KOWALSKI",
        employee_name="Piotr KOWALSKI",
        dob="1988-05-30",
        pob="Lublin (Pologne)",
        nationality="polonaise",
        address="6 rue Aristide Briand, 33250 Pauillac",
        job="ouvrier viticole",
        status="ouvrier, niveau 2",
        start="2026-09-14",
        end="2026-12-18",
        reason="emploi saisonnier (vendanges et travaux de chai)",
        trial="deux semaines",
        place="Pauillac",
        salary=1870.0,
        conv="production agricole de la Gironde (IDCC 7024)",
        signed_at="Pauillac",
        signed_on="2026-09-10",
        rep_sig="H. Dubosc",
        emp_sig="Kowalski",
        initials="PK",
    )
    d, pages = D.contract(F, K, r)
    F.pages_file("contrat saisonnier.pdf", "image_pdf", d, pages, dpi=200)
    return F


# ------------------------------------------------------------------ RIBs


def s48():
    F, r = _F("s48_rib_bnp_textpdf")
    acct = money.make_account(r, "BNP")
    R = dict(
        bank_key="BNP",
        holder_lines=["M OU MME LEBLANC ARNAUD", "26 RUE DE LA PAIX", "51100 REIMS"],
        branch_lines=["BNP PARIBAS REIMS ERLON", "PLACE DROUET D'ERLON", "51100 REIMS"],
        edited="2026-10-21",
        holder_name="M OU MME LEBLANC ARNAUD",
        copies=3,
        **acct,
    )
    d, pages = D.rib(F, R, r, "pdf", notes="Joint account.")
    F.pages_file("RIB_BNP.pdf", "text_pdf", d, pages)
    return F


def s49():
    F, r = _F("s49_rib_cic_slip_scan")
    acct = money.make_account(r, "CIC")
    R = dict(
        bank_key="CIC",
        holder_lines=["MLLE SOFIA ROSSETTI", "3 RUE DES CHARTREUX", "69001 LYON"],
        branch_lines=["CIC LYON TERREAUX", "8 PLACE DES TERREAUX", "69001 LYON"],
        edited="2026-01-08",
        holder_name="MLLE SOFIA ROSSETTI",
        style="inline",
        **acct,
    )
    d, pages = D.rib(F, R, r, "slip", notes="RIB torn from a cheque book, scanned.")
    F.pages_file("rib cic.jpg", "scan", d, pages, dpi=200)
    return F


def s50():
    F, r = _F("s50_rib_revolut_screenshot")
    bban = "32500" + f"{int(r.integers(0, 10**11)):011d}"
    iban = u.iban_from_bban("LT", bban)
    R = dict(
        holder_lines=["Tomasz Nowak"],
        iban=iban,
        bic="REVOLT21",
        holder_name="Tomasz Nowak",
        app="REVOLUT",
        screen_title="Account details",
        button="Share details",
        clock="21:07",
    )
    R["app_rows"] = [
        ("Beneficiary", "Tomasz Nowak", False),
        ("IBAN", u.group4(iban), True),
        ("BIC / SWIFT", "REVOLT21", True),
        ("Bank", "Revolut Bank UAB, Vilnius", False),
    ]
    d, pages = D.rib(
        F, R, r, "app", notes="Foreign SEPA IBAN (Lithuania) shown in a banking app, in English."
    )
    F.pages_file("Screenshot_2026-11-14-21-07-33.png", "screenshot", d, pages)
    return F


def s51():
    F, r = _F("s51_rib_inside_bank_letter_textpdf")
    acct = money.make_account(r, "LBP")
    R = dict(
        bank_key="LBP",
        holder_lines=["MME AICHA KEITA", "7 RUE DE LA GARE", "21000 DIJON"],
        branch_lines=["LA BANQUE POSTALE", "CENTRE FINANCIER DE DIJON", "21900 DIJON CEDEX 9"],
        edited="2026-09-30",
        holder_name="MME AICHA KEITA",
        letter_addr=["Madame Aïcha KEITA", "7 rue de la Gare", "21000 Dijon"],
        city="Dijon",
        salutation="Madame",
        advisor="Julien MERCIER",
        **acct,
    )
    d, pages = D.rib(
        F, R, r, "letter", notes="Trap: a bank welcome letter whose lower third is the RIB."
    )
    F.pages_file("Bienvenue_La_Banque_Postale.pdf", "text_pdf", d, pages)
    return F


# ------------------------------------------------------------------ application forms


def _person_for_form(
    surname, given, sex, dob, pob_city, pob_country_fr, nat_fr, addr_line, zip_, city, **kw
):
    p = dict(
        surname=surname,
        given=given,
        sex=sex,
        dob=dob,
        pob_city=pob_city,
        pob_country_fr=pob_country_fr,
        nat_fr=nat_fr,
        addr_line=addr_line,
        zip=zip_,
        city=city,
    )
    p.update(kw)
    return p


def s52():
    F, r = _F("s52_application_form_acroform_textpdf")
    p = _person_for_form(
        "SILVA",
        "RAFAEL",
        "M",
        "1990-01-19",
        "PORTO",
        "Portugal",
        "Portugaise",
        "8 rue Lepic",
        "75018",
        "Paris",
        phone="06 11 29 80 47",
        email="rafael.silva@sapo.pt",
    )
    Fm = form_from(
        p,
        "independant",
        "Paris",
        "2026-11-08",
        mode="acro",
        pob_commune="Porto",
        sig_name="R. Silva",
    )
    d, pages = D.application_form(
        F,
        Fm,
        r,
        notes="Fillable PDF: values are AcroForm field values; self-employed (independant).",
    )
    F.pages_file(
        "cerfa_15763-02_rempli.pdf",
        "text_pdf",
        d,
        pages,
        meta={"title": "cerfa_15763-02", "producer": "Adobe Acrobat"},
    )
    return F


def s53():
    F, r = _F("s53_application_form_hand_photos")
    p = _person_for_form(
        "OKONKWO",
        "CHIDI EMMANUEL",
        "M",
        "1987-10-10",
        "LAGOS",
        "Nigeria",
        "Nigériane",
        "15 rue de la Villette",
        "69003",
        "Lyon",
        phone="07 82 10 44 61",
    )
    Fm = form_from(
        p,
        "chomeur",
        "Lyon",
        "2026-10-29",
        hand_font="H-breip",
        pob_commune="Lagos",
        sig_name="Okonkwo",
    )
    d, pages = D.application_form(F, Fm, r, notes="Job seeker: not employed.")
    F.file("photo1.jpg", "phone_photo", [(pages[0], d)], bg="cloth")
    F.file("photo2.jpg", "phone_photo", [(pages[1], d)], bg="cloth")
    return F


def s54():
    F, r = _F("s54_application_form_typed_imagepdf")
    p = _person_for_form(
        "NGUYEN",
        "THI LAN",
        "F",
        "1991-03-02",
        "HANOI",
        "Viêt Nam",
        "Vietnamienne",
        "2 rue Crébillon",
        "44000",
        "Nantes",
        email="lan.nguyen91@gmail.com",
    )
    Fm = form_from(
        p,
        "autre",
        "Nantes",
        "2026-11-15",
        mode="typed",
        autre_text="Jeune fille au pair",
        pob_commune="Hanoï",
        sig_name="Lan Nguyen",
    )
    d, pages = D.application_form(F, Fm, r, notes="Section B: 'Autre situation' ticked (au pair).")
    F.pages_file("demande PUMA.pdf", "image_pdf", d, pages, dpi=200)
    return F


# ------------------------------------------------------------------ unknown


def s55():
    F, r = _F("s55_unknown_tax_notice_textpdf")
    t = dict(
        year=2025,
        spi="30 12 418 773 219",
        access="7K2M-PQ41-X9",
        ref="26 75 A41 882 117",
        recouvr="2026-07-31",
        etab="2026-07-25",
        addr=["M PEREZ DAVID", "18 RUE DE L'ARBRE SEC", "75001 PARIS"],
        rfr=31240,
        tax=1822,
        sip="Paris 1er arrondissement",
    )
    d, pages = D.unknown(
        F,
        misc.tax_notice(t, r),
        notes="Tax notice: proves income and address but is not one of the pieces required.",
    )
    F.pages_file("avis_impot_2026.pdf", "text_pdf", d, pages)
    return F


def s56():
    F, r = _F("s56_unknown_caf_letter_scan")
    t = dict(
        dept="Rhône",
        caf_addr="67 boulevard Vivier-Merle, 69409 Lyon Cedex 03",
        addr=["MME LOPEZ CARMEN", "9 RUE DUGUESCLIN", "69006 LYON"],
        alloc="4471902",
        date="2026-10-14",
        request="2026-09-30",
        salut="Madame",
    )
    d, pages = D.unknown(F, misc.caf_letter(t, r))
    F.pages_file("courrier caf.jpg", "scan", d, pages, dpi=200, gray=True)
    return F


def s57():
    F, r = _F("s57_unknown_school_certificate_photo")
    t = dict(
        school="Université Grenoble Alpes",
        school_addr="621 avenue Centrale, 38400 Saint-Martin-d'Hères",
        year="2026-2027",
        student="M. Haruto SATO",
        dob="2004-06-21",
        pob="Kyoto (Japon)",
        num="42118573",
        program="Master 1 Informatique",
        city="Saint-Martin-d'Hères",
        date="2026-09-15",
    )
    d, pages = D.unknown(F, misc.school_certificate(t, r))
    F.pages_file("certificat scolarite.jpg", "phone_photo", d, pages, bg="desk")
    return F


def s58():
    F, r = _F("s58_unknown_blank_page_scan")
    d, pages = D.unknown(
        F,
        misc.blank_note(dict(line1="Pièces pour la CPAM", line2="(voir dossier ci-joint)"), r),
        notes="A nearly blank sheet with two handwritten words.",
    )
    F.pages_file("scan0007.jpg", "scan", d, pages, dpi=150, gray=True)
    return F


def s59():
    F, r = _F("s59_unknown_rent_receipt_textpdf")
    from . import housing

    q = dict(
        landlord="M. Didier BRUNET",
        landlord_addr="40 rue Nationale, 37000 Tours",
        tenant="Mme Fatou SOW",
        address=["6 rue Bernard Palissy", "37000 Tours"],
        start="2026-10-01",
        end="2026-10-31",
        rent=560.0,
        charges=40.0,
        paid_on="2026-10-03",
        issued_on="2026-10-05",
        place="Tours",
        sig_name="D. Brunet",
    )
    d, pages = D.unknown(
        F,
        housing.quittance(q, r),
        notes="Trap: a quittance de loyer (rent receipt) is not a lease.",
    )
    F.pages_file("quittance octobre 2026.pdf", "text_pdf", d, pages)
    return F


ALL = [
    s01,
    s02,
    s03,
    s04,
    s05,
    s06,
    s07,
    s08,
    s09,
    s10,
    s11,
    s12,
    s13,
    s14,
    s15,
    s16,
    s17,
    s18,
    s19,
    s20,
    s21,
    s22,
    s23,
    s24,
    s25,
    s26,
    s27,
    s28,
    s29,
    s30,
    s31,
    s32,
    s33,
    s34,
    s35,
    s36,
    s37,
    s38,
    s39,
    s40,
    s41,
    s42,
    s43,
    s44,
    s45,
    s46,
    s47,
    s48,
    s49,
    s50,
    s51,
    s52,
    s53,
    s54,
    s55,
    s56,
    s57,
    s58,
    s59,
]
