"""Single documents: one folder per document, covering the 15 document types
with several looks each, plus traps (rent receipt, RIB inside a bank letter,
two-page bill, apostille alone, lone cover note)."""

from . import build as B
from . import docs_civil as CV
from . import docs_form as FM
from . import docs_home as H
from . import docs_id as I
from . import docs_money as M
from . import kit as K
from .kit import person
from .packets import _emp

AS_OF = "2026-11-20"


def _F(root, name):
    return B.Folder(root, "documents", name)


# ------------------------------------------------------------------ people of the singles


def _youssef():
    p = person(
        key="s_youssef",
        surname="BENJELLOUN",
        given="YOUSSEF",
        sex="M",
        dob="1987-05-21",
        birth_city="Rabat",
        birth_country="MAR",
        nat="MAR",
        face=dict(skin=2, hair=0),
        passport=dict(
            number="UK8830127",
            issued="2022-03-14",
            expiry="2027-03-13",
            authority="PREFECTURE RABAT",
            pob="RABAT",
        ),
    )
    p.birth = dict(
        province="Rabat",
        province_ar="الرباط",
        commune="Rabat-Agdal",
        commune_ar="الرباط أكدال",
        city_ar="الرباط",
        act_no="2291",
        surname_ar="بنجلون",
        given_ar="يوسف",
        father="Driss BENJELLOUN",
        father_ar="إدريس بنجلون",
        mother="Amina SEBTI",
        mother_ar="أمينة السبتي",
        issued_on="2026-04-07",
        officer="H. Ouazzani",
        serial="RB-2026-00912",
    )
    return p


def _ashley():
    p = person(
        key="s_ashley",
        surname="TURNER",
        given="ASHLEY NICOLE",
        sex="F",
        dob="1992-10-08",
        birth_city="Dayton",
        birth_country="USA",
        nat="USA",
        face=dict(skin=3, hair=0),
        passport=dict(
            number="A21749305",
            issued="2024-05-20",
            expiry="2034-05-19",
            authority="United States Department of State",
            pob="OHIO, U.S.A.",
        ),
    )
    p.birth = dict(
        place_print="DAYTON, OHIO",
        county="MONTGOMERY",
        mother="LISA MARIE BROOKS",
        father="KEVIN ANDRE TURNER",
        file_no="1992-118204",
        registered="1992-10-19",
        issued_on="2026-03-02",
        officer="Bruce T. Vanderhoff",
        serial="OH 4407713",
    )
    return p


def _rafael():
    p = person(
        key="s_rafael",
        surname="MENDES PEREIRA",
        given="RAFAEL AUGUSTO",
        sex="M",
        dob="1990-12-01",
        birth_city="São Paulo",
        birth_country="BRA",
        nat="BRA",
        face=dict(skin=1, hair=1),
        passport=dict(
            number="FZ730418",
            issued="2021-07-05",
            expiry="2031-07-04",
            authority="DPF/SP",
            pob="SAO PAULO/SP",
        ),
    )
    p.birth = dict(
        cpf9="730418226",
        matricula="1154120155 1990 1 00321 077 0061873 52",
        hour="03",
        minute="35",
        municipio_uf="São Paulo - SP",
        registro_uf="São Paulo - SP",
        hospital="Hospital e Maternidade São Luiz",
        father="MARCOS ANTÔNIO PEREIRA",
        mother="SANDRA REGINA MENDES PEREIRA",
        grandparents="Paternos: João Pereira e Lúcia Pereira; Maternos: Osvaldo Mendes "
        "e Irene Mendes",
        registered="1990-12-07",
        dnv="—",
        officer="Cláudia Ramos Vieira",
        cartorio="Oficial de Registro Civil das "
        "Pessoas Naturais do 28º Subdistrito — Jardim Paulista — São Paulo/SP",
        selo="CZT88015",
        issued_on="2026-02-23",
    )
    return p


def _daniel():
    p = person(
        key="s_daniel",
        surname="WRIGHT",
        given="DANIEL THOMAS",
        sex="M",
        dob="1983-04-16",
        birth_city="Leeds",
        birth_country="GBR",
        nat="GBR",
        face=dict(skin=0, hair=5),
        passport=dict(
            number="533018274",
            issued="2023-02-08",
            expiry="2033-02-08",
            authority="HMPO",
            pob="LEEDS",
        ),
    )
    p.birth = dict(
        district="Leeds",
        subdistrict="Leeds North",
        county="West Yorkshire",
        entry="145",
        place_print="St James's Hospital, Leeds",
        father="Peter WRIGHT",
        father_pob="York",
        father_job="Electrician",
        mother="Janet WRIGHT",
        mother_pob="Leeds",
        mother_job="Shop assistant",
        mother_maiden="HOLMES",
        home="8 Chapel Street, Leeds",
        registered="1983-05-02",
        registrar="M. Booth",
        issued_on="2026-01-19",
        app_no="6603318-1",
        serial="BXCH 330915",
    )
    return p


def _aminata():
    p = person(
        key="s_aminata",
        surname="DIALLO",
        given="AMINATA",
        sex="F",
        dob="1994-08-19",
        birth_city="Saint-Louis",
        birth_country="SEN",
        nat="SEN",
        face=dict(skin=4, hair=4),
        passport=dict(
            number="A01993027",
            issued="2023-04-11",
            expiry="2033-04-10",
            authority="DAF DAKAR",
            pob="SAINT-LOUIS",
        ),
    )
    p.birth = dict(
        region="Saint-Louis",
        departement="Saint-Louis",
        commune="Saint-Louis",
        centre="PRINCIPAL",
        act_no="2216",
        hour="19",
        minute="20",
        hospital="Hôpital régional",
        father="Mamadou DIALLO",
        mother="Khady BA",
        parents_home="Quartier Sor, Saint-Louis",
        issued_on="2026-03-30",
        officer="Aïssatou DIOUF",
    )
    return p


def _yassine():
    p = person(
        key="s_yassine",
        surname="KHEMIRI",
        given="YASSINE",
        sex="M",
        dob="2001-06-02",
        birth_city="Sousse",
        birth_country="TUN",
        nat="TUN",
        face=dict(skin=1, hair=0),
        passport=dict(
            number="Z310547", issued="2025-01-06", expiry="2030-01-05", authority="SOUSSE"
        ),
    )
    p.birth = dict(
        commune="Sousse",
        commune_ar="سوسة",
        act_no="1873",
        given_ar="ياسين",
        surname_ar="الخميري",
        dob_ar="الثاني من جوان ألفين وواحد",
        father="Nabil ben Taher KHEMIRI",
        father_ar="نبيل بن الطاهر الخميري",
        mother="Rim SAIDI",
        mother_ar="ريم السعيدي",
        issued_on="2026-06-22",
        officer="F. Mansouri",
        serial="2204718",
    )
    return p


def _liu():
    p = person(
        key="s_liu",
        surname="LIU",
        given="HAORAN",
        sex="M",
        dob="1990-11-11",
        birth_city="Chengdu",
        birth_country="CHN",
        nat="CHN",
        face=dict(skin=0, hair=4),
        passport=dict(
            number="EJ2208147",
            issued="2023-08-15",
            expiry="2033-08-14",
            authority="National Immigration Administration, PRC",
            pob="四川/SICHUAN",
        ),
    )
    p.chinese = dict(surname="刘", given="浩然")
    p.birth = dict(
        ref_zh="（2026）川成锦证字第1108号",
        ref_en="(2026) Chuan Cheng Jin Zheng Zi No. 1108",
        id_number="51010419901111" + "4418",
        place_zh="四川省成都市",
        place_print="Chengdu City, Sichuan Province",
        father_zh="刘志强",
        mother_zh="陈美玲",
        father_en="LIU Zhiqiang",
        mother_en="CHEN Meiling",
        office_zh="四川省成都市锦江公证处",
        office_en="Jinjiang Notary Public Office, Chengdu City, Sichuan Province",
        notary_zh="赵丽",
        notary_en="ZHAO Li",
        issued_on="2026-05-06",
    )
    return p


def _valentina():
    p = person(
        key="s_valentina",
        surname="OSORIO MEJIA",
        given="VALENTINA",
        sex="F",
        dob="1993-02-14",
        birth_city="Bogotá",
        birth_country="COL",
        nat="COL",
        face=dict(skin=5, hair=1),
        passport=dict(
            number="AW5512093",
            issued="2022-10-12",
            expiry="2032-10-11",
            authority="MINRELACIONES EXTERIORES",
            pob="BOGOTA COL",
        ),
    )
    p.birth = dict(
        serial="19932418",
        nuip="1.019.773.455",
        office_class="NOTARÍA 6",
        depto="CUNDINAMARCA",
        municipio="BOGOTÁ D.C.",
        place_print="COLOMBIA - CUNDINAMARCA - BOGOTÁ D.C.",
        hour="11",
        minute="02",
        cnv="A2219874",
        mother="MEJÍA LONDOÑO ADRIANA",
        mother_id="C.C. 52.113.480",
        father="OSORIO GUTIÉRREZ FERNANDO",
        father_id="C.C. 79.400.218",
        registered="1993-03-01",
        officer="MARTHA LUCÍA CÁRDENAS",
        notary="NOTARÍA SEXTA DEL CÍRCULO DE BOGOTÁ",
        issued_on="2026-04-20",
    )
    return p


def _sofiane():
    p = person(
        key="s_sofiane",
        surname="HAMDI",
        given="SOFIANE",
        sex="M",
        dob="1988-07-03",
        birth_city="Tizi Ouzou",
        birth_country="DZA",
        nat="DZA",
        face=dict(skin=6, hair=1),
        passport=dict(
            number="187640329",
            issued="2020-11-09",
            expiry="2030-11-08",
            authority="DAIRA DE TIZI OUZOU",
        ),
    )
    p.birth = dict(
        wilaya="Tizi Ouzou",
        wilaya_ar="تيزي وزو",
        daira="Tizi Ouzou",
        daira_ar="تيزي وزو",
        commune="Tizi Ouzou",
        commune_ar="تيزي وزو",
        act_no="01733",
        hour="07",
        minute="45",
        dob_ar="الثالث من جويلية ألف وتسعمائة وثمانية وثمانين",
        surname_ar="حمدي",
        given_ar="سفيان",
        father="Mouloud HAMDI",
        father_ar="مولود حمدي",
        mother="Ouardia AIT AHMED",
        mother_ar="وردية آيت أحمد",
        issued_on="2026-05-18",
        officer="S. Ouali",
        serial="A 3370118",
    )
    return p


def _aicha():
    p = person(
        key="s_aicha",
        surname="TOURÉ",
        given="AÏCHA MARIAM",
        sex="F",
        dob="1999-01-17",
        birth_city="Yamoussoukro",
        birth_country="CIV",
        nat="CIV",
        face=dict(skin=3, hair=4),
    )
    p.birth = dict(
        departement="de Yamoussoukro",
        commune="Yamoussoukro",
        act_no="0391",
        registered="1999-01-22",
        hour="21",
        minute="15",
        father="TOURÉ Lassina",
        father_job="commerçant",
        mother="KONÉ Fatoumata",
        mother_job="couturière",
        issued_on="2026-07-02",
        officer="M. N'DRI Koffi Paul",
        serial="YA-26-00418",
        given_print="Aïcha Mariam",
    )
    return p


# ======================================================================= passports


def s_passport_mar(root):
    p = _youssef()
    Fd = _F(root, "passport_maroc_photo")
    img, f = K.booklet_img(p)
    d = Fd.doc("passport", "phone_photo", f)
    K.photo_file(Fd, "IMG_7781.jpg", d, img, "S01", bg="wood", fill=0.74)
    Fd.write_truth(AS_OF)


def s_passport_usa(root):
    p = _ashley()
    Fd = _F(root, "passport_usa_scan")
    img, f = K.datapage_img(p)
    d = Fd.doc("passport", "scan", f)
    Fd.jpeg("passport scan.jpg", K.items_sheet([(img, 300)], "S02", 300), d, 84)
    Fd.write_truth(AS_OF)


def s_passport_bra(root):
    p = _rafael()
    Fd = _F(root, "passport_bresil_pdf")
    img, f = K.booklet_img(p)
    d = Fd.doc("passport", "image_pdf", f)
    Fd.image_pdf(
        "passaporte_rafael.pdf", [(d, K.items_sheet([(img, 300)], "S03", 250, gray=True))], 250, 70
    )
    Fd.write_truth(AS_OF, notes="grey scan")


def s_passport_gbr(root):
    p = _daniel()
    Fd = _F(root, "passport_uk_upside_down")
    img, f = K.datapage_img(p)
    d = Fd.doc("passport", "phone_photo", f, "photo rotated 180°")
    K.photo_file(Fd, "passport.jpg", d, img, "S04", rot=180, bg="dark", fill=0.72, long_side=3000)
    Fd.write_truth(AS_OF)


def s_passport_sen(root):
    p = _aminata()
    Fd = _F(root, "passport_senegal_bad_mrz")
    img, f = K.datapage_img(p, bad="dob")
    d = Fd.doc(
        "passport", "scan", f, "the date-of-birth check digit of the MRZ is wrong (mrz_valid false)"
    )
    Fd.png("passeport.png", K.items_sheet([(img, 300)], "S05", 250), d)
    Fd.write_truth(AS_OF)


# ======================================================================= national ID


def s_id_ita(root):
    p = person(
        key="s_francesco",
        surname="DE LUCA",
        given="FRANCESCO",
        sex="M",
        dob="1992-01-25",
        birth_city="Torino",
        birth_country="ITA",
        nat="ITA",
        face=dict(skin=1, hair=0),
    )
    c = dict(
        number="CA71209EF",
        municipality="TORINO",
        prov="TO",
        height=178,
        issued="2021-06-15",
        expiry="2032-01-25",
        cf="DLCFNC92A25L219K",
        residence="CORSO VITTORIO EMANUELE II 41, TORINO (TO)",
        birth_act="210/I/A/1992",
    )
    fr, bk, f = I.italian_cie(p, c)[:3]
    a, b = K.card_imgs(fr, bk, 500)
    Fd = _F(root, "national_id_italie_recto_verso")
    d = Fd.doc("national_id", "phone_photo", f, "front and back in two files")
    K.photo_file(Fd, "CIE fronte.jpg", d, a, "S06", bg="fabric", fill=0.6, long_side=2400)
    K.photo_file(Fd, "CIE retro.jpg", d, b, "S06", bg="fabric", fill=0.6, long_side=2400)
    Fd.write_truth(AS_OF)


def s_id_esp(root):
    p = person(
        key="s_lucia",
        surname="FERNÁNDEZ GARCÍA",
        given="LUCÍA",
        sex="F",
        dob="1996-03-09",
        birth_city="Sevilla",
        birth_country="ESP",
        nat="ESP",
        face=dict(skin=1, hair=1),
    )
    c = dict(
        dni="48213077",
        support="BKT204418",
        expiry="2031-03-09",
        prov="SEVILLA",
        domicilio="C. SIERPES 22, 3º B — SEVILLA",
        parents="ANTONIO / CARMEN",
    )
    fr, bk, f = I.spanish_dni(p, c)[:3]
    a, b = K.card_imgs(fr, bk)
    Fd = _F(root, "national_id_espagne_scan")
    d = Fd.doc(
        "national_id",
        "scan",
        f,
        "Spanish DNI: TD1 document number is the support "
        "number; the DNI number is in the optional data",
    )
    Fd.jpeg("dni.jpg", K.items_sheet([(a, 400), (b, 400)], "S07", 300), d, 84)
    Fd.write_truth(AS_OF)


# ======================================================================= visas


def s_visa_student(root):
    p = _yassine()
    vs = dict(
        type="D",
        number="FRA004288103",
        valid_from="2026-09-01",
        valid_until="2027-08-31",
        duration="365",
        issued_in="TUNIS",
        issued_on="2026-08-06",
        remarks=["VLS-TS ETUDIANT", "CARTE SEJ. DISPENSEE"],
        category="ETUDIANT",
        entry_stamp=dict(date="2026-09-03", place="ORLY", post="S 104"),
    )
    img, f = K.visa_img(p, vs)
    Fd = _F(root, "visa_vls_ts_etudiant")
    d = Fd.doc("long_stay_visa", "scan", f)
    Fd.jpeg("visa etudiant.jpg", K.items_sheet([(img, 300)], "S08", 300), d, 84)
    Fd.write_truth(AS_OF)


def s_visa_type_c(root):
    p = _liu()
    vs = dict(
        type="C",
        number="FRA004310552",
        valid_from="2026-10-01",
        valid_until="2026-12-29",
        duration="30",
        entries="MULT",
        issued_in="CHENGDU",
        issued_on="2026-09-08",
        territory="ETATS SCHENGEN",
        remarks=["TOURISME"],
        category="COURT SEJOUR",
    )
    img, f = K.visa_img(p, vs)
    Fd = _F(root, "visa_schengen_type_c")
    d = Fd.doc("long_stay_visa", "phone_photo", f, "short-stay type C visa: not a VLS-TS")
    K.photo_file(Fd, "visa.jpeg", d, img, "S09", bg="desk", fill=0.72, long_side=2800)
    Fd.write_truth(AS_OF)


def s_visa_salarie(root):
    p = _valentina()
    vs = dict(
        type="D",
        number="FRA004177290",
        valid_from="2026-07-01",
        valid_until="2027-06-30",
        duration="365",
        issued_in="BOGOTA",
        issued_on="2026-06-12",
        remarks=["VLS-TS SALARIE"],
        category="SALARIE",
        entry_stamp=dict(date="2026-07-04"),
    )
    img, f = K.visa_img(p, vs)
    Fd = _F(root, "visa_vls_ts_salarie_pdf")
    d = Fd.doc("long_stay_visa", "image_pdf", f, "visa page only")
    Fd.image_pdf("visa VLS-TS.pdf", [(d, K.items_sheet([(img, 300)], "S10", 300))], 300, 72)
    Fd.write_truth(AS_OF)


# ======================================================================= residence permits


def s_permit_dza(root):
    p = _sofiane()
    t = dict(
        number="DZ6618230",
        title="CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        mention="10 ANS — RÉSIDENT",
        issued="2024-09-02",
        expiry="2034-09-01",
        authority="PRÉFECTURE DU VAL-DE-MARNE",
        address=["8 AV. DU GÉNÉRAL DE GAULLE", "94000 CRÉTEIL"],
        remarks=["Accord franco-algérien du 27 décembre 1968 modifié"],
    )
    fr, bk, f, _ = I.residence_permit(p, t)
    a, b = K.card_imgs(fr, bk)
    Fd = _F(root, "residence_permit_algerien_2_fichiers")
    d = Fd.doc("residence_permit", "scan", f, "front and back in two scans")
    Fd.jpeg("titre recto.jpg", K.items_sheet([(a, 400)], "S11a", 300), d, 84)
    Fd.jpeg("titre verso.jpg", K.items_sheet([(b, 400)], "S11b", 300), d, 84)
    Fd.write_truth(AS_OF)


def s_permit_gbr(root):
    p = _daniel()
    t = dict(
        number="UK2230518",
        title="CARTE DE SÉJOUR — ACCORD DE RETRAIT",
        mention="ARTICLE 50 TUE — SÉJOUR PERMANENT",
        issued="2021-11-22",
        expiry="2031-11-21",
        authority="PRÉFECTURE DE LA GIRONDE",
        address=["17 RUE SAINTE-CATHERINE", "33000 BORDEAUX"],
        remarks=[
            "Bénéficiaire de l'accord de retrait du Royaume-Uni de l'UE",
            "Autorise son titulaire à travailler",
        ],
    )
    fr, bk, f, _ = I.residence_permit(p, t)
    Fd = _F(root, "residence_permit_brexit_pdf")
    d = Fd.doc("residence_permit", "image_pdf", f, "front on page 1, back on page 2")
    a, b = K.card_imgs(fr, bk)
    Fd.image_pdf(
        "carte de sejour.pdf",
        [(d, K.items_sheet([(a, 400)], "S12a", 250)), (d, K.items_sheet([(b, 400)], "S12b", 250))],
        250,
        70,
    )
    Fd.write_truth(AS_OF)


# ======================================================================= birth certificates


def _bc(root, name, fn, p, look, fname, key, notes=None, **kw):
    pg, f = fn(p)
    Fd = _F(root, name)
    d = Fd.doc("birth_certificate", look, f, notes)
    if look == "image_pdf":
        K.scan_pdf(Fd, fname, [(d, x) for x in pg], key, 200, gray=kw.get("gray", False))
    elif look == "scan":
        K.scan_jpg(Fd, fname, d, pg[0], key, 200, gray=kw.get("gray", False))
    elif look == "phone_photo":
        K.photo_file(Fd, fname, d, pg[0], key, bg=kw.get("bg", "wood"), rot=kw.get("rot", 0))
    Fd.write_truth(AS_OF)


def s_bc_dza(root):
    _bc(
        root,
        "birth_algerie_bilingue",
        CV.bc_algeria,
        _sofiane(),
        "image_pdf",
        "extrait de naissance.pdf",
        "S13",
        "bilingual Arabic/French",
        gray=True,
    )


def s_bc_mar(root):
    _bc(
        root,
        "birth_maroc_photo",
        CV.bc_morocco,
        _youssef(),
        "phone_photo",
        "IMG_3310.jpg",
        "S14",
        "bilingual Arabic/French, Hijri date line",
        bg="fabric",
    )


def s_bc_tun(root):
    _bc(root, "birth_tunisie", CV.bc_tunisia, _yassine(), "scan", "mouhamed.jpg", "S15")


def s_bc_sen(root):
    _bc(
        root,
        "birth_senegal",
        CV.bc_senegal,
        _aminata(),
        "scan",
        "extrait_naissance.jpg",
        "S16",
        gray=True,
    )


def s_bc_civ(root):
    _bc(
        root,
        "birth_cote_ivoire_photo",
        CV.bc_cotedivoire,
        _aicha(),
        "phone_photo",
        "extrait acte.jpg",
        "S17",
        bg="desk",
        rot=90,
    )


def s_bc_col(root):
    _bc(
        root,
        "birth_colombie",
        CV.bc_colombia,
        _valentina(),
        "image_pdf",
        "registro civil.pdf",
        "S18",
        "Spanish; no apostille attached to this copy",
    )


def s_bc_bra(root):
    _bc(
        root,
        "birth_bresil",
        CV.bc_brazil,
        _rafael(),
        "scan",
        "certidao de nascimento.jpg",
        "S19",
        "Portuguese",
    )


def s_bc_usa(root):
    _bc(root, "birth_usa_ohio", CV.bc_ohio, _ashley(), "scan", "birth cert.jpg", "S20")


def s_bc_gbr(root):
    _bc(root, "birth_uk_gro", CV.bc_uk, _daniel(), "image_pdf", "birth certificate.pdf", "S21")


def s_bc_ita(root):
    p = person(
        key="s_chiara",
        surname="BIANCHI",
        given="CHIARA",
        sex="F",
        dob="1998-09-04",
        birth_city="Bologna",
        birth_country="ITA",
        nat="ITA",
    )
    p.birth = dict(
        act="n. 2204, parte I, serie A, anno 1998",
        prov="BO",
        father="BIANCHI Luca",
        mother="ROSSI Elena",
        issued_on="2026-09-14",
        officer="Dott.ssa M. Galli",
    )
    _bc(
        root,
        "birth_italie_plurilingue",
        CV.bc_italy_ciec,
        p,
        "scan",
        "estratto.jpg",
        "S22",
        "EU multilingual extract, exempt from apostille",
    )


def s_bc_chn(root):
    _bc(
        root,
        "birth_chine_notariale",
        CV.bc_china,
        _liu(),
        "image_pdf",
        "出生公证书.pdf",
        "S23",
        "Chinese notarial certificate + English translation page",
    )


# ======================================================================= apostilles


def s_apostille_mar(root):
    ap = dict(
        lang="fr",
        country_print="Royaume du Maroc",
        signed_by="H. Ouazzani",
        capacity="Officier de l'état civil",
        seal_of="Commune de Rabat-Agdal",
        at="Rabat",
        on="2026-04-10",
        by="Le Gouverneur de la Préfecture de Rabat",
        number="RB-APO-2026-0041887",
        style="box",
        stamp_top="ROYAUME DU MAROC",
        stamp_mid="RABAT",
        ar_header="المملكة المغربية",
    )
    pg, f = CV.apostille(ap)
    Fd = _F(root, "apostille_maroc_seule")
    d = Fd.doc("apostille", "scan", f, "apostille alone, without the act it certifies")
    K.scan_jpg(Fd, "apostille.jpg", d, pg[0], "S24", 200)
    Fd.write_truth(AS_OF)


def s_apostille_col(root):
    ap = dict(
        lang="es",
        country_print="República de Colombia",
        signed_by="MARTHA LUCÍA CÁRDENAS",
        capacity="NOTARIA SEXTA DEL CÍRCULO DE BOGOTÁ",
        seal_of="NOTARÍA 6 DE BOGOTÁ",
        at="Bogotá D.C.",
        on="2026-04-28",
        by="MINISTERIO DE RELACIONES EXTERIORES DE COLOMBIA",
        number="A9RTZ418820511",
        style="colombia",
        code="TQ8PL33W",
        date_print="28/04/2026",
    )
    pg, f = CV.apostille(ap)
    Fd = _F(root, "apostille_colombie_electronique")
    d = Fd.doc("apostille", "text_pdf", f, "e-apostille downloaded as PDF")
    Fd.text_pdf("apostilla_A9RTZ418820511.pdf", [(d, pg)], creator="Cancillería")
    Fd.write_truth(AS_OF)


def s_apostille_gbr(root):
    ap = dict(
        lang="en",
        country_print="United Kingdom of Great Britain and Northern Ireland",
        signed_by="M. Booth",
        capacity="Registrar",
        seal_of="General Register Office",
        at="Milton Keynes",
        on="2026-02-02",
        by="His Majesty's Principal Secretary of State for Foreign, Commonwealth and "
        "Development Affairs",
        number="APO-7702915",
        style="fcdo",
        date_print="2 February 2026",
    )
    pg, f = CV.apostille(ap)
    Fd = _F(root, "apostille_uk_photo")
    d = Fd.doc("apostille", "phone_photo", f)
    K.photo_file(Fd, "apostille.jpg", d, pg[0], "S26", bg="wood")
    Fd.write_truth(AS_OF)


# ======================================================================= translations


def s_translation_bra(root):
    p = _rafael()
    t = dict(
        translator="Ana Cristina MARTINS",
        court="Paris",
        address="61 rue de Rivoli, 75001 Paris",
        phone="01 99 00 61 22",
        email="acmartins.traduction@example.org",
        number="2026-1142",
        from_lang="du portugais (Brésil)",
        lang_name="portugaise",
        stamp_lang="portugais",
        city="Paris",
        date="2026-03-10",
        lines=[
            "#[Armoiries] RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL",
            "#REGISTRE CIVIL DES PERSONNES PHYSIQUES — ACTE DE NAISSANCE",
            "NOM : RAFAEL AUGUSTO MENDES PEREIRA",
            "CPF : %s" % CV.cpf("730418226"),
            "MATRICULE : 1154120155 1990 1 00321 077 0061873 52",
            "DATE DE NAISSANCE EN TOUTES LETTRES : premier décembre mil neuf cent "
            "quatre-vingt-dix — JOUR 01 MOIS 12 ANNÉE 1990 — HEURE 03:35",
            "LIEU DE NAISSANCE : Hospital e Maternidade São Luiz — São Paulo (SP)",
            "SEXE : masculin",
            "FILIATION : MARCOS ANTÔNIO PEREIRA et SANDRA REGINA MENDES PEREIRA",
            "GRANDS-PARENTS : paternels João Pereira et Lúcia Pereira ; maternels "
            "Osvaldo Mendes et Irene Mendes",
            "DATE DE L'ENREGISTREMENT : 7 décembre 1990",
            "MENTIONS : néant",
            "[Le contenu de l'acte est conforme. J'en fais foi. — Signature : Cláudia "
            "Ramos Vieira, officier — Sceau numérique CZT88015]",
        ],
    )
    pg, f = CV.sworn_translation(p, t)
    Fd = _F(root, "traduction_certidao_bresil")
    d = Fd.doc(
        "translation",
        "image_pdf",
        f,
        "sworn translation of a Brazilian birth certificate, stamped and signed",
    )
    K.scan_pdf(Fd, "traduction assermentée.pdf", [(d, pg[0])], "S27", 200)
    Fd.write_truth(AS_OF)


def s_translation_col(root):
    p = _valentina()
    t = dict(
        translator="Carolina DUARTE",
        court="Versailles",
        address="5 rue Hoche, 78000 Versailles",
        phone="01 99 00 55 87",
        email="c.duarte@example.org",
        number="V-2026-0318",
        from_lang="de l'espagnol",
        lang_name="espagnole",
        stamp_lang="espagnol",
        city="Versailles",
        date="2026-05-05",
        lines=[
            "#RÉPUBLIQUE DE COLOMBIE — REGISTRE NATIONAL DE L'ÉTAT CIVIL",
            "#ACTE DE NAISSANCE",
            "Indicatif série : 19932418 — NUIP : 1.019.773.455",
            "Bureau : Notariat 6 — Colombie, Cundinamarca, Bogotá D.C.",
            "Premier nom : OSORIO — Second nom : MEJÍA — Prénom : VALENTINA",
            "Né(e) le : 14 février 1993 à 11 h 02 — Sexe : féminin",
            "Mère : MEJÍA LONDOÑO ADRIANA — Père : OSORIO GUTIÉRREZ FERNANDO",
            "Date d'inscription : 1er mars 1993",
            "[Signature : MARTHA LUCÍA CÁRDENAS, notaire] [Cachet du Notariat 6]",
        ],
    )
    pg, f = CV.sworn_translation(p, t)
    Fd = _F(root, "traduction_registro_colombie")
    d = Fd.doc("translation", "scan", f)
    K.scan_jpg(Fd, "traduccion.jpg", d, pg[0], "S28", 200, gray=True)
    Fd.write_truth(AS_OF)


# ======================================================================= utility bills


def _addr(lines):
    return lines


def s_bill_edf(root):
    b = dict(
        holder="M. OU MME PHILIPPE ET NADIA ROUX",
        address=["7 RUE DES PLANTES", "75014 PARIS"],
        issue="2026-10-16",
        start="2026-09-15",
        end="2026-10-14",
        number="10 9917 2286",
        client_ref="6 009 917 228",
        pdl="09 9917 2286 1043",
        amount=0,
        kwh=233,
        idx_old=44120,
        debit="2026-10-27",
        meter="2061",
    )
    pg, f = H.edf_bill(b, pages=2)
    Fd = _F(root, "bill_edf_deux_pages")
    d = Fd.doc(
        "utility_bill",
        "text_pdf",
        f,
        "2-page bill; page 2 (consumption history) has no holder name; joint holders",
    )
    Fd.text_pdf("facture edf sept.pdf", [(d, pg)], creator="EDF")
    Fd.write_truth(AS_OF)


def s_bill_engie(root):
    b = dict(
        holder="Mme Camille FONTAINE",
        address=["18 rue Oberkampf", "75011 Paris"],
        issue="2026-10-05",
        start="2026-09-01",
        end="2026-09-30",
        number="300118820417",
        client_ref="3 001 188 204",
        account="301 118 820 417",
        pdl="14 1188 2041 7733",
        pce="GI 011 882 04",
        gas_meter="G4-11820",
        gidx=2207,
        m3=28,
        amount=58.74,
        debit="2026-10-20",
    )
    pg, f = H.engie_bill(b)
    Fd = _F(root, "bill_engie")
    d = Fd.doc("utility_bill", "text_pdf", f)
    Fd.text_pdf("Facture_ENGIE_300118820417.pdf", [(d, pg)], creator="ENGIE")
    Fd.write_truth(AS_OF)


def s_bill_engie_att(root):
    b = dict(
        holder="M. Karim MANSOURI",
        address=["2 rue Saint-Maur", "75011 Paris"],
        issue="2026-10-28",
        since="2026-04-01",
        client_ref="3 007 731 205",
        pdl="14 7731 2051 1094",
        pce="GI 077 312 05",
        amount=None,
    )
    pg, f = H.engie_attestation(b)
    Fd = _F(root, "bill_engie_attestation_titulaire")
    d = Fd.doc(
        "utility_bill",
        "text_pdf",
        f,
        "attestation de titulaire de contrat: no billing period, no amount",
    )
    Fd.text_pdf("attestation_contrat_ENGIE.pdf", [(d, pg)], creator="ENGIE")
    Fd.write_truth(AS_OF)


def s_bill_total(root):
    b = dict(
        holder="M Thibault LAMBERT",
        address=["44 rue de Charonne", "75011 Paris"],
        issue="2026-09-06",
        start="2026-08-01",
        end="2026-08-31",
        number="TE0007731092",
        client_ref="1 077 310 922",
        amount=44.80,
        kwh=148,
    )
    pg, f = H.total_bill(b)
    Fd = _F(root, "bill_totalenergies_scan_pdf")
    d = Fd.doc("utility_bill", "image_pdf", f)
    K.scan_pdf(Fd, "facture total.pdf", [(d, pg[0])], "S32", 200)
    Fd.write_truth(AS_OF)


def s_bill_free_mobile(root):
    b = dict(
        holder="Mme Yasmina OULD ALI",
        address=["9 rue Myrha", "75018 Paris"],
        issue="2026-10-05",
        start="2026-09-01",
        end="2026-09-30",
        number="FM720931557",
        login="0639984401",
        line="06 39 98 44 01",
        amount=15.99,
        offer="Forfait Free 5G 150 Go",
    )
    pg, f = H.free_bill(b, mobile=True)
    Fd = _F(root, "bill_free_mobile")
    d = Fd.doc("utility_bill", "text_pdf", f)
    Fd.text_pdf("Facture_Free_Mobile_2026-09.pdf", [(d, pg)], creator="Free Mobile")
    Fd.write_truth(AS_OF)


def s_bill_sfr(root):
    b = dict(
        holder="M Jérôme PETIT",
        address=["14 avenue Gambetta", "75020 Paris"],
        issue="2026-10-10",
        start="2026-09-10",
        end="2026-10-09",
        number="SFR-91022477",
        client_ref="0910 224 771",
        line="01 99 00 91 02",
        amount=39.99,
    )
    pg, f = H.sfr_bill(b)
    Fd = _F(root, "bill_sfr_photo")
    d = Fd.doc("utility_bill", "phone_photo", f)
    K.photo_file(Fd, "facture sfr.jpg", d, pg[0], "S34", bg="desk")
    Fd.write_truth(AS_OF)


def s_bill_orange(root):
    b = dict(
        holder="Mme Sophie GIRARD",
        address=["3 place de la République", "93100 Montreuil"],
        issue="2026-09-18",
        start="2026-09-18",
        end="2026-10-17",
        number="OR-7731208841",
        client_ref="0577 312 088",
        line="01 99 00 57 73",
        amount=49.99,
    )
    pg, f = H.orange_bill(b)
    Fd = _F(root, "bill_orange")
    d = Fd.doc("utility_bill", "text_pdf", f, "billed in advance (period after the issue date)")
    Fd.text_pdf("facture_orange_sept_2026.pdf", [(d, pg)], creator="Orange")
    Fd.write_truth(AS_OF)


def s_bill_bouygues(root):
    b = dict(
        holder="M Antoine ROBIN",
        address=["21 rue de Vanves", "92100 Boulogne-Billancourt"],
        issue="2026-10-03",
        start="2026-09-01",
        end="2026-09-30",
        number="BT88120471",
        client_ref="8812 0471 03",
        line="01 99 00 88 12",
        amount=32.99,
    )
    pg, f = H.bouygues_bill(b)
    Fd = _F(root, "bill_bouygues_scan")
    d = Fd.doc("utility_bill", "scan", f)
    K.scan_jpg(Fd, "bbox facture.jpg", d, pg[0], "S36", 200)
    Fd.write_truth(AS_OF)


def s_bill_water(root):
    b = dict(
        holder="M Lucien MARCHAND",
        address=["12 villa Saint-Jacques", "75014 Paris"],
        issue="2026-10-12",
        start="2026-04-01",
        end="2026-09-30",
        number="EDP26-4410873",
        client_ref="441 087 3",
        meter="17-A 220418",
        idx=1204,
        m3=41,
        amount=173.06,
    )
    pg, f = H.water_bill(b)
    Fd = _F(root, "bill_eau_de_paris")
    d = Fd.doc("utility_bill", "text_pdf", f, "semi-annual water bill")
    Fd.text_pdf("facture eau.pdf", [(d, pg)], creator="Eau de Paris")
    Fd.write_truth(AS_OF)


def s_bill_water2(root):
    b = dict(
        holder="Mme Josiane LEBLANC",
        address=["6 allée des Acacias", "94300 Vincennes"],
        issue="2026-07-08",
        start="2026-01-01",
        end="2026-06-30",
        number="EV-2026-771204",
        client_ref="7712 04",
        meter="SN 0887120",
        idx=3311,
        m3=52,
        amount=221.30,
        provider="Eaux de la Marne",
        tagline="Service de l'eau — délégation de service public",
        footer="Eaux de la Marne SAS — 14 quai de la Marne, 94340 Joinville-le-Pont — "
        "RCS Créteil 512 334 887",
    )
    pg, f = H.water_bill(b)
    Fd = _F(root, "bill_eau_scan")
    d = Fd.doc("utility_bill", "scan", f)
    K.scan_jpg(Fd, "scan_eau.jpg", d, pg[0], "S38", 150, gray=True)
    Fd.write_truth(AS_OF)


# ======================================================================= leases


def s_lease_vide(root):
    l = dict(
        landlord="SCI LES TILLEULS",
        landlord_addr="30 boulevard Voltaire, 75011 Paris",
        tenants=["M. Hugo LEFEBVRE", "Mme Amina KEITA"],
        address=["52 rue Servan, 4e étage droite", "75011 Paris"],
        start="2025-10-01",
        rent=1480.0,
        charges=120.0,
        deposit=1480.0,
        surface=55,
        rooms=3,
        signed_city="Paris",
        signed_on="2025-09-22",
        agency="Cabinet Voltaire Gestion",
        agency_addr="30 boulevard Voltaire, 75011 Paris",
    )
    pg, f = H.lease(l)
    Fd = _F(root, "lease_vide_colocation")
    d = Fd.doc("lease", "image_pdf", f, "two tenants (joint lease)")
    K.scan_pdf(Fd, "bail signé.pdf", [(d, x) for x in pg], "S39", 200)
    Fd.write_truth(AS_OF)


def s_lease_meuble(root):
    l = dict(
        landlord="Mme Colette VIDAL",
        landlord_addr="11 rue Lepic, 75018 Paris",
        tenants=["Mme Priya NAIR"],
        address=["11 rue Lepic, 5e étage", "75018 Paris"],
        furnished=True,
        start="2026-05-01",
        rent=990.0,
        charges=40.0,
        deposit=1980.0,
        surface=22,
        rooms=1,
        signed_city="Paris",
        signed_on="2026-04-24",
        font="caladea",
    )
    pg, f = H.lease(l)
    Fd = _F(root, "lease_meuble_photos_p1_p4")
    d = Fd.doc("lease", "phone_photo", f, "only the first and the signature page were photographed")
    K.photo_file(Fd, "bail page 1.jpg", d, pg[0], "S40", bg="wood")
    K.photo_file(Fd, "bail page signatures.jpg", d, pg[3], "S40", bg="wood")
    # both files hold page 1 of their own image; the lease is pages 1 and 4 of the paper
    Fd.write_truth(AS_OF)


# ======================================================================= hosting


def s_hosting_hand(root):
    a = dict(
        host="Mamadou KANTÉ",
        host_sex="M",
        host_dob="1979-03-30",
        host_pob="Bamako (Mali)",
        host_addr=["8 rue Riquet", "75019 Paris"],
        hosted="Seydou KANTÉ",
        hosted_sex="M",
        hosted_title="M.",
        hosted_dob="2000-06-14",
        hosted_pob="Kayes (Mali)",
        since="2026-06-01",
        city="Paris",
        signed_on="2026-10-19",
        attachments=True,
        hand_font="h-breip",
    )
    pg, f = H.hosting_attestation(a)
    Fd = _F(root, "hosting_manuscrite")
    d = Fd.doc("hosting_attestation", "scan", f, "fully handwritten")
    K.scan_jpg(Fd, "attestation d'hébergement.jpg", d, pg[0], "S41", 200)
    Fd.write_truth(AS_OF)


def s_hosting_typed_unsigned(root):
    a = dict(
        host="Nathalie BRUNET",
        host_sex="F",
        host_dob="1975-12-02",
        host_pob="Tours (37)",
        host_addr=["25 rue Monge", "75005 Paris"],
        hosted="Lin WEI",
        hosted_sex="F",
        hosted_dob="1999-04-21",
        hosted_pob="Hangzhou (Chine)",
        since="2026-09-01",
        city="Paris",
        signed_on="2026-11-02",
        mode="typed",
        signed=False,
        hosted_title="Madame",
    )
    pg, f = H.hosting_attestation(a)
    Fd = _F(root, "hosting_tapee_non_signee")
    d = Fd.doc("hosting_attestation", "text_pdf", f, "typed and never signed (signed false)")
    Fd.text_pdf("attestation_hebergement.pdf", [(d, pg)], creator="LibreOffice")
    Fd.write_truth(AS_OF)


# ======================================================================= payslips / contracts


def s_payslip_cadre(root):
    emp = _emp(
        "QUADRANT DATA SAS",
        ["5 place de la Défense", "92400 Courbevoie"],
        "82914405",
        "0033",
        "6202A",
        "Île-de-France 927 1140027",
        "1486",
        "la convention collective nationale Syntec",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["MME MEI LING TAN", "17 RUE DE LA RÉPUBLIQUE", "92800 PUTEAUX"],
            employee_name="MEI LING TAN",
            job="Data engineer",
            entry="2025-09-01",
            period="2026-10",
            gross=4300.0,
            tax_rate=7.8,
            months=10,
        )
    )
    Fd = _F(root, "payslip_cadre_pdf")
    d = Fd.doc("payslip", "text_pdf", f)
    Fd.text_pdf("BS_2026_10.pdf", [(d, pg)], creator="Silae")
    Fd.write_truth(AS_OF)


def s_payslip_hcr(root):
    emp = _emp(
        "LE BOUCHON DES MARTYRS SARL",
        ["34 rue des Martyrs", "75009 Paris"],
        "51127730",
        "0019",
        "5610A",
        "Île-de-France 117 8812345",
        "1979",
        "la convention collective des hôtels, cafés, restaurants (HCR)",
        form="SARL",
    )
    pg, f = M.payslip(
        dict(
            employer=emp,
            employee_lines=["M. BOUBACAR CAMARA", "6 RUE LABAT", "75018 PARIS"],
            employee_name="BOUBACAR CAMARA",
            job="Commis de cuisine",
            status="Employé",
            classif="Niveau I — Échelon 2",
            entry="2026-02-16",
            period="2026-09",
            gross=1880.0,
            layout=2,
            months=8,
        )
    )
    Fd = _F(root, "payslip_restaurant_photo")
    d = Fd.doc("payslip", "phone_photo", f)
    K.photo_file(Fd, "fiche de paie.jpg", d, pg[0], "S44", bg="dark")
    Fd.write_truth(AS_OF)


def s_contract_cdi(root):
    emp = _emp(
        "ÉDITIONS DU CANAL SAS",
        ["72 quai de Jemmapes", "75010 Paris"],
        "40988127",
        "0025",
        "5811Z",
        "Île-de-France 117 4407711",
        "2121",
        "la convention collective de l'édition",
        capital="40 000 €",
        rep="M. Vincent ARNAUD",
        rep_title="Directeur administratif et financier",
    )
    pg, f = M.contract(
        dict(
            employer=emp,
            employee="Olga KOVALENKO",
            employee_sex="F",
            dob="1994-02-03",
            pob="Kharkiv (Ukraine)",
            nat="ukrainienne",
            home="19 rue Bichat, 75010 Paris",
            type="CDI",
            job="Assistante éditoriale",
            status="employée",
            classif="niveau C",
            start="2026-09-01",
            salary=2450.0,
            place="Paris (10e)",
            signed_city="Paris",
            signed_on="2026-07-22",
            font="caladea",
        )
    )
    Fd = _F(root, "contract_cdi_pdf")
    d = Fd.doc("employment_contract", "text_pdf", f)
    Fd.text_pdf("Contrat de travail CDI - KOVALENKO.pdf", [(d, pg)], creator="Word")
    Fd.write_truth(AS_OF)


def s_contract_cdd(root):
    emp = _emp(
        "LOGIVERT SERVICES SAS",
        ["3 rue de l'Industrie", "94200 Ivry-sur-Seine"],
        "52210887",
        "0041",
        "8121Z",
        "Île-de-France 947 2290017",
        "3043",
        "la convention collective des entreprises de propreté",
        rep="Mme Sandrine COLIN",
        rep_title="Responsable des ressources humaines",
    )
    pg, f = M.contract(
        dict(
            employer=emp,
            employee="Ibrahim COULIBALY",
            dob="1996-10-11",
            pob="Sikasso (Mali)",
            nat="malienne",
            home="4 rue Lénine, 94200 Ivry-sur-Seine",
            type="CDD",
            job="Agent de propreté",
            status="ouvrier",
            classif="AS2",
            start="2026-08-17",
            end="2027-02-16",
            salary=1900.0,
            place="Ivry-sur-Seine",
            signed_city="Ivry-sur-Seine",
            signed_on="2026-08-10",
            reason="le remplacement d'un contrat de nettoyage",
            hand="h-ruf",
        )
    )
    Fd = _F(root, "contract_cdd_scan_pdf")
    d = Fd.doc("employment_contract", "image_pdf", f)
    K.scan_pdf(Fd, "contrat CDD.pdf", [(d, x) for x in pg], "S46", 200, gray=True)
    Fd.write_truth(AS_OF)


# ======================================================================= RIBs


def s_rib_bnp(root):
    r = K.rib_fr(
        "MME ELENA POPESCU",
        ["MME ELENA POPESCU"],
        ["33 RUE DE CHARENTON", "75012 PARIS"],
        "30004",
        "00813",
        "00091127740",
        ["BNP PARIBAS PARIS NATION", "(00813)", "75012 PARIS"],
        "BNPAFRPPXXX",
        "BNP Paribas",
        "2026-10-12",
    )
    pg, f = M.rib_bnp(r)
    Fd = _F(root, "rib_bnp_pdf")
    d = Fd.doc("rib", "text_pdf", f)
    Fd.text_pdf("RIB compte chèques.pdf", [(d, pg)], creator="BNP Paribas")
    Fd.write_truth(AS_OF)


def s_rib_cm(root):
    r = K.rib_fr(
        "M RYAN O'CONNOR",
        ["M RYAN O'CONNOR"],
        ["2 RUE DU CHATEAU", "92200 NEUILLY SUR SEINE"],
        "10278",
        "06091",
        "00044871902",
        ["CCM NEUILLY SUR SEINE", "138 AV. CHARLES DE GAULLE", "92200 NEUILLY SUR SEINE"],
        "CMCIFR2A",
        "Crédit Mutuel",
        "2026-06-30",
    )
    pg, f = M.rib_credit_mutuel(r)
    Fd = _F(root, "rib_credit_mutuel_scan")
    d = Fd.doc("rib", "scan", f, "three copies of the same RIB on the page")
    K.scan_jpg(Fd, "rib.jpg", d, pg[0], "S48", 200)
    Fd.write_truth(AS_OF)


def s_rib_lbp_letter(root):
    p = person(key="s_hanna", surname="SCHMIDT", given="HANNA", sex="F")
    r = K.rib_fr(
        "MME HANNA SCHMIDT",
        ["MME HANNA SCHMIDT"],
        ["15 RUE DES CINQ DIAMANTS", "75013 PARIS"],
        "20041",
        "00001",
        "2209148D020",
        [],
        "PSSTFRPPPAR",
        "La Banque Postale",
        "2026-09-21",
        centre="Centre Financier de Paris",
    )
    pg, f = M.rib_lbp_letter(r, p)
    Fd = _F(root, "rib_dans_courrier_banque")
    d = Fd.doc("rib", "text_pdf", f, "trap: a welcome letter with the RIB at the bottom")
    Fd.text_pdf("Courrier_ouverture_compte.pdf", [(d, pg)], creator="La Banque Postale")
    Fd.write_truth(AS_OF)


def s_rib_app_lt(root):
    r = K.rib_lt(
        "TOMÁS NOVÁK",
        "39100",
        "12088017523",
        "NUVILT22XXX",
        "Nuvia UAB",
        "Konstitucijos pr. 21B, 08130 Vilnius, Lituanie",
    )
    img, f = M.rib_app_screenshot(r, K.APP_NUVIA)
    Fd = _F(root, "rib_appli_neobanque_lt")
    d = Fd.doc("rib", "screenshot", f, "Lithuanian SEPA IBAN")
    Fd.png("Screenshot_2026-10-14-21-07-33.png", img, d)
    Fd.write_truth(AS_OF)


def s_rib_app_fr(root):
    r = K.rib_fr(
        "SAMIRA HADDOU",
        ["SAMIRA HADDOU"],
        [],
        "19870",
        "00001",
        "10771540388",
        [],
        "KALOFRP2XXX",
        "Kalo (Kalo Payments SAS)",
        "2026-10-01",
        bank_addr="21 rue de Châteaudun, 75009 Paris",
    )
    img, f = M.rib_app_screenshot(r, dict(K.APP_KALO, clock="12:07"))
    Fd = _F(root, "rib_appli_neobanque_fr")
    d = Fd.doc("rib", "screenshot", f)
    Fd.png("IMG_8804.PNG", img, d)
    Fd.write_truth(AS_OF)


# ======================================================================= forms


def _form_person():
    return person(
        key="s_form_hoang",
        surname="NGUYEN",
        given="THI LAN",
        sex="F",
        dob="1991-03-02",
        birth_city="Hanoï",
        birth_country="VNM",
        nat="VNM",
        addr=["40 avenue d'Italie", "75013 Paris"],
        phone="06 39 98 09 17",
        email="thilan.nguyen@example.com",
    )


def s_form_hand_photos(root):
    p = person(
        key="s_form_ortiz",
        surname="ORTIZ",
        given="JUAN PABLO",
        sex="M",
        dob="1989-08-27",
        birth_city="Cali",
        birth_country="COL",
        nat="COL",
        addr=["12 rue Saint-Maur", "75011 Paris"],
        phone="06 39 98 14 62",
        email="jp.ortiz@example.com",
    )
    v = K.form_values(p, "independant", "2026-11-05", given="Juan Pablo")
    pages = FM.form_pages(v, "hand", variant=1, hand_font="h-kaushan")
    Fd = _F(root, "form_manuscrit_photos")
    d = K.form_doc(Fd, v, "phone_photo", "self-employed (employed); page 2 photo rotated 90°")
    K.photo_file(Fd, "form1.jpg", d, pages[0], "S52", bg="fabric")
    K.photo_file(Fd, "form2.jpg", d, pages[1], "S52", bg="fabric", rot=90)
    Fd.write_truth(AS_OF)


def s_form_acro_unsigned(root):
    p = person(
        key="s_form_kaya",
        surname="KAYA",
        given="ELIF",
        sex="F",
        dob="1997-12-09",
        birth_city="Izmir",
        birth_country="TUR",
        nat="TUR",
        addr=["3 rue Jules Vallès", "75011 Paris"],
        phone="06 39 98 33 40",
        email="elif.kaya@example.com",
    )
    v = K.form_values(p, "etudiant", None, given="Elif", signed=False, date_text="")
    pages = FM.form_pages(v, "acroform", variant=0)
    Fd = _F(root, "form_pdf_remplissable_non_signe")
    d = K.form_doc(Fd, v, "text_pdf", "fillable PDF, never printed: no date, no signature")
    Fd.acro_pdf("S1106_formulaire_rempli.pdf", d, pages)
    Fd.write_truth(AS_OF)


def s_form_typed_reverse(root):
    p = _form_person()
    v = K.form_values(
        p, "salarie", "2026-11-12", contract="CDD", profession="Serveuse", given="Thi Lan", other=""
    )
    pages = FM.form_pages(v, "typed", variant=2, page2_first=True)
    Fd = _F(root, "form_tape_pages_inversees")
    d = K.form_doc(Fd, v, "image_pdf", "scanned with page 2 first")
    K.scan_pdf(Fd, "scan_formulaire.pdf", [(d, pages[0]), (d, pages[1])], "S54", 200)
    Fd.write_truth(AS_OF)


# ======================================================================= unknown


def s_unknown_tax(root):
    t = dict(
        fiscal_no="30 77 412 088 513",
        access_no="77 412 088 51",
        rfr="28 114 €",
        ref="26 75 A410882 55",
        lines=["M ALEXANDRE DUBOIS", "18 RUE DE LA PÉPINIÈRE", "75008 PARIS"],
        amount="1 208 €",
        income="31 238 €",
        pas="1 208 €",
    )
    pg, f = M.tax_notice(t)
    Fd = _F(root, "unknown_avis_impot")
    d = Fd.doc("unknown", "text_pdf", f, "income-tax notice: not a piece of the packet")
    Fd.text_pdf("avisIR2026.pdf", [(d, pg)], creator="DGFiP")
    Fd.write_truth(AS_OF)


def s_unknown_caf(root):
    t = dict(
        caf="de Paris",
        date="2026-10-22",
        number="7721045",
        received="2026-10-15",
        lines=["MME AWA TRAORÉ", "9 RUE DE TANGER", "75019 PARIS"],
        salut="Madame",
    )
    pg, f = M.caf_letter(t)
    Fd = _F(root, "unknown_courrier_caf")
    d = Fd.doc("unknown", "scan", f, "CAF letter")
    K.scan_jpg(Fd, "courrier caf.jpg", d, pg[0], "S56", 200)
    Fd.write_truth(AS_OF)


def s_unknown_school(root):
    t = dict(
        univ="Université Paris-Rive Gauche",
        faculty="UFR Langues et Cultures",
        year="2026-2027",
        title="M.",
        name="Mateo SILVA",
        dob="2003-05-12",
        pob="Porto Alegre",
        country="Brésil",
        student_no="22604418",
        program="Master 1 Linguistique appliquée",
        city="Paris",
        date="2026-09-16",
    )
    pg, f = M.school_certificate(t)
    Fd = _F(root, "unknown_certificat_scolarite")
    d = Fd.doc("unknown", "text_pdf", f, "school certificate")
    Fd.text_pdf("certificat_scolarite.pdf", [(d, pg)], creator="Apogée")
    Fd.write_truth(AS_OF)


def s_unknown_note(root):
    pg, f = M.cover_note(dict(text="Pièces pour la CPAM\nDossier de Mme DIALLO\nMerci !"))
    Fd = _F(root, "unknown_page_presque_vide")
    d = Fd.doc("unknown", "phone_photo", f, "a nearly blank page with a few handwritten words")
    K.photo_file(Fd, "page.jpg", d, pg[0], "S58", bg="desk")
    Fd.write_truth(AS_OF)


def s_unknown_quittance(root):
    q = dict(
        landlord="M. Gérard LEROY",
        landlord_addr=["5 rue Daguerre", "75014 Paris"],
        tenant="Mme Ana SOUZA",
        address=["5 rue Daguerre, 2e étage", "75014 Paris"],
        month=10,
        year=2026,
        rent=870.0,
        charges=45.0,
        paid_on="2026-10-03",
        city="Paris",
        signed_on="2026-10-05",
    )
    pg, f = H.quittance(q)
    Fd = _F(root, "unknown_quittance_loyer")
    d = Fd.doc("unknown", "text_pdf", f, "trap: a rent receipt (quittance) is not a lease")
    Fd.text_pdf("quittance octobre 2026.pdf", [(d, pg)], creator="Word")
    Fd.write_truth(AS_OF)


ALL = [
    s_passport_mar,
    s_passport_usa,
    s_passport_bra,
    s_passport_gbr,
    s_passport_sen,
    s_id_ita,
    s_id_esp,
    s_visa_student,
    s_visa_type_c,
    s_visa_salarie,
    s_permit_dza,
    s_permit_gbr,
    s_bc_dza,
    s_bc_mar,
    s_bc_tun,
    s_bc_sen,
    s_bc_civ,
    s_bc_col,
    s_bc_bra,
    s_bc_usa,
    s_bc_gbr,
    s_bc_ita,
    s_bc_chn,
    s_apostille_mar,
    s_apostille_col,
    s_apostille_gbr,
    s_translation_bra,
    s_translation_col,
    s_bill_edf,
    s_bill_engie,
    s_bill_engie_att,
    s_bill_total,
    s_bill_free_mobile,
    s_bill_sfr,
    s_bill_orange,
    s_bill_bouygues,
    s_bill_water,
    s_bill_water2,
    s_lease_vide,
    s_lease_meuble,
    s_hosting_hand,
    s_hosting_typed_unsigned,
    s_payslip_cadre,
    s_payslip_hcr,
    s_contract_cdi,
    s_contract_cdd,
    s_rib_bnp,
    s_rib_cm,
    s_rib_lbp_letter,
    s_rib_app_lt,
    s_rib_app_fr,
    s_form_hand_photos,
    s_form_acro_unsigned,
    s_form_typed_reverse,
    s_unknown_tax,
    s_unknown_caf,
    s_unknown_school,
    s_unknown_note,
    s_unknown_quittance,
]
