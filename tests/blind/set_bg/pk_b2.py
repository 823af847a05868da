"""p04: Peru, student, own lease; defect: the VLS-TS expired before the audit date."""

import checks
import civil
import form
import frdocs
import ids
from checks import yymmdd
from pk_a import REQ_OK, _pp_fields


def p04_rest(P, visa):
    sur, giv, dob = "QUISPE HUAMAN", "ROSA ELENA", "1996-01-23"
    num, exp = "120457893", "2031-03-14"
    dni = "45871236"
    mrz = checks.td3("P", "PER", sur, giv, num, "PER", yymmdd(dob), "F", yymmdd(exp), dni)
    skin = (141, 98, 70)
    pp = {
        "bg": (244, 236, 236),
        "ink": (225, 195, 195),
        "title": (150, 20, 30),
        "sex": "F",
        "skin": skin,
        "mrz": mrz,
        "header": ["REPÚBLICA DEL PERÚ", "PASAPORTE / PASSPORT"],
        "rows": [
            ("Tipo / Type", "P"),
            ("Código / Code", "PER"),
            ("!Apellidos / Surname", "QUISPE HUAMÁN"),
            ("!Nombres / Given names", "ROSA ELENA"),
            ("Nacionalidad / Nationality", "PERUANA"),
            ("N° Pasaporte", num),
            ("Fecha de nacimiento / Date of birth", "23 ENE/JAN 1996"),
            ("Sexo / Sex", "F"),
            ("Lugar de nacimiento", "CUSCO - PERÚ"),
            ("DNI", dni),
            ("Fecha de emisión / Date of issue", "15 MAR/MAR 2021"),
            ("Fecha de caducidad / Date of expiry", "14 MAR/MAR 2031"),
        ],
    }
    f = P.photo("IMG_2318.jpg", ids.passport_page(pp, P.r("pp")), "pp4", dpi=300, fill=0.8)
    fields = _pp_fields("QUISPE HUAMÁN", giv, num, "PER", "PER", dob, "F", exp, mrz)
    P.add(f, "passport", "phone_photo", fields)
    visa(
        P,
        "visa_etudiant.jpg",
        "scan",
        sur,
        giv,
        dob,
        "F",
        skin,
        "PER",
        num,
        "063154270",
        "2025-10-20",
        "2026-10-19",
        "LIMA",
        "2025-09-29",
        "VLS-TS ETUDIANT",
        "",
        "ETUDIANT",
        "vs4",
    )
    P.docs[-1]["notes"] = "EXPIRED on 2026-10-19, before the audit date (the packet's defect)"
    b = {
        "dni": dni,
        "acta_no": "60481273",
        "sections": [
            (
                "DATOS DEL NACIDO",
                [
                    ("Apellido paterno", "QUISPE"),
                    ("Apellido materno", "HUAMÁN"),
                    ("Prenombres", "ROSA ELENA"),
                    ("Sexo", "FEMENINO"),
                    ("Fecha de nacimiento", "23/01/1996"),
                    ("Hora", "06:40"),
                    ("Lugar de nacimiento", "HOSPITAL REGIONAL DEL CUSCO"),
                    ("Distrito / Provincia / Dpto.", "CUSCO / CUSCO / CUSCO"),
                ],
            ),
            (
                "DATOS DE LOS PADRES",
                [
                    ("Padre", "QUISPE MAMANI, JULIO CÉSAR"),
                    ("DNI padre", "23987451"),
                    ("Madre", "HUAMÁN CCAHUANA, MARÍA LUZ"),
                    ("DNI madre", "24015633"),
                ],
            ),
            (
                "DATOS DEL REGISTRO",
                [
                    ("Oficina de registro", "MUNICIPALIDAD PROVINCIAL DEL CUSCO"),
                    ("Fecha de inscripción", "02/02/1996"),
                ],
            ),
        ],
        "cert_text": "CERTIFICO: Que la presente es copia fiel del acta que obra en los "
        "registros del Registro Nacional de Identificación y Estado Civil. Cusco, 11 de marzo "
        "de 2025.",
        "registrar": "Lic. Carmen R. Villafuerte Paz",
    }
    f = P.scan("acta_nacimiento.jpg", civil.peru_birth(b, P.r("bc")), "bc4", dpi=200)
    P.add(
        f,
        "birth_certificate",
        "scan",
        {
            "surname": "QUISPE HUAMÁN",
            "given_names": "ROSA ELENA",
            "date_of_birth": dob,
            "place_of_birth": "CUSCO",
            "issuing_country": "PER",
            "language": "es",
            "has_apostille": True,
        },
        "certified copy issued by RENIEC",
    )
    a = {
        "items": [
            ("País:", "PERÚ"),
            ("El presente documento público", ""),
            ("ha sido firmado por:", "CARMEN ROSA VILLAFUERTE PAZ"),
            ("quien actúa en calidad de:", "REGISTRADOR CIVIL - RENIEC"),
            ("y está revestido del sello de:", "RENIEC"),
            ("Certificado en:", "LIMA"),
            ("el día:", "18/03/2025"),
            ("por:", "MINISTERIO DE RELACIONES EXTERIORES"),
            ("bajo el número:", "25-0318-114572"),
            ("Sello / timbre:", "Firma digital"),
        ]
    }
    a["verify"] = (
        "Verifique la autenticidad de esta apostilla en "
        "https://www.rree.gob.pe/apostilla con el código 25-0318-114572."
    )
    f = P.scan("apostilla.jpg", civil.peru_apostille(a, P.r("ap")), "ap4", dpi=200)
    P.add(
        f,
        "apostille",
        "scan",
        {
            "country": "Peru",
            "issued_on": "2025-03-18",
            "number": "25-0318-114572",
            "signed_by": "Ministerio de Relaciones Exteriores",
        },
    )
    t = {
        "head": [
            "Lucía MORENO-DUPUY",
            "Traductrice assermentée près la Cour d'appel de Toulouse",
            "Espagnol - Français",
        ],
        "from_lang": "espagnol",
        "body": [
            "[Logo] REGISTRE NATIONAL D'IDENTIFICATION ET D'ÉTAT CIVIL - RENIEC - PÉROU",
            "ACTE DE NAISSANCE n° 60481273",
            "Nom paternel : QUISPE",
            "Nom maternel : HUAMÁN",
            "Prénoms : ROSA ELENA",
            "Sexe : féminin",
            "Date de naissance : 23/01/1996",
            "Lieu de naissance : Hôpital régional de Cusco, Cusco (Pérou)",
            "Père : QUISPE MAMANI, Julio César",
            "Mère : HUAMÁN CCAHUANA, María Luz",
            "[Apostille n° 25-0318-114572 du 18/03/2025, Ministère des Relations "
            "extérieures du Pérou]",
        ],
        "cert": "Traduction certifiée conforme à l'original en langue espagnole. Toulouse, le "
        "14/11/2025. Enregistrée sous le n° LMD-25-301.",
        "stamp_top": "LUCIA MORENO-DUPUY",
        "stamp_bottom": "COUR D'APPEL DE TOULOUSE",
        "stamp_mid": ["TRADUCTRICE", "EXPERT", "ESPAGNOL"],
        "translator": "L. Moreno-Dupuy",
        "ref": "LMD-25-301",
    }
    f = P.image_pdf("traduccion_acta.pdf", civil.translation(t, P.r("tr")), "tr4")
    P.add(
        f,
        "translation",
        "image_pdf",
        {
            "surname": "QUISPE HUAMÁN",
            "given_names": "ROSA ELENA",
            "date_of_birth": dob,
            "place_of_birth": "Cusco",
            "issuing_country": "PER",
            "language": "fr",
        },
    )
    addr = "23 rue Saint-Rome, 31000 Toulouse"
    L = {
        "landlord": "Mme Sylvie Carrère",
        "landlord_addr": "16 avenue de Lombez, 31300 Toulouse",
        "tenants_print": "Mme QUISPE HUAMÁN Rosa Elena",
        "address": addr,
        "desc": "studio meublé de 22 m², 4e étage.",
        "start_date": "2025-11-01",
        "signed_on": "2025-10-27",
        "city": "Toulouse",
        "rent": 520.0,
        "charges": 40.0,
        "clauses": [
            "VII. CLAUSE RÉSOLUTOIRE — Le bail sera résilié de plein droit à défaut de "
            "paiement du loyer deux mois après un commandement de payer."
        ],
    }
    f = P.text_pdf("Bail_QUISPE_signe.pdf", frdocs.lease(L, P.r("ls")), "Contrat de location")
    P.add(
        f,
        "lease",
        "text_pdf",
        {
            "tenant_names": ["QUISPE HUAMÁN Rosa Elena"],
            "landlord": "Sylvie Carrère",
            "address": addr,
            "start_date": "2025-11-01",
        },
    )
    iban, key = checks.fr_iban("30004", "03120", "00010517348")
    r = {
        "holder_lines": ["MLLE QUISPE HUAMAN ROSA ELENA", "23 RUE SAINT-ROME", "31000 TOULOUSE"],
        "branch_lines": [
            "BNP PARIBAS TOULOUSE CAPITOLE",
            "1 RUE DU POIDS DE L'HUILE",
            "31000 TOULOUSE",
        ],
        "bank": "30004",
        "branch": "03120",
        "account": "00010517348",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
    }
    f = P.text_pdf("RIB.pdf", [frdocs.rib_bnp(r, P.r("rib"))])
    P.add(
        f,
        "rib",
        "text_pdf",
        {
            "holder_name": "MLLE QUISPE HUAMAN ROSA ELENA",
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    v = {
        "fill": "hand",
        "hand_font": "h_ecolier",
        "surname": "QUISPE HUAMAN",
        "given": "Rosa Elena",
        "sex": "F",
        "dob": dob,
        "pob": "Cusco, Pérou",
        "nat": "péruvienne",
        "addr1": "23 rue Saint-Rome",
        "addr2": "31000 Toulouse",
        "tel": "07 81 30 62 14",
        "email": "rosaelena.qh@hotmail.com",
        "situation": ["etudiant"],
        "place": "Toulouse",
        "date_text": "24/11/2026",
        "signed": True,
        "date_hand": True,
        "ink": (10, 10, 10),
    }
    f = P.scan("formulaire_cpam.jpg", form.page1(v, P.r("f1"), 1), "fh1", dpi=200)
    f2 = P.scan("formulaire_cpam_2.jpg", form.page2(v, P.r("f2"), 1), "fh2", dpi=200)
    P.add(
        f + f2,
        "application_form",
        "scan",
        {
            "surname": "QUISPE HUAMAN",
            "given_names": "Rosa Elena",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-24",
            "nir": None,
        },
        "filled by hand in black ink; situation: étudiante",
    )
    req = dict(REQ_OK)
    req["employment"] = "not_applicable"
    req["residence_status"] = "invalid"
    return {
        "as_of": "2026-11-30",
        "employed": False,
        "status": "incomplete",
        "requirements": req,
        "defect": "the VLS-TS (étudiant) expired on 2026-10-19, before the audit date",
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
    }
