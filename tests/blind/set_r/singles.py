"""Single documents (one per folder): all 15 types, all five looks, some realistic flaws."""

from __future__ import annotations

import random

import build as B
import money
from civil import dnum, dwords
from packets import months

# surname, given names, sex, nationality, place of birth, dob
PEOPLE = [
    ("Benali", "Yacine", "M", "DZA", "Oran", "1990-02-14"),
    ("N'Diaye", "Fatou Binetou", "F", "SEN", "Dakar", "1994-07-08"),
    ("Nguyen", "Thi Thu Ha", "F", "VNM", "Hanoi", "1996-11-23"),
    ("Yılmaz", "Ayşe Nur", "F", "TUR", "Izmir", "1992-03-30"),
    ("El Khoury", "Rami", "M", "LBN", "Beyrouth", "1985-09-17"),
    ("Mbarga Essomba", "Jean-Paul", "M", "CMR", "Yaoundé", "1988-05-06"),
    ("Saint-Fleur", "Marie-Ange", "F", "HTI", "Port-au-Prince", "1991-12-01"),
    ("Wickramasinghe", "Chathurika Dilrukshi", "F", "LKA", "Kandy", "1993-01-19"),
    ("Ahmadzai", "Mohammad Nasir", "M", "AFG", "Kabul", "1989-08-02"),
    ("Tremblay-Gagnon", "Émilie", "F", "CAN", "Montréal", "1995-04-27"),
    ("Whitaker", "James Oliver", "M", "GBR", "Leeds", "1983-10-12"),
    ("Shevchenko", "Andriy", "M", "UKR", "Lviv", "1990-06-15"),
    ("Zhang", "Wei", "M", "CHN", "Chengdu", "1994-02-03"),
    ("Santos", "Ana Beatriz", "F", "BRA", "Recife", "1998-09-09"),
    ("Ramírez Torres", "Luis Alberto", "M", "MEX", "Puebla", "1987-12-20"),
    ("Kim", "Seo-yeon", "F", "KOR", "Incheon", "1997-05-14"),
    ("Mendoza", "Jose Miguel", "M", "PHL", "Cebu City", "1986-03-03"),
    ("Sharma", "Priya", "F", "IND", "Jaipur", "1993-08-25"),
    ("Petrosyan", "Tigran", "M", "ARM", "Gyumri", "1984-11-30"),
    ("Muñoz Soto", "Valentina", "F", "CHL", "Concepción", "2000-01-07"),
    ("Cebotari", "Ion", "M", "MDA", "Bălți", "1982-07-19"),
    ("Ospina Vargas", "Daniela", "F", "COL", "Cali", "1999-10-10"),
]
STREETS = [
    ("12 rue de la République", "69002 Lyon"),
    ("5 place du Marché", "93100 Montreuil"),
    ("88 boulevard Voltaire", "75011 Paris"),
    ("3 impasse des Lilas", "31200 Toulouse"),
    ("41 avenue de la Libération", "33000 Bordeaux"),
    ("17 rue Nationale", "59000 Lille"),
    ("2 allée Jean Moulin", "93200 Saint-Denis"),
    ("9 rue Saint-Ferréol", "13001 Marseille"),
    ("130 rue de Crimée", "75019 Paris"),
    ("24 quai de la Fosse", "44000 Nantes"),
    ("6 rue du Vieux-Marché-aux-Vins", "67000 Strasbourg"),
    ("51 cours Gambetta", "34000 Montpellier"),
]


def pp_of(i, **kw):
    s, g, sex, nat, pob, dob = PEOPLE[i % len(PEOPLE)]
    r = random.Random(i * 31)
    num = r.choice("ABCEFGKNPRTZ") + r.choice("ABCEFGKNPRTZ0123") + f"{r.randint(1000000, 9999999)}"
    iss = f"{r.randint(2018, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    exp = f"{int(iss[:4]) + 10}-{iss[5:7]}-{int(iss[8:]) - 1 or 1:02d}"
    d = dict(
        surname=s,
        given=g,
        sex=sex,
        nat=nat,
        pob=pob,
        dob=dob,
        number=num,
        issued=iss,
        expiry=exp,
        authority="Ministry of Foreign Affairs",
    )
    d.update(kw)
    return d


def appl(pp):
    return {
        "surname": pp["surname"].upper(),
        "given_names": pp["given"].upper(),
        "date_of_birth": pp["dob"],
    }


def S(doc, look, pp, **kw):
    d = {"doc": doc, "look": look, "applicant": appl(pp)}
    d.update(kw)
    return d


def singles():
    out = []
    R = random.Random(777)
    # ---- passports (12)
    plooks = [
        "phone_photo",
        "scan",
        "image_pdf",
        "phone_photo",
        "scan",
        "phone_photo",
        "image_pdf",
        "phone_photo",
        "scan",
        "phone_photo",
        "scan",
        "phone_photo",
    ]
    flaws = {3: ("glare",), 7: ("blur",), 9: ("cropped",)}
    for i in range(12):
        pp = pp_of(i)
        brk = 9 if i == 11 else None
        doc = B.passport(
            pp,
            3000 + i,
            spread=i % 3 != 0,
            break_digit=brk,
            notes="document-number check digit in the MRZ is wrong (misprint/tamper)"
            if brk
            else "",
        )
        out.append(S(doc, plooks[i], pp, flaws=flaws.get(i, ())))
    # ---- national ID cards (6)
    eu = [
        ("García Fernández", "Lucía", "F", "ESP", "Sevilla", "1990-05-21"),
        ("Wiśniewska", "Katarzyna Maria", "F", "POL", "Kraków", "1988-02-11"),
        ("D'Angelo", "Francesca", "F", "ITA", "Bari", "1995-08-30"),
        ("Lefèvre", "Thomas Pierre", "M", "FRA", "Rouen", "1980-12-04"),
        ("Ortiz de Zárate", "Iker", "M", "ESP", "Vitoria-Gasteiz", "1993-06-18"),
    ]
    for i, (s, g, sex, nat, pob, dob) in enumerate(eu):
        pp = dict(
            surname=s,
            given=g,
            sex=sex,
            nat=nat,
            pob=pob,
            dob=dob,
            number=["BAB123456", "ZWK418337", "CA71823EF", "XR7KD2M45", "CBD884120"][i],
            issued="2022-03-15",
            expiry="2032-03-14",
            home=STREETS[i][0].upper() + " " + STREETS[i][1].upper(),
        )
        out.append(
            S(
                B.id_card(pp, 3100 + i),
                ["scan", "phone_photo", "image_pdf", "phone_photo", "scan"][i],
                pp,
            )
        )
    pp = dict(
        surname="Nguyen",
        given="Van Minh",
        sex="M",
        pob="Paris 13e",
        dob="1976-04-02",
        number="160775102934",
        issued="2016-07-05",
        expiry="2026-07-04",
        home="130 rue de Crimée, 75019 Paris",
    )
    out.append(
        S(
            B.old_cni(
                pp, 3106, notes="French CNI, old model; printed validity date passed (2026-07-04)"
            ),
            "phone_photo",
            pp,
        )
    )
    # ---- visas (7)
    vis = [
        (12, "VLS-TS ETUDIANT", "ETUDIANT", "D", True),
        (13, "VLS-TS SALARIE", "SALARIE", "D", True),
        (14, "VLS-TS VISITEUR", "VISITEUR", "D", True),
        (15, "VLS-TS VIE PRIVEE ET FAMILIALE", "VIE PRIVEE ET FAMILIALE", "D", True),
        (16, "TOURISME / VISITE FAMILIALE", "TOURISME", "C", False),
        (17, "PASSEPORT TALENT - CARTE A SOLLICITER", "PASSEPORT TALENT", "D", False),
        (18, "VLS-TS ETUDIANT", "ETUDIANT", "D", True),
    ]
    for k, (i, rem, cat, typ, _) in enumerate(vis):
        pp = pp_of(i)
        vf = f"2026-{k + 2:02d}-{10 + k:02d}"
        vu = (
            ("2026-" + f"{k + 5:02d}-{9 + k:02d}")
            if typ == "C"
            else f"2027-{k + 2:02d}-{9 + k:02d}"
        )
        v = dict(
            pp,
            number=f"D{R.randint(40000000, 69999999)}"
            if typ == "D"
            else f"C{R.randint(10000000, 99999999)}",
            valid_from=vf,
            valid_until=vu,
            type=typ,
            issued_in=pp["pob"],
            issued_on=f"2026-{k + 1:02d}-20",
            passport=pp["number"],
            remarks=[rem] + (["DUREE DU SEJOUR 90 J"] if typ == "C" else []),
            category=cat,
            valid_for="ETATS SCHENGEN" if typ == "C" else "FRANCE",
            duration="90" if typ == "C" else "365",
        )
        out.append(
            S(
                B.visa(v, 3200 + k, notes="short-stay type C Schengen visa" if typ == "C" else ""),
                ["phone_photo", "scan", "image_pdf", "phone_photo", "scan", "phone_photo", "scan"][
                    k
                ],
                pp,
            )
        )
    # ---- residence permits (4 cards + 3 récépissés)
    tsd = [
        (0, "CARTE DE SEJOUR TEMPORAIRE - SALARIE"),
        (2, "ETUDIANT"),
        (4, "CARTE DE RESIDENT"),
        (6, "VIE PRIVEE ET FAMILIALE"),
    ]
    for k, (i, typ) in enumerate(tsd):
        pp = pp_of(i)
        t = {
            "surname": pp["surname"],
            "given": pp["given"],
            "sex": pp["sex"],
            "nat": pp["nat"],
            "dob": pp["dob"],
            "number": f"{R.choice('FKNRTX')}{R.randint(1, 9)}{R.choice('ABCDXYZ')}{R.randint(100000, 999999)}",
            "permit_type": typ,
            "expiry": f"{2027 + k}-0{k + 3}-15",
            "issued": f"2026-0{k + 2}-16",
            "home": STREETS[k][1].upper(),
            "issuer": [
                "PREFECTURE DE POLICE",
                "PREF. HAUTE-GARONNE",
                "PREF. SEINE-ST-DENIS",
                "PREF. DU RHONE",
            ][k],
        }
        out.append(
            S(B.titre(t, 3300 + k), ["scan", "phone_photo", "image_pdf", "phone_photo"][k], pp)
        )
    for k, i in enumerate([1, 5, 8]):
        pp = pp_of(i)
        r = {
            "surname": pp["surname"],
            "given": pp["given"],
            "dob": pp["dob"],
            "pob": pp["pob"],
            "sex": pp["sex"],
            "nat": pp["nat"],
            "nat_text": {"SEN": "Sénégalaise", "CMR": "Camerounaise", "AFG": "Afghane"}[pp["nat"]],
            "home": ", ".join(STREETS[k + 4]),
            "number": f"{R.randint(1000000000, 9999999999)}",
            "valid_from": f"2026-{k + 8:02d}-01",
            "valid_until": f"2027-{k + 2:02d}-28",
            "issued": f"2026-{k + 8:02d}-01",
            "work": [
                "Autorise son titulaire à travailler.",
                "N'autorise pas son titulaire à travailler.",
                "Autorise son titulaire à travailler.",
            ][k],
            "motif": ["Salarié", "Étudiant", "Protection subsidiaire"][k],
        }
        out.append(S(B.recepisse(r, 3310 + k), ["phone_photo", "scan", "image_pdf"][k], pp))
    from singles2 import singles2

    out.extend(singles2(R, pp_of, appl, S, STREETS, months, dnum, dwords, money))
    return out
