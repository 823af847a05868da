"""Packet p01: Cameroon, employed (CDD + payslip), VLS-TS salarié, lease (loi 1989)."""

from __future__ import annotations

from datetime import date

import ca_civil as civ
import ca_form
import ca_housing as hou
import ca_money as mon
from ca_housing import eur
from ca_ids import passport, vls_ts
from ca_looks import npages, photo
from ca_out import Packet, as_image_pdf, page_scan
from ca_util import (
    french_iban,
    luhn_complete,
    nir_key,
    signature,
    stamp,
)


def p01(out):
    p = {
        "surname": "ATANGANA MBARGA",
        "given": "JEAN-PAUL DESIRE",
        "sex": "M",
        "dob": date(1991, 2, 14),
        "nat": "CMR",
        "pob_viz": "YAOUNDE",
        "skin": (112, 76, 56),
        "passport": {
            "number": "AB0457312",
            "issue": date(2023, 1, 20),
            "expiry": date(2028, 1, 19),
            "authority": "DGSN",
        },
    }
    applicant = {"surname": p["surname"], "given_names": p["given"], "date_of_birth": "1991-02-14"}
    pk = Packet(out, "p01", "2026-11-18", True, applicant)
    nir13 = "1910299322047"
    nir = nir13 + nir_key(nir13)
    assert (97 - int(nir13) % 97) == int(nir[13:])

    # application form: run A, filled by hand (blue pen), scanned to a PDF
    d = {
        "surname": "ATANGANA MBARGA",
        "usage": "",
        "given": "JEAN-PAUL DESIRE",
        "sex": "M",
        "dob": p["dob"],
        "birth_city": "Yaoundé",
        "birth_country": "Cameroun",
        "nationality": "camerounaise",
        "nir": nir,
        "addr1": "27 rue du Faubourg de Saverne, appt 12",
        "postcode": "67000",
        "city": "Strasbourg",
        "phone": "0758214369",
        "email": "jpatangana91@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Technicien de maintenance industrielle",
        "place": "Strasbourg",
        "date_text": "10/11/2026",
        "signed": True,
        "signature_text": "JPAtangana",
        "hand_font": "h_dkg",
    }
    r = pk.rng("form")
    pdf = ca_form.build("A", "hand", d, r)
    pk.pdf("Formulaire_S1106_ATANGANA.pdf", as_image_pdf(pdf, r, dpi=200))
    pk.doc(
        [("Formulaire_S1106_ATANGANA.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": "ATANGANA MBARGA",
            "given_names": "JEAN-PAUL DESIRE",
            "date_of_birth": "1991-02-14",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-10",
            "nir": nir,
        },
        "run A, filled by hand in capitals in comb boxes, CDD ticked, provisional NIR written in; date 10/11/2026",
    )

    # passport: phone photo of the open booklet, turned 90°
    r = pk.rng("passport")
    img, fields = passport(p, r, sign=signature("Atangana", r, "black"))
    pk.jpg("IMG_20261112_192344.jpg", photo(img, r, rot=90, bg="wood"), when="2026:11:12 19:23:44")
    pk.doc(
        [("IMG_20261112_192344.jpg", [1])],
        "passport",
        "phone_photo",
        fields,
        "Cameroon e-passport data page, photo rotated 90°",
    )

    # VLS-TS salarié
    r = pk.rng("visa")
    v = {
        "number": "F31847265",
        "from": date(2026, 3, 2),
        "until": date(2027, 3, 1),
        "issued_in": "YAOUNDE",
        "issued_on": date(2026, 2, 20),
        "remarks": ["VLS-TS SALARIE", "CESEDA R.421-1 / A VALIDER SUR ANEF"],
        "category": "salarié",
    }
    st = stamp(
        r, "AMBASSADE DE FRANCE AU CAMEROUN * SERVICE DES VISAS *", ("YAOUNDE",), (60, 50, 130)
    )
    img, fields = vls_ts(p, v, r, stamp=st)
    pk.jpg("IMG_20261112_192410.jpg", photo(img, r, rot=0, bg="desk"), when="2026:11:12 19:24:10")
    pk.doc(
        [("IMG_20261112_192410.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        fields,
        "type D visa sticker, remark VLS-TS SALARIE",
    )

    # birth certificate (Cameroon: exempt from legalisation by the 1974 Franco-Cameroonian agreement)
    r = pk.rng("birth")
    a = {
        "number": "0412/1991",
        "arr": "YAOUNDÉ III",
        "arr_en": "YAOUNDE III",
        "centre": "YAOUNDÉ III (EFOULAN)",
        "surname": "ATANGANA MBARGA",
        "given": "Jean-Paul Désiré",
        "born_words": "quatorze février mil neuf cent quatre-vingt-onze",
        "born_digits": "(14/02/1991) à 06 h 30",
        "born_at": "Yaoundé (Hôpital Central)",
        "sex_word": "Masculin",
        "father": "MBARGA Joseph",
        "father_born": "Mbalmayo, le 03/05/1960",
        "father_home": "Yaoundé",
        "father_job": "Instituteur",
        "mother": "NGONO Thérèse Pélagie",
        "mother_born": "Obala, le 21/08/1965",
        "mother_home": "Yaoundé",
        "mother_job": "Commerçante",
        "drawn": "vingt février mil neuf cent quatre-vingt-onze",
        "declarant": "MBARGA Joseph, père de l'enfant",
        "officer": "ONANA ESSOMBA Martin",
        "secretary": "BELINGA Agnès",
        "officer_sig": "Onana",
        "secretary_sig": "Belinga",
        "copy_date": "04/12/2025",
    }
    pk.pdf("acte_de_naissance.pdf", as_image_pdf(civ.acte_cmr(p, a, r), r, dpi=200))
    pk.doc(
        [("acte_de_naissance.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ATANGANA MBARGA",
            "given_names": "Jean-Paul Désiré",
            "date_of_birth": "1991-02-14",
            "place_of_birth": "Yaoundé",
            "issuing_country": "CMR",
            "language": "fr",
            "has_apostille": False,
        },
        "bilingual form filled by hand, certified copy; Cameroon is exempt from legalisation/apostille for civil "
        "status records (accord franco-camerounais de coopération judiciaire du 21 février 1974)",
    )

    # lease (private landlord, model contract), scanned
    r = pk.rng("lease")
    L = {
        "landlord_line": "M. Bernard KIEFFER",
        "landlord_addr": "5 rue des Vosges, 67800 Bischheim",
        "tenant_line": "M. ATANGANA MBARGA Jean-Paul Désiré",
        "address": "27 rue du Faubourg de Saverne, 67000 Strasbourg",
        "floor": "2e étage, appartement n° 12",
        "surface": 38,
        "rooms": 2,
        "start": date(2026, 4, 1),
        "rent": 640.0,
        "charges": 60.0,
        "city": "Strasbourg",
        "signed": date(2026, 3, 24),
        "init_landlord": "BK",
        "init_tenant": "JPA",
        "sig_landlord": "Kieffer",
        "sig_tenant": "JPAtangana",
    }
    pk.pdf("bail_location.pdf", as_image_pdf(hou.lease_model(L, r), r, dpi=170))
    pk.doc(
        [("bail_location.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["ATANGANA MBARGA Jean-Paul Désiré"],
            "landlord": "Bernard KIEFFER",
            "address": "27 rue du Faubourg de Saverne, 67000 Strasbourg",
            "start_date": "2026-04-01",
        },
        "décret 2015-587 model contract, unfurnished, 3 years, signed by hand on page 3",
    )

    # RIB Société Générale (text PDF from the bank's site)
    r = pk.rng("rib")
    bank, branch, acct = "30003", "02360", "00050123478"
    iban, key = french_iban(bank, branch, acct)
    R = {
        "style": "sg",
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "holder_lines": [
            "M ATANGANA MBARGA JEAN-PAUL DESIRE",
            "27 RUE DU FAUBOURG DE SAVERNE",
            "APT 12",
            "67000 STRASBOURG",
        ],
        "branch_lines": [
            "SG STRASBOURG KLEBER",
            "1 PLACE KLEBER",
            "67000 STRASBOURG",
            "Tél. : 03 88 52 17 00",
        ],
        "legal": "Société Générale, SA au capital de 1 000 395 971,25 € - 552 120 222 RCS Paris - Siège social : "
        "29 bd Haussmann 75009 Paris",
    }
    pk.pdf("RIB_SG.pdf", mon.rib(R, r))
    pk.doc(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "ATANGANA MBARGA JEAN-PAUL DESIRE",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "two copies of the RIB on the page",
    )

    # employer identity
    siren = luhn_complete("81234567")
    siret = luhn_complete(siren + "0002")
    assert len(siret) == 14
    emp = "ALSATEC INGÉNIERIE"
    r = pk.rng("contract")
    K = {
        "employer_par": f"La société {emp}, SAS au capital de 150 000 €, immatriculée au RCS de Strasbourg sous le "
        f"numéro {siren[:3]} {siren[3:6]} {siren[6:]}, SIRET {siret}, dont le siège social est situé "
        "4 rue de l'Industrie, 67400 Illkirch-Graffenstaden, représentée par Mme Sophie WENDLING, "
        "Directrice des ressources humaines,",
        "employee_par": "M. Jean-Paul Désiré ATANGANA MBARGA, né le 14/02/1991 à Yaoundé (Cameroun), de nationalité "
        "camerounaise, demeurant 27 rue du Faubourg de Saverne, appt 12, 67000 Strasbourg, titulaire "
        "du visa long séjour valant titre de séjour n° F31847265 l'autorisant à travailler en France,",
        "articles": [
            (
                "Article 1 — Motif du recours",
                "Le présent contrat est conclu pour faire face à un accroissement "
                "temporaire d'activité lié au déploiement de la nouvelle ligne d'usinage du site d'Illkirch (article "
                "L. 1242-2, 2° du code du travail).",
            ),
            (
                "Article 2 — Durée",
                "Le contrat prend effet le 16/03/2026 et prendra fin le 15/09/2027, soit une "
                "durée de dix-huit mois.",
            ),
            (
                "Article 3 — Période d'essai",
                "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai "
                "d'un mois de travail effectif.",
            ),
            (
                "Article 4 — Fonctions",
                "M. ATANGANA MBARGA est engagé en qualité de Technicien de maintenance "
                "industrielle, classification C5 de la convention collective nationale de la métallurgie (IDCC 3248).",
            ),
            (
                "Article 5 — Lieu de travail",
                "Site de production, 4 rue de l'Industrie, 67400 Illkirch-Graffenstaden.",
            ),
            (
                "Article 6 — Durée du travail",
                "35 heures hebdomadaires, selon l'horaire collectif en vigueur.",
            ),
            (
                "Article 7 — Rémunération",
                f"Salaire mensuel brut de {eur(round(151.67 * 14.18, 2))} pour 151,67 "
                "heures de travail, versé le dernier jour ouvré du mois par virement bancaire.",
            ),
            (
                "Article 8 — Indemnité de fin de contrat",
                "À l'échéance du terme, le salarié percevra une indemnité "
                "de fin de contrat égale à 10 % de la rémunération totale brute, ainsi qu'une indemnité compensatrice "
                "de congés payés.",
            ),
            (
                "Article 9 — Protection sociale",
                "Retraite complémentaire : AGIRC-ARRCO. Prévoyance et frais de santé : "
                "contrats collectifs de l'entreprise.",
            ),
            (
                "Article 10 — Congés payés",
                "Le salarié bénéficie des congés payés dans les conditions légales et "
                "conventionnelles, soit 2,5 jours ouvrables par mois de travail effectif.",
            ),
            (
                "Article 11 — Convention collective",
                "Le contrat est régi par la convention collective nationale de la "
                "métallurgie du 7 février 2022 et par les accords d'entreprise en vigueur, consultables auprès du "
                "service des ressources humaines.",
            ),
            (
                "Article 12 — Obligations professionnelles",
                "Le salarié s'engage à respecter le règlement intérieur, les "
                "consignes de sécurité du site et à observer la plus grande discrétion sur les informations dont il "
                "aurait connaissance dans l'exercice de ses fonctions.",
            ),
            (
                "Article 13 — Données personnelles",
                "Les données du salarié sont traitées par l'employeur pour la gestion "
                "du personnel et de la paie, conformément au règlement (UE) 2016/679.",
            ),
        ],
        "done_line": "Fait en deux exemplaires originaux, à Illkirch-Graffenstaden, le 09/03/2026.",
        "signatory": "Sophie WENDLING, DRH",
        "sig_employer": "Wendling",
        "sig_employee": "JPAtangana",
    }
    pdf = mon.contract_cdd(K, r)
    pk.pdf("contrat_CDD_Alsatec.pdf", pdf)
    pk.doc(
        [("contrat_CDD_Alsatec.pdf", list(range(1, npages(pdf) + 1)))],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Jean-Paul Désiré ATANGANA MBARGA",
            "contract_type": "CDD",
            "job_title": "Technicien de maintenance industrielle",
            "start_date": "2026-03-16",
        },
        "CDD of 18 months, HR PDF with scanned signatures",
    )

    r = pk.rng("payslip")
    P = {
        "period_label": "10/2026",
        "start": "01/10/2026",
        "end": "31/10/2026",
        "paid": "30/10/2026",
        "employer": emp + " SAS",
        "employer_lines": [
            "4 rue de l'Industrie",
            "67400 Illkirch-Graffenstaden",
            f"SIRET : {siret}",
            "Code NAF : 3312Z   URSSAF d'Alsace",
            "Convention collective : Métallurgie (IDCC 3248)",
        ],
        "employee_line": "M. ATANGANA MBARGA Jean-Paul",
        "employee_addr": ["27 rue du Faubourg de Saverne, appt 12", "67000 Strasbourg"],
        "info": [
            ("Matricule", "00412"),
            (
                "N° S.S.",
                f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}",
            ),
            ("Entrée", "16/03/2026"),
            ("Emploi", "Technicien de maintenance"),
            ("Contrat", "CDD"),
            ("Classification", "C5 - non-cadre"),
        ],
        "hours": 151.67,
        "rate": 14.18,
        "pas_rate": 1.9,
        "iban_mask": "FR76 **** **** **** **** ***" + iban[-4:],
        "cp": ("17,5", "5,0", "12,5"),
    }
    pdf, net = mon.payslip(P, r)
    pk.jpg("scan_0007.jpg", page_scan(pdf, r, dpi=200), q=84, dpi=200)
    pk.doc(
        [("scan_0007.jpg", [1])],
        "payslip",
        "scan",
        {
            "employer": emp + " SAS",
            "employee_name": "ATANGANA MBARGA Jean-Paul",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "bulletin de paie clarifié, flatbed scan 200 dpi",
    )

    pk.finish(
        {
            k: "complete"
            for k in (
                "application_form",
                "identity",
                "residence_status",
                "birth_certificate",
                "residence_proof",
                "bank_details",
                "employment",
            )
        }
    )
