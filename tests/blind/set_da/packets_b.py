"""Packets p03 (Philippines) and p04 (Brazil)."""

from __future__ import annotations

import random
from datetime import date as D

import docs_civil as civ
import docs_fr as fr
import docs_id as di
from checks import fr_iban, make_siret
from common import ALL_COMPLETE, booklet, doc, draw_form, form_fields, iso, mrz_fields
from draw import (
    image_pdf,
    make_pdf,
    phone_photo,
    place_on_scanner,
    raster,
    save_jpeg,
    scan_look,
    sign,
)


# ------------------------------------------------------------------------------------ p03
def p03(out):
    rng = random.Random(4203)
    as_of = D(2026, 11, 26)
    p = {
        "surname": "DELA CRUZ",
        "given": "MARIA CRISTINA",
        "middle": "SANTOS",
        "nat": "PHL",
        "sex": "F",
        "dob": D(1990, 8, 22),
        "pob_pp": "QUEZON CITY",
        "number": "P4823917B",
        "issued": D(2023, 7, 11),
        "expiry": D(2033, 7, 10),
        "skin": (186, 140, 108),
    }
    docs = []
    v = {
        "surname": "DELA CRUZ",
        "usage": "",
        "given": "Maria Cristina",
        "sex": "F",
        "dob": p["dob"],
        "pob": "Quezon City, Philippines",
        "nat": "Philippine",
        "addr": "41 rue de la Mairie",
        "cp": "92290",
        "city": "Châtenay-Malabry",
        "tel": "06 28 74 19 53",
        "email": "mcdelacruz.santos@yahoo.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Aide-soignante",
        "place": "Châtenay-Malabry",
        "date": "21/11/2026",
        "signer": "Maria Cristina Dela Cruz",
    }
    pages = draw_form(1, v, rng, "typed", hand_date=True)
    image_pdf(out / "demande_PUMA.pdf", pages, rng)
    docs.append(
        doc(
            [("demande_PUMA.pdf", [1, 2])],
            "application_form",
            "image_pdf",
            form_fields(v, True, D(2026, 11, 21)),
            "Typed, printed, dated and signed by hand, scanned (print run 1).",
        )
    )
    pp, mrz = di.passport(rng, p)
    save_jpeg(phone_photo(booklet(rng, pp), rng, rot=180, cover=0.72), out / "IMG_4468.jpg")
    docs.append(
        doc(
            [("IMG_4468.jpg", [1])],
            "passport",
            "phone_photo",
            mrz_fields(p, p["number"], p["expiry"]),
            "Photographed upside down (180°). Middle name SANTOS printed separately, not "
            "in the MRZ. MRZ: " + " / ".join(mrz),
        )
    )
    ts = {
        "surname": "DELA CRUZ",
        "given": "MARIA CRISTINA",
        "sex": "F",
        "nat": "PHL",
        "dob": p["dob"],
        "card_no": "753108264",
        "permit_type": "CARTE DE SÉJOUR TEMPORAIRE",
        "expiry": D(2027, 6, 30),
        "issued": D(2026, 7, 1),
        "remarks": "SALARIÉ",
        "addr1": "41 RUE DE LA MAIRIE",
        "addr2": "92290 CHATENAY-MALABRY",
        "pob": "QUEZON CITY (PHILIPPINES)",
        "authority": "PRÉFECTURE DES HAUTS-DE-SEINE",
        "skin": p["skin"],
    }
    front, back, tmrz = di.fr_residence_card(rng, ts)
    save_jpeg(phone_photo(front, rng, cover=0.62), out / "IMG_4471.jpg")
    save_jpeg(phone_photo(back, rng, cover=0.62, rot=90), out / "IMG_4472.jpg")
    docs.append(
        doc(
            [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
            "residence_permit",
            "phone_photo",
            dict(mrz_fields(ts, "753108264", ts["expiry"]), issuing_country="FRA"),
            "Carte de séjour temporaire 'salarié'; front and back photographed, back "
            "rotated 90°. MRZ: " + " / ".join(tmrz),
        )
    )
    b = {
        "city": "QUEZON CITY",
        "reg_no": "90-14872",
        "given": "MARIA CRISTINA",
        "middle": "SANTOS",
        "surname": "DELA CRUZ",
        "sexp": "FEMALE",
        "dob": p["dob"],
        "hospital": "EAST AVE. MEDICAL CTR.",
        "m_first": "LOURDES",
        "m_mid": "REYES",
        "m_last": "SANTOS",
        "f_first": "ROMEO",
        "f_mid": "BAUTISTA",
        "f_last": "DELA CRUZ",
        "reg": D(1990, 9, 4),
        "issued": D(2026, 1, 19),
        "bsn": "0419874",
    }
    save_jpeg(scan_look(civ.ph_birth(rng, b), rng), out / "PSA_birth_certificate.jpg", 85)
    docs.append(
        doc(
            [("PSA_birth_certificate.jpg", [1])],
            "birth_certificate",
            "scan",
            {
                "surname": "DELA CRUZ",
                "given_names": "MARIA CRISTINA",
                "date_of_birth": iso(p["dob"]),
                "place_of_birth": "Quezon City",
                "issuing_country": "PHL",
                "language": "en",
                "has_apostille": True,
            },
            "PSA-certified Certificate of Live Birth (Municipal Form 102), US Letter.",
        )
    )
    apo = {
        "lang": "en",
        "header": "REPUBLIC OF THE PHILIPPINES - DEPARTMENT OF FOREIGN AFFAIRS",
        "vals": [
            "Republic of the Philippines",
            "ELENITA B. CASTILLO",
            "Civil Registrar General (OIC), PSA",
            "Philippine Statistics Authority",
            "Manila",
            "03 February 2026",
            "Department of Foreign Affairs - Office of Consular Affairs",
            "AP-0218453",
        ],
        "stamp": ["DFA", "AUTHENTICATION", "DIVISION"],
        "ink": "#8a1a1a",
        "paper": "#f7f9fd",
    }
    save_jpeg(scan_look(civ.apostille(rng, apo), rng), out / "apostille_DFA.jpg", 85)
    docs.append(
        doc(
            [("apostille_DFA.jpg", [1])],
            "apostille",
            "scan",
            {
                "country": "Republic of the Philippines",
                "issued_on": "2026-02-03",
                "number": "AP-0218453",
                "signed_by": "ELENITA B. CASTILLO",
            },
            "DFA apostille for the PSA birth certificate.",
        )
    )
    other = {
        "holder": "M. Thierry GAUTHIER-ROUSSEL",
        "addr1": "5 impasse des Lilas",
        "addr2": "92160 Antony",
        "account": "0198 4471 22",
        "line": "01 46 66 38 12",
    }
    for i, (m, amt) in enumerate(((8, 35.99), (9, 35.99), (10, 38.49))):
        last = {8: 31, 9: 30, 10: 31}[m]
        bill = dict(
            other,
            no=f"SFR-2026{m:02d}-{418273 + i * 977}",
            issued=D(2026, m, 4),
            debit=D(2026, m, 14),
            amount=amt,
            lines=[
                (
                    f"Forfait SFR Fibre Power du 01/{m:02d}/2026 au {last}/{m:02d}/2026",
                    amt - 3.0 if m == 10 else amt,
                ),
                ("Option Ciné Séries", 0.0),
            ]
            + ([("Appels hors forfait", 3.0)] if m == 10 else []),
        )
        make_pdf(out / f"facture_SFR_2026-{m:02d}.pdf", [fr.sfr_bill(bill)], "Facture SFR", "SFR")
        docs.append(
            doc(
                [(f"facture_SFR_2026-{m:02d}.pdf", [1])],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "SFR",
                    "service": "internet",
                    "holder_name": "Thierry GAUTHIER-ROUSSEL",
                    "address": "5 impasse des Lilas, 92160 Antony",
                    "issue_date": iso(D(2026, m, 4)),
                    "period_start": f"2026-{m:02d}-01",
                    "period_end": f"2026-{m:02d}-{last}",
                    "month": f"2026-{m:02d}",
                    "amount": amt,
                },
                "Bill in another person's name at another address (the defect).",
            )
        )
    siret = make_siret("51744820", "0019")

    def cdd_sign(pg, y):
        sign(pg, rng, 22, y, 50, 16, "directrice", ink="black")
        sign(pg, rng, 122, y, 50, 16, v["signer"])

    cdd = {
        "employer_line": "La SAS RÉSIDENCES DU VAL DE BIÈVRE, exploitant l'EHPAD Les "
        f"Tilleuls, 18 avenue de la Division Leclerc, 92290 Châtenay-Malabry, SIRET "
        f"{siret}, représentée par Mme Hélène MARCHAND-VIDAL, directrice,",
        "employee_line": "Madame Maria Cristina DELA CRUZ, née le 22/08/1990 à Quezon City "
        "(Philippines), de nationalité philippine, demeurant 41 rue de la Mairie, 92290 "
        "Châtenay-Malabry,",
        "articles": [
            (
                "Article 1 - Engagement",
                (
                    "La salariée est engagée par contrat à durée "
                    "déterminée, pour remplacement d'une salariée absente, à compter du "
                    "15/07/2026 et jusqu'au 14/01/2027 inclus."
                ),
            ),
            (
                "Article 2 - Fonctions",
                (
                    "La salariée exercera les fonctions "
                    "d'aide-soignante, statut employé, coefficient 249 de la convention "
                    "collective FHP."
                ),
            ),
            (
                "Article 3 - Période d'essai",
                "Le présent contrat comporte une période d'essai de deux semaines.",
            ),
        ],
        "articles2": [
            (
                "Article 4 - Rémunération",
                (
                    "La salariée percevra une rémunération "
                    "brute mensuelle de 1 980,00 € pour 151,67 heures de travail."
                ),
            ),
            (
                "Article 5 - Indemnité de fin de contrat",
                (
                    "À l'issue du contrat, "
                    "la salariée percevra une indemnité égale à 10 % de la rémunération "
                    "totale brute perçue."
                ),
            ),
        ],
        "city": "Châtenay-Malabry",
        "signed": D(2026, 7, 10),
        "sign_cb": cdd_sign,
    }
    image_pdf(out / "contrat_CDD.pdf", [raster(f) for f in fr.cdd_pages(cdd)], rng)
    docs.append(
        doc(
            [("contrat_CDD.pdf", [1, 2])],
            "employment_contract",
            "image_pdf",
            {
                "employer": "SAS RÉSIDENCES DU VAL DE BIÈVRE (EHPAD Les Tilleuls)",
                "employee_name": "Maria Cristina DELA CRUZ",
                "contract_type": "CDD",
                "job_title": "aide-soignante",
                "start_date": "2026-07-15",
            },
            "CDD until 2027-01-14, signed by both parties.",
        )
    )
    iban = fr_iban("30003", "03620", "00050123987")
    r = {
        "holder": "MME DELA CRUZ MARIA CRISTINA",
        "addr1": "41 RUE DE LA MAIRIE",
        "addr2": "92290 CHATENAY MALABRY",
        "branch_name": "SG CHATENAY MALABRY",
        "bank": "30003",
        "branch": "03620",
        "account": "00050123987",
        "key": iban[25:27],
        "iban": iban,
        "bic": "SOGEFRPP",
        "printed": D(2026, 11, 20),
    }
    make_pdf(out / "RIB_SG.pdf", [fr.rib_sg(r)], "RIB", "Societe Generale")
    docs.append(
        doc(
            [("RIB_SG.pdf", [1])],
            "rib",
            "text_pdf",
            {
                "holder_name": "DELA CRUZ MARIA CRISTINA",
                "iban": iban,
                "bic": "SOGEFRPP",
                "bank_name": "Société Générale",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    return {
        "as_of": as_of,
        "employed": True,
        "status": "incomplete",
        "requirements": dict(ALL_COMPLETE, residence_proof="invalid"),
        "defect": "residence proof: the three SFR bills are in another person's name "
        "(Thierry GAUTHIER-ROUSSEL) at another address (Antony), with no "
        "attestation d'hébergement",
        "applicant": p,
        "docs": docs,
    }


# ------------------------------------------------------------------------------------ p04
def p04(out):
    rng = random.Random(4204)
    as_of = D(2026, 11, 30)
    p = {
        "surname": "CAVALCANTI DE ALBUQUERQUE",
        "given": "JOAO VICTOR",
        "nat": "BRA",
        "sex": "M",
        "dob": D(1994, 3, 14),
        "pob_pp": "RECIFE/PE",
        "number": "GB482917",
        "issued": D(2025, 1, 22),
        "expiry": D(2035, 1, 21),
        "skin": (176, 128, 96),
    }
    docs = []
    v = {
        "surname": "CAVALCANTI DE ALBUQUERQUE",
        "usage": "",
        "given": "João Victor",
        "sex": "M",
        "dob": p["dob"],
        "pob": "Recife, Brésil",
        "nat": "Brésilienne",
        "addr": "12 rue Paul Bert",
        "cp": "33000",
        "city": "Bordeaux",
        "tel": "07 81 44 20 67",
        "email": "jvcalbuquerque@gmail.com",
        "situation": "sans_activite",
        "place": "Bordeaux",
        "date": "24/11/2026",
        "signer": "João Victor Cavalcanti",
    }
    pages = draw_form(2, v, rng, "typed")
    save_jpeg(scan_look(pages[1], rng), out / "scan_0051.jpg", 85)
    save_jpeg(scan_look(pages[0], rng), out / "scan_0052.jpg", 85)
    docs.append(
        doc(
            [("scan_0052.jpg", [1]), ("scan_0051.jpg", [1])],
            "application_form",
            "scan",
            form_fields(v, False, D(2026, 11, 24)),
            "Typed, printed, signed by hand, scanned to two JPEGs; the file names sort "
            "page 2 (scan_0051) before page 1 (scan_0052). Print run 2.",
        )
    )
    pp, mrz = di.passport(rng, p)
    sc = scan_look(place_on_scanner(pp, rng, dpi=300, at=(15, 15), card_mm=(125, 88)), rng)
    save_jpeg(sc, out / "passaporte.jpg", 85)
    docs.append(
        doc(
            [("passaporte.jpg", [1])],
            "passport",
            "scan",
            mrz_fields(p, p["number"], p["expiry"]),
            "Printed name JOAO VICTOR (no tilde, as in Brazilian passports). MRZ: "
            + " / ".join(mrz),
        )
    )
    rc = dict(
        number="3302471986",
        surname="CAVALCANTI DE ALBUQUERQUE",
        given="JOAO VICTOR",
        sex="M",
        dob=p["dob"],
        pob="RECIFE (BRÉSIL)",
        natp="BRÉSILIENNE",
        agdref="3304127785",
        addr1="12 RUE PAUL BERT",
        addr2="33000 BORDEAUX",
        motif="Carte de séjour temporaire « vie privée et familiale »",
        **{"from": D(2026, 10, 5)},
        until=D(2027, 1, 4),
        skin=p["skin"],
    )
    image_pdf(out / "recepisse.pdf", [di.recepisse(rng, rc)], rng)
    docs.append(
        doc(
            [("recepisse.pdf", [1])],
            "residence_permit",
            "image_pdf",
            {
                "surname": rc["surname"],
                "given_names": rc["given"],
                "document_number": rc["number"],
                "nationality": "BRÉSILIENNE",
                "issuing_country": "FRA",
                "date_of_birth": iso(p["dob"]),
                "sex": "M",
                "expiry_date": "2027-01-04",
                "mrz_valid": None,
            },
            "Récépissé de première demande de carte de séjour, valid 05/10/2026 to "
            "04/01/2027; no MRZ.",
        )
    )
    b = {
        "name_full": "JOÃO VICTOR CAVALCANTI DE ALBUQUERQUE",
        "cpf": "071.482.934-52",
        "matricula": "0744530155 1994 1 00087 142 0031876 41",
        "dob": p["dob"],
        "dob_words": "Quatorze de março de mil novecentos e noventa e quatro",
        "hour": "07:45",
        "sexp": "MASCULINO",
        "place": "Hospital Português de Beneficência, Recife - PE",
        "parents": "RICARDO JOSÉ DE ALBUQUERQUE e MÁRCIA HELENA CAVALCANTI DE ALBUQUERQUE",
        "grand": "José Augusto de Albuquerque e Maria do Carmo Lins; Severino Cavalcanti e "
        "Josefa Amaral",
        "reg_words": "Vinte e um de março de mil novecentos e noventa e quatro",
        "cartorio": "Cartório do 2º Ofício de Registro Civil das Pessoas Naturais de Recife",
        "issued_words": "10 de novembro de 2025",
    }
    save_jpeg(phone_photo(civ.br_birth(rng, b), rng), out / "certidao_nascimento.jpg")
    docs.append(
        doc(
            [("certidao_nascimento.jpg", [1])],
            "birth_certificate",
            "phone_photo",
            {
                "surname": "CAVALCANTI DE ALBUQUERQUE",
                "given_names": "JOÃO VICTOR",
                "date_of_birth": iso(p["dob"]),
                "place_of_birth": "Recife - PE",
                "issuing_country": "BRA",
                "language": "pt",
                "has_apostille": True,
            },
            "Certidão de nascimento, national model; the full name is printed in one field (NOME).",
        )
    )
    apo = {
        "lang": "pt",
        "header": "REPÚBLICA FEDERATIVA DO BRASIL",
        "vals": [
            "República Federativa do Brasil",
            "Mariana Queiroz Barros",
            "Escrevente autorizada",
            "Cartório do 2º Ofício de Registro Civil - Recife/PE",
            "Recife",
            "18/11/2025",
            "Mariana Queiroz Barros - CNJ",
            "0872514",
        ],
        "stamp": ["CARTÓRIO", "2º OFÍCIO", "RECIFE-PE"],
        "ink": "#1d5030",
        "foot": "Esta Apostila certifica apenas a assinatura, a qualidade do signatário e o "
        "selo ou carimbo aposto no documento público. Consulta: apostil.cnj.jus.br",
    }
    save_jpeg(phone_photo(civ.apostille(rng, apo), rng, rot=90), out / "apostila.jpg")
    docs.append(
        doc(
            [("apostila.jpg", [1])],
            "apostille",
            "phone_photo",
            {
                "country": "República Federativa do Brasil",
                "issued_on": "2025-11-18",
                "number": "0872514",
                "signed_by": "Mariana Queiroz Barros",
            },
            "Trilingual CNJ apostille (pt/en/fr), photographed rotated 90°.",
        )
    )
    base = {
        "holder": "M. JOÃO VICTOR CAVALCANTI DE ALBUQUERQUE",
        "addr1": "12 RUE PAUL BERT",
        "addr2": "33000 BORDEAUX",
        "account": "1184 0932 571",
        "line": "05 56 91 27 43",
    }
    months = [(8, 31, 42.99), (9, 30, 42.99), (10, 31, 44.99)]
    for i, (m, last, amt) in enumerate(months):
        bill = dict(
            base,
            no=f"FX{70214 + i * 311}2026{m:02d}",
            issued=D(2026, m, 12),
            debit=D(2026, m, 22),
            amount=amt,
            period=(D(2026, m, 1), D(2026, m, last)),
            previous=[
                (f"Facture de {di.MOIS[mm - 1]} 2026", a) for mm, _, a in reversed(months[:i])
            ]
            + [("Facture de juillet 2026", 42.99)],
        )
        f = {
            8: "Facture_Orange_aout_2026.pdf",
            9: "Facture_Orange_septembre_2026.pdf",
            10: "Screenshot_20261114-201533.png",
        }[m]
        if m == 10:
            fr.orange_screen(rng, bill).save(out / f)
            look = "screenshot"
        else:
            make_pdf(out / f, [fr.orange_bill(bill)], "Facture Orange", "Orange")
            look = "text_pdf"
        docs.append(
            doc(
                [(f, [1])],
                "utility_bill",
                look,
                {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": "JOÃO VICTOR CAVALCANTI DE ALBUQUERQUE",
                    "address": "12 rue Paul Bert, 33000 Bordeaux",
                    "issue_date": iso(D(2026, m, 12)),
                    "period_start": f"2026-{m:02d}-01",
                    "period_end": f"2026-{m:02d}-{last}",
                    "month": f"2026-{m:02d}",
                    "amount": amt,
                },
                "Orange Livebox bill" + (" seen in the Orange app" if m == 10 else ""),
            )
        )
    req = dict(ALL_COMPLETE, bank_details="missing", employment="not_applicable")
    return {
        "as_of": as_of,
        "employed": False,
        "status": "incomplete",
        "requirements": req,
        "defect": "bank details: no RIB in the packet",
        "applicant": p,
        "docs": docs,
    }
