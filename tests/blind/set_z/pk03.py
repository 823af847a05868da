"""Packet 03 of set_z: Brazilian applicant with mobile bills and a Revolut RIB."""

from __future__ import annotations

from functools import partial

import codes
import docs_fr as fr
import docs_id as di
from common import NA, OK, form_fields, id_fields

# ================================================================= p03: Brazil, bills, Revolut

A3 = {"surname": "DOS SANTOS OLIVEIRA", "given_names": "ANA BEATRIZ", "date_of_birth": "1998-07-23"}
ADDR3 = ["8 rue des Capucins", "13001 Marseille"]
PASS3 = dict(
    book_title="REPÚBLICA FEDERATIVA DO BRASIL",
    header="REPÚBLICA FEDERATIVA DO BRASIL  PASSAPORTE / PASSPORT",
    l_code="Código do País / Country code",
    l_num="Passaporte Nº / Passport No.",
    l_sur="Sobrenome / Surname",
    l_giv="Nome / Given names",
    l_nat="Nacionalidade / Nationality",
    l_dob="Data de nascimento / Date of birth",
    l_sex="Sexo / Sex",
    l_pob="Local de nascimento / Place of birth",
    l_iss="Data de expedição / Date of issue",
    l_exp="Válido até / Date of expiry",
    issuing="BRA",
    number="GF492735",
    surname="DOS SANTOS OLIVEIRA",
    given_names="ANA BEATRIZ",
    nat_text="BRASILEIRO(A)",
    dob_text="23 JUL/JUL 1998",
    sex="F",
    pob="BELO HORIZONTE/MG",
    issued_text="16 JAN/JAN 2024",
    exp_text="15 JAN/JAN 2034",
    skin=(175, 130, 95),
    mrz=codes.td3(
        "P",
        "BRA",
        "DOS SANTOS OLIVEIRA",
        "ANA BEATRIZ",
        "GF492735",
        "BRA",
        "1998-07-23",
        "F",
        "2034-01-15",
    ),
)
VISA3 = dict(
    number="022417590",
    valid_from="2025-10-15",
    valid_until="2026-10-14",
    days=365,
    issued_at="SAO PAULO",
    issued_on="2025-09-22",
    passport="GF492735",
    surname="DOS SANTOS OLIVEIRA",
    given_names="ANA BEATRIZ",
    remark1="VLS-TS VISITEUR",
    remark2="CESEDA R.431-16 1°",
    skin=(175, 130, 95),
    mrz=codes.mrva(
        "FRA",
        "DOS SANTOS OLIVEIRA",
        "ANA BEATRIZ",
        "022417590",
        "BRA",
        "1998-07-23",
        "F",
        "2026-10-14",
    ),
)
BIRTH3 = dict(
    full_name="Ana Beatriz dos Santos Oliveira",
    matricula="0467 0501 55 1998 1 00183 217 0061542 12",
    dob="1998-07-23",
    dob_words="Vinte e três de julho de mil novecentos e noventa e oito",
    reg_city="Belo Horizonte - MG",
    place="Hospital Sofia Feldman",
    birth_city="Belo Horizonte - MG",
    sex_text="Feminino",
    parents="Carlos Eduardo de Oliveira e Márcia Regina dos Santos Oliveira",
    grandparents="José Antônio de Oliveira, Lúcia Helena de Oliveira, Raimundo dos Santos, "
    "Cida dos Santos",
    reg_words="Trinta de julho de mil novecentos e noventa e oito",
    declarant="Carlos Eduardo de Oliveira",
    cartorio="Cartório do Registro Civil das Pessoas Naturais do 3º Subdistrito",
    cartorio_addr="Av. Afonso Pena, 1212 - Centro, Belo Horizonte - MG",
    issued_words="04 de agosto de 2025",
    selo="EHX41720-PM3K",
)
APO3 = dict(
    conv="(Convention de La Haye du 5 octobre 1961 / Convenção da Haia)",
    country_text="República Federativa do Brasil",
    doc_signer="Mariana Rezende Lopes",
    doc_capacity="Oficial de Registro Civil",
    doc_seal="Cartório do 3º Subdistrito de BH",
    at="Belo Horizonte - MG",
    on_text="06/08/2025",
    by="Cartório do 3º Subdistrito",
    number="MG-BH-2025-0087421",
    stamp=["CARTÓRIO DO", "REGISTRO CIVIL", "BELO HORIZONTE"],
    signer_short="M. R. Lopes",
    qr="https://apostil.org.br/validar?cod=MG-BH-2025-0087421",
)


def _bill3(month: str, issue: str, extra: float, n: int) -> dict:
    m = int(month[5:])
    last = {8: 31, 9: 30, 10: 31}[m]
    return dict(
        holder="Mme Ana Beatriz DOS SANTOS OLIVEIRA",
        addr_lines=ADDR3,
        issue=issue,
        number=f"FM{n:09d}",
        line="07 49 21 86 35",
        client="38812947",
        start=f"{month}-01",
        end=f"{month}-{last}",
        abo=19.99,
        extra=extra,
        amount=round(19.99 + extra, 2),
        due=issue[:8] + f"{int(issue[8:]) + 3:02d}",
    )


BILLS3 = [
    _bill3("2026-08", "2026-09-04", 0.0, 412873301),
    _bill3("2026-09", "2026-10-03", 2.40, 418220874),
    _bill3("2026-10", "2026-11-04", 0.0, 423561190),
]
RIB3 = dict(bic="REVOLT21", holder="Ana Beatriz Dos Santos Oliveira")
RIB3["iban"] = codes.iban("LT", "32500" + "61847290315")
FORM3 = dict(
    surname="DOS SANTOS OLIVEIRA",
    given_names="Ana Beatriz",
    sex="F",
    dob="1998-07-23",
    pob="Belo Horizonte, Brésil",
    nat="Brésilienne",
    addr1="8 rue des Capucins",
    cp="13001",
    city="Marseille",
    tel="07 49 21 86 35",
    mail="anabia.oliveira98@gmail.com",
    situation="sans_activite",
    place="Marseille",
    date_text="12/11/2026",
    sig_name="Ana B. Oliveira",
    sign_hand="hand1",
)


def _bill_pages(b: dict, rng) -> list:
    return [fr.bill_free_mobile(b)]


P03 = {
    "name": "p03",
    "as_of": "2026-11-27",
    "employed": False,
    "status": "incomplete",
    "requirements": {
        "application_form": OK,
        "identity": OK,
        "residence_status": "invalid",
        "birth_certificate": OK,
        "residence_proof": OK,
        "bank_details": OK,
        "employment": NA,
    },
    "defect": "VLS-TS (visiteur) expired on 2026-10-14, before the audit date; no titre de "
    "séjour or récépissé in the packet -> residence_status invalid",
    "applicant": A3,
    "docs": [
        {
            "type": "application_form",
            "look": "phone_photo",
            "files": ["formulaire_page1.jpg", "formulaire_page2.jpg"],
            "pages": lambda rng: fr.form_pages(FORM3, rng),
            "fields": form_fields(
                "DOS SANTOS OLIVEIRA", "Ana Beatriz", "1998-07-23", "not_employed", "2026-11-12"
            ),
            "notes": "typed, printed, place/date/signature by hand; sans activité",
        },
        {
            "type": "passport",
            "look": "phone_photo",
            "files": ["IMG_4471.jpg"],
            "pages": lambda rng: [di.passport_page(PASS3, rng, (214, 228, 214))],
            "fields": id_fields(
                "DOS SANTOS OLIVEIRA",
                "ANA BEATRIZ",
                "GF492735",
                "BRA",
                "BRA",
                "1998-07-23",
                "F",
                "2034-01-15",
            ),
        },
        {
            "type": "long_stay_visa",
            "look": "phone_photo",
            "files": ["IMG_4472.jpg"],
            "rot": 270,
            "pages": lambda rng: [di.visa_page(VISA3, rng)],
            "fields": dict(
                id_fields(
                    "DOS SANTOS OLIVEIRA",
                    "ANA BEATRIZ",
                    "022417590",
                    "BRA",
                    "FRA",
                    "1998-07-23",
                    "F",
                    "2026-10-14",
                ),
                visa_type="D",
                vls_ts=True,
                category="VISITEUR",
                valid_from="2025-10-15",
                valid_until="2026-10-14",
            ),
            "notes": "THE DEFECT: valid until 14-10-2026, expired at the audit date",
        },
        {
            "type": "birth_certificate",
            "look": "image_pdf",
            "files": ["certidao_nascimento_apostila.pdf"],
            "pages": lambda rng: [di.birth_brazil(BIRTH3, rng), di.apostille(APO3, rng)],
            "page_offset": [1],
            "fields": {
                "surname": "dos Santos Oliveira",
                "given_names": "Ana Beatriz",
                "date_of_birth": "1998-07-23",
                "place_of_birth": "Belo Horizonte - MG",
                "issuing_country": "BRA",
                "language": "pt",
                "has_apostille": True,
            },
            "notes": "full name printed as one line; page 2 is the apostille",
        },
        {
            "type": "apostille",
            "look": "image_pdf",
            "files": ["certidao_nascimento_apostila.pdf"],
            "skip_write": True,
            "page_offset": [2],
            "fields": {
                "country": "República Federativa do Brasil",
                "issued_on": "2025-08-06",
                "number": "MG-BH-2025-0087421",
                "signed_by": "Cartório do 3º Subdistrito",
            },
        },
    ]
    + [
        {
            "type": "utility_bill",
            "look": look,
            "files": [name],
            "rot": rot,
            "title": "Facture Free Mobile",
            "pages": partial(_bill_pages, b),
            "fields": {
                "provider": "Free Mobile",
                "service": "mobile",
                "holder_name": "Ana Beatriz DOS SANTOS OLIVEIRA",
                "address": "8 rue des Capucins, 13001 Marseille",
                "issue_date": b["issue"],
                "period_start": b["start"],
                "period_end": b["end"],
                "month": b["start"][:7],
                "amount": b["amount"],
            },
        }
        for b, look, name, rot in zip(
            BILLS3,
            ["text_pdf", "text_pdf", "phone_photo"],
            ["facture_free_aout.pdf", "facture_free_septembre.pdf", "IMG_4490.jpg"],
            [0, 0, 90],
        )
    ]
    + [
        {
            "type": "rib",
            "look": "screenshot",
            "files": ["Screenshot_20261105-091722.png"],
            "pages": lambda rng: [fr.revolut_screen(RIB3)],
            "fields": fr.rib_fields(RIB3, "Revolut Bank UAB"),
            "notes": "Revolut app, LT IBAN (foreign SEPA: acceptable, info)",
        },
    ],
}
