"""Apostilles (Hague Convention model, 10 numbered items) and sworn translations."""

from __future__ import annotations

import checks as ck
from ids import label
from tk import (
    A4,
    Page,
    fit,
    guilloche,
    line,
    para,
    qr,
    rect,
    signature,
    stamp,
    txt,
    vgrad,
)

W, H = A4
INK = (0.08, 0.08, 0.1)

ITEMS = {
    "en": [
        "Country",
        "This public document has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp",
        "Signature",
    ],
    "fr": [
        "Pays",
        "Le présent acte public a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau/timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau/timbre",
        "Signature",
    ],
    "es": [
        "País",
        "El presente documento público ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre",
        "Firma",
    ],
    "pt": [
        "País",
        "Este documento público foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo/carimbo",
        "Assinatura",
    ],
    "tr": [
        "Ülke",
        "Bu resmi belgeyi imzalayan",
        "sıfatı",
        "taşıdığı mühür/damga",
        "Onaylanmıştır",
        "yer",
        "tarih",
        "onaylayan makam",
        "sayı",
        "Mühür/damga",
        "İmza",
    ],
    "uk": [
        "Країна",
        "Цей офіційний документ підписаний",
        "який діє як",
        "скріплений печаткою/штампом",
        "Засвідчено",
        "в",
        "дата",
        "ким",
        "за №",
        "Печатка/штамп",
        "Підпис",
    ],
    "zh": [
        "国家",
        "本公文书由",
        "以...身份",
        "盖有...印章",
        "证明",
        "于",
        "日期",
        "签发机关",
        "编号",
        "印章",
        "签名",
    ],
    "ar": [
        "البلد",
        "هذه الوثيقة العمومية موقعة من طرف",
        "بصفته",
        "مختومة بطابع",
        "مصادق عليه",
        "في",
        "بتاريخ",
        "من طرف",
        "تحت رقم",
        "الطابع",
        "التوقيع",
    ],
}
TITLE = {
    "en": "APOSTILLE",
    "fr": "APOSTILLE",
    "es": "APOSTILLA",
    "pt": "APOSTILA",
    "tr": "APOSTİL",
    "uk": "АПОСТИЛЬ",
    "zh": "附加证明书",
    "ar": "أبوستيل",
}


def apostille(a: dict, rng):
    """a: country, langs, signer, capacity, seal_of, place, date, by, number, style (box|sticker|qr)."""
    langs = a["langs"]
    style = a.get("style", "box")
    date_txt = a.get("date_text") or a["date"].strftime("%d/%m/%Y")

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=a.get("paper", (1, 1, 0.99)))
        if a.get("header"):
            for k, hl in enumerate(a["header"]):
                label(
                    c,
                    60,
                    H - 50 - 14 * k,
                    hl,
                    9.5 if k == 0 else 8,
                    INK,
                    "SansB" if k == 0 else "Sans",
                )
        bw = W - 140 if style != "sticker" else 300
        bh = 430 if style != "sticker" else 330
        x0 = (W - bw) / 2 if style != "sticker" else 60
        y0 = H - 110 - bh if style != "sticker" else H - 140 - bh
        if style == "sticker":
            vgrad(c, x0, y0, bw, bh, (0.93, 0.95, 0.98), (0.97, 0.94, 0.9), 20)
            guilloche(c, x0, y0, bw, bh, rng, [(0.82, 0.86, 0.92)], n=30, lw=0.25)
        rect(c, x0, y0, bw, bh, stroke=INK, lw=1.2)
        rect(c, x0 + 4, y0 + 4, bw - 8, bh - 8, stroke=INK, lw=0.4)
        t = " / ".join(dict.fromkeys(TITLE[lg] for lg in langs))
        tw = 16 if style != "sticker" else 13
        label(c, x0 + bw / 2 - len(t) * tw * 0.3, y0 + bh - 30, t, tw, INK, "SansB")
        txt(
            c,
            x0 + bw / 2,
            y0 + bh - 46,
            "(Convention de La Haye du 5 octobre 1961)",
            "SansI",
            8.5 if style != "sticker" else 7,
            INK,
            "c",
        )
        lab = lambda i: " / ".join(ITEMS[lg][i] for lg in langs)  # noqa: E731
        ls = 7.2 if style != "sticker" else 6
        vs = 10 if style != "sticker" else 8.5
        y = y0 + bh - 75
        vals = [a["country"], a["signer"], a["capacity"], a["seal_of"]]
        for i in range(4):
            txt(c, x0 + 14, y, "%d." % (i + 1), "SansB", vs, INK)
            label(c, x0 + 30, y + 9, lab(i), ls, (0.3, 0.3, 0.35), maxw=bw - 44)
            fit(c, x0 + 30, y - 3, vals[i], "MonoB", vs, bw - 44, INK)
            y -= 34
        label(c, x0 + bw / 2 - 30, y + 6, lab(4), 9, INK, "SansB")
        y -= 16
        pairs = [(5, a["place"]), (6, date_txt), (7, a["by"]), (8, a["number"])]
        for k, (n, v) in enumerate(pairs):
            xx = x0 + 14 + (k % 2) * (bw / 2)
            yy = y - (k // 2) * 34
            txt(c, xx, yy, "%d." % n, "SansB", vs, INK)
            label(c, xx + 16, yy + 9, lab(n), ls, (0.3, 0.3, 0.35), maxw=bw / 2 - 40)
            fit(c, xx + 16, yy - 3, v, "MonoB", vs, bw / 2 - 40, INK)
        y -= 80
        txt(c, x0 + 14, y, "9.", "SansB", vs, INK)
        label(c, x0 + 30, y, lab(9), ls, (0.3, 0.3, 0.35), maxw=bw / 2 - 50)
        txt(c, x0 + 14 + bw / 2, y, "10.", "SansB", vs, INK)
        label(c, x0 + 34 + bw / 2, y, lab(10), ls, (0.3, 0.3, 0.35), maxw=bw / 2 - 50)
        stamp(
            c,
            x0 + bw * 0.25,
            y - 50,
            a["seal_text"],
            a.get("seal_inner", ["★"]),
            rng,
            color=a.get("seal_color"),
            d_mm=30,
        )
        signature(c, x0 + bw * 0.55, y - 85, bw * 0.4, 60, a["by_person"], rng)
        if style == "qr" or a.get("qr"):
            qr(
                c,
                x0 + bw - 75,
                y0 + 12,
                60,
                a.get("qr_url", "https://apostille.example/verify/" + a["number"]),
            )
        if a.get("footer"):
            para(c, 60, y0 - 24, W - 120, a["footer"], "Sans", 7, 9, (0.3, 0.3, 0.3))

    fields = {
        "country": a["country_field"],
        "issued_on": a["date"].isoformat(),
        "number": a["number"],
        "signed_by": a["signer"],
    }
    return Page(W, H, draw), fields


# ---------------------------------------------------------------- sworn translation (traduction assermentée)


def translation(t: dict, rng):
    """t: lang_from, title, lines [(label, value)], translator, court, rep_no, date, city."""

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 1))
        txt(c, 50, H - 50, t["translator"], "SansB", 10, INK)
        txt(
            c,
            50,
            H - 63,
            "Traducteur-interprète expert près la Cour d'appel de " + t["court"],
            "Sans",
            8.5,
            INK,
        )
        txt(c, 50, H - 75, t["address"], "Sans", 8, (0.3, 0.3, 0.3))
        txt(c, W - 50, H - 50, "Répertoire n° " + t["rep_no"], "Sans", 8.5, INK, "r")
        txt(c, W / 2, H - 115, "TRADUCTION", "SansB", 14, INK, "c")
        txt(
            c,
            W / 2,
            H - 131,
            "de l'%s vers le français" % t["lang_from"]
            if t["lang_from"][0] in "aeiou"
            else "du %s vers le français" % t["lang_from"],
            "SansI",
            9,
            INK,
            "c",
        )
        y = H - 175
        for hl in t.get("head", []):
            txt(c, W / 2, y, hl, "SansB", 10, INK, "c")
            y -= 15
        y -= 15
        txt(c, W / 2, y, t["title"], "SansB", 12, INK, "c")
        y -= 35
        for lab, v in t["lines"]:
            txt(c, 70, y, lab + " :", "Sans", 9.5, (0.25, 0.25, 0.3))
            y2 = para(c, 240, y, W - 300, v, "SansB", 10, 12.5)
            y = min(y - 22, y2 - 9)
        y -= 10
        for extra in t.get("notes", []):
            y = para(c, 70, y, W - 140, extra, "SansI", 8.5, 11) - 6
        line(c, 60, 250, W - 60, 250, (0.6, 0.6, 0.6), 0.4)
        para(
            c,
            70,
            230,
            W - 140,
            "Je soussigné(e), %s, traducteur-interprète expert près la Cour d'appel de %s, certifie que la présente traduction est conforme à l'original rédigé en langue %s qui m'a été présenté."
            % (t["translator"], t["court"], t["lang_adj"]),
            "Sans",
            9,
            12,
        )
        txt(
            c,
            W - 70,
            170,
            "Fait à %s, le %s" % (t["city"], ck.dmy(t["date"])),
            "Sans",
            9.5,
            INK,
            "r",
        )
        txt(c, W - 70, 150, "TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL", "SansB", 8.5, INK, "r")
        stamp(
            c,
            170,
            120,
            t["translator"].upper() + " · EXPERT PRÈS LA COUR D'APPEL DE " + t["court"].upper(),
            ["TRADUCTEUR", "ASSERMENTÉ", t["lang_adj"].upper()[:12]],
            rng,
            color=(40, 60, 150),
            d_mm=38,
        )
        signature(c, W - 250, 80, 170, 55, t["translator"], rng)
        fit(
            c,
            W / 2,
            40,
            "Traduction n° %s - page 1/1" % t["rep_no"],
            "Sans",
            7,
            W - 100,
            (0.4, 0.4, 0.4),
            "c",
        )

    return Page(W, H, draw)
