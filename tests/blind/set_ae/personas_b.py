"""Packets p03 (Brazil) and p04 (Colombia) of set_ae."""

from __future__ import annotations

import cards
import civil
import housing
import money
from common import fr_iban, on_scanner, render_pil, write_text_pdf
from fields import (
    apo_fields,
    bill_fields,
    birth_fields,
    contract_fields,
    id_fields,
    payslip_fields,
    rib_fields,
)
from personas import eur, visa_on_page

# ================================================================== p03 Brazil


P3 = {
    "surname": "Souza Lima",
    "given": "Ana Beatriz",
    "sex": "F",
    "dob": "1997-11-03",
    "nat": "BRA",
    "pob_pass": "SÃO PAULO/SP",
    "passport": {
        "number": "GK715204",
        "issued": "2023-04-19",
        "expiry": "2033-04-18",
        "authority": "AUTORIDADE/AUTHORITY: DPF",
    },
    "visa": {
        "number": "027413690",
        "from": "2026-04-10",
        "until": "2027-04-09",
        "days": "365",
        "issued_in": "SAO PAULO",
        "issued": "2026-03-24",
        "remark": "VLS-TS TRAVAILLEUR TEMPORAIRE",
        "cat_code": "TT",
    },
    "addr": ["8 rue Paul Bert", "93100 Montreuil"],
    "birth": {
        "full_name": "Ana Beatriz Souza Lima",
        "cpf": "412.587.938-06",
        "matricula": "115055 01 55 1997 1 00214 087 0041236 45",
        "dob": "1997-11-03",
        "dob_words_pt": "Três",
        "year_words_pt": "mil novecentos e noventa e sete",
        "hour": "06:40",
        "naturalidade": "São Paulo - SP",
        "sex_word": "FEMININO",
        "place": "Hospital e Maternidade Santa Joana, São Paulo - SP",
        "reg_city": "São Paulo - SP",
        "parents": "Carlos Eduardo de Souza e Maria Aparecida Lima de Souza",
        "grandparents": "Paternos: José Souza e Tereza Souza; Maternos: Antônio Lima e Rosa Lima",
        "reg_words": "Dez de novembro de 1997",
        "office": "Oficial de Registro Civil das Pessoas Naturais do 14º Subdistrito - Lapa",
        "office_addr": "Rua Guaicurus, 1000 - Lapa, São Paulo - SP",
        "issued": "2025-10-21",
        "selo": "1150551FY000482913J",
        "t_surname": "SOUZA LIMA",
        "t_given": "ANA BEATRIZ",
        "t_place": "Hospital e Maternidade Santa Joana, São Paulo - SP",
        "language": "pt",
    },
    "apostille": {
        "code": "BRA",
        "header": ["REPÚBLICA FEDERATIVA DO BRASIL", "CONSELHO NACIONAL DE JUSTIÇA"],
        "country": "República Federativa do Brasil",
        "signed_by_doc": "Marcia Oliveira",
        "capacity": "Oficial de Registro Civil",
        "seal_of": "Registro Civil 14º Subdistrito Lapa",
        "at": "São Paulo",
        "issued_on": "2025-10-23",
        "signed_by": "Fernanda Matos Ribeiro, Escrevente autorizada",
        "number": "HYB8F2-0G41K7",
        "stamp": ["REGISTRO CIVIL", "SÃO PAULO", "APOSTILA"],
        "qr": "Verifique em https://apostil.org.br com o código HYB8F2-0G41K7",
        "ink": (20, 80, 50),
    },
}


def p03_steps(P, p, spec):
    r = P.rng("passport")
    P.photo_jpg(
        "IMG_20261128_091244.jpg", cards.booklet(cards.passport_page(p, r), r), "passport", 270
    )
    P.add(
        [{"path": "IMG_20261128_091244.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        id_fields(p, "passport"),
        "open booklet photographed, image rotated 270",
    )
    r = P.rng("visa")
    P.photo_jpg("IMG_20261128_091302.jpg", visa_on_page(p, r), "visa", 0)
    P.add(
        [{"path": "IMG_20261128_091302.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        id_fields(p, "visa"),
        "VLS-TS sticker, phone photo",
    )
    r = P.rng("birth")
    P.scan_jpg(
        "certidao_nascimento.jpg", render_pil(civil.birth_brazil(p["birth"], r), 250), "birth", 250
    )
    P.add(
        [{"path": "certidao_nascimento.jpg", "pages": [1]}],
        "birth_certificate",
        "scan",
        birth_fields(p),
        "Brazilian certidão (Portuguese), 250 dpi",
    )
    P.scan_jpg(
        "apostila.jpg", render_pil(civil.apostille(p["apostille"], r, 210, 297), 250), "apo", 250
    )
    P.add(
        [{"path": "apostila.jpg", "pages": [1]}],
        "apostille",
        "scan",
        apo_fields(p["apostille"]),
        "Brazilian electronic apostille printout with QR",
    )
    for i, (st, en, iss, kwh) in enumerate(
        [
            ("2026-08-01", "2026-08-31", "2026-09-04", 118),
            ("2026-09-01", "2026-09-30", "2026-10-05", 131),
            ("2026-10-01", "2026-10-31", "2026-11-04", 176),
        ]
    ):
        conso = round(kwh * 0.1952, 2)
        acc = round(kwh * 0.02623, 2)
        sub, cta = 11.73, 2.61
        ht = sub + conso + acc + cta
        tva = round(ht * 0.2, 2)
        amt = round(ht + tva, 2)
        B = {
            "provider": "TotalEnergies",
            "service": "electricity",
            "t_holder": "Ana Beatriz SOUZA LIMA",
            "holder_print": "Mme Ana Beatriz SOUZA LIMA",
            "addr": p["addr"],
            "issue": iss,
            "start": st,
            "end": en,
            "due": iss[:8] + "%02d" % (int(iss[8:]) + 10),
            "amount": amt,
            "amount_fr": eur(amt),
            "number": f"1027{48 + i}3391",
            "client": "1 702 845 936",
            "pdl": "21 4587 3302 1148",
            "kva": "6",
            "idx": str(24118 + kwh * (i + 1)),
            "kwh": str(kwh),
            "sub": eur(sub),
            "conso": eur(conso),
            "accise": eur(acc),
            "cta": eur(cta),
            "tva": eur(tva),
        }
        fn = f"TotalEnergies_facture_{st[:7]}.pdf"
        write_text_pdf(
            P.path(fn),
            [housing.bill_total(B, P.rng("bill", i))],
            "Facture TotalEnergies",
            "TotalEnergies",
        )
        P.add(
            [{"path": fn, "pages": [1]}],
            "utility_bill",
            "text_pdf",
            bill_fields(B),
            "monthly electricity bill in the applicant's name",
        )
    R = {
        "holder": "Ana Beatriz Souza Lima",
        "iban": fr_iban("28233", "00001", "19462771038"),
        "bic": "REVOFRP2",
        "bank_name": "Revolut Bank UAB",
        "bank_addr": "10 avenue Kléber, 75116 Paris",
        "clock": "9:41",
        "t_holder": "Ana Beatriz Souza Lima",
    }
    money.revolut_screen(R, P.rng("rev")).save(P.path("IMG_2215.PNG"), "PNG")
    P.add(
        [{"path": "IMG_2215.PNG", "pages": [1]}],
        "rib",
        "screenshot",
        rib_fields(R),
        "Revolut app 'Coordonnées bancaires' screen; French IBAN (bank code 28233)",
    )
    S = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": "SARL LE FOURNIL DE VINCENNES",
        "employer_addr": ["112 rue de Fontenay", "94300 Vincennes"],
        "siret": "534 219 870 00018",
        "naf": "1071C",
        "ccn": "Boulangerie-pâtisserie artisanale (IDCC 843)",
        "employee_print": "Mme SOUZA LIMA Ana Beatriz",
        "addr": p["addr"],
        "nir": "en cours",
        "job": "Vendeuse en boulangerie",
        "status": "Employée",
        "hired": "2026-05-04",
        "contract": "CDD 12 mois",
        "matricule": "0031",
        "gross": "1 823,03",
        "deductions": [
            ("Santé - complémentaire", "21,50"),
            ("Retraite sécurité sociale plafonnée", "125,79"),
            ("Retraite complémentaire T1", "57,61"),
            ("CSG déductible", "121,92"),
            ("CSG/CRDS non déductible", "52,17"),
        ],
        "total_ded": "378,99",
        "net_social": "1 474,15",
        "net_before": "1 444,04",
        "pas_rate": "0,0 %",
        "pas": "0,00",
        "net": "1 444,04",
        "net_value": 1444.04,
        "paid": "2026-11-03",
        "t_employee": "SOUZA LIMA Ana Beatriz",
        "fonts": ("sans", "sansb"),
    }
    write_text_pdf(
        P.path("bulletin_octobre.pdf"),
        [money.payslip(S, P.rng("pay"))],
        "Bulletin",
        "Le Fournil de Vincennes",
    )
    P.add(
        [{"path": "bulletin_octobre.pdf", "pages": [1]}],
        "payslip",
        "text_pdf",
        payslip_fields(S),
        "last payslip, only employment piece",
    )


# ================================================================== p04 Colombia


P4 = {
    "surname": "Restrepo Gomez",
    "given": "Juan Sebastian",
    "sex": "M",
    "dob": "1989-05-27",
    "nat": "COL",
    "pob_pass": "MEDELLIN (ANT)",
    "passport": {
        "number": "AT482197",
        "issued": "2016-08-30",
        "expiry": "2026-08-29",
        "authority": "Autoridad/Authority: CANCILLERIA",
    },
    "visa": {
        "number": "024190375",
        "from": "2026-02-15",
        "until": "2027-02-14",
        "days": "365",
        "issued_in": "BOGOTA",
        "issued": "2026-01-27",
        "remark": "VLS-TS SALARIE",
        "cat_code": "SALARIE",
    },
    "addr": ["5 impasse des Lilas", "31400 Toulouse"],
    "birth": {
        "serial": "14512873",
        "nuip": "1.036.627.488",
        "notaria": "12",
        "code": "05001012",
        "office_place": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        "ap1": "Restrepo",
        "ap2": "Gómez",
        "names": "Juan Sebastián",
        "dob": "1989-05-27",
        "sex_word": "MASCULINO",
        "place": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        "cnv": "A-1989-0457812",
        "mother": "GÓMEZ ARANGO MARÍA EUGENIA",
        "father": "RESTREPO VÉLEZ JORGE IVÁN",
        "reg_date": "1989  06  09",
        "issued": "2025-12-02",
        "t_surname": "RESTREPO GÓMEZ",
        "t_given": "JUAN SEBASTIÁN",
        "t_place": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        "language": "es",
    },
    "apostille": {
        "code": "COL",
        "header": ["REPÚBLICA DE COLOMBIA", "MINISTERIO DE RELACIONES EXTERIORES"],
        "country": "República de Colombia",
        "signed_by_doc": "Luz Marina Arango Ríos",
        "capacity": "Notario(a) Doce del Círculo de Medellín",
        "seal_of": "N.A.",
        "at": "Bogotá D.C.",
        "issued_on": "2025-12-05",
        "signed_by": "Olga Lucía Peña Castaño, Coordinadora GIT Apostilla y Legalizaciones",
        "number": "A2J8K41905523",
        "stamp": ["CANCILLERÍA", "APOSTILLA", "COLOMBIA"],
        "qr": "Para verificar: https://tramites.cancilleria.gov.co/apostillalegalizacion/"
        "consulta - código A2J8K41905523",
        "ink": (30, 50, 140),
    },
}


def p04_steps(P, p, spec):
    r = P.rng("passport")
    P.scan_jpg(
        "pasaporte.jpg", on_scanner(cards.passport_page(p, r), r, 200, (125, 88)), "passport", 200
    )
    f = id_fields(p, "passport")
    P.add(
        [{"path": "pasaporte.jpg", "pages": [1]}],
        "passport",
        "scan",
        f,
        "THE DEFECT: passport expired on 2026-08-29, before as_of 2026-11-18 (MRZ valid)",
    )
    r = P.rng("visa")
    P.scan_jpg("visa.jpg", on_scanner(visa_on_page(p, r), r, 200, (125, 88)), "visa", 200)
    P.add(
        [{"path": "visa.jpg", "pages": [1]}],
        "long_stay_visa",
        "scan",
        id_fields(p, "visa"),
        "VLS-TS valid; it names the (now expired) passport number",
    )
    r = P.rng("birth")
    bp = render_pil(civil.birth_colombia(p["birth"], r), 200)
    ap = render_pil(civil.apostille(p["apostille"], r, 216, 279), 200)
    P.image_pdf("registro_civil_apostillado.pdf", [bp, ap], "birth", 200)
    P.add(
        [{"path": "registro_civil_apostillado.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        birth_fields(p),
        "Colombian registro civil (Spanish), letter size",
    )
    P.add(
        [{"path": "registro_civil_apostillado.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        apo_fields(p["apostille"]),
        "Cancillería e-apostille printout",
    )
    rots = [0, 90, 180]
    for i, (st, en, iss, due) in enumerate(
        [
            ("2026-08-01", "2026-08-31", "2026-08-02", "2026-08-08"),
            ("2026-09-01", "2026-09-30", "2026-09-02", "2026-09-08"),
            ("2026-10-01", "2026-10-31", "2026-10-02", "2026-10-08"),
        ]
    ):
        amt = 29.99
        B = {
            "provider": "Free",
            "service": "internet",
            "t_holder": "Juan Sebastian Restrepo Gomez",
            "holder_print": "M. Juan Sebastian Restrepo Gomez",
            "addr": p["addr"],
            "issue": iss,
            "start": st,
            "end": en,
            "due": due,
            "amount": amt,
            "amount_fr": eur(amt),
            "number": f"48215{i + 8:02d}19",
            "client": "fbx58127734",
            "line": "09 51 47 22 80",
            "sub": eur(amt),
            "iban_masked": "FR76 **** **** 0174",
        }
        fn = f"IMG_{5120 + i * 3}.jpg"
        P.photo_jpg(
            fn, render_pil(housing.bill_free(B, P.rng("bill", i)), 200), ("bill", i), rots[i]
        )
        P.add(
            [{"path": fn, "pages": [1]}],
            "utility_bill",
            "phone_photo",
            bill_fields(B),
            f"printed Free bill photographed, rotated {rots[i]}",
        )
    ib = fr_iban("30003", "02180", "00050417429")
    R = {
        "style": "sg",
        "bank_name": "SOCIETE GENERALE",
        "holder_lines": ["M RESTREPO GOMEZ JUAN SEBASTIAN", "5 IMP DES LILAS", "31400 TOULOUSE"],
        "branch_name": "TOULOUSE RANGUEIL",
        "branch_addr": ["118 AV DE RANGUEIL", "31400 TOULOUSE"],
        "iban": ib,
        "bic": "SOGEFRPP",
        "printed": "2026-03-10",
        "legal": "Société Générale, SA au capital de 1 000 395 971,25 € - 552 120 222 RCS "
        "Paris - Siège social : 29 bd Haussmann 75009 Paris.",
        "t_holder": "RESTREPO GOMEZ JUAN SEBASTIAN",
    }
    write_text_pdf(P.path("RIB.pdf"), [money.rib(R, P.rng("rib"))], "RIB", "Societe Generale")
    P.add([{"path": "RIB.pdf", "pages": [1]}], "rib", "text_pdf", rib_fields(R), "")
    C = {
        "type": "CDD",
        "employer": "SAS Hôtel des Arcades Capitole",
        "form": "SAS au capital de 50 000 €",
        "employer_addr": "9 rue d'Alsace-Lorraine, 31000 Toulouse",
        "siren": "Toulouse 811 240 576",
        "siret": "811 240 576 00015",
        "rep": "Nathalie Roques",
        "rep_title": "Directrice générale",
        "employee_print": "M. Juan Sebastián Restrepo Gómez",
        "dob": p["dob"],
        "pob": "Medellín (Colombie)",
        "nat_fr": "colombienne",
        "addr": "5 impasse des Lilas, 31400 Toulouse",
        "start": "2026-03-02",
        "end": "2027-02-28",
        "job": "Réceptionniste de nuit",
        "status": "employé",
        "coef": "niveau I échelon 3",
        "ccn": "HCR (IDCC 1979)",
        "trial": "un mois",
        "gross": "1 910,00",
        "workplace": "Toulouse",
        "city": "Toulouse",
        "signed": "2026-02-20",
        "t_employee": "Juan Sebastián Restrepo Gómez",
    }
    r = P.rng("cdd")
    P.image_pdf(
        "contrat_travail.pdf", [render_pil(x, 200) for x in money.contract(C, r)], "cdd", 200
    )
    P.add(
        [{"path": "contrat_travail.pdf", "pages": [1, 2]}],
        "employment_contract",
        "image_pdf",
        contract_fields(C),
        "signed CDD, scanned",
    )
