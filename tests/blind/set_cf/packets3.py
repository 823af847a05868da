"""Packet p04 (Chile, married woman with a usage name, hosted by her French husband)."""

from __future__ import annotations

import core
import docs
import docs2


def _iso(d):
    dd, m, y = d.split("/")
    return f"{y}-{m}-{dd}"


def _free(month, issue, ps, pe, num):
    return docs2.bill({
        "color": (205, 30, 35), "logo": "free", "doc_title": "Facture Freebox", "number": num,
        "date_label": "Date de facture :", "issue": issue, "company": "Free — SAS au capital de 3 441 812 € — "
        "RCS Paris B 421 938 861 — 8 rue de la Ville l'Évêque 75008 Paris",
        "holder": "Monsieur Julien FAURE-LACROIX", "address": ["8 cours de la Marne", "33800 Bordeaux"],
        "client_label": "Identifiant", "client": "fbx84120775", "site_label": "Votre abonnement",
        "site": ["Freebox Pop", "Ligne 05 57 14 82 09"], "period_label": "Abonnement " + month,
        "ps": ps, "pe": pe, "amount_label": "Total à payer", "amount": "29,99",
        "lines": [("Forfait Freebox Pop", "29,99 €"), ("Appels vers fixes et mobiles", "0,00 €"),
               ("dont TVA à 20 %", "5,00 €")],
        "pay_line": "Cette somme sera prélevée sur votre compte bancaire à partir du "
        + f"{int(issue[:2]) + 4:02d}" + issue[2:] + ".",
        "footer": ["Assistance : 3244 — free.fr/assistance",
                "Conservez cette facture, elle vous sera demandée en cas de réclamation"]})  # fmt: skip


def p04(root, Out, iso_fr, mrzdate, words_fr):
    o = Out(root, "p04")
    sur, giv, dob = "GONZALEZ RIQUELME", "CATALINA IGNACIA", "1990-05-30"
    as_of = "2026-12-06"
    v = {"surname": "GONZÁLEZ RIQUELME", "usage_name": "FAURE-LACROIX", "given_names": "Catalina Ignacia",
             "sex": "F", "dob_digits": "30051990", "birth_city": "Viña del Mar", "birth_country": "Chili",
             "nationality": "Chilienne", "street": "8 cours de la Marne", "zip": "33800", "city": "Bordeaux",
             "phone": "07 81 09 55 36", "email": "cata.gonzalez.r@gmail.com", "situation": "salarie",
             "contract": "CDD", "job": "Assistante export", "place": "Bordeaux", "date_text": "1/12/2026",
             "signed": True, "hand_font": "h_dkg", "loops": 6}  # fmt: skip
    pages, _ = docs2.cerfa(v, 1, "hand", 404)
    o.image_pdf("cerfa_S1106_Catalina.pdf", [pages[1], pages[0]], 300)
    o.add([("cerfa_S1106_Catalina.pdf", [2, 1])], "application_form", "image_pdf",
          {"surname": "GONZÁLEZ RIQUELME", "given_names": "Catalina Ignacia", "date_of_birth": dob,
           "employment_status": "employed", "signed": True, "signed_on": "2026-12-01", "nir": None},
          "filled by hand; usage name FAURE-LACROIX; scanned with page 2 first; date '1/12/2026'")  # fmt: skip
    num, exp = "F18472639", "2031-10-11"
    mrz = core.td3("P", "CHL", sur, giv, num, "CHL", mrzdate(dob), "F", mrzdate(exp),
                   opt="16842337K")  # fmt: skip
    pp = docs.passport({"band": (0, 57, 166), "state_name": "REPÚBLICA DE CHILE",
                            "title": "PASAPORTE / PASSPORT", "l_type": "Tipo / Type", "type_code": "P",
                            "l_code": "Código / Code", "state": "CHL", "l_no": "Nº Pasaporte / Passport No.",
                            "number": num,
                            "fields": [("Apellidos / Surname", "GONZÁLEZ RIQUELME"),
                                    ("Nombres / Given names", giv),
                                    ("Nacionalidad / Nationality", "CHILENA"),
                                    ("Fecha de nacimiento / Date of birth", "30 MAY/MAY 1990"),
                                    ("Lugar de nacimiento / Place of birth", "VIÑA DEL MAR"),
                                    ("Fecha de vencimiento / Date of expiry", "11 OCT/OCT 2031")],
                            "mrz": mrz, "skin": (200, 160, 130), "bg": (232, 236, 240)}, 41)  # fmt: skip
    o.flatbed("passeport.jpg", [pp], 300)
    o.add([("passeport.jpg", [1])], "passport", "scan",
          {"surname": sur, "given_names": giv, "document_number": num, "nationality": "CHL",
           "issuing_country": "CHL", "date_of_birth": dob, "sex": "F", "expiry_date": exp,
           "mrz_valid": True}, "optional data carries the RUN 16842337-K")  # fmt: skip
    vnum = "FRA412975"
    vm = core.mrva("FRA", sur, giv, vnum, "CHL", mrzdate(dob), "F", mrzdate("2027-05-09"))
    vp = docs.visa_page(dict(vignette=vnum, **{"from": "10-05-2026", "until": "09-05-2027"},
                             days="365", place="SANTIAGO", issued="22-04-2026", passport_no=num,
                             name="GONZALEZ RIQUELME CATALINA IGNACIA",
                             remarks="VLS-TS VIE PRIVEE ET FAMILIALE", remarks2="CONJOINT DE FRANCAIS",
                             mrz=vm, skin=(200, 160, 130)), 42)  # fmt: skip
    o.photo("IMG_20261201_090412.jpg", vp, rot=0, long_side=4000, table=(150, 120, 90))
    o.add([("IMG_20261201_090412.jpg", [1])], "long_stay_visa", "phone_photo",
          {"surname": sur, "given_names": giv, "document_number": vnum, "nationality": "CHL",
           "issuing_country": "FRA", "date_of_birth": dob, "sex": "F", "expiry_date": "2027-05-09",
           "mrz_valid": True, "visa_type": "D", "vls_ts": True,
           "category": "VIE PRIVEE ET FAMILIALE", "valid_from": "2026-05-10",
           "valid_until": "2027-05-09"})  # fmt: skip
    bc = docs.cl_certificado({"rows": [
        ("Circunscripción", "VIÑA DEL MAR"), ("Nro. inscripción", "1.284"), ("Registro", "S"),
        ("Año", "1990"), ("Nombre inscrito", "CATALINA IGNACIA GONZÁLEZ RIQUELME"),
        ("R.U.N.", "16.842.337-K"), ("Fecha nacimiento", "30 Mayo 1990"), ("Sexo", "Femenino"),
        ("Nombre del padre", "RODRIGO ANDRÉS GONZÁLEZ MUÑOZ"),
        ("Nombre de la madre", "MARÍA PAZ RIQUELME SOTO")],
        "issued": "14 Marzo 2026", "folio": "500847219031", "code": "a4f1c92e7b03"}, 43)  # fmt: skip
    ap = docs.apostille({"country": "CHILE", "signer": "Marcela Fuentes Araya",
                             "capacity": "Jefe de Archivo General", "seal": "Servicio de Registro Civil e Identificación",
                             "city": "Santiago", "date_text": "17 de marzo de 2026",
                             "by": "Ministerio de Relaciones Exteriores", "number": "AP-2026-0318846",
                             "by_person": "firma electrónica avanzada", "code": "7KQ2-M9XD-31PL"}, 44)  # fmt: skip
    o.text_pdf("certificado_nacimiento_apostillado.pdf", [bc, ap], "Certificado")
    o.add([("certificado_nacimiento_apostillado.pdf", [1])], "birth_certificate", "text_pdf",
          {"surname": "GONZÁLEZ RIQUELME", "given_names": "CATALINA IGNACIA", "date_of_birth": dob,
           "place_of_birth": "Viña del Mar", "issuing_country": "CHL", "language": "es",
           "has_apostille": True}, "Chilean e-certificate, apostille on page 2")  # fmt: skip
    o.add([("certificado_nacimiento_apostillado.pdf", [2])], "apostille", "text_pdf",
          {"country": "CHILE", "issued_on": "2026-03-17", "number": "AP-2026-0318846",
           "signed_by": "Marcela Fuentes Araya"})  # fmt: skip
    att = docs.hosting_handwritten({"font": "h_dkg", "lines": [
        "^Attestation d'hébergement", "",
        "Je soussigné Julien FAURE-LACROIX, né le 02/09/1987",
        "à Angoulême (16), demeurant 8 cours de la Marne,",
        "33800 Bordeaux, atteste sur l'honneur héberger",
        "à mon domicile mon épouse, Catalina Ignacia",
        "GONZÁLEZ RIQUELME épouse FAURE-LACROIX, née le",
        "30/05/1990 à Viña del Mar (Chili), depuis le",
        "15 mai 2026.", "",
        "Fait pour servir et valoir ce que de droit.", "",
        "Fait à Bordeaux, le 28/11/2026"]}, 45)  # fmt: skip
    o.photo("attestation_hebergement.jpg", att, rot=0, long_side=4000, table=(120, 95, 70))
    o.add([("attestation_hebergement.jpg", [1])], "hosting_attestation", "phone_photo",
          {"host_name": "Julien FAURE-LACROIX", "hosted_name": "Catalina Ignacia GONZÁLEZ RIQUELME",
           "address": "8 cours de la Marne, 33800 Bordeaux", "since_date": "2026-05-15",
           "signed_on": "2026-11-28", "signed": True}, "handwritten on lined paper, signed")  # fmt: skip
    hdob, hnum, hexp = "1987-09-02", "X7RT4KP29", "2032-02-17"
    mz = core.td1(
        "ID",
        "FRA",
        hnum,
        mrzdate(hdob),
        "M",
        mrzdate(hexp),
        "FRA",
        "FAURE-LACROIX",
        "JULIEN PIERRE",
    )
    cf = docs.id1_card(["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"],
                       [("NOM / Surname", "FAURE-LACROIX"), ("Prénoms / Given names", "JULIEN, PIERRE"),
                        ("SEXE   NATIONALITÉ   DATE DE NAISS.", "M      FRA      02 09 1987"),
                        ("N° DU DOCUMENT / Document No", hnum), ("DATE D'EXPIR.", "17 02 2032")],
                       46, bg=(226, 232, 244), band=(0, 35, 149), skin=(225, 190, 165))  # fmt: skip
    cb = docs.id1_card(["LIEU DE NAISSANCE", "ANGOULÊME (16)"], [("Date de délivrance", "18 02 2022")],
                       47, bg=(226, 232, 244), band=(0, 35, 149), photo=False, mrz=mz)  # fmt: skip
    o.flatbed("CNI_Julien.pdf", [cf, cb], 300, as_pdf=True)
    o.add([("CNI_Julien.pdf", [1])], "national_id", "image_pdf",
          {"surname": "FAURE-LACROIX", "given_names": "JULIEN PIERRE", "document_number": hnum,
           "nationality": "FRA", "issuing_country": "FRA", "date_of_birth": hdob, "sex": "M",
           "expiry_date": hexp, "mrz_valid": True}, "host's French ID card (2021 format), both faces")  # fmt: skip
    months = [("août 2026", "02/08/2026", "01/08/2026", "31/08/2026"),
              ("septembre 2026", "02/09/2026", "01/09/2026", "30/09/2026"),
              ("octobre 2026", "02/10/2026", "01/10/2026", "31/10/2026")]  # fmt: skip
    looks = [("Facture_Free_aout.pdf", "text_pdf"), ("Facture_Free_sept.pdf", "text_pdf"),
             ("scan_facture_free_oct.jpg", "scan")]  # fmt: skip
    for i, ((m, iss, ps, pe), (fn, look)) in enumerate(zip(months, looks)):
        b = _free(m, iss, ps, pe, f"FBX-2026{8 + i:02d}-558{i}1")
        if look == "text_pdf":
            o.text_pdf(fn, [b], "Facture Freebox")
        else:
            o.scan(fn, b, 200)
        o.add([(fn, [1])], "utility_bill", look,
              {"provider": "Free", "service": "internet", "holder_name": "Julien FAURE-LACROIX",
               "address": "8 cours de la Marne, 33800 Bordeaux", "issue_date": _iso(iss),
               "period_start": _iso(ps), "period_end": _iso(pe), "amount": "29.99"},
              "host's bill (route 3)")  # fmt: skip
    ps = docs2.payslip({"ps": "01/11/2026", "pe": "30/11/2026", "paid": "30/11/2026",
                            "employer": "MAISON BERTHELOT VINS SARL",
                            "employer_lines": ["41 quai des Chartrons", "33000 BORDEAUX",
                                            "SIRET : 512 804 376 00031", "Code APE : 4634Z"],
                            "employee_print": "Mme FAURE-LACROIX Catalina",
                            "employee_lines": ["née GONZÁLEZ RIQUELME", "8 cours de la Marne",
                                            "33800 BORDEAUX", "N° SS : en cours d'attribution"],
                            "info": [("Emploi", "Assistante export"), ("Statut", "Employée — niveau 4"),
                                  ("Contrat", "CDD du 07/09/2026 au 06/03/2027"),
                                  ("Convention collective", "Vins, cidres, spiritueux (IDCC 493)")],
                            "rows": [("Salaire de base", "151,67", "14,5050", "2 200,00"),
                                  ("Indemnité de précarité (provision)", "", "", "0,00"),
                                  ("Santé", "2 200,00", "", "-36,10"),
                                  ("Retraite", "2 200,00", "", "-253,30"),
                                  ("CSG/CRDS", "2 161,50", "9,70", "-209,67")],
                            "net_before": "1 700,93", "pas": "0,00", "net": "1 700,93"})  # fmt: skip
    o.photo("bulletin_novembre.jpg", ps, rot=0, long_side=3264, table=(170, 160, 150))
    o.add([("bulletin_novembre.jpg", [1])], "payslip", "phone_photo",
          {"employer": "MAISON BERTHELOT VINS SARL", "employee_name": "FAURE-LACROIX Catalina",
           "period": "2026-11", "net_pay": "1700.93", "siret": "51280437600031"},
          "payslip under her usage name, birth name beneath")  # fmt: skip
    iban, rk = core.fr_iban("13306", "00015", "21480736512")
    rp = docs2.rib_page({"color": (0, 110, 100), "bank": "CRÉDIT AGRICOLE", "bank_sub": "Aquitaine",
                             "title": "RELEVÉ D'IDENTITÉ BANCAIRE", "holder_label": "Titulaire(s)",
                             "holder_lines": ["M OU MME FAURE-LACROIX JULIEN", "OU GONZALEZ RIQUELME CATALINA",
                                           "8 COURS DE LA MARNE 33800 BORDEAUX"],
                             "branch_lines": ["CA AQUITAINE BORDEAUX BASTIDE"], "bank_code": "13306",
                             "branch": "00015", "account": "21480736512", "key": rk, "iban": iban, "bic": "AGRIFRPP833"})  # fmt: skip
    o.text_pdf("RIB_compte_joint.pdf", [rp], "RIB")
    o.add([("RIB_compte_joint.pdf", [1])], "rib", "text_pdf",
          {"holder_name": "M OU MME FAURE-LACROIX JULIEN OU GONZALEZ RIQUELME CATALINA", "iban": iban,
           "bic": "AGRIFRPP833", "bank_name": "Crédit Agricole Aquitaine", "iban_valid": True,
           "rib_key_valid": True}, "joint account including the applicant")  # fmt: skip
    return {
        "as_of": as_of,
        "employed": True,
        "status": "complete",
        "defect": None,
        "o": o,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
        "req": {"employment": "complete"},
    }
