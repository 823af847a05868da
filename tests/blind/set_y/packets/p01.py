"""p01: Senegalese applicant, VLS-TS salarié, CDD, lease. In order."""

from bank import fr_iban, iban_ok, spaced
from form import form_pages

NAME = "p01"
AS_OF = "2026-11-20"
SUR, GIV, DOB = "NDIAYE", "FATOU BINTOU", "1994-03-17"
ADDR = ["Bâtiment B, appt 214", "45 avenue Jean Jaurès", "93300 AUBERVILLIERS"]
ADDR1 = "Bâtiment B, appt 214, 45 avenue Jean Jaurès, 93300 Aubervilliers"


def build(pk, ids, papers):
    # passport (TD3), phone photo rotated
    pno = "A02871456"
    mrz = ids.td3("P", "SEN", SUR, GIV, pno, "SEN", DOB, "F", "2030-02-10", "1199400123456")
    p = {
        "issuing_country": "SEN",
        "document_number": pno,
        "surname_print": SUR,
        "given_print": GIV,
        "nat_print": "SENEGALAISE",
        "date_of_birth": DOB,
        "sex": "F",
        "pob_print": "THIES",
        "issue_date": "2025-02-11",
        "authority": "DAF DAKAR",
        "expiry_date": "2030-02-10",
        "sig": "F. Ndiaye",
        "mrz": mrz,
    }
    lab = {
        "type": "Type",
        "code": "Code du pays",
        "no": "N° du passeport / Passport No.",
        "surname": "Nom / Surname",
        "given": "Prénoms / Given names",
        "nat": "Nationalité / Nationality",
        "dob": "Date de naissance / Date of birth",
        "sex": "Sexe / Sex",
        "pob": "Lieu de naissance / Place of birth",
        "issue": "Date de délivrance / Date of issue",
        "auth": "Autorité / Authority",
        "exp": "Date d'expiration / Date of expiry",
    }
    style = {
        "bg": (232, 240, 226),
        "ink": (170, 205, 160),
        "title": (20, 90, 40),
        "header": "RÉPUBLIQUE DU SÉNÉGAL",
        "header2": "PASSEPORT / PASSPORT",
        "labels": lab,
        "date": ids.d_slash,
    }
    rng = pk.rng("passport")
    f = pk.photo("passeport.jpg", ids.passport_page(rng, p, style), "passport-photo", 90, 600)
    pk.doc(
        f,
        "passport",
        "phone_photo",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": pno,
            "nationality": "SEN",
            "issuing_country": "SEN",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2030-02-10",
            "mrz_valid": True,
        },
        "Senegalese ECOWAS biometric passport data page; photo taken sideways (rotated 90°).",
    )
    # VLS-TS salarié sticker
    vmrz = ids.mrva("FRA", SUR, GIV, pno, "SEN", DOB, "F", "2027-04-24")
    v = {
        "sticker_no": "FRA 0418833",
        "valid_from": "2026-04-25",
        "valid_until": "2027-04-24",
        "issued_in": "DAKAR",
        "issued_on": "2026-04-09",
        "passport_no": pno,
        "name_line": f"{SUR}, {GIV}",
        "remarks": ["VLS-TS SALARIE", "CDD 8 MOIS - AUTORISATION DE TRAVAIL", "CESEDA R431-16"],
        "mrz": vmrz,
    }
    f = pk.scan("scan_0007.jpg", ids.visa_sticker(pk.rng("visa"), v), "visa-scan", 300, 82)
    pk.doc(
        f,
        "long_stay_visa",
        "scan",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": pno,
            "nationality": "SEN",
            "issuing_country": "FRA",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2027-04-24",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "VLS-TS SALARIE",
            "valid_from": "2026-04-25",
            "valid_until": "2027-04-24",
        },
        "French type D visa sticker (MRV-A). document_number is the MRZ number (the passport "
        "number); the red sticker number FRA 0418833 is printed separately.",
    )
    # birth certificate: Senegalese extract, French language, no apostille (bilateral exemption)
    b = {
        "region": "Thiès",
        "departement": "Thiès",
        "commune": "Thiès-Nord",
        "centre": "Thiès-Nord principal",
        "dob": DOB,
        "reg_no": "00412",
        "dob_words": "Dix-sept mars mil neuf cent quatre-vingt-quatorze",
        "birth_time": "06 h 40 mn",
        "pob": "Thiès (Hôpital Régional)",
        "given": "Fatou Bintou",
        "sex_word": "Féminin",
        "surname": "NDIAYE",
        "father_given": "Mamadou",
        "mother": "Aminata SARR",
        "vfont": "dserif",
        "mention": "Dressé le vingt-deux mars mil neuf cent quatre-vingt-quatorze, sur la "
        "déclaration du père, par Nous, Officier de l'État Civil du centre susdit.",
        "issued_words": "14 janvier 2026",
    }
    f = pk.scan("extrait_naissance.jpg", papers.birth_senegal(pk.rng("birth"), b), "birth-scan")
    pk.doc(
        f,
        "birth_certificate",
        "scan",
        {
            "surname": SUR,
            "given_names": "Fatou Bintou",
            "date_of_birth": DOB,
            "place_of_birth": "Thiès",
            "issuing_country": "SEN",
            "language": "fr",
            "has_apostille": False,
        },
        "Extrait du registre des actes de naissance, Sénégal. No apostille: Senegal is not a party "
        "to the Hague Apostille Convention and France-Senegal (convention of 29 March 1974) "
        "dispenses civil-status acts from legalisation, so the certificate is acceptable as is.",
    )
    # lease (bail loi 1989), scanned
    L = {
        "sections": [
            (
                "I. DÉSIGNATION DES PARTIES",
                "Le présent contrat est conclu entre les soussignés :\nM. Gérard POULAIN, "
                "demeurant 12 rue de la Convention, 75015 Paris, désigné ci-après « le bailleur » ;"
                "\net Mme Fatou Bintou NDIAYE, née le 17/03/1994 à Thiès (Sénégal), désignée "
                "ci-après « le locataire ».",
            ),
            (
                "II. OBJET DU CONTRAT",
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé : "
                "appartement de type T2, 38 m², situé " + ADDR1 + ". Annexes : cave n° 12. "
                "Usage : habitation principale.",
            ),
            (
                "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
                "La durée du contrat et sa date de prise d'effet sont ainsi définies : prise "
                "d'effet le 1er juin 2026, pour une durée de trois ans.",
            ),
            (
                "IV. CONDITIONS FINANCIÈRES",
                "Loyer mensuel hors charges : 780,00 €. Provision pour charges : 95,00 €. "
                "Le loyer est payable mensuellement et d'avance, le 5 de chaque mois. "
                "Dépôt de garantie : 780,00 € (un mois de loyer hors charges).",
            ),
        ],
        "sections2": [
            (
                "V. TRAVAUX",
                "Néant. Le logement est loué en bon état d'usage et de réparation, tel que "
                "constaté dans l'état des lieux d'entrée annexé.",
            ),
            (
                "VI. GARANTIES",
                "Cautionnement : garantie Visale n° V02614587 (Action Logement).",
            ),
            (
                "VII. ANNEXES",
                "Diagnostic de performance énergétique (classe D), constat de risque "
                "d'exposition au plomb, état des risques, notice d'information, état des lieux.",
            ),
        ],
        "made_at": "Fait et signé à Aubervilliers, le 24 mai 2026, en deux originaux.",
    }
    f = pk.image_pdf("bail_aubervilliers.pdf", papers.lease_pages(pk.rng("lease"), L), "lease-s")
    pk.doc(
        f,
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Fatou Bintou NDIAYE"],
            "landlord": "Gérard POULAIN",
            "address": ADDR1,
            "start_date": "2026-06-01",
        },
        "Bail loi 1989 (locaux vides), signed by hand, scanned. Started 5 months before as_of.",
    )
    # CDD contract
    C = {
        "employer": "BERTRAND LOGISTIQUE SAS",
        "employer_lines": [
            "ZAC des Bas-Prés, 8 rue Marcel Dassault",
            "93150 Le Blanc-Mesnil",
            "SIRET 512 384 906 00027 — APE 5210B",
        ],
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "subtitle": "Conclu en application des articles L. 1242-1 et suivants du code du travail",
        "parties": "Entre la société BERTRAND LOGISTIQUE SAS, représentée par M. Olivier "
        "Marchetti, Directeur des ressources humaines, d'une part, et Madame Fatou Bintou "
        "NDIAYE, née le 17 mars 1994 à Thiès (Sénégal), de nationalité sénégalaise, demeurant "
        + ADDR1
        + ", d'autre part, il a été convenu ce qui suit.",
        "articles": [
            (
                "Article 1 — Objet et motif",
                "Madame NDIAYE est engagée pour faire face à un accroissement temporaire "
                "d'activité lié aux commandes de fin d'année.",
            ),
            (
                "Article 2 — Durée",
                "Le contrat prend effet le 18 mai 2026 et prendra fin le 17 janvier 2027. "
                "Il comporte une période d'essai de deux semaines.",
            ),
            (
                "Article 3 — Fonctions",
                "Madame NDIAYE occupera le poste de préparatrice de commandes, statut "
                "employé, niveau II, coefficient 120 de la convention collective des transports "
                "routiers et activités auxiliaires du transport.",
            ),
            (
                "Article 4 — Rémunération",
                "Rémunération brute mensuelle de 1 870,00 € pour 151,67 heures.",
            ),
            (
                "Article 5 — Durée du travail",
                "35 heures hebdomadaires, en équipe du matin (5 h - 12 h) du lundi au vendredi.",
            ),
            (
                "Article 6 — Indemnité de fin de contrat",
                "À l'issue du contrat, la salariée percevra l'indemnité de précarité de 10 % "
                "et l'indemnité compensatrice de congés payés.",
            ),
            (
                "Article 7 — Protection sociale",
                "Caisse de retraite complémentaire : Malakoff Humanis. Prévoyance : Carcept Prev.",
            ),
        ],
        "made_at": "Fait en deux exemplaires au Blanc-Mesnil, le 12 mai 2026.",
        "signatory": "Olivier Marchetti, DRH",
    }
    f = pk.image_pdf("contrat_CDD.pdf", papers.contract_pages(pk.rng("cdd"), C), "cdd-s")
    pk.doc(
        f,
        "employment_contract",
        "image_pdf",
        {
            "employer": "BERTRAND LOGISTIQUE SAS",
            "employee_name": "Fatou Bintou NDIAYE",
            "contract_type": "CDD",
            "job_title": "préparatrice de commandes",
            "start_date": "2026-05-18",
        },
        "CDD 8 months (2026-05-18 to 2027-01-17), signed on paper and scanned.",
    )
    # RIB Société Générale (emailed PDF)
    iban, key = fr_iban("30003", "01642", "00050412873")
    assert iban_ok(iban)
    Rb = {
        "rib": ["30003", "01642", "00050412873", key],
        "iban_print": spaced(iban),
        "bic": "SOGEFRPP",
        "holder_lines": ["MME NDIAYE FATOU BINTOU"] + ADDR,
        "branch_lines": ["SG AUBERVILLIERS", "2 RUE DU DOCTEUR POTAIN", "93300 AUBERVILLIERS"],
    }
    f = pk.text_pdf("RIB_SG.pdf", [papers.rib_sg(Rb)], author="Société Générale")
    pk.doc(
        f,
        "rib",
        "text_pdf",
        {
            "holder_name": "NDIAYE FATOU BINTOU",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "RIB downloaded from the SG app.",
    )
    # application form: typed, printed, signed and dated by hand, scanned to PDF
    F = {
        "surname": "NDIAYE",
        "usage": "",
        "given": "Fatou Bintou",
        "sex": "F",
        "dob": DOB,
        "pob": "Thiès, Sénégal",
        "nat": "Sénégalaise",
        "address": "45 avenue Jean Jaurès, Bât. B appt 214",
        "cp": "93300",
        "city": "Aubervilliers",
        "tel": "07 53 18 42 96",
        "mail": "fatou.ndiaye94@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "place": "Aubervilliers",
        "date_text": "12/11/2026",
    }
    f = pk.image_pdf("formulaire_cpam.pdf", form_pages(pk.rng("form"), F), "form-s")
    pk.doc(
        f,
        "application_form",
        "image_pdf",
        {
            "surname": "NDIAYE",
            "given_names": "Fatou Bintou",
            "date_of_birth": DOB,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "Cerfa 15763*02 typed, printed, dated and signed by hand, scanned (2 pages).",
    )
    return {
        "as_of": AS_OF,
        "employed": True,
        "requirements": {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete",
        },
        "defect": None,
        "applicant": {"surname": SUR, "given_names": GIV, "date_of_birth": DOB},
    }
