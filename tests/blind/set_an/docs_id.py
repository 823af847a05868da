"""Identity-side documents: passports, French ID card, VLS-TS, titre de séjour, birth
certificates, apostilles, legalisation. Each function returns one-page PDF bytes."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFilter
from render import (
    MM,
    draw_pil,
    mrva,
    mrz_image,
    new_canvas,
    signature_image,
    td1,
    td3,
    yymmdd,
)

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR = MONTHS_FR.split()
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dmy(iso, sep="/"):
    return iso[8:10] + sep + iso[5:7] + sep + iso[0:4]


def d_words(iso):
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MONTHS_FR[int(iso[5:7]) - 1]} {iso[:4]}"


def d_bil(iso):
    m = int(iso[5:7]) - 1
    fr = MONTHS_FR[m][:4].upper().replace("É", "E").replace("Û", "U")
    return f"{iso[8:10]} {fr}/{MONTHS_EN[m]} {iso[2:4]}"


def portrait(rng, w=300, h=380, skin=(120, 80, 55)):
    img = Image.new("RGB", (w, h), (225, 228, 232))
    d = ImageDraw.Draw(img)
    jit = [rng.randint(-10, 10) for _ in range(6)]
    d.ellipse((40 + jit[0], 250, w - 40 + jit[1], h + 120), fill=(50 + jit[2], 55, 70))
    d.rectangle((w // 2 - 30, 210, w // 2 + 30, 270), fill=skin)
    d.ellipse((w // 2 - 80, 50 + jit[3], w // 2 + 80, 250), fill=skin)
    d.chord((w // 2 - 86, 30 + jit[4], w // 2 + 86, 200), 180, 360, fill=(25, 20, 18))
    for ex in (-35, 35):
        d.ellipse((w // 2 + ex - 10, 135, w // 2 + ex + 10, 147), fill=(30, 25, 25))
    d.arc((w // 2 - 28, 180, w // 2 + 28, 215), 20, 160, fill=(80, 40, 40), width=4)
    return img.filter(ImageFilter.GaussianBlur(1.2))


def _guilloche(c, w, h, rgb, rng, n=40):
    c.saveState()
    c.setStrokeColorRGB(*rgb)
    c.setLineWidth(0.25)
    for i in range(n):
        p = c.beginPath()
        y0 = rng.uniform(0, h)
        p.moveTo(0, y0)
        for k in range(1, 21):
            x = w * k / 20
            p.lineTo(x, y0 + 6 * ((-1) ** k) + 3 * (i % 3))
        c.drawPath(p)
    c.restoreState()


PASSPORT_STYLE = {
    "BEN": ("RÉPUBLIQUE DU BÉNIN / REPUBLIC OF BENIN", (0.86, 0.93, 0.86), "Cotonou"),
    "SRB": ("РЕПУБЛИКА СРБИЈА / REPUBLIKA SRBIJA / REPUBLIC OF SERBIA", (0.93, 0.9, 0.96), ""),
    "KHM": ("KINGDOM OF CAMBODIA / ROYAUME DU CAMBODGE", (0.95, 0.92, 0.84), "Phnom Penh"),
    "RWA": ("REPUBLIC OF RWANDA / RÉPUBLIQUE DU RWANDA", (0.85, 0.92, 0.96), "Kigali"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", (0.9, 0.92, 0.97), "Préfecture"),
}


def passport(p, rng, mrz_override=None):
    """TD3 data page (125 x 88 mm)."""
    W, H = 125 * MM, 88 * MM
    buf = io.BytesIO()
    c = new_canvas(buf, (W, H))
    title, bgc, _ = PASSPORT_STYLE[p["nat"]]
    c.setFillColorRGB(*bgc)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    _guilloche(c, W, H, [x * 0.85 for x in bgc], rng)
    c.setFillColorRGB(0.1, 0.1, 0.2)
    c.setFont("DejaVu-B", 6.3)
    c.drawCentredString(W / 2, H - 6 * MM, title)
    c.setFont("DejaVu", 5.2)
    c.drawCentredString(W / 2, H - 9 * MM, p.get("pp_word", "PASSEPORT / PASSPORT"))
    draw_pil(c, portrait(rng, skin=p.get("skin", (120, 80, 55))), 4 * MM, 26 * MM, 30 * MM)
    x1, x2 = 38 * MM, 84 * MM
    y = H - 14 * MM
    lab = p.get("pp_labels", {})

    def fld(label, value, x, yy, size=7.2):
        c.setFont("DejaVu", 4.3)
        c.setFillColorRGB(0.25, 0.25, 0.35)
        c.drawString(x, yy + 7.6, label)
        c.setFont("DejaVu-B", size)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.drawString(x, yy, value)

    fld(lab.get("type", "Type / Type"), "P", x1, y)
    fld(lab.get("code", "Code / Code"), p["nat"], x1 + 16 * MM, y)
    fld(lab.get("no", "N° du passeport / Passport No."), p["passport_no"], x2, y)
    y -= 8.5 * MM
    fld(lab.get("sur", "Nom / Surname"), p["surname"].upper(), x1, y)
    y -= 8 * MM
    fld(lab.get("given", "Prénoms / Given names"), p["given"].upper(), x1, y)
    y -= 8 * MM
    fld(lab.get("nat", "Nationalité / Nationality"), p["nat_word"], x1, y)
    y -= 8 * MM
    fld(lab.get("dob", "Date de naissance / Date of birth"), d_bil(p["dob"]), x1, y)
    fld(lab.get("sex", "Sexe / Sex"), p["sex"], x2, y)
    y -= 8 * MM
    fld(lab.get("pob", "Lieu de naissance / Place of birth"), p["pob"].upper(), x1, y)
    y -= 8 * MM
    fld(lab.get("iss", "Date de délivrance / Date of issue"), d_bil(p["pp_issue"]), x1, y)
    fld(lab.get("exp", "Date d'expiration / Date of expiry"), d_bil(p["pp_expiry"]), x2, y)
    sig = signature_image(p["given"].split()[0], rng, color=(30, 30, 40))
    draw_pil(c, sig, 6 * MM, 16 * MM, 24 * MM)
    lines = mrz_override or td3(
        p["passport_no"],
        p["nat"],
        p["surname"],
        p["given"],
        p["nat"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(p["pp_expiry"]),
    )
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 15 * MM, stroke=0, fill=1)
    draw_pil(c, mrz_image(lines), 4 * MM, 2.5 * MM, W - 8 * MM)
    c.showPage()
    c.save()
    return buf.getvalue(), lines


def vls_ts(p, v, rng):
    """French long-stay visa sticker on a passport page (125 x 88 mm)."""
    W, H = 125 * MM, 88 * MM
    buf = io.BytesIO()
    c = new_canvas(buf, (W, H))
    c.setFillColorRGB(*PASSPORT_STYLE[p["nat"]][1])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    _guilloche(c, W, H, (0.75, 0.8, 0.75), rng, 25)
    sx, sy, sw, sh = 3 * MM, 4 * MM, 119 * MM, 80 * MM
    c.setFillColorRGB(0.93, 0.95, 0.98)
    c.roundRect(sx, sy, sw, sh, 3, stroke=0, fill=1)
    _guilloche(c, sw, sh, (0.72, 0.8, 0.9), rng, 30)
    c.setFillColorRGB(0.1, 0.15, 0.4)
    c.setFont("Sans-B", 9)
    c.drawString(sx + 4 * MM, sy + sh - 7 * MM, "VISA")
    c.setFont("Sans", 6)
    c.drawString(sx + 16 * MM, sy + sh - 7 * MM, "FRANCE")
    c.setFillColorRGB(0.6, 0.1, 0.15)
    c.setFont("Mono-B", 9)
    c.drawRightString(sx + sw - 4 * MM, sy + sh - 7 * MM, "FRA" + v["number"])
    draw_pil(
        c, portrait(rng, skin=p.get("skin", (120, 80, 55))), sx + 3 * MM, sy + 16 * MM, 24 * MM
    )
    x = sx + 31 * MM
    rows = [
        ("VALABLE POUR / VALID FOR", "ETATS SCHENGEN (FRANCE)", None, None),
        ("DU / FROM", dmy(v["from"], "-"), "AU / UNTIL", dmy(v["until"], "-")),
        ("TYPE DE VISA / TYPE OF VISA", "D", "NOMBRE D'ENTREES", "MULT"),
        ("DUREE DE SEJOUR / DURATION", f"{v['days']} JOURS", "DELIVRE A", v["issued_at"]),
        ("LE / ON", dmy(v["issued"], "-"), "NUMERO DE PASSEPORT", p["passport_no"]),
        ("NOM, PRENOM / NAME", f"{p['surname'].upper()}, {p['given'].upper()}", None, None),
        ("REMARQUES", v["remarks"], None, None),
    ]
    y = sy + sh - 14 * MM
    for a, av, b, bv in rows:
        c.setFont("Sans", 4.6)
        c.setFillColorRGB(0.2, 0.25, 0.45)
        c.drawString(x, y + 6.5, a)
        c.setFont("Mono-B", 7.2)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.drawString(x, y, av)
        if b:
            c.setFont("Sans", 4.6)
            c.setFillColorRGB(0.2, 0.25, 0.45)
            c.drawString(x + 42 * MM, y + 6.5, b)
            c.setFont("Mono-B", 7.2)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(x + 42 * MM, y, bv)
        y -= 6.6 * MM
    lines = mrva(
        v["number"],
        "FRA",
        p["surname"],
        p["given"],
        p["nat"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(v["until"]),
    )
    draw_pil(c, mrz_image(lines), sx + 3 * MM, sy + 2 * MM, sw - 6 * MM)
    c.showPage()
    c.save()
    return buf.getvalue(), lines


def card_fr(kind, p, card, rng, back=False):
    """ID-1 card (85.6 x 54 mm): French CNI (2021 model) or titre de séjour."""
    W, H = 85.6 * MM, 54 * MM
    buf = io.BytesIO()
    c = new_canvas(buf, (W, H))
    ts = kind == "ts"
    c.setFillColorRGB(*((0.93, 0.9, 0.95) if ts else (0.9, 0.93, 0.97)))
    c.roundRect(0, 0, W, H, 8, stroke=0, fill=1)
    _guilloche(c, W, H, (0.78, 0.78, 0.88), rng, 30)
    sur, given = card["surname"], card["given"]
    if not back:
        c.setFillColorRGB(0.1, 0.15, 0.45)
        c.setFont("Sans-B", 6.2)
        c.drawString(4 * MM, H - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans-B", 5.6)
        head = "TITRE DE SÉJOUR" if ts else "CARTE NATIONALE D'IDENTITÉ"
        c.drawString(
            4 * MM, H - 8.5 * MM, head + (" / RESIDENCE PERMIT" if ts else " / IDENTITY CARD")
        )
        draw_pil(c, portrait(rng, skin=card.get("skin", (190, 150, 125))), 3 * MM, 6 * MM, 21 * MM)
        x = 27 * MM
        y = H - 14 * MM
        rows = [("NOM / Surname", sur.upper()), ("Prénoms / Given names", given.replace(" ", ", "))]
        if ts:
            rows += [
                ("Nationalité / Nationality", card["nat"]),
                ("Type de titre / Type of permit", card["permit_type"]),
                ("Date d'expiration / Expiry", dmy(card["expiry"], " ")),
            ]
        else:
            rows += [
                ("SEXE / NAT.", f"{card['sex']}    FRA"),
                ("DATE DE NAISS. / Date of birth", dmy(card["dob"], " ")),
                ("N° DU DOCUMENT / Document No", card["number"]),
                ("DATE D'EXPIR. / Expiry date", dmy(card["expiry"], " ")),
            ]
        for lab, val in rows:
            c.setFont("Sans", 3.8)
            c.setFillColorRGB(0.3, 0.3, 0.4)
            c.drawString(x, y + 5.6, lab)
            c.setFont("Sans-B", 6.4)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(x, y, val)
            y -= 6.3 * MM
        if ts:
            c.setFont("Sans-B", 6)
            c.drawRightString(W - 3 * MM, H - 5 * MM, card["number"])
        c.showPage()
        c.save()
        return buf.getvalue(), None
    c.setFillColorRGB(0.05, 0.05, 0.1)
    c.setFont("Sans", 4.6)
    y = H - 6 * MM
    info = (
        [
            f"Date et lieu de naissance : {dmy(card['dob'], ' ')} {card['pob'].upper()}",
            f"Sexe : {card['sex']}   Délivré par : PRÉFECTURE DE {card['prefecture']}",
            f"Date de délivrance : {dmy(card['issued'], ' ')}",
            f"Remarques : {card.get('remarks', '')}",
        ]
        if ts
        else [
            f"Lieu de naissance / Place of birth : {card['pob'].upper()}",
            f"Adresse : {card['address']}",
            f"Date de délivrance : {dmy(card['issued'], ' ')}",
        ]
    )
    for ln in info:
        c.drawString(4 * MM, y, ln)
        y -= 3.6 * MM
    if ts:
        lines = td1(
            "IR",
            card["number"],
            "FRA",
            sur,
            given,
            card["nat_code"],
            yymmdd(card["dob"]),
            card["sex"],
            yymmdd(card["expiry"]),
        )
    else:
        lines = td1(
            "ID",
            card["number"],
            "FRA",
            sur,
            given,
            "FRA",
            yymmdd(card["dob"]),
            card["sex"],
            yymmdd(card["expiry"]),
        )
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 17 * MM, stroke=0, fill=1)
    draw_pil(c, mrz_image(lines), 3 * MM, 1.5 * MM, W - 6 * MM)
    c.showPage()
    c.save()
    return buf.getvalue(), lines


def compose(images, gap=40, bg=(250, 250, 248)):
    """Place several rendered cards on one image, as they lie on a flatbed."""
    w = max(i.width for i in images) + 2 * gap
    h = sum(i.height for i in images) + gap * (len(images) + 1)
    out = Image.new("RGB", (w, h), bg)
    y = gap
    for im in images:
        out.paste(im, (gap, y))
        y += im.height + gap
    return out
