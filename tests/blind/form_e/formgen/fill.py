"""What goes in each field, and the three ways of putting it there:
typed on screen (vector text), AcroForm fields, or by hand (raster)."""

import io

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import TYPE_FONTS, rl_font
from .layout import PAGE_H

SIT_KEYS = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "inactif": "sit_inactif",
    "autre": "sit_autre",
}

MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def digits_of_date(iso):
    y, m, d = iso.split("-")
    return d + m + y


def page1_values(v, pr):
    """Field key -> value for page 1.  Text values are str; ticks are True."""
    p = v["pdata"]
    caps = v.get("caps_all", False)

    def up(s):
        return s.upper() if s else s

    vals = {}
    vals["surname"] = up(p["surname"])
    if v.get("usage_text"):
        vals["usage_name"] = v["usage_text"]
    elif p.get("usage_name"):
        vals["usage_name"] = up(p["usage_name"])
    # letters written one per comb cell are capitals (the form asks for them)
    comb_caps = pr.name_field == "comb" and v.get("fill") == "hand"
    vals["given_names"] = (
        up(p["given_names"]) if (caps or comb_caps or v.get("given_caps")) else p["given_names"]
    )
    vals["sex_" + p["sex"]] = True
    vals["dob"] = p["dob"]
    vals["birth_city"] = up(p["birth_city"]) if caps else p["birth_city"]
    vals["birth_country"] = up(p["birth_country"]) if caps else p["birth_country"]
    vals["nationality"] = up(p["nationality"]) if caps else p["nationality"]
    if p.get("nir"):
        vals["nir"] = p["nir"]
    vals["address"] = up(p["address"]) if caps else p["address"]
    vals["postcode"] = p["postcode"]
    vals["city"] = up(p["city"]) if caps else p["city"]
    if p.get("phone"):
        vals["phone"] = p["phone"]
    if p.get("email"):
        vals["email"] = p["email"]
    if pr.arrival_date and p.get("arrival"):
        vals["arrival"] = p["arrival"]
    sits = v["situation"]
    for s in sits:
        vals[SIT_KEYS[s]] = True
    if "salarie" in sits:
        if p.get("job_title"):
            vals["job_title"] = p["job_title"]
        if v.get("contract"):
            if pr.contract == "boxes":
                key = {
                    "CDI": "contract_CDI",
                    "CDD": "contract_CDD",
                    "Intérim": "contract_interim",
                }.get(v["contract"], "contract_autre")
                vals[key] = True
            else:
                vals["contract_text"] = v.get("contract_written", v["contract"])
        if p.get("employer"):
            vals["employer"] = p["employer"]
    if "independant" in sits and p.get("siret"):
        vals["siret"] = p["siret"]
    if "demandeur_emploi" in sits and p.get("jobseeker_id"):
        vals["jobseeker_id"] = p["jobseeker_id"]
    if "etudiant" in sits and p.get("school"):
        vals["school"] = p["school"]
    if "autre" in sits:
        vals["autre_text"] = v.get("autre_text", "")
    return vals


def page2_values(v, pr):
    vals = {}
    if v.get("place"):
        vals["place"] = v["place"]
    if v.get("date_text"):
        vals["sign_date"] = v["date_text"]
    if v.get("checklist_ticked"):
        for i in range(1, 7):
            vals[f"chk_{i}"] = True
    return vals


# ------------------------------------------------------------------ typed


def _rl_y(y_top_pt):
    return PAGE_H - y_top_pt


def typed_fill(c, anchors, vals, font_key, size, v, page):
    """Draw typed values as real text (screen-filled then saved/printed)."""
    fn = rl_font(TYPE_FONTS[font_key])
    c.setFillColorRGB(0.05, 0.05, 0.1)
    for key, val in vals.items():
        a = anchors.get(key)
        if a is None or val in (None, ""):
            continue
        x, y, w, h = a["rect"]
        if val is True:
            bs = w
            c.setFont(fn, bs * 1.05)
            c.drawCentredString(x + bs / 2, _rl_y(y + bs * 0.86), "X")
            continue
        if a["kind"] == "comb":
            text = val
            if key in ("dob", "arrival", "sign_date") and "-" in val and len(val) == 10:
                text = digits_of_date(val)
            elif key == "sign_date":
                text = "".join(ch for ch in val if ch.isdigit())
            text = (
                text.replace(" ", "")
                if key in ("nir", "postcode", "dob", "arrival", "sign_date")
                else text
            )
            if key == "nir":
                cells = a["cells"] + anchors["nir_key"]["cells"]
            else:
                cells = a["cells"]
            for ch, (cx, cy, cw, chh) in zip(text, cells):
                fs = min(size * 1.05, chh * 0.85)
                c.setFont(fn, fs)
                c.drawCentredString(cx + cw / 2, _rl_y(cy + chh * 0.5 + fs * 0.35), ch)
            continue
        text = val
        if key in ("dob", "arrival") and "-" in val:
            yy, mm, dd = val.split("-")
            if a.get("slots"):
                for part, (sx, sy, sw, sh) in zip((dd, mm, yy), a["slots"]):
                    c.setFont(fn, size)
                    c.drawString(sx + 2, _rl_y(sy + sh - 2.5), part)
                continue
            text = f"{dd}/{mm}/{yy}"
        if key == "sign_date" and a.get("slots"):
            parts = v.get("date_parts")
            if parts:
                for part, (sx, sy, sw, sh) in zip(parts, a["slots"]):
                    c.setFont(fn, size)
                    c.drawString(sx + 2, _rl_y(sy + sh - 2.5), part)
                continue
        fs = size
        while stringWidth(text, fn, fs) > w - 4 and fs > 6:
            fs -= 0.5
        c.setFont(fn, fs)
        c.drawString(x + 3, _rl_y(y + h - 2.3), text)


def draw_signature_image(c, rect_pt, sig_rgba, rng):
    """Paste a signature picture (as done with a PDF viewer's 'sign' tool)."""
    x, y, w, h = rect_pt
    im = sig_rgba
    bw, bh = im.size
    k = min(w * rng.uniform(0.5, 0.75) / bw, h * 0.8 / bh)
    dw, dh = bw * k, bh * k
    px = x + (w - dw) * rng.uniform(0.2, 0.7)
    py = y + (h - dh) * rng.uniform(0.3, 0.7)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    buf.seek(0)
    c.drawImage(ImageReader(buf), px, PAGE_H - py - dh, dw, dh, mask="auto")


def signature_rgba(hand_factory, name, style, dpi=200, size_mm=(70, 28)):
    """Render a signature alone on a transparent background."""
    import numpy as np

    from .hand import Ink

    W = int(size_mm[0] * dpi / 25.4)
    H = int(size_mm[1] * dpi / 25.4)
    ink = Ink((H, W), dpi, seed=7)
    hd = hand_factory(ink)
    hd.signature((0, 0, W, H), name, style, fill=0.9)
    pen, L = list(ink.layers.values())[0]
    ys, xs = np.where(L > 0.02)
    if len(xs):
        L = L[max(0, ys.min() - 6) : ys.max() + 7, max(0, xs.min() - 6) : xs.max() + 7]
    rgba = np.zeros(L.shape + (4,), np.uint8)
    rgba[..., :3] = pen.rgb.astype(np.uint8)
    rgba[..., 3] = (np.clip(L, 0, 1) * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


# ------------------------------------------------------------------ by hand


def _px(rect, f):
    return tuple(t * f for t in rect)


def hand_fill(hand, anchors, vals, v, dpi, page, caps_hand=None):
    """Write values by hand into a raster page (anchors in pt)."""
    f = dpi / 72.0
    ink = hand.ink
    r = hand.rng
    ch_hand = caps_hand or hand
    for key, val in vals.items():
        a = anchors.get(key)
        if a is None or val in (None, ""):
            continue
        rect = _px(a["rect"], f)
        if val is True:
            style = v.get("tick_style", "cross")
            out = v.get("tick_outside", 0.0)
            hand.tick(rect, style, outside=out if key.startswith("sit_") else out * 0.5)
            continue
        if a["kind"] == "comb":
            text = val
            if key in ("dob", "arrival") and "-" in val:
                text = digits_of_date(val)
            if key == "sign_date":
                if v.get("date_fmt") == "comb":
                    text = "".join(ch for ch in val if ch.isdigit())
                else:
                    # written across the comb, ignoring the cells
                    x, y, w, h = rect
                    cap = min(ink.px(hand.cap_mm), h * 0.75)
                    hand.write(
                        val, x + ink.px(0.8), y + h - h * 0.18, cap, max_w=max(w, ink.px(45))
                    )
                    continue
            if key == "nir":
                cells = a["cells"] + anchors["nir_key"]["cells"]
                text = text.replace(" ", "")
            else:
                cells = a["cells"]
            if key in ("postcode", "dob", "arrival", "sign_date"):
                text = text.replace(" ", "")
            ch_hand.write_cells(text, [_px(cc, f) for cc in cells])
            continue
        x, y, w, h = rect
        cap = min(ink.px(hand.cap_mm), h * 0.62)
        if key in ("dob", "arrival") and "-" in val:
            yy, mm, dd = val.split("-")
            if a.get("slots"):
                for part, sl in zip((dd, mm, yy), a["slots"]):
                    sx, sy, sw, sh = _px(sl, f)
                    hand.write(
                        part,
                        sx + ink.px(r.uniform(0.8, 2.0)),
                        sy + sh - ink.px(r.uniform(0.6, 1.2)),
                        cap,
                    )
                continue
            val = v.get("dob_written") or f"{dd}/{mm}/{yy}"
        if key == "sign_date" and a.get("slots") and v.get("date_parts"):
            for part, sl in zip(v["date_parts"], a["slots"]):
                sx, sy, sw, sh = _px(sl, f)
                hand.write(
                    part,
                    sx + ink.px(r.uniform(0.8, 2.0)),
                    sy + sh - ink.px(r.uniform(0.6, 1.2)),
                    cap,
                )
            continue
        base = y + h - ink.px(r.uniform(0.5, 1.3))
        x0 = x + ink.px(r.uniform(1.5, 5.0))
        writer = ch_hand if (key in ("surname", "usage_name") or val.isupper()) else hand
        writer.write(val, x0, base, cap, max_w=x + w - x0 - ink.px(1.0))
