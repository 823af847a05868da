"""Hague apostilles and sworn translations."""

from __future__ import annotations

import random

import util as U
from render import Page

AP_LANG = {
    "en": [
        "Country",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "CERTIFIED",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp",
        "Signature",
    ],
    "es": [
        "País",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "CERTIFICADO",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre",
        "Firma",
    ],
    "pt": [
        "País",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "RECONHECIDO",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo/carimbo",
        "Assinatura",
    ],
    "fr": [
        "Pays",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau/timbre de",
        "ATTESTÉ",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau/timbre",
        "Signature",
    ],
    "uk": [
        "Країна",
        "Цей офіційний документ",
        "підписаний",
        "який діє як",
        "скріплений печаткою/штампом",
        "ЗАСВІДЧЕНО",
        "в",
        "дата",
        "ким",
        "за №",
        "Печатка/штамп",
        "Підпис",
    ],
    "tr": [
        "Ülke",
        "Bu resmi belge",
        "imzalayan",
        "sıfatı",
        "mühür/damga sahibi",
        "TASDİK",
        "yer",
        "tarih",
        "tasdik eden",
        "sayı",
        "Mühür/damga",
        "İmza",
    ],
}


def apostille(rng: random.Random, doc: dict):
    lang = doc.get("lang", "en")
    lb = AP_LANG[lang]
    en = AP_LANG["en"]
    bil = lang != "en"
    pg = Page(210, 297, bg=(255, 255, 255))
    bx, by, bw = rng.uniform(22, 40), rng.uniform(25, 60), 130
    pg.rect(bx, by, bw, 150, stroke=(30, 30, 30), lw=0.6)
    pg.text(bx + bw / 2, by + 12, "APOSTILLE", "times-b", 18, anchor="m")
    pg.text(
        bx + bw / 2, by + 19, "(Convention de La Haye du 5 octobre 1961)", "times-i", 9, anchor="m"
    )
    y = by + 30
    lf = rng.choice(["times", "arial", "sans"])
    vf = rng.choice(["courier-b", "arial-b", "times-b"])

    def lab(i):
        return f"{lb[i]} / {en[i]}" if bil else lb[i]

    items = [(1, lab(0), doc["country_name"])]
    pg.text(bx + 5, y, f"1. {lab(0)}:", lf, 8.5)
    pg.text(bx + 62, y, doc["country_name"], vf, 9.5)
    y += 7
    pg.text(bx + 5, y, lab(1), lf, 8.5)
    y += 7
    for n, i, v in [
        (2, 2, doc["doc_signer"]),
        (3, 3, doc["doc_capacity"]),
        (4, 4, doc["doc_seal"]),
    ]:
        pg.text(bx + 5, y, f"{n}. {lab(i)}", lf, 8.5)
        pg.text(bx + 10, y + 5, v, vf, 9.5)
        y += 12
    pg.text(bx + bw / 2, y + 2, lab(5), "times-b", 11, anchor="m")
    y += 10
    pg.text(bx + 5, y, f"5. {lab(6)}", lf, 8.5)
    pg.text(bx + 30, y, doc["place"], vf, 9.5)
    pg.text(bx + 70, y, f"6. {lab(7)}", lf, 8.5)
    pg.text(bx + 92, y, U.fr(doc["issued"]).replace("/", "." if lang == "uk" else "/"), vf, 9.5)
    y += 9
    pg.text(bx + 5, y, f"7. {lab(8)}", lf, 8.5)
    pg.text(bx + 10, y + 5, doc["signed_by"], vf, 9.5)
    y += 13
    pg.text(bx + 5, y, f"8. {lab(9)}", lf, 8.5)
    pg.text(bx + 45, y, doc["number"], vf, 9.5)
    y += 9
    pg.text(bx + 5, y, f"9. {lab(10)}", lf, 8.5)
    pg.text(bx + 70, y, f"10. {lab(11)}", lf, 8.5)
    pg.stamp(
        bx + 32,
        y + 18,
        13,
        [doc.get("seal_short", "APOSTILLE")],
        rng,
        color=(30, 50, 140),
        ring=doc["country_name"].upper()[:28],
    )
    pg.signature(bx + 72, y + 4, 50, 20, rng, doc["signed_by"].split()[-1])
    del items
    fields = dict(
        country=doc["country"],
        issued_on=doc["issued"],
        number=doc["number"],
        signed_by=doc["signed_by"],
    )
    return [pg], fields


def translation(rng: random.Random, p: dict, doc: dict):
    """Sworn translation into French of a birth certificate."""
    pg = Page(210, 297)
    tf = rng.choice(["times", "arial", "caladea"])
    pg.text(20, 18, doc["translator"], tf + "-b", 10)
    pg.text(20, 23, "Traducteur-interprète expert près la Cour d'appel de " + doc["court"], tf, 8.5)
    pg.text(20, 27.5, doc["tr_address"], tf, 8.5)
    pg.line(20, 31, 190, 31, (0, 0, 0), 0.4)
    pg.text(
        105,
        42,
        f"TRADUCTION DU {doc['from_lang'].upper()} VERS LE FRANÇAIS",
        tf + "-b",
        11,
        anchor="m",
    )
    pg.text(105, 49, f"[{doc['source_title']}]", tf, 9.5, anchor="m")
    y = 62
    for ln in doc.get("hdr", []):
        pg.text(105, y, ln, tf, 9.5, anchor="m")
        y += 5.5
    y += 6
    rows = [
        ("Nom", p["surname"].upper()),
        ("Prénom(s)", p["given"]),
        ("Sexe", "masculin" if p["sex"] == "M" else "féminin"),
        ("Date de naissance", U.fr_words(p["dob"])),
        ("Lieu de naissance", p["pob"]),
        ("Père", p["father"]),
        ("Mère", p["mother"]),
        ("Date d'enregistrement", U.fr_words(doc["registered"])),
        ("Acte n°", doc.get("act_no", "—")),
    ]
    for k, v in rows:
        pg.text(25, y, k + " :", tf, 10)
        pg.text(80, y, v, tf, 10)
        y += 7.5
    y += 6
    y = pg.para(
        20,
        y,
        "[Cachet rond : "
        + doc.get("seal_desc", "service de l'état civil")
        + "] [Signature illisible]",
        170,
        tf,
        9,
    )
    y += 10
    y = pg.para(
        20,
        y,
        "Traduction certifiée conforme à l'original rédigé en langue "
        f"{doc['from_lang_adj']}, présenté ne varietur. Traduction n° {doc['rep_no']}.",
        170,
        tf + "-b",
        9.5,
    )
    pg.text(120, y + 8, f"{doc['court']}, le {U.fr(doc['date'])}", tf, 10)
    pg.stamp(
        80,
        y + 34,
        17,
        [doc["translator"].split()[-1].upper(), "EXPERT"],
        rng,
        color=(20, 60, 140),
        ring="EXPERT PRÈS LA COUR D'APPEL DE " + doc["court"].upper(),
    )
    pg.signature(120, y + 14, 55, 22, rng, doc["translator"].split()[-1])
    return [pg], {}
