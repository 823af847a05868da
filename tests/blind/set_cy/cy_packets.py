"""Shared helpers for the packets of set_cy (wave 41), and packet p01 (Guinea)."""

import random
from datetime import date

import cy_civil as civ
import cy_fin as fin
import cy_ids as ids
from cy_checks import check_td3, fr_iban, iban_groups, iban_ok, rib_key_ok, siret
from cy_emit import Packet
from cy_form import Filler, form_pages

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def _iso(d):
    return d.isoformat() if d else None


def _id_fields(surname, given, number, nat, country, dob, sex, expiry, mrz_valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": country,
        "date_of_birth": _iso(dob),
        "sex": sex,
        "expiry_date": _iso(expiry),
        "mrz_valid": mrz_valid,
    }


def _rib_fields(holder, iban, bic, bank, key_ok=True):
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": iban_ok(iban),
        "rib_key_valid": key_ok,
    }


def _form_fields(surname, given, dob, status, signed, signed_on):
    return {
        "surname": surname,
        "given_names": given,
        "date_of_birth": _iso(dob),
        "employment_status": status,
        "signed": signed,
        "signed_on": _iso(signed_on),
        "nir": None,
    }


def _form(pk, d, run, way, rng, hfont="h-ecolier"):
    fl = Filler(way, rng, hfont)
    pages = form_pages(d, run, fl)
    return pages, fl


def _payslip_rows(gross):
    ss = round(gross * 0.069, 2)
    ret = round(gross * 0.0401, 2)
    csg = round(gross * 0.9825 * 0.068, 2)
    crds = round(gross * 0.9825 * 0.029, 2)
    rows = [
        ("Salaire de base", "151,67", None, None, gross),
        ("SALAIRE BRUT", None, None, None, gross),
        ("SANTÉ", None, None, None, None),
        ("Sécurité sociale - maladie maternité", None, None, None, None),
        ("Complémentaire santé", None, None, 21.30, None),
        ("RETRAITE", None, None, None, None),
        ("Sécurité sociale plafonnée", fin.fr_money(gross), "6,900", ss, None),
        ("Complémentaire Tranche 1", fin.fr_money(gross), "4,010", ret, None),
        ("FAMILLE", None, None, None, None),
        ("ASSURANCE CHÔMAGE", None, None, None, None),
        (
            "CSG déductible de l'impôt sur le revenu",
            fin.fr_money(gross * 0.9825),
            "6,800",
            csg,
            None,
        ),
        ("CSG/CRDS non déductible", fin.fr_money(gross * 0.9825), "2,900", crds, None),
    ]
    net = round(gross - ss - ret - csg - crds - 21.30, 2)
    return rows, net


# ================================================================== p01 Guinea


def p01(root):
    rng = random.Random(4101)
    pk = Packet(root, "p01")
    as_of = date(2026, 11, 18)
    sn, gn, dob, sex = "DIALLO", "MAMADOU SALIOU", date(1994, 3, 12), "M"
    skin = (105, 72, 50)
    per = {
        "surname": sn,
        "given": gn,
        "dob": dob,
        "sex": sex,
        "skin": skin,
        "surname_print": sn,
        "given_print": gn,
        "pob_print": "LABÉ",
    }
    pno, pexp = "R1048273", date(2029, 5, 5)
    pas = {
        "country": "GIN",
        "nat": "GIN",
        "number": pno,
        "issued": date(2024, 5, 6),
        "expiry": pexp,
        "authority": "DCPAF CONAKRY",
        "nat_print": "GUINÉENNE / GUINEAN",
        "dfmt": ids.d_fren,
        "person": per,
        "hcol": (30, 80, 50),
        "header": [
            ("CEDEAO  •  ECOWAS", "sans-b", 6.2),
            ("RÉPUBLIQUE DE GUINÉE / REPUBLIC OF GUINEA", "serif-b", 8.2),
            ("PASSEPORT / PASSPORT", "sans-b", 6.5),
        ],
        "labels": {
            "type": "Type",
            "code": "Code",
            "no": "N° Passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "pob": "Lieu de naissance / Place of birth",
            "issue": "Date de délivrance / Date of issue",
            "auth": "Autorité / Authority",
            "exp": "Date d'expiration / Date of expiry",
        },
    }
    pp, (m1, m2) = ids.passport(pas, rng)
    assert check_td3(m1, m2)
    pk.photo("IMG_20261103_184522.jpg", pp, rng, rot=90, dpi=300, margin=0.2)
    pk.doc(
        [("IMG_20261103_184522.jpg", [1])],
        "passport",
        "phone_photo",
        _id_fields(sn, gn, pno, "GIN", "GIN", dob, sex, pexp),
        "Guinean ECOWAS passport data page photographed on a table, image rotated 90°.",
    )
    vno = "025847316"
    vis = {
        "number": vno,
        "person": per,
        "nat": "GIN",
        "valid_from": date(2026, 2, 20),
        "valid_until": date(2027, 2, 19),
        "days": "365",
        "issued_at": "CONAKRY",
        "issued_on": date(2026, 2, 2),
        "passport_no": pno,
        "remarks": [
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR",
            "VLS-TS SALARIE",
            "CESEDA R.431-16",
        ],
    }
    vp, (_v1, _v2) = ids.visa_sticker(vis, rng)
    scan = pk.card_scan_page([(vp, (20, 25), (120, 82))], rng)
    pk.scan("scan_visa.jpg", scan, rng)
    pk.doc(
        [("scan_visa.jpg", [1])],
        "long_stay_visa",
        "scan",
        dict(
            _id_fields(sn, gn, vno, "GIN", "FRA", dob, sex, vis["valid_until"]),
            visa_type="D",
            vls_ts=True,
            category="salarié",
            valid_from=_iso(vis["valid_from"]),
            valid_until=_iso(vis["valid_until"]),
        ),
        "French VLS-TS sticker, MRV-A zone carries the visa number; valid at as_of.",
    )
    b = {
        "prefecture": "LABÉ",
        "act_no": "0412",
        "surname": "DIALLO",
        "given": "Mamadou Saliou",
        "dob": dob,
        "hour": "07 h 30",
        "dob_words": "le douze mars mil neuf cent quatre-vingt-quatorze",
        "pob": "Labé (Hôpital régional)",
        "sex_word": "Masculin",
        "father": "DIALLO Alpha Oumar",
        "father_job": "Commerçant",
        "mother": "BAH Kadiatou",
        "mother_job": "Ménagère",
        "parents_home": "Quartier Tata, Labé",
        "reg_words": "quinze mars mil neuf cent quatre-vingt-quatorze",
        "issued": date(2025, 9, 10),
        "leg1": [
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "ET DES GUINÉENS DE L'ÉTRANGER",
            "Vu pour légalisation de la signature",
            "de l'Officier d'état civil de Labé",
        ],
        "leg1_date": date(2025, 9, 15),
        "leg2": [
            "AMBASSADE DE FRANCE EN GUINÉE",
            "Vu pour légalisation de la signature",
            "de M. le Chef de service, MAEGE",
        ],
        "leg2_date": date(2025, 9, 22),
    }
    pk.image_pdf("acte_de_naissance.pdf", [civ.birth_guinea(b, rng)], rng)
    pk.doc(
        [("acte_de_naissance.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DIALLO",
            "given_names": "Mamadou Saliou",
            "date_of_birth": _iso(dob),
            "place_of_birth": "Labé (Hôpital régional)",
            "issuing_country": "GIN",
            "language": "fr",
            "has_apostille": False,
        },
        "Guinea is not a party to the Hague Apostille Convention: the extract is legalised "
        "(Guinean foreign ministry, then French embassy in Conakry), which is the route "
        "required for that country. Expected complete.",
    )
    addr = ("27 rue Paul Bert, appartement 14", "69003 Lyon")
    le = {
        "landlord_lines": [
            "M. Bernard CHAMBON",
            "né le 02/02/1961 à Villeurbanne",
            "12 chemin des Pivoines, 69130 Écully",
        ],
        "tenant_lines": ["M. Mamadou Saliou DIALLO", "né le 12/03/1994 à Labé (Guinée)"],
        "address": addr,
        "kind": "Immeuble collectif — appartement T2, 3e étage",
        "surface": "41,5 m²",
        "rooms": "2",
        "start": date(2026, 3, 15),
        "rent": "620,00 €",
        "charges": "55,00 €",
        "deposit": "620,00 €",
        "irl": "4e trimestre 2025",
        "clauses": [
            (
                "V. TRAVAUX",
                (
                    "Le locataire prend le logement dans l'état décrit à l'état "
                    "des lieux d'entrée. Aucun travaux n'a été réalisé depuis la fin du "
                    "dernier contrat de location."
                ),
            ),
            (
                "VI. GARANTIES",
                (
                    "Dépôt de garantie d'un mois de loyer hors charges, "
                    "restitué dans un délai d'un mois à compter de la remise des clés si "
                    "l'état des lieux de sortie est conforme."
                ),
            ),
            (
                "VII. CLAUSE RÉSOLUTOIRE",
                (
                    "Le bail sera résilié de plein droit en cas "
                    "de défaut de paiement du loyer ou des charges, deux mois après un "
                    "commandement de payer demeuré infructueux."
                ),
            ),
            (
                "VIII. ASSURANCE",
                (
                    "Le locataire s'oblige à s'assurer contre les risques "
                    "locatifs et à en justifier lors de la remise des clés puis chaque "
                    "année."
                ),
            ),
        ],
        "done": "Fait à Lyon, le 10/03/2026, en deux exemplaires originaux.",
        "tenant_sig_names": ["M. DIALLO"],
    }
    pk.text_pdf(
        "Bail_DIALLO_Paul_Bert.pdf",
        fin.lease(le, rng),
        "Contrat de location",
        "Agence Saxe Immobilier",
    )
    pk.doc(
        [("Bail_DIALLO_Paul_Bert.pdf", [1, 2, 3])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Mamadou Saliou DIALLO"],
            "landlord": "Bernard CHAMBON",
            "address": ", ".join(addr),
            "start_date": "2026-03-15",
        },
        "Bail loi 1989, unfurnished flat; started 8 months before as_of.",
    )
    st = siret("81427630", "0002")
    emp = "LOGIRHÔNE SERVICES SAS"
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "subtitle": "Convention collective nationale des transports routiers et activités "
        "auxiliaires du transport (IDCC 16)",
        "employer_par": f"La société {emp}, SAS au capital de 150 000 €, dont le siège est "
        "situé 12 rue de l'Industrie, 69200 Vénissieux, immatriculée au RCS "
        f"de Lyon, SIRET {st}, représentée par Mme Claire VIDAL, "
        "Directrice des ressources humaines,",
        "employee_par": "M. Mamadou Saliou DIALLO, né le 12 mars 1994 à Labé (Guinée), de "
        "nationalité guinéenne, demeurant 27 rue Paul Bert, 69003 Lyon, titulaire "
        "d'un visa long séjour valant titre de séjour « salarié » n° 025847316,",
        "articles": [
            (
                "Article 1 — Engagement",
                (
                    "M. DIALLO est engagé à compter du 6 avril 2026 pour "
                    "une durée indéterminée, sous réserve des résultats de la visite d'information "
                    "et de prévention."
                ),
            ),
            (
                "Article 2 — Fonctions",
                (
                    "Il exercera les fonctions de préparateur de commandes "
                    "cariste (CACES R489 catégories 1 et 3), groupe 3 bis, coefficient 118 M."
                ),
            ),
            (
                "Article 3 — Période d'essai",
                (
                    "Le présent contrat ne deviendra définitif qu'à "
                    "l'issue d'une période d'essai de deux mois, renouvelable une fois."
                ),
            ),
            (
                "Article 4 — Durée du travail",
                (
                    "La durée hebdomadaire de travail est fixée à 35 "
                    "heures, réparties du lundi au vendredi selon des horaires d'équipe."
                ),
            ),
            (
                "Article 5 — Rémunération",
                (
                    "M. DIALLO percevra une rémunération mensuelle brute "
                    "de 2 050,00 € pour 151,67 heures, versée le dernier jour ouvré du mois."
                ),
            ),
            (
                "Article 6 — Lieu de travail",
                (
                    "Le salarié exercera ses fonctions sur la "
                    "plateforme logistique de Vénissieux (69200)."
                ),
            ),
            (
                "Article 7 — Congés payés",
                (
                    "Le salarié bénéficie des congés payés prévus par "
                    "les dispositions légales et conventionnelles."
                ),
            ),
            (
                "Article 8 — Protection sociale",
                (
                    "Le salarié est affilié au régime général de "
                    "la sécurité sociale, à la mutuelle d'entreprise et au régime de retraite "
                    "complémentaire AGIRC-ARRCO."
                ),
            ),
        ],
        "done": "Fait en deux exemplaires à Vénissieux, le 30 mars 2026.",
        "employer_sig_name": "Claire VIDAL, DRH",
    }
    cpages = fin.contract(c, rng)
    pk.image_pdf("contrat_CDI.pdf", cpages, rng)
    pk.doc(
        [("contrat_CDI.pdf", list(range(1, len(cpages) + 1)))],
        "employment_contract",
        "image_pdf",
        {
            "employer": emp,
            "employee_name": "Mamadou Saliou DIALLO",
            "contract_type": "CDI",
            "job_title": "préparateur de commandes cariste",
            "start_date": "2026-04-06",
        },
    )
    rows, net = _payslip_rows(2050.0)
    ps = {
        "start": date(2026, 10, 1),
        "end": date(2026, 10, 31),
        "paid": date(2026, 10, 30),
        "employer_lines": [
            emp,
            "12 rue de l'Industrie",
            "69200 Vénissieux",
            "SIRET : " + st,
            "Code NAF : 5210B",
            "URSSAF Rhône-Alpes",
        ],
        "employee_lines": [
            "M. DIALLO MAMADOU SALIOU",
            addr[0],
            addr[1],
            "Matricule : 004187",
            "N° SS : en cours",
        ],
        "job": [
            ("Emploi", "Préparateur de commandes cariste"),
            ("Statut", "Ouvrier — groupe 3 bis, coef. 118 M"),
            ("Date d'entrée", "06/04/2026"),
            ("Contrat", "CDI — temps complet"),
            ("Convention collective", "Transports routiers (IDCC 16)"),
        ],
        "rows": rows,
        "totals": [
            ("Net à payer avant impôt sur le revenu", net, False),
            ("Impôt sur le revenu prélevé à la source — taux 0,00 %", 0.0, False),
            ("Montant net social", round(net + 21.3, 2), False),
        ],
        "net": net,
    }
    pk.text_pdf("bulletin_octobre_2026.pdf", [fin.payslip(ps)], "Bulletin de paie 10/2026", "Silae")
    pk.doc(
        [("bulletin_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "DIALLO MAMADOU SALIOU",
            "period": "2026-10",
            "net_pay": net,
            "siret": st,
        },
    )
    iban, key = fr_iban("30004", "00828", "00010487265")
    r = {
        "style": {
            "logo": "bnp",
            "color": (0, 130, 80),
            "foot": "BNP Paribas SA au capital de 2 261 621 342 € — 662 042 449 RCS "
            "Paris — ORIAS 07 022 735",
        },
        "holder_lines": ["M MAMADOU SALIOU DIALLO", addr[0], addr[1]],
        "agency_lines": [
            "BNP PARIBAS LYON GUILLOTIÈRE",
            "8 place Gabriel Péri",
            "69007 LYON",
            "Tél. 3477",
        ],
        "bank": "30004",
        "branch": "00828",
        "account": "00010487265",
        "key": key,
        "iban_print": iban_groups(iban),
        "bic": "BNPAFRPPXXX",
    }
    pk.text_pdf("RIB_BNP.pdf", [fin.rib(r, rng)], "Relevé d'identité bancaire", "BNP Paribas")
    pk.doc(
        [("RIB_BNP.pdf", [1])],
        "rib",
        "text_pdf",
        _rib_fields(
            "M MAMADOU SALIOU DIALLO",
            iban,
            "BNPAFRPPXXX",
            "BNP Paribas",
            rib_key_ok("30004", "00828", "00010487265", key),
        ),
    )
    fd = {
        "surname": sn,
        "usage": "",
        "given": "MAMADOU SALIOU",
        "sex": "M",
        "dob": "12/03/1994",
        "pob_city": "Labé",
        "pob_country": "Guinée",
        "nationality": "Guinéenne",
        "nir": "",
        "address": "27 rue Paul Bert, appt 14",
        "cp": "69003",
        "city": "Lyon",
        "phone": "07 58 21 44 90",
        "email": "msdiallo94@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Préparateur de commandes",
        "place": "Lyon",
        "date_text": "02/11/2026",
        "sign": "pen",
    }
    pages, _ = _form(pk, fd, "A", "hand", rng, "h-breip")
    pk.scan("scan_0001.jpg", pages[0], rng, 200)
    pk.scan("scan_0002.jpg", pages[1], rng, 200)
    pk.doc(
        [("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])],
        "application_form",
        "scan",
        _form_fields(sn, "MAMADOU SALIOU", dob, "employed", True, date(2026, 11, 2)),
        "Cerfa 15763*02 filled by hand (print run A), two flatbed scans; CDI ticked.",
    )
    return pk, {
        "as_of": _iso(as_of),
        "employed": True,
        "status": "complete",
        "requirements": dict(ALL_OK),
        "defect": None,
        "applicant": {"surname": sn, "given_names": gn, "date_of_birth": _iso(dob)},
    }
