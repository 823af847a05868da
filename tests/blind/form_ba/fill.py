"""Fill a print run: by hand, typed, printed AcroForm values, or live AcroForm fields."""

import io
import random

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

import hand
from layout import Form

TYPED_FONTS = ["LibSans", "Mono", "Courier", "OpenSans"]
LC_NAMES = {  # LiveCycle-like field names (used for run A and B acroforms)
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "birth_town": "LieuNaissanceCommune",
    "birth_country": "LieuNaissancePays",
    "nationality": "Nationalite",
    "nir": "NIR",
    "nir_key": "CleNIR",
    "postcode": "CodePostal",
    "city": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "job": "EmploiOccupe",
    "other_text": "AutreSituationPrecision",
    "place": "FaitA",
    "date": "DateSignature",
}


def acro_name(run, zone):
    if run == "C":
        return zone.replace("sit_", "situation_").replace("ct_", "contrat_")
    base = LC_NAMES.get(zone, zone.replace("_", "").title())
    page = 2 if zone in ("place", "date", "date_d", "date_m", "date_y") else 1
    return f"topmostSubform[0].Page{page}[0].{base}[0]"


class Filler:
    def __init__(self, c, geo, mode, rng, pen, run):
        self.c, self.geo, self.mode, self.rng, self.pen, self.run = c, geo, mode, rng, pen, run
        self.font = rng.choice(TYPED_FONTS)

    def put(self, zone, value, by=None):
        """Write value in zone; by overrides the mode ("hand", "typed", "acro_print")."""
        if not value:
            return
        z = self.geo[zone]
        by = by or self.mode
        if by == "hand":
            if z["kind"] == "comb":
                self.pen.comb(self.c, z, value)
            else:
                x = z["x"] + self.rng.uniform(2, 12)
                size = self.rng.uniform(13, 15.5)
                self.pen.write(self.c, x, z["y"] + 2, value, size, max_w=z["w"] - 14)
            return
        font = self.font if by == "typed" else "Helvetica"
        size = 10 if by == "typed" else 9.5
        c = self.c
        c.setFillColor(black)
        if z["kind"] == "comb":
            cw = z["w"] / z["n"]
            for i, ch in enumerate(value[: z["n"]]):
                gw = pdfmetrics.stringWidth(ch, font, size)
                c.setFont(font, size)
                c.drawString(z["x"] + i * cw + (cw - gw) / 2, z["y"] + z["h"] * 0.25, ch)
            return
        while pdfmetrics.stringWidth(value, font, size) > z["w"] - 6 and size > 6:
            size -= 0.5
        c.setFont(font, size)
        c.drawString(z["x"] + 3, z["y"] + 3.5, value)

    def tick(self, zone, by=None):
        z = self.geo[zone]
        by = by or self.mode
        if by == "hand":
            self.pen.tick(self.c, z)
        elif by == "typed":  # an "X" typed over the box
            c = self.c
            size = z["w"] * 1.1
            gw = pdfmetrics.stringWidth("X", self.font, size)
            c.setFillColor(black)
            c.setFont(self.font, size)
            c.drawString(z["x"] + (z["w"] - gw) / 2, z["y"] + z["w"] * 0.12, "X")
        else:  # a viewer's check mark, printed
            c = self.c
            x, y, w = z["x"], z["y"], z["w"]
            c.saveState()
            c.setLineWidth(w * 0.16)
            c.setLineJoin(1)
            p = c.beginPath()
            p.moveTo(x + w * 0.18, y + w * 0.5)
            p.lineTo(x + w * 0.42, y + w * 0.2)
            p.lineTo(x + w * 0.85, y + w * 0.85)
            c.drawPath(p, stroke=1, fill=0)
            c.restoreState()


def zone_values(d, run, caps_given):
    """Values as written on the form, keyed by zone name."""
    given = d["given_names"].upper() if caps_given else d["given_names"]
    y, m, dd = d["dob"].split("-")
    v = {
        "surname": d["surname"],
        "usage_name": d["usage_name"],
        "given_names": given,
        "dob_d": dd,
        "dob_m": m,
        "dob_y": y,
        "birth_town": d["town"],
        "birth_country": d["country"],
        "nationality": d["nationality"],
        "address": d["address"],
        "postcode": d["postcode"],
        "city": d["city"],
        "phone": d["phone"],
        "email": d["email"],
        "job": d["job"] if d["situation"] and "salarie" in d["situation"] else None,
        "other_text": d["job"] if d["situation"] == "autre" else None,
    }
    if d["nir"]:
        v["nir"], v["nir_key"] = d["nir"][:13], d["nir"][13:]
    checks = ["sex_" + d["sex"]]
    for s in (d["situation"] or "").split("+"):
        if s:
            checks.append("sit_" + s)
    if d["contract"]:
        checks.append("ct_" + d["contract"])
    return v, checks


def date_values(run, sig):
    """Zone values for the date: combs (run A) or one line."""
    if not sig["date_text"]:
        return {}
    if run == "A" and sig["date_combs"]:
        a, b, c = sig["date_combs"]
        return {"date_d": a, "date_m": b, "date_y": c}
    return {"date": sig["date_text"]}


def draw_page(c, form, page, spec, seed):
    """Draw one page of the filled form on canvas c (static content, no live fields)."""
    rng = random.Random(seed * 10 + page)
    pen = hand.Pen(random.Random(seed), hand=spec["hand"], ink=spec["ink"])
    pen.rng = rng
    form.geo = {}
    (form.page1 if page == 1 else form.page2)()
    mode = {"hand": "hand", "typed_print": "typed", "acroform_printed": "acro_print"}.get(
        spec["fill_way"]
    )
    f = Filler(c, form.geo, mode, rng, pen, form.run)
    f.font = spec["typed_font"]
    vals, checks = spec["values"], spec["checks"]
    if page == 1:
        if mode:
            for k, v in vals.items():
                f.put(k, v)
            for k in checks:
                f.tick(k)
    else:
        sig = spec["sig"]
        if mode:
            f.put("place", sig["place"], by=sig["place_by"] or mode)
            for k, v in date_values(form.run, sig).items():
                f.put(k, v, by=sig["date_by"] or mode)
        sz = form.geo["signature"]
        if sig["kind"] == "hand":
            hand.draw_signature(c, rng, spec["sig_name"], sz, pen.ink, spec["sig_given"])
        elif sig["kind"] == "stray":
            hand.stray_mark(c, rng, sz, pen.ink)
        elif sig["kind"] == "image":
            buf = io.BytesIO()
            iw, ih = hand.signature_png(rng, spec["sig_name"], buf, given=spec["sig_given"])
            buf.seek(0)
            w = sz["w"] * 0.6
            h = w * ih / iw
            c.drawImage(ImageReader(buf), sz["x"] + 20, sz["y"] + 12, w, h)


def add_fields(c, form, page, spec):
    """Live AcroForm fields over the blank run (acroform fill way)."""
    af = c.acroForm
    run = form.run
    vals = dict(spec["values"])
    checks = set(spec["checks"])
    names = [k for k, z in form.geo.items() if z["page"] == page and k != "signature"]
    if page == 2:
        vals.update(date_values(run, spec["sig"]))
        vals["place"] = spec["sig"]["place"]
    fill = Color(0.86, 0.9, 1.0) if run != "C" else Color(0.93, 0.95, 1.0)
    for k in names:
        z = form.geo[k]
        name = acro_name(run, k)
        if z["kind"] == "check":
            af.checkbox(
                name=name,
                checked=k in checks,
                buttonStyle="cross" if run == "C" else "check",
                x=z["x"],
                y=z["y"],
                size=z["w"],
                borderWidth=0.5,
                fillColor=fill,
                borderColor=black,
                textColor=black,
                forceBorder=True,
            )
            continue
        kw = {"fillColor": fill}
        if z["kind"] == "comb":  # transparent, so that the printed boxes show
            kw = {"fieldFlags": "comb", "maxlen": z["n"], "fillColor": None}
        af.textfield(
            name=name,
            value=vals.get(k) or "",
            x=z["x"],
            y=z["y"],
            width=z["w"],
            height=min(z["h"], 16),
            fontName="Helvetica",
            fontSize=9,
            borderWidth=0,
            textColor=black,
            **kw,
        )


def build_pdf(spec, order, live=False):
    """PDF bytes holding the pages in `order` (e.g. [1, 2], [2, 1], [2])."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    form = Form(c, spec["run"])
    for p in order:
        draw_page(c, form, p, spec, spec["seed"])
        if live:
            add_fields(c, form, p, spec)
        c.showPage()
    c.save()
    return buf.getvalue()
