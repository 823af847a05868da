"""set_bs packet p02: data, files, looks and expected truth."""

from __future__ import annotations

import docs_birth as db
import docs_fr as df
import docs_home as dh
from kit import (
    ALL_OK,
    PASS_LABELS_FR,
    applicant_block,
    cerfa_args,
    emit,
    form_fields,
    passport,
    rib_doc,
    siret,
    visa,
)


def p02(pk, rng):
    """Morocco, CDI, lease + quittance, Crédit Agricole RIB (image PDF), extrait d'acte + "
    "apostille."""
    a = {
        "surname": "EL OUAZZANI",
        "mrz_surname": "EL OUAZZANI",
        "given_names": "MOHAMED AMINE",
        "given": "MOHAMED AMINE",
        "dob": "1993-02-08",
        "sex": "M",
        "nat": "MAR",
        "issuing": "MAR",
        "number": "UZ4821736",
        "expiry": "2028-05-09",
        "skin": (196, 150, 112),
        "hair": (30, 25, 20),
        "pob_city": "Fès",
        "pob_country": "Maroc",
        "nat_fr": "Marocaine",
        "phone": "07 66 12 09 45",
        "email": "m.amine.elouazzani@outlook.fr",
    }
    addr = ["8 allée des Cerisiers, Bât. B", "31200 Toulouse"]
    pp = {
        **a,
        "country_title": "ROYAUME DU MAROC",
        "doc_title": "PASSEPORT",
        "labels": PASS_LABELS_FR,
        "nat_text": "MAROCAINE / MOROCCAN",
        "dob_text": df.fr_date(a["dob"]).replace("/", "."),
        "pob": "FES",
        "issue_text": "10.05.2023",
        "expiry_text": df.fr_date(a["expiry"]).replace("/", "."),
        "authority": "MINISTERE DE L'INTERIEUR",
        "base": (226, 236, 228),
        "line": (200, 222, 206),
        "hdr": (140, 20, 30),
    }
    passport(pk, rng, "passeport.jpg", "scan", pp)
    visa(
        pk,
        rng,
        "IMG_20261112_183204.jpg",
        "phone_photo",
        a,
        {
            "number": "052219874",
            "from": "2026-01-20",
            "until": "2027-01-19",
            "issued": "2026-01-05",
            "issued_in": "RABAT",
            "days": "365",
            "remarks": "VLS-TS SALARIE",
            "category": "SALARIE",
        },
        rot=270,
    )
    employer = "GARONNE MAINTENANCE INDUSTRIELLE"
    f = cerfa_args(
        {**a, "given_names": "Mohamed Amine"},
        addr,
        {
            "employed": True,
            "job": "Technicien de maintenance",
            "contract": "CDI",
            "employer": "Garonne Maintenance Industrielle, 14 chemin de la Loge, 31400 Toulouse",
            "arrival": "2026-01-28",
            "place": "Toulouse",
            "date": "2026-11-16",
            "tfont": "mono",
        },
    )
    files = emit(pk, df.cerfa(f, rng, hand=False), "image_pdf", "demande_PUMA_signee.pdf", rng)
    pk.add(
        files,
        "application_form",
        "image_pdf",
        form_fields({**a, "given_names": "Mohamed Amine"}, True, True, "2026-11-16"),
        "cerfa typed, printed, signed by hand and scanned",
    )
    le = {
        "landlord_par": "Madame Françoise LEMAIRE-DUBOIS, demeurant 3 rue des Arts, 31000 Toulouse",
        "tenant_par": "Monsieur Mohamed Amine EL OUAZZANI, né le 08/02/1993 à Fès (Maroc)",
        "address": "8 allée des Cerisiers, Bât. B, 2e étage, porte 21, 31200 Toulouse",
        "surface": "41",
        "rooms": "2",
        "start": "2026-04-01",
        "rent": 585.0,
        "charges": 45.0,
        "place": "Toulouse",
        "signed": "2026-03-24",
    }
    files = emit(pk, dh.lease(le, rng), "image_pdf", "bail_appartement.pdf", rng)
    pk.add(
        files,
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Mohamed Amine EL OUAZZANI"],
            "landlord": "Françoise LEMAIRE-DUBOIS",
            "address": le["address"],
            "start_date": "2026-04-01",
        },
        "bail loi 1989, logement vide, 3 ans",
    )
    q = {
        "no": "2026-10",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "landlord_lines": ["Mme Françoise LEMAIRE-DUBOIS", "3 rue des Arts", "31000 Toulouse"],
        "tenant_lines": ["M. Mohamed Amine EL OUAZZANI", addr[0], addr[1]],
        "text": "Je soussignée Françoise LEMAIRE-DUBOIS, propriétaire du logement situé 8 allée "
        "des "
        "Cerisiers, Bât. B, 31200 Toulouse, déclare avoir reçu de M. Mohamed Amine EL OUAZZANI "
        "la somme de 630,00 € (six cent trente euros) au titre du paiement du loyer et des "
        "charges pour la période du 1er au 31 octobre 2026, et lui en donne quittance, sous "
        "réserve de tous mes droits.",
        "rent": 585.0,
        "charges": 45.0,
        "place": "Toulouse",
        "date": "2026-11-03",
    }
    files = emit(pk, dh.quittance(q, rng), "phone_photo", "quittance_octobre.jpg", rng, rot=0)
    pk.add(
        files,
        "unknown",
        "phone_photo",
        {},
        "quittance de loyer (rent receipt) for October 2026: a receipt, not a lease",
    )
    rib_doc(
        pk,
        rng,
        "RIB_CA.pdf",
        "image_pdf",
        {
            "color": (0, 115, 110),
            "bank_title": "CRÉDIT AGRICOLE TOULOUSE 31",
            "holder_line": "M. EL OUAZZANI MOHAMED AMINE",
            "holder_addr": addr,
            "branch": ["AGENCE TOULOUSE EMPALOT", "22 avenue Jean Moulin", "31400 TOULOUSE"],
            "bank": "13106",
            "guichet": "00500",
            "account": "30012874561",
            "bic": "AGRIFRPP831",
            "header_right": "RIB",
            "holder_label": "Intitulé du compte",
            "footer": "Caisse Régionale de Crédit Agricole Mutuel Toulouse 31 - 776 916 207 RCS "
            "Toulouse",
        },
        "EL OUAZZANI MOHAMED AMINE",
        "Crédit Agricole Toulouse 31",
    )
    sir = siret("8124573900002")
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": employer,
        "employer_addr": ["14 chemin de la Loge", "31400 Toulouse"],
        "siret": sir,
        "naf": "3312Z",
        "urssaf": "Midi-Pyrénées 731 000 4821",
        "employee_line": "M. Mohamed Amine EL OUAZZANI",
        "employee_addr": addr,
        "job": "Technicien de maintenance",
        "status": "Non cadre - Niveau III",
        "entry": "2026-02-02",
        "ccn": "Métallurgie (IDCC 3248)",
        "contract": "CDI - temps plein",
        "gross": 2350.0,
        "pas_rate": 2.1,
        "paid": "2026-10-30",
        "deductions": [
            ("Sécurité sociale plafonnée", 6.90),
            ("Sécurité sociale déplafonnée", 0.40),
            ("Retraite complémentaire T1", 4.01),
            ("Complémentaire santé", 1.15),
            ("CSG déductible", 6.68),
            ("CSG/CRDS non déductible", 2.87),
        ],
    }
    files = emit(
        pk,
        df.payslip(s, rng),
        "text_pdf",
        "bulletin_salaire_2026_10.pdf",
        rng,
        title="Bulletin de paie octobre 2026",
        author="Silae",
    )
    pk.add(
        files,
        "payslip",
        "text_pdf",
        {
            "employer": employer,
            "employee_name": "Mohamed Amine EL OUAZZANI",
            "period": "2026-10",
            "net_pay": s["net"],
            "siret": sir,
        },
    )
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "employer_par": f"La société {employer}, SAS au capital de 50 000 €, dont le siège est "
        f"situé 14 "
        f"chemin de la Loge, 31400 Toulouse, immatriculée sous le n° SIRET {sir}, "
        "représentée par M. Olivier CAZENEUVE, Directeur général, ci-après « l'Employeur »",
        "employee_par": "Monsieur Mohamed Amine EL OUAZZANI, né le 8 février 1993 à Fès "
        "(Maroc), de "
        "nationalité marocaine, demeurant 8 allée des Cerisiers, Bât. B, 31200 Toulouse, "
        "ci-après « le Salarié »",
        "articles": [
            (
                "Article 1 - Engagement",
                "Le Salarié est engagé à compter du 2 février 2026 pour une durée "
                "indéterminée, sous réserve des résultats de la visite d'information et de "
                "prévention.",
            ),
            (
                "Article 2 - Fonctions",
                "Le Salarié exerce les fonctions de Technicien de maintenance, "
                "statut non cadre, niveau III, coefficient 215 de la convention collective de "
                "la métallurgie.",
            ),
            (
                "Article 3 - Période d'essai",
                "Le contrat ne deviendra définitif qu'à l'issue d'une période "
                "d'essai de deux mois, renouvelable une fois d'un commun accord.",
            ),
            (
                "Article 4 - Rémunération",
                "Le Salarié percevra une rémunération brute mensuelle de "
                "2 350,00 euros pour 151,67 heures de travail par mois.",
            ),
            (
                "Article 5 - Durée du travail",
                "La durée hebdomadaire de travail est fixée à 35 heures.",
            ),
            (
                "Article 6 - Lieu de travail",
                "Le Salarié exercera ses fonctions au siège de l'entreprise et "
                "sur les sites des clients de la région toulousaine.",
            ),
            (
                "Article 7 - Congés payés",
                "Le Salarié bénéficiera des congés payés prévus par la loi.",
            ),
            (
                "Article 8 - Protection sociale",
                "Le Salarié sera affilié au régime général de la Sécurité "
                "sociale, à la caisse de retraite complémentaire AGIRC-ARRCO et au contrat "
                "collectif de "
                "complémentaire santé de l'entreprise.",
            ),
        ],
        "place": "Toulouse",
        "signed": "2026-01-30",
        "stamp": ["GARONNE MAINTENANCE * TOULOUSE * ", "GMI", "SAS"],
    }
    files = emit(pk, df.contract(c, rng), "image_pdf", "contrat_CDI.pdf", rng)
    pk.add(
        files,
        "employment_contract",
        "image_pdf",
        {
            "employer": employer,
            "employee_name": "Mohamed Amine EL OUAZZANI",
            "contract_type": "CDI",
            "job_title": "Technicien de maintenance",
            "start_date": "2026-02-02",
        },
    )
    m = {
        "province_fr": "Préfecture de Fès",
        "commune_fr": "Commune de Fès - Arrondissement Fès-Médina",
        "province_ar": "عمالة فاس",
        "acte": "1187",
        "year": "1993",
        "surname": "EL OUAZZANI",
        "surname_ar": "الوزاني",
        "given": "Mohamed Amine",
        "given_ar": "محمد أمين",
        "dob_text": "08 février 1993",
        "dob_ar": "08 فبراير 1993",
        "hijri": "16 chaabane 1413",
        "hijri_ar": "16 شعبان 1413",
        "pob": "Fès",
        "pob_ar": "فاس",
        "sex_text": "Masculin",
        "sex_ar": "ذكر",
        "father": "Abdelkader",
        "father_ar": "عبد القادر",
        "mother": "Fatima Zahra BENNANI",
        "mother_ar": "فاطمة الزهراء بناني",
        "place": "Fès",
        "issued_text": "02/09/2026",
    }
    files = emit(pk, db.morocco_extrait(m, rng), "scan", "acte_naissance.jpg", rng, dpi=200)
    pk.add(
        files,
        "birth_certificate",
        "scan",
        {
            "surname": "EL OUAZZANI",
            "given_names": "Mohamed Amine",
            "date_of_birth": a["dob"],
            "place_of_birth": "Fès",
            "issuing_country": "MAR",
            "language": "ar/fr",
            "has_apostille": True,
        },
        "bilingual Arabic/French extrait d'acte de naissance, état civil Fès",
    )
    files = emit(
        pk,
        db.apostille_hague(
            {
                "header": [
                    "ROYAUME DU MAROC",
                    "Ministère de la Justice",
                    "Tribunal de Première Instance de Fès",
                ],
                "font": "dserif",
                "fontb": "dserif-b",
                "items": [
                    "Royaume du Maroc",
                    "M. Hassan BENJELLOUN",
                    "Officier de l'état civil",
                    "Bureau d'état civil Fès-Médina",
                    "Fès",
                    "15/09/2026",
                    "Le Procureur du Roi, TPI de Fès",
                    "FES-2026-008731",
                ],
                "seal_ring": "ROYAUME DU MAROC * PROCUREUR DU ROI * ",
                "seal_center": ["TPI", "FES"],
            },
            rng,
        ),
        "scan",
        "apostille_maroc.jpg",
        rng,
        dpi=150,
    )
    pk.add(
        files,
        "apostille",
        "scan",
        {
            "country": "Royaume du Maroc",
            "issued_on": "2026-09-15",
            "number": "FES-2026-008731",
            "signed_by": "Le Procureur du Roi, TPI de Fès",
        },
        "apostille for the Moroccan birth certificate",
    )
    return {
        "as_of": "2026-11-24",
        "employed": True,
        "status": "complete",
        "requirements": dict(ALL_OK),
        "defect": None,
        "applicant": applicant_block(a),
    }


#
