"""The 60 single documents d001-d060: four of each of the 15 document types."""

from __future__ import annotations

import mbuild as B
from mlayout_fr import SCREEN
from mpackets import person
from mrender import Page

PEOPLE = {
    "vnm": person(
        surname="NGUYỄN",
        given_names="THỊ THU HÀ",
        sex="F",
        dob="1997-03-18",
        pob="Hà Nội",
        nat="VNM",
        street="31 rue de Tolbiac",
        cp="75013",
        city="Paris",
        passport=dict(number="C8392017", issue="2022-05-10", expiry="2032-05-10"),
    ),
    "sen": person(
        surname="NDIAYE",
        given_names="MAMADOU LAMINE",
        sex="M",
        dob="1993-12-01",
        pob="Dakar",
        nat="SEN",
        street="5 rue Myrha",
        cp="75018",
        city="Paris",
        passport=dict(number="A02938471", issue="2023-03-20", expiry="2028-03-19"),
    ),
    "hti": person(
        surname="JEAN-BAPTISTE",
        given_names="ROSE-MARIE",
        sex="F",
        dob="1985-07-14",
        pob="Port-au-Prince",
        nat="HTI",
        street="2 allée des Tilleuls",
        cp="93200",
        city="Saint-Denis",
        passport=dict(number="RD3918274", issue="2021-09-01", expiry="2031-08-31"),
    ),
    "cmr": person(
        surname="MBALLA ESSOMBA",
        given_names="PAUL ARNAUD",
        sex="M",
        dob="1988-10-25",
        pob="Douala",
        nat="CMR",
        street="18 rue Bonald",
        cp="69007",
        city="Lyon",
        passport=dict(number="AA0392817", issue="2019-06-11", expiry="2024-06-10"),
    ),
    "esp": person(
        surname="GARCÍA-LLORENTE",
        given_names="NURIA",
        sex="F",
        dob="1999-01-30",
        pob="Valencia",
        nat="ESP",
        street="4 rue Sainte-Catherine",
        cp="33000",
        city="Bordeaux",
    ),
    "prt": person(
        surname="FERREIRA DOS SANTOS",
        given_names="RUI MIGUEL",
        sex="M",
        dob="1982-05-06",
        pob="Braga",
        nat="PRT",
        street="60 avenue Jean Jaurès",
        cp="94200",
        city="Ivry-sur-Seine",
    ),
    "deu": person(
        surname="SCHÄFER",
        given_names="JONAS MAXIMILIAN",
        sex="M",
        dob="1996-08-11",
        pob="Leipzig",
        nat="DEU",
        street="11 rue des Carmes",
        cp="76000",
        city="Rouen",
    ),
    "rou": person(
        surname="POPESCU",
        given_names="ANDREEA IOANA",
        sex="F",
        dob="1992-02-27",
        pob="Cluj-Napoca",
        nat="ROU",
        street="7 rue Daguerre",
        cp="75014",
        city="Paris",
    ),
    "irn": person(
        surname="MOHAMMADI",
        given_names="SARA",
        sex="F",
        dob="1994-09-09",
        pob="Téhéran (Iran)",
        nat="IRN",
        street="23 rue Chabanais",
        cp="75002",
        city="Paris",
    ),
    "rus": person(
        surname="VOLKOVA",
        given_names="ANASTASIA",
        sex="F",
        dob="1991-06-21",
        pob="Saint-Pétersbourg (Russie)",
        nat="RUS",
        street="12 quai de Rive-Neuve",
        cp="13007",
        city="Marseille",
    ),
    "lbn": person(
        surname="KHOURY",
        given_names="KARIM ELIAS",
        sex="M",
        dob="1987-04-02",
        pob="Beyrouth (Liban)",
        nat="LBN",
        street="9 rue Nationale",
        cp="37000",
        city="Tours",
    ),
    "dza": person(
        surname="BOUZID",
        given_names="YACINE",
        sex="M",
        dob="1998-11-30",
        pob="Sétif (Algérie)",
        nat="DZA",
        street="14 rue Jean Moulin",
        cp="38100",
        city="Grenoble",
    ),
    "usa": person(
        surname="HOLLOWAY",
        given_names="GRACE ELIZABETH",
        sex="F",
        dob="1979-01-08",
        pob="Austin, Texas",
        nat="USA",
        street="3 rue Saint-Rome",
        cp="31000",
        city="Toulouse",
    ),
    "pak": person(
        surname="AHMED",
        given_names="FARHAN",
        sex="M",
        dob="1990-03-03",
        pob="Lahore (Pakistan)",
        nat="PAK",
        street="88 rue de Paris",
        cp="93100",
        city="Montreuil",
    ),
}


def _screen_unknown(rng):
    W = SCREEN[0]
    pg = Page(*SCREEN, bg=(245, 247, 250))
    pg.text(4, 4.2, "10:22", "dsans_b", 6.3)
    pg.rect(0, 8, W, 13, stroke=None, fill=(0, 84, 164))
    pg.text(W / 2, 16, "ameli", "dsans_b", 9.0, (255, 255, 255), "m")
    pg.text(5, 32, "Suivi de ma demande", "dsans_b", 7.5)
    for i, (t, s) in enumerate(
        [
            ("Demande reçue", "le 02/11/2026"),
            ("Dossier en cours d'étude", "pièces en cours de vérification"),
            ("Décision", "à venir"),
        ]
    ):
        y = 42 + i * 16
        pg.rect(5, y - 4, 4, 4, stroke=(0, 84, 164), fill=(0, 84, 164) if i < 2 else None)
        pg.text(12, y, t, "dsans_b", 5.7)
        pg.text(12, y + 5, s, "dsans", 4.8, (110, 110, 120))
    return B.Doc("unknown", [pg], {}, "ameli app screen: application status (no packet type)")


def build(rng_for):
    """Return [(name, doc, files, truth_extra)] for d001-d060."""
    out = []

    def add(name, doc, files, defect=None, as_of="2026-11-20"):
        out.append((name, doc, files, dict(defect=defect, as_of=as_of)))

    def F(path, look, pages, **kw):
        return dict(path=path, look=look, pages=pages, **kw)

    one = B.one
    import mdocs1
    import mdocs2
    import mdocs3
    import mdocs4

    mdocs1.part(add, F, one, rng_for)
    mdocs2.part(add, F, one, rng_for)
    mdocs3.part(add, F, one, rng_for)
    mdocs4.part(add, F, one, rng_for)
    return out
