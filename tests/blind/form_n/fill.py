"""Putting values into the form: typed on the print layer, as AcroForm fields, or by hand."""

from formlayout import PAGE_H, field_name
from ink import writable
from reportlab.lib.colors import Color, black


def _split(value, groups):
    out, i = [], 0
    for g in groups:
        out.append(value[i : i + g])
        i += g
    return out


def overlay_typed(c, geo, vals, page, style):
    """Values typed on screen and printed with the page.

    style: font, size, spread (one char per comb box), check ("X" or dingbat), highlight,
    dx/dy (offset of text typed with a PDF editor), color.
    """
    if style.get("highlight"):
        c.setFillColor(Color(0.8, 0.86, 1.0))
        for g in geo.values():
            if g["page"] != page or g["kind"] == "sig":
                continue
            for b in g.get("boxes") or [g["rect"]]:
                c.rect(b[0] + 0.6, b[1] + 0.6, b[2] - 1.2, b[3] - 1.2, stroke=0, fill=1)
    c.setFillColor(style.get("color", black))
    font, size = style["font"], style["size"]
    dx, dy = style.get("dx", 0.0), style.get("dy", 0.0)
    for key, v in vals.items():
        g = geo.get(key)
        if g is None or g["page"] != page or not v:
            continue
        if g["kind"] == "check":
            x, y, w, h = g["rect"]
            if style.get("check") == "dingbat":
                c.setFont("ZapfDingbats", h * 0.9)
                c.drawCentredString(x + w / 2, y + h * 0.15, "4")
            else:
                c.setFont(font, h * 1.05)
                c.drawCentredString(x + w / 2 + dx * 0.3, y + h * 0.12, "X")
        elif g["kind"] == "comb":
            boxes = g["boxes"]
            if _free(v, boxes):
                c.setFont(font, size)
                b = boxes[0]
                c.drawString(b[0] + 2 + dx, b[1] + b[3] * 0.27 + dy, v)
            elif style.get("spread", True):
                c.setFont(font, min(size + 1, boxes[0][3] * 0.7))
                for ch, b in zip(v, boxes):
                    c.drawCentredString(b[0] + b[2] / 2, b[1] + b[3] * 0.27, ch)
            else:
                text = style.get("comb_text", {}).get(key, v)
                c.setFont(font, size)
                b = boxes[0]
                c.drawString(b[0] + 2 + dx, b[1] + b[3] * 0.27 + dy, text)
        else:
            x, y, w, h = g["rect"]
            c.setFont(font, size)
            c.drawString(x + 2.5 + dx, y + max(2.5, (h - size) / 2 + 1) + dy, v)
    c.setFillColor(black)


def overlay_acro(c, geo, vals, page, run, counter, style):
    """Real AcroForm fields for every field of the page, filled with vals."""
    form = c.acroForm
    clear = Color(1, 1, 1, alpha=0)
    for key, g in geo.items():
        if g["page"] != page or g["kind"] == "sig":
            continue
        counter[0] += 1
        name = field_name(run, key, page, counter[0])
        v = vals.get(key)
        if g["kind"] == "check":
            x, y, w, h = g["rect"]
            form.checkbox(
                name=name,
                x=x + 0.5,
                y=y + 0.5,
                size=w - 1,
                checked=bool(v),
                buttonStyle=style.get("button", "check"),
                borderWidth=0,
                borderColor=clear,
                fillColor=clear,
                textColor=black,
                forceBorder=False,
            )
        elif g["kind"] == "comb":
            parts = _split(v or "", g["groups"])
            i = 0
            for gi, (gsize, part) in enumerate(zip(g["groups"], parts)):
                b0 = g["boxes"][i]
                i += gsize
                if len(g["groups"]) > 1:
                    nm = name[:-3] + f"_{gi + 1}[0]" if name.endswith("[0]") else f"{name}_{gi + 1}"
                else:
                    nm = name
                form.textfield(
                    name=nm,
                    value=part.strip(),
                    x=b0[0],
                    y=b0[1],
                    width=b0[2] * gsize,
                    height=b0[3],
                    maxlen=gsize,
                    fieldFlags="comb",
                    fontName="Helvetica",
                    fontSize=10,
                    borderWidth=0,
                    borderColor=clear,
                    fillColor=clear,
                    textColor=black,
                    forceBorder=False,
                )
        else:
            x, y, w, h = g["rect"]
            form.textfield(
                name=name,
                value=v or "",
                x=x,
                y=y,
                width=w,
                height=h,
                fontName="Helvetica",
                fontSize=style.get("size", 9.5),
                borderWidth=0,
                borderColor=clear,
                fillColor=clear,
                textColor=black,
                forceBorder=False,
            )


def _free(v, boxes):
    """A value written across comb boxes rather than one character per box (a date in words)."""
    return len(v) > len(boxes) or (any(ch.isalpha() for ch in v) and len(boxes) <= 8)


def to_px(rect, scale):
    x, y, w, h = rect
    return (x * scale, (PAGE_H - y - h) * scale, w * scale, h * scale)


CURSIVE_KEYS = {
    "adresse",
    "commune",
    "email",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "employeur",
    "emploi",
    "autre_texte",
    "fait_a",
    "le",
}


def hand_fill(ink, writer, geo, vals, page, scale, cursive_ok=True):
    """Write vals by hand on a page raster (scale = px per pt)."""
    for key, v in vals.items():
        g = geo.get(key)
        if g is None or g["page"] != page or not v:
            continue
        if g["kind"] == "check":
            writer.tick(ink, to_px(g["rect"], scale))
        elif g["kind"] == "comb" and _free(v, g["boxes"]):
            x, y, w, h = to_px(g["boxes"][0], scale)
            font = writer.cursive_font if writable(writer.cursive_font, v) == v else None
            v = writable(font or writer.print_font, v)
            writer.text(ink, v, x + 4, y + h * 0.85, h * 0.9, font=font)
        elif g["kind"] == "comb":
            writer.comb(ink, v, [to_px(b, scale) for b in g["boxes"]])
        else:
            x, y, w, h = to_px(g["rect"], scale)
            font = writer.print_font
            if cursive_ok and key in CURSIVE_KEYS and writer.rng.random() < 0.5:
                if writable(writer.cursive_font, v) == v:
                    font = writer.cursive_font
            if writable(font, v) != v and writable(writer.cursive_font, v) == v:
                font = writer.cursive_font
            v = writable(font, v)
            size = h * writer.rng.uniform(0.78, 0.98)
            writer.text(
                ink, v, x + writer.rng.uniform(2, 12), y + h * 0.82, size, font=font, max_w=w - 14
            )
