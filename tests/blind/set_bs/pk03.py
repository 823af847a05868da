"""set_bs packet p03: data, files, looks and expected truth."""

from __future__ import annotations

import docs_birth as db
import docs_fr as df
import docs_home as dh
import looks
from kit import (
    ALL_OK,
    PASS_LABELS_FR,
    PASS_LABELS_PT,
    applicant_block,
    bill_set,
    cerfa_args,
    dmy_en,
    emit,
    form_fields,
    passport,
    permit,
    rib_doc,
    siret,
)


def p03(pk, rng):
    """Brazil, CDD, hosted (typed attestation + host's French passport + 3 EDF bills), titre de "
    "séjour."""
    a = {
        "surname": "OLIVEIRA DOS SANTOS",
        "mrz_surname": "OLIVEIRA DOS SANTOS",
        "given_names": "MARIANA BEATRIZ",
        "given": "MARIANA BEATRIZ",
        "dob": "1996-07-23",
        "sex": "F",
        "nat": "BRA",
        "issuing": "BRA",
        "number": "GH381940",
        "expiry": "2034-01-14",
        "skin": (205, 160, 125),
        "hair": (45, 30, 20),
        "pob_city": "Belo Horizonte",
        "pob_country": "Brésil",
        "nat_fr": "Brésilienne",
        "phone": "07 82 55 13 60",
        "email": "mari.oliveira.santos@gmail.com",
    }
    addr = ["45 rue Paradis, 3e étage", "13006 Marseille"]
    pp = {
        **a,
        "country_title": "REPÚBLICA FEDERATIVA DO BRASIL",
        "doc_title": "PASSAPORTE",
        "labels": PASS_LABELS_PT,
        "nat_text": "BRASILEIRO(A)",
        "dob_text": dmy_en(a["dob"]),
        "pob": "BELO HORIZONTE/MG",
        "issue_text": dmy_en("2024-01-15"),
        "expiry_text": dmy_en(a["expiry"]),
        "authority": "POLÍCIA FEDERAL",
        "base": (230, 238, 232),
        "line": (196, 220, 205),
        "hdr": (0, 70, 40),
    }
    passport(pk, rng, "passaporte.jpg", "phone_photo", pp, rot=0)
    c = {
        "number": "TS4K82715",
        "expiry": "2027-09-14",
        "card_type": "CARTE DE SEJOUR TEMPORAIRE",
        "mention": "VIE PRIVEE ET FAMILIALE",
        "back_rows": [
            ("LIEU DE NAISSANCE", "BELO HORIZONTE (BRA)"),
            ("ADRESSE", "45 RUE PARADIS 13006 MARSEILLE"),
            ("REMARQUES", "AUTORISE SON TITULAIRE A TRAVAILLER"),
            ("DATE ET LIEU DE DELIVRANCE", "15.09.2026  PREFECTURE DES BOUCHES-DU-RHONE"),
        ],
    }
    front, back = permit(a, c, rng)
    files = []
    for fn, img, rot in (("titre_recto.jpg", front, 0), ("titre_verso.jpg", back, 90)):
        pk.write(fn, looks.jpeg_bytes(looks.phone_photo(img, rng, 3024, rot, fill=0.62), 88))
        files.append({"path": fn, "pages": [1]})
    fl = {
        "surname": a["surname"],
        "given_names": "MARIANA, BEATRIZ",
        "document_number": c["number"],
        "nationality": "BRA",
        "issuing_country": "FRA",
        "date_of_birth": a["dob"],
        "sex": "F",
        "expiry_date": c["expiry"],
        "mrz_valid": True,
    }
    pk.add(
        files,
        "residence_permit",
        "phone_photo",
        fl,
        "titre de séjour front and back (TD1 MRZ on back)",
    )
    f = cerfa_args(
        {**a, "given_names": "Mariana Beatriz"},
        addr,
        {
            "employed": True,
            "job": "Réceptionniste",
            "contract": "CDD",
            "employer": "Hôtel Vieux-Port SARL, 7 quai du Port, 13002 Marseille",
            "arrival": "2026-02-03",
            "place": "Marseille",
            "date": "2026-11-12",
            "hfont": "h-ruf",
            "ink": (15, 15, 20),
        },
    )
    files = emit(
        pk,
        df.cerfa(f, rng, hand=True),
        "scan",
        "formulaire_p1.jpg",
        rng,
        names=["formulaire_p1.jpg", "formulaire_p2.jpg"],
        dpi=150,
    )
    pk.add(
        files,
        "application_form",
        "scan",
        form_fields({**a, "given_names": "Mariana Beatriz"}, True, True, "2026-11-12"),
        "cerfa handwritten in black ink, two page scans",
    )
    # hosting
    host = "Julien MARCHETTI"
    h = {
        "host_line": "Julien MARCHETTI",
        "host_addr": addr,
        "place": "Marseille",
        "signed_on": "2026-11-10",
        "host_sign_name": "Julien MARCHETTI",
        "body": "Je soussigné Julien MARCHETTI, né le 2 octobre 1991 à Marseille (13), de "
        "nationalité "
        "française, demeurant 45 rue Paradis, 3e étage, 13006 Marseille, atteste sur l'honneur "
        "héberger à mon domicile, à titre gratuit, ma compagne Madame Mariana Beatriz OLIVEIRA "
        "DOS SANTOS, née le 23 juillet 1996 à Belo Horizonte (Brésil), depuis le 3 février "
        "2026.\nJe certifie que cette personne réside de manière stable et effective à cette "
        "adresse.",
    }
    files = emit(
        pk, dh.attestation_typed(h, rng), "scan", "attestation_hebergement.jpg", rng, dpi=200
    )
    pk.add(
        files,
        "hosting_attestation",
        "scan",
        {
            "host_name": host,
            "hosted_name": "Mariana Beatriz OLIVEIRA DOS SANTOS",
            "address": ", ".join(addr),
            "since_date": "2026-02-03",
            "signed_on": "2026-11-10",
            "signed": True,
        },
        "typed attestation signed by the host (partner)",
    )
    hp = {
        "surname": "MARCHETTI",
        "mrz_surname": "MARCHETTI",
        "given_names": "JULIEN, PIERRE",
        "given": "JULIEN PIERRE",
        "dob": "1991-10-02",
        "sex": "M",
        "nat": "FRA",
        "issuing": "FRA",
        "number": "19KH52381",
        "expiry": "2029-06-11",
        "skin": (235, 200, 178),
        "hair": (70, 50, 35),
        "country_title": "RÉPUBLIQUE FRANÇAISE",
        "doc_title": "PASSEPORT",
        "labels": PASS_LABELS_FR,
        "nat_text": "Française",
        "dob_text": "02 10 1991",
        "pob": "MARSEILLE (13)",
        "issue_text": "12 06 2019",
        "expiry_text": "11 06 2029",
        "authority": "Préfecture des Bouches-du-Rhône",
        "base": (238, 230, 240),
        "line": (220, 205, 228),
        "hdr": (90, 20, 60),
    }
    passport(
        pk, rng, "passeport_julien.jpg", "scan", hp, host_note="host's French passport (hébergeant)"
    )
    pk.docs[-1]["fields"]["given_names"] = "JULIEN, PIERRE"
    bill_set(
        pk,
        rng,
        "edf",
        ["2026-08", "2026-09", "2026-10"],
        "M JULIEN MARCHETTI",
        "JULIEN MARCHETTI",
        addr,
        [
            (
                "facture_EDF_aout.pdf",
                "text_pdf",
                {},
                [
                    ("Abonnement (6 kVA)", 15.65),
                    ("Consommation Base", 48.31),
                    ("Taxes et contributions", 9.84),
                ],
            ),
            (
                "facture_EDF_septembre.pdf",
                "text_pdf",
                {},
                [
                    ("Abonnement (6 kVA)", 15.65),
                    ("Consommation Base", 52.77),
                    ("Taxes et contributions", 10.62),
                ],
            ),
            (
                "IMG_EDF_octobre.jpg",
                "phone_photo",
                {"rot": 180},
                [
                    ("Abonnement (6 kVA)", 15.65),
                    ("Consommation Base", 57.02),
                    ("Taxes et contributions", 11.20),
                ],
            ),
        ],
    )
    for d in pk.docs[-3:]:
        d["notes"] += " - in the host's name"
    r = {
        "color": (225, 0, 15),
        "bank_title": "SOCIETE GENERALE",
        "holder_line": "MLLE OLIVEIRA DOS SANTOS MARIANA BEATRIZ",
        "holder_addr": addr,
        "branch": ["SG MARSEILLE CASTELLANE", "10 place Castellane", "13006 MARSEILLE"],
        "bank": "30003",
        "guichet": "01820",
        "account": "00050748213",
        "bic": "SOGEFRPP",
        "intro": "Relevé d'identité bancaire - à communiquer à vos débiteurs et créanciers",
        "footer": "Société Générale - SA au capital de 1 000 395 971,25 € - 552 120 222 RCS Paris",
    }
    rib_doc(
        pk,
        rng,
        "RIB_SG.pdf",
        "text_pdf",
        r,
        "OLIVEIRA DOS SANTOS MARIANA BEATRIZ",
        "Société Générale",
    )
    emp = "HÔTEL VIEUX-PORT SARL"
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "font": "carlito",
        "fontb": "carlito-b",
        "employer_par": f"La société {emp}, SARL au capital de 20 000 €, 7 quai du Port, 13002 "
        f"Marseille, "
        f"SIRET {siret('4418273650001')}, représentée par Mme Sandrine ROUX, gérante",
        "employee_par": "Madame Mariana Beatriz OLIVEIRA DOS SANTOS, née le 23/07/1996 à Belo "
        "Horizonte "
        "(Brésil), de nationalité brésilienne, demeurant 45 rue Paradis, 13006 Marseille",
        "articles": [
            (
                "Article 1 - Motif et durée",
                "Le présent contrat est conclu pour accroissement temporaire "
                "d'activité (saison hivernale et salons), du 1er octobre 2026 au 31 mars 2027 "
                "inclus.",
            ),
            (
                "Article 2 - Emploi",
                "La Salariée est engagée en qualité de Réceptionniste, niveau I échelon "
                "3 de la convention collective des hôtels, cafés, restaurants (HCR).",
            ),
            (
                "Article 3 - Période d'essai",
                "Le contrat comporte une période d'essai de deux semaines.",
            ),
            (
                "Article 4 - Rémunération",
                "Salaire brut mensuel : 1 865,00 € pour 35 heures hebdomadaires.",
            ),
            (
                "Article 5 - Indemnité de fin de contrat",
                "À l'échéance du terme, la Salariée percevra "
                "l'indemnité de précarité prévue à l'article L. 1243-8 du Code du travail.",
            ),
        ],
        "place": "Marseille",
        "signed": "2026-09-28",
    }
    files = emit(
        pk,
        df.contract(c, rng),
        "text_pdf",
        "CDD_receptionniste.pdf",
        rng,
        title="Contrat CDD",
        author="Hôtel Vieux-Port",
    )
    pk.add(
        files,
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Mariana Beatriz OLIVEIRA DOS SANTOS",
            "contract_type": "CDD",
            "job_title": "Réceptionniste",
            "start_date": "2026-10-01",
        },
        "CDD until 2027-03-31",
    )
    b = {
        "name": "MARIANA BEATRIZ OLIVEIRA DOS SANTOS",
        "cpf": "148.302.776-51",
        "matricula": "032169 01 55 1996 1 00218 147 0061429 73",
        "dob_words": "vinte e três de julho de mil novecentos e noventa e seis",
        "d": "23",
        "m": "07",
        "y": "1996",
        "hour": "14:20",
        "sex": "FEMININO",
        "naturalidade": "BELO HORIZONTE - MG",
        "reg_city": "BELO HORIZONTE - MG",
        "local": "HOSPITAL MATERNIDADE ODETE VALADARES",
        "birth_city": "BELO HORIZONTE - MG",
        "parents": "CARLOS EDUARDO DOS SANTOS e ROSÂNGELA MARIA DE OLIVEIRA",
        "grandparents": "Paternos: JOSÉ DOS SANTOS e MARIA APARECIDA DOS SANTOS; Maternos: "
        "ANTÔNIO DE OLIVEIRA e LÚCIA HELENA DE OLIVEIRA",
        "reg_date": "trinta de julho de mil novecentos e noventa e seis",
        "dnv": "96-0481127-3",
        "cartorio": "CARTÓRIO DO REGISTRO CIVIL DAS PESSOAS NATURAIS DO 1º SUBDISTRITO",
        "cartorio_lines": [
            "Rua Espírito Santo, 1204 - Centro - Belo Horizonte/MG",
            "CNS 03.216-9 - Oficial: Dra. Helena Martins Prado",
        ],
        "place_date": "Belo Horizonte, 18 de agosto de 2026",
        "oficial": "Helena Martins Prado",
        "selo": "EFR84211-KQ3T",
    }
    files = emit(pk, db.brazil_certidao(b, rng), "scan", "certidao_nascimento.jpg", rng, dpi=200)
    pk.add(
        files,
        "birth_certificate",
        "scan",
        {
            "surname": "OLIVEIRA DOS SANTOS",
            "given_names": "MARIANA BEATRIZ",
            "date_of_birth": a["dob"],
            "place_of_birth": "BELO HORIZONTE - MG",
            "issuing_country": "BRA",
            "language": "pt",
            "has_apostille": True,
        },
        "certidão de nascimento (modelo nacional, matrícula)",
    )
    ap = {
        "country": "República Federativa do Brasil",
        "signer_doc": "Helena Martins Prado",
        "capacity": "Oficial de Registro Civil",
        "office": "Cartório RCPN 1º Subdistrito BH",
        "at": "Belo Horizonte/MG",
        "date_text": "21/08/2026",
        "by": "Cartório do 2º Ofício de Notas BH",
        "number": "BRA2026082100418837",
        "bearer": "MARIANA BEATRIZ OLIVEIRA DOS SANTOS",
        "code": "PP4K-7TQ2-91XF-0C3M",
    }
    files = emit(
        pk,
        db.apostille_cnj(ap, rng),
        "text_pdf",
        "apostila_CNJ.pdf",
        rng,
        title="Apostila",
        author="CNJ",
    )
    pk.add(
        files,
        "apostille",
        "text_pdf",
        {
            "country": ap["country"],
            "issued_on": "2026-08-21",
            "number": ap["number"],
            "signed_by": ap["by"],
        },
        "CNJ electronic apostille for the certidão",
    )
    files = emit(
        pk,
        db.translation(
            {
                "translator": "Rafael COSTA-MERCIER",
                "translator_lines": [
                    "Traducteur-interprète expert près la Cour d'appel d'Aix-en-Provence",
                    "Portugais - Français",
                    "31 cours Mirabeau 13100 Aix-en-Provence",
                ],
                "font": "dserif",
                "fontb": "dserif-b",
                "subtitle": "du portugais (Brésil) vers le français - Certidão de Nascimento",
                "rows": [
                    ("#RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL - ACTE DE NAISSANCE", ""),
                    ("Nom :", "MARIANA BEATRIZ OLIVEIRA DOS SANTOS"),
                    ("Matricule :", "032169 01 55 1996 1 00218 147 0061429 73"),
                    ("Date de naissance :", "23 juillet 1996"),
                    ("Sexe :", "féminin"),
                    ("Lieu de naissance :", "Belo Horizonte - MG"),
                    ("Filiation :", "Carlos Eduardo DOS SANTOS et Rosângela Maria DE OLIVEIRA"),
                    ("[Apostille n° BRA2026082100418837]", ""),
                ],
                "certify": "Je soussigné, Rafael COSTA-MERCIER, traducteur expert près la Cour "
                "d'appel d'Aix-en-"
                "Provence, certifie la présente traduction conforme à l'original rédigé en langue "
                "portugaise.",
                "place": "Aix-en-Provence",
                "date_fr": "6 octobre 2026",
                "rep": "T-2026-0644",
                "stamp_ring": "EXPERT COUR D'APPEL D'AIX-EN-PROVENCE * ",
                "stamp_center": ["R. COSTA-", "MERCIER", "PORTUGAIS"],
            },
            rng,
        ),
        "image_pdf",
        "traduction_certidao.pdf",
        rng,
    )
    pk.add(files, "translation", "image_pdf", {}, "sworn French translation of the certidão")
    return {
        "as_of": "2026-11-27",
        "employed": True,
        "status": "complete",
        "requirements": dict(ALL_OK),
        "defect": None,
        "applicant": applicant_block(a),
    }


#
