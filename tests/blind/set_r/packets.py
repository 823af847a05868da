"""The 14 packets: p01-p07 in order, p08-p14 with exactly one defect each."""

from __future__ import annotations

import random

import build as B
import money
from civil import dnum, dwords

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def reqs(employed: bool, eu=False, **bad):
    r = {k: "complete" for k in REQ}
    if eu:
        r["residence_status"] = "not_applicable"
    if not employed:
        r["employment"] = "not_applicable"
    r.update(bad)
    return r


def months(y, m, n):
    """n consecutive calendar months starting at (y, m): [(start, end, issue)]."""
    import calendar

    out = []
    for _ in range(n):
        last = calendar.monthrange(y, m)[1]
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        out.append(
            (
                f"{y}-{m:02d}-01",
                f"{y}-{m:02d}-{last}",
                f"{ny}-{nm:02d}-0{random.Random(y * 12 + m).randint(2, 6)}",
            )
        )
        y, m = ny, nm
    return out


def _phone(seed) -> str:
    r = random.Random(seed)
    return r.choice(["06", "07"]) + " " + " ".join(f"{r.randint(10, 99)}" for _ in range(4))


def form_data(pp, home, situation, sign_date, place, fill_date=None, **kw):
    f = {
        "surname": kw.pop("form_surname", pp["surname"].upper()),
        "usage": kw.pop("usage", None),
        "given": kw.pop("form_given", pp["given"].title()),
        "sex": pp["sex"],
        "dob": pp["dob"],
        "pob_city": pp["pob"].title(),
        "pob_country": pp["pob_country"],
        "nationality": pp["nat_fr"],
        "nir": None,
        "street": home[0],
        "postcode": home[1][:5],
        "city": home[1][6:],
        "phone": kw.pop("phone", _phone(pp["number"])),
        "email": kw.pop("email", ""),
        "situation": situation,
        "place": place,
        "date_text": fill_date or dnum(sign_date),
        "signed_on": sign_date,
    }
    f.update(kw)
    return f


def bc_doc(country, pp, c_extra, seed, apost=True, trans=None, as_date="2026-05-12"):
    c = {
        "surname": pp["bc_surname"],
        "given": pp["bc_given"],
        "sex": pp["sex"],
        "dob": pp["dob"],
        "place": pp["bc_place"],
        "place_fr": pp.get("place_fr", pp["bc_place"]),
        "father": c_extra[0],
        "mother": c_extra[1],
        "reg_no": c_extra[2],
        "issued": as_date,
        "officer": c_extra[3],
    }
    docs = [B.birth_cert(country, c, seed, apost)]
    if apost:
        n = f"{random.Random(seed).randint(10000, 999999)}"
        docs.append(B.apostille(country, as_date, n, c_extra[3], c_extra[4], seed + 1))
    if trans:
        tc = dict(c, surname=pp["surname"].title(), given=pp["given"].title())
        docs.append(
            B.translation(country, tc, B.civil.BC[country][2], seed + 2, trans[0], trans[1])
        )
    return docs


def P(**kw):
    return kw


def packets():
    out = []
    R = random.Random(4242)

    # ------------------------------------------------ p01 Mexico, employed, VLS-TS, lease
    pp = P(
        surname="Hernández López",
        given="María Guadalupe",
        sex="F",
        dob="1993-04-17",
        pob="Guadalajara",
        pob_country="Mexique",
        nat="MEX",
        nat_fr="Mexicaine",
        number="G41873902",
        issued="2022-06-02",
        expiry="2032-06-01",
        authority="SRE",
        bc_surname="HERNÁNDEZ LÓPEZ",
        bc_given="MARÍA GUADALUPE",
        bc_place="Guadalajara, Jalisco",
        place_fr="Guadalajara (Jalisco, Mexique)",
    )
    home = ("18 rue des Envierges", "75020 Paris")
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "salarie",
                "2026-11-09",
                "Paris",
                contract="CDI",
                job="Analyste de données",
            ),
            "hand",
            "A",
            101,
        ),
        "pass": B.passport(pp, 102),
        "visa": B.visa(
            dict(
                pp,
                surname=pp["surname"],
                number="D51024788",
                valid_from="2026-02-01",
                valid_until="2027-01-31",
                type="D",
                issued_in="Mexico",
                issued_on="2026-01-14",
                passport=pp["number"],
                remarks=["VLS-TS SALARIE", "CESEDA R.431-16 1°"],
                category="SALARIE",
            ),
            103,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "MEX",
                    pp,
                    (
                        "JOSÉ LUIS HERNÁNDEZ RUIZ",
                        "ROSA MARÍA LÓPEZ GARCÍA",
                        "14039-1993-0012877",
                        "Lic. Martha Elena Ruiz",
                        "Oficial del Registro Civil",
                    ),
                    104,
                    trans=("2026-06-20", "Isabel Ferrand-Ortega"),
                )
            )
        },
        "lease": B.lease(
            {
                "kind": "vide",
                "landlord": "SCI Les Envierges (M. Patrick Roux)",
                "landlord_addr": "4 avenue Gambetta, 75020 Paris",
                "tenants": ["Mme María Guadalupe HERNÁNDEZ LÓPEZ"],
                "street": home[0],
                "city": home[1],
                "start": "2026-03-01",
                "rent": 980.0,
                "charges": 85.0,
                "surface": 34,
                "rooms": 2,
                "signed_on": "2026-02-22",
                "place": "Paris",
            },
            108,
        ),
        "rib": B.rib(
            "BNP Paribas",
            ["MME HERNANDEZ LOPEZ MARIA GUADALUPE"],
            "HERNANDEZ LOPEZ MARIA GUADALUPE",
            "00010448392",
            "00813",
            109,
            agency="PARIS BELLEVILLE",
            addr=[home[0].upper(), home[1].upper()],
        ),
        "pay": B.payslip(
            {
                "employer": "Datalume SAS",
                "emp_addr": ["52 rue de la Victoire", "75009 Paris"],
                "siret": money.make_siret(R),
                "naf": "6202A",
                "conv": "Syntec (IDCC 1486)",
                "employee": "María Guadalupe HERNÁNDEZ LÓPEZ",
                "emp_home": [home[0], home[1]],
                "job": "Analyste de données",
                "entry": "2026-03-02",
                "period": "2026-10",
                "gross": 3250.0,
                "pay_date": "2026-10-30",
                "civ": "Madame ",
            },
            110,
        ),
    }
    layout = [
        ("phone_photo", ["form"]),
        ("image_pdf", ["pass", "visa"], "passeport_visa"),
        ("image_pdf", ["bc0", "bc1", "bc2"], "acte_de_naissance_apostille_traduction"),
        ("text_pdf", ["lease"], "bail_appartement"),
        ("text_pdf", ["rib"], "RIB"),
        ("text_pdf", ["pay"], "bulletin_paie_octobre"),
    ]
    out.append(("p01", "2026-11-18", True, reqs(True), None, pp, docs, layout))

    # ------------------------------------------------ p02 USA, married name, attestation (husband)
    pp = P(
        surname="O'Connor-Walsh",
        given="Kathleen Anne",
        sex="F",
        dob="1988-09-03",
        pob="Cleveland",
        pob_country="États-Unis",
        nat="USA",
        nat_fr="Américaine",
        number="583920417",
        issued="2021-03-10",
        expiry="2031-03-09",
        authority="United States Department of State",
        bc_surname="O'CONNOR-WALSH",
        bc_given="KATHLEEN ANNE",
        bc_place="Cleveland, Cuyahoga County, Ohio",
        place_fr="Cleveland (Ohio, États-Unis)",
    )
    home = ("7 allée des Tilleuls", "69003 Lyon")
    host = P(
        surname="Dubois",
        given="Julien Marc",
        sex="M",
        dob="1986-02-21",
        pob="Villeurbanne",
        nat="FRA",
        number="X8K2PLM41",
        issued="2022-04-11",
        expiry="2032-04-10",
        home=", ".join(home),
    )
    mon = months(2026, 8, 3)
    docs = {
        "form": B.app_form(
            form_data(
                pp,
                home,
                "sans_activite",
                "2026-11-12",
                "Lyon",
                usage="DUBOIS",
                email="kathleen.oconnor@gmail.com",
            ),
            "typed_print",
            "B",
            201,
        ),
        "pass": B.passport(pp, 202, spread=False),
        "visa": B.visa(
            dict(
                pp,
                number="D60177325",
                valid_from="2026-05-15",
                valid_until="2027-05-14",
                type="D",
                issued_in="Washington",
                issued_on="2026-04-28",
                passport=pp["number"],
                remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
                category="VIE PRIVEE ET FAMILIALE",
            ),
            203,
        ),
        **{
            f"bc{i}": d
            for i, d in enumerate(
                bc_doc(
                    "USA",
                    pp,
                    (
                        "Michael Patrick O'Connor",
                        "Susan Marie Walsh",
                        "1988-094417",
                        "Linda K. Moore",
                        "Deputy State Registrar",
                    ),
                    204,
                    as_date="2026-03-02",
                )
            )
        },
        "host_att": B.hosting(
            P(
                host="Julien DUBOIS",
                host_dob=host["dob"],
                host_pob="Villeurbanne (69)",
                street=home[0],
                city=home[1],
                hosted_civ="Mme",
                hosted="Kathleen O'CONNOR-WALSH",
                hosted_dob=pp["dob"],
                hosted_pob="Cleveland (États-Unis)",
                since="2026-05-20",
                place="Lyon",
                signed_on="2026-11-10",
            ),
            206,
            hand=True,
        ),
        "host_id": B.id_card(
            dict(host, nat="FRA"), 207, notes="host's French ID card (2021 model)"
        ),
        **{
            f"hb{i}": B.bill(
                dict(
                    provider="Engie",
                    service="electricity",
                    holder="M. Julien DUBOIS",
                    street=home[0],
                    city=home[1],
                    issue_date=iss,
                    period_start=s,
                    period_end=e,
                    amount=round(48.3 + i * 7.17, 2),
                    ref=f"30018{i}7745",
                    client="600 184 392",
                    offer="Elec Référence 1 an",
                ),
                210 + i,
                notes="host's electricity bill",
            )
            for i, (s, e, iss) in enumerate(mon)
        },
        "rib": B.rib(
            "Crédit Agricole",
            ["M. DUBOIS JULIEN", "OU MME O'CONNOR-WALSH KATHLEEN"],
            "M. DUBOIS JULIEN OU MME O'CONNOR-WALSH KATHLEEN",
            "72019384056",
            "00042",
            213,
            agency="LYON PART-DIEU",
            notes="joint account including the applicant",
        ),
    }
    layout = [
        ("scan", ["form"]),
        ("phone_photo", ["pass"]),
        ("phone_photo", ["visa"]),
        ("image_pdf", ["bc0", "bc1"], "birth_certificate_apostille"),
        ("scan", ["host_att"]),
        ("scan", ["host_id"], "CNI_Julien"),
        ("text_pdf", ["hb0"], "facture_engie_aout"),
        ("text_pdf", ["hb1"], "facture_engie_sept"),
        ("text_pdf", ["hb2"], "facture_engie_oct"),
        ("text_pdf", ["rib"], "RIB_compte_joint"),
    ]
    out.append(("p02", "2026-11-24", False, reqs(False), None, pp, docs, layout))
    from packets2 import more

    out.extend(more(R))
    return out


__all__ = ["P", "bc_doc", "dwords", "form_data", "months", "packets", "reqs"]
