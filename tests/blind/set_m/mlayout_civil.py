"""Civil-status layouts: birth certificates of many countries, apostilles (Hague model),
sworn translations."""

from __future__ import annotations

import random

from mcommon import en_words, es_words, fr, fr_words, pt_words
from mdata import BC
from mrender import Page, signature_image, stamp_image


def birth_certificate(b: dict, rng: random.Random) -> list[Page]:
    """b: country, surname, given_names, sex, dob, place, father, mother, regno, regdate."""
    c = BC[b["country"]]
    L = c["L"]
    pg = Page(bg=(252, 250, 244) if rng.random() < 0.5 else (255, 255, 255))
    serif = rng.random() < 0.5
    fn, fb = ("serif", "serif_b") if serif else ("dsans", "dsans_b")
    if c["lang"] in ("uk", "vi", "tr"):
        fn, fb = ("dserif", "dserif_b") if serif else ("dsans", "dsans_b")
    y = 20
    for i, h in enumerate(c["header"]):
        pg.text(
            105 if c["style"] != "lines" else 20,
            y,
            h,
            fb if i == 0 else fn,
            10 if i == 0 else 8.5,
            anchor="m" if c["style"] != "lines" else "l",
        )
        y += 5
    if c.get("ar"):
        pg.text(190, 20, c["ar"], "arabic", 11, anchor="r")
    y += 8
    pg.text(105, y, c["title"], fb, 14 if len(c["title"]) < 34 else 11.5, anchor="m")
    y += 12
    date = c["date"]
    sex_txt = {
        "en": {"M": "MALE", "F": "FEMALE"},
        "fr": {"M": "Masculin", "F": "Féminin"},
        "pt": {"M": "MASCULINO", "F": "FEMININO"},
        "es": {"M": "HOMBRE", "F": "MUJER"},
        "uk": {"M": "чоловіча", "F": "жіноча"},
        "tr": {"M": "Erkek", "F": "Kadın"},
        "it": {"M": "M", "F": "F"},
        "vi": {"M": "Nam", "F": "Nữ"},
    }[c["lang"]][b["sex"]]
    rows = [
        ("surname", b["surname"]),
        ("given", b["given_names"]),
        ("sex", sex_txt),
        ("dob", date(b["dob"])),
        ("place", b["place"]),
        ("father", b["father"]),
        ("mother", b["mother"]),
        ("regno", b["regno"]),
        ("regdate", date(b["regdate"])),
    ]
    style = c["style"]
    if style == "table":
        pg.rect(18, y - 6, 174, 10 * len(rows) + 2)
        for i, (k, v) in enumerate(rows):
            yy = y + i * 10
            if i:
                pg.line(18, yy - 6, 192, yy - 6)
            pg.text(21, yy, L[k], fn, 7.5, (60, 60, 60))
            pg.text(85, yy + 1, v, fb, 10)
        pg.line(82, y - 6, 82, y - 6 + 10 * len(rows) + 2)
        y += 10 * len(rows) + 6
    elif style == "boxes":
        for i in range(0, len(rows), 2):
            for j, (k, v) in enumerate(rows[i : i + 2]):
                x = 18 + j * 88
                pg.rect(x, y - 5, 86, 14)
                pg.text(x + 2, y - 1.5, L[k], fn, 6.5, (70, 70, 70))
                pg.text(x + 3, y + 5.5, v, fb, 9.5 if len(v) < 36 else 7.5)
            y += 16
        y += 6
    elif style == "columns":
        cols = [
            ("No.", 12),
            ("dob", 32),
            ("surname", 34),
            ("sex", 12),
            ("father", 32),
            ("mother", 34),
            ("regdate", 26),
        ]
        vals = {
            "No.": b["regno"],
            "dob": date(b["dob"]) + "\n" + b["place"],
            "surname": b["given_names"] + "\n" + b["surname"],
            "sex": sex_txt.title(),
            "father": b["father"],
            "mother": b["mother"],
            "regdate": date(b["regdate"]),
        }
        x = 10
        pg.rect(10, y - 6, 182, 60, stroke=(150, 40, 60), width=0.35)
        for k, w in cols:
            pg.line(x, y - 6, x, y + 54, color=(150, 40, 60))
            lbl = L.get(k, k) if k != "No." else "No."
            pg.para(x + 1, y - 2, lbl, w - 2, fn, 6, 2.6, (150, 40, 60))
            for j, part in enumerate(vals[k].split("\n")):
                pg.para(x + 1, y + 16 + j * 8, part, w - 2, "hand2", 9, 3.6, (20, 20, 20))
            x += w
        y += 62
    elif style == "narrative":
        if b["country"] == "CHN":
            txt = (
                f"({b['regno']}) Applicant: {b['given_names']} {b['surname']}, "
                f"{'male' if b['sex'] == 'M' else 'female'}. This is to certify that "
                f"{b['surname']} {b['given_names']} was born on {date(b['dob'])} in "
                f"{b['place']}. {b['surname']} {b['given_names']}'s father is {b['father']} "
                f"and mother is {b['mother']}."
            )
        else:
            txt = (
                f"Acte N° {b['regno']}. L'an {b['dob'][:4]}, par-devant nous, Officier de l'État "
                f"Civil, a comparu le sieur {b['father']}, lequel nous a déclaré que le "
                f"{date(b['dob'])}, est né(e) à {b['place']}, un enfant de sexe {sex_txt.lower()}, "
                f"qu'il a nommé {b['given_names']} {b['surname']}, fils/fille du comparant et "
                f"de la dame {b['mother']}. Dressé le {date(b['regdate'])}."
            )
        y = pg.para(22, y, txt, 166, fn, 11, 6.5) + 6
    else:  # lines with dotted leaders
        for k, v in rows:
            lab = L[k] + " :"
            pg.text(22, y, lab, fn, 10)
            wlab = pg.width_of(lab, fn, 10)
            pg.line(24 + wlab, y + 0.5, 188, y + 0.5, 0.2, (120, 120, 120), dash=True)
            pg.text(28 + wlab, y - 0.3, v, fb, 10.5)
            y += 9
        y += 4
    if b.get("mentions", True):
        pg.text(
            22,
            y,
            {
                "fr": "Mentions marginales : néant",
                "en": "Remarks: none",
                "es": "Notas marginales: ninguna",
                "pt": "Averbações: nada consta",
                "it": "Annotazioni: nessuna",
                "uk": "Відмітки: немає",
                "tr": "Açıklama: yok",
                "vi": "Ghi chú: không",
            }[c["lang"]],
            fn,
            8.5,
        )
    y += 12
    place_issue = b.get("issued_at", "")
    pg.text(120, y, f"{place_issue} {date(b['issued_on'])}".strip(), fn, 9.5)
    pg.text(120, y + 6, c["officer"], fn, 8.5)
    pg.image(70, y - 10, 42, 42, stamp_image(c["stamp"], rng.randrange(999)))
    pg.image(
        125,
        y + 9,
        45,
        15,
        signature_image(b.get("officer_name") or rng.choice(OFFICERS), rng.randrange(999)),
    )
    return [pg]


OFFICERS = [
    "M. Haddad",
    "A. Santos",
    "R. Diallo",
    "K. Ivanenko",
    "L. Moreno",
    "T. Nguyen",
    "S. Brennan",
    "F. Rossi",
    "H. Yilmaz",
    "P. Okeke",
]

APOS_LANG = {
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal / stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No.",
        "Seal / stamp:",
        "Signature:",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello / timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello / timbre:",
        "Firma:",
    ],
    "pt": [
        "País:",
        "O presente documento público",
        "foi assinado por",
        "agindo na qualidade de",
        "tem o selo / carimbo de",
        "Reconhecido",
        "em",
        "em",
        "por",
        "sob o nº",
        "Selo / carimbo:",
        "Assinatura:",
    ],
    "fr": [
        "Pays :",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau / timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau / timbre :",
        "Signature :",
    ],
    "uk": [
        "Країна:",
        "Цей офіційний документ",
        "підписаний",
        "який діє як",
        "скріплений печаткою / штампом",
        "Засвідчено",
        "в",
        "дата",
        "ким",
        "№",
        "Печатка / штамп:",
        "Підпис:",
    ],
}


def apostille(a: dict, rng: random.Random, on_own_page=True) -> list[Page]:
    """Hague model, 10 numbered items. a: lang, country, signer, capacity, seal, place,
    issued_on, authority, number, official."""
    T = APOS_LANG[a["lang"]]
    pg = Page(bg=(255, 255, 255))
    x0, y0 = rng.uniform(25, 45), rng.uniform(25, 60)
    w = 125
    fn, fb = rng.choice([("serif", "serif_b"), ("dsans", "dsans_b"), ("dserif", "dserif_b")])
    pg.rect(x0, y0, w, 128, width=0.5)
    pg.text(x0 + w / 2, y0 + 10, "APOSTILLE", fb, 15, anchor="m")
    pg.text(x0 + w / 2, y0 + 16, "(Convention de La Haye du 5 octobre 1961)", fn, 8.5, anchor="m")
    date = {"en": en_words, "es": es_words, "pt": pt_words}.get(a["lang"], fr)
    items = [
        (f"1. {T[0]}", a["country_print"]),
        (T[1], ""),
        (f"2. {T[2]}", a["signer"]),
        (f"3. {T[3]}", a["capacity"]),
        (f"4. {T[4]}", a["seal"]),
        (T[5], ""),
        (f"5. {T[6]}", a["place"]),
        (f"6. {T[7]}", date(a["issued_on"])),
        (f"7. {T[8]}", a["authority"]),
        (f"8. {T[9]}", a["number"]),
    ]
    y = y0 + 26
    hand = a.get("hand", False)
    for lb, v in items:
        pg.text(x0 + 5, y, lb, fb if not v else fn, 8.5)
        if v:
            xv = x0 + 7 + pg.width_of(lb, fn, 8.5)
            if hand:
                pg.hand(xv, y, v, 10, (25, 25, 80), "hand1", rng.randrange(9999))
            else:
                pg.text(xv, y, v, "mono" if rng.random() < 0.3 else fb, 8.3 if len(v) < 50 else 7)
        y += 8
    pg.text(x0 + 5, y + 6, f"9. {T[10]}", fn, 8.5)
    pg.text(x0 + 68, y + 6, f"10. {T[11]}", fn, 8.5)
    pg.image(x0 + 10, y + 8, 36, 36, stamp_image(a["stamp"], rng.randrange(999), (120, 30, 50)))
    pg.image(x0 + 72, y + 12, 40, 14, signature_image(a["official"], rng.randrange(999)))
    pg.text(x0 + 72, y + 32, a["official"], fn, 7.5)
    return [pg]


def translation(t: dict, rng: random.Random) -> list[Page]:
    """Sworn translation into French of a birth certificate. t: translator, court, src_lang,
    rep_no, date, b (the certificate dict), title_fr."""
    b = t["b"]
    pg = Page()
    fn, fb = rng.choice([("sans", "sans_b"), ("serif", "serif_b")])
    pg.text(20, 18, t["translator"], fb, 10)
    pg.text(20, 23, "Traducteur-interprète expert", fn, 8.5)
    pg.text(20, 27.5, f"près la {t['court']}", fn, 8.5)
    pg.text(20, 32, t["addr"], fn, 8.5)
    pg.text(190, 18, f"Répertoire n° {t['rep_no']}", fn, 8.5, anchor="r")
    pg.text(105, 48, "TRADUCTION CERTIFIÉE CONFORME", fb, 12, anchor="m")
    pg.text(105, 54, f"(de la langue {t['src_lang_fr']} vers le français)", fn, 9, anchor="m")
    y = 66
    pg.text(105, y, t["title_fr"], fb, 11, anchor="m")
    y += 10
    sex = {"M": "Masculin", "F": "Féminin"}[b["sex"]]
    rows = [
        ("Nom", t.get("surname_latin", b["surname"])),
        ("Prénom(s)", t.get("given_latin", b["given_names"])),
        ("Sexe", sex),
        ("Date de naissance", fr_words(b["dob"])),
        ("Lieu de naissance", t.get("place_fr", b["place"])),
        ("Père", t.get("father_latin", b["father"])),
        ("Mère", t.get("mother_latin", b["mother"])),
        ("N° d'enregistrement", b["regno"]),
        ("Date d'enregistrement", fr(b["regdate"])),
    ]
    for k, v in rows:
        pg.text(25, y, k + " :", fn, 10)
        pg.text(80, y, v, fb, 10)
        y += 7.5
    y += 4
    y = pg.para(
        25,
        y,
        "[Sceau et signature de l'officier de l'état civil] — [Mentions : néant]",
        160,
        "serif_i",
        9,
        5,
    )
    y += 8
    y = pg.para(
        25,
        y,
        f"Je soussigné(e) {t['translator']}, traducteur-interprète expert près la {t['court']}, "
        f"certifie que la présente traduction est conforme à l'original rédigé en langue "
        f"{t['src_lang_fr']} qui m'a été présenté.",
        160,
        fn,
        9.5,
        5,
    )
    pg.text(120, y + 8, f"Fait à {t['city']}, le {fr(t['date'])}", fn, 9.5)
    pg.image(
        30,
        y + 4,
        44,
        44,
        stamp_image([t["translator"].upper()[:22], "TRADUCTEUR", "EXPERT"], rng.randrange(999)),
    )
    pg.image(125, y + 12, 45, 15, signature_image(t["translator"], rng.randrange(999)))
    return [pg]
