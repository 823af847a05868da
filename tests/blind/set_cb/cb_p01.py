"""Packet p01: applicant from Algeria, employed (CDI + payslip), VLS-TS salarié,
three successive bills in his name (EDF, SFR, Eau de Paris); in order."""

from __future__ import annotations

import random
from pathlib import Path

from cb_base import d, fr_iban, iban_ok, make_siret, rib_key
from cb_bills import eau_paris_pdf, edf_pdf, sfr_pdf
from cb_civil import dz_birth_pdf
from cb_form_fill import build_form
from cb_ids import passport_pdf, passport_upper_pdf, visa_page_pdf
from cb_looks import png_bytes, screenshot_of_page
from cb_out import (
    Packet,
    bill_fields,
    booklet_img,
    look_image_pdf,
    look_photo,
    look_scan_jpg,
    page_img,
)
from cb_work import contract_pdf, payslip_pdf, rib_pdf

DZ_TINT, DZ_G = (0.9, 0.95, 0.9), ((0.7, 0.85, 0.75), (0.85, 0.8, 0.7))


def build_p01(root: Path) -> None:
    rng = random.Random(10_001)
    who = {"surname": "BELKACEMI", "given_names": "MOHAMED AMINE", "date_of_birth": "1994-03-17"}
    pk = Packet(root, "p01", "2026-11-24", True, who)
    dob = d("1994-03-17")
    face = {"skin": (0.72, 0.55, 0.42), "hair": (0.1, 0.08, 0.06), "bg": (0.9, 0.92, 0.95)}
    addr = ("27 rue Championnet", "75018", "Paris")

    # -- passport: phone photo of the open booklet, stored rotated 90 degrees
    pp = {
        "code": "DZA",
        "surname": "BELKACEMI",
        "given": "MOHAMED AMINE",
        "number": "197352846",
        "nat": "DZA",
        "dob": dob,
        "sex": "M",
        "expiry": d("2032-09-04"),
        "tint": DZ_TINT,
        "guilloche": DZ_G,
        "head_col": (0.1, 0.35, 0.2),
        "face": face,
        "header": [
            ("الجمهورية الجزائرية الديمقراطية الشعبية", "ar", 8),
            ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", None, 6.3),
            ("جواز سفر", "ar", 7.5),
            ("PASSEPORT  –  PASSPORT", None, 7),
        ],
        "rows": [
            [
                ("Type", "P", 12, None),
                ("Code", "DZA", 18, None),
                ("N° du passeport / Passport No", "197352846", 40, ("رقم الجواز", "ar")),
            ],
            [("Nom / Surname", "BELKACEMI", 60, ("اللقب", "ar"))],
            [("Prénoms / Given names", "MOHAMED AMINE", 60, ("الاسم", "ar"))],
            [
                ("Date de naissance / Date of birth", "17/03/1994", 36, None),
                ("Sexe / Sex", "M", 20, None),
            ],
            [
                ("Lieu de naissance / Place of birth", "ORAN", 36, None),
                ("Nationalité / Nationality", "ALGERIENNE", 30, None),
            ],
            [
                ("Date de délivrance / Date of issue", "05/09/2022", 36, None),
                ("Date d'expiration / Date of expiry", "04/09/2032", 36, None),
            ],
        ],
    }
    pdf, mrz = passport_pdf(pp, rng)
    upper = passport_upper_pdf(rng, DZ_TINT, DZ_G, [("ملاحظات", "ar"), ("OBSERVATIONS", None)])
    img = booklet_img(pdf, upper, 260, (28, 70, 45))
    f = pk.write(
        "IMG_20261119_183204.jpg",
        look_photo(img, rng, rotate_k=1, table="wood", fill=0.78, tilt=0.06),
    )
    pk.doc(
        [(f, [1])],
        "passport",
        "phone_photo",
        {
            "surname": "BELKACEMI",
            "given_names": "MOHAMED AMINE",
            "document_number": "197352846",
            "nationality": "DZA",
            "issuing_country": "DZA",
            "date_of_birth": "1994-03-17",
            "sex": "M",
            "expiry_date": "2032-09-04",
            "mrz_valid": True,
        },
        "open booklet, data page below the observations page; picture stored rotated 90° "
        "counter-clockwise; MRZ " + " / ".join(mrz),
    )

    # -- VLS-TS sticker on a passport page
    v = {
        "surname": "BELKACEMI",
        "given": "MOHAMED AMINE",
        "number": "043718256",
        "nat": "DZA",
        "dob": dob,
        "sex": "M",
        "until": d("2027-03-01"),
        "page_tint": DZ_TINT,
        "page_g": DZ_G,
        "face": face,
        "valid_for": "FRANCE",
        "from_txt": "02-03-2026",
        "until_txt": "01-03-2027",
        "days": "365 JOURS",
        "issued_in": "ALGER",
        "issued_txt": "17-02-2026",
        "passport": "197352846",
        "remarks": [
            "VLS-TS SALARIE",
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR",
            "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE",
        ],
        "entry_stamp": ["PAF ORLY", "04 MARS 2026", "ENTRÉE"],
    }
    vpdf, vmrz = visa_page_pdf(v, rng)
    vupper = passport_upper_pdf(rng, DZ_TINT, DZ_G, [("VISAS", None), ("تأشيرات", "ar")])
    img = booklet_img(vpdf, vupper, 260, (28, 70, 45))
    f = pk.write("IMG_20261119_183231.jpg", look_photo(img, rng, table="wood", fill=0.8))
    pk.doc(
        [(f, [1])],
        "long_stay_visa",
        "phone_photo",
        {
            "surname": "BELKACEMI",
            "given_names": "MOHAMED AMINE",
            "document_number": "043718256",
            "nationality": "DZA",
            "issuing_country": "FRA",
            "date_of_birth": "1994-03-17",
            "sex": "M",
            "expiry_date": "2027-03-01",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-03-02",
            "valid_until": "2027-03-01",
        },
        "French MRV-A sticker on a passport page (MRZ " + " / ".join(vmrz) + "); an entry "
        "stamp on the facing page",
    )

    # -- birth certificate: bilingual extrait, flatbed scan
    b = {
        "admin": [
            ("Wilaya d'Oran", "ولاية وهران"),
            ("Daïra d'Oran", "دائرة وهران"),
            ("Commune d'Oran", "بلدية وهران"),
        ],
        "act_no": "01874",
        "year": "1994",
        "rows": [
            ("Nom :", "BELKACEMI", "اللقب :", "بلقاسمي"),
            ("Prénom(s) :", "Mohamed Amine", "الاسم :", "محمد أمين"),
            ("Date de naissance :", "17/03/1994", "تاريخ الميلاد :", "1994/03/17"),
            ("à :", "10 h 30 min", "على الساعة :", "10 سا 30 د"),
            ("Lieu de naissance :", "Oran", "مكان الميلاد :", "وهران"),
            ("Sexe :", "Masculin", "الجنس :", "ذكر"),
            ("Fils de :", "Rachid", "ابن :", "رشيد"),
            ("et de :", "HAMDI Fatima", "و :", "حمدي فاطمة"),
        ],
        "place": "Oran",
        "place_ar": "وهران",
        "issued_txt": "06/10/2026",
        "issued_ar": "2026/10/06",
        "seal_ring": "RÉPUBLIQUE ALGÉRIENNE * APC D'ORAN",
        "seal_center": ["ÉTAT CIVIL"],
        "officer": "B. MEZIANE",
        "footer": "Extrait délivré en application de l'ordonnance n° 70-20 du 19 février 1970 "
        "relative à l'état civil",
    }
    f = pk.write("acte_naissance.jpg", look_scan_jpg(dz_birth_pdf(b, rng), rng, dpi=200))
    pk.doc(
        [(f, [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "BELKACEMI",
            "given_names": "Mohamed Amine",
            "date_of_birth": "1994-03-17",
            "place_of_birth": "Oran",
            "issuing_country": "DZA",
            "language": "fr+ar",
            "has_apostille": False,
        },
        "Algeria is not party to the Apostille Convention; its civil-status acts are exempt "
        "from legalisation in France (Franco-Algerian judicial protocol of 28 August 1962), "
        "so no apostille is required: requirement complete",
    )

    # -- application form: fillable PDF filled on screen, printed, signed, scanned
    fv = {
        "surname": "BELKACEMI",
        "given": "Mohamed Amine",
        "dob": dob,
        "pob_city": "Oran",
        "pob_country": "Algérie",
        "nationality": "algérienne",
        "nir": None,
        "address": addr[0] + ", bât. C, 4e étage",
        "cp": addr[1],
        "city": "Paris",
        "tel": "07 44 18 25 63",
        "email": "amine.belkacemi94@gmail.com",
        "sex": "M",
        "situation": "salarie",
        "job": "Technicien de maintenance CVC",
        "contract": "CDI",
        "place": "Paris",
        "date_text": "18/11/2026",
        "hand_font": "H-Dkg",
    }
    form = build_form(fv, "A", "acroform_printed", rng)
    f = pk.write(
        "formulaire_S1106.pdf",
        look_image_pdf(form, rng, dpi=200, q=68, producer="Canon MF Scan Utility"),
    )
    pk.doc(
        [(f, [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": "BELKACEMI",
            "given_names": "Mohamed Amine",
            "date_of_birth": "1994-03-17",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-18",
            "nir": None,
        },
        "fillable cerfa filled on screen (print run A), printed, signed with a "
        "pen, scanned; situation salarié, CDI, 'Fait à Paris le 18/11/2026'",
    )

    # -- employment
    siret = make_siret(rng)
    k = {
        "employer": "THERMIGEST SERVICES",
        "employee": "Mohamed Amine BELKACEMI",
        "employer_par": f"La société THERMIGEST SERVICES, SAS au capital de 150 000 €, dont le "
        f"siège social est situé 112 boulevard Ney, 75018 Paris, immatriculée au RCS de Paris "
        f"sous le numéro {siret[:9]} (SIRET {siret}), code APE 4322B, représentée par Mme "
        f"Sandrine OUDIN en sa qualité de Responsable des ressources humaines, ci-après "
        f"dénommée « la Société »,",
        "employee_par": "M. Mohamed Amine BELKACEMI, né le 17 mars 1994 à Oran (Algérie), de "
        "nationalité algérienne, demeurant 27 rue Championnet, 75018 Paris, titulaire d'un visa"
        " de long séjour valant titre de séjour mention « salarié », ci-après dénommé « le "
        "Salarié »,",
        "articles": [
            (
                "Article 1 – Engagement",
                (
                    "Le Salarié est engagé par la Société à compter du 16 "
                    "mars 2026 dans le cadre d'un contrat de travail à durée indéterminée à temps "
                    "plein, sous réserve des résultats de la visite d'information et de prévention."
                ),
            ),
            (
                "Article 2 – Fonctions",
                (
                    "Le Salarié exercera les fonctions de Technicien de "
                    "maintenance CVC (chauffage, ventilation, climatisation), statut non-cadre, niveau "
                    "III, échelon 1 de la classification de la convention collective applicable."
                ),
            ),
            (
                "Article 3 – Période d'essai",
                (
                    "Le présent contrat ne deviendra définitif qu'à "
                    "l'issue d'une période d'essai de deux mois de travail effectif, renouvelable une "
                    "fois d'accord entre les parties."
                ),
            ),
            (
                "Article 4 – Rémunération",
                (
                    "En contrepartie de ses fonctions, le Salarié percevra"
                    " une rémunération mensuelle brute de 2 700,00 € pour 151,67 heures de travail "
                    "par mois, versée le dernier jour ouvré du mois."
                ),
            ),
            (
                "Article 5 – Durée du travail",
                (
                    "La durée hebdomadaire de travail est fixée à 35 "
                    "heures. Les heures supplémentaires éventuelles seront rémunérées conformément aux "
                    "dispositions légales et conventionnelles."
                ),
            ),
            (
                "Article 6 – Lieu de travail",
                (
                    "Le Salarié exercera ses fonctions principalement "
                    "chez les clients de la Société situés en Île-de-France, l'agence de rattachement "
                    "étant située 112 boulevard Ney, 75018 Paris."
                ),
            ),
            (
                "Article 7 – Congés payés",
                (
                    "Le Salarié bénéficiera des congés payés prévus par "
                    "les dispositions légales, soit deux jours et demi ouvrables par mois de travail "
                    "effectif."
                ),
            ),
            (
                "Article 8 – Convention collective",
                (
                    "Le contrat est régi par la convention "
                    "collective nationale de la métallurgie (IDCC 3248). Le Salarié est affilié à la "
                    "caisse de retraite complémentaire AGIRC-ARRCO et au régime de prévoyance de la "
                    "Société."
                ),
            ),
            (
                "Article 9 – Obligations",
                (
                    "Le Salarié s'engage à respecter le règlement "
                    "intérieur et à informer la Société de tout changement concernant sa situation "
                    "personnelle et son autorisation de travail."
                ),
            ),
        ],
        "place": "Paris",
        "signed": d("2026-03-09"),
        "signatory": "Sandrine OUDIN",
        "times": ["10:42", "18:07"],
        "sig_ids": ["c7f1-52aa-9d03", "5be2-0c91-77e4"],
        "envelope": "YS-2026-03-0841127",
    }
    f = pk.write("Contrat_CDI_BELKACEMI_signe.pdf", contract_pdf(k, rng))
    pk.doc(
        [(f, [1, 2, 3])],
        "employment_contract",
        "text_pdf",
        {
            "employer": "THERMIGEST SERVICES",
            "employee_name": "Mohamed Amine BELKACEMI",
            "contract_type": "CDI",
            "job_title": "Technicien de maintenance CVC",
            "start_date": "2026-03-16",
        },
        "e-signed PDF (drawn signatures, signing footer)",
    )
    s = {
        "employer": "THERMIGEST SERVICES SAS",
        "employer_lines": [
            "112 boulevard Ney",
            "75018 PARIS",
            f"SIRET : {siret}",
            "Code NAF : 4322B",
            "URSSAF d'Île-de-France",
        ],
        "employee": "M. BELKACEMI Mohamed Amine",
        "employee_addr": ["27 rue Championnet", "Bât. C, 4e étage", "75018 PARIS"],
        "employee_info": [
            ("Matricule", "00417"),
            ("N° de sécurité sociale", "en cours"),
            ("Coefficient", "Niveau III – échelon 1"),
        ],
        "ccn": "Métallurgie (IDCC 3248)",
        "job": "Technicien de maintenance CVC",
        "entry": d("2026-03-16"),
        "status": "Non-cadre",
        "gross": 2700.00,
        "pas_rate": 2.9,
        "start": d("2026-10-01"),
        "end": d("2026-10-31"),
        "paid": d("2026-10-30"),
        "cp": "17,50",
    }
    pdf, net = payslip_pdf(s, rng)
    f = pk.write("Bulletin_paie_2026-10.pdf", pdf)
    pk.doc(
        [(f, [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "THERMIGEST SERVICES SAS",
            "employee_name": "BELKACEMI Mohamed Amine",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "bulletin de paie clarifié; net_pay is the 'NET PAYÉ' line (after income tax)",
    )

    # -- three bills, three providers, August / September / October 2026
    postal = ["M MOHAMED AMINE BELKACEMI", "27 RUE CHAMPIONNET", "BAT C ETAGE 4", "75018 PARIS"]
    e = {
        "issued": d("2026-09-04"),
        "invoice": "10218734556",
        "postal": postal,
        "client": "6 004 218 771",
        "account": "4 005 812 339",
        "holder": "M MOHAMED AMINE BELKACEMI",
        "site": ["27 RUE CHAMPIONNET", "75018 PARIS"],
        "pdl": "09 187 452 036 518",
        "debit": d("2026-09-19"),
        "kva": 6,
        "kwh": 148,
        "idx0": "004512",
        "idx1": "004660",
        "start": d("2026-08-01"),
        "end": d("2026-08-31"),
    }
    pdf, amount = edf_pdf(e, rng)
    f = pk.write("facture_edf_aout_2026.pdf", pdf)
    pk.doc(
        [(f, [1])],
        "utility_bill",
        "text_pdf",
        bill_fields(
            "EDF",
            "electricity",
            "MOHAMED AMINE BELKACEMI",
            "27 RUE CHAMPIONNET 75018 PARIS",
            e,
            amount,
        ),
    )
    sf = {
        "issued": d("2026-10-01"),
        "invoice": "SF26-0927-4471830",
        "client": "0714 8823 10",
        "postal": ["M Mohamed Amine Belkacemi", "27 rue Championnet", "75018 Paris"],
        "holder": "M Mohamed Amine Belkacemi",
        "line": "07 44 18 25 63",
        "plan": "SFR 5G 130 Go",
        "amount": 24.99,
        "debit": d("2026-10-12"),
        "start": d("2026-09-01"),
        "end": d("2026-09-30"),
        "month_txt": "de septembre 2026",
        "site": ["M Mohamed Amine Belkacemi", "27 rue Championnet", "75018 Paris"],
    }
    shot = screenshot_of_page(
        page_img(sfr_pdf(sf, rng), 150), rng, "21:14", "Facture_septembre_2026.pdf"
    )
    f = pk.write("Screenshot_20261120-211402.png", png_bytes(shot))
    pk.doc(
        [(f, [1])],
        "utility_bill",
        "screenshot",
        bill_fields(
            "SFR", "mobile", "Mohamed Amine Belkacemi", "27 rue Championnet 75018 Paris", sf, 24.99
        ),
        "the emailed PDF opened in the SFR & Moi app and screenshotted (1170x2532)",
    )
    ep = {
        "issued": d("2026-11-06"),
        "invoice": "EP-26-11-0394827",
        "contract": "3 400 871 292",
        "postal": ["M. BELKACEMI Mohamed Amine", "27 rue Championnet", "75018 PARIS"],
        "holder": "M. BELKACEMI Mohamed Amine",
        "site": ["27 rue Championnet", "75018 Paris"],
        "meter": "18PA452983",
        "i0": 312,
        "i1": 315,
        "m3": 3,
        "start": d("2026-10-01"),
        "end": d("2026-10-31"),
        "due": d("2026-11-26"),
    }
    pdf, amount = eau_paris_pdf(ep, rng)
    f = pk.write("scan_eau_de_paris_oct.jpg", look_scan_jpg(pdf, rng, dpi=180, q=80))
    pk.doc(
        [(f, [1])],
        "utility_bill",
        "scan",
        bill_fields(
            "Eau de Paris",
            "water",
            "BELKACEMI Mohamed Amine",
            "27 rue Championnet 75018 Paris",
            ep,
            amount,
        ),
        "printed bill scanned on a home scanner",
    )

    # -- RIB, BNP Paribas
    iban, key = fr_iban("30004", "00818", "00010563847")
    r = {
        "holder_lines": ["M MOHAMED AMINE BELKACEMI", "27 RUE CHAMPIONNET", "75018 PARIS"],
        "branch_lines": ["BNP PARIBAS", "PARIS CHAMPIONNET", "01 40 14 52 00"],
        "bank": "30004",
        "branch": "00818",
        "account": "00010563847",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
        "edited": d("2026-11-17"),
        "copies": 3,
        "footer": "BNP Paribas SA au capital de 2 261 621 342 € – 662 042 449 RCS Paris – "
        "Siège social : 16 boulevard des Italiens 75009 Paris",
        "author": "BNP Paribas",
    }
    assert rib_key(r["bank"], r["branch"], r["account"]) == key and iban_ok(iban)
    f = pk.write("RIB_BNP.pdf", rib_pdf(r, rng, "bnp"))
    pk.doc(
        [(f, [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "MOHAMED AMINE BELKACEMI",
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP PARIBAS",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "RIB downloaded from the bank's website, three coupons on one page",
    )

    pk.finish(
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete",
        },
        None,
    )
