"""Packets p03-p14."""

from __future__ import annotations

import build as B
import money
from packets import P, bc_doc, form_data, months, reqs


def _bills(prov, service, holder, home, mon, base, seed, ref, client, offer, notes=""):
    return {
        f"b{i}": B.bill(
            dict(
                provider=prov,
                service=service,
                holder=holder,
                street=home[0],
                city=home[1],
                issue_date=iss,
                period_start=s,
                period_end=e,
                amount=round(base + (i * 3.41) % 9, 2),
                ref=f"{ref}{i + 3}",
                client=client,
                offer=offer,
            ),
            seed + i,
            notes=notes,
        )
        for i, (s, e, iss) in enumerate(mon)
    }


def _pay(
    R, employer, addr, employee, home, job, entry, gross, seed, civ="", naf="7112B", conv="Syntec"
):
    return B.payslip(
        {
            "employer": employer,
            "emp_addr": addr,
            "siret": money.make_siret(R),
            "naf": naf,
            "conv": conv,
            "employee": employee,
            "emp_home": list(home),
            "job": job,
            "entry": entry,
            "period": "2026-10",
            "gross": gross,
            "pay_date": "2026-10-30",
            "civ": civ,
        },
        seed,
    )


def more(R):
    out = []
    # ------------------------------------------------ p03 Italy (EU, ID card), employed CDD, 3 bills, N26
    pp = P(
        surname="Di Stefano",
        given="Marco Giuseppe",
        sex="M",
        dob="1991-12-05",
        pob="Napoli",
        pob_country="Italie",
        nat="ITA",
        nat_fr="Italienne",
        number="CA48291KD",
        issued="2020-07-14",
        expiry="2031-12-05",
        home="VIA CARACCIOLO 14 NAPOLI",
        bc_surname="DI STEFANO",
        bc_given="MARCO GIUSEPPE",
        bc_place="Napoli (NA)",
    )
    home = ("23 rue Paradis", "13001 Marseille")
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "salarie",
                "2026-11-03",
                "Marseille",
                contract="CDD",
                job="Chef de projet",
                email="m.distefano@outlook.it",
            ),
            "acroform",
            "A",
            301,
        ),
        "id": B.id_card(pp, 302),
        "bc": B.birth_cert(
            "ITA",
            {
                "surname": "DI STEFANO",
                "given": "MARCO GIUSEPPE",
                "sex": "M",
                "dob": pp["dob"],
                "place": "Napoli (NA)",
                "father": "DI STEFANO SALVATORE",
                "mother": "ESPOSITO ANNA",
                "reg_no": "1842 P.I S.A 1991",
                "issued": "2026-04-09",
                "officer": "L'Ufficiale dello Stato Civile",
            },
            303,
            False,
            notes="Italian multilingual extract; EU document, no apostille needed",
        ),
        **_bills(
            "Free",
            "internet",
            "M. Marco Giuseppe DI STEFANO",
            home,
            months(2026, 8, 3),
            29.99,
            304,
            "FB2026",
            "23871904",
            "Freebox Pop",
        ),
        "rib": B.neobank(
            "N26",
            "Marco Giuseppe Di Stefano",
            money.make_iban("DE", "100110012629384756"),
            "NTSBDEB1XXX",
            "N26 Bank SE, Voltairestraße 8, 10179 Berlin",
            308,
        ),
        "ct": B.contract(
            {
                "type": "CDD",
                "employer": "Méditerranée Ingénierie",
                "form": "SARL au capital de 50 000 euros",
                "rcs": "Marseille 812 334 120",
                "emp_addr": "40 boulevard de Dunkerque, 13002 Marseille",
                "rep": "Mme Claire Fabre",
                "employee": "M. Marco Giuseppe DI STEFANO",
                "emp_dob": pp["dob"],
                "emp_pob": "Naples (Italie)",
                "emp_nat": "italienne",
                "emp_home": ", ".join(home),
                "job": "Chef de projet",
                "start": "2026-06-01",
                "end": "2027-05-31",
                "salary": 3400.0,
                "place": "Marseille",
                "signed_on": "2026-05-20",
                "conv": "Syntec (IDCC 1486)",
            },
            309,
        ),
    }
    layout = [
        ("text_pdf", ["form"], "S1106_formulaire_rempli"),
        ("scan", ["id"], "carta_identita"),
        ("image_pdf", ["bc"], "estratto_nascita"),
        ("text_pdf", ["b0"], "Facture_Free_08_2026"),
        ("text_pdf", ["b1"], "Facture_Free_09_2026"),
        ("text_pdf", ["b2"], "Facture_Free_10_2026"),
        ("screenshot", ["rib"]),
        ("text_pdf", ["ct"], "contrat_CDD"),
    ]
    out.append(("p03", "2026-11-16", True, reqs(True, eu=True), None, pp, docs, layout))

    # ------------------------------------------------ p04 Japan, student (not employed), meublé
    pp = P(
        surname="Tanaka",
        given="Yuki",
        sex="F",
        dob="1999-03-05",
        pob="Tokyo",
        pob_country="Japon",
        nat="JPN",
        nat_fr="Japonaise",
        number="TZ1048837",
        issued="2023-01-20",
        expiry="2033-01-20",
        authority="Ministry of Foreign Affairs",
        bc_surname="田中",
        bc_given="由紀",
        bc_place="東京都新宿区",
        place_fr="Shinjuku, Tokyo (Japon)",
    )
    home = ("5 rue Saint-Rome", "31000 Toulouse")
    docs = {
        "form": B.app_form(
            form_data(pp, home, "etudiant", "2026-11-14", "Toulouse"), "hand", "B", 401
        ),
        "pass": B.passport(pp, 402),
        "visa": B.visa(
            dict(
                pp,
                number="D58830146",
                valid_from="2026-03-28",
                valid_until="2027-03-27",
                type="D",
                issued_in="Tokyo",
                issued_on="2026-03-02",
                passport=pp["number"],
                remarks=["VLS-TS ETUDIANT", "ART. R431-16 CESEDA"],
                category="ETUDIANT",
            ),
            403,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "JPN",
                    pp,
                    (
                        "田中 浩",
                        "田中 恵子",
                        "東京都新宿区西新宿二丁目",
                        "新宿区長",
                        "Mayor of Shinjuku City",
                    ),
                    404,
                    trans=("2026-04-15", "Hélène Morimoto-Vidal"),
                    as_date="2026-02-10",
                )
            )
        },
        "lease": B.lease(
            {
                "kind": "meuble",
                "landlord": "Mme Odile Carrère",
                "landlord_addr": "12 allées Jean Jaurès, 31000 Toulouse",
                "tenants": ["Mlle Yuki TANAKA"],
                "street": home[0],
                "city": home[1],
                "start": "2026-04-01",
                "rent": 560.0,
                "charges": 40.0,
                "surface": 21,
                "rooms": 1,
                "signed_on": "2026-03-29",
                "place": "Toulouse",
            },
            408,
        ),
        "rib": B.rib(
            "Société Générale",
            ["MLLE TANAKA YUKI"],
            "TANAKA YUKI",
            "00050839214",
            "02240",
            409,
            agency="TOULOUSE CAPITOLE",
        ),
    }
    layout = [
        ("scan", ["form"]),
        ("phone_photo", ["pass"]),
        ("phone_photo", ["visa"]),
        ("image_pdf", ["bc0", "bc1"], "koseki_apostille"),
        ("text_pdf", ["bc2"], "traduction_koseki"),
        ("image_pdf", ["lease"], "bail_meuble_signe"),
        ("text_pdf", ["rib"], "RIB_SG"),
    ]
    out.append(("p04", "2026-11-20", False, reqs(False), None, pp, docs, layout))

    # ------------------------------------------------ p05 India, titre de séjour talent, Orange x3
    pp = P(
        surname="Kothapalli",
        given="Venkata Ramana",
        sex="M",
        dob="1987-07-22",
        pob="Mumbai",
        pob_country="Inde",
        nat="IND",
        nat_fr="Indienne",
        number="Z5528410",
        issued="2019-11-04",
        expiry="2029-11-03",
        authority="RPO Mumbai",
        bc_surname="KOTHAPALLI",
        bc_given="VENKATA RAMANA",
        bc_place="Mumbai, Maharashtra",
        place_fr="Mumbai (Maharashtra, Inde)",
    )
    home = ("112 avenue du Général Leclerc", "92100 Boulogne-Billancourt")
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "salarie",
                "2026-11-05",
                "Boulogne-Billancourt",
                contract="CDI",
                job="Ingénieur logiciel senior",
            ),
            "typed_print",
            "A",
            501,
        ),
        "pass": B.passport(pp, 502, spread=False),
        "ts": B.titre(
            {
                "surname": pp["surname"],
                "given": pp["given"],
                "sex": "M",
                "nat": "IND",
                "dob": pp["dob"],
                "number": "T7K4R2B91",
                "permit_type": "PASSEPORT TALENT - SALARIE QUALIFIE",
                "expiry": "2030-02-28",
                "issued": "2026-03-01",
                "home": "92100 BOULOGNE BILLANCOURT",
                "issuer": "PREF. HAUTS-DE-SEINE",
                "mention": "CARTE PLURIANNUELLE",
            },
            503,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "IND",
                    pp,
                    (
                        "Srinivasa Rao Kothapalli",
                        "Lakshmi Kothapalli",
                        "B-1987-0448213",
                        "Dr. S. Deshmukh",
                        "Registrar of Births and Deaths, MCGM",
                    ),
                    504,
                    as_date="2026-01-19",
                )
            )
        },
        **_bills(
            "Orange",
            "internet",
            "M KOTHAPALLI VENKATA RAMANA",
            home,
            months(2026, 8, 3),
            42.99,
            506,
            "F26-08-",
            "0052 448 1930",
            "Livebox Fibre",
        ),
        "pay": _pay(
            R,
            "Nexora Systems France SAS",
            ["3 place de la Pyramide", "92800 Puteaux"],
            "Venkata Ramana KOTHAPALLI",
            home,
            "Ingénieur logiciel senior",
            "2026-03-16",
            5400.0,
            510,
            civ="Monsieur ",
            naf="6201Z",
        ),
        "rib": B.rib(
            "LCL",
            ["M KOTHAPALLI VENKATA RAMANA"],
            "KOTHAPALLI VENKATA RAMANA",
            "0001234567P",
            "00489",
            511,
            agency="BOULOGNE MARCEL SEMBAT",
        ),
    }
    layout = [
        ("phone_photo", ["form"]),
        ("scan", ["pass"], "passport"),
        ("scan", ["ts"], "titre_sejour_recto_verso"),
        ("image_pdf", ["bc0", "bc1"], "birth_certificate"),
        ("text_pdf", ["b0"], "Facture_Orange_aout"),
        ("text_pdf", ["b1"], "Facture_Orange_septembre"),
        ("text_pdf", ["b2"], "Facture_Orange_octobre"),
        ("text_pdf", ["pay"], "BS_2026_10"),
        ("text_pdf", ["rib"], "RIB_LCL"),
    ]
    out.append(("p05", "2026-11-27", True, reqs(True), None, pp, docs, layout))

    # ------------------------------------------------ p06 Ukraine, récépissé, typed attestation + old CNI + lease
    pp = P(
        surname="Kovalenko",
        given="Olena",
        sex="F",
        dob="1979-10-30",
        pob="Kharkiv",
        pob_country="Ukraine",
        nat="UKR",
        nat_fr="Ukrainienne",
        number="FX418827",
        issued="2019-05-16",
        expiry="2029-05-16",
        authority="8033",
        bc_surname="КОВАЛЕНКО",
        bc_given="ОЛЕНА ПЕТРІВНА",
        bc_place="м. Харків, Україна",
        place_fr="Kharkiv (Ukraine)",
    )
    home = ("9 rue du Faubourg de Béthune", "59000 Lille")
    host = P(
        surname="Marchand-Leroy",
        given="Sophie Anne",
        sex="F",
        dob="1972-01-14",
        pob="Lille",
        number="190359412884",
        issued="2019-03-12",
        expiry="2029-03-11",
        home="9 rue du Faubourg de Béthune, 59000 Lille",
        authority="PRÉFECTURE DU NORD",
    )
    docs = {
        "form": B.app_form(
            form_data(pp, home, "sans_activite", "2026-11-02", "Lille", form_given="Olena"),
            "hand",
            "A",
            601,
        ),
        "pass": B.passport(pp, 602),
        "rec": B.recepisse(
            {
                "surname": pp["surname"],
                "given": "Olena",
                "dob": pp["dob"],
                "pob": "Kharkiv (Ukraine)",
                "sex": "F",
                "nat": "UKR",
                "nat_text": "Ukrainienne",
                "home": ", ".join(home),
                "number": "5902461173",
                "valid_from": "2026-09-15",
                "valid_until": "2027-03-14",
                "issued": "2026-09-15",
                "issuer": "Préfecture du Nord",
                "city": "Lille",
                "dept": "NORD",
                "motif": "Vie privée et familiale (L. 423-23)",
            },
            603,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "UKR",
                    pp,
                    (
                        "Коваленко Петро Іванович",
                        "Коваленко Галина Миколаївна",
                        "1204",
                        "Бондар Н. В.",
                        "Державний реєстратор",
                    ),
                    604,
                    trans=("2026-07-08", "Natalia Duval-Chevtchenko"),
                    as_date="2026-06-11",
                )
            )
        },
        "att": B.hosting(
            P(
                host="Sophie MARCHAND-LEROY",
                host_dob=host["dob"],
                host_pob="Lille (59)",
                street=home[0],
                city=home[1],
                hosted_civ="Madame",
                hosted="Olena KOVALENKO",
                hosted_dob=pp["dob"],
                hosted_pob="Kharkiv (Ukraine)",
                since="2026-04-02",
                place="Lille",
                signed_on="2026-10-28",
            ),
            607,
            hand=False,
        ),
        "hid": B.old_cni(host, 608),
        "hlease": B.lease(
            {
                "kind": "vide",
                "landlord": "Lille Métropole Habitat",
                "landlord_addr": "425 boulevard Gambetta, 59200 Tourcoing",
                "tenants": ["Mme Sophie MARCHAND-LEROY"],
                "street": home[0],
                "city": home[1],
                "start": "2019-07-01",
                "rent": 720.0,
                "charges": 110.0,
                "surface": 68,
                "rooms": 3,
                "signed_on": "2019-06-20",
                "place": "Lille",
            },
            609,
            notes="host's lease",
        ),
        "rib": B.rib(
            "La Banque Postale",
            ["MME OLENA KOVALENKO"],
            "OLENA KOVALENKO",
            "1234567X020",
            "01655",
            610,
            agency="LILLE CENTRE FINANCIER",
            addr=[home[0].upper(), home[1].upper()],
        ),
    }
    layout = [
        ("image_pdf", ["form"], "formulaire_CPAM"),
        ("phone_photo", ["pass"]),
        ("scan", ["rec"]),
        ("image_pdf", ["bc0", "bc1", "bc2"], "svidotstvo_apostil_traduction"),
        ("text_pdf", ["att"], "attestation_hebergement"),
        ("phone_photo", ["hid"]),
        ("image_pdf", ["hlease"], "bail_Sophie"),
        ("text_pdf", ["rib"], "RIB_LBP"),
    ]
    out.append(("p06", "2026-11-17", False, reqs(False), None, pp, docs, layout))
    from packets3 import more3

    out.extend(more3(R))
    return out
