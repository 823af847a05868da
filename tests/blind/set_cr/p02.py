"""Packet p02: Colombia, lease in his name, employed (payslip), titre de séjour."""

from __future__ import annotations

import functools

import civil
import forms
import ids
import money
from emit import F, Packet, on_a4, seeded
from kit import french_iban, siret


def p02(out: str) -> None:
    pk = Packet(out, "p02")
    rng = functools.partial(seeded, "p02")
    spec = {
        "code": "COL",
        "header": [("REPÚBLICA DE COLOMBIA", "sans-b", 9), ("PASAPORTE / PASSPORT", "sans", 7.5)],
        "header_color": (120, 20, 40),
        "paper": (240, 232, 226),
        "skin": (200, 158, 120),
        "guilloche": [(225, 200, 180), (205, 200, 225)],
        "labels": {
            "type": "Tipo / Type",
            "code": "Código / Code",
            "number": "Pasaporte No. / Passport No.",
            "surname": "Apellidos / Surname",
            "given": "Nombres / Given names",
            "nationality": "Nacionalidad / Nationality",
            "dob": "Fecha de nacimiento / Date of birth",
            "sex": "Sexo / Sex",
            "pob": "Lugar de nacimiento / Place of birth",
            "issue": "Fecha de expedición / Date of issue",
            "expiry": "Fecha de vencimiento / Date of expiry",
            "authority": "Autoridad / Authority",
            "signature": "Firma del titular / Holder's signature",
        },
        "values": {
            "mrz_surname": "RESTREPO GOMEZ",
            "mrz_given": "JUAN SEBASTIAN",
            "number": "AV482193",
            "dob_iso": "1991-09-27",
            "sex": "M",
            "expiry_iso": "2032-02-14",
            "surname": "RESTREPO GOMEZ",
            "given": "JUAN SEBASTIAN",
            "nationality": "COLOMBIANA",
            "dob": "27 SEP/SEP 1991",
            "sex_print": "M",
            "pob": "MEDELLIN ANT",
            "issue": "15 FEB/FEB 2022",
            "expiry": "14 FEB/FEB 2032",
            "authority": "MIN. RELACIONES EXTERIORES",
        },
    }
    page, mrz = ids.passport_page(spec, rng("pp"))
    pk.scan("passeport_scan.jpg", on_a4(ids.passport_spread(page, rng("spr")), 125, 300), dpi=300)
    pk.doc(
        [F("passeport_scan.jpg")],
        "passport",
        "scan",
        {
            "surname": "RESTREPO GOMEZ",
            "given_names": "JUAN SEBASTIAN",
            "document_number": "AV482193",
            "nationality": "COL",
            "issuing_country": "COL",
            "date_of_birth": "1991-09-27",
            "sex": "M",
            "expiry_date": "2032-02-14",
            "mrz_valid": True,
        },
        "flatbed scan of the open booklet at real size; MRZ " + " / ".join(mrz),
    )
    front, back, tmrz = ids.french_card(
        {
            "kind": "titre",
            "number": "ZD7061348",
            "dob_iso": "1991-09-27",
            "sex": "M",
            "expiry_iso": "2030-02-28",
            "nat": "COL",
            "surname": "RESTREPO GOMEZ",
            "given": "JUAN SEBASTIAN",
            "surname_print": "RESTREPO GOMEZ",
            "given_print": "JUAN SEBASTIAN",
            "nat_print": "COL",
            "dob": "27 09 1991",
            "pob": "MEDELLIN (COL)",
            "expiry": "28 02 2030",
            "permit_type": "CARTE DE SÉJOUR PLURIANNUELLE",
            "mention": "PASSEPORT TALENT - SALARIÉ QUALIFIÉ",
            "back_fields": [
                ("ADRESSE / Address", "12 RUE DES FILATIERS 31000 TOULOUSE"),
                ("LIEU DE DÉLIVRANCE / Place of issue", "PRÉFECTURE DE LA HAUTE-GARONNE"),
                ("DATE DE DÉLIVRANCE / Date of issue", "01 03 2026"),
                ("REMARQUES / Remarks", "AUTORISE SON TITULAIRE À TRAVAILLER"),
            ],
        },
        rng("titre"),
    )
    sheet = ids.card_sheet(front, back, dpi=300)
    pk.scan("titre_sejour_recto_verso.jpg", sheet, dpi=300)
    pk.doc(
        [F("titre_sejour_recto_verso.jpg")],
        "residence_permit",
        "scan",
        {
            "surname": "RESTREPO GOMEZ",
            "given_names": "JUAN SEBASTIAN",
            "document_number": "ZD7061348",
            "nationality": "COL",
            "issuing_country": "FRA",
            "date_of_birth": "1991-09-27",
            "sex": "M",
            "expiry_date": "2030-02-28",
            "mrz_valid": True,
        },
        "titre de séjour (carte pluriannuelle passeport talent), both sides on one sheet; MRZ "
        + " / ".join(tmrz),
    )
    bc = civil.colombia_birth(
        {
            "serial": "16598234",
            "nuip": "1.017.194.562",
            "office_class": "NOTARÍA",
            "office_no": "5",
            "office_place": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
            "ap1": "RESTREPO",
            "ap2": "GÓMEZ",
            "names": "JUAN SEBASTIÁN",
            "year": "1991",
            "month": "SEP",
            "day": "27",
            "hour": "06:40",
            "sex": "MASCULINO",
            "blood": "O",
            "rh": "+",
            "pob": "COLOMBIA - ANTIOQUIA - MEDELLÍN - CLÍNICA LAS AMÉRICAS",
            "antecedent": "CERTIFICADO DE NACIDO VIVO",
            "nv": "A 0412783",
            "mother": "GÓMEZ ARANGO MARÍA EUGENIA",
            "mother_id": "C.C. 43.512.908",
            "father": "RESTREPO VÉLEZ CARLOS ANDRÉS",
            "father_id": "C.C. 71.623.447",
            "reg_year": "1991",
            "reg_month": "OCT",
            "reg_day": "08",
            "registrar": "NOTARIO QUINTO DE MEDELLÍN",
            "copy_stamp": [
                "NOTARÍA QUINTA DEL CÍRCULO DE MEDELLÍN",
                "ES FIEL COPIA TOMADA DEL ORIGINAL",
                "QUE REPOSA EN ESTE DESPACHO",
                "MEDELLÍN, 05 AGO 2026",
                "VÁLIDA PARA TRÁMITES EN EL EXTERIOR",
            ],
        },
        rng("bc"),
    )
    pk.image_pdf("registro_civil.pdf", bc, dpi=200)
    pk.doc(
        [F("registro_civil.pdf")],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "RESTREPO GÓMEZ",
            "given_names": "JUAN SEBASTIÁN",
            "date_of_birth": "1991-09-27",
            "place_of_birth": "MEDELLÍN, ANTIOQUIA, COLOMBIA",
            "issuing_country": "COL",
            "language": "es",
            "has_apostille": True,
        },
        "notarial copy of the registro civil de nacimiento",
    )
    ap = civil.colombia_eapostille(
        {
            "number": "A7KQ81530642",
            "country": "REPÚBLICA DE COLOMBIA",
            "signer": "CARLOS ALBERTO MEJÍA RUIZ",
            "capacity": "NOTARIO QUINTO DEL CÍRCULO DE MEDELLÍN",
            "seal_of": "NOTARÍA 5 DEL CÍRCULO DE MEDELLÍN",
            "at": "BOGOTÁ D.C.",
            "on_print": "14/08/2026 10:42:17 a.m.",
            "by": "MINISTERIO DE RELACIONES EXTERIORES DE COLOMBIA",
            "signed_by": "Firmado digitalmente por: DIANA PATRICIA ROJAS LEÓN — Coordinadora GIT Apostilla y "
            "Legalizaciones",
            "doc_type": "REGISTRO CIVIL DE NACIMIENTO",
            "holder": "JUAN SEBASTIAN RESTREPO GOMEZ",
            "code": "7F3K-92QX-LM41",
        },
        rng("ap"),
    )
    pk.text_pdf("apostilla.pdf", ap, "Apostilla", "Cancilleria")
    pk.doc(
        [F("apostilla.pdf")],
        "apostille",
        "text_pdf",
        {
            "country": "REPÚBLICA DE COLOMBIA",
            "issued_on": "2026-08-14",
            "number": "A7KQ81530642",
            "signed_by": "DIANA PATRICIA ROJAS LEÓN",
        },
        "electronic apostille of the Colombian foreign ministry for the registro civil",
    )
    tr = civil.sworn_translation(
        {
            "translator": "Claire DUBOIS-ORTEGA",
            "title": "Traductrice-interprète expert près la Cour d'appel de Toulouse",
            "pair": "Espagnol — Français",
            "address": "7 rue Croix-Baragnon, 31000 Toulouse — 05 61 22 48 90",
            "heading": "TRADUCTION DE L'ESPAGNOL",
            "body": [
                ("h", "RÉPUBLIQUE DE COLOMBIE — IDENTIFICATION PERSONNELLE"),
                ("h", "ACTE DE L'ÉTAT CIVIL DE NAISSANCE"),
                ("s", ""),
                ("kv", ("Indicatif série :", "16598234")),
                ("kv", ("NUIP :", "1.017.194.562")),
                ("kv", ("Bureau d'enregistrement :", "Notariat n° 5 — Medellín, Antioquia")),
                ("kv", ("Premier nom de famille :", "RESTREPO")),
                ("kv", ("Second nom de famille :", "GÓMEZ")),
                ("kv", ("Prénom(s) :", "JUAN SEBASTIÁN")),
                ("kv", ("Date de naissance :", "27 septembre 1991, 06 h 40")),
                ("kv", ("Sexe :", "MASCULIN")),
                ("kv", ("Lieu de naissance :", "Colombie — Antioquia — Medellín")),
                ("kv", ("Mère :", "GÓMEZ ARANGO María Eugenia, C.C. 43.512.908")),
                ("kv", ("Père :", "RESTREPO VÉLEZ Carlos Andrés, C.C. 71.623.447")),
                ("kv", ("Date d'inscription :", "8 octobre 1991")),
                ("s", ""),
                (
                    "p",
                    (
                        "[Mention notariale] Notariat cinquième du cercle de Medellín : copie fidèle de "
                        "l'original conservé dans cette étude, Medellín, le 5 août 2026. [Signature illisible]"
                    ),
                ),
                (
                    "p",
                    (
                        "[Apostille] République de Colombie, ministère des Affaires étrangères, apostille "
                        "n° A7KQ81530642 délivrée à Bogotá D.C. le 14/08/2026."
                    ),
                ),
            ],
            "certif": "Je soussignée, Claire DUBOIS-ORTEGA, traductrice-interprète expert près la Cour d'appel de "
            "Toulouse, certifie que la présente traduction est conforme à l'original en langue "
            "espagnole qui m'a été présenté.",
            "place_date": "Fait à Toulouse, le 02/09/2026",
            "repertoire": "N° de répertoire : 2026/0412",
            "stamp_ring": "EXPERT PRES LA COUR D'APPEL DE TOULOUSE *",
            "stamp_inner": ["C. DUBOIS-ORTEGA", "TRADUCTRICE", "ESPAGNOL"],
        },
        rng("tr"),
    )
    pk.image_pdf("traduction_assermentee.pdf", tr)
    pk.doc(
        [F("traduction_assermentee.pdf")],
        "translation",
        "image_pdf",
        {},
        "sworn French translation of the registro civil and its apostille",
    )
    b = {
        "agency": "Foncia Toulouse Capitole",
        "agency_addr": "3 place du Capitole, 31000 Toulouse — "
        "carte professionnelle CPI 3101 2018 000 024 561",
        "card": "CPI 3101 2018 000 024 561",
        "landlord": "SCI LES FILATIERS, représentée par M. Bernard Castan",
        "landlord_addr": "22 chemin de Lestang, 31100 Toulouse",
        "tenant": "M. Juan Sebastián RESTREPO GÓMEZ",
        "tenant_dob": "27/09/1991 à Medellín (Colombie)",
        "address": "12 rue des Filatiers, 31000 Toulouse",
        "floor": "3e étage, porte gauche",
        "surface": "41,50 m²",
        "rooms": "2",
        "cave": "7",
        "start_print": "1er mai 2026",
        "rent": "735,00 €",
        "charges": "45,00 €",
        "ref_rent": "16,90 €/m²",
        "deposit": "735,00 €",
        "fees": "332,00 € (8 €/m² + 3 €/m² état des lieux)",
        "clauses": [
            (
                "Le présent contrat sera résilié de plein droit deux mois après un commandement de "
                "payer demeuré infructueux, à défaut de paiement du loyer ou des charges aux termes "
                "convenus ou de non-versement du dépôt de garantie."
            ),
            (
                "Le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier lors "
                "de la remise des clés puis chaque année."
            ),
        ],
        "signed_at": "Toulouse",
        "signed_on": "24/04/2026",
    }
    pk.text_pdf("bail_signe.pdf", forms.lease(b, rng("bail")), "Contrat de location", "Foncia")
    pk.doc(
        [{"path": "bail_signe.pdf", "pages": [1, 2, 3]}],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Juan Sebastián RESTREPO GÓMEZ"],
            "landlord": "SCI LES FILATIERS",
            "address": "12 rue des Filatiers, 31000 Toulouse",
            "start_date": "2026-05-01",
        },
        "3-page agency lease (loi 1989), signed on the last page",
    )
    sir = siret("83215470", "0002")
    ps = {
        "from": "01/10/2026",
        "to": "31/10/2026",
        "employer": "AÉROLIS INGÉNIERIE SAS",
        "employer_lines": [
            "45 avenue de Grande-Bretagne, 31300 Toulouse",
            f"SIRET : {sir}   APE : 7112B",
            "URSSAF Midi-Pyrénées",
        ],
        "employee_lines": [
            "M. Juan Sebastián RESTREPO GÓMEZ",
            "12 rue des Filatiers",
            "31000 Toulouse",
        ],
        "job": "Ingénieur logiciel embarqué",
        "status": "Cadre — position 2.2, coefficient 130",
        "entry": "04/05/2026",
        "matricule": "00417",
        "nir_print": "en cours d'immatriculation",
        "ccn": "Syntec (IDCC 1486)",
        "gross": 3900.0,
        "hours": 151.67,
        "pas_rate": 0.061,
        "paid_on": "30/10/2026",
    }
    pk.text_pdf(
        "bulletin_octobre_2026.pdf", money.payslip(ps, rng("ps")), "Bulletin de paie", "Silae"
    )
    pk.doc(
        [F("bulletin_octobre_2026.pdf")],
        "payslip",
        "text_pdf",
        {
            "employer": "AÉROLIS INGÉNIERIE SAS",
            "employee_name": "Juan Sebastián RESTREPO GÓMEZ",
            "period": "2026-10",
            "net_pay": ps["_net"],
            "siret": sir,
        },
        "bulletin de paie clarifié",
    )
    bank, branch, acct = "30004", "00287", "00010498213"
    iban, key = french_iban(bank, branch, acct)
    rib = money.rib_bnp(
        {
            "bank": bank,
            "branch": branch,
            "account": acct,
            "key": key,
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "edited": "03/05/2026",
            "branch_name": "BNP PARIBAS TOULOUSE CAPITOLE",
            "branch_addr": "2 rue Lafayette, 31000 Toulouse",
            "holder_lines": [
                "M RESTREPO GOMEZ JUAN SEBASTIAN",
                "12 RUE DES FILATIERS",
                "31000 TOULOUSE",
            ],
        },
        rng("rib"),
    )
    pk.text_pdf("RIB_BNP.pdf", rib, "RIB", "BNP Paribas")
    pk.doc(
        [F("RIB_BNP.pdf")],
        "rib",
        "text_pdf",
        {
            "holder_name": "RESTREPO GOMEZ JUAN SEBASTIAN",
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "",
    )
    form = forms.application_form(
        {
            "fill": "typed",
            "surname": "RESTREPO GOMEZ",
            "usage": "",
            "given": "JUAN SEBASTIAN",
            "sex": "M",
            "dob": "1991-09-27",
            "pob_city": "Medellín",
            "pob_country": "Colombie",
            "nationality": "colombienne",
            "street": "12 rue des Filatiers",
            "postcode": "31000",
            "city": "Toulouse",
            "phone": "07 68 12 90 44",
            "email": "jsrestrepo.g@outlook.com",
            "situation": "salarie",
            "job": "Ingénieur logiciel",
            "contract": "CDI",
            "place": "Toulouse",
            "date_text": "18/11/2026",
        },
        rng("form"),
    )
    pk.text_pdf("demande_PUMA_signee.pdf", form, "cerfa 15763*02", "")
    pk.doc(
        [{"path": "demande_PUMA_signee.pdf", "pages": [1, 2]}],
        "application_form",
        "text_pdf",
        {
            "surname": "RESTREPO GOMEZ",
            "usage_name": None,
            "given_names": "JUAN SEBASTIAN",
            "date_of_birth": "1991-09-27",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-18",
            "nir": None,
        },
        "typed on screen, signature drawn with a pen tool (vector strokes)",
    )
    pk.write_truth(
        "2026-11-24",
        True,
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete",
        },
        None,
        {
            "surname": "RESTREPO GOMEZ",
            "given_names": "JUAN SEBASTIAN",
            "date_of_birth": "1991-09-27",
        },
    )
