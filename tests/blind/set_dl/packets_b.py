"""Packets p03 (Nigeria, hosted) and p04 (Venezuela)."""

from checks import fr_iban, iban_ok, make_iban
from docs_civil import nigeria, venezuela
from docs_form import form
from docs_id import cni, passport, permit, visa_page
from docs_paper import apostille, attestation, contract, lease, payslip, rib_page, rib_screen
from packets import ALL_OK, PP_LABELS, bill, form_fields, id_fields, rows_pay


# ------------------------------------------------------------------ p03 Nigeria (hosted)
def p03(o):
    a = {
        "surname_print": "OKONKWO",
        "given_print": "CHUKWUEMEKA DANIEL",
        "mrz_surname": "OKONKWO",
        "mrz_given": "CHUKWUEMEKA DANIEL",
        "dob": "1995-02-11",
        "sex": "M",
        "nat": "NGA",
        "pob_print": "ENUGU",
    }
    pp = {
        "country": "NGA",
        "number": "B04512387",
        "expiry": "2030-05-06",
        "issued": "2020-05-07",
        "nat_print": "NIGERIAN",
    }
    pg, _ = passport(a, pp, (222, 236, 226), "FEDERAL REPUBLIC OF NIGERIA  PASSPORT", PP_LABELS)
    o.photo("WhatsApp Image 2026-11-10 at 09.14.02.jpeg", pg, rot=180, card=True, dpi=400)
    o.add(
        [("WhatsApp Image 2026-11-10 at 09.14.02.jpeg", [1])],
        "passport",
        "phone_photo",
        id_fields(a, pp["number"], "NGA", pp["expiry"]),
        "photo upside down (180°)",
    )
    v = {
        "number": "D61830472",
        "from": "2026-06-20",
        "until": "2027-06-19",
        "days": 365,
        "place": "LAGOS",
        "issued": "2026-06-02",
        "pp": pp["number"],
        "remarks": "VLS-TS VISITEUR  /  CESEDA R.431-16",
    }
    vp, _ = visa_page(a, v, (230, 236, 230))
    o.scan("visa.jpg", vp, 300)
    fv = id_fields(a, v["number"], "FRA", v["until"])
    fv.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "visiteur",
            "valid_from": v["from"],
            "valid_until": v["until"],
        }
    )
    o.add([("visa.jpg", [1])], "long_stay_visa", "scan", fv)
    b = {
        "cert_no": "EN/0217/95/004518",
        "centre": "ENU-0217",
        "surname": "OKONKWO",
        "first": "CHUKWUEMEKA",
        "other": "DANIEL",
        "dob": a["dob"],
        "pob": "Parklane Hospital, Enugu",
        "lga": "Enugu North / Enugu State",
        "father": "Ikechukwu OKONKWO",
        "mother": "Ngozi OKONKWO (née EZE)",
        "reg": "1995-03-02",
    }
    ap = {
        "country": "NIGERIA",
        "doc_signer": "A. O. Nwankwo",
        "doc_capacity": "Registrar, NPC",
        "doc_seal": "National Population Commission",
        "place": "Abuja",
        "issued": "2026-04-21",
        "by": "Federal Ministry of Foreign Affairs",
        "number": "NG-APS-2026-031877",
    }
    o.img_pdf("birth_cert_apostille.pdf", [nigeria(b), apostille(ap)])
    o.add(
        [("birth_cert_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "OKONKWO",
            "given_names": "CHUKWUEMEKA DANIEL",
            "date_of_birth": a["dob"],
            "place_of_birth": "Parklane Hospital, Enugu",
            "issuing_country": "NGA",
            "language": "en",
            "has_apostille": True,
        },
        "NPC birth certificate",
    )
    o.add(
        [("birth_cert_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "NIGERIA",
            "issued_on": ap["issued"],
            "number": ap["number"],
            "signed_by": ap["by"],
        },
    )
    host = {
        "surname": "MERCIER-DUVAL",
        "given": "JULIEN",
        "sex": "M",
        "dob": "1989-12-03",
        "number": "X4RTBPFW4",
        "expiry": "2032-03-14",
        "pob": "ROUEN (76)",
        "address": "8 ALLÉE DES TILLEULS 93200 SAINT-DENIS",
    }
    hf, hb, _ = cni(host)
    o.photo("cni_julien_recto.jpg", hf, card=True, dpi=600)
    o.photo("cni_julien_verso.jpg", hb, card=True, dpi=600)
    o.add(
        [("cni_julien_recto.jpg", [1]), ("cni_julien_verso.jpg", [1])],
        "national_id",
        "phone_photo",
        {
            "surname": host["surname"],
            "given_names": host["given"],
            "document_number": host["number"],
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": host["dob"],
            "sex": "M",
            "expiry_date": host["expiry"],
            "mrz_valid": True,
        },
        "the host's ID card",
    )
    addr = ["8 allée des Tilleuls", "93200 Saint-Denis"]
    for i, m in enumerate(["2026-08", "2026-09", "2026-10"]):
        bill(
            o,
            f"TotalEnergies_facture_{m.replace('-', '')}.pdf",
            "text_pdf",
            "elec",
            "M. Julien MERCIER-DUVAL",
            addr,
            m,
            ["61,40", "58,95", "66,10"][i],
            31 + i,
            brand="TotalEnergies",
            color=(230, 40, 40),
            tag="Électricité et gaz",
            service_title="Facture d'électricité – Offre Essentielle",
            legal="TotalEnergies Électricité et Gaz France – SA – 2 bis rue Louis Armand "
            "75015 Paris – RCS Paris 478 733 319.",
        )
    o.docs[-3]["notes"] = o.docs[-2]["notes"] = o.docs[-1]["notes"] = "host's bill"
    at = {
        "body": "Je soussigné Julien MERCIER-DUVAL, né le 03/12/1989 à Rouen (76), demeurant "
        "8 allée des Tilleuls, 93200 Saint-Denis, atteste sur l'honneur héberger à mon domicile, "
        "à titre gratuit, M. Chukwuemeka Daniel OKONKWO, né le 11/02/1995 à Enugu (Nigeria), "
        "depuis le 25/06/2026. Je joins la copie de ma carte d'identité et trois factures "
        "d'électricité à mon nom. J'ai connaissance des sanctions prévues par l'article 441-7 "
        "du code pénal en cas de fausse attestation.",
        "city": "Saint-Denis",
        "signed_on": "2026-11-02",
        "signed": False,
        "seed": 3401,
    }
    o.img_pdf("attestation_hebergement.pdf", [attestation(at)])
    o.add(
        [("attestation_hebergement.pdf", [1])],
        "hosting_attestation",
        "image_pdf",
        {
            "host_name": "Julien MERCIER-DUVAL",
            "hosted_name": "Chukwuemeka Daniel OKONKWO",
            "address": "8 allée des Tilleuls, 93200 Saint-Denis",
            "since_date": "2026-06-25",
            "signed_on": "2026-11-02",
            "signed": False,
        },
        "DEFECT: typed attestation printed and never signed by the host (box empty)",
    )
    iban = make_iban("DE", "100110012626431578")
    assert iban_ok(iban)
    r = {
        "bank": "N26",
        "screen_title": "Coordonnées bancaires",
        "holder_print": "Chukwuemeka Daniel Okonkwo",
        "iban": iban,
        "bic": "NTSBDEB1XXX",
        "branch": "N26 Bank AG, Berlin",
    }
    o.png("Screenshot_20261109-203311.png", rib_screen(r))
    o.add(
        [("Screenshot_20261109-203311.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Chukwuemeka Daniel Okonkwo",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "German SEPA IBAN: acceptable (information only)",
    )
    f = {
        "run": 0,
        "fill": "typed",
        "seed": 3500,
        "surname": "OKONKWO",
        "given": "Chukwuemeka Daniel",
        "sex": "M",
        "dob": a["dob"],
        "pob": "Enugu, Nigeria",
        "nat": "nigériane",
        "address": "chez M. Mercier-Duval, 8 allée des Tilleuls",
        "cp_commune": "93200 Saint-Denis",
        "contact": "06 12 55 80 47",
        "situation": "sans_activite",
        "place": "Saint-Denis",
        "date_text": "04/11/2026",
        "signed": True,
        "signed_on": "2026-11-04",
    }
    o.text_pdf("S1106_rempli.pdf", list(form(f)), "Demande d'ouverture des droits")
    o.add(
        [("S1106_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(a, f, "not_employed"),
        "typed on screen, signature image pasted",
    )
    req = dict(ALL_OK, employment="not_applicable", residence_proof="invalid")
    return {
        "as_of": "2026-11-20",
        "employed": False,
        "requirements": req,
        "defect": "attestation d'hébergement not signed by the host (residence_proof invalid)",
        "applicant": {
            "surname": "OKONKWO",
            "given_names": "CHUKWUEMEKA DANIEL",
            "date_of_birth": a["dob"],
        },
    }


# ------------------------------------------------------------------ p04 Venezuela
def p04(o):
    a = {
        "surname_print": "RAMÍREZ MÁRQUEZ",
        "given_print": "JOSÉ GREGORIO",
        "mrz_surname": "RAMIREZ<MARQUEZ",
        "mrz_given": "JOSE GREGORIO",
        "dob": "1988-10-05",
        "sex": "M",
        "nat": "VEN",
        "pob_print": "MARACAIBO",
    }
    pp = {
        "country": "VEN",
        "number": "158392046",
        "expiry": "2034-03-11",
        "issued": "2024-03-12",
        "nat_print": "VENEZOLANA",
    }
    labels = [
        "Tipo / Código / Pasaporte N°",
        "Apellidos / Surname",
        "Nombres / Given names",
        "Nacionalidad",
        "Fecha de nacimiento",
        "Sexo / Lugar de nacimiento",
        "Fecha de expedición",
        "Fecha de vencimiento",
    ]
    pg, _ = passport(
        a, pp, (240, 226, 214), "REPÚBLICA BOLIVARIANA DE VENEZUELA  PASAPORTE", labels
    )
    o.img_pdf("pasaporte_nuevo.pdf", [pg], 300)
    o.add(
        [("pasaporte_nuevo.pdf", [1])],
        "passport",
        "image_pdf",
        id_fields(a, pp["number"], "VEN", pp["expiry"]),
        "new passport issued 2024",
    )
    t = {
        "number": "G8N2W5Q31",
        "until": "2027-02-09",
        "issued": "2026-02-10",
        "title": "CARTE DE SÉJOUR TEMPORAIRE — SALARIÉ",
        "remarks": "SALARIÉ",
        "address": "14 RUE DES CARMES 31000 TOULOUSE",
        "pref": "PRÉFECTURE DE LA HAUTE-GARONNE",
    }
    fr, bk, _ = permit(a, t, (220, 230, 236))
    o.photo("IMG_20261112_090102.jpg", fr, card=True, dpi=600)
    o.photo("IMG_20261112_090118.jpg", bk, rot=90, card=True, dpi=600)
    o.add(
        [("IMG_20261112_090102.jpg", [1]), ("IMG_20261112_090118.jpg", [1])],
        "residence_permit",
        "phone_photo",
        id_fields(a, t["number"], "FRA", t["until"]),
        "back photo rotated 90°",
    )
    b = {
        "office": "Registro Civil de la Parroquia Olegario Villalobos, Maracaibo, Zulia",
        "acta": "1.874",
        "tomo": "4 / 112",
        "city": "Maracaibo",
        "reg_words": "veinte días del mes de octubre de mil novecientos ochenta y ocho",
        "registrar": "Carmen Elena Urdaneta",
        "father": "Luis Alberto Ramírez Soto",
        "mother": "María Auxiliadora Márquez de Ramírez",
        "given": "José Gregorio",
        "surnames": "Ramírez Márquez",
        "dob": a["dob"],
        "pob": "Maracaibo, estado Zulia",
        "issued": "2025-11-03",
    }
    ap = {
        "country": "VENEZUELA",
        "doc_signer": "Carmen Elena Urdaneta",
        "doc_capacity": "Registradora Civil",
        "doc_seal": "Registro Civil Olegario Villalobos",
        "place": "Caracas",
        "issued": "2025-11-20",
        "by": "Ministerio del Poder Popular para Relaciones Exteriores",
        "number": "VE-2025-1173394",
    }
    o.scan("acta_nacimiento.jpg", venezuela(b), 200)
    o.img_pdf("apostilla.pdf", [apostille(ap, "APOSTILLE / APOSTILLA")])
    o.add(
        [("acta_nacimiento.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "Ramírez Márquez",
            "given_names": "José Gregorio",
            "date_of_birth": a["dob"],
            "place_of_birth": "Maracaibo, estado Zulia",
            "issuing_country": "VEN",
            "language": "es",
            "has_apostille": True,
        },
    )
    o.add(
        [("apostilla.pdf", [1])],
        "apostille",
        "image_pdf",
        {
            "country": "VENEZUELA",
            "issued_on": ap["issued"],
            "number": ap["number"],
            "signed_by": ap["by"],
        },
    )
    ls = {
        "landlord": "M. Bernard Castaing",
        "landlord_addr": "6 rue Ozenne, 31000 Toulouse",
        "tenants_print": ["José Gregorio RAMÍREZ MÁRQUEZ"],
        "address": "14 rue des Carmes, 31000 Toulouse, 2e étage",
        "kind": "T1 bis",
        "surface": "29 m²",
        "start": "2026-03-01",
        "duration": "3 ans",
        "rent": "560,00 €",
        "charges": "40,00 €",
        "deposit": "560,00 €",
        "city": "Toulouse",
        "signed_on": "2026-02-24",
        "seed": 4101,
    }
    o.text_pdf("Bail_14_rue_des_Carmes.pdf", lease(ls), "Bail", "Agence")
    o.add(
        [("Bail_14_rue_des_Carmes.pdf", [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ls["tenants_print"],
            "landlord": "Bernard Castaing",
            "address": "14 rue des Carmes, 31000 Toulouse",
            "start_date": ls["start"],
        },
    )
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "subtitle": "Convention collective des transports routiers et activités auxiliaires",
        "employer_par": "La société OCCITANIE LOGISTIQUE SERVICES, SAS, SIRET 790 218 446 00035, "
        "ZI de Montaudran, 31400 Toulouse, représentée par Mme Sophie Lagarde, DRH,",
        "employee_par": "M. José Gregorio RAMÍREZ MÁRQUEZ, né le 05/10/1988 à Maracaibo "
        "(Venezuela), demeurant 14 rue des Carmes, 31000 Toulouse,",
        "articles": [
            (
                "Article 1 – Engagement",
                (
                    "Le salarié est engagé à durée indéterminée à "
                    "compter du 16/02/2026 en qualité de technicien de maintenance."
                ),
            ),
            ("Article 2 – Rémunération", "Salaire brut mensuel : 2 380,00 €."),
            ("Article 3 – Période d'essai", "Deux mois, renouvelable une fois."),
        ],
        "city": "Toulouse",
        "signed_on": "2026-02-12",
        "seed": 4201,
    }
    o.text_pdf("contrat_CDI.pdf", [contract(c)], "Contrat CDI")
    o.add(
        [("contrat_CDI.pdf", [1])],
        "employment_contract",
        "text_pdf",
        {
            "employer": "OCCITANIE LOGISTIQUE SERVICES",
            "employee_name": "José Gregorio RAMÍREZ MÁRQUEZ",
            "contract_type": "CDI",
            "job_title": "technicien de maintenance",
            "start_date": "2026-02-16",
        },
    )
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": "OCCITANIE LOGISTIQUE SERVICES",
        "emp_addr": "ZI de Montaudran 31400 Toulouse",
        "siret": "790 218 446 00035",
        "naf": "5229A",
        "employee_print": "M. RAMIREZ MARQUEZ JOSE GREGORIO",
        "addr1": "14 rue des Carmes",
        "addr2": "31000 TOULOUSE",
        "job": "Technicien de maintenance",
        "entry": "2026-02-16",
        "ccn": "Transports routiers (IDCC 16)",
        "rows": rows_pay("2 380,00", "1 861,52"),
        "net": "1 861,52",
        "paid": "2026-10-30",
    }
    o.text_pdf("BS_2026_10.pdf", [payslip(s)], "Bulletin de salaire", "PayFit")
    o.add(
        [("BS_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": s["employer"],
            "employee_name": "RAMIREZ MARQUEZ JOSE GREGORIO",
            "period": "2026-10",
            "net_pay": "1861.52",
            "siret": "79021844600035",
        },
    )
    iban, key = fr_iban("30003", "02173", "00050471829")
    r = {
        "bank": "SOCIETE GENERALE",
        "color": (200, 0, 30),
        "holder_print": "M RAMIREZ MARQUEZ JOSE GREGORIO",
        "addr_lines": ["14 RUE DES CARMES", "31000 TOULOUSE"],
        "iban": iban,
        "iban_valid": True,
        "bic": "SOGEFRPP",
        "branch": "SG TOULOUSE CARMES",
        "rib": ["30003", "02173", "00050471829", key],
    }
    o.img_pdf("RIB_SG.pdf", [rib_page(r)])
    o.add(
        [("RIB_SG.pdf", [1])],
        "rib",
        "image_pdf",
        {
            "holder_name": "RAMIREZ MARQUEZ JOSE GREGORIO",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    f = {
        "run": 1,
        "fill": "hand",
        "hand": "hand2",
        "seed": 4300,
        "surname": "Ramírez Márquez",
        "given": "José Gregorio",
        "sex": "M",
        "dob": a["dob"],
        "pob": "Maracaibo, Venezuela",
        "nat": "vénézuélienne",
        "address": "14 rue des Carmes",
        "cp_commune": "31000 Toulouse",
        "contact": "07 81 40 63 25",
        "situation": "salarie",
        "contract": "CDI",
        "place": "Toulouse",
        "date_text": "10/29/2026",
        "signed": True,
        "signed_on": "2026-10-29",
    }
    p1, p2 = form(f)
    o.photo("IMG_20261112_085540.jpg", p1)
    o.photo("IMG_20261112_085611.jpg", p2, rot=270)
    fd = form_fields(a, f, "employed")
    o.add(
        [("IMG_20261112_085540.jpg", [1]), ("IMG_20261112_085611.jpg", [1])],
        "application_form",
        "phone_photo",
        fd,
        "DEFECT: dated '10/29/2026' (MM/DD/YYYY, month 29 impossible as DD/MM); page 2 rotated",
    )
    req = dict(ALL_OK, application_form="invalid")
    return {
        "as_of": "2026-11-27",
        "employed": True,
        "requirements": req,
        "defect": "application form dated in US format 10/29/2026 (not DD/MM/YYYY): "
        "application_form invalid",
        "applicant": {
            "surname": "RAMIREZ MARQUEZ",
            "given_names": "JOSE GREGORIO",
            "date_of_birth": a["dob"],
        },
    }
