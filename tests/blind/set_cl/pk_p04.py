"""Packet p04: Iraqi applicant (lease route, employed; defect: expired VLS-TS)."""

import random

from docs_civil import iraq_certificate, translation
from docs_form import form
from docs_fr import rib_doc
from docs_id import passport_page, visa_page
from docs_work import bail, payslip
from looks import Packet
from pk_common import ALL_COMPLETE, passport_fields, ymd6
from util import (
    fr_iban,
    make_siret,
    mrz_mrva,
    mrz_td3,
    nir_key,
)


def p04(out):
    rng = random.Random("set_cl-p04")
    sn, gn, dob = "AL-SAADI", "MUSTAFA KAREEM", "1989-01-23"
    req = dict(ALL_COMPLETE, residence_status="invalid")
    truth = dict(
        as_of="2026-11-26",
        employed=True,
        status="incomplete",
        requirements=req,
        defect="expired VLS-TS: the only residence-status document is a VLS-TS "
        "'salarié' valid 2025-10-02 to 2026-10-01, expired at the audit date",
        applicant=dict(surname=sn, given_names=gn, date_of_birth=dob),
    )
    pk = Packet(out, "p04", rng, truth)
    addr = ["22 boulevard Gambetta, appt 5", "38000 Grenoble"]
    num, exp = "A12804577", "2031-07-18"
    mrz = mrz_td3("P", "IRQ", sn, gn, num, "IRQ", ymd6(dob), "M", ymd6(exp))
    pp = passport_page(
        dict(
            paper=(0.92, 0.94, 0.92),
            guil=[(0.75, 0.85, 0.8), (0.85, 0.8, 0.9)],
            ink=(0.05, 0.25, 0.2),
            header=["REPUBLIC OF IRAQ", "PASSPORT"],
            face=dict(skin=(0.66, 0.5, 0.38)),
            rows=[
                (("Type", "Code", "Passport No."), [(0, "P"), (12, "IRQ"), (30, num)]),
                ("Surname", sn),
                ("Given Names", gn),
                ("Nationality", "IRAQI"),
                ("Date of Birth", "23/01/1989"),
                (("Sex", "Place of Birth"), [(0, "M"), (12, "BAGHDAD")]),
                (("Date of Issue", "Date of Expiry"), [(0, "19/07/2023"), (36, "18/07/2031")]),
            ],
            mrz=mrz,
        ),
        rng,
    )
    pk.photo("IMG_0925.jpg", pp, dpi=300, fill=0.6, rotate=90)
    pk.doc(
        [dict(path="IMG_0925.jpg", pages=[1])],
        "passport",
        "phone_photo",
        passport_fields(sn, gn, num, "IRQ", dob, "M", exp),
        "photo rotated 90°",
    )

    vnum, vfrom, vto = "018834502", "2025-10-02", "2026-10-01"
    vmrz = mrz_mrva("FRA", sn, gn, vnum, "IRQ", ymd6(dob), "M", ymd6(vto))
    vp = visa_page(
        dict(
            valid_from=vfrom,
            valid_until=vto,
            duration="365",
            issued_in="BAGDAD",
            issued_on="2025-09-10",
            passport_no=num,
            surname=sn,
            given=gn,
            remarks=[
                "VLS-TS SALARIE",
                "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
                "CESEDA R.431-16 1",
            ],
            sticker_no=vnum,
            mrz=vmrz,
            face=dict(skin=(0.66, 0.5, 0.38)),
        ),
        rng,
    )
    pk.photo("IMG_0932.jpg", vp, dpi=300, fill=0.7)
    pk.doc(
        [dict(path="IMG_0932.jpg", pages=[1])],
        "long_stay_visa",
        "phone_photo",
        dict(
            passport_fields(sn, gn, vnum, "IRQ", dob, "M", vto),
            issuing_country="FRA",
            visa_type="D",
            vls_ts=True,
            category="SALARIE",
            valid_from=vfrom,
            valid_until=vto,
        ),
        "THE DEFECT: VLS-TS expired on 2026-10-01 (audit 2026-11-26)",
    )

    # birth certificate (Arabic/English) with consular legalisation, flatbed scan + translation
    cert = iraq_certificate(
        dict(
            number="BGD-1989-0044217",
            rows=[
                ("Name of newborn", "اسم المولود", "MUSTAFA KAREEM AL-SAADI", "مصطفى كريم الساعدي"),
                ("Sex", "الجنس", "MALE", "ذكر"),
                ("Date of birth", "تاريخ الولادة", "23/01/1989", "١٩٨٩/١/٢٣"),
                (
                    "Place of birth",
                    "محل الولادة",
                    "BAGHDAD - AL-YARMOUK HOSPITAL",
                    "بغداد - مستشفى اليرموك",
                ),
                ("Father's name", "اسم الأب", "KAREEM HASSAN AL-SAADI", "كريم حسن الساعدي"),
                ("Mother's name", "اسم الأم", "ZAINAB ALI JABBAR", "زينب علي جبار"),
                ("Nationality", "الجنسية", "IRAQI", "عراقي"),
            ],
            issued_txt="14/05/2025 Baghdad",
            mofa_no="27731/2025",
            mofa_date="02/06/2025",
            fr_date="09/06/2025",
            fr_no="2025/1187",
        ),
        rng,
    )
    pk.scan("scan_acte_naissance.jpg", cert)
    pk.doc(
        [dict(path="scan_acte_naissance.jpg", pages=[1])],
        "birth_certificate",
        "scan",
        dict(
            surname="AL-SAADI",
            given_names="MUSTAFA KAREEM",
            date_of_birth=dob,
            place_of_birth="Baghdad",
            issuing_country="IRQ",
            language="ar+en",
            has_apostille=False,
        ),
        "Iraq is not a party to the Apostille Convention: legalised by the Iraqi MFA and the "
        "French embassy in Baghdad (consular legalisation instead of apostille); complete",
    )
    tr = translation(
        dict(
            translator="Karim BENSAÏD",
            translator_lines=[
                "Traducteur expert près la Cour d'appel de Grenoble",
                "Arabe - Français",
                "5 place Victor Hugo, 38000 Grenoble",
            ],
            number="G-2026-093",
            **{"from": "arabe"},
            doc="Birth certificate / Ministère de la Santé, République d'Irak",
            title="CERTIFICAT DE NAISSANCE",
            subtitle=[
                "République d'Irak — Ministère de la Santé",
                "Direction de la santé de Bagdad",
            ],
            rows=[
                ("Numéro :", "BGD-1989-0044217"),
                ("Nom du nouveau-né :", "Mustafa Kareem AL-SAADI"),
                ("Sexe :", "masculin"),
                ("Date de naissance :", "23 janvier 1989"),
                ("Lieu de naissance :", "Bagdad — hôpital Al-Yarmouk"),
                ("Nom du père :", "Kareem Hassan AL-SAADI"),
                ("Nom de la mère :", "Zainab Ali JABBAR"),
                ("Nationalité :", "irakienne"),
                ("Délivré le :", "14 mai 2025, à Bagdad"),
            ],
            extra=[
                "Mentions : légalisation du ministère des Affaires étrangères d'Irak n° 27731/2025 "
                "du 2 juin 2025 ; légalisation de l'ambassade de France en Irak n° 2025/1187 du "
                "9 juin 2025."
            ],
            court="Grenoble",
            lang_adj="arabe",
            city="Grenoble",
            date="2026-01-12",
            lang_code="AR",
        ),
        rng,
    )
    pk.image_pdf("traduction_acte.pdf", [tr])
    pk.doc(
        [dict(path="traduction_acte.pdf", pages=[1])],
        "translation",
        "image_pdf",
        dict(source_language="ar", translator="Karim BENSAÏD", signed_on="2026-01-12"),
    )

    # lease through an agency, two phone photos
    lease = bail(
        dict(
            header="Dauphiné Gestion Immobilière — bail n° DG-25-0871",
            landlord="SCI LES ALPILLES",
            landlord_addr="3 rue Lesdiguières, 38000 Grenoble",
            agent="Dauphiné Gestion Immobilière",
            tenants=["M. Mustafa Kareem AL-SAADI"],
            address=addr,
            habitat="Immeuble collectif, appartement T2, 2e étage",
            surface="42,10 m²",
            rooms="2",
            start="2025-10-15",
            rent=610.0,
            charges=70.0,
            city="Grenoble",
            signed="2025-10-10",
            fonts=("Open", "OpenB"),
        ),
        rng,
    )
    pk.photo("bail_page1.jpg", lease, dpi=130, page=0, fill=0.85)
    pk.photo("bail_page2.jpg", lease, dpi=130, page=1, fill=0.85)
    pk.doc(
        [dict(path="bail_page1.jpg", pages=[1]), dict(path="bail_page2.jpg", pages=[1])],
        "lease",
        "phone_photo",
        dict(
            tenant_names=["Mustafa Kareem AL-SAADI"],
            landlord="SCI LES ALPILLES",
            address="22 boulevard Gambetta, appt 5, 38000 Grenoble",
            start_date="2025-10-15",
        ),
        "agency lease, two pages photographed",
    )

    # payslip (scanner PDF)
    siret = make_siret("51937260", "0027")
    emp = "ISÈRE TECHNIC MAINTENANCE SAS"
    nir13 = "1890199203118"
    nir = nir13 + nir_key(nir13)
    slip = payslip(
        dict(
            p_start="2026-10-01",
            p_end="2026-10-31",
            paid="2026-10-31",
            employer=emp,
            employer_addr=["ZA des Glairons", "38400 Saint-Martin-d'Hères"],
            siret=siret,
            naf="3312Z",
            ccn="Métallurgie (IDCC 3248)",
            employee_print="M. AL-SAADI Mustafa Kareem",
            employee_addr=addr,
            job="Technicien de maintenance",
            entry="2025-10-06",
            contract="CDI",
            nir=f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}",
            matricule="T-0412",
            fonts=("Roboto", "RobotoB"),
            rows=[
                ("Salaire de base", "151,67", "16,1535", "", "2 450,00"),
                ("Prime d'équipe", "", "", "", "85,00"),
                ("SALAIRE BRUT", "", "", "", "2 535,00"),
                ("SANTÉ - Complémentaire santé", "", "", "34,12", ""),
                ("RETRAITE - Sécurité sociale plafonnée", "2 535,00", "6,900", "174,92", ""),
                ("Retraite - Sécurité sociale déplafonnée", "2 535,00", "0,400", "10,14", ""),
                ("Retraite - Complémentaire Tranche 1", "2 535,00", "4,010", "101,65", ""),
                ("CSG déductible de l'impôt sur le revenu", "2 490,64", "6,800", "169,36", ""),
                (
                    "CSG/CRDS non déductible de l'impôt sur le revenu",
                    "2 490,64",
                    "2,900",
                    "72,23",
                    "",
                ),
                ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "562,42", ""),
            ],
            net_before=1972.58,
            pas_rate="3,60 %",
            pas=73.61,
            net=1898.97,
        ),
        rng,
    )
    pk.image_pdf("fiche_paie_oct2026.pdf", [slip])
    pk.doc(
        [dict(path="fiche_paie_oct2026.pdf", pages=[1])],
        "payslip",
        "image_pdf",
        dict(
            employer=emp,
            employee_name="AL-SAADI Mustafa Kareem",
            period="2026-10",
            net_pay=1898.97,
            siret=siret,
        ),
        "CDI technician, bulletin clarifié",
    )

    # RIB Banque Populaire (text PDF)
    acc = "32214587190"
    iban, key = fr_iban("16807", "00084", acc)
    holder = "M AL-SAADI MUSTAFA KAREEM"
    rib = rib_doc(
        dict(
            style="BP",
            region="Banque Populaire Auvergne Rhône Alpes",
            holder_print=holder,
            address=addr,
            bank="16807",
            branch="00084",
            account=acc,
            key=key,
            iban=iban,
            bic="CCBPFRPPGRE",
            domiciliation=["BP AURA GRENOBLE GAMBETTA", "38000 GRENOBLE"],
            legal="Banque Populaire Auvergne Rhône Alpes - société anonyme coopérative "
            "de Banque Populaire - 605 520 071 RCS Lyon",
        ),
        rng,
    )
    pk.text_pdf("RIB_BPAURA.pdf", rib)
    pk.doc(
        [dict(path="RIB_BPAURA.pdf", pages=[1])],
        "rib",
        "text_pdf",
        dict(
            holder_name=holder,
            iban=iban,
            bic="CCBPFRPPGRE",
            bank_name="Banque Populaire Auvergne Rhône Alpes",
            iban_valid=True,
            rib_key_valid=True,
        ),
    )

    # form handwritten, two phone photos, page 1 rotated
    fd = dict(
        surname=sn,
        usage="",
        given="Mustafa Kareem",
        sex="M",
        dob_form=dob,
        pob_city="Bagdad",
        pob_country="Irak",
        nationality="irakienne",
        address="22 bd Gambetta, appt 5",
        cp="38000",
        city="Grenoble",
        phone="07 66 03 91 28",
        email="m.alsaadi89@gmail.com",
        situation="salarie",
        job="Technicien de maintenance",
        contract="CDI",
        place="Grenoble",
        date_text="19/11/2026",
        signed=True,
    )
    fp = form(fd, rng, run="B", fill="hand", hand_font="Hand3")
    pk.photo("IMG_0940.jpg", fp, dpi=130, page=0, fill=0.86, rotate=270)
    pk.photo("IMG_0941.jpg", fp, dpi=130, page=1, fill=0.86)
    pk.doc(
        [dict(path="IMG_0940.jpg", pages=[1]), dict(path="IMG_0941.jpg", pages=[1])],
        "application_form",
        "phone_photo",
        dict(
            surname=sn,
            given_names="Mustafa Kareem",
            date_of_birth=dob,
            employment_status="employed",
            signed=True,
            signed_on="2026-11-19",
            nir=None,
        ),
        "handwritten; page 1 photo rotated 90°",
    )
    pk.finish()
