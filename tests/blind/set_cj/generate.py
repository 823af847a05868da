"""set_cj: four whole PUMa packets (Mali, Mexico, Vietnam, USA). Usage: generate.py OUT_DIR"""

import json
import random
import sys
from pathlib import Path

from reportlab.lib.utils import ImageReader

import cjbirth
import cjfr
import cjid
from cjform import acroform_pdf, cerfa_pages, fill_drawn, sig_image
from cjlib import (
    a4_with,
    fr_rib,
    iban_make,
    iban_valid,
    image_pdf,
    mrz_mrva,
    mrz_td1,
    mrz_td3,
    nir_key,
    phone_photo,
    render,
    rib_key,
    save_jpeg,
    scanned,
    text_pdf,
)

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
}


def ymd(d):
    return d[2:4] + d[5:7] + d[8:10]


def id_fields(p, mrz_ok=True):
    return {
        "surname": p["pp_surname"],
        "given_names": p["pp_given"],
        "document_number": p["number"],
        "nationality": p["nat"],
        "issuing_country": p["issuer"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["exp"],
        "mrz_valid": mrz_ok,
    }


def visa_fields(p):
    f = id_fields(p)
    f.update(
        document_number=p["visa_no"],
        issuing_country="FRA",
        expiry_date=p["visa_until"],
        visa_type="D",
        vls_ts=True,
        category=p["visa_cat"],
        valid_from=p["visa_from"],
        valid_until=p["visa_until"],
    )
    return f


def person(**kw):
    p = dict(kw)
    p["mrz"] = mrz_td3(
        p["issuer"],
        p["pp_surname"],
        p["pp_given"],
        p["number"],
        p["nat"],
        ymd(p["dob"]),
        p["sex"],
        ymd(p["exp"]),
    )
    if "visa_no" in p:
        p["visa_no_print"] = p["visa_no"]
        p["visa_mrz"] = mrz_mrva(
            "FRA",
            p["pp_surname"],
            p["pp_given"],
            p["visa_no"],
            p["nat"],
            ymd(p["dob"]),
            p["sex"],
            ymd(p["visa_until"]),
        )
    return p


def doc(files, typ, look, fields, notes=""):
    return {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}


def f1(path, pages=(1,)):
    return {"path": path, "pages": list(pages)}


def form_fields(v, nir=None):
    return {
        "surname": v["nom"],
        "usage_name": v.get("usage") or None,
        "given_names": v["prenoms"],
        "date_of_birth": v["dob"],
        "employment_status": "employed" if v["situation"] == "sit_salarie" else "not_employed",
        "signed": v["signed"],
        "signed_on": v["signed_on"],
        "nir": nir,
    }


def bill_doc(b, path, look, service):
    f = {
        "provider": b["provider"],
        "service": service,
        "holder_name": b["holder_print"],
        "address": b["addr1"] + ", " + b["addr2"],
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }
    return doc([f1(path)], "utility_bill", look, f)


# ====================================================================== p01 Mali


def packet_mali(out, rng):
    as_of = "2026-11-24"
    p = person(
        issuer="MLI",
        nat="MLI",
        pp_surname="SISSOKO-DEMBELE",
        pp_given="MOUSSA SEKOU",
        number="AA0473912",
        dob="1991-07-14",
        sex="M",
        exp="2029-02-09",
        issued="2024-02-10",
        pob_pp="BAMAKO",
        nat_text="MALIENNE",
        authority="DGPN BAMAKO",
        skin=(95, 65, 45),
    )
    ts = dict(p)
    ts.update(
        card_no="ML5H27K04",
        card_surname="SISSOKO-DEMBÉLÉ",
        card_given="MOUSSA SÉKOU",
        card_nat="MLI",
        card_exp="2027-04-19",
        card_issued="2026-04-20",
        pob_card="BAMAKO (MALI)",
        card_addr="14 RUE DANTON APPT 32 93100 MONTREUIL",
        ts_cat="SALARIÉ",
        ts_remarks="CARTE DE SÉJOUR TEMPORAIRE",
        card_auth="PRÉFET DE LA SEINE-SAINT-DENIS",
    )
    ts["card_mrz"] = mrz_td1(
        "IR",
        "FRA",
        ts["card_surname"].replace("É", "E"),
        "MOUSSA SEKOU",
        ts["card_no"],
        "MLI",
        ymd(p["dob"]),
        "M",
        ymd(ts["card_exp"]),
    )
    d = out / "p01"
    d.mkdir(parents=True)
    docs = []
    # passport: phone photo
    save_jpeg(phone_photo(render(cjid.passport_page(p, rng), 400), rng, 0), d / "IMG_4308.jpg", 88)
    docs.append(doc([f1("IMG_4308.jpg")], "passport", "phone_photo", id_fields(p)))
    # titre de séjour: front and back on one flatbed scan
    fr, bk = cjid.td1_card(ts, rng, "ts")
    sheet = a4_with([(render(fr, 400), 40, 30, 85.6), (render(bk, 400), 40, 100, 85.6)], 200)
    save_jpeg(scanned(sheet, rng), d / "scan_0003.jpg", 82, 200)
    tf = id_fields(p)
    tf.update(
        surname="SISSOKO-DEMBÉLÉ",
        given_names="MOUSSA SÉKOU",
        document_number=ts["card_no"],
        issuing_country="FRA",
        expiry_date=ts["card_exp"],
    )
    docs.append(
        doc([f1("scan_0003.jpg")], "residence_permit", "scan", tf, "recto and verso on one scan")
    )
    # birth certificate: scanner PDF, no apostille (France-Mali convention of 9 March 1962)
    b = {
        "region": "DISTRICT DE BAMAKO",
        "cercle": "BAMAKO",
        "centre": "COMMUNE III",
        "centre_town": "Bamako",
        "acte_no": "1174",
        "reg_date": "22/07/1991",
        "given": "Moussa Sékou",
        "surname": "SISSOKO-DEMBÉLÉ",
        "sex_word": "Masculin",
        "dob_words": "quatorze juillet mil neuf cent quatre-vingt-onze",
        "dob_num": "14/07/1991",
        "pob": "Bamako, Hôpital du Point G",
        "father": "Sékou SISSOKO",
        "father_job": "Commerçant",
        "mother": "Kadiatou DEMBÉLÉ",
        "mother_job": "Ménagère",
        "home": "Bamako, Quartier Bamako-Coura",
        "issued_words": "3 février 2026",
        "officer": "Mamadou COULIBALY",
    }
    image_pdf([render(cjbirth.mali_acte(b, rng), 200)], d / "acte_naissance.pdf", rng)
    docs.append(
        doc(
            [f1("acte_naissance.pdf")],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "SISSOKO-DEMBÉLÉ",
                "given_names": "Moussa Sékou",
                "date_of_birth": p["dob"],
                "place_of_birth": "Bamako",
                "issuing_country": "MLI",
                "language": "fr",
                "has_apostille": False,
            },
            "no apostille: acts of civil status from Mali are exempt from legalisation in France "
            "(convention franco-malienne of 9 March 1962), so birth_certificate is complete",
        )
    )
    # lease
    le = {
        "kind_line": "Logement vide — loi n° 89-462 du 6 juillet 1989",
        "landlord": "Mme Chantal LEFÈVRE",
        "landlord_addr": "demeurant 3 avenue Gambetta, 94300 Vincennes",
        "tenants_line": "M. Moussa Sékou SISSOKO-DEMBÉLÉ, né le 14/07/1991 à Bamako (Mali)",
        "address": "14 rue Danton, bâtiment B, 3e étage, appartement 32, 93100 Montreuil",
        "desc": "Type : appartement T2 de 38 m², cave n° 12.",
        "start_text": "1er mai 2026",
        "duration": "3 ans",
        "rent": "720,00",
        "charges": "60,00",
        "deposit": "720,00",
        "city": "Montreuil",
        "signed_on": "24/04/2026",
        "sign_names": ["Moussa Sissoko-Dembélé"],
    }
    image_pdf([render(pg, 200) for pg in cjfr.lease(le, rng, 3)], d / "bail.pdf", rng)
    docs.append(
        doc(
            [f1("bail.pdf", (1, 2, 3))],
            "lease",
            "image_pdf",
            {
                "tenant_names": ["Moussa Sékou SISSOKO-DEMBÉLÉ"],
                "landlord": "Chantal LEFÈVRE",
                "address": "14 rue Danton, bâtiment B, 3e étage, appartement 32, 93100 Montreuil",
                "start_date": "2026-05-01",
            },
        )
    )
    # employment contract
    c = {
        "employer": "GIFS — Gardiennage Île-de-France Sécurité",
        "form": "SAS",
        "capital": "150 000 €",
        "emp_addr": "41 boulevard de Strasbourg, 93200 Saint-Denis",
        "rcs": "Bobigny",
        "siren": "812 447 309",
        "siret": "812 447 309 00027",
        "rep": "M. Olivier BRUNET",
        "emp_civ": "M.",
        "employee": "Moussa Sékou SISSOKO-DEMBÉLÉ",
        "dob": "14/07/1991",
        "pob": "Bamako (Mali)",
        "nat": "malienne",
        "addr": "14 rue Danton, appt 32, 93100 Montreuil",
        "ts_no": ts["card_no"],
        "start": "27 avril 2026",
        "job": "agent de sûreté qualifié",
        "coef": "140",
        "ccn": "des entreprises de prévention et de sécurité (IDCC 1351)",
        "salary": "1 912,00",
        "site": "Saint-Denis (93)",
        "city": "Saint-Denis",
        "signed": "20 avril 2026",
        "initials": "MSD",
    }
    image_pdf([render(pg, 200) for pg in cjfr.contract(c, rng)], d / "contrat_travail_CDI.pdf", rng)
    docs.append(
        doc(
            [f1("contrat_travail_CDI.pdf", (1, 2, 3))],
            "employment_contract",
            "image_pdf",
            {
                "employer": "GIFS — Gardiennage Île-de-France Sécurité",
                "employee_name": "Moussa Sékou SISSOKO-DEMBÉLÉ",
                "contract_type": "CDI",
                "job_title": "agent de sûreté qualifié",
                "start_date": "2026-04-27",
            },
        )
    )
    # RIB LCL, text PDF
    key, iban = fr_rib("30002", "01234", "0000447215H")
    r = {
        "bank_name": "LCL",
        "holder_lines": ["M SISSOKO-DEMBELE MOUSSA", "14 RUE DANTON APPT 32", "93100 MONTREUIL"],
        "agency": "LCL MONTREUIL CROIX DE CHAVAUX",
        "agency_addr": "2 rue de Paris 93100 Montreuil",
        "bank": "30002",
        "guichet": "01234",
        "account": "0000447215H",
        "key": key,
        "iban": iban,
        "bic": "CRLYFRPP",
    }
    text_pdf([cjfr.rib_paper(r, rng)], d / "RIB_LCL.pdf", "RIB", "LCL")
    docs.append(
        doc(
            [f1("RIB_LCL.pdf")],
            "rib",
            "text_pdf",
            {
                "holder_name": "M SISSOKO-DEMBELE MOUSSA",
                "iban": iban,
                "bic": "CRLYFRPP",
                "bank_name": "LCL",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    # form: filled by hand, two phone photos (page 2 rotated)
    pages, slots = cerfa_pages("A")
    v = {
        "nom": "SISSOKO-DEMBELE",
        "prenoms": "Moussa Sékou",
        "sex": "M",
        "dob": p["dob"],
        "lieu": "Bamako, Mali",
        "nat": "Malienne",
        "adresse": "14 rue Danton appt 32",
        "cp": "93100",
        "commune": "Montreuil",
        "tel": "07 58 21 44 90",
        "situation": "sit_salarie",
        "contrat": "CDI",
        "emploi": "Agent de sûreté",
        "place": "Montreuil",
        "date_text": "19/11/2026",
        "signed_on": "2026-11-19",
        "signed": True,
    }
    fill_drawn(pages, slots, v, rng, hand=True)
    save_jpeg(
        phone_photo(render(pages[0], 200), rng, 0, 3264, table=(168, 132, 96)),
        d / "IMG_4312.jpg",
        88,
    )
    save_jpeg(
        phone_photo(render(pages[1], 200), rng, 1, 3264, table=(168, 132, 96)),
        d / "IMG_4313.jpg",
        88,
    )
    docs.insert(
        0,
        doc(
            [f1("IMG_4312.jpg"), f1("IMG_4313.jpg")],
            "application_form",
            "phone_photo",
            form_fields(v),
            "filled by hand; page 2 photo rotated 90 degrees",
        ),
    )
    req = dict(ALL_OK, employment="complete")
    return as_of, True, req, None, p, "SISSOKO-DEMBÉLÉ", "Moussa Sékou", docs


# ====================================================================== p02 Mexico


def packet_mexico(out, rng):
    as_of = "2026-12-01"
    p = person(
        issuer="MEX",
        nat="MEX",
        pp_surname="HERNANDEZ LOPEZ",
        pp_given="MARIA GUADALUPE",
        number="G37104826",
        dob="1989-12-03",
        sex="F",
        exp="2033-05-17",
        issued="2023-05-18",
        pob_pp="JALISCO",
        nat_text="MEXICANA",
        authority="SRE GUADALAJARA",
        skin=(175, 130, 100),
        visa_no="903418265",
        visa_from="2026-06-20",
        visa_until="2027-06-19",
        visa_days="365",
        visa_post="MEXICO",
        visa_issued="2026-06-05",
        visa_remarks="VLS-TS VIE PRIVEE ET FAMILIALE",
        visa_cat_code="CONJOINT DE FRANCAIS",
        visa_cat="VIE PRIVEE ET FAMILIALE",
    )
    d = out / "p02"
    d.mkdir(parents=True)
    docs = []
    pp_img = render(cjid.passport_page(p, rng), 300)
    save_jpeg(
        scanned(a4_with([(pp_img, 20, 20, 125)], 300), rng), d / "pasaporte_scan.jpg", 85, 300
    )
    docs.append(doc([f1("pasaporte_scan.jpg")], "passport", "scan", id_fields(p)))
    save_jpeg(
        phone_photo(render(cjid.visa_sticker(p, rng), 400), rng, 3, 4000),
        d / "IMG_20261126_181502.jpg",
        87,
    )
    docs.append(
        doc(
            [f1("IMG_20261126_181502.jpg")],
            "long_stay_visa",
            "phone_photo",
            visa_fields(p),
            "photo rotated 270 degrees",
        )
    )
    b = {
        "ident": "14039000120260088412",
        "curp": "HELG891203MJCRPD04",
        "entidad": "JALISCO",
        "given": "MARIA GUADALUPE",
        "ap1": "HERNANDEZ",
        "ap2": "LOPEZ",
        "sexo": "MUJER",
        "dob_num": "03/12/1989",
        "pob": "GUADALAJARA, JALISCO",
        "father": "JOSE LUIS HERNANDEZ RUIZ",
        "mother": "ROSA MARIA LOPEZ NAVARRO",
        "oficialia": "0004",
        "libro": "0021",
        "acta": "03318",
        "reg_date": "18/12/1989",
        "municipio": "GUADALAJARA",
        "issued": "02/04/2026",
        "signer": "LIC. ARTURO MEDINA SOLÍS",
        "cadena": "I.4C3-14039-0004-1989-03318-A91F",
    }
    a = {
        "country": "ESTADOS UNIDOS MEXICANOS",
        "doc_signer": "LIC. ARTURO MEDINA SOLÍS",
        "doc_capacity": "DIRECTOR GENERAL DEL REGISTRO CIVIL",
        "doc_seal": "REGISTRO CIVIL DE JALISCO",
        "place": "GUADALAJARA, JALISCO",
        "date_text": "08/04/2026",
        "authority": "SECRETARÍA GENERAL DE GOBIERNO DEL ESTADO DE JALISCO",
        "number": "JAL-26-118834",
        "signed_by": "MTRA. LAURA P. IBARRA GÓMEZ",
        "seal_text": "GOBIERNO DE JALISCO",
        "code": "Folio de verificación: 8F2K-118834-2026",
    }
    image_pdf(
        [render(cjbirth.mexico_acta(b, rng), 200), render(cjid.apostille(a, rng, "es"), 200)],
        d / "acta_nacimiento_apostillada.pdf",
        rng,
    )
    docs.append(
        doc(
            [f1("acta_nacimiento_apostillada.pdf", (1,))],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "HERNANDEZ LOPEZ",
                "given_names": "MARIA GUADALUPE",
                "date_of_birth": p["dob"],
                "place_of_birth": "GUADALAJARA, JALISCO",
                "issuing_country": "MEX",
                "language": "es",
                "has_apostille": True,
            },
            "surname split as Primer/Segundo Apellido",
        )
    )
    docs.append(
        doc(
            [f1("acta_nacimiento_apostillada.pdf", (2,))],
            "apostille",
            "image_pdf",
            {
                "country": "ESTADOS UNIDOS MEXICANOS",
                "issued_on": "2026-04-08",
                "number": "JAL-26-118834",
                "signed_by": "MTRA. LAURA P. IBARRA GÓMEZ",
            },
        )
    )
    # attestation d'hébergement by the husband, handwritten, phone photo
    at = {
        "host": "Julien MOREAU",
        "lines": [
            "Je soussigné Julien MOREAU, né le 21/02/1986 à Nantes (44),",
            "demeurant 8 allée des Tanneurs, 35000 Rennes,",
            "atteste sur l'honneur héberger à mon domicile depuis le",
            "22 juin 2026 mon épouse, Mme Maria Guadalupe HERNANDEZ",
            "LOPEZ épouse MOREAU, née le 03/12/1989 à Guadalajara",
            "(Mexique).",
            "Je joins la copie de ma carte d'identité et mes trois",
            "dernières factures SFR.",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
        "place_date": "Fait à Rennes, le 25/11/2026",
    }
    save_jpeg(
        phone_photo(render(cjfr.attestation(at, rng), 180), rng, 0, 3024),
        d / "attestation_hebergement.jpg",
        86,
    )
    docs.append(
        doc(
            [f1("attestation_hebergement.jpg")],
            "hosting_attestation",
            "phone_photo",
            {
                "host_name": "Julien MOREAU",
                "hosted_name": "Maria Guadalupe HERNANDEZ LOPEZ épouse MOREAU",
                "address": "8 allée des Tanneurs, 35000 Rennes",
                "since_date": "2026-06-22",
                "signed_on": "2026-11-25",
                "signed": True,
            },
            "handwritten on ruled paper",
        )
    )
    host = {
        "dob": "1986-02-21",
        "sex": "M",
        "card_no": "X7TK2PL93",
        "card_surname": "MOREAU",
        "card_given": "JULIEN",
        "card_nat": "FRA",
        "card_exp": "2032-09-13",
        "card_issued": "2022-09-14",
        "pob_card": "NANTES (44)",
        "card_auth": "PRÉFET D'ILLE-ET-VILAINE",
        "skin": (225, 190, 165),
    }
    host["card_mrz"] = mrz_td1(
        "ID", "FRA", "MOREAU", "JULIEN", "X7TK2PL93", "FRA", "860221", "M", "320913"
    )
    fr, bk = cjid.td1_card(host, rng, "cni")
    save_jpeg(
        phone_photo(render(fr, 500), rng, 0, 3264, table=(70, 72, 78)),
        d / "CNI_Julien_recto.jpg",
        88,
    )
    save_jpeg(
        phone_photo(render(bk, 500), rng, 2, 3264, table=(70, 72, 78)),
        d / "CNI_Julien_verso.jpg",
        88,
    )
    docs.append(
        doc(
            [f1("CNI_Julien_recto.jpg"), f1("CNI_Julien_verso.jpg")],
            "national_id",
            "phone_photo",
            {
                "surname": "MOREAU",
                "given_names": "JULIEN",
                "document_number": "X7TK2PL93",
                "nationality": "FRA",
                "issuing_country": "FRA",
                "date_of_birth": "1986-02-21",
                "sex": "M",
                "expiry_date": "2032-09-13",
                "mrz_valid": True,
            },
            "the host's identity card (2021 model); verso photo rotated 180 degrees",
        )
    )
    for i, (mo, last, issue) in enumerate(
        (("08", "31", "09-02"), ("09", "30", "10-02"), ("10", "31", "11-02"))
    ):
        amt = ("32,98", "32,98", "35,47")[i]
        bb = {
            "provider": "SFR",
            "holder_print": "M JULIEN MOREAU",
            "addr1": "8 ALLEE DES TANNEURS",
            "addr2": "35000 RENNES",
            "issue": "2026-" + issue,
            "start": f"2026-{mo}-01",
            "end": f"2026-{mo}-{last}",
            "amount": amt,
            "ref": f"SF26{mo}0071854{i}",
            "client_label": "N° client",
            "client": "0519 8827 44",
            "period_label": "Période facturée",
            "debit": "2026-" + issue[:3] + "12",
            "lines": cjfr.bill_lines("SFR", amt),
            "site_label": "Adresse d'installation",
            "site_addr": "8 allée des Tanneurs 35000 Rennes",
            "legal": "SFR - SA au capital de 3 423 265 598,40 € - 343 059 564 RCS Paris - "
            "16 rue du Général Alain de Boissieu 75015 Paris.",
        }
        name = f"Facture_SFR_2026{mo}.pdf"
        text_pdf([cjfr.bill(bb, rng)], d / name, "Facture SFR", "SFR")
        docs.append(bill_doc(bb, name, "text_pdf", "internet"))
        docs[-1]["notes"] = "host's bill"
    key, iban = fr_rib("30004", "00821", "00010287641")
    r = {
        "bank_name": "BNP Paribas",
        "holder_lines": [
            "M MOREAU JULIEN",
            "OU MME HERNANDEZ LOPEZ MARIA GUADALUPE",
            "8 ALLEE DES TANNEURS",
            "35000 RENNES",
        ],
        "agency": "BNP PARIBAS RENNES REPUBLIQUE",
        "agency_addr": "1 place de la République 35000 Rennes",
        "bank": "30004",
        "guichet": "00821",
        "account": "00010287641",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
    }
    text_pdf([cjfr.rib_paper(r, rng)], d / "RIB_compte_joint.pdf", "RIB", "BNP Paribas")
    docs.append(
        doc(
            [f1("RIB_compte_joint.pdf")],
            "rib",
            "text_pdf",
            {
                "holder_name": "M MOREAU JULIEN OU MME HERNANDEZ LOPEZ MARIA GUADALUPE",
                "iban": iban,
                "bic": "BNPAFRPPXXX",
                "bank_name": "BNP Paribas",
                "iban_valid": True,
                "rib_key_valid": True,
            },
            "joint account including the applicant",
        )
    )
    pages, slots = cerfa_pages("B")
    v = {
        "nom": "HERNÁNDEZ LÓPEZ",
        "usage": "MOREAU",
        "prenoms": "María Guadalupe",
        "sex": "F",
        "dob": p["dob"],
        "lieu": "Guadalajara, Mexique",
        "nat": "Mexicaine",
        "adresse": "8 allée des Tanneurs",
        "cp": "35000",
        "commune": "Rennes",
        "tel": "06 44 18 90 27",
        "email": "lupita.hdz89@gmail.com",
        "situation": "sit_sans",
        "place": "Rennes",
        "date_text": "27/11/2026",
        "signed_on": "2026-11-27",
        "signed": True,
    }
    acroform_pdf(
        pages, slots, v, d / "Demande_PUMa_S1106.pdf", ImageReader(sig_image(rng, "Moreau"))
    )
    docs.insert(
        0,
        doc(
            [f1("Demande_PUMa_S1106.pdf", (1, 2))],
            "application_form",
            "text_pdf",
            form_fields(v),
            "fillable PDF (AcroForm fields), signature image pasted in the box; "
            "birth name with usage name MOREAU",
        ),
    )
    req = dict(ALL_OK, employment="not_applicable")
    return as_of, False, req, None, p, "HERNÁNDEZ LÓPEZ", "María Guadalupe", docs


# ====================================================================== p03 Vietnam


def packet_vietnam(out, rng):
    as_of = "2026-12-04"
    p = person(
        issuer="VNM",
        nat="VNM",
        pp_surname="DANG",
        pp_given="VAN HOANG",
        number="C4829173",
        dob="1994-03-14",
        sex="M",
        exp="2032-08-05",
        issued="2022-08-05",
        pob_pp="HÀ NỘI",
        nat_text="VIỆT NAM/VIETNAMESE",
        authority="CỤC QUẢN LÝ XUẤT NHẬP CẢNH",
        skin=(200, 165, 130),
        visa_no="904772031",
        visa_from="2026-07-01",
        visa_until="2027-06-30",
        visa_days="365",
        visa_post="HANOI",
        visa_issued="2026-06-18",
        visa_remarks="VLS-TS SALARIE",
        visa_cat_code="SALARIE",
        visa_cat="SALARIE",
    )
    p["pp_surname_print"] = "ĐẶNG"
    d = out / "p03"
    d.mkdir(parents=True)
    docs = []
    pp = dict(p, pp_surname="ĐẶNG", pp_given="VĂN HOÀNG")
    s1 = a4_with([(render(cjid.passport_page(pp, rng), 300), 25, 25, 125)], 200)
    s2 = a4_with([(render(cjid.visa_sticker(p, rng), 300), 25, 25, 120)], 200)
    image_pdf([s1, s2], d / "passeport_visa.pdf", rng)
    f = id_fields(p)
    f.update(surname="ĐẶNG", given_names="VĂN HOÀNG")
    docs.append(
        doc(
            [f1("passeport_visa.pdf", (1,))],
            "passport",
            "image_pdf",
            f,
            "visual zone with diacritics, MRZ DANG<<VAN<HOANG",
        )
    )
    docs.append(
        doc([f1("passeport_visa.pdf", (2,))], "long_stay_visa", "image_pdf", visa_fields(p))
    )
    b = {
        "ubnd": "PHƯỜNG KIM LIÊN",
        "ubnd_short": "P. KIM LIÊN",
        "so": "118/2026/BSKS",
        "full": "ĐẶNG VĂN HOÀNG",
        "dob_num": "14/03/1994",
        "dob_words": "Mười bốn tháng ba năm một nghìn chín trăm chín mươi tư",
        "gioi": "Nam",
        "pob": "Bệnh viện Phụ sản Hà Nội",
        "que": "Nam Định",
        "cccd": "001094017725",
        "mother": "NGUYỄN THỊ LAN",
        "mother_y": "1968",
        "father": "ĐẶNG VĂN THẮNG",
        "father_y": "1965",
        "home": "Phường Kim Liên, quận Đống Đa, Hà Nội",
        "reg_place": "UBND phường Kim Liên, Hà Nội",
        "reg_date": "21/03/1994",
        "copy_line": "Sao từ Sổ đăng ký khai sinh, Hà Nội, ngày 28/05/2026",
        "signer": "Lê Văn Tuấn",
    }
    gks = cjbirth.vietnam_gks(b, rng)
    image_pdf([render(pg, 200) for pg in gks], d / "giay_khai_sinh_hop_phap_hoa.pdf", rng)
    docs.append(
        doc(
            [f1("giay_khai_sinh_hop_phap_hoa.pdf", (1, 2))],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "ĐẶNG",
                "given_names": "VĂN HOÀNG",
                "date_of_birth": p["dob"],
                "place_of_birth": "Bệnh viện Phụ sản Hà Nội",
                "issuing_country": "VNM",
                "language": "vi",
                "has_apostille": False,
            },
            "Vietnam is not a party to the apostille convention: consular legalisation (Vietnamese "
            "MFA + French embassy, page 2) replaces it, so birth_certificate is complete",
        )
    )
    t = {
        "translator": "Hélène PHAN-TRUONG",
        "court": "Paris",
        "tr_addr": "12 rue Baudricourt, 75013 Paris",
        "date_words": "15 juin 2026",
        "rep": "2026/VI/0387",
        "rows": [
            ("Nom, prénoms :", "ĐẶNG Văn Hoàng"),
            ("Date de naissance :", "14/03/1994"),
            ("Sexe :", "Masculin"),
            ("Lieu de naissance :", "Maternité de Hanoï"),
            ("Mère :", "NGUYỄN Thị Lan, née en 1968"),
            ("Père :", "ĐẶNG Văn Thắng, né en 1965"),
            ("Enregistré le :", "21/03/1994, Comité populaire du quartier Kim Liên"),
        ],
    }
    image_pdf(
        [render(pg, 200) for pg in cjbirth.translation(t, rng)],
        d / "traduction_acte_naissance.pdf",
        rng,
    )
    docs.append(
        doc(
            [f1("traduction_acte_naissance.pdf", (1, 2))],
            "translation",
            "image_pdf",
            {},
            "sworn translation (traduction certifiée conforme) of the giấy khai sinh",
        )
    )
    addr1, addr2 = "27 RUE DE TOLBIAC", "75013 PARIS"
    specs = [
        (
            "TotalEnergies",
            "M VAN HOANG DANG",
            "2026-08-01",
            "2026-08-31",
            "2026-09-04",
            "41,30",
            "electricity",
            "Facture_TotalEnergies_aout2026.pdf",
            "text_pdf",
            "given names before surname on this bill",
        ),
        (
            "Free",
            "M. Dang Van Hoang",
            "2026-09-01",
            "2026-09-30",
            "2026-10-01",
            "29,99",
            "internet",
            "facture_free_septembre.pdf",
            "text_pdf",
            "",
        ),
        (
            "Veolia",
            "M DANG VAN HOANG",
            "2026-10-01",
            "2026-10-31",
            "2026-11-06",
            "18,62",
            "water",
            "IMG_20261110_082207.jpg",
            "phone_photo",
            "paper bill photographed",
        ),
    ]
    for prov, holder, st, en, iss, amt, serv, name, look, note in specs:
        bb = {
            "provider": prov,
            "holder_print": holder,
            "addr1": addr1,
            "addr2": addr2,
            "issue": iss,
            "start": st,
            "end": en,
            "amount": amt,
            "ref": {
                "TotalEnergies": "10074521886",
                "Free": "FB26-4471930",
                "Veolia": "VE-7712-2026-10",
            }[prov],
            "client_label": "Réf. client",
            "client": {
                "TotalEnergies": "3 00482 7719",
                "Free": "FB 8827461",
                "Veolia": "4471 2209",
            }[prov],
            "period_label": "Période de consommation" if prov != "Free" else "Abonnement",
            "debit": iss[:8] + "15",
            "lines": cjfr.bill_lines(prov, amt),
            "site_label": "Point de livraison" if prov != "Free" else "Ligne",
            "site_addr": "27 rue de Tolbiac 75013 Paris",
            "legal": {
                "TotalEnergies": "TotalEnergies Électricité et Gaz France, SA au capital de "
                "6 469 025 €, 2 bis rue Louis Armand 75015 Paris, RCS Paris 542 107 651.",
                "Free": "Free SAS au capital de 3 441 812 € - RCS Paris 421 938 861 - 16 rue de "
                "la Ville l'Évêque 75008 Paris.",
                "Veolia": "Eau de Paris / Veolia Eau d'Île-de-France SNC - service client.",
            }[prov],
        }
        pg = cjfr.bill(bb, rng)
        if look == "text_pdf":
            text_pdf([pg], d / name, "Facture", prov)
        else:
            save_jpeg(phone_photo(render(pg, 200), rng, 0, 4000), d / name, 86)
        docs.append(bill_doc(bb, name, look, serv))
        docs[-1]["notes"] = note
    nir13 = "1940399243058"
    k = nir_key(nir13)
    assert (int(nir13) + k) % 97 == 0
    nir_print = f"1 94 03 99 243 058 {k:02d}"
    s = {
        "employer": "SAVEURS DU MÉKONG SAS",
        "employer_addr": ["58 avenue de Choisy", "75013 Paris"],
        "siret": "893 104 227 00019",
        "naf": "5610A",
        "p_start": "01/11/2026",
        "p_end": "30/11/2026",
        "paid": "30/11/2026",
        "emp_lines": ["M. ĐẶNG Văn Hoàng", "27 rue de Tolbiac", "75013 PARIS"],
        "matricule": "00031",
        "nir_print": nir_print,
        "job": "Cuisinier",
        "entry": "06/07/2026",
        "ccn": "Hôtels, cafés, restaurants (IDCC 1979)",
        "lines": [
            ("Salaire de base", "151,67", "13,2000", "", "2 002,04"),
            ("Avantage en nature repas", "22", "4,2200", "", "92,84"),
            ("Santé", "2 094,88", "", "28,40", ""),
            ("Sécurité sociale plafonnée", "2 094,88", "6,90", "144,55", ""),
            ("Retraite complémentaire T1", "2 094,88", "4,01", "84,00", ""),
            ("CSG déductible", "2 058,64", "6,80", "139,99", ""),
            ("CSG/CRDS non déductible", "2 058,64", "2,90", "59,70", ""),
            ("Déduction avantage en nature", "", "", "92,84", ""),
        ],
        "net_before": "1 545,40",
        "pas": "1,9 %",
        "pas_amt": "-29,36",
        "net": "1 516,04",
    }
    text_pdf([cjfr.payslip(s, rng)], d / "Bulletin_paie_2026_11.pdf", "Bulletin de paie", "Silae")
    docs.append(
        doc(
            [f1("Bulletin_paie_2026_11.pdf")],
            "payslip",
            "text_pdf",
            {
                "employer": "SAVEURS DU MÉKONG SAS",
                "employee_name": "ĐẶNG Văn Hoàng",
                "period": "2026-11",
                "net_pay": "1516.04",
                "siret": "89310422700019",
            },
            "shows a provisional NIR " + nir13 + f"{k:02d}",
        )
    )
    key, iban = fr_rib("30003", "03620", "00050918273")
    r = {
        "bank_name": "Société Générale",
        "holder_lines": ["M DANG VAN HOANG", "27 RUE DE TOLBIAC", "75013 PARIS"],
        "agency": "SG PARIS TOLBIAC",
        "agency_addr": "102 rue de Tolbiac 75013 Paris",
        "bank": "30003",
        "guichet": "03620",
        "account": "00050918273",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
    }
    save_jpeg(scanned(render(cjfr.rib_paper(r, rng), 150), rng), d / "scan_0007.jpg", 80, 150)
    docs.append(
        doc(
            [f1("scan_0007.jpg")],
            "rib",
            "scan",
            {
                "holder_name": "M DANG VAN HOANG",
                "iban": iban,
                "bic": "SOGEFRPP",
                "bank_name": "Société Générale",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    pages, slots = cerfa_pages("B")
    v = {
        "nom": "ĐẶNG",
        "prenoms": "Văn Hoàng",
        "sex": "M",
        "dob": p["dob"],
        "lieu": "Hà Nội, Viêt Nam",
        "nat": "Vietnamienne",
        "adresse": "27 rue de Tolbiac",
        "cp": "75013",
        "commune": "Paris",
        "tel": "07 81 22 65 03",
        "email": "hoang.dang94@gmail.com",
        "situation": "sit_salarie",
        "contrat": "CDI",
        "emploi": "Cuisinier",
        "place": "Paris",
        "date_text": "28/11/2026",
        "date_by_hand": True,
        "signed_on": "2026-11-28",
        "signed": True,
    }
    fill_drawn(pages, slots, v, rng, hand=False)
    image_pdf([render(pg, 200) for pg in pages], d / "formulaire_S1106.pdf", rng)
    docs.insert(
        0,
        doc(
            [f1("formulaire_S1106.pdf", (1, 2))],
            "application_form",
            "image_pdf",
            form_fields(v),
            "typed, printed, dated and signed by hand, scanned",
        ),
    )
    req = dict(ALL_OK, employment="complete")
    return as_of, True, req, None, p, "ĐẶNG", "Văn Hoàng", docs


# ====================================================================== p04 USA


def packet_usa(out, rng):
    as_of = "2026-11-20"
    p = person(
        issuer="USA",
        nat="USA",
        pp_surname="WHITAKER",
        pp_given="JONATHAN MICHAEL",
        number="A03918274",
        dob="1985-10-02",
        sex="M",
        exp="2034-01-15",
        issued="2024-01-16",
        pob_pp="OHIO, U.S.A.",
        nat_text="UNITED STATES OF AMERICA",
        authority="United States Department of State",
        skin=(225, 185, 160),
        visa_no="905561827",
        visa_from="2026-05-10",
        visa_until="2027-05-09",
        visa_days="365",
        visa_post="WASHINGTON",
        visa_issued="2026-04-22",
        visa_remarks="VLS-TS VISITEUR",
        visa_cat_code="VISITEUR",
        visa_cat="VISITEUR",
    )
    d = out / "p04"
    d.mkdir(parents=True)
    docs = []
    save_jpeg(
        phone_photo(render(cjid.passport_page(p, rng), 400), rng, 1, 4032), d / "IMG_0836.JPG", 88
    )
    docs.append(doc([f1("IMG_0836.JPG")], "passport", "phone_photo", id_fields(p), "rotated 90"))
    vimg = a4_with([(render(cjid.visa_sticker(p, rng), 300), 30, 40, 120)], 300)
    save_jpeg(scanned(vimg, rng), d / "visa_scan.jpg", 84, 300)
    docs.append(doc([f1("visa_scan.jpg")], "long_stay_visa", "scan", visa_fields(p)))
    b = {
        "state": "OHIO",
        "dept": "OHIO DEPARTMENT OF HEALTH",
        "file_no": "1985-142871",
        "name": "JONATHAN MICHAEL WHITAKER",
        "dob_text": "OCTOBER 2, 1985",
        "sex": "MALE",
        "pob": "COLUMBUS",
        "county": "FRANKLIN",
        "mother": "SUSAN ELIZABETH GRANT",
        "father": "ROBERT JAMES WHITAKER",
        "filed": "OCTOBER 9, 1985",
        "issued": "FEBRUARY 24, 2026",
        "registrar": "Daniel K. Porter",
    }
    save_jpeg(
        scanned(render(cjbirth.usa_cert(b, rng), 200), rng), d / "birth_certificate.jpg", 84, 200
    )
    docs.append(
        doc(
            [f1("birth_certificate.jpg")],
            "birth_certificate",
            "scan",
            {
                "surname": "WHITAKER",
                "given_names": "JONATHAN MICHAEL",
                "date_of_birth": p["dob"],
                "place_of_birth": "COLUMBUS, FRANKLIN COUNTY, OHIO",
                "issuing_country": "USA",
                "language": "en",
                "has_apostille": True,
            },
        )
    )
    a = {
        "country": "United States of America",
        "doc_signer": "Daniel K. Porter",
        "doc_capacity": "State Registrar of Vital Statistics",
        "doc_seal": "Ohio Department of Health",
        "place": "Columbus, Ohio",
        "date_text": "March 12, 2026",
        "authority": "Ohio Secretary of State",
        "number": "2026-0041873",
        "signed_by": "Margaret H. Ellison",
        "seal_text": "STATE OF OHIO",
    }
    save_jpeg(scanned(render(cjid.apostille(a, rng, "en"), 200), rng), d / "apostille.jpg", 84, 200)
    docs.append(
        doc(
            [f1("apostille.jpg")],
            "apostille",
            "scan",
            {
                "country": "United States of America",
                "issued_on": "2026-03-12",
                "number": "2026-0041873",
                "signed_by": "Margaret H. Ellison",
            },
        )
    )
    le = {
        "kind_line": "Logement meublé — bail de résidence principale",
        "fonts": ("arial", "arialb"),
        "landlord": "SCI LES TERRASSES DE FOURVIÈRE, représentée par son mandataire CITYA LYON",
        "landlord_addr": "siège 12 rue de la République, 69002 Lyon",
        "tenants_line": "M. Jonathan Michael WHITAKER et Mme Emily Rose CARTER",
        "address": "5 quai Saint-Vincent, 2e étage gauche, 69001 Lyon",
        "desc": "Type : appartement meublé T3 de 61 m², avec cave.",
        "start_text": "1er juin 2026",
        "duration": "1 an renouvelable tacitement",
        "rent": "1 090,00",
        "charges": "90,00",
        "deposit": "2 180,00",
        "city": "Lyon",
        "signed_on": "27/05/2026",
        "sign_names": ["Jonathan Whitaker", "Emily Carter"],
    }
    text_pdf(cjfr.lease(le, rng, 3), d / "bail_meuble_signe.pdf", "Bail", "Citya")
    docs.append(
        doc(
            [f1("bail_meuble_signe.pdf", (1, 2, 3))],
            "lease",
            "text_pdf",
            {
                "tenant_names": ["Jonathan Michael WHITAKER", "Emily Rose CARTER"],
                "landlord": "SCI LES TERRASSES DE FOURVIÈRE",
                "address": "5 quai Saint-Vincent, 2e étage gauche, 69001 Lyon",
                "start_date": "2026-06-01",
            },
        )
    )
    iban = iban_make("DE", "10011001" + "2623871945")
    sc = cjfr.n26_screenshot(
        {
            "holder": "Jonathan Michael Whitaker",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "balance": "€2,418.36",
        },
        rng,
    )
    sc.save(d / "Screenshot_20261118-214205.png", optimize=False)
    docs.append(
        doc(
            [f1("Screenshot_20261118-214205.png")],
            "rib",
            "screenshot",
            {
                "holder_name": "Jonathan Michael Whitaker",
                "iban": iban,
                "bic": "NTSBDEB1XXX",
                "bank_name": "N26",
                "iban_valid": True,
                "rib_key_valid": None,
            },
            "German SEPA IBAN (N26): acceptable, information only",
        )
    )
    pages, slots = cerfa_pages("A")
    v = {
        "nom": "WHITAKER",
        "prenoms": "Jonathan Michael",
        "sex": "M",
        "dob": p["dob"],
        "lieu": "Columbus, Ohio (USA)",
        "nat": "Américaine",
        "adresse": "5 quai Saint-Vincent",
        "cp": "69001",
        "commune": "Lyon",
        "tel": "06 12 47 83 30",
        "email": "jon.whitaker@icloud.com",
        "situation": "sit_sans",
        "place": "Lyon",
        "date_text": "18/11/2026",
        "signed_on": "2026-11-18",
        "signed": False,
    }
    fill_drawn(pages, slots, v, rng, hand=False)
    save_jpeg(
        phone_photo(render(pages[0], 200), rng, 0, 4032, table=(200, 196, 188)),
        d / "IMG_0841.JPG",
        88,
    )
    save_jpeg(
        phone_photo(render(pages[1], 200), rng, 2, 4032, table=(200, 196, 188)),
        d / "IMG_0842.JPG",
        88,
    )
    docs.insert(
        0,
        doc(
            [f1("IMG_0841.JPG"), f1("IMG_0842.JPG")],
            "application_form",
            "phone_photo",
            form_fields(v),
            "fillable PDF printed with its values, dated but the "
            "signature box left empty; page 2 photo rotated 180",
        ),
    )
    req = dict(ALL_OK, employment="not_applicable", application_form="invalid")
    defect = "application form not signed (signature box empty)"
    return as_of, False, req, defect, p, "WHITAKER", "Jonathan Michael", docs


ORDER = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def main():
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    # self-checks of the check-digit code on public vectors
    assert (
        mrz_td3(
            "UTO",
            "ERIKSSON",
            "ANNA MARIA",
            "L898902C3",
            "UTO",
            "740812",
            "F",
            "120415",
            "ZE184226B",
        )[1]
        == "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    )
    assert (
        iban_valid("FR1420041010050500013M02606") and rib_key("20041", "01005", "0500013M026") == 6
    )
    assert not iban_valid("FR1520041010050500013M02606")
    names = []
    for i, fn in enumerate((packet_mali, packet_mexico, packet_vietnam, packet_usa), 1):
        name = f"p{i:02d}"
        as_of, employed, req, defect, p, sur, given, docs = fn(
            out / "packets", random.Random(1000 + i)
        )
        bad = [k for k, s in req.items() if s in ("invalid", "missing")]
        assert (defect is None) == (not bad) and len(bad) <= 1
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": "incomplete" if bad else "complete",
            "requirements": {k: req[k] for k in ORDER},
            "defect": defect,
            "applicant": {"surname": sur, "given_names": given, "date_of_birth": p["dob"]},
            "documents": docs,
        }
        listed = {f["path"] for dd in docs for f in dd["files"]}
        present = {x.name for x in (out / "packets" / name).iterdir()}
        assert listed == present, (name, listed ^ present)
        with open(out / "packets" / f"{name}.truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
        names.append(name)
    with open(out / "manifest.json", "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main()
