"""Packets p10-p14 (one defect each)."""

from __future__ import annotations

import build as B
from packets import P, bc_doc, form_data, months, reqs
from packets2 import _bills, _pay


def more4(R):
    out = []
    # ------------------------------------------------ p10 Armenia: bills with a gap (Jul, Aug, Oct)
    pp = P(
        surname="Hovhannisyan",
        given="Anahit",
        sex="F",
        dob="1995-05-02",
        pob="Yerevan",
        pob_country="Arménie",
        nat="ARM",
        nat_fr="Arménienne",
        number="AT0418835",
        issued="2022-09-01",
        expiry="2032-09-01",
        authority="001",
        bc_surname="Հովհաննիսյան",
        bc_given="Անահիտ Գագիկի",
        bc_place="ք. Երևան",
        place_fr="Erevan (Arménie)",
    )
    home = ("27 rue de Strasbourg", "69100 Villeurbanne")
    mon = months(2026, 7, 2) + months(2026, 10, 1)
    docs = {
        "form": B.app_form(
            form_data(pp, home, "sans_activite", "2026-11-11", "Villeurbanne"), "hand", "A", 1001
        ),
        "pass": B.passport(pp, 1002),
        "visa": B.visa(
            dict(
                pp,
                number="D57002914",
                valid_from="2026-03-10",
                valid_until="2027-03-09",
                type="D",
                issued_in="Erevan",
                issued_on="2026-02-20",
                passport=pp["number"],
                remarks=["VLS-TS VISITEUR", "NE PEUT EXERCER D'ACTIVITE PROFESSIONNELLE"],
                category="VISITEUR",
            ),
            1003,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "ARM",
                    pp,
                    (
                        "Գագիկ Հովհաննիսյան",
                        "Նարինե Պետրոսյան",
                        "0412",
                        "Armen Sargsyan",
                        "Civil status officer",
                    ),
                    1004,
                    trans=("2026-04-02", "Anouch Mirzoyan"),
                    as_date="2026-01-15",
                )
            )
        },
        **_bills(
            "EDF",
            "electricity",
            "Mme Anahit HOVHANNISYAN",
            home,
            mon,
            31.5,
            1007,
            "10099",
            "5 008 224 190",
            "Tarif Bleu",
            notes="electricity bill",
        ),
        "rib": B.rib(
            "BoursoBank",
            ["MME ANAHIT HOVHANNISYAN"],
            "ANAHIT HOVHANNISYAN",
            "00040219384",
            "00001",
            1010,
            agency="BOURSOBANK - 92772 BOULOGNE-BILLANCOURT CEDEX",
        ),
    }
    layout = [
        ("phone_photo", ["form"]),
        ("scan", ["pass"]),
        ("scan", ["visa"]),
        ("image_pdf", ["bc0", "bc1", "bc2"], "akt_tsnndyan"),
        ("text_pdf", ["b0"], "facture_EDF_juillet"),
        ("text_pdf", ["b1"], "facture_EDF_aout"),
        ("text_pdf", ["b2"], "facture_EDF_octobre"),
        ("text_pdf", ["rib"], "RIB_Boursobank"),
    ]
    out.append(
        (
            "p10",
            "2026-11-23",
            False,
            reqs(False, residence_proof="invalid"),
            "bills not consecutive: July, August and October 2026 (September missing)",
            pp,
            docs,
            layout,
        )
    )

    # ------------------------------------------------ p11 China: RIB IBAN check digits wrong
    pp = P(
        surname="Liu",
        given="Yang",
        sex="M",
        dob="1992-08-19",
        pob="Shanghai",
        pob_country="Chine",
        nat="CHN",
        nat_fr="Chinoise",
        number="EJ4821937",
        issued="2021-06-30",
        expiry="2031-06-29",
        authority="National Immigration Administration",
        bc_surname="LIU",
        bc_given="YANG",
        bc_place="上海市 Shanghai",
    )
    home = ("3 rue Oberkampf", "75011 Paris")
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "salarie",
                "2026-10-30",
                "Paris",
                contract="CDI",
                job="Ingénieur R&D",
                email="liu.yang92@qq.com",
            ),
            "acroform",
            "B",
            1101,
        ),
        "pass": B.passport(pp, 1102),
        "ts": B.titre(
            {
                "surname": "Liu",
                "given": "Yang",
                "sex": "M",
                "nat": "CHN",
                "dob": pp["dob"],
                "number": "F8C5X2N77",
                "permit_type": "SALARIE",
                "expiry": "2027-09-14",
                "issued": "2026-09-15",
                "home": "75011 PARIS",
                "issuer": "PREFECTURE DE POLICE",
            },
            1103,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "CHN",
                    pp,
                    (
                        "LIU JIANGUO 刘建国",
                        "CHEN LI 陈丽",
                        "(2026)沪东证字第 04417 号",
                        "Notary Wang Min",
                        "Notary, Shanghai Oriental Notary Office",
                    ),
                    1104,
                    as_date="2026-03-11",
                )
            )
        },
        "lease": B.lease(
            {
                "kind": "mobilite",
                "landlord": "M. Hervé Castel",
                "landlord_addr": "18 rue Saint-Maur, 75011 Paris",
                "tenants": ["M. LIU Yang"],
                "street": home[0],
                "city": home[1],
                "start": "2026-05-01",
                "rent": 1150.0,
                "charges": 0.0,
                "surface": 28,
                "rooms": 1,
                "signed_on": "2026-04-24",
                "place": "Paris",
            },
            1106,
        ),
        "rib": B.rib(
            "CIC",
            ["M LIU YANG"],
            "LIU YANG",
            "00020448751",
            "10041",
            1107,
            agency="CIC PARIS OBERKAMPF",
            corrupt=True,
            notes="one digit of the account number mistyped: IBAN mod-97 and RIB key fail",
        ),
        "ct": B.contract(
            {
                "type": "CDI",
                "employer": "Lumen Photonics SAS",
                "form": "SAS au capital de 200 000 euros",
                "rcs": "Paris 889 412 007",
                "emp_addr": "14 rue du Chemin Vert, 75011 Paris",
                "rep": "Mme Agathe Morel",
                "employee": "M. LIU Yang",
                "emp_dob": pp["dob"],
                "emp_pob": "Shanghai (Chine)",
                "emp_nat": "chinoise",
                "emp_home": ", ".join(home),
                "job": "Ingénieur R&D",
                "start": "2026-09-01",
                "salary": 4100.0,
                "place": "Paris",
                "signed_on": "2026-08-12",
                "conv": "Syntec (IDCC 1486)",
                "status": "cadre",
            },
            1108,
        ),
    }
    layout = [
        ("text_pdf", ["form"], "S1106"),
        ("scan", ["pass"]),
        ("phone_photo", ["ts"]),
        ("image_pdf", ["bc0", "bc1"], "notarial_birth_apostille"),
        ("text_pdf", ["lease"], "bail_mobilite"),
        ("scan", ["rib"]),
        ("image_pdf", ["ct"], "contrat_CDI_signe"),
    ]
    out.append(
        (
            "p11",
            "2026-11-25",
            True,
            reqs(True, bank_details="invalid"),
            "RIB IBAN check digits wrong (mistyped account number)",
            pp,
            docs,
            layout,
        )
    )

    # ------------------------------------------------ p12 Korea: payslip of another person
    pp = P(
        surname="Park",
        given="Jihoon",
        sex="M",
        dob="1989-12-24",
        pob="Busan",
        pob_country="Corée du Sud",
        nat="KOR",
        nat_fr="Sud-coréenne",
        number="M72918364",
        issued="2020-10-05",
        expiry="2030-10-05",
        authority="Ministry of Foreign Affairs",
        bc_surname="PARK",
        bc_given="JIHOON",
        bc_place="Busan",
    )
    home = ("60 rue Nationale", "37000 Tours")
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "salarie",
                "2026-11-13",
                "Tours",
                contract="CDI",
                job="Chercheur post-doctorant",
            ),
            "typed_print",
            "A",
            1201,
        ),
        "pass": B.passport(pp, 1202, spread=False),
        "visa": B.visa(
            dict(
                pp,
                number="D61380427",
                valid_from="2026-01-15",
                valid_until="2027-01-14",
                type="D",
                issued_in="Seoul",
                issued_on="2025-12-19",
                passport=pp["number"],
                remarks=["VLS-TS PASSEPORT TALENT", "CHERCHEUR"],
                category="PASSEPORT TALENT",
            ),
            1203,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "KOR",
                    pp,
                    ("PARK SUNGHO", "CHOI MIYOUNG", "Busan Haeundae-gu", "Kim Dae-ho", "Registrar"),
                    1204,
                    as_date="2025-11-20",
                )
            )
        },
        **{
            f"b{i}": (B.bill if i != 1 else B.bill_screen)(
                dict(
                    provider="Bouygues Telecom",
                    service="mobile",
                    holder="M. Jihoon PARK",
                    street=home[0],
                    city=home[1],
                    issue_date=iss,
                    period_start=s,
                    period_end=e,
                    amount=round(19.99 + i, 2),
                    ref=f"BT2026{i}4418",
                    client="1.22874.019",
                    offer="Forfait B&You 100Go",
                ),
                1206 + i,
            )
            for i, (s, e, iss) in enumerate(months(2026, 8, 3))
        },
        "pay": _pay(
            R,
            "Institut Ligérien de Biologie",
            ["Parc Grandmont", "37200 Tours"],
            "Minjun KIM",
            ["4 place Plumereau", "37000 Tours"],
            "Chercheur post-doctorant",
            "2026-02-01",
            3150.0,
            1210,
            civ="Monsieur ",
            naf="7211Z",
            conv="Recherche",
        ),
        "rib": B.rib(
            "Fortuneo",
            ["M JIHOON PARK"],
            "JIHOON PARK",
            "12048371902",
            "00001",
            1211,
            agency="FORTUNEO - 29806 BREST CEDEX 9",
        ),
    }
    docs["pay"]["notes"] = "payslip of a colleague (Minjun KIM), not of the applicant"
    layout = [
        ("image_pdf", ["form"], "demande_PUMa"),
        ("phone_photo", ["pass"]),
        ("phone_photo", ["visa"]),
        ("image_pdf", ["bc0", "bc1"], "basic_certificate_apostille"),
        ("text_pdf", ["b0"], "facture_aout"),
        ("screenshot", ["b1"]),
        ("text_pdf", ["b2"], "facture_octobre"),
        ("text_pdf", ["pay"], "BS_10_2026"),
        ("text_pdf", ["rib"], "RIB_Fortuneo"),
    ]
    out.append(
        (
            "p12",
            "2026-11-26",
            True,
            reqs(True, employment="invalid"),
            "payslip is in another person's name (Minjun KIM)",
            pp,
            docs,
            layout,
        )
    )

    from packets5 import more5

    out.extend(more5(R))
    return out
