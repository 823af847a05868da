"""Packets p03 (Philippines, employed, three bills) and p04 (Iran, student, expired permit)."""

from __future__ import annotations

from bc_civil import apostille, iran_birth, philippines_birth, translation
from bc_common import A4, ID1, fr, fr_iban, iban_ok, make_siret, rib_key
from bc_form import application_form
from bc_fr import bill, lease, payslip, rib
from bc_ids import passport, titre_sejour
from bc_p12 import _id_fields
from bc_packet import Packet

ALL = ["application_form", "identity", "residence_status", "birth_certificate",
       "residence_proof", "bank_details", "employment"]  # fmt: skip


def packet_p03(out: str) -> str:
    pk = Packet(out, "p03", 303)
    sur, giv, dob = "DELA CRUZ", "Kristine Joy", "1989-11-02"
    addr = ["45 rue Paul Bert, Apt 31", "69003 Lyon"]
    f = dict(
        surname=sur, given=giv, dob_fr=fr(dob), pob="Cebu City", country="Philippines",
        nat_word="philippine", addr1=addr[0], addr2=addr[1], phone="07 81 36 52 19",
        email="kjdelacruz89@yahoo.com", sex="F", family="Célibataire", activity="employed",
        employer="SAS Résidence Les Glycines (EHPAD)", job="Aide-soignante", contract="CDI",
        arrival_fr="18/03/2026", city="Lyon", signed_fr="09/11/2026",
    )  # fmt: skip
    pk.add(
        "application_form", "image_pdf", application_form(f, 31, "typed"), "scan_cpam_S1106.pdf",
        {"surname": sur, "given_names": giv, "date_of_birth": dob, "employment_status": "employed",
         "signed": True, "signed_on": "2026-11-09", "nir": None},
        "Typed on screen, printed, signed by hand, scanned (image PDF, 2 pages).",
    )  # fmt: skip
    pp = dict(
        country="PHL", surname=sur, given=giv, middle="Santos", number="P7384152B", dob=dob,
        sex="F", expiry="2032-08-18", issue="2022-08-19", pob="Cebu City",
        authority="DFA CEBU",
    )  # fmt: skip
    size, draw, _ = passport(pp, 32)
    pk.add(
        "passport", "phone_photo", [(size, draw)], "IMG_4471.jpg",
        _id_fields("DELA CRUZ", "KRISTINE JOY", "P7384152B", "PHL", dob, "F", "2032-08-18"),
        "Philippine passport, middle name SANTOS printed separately (not in MRZ); photo "
        "upside down (180°).", rot=[180],
    )  # fmt: skip
    t = dict(
        number="5T8K93041", dob=dob, sex="F", expiry="2027-03-19", nat="PHL", surname=sur,
        given=giv, skin=(0.68, 0.5, 0.36), kind="SALARIÉ", **{"from": "2026-03-20"},
        remarks="CARTE DE SÉJOUR TEMPORAIRE", work=True,
        prefecture="PRÉFECTURE DU RHÔNE", issued="2026-03-20",
        address="45 RUE PAUL BERT APT 31 69003 LYON",
    )  # fmt: skip
    _, front, _ = titre_sejour(t, 33, "front")
    _, back, _ = titre_sejour(t, 33, "back")
    tf = _id_fields("DELA CRUZ", "KRISTINE JOY", "5T8K93041", "PHL", dob, "F", "2027-03-19",
                    issuing="FRA")  # fmt: skip
    pk.add(
        "residence_permit", "phone_photo", [(ID1, front), (ID1, back)],
        ["IMG_4472.jpg", "IMG_4473.jpg"], tf,
        "Titre de séjour 'salarié' (ID-1 card), front and back as two photos.", dpi=500,
    )  # fmt: skip
    b = dict(
        pob="Cebu City", registry="89-4417", given=giv, middle="Santos", surname=sur,
        sex_word="FEMALE", dob_words="02 NOVEMBER 1989",
        hospital="VICENTE SOTTO MEMORIAL MEDICAL CENTER", mother="Marites Santos Dela Cruz",
        father="Rodolfo Bautista Dela Cruz", parents_married="JUNE 14, 1986  CEBU CITY",
        registered="NOVEMBER 20, 1989", copy_on="JANUARY 12, 2026", security_no="S0291843",
    )  # fmt: skip
    pk.add(
        "birth_certificate", "scan", [(A4, philippines_birth(b, 34))], "PSA_birth_cert.jpg",
        {"surname": "DELA CRUZ", "given_names": "KRISTINE JOY", "date_of_birth": dob,
         "place_of_birth": "VICENTE SOTTO MEMORIAL MEDICAL CENTER, CEBU CITY, CEBU",
         "issuing_country": "PHL", "language": "en", "has_apostille": True},
        "PSA copy of the Certificate of Live Birth on security paper (middle name SANTOS).",
    )  # fmt: skip
    a = dict(
        header="REPUBLIC OF THE PHILIPPINES - DEPARTMENT OF FOREIGN AFFAIRS",
        country_name="REPUBLIC OF THE PHILIPPINES", doc_signer="CLAIRE DENNIS S. MAPA",
        doc_capacity="NATIONAL STATISTICIAN AND CIVIL REGISTRAR GENERAL",
        doc_seal="PHILIPPINE STATISTICS AUTHORITY", place="MANILA",
        date_printed="28 JANUARY 2026", authority="DEPARTMENT OF FOREIGN AFFAIRS",
        number="DFA-AP-2026-0198452", signed_by="MA. LOURDES S. VILLANUEVA",
        stamp=["DFA", "AUTHENTICATION"],
        footer=["This Apostille only certifies the authenticity of the signature and the",
                "capacity of the person who has signed the public document."],
    )  # fmt: skip
    pk.add(
        "apostille", "scan", [(A4, apostille(a, 35))], "PSA_apostille.jpg",
        {"country": "PHILIPPINES", "issued_on": "2026-01-28", "number": "DFA-AP-2026-0198452",
         "signed_by": "MA. LOURDES S. VILLANUEVA"},
        "DFA apostille attached to the PSA certificate (10 numbered items).",
    )  # fmt: skip
    months = [("2026-08", "31", "2026-09-05", "48.62"), ("2026-09", "30", "2026-10-05", "46.10"),
              ("2026-10", "31", "2026-11-05", "55.37")]  # fmt: skip
    looks = [("text_pdf", "facture_TotalEnergies_aout2026.pdf"),
             ("text_pdf", "facture_TotalEnergies_sept2026.pdf"),
             ("phone_photo", "IMG_4490.jpg")]  # fmt: skip
    for i, (m, last, issue, amt) in enumerate(months):
        bb = dict(
            provider="TotalEnergies", holder_print="MME KRISTINE JOY DELA CRUZ", addr=addr,
            provider_lines=["TotalEnergies Électricité et Gaz France",
                            "2bis rue Louis Armand, 75015 Paris", "Service client : 09 70 80 69 69"
                            ],
            title="Facture mensuelle d'électricité - Offre Verte Fixe", issue=issue,
            invoice_no="10%s%06d" % (m.replace("-", ""), 48213 + i), client_ref="6 012 583 417",
            start=m + "-01", end=m + "-" + last, place_label="Lieu de consommation",
            lines=[("Abonnement 6 kVA", "15,65 €"),
                   ("Consommation (index réels)", amt.replace(".", ",") + " €"),
                   ("dont taxes et contributions", "")],
            amount=amt, payment_line="Prélevé le %s" % fr(issue[:8] + "15"),
            legal="TotalEnergies Électricité et Gaz France - SA - 542 107 651 RCS Nanterre",
        )  # fmt: skip
        bb["lines"][1] = ("Consommation (index réels)", "%.2f €" % (float(amt) - 15.65))
        bb["lines"][1] = (bb["lines"][1][0], bb["lines"][1][1].replace(".", ","))
        look, name = looks[i]
        pk.add(
            "utility_bill", look, [(A4, bill(bb, 360 + i))], name,
            {"provider": "TotalEnergies", "service": "electricity",
             "holder_name": "MME KRISTINE JOY DELA CRUZ",
             "address": "45 rue Paul Bert, Apt 31 69003 Lyon", "issue_date": issue,
             "period_start": m + "-01", "period_end": m + "-" + last, "amount": amt,
             "month": m},
            "Monthly electricity bill %s in the applicant's name." % m,
        )  # fmt: skip
    siret = make_siret("83012647", "0001")
    p = dict(
        start="2026-10-01", end="2026-10-31", paid="2026-11-02",
        employer="SAS RÉSIDENCE LES GLYCINES",
        employer_lines=["EHPAD Les Glycines", "118 avenue Félix Faure", "69003 Lyon"],
        siret=siret, naf="8710A", employee_print="Madame DELA CRUZ Kristine Joy", addr=addr,
        job="Aide-soignante de nuit", coef="IDE 225",
        ccn="Hospitalisation privée à but commercial (IDCC 2264)", hired="2026-04-01",
        matricule="AS-0932",
        rows=[
            ("Salaire de base", "151,67", "12,4300", "1 885,26"),
            ("Majoration travail de nuit", "60,00", "1,2430", "74,58"),
            ("Prime dimanche et jours fériés", "", "", "84,00"),
            ("SALAIRE BRUT", "", "", "2 043,84"),
            ("Santé", "", "", "-28,40"), ("Retraite", "", "", "-141,22"),
            ("CSG déductible", "2 008,07", "6,80", "-136,55"),
            ("CSG/CRDS non déductible", "2 008,07", "2,90", "-58,23"),
        ],
        net="1 652,12", net_before="1 679,44", pas="27,32 (taux 1,6 %)",
    )  # fmt: skip
    pk.add(
        "payslip", "scan", [(A4, payslip(p, 37))], "fiche_de_paie_oct.jpg",
        {"employer": "SAS RÉSIDENCE LES GLYCINES", "employee_name": "DELA CRUZ Kristine Joy",
         "period": "2026-10", "net_pay": "1652.12", "siret": siret},
        "October 2026 payslip, printed and scanned.",
    )  # fmt: skip
    acc = "00020584101"
    ib, key = fr_iban("10278", "07314", acc)
    r = dict(
        bank="Crédit Mutuel", color=(0.0, 0.3, 0.6), font="LatoB",
        title="RELEVÉ D'IDENTITÉ BANCAIRE", holder_print="MLLE DELA CRUZ KRISTINE JOY",
        addr=addr, branch_lines=["CCM LYON GUILLOTIÈRE", "9 GRANDE RUE DE LA GUILLOTIÈRE",
                                 "69007 LYON", "Tél. 04 78 58 12 40"],
        bank_code="10278", branch_code="07314", account=acc, key=key, iban=ib, bic="CMCIFR2A",
        footer="Caisse de Crédit Mutuel - Société coopérative de crédit à capital variable",
    )  # fmt: skip
    pk.add(
        "rib", "scan", [(A4, rib(r, 38))], "RIB.png",
        {"holder_name": "MLLE DELA CRUZ KRISTINE JOY", "iban": ib, "bic": "CMCIFR2A",
         "bank_name": "Crédit Mutuel", "iban_valid": iban_ok(ib),
         "rib_key_valid": rib_key("10278", "07314", acc) == key},
        "Crédit Mutuel RIB, greyscale PNG scan.",
    )  # fmt: skip
    req = dict.fromkeys(ALL, "complete")
    return pk.write_truth(
        "2026-11-18", True, req, None,
        {"surname": "DELA CRUZ", "given_names": "KRISTINE JOY", "date_of_birth": dob},
    )  # fmt: skip


def packet_p04(out: str) -> str:
    pk = Packet(out, "p04", 404)
    sur, giv, dob = "MOUSAVI", "Amir Hossein", "1996-01-09"
    addr = ["12 avenue Félix Viallet, Apt 204", "38000 Grenoble"]
    f = dict(
        surname=sur, given=giv, dob_fr=fr(dob), pob="Téhéran", country="Iran",
        nat_word="iranienne", addr1=addr[0], addr2=addr[1], phone="07 66 02 91 38",
        email="a.h.mousavi96@gmail.com", sex="M", family="Célibataire",
        activity="not_employed", arrival_fr="28/08/2025", city="Grenoble",
        signed_fr="19/11/2026",
    )  # fmt: skip
    pk.add(
        "application_form", "phone_photo", application_form(f, 41, "typed"),
        ["IMG_20261119_212204.jpg", "IMG_20261119_212219.jpg"],
        {"surname": sur, "given_names": giv, "date_of_birth": dob,
         "employment_status": "not_employed", "signed": True, "signed_on": "2026-11-19",
         "nir": None},
        "Typed, printed, signed by hand; each page photographed (page 2 rotated 270°).",
        rot=[0, 270],
    )  # fmt: skip
    pp = dict(
        country="IRN", surname=sur, given=giv, number="E48217365", dob=dob, sex="M",
        expiry="2028-05-19", issue="2023-05-20", pob="Tehran",
        authority="POLICE OF I.R. IRAN",
    )  # fmt: skip
    size, draw, _ = passport(pp, 42)
    pk.add(
        "passport", "image_pdf", [(size, draw)], "passport_scan.pdf",
        _id_fields("MOUSAVI", "AMIR HOSSEIN", "E48217365", "IRN", dob, "M", "2028-05-19"),
        "Passport data page, scanner PDF.", dpi=300,
    )  # fmt: skip
    t = dict(
        number="7B2M64829", dob=dob, sex="M", expiry="2026-10-31", nat="IRN", surname=sur,
        given=giv, skin=(0.75, 0.6, 0.5), kind="ÉTUDIANT", **{"from": "2025-11-01"},
        remarks="CARTE DE SÉJOUR TEMPORAIRE - ÉTUDIANT", work=True,
        prefecture="PRÉFECTURE DE L'ISÈRE", issued="2025-11-04",
        address="12 AV FELIX VIALLET APT 204 38000 GRENOBLE",
    )  # fmt: skip
    _, front, _ = titre_sejour(t, 43, "front")
    _, back, _ = titre_sejour(t, 43, "back")
    tf = _id_fields("MOUSAVI", "AMIR HOSSEIN", "7B2M64829", "IRN", dob, "M", "2026-10-31",
                    issuing="FRA")  # fmt: skip
    pk.add(
        "residence_permit", "scan", [(ID1, front), (ID1, back)],
        ["titre_sejour_recto.png", "titre_sejour_verso.png"], tf,
        "Titre de séjour 'étudiant' valid 01/11/2025-31/10/2026: EXPIRED at as_of "
        "(2026-11-27); no récépissé of renewal in the packet.", dpi=400,
    )  # fmt: skip
    b = dict(
        shenas_no="0018452937", given_fa="امیرحسین", surname_fa="موسوی",
        dob_fa="۱۳۷۴/۱۰/۱۹", father_fa="سید محمد", mother_fa="فاطمه",
        national_no="0018452937", serial="ب/۳۲ - 481927",
    )  # fmt: skip
    pk.add(
        "birth_certificate", "scan", [(A4, iran_birth(b, 44))], "shenasnameh.jpg",
        {"surname": "موسوی", "given_names": "امیرحسین", "date_of_birth": dob,
         "place_of_birth": "تهران", "issuing_country": "IRN", "language": "fa",
         "has_apostille": False},
        "Iranian shenasnameh (Persian, Solar Hijri date 1374/10/19 = 1996-01-09) with "
        "legalisation stamps (Iranian MFA + French embassy); Iran is not a Hague party.",
    )  # fmt: skip
    tr = dict(
        translator="Shirin RAHIMI-DELORME", translator_lines=[
            "Traductrice-interprète expert près la Cour d'appel de Grenoble",
            "Persan - Français", "3 rue Lesdiguières, 38000 Grenoble"],
        from_lang="(du persan)", lang_word="persan", rep_no="P-2026-088",
        city="Grenoble", date="2026-09-18", court="Cour d'appel de Grenoble",
        body=["#RÉPUBLIQUE ISLAMIQUE D'IRAN", "#Organisation de l'état civil du pays",
              "#ACTE DE NAISSANCE (Shenasnameh)", "N° de l'acte : 0018452937",
              "Nom : MOUSAVI", "Prénom : Amir Hossein",
              "Date de naissance : 19/10/1374 (calendrier iranien), soit le 9 janvier 1996",
              "Lieu de naissance : Téhéran", "Nom du père : Seyed Mohammad",
              "Nom de la mère : Fatemeh", "N° national : 0018452937",
              "[Légalisé par le Ministère des Affaires étrangères d'Iran et",
              " par l'Ambassade de France à Téhéran]"],
    )  # fmt: skip
    pk.add(
        "translation", "image_pdf", [(A4, translation(tr, 45))], "traduction_acte_naissance.pdf",
        {}, "Sworn translation into French of the shenasnameh.",
    )  # fmt: skip
    lz = dict(
        kind="Logement meublé - résidence principale (bail étudiant)",
        landlord="SARL IMMO ALPES GESTION, mandataire de M. Bernard VIALLON",
        landlord_addr="22 cours Jean Jaurès, 38000 Grenoble",
        tenants_print=["M. Amir Hossein MOUSAVI"],
        address="12 avenue Félix Viallet, Apt 204, 38000 Grenoble", surface=("19", "1"),
        start="2025-09-01", duration="1 an, reconduit tacitement (9 mois si étudiant)",
        rent="495,00", charges="40,00", deposit="990,00", city="Grenoble",
        signed="2025-08-26", initials=("BV", "AHM"),
    )  # fmt: skip
    pk.add(
        "lease", "text_pdf", lease(lz, 46), "Bail_Viallet_204.pdf",
        {"tenant_names": ["Amir Hossein MOUSAVI"], "landlord": "Bernard VIALLON",
         "address": "12 avenue Félix Viallet, Apt 204, 38000 Grenoble",
         "start_date": "2025-09-01"},
        "Furnished student lease sent by the agency as PDF, signatures drawn.",
    )  # fmt: skip
    acc = "00010452987"
    ib, key = fr_iban("30004", "00817", acc)
    r = dict(
        bank="BNP PARIBAS", color=(0.0, 0.52, 0.35), font="OpenB",
        title="RELEVÉ D'IDENTITÉ BANCAIRE", holder_print="M AMIR HOSSEIN MOUSAVI",
        addr=addr, branch_lines=["BNPPARB GRENOBLE VICTOR HUGO", "(00817)"],
        bank_code="30004", branch_code="00817", account=acc, key=key, iban=ib, bic="BNPAFRPPXXX",
        footer="BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris",
    )  # fmt: skip
    pk.add(
        "rib", "text_pdf", [(A4, rib(r, 47))], "RIB_BNP.pdf",
        {"holder_name": "M AMIR HOSSEIN MOUSAVI", "iban": ib, "bic": "BNPAFRPPXXX",
         "bank_name": "BNP Paribas", "iban_valid": iban_ok(ib),
         "rib_key_valid": rib_key("30004", "00817", acc) == key},
        "RIB downloaded from the BNP app.",
    )  # fmt: skip
    req = dict.fromkeys(ALL, "complete")
    req["employment"] = "not_applicable"
    req["residence_status"] = "invalid"
    return pk.write_truth(
        "2026-11-27", False, req, "titre de séjour expired on 2026-10-31, before the audit date",
        {"surname": "MOUSAVI", "given_names": "AMIR HOSSEIN", "date_of_birth": dob},
    )  # fmt: skip
