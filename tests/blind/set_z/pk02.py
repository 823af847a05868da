"""Packet 02 of set_z: Indian applicant hosted by a cousin."""

from __future__ import annotations

from functools import partial

import codes
import docs_fr as fr
import docs_id as di
from common import NA, OK, form_fields, id_fields
from render import on_a4

# ================================================================= p02: India, hosted by a cousin

A2 = {"surname": "IYER", "given_names": "ARJUN VENKATESH", "date_of_birth": "1991-11-04"}
HOST_ADDR = ["27 avenue Jean Jaurès, Bât. B", "92130 ISSY-LES-MOULINEAUX"]
PASS2 = dict(
    book_title="REPUBLIC OF INDIA",
    header="भारत गणराज्य  REPUBLIC OF INDIA  PASSPORT",
    l_code="Country Code",
    l_num="Passport No.",
    l_sur="Surname",
    l_giv="Given Name(s)",
    l_nat="Nationality",
    l_dob="Date of Birth",
    l_sex="Sex",
    l_pob="Place of Birth",
    l_iss="Date of Issue",
    l_exp="Date of Expiry",
    issuing="IND",
    number="V4182736",
    surname="IYER",
    given_names="ARJUN VENKATESH",
    nat_text="INDIAN",
    dob_text="04/11/1991",
    sex="M",
    pob="COIMBATORE, TAMIL NADU",
    issued_text="14/02/2023",
    exp_text="13/02/2033",
    skin=(140, 100, 70),
    mrz=codes.td3(
        "P", "IND", "IYER", "ARJUN VENKATESH", "V4182736", "IND", "1991-11-04", "M", "2033-02-13"
    ),
)
TS2 = dict(
    title="TITRE DE SÉJOUR",
    surname="IYER",
    given_names="ARJUN VENKATESH",
    sex="M",
    nat="IND",
    dob_fr="04 11 1991",
    l_line4="Type de titre / Remarques",
    line4="CARTE DE SÉJOUR TEMPORAIRE — VISITEUR",
    number="RB8274016",
    exp_fr="19 05 2027",
    skin=(140, 100, 70),
    back_lines=[
        "Lieu de délivrance : PRÉFECTURE DES HAUTS-DE-SEINE",
        "Date de délivrance : 20 05 2026",
        "Adresse : 27 AV JEAN JAURES BAT B",
        "92130 ISSY-LES-MOULINEAUX",
        "N'AUTORISE PAS SON TITULAIRE À TRAVAILLER",
    ],
    mrz=codes.td1(
        "IR", "FRA", "IYER", "ARJUN VENKATESH", "RB8274016", "IND", "1991-11-04", "M", "2027-05-19"
    ),
)
CNI_H = dict(
    title="CARTE NATIONALE D'IDENTITÉ",
    surname="RAMASWAMY",
    given_names="KAVITHA",
    sex="F",
    nat="FRA",
    dob_fr="22 06 1987",
    l_line4="Lieu de naissance",
    line4="MADURAI (INDE)",
    number="F9TK2R7X4",
    exp_fr="07 03 2034",
    tint=(226, 214, 232),
    skin=(150, 105, 75),
    certified=True,
    back_lines=["Adresse : 27 AV JEAN JAURES BAT B", "92130 ISSY-LES-MOULINEAUX"],
    mrz=codes.td1(
        "ID", "FRA", "RAMASWAMY", "KAVITHA", "F9TK2R7X4", "FRA", "1987-06-22", "F", "2034-03-07"
    ),
)
BIRTH2 = dict(
    local_body="COIMBATORE CITY MUNICIPAL CORPORATION",
    taluk="Coimbatore North",
    district="Coimbatore",
    full_name="ARJUN VENKATESH IYER",
    sex_text="MALE",
    dob_text="04-11-1991",
    place="GOVT. HEAD QUARTERS HOSPITAL, COIMBATORE",
    mother="LALITHA IYER",
    father="VENKATESH SUBRAMANIAN IYER",
    parents_addr="14, RACE COURSE ROAD, COIMBATORE - 641018",
    reg_no="B/1991/04127",
    reg_date="09-11-1991",
    issued_text="17-03-2026",
)
APO2 = dict(
    conv="(Convention de La Haye du 5 octobre 1961)",
    country_text="INDIA",
    doc_signer="R. Selvaraj",
    doc_capacity="Registrar of Births & Deaths",
    doc_seal="Coimbatore City Municipal Corp.",
    at="New Delhi",
    on_text="02-04-2026",
    by="Ministry of External Affairs",
    number="TN-6A2026/0418877",
    stamp=["MINISTRY OF", "EXTERNAL AFFAIRS", "GOVT OF INDIA"],
    signer_short="A. K. Mehta",
)


def _bill2(month: str, issue: str, kwh: int, amount: float, n: int) -> dict:
    y, m = int(month[:4]), int(month[5:])
    last = {8: 31, 9: 30, 10: 31}[m]
    return dict(
        holder="Mme Kavitha RAMASWAMY",
        addr_lines=HOST_ADDR,
        number=f"10{n:08d}",
        issue=issue,
        client="1 074 552 318",
        amount=amount,
        due=f"{y}-{m + 1:02d}-{12:02d}" if m < 12 else issue,
        start=f"{month}-01",
        end=f"{month}-{last}",
        pdl="0914 7730 5521 86",
        abo=14.45,
        kwh=kwh,
        tva=round(amount / 6, 2),
    )


BILLS2 = [
    _bill2("2026-08", "2026-09-03", 168, 52.41, 48812703),
    _bill2("2026-09", "2026-10-02", 181, 55.37, 49260418),
    _bill2("2026-10", "2026-11-04", 236, 68.02, 49733125),
]
ATT2 = dict(
    font="hand2",
    sig="K. Ramaswamy",
    lines=[
        ">Attestation d'hébergement",
        "",
        "Je soussignée Kavitha RAMASWAMY, née le 22/06/1987",
        "à Madurai (Inde), demeurant 27 avenue Jean Jaurès,",
        "Bât. B, 92130 Issy-les-Moulineaux,",
        "atteste sur l'honneur héberger à mon domicile mon cousin",
        "Monsieur Arjun Venkatesh IYER, né le 04/11/1991",
        "à Coimbatore (Inde), depuis le 1er juin 2026.",
        "",
        "Je joins la copie de ma carte d'identité et mes trois",
        "dernières factures d'électricité.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        "Fait à Issy-les-Moulineaux, le 02/11/2026",
    ],
)
RIB2 = dict(bank="20041", branch="01005", account="05123458020", bic="PSSTFRPPPAR")
RIB2["iban"], RIB2["key"] = codes.fr_iban(RIB2["bank"], RIB2["branch"], RIB2["account"])
RIB2.update(
    holder="M ARJUN VENKATESH IYER",
    holder_addr=["CHEZ MME RAMASWAMY", "27 AV JEAN JAURES BAT B", "92130 ISSY LES MOULINEAUX"],
    agency=["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS"],
)
FORM2 = dict(
    hand="hand2",
    surname="IYER",
    given_names="Arjun Venkatesh",
    sex="M",
    dob="1991-11-04",
    pob="Coimbatore, Inde",
    nat="indienne",
    addr1="chez Mme Ramaswamy, 27 av. Jean Jaurès, Bât. B",
    cp="92130",
    city="Issy-les-Moulineaux",
    tel="06 12 87 40 53",
    mail="arjun.v.iyer@outlook.com",
    situation="sans_activite",
    place="Issy-les-Moulineaux",
    date_text="02/11/2026",
    sig_name="Arjun Iyer",
    sign_hand="hand2",
)


def _bill_pages(b: dict, rng) -> list:
    return [fr.bill_total(b)]


P02 = {
    "name": "p02",
    "as_of": "2026-11-24",
    "employed": False,
    "status": "complete",
    "requirements": {
        "application_form": OK,
        "identity": OK,
        "residence_status": OK,
        "birth_certificate": OK,
        "residence_proof": OK,
        "bank_details": OK,
        "employment": NA,
    },
    "defect": None,
    "applicant": A2,
    "docs": [
        {
            "type": "application_form",
            "look": "phone_photo",
            "files": ["IMG_20261102_201733.jpg", "IMG_20261102_201751.jpg"],
            "rot": [0, 270],
            "pages": lambda rng: fr.form_pages(FORM2, rng),
            "fields": form_fields(
                "IYER", "Arjun Venkatesh", "1991-11-04", "not_employed", "2026-11-02"
            ),
            "notes": "filled by hand; 'sans activité' ticked; page 2 photo rotated 270",
        },
        {
            "type": "passport",
            "look": "image_pdf",
            "files": ["passport_arjun.pdf"],
            "pages": lambda rng: [on_a4(di.passport_page(PASS2, rng, (236, 222, 214)), 30, 25)],
            "fields": id_fields(
                "IYER", "ARJUN VENKATESH", "V4182736", "IND", "IND", "1991-11-04", "M", "2033-02-13"
            ),
            "notes": "open passport on the scanner glass",
        },
        {
            "type": "residence_permit",
            "look": "scan",
            "files": ["titre_de_sejour_recto_verso.png"],
            "pages": lambda rng: [di.fr_card(TS2, rng)],
            "fields": id_fields(
                "IYER",
                "ARJUN VENKATESH",
                "RB8274016",
                "IND",
                "FRA",
                "1991-11-04",
                "M",
                "2027-05-19",
            ),
            "notes": "photocopy of front and back on one A4 page; carte de séjour visiteur",
        },
        {
            "type": "birth_certificate",
            "look": "scan",
            "files": ["birth_certificate.jpg"],
            "pages": lambda rng: [di.birth_india(BIRTH2, rng)],
            "fields": {
                "surname": "IYER",
                "given_names": "ARJUN VENKATESH",
                "date_of_birth": "1991-11-04",
                "place_of_birth": "Coimbatore",
                "issuing_country": "IND",
                "language": "en",
                "has_apostille": True,
            },
            "notes": "Tamil Nadu RBD Act 1969 certificate; full name printed in one line",
        },
        {
            "type": "apostille",
            "look": "scan",
            "files": ["apostille_MEA.jpg"],
            "pages": lambda rng: [di.apostille(APO2, rng)],
            "fields": {
                "country": "INDIA",
                "issued_on": "2026-04-02",
                "number": "TN-6A2026/0418877",
                "signed_by": "Ministry of External Affairs",
            },
        },
        {
            "type": "hosting_attestation",
            "look": "phone_photo",
            "files": ["attestation_hebergement.jpg"],
            "rot": 180,
            "pages": lambda rng: [fr.attestation_hand(ATT2, rng)],
            "fields": {
                "host_name": "Kavitha RAMASWAMY",
                "hosted_name": "Arjun Venkatesh IYER",
                "address": "27 avenue Jean Jaurès, Bât. B, 92130 Issy-les-Moulineaux",
                "since_date": "2026-06-01",
                "signed_on": "2026-11-02",
                "signed": True,
            },
            "notes": "handwritten on a school sheet, photo upside down",
        },
        {
            "type": "national_id",
            "look": "phone_photo",
            "files": ["cni_kavitha.jpg"],
            "rot": 270,
            "pages": lambda rng: [di.fr_card(CNI_H, rng)],
            "fields": id_fields(
                "RAMASWAMY", "KAVITHA", "F9TK2R7X4", "FRA", "FRA", "1987-06-22", "F", "2034-03-07"
            ),
            "notes": "the host's French identity card (2021 model), photocopy photographed",
        },
    ]
    + [
        {
            "type": "utility_bill",
            "look": "text_pdf",
            "files": [f"Facture_TotalEnergies_{b['issue'][:7].replace('-', '')}.pdf"],
            "title": "Facture TotalEnergies",
            "pages": partial(_bill_pages, b),
            "fields": {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "Kavitha RAMASWAMY",
                "address": "27 avenue Jean Jaurès, Bât. B, 92130 ISSY-LES-MOULINEAUX",
                "issue_date": b["issue"],
                "period_start": b["start"],
                "period_end": b["end"],
                "month": b["start"][:7],
                "amount": b["amount"],
            },
            "notes": "host's bill",
        }
        for b in BILLS2
    ]
    + [
        {
            "type": "rib",
            "look": "image_pdf",
            "files": ["RIB.pdf"],
            "pages": lambda rng: [fr.rib_lbp(RIB2)],
            "fields": fr.rib_fields(RIB2, "La Banque Postale"),
        },
    ],
}
