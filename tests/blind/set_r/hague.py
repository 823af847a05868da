"""Hague apostilles (10 numbered items) and sworn translations."""

from __future__ import annotations

import random

from render import Page, signature_image, stamp_image

# ---------------------------------------------------------------- apostille

AP_LANG = {
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No.",
        "Seal/stamp:",
        "Signature:",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre:",
        "Firma:",
    ],
    "pt": [
        "País:",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo/carimbo:",
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
        "який виступає в якості",
        "скріплений печаткою/штампом",
        "Засвідчено",
        "в",
        "дата",
        "ким",
        "за №",
        "Печатка/штамп:",
        "Підпис:",
    ],
}


def apostille_pages(a: dict, seed: int) -> list[Page]:
    """a: country_name, lang, signer (item 2), capacity, seal_of, at, date, by (authority),
    by_name, number. The apostille is on its own sheet (stapled after the certificate)."""
    rng = random.Random(seed)
    L = AP_LANG[a["lang"]]
    en = AP_LANG["en"]
    bil = a["lang"] != "en" and rng.random() < 0.6
    p = Page(bg=rng.choice([(252, 252, 250), (246, 248, 240)]))
    x, y, w = 30 + rng.uniform(-6, 6), 35 + rng.uniform(-5, 15), 150
    h = 150 if not bil else 175
    p.rect(x, y, w, h, lw=0.6)
    p.rect(x + 1.5, y + 1.5, w - 3, h - 3, lw=0.25)
    p.text(x + w / 2, y + 12, "APOSTILLE", 16, "serif-b", anchor="c")
    p.text(
        x + w / 2, y + 18, "(Convention de La Haye du 5 octobre 1961)", 8.5, "serif-i", anchor="c"
    )
    yy = y + 28
    vals = [
        a["country_name"],
        a["signer"],
        a["capacity"],
        a["seal_of"],
        a["at"],
        a["date_text"],
        a["by"],
        a["number"],
    ]
    items = [
        (1, L[0], vals[0]),
        (None, L[1], ""),
        (2, L[2], vals[1]),
        (3, L[3], vals[2]),
        (4, L[4], vals[3]),
        (None, L[5], ""),
        (5, L[6], vals[4]),
        (6, L[7], vals[5]),
        (7, L[8], vals[6]),
        (8, L[9], vals[7]),
    ]
    font = "dejavuserif" if a["lang"] == "uk" else "serif"
    for num, lab, val in items:
        if num is None:
            p.text(x + w / 2, yy, lab, 9.5, font + "-b", anchor="c")
            yy += 7
            continue
        label = f"{num}. {lab}"
        if bil:
            p.text(x + 6, yy, label, 8.5, font)
            p.text(
                x + 10,
                yy + 3.6,
                en[[2, 3, 4, 5, 6, 7, 8, 9][num - 1] if num > 1 else 0],
                6.5,
                "serif-i",
                (90, 90, 90),
            )
        else:
            p.text(x + 6, yy, label, 8.5, font)
        p.line(x + 58, yy + 0.8, x + w - 6, yy + 0.8, (130, 130, 130), 0.2, dash=(0.6, 0.8))
        p.text(
            x + 60,
            yy - 0.3,
            val,
            8.8 if len(val) < 45 else 7,
            "dejavu" if a["lang"] == "uk" else "sans-b",
        )
        yy += 9 if bil else 7.5
    yy += 3
    p.text(x + 6, yy, "9. " + L[10], 8.5, font)
    p.text(x + 80, yy, "10. " + L[11], 8.5, font)
    p.img(
        x + 10,
        yy + 2,
        40,
        40,
        stamp_image([a["seal_text"]], a["country_name"].upper()[:26], (40, 40, 150), seed + 1),
    )
    p.img(x + 82, yy + 6, 50, 16, signature_image(a["by_name"], seed + 2))
    p.text(x + 82, yy + 28, a["by_name"], 7.5, "sans")
    if rng.random() < 0.5:
        p.text(
            105,
            285,
            f"Verify at e-apostille register - code {rng.randint(10**7, 10**8 - 1)}",
            6.5,
            "sans",
            (100, 100, 100),
            "c",
        )
    return [p]


# ---------------------------------------------------------------- sworn translation


def translation_pages(t: dict, seed: int) -> list[Page]:
    """t: lang_name (in French), translator, court, rows [(label, value)], city, date, rep_no."""
    rng = random.Random(seed)
    p = Page()
    font = rng.choice(["serif", "carlito", "caladea"])
    fb = font + "-b"
    p.text(20, 18, t["translator"], 10, fb)
    p.text(20, 23, f"Traducteur-interprète expert près la {t['court']}", 8.5, font)
    p.text(20, 27.5, t.get("address", "12 rue de la Paix, 75002 Paris"), 8.5, font)
    p.text(20, 32, "Tél. 01 42 60 " + f"{rng.randint(10, 99)} {rng.randint(10, 99)}", 8.5, font)
    p.text(190, 18, f"Répertoire n° {t['rep_no']}", 8.5, font, anchor="r")
    p.text(105, 48, "TRADUCTION CERTIFIÉE CONFORME", 13, fb, anchor="c")
    p.text(
        105,
        54,
        f"Traduit de la langue {t['lang_name']} vers la langue française",
        9,
        font,
        anchor="c",
    )
    y = 66
    p.text(105, y, t["title_fr"], 11.5, fb, anchor="c")
    y += 10
    for lab, val in t["rows"]:
        p.text(24, y, lab + " :", 9.5, font)
        p.text(88, y, val, 10, fb)
        y += 7.5
    y += 4
    p.para(
        24,
        y,
        162,
        "[Sceau de l'autorité émettrice] [Signature illisible] " + t.get("extra", ""),
        9,
        font + "-i" if font == "serif" else font,
    )
    y += 18
    p.para(
        24,
        y,
        162,
        f"Je soussigné(e), {t['translator']}, traducteur-interprète expert près la "
        f"{t['court']}, certifie que la traduction qui précède est conforme à l'original rédigé en "
        f"langue {t['lang_name']} qui m'a été présenté.",
        9.5,
        font,
    )
    y += 22
    p.text(120, y, f"{t['city']}, le {t['date']}", 9.5, font)
    p.img(
        118,
        y + 2,
        42,
        42,
        stamp_image(
            [t["translator"].upper()[:22], "EXPERT"],
            "TRADUCTEUR " + t["court"].upper()[:20],
            (30, 60, 140),
            seed,
        ),
    )
    p.img(140, y + 10, 45, 15, signature_image(t["translator"], seed + 1))
    return [p]
