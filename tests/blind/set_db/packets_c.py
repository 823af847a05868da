"""Packet p02 (India, passeport talent - salarié, lease, CDI and payslip)."""

from __future__ import annotations

import docs_civil as C
import docs_form as F
import docs_id as D
import docs_money as M
from checks import fr_iban
from pack import Packet
from texts import CDI_P02, LEASE_P02

# =============================================================================================
# p02 - India, VLS-TS passeport talent - salarié, lease 6 months old, CDI + payslip, in order
# =============================================================================================


def p02(out):
    k = Packet(out, "p02", 4302, "2026-11-20", employed=True)
    me = dict(
        surname="NAIR",
        given="ARJUN GOPALAKRISHNAN",
        surname_print="NAIR",
        given_print="ARJUN GOPALAKRISHNAN",
        dob="1993-01-27",
        sex="M",
        pob_print="KOCHI, KERALA",
        nat="IND",
        birth_name="ARJUN GOPALAKRISHNAN NAIR",
    )
    k.applicant(me["surname"], me["given"], me["dob"])
    addr = "14 rue des Pyrénées, Appt 32, 75020 Paris"

    form = F.application_form(
        dict(
            surname="NAIR",
            given="Arjun Gopalakrishnan",
            dob=me["dob"],
            pob="Kochi (Inde)",
            nat="Indienne",
            addr1="14 rue des Pyrénées, Appt 32",
            zip="75020",
            city="Paris",
            phone="arjun.g.nair@gmail.com",
            status="employed",
            job="Ingénieur data senior",
            contract="CDI",
            place="Paris",
            date="2026-11-09",
        ),
        k.rng,
        hand=None,
    )
    k.text_pdf(
        "formulaire_S1106_rempli.pdf",
        [form],
        "S1106 - Demande d'ouverture des droits",
        "Assurance Maladie",
    )
    k.doc(
        "application_form",
        "text_pdf",
        [("formulaire_S1106_rempli.pdf", [1])],
        dict(
            surname="NAIR",
            given_names="Arjun Gopalakrishnan",
            date_of_birth=me["dob"],
            employment_status="employed",
            signed=True,
            signed_on="2026-11-09",
            nir=None,
        ),
        "typed into the PDF, signature drawn on screen",
    )

    pp = dict(
        country="IND",
        number="V4826193",
        issued="2022-08-11",
        expiry="2032-08-10",
        nat_word="INDIAN",
        l_type="Type",
        l_code="Country Code",
        l_no="Passport No.",
        l_sur="Surname",
        l_given="Given Name(s)",
        l_nat="Nationality",
        l_sex="Sex",
        l_dob="Date of Birth",
        l_pob="Place of Birth",
        l_issue="Date of Issue",
        l_exp="Date of Expiry",
        extra_rows=[[("Place of Issue", "COCHIN", 0)]],
        skin=(140, 95, 70),
    )
    pg, _ = D.passport(me, pp, k.rng)
    visa = dict(
        number="024781356",
        until="2027-04-19",
        days="365",
        post="NEW DELHI",
        issued="2026-04-02",
        passport=pp["number"],
        skin=(140, 95, 70),
        remarks=["VLS-TS PASSEPORT TALENT - SALARIE", "AUTORISE A TRAVAILLER"],
    )
    visa["from"] = "2026-04-20"
    vg, _ = D.visa_sticker(me, visa, k.rng)
    k.image_pdf("passeport_visa.pdf", [[(pg, 40, 30)], [(vg, 40, 30)]], dpi=240)
    k.doc(
        "passport",
        "image_pdf",
        [("passeport_visa.pdf", [1])],
        k.id_fields(me, pp["number"], "IND", "IND", pp["expiry"]),
        "page 1 of a 2-page scan",
    )
    f = k.id_fields(me, visa["number"], "FRA", "IND", visa["until"])
    f.update(
        visa_type="D",
        vls_ts=True,
        category="passeport talent - salarié",
        valid_from=visa["from"],
        valid_until=visa["until"],
    )
    k.doc(
        "long_stay_visa", "image_pdf", [("passeport_visa.pdf", [2])], f, "page 2: visa sticker page"
    )

    b = dict(
        body="KOCHI MUNICIPAL CORPORATION",
        area="KOCHI MUNICIPAL CORPORATION",
        taluk="KANAYANNUR",
        district="ERNAKULAM",
        sex_word="MALE",
        place="LOURDES HOSPITAL, PACHALAM, ERNAKULAM",
        mother="LATHA NAIR",
        father="GOPALAKRISHNAN NAIR K",
        address="KRISHNA KRIPA, TD ROAD, ERNAKULAM 682035",
        reg_no="B-1993/04127",
        reg="1993-02-04",
        issued="2025-10-14",
        registrar="DR. S. ANIL KUMAR",
    )
    bc = C.ind_birth(me, b, k.rng)
    k.scan_jpg("scan_0003.jpg", bc, dpi=200)
    k.doc(
        "birth_certificate",
        "scan",
        [("scan_0003.jpg", [1])],
        dict(
            surname="NAIR",
            given_names="ARJUN GOPALAKRISHNAN",
            date_of_birth=me["dob"],
            place_of_birth="Ernakulam (Kochi)",
            issuing_country="IND",
            language="en",
            has_apostille=True,
        ),
        "Form No. 5 (RBD Act 1969), English; apostille on the back (scan_0004.jpg)",
    )
    ap = dict(
        items=[
            ("Country:", "INDIA"),
            ("This public document has been signed by", "Dr. S. Anil Kumar"),
            ("acting in the capacity of", "Registrar of Births & Deaths"),
            ("bears the seal/stamp of", "Kochi Municipal Corporation"),
            ("at", "New Delhi"),
            ("the", "21/11/2025"),
            ("by", "Ministry of External Affairs, Govt. of India"),
            ("No.", "KL1125/AP/0087431"),
            ("Seal/stamp:", ""),
            ("Signature:", ""),
        ],
        stamp_top="MINISTRY OF EXTERNAL AFFAIRS",
        stamp_bottom="NEW DELHI",
        signer_title="Section Officer (Consular)",
        color=(120, 40, 40),
        footer="Verify this apostille at the MEA e-Sanad portal.",
    )
    apg = C.apostille(ap, k.rng, size=(110, 140), bg=(250, 238, 228))
    k.scan_jpg("scan_0004.jpg", [(apg, 50, 70)], dpi=200)
    k.doc(
        "apostille",
        "scan",
        [("scan_0004.jpg", [1])],
        dict(
            country="India",
            issued_on="2025-11-21",
            number="KL1125/AP/0087431",
            signed_by="Dr. S. Anil Kumar",
        ),
        "MEA sticker on the back of the birth certificate",
    )

    lease_pages = M.long_text(
        LEASE_P02,
        k.rng,
        font="dserif",
        bold="dserifb",
        size=8.8,
        footer="Bail - 14 rue des Pyrénées - page {n}/{total} - Signé électroniquement via Yousign",
        sign_blocks=[
            (20, ["Le bailleur", "Odile LEFEBVRE", "signé le 05/05/2026"], True),
            (115, ["Le locataire", "Arjun Gopalakrishnan NAIR", "signé le 06/05/2026"], True),
        ],
    )
    k.text_pdf("Bail_14_rue_des_Pyrenees_signe.pdf", lease_pages, "Bail d'habitation", "Yousign")
    k.doc(
        "lease",
        "text_pdf",
        [("Bail_14_rue_des_Pyrenees_signe.pdf", [1, 2, 3])],
        dict(
            tenant_names=["Arjun Gopalakrishnan NAIR"],
            landlord="Odile LEFEBVRE",
            address=addr,
            start_date="2026-05-15",
        ),
        "unfurnished lease (loi 1989), e-signed; 6 months old",
    )

    ct = M.long_text(
        CDI_P02,
        k.rng,
        font="carlito",
        bold="carlitob",
        size=10,
        footer="Quantalys Systems SAS - contrat de travail - {n}/{total}",
        sign_blocks=[
            (20, ["Pour la société", "Claire VASSEUR, DRH", "Fait à Paris, le 28/04/2026"], True),
            (115, ["Le salarié", "« Lu et approuvé »", "Arjun Gopalakrishnan NAIR"], True),
        ],
    )
    k.text_pdf("Contrat_CDI_Quantalys_NAIR.pdf", ct, "Contrat de travail", "Quantalys Systems")
    k.doc(
        "employment_contract",
        "text_pdf",
        [("Contrat_CDI_Quantalys_NAIR.pdf", [1, 2])],
        dict(
            employer="Quantalys Systems SAS",
            employee_name="Arjun Gopalakrishnan NAIR",
            contract_type="CDI",
            job_title="Ingénieur data senior",
            start_date="2026-05-04",
        ),
        "",
    )

    s = dict(
        employer_lines=[
            "QUANTALYS SYSTEMS SAS",
            "52 rue de la Victoire, 75009 Paris",
            "SIRET 852 364 917 00028 - APE 6202A",
            "URSSAF Île-de-France n° 117 000 0004521983",
        ],
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        employee_lines=[
            "M. NAIR Arjun Gopalakrishnan",
            "14 rue des Pyrénées, Appt 32",
            "75020 Paris",
        ],
        job="Ingénieur data senior",
        status="Cadre - position 2.3 coef. 150",
        entry="2026-05-04",
        ccn="Syntec (IDCC 1486)",
        gross=5666.67,
        pas=0.094,
    )
    ps = M.payslip(s, k.rng)
    k.photo_jpg("IMG_4471.jpg", ps, rot=90, dpi=170)
    k.doc(
        "payslip",
        "phone_photo",
        [("IMG_4471.jpg", [1])],
        dict(
            employer="QUANTALYS SYSTEMS SAS",
            employee_name="NAIR Arjun Gopalakrishnan",
            period="2026-10",
            net_pay=s["net_pay"],
            siret="85236491700028",
        ),
        "net_pay = 'NET PAYÉ' (after tax withheld at source); photo rotated 90°",
    )

    iban = fr_iban("30002", "00467", "0000452871K")
    rib = dict(
        iban=iban,
        bic="CRLYFRPP",
        holder_lines=["M ARJUN GOPALAKRISHNAN NAIR", "14 RUE DES PYRENEES APPT 32", "75020 PARIS"],
        branch_lines=["LCL PARIS GAMBETTA", "4 PLACE GAMBETTA", "75020 PARIS"],
    )
    rp = M.rib_page(rib, k.rng, "lcl")
    k.image_pdf("RIB.pdf", [[(rp, 0, 0)]])
    k.doc(
        "rib",
        "image_pdf",
        [("RIB.pdf", [1])],
        dict(
            holder_name="ARJUN GOPALAKRISHNAN NAIR",
            iban=iban,
            bic="CRLYFRPP",
            bank_name="LCL",
            iban_valid=True,
            rib_key_valid=True,
        ),
        "LCL RIB printed twice on the sheet (tear-off)",
    )
    return k.finish(None, {})
