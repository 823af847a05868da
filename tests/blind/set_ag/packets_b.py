"""Packets p03-p04 of set_ag."""

import docs
import ids
import paper
from form import cerfa
from kit import (
    Packet,
    apost_es,
    bill,
    id_fields,
    style,
    vis,
    visa_fields,
)


def p03(out):
    """Argentina, employed (CDD), three Bouygues bills, titre de séjour card, Wise RIB."""
    pk = Packet(out, "p03", 303)
    r = pk.rng
    p = {
        "surname": "GONZALEZ FERREYRA",
        "given": "MARIA BELEN",
        "dob": "1998-01-27",
        "sex": "F",
        "nat": "ARG",
        "pob": "Córdoba",
        "pob_pass": "CORDOBA",
        "passport_no": "AAF482917",
        "pass_issue": "2024-07-12",
        "pass_exp": "2034-07-11",
        "skin": (205, 160, 130),
        "ts_no": "ZR4817263",
        "ts_exp": "2027-06-14",
    }
    st = style(
        "REPÚBLICA ARGENTINA",
        "MERCOSUR  -  PASAPORTE / PASSPORT",
        "ARGENTINA",
        "es",
        (30, 40, 70),
        (220, 230, 240),
        "RENAPER",
        "open",
        "openb",
    )
    pp, _ = ids.passport_page(p, r, st)
    pk.photo("pasaporte.jpg", pp, rot=270)
    pk.doc(
        "passport",
        "phone_photo",
        [("pasaporte.jpg", [1])],
        id_fields(p, p["passport_no"], p["pass_exp"]),
        "Photo rotated 270 degrees.",
    )
    fr, bk, _ = ids.card_front_back(
        "TS",
        p,
        r,
        {
            "ts_type": "CARTE DE SEJOUR TEMPORAIRE",
            "ts_rmk": "SALARIÉ",
            "back": [
                ("Adresse", "42 BD VOLTAIRE BAT B 75011 PARIS"),
                ("Lieu de naissance", "CORDOBA (ARGENTINE)"),
                ("Date de délivrance / Autorité", "15 06 2026 - PREFECTURE DE POLICE"),
                ("", "AUTORISE SON TITULAIRE A TRAVAILLER"),
            ],
        },
    )
    pk.photo("titre_sejour_recto.jpg", fr, cover=0.6)
    pk.photo("titre_sejour_verso.jpg", bk, cover=0.6)
    pk.doc(
        "residence_permit",
        "phone_photo",
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        id_fields(p, p["ts_no"], p["ts_exp"], iss="FRA"),
        "French titre de séjour, TD1 MRZ on the back; type 'carte de séjour temporaire — salarié'.",
    )
    holder = "María Belén GONZÁLEZ FERREYRA"
    bp = {"holder": holder, "addr_lines": ["42 boulevard Voltaire, Bât. B", "75011 Paris"]}
    addr = "42 boulevard Voltaire, Bât. B, 75011 Paris"
    bills = [
        bill(
            bp, "2026-08", "2026-08-04", "2026-08-01", "2026-08-31", "A26080471192", "29,99", "5,00"
        ),
        bill(
            bp,
            "2026-09",
            "2026-09-04",
            "2026-09-01",
            "2026-09-30",
            "A26090488310",
            "34,98",
            "5,83",
            ("Option Netflix (1er mois)", "4,99"),
        ),
        bill(
            bp, "2026-10", "2026-10-04", "2026-10-01", "2026-10-31", "A26100502377", "29,99", "5,00"
        ),
    ]
    names = ["Facture_Bbox_aout_2026.pdf", "IMG_4418.jpg", "Facture_Bbox_octobre_2026.pdf"]
    for b, fn in zip(bills, names):
        pg = paper.bouygues_bill(b, r)
        look = "phone_photo" if fn.endswith(".jpg") else "text_pdf"
        if look == "text_pdf":
            pk.text_pdf(fn, [pg], "Bouygues Telecom")
        else:
            pk.photo(fn, pg, rot=0)
        pk.doc(
            "utility_bill",
            look,
            [(fn, [1])],
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": holder,
                "address": addr,
                "issue_date": b["issue"],
                "period_start": b["start"],
                "period_end": b["end"],
                "amount": b["amount_txt"].replace(",", "."),
                "month": b["month"],
            },
            "Bbox fibre bill, one calendar month.",
        )
    siren, _ = ids.siret("51893027", "0014")
    c = {
        "employer": "LE COMPTOIR VOLTAIRE",
        "form": "SARL au capital de 10 000 €",
        "siren_txt": ids.grp(siren, 3),
        "emp_addr": "118 boulevard Voltaire, 75011 Paris",
        "rep": "M. Olivier Desmarais",
        "employee": "Mme María Belén GONZÁLEZ FERREYRA",
        "dob": p["dob"],
        "pob": "Córdoba",
        "addr": addr,
        "start": "2026-07-01",
        "end": "2026-12-31",
        "job": "serveuse",
        "gross": "1 850,00",
        "work_addr": "118 boulevard Voltaire, 75011 Paris",
        "signed": "2026-06-26",
    }
    pk.text_pdf("contrat_CDD_signe.pdf", paper.contract_cdd(c, r))
    pk.doc(
        "employment_contract",
        "text_pdf",
        [("contrat_CDD_signe.pdf", [1, 2])],
        {
            "employer": "LE COMPTOIR VOLTAIRE",
            "employee_name": "María Belén GONZÁLEZ FERREYRA",
            "contract_type": "CDD",
            "job_title": "serveuse",
            "start_date": "2026-07-01",
        },
        "CDD 2026-07-01 to 2026-12-31.",
    )
    iban = ids.iban_of("BE", ids.be_bban("967", "3841277"))
    rb = {
        "bank": "Wise",
        "title": "Account details — EUR",
        "color": (22, 51, 0),
        "l_holder": "Account holder",
        "holder": "María Belén González Ferreyra",
        "addr_lines": ["42 boulevard Voltaire", "75011 Paris, France"],
        "branch_lines": ["Wise", "Rue du Trône 100, 3rd floor", "Brussels 1050, Belgium"],
        "l_iban": "IBAN",
        "iban": iban,
        "l_bic": "Swift/BIC",
        "bic": "TRWIBEB1XXX",
        "font": "roboto",
        "fontb": "robotob",
        "note": "Use these details to receive euro payments (SEPA) to your Wise account. Wise "
        "is authorised by the National Bank of Belgium as a payment institution.",
    }
    pk.text_pdf("wise_account_details_EUR.pdf", [paper.rib(rb, r)], "Wise")
    pk.doc(
        "rib",
        "text_pdf",
        [("wise_account_details_EUR.pdf", [1])],
        {
            "holder_name": "María Belén González Ferreyra",
            "iban": iban,
            "bic": "TRWIBEB1XXX",
            "bank_name": "Wise",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Belgian SEPA IBAN: acceptable (information only).",
    )
    b = dict(
        p,
        surname_title="González Ferreyra",
        given_title="María Belén",
        pob_st="Provincia de Córdoba",
        father="Carlos Alberto González",
        mother="Silvia Inés Ferreyra",
        bc_tomo="2",
        bc_folio="187",
        bc_act="374",
        bc_reg="1998-02-03",
        bc_reg_day="tres",
        bc_officer="Graciela N. Peralta",
        bc_hour="06:40",
        bc_place_detail="el Hospital Materno Provincial",
        bc_issued="2026-04-16",
    )
    pk.scan("acta_nacimiento.jpg", docs.birth_spanish(b, r, "AR"), 200)
    pk.doc(
        "birth_certificate",
        "scan",
        [("acta_nacimiento.jpg", [1])],
        {
            "surname": "González Ferreyra",
            "given_names": "María Belén",
            "date_of_birth": p["dob"],
            "place_of_birth": "Córdoba",
            "issuing_country": "ARG",
            "language": "es",
            "has_apostille": True,
        },
        "Argentine acta de nacimiento.",
    )
    ap = docs.apostille(
        apost_es(
            country_txt="República Argentina",
            signer="Graciela N. Peralta",
            capacity="Jefa del Registro Civil",
            seal="Registro Civil de Córdoba",
            place="Buenos Aires",
            date_txt="22/04/2026",
            authority="Ministerio de Relaciones Exteriores",
            number="AR-5528173",
            stamp1="CANCILLERÍA",
            stamp2="APOSTILLA",
            stamp3="ARGENTINA",
            valx=72,
            font="lib",
            fontb="libb",
        ),
        r,
    )
    pk.text_pdf("apostilla_electronica.pdf", [ap], "Cancilleria Argentina")
    pk.doc(
        "apostille",
        "text_pdf",
        [("apostilla_electronica.pdf", [1])],
        {
            "country": "ARG",
            "issued_on": "2026-04-22",
            "number": "AR-5528173",
            "signed_by": "Ministerio de Relaciones Exteriores",
        },
        "E-apostille (PDF).",
    )
    a = {
        "surname": "GONZALEZ FERREYRA",
        "given": "MARIA BELEN",
        "sex": "F",
        "dob": p["dob"],
        "pob": "CORDOBA",
        "country": "ARGENTINE",
        "nationality": "ARGENTINE",
        "street": "42 BD VOLTAIRE BAT B",
        "cp": "75011",
        "city": "PARIS",
        "phone": "06 12 90 33 58",
        "email": "mbgonzalezf@hotmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "SERVEUSE",
        "job_since": "01/07/2026",
        "place": "Paris",
        "date_txt": "18/11/2026",
        "signed": True,
        "sig": "Belén González",
        "hfont": "breip",
    }
    f1, f2 = cerfa(a, "hand", r)
    pk.photo("IMG_4420.jpg", f1, rot=0)
    pk.photo("IMG_4421.jpg", f2, rot=90)
    pk.doc(
        "application_form",
        "phone_photo",
        [("IMG_4420.jpg", [1]), ("IMG_4421.jpg", [1])],
        {
            "surname": "GONZALEZ FERREYRA",
            "given_names": "MARIA BELEN",
            "date_of_birth": p["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-18",
            "nir": None,
        },
        "Hand-filled; page 2 photo rotated 90.",
    )
    pk.truth(
        "2026-11-25",
        True,
        {"surname": "GONZALEZ FERREYRA", "given_names": "MARIA BELEN", "date_of_birth": p["dob"]},
        {},
        None,
    )


def p04(out):
    """Venezuela, employed (CDI payslip), furnished lease; DEFECT: the VLS-TS has expired."""
    pk = Packet(out, "p04", 404)
    r = pk.rng
    p = {
        "surname": "RODRIGUEZ PACHECO",
        "given": "JOSE GREGORIO",
        "dob": "1987-08-09",
        "sex": "M",
        "nat": "VEN",
        "pob": "Maracaibo",
        "pob_pass": "MARACAIBO ZULIA",
        "passport_no": "158204736",
        "pass_issue": "2020-03-15",
        "pass_exp": "2030-03-14",
        "skin": (170, 125, 95),
    }
    st = style(
        "REPÚBLICA BOLIVARIANA DE VENEZUELA",
        "PASAPORTE / PASSPORT",
        "VENEZOLANA",
        "es",
        (110, 20, 30),
        (236, 226, 214),
        "SAIME",
        "carlito",
        "carlitob",
    )
    pp, _ = ids.passport_page(p, r, st)
    v = vis(
        {
            "number": "025930418",
            "from": "2025-09-15",
            "until": "2026-09-14",
            "issued": "2025-08-28",
            "place": "CARACAS",
            "days": "365",
            "page_no": 9,
            "category": "SALARIE",
            "remarks": ["VLS-TS SALARIE", "A VALIDER EN LIGNE DANS LES 3 MOIS SUIVANT L'ARRIVEE"],
        }
    )
    vp, _ = ids.visa_page(p, r, v)
    pk.image_pdf("passeport_visa.pdf", [pp, vp], 200)
    pk.doc(
        "passport",
        "image_pdf",
        [("passeport_visa.pdf", [1])],
        id_fields(p, p["passport_no"], p["pass_exp"]),
        "Scanner PDF holding passport + visa.",
    )
    pk.doc(
        "long_stay_visa",
        "image_pdf",
        [("passeport_visa.pdf", [2])],
        visa_fields(p, v),
        "VLS-TS valid 2025-09-15 to 2026-09-14: expired at the audit date.",
    )
    addr = "5 impasse des Mimosas, 31200 Toulouse"
    L = {
        "kind": "Logement meublé à usage de résidence principale",
        "landlord_txt": "Mme Hélène CASTAGNÉ, demeurant 19 rue Pharaon, 31000 Toulouse",
        "tenant_txt": "M. José Gregorio RODRÍGUEZ PACHECO, né le 09/08/1987 à Maracaibo "
        "(Venezuela)",
        "address": addr,
        "desc": "Studio meublé de 27 m² en rez-de-jardin, inventaire du mobilier annexé.",
        "start_txt": "1er octobre 2025",
        "duration": "un an",
        "rent": "520,00",
        "charges": "40,00",
        "deposit": "1 040,00",
        "dpe": "E",
        "city": "Toulouse",
        "signed": "2025-09-26",
        "landlord_sig": "H. Castagné",
        "tenant_sig": "José G. Rodríguez",
        "font": "lib",
        "fontb": "libb",
    }
    pk.image_pdf("bail.pdf", paper.lease(L, r), 150)
    pk.doc(
        "lease",
        "image_pdf",
        [("bail.pdf", [1, 2, 3])],
        {
            "tenant_names": ["José Gregorio RODRÍGUEZ PACHECO"],
            "landlord": "Hélène CASTAGNÉ",
            "address": addr,
            "start_date": "2025-10-01",
        },
        "Furnished lease, scanned, 150 dpi.",
    )
    siren, siret = ids.siret("79240618", "0027")
    s = {
        "employer": "OCCITANIE BÂTIMENT SERVICES",
        "emp_addr1": "7 chemin de la Flambère",
        "emp_addr2": "31300 TOULOUSE",
        "siret": siret,
        "naf": "4333Z",
        "ccn": "Bâtiment ouvriers (IDCC 1597)",
        "employee": "M. RODRIGUEZ PACHECO Jose Gregorio",
        "ee_addr1": "5 impasse des Mimosas",
        "ee_addr2": "31200 TOULOUSE",
        "matricule": "00213",
        "nir_txt": "",
        "job": "Plaquiste",
        "coef": "185",
        "hired": "2025-10-06",
        "contract": "CDI",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-11-03",
        "net_before": "1 742,10",
        "pas_rate": "0,0 %",
        "pas": "0,00",
        "net": "1 742,10",
        "font": "carlito",
        "fontb": "carlitob",
        "rows": [
            ("Salaire de base", "151,67", "14,5080", "2 200,44", ""),
            ("Indemnités de trajet et de panier", "", "", "+46,20", ""),
            ("SALAIRE BRUT", "", "", "2 246,64", ""),
            ("Santé", "2 200,44", "", "-31,10", "88,40"),
            ("Retraite", "2 200,44", "", "-249,52", "390,07"),
            ("Famille", "", "", "", "77,02"),
            ("CSG/CRDS", "2 162,00", "9,70", "-209,71", ""),
            ("Congés intempéries BTP", "", "", "", "31,92"),
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "-490,33", "587,41"),
        ],
    }
    pk.scan("bulletin_salaire_oct.jpg", paper.payslip(s, r), 150)
    pk.doc(
        "payslip",
        "scan",
        [("bulletin_salaire_oct.jpg", [1])],
        {
            "employer": "OCCITANIE BÂTIMENT SERVICES",
            "employee_name": "RODRIGUEZ PACHECO Jose Gregorio",
            "period": "2026-10",
            "net_pay": "1742.10",
            "siret": siret,
        },
        "Printed payslip scanned at 150 dpi.",
    )
    bban, key = ids.fr_bban("20041", "01016", "0528491K037")
    iban = ids.iban_of("FR", bban)
    rb = {
        "bank": "La Banque Postale",
        "title": "RELEVÉ D'IDENTITÉ BANCAIRE",
        "color": (0, 45, 110),
        "l_holder": "Intitulé du compte",
        "holder": "M RODRIGUEZ PACHECO JOSE GREGORIO",
        "addr_lines": ["5 IMPASSE DES MIMOSAS", "31200 TOULOUSE"],
        "branch_lines": [
            "LA BANQUE POSTALE",
            "CENTRE FINANCIER DE TOULOUSE",
            "31900 TOULOUSE CEDEX 9",
        ],
        "rib_parts": ["20041", "01016", "0528491K037", key],
        "l_iban": "IBAN",
        "iban": iban,
        "l_bic": "BIC",
        "bic": "PSSTFRPPTOU",
        "font": "open",
        "fontb": "openb",
        "note": "Ce relevé est destiné à être remis à vos créanciers ou débiteurs appelés à "
        "faire inscrire des opérations à votre compte (virements, prélèvements).",
    }
    pk.text_pdf("RIB_LBP.pdf", [paper.rib(rb, r)], "La Banque Postale")
    pk.doc(
        "rib",
        "text_pdf",
        [("RIB_LBP.pdf", [1])],
        {
            "holder_name": "RODRIGUEZ PACHECO JOSE GREGORIO",
            "iban": iban,
            "bic": "PSSTFRPPTOU",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Account number contains a letter (K).",
    )
    b = dict(
        p,
        surname_title="Rodríguez Pacheco",
        given_title="José Gregorio",
        pob_st="Estado Zulia",
        father="Gregorio Antonio Rodríguez",
        mother="Yelitza del Carmen Pacheco",
        bc_tomo="4",
        bc_folio="92",
        bc_act="1183",
        bc_reg="1987-08-21",
        bc_reg_day="veintiún",
        bc_officer="Nelson J. Urdaneta",
        bc_hour="14:15",
        bc_place_detail="el Hospital Universitario de Maracaibo",
        bc_issued="2025-05-30",
        bc_parish="Chiquinquirá, Municipio Maracaibo",
    )
    pk.photo("acta_nac.jpg", docs.birth_spanish(b, r, "VE"), rot=180)
    pk.doc(
        "birth_certificate",
        "phone_photo",
        [("acta_nac.jpg", [1])],
        {
            "surname": "Rodríguez Pacheco",
            "given_names": "José Gregorio",
            "date_of_birth": p["dob"],
            "place_of_birth": "Maracaibo",
            "issuing_country": "VEN",
            "language": "es",
            "has_apostille": True,
        },
        "Photo upside down (180).",
    )
    ap = docs.apostille(
        apost_es(
            country_txt="República Bolivariana de Venezuela",
            signer="Nelson J. Urdaneta",
            capacity="Registrador Civil",
            seal="Registro Civil Parroquia Chiquinquirá",
            place="Caracas",
            date_txt="12/06/2025",
            authority="Ministerio del Poder Popular para Relaciones Exteriores",
            number="VE-2025-00938416",
            stamp1="MPPRE",
            stamp2="APOSTILLA",
            stamp3="CARACAS",
            valx=72,
            font="serif",
            fontb="serifb",
        ),
        r,
    )
    pk.photo("apostilla.jpg", ap, rot=0)
    pk.doc(
        "apostille",
        "phone_photo",
        [("apostilla.jpg", [1])],
        {
            "country": "VEN",
            "issued_on": "2025-06-12",
            "number": "VE-2025-00938416",
            "signed_by": "Ministerio del Poder Popular para Relaciones Exteriores",
        },
    )
    a = {
        "surname": "RODRIGUEZ PACHECO",
        "given": "JOSE GREGORIO",
        "sex": "M",
        "dob": p["dob"],
        "pob": "MARACAIBO",
        "country": "VENEZUELA",
        "nationality": "VENEZUELIENNE",
        "street": "5 IMPASSE DES MIMOSAS",
        "cp": "31200",
        "city": "TOULOUSE",
        "phone": "07 53 18 66 04",
        "email": "josegrp87@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "PLAQUISTE",
        "job_since": "06/10/2025",
        "place": "Toulouse",
        "date_txt": "21/11/2026",
        "signed": True,
        "sig": "JoseG Rodriguez",
    }
    pk.image_pdf("formulaire_cpam.pdf", cerfa(a, "typed", r), 200)
    pk.doc(
        "application_form",
        "image_pdf",
        [("formulaire_cpam.pdf", [1, 2])],
        {
            "surname": "RODRIGUEZ PACHECO",
            "given_names": "JOSE GREGORIO",
            "date_of_birth": p["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-21",
            "nir": None,
        },
        "Typed, printed, dated and signed by hand.",
    )
    pk.truth(
        "2026-11-27",
        True,
        {"surname": "RODRIGUEZ PACHECO", "given_names": "JOSE GREGORIO", "date_of_birth": p["dob"]},
        {"residence_status": "invalid"},
        "residence_status: the only residence document, a VLS-TS salarié, expired on "
        "2026-09-14 (audit 2026-11-27); no titre de séjour or récépissé in the packet",
    )
