"""p03: American applicant, titre de séjour (TD1), hosted by partner, payslip.

Defect: the US passport expired on 2026-10-02, before the audit date -> identity invalid.
"""

from bank import fr_iban, iban_ok, luhn_make, spaced
from form import form_pages
from render import Page

NAME = "p03"
AS_OF = "2026-11-18"
SUR, GIV, DOB = "MCALLISTER-REYES", "JORDAN ELISE", "1991-02-08"
HOST = "Camille LEFÈVRE"
ADDR1 = "27 rue Paul Bert, 69003 Lyon"


def _ts_card(ids):
    mrz = ids.td1("IR", "FRA", "RV3472159", DOB, "F", "2027-03-13", "USA", SUR, GIV)
    return {
        "bg": (228, 236, 240),
        "ink": (180, 200, 220),
        "band": (0, 35, 110),
        "title": "TITRE DE SÉJOUR",
        "title2": "RÉPUBLIQUE FRANÇAISE",
        "number_front": "RV3472159",
        "fields": [
            ("NOM / SURNAME", "MCALLISTER-REYES"),
            ("PRÉNOMS / GIVEN NAMES", "JORDAN, ELISE"),
            ("SEXE  NATIONALITÉ  DATE DE NAISS.", "F      USA      08 02 1991"),
            ("TYPE DE TITRE", "CARTE DE SEJOUR TEMPORAIRE"),
            ("VALABLE JUSQU'AU / VALID UNTIL", "13 03 2027"),
        ],
        "sig": "J. McAllister",
        "back_fields": [
            ("REMARQUES", "VIE PRIVEE ET FAMILIALE - AUTORISE SON TITULAIRE A TRAVAILLER"),
            ("LIEU DE NAISSANCE", "CHICAGO (ETATS-UNIS)"),
            ("ADRESSE", "27 RUE PAUL BERT 69003 LYON"),
            ("DÉLIVRÉ LE / PRÉFECTURE", "14 03 2026   RHÔNE"),
        ],
        "mrz": mrz,
    }


def _cni_card(ids):
    mrz = ids.td1(
        "ID", "FRA", "X4RTBPFW4", "1989-07-23", "F", "2032-01-10", "FRA", "LEFEVRE", "CAMILLE"
    )
    return {
        "bg": (232, 228, 240),
        "ink": (200, 185, 220),
        "band": (30, 60, 140),
        "title": "CARTE NATIONALE D'IDENTITÉ",
        "title2": "IDENTITY CARD",
        "number_front": "X4RTBPFW4",
        "fields": [
            ("NOM / SURNAME", "LEFÈVRE"),
            ("PRÉNOMS / GIVEN NAMES", "CAMILLE"),
            ("SEXE  NATIONALITÉ", "F   FRA"),
            ("DATE DE NAISS. / DATE OF BIRTH", "23 07 1989"),
            ("DATE D'EXPIR. / DATE OF EXPIRY", "10 01 2032"),
        ],
        "sig": "C. Lefèvre",
        "back_fields": [
            ("LIEU DE NAISSANCE", "VILLEURBANNE (69)"),
            ("DATE DE DÉLIVRANCE", "11 01 2022"),
            ("AUTORITÉ", "PRÉFECTURE DU RHÔNE"),
        ],
        "mrz": mrz,
    }


def build(pk, ids, papers):
    pno = "A03815926"
    mrz = ids.td3("P", "USA", SUR, GIV, pno, "USA", DOB, "F", "2026-10-02", "")
    p = {
        "issuing_country": "USA",
        "document_number": pno,
        "surname_print": SUR,
        "given_print": GIV,
        "nat_print": "UNITED STATES OF AMERICA",
        "date_of_birth": DOB,
        "sex": "F",
        "pob_print": "ILLINOIS, U.S.A.",
        "issue_date": "2016-10-03",
        "authority": "United States Department of State",
        "expiry_date": "2026-10-02",
        "sig": "Jordan McAllister-Reyes",
        "mrz": mrz,
    }
    lab = {
        "type": "Type/Type",
        "code": "Code/Code",
        "no": "Passport No./No. du Passeport",
        "surname": "Surname/Nom",
        "given": "Given Names/Prénoms",
        "nat": "Nationality/Nationalité",
        "dob": "Date of birth/Date de naissance",
        "sex": "Sex/Sexe",
        "pob": "Place of birth/Lieu de naissance",
        "issue": "Date of issue/Date de délivrance",
        "auth": "Authority/Autorité",
        "exp": "Date of expiration/Date d'expiration",
    }
    style = {
        "bg": (236, 238, 244),
        "ink": (190, 200, 225),
        "title": (20, 40, 100),
        "header": "PASSPORT  PASSEPORT  PASAPORTE",
        "header2": "UNITED STATES OF AMERICA",
        "labels": lab,
        "date": ids.d_en,
        "vfont": "sans",
    }
    A4 = Page()
    pp = ids.passport_page(pk.rng("passport"), p, style)
    A4.ops = [_shift(op, 20, 25) for op in pp.ops]
    A4.rect(20, 25, 125, 88, (200, 200, 200), None, 0.2)
    f = pk.scan("passport.jpg", A4, "passport-scan", 300, 80)
    pk.doc(
        f,
        "passport",
        "scan",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": pno,
            "nationality": "USA",
            "issuing_country": "USA",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2026-10-02",
            "mrz_valid": True,
        },
        "DEFECT: expired on 2026-10-02, before as_of. Flatbed scan of the data page on A4.",
    )
    card = _ts_card(ids)
    f1 = pk.photo(
        "titre_sejour_recto.jpg", ids.td1_front(pk.rng("ts1"), card), "ts1", 0, 1000, fill=0.62
    )
    f2 = pk.photo(
        "titre_sejour_verso.jpg",
        ids.td1_back(pk.rng("ts2"), card),
        "ts2",
        90,
        1000,
        fill=0.62,
        table=(200, 200, 196),
    )
    pk.doc(
        f1 + f2,
        "residence_permit",
        "phone_photo",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": "RV3472159",
            "nationality": "USA",
            "issuing_country": "FRA",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2027-03-13",
            "mrz_valid": True,
        },
        "Carte de séjour temporaire 'vie privée et familiale', front and back photographed "
        "(back rotated 90°), TD1 MRZ on the back.",
    )
    b = {
        "file_no": "104-91-018427",
        "first": "JORDAN",
        "middle": "ELISE",
        "last": "MCALLISTER-REYES",
        "sex": "FEMALE",
        "dob_us": "FEBRUARY 8, 1991",
        "hour": "11:52 AM",
        "city": "CHICAGO",
        "county": "COOK",
        "hospital": "NORTHWESTERN MEMORIAL HOSPITAL",
        "mother": "ISABEL REYES",
        "mother_bp": "TEXAS",
        "father": "SEAN PATRICK MCALLISTER",
        "father_bp": "ILLINOIS",
        "filed_us": "FEBRUARY 14, 1991",
        "issued_us": "07/22/2025",
    }
    a = {
        "font": "serif",
        "items": [
            ("Country:", "United States of America"),
            ("This public document has been signed by", "Dr. Sameer Vohra"),
            ("acting in the capacity of", "State Registrar of Vital Records"),
            ("bears the seal/stamp of", "Illinois Dept. of Public Health"),
            ("at", "Springfield, Illinois"),
            ("the", "August 4, 2025"),
            ("by", "Alexi Giannoulias, Secretary of State"),
            ("No.", "2025-AP-0391746"),
            ("Seal/stamp:", "(seal)"),
        ],
        "seal_top": "SECRETARY OF STATE",
        "seal_bottom": "ILLINOIS",
        "seal_color": (90, 90, 140),
    }
    pages = [papers.birth_illinois(pk.rng("bc"), b), papers.apostille(pk.rng("apo"), a)]
    pk.image_pdf("birth_certificate_apostille.pdf", pages, "bc-s")
    pk.doc(
        [{"path": "birth_certificate_apostille.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": SUR,
            "given_names": GIV,
            "date_of_birth": DOB,
            "place_of_birth": "Chicago, Cook County, Illinois",
            "issuing_country": "USA",
            "language": "en",
            "has_apostille": True,
        },
        "Illinois certificate of live birth (long form), with apostille on page 2.",
    )
    pk.doc(
        [{"path": "birth_certificate_apostille.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "USA",
            "issued_on": "2025-08-04",
            "number": "2025-AP-0391746",
            "signed_by": "Alexi Giannoulias",
        },
        "Apostille by the Illinois Secretary of State.",
    )
    A = {
        "font": "hand1",
        "size": 22,
        "lines": [
            ">Lyon, le 8 novembre 2026",
            "",
            "ATTESTATION D'HÉBERGEMENT",
            "",
            "Je soussignée Camille Lefèvre, née le 23/07/1989",
            "à Villeurbanne, demeurant 27 rue Paul Bert,",
            "69003 Lyon, atteste sur l'honneur héberger",
            "à mon domicile ma compagne Jordan Elise",
            "McAllister-Reyes, née le 08/02/1991 à Chicago",
            "(États-Unis), depuis le 20 février 2026.",
            "",
            "Attestation faite pour servir et valoir ce",
            "que de droit.",
            "",
            ">Camille Lefèvre",
        ],
    }
    f = pk.photo(
        "attestation_hebergement.jpg",
        papers.attestation_hand(pk.rng("att"), A),
        "att-photo",
        0,
        220,
    )
    pk.doc(
        f,
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Camille Lefèvre",
            "hosted_name": "Jordan Elise McAllister-Reyes",
            "address": ADDR1,
            "since_date": "2026-02-20",
            "signed_on": "2026-11-08",
            "signed": True,
        },
        "Handwritten on a Seyès-like ruled sheet, signed.",
    )
    cni = _cni_card(ids)
    A4 = Page()
    for op in ids.td1_front(pk.rng("cni1"), cni).ops:
        A4.ops.append(_shift(op, 25, 30))
    for op in ids.td1_back(pk.rng("cni2"), cni).ops:
        A4.ops.append(_shift(op, 25, 100))
    A4.rect(25, 30, 85.6, 54, (180, 180, 180), None, 0.2)
    A4.rect(25, 100, 85.6, 54, (180, 180, 180), None, 0.2)
    f = pk.image_pdf("CNI_Camille.pdf", [A4], "cni-s", 300)
    pk.doc(
        f,
        "national_id",
        "image_pdf",
        {
            "surname": "LEFÈVRE",
            "given_names": "CAMILLE",
            "document_number": "X4RTBPFW4",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1989-07-23",
            "sex": "F",
            "expiry_date": "2032-01-10",
            "mrz_valid": True,
        },
        "Host's French identity card (2021 model, TD1), front and back on one scanned page.",
    )
    L = {
        "sections": [
            (
                "I. DÉSIGNATION DES PARTIES",
                "Bailleur : SCI LES TILLEULS, représentée par son mandataire FONCIA LYON "
                "PRESQU'ÎLE, 4 quai Jules Courmont, 69002 Lyon.\nLocataire : Mme Camille LEFÈVRE.",
            ),
            (
                "II. OBJET DU CONTRAT",
                "Logement : appartement T3 de 64 m², 3e étage, situé " + ADDR1 + ". "
                "Usage exclusif d'habitation principale.",
            ),
            (
                "III. DATE DE PRISE D'EFFET ET DURÉE",
                "Le bail prend effet le 1er septembre 2021 pour une durée de trois ans, "
                "renouvelable par tacite reconduction.",
            ),
            (
                "IV. CONDITIONS FINANCIÈRES",
                "Loyer mensuel : 1 045,00 € hors charges ; provision sur charges : 120,00 €. "
                "Loyer de référence majoré (encadrement Lyon) : 17,20 €/m².",
            ),
        ],
        "sections2": [
            ("V. GARANTIES", "Dépôt de garantie : 1 045,00 €."),
            ("VI. ANNEXES", "DPE (classe C), ERP, état des lieux, notice."),
        ],
        "made_at": "Fait à Lyon, le 27 août 2021 (signature électronique Yousign).",
    }
    f = pk.text_pdf("bail_Camille.pdf", papers.lease_pages(pk.rng("lease"), L), author="Foncia")
    pk.doc(
        f,
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Camille LEFÈVRE"],
            "landlord": "SCI LES TILLEULS",
            "address": ADDR1,
            "start_date": "2021-09-01",
        },
        "Host's lease (agency PDF). Proves the host's address.",
    )
    siret = luhn_make("8241307560001")
    P = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid_on": "2026-10-30",
        "employer_lines": [
            "LANGUES & CO FORMATION",
            "12 quai Saint-Antoine",
            "69002 LYON",
            f"SIRET : {siret}",
            "Code NAF : 8559A",
            "URSSAF Rhône-Alpes",
        ],
        "employee_lines": [
            "Madame Jordan MCALLISTER-REYES",
            "27 rue Paul Bert",
            "69003 LYON",
            "N° SS : en cours d'attribution",
        ],
        "job_lines": [
            "Emploi : Formatrice d'anglais — Statut : ETAM",
            "Contrat : CDI",
            "Entrée le : 06/04/2026",
            "Convention collective : Organismes de formation (IDCC 1516)",
        ],
        "rows": [
            ("Salaire de base", "151,67", "15,8300", "2 400,94"),
            ("SALAIRE BRUT", "", "", "2 400,94"),
            ("Santé", "", "", "-31,47"),
            ("Retraite", "", "", "-265,30"),
            ("Assurance chômage", "", "", "0,00"),
            ("CSG/CRDS non déductible", "", "", "-68,66"),
            ("CSG déductible", "", "", "-161,69"),
            ("TOTAL DES COTISATIONS", "", "", "-527,12"),
        ],
        "net_before": 1873.82,
        "net": 1836.34,
        "pas": "2,0 %",
    }
    f = pk.text_pdf("bulletin_octobre_2026.pdf", [papers.payslip(pk.rng("pay"), P)], author="Silae")
    pk.doc(
        f,
        "payslip",
        "text_pdf",
        {
            "employer": "LANGUES & CO FORMATION",
            "employee_name": "Jordan MCALLISTER-REYES",
            "period": "2026-10",
            "net_pay": 1836.34,
            "siret": siret,
        },
        "Bulletin de paie clarifié, October 2026.",
    )
    ib, key = fr_iban("30002", "00650", "0000441763X")
    assert iban_ok(ib)
    Rb = {
        "rib": ["30002", "00650", "0000441763X", key],
        "iban_print": spaced(ib),
        "bic": "CRLYFRPP",
        "holder_lines": ["MME MCALLISTER-REYES JORDAN", "27 RUE PAUL BERT", "69003 LYON"],
        "branch_lines": ["LCL LYON MONCEY", "88 RUE MONCEY", "69003 LYON"],
    }
    f = pk.text_pdf("RIB_LCL.pdf", [papers.rib_lcl(Rb)], author="LCL")
    pk.doc(
        f,
        "rib",
        "text_pdf",
        {
            "holder_name": "MCALLISTER-REYES JORDAN",
            "iban": ib,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "LCL RIB; account number ends with a letter (RIB key computed with letter conversion).",
    )
    F = {
        "surname": "McALLISTER-REYES",
        "usage": "",
        "given": "Jordan Elise",
        "sex": "F",
        "dob": DOB,
        "pob": "Chicago, USA",
        "nat": "américaine",
        "address": "27 rue Paul Bert",
        "cp": "69003",
        "city": "Lyon",
        "tel": "07 81 22 60 14",
        "mail": "jordan.mcreyes@outlook.com",
        "situation": "salarie",
        "contract": "CDI",
        "place": "Lyon",
        "date_text": "10/11/2026",
    }
    pages = form_pages(pk.rng("form"), F, hand=True, font="hand1")
    f1 = pk.photo("IMG_4471.jpg", pages[0], "form1", 0, 250)
    f2 = pk.photo("IMG_4472.jpg", pages[1], "form2", 180, 250)
    pk.doc(
        f1 + f2,
        "application_form",
        "phone_photo",
        {
            "surname": "McALLISTER-REYES",
            "given_names": "Jordan Elise",
            "date_of_birth": DOB,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-10",
            "nir": None,
        },
        "Cerfa filled by hand, photographed; page 2 photo upside down (rotated 180°).",
    )
    return {
        "as_of": AS_OF,
        "employed": True,
        "requirements": {
            "application_form": "complete",
            "identity": "invalid",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete",
        },
        "defect": "passport expired on 2026-10-02, before the audit date (identity invalid)",
        "applicant": {"surname": SUR, "given_names": GIV, "date_of_birth": DOB},
    }


def _shift(op, dx, dy):
    k = op[0]
    if k == "text":
        return (k, op[1] + dx, op[2] + dy) + op[3:]
    if k in ("rect", "ellipse"):
        return (k, op[1] + dx, op[2] + dy) + op[3:]
    return (k, [(x + dx, y + dy) for x, y in op[1]]) + op[2:]
