"""Packet p04 (India, one defect: expired passport)."""

from __future__ import annotations

from pathlib import Path

from common import fr_iban
from docs_bank import rib_fields, rib_pdf
from docs_birth import birth_pdf
from docs_form import form_fields, form_pdf
from docs_fr import (
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
)
from emit import Packet
from generate import ALL_OK, HAGUE_EN


def p04(out: Path):
    P = Packet(out, "p04", 404)
    as_of = "2026-11-30"
    sur, giv, dob = "NAIR", "ANJALI", "1994-02-21"
    f = dict(
        surname="NAIR",
        usage="",
        given="Anjali",
        sex="F",
        dob=dob,
        pob="Kochi, Inde",
        nat="indienne",
        address="63 boulevard Vivier-Merle",
        cp="69003",
        city="Lyon",
        phone="06 09 31 58 27",
        email="anjali.nair.in@gmail.com",
        situation="salarie",
        contract="CDI",
        job="Data analyst",
        place="Lyon",
        date_text="24/11/2026",
        signed=True,
        signed_on="2026-11-24",
        hand_date=True,
        hand_font="hand4",
        ink=(0.05, 0.05, 0.08),
    )
    pdf = form_pdf(f, P.sub(), 2, "typed")
    P.scan("scan_0012.jpg", pdf, dpi=200, page=0)
    P.scan("scan_0013.jpg", pdf, dpi=200, page=1)
    P.doc(
        [("scan_0012.jpg", [1]), ("scan_0013.jpg", [1])],
        "application_form",
        "scan",
        form_fields(f),
        "typed, printed, dated and signed by hand in black ink",
    )
    pp = dict(
        country="IND",
        surname=sur,
        given=giv,
        surname_print="NAIR",
        given_print="ANJALI",
        number="P4069213",
        dob=dob,
        sex="F",
        pob="KOCHI, KERALA",
        doi="2016-10-04",
        doe="2026-10-03",
        nat_text="INDIAN",
        extra={"poi": "COCHIN"},
    )
    P.photo("IMG_2024.jpg", passport_page(pp, P.sub()), rot=180, fill=0.6)
    P.doc(
        [("IMG_2024.jpg", [1])],
        "passport",
        "phone_photo",
        passport_fields(pp),
        "DEFECT: expired 2026-10-03, before as_of 2026-11-30; photo upside down",
    )
    ts = dict(
        surname=sur,
        given=giv,
        sex="F",
        nat="INDIENNE",
        nat_code="IND",
        dob=dob,
        kind="CARTE DE SÉJOUR PLURIANNUELLE",
        expiry="2029-01-14",
        number="691038452",
        remarks="SALARIÉ",
        issued_by="PRÉFECTURE DU RHÔNE",
        issued_on="2025-01-15",
        address="63 BD VIVIER MERLE 69003 LYON",
    )
    fr, bk = titre_sejour(ts, P.sub())
    P.scan("titre_sejour_recto.jpg", fr, dpi=400)
    P.scan("titre_sejour_verso.jpg", bk, dpi=400)
    P.doc(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "scan",
        titre_fields(ts),
        "multi-year residence card, salarié",
    )
    b = dict(
        govt="GOVERNMENT OF KERALA",
        dept="DEPARTMENT OF ECONOMICS AND STATISTICS",
        local_body="KOCHI MUNICIPAL CORPORATION",
        district="ERNAKULAM DISTRICT",
        name_print="ANJALI NAIR",
        sex_print="FEMALE",
        dob_print="21-02-1994",
        pob="GENERAL HOSPITAL, ERNAKULAM, KOCHI",
        mother="LATHA NAIR",
        father="SURESH KUMAR NAIR",
        addr="14/223, MG ROAD, ERNAKULAM, KOCHI - 682011",
        reg_no="B-1994-0412/883",
        reg_date="02-03-1994",
        issue_print="07-08-2025",
        registrar="REGISTRAR OF BIRTHS & DEATHS",
        seal_city="KOCHI",
    )
    ap = dict(
        HAGUE_EN,
        subtitle=["MINISTRY OF EXTERNAL AFFAIRS", "GOVERNMENT OF INDIA"],
        country_print="INDIA",
        country_code="IND",
        signed_by_doc="ANIL K. MENON",
        capacity="Under Secretary, Home Department",
        seal_of="Government of Kerala",
        place="NEW DELHI",
        date_print="22/08/2025",
        date="2025-08-22",
        authority="MINISTRY OF EXTERNAL AFFAIRS (CPV DIVISION)",
        number="KL/2025/381920",
        seal_text="",
        stamp_ring="MINISTRY OF EXTERNAL AFFAIRS GOVT OF INDIA ",
        stamp_mid="APOSTILLE",
        officer="R. SRINIVASAN, Section Officer",
        font="libserif",
    )
    bpdf = birth_pdf("in", b, P.sub(), ap)
    P.scan("birth_certificate.jpg", bpdf, dpi=200, page=0)
    P.photo("apostille_MEA.jpg", bpdf, page=1, rot=90, fill=0.8)
    P.doc(
        [("birth_certificate.jpg", [1])],
        "birth_certificate",
        "scan",
        dict(
            surname="NAIR",
            given_names="ANJALI",
            date_of_birth=dob,
            place_of_birth="GENERAL HOSPITAL, ERNAKULAM, KOCHI",
            issuing_country="IND",
            language="en",
            has_apostille=True,
        ),
        "Kerala Form No. 5, English; name printed 'ANJALI NAIR' in one line",
    )
    P.doc(
        [("apostille_MEA.jpg", [1])],
        "apostille",
        "phone_photo",
        apostille_fields(ap),
        "MEA apostille, photographed, rotated 90 degrees",
    )
    L = dict(
        landlord="Mme Odile FAVRE-PERRIN",
        landlord_addr="9 rue Vendôme, 69006 Lyon",
        tenants_print=["Anjali NAIR"],
        address="63 boulevard Vivier-Merle, appartement 51, 69003 Lyon",
        surface="31",
        rooms="1",
        start="2025-03-01",
        rent=690.0,
        charges=55.0,
        city="Lyon",
        signed="2025-02-20",
    )
    P.text_pdf("bail_signe.pdf", lease_pdf(L, P.sub()))
    P.doc(
        [("bail_signe.pdf", [1, 2])],
        "lease",
        "text_pdf",
        lease_fields(L),
        "lease in the applicant's name alone, started 2025-03-01",
    )
    iban, key = fr_iban("30003", "01984", "00050417262")
    r = dict(
        style="sg",
        bank_name="SOCIETE GENERALE",
        holder_print="MLLE NAIR ANJALI",
        addr_lines=["63 BD VIVIER MERLE", "APT 51", "69003 LYON"],
        agency=["LYON PART DIEU", "19 RUE DE LA VILLETTE", "69003 LYON"],
        bank="30003",
        branch="01984",
        account="00050417262",
        key=key,
        iban=iban,
        bic="SOGEFRPP",
    )
    P.image_pdf("rib_sg.pdf", rib_pdf(r, P.sub()))
    rf = rib_fields(r)
    rf["holder_name"] = "NAIR ANJALI"
    P.doc([("rib_sg.pdf", [1])], "rib", "image_pdf", rf, "Société Générale RIB, surname first")
    k = dict(
        employer="ORBITAL RETAIL DATA SAS",
        employer_form="SAS au capital de 40 000 €",
        employer_addr="10 rue du Lac, 69003 Lyon",
        rcs="901 227 408 RCS Lyon",
        rep="M. Thomas Girard",
        rep_q="Directeur général",
        employee_print="Anjali NAIR",
        dob=dob,
        pob="Kochi (Inde)",
        nat="indienne",
        addr="63 boulevard Vivier-Merle, 69003 Lyon",
        start="2025-01-20",
        ccn="Syntec (IDCC 1486)",
        job="Data analyst",
        statut="cadre",
        coef="115",
        essai="trois mois",
        salary="44 000",
        place="Lyon (69003)",
        city="Lyon",
        signed="2024-11-29",
        fonts=("lato", "lato-b"),
    )
    P.text_pdf("Contrat_CDI_Anjali_NAIR.pdf", cdi_pdf(k, P.sub()))
    P.doc(
        [("Contrat_CDI_Anjali_NAIR.pdf", [1])],
        "employment_contract",
        "text_pdf",
        cdi_fields(k),
        "CDI",
    )
    ps = dict(
        employer="ORBITAL RETAIL DATA SAS",
        employer_lines=["10 rue du Lac", "69003 Lyon"],
        siret="901 227 408 00013",
        naf="6311Z",
        employee_print="Mme Anjali NAIR",
        addr_lines=["63 bd Vivier-Merle, apt 51", "69003 Lyon"],
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        job="Data analyst",
        statut="Cadre",
        hired="2025-01-20",
        ccn="Syntec (IDCC 1486)",
        matricule="0211",
        gross=3666.67,
        hours=151.67,
        net_before="2 861,02",
        pas="5,2 %",
        pas_amount="-148,77",
        net_pay="2 712,25",
        total_employer="5 103,90",
        allegement="0,00",
        cp=("22,50", "5,00", "17,50"),
        fonts=("lato", "lato-b"),
    )
    P.image_pdf("bulletin_octobre.pdf", payslip_pdf(ps, P.sub()))
    pf = payslip_fields(ps)
    pf["employee_name"] = "Anjali NAIR"
    P.doc([("bulletin_octobre.pdf", [1])], "payslip", "image_pdf", pf, "payslip October 2026")
    req = dict(ALL_OK, identity="invalid")
    P.truth(
        as_of,
        True,
        req,
        "passport expired on 2026-10-03 (before as_of 2026-11-30): identity invalid",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )
