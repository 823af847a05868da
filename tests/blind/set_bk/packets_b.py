"""Packets p03 (Mexico, hosted) and p04 (India, expired passport)."""

from __future__ import annotations

from pathlib import Path

from common import fr_iban
from docs_bank import rib_fields, rib_pdf
from docs_birth import birth_pdf, translation_pdf
from docs_form import form_fields, form_pdf
from docs_fr import (
    attestation_fields,
    attestation_pdf,
    bill_fields,
    bill_pdf,
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
from generate import ALL_OK


def p03(out: Path):
    P = Packet(out, "p03", 303)
    as_of = "2026-11-26"
    sur, giv, dob = "HERNANDEZ GARCIA", "LUIS FERNANDO", "1991-12-08"
    f = dict(
        surname="HERNÁNDEZ GARCÍA",
        usage="",
        given="LUIS FERNANDO",
        sex="M",
        dob=dob,
        pob="GUADALAJARA, MEXIQUE",
        nat="MEXICAINE",
        address="5 RUE JEAN JAURÈS",
        cp="93100",
        city="MONTREUIL",
        phone="07 81 44 20 19",
        email="lf.hdz91@gmail.com",
        situation="salarie",
        contract="CDD",
        job="CHEF DE PARTIE",
        place="Montreuil",
        date_text="18/11/2026",
        signed=True,
        signed_on="2026-11-18",
        hand_font="hand3",
    )
    pdf = form_pdf(f, P.sub(), 1, "hand")
    P.photo("IMG_20261118_101522.jpg", pdf, page=0, fill=0.86)
    P.photo("IMG_20261118_101547.jpg", pdf, page=1, rot=270, fill=0.86)
    P.doc(
        [("IMG_20261118_101522.jpg", [1]), ("IMG_20261118_101547.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(f),
        "filled by hand in capitals; page 2 photo rotated 270 degrees",
    )
    pp = dict(
        country="MEX",
        surname=sur,
        given=giv,
        surname_print="HERNANDEZ GARCIA",
        given_print="LUIS FERNANDO",
        number="G41827305",
        dob=dob,
        sex="M",
        pob="JALISCO",
        doi="2024-03-11",
        doe="2034-03-11",
        nat_text="MEXICANA",
        extra={"curp": "HEGL911208HJCRRS04", "auth": "SRE GUADALAJARA"},
    )
    v = dict(
        mrz_number="041182736",
        surname=sur,
        given=giv,
        nat="MEX",
        dob=dob,
        sex="M",
        vtype="D",
        valid_from="2026-05-04",
        valid_until="2027-05-03",
        duration="365",
        issued_in="MEXICO",
        issued_on="2026-04-21",
        passport_no="G41827305",
        category="TRAVAILLEUR TEMPORAIRE",
        remarks=[
            "VLS-TS TRAVAILLEUR TEMPORAIRE",
            "VISA DE LONG SEJOUR VALANT",
            "TITRE DE SEJOUR - CDD 12 MOIS",
        ],
    )
    v["number"] = v["mrz_number"]
    from common import image_pdf

    pages = [passport_page(pp, P.sub(), dpi=200), visa_page(v, P.sub(), dpi=200)]
    from emit import card_on_white

    pages = [card_on_white(p, P.sub(), 0.3) for p in pages]
    P._write("pasaporte_y_visa.pdf", image_pdf(pages, P.sub(), dpi=200))
    P.doc(
        [("pasaporte_y_visa.pdf", [1])],
        "passport",
        "image_pdf",
        passport_fields(pp),
        "Mexican passport data page, page 1 of a scanner PDF",
    )
    P.doc(
        [("pasaporte_y_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        visa_fields(v),
        "VLS-TS travailleur temporaire sticker, page 2 of the same PDF",
    )
    b = dict(
        ident="14039001202100785",
        curp="HEGL911208HJCRRS04",
        entidad="JALISCO",
        municipio="GUADALAJARA",
        oficialia="0003",
        reg_date="20/01/1992",
        libro="0004",
        acta="00785",
        given="LUIS FERNANDO",
        ap1="HERNÁNDEZ",
        ap2="GARCÍA",
        sexo="HOMBRE",
        dob_print="08/12/1991",
        pob="GUADALAJARA, JALISCO",
        padre=("JOSÉ LUIS HERNÁNDEZ RAMOS", "29"),
        madre=("MARÍA ELENA GARCÍA OROZCO", "27"),
        issued_print="09 de febrero de 2026",
        oficial="LIC. ROSA ISELA MÉNDEZ TORRES",
    )
    ap = dict(
        title="APOSTILLE",
        subtitle=["GOBIERNO DEL ESTADO DE JALISCO", "SECRETARÍA GENERAL DE GOBIERNO"],
        l_country="País / Country",
        country_print="MÉXICO",
        country_code="MEX",
        l_intro="El presente documento público / This public document",
        l2="ha sido firmado por",
        l3="quien actúa en calidad de",
        l4="y está revestido del sello de",
        l_cert="Certificado / Certified",
        l5="en",
        l6="el día",
        l7="por",
        l8="bajo el número",
        l9="Sello/timbre:",
        l10="Firma:",
        signed_by_doc="ROSA ISELA MÉNDEZ TORRES",
        capacity="DIRECTORA DEL REGISTRO CIVIL",
        seal_of="DIRECCIÓN DEL REGISTRO CIVIL DE JALISCO",
        place="GUADALAJARA",
        date_print="16/02/2026",
        date="2026-02-16",
        authority="DIRECCIÓN DE CERTIFICACIONES, SECRETARÍA GENERAL DE GOBIERNO",
        number="JAL-2026-014732",
        seal_text="",
        stamp_ring="GOBIERNO DEL ESTADO DE JALISCO ",
        stamp_mid="APOSTILLE",
        officer="MTRO. ARTURO VILLASEÑOR",
        font="lib",
    )
    P.image_pdf("acta_nacimiento_apostillada.pdf", birth_pdf("mx", b, P.sub(), ap))
    P.doc(
        [("acta_nacimiento_apostillada.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        dict(
            surname="HERNÁNDEZ GARCÍA",
            given_names="LUIS FERNANDO",
            date_of_birth=dob,
            place_of_birth="GUADALAJARA, JALISCO",
            issuing_country="MEX",
            language="es",
            has_apostille=True,
        ),
        "acta de nacimiento (national format, 2026 print), apostilled by the State of Jalisco",
    )
    P.doc(
        [("acta_nacimiento_apostillada.pdf", [2])],
        "apostille",
        "image_pdf",
        apostille_fields(ap),
        "Jalisco apostille, Spanish/English labels",
    )
    t = dict(
        translator="Mariana Duval-Ortega",
        court="Paris",
        city="Paris",
        no="T26-0311",
        translator_addr="41 rue de Turbigo, 75003 Paris",
        from_lang="espagnol",
        date="2026-03-20",
        hand_note="Vu, bon pour traduction conforme",
        lines=[
            "#ÉTATS-UNIS DU MEXIQUE",
            "#ACTE DE NAISSANCE",
            "Identifiant électronique : 14039001202100785 — CURP HEGL911208HJCRRS04",
            "Prénom(s) : LUIS FERNANDO",
            "Premier nom : HERNÁNDEZ",
            "Second nom : GARCÍA",
            "Sexe : masculin",
            "Date de naissance : 08/12/1991",
            "Lieu de naissance : Guadalajara, Jalisco",
            "Père : José Luis HERNÁNDEZ RAMOS — Mère : María Elena GARCÍA OROZCO",
            "Mentions marginales : néant.",
            "Apostille n° JAL-2026-014732 du 16/02/2026, État de Jalisco.",
        ],
    )
    P.photo("traduccion_jurada.jpg", translation_pdf(t, P.sub()), fill=0.84)
    P.doc(
        [("traduccion_jurada.jpg", [1])],
        "translation",
        "phone_photo",
        {},
        "sworn French translation of the acta and apostille",
    )
    host = "Karim BENSALAH"
    a = dict(
        host_print=host,
        host_dob="1985-06-30",
        host_pob="Sétif (Algérie)",
        addr1="5 rue Jean Jaurès",
        addr2="93100 Montreuil",
        hosted_print="Luis Fernando HERNÁNDEZ GARCÍA",
        hosted_dob=dob,
        hosted_pob="Guadalajara (Mexique)",
        since="2026-05-10",
        city="Montreuil",
        signed_on="2026-11-16",
        font="hand3",
    )
    P.scan("attestation_hebergement.jpg", attestation_pdf(a, P.sub()), dpi=200)
    P.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        attestation_fields(a),
        "handwritten on squared school paper, signed",
    )
    hts = dict(
        surname="BENSALAH",
        given="KARIM",
        sex="M",
        nat="ALGÉRIENNE",
        nat_code="DZA",
        dob="1985-06-30",
        kind="CERTIFICAT DE RÉSIDENCE ALGÉRIEN 10 ANS",
        expiry="2031-09-21",
        number="930227614",
        remarks="RÉSIDENT - TOUTES PROFESSIONS",
        issued_by="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        issued_on="2021-09-22",
        address="5 RUE JEAN JAURES 93100 MONTREUIL",
    )
    fr, bk = titre_sejour(hts, P.sub())
    P.card_scan("titre_sejour_Karim.jpg", [fr, bk])
    P.doc(
        [("titre_sejour_Karim.jpg", [1])],
        "residence_permit",
        "scan",
        titre_fields(hts),
        "the HOST's residence card (front and back on one scan), not the applicant's",
    )
    for i, (mo, last, issue, amt) in enumerate(
        [
            ("08", "31", "2026-09-02", 29.99),
            ("09", "30", "2026-10-02", 31.49),
            ("10", "31", "2026-11-02", 29.99),
        ]
    ):
        bl = dict(
            provider="Free",
            service="internet",
            holder_print="M. KARIM BENSALAH",
            addr_lines=["5 RUE JEAN JAURES", "93100 MONTREUIL"],
            issue=issue,
            start=f"2026-{mo}-01",
            end=f"2026-{mo}-{last}",
            amount=amt,
            due=issue[:8] + "05",
            invoice=f"FA{mo}26-{77142 + i}",
            client_ref="fbx41822730",
            line="01 48 57 22 19",
            forfait=29.99,
            extra=round(amt - 29.99, 2),
        )
        fn = f"facture_free_{['aout', 'septembre', 'octobre'][i]}.pdf"
        P.text_pdf(fn, bill_pdf("free", bl, P.sub()))
        fields = bill_fields(bl)
        fields["holder_name"] = "KARIM BENSALAH"
        P.doc([(fn, [1])], "utility_bill", "text_pdf", fields, "Freebox bill in the host's name")
    iban, key = fr_iban("20041", "00001", "2245781D020")
    r = dict(
        style="lbp",
        bank_name="LA BANQUE POSTALE",
        holder_print="M LUIS FERNANDO HERNANDEZ GARCIA",
        addr_lines=["CHEZ M. BENSALAH KARIM", "5 RUE JEAN JAURES", "93100 MONTREUIL"],
        agency=["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS", "75900 PARIS CEDEX 15"],
        bank="20041",
        branch="00001",
        account="2245781D020",
        key=key,
        iban=iban,
        bic="PSSTFRPPPAR",
        dup=True,
    )
    P.scan("RIB_banque_postale.jpg", rib_pdf(r, P.sub()), dpi=150)
    rf = rib_fields(r)
    rf["holder_name"] = "LUIS FERNANDO HERNANDEZ GARCIA"
    P.doc(
        [("RIB_banque_postale.jpg", [1])],
        "rib",
        "scan",
        rf,
        "La Banque Postale RIB, account number with a letter, scanned at 150 dpi",
    )
    ps = dict(
        employer="LA TABLE DE BELLEVILLE SARL",
        employer_lines=["112 rue de Belleville", "75020 Paris"],
        siret="790 318 442 00019",
        naf="5610A",
        employee_print="HERNANDEZ GARCIA LUIS FERNANDO",
        addr_lines=["chez M. BENSALAH", "5 rue Jean Jaurès", "93100 Montreuil"],
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-11-03",
        job="Chef de partie",
        statut="Employé — niveau III échelon 1",
        hired="2026-05-18",
        ccn="HCR (IDCC 1979)",
        matricule="HG-0032",
        gross=2310.00,
        hours=151.67,
        net_before="1 806,42",
        pas="0,0 %",
        pas_amount="0,00",
        net_pay="1 806,42",
        total_employer="2 941,05",
        allegement="212,37",
        cp=("12,50", "0,00", "12,50"),
        fonts=("robcond", "robcond-b"),
    )
    P.text_pdf("bulletin_paie_10_2026.pdf", payslip_pdf(ps, P.sub()))
    pf = payslip_fields(ps)
    P.doc(
        [("bulletin_paie_10_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        pf,
        "payslip, surname-first order as printed by the payroll software",
    )
    P.truth(
        as_of, True, dict(ALL_OK), None, {"surname": sur, "given_names": giv, "date_of_birth": dob}
    )
