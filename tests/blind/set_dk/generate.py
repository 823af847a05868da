"""Blind set set_dk (wave 47): four whole packets. Usage: generate.py OUT_DIR"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dk_certs as C
import dk_docs as D
import dk_draw as G
import dk_ids as I
import dk_money as M
from dk_p34 import p03, p04
from dk_pk import REQS, Packet, edf, form_fields, id_fields, luhn_siret, write_truth


# ====================================================================== p01 (Morocco)
def p01(out):
    pk = Packet(out, "p01", 4701)
    r = pk.rng
    sn, gn, dob = "EL AMRANI", "YOUSSEF", "2003-02-11"
    addr = ["14 rue Jean-Baptiste Clément", "93200 Saint-Denis"]
    f = {"surname": sn, "given": "Youssef", "sex": "M", "dob": dob, "birth_place": "Fès",
         "birth_country": "Maroc", "nationality": "marocaine", "street": addr[0],
         "cp": "93200", "city": "Saint-Denis", "phone": "07 58 21 44 90",
         "situation": "etudiant", "place": "Saint-Denis", "date_text": "04/11/2026"}  # fmt: skip
    pg = D.form(f, r, "hand", 1)
    pk.photo(pg[0], "IMG_20261104_183012.jpg", rot=90)
    pk.photo(pg[1], "IMG_20261104_183047.jpg")
    pk.add([("IMG_20261104_183012.jpg", [1]), ("IMG_20261104_183047.jpg", [1])],
           "application_form", "phone_photo", form_fields(f, "not_employed", "2026-11-04"),
           "hand-filled, page 1 photographed sideways (90°); situation: étudiant")  # fmt: skip

    num = "UX4817263"
    mrz = I.td3("MAR", sn, gn, num, "MAR", dob, "M", "2029-06-02")
    pdat = {"issuer": "MAR", "number": num, "surname": sn, "given": gn, "dob": dob,
            "sex": "M", "nat_text": "MAROCAINE / MOROCCAN", "pob": "FES", "issued": "2024-06-03",
            "expiry": "2029-06-02", "no_label": "N° du passeport"}  # fmt: skip
    pk.photo(D.passport(pdat, r, mrz, (236, 222, 214), ("ROYAUME DU MAROC", "PASSEPORT")),
             "passeport.jpg", dpi=400)  # fmt: skip
    pk.add([("passeport.jpg", [1])], "passport", "phone_photo",
           id_fields(sn, gn, num, "MAR", "MAR", dob, "M", "2029-06-02", mrz))  # fmt: skip

    vno = "021487563"
    vm = I.mrva("FRA", sn, gn, vno, "MAR", dob, "M", "2026-08-31")
    vd = {"visa_no": vno, "from": "2025-09-01", "until": "2026-08-31", "days": "365",
          "post": "RABAT", "issued": "2025-08-12", "passport_no": num, "surname": sn,
          "given": gn, "remarks": "VLS-TS ETUDIANT"}  # fmt: skip
    pk.bed([D.visa(vd, r, vm)], "scan_visa.jpg")
    vf = id_fields(sn, gn, vno, "MAR", "FRA", dob, "M", "2026-08-31", vm)
    vf.update({"visa_type": "D", "vls_ts": True, "category": "étudiant",
               "valid_from": "2025-09-01", "valid_until": "2026-08-31"})  # fmt: skip
    pk.add(
        [("scan_visa.jpg", [1])],
        "long_stay_visa",
        "scan",
        vf,
        "VLS-TS étudiant, expired at as_of; the récépissé de renouvellement covers him",
    )

    rc = {"prefecture": "PRÉFECTURE DE LA SEINE-SAINT-DENIS", "dept": "93",
          "kind": "Renouvellement — carte de séjour temporaire « étudiant »",
          "number": "9303218745", "surname": sn, "given": gn, "dob": dob, "pob": "Fès (Maroc)",
          "nat_text": "marocaine", "sex": "M", "address": ", ".join(addr),
          "body": ["Le titulaire a sollicité le renouvellement de son titre de séjour.",
                   "Le présent récépissé l'autorise à travailler à titre accessoire",
                   "(964 heures par an au maximum)."],
          "from": "2026-08-20", "until": "2027-02-19", "city": "Bobigny"}  # fmt: skip
    pk.img_pdf([D.recepisse(rc, r)], "recepisse.pdf")
    pk.add(
        [("recepisse.pdf", [1])],
        "residence_permit",
        "image_pdf",
        id_fields(sn, gn, "9303218745", "MAR", "FRA", dob, "M", "2027-02-19", None),
        "récépissé de demande de renouvellement, valid 20/08/2026-19/02/2027, no MRZ",
    )

    bc = {"province": "Fès", "commune": "Fès-Agdal", "commune_ar": "فاس أكدال", "acte": "1187",
          "year": "2003", "surname": sn, "surname_ar": "العمراني", "given": "Youssef",
          "given_ar": "يوسف", "dob": dob, "dob_ar": "11 فبراير 2003", "pob": "Fès",
          "pob_ar": "فاس", "sex_fr": "Masculin", "sex_ar": "ذكر",
          "father": "Driss EL AMRANI", "father_ar": "إدريس العمراني",
          "mother": "Naïma BENNANI", "mother_ar": "نعيمة بناني", "issued": "2025-06-20"}  # fmt: skip
    apo = {"country": "Royaume du Maroc", "signer": "M. Khalid Tazi",
           "capacity": "Officier de l'état civil", "seal_of": "Bureau de l'état civil, Fès-Agdal",
           "place": "Fès", "date": "2025-06-24",
           "by": "le Procureur du Roi près le Tribunal de première instance de Fès",
           "number": "2025/FES/018842", "ring": "TRIBUNAL DE PREMIERE INSTANCE",
           "centre": ["FES", "APOSTILLE"]}  # fmt: skip
    pk.img_pdf([C.morocco(bc, r), D.apostille(apo, r, "fr")], "acte_naissance_apostille.pdf")
    pk.add([("acte_naissance_apostille.pdf", [1])], "birth_certificate", "image_pdf",
           {"surname": sn, "given_names": "Youssef", "date_of_birth": dob, "place_of_birth": "Fès",
            "issuing_country": "MAR", "language": "ar+fr", "has_apostille": True},
           "bilingual Arabic/French extract; Arabic part gives family name first")  # fmt: skip
    pk.add(
        [("acte_naissance_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Royaume du Maroc",
            "issued_on": "2025-06-24",
            "number": "2025/FES/018842",
            "signed_by": "le Procureur du Roi près le Tribunal de première instance de Fès",
        },
    )

    host, hdob = "Abdelkader EL AMRANI", "1968-04-02"
    at = {"lines": [f"Je soussigné {host}, né le 02/04/1968 à Fès (Maroc),",
                    f"demeurant {addr[0]}, {addr[1]},",
                    "atteste sur l'honneur héberger à mon domicile mon neveu",
                    "Youssef EL AMRANI, né le 11/02/2003 à Fès (Maroc),",
                    "depuis le 1er septembre 2025.",
                    "Je joins une copie de ma carte de résident et mes factures EDF.",
                    "Fait pour servir et valoir ce que de droit."],
          "made": "Fait à Saint-Denis, le 02/11/2026"}  # fmt: skip
    pk.photo(C.attestation(at, r), "attestation_hebergement.jpg", rot=180)
    pk.add([("attestation_hebergement.jpg", [1])], "hosting_attestation", "phone_photo",
           {"host_name": host, "hosted_name": "Youssef EL AMRANI", "address": ", ".join(addr),
            "since_date": "2025-09-01", "signed_on": "2026-11-02", "signed": True},
           "handwritten on plain paper, photographed upside down (180°)")  # fmt: skip

    cn = "YB0463215"
    cm = I.td1("IR", "FRA", cn, "MAR", hdob, "M", "2033-03-14", "EL AMRANI", "ABDELKADER")
    cd = {"number": cn, "surname": "EL AMRANI", "given": "ABDELKADER", "sex": "M",
          "nat": "MAR", "dob": hdob, "title": "CARTE DE RÉSIDENT", "expiry": "2033-03-14",
          "address1": addr[0].upper(), "address2": addr[1].upper(), "pob": "FES (MAROC)",
          "remarks": "RÉSIDENT LONGUE DURÉE - UE", "issued": "2023-03-15",
          "skin": (150, 110, 85)}  # fmt: skip
    pk.bed([D.card(cd, r, cm, "front"), D.card(cd, r, cm, "back")], "titre_sejour_oncle.jpg")
    pk.add(
        [("titre_sejour_oncle.jpg", [1])],
        "residence_permit",
        "scan",
        id_fields("EL AMRANI", "ABDELKADER", cn, "MAR", "FRA", hdob, "M", "2033-03-14", cm),
        "the HOST's (uncle's) carte de résident, both faces on one scan",
    )
    for m, iss, amt, fn in (("2026-08", "2026-09-03", 48.37, "facture_edf_aout.pdf"),
                            ("2026-09", "2026-10-02", 51.92, "facture_edf_septembre.pdf"),
                            ("2026-10", "2026-11-04", 63.15, "facture_edf_octobre.pdf")):  # fmt: skip
        b = edf("M. ABDELKADER EL AMRANI", addr, m, iss, amt, r)
        G.text_pdf([M.bill(b, r)], pk.p(fn), "Facture EDF")
        pk.add([(fn, [1])], "utility_bill", "text_pdf",
               {"provider": "EDF", "service": "electricity", "holder_name": "ABDELKADER EL AMRANI",
                "address": ", ".join(addr), "issue_date": iss, "period_start": b["start"],
                "period_end": b["end"], "amount": amt, "month": m},
               "host's bill (monthly billing option)")  # fmt: skip

    iban = I.fr_iban("30003", "03620", "00050912874")
    assert I.iban_ok(iban) and I.fr_rib_ok(iban)
    rb = {"color": (230, 0, 40), "bank_logo": "SOCIETE GENERALE", "holder": "M YOUSSEF EL AMRANI",
          "holder_addr": addr, "branch": ["SG SAINT DENIS BASILIQUE", "2 place Victor Hugo",
                                          "93200 SAINT DENIS"],
          "iban": iban, "bic": "SOGEFRPP",
          "footer": "Société Générale, SA au capital de 1 000 395 971,25 € — 552 120 222 RCS Paris"}  # fmt: skip
    G.text_pdf([M.rib(rb, r)], pk.p("RIB_SG.pdf"), "RIB")
    pk.add(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "YOUSSEF EL AMRANI",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    reqs = dict.fromkeys(REQS, "complete")
    reqs["employment"] = "not_applicable"
    write_truth(pk, "2026-11-18", False, reqs, None,
                {"surname": sn, "given_names": gn, "date_of_birth": dob})  # fmt: skip


# ====================================================================== p02 (Dominican Rep.)
def p02(out):
    pk = Packet(out, "p02", 4702)
    r = pk.rng
    sn, gn, dob = "PEÑA ALMÁNZAR", "YOKASTA MARLENY", "1994-07-23"
    addr = ["27 avenue Jean Jaurès", "69007 Lyon"]
    f = {"surname": "PEÑA ALMÁNZAR", "given": "Yokasta Marleny", "sex": "F", "dob": dob,
         "birth_place": "Santiago de los Caballeros", "birth_country": "Rép. dominicaine",
         "nationality": "dominicaine", "street": addr[0], "cp": "69007", "city": "Lyon",
         "phone": "06 47 19 82 30", "email": "yokasta.pena94@gmail.com",
         "situation": "salarie", "contract": "CDI", "job": "Employée polyvalente",
         "place": "Lyon", "date_text": "09/11/2026"}  # fmt: skip
    pk.img_pdf(D.form(f, r, "typed", 0), "demande_PUMA_signee.pdf")
    pk.add([("demande_PUMA_signee.pdf", [1, 2])], "application_form", "image_pdf",
           form_fields(f, "employed", "2026-11-09"),
           "typed on screen, printed, signed by hand, scanned (typed_print)")  # fmt: skip

    num = "SC4471902"
    mrz = I.td3("DOM", sn, gn, num, "DOM", dob, "F", "2029-01-09")
    pdat = {"issuer": "DOM", "number": num, "surname": "PEÑA ALMANZAR", "given": gn, "dob": dob,
            "sex": "F", "nat_text": "DOMINICANA", "pob": "SANTIAGO, R.D.", "issued": "2023-01-10",
            "expiry": "2029-01-09", "no_label": "Pasaporte No. / Passport No.",
            "sn_label": "Apellidos / Surname", "gn_label": "Nombres / Given names",
            "skin": (190, 140, 105)}  # fmt: skip
    pk.bed([D.passport(pdat, r, mrz, (214, 226, 240), ("REPÚBLICA DOMINICANA",
                                                          "PASAPORTE / PASSPORT"))],
           "pasaporte.jpg")  # fmt: skip
    pk.add(
        [("pasaporte.jpg", [1])],
        "passport",
        "scan",
        id_fields("PEÑA ALMANZAR", gn, num, "DOM", "DOM", dob, "F", "2029-01-09", mrz),
    )

    cn = "LY8216403"
    cm = I.td1("IR", "FRA", cn, "DOM", dob, "F", "2028-02-28", sn, gn)
    cd = {"number": cn, "surname": "PEÑA ALMANZAR", "given": gn, "sex": "F", "nat": "DOM",
          "dob": dob, "title": "CARTE DE SÉJOUR PLURIANNUELLE", "expiry": "2028-02-28",
          "address1": addr[0].upper(), "address2": addr[1].upper(),
          "pob": "SANTIAGO DE LOS CABALLEROS (DOM)", "remarks": "SALARIÉ",
          "issued": "2024-03-01", "skin": (190, 140, 105)}  # fmt: skip
    pk.card_photo(D.card(cd, r, cm, "front"), "IMG_3391.jpg", rot=0)
    pk.card_photo(D.card(cd, r, cm, "back"), "IMG_3392.jpg", rot=270)
    pk.add(
        [("IMG_3391.jpg", [1]), ("IMG_3392.jpg", [1])],
        "residence_permit",
        "phone_photo",
        id_fields("PEÑA ALMANZAR", gn, cn, "DOM", "FRA", dob, "F", "2028-02-28", cm),
        "carte de séjour pluriannuelle « salarié », front and back; back photographed 270°",
    )

    bc = {"oficialia": "Oficialía del Estado Civil de la 1ra. Circunscripción de Santiago",
          "libro": "00012", "folio": "0187", "acta": "004587", "year": "1994",
          "pob": "Santiago de los Caballeros", "reg": "1994-08-02",
          "officer": "Lic. Ramona Altagracia Tavárez", "hour": "las 3:40 p.m.",
          "informant": "el señor Rafael Antonio Peña Rosario",
          "hospital": "el Hospital Regional Universitario José María Cabral y Báez",
          "sexo": "femenino", "given": "Yokasta Marleny", "surname": "Peña Almánzar",
          "s1": "Peña", "s2": "Almánzar", "dob": dob,
          "father": "Rafael Antonio Peña Rosario", "mother": "Juana Mercedes Almánzar Gil",
          "issued": "2025-10-14", "apo_no": "MIREX-2025-1184306", "apo_date": "2025-10-21",
          "tr_date": "2026-01-15"}  # fmt: skip
    apo = {"country": "República Dominicana", "signer": "Lic. Ramona Altagracia Tavárez",
           "capacity": "Oficial del Estado Civil", "seal_of": "Junta Central Electoral",
           "place": "Santo Domingo", "date": "2025-10-21",
           "by": "Ministerio de Relaciones Exteriores (MIREX)", "number": "MIREX-2025-1184306",
           "ring": "MINISTERIO RELACIONES EXTERIORES", "centre": ["MIREX", "R.D."]}  # fmt: skip
    fn = "acta_nacimiento_apostilla_traduccion.pdf"
    pk.img_pdf([C.dominican(bc, r), D.apostille(apo, r, "es"), C.dominican_fr(bc, r)], fn)
    pk.add([(fn, [1])], "birth_certificate", "image_pdf",
           {"surname": "Peña Almánzar", "given_names": "Yokasta Marleny", "date_of_birth": dob,
            "place_of_birth": "Santiago de los Caballeros", "issuing_country": "DOM",
            "language": "es", "has_apostille": True},
           "acta inextensa (JCE); two surnames (paternal Peña, maternal Almánzar)")  # fmt: skip
    pk.add([(fn, [2])], "apostille", "image_pdf",
           {"country": "República Dominicana", "issued_on": "2025-10-21",
            "number": "MIREX-2025-1184306",
            "signed_by": "Ministerio de Relaciones Exteriores (MIREX)"})  # fmt: skip
    pk.add(
        [(fn, [3])],
        "translation",
        "image_pdf",
        {},
        "sworn translation into French (traductrice expert, Cour d'appel de Lyon)",
    )

    holder = "MME YOKASTA PEÑA ALMÁNZAR"
    gas = {"brand": "engie", "color": (0, 90, 170), "tint": (230, 244, 252),
           "company": "ENGIE — 1 place Samuel de Champlain, 92400 Courbevoie",
           "company2": "SA au capital de 2 435 285 011 € — RCS Nanterre 542 107 651",
           "holder": holder, "addr": addr, "title": "Facture de gaz naturel",
           "number": "300027184563", "issue": "2026-09-04", "client": "1 207 553 846",
           "start": "2026-08-01", "end": "2026-08-31", "amount": 27.64,
           "site_word": "consommation", "ref_label": "Compte client :",
           "lines": [("Abonnement gaz (tarif fixe) — août", 12.06),
                     ("Consommation : 94 kWh", 9.71), ("Accise sur le gaz naturel, CTA", 3.12),
                     ("TVA", 2.75)],
           "pay_text": "Prélèvement automatique le 18/09/2026.", "font": "lato",
           "fontb": "latob", "footer": "particuliers.engie.fr — 09 69 324 324"}  # fmt: skip
    G.text_pdf([M.bill(gas, r)], pk.p("Facture_ENGIE_aout2026.pdf"), "Facture ENGIE")
    pk.add([("Facture_ENGIE_aout2026.pdf", [1])], "utility_bill", "text_pdf",
           {"provider": "ENGIE", "service": "gas", "holder_name": "YOKASTA PEÑA ALMÁNZAR",
            "address": ", ".join(addr), "issue_date": "2026-09-04", "period_start": "2026-08-01",
            "period_end": "2026-08-31", "amount": 27.64, "month": "2026-08"})  # fmt: skip
    box = {"brand": "sfr", "logo": "SFR", "color": (226, 0, 26), "tint": (250, 236, 236),
           "company": "SFR — SA au capital de 3 423 265 598,40 € — RCS Paris 343 059 564",
           "company2": "16 rue du Général Alain de Boissieu, 75015 Paris",
           "holder": holder, "addr": addr, "title": "Votre facture SFR Box",
           "number": "F26-0938 4471", "issue": "2026-10-02", "client": "0412 887 530",
           "start": "2026-09-01", "end": "2026-09-30", "amount": 31.99,
           "period_text": "Facture de septembre 2026 (du 01/09/2026 au 30/09/2026)",
           "site_word": "raccordement", "ref_label": "N° de compte :",
           "lines": [("SFR Fibre Power — forfait mensuel", 29.99),
                     ("Location décodeur TV", 2.00), ("Communications hors forfait", 0.00)],
           "pay_text": "Prélèvement le 12/10/2026 sur le compte La Banque Postale.",
           "font": "os", "fontb": "osb", "footer": "sfr.fr — Service client 1023"}  # fmt: skip
    G.text_pdf([M.bill(box, r)], pk.p("SFR_facture_09-2026.pdf"), "Facture SFR")
    pk.add([("SFR_facture_09-2026.pdf", [1])], "utility_bill", "text_pdf",
           {"provider": "SFR", "service": "internet", "holder_name": "YOKASTA PEÑA ALMÁNZAR",
            "address": ", ".join(addr), "issue_date": "2026-10-02", "period_start": "2026-09-01",
            "period_end": "2026-09-30", "amount": 31.99, "month": "2026-09"})  # fmt: skip
    mob = {"color": (0, 156, 222), "app_title": "Espace Client Bouygues Telecom",
           "start": "2026-10-01", "end": "2026-10-31", "amount": 15.99, "issue": "2026-11-03",
           "debit": "2026-11-13", "number": "E2611-5520417", "holder": "Yokasta Peña Almánzar",
           "line": "06 47 19 82 30", "offer": "B&You 100 Go", "addr": addr}  # fmt: skip
    im = G.render(M.phone_bill_screen(mob, r), 254)
    im.save(pk.p("Screenshot_20261112-204511.png"))
    pk.add([("Screenshot_20261112-204511.png", [1])], "utility_bill", "screenshot",
           {"provider": "Bouygues Telecom", "service": "mobile",
            "holder_name": "Yokasta Peña Almánzar", "address": ", ".join(addr),
            "issue_date": "2026-11-03", "period_start": "2026-10-01", "period_end": "2026-10-31",
            "amount": 15.99, "month": "2026-10"}, "bill shown in the operator's app")  # fmt: skip

    siret = luhn_siret("4891537260001")
    base = {"employer": "MAISON BERTHET TRAITEUR SARL",
            "employer_addr": ["8 rue Marc Bloch", "69007 Lyon"], "siret": siret, "naf": "5621Z",
            "urssaf": "Rhône-Alpes", "employee": "Mme PEÑA ALMÁNZAR Yokasta",
            "employee_addr": addr, "job": "Employée polyvalente — temps partiel 24 h",
            "status": "Employé", "entry": "2025-11-03",
            "ccn": "Restauration rapide (IDCC 1501)", "pas": "0,0 %"}  # fmt: skip
    for per, end, paid, fn, look in (("2026-09", "30", "2026-09-30", "scan_bulletin_sept.jpg",
                                      "scan"),
                                     ("2026-10", "31", "2026-10-30", "bulletin_octobre_2026.pdf",
                                      "text_pdf")):  # fmt: skip
        s = dict(base, start=f"{per}-01", end=f"{per}-{end}", paid=paid,
                 net_before=1008.84, net=1008.84, net_social=1045.73)  # fmt: skip
        s["lines"] = [("Salaire de base (104 h)", "104,00", "12,45", "1 294,80", ""),
                      ("SANTÉ", "", "", None, ""),
                      ("Complémentaire santé", "1 294,80", "", "21,30", "21,30"),
                      ("RETRAITE", "", "", None, ""),
                      ("Sécurité sociale plafonnée", "1 294,80", "6,90", "89,34", "110,71"),
                      ("Complémentaire tranche 1", "1 294,80", "4,01", "51,92", "77,82"),
                      ("Assurance chômage", "1 294,80", "", "", "52,44"),
                      ("CSG déductible", "1 272,15", "6,80", "86,51", ""),
                      ("CSG/CRDS non déductible", "1 272,15", "2,90", "36,89", "")]  # fmt: skip
        if look == "scan":
            pk.scan_jpg(M.payslip(s, r), fn, 200)
        else:
            G.text_pdf([M.payslip(s, r)], pk.p(fn), "Bulletin de paie")
        pk.add([(fn, [1])], "payslip", look,
               {"employer": "MAISON BERTHET TRAITEUR SARL",
                "employee_name": "PEÑA ALMÁNZAR Yokasta", "period": per, "net_pay": 1008.84,
                "siret": siret}, "part-time (24 h/week)")  # fmt: skip

    iban = I.fr_iban("20041", "01007", "0452178W038")
    assert I.iban_ok(iban) and I.fr_rib_ok(iban)
    rb = {"color": (0, 40, 110), "bank_logo": "LA BANQUE POSTALE", "holder": holder,
          "holder_addr": addr, "branch": ["LA BANQUE POSTALE", "Centre financier de Lyon",
                                          "69900 LYON CEDEX 20"],
          "iban": iban, "bic": "PSSTFRPPLYO", "font": "dv", "fontb": "dvb",
          "footer": "La Banque Postale — SA à Directoire et Conseil de surveillance — "
                    "421 100 645 RCS Paris"}  # fmt: skip
    pk.scan_jpg(M.rib(rb, r), "RIB.jpg", 150)
    pk.add(
        [("RIB.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "YOKASTA PEÑA ALMÁNZAR",
            "iban": iban,
            "bic": "PSSTFRPPLYO",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    write_truth(
        pk,
        "2026-11-24",
        True,
        dict.fromkeys(REQS, "complete"),
        None,
        {"surname": "PEÑA ALMANZAR", "given_names": gn, "date_of_birth": dob},
    )


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for fn in (p01, p02, p03, p04):
        fn(out)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, fh, indent=2)


if __name__ == "__main__":
    main()
