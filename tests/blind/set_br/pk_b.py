"""Packet p03 (Mexico, CDD, hosted by a French partner)."""

from __future__ import annotations

from docs_civil import (
    apostille,
    french_cni,
    mexico_acta,
    translation,
    visa_page,
)
from docs_fr import cerfa_form, engie_bill
from docs_work import attestation_hand, contract
from ids import curp_check, make_siret, mrva, passport_page, td1, td3
from pk_a import ALL_OK


def p03(pk):
    import generate

    as_of = "2026-11-27"
    sur, giv, dob = "HERNANDEZ LOPEZ", "JOSE EMILIANO", "1990-12-08"
    pno = "G38104527"
    mrz = td3("P<", "MEX", sur, giv, pno, "MEX", "901208", "M", "300513")
    pp = passport_page(
        {
            "header": "ESTADOS UNIDOS MEXICANOS",
            "header2": "PASAPORTE / PASSPORT / PASSEPORT",
            "bg": (228, 236, 230),
            "tint": (160, 200, 180),
            "skin": (170, 125, 95),
            "fields": [
                (
                    "Tipo / Type    Clave del país / Code    Pasaporte No.",
                    "P    MEX    " + pno,
                    False,
                ),
                ("Apellidos / Surname", sur, False),
                ("Nombres / Given names", giv, False),
                (
                    ("Nacionalidad / Nationality", "Fecha de nacimiento / Date of birth"),
                    ("MEXICANA", "08 12 1990"),
                    True,
                ),
                (("Sexo / Sex", "Lugar de nacimiento / Place of birth"), ("H", "JALISCO"), True),
                (
                    ("Fecha de expedición / Date of issue", "Fecha de caducidad / Date of expiry"),
                    ("14 05 2024", "13 05 2030"),
                    True,
                ),
            ],
            "mrz": mrz,
        },
        pk.seed("pp"),
    )
    f = pk.emit("pasaporte.jpg", pp, "phone_photo", dpi=380, table="dark", fill=0.78)
    pk.doc(
        f,
        "passport",
        "phone_photo",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": pno,
            "nationality": "MEX",
            "issuing_country": "MEX",
            "date_of_birth": dob,
            "sex": "M",
            "expiry_date": "2030-05-13",
            "mrz_valid": True,
        },
        "visual zone printed without accents; sex printed 'H' (hombre), MRZ 'M'",
    )
    vno = "017730592"
    vm = mrva("VD", "FRA", sur, giv, vno, "MEX", "901208", "M", "270324")
    vp = visa_page(
        {
            "sticker_no": vno,
            "skin": (170, 125, 95),
            "from": "25-03-26",
            "until": "24-03-27",
            "days": "365",
            "issued_in": "MEXICO",
            "issued_on": "11-03-26",
            "passport": pno,
            "name": f"{sur}, {giv}",
            "remarks": ["VLS-TS SALARIE", "CESEDA R431-16"],
            "mrz": vm,
        },
        pk.seed("visa"),
    )
    f = pk.emit("visa_francia.jpg", vp, "phone_photo", dpi=380, rot90=2, table="dark", fill=0.78)
    pk.doc(
        f,
        "long_stay_visa",
        "phone_photo",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": vno,
            "nationality": "MEX",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "M",
            "expiry_date": "2027-03-24",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "salarié",
            "valid_from": "2026-03-25",
            "valid_until": "2027-03-24",
        },
        "photo upside down (180°)",
    )
    # birth certificate + apostille (one PDF) + sworn translation
    c17 = "HELE901208HJCRPM0"
    curp = c17 + curp_check(c17)
    acta = mexico_acta(
        {
            "ident": "14039000520900412",
            "curp": curp,
            "oficialia": "0005",
            "reg_date": "21/01/1991",
            "libro": "0003",
            "acta_no": "00412",
            "given": "JOSÉ EMILIANO",
            "ap1": "HERNÁNDEZ",
            "ap2": "LÓPEZ",
            "sex": "HOMBRE",
            "dob": "08/12/1990",
            "pob": "GUADALAJARA, JALISCO",
            "father": ("RAÚL HERNÁNDEZ GÓMEZ", "HEGR620311HJCRMX05"),
            "mother": ("MARÍA GUADALUPE LÓPEZ RUIZ", "LORG640902MJCPZD01"),
            "issued": "10/02/2026",
            "director": "LIC. ALEJANDRA SOTO VILLALOBOS",
        },
        pk.seed("acta"),
    )
    ap_vals = [
        "ESTADOS UNIDOS MEXICANOS",
        "LIC. ALEJANDRA SOTO VILLALOBOS",
        "DIRECTORA DEL REGISTRO CIVIL",
        "DIRECCIÓN DEL REGISTRO CIVIL DE JALISCO",
        "GUADALAJARA, JALISCO",
        "17/02/2026",
        "SECRETARÍA GENERAL DE GOBIERNO",
        "JAL-2026-004417",
        "(sello)",
        "(firma)",
    ]
    ap = apostille(
        {
            "labels": [
                "País:",
                "ha sido firmado por:",
                "quien actúa en calidad de:",
                "y está revestido del sello/timbre de:",
                "en:",
                "el día:",
                "por:",
                "bajo el número:",
                "Sello/timbre:",
                "Firma:",
            ],
            "values": ap_vals,
            "certifies": "El presente documento público",
            "certified": "Certificado",
            "seal": ["GOBIERNO DE", "JALISCO"],
        },
        pk.seed("ap"),
        page_size=(216, 279),
        bg=(250, 250, 246),
    )
    f = pk.emit("acta_nacimiento_apostillada.pdf", [acta, ap], "image_pdf", dpi=170, tone=0.95)
    f_acta = {"path": f["path"], "pages": [1]}
    f_ap = {"path": f["path"], "pages": [2]}
    pk.doc(
        f_acta,
        "birth_certificate",
        "image_pdf",
        {
            "surname": "HERNÁNDEZ LÓPEZ",
            "given_names": "JOSÉ EMILIANO",
            "date_of_birth": dob,
            "place_of_birth": "GUADALAJARA, JALISCO",
            "issuing_country": "MEX",
            "language": "es",
            "has_apostille": True,
        },
        f"Registro Civil layout; CURP {curp} (check digit valid); "
        "surnames split Primer/Segundo Apellido",
    )
    pk.doc(
        f_ap,
        "apostille",
        "image_pdf",
        {
            "country": "MEX",
            "issued_on": "2026-02-17",
            "number": "JAL-2026-004417",
            "signed_by": "SECRETARÍA GENERAL DE GOBIERNO",
        },
        "Hague model, 10 items, Spanish labels; "
        "item 2 names the civil registrar LIC. ALEJANDRA SOTO VILLALOBOS",
    )
    tr = translation(
        {
            "translator": "Isabelle MARCHETTI-ROUX",
            "title_tr": "Traductrice-interprète expert près la Cour d'appel de Lyon - espagnol",
            "tr_addr": "12 quai Saint-Vincent, 69001 Lyon",
            "lang": "espagnol",
            "lang_adj": "espagnole",
            "repertoire": "2026/0312",
            "city": "Lyon",
            "date": "03/03/2026",
            "court": "CA LYON",
            "parts": [
                (
                    "ACTE DE NAISSANCE",
                    [
                        ("#ÉTATS-UNIS DU MEXIQUE - ACTE DE NAISSANCE", ""),
                        ("Identifiant électronique :", "14039000520900412"),
                        ("CURP :", curp),
                        ("État d'enregistrement :", "Jalisco"),
                        ("Commune d'enregistrement :", "Guadalajara"),
                        ("Bureau d'état civil :", "0005  Livre : 0003  Acte n° : 00412"),
                        ("Date d'enregistrement :", "21/01/1991"),
                        ("#Personne enregistrée", ""),
                        ("Prénom(s) :", "José Emiliano"),
                        ("Premier nom :", "HERNÁNDEZ"),
                        ("Second nom :", "LÓPEZ"),
                        ("Sexe :", "masculin"),
                        ("Date de naissance :", "8 décembre 1990"),
                        ("Lieu de naissance :", "Guadalajara, Jalisco (Mexique)"),
                        ("#Filiation", ""),
                        ("Père :", "Raúl HERNÁNDEZ GÓMEZ, de nationalité mexicaine"),
                        ("Mère :", "María Guadalupe LÓPEZ RUIZ, de nationalité mexicaine"),
                        ("Mentions marginales :", "néant"),
                        (
                            "Délivré le :",
                            "10/02/2026 par la Directrice de l'état civil de l'État de Jalisco, "
                            "Lic. Alejandra SOTO VILLALOBOS (signature électronique)",
                        ),
                    ],
                ),
                (
                    "APOSTILLE",
                    [
                        ("#APOSTILLE (Convention de La Haye du 5 octobre 1961)", ""),
                        ("1. Pays :", "États-Unis du Mexique"),
                        (
                            "2. Le présent acte public a été signé par :",
                            "Lic. Alejandra SOTO VILLALOBOS",
                        ),
                        ("3. agissant en qualité de :", "Directrice de l'état civil"),
                        (
                            "4. est revêtu du sceau / timbre de :",
                            "Direction de l'état civil de Jalisco",
                        ),
                        ("5. à :", "Guadalajara, Jalisco"),
                        ("6. le :", "17 février 2026"),
                        ("7. par :", "Secrétariat général du gouvernement de l'État de Jalisco"),
                        ("8. sous le n° :", "JAL-2026-004417"),
                        ("9. Sceau / timbre :", "(sceau)"),
                        ("10. Signature :", "(signature)"),
                    ],
                ),
            ],
        },
        pk.seed("tr"),
    )
    f = pk.emit("traduction_jurée.pdf", tr, "image_pdf", dpi=160, tone=0.97)
    pk.doc(
        f,
        "translation",
        "image_pdf",
        {},
        "sworn translation (traducteur expert CA Lyon) of "
        "the acta (page 1) and of the apostille (page 2)",
    )
    # host: CNI (TD1), handwritten attestation, 3 Engie gas bills
    h_sur, h_giv, h_dob = "DUMONTIER", "CLAIRE ANNE", "1988-02-14"
    cno = "X4RTBPFW4"
    cm = td1("ID", "FRA", cno, "880214", "F", "320920", "FRA", h_sur, h_giv)
    fr_, bk = french_cni(
        {
            "surname": h_sur,
            "given": "CLAIRE, ANNE",
            "sex": "F",
            "dob": "14 02 1988",
            "pob": "ANNECY (74)",
            "number": cno,
            "expiry": "20 09 2032",
            "can": "482031",
            "addr1": "23 RUE DUGUESCLIN",
            "addr2": "69006 LYON",
            "issued": "21 09 2022",
            "authority": "PRÉFECTURE DU RHÔNE",
            "mrz": cm,
        },
        pk.seed("cni"),
    )
    f = pk.emit("CNI_Claire_recto_verso.jpg", generate.a4_with_cards(fr_, bk), "scan", dpi=200)
    pk.doc(
        f,
        "national_id",
        "scan",
        {
            "surname": h_sur,
            "given_names": "CLAIRE ANNE",
            "document_number": cno,
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": h_dob,
            "sex": "F",
            "expiry_date": "2032-09-20",
            "mrz_valid": True,
        },
        "HOST's French CNI (2021 ID-1 model), "
        "front and back on one A4 scan; TD1 MRZ with composite digit",
    )
    h = {
        "head": "Claire DUMONTIER\n23 rue Duguesclin\n69006 Lyon",
        "body": "Je soussignée Claire DUMONTIER, née le 14/02/1988 à Annecy (Haute-Savoie), "
        "demeurant au 23 rue Duguesclin, 69006 Lyon, atteste sur l'honneur héberger à mon "
        "domicile M. José Emiliano HERNÁNDEZ LÓPEZ, né le 08/12/1990 à Guadalajara (Mexique), "
        "depuis le 1er avril 2026.\nJe joins la copie de ma carte d'identité et mes trois "
        "dernières factures de gaz.\nFait pour servir et valoir ce que de droit.",
        "closing": "Fait à Lyon, le 05/11/2026",
        "font": "hand3",
    }
    f = pk.emit(
        "attestation_hebergement.jpg",
        attestation_hand(h, pk.seed("att")),
        "phone_photo",
        dpi=200,
        table="white",
        fill=0.86,
    )
    pk.doc(
        f,
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Claire DUMONTIER",
            "hosted_name": "José Emiliano HERNÁNDEZ LÓPEZ",
            "address": "23 rue Duguesclin, 69006 Lyon",
            "since_date": "2026-04-01",
            "signed_on": "2026-11-05",
            "signed": True,
        },
        "handwritten on a ruled pad, pen signature",
    )
    addr = ["23 RUE DUGUESCLIN", "69006 LYON"]
    months = [
        ("2026-08", "2026-08-01", "2026-08-31", "2026-09-07", 32.64, 96, "2026-09-22"),
        ("2026-09", "2026-09-01", "2026-09-30", "2026-10-06", 41.90, 167, "2026-10-21"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-11-06", 78.35, 463, "2026-11-21"),
    ]
    looks = [
        ("Facture_ENGIE_202609.pdf", "text_pdf"),
        ("Facture_ENGIE_202610.pdf", "text_pdf"),
        ("scan_engie_nov.jpg", "scan"),
    ]
    idx = 7318
    for i, (mo, lk) in enumerate(zip(months, looks, strict=True)):
        m, s, e, iss, amt, kwh, deb = mo
        fn, look = lk
        b = {
            "issue": iss,
            "number": f"3005{2917 + i * 31}{448 + i}",
            "holder_line": "MME CLAIRE DUMONTIER",
            "addr": addr,
            "client": "1092 5471 8830",
            "pce": "GI 114 728 396",
            "amount": amt,
            "debit": deb,
            "start": s,
            "end": e,
            "kwh": kwh,
            "idx0": idx,
            "idx1": idx + round(kwh / 11.23),
        }
        idx += round(kwh / 11.23)
        pg = engie_bill(b)
        amt = b["amount"]
        f = pk.emit(fn, pg, look, dpi=200)
        pk.doc(
            f,
            "utility_bill",
            look,
            {
                "provider": "ENGIE",
                "service": "gas",
                "holder_name": "CLAIRE DUMONTIER",
                "address": "23 RUE DUGUESCLIN, 69006 LYON",
                "issue_date": iss,
                "period_start": s,
                "period_end": e,
                "amount": amt,
                "month": m,
            },
            "in the HOST's name (hosting route)",
        )
    siret = make_siret("53018842", "0031")
    c = {
        "type": "CDD",
        "employer": "ARVEN THERMIQUE SARL",
        "form": "SARL au capital de 20 000 €",
        "emp_addr": "41 rue de la Villette, 69003 Lyon",
        "siret": siret,
        "rep": "Mme Nathalie ARVENNE",
        "rep_role": "Gérante",
        "civ": "Monsieur",
        "employee": "José Emiliano HERNÁNDEZ LÓPEZ",
        "e": "",
        "dob": dob,
        "pob": "Guadalajara (Mexique)",
        "nat": "mexicaine",
        "addr": "23 rue Duguesclin, 69006 Lyon",
        "start": "2026-04-13",
        "end": "2027-04-12",
        "ccn": "Syntec (IDCC 1486)",
        "job": "ingénieur d'études thermiques",
        "status": "cadre, position 2.1, coefficient 115",
        "trial": "un mois",
        "gross": 3100.0,
        "workplace": "Lyon (69)",
        "city": "Lyon",
        "signed": "2026-04-08",
        "font": "caladea",
        "fontb": "caladeab",
    }
    f = pk.emit("CDD_ARVEN_signé.pdf", contract(c, pk.seed("cdd")), "image_pdf", dpi=160)
    pk.doc(
        f,
        "employment_contract",
        "image_pdf",
        {
            "employer": "ARVEN THERMIQUE SARL",
            "employee_name": "José Emiliano HERNÁNDEZ LÓPEZ",
            "contract_type": "CDD",
            "job_title": "ingénieur d'études thermiques",
            "start_date": "2026-04-13",
        },
        "CDD until 2027-04-12",
    )
    a = {
        "surname": "HERNÁNDEZ LÓPEZ",
        "given": "JOSÉ EMILIANO",
        "dob_fr": "08/12/1990",
        "pob": "GUADALAJARA (MEXIQUE)",
        "nationality": "MEXICAINE",
        "addr1": "CHEZ MME DUMONTIER, 23 RUE DUGUESCLIN",
        "addr2": "69006 LYON",
        "email": "jose.hdz.lopez@outlook.com",
        "activity": "employed",
        "job": "INGÉNIEUR THERMICIEN",
        "contract": "CDD",
        "place": "LYON",
        "signed_fr": "10/11/2026",
        "hand_font": "hand6",
        "ink": (15, 15, 25),
    }
    p1, p2 = cerfa_form(a, True, pk.seed("form"))
    f1 = pk.emit("scan_0012.jpg", p1, "scan", dpi=200, tone=0.97)
    f2 = pk.emit("scan_0013.jpg", p2, "scan", dpi=200, tone=0.97)
    pk.doc(
        [f1, f2],
        "application_form",
        "scan",
        {
            "surname": "HERNÁNDEZ LÓPEZ",
            "given_names": "JOSÉ EMILIANO",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-10",
            "nir": None,
        },
        "filled by hand in black ink; address 'chez Mme DUMONTIER'",
    )
    # Truth corrected after wave 22's measurement (by the measurer, not the set's maker):
    # p03 holds no RIB, so bank_details is missing and the packet incomplete.
    return (
        as_of,
        True,
        {**ALL_OK, "bank_details": "missing"},
        "no RIB in the packet (bank_details missing: the set's maker left it out)",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )
