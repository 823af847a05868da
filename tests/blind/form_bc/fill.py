"""Putting values on a print run: by hand, typed (then printed), or as AcroForm fields."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

import ink
from layout_common import PAGE_H, PAGE_W


def ticks_for(p) -> set[str]:
    t = {"sexe_" + p.sex}
    t |= {"sit_" + s for s in p.situation}
    if p.contract:
        t.add("ct_" + p.contract)
    return t


def comb_chars(value: str, slot) -> list[str]:
    """Characters one per cell; names keep their spaces as empty cells."""
    n = sum(g[4] for g in slot.groups)
    chars = (
        list(value)
        if " " in value and not value.replace(" ", "").isdigit()
        else [ch for ch in value if ch != " "]
    )
    return (chars + [""] * n)[:n]


class Plan:
    """What goes on the form and which parts are done by hand (after printing)."""

    def __init__(self, p, layout, vals, rng):
        self.p, self.layout, self.vals, self.rng = p, layout, vals, rng
        self.ticks = ticks_for(p)
        self.hand_keys: set[str] = set()  # values added by hand on a typed/printed form
        self.sign = "none" if p.case in ("unsigned", "label_only") else "hand"
        if p.case == "stray_mark":
            self.sign = "stray"
        self.pen = ink.HandPen(rng, p.hand_font, p.ink, 11.5)
        # school-cursive writers still print capitals in block letters
        self.caps_pen = self.pen
        if p.hand_font == "ecolier":
            self.caps_pen = ink.HandPen(rng, "dkg", p.ink, 11.5)
        self.tick_style = rng.choice(["cross", "cross", "check"])
        self.initials = p.given[:1].upper() + p.surname[:1].upper()
        self.stray = None


# ----------------------------------------------------------------------------- drawing
def _draw_hand_value(c, plan, slot, key, value):
    rng = plan.rng
    caps = value.upper() == value and any(ch.isalpha() for ch in value)
    pen = plan.caps_pen if caps or slot.kind == "comb" else plan.pen
    if slot.kind == "comb":
        for (x, y, w, h), ch in zip(slot.cells(), comb_chars(value, slot), strict=True):
            if ch.strip():
                pen.write_center(c, x + w / 2, y + h * 0.2, ch.upper(), h * 0.78)
        return
    size = min(12.5, slot.h * 0.95)
    x0 = slot.x + rng.uniform(3, 14 if slot.w > 120 else 5)
    pen.write(c, x0, slot.y + rng.uniform(1.5, 3.5), value, size, slot.x + slot.w - x0 - 2)


def _draw_typed_value(c, style, slot, value):
    font, size, dx, dy = style
    if slot.kind == "comb":
        for (x, y, w, h), ch in zip(slot.cells(), comb_chars(value, slot), strict=True):
            if ch.strip():
                s = min(size + 1, h * 0.75)
                c.setFont(font, s)
                c.drawCentredString(x + w / 2 + dx * 0.4, y + (h - s * 0.7) / 2 + dy * 0.4, ch)
        return
    s = size
    while pdfmetrics.stringWidth(value, font, s) > slot.w - 6 and s > 6:
        s -= 0.5
    c.setFont(font, s)
    c.drawString(slot.x + 3 + dx, slot.y + 2.5 + dy, value)


def draw_hand_parts(c, plan, page):
    """Ink added with a pen on paper: signature, stray mark, values listed in hand_keys."""
    lay, rng = plan.layout, plan.rng
    for key in sorted(plan.hand_keys):
        slot = lay.slots.get(key)
        if slot is None or slot.page != page:
            continue
        if slot.kind == "check":
            ink.draw_tick(c, rng, slot.rect, plan.p.ink, plan.tick_style)
        elif plan.vals.get(key):
            _draw_hand_value(c, plan, slot, key, plan.vals[key])
    sig = lay.slots["signature"]
    if sig.page != page:
        return
    box = sig.rect
    if lay.sig_label == "inside":  # keep clear of the printed label in the corner
        box = (sig.x + 4, sig.y + 2, sig.w - 8, sig.h - 14)
    if plan.sign == "hand":
        ink.draw_signature(c, rng, box, plan.p.ink, plan.initials)
    elif plan.sign == "stray":
        plan.stray = ink.draw_stray_mark(c, rng, box, plan.p.ink)


def draw_values(c, plan, page, how, typed_style=None):
    """All values of one page written by hand (how='hand') or typed (how='typed')."""
    lay = plan.layout
    for key, slot in lay.slots.items():
        if slot.page != page or key in plan.hand_keys:
            continue
        if slot.kind == "check":
            if key in plan.ticks:
                if how == "hand":
                    ink.draw_tick(c, plan.rng, slot.rect, plan.p.ink, plan.tick_style)
                else:
                    font, size, dx, dy = typed_style
                    c.setFont(font, slot.h * 1.05)
                    c.drawCentredString(
                        slot.x + slot.w / 2 + dx * 0.3, slot.y + slot.h * 0.14 + dy * 0.3, "X"
                    )
            continue
        value = plan.vals.get(key)
        if slot.kind in ("line", "comb") and value:
            if how == "hand":
                _draw_hand_value(c, plan, slot, key, value)
            else:
                _draw_typed_value(c, typed_style, slot, value)


def paper_pdf(plan, how, typed_style=None) -> bytes:
    """The form as it lies on the desk after filling: printed form + values + pen marks."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    for page in (0, 1):
        plan.layout.draw(c, page)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        draw_values(c, plan, page, how, typed_style)
        draw_hand_parts(c, plan, page)
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- acroform
def acro_pdf(plan, hand_on_paper: bool, with_ap: bool, sig_image: Image.Image | None) -> bytes:
    """The fillable PDF filled on screen. hand_on_paper adds the pen marks made after
    printing (for acroform_printed); sig_image is a signature picture pasted in the box."""
    lay = plan.layout
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("CNAM")
    c.setSubject("cerfa 15763*02 - S1106")
    af = c.acroForm
    combs = {}
    for page in (0, 1):
        lay.draw(c, page)
        for key, slot in lay.slots.items():
            if slot.page != page or slot.kind == "box":
                continue
            if slot.kind == "check":
                af.checkbox(
                    name=lay.acro_name(key),
                    checked=key in plan.ticks,
                    buttonStyle="cross",
                    x=slot.x + 0.5,
                    y=slot.y + 0.5,
                    size=slot.w - 1,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fieldFlags="",
                )
                continue
            value = plan.vals.get(key) or ""
            if slot.kind == "line":
                af.textfield(
                    name=lay.acro_name(key),
                    value=value,
                    x=slot.x + 1,
                    y=slot.y + 1,
                    width=slot.w - 2,
                    height=slot.h,
                    fontName="Helvetica",
                    fontSize=9.5,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    maxlen=200,
                )
                continue
            chars = comb_chars(value, slot)
            i = 0
            for gi, (gx, gy, cw, ch, n) in enumerate(slot.groups):
                part = "".join(chars[i : i + n]).rstrip()
                i += n
                name = lay.acro_name(key, gi)
                combs[name] = (cw, n)
                af.textfield(
                    name=name,
                    value=part,
                    x=gx,
                    y=gy,
                    width=cw * n,
                    height=ch,
                    fontName="Helvetica",
                    fontSize=10,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    maxlen=n,
                    fieldFlags="comb",
                )
        sig = lay.slots["signature"]
        if sig.page == page and sig_image is not None:
            rng = plan.rng
            iw, ih = sig_image.size
            w = sig.w * rng.uniform(0.5, 0.72)
            h = w * ih / iw
            if h > sig.h * 0.85:
                h = sig.h * 0.85
                w = h * iw / ih
            x = sig.x + rng.uniform(0.1, 0.9) * (sig.w - w)
            y = sig.y + rng.uniform(0.1, 0.8) * (sig.h - h)
            c.drawImage(ImageReader(sig_image), x, y, w, h, mask="auto")
        if hand_on_paper:
            draw_hand_parts(c, plan, page)
        c.showPage()
    c.save()
    return _fix_appearances(buf.getvalue(), combs, with_ap)


def _fix_appearances(data: bytes, combs: dict, with_ap: bool) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/FT") != "/Tx":
                continue
            name = str(annot.get("/T"))
            if not with_ap:
                if "/AP" in annot:
                    del annot["/AP"]
                continue
            if name in combs:
                cw, n = combs[name]
                value = str(annot.get("/V", ""))
                ops = ["/Tx BMC", "q", "BT", "/Helv 10 Tf", "0 g"]
                for i, ch in enumerate(value[:n]):
                    w = pdfmetrics.stringWidth(ch, "Helvetica", 10)
                    esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                    ops.append(f"1 0 0 1 {i * cw + (cw - w) / 2:.2f} 3.6 Tm ({esc}) Tj")
                ops += ["ET", "Q", "EMC"]
                ap = annot.AP.N
                ap.write("\n".join(ops).encode("latin-1"))
    _nest_field_names(pdf)
    if not with_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    pdf.docinfo["/Producer"] = (
        "Adobe Acrobat Reader (64-bit) 24.4" if with_ap else "macOS Version 14.5 Quartz PDFContext"
    )
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _nest_field_names(pdf) -> None:
    """Dotted names become a field hierarchy (partial names hold no period), as in forms
    made with LiveCycle ('topmostSubform[0].Page1[0].X[0]') or Acrobat ('Text6.0')."""
    acro = pdf.Root.AcroForm
    top, nodes = [], {}
    for fld in list(acro.Fields):
        parts = str(fld.T).split(".")
        if len(parts) == 1:
            top.append(fld)
            continue
        parent = None
        for depth in range(1, len(parts)):
            key = ".".join(parts[:depth])
            if key not in nodes:
                node = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String(parts[depth - 1])))
                node.Kids = pikepdf.Array()
                if parent is None:
                    top.append(node)
                else:
                    node.Parent = parent
                    parent.Kids.append(node)
                nodes[key] = node
            parent = nodes[key]
        fld.T = pikepdf.String(parts[-1])
        fld.Parent = parent
        parent.Kids.append(fld)
    acro.Fields = pikepdf.Array(top)
