"""Packet p02 (Mexico, in order)."""

import docs2 as D2
from docs import (
    card_td1,
    form_s1106,
    iban_fr,
    passport_page,
    pp_labels,
    rib_key,
    rib_page,
    td1,
    td3,
)
from emit import Packet


def p02(out):
    sur, giv, dob = "HERNANDEZ ORTEGA", "MARIA GUADALUPE", "2001-07-21"
    P = Packet(
        out, "p02", "2026-11-23", False, {"surname": sur, "given_names": giv, "date_of_birth": dob}
    )
    addr = "8 allée des Glycines, 31400 Toulouse"
    form = {
        "surname": "HERNÁNDEZ ORTEGA",
        "given": "María Guadalupe",
        "dob": "21/07/2001",
        "pob": "Guadalajara, Jalisco (Mexique)",
        "nat": "mexicaine",
        "addr": "chez Mme Claire Lefèbvre, " + addr,
        "situation": "none",
        "place": "Toulouse",
        "signed_on": "17/11/2026",
        "signed": True,
    }
    P.add(
        "formulaire_S1106_rempli.pdf",
        "text_pdf",
        [
            (
                "application_form",
                [1],
                {
                    "surname": "HERNÁNDEZ ORTEGA",
                    "given_names": "María Guadalupe",
                    "date_of_birth": dob,
                    "employment_status": "not_employed",
                    "signed": True,
                    "signed_on": "2026-11-17",
                    "nir": None,
                },
                "typed on a computer, signature drawn with a stylus (vector strokes)",
            )
        ],
        form_s1106(form, P.rng("form"), hand=False),
    )
    num = "G41523876"
    mrz = td3("P", "MEX", sur, giv, num, "MEX", dob, "F", "2030-02-14")
    pp = {
        "header": "ESTADOS UNIDOS MEXICANOS   PASAPORTE / PASSPORT",
        "type": "P",
        "country": "MEX",
        "number": num,
        "surname_print": sur,
        "given_print": giv,
        "nat_print": "MEXICANA",
        "dob_print": "21 07 2001",
        "sex": "F",
        "pob": "JALISCO",
        "issue_print": "15 02 2024",
        "exp_print": "14 02 2030",
        "mrz": mrz,
        "num_label": "No. de pasaporte / Passport No.",
        "sur_label": "Apellidos / Surname",
        "giv_label": "Nombres / Given names",
        "nat_label": "Nacionalidad / Nationality",
        "dob_label": "Fecha de nacimiento / Date of birth",
        "pob_label": "Lugar de nacimiento / Place of birth",
        "iss_label": "Fecha de expedición / Date of issue",
        "exp_label": "Fecha de caducidad / Date of expiry",
    }
    P.add(
        "pasaporte.jpg",
        "scan",
        [
            (
                "passport",
                [1],
                {
                    "surname": sur,
                    "given_names": giv,
                    "document_number": num,
                    "nationality": "MEX",
                    "issuing_country": "MEX",
                    "date_of_birth": dob,
                    "sex": "F",
                    "expiry_date": "2030-02-14",
                    "mrz_valid": True,
                    "mrz_lines": mrz,
                },
                "data page on A4",
            )
        ],
        [passport_page(pp, (232, 236, 244), (110, 30, 45))],
        cards=True,
    )
    tnum = "ZA3804516"
    tm = td1("FRA", sur, giv, tnum, "MEX", dob, "F", "2027-08-31")
    rows = [
        ("NOM / SURNAME", sur, 28, 12),
        ("PRÉNOMS / GIVEN NAMES", giv, 28, 20),
        ("SEXE", "F", 28, 28),
        ("NATIONALITÉ", "MEX", 40, 28),
        ("DATE DE NAISSANCE", "21 07 2001", 58, 28),
        ("TYPE DE TITRE", "CARTE DE SÉJOUR TEMPORAIRE — ÉTUDIANT", 28, 36),
        ("VALABLE JUSQU'AU", "31 08 2027", 28, 44),
        ("N°", tnum, 58, 44),
    ]
    f, b = card_td1(rows, tm, "RÉPUBLIQUE FRANÇAISE  —  TITRE DE SÉJOUR")
    P.add_split(
        ["IMG_4471.jpg", "IMG_4472.jpg"],
        "phone_photo",
        "residence_permit",
        [f, b],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": tnum,
            "nationality": "MEX",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2027-08-31",
            "mrz_valid": True,
            "mrz_lines": tm,
        },
        "carte de séjour étudiant, front then back (back rotated 90° counter-clockwise)",
        [0, 90],
    )
    b = {
        "ident": "14039001202100456712",
        "curp": "HEOM010721MJCRRRA4",
        "state": "JALISCO",
        "mun": "GUADALAJARA",
        "oficialia": "0001",
        "reg_date": "03/08/2001",
        "libro": "0012",
        "acta": "04567",
        "given": "MARIA GUADALUPE",
        "ap1": "HERNANDEZ",
        "ap2": "ORTEGA",
        "sex_word": "MUJER",
        "dob_es": "21/07/2001",
        "pob": "GUADALAJARA, JALISCO, MEXICO",
        "father": "JOSE LUIS HERNANDEZ RAMIREZ",
        "mother": "ROSA MARIA ORTEGA VILLALOBOS",
        "exp_place": "Guadalajara, Jalisco",
        "exp_date": "12 de marzo de 2026",
        "registrar": "LIC. ANDREA MUÑOZ CASTELLANOS",
    }
    P.add(
        "acta_nacimiento.jpg",
        "scan",
        [
            (
                "birth_certificate",
                [1],
                {
                    "surname": "HERNANDEZ ORTEGA",
                    "given_names": "MARIA GUADALUPE",
                    "date_of_birth": dob,
                    "place_of_birth": "Guadalajara, Jalisco, México",
                    "issuing_country": "MEX",
                    "language": "es",
                    "has_apostille": True,
                },
                "certified copy, US letter size",
            )
        ],
        D2.mexico_acta(b, P.rng("acta")),
    )
    ap = {
        "country": "ESTADOS UNIDOS MEXICANOS",
        "signed_by": "LIC. ANDREA MUÑOZ CASTELLANOS",
        "capacity": "DIRECTORA DEL REGISTRO CIVIL DEL ESTADO DE JALISCO",
        "seal": "DIRECCIÓN GENERAL DEL REGISTRO CIVIL",
        "place": "GUADALAJARA, JALISCO",
        "date": "18/03/2026",
        "authority": "SECRETARÍA GENERAL DE GOBIERNO DE JALISCO",
        "number": "JAL-2026-118734",
        "stamp": ["GOBIERNO DE", "JALISCO", "APOSTILLA"],
    }
    es = [
        "País:",
        "El presente documento público ha sido firmado por:",
        "Quien actúa en calidad de:",
        "Y está revestido del sello/timbre de:",
        "En:",
        "El día:",
        "Por:",
        "Bajo el número:",
        "Sello/timbre:",
        "Firma:",
    ]
    P.add(
        "apostilla.jpg",
        "scan",
        [
            (
                "apostille",
                [1],
                {
                    "country": "MEX",
                    "issued_on": "2026-03-18",
                    "number": "JAL-2026-118734",
                    "signed_by": "Secretaría General de Gobierno de Jalisco",
                },
                "apostille for the acta de nacimiento",
            )
        ],
        D2.apostille(ap, P.rng("ap"), es),
    )
    tr = {
        "translator": [
            "Mme Isabel DUCROS-VIDAL",
            "Traductrice-interprète expert",
            "près la Cour d'appel de Toulouse",
            "Espagnol — Français",
        ],
        "subtitle": "de l'espagnol vers le français — acte de naissance mexicain",
        "body": [
            "ÉTATS-UNIS DU MEXIQUE — ACTE DE NAISSANCE",
            "Identifiant électronique : 14039001202100456712",
            "Entité d'enregistrement : JALISCO — Commune : GUADALAJARA",
            "Bureau : 0001 — Date d'enregistrement : 03/08/2001 — Acte n° 04567",
            "Prénom(s) : MARIA GUADALUPE",
            "Premier nom de famille : HERNANDEZ — Second nom de famille : ORTEGA",
            "Sexe : féminin — Date de naissance : 21/07/2001",
            "Lieu de naissance : GUADALAJARA, JALISCO, MEXIQUE",
            "Père : JOSE LUIS HERNANDEZ RAMIREZ",
            "Mère : ROSA MARIA ORTEGA VILLALOBOS",
            "[Apostille n° JAL-2026-118734 du 18/03/2026, traduite en annexe]",
        ],
        "closing": "Traduction certifiée conforme à l'original, Toulouse, le 02/10/2026, "
        "n° de répertoire 2026/0917.",
        "stamp": ["I. DUCROS-VIDAL", "Traductrice", "CA Toulouse"],
    }
    P.add(
        "traduction_acte.pdf",
        "image_pdf",
        [("translation", [1], {}, "sworn translation of the acta and its apostille")],
        D2.translation(tr, P.rng("tr")),
    )
    at = {
        "host_lines": [
            "Claire Lefèbvre",
            addr.split(", ")[0],
            "31400 Toulouse",
            "claire.lefebvre@laposte.net",
        ],
        "body": [
            "Je soussignée Claire Lefèbvre, née le 08/04/1996 à Albi (81),",
            "demeurant " + addr + ",",
            "",
            "atteste sur l'honneur héberger à mon domicile, à titre gratuit,",
            "Mme María Guadalupe HERNÁNDEZ ORTEGA, née le 21/07/2001 à Guadalajara",
            "(Mexique), depuis le 15/05/2026.",
            "",
            "Fait pour servir et valoir ce que de droit.",
        ],
        "city": "Toulouse",
        "signed_on": "2026-11-10",
    }
    P.add(
        "scan_attestation_hebergement.jpg",
        "scan",
        [
            (
                "hosting_attestation",
                [1],
                {
                    "host_name": "Claire Lefèbvre",
                    "hosted_name": "María Guadalupe HERNÁNDEZ ORTEGA",
                    "address": addr,
                    "since_date": "2026-05-15",
                    "signed_on": "2026-11-10",
                    "signed": True,
                },
                "typed, signed by hand",
            )
        ],
        D2.attestation_typed(at, P.rng("att")),
    )
    hn = "19AK52731"
    hm = td3("P", "FRA", "LEFEBVRE", "CLAIRE", hn, "FRA", "1996-04-08", "F", "2029-09-30")
    hp = pp_labels(
        {
            "header": "UNION EUROPÉENNE  RÉPUBLIQUE FRANÇAISE   PASSEPORT",
            "type": "P",
            "country": "FRA",
            "number": hn,
            "surname_print": "LEFÈBVRE",
            "given_print": "CLAIRE",
            "nat_print": "FRANÇAISE",
            "dob_print": "08 04 1996",
            "sex": "F",
            "pob": "ALBI (81)",
            "issue_print": "01 10 2019",
            "exp_print": "30 09 2029",
            "mrz": hm,
        }
    )
    P.add(
        "passeport_claire.jpg",
        "phone_photo",
        [
            (
                "passport",
                [1],
                {
                    "surname": "LEFÈBVRE",
                    "given_names": "CLAIRE",
                    "document_number": hn,
                    "nationality": "FRA",
                    "issuing_country": "FRA",
                    "date_of_birth": "1996-04-08",
                    "sex": "F",
                    "expiry_date": "2029-09-30",
                    "mrz_valid": True,
                    "mrz_lines": hm,
                },
                "host's passport, rotated 180°",
            )
        ],
        [passport_page(hp, (232, 226, 240), (60, 40, 110))],
        rot=180,
    )
    months = [
        ("2026-08", "2026-08-01", "2026-08-31", "2026-09-04", "71,42", "246"),
        ("2026-09", "2026-09-01", "2026-09-30", "2026-10-03", "66,90", "224"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-11-04", "78,15", "279"),
    ]
    for i, (m, p0, p1, iss, _amt, kwh) in enumerate(months):
        conso = round(int(kwh) * 0.2016, 2)
        taxes = round(int(kwh) * 0.0337 + 1.35, 2)
        tva = round((15.65 + conso + taxes) * 0.2, 2)
        amt = ("%.2f" % (15.65 + conso + taxes + tva)).replace(".", ",")
        bill = {
            "issue": iss,
            "no": f"1036{482210 + i * 9137:07d}",
            "ref": "6004 128 457",
            "pdl": "2147 5896 3320 14",
            "holder_lines": ["MME CLAIRE LEFEBVRE", "8 ALLEE DES GLYCINES", "31400 TOULOUSE"],
            "addr": addr,
            "amount": amt,
            "debit": iss[8:10] + "/" + iss[5:7],
            "p0": p0,
            "p1": p1,
            "kwh": kwh,
            "abo": "15,65",
            "conso": (f"{conso:.2f}").replace(".", ","),
            "taxes": (f"{taxes:.2f}").replace(".", ","),
            "tva": (f"{tva:.2f}").replace(".", ","),
        }
        look = "image_pdf" if i == 1 else "text_pdf"
        P.add(
            "facture_edf_{}.pdf".format(m.replace("-", "_")),
            look,
            [
                (
                    "utility_bill",
                    [1],
                    {
                        "provider": "EDF",
                        "service": "electricity",
                        "holder_name": "CLAIRE LEFEBVRE",
                        "address": addr,
                        "issue_date": iss,
                        "period_start": p0,
                        "period_end": p1,
                        "amount": amt.replace(",", "."),
                    },
                    "host's bill",
                )
            ],
            D2.edf_bill(bill),
        )
    bk, br, ac = "40618", "80231", "00041823967"
    key = rib_key(bk, br, ac)
    iban = iban_fr(bk, br, ac, key)
    r = {
        "bank": "BoursoBank",
        "holder_lines": [
            "MLLE HERNANDEZ ORTEGA MARIA GUADALUPE",
            "8 ALLEE DES GLYCINES",
            "31400 TOULOUSE",
        ],
        "agency_lines": [
            "BoursoBank",
            "44 rue Traversière",
            "CS 80134",
            "92772 Boulogne-Billancourt Cedex",
        ],
        "bk": bk,
        "br": br,
        "acct": ac,
        "key": key,
        "iban": iban,
        "bic": "BOUSFRPPXXX",
        "edited": "05/11/2026",
    }
    P.add(
        "RIB_Boursobank.pdf",
        "text_pdf",
        [
            (
                "rib",
                [1],
                {
                    "holder_name": "HERNANDEZ ORTEGA MARIA GUADALUPE",
                    "iban": iban,
                    "bic": "BOUSFRPPXXX",
                    "bank_name": "BoursoBank",
                    "iban_valid": True,
                    "rib_key_valid": True,
                },
                "",
            )
        ],
        rib_page(r, ("latob", "lato", (210, 0, 110))),
    )
    P.finish()
