"""Identity layouts: passport data pages, French visa stickers, titres de séjour, ID cards,
récépissés. Each function returns a list of Page (card pages have card=True)."""

from __future__ import annotations

import random

from mcommon import d, dmy_mon, fr, mrva, td1, td3
from mrender import ID1, MRV, TD3, Page, face_image, guilloche, signature_image, stamp_image

LBL = {
    "en": dict(
        type="Type",
        code="Code",
        number="Passport No.",
        surname="Surname",
        given="Given names",
        nat="Nationality",
        dob="Date of birth",
        sex="Sex",
        pob="Place of birth",
        issue="Date of issue",
        expiry="Date of expiry",
        authority="Authority",
    ),
    "fr": dict(
        type="Type",
        code="Code du pays",
        number="N° du passeport",
        surname="Nom",
        given="Prénoms",
        nat="Nationalité",
        dob="Date de naissance",
        sex="Sexe",
        pob="Lieu de naissance",
        issue="Date de délivrance",
        expiry="Date d'expiration",
        authority="Autorité",
    ),
    "es": dict(
        type="Tipo",
        code="Código",
        number="Pasaporte N°",
        surname="Apellidos",
        given="Nombres",
        nat="Nacionalidad",
        dob="Fecha de nacimiento",
        sex="Sexo",
        pob="Lugar de nacimiento",
        issue="Fecha de expedición",
        expiry="Fecha de vencimiento",
        authority="Autoridad",
    ),
    "pt": dict(
        type="Tipo",
        code="Código do país",
        number="Passaporte nº",
        surname="Sobrenome",
        given="Nome",
        nat="Nacionalidade",
        dob="Data de nascimento",
        sex="Sexo",
        pob="Local de nascimento",
        issue="Data de expedição",
        expiry="Válido até",
        authority="Autoridade",
    ),
    "uk": dict(
        type="Тип",
        code="Код держави",
        number="Номер паспорта",
        surname="Прізвище",
        given="Ім'я",
        nat="Громадянство",
        dob="Дата народження",
        sex="Стать",
        pob="Місце народження",
        issue="Дата видачі",
        expiry="Дата закінчення строку дії",
        authority="Орган, що видав",
    ),
    "tr": dict(
        type="Tipi",
        code="Ülke kodu",
        number="Pasaport No",
        surname="Soyadı",
        given="Adı",
        nat="Uyruğu",
        dob="Doğum tarihi",
        sex="Cinsiyeti",
        pob="Doğum yeri",
        issue="Veriliş tarihi",
        expiry="Geçerlilik tarihi",
        authority="Makam",
    ),
    "it": dict(
        type="Tipo",
        code="Codice",
        number="Documento n.",
        surname="Cognome",
        given="Nome",
        nat="Cittadinanza",
        dob="Data di nascita",
        sex="Sesso",
        pob="Luogo di nascita",
        issue="Emissione",
        expiry="Scadenza",
        authority="Autorità",
    ),
    "de": dict(
        type="Typ",
        code="Code",
        number="Ausweisnummer",
        surname="Name",
        given="Vornamen",
        nat="Staatsangehörigkeit",
        dob="Geburtstag",
        sex="Geschlecht",
        pob="Geburtsort",
        issue="Ausstellungsdatum",
        expiry="Gültig bis",
        authority="Behörde",
    ),
}

PASS_CFG = {
    "USA": ("UNITED STATES OF AMERICA", "en", (232, 236, 244), "United States Department of State"),
    "BRA": ("REPÚBLICA FEDERATIVA DO BRASIL", "pt", (228, 240, 230), "POLÍCIA FEDERAL"),
    "DZA": ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "fr", (230, 242, 232), "DAIRA"),
    "UKR": ("УКРАЇНА / UKRAINE", "uk", (236, 234, 246), "4627"),
    "IND": ("REPUBLIC OF INDIA", "en", (238, 236, 228), "RPO CHENNAI"),
    "CHN": ("PEOPLE'S REPUBLIC OF CHINA", "en", (240, 232, 230), "NATIONAL IMMIGRATION ADMIN."),
    "COL": ("REPÚBLICA DE COLOMBIA", "es", (244, 240, 222), "CANCILLERÍA"),
    "MAR": ("ROYAUME DU MAROC", "fr", (236, 230, 232), "PRÉFECTURE CASABLANCA"),
    "MEX": ("ESTADOS UNIDOS MEXICANOS", "es", (232, 240, 232), "SRE GUADALAJARA"),
    "TUN": ("RÉPUBLIQUE TUNISIENNE", "fr", (240, 232, 232), "MINISTÈRE DE L'INTÉRIEUR"),
    "PHL": ("REPUBLIC OF THE PHILIPPINES", "en", (236, 232, 244), "DFA MANILA"),
    "GBR": ("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "en", (238, 232, 240), "HMPO"),
    "TUR": ("TÜRKİYE CUMHURİYETİ / REPUBLIC OF TÜRKİYE", "tr", (238, 226, 228), "İZMİR"),
    "SEN": ("RÉPUBLIQUE DU SÉNÉGAL", "fr", (232, 240, 228), "DAF DAKAR"),
    "VNM": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "en",
        (240, 236, 226),
        "CỤC QUẢN LÝ XUẤT NHẬP CẢNH",
    ),
    "HTI": ("RÉPUBLIQUE D'HAÏTI", "fr", (230, 236, 246), "DIE PORT-AU-PRINCE"),
    "CMR": ("RÉPUBLIQUE DU CAMEROUN", "fr", (232, 242, 232), "DGSN YAOUNDÉ"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "fr", (234, 236, 246), "Préfecture de Police"),
}


def _labels(lang: str) -> dict:
    out = {}
    for k in LBL["en"]:
        seq = [LBL.get(lang, LBL["en"])[k], LBL["en"][k], LBL["fr"][k]]
        uniq: list[str] = []
        for s in seq:
            if s not in uniq:
                uniq.append(s)
        out[k] = "/".join(uniq)
    return out


def passport(p: dict, rng: random.Random, bad_mrz=False) -> list[Page]:
    """p: surname, given_names, number, nationality, issuing, dob, sex, expiry, issue, pob."""
    name, lang, bg, auth = PASS_CFG.get(p["issuing"], PASS_CFG["USA"])
    pg = Page(*TD3, bg=bg, card=True)
    pg.image(0, 0, TD3[0], TD3[1], guilloche(rng.randrange(9999), 500, 352, bg))
    L = _labels(lang)
    font = rng.choice(["sans", "dsans", "cond"])
    vfont = rng.choice(["sans_b", "dsans_b", "cond_b"])
    pg.text(62.5, 7, name, "dserif_b", 6.2 if len(name) < 40 else 5.0, (40, 40, 70), "m")
    pg.text(
        62.5,
        11.5,
        {
            "en": "PASSPORT",
            "pt": "PASSAPORTE",
            "es": "PASAPORTE",
            "uk": "ПАСПОРТ / PASSPORT",
            "tr": "PASAPORT / PASSPORT",
            "fr": "PASSEPORT / PASSPORT",
        }.get(lang, "PASSPORT"),
        "dsans_b",
        7,
        (60, 50, 90),
        "m",
    )
    pg.image(5, 17, 30, 39, face_image(rng.randrange(9999)))
    x0, lab, val = 40, 4.0, 7.6
    pg.text(x0, 17, L["type"], font, lab, (70, 70, 90))
    pg.text(x0, 20.5, "P", vfont, val)
    pg.text(x0 + 16, 17, L["code"], font, lab, (70, 70, 90))
    pg.text(x0 + 16, 20.5, p["issuing"], vfont, val)
    pg.text(x0 + 46, 17, L["number"], font, lab, (70, 70, 90))
    pg.text(
        x0 + 46,
        20.5,
        p["number"],
        vfont,
        val + 0.6,
        (150, 20, 30) if rng.random() < 0.3 else (0, 0, 0),
    )
    rows = [
        (L["surname"], p.get("surname_print", p["surname"])),
        (L["given"], p.get("given_print", p["given_names"])),
        (L["nat"], p.get("nat_print", p["nationality"])),
    ]
    y = 24
    for lb, v in rows:
        pg.text(x0, y, lb, font, lab, (70, 70, 90))
        pg.text(x0, y + 3.6, v, vfont, val)
        y += 6.4
    pg.text(x0, y, L["dob"], font, lab, (70, 70, 90))
    pg.text(x0, y + 3.6, dmy_mon(p["dob"]) if lang != "uk" else fr(p["dob"]), vfont, val)
    pg.text(x0 + 48, y, L["sex"], font, lab, (70, 70, 90))
    pg.text(x0 + 48, y + 3.6, p["sex"], vfont, val)
    y += 6.4
    pg.text(x0, y, L["pob"], font, lab, (70, 70, 90))
    pg.text(x0, y + 3.6, p.get("pob", "").upper(), vfont, val)
    y += 6.4
    pg.text(x0, y, L["issue"], font, lab, (70, 70, 90))
    pg.text(x0, y + 3.6, dmy_mon(p["issue"]), vfont, val)
    pg.text(x0 + 48, y, L["authority"], font, lab, (70, 70, 90))
    pg.text(x0 + 48, y + 3.6, auth, vfont, val - 1.2)
    y += 6.4
    pg.text(x0, y, L["expiry"], font, lab, (70, 70, 90))
    pg.text(x0, y + 3.6, dmy_mon(p["expiry"]), vfont, val)
    pg.image(
        8, 58, 24, 8, signature_image(p["given_names"] + " " + p["surname"], rng.randrange(999))
    )
    lines = td3(p, bad=bad_mrz)
    pg.rect(0, 70, TD3[0], 18, stroke=None, fill=tuple(min(255, c + 10) for c in bg))
    pg.text(4, 77.5, lines[0], "ocrb", 9.3)
    pg.text(4, 84.5, lines[1], "ocrb", 9.3)
    return [pg]


VISA_CAT = {
    "salarié": "VLS-TS SALARIE",
    "étudiant": "VLS-TS ETUDIANT",
    "vie privée et familiale": "VLS-TS VIE PRIVEE ET FAMILIALE",
    "conjoint de Français": "VLS-TS CONJOINT DE FRANCAIS",
    "visiteur": "VLS-TS VISITEUR",
    "passeport talent": "PASSEPORT TALENT",
}


def visa_sticker(v: dict, rng: random.Random, bad_mrz=False) -> list[Page]:
    """French Schengen-format sticker. v: number, surname, given_names, nationality, dob, sex,
    valid_from, valid_until, visa_type (D/C), category, issued_in, issue, passport_no, vls_ts."""
    pg = Page(*MRV, bg=(238, 236, 244), card=True)
    pg.image(
        0,
        0,
        MRV[0],
        MRV[1],
        guilloche(rng.randrange(9999), 480, 320, (238, 236, 244), (214, 200, 226)),
    )
    pg.image(3, 14, 26, 33, face_image(rng.randrange(9999), 260, 330))
    f, vf = "cond", rng.choice(["cond_b", "dmono", "dsans_b"])
    pg.text(40, 6, "VISA", "dsans_b", 11, (30, 40, 110))
    pg.text(112, 6, "FRA" if rng.random() < 0.5 else "", "dsans_b", 9, (30, 40, 110), "r")
    pg.text(68, 6, f"N° {v['number']}", "dmono", 8, (170, 20, 40))
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE" if v["visa_type"] == "D" else "ETATS SCHENGEN", 32),
        ("DU / FROM", fr(v["valid_from"]).replace("/", "-"), 32),
        ("AU / UNTIL", fr(v["valid_until"]).replace("/", "-"), 64),
        ("TYPE DE VISA / TYPE OF VISA", v["visa_type"], 32),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 64),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", f"{v.get('days', 365)} JOURS", 32),
        ("DÉLIVRÉ À / ISSUED IN", v["issued_in"].upper(), 64),
        ("LE / ON", fr(v["issue"]).replace("/", "-"), 96),
        ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"], 32),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given_names']}", 32),
        ("REMARQUES / REMARKS", v["remarks"], 32),
    ]
    y = 12
    for i, (lb, val, x) in enumerate(rows):
        if x == 32 and i:
            y += 5.2
        pg.text(x, y, lb, f, 3.2, (80, 60, 110))
        pg.text(x, y + 3.0, val, vf, 6.0 if len(val) < 30 else 5.2)
    for i, line in enumerate(v.get("remarks2", [])):
        pg.text(32, y + 6.5 + i * 3.2, line, vf, 5.2)
    lines = mrva(v, "VD" if v["visa_type"] == "D" else "VC", bad=bad_mrz)
    pg.text(3, 70.5, lines[0], "ocrb", 8.7)
    pg.text(3, 76.5, lines[1], "ocrb", 8.7)
    return [pg]


def residence_card(t: dict, rng: random.Random, bad_mrz=False) -> list[Page]:
    """French titre de séjour (ID-1, 2020 model). Front + back."""
    bg = (236, 238, 232)
    fr_ = Page(*ID1, bg=bg, card=True)
    fr_.image(0, 0, ID1[0], ID1[1], guilloche(rng.randrange(9999), 428, 270, bg, (206, 214, 226)))
    fr_.rect(0, 0, 85.6, 7, stroke=None, fill=(36, 60, 140))
    fr_.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "dsans_b", 5.5, (255, 255, 255))
    fr_.text(83, 4.8, "TITRE DE SÉJOUR", "dsans_b", 5.5, (255, 255, 255), "r")
    fr_.image(3, 11, 22, 28, face_image(rng.randrange(9999), 220, 280))
    fr_.text(28, 10.5, "N°", "cond", 3.5, (90, 90, 90))
    fr_.text(33, 10.5, t["number"], "dmono", 6, (0, 0, 0))
    f, vf = "cond", "dsans_b"
    rows = [
        ("NOM / SURNAME", t["surname"]),
        ("PRÉNOMS / GIVEN NAMES", t["given_names"]),
        ("SEXE / SEX   NATIONALITÉ / NATIONALITY", f"{t['sex']}        {t['nationality']}"),
        ("DATE DE NAISSANCE / DATE OF BIRTH", fr(t["dob"]).replace("/", " ")),
        ("TYPE DE TITRE / TYPE OF PERMIT", t["kind"]),
        ("MENTION / REMARKS", t["mention"]),
        ("VALABLE JUSQU'AU / VALID UNTIL", fr(t["expiry"]).replace("/", " ")),
    ]
    y = 14
    for lb, val in rows:
        fr_.text(28, y, lb, f, 2.9, (80, 80, 100))
        fr_.text(28, y + 3.0, val, vf, 4.6 if len(val) < 26 else 3.8)
        y += 5.6
    fr_.image(4, 42, 20, 7, signature_image(t["surname"], rng.randrange(999)))
    back = Page(*ID1, bg=bg, card=True)
    back.image(0, 0, ID1[0], ID1[1], guilloche(rng.randrange(9999), 428, 270, bg, (214, 210, 226)))
    back.text(3, 5, "ADRESSE / ADDRESS", f, 3.0, (80, 80, 100))
    back.text(3, 8.2, t["address1"], vf, 4.2)
    back.text(3, 12.0, t["address2"], vf, 4.2)
    back.text(3, 17, "LIEU ET DATE DE DÉLIVRANCE / PLACE AND DATE OF ISSUE", f, 3.0, (80, 80, 100))
    back.text(3, 20.4, f"{t['prefecture']}  {fr(t['issue'])}", vf, 4.2)
    back.text(3, 25, "LIEU DE NAISSANCE / PLACE OF BIRTH", f, 3.0, (80, 80, 100))
    back.text(3, 28.4, t.get("pob", ""), vf, 4.2)
    lines = td1(t, "IR", bad=bad_mrz)
    for i, line in enumerate(lines):
        back.text(3.5, 39 + i * 5.1, line, "ocrb", 8.4)
    return [fr_, back]


ID_CFG = {
    "ITA": ("REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ", "it", (238, 228, 236), "C<"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ", "fr", (232, 236, 246), "ID"),
    "ESP": ("REINO DE ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD", "es", (236, 232, 222), "ID"),
    "PRT": ("REPÚBLICA PORTUGUESA", "CARTÃO DE CIDADÃO", "pt", (230, 238, 232), "I<"),
    "DEU": ("BUNDESREPUBLIK DEUTSCHLAND", "PERSONALAUSWEIS", "de", (236, 238, 228), "ID"),
    "BEL": ("BELGIQUE • BELGIË • BELGIEN", "CARTE D'IDENTITÉ", "fr", (240, 234, 228), "ID"),
    "ROU": ("ROMÂNIA", "CARTE DE IDENTITATE", "en", (232, 238, 240), "ID"),
}


def id_card(t: dict, rng: random.Random, bad_mrz=False) -> list[Page]:
    country, title, lang, bg, code = ID_CFG[t["issuing"]]
    L = _labels(lang)
    fr_ = Page(*ID1, bg=bg, card=True)
    fr_.image(0, 0, ID1[0], ID1[1], guilloche(rng.randrange(9999), 428, 270, bg))
    fr_.text(42.8, 4.5, country, "dsans_b", 4.6, (40, 40, 80), "m")
    fr_.text(42.8, 8.3, title + " / IDENTITY CARD", "dsans", 3.8, (40, 40, 80), "m")
    fr_.image(3, 12, 22, 28, face_image(rng.randrange(9999), 220, 280))
    vf = rng.choice(["dsans_b", "cond_b", "dmono"])
    rows = [
        (L["surname"], t.get("surname_print", t["surname"])),
        (L["given"], t["given_names"]),
        (L["sex"] + "   " + L["nat"], f"{t['sex']}     {t['nationality']}"),
        (L["dob"], fr(t["dob"]).replace("/", " ")),
        (L["number"].replace("Passport No.", "Document No."), t["number"]),
        (L["expiry"], fr(t["expiry"]).replace("/", " ")),
    ]
    y = 13
    for lb, val in rows:
        fr_.text(28, y, lb, "cond", 2.7, (90, 80, 100))
        fr_.text(28, y + 3.0, val, vf, 4.6)
        y += 6.0
    fr_.image(30, 47, 18, 6, signature_image(t["surname"], rng.randrange(999)))
    back = Page(*ID1, bg=bg, card=True)
    back.image(0, 0, ID1[0], ID1[1], guilloche(rng.randrange(9999), 428, 270, bg))
    back.text(3, 5, L["pob"], "cond", 2.8, (90, 80, 100))
    back.text(3, 8.2, t.get("pob", ""), vf, 4.2)
    back.text(3, 13, L["issue"], "cond", 2.8, (90, 80, 100))
    back.text(3, 16.2, fr(t["issue"]), vf, 4.2)
    if t.get("address"):
        back.text(40, 5, "Adresse / Address", "cond", 2.8, (90, 80, 100))
        for i, a in enumerate(t["address"]):
            back.text(40, 8.2 + i * 3.6, a, vf, 3.8)
    for i, line in enumerate(td1(t, code, bad=bad_mrz)):
        back.text(3.5, 39 + i * 5.1, line, "ocrb", 8.4)
    return [fr_, back]


def recepisse(t: dict, rng: random.Random) -> list[Page]:
    """Récépissé de demande de titre de séjour (A4, photo, no MRZ)."""
    pg = Page()
    pg.text(20, 20, "RÉPUBLIQUE FRANÇAISE", "dsans_b", 10)
    pg.text(20, 25, "Liberté • Égalité • Fraternité", "serif_i", 8)
    pg.text(190, 20, t["prefecture"].upper(), "dsans_b", 9, anchor="r")
    pg.text(105, 45, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "dsans_b", 13, anchor="m")
    pg.text(105, 52, t.get("kind", "Première demande"), "dsans", 10, anchor="m")
    pg.text(150, 62, f"N° {t['number']}", "dmono", 10)
    pg.image(20, 62, 30, 38, face_image(rng.randrange(9999)))
    rows = [
        ("Nom", t["surname"]),
        ("Prénom(s)", t["given_names"]),
        ("Né(e) le", fr(t["dob"])),
        ("à", t.get("pob", "")),
        ("Nationalité", t.get("nat_print", t["nationality"])),
        ("Adresse", t["address1"]),
        ("", t["address2"]),
        ("Motif", t["mention"]),
    ]
    y = 110
    for lb, val in rows:
        pg.text(20, y, lb, "sans", 10)
        pg.text(60, y, val, "sans_b", 10)
        y += 7
    y += 4
    y = pg.para(
        20,
        y,
        "Le présent récépissé, d'une durée de validité de six mois, autorise son titulaire "
        "à séjourner en France. Il est valable jusqu'au "
        f"{fr(t['expiry'])} et autorise son titulaire à travailler.",
        170,
        "sans",
        10,
        5,
    )
    pg.text(20, y + 8, f"Délivré le {fr(t['issue'])}", "sans", 10)
    pg.text(130, y + 8, "Pour le Préfet,", "sans", 10)
    pg.image(125, y + 12, 45, 45, stamp_image(["PRÉFECTURE", "SERVICE", "DES ÉTRANGERS"], 7))
    pg.image(130, y + 25, 40, 14, signature_image("Agent Prefecture", rng.randrange(999)))
    return [pg]


def id_fields(t: dict, kind: str, bad=False) -> dict:
    out = {
        "surname": t.get("surname_print", t["surname"]),
        "given_names": t.get("given_print", t["given_names"]),
        "document_number": t["number"],
        "nationality": t["nationality"],
        "issuing_country": t["issuing"],
        "date_of_birth": t["dob"],
        "sex": t["sex"],
        "expiry_date": t["expiry"],
        "mrz_valid": None if kind == "recepisse" else (not bad),
    }
    if kind == "visa":
        out.update(
            visa_type=t["visa_type"],
            vls_ts=t["vls_ts"],
            category=t.get("category"),
            valid_from=t["valid_from"],
            valid_until=t["valid_until"],
        )
    return out


def expired(t: dict, as_of: str) -> bool:
    return d(t["expiry"]) < d(as_of)
