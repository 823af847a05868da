"""The data of the three packets (invented people, numbers and addresses)."""

from __future__ import annotations

import kit

COMPLETE = "complete"


def _req(**over) -> dict:
    base = {
        "application_form": COMPLETE,
        "identity": COMPLETE,
        "residence_status": COMPLETE,
        "birth_certificate": COMPLETE,
        "residence_proof": COMPLETE,
        "bank_details": COMPLETE,
        "employment": "not_applicable",
    }
    base.update(over)
    return base


def _cpf(nine: str) -> str:
    d = [int(x) for x in nine]
    for n in (10, 11):
        s = sum(v * (n - i) for i, v in enumerate(d))
        r = (s * 10) % 11 % 10
        d.append(r)
    t = "".join(map(str, d))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


def _month_bill(month: str, issue_day: int, amount: float, extra: dict) -> dict:
    y, m = int(month[:4]), int(month[5:])
    last = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(m, 31)
    b = {
        "start": f"{y}-{m:02d}-01",
        "end": f"{y}-{m:02d}-{last}",
        "issue": f"{y}-{m:02d}-{issue_day:02d}",
        "debit": f"{y}-{m:02d}-{issue_day + 14:02d}",
        "amount": amount,
    }
    b.update(extra)
    return b


# ------------------------------------------------------------------ p01: Algeria, hosted
_P01_ADDR = "27 rue Villeroy, 69003 Lyon"
_lbp_iban, _lbp_key = kit.fr_iban("20041", "01007", "0824513L038")
P01 = {
    "name": "p01",
    "as_of": "2026-11-18",
    "employed": False,
    "status": COMPLETE,
    "defect": None,
    "requirements": _req(),
    "applicant": {
        "surname": "BENSALEM",
        "given_names": "NOUR EL HOUDA",
        "date_of_birth": "1995-03-14",
    },
    "applicant_doc": {
        "country": "DZA",
        "number": "198765432",
        "surname": "BENSALEM",
        "given": "NOUR EL HOUDA",
        "surname_ar": "بن سالم",
        "given_ar": "نور الهدى",
        "nat_text": "ALGERIENNE",
        "sex": "F",
        "dob": "1995-03-14",
        "pob": "ORAN",
        "issued": "2022-05-10",
        "expiry": "2032-05-09",
        "authority": "DAIRA D'ORAN",
        "tone": 0.55,
    },
    "permit": {
        "number": "260491873",
        "surname": "BENSALEM",
        "given": "NOUR EL HOUDA",
        "sex": "F",
        "nat": "ALGÉRIENNE",
        "nat_code": "DZA",
        "dob": "1995-03-14",
        "expiry": "2027-06-01",
        "issued": "2026-06-02",
        "title": "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        "remarks": "CONJOINT DE FRANÇAIS - AUTORISE SON TITULAIRE A TRAVAILLER",
        "pob": "ORAN (ALGÉRIE)",
        "address": "27 RUE VILLEROY 69003 LYON",
        "tone": 0.55,
    },
    "birth": {
        "wilaya": "Oran",
        "commune": "Oran",
        "admin_ar": ["ولاية وهران", "دائرة وهران", "بلدية وهران"],
        "act_no": "00412",
        "surname": "BENSALEM",
        "surname_ar": "بن سالم",
        "given": "Nour El Houda",
        "given_ar": "نور الهدى",
        "dob": "1995-03-14",
        "dob_words": "Quatorze mars mil neuf cent quatre-vingt-quinze à 10h30",
        "dob_ar": "الرابع عشر من مارس سنة ألف وتسعمائة وخمسة وتسعين",
        "place": "Oran",
        "place_ar": "وهران",
        "sex_fr": "Féminin",
        "sex_ar": "أنثى",
        "father": "Mohamed BENSALEM",
        "father_ar": "محمد بن سالم",
        "mother": "Khadidja HAMRI",
        "mother_ar": "خديجة حمري",
        "issued": "2026-01-10",
        "truth": {
            "surname": "BENSALEM",
            "given_names": "Nour El Houda",
            "date_of_birth": "1995-03-14",
            "place_of_birth": "Oran",
            "issuing_country": "DZA",
            "language": "ar+fr",
            "has_apostille": False,
        },
    },
    "attestation": {
        "font": "Hand1",
        "paragraphs": [
            "Je soussigné Karim HAMIDI, né le 02/11/1990 à Villeurbanne (69), demeurant "
            "27 rue Villeroy, 69003 Lyon,",
            "atteste sur l'honneur héberger à mon domicile mon épouse Nour El Houda BENSALEM, "
            "née le 14/03/1995 à Oran (Algérie), depuis le 12 mars 2026.",
            "Je joins la copie de ma carte d'identité et mes trois dernières factures Orange.",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
        "signed_line": "Fait à Lyon, le 05/11/2026",
        "truth": {
            "host_name": "Karim HAMIDI",
            "hosted_name": "Nour El Houda BENSALEM",
            "address": _P01_ADDR,
            "since_date": "2026-03-12",
            "signed_on": "2026-11-05",
            "signed": True,
        },
    },
    "host_id": {
        "number": "Y7KC3M2P5",
        "surname": "HAMIDI",
        "given": "KARIM, SAMIR",
        "sex": "M",
        "dob": "1990-11-02",
        "pob": "VILLEURBANNE (69)",
        "expiry": "2033-02-13",
        "issued": "2023-02-14",
        "authority": "PRÉFECTURE DU RHÔNE",
        "address1": "27 RUE VILLEROY",
        "address2": "69003 LYON",
        "tone": 0.6,
    },
    "bills": [
        _month_bill(
            m,
            d,
            amt,
            {
                "number": f"FA{m[2:4]}{m[5:]}-44710{i}3",
                "client": "1102 3457 681",
                "holder_print": "M. Karim HAMIDI",
                "holder_name": "Karim HAMIDI",
                "window": ["M KARIM HAMIDI", "27 RUE VILLEROY", "69003 LYON"],
                "install": "27 RUE VILLEROY 69003 LYON",
                "address": _P01_ADDR,
            },
        )
        for i, (m, d, amt) in enumerate(
            [("2026-08", 4, 42.99), ("2026-09", 4, 42.99), ("2026-10", 5, 44.99)]
        )
    ],
    "rib": {
        "holder_print": "M KARIM HAMIDI OU MME NOUR EL HOUDA BENSALEM",
        "holder_name": "KARIM HAMIDI OU NOUR EL HOUDA BENSALEM",
        "address": ["27 RUE VILLEROY", "69003 LYON"],
        "domiciliation": "LA BANQUE POSTALE - CENTRE FINANCIER DE LYON",
        "bank": "20041",
        "branch": "01007",
        "account": "0824513L038",
        "key": _lbp_key,
        "iban": _lbp_iban,
        "bic": "PSSTFRPPLYO",
    },
    "form": {
        "surname": "BENSALEM",
        "usage": "HAMIDI",
        "given": "NOUR EL HOUDA",
        "sex": "F",
        "dob": "1995-03-14",
        "birth_town": "ORAN",
        "birth_country": "ALGERIE",
        "nationality": "ALGERIENNE",
        "address": "27 RUE VILLEROY",
        "postcode": "69003",
        "city": "LYON",
        "phone": "06 52 18 77 03",
        "email": "nour.bensalem95@gmail.com",
        "situation": "sans_activite",
        "place": "LYON",
        "date_text": "06/11/2026",
        "date_by_hand": True,
        "signed_on": "2026-11-06",
        "signed": True,
    },
}

# ------------------------------------------------------------------ p02: India, lease, employed
_P02_ADDR = "41 boulevard Voltaire, Bât. B, 75011 Paris"
_bb_iban, _bb_key = kit.fr_iban("40618", "80221", "00457812936")
P02 = {
    "name": "p02",
    "as_of": "2026-11-24",
    "employed": True,
    "status": COMPLETE,
    "defect": None,
    "requirements": _req(employment=COMPLETE),
    "applicant": {"surname": "RAMASWAMY", "given_names": "ANANYA", "date_of_birth": "1993-07-21"},
    "applicant_doc": {
        "country": "IND",
        "number": "Z5102938",
        "surname": "RAMASWAMY",
        "given": "ANANYA",
        "nat_text": "INDIAN",
        "sex": "F",
        "dob": "1993-07-21",
        "pob": "CHENNAI, TAMIL NADU",
        "issued": "2021-08-16",
        "expiry": "2031-08-15",
        "authority": "CHENNAI",
        "tone": 0.45,
    },
    "visa": {
        "number": "026714583",
        "type": "D",
        "category": "SALARIE",
        "from": "2026-04-20",
        "until": "2027-04-19",
        "from_txt": "20-04-26",
        "until_txt": "19-04-27",
        "days": "365",
        "post": "NEW DELHI",
        "issued_txt": "02-04-26",
        "passport": "Z5102938",
        "name_line": "RAMASWAMY, ANANYA",
        "remarks": ["VLS-TS SALARIE", "CESEDA R.431-16 - A VALIDER DES L'ARRIVEE"],
        "nat": "IND",
        "surname": "RAMASWAMY",
        "given": "ANANYA",
        "dob": "1993-07-21",
        "sex": "F",
        "tone": 0.45,
    },
    "birth": {
        "corporation": "GREATER CHENNAI CORPORATION",
        "name": "ANANYA RAMASWAMY",
        "sex": "FEMALE",
        "dob_txt": "21-07-1993",
        "place": "KALYANI HOSPITAL, MYLAPORE, CHENNAI",
        "mother": "LAKSHMI RAMASWAMY",
        "father": "VENKATESH RAMASWAMY",
        "address": "NO. 14, 3RD CROSS STREET, R.A. PURAM, CHENNAI - 600028",
        "reg_no": "1993/MYL/004521",
        "reg_date": "28-07-1993",
        "issued_txt": "14-01-2026",
        "truth": {
            "surname": "RAMASWAMY",
            "given_names": "ANANYA",
            "date_of_birth": "1993-07-21",
            "place_of_birth": "Kalyani Hospital, Mylapore, Chennai",
            "issuing_country": "IND",
            "language": "en",
            "has_apostille": True,
        },
    },
    "apostille": {
        "signer": "DR. S. MEENAKSHI",
        "capacity": "HEALTH OFFICER / REGISTRAR OF BIRTHS & DEATHS",
        "seal_of": "GREATER CHENNAI CORPORATION",
        "date_txt": "03-02-2026",
        "number": "TN2602031147",
        "truth": {
            "country": "INDIA",
            "issued_on": "2026-02-03",
            "number": "TN2602031147",
            "signed_by": "DR. S. MEENAKSHI",
        },
    },
    "lease": {
        "landlord": "SCI LES TILLEULS, représentée par M. Bernard LEFÈVRE-DUMAS, gérant",
        "landlord_addr": "12 rue de la Roquette, 75011 Paris",
        "tenant_print": "Mme Ananya RAMASWAMY, née le 21/07/1993 à Chennai (Inde)",
        "address": "41 boulevard Voltaire, Bât. B, 3e étage porte droite, 75011 Paris",
        "surface": "38,5",
        "rooms": "2",
        "start": "2026-05-01",
        "signed": "2026-04-24",
        "rent": 1180.0,
        "charges": 95.0,
        "city": "Paris",
        "initials": ["BL", "AR"],
        "truth": {
            "tenant_names": ["Ananya RAMASWAMY"],
            "landlord": "SCI LES TILLEULS",
            "address": _P02_ADDR,
            "start_date": "2026-05-01",
        },
    },
    "payslip": {
        "employer": "NEXORA SYSTEMS SAS",
        "emp_addr1": "18 rue de la Chaussée-d'Antin",
        "emp_addr2": "75009 Paris",
        "siret": kit.make_siret("83214567", "00021"),
        "naf": "6201Z",
        "urssaf": "Île-de-France",
        "employee_print": "Mme Ananya RAMASWAMY",
        "employee_name": "Ananya RAMASWAMY",
        "addr1": "41 boulevard Voltaire, Bât. B",
        "addr2": "75011 Paris",
        "job": "Ingénieure logiciel",
        "entry": "2026-05-04",
        "contract": "CDI",
        "ccn": "Syntec (IDCC 1486)",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "gross": 4250.0,
        "contribs": [
            ("Santé - complémentaire", 0.85),
            ("Retraite sécurité sociale plafonnée", 6.90),
            ("Retraite sécurité sociale déplafonnée", 0.40),
            ("Retraite complémentaire T1", 4.01),
            ("CSG déductible", 6.68),
            ("CSG / CRDS non déductible", 2.87),
        ],
        "pas_rate": 7.5,
    },
    "rib": {
        "holder_print": "MME ANANYA RAMASWAMY",
        "holder_name": "ANANYA RAMASWAMY",
        "bank": "40618",
        "branch": "80221",
        "account": "00457812936",
        "key": _bb_key,
        "iban": _bb_iban,
        "bic": "BOUSFRPPXXX",
    },
    "form": {
        "surname": "RAMASWAMY",
        "given": "ANANYA",
        "sex": "F",
        "dob": "1993-07-21",
        "birth_town": "CHENNAI",
        "birth_country": "INDE",
        "nationality": "INDIENNE",
        "address": "41 BD VOLTAIRE BAT B 3E ETAGE",
        "postcode": "75011",
        "city": "PARIS",
        "phone": "07 81 44 20 96",
        "email": "ananya.rmswmy@outlook.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "INGENIEURE LOGICIEL",
        "place": "PARIS",
        "date_text": "02/11/2026",
        "date_by_hand": True,
        "signed_on": "2026-11-02",
        "signed": True,
    },
}

# ------------------------------------------------------------------ p03: Brazil, 3 bills, defect
_P03_ADDR = "8 rue des Trois-Frères, 75018 Paris"
_rev_iban = kit.make_iban("LT", "32500" + "16734092851")
P03 = {
    "name": "p03",
    "as_of": "2026-11-30",
    "employed": True,
    "status": "incomplete",
    "defect": "employment missing: the form says salaried work on a CDD but neither a payslip "
    "nor an employment contract is in the packet",
    "requirements": _req(employment="missing"),
    "applicant": {
        "surname": "ALMEIDA DOS SANTOS",
        "given_names": "JOÃO PEDRO",
        "date_of_birth": "2000-09-09",
    },
    "applicant_doc": {
        "country": "BRA",
        "number": "GC482915",
        "surname": "ALMEIDA DOS SANTOS",
        "given": "JOÃO PEDRO",
        "nat_text": "BRASILEIRO(A)",
        "sex": "M",
        "dob": "2000-09-09",
        "pob": "BELO HORIZONTE/MG",
        "issued": "2024-01-22",
        "expiry": "2034-01-21",
        "authority": "POLÍCIA FEDERAL",
        "tone": 0.6,
    },
    "visa": {
        "number": "031958264",
        "type": "D",
        "category": "TRAVAILLEUR TEMPORAIRE",
        "from": "2026-06-15",
        "until": "2027-06-14",
        "from_txt": "15-06-26",
        "until_txt": "14-06-27",
        "days": "365",
        "post": "BRASILIA",
        "issued_txt": "28-05-26",
        "passport": "GC482915",
        "name_line": "ALMEIDA DOS SANTOS, JOAO PEDRO",
        "remarks": ["VLS-TS TRAVAILLEUR TEMPORAIRE", "CESEDA R.431-16 - A VALIDER DES L'ARRIVEE"],
        "nat": "BRA",
        "surname": "ALMEIDA DOS SANTOS",
        "given": "JOAO PEDRO",
        "dob": "2000-09-09",
        "sex": "M",
        "tone": 0.6,
    },
    "birth": {
        "name": "JOÃO PEDRO ALMEIDA DOS SANTOS",
        "cpf": _cpf("148302675"),
        "matricula": "088721 01 55 2000 1 00234 112 0045678 21",
        "dob": "2000-09-09",
        "dob_words": "NOVE DE SETEMBRO DE DOIS MIL",
        "hour": "14:25",
        "town": "BELO HORIZONTE - MG",
        "place": "HOSPITAL SOFIA FELDMAN, BELO HORIZONTE - MG",
        "sex": "MASCULINO",
        "parents": "MARCOS ANTÔNIO DOS SANTOS E CLÁUDIA REGINA ALMEIDA DOS SANTOS",
        "grandparents": "PATERNOS: JOSÉ DOS SANTOS E MARIA DE LOURDES DOS SANTOS; MATERNOS: "
        "GERALDO ALMEIDA E ANA LÚCIA ALMEIDA",
        "reg_words": "QUINZE DE SETEMBRO DE DOIS MIL",
        "dnv": "20-41587306-2",
        "office": [
            "CARTÓRIO DO REGISTRO CIVIL DAS PESSOAS NATURAIS",
            "DO 1º SUBDISTRITO DE BELO HORIZONTE - MG",
            "Oficial: Helena Vasconcelos Prado - Av. Afonso Pena, 1500 - Centro",
        ],
        "issued_words": "Belo Horizonte, 10 de fevereiro de 2026.",
        "officer": "Helena Vasconcelos Prado",
        "selo": "EDK48213-XT7P",
        "truth": {
            "surname": "ALMEIDA DOS SANTOS",
            "given_names": "JOÃO PEDRO",
            "date_of_birth": "2000-09-09",
            "place_of_birth": "Hospital Sofia Feldman, Belo Horizonte - MG",
            "issuing_country": "BRA",
            "language": "pt",
            "has_apostille": False,
        },
    },
    "translation": {
        "translator": "Beatriz CARVALHO-MOREAU",
        "translator_short": "B. CARVALHO-MOREAU",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "Langue portugaise",
            "27 rue Rambuteau, 75004 Paris - tél. 01 42 77 18 30",
        ],
        "rows": [
            ("Nom", "JOÃO PEDRO ALMEIDA DOS SANTOS"),
            ("CPF", _cpf("148302675")),
            ("Matricule", "088721 01 55 2000 1 00234 112 0045678 21"),
            ("Date de naissance", "neuf septembre deux mille (09/09/2000), à 14h25"),
            ("Lieu de naissance", "Hôpital Sofia Feldman, Belo Horizonte - Minas Gerais"),
            ("Sexe", "masculin"),
            ("Filiation", "Marcos Antônio DOS SANTOS et Cláudia Regina ALMEIDA DOS SANTOS"),
            (
                "Grands-parents",
                "paternels : José et Maria de Lourdes DOS SANTOS ; maternels : "
                "Geraldo et Ana Lúcia ALMEIDA",
            ),
            ("Jumeau", "non"),
            ("Date de l'enregistrement", "quinze septembre deux mille"),
            ("Mentions", "néant"),
            ("Délivré à", "Belo Horizonte, le 10 février 2026"),
        ],
        "cert": [
            "Je soussignée, Beatriz CARVALHO-MOREAU, traductrice-interprète expert près la Cour "
            "d'appel de Paris,",
            "certifie que la présente traduction est conforme à l'original rédigé en langue "
            "portugaise qui m'a été présenté.",
            "Paris, le 30 juin 2026.",
        ],
        "number": "2026-0412",
        "truth": {
            "source_language": "pt",
            "target_language": "fr",
            "translator": "Beatriz CARVALHO-MOREAU",
            "translated_on": "2026-06-30",
            "of_type": "birth_certificate",
        },
    },
    "bills": [
        _month_bill(
            m,
            3,
            32.99,
            {
                "number": f"B{m[:4]}{m[5:]}0{i}58211",
                "client": "1.0273.558.194",
                "holder_print": "M. João Pedro ALMEIDA DOS SANTOS",
                "holder_name": "João Pedro ALMEIDA DOS SANTOS",
                "window": [
                    "M JOAO PEDRO ALMEIDA DOS SANTOS",
                    "8 RUE DES TROIS FRERES",
                    "75018 PARIS",
                ],
                "address": _P03_ADDR,
            },
        )
        for i, m in enumerate(["2026-08", "2026-09", "2026-10"])
    ],
    "rib": {
        "holder_print": "JOAO PEDRO ALMEIDA DOS SANTOS",
        "holder_name": "JOAO PEDRO ALMEIDA DOS SANTOS",
        "address": "8 Rue des Trois-Frères, 75018, Paris, FR",
        "iban": _rev_iban,
        "bic": "REVOLT21",
        "generated": "2026-11-10",
    },
    "form": {
        "surname": "ALMEIDA DOS SANTOS",
        "given": "JOAO PEDRO",
        "sex": "M",
        "dob": "2000-09-09",
        "birth_town": "Belo Horizonte",
        "birth_country": "Brésil",
        "nationality": "brésilienne",
        "address": "8 rue des Trois-Frères",
        "postcode": "75018",
        "city": "Paris",
        "phone": "07 68 21 44 90",
        "email": "jp.almeida@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Serveur",
        "place": "Paris",
        "date_text": "12/11/2026",
        "signed_on": "2026-11-12",
        "signed": True,
    },
}

assert kit.iban_valid(_lbp_iban) and kit.iban_valid(_bb_iban) and kit.iban_valid(_rev_iban)
assert kit.luhn_ok(P02["payslip"]["siret"]) and kit.luhn_ok(P02["payslip"]["siret"][:9])
