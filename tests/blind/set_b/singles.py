"""Single documents of set_b: every type of the report contract at least twice,
plus traps (rent receipt, second page of a bill, RIB inside a bank letter)."""

import bank
import civil
import form
import housing
import ids
import misc
import work
from build import Folder, booklet_img, card_pair_sheet, img_page, passport_sheet, sheet, vp
from common import fmt_nir, nir, td3
from ids import CniData, IdData, PermitData, VisaData
from people import account, de_iban, employer, lt_iban

AS_OF = "2026-11-20"


def one(root, name, as_of=AS_OF):
    return Folder(root, "documents", name, as_of)


def done(F):
    F.write({"status": None, "defect": None, "requirements": None, "applicant": None})


# ----------------------------------------------------------------- passports
def s_passport_mex_photo(root):
    F = one(root, "passport_mex_photo")
    d = IdData(
        "Gutiérrez Morales",
        "Ana Sofía",
        "G60318472",
        "MEX",
        "1994-11-02",
        "F",
        "2032-03-10",
        "2026-03-11",
        pob="Ciudad de México",
        authority="SRE CIUDAD DE MEXICO",
        key="gutierrez",
        extra={"nat_name": "MEXICANA"},
    )
    F.photo("IMG_7781.jpg", booklet_img(d), bg="wood")
    F.doc(
        "passport",
        "phone_photo",
        d.truth(),
        [("IMG_7781.jpg", [1])],
        "Double surname, accented given name.",
    )
    done(F)


def s_passport_ukr_scan(root):
    F = one(root, "passport_ukr_scan")
    d = IdData(
        "Kovalchuk",
        "Andrii",
        "FY903184",
        "UKR",
        "1979-02-14",
        "M",
        "2030-08-21",
        "2020-08-21",
        pob="Lvivska obl./UKR",
        surname_local="КОВАЛЬЧУК",
        given_local="АНДРІЙ",
        personal="19790214-03172",
        key="kovalchuk",
        extra={"mrz_personal": True},
    )
    F.scan("passport_scan.png", passport_sheet(d), dpi=200, grey=True)
    F.doc(
        "passport",
        "scan",
        d.truth(),
        [("passport_scan.png", [1])],
        "Cyrillic and Latin names; personal number in MRZ.",
    )
    done(F)


def s_passport_cmr_imagepdf(root):
    F = one(root, "passport_cmr_imagepdf")
    d = IdData(
        "Etoundi Atangana",
        "Serge Patrice",
        "AA0583127",
        "CMR",
        "1986-07-30",
        "M",
        "2027-11-04",
        "2022-11-05",
        pob="Yaoundé",
        key="etoundi",
    )
    F.image_pdf("passeport.pdf", [passport_sheet(d, x=42, y=20, angle=1.2)], dpi=300)
    F.doc("passport", "image_pdf", d.truth(), [("passeport.pdf", [1])])
    done(F)


def s_passport_ind_expired(root):
    F = one(root, "passport_ind_expired")
    d = IdData(
        "Nair",
        "Lakshmi Priya",
        "K8304127",
        "IND",
        "1982-03-25",
        "F",
        "2025-06-30",
        "2015-07-01",
        pob="Kochi, Kerala",
        authority="COCHIN",
        key="nair",
    )
    F.scan("scan_passport.jpg", passport_sheet(d), dpi=200)
    F.doc("passport", "scan", d.truth(), [("scan_passport.jpg", [1])], "Expired on 2025-06-30.")
    done(F)


def s_passport_phl_badmrz(root):
    F = one(root, "passport_phl_badmrz")
    d = IdData(
        "Santos",
        "Mark Anthony",
        "P1928374C",
        "PHL",
        "1996-01-19",
        "M",
        "2033-02-27",
        "2023-02-28",
        pob="Davao City",
        middle="Garcia",
        key="santos",
    )
    lines = td3(
        d.surname, d.given, d.number, d.issuer, d.nat, d.dob, d.sex, d.expiry, corrupt="expiry_cd"
    )
    b = ids.booklet(ids.blank_page(key="santos-top"), ids.passport_page(d, mrz_override=lines))
    F.photo("passport.jpg", b, bg="white")
    t = d.truth(mrz_valid=False)
    F.doc(
        "passport",
        "phone_photo",
        t,
        [("passport.jpg", [1])],
        "The expiry-date check digit of the MRZ is wrong (tampered or misprinted); the composite digit matches "
        "the correct value, so it fails too.",
    )
    done(F)


# ----------------------------------------------------------------- national ID cards
def s_id_ita(root):
    F = one(root, "national_id_ita")
    d = IdData(
        "Esposito",
        "Luca",
        "CA31907MB",
        "ITA",
        "1988-09-12",
        "M",
        "2030-09-12",
        "2020-08-03",
        pob="Napoli (NA)",
        key="esposito",
        extra={
            "comune": "NAPOLI",
            "cf": "SPSLCU88P12F839T",
            "addr": "VIA TOLEDO 212 NAPOLI (NA)",
            "atto": "N. 3311 P.1 S.A 1988",
        },
    )
    F.scan("CIE fronte retro.jpg", card_pair_sheet(ids.cie_front(d), ids.cie_back(d)), dpi=200)
    F.doc(
        "national_id", "scan", d.truth(), [("CIE fronte retro.jpg", [1])], "Both sides on one scan."
    )
    done(F)


def s_id_fra(root):
    F = one(root, "national_id_fra")
    d = IdData(
        "Lefèvre",
        "Claire Hélène",
        "T7KP2N4X8",
        "FRA",
        "1983-12-01",
        "F",
        "2034-02-19",
        "2024-02-20",
        pob="Amiens (80)",
        key="lefevre",
    )
    c = CniData(
        d,
        usage_name="ép. Diallo",
        address=["5 RUE DES CORDELIERS", "80000 AMIENS"],
        issued_by="Préfecture de la Somme",
        can="720315",
    )
    F.photo("cni recto.jpg", ids.card_on_mat(ids.cni_front(c), 2), bg="dark", fill=0.55)
    F.photo("cni verso.jpg", ids.card_on_mat(ids.cni_back(c), 2), bg="dark", fill=0.55)
    F.doc(
        "national_id",
        "phone_photo",
        d.truth(),
        [("cni recto.jpg", [1]), ("cni verso.jpg", [1])],
        "French ID card 2021 model with a usage name (ép. Diallo).",
    )
    done(F)


def s_id_esp(root):
    F = one(root, "national_id_esp")
    n = "47291836"
    d = IdData(
        "López de la Fuente",
        "Carmen",
        "BHT604218",
        "ESP",
        "1990-04-08",
        "F",
        "2031-04-08",
        "2021-04-07",
        pob="Sevilla",
        personal=n + ids.dni_letter(n),
        key="lopez",
        extra={"addr": ["C. FERIA 31 P02 B", "SEVILLA", "SEVILLA"], "parents": "MANUEL / ROSARIO"},
    )
    F.image_pdf(
        "DNI.pdf", [card_pair_sheet(ids.dni_front(d), ids.dni_back(d), 60, 30, 100)], dpi=300
    )
    F.doc(
        "national_id", "image_pdf", d.truth(), [("DNI.pdf", [1])], "Spanish DNI, compound surname."
    )
    done(F)


# ----------------------------------------------------------------- visas
def s_visa_vlsts_cod(root):
    F = one(root, "visa_vlsts_cod_photo")
    h = IdData(
        "Mukendi",
        "Patrick",
        "OP1120485",
        "COD",
        "2001-05-16",
        "M",
        "2029-01-09",
        "2024-01-10",
        pob="Lubumbashi",
        key="mukendi",
    )
    v = VisaData(
        h,
        "D",
        "2026-09-01",
        "2027-08-31",
        "Kinshasa",
        "2026-08-11",
        "030118274",
        ["VLS-TS ETUDIANT", "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR"],
    )
    F.photo("visa.jpg", ids.visa_page(v), bg="blue")
    F.doc("long_stay_visa", "phone_photo", v.truth(), [("visa.jpg", [1])])
    done(F)


def s_visa_c_ind(root):
    F = one(root, "visa_c_ind_scan")
    h = IdData(
        "Sharma",
        "Arjun",
        "T5620931",
        "IND",
        "1992-10-05",
        "M",
        "2031-07-19",
        "2021-07-20",
        pob="Jaipur",
        key="sharma",
    )
    v = VisaData(
        h,
        "C",
        "2026-10-02",
        "2026-11-15",
        "New Delhi",
        "2026-09-18",
        "031844201",
        [""],
        entries="1",
        days="30",
        valid_for="ETATS SCHENGEN",
    )
    F.scan("schengen visa.jpg", sheet([(ids.visa_page(v), 125, 88, 30, 30, 0.8)]), dpi=200)
    F.doc(
        "long_stay_visa",
        "scan",
        v.truth(),
        [("schengen visa.jpg", [1])],
        "Short-stay type C Schengen visa.",
    )
    done(F)


def s_visa_vlsts_ukr(root):
    F = one(root, "visa_vlsts_ukr_imagepdf")
    h = IdData(
        "Shevchenko",
        "Iryna",
        "FT118305",
        "UKR",
        "1993-06-27",
        "F",
        "2031-03-03",
        "2021-03-03",
        pob="Kyiv/UKR",
        surname_local="ШЕВЧЕНКО",
        given_local="ІРИНА",
        key="shevchenko",
    )
    v = VisaData(
        h,
        "D",
        "2026-03-15",
        "2027-03-14",
        "Kiev",
        "2026-02-26",
        "025520917",
        ["VLS-TS VISITEUR", "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR"],
    )
    F.image_pdf("visa_long_sejour.pdf", [passport_sheet(h, top=ids.visa_page(v))], dpi=200)
    F.doc(
        "long_stay_visa",
        "image_pdf",
        v.truth(),
        [("visa_long_sejour.pdf", [1])],
        "The open passport: visa on the upper page, data page below.",
    )
    F.doc(
        "passport",
        "image_pdf",
        h.truth(),
        [("visa_long_sejour.pdf", [1])],
        "Same scan as the visa.",
    )
    done(F)


# ----------------------------------------------------------------- residence permits
def s_ts_mli(root):
    F = one(root, "residence_permit_mli")
    h = IdData(
        "Diarra",
        "Seydou",
        "AA1947203",
        "MLI",
        "1985-08-21",
        "M",
        "2028-02-01",
        "2023-02-02",
        pob="Mopti",
        key="diarra",
    )
    p = PermitData(
        h,
        "R2D8F4G61",
        "2027-06-29",
        "2026-06-30",
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        "PRÉFECTURE DU VAL-DE-MARNE",
        ["3 rue Gabriel Péri", "94200 Ivry-sur-Seine"],
    )
    F.scan(
        "titre recto.png",
        img_page(ids.card_on_mat(ids.permit_front(p)), 91.6, 60),
        dpi=300,
        edge=False,
    )
    F.scan(
        "titre verso.png",
        img_page(ids.card_on_mat(ids.permit_back(p)), 91.6, 60),
        dpi=300,
        edge=False,
    )
    F.doc(
        "residence_permit", "scan", p.truth(), [("titre recto.png", [1]), ("titre verso.png", [1])]
    )
    done(F)


def s_ts_cmr(root):
    F = one(root, "residence_permit_cmr")
    h = IdData(
        "Mbarga",
        "Élise",
        "AB1029384",
        "CMR",
        "1979-03-08",
        "F",
        "2029-09-30",
        "2024-10-01",
        pob="Ebolowa",
        key="mbarga",
    )
    p = PermitData(
        h,
        "C6K9M3P07",
        "2034-05-11",
        "2024-05-12",
        "CARTE DE RESIDENT",
        "RESIDENT",
        "PRÉFECTURE DE POLICE DE PARIS",
        ["88 rue de la Roquette", "75011 Paris"],
    )
    F.image_pdf(
        "carte de resident.pdf",
        [card_pair_sheet(ids.permit_front(p), ids.permit_back(p), 62, 40, 110, 0.7)],
        dpi=200,
        grey=True,
    )
    F.doc(
        "residence_permit",
        "image_pdf",
        p.truth(),
        [("carte de resident.pdf", [1])],
        "Ten-year carte de résident.",
    )
    done(F)


# ----------------------------------------------------------------- birth certificates
def _birth(root, name, builder, b, fname, look, upd=None, notes=None, dpi=200, **kw):
    F = one(root, name)
    pages, t = builder(b)
    if upd:
        t.update(upd)
    pp = vp(pages)
    if look == "scan":
        F.scan(fname, pp[0], dpi=dpi, **kw)
        files = [(fname, [1])]
    elif look == "phone_photo":
        F.photo(fname, pp[0], **kw)
        files = [(fname, [1])]
    else:
        F.image_pdf(fname, pp, dpi=dpi, **kw)
        files = [(fname, list(range(1, len(pp) + 1)))]
    F.doc("birth_certificate", look, t, files, notes)
    done(F)


def s_birth_mli(root):
    b = civil.Birth(
        "Diarra",
        "Seydou",
        "M",
        "1985-08-21",
        "Mopti",
        "Amadou DIARRA",
        "Kadiatou CISSÉ",
        "0288",
        "2024-09-17",
        "Boubacar MAÏGA",
        {
            "region": "Mopti",
            "cercle": "Mopti",
            "commune": "COMMUNE URBAINE DE MOPTI",
            "city": "Mopti",
            "drawn": "1985-08-28",
            "hand": "dkg",
        },
        key="s-diarra",
    )
    _birth(
        root,
        "birth_mli",
        civil.birth_mali,
        b,
        "extrait acte naissance.jpg",
        "phone_photo",
        {"surname": "DIARRA", "given_names": "Seydou"},
        bg="grey",
    )


def s_birth_cmr(root):
    b = civil.Birth(
        "Mbarga",
        "Élise",
        "F",
        "1979-03-08",
        "Ebolowa",
        "MBARGA Jean",
        "ABENA Cécile",
        "0142/1979",
        "2023-11-20",
        "Ondoa Martin",
        {
            "centre": "EBOLOWA Ier",
            "father_born": "Ebolowa, le 03/02/1950",
            "father_job": "Planteur",
            "mother_born": "Sangmélima, 1955",
            "mother_job": "Ménagère",
            "home": "EBOLOWA",
            "drawn": "1979-03-15",
            "declarant": "MBARGA Jean, père",
            "secretary": "NNA Pauline",
        },
        key="s-mbarga",
    )
    _birth(
        root,
        "birth_cmr",
        civil.birth_cameroon,
        b,
        "acte_naissance.jpg",
        "scan",
        {"surname": "MBARGA", "given_names": "Élise", "place_of_birth": "EBOLOWA"},
        grey=True,
    )


def s_birth_cod(root):
    b = civil.Birth(
        "Mukendi",
        "Patrick",
        "M",
        "2001-05-16",
        "Lubumbashi",
        "MUKENDI KABEYA Joseph",
        "NGALULA MBUYI Jeanne",
        "0873/2023",
        "2023-09-04",
        "ILUNGA MWAMBA Dieudonné",
        {
            "commune": "Kampemba",
            "drawn": "2023-08-29",
            "declarant": "Monsieur MUKENDI KABEYA Joseph, père",
            "volume": "Volume I - Folio 41",
        },
        key="s-mukendi",
    )
    _birth(
        root,
        "birth_cod_unlegalised",
        lambda x: civil.birth_drc(x, legalised=False),
        b,
        "acte naissance.pdf",
        "image_pdf",
        {"surname": "MUKENDI", "given_names": "Patrick"},
        "Not legalised: DR Congo acts need legalisation for use in France (neither apostille nor legalisation here).",
    )


def s_birth_chn(root):
    b = civil.Birth(
        "Wang",
        "Yutong",
        "F",
        "2000-12-09",
        "Hangzhou, Zhejiang Province",
        "",
        "",
        "",
        "2026-02-24",
        "",
        {
            "zh_name": "王雨桐",
            "zh_place": "浙江省杭州市",
            "zh_father": "王志强",
            "zh_mother": "赵丽",
            "id_no": "330106200012090047",
            "cert_no_zh": "浙杭西证字第2718号",
            "cert_no_en": "Zhe Hang Xi Zheng Zi No. 2718",
            "notary": "Zhou Ping",
            "notary_zh": "周平",
            "office_zh": "中华人民共和国浙江省杭州市西湖公证处",
            "office_en": "Xihu Notary Public Office, Hangzhou, Zhejiang Province",
            "place_en": "Hangzhou, Zhejiang Province",
            "father_en": "Wang Zhiqiang",
            "mother_en": "Zhao Li",
        },
        key="s-wang",
    )
    _birth(
        root,
        "birth_chn_notarial",
        civil.birth_china,
        b,
        "公证书_出生.pdf",
        "image_pdf",
        {"has_apostille": False},
        "Notarial certificate without its apostille sheet (2 pages: Chinese, English).",
    )


def s_birth_ind(root):
    b = civil.Birth(
        "Sharma",
        "Arjun",
        "M",
        "1992-10-05",
        "SMS Hospital, Jaipur",
        "Rakesh Kumar Sharma",
        "Sunita Sharma",
        "J/1992/JMC/20931",
        "2025-02-11",
        "",
        {
            "state": "GOVERNMENT OF RAJASTHAN",
            "body": "JAIPUR MUNICIPAL CORPORATION",
            "local": "Jaipur Municipal Corporation",
            "tahsil": "Jaipur",
            "district": "Jaipur",
            "st": "Rajasthan",
            "rules": "Rajasthan Registration of Births and Deaths Rules, 2000",
            "addr": "B-14, Malviya Nagar, Jaipur 302017",
            "reg_date": "1992-10-19",
            "name_line": "ARJUN SHARMA",
        },
        key="s-sharma",
    )
    _birth(
        root,
        "birth_ind",
        civil.birth_india,
        b,
        "birth certificate.jpg",
        "phone_photo",
        {"has_apostille": False},
        "No apostille on this copy.",
        rotate=90,
        bg="wood",
    )


def s_birth_phl(root):
    b = civil.Birth(
        "Santos",
        "Mark Anthony",
        "M",
        "1996-01-19",
        "Southern Philippines Medical Center, J.P. Laurel Ave., Davao City",
        "Ramon Garcia Santos",
        "Liza Perez Garcia",
        "96-00871",
        "2024-05-14",
        "",
        {
            "middle": "Garcia",
            "province": "DAVAO DEL SUR",
            "city": "DAVAO CITY",
            "residence": "Bajada, Davao City",
            "marriage": "February 9, 1994 - Davao City",
            "reg_date": "1996-01-30",
            "father_job": "ELECTRICIAN",
        },
        key="s-santos",
    )
    _birth(
        root,
        "birth_phl",
        civil.birth_philippines,
        b,
        "PSA_birth.pdf",
        "image_pdf",
        {"has_apostille": False},
    )


def s_birth_ukr(root):
    b = civil.Birth(
        "Shevchenko",
        "Iryna",
        "F",
        "1993-06-27",
        "",
        "",
        "",
        "530921",
        "2023-01-17",
        "",
        {
            "surname_uk": "ШЕВЧЕНКО",
            "given_uk": "ІРИНА",
            "patronymic_uk": "ВОЛОДИМИРІВНА",
            "dob_words_uk": "двадцять сьомого червня тисяча дев'ятсот дев'яносто третього року",
            "place_uk": "місто Київ, Україна",
            "record_date_uk": "1993 року липня місяця 05 числа",
            "record_no": "2841",
            "father_uk": "ШЕВЧЕНКО Володимир Миколайович",
            "mother_uk": "ШЕВЧЕНКО Оксана Петрівна",
            "office_uk": "Шевченківський районний у місті Києві відділ державної реєстрації актів цивільного стану",
            "series": "I-БК",
        },
        key="s-shev",
    )
    _birth(
        root,
        "birth_ukr",
        civil.birth_ukraine,
        b,
        "svidotstvo.jpg",
        "scan",
        {"has_apostille": False},
    )


def s_birth_tur(root):
    b = civil.Birth(
        "Öztürk",
        "Elif",
        "F",
        "1998-04-11",
        "Çankaya",
        "Murat ÖZTÜRK",
        "Gülsüm ÖZTÜRK",
        "B-2026-044192",
        "2026-03-09",
        "Fatma KILIÇ",
        {"office": "Ankara / Çankaya", "register": "Cilt 88 - Hane 21 - Sıra 2"},
        key="s-ozturk",
    )
    _birth(
        root,
        "birth_tur_formul_a",
        civil.birth_turkey,
        b,
        "Formul_A.jpg",
        "phone_photo",
        {"has_apostille": False},
        "Multilingual CIEC extract (exempt from legalisation between CIEC 16 parties).",
        bg="white",
    )


def s_birth_mex(root):
    b = civil.Birth(
        "Gutiérrez Morales",
        "Ana Sofía",
        "F",
        "1994-11-02",
        "Coyoacán, Ciudad de México",
        "Héctor Gutiérrez Salinas",
        "Patricia Morales Ríos",
        "04417",
        "2025-12-01",
        "",
        {
            "ap1": "GUTIÉRREZ",
            "ap2": "MORALES",
            "curp": "GUMA941102MDFTRN09",
            "ident": "09003001019940441702",
            "entidad": "CIUDAD DE MÉXICO",
            "municipio": "COYOACÁN",
            "oficialia": "0018",
            "reg_date": "1994-11-23",
            "director": "LIC. FERNANDO ÁVILA CORTÉS",
        },
        key="s-gutierrez",
    )
    _birth(
        root, "birth_mex", civil.birth_mexico, b, "acta.pdf", "image_pdf", {"has_apostille": False}
    )


def s_birth_bra(root):
    b = civil.Birth(
        "Oliveira Santos",
        "Beatriz",
        "F",
        "1997-08-30",
        "Hospital Felício Rocho, Belo Horizonte - MG",
        "Marcelo Oliveira Santos",
        "Renata Alves Oliveira",
        "",
        "2025-09-15",
        "",
        {
            "cpf": "428.617.093-25",
            "matricula": "0461 2601 55 1997 1 00187 214 0081234 15",
            "dob_words": "trinta de agosto de mil novecentos e noventa e sete",
            "hour": "06:45",
            "natural": "BELO HORIZONTE - MG",
            "mun_reg": "BELO HORIZONTE - MG",
            "avos": "PATERNOS: JOSÉ CARLOS SANTOS E MARIA OLIVEIRA SANTOS; MATERNOS: JOÃO ALVES E LÚCIA ALVES",
            "reg_words": "quatro de setembro de mil novecentos e noventa e sete",
            "cartorio_city": "Belo Horizonte",
        },
        key="s-bra",
    )
    _birth(
        root,
        "birth_bra",
        civil.birth_brazil,
        b,
        "certidao nascimento.jpg",
        "scan",
        {
            "surname": "OLIVEIRA SANTOS",
            "given_names": "BEATRIZ",
            "place_of_birth": "HOSPITAL FELÍCIO ROCHO, BELO HORIZONTE - MG",
        },
        "Portuguese; no apostille.",
    )


def s_birth_dza(root):
    b = civil.Birth(
        "Benali",
        "Yasmine",
        "F",
        "1993-03-12",
        "Oran",
        "Karim BENALI",
        "Nadia HADJ",
        "01234",
        "2025-04-02",
        "",
        {"ar_values": {"Nom": "بن علي", "Prénom(s)": "ياسمين"}},
        key="s-benali",
    )
    _birth(
        root,
        "birth_dza_ar_fr",
        civil.birth_algeria,
        b,
        "extrait_naissance_12S.pdf",
        "image_pdf",
        {"surname": "BENALI", "given_names": "Yasmine"},
        "Arabic/French bilingual extract (Algeria: exempt from legalisation under the 1962 protocol).",
    )


# ----------------------------------------------------------------- apostilles alone
def s_apostille_mex(root):
    F = one(root, "apostille_mex")
    a = civil.Apostille(
        "Estados Unidos Mexicanos",
        "Lic. Fernando Ávila Cortés",
        "Director del Registro Civil",
        "Dirección General del Registro Civil de la Ciudad de México",
        "Ciudad de México",
        "2025-12-09",
        "Consejería Jurídica y de Servicios Legales",
        "CDMX-AP-2025-771204",
        "Lic. Sofía Méndez Rubio",
        lang="es",
        style="sheet",
        header=["GOBIERNO DE LA CIUDAD DE MÉXICO", "Consejería Jurídica y de Servicios Legales"],
        key="s-apmex",
    )
    F.scan("apostilla.jpg", vp(civil.apostille_pages(a))[0], dpi=200)
    F.doc("apostille", "scan", a.truth(), [("apostilla.jpg", [1])])
    done(F)


def s_apostille_ukr(root):
    F = one(root, "apostille_ukr")
    a = civil.Apostille(
        "Україна / Ukraine",
        "Бондар Т. І.",
        "Начальник відділу / Head of department",
        "Kyiv civil registry office",
        "Kyiv",
        "2023-02-06",
        "Міністерство юстиції України",
        "UA-2023-020644",
        "Гнатюк Р. В.",
        lang="uk",
        style="sheet",
        header=["МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ", "Ministry of Justice of Ukraine"],
        key="s-apukr",
    )
    F.image_pdf("apostil.pdf", vp(civil.apostille_pages(a)), dpi=200)
    F.doc("apostille", "image_pdf", a.truth(), [("apostil.pdf", [1])])
    done(F)


def s_apostille_phl(root):
    F = one(root, "apostille_phl")
    a = civil.Apostille(
        "Republic of the Philippines",
        "Rosalinda P. Mapalad",
        "Civil Registrar General",
        "Philippine Statistics Authority",
        "Pasay City",
        "2024-06-03",
        "Department of Foreign Affairs - Office of Consular Affairs",
        "PH-2024-0603-088172",
        "Carmelita Reyes",
        lang="en",
        style="sheet",
        header=["REPUBLIC OF THE PHILIPPINES", "DEPARTMENT OF FOREIGN AFFAIRS"],
        key="s-apphl",
    )
    F.photo("apostille.jpg", vp(civil.apostille_pages(a))[0], bg="grey")
    F.doc("apostille", "phone_photo", a.truth(), [("apostille.jpg", [1])])
    done(F)


# ----------------------------------------------------------------- translations
def s_translation_chn(root):
    F = one(root, "translation_chn")
    tr = civil.translation_pages(
        "ACTE NOTARIÉ DE NAISSANCE",
        "Mei Durand-Zhou",
        "Cour d'appel de Lyon",
        "2026/1123",
        "2026-03-20",
        [
            ("[Traduction d'un acte notarié chinois]", ""),
            ("Acte n° :", "(2026) Zhe Hang Xi Zheng Zi n° 2718"),
            ("Requérante :", "WANG Yutong, de sexe féminin, née le 9 décembre 2000"),
            ("N° d'identité :", "330106200012090047"),
            ("Objet :", "Naissance"),
            (
                "Certification :",
                "Il est certifié que WANG Yutong est née le 9 décembre 2000 à "
                "Hangzhou, province du Zhejiang. Son père est WANG Zhiqiang, sa mère "
                "est ZHAO Li.",
            ),
            (
                "Office notarial :",
                "Office notarial de Xihu, Hangzhou, République populaire de Chine",
            ),
            ("Notaire :", "ZHOU Ping"),
            ("Date :", "24 février 2026"),
            ("[Sceau de l'office notarial]", ""),
        ],
        "s-trchn",
        "chinois",
        "Lyon",
    )
    F.image_pdf("traduction.pdf", vp(tr), dpi=200)
    F.doc("translation", "image_pdf", {}, [("traduction.pdf", [1])])
    done(F)


def s_translation_mex(root):
    F = one(root, "translation_mex")
    tr = civil.translation_pages(
        "ACTE DE NAISSANCE",
        "Lucía Fernández-Roux",
        "Cour d'appel de Montpellier",
        "2026-0388",
        "2026-01-08",
        [
            ("[États-Unis mexicains - Registre national de la population]", ""),
            ("Identifiant électronique :", "09003001019940441702"),
            ("CURP :", "GUMA941102MDFTRN09"),
            ("Nom(s) :", "ANA SOFÍA"),
            ("Premier nom :", "GUTIÉRREZ"),
            ("Second nom :", "MORALES"),
            ("Sexe :", "Femme"),
            ("Date de naissance :", "02/11/1994"),
            ("Lieu de naissance :", "Coyoacán, Ville de Mexico"),
            ("Père :", "Héctor GUTIÉRREZ SALINAS, mexicain"),
            ("Mère :", "Patricia MORALES RÍOS, mexicaine"),
            ("Mentions marginales :", "Néant"),
            ("[Signature électronique et code QR]", ""),
        ],
        "s-trmex",
        "espagnol",
        "Montpellier",
    )
    F.text_pdf("traduction_acta_FR.pdf", tr)
    F.doc("translation", "text_pdf", {}, [("traduction_acta_FR.pdf", [1])])
    done(F)


# ----------------------------------------------------------------- utility bills
def _bill(root, name, bl, fname, look, pages=None, notes=None, **kw):
    F = one(root, name)
    pp = housing.bill_pages(bl)
    if pages:
        pp = [pp[i - 1] for i in pages]
    if look == "text_pdf":
        F.text_pdf(fname, pp)
    elif look == "image_pdf":
        F.image_pdf(fname, vp(pp), dpi=200, **kw)
    elif look == "scan":
        F.scan(fname, vp(pp)[0], dpi=200, **kw)
    else:
        F.photo(fname, vp(pp)[0], **kw)
    t = bl.truth()
    F.doc(
        "utility_bill",
        look,
        t,
        [(fname, list(range(1, len(pp) + 1)) if look in ("text_pdf", "image_pdf") else [1])],
        notes,
    )
    done(F)
    return F


def s_bill_edf(root):
    bl = housing.Bill(
        "edf",
        "electricity",
        "M. Arjun SHARMA",
        ["17 rue Saint-Maur", "75011 Paris"],
        "2026-10-14",
        "2026-08-09",
        "2026-10-08",
        None,
        118.46,
        "10127394551",
        "6004218372",
        "Tarif Bleu - option Base",
        {"pdl": "14295528710034", "power": "9 kVA", "since": "2025-11-02"},
        key="s-edf",
    )
    _bill(
        root,
        "bill_edf",
        bl,
        "facture EDF oct 2026.pdf",
        "text_pdf",
        notes="Two-month billing period.",
    )


def s_bill_edf_page2(root):
    bl = housing.Bill(
        "edf",
        "electricity",
        "Mme Iryna SHEVCHENKO",
        ["40 rue de la Charité", "69002 Lyon"],
        "2026-09-22",
        "2026-07-18",
        "2026-09-17",
        None,
        97.12,
        "10127018824",
        "6004417021",
        "Tarif Bleu - option Base",
        {"pdl": "22018845312270", "since": "2026-03-20"},
        key="s-edf2",
    )
    F = one(root, "bill_edf_page2_only")
    F.scan("scan_0007.jpg", vp(housing.bill_pages(bl))[1], dpi=200)
    t = bl.truth()
    t["holder_name"] = None
    t["address"] = None
    F.doc(
        "utility_bill",
        "scan",
        t,
        [("scan_0007.jpg", [1])],
        "Trap: only the second page (detail) of an EDF bill; the holder's name and address are not on it.",
    )
    done(F)


def s_bill_engie_attestation(root):
    F = one(root, "bill_engie_attestation")
    pages, t = housing.engie_attestation(
        "Mme Élise MBARGA",
        ["88 rue de la Roquette", "75011 Paris"],
        "2024-06-01",
        "2026-10-27",
        "300017729834",
        "19220371154823",
        "GI774012",
        "s-engatt",
    )
    F.text_pdf("attestation_titulaire_contrat.pdf", pages)
    F.doc(
        "utility_bill",
        "text_pdf",
        t,
        [("attestation_titulaire_contrat.pdf", [1])],
        "ENGIE 'attestation de titulaire de contrat' (not a bill: no amount; period_start = contract start).",
    )
    done(F)


def s_bill_totalenergies_gas(root):
    bl = housing.Bill(
        "totalenergies",
        "gas",
        "M. Seydou DIARRA",
        ["3 rue Gabriel Péri", "94200 Ivry-sur-Seine"],
        "2026-11-03",
        "2026-10-01",
        "2026-10-31",
        None,
        54.90,
        "881601772043",
        "1470551902",
        "Gaz Online - facture mensuelle",
        {"pce": "GI552019", "since": "2026-06-30"},
        key="s-teg",
    )
    _bill(root, "bill_totalenergies_gas", bl, "IMG_3390.jpg", "phone_photo", bg="wood")


def s_bill_free_month(root):
    bl = housing.Bill(
        "free",
        "internet",
        "M. Andrii KOVALCHUK",
        ["12 avenue de Flandre", "75019 Paris"],
        "2026-11-01",
        None,
        None,
        "2026-10",
        29.99,
        "FB26-10-4471902",
        "40817723",
        "Freebox Pop",
        {"line": "09 52 81 44 70", "since": "2025-02-14"},
        key="s-free",
        pages=1,
    )
    _bill(
        root,
        "bill_free_month_only",
        bl,
        "Facture_Free_octobre.pdf",
        "text_pdf",
        notes="The bill names only the month (octobre 2026).",
    )


def s_bill_sfr(root):
    bl = housing.Bill(
        "sfr",
        "mobile",
        "Mme Iryna SHEVCHENKO",
        ["40 rue de la Charité", "69002 Lyon"],
        "2026-10-19",
        "2026-10-19",
        "2026-11-18",
        None,
        22.00,
        "0000931874",
        "0701837729",
        "Forfait SFR 130 Go 5G",
        {"line": "06 41 77 20 83", "since": "2026-03-19"},
        key="s-sfr",
    )
    _bill(root, "bill_sfr_mobile", bl, "sfr.pdf", "image_pdf", grey=True)


def s_bill_orange_landline(root):
    bl = housing.Bill(
        "orange",
        "landline",
        "M. Patrick MUKENDI",
        ["7 rue Jean-Baptiste Clément", "93200 Saint-Denis"],
        "2026-11-08",
        "2026-11-08",
        "2026-12-07",
        None,
        26.49,
        "0472199301",
        "0471882209",
        "Ligne fixe - forfait appels illimités",
        {"line": "01 48 20 91 33", "since": "2026-09-08"},
        key="s-ora",
    )
    _bill(root, "bill_orange_landline", bl, "orange_facture.pdf", "text_pdf")


def s_bill_bouygues(root):
    bl = housing.Bill(
        "bouygues",
        "mobile",
        "Mme Ana Sofía GUTIÉRREZ",
        ["25 rue des Martyrs", "75009 Paris"],
        "2026-10-02",
        "2026-10-02",
        "2026-11-01",
        None,
        15.99,
        "1.0819273",
        "1.02774410",
        "Forfait B&You 40 Go",
        {"line": "07 66 02 19 84", "since": "2026-04-02"},
        key="s-byt",
    )
    _bill(root, "bill_bouygues_mobile", bl, "Facture Bouygues.jpg", "scan")


def s_bill_veolia(root):
    bl = housing.Bill(
        "veolia",
        "water",
        "M. ou Mme Luca ESPOSITO",
        ["14 rue Thiers", "13100 Aix-en-Provence"],
        "2026-10-06",
        "2026-04-01",
        "2026-09-30",
        None,
        212.38,
        "VE26-5518203",
        "0821477350",
        "Eau - compteur individuel",
        {"meter": "14-A-887102", "since": "2023-07-01"},
        key="s-veo",
    )
    _bill(
        root,
        "bill_veolia_water",
        bl,
        "facture eau veolia.pdf",
        "image_pdf",
        notes="Six-month water bill.",
    )


def s_bill_suez(root):
    bl = housing.Bill(
        "suez",
        "water",
        "Mme Claire DIALLO",
        ["5 rue des Cordeliers", "80000 Amiens"],
        "2026-08-18",
        "2026-02-10",
        "2026-08-09",
        None,
        168.05,
        "SZ-2026-0817432",
        "5506218847",
        "Eau potable",
        {"meter": "FR-SZ-3301947", "since": "2019-05-01"},
        key="s-suez",
    )
    _bill(root, "bill_suez_water", bl, "suez.jpg", "phone_photo", bg="grey", rotate=270)


def s_bill_sosh(root):
    bl = housing.Bill(
        "sosh",
        "mobile",
        "M. Serge ETOUNDI",
        ["31 avenue Jean Médecin", "06000 Nice"],
        "2026-11-12",
        "2026-11-12",
        "2026-12-11",
        None,
        12.99,
        "0501887210",
        "0501773922",
        "Forfait Sosh 20 Go",
        {"line": "06 27 91 40 58", "since": "2025-12-12"},
        key="s-sosh",
        pages=1,
    )
    _bill(root, "bill_sosh", bl, "Sosh_facture_novembre.pdf", "text_pdf")


def s_bill_red(root):
    bl = housing.Bill(
        "red",
        "internet",
        "Mme Lakshmi NAIR",
        ["9 rue de Metz", "31000 Toulouse"],
        "2026-10-15",
        "2026-10-15",
        "2026-11-14",
        None,
        24.00,
        "RB2610-774102",
        "9918273310",
        "RED Box Fibre",
        {"line": "05 34 41 20 77", "since": "2026-05-15"},
        key="s-red",
    )
    _bill(root, "bill_red_box", bl, "facture red.pdf", "image_pdf")


# ----------------------------------------------------------------- leases, receipts, attestations
def s_lease_agency(root):
    F = one(root, "lease_agency")
    L = housing.Lease(
        "M. et Mme Alain COSTE",
        "11 allée des Tilleuls, 44300 Nantes",
        ["Mme Élise MBARGA", "M. Rodrigue MBARGA"],
        ["22 rue de Strasbourg", "44000 Nantes"],
        "2025-01-15",
        820.0,
        70.0,
        52,
        3,
        "Nantes",
        "2025-01-09",
        agent="Nantes Gestion Immobilière",
        agent_addr="4 place Royale, 44000 Nantes",
        key="s-lease1",
    )
    F.text_pdf("bail_signe.pdf", housing.lease_pages(L))
    F.doc("lease", "text_pdf", L.truth(), [("bail_signe.pdf", [1, 2, 3])])
    done(F)


def s_lease_hand_photo(root):
    F = one(root, "lease_hand_photo")
    L = housing.Lease(
        "Mme Josiane PELLETIER",
        "2 rue du Moulin, 35000 Rennes",
        ["M. Seydou DIARRA"],
        ["8 boulevard de la Liberté", "35000 Rennes"],
        "2026-09-01",
        560.0,
        30.0,
        27,
        1,
        "Rennes",
        "2026-08-27",
        key="s-lease2",
    )
    pp = vp(housing.lease_pages(L, hand=True, hand_font="dkg"))
    files = []
    for i, pg in enumerate(pp):
        fn = f"bail page {i + 1}.jpg"
        F.photo(fn, pg, bg="white")
        files.append((fn, [1]))
    F.doc(
        "lease", "phone_photo", L.truth(), files, "Template filled in by hand, one photo per page."
    )
    done(F)


def s_quittance(root):
    F = one(root, "quittance_loyer_trap")
    pages = housing.quittance_page(
        "Mme Hélène ROBIN",
        "3 rue Chaptal, 92300 Levallois-Perret",
        "Mme Sophie LEMAIRE-DUVAL",
        ["18 rue Voltaire", "92300 Levallois-Perret"],
        "2026-10-01",
        1390.0,
        110.0,
        "2026-10-03",
        "s-quit",
    )
    F.text_pdf("quittance octobre.pdf", pages)
    F.doc(
        "unknown",
        "text_pdf",
        {},
        [("quittance octobre.pdf", [1])],
        "Trap: a rent receipt (quittance de loyer) is not a lease.",
    )
    done(F)


def s_hosting_hand(root):
    F = one(root, "hosting_attestation_hand")
    h = housing.Hosting(
        "Moussa SANGARÉ",
        "04/05/1975 à Bamako (Mali)",
        ["19 rue Championnet", "75018 Paris"],
        "Fatoumata SANGARÉ",
        "22/09/1999 à Bamako (Mali)",
        "ma nièce",
        "2026-04-10",
        "Paris",
        "2026-11-02",
        hand_font="dkg",
        key="s-host1",
    )
    F.scan("attestation.jpg", vp(housing.hosting_pages(h))[0], dpi=150, grey=True)
    F.doc("hosting_attestation", "scan", h.truth(), [("attestation.jpg", [1])])
    done(F)


def s_hosting_typed_unsigned(root):
    F = one(root, "hosting_attestation_unsigned")
    h = housing.Hosting(
        "Camille BERTRAND",
        "30/01/1991 à Tours (37)",
        ["6 rue Colbert", "37000 Tours"],
        "Dmytro KOVAL",
        "11/11/1995 à Tchernihiv (Ukraine)",
        "Monsieur",
        "2026-05-01",
        "Tours",
        "2026-10-30",
        signed=False,
        typed=True,
        key="s-host2",
        host_sex="F",
        hosted_sex="M",
    )
    F.text_pdf("attestation_hebergement.pdf", housing.hosting_pages(h))
    F.doc(
        "hosting_attestation",
        "text_pdf",
        h.truth(),
        [("attestation_hebergement.pdf", [1])],
        "Typed in a word processor, exported to PDF, not signed.",
    )
    done(F)


# ----------------------------------------------------------------- payslips, contracts
def s_payslip_nir(root):
    F = one(root, "payslip_text_nir")
    emp = employer(
        "Boulangerie Ferrand & Fils SARL",
        "SARL au capital de 15 000 €",
        ["27 rue Nationale", "37000 Tours"],
        "1071C",
        "Convention collective nationale de la boulangerie-pâtisserie (IDCC 843)",
        "M. Paul FERRAND",
        "Gérant",
        "Tours",
        (0.55, 0.35, 0.1),
    )
    body, key = nir("F", "1991-01-30", "37", "261", 114)
    ps = work.Payslip(
        emp,
        "Mme BERTRAND Camille",
        ["6 rue Colbert", "37000 Tours"],
        "Vendeuse",
        "Employée - CDI",
        "2019-03-01",
        "2026-09",
        1910.0,
        nir=fmt_nir(body, key),
        rate_pas=0.024,
        key="s-pay1",
    )
    F.text_pdf("bulletin_2026_09.pdf", work.payslip_pages(ps))
    t = ps.truth()
    F.doc(
        "payslip",
        "text_pdf",
        t,
        [("bulletin_2026_09.pdf", [1])],
        "Shows a full NIR with a valid key.",
    )
    done(F)


def s_payslip_scan(root):
    F = one(root, "payslip_scan")
    emp = employer(
        "Aqua Nettoyage Services SAS",
        "SAS au capital de 45 000 €",
        ["9 rue de la Forge", "75011 Paris"],
        "8121Z",
        "Convention collective nationale des entreprises de propreté (IDCC 3043)",
        "Mme Lina HADDAD",
        "Présidente",
        "Paris",
        (0.1, 0.4, 0.5),
    )
    ps = work.Payslip(
        emp,
        "Mme MBARGA Élise",
        ["88 rue de la Roquette", "75011 Paris"],
        "Agent de service",
        "Employée - CDI",
        "2024-11-04",
        "2026-10",
        1823.04,
        key="s-pay2",
    )
    F.image_pdf("scan_bulletin.pdf", vp(work.payslip_pages(ps)), dpi=200, grey=True)
    F.doc("payslip", "image_pdf", ps.truth(), [("scan_bulletin.pdf", [1])])
    done(F)


def s_contract_cdi_photo(root):
    F = one(root, "contract_cdi_photo")
    emp = employer(
        "Logistique Rhône Express SAS",
        "SAS au capital de 200 000 €",
        ["ZI de la Pesselière", "69800 Saint-Priest"],
        "5229A",
        "Convention collective nationale des transports routiers (IDCC 16)",
        "M. Julien PONCET",
        "Responsable RH",
        "Saint-Priest",
        (0.1, 0.3, 0.2),
    )
    c = work.Contract(
        emp,
        "M. Patrick MUKENDI",
        "M",
        "2001-05-16",
        "Lubumbashi (RD Congo)",
        "congolaise",
        "7 rue Jean-Baptiste Clément, 93200 Saint-Denis",
        "CDI",
        "Préparateur de commandes",
        "2026-10-05",
        1850.0,
        "deux mois",
        signed_on="2026-09-28",
        key="s-cdi",
    )
    pp = vp(work.contract_pages(c))
    F.photo("contrat p1.jpg", pp[0], bg="wood")
    F.photo("contrat p2.jpg", pp[1], bg="wood")
    F.doc(
        "employment_contract",
        "phone_photo",
        c.truth(),
        [("contrat p1.jpg", [1]), ("contrat p2.jpg", [1])],
    )
    done(F)


def s_contract_cdd_text(root):
    F = one(root, "contract_cdd_text")
    emp = employer(
        "Clinique du Parc Monceau SAS",
        "SAS au capital de 500 000 €",
        ["48 rue de Prony", "75017 Paris"],
        "8610Z",
        "Convention collective nationale de l'hospitalisation privée (IDCC 2264)",
        "Mme Véronique LAMBERT",
        "Directrice des ressources humaines",
        "Paris",
        (0.0, 0.4, 0.5),
    )
    c = work.Contract(
        emp,
        "Mme Lakshmi Priya NAIR",
        "F",
        "1982-03-25",
        "Kochi (Inde)",
        "indienne",
        "9 rue de Metz, 31000 Toulouse",
        "CDD",
        "Infirmière",
        "2026-11-02",
        2650.0,
        "deux semaines",
        end="2027-05-01",
        reason="remplacement d'une salariée absente (congé maternité)",
        signed_on="2026-10-26",
        key="s-cdd",
    )
    F.text_pdf("CDD_Nair.pdf", work.contract_pages(c))
    F.doc("employment_contract", "text_pdf", c.truth(), [("CDD_Nair.pdf", [1, 2])])
    done(F)


# ----------------------------------------------------------------- RIBs
def s_rib_ca_scan(root):
    F = one(root, "rib_ca_scan")
    acc = account("s-ca", "18206", "00410", "AGRIFRPP882")
    rb = bank.Rib(
        "ca",
        "M SHARMA ARJUN",
        ["17 rue Saint-Maur", "75011 PARIS"],
        acc,
        "PARIS OBERKAMPF",
        ["120 rue Oberkampf", "75011 PARIS"],
        "01 43 55 28 90",
        key="s-ca",
        bank_name_full="CRÉDIT AGRICOLE D'ÎLE-DE-FRANCE",
    )
    F.scan("rib.png", vp(bank.rib_pages(rb))[0], dpi=150)
    F.doc("rib", "scan", rb.truth(), [("rib.png", [1])])
    done(F)


def s_rib_ce_pdf(root):
    F = one(root, "rib_ce_pdf")
    acc = account("s-ce", "17515", "90000", "CEPAFRPP751")
    rb = bank.Rib(
        "ce",
        "MME GUTIERREZ MORALES ANA SOFIA",
        ["25 RUE DES MARTYRS", "75009 PARIS"],
        acc,
        "CAISSE D'EPARGNE PARIS TRUDAINE",
        ["12 avenue Trudaine", "75009 PARIS"],
        "2026-10-21",
        key="s-ce",
        bank_name_full="CAISSE D'EPARGNE ILE-DE-FRANCE",
    )
    F.text_pdf("RIB_IBAN.pdf", bank.rib_pages(rb))
    F.doc("rib", "text_pdf", rb.truth(), [("RIB_IBAN.pdf", [1])], "Double surname on the RIB.")
    done(F)


def s_rib_lcl_photo(root):
    F = one(root, "rib_lcl_photo")
    acc = account("s-lcl", "30002", "00833", "CRLYFRPP")
    rb = bank.Rib(
        "lcl",
        "M KOVALCHUK ANDRII",
        ["12 AVENUE DE FLANDRE", "75019 PARIS"],
        acc,
        "LCL PARIS STALINGRAD",
        ["190 boulevard de la Villette", "75019 PARIS"],
        key="s-lcl",
    )
    F.photo("IMG_5520.jpg", vp(bank.rib_pages(rb))[0], bg="dark", rotate=180)
    F.doc("rib", "phone_photo", rb.truth(), [("IMG_5520.jpg", [1])], "Photo upside down.")
    done(F)


def s_rib_revolut_dark(root):
    F = one(root, "rib_revolut_screenshot")
    iban = lt_iban("s-revolut")
    F.png(
        "Screenshot_2026-11-04-21-17-55.png",
        bank.revolut_screen(
            "Serge Patrice Etoundi Atangana", iban, "REVOLT21", "s-rev", W=1080, H=2340, dark=True
        ),
    )
    F.doc(
        "rib",
        "screenshot",
        {
            "holder_name": "Serge Patrice Etoundi Atangana",
            "iban": iban,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        [("Screenshot_2026-11-04-21-17-55.png", [1])],
        "Dark mode; LT IBAN.",
    )
    done(F)


def s_rib_n26(root):
    F = one(root, "rib_n26_screenshot")
    iban = de_iban("s-n26")
    F.png(
        "IMG_0912.PNG",
        bank.n26_screen("Carmen López de la Fuente", iban, "NTSBDEB1XXX", "s-n26", W=1170, H=2532),
    )
    F.doc(
        "rib",
        "screenshot",
        {
            "holder_name": "Carmen López de la Fuente",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank SE",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        [("IMG_0912.PNG", [1])],
        "DE IBAN.",
    )
    done(F)


def s_rib_bank_letter(root):
    F = one(root, "rib_in_bank_letter")
    acc = account("s-letter", "30003", "02190", "SOGEFRPP")
    rb = bank.Rib(
        "sg",
        "MME SANTOS MARIA",
        ["5 rue Paul Bert", "33000 BORDEAUX"],
        acc,
        "SG BORDEAUX INTENDANCE (02190)",
        ["20 cours de l'Intendance", "33000 BORDEAUX"],
        key="s-letter",
    )
    F.image_pdf(
        "courrier banque.pdf", vp(bank.bank_letter_with_rib(rb, "2026-09-14", "s-letter")), dpi=200
    )
    F.doc(
        "rib",
        "image_pdf",
        rb.truth(),
        [("courrier banque.pdf", [1])],
        "Trap: a welcome letter from the bank; the RIB is printed in its lower part.",
    )
    done(F)


# ----------------------------------------------------------------- application forms
def s_form_student_photo(root):
    F = one(root, "form_student_photo")
    fd = form.FormData(
        "Wang",
        "Yutong",
        "F",
        "2000-12-09",
        "Hangzhou",
        "Chine",
        "Chinoise",
        "Résidence Crous André Allix, ch. 214",
        "69007",
        "Lyon",
        "etudiant",
        phone="0745220918",
        email="yutong.wang@etu.univ-lyon2.fr",
        school="Université Lumière Lyon 2",
        arrival="2026-08-29",
        city="Lyon",
        signed_on="2026-10-12",
        hand_font="Breip",
        key="s-f1",
    )
    pp = vp(form.form_pages(fd))
    F.photo("form_1.jpg", pp[0], bg="blue", rotate=90)
    F.photo("form_2.jpg", pp[1], bg="blue", rotate=90)
    F.doc(
        "application_form",
        "phone_photo",
        fd.truth(),
        [("form_1.jpg", [1]), ("form_2.jpg", [1])],
        "Both photos rotated 90 degrees.",
    )
    done(F)


def s_form_acro(root):
    F = one(root, "form_acroform")
    fd = form.FormData(
        "Sharma",
        "Arjun",
        "M",
        "1992-10-05",
        "Jaipur",
        "Inde",
        "Indienne",
        "17 rue Saint-Maur",
        "75011",
        "Paris",
        "salarie",
        phone="0633184072",
        email="arjun.sharma@outlook.com",
        job="Chef de projet",
        contract="CDI",
        arrival="2025-10-30",
        city="Paris",
        signed_on="2026-11-06",
        mode="acro",
        key="s-f2",
    )
    F.text_pdf("cerfa_15763-02.pdf", form.form_pages(fd), title="cerfa_15763-02")
    F.doc(
        "application_form",
        "text_pdf",
        fd.truth(),
        [("cerfa_15763-02.pdf", [1, 2])],
        "AcroForm field values.",
    )
    done(F)


def s_form_typed_future(root):
    F = one(root, "form_typed_future_date", as_of="2026-11-20")
    fd = form.FormData(
        "Kovalchuk",
        "Andrii",
        "M",
        "1979-02-14",
        "Lviv",
        "Ukraine",
        "Ukrainienne",
        "12 avenue de Flandre",
        "75019",
        "Paris",
        "chomeur",
        phone="0751109283",
        arrival="2025-09-14",
        city="Paris",
        signed_on="2026-12-04",
        mode="typed",
        key="s-f3",
    )
    F.image_pdf("demande_puma.pdf", vp(form.form_pages(fd)), dpi=200)
    F.doc(
        "application_form",
        "image_pdf",
        fd.truth(),
        [("demande_puma.pdf", [1, 2])],
        "The signature date (04/12/2026) is after the audit date (2026-11-20).",
    )
    done(F)


# ----------------------------------------------------------------- unknown
def s_unknown_tax(root):
    F = one(root, "unknown_tax_notice")
    F.text_pdf(
        "avis_impot_2026.pdf",
        misc.tax_notice(
            "M. SHARMA ARJUN",
            ["17 RUE SAINT-MAUR", "75011 PARIS"],
            "3012 847 105 664",
            "7A2K9P1X",
            2026,
            31240.0,
            "s-tax",
        ),
    )
    F.doc(
        "unknown",
        "text_pdf",
        {},
        [("avis_impot_2026.pdf", [1])],
        "Income-tax notice (not part of the packet).",
    )
    done(F)


def s_unknown_caf(root):
    F = one(root, "unknown_caf_letter")
    F.scan(
        "courrier caf.jpg",
        vp(
            misc.caf_letter(
                "Mme TSHIMANGA KALONJI GRACE",
                ["23 ALLEE DES ERABLES", "93200 SAINT-DENIS"],
                "4418273",
                "2026-10-05",
                "s-caf",
            )
        )[0],
        dpi=200,
    )
    F.doc("unknown", "scan", {}, [("courrier caf.jpg", [1])], "CAF letter.")
    done(F)


def s_unknown_school(root):
    F = one(root, "unknown_school_certificate")
    F.image_pdf(
        "certificat_scolarite.pdf",
        vp(
            misc.school_certificate(
                "Mme WANG Yutong",
                "2000-12-09",
                "Hangzhou (Chine)",
                "22604187",
                "Licence 3 - Langues étrangères appliquées",
                2026,
                "2026-09-22",
                "s-school",
            )
        ),
        dpi=200,
    )
    F.doc(
        "unknown",
        "image_pdf",
        {},
        [("certificat_scolarite.pdf", [1])],
        "University enrolment certificate.",
    )
    done(F)


def s_unknown_blank(root):
    F = one(root, "unknown_blank_page")
    F.scan("scan0002.jpg", vp(misc.blank_words("verso - page blanche", "s-blank"))[0], dpi=150)
    F.doc(
        "unknown",
        "scan",
        {},
        [("scan0002.jpg", [1])],
        "A scanned blank back with three handwritten words.",
    )
    done(F)


ALL = [
    s_passport_mex_photo,
    s_passport_ukr_scan,
    s_passport_cmr_imagepdf,
    s_passport_ind_expired,
    s_passport_phl_badmrz,
    s_id_ita,
    s_id_fra,
    s_id_esp,
    s_visa_vlsts_cod,
    s_visa_c_ind,
    s_visa_vlsts_ukr,
    s_ts_mli,
    s_ts_cmr,
    s_birth_mli,
    s_birth_cmr,
    s_birth_cod,
    s_birth_chn,
    s_birth_ind,
    s_birth_phl,
    s_birth_ukr,
    s_birth_tur,
    s_birth_mex,
    s_birth_bra,
    s_birth_dza,
    s_apostille_mex,
    s_apostille_ukr,
    s_apostille_phl,
    s_translation_chn,
    s_translation_mex,
    s_bill_edf,
    s_bill_edf_page2,
    s_bill_engie_attestation,
    s_bill_totalenergies_gas,
    s_bill_free_month,
    s_bill_sfr,
    s_bill_orange_landline,
    s_bill_bouygues,
    s_bill_veolia,
    s_bill_suez,
    s_bill_sosh,
    s_bill_red,
    s_lease_agency,
    s_lease_hand_photo,
    s_quittance,
    s_hosting_hand,
    s_hosting_typed_unsigned,
    s_payslip_nir,
    s_payslip_scan,
    s_contract_cdi_photo,
    s_contract_cdd_text,
    s_rib_ca_scan,
    s_rib_ce_pdf,
    s_rib_lcl_photo,
    s_rib_revolut_dark,
    s_rib_n26,
    s_rib_bank_letter,
    s_form_student_photo,
    s_form_acro,
    s_form_typed_future,
    s_unknown_tax,
    s_unknown_caf,
    s_unknown_school,
    s_unknown_blank,
]
