"""Apostilles (Hague model, 10 items), sworn translations, and native-script name data."""

from __future__ import annotations

import data as D
from civil import _sig, _stamp
from render import Page

NATIVE = {
    "KOVALENKO": dict(
        surname_native="КОВАЛЕНКО",
        given_native="Олена",
        patronymic_native="Ігорівна",
        birthplace_native="м. Харків",
        father_native="Коваленко Ігор Петрович",
        mother_native="Коваленко Наталія Василівна",
        father="Ihor Kovalenko",
        mother="Nataliia Kovalenko",
        patronymic="Ihorivna",
    ),
    "SHEVCHUK": dict(
        surname_native="ШЕВЧУК",
        given_native="Андрій",
        patronymic_native="Миколайович",
        birthplace_native="м. Львів",
        father_native="Шевчук Микола Іванович",
        mother_native="Шевчук Оксана Романівна",
        father="Mykola Shevchuk",
        mother="Oksana Shevchuk",
        patronymic="Mykolaiovych",
    ),
    "ZHANG": dict(
        surname_native="张",
        given_native="伟琪",
        father_native="张建华",
        mother_native="刘芳",
        father="ZHANG Jianhua",
        mother="LIU Fang",
    ),
    "LI": dict(
        surname_native="李",
        given_native="晓梅",
        father_native="李国强",
        mother_native="陈静",
        father="LI Guoqiang",
        mother="CHEN Jing",
    ),
    "EL AMRANI": dict(
        surname_ar="العمراني",
        given_ar="يوسف",
        birthplace_ar="فاس",
        father="Mohammed El Amrani",
        father_ar="محمد العمراني",
        mother="Khadija Bennani",
        mother_ar="خديجة بناني",
    ),
    "BEN SALAH": dict(
        surname_ar="بن صالح",
        given_ar="أميرة",
        birthplace_ar="صفاقس",
        father="Ali Ben Salah",
        father_ar="علي بن صالح",
        mother="Fatma Jaziri",
        mother_ar="فاطمة الجزيري",
    ),
    "BOUZIDI": dict(
        surname_ar="بوزيدي",
        given_ar="كريم",
        birthplace_ar="وهران",
        father="Ahmed Bouzidi",
        father_ar="أحمد بوزيدي",
        mother="Aicha Benali",
        mother_ar="عائشة بن علي",
    ),
    "HADJ-AHMED": dict(
        surname_ar="حاج أحمد",
        given_ar="نسرين",
        birthplace_ar="تيزي وزو",
        father="Rachid Hadj-Ahmed",
        father_ar="رشيد حاج أحمد",
        mother="Zohra Amrouche",
        mother_ar="زهرة عمروش",
    ),
    "OUAZZANI": dict(
        surname_ar="الوزاني",
        given_ar="سلمى",
        birthplace_ar="الدار البيضاء",
        father="Hassan Ouazzani",
        father_ar="حسن الوزاني",
        mother="Naima Tazi",
        mother_ar="نعيمة التازي",
    ),
    "TRABELSI": dict(
        surname_ar="الطرابلسي",
        given_ar="مهدي",
        birthplace_ar="تونس",
        father="Mongi Trabelsi",
        father_ar="المنجي الطرابلسي",
        mother="Samia Gharbi",
        mother_ar="سامية الغربي",
    ),
}

FATHERS = ["Robert", "Carlos", "Rajesh", "Mamadou", "Emre", "Jose", "David", "Kwame", "Paulo"]
MOTHERS = ["Linda", "Maria", "Sunita", "Fatou", "Elif", "Rosa", "Susan", "Akosua", "Lucia"]


def person(rng, row, dob) -> dict:
    iso, sur, given, sex, place = row
    p = {"nat": iso, "surname": sur, "given": given, "sex": sex, "birthplace": place, "dob": dob}
    last = sur.split()[0].title()
    p["father"] = f"{rng.choice(FATHERS)} {last}"
    p["mother"] = f"{rng.choice(MOTHERS)} {rng.choice(['Miller', 'Silva', 'Diallo', 'Kaya'])}"
    p.update(NATIVE.get(sur, {}))
    return p


AP = {
    "en": (
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "Country:",
            "This public document has been signed by",
            "acting in the capacity of",
            "bears the seal/stamp of",
            "at",
            "the",
            "by",
            "No",
            "Seal/stamp:",
            "Signature:",
        ],
        "Certified",
    ),
    "fr": (
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "Pays :",
            "Le présent acte public a été signé par",
            "agissant en qualité de",
            "est revêtu du sceau/timbre de",
            "à",
            "le",
            "par",
            "sous n°",
            "Sceau/timbre :",
            "Signature :",
        ],
        "Attesté",
    ),
    "es": (
        "APOSTILLA",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "País:",
            "El presente documento público ha sido firmado por",
            "quien actúa en calidad de",
            "y está revestido del sello/timbre de",
            "en",
            "el día",
            "por",
            "bajo el número",
            "Sello/timbre:",
            "Firma:",
        ],
        "Certificado",
    ),
    "pt": (
        "APOSTILA",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "País:",
            "Este documento público foi assinado por",
            "na qualidade de",
            "tem o selo/carimbo de",
            "em",
            "em",
            "por",
            "sob o nº",
            "Selo/carimbo:",
            "Assinatura:",
        ],
        "Certificado",
    ),
    "uk": (
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "Країна / Country:",
            "Цей офіційний документ підписаний / has been signed by",
            "у якості / acting in the capacity of",
            "скріплений печаткою / bears the seal of",
            "в / at",
            "дата / the",
            "ким / by",
            "№ / No",
            "Печатка / Seal:",
            "Підпис / Signature:",
        ],
        "Засвідчено / Certified",
    ),
    "zh": (
        "APOSTILLE 附加证明书",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "国家 Country:",
            "本公文书签署人 has been signed by",
            "身份 acting in the capacity of",
            "印章 bears the seal/stamp of",
            "于 at",
            "日期 the",
            "签发机关 by",
            "编号 No",
            "印章 Seal/stamp:",
            "签名 Signature:",
        ],
        "证明 Certified",
    ),
}
AP_LANG = {
    "USA": "en",
    "GBR": "en",
    "IND": "en",
    "PHL": "en",
    "COL": "es",
    "MEX": "es",
    "CHL": "es",
    "ARG": "es",
    "BRA": "pt",
    "UKR": "uk",
    "CHN": "zh",
    "MAR": "fr",
    "TUN": "fr",
    "TUR": "fr",
}
AP_AUTH = {
    "USA": ("Secretary of State of Oregon", "Salem"),
    "GBR": ("Foreign, Commonwealth & Development Office", "Milton Keynes"),
    "IND": ("Ministry of External Affairs", "New Delhi"),
    "PHL": ("Department of Foreign Affairs", "Manila"),
    "COL": ("Ministerio de Relaciones Exteriores", "Bogotá"),
    "MEX": ("Secretaría de Gobernación", "Ciudad de México"),
    "CHL": ("Ministerio de Relaciones Exteriores", "Santiago"),
    "BRA": ("Cartório do 2º Ofício de Notas", "Belo Horizonte"),
    "UKR": ("Міністерство юстиції України", "Київ"),
    "CHN": ("Ministry of Foreign Affairs of the PRC", "Beijing"),
    "MAR": ("Tribunal de Première Instance de Fès", "Fès"),
    "TUN": ("Ministère des Affaires étrangères", "Tunis"),
    "TUR": ("İzmir Valiliği", "İzmir"),
    "ARG": ("Colegio de Escribanos", "Buenos Aires"),
}
SIGNERS = {
    "USA": ("Karen M. Whitfield", "State Registrar"),
    "GBR": ("Helen Carter", "Deputy Registrar"),
    "IND": ("R. Subramanian", "Registrar of Births and Deaths"),
    "PHL": ("Dennis S. Mapa", "Civil Registrar General"),
    "COL": ("Luz Marina Ortega", "Registradora Municipal"),
    "MEX": ("Ana Laura Ruiz", "Oficial del Registro Civil"),
    "CHL": ("Pedro Contreras", "Oficial Civil"),
    "BRA": ("Maria Aparecida Souza", "Oficiala de Registro Civil"),
    "UKR": ("Петренко О.В.", "начальник відділу ДРАЦС"),
    "CHN": ("Wang Jianguo", "Notary"),
    "MAR": ("Abdelhak Benjelloun", "Officier d'état civil"),
    "TUN": ("Hela Mansouri", "Officier de l'état civil"),
    "TUR": ("Mehmet Aksoy", "Nüfus Müdürü"),
    "ARG": ("Jorge Peralta", "Jefe de Registro"),
}


def apostille(rng, country: str, issued, full_page: bool):
    lang = AP_LANG.get(country, "en")
    t = AP[lang]
    auth, city = AP_AUTH[country]
    signer, cap = SIGNERS[country]
    number = (
        f"{rng.choice(['A', 'AP', 'N'])}{rng.randint(10000, 999999)}"
        if country != "BRA"
        else f"{rng.randint(100000, 999999)}-{issued.year}"
    )
    p = Page() if full_page else Page(340, 340)
    ox, oy = (120, 120) if full_page else (12, 12)
    w = 340 - 24
    p.rect(ox, oy, w, 310, (0, 0, 0), (252, 252, 250) if full_page else None, 1.2)
    p.text(ox + w / 2, oy + 26, t[0], "sans-b", 15, align="c")
    p.text(ox + w / 2, oy + 40, t[1], "sans", 6.8, align="c")
    fnt = "cjk" if lang == "zh" else "sans"
    v = [
        D.COUNTRY_EN[country] if lang != "fr" else D.COUNTRY_FR[country].upper(),
        signer,
        cap,
        auth if country != "BRA" else "Registro Civil de Belo Horizonte",
        city,
        D.fr(issued) if lang != "en" else D.en_words(issued),
        auth,
        number,
    ]
    y = oy + 60
    p.text(ox + 10, y, "1. " + t[2][0], fnt, 7.5)
    p.text(ox + 110, y, v[0][:34], "courier", 8.5)
    y += 16
    for i in (1, 2, 3):
        p.text(ox + 10, y, f"{i + 1}. {t[2][i]}", fnt, 7.5)
        y += 11
        p.text(ox + 24, y, v[i][:46], "courier", 8.5)
        y += 14
    p.text(ox + w / 2, y + 2, t[3], fnt, 8, align="c")
    y += 18
    p.text(ox + 10, y, "5. " + t[2][4], fnt, 7.5)
    p.text(ox + 50, y, v[4], "courier", 8.5)
    p.text(ox + 170, y, "6. " + t[2][5], fnt, 7.5)
    p.text(ox + 215, y, v[5], "courier", 8.5)
    y += 16
    p.text(ox + 10, y, "7. " + t[2][6], fnt, 7.5)
    p.text(ox + 70, y, v[6][:40], "courier", 8.5)
    y += 16
    p.text(ox + 10, y, "8. " + t[2][7], fnt, 7.5)
    p.text(ox + 70, y, v[7], "courier", 8.5)
    y += 18
    p.text(ox + 10, y, "9. " + t[2][8], fnt, 7.5)
    p.text(ox + 170, y, "10. " + t[2][9], fnt, 7.5)
    _stamp(p, ox + 70, y + 32, auth.split()[0][:10].upper(), (150, 40, 40), 28)
    _sig(p, ox + 185, y + 30, rng, w=90)
    fields = {
        "country": country,
        "issued_on": issued.isoformat(),
        "number": number,
        "signed_by": signer,
    }
    return [p], fields


SRC_LANG = {
    "uk": "ukrainien",
    "zh": "chinois",
    "es": "espagnol",
    "pt": "portugais",
    "tr": "turc",
    "ar": "arabe",
    "en": "anglais",
}
TRANSLATORS = [
    ("Iryna MARCHENKO", "Cour d'appel de Paris"),
    ("Sofia ALMEIDA-ROCHA", "Cour d'appel de Lyon"),
    ("Carmen VIDAL", "Cour d'appel de Versailles"),
    ("Hui CHEN-MARTIN", "Cour d'appel de Paris"),
    ("Selin AYDIN", "Cour d'appel d'Aix-en-Provence"),
]


def translation(rng, person, lang, country, done_on, cert_fields, translator=None):
    tr, court = translator or rng.choice(TRANSLATORS)
    p = Page()
    p.text(40, 46, tr, "times-b", 11)
    p.text(40, 60, f"Traducteur-interprète expert près la {court}", "times-i", 9)
    p.text(
        40,
        72,
        "Tél. 01 45 " + f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "times",
        9,
    )
    p.text(
        297, 110, f"TRADUCTION DU {SRC_LANG[lang].upper()} EN FRANÇAIS", "times-b", 12, align="c"
    )
    p.text(297, 135, f"[{D.COUNTRY_FR[country].upper()}]", "times", 10, align="c")
    p.text(297, 160, "ACTE DE NAISSANCE", "times-b", 14, align="c")
    given = person["given"] + (" " + person["patronymic"] if person.get("patronymic") else "")
    rows = [
        ("Nom de famille", person["surname"].upper()),
        ("Prénom(s)", given),
        ("Date de naissance", D.fr_words(person["dob"])),
        ("Lieu de naissance", person["birthplace"]),
        ("Père", person.get("father", "")),
        ("Mère", person.get("mother", "")),
    ]
    y = 200
    for lbl, v in rows:
        y = p.kv(60, y, lbl + " :", v, "times", "times-b", 11, gap=140)
    y += 10
    y = p.para(
        60, y, "[Sceau rond du service d'état civil] [Signature illisible]", 470, "times-i", 10
    )
    y += 20
    n = rng.randint(1000, 9999)
    y = p.para(
        60,
        y,
        f"Je soussigné(e), {tr}, traducteur expert près la {court}, certifie "
        f"la présente traduction conforme à l'original rédigé en langue "
        f"{SRC_LANG[lang]}. Traduction n° {n}.",
        470,
        "times",
        10.5,
    )
    p.text(60, y + 20, f"Fait à Paris, le {D.fr(done_on)}", "times", 10.5)
    p.text(360, y + 50, "Traduction certifiée conforme", "times-b", 10)
    _stamp(p, 440, y + 110, "EXPERT TRADUCTEUR", (40, 40, 150), 46)
    _sig(p, 380, y + 70, rng)
    return [p], {}
