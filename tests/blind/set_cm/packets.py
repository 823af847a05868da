"""The four packets: data, files, looks and truth."""

import docs_bc
import docs_fr
import docs_id
from docs_form import form
from kit import (
    bill_data,
    check_iban,
    id_fields,
    scan_item,
    scan_pages,
    truth,
)
from util import fr_date, fr_iban, fr_words, photo_look, render, save_png, siret

ALL_OK = {"application_form": "complete", "identity": "complete", "residence_status": "complete",
              "birth_certificate": "complete", "residence_proof": "complete", "bank_details": "complete",
              "employment": "complete"}  # fmt: skip


def _rib(bank, branch, account, bic):
    iban, key = fr_iban(bank, branch, account)
    check_iban(iban, bank, branch, account, key)
    return iban, key


# ------------------------------------------------------------------ p01 Burundi
def p01_burundi(pk):
    rng = pk.rng
    as_of = "2026-11-20"
    sn, gn, dob = "NDIKUMANA", "Éric Jean de Dieu", "1994-03-17"
    addr = ["12 rue de Marseille, Appt 31", "69007 Lyon"]
    # form: typed on screen, printed, signed by hand, scanned
    f = {"surname": sn, "given": "Éric Jean de Dieu", "sex": "M", "dob": dob,
             "pob": "Bujumbura (Burundi)", "nat": "Burundaise", "addr": addr[0], "cp": "69007",
             "city": "Lyon", "tel": "07 58 12 94 30", "mail": "eric.ndikumana94@gmail.com",
             "situation": "salarie", "job": "Technicien de maintenance", "contract": "CDI",
             "place": "Lyon", "date_text": "12/11/2026", "signed": True}  # fmt: skip
    pk.scan_pdf("Formulaire_S1106_scan.pdf", scan_pages(form(f, rng, run=1, hand=False), rng))
    pk.doc([("Formulaire_S1106_scan.pdf", [1, 2])], "application_form", "image_pdf",
           {"surname": sn, "given_names": gn, "date_of_birth": dob, "employment_status": "employed",
                "signed": True, "signed_on": "2026-11-12", "nir": None},
           "cerfa 15763*02 typed, printed, signed by hand, scanned")  # fmt: skip
    # passport
    p = {"code": "BDI", "number": "OP0471963", "surname": sn, "given": "ERIC JEAN DE DIEU",
             "mrz_surname": sn, "mrz_given": "ERIC JEAN DE DIEU", "sex": "M", "dob": dob, "pob": "BUJUMBURA",
             "issued": "2023-02-14", "expiry": "2028-02-13", "authority": "PAFE BUJUMBURA"}  # fmt: skip
    pdf, _ = docs_id.passport(p, rng, skin=(0.36, 0.24, 0.17))
    pk.jpg("passeport.jpg", scan_item(pdf, rng, 300), 90)
    pk.doc(
        [("passeport.jpg", [1])],
        "passport",
        "scan",
        id_fields(sn, "ERIC JEAN DE DIEU", "OP0471963", "BDI", "BDI", dob, "M", "2028-02-13"),
    )
    # titre de séjour, phone photos, verso rotated
    t = {"number": "F2B874531", "surname": sn, "given": "ERIC JEAN DE DIEU", "sex": "M", "nat": "BDI",
             "dob": "17 03 1994", "dob_iso": dob, "kind": "CARTE DE SÉJOUR TEMPORAIRE",
             "remarks": "SALARIÉ", "expiry": "07 07 2027", "expiry_iso": "2027-07-07",
             "pob": "BUJUMBURA (BDI)", "address": "12 RUE DE MARSEILLE 69007 LYON",
             "issued": "08 07 2026", "authority": "PRÉFET DU RHÔNE", "agdref": "6902514873",
             "mrz_surname": sn, "mrz_given": "ERIC JEAN DE DIEU", "skin": (0.36, 0.24, 0.17)}  # fmt: skip
    pages, _ = docs_id.titre_sejour(t, rng)
    pk.jpg("titre_sejour_recto.jpg", photo_look(render(pages[0], 600)[0], rng, 3024))
    pk.jpg("titre_sejour_verso.jpg", photo_look(render(pages[1], 600)[0], rng, 3024, rot=90))
    pk.doc(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        id_fields(sn, "ERIC JEAN DE DIEU", "F2B874531", "BDI", "FRA", dob, "M", "2027-07-07"),
        "carte de séjour temporaire 'salarié'; MRZ (TD1) on the back photo, rotated 90",
    )
    # birth certificate + apostille (one scanned PDF)
    b = {"commune": "MUKAZA", "act_no": "1187", "year": "1994", "surname": sn, "given": "Éric Jean de Dieu",
             "sex_word": "Masculin", "dob_words": "dix-sept mars mil neuf cent quatre-vingt-quatorze",
             "pob": "Bujumbura, Commune Mukaza, Province de Bujumbura",
             "father": "NDIKUMANA Pascal", "mother": "NIYONZIMA Béatrice",
             "parents_home": "Quartier Rohero I, Bujumbura", "declarant": "NDIKUMANA Pascal, père",
             "decl_date": "21 mars 1994", "issued_words": "9 février 2026",
             "officer": "BIGIRIMANA Thérèse", "receipt": "0048813"}  # fmt: skip
    cert = docs_bc.burundi(b, rng)
    apo = docs_id.apostille(
        {
            "subtitle": "(Convention de La Haye du 5 octobre 1961)",
            "labels": docs_id.APO_FR,
            "values": [
                "République du Burundi",
                "BIGIRIMANA Thérèse",
                "Officier de l'État Civil",
                "la Commune Mukaza",
                "Bujumbura",
                "16 février 2026",
                "NTAHOMVUKIYE Claver, Ministère des Affaires Étrangères",
                "APO/0316/2026",
            ],
            "stamp": "MINISTÈRE DES AFFAIRES ÉTRANGÈRES * BURUNDI *",
            "stamp_c": ["APOSTILLE"],
        },
        rng,
    )
    pages = scan_pages(cert, rng) + scan_pages(apo, rng)
    pk.scan_pdf("acte_naissance_apostille.pdf", pages)
    pk.doc([("acte_naissance_apostille.pdf", [1])], "birth_certificate", "image_pdf",
           {"surname": sn, "given_names": gn, "date_of_birth": dob,
                "place_of_birth": "Bujumbura, Commune Mukaza, Province de Bujumbura",
                "issuing_country": "BDI", "language": "fr", "has_apostille": True},
           "extrait d'acte de naissance in French; apostille on page 2")  # fmt: skip
    pk.doc([("acte_naissance_apostille.pdf", [2])], "apostille", "image_pdf",
           {"country": "Burundi", "issued_on": "2026-02-16", "number": "APO/0316/2026",
                "signed_by": "NTAHOMVUKIYE Claver"})  # fmt: skip
    # bail meublé (text pdf) + quittance
    land = "Odile FERRAND"
    L = {"title": "CONTRAT DE LOCATION - LOGEMENT MEUBLÉ",
             "subtitle": "Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 "
             "(résidence principale du locataire)", "city": "Lyon", "signed_on": "24/04/2026",
             "sections": [
                 ("I. DÉSIGNATION DES PARTIES", [
                     f"Le bailleur : Mme {land}, demeurant 4 montée du Gourguillon, 69005 Lyon.",
                     (f"Le locataire : M. {sn} Éric Jean de Dieu, né le 17/03/1994 à Bujumbura "
                     "(Burundi).")]),
                 ("II. OBJET DU CONTRAT", [
                     ("Adresse du logement : 12 rue de Marseille, Appartement 31, 3e étage, "
                     "69007 Lyon. Type : T1 meublé de 27 m², immeuble collectif. Liste du "
                     "mobilier annexée au présent contrat.")]),
                 ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", [
                     ("Date de prise d'effet du contrat : 1er mai 2026. Durée : un (1) an, "
                     "renouvelable par tacite reconduction.")]),
                 ("IV. CONDITIONS FINANCIÈRES", [
                     ("Loyer mensuel hors charges : 640,00 €. Provision sur charges : 45,00 €. "
                     "Payable d'avance le 5 de chaque mois. Dépôt de garantie : 1 280,00 € "
                     "(deux mois de loyer hors charges, logement meublé).")]),
                 ("V. TRAVAUX, GARANTIES ET CLAUSES", [
                     ("Le locataire s'engage à souscrire une assurance habitation et à en "
                     "justifier chaque année. Clause résolutoire : le bail sera résilié de plein "
                     "droit en cas de défaut de paiement du loyer deux mois après un "
                     "commandement demeuré infructueux."),
                     ("Annexes : état des lieux d'entrée, inventaire du mobilier, dossier de "
                     "diagnostic technique (DPE classe D), notice d'information.")]),
             ]}  # fmt: skip
    pk.text_pdf("Bail_meuble_Ferrand.pdf", docs_fr.lease(L, rng))
    pk.doc([("Bail_meuble_Ferrand.pdf", [1, 2])], "lease", "text_pdf",
           {"tenant_names": [f"{sn} Éric Jean de Dieu"], "landlord": land,
                "address": "12 rue de Marseille, Appartement 31, 69007 Lyon",
                "start_date": "2026-05-01"})  # fmt: skip
    q = {"month_words": "Période du 1er au 31 octobre 2026",
             "landlord_lines": ["Mme Odile FERRAND", "4 montée du Gourguillon", "69005 Lyon"],
             "tenant_lines": [f"M. {sn} Éric", "12 rue de Marseille, Appt 31", "69007 Lyon"],
             "text": "Je soussignée Odile FERRAND, propriétaire du logement désigné ci-dessus, "
             f"déclare avoir reçu de M. {sn} Éric la somme de 685,00 euros au titre du loyer et "
             "des charges pour la période du 1er au 31 octobre 2026 et lui en donne quittance, "
             "sous réserve de tous mes droits.", "rent": "640,00 €", "charges": "45,00 €",
             "total": "685,00 €", "signed_line": "Fait à Lyon, le 06/10/2026"}  # fmt: skip
    pk.text_pdf("quittance_octobre_2026.pdf", docs_fr.quittance(q, rng))
    pk.doc(
        [("quittance_octobre_2026.pdf", [1])],
        "unknown",
        "text_pdf",
        {},
        "quittance de loyer (rent receipt) for October 2026; not a lease",
    )
    # employment: CDI + payslip
    emp = "RHÔNE MAINTENANCE INDUSTRIELLE"
    st = siret("81472063", "0002")
    k = {"title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "city": "Vénissieux",
             "subtitle": "Convention collective nationale de la métallurgie (IDCC 3248)",
             "signed_on": "20/05/2026", "sections": [
                 ("ENTRE LES SOUSSIGNÉS", [
                     (f"La société {emp} SAS, au capital de 150 000 €, immatriculée au RCS de "
                     f"Lyon, SIRET {st[:3]} {st[3:6]} {st[6:9]} {st[9:]}, dont le siège est "
                     "situé 27 rue du Professeur Roux, 69200 Vénissieux, représentée par Mme "
                     "Sandrine Pelletier, Directrice des ressources humaines, ci-après "
                     "« l'Employeur »,"),
                     (f"ET M. {sn} Éric Jean de Dieu, né le 17/03/1994 à Bujumbura (Burundi), de "
                     "nationalité burundaise, demeurant 12 rue de Marseille, 69007 Lyon, "
                     "ci-après « le Salarié ».")]),
                 ("ARTICLE 1 - ENGAGEMENT", [
                     ("Le Salarié est engagé à compter du 1er juin 2026 pour une durée "
                     "indéterminée en qualité de Technicien de maintenance, statut ETAM, "
                     "coefficient C5, sous réserve des résultats de la visite d'information et "
                     "de prévention.")]),
                 ("ARTICLE 2 - PÉRIODE D'ESSAI", [
                     ("Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de "
                     "deux mois, renouvelable une fois d'accord entre les parties.")]),
                 ("ARTICLE 3 - RÉMUNÉRATION ET DURÉE DU TRAVAIL", [
                     ("Rémunération brute mensuelle : 2 450,00 € pour 35 heures hebdomadaires. "
                     "Lieu de travail : site de Vénissieux et sites clients de la métropole.")]),
                 ("ARTICLE 4 - CONGÉS, PRÉVOYANCE, OBLIGATIONS", [
                     ("Le Salarié bénéficie des congés payés légaux, de la mutuelle et de la "
                     "prévoyance d'entreprise. Il s'engage à respecter le règlement intérieur.")]),
             ]}  # fmt: skip
    pk.text_pdf("Contrat_CDI_NDIKUMANA.pdf", docs_fr.contract(k, rng))
    pk.doc([("Contrat_CDI_NDIKUMANA.pdf", [1, 2])], "employment_contract", "text_pdf",
           {"employer": emp + " SAS", "employee_name": f"{sn} Éric Jean de Dieu",
                "contract_type": "CDI", "job_title": "Technicien de maintenance",
                "start_date": "2026-06-01"})  # fmt: skip
    ps = {"start": "01/10/2026", "end": "31/10/2026", "paid": "30/10/2026",
              "employer_lines": [emp + " SAS", "27 rue du Professeur Roux", "69200 Vénissieux",
                              f"SIRET : {st}", "Code APE : 3312Z",
                              "Convention : Métallurgie (3248)"],
              "employee_lines": [f"M. {sn} ÉRIC JEAN DE DIEU", "12 rue de Marseille, Appt 31",
                              "69007 Lyon", "Matricule : 00418", ("Emploi : Technicien de "
                              "maintenance"), "Entrée le : 01/06/2026 - N° SS : en cours"],
              "rows": [["Salaire de base", "151,67", "16,1536", "2 450,00", ""],
                    ["*Salaire brut", "", "", "2 450,00", ""],
                    ["Santé", "", "", "38,20", "61,45"],
                    ["Sécurité sociale plafonnée", "2 450,00", "6,90", "169,05", "209,48"],
                    ["Retraite complémentaire T1", "2 450,00", "4,01", "98,25", "147,25"],
                    ["Famille", "2 450,00", "", "", "85,75"],
                    ["Assurance chômage", "2 450,00", "", "", "98,00"],
                    ["Autres contributions dues par l'employeur", "", "", "", "73,12"],
                    ["CSG déductible de l'impôt sur le revenu", "2 407,37", "6,80", "163,70",
                     ""],
                    ["CSG/CRDS non déductible", "2 407,37", "2,90", "69,81", ""],
                    ["*Total des cotisations et contributions", "", "", "539,01", "675,05"]],
              "nets": [("Net à payer avant impôt sur le revenu", "1 910,99 €"),
                    ("Impôt sur le revenu prélevé à la source (taux non personnalisé 2,9 %)",
                     "- 55,42 €"), ("NET PAYÉ", "1 855,57 €"),
                    ("Montant net social", "1 921,53 €")]}  # fmt: skip
    pk.text_pdf("BS_2026_10_NDIKUMANA.pdf", docs_fr.payslip(ps, rng))
    pk.doc([("BS_2026_10_NDIKUMANA.pdf", [1])], "payslip", "text_pdf",
           {"employer": emp + " SAS", "employee_name": f"{sn} ÉRIC JEAN DE DIEU",
                "period": "2026-10", "net_pay": 1855.57, "siret": st})  # fmt: skip
    # RIB La Banque Postale
    iban, key = _rib("20041", "01007", "0812345K038", "PSSTFRPPLYO")
    r = {"bank": "lbp", "holder_lines": [f"M ERIC JEAN DE DIEU {sn}", "12 RUE DE MARSEILLE APT 31",
                                       "69007 LYON"],
             "branch_lines": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE LYON", "69900 LYON CEDEX 20"],
             "bank_code": "20041", "branch_code": "01007", "account": "0812345K038", "key": key, "iban": iban,
             "bic": "PSSTFRPPLYO"}  # fmt: skip
    pk.text_pdf("RIB_LaBanquePostale.pdf", docs_fr.rib(r, rng))
    pk.doc([("RIB_LaBanquePostale.pdf", [1])], "rib", "text_pdf",
           {"holder_name": f"M ERIC JEAN DE DIEU {sn}", "iban": iban, "bic": "PSSTFRPPLYO",
                "bank_name": "La Banque Postale", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    truth(
        pk,
        as_of,
        True,
        ALL_OK,
        None,
        {"surname": sn, "given_names": "ERIC JEAN DE DIEU", "date_of_birth": dob},
    )


# ------------------------------------------------------------------ p02 Cuba
def p02_cuba(pk):
    rng = pk.rng
    as_of = "2026-11-24"
    sn, gn, dob = "RODRÍGUEZ PÉREZ", "YUNISLEIDY", "1991-11-05"
    addr = ["Bât. B, 27 boulevard de la Libération", "13001 Marseille"]
    holder = "MME YUNISLEIDY RODRIGUEZ PEREZ"
    # handwritten form, phone photos in low light
    f = {"surname": "RODRIGUEZ PEREZ", "given": "Yunisleidy", "sex": "F", "dob": dob,
             "pob": "Santa Clara, Cuba", "nat": "Cubaine", "addr": "Bât. B 27 bd de la Libération",
             "cp": "13001", "city": "Marseille", "tel": "06 44 71 20 58",
             "mail": "yunis.rodriguez91@gmail.com", "situation": "sans_activite", "job": "", "contract": "",
             "place": "Marseille", "date_text": "18/11/2026", "signed": True, "hand_font": "Dkg",
             "ink": (0.1, 0.1, 0.15)}  # fmt: skip
    pages = render(form(f, rng, run=2, hand=True), 250)
    pk.jpg("IMG_20261118_203512.jpg", photo_look(pages[0], rng, 4000, dark=0.72))
    pk.jpg("IMG_20261118_203547.jpg", photo_look(pages[1], rng, 4000, dark=0.68))
    pk.doc(
        [("IMG_20261118_203512.jpg", [1]), ("IMG_20261118_203547.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "RODRIGUEZ PEREZ",
            "given_names": "Yunisleidy",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-18",
            "nir": None,
        },
        "handwritten, 'sans activité' ticked; photos taken in the evening (dim light)",
    )
    p = {"code": "CUB", "number": "L458921", "surname": sn, "given": gn, "mrz_surname": "RODRIGUEZ PEREZ",
             "mrz_given": gn, "sex": "F", "dob": dob, "pob": "SANTA CLARA, VILLA CLARA",
             "issued": "2025-01-20", "expiry": "2035-01-19", "authority": "MININT"}  # fmt: skip
    pdf, _ = docs_id.passport(p, rng, skin=(0.7, 0.52, 0.4))
    pk.jpg("scan_0001.jpg", scan_item(pdf, rng, 300), 85)
    pk.doc(
        [("scan_0001.jpg", [1])],
        "passport",
        "scan",
        id_fields(sn, gn, "L458921", "CUB", "CUB", dob, "F", "2035-01-19"),
    )
    v = dict(number="024681357", skin=(0.7, 0.52, 0.4), **{"from": "15-06-2026"},
             until="14-06-2027", until_iso="2027-06-14", days="365", place="LA HAVANE",
             on="02-06-2026", passport="L458921", name="RODRIGUEZ PEREZ, YUNISLEIDY",
             remarks=["VLS-TS VISITEUR", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
                      "A VALIDER EN LIGNE DANS LES 3 MOIS"],
             mrz_surname="RODRIGUEZ PEREZ", mrz_given=gn, nat="CUB", dob=dob, sex="F",
             stamp="LA HAVANE")  # fmt: skip
    pdf, _ = docs_id.visa_vlsts(v, rng)
    pk.jpg("scan_0002.jpg", scan_item(pdf, rng, 300), 85)
    pk.doc([("scan_0002.jpg", [1])], "long_stay_visa", "scan",
           id_fields("RODRIGUEZ PEREZ", gn, "024681357", "CUB", "FRA", dob, "F", "2027-06-14",
                     visa_type="D", vls_ts=True, category="VISITEUR", valid_from="2026-06-15",
                     valid_until="2027-06-14"))  # fmt: skip
    b = {"registry": "SANTA CLARA", "tomo": "112", "folio": "287", "serie": "AB", "cert_no": "0734519",
             "given": "YUNISLEIDY", "ap1": "RODRÍGUEZ", "ap2": "PÉREZ", "sexo": "FEMENINO",
             "dob_es": "cinco de noviembre de mil novecientos noventa y uno (05/11/1991)",
             "pob": "Hospital Materno Mariana Grajales", "municipio": "SANTA CLARA",
             "provincia": "VILLA CLARA", "father": "Osmany Rodríguez Castillo",
             "mother": "Marlenys Pérez Hernández", "gp_p": "Rafael y Caridad", "gp_m": "Ramón y Odalys",
             "city": "Santa Clara", "issued_es": "catorce días del mes de enero de 2026",
             "registrar": "Lic. Yamilé Fernández Ortega", "minrex_no": "LEG-26-018842",
             "minrex_date": "3 de febrero de 2026", "minrex_officer": "Ernesto Valdés Mora",
             "amb_date": "12/02/2026", "amb_no": "2026/0417"}  # fmt: skip
    pages = scan_pages(docs_bc.cuba(b, rng), rng)
    pk.scan_pdf("certificacion_nacimiento_legalizada.pdf", pages)
    pk.doc([("certificacion_nacimiento_legalizada.pdf", [1, 2])], "birth_certificate",
           "image_pdf", {"surname": sn, "given_names": gn, "date_of_birth": dob,
                             "place_of_birth": "Santa Clara, Villa Clara", "issuing_country": "CUB",
                             "language": "es", "has_apostille": False},
           "Cuba is not party to the Apostille Convention: legalised by MINREX and the French "
           "embassy in Havana (page 2)")  # fmt: skip
    t = {
        "translator": "Isabel MARTÍN-LEROUX",
        "translator_lines": [
            "Traductrice-interprète expert près la Cour d'appel d'Aix-en-Provence",
            "Langue espagnole",
            "14 rue Paradis, 13001 Marseille - 06 12 48 77 90",
        ],
        "from_line": "de l'espagnol vers le français - acte n° 0734519",
        "body": [
            "#RÉPUBLIQUE DE CUBA - MINISTÈRE DE LA JUSTICE",
            "#REGISTRE DE L'ÉTAT CIVIL - CERTIFICAT DE NAISSANCE",
            "Registre de l'état civil de: Santa Clara (volume 112, folio 287)",
            "Prénom(s): YUNISLEIDY",
            "Premier nom: RODRÍGUEZ",
            "Second nom: PÉREZ",
            "Sexe: Féminin",
            "Date de naissance: 5 novembre 1991",
            "Lieu de naissance: Hôpital maternel Mariana Grajales, Santa Clara, Villa Clara",
            "Père: Osmany Rodríguez Castillo",
            "Mère: Marlenys Pérez Hernández",
            "Mentions marginales: néant",
            (
                "Délivré à Santa Clara le 14 janvier 2026 par Lic. Yamilé Fernández Ortega, "
                "officier de l'état civil. [Cachet] [Signature] Légalisation MINREX n° "
                "LEG-26-018842 du 3 février 2026 ; légalisation de l'Ambassade de France à "
                "Cuba n° 2026/0417 du 12 février 2026."
            ),
        ],
        "cert_text": "Je soussignée, Isabel MARTÍN-LEROUX, traductrice expert près la Cour "
        "d'appel d'Aix-en-Provence, certifie que la présente traduction est conforme à "
        "l'original en langue espagnole qui m'a été présenté.",
        "signed_line": "Marseille, le 2 mars 2026",
        "stamp": "I. MARTÍN-LEROUX * EXPERT TRADUCTEUR * C.A. AIX *",
        "stamp_c": ["ESPAGNOL", "N° 26-0211"],
        "footer": "Traduction n° 26-0211 - 1 page - ne vaut que pour le document joint.",
    }
    pk.scan_pdf("traduction_acte_naissance.pdf", scan_pages(docs_bc.translation_fr(t, rng), rng))
    pk.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {"language": "fr", "source_language": "es", "translator": "Isabel MARTÍN-LEROUX"},
        "sworn translation (traduction certifiée conforme) of the Cuban certificate",
    )
    # three successive bills, three suppliers
    common = {"holder_name": "RODRIGUEZ PEREZ YUNISLEIDY"}
    b1, f1 = bill_data("edf", "MME RODRIGUEZ PEREZ YUNISLEIDY", addr, "2026-08", "2026-09-04",
                       "46.82", rng, provider="EDF", service="electricity", client="6 041 287 553",
                       account="4 021 778 904", pdl="2416 4389 5577 20", kwh="118", cons="23,79",
                       acc="3,98", debit="2026-09-16", **common)  # fmt: skip
    pk.text_pdf("Facture_EDF_2026-08.pdf", docs_fr.bill(b1, rng))
    pk.doc([("Facture_EDF_2026-08.pdf", [1])], "utility_bill", "text_pdf", f1)
    b2, f2 = bill_data("orange", "Mme Yunisleidy Rodriguez Perez", addr, "2026-09",
                       "2026-10-02", "37.99", rng, provider="Orange", service="internet",
                       account="0 8831 2764 553", line="04 91 27 63 18", debit="2026-10-14",
                       holder_name="Yunisleidy Rodriguez Perez")  # fmt: skip
    pk.scan_pdf("facture orange septembre.pdf", scan_pages(docs_fr.bill(b2, rng), rng))
    pk.doc(
        [("facture orange septembre.pdf", [1])],
        "utility_bill",
        "image_pdf",
        f2,
        "printed and scanned",
    )
    b3, f3 = bill_data("red", "Yunisleidy RODRIGUEZ PEREZ", addr, "2026-10", "2026-11-03",
                       "12.99", rng, provider="RED by SFR", service="mobile", client="152 884 019",
                       line="07 81 44 02 96", debit="2026-11-03",
                       holder_name="Yunisleidy RODRIGUEZ PEREZ")  # fmt: skip
    pk.text_pdf("RED_facture_2026-10.pdf", docs_fr.bill(b3, rng))
    pk.doc([("RED_facture_2026-10.pdf", [1])], "utility_bill", "text_pdf", f3)
    # Hello bank! screenshot
    iban, key = _rib("30004", "01823", "00012349856", "BNPAFRPPXXX")
    s = {"time": "10:15", "holder": holder, "iban": iban, "bic": "BNPAFRPPXXX", "bank_code": "30004",
             "branch_code": "01823", "account": "00012349856", "key": key}  # fmt: skip
    save_png(pk.path("Screenshot_20261105-101512.png"), docs_fr.hello_screenshot(s))
    pk.doc(
        [("Screenshot_20261105-101512.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": holder,
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "Hello bank!",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "banking-app 'Mon RIB' screen",
    )
    reqs = dict(ALL_OK, employment="not_applicable")
    truth(pk, as_of, False, reqs, None, {"surname": sn, "given_names": gn, "date_of_birth": dob})


def p03_thailand(pk):
    from packets_b import p03

    p03(pk)


def p04_albania(pk):
    from packets_b import p04

    p04(pk)


__all__ = ["fr_date", "fr_words"]
