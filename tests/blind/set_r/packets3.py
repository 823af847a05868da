"""Packets p07-p14 (p08-p14: one defect each)."""

from __future__ import annotations

import build as B
import money
from packets import P, bc_doc, form_data, months, reqs
from packets2 import _bills, _pay


def more3(R):
    out = []
    # ------------------------------------------------ p07 Brazil, interim, TotalEnergies x3, Revolut LT
    pp = P(
        surname="Souza dos Santos",
        given="João Pedro",
        sex="M",
        dob="1996-01-28",
        pob="São Paulo",
        pob_country="Brésil",
        nat="BRA",
        nat_fr="Brésilienne",
        number="FZ903417",
        issued="2023-08-09",
        expiry="2033-08-08",
        authority="DPF/SP",
        bc_surname="SOUZA DOS SANTOS",
        bc_given="JOÃO PEDRO",
        bc_place="São Paulo - SP",
        place_fr="São Paulo (Brésil)",
    )
    home = ("31 rue de la Bastille", "44000 Nantes")
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "salarie",
                "2026-11-16",
                "Nantes",
                contract="Intérim",
                job="Préparateur de commandes",
            ),
            "acroform_printed",
            "B",
            701,
        ),
        "pass": B.passport(pp, 702),
        "visa": B.visa(
            dict(
                pp,
                number="D49920573",
                valid_from="2026-04-20",
                valid_until="2027-04-19",
                type="D",
                issued_in="Sao Paulo",
                issued_on="2026-04-02",
                passport=pp["number"],
                remarks=["VLS-TS TRAVAILLEUR TEMPORAIRE"],
                category="TRAVAILLEUR TEMPORAIRE",
            ),
            703,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "BRA",
                    pp,
                    (
                        "ANTÔNIO CARLOS DOS SANTOS",
                        "MARIA APARECIDA DE SOUZA",
                        "115980 01 55 1996 1 00042 118 0031177 21",
                        "Ana Paula Ribeiro Costa",
                        "Oficial de Registro",
                    ),
                    704,
                    trans=("2026-03-30", "Carla Martins Lefèvre"),
                    as_date="2026-02-18",
                )
            )
        },
        **_bills(
            "TotalEnergies",
            "electricity",
            "M. Joao Pedro SOUZA DOS SANTOS",
            home,
            months(2026, 8, 3),
            39.6,
            707,
            "1038 66",
            "TE-2204 118 093",
            "Offre Essentielle",
        ),
        "rib": B.neobank(
            "Revolut",
            "João Pedro Souza dos Santos",
            money.make_iban("LT", "32500" + "04418273016"),
            "REVOLT21",
            "Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania",
            710,
        ),
        "ct": B.contract(
            {
                "type": "interim",
                "employer": "Atlantique Intérim Services",
                "form": "SAS au capital de 120 000 euros",
                "rcs": "Nantes 531 228 790",
                "emp_addr": "8 quai de la Fosse, 44000 Nantes",
                "rep": "M. Yann Le Goff",
                "rep_role": "Responsable d'agence",
                "employee": "M. João Pedro SOUZA DOS SANTOS",
                "emp_dob": pp["dob"],
                "emp_pob": "São Paulo (Brésil)",
                "emp_nat": "brésilienne",
                "emp_home": ", ".join(home),
                "job": "Préparateur de commandes",
                "start": "2026-10-05",
                "end": "2026-12-23",
                "salary": 1900.0,
                "place": "Nantes",
                "signed_on": "2026-10-02",
                "conv": "du travail temporaire",
                "client": "LogiOuest Entrepôts SAS",
                "motif": "accroissement temporaire d'activité (pic saisonnier)",
            },
            711,
        ),
        "pay": _pay(
            R,
            "Atlantique Intérim Services",
            ["8 quai de la Fosse", "44000 Nantes"],
            "João Pedro SOUZA DOS SANTOS",
            home,
            "Préparateur de commandes",
            "2026-10-05",
            1875.0,
            712,
            naf="7820Z",
            conv="Travail temporaire",
        ),
    }
    layout = [
        ("scan", ["form"]),
        ("image_pdf", ["pass", "visa"], "passaporte_e_visto"),
        ("image_pdf", ["bc0", "bc1"], "certidao_nascimento_apostila"),
        ("scan", ["bc2"]),
        ("text_pdf", ["b0"], "facture_totalenergies_2026-08"),
        ("phone_photo", ["b1"]),
        ("text_pdf", ["b2"], "facture_totalenergies_2026-10"),
        ("screenshot", ["rib"]),
        ("text_pdf", ["ct"], "contrat_de_mission"),
        ("text_pdf", ["pay"], "bulletin_octobre"),
    ]
    out.append(("p07", "2026-11-30", True, reqs(True), None, pp, docs, layout))

    # ------------------------------------------------ p08 Colombia: passport EXPIRED
    pp = P(
        surname="Restrepo Gómez",
        given="Andrés Felipe",
        sex="M",
        dob="1984-11-11",
        pob="Medellín",
        pob_country="Colombie",
        nat="COL",
        nat_fr="Colombienne",
        number="AQ182734",
        issued="2016-08-15",
        expiry="2026-08-14",
        authority="Cancillería",
        bc_surname="RESTREPO GÓMEZ",
        bc_given="ANDRÉS FELIPE",
        bc_place="Medellín, Antioquia",
    )
    home = ("46 rue Sainte-Catherine", "33000 Bordeaux")
    docs = {
        "form": B.app_form(
            form_data(pp, home, "sans_activite", "2026-11-06", "Bordeaux"), "hand", "B", 801
        ),
        "pass": B.passport(pp, 802, notes="passport expired on 2026-08-14"),
        "ts": B.titre(
            {
                "surname": pp["surname"],
                "given": pp["given"],
                "sex": "M",
                "nat": "COL",
                "dob": pp["dob"],
                "number": "R4B81M0Q2",
                "permit_type": "VIE PRIVEE ET FAMILIALE",
                "expiry": "2027-06-30",
                "issued": "2025-07-01",
                "home": "33000 BORDEAUX",
                "issuer": "PREF. GIRONDE",
            },
            803,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "COL",
                    pp,
                    (
                        "JAIRO RESTREPO MEJÍA",
                        "LUZ MARINA GÓMEZ",
                        "10448392",
                        "Registrador Municipal",
                        "Registrador del Estado Civil",
                    ),
                    804,
                    as_date="2025-12-03",
                )
            )
        },
        "lease": B.lease(
            {
                "kind": "vide",
                "landlord": "M. et Mme Lacoste",
                "landlord_addr": "2 cours de l'Intendance, 33000 Bordeaux",
                "tenants": ["M. Andrés Felipe RESTREPO GÓMEZ"],
                "street": home[0],
                "city": home[1],
                "start": "2025-09-01",
                "rent": 690.0,
                "charges": 60.0,
                "surface": 30,
                "rooms": 1,
                "signed_on": "2025-08-25",
                "place": "Bordeaux",
            },
            806,
        ),
        "rib": B.rib(
            "Crédit Mutuel",
            ["M RESTREPO GOMEZ ANDRES FELIPE"],
            "RESTREPO GOMEZ ANDRES FELIPE",
            "00020118304",
            "03301",
            807,
            agency="CCM BORDEAUX CHARTRONS",
        ),
    }
    layout = [
        ("phone_photo", ["form"]),
        ("phone_photo", ["pass"]),
        ("image_pdf", ["ts"], "titre_de_sejour"),
        ("image_pdf", ["bc0", "bc1"], "registro_civil_apostilla"),
        ("image_pdf", ["lease"], "bail"),
        ("text_pdf", ["rib"], "RIB"),
    ]
    out.append(
        (
            "p08",
            "2026-11-19",
            False,
            reqs(False, identity="invalid"),
            "passport expired on 2026-08-14 (before the audit date)",
            pp,
            docs,
            layout,
        )
    )

    # ------------------------------------------------ p09 Philippines: VLS-TS expired
    pp = P(
        surname="Dela Cruz",
        given="Maria Cristina",
        sex="F",
        dob="1990-06-09",
        pob="Quezon City",
        pob_country="Philippines",
        nat="PHL",
        nat_fr="Philippine",
        number="P6628104B",
        issued="2021-02-11",
        expiry="2031-02-10",
        authority="DFA Manila",
        bc_surname="DELA CRUZ",
        bc_given="MARIA CRISTINA SANTOS",
        bc_place="Quezon City, Metro Manila",
    )
    home = ("15 avenue Jean Médecin", "06000 Nice")
    hhome = home
    docs = {
        "form": B.app_form(
            form_data(
                pp, home, "salarie", "2026-11-08", "Nice", contract="CDI", job="Aide à domicile"
            ),
            "typed_print",
            "B",
            901,
        ),
        "pass": B.passport(pp, 902, spread=False),
        "visa": B.visa(
            dict(
                pp,
                number="D44391027",
                valid_from="2025-10-01",
                valid_until="2026-09-30",
                type="D",
                issued_in="Manila",
                issued_on="2025-09-10",
                passport=pp["number"],
                remarks=["VLS-TS SALARIE"],
                category="SALARIE",
            ),
            903,
            notes="VLS-TS valid until 2026-09-30: expired at the audit date, no renewal in the packet",
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "PHL",
                    pp,
                    (
                        "ROBERTO DELA CRUZ",
                        "ELENA SANTOS",
                        "1990-12044",
                        "Civil Registrar General",
                        "Civil Registrar General",
                    ),
                    904,
                    as_date="2025-06-30",
                )
            )
        },
        "att": B.hosting(
            P(
                host="Rosalinda BERNARD",
                host_dob="1975-03-19",
                host_pob="Manille (Philippines)",
                street=hhome[0],
                city=hhome[1],
                hosted_civ="Mme",
                hosted="Maria Cristina DELA CRUZ",
                hosted_dob=pp["dob"],
                hosted_pob="Quezon City (Philippines)",
                since="2025-10-12",
                place="Nice",
                signed_on="2026-11-02",
            ),
            906,
            hand=True,
        ),
        "hid": B.id_card(
            P(
                surname="Bernard",
                given="Rosalinda",
                sex="F",
                dob="1975-03-19",
                pob="Manille",
                nat="FRA",
                number="Y2PNK7D40",
                issued="2023-05-02",
                expiry="2033-05-01",
                home="15 AV JEAN MEDECIN 06000 NICE",
            ),
            907,
            notes="host's French ID card",
        ),
        **_bills(
            "SFR",
            "internet",
            "Mme Rosalinda BERNARD",
            hhome,
            months(2026, 8, 3),
            35.0,
            908,
            "SF0926",
            "4408123901",
            "SFR Fibre Power",
            notes="host's internet bill",
        ),
        "rib": B.rib(
            "Caisse d'Épargne",
            ["MME DELA CRUZ MARIA CRISTINA"],
            "DELA CRUZ MARIA CRISTINA",
            "04412093817",
            "00601",
            911,
            agency="NICE MASSENA",
        ),
        "pay": _pay(
            R,
            "Azur Services à la Personne",
            ["28 boulevard Victor Hugo", "06000 Nice"],
            "Maria Cristina DELA CRUZ",
            home,
            "Aide à domicile",
            "2025-11-03",
            1980.0,
            912,
            civ="Madame ",
            naf="8810A",
            conv="Branche aide à domicile",
        ),
    }
    layout = [
        ("scan", ["form"]),
        ("image_pdf", ["pass", "visa"], "passport_visa"),
        ("image_pdf", ["bc0", "bc1"], "PSA_birth_apostille"),
        ("phone_photo", ["att"]),
        ("scan", ["hid"]),
        ("text_pdf", ["b0"], "facture_SFR_aout"),
        ("text_pdf", ["b1"], "facture_SFR_sept"),
        ("text_pdf", ["b2"], "facture_SFR_oct"),
        ("text_pdf", ["rib"], "RIB_CE"),
        ("image_pdf", ["pay"], "fiche_de_paie"),
    ]
    out.append(
        (
            "p09",
            "2026-11-21",
            True,
            reqs(True, residence_status="invalid"),
            "VLS-TS expired on 2026-09-30",
            pp,
            docs,
            layout,
        )
    )
    from packets4 import more4

    out.extend(more4(R))
    return out
