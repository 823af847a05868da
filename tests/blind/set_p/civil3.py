"""Birth certificates (continued): India, Philippines, Turkey, Italy; country table."""

from __future__ import annotations

import data as D
from civil import _fields, _sig, _stamp, africa, china, latam, maghreb, uk, ukraine, usa
from render import Page


def generic_en(rng, person, issued, country, title, authority, lang="en"):
    """India, Philippines and similar English-language registrar certificates."""
    p = Page()
    p.rect(28, 28, 539, 786, (30, 30, 30), None, 1.2)
    p.text(297, 64, authority[0], "times-b", 12, align="c")
    p.text(297, 80, authority[1], "times", 10, align="c")
    p.text(297, 110, title, "times-b", 16, align="c")
    p.text(297, 126, authority[2], "times-i", 8, align="c")
    reg = f"{rng.randint(2, 9)}{rng.randint(1000, 9999)}/{person['dob'].year}"
    rows = [
        ("Name", person["given"].upper() + " " + person["surname"].upper()),
        ("Sex", "Male" if person["sex"] == "M" else "Female"),
        ("Date of Birth", D.fr(person["dob"]).replace("/", "-")),
        ("Place of Birth", person["birthplace"]),
        ("Name of Mother", person["mother"]),
        ("Name of Father", person["father"]),
        ("Registration No.", reg),
        ("Date of Registration", D.fr(D.add_months(person["dob"], 1)).replace("/", "-")),
        ("Date of Issue", D.fr(issued).replace("/", "-")),
    ]
    y = 170
    w = rng.choice([150, 190])
    for lbl, v in rows:
        p.rect(60, y - 14, w, 22, (100, 100, 100), None, 0.4)
        p.rect(60 + w, y - 14, 475 - w, 22, (100, 100, 100), None, 0.4)
        p.text(66, y, lbl, "times", 10)
        p.text(66 + w, y, v, "times-b", 10.5)
        y += 22
    p.text(360, y + 60, "Registrar of Births", "times", 10)
    _sig(p, 360, y + 40, rng)
    _stamp(p, 150, y + 60, "REGISTRAR", (90, 40, 140), 40)
    return [p], _fields(
        person, country, lang, surname=person["surname"].upper(), given=person["given"].upper()
    )


def india(rng, person, issued):
    return generic_en(
        rng,
        person,
        issued,
        "IND",
        "BIRTH CERTIFICATE",
        (
            "GOVERNMENT OF TAMIL NADU",
            "GREATER CHENNAI CORPORATION - Department of Health",
            "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969)",
        ),
    )


def philippines(rng, person, issued):
    return generic_en(
        rng,
        person,
        issued,
        "PHL",
        "CERTIFICATE OF LIVE BIRTH",
        (
            "Republic of the Philippines",
            "PHILIPPINE STATISTICS AUTHORITY",
            "Municipal Form No. 102 - certified copy on security paper",
        ),
    )


def turkey(rng, person, issued):
    p = Page()
    p.text(297, 50, "T.C.", "sans-b", 12, align="c")
    p.text(
        297,
        66,
        "İÇİŞLERİ BAKANLIĞI NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
        "sans-b",
        8.5,
        align="c",
    )
    p.text(297, 92, "DOĞUM KAYIT ÖRNEĞİ", "sans-b", 14, align="c")
    tc = f"{rng.randint(1, 9)}{rng.randint(1000000000, 9999999999)}"
    rows = [
        ("T.C. Kimlik No", tc),
        ("Soyadı", person["surname"].upper()),
        ("Adı", person["given"].upper()),
        ("Baba Adı", person["father"].split()[0]),
        ("Ana Adı", person["mother"].split()[0]),
        ("Doğum Yeri", person["birthplace"]),
        ("Doğum Tarihi", D.fr(person["dob"]).replace("/", ".")),
        ("Cinsiyeti", "Erkek" if person["sex"] == "M" else "Kadın"),
        ("İl / İlçe", f"{person['birthplace'].upper()} / MERKEZ"),
    ]
    y = 130
    for lbl, v in rows:
        p.rect(50, y - 13, 160, 20, (0, 0, 0), (235, 235, 235), 0.4)
        p.rect(210, y - 13, 335, 20, (0, 0, 0), None, 0.4)
        p.text(55, y, lbl, "sans-b", 9)
        p.text(215, y, v, "sans", 10)
        y += 20
    p.text(50, y + 30, f"Düzenlenme Tarihi: {D.fr(issued).replace('/', '.')}", "sans", 9)
    p.text(50, y + 46, f"Doğrulama Kodu: {rng.randint(10**11, 10**12 - 1)}", "mono", 9)
    _stamp(p, 450, y + 70, "NÜFUS MÜD.", (180, 30, 30), 40)
    return [p], _fields(person, "TUR", "tr", given=person["given"].upper())


def italy(rng, person, issued):
    p = Page()
    p.text(297, 50, f"COMUNE DI {person['birthplace'].upper()}", "times-b", 14, align="c")
    p.text(297, 68, "UFFICIO DELLO STATO CIVILE", "times", 10, align="c")
    p.text(297, 100, "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "times-b", 13, align="c")
    p.text(
        297,
        116,
        "Regolamento (UE) 2016/1191 - modulo standard multilingue allegato",
        "times-i",
        8,
        align="c",
    )
    rows = [
        ("Cognome / Nom / Surname", person["surname"].upper()),
        ("Nome / Prénoms / Forenames", person["given"]),
        ("Sesso / Sexe / Sex", person["sex"]),
        ("Data di nascita / Date de naissance", D.fr(person["dob"])),
        ("Luogo di nascita / Lieu de naissance", person["birthplace"]),
        ("Padre / Père", person["father"]),
        ("Madre / Mère", person["mother"]),
    ]
    y = 160
    for lbl, v in rows:
        y = p.kv(60, y, lbl, v, "times", "times-b", 10, "cell", 475)
    p.text(
        60,
        y + 20,
        f"Atto n. {rng.randint(1, 2999)} Parte I Serie A anno {person['dob'].year}",
        "times",
        10,
    )
    p.text(60, y + 40, f"{person['birthplace']}, {D.fr(issued)}", "times", 10)
    p.text(380, y + 70, "L'Ufficiale dello Stato Civile", "times", 10)
    _sig(p, 390, y + 90, rng)
    _stamp(p, 200, y + 100, "STATO CIVILE", (40, 40, 140), 40)
    return [p], _fields(person, "ITA", "it+fr+en")


BY_COUNTRY = {
    "USA": usa,
    "GBR": uk,
    "UKR": ukraine,
    "CHN": china,
    "DZA": maghreb,
    "MAR": maghreb,
    "TUN": maghreb,
    "BRA": latam,
    "COL": latam,
    "MEX": latam,
    "CHL": latam,
    "ARG": latam,
    "SEN": africa,
    "CIV": africa,
    "CMR": africa,
    "MLI": africa,
    "COD": africa,
    "HTI": africa,
    "IND": india,
    "PHL": philippines,
    "TUR": turkey,
    "ITA": italy,
}
