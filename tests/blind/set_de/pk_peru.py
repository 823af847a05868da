"""p04: applicant from Peru, lease, CDI; the one defect: a type C visa."""

import civil
import ids
import money
from common import (
    check_mrz,
    fmt_date,
    form_fields,
    id_fields,
    kit_page_with,
    person,
    rib_fields,
    siren_siret,
    visa,
)


# ===================================================================== p04 Peru
def p04(pk):
    a = {
        "form_surname": "HUAMÁN CÁCERES",
        "form_given": "Jorge Luis",
        "dob": "1990-06-22",
        "pob_form": "Arequipa, Pérou",
        "nat_word": "Péruvienne",
        "street": "5 impasse du Moulin, appt 4",
        "zip": "31400",
        "city": "Toulouse",
        "phone": "06 22 71 90 48",
        "email": "jl.huaman.caceres@outlook.com",
        "job": "Développeur logiciel",
        "contract": "CDI",
        "form_place": "Toulouse",
        "form_date": "2026-11-25",
    }
    p = person("HUAMÁN CÁCERES", "JORGE LUIS", "1990-06-22", "M", "PER", "121845307")
    skin = (165, 120, 85)
    pg = civil.s1106(a, pk.rng, False, "employed", "courier")
    f = pk.image_pdf("solicitud_cpam_firmada.pdf", pg)
    pk.doc(
        "application_form",
        "image_pdf",
        [(f, [1, 2])],
        form_fields(a, "employed"),
        "typed, printed, signed by hand and scanned",
    )
    mrz = check_mrz(
        ids.td3(
            "PER",
            "HUAMAN CACERES",
            "JORGE LUIS",
            p["number"],
            "PER",
            p["date_of_birth"],
            "M",
            "2032-10-03",
            "29654817",
        )
    )
    sp = {
        "header": "REPÚBLICA DEL PERÚ",
        "doc_title": "PASAPORTE / PASSPORT",
        "band": (160, 20, 30),
        "bg": (242, 238, 232),
        "gcolor": (230, 210, 205),
        "skin": skin,
        "mrz": mrz,
        "rows": [
            [
                ("Tipo / Type", "P", 1),
                ("Código / Code", "PER", 2),
                ("Pasaporte N° / Passport No.", p["number"], 3),
            ],
            [("Apellidos / Surname", "HUAMÁN CÁCERES", 1)],
            [("Nombres / Given names", "JORGE LUIS", 1)],
            [("Nacionalidad / Nationality", "PERUANA", 1), ("Sexo / Sex", "M", 3)],
            [
                ("Fecha de nacimiento / Date of birth", fmt_date("1990-06-22", "en"), 1),
                ("Lugar de nacimiento", "AREQUIPA", 3),
            ],
            [
                ("Fecha de emisión / Date of issue", fmt_date("2022-10-03", "en"), 1),
                ("Fecha de caducidad / Expiry", fmt_date("2032-10-03", "en"), 3),
            ],
            [("Autoridad / Authority", "SUPERINTENDENCIA NACIONAL DE MIGRACIONES", 1)],
        ],
    }
    f = pk.card_scan("pasaporte.jpg", [ids.passport_page(sp, pk.rng)], dpi=300)
    pk.doc(
        "passport",
        "scan",
        [(f, [1])],
        id_fields(p, p["number"], "PER", "2032-10-03"),
        "two surnames",
    )
    vp = visa(
        pk,
        {**p, "surname": "HUAMAN CACERES"},
        "201947385",
        "C",
        "ETATS SCHENGEN",
        "2026-02-15",
        "2027-02-14",
        "MULT",
        "90 JOURS",
        "LIMA",
        "2026-02-02",
        "VISITE FAMILIALE",
        skin,
    )
    f = pk.photo("visa.jpg", vp, rot=90, ppmm=24, fill=0.72)
    flds = id_fields(p, "201947385", "FRA", "2027-02-14")
    flds.update(
        {
            "visa_type": "C",
            "vls_ts": False,
            "category": "VISITE FAMILIALE",
            "valid_from": "2026-02-15",
            "valid_until": "2027-02-14",
        }
    )
    pk.doc(
        "long_stay_visa",
        "phone_photo",
        [(f, [1])],
        flds,
        "DEFECT: a short-stay Schengen type C visa (90 days) sent as residence status",
    )
    child = [
        [
            ("Primer apellido", "HUAMÁN", 60),
            ("Segundo apellido", "CÁCERES", 60),
            ("Sexo", "MASCULINO", 62),
        ],
        [("Prenombres", "JORGE LUIS", 120), ("Fecha de nacimiento", "22/06/1990", 62)],
        [
            ("Lugar de nacimiento (dpto. / prov. / distrito)", "AREQUIPA / AREQUIPA / CAYMA", 120),
            ("Hora", "07:45", 62),
        ],
    ]
    mother = [
        [
            ("Apellidos y nombres", "CÁCERES QUISPE, MARÍA ELENA", 120),
            ("Nacionalidad", "PERUANA", 62),
        ]
    ]
    father = [
        [
            ("Apellidos y nombres", "HUAMÁN TORRES, LUIS ALBERTO", 120),
            ("Nacionalidad", "PERUANA", 62),
        ]
    ]
    reg = [
        [
            ("Oficina de registro", "MUNICIPALIDAD DISTRITAL DE CAYMA", 120),
            ("Fecha de registro", "05/07/1990", 62),
        ]
    ]
    b = {
        "act_no": "1000482716",
        "child": child,
        "mother": mother,
        "father": father,
        "registry": reg,
        "cert_text": "COPIA CERTIFICADA: El Registrador que suscribe certifica que la presente es "
        "copia fiel del acta que obra en el archivo del Registro del Estado Civil.",
        "place_date": "Arequipa, 08 de abril de 2026",
        "registrar": "Rosa Elvira CCAHUANA TICONA",
    }
    ap = {
        "head": ["REPÚBLICA DEL PERÚ", "Ministerio de Relaciones Exteriores"],
        "certifie": "Certificado",
        "items": [
            ("País :", "República del Perú"),
            ("El presente documento público ha sido firmado por :", "Rosa Elvira CCAHUANA TICONA"),
            ("quien actúa en calidad de :", "Registrador Civil"),
            ("y está revestido del sello / timbre de :", "RENIEC - Arequipa"),
            ("en :", "Lima"),
            ("el día :", "21/04/2026"),
            ("por :", "Javier PALOMINO RÍOS, Ministerio de Relaciones Exteriores"),
            ("bajo el número :", "2104187263"),
            ("Sello / timbre :", ""),
            ("Firma :", ""),
        ],
        "seal": "MINISTERIO DE RELACIONES EXTERIORES * PERU * ",
        "seal_c": ["APOSTILLA"],
        "seal_color": (30, 90, 60),
    }
    f = pk.image_pdf(
        "acta_nacimiento_apostillada.pdf",
        [civil.peru_birth(b, pk.rng), kit_page_with(civil.apostille(ap, pk.rng), 20, 25)],
    )
    pk.doc(
        "birth_certificate",
        "image_pdf",
        [(f, [1])],
        {
            "surname": "HUAMÁN CÁCERES",
            "given_names": "JORGE LUIS",
            "date_of_birth": "1990-06-22",
            "place_of_birth": "Cayma, Arequipa",
            "issuing_country": "PER",
            "language": "es",
            "has_apostille": True,
        },
        "RENIEC certified copy; the two surnames are in separate boxes",
    )
    pk.doc(
        "apostille",
        "image_pdf",
        [(f, [2])],
        {
            "country": "PER",
            "issued_on": "2026-04-21",
            "number": "2104187263",
            "signed_by": "Javier PALOMINO RÍOS",
        },
        "Spanish-language apostille, page 2",
    )
    L = {
        "landlord_line": "SCI LES PINS, représentée par Mme Hélène VIDAL, gérante, 18 allées "
        "Jean-Jaurès, 31000 Toulouse",
        "tenant_line": "M. Jorge Luis HUAMÁN CÁCERES, né le 22/06/1990 à Arequipa (Pérou)",
        "address": "5 impasse du Moulin, appartement 4, 31400 Toulouse",
        "desc": "Appartement T1 bis de 31 m² au 1er étage, avec cave n° 4.",
        "start": "2025-10-01",
        "signed": "2025-09-22",
        "rent": 640.0,
        "charges": 45.0,
        "city": "Toulouse",
    }
    lp = money.lease(L, pk.rng)
    f1 = pk.photo("IMG_20261120_195512.jpg", lp[0])
    f2 = pk.photo("IMG_20261120_195540.jpg", lp[1], rot=180)
    pk.doc(
        "lease",
        "phone_photo",
        [(f1, [1]), (f2, [1])],
        {
            "tenant_names": ["Jorge Luis HUAMÁN CÁCERES"],
            "landlord": "SCI LES PINS",
            "address": "5 impasse du Moulin, 31400 Toulouse",
            "start_date": "2025-10-01",
        },
        "two pages photographed; page 2 upside down",
    )
    s_fmt, _ = siren_siret("90418273", "0019")
    emp = "Occitanie Numérique Conseil SAS"
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "employer_line": f"La société {emp}, au capital de 50 000 €, SIRET {s_fmt}, dont le "
        "siège est 12 rue de Metz, 31000 Toulouse, représentée par M. Thomas "
        "ROUX, Président,",
        "employee_line": "Monsieur Jorge Luis HUAMÁN CÁCERES, né le 22 juin 1990 à Arequipa "
        "(Pérou), de nationalité péruvienne, demeurant 5 impasse du Moulin, "
        "31400 Toulouse,",
        "articles": [
            (
                "Article 1 – Engagement",
                "Le Salarié est engagé à durée indéterminée à compter "
                "du 5 janvier 2026, sous réserve des résultats de la visite d'information et de "
                "prévention.",
            ),
            (
                "Article 2 – Fonctions",
                "Le Salarié exerce les fonctions de développeur "
                "logiciel, statut cadre, position 2.1, coefficient 115 de la convention "
                "collective Syntec (IDCC 1486).",
            ),
            (
                "Article 3 – Période d'essai",
                "Le contrat ne deviendra définitif qu'à l'issue "
                "d'une période d'essai de quatre mois, renouvelable une fois.",
            ),
            ("Article 4 – Durée du travail", "Forfait annuel de 218 jours travaillés."),
            (
                "Article 5 – Rémunération",
                "Rémunération annuelle brute de 42 000 €, versée en douze mensualités.",
            ),
            (
                "Article 6 – Lieu de travail",
                "12 rue de Metz, 31000 Toulouse, avec télétravail possible deux jours par semaine.",
            ),
        ],
        "city": "Toulouse",
        "signed": "2025-12-15",
    }
    f = pk.text_pdf("contrat_CDI_ONC.pdf", money.contract(c, pk.rng), "Contrat CDI", "ONC RH")
    pk.doc(
        "employment_contract",
        "text_pdf",
        [(f, [1, 2])],
        {
            "employer": emp,
            "employee_name": "Jorge Luis HUAMÁN CÁCERES",
            "contract_type": "CDI",
            "job_title": "développeur logiciel",
            "start_date": "2026-01-05",
        },
        "",
    )
    iban, key = ids.fr_iban("30066", "10947", "00020184502")
    r = {
        "bank": "CIC",
        "color": (0, 75, 145),
        "holder_lines": ["M HUAMAN CACERES JORGE LUIS", "5 IMPASSE DU MOULIN", "31400 TOULOUSE"],
        "branch_lines": [
            "CIC TOULOUSE SAINT-CYPRIEN",
            "52 ALLEES CHARLES DE FITTE",
            "31300 TOULOUSE",
        ],
        "bank_code": "30066",
        "guichet": "10947",
        "account": "00020184502",
        "key": key,
        "iban": iban,
        "bic": "CMCIFRPP",
        "legal": "CIC - Crédit Industriel et Commercial - SA au capital de 611 858 064 € - "
        "6 avenue de Provence 75009 Paris - 542 016 381 RCS Paris",
    }
    f = pk.photo("RIB_CIC.jpg", money.rib_paper(r, pk.rng), rot=270)
    pk.doc(
        "rib",
        "phone_photo",
        [(f, [1])],
        rib_fields("HUAMAN CACERES JORGE LUIS", iban, "CMCIFRPP", "CIC", True),
        "photographed sideways (rotated 270°)",
    )
    pk.finish(
        "2026-12-01",
        True,
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "invalid",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete",
        },
        "residence status is a short-stay Schengen visa (type C), not a VLS-TS or titre de séjour",
        {"surname": "HUAMÁN CÁCERES", "given_names": "JORGE LUIS", "date_of_birth": "1990-06-22"},
    )
