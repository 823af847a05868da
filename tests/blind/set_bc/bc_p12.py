"""Packets p01 (Cameroon, employed, lease) and p02 (Colombia, hosted by spouse)."""

from __future__ import annotations

from bc_civil import apostille, cameroon_birth, colombia_birth, translation
from bc_common import A4, fr, fr_iban, iban, iban_ok, make_siret, rib_key
from bc_form import application_form
from bc_fr import attestation, bill, contract, lease, payslip, rib, wise_screen
from bc_ids import french_cni, passport, visa_page
from bc_packet import Packet


def _id_fields(surname, given, number, nat, dob, sex, exp, valid=True, issuing=None):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing or nat,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": valid,
    }


def packet_p01(out: str) -> str:
    pk = Packet(out, "p01", 101)
    sur, giv, dob = "ESSOMBA ATANGANA", "Jean-Pierre Désiré", "1991-03-14"
    addr = ["27 rue du Renard, Appt 12", "76000 Rouen"]
    # application form, filled by hand, scanned by a copy shop
    f = dict(
        surname=sur, given=giv, dob_fr=fr(dob), pob="Yaoundé", country="Cameroun",
        nat_word="camerounaise", addr1=addr[0], addr2=addr[1], phone="07 58 21 44 90",
        email="jpessomba91@gmail.com", sex="M", family="Célibataire", activity="employed",
        employer="Transports Leroy Normandie", job="Cariste", contract="CDI",
        arrival_fr="02/05/2026", city="Rouen", signed_fr="10/11/2026", hand_font="Hand4",
    )  # fmt: skip
    pk.add(
        "application_form", "image_pdf", application_form(f, 11, "hand"), "formulaire_cpam.pdf",
        {"surname": sur, "given_names": giv, "date_of_birth": dob, "employment_status": "employed",
         "signed": True, "signed_on": "2026-11-10", "nir": None},
        "Cerfa 15763*02 filled by hand (handwriting), signed, scanned as image PDF, 2 pages.",
    )  # fmt: skip
    pp = dict(
        country="CMR", surname=sur, given=giv, number="AA0538217", dob=dob, sex="M",
        expiry="2029-02-11", issue="2024-02-12", pob="Yaoundé", authority="DGSN / DEI",
    )  # fmt: skip
    size, draw, _ = passport(pp, 12)
    pk.add(
        "passport", "phone_photo", [(size, draw)], "IMG_20261108_184512.jpg",
        _id_fields("ESSOMBA ATANGANA", "JEAN-PIERRE DÉSIRÉ", "AA0538217", "CMR", dob, "M",
                   "2029-02-11"),
        "Open passport photographed on a table.",
    )  # fmt: skip
    vs = dict(
        surname=sur, given=giv, number="024817365", nat="CMR", dob=dob, sex="M",
        **{"from": "2026-04-28"}, until="2027-04-27", days="365", post="YAOUNDE",
        issued="2026-04-15", remarks="VLS-TS SALARIÉ", remarks2="CESEDA R.431-16 15°",
        skin=(0.36, 0.24, 0.17),
    )  # fmt: skip
    size, draw, _ = visa_page(vs, 13)
    vf = _id_fields("ESSOMBA ATANGANA", "JEAN-PIERRE DÉSIRÉ", "024817365", "CMR", dob, "M",
                    "2027-04-27", issuing="FRA")  # fmt: skip
    vf.update(visa_type="D", vls_ts=True, category="salarié", valid_from="2026-04-28",
              valid_until="2027-04-27")  # fmt: skip
    pk.add("long_stay_visa", "phone_photo", [(size, draw)], "IMG_20261108_184603.jpg", vf,
           "VLS-TS salarié sticker, photo rotated 90°.", rot=[90])  # fmt: skip
    b = dict(
        centre="Yaoundé IIe", number="YDE2/1991/0412", surname=sur, given=giv, dob=dob,
        pob="Hôpital Central de Yaoundé", sex_word="Masculin / Male",
        father="ATANGANA Martin Roger", father_pob="Mbalmayo", father_job="Instituteur",
        mother="NGO BIYONG Cécile", mother_pob="Éséka", drawn="1991-03-20",
        declarant="le père", copy_on="2026-02-03",
    )  # fmt: skip
    pk.add(
        "birth_certificate", "scan", [(A4, cameroon_birth(b, 14))], "scan_0007.jpg",
        {"surname": sur, "given_names": giv, "date_of_birth": dob,
         "place_of_birth": "Hôpital Central de Yaoundé", "issuing_country": "CMR",
         "language": "fr", "has_apostille": False},
        "Bilingual Cameroonian acte de naissance (French/English); no apostille: the "
        "France-Cameroon judicial cooperation agreement (1974) waives legalisation.",
    )  # fmt: skip
    lz = dict(
        kind="Logement nu - résidence principale", landlord="Mme Hélène DUCHEMIN",
        landlord_addr="5 place du Vieux-Marché, 76000 Rouen",
        tenants_print=["M. Jean-Pierre Désiré ESSOMBA ATANGANA"],
        address="27 rue du Renard, Appt 12, 76000 Rouen", surface=("38", "2"),
        start="2026-05-15", duration="3 ans", rent="540,00", charges="45,00",
        deposit="540,00", city="Rouen", signed="2026-05-09", initials=("HD", "JPE"),
    )  # fmt: skip
    pk.add(
        "lease", "image_pdf", lease(lz, 15), "bail_rouen.pdf",
        {"tenant_names": ["Jean-Pierre Désiré ESSOMBA ATANGANA"], "landlord": "Hélène DUCHEMIN",
         "address": "27 rue du Renard, Appt 12, 76000 Rouen", "start_date": "2026-05-15"},
        "Unfurnished lease (loi 1989), 2 pages, signed; started 6 months before as_of.",
    )  # fmt: skip
    siret = make_siret("41923875", "0002")
    k = dict(
        employer="TRANSPORTS LEROY NORMANDIE", form="SAS au capital de 250 000 euros",
        seat="ZA du Madrillet, 12 rue Ettore Bugatti, 76800 Saint-Étienne-du-Rouvray",
        siret=siret, rep="M. Franck LEROY", rep_title="Président",
        employee_print="Monsieur Jean-Pierre Désiré ESSOMBA ATANGANA", dob=dob,
        pob="Yaoundé", country="Cameroun", nat_word="camerounaise", addr=" ".join(addr),
        start="2026-05-04", job="Cariste", level="niveau 3, coefficient 138M",
        gross="1 980,00",
        ccn="Convention collective nationale des transports routiers (IDCC 16).",
        site="Saint-Étienne-du-Rouvray", city="Saint-Étienne-du-Rouvray", signed="2026-04-30",
    )  # fmt: skip
    pk.add(
        "employment_contract", "image_pdf", contract(k, 16), "contrat_CDI.pdf",
        {"employer": "TRANSPORTS LEROY NORMANDIE", "employee_name": "Jean-Pierre Désiré ESSOMBA "
         "ATANGANA", "contract_type": "CDI", "job_title": "Cariste", "start_date": "2026-05-04"},
        "CDI, 2 pages, signed by both parties, scanned.",
    )  # fmt: skip
    p = dict(
        start="2026-10-01", end="2026-10-31", paid="2026-10-31",
        employer="TRANSPORTS LEROY NORMANDIE",
        employer_lines=["12 rue Ettore Bugatti", "76800 Saint-Étienne-du-Rouvray"],
        siret=siret, naf="4941A", employee_print="M. ESSOMBA ATANGANA JEAN-PIERRE DÉSIRÉ",
        addr=addr, job="Cariste", coef="138M",
        ccn="Transports routiers et activités auxiliaires (IDCC 16)", hired="2026-05-04",
        matricule="00417",
        rows=[
            ("Salaire de base", "151,67", "13,0549", "1 980,00"),
            ("Heures supplémentaires 25 %", "6,00", "16,3186", "97,91"),
            ("SALAIRE BRUT", "", "", "2 077,91"),
            ("Santé", "", "", "-21,33"), ("Retraite", "", "", "-143,58"),
            ("Assurance chômage", "", "", "0,00"),
            ("CSG déductible de l'impôt sur le revenu", "2 042,36", "6,80", "-138,88"),
            ("CSG/CRDS non déductible", "2 042,36", "2,90", "-59,23"),
            ("Exonération de cotisations employeur", "", "", ""),
        ],
        net="1 684,37", net_before="1 715,89", pas="31,52 (taux 1,8 %)",
    )  # fmt: skip
    pk.add(
        "payslip", "text_pdf", [(A4, payslip(p, 17))], "Bulletin_2026_10.pdf",
        {"employer": "TRANSPORTS LEROY NORMANDIE", "employee_name":
         "ESSOMBA ATANGANA JEAN-PIERRE DÉSIRÉ", "period": "2026-10", "net_pay": "1684.37",
         "siret": siret},
        "October 2026 payslip emailed by the payroll service.",
    )  # fmt: skip
    acc = "00050731846"
    ib, key = fr_iban("30003", "01720", acc)
    r = dict(
        bank="SOCIETE GENERALE", color=(0.89, 0.0, 0.1), font="SansB",
        title="Relevé d'Identité Bancaire", holder_print="M ESSOMBA ATANGANA JEAN PIERRE",
        addr=addr, branch_lines=["SG ROUEN JEANNE D'ARC", "39 RUE JEANNE D'ARC", "76000 ROUEN"],
        bank_code="30003", branch_code="01720", account=acc, key=key, iban=ib, bic="SOGEFRPP",
        footer="Société Générale, SA au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris",
    )  # fmt: skip
    pk.add(
        "rib", "text_pdf", [(A4, rib(r, 18))], "RIB_SG.pdf",
        {"holder_name": "M ESSOMBA ATANGANA JEAN PIERRE", "iban": ib, "bic": "SOGEFRPP",
         "bank_name": "Société Générale", "iban_valid": iban_ok(ib),
         "rib_key_valid": rib_key("30003", "01720", acc) == key},
        "RIB downloaded from the online bank.",
    )  # fmt: skip
    req = dict.fromkeys(
        ["application_form", "identity", "residence_status", "birth_certificate",
         "residence_proof", "bank_details", "employment"], "complete",
    )  # fmt: skip
    return pk.write_truth(
        "2026-11-20", True, req, None,
        {"surname": "ESSOMBA ATANGANA", "given_names": "JEAN-PIERRE DÉSIRÉ", "date_of_birth": dob},
    )  # fmt: skip


def packet_p02(out: str) -> str:
    pk = Packet(out, "p02", 202)
    sur, giv, dob = "RODRÍGUEZ CASTAÑO", "María Alejandra", "1994-07-22"
    addr = ["8 allée des Cerisiers", "31400 Toulouse"]
    host = dict(surname="LEFÈVRE", given="Thomas Julien", dob="1990-02-03", pob="Lyon 3e")
    f = dict(
        surname=sur, usage="LEFÈVRE", given=giv, dob_fr=fr(dob), pob="Medellín",
        country="Colombie", nat_word="colombienne", addr1=addr[0], addr2=addr[1],
        phone="06 44 19 73 02", email="maria.rodriguez.c@outlook.com", sex="F",
        family="Marié(e)", activity="not_employed", arrival_fr="21/06/2026", city="Toulouse",
        signed_fr="15/11/2026",
    )  # fmt: skip
    pk.add(
        "application_form", "text_pdf", application_form(f, 21, "typed"),
        "S1106_demande_ouverture_droits.pdf",
        {"surname": sur, "given_names": giv, "date_of_birth": dob,
         "employment_status": "not_employed", "signed": True, "signed_on": "2026-11-15",
         "nir": None},
        "Form typed on screen; usage name LEFÈVRE (spouse); signature drawn as strokes.",
    )  # fmt: skip
    pp = dict(
        country="COL", surname=sur, given=giv, number="AV482913", dob=dob, sex="F",
        expiry="2033-06-04", issue="2023-06-05", pob="Medellín (Antioquia) COL",
        authority="CANCILLERÍA",
    )  # fmt: skip
    size, draw, _ = passport(pp, 22)
    pk.add(
        "passport", "scan", [(size, draw)], "pasaporte.jpg",
        _id_fields("RODRÍGUEZ CASTAÑO", "MARÍA ALEJANDRA", "AV482913", "COL", dob, "F",
                   "2033-06-04"),
        "Flatbed scan of the open passport.", dpi=300,
    )  # fmt: skip
    vs = dict(
        surname=sur, given=giv, number="025530971", nat="COL", dob=dob, sex="F",
        **{"from": "2026-06-20"}, until="2027-06-19", days="365", post="BOGOTA",
        issued="2026-06-02", remarks="VLS-TS VIE PRIVÉE ET FAMILIALE",
        remarks2="CONJOINT DE FRANÇAIS - CESEDA R.431-16", skin=(0.72, 0.55, 0.42),
    )  # fmt: skip
    size, draw, _ = visa_page(vs, 23)
    vf = _id_fields("RODRÍGUEZ CASTAÑO", "MARÍA ALEJANDRA", "025530971", "COL", dob, "F",
                    "2027-06-19", issuing="FRA")  # fmt: skip
    vf.update(visa_type="D", vls_ts=True, category="vie privée et familiale",
              valid_from="2026-06-20", valid_until="2027-06-19")  # fmt: skip
    pk.add("long_stay_visa", "scan", [(size, draw)], "visa.jpg", vf,
           "VLS-TS conjoint de Français, flatbed scan.", dpi=300)  # fmt: skip
    b = dict(
        serial="21843367", nuip="1036952741", notaria="Doce", pob="Medellín",
        ap1="Rodríguez", ap2="Castaño", given="María Alejandra", dob=dob,
        sex_word="FEMENINO", mother="Castaño Restrepo Luz Dary",
        father="Rodríguez Gómez Hernán Darío", registered="1994-08-05",
        copy_on="14 de marzo de 2026",
    )  # fmt: skip
    pk.add(
        "birth_certificate", "image_pdf", [(A4, colombia_birth(b, 24))], "registro_civil.pdf",
        {"surname": "RODRÍGUEZ CASTAÑO", "given_names": "MARÍA ALEJANDRA", "date_of_birth": dob,
         "place_of_birth": "MEDELLÍN - ANTIOQUIA - COLOMBIA", "issuing_country": "COL",
         "language": "es", "has_apostille": True},
        "Registro Civil de Nacimiento, notarial copy of 2026-03-14.",
    )  # fmt: skip
    a = dict(
        header="REPÚBLICA DE COLOMBIA - MINISTERIO DE RELACIONES EXTERIORES",
        country_name="COLOMBIA", doc_signer="CATALINA ARANGO VÉLEZ",
        doc_capacity="NOTARIO(A) DOCE DEL CÍRCULO DE MEDELLÍN",
        doc_seal="NOTARÍA DOCE DE MEDELLÍN", place="BOGOTÁ D.C.",
        date_printed="16/03/2026", authority="MINISTERIO DE RELACIONES EXTERIORES",
        number="82317456", signed_by="JUAN CARLOS MEJÍA TORRES",
        stamp=["CANCILLERÍA", "APOSTILLA"],
        footer=["Apostilla electrónica. Verifique su autenticidad en",
                "www.cancilleria.gov.co/tramites_servicios/apostilla_legalizacion"],
    )  # fmt: skip
    pk.add(
        "apostille", "text_pdf", [(A4, apostille(a, 25))], "apostilla_82317456.pdf",
        {"country": "COLOMBIA", "issued_on": "2026-03-16", "number": "82317456",
         "signed_by": "JUAN CARLOS MEJÍA TORRES"},
        "Colombian electronic apostille for the Registro Civil (10 numbered items).",
    )  # fmt: skip
    t = dict(
        translator="Ana Lucía FERRAND", translator_lines=[
            "Traductrice-interprète expert près la Cour d'appel de Toulouse",
            "Espagnol - Français", "22 rue Alsace-Lorraine, 31000 Toulouse"],
        from_lang="(de l'espagnol)", lang_word="espagnol", rep_no="2026-0417",
        city="Toulouse", date="2026-04-02", court="Cour d'appel de Toulouse",
        body=["#RÉPUBLIQUE DE COLOMBIA", "#REGISTRE D'ÉTAT CIVIL DE NAISSANCE",
              "Indicatif série : 21843367        NUIP : 1036952741",
              "Bureau d'enregistrement : Notaire Douze - Medellín (Antioquia)",
              "Premier nom de famille : RODRÍGUEZ", "Second nom de famille : CASTAÑO",
              "Prénom(s) : MARÍA ALEJANDRA", "Date de naissance : 22 juillet 1994",
              "Sexe : FÉMININ", "Lieu de naissance : Medellín - Antioquia - Colombie",
              "Mère : CASTAÑO RESTREPO Luz Dary", "Père : RODRÍGUEZ GÓMEZ Hernán Darío",
              "Date d'enregistrement : 5 août 1994",
              "[Apostille n° 82317456 du 16/03/2026, Ministère des Relations extérieures]"],
    )  # fmt: skip
    pk.add(
        "translation", "image_pdf", [(A4, translation(t, 26))], "traduction_acte.pdf",
        {}, "Sworn translation into French of the birth certificate and its apostille.",
    )  # fmt: skip
    lines = [
        "Attestation d'hébergement",
        "",
        "Je soussigné Thomas Julien Lefèvre, né le 03/02/1990",
        "à Lyon (69), demeurant 8 allée des Cerisiers,",
        "31400 Toulouse, atteste sur l'honneur héberger",
        "à mon domicile mon épouse María Alejandra",
        "Rodríguez Castaño, née le 22/07/1994 à Medellín",
        "(Colombie), depuis le 21 juin 2026.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        "",
        ">Fait à Toulouse, le 12/11/2026",
    ]
    pk.add(
        "hosting_attestation", "scan", [(A4, attestation({"lines": lines, "font": "Hand2"}, 27))],
        "attestation_hebergement.jpg",
        {"host_name": "Thomas Julien Lefèvre", "hosted_name": "María Alejandra Rodríguez Castaño",
         "address": "8 allée des Cerisiers, 31400 Toulouse", "since_date": "2026-06-21",
         "signed_on": "2026-11-12", "signed": True},
        "Handwritten attestation by the French spouse, signed.",
    )  # fmt: skip
    n = dict(
        surname=host["surname"], given=host["given"], number="X4RTB7PW2", dob=host["dob"],
        sex="M", expiry="2032-09-14", issued="2022-09-15", pob=host["pob"],
        address="8 ALLÉE DES CERISIERS 31400 TOULOUSE",
    )  # fmt: skip
    draw, _ = french_cni(n, 28)
    pk.add(
        "national_id", "phone_photo", [(A4, draw)], "IMG_3391.jpg",
        _id_fields("LEFÈVRE", "Thomas, Julien", "X4RTB7PW2", "FRA", host["dob"], "M",
                   "2032-09-14"),
        "Host's French identity card (2021 model), front and back photocopied, photographed.",
    )  # fmt: skip
    months = [("2026-08", "31", "2026-09-04", "41.99"), ("2026-09", "30", "2026-10-04", "41.99"),
              ("2026-10", "31", "2026-11-04", "44.98")]  # fmt: skip
    for i, (m, last, issue, amt) in enumerate(months):
        bb = dict(
            provider="Orange", holder_print="M THOMAS LEFEVRE", addr=addr,
            provider_lines=["Orange SA - 111 quai du Président Roosevelt",
                            "92130 Issy-les-Moulineaux", "Service clients : 3900"],
            title="Votre facture Internet - Livebox Fibre", issue=issue,
            invoice_no="FI%s%05d" % (m.replace("-", ""), 7311 + i), client_ref="1.17 845 293",
            start=m + "-01", end=m + "-" + last, place_label="Adresse d'installation",
            lines=[("Abonnement Livebox Fibre", "39,99 €"), ("Option TV", "2,00 €")]
            + ([("Communications hors forfait", "2,99 €")] if i == 2 else []),
            amount=amt, payment_line="Prélèvement le %s sur votre compte" % fr(issue[:8] + "18"),
            legal="Orange SA au capital de 10 640 226 396 € - 380 129 866 RCS Nanterre",
        )  # fmt: skip
        pk.add(
            "utility_bill", "text_pdf", [(A4, bill(bb, 290 + i))],
            "Facture_Orange_%s.pdf" % m.replace("-", "_"),
            {"provider": "Orange", "service": "internet", "holder_name": "M THOMAS LEFEVRE",
             "address": "8 allée des Cerisiers 31400 Toulouse", "issue_date": issue,
             "period_start": m + "-01", "period_end": m + "-" + last, "amount": amt,
             "month": m},
            "Host's internet bill (%s)." % m,
        )  # fmt: skip
    bban10 = "9671027384"
    chk = int(bban10) % 97 or 97
    ib = iban("BE", bban10 + "%02d" % chk)
    s = dict(holder_print="María Alejandra Rodríguez Castaño", iban=ib, bic="TRWIBEB1XXX")
    pk.add(
        "rib", "screenshot", [((390, 844), wise_screen(s, 29))], "Screenshot_20261114-1021.png",
        {"holder_name": "María Alejandra Rodríguez Castaño", "iban": ib, "bic": "TRWIBEB1XXX",
         "bank_name": "Wise", "iban_valid": iban_ok(ib), "rib_key_valid": None},
        "Wise app screen: Belgian SEPA IBAN (acceptable; SEPA regulation, info only).",
    )  # fmt: skip
    req = dict.fromkeys(
        ["application_form", "identity", "residence_status", "birth_certificate",
         "residence_proof", "bank_details"], "complete",
    )  # fmt: skip
    req["employment"] = "not_applicable"
    return pk.write_truth(
        "2026-11-24", False, req, None,
        {"surname": "RODRÍGUEZ CASTAÑO", "given_names": "MARÍA ALEJANDRA", "date_of_birth": dob},
    )  # fmt: skip
