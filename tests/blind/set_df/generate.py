"""Blind set set_df (wave 45): four whole packets p01..p04.  Usage: generate.py OUT_DIR"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import docs2 as D2
import packets1
import packets2
import packets3
from docs import form_s1106, iban_fr, mrva, passport_page, pp_labels, rib_key, td3
from emit import Packet


def luhn_complete(s):
    for d in "0123456789":
        t = s + d
        tot = 0
        for i, ch in enumerate(reversed(t)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return t
    raise ValueError(s)


def p01(out):
    sur, giv, dob = "NDIAYE", "FATOU BINTOU", "1995-03-14"
    P = Packet(
        out, "p01", "2026-11-18", True, {"surname": sur, "given_names": giv, "date_of_birth": dob}
    )
    addr = "27 rue Myrha, 75018 Paris"
    form = {
        "surname": "NDIAYE",
        "given": "Fatou Bintou",
        "dob": "14/03/1995",
        "pob": "Thiès (Sénégal)",
        "nat": "sénégalaise",
        "addr": addr,
        "situation": "employed",
        "job": "Aide-soignante",
        "contract": "CDI",
        "place": "Paris",
        "signed_on": "12/11/2026",
        "signed": True,
    }
    P.add(
        "scan_0031.jpg",
        "scan",
        [
            (
                "application_form",
                [1],
                {
                    "surname": sur,
                    "given_names": "Fatou Bintou",
                    "date_of_birth": dob,
                    "employment_status": "employed",
                    "signed": True,
                    "signed_on": "2026-11-12",
                    "nir": None,
                },
                "hand-filled in blue ink, flatbed scan",
            )
        ],
        form_s1106(form, P.rng("form"), hand=True),
    )
    num = "A02468135"
    mrz = td3("P", "SEN", sur, giv, num, "SEN", dob, "F", "2028-05-09")
    pp = pp_labels(
        {
            "header": "RÉPUBLIQUE DU SÉNÉGAL — CEDEAO / ECOWAS   PASSEPORT / PASSPORT",
            "type": "P",
            "country": "SEN",
            "number": num,
            "surname_print": sur,
            "given_print": giv,
            "nat_print": "SÉNÉGALAISE / SENEGALESE",
            "dob_print": "14 MAR / MAR 1995",
            "sex": "F",
            "pob": "THIES",
            "issue_print": "10 MAI / MAY 2023",
            "exp_print": "09 MAI / MAY 2028",
            "mrz": mrz,
        }
    )
    pf = {
        "surname": sur,
        "given_names": giv,
        "document_number": num,
        "nationality": "SEN",
        "issuing_country": "SEN",
        "date_of_birth": dob,
        "sex": "F",
        "expiry_date": "2028-05-09",
        "mrz_valid": True,
        "mrz_lines": mrz,
    }
    P.add(
        "IMG_20261112_0917.jpg",
        "phone_photo",
        [("passport", [1], pf, "data page photographed on a table, rotated 90° counter-clockwise")],
        [passport_page(pp, (230, 236, 228), (20, 100, 60))],
        rot=90,
    )
    vnum = "047829163"
    vm = mrva("FRA", sur, giv, vnum, "SEN", dob, "F", "2027-06-19")
    v = {
        "from": "2026-06-20",
        "until": "2027-06-19",
        "days": "365",
        "passport": num,
        "issued_at": "DAKAR",
        "issued": "2026-06-02",
        "surname": sur,
        "given": giv,
        "remarks": "VLS-TS VIE PRIVEE ET FAMILIALE",
        "number": vnum,
        "mrz": vm,
    }
    vf = {
        "surname": sur,
        "given_names": giv,
        "document_number": vnum,
        "nationality": "SEN",
        "issuing_country": "FRA",
        "date_of_birth": dob,
        "sex": "F",
        "expiry_date": "2027-06-19",
        "mrz_valid": True,
        "mrz_lines": vm,
        "visa_type": "D",
        "vls_ts": True,
        "category": "vie privée et familiale",
        "valid_from": "2026-06-20",
        "valid_until": "2027-06-19",
    }
    P.add(
        "scan_0032.jpg",
        "scan",
        [("long_stay_visa", [1], vf, "visa sticker photocopied on A4")],
        [D2.visa_sticker(v)],
        cards=True,
    )
    b = {
        "region": "THIÈS",
        "dept": "THIÈS",
        "commune": "THIÈS",
        "year": "1995",
        "reg_no": "0412",
        "dob_words": "Quatorze mars mil neuf cent quatre-vingt-quinze",
        "time": "six heures trente minutes",
        "pob": "Thiès, Hôpital régional",
        "sex_word": "féminin",
        "given": "Fatou Bintou",
        "surname": "NDIAYE",
        "father": "Mamadou NDIAYE, né le 02/01/1962, commerçant",
        "mother": "Awa SECK, née le 19/08/1968, ménagère",
        "drawn": "20 mars 1995",
        "officer": "Ousmane FALL",
        "issued": "2026-05-04",
    }
    P.add(
        "acte_naissance.pdf",
        "image_pdf",
        [
            (
                "birth_certificate",
                [1],
                {
                    "surname": "NDIAYE",
                    "given_names": "Fatou Bintou",
                    "date_of_birth": dob,
                    "place_of_birth": "Thiès",
                    "issuing_country": "SEN",
                    "language": "fr",
                    "has_apostille": False,
                },
                (
                    "Senegalese extract in French; no apostille needed: France-Senegal convention of "
                    "29 March 1974 exempts civil records from legalisation (Senegal is not a Hague "
                    "apostille party)"
                ),
            )
        ],
        D2.senegal_birth(b, P.rng("birth")),
    )
    le = {
        "landlord": "M. Jean-Pierre LAMBERT",
        "landlord_addr": "4 villa Poissonnière, 75018 Paris",
        "tenants_print": ["Mme Fatou Bintou NDIAYE"],
        "address": addr + ", 3e étage gauche",
        "surface": "31",
        "rooms": "2",
        "start": "2026-04-01",
        "rent": "890,00",
        "charges": "75,00",
        "city": "Paris",
        "signed": "2026-03-24",
        "clauses": [
            "V. TRAVAUX",
            "Aucuns travaux n'ont été réalisés depuis la fin du dernier contrat.",
            "",
            "VI. GARANTIES",
            "Caution solidaire : néant (garantie Visale n° V004857213).",
            "",
            "VII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer,",
            "deux mois après un commandement demeuré infructueux.",
            "",
            "VIII. ANNEXES",
            "Dossier de diagnostic technique, état des lieux, notice d'information.",
        ],
    }
    P.add(
        "bail_rue_myrha.pdf",
        "text_pdf",
        [
            (
                "lease",
                [1, 2],
                {
                    "tenant_names": ["Fatou Bintou NDIAYE"],
                    "landlord": "Jean-Pierre LAMBERT",
                    "address": addr,
                    "start_date": "2026-04-01",
                },
                "loi 1989 lease, 2 pages",
            )
        ],
        D2.lease(le, P.rng("lease")),
    )
    siret = luhn_complete("8123456780001")
    emp = "SAS Les Jardins de Myrha (EHPAD)"
    c = {
        "employer_lines": [
            emp,
            "12 rue Marcadet, 75018 Paris",
            "SIRET " + siret,
            "Code NAF 8710A — Convention collective FHP",
        ],
        "city": "Paris",
        "signed": "2026-06-25",
        "body": [
            "Entre les soussignés : " + emp + ", représentée par Mme Claire DUVAL,",
            "directrice, ci-après « l'employeur », d'une part,",
            "et Mme Fatou Bintou NDIAYE, née le 14/03/1995 à Thiès (Sénégal),",
            "demeurant " + addr + ", ci-après « la salariée », d'autre part,",
            "",
            "Article 1 — Engagement",
            "La salariée est engagée à durée indéterminée à compter du 01/07/2026.",
            "",
            "Article 2 — Fonctions",
            "Elle occupe l'emploi d'aide-soignante, coefficient 215.",
            "",
            "Article 3 — Période d'essai",
            "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois.",
            "",
            "Article 4 — Rémunération",
            "Salaire mensuel brut : 2 210,00 euros pour 151,67 heures.",
        ],
    }
    P.add(
        "contrat_CDI.pdf",
        "text_pdf",
        [
            (
                "employment_contract",
                [1],
                {
                    "employer": emp,
                    "employee_name": "Fatou Bintou NDIAYE",
                    "contract_type": "CDI",
                    "job_title": "aide-soignante",
                    "start_date": "2026-07-01",
                },
                "",
            )
        ],
        D2.contract(c, P.rng("cdi")),
    )
    ps = {
        "from": "01/10/2026",
        "to": "31/10/2026",
        "employer_lines": [
            emp,
            "12 rue Marcadet",
            "75018 Paris",
            "SIRET : " + siret,
            "URSSAF Île-de-France",
        ],
        "employee_lines": ["Mme NDIAYE Fatou Bintou", addr.split(", ")[0], "75018 Paris"],
        "info_lines": [
            "Emploi : Aide-soignante — Statut : non cadre",
            "Entrée le 01/07/2026 — Contrat : CDI",
            "N° sécurité sociale : en cours d'attribution",
        ],
        "rows": [
            ["Salaire de base", "151,67", "14,5711", "2 210,00"],
            ["Prime dimanche et jours fériés", "", "", "96,00"],
            ["Santé (sécurité sociale, complémentaire)", "2 306,00", "", "-38,70"],
            ["Retraite", "2 306,00", "", "-255,51"],
            ["Assurance chômage", "", "", "0,00"],
            ["CSG/CRDS", "2 266,23", "9,70", "-219,82"],
        ],
        "net_before": "1 791,97",
        "pas_rate": "2,8 %",
        "pas": "50,18",
        "net": "1 741,79",
        "paid": "30/10/2026",
    }
    P.add(
        "bulletin_octobre.pdf",
        "image_pdf",
        [
            (
                "payslip",
                [1],
                {
                    "employer": emp,
                    "employee_name": "NDIAYE Fatou Bintou",
                    "period": "2026-10",
                    "net_pay": "1741.79",
                    "siret": siret,
                },
                "bulletin clarifié, scanned",
            )
        ],
        D2.payslip(ps),
    )
    bk, br, ac = "20041", "00001", "0612345X020"
    key = rib_key(bk, br, ac)
    iban = iban_fr(bk, br, ac, key)
    scr = {
        "app": "La Banque Postale",
        "color": (0, 62, 125),
        "account_label": "CCP — Mme NDIAYE FATOU BINTOU",
        "rows": [
            ("Titulaire", "MME NDIAYE FATOU BINTOU"),
            ("IBAN", D2.fmt_iban(iban)),
            ("BIC", "PSSTFRPPPAR"),
            ("Banque / Guichet", bk + " / " + br),
            ("N° de compte / Clé", ac + " / " + key),
            ("Domiciliation", "La Banque Postale — Paris La Chapelle"),
        ],
    }
    P.add(
        "Screenshot_20261110-184212.png",
        "screenshot",
        [
            (
                "rib",
                [1],
                {
                    "holder_name": "NDIAYE FATOU BINTOU",
                    "iban": iban,
                    "bic": "PSSTFRPPPAR",
                    "bank_name": "La Banque Postale",
                    "iban_valid": True,
                    "rib_key_valid": True,
                },
                "app screen 1170x2532",
            )
        ],
        D2.bank_screen(scr),
    )
    P.finish()


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    p01(out)
    packets1.p02(out)
    packets2.p03(out)
    packets3.p04(out)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, fh)
        fh.write("\n")


if __name__ == "__main__":
    main()
