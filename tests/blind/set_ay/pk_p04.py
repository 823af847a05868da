"""Packet p04: Venezuela, not employed, lease; expired passport (the one defect)."""

from __future__ import annotations

import births
import codes
import forms
import ids
import money
from kit import INK_BLUE, raster
from out import Packet, fr
from pk_common import REQ_OK, _pp_fields


def p04(root: str):
    pk = Packet(root, "p04", 404)
    as_of = "2026-12-01"
    sur, given, dob = "RODRIGUEZ PACHECO", "MARIA GABRIELA", "1991-11-07"
    addr = ["8 avenue de Toulouse, Bât. C", "34070 MONTPELLIER"]
    num, exp = "138245967", "2026-06-27"  # expired before as_of: the defect
    mrz = codes.td3("VEN", sur, given, num, "VEN", dob, "F", exp)
    pp = ids.passport(
        {
            "paper": (236, 232, 236),
            "tint": (190, 160, 190),
            "ink": (60, 30, 90),
            "header": ["REPÚBLICA BOLIVARIANA DE VENEZUELA", "PASAPORTE / PASSPORT"],
            "labels": {
                "type": "Tipo / Type",
                "code": "Código / Code",
                "number": "Pasaporte N° / Passport No",
                "surname": "Apellidos / Surname",
                "given": "Nombres / Given names",
                "nationality": "Nacionalidad / Nationality",
                "sex": "Sexo / Sex",
                "dob": "Fecha de nacimiento / Date of birth",
                "pob": "Lugar de nacimiento / Place of birth",
                "issue": "Fecha de expedición / Date of issue",
                "authority": "Autoridad / Authority",
                "expiry": "Fecha de vencimiento / Date of expiry",
            },
            "values": {
                "type": "P",
                "code": "VEN",
                "number": num,
                "surname": sur,
                "given": given,
                "nationality": "VENEZOLANA",
                "sex": "F",
                "dob": ids.d_slash(dob),
                "pob": "MARACAIBO VEN",
                "issue": ids.d_slash("2016-06-28"),
                "authority": "SAIME",
                "expiry": ids.d_slash(exp),
            },
            "num_red": True,
            "sex": "F",
            "mrz": mrz,
        },
        pk.rng(),
    )
    pk.scan("passeport_venezuela.png", ids.photocopy_a4([(raster(pp, 300), 40, 30, 130)], 200))
    pk.doc(
        [("passeport_venezuela.png", [1])],
        "passport",
        "scan",
        _pp_fields(sur, given, num, "VEN", dob, "F", exp),
        "Passport expired on 2026-06-27, before as_of (no extension sticker): identity is invalid.",
    )
    ts_no, ts_exp = "ZB4306718", "2027-02-09"
    tmrz = codes.td1("IR", "FRA", ts_no, dob, "F", ts_exp, "VEN", sur, given)
    card = {
        "number": ts_no,
        "sex": "F",
        "given": "Maria",
        "mrz": tmrz,
        "rows": [
            ("NOM", sur),
            ("Prénoms", "MARIA GABRIELA"),
            ("Sexe / Nationalité", "F   VEN"),
            ("Date de naissance", fr(dob).replace("/", " ")),
            ("Type de titre", "CARTE DE SEJOUR TEMPORAIRE"),
        ],
        "back_rows": [
            ("Valable du / Valid from", "10 02 2026"),
            ("Jusqu'au / Until", fr(ts_exp).replace("/", " ")),
            ("Remarques", "VIE PRIVEE ET FAMILIALE"),
            ("Adresse", "8 AV DE TOULOUSE BAT C 34070 MONTPELLIER"),
            ("Délivré par", "PRÉFECTURE DE L'HÉRAULT"),
        ],
    }
    sheet = ids.cards_photocopy(ids.fr_card_front(card, pk.rng()), ids.fr_card_back(card, pk.rng()))
    pk.photo("titre_sejour.jpg", sheet, rot=90, cover=0.88)
    pk.doc(
        [("titre_sejour.jpg", [1])],
        "residence_permit",
        "phone_photo",
        _pp_fields(sur, given, ts_no, "VEN", dob, "F", ts_exp, "FRA"),
        "Photocopy of both sides, photographed, rotated 90 degrees. Valid until 2027-02-09.",
    )
    acta = births.venezuela(
        {
            "parroquia": "Chiquinquirá",
            "municipio": "Maracaibo",
            "estado": "Zulia",
            "acta": "2417",
            "folio": "122",
            "dob": dob,
            "year_words": "mil novecientos noventa y uno",
            "prefecto": "Luis Enrique Fuenmayor",
            "father": "José Gregorio Rodríguez Urdaneta",
            "father_job": "comerciante",
            "father_ci": "V-7.812.544",
            "mother": "Carmen Elena Pacheco de Rodríguez",
            "mother_ci": "V-9.104.238",
            "drawn_words": "veinte de noviembre de mil novecientos noventa y uno",
            "pob": "el Hospital Central Dr. Urquinaona de esta ciudad",
            "dob_words": "siete de noviembre de mil novecientos noventa y uno",
            "hour": "cuatro y quince de la tarde",
            "given": "María Gabriela",
            "witnesses": "Nelson Antonio Bracho y Yelitza Margarita Soto",
            "city": "Maracaibo",
            "copy_words": "doce días del mes de mayo de dos mil veintiséis",
            "registrar": "Abg. Marianela Chacín Ferrer",
            "saren_date": "21/05/2026",
            "saren_no": "250.44871",
        },
        pk.rng(),
    )
    ap = {
        "signed_by": "Abg. Rosa Virginia Añez",
        "capacity": "Registradora Principal",
        "seal": "Registro Principal del Estado Zulia",
        "date_text": "28/05/2026",
        "number": "AP-E-2026-00518734",
        "official": "Director General de Relaciones Consulares",
        "code": "7Q2K-94LD-X3",
    }
    pk.image_pdf("acta_nacimiento_apostillada.pdf", [acta, births.apostille_ve(ap, pk.rng())])
    pk.doc(
        [("acta_nacimiento_apostillada.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "Rodríguez Pacheco",
            "given_names": "María Gabriela",
            "date_of_birth": dob,
            "place_of_birth": "Maracaibo, Zulia",
            "issuing_country": "VEN",
            "language": "es",
            "has_apostille": True,
        },
        "Certified copy of the acta de nacimiento (narrative form, Registro Civil, CNE), "
        "signature certified by the Registro Principal (SAREN).",
    )
    pk.doc(
        [("acta_nacimiento_apostillada.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Venezuela",
            "issued_on": "2026-05-28",
            "number": ap["number"],
            "signed_by": ap["official"],
        },
        "MPPRE electronic apostille, 10 numbered items.",
    )
    t = {
        "translator": "Isabel MORENO-LAFFITTE",
        "number": "2026-0917",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel de Montpellier",
            "Espagnol - Français",
            "15 rue Foch, 34000 Montpellier - 04 67 60 18 22",
        ],
        "chunks": [
            "[Armoiries] RÉPUBLIQUE BOLIVARIENNE DU VENEZUELA - CONSEIL NATIONAL ÉLECTORAL - "
            "COMMISSION DE L'ÉTAT CIVIL ET ÉLECTORAL - BUREAU DE L'ÉTAT CIVIL DE LA PAROISSE "
            "CHIQUINQUIRÁ - MUNICIPALITÉ DE MARACAIBO - ÉTAT DE ZULIA\nACTE DE NAISSANCE - "
            "Acte n° 2417, folio 122, année 1991\nLe soussigné, officier de l'état civil de la "
            "paroisse Chiquinquirá, CERTIFIE : que dans le registre des naissances tenu par ce "
            "bureau pendant l'année mil neuf cent quatre-vingt-onze figure l'acte n° 2417 dont "
            "la teneur est la suivante : « Je soussigné, Luis Enrique Fuenmayor, préfet civil "
            "de la paroisse Chiquinquirá, atteste qu'aujourd'hui, vingt novembre mil neuf cent "
            "quatre-vingt-onze, a été présentée devant moi une enfant de sexe féminin par M. "
            "José Gregorio Rodríguez Urdaneta, vénézuélien, majeur, commerçant, titulaire de "
            "la carte d'identité n° V-7.812.544, qui a déclaré que ladite enfant est née à "
            "l'Hôpital central Dr. Urquinaona de cette ville le sept novembre mil neuf cent "
            "quatre-vingt-onze à seize heures quinze, qu'elle porte le nom de MARÍA GABRIELA "
            "et qu'elle est sa fille et celle de son épouse Carmen Elena Pacheco de Rodríguez, "
            "titulaire de la carte d'identité n° V-9.104.238. [...] »\nCopie fidèle et exacte, "
            "délivrée à Maracaibo le douze mai deux mille vingt-six. (Signé) Abg. Marianela "
            "Chacín Ferrer, officier de l'état civil. [Cachet]\nMention : SAREN - Registre "
            "principal de l'État de Zulia certifie l'authenticité de la signature, 21/05/2026.",
            "APOSTILLE (Convention de La Haye du 5 octobre 1961)\n1. Pays : République "
            "bolivarienne du Venezuela. Le présent acte public 2. a été signé par Abg. Rosa "
            "Virginia Añez 3. agissant en qualité de registratrice principale 4. est revêtu du "
            "sceau du Registre principal de l'État de Zulia. Attesté 5. à Caracas 6. le "
            "28/05/2026 7. par la Direction générale des relations consulaires - MPPRE 8. sous "
            "le numéro AP-E-2026-00518734 9. Sceau : signature électronique 10. Signature : "
            "Directeur général des relations consulaires.",
        ],
        "closing": "Traduction certifiée conforme à l'original en langue espagnole qui m'a été "
        "présenté, ne varietur n° 2026-0917. Montpellier, le 16/07/2026.",
        "stamp_outer": "I. MORENO-LAFFITTE * EXPERT PRÈS LA COUR D'APPEL DE MONTPELLIER *",
        "stamp_inner": ["Traductrice", "Espagnol"],
    }
    pk.image_pdf("traduction_assermentee.pdf", births.translation(t, pk.rng()))
    pk.doc(
        [("traduction_assermentee.pdf", [1, 2])],
        "translation",
        "image_pdf",
        {
            "source_language": "es",
            "target_language": "fr",
            "translator": "Isabel MORENO-LAFFITTE",
            "surname": "Rodríguez Pacheco",
            "given_names": "María Gabriela",
            "date_of_birth": dob,
        },
        "Sworn French translation of the acta and its apostille.",
    )
    # lease, three pages photographed one by one
    tenant = "Mme María Gabriela RODRÍGUEZ PACHECO"
    lease = forms.lease(
        {
            "parties": "Le bailleur : M. Gérard ALBERTINI, demeurant 31 rue de l'Aiguillerie, "
            "34000 Montpellier.\n"
            f"Le locataire : {tenant}, née le 07/11/1991 à Maracaibo (Venezuela).",
            "object": "Appartement situé 8 avenue de Toulouse, bâtiment C, 2e étage, 34070 "
            "Montpellier. Type T1 bis, 32 m² habitables : séjour avec coin cuisine, "
            "chambre, salle de bains avec WC. Chauffage collectif. Place de parking n° 41.",
            "dates": "Prise d'effet : 01/07/2026. Durée : trois ans. Le bail se renouvelle par "
            "tacite reconduction (article 10 de la loi du 6 juillet 1989).",
            "more": [
                (
                    "IV. CONDITIONS FINANCIÈRES",
                    "Loyer mensuel : 540,00 € hors charges. "
                    "Provision sur charges : 60,00 € par mois. Payable le 5 de chaque mois par "
                    "virement.",
                ),
                ("V. DÉPÔT DE GARANTIE", "540,00 €, versé ce jour."),
                ("VI. GARANTIE", "Garantie Visale (Action Logement), visa n° V02641887."),
            ],
            "last": "VII. ANNEXES\nDiagnostics techniques, notice d'information, état des lieux "
            "d'entrée, attestation d'assurance habitation.",
            "made": "Fait à Montpellier, le 26/06/2026, en deux exemplaires.",
            "initials": "GA  MGRP",
            "landlord": "Albertini",
            "tenant": "Maria",
        },
        pk.rng(),
    )
    for i, pg in enumerate(lease):
        pk.photo(f"bail_p{i + 1}.jpg", pg, cover=0.9)
    pk.doc(
        [(f"bail_p{i + 1}.jpg", [1]) for i in range(3)],
        "lease",
        "phone_photo",
        {
            "tenant_names": ["María Gabriela RODRÍGUEZ PACHECO"],
            "landlord": "Gérard ALBERTINI",
            "address": "8 avenue de Toulouse, Bât. C, 34070 Montpellier",
            "start_date": "2026-07-01",
        },
        "Each page photographed; started 5 months before.",
    )
    acc = "0000740219J"
    iban, key = codes.fr_iban("30002", "00742", acc)
    rib = money.rib_bank(
        {
            "color": (0, 40, 110),
            "bank": "LCL Banque et Assurance",
            "holder": "MME RODRIGUEZ PACHECO MARIA GABRIELA",
            "holder_addr": addr,
            "branch_lines": [
                "LCL MONTPELLIER COMEDIE",
                "6 PLACE DE LA COMEDIE",
                "34000 MONTPELLIER",
            ],
            "bank_code": "30002",
            "branch": "00742",
            "account": acc,
            "key": key,
            "iban": iban,
            "bic": "CRLYFRPP",
            "footer": "LCL - Le Crédit Lyonnais SA - SIREN 954 509 741 RCS Lyon",
        }
    )
    pk.scan("scan_0003.jpg", rib, 150)
    pk.doc(
        [("scan_0003.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "MME RODRIGUEZ PACHECO MARIA GABRIELA",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "LCL account number with a letter (RIB key computed with the letter table).",
    )
    f = {
        "mode": "typed",
        "typed_font": "sans",
        "surname": "RODRIGUEZ PACHECO",
        "usage": "",
        "given": "Maria Gabriela",
        "sex": "F",
        "dob_comb": "07111991",
        "pob_city": "Maracaibo",
        "pob_country": "Venezuela",
        "nationality": "Vénézuélienne",
        "address": "8 avenue de Toulouse, Bât. C",
        "postcode": "34070",
        "city": "Montpellier",
        "phone": "07 81 33 09 64",
        "email": "mgrodriguezp91@hotmail.com",
        "situation": "sans_activite",
        "place": "Montpellier",
        "date_text": "18/11/2026",
        "date_hand": True,
        "hand": "breip",
        "ink": INK_BLUE,
    }
    p1, p2 = forms.cerfa(f, pk.rng(), run=1)
    pk.scan("scan_0001.jpg", p1, 200)
    pk.scan("scan_0002.jpg", p2, 200)
    pk.doc(
        [("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])],
        "application_form",
        "scan",
        {
            "surname": "RODRIGUEZ PACHECO",
            "usage_name": None,
            "given_names": "Maria Gabriela",
            "date_of_birth": dob,
            "sex": "F",
            "employment_status": "not_employed",
            "situation": "sans_activite",
            "contract_type": None,
            "signed": True,
            "signed_on": "2026-11-18",
            "date_text": "18/11/2026",
            "place": "Montpellier",
            "nir": None,
        },
        "Typed, printed, dated and signed by hand, scanned page by page.",
    )
    pk.write_truth(
        as_of,
        False,
        dict(REQ_OK, identity="invalid", employment="not_applicable"),
        "passport expired on 2026-06-27 (before the audit date): identity invalid",
        {"surname": sur, "given_names": given, "date_of_birth": dob},
    )
