"""Packet p01: South Sudan, employed (CDI), tenant with a lease. Complete."""

from __future__ import annotations

from pathlib import Path

from au_cards import passport_labels_en, passport_page, visa_sticker
from au_civil import birth_english, legalisation
from au_common import fr_iban
from au_emit import Packet, form_fields, id_fields, make_siret, reqs, write_truth
from au_form import draw_form
from au_paper import lease, payslip, rib


# =============================================================== p01 South Sudan
def p01(out: Path) -> None:
    pk = Packet(out, "p01", 101)
    rng = pk.rng
    who = {"surname": "GARANG", "given": "NYANDENG AKOL", "dob": "1993-04-17", "sex": "F"}
    addr, cp, city = "14 rue des Tanneurs", "67000", "Strasbourg"
    form = {
        **who,
        "given": "NYANDENG AKOL",
        "pob_commune": "JUBA",
        "pob_pays": "SOUDAN DU SUD",
        "nationality": "SUD-SOUDANAISE",
        "address": addr.upper(),
        "cp": cp,
        "commune": city.upper(),
        "tel": "07 58 21 94 03",
        "email": "nyandeng.garang93@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "AIDE-SOIGNANTE",
        "place": "Strasbourg",
        "signed_on": "2026-11-09",
        "date_text": "09/11/2026",
        "sig_text": "NGarang",
        "hand_font": "dkg",
    }
    pk.paper(
        lambda c: draw_form(c, form, 0, "hand", rng),
        "scan",
        ["scan_0001.jpg", "scan_0002.jpg"],
        "application_form",
        form_fields(form, True),
        "hand-filled cerfa 15763*02 (print run 0), scanned page by page",
    )
    pp = {
        "state": "REPUBLIC OF SOUTH SUDAN",
        "doc_title": "PASSPORT",
        "country": "SSD",
        "nat": "SSD",
        "number": "R00482913",
        "surname": who["surname"],
        "given": who["given"],
        "nat_text": "SOUTH SUDANESE",
        "dob": who["dob"],
        "dob_text": "17 APR 1993",
        "sex": "F",
        "pob": "JUBA",
        "issue_text": "20 JAN 2025",
        "exp": "2030-01-19",
        "exp_text": "19 JAN 2030",
        "authority": "DNPI JUBA",
        "labels": passport_labels_en(),
        "sig": "N.Garang",
        "bg": (214, 226, 236),
        "line": (190, 205, 222),
        "skin": (72, 50, 40),
    }
    img = passport_page(pp, rng)
    pk.card(
        [img],
        "phone_photo",
        ["IMG_20261102_183512.jpg"],
        "passport",
        id_fields(pp),
        "passport data page photographed on a table",
        rotate=(90,),
    )
    vs = {
        "number": "024718365",
        "from": "2026-01-12",
        "until": "2027-01-11",
        "duration": "365 JOURS",
        "issued_in": "JUBA",
        "issued_on": "2025-12-18",
        "surname": who["surname"],
        "given": who["given"],
        "passport_no": pp["number"],
        "nat": "SSD",
        "dob": who["dob"],
        "sex": "F",
        "remarks": ["VLS-TS SALARIÉ", "CESEDA R.431-16 / 10"],
        "skin": (72, 50, 40),
    }
    vimg = visa_sticker(vs, rng)
    vf = id_fields({**vs, "exp": vs["until"]})
    vf["issuing_country"] = "FRA"
    vf.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "salarié",
            "valid_from": vs["from"],
            "valid_until": vs["until"],
        }
    )
    pk.card(
        [vimg],
        "image_pdf",
        ["visa.pdf"],
        "long_stay_visa",
        vf,
        "VLS-TS sticker on a passport page, scanned to PDF",
    )
    birth = {
        "serial": "No. 0031872",
        "header": [
            "REPUBLIC OF SOUTH SUDAN",
            "MINISTRY OF INTERIOR",
            "Directorate of Civil Registry",
            "Central Equatoria State - Juba",
        ],
        "title": "BIRTH CERTIFICATE",
        "subtitle": "Issued under the Births and Deaths Registration Act",
        "rows": [
            ("Full name of child", "Nyandeng Akol GARANG"),
            ("Sex", "Female"),
            ("Date of birth", "17th April 1993"),
            ("Place of birth", "Juba Teaching Hospital, Juba"),
            ("Name of father", "Akol Garang Deng"),
            ("Nationality of father", "South Sudanese"),
            ("Name of mother", "Achol Mabior Kuol"),
            ("Registration No.", "CES/JB/1993/04417"),
            ("Date of this certificate", "3rd September 2025"),
        ],
        "certify": [
            "I hereby certify that the above is a true copy of the particulars",
            "recorded in the Register of Births kept in this office.",
        ],
        "registrar": "Registrar of Births and Deaths",
        "registrar_sig": "Lado",
        "stamp": ["REPUBLIC OF SOUTH SUDAN * CIVIL REGISTRY *", "JUBA", "REGISTRAR"],
        "frame": (0.1, 0.35, 0.2),
    }
    leg = {
        "mfa_lines": [
            "REPUBLIC OF SOUTH SUDAN",
            "Ministry of Foreign Affairs",
            "and International Cooperation",
            "LEGALIZATION",
            "Seen for the",
            "authentication of the signature",
            "of the Registrar, Juba",
            "No. MFA/LEG/2025/7812  11/09/2025",
        ],
        "mfa_sig": "Wani",
        "mfa_stamp": ["MINISTRY OF FOREIGN AFFAIRS * JUBA *", "LEGAL", "DEPT"],
        "fr_lines": [
            "AMBASSADE DE FRANCE AU SOUDAN DU SUD",
            "Vu pour légalisation de la",
            "signature de M. Wani Lokuji,",
            "apposée ci-contre.",
            "Juba, le 15/09/2025",
            "N° 2025/412",
            "Droits perçus : 20 €",
            "Le consul",
        ],
        "fr_sig": "PDurand",
        "fr_stamp": ["AMBASSADE DE FRANCE * JUBA *", "RF", "CONSULAT"],
    }

    def draw_birth(c):
        birth_english(c, birth, rng)
        c.showPage()
        legalisation(c, leg, rng)
        c.showPage()

    pk.paper(
        draw_birth,
        "image_pdf",
        ["acte_naissance_legalise.pdf"],
        "birth_certificate",
        {
            "surname": "GARANG",
            "given_names": "Nyandeng Akol",
            "date_of_birth": who["dob"],
            "place_of_birth": "Juba Teaching Hospital, Juba",
            "issuing_country": "SSD",
            "language": "en",
            "has_apostille": False,
        },
        "South Sudan is not a party to the Apostille Convention: legalised by the MFA "
        "in Juba and the French embassy (page 2)",
    )
    ls = {
        "landlord": "Mme Christiane WENDLING",
        "landlord_addr": "3 rue de l'Ail, 67000 Strasbourg",
        "tenants_print": ["Mme Nyandeng Akol GARANG"],
        "address": f"{addr}, 2e étage gauche, {cp} {city}",
        "rooms": "2 pièces principales",
        "surface": "41,5",
        "start": "2026-03-01",
        "rent": "640,00",
        "charges": "70,00",
        "city": city,
        "signed": "2026-02-21",
        "landlord_sig": "Wendling",
        "tenant_sigs": ["NGarang"],
    }
    pk.paper(
        lambda c: lease(c, ls, rng),
        "image_pdf",
        ["bail_signe.pdf"],
        "lease",
        {
            "tenant_names": ["Nyandeng Akol GARANG"],
            "landlord": "Christiane WENDLING",
            "address": f"{addr}, {cp} {city}",
            "start_date": ls["start"],
        },
        "bail loi 1989, signed on paper, scanned",
    )
    iban, key = fr_iban("10278", "01000", "00020123401")
    rb = {
        "bank": "Crédit Mutuel",
        "color": (0, 56, 118),
        "tagline": "Caisse de Crédit Mutuel Strasbourg Esplanade",
        "holder_lines": ["MME GARANG NYANDENG AKOL", addr.upper(), f"{cp} {city.upper()}"],
        "agency_lines": [
            "CCM STRASBOURG ESPLANADE",
            "19 rue de Lucerne",
            "67000 STRASBOURG",
            "Tél. 03 88 14 82 50",
        ],
        "bank_code": "10278",
        "branch": "01000",
        "account": "00020123401",
        "key": key,
        "iban": iban,
        "bic": "CMCIFR2A",
        "footer": "Caisse Fédérale de Crédit Mutuel - 4 rue Frédéric-Guillaume Raiffeisen "
        "67000 Strasbourg",
    }
    pk.paper(
        lambda c: rib(c, rb),
        "text_pdf",
        ["RIB_CreditMutuel.pdf"],
        "rib",
        {
            "holder_name": "GARANG NYANDENG AKOL",
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    siret = make_siret("7792041800013")
    ps = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employer_lines": [
            "CLINIQUE SAINTE-ODILE",
            "6 rue Simonis",
            "67100 STRASBOURG",
            f"SIRET : {siret}",
            "Code NAF : 8610Z",
        ],
        "employee_lines": [
            "Madame GARANG NYANDENG AKOL",
            addr,
            f"{cp} {city}",
            "Matricule : 00417",
        ],
        "info": [
            ("Emploi", "Aide-soignante"),
            ("Date d'entrée", "01/02/2026"),
            ("Contrat", "CDI - temps plein"),
            ("Convention collective", "FHP (IDCC 2264)"),
        ],
        "rows": [
            ("Salaire de base", "151,67", "14,2500", "", "2 161,30"),
            ("Prime dimanche et jours fériés", "", "", "", "96,00"),
            ("SALAIRE BRUT", "", "", "", "2 257,30"),
            ("Santé", "2 257,30", "", "31,40", ""),
            ("Retraite", "2 257,30", "", "245,77", ""),
            ("Assurance chômage", "", "", "0,00", ""),
            ("CSG/CRDS", "2 217,80", "9,70", "215,13", ""),
        ],
        "net_before": "1 765,00",
        "pas_rate": "1,1 %",
        "pas": "19,42",
        "net": "1 745,58",
    }
    pk.paper(
        lambda c: payslip(c, ps),
        "text_pdf",
        ["bulletin_octobre_2026.pdf"],
        "payslip",
        {
            "employer": "CLINIQUE SAINTE-ODILE",
            "employee_name": "GARANG NYANDENG AKOL",
            "period": "2026-10",
            "net_pay": "1745.58",
            "siret": siret,
        },
    )
    write_truth(
        pk,
        out,
        {
            "as_of": "2026-11-18",
            "employed": True,
            "status": "complete",
            "requirements": reqs(),
            "defect": None,
            "applicant": {
                "surname": who["surname"],
                "given_names": who["given"],
                "date_of_birth": who["dob"],
            },
        },
    )
