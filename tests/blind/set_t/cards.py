"""ID-1 cards: French titre de séjour and CNI (2021 and 1988 models), EU identity cards,
and the paper récépissé / APS of a prefecture."""

from __future__ import annotations

import checks as ck
from tk import (
    A4,
    MM,
    Page,
    fit,
    guilloche,
    hgrad,
    line,
    mrz_block,
    para,
    photo,
    rect,
    rosette,
    signature,
    stamp,
    txt,
    vgrad,
)

CW, CH = 85.6 * MM, 54 * MM
DARK = (0.08, 0.08, 0.12)


def _bg(c, rng, c1, c2, guil):
    vgrad(c, 0, 0, CW, CH, c1, c2, 20)
    guilloche(c, 0, 0, CW, CH, rng, guil, n=14, lw=0.18, amp=CH / 7)
    rosette(c, CW * 0.7, CH * 0.45, 9 * MM, rng, guil[0], n=24, lw=0.15)


def _f(c, x, y, lab, val, ls=3.6, vs=6.6, vf="DVB", lab_col=(0.25, 0.3, 0.45)):
    txt(c, x * MM, y * MM + 2.3 * MM, lab, "Sans", ls, lab_col)
    txt(c, x * MM, y * MM, val, vf, vs, DARK)


def card_fields(d: dict, mrz_ok=True) -> dict:
    return {
        "surname": d["surname"].upper(),
        "given_names": d["given"].upper() if d.get("upper_given", True) else d["given"],
        "document_number": d["number"],
        "nationality": d["nat"],
        "issuing_country": d["issuer"],
        "date_of_birth": d["dob"].isoformat(),
        "sex": d["sex"],
        "expiry_date": d["expiry"].isoformat(),
        "mrz_valid": mrz_ok,
    }


# ---------------------------------------------------------------- titre de séjour (2020 model)


def titre_sejour(d: dict, rng):
    d["issuer"] = "FRA"
    mrz = ck.td1(
        "IR",
        "FRA",
        d["surname"],
        d["given"],
        d["number"],
        d["nat"],
        d["dob"],
        d["sex"],
        d["expiry"],
        opt1=d.get("opt1", ""),
    )
    if d.get("bad_mrz"):
        mrz[1] = ck.corrupt_digit(mrz[1], 14)
    fd = lambda x: x.strftime("%d %m %Y")  # noqa: E731

    def front(c):
        _bg(c, rng, (0.86, 0.9, 0.95), (0.95, 0.88, 0.9), [(0.72, 0.78, 0.9), (0.9, 0.75, 0.8)])
        hgrad(c, 0, CH - 7 * MM, CW, 7 * MM, (0.15, 0.22, 0.55), (0.55, 0.2, 0.3), 20)
        txt(c, 3 * MM, CH - 4.8 * MM, "RÉPUBLIQUE FRANÇAISE", "SansB", 6, (1, 1, 1))
        txt(c, CW - 3 * MM, CH - 3.6 * MM, "TITRE DE SÉJOUR", "SansB", 5.2, (1, 1, 1), "r")
        txt(c, CW - 3 * MM, CH - 5.9 * MM, "RESIDENCE PERMIT", "Sans", 4.2, (1, 1, 1), "r")
        photo(c, 3 * MM, 8 * MM, 22 * MM, 29 * MM, d["photo_seed"], d["sex"], bg=(205, 210, 220))
        txt(c, CW - 3 * MM, CH - 10.5 * MM, d["number"], "MonoB", 7.2, (0.55, 0.1, 0.15), "r")
        _f(c, 28, 40.5, "NOM / Surname", d["surname"].upper())
        _f(c, 28, 34.5, "Prénoms / Given names", d["given"].upper())
        _f(c, 28, 28.5, "Sexe / Sex", d["sex"])
        _f(c, 40, 28.5, "Nationalité / Nationality", d["nat"])
        _f(c, 60, 28.5, "Date de naissance", fd(d["dob"]))
        _f(c, 28, 22.5, "Type de titre / Type of permit", d["kind"], vs=5.4)
        _f(c, 28, 16.5, "Mention / Remarks", d["mention"], vs=5.0)
        _f(c, 28, 10.0, "Valable jusqu'au / Valid until", fd(d["expiry"]))
        signature(
            c, 60 * MM, 3 * MM, 22 * MM, 8 * MM, d["given"].split()[0] + " " + d["surname"], rng
        )

    def back(c):
        _bg(c, rng, (0.93, 0.92, 0.88), (0.88, 0.91, 0.95), [(0.8, 0.8, 0.72), (0.74, 0.8, 0.9)])
        _f(c, 4, 46, "Lieu de délivrance / Place of issue", d["prefecture"], vs=5.6)
        _f(c, 52, 46, "Date de délivrance", fd(d["issued"]), vs=5.6)
        _f(c, 4, 39.5, "Remarques", d.get("remarks", "AUTORISE SON TITULAIRE À TRAVAILLER"), vs=5.0)
        _f(c, 4, 33, "Adresse / Address", d.get("address_line", ""), vs=5.0)
        _f(c, 4, 28.5, "", d.get("address_line2", ""), vs=5.0)
        rect(c, 0, 0, CW, 20 * MM, stroke=None, fill=(0.97, 0.97, 0.96))
        mrz_block(c, 3.3 * MM, 15.2 * MM, mrz, char_pitch=2.63 * MM, size=9.4, lead=4.1 * MM)

    return Page(CW, CH, front, kind="card"), Page(CW, CH, back, kind="card"), mrz


# ---------------------------------------------------------------- French CNI


def cni_2021(d: dict, rng):
    d["issuer"] = "FRA"
    d["nat"] = "FRA"
    mrz = ck.td1(
        "ID", "FRA", d["surname"], d["given"], d["number"], "FRA", d["dob"], d["sex"], d["expiry"]
    )
    fd = lambda x: x.strftime("%d %m %Y")  # noqa: E731

    def front(c):
        _bg(c, rng, (0.9, 0.93, 0.97), (0.96, 0.9, 0.92), [(0.72, 0.8, 0.92), (0.92, 0.76, 0.82)])
        txt(c, 3 * MM, CH - 5 * MM, "RÉPUBLIQUE FRANÇAISE", "SansB", 6.4, (0.1, 0.15, 0.4))
        txt(
            c,
            3 * MM,
            CH - 8 * MM,
            "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
            "Sans",
            4.4,
            (0.1, 0.15, 0.4),
        )
        photo(
            c,
            3 * MM,
            6 * MM,
            23 * MM,
            30 * MM,
            d["photo_seed"],
            d["sex"],
            grey=True,
            bg=(220, 220, 225),
        )
        _f(c, 29, 40, "NOM / Surname", d["surname"].upper())
        if d.get("usage"):
            _f(c, 29, 35, "Nom d'usage / Alternate name", d["usage"], vs=5.6)
        _f(c, 29, 30, "Prénoms / Given names", d["given"].replace(" ", ", "), vs=6.2, vf="DVB")
        _f(c, 29, 24.5, "SEXE / Sex", d["sex"])
        _f(c, 41, 24.5, "NATIONALITÉ / Nationality", "FRA")
        _f(c, 64, 24.5, "DATE DE NAISS.", fd(d["dob"]))
        _f(c, 29, 19, "LIEU DE NAISSANCE / Place of birth", d["pob"].upper(), vs=5.6)
        _f(c, 29, 13.5, "N° DU DOCUMENT / Document No", d["number"], vf="MonoB")
        _f(c, 62, 13.5, "DATE D'EXPIR.", fd(d["expiry"]))
        signature(
            c, 30 * MM, 2 * MM, 25 * MM, 8 * MM, d["given"].split()[0] + " " + d["surname"], rng
        )
        txt(
            c,
            CW - 3 * MM,
            4 * MM,
            d.get("can", "%06d" % rng.randint(0, 999999)),
            "MonoB",
            5.5,
            DARK,
            "r",
        )

    def back(c):
        _bg(c, rng, (0.94, 0.94, 0.92), (0.9, 0.92, 0.96), [(0.8, 0.8, 0.75), (0.75, 0.8, 0.9)])
        _f(c, 4, 45, "DATE DE DÉLIVRANCE / Date of issue", fd(d["issued"]), vs=5.6)
        _f(c, 4, 39, "AUTORITÉ / Authority", d["authority"], vs=5.2)
        rect(c, 0, 0, CW, 20 * MM, stroke=None, fill=(0.97, 0.97, 0.97))
        mrz_block(c, 3.3 * MM, 15.2 * MM, mrz, char_pitch=2.63 * MM, size=9.4, lead=4.1 * MM)

    return Page(CW, CH, front, kind="card"), Page(CW, CH, back, kind="card"), mrz


def cni_1988(d: dict, rng):
    """Laminated French CNI (issued until 2021): MRZ of two lines of 36 on the front."""
    d["issuer"] = "FRA"
    d["nat"] = "FRA"
    mrz = ck.fr_id_1988(
        d["surname"], d["given"], d["number"], d["dob"], d["sex"], office=d.get("office", "<<<<<<")
    )
    W, H = 105 * MM, 74 * MM  # larger than ID-1

    def front(c):
        vgrad(c, 0, 0, W, H, (0.86, 0.9, 0.93), (0.93, 0.9, 0.88), 20)
        guilloche(c, 0, 18 * MM, W, H - 18 * MM, rng, [(0.75, 0.8, 0.86)], n=16, lw=0.2)
        txt(c, 4 * MM, H - 6 * MM, "RÉPUBLIQUE FRANÇAISE", "SerifB", 8, (0.15, 0.2, 0.45))
        txt(
            c,
            W - 4 * MM,
            H - 6 * MM,
            "CARTE NATIONALE D'IDENTITÉ N° : " + d["number"],
            "SansB",
            6.4,
            (0.1, 0.1, 0.2),
            "r",
        )
        txt(c, 36 * MM, H - 13 * MM, "Nationalité Française", "Sans", 7, DARK)
        photo(
            c,
            4 * MM,
            22 * MM,
            28 * MM,
            36 * MM,
            d["photo_seed"],
            d["sex"],
            grey=True,
            bg=(230, 230, 232),
        )
        y = H - 20 * MM
        for lab, val in [
            ("Nom :", d["surname"].upper()),
            (
                "Prénom(s) :",
                d["given"].replace(" ", ", ").title()
                if d.get("title_given")
                else d["given"].replace(" ", ", "),
            ),
            ("Sexe :", d["sex"] + "      Né(e) le : " + d["dob"].strftime("%d.%m.%Y")),
            ("à :", d["pob"].upper()),
            ("Taille :", d.get("height", "1,74 m")),
        ]:
            txt(c, 36 * MM, y, lab, "Sans", 6.6, (0.2, 0.2, 0.3))
            fit(c, 52 * MM, y, val, "MonoB", 8, W - 55 * MM, DARK)
            y -= 6.5 * MM
        txt(c, 36 * MM, y - 1 * MM, "Signature du titulaire :", "Sans", 5.5, (0.2, 0.2, 0.3))
        signature(
            c,
            60 * MM,
            y - 6 * MM,
            35 * MM,
            10 * MM,
            d["given"].split()[0] + " " + d["surname"],
            rng,
        )
        rect(c, 0, 0, W, 17 * MM, stroke=None, fill=(0.96, 0.96, 0.95))
        mrz_block(c, 4 * MM, 11 * MM, mrz, char_pitch=2.72 * MM, size=10, lead=5 * MM)

    def back(c):
        vgrad(c, 0, 0, W, H, (0.93, 0.9, 0.88), (0.86, 0.9, 0.93), 20)
        guilloche(c, 0, 0, W, H, rng, [(0.8, 0.82, 0.86)], n=14, lw=0.2)
        y = H - 10 * MM
        txt(c, 5 * MM, y, "Adresse :", "Sans", 6.6, (0.2, 0.2, 0.3))
        txt(c, 22 * MM, y, d.get("address_line", ""), "MonoB", 7, DARK)
        txt(c, 22 * MM, y - 5 * MM, d.get("address_line2", ""), "MonoB", 7, DARK)
        y -= 16 * MM
        txt(
            c,
            5 * MM,
            y,
            "Carte valable jusqu'au : " + d["expiry"].strftime("%d.%m.%Y"),
            "MonoB",
            7,
            DARK,
        )
        txt(
            c,
            5 * MM,
            y - 6 * MM,
            "délivrée le : " + d["issued"].strftime("%d.%m.%Y"),
            "MonoB",
            7,
            DARK,
        )
        txt(c, 5 * MM, y - 12 * MM, "par : " + d["authority"], "MonoB", 7, DARK)
        stamp(
            c,
            W - 24 * MM,
            20 * MM,
            d["authority"].upper(),
            ["RF"],
            rng,
            color=(70, 60, 140),
            d_mm=22,
        )
        signature(c, W - 45 * MM, 5 * MM, 30 * MM, 10 * MM, "Le Préfet", rng)

    return Page(W, H, front, kind="card"), Page(W, H, back, kind="card"), mrz


# ---------------------------------------------------------------- other EU cards


EU = {
    "ITA": dict(
        head="REPUBBLICA ITALIANA",
        title="CARTA DI IDENTITÀ / IDENTITY CARD",
        doc="C",
        grad=((0.93, 0.9, 0.93), (0.88, 0.93, 0.9)),
        lab=dict(
            s="COGNOME / SURNAME",
            g="NOME / NAME",
            pob="LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            sex="SESSO / SEX",
            nat="CITTADINANZA / NATIONALITY",
            iss="EMISSIONE / ISSUING",
            exp="SCADENZA / EXPIRY",
        ),
        df="%d.%m.%Y",
        extra=("COMUNE DI", "CODICE FISCALE"),
    ),
    "ESP": dict(
        head="ESPAÑA",
        title="DOCUMENTO NACIONAL DE IDENTIDAD",
        doc="ID",
        grad=((0.9, 0.92, 0.95), (0.95, 0.9, 0.85)),
        lab=dict(
            s="APELLIDOS",
            g="NOMBRE",
            pob="LUGAR DE NACIMIENTO",
            sex="SEXO",
            nat="NACIONALIDAD",
            iss="EMISIÓN",
            exp="VALIDEZ",
        ),
        df="%d %m %Y",
        extra=("DNI", "DOMICILIO"),
    ),
    "D": dict(
        head="BUNDESREPUBLIK DEUTSCHLAND",
        title="PERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ",
        doc="ID",
        grad=((0.92, 0.94, 0.9), (0.95, 0.9, 0.92)),
        lab=dict(
            s="Name / Surname / Nom",
            g="Vornamen / Given names / Prénoms",
            pob="Geburtsort / Place of birth",
            sex="",
            nat="Staatsangehörigkeit / Nationality",
            iss="",
            exp="Gültig bis / Date of expiry",
        ),
        df="%d.%m.%Y",
        extra=("", "ANSCHRIFT"),
    ),
    "BEL": dict(
        head="BELGIQUE · BELGIË · BELGIEN · BELGIUM",
        title="CARTE D'IDENTITÉ / IDENTITEITSKAART",
        doc="ID",
        grad=((0.95, 0.93, 0.85), (0.9, 0.92, 0.95)),
        lab=dict(
            s="Nom / Name",
            g="Prénoms / Given names",
            pob="Lieu de naissance",
            sex="Sexe / Sex",
            nat="Nationalité / Nationality",
            iss="",
            exp="Valable jusqu'au / Valid until",
        ),
        df="%d %m %Y",
        extra=("", ""),
    ),
    "PRT": dict(
        head="REPÚBLICA PORTUGUESA",
        title="CARTÃO DE CIDADÃO / CITIZEN CARD",
        doc="I",
        grad=((0.9, 0.95, 0.92), (0.95, 0.95, 0.88)),
        lab=dict(
            s="APELIDO(S) / SURNAME",
            g="NOME(S) / GIVEN NAME(S)",
            pob="",
            sex="SEXO / SEX",
            nat="NACIONALIDADE",
            iss="",
            exp="DATA DE VALIDADE",
        ),
        df="%d %m %Y",
        extra=("", ""),
    ),
    "ROU": dict(
        head="ROMÂNIA · ROUMANIE · ROMANIA",
        title="CARTE DE IDENTITATE / CARTE D'IDENTITÉ / IDENTITY CARD",
        doc="ID",
        grad=((0.9, 0.92, 0.96), (0.96, 0.94, 0.86)),
        lab=dict(
            s="Nume/Nom/Last name",
            g="Prenume/Prénom/First name",
            pob="Loc naștere/Lieu de naissance",
            sex="Sex/Sexe",
            nat="Cetățenie/Nationalité",
            iss="Valabilitate",
            exp="Valabilitate / Validité",
        ),
        df="%d.%m.%Y",
        extra=("CNP", "Domiciliu"),
    ),
}


def eu_card(d: dict, rng):
    st = EU[d["country"]]
    d["issuer"] = d["country"]
    d["nat"] = d["country"]
    mrz = ck.td1(
        st["doc"],
        d["country"],
        d["surname"],
        d["given"],
        d["number"],
        d["country"],
        d["dob"],
        d["sex"],
        d["expiry"],
        opt1=d.get("opt1", ""),
        german=d["country"] == "D",
    )
    fd = lambda x: x.strftime(st["df"])  # noqa: E731
    lab = st["lab"]

    def front(c):
        _bg(c, rng, st["grad"][0], st["grad"][1], [(0.75, 0.8, 0.88), (0.88, 0.78, 0.8)])
        fit(c, 3 * MM, CH - 4.5 * MM, st["head"], "SansB", 6.2, CW - 6 * MM, (0.12, 0.15, 0.35))
        fit(c, 3 * MM, CH - 7.6 * MM, st["title"], "Sans", 4.6, CW - 20 * MM, (0.12, 0.15, 0.35))
        txt(c, CW - 3 * MM, CH - 7.6 * MM, d["number"], "MonoB", 6.8, (0.55, 0.1, 0.12), "r")
        photo(
            c,
            3 * MM,
            7 * MM,
            23 * MM,
            30 * MM,
            d["photo_seed"],
            d["sex"],
            grey=d["country"] in ("D", "PRT"),
            bg=(225, 225, 228),
        )
        y = 39.5
        sur = d["surname"].upper()
        if d["country"] == "ESP" and " " in sur:
            a, b = sur.split(" ", 1)
            _f(c, 28, y, lab["s"], a)
            txt(c, 28 * MM, (y - 3.4) * MM, b, "DVB", 6.6, DARK)
            y -= 9.5
        else:
            _f(c, 28, y, lab["s"], sur)
            y -= 6
        _f(c, 28, y, lab["g"], d["given"].upper())
        y -= 6
        if lab["sex"]:
            _f(c, 28, y, lab["sex"], d["sex"])
        _f(c, 40, y, lab["nat"], d.get("nat_print", d["country"]))
        _f(c, 64, y, "", fd(d["dob"]))
        y -= 6
        if lab["pob"]:
            _f(c, 28, y, lab["pob"], d["pob"].upper(), vs=5.6)
            y -= 6
        if lab["iss"] and lab["iss"] != lab["exp"]:
            _f(c, 28, y, lab["iss"], fd(d["issued"]), vs=6)
        _f(c, 55, y, lab["exp"], fd(d["expiry"]), vs=6)
        signature(
            c, 28 * MM, 0.5 * MM, 25 * MM, 7 * MM, d["given"].split()[0] + " " + d["surname"], rng
        )

    def back(c):
        _bg(c, rng, st["grad"][1], st["grad"][0], [(0.8, 0.8, 0.75), (0.75, 0.8, 0.9)])
        y = 47
        for k, (lb, val) in enumerate(d.get("back", [])):
            _f(c, 4, y - 6.2 * k, lb, val, vs=5.6)
        rect(c, 0, 0, CW, 20 * MM, stroke=None, fill=(0.97, 0.97, 0.96))
        mrz_block(c, 3.3 * MM, 15.2 * MM, mrz, char_pitch=2.63 * MM, size=9.4, lead=4.1 * MM)

    return Page(CW, CH, front, kind="card"), Page(CW, CH, back, kind="card"), mrz


# ---------------------------------------------------------------- récépissé / APS (paper)


def recepisse(d: dict, rng) -> Page:
    """Prefecture receipt: A4, photo, validity dates, no MRZ."""
    W, H = A4

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.97, 0.95, 0.9))
        guilloche(c, 30, 380, W - 60, 400, rng, [(0.88, 0.85, 0.8)], n=20, lw=0.3)
        txt(c, 50, H - 60, "RÉPUBLIQUE FRANÇAISE", "SansB", 11, (0.1, 0.15, 0.45))
        txt(c, 50, H - 74, "Liberté · Égalité · Fraternité", "SansI", 7.5, (0.3, 0.3, 0.35))
        txt(c, W - 50, H - 60, d["prefecture"].upper(), "SansB", 9, (0.1, 0.1, 0.2), "r")
        txt(
            c,
            W - 50,
            H - 73,
            "Direction des migrations et de l'intégration",
            "Sans",
            7.5,
            (0.2, 0.2, 0.25),
            "r",
        )
        title = d.get("title", "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR")
        fit(c, W / 2, H - 120, title, "SansB", 14, W - 100, (0.1, 0.1, 0.2), "c")
        txt(
            c,
            W / 2,
            H - 138,
            d.get("subtitle", "Demande de renouvellement"),
            "Sans",
            10,
            (0.2, 0.2, 0.25),
            "c",
        )
        txt(c, W - 50, H - 165, "N° " + d["number"], "MonoB", 11, (0.6, 0.1, 0.1), "r")
        photo(c, 50, H - 330, 100, 130, d["photo_seed"], d["sex"], bg=(225, 225, 228))
        y = H - 200
        for lab, val in [
            ("Nom :", d["surname"].upper()),
            ("Prénom(s) :", d["given"]),
            ("Né(e) le :", d["dob"].strftime("%d/%m/%Y") + "   à : " + d["pob"]),
            ("Nationalité :", d["nat_print"]),
            ("Adresse :", d["address_line"]),
            ("", d["address_line2"]),
        ]:
            txt(c, 170, y, lab, "Sans", 9, (0.25, 0.25, 0.3))
            txt(c, 245, y, val, "MonoB", 10, DARK)
            y -= 20
        y -= 30
        y = para(
            c,
            50,
            y,
            W - 100,
            d.get(
                "body",
                "Le présent récépissé autorise la présence de l'intéressé(e) sur le territoire français du %s au %s. Il %s son titulaire à travailler."
                % (
                    d["valid_from"].strftime("%d/%m/%Y"),
                    d["expiry"].strftime("%d/%m/%Y"),
                    "autorise" if d.get("work", True) else "n'autorise pas",
                ),
            ),
            "Sans",
            10,
            14,
        )
        y -= 10
        para(
            c,
            50,
            y,
            W - 100,
            "Motif de la demande : "
            + d.get("motive", "renouvellement de titre de séjour — " + d.get("mention", "salarié")),
            "Sans",
            10,
            14,
        )
        txt(
            c,
            50,
            y - 40,
            "Valable jusqu'au : " + d["expiry"].strftime("%d/%m/%Y"),
            "SansB",
            12,
            DARK,
        )
        txt(
            c,
            W - 60,
            200,
            "Fait à %s, le %s" % (d["city"], d["issued"].strftime("%d/%m/%Y")),
            "Sans",
            10,
            DARK,
            "r",
        )
        txt(c, W - 60, 185, "Pour le préfet et par délégation", "SansI", 9, DARK, "r")
        stamp(
            c,
            W - 150,
            130,
            "PRÉFECTURE " + d["city"].upper(),
            ["SERVICE DES", "ÉTRANGERS"],
            rng,
            d_mm=32,
        )
        signature(c, W - 230, 95, 120, 50, "Agent " + d["city"], rng)
        line(c, 40, 60, W - 40, 60, (0.5, 0.5, 0.5), 0.4)
        txt(
            c,
            W / 2,
            48,
            "Ce document doit être présenté avec le passeport en cours de validité.",
            "SansI",
            7.5,
            (0.3, 0.3, 0.3),
            "c",
        )

    return Page(W, H, draw)


def recepisse_fields(d: dict) -> dict:
    return {
        "surname": d["surname"].upper(),
        "given_names": d["given"],
        "document_number": d["number"],
        "nationality": d["nat_print"],
        "issuing_country": "FRA",
        "date_of_birth": d["dob"].isoformat(),
        "sex": d["sex"],
        "expiry_date": d["expiry"].isoformat(),
        "mrz_valid": None,
    }
