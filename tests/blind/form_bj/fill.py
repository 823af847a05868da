"""Putting values on the form: typed on the PDF, AcroForm fields, or by hand on a raster."""

import io

import pikepdf
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

from hand import signature, stray_mark
from layout import PAGE_H

COMB_FLAG = 1 << 24
TEXT_KEYS = [
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "naiss_commune",
    "naiss_pays",
    "nationalite",
    "adresse",
    "commune",
    "telephone",
    "email",
    "profession",
    "autre_precision",
]
COMB_KEYS = ["date_naissance", "nir", "code_postal"]


def checked_keys(vals):
    keys = [f"sexe_{vals['sexe']}"] + list(vals["sits"])
    if vals.get("contract"):
        keys.append(vals["contract"])
    return keys


# ------------------------------------------------------------------ typed
def type_page(c, zones, page, vals, rng, font, size, with_date=True):
    """Values typed on screen (word processor / PDF editor text tool), then printed."""
    dx, dy = rng.uniform(-2, 3), rng.uniform(-1.5, 2.5)
    c.setFillColorRGB(0, 0, 0)
    for key, z in zones.items():
        if z.page != page:
            continue
        v = vals.get(key)
        if key in ("fait_a", "date_sign") and not with_date:
            continue
        if z.kind == "line" and v:
            s = size
            while pdfmetrics.stringWidth(v, font, s) > z.w - 2 and s > 6:
                s -= 0.5
            c.setFont(font, s)
            c.drawString(z.x + 2 + dx, z.y + 2.5 + dy, v)
        elif z.kind == "comb" and v:
            c.setFont(font, size)
            for ch, (bx, by, bw, bh) in zip(v, z.boxes):
                c.drawCentredString(bx + bw / 2 + dx * 0.6, by + bh * 0.28 + dy * 0.5, ch)
    c.setFont(font, size + 1)
    for key in checked_keys(vals):
        z = zones.get(key)
        if z and z.page == page:
            c.drawCentredString(z.x + z.w / 2 + dx * 0.3, z.y + 1.2 + dy * 0.3, "X")


# ------------------------------------------------------------------ acroform
def field_name(run, key, n):
    if run == "r1":
        return key
    if run == "r2":
        return "".join(p.capitalize() for p in key.split("_"))
    return f"Zone de texte {n}" if not key.startswith(("sexe", "sit", "ct_")) else f"Case {n}"


def acro_page(c, zones, page, vals, run, counter, with_date=True):
    f = c.acroForm
    clear = Color(1, 1, 1, alpha=0)
    style = {"r1": "cross", "r2": "check", "r3": "cross"}[run]
    ticks = set(checked_keys(vals))
    for key, z in zones.items():
        if z.page != page or key.startswith("res_"):
            continue
        counter[0] += 1
        n = counter[0]
        v = vals.get(key) or ""
        if key in ("fait_a", "date_sign") and not with_date:
            v = ""
        if z.kind == "check":
            f.checkbox(
                name=field_name(run, key, n),
                checked=key in ticks,
                buttonStyle=style,
                x=z.x,
                y=z.y,
                size=z.w,
                borderWidth=0,
                fillColor=clear,
                borderColor=clear,
                textColor=Color(0, 0, 0),
            )
        elif z.kind == "line":
            f.textfield(
                name=field_name(run, key, n),
                value=v,
                x=z.x,
                y=z.y,
                width=z.w,
                height=z.h,
                borderWidth=0,
                fillColor=clear,
                borderColor=clear,
                fontName="Helvetica",
                fontSize=0 if len(v) > 34 else 10,
                maxlen=200,
            )
        elif z.kind == "comb":
            # one comb field per group of adjacent boxes (jour / mois / annee ...)
            groups, cur = [], [z.boxes[0]]
            for b in z.boxes[1:]:
                if abs(b[0] - (cur[-1][0] + cur[-1][2])) < 0.5:
                    cur.append(b)
                else:
                    groups.append(cur)
                    cur = [b]
            groups.append(cur)
            pos = 0
            for gi, g in enumerate(groups):
                part = v[pos : pos + len(g)]
                pos += len(g)
                nm = field_name(run, key, n) + (f"_{gi + 1}" if len(groups) > 1 else "")
                f.textfield(
                    name=nm,
                    value=part,
                    x=g[0][0],
                    y=g[0][1],
                    width=g[-1][0] + g[-1][2] - g[0][0],
                    height=g[0][3],
                    borderWidth=0,
                    fillColor=clear,
                    borderColor=clear,
                    fontName="Helvetica",
                    fontSize=10,
                    maxlen=len(g),
                    fieldFlags="comb",
                )
        elif z.kind == "sig" and vals.get("sig_png"):
            png = vals["sig_png"]
            c.drawImage(
                ImageReader(io.BytesIO(png)), z.x + 6, z.y + 4, z.w - 12, z.h - 14, mask="auto"
            )


def fix_acro(pdf_bytes, strip_text_ap):
    """Give comb fields a per-cell appearance; optionally drop text appearances."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type1,
        BaseFont=pikepdf.Name.Helvetica,
        Encoding=pikepdf.Name.WinAnsiEncoding,
    )
    for page in pdf.pages:
        for a in page.obj.get("/Annots", []):
            if a.get("/FT") != "/Tx":
                continue
            if strip_text_ap:
                if "/AP" in a:
                    del a["/AP"]
                continue
            ff = int(a.get("/Ff", 0))
            if not ff & COMB_FLAG:
                continue
            v = str(a.get("/V", ""))
            n = int(a.get("/MaxLen", 1))
            r = [float(x) for x in a.Rect]
            w, h = r[2] - r[0], r[3] - r[1]
            cw = w / n
            ops = ["/Tx BMC q BT /Helv 10 Tf 0 g"]
            for i, ch in enumerate(v):
                x = i * cw + (cw - pdfmetrics.stringWidth(ch, "Helvetica", 10)) / 2
                ops.append(f"1 0 0 1 {x:.2f} {h * 0.28:.2f} Tm ({ch}) Tj")
            ops.append("ET Q EMC")
            st = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
            st.Type = pikepdf.Name.XObject
            st.Subtype = pikepdf.Name.Form
            st.BBox = [0, 0, w, h]
            st.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
            a.AP = pikepdf.Dictionary(N=st)
    if strip_text_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# ------------------------------------------------------------------ by hand
class Px:
    def __init__(self, scale):
        self.s = scale

    def line(self, z):
        return z.x * self.s, (PAGE_H - z.y) * self.s - z.h * self.s * 0.15, z.w * self.s

    def box(self, b):
        x, y, w, h = b
        return x * self.s, (PAGE_H - y - h) * self.s, w * self.s, h * self.s


def hand_page(img, zones, page, vals, writer, rng, px, keys):
    """Write the values of `keys` (texts, combs, ticks) found on this page."""
    tick_style = rng.choice(["cross", "cross", "check", "fill"])
    ticks = set(checked_keys(vals))
    for key, z in zones.items():
        if z.page != page or key not in keys:
            continue
        v = vals.get(key)
        if z.kind == "line" and v:
            x, base, w = px.line(z)
            x += rng.uniform(2, 10) * px.s
            img = writer.write(img, x, base, v, max_w=w - 12 * px.s)
        elif z.kind == "comb" and v:
            img = writer.write_comb(img, [px.box(b) for b in z.boxes], v)
        elif z.kind == "check" and key in ticks:
            img = writer.tick(img, px.box((z.x, z.y, z.w, z.h)), tick_style)
    return img


def sign_page(img, zones, vals, writer, rng, px):
    z = zones["signature"]
    box = px.box((z.x, z.y, z.w, z.h))
    if vals["sign"] == "sig":
        return signature(rng, box, img, writer)
    if vals["sign"] == "stray":
        return stray_mark(rng, box, img, writer)
    return img
