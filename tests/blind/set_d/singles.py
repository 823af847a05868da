"""Single documents of set_d (one folder per document)."""

from dv_bills import attestation_titulaire
from dv_civil import fr_date, fr_extrait, translation
from dv_factory import (
    mk_apostille,
    mk_bill,
    mk_birth,
    mk_cni_fr,
    mk_contract,
    mk_eu_id,
    mk_form,
    mk_hosting,
    mk_lease,
    mk_passport,
    mk_payslip,
    mk_permit,
    mk_rib,
    mk_visa,
)
from dv_french import caf_letter, note_page, quittance, school_cert, tax_notice
from dv_out import Folder, card_img, sheet
from packets import employer, form_data, holder
from people import *  # noqa

OUT = []


def one(root, name, build):
    F = Folder(root, name)
    build(F)
    OUT.append((F.name, {"as_of": None, "employed": None, "documents": F.docs}))


# ---------------------------------------------------------------- extra people

DIOP = dict(
    surname="DIOP",
    given="AMINATA",
    sex="F",
    dob="1999-05-16",
    nat="SEN",
    nat_fr="sénégalaise",
    pob_city="Thiès",
    pob_country_fr="Sénégal",
    pp=dict(
        number="A02918475",
        issued="2022-03-01",
        expiry="2027-02-28",
        labels="fr",
        header=["RÉPUBLIQUE DU SÉNÉGAL", "PASSEPORT / PASSPORT"],
        nat_vis="SÉNÉGALAISE",
        pob="THIES",
        authority="DAF DAKAR",
        dstyle="slash",
        bg=(234, 242, 230),
        guil=(206, 226, 200),
    ),
    addr=addr("10 rue Championnet", "75018", "Paris"),
)
RAMIREZ = dict(
    surname="RAMÍREZ GÓMEZ",
    given="SANTIAGO",
    sex="M",
    dob="1991-01-08",
    nat="COL",
    nat_fr="colombienne",
    pob_city="Cali",
    pob_country_fr="Colombie",
    pp=dict(
        number="AX093317",
        issued="2023-02-14",
        expiry="2033-02-13",
        labels="es",
        header=["REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT"],
        nat_vis="COLOMBIANA",
        pob="CALI (VAL)",
        authority="CANCILLERÍA",
        dstyle="esen",
        bg=(240, 236, 226),
        guil=(222, 212, 190),
        style="B",
    ),
    addr=addr("2 rue Lafayette", "44000", "Nantes"),
)
WANG = dict(
    surname="WANG",
    given="XIAOLING",
    sex="F",
    dob="1997-09-09",
    nat="CHN",
    nat_fr="chinoise",
    pob_city="Hangzhou",
    pob_country_fr="Chine",
    pp=dict(
        number="EK7720146",
        issued="2023-05-20",
        expiry="2033-05-19",
        labels="zh",
        header=["中华人民共和国  PEOPLE'S REPUBLIC OF CHINA", "护照  PASSPORT"],
        surname_vis="王/WANG",
        given_vis="晓玲/XIAOLING",
        nat_vis="中国/CHINESE",
        pob="浙江/ZHEJIANG",
        authority="NIA",
        dstyle="en",
        bg=(234, 238, 242),
        guil=(205, 215, 228),
    ),
    addr=addr("8 rue de Tolbiac", "75013", "Paris"),
)
ROSSI = dict(
    surname="ROSSI",
    given="GIULIA",
    sex="F",
    dob="1994-06-02",
    nat="ITA",
    nat_fr="italienne",
    pob_city="Torino",
    it_addr=["VIA GARIBALDI 18", "10122 TORINO (TO)"],
    cf="RSSGLI94H42L219X",
)
LEFEVRE = dict(
    surname="LEFÈVRE", given="THOMAS PIERRE", sex="M", dob="1979-11-23", pob_city="Amiens"
)
NGUEMA = dict(
    surname="KOUASSI",
    given="AYA MARIE-LAURE",
    sex="F",
    dob="1996-03-12",
    nat="CIV",
    nat_fr="ivoirienne",
    pob_city="Abidjan",
    pob_country_fr="Côte d'Ivoire",
    pp=dict(
        number="19AB52013",
        issued="2021-06-07",
        expiry="2026-06-06",
        labels="fr",
        header=["RÉPUBLIQUE DE CÔTE D'IVOIRE", "PASSEPORT / PASSPORT"],
        nat_vis="IVOIRIENNE",
        pob="ABIDJAN",
        authority="ONECI",
        dstyle="slash",
        bg=(244, 236, 224),
        guil=(232, 214, 190),
    ),
    addr=addr("3 rue Pasteur", "94200", "Ivry-sur-Seine"),
)


def extrait_simple(
    country_header, admin, act, rows, closing, seal, title="EXTRAIT D'ACTE DE NAISSANCE", **kw
):
    d = dict(
        header=country_header,
        admin=admin,
        act_no=act,
        title=title,
        rows=[(a, b, None) for a, b in rows],
        closing=closing,
        seal=seal,
    )
    d.update(kw)
    return fr_extrait(d)


def build(root):
    OUT.clear()

    # ------------------------------------------------------------ passports
    def s_passport_sen(F):
        pp, pf = mk_passport(DIOP)
        F.emit("passeport.jpg", [sheet([(pp, 40, 25, 1.1)], "s1")], "scan", dpi=200)
        F.doc([("passeport.jpg", [1])], "passport", "scan", pf)

    one(root, "s01_passport_sen", s_passport_sen)

    def s_passport_col(F):
        pp, pf = mk_passport(RAMIREZ)
        F.emit("IMG_0412.jpg", [card_img(pp, 250)], "phone_photo", bg="wood", fill=0.75)
        F.doc(
            [("IMG_0412.jpg", [1])],
            "passport",
            "phone_photo",
            pf,
            "double surname, photo on the right (layout B)",
        )

    one(root, "s02_passport_col", s_passport_col)

    def s_passport_chn_bad(F):
        pp, pf = mk_passport(WANG, break_cd="dob")
        F.emit("passport_scan.pdf", [sheet([(pp, 42, 40, -0.4)], "s3")], "image_pdf")
        F.doc(
            [("passport_scan.pdf", [1])],
            "passport",
            "image_pdf",
            pf,
            "MRZ date-of-birth check digit is wrong (tampered/misprinted): mrz_valid false",
        )

    one(root, "s03_passport_chn_bad_mrz", s_passport_chn_bad)

    def s_passport_civ_expired(F):
        pp, pf = mk_passport(NGUEMA)
        F.emit("passeport kouassi.png", [sheet([(pp, 40, 20, 0.2)], "s4")], "scan", dpi=150)
        F.doc(
            [("passeport kouassi.png", [1])],
            "passport",
            "scan",
            pf,
            "expired 2026-06-06; hyphenated given name",
        )

    one(root, "s04_passport_civ", s_passport_civ_expired)

    # ------------------------------------------------------------ national ids
    def s_cni_fr(F):
        f, b, fl = mk_cni_fr(
            LEFEVRE, "T8KX41PZ2", "2034-09-01", ["6 RUE DES LOMBARDS", "80000 AMIENS"], "2024-09-02"
        )
        F.emit("cni_recto.jpg", [sheet([(f, 50, 40, 0.4)], "s5a")], "scan")
        F.emit("cni_verso.jpg", [sheet([(b, 50, 40, -0.3)], "s5b")], "scan")
        F.doc([("cni_recto.jpg", [1]), ("cni_verso.jpg", [1])], "national_id", "scan", fl)

    one(root, "s05_cni_fra", s_cni_fr)

    def s_cie_ita(F):
        f, b, fl = mk_eu_id(ROSSI, "ITA", "CA41872BD", "2032-06-02", "2022-03-15")
        F.emit(
            "carta identita fronte.jpg",
            [card_img(f, 350)],
            "phone_photo",
            bg="desk",
            fill=0.65,
            long_side=2600,
        )
        F.emit(
            "carta identita retro.jpg",
            [card_img(b, 350)],
            "phone_photo",
            bg="desk",
            fill=0.65,
            long_side=2600,
        )
        F.doc(
            [("carta identita fronte.jpg", [1]), ("carta identita retro.jpg", [1])],
            "national_id",
            "phone_photo",
            fl,
        )

    one(root, "s06_cie_ita", s_cie_ita)

    # ------------------------------------------------------------ visas
    def s_vls_etu(F):
        vp, vf = mk_visa(
            WANG,
            "D",
            "2026-09-01",
            "2027-08-31",
            ["VLS-TS ETUDIANT", "CESEDA R422-1"],
            "SHANGHAI",
            "2026-08-05",
            visa_no="077702145",
        )
        F.emit("visa.jpg", [sheet([(vp, 42, 30, 0.7)], "s7")], "scan")
        F.doc([("visa.jpg", [1])], "long_stay_visa", "scan", vf)

    one(root, "s07_vlsts_etudiant", s_vls_etu)

    def s_visa_c(F):
        vp, vf = mk_visa(
            DIOP,
            "C",
            "2026-06-15",
            "2026-09-12",
            ["TOURISME / FAMILLE"],
            "DAKAR",
            "2026-05-30",
            visa_no="079113820",
            duration="30",
            valid_for="ETATS SCHENGEN",
            entries="01",
        )
        F.emit(
            "visa schengen.jpg",
            [card_img(vp, 250)],
            "phone_photo",
            bg="grey",
            fill=0.72,
            rotate=180,
        )
        F.doc(
            [("visa schengen.jpg", [1])],
            "long_stay_visa",
            "phone_photo",
            vf,
            "type C short-stay visa; photo upside down",
        )

    one(root, "s08_visa_c", s_visa_c)

    def s_vls_vis(F):
        vp, vf = mk_visa(
            RAMIREZ,
            "D",
            "2026-10-01",
            "2027-09-30",
            ["VLS-TS VISITEUR"],
            "BOGOTA",
            "2026-09-10",
            visa_no="070455291",
        )
        F.emit("vls-ts.pdf", [sheet([(vp, 42, 30, -0.5)], "s9")], "image_pdf")
        F.doc([("vls-ts.pdf", [1])], "long_stay_visa", "image_pdf", vf)

    one(root, "s09_vlsts_visiteur", s_vls_vis)

    # ------------------------------------------------------------ residence permits
    def s_ts_pluri(F):
        P = dict(RAMIREZ, prefecture="DE LOIRE-ATLANTIQUE")
        f, b, tf = mk_permit(
            P,
            "CO5520741",
            "CARTE DE SÉJOUR PLURIANNUELLE",
            "SALARIÉ",
            "2025-05-12",
            "2029-05-11",
            ["2 RUE LAFAYETTE", "44000 NANTES"],
        )
        F.emit(
            "titre_sejour_recto.jpg",
            [card_img(f, 350)],
            "phone_photo",
            bg="wood",
            fill=0.66,
            long_side=2400,
        )
        F.emit(
            "titre_sejour_verso.jpg",
            [card_img(b, 350)],
            "phone_photo",
            bg="wood",
            fill=0.66,
            long_side=2400,
        )
        F.doc(
            [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
            "residence_permit",
            "phone_photo",
            tf,
        )

    one(root, "s10_titre_sejour_pluri", s_ts_pluri)

    def s_carte_res(F):
        P = dict(DIOP, prefecture="DE POLICE")
        f, b, tf = mk_permit(
            P,
            "SN0184422",
            "CARTE DE RÉSIDENT",
            "RÉSIDENT LONGUE DURÉE - UE",
            "2024-01-08",
            "2034-01-07",
            ["10 RUE CHAMPIONNET", "75018 PARIS"],
            bg=(236, 232, 222),
        )
        F.emit(
            "carte resident.pdf",
            [sheet([(f, 30, 40, 0.2), (b, 118, 40, 0.2)], "s11")],
            "image_pdf",
            grey=True,
        )
        F.doc(
            [("carte resident.pdf", [1])],
            "residence_permit",
            "image_pdf",
            tf,
            "front and back side by side",
        )

    one(root, "s11_carte_resident", s_carte_res)

    # ------------------------------------------------------------ birth certificates
    def bc(name, fname, look, pages, fields, notes=None, **o):
        def f(F):
            F.emit(fname, pages, look, **o)
            F.doc(
                [
                    (
                        fname,
                        list(range(1, len(pages) + 1))
                        if look in ("text_pdf", "image_pdf")
                        else [1],
                    )
                ],
                "birth_certificate",
                look,
                fields,
                notes,
            )

        one(root, name, f)

    def bf(s, g, d, pl, c, lang, apo=False):
        return dict(
            surname=s,
            given_names=g,
            date_of_birth=d,
            place_of_birth=pl,
            issuing_country=c,
            language=lang,
            has_apostille=apo,
        )

    pg = extrait_simple(
        ["RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi", "Région de Thiès"],
        ["Département de Thiès", "Commune de Thiès-Nord", "Centre d'état civil principal"],
        "1047",
        [
            ("Le", "Seize mai mil neuf cent quatre-vingt-dix-neuf"),
            ("Est né(e) à", "Thiès"),
            ("Prénom(s)", "Aminata"),
            ("Nom", "DIOP"),
            ("Sexe", "Féminin"),
            ("Fils / Fille de", "Ousmane DIOP"),
            ("Et de", "Fatou NDIAYE"),
            ("Date de l'acte", "20/05/1999"),
        ],
        "Délivré pour extrait conforme, Thiès, le 04/02/2026.",
        ["CENTRE D'ÉTAT CIVIL", "THIÈS"],
        title="EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
        fiscal="200 F CFA",
    )
    bc(
        "s12_birth_sen",
        "extrait naissance.jpg",
        "scan",
        pg,
        bf("DIOP", "Aminata", "1999-05-16", "Thiès", "SEN", "fr"),
        "Senegal: bilateral agreement with France dispenses legalisation",
    )

    pg = extrait_simple(
        [
            "RÉPUBLIQUE DE CÔTE D'IVOIRE",
            "Union - Discipline - Travail",
            "District Autonome d'Abidjan",
        ],
        ["Commune de Cocody", "Centre principal d'état civil", "Année 1996"],
        "2318",
        [
            ("Le", fr_date_letters("1996-03-12")),
            ("est né(e) à", "Abidjan-Cocody (CHU de Cocody)"),
            ("Nom", "KOUASSI"),
            ("Prénoms", "Aya Marie-Laure"),
            ("Sexe", "Féminin"),
            ("Fils / Fille de", "KOUASSI Konan Jean"),
            ("et de", "YAO Affoué Pauline"),
        ],
        "Pour extrait certifié conforme, délivré à Abidjan-Cocody le 11 janvier 2026.",
        ["MAIRIE DE COCODY", "ÉTAT CIVIL"],
        title="EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
        fiscal="500 F CFA",
        vfont="times-b",
    )
    bc(
        "s13_birth_civ",
        "acte naissance kouassi.pdf",
        "image_pdf",
        pg,
        bf("KOUASSI", "Aya Marie-Laure", "1996-03-12", "Abidjan-Cocody", "CIV", "fr"),
    )

    pg = extrait_simple(
        [
            "REPUBLIQUE DU CAMEROUN — REPUBLIC OF CAMEROON",
            "Paix - Travail - Patrie / Peace - Work - Fatherland",
            "ACTE DE NAISSANCE / BIRTH CERTIFICATE",
        ],
        [
            "Centre d'état civil de / Civil status registration centre of : Douala 3e",
            "Région du Littoral / Littoral Region",
        ],
        "DLA3/1990/0877",
        [
            ("Nom de l'enfant / Surname", "MBARGA"),
            ("Prénoms / Given names", "Paul Hervé"),
            ("Né le / Born on", "02/08/1990"),
            ("À / At", "Douala"),
            ("Sexe / Sex", "Masculin / Male"),
            ("Père / Father", "MBARGA Jean-Claude"),
            ("Mère / Mother", "ATANGANA Brigitte"),
        ],
        "Dressé le 10/08/1990 sur la déclaration du père. Copie certifiée conforme délivrée le 23/03/2026. "
        "Drawn up on 10/08/1990. Certified true copy issued on 23/03/2026.",
        ["CENTRE D'ÉTAT CIVIL", "DOUALA 3e"],
        title="COPIE D'ACTE DE NAISSANCE / COPY OF BIRTH CERTIFICATE",
    )
    bc(
        "s14_birth_cmr",
        "birth cert cameroon.jpg",
        "phone_photo",
        pg,
        bf("MBARGA", "Paul Hervé", "1990-08-02", "Douala", "CMR", "fr/en"),
        "bilingual French/English",
        bg="wood",
    )

    pg = extrait_simple(
        ["RÉPUBLIQUE DU MALI", "Un Peuple - Un But - Une Foi"],
        ["Cercle de Kati", "Commune rurale de Kati", "Centre d'état civil de Kati"],
        "0412",
        [
            ("Nom", "KEÏTA"),
            ("Prénom(s)", "Moussa"),
            ("Date de naissance", "03 octobre 1992"),
            ("Lieu de naissance", "Kati"),
            ("Sexe", "Masculin"),
            ("Père", "Bakary KEÏTA"),
            ("Mère", "Mariam COULIBALY"),
        ],
        "Pour copie certifiée conforme. Kati, le 17 juin 2025.",
        ["MAIRIE DE KATI", "ÉTAT CIVIL"],
        title="ACTE DE NAISSANCE — VOLET N° 3",
        fiscal="100 F CFA",
    )
    bc(
        "s15_birth_mli",
        "acte naissance mali.png",
        "scan",
        pg,
        bf("KEÏTA", "Moussa", "1992-10-03", "Kati", "MLI", "fr"),
        dpi=150,
        grey=True,
    )

    pg = extrait_simple(
        ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Ville de Kinshasa"],
        ["Commune de la Gombe", "Bureau de l'état civil"],
        "214/2001",
        [
            ("Nom", "MUKENDI KABAMBA"),
            ("Post-nom / Prénom", "Grâce"),
            ("Né(e) à", "Kinshasa / Gombe"),
            ("Le", "19 février 2001"),
            ("Sexe", "Féminin"),
            ("Fils / Fille de", "MUKENDI Tshibanda Albert"),
            ("Et de", "KABAMBA Ngalula Esther"),
        ],
        "Nous, Officier de l'état civil de la Commune de la Gombe, certifions le présent acte conforme "
        "au registre. Fait à Kinshasa/Gombe le 08 mai 2026.",
        ["COMMUNE DE LA GOMBE", "ÉTAT CIVIL"],
        title="ACTE DE NAISSANCE",
    )
    bc(
        "s16_birth_cod",
        "acte de naissance RDC.pdf",
        "image_pdf",
        pg,
        bf("MUKENDI KABAMBA", "Grâce", "2001-02-19", "Kinshasa / Gombe", "COD", "fr"),
    )

    pages, f = mk_birth(b_india(SHARMA, "2025-08-19"))
    bc(
        "s17_birth_ind",
        "birth_certificate_mcd.pdf",
        "text_pdf",
        pages,
        f,
        "downloaded e-certificate (text PDF)",
    )
    pages, f = mk_birth(b_uk(THOMPSON, "2024-11-02"))
    bc(
        "s18_birth_gbr",
        "GRO certificate.jpg",
        "phone_photo",
        pages,
        f,
        "landscape certified copy, photographed",
        bg="desk",
    )
    pages, f = mk_birth(b_colombia(MORENO, "2025-06-11"))
    bc("s19_birth_col", "registro_civil_nacimiento.pdf", "text_pdf", pages, f, "Spanish")
    pages, f = mk_birth(b_brazil(OLIVEIRA, "2025-01-15"))
    bc("s20_birth_bra", "certidao.jpg", "scan", pages, f, "Portuguese")
    pages, f = mk_birth(b_philippines(REYES, "2024-12-03"))
    bc("s21_birth_phl", "PSA.pdf", "image_pdf", pages, f)
    pages, f = mk_birth(b_turkey(YILMAZ, "2025-09-09"))
    bc("s22_birth_tur", "formul_a.jpg", "scan", pages, f, "ICCS multilingual extract")
    pages, f = mk_birth(b_algeria(AIT, act="00512", issued="2026-02-01"))
    bc(
        "s23_birth_dza",
        "extrait_12S.jpg",
        "phone_photo",
        pages,
        f,
        "Arabic/French bilingual",
        bg="grey",
    )
    pages, f = mk_birth(b_mexico(HERNANDEZ, "2024-10-10"))
    bc(
        "s24_birth_mex",
        "acta_nacimiento.pdf",
        "text_pdf",
        pages,
        f,
        "downloaded from the Mexican online service",
    )

    # ------------------------------------------------------------ apostilles alone
    def apo_single(name, key, issued, num, fname, look, **o):
        def f(F):
            ap, af = mk_apostille(apo(key, issued, num))
            F.emit(fname, [ap], look, **o)
            F.doc([(fname, [1])], "apostille", look, af)

        one(root, name, f)

    apo_single(
        "s25_apostille_usa", "USA-OH", "2025-02-14", "2025-AP-031877", "apostille ohio.jpg", "scan"
    )
    apo_single(
        "s26_apostille_mar",
        "MAR",
        "2026-04-02",
        "FES/2026/03311",
        "apostille.pdf",
        "image_pdf",
        grey=True,
    )
    apo_single(
        "s27_apostille_bra",
        "BRA",
        "2025-10-20",
        "BRA2025102000981",
        "apostila.jpg",
        "phone_photo",
        bg="wood",
    )

    # ------------------------------------------------------------ translations
    def s_trad_mex(F):
        T = dict(
            translator="Carmen ROUX-DELGADO",
            translator_lines=[
                "Expert traducteur en langue espagnole",
                "8 rue du Chapitre 35000 Rennes",
            ],
            number="T-2026-0419",
            from_lang="espagnol",
            from_lang_name="espagnole",
            court="Cour d'appel de Rennes",
            court_short="C.A. RENNES",
            city="Rennes",
            date_vis="12 janvier 2026",
            body=[
                "#ÉTATS-UNIS DU MEXIQUE",
                "#ACTE DE NAISSANCE",
                "CURP : HECJ871230HPLRRS04",
                "Nom(s) : JOSÉ LUIS",
                "Premier nom de famille : HERNÁNDEZ",
                "Second nom de famille : CRUZ",
                "Sexe : masculin",
                "Date de naissance : 30/12/1987",
                "Lieu de naissance : Puebla, Puebla",
                "Père : Armando HERNÁNDEZ RUIZ, mexicain",
                "Mère : Guadalupe CRUZ MENDOZA, mexicaine",
                "Officier d'état civil 0004, livre 0012, acte 00418, enregistré le 15/01/1988",
                "[Sceau du Registre civil de l'État de Puebla] [Signature]",
            ],
        )
        pages = translation(T)
        F.emit("traduccion jurada.pdf", pages, "text_pdf")
        F.doc([("traduccion jurada.pdf", [1])], "translation", "text_pdf", {})

    one(root, "s28_translation_mex", s_trad_mex)

    def s_trad_bra(F):
        T = dict(
            translator="Paulo ANDRADE",
            translator_lines=["Traducteur-interprète expert", "Cour d'appel de Toulouse"],
            number="1187/26",
            from_lang="portugais",
            from_lang_name="portugaise",
            court="Cour d'appel de Toulouse",
            court_short="C.A. TOULOUSE",
            city="Toulouse",
            date_vis="3 avril 2026",
            body=[
                "#RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL",
                "#ACTE DE NAISSANCE",
                "Nom : ANA CAROLINA DE SOUZA OLIVEIRA",
                "Date de naissance : 19 juillet 2000 à 14h20",
                "Lieu : Hôpital Mater Dei, Belo Horizonte - MG",
                "Sexe : féminin",
                "Filiation : Roberto Carlos OLIVEIRA et Márcia DE SOUZA OLIVEIRA",
                "Matricule : 041236 01 55 2000 1 00212 187 0071234 52",
                "Observations : néant",
            ],
        )
        pages = translation(T)
        F.emit("traduction.jpg", pages, "scan")
        F.doc([("traduction.jpg", [1])], "translation", "scan", {})

    one(root, "s29_translation_bra", s_trad_bra)

    # ------------------------------------------------------------ utility bills
    hd = holder(
        "M. LEFÈVRE THOMAS",
        dict(lines=["6 rue des Lombards", "80000 AMIENS"]),
        line="03 22 41 87 00",
    )
    hk = holder("MME KOUASSI AYA", NGUEMA, mobile="06 51 77 20 48")

    def ub(
        name,
        fname,
        look,
        h,
        brand,
        kind,
        service,
        iss,
        s=None,
        e=None,
        month=None,
        amt=45.0,
        two=False,
        notes=None,
        layout="A",
        pages_truth=None,
        **o,
    ):
        def f(F):
            pages, fl = mk_bill(
                h,
                brand,
                kind,
                service,
                iss,
                s,
                e,
                month,
                amt,
                n=len(name),
                two_pages=two,
                layout=layout,
            )
            F.emit(fname, pages, look, **o)
            F.doc(
                [
                    (
                        fname,
                        pages_truth
                        or (list(range(1, len(pages) + 1)) if look.endswith("pdf") else [1]),
                    )
                ],
                "utility_bill",
                look,
                fl,
                notes,
            )

        one(root, name, f)

    ub(
        "s30_bill_edf",
        "facture_edf_2026-10.pdf",
        "text_pdf",
        hd,
        "EDF",
        "energy",
        "electricity",
        "2026-10-14",
        "2026-09-12",
        "2026-10-11",
        amt=73.28,
        two=True,
    )
    ub(
        "s31_bill_engie",
        "engie.jpg",
        "scan",
        hk,
        "ENGIE",
        "energy",
        "gas",
        "2026-09-20",
        month="2026-09",
        amt=38.50,
        notes="names only a month",
    )
    ub(
        "s32_bill_total",
        "TotalEnergies facture.pdf",
        "image_pdf",
        hd,
        "TotalEnergies",
        "energy",
        "energy",
        "2026-08-30",
        "2026-07-29",
        "2026-08-28",
        amt=96.10,
        layout="B",
    )
    ub(
        "s33_bill_free",
        "Facture_Free_octobre.pdf",
        "text_pdf",
        hk,
        "Free",
        "telecom",
        "internet",
        "2026-10-02",
        "2026-10-01",
        "2026-10-31",
        amt=29.99,
        layout="B",
    )
    ub(
        "s34_bill_sfr",
        "facture sfr.jpg",
        "phone_photo",
        hk,
        "SFR",
        "telecom",
        "mobile",
        "2026-07-05",
        "2026-06-05",
        "2026-07-04",
        amt=15.99,
        bg="wood",
    )
    ub(
        "s35_bill_orange",
        "orange_facture.pdf",
        "text_pdf",
        hd,
        "Orange",
        "telecom",
        "landline",
        "2026-11-06",
        "2026-11-06",
        "2026-12-05",
        amt=36.99,
    )
    ub(
        "s36_bill_bouygues",
        "bbox.png",
        "scan",
        hk,
        "Bouygues Telecom",
        "telecom",
        "internet",
        "2026-06-03",
        "2026-06-01",
        "2026-06-30",
        amt=27.99,
        dpi=150,
    )
    ub(
        "s37_bill_eau_paris",
        "facture eau.pdf",
        "image_pdf",
        holder("M. WANG XIAOLING", WANG),
        "Eau de Paris",
        "water",
        "water",
        "2026-07-15",
        "2026-01-01",
        "2026-06-30",
        amt=42.30,
        grey=True,
    )
    ub(
        "s38_bill_veolia",
        "veolia.pdf",
        "text_pdf",
        hd,
        "Veolia Eau",
        "water",
        "water",
        "2026-05-10",
        "2026-01-15",
        "2026-04-14",
        amt=61.02,
        layout="B",
    )

    def s_att_titulaire(F):
        A = dict(
            brand="ENGIE",
            holder_vis="MME DIOP AMINATA",
            address=DIOP["addr"]["lines"],
            issue_date="2026-10-08",
            legal="ENGIE",
            energy="électricité et de gaz naturel",
            since="2025-11-03",
            client_no="310 882 471",
            pdl="21 4471 0983 2210",
            offer="Elec Référence 1 an",
        )
        pages = attestation_titulaire(A)
        F.emit("attestation_titulaire_contrat.pdf", pages, "text_pdf")
        F.doc(
            [("attestation_titulaire_contrat.pdf", [1])],
            "utility_bill",
            "text_pdf",
            dict(
                provider="ENGIE",
                service="energy",
                holder_name="MME DIOP AMINATA",
                issue_date="2026-10-08",
                period_start=None,
                period_end=None,
            ),
            "energy supplier 'attestation de titulaire de contrat' (not a bill; no billing period)",
        )

    one(root, "s39_attestation_titulaire_engie", s_att_titulaire)

    # ------------------------------------------------------------ leases
    def s_bail_meuble(F):
        L = dict(
            landlord_vis="SCI ERDRE PATRIMOINE",
            landlord_company=True,
            landlord_addr="5 quai de Versailles 44000 Nantes",
            tenants_vis=["M. Santiago RAMÍREZ GÓMEZ", "Mme Laura PÉREZ"],
            address="2 rue Lafayette, 44000 Nantes",
            surface=47,
            rooms=2,
            start="2025-11-01",
            start_vis="1er novembre 2025",
            rent=780.0,
            charges=55.0,
            city="Nantes",
            signed_on="2025-10-24",
            furnished=True,
            font="lato",
            fontb="lato-b",
            agency="ERDRE GESTION",
            agency_addr="11 rue Crébillon 44000 Nantes",
        )
        pages, lf = mk_lease(L)
        F.emit("bail meublé signé.pdf", pages, "text_pdf")
        F.doc(
            [("bail meublé signé.pdf", list(range(1, len(pages) + 1)))],
            "lease",
            "text_pdf",
            lf,
            "two tenants",
        )

    one(root, "s40_lease_meuble", s_bail_meuble)

    def s_bail_scan(F):
        L = dict(
            landlord_vis="Mme Josiane PETIT",
            landlord_addr="31 rue de la Liberté 94200 Ivry-sur-Seine",
            tenants_vis=["Mlle Aya KOUASSI"],
            address="3 rue Pasteur, 94200 Ivry-sur-Seine",
            surface=28,
            rooms=1,
            start="2026-09-01",
            start_vis="01/09/2026",
            rent=720.0,
            charges=30.0,
            city="Ivry-sur-Seine",
            signed_on="2026-08-25",
        )
        pages, lf = mk_lease(L)
        F.emit("bail.pdf", pages, "image_pdf", grey=True)
        F.doc([("bail.pdf", list(range(1, len(pages) + 1)))], "lease", "image_pdf", lf)

    one(root, "s41_lease_scan", s_bail_scan)

    # ------------------------------------------------------------ hosting attestations
    def s_heb_hand(F):
        Hh = dict(
            host_vis="Moussa KEÏTA",
            hosted_vis="Aminata DIOP",
            since="2026-03-01",
            signed_on="2026-10-20",
            city="Paris",
            signed_vis="20/10/2026",
            font="h-ruf",
            size=13,
            hand_lines=[
                "Je soussigné Moussa KEÏTA, demeurant",
                "10 rue Championnet 75018 Paris,",
                "atteste sur l'honneur que Mlle Aminata DIOP,",
                "née le 16/05/1999 à Thiès (Sénégal),",
                "est hébergée à mon domicile depuis",
                "le 1er mars 2026.",
                "",
                "Fait pour servir et valoir ce que de droit.",
            ],
        )
        pages, hf = mk_hosting(Hh)
        F.emit("attestation.jpg", pages, "phone_photo", bg="desk")
        F.doc([("attestation.jpg", [1])], "hosting_attestation", "phone_photo", hf)

    one(root, "s42_hebergement_manuscrit", s_heb_hand)

    def s_heb_unsigned(F):
        Hh = dict(
            host_vis="Laura PÉREZ",
            hosted_vis="Santiago RAMÍREZ GÓMEZ",
            since="2026-05-15",
            signed_on="2026-09-02",
            city="Nantes",
            signed_vis="2 septembre 2026",
            font="h-femke",
            size=14,
            signed=False,
            hand_lines=[
                "Je soussignée Laura PÉREZ, née le 02/02/1993 à Nantes,",
                "demeurant 2 rue Lafayette 44000 Nantes,",
                "certifie héberger M. Santiago RAMÍREZ GÓMEZ",
                "depuis le 15 mai 2026.",
            ],
        )
        pages, hf = mk_hosting(Hh)
        F.emit("hebergement.pdf", pages, "image_pdf")
        F.doc([("hebergement.pdf", [1])], "hosting_attestation", "image_pdf", hf, "not signed")

    one(root, "s43_hebergement_non_signe", s_heb_unsigned)

    def s_heb_typed(F):
        Hh = dict(
            host_vis="Thomas LEFÈVRE",
            hosted_vis="Giulia ROSSI",
            since="2026-01-10",
            signed_on="2026-10-01",
            city="Amiens",
            signed_vis="1er octobre 2026",
            typed=True,
            host_dob_vis="23/11/1979",
            host_pob="Amiens (80)",
            address=["6 rue des Lombards", "80000 Amiens"],
            hosted_dob_vis="02/06/1994",
            hosted_pob="Turin (Italie)",
            since_vis="10 janvier 2026",
        )
        pages, hf = mk_hosting(Hh)
        F.emit("attestation_hebergement.pdf", pages, "text_pdf")
        F.doc([("attestation_hebergement.pdf", [1])], "hosting_attestation", "text_pdf", hf)

    one(root, "s44_hebergement_type", s_heb_typed)

    # ------------------------------------------------------------ payslips / contracts
    def s_payslip(F):
        E = employer(
            "LOGISTIQUE DU MIN SAS", "82233107", "0016", ["MIN de Nantes", "44200 Nantes"], "5210B"
        )
        S = dict(
            E,
            employee_vis="M. RAMÍREZ GÓMEZ Santiago",
            employee_addr=RAMIREZ["addr"]["lines"],
            period="2026-08",
            period_end="2026-08-31",
            matricule="5520",
            job="Préparateur de commandes",
            classif="Ouvrier - Coef. 128",
            entry="2025-05-19",
            ccn="Transports routiers (IDCC 16)",
            gross=1930.0,
            paid_on="2026-09-01",
            months=8,
            font="freesans",
            fontb="freesans-b",
            acc=(60, 100, 60),
        )
        pages, sf = mk_payslip(S)
        F.emit("bulletin_salaire_aout.pdf", pages, "text_pdf")
        F.doc([("bulletin_salaire_aout.pdf", [1])], "payslip", "text_pdf", sf)

    one(root, "s45_payslip_text", s_payslip)

    def s_payslip_scan(F):
        E = employer(
            "AGENCE HOTELIÈRE BELLEVUE",
            "43311820",
            "0042",
            ["2 rue de la Paix", "75002 Paris"],
            "5510Z",
        )
        S = dict(
            E,
            employee_vis="Mme WANG Xiaoling",
            employee_addr=WANG["addr"]["lines"],
            period="2026-09",
            period_end="2026-09-30",
            matricule="A118",
            job="Réceptionniste",
            classif="Employé - Niveau I Éch. 3",
            entry="2026-02-01",
            ccn="Hôtels, cafés, restaurants (IDCC 1979)",
            gross=1880.0,
            paid_on="2026-09-30",
            months=8,
            font="lato",
            fontb="lato-b",
            acc=(150, 40, 40),
        )
        pages, sf = mk_payslip(S)
        F.emit("fiche paie sept.jpg", pages, "scan")
        F.doc([("fiche paie sept.jpg", [1])], "payslip", "scan", sf)

    one(root, "s46_payslip_scan", s_payslip_scan)

    def s_cdi(F):
        E = employer(
            "ORBIS CONSEIL SAS", "85512094", "0013", ["30 rue de la Bourse", "69002 Lyon"], "7022Z"
        )
        C = dict(
            E,
            form="SAS",
            capital="50 000",
            rcs_city="Lyon",
            siren_fmt=E["siret"][:9],
            signatory="M. Yann Robert",
            signatory_role="Directeur général",
            employee_vis="Mme Giulia ROSSI",
            dob_vis=fr_date(ROSSI["dob"]),
            pob="Turin (Italie)",
            nat_fr="italienne",
            address="6 rue des Lombards, 80000 Amiens",
            type="CDI",
            start="2026-09-07",
            start_vis="7 septembre 2026",
            urssaf="Rhône-Alpes",
            job="Chargée d'études",
            status="cadre",
            position="2.1",
            ccn="Syntec (IDCC 1486)",
            workplace="Lyon",
            salary="41 000",
            city="Lyon",
            signed_vis="20/08/2026",
        )
        pages, cf = mk_contract(C)
        F.emit("CDI_Rossi.pdf", pages, "text_pdf")
        F.doc(
            [("CDI_Rossi.pdf", list(range(1, len(pages) + 1)))],
            "employment_contract",
            "text_pdf",
            cf,
        )

    one(root, "s47_contract_cdi", s_cdi)

    def s_cdd(F):
        E = employer(
            "EHPAD LES GLYCINES",
            "41187703",
            "0025",
            ["14 avenue de la Paix", "94200 Ivry-sur-Seine"],
            "8710A",
        )
        C = dict(
            E,
            form="SARL",
            capital="300 000",
            rcs_city="Créteil",
            siren_fmt=E["siret"][:9],
            signatory="Mme Nathalie Dumas",
            signatory_role="directrice",
            employee_vis="Mme Aya Marie-Laure KOUASSI",
            dob_vis=fr_date(NGUEMA["dob"]),
            pob="Abidjan (Côte d'Ivoire)",
            nat_fr="ivoirienne",
            address="3 rue Pasteur, 94200 Ivry-sur-Seine",
            type="CDD",
            start="2026-10-05",
            start_vis="5 octobre 2026",
            end_vis="4 avril 2027",
            urssaf="Île-de-France",
            trial="deux semaines",
            job="Aide-soignante",
            status="employée",
            position="coefficient 249",
            ccn="FHP (IDCC 2264)",
            workplace="Ivry-sur-Seine",
            salary="24 600",
            city="Ivry-sur-Seine",
            signed_vis="30/09/2026",
            font="freeserif",
            fontb="freeserif-b",
        )
        pages, cf = mk_contract(C)
        F.emit("contrat.pdf", pages, "image_pdf")
        F.doc(
            [("contrat.pdf", list(range(1, len(pages) + 1)))],
            "employment_contract",
            "image_pdf",
            cf,
        )

    one(root, "s48_contract_cdd", s_cdd)

    # ------------------------------------------------------------ RIBs
    def rib_single(name, fname, look, R, kind="pdf", notes=None, **o):
        def f(F):
            pages, rf = mk_rib(R, kind)
            F.emit(fname, pages, look, **o)
            F.doc([(fname, [1])], "rib", look, rf, notes)

        one(root, name, f)

    rib_single(
        "s49_rib_lbp",
        "RIB La Banque Postale.pdf",
        "text_pdf",
        dict(
            bank="La Banque Postale",
            branch="01005",
            account="0312207M029".replace("M", "4"),
            holder_lines=["MLLE KOUASSI AYA MARIE-LAURE"],
            holder_truth="MLLE KOUASSI AYA MARIE-LAURE",
            domiciliation=["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS"],
            edited="2026-09-03",
        ),
    )
    rib_single(
        "s50_rib_cm_scan",
        "rib.jpg",
        "scan",
        dict(
            bank="Crédit Mutuel",
            branch="01330",
            account="00020817744",
            holder_lines=["M LEFEVRE THOMAS"],
            holder_truth="M LEFEVRE THOMAS",
            domiciliation=["CCM AMIENS CATHÉDRALE", "80000 AMIENS"],
            edited="2025-12-12",
        ),
        dpi=200,
    )
    rib_single(
        "s51_rib_app_bourso",
        "Screenshot_RIB.png",
        "screenshot",
        dict(
            bank="BoursoBank",
            branch="00001",
            account="00031177209",
            holder_lines=["M. SANTIAGO RAMIREZ GOMEZ"],
            holder_truth="M. SANTIAGO RAMIREZ GOMEZ",
            app_col=(0, 40, 110),
            bank_full="BoursoBank",
            bank_addr="44 rue Traversière, 92772 Boulogne-Billancourt",
            domiciliation=[],
        ),
        kind="app",
    )
    rib_single(
        "s52_rib_in_letter",
        "courrier banque.pdf",
        "image_pdf",
        dict(
            bank="Société Générale",
            branch="03180",
            account="00050441167",
            holder_lines=["MLLE WANG XIAOLING"],
            holder_truth="MLLE WANG XIAOLING",
            domiciliation=["SG PARIS TOLBIAC", "75013 PARIS"],
            letter_name="Mademoiselle WANG Xiaoling",
            letter_addr=WANG["addr"]["lines"],
            city="Paris",
            edited="2026-02-06",
        ),
        kind="letter",
        notes="trap: RIB printed at the bottom of a bank letter",
    )
    bad = dict(
        bank="BNP Paribas",
        branch="00741",
        account="00010339214",
        holder_lines=["M MBARGA PAUL HERVE"],
        holder_truth="M MBARGA PAUL HERVE",
        domiciliation=["BNP PARIBAS DOUAI", "59500 DOUAI"],
        edited="2026-04-04",
    )
    from dv_checks import fr_iban

    ib, _ = fr_iban("30004", "00741", "00010339214")
    bad["iban_vis"] = ib[:2] + "%02d" % ((int(ib[2:4]) + 11) % 97) + ib[4:]
    rib_single(
        "s53_rib_bad_iban",
        "RIB_BNP.pdf",
        "text_pdf",
        bad,
        notes="IBAN check digits wrong (typed by hand into a template); RIB key itself is correct",
    )

    # ------------------------------------------------------------ application forms
    def form_single(name, fd, look, fnames, notes=None):
        def f(F):
            pages, acro, ff = mk_form(fd)
            if look == "text_pdf":
                F.emit(fnames[0], pages, "text_pdf", acro=acro)
                F.doc([(fnames[0], [1, 2])], "application_form", look, ff, notes)
            elif look == "image_pdf":
                F.emit(fnames[0], pages, "image_pdf")
                F.doc([(fnames[0], [1, 2])], "application_form", look, ff, notes)
            else:
                for fn, pg in zip(fnames, pages):
                    F.emit(fn, [pg], look, **({"bg": "wood"} if look == "phone_photo" else {}))
                F.doc([(fn, [1]) for fn in fnames], "application_form", look, ff, notes)

        one(root, name, f)

    form_single(
        "s54_form_hand_scan",
        form_data(DIOP, "sans_activite", "Paris", "2026-10-21", hfont="h-ruf"),
        "image_pdf",
        ["formulaire.pdf"],
    )
    form_single(
        "s55_form_acro",
        form_data(
            RAMIREZ,
            "salarie",
            "Nantes",
            "2026-09-30",
            mode="acro",
            contract="CDI",
            job="Préparateur de commandes",
            job_since="19/05/2025",
            employer="Logistique du MIN, Nantes",
        ),
        "text_pdf",
        ["S1106_rempli.pdf"],
    )
    form_single(
        "s56_form_photo_future",
        form_data(
            NGUEMA,
            "salarie",
            "Ivry-sur-Seine",
            "2027-01-12",
            contract="CDD",
            job="Aide-soignante",
            job_since="05/10/2026",
            employer="EHPAD Les Glycines",
            hfont="h-femke",
        ),
        "phone_photo",
        ["page1.jpg", "page2.jpg"],
        "date written 12/01/2027, in the future for any 2026 audit",
    )

    # ------------------------------------------------------------ unknown
    def unk(name, fname, look, pages, notes, **o):
        def f(F):
            F.emit(fname, pages, look, **o)
            F.doc(
                [(fname, list(range(1, len(pages) + 1)) if look.endswith("pdf") else [1])],
                "unknown",
                look,
                {},
                notes,
            )

        one(root, name, f)

    unk(
        "s57_unknown_avis_impot",
        "avis_impot_2026.pdf",
        "text_pdf",
        tax_notice(
            dict(
                year="2026",
                name="M. LEFÈVRE THOMAS",
                address=["6 rue des Lombards", "80000 AMIENS"],
                fiscal="30 12 418 227 041",
                access="26 80 A471 2209 K",
                rfr=31250.0,
                rec="31/07/2026",
                amount="1 842 €",
                sip="SIP d'Amiens, 22 rue de l'Oratoire 80000 Amiens",
            )
        ),
        "tax notice: a proof of address for some purposes but not one of the packet's pieces",
    )
    unk(
        "s58_unknown_caf",
        "courrier CAF.jpg",
        "scan",
        caf_letter(
            dict(
                caf="Caf du Val-de-Marne",
                name="Mme KOUASSI AYA",
                address=NGUEMA["addr"]["lines"],
                alloc="4418207",
                date_vis="14/10/2026",
                subject="votre attestation de droits",
                body="Madame,\nNous vous informons que vos droits à l'aide personnalisée au logement (APL) "
                "ont été étudiés. Vous trouverez ci-joint le détail de vos paiements pour la période "
                "d'octobre 2026. Pour toute démarche, connectez-vous à votre espace Mon Compte sur caf.fr.",
            )
        ),
        "CAF letter",
    )
    unk(
        "s59_unknown_scolarite",
        "certificat_scolarite.pdf",
        "image_pdf",
        school_cert(
            dict(
                academie="NANTES",
                school="Collège Victor Hugo",
                school_addr="11 rue de Bel-Air 44000 Nantes",
                head="Mme Anne Le Goff",
                pupil="Lucas RAMÍREZ PÉREZ",
                dob_vis="14/02/2014",
                cls="6e B",
                year="2026-2027",
                city="Nantes",
                date_vis="08/09/2026",
                stamp="V. HUGO",
            )
        ),
        "school certificate of a child",
    )
    unk(
        "s60_unknown_note",
        "scan0009.jpg",
        "scan",
        note_page(["Dossier CPAM", "pièces jointes ci-après", "merci !"], 9),
        "almost blank page with a handwritten note",
    )
    unk(
        "s61_quittance",
        "quittance octobre.pdf",
        "text_pdf",
        quittance(
            dict(
                month="2026-10",
                landlord="Mme Josiane PETIT",
                landlord_addr="31 rue de la Liberté 94200 Ivry-sur-Seine",
                tenant="Mlle Aya KOUASSI",
                address=["3 rue Pasteur", "94200 Ivry-sur-Seine"],
                rent=720.0,
                charges=30.0,
                from_vis="01/10/2026",
                to_vis="31/10/2026",
                paid_vis="03/10/2026",
                city="Ivry-sur-Seine",
            )
        ),
        "trap: rent receipt (quittance de loyer) is not a lease",
    )

    def s_bill_p2(F):
        pages, fl = mk_bill(
            hd,
            "EDF",
            "energy",
            "electricity",
            "2026-09-14",
            "2026-08-12",
            "2026-09-11",
            amount=69.9,
            n=77,
            two_pages=True,
        )
        F.emit("facture edf page 2.jpg", [pages[1]], "scan")
        F.doc(
            [("facture edf page 2.jpg", [1])],
            "unknown",
            "scan",
            {},
            "trap: second page of an EDF bill alone (no holder, no amount, no period)",
        )

    one(root, "s62_bill_page2_only", s_bill_p2)
    return list(OUT)


from dv_civil import fr_date_letters  # noqa: E402  (used above)
