"""Packet p04 (Panama): employed, hosted by a friend; the one defect: form dated in the future."""

from __future__ import annotations

import random

import docs_birth
import docs_fr
import docs_id
from docs_form import Filler, form_pages
from emit import Packet, dmy, luhn_siret, yymmdd
from kit import fr_iban, iban_ok, td3
from packets import REQ_OK, cni, passport_fields, visa_doc

APO_ES = [
    "País:",
    "El presente documento público",
    "ha sido firmado por",
    "quien actúa en calidad de",
    "y está revestido del sello/timbre de",
    "Certificado",
    "en",
    "el día",
    "por",
    "bajo el número",
    "Sello/timbre:",
    "Firma:",
]


def p04(folder: str, rng: random.Random) -> dict:
    pk = Packet(folder, rng)
    a = {
        "surname": "DE LEON QUINTERO",
        "given": "JOSE ANGEL",
        "dob": "1991-09-08",
        "sex": "M",
        "nat": "PAN",
        "passport": "PA0382915",
        "skin": (170, 125, 90),
    }
    as_of = "2026-11-20"
    address = "23 rue Montgrand, 13006 Marseille"
    frm = {
        "surname": "DE LEÓN QUINTERO",
        "usage_name": "",
        "given_names": "José Ángel",
        "sex": "M",
        "dob": "08091991",
        "birth_place": "Panamá",
        "birth_country": "Panama",
        "nationality": "panaméenne",
        "address": "chez M. Antoine Marchetti, 23 rue Montgrand",
        "postcode": "13006",
        "city": "Marseille",
        "phone": "06 12 70 38 54",
        "email": "jadeleonq@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Ingénieur logiciel",
        "place": "Marseille",
        "date_text": "26/11/2026",
        "signer": "José A. De León",
    }
    pages = form_pages(frm, 1, Filler("typed", pk.sub("fill"), type_font="carlito"), pk.sub("sig"))
    pk.image_pdf("demande_PUMa.pdf", pages)
    pk.add(
        "application_form",
        "image_pdf",
        [{"path": "demande_PUMa.pdf", "pages": [1, 2]}],
        {
            "surname": "DE LEÓN QUINTERO",
            "given_names": "José Ángel",
            "date_of_birth": "1991-09-08",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-26",
            "nir": None,
        },
        "DEFECT: dated 26/11/2026, after the audit date 2026-11-20 (pre-dated to the day "
        "the applicant meant to post it)",
    )
    exp = "2029-01-21"
    l1, l2 = td3(
        "P", "PAN", a["surname"], a["given"], a["passport"], "PAN", "910908", "M", yymmdd(exp)
    )
    cfg = {
        "header": "REPÚBLICA DE PANAMÁ · REPUBLIC OF PANAMA",
        "header2": "PASAPORTE / PASSPORT",
        "bg": (232, 240, 246),
        "guil": (185, 205, 225),
        "hc": (0, 50, 120),
        "skin": a["skin"],
        "labels": [
            "Tipo/Type",
            "Código/Code",
            "Pasaporte No./Passport No.",
            "Apellidos/Surname",
            "Nombres/Given names",
            "Nacionalidad/Nationality",
            "Fecha de nacimiento/Date of birth",
            "Sexo/Sex",
            "Lugar de nacimiento/Place of birth",
            "Fecha de expedición/Date of issue",
            "Autoridad/Authority",
            "Fecha de expiración/Date of expiry",
            "Firma/Signature",
        ],
    }
    pp = docs_id.passport_page(
        {
            "country": "PAN",
            "number": a["passport"],
            "surname": a["surname"],
            "given_names": a["given"],
            "nationality_text": "PANAMEÑA",
            "dob_text": "08 SEP/SEP 1991",
            "sex": "M",
            "pob": "PANAMA",
            "issue_text": "22 ENE/JAN 2024",
            "authority": "AUTORIDAD DE PASAPORTES",
            "expiry_text": "21 ENE/JAN 2029",
            "mrz": [l1, l2],
        },
        cfg,
        pk.sub("pp"),
    )
    pk.photo("IMG_0921.jpg", pp)
    pk.add(
        "passport",
        "phone_photo",
        [{"path": "IMG_0921.jpg", "pages": [1]}],
        passport_fields(a["surname"], a["given"], a["passport"], "PAN", a["dob"], "M", exp),
    )
    v = {
        "number": "062271905",
        "from": "2026-07-01",
        "until": "2027-06-30",
        "days": "365",
        "issued_in": "PANAMA",
        "issued": "2026-06-10",
        "remarks": ["VLS-TS SALARIE", "CESEDA L.421-1", "A VALIDER EN LIGNE DES L'ARRIVEE"],
        "category": "SALARIE",
    }
    vp, vf = visa_doc(pk, a, v, pk.sub("visa"))
    pk.photo("IMG_0922.jpg", vp, rot=270)
    pk.add("long_stay_visa", "phone_photo", [{"path": "IMG_0922.jpg", "pages": [1]}], vf)
    bc = docs_birth.panama(
        {
            "tomo": "512",
            "asiento": "1873",
            "prov": "Panamá",
            "given": "JOSÉ ÁNGEL",
            "surname": "DE LEÓN QUINTERO",
            "sex": "MASCULINO",
            "dob_text": "8 de septiembre de 1991",
            "pob": "Bella Vista, Distrito de Panamá",
            "father": "ÁNGEL DE LEÓN MORALES",
            "mother": "ROSA ELENA QUINTERO ARAÚZ",
            "cedula": "8-845-1290",
            "issued_text": "14 de mayo de 2026",
            "registrar": "Castillo",
            "code": "TE-RC-2026-0571832",
        },
        pk.sub("bc"),
    )
    apo = docs_id.apostille_page(
        {
            "items": [
                "República de Panamá",
                "Licda. Ana M. Castillo",
                "Directora Nacional del Registro Civil",
                "Tribunal Electoral",
                "Panamá",
                "19/05/2026",
                "Ministerio de Relaciones Exteriores",
                "2026-118734",
            ],
            "stamp_ring": "MINISTERIO RELACIONES EXTERIORES",
            "stamp_mid": "APOSTILLA\nPANAMA",
            "signer": "R. Sanjur",
        },
        pk.sub("apo"),
        APO_ES,
    )
    pk.photo("acta_nacimiento.jpg", bc)
    pk.photo("apostilla.jpg", apo)
    pk.add(
        "birth_certificate",
        "phone_photo",
        [{"path": "acta_nacimiento.jpg", "pages": [1]}],
        {
            "surname": "DE LEÓN QUINTERO",
            "given_names": "JOSÉ ÁNGEL",
            "date_of_birth": "1991-09-08",
            "place_of_birth": "Bella Vista, Distrito de Panamá",
            "issuing_country": "PAN",
            "language": "es",
            "has_apostille": True,
        },
    )
    pk.add(
        "apostille",
        "phone_photo",
        [{"path": "apostilla.jpg", "pages": [1]}],
        {
            "country": "República de Panamá",
            "issued_on": "2026-05-19",
            "number": "2026-118734",
            "signed_by": "Ministerio de Relaciones Exteriores",
        },
    )
    # hosting by a friend: typed attestation, his CNI, his lease
    att = docs_fr.attestation_hand(
        {
            "lines": [
                "Je soussigné Antoine MARCHETTI, né le 17/02/1988",
                "à Ajaccio,",
                "demeurant 23 rue Montgrand, 13006 Marseille,",
                "certifie héberger à titre gratuit M. José Ángel",
                "DE LEÓN QUINTERO, né le 08/09/1991 à Panamá,",
                "à mon domicile depuis le 1er juillet 2026.",
                "",
                "Pièces jointes : copie de ma CNI et de mon bail.",
                "",
                "Fait à Marseille le 12 novembre 2026",
            ],
            "signer": "A. Marchetti",
        },
        pk.sub("att"),
        font="breip",
    )
    pk.scan("attestation_hebergement.jpg", att, dpi=150)
    pk.add(
        "hosting_attestation",
        "scan",
        [{"path": "attestation_hebergement.jpg", "pages": [1]}],
        {
            "host_name": "Antoine MARCHETTI",
            "hosted_name": "José Ángel DE LEÓN QUINTERO",
            "address": address,
            "since_date": "2026-07-01",
            "signed_on": "2026-11-12",
            "signed": True,
        },
    )
    h = {
        "surname": "MARCHETTI",
        "given": "ANTOINE PAUL",
        "dob": "1988-02-17",
        "sex": "M",
        "number": "D4WZ81KM7",
        "exp": "2031-05-03",
        "issued": "2021-05-04",
        "pob": "AJACCIO (2A)",
        "address": ["23 RUE MONTGRAND", "13006 MARSEILLE"],
    }
    front, back = cni(pk, h, pk.sub("cni"))
    pk.photo("cni_antoine_recto.jpg", front)
    pk.photo("cni_antoine_verso.jpg", back)
    pk.add(
        "national_id",
        "phone_photo",
        [
            {"path": "cni_antoine_recto.jpg", "pages": [1]},
            {"path": "cni_antoine_verso.jpg", "pages": [1]},
        ],
        passport_fields("MARCHETTI", "ANTOINE PAUL", h["number"], "FRA", h["dob"], "M", h["exp"]),
        "host's ID card",
    )
    lp = docs_fr.lease_pages(
        {
            "landlord": "SCI LES TERRASSES DU PRADO, représentée par Mme Odile FERRAND",
            "landlord_addr": "112 avenue du Prado, 13008 Marseille",
            "tenant_print": ["M. Antoine MARCHETTI"],
            "address": address,
            "desc": "Appartement de 3 pièces principales, surface habitable 61 m², balcon.",
            "start_text": "1er septembre 2021",
            "rent": "1 040",
            "charges": "120",
            "city": "Marseille",
            "signed_text": "20 août 2021",
            "landlord_sig": "O. Ferrand",
            "tenant_sig": "Marchetti",
        },
        pk.sub("lease"),
    )
    pk.image_pdf("bail_Antoine.pdf", lp)
    pk.add(
        "lease",
        "image_pdf",
        [{"path": "bail_Antoine.pdf", "pages": [1, 2]}],
        {
            "tenant_names": ["Antoine MARCHETTI"],
            "landlord": "SCI LES TERRASSES DU PRADO",
            "address": address,
            "start_date": "2021-09-01",
        },
        "host's lease",
    )
    # employment contract CDI (signed, scanned)
    siret = luhn_siret("8931046270001")
    cp = docs_fr.contract_pages(
        {
            "employer": "LUMEN ANALYTICS",
            "form": "SAS",
            "capital": "250 000",
            "rcs": "Marseille",
            "siret": siret,
            "employer_addr": "40 boulevard de Dunkerque, 13002 Marseille",
            "rep": "Mme Claire VIDAL",
            "employee_print": "M. José Ángel DE LEÓN QUINTERO",
            "dob_text": "08/09/1991",
            "pob": "Panamá (Panama)",
            "nat": "panaméenne",
            "employee_addr": "23 rue Montgrand, 13006 Marseille",
            "start_text": "15 juillet 2026",
            "job": "Ingénieur logiciel",
            "status": "cadre",
            "coef": "130",
            "ccn": "Syntec",
            "salary": "52 000",
            "workplace": "40 boulevard de Dunkerque, 13002 Marseille",
            "city": "Marseille",
            "signed_text": "3 juin 2026",
            "rep_sig": "C. Vidal",
            "employee_sig": "J. A. De León",
        },
        pk.sub("ctr"),
    )
    pk.image_pdf("contrat_CDI_signe.pdf", cp)
    pk.add(
        "employment_contract",
        "image_pdf",
        [{"path": "contrat_CDI_signe.pdf", "pages": [1, 2]}],
        {
            "employer": "LUMEN ANALYTICS",
            "employee_name": "José Ángel DE LEÓN QUINTERO",
            "contract_type": "CDI",
            "job_title": "Ingénieur logiciel",
            "start_date": "2026-07-15",
        },
    )
    acc = "0000445871Z"
    ib, key = fr_iban("30002", "00412", acc)
    assert iban_ok(ib)
    lcl = {
        "name": "LCL",
        "font": "lato",
        "color": (0, 40, 110),
        "agency": ["LCL MARSEILLE CASTELLANE", "2 PLACE CASTELLANE", "13006 MARSEILLE"],
        "footer": "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - "
        "SIREN 954 509 741 - RCS Lyon",
    }
    page = docs_fr.rib_page(
        {
            "holder_lines": [
                "M JOSE ANGEL DE LEON QUINTERO",
                "23 RUE MONTGRAND",
                "13006 MARSEILLE",
            ],
            "bank": "30002",
            "branch": "00412",
            "account": acc,
            "key": key,
            "iban": ib,
            "bic": "CRLYFRPP",
            "edited": dmy("2026-09-02"),
        },
        lcl,
    )
    files = pk.text_pdf("RIB_LCL.pdf", [page], "RIB", "LCL")
    pk.add(
        "rib",
        "text_pdf",
        files,
        {
            "holder_name": "JOSE ANGEL DE LEON QUINTERO",
            "iban": ib,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    req = dict(REQ_OK, employment="complete")
    req["application_form"] = "invalid"
    return {
        "as_of": as_of,
        "employed": True,
        "status": "incomplete",
        "requirements": req,
        "defect": "application form dated 26/11/2026, after the audit date (future date)",
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
        "documents": pk.docs,
    }
