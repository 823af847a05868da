"""Single documents (OUT_DIR/documents/<name>/): every contract type at least twice, in
every look, plus traps (quittance de loyer, second page of a bill, RIB inside a letter)."""

from . import build, cards, ids
from . import doc_civil as civ
from . import doc_housing as hou
from . import doc_misc as misc
from . import doc_work as work
from .out import Folder, a4_sheet_with, raster, raster_all
from .packets import apost, card_sheet, one_sheet

AS_OF = "2026-11-20"


def _single(name, fn):
    def run(root):
        F = Folder(root, "documents", name)
        fn(F)
        F.write_truth(as_of=AS_OF)

    run.__name__ = "s_" + name
    return run


# ============================================================================ passports


def d_passport_senegal(F):
    P = dict(
        key="s01",
        surname="DIALLO",
        given="Mamadou Lamine",
        sex="M",
        dob="1996-04-12",
        nat="SEN",
        passport=dict(
            number="A02748193",
            issue="2022-09-05",
            expiry="2027-09-04",
            authority="DAF DAKAR",
            pob="DAKAR",
            nat_text="SÉNÉGALAISE",
        ),
    )
    pp, f, _ = build.passport(P)
    F.photo("IMG_20261012_184455.jpg", pp, long_side=3264, fill=0.68, tilt=0.1)
    F.doc("passport", "phone_photo", [("IMG_20261012_184455.jpg", [1])], f)


def d_passport_cameroun(F):
    P = dict(
        key="s02",
        surname="ESSOMBA",
        given="Marie-Claire",
        sex="F",
        dob="1989-08-30",
        nat="CMR",
        passport=dict(
            number="0938471",
            issue="2023-06-14",
            expiry="2028-06-13",
            authority="DGSN YAOUNDÉ",
            pob="YAOUNDÉ",
            nat_text="CAMEROUNAISE",
        ),
    )
    pp, f, _ = build.passport(P)
    F.scan("passeport.jpg", one_sheet(pp, x=30, y=25, w=140), dpi=240, grey=True)
    F.doc(
        "passport",
        "scan",
        [("passeport.jpg", [1])],
        f,
        notes="7-digit passport number, black and white copy",
    )


def d_passport_bresil_mrz_altere(F):
    P = dict(
        key="s03",
        surname="ROCHA",
        given="Thiago Henrique",
        sex="M",
        dob="1992-11-07",
        nat="BRA",
        passport=dict(
            number="FZ739102",
            issue="2024-03-18",
            expiry="2034-03-17",
            authority="POLÍCIA FEDERAL",
            personal="38.114.902-7",
            pob="BELO HORIZONTE/MG",
            nat_text="BRASILEIRO(A)",
        ),
    )
    pp, f, mrz = build.passport(P, corrupt="dob")
    F.image_pdf("passaporte_scan.pdf", [one_sheet(pp, x=35, y=40, w=135)], seed="s03")
    F.doc(
        "passport",
        "image_pdf",
        [("passaporte_scan.pdf", [1])],
        f,
        notes="MRZ date-of-birth check digit is wrong (tampered or misprinted): mrz_valid false",
    )


def d_passport_mexique(F):
    P = dict(
        key="s04",
        surname="HERNÁNDEZ RUIZ",
        given="José Luis",
        sex="M",
        dob="1983-02-25",
        nat="MEX",
        passport=dict(
            number="G71829304",
            issue="2021-10-11",
            expiry="2027-10-10",
            authority="SRE CDMX",
            personal="HERJ830225HDFRZS04",
            pob="CIUDAD DE MÉXICO",
            nat_text="MEXICANA",
        ),
    )
    pp, f, _ = build.passport(P)
    F.photo("pasaporte.jpg", pp, long_side=2400, fill=0.75, rotate=180, blur=1.3)
    F.doc("passport", "phone_photo", [("pasaporte.jpg", [1])], f, notes="photo upside down")


# ============================================================================ national identity cards


def d_dni_espagne(F):
    sup, dni = "CAA482917", "48271936" + "TRWAGMYFPDXBNJZSQVHLCKE"[48271936 % 23]
    mrz = ids.td1(
        "ID",
        "ESP",
        sup,
        "1991-05-09",
        "F",
        "2031-05-09",
        "ESP",
        "FERNANDEZ RUIZ",
        "LUCIA",
        opt1=dni,
    )
    style = dict(
        bg="#f3eee6",
        guil="#e2d7c4",
        band="#b5121b",
        country="ESPAÑA",
        title="DOCUMENTO NACIONAL DE IDENTIDAD",
        code2="ES",
        labels=dict(
            number="DNI",
            surname="APELLIDOS / SURNAMES",
            given="NOMBRE / NAME",
            sex="SEXO / SEX",
            nationality="NACIONALIDAD",
            dob="FECHA DE NACIMIENTO",
            expiry="VALIDEZ / EXPIRY",
            issue="EMISIÓN",
            signature="FIRMA",
        ),
    )
    d = dict(
        number=dni,
        surname="FERNÁNDEZ RUIZ",
        given_names="LUCÍA",
        sex="F",
        nationality_text="ESP",
        dob_p="09 05 1991",
        expiry_p="09 05 2031",
        issue_p="09 05 2021",
        extra=[
            ("NÚM. SOPORTE", sup),
            ("LUGAR DE NACIMIENTO", "SEVILLA (SEVILLA)"),
            ("DOMICILIO", "C. BETIS 14, 3º B — SEVILLA"),
        ],
        mrz=mrz,
    )
    fr, bk = cards.eu_id_card(d, style)
    F.scan("dni_anverso.png", one_sheet(fr, w=90, x=25, y=25, angle=1.2), dpi=200)
    F.scan("dni_reverso.png", one_sheet(bk, w=90, x=25, y=25, angle=-0.8), dpi=200)
    F.doc(
        "national_id",
        "scan",
        [("dni_anverso.png", [1]), ("dni_reverso.png", [1])],
        dict(
            surname="FERNÁNDEZ RUIZ",
            given_names="LUCÍA",
            document_number=sup,
            nationality="ESP",
            issuing_country="ESP",
            date_of_birth="1991-05-09",
            expiry_date="2031-05-09",
            sex="F",
            mrz_valid=True,
        ),
        notes="Spanish DNI: the MRZ document number is the card (support) number %s; the DNI number %s sits in the "
        "optional data" % (sup, dni),
    )


def d_cc_portugal(F):
    num = "148273914ZX7"
    mrz = ids.td1(
        "I", "PRT", num, "1987-12-19", "M", "2030-12-19", "PRT", "SOUSA PEREIRA", "JOAO MIGUEL"
    )
    style = dict(
        bg="#eef3ee",
        guil="#d3e0d3",
        band="#1f6b3a",
        country="REPÚBLICA PORTUGUESA",
        title="CARTÃO DE CIDADÃO / CITIZEN CARD",
        code2="PT",
        labels=dict(
            number="Nº DOCUMENTO / DOCUMENT No.",
            surname="APELIDO(S) / SURNAME",
            given="NOME(S) / GIVEN NAME(S)",
            sex="SEXO",
            nationality="NACIONALIDADE",
            dob="DATA DE NASCIMENTO",
            expiry="DATA DE VALIDADE",
            issue="EMISSÃO",
            signature="ASSINATURA",
        ),
    )
    d = dict(
        number=num,
        number_printed="14827391 4 ZX7",
        surname="SOUSA PEREIRA",
        given_names="JOÃO MIGUEL",
        sex="M",
        nationality_text="PRT",
        dob_p="19 12 1987",
        expiry_p="19 12 2030",
        issue_p="19 12 2020",
        extra=[
            ("FILIAÇÃO", "MANUEL SOUSA PEREIRA * ANA MARIA SOUSA"),
            ("NIF", "231 847 290"),
            ("NISS", "1 2847 19302 4"),
        ],
        mrz=mrz,
    )
    fr, bk = cards.eu_id_card(d, style)
    F.image_pdf("cartao cidadao.pdf", [card_sheet(fr, bk, x=55)], seed="s06")
    F.doc(
        "national_id",
        "image_pdf",
        [("cartao cidadao.pdf", [1])],
        dict(
            surname="SOUSA PEREIRA",
            given_names="JOÃO MIGUEL",
            document_number=num,
            nationality="PRT",
            issuing_country="PRT",
            date_of_birth="1987-12-19",
            expiry_date="2030-12-19",
            sex="M",
            mrz_valid=True,
        ),
        notes="12-character document number using the ICAO long-number rule ('<' at position 15)",
    )


def d_cni_2021(F):
    H = dict(
        surname="LAMBERT",
        given="Chloé Marie",
        sex="F",
        dob="1998-01-30",
        cni=dict(
            number="F8K2RQ7M1",
            expiry="2032-07-04",
            issue="2022-07-05",
            pob="RENNES (35)",
            authority="Préfecture d'Ille-et-Vilaine",
            address=["12 RUE DE SAINT-MALO", "35000 RENNES"],
        ),
    )
    fr, bk, f = build.cni_2021(H)
    F.photo("cni_recto.jpg", fr, long_side=2600, fill=0.58)
    F.photo("cni_verso.jpg", bk, long_side=2600, fill=0.58)
    F.doc("national_id", "phone_photo", [("cni_recto.jpg", [1]), ("cni_verso.jpg", [1])], f)


def d_cni_ancienne(F):
    H = dict(
        surname="ROUSSEAU",
        given="Bernard Louis",
        sex="M",
        dob="1962-06-18",
        cni=dict(
            number="090675300451",
            admin="750123",
            expiry="2024-11-02",
            issue="2009-11-03",
            pob="PARIS 14E (75)",
            authority="PRÉFECTURE DE POLICE DE PARIS",
            address=["48 RUE DAGUERRE", "75014 PARIS"],
        ),
    )
    fr, bk, f = build.cni_old(H)
    F.scan(
        "CNI.jpg",
        a4_sheet_with([(fr, 30, 30, 110, 0.4), (bk, 30, 115, 110, -0.2)], dpi=200),
        dpi=200,
    )
    F.doc(
        "national_id",
        "scan",
        [("CNI.jpg", [1])],
        f,
        notes="old laminated model; printed validity ended 2024-11-02 (cards issued 2004-2013 to adults are "
        "officially extended by 5 years, which the card itself does not show)",
    )


# ============================================================================ visas


def d_visa_vlsts_etudiant(F):
    P = dict(
        key="s09",
        surname="KOUASSI",
        given="Aya Marie-Laure",
        sex="F",
        dob="2003-06-14",
        nat="CIV",
        passport=dict(number="20AB47281"),
    )
    vs, f = build.visa(
        P,
        dict(
            type="D",
            vls_ts=True,
            mention="ETUDIANT",
            valid_from="2026-09-01",
            valid_until="2027-08-31",
            number="028117346",
            issued_at="ABIDJAN",
            issued_on="2026-08-12",
            remarks=[
                "VLS-TS ETUDIANT",
                "VALIDATION EN LIGNE OBLIGATOIRE",
                "DANS LES 3 MOIS SUIVANT L'ARRIVEE",
            ],
        ),
    )
    F.scan("visa etudiant.jpg", one_sheet(vs, w=120, x=45, y=60), dpi=200)
    F.doc("long_stay_visa", "scan", [("visa etudiant.jpg", [1])], f)


def d_visa_vls_simple(F):
    P = dict(
        key="s10",
        surname="HAMIDI",
        given="Nour El Houda",
        sex="F",
        dob="1999-03-03",
        nat="DZA",
        passport=dict(number="201837465"),
    )
    vs, f = build.visa(
        P,
        dict(
            type="D",
            vls_ts=False,
            mention="CONJOINT DE FRANCAIS",
            valid_from="2026-07-01",
            valid_until="2026-09-28",
            number="025561208",
            issued_at="ALGER",
            issued_on="2026-06-15",
            days="90",
            remarks=["CERTIFICAT DE RESIDENCE A SOLLICITER", "DANS LES 2 MOIS SUIVANT L'ARRIVEE"],
        ),
    )
    F.photo("visa.jpg", vs, long_side=2800, fill=0.7)
    F.doc(
        "long_stay_visa",
        "phone_photo",
        [("visa.jpg", [1])],
        f,
        notes="type D visa that is NOT a VLS-TS: the holder must apply for a residence card (Algerian national)",
    )


def d_visa_schengen_c(F):
    P = dict(
        key="s11",
        surname="NGUYEN",
        given="Thi Lan",
        sex="F",
        dob="1991-03-02",
        nat="VNM",
        passport=dict(number="C1234567"),
    )
    vs, f = build.visa(
        P,
        dict(
            type="C",
            vls_ts=False,
            mention="TOURISME",
            valid_from="2026-06-10",
            valid_until="2026-07-24",
            number="026093417",
            issued_at="HANOI",
            issued_on="2026-05-28",
            days="30",
            entries="1",
            remarks=["TOURISME"],
        ),
    )
    F.image_pdf("schengen visa.pdf", [one_sheet(vs, w=120, x=45, y=40)], seed="s11")
    F.doc(
        "long_stay_visa",
        "image_pdf",
        [("schengen visa.pdf", [1])],
        f,
        notes="short-stay uniform visa (type C)",
    )


# ============================================================================ residence permits


def d_titre_talent(F):
    P = dict(
        key="s12",
        surname="WANG",
        given="Yuxuan",
        sex="M",
        dob="1990-10-21",
        nat="CHN",
        pob_city="Hangzhou",
    )
    fr, bk, f = build.titre(
        P,
        dict(
            number="A2K7W9R4T",
            type_line="CARTE DE SEJOUR PLURIANNUELLE",
            mention="PASSEPORT TALENT - CHERCHEUR",
            valid_until="2029-09-30",
            issued_on="2025-10-01",
            prefecture="PRÉFECTURE DE L'ISÈRE",
            address=["5 AVENUE FELIX VIALLET", "38000 GRENOBLE"],
        ),
    )
    F.scan("titre_recto.png", one_sheet(fr, w=90, x=20, y=20), dpi=300)
    F.scan("titre_verso.png", one_sheet(bk, w=90, x=20, y=20), dpi=300)
    F.doc("residence_permit", "scan", [("titre_recto.png", [1]), ("titre_verso.png", [1])], f)


def d_carte_resident(F):
    P = dict(
        key="s13",
        surname="TRAORÉ",
        given="Moussa",
        sex="M",
        dob="1979-01-01",
        nat="MLI",
        pob_city="Kayes",
    )
    fr, bk, f = build.titre(
        P,
        dict(
            number="R8M3Q2X7K",
            type_line="CARTE DE RESIDENT",
            mention="RESIDENT",
            valid_until="2035-04-16",
            issued_on="2025-04-17",
            prefecture="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
            address=["31 RUE GABRIEL PERI", "93200 SAINT-DENIS"],
        ),
    )
    F.photo("carte resident avant.jpg", fr, long_side=3000, fill=0.6)
    F.photo("carte resident arriere.jpg", bk, long_side=3000, fill=0.6, rotate=90)
    F.doc(
        "residence_permit",
        "phone_photo",
        [("carte resident avant.jpg", [1]), ("carte resident arriere.jpg", [1])],
        dict(f, surname="TRAORÉ"),
        notes="10-year resident card; 1st January birth date (common for late registration)",
    )


# ============================================================================ birth certificates


def _bc_fields(surname, given, dob, place, country, lang, apo=False):
    return dict(
        surname=surname,
        given_names=given,
        date_of_birth=dob,
        place_of_birth=place,
        issuing_country=country,
        language=lang,
        has_apostille=apo,
    )


def d_bc_senegal(F):
    bc = dict(
        surname="DIALLO",
        given="Mamadou Lamine",
        sex="M",
        dob="1996-04-12",
        place="Dakar",
        region="Dakar",
        dept="Dakar",
        commune="Dakar-Plateau",
        father="Ousmane DIALLO",
        mother="Awa NDIAYE",
        act_no="1874",
        issued_on="2025-12-03",
        officer="Abdoulaye SECK",
        seed="s15",
    )
    F.scan("extrait de naissance.jpg", raster(civ.senegal(bc), 0, 200), dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        [("extrait de naissance.jpg", [1])],
        _bc_fields("DIALLO", "Mamadou Lamine", "1996-04-12", "Dakar", "SEN", "fr"),
        notes="given names before the surname in the narrative",
    )


def d_bc_cote_divoire(F):
    bc = dict(
        surname="KOUASSI",
        given="Aya Marie-Laure",
        sex="F",
        dob="2003-06-14",
        place="Abidjan",
        dept="Abidjan",
        commune="Cocody",
        father="KOUASSI Konan Jean",
        father_job="comptable",
        mother="YAO Affoué Brigitte",
        mother_job="institutrice",
        act_no="2291",
        registered="2003-06-20",
        issued_on="2026-02-11",
        officer="N'GUESSAN Kouamé",
        seed="s16",
        hospital="maternité du CHU de Cocody",
    )
    F.image_pdf("extrait acte naissance CI.pdf", [raster(civ.cote_divoire(bc), 0, 200)], seed="s16")
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("extrait acte naissance CI.pdf", [1])],
        _bc_fields("KOUASSI", "Aya Marie-Laure", "2003-06-14", "Abidjan", "CIV", "fr"),
        notes="two-column register extract, date written in words only",
    )


def d_bc_cameroun(F):
    bc = dict(
        surname="ESSOMBA",
        given="Marie-Claire",
        sex="F",
        dob="1989-08-30",
        place="Yaoundé",
        region="Centre",
        region_en="Centre",
        dept="Mfoundi",
        centre="Yaoundé IIIe",
        father="ESSOMBA Jean-Pierre",
        mother="NGO BIYONG Thérèse",
        act_no="873/1989",
        registered="1989-09-08",
        officer="MBARGA Paul",
        secretary="ATANGANA Louis",
        seed="s17",
    )
    F.photo("acte naissance.jpg", raster(civ.cameroon(bc), 0, 170), long_side=3000)
    F.doc(
        "birth_certificate",
        "phone_photo",
        [("acte naissance.jpg", [1])],
        _bc_fields("ESSOMBA", "Marie-Claire", "1989-08-30", "Yaoundé", "CMR", "fr/en"),
        notes="bilingual French / English labels",
    )


def d_bc_mali(F):
    bc = dict(
        surname="TRAORÉ",
        given="Moussa",
        sex="M",
        dob="1979-01-01",
        place="Kayes",
        cercle="Kayes",
        commune="Kayes",
        father="Bakary TRAORÉ",
        father_job="cultivateur",
        mother="Fanta KEÏTA",
        mother_job="ménagère",
        addr="Kayes, quartier Khasso",
        registered="1979-02-10",
        issued_on="2024-05-06",
        act_no="118",
        officer="Sékou DEMBÉLÉ",
        seed="s18",
    )
    F.scan("acte_naissance_mali.jpg", raster(civ.mali(bc), 0, 200), dpi=200, grey=True)
    F.doc(
        "birth_certificate",
        "scan",
        [("acte_naissance_mali.jpg", [1])],
        _bc_fields("TRAORÉ", "Moussa", "1979-01-01", "Kayes", "MLI", "fr"),
        notes="'Volet n° 3' copy",
    )


def d_bc_rdc(F):
    bc = dict(
        ville="Kinshasa",
        commune="Lingwala",
        volume="IV",
        folio="212",
        act_no="1187/2024",
        officer="MAKIADI Jean",
        registered="2024-03-12",
        father="MUKENDI Albert",
        mother="KABEYA Julienne",
        dob="1994-09-16",
        place="Kinshasa",
        sex="M",
        nom="MUKENDI",
        postnom="KABONGO",
        prenom="Jean-Paul",
        issued_on="2024-03-12",
        seed="s19",
    )
    F.image_pdf("acte de naissance RDC.pdf", [raster(civ.drc(bc), 0, 200)], seed="s19", grey=True)
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("acte de naissance RDC.pdf", [1])],
        _bc_fields("MUKENDI KABONGO", "Jean-Paul", "1994-09-16", "Kinshasa", "COD", "fr"),
        notes="Congolese naming: nom MUKENDI, postnom KABONGO, prénom Jean-Paul; late registration (2024) of a 1994 birth",
    )


def d_bc_france(F):
    bc = dict(
        commune="Lyon 3e",
        surname="MARTIN",
        given="Léa Camille",
        sex="F",
        dob="2001-05-22",
        act_no="1432",
        father="Nicolas MARTIN",
        father_dob="le 3 février 1972 à Villeurbanne (Rhône)",
        mother="Sophie GIRARD",
        mother_dob="le 17 août 1974 à Lyon 6e (Rhône)",
        registered="2001-05-23",
        officer="Anne DUPRÉ",
        issued_on="2026-09-30",
        seed="s20",
        hour_words="quatorze heures dix",
    )
    F.image_pdf("copie integrale acte naissance.pdf", [raster(civ.france(bc), 0, 200)], seed="s20")
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("copie integrale acte naissance.pdf", [1])],
        _bc_fields("MARTIN", "Léa Camille", "2001-05-22", "Lyon 3e", "FRA", "fr"),
        notes="French civil-status copy: no apostille needed",
    )


def d_bc_bresil_apostille(F):
    bc = dict(
        full_name="LUCAS GABRIEL PEREIRA ALVES",
        cpf="512.884.307-12",
        matricula="104554 01 55 2000 1 00212 117 0071842-09",
        dob="2000-08-14",
        hour="22:10",
        place="RIO DE JANEIRO - RJ",
        hospital="MATERNIDADE PERINATAL BARRA",
        sex="M",
        father="MARCELO ALVES",
        mother="PATRÍCIA PEREIRA ALVES",
        grandparents="Paternos: JOÃO ALVES e MARIA ALVES; Maternos: PAULO PEREIRA e CLEIDE PEREIRA",
        registered="2000-08-21",
        cartorio="CARTÓRIO DO 4º OFÍCIO DE REGISTRO CIVIL - RIO DE JANEIRO",
        cartorio_addr="Av. Presidente Vargas, 446 - Rio de Janeiro - RJ",
        issued_on="2026-04-02",
        seed="s21",
    )
    ap, apf = apost(
        "República Federativa do Brasil",
        "Ana Paula Ferreira",
        "Oficial de Registro Civil",
        "4º Ofício de Registro Civil do Rio de Janeiro",
        "Rio de Janeiro",
        "2026-04-06",
        "Cartório do 4º Ofício — autoridade apostilante (CNJ)",
        "BR 0841.2026.0047182",
        "s21ap",
        lang="fr_en",
        style="eapostille",
        header=["APOSTILA / APOSTILLE", "Conselho Nacional de Justiça"],
        band="#1b5e20",
        verify="Verifique em apostil.org.br com o código de verificação.",
    )
    F.image_pdf(
        "certidao + apostila.pdf", [raster(civ.brazil(bc), 0, 200), raster(ap, 0, 200)], seed="s21"
    )
    F.doc(
        "birth_certificate",
        "image_pdf",
        [("certidao + apostila.pdf", [1])],
        _bc_fields(
            "PEREIRA ALVES", "LUCAS GABRIEL", "2000-08-14", "RIO DE JANEIRO - RJ", "BRA", "pt", True
        ),
        notes="full name in one box; the apostille is page 2 of the same PDF",
    )
    F.doc("apostille", "image_pdf", [("certidao + apostila.pdf", [2])], apf)


def d_bc_mexique(F):
    bc = dict(
        given="JOSÉ LUIS",
        surname1="HERNÁNDEZ",
        surname2="RUIZ",
        sex="M",
        dob="1983-02-25",
        place="CIUDAD DE MÉXICO",
        father=("LUIS ALBERTO HERNÁNDEZ CASTRO", "MEXICANA"),
        mother=("ROSA MARÍA RUIZ VEGA", "MEXICANA"),
        ident="09015001198300456",
        curp="HERJ830225HDFRZS04",
        state="CIUDAD DE MÉXICO",
        muni="BENITO JUÁREZ",
        act_no="01187",
        issued_on="2025-09-19",
        officer="LIC. MARTHA SALAZAR",
        chain="7b1c02ffe91a3d44e0a",
        seed="s22",
    )
    F.scan("acta.jpg", raster(civ.mexico(bc), 0, 200), dpi=200)
    F.doc(
        "birth_certificate",
        "scan",
        [("acta.jpg", [1])],
        _bc_fields("HERNÁNDEZ RUIZ", "JOSÉ LUIS", "1983-02-25", "CIUDAD DE MÉXICO", "MEX", "es"),
    )


def d_bc_uk(F):
    bc = dict(
        surname="Clarke",
        given="Oliver James",
        sex="M",
        dob="1986-11-23",
        place="St Mary's Hospital, Manchester",
        father="Peter CLARKE",
        father_bp="Bolton",
        father_occ="Teacher",
        mother="Susan Jane CLARKE",
        mother_bp="Stockport",
        mother_maiden="BIRCH",
        address="7 Wilmslow Road, Manchester",
        informant="S. J. Clarke, Mother",
        registered="1986-12-02",
        registrar="K. Patel, Registrar",
        district="Manchester",
        subdistrict="Manchester South",
        area="City of Manchester",
        entry_no="287",
        cert_no="218475",
        app_no="7733120",
        issued_on="2026-01-15",
        seed="s23",
    )
    F.photo("birth certificate.jpg", raster(civ.uk(bc), 0, 160), long_side=3200, fill=0.85)
    F.doc(
        "birth_certificate",
        "phone_photo",
        [("birth certificate.jpg", [1])],
        _bc_fields("CLARKE", "Oliver James", "1986-11-23", "Manchester", "GBR", "en"),
        notes="landscape certificate photographed; no apostille attached",
    )


# ============================================================================ apostilles alone


def d_apostille_maroc(F):
    ap, apf = apost(
        "ROYAUME DU MAROC",
        "Mme Naima BERRADA",
        "Officier de l'état civil",
        "Commune de Rabat-Hassan",
        "Rabat",
        "2026-05-14",
        "Le Procureur du Roi près le Tribunal de première instance de Rabat",
        "2026/RA/03391",
        "s25",
        stamp_top="ROYAUME DU MAROC",
        stamp_bottom="PARQUET RABAT",
    )
    F.scan("apostille.jpg", raster(ap, 0, 200), dpi=200, grey=True)
    F.doc("apostille", "scan", [("apostille.jpg", [1])], apf)


def d_apostille_texas(F):
    ap, apf = apost(
        "United States of America",
        "Jennifer A. Shaw",
        "Deputy State Registrar",
        "Texas Department of State Health Services",
        "Austin, Texas",
        "2026-03-09",
        "Secretary of State of Texas",
        "TX-1844573",
        "s26",
        lang="en",
        style="page",
        header=["THE STATE OF TEXAS", "SECRETARY OF STATE"],
        datefmt=lambda s: "March 9, 2026",
        stamp_top="SECRETARY OF STATE",
        stamp_bottom="TEXAS",
        stamp_color="#8a6d1a",
    )
    F.image_pdf("apostille texas.pdf", [raster(ap, 0, 200)], seed="s26")
    F.doc("apostille", "image_pdf", [("apostille texas.pdf", [1])], apf)


def d_apostille_philippines(F):
    ap, apf = apost(
        "Republic of the Philippines",
        "Claire Dennis S. Mapa",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Pasay City",
        "2026-02-20",
        "Department of Foreign Affairs",
        "AP-2026-0318442",
        "s27",
        lang="en",
        style="eapostille",
        header=["DEPARTMENT OF FOREIGN AFFAIRS", "Office of Consular Affairs"],
        datefmt=lambda s: "20 February 2026",
        band="#1b3a8c",
        verify="Scan the QR code or visit apostille.dfa.gov.ph to verify this apostille.",
    )
    F.text_pdf("e-apostille.pdf", ap)
    F.doc("apostille", "text_pdf", [("e-apostille.pdf", [1])], apf)


# ============================================================================ translations


def d_traduction_bresil(F):
    tr = dict(
        seed="s28",
        translator="Beatriz CARVALHO-MOREAU",
        court="Paris",
        translator_addr="18 rue Lepic, 75018 Paris",
        phone="01 42 64 19 08",
        email="b.carvalho.traductions@free.fr",
        number="26-0412",
        source_lang="portugais (Brésil)",
        source_lang_adj="portugaise",
        header=[
            "RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL",
            "REGISTRE CIVIL DES PERSONNES PHYSIQUES",
            "ACTE DE NAISSANCE",
        ],
        rows=[
            ("Nom :", "LUCAS GABRIEL PEREIRA ALVES"),
            ("Matricule :", "104554 01 55 2000 1 00212 117 0071842-09"),
            ("Date de naissance :", "quatorze août deux mille (14/08/2000), 22h10"),
            ("Lieu de naissance :", "Rio de Janeiro - RJ"),
            ("Sexe :", "masculin"),
            ("Filiation :", "Marcelo ALVES et Patrícia PEREIRA ALVES"),
            ("Date d'enregistrement :", "21 août 2000"),
            ("Mentions :", "néant"),
        ],
        paras=[
            "Certidão délivrée le 2 avril 2026 par l'officier du 4e Office d'état civil de Rio de Janeiro. "
            "Apostille n° BR 0841.2026.0047182 du 6 avril 2026."
        ],
        place="Paris",
        date="2026-05-04",
        seal="Cartório do 4º Ofício",
    )
    F.text_pdf("traduction certifiee.pdf", civ.translation(tr))
    F.doc("translation", "text_pdf", [("traduction certifiee.pdf", [1])], {})


def d_traduction_turc(F):
    tr = dict(
        seed="s29",
        translator="Elif DEMIR",
        court="Lyon",
        translator_addr="5 quai Saint-Antoine, 69002 Lyon",
        phone="04 78 42 18 90",
        email="elif.demir@traduction-lyon.fr",
        number="2026/231",
        source_lang="turc",
        source_lang_adj="turque",
        header=[
            "RÉPUBLIQUE DE TURQUIE",
            "MINISTÈRE DE L'INTÉRIEUR",
            "EXTRAIT D'ENREGISTREMENT DE NAISSANCE",
        ],
        rows=[
            ("N° d'identité :", ids.tckn("284615907")),
            ("Nom :", "YILMAZ"),
            ("Prénom :", "MEHMET ALİ"),
            ("Nom du père :", "HASAN"),
            ("Nom de la mère :", "AYŞE"),
            ("Lieu de naissance :", "KARŞIYAKA"),
            ("Date de naissance :", "02.10.1995"),
            ("Sexe :", "masculin"),
            ("Département :", "İZMİR"),
        ],
        place="Lyon",
        date="2026-08-19",
        seal="Nüfus Müdürlüğü",
    )
    F.image_pdf(
        "traduction acte turc.pdf", [raster(civ.translation(tr), 0, 200)], seed="s29", grey=True
    )
    F.doc("translation", "image_pdf", [("traduction acte turc.pdf", [1])], {})


# ============================================================================ utility bills


def _addr(name, street, city):
    return [name, street, city]


def d_bill_edf(F):
    pdf, f = build.bill(
        "edf",
        "MME LÉA MARTIN",
        _addr("MME LÉA MARTIN", "7 rue de Marseille", "69007 LYON"),
        "2026-08-13",
        "2026-10-12",
        "2026-10-16",
        "s30",
        118.54,
        client_no="6 004 218 733",
        kwh=402,
    )
    F.text_pdf("facture_EDF_2026-10.pdf", pdf)
    F.doc(
        "utility_bill",
        "text_pdf",
        [("facture_EDF_2026-10.pdf", [1, 2])],
        f,
        notes="two-month billing period",
    )


def d_engie_attestation(F):
    pdf, f = build.bill(
        "engie_att",
        "Madame Chloé LAMBERT",
        _addr("MME CHLOÉ LAMBERT", "12 rue de Saint-Malo", "35000 RENNES"),
        "2025-03-15",
        None,
        "2026-10-02",
        "s31",
        0.0,
        client_no="2 104 557 921",
    )
    f["period_end"] = None
    F.text_pdf("Attestation_titulaire_contrat.pdf", pdf)
    F.doc(
        "utility_bill",
        "text_pdf",
        [("Attestation_titulaire_contrat.pdf", [1])],
        f,
        notes="energy 'attestation de titulaire de contrat', not a bill: period_start is the contract start "
        "(mise en service), no billing period",
    )


def d_bill_total(F):
    pdf, f = build.bill(
        "total",
        "M. OU MME RAHMANI",
        _addr("M. OU MME RAHMANI", "3 allée des Pins", "33600 PESSAC"),
        "2026-09-01",
        "2026-09-30",
        "2026-10-06",
        "s32",
        87.30,
        client_no="1300772451",
    )
    F.scan("facture total.jpg", raster(pdf, 0, 200), dpi=200)
    F.doc(
        "utility_bill",
        "scan",
        [("facture total.jpg", [1])],
        f,
        notes="holder 'M. OU MME RAHMANI' with no given names",
    )


def d_bill_free_detail(F):
    pdf, f = build.bill(
        "free",
        "Diallo Mamadou",
        _addr("Diallo Mamadou", "22 rue de Tanger", "75019 PARIS"),
        "2026-10-01",
        "2026-10-31",
        "2026-10-02",
        "s33",
        34.99,
        with_detail=True,
        email="mamadou.diallo@free.fr",
        line_no="FO10872211",
    )
    F.text_pdf("Facture_Free_oct.pdf", pdf)
    F.doc(
        "utility_bill",
        "text_pdf",
        [("Facture_Free_oct.pdf", [1, 2])],
        f,
        notes="page 1 names only the month; the period appears on the detail page 2",
    )


def d_bill_sfr_photo(F):
    pdf, f = build.bill(
        "sfr",
        "M. KEVIN NGUYEN",
        _addr("M. KEVIN NGUYEN", "40 rue Nationale", "59800 LILLE"),
        "2026-09-15",
        "2026-10-14",
        "2026-10-15",
        "s34",
        26.99,
        offer="SFR Mobile 80 Go",
        service="mobile",
        client_no="0688 124 037",
        line_no="06 88 12 40 37",
    )
    F.photo("facture sfr.jpg", raster(pdf, 0, 170), long_side=3000, light=0.35)
    F.doc("utility_bill", "phone_photo", [("facture sfr.jpg", [1])], f)


def d_bill_orange_scan(F):
    pdf, f = build.bill(
        "orange",
        "MME CHANTAL BERGER",
        _addr("MME CHANTAL BERGER", "8 chemin des Écoliers", "74000 ANNECY"),
        "2026-09-22",
        "2026-10-21",
        "2026-09-22",
        "s35",
        47.99,
        client_no="0450 228 114",
        line_no="04 50 22 81 14",
        service="internet",
    )
    F.image_pdf("orange.pdf", [raster(pdf, 0, 200)], seed="s35", grey=True)
    F.doc("utility_bill", "image_pdf", [("orange.pdf", [1])], f)


def d_bill_bouygues(F):
    pdf, f = build.bill(
        "bouygues",
        "M. ADRIEN FAURE",
        _addr("M. ADRIEN FAURE", "15 rue Sainte-Catherine", "33000 BORDEAUX"),
        "2026-09-05",
        "2026-10-04",
        "2026-10-05",
        "s36",
        15.99,
        greeting="Adrien",
        client_no="1.33820174",
        line_no="07 81 20 64 33",
        offer="B&You 30 Go",
    )
    F.text_pdf("Facture_Bouygues_Telecom.pdf", pdf)
    F.doc("utility_bill", "text_pdf", [("Facture_Bouygues_Telecom.pdf", [1])], f)


def d_bill_eau(F):
    pdf, f = build.bill(
        "water",
        "M. THOMAS GIRAUD",
        _addr("M. THOMAS GIRAUD", "19 cours Vitton", "69006 LYON"),
        "2026-04-01",
        "2026-09-30",
        "2026-10-14",
        "s37",
        96.12,
        client_no="3007844129",
    )
    F.scan("facture eau.jpg", raster(pdf, 0, 200), dpi=200)
    F.doc("utility_bill", "scan", [("facture eau.jpg", [1])], f, notes="six-month water bill")


def d_bill_sfr_page2(F):
    pdf, f = build.bill(
        "sfr",
        "M. KEVIN NGUYEN",
        _addr("M. KEVIN NGUYEN", "40 rue Nationale", "59800 LILLE"),
        "2026-08-15",
        "2026-09-14",
        "2026-09-15",
        "s38",
        26.99,
        offer="SFR Fibre Power",
        page2_only=True,
        client_no="0688 124 037",
    )
    F.image_pdf("scan_page2.pdf", [raster(pdf, 0, 200)], seed="s38")
    f.update(holder_name=None, issue_date=None)
    F.doc(
        "utility_bill",
        "image_pdf",
        [("scan_page2.pdf", [1])],
        f,
        notes="TRAP: only the second (detail) page of an SFR bill: no holder name, no address, no issue date",
    )


def d_bill_engie_photo(F):
    pdf, f = build.bill(
        "engie",
        "MME AMÉLIE ROUX",
        _addr("MME AMÉLIE ROUX", "2 rue Danton", "37000 TOURS"),
        "2026-09-01",
        "2026-09-30",
        "2026-10-03",
        "s39",
        64.80,
        client_no="4 310 227 118",
    )
    F.photo("IMG_5120.JPG", raster(pdf, 0, 170), long_side=2600, rotate=270)
    F.doc(
        "utility_bill",
        "phone_photo",
        [("IMG_5120.JPG", [1])],
        f,
        notes="photo rotated 90° the other way",
    )


# ============================================================================ leases, quittance


def d_bail_vide(F):
    lease = dict(
        seed="s40",
        landlord="Mme Monique PERRIN",
        landlord_addr="4 rue Foch, 34000 Montpellier",
        tenants=["Hugo BLANC", "Inès BLANC"],
        tenants_full=[
            "M. Hugo BLANC, né le 03/04/1994 à Nîmes",
            "Mme Inès BLANC, née le 21/11/1995 à Alès",
        ],
        address_full="27 avenue de Toulouse, 2e étage, 34070 Montpellier",
        surface="62",
        rooms=3,
        start="2025-07-01",
        rent=890.0,
        charges=70.0,
        place="Montpellier",
        signed_on="2025-06-20",
    )
    F.text_pdf("bail.pdf", hou.lease_official(lease))
    F.doc(
        "lease",
        "text_pdf",
        [("bail.pdf", [1, 2, 3, 4])],
        dict(
            tenant_names=["Hugo BLANC", "Inès BLANC"],
            landlord="Monique PERRIN",
            start_date="2025-07-01",
        ),
        notes="two co-tenants",
    )


def d_bail_meuble_photos(F):
    lease = dict(
        seed="s41",
        agency="Azur Location",
        agency_addr="10 avenue Jean Médecin, 06000 Nice",
        cpi="CPI 0605 2020 000 044 812",
        landlord="M. Franck GIORDANO",
        landlord_addr="33 rue de France, 06000 Nice",
        tenants=["Sofia ROSSI"],
        tenants_full=["Mme Sofia ROSSI, née le 09/09/1997 à Turin (Italie)"],
        address_full="6 rue Gioffredo, 06000 Nice",
        surface="27",
        rooms=1,
        start="2026-04-01",
        rent=740.0,
        charges=50.0,
        place="Nice",
        signed_on="2026-03-25",
        agency_color="#0077a8",
    )
    pages = raster_all(hou.lease_agency(lease), 170)
    F.photo("bail page 1.jpg", pages[0], long_side=3000)
    F.photo("bail page 2.jpg", pages[1], long_side=3000)
    F.doc(
        "lease",
        "phone_photo",
        [("bail page 1.jpg", [1]), ("bail page 2.jpg", [1])],
        dict(tenant_names=["Sofia ROSSI"], landlord="Franck GIORDANO", start_date="2026-04-01"),
    )


def d_quittance(F):
    q = dict(
        seed="s42",
        landlord="M. Gérard FONTAINE",
        landlord_addr="9 chemin de Montauban, 69005 Lyon",
        tenant="Mme Fatima-Zahra EL IDRISSI",
        address=["14 rue Paul Bert, bât. C", "69003 Lyon"],
        start="2026-10-01",
        end="2026-10-31",
        rent=712.0,
        charges=55.0,
        amount_words="sept cent soixante-sept euros",
        paid="2026-10-05",
        issued="2026-10-06",
        place="Lyon",
    )
    F.scan("quittance octobre.jpg", raster(hou.quittance(q), 0, 200), dpi=200)
    F.doc(
        "unknown",
        "scan",
        [("quittance octobre.jpg", [1])],
        {},
        notes="TRAP: a rent receipt (quittance de loyer) is not a lease",
    )


# ============================================================================ hosting attestations


def d_attestation_manuscrite(F):
    a = dict(
        seed="s43",
        hand_font="Dancing",
        size=15,
        ink="#20206a",
        lines=[
            "Je soussigné Karim HADDAD, né le 14/02/1975 à Lyon,",
            "demeurant 6 rue Juliette Récamier 69006 Lyon,",
            "atteste héberger à mon domicile mon neveu",
            "Rayan HADDAD, né le 30/07/2001 à Oran (Algérie),",
            "depuis le 1er septembre 2026.",
            "",
            "Je joins la copie de ma carte d'identité",
            "et ma dernière facture EDF.",
        ],
        fait="Lyon, le 12 novembre 2026",
    )
    F.photo("attestation.jpg", raster(hou.attestation_hand(a), 0, 170), long_side=3000)
    F.doc(
        "hosting_attestation",
        "phone_photo",
        [("attestation.jpg", [1])],
        dict(
            host_name="Karim HADDAD",
            hosted_name="Rayan HADDAD",
            since_date="2026-09-01",
            signed=True,
            signed_on="2026-11-12",
        ),
        notes="cursive handwriting on Seyès paper",
    )


def d_attestation_tapee_scan(F):
    a = dict(
        seed="s44",
        font="Carlito",
        host_block=["Élodie FONTAINE", "15 rue des Lilas", "67000 Strasbourg"],
        paras=[
            "Je soussignée Élodie FONTAINE, née le 5 mai 1984 à Colmar, demeurant 15 rue des Lilas, "
            "67000 Strasbourg, atteste sur l'honneur que M. Arjun MEHTA, né le 19 octobre 1993 à Pune (Inde), "
            "réside à mon domicile depuis le 15/06/2026.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        fait="Fait à Strasbourg, le 02/11/2026",
        pj=["copie de mon passeport", "facture Électricité de Strasbourg"],
    )
    F.image_pdf(
        "attestation hebergement signee.pdf", [raster(hou.attestation_typed(a), 0, 200)], seed="s44"
    )
    F.doc(
        "hosting_attestation",
        "image_pdf",
        [("attestation hebergement signee.pdf", [1])],
        dict(
            host_name="Élodie FONTAINE",
            hosted_name="Arjun MEHTA",
            since_date="2026-06-15",
            signed=True,
            signed_on="2026-11-02",
        ),
    )


def d_attestation_non_signee(F):
    a = dict(
        seed="s45",
        font="Caladea",
        signed=False,
        host_block=["Paul-Henri DUVAL", "2 place Stanislas", "54000 Nancy"],
        paras=[
            "Je soussigné Paul-Henri DUVAL, né le 8 janvier 1969 à Épinal, certifie héberger à mon domicile, "
            "2 place Stanislas à Nancy, Mme Ana Sofía CASTRO, née le 2 mars 1998 à Lima (Pérou), "
            "depuis le 1er octobre 2025.",
            "Fait pour servir et valoir ce que de droit.",
        ],
        fait="Nancy, le 10 novembre 2026",
    )
    F.text_pdf("attestation_hebergement.pdf", hou.attestation_typed(a))
    F.doc(
        "hosting_attestation",
        "text_pdf",
        [("attestation_hebergement.pdf", [1])],
        dict(
            host_name="Paul-Henri DUVAL",
            hosted_name="Ana Sofía CASTRO",
            since_date="2025-10-01",
            signed=False,
            signed_on=None,
        ),
        notes="typed and never signed (signature area empty)",
    )


# ============================================================================ payslips


def d_paie_clarifie_scan(F):
    s = dict(
        seed="s46",
        employer="Boulangerie Artisanale Morel SARL",
        employer_addr=["18 rue du Four", "35000 Rennes"],
        siret=ids.siret(ids.siren("48122907"), "0014"),
        employee="M. DIALLO Mamadou Lamine",
        employee_addr=["22 rue de Tanger", "75019 Paris"],
        job="Vendeur",
        hired="2025-04-01",
        period="2026-09",
        start="2026-09-01",
        end="2026-09-30",
        paid="2026-10-02",
        gross=1861.0,
        naf="1071C",
        idcc="Boulangerie-pâtisserie artisanale (IDCC 843)",
        urssaf="Bretagne",
        status="Employé",
        pas_rate=0.0,
        months=9,
    )
    F.image_pdf(
        "fiche de paie septembre.pdf", [raster(work.payslip_clarifie(s), 0, 200)], seed="s46"
    )
    F.doc(
        "payslip",
        "image_pdf",
        [("fiche de paie septembre.pdf", [1])],
        dict(
            employer="Boulangerie Artisanale Morel SARL",
            employee_name="DIALLO Mamadou Lamine",
            period="2026-09",
        ),
        notes="surname first in the employee name",
    )


def d_paie_sage_photo(F):
    s = dict(
        seed="s47",
        employer="Hôtel des Voyageurs SAS",
        employer_addr=["2 place de la Gare", "21000 Dijon"],
        siret=ids.siret(ids.siren("39201877"), "0029"),
        employee="Mme ESSOMBA MARIE-CLAIRE",
        employee_addr=["11 rue Berbisey", "21000 Dijon"],
        job="Réceptionniste",
        hired="2024-11-18",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-11-04",
        gross=1950.0,
        naf="5510Z",
        pas_rate=0.012,
    )
    F.photo("IMG_7781.jpg", raster(work.payslip_sage(s), 0, 170), long_side=3000, light=0.3)
    F.doc(
        "payslip",
        "phone_photo",
        [("IMG_7781.jpg", [1])],
        dict(
            employer="Hôtel des Voyageurs SAS",
            employee_name="ESSOMBA MARIE-CLAIRE",
            period="2026-10",
        ),
    )


def d_paie_moderne(F):
    s = dict(
        seed="s48",
        employer="Kiwi Mobility SAS",
        employer_addr=["25 rue du Faubourg Saint-Antoine", "75011 Paris"],
        siret=ids.siret(ids.siren("85320196"), "0002"),
        employee="M. Arjun MEHTA",
        employee_addr=["15 rue des Lilas", "67000 Strasbourg"],
        job="Product manager",
        hired="2026-06-01",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        gross=4300.0,
        accent="#e4572e",
        pas_rate=0.074,
    )
    F.text_pdf("Bulletin de paie - octobre 2026.pdf", work.payslip_modern(s))
    F.doc(
        "payslip",
        "text_pdf",
        [("Bulletin de paie - octobre 2026.pdf", [1])],
        dict(employer="Kiwi Mobility SAS", employee_name="Arjun MEHTA", period="2026-10"),
    )


# ============================================================================ contracts


def d_cdi(F):
    c = dict(
        type="CDI",
        seed="s49",
        employer="Kiwi Mobility",
        employer_addr=["25 rue du Faubourg Saint-Antoine", "75011 Paris"],
        siret=ids.siret(ids.siren("85320196"), "0002"),
        rcs="Paris",
        signatory="M. Julien TESSIER",
        signatory_role="Président",
        employee="M. Arjun MEHTA",
        dob="1993-10-19",
        pob="Pune (Inde)",
        nationality="indienne",
        employee_addr="15 rue des Lilas, 67000 Strasbourg",
        start="2026-06-01",
        job="Product manager",
        gross=4300.0,
        workplace="Paris 11e, télétravail partiel",
        place="Paris",
        signed_on="2026-04-28",
        font="Caladea",
        letterhead=True,
        color="#e4572e",
    )
    F.text_pdf("Contrat_CDI_MEHTA.pdf", work.contract(c))
    F.doc(
        "employment_contract",
        "text_pdf",
        [("Contrat_CDI_MEHTA.pdf", [1, 2, 3])],
        dict(
            employer="Kiwi Mobility",
            employee_name="Arjun MEHTA",
            contract_type="CDI",
            job_title="Product manager",
            start_date="2026-06-01",
        ),
    )


def d_cdd_scan(F):
    c = dict(
        type="CDD",
        seed="s50",
        employer="Les Vergers du Lot",
        employer_addr=["Lieu-dit Pech Bas", "46090 Cahors"],
        siret=ids.siret(ids.siren("51288340"), "0017"),
        rcs="Cahors",
        form="EARL",
        capital="15 000",
        signatory="Mme Martine COSTES",
        signatory_role="Gérante",
        employee="M. Youssef AMRANI",
        dob="1990-12-01",
        pob="Fès (Maroc)",
        nationality="marocaine",
        employee_addr="25 rue Saint-Jean, 21000 Dijon",
        start="2026-08-17",
        end="2026-10-30",
        job="Ouvrier agricole saisonnier",
        status="ouvrier",
        gross=1823.03,
        workplace="Cahors",
        place="Cahors",
        signed_on="2026-08-14",
        motif="la récolte des pommes",
        idcc="production agricole (IDCC 7024)",
        font="LiberationSerif",
    )
    F.image_pdf("contrat saisonnier.pdf", raster_all(work.contract(c), 200), seed="s50", grey=True)
    F.doc(
        "employment_contract",
        "image_pdf",
        [("contrat saisonnier.pdf", [1, 2, 3])],
        dict(
            employer="Les Vergers du Lot",
            employee_name="Youssef AMRANI",
            contract_type="CDD",
            job_title="Ouvrier agricole saisonnier",
            start_date="2026-08-17",
        ),
        notes="seasonal fixed-term contract",
    )


# ============================================================================ RIBs


def d_rib_lbp_scan(F):
    pdf, f = build.rib(
        "lbp",
        ["MME KOUASSI AYA MARIE-LAURE", "RESIDENCE CROUS ANDRE ALLIX", "69005 LYON"],
        "MME KOUASSI AYA MARIE-LAURE",
        "01007",
        "05512748302",
        ["La Banque Postale", "Centre Financier de Lyon", "69900 LYON CEDEX 20"],
        "s51",
    )
    F.scan("rib.png", raster(pdf, 0, 200), dpi=200)
    F.doc("rib", "scan", [("rib.png", [1])], f)


def d_rib_app(F):
    pdf, f = build.rib(
        "bourso_app",
        ["M HUGO BLANC"],
        "M HUGO BLANC",
        "00001",
        "00041982233",
        ["BoursoBank, 44 rue Traversière, 92100 Boulogne-Billancourt"],
        "s52",
        clock="22:07",
    )
    F.screenshot("Capture d'écran 2026-11-03 220712.png", raster(pdf, 0, 216))
    F.doc("rib", "screenshot", [("Capture d'écran 2026-11-03 220712.png", [1])], f)


def d_rib_lettre_lcl(F):
    pdf, f = build.rib(
        "lcl_letter",
        ["M. OLIVER CLARKE"],
        "M. OLIVER CLARKE",
        "00612",
        "00003918274",
        ["LCL BORDEAUX GAMBETTA", "2 place Gambetta", "33000 BORDEAUX"],
        "s53",
        holder_addr=["9 RUE DU PALAIS GALLIEN", "33000 BORDEAUX"],
        salutation="Monsieur",
        issue="2026-09-08",
        city="Bordeaux",
    )
    F.image_pdf("courrier banque.pdf", [raster(pdf, 0, 200)], seed="s53")
    F.doc(
        "rib",
        "image_pdf",
        [("courrier banque.pdf", [1])],
        f,
        notes="TRAP: RIB at the bottom of a welcome letter, scanned",
    )


def d_rib_n26(F):
    pdf, f = build.foreign_rib(
        "n26",
        ["Sofia Rossi"],
        "Sofia Rossi",
        "10011001" + "2624918350",
        "s54",
        issue_p="12.04.2026",
    )
    F.text_pdf("N26 bank details.pdf", pdf)
    F.doc("rib", "text_pdf", [("N26 bank details.pdf", [1])], f, notes="German IBAN (foreign SEPA)")


def d_rib_ca_joint_scan(F):
    pdf, f = build.rib(
        "ca",
        ["M. BLANC HUGO", "OU MME BLANC INES"],
        "M. BLANC HUGO OU MME BLANC INES",
        "00041",
        "00073318250",
        ["CRCAM LANGUEDOC", "Agence Montpellier Comédie", "34000 MONTPELLIER"],
        "s55",
        joint=True,
        caisse="Caisse régionale du Languedoc",
    )
    F.scan("RIB joint.jpg", raster(pdf, 0, 200), dpi=200, grey=True)
    F.doc("rib", "scan", [("RIB joint.jpg", [1])], f, notes="joint account")


# ============================================================================ forms


def _person_form(key, **kw):
    P = dict(key=key, sex="F", addr=dict(street="", zip="", city=""))
    P.update(kw)
    return P


def d_form_acroform(F):
    P = _person_form(
        "s56",
        surname="KOUASSI",
        given="Aya Marie-Laure",
        sex="F",
        dob="2003-06-14",
        nat_fr="ivoirienne",
        pob_city="Abidjan",
        pob_country="Côte d'Ivoire",
        addr=dict(street="Résidence CROUS André Allix, ch. 214", zip="69005", city="LYON"),
        phone="07 58 44 12 90",
        email="aya.kouassi@etu.univ-lyon.fr",
    )
    pdf, f = build.form(
        P,
        dict(situation="etudiant", arrival="2026-09-03", signed_on="2026-11-10", fait_a="Lyon"),
        mode="acroform",
    )
    F.text_pdf("S1106_rempli.pdf", pdf)
    F.doc(
        "application_form",
        "text_pdf",
        [("S1106_rempli.pdf", [1, 2])],
        f,
        notes="AcroForm fillable PDF",
    )


def d_form_manuscrit_photos(F):
    P = _person_form(
        "s57",
        surname="TRAORÉ",
        given="Moussa",
        sex="M",
        dob="1979-01-01",
        nat_fr="malienne",
        pob_city="Kayes",
        pob_country="Mali",
        addr=dict(street="31 rue Gabriel Péri", zip="93200", city="SAINT-DENIS"),
        phone="06 51 77 20 03",
    )
    pdf, f = build.form(
        P,
        dict(
            situation="salarie",
            profession="Agent de sécurité",
            contract="CDI",
            employer="Vigilis Sécurité, 12 rue du Landy 93200 Saint-Denis",
            arrival="2004-09-12",
            signed_on="2026-11-04",
            fait_a="Saint-Denis",
            hand_font="HumorSans",
        ),
        mode="hand",
    )
    pages = raster_all(pdf, 170)
    F.photo("formulaire 1.jpg", pages[0], long_side=3200)
    F.photo("formulaire 2.jpg", pages[1], long_side=3200)
    F.doc(
        "application_form", "phone_photo", [("formulaire 1.jpg", [1]), ("formulaire 2.jpg", [1])], f
    )


def d_form_tape_scan(F):
    P = _person_form(
        "s58",
        surname="WANG",
        given="Yuxuan",
        sex="M",
        dob="1990-10-21",
        nat_fr="chinoise",
        pob_city="Hangzhou",
        pob_country="Chine",
        addr=dict(street="5 avenue Félix Viallet", zip="38000", city="GRENOBLE"),
        email="yuxuan.wang@univ-grenoble-alpes.fr",
    )
    pdf, f = build.form(
        P,
        dict(
            situation="salarie",
            profession="Chercheur post-doctorant",
            contract="CDD",
            employer="Université Grenoble Alpes, 621 av. Centrale 38400 Saint-Martin-d'Hères",
            arrival="2025-10-06",
            signed_on="2026-10-19",
            fait_a="Grenoble",
        ),
        mode="typed",
    )
    F.image_pdf("formulaire_scan.pdf", raster_all(pdf, 200), seed="s58", grey=True)
    F.doc("application_form", "image_pdf", [("formulaire_scan.pdf", [1, 2])], f)


# ============================================================================ unknown


def d_avis_impot(F):
    t = dict(
        seed="s59",
        sip="Lyon 3e",
        year="2026",
        addr=["M. THOMAS GIRAUD", "19 COURS VITTON", "69006 LYON"],
        spi="30 12 447 918 233",
        ref="26 69 A127 448 91",
        issued="2026-07-28",
        recouv="2026-07-31",
        rfr=28410,
        parts="1",
        situation="célibataire",
        tax=1874.0,
    )
    F.text_pdf("avis_impot_2026.pdf", misc.tax_notice(t))
    F.doc(
        "unknown",
        "text_pdf",
        [("avis_impot_2026.pdf", [1])],
        {},
        notes="tax notice: not a packet piece",
    )


def d_courrier_caf(F):
    c = dict(
        seed="s60",
        dept="la Haute-Garonne",
        addr=["MME ANA BEATRIZ SOUZA LIMA", "22 COURS DE L'INTENDANCE", "33000 BORDEAUX"],
        alloc="4471829",
        city="Bordeaux",
        date="2026-10-21",
        salutation="Madame",
        caf_addr="24 rue Riverin, 31000 Toulouse",
    )
    F.scan("courrier CAF.jpg", raster(misc.caf_letter(c), 0, 200), dpi=200)
    F.doc("unknown", "scan", [("courrier CAF.jpg", [1])], {})


def d_certificat_scolarite(F):
    s = dict(
        seed="s61",
        univ_short="UGA",
        univ="Université Grenoble Alpes",
        year="2026-2027",
        name="Mme Valeria TORRES MENDOZA",
        dob="1996-01-18",
        pob="Guadalajara (Mexique)",
        student_no="22604817",
        program="Master 2 Génie industriel — parcours Supply Chain",
        city="Grenoble",
        date="2026-09-15",
        color="#0b3d7a",
    )
    F.text_pdf("certificat_scolarite_2026-2027.pdf", misc.school_certificate(s))
    F.doc("unknown", "text_pdf", [("certificat_scolarite_2026-2027.pdf", [1])], {})


def d_page_blanche(F):
    n = dict(seed="s62", text="Pièces pour la CPAM", text2="(voir les autres pages)", font="dkg")
    F.scan("scan0007.jpg", raster(misc.blank_note(n), 0, 150), dpi=150, grey=True)
    F.doc(
        "unknown",
        "scan",
        [("scan0007.jpg", [1])],
        {},
        notes="nearly blank page with a hand-written note",
    )


def d_carte_mutuelle(F):
    m = dict(
        seed="s63",
        name="Mutuelle Entrain",
        addr=["M. ARJUN MEHTA", "15 RUE DES LILAS", "67000 STRASBOURG"],
        salutation="Monsieur",
        holder="M. Arjun MEHTA",
        member_no="4480127713",
        **{"from": "2026-06-01"},
        to="2026-12-31",
        siren=ids.siren("77567222"),
    )
    F.image_pdf("mutuelle.pdf", [raster(misc.mutuelle_card_letter(m), 0, 200)], seed="s63")
    F.doc(
        "unknown",
        "image_pdf",
        [("mutuelle.pdf", [1])],
        {},
        notes="complementary health insurance card letter",
    )


_DEFS = [
    ("passeport_senegal_photo", d_passport_senegal),
    ("passeport_cameroun_scan", d_passport_cameroun),
    ("passeport_bresil_mrz_altere", d_passport_bresil_mrz_altere),
    ("passeport_mexique_180", d_passport_mexique),
    ("dni_espagne_recto_verso", d_dni_espagne),
    ("cc_portugal_numero_long", d_cc_portugal),
    ("cni_2021_photos", d_cni_2021),
    ("cni_ancien_modele", d_cni_ancienne),
    ("visa_vlsts_etudiant", d_visa_vlsts_etudiant),
    ("visa_d_non_vlsts", d_visa_vls_simple),
    ("visa_schengen_c", d_visa_schengen_c),
    ("titre_pluriannuel_talent", d_titre_talent),
    ("carte_resident_photos", d_carte_resident),
    ("naissance_senegal", d_bc_senegal),
    ("naissance_cote_divoire", d_bc_cote_divoire),
    ("naissance_cameroun_photo", d_bc_cameroun),
    ("naissance_mali", d_bc_mali),
    ("naissance_rdc", d_bc_rdc),
    ("naissance_france", d_bc_france),
    ("naissance_bresil_avec_apostille", d_bc_bresil_apostille),
    ("naissance_mexique", d_bc_mexique),
    ("naissance_royaume_uni_photo", d_bc_uk),
    ("apostille_maroc", d_apostille_maroc),
    ("apostille_texas", d_apostille_texas),
    ("apostille_philippines_electronique", d_apostille_philippines),
    ("traduction_bresil", d_traduction_bresil),
    ("traduction_turc_scan", d_traduction_turc),
    ("facture_edf", d_bill_edf),
    ("attestation_titulaire_engie", d_engie_attestation),
    ("facture_totalenergies_scan", d_bill_total),
    ("facture_free_avec_detail", d_bill_free_detail),
    ("facture_sfr_photo", d_bill_sfr_photo),
    ("facture_orange_scan", d_bill_orange_scan),
    ("facture_bouygues", d_bill_bouygues),
    ("facture_eau", d_bill_eau),
    ("facture_sfr_page2_seule", d_bill_sfr_page2),
    ("facture_engie_photo", d_bill_engie_photo),
    ("bail_vide_colocataires", d_bail_vide),
    ("bail_meuble_photos", d_bail_meuble_photos),
    ("quittance_loyer", d_quittance),
    ("attestation_hebergement_manuscrite", d_attestation_manuscrite),
    ("attestation_hebergement_scan", d_attestation_tapee_scan),
    ("attestation_hebergement_non_signee", d_attestation_non_signee),
    ("bulletin_paie_clarifie_scan", d_paie_clarifie_scan),
    ("bulletin_paie_photo", d_paie_sage_photo),
    ("bulletin_paie_moderne", d_paie_moderne),
    ("contrat_cdi", d_cdi),
    ("contrat_cdd_scan", d_cdd_scan),
    ("rib_banque_postale_scan", d_rib_lbp_scan),
    ("rib_application_mobile", d_rib_app),
    ("rib_dans_courrier_lcl", d_rib_lettre_lcl),
    ("rib_n26_allemand", d_rib_n26),
    ("rib_compte_joint_scan", d_rib_ca_joint_scan),
    ("formulaire_acroform", d_form_acroform),
    ("formulaire_manuscrit_photos", d_form_manuscrit_photos),
    ("formulaire_dactylographie_scan", d_form_tape_scan),
    ("avis_impot", d_avis_impot),
    ("courrier_caf", d_courrier_caf),
    ("certificat_scolarite", d_certificat_scolarite),
    ("page_quasi_blanche", d_page_blanche),
    ("carte_mutuelle", d_carte_mutuelle),
]

ALL = [_single(n, f) for n, f in _DEFS]
