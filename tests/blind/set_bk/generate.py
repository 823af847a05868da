"""Blind set set_bk: four whole packets (UA, TR, MX, IN). Usage: generate.py OUT_DIR"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from common import fr_iban, register_fonts
from docs_bank import rib_fields, rib_pdf, screenshot_rib
from docs_birth import birth_pdf, translation_pdf
from docs_form import form_fields, form_pdf
from docs_fr import (
    bill_fields,
    bill_pdf,
    cdi_fields,
    cdi_pdf,
    lease_fields,
    lease_pdf,
    payslip_fields,
    payslip_pdf,
)
from docs_id import (
    apostille_fields,
    passport_fields,
    passport_page,
    titre_fields,
    titre_sejour,
    visa_fields,
    visa_page,
)
from emit import Packet

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}

HAGUE_EN = dict(
    l_country="Country",
    l_intro="This public document",
    l2="has been signed by",
    l3="acting in the capacity of",
    l4="bears the seal/stamp of",
    l_cert="Certified",
    l5="at",
    l6="the",
    l7="by",
    l8="No",
    l9="Seal/stamp:",
    l10="Signature:",
)


def p01(out: Path):
    P = Packet(out, "p01", 101)
    as_of = "2026-11-20"
    sur, giv, dob = "KOVALENKO", "ANDRII", "1993-04-17"
    addr = ["14 rue Paul Bert", "Appartement 32", "69003 LYON"]
    # form: typed, printed, signed by hand, scanned by a copier into one PDF
    f = dict(
        surname="KOVALENKO",
        usage="",
        given="Andrii",
        sex="M",
        dob=dob,
        pob="Kharkiv (Ukraine)",
        nat="ukrainienne",
        address="14 rue Paul Bert, appt 32",
        cp="69003",
        city="Lyon",
        phone="07 68 24 91 03",
        email="a.kovalenko93@gmail.com",
        situation="salarie",
        contract="CDI",
        job="Ingénieur logiciel",
        place="Lyon",
        date_text="12/11/2026",
        signed=True,
        signed_on="2026-11-12",
    )
    P.image_pdf("formulaire_S1106.pdf", form_pdf(f, P.sub(), 1, "typed"))
    P.doc(
        [("formulaire_S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(f),
        "typed on screen, printed, signed by hand; scanner PDF",
    )
    pp = dict(
        country="UKR",
        surname=sur,
        given=giv,
        surname_print="КОВАЛЕНКО/KOVALENKO",
        given_print="АНДРІЙ/ANDRII",
        number="FH482917",
        dob=dob,
        sex="M",
        pob="ХАРКІВСЬКА ОБЛ./UKR",
        doi="2022-06-14",
        doe="2032-06-14",
        nat_text="УКРАЇНА/UKRAINE",
        extra={"rec": "19930417-04512", "auth": "6309"},
        optional="1993041704512",
    )
    P.photo("IMG_3381.jpg", passport_page(pp, P.sub()), rot=90, fill=0.62)
    P.doc(
        [("IMG_3381.jpg", [1])],
        "passport",
        "phone_photo",
        passport_fields(pp),
        "data page photographed on a table, image rotated 90 degrees",
    )
    v = dict(
        number="FRA3315420",
        mrz_number="033154207",
        surname=sur,
        given=giv,
        nat="UKR",
        dob=dob,
        sex="M",
        vtype="D",
        valid_from="2026-02-02",
        valid_until="2027-02-01",
        duration="365",
        issued_in="KYIV",
        issued_on="2026-01-19",
        passport_no="FH482917",
        category="SALARIE",
        remarks=[
            "VLS-TS SALARIE",
            "VISA DE LONG SEJOUR VALANT",
            "TITRE DE SEJOUR",
            "A VALIDER EN LIGNE DES L'ARRIVEE",
        ],
    )
    v["number"] = v["mrz_number"]
    P.scan("scan_visa.jpg", visa_page(v, P.sub()), dpi=300)
    P.doc(
        [("scan_visa.jpg", [1])],
        "long_stay_visa",
        "scan",
        visa_fields(v),
        "French type D visa sticker, VLS-TS salarié",
    )
    b = dict(
        surname_ua="Коваленко",
        given_ua="Андрій",
        patronymic_ua="Олександрович",
        dob_ua="17.04.1993",
        dob_words_ua="сімнадцятого квітня тисяча дев'ятсот дев'яносто третього року",
        pob_ua="місто Харків, Харківська область, Україна",
        father_ua="Коваленко Олександр Петрович",
        mother_ua="Коваленко Наталія Іванівна",
        reg_date_ua="26 квітня 1993 року",
        act_no="1187",
        reg_office_ua="Відділ реєстрації актів цивільного стану Київського району м. Харкова",
        issue_ua="14 березня 2025 року",
        registrar_ua="О. М. Бондар",
        series="I-ВЛ",
        serial="482613",
    )
    ap = dict(
        HAGUE_EN,
        title="АПОСТИЛЬ / APOSTILLE",
        l_country="Країна / Country",
        country_print="УКРАЇНА / UKRAINE",
        country_code="UKR",
        signed_by_doc="О. М. Бондар / O. M. Bondar",
        capacity="посадова особа ДРАЦС / civil registrar",
        seal_of="Відділ ДРАЦС, м. Харків / Civil registry office, Kharkiv",
        place="м. Київ / Kyiv",
        date_print="18.04.2025",
        date="2025-04-18",
        authority="Міністерство юстиції України / Ministry of Justice of Ukraine",
        number="2025-0418-77316",
        seal_text="",
        stamp_ring="МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ ",
        stamp_mid="АПОСТИЛЬ",
        officer="Т. В. Мельник / T. V. Melnyk",
        font="serif",
    )
    P.image_pdf("svidotstvo_naroDzhennia.pdf", birth_pdf("ua", b, P.sub(), ap))
    bc = dict(
        surname="КОВАЛЕНКО",
        given_names="Андрій",
        date_of_birth=dob,
        place_of_birth="місто Харків, Харківська область, Україна",
        issuing_country="UKR",
        language="uk",
        has_apostille=True,
    )
    bc["surname"] = "Коваленко"
    P.doc(
        [("svidotstvo_naroDzhennia.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        bc,
        "Свідоцтво про народження (re-issued duplicate 2025), patronymic Олександрович",
    )
    P.doc(
        [("svidotstvo_naroDzhennia.pdf", [2])],
        "apostille",
        "image_pdf",
        apostille_fields(ap),
        "Ukrainian Ministry of Justice apostille, bilingual uk/en, on an allonge page",
    )
    t = dict(
        translator="Olena Savchenko-Martin",
        court="Lyon",
        city="Lyon",
        no="2025/0612",
        translator_addr="22 quai Saint-Vincent, 69001 Lyon",
        from_lang="ukrainien",
        date="2025-05-06",
        lines=[
            "#UKRAINE",
            "#ACTE DE NAISSANCE",
            "Nom : KOVALENKO",
            "Prénom : Andrii",
            "Patronyme : Oleksandrovytch",
            "Date de naissance : 17.04.1993 (dix-sept avril mil neuf cent quatre-vingt-treize)",
            "Lieu de naissance : ville de Kharkiv, région de Kharkiv, Ukraine",
            "Père : KOVALENKO Oleksandr Petrovytch",
            "Mère : KOVALENKO Nataliia Ivanivna",
            "Acte de naissance n° 1187 dressé le "
            "26 avril 1993. Série I-ВЛ n° 482613, délivré le 14 mars 2025.",
            "Apostille n° 2025-0418-77316 du 18.04.2025, Ministère de la Justice "
            "d'Ukraine (cachet, signature).",
        ],
    )
    P.scan("traduction_acte.jpg", translation_pdf(t, P.sub()), dpi=200)
    P.doc(
        [("traduction_acte.jpg", [1])],
        "translation",
        "scan",
        {},
        "sworn French translation of the birth certificate and its apostille",
    )
    ps = dict(
        employer="LUMEN ANALYTICS SAS",
        employer_lines=["48 cours Lafayette", "69003 Lyon"],
        siret="852 417 936 00028",
        naf="6201Z",
        employee_print="M. Andrii KOVALENKO",
        addr_lines=addr,
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        job="Ingénieur logiciel",
        statut="Cadre",
        hired="2026-02-16",
        ccn="Syntec (IDCC 1486)",
        matricule="00147",
        gross=4166.67,
        hours=151.67,
        net_before="3 247,18",
        pas="7,4 %",
        pas_amount="-240,29",
        net_pay="3 006,89",
        total_employer="5 812,44",
        allegement="0,00",
        cp=("20,00", "3,00", "17,00"),
    )
    P.text_pdf("Bulletin_2026-10_KOVALENKO.pdf", payslip_pdf(ps, P.sub()))
    pf = payslip_fields(ps)
    pf["employee_name"] = "Andrii KOVALENKO"
    P.doc(
        [("Bulletin_2026-10_KOVALENKO.pdf", [1])],
        "payslip",
        "text_pdf",
        pf,
        "bulletin de paie clarifié, October 2026",
    )
    k = dict(
        employer="LUMEN ANALYTICS SAS",
        employer_form="SAS au capital de 120 000 €",
        employer_addr="48 cours Lafayette, 69003 Lyon",
        rcs="852 417 936 RCS Lyon",
        rep="Mme Claire Dumoulin",
        rep_q="Présidente",
        employee_print="Andrii KOVALENKO",
        dob=dob,
        pob="Kharkiv (Ukraine)",
        nat="ukrainienne",
        addr="14 rue Paul Bert, 69003 Lyon",
        start="2026-02-16",
        ccn="Syntec (IDCC 1486)",
        job="Ingénieur logiciel",
        statut="cadre",
        coef="130",
        essai="quatre mois",
        salary="50 000",
        place="Lyon (69003)",
        city="Lyon",
        signed="2025-12-08",
    )
    P.image_pdf("CDI_Lumen.pdf", cdi_pdf(k, P.sub()))
    P.doc(
        [("CDI_Lumen.pdf", [1])],
        "employment_contract",
        "image_pdf",
        cdi_fields(k),
        "CDI signed by both parties, scanned",
    )
    for i, (mo, last, issue, amt) in enumerate(
        [
            ("08", "31", "2026-09-04", 71.38),
            ("09", "30", "2026-10-05", 78.12),
            ("10", "31", "2026-11-04", 96.55),
        ]
    ):
        bl = dict(
            provider="ENGIE",
            service="energy",
            holder_print="M ANDRII KOVALENKO",
            addr_lines=addr,
            issue=issue,
            start=f"2026-{mo}-01",
            end=f"2026-{mo}-{last}",
            amount=amt,
            due=issue[:8] + "15",
            invoice=f"30021{4708 + i * 3}9",
            client_ref="1 084 552 390",
            account="3001 2254 7781",
            pdl="14 2285 7339 1042",
            pce="GI 274 118",
            kwh_e=182 + i * 21,
            kwh_g=95 + i * 60,
            elec=round(amt * 0.46, 2),
            gas=round(amt * 0.24, 2),
            abo=round(amt * 0.14, 2),
            tax=round(amt * 0.16, 2),
        )
        bl["tax"] = round(amt - bl["elec"] - bl["gas"] - bl["abo"], 2)
        fn = f"Facture_ENGIE_2026{mo}.pdf"
        pdf = bill_pdf("engie", bl, P.sub())
        fields = bill_fields(bl)
        fields["holder_name"] = "ANDRII KOVALENKO"
        if i == 1:
            fn = "IMG_3412.jpg"
            P.photo(fn, pdf, rot=0)
            P.doc([(fn, [1])], "utility_bill", "phone_photo", fields, "Engie monthly bill")
        else:
            P.text_pdf(fn, pdf)
            P.doc([(fn, [1])], "utility_bill", "text_pdf", fields, "Engie monthly bill")
    iban, key = fr_iban("30004", "00819", "00012345678")
    r = dict(
        style="bnp",
        bank_name="BNP PARIBAS",
        holder_print="M ANDRII KOVALENKO",
        addr_lines=addr,
        agency=["AGENCE LYON GUILLOTIERE", "2 place Gabriel Péri", "69007 LYON"],
        bank="30004",
        branch="00819",
        account="00012345678",
        key=key,
        iban=iban,
        bic="BNPAFRPPXXX",
    )
    P.text_pdf("RIB_BNP.pdf", rib_pdf(r, P.sub()))
    rf = rib_fields(r)
    rf["holder_name"] = "ANDRII KOVALENKO"
    P.doc([("RIB_BNP.pdf", [1])], "rib", "text_pdf", rf, "BNP Paribas RIB downloaded")
    P.truth(
        as_of, True, dict(ALL_OK), None, {"surname": sur, "given_names": giv, "date_of_birth": dob}
    )


def p02(out: Path):
    P = Packet(out, "p02", 202)
    as_of = "2026-11-17"
    sur, giv, dob = "OZTURK", "ZEYNEP AYSE", "1996-09-03"
    f = dict(
        surname="ÖZTÜRK",
        usage="",
        given="Zeynep Ayşe",
        sex="F",
        dob=dob,
        pob="Kadıköy, İstanbul (Turquie)",
        nat="turque",
        address="8 allée des Tilleuls, bât. B",
        cp="33000",
        city="Bordeaux",
        phone="06 52 18 77 40",
        email="zeynep.ozturk@outlook.com",
        situation="sans_activite",
        place="Bordeaux",
        date_text="09/11/2026",
        signed=True,
        signed_on="2026-11-09",
    )
    P.text_pdf("S1106_rempli.pdf", form_pdf(f, P.sub(), 2, "typed"))
    P.doc(
        [("S1106_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(f),
        "filled on screen, signature drawn with a stylus as pen strokes",
    )
    pp = dict(
        country="TUR",
        surname="ÖZTÜRK",
        given="ZEYNEP AYŞE",
        surname_print="ÖZTÜRK",
        given_print="ZEYNEP AYŞE",
        number="U28409157",
        dob=dob,
        sex="F",
        pob="KADIKÖY",
        doi="2023-05-22",
        doe="2033-05-22",
        nat_text="T.C./TUR",
        extra={"pid": "38215607422", "auth": "İSTANBUL"},
        optional="38215607422",
    )
    pp["surname"], pp["given"] = sur, giv  # MRZ transliteration
    P.scan("scan_0001.jpg", passport_page(pp, P.sub()), dpi=300)
    pf = passport_fields(pp)
    P.doc([("scan_0001.jpg", [1])], "passport", "scan", pf, "printed ÖZTÜRK, MRZ OZTURK")
    ts = dict(
        surname=sur,
        given=giv,
        sex="F",
        nat="TURQUE",
        nat_code="TUR",
        dob=dob,
        kind="CARTE DE SÉJOUR TEMPORAIRE",
        expiry="2027-03-14",
        number="3304418275",
        remarks="VIE PRIVÉE ET FAMILIALE - AUTORISE SON TITULAIRE À TRAVAILLER",
        issued_by="PRÉFECTURE DE LA GIRONDE",
        issued_on="2026-03-15",
        address="8 ALL DES TILLEULS BAT B 33000 BORDEAUX",
    )
    ts["number"] = "330441827"
    front, back = titre_sejour(ts, P.sub())
    P.photo("IMG_4471.jpg", front, fill=0.55)
    P.photo("IMG_4472.jpg", back, rot=180, fill=0.55)
    P.doc(
        [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
        "residence_permit",
        "phone_photo",
        titre_fields(ts),
        "titre de séjour front and back; back photo upside down",
    )
    b = dict(
        office="Kadıköy",
        dob_print="03.09.1996",
        pob="KADIKÖY / İSTANBUL",
        surname_print="ÖZTÜRK",
        given_print="ZEYNEP AYŞE",
        tckn="38215607422",
        father="MEHMET ÖZTÜRK",
        mother="FATMA ÖZTÜRK",
        register="34-112-0458 / 27 / 61",
        issued="2026-01-12",
        verif="NVİ-7F3Q-2K8M",
    )
    P.image_pdf("dogum_kayit_ornegi_formul_A.pdf", birth_pdf("tr", b, P.sub(), None))
    P.doc(
        [("dogum_kayit_ornegi_formul_A.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        dict(
            surname="ÖZTÜRK",
            given_names="ZEYNEP AYŞE",
            date_of_birth=dob,
            place_of_birth="KADIKÖY / İSTANBUL",
            issuing_country="TUR",
            language="tr",
            has_apostille=False,
        ),
        "CIEC Convention 16 multilingual extract (Formül A): exempt from legalisation and "
        "apostille between contracting states (France and Türkiye)",
    )
    L = dict(
        landlord="SCI LES TILLEULS, représentée par M. Bernard Lacoste",
        landlord_addr="17 cours de l'Intendance, 33000 Bordeaux",
        tenants_print=["Julien MARCHAND-ROUX", "Zeynep Ayşe ÖZTÜRK"],
        address="8 allée des Tilleuls, bâtiment B, 2e étage, 33000 Bordeaux",
        surface="54",
        rooms="2",
        start="2025-10-01",
        rent=780.0,
        charges=65.0,
        city="Bordeaux",
        signed="2025-09-19",
    )
    P.image_pdf("bail_2025.pdf", lease_pdf(L, P.sub()))
    P.doc(
        [("bail_2025.pdf", [1, 2])],
        "lease",
        "image_pdf",
        lease_fields(L),
        "bail loi 1989, two tenants (partner and applicant)",
    )
    iban, key = fr_iban("40618", "80231", "00040596741")
    r = dict(
        bank_name="BoursoBank",
        holder_print="MME ZEYNEP AYSE OZTURK",
        addr_lines=[],
        agency=["BoursoBank, 44 rue Traversière, 92100 Boulogne-Billancourt"],
        bank="40618",
        branch="80231",
        account="00040596741",
        key=key,
        iban=iban,
        bic="BOUSFRPPXXX",
    )
    P.screenshot("Screenshot_20261105-143012.png", screenshot_rib(r, P.sub()))
    rf = rib_fields(r)
    rf["holder_name"] = "ZEYNEP AYSE OZTURK"
    P.doc(
        [("Screenshot_20261105-143012.png", [1])],
        "rib",
        "screenshot",
        rf,
        "BoursoBank app 'Mon RIB' screen",
    )
    req = dict(ALL_OK, employment="not_applicable")
    P.truth(as_of, False, req, None, {"surname": sur, "given_names": giv, "date_of_birth": dob})


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    register_fonts()
    from packets_b import p03
    from packets_c import p04

    for fn in (p01, p02, p03, p04):
        fn(out)
    (out / "manifest.json").write_text(
        json.dumps({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
