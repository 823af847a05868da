"""PDF writers: a text-layer PDF from Pages (reportlab), and an image-only PDF
(scanned pages as JPEG streams, written by hand so that the bytes are stable)."""

from __future__ import annotations

import io

from core import FONTS
from raster import special_to_rgba
from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_registered: set = set()
SPECIAL_DPI = 300


def _font(key):
    name = "F_" + key.replace("-", "_")
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, FONTS[key][0]))
        _registered.add(name)
    return name


def _rgb(c):
    return (c[0] / 255.0, c[1] / 255.0, c[2] / 255.0)


def _draw_rgba(cv, page, img, x, y, w, h):
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    cv.drawImage(ImageReader(buf), x * mm, (page.h - y - h) * mm, w * mm, h * mm, mask="auto")


def write_text_pdf(path, pages, title="", author="", creator="", producer=""):
    cv = canvas.Canvas(
        path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1, pageCompression=1
    )
    cv.setTitle(title)
    cv.setAuthor(author)
    cv.setCreator(creator)
    if producer:
        cv.setProducer(producer)
    for page in pages:
        cv.setPageSize((page.w * mm, page.h * mm))
        if tuple(page.bg) != (255, 255, 255):
            cv.setFillColorRGB(*_rgb(page.bg))
            cv.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        H = page.h
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, align = op
                if not FONTS[font][1]:
                    img, xx, yy, w, h = special_to_rgba(op, SPECIAL_DPI)
                    _draw_rgba(cv, page, img, xx, yy, w, h)
                    continue
                cv.setFont(_font(font), size)
                cv.setFillColorRGB(*_rgb(color))
                if align == "c":
                    cv.drawCentredString(x * mm, (H - y) * mm, s)
                elif align == "r":
                    cv.drawRightString(x * mm, (H - y) * mm, s)
                else:
                    cv.drawString(x * mm, (H - y) * mm, s)
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw, radius = op
                cv.setLineWidth(lw * mm)
                if stroke is not None:
                    cv.setStrokeColorRGB(*_rgb(stroke))
                if fill is not None:
                    cv.setFillColorRGB(*_rgb(fill))
                args = (x * mm, (H - y - h) * mm, w * mm, h * mm)
                if radius:
                    cv.roundRect(
                        *args,
                        radius * mm,
                        stroke=int(stroke is not None),
                        fill=int(fill is not None),
                    )
                else:
                    cv.rect(*args, stroke=int(stroke is not None), fill=int(fill is not None))
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                cv.setLineWidth(lw * mm)
                cv.setStrokeColorRGB(*_rgb(color))
                if dash:
                    cv.setDash(dash[0] * mm, dash[1] * mm)
                cv.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
                if dash:
                    cv.setDash()
            elif kind == "ellipse":
                _, cx, cy, rx, ry, stroke, fill, lw = op
                cv.setLineWidth(lw * mm)
                if stroke is not None:
                    cv.setStrokeColorRGB(*_rgb(stroke))
                if fill is not None:
                    cv.setFillColorRGB(*_rgb(fill))
                cv.ellipse(
                    (cx - rx) * mm,
                    (H - cy - ry) * mm,
                    (cx + rx) * mm,
                    (H - cy + ry) * mm,
                    stroke=int(stroke is not None),
                    fill=int(fill is not None),
                )
            elif kind == "poly":
                _, pts, fill, stroke, lw = op
                p = cv.beginPath()
                p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
                for a, b in pts[1:]:
                    p.lineTo(a * mm, (H - b) * mm)
                p.close()
                cv.setLineWidth(lw * mm)
                if stroke is not None:
                    cv.setStrokeColorRGB(*_rgb(stroke))
                if fill is not None:
                    cv.setFillColorRGB(*_rgb(fill))
                cv.drawPath(p, stroke=int(stroke is not None), fill=int(fill is not None))
            elif kind == "image":
                _, x, y, w, h, img = op
                if img.mode == "RGBA":
                    _draw_rgba(cv, page, img, x, y, w, h)
                else:
                    cv.drawImage(
                        ImageReader(img.convert("RGB")), x * mm, (H - y - h) * mm, w * mm, h * mm
                    )
            elif kind == "field":
                _, name, x, y, w, h, value, ftype, n = op
                kw = {
                    "name": name,
                    "value": value,
                    "x": x * mm,
                    "y": (H - y - h) * mm,
                    "width": w * mm,
                    "height": h * mm,
                    "borderWidth": 0,
                    "fontName": "Helvetica",
                    "fontSize": 9,
                    "textColor": black,
                    "fillColor": Color(0.91, 0.94, 1.0),
                    "borderColor": None,
                    "forceBorder": False,
                }
                if ftype == "comb":
                    kw["fieldFlags"] = "comb"
                    kw["maxlen"] = n
                cv.acroForm.textfield(**kw)
            elif kind == "checkbox":
                _, name, x, y, size, on = op
                cv.acroForm.checkbox(
                    name=name,
                    x=x * mm,
                    y=(H - y - size) * mm,
                    size=size * mm,
                    checked=on,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=Color(0.91, 0.94, 1.0),
                    borderColor=None,
                    forceBorder=False,
                    textColor=black,
                )
            elif kind in ("hand", "sig", "stamp"):
                img, x, y, w, h = special_to_rgba(op, SPECIAL_DPI)
                _draw_rgba(cv, page, img, x, y, w, h)
            else:
                raise ValueError(kind)
        cv.showPage()
    cv.save()


def write_image_pdf(path, images, page_sizes_mm, producer="", quality=82):
    """images: list of PIL images; page_sizes_mm: list of (w, h) in mm."""
    objs = []  # bytes of each object, numbered from 1

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(b"")  # placeholder 1
    pages_id = add(b"")  # placeholder 2
    kids = []
    for img, (wmm, hmm) in zip(images, page_sizes_mm):
        buf = io.BytesIO()
        im = img if img.mode in ("RGB", "L") else img.convert("RGB")
        im.save(
            buf, "JPEG", quality=quality, optimize=False, subsampling=2 if im.mode == "RGB" else 0
        )
        data = buf.getvalue()
        cs = b"/DeviceRGB" if im.mode == "RGB" else b"/DeviceGray"
        img_id = add(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
            % (im.width, im.height, cs, len(data))
            + data
            + b"\nendstream"
        )
        wpt, hpt = wmm / 25.4 * 72, hmm / 25.4 * 72
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (wpt, hpt)
        c_id = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        p_id = add(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources "
            b"<< /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (wpt, hpt, img_id, c_id)
        )
        kids.append(p_id)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[pages_id - 1] = (
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % k for k in kids)
        + b"] /Count %d >>" % len(kids)
    )
    info = add(b"<< /Producer (" + producer.encode("latin-1") + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + b + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objs) + 1, info, xref)
    )
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
