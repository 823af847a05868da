"""Put the values on the form: typed (reportlab), AcroForm fields, or by hand (on a raster)."""

from __future__ import annotations

import io
import random

import hand
from layout import PAGE_H
from PIL import Image
from reportlab.lib.colors import Color, black, transparent
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics


def entries(v: dict) -> list[tuple[str, str, object]]:
    """(geometry key, kind, value) for every value the applicant puts on the form."""
    out = [("surname", "name", v["surname_w"]), ("given_names", "name", v["given_w"])]
    if v["usage_w"]:
        out.append(("usage_name", "name", v["usage_w"]))
    out.append(("sex_" + v["sex"], "box", True))
    out.append(("dob", "digits", v["dob_digits"]))
    out += [
        ("birth_town", "text", v["birth_town_w"]),
        ("birth_country", "text", v["birth_country_w"]),
        ("nationality", "text", v["nationality_w"]),
    ]
    if v["arrival_digits"]:
        out.append(("arrival", "digits", v["arrival_digits"]))
    if v["nir13"]:
        out += [("nir", "digits", v["nir13"]), ("nir_key", "digits", v["nir_key_w"])]
    out += [
        ("address", "text", v["address_w"]),
        ("postcode", "digits", v["postcode"]),
        ("city", "text", v["city_w"]),
        ("phone", "text", v["phone"]),
    ]
    if v["email"]:
        out.append(("email", "text", v["email"]))
    for s in v["ticked"]:
        out.append(("sit_" + s, "box", True))
    if v["contract_box"]:
        out.append((v["contract_box"], "box", True))
    if v["job"]:
        out.append(("job", "text", v["job"]))
    if v["autre_text"]:
        out.append(("autre_text", "text", v["autre_text"]))
    out.append(("place", "text", v["place_w"]))
    if v["date_text"]:
        out.append(("date", "date", v["date_text"]))
    return out


# typed -----------------------------------------------------------------------------------
def typed(c, geo: dict, v: dict, page: int, fontname: str, size: float, skip=()) -> None:
    """Draw the values as text typed in a PDF editor, on the current reportlab page."""
    c.setFillColor(Color(0.05, 0.05, 0.1))
    for key, kind, val in entries(v):
        if key in skip or key not in geo or geo[key]["page"] != page:
            continue
        g = geo[key]
        if g["kind"] == "comb":
            c.setFont(fontname, size)
            for ch, (x, top, w, h) in zip(str(val), g["cells"], strict=False):
                c.drawCentredString(x + w / 2, PAGE_H - (top + h * 0.75), ch)
        elif g["kind"] == "box":
            x, top, w, h = g["rect"]
            c.setFont("Helvetica-Bold", w * 1.05)
            c.drawCentredString(x + w / 2, PAGE_H - (top + w * 0.88), "X")
        elif g["kind"] == "line":
            c.setFont(fontname, size)
            s = str(val)
            while pdfmetrics.stringWidth(s, fontname, size) > g["w"] and len(s) > 3:
                s = s[:-1]
            c.drawString(g["x"], PAGE_H - g["base"] + 1.5, s)
    c.setFillColor(black)


# acroform --------------------------------------------------------------------------------
_RENAME = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "sex_F": "sexe_f",
    "sex_M": "sexe_m",
    "dob": "date_naissance",
    "birth_town": "lieu_naissance_commune",
    "birth_country": "lieu_naissance_pays",
    "nationality": "nationalite",
    "arrival": "date_arrivee_france",
    "nir": "nir",
    "nir_key": "nir_cle",
    "address": "adresse",
    "postcode": "code_postal",
    "city": "commune",
    "phone": "telephone",
    "email": "courriel",
    "job": "profession",
    "autre_text": "autre_precisez",
    "place": "fait_a",
    "date": "date_signature",
}


def field_name(run: str, key: str, page: int) -> str:
    base = _RENAME.get(key, key.replace("sit_", "situation_").replace("ct_", "contrat_").lower())
    if run == "R1":
        return f"Page{page}_" + "".join(p.capitalize() for p in base.split("_"))
    if run == "R3":
        sec = (
            "C" if page == 2 else ("B" if key.startswith(("sit_", "ct_", "job", "autre")) else "A")
        )
        return f"{sec}_{base}"
    return base


def acro_fields(c, geo: dict, v: dict, page: int, run: str) -> None:
    """Every fillable place of the page becomes a field; the applicant's values are set."""
    vals = {k: val for k, _kind, val in entries(v)}
    af = c.acroForm
    for key, g in geo.items():
        if g["page"] != page or key == "signature":
            continue
        name = field_name(run, key, page)
        if g["kind"] == "box":
            x, top, w, _ = g["rect"]
            af.checkbox(
                name=name,
                x=x,
                y=PAGE_H - top - w,
                size=w,
                checked=bool(vals.get(key)),
                buttonStyle="cross",
                borderWidth=0,
                fillColor=transparent,
                textColor=black,
                forceBorder=False,
            )
        elif g["kind"] == "comb":
            groups = [[g["cells"][0]]]
            for cell in g["cells"][1:]:
                prev = groups[-1][-1]
                if abs(cell[0] - prev[0] - prev[2]) < 0.5:
                    groups[-1].append(cell)
                else:
                    groups.append([cell])
            val = str(vals.get(key, ""))
            suffixes = {3: ["jj", "mm", "aaaa"]}.get(
                len(groups), [str(n + 1) for n in range(len(groups))]
            )
            pos = 0
            for gi, cells in enumerate(groups):
                x0, top, w, h = cells[0]
                part = val[pos : pos + len(cells)]
                pos += len(cells)
                nm = name if len(groups) == 1 else f"{name}_{suffixes[gi]}"
                af.textfield(
                    name=nm,
                    value=part,
                    x=x0,
                    y=PAGE_H - top - h,
                    width=w * len(cells),
                    height=h,
                    borderWidth=0,
                    fillColor=transparent,
                    fontName="Helvetica",
                    fontSize=min(10, h * 0.7),
                    maxlen=len(cells),
                    fieldFlags="comb",
                )
        else:
            af.textfield(
                name=name,
                value=str(vals.get(key, "")),
                x=g["x"],
                y=PAGE_H - g["base"] - 3,
                width=g["w"],
                height=g.get("h", 14) - 1,
                borderWidth=0,
                fillColor=transparent,
                fontName="Helvetica",
                fontSize=9,
                maxlen=120,
            )


def signature_png(name: str, rng: random.Random, ink_rgb, w=660, h=234) -> Image.Image:
    ink = hand.Ink((w, h))
    hand.signature(ink, (0, 0, w, h), name, rng, 3.0)
    a = ink.layer
    im = Image.new("RGBA", (w, h), (*ink_rgb, 0))
    im.putalpha(a)
    return im


def paste_signature(c, geo: dict, img: Image.Image) -> None:
    x, top, w, h = geo["signature"]["rect"]
    buf = io.BytesIO()
    img.save(buf, "PNG")
    c.drawImage(
        ImageReader(io.BytesIO(buf.getvalue())),
        x + 4,
        PAGE_H - top - h + 2,
        w - 8,
        h - 4,
        mask="auto",
    )


# by hand ---------------------------------------------------------------------------------
def by_hand(
    pages: list[Image.Image],
    geo: dict,
    v: dict,
    pen: hand.Pen,
    rng: random.Random,
    dpi: int,
    only=None,
    sign=True,
) -> list[Image.Image]:
    """Write values (all, or the keys in `only`) and the signature on page rasters."""
    k = dpi / 72.0
    inks = [hand.Ink(p.size) for p in pages]
    tick_kind = rng.choice(["cross", "cross", "check", "fill"])
    for key, kind, val in entries(v):
        if only is not None and key not in only:
            continue
        g = geo[key]
        ink = inks[g["page"] - 1]
        if g["kind"] == "box":
            x, top, w, h = g["rect"]
            hand.tick(ink, (x * k, top * k, w * k, h * k), rng, tick_kind)
        elif g["kind"] == "comb":
            fpath = hand.HAND_FONTS[pen.font]
            for ch, (x, top, w, h) in zip(str(val), g["cells"], strict=False):
                px = int(h * k * 0.68 * pen.size)
                cw = hand.font(fpath, px).getlength(ch)
                ink.write(
                    ch,
                    pen,
                    (x + w / 2) * k - cw / 2 + rng.gauss(0, 1.5),
                    (top + h * 0.8) * k,
                    px,
                    rng,
                )
        else:
            px = int(g.get("h", 14) * k * 0.74 * pen.size)
            s = str(val)
            x = g["x"] * k + rng.uniform(0, 10) * k
            ink.write(s, pen, x, g["base"] * k - rng.uniform(0.5, 2.5) * k, px, rng)
    if sign and v["sign"] != "none":
        x, top, w, h = geo["signature"]["rect"]
        rect = (x * k, top * k, w * k, h * k)
        ink = inks[geo["signature"]["page"] - 1]
        if v["sign"] == "stray":
            hand.stray_mark(ink, rect, rng)
        else:
            hand.signature(ink, rect, v["sig_name"], rng, k / 2.5)
    return [ink.composite(p, pen) for p, ink in zip(pages, inks, strict=True)]
