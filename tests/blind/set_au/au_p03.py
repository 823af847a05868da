"""Packet p03: Eswatini, employed (CDD), tenant with three Free bills. Complete."""

from __future__ import annotations

from pathlib import Path

from au_cards import id1_card, passport_labels_en, passport_page
from au_civil import apostille, birth_english
from au_common import fr_iban
from au_emit import Packet, form_fields, id_fields, make_siret, reqs, write_truth
from au_form import draw_form
from au_paper import contract, free_bill, rib


# =============================================================== p03 Eswatini
def p03(out: Path) -> None:
    pk = Packet(out, "p03", 303)
    rng = pk.rng
    who = {"surname": "DLAMINI", "given": "SIBUSISO THEMBA", "dob": "1988-12-05", "sex": "M"}
    addr, cp, city = "27 rue Paul Bert", "69003", "Lyon"
    form = {
        **who,
        "pob_commune": "MANZINI",
        "pob_pays": "ESWATINI",
        "nationality": "SWAZIE (ESWATINI)",
        "address": addr.upper(),
        "cp": cp,
        "commune": city.upper(),
        "tel": "07 81 33 40 65",
        "email": "s.dlamini.sz@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "TECHNICIEN DE LABORATOIRE",
        "place": "Lyon",
        "signed_on": "2026-11-16",
        "sig_text": "SDlamini",
        "sig_font": "dancing",
    }
    pk.paper(
        lambda c: draw_form(c, form, 0, "typed", rng),
        "image_pdf",
        ["formulaire_cpam.pdf"],
        "application_form",
        form_fields(form, True),
        "typed, printed, signed by hand, both pages scanned into one PDF",
    )
    pp = {
        "state": "KINGDOM OF ESWATINI",
        "doc_title": "PASSPORT",
        "country": "SWZ",
        "nat": "SWZ",
        "number": "C0418267",
        "surname": who["surname"],
        "given": who["given"],
        "nat_text": "LIswati / ESWATINI",
        "dob": who["dob"],
        "dob_text": "05 DEC 1988",
        "sex": "M",
        "pob": "MANZINI",
        "issue_text": "09 AUG 2022",
        "exp": "2032-08-08",
        "exp_text": "08 AUG 2032",
        "authority": "MINISTRY OF HOME AFFAIRS",
        "labels": passport_labels_en(),
        "sig": "SDlamini",
        "bg": (222, 232, 218),
        "line": (196, 214, 192),
        "skin": (88, 60, 45),
    }
    img = passport_page(pp, rng)
    pk.card(
        [img],
        "image_pdf",
        ["passeport.pdf"],
        "passport",
        id_fields(pp),
        "data page scanned into a PDF",
    )
    ts = {
        "title": "TITRE DE SÉJOUR",
        "code": "IR",
        "number": "ZD3918402",
        "surname": who["surname"],
        "given": who["given"],
        "dob": who["dob"],
        "sex": "M",
        "exp": "2027-05-31",
        "nat": "SWZ",
        "sig": "SDlamini",
        "skin": (88, 60, 45),
        "front_rows": [
            ("NOM", "DLAMINI"),
            ("Prénoms", "SIBUSISO THEMBA"),
            ("Sexe / Nationalité", "M   SWZ"),
            ("Date de naissance", "05 12 1988"),
            ("Valable jusqu'au", "31 05 2027"),
        ],
        "back_rows": [
            ("Type de titre", "CARTE DE SÉJOUR TEMPORAIRE"),
            ("Remarques", "TRAVAILLEUR TEMPORAIRE"),
            ("Lieu de naissance", "MANZINI (SWZ)"),
            ("Adresse", f"{addr.upper()} {cp} {city.upper()}"),
            ("Délivré par", "PRÉFET DU RHÔNE  le 01 06 2026"),
        ],
    }
    front, back = id1_card(ts, rng)
    pk.card(
        [front, back],
        "phone_photo",
        ["IMG_20261104_091233.jpg", "IMG_20261104_091301.jpg"],
        "residence_permit",
        id_fields({**ts, "issuing": "FRA"}),
        "titre de séjour, front and back photographed",
        rotate=(0, 180),
    )
    birth = {
        "serial": "Serial No. B 0271564",
        "header": [
            "KINGDOM OF ESWATINI",
            "MINISTRY OF HOME AFFAIRS",
            "Department of Civil Registration",
            "Births, Marriages and Deaths",
        ],
        "title": "CERTIFICATE OF BIRTH",
        "subtitle": "(Full certificate issued under the Births, Marriages and Deaths "
        "Registration Act, 1983)",
        "rows": [
            ("Surname", "DLAMINI"),
            ("Forenames", "Sibusiso Themba"),
            ("Sex", "Male"),
            ("Date of birth", "05/12/1988"),
            ("Place of birth", "Raleigh Fitkin Memorial Hospital, Manzini"),
            ("Father's full name", "Mandla Jabulani Dlamini"),
            ("Mother's full name", "Nomsa Busisiwe Dlamini (born Simelane)"),
            ("Registration number", "MZ/1988/11302"),
            ("Date of issue", "22/04/2026"),
        ],
        "certify": [
            "I certify that this is a true extract from the Register of Births",
            "kept at the Civil Registry, Mbabane.",
        ],
        "registrar": "Registrar-General",
        "registrar_sig": "Mamba",
        "stamp": ["KINGDOM OF ESWATINI * CIVIL REGISTRY *", "MBABANE", "HOME AFFAIRS"],
        "frame": (0.1, 0.2, 0.5),
        "stamp_color": (0.1, 0.2, 0.55),
    }
    ap = {
        "country": "Kingdom of Eswatini",
        "signed_doc_by": "Thandeka Mamba",
        "capacity": "Registrar-General",
        "seal_of": "Department of Civil Registration",
        "at": "Mbabane",
        "on_text": "30 April 2026",
        "by": "Ministry of Foreign Affairs and International Cooperation",
        "number": "ESW-AP 1187/26",
        "stamp": ["MINISTRY OF FOREIGN AFFAIRS * ESWATINI *", "APOSTILLE", ""],
        "sig": "Nxumalo",
    }

    def draw_birth(c):
        birth_english(c, birth, rng)
        c.showPage()
        apostille(c, ap, rng, scale=1.15)
        c.showPage()

    files = pk.paper(draw_birth, "image_pdf", ["acte de naissance + apostille.pdf"])
    path = files[0]["path"]
    pk.record(
        [{"path": path, "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DLAMINI",
            "given_names": "Sibusiso Themba",
            "date_of_birth": who["dob"],
            "place_of_birth": "Raleigh Fitkin Memorial Hospital, Manzini",
            "issuing_country": "SWZ",
            "language": "en",
            "has_apostille": True,
        },
    )
    pk.record(
        [{"path": path, "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "Kingdom of Eswatini",
            "issued_on": "2026-04-30",
            "number": "ESW-AP 1187/26",
            "signed_by": "Ministry of Foreign Affairs and International Cooperation",
        },
    )
    for i, m in enumerate(("08", "09", "10")):
        nxt = f"{int(m) + 1:02d}"
        end = {"08": "31", "09": "30", "10": "31"}[m]
        b = {
            "issue": f"2026-{m}-02",
            "number": f"{9210443 + i * 311}",
            "login": "fbx7731904",
            "ref": "U-69003-551982",
            "holder_lines": ["M. SIBUSISO DLAMINI", addr.upper(), f"{cp} {city.upper()}"],
            "amount": "29,99",
            "vat": "5,00",
            "debit": f"2026-{m}-09",
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{end}",
            "install": f"{addr}, {cp} {city}",
        }
        del nxt
        pk.paper(
            lambda c, b=b: free_bill(c, b),
            "text_pdf",
            [f"facture_free_2026-{m}.pdf"],
            "utility_bill",
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "SIBUSISO DLAMINI",
                "address": f"{addr}, {cp} {city}",
                "issue_date": b["issue"],
                "period_start": b["start"],
                "period_end": b["end"],
                "amount": "29.99",
                "month": f"2026-{m}",
            },
        )
    acct = "60712845S21"
    iban, key = fr_iban("17806", "00150", acct)
    rb = {
        "bank": "CRÉDIT AGRICOLE",
        "color": (0, 122, 91),
        "tagline": "Centre-est",
        "holder_lines": ["M DLAMINI SIBUSISO", addr.upper(), f"{cp} {city.upper()}"],
        "agency_lines": ["LYON MONCHAT", "112 rue Trarieux", "69003 LYON"],
        "bank_code": "17806",
        "branch": "00150",
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "AGRIFRPP878",
        "footer": "Caisse Régionale de Crédit Agricole Mutuel Centre-Est - 1 rue Pierre de "
        "Truchis de Lays 69410 Champagne-au-Mont-d'Or",
    }
    pk.paper(
        lambda c: rib(c, rb),
        "scan",
        ["RIB.jpg"],
        "rib",
        {
            "holder_name": "DLAMINI SIBUSISO",
            "iban": iban,
            "bic": "AGRIFRPP878",
            "bank_name": "Crédit Agricole Centre-Est",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    siret = make_siret("8425617700029")
    k = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "employer_line": "La société BIOSPHÈRE ANALYSES SAS, 60 avenue Rockefeller, 69008 Lyon,",
        "siret": siret,
        "rep": "Mme Claire Bonnefoy",
        "rep_role": "Directrice des ressources humaines",
        "employee_line": "M. Sibusiso Themba DLAMINI,",
        "dob": who["dob"],
        "pob": "Manzini (Eswatini)",
        "nat": "eswatinienne",
        "address": f"{addr}, {cp} {city}",
        "job": "technicien de laboratoire",
        "status": "technicien",
        "coef": "250",
        "ccn": "des laboratoires de biologie médicale extra-hospitaliers",
        "duration": "douze mois",
        "start": "2026-06-15",
        "end": "2027-06-14",
        "reason": "accroissement temporaire d'activité",
        "gross": "2 310,00",
        "workplace": "siège de la société, 60 avenue Rockefeller, 69008 Lyon",
        "city": "Lyon",
        "signed": "2026-06-10",
        "rep_sig": "Bonnefoy",
        "emp_sig": "SDlamini",
    }
    pk.paper(
        lambda c: contract(c, k, rng),
        "text_pdf",
        ["contrat_CDD_Dlamini.pdf"],
        "employment_contract",
        {
            "employer": "BIOSPHÈRE ANALYSES SAS",
            "employee_name": "Sibusiso Themba DLAMINI",
            "contract_type": "CDD",
            "job_title": "technicien de laboratoire",
            "start_date": "2026-06-15",
        },
    )
    write_truth(
        pk,
        out,
        {
            "as_of": "2026-11-20",
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
