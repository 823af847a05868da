"""Packets p03 (China, employed, three bills) and p04 (Mexico, employed, no job papers)."""

import docs_civil as dc
import docs_fin as df
import docs_id as di
from common import fr_iban
from output import Packet, f1, merge_pdfs
from packets_a import REQS, form_fields, id_fields


def p03(root):
    """China. Employed (CDI contract), three successive Free bills, récépissé. In order."""
    pk = Packet(root, "p03")
    p = {
        "surname": "ZHANG",
        "given": "YUTING",
        "mrz_surname": "ZHANG",
        "mrz_given": "YUTING",
        "nat": "CHN",
        "dob": "1996-11-05",
        "sex": "F",
        "passport_no": "EK3917264",
        "pp_issue": "2021-07-14",
        "pp_expiry": "2031-07-13",
        "pp_authority": "国家移民管理局",
        "pob_passport": "四川/SICHUAN",
        "skin": (0.86, 0.74, 0.62),
        "form_surname": "ZHANG",
        "form_given": "Yuting",
        "form_pob": "Chengdu, Sichuan, Chine",
    }
    addr = "5 rue Camille Desmoulins, 92130 Issy-les-Moulineaux"
    pdf, _ = di.passport(p, 301)
    name = pk.card_photo("IMG_0457.JPG", pdf, 301, rotate=270)
    pk.add(
        [f1(name)],
        "passport",
        "phone_photo",
        id_fields(p, "EK3917264", "2031-07-13", "CHN"),
        "Chinese ordinary passport (PO), photo rotated 270°.",
    )
    d = {
        "number": "9920473815",
        "nth": "1er renouvellement",
        "prefecture": "des Hauts-de-Seine",
        "natname": "CHINOISE",
        "address": addr,
        "category": "Salarié / travailleur temporaire",
        "from": "2026-09-21",
        "expiry": "2027-03-20",
        "work": True,
    }
    name = pk.scan("recepisse.png", di.recepisse(p, d, 302), 302, dpi=150)
    fl = id_fields(p, "9920473815", "2027-03-20", "FRA")
    fl["mrz_valid"] = None
    pk.add(
        [f1(name)],
        "residence_permit",
        "scan",
        fl,
        "Récépissé de demande de carte de séjour (renewal after a VLS-TS), no MRZ.",
    )
    b = {
        "year": "2025",
        "city_short": "川成蓉",
        "city_short_en": "Chuan Cheng Rong",
        "act_no": "48217",
        "name_cn": "张雨婷",
        "dob_cn": "1996年11月5日",
        "place_cn": "四川省成都市",
        "father_cn": "张建国",
        "mother_cn": "李秀英",
        "office_cn": "四川省成都市蓉城公证处",
        "issued_cn": "二〇二五年十月九日",
        "name_en": "Zhang Yuting",
        "dob_en": "November 5, 1996",
        "place_en": "Chengdu, Sichuan Province",
        "father_en": "Zhang Jianguo",
        "mother_en": "Li Xiuying",
        "office_en": "Rongcheng Notary Office, Chengdu, Sichuan",
        "notary_en": "Wang Li",
        "issued_en": "October 9, 2025",
    }
    birth = dc.birth_china(p, b, 303)
    a = {
        "country": "People's Republic of China",
        "doc_signer": "Wang Li",
        "capacity": "Notary Public",
        "seal": "Rongcheng Notary Office",
        "at": "Chengdu",
        "issued_on": "2025-10-16",
        "by": "Foreign Affairs Office of Sichuan Provincial People's Government",
        "number": "SC2025/118604",
        "signed_by": "Chen Hao",
        "labels": "es",
        "lang_line": "Convention de La Haye du 5 octobre 1961 / 海牙公约",
    }
    a_pdf = dc.apostille(a, 304)
    name = pk.image_pdf("birth_notarial_apostille.pdf", merge_pdfs(birth, a_pdf), 305)
    pk.add(
        [f1(name, [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ZHANG",
            "given_names": "Yuting",
            "date_of_birth": p["dob"],
            "place_of_birth": "Chengdu, Sichuan",
            "issuing_country": "CHN",
            "language": "zh",
            "has_apostille": True,
        },
        "Notarial certificate of birth: Chinese page then English page. Name in Chinese "
        "characters 张雨婷 on page 1.",
    )
    pk.add(
        [f1(name, [3])],
        "apostille",
        "image_pdf",
        {
            "country": "People's Republic of China",
            "issued_on": "2025-10-16",
            "number": "SC2025/118604",
            "signed_by": "Chen Hao",
        },
        "China applies the apostille convention since 7 November 2023.",
    )
    t = {
        "translator": "Mme Li-Na DUBOIS-WU",
        "court": "Versailles",
        "address": "18 rue Houdan, 92330 Sceaux",
        "from_lang": "chinoise",
        "number": "2025-1187",
        "city": "Sceaux",
        "date": "2025-11-03",
        "lines": [
            "#ACTE NOTARIÉ",
            "(2025) Chuan Cheng Rong Zheng Zi n° 48217",
            "",
            "Requérante : ZHANG Yuting (张雨婷), de sexe féminin,",
            "née le 5 novembre 1996.",
            "Objet : naissance",
            "",
            "Il est certifié que ZHANG Yuting est née le 5 novembre 1996",
            "à Chengdu, province du Sichuan.",
            "Son père est ZHANG Jianguo, sa mère est LI Xiuying.",
            "",
            "Office notarial de Rongcheng, Chengdu, Sichuan,",
            "République populaire de Chine. Notaire : WANG Li.",
            "Le 9 octobre 2025.",
        ],
    }
    name = pk.scan("traduction_acte.jpg", dc.translation(t, 306), 306, dpi=200)
    pk.add(
        [f1(name)],
        "translation",
        "scan",
        {"surname": "ZHANG", "given_names": "Yuting", "date_of_birth": p["dob"]},
        "Sworn French translation of the notarial birth certificate.",
    )
    months = [
        ("2026-08-01", "2026-08-31", "2026-09-01", 29.99),
        ("2026-09-01", "2026-09-30", "2026-10-01", 29.99),
        ("2026-10-01", "2026-10-31", "2026-11-01", 34.98),
    ]
    for k, (a0, a1, iss, amt) in enumerate(months):
        bl = {
            "provider": "Free",
            "title": "Facture Freebox Pop",
            "issue_date": iss,
            "number": "FY%08d" % (51428833 + k * 9),
            "client_ref": "fbx88213457",
            "holder_print": "Mme Yuting ZHANG",
            "address_lines": [
                "5 rue Camille Desmoulins",
                "Appartement 41",
                "92130 ISSY LES MOULINEAUX",
            ],
            "amount": amt,
            "debit_date": iss[:8] + "06",
            "period_start": a0,
            "period_end": a1,
            "site_line": "Ligne fibre FTTH - n° 09 53 17 42 80",
            "lines": [("Forfait Freebox Pop", 29.99)]
            + ([("Communications hors forfait", 4.99)] if amt > 30 else []),
            "phone": "3244",
        }
        pdf = df.bill(bl, 310 + k)
        fname = "Facture_Free_%s.pdf" % a0[:7]
        if k == 1:
            fname = "free_septembre.pdf"
            pk.image_pdf(fname, pdf, 310 + k)
            look = "image_pdf"
        else:
            pk.text_pdf(fname, pdf)
            look = "text_pdf"
        pk.add(
            [f1(fname)],
            "utility_bill",
            look,
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "Yuting ZHANG",
                "address": "5 rue Camille Desmoulins, Appartement 41, 92130 ISSY LES MOULINEAUX",
                "issue_date": iss,
                "period_start": a0,
                "period_end": a1,
                "amount": amt,
                "month": a0[:7],
            },
        )
    iban, key = fr_iban("40618", "80276", "00040286513")
    r = {
        "bank_name": "BoursoBank",
        "bank": "40618",
        "branch": "80276",
        "account": "00040286513",
        "key": key,
        "iban": iban,
        "bic": "BOUSFRPPXXX",
        "holder_lines": ["Mme ZHANG YUTING"],
        "app_color": (0.0, 0.35, 0.67),
    }
    name = pk.screenshot("Screenshot_20261104-213355.png", df.rib_app(r, 307))
    pk.add(
        [f1(name)],
        "rib",
        "screenshot",
        {
            "holder_name": "ZHANG YUTING",
            "iban": iban,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Banking-app screen with IBAN and RIB details.",
    )
    k = {
        "city": "Issy-les-Moulineaux",
        "signed": "2025-12-15",
        "lines": [
            "Entre les soussignés :",
            "La société ORBILAB SAS, au capital de 120 000 €, immatriculée au RCS de",
            "Nanterre sous le n° 902 118 447, SIRET 902 118 447 00019, dont le siège est",
            "situé 40 rue Guynemer, 92130 Issy-les-Moulineaux, représentée par",
            "M. Arnaud FERRAND, Président, ci-après « la Société »,",
            "et Mme ZHANG Yuting, née le 05/11/1996 à Chengdu (Chine), de nationalité",
            "chinoise, demeurant 5 rue Camille Desmoulins, 92130 Issy-les-Moulineaux,",
            "ci-après « la Salariée ».",
            "",
            "#Article 1 - Engagement",
            "La Salariée est engagée à durée indéterminée à compter du 5 janvier 2026,",
            "sous réserve de l'autorisation de travail et de la visite d'information.",
            "#Article 2 - Fonctions",
            "La Salariée exerce les fonctions d'Ingénieure R&D en vision par ordinateur,",
            "statut cadre, position 2.1, coefficient 115 (convention Syntec).",
            "#Article 3 - Période d'essai",
            "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de",
            "quatre mois, renouvelable une fois.",
            "#Article 4 - Rémunération",
            "Rémunération brute annuelle forfaitaire : 46 000 €, versée en 12 mois.",
            "#Article 5 - Durée du travail",
            "Forfait annuel de 218 jours travaillés.",
            "#Article 6 - Lieu de travail",
            "40 rue Guynemer, 92130 Issy-les-Moulineaux.",
        ],
    }
    name = pk.image_pdf("contrat_CDI_Orbilab.pdf", df.contract(k, 308), 308)
    pk.add(
        [f1(name, [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "ORBILAB SAS",
            "employee_name": "ZHANG Yuting",
            "contract_type": "CDI",
            "job_title": "Ingénieure R&D en vision par ordinateur",
            "start_date": "2026-01-05",
        },
    )
    f = {
        "natname": "Chinoise",
        "address1": "5 rue Camille Desmoulins, appt 41",
        "address2": "92130 Issy-les-Moulineaux",
        "contact": "zhang.yuting@orbilab.fr",
        "activity": "employed",
        "job": "Ingénieure R&D",
        "contract": "CDI",
        "employer": "Orbilab SAS, 40 rue Guynemer 92130 Issy",
        "arrival": "18/12/2025",
        "city": "Issy-les-Moulineaux",
        "signed_on": "2026-11-16",
        "status": "employed",
    }
    name = pk.text_pdf("S1106_rempli.pdf", dc.cerfa(p, f, 309))
    pk.add(
        [f1(name, [1, 2])],
        "application_form",
        "text_pdf",
        form_fields(p, f),
        "Fillable PDF typed on a computer, with a drawn signature.",
    )
    return pk, {
        "as_of": "2026-11-27",
        "employed": True,
        "status": "complete",
        "defect": None,
        "applicant": {"surname": "ZHANG", "given_names": "YUTING", "date_of_birth": p["dob"]},
        "requirements": dict.fromkeys(REQS, "complete"),
    }


def p04(root):
    """Mexico. Form says employed but neither payslip nor contract is in the packet."""
    pk = Packet(root, "p04")
    p = {
        "surname": "HERNANDEZ GARCIA",
        "given": "MARIA FERNANDA",
        "mrz_surname": "HERNANDEZ GARCIA",
        "mrz_given": "MARIA FERNANDA",
        "nat": "MEX",
        "dob": "1992-06-30",
        "sex": "F",
        "passport_no": "G48213970",
        "pp_issue": "2024-02-12",
        "pp_expiry": "2030-02-11",
        "pp_authority": "SRE GUADALAJARA",
        "pob_passport": "JALISCO",
        "skin": (0.75, 0.58, 0.45),
        "form_surname": "HERNÁNDEZ GARCÍA",
        "form_given": "María Fernanda",
        "form_pob": "Guadalajara, Jalisco, Mexique",
    }
    addr = "8 bis rue de la République, 13002 Marseille"
    pdf, _ = di.passport(p, 401)
    name = pk.card_scan("pasaporte.jpg", pdf, 401)
    pk.add(
        [f1(name)],
        "passport",
        "scan",
        id_fields(p, "G48213970", "2030-02-11", "MEX"),
        "Mexican passport data page.",
    )
    v = {
        "from": "2026-04-10",
        "until": "2027-04-09",
        "type": "D",
        "issued_in": "MEXICO",
        "issued_on": "2026-03-20",
        "number": "071849236",
        "remarks": "VLS-TS SALARIE",
        "article": "1°",
    }
    pdf, _ = di.visa_sticker(p, v, 402)
    name = pk.card_photo("IMG_20261115_101044.jpg", pdf, 402)
    fl = id_fields(p, "071849236", "2027-04-09", "FRA")
    fl.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-04-10",
            "valid_until": "2027-04-09",
        }
    )
    pk.add([f1(name)], "long_stay_visa", "phone_photo", fl, "VLS-TS sticker photographed.")
    b = {
        "state": "Jalisco",
        "municipio": "Guadalajara",
        "oficialia": "03",
        "act_no": "01274",
        "ident": "14039000319920127401",
        "curp": "HEGM920630MJCRRR08",
        "ap1": "HERNÁNDEZ",
        "ap2": "GARCÍA",
        "place": "Guadalajara, Jalisco",
        "father": "JOSÉ LUIS HERNÁNDEZ RAMÍREZ",
        "mother": "ROSA MARÍA GARCÍA LÓPEZ",
        "issued": "2025-09-22",
    }
    birth = dc.birth_mexico(p, b, 403)
    a = {
        "country": "Estados Unidos Mexicanos",
        "doc_signer": "Lic. Ana Laura Pérez Ruiz",
        "capacity": "Directora del Registro Civil",
        "seal": "Registro Civil de Jalisco",
        "at": "Guadalajara, Jalisco",
        "issued_on": "2025-10-01",
        "by": "Secretaría General de Gobierno del Estado de Jalisco",
        "number": "A-2025-77310",
        "signed_by": "Mtro. Jorge Arturo Villalobos Soto",
        "labels": "es",
    }
    name = pk.image_pdf(
        "acta_nacimiento_apostilla.pdf", merge_pdfs(birth, dc.apostille(a, 404)), 405
    )
    pk.add(
        [f1(name, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "HERNÁNDEZ GARCÍA",
            "given_names": "MARIA FERNANDA",
            "date_of_birth": p["dob"],
            "place_of_birth": "Guadalajara, Jalisco",
            "issuing_country": "MEX",
            "language": "es",
            "has_apostille": True,
        },
        "Acta de nacimiento: Primer apellido HERNÁNDEZ, Segundo apellido GARCÍA.",
    )
    pk.add(
        [f1(name, [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Estados Unidos Mexicanos",
            "issued_on": "2025-10-01",
            "number": "A-2025-77310",
            "signed_by": "Mtro. Jorge Arturo Villalobos Soto",
        },
    )
    t = {
        "translator": "M. Diego SANTOS-MOREAU",
        "court": "Aix-en-Provence",
        "address": "21 cours Mirabeau, 13100 Aix-en-Provence",
        "from_lang": "espagnole",
        "number": "T-25-0932",
        "city": "Aix-en-Provence",
        "date": "2025-11-14",
        "lines": [
            "#ÉTATS-UNIS DU MEXIQUE - ACTE DE NAISSANCE",
            "État civil de Jalisco",
            "Commune : Guadalajara - Bureau : 03 - Acte : 01274",
            "",
            "#DONNÉES DE LA PERSONNE ENREGISTRÉE",
            "Prénom(s) : MARIA FERNANDA",
            "Premier nom : HERNÁNDEZ",
            "Second nom : GARCÍA",
            "Sexe : Femme",
            "Date de naissance : 30/06/1992",
            "Lieu de naissance : Guadalajara, Jalisco",
            "",
            "#FILIATION",
            "Père : JOSÉ LUIS HERNÁNDEZ RAMÍREZ",
            "Mère : ROSA MARÍA GARCÍA LÓPEZ",
            "",
            "Apostille n° A-2025-77310 du 01/10/2025 (Jalisco).",
        ],
    }
    name = pk.text_pdf("traduccion_jurada_acta.pdf", dc.translation(t, 406))
    pk.add(
        [f1(name)],
        "translation",
        "text_pdf",
        {"surname": "HERNÁNDEZ GARCÍA", "given_names": "MARIA FERNANDA", "date_of_birth": p["dob"]},
        "Sworn translation into French.",
    )
    L = {
        "kind": "vide",
        "landlord": "Mme Chantal ROUBAUD",
        "landlord_addr": "64 boulevard Baille, 13006 Marseille",
        "tenants_print": ["Mme María Fernanda HERNÁNDEZ GARCÍA"],
        "address": addr,
        "surface": "42",
        "rooms": "2",
        "start": "2026-05-01",
        "duration": "trois ans",
        "rent": "780",
        "charges": "45",
        "initials": "MFHG",
        "city": "Marseille",
        "signed": "2026-04-22",
    }
    lease = df.lease(L, 407)
    n1 = pk.photo("IMG_20261115_101310.jpg", lease, 407, page=0)
    n2 = pk.photo("IMG_20261115_101322.jpg", lease, 408, page=1)
    pk.add(
        [f1(n1), f1(n2)],
        "lease",
        "phone_photo",
        {
            "tenant_names": ["María Fernanda HERNÁNDEZ GARCÍA"],
            "landlord": "Chantal ROUBAUD",
            "address": addr,
            "start_date": "2026-05-01",
        },
        "Unfurnished lease, two photos.",
    )
    iban, key = fr_iban("30003", "01392", "00050271846")
    r = {
        "bank_name": "SOCIETE GENERALE",
        "bank": "30003",
        "branch": "01392",
        "account": "00050271846",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "holder_lines": [
            "MME HERNANDEZ GARCIA MARIA FERNANDA",
            "8 BIS RUE DE LA REPUBLIQUE",
            "13002 MARSEILLE",
        ],
        "branch_lines": ["SG MARSEILLE JOLIETTE", "45 RUE DE LA REPUBLIQUE", "13002 MARSEILLE"],
        "legal": "Société Générale - SA au capital de 1 003 724 927,50 € - 29 bd Haussmann "
        "75009 Paris - 552 120 222 RCS Paris",
    }
    name = pk.scan("RIB.jpg", df.rib_bnp(r, 409), 409, dpi=200)
    pk.add(
        [f1(name)],
        "rib",
        "scan",
        {
            "holder_name": "HERNANDEZ GARCIA MARIA FERNANDA",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "SOCIETE GENERALE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    f = {
        "natname": "Mexicaine",
        "address1": "8 bis rue de la République",
        "address2": "13002 Marseille",
        "contact": "07 44 90 12 58",
        "activity": "employed",
        "job": "Chargée de projets marketing",
        "contract": "CDI",
        "employer": "Maison Verdier SAS, 3 quai du Port 13002 Marseille",
        "arrival": "12/04/2026",
        "city": "Marseille",
        "signed_on": "2026-11-15",
        "status": "employed",
    }
    form = dc.cerfa(p, f, 410)
    n1 = pk.photo("IMG_20261115_100958.jpg", form, 410, page=0)
    n2 = pk.photo("IMG_20261115_101005.jpg", form, 411, page=1, rotate=90)
    pk.add(
        [f1(n1), f1(n2)],
        "application_form",
        "phone_photo",
        form_fields(p, f),
        "Typed form signed by hand; section B says employed (CDI).",
    )
    req = dict.fromkeys(REQS, "complete")
    req["employment"] = "missing"
    return pk, {
        "as_of": "2026-11-20",
        "employed": True,
        "status": "incomplete",
        "defect": "employed applicant (form section B: CDI at Maison Verdier) but no "
        "payslip and no employment contract in the packet",
        "applicant": {
            "surname": "HERNANDEZ GARCIA",
            "given_names": "MARIA FERNANDA",
            "date_of_birth": p["dob"],
        },
        "requirements": req,
    }
