"""Putting values on the drawn form: by hand (pen) or typed with a PDF editor's text tool."""

from reportlab.pdfbase.pdfmetrics import stringWidth

import hand


class HandWriter:
    def __init__(self, pen, rng):
        self.pen, self.rng = pen, rng

    def line(self, text, g):
        size = min(self.pen.size, g["h"] * 0.95 if g["h"] < 30 else self.pen.size)
        hand.write(
            self.c,
            self.pen,
            text,
            g["x"] + self.rng.uniform(0, 4),
            g["y"] + self.rng.uniform(-0.5, 1.5),
            g["w"] - 4,
            self.rng,
            size,
        )

    def comb(self, text, g):
        hand.write_comb(self.c, self.pen, text, g["cells"], self.rng)

    def check(self, g):
        hand.tick(self.c, self.pen, g, self.rng)


class TypedWriter:
    """Text boxes added in a PDF editor (or a word processor), printed in black."""

    def __init__(self, font, size, rng, comb_style):
        self.font, self.size, self.rng = font, size, rng
        self.comb_style = comb_style  # spaced | plain
        self.dx = rng.uniform(-2, 4)
        self.dy = rng.uniform(-1.5, 2.5)

    def _s(self, x, y, text, size=None):
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, size or self.size)
        c.drawString(x, y, text)

    def line(self, text, g):
        size = self.size
        w = stringWidth(text, self.font, size)
        if w > g["w"]:
            size = size * g["w"] / w
        self._s(g["x"] + 1 + self.dx, g["y"] + 0.5 + self.dy * 0.5, text, size)

    def comb(self, text, g):
        cells = g["cells"]
        if self.comb_style == "spaced":
            for ch, (cx, cy, cw, chh) in zip(text, cells, strict=False):
                if ch != " ":
                    size = min(self.size + 1, chh * 0.8)
                    self.c.setFont(self.font, size)
                    self.c.setFillColorRGB(0, 0, 0)
                    self.c.drawCentredString(cx + cw / 2 + self.dx * 0.2, cy + chh * 0.22, ch)
        else:
            cx, cy, cw, chh = cells[0]
            self._s(cx + 1.5 + self.dx * 0.5, cy + chh * 0.25 + self.dy * 0.4, text)

    def check(self, g):
        s = g["s"]
        self.c.setFont("LibSans-B", s * 1.15)
        self.c.setFillColorRGB(0, 0, 0)
        self.c.drawCentredString(
            g["x"] + s / 2 + self.dx * 0.3, g["y"] + s * 0.12 + self.dy * 0.3, "X"
        )


def _val(w, key, text, geo):
    if not text or key not in geo:
        return
    g = geo[key]
    if g["kind"] == "comb":
        if isinstance(w, TypedWriter) and w.comb_style == "plain" and key in ("dob", "nir"):
            text = {
                "dob": lambda t: f"{t[:2]}/{t[2:4]}/{t[4:]}",
                "nir": lambda t: (
                    f"{t[0]} {t[1:3]} {t[3:5]} {t[5:7]} {t[7:10]} {t[10:13]}  {t[13:]}"
                ),
            }[key](text)
        w.comb(text, g)
    else:
        w.line(text, g)


def fill_page1(c, w, geo, v):
    """v: written values (see generate.written_values)."""
    w.c = c
    for key in (
        "surname",
        "usage_name",
        "given_names",
        "dob",
        "birth_city",
        "birth_country",
        "nationality",
        "nir",
        "address",
        "address2",
        "postcode",
        "city",
        "phone",
        "email",
        "profession",
        "autre_text",
    ):
        text = v.get(key) or ""
        if key == "address" and "address2" not in geo and v.get("address2"):
            text = f"{text}, {v['address2']}"
        if key == "address2" and "address2" not in geo:
            continue
        _val(w, key, text, geo)
    w.check(geo["sex_" + v["sex"]])
    for s in v["situations"]:
        w.check(geo["sit_" + s])
    if v.get("contract"):
        if "ct_" + v["contract"] in geo:
            w.check(geo["ct_" + v["contract"]])
        else:
            _val(w, "contract_text", v["contract"], geo)


def fill_page2(c, w, geo, v, date_writer=None):
    dw = date_writer or w
    dw.c = c
    w.c = c
    if v.get("place"):
        _val(dw, "place", v["place"], geo)
    if v.get("date_text"):
        _val(dw, "date", v["date_text"], geo)
