"""Packets p03 (Venezuela, employed, three bills) and p04 (Georgia, brother's RIB)."""

import forms
import french
import papers
from checks import iban_fr, siret
from ids import card
from kit import MONTHS, bill_fields, form_fields, id_fields, passport_doc, rib_fields, visa_doc

LAB_ES = {
    "lab_no": "Pasaporte N° / Passport No.",
    "lab_sur": "Apellidos / Surname",
    "lab_giv": "Nombres / Given names",
    "lab_nat": "Nacionalidad / Nationality",
    "lab_dob": "Fecha de nacimiento / Date of birth",
    "lab_sex": "Sexo / Sex",
    "lab_pob": "Lugar de nacimiento / Place of birth",
    "lab_iss": "Fecha de emisión / Date of issue",
    "lab_exp": "Fecha de vencimiento / Date of expiry",
    "lab_auth": "Autoridad",
}
LAB_KA = {
    "lab_no": "პასპორტის № / Passport No.",
    "lab_sur": "გვარი / Surname",
    "lab_giv": "სახელი / Given names",
    "lab_nat": "მოქალაქეობა / Nationality",
    "lab_dob": "დაბადების თარიღი / Date of birth",
    "lab_sex": "სქესი / Sex",
    "lab_pob": "დაბადების ადგილი / Place of birth",
    "lab_iss": "გაცემის თარიღი / Date of issue",
    "lab_exp": "მოქმედების ვადა / Date of expiry",
    "lab_auth": "ორგანო / Authority",
}


def p03(k):
    as_of = "2026-11-27"
    sur, giv, dob = "GONZALEZ RODRIGUEZ", "MARIA ALEJANDRA", "1991-11-05"
    addr, cp, city = "5 allée des Tanneurs", "31000", "Toulouse"
    full_addr = f"{addr}, {cp} {city}"
    pp = {
        "code": "VEN",
        "head": "REPÚBLICA BOLIVARIANA DE VENEZUELA",
        "head2": "PASAPORTE",
        "number": "154829637",
        "surname": sur,
        "given": giv,
        "dob": dob,
        "sex": "F",
        "nat_txt": "VENEZOLANA",
        "pob": "MARACAIBO ZULIA",
        "issued": "2022-07-18",
        "expiry": "2032-07-17",
        "authority": "SAIME",
        "paper": (0.95, 0.94, 0.9),
        "lines": (0.9, 0.8, 0.7),
        "ink": (0.55, 0.1, 0.1),
        **LAB_ES,
    }
    passport_doc(k, pp, "IMG_3390.jpg", "phone_photo")
    kc = {
        "kind": "ts",
        "surname": sur,
        "given": giv,
        "sex": "F",
        "dob": dob,
        "nat": "VEN",
        "nat_txt": "VÉNÉZUÉLIENNE",
        "number": "N7K4D2P81",
        "expiry": "2027-09-15",
        "title": "CARTE DE SÉJOUR TEMPORAIRE",
        "remark": "SALARIÉ",
        "address": f"{addr.upper()} {cp} {city.upper()}",
        "back": [
            ("Lieu de délivrance", "PRÉFECTURE DE LA HAUTE-GARONNE"),
            ("Date de délivrance", "16 09 2026"),
        ],
    }
    pdf, lines = card(kc, k.rng)
    f = k.emit(pdf, "titre_sejour.jpg", "phone_photo", card=True)
    k.add(
        f,
        "residence_permit",
        "phone_photo",
        id_fields(sur, giv, kc["number"], "VEN", "FRA", dob, "F", kc["expiry"]),
        "Front and back in two photos. TD1: " + " / ".join(lines),
    )
    b = {
        "office": "Registro Civil de la Parroquia Chiquinquirá — Municipio Maracaibo — "
        "Estado Zulia",
        "acta": "1843",
        "tomo": "7",
        "dob": dob,
        "body": "Yo, la Registradora Civil de la Parroquia Chiquinquirá del Municipio "
        "Maracaibo del Estado Zulia, hago constar que en el día de hoy ha sido presentada "
        "ante este despacho una niña a quien se le ha dado el nombre que abajo se indica, "
        "cuyos datos son los siguientes:",
        "given": "María Alejandra",
        "surname": "González Rodríguez",
        "dob_txt": "cinco (05) de noviembre de 1991",
        "pob": "Hospital Chiquinquirá, Maracaibo, Estado Zulia",
        "sex_txt": "Femenino",
        "father": "Luis Alberto González Pérez",
        "mother": "Carmen Elena Rodríguez Urdaneta",
        "issued_city": "Maracaibo",
        "issued_words": "doce días del mes de mayo de 2025",
        "parroquia": "CHIQUINQUIRÁ",
        "registrar": "Abg. Yusmary Fernández",
    }
    cert = papers.birth_ven(b, k.rng)
    a = {
        "country": "República Bolivariana de Venezuela",
        "signer_doc": "Yusmary Fernández",
        "capacity": "Registradora Civil",
        "seal": "Registro Civil Parroquia Chiquinquirá",
        "city": "Caracas",
        "issued": "2025-06-10",
        "signed_by": "Ministerio del P.P. para Relaciones Exteriores",
        "number": "E25-0634718",
        "stamp": ["MPPRE", "APOSTILLA", "CARACAS"],
        "verify": "Verifique esta apostilla en https://apostilla.mppre.gob.ve con el número "
        "E25-0634718.",
    }
    apo = papers.apostille(a, k.rng, "es")
    import io

    import pikepdf

    merged = pikepdf.new()
    for data in (cert, apo):
        merged.pages.extend(pikepdf.open(io.BytesIO(data)).pages)
    buf = io.BytesIO()
    merged.save(buf, deterministic_id=True)
    f = k.emit(buf.getvalue(), "acta_nacimiento_apostillada.pdf", "image_pdf")
    k.add(
        [{"path": f[0]["path"], "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "González Rodríguez",
            "given_names": "María Alejandra",
            "date_of_birth": dob,
            "place_of_birth": b["pob"],
            "issuing_country": "VEN",
            "language": "es",
            "has_apostille": True,
        },
        "Page 2 of the same PDF is its apostille.",
    )
    k.add(
        [{"path": f[0]["path"], "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "VEN",
            "issued_on": a["issued"],
            "number": a["number"],
            "signed_by": a["signed_by"],
        },
        "Electronic apostille printed (MPPRE).",
    )
    holder = "Mme Maria Alejandra Gonzalez Rodriguez"
    for i, (st, en) in enumerate(MONTHS):
        issue = ["2026-09-04", "2026-10-04", "2026-11-04"][i]
        bb = {
            "style": "orange",
            "company": "Orange SA — 111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux",
            "holder_print": holder,
            "address_lines": [addr, f"{cp} {city}"],
            "issue": issue,
            "no": f"F3{5512903 + 311 * i}",
            "client": "0561 48 22 19",
            "start": st,
            "end": en,
            "offer": "Livebox Fibre",
            "amount": [42.99, 42.99, 45.48][i],
            "extra": [0.0, 0.0, 2.49][i],
            "debit": issue[:8] + "18",
            "masked": "FR76 **** **** **** 9361",
            "address": full_addr,
            "legal": "Orange SA au capital de 10 640 226 396 € — 380 129 866 RCS Nanterre",
        }
        f = k.emit(french.bill(bb, k.rng), f"facture_orange_{i + 1}.pdf", "text_pdf")
        k.add(
            f,
            "utility_bill",
            "text_pdf",
            bill_fields("Orange", "Maria Alejandra Gonzalez Rodriguez", full_addr, bb),
        )
    st = siret("84071552", "0015")
    emp = "Atelier Numérique Garonne SAS"
    ps = {
        "employer": emp,
        "emp_addr": ["12 rue d'Alsace-Lorraine", "31000 Toulouse"],
        "siret": st,
        "naf": "6201Z",
        "urssaf": "Midi-Pyrénées 737000045218",
        "employee": "Mme GONZALEZ RODRIGUEZ Maria Alejandra",
        "ee_addr": [addr, f"{cp} {city}"],
        "job": "Développeuse web",
        "status": "Cadre — CDI",
        "entry": "2026-04-01",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "gross": 2950.0,
        "pas_rate": 4.3,
        "paid": "2026-10-30",
    }
    pdf, net, _ = french.payslip(ps, k.rng)
    f = k.emit(pdf, "Bulletin_2026_10.pdf", "text_pdf")
    k.add(
        f,
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "GONZALEZ RODRIGUEZ Maria Alejandra",
            "period": "2026-10",
            "net_pay": net,
            "siret": st,
        },
    )
    iban, _ = iban_fr("40618", "80265", "00040217893")
    r = {
        "bank": "BoursoBank",
        "color": (0.85, 0.0, 0.45),
        "holder": "MME GONZALEZ RODRIGUEZ M.",
        "account_name": "Compte individuel",
        "iban": iban,
        "bic": "BOUSFRPPXXX",
        "bank_full": "BoursoBank",
        "bank_addr": "44 rue Traversière, 92100 Boulogne",
    }
    f = k.emit(french.app_screen(r, k.rng), "Screenshot_20261112-143702.png", "screenshot", dpi=216)
    k.add(
        f,
        "rib",
        "screenshot",
        rib_fields(r["holder"], iban, r["bic"], "BoursoBank"),
        "Holder shown as 'MME GONZALEZ RODRIGUEZ M.' (given name initial).",
    )
    d = {
        "surname": sur,
        "usage": "",
        "given": "Maria Alejandra",
        "sex": "F",
        "dob": "05111991",
        "pob": "Maracaibo",
        "country": "Venezuela",
        "nat": "vénézuélienne",
        "addr": addr,
        "cp": cp,
        "city": city,
        "tel": "06 71 30 58 12",
        "mail": "mariale.gonzalez@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Développeuse web",
        "place": "Toulouse",
        "date_text": "20/11/2026",
    }
    pdf = forms.make_form(
        d, k.rng, run=0, hw=None, date_hw={"font": "breip", "size": 14, "ink": "blue"}
    )
    f = k.emit(pdf, "IMG_3401.jpg", "phone_photo", dpi=200)
    k.add(
        f,
        "application_form",
        "phone_photo",
        form_fields(d, dob, "employed", "2026-11-20"),
        "Typed (print run 0), printed, place/date by hand, signed; two photos.",
    )
    reqs = dict.fromkeys(
        (
            "application_form",
            "identity",
            "residence_status",
            "birth_certificate",
            "residence_proof",
            "bank_details",
            "employment",
        ),
        "complete",
    )
    k.truth(as_of, True, reqs, None, {"surname": sur, "given_names": giv, "date_of_birth": dob})


def p04(k):
    as_of = "2026-11-20"
    sur, giv, dob = "BERIDZE", "NINO", "1996-05-14"
    addr, cp, city = "31 avenue Jean Médecin", "06000", "Nice"
    full_addr = f"{addr}, {cp} {city}"
    pp = {
        "code": "GEO",
        "head": "საქართველო GEORGIA",
        "head2": "პასპორტი PASSPORT",
        "number": "21AB45873",
        "surname": sur,
        "given": giv,
        "dob": dob,
        "sex": "F",
        "nat_txt": "GEORGIA",
        "pob": "KUTAISI",
        "issued": "2022-03-02",
        "expiry": "2032-03-01",
        "authority": "PSDA",
        "paper": (0.93, 0.93, 0.96),
        "lines": (0.8, 0.78, 0.9),
        "ink": (0.5, 0.1, 0.15),
        "opt": "01024061834",
        **LAB_KA,
    }
    passport_doc(k, pp, "passport_nino.jpg", "scan")
    v = {
        "number": "031775902",
        "from": "2026-02-05",
        "until": "2027-02-04",
        "days": "365",
        "issued_in": "TBILISSI",
        "issued": "2026-01-22",
        "passport_no": pp["number"],
        "surname": sur,
        "given": giv,
        "nat": "GEO",
        "dob": dob,
        "sex": "F",
        "remark": "VLS-TS VIE PRIVÉE ET FAMILIALE",
        "remark2": "CONJOINT DE FRANÇAIS",
        "category": "vie privée et familiale",
    }
    visa_doc(k, v, "IMG_20261030_101522.jpg", "phone_photo", rot=270)
    b = {
        "cert_no": "0417 2290551",
        "rows": [
            ("გვარი", "Surname", "ბერიძე / BERIDZE"),
            ("სახელი", "Name", "ნინო / NINO"),
            ("დაბადების თარიღი", "Date of birth", "14.05.1996"),
            ("დაბადების ადგილი", "Place of birth", "ქუთაისი / KUTAISI, GEORGIA"),
            ("სქესი", "Sex", "მდედრობითი / FEMALE"),
            ("მამა", "Father", "ზურაბ ბერიძე / ZURAB BERIDZE"),
            ("დედა", "Mother", "მანანა ლომიძე / MANANA LOMIDZE"),
            ("აქტის ჩანაწერის №", "Record No.", "1178 — 20.05.1996"),
            ("გაცემის თარიღი", "Date of issue", "28.10.2025"),
        ],
    }
    f = k.emit(papers.birth_geo(b, k.rng), "birth_certificate.jpg", "scan")
    k.add(
        f,
        "birth_certificate",
        "scan",
        {
            "surname": "BERIDZE",
            "given_names": "NINO",
            "date_of_birth": dob,
            "place_of_birth": "KUTAISI, GEORGIA",
            "issuing_country": "GEO",
            "language": "ka",
            "has_apostille": True,
        },
        "Bilingual Georgian/English.",
    )
    a = {
        "country": "Georgia",
        "signer_doc": "Tamar Kiknadze",
        "capacity": "Head of Civil Registry Service",
        "seal": "Public Service Development Agency",
        "city": "Tbilisi",
        "issued": "2025-11-03",
        "signed_by": "Levan Gelashvili",
        "number": "A25-118204",
        "stamp": ["MINISTRY OF JUSTICE", "APOSTILLE", "GEORGIA"],
    }
    f = k.emit(papers.apostille(a, k.rng, "en"), "apostille.jpg", "scan")
    k.add(
        f,
        "apostille",
        "scan",
        {
            "country": "GEO",
            "issued_on": a["issued"],
            "number": a["number"],
            "signed_by": a["signed_by"],
        },
    )
    L = {
        "landlord": "SCI Les Palmiers, représentée par Foncia Nice Centre",
        "landlord_addr": "2 rue Gioffredo, 06000 Nice",
        "tenants_print": ["M. Julien MOREAU", "Mme Nino BERIDZE"],
        "address": full_addr,
        "surface": "52",
        "rooms": "3",
        "start": "2026-03-01",
        "rent": 980.0,
        "charges": 90.0,
        "city": "Nice",
        "signed": "2026-02-20",
    }
    f = k.emit(french.lease(L, k.rng), "Bail_Moreau_Beridze.pdf", "text_pdf")
    k.add(
        f,
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Julien MOREAU", "Nino BERIDZE"],
            "landlord": "SCI Les Palmiers",
            "address": full_addr,
            "start_date": L["start"],
        },
    )
    iban, _ = iban_fr("19106", "00839", "43612985001")
    r = {
        "bank": "CRÉDIT AGRICOLE",
        "tagline": "Provence Côte d'Azur",
        "color": (0.0, 0.45, 0.45),
        "holder": "M GIORGI BERIDZE",
        "holder_addr": ["45 BOULEVARD DE LA MADELEINE", "06000 NICE"],
        "agency": ["CA NICE MADELEINE", "2 BD DE LA MADELEINE", "06000 NICE"],
        "iban": iban,
        "bic": "AGRIFRPP891",
        "legal": "Caisse Régionale de Crédit Agricole Mutuel Provence Côte d'Azur — 415 176 "
        "072 RCS Nice",
    }
    f = k.emit(french.rib(r, k.rng), "RIB.pdf", "text_pdf")
    k.add(
        f,
        "rib",
        "text_pdf",
        rib_fields("M GIORGI BERIDZE", iban, "AGRIFRPP891", "Crédit Agricole Provence Côte d'Azur"),
        "DEFECT: the account holder is Giorgi BERIDZE, the applicant's brother.",
    )
    d = {
        "surname": sur,
        "usage": "MOREAU",
        "given": "Nino",
        "sex": "F",
        "dob": "14051996",
        "pob": "Koutaïssi",
        "country": "Géorgie",
        "nat": "géorgienne",
        "addr": addr,
        "cp": cp,
        "city": city,
        "tel": "07 81 92 03 36",
        "mail": "nino.beridze@mail.ge",
        "situation": "sans_activite",
        "place": "Nice",
        "date_text": "13/11/2026",
    }
    pdf = forms.make_form(d, k.rng, run=1, hw={"font": "femke", "size": 12, "ink": "black"})
    f = k.emit(pdf, "demande_PUMa.pdf", "image_pdf")
    fields = form_fields(d, dob, "not_employed", "2026-11-13")
    fields["given_names"] = "NINO"
    k.add(
        f,
        "application_form",
        "image_pdf",
        fields,
        "Hand-filled in capitals (print run 1), usage name MOREAU, signed.",
    )
    reqs = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "complete",
        "bank_details": "invalid",
        "employment": "not_applicable",
    }
    k.truth(
        as_of,
        False,
        reqs,
        "bank_details invalid: the only RIB is in the name of the "
        "applicant's brother Giorgi BERIDZE",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )
