"""Apostilles (Hague 1961 model, 10 numbered items) and sworn translations."""

from __future__ import annotations

from gen_codes import MONTHS_EN, digits, fr
from gen_core import Page
from gen_draw import guilloche, qr_img, stamp_img

LAB = {
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
        "No",
        "Seal / stamp:",
        "Signature:",
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
        "na qualidade de",
        "tem o selo / carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo / carimbo:",
        "Assinatura:",
    ],
}


def apostille(
    rng,
    country,
    cname,
    signed_by,
    capacity,
    seal_of,
    at,
    on,
    by,
    number,
    langs,
    style="box",
    official="",
    extra_head="",
    ink=(40, 50, 140),
):
    """langs: list of label languages shown together ("en", "fr"...).

    style: "box" (certificate on its own sheet), "sticker" (small label with QR, e-apostille),
    "stamp" (rectangular rubber stamp filled by hand, on a sheet of its own).
    """
    pg = Page(bg=(252, 252, 250))
    if style == "sticker":
        x0, y0, w, h = 25, 30, 160, 150
        pg.rect(x0, y0, w, h, (60, 60, 60), (246, 244, 236), 0.4)
        guilloche(pg, x0, y0, w, h, (226, 222, 206), rng, n=24, lw=0.12, amp=5)
    elif style == "stamp":
        x0, y0, w, h = 30, 40, 150, 120
        pg.rect(x0, y0, w, h, ink, None, 0.8, 2)
    else:
        x0, y0, w, h = 18, 22, 174, 210
        pg.rect(x0, y0, w, h, (80, 70, 40), None, 1.0)
        pg.rect(x0 + 2, y0 + 2, w - 4, h - 4, (80, 70, 40), None, 0.3)
    cx = x0 + w / 2
    col = ink if style == "stamp" else (10, 10, 10)
    y = y0 + 10
    if extra_head:
        pg.text(cx, y, extra_head, "serif-b", 9, col, anchor="m")
        y += 6
    pg.text(cx, y + 2, "APOSTILLE", "serif-b", 17, col, anchor="m")
    y += 9
    pg.text(cx, y, "(Convention de La Haye du 5 octobre 1961)", "serif-i", 9, col, anchor="m")
    y += 10
    lg0 = langs[0]
    if lg0 == "en":
        dtxt = f"{on.day} {MONTHS_EN[on.month - 1]} {on.year}"
    elif lg0 in ("es", "pt"):
        dtxt = on.strftime("%d/%m/%Y")
    else:
        dtxt = fr(on)
    vals = [cname, signed_by, capacity, seal_of, at, dtxt, by, number]
    lab = lambda i: " / ".join(LAB[lg][i] for lg in langs)  # noqa: E731
    hand = style == "stamp"
    lead = 7.5 if len(langs) == 1 else 9.5
    vf = "h-breip" if hand else ("mono-b" if style == "sticker" else "serif-b")
    items = [
        ("1.", 0, 0),
        ("", 1, None),
        ("2.", 2, 1),
        ("3.", 3, 2),
        ("4.", 4, 3),
        ("", 5, None),
        ("5.", 6, 4),
        ("6.", 7, 5),
        ("7.", 8, 6),
        ("8.", 9, 7),
    ]
    for num, li, vi in items:
        ls = 7.2 if len(langs) > 1 else 8.5
        pg.text(x0 + 6, y, num, "serif-b", 9, col)
        lw = pg.text(x0 + 12, y, lab(li), "serif", ls, col)
        if vi is not None:
            v = vals[vi]
            vx = x0 + 14 + lw if lw < w * 0.55 else x0 + 14
            vy = y if lw < w * 0.55 else y + 4.5
            if hand:
                pg.hand(vx, vy, v, rng, "h-breip", 11)
            else:
                pg.text(vx, vy, v, vf, 9.5, (10, 10, 10))
            if vy != y:
                y += 4.5
        else:
            pg.text(cx, y, "", "serif", 8)
        y += lead if vi is not None else lead * 0.9
    pg.text(x0 + 6, y + 4, "9.", "serif-b", 9, col)
    pg.text(x0 + 12, y + 4, lab(10), "serif", 8, col)
    pg.text(cx + 8, y + 4, "10.", "serif-b", 9, col)
    pg.text(cx + 14, y + 4, lab(11), "serif", 8, col)
    pg.image(
        x0 + 14,
        y + 7,
        36,
        36,
        stamp_img(seal_of.upper()[:30], ["APOSTILLE"], 34, ink, rng, ring2=cname.upper()[:14]),
    )
    pg.sign(cx + 10, y + 10, 55, 20, official or by, rng)
    if official:
        pg.text(cx + 12, y + 36, official, "serif", 8.5, (20, 20, 20))
    if style == "sticker":
        pg.image(x0 + w - 34, y0 + 4, 28, 28, qr_img(f"https://apostille.example/{number}"))
        pg.text(
            x0 + 4,
            y0 + h - 4,
            f"Código de verificación: {digits(rng, 4)}-{digits(rng, 4)}"
            if "es" in langs or "pt" in langs
            else f"Verification code: {digits(rng, 8)}",
            "mono",
            7,
        )
    fields = dict(country=country, issued_on=on.isoformat(), number=number, signed_by=signed_by)
    return [pg], fields


TRANSLATORS = [
    (
        "Nadia BELKACEM",
        "Traductrice-interprète expert près la Cour d'appel de Paris",
        "arabe",
        "12 rue de Lancry, 75010 Paris",
    ),
    (
        "Jorge MENDES",
        "Traducteur juré près la Cour d'appel de Lyon",
        "portugais",
        "4 quai Perrache, 69002 Lyon",
    ),
    (
        "Olga PETRENKO",
        "Traductrice expert près la Cour d'appel de Versailles",
        "ukrainien",
        "8 avenue de Paris, 78000 Versailles",
    ),
    (
        "Catherine O'NEILL",
        "Traductrice assermentée près la Cour d'appel de Paris",
        "anglais",
        "55 boulevard Magenta, 75010 Paris",
    ),
    (
        "Ana María RUIZ",
        "Traductrice-interprète expert près la Cour d'appel de Toulouse",
        "espagnol",
        "21 allées Jean Jaurès, 31000 Toulouse",
    ),
    (
        "LI Wei",
        "Traducteur expert près la Cour d'appel de Paris",
        "chinois",
        "102 avenue d'Ivry, 75013 Paris",
    ),
    (
        "Park Ji-won",
        "Traductrice expert près la Cour d'appel de Paris",
        "coréen",
        "17 rue Sainte-Anne, 75001 Paris",
    ),
    (
        "Ayşe KARACA",
        "Traductrice expert près la Cour d'appel de Strasbourg",
        "turc",
        "3 rue du Dôme, 67000 Strasbourg",
    ),
]


def translation(rng, src_lang, doc_title, rows_fr, signed_on, note="", ti=None):
    """Sworn translation into French of a civil-status document."""
    t = TRANSLATORS[ti] if ti is not None else next(x for x in TRANSLATORS if x[2] == src_lang)
    name, qual, lang, addr = t
    pg = Page(bg=(255, 255, 255))
    pg.text(20, 18, name, "serif-b", 12)
    pg.text(20, 23.5, qual, "serif-i", 9)
    pg.text(20, 28.5, addr, "serif", 9)
    pg.text(
        20,
        33.5,
        f"Tél. 01 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        "serif",
        9,
    )
    pg.line(20, 37, 190, 37, (0, 0, 0), 0.4)
    pg.text(
        105,
        48,
        f"TRADUCTION DE L'{lang.upper()} AU FRANÇAIS"
        if lang[0] in "aeiou"
        else f"TRADUCTION DU {lang.upper()} AU FRANÇAIS",
        "serif-b",
        12,
        anchor="m",
    )
    pg.text(105, 56, doc_title, "serif-b", 13, anchor="m")
    y = 70
    for lab, val in rows_fr:
        pg.text(25, y, lab, "serif", 10, (40, 40, 40))
        pg.text(85, y, val, "serif-b", 10.5)
        y += 8
    if note:
        y = pg.para(25, y + 4, 160, note, "serif-i", 9.5)
    y += 12
    y = pg.para(
        20,
        y,
        170,
        f"Je soussigné(e), {name}, {qual.lower()}, certifie que la présente "
        f"traduction est conforme à l'original rédigé en langue {lang} qui m'a été "
        "présenté.",
        "serif",
        10,
    )
    rep = f"{signed_on.year}/{rng.randint(100, 2999)}"
    pg.text(20, y + 6, f"N° de répertoire : {rep}", "serif", 9.5)
    pg.text(120, y + 14, f"Fait à {addr.split()[-1]}, le {fr(signed_on)}", "serif", 10)
    pg.image(
        30,
        y + 16,
        40,
        40,
        stamp_img(
            name.upper(),
            ["TRADUCTEUR", "EXPERT"],
            36,
            (40, 50, 150),
            rng,
            ring2="COUR D'APPEL DE " + addr.split()[-1].upper(),
        ),
    )
    pg.sign(130, y + 20, 50, 18, name, rng)
    pg.text(
        105,
        285,
        "Traduction certifiée conforme à l'original - page 1/1",
        "serif-i",
        8,
        (90, 90, 90),
        anchor="m",
    )
    return [pg], {}


def en_date(x) -> str:
    return f"{MONTHS_EN[x.month - 1]} {x.day}, {x.year}"
