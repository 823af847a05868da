"""Specs of the ten packets (five in order, five with one defect each)."""

from __future__ import annotations

from vpackets import bill_spec, contract_spec, fr_rib, lease_spec, neo_screen, payslip_spec


def _visa(p, number, cat, remarks, vfrom, vuntil, issued_in, issued_on, nat):
    return {
        "number": number,
        "surname": p["surname"],
        "given": p["given"],
        "dob": p["dob"],
        "sex": p["sex"],
        "nat": nat,
        "visa_type": "D",
        "vls_ts": True,
        "category": cat,
        "remarks": remarks,
        "valid_from": vfrom,
        "valid_until": vuntil,
        "days": 365,
        "issued_in": issued_in,
        "issued_on": issued_on,
        "passport": p["number"],
    }


def _titre(p, number, kind, remarks, issue, expiry, nat, address, prefecture):
    return {
        "number": number,
        "surname": p["surname"],
        "given": p["given"],
        "dob": p["dob"],
        "sex": p["sex"],
        "nat": nat,
        "cc": "FRA",
        "kind": kind,
        "remarks": remarks,
        "issue": issue,
        "expiry": expiry,
        "address": address,
        "pob": p["pob"],
        "prefecture": prefecture,
    }


def _pp(cc, number, surname, given, sex, dob, pob, issue, expiry):
    return {
        "cc": cc,
        "number": number,
        "surname": surname,
        "given": given,
        "sex": sex,
        "dob": dob,
        "pob": pob,
        "issue": issue,
        "expiry": expiry,
    }


def packets():
    P = []
    # ---------------------------------------------------------------- p01 Brazil, in order
    pp = _pp(
        "BRA",
        "FX482913",
        "COSTA DE OLIVEIRA",
        "MARIANA",
        "F",
        "1994-03-14",
        "BELO HORIZONTE/MG",
        "2022-05-10",
        "2032-05-09",
    )
    addr = ("27 rue de la Roquette", "75011", "Paris")
    holder = "MARIANA COSTA DE OLIVEIRA"
    P.append(
        {
            "name": "p01",
            "seed": 101,
            "as_of": "2026-11-20",
            "employed": True,
            "surname": pp["surname"],
            "given": pp["given"],
            "sex": "F",
            "dob": pp["dob"],
            "addr": addr,
            "passport": pp,
            "pv_together": True,
            "id_look": "image_pdf",
            "id_names": ["passeport_visa.pdf"],
            "status": (
                "visa",
                _visa(
                    pp,
                    "023847561",
                    "SALARIÉ",
                    ["VLS-TS SALARIÉ", "CESEDA R.431-16 1°"],
                    "2026-03-02",
                    "2027-03-01",
                    "SAO PAULO",
                    "2026-02-11",
                    "BRA",
                ),
            ),
            "form": {
                "fill": "typed",
                "run": 0,
                "look": "image_pdf",
                "names": ["formulaire_S1106.pdf"],
                "situation": "salarie",
                "contract": "CDI",
                "job": "Ingénieure data",
                "pob": "Belo Horizonte, Brésil",
                "nationality": "Brésilienne",
                "phone": "06 12 48 93 27",
                "email": "mariana.oliveira94@gmail.com",
                "place": "Paris",
                "date_text": "12/11/2026",
                "signed_on": "2026-11-12",
                "signed": True,
                "date_way": "hand",
            },
            "birth": {
                "cc": "BRA",
                "look": "phone_photo",
                "names": ["IMG_20261105_181204.jpg", "IMG_20261105_181233.jpg"],
                "together": False,
                "person": {
                    "surname": "COSTA DE OLIVEIRA",
                    "given": "MARIANA",
                    "sex": "F",
                    "dob": "1994-03-14",
                    "pob": "Belo Horizonte - MG",
                    "father": "RICARDO ALVES DE OLIVEIRA",
                    "mother": "LUCIANA COSTA DE OLIVEIRA",
                },
                "reg": {
                    "office": "Cartório do Registro Civil - 2º Subdistrito - Belo Horizonte",
                    "number": "0361540155 1994 1 00087 112 0023415 42",
                    "city": "Belo Horizonte",
                    "date": "2025-12-03",
                    "officer": "Helena Martins Prado",
                },
                "apo": {
                    "cc": "BRA",
                    "lang": "pt",
                    "country_txt": "República Federativa do Brasil",
                    "signer": "Helena Martins Prado",
                    "capacity": "Oficial de Registro Civil",
                    "seal": "Cartório do 2º Subdistrito",
                    "city": "Belo Horizonte",
                    "date": "2025-12-05",
                    "by": "Paulo Henrique Duarte",
                    "number": "BH0A7F3C21-9",
                },
            },
            "residence": (
                "bills",
                [
                    (
                        bill_spec(
                            "Free",
                            "internet",
                            "MME",
                            holder,
                            addr,
                            ym,
                            amt,
                            f"FB{n}",
                            "29384712",
                            style=1,
                            issue_day=2,
                        ),
                        "text_pdf",
                        [f"Facture_Free_{ym}.pdf"],
                    )
                    for ym, amt, n in [
                        ("2026-08", 29.99, "2608174512"),
                        ("2026-09", 29.99, "2609174530"),
                        ("2026-10", 29.99, "2610174588"),
                    ]
                ],
            ),
            "bank": (
                "rib",
                fr_rib(
                    holder,
                    ["MME MARIANA COSTA DE OLIVEIRA", addr[0], f"{addr[1]} {addr[2].upper()}"],
                    "BoursoBank",
                    "40618",
                    "80272",
                    "00040918273",
                    ["BoursoBank", "44 rue Traversière", "92772 Boulogne-Billancourt Cedex"],
                ),
                "text_pdf",
                ["RIB_BoursoBank.pdf"],
            ),
            "work": (
                "contract",
                contract_spec(
                    "CDI",
                    "NOVAPRISM SAS",
                    [
                        "La société NOVAPRISM SAS, au capital de 50 000 €,",
                        "SIRET 853 217 640 00021, 18 rue du Faubourg du Temple 75010 Paris,",
                        "représentée par M. Laurent Girard, Président,",
                    ],
                    holder,
                    [
                        "Madame Mariana COSTA DE OLIVEIRA, née le 14/03/1994 à Belo Horizonte "
                        "(Brésil),",
                        "de nationalité brésilienne, demeurant 27 rue de la Roquette 75011 Paris,",
                    ],
                    "Ingénieure data",
                    "2026-03-16",
                    "Paris",
                    "2026-02-20",
                    "Laurent Girard",
                    "3 900",
                ),
                "image_pdf",
                ["contrat_travail.pdf"],
            ),
        }
    )
    # ---------------------------------------------------------------- p02 India, host, in order
    pp = _pp(
        "IND",
        "V4829173",
        "RAMASWAMY",
        "PRIYA LAKSHMI",
        "F",
        "1991-08-27",
        "CHENNAI",
        "2019-02-11",
        "2029-02-10",
    )
    addr = ("14 rue Paul Bert", "69003", "Lyon")
    host_id = {
        "cc": "FRA",
        "number": "X4RTBPFW4",
        "surname": "MARCHAND",
        "given": "JULIEN",
        "sex": "M",
        "dob": "1989-01-04",
        "pob": "VILLEURBANNE (69)",
        "issue": "2022-03-18",
        "expiry": "2032-03-17",
        "address": "14 RUE PAUL BERT 69003 LYON",
    }
    P.append(
        {
            "name": "p02",
            "seed": 102,
            "as_of": "2026-11-27",
            "employed": False,
            "surname": pp["surname"],
            "given": pp["given"],
            "sex": "F",
            "dob": pp["dob"],
            "addr": addr,
            "passport": pp,
            "id_look": "scan",
            "id_names": ["scan_0001.jpg"],
            "status": (
                "titre",
                _titre(
                    pp,
                    "ZC1387462",
                    "CARTE DE SEJOUR TEMPORAIRE",
                    "VIE PRIVEE ET FAMILIALE",
                    "2026-07-01",
                    "2027-06-30",
                    "IND",
                    "14 RUE PAUL BERT 69003 LYON",
                    "PRÉFECTURE DU RHÔNE",
                ),
                "phone_photo",
                ["titre_recto.jpg", "titre_verso.jpg"],
            ),
            "form": {
                "fill": "hand",
                "run": 1,
                "look": "phone_photo",
                "names": ["IMG_3051.jpg", "IMG_3052.jpg"],
                "usage": "MARCHAND",
                "situation": "sans_activite",
                "pob": "Chennai, Inde",
                "nationality": "Indienne",
                "phone": "07 68 21 44 09",
                "place": "Lyon",
                "date_text": "15/11/2026",
                "signed_on": "2026-11-15",
                "signed": True,
            },
            "birth": {
                "cc": "IND",
                "look": "scan",
                "names": ["birth_certificate.jpg", "apostille.jpg"],
                "together": False,
                "person": {
                    "surname": "RAMASWAMY",
                    "given": "PRIYA LAKSHMI",
                    "sex": "F",
                    "dob": "1991-08-27",
                    "pob": "Government Hospital, Chennai",
                    "father": "RAMASWAMY SUBRAMANIAN",
                    "mother": "MEENAKSHI",
                },
                "reg": {
                    "number": "TN-CHN-1991-0084127",
                    "reg": "1991-09-02",
                    "date": "2024-06-14",
                    "title": "Registrar of Births and Deaths",
                    "officer": "K. Venkatesan",
                    "seal": "CORPORATION OF CHENNAI",
                },
                "apo": {
                    "cc": "IND",
                    "lang": "en",
                    "country_txt": "India",
                    "signer": "K. Venkatesan",
                    "capacity": "Registrar of Births & Deaths",
                    "seal": "Corporation of Chennai",
                    "city": "New Delhi",
                    "date": "2024-07-22",
                    "by": "Ministry of External Affairs",
                    "number": "TN1248737",
                },
            },
            "residence": ("host", None),
            "host": {
                "name": "JULIEN MARCHAND",
                "name_txt": "Julien MARCHAND",
                "dob": "1989-01-04",
                "pob": "Villeurbanne (69)",
                "hosted": "PRIYA LAKSHMI RAMASWAMY",
                "hosted_txt": "mon épouse Priya Lakshmi RAMASWAMY",
                "since": "2026-04-10",
                "signed_on": "2026-11-15",
                "att_look": "phone_photo",
                "att_names": ["IMG_3055.jpg"],
                "squared": True,
                "id": host_id,
                "id_look": "phone_photo",
                "id_names": ["CNI_Julien_recto.jpg", "CNI_Julien_verso.jpg"],
                "proof": [
                    (
                        "lease",
                        lease_spec(
                            ["JULIEN MARCHAND"],
                            ["M. Julien MARCHAND"],
                            "Régie Foncière Saxe-Gambetta",
                            "52 cours Gambetta 69007 Lyon",
                            addr,
                            "2023-09-01",
                            "2023-08-21",
                            "890",
                            "95",
                            3,
                            64,
                        ),
                        "text_pdf",
                        ["Bail_Paul_Bert.pdf"],
                    )
                ],
            },
            "bank": (
                "rib",
                fr_rib(
                    "JULIEN MARCHAND OU PRIYA LAKSHMI RAMASWAMY",
                    ["M JULIEN MARCHAND", "OU MME PRIYA LAKSHMI RAMASWAMY", addr[0], "69003 LYON"],
                    "La Banque Postale",
                    "20041",
                    "01007",
                    "1234567K038",
                    ["La Banque Postale", "Centre financier de Lyon", "69900 Lyon Cedex 20"],
                ),
                "text_pdf",
                ["releve_identite_bancaire.pdf"],
            ),
        }
    )
    # ---------------------------------------------------------------- p03 Italy (EU), in order
    cie = {
        "cc": "ITA",
        "number": "CA48213KD",
        "surname": "DE LUCA",
        "given": "GIULIA FRANCESCA",
        "sex": "F",
        "dob": "1997-11-02",
        "pob": "NAPOLI (NA)",
        "issue": "2021-06-15",
        "expiry": "2032-11-02",
        "address": "VIA TOLEDO 112 NAPOLI",
    }
    addr = ("8 allée des Tanneurs", "31000", "Toulouse")
    holder = "GIULIA FRANCESCA DE LUCA"
    s, sf = neo_screen("N26", holder, "DE", "1001100125" + "48213907", "NTSBDEB1XXX")
    P.append(
        {
            "name": "p03",
            "seed": 103,
            "as_of": "2026-11-18",
            "employed": True,
            "eu": True,
            "surname": "DE LUCA",
            "given": "GIULIA FRANCESCA",
            "sex": "F",
            "dob": "1997-11-02",
            "addr": addr,
            "idcard": cie,
            "id_look": "scan",
            "id_names": ["CIE_fronte_retro.jpg"],
            "form": {
                "fill": "acro",
                "run": 0,
                "look": "text_pdf",
                "names": ["S1106_rempli.pdf"],
                "situation": "salarie",
                "contract": "CDI",
                "job": "Ingénieure structures",
                "pob": "Napoli, Italie",
                "nationality": "Italienne",
                "email": "giulia.deluca@outlook.it",
                "place": "Toulouse",
                "date_text": "10/11/2026",
                "signed_on": "2026-11-10",
                "signed": True,
            },
            "birth": {
                "cc": "ITA",
                "look": "image_pdf",
                "names": ["estratto_nascita.pdf"],
                "person": {
                    "surname": "DE LUCA",
                    "given": "GIULIA FRANCESCA",
                    "sex": "F",
                    "dob": "1997-11-02",
                    "pob": "Napoli",
                    "father": "DE LUCA ANTONIO",
                    "mother": "ESPOSITO ROSARIA",
                },
                "reg": {
                    "city": "Napoli",
                    "number": "1284 - P. I - S. A - 1997",
                    "date": "2025-09-30",
                    "officer": "Carla Russo",
                },
            },
            "residence": (
                "lease",
                (
                    lease_spec(
                        [holder],
                        ["Mme Giulia Francesca DE LUCA"],
                        "SCI DES TANNEURS",
                        "5 rue Alsace-Lorraine 31000 Toulouse",
                        addr,
                        "2026-02-01",
                        "2026-01-24",
                        "640",
                        "45",
                    ),
                    "text_pdf",
                    ["bail_signe.pdf"],
                ),
            ),
            "bank": (
                "screen",
                s,
                ["Screenshot_20261109-204512.png"],
                sf,
                "N26 account with a German IBAN (SEPA)",
            ),
            "work": (
                "payslip",
                payslip_spec(
                    "AEROTEC SUD SAS",
                    ["12 avenue Didier Daurat", "31700 Blagnac"],
                    "812 447 903 00034",
                    "7112B",
                    "Mme DE LUCA GIULIA FRANCESCA",
                    holder,
                    [addr[0], "31000 TOULOUSE"],
                    "Ingénieure structures",
                    "2025-09-01",
                    "2026-10",
                    3650.0,
                ),
                "text_pdf",
                ["bulletin_octobre_2026.pdf"],
            ),
        }
    )
    return P + packets_b()


def packets_b():
    from vspecs2 import defects
    from vspecs_b import packets_b as _b

    return _b() + defects()
