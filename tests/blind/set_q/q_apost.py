"""Hague apostilles and sworn translations."""

from q_core import Page, signature, stamp

APO_LANG = {
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
        "est revêtu du sceau/timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau/timbre :",
        "Signature :",
    ],
}


def apostille(
    rng,
    country_name,
    lang,
    signer,
    capacity,
    authority,
    city,
    issued,
    number,
    signed_by,
    full_page=True,
):
    """Hague apostille (10 numbered items). Page A4 (allonge) or a square stamp page."""
    L = APO_LANG.get(lang, APO_LANG["en"])
    pg = Page(210, 297) if full_page else Page(120, 120, bg=(250, 248, 240))
    ox, oy = (40, 40) if full_page else (6, 6)
    w = 130 if full_page else 108
    pg.rect(ox, oy, w, 108, (0, 0, 0), None, 0.8)
    pg.text(ox + w / 2, oy + 10, "APOSTILLE", "times-b", 16, (0, 0, 0), "c")
    pg.text(
        ox + w / 2,
        oy + 16,
        "(Convention de La Haye du 5 octobre 1961)",
        "times-i",
        8,
        (0, 0, 0),
        "c",
    )
    items = [
        (f"1. {L[0]}", country_name),
        (f"   {L[1]}", ""),
        (f"2. {L[2]}", signer),
        (f"3. {L[3]}", capacity),
        (f"4. {L[4]}", authority),
        (f"   {L[5]}", ""),
        (f"5. {L[6]}", city),
        (
            f"6. {L[7]}",
            issued.strftime("%d/%m/%Y") if lang != "en" else issued.strftime("%d %B %Y"),
        ),
        (f"7. {L[8]}", signed_by),
        (f"8. {L[9]}", number),
    ]
    y = oy + 26
    for lb, v in items:
        pg.text(ox + 4, y, lb, "times", 9)
        if v:
            pg.text(ox + 4 + 50, y, v, "times-b", 9.5)
        y += 6.3
    pg.text(ox + 4, y + 4, f"9. {L[10]}", "times", 9)
    pg.text(ox + w / 2 + 4, y + 4, f"10. {L[11]}", "times", 9)
    stamp(pg, rng, ox + 30, y + 20, 11, country_name[:18].upper(), "APOSTILLE", "", (70, 40, 120))
    signature(pg, rng, ox + w / 2 + 6, y + 20, 36, signed_by, (20, 20, 70))
    return pg


def translation(
    rng,
    p,
    src_lang_fr,
    translator,
    court,
    rep_no,
    done_on,
    city,
    body_rows,
    title="ACTE DE NAISSANCE",
):
    """Sworn translation into French (traduction certifiée conforme)."""
    pg = Page(210, 297)
    pg.text(20, 18, translator, "times-b", 11)
    pg.text(20, 23, "Traducteur-interprète expert près la " + court, "times-i", 9)
    pg.text(
        20,
        28,
        f"{city} — tél. 06 {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
        "times",
        9,
    )
    pg.line(20, 32, 190, 32, (0, 0, 0), 0.4)
    pg.text(
        105,
        44,
        f"TRADUCTION DU {src_lang_fr.upper()} VERS LE FRANÇAIS",
        "times-b",
        11,
        (0, 0, 0),
        "c",
    )
    pg.text(105, 56, title, "times-b", 14, (0, 0, 0), "c")
    y = 70
    for lb, v in body_rows:
        pg.text(25, y, lb + " :", "times", 11)
        pg.text(85, y, v, "times-b", 11)
        y += 8
    y += 10
    y = pg.para(
        25,
        y,
        f"Je soussigné(e), {translator}, traducteur-interprète expert près la "
        f"{court}, certifie que la présente traduction est conforme à l'original "
        f"rédigé en langue {src_lang_fr.lower()} qui m'a été présenté.",
        160,
        "times",
        10.5,
    )
    pg.text(25, y + 6, f"Traduction n° {rep_no} inscrite au répertoire.", "times", 10)
    pg.text(25, y + 14, f"Fait à {city}, le {done_on.strftime('%d/%m/%Y')}", "times", 10.5)
    pg.text(105, y + 24, "TRADUCTION CERTIFIÉE CONFORME", "times-b", 11, (0, 0, 0), "c")
    stamp(
        pg,
        rng,
        70,
        y + 48,
        17,
        translator.upper()[:22],
        "EXPERT TRADUCTEUR",
        src_lang_fr[:3].upper(),
        (30, 60, 150),
    )
    signature(pg, rng, 125, y + 50, 45, translator, (20, 20, 90))
    return pg
