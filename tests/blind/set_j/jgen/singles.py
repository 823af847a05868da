"""Single documents of set J: every type at least three times, plus a few traps."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from . import civil, home, ids, money
from . import draw as D
from .assemble import FileOut, Place, Sheet, a4, one
from .core import d, fr_date, make_nir, rng
from .kit import EMP, bills, the_form
from .people import BANKS, Address, Person

AW, AH = A4
AS_OF = "2026-11-20"
SINGLES = []


def single(fn):
    SINGLES.append(fn)
    return fn


def meta(p: Person | None, surname=None, given=None):
    app = None
    if p is not None:
        app = {
            "surname": (surname or p.surname).upper(),
            "given_names": (given or p.given).upper(),
            "date_of_birth": p.dob.isoformat(),
        }
    return {
        "as_of": AS_OF,
        "employed": None,
        "status": None,
        "requirements": None,
        "defect": None,
        "applicant": app,
    }


def both_sides(doc):
    ga, gb = doc.pages[0], doc.pages[1]
    return a4(
        Place(doc, 0, 22 * mm, AH - 20 * mm - ga.h),
        Place(doc, 1, 22 * mm, AH - 32 * mm - ga.h - gb.h),
    )


A_PARIS = Address("63 rue de Belleville", "75019", "Paris")
A_LYON = Address("4 rue Duguesclin", "69006", "Lyon")
A_MARS = Address("112 boulevard Baille", "13005", "Marseille")
A_LILLE = Address("9 rue Gambetta", "59800", "Lille")
A_STDENIS = Address("17 rue Gabriel Péri", "93200", "Saint-Denis", "Escalier C")
A_BORDEAUX = Address("45 rue Notre-Dame", "33000", "Bordeaux")
A_NICE = Address("8 avenue Borriglione", "06100", "Nice")
A_TOUL = Address("2 rue des Filatiers", "31000", "Toulouse")
A_CRET = Address("21 avenue du Général de Gaulle", "94000", "Créteil")
A_ANGERS = Address("36 rue Saint-Aubin", "49100", "Angers")


# ---------------------------------------------------------------- application forms
@single
def s_form_vn():
    p = Person(
        "s01",
        "NGUYEN",
        "THI THU HA",
        "F",
        d("1993-06-04"),
        "Hải Phòng",
        "VNM",
        address=A_PARIS,
        phone="07 52 11 84 30",
    )
    f = the_form(
        p,
        mode="hand",
        run=0,
        signed_on=d("2026-11-18"),
        situation="inactive",
        date_text="18 novembre 2026",
        key="s",
        hand_font="Hand2",
    )
    return meta(p), [
        FileOut("IMG_20261118_101522.jpg", "phone_photo", [one(f, 0)]),
        FileOut("IMG_20261118_101547.jpg", "phone_photo", [one(f, 1)], rot90=1),
    ]


@single
def s_form_ci_nir():
    p = Person(
        "s02",
        "N'GUESSAN",
        "JEAN-BAPTISTE KOFFI",
        "M",
        d("1989-04-22"),
        "Bouaké",
        "CIV",
        address=A_STDENIS,
        phone="06 01 72 44 19",
        email="jb.nguessan@example.com",
    )
    nir = make_nir("M", p.dob, "326", 48)
    f = the_form(
        p,
        mode="acro",
        run=1,
        signed_on=d("2026-11-03"),
        situation="employed",
        job="Agent de sécurité",
        contract="CDI",
        key="s",
        nir=nir,
        caps=False,
        given="Jean-Baptiste Koffi",
    )
    return meta(p), [FileOut("demande_ouverture_droits.pdf", "text_pdf", [one(f, 0), one(f, 1)])]


@single
def s_form_usage():
    p = Person(
        "s03",
        "BENNANI",
        "FATIMA ZAHRA",
        "F",
        d("1984-11-30"),
        "Casablanca",
        "MAR",
        address=A_MARS,
        phone="06 66 20 31 57",
    )
    f = the_form(
        p,
        mode="typed",
        run=2,
        signed_on=d("2026-10-29"),
        situation="jobseeker",
        usage="MOREAU",
        key="s",
    )
    return meta(p), [
        FileOut("formulaire_scan.pdf", "image_pdf", [one(f, 0), one(f, 1)], dpi=200, grey=True)
    ]


@single
def s_form_ru_reverse():
    p = Person(
        "s04",
        "VOLKOV",
        "ALEKSANDR",
        "M",
        d("1961-02-08"),
        "Samara",
        "RUS",
        address=A_NICE,
        phone="07 81 30 66 02",
    )
    f = the_form(
        p,
        mode="hand",
        run=1,
        signed_on=d("2026-11-06"),
        situation="other",
        other_text="RETRAITE",
        key="s",
        hand_font="Hand3",
    )
    return meta(p), [FileOut("scan0007.pdf", "image_pdf", [one(f, 1), one(f, 0)], dpi=200)]


@single
def s_form_in_student():
    p = Person(
        "s05",
        "RAMANATHAN",
        "PRIYA LAKSHMI",
        "F",
        d("2002-08-15"),
        "Chennai",
        "IND",
        address=A_TOUL,
        phone="07 44 90 18 62",
        email="priya.r@example.com",
    )
    f = the_form(
        p,
        mode="typed",
        run=0,
        signed_on=d("2026-11-17"),
        situation="student",
        key="s",
        date_hand=True,
    )
    return meta(p), [
        FileOut("page1.jpg", "phone_photo", [one(f, 0)], rot90=2),
        FileOut("page2.jpg", "phone_photo", [one(f, 1)]),
    ]


# ---------------------------------------------------------------- passports
@single
def s_pass_jp():
    p = Person("s06", "SATO", "HARUKA", "F", d("1995-02-19"), "Osaka", "JPN")
    doc = ids.passport(p, "TK4829173", d("2020-07-01"), d("2030-07-01"), style=0, date_style="en3")
    return meta(p), [FileOut("passport.jpg", "phone_photo", [one(doc)], rot90=2)]


@single
def s_pass_ng():
    p = Person("s07", "OKONKWO-ADEBAYO", "CHIAMAKA GRACE", "F", d("1991-12-03"), "Enugu", "NGA")
    doc = ids.passport(p, "A12938475", d("2022-03-15"), d("2032-03-14"), style=1, date_style="en3")
    return meta(p), [FileOut("passport_scan.jpg", "scan", [one(doc)], dpi=300)]


@single
def s_pass_pk():
    p = Person("s08", "MALIK", "MUHAMMAD USMAN", "M", d("1987-10-10"), "Lahore", "PAK")
    doc = ids.passport(p, "BK4829173", d("2021-01-12"), d("2031-01-11"), style=2)
    return meta(p), [FileOut("passport.pdf", "image_pdf", [one(doc)], dpi=300, grey=True)]


@single
def s_pass_ve_badmrz():
    p = Person("s09", "GONZÁLEZ PÉREZ", "MARÍA JOSÉ", "F", d("1990-05-27"), "Maracaibo", "VEN")
    doc = ids.passport(p, "145829173", d("2019-09-09"), d("2029-09-08"), style=0, break_mrz="dob")
    doc.notes = "MRZ date-of-birth check digit is wrong (tampered or misprinted)"
    return meta(p), [FileOut("pasaporte.png", "scan", [one(doc)], dpi=300)]


@single
def s_pass_vn():
    p = Person("s10", "TRẦN", "VĂN MINH", "M", d("1992-03-21"), "Đà Nẵng", "VNM")
    doc = ids.passport(
        p,
        "C4829173",
        d("2023-08-08"),
        d("2033-08-08"),
        style=1,
        date_style="slash",
        viz_surname="TRẦN",
        viz_given="VĂN MINH",
    )
    return meta(p), [FileOut("ho_chieu.jpg", "phone_photo", [one(doc)], rot90=1)]


# ---------------------------------------------------------------- national ID cards
@single
def s_nid_es():
    p = Person("s11", "GARCÍA FERNÁNDEZ", "LUCÍA", "F", d("1994-01-31"), "Zaragoza", "ESP")
    doc = ids.national_id(p, "CBA482913", d("2021-02-01"), d("2031-02-01"))
    return meta(p), [
        FileOut("dni_anverso.jpg", "scan", [one(doc, 0)], dpi=300),
        FileOut("dni_reverso.jpg", "scan", [one(doc, 1)], dpi=300),
    ]


@single
def s_nid_de():
    p = Person("s12", "MÜLLER", "JONAS FELIX", "M", d("1998-07-07"), "Leipzig", "DEU")
    doc = ids.national_id(p, "L01X48291", d("2022-04-11"), d("2032-04-10"))
    return meta(p), [
        FileOut("ausweis_vorne.jpg", "phone_photo", [one(doc, 0)]),
        FileOut("ausweis_hinten.jpg", "phone_photo", [one(doc, 1)]),
    ]


@single
def s_nid_ro():
    p = Person("s13", "POPESCU", "ANDREEA-IOANA", "F", d("1996-09-12"), "Cluj-Napoca", "ROU")
    doc = ids.national_id(p, "CJ4829173", d("2021-10-05"), d("2031-09-12"))
    return meta(p), [FileOut("buletin.pdf", "image_pdf", [both_sides(doc)], dpi=300)]


@single
def s_nid_fr():
    p = Person(
        "s14", "DUBOIS", "CLAIRE MARIE", "F", d("1979-05-16"), "Tours", "FRA", address=A_ANGERS
    )
    doc = ids.national_id(p, "Z8P4QW2K7", d("2024-01-22"), d("2034-01-21"), usage_name="ROUSSEL")
    return meta(p), [
        FileOut("carte_identite.pdf", "image_pdf", [one(doc, 0), one(doc, 1)], dpi=300)
    ]


# ---------------------------------------------------------------- visas
@single
def s_visa_cn():
    p = Person("s15", "WANG", "XIAOYU", "F", d("2003-04-02"), "Chengdu", "CHN")
    doc = ids.visa(
        p,
        "E48291735",
        "900128374",
        d("2026-09-01"),
        d("2027-08-31"),
        "D",
        ["VLS-TS ETUDIANT", "CESEDA R431-16 4°"],
        "Chengdu",
        d("2026-07-21"),
        category="ETUDIANT",
        vls_ts=True,
        days=365,
    )
    return meta(p), [FileOut("visa_scan.jpg", "scan", [one(doc)], dpi=300)]


@single
def s_visa_sn():
    p = Person("s16", "NDIAYE", "MOUSSA", "M", d("1990-12-25"), "Thiès", "SEN")
    doc = ids.visa(
        p,
        "A01928374",
        "910293847",
        d("2026-02-15"),
        d("2027-02-14"),
        "D",
        ["VLS-TS TRAVAILLEUR TEMPORAIRE", "CESEDA R431-16"],
        "Dakar",
        d("2026-01-28"),
        category="TRAVAILLEUR TEMPORAIRE",
        vls_ts=True,
        days=365,
    )
    return meta(p), [FileOut("visa.jpg", "phone_photo", [one(doc)])]


@single
def s_visa_in_c():
    p = Person("s17", "KUMAR", "ARJUN", "M", d("1985-11-05"), "Pune", "IND")
    doc = ids.visa(
        p,
        "V4829173",
        "920384756",
        d("2026-06-10"),
        d("2026-07-09"),
        "C",
        ["TOURISME / TOURISM"],
        "New Delhi",
        d("2026-05-20"),
        category="TOURISME",
        vls_ts=False,
        days=30,
        entries="1",
    )
    doc.notes = "short-stay (type C) Schengen visa"
    return meta(p), [FileOut("schengen_visa.pdf", "image_pdf", [one(doc)], dpi=300)]


@single
def s_visa_dz():
    p = Person("s18", "BOUZID", "KARIM", "M", d("1988-08-19"), "Oran", "DZA")
    doc = ids.visa(
        p,
        "1928374650"[:9],
        "930495867",
        d("2026-05-02"),
        d("2026-08-01"),
        "D",
        ["CARTE DE SEJOUR A SOLLICITER DANS LES 2 MOIS SUIVANT L'ARRIVEE", "CONJOINT DE FRANCAIS"],
        "Oran",
        d("2026-04-14"),
        category="CONJOINT DE FRANCAIS",
        vls_ts=False,
        days=90,
    )
    doc.notes = (
        "long-stay visa that is not a VLS-TS (Algerian nationals ask for a certificat de résidence)"
    )
    return meta(p), [FileOut("visa_long_sejour.jpg", "phone_photo", [one(doc)], rot90=3)]


# ---------------------------------------------------------------- residence permits
@single
def s_ts_res():
    p = Person(
        "s19", "PIERRE-LOUIS", "MARIE-ROSE", "F", d("1975-03-03"), "Jacmel", "HTI", address=A_CRET
    )
    doc = ids.residence_permit(
        p,
        "FR1039285",
        d("2019-06-12"),
        d("2029-06-11"),
        "res",
        "RESIDENT DE LONGUE DUREE-UE",
        "Préfecture du Val-de-Marne",
    )
    return meta(p), [
        FileOut("carte_resident_recto.jpg", "scan", [one(doc, 0)], dpi=300),
        FileOut("carte_resident_verso.jpg", "scan", [one(doc, 1)], dpi=300),
    ]


@single
def s_ts_talent():
    p = Person(
        "s20",
        "NAKAMURA",
        "KENJI ROBERT",
        "M",
        d("1983-10-28"),
        "Portland",
        "USA",
        address=A_BORDEAUX,
    )
    doc = ids.residence_permit(
        p,
        "FR2049318",
        d("2025-09-01"),
        d("2029-08-31"),
        "pluri",
        "PASSEPORT TALENT - CHERCHEUR",
        "Préfecture de la Gironde",
    )
    return meta(p), [
        FileOut("TS_front.jpg", "phone_photo", [one(doc, 0)]),
        FileOut("TS_back.jpg", "phone_photo", [one(doc, 1)]),
    ]


@single
def s_ts_student_pair():
    p = Person(
        "s21", "MBARGA", "STÉPHANE JUNIOR", "M", d("2000-06-17"), "Douala", "CMR", address=A_LILLE
    )
    doc = ids.residence_permit(
        p, "FR3058417", d("2026-09-15"), d("2027-09-14"), "temp", "ETUDIANT", "Préfecture du Nord"
    )
    sh = Sheet(
        [Place(doc, 0, 5 * mm, 5 * mm), Place(doc, 1, 97 * mm, 5 * mm)], size=(188 * mm, 64 * mm)
    )
    return meta(p), [FileOut("titre_sejour_2_faces.jpg", "phone_photo", [sh], opts={"dpi": 420})]


@single
def s_ts_expired():
    p = Person("s22", "HADDAD", "RANIA", "F", d("1992-01-09"), "Zahlé", "LBN", address=A_LYON)
    doc = ids.residence_permit(
        p,
        "FR4071926",
        d("2025-05-06"),
        d("2026-05-05"),
        "temp",
        "VIE PRIVEE ET FAMILIALE",
        "Préfecture du Rhône",
    )
    doc.notes = "expired on 2026-05-05"
    return meta(p), [
        FileOut("titre_de_sejour.pdf", "image_pdf", [one(doc, 0), one(doc, 1)], dpi=300)
    ]


# ---------------------------------------------------------------- birth certificates
@single
def s_bc_sn():
    p = Person("s23", "DIOP", "Aminata Awa", "F", d("1990-02-01"), "Thiès", "SEN")
    doc = civil.birth_certificate(
        p, d("2025-12-03"), father="Ousmane Diop", mother="Fatou Sarr", style=0
    )
    return meta(p), [FileOut("extrait_naissance.jpg", "scan", [one(doc)], dpi=200)]


@single
def s_bc_vn():
    p = Person(
        "s24",
        "LÊ",
        "HOÀNG NAM",
        "M",
        d("1997-10-02"),
        "Huế",
        "VNM",
        extra={
            "native": {
                "surname": "LÊ",
                "given": "HOÀNG NAM",
                "pob": "Thành phố Huế",
                "father": "Lê Văn Hùng",
                "mother": "Phạm Thị Lan",
                "office": "UBND phường Phú Hội, TP Huế",
                "registrar": "T. Hoa",
            }
        },
    )
    doc = civil.birth_certificate(
        p, d("2026-03-09"), father="Lê Văn Hùng", mother="Phạm Thị Lan", reg_no="214"
    )
    return meta(p), [FileOut("giay_khai_sinh.jpg", "phone_photo", [one(doc)])]


@single
def s_bc_ht():
    p = Person("s25", "JOSEPH", "Widlène Marie", "F", d("1994-12-14"), "Les Cayes", "HTI")
    doc = civil.birth_certificate(
        p, d("2025-07-21"), father="Jean-Robert Joseph", mother="Marie-Ange Célestin", style=1
    )
    return meta(p), [FileOut("acte_naissance.pdf", "image_pdf", [one(doc)], dpi=200)]


@single
def s_bc_cm():
    p = Person("s26", "MBARGA", "Stéphane Junior", "M", d("2000-06-17"), "Douala", "CMR")
    doc = civil.birth_certificate(
        p, d("2024-10-10"), father="Paul Mbarga", mother="Odile Ngo Bassa", style=2
    )
    doc.fields["language"] = "fr"
    doc.notes = "bilingual French/English headings"
    return meta(p), [FileOut("acte_de_naissance.jpg", "scan", [one(doc)], dpi=220, grey=True)]


@single
def s_bc_gb():
    p = Person(
        "s27",
        "HOLT",
        "Oliver James",
        "M",
        d("1985-06-12"),
        "Leeds",
        "GBR",
        extra={"district": "Leeds"},
    )
    doc = civil.birth_certificate(
        p,
        d("2026-02-16"),
        father="Graham Holt",
        mother="Susan Holt formerly Pritchard",
        reg_no="2215/1985",
    )
    return meta(p, surname="HOLT"), [FileOut("birth_cert.jpg", "scan", [one(doc)], dpi=200)]


@single
def s_bc_am():
    p = Person(
        "s28",
        "HAKOBYAN",
        "ANI",
        "F",
        d("1993-03-25"),
        "Gyumri",
        "ARM",
        extra={
            "native": {
                "surname": "Հակոբյան",
                "given": "Անի",
                "patronymic": "Արամի",
                "pob": "ք. Գյումրի",
                "father": "Արամ Հակոբյան",
                "mother": "Լուսինե Հակոբյան",
                "office": "ՔԿԱԳ Գյումրու բաժին",
                "registrar": "Ս. Պետրոսյան",
            }
        },
    )
    doc = civil.birth_certificate(
        p, d("2025-11-20"), father="Արամ Հակոբյան", mother="Լուսինե Հակոբյան", reg_no="318"
    )
    return meta(p), [FileOut("birth_certificate_photo.jpg", "phone_photo", [one(doc)], rot90=3)]


@single
def s_bc_es():
    p = Person(
        "s29",
        "GARCÍA FERNÁNDEZ",
        "LUCÍA",
        "F",
        d("1994-01-31"),
        "Zaragoza",
        "ESP",
        extra={"region": "Zaragoza"},
    )
    doc = civil.birth_certificate(
        p,
        d("2026-04-04"),
        father="Javier García Ruiz",
        mother="Pilar Fernández Gil",
        reg_no="00171",
    )
    return meta(p), [FileOut("certificacion_literal.pdf", "text_pdf", [one(doc)])]


@single
def s_bc_ng():
    p = Person("s30", "OKONKWO-ADEBAYO", "Chiamaka Grace", "F", d("1991-12-03"), "Enugu", "NGA")
    doc = civil.birth_certificate(
        p, d("2025-06-30"), father="Emeka Okonkwo", mother="Folake Adebayo", reg_no="EN/1991/22841"
    )
    return meta(p), [FileOut("birth_certificate.pdf", "image_pdf", [one(doc)], dpi=200)]


# ---------------------------------------------------------------- apostilles
@single
def s_ap_tx():
    a = civil.apostille_info(
        "USA",
        "2026-118204",
        d("2026-03-12"),
        "Jennifer A. Shaw",
        "State Registrar",
        "Texas Department of State Health Services",
        "Austin, Texas",
        "Secretary of State of Texas",
        "en",
    )
    return meta(None), [
        FileOut("apostille.jpg", "scan", [one(civil.apostille_doc(a, "s31", 1))], dpi=200)
    ]


@single
def s_ap_in():
    a = civil.apostille_info(
        "IND",
        "IN/MH/2026/0228411",
        d("2026-04-02"),
        "A. Kulkarni",
        "Registrar of Births and Deaths",
        "Municipal Corporation of Pune",
        "New Delhi",
        "Ministry of External Affairs",
        "en",
    )
    return meta(None), [
        FileOut("MEA_apostille.pdf", "image_pdf", [one(civil.apostille_doc(a, "s32", 0))], dpi=200)
    ]


@single
def s_ap_co():
    a = civil.apostille_info(
        "COL",
        "B3M8R2X7",
        d("2026-05-18"),
        "Diana Patricia Ríos",
        "Notaria Primera",
        "Notaría Primera del Círculo de Cali",
        "Bogotá D.C.",
        "Ministerio de Relaciones Exteriores",
        "es",
    )
    doc = civil.apostille_doc(
        a, "s33", 2, qr_url="https://tramites.example.gov.co/apostilla/B3M8R2X7"
    )
    return meta(None), [FileOut("apostilla_electronica.pdf", "text_pdf", [one(doc)])]


@single
def s_ap_ua():
    a = civil.apostille_info(
        "UKR",
        "2026/0342/07",
        d("2026-02-11"),
        "О. Бондаренко",
        "Начальник відділу ДРАЦС",
        "Харківський міський відділ ДРАЦС",
        "Харків",
        "Східне міжрегіональне управління Мін'юсту",
        "uk",
    )
    return meta(None), [
        FileOut("apostil.jpg", "phone_photo", [one(civil.apostille_doc(a, "s34", 1))])
    ]


# ---------------------------------------------------------------- translations
@single
def s_tr_vn():
    p = Person(
        "s35",
        "LÊ",
        "HOÀNG NAM",
        "M",
        d("1997-10-02"),
        "Huế",
        "VNM",
        extra={"translit_surname": "LE", "translit_given": "Hoang Nam"},
    )
    doc = civil.translation_doc(
        p,
        "vietnamien",
        "Minh Chau Tran",
        "Cour d'appel de Paris",
        d("2026-04-01"),
        "LE Van Hung",
        "PHAM Thi Lan",
        "s35",
        "214",
        "Extrait d'acte de naissance",
        "Comité populaire du quartier Phú Hội, Huế",
        d("2026-03-09"),
    )
    return meta(p), [FileOut("traduction_acte_naissance.pdf", "text_pdf", [one(doc)])]


@single
def s_tr_ru():
    p = Person(
        "s36",
        "VOLKOV",
        "ALEKSANDR",
        "M",
        d("1961-02-08"),
        "Samara",
        "RUS",
        extra={
            "translit_surname": "VOLKOV",
            "translit_given": "Aleksandr",
            "translit_patronymic": "Igorevitch",
        },
    )
    doc = civil.translation_doc(
        p,
        "russe",
        "Natalia Lefort",
        "Cour d'appel d'Aix-en-Provence",
        d("2026-09-14"),
        "Igor Petrovitch VOLKOV",
        "Valentina Sergueïevna VOLKOVA",
        "s36",
        "1204",
        "Certificat de naissance",
        "Service de l'état civil de Samara",
        d("2026-07-30"),
    )
    return meta(p), [FileOut("perevod.jpg", "scan", [one(doc)], dpi=200)]


@single
def s_tr_es():
    p = Person("s37", "QUISPE MAMANI", "ROSA ELENA", "F", d("1991-03-08"), "Cusco", "PER")
    doc = civil.translation_doc(
        p,
        "espagnol",
        "Carmen Olivares",
        "Cour d'appel de Rennes",
        d("2026-02-02"),
        "Julián QUISPE HUAMÁN",
        "Elena MAMANI CONDORI",
        "s37",
        "20481177",
        "Acte de naissance",
        "RENIEC — Cusco",
        d("2026-01-12"),
    )
    return meta(p), [FileOut("traduccion.pdf", "image_pdf", [one(doc)], dpi=200)]


# ---------------------------------------------------------------- utility bills
@single
def s_bill_edf2p():
    b = bills("EDF", "M. Karim HADDAD", A_LYON, [d("2026-09-01")], "s38", 2, pages=2)[0]
    return meta(None), [FileOut("facture_EDF.pdf", "text_pdf", [one(b, 0), one(b, 1)])]


@single
def s_bill_engie():
    b = bills("ENGIE", "Mme Ioana POPESCU", A_LILLE, [d("2026-10-01")], "s39", 0, service="gas")[0]
    return meta(None), [FileOut("engie.jpg", "phone_photo", [one(b)])]


@single
def s_bill_free():
    b = bills(
        "Free",
        "M. Moussa NDIAYE",
        A_STDENIS,
        [d("2026-08-01")],
        "s40",
        1,
        service="internet",
        amounts=[29.99],
    )[0]
    return meta(None), [FileOut("facture_free.jpg", "scan", [one(b)], dpi=200)]


@single
def s_bill_water():
    b = home.utility_bill(
        "Eau de Paris",
        "M. ou Mme Thi Thu Ha NGUYEN",
        A_PARIS,
        d("2026-07-15"),
        d("2026-01-01"),
        d("2026-06-30"),
        142.37,
        key="s41",
        layout=2,
    )
    b.notes = "semi-annual water bill"
    return meta(None), [FileOut("eau_de_paris.pdf", "text_pdf", [one(b)])]


@single
def s_bill_orange():
    b = bills(
        "Orange",
        "Mme Marie-Rose PIERRE-LOUIS",
        A_CRET,
        [d("2026-10-01")],
        "s42",
        2,
        service="landline",
    )[0]
    return meta(None), [FileOut("orange_facture.pdf", "image_pdf", [one(b)], dpi=200)]


@single
def s_bill_sfr():
    b = bills("SFR", "M. Jonas MÜLLER", A_TOUL, [d("2026-09-01")], "s43", 1, service="mobile")[0]
    return meta(None), [FileOut("sfr.jpg", "phone_photo", [one(b)], rot90=3)]


# ---------------------------------------------------------------- leases
@single
def s_lease_coloc():
    doc = home.lease(
        ["M. Karim HADDAD", "Mme Léa FONTAINE"],
        "SCI Bellecour Patrimoine",
        "11 quai Tilsitt, 69002 Lyon",
        A_LYON,
        d("2025-09-01"),
        d("2025-08-25"),
        1150.0,
        120.0,
        key="s44",
        agency="Agence du Parc Immobilier",
        sign_city="Lyon",
        style=0,
        surface=68,
        rooms=3,
    )
    return meta(None), [FileOut("bail_colocation.pdf", "text_pdf", [one(doc, k) for k in range(3)])]


@single
def s_lease_meuble_rev():
    doc = home.lease(
        ["M. Jonas Felix MÜLLER"],
        "Mme Françoise LAGARDE",
        "3 place du Capitole, 31000 Toulouse",
        A_TOUL,
        d("2026-09-01"),
        d("2026-08-28"),
        540.0,
        40.0,
        key="s45",
        furnished=True,
        sign_city="Toulouse",
        style=1,
        surface=22,
        rooms=1,
    )
    return meta(None), [
        FileOut("bail_scan.pdf", "image_pdf", [one(doc, 2), one(doc, 1), one(doc, 0)], dpi=200)
    ]


@single
def s_lease_photos():
    doc = home.lease(
        ["Mme Rania HADDAD"],
        "M. Jean-Marc PERRIN",
        "6 rue Mercière, 69002 Lyon",
        A_LYON,
        d("2024-11-15"),
        d("2024-11-08"),
        760.0,
        65.0,
        key="s46",
        sign_city="Lyon",
        style=2,
        surface=40,
        rooms=2,
    )
    return meta(None), [
        FileOut(f"bail_{k + 1}.jpg", "phone_photo", [one(doc, k)], rot90=(1 if k == 1 else 0))
        for k in range(3)
    ]


# ---------------------------------------------------------------- hosting attestations
@single
def s_host_hand():
    doc = home.hosting_attestation(
        "Fatou SARR",
        d("1970-03-09"),
        "Dakar (Sénégal)",
        "Moussa NDIAYE",
        d("1990-12-25"),
        "Thiès (Sénégal)",
        A_STDENIS,
        d("2026-03-01"),
        d("2026-11-04"),
        "Saint-Denis",
        key="s47",
        handwritten=True,
        style=0,
    )
    return meta(None), [FileOut("attestation.jpg", "phone_photo", [one(doc)])]


@single
def s_host_unsigned():
    doc = home.hosting_attestation(
        "Hélène GARNIER",
        d("1966-08-21"),
        "Nantes (44)",
        "Haruka SATO",
        d("1995-02-19"),
        "Osaka (Japon)",
        A_NICE,
        d("2026-05-10"),
        d("2026-11-12"),
        "Nice",
        key="s48",
        handwritten=False,
        signed=False,
        style=2,
    )
    doc.notes = "typed attestation with no signature"
    return meta(None), [FileOut("attestation_hebergement.pdf", "text_pdf", [one(doc)])]


@single
def s_host_typed():
    doc = home.hosting_attestation(
        "Omar BENNANI",
        d("1958-01-14"),
        "Casablanca (Maroc)",
        "Fatima Zahra MOREAU née BENNANI",
        d("1984-11-30"),
        "Casablanca (Maroc)",
        A_MARS,
        d("2025-12-01"),
        d("2026-10-25"),
        "Marseille",
        key="s49",
        handwritten=False,
        style=0,
    )
    return meta(None), [FileOut("attestation_omar.jpg", "scan", [one(doc)], dpi=200)]


@single
def s_host_hand2():
    doc = home.hosting_attestation(
        "Pierre LAMBERT",
        d("1981-06-30"),
        "Bordeaux (33)",
        "Kenji NAKAMURA",
        d("1983-10-28"),
        "Portland (États-Unis)",
        A_BORDEAUX,
        d("2025-10-01"),
        d("2026-09-30"),
        "Bordeaux",
        key="s50",
        handwritten=True,
        style=1,
    )
    return meta(None), [
        FileOut("attestation_hebergement_scan.jpg", "scan", [one(doc)], dpi=200, grey=True)
    ]


# ---------------------------------------------------------------- payslips
@single
def s_pay_1():
    doc = money.payslip(
        EMP["biomer"],
        "M. Stéphane MBARGA",
        A_LILLE,
        "Technicien de laboratoire",
        d("2025-02-03"),
        d("2026-09-01"),
        2280.0,
        key="s51",
        style=0,
        pas_rate=0.017,
    )
    return meta(None), [FileOut("bulletin_septembre_2026.pdf", "text_pdf", [one(doc)])]


@single
def s_pay_2():
    doc = money.payslip(
        EMP["alpes"],
        "Mme Ani HAKOBYAN",
        Address("3 rue Lesdiguières", "38000", "Grenoble"),
        "Réceptionniste",
        d("2026-04-14"),
        d("2026-10-01"),
        1930.0,
        key="s52",
        style=1,
        pas_rate=0.0,
    )
    return meta(None), [FileOut("fiche_paie.jpg", "phone_photo", [one(doc)])]


@single
def s_pay_3():
    doc = money.payslip(
        EMP["zinc"],
        "M. Muhammad Usman MALIK",
        A_PARIS,
        "Commis de cuisine",
        d("2024-01-08"),
        d("2026-08-01"),
        1880.0,
        key="s53",
        style=2,
        pas_rate=0.0,
    )
    return meta(None), [FileOut("bulletin_aout.pdf", "image_pdf", [one(doc)], dpi=200)]


@single
def s_pay_4():
    doc = money.payslip(
        EMP["nexalis"],
        "Mme Priya RAMANATHAN",
        A_TOUL,
        "Stagiaire développeuse",
        d("2026-09-07"),
        d("2026-10-01"),
        1450.0,
        key="s54",
        style=0,
        pas_rate=0.0,
        status="Stagiaire",
        coef="—",
    )
    return meta(None), [FileOut("payslip.jpg", "scan", [one(doc)], dpi=200)]


# ---------------------------------------------------------------- employment contracts
@single
def s_ct_cdi():
    doc = money.employment_contract(
        EMP["biomer"],
        "M. Stéphane Junior MBARGA",
        d("2000-06-17"),
        "Douala (Cameroun)",
        "camerounaise",
        A_LILLE,
        "CDI",
        "Technicien de laboratoire",
        d("2025-02-03"),
        None,
        2280.0,
        d("2025-01-20"),
        key="s55",
        style=0,
    )
    return meta(None), [FileOut("contrat_CDI.pdf", "text_pdf", [one(doc, 0), one(doc, 1)])]


@single
def s_ct_cdd():
    doc = money.employment_contract(
        EMP["alpes"],
        "Mme Ani HAKOBYAN",
        d("1993-03-25"),
        "Gyumri (Arménie)",
        "arménienne",
        Address("3 rue Lesdiguières", "38000", "Grenoble"),
        "CDD",
        "Réceptionniste",
        d("2026-04-14"),
        d("2026-12-31"),
        1930.0,
        d("2026-04-07"),
        key="s56",
        style=1,
    )
    return meta(None), [
        FileOut("contrat_cdd_scan.pdf", "image_pdf", [one(doc, 0), one(doc, 1)], dpi=200)
    ]


@single
def s_ct_noemp():
    doc = money.employment_contract(
        None,
        "M. Karim BOUZID",
        d("1988-08-19"),
        "Oran (Algérie)",
        "algérienne",
        A_MARS,
        "CDI",
        "Magasinier",
        d("2026-10-01"),
        None,
        1900.0,
        d("2026-09-24"),
        key="s57",
        style=2,
    )
    return meta(None), [
        FileOut("contrat_p1.jpg", "scan", [one(doc, 0)], dpi=200),
        FileOut("contrat_p2.jpg", "scan", [one(doc, 1)], dpi=200),
    ]


# ---------------------------------------------------------------- RIBs
@single
def s_rib_bnp():
    doc = money.rib_doc(
        "M MOUSSA NDIAYE", BANKS["bnp"], key="s58", holder_addr=A_STDENIS, style=0, copies=3
    )
    return meta(None), [FileOut("RIB_BNP.pdf", "text_pdf", [one(doc)])]


@single
def s_rib_lbp():
    doc = money.rib_doc(
        "MME NGUYEN THI THU HA", BANKS["lbp"], key="s59", holder_addr=A_PARIS, style=1
    )
    return meta(None), [FileOut("RIP_banque_postale.pdf", "image_pdf", [one(doc)], dpi=200)]


@single
def s_rib_revolut():
    doc = money.rib_screen_doc("Haruka Sato", BANKS["revolut"], "Revolut", key="s60")
    return meta(None), [FileOut("IMG_0932.PNG", "screenshot", [one(doc)])]


@single
def s_rib_bourso_screen():
    doc = money.rib_screen_doc(
        "M. Arjun KUMAR", BANKS["bourso"], "BoursoBank", key="s61", dark=True
    )
    return meta(None), [FileOut("Capture_ecran_RIB.png", "screenshot", [one(doc)])]


@single
def s_rib_letter():
    doc = money.rib_letter_doc(
        "Mme Rania HADDAD", "Madame", BANKS["lcl"], A_LYON, key="s62", letter_date=d("2026-05-12")
    )
    return meta(None), [FileOut("courrier_LCL.jpg", "scan", [one(doc)], dpi=200)]


@single
def s_rib_ca():
    doc = money.rib_doc(
        "M OU MME JOSEPH WIDLENE", BANKS["ca"], key="s63", holder_addr=A_ANGERS, style=2
    )
    return meta(None), [FileOut("rib_credit_agricole.jpg", "phone_photo", [one(doc)])]


# ---------------------------------------------------------------- traps (type unknown)
@single
def s_unk_quittance():
    doc = home.quittance(
        "M. Jean-Marc PERRIN",
        "14 rue Juiverie, 69005 Lyon",
        "Mme Rania HADDAD",
        A_LYON,
        d("2026-10-01"),
        760.0,
        65.0,
        key="s64",
    )
    return meta(None), [FileOut("quittance_octobre.pdf", "text_pdf", [one(doc)])]


def _cover_letter(key):
    r = rng("cover", key)

    def dr(c):
        D.hand(c, 25 * mm, AH - 30 * mm, "Thi Thu Ha NGUYEN", r, 13, "Hand2", D.INK_BLUE)
        D.hand(
            c,
            25 * mm,
            AH - 37 * mm,
            "63 rue de Belleville, 75019 Paris",
            r,
            13,
            "Hand2",
            D.INK_BLUE,
        )
        D.hand(c, 110 * mm, AH - 60 * mm, "Assurance Maladie de Paris", r, 13, "Hand2", D.INK_BLUE)
        D.hand(c, 110 * mm, AH - 67 * mm, "75948 Paris cedex 19", r, 13, "Hand2", D.INK_BLUE)
        D.hand(c, 110 * mm, AH - 82 * mm, "Paris, le 18/11/2026", r, 13, "Hand2", D.INK_BLUE)
        txt = (
            "Madame, Monsieur,\nVeuillez trouver ci-joint ma demande d'ouverture des droits à "
            "l'assurance maladie ainsi que les pièces justificatives demandées : passeport, "
            "titre de séjour, acte de naissance, justificatifs de domicile et RIB.\nJe reste à "
            "votre disposition pour tout renseignement complémentaire.\nVeuillez agréer, "
            "Madame, Monsieur, mes salutations distinguées."
        )
        y = D.hand_para(c, 25 * mm, AH - 105 * mm, txt, AW - 50 * mm, r, 13, "Hand2", D.INK_BLUE)
        D.signature(c, 120 * mm, y - 30 * mm, 55 * mm, 20 * mm, r, "Nguyen", D.INK_BLUE)

    return D.Doc(
        "unknown", {}, [D.Page(AW, AH, dr)], key=key, notes="handwritten cover letter to the CPAM"
    )


@single
def s_unk_cover():
    return meta(None), [FileOut("lettre.jpg", "phone_photo", [one(_cover_letter("s65"))])]


def _insurance(key):
    r = rng("insurance", key)

    def dr(c):
        D.brand_block(
            c,
            18 * mm,
            AH - 25 * mm,
            "Mutuelle Horizon Assurances",
            (0.1, 0.4, 0.35),
            r,
            16,
            "circle",
            "Lib-B",
        )
        D.text(c, AW / 2, AH - 55 * mm, "ATTESTATION D'ASSURANCE", "Lib-B", 16, anchor="c")
        D.text(c, AW / 2, AH - 63 * mm, "Multirisque habitation — locataire", "Lib", 11, anchor="c")
        y = D.para(
            c,
            25 * mm,
            AH - 85 * mm,
            "Mutuelle Horizon Assurances atteste que Mme Rania "
            "HADDAD, demeurant 4 rue Duguesclin, 69006 Lyon, est titulaire du contrat "
            "n° MH-HAB-2291847 garantissant les risques locatifs (incendie, dégât des eaux, "
            "explosion) et la responsabilité civile vie privée pour le logement situé à "
            "cette adresse, pour la période du 01/01/2026 au 31/12/2026.",
            AW - 50 * mm,
            "Lib",
            11,
            16,
            justify=True,
        )
        y = D.para(
            c,
            25 * mm,
            y - 8 * mm,
            "La présente attestation est délivrée pour servir et "
            "valoir ce que de droit. Elle ne constitue pas une présomption de garantie à "
            "la charge de l'assureur.",
            AW - 50 * mm,
            "Lib",
            10,
            14,
        )
        D.text(
            c, 120 * mm, y - 15 * mm, f"Fait à Niort, le {fr_date(dt.date(2026, 1, 3))}", "Lib", 10
        )
        D.stamp(
            c,
            150 * mm,
            y - 45 * mm,
            16 * mm,
            "MUTUELLE HORIZON ASSURANCES",
            ["SERVICE", "CONTRATS"],
            r,
            (0.1, 0.4, 0.35),
            0.7,
        )

    return D.Doc(
        "unknown",
        {},
        [D.Page(AW, AH, dr)],
        key=key,
        notes="home insurance certificate: not one of the proofs of residence",
    )


@single
def s_unk_insurance():
    return meta(None), [
        FileOut("attestation_assurance_habitation.pdf", "text_pdf", [one(_insurance("s66"))])
    ]


def _blank(key):
    def dr(c):
        D.text(c, AW - 15 * mm, 10 * mm, "2/2", "Lib", 7, (0.7, 0.7, 0.7), "r")

    return D.Doc(
        "unknown", {}, [D.Page(AW, AH, dr)], key=key, notes="blank back side of a sheet, scanned"
    )


@single
def s_unk_blank():
    return meta(None), [FileOut("scan_0002.jpg", "scan", [one(_blank("s67"))], dpi=150, grey=True)]


def _caf_letter(key):
    r = rng("caf", key)

    def dr(c):
        D.brand_block(
            c,
            18 * mm,
            AH - 25 * mm,
            "Caisse d'allocations familiales",
            (0.0, 0.35, 0.6),
            r,
            13,
            "square",
            "Sans-B",
        )
        D.text(c, 120 * mm, AH - 50 * mm, "M. Moussa NDIAYE", "Sans-B", 10)
        for i, ln in enumerate(A_STDENIS.lines()):
            D.text(c, 120 * mm, AH - 55 * mm - i * 5 * mm, ln, "Sans", 10)
        D.text(c, 18 * mm, AH - 85 * mm, "Objet : votre demande d'aide au logement", "Sans-B", 10.5)
        y = D.para(
            c,
            18 * mm,
            AH - 97 * mm,
            "Monsieur,\nNous avons bien reçu votre demande "
            "d'aide personnalisée au logement. Pour l'étudier, il nous manque les pièces "
            "suivantes : votre bail ou une attestation de loyer complétée par votre "
            "bailleur, et un relevé d'identité bancaire. Vous pouvez les déposer dans votre "
            "espace Mon Compte sur caf.fr.\nNous vous prions d'agréer, Monsieur, nos "
            "salutations distinguées.",
            AW - 36 * mm,
            "Sans",
            10,
            14,
        )
        D.text(c, 120 * mm, y - 10 * mm, "Votre conseiller Caf", "Sans-I", 10)

    return D.Doc(
        "unknown",
        {},
        [D.Page(AW, AH, dr)],
        key=key,
        notes="CAF letter asking for documents: none of the packet's types",
    )


@single
def s_unk_caf():
    return meta(None), [
        FileOut("courrier_caf.pdf", "image_pdf", [one(_caf_letter("s68"))], dpi=200)
    ]
