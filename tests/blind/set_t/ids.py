"""Passports (ICAO TD3 data page in a booklet), visa stickers, French and EU ID-1 cards."""

from __future__ import annotations

import datetime as dt

import checks as ck
from countries import LBL
from tk import (
    MM,
    Page,
    fit,
    guilloche,
    line,
    mrz_block,
    pfont,
    photo,
    ptext,
    rect,
    rosette,
    signature,
    stamp,
    sw,
    txt,
    vgrad,
)

ARAB = range(0x0600, 0x06FF)
DEVA = range(0x0900, 0x097F)


def _complex(s):
    return any(ord(ch) in ARAB or ord(ch) in DEVA for ch in s)


def _lw(s, size, font):
    w = 0.0
    for part in s.split(" / "):
        if _complex(part):
            f = "amiri" if any(ord(ch) in ARAB for ch in part) else "fserif"
            w += pfont(f, 200).getlength(part) * size / 200 * (1.15 if f == "amiri" else 1.0)
        else:
            w += sw(part, font, size)
        w += sw(" / ", font, size)
    return w


def label(c, x, y, s, size, color, font="Sans", maxw=None):
    """Labels mixing scripts: complex scripts go through Pillow shaping."""
    if maxw:
        w = _lw(s, size, font)
        if w > maxw:
            size *= maxw / w
    parts = s.split(" / ")
    for i, part in enumerate(parts):
        if _complex(part):
            f = "amiri" if any(ord(ch) in ARAB for ch in part) else "fserif"
            x += ptext(c, x, y, part, f, size * (1.15 if f == "amiri" else 1.0), color) + size * 0.1
        else:
            txt(c, x, y, part, font, size, color)
            x += sw(part, font, size)
        if i < len(parts) - 1:
            txt(c, x, y, " / ", font, size, color)
            x += sw(" / ", font, size)


MON = {
    "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    "fr": ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
    "fr3": ["JAN", "FEV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOU", "SEP", "OCT", "NOV", "DEC"],
    "es": ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"],
    "pt": ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"],
    "tr": ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"],
}


def pdate(d: dt.date, fmt: str) -> str:
    """Dates as passports print them."""
    m = d.month - 1
    if fmt == "num":
        return d.strftime("%d/%m/%Y")
    if fmt == "dot":
        return d.strftime("%d.%m.%Y")
    if fmt == "sp":
        return d.strftime("%d %m %Y")
    if fmt.startswith("two:"):
        a, b = fmt[4:].split("+")
        ma, mb = MON[a][m], MON[b][m]
        mm = ma if ma == mb else ma + "/" + mb
        return "%02d %s %d" % (d.day, mm, d.year)
    if fmt.startswith("two2:"):
        a, b = fmt[5:].split("+")
        ma, mb = MON[a][m], MON[b][m]
        mm = ma if ma == mb else ma + " /" + mb
        return "%02d %s %02d" % (d.day, mm, d.year % 100)
    if fmt == "zh":
        return "%02d %d月 /%s %d" % (d.day, d.month, MON["en"][m], d.year)
    if fmt == "us":
        return "%02d %s %d" % (d.day, MON["en"][m].capitalize(), d.year)
    return "%02d %s %d" % (d.day, MON[fmt][m], d.year)


def lbl(key, langs):
    return " / ".join(LBL[key][lg] for lg in langs if lg in LBL[key])


def passport_page(p: dict, rng) -> Page:
    """The data page of a passport, with the facing page and cover edge (a booklet)."""
    st = p["style"]
    W, H = 125 * MM, 88 * MM
    m = 3.5 * MM
    seed = p["photo_seed"]

    def draw(c):
        cov = st.get("cover", (0.1, 0.15, 0.3))
        rect(c, 0, 0, W + 2 * m, 2 * H + 2 * m, stroke=None, fill=cov, r=3 * MM)
        # facing (upper) page
        ox, oy = m, m + H
        rect(c, ox, oy, W, H, stroke=None, fill=st["paper2"])
        guilloche(c, ox, oy, W, H, rng, st["guil"], n=10, lw=0.2)
        up = st.get("upper", "obs")
        if up == "obs":
            ob = st.get("obs", "OBSERVATIONS")
            label(
                c,
                ox + W / 2 - _lw(ob, 8, "SansB") / 2,
                oy + H - 10 * MM,
                ob,
                8,
                (0.35, 0.35, 0.4),
                "SansB",
            )
            for k in range(5):
                line(
                    c,
                    ox + 10 * MM,
                    oy + H - (22 + 11 * k) * MM,
                    ox + W - 10 * MM,
                    oy + H - (22 + 11 * k) * MM,
                    (0.75, 0.75, 0.8),
                    0.3,
                )
        elif up == "sig":
            txt(
                c,
                ox + 12 * MM,
                oy + 24 * MM,
                st.get("sig_label", "Signature of bearer / Signature du titulaire"),
                "SansI",
                6.5,
                (0.3, 0.3, 0.35),
            )
            line(
                c, ox + 12 * MM, oy + 20 * MM, ox + W - 12 * MM, oy + 20 * MM, (0.5, 0.5, 0.55), 0.3
            )
            signature(
                c,
                ox + 15 * MM,
                oy + 21 * MM,
                70 * MM,
                18 * MM,
                p["given"].split()[0] + " " + p["surname"],
                rng,
            )
        # the data page itself
        ox, oy = m, m
        vgrad(c, ox, oy, W, H, st["paper"], st["paper2"], 24)
        guilloche(c, ox, oy + 18 * MM, W, H - 18 * MM, rng, st["guil"], n=18, lw=0.22)
        rosette(c, ox + W * 0.72, oy + H * 0.55, 16 * MM, rng, st["guil"][0], n=30, lw=0.18)
        line(c, ox, oy + H - 0.3, ox + W, oy + H - 0.3, (0.6, 0.6, 0.6), 0.5)
        ink = st["ink"]
        lab = st.get("lab", (0.25, 0.25, 0.35))
        vf = st.get("vfont", "DVB")
        vs = st.get("vsize", 8.6)
        ls = st.get("lsize", 4.6)
        y = oy + H - 5 * MM
        for hl in st["header"]:
            if _complex(hl):
                ar = any(ord(ch) in ARAB for ch in hl)
                ptext(
                    c,
                    ox + W / 2,
                    y - 0.5 * MM,
                    hl,
                    "amiri" if ar else "fserif",
                    8.5 if ar else 7.5,
                    ink,
                    "c",
                )
            else:
                fit(c, ox + W / 2, y, hl, st.get("hfont", "SansB"), 7.2, W - 10 * MM, ink, "c")
            y -= 3.6 * MM
        label(c, ox + 5 * MM, y + 0.6 * MM, st["title"], 6.2, ink, "SansB")
        # photo
        pw, ph = 32 * MM, 41 * MM
        px, py = ox + 4.5 * MM, oy + 19 * MM
        photo(c, px, py, pw, ph, seed, p["sex"], grey=st.get("grey_photo", False))
        photo(
            c,
            ox + W - 22 * MM,
            oy + 21 * MM,
            14 * MM,
            18 * MM,
            seed,
            p["sex"],
            grey=True,
            alpha=0.25,
        )
        langs = st["langs"]
        x0 = px + pw + 4 * MM
        col2 = x0 + 13 * MM
        col3 = x0 + 40 * MM
        yy = y - 5.2 * MM
        nrows = 8 + (1 if p.get("middle") else 0)
        step = min(7.2 * MM, (yy - oy - 19.5 * MM) / (nrows - 1))

        def field(x, y_, key, val, size=None, maxw=None):
            label(c, x, y_ + 3.2 * MM, lbl(key, langs), ls, lab, maxw=maxw or (ox + W - 3 * MM - x))
            fit(c, x, y_, val, vf, size or vs, ox + W - 3 * MM - x, (0.08, 0.08, 0.12))

        field(x0, yy, "type", "P", maxw=12 * MM)
        field(col2, yy, "code", p["issuer"], maxw=26 * MM)
        field(col3, yy, "no", p["number"], vs + 1)
        yy -= step
        field(x0, yy, "surname", p.get("surname_print", p["surname"]).upper())
        yy -= step
        field(x0, yy, "given", p.get("given_print", p["given"]).upper())
        if p.get("middle"):
            yy -= step
            label(c, x0, yy + 3.2 * MM, "Middle name / Gitnang apelyido", ls, lab)
            txt(c, x0, yy, p["middle"], vf, vs)
        yy -= step
        field(x0, yy, "nat", p["nat_print"])
        yy -= step
        df = st["datefmt"]
        field(x0, yy, "dob", pdate(p["dob"], df))
        if p.get("personal_no"):
            label(c, col3, yy + 3.2 * MM, st.get("pn_label", "Personal No."), ls, lab)
            txt(c, col3, yy, p["personal_no"], vf, vs)
        yy -= step
        field(x0, yy, "sex", st.get("sexmap", {}).get(p["sex"], p["sex"]), maxw=15 * MM)
        field(x0 + 16 * MM, yy, "pob", p["pob"].upper(), vs - 0.6)
        yy -= step
        field(x0, yy, "doi", pdate(p["issued"], df), maxw=36 * MM)
        field(col3, yy, "auth", p["authority"].upper(), vs - 1.4)
        yy -= step
        field(x0, yy, "doe", pdate(p["expiry"], df))
        if st.get("page_sig", True):
            signature(
                c,
                col3 - 2 * MM,
                yy - 3 * MM,
                38 * MM,
                11 * MM,
                p["given"].split()[0] + " " + p["surname"],
                rng,
            )
        lines = p["mrz"]
        mrz_block(
            c,
            ox + 4.2 * MM,
            oy + 11.8 * MM,
            lines,
            char_pitch=2.64 * MM if len(lines[0]) == 44 else 3.1 * MM,
            size=10.2,
        )

    return Page(W + 2 * m, 2 * H + 2 * m, draw, kind="booklet")


def passport_fields(p: dict) -> dict:
    return {
        "surname": p.get("surname_print", p["surname"]).upper(),
        "given_names": p.get("given_print", p["given"]).upper(),
        "document_number": p["number"],
        "nationality": p["nat"],
        "issuing_country": p["issuer"],
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": p["expiry"].isoformat(),
        "mrz_valid": p.get("mrz_valid", True),
    }


def make_mrz(p: dict, bad=None):
    lines = ck.td3(
        "P",
        p["issuer"],
        p["surname"],
        p["given"],
        p["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal_no", "").replace(" ", ""),
        german=p["issuer"] == "D",
    )
    if bad == "dob":
        lines[1] = ck.corrupt_digit(lines[1], 19)
    elif bad == "number":
        lines[1] = ck.corrupt_digit(lines[1], 9)
    elif bad == "expiry":
        lines[1] = ck.corrupt_digit(lines[1], 27)
    return lines


# ---------------------------------------------------------------- French visa sticker (type D / C)


def visa_page(v: dict, rng) -> Page:
    """A passport visa page with the Schengen-format sticker (MRV-B) glued on it."""
    W, H = 125 * MM, 88 * MM
    m = 3.5 * MM

    def draw(c):
        rect(
            c,
            0,
            0,
            W + 2 * m,
            H + 2 * m,
            stroke=None,
            fill=v.get("cover", (0.12, 0.16, 0.3)),
            r=3 * MM,
        )
        rect(c, m, m, W, H, stroke=None, fill=v.get("paper", (0.95, 0.94, 0.9)))
        guilloche(c, m, m, W, H, rng, [(0.8, 0.82, 0.88)], n=12, lw=0.2)
        txt(
            c,
            m + W - 4 * MM,
            m + H - 5 * MM,
            str(v.get("page_no", 12)),
            "Sans",
            7,
            (0.4, 0.4, 0.4),
            "r",
        )
        sx, sy = m + 10 * MM, m + 7 * MM
        sW, sH = 105 * MM, 74 * MM
        c.saveState()
        c.translate(sx + sW / 2, sy + sH / 2)
        c.rotate(rng.uniform(-1.2, 1.2))
        c.translate(-sW / 2, -sH / 2)
        vgrad(c, 0, 0, sW, sH, (0.93, 0.88, 0.93), (0.88, 0.93, 0.95), 20)
        guilloche(
            c,
            0,
            20 * MM,
            sW,
            sH - 20 * MM,
            rng,
            [(0.8, 0.7, 0.85), (0.7, 0.82, 0.88)],
            n=16,
            lw=0.2,
        )
        rosette(c, sW * 0.78, sH * 0.6, 11 * MM, rng, (0.75, 0.65, 0.8), n=26, lw=0.2)
        rect(c, 0, 0, sW, sH, stroke=(0.7, 0.7, 0.75), lw=0.3)
        txt(c, 3 * MM, sH - 6 * MM, "VISA", "SansB", 11, (0.2, 0.2, 0.4))
        txt(c, 19 * MM, sH - 6 * MM, "FRA", "SansB", 11, (0.2, 0.2, 0.4))
        txt(c, sW - 3 * MM, sH - 6 * MM, v["number"], "MonoB", 10.5, (0.75, 0.1, 0.12), "r")
        photo(
            c,
            3 * MM,
            19 * MM,
            24 * MM,
            31 * MM,
            v["photo_seed"],
            v["sex"],
            grey=False,
            bg=(215, 215, 220),
        )
        lab = (0.3, 0.25, 0.4)
        x = 30 * MM
        y = sH - 12 * MM

        def f(lbl_, val, xx, yy, size=7.8, maxw=None):
            fit(c, xx, yy + 3 * MM, lbl_, "Sans", 4.3, maxw or (sW - 2 * MM - xx), lab)
            txt(c, xx, yy, val, "MonoB", size, (0.05, 0.05, 0.1))

        f("VALABLE POUR / VALID FOR", v.get("valid_for", "FRANCE"), x, y)
        y -= 6.5 * MM
        vd = lambda d: d.strftime("%d-%m-%y")  # noqa: E731
        f("DU / FROM", vd(v["valid_from"]), x, y)
        f("AU / UNTIL", vd(v["valid_until"]), x + 28 * MM, y)
        y -= 6.5 * MM
        f("TYPE DE VISA / TYPE OF VISA", v["type"], x, y, maxw=19 * MM)
        f(
            "DURÉE DU SÉJOUR / DURATION OF STAY",
            "%d JOURS" % v["days"],
            x + 20 * MM,
            y,
            maxw=24 * MM,
        )
        f("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", v.get("entries", "MULT"), x + 46 * MM, y)
        y -= 6.5 * MM
        f("DÉLIVRÉ À / ISSUED IN", v["issued_in"], x, y, maxw=26 * MM)
        f("LE / ON", vd(v["issued_on"]), x + 28 * MM, y, maxw=14 * MM)
        f("NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", v["passport_no"], x + 44 * MM, y)
        y -= 6.5 * MM
        f(
            "NOM, PRÉNOM / SURNAME, NAME",
            "%s, %s" % (v["surname"].upper(), v["given"].upper()),
            x,
            y,
            7.2,
        )
        y -= 6.5 * MM
        txt(c, x, y + 3 * MM, "REMARQUES / REMARKS", "Sans", 4.3, lab)
        for k, r_ in enumerate(v["remarks"]):
            txt(c, x, y - k * 3.4 * MM, r_, "MonoB", 6.6, (0.05, 0.05, 0.1))
        mrz_block(c, 4 * MM, 11 * MM, v["mrz"], char_pitch=2.54 * MM, size=9.6)
        c.restoreState()
        if v.get("entry_stamp"):
            stamp(
                c,
                m + W - 24 * MM,
                m + 22 * MM,
                "",
                v["entry_stamp"],
                rng,
                color=(60, 60, 150),
                d_mm=16,
                shape="rect",
            )

    return Page(W + 2 * m, H + 2 * m, draw, kind="booklet")


def visa_fields(v: dict) -> dict:
    return {
        "surname": v["surname"].upper(),
        "given_names": v["given"].upper(),
        "document_number": v["number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"].isoformat(),
        "sex": v["sex"],
        "expiry_date": v["valid_until"].isoformat(),
        "mrz_valid": v.get("mrz_valid", True),
        "visa_type": v["type"],
        "vls_ts": v["vls_ts"],
        "category": v.get("category"),
        "valid_from": v["valid_from"].isoformat(),
        "valid_until": v["valid_until"].isoformat(),
    }


def make_visa_mrz(v):
    return ck.mrv(
        "FRA",
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["valid_until"],
        kind=v["type"],
    )
