"""The fill ways: by hand (pen on the printed form), typed then printed, AcroForm."""

from __future__ import annotations

import io

import hand
import pikepdf
import printrun
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

TYPED_FONTS = {
    "arial": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "calibri": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "times": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "courier": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "opensans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
}
TEXT_KEYS = [
    "nom", "nom_usage", "prenoms", "lieu_commune", "lieu_pays", "nationalite", "adresse",
    "commune", "tel", "email", "profession", "autre_txt",
]  # fmt: skip
COMB_KEYS = ["dob", "nir", "nir_cle", "cp"]


def split_values(v: dict) -> tuple[dict, dict, dict]:
    """values -> (texts, combs, ticks) without the section C date/place/signature."""
    texts = {k: v[k] for k in TEXT_KEYS if v.get(k)}
    combs = {k: v[k] for k in COMB_KEYS if v.get(k)}
    ticks = {k: True for k in v.get("ticks", [])}
    return texts, combs, ticks


# ---------------------------------------------------------------------------- hand
def hand_fill(rng, pages, fields, v: dict, k: float, w: dict, sec_c: bool = True):
    """Write all values (w: the writer's pen settings) onto page rasters (k px per pt)."""
    texts, combs, ticks = split_values(v)
    pen = hand.Pen(rng, w["font"], k, w["size"], w["ink"], w["slant"], w["jitter"], w["weight"])
    caps = hand.Pen(rng, w["caps_font"], k, w["size"], w["ink"], w["slant"] * 0.4, w["jitter"], w["weight"])  # fmt: skip
    for key, val in texts.items():
        f = fields[key]
        page = pages[f.page - 1]
        if key in ("nom", "nom_usage", "prenoms") and f.kind == "comb":
            continue
        pen_ = caps if val.isupper() else pen
        size = min(w["size"], f.h * 0.95)
        pen_.write(page, val, f.x + rng.uniform(2, 9), f.y + f.h - rng.uniform(1.5, 4),
                   max_w_pt=f.w - 10, size_pt=size)  # fmt: skip
    for key in ("nom", "nom_usage", "prenoms"):
        f = fields[key]
        if f.kind == "comb" and v.get(key):
            for ch, box in zip(v[key], f.boxes):
                if ch != " ":
                    caps.write_in_box(pages[f.page - 1], ch, box)
    for key, val in combs.items():
        f = fields[key]
        for ch, box in zip(val, f.boxes):
            caps.write_in_box(pages[f.page - 1], ch, box)
    for key in ticks:
        f = fields[key]
        pen.tick(pages[f.page - 1], (f.x, f.y, f.w, f.h), w["tick"])
    if sec_c:
        hand_section_c(rng, pages, fields, v, k, w, place=True, date=True)


def hand_section_c(rng, pages, fields, v, k, w, place: bool, date: bool):
    pen = hand.Pen(rng, w["font"], k, w["size"], w["ink"], w["slant"], w["jitter"], w["weight"])
    p2 = pages[1]
    if place and v.get("fait_a"):
        f = fields["fait_a"]
        pen.write(p2, v["fait_a"], f.x + rng.uniform(4, 30), f.y + f.h - rng.uniform(1, 4),
                  max_w_pt=f.w - 10)  # fmt: skip
    if date and v.get("le"):
        f = fields["le"]
        pen.write(p2, v["le"], f.x + rng.uniform(3, 14), f.y + f.h - rng.uniform(1, 4),
                  max_w_pt=f.w + 30)  # fmt: skip


def hand_signature(rng, pages, fields, v, k, w):
    f = fields["sig"]
    box = (f.x, f.y, f.w, f.h)
    if v["sig"] == "signed":
        m = hand.signature_mask(rng, v["sig_text"], w["sig_font"], int(34 * k / 2.78))
        hand.paste_signature(rng, pages[1], k, box, m, w["ink"])
    elif v["sig"] == "stray_mark":
        pen = hand.Pen(rng, w["font"], k, w["size"], w["ink"], 0)
        x = f.x + rng.uniform(0.2, 0.8) * f.w
        y = f.y + rng.uniform(0.3, 0.75) * f.h
        if rng.random() < 0.5:
            pen.dot(pages[1], x, y)
        else:
            pen.tick(pages[1], (x, y, 7, 7), "check")


# --------------------------------------------------------------------------- typed
def typed_fill(rng, pages, fields, v: dict, k: float, font: str, size: float, date: bool):
    """Values typed on screen (a PDF editor or a word processor), then printed."""
    texts, combs, ticks = split_values(v)
    f0 = ImageFont.truetype(TYPED_FONTS[font], int(size * k))
    mark = rng.choice(["X", "X", "x", "✓"]) if font == "dejavu" else rng.choice(["X", "x"])
    dx = rng.uniform(2, 6)

    def put(page, s, x, y_base, fnt=f0):
        d = ImageDraw.Draw(page)
        d.text((x * k, y_base * k), s, font=fnt, fill=(15, 15, 15), anchor="ls")

    for key, val in texts.items():
        f = fields[key]
        fnt = f0
        while fnt.getlength(val) > (f.w - 6) * k and fnt.size > 10:
            fnt = ImageFont.truetype(TYPED_FONTS[font], fnt.size - 2)
        if f.kind == "comb":
            for ch, box in zip(val, f.boxes):
                _typed_center(pages[f.page - 1], ch, box, k, f0)
            continue
        put(pages[f.page - 1], val, f.x + dx, f.y + f.h - 3.5, fnt)
    for key, val in combs.items():
        f = fields[key]
        for ch, box in zip(val, f.boxes):
            _typed_center(pages[f.page - 1], ch, box, k, f0)
    for key in ticks:
        f = fields[key]
        _typed_center(pages[f.page - 1], mark, (f.x, f.y, f.w, f.h), k, f0)
    put(pages[1], v.get("fait_a") or "", fields["fait_a"].x + dx, fields["fait_a"].y + 13)
    if date and v.get("le"):
        put(pages[1], v["le"], fields["le"].x + dx, fields["le"].y + 13)


def _typed_center(page, ch, box, k, fnt):
    x, y, w, h = box
    ImageDraw.Draw(page).text(((x + w / 2) * k, (y + h / 2) * k), ch, font=fnt, fill=(15, 15, 15),
                              anchor="mm")  # fmt: skip


# ------------------------------------------------------------------------ acroform
def acro_values(v: dict, with_date: bool) -> dict:
    texts, combs, ticks = split_values(v)
    out = {**texts, **combs, **ticks}
    out["fait_a"] = v.get("fait_a") or ""
    if with_date and v.get("le"):
        out["le"] = v["le"]
    return out


def _pdf_str(s: str) -> bytes:
    out = bytearray(b"(")
    for b in s.encode("latin-1", errors="replace"):
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out + b")")


def fix_comb_appearances(pdf: pikepdf.Pdf):
    """reportlab writes comb fields as plain text; put one character in each cell."""
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if a.get("/FT") != "/Tx" or "/AP" not in a:
                continue
            if not int(a.get("/Ff", 0)) & (1 << 24):
                continue
            val = str(a.get("/V", ""))
            n = int(a.MaxLen)
            r = [float(x) for x in a.Rect]
            w, h = r[2] - r[0], r[3] - r[1]
            cw = w / n
            ops = [b"/Tx BMC q BT /Helv 10 Tf 0 0 0 rg"]
            for i, ch in enumerate(val[:n]):
                tw = pdfmetrics.stringWidth(ch, "Helvetica", 10)
                ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (i * cw + (cw - tw) / 2, h / 2 - 3.5,
                                                             _pdf_str(ch)))  # fmt: skip
            ops.append(b"ET Q EMC")
            a.AP.N.write(b"\n".join(ops))


def strip_text_appearances(pdf: pikepdf.Pdf):
    """A fillable PDF saved by a viewer that relies on NeedAppearances."""
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if a.get("/FT") == "/Tx" and "/AP" in a:
                del a["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True


def sig_overlay(sig_png: Image.Image, box) -> bytes:
    """A one-page PDF holding the pasted signature image at box (points, top-left origin)."""
    x, y, w, h = box
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(printrun.W, printrun.H), invariant=1)
    r = min(w * 0.8 / sig_png.width, h * 0.7 / sig_png.height)
    iw, ih = sig_png.width * r, sig_png.height * r
    px = x + (w - iw) * 0.5
    py = printrun.H - y - h + (h - ih) * 0.45
    c.drawImage(ImageReader(sig_png), px, py, iw, ih, mask="auto")
    c.showPage()
    c.save()
    return buf.getvalue()


def build_acroform(rng, style, v: dict, with_date: bool, sig_png, keep_ap: bool,
                   field_fill: bool) -> tuple[bytes, dict]:  # fmt: skip
    fill = Color(0.86, 0.91, 1.0) if field_fill else None
    raw, fields = printrun.draw_form(style, acro=acro_values(v, with_date), field_fill=fill)
    pdf = pikepdf.open(io.BytesIO(raw))
    fix_comb_appearances(pdf)
    if sig_png is not None:
        f = fields["sig"]
        ov = pikepdf.open(io.BytesIO(sig_overlay(sig_png, (f.x, f.y, f.w, f.h))))
        # placed by hand (add_overlay would name the XObject at random)
        formx = pdf.copy_foreign(ov.pages[0].as_form_xobject())
        page = pdf.pages[1]
        page.add_resource(formx, pikepdf.Name.XObject, name=pikepdf.Name("/FxSig0"))
        page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"\nQ q /FxSig0 Do Q\n"), prepend=False)
    if not keep_ap:
        strip_text_appearances(pdf)
    pdf.docinfo["/Title"] = "S1106 - Demande d'ouverture des droits à l'assurance maladie"
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue(), fields


def reorder_pdf(data: bytes, order: list[int]) -> bytes:
    """Pages in another order (or a subset); the AcroForm keeps only the widgets kept."""
    src = pikepdf.open(io.BytesIO(data))
    dst = pikepdf.new()
    for i in order:
        dst.pages.append(src.pages[i])
    if "/AcroForm" in src.Root:
        sa = src.Root.AcroForm
        kept = [a for p in dst.pages for a in p.get("/Annots", []) if "/FT" in a]
        af = pikepdf.Dictionary(Fields=pikepdf.Array(kept), DA=sa.get("/DA", pikepdf.String("")))
        if "/DR" in sa:
            af.DR = dst.copy_foreign(src.make_indirect(sa.DR))
        if "/NeedAppearances" in sa:
            af.NeedAppearances = sa.NeedAppearances
        dst.Root.AcroForm = dst.make_indirect(af)
    if src.docinfo:
        dst.docinfo = dst.copy_foreign(src.make_indirect(src.docinfo))
    out = io.BytesIO()
    dst.save(out, deterministic_id=True)
    return out.getvalue()
