"""Packets p13-p14 (one defect each)."""

from __future__ import annotations

import build as B
import money
from packets import P, bc_doc, form_data, reqs
from packets2 import _pay


def more5(R):
    out = []
    # ------------------------------------------------ p13 Chile: unsigned form
    pp = P(
        surname="González Vásquez",
        given="Catalina Ignacia",
        sex="F",
        dob="1997-02-14",
        pob="Valparaíso",
        pob_country="Chili",
        nat="CHL",
        nat_fr="Chilienne",
        number="F20573816",
        issued="2022-11-07",
        expiry="2032-11-06",
        authority="Registro Civil",
        bc_surname="GONZÁLEZ VÁSQUEZ",
        bc_given="CATALINA IGNACIA",
        bc_place="Valparaíso",
    )
    home = ("8 rue des Carmes", "35000 Rennes")
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "sans_activite",
                "2026-11-04",
                "Rennes",
                sign="no",
                form_surname="GONZALEZ VASQUEZ",
            ),
            "hand",
            "B",
            1301,
            notes="signature box left empty",
        ),
        "pass": B.passport(pp, 1302),
        "ts": B.titre(
            {
                "surname": pp["surname"],
                "given": pp["given"],
                "sex": "F",
                "nat": "CHL",
                "dob": pp["dob"],
                "number": "N3D7Q0K58",
                "permit_type": "VIE PRIVEE ET FAMILIALE",
                "expiry": "2027-10-02",
                "issued": "2026-10-03",
                "home": "35000 RENNES",
                "issuer": "PREF. ILLE-ET-VILAINE",
            },
            1303,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "CHL",
                    pp,
                    (
                        "PATRICIO GONZÁLEZ ROJAS",
                        "CAROLINA VÁSQUEZ SOTO",
                        "1997-REG-00882",
                        "Oficial Civil",
                        "Oficial del Registro Civil",
                    ),
                    1304,
                    as_date="2026-05-05",
                )
            )
        },
        "att": B.hosting(
            P(
                host="Gwenaël LE BIHAN",
                host_dob="1994-07-30",
                host_pob="Quimper (29)",
                street=home[0],
                city=home[1],
                hosted_civ="Mme",
                hosted="Catalina GONZÁLEZ VÁSQUEZ",
                hosted_dob=pp["dob"],
                hosted_pob="Valparaíso (Chili)",
                since="2026-06-01",
                place="Rennes",
                signed_on="2026-11-01",
            ),
            1306,
            hand=False,
        ),
        "hid": B.id_card(
            P(
                surname="Le Bihan",
                given="Gwenaël",
                sex="M",
                dob="1994-07-30",
                pob="Quimper",
                nat="FRA",
                number="W9FT3L2C8",
                issued="2024-01-15",
                expiry="2034-01-14",
                home="8 RUE DES CARMES 35000 RENNES",
            ),
            1307,
            notes="host's French ID card",
        ),
        "hlease": B.lease(
            {
                "kind": "vide",
                "landlord": "Foncière Armor Gestion",
                "landlord_addr": "1 quai Lamartine, 35000 Rennes",
                "tenants": ["M. Gwenaël LE BIHAN"],
                "street": home[0],
                "city": home[1],
                "start": "2023-09-01",
                "rent": 760.0,
                "charges": 70.0,
                "surface": 52,
                "rooms": 2,
                "signed_on": "2023-08-28",
                "place": "Rennes",
            },
            1308,
            notes="host's lease",
        ),
        "rib": B.rib(
            "Nickel",
            ["CATALINA IGNACIA GONZALEZ VASQUEZ"],
            "CATALINA IGNACIA GONZALEZ VASQUEZ",
            "00011829473",
            "00001",
            1309,
            agency="NICKEL - 94200 IVRY-SUR-SEINE",
        ),
    }
    layout = [
        ("image_pdf", ["form"], "formulario_CPAM"),
        ("scan", ["pass"]),
        ("scan", ["ts"]),
        ("image_pdf", ["bc0", "bc1"], "certificado_nacimiento"),
        ("text_pdf", ["att"], "attestation_Gwen"),
        ("phone_photo", ["hid"]),
        ("text_pdf", ["hlease"], "bail_Gwenael"),
        ("text_pdf", ["rib"], "RIB_Nickel"),
    ]
    out.append(
        (
            "p13",
            "2026-11-18",
            False,
            reqs(False, application_form="invalid"),
            "application form not signed (signature box empty)",
            pp,
            docs,
            layout,
        )
    )

    # ------------------------------------------------ p14 Moldova: birth certificate without apostille
    pp = P(
        surname="Rotaru-Ciobanu",
        given="Natalia",
        sex="F",
        dob="1986-09-27",
        pob="Chisinau",
        pob_country="Moldavie",
        nat="MDA",
        nat_fr="Moldave",
        number="B04418273",
        issued="2024-03-12",
        expiry="2034-03-11",
        authority="ASP 0102",
        bc_surname="ROTARU",
        bc_given="NATALIA",
        bc_place="mun. Chişinău, Republica Moldova",
    )
    home = ("74 boulevard de la Liberté", "59800 Lille")
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "salarie",
                "2026-11-10",
                "Lille",
                contract="CDD",
                job="Comptable",
                form_surname="ROTARU",
                usage="CIOBANU",
            ),
            "hand",
            "A",
            1401,
        ),
        "pass": B.passport(pp, 1402),
        "rec": B.recepisse(
            {
                "surname": pp["surname"],
                "given": "Natalia",
                "dob": pp["dob"],
                "pob": "Chisinau (Moldavie)",
                "sex": "F",
                "nat": "MDA",
                "nat_text": "Moldave",
                "home": ", ".join(home),
                "number": "5902577031",
                "valid_from": "2026-10-20",
                "valid_until": "2027-04-19",
                "issued": "2026-10-20",
                "issuer": "Préfecture du Nord",
                "city": "Lille",
                "dept": "NORD",
                "kind": "RENOUVELLEMENT",
                "motif": "Salarié",
            },
            1403,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "MDA",
                    pp,
                    ("ROTARU ION", "ROTARU ELENA", "1766", "Ceban V.", "Registrator"),
                    1404,
                    apost=False,
                    as_date="2026-02-02",
                )
            )
        },
        "lease": B.lease(
            {
                "kind": "vide",
                "landlord": "Vilogia",
                "landlord_addr": "74 rue Jean Jaurès, 59491 Villeneuve-d'Ascq",
                "tenants": ["Mme Natalia ROTARU-CIOBANU", "M. Andrei CIOBANU"],
                "street": home[0],
                "city": home[1],
                "start": "2024-02-01",
                "rent": 640.0,
                "charges": 95.0,
                "surface": 61,
                "rooms": 3,
                "signed_on": "2024-01-22",
                "place": "Lille",
            },
            1405,
        ),
        "rib": B.neobank(
            "Wise",
            "Natalia Rotaru-Ciobanu",
            money.be_iban("967", "3104827"),
            "TRWIBEB1XXX",
            "Wise, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium",
            1406,
        ),
        "ct": B.contract(
            {
                "type": "CDD",
                "employer": "Cabinet Delrue Expertise",
                "form": "SARL au capital de 30 000 euros",
                "rcs": "Lille Métropole 794 003 218",
                "emp_addr": "12 rue Nationale, 59000 Lille",
                "rep": "M. Bertrand Delrue",
                "rep_role": "Gérant",
                "employee": "Mme Natalia ROTARU-CIOBANU",
                "emp_dob": pp["dob"],
                "emp_pob": "Chisinau (Moldavie)",
                "emp_nat": "moldave",
                "emp_home": ", ".join(home),
                "job": "Comptable",
                "start": "2026-09-01",
                "end": "2027-02-28",
                "salary": 2450.0,
                "place": "Lille",
                "signed_on": "2026-08-26",
                "conv": "des cabinets d'experts-comptables",
                "motif": "remplacement d'une salariée absente",
            },
            1407,
        ),
        "pay": _pay(
            R,
            "Cabinet Delrue Expertise",
            ["12 rue Nationale", "59000 Lille"],
            "Natalia ROTARU-CIOBANU",
            home,
            "Comptable",
            "2026-09-01",
            2450.0,
            1408,
            civ="Madame ",
            naf="6920Z",
            conv="Experts-comptables",
        ),
    }
    docs["bc0"]["notes"] = (
        "Moldovan birth certificate (Hague member) with no apostille in the packet; "
        "birth surname ROTARU (married name CIOBANU)"
    )
    layout = [
        ("phone_photo", ["form"]),
        ("image_pdf", ["pass"], "pasaport"),
        ("phone_photo", ["rec"]),
        ("scan", ["bc0"], "certificat_nastere"),
        ("image_pdf", ["lease"], "bail"),
        ("screenshot", ["rib"]),
        ("text_pdf", ["ct"], "CDD_Delrue"),
        ("text_pdf", ["pay"], "bulletin_2026_10"),
    ]
    out.append(
        (
            "p14",
            "2026-12-01",
            True,
            reqs(True, birth_certificate="invalid"),
            "birth certificate from a Hague member (Moldova) without apostille",
            pp,
            docs,
            layout,
        )
    )
    return out
