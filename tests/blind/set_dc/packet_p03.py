"""Packet p03: Nepal, lease, employed (CDI); defect: no birth certificate."""

from __future__ import annotations

from common import fr_iban, render, siret
from fields import EN_LAB, id_fields
from forms import cerfa, lease
from ids import passport, visa_fr
from money import contract, payslip, rib_ca
from out import Packet, pages_img, sheet


# ============================================================================= p03
def p03(out: str) -> str:
    sur, giv = "THAPA MAGAR", "SUJATA"
    app = {"surname": sur, "given_names": giv, "date_of_birth": "1996-11-02"}
    pk = Packet(out, "p03", 4303, "2026-11-27", True, app)
    pk.defect = "no birth certificate in the packet (birth_certificate missing)"
    pk.reqs["birth_certificate"] = "missing"
    addr = "8 allée des Tilleuls, bâtiment B, 94000 Créteil"

    form = cerfa(
        {
            "surname": sur,
            "given": "Sujata",
            "dob": "02/11/1996",
            "pob": "Pokhara, Népal",
            "nat": "népalaise",
            "addr": "8 allée des Tilleuls, bât. B, porte 21",
            "cp": "94000",
            "city": "Créteil",
            "status": "employed",
            "job": "Vendeuse en boulangerie",
            "contract": "CDI",
            "place": "Créteil",
            "date": "19/11/2026",
        },
        pk.sub("form"),
        None,
    )
    pk.scans("formulaire_cpam.pdf", pages_img(form, 200, "p03 form"), "formscan")
    pk.doc(
        [("formulaire_cpam.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": sur,
            "given_names": "Sujata",
            "date_of_birth": "1996-11-02",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-19",
            "nir": None,
        },
        "Typed, printed, signed in pen, scanned (2 pages).",
    )

    pp, mrz = passport(
        {
            "head": "NEPAL",
            "head2": "PASSPORT",
            "labels": EN_LAB,
            "country": "NPL",
            "doc": "PA0839271",
            "surname_lines": [sur],
            "given_lines": [giv],
            "nat_txt": "NEPALESE",
            "dob_txt": "02 NOV 1996",
            "sex_txt": "F",
            "pob_txt": "KASKI",
            "issue_txt": "10 AUG 2023",
            "auth_txt": "MOFA, DoP",
            "exp_txt": "09 AUG 2033",
            "mrz_surname": sur,
            "mrz_given": giv,
            "nat": "NPL",
            "dob": "1996-11-02",
            "sex": "F",
            "exp": "2033-08-09",
            "personal": "44011702318",
            "bg": (238, 230, 232),
            "band": (160, 25, 45),
            "ink": (210, 190, 200),
        },
        pk.sub("pp"),
    )
    pk.scan_jpg("scan_0012.png", sheet([(pp, 20, 22, 150)], pk.sub("pps"), 150), "ppscan", dpi=150)
    pk.doc(
        [("scan_0012.png", [1])],
        "passport",
        "scan",
        id_fields(sur, giv, "PA0839271", "NPL", "NPL", "1996-11-02", "F", "2033-08-09"),
        "150 dpi PNG scan. MRZ: " + " / ".join(mrz),
    )

    vp, vmrz = visa_fr(
        {
            "number": "007741029",
            "sex": "F",
            "from_txt": "02-02-2026",
            "until_txt": "01-02-2027",
            "vtype": "D",
            "duration": "365 JOURS",
            "issued_txt": "19-01-2026",
            "post": "KATMANDOU",
            "passport": "PA0839271",
            "name_txt": sur + ", " + giv,
            "remarks": [
                "VLS-TS SALARIÉ",
                "CESEDA R.431-16 – DISPENSE TEMPORAIRE DE CARTE DE SÉJOUR",
            ],
            "mrz_surname": sur,
            "mrz_given": giv,
            "nat": "NPL",
            "dob": "1996-11-02",
            "until": "2027-02-01",
            "bg": (238, 230, 232),
        },
        pk.sub("visa"),
    )
    vp.check("p03 visa")
    pk.photo("IMG_3318.jpg", render(vp, 500), "visaphoto", rot=90, fill=0.76)
    f = id_fields(sur, giv, "007741029", "NPL", "FRA", "1996-11-02", "F", "2027-02-01")
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIÉ",
            "valid_from": "2026-02-02",
            "valid_until": "2027-02-01",
        }
    )
    pk.doc(
        [("IMG_3318.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        f,
        "Visa page photographed, rotated 90°. MRZ MRV-A: " + " / ".join(vmrz),
    )

    ls = lease(
        {
            "landlord": "M. Gérard LEMAIRE-POULAIN",
            "landlord_addr": "3 rue du Général Leclerc, 94000 Créteil",
            "tenants": [sur],
            "tenants_txt": "Mme Sujata THAPA MAGAR, née le 02/11/1996 à Pokhara (Népal)",
            "address": "8 allée des Tilleuls, bâtiment B, 2e étage, porte 21, 94000 Créteil",
            "desc": "Appartement de type T2 d'une surface habitable de 41 m², comprenant une "
            "entrée, un séjour, une chambre, une cuisine et une salle d'eau avec WC.",
            "start_txt": "1er mars 2026",
            "rent": "780",
            "charges": "65",
            "deposit": "780",
            "city": "Créteil",
            "signed_txt": "20 février 2026",
        },
        pk.sub("lease"),
    )
    pk.scans("bail_appartement.pdf", pages_img(ls, 200, "p03 lease"), "leasescan")
    pk.doc(
        [("bail_appartement.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Sujata THAPA MAGAR"],
            "landlord": "Gérard LEMAIRE-POULAIN",
            "address": addr,
            "start_date": "2026-03-01",
        },
        "Bail loi 1989, logement nu, 3 pages.",
    )

    sir = siret(pk.sub("siret"))
    emp = "MARCHAL BOULANGERIE SAS"
    con = contract(
        {
            "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
            "subtitle": "Convention collective nationale de la boulangerie-pâtisserie (IDCC 843)",
            "employer_par": "La société MARCHAL BOULANGERIE, SAS au capital de 20 000 euros, SIRET "
            + sir
            + ", dont le siège social est situé 41 avenue du Général de Gaulle, "
            "94000 Créteil, représentée par Mme Sandrine Marchal, présidente, "
            "ci-après « l'Employeur » ;",
            "employee_par": "Madame Sujata THAPA MAGAR, née le 2 novembre 1996 à Pokhara "
            "(Népal), de "
            "nationalité népalaise, demeurant 8 allée des Tilleuls, bâtiment B, 94000 "
            "Créteil, ci-après « la Salariée ».",
            "articles": [
                (
                    "Article 1 – Engagement",
                    "La Salariée est engagée à durée indéterminée à compter "
                    "du 16 février 2026 en qualité de vendeuse en boulangerie, coefficient 160.",
                ),
                (
                    "Article 2 – Période d'essai",
                    "Le présent contrat est soumis à une période d'essai "
                    "de deux mois, renouvelable une fois d'un commun accord.",
                ),
                (
                    "Article 3 – Fonctions",
                    "La Salariée assure la vente, la mise en place du magasin, "
                    "l'encaissement et l'entretien de l'espace de vente.",
                ),
                (
                    "Article 4 – Durée du travail",
                    "35 heures par semaine, y compris le dimanche "
                    "matin selon le planning établi un mois à l'avance.",
                ),
                (
                    "Article 5 – Rémunération",
                    "Salaire brut mensuel de 1 823,03 euros pour 151,67 "
                    "heures, versé le dernier jour ouvré du mois.",
                ),
                ("Article 6 – Lieu de travail", "41 avenue du Général de Gaulle, 94000 Créteil."),
            ],
            "city": "Créteil",
            "signed_txt": "12 février 2026",
            "signatory": "Sandrine Marchal, présidente",
            "stamp": "MARCHAL",
            "siret": sir,
        },
        pk.sub("cdi"),
    )
    pk.text_pdf("Contrat_CDI_Thapa_Magar.pdf", con, "Contrat de travail", "Marchal Boulangerie")
    pk.doc(
        [("Contrat_CDI_Thapa_Magar.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": "MARCHAL BOULANGERIE",
            "employee_name": "Sujata THAPA MAGAR",
            "contract_type": "CDI",
            "job_title": "vendeuse en boulangerie",
            "start_date": "2026-02-16",
        },
    )
    ps = payslip(
        {
            "start": "2026-10-01",
            "end": "2026-10-31",
            "paid": "2026-10-30",
            "employer": emp,
            "emp_lines": ["41 avenue du Général de Gaulle", "94000 Créteil"],
            "siret": sir,
            "naf": "1071C",
            "urssaf": "Île-de-France",
            "employee": "Mme THAPA MAGAR Sujata",
            "ee_lines": ["8 allée des Tilleuls, bât. B", "94000 Créteil"],
            "job": "Vendeuse en boulangerie",
            "contract": "CDI – temps plein",
            "entry": "2026-02-16",
            "ccn": "Boulangerie-pâtisserie (IDCC 843)",
            "rows": [
                ("Salaire de base", "151,67", "12,0197", "1 823,03", ""),
                ("Majoration dimanche", "16,00", "3,0049", "48,08", ""),
                ("Salaire brut", "", "", "1 871,11", ""),
                ("Santé", "1 871,11", "", "28,40", "42,60"),
                ("Retraite", "1 871,11", "", "194,60", "301,25"),
                ("Assurance chômage", "1 871,11", "", "", "75,78"),
                ("CSG déductible", "1 838,37", "6,80", "125,01", ""),
                ("CSG/CRDS non déductibles", "1 838,37", "2,90", "53,31", ""),
            ],
            "net_before": 1469.79,
            "net": 1469.79,
            "pas_rate": "0,00 %",
        }
    )
    pk.text_pdf("bulletin_octobre_2026.pdf", [ps], "Bulletin de paie", "PayFit")
    pk.doc(
        [("bulletin_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "THAPA MAGAR Sujata",
            "period": "2026-10",
            "net_pay": 1469.79,
            "siret": sir,
        },
    )

    iban, key = fr_iban("18206", "00236", "65041879203")
    rb = rib_ca(
        {
            "caisse": "Caisse Régionale de Crédit Agricole Mutuel de Paris et d'Île-de-France",
            "holder_lines": [
                "MME SUJATA THAPA MAGAR",
                "8 ALLEE DES TILLEULS BAT B",
                "94000 CRETEIL",
            ],
            "dom_lines": ["CA IDF CRETEIL CENTRE", "1 PL SALVADOR ALLENDE", "94000 CRETEIL"],
            "bank": "18206",
            "branch": "00236",
            "account": "65041879203",
            "key": key,
            "iban": iban,
            "bic": "AGRIFRPP882",
        }
    )
    pk.scan_jpg("RIB_credit_agricole.jpg", pages_img([rb], 200, "p03 rib")[0], "ribscan")
    pk.doc(
        [("RIB_credit_agricole.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "SUJATA THAPA MAGAR",
            "iban": iban,
            "bic": "AGRIFRPP882",
            "bank_name": "Crédit Agricole",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    pk.finish()
    return pk.name
