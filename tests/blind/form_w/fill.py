"""Putting the applicant's answers on a print run: typed on screen (vector text), as AcroForm
fields of the fillable PDF, or by hand on the raster page."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import ink
import numpy as np
import pikepdf
import printruns as pr
from PIL import Image
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

TYPED_FONTS = ["Helvetica", "LibSans", "Carlito", "DejaVu", "Times-Roman", "Courier", "Lato"]


@dataclass
class FormData:
    text: dict[str, str]  # slot -> string (text and comb slots), includes place/date
    ticks: list[str]  # check slots ticked
    sign: str  # sig | none | stray
    sig_text: str
    hand_items: set[str] = field(default_factory=set)  # slots written by hand on paper


@dataclass
class Look:
    typed_font: str = "Helvetica"
    typed_size: float = 10.0
    comb_style: str = "center"  # center | spaced
    tick_char: str = "X"
    acro_font_size: float = 10.0
    acro_keep_ap: bool = True
    sig_png_white: bool = False


# ---------------------------------------------------------------------------------------
def _typed(c, slots: dict[str, pr.Slot], data: FormData, page: int, look: Look) -> None:
    fnt, size = look.typed_font, look.typed_size
    for name, val in data.text.items():
        s = slots.get(name)
        if s is None or s.page != page or not val or name in data.hand_items:
            continue
        c.setFillColor(black)
        if s.kind == "comb":
            fs = min(size + 1, s.h * 0.75)
            c.setFont(fnt, fs)
            if look.comb_style == "center":
                for ch, (bx, bt, bw, bh) in zip(val, s.boxes):
                    c.drawCentredString(bx + bw / 2, pr.PH - (bt + bh * 0.78), ch)
            else:  # typed with spaces in a text box: drifts against the boxes
                bx, bt, bw, bh = s.boxes[0]
                pitch = bw * 1.0
                t = c.beginText(bx + bw * 0.28, pr.PH - (bt + bh * 0.78))
                t.setFont(fnt, fs)
                t.setCharSpace(pitch - pdfmetrics.stringWidth("0", fnt, fs))
                t.textOut(val)
                c.drawText(t)
        else:
            fs = min(size, s.h * 0.72)
            while pdfmetrics.stringWidth(val, fnt, fs) > s.w - 4 and fs > 5:
                fs -= 0.25
            c.setFont(fnt, fs)
            c.drawString(s.x + 2.5, pr.PH - (s.top + s.h * 0.76), val)
    for name in data.ticks:
        s = slots.get(name)
        if s is None or s.page != page or name in data.hand_items:
            continue
        c.setFont("Helvetica-Bold" if look.tick_char == "X" else "DejaVu", s.h * 1.05)
        c.drawCentredString(s.x + s.w / 2, pr.PH - (s.top + s.h * 0.9), look.tick_char)


def _acro(
    c,
    run: pr.Run,
    slots: dict[str, pr.Slot],
    data: FormData,
    page: int,
    look: Look,
    combs: dict[str, str],
) -> None:
    f = c.acroForm
    names = run.field_names
    for name, s in slots.items():
        if name == "signature":
            continue
        fname = names.get(name, name)
        y = pr.PH - s.top - s.h
        if s.kind == "check":
            if run.key == "B" and name.startswith("sex_"):
                f.radio(
                    name="Sexe",
                    value=name[-1],
                    selected=name in data.ticks,
                    x=s.x,
                    y=y,
                    size=s.w,
                    buttonStyle="cross",
                    shape="square",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    textColor=black,
                )
            else:
                f.checkbox(
                    name=fname,
                    x=s.x,
                    y=y,
                    size=s.w,
                    checked=name in data.ticks,
                    buttonStyle="cross" if run.key != "C" else "check",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    textColor=black,
                )
        elif s.kind == "comb":
            val = data.text.get(name, "") if name not in data.hand_items else ""
            # one comb field per group of regularly spaced boxes
            groups, cur = [], [s.boxes[0]]
            for b in s.boxes[1:]:
                if abs(b[0] - (cur[-1][0] + cur[-1][2])) < 0.5:
                    cur.append(b)
                else:
                    groups.append(cur)
                    cur = [b]
            groups.append(cur)
            suffix = {8: ["jj", "mm", "aaaa"]}.get(len(s.boxes))
            pos = 0
            for gi, g in enumerate(groups):
                gname = (
                    fname
                    if len(groups) == 1
                    else (
                        f"{fname}_{suffix[gi]}"
                        if suffix and len(groups) == 3
                        else f"{fname}_{gi + 1}"
                    )
                )
                x0, t0, _, h0 = g[0]
                width = g[-1][0] + g[-1][2] - x0
                f.textfield(
                    name=gname,
                    value="",
                    x=x0,
                    y=pr.PH - t0 - h0,
                    width=width,
                    height=h0,
                    maxlen=len(g),
                    fieldFlags="comb",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fontName="Helvetica",
                    fontSize=look.acro_font_size,
                )
                combs[gname] = val[pos : pos + len(g)].rstrip()
                pos += len(g)
        else:
            val = data.text.get(name, "") if name not in data.hand_items else ""
            fs = look.acro_font_size
            while val and pdfmetrics.stringWidth(val, "Helvetica", fs) > s.w - 4 and fs > 5:
                fs -= 0.5
            f.textfield(
                name=fname,
                value=val,
                x=s.x,
                y=y,
                width=s.w,
                height=s.h,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                textColor=black,
                fontName="Helvetica",
                fontSize=fs,
                maxlen=200,
            )


def build_pdf(
    path: str,
    run: pr.Run,
    data: FormData | None,
    mode: str,
    look: Look,
    sig_image: str | None = None,
) -> dict[str, pr.Slot]:
    """mode: blank | typed | acroform. Returns the slots of both pages."""
    pr.register_fonts()
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - S1106")
    c.setAuthor("Assurance Maladie")
    c.setSubject("cerfa n° 15763*02")
    slots: dict[str, pr.Slot] = {}
    combs: dict[str, str] = {}
    for page, draw in ((1, pr.draw_page1), (2, pr.draw_page2)):
        ps = draw(c, run)
        slots.update(ps)
        if mode == "typed":
            _typed(c, ps, data, page, look)
        elif mode == "acroform":
            _acro(c, run, ps, data, page, look, combs)
            if page == 2 and sig_image:
                s = ps["signature"]
                im = Image.open(sig_image)
                w, h = im.size
                sc = min(s.w * 0.8 / w, s.h * 0.78 / h)
                dw, dh = w * sc, h * sc
                with open(sig_image, "rb") as fh:
                    reader = ImageReader(io.BytesIO(fh.read()))
                c.drawImage(
                    reader,
                    s.x + (s.w - dw) / 2 + 6,
                    pr.PH - s.top - s.h / 2 - dh / 2,
                    dw,
                    dh,
                    mask="auto",
                )
        c.showPage()
    c.save()
    if mode == "acroform":
        _fix_acroform(path, combs, look)
    return slots


def _fix_acroform(path: str, combs: dict[str, str], look: Look) -> None:
    """Give comb fields their value and a comb appearance; optionally drop text APs."""
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    helv = pdf.Root.AcroForm.DR.Font.Helv
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if a.get("/FT") != "/Tx":
                continue
            name = str(a.T)
            if name in combs:
                val = combs[name]
                a.V = pikepdf.String(val)
                x0, y0, x1, y1 = (float(v) for v in a.Rect)
                n = int(a.MaxLen)
                cell = (x1 - x0) / n
                fs = look.acro_font_size
                ops = [f"/Tx BMC q BT /Helv {fs:g} Tf 0 g"]
                for i, ch in enumerate(val):
                    cx = i * cell + (cell - pdfmetrics.stringWidth(ch, "Helvetica", fs)) / 2
                    ops.append(f"1 0 0 1 {cx:.2f} {(y1 - y0) * 0.25:.2f} Tm ({ch}) Tj")
                ops.append("ET Q EMC")
                ap = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
                ap.Type = pikepdf.Name.XObject
                ap.Subtype = pikepdf.Name.Form
                ap.BBox = [0, 0, x1 - x0, y1 - y0]
                ap.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
                a.AP = pikepdf.Dictionary(N=ap)
            if not look.acro_keep_ap and "/AP" in a:
                del a["/AP"]
    if not look.acro_keep_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    pdf.save(path, deterministic_id=True)


# ---------------------------------------------------------------------------------------
def hand_fill(
    layer: ink.InkLayer,
    slots: dict[str, pr.Slot],
    data: FormData,
    page: int,
    hand: ink.Hand,
    rng: random.Random,
    tick_kind: str,
    only_hand_items: bool,
    sig_hand: bool,
) -> None:
    """Write on one raster page: all items (hand fill way) or only data.hand_items."""
    for name, val in data.text.items():
        s = slots.get(name)
        if s is None or s.page != page or not val:
            continue
        if only_hand_items and name not in data.hand_items:
            continue
        if s.kind == "comb":
            layer.write_comb(val, s.boxes, hand, rng)
        else:
            size = min(s.h * rng.uniform(1.0, 1.2), 14.5)
            x = s.x + rng.uniform(1.5, 8)
            layer.write(val, x, s.top + s.h * 0.82, size, hand, rng, max_w_pt=s.x + s.w - x)
    if not only_hand_items:
        for name in data.ticks:
            s = slots.get(name)
            if s is not None and s.page == page:
                layer.tick((s.x, s.top, s.w, s.h), rng, tick_kind)
    s = slots["signature"]
    if page == 2 and sig_hand:
        if data.sign == "sig":
            mask = ink.signature_mask(data.sig_text, rng)
            layer.paste_mask(
                mask,
                (s.x, s.top, s.w, s.h),
                rng,
                rng.uniform(0.5, 0.85),
                rng.uniform(-0.12, 0.12),
                rng.uniform(-0.1, 0.08),
            )
        elif data.sign == "stray":
            ink.stray_mark(layer, (s.x, s.top, s.w, s.h), rng)


def signature_png(
    path: str, data: FormData, rng: random.Random, ink_name: str, white: bool
) -> None:
    """The signature image a person pastes into the fillable PDF (photo or scan of it)."""
    mask = ink.signature_mask(data.sig_text, rng)
    h, w = mask.shape
    col = np.array(ink.INKS[ink_name], np.float32)
    if white:  # a cropped photo of the signature on paper
        paper = np.array([rng.uniform(225, 245)] * 3, np.float32)
        grad = np.linspace(0.94, 1.02, w, dtype=np.float32)[None, :, None]
        img = paper * grad * (1 - mask[..., None]) + col * mask[..., None]
        img = np.clip(img, 0, 255).astype(np.uint8)
        Image.fromarray(img).save(path, "PNG")
    else:
        rgba = np.zeros((h, w, 4), np.uint8)
        rgba[..., :3] = col.astype(np.uint8)
        rgba[..., 3] = np.clip(mask * 255, 0, 255).astype(np.uint8)
        Image.fromarray(rgba, "RGBA").save(path, "PNG")
