"""Packets p03 (Peru, attestation d'hébergement) and p04 (Afghanistan, bills, payslip missing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import cv_civil
import cv_fin
import cv_form
import cv_ids
from cv_looks import image_pdf, jpeg, paste_on_sheet, phone_photo, raster, scanned
from cv_packet import (
    REQ_IDS,
    SKIN,
    Packet,
    form_fields,
    id_fields,
    rib_data,
    save_truth,
    telecom,
    visa_fields,
)


# --------------------------------------------------------------------------- p03 Peru
def p03(out: Path) -> None:
    pk = Packet(out, "p03", 303)
    as_of = date(2026, 11, 27)
    sur, giv, dob = "QUISPE HUAMÁN", "Rosa Elena", date(1987, 11, 5)
    skin, hair = SKIN["PER"]
    p = {
        "surname": sur,
        "given": giv,
        "number": "121804563",
        "nat": "PER",
        "dob": dob,
        "sex": "F",
        "exp": date(2031, 8, 19),
        "issued": date(2021, 8, 20),
        "pob": "Cusco",
        "authority": "MIGRACIONES LIMA",
        "nat_label": "PERUANA",
        "skin": skin,
        "hair": hair,
    }
    pdf, lines = cv_ids.passport_page(p, pk.rng())
    pg1 = paste_on_sheet(raster(pdf, 200)[0], pk.rng(), 200, at=(0.12, 0.1))
    v = dict(
        p,
        page_tint=(0.96, 0.92, 0.92),
        valid_from=date(2026, 5, 12),
        valid_until=date(2027, 5, 11),
        days=365,
        issued_in="LIMA",
        issued_on=date(2026, 4, 22),
        passport_no=p["number"],
        remark1="VLS-TS VIE PRIVEE ET FAMILIALE",
        remark2="CONJOINT DE FRANCAIS",
        number="052266714",
        page=7,
    )
    pdfv, vlines = cv_ids.visa_sticker(v, pk.rng())
    pg2 = paste_on_sheet(raster(pdfv, 200)[0], pk.rng(), 200, at=(0.12, 0.1))
    pk.write(
        "passeport_et_visa.pdf", image_pdf([scanned(pg1, pk.rng()), scanned(pg2, pk.rng())], 70)
    )
    pk.add(
        [("passeport_et_visa.pdf", [1])],
        "passport",
        "image_pdf",
        id_fields(sur, giv.upper(), p["number"], "PER", "PER", dob, "F", p["exp"], lines, "td3"),
        "Peruvian passport data page; same PDF as the visa",
    )
    pk.add(
        [("passeport_et_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        visa_fields(v, vlines),
        "VLS-TS vie privée et familiale (conjoint de Français)",
    )
    apo = {
        "country": "REPÚBLICA DEL PERÚ",
        "doc_signer": "CARMEN ROSA PAREDES VILCA",
        "capacity": "REGISTRADOR CIVIL — RENIEC",
        "seal": "RENIEC — REGISTROS CIVILES",
        "place": "LIMA",
        "date": date(2026, 3, 9),
        "by": "MINISTERIO DE RELACIONES EXTERIORES",
        "number": "2026-0231874",
        "signer": "JORGE LUIS SALAZAR MENDOZA",
        "code": "APT-8F3K-27QX",
    }
    b = {
        "cnv": "0000512877",
        "acta": "1000377415",
        "ap1": "QUISPE",
        "ap2": "HUAMÁN",
        "given": giv,
        "dob": dob,
        "place": "HOSPITAL REGIONAL DEL CUSCO",
        "dpd": "CUSCO / CUSCO / CUSCO",
        "mother": "HUAMÁN CCAHUANA, JULIA",
        "mother_dni": "23874561",
        "home": "AV. DE LA CULTURA 1420, CUSCO",
        "father": "QUISPE MAMANI, FÉLIX",
        "reg": date(1987, 11, 20),
        "office": "MUNICIPALIDAD PROVINCIAL DEL CUSCO",
        "registrar": "ROSAS TTITO, AMÉRICO",
        "issued": date(2026, 3, 4),
        "issued_mes": "marzo",
        "certifier": "CARMEN ROSA PAREDES VILCA",
        "apo": apo,
    }
    pdf = cv_civil.peru_birth(b, pk.rng())
    pk.write(
        "acta_nacimiento_apostillada.pdf",
        image_pdf([scanned(im, pk.rng()) for im in raster(pdf, 150)], 68),
    )
    pk.add(
        [("acta_nacimiento_apostillada.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "QUISPE HUAMÁN",
            "given_names": "ROSA ELENA",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "Cusco",
            "issuing_country": "PER",
            "language": "es",
            "has_apostille": True,
        },
        "RENIEC acta de nacimiento (copia certificada), Spanish; apostille on page 2",
    )
    pk.add(
        [("acta_nacimiento_apostillada.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "PER",
            "issued_on": "2026-03-09",
            "number": "2026-0231874",
            "signed_by": "JORGE LUIS SALAZAR MENDOZA",
        },
        "Hague model apostille, Ministerio de Relaciones Exteriores del Perú",
    )
    t = {
        "translator": "Isabel MORENO-DURAND",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Lyon",
            "Espagnol — Français",
            "8 quai Saint-Vincent, 69001 Lyon",
        ],
        "number": "ES-2026-355",
        "from_lang": "Espagnol",
        "title": "ACTE DE NAISSANCE",
        "header": [
            "Registre national d'identification et d'état civil (RENIEC) — Pérou",
            "Acte de naissance n° 1000377415 — copie certifiée",
        ],
        "rows": [
            ("Premier nom de famille :", "QUISPE"),
            ("Second nom de famille :", "HUAMÁN"),
            ("Prénoms :", "ROSA ELENA"),
            ("Sexe :", "Féminin"),
            ("Date de naissance :", "05/11/1987 à 07h45"),
            ("Lieu de naissance :", "Hôpital régional de Cusco, Cusco (Pérou)"),
            ("Mère :", "HUAMÁN CCAHUANA, Julia"),
            ("Père :", "QUISPE MAMANI, Félix"),
            ("Date d'inscription :", "20/11/1987"),
            ("Bureau :", "Municipalité provinciale de Cusco"),
        ],
        "footer": [
            (
                "Copie certifiée délivrée à Lima le 4 mars 2026, signée par Mme Carmen Rosa "
                "PAREDES VILCA, officier d'état civil."
            ),
            (
                "Apostille n° 2026-0231874 du 09/03/2026, Ministère des Relations extérieures "
                "du Pérou."
            ),
        ],
        "city": "Lyon",
        "date": date(2026, 9, 29),
        "court": "Lyon",
        "pair": "ES > FR",
        "contact": "imd.traductions@gmail.com",
    }
    pdf = cv_civil.translation(t, pk.rng())
    pk.write("traduction_acte_FR.pdf", pdf)
    pk.add(
        [("traduction_acte_FR.pdf", [1])],
        "translation",
        "text_pdf",
        {},
        "Sworn translation from Spanish, delivered as a PDF by the translator",
    )
    host_addr = ["24 rue Paul Bert", "69003 Lyon"]
    a = {
        "host": "Thomas Lefèvre",
        "host_addr": host_addr,
        "city": "Lyon",
        "signed": date(2026, 11, 8),
        "sig_name": "TLefevre",
        "font": "Hand2",
        "body": [
            "Je soussigné Thomas Lefèvre, né le 12/02/1985 à Villeurbanne,",
            "demeurant 24 rue Paul Bert, 69003 Lyon, atteste sur l'honneur",
            "héberger à mon domicile depuis le 14/05/2026 mon épouse",
            "Mme Rosa Elena Quispe Huamán, née le 05/11/1987 à Cusco (Pérou).",
            "",
            "Je joins une copie de ma carte d'identité et mes trois dernières",
            "factures Orange.",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
    }
    pdf = cv_fin.attestation_hand(a, pk.rng())
    pk.write("attestation_hebergement.jpg", jpeg(scanned(raster(pdf, 200)[0], pk.rng()), 80))
    pk.add(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Thomas Lefèvre",
            "hosted_name": "Rosa Elena Quispe Huamán",
            "address": "24 rue Paul Bert, 69003 Lyon",
            "since_date": "2026-05-14",
            "signed_on": "2026-11-08",
            "signed": True,
        },
        "Handwritten by the host (husband)",
    )
    sk, hr = SKIN["FRA"]
    k = {
        "kind": "cni",
        "surname": "LEFÈVRE",
        "given": "Thomas Julien",
        "usage": "",
        "sex": "M",
        "nat": "FRA",
        "dob": date(1985, 2, 12),
        "pob": "Villeurbanne",
        "number": "Y7KM2C9T3",
        "exp": date(2033, 6, 30),
        "issued": date(2023, 7, 1),
        "address1": "24 RUE PAUL BERT",
        "address2": "69003 LYON",
        "skin": sk,
        "hair": hr,
    }
    pdf, klines = cv_ids.fr_card(k, pk.rng())
    faces = raster(pdf, 400)
    names = ["CNI_Thomas_recto.jpg", "CNI_Thomas_verso.jpg"]
    for i, (face, nm) in enumerate(zip(faces, names)):
        pk.write(
            nm,
            jpeg(
                phone_photo(face, pk.rng(), 3024, card=True, fill=0.55, rot90=3 if i == 1 else 0),
                85,
            ),
        )
    pk.add(
        [(names[0], [1]), (names[1], [1])],
        "national_id",
        "phone_photo",
        id_fields(
            "LEFÈVRE",
            "THOMAS, JULIEN",
            "Y7KM2C9T3",
            "FRA",
            "FRA",
            k["dob"],
            "M",
            k["exp"],
            klines,
            "td1",
        ),
        "Host's French identity card (2021 model), front and back; back photo rotated",
    )
    telecom(
        pk,
        "orange",
        "M THOMAS LEFEVRE",
        ["24 rue Paul Bert", "69003 Lyon"],
        [date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1)],
        [42.99, 44.98, 42.99],
        [date(2026, 9, 4), date(2026, 10, 5), date(2026, 11, 4)],
        ["F0427716634", "F0427902115", "F0428088731"],
        "0817 442 309",
        "04 78 62 19 33",
        ["text_pdf", "text_pdf", "text_pdf"],
        ["Orange_facture_2026-08.pdf", "Orange_facture_2026-09.pdf", "Orange_facture_2026-10.pdf"],
        "Orange",
    )
    for d in pk.docs[-3:]:
        d["notes"] += " — in the host's name (attestation route)"
    iban, key = rib_data("30002", "00621", "0000781245Y")
    r = {
        "bank": "lcl",
        "holder_lines": ["M LEFEVRE THOMAS", "OU MME QUISPE HUAMAN ROSA ELENA"],
        "addr": ["24 RUE PAUL BERT", "69003 LYON"],
        "bank_code": "30002",
        "branch": "00621",
        "account": "0000781245Y",
        "key": key,
        "iban": iban,
        "bic": "CRLYFRPP",
        "domicile": ["LCL LYON GUILLOTIERE", "2 PLACE GABRIEL PÉRI", "69007 LYON"],
        "legal": "LCL Le Crédit Lyonnais — SA au capital de 2 037 713 591 € — SIREN 954 509 "
        "741 RCS Lyon",
    }
    pk.write("RIB_LCL_compte_joint.pdf", cv_fin.rib_pdf(r, pk.rng()))
    pk.add(
        [("RIB_LCL_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "LEFEVRE THOMAS OU QUISPE HUAMAN ROSA ELENA",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Joint account of the spouses (includes the applicant)",
    )
    fv = {
        "surname": "QUISPE HUAMAN",
        "usage": "LEFEVRE",
        "given": "Rosa Elena",
        "sex": "F",
        "dob": dob,
        "pob": "Cusco",
        "pob_country": "Pérou",
        "nationality": "Péruvienne",
        "nir": "",
        "address": "24 rue Paul Bert",
        "postcode": "69003",
        "city": "Lyon",
        "phone": "07 81 30 62 55",
        "email": "rosa.quispe.h@gmail.com",
        "situation": "sans_activite",
        "place": "Lyon",
        "date_text": "20/11/2026",
        "signed_on": date(2026, 11, 20),
        "sig_name": "RosaQuispe",
    }
    pk.write("S1106_formulaire_rempli.pdf", cv_form.build("A", fv, "acro", pk.rng()))
    pk.add(
        [("S1106_formulaire_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(fv, "not_employed", "A"),
        "Fillable AcroForm (print run A) with values in "
        "form fields and a handwritten signature image pasted in the box; usage name "
        "LEFEVRE; section B: sans activité",
    )
    reqs = {k_: "complete" for k_ in REQ_IDS}
    reqs["employment"] = "not_applicable"
    save_truth(
        out,
        pk,
        as_of,
        False,
        reqs,
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob.isoformat()},
    )


# --------------------------------------------------------------------------- p04 Afghanistan
def p04(out: Path) -> None:
    pk = Packet(out, "p04", 404)
    as_of = date(2026, 12, 1)
    sur, giv, dob = "SULTANI", "Mohammad Nasir", date(1993, 4, 9)
    skin, hair = SKIN["AFG"]
    p = {
        "surname": sur,
        "given": giv,
        "number": "P04731859",
        "nat": "AFG",
        "dob": dob,
        "sex": "M",
        "exp": date(2028, 3, 11),
        "issued": date(2023, 3, 12),
        "pob": "Herat",
        "authority": "MOI KABUL",
        "nat_label": "AFGHAN",
        "skin": skin,
        "hair": hair,
    }
    pdf, lines = cv_ids.passport_page(p, pk.rng())
    pk.write(
        "IMG_20261128_091544.jpg",
        jpeg(phone_photo(raster(pdf, 300)[0], pk.rng(), 4032, rot90=2, card=True, fill=0.68), 87),
    )
    pk.add(
        [("IMG_20261128_091544.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(sur, giv.upper(), p["number"], "AFG", "AFG", dob, "M", p["exp"], lines, "td3"),
        "Afghan passport data page, phone photo upside down (180°)",
    )
    k = {
        "kind": "ts",
        "surname": sur,
        "given": giv,
        "sex": "M",
        "nat": "AFG",
        "dob": dob,
        "pob": "Herat (Afghanistan)",
        "number": "KB3906217",
        "exp": date(2029, 10, 19),
        "issued": date(2025, 10, 20),
        "permit_type": "PASSEPORT TALENT - SALARIÉ QUALIFIÉ",
        "remarks": "AUTORISE SON TITULAIRE À TRAVAILLER",
        "address1": "9 RUE DES SALENQUES",
        "address2": "31000 TOULOUSE",
        "authority": "PRÉFET HAUTE-GARONNE",
        "skin": skin,
        "hair": hair,
    }
    pdf, klines = cv_ids.fr_card(k, pk.rng())
    f1, f2 = raster(pdf, 300)
    sheet = paste_on_sheet(
        f1, pk.rng(), 200, at=(0.1, 0.08), extra=[(f2.resize(f1.size), (0.1, 0.48))]
    )
    pk.write("titre_sejour_recto_verso.jpg", jpeg(scanned(sheet, pk.rng()), 80))
    pk.add(
        [("titre_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        id_fields(
            sur, "MOHAMMAD, NASIR", "KB3906217", "AFG", "FRA", dob, "M", k["exp"], klines, "td1"
        ),
        "Carte de séjour pluriannuelle passeport talent; both faces scanned on one sheet",
    )
    b = {
        "serial": "PRD-1402-0088412",
        "given": "Mohammad Nasir",
        "surname": "Sultani",
        "father": "Ghulam Sakhi",
        "grandfather": "Abdul Rahim",
        "mother": "Fariba",
        "dob": dob,
        "dob_sh": "1372/01/20",
        "place": "Herat",
        "tazkira": "1400-0301-22817",
        "issued": date(2024, 2, 5),
        "mfa_no": "MFA-CA-1402/7719",
        "mfa_date": date(2024, 2, 18),
        "emb_no": "AEP-24/0612",
        "emb_date": date(2024, 9, 3),
        "emb_signer": "Ahmad Shah KARIMI",
        "mae_date": date(2024, 9, 17),
        "mae_no": "LEG-2024-184406",
    }
    pdf = cv_civil.afg_birth(b, pk.rng())
    pages = raster(pdf, 150)
    nm = ["birth_certificate_1.jpg", "birth_certificate_2.jpg"]
    for i, (im, n) in enumerate(zip(pages, nm)):
        pk.write(n, jpeg(phone_photo(im, pk.rng(), 3264, rot90=1 if i == 0 else 0), 84))
    pk.add(
        [(nm[0], [1]), (nm[1], [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "Sultani",
            "given_names": "Mohammad Nasir",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "Herat",
            "issuing_country": "AFG",
            "language": "fa",
            "has_apostille": False,
        },
        "Afghan birth certificate, Dari with English headings (solar hijri date too). "
        "Afghanistan is not a party to the Apostille Convention: second photo shows the "
        "legalisation chain (Afghan MFA, Afghan consulate in Paris, French MEAE bureau des "
        "légalisations). First photo rotated 90°.",
    )
    t = {
        "translator": "Farid HOSSEINI",
        "translator_lines": [
            "Traducteur-interprète expert près la Cour d'appel de Toulouse",
            "Persan (dari) — Français",
            "31 rue de Metz, 31000 Toulouse",
        ],
        "number": "T-2026-0412",
        "from_lang": "Persan (dari)",
        "title": "CERTIFICAT DE NAISSANCE",
        "header": [
            "République islamique d'Afghanistan — Ministère de l'Intérieur",
            "Direction de l'enregistrement de la population — N° PRD-1402-0088412",
        ],
        "rows": [
            ("Prénom :", "Mohammad Nasir"),
            ("Nom :", "SULTANI"),
            ("Nom du père :", "Ghulam Sakhi"),
            ("Nom du grand-père :", "Abdul Rahim"),
            ("Nom de la mère :", "Fariba"),
            ("Sexe :", "Masculin"),
            ("Date de naissance :", "09/04/1993 (20/01/1372 du calendrier solaire)"),
            ("Lieu de naissance :", "Hérat"),
            ("N° de tazkira :", "1400-0301-22817"),
            ("Délivré à Kaboul le :", "05/02/2024"),
        ],
        "footer": [
            (
                "Légalisations : Ministère des Affaires étrangères d'Afghanistan n° "
                "MFA-CA-1402/7719 ; Ambassade d'Afghanistan à Paris n° AEP-24/0612 ; "
                "Ministère de l'Europe et des Affaires étrangères n° LEG-2024-184406."
            )
        ],
        "city": "Toulouse",
        "date": date(2026, 10, 14),
        "court": "Toulouse",
        "pair": "FA > FR",
        "contact": "f.hosseini.trad@free.fr",
    }
    pk.write("traduction_acte_naissance.pdf", cv_civil.translation(t, pk.rng()))
    pk.add(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "text_pdf",
        {},
        "Sworn translation from Dari",
    )
    telecom(
        pk,
        "sfr",
        "M MOHAMMAD NASIR SULTANI",
        ["9 rue des Salenques", "31000 Toulouse"],
        [date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1)],
        [36.0, 36.0, 41.5],
        [date(2026, 9, 2), date(2026, 10, 2), date(2026, 11, 2)],
        ["0926H1188403", "1026H1190751", "1126H1193378"],
        "2026 0047 1183",
        "05 34 41 27 90",
        ["phone_photo", "text_pdf", "text_pdf"],
        ["IMG_20261130_112207.jpg", "SFR_Facture_sept.pdf", "SFR_Facture_oct.pdf"],
        "SFR",
    )
    iban, key = rib_data("30003", "02170", "00050384216")
    r = {
        "bank": "sg",
        "holder_lines": ["M MOHAMMAD NASIR SULTANI"],
        "addr": ["9 RUE DES SALENQUES", "31000 TOULOUSE"],
        "bank_code": "30003",
        "branch": "02170",
        "account": "00050384216",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "domicile": ["SG TOULOUSE CAPITOLE", "10 RUE LAFAYETTE", "31000 TOULOUSE"],
        "legal": "Société Générale — SA au capital de 1 000 395 971,25 € — 552 120 222 RCS Paris",
    }
    pdf = cv_fin.rib_pdf(r, pk.rng())
    pk.write("RIB.jpg", jpeg(scanned(raster(pdf, 200)[0], pk.rng()), 82))
    pk.add(
        [("RIB.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "MOHAMMAD NASIR SULTANI",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    fv = {
        "surname": sur,
        "usage": "",
        "given": giv,
        "sex": "M",
        "dob": dob,
        "pob": "Herat",
        "pob_country": "Afghanistan",
        "nationality": "Afghane",
        "nir": "",
        "address": "9 rue des Salenques",
        "postcode": "31000",
        "city": "Toulouse",
        "phone": "06 12 87 40 63",
        "email": "nasir.sultani93@outlook.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Ingénieur réseaux",
        "place": "Toulouse",
        "date_text": "27/11/2026",
        "signed_on": date(2026, 11, 27),
        "sig_name": "NSultani",
    }
    pdf = cv_form.build("B", fv, "acro", pk.rng())
    names = ["IMG_20261127_203011.jpg", "IMG_20261127_203034.jpg"]
    for i, (im, n) in enumerate(zip(raster(pdf, 150), names)):
        pk.write(n, jpeg(phone_photo(im, pk.rng(), 3264, rot90=1 if i == 0 else 0), 84))
    pk.add(
        [(names[0], [1]), (names[1], [1])],
        "application_form",
        "phone_photo",
        form_fields(fv, "employed", "B"),
        "Fillable PDF (print run B) filled, printed, signed "
        "by hand, each page phone-photographed (page 1 rotated 90°); section B: salarié CDI, "
        "ingénieur réseaux",
    )
    reqs = {k_: "complete" for k_ in REQ_IDS}
    reqs["employment"] = "missing"
    save_truth(
        out,
        pk,
        as_of,
        True,
        reqs,
        "form says salaried (CDI) but no payslip or employment contract in the packet",
        {"surname": sur, "given_names": giv, "date_of_birth": dob.isoformat()},
    )
