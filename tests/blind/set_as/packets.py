"""Packets p01 (Mozambique) and p02 (Uganda); p03/p04 in packets2.py."""

from __future__ import annotations

import random

import docs_birth
import docs_fr
import docs_id
from docs_form import Filler, form_pages
from emit import Packet, d_mon_y, dmy, luhn_siret, yymmdd
from kit import fr_iban, iban_ok, mrva, rib_key, td1, td3

REQ_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
}


def passport_fields(surname, given, num, nat, dob, sex, exp, mrz_ok=True, issuing=None):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": num,
        "nationality": nat,
        "issuing_country": issuing or nat,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": mrz_ok,
    }


def visa_fields(pf: dict, num, exp, category, vfrom, vuntil):
    f = dict(pf)
    f.update(
        document_number=num,
        issuing_country="FRA",
        expiry_date=exp,
        visa_type="D",
        vls_ts=True,
        category=category,
        valid_from=vfrom,
        valid_until=vuntil,
    )
    return f


def visa_doc(pk: Packet, a: dict, v: dict, rng: random.Random):
    """French VLS-TS sticker; a: applicant, v: visa data. Returns (page, fields)."""
    l1, l2 = mrva(
        "FRA",
        a["surname"],
        a["given"],
        v["number"],
        a["nat"],
        yymmdd(a["dob"]),
        a["sex"],
        yymmdd(v["until"]),
    )
    page = docs_id.french_visa(
        {
            "number": v["number"],
            "from_text": dmy(v["from"], "-"),
            "until_text": dmy(v["until"], "-"),
            "days": v["days"],
            "issued_in": v["issued_in"],
            "issued_text": dmy(v["issued"], "-"),
            "passport": a["passport"],
            "surname": a["surname"],
            "given_names": a["given"],
            "remarks": v["remarks"],
            "mrz": [l1, l2],
            "skin": a.get("skin", (95, 65, 45)),
        },
        rng,
    )
    pf = passport_fields(a["surname"], a["given"], v["number"], a["nat"], a["dob"], a["sex"], "")
    f = visa_fields(pf, v["number"], v["until"], v["category"], v["from"], v["until"])
    return page, f


def p01(folder: str, rng: random.Random) -> dict:
    """Mozambique, employed (CDI, hotel), tenant with a lease in her name."""
    pk = Packet(folder, rng)
    a = {
        "surname": "NHAMPOSSA",
        "given": "CELESTE AMELIA",
        "dob": "1994-03-17",
        "sex": "F",
        "nat": "MOZ",
        "passport": "AB0472913",
        "skin": (110, 72, 50),
    }
    as_of = "2026-11-18"
    addr = "14 rue de l'Ourcq, Bât. B, 3e étage"
    # --- form: typed on screen, printed, dated and signed by hand, scanned to one PDF
    frm = {
        "surname": "NHAMPOSSA",
        "usage_name": "",
        "given_names": "Celeste Amélia",
        "sex": "F",
        "dob": "17031994",
        "birth_place": "Lisboa",
        "birth_country": "Portugal",
        "nationality": "Mozambicaine",
        "address": addr,
        "postcode": "75019",
        "city": "Paris",
        "phone": "07 58 21 44 90",
        "email": "celeste.nhampossa@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Réceptionniste",
        "place": "Paris",
        "date_text": "09/11/2026",
        "signer": "C. Nhampossa",
    }
    pages = form_pages(frm, 0, Filler("typed", pk.sub("fill"), type_font="sans"), pk.sub("sig"))
    pk.image_pdf("formulaire_S1106.pdf", pages)
    pk.add(
        "application_form",
        "image_pdf",
        [{"path": "formulaire_S1106.pdf", "pages": [1, 2]}],
        {
            "surname": "NHAMPOSSA",
            "given_names": "Celeste Amélia",
            "date_of_birth": "1994-03-17",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-09",
            "nir": None,
        },
        "typed_print, date written by hand after 'le', signed by hand; CDI ticked",
    )
    # --- passport
    exp = "2033-02-13"
    l1, l2 = td3(
        "P", "MOZ", a["surname"], a["given"], a["passport"], "MOZ", "940317", "F", yymmdd(exp)
    )
    cfg = {
        "header": "REPÚBLICA DE MOÇAMBIQUE  ·  REPUBLIC OF MOZAMBIQUE",
        "header2": "PASSAPORTE / PASSPORT",
        "bg": (240, 236, 222),
        "guil": (215, 200, 170),
        "hc": (120, 40, 20),
        "skin": a["skin"],
        "labels": [
            "Tipo/Type",
            "Código/Code",
            "Passaporte N.º/Passport No.",
            "Apelido/Surname",
            "Nomes/Given names",
            "Nacionalidade/Nationality",
            "Data de nascimento/Date of birth",
            "Sexo/Sex",
            "Local de nascimento/Place of birth",
            "Data de emissão/Date of issue",
            "Autoridade/Authority",
            "Válido até/Date of expiry",
            "Assinatura/Signature",
        ],
    }
    pp = docs_id.passport_page(
        {
            "country": "MOZ",
            "number": a["passport"],
            "surname": a["surname"],
            "given_names": a["given"],
            "nationality_text": "MOÇAMBICANA",
            "dob_text": "17/03/1994",
            "sex": "F",
            "pob": "LISBOA - PRT",
            "issue_text": "14/02/2023",
            "authority": "SENAMI - MAPUTO",
            "expiry_text": "13/02/2033",
            "mrz": [l1, l2],
        },
        cfg,
        pk.sub("pp"),
    )
    pk.photo("IMG_20261104_182233.jpg", pp, rot=0)
    pk.add(
        "passport",
        "phone_photo",
        [{"path": "IMG_20261104_182233.jpg", "pages": [1]}],
        passport_fields(a["surname"], a["given"], a["passport"], "MOZ", a["dob"], "F", exp),
        "data page photographed on a table",
    )
    # --- VLS-TS
    v = {
        "number": "045117382",
        "from": "2026-04-20",
        "until": "2027-04-19",
        "days": "365",
        "issued_in": "MAPUTO",
        "issued": "2026-04-02",
        "remarks": [
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR",
            "VLS-TS SALARIE",
            "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE",
        ],
        "category": "SALARIE",
    }
    vp, vf = visa_doc(pk, a, v, pk.sub("visa"))
    pk.photo("IMG_20261104_182251.jpg", vp, rot=90)
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [{"path": "IMG_20261104_182251.jpg", "pages": [1]}],
        vf,
        "visa page photographed, image rotated 90 degrees",
    )
    # --- birth certificate (Portugal: EU public document, no apostille needed)
    bc = docs_birth.portugal(
        {
            "office": "Conservatória do Registo Civil de Lisboa",
            "entry": "2179",
            "year": "1994",
            "name": "Celeste Amélia Nhampossa",
            "sex": "Feminino",
            "dob_text": "17 de março de 1994",
            "hour": "04:35",
            "parish": "São Sebastião da Pedreira",
            "county": "Lisboa",
            "nat": "Moçambicana",
            "father": "Ernesto Nhampossa",
            "mother": "Amélia Joaquina Chirindza",
            "issued_text": "03/08/2026",
            "registrar": "M. Ferreira",
            "code": "5731-2284-0917",
        },
        pk.sub("bc"),
    )
    pk.scan("certidao_nascimento.jpg", bc, dpi=200)
    pk.add(
        "birth_certificate",
        "scan",
        [{"path": "certidao_nascimento.jpg", "pages": [1]}],
        {
            "surname": "NHAMPOSSA",
            "given_names": "Celeste Amélia",
            "date_of_birth": "1994-03-17",
            "place_of_birth": "Lisboa, Portugal",
            "issuing_country": "PRT",
            "language": "pt",
            "has_apostille": False,
        },
        "Portuguese certidão: EU public document, exempt from apostille (Reg. (EU) 2016/1191)",
    )
    # --- lease in her name, started 2026-05-01
    lp = docs_fr.lease_pages(
        {
            "landlord": "M. Bernard COLLIGNON",
            "landlord_addr": "8 avenue Jean Jaurès, 94200 Ivry-sur-Seine",
            "tenant_print": ["Mme Celeste Amélia NHAMPOSSA"],
            "address": addr + ", 75019 Paris",
            "desc": "Appartement de 2 pièces principales, surface habitable 34 m², cave n° 12.",
            "start_text": "1er mai 2026",
            "rent": "980",
            "charges": "95",
            "city": "Paris",
            "signed_text": "24 avril 2026",
            "landlord_sig": "B. Collignon",
            "tenant_sig": "Nhampossa",
        },
        pk.sub("lease"),
    )
    pk.image_pdf("bail_appartement.pdf", lp)
    pk.add(
        "lease",
        "image_pdf",
        [{"path": "bail_appartement.pdf", "pages": [1, 2]}],
        {
            "tenant_names": ["Celeste Amélia NHAMPOSSA"],
            "landlord": "Bernard COLLIGNON",
            "address": addr + ", 75019 Paris",
            "start_date": "2026-05-01",
        },
        "unfurnished lease (loi 1989), signed copy scanned",
    )
    # --- RIB Société Générale
    ib, key = fr_iban("30003", "03620", "00050912847")
    assert iban_ok(ib) and key == rib_key("30003", "03620", "00050912847")
    sg = {
        "name": "SOCIETE GENERALE",
        "font": "sans",
        "color": (226, 0, 26),
        "agency": ["PARIS JAURES", "212 AVENUE JEAN JAURES", "75019 PARIS"],
        "footer": "Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 "
        "RCS Paris - Siège social : 29 bd Haussmann 75009 Paris",
    }
    page = docs_fr.rib_page(
        {
            "holder_lines": ["MME NHAMPOSSA CELESTE AMELIA", "14 RUE DE L OURCQ", "75019 PARIS"],
            "bank": "30003",
            "branch": "03620",
            "account": "00050912847",
            "key": key,
            "iban": ib,
            "bic": "SOGEFRPP",
            "edited": "05/11/2026",
        },
        sg,
    )
    files = pk.text_pdf("RIB_SG.pdf", [page], "Relevé d'identité bancaire", "Société Générale")
    pk.add(
        "rib",
        "text_pdf",
        files,
        {
            "holder_name": "NHAMPOSSA CELESTE AMELIA",
            "iban": ib,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # --- payslip October 2026
    siret = luhn_siret("8124579630001")
    psd = {
        "from_text": "01/10/2026",
        "to_text": "31/10/2026",
        "employer": "SAS HÔTEL DU CANAL SAINT-MARTIN",
        "employer_addr": ["61 quai de Valmy", "75010 Paris"],
        "siret": siret,
        "naf": "5510Z",
        "ccn": "Hôtels, cafés, restaurants (IDCC 1979)",
        "employee": "Mme NHAMPOSSA Celeste Amélia",
        "employee_addr": ["14 rue de l'Ourcq", "75019 Paris"],
        "job": "Réceptionniste",
        "entry_text": "04/05/2026",
        "gross": 2150.00,
        "paid_text": "30/10/2026",
    }
    ps = docs_fr.payslip(psd)
    files = pk.text_pdf("bulletin_octobre_2026.pdf", [ps], "Bulletin de paie", "Silae")
    pk.add(
        "payslip",
        "text_pdf",
        files,
        {
            "employer": "SAS HÔTEL DU CANAL SAINT-MARTIN",
            "employee_name": "NHAMPOSSA Celeste Amélia",
            "period": "2026-10",
            "net_pay": psd["net"],
            "siret": siret,
        },
    )
    return {
        "as_of": as_of,
        "employed": True,
        "status": "complete",
        "requirements": dict(REQ_OK, employment="complete"),
        "defect": None,
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
        "documents": pk.docs,
    }


def _td1_fields(a, num, exp, nat="FRA"):
    return passport_fields(
        a["surname"], a["given"], num, nat, a["dob"], a["sex"], exp, issuing="FRA"
    )


def cni(pk: Packet, h: dict, rng):
    l1, l2, l3 = td1(
        "ID",
        "FRA",
        h["number"],
        yymmdd(h["dob"]),
        h["sex"],
        yymmdd(h["exp"]),
        "FRA",
        h["surname"],
        h["given"],
    )
    return docs_id.id1_front_back(
        {
            "surname": h["surname"],
            "given_names": h["given"].replace(" ", ", "),
            "sex": h["sex"],
            "dob_text": dmy(h["dob"], " "),
            "pob": h["pob"],
            "number": h["number"],
            "expiry_text": dmy(h["exp"], " "),
            "issue_text": dmy(h["issued"], " "),
            "address": h["address"],
            "mrz": [l1, l2, l3],
            "skin": (215, 180, 150),
        },
        rng,
        "cni",
    )


from packets2 import p02  # noqa: E402
from packets3 import p04  # noqa: E402
from packets_mk import p03  # noqa: E402

PACKETS = [("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)]
_ = (d_mon_y, _td1_fields)
