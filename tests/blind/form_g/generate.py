#!/usr/bin/env python3
"""Blind test set `form_g`: the cerfa 15763*02 (S1106) application form only.

    python generate.py OUT_DIR

Renders 64 variants into OUT_DIR/documents/<name>/ with OUT_DIR/documents/<name>.truth.json
and OUT_DIR/manifest.json.  Deterministic (fixed seeds, no clock, no network).
"""

import io
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

import formdraw  # noqa: E402
import hand  # noqa: E402
import imaging  # noqa: E402
import numpy as np  # noqa: E402
import typed  # noqa: E402
import variants  # noqa: E402
from formdraw import H  # noqa: E402
from PIL import Image  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402

SET_ID = "form_g"
DPI = 300
K = DPI / 72.0


def set_dpi(d):
    global DPI, K
    DPI = d
    K = d / 72.0


FAMILIES = ["Helvetica", "LiberationSans", "OpenSans", "Roboto", "Carlito", "DejaVuCond", "Lato"]
ACCENTS = [
    (0.05, 0.25, 0.60),
    (0.0, 0.30, 0.55),
    (0.10, 0.20, 0.45),
    (0.0, 0.0, 0.0),
    (0.12, 0.32, 0.62),
]


def make_style(r, sig_inside):
    return dict(
        fam=FAMILIES[int(r.integers(len(FAMILIES)))],
        fs=float(r.uniform(8.6, 9.2)),
        lw=float(r.uniform(0.45, 0.9)),
        box=float(r.uniform(7.6, 9.4)),
        cw=float(r.uniform(11.2, 13.4)),
        ch=float(r.uniform(13.6, 16.0)),
        row=float(r.uniform(22.6, 24.4)),
        m=float(r.uniform(30, 40)),
        top=float(r.uniform(22, 30)),
        accent=ACCENTS[int(r.integers(len(ACCENTS)))],
        band=["filled", "tinted", "rule"][int(r.integers(3))],
        sig_inside=sig_inside,
        sig_w=float(r.uniform(200, 250)),
        sig_h=float(r.uniform(70, 92)),
        pieces_boxes=bool(r.random() < 0.6),
        line_style="dotted" if r.random() < 0.6 else "solid",
        logo=int(r.integers(2)),
    )


# ---------------------------------------------------------------- helpers
def px_box(anchor):
    if anchor[0] == "box":
        _, x, y, s = anchor
        return (x * K, y * K, s * K)
    if anchor[0] == "rect":
        _, x, y, w, h = anchor
        return (x * K, y * K, w * K, h * K)
    raise ValueError(anchor)


CAPS_KEYS = {"nom_naissance", "nom_usage", "prenoms", "lieu_pays"}
MIXED_KEYS = {
    "lieu_commune",
    "nationalite",
    "adresse",
    "adresse2",
    "commune",
    "profession",
    "employeur",
    "activite",
    "etab",
    "autre_txt",
    "ct_autre_txt",
    "fait_a",
}


def hand_write_page(ink, hw, Lp, v, page_no, keys=None, caps_all=True, out_notes=None):
    """Handwrite the values of one page (keys=None: everything on the page)."""
    rng = hw.rng
    for key, anc in Lp.items():
        if keys is not None and key not in keys:
            continue
        kind = anc[0]
        if kind == "line":
            text = v.get(key) or ""
            if not text:
                continue
            _, x0, y, x1 = anc
            if key in ("tel", "siret"):
                k = "digits"
            elif key == "mail":
                k = "script"
            elif key == "le":
                k = "digits" if text[:1].isdigit() and "/" in text else "script"
            elif key in CAPS_KEYS or (caps_all and key in MIXED_KEYS and key != "fait_a"):
                k = "caps"
                text = text.upper()
            else:
                k = "script"
            hand.write_line(ink, hw, text, x0 * K, y * K, x1 * K, k)
        elif kind == "comb":
            text = v.get(key) or ""
            if text:
                hand.write_comb(
                    ink, hw, text, [(a * K, b * K, c * K, d * K) for a, b, c, d in anc[1]]
                )
        elif kind == "box":
            if key in v.get("checked", ()):
                outside = rng.random() < 0.18
                if outside and out_notes is not None:
                    out_notes.append("the tick of %s is drawn partly outside its box" % key)
                hand.tick(ink, hw, px_box(anc), outside=outside)


def sign_case(ink, hw, L2, spec, name, given):
    box = px_box(L2["sig_box"])
    sig = spec["sig"]
    if sig == "signed":
        hand.signature(ink, hw, box, name, given)
    elif sig in ("dot", "tick"):
        hand.stray_mark(ink, hw, box, sig)


def signature_vector(c, L2, spec, r, mode):
    """A signature inserted into a digital PDF: vector ink (Fill & Sign) or a pasted image."""
    hw = hand.Hand(r, DPI, {"sig_style": int(r.integers(5))})
    box = px_box(L2["sig_box"])
    p = spec["person"]
    ops = hand.signature_ops(hw, box, spec["values"]["nom_usage"] or p["surname"], p["given"])
    col = hand.INKS[hw.ink]
    if mode == "vector":
        c.saveState()
        c.setStrokeColorRGB(*[x / 255.0 for x in col])
        c.setLineCap(1)
        c.setLineJoin(1)
        for op in ops:
            if op[0] == "poly":
                pts = np.asarray(op[1]) / K
                c.setLineWidth(max(1.0, op[2] / K))
                path = c.beginPath()
                path.moveTo(pts[0][0], H - pts[0][1])
                for x, y in pts[1:]:
                    path.lineTo(x, H - y)
                c.drawPath(path, stroke=1, fill=0)
            else:
                arr, x, y = op[1], op[2], op[3]
                rgba = np.zeros(arr.shape + (4,), np.uint8)
                rgba[..., 0], rgba[..., 1], rgba[..., 2] = col
                rgba[..., 3] = arr
                c.drawImage(
                    ImageReader(Image.fromarray(rgba, "RGBA")),
                    x / K,
                    H - (y + arr.shape[0]) / K,
                    arr.shape[1] / K,
                    arr.shape[0] / K,
                    mask="auto",
                )
        c.restoreState()
    else:
        # a photo of a signature on white paper, cropped and pasted
        bx, by, bw, bh = box
        ink = hand.Ink((int(bh) + 1, int(bw) + 1), r)
        shifted = []
        for op in ops:
            if op[0] == "poly":
                shifted.append(("poly", np.asarray(op[1]) - [bx, by], op[2]))
            else:
                shifted.append(("mask", op[1], op[2] - bx, op[3] - by))
        hand.apply_ops(ink, shifted)
        ys, xs = np.nonzero(ink.a > 0.05)
        x0, x1 = max(0, xs.min() - 20), min(ink.a.shape[1], xs.max() + 20)
        y0, y1 = max(0, ys.min() - 15), min(ink.a.shape[0], ys.max() + 15)
        paper = np.full((ink.a.shape[0], ink.a.shape[1], 3), r.uniform(232, 250), np.uint8)
        img = hand.composite(paper, ink, col, r)[y0:y1, x0:x1]
        buf = io.BytesIO()
        Image.fromarray(img).save(buf, "JPEG", quality=85)
        buf.seek(0)
        c.drawImage(
            ImageReader(buf), (bx + x0) / K, H - (by + y1) / K, (x1 - x0) / K, (y1 - y0) / K
        )


# ---------------------------------------------------------------- fill modes
def render_hand(spec, r, notes):
    style = make_style(
        r, sig_inside=spec["sig"] == "label_only" or (spec["sig"] != "empty" and r.random() < 0.5)
    )
    pdf, L = formdraw.render_pdf(style)
    pages = imaging.rasterize(pdf, DPI)
    pk = ["laser", "bw", "photocopy", "laser"][int(r.integers(4))]
    pages = [imaging.printed(pg, r, pk) for pg in pages]
    hw = hand.Hand(r, DPI)
    v = spec["values"]
    out = []
    for n, (pg, Lp) in enumerate(zip(pages, L), start=1):
        ink = hand.Ink(pg.shape, r)
        hand_write_page(ink, hw, Lp, v, n, caps_all=not hw.lower_caps, out_notes=notes)
        if n == 2:
            p = spec["person"]
            sign_case(ink, hw, Lp, spec, v["nom_usage"] or p["surname"], p["given"])
            if "pj_identite" in Lp and r.random() < 0.25:
                for key in ("pj_identite", "pj_sejour", "pj_naissance", "pj_residence", "pj_rib"):
                    hand.tick(ink, hw, px_box(Lp[key]))
                notes.append("the applicant also ticked the list of supporting documents on page 2")
        out.append(hand.composite(pg, ink, hand.INKS[hw.ink], r))
    return out, style


TYPED_FONTS = [
    ("Helvetica", 10.0),
    ("Courier", 10.5),
    ("Times-Roman", 11.0),
    ("LiberationSans", 10.0),
    ("Carlito", 11.0),
    ("OpenSans", 9.5),
]


def _typed_font(r):
    f, s = TYPED_FONTS[int(r.integers(len(TYPED_FONTS)))]
    if f in ("LiberationSans", "Carlito", "OpenSans"):
        import fonts

        fonts.register_pdf_fonts()
    return f, s


def render_typed(spec, r, notes, skip_date_hand=None):
    """Typed on screen, printed, then signed (and maybe dated) by hand."""
    style = make_style(
        r, sig_inside=spec["sig"] == "label_only" or (spec["sig"] != "empty" and r.random() < 0.5)
    )
    v = spec["values"]
    font, size = _typed_font(r)
    hand_date = (
        skip_date_hand
        if skip_date_hand is not None
        else (spec["datek"] == "words" or r.random() < 0.45)
    )
    skip = ("fait_a", "le") if hand_date else ()

    def on_page(n, c, Lp):
        typed.draw_typed(c, Lp, v, font, size, skip=skip, mark="X" if r.random() < 0.8 else "x")

    pdf, L = formdraw.render_pdf(style, on_page)
    pages = imaging.rasterize(pdf, DPI)
    pk = ["laser", "bw", "laser"][int(r.integers(3))]
    pages = [imaging.printed(pg, r, pk) for pg in pages]
    hw = hand.Hand(r, DPI)
    ink = hand.Ink(pages[1].shape, r)
    if hand_date:
        hand_write_page(ink, hw, L[1], v, 2, keys={"fait_a", "le"}, caps_all=False)
        notes.append("typed form; place and date handwritten after printing")
    else:
        notes.append("typed form, printed, signed by hand")
    p = spec["person"]
    sign_case(ink, hw, L[1], spec, v["nom_usage"] or p["surname"], p["given"])
    pages[1] = hand.composite(pages[1], ink, hand.INKS[hw.ink], r)
    return pages, style


def render_fillable_pdf(spec, r, notes, for_print=False):
    style = make_style(
        r, sig_inside=spec["sig"] == "label_only" or (spec["sig"] != "empty" and r.random() < 0.5)
    )
    v = dict(spec["values"])
    if for_print and spec["datek"] == "words":
        v["le"] = ""
    sigmode = ["vector", "image"][int(r.integers(2))]

    def on_page(n, c, Lp):
        if n == 2 and spec["sig"] == "signed" and not for_print:
            signature_vector(c, Lp, spec, r, sigmode)

    blank, L = formdraw.render_pdf(style, on_page)
    r.integers(4)
    scheme = ["snake", "camel", "acrobat", "xfa"][spec["idx"] % 4]
    with_ap = for_print or r.random() < 0.6
    pdf = typed.build_fillable(blank, L, v, scheme, with_ap=with_ap, need_app=not for_print)
    if not for_print:
        notes.append(
            "fillable PDF: values live in AcroForm fields (scheme '%s'), %s; page content holds only "
            "the blank form%s"
            % (
                scheme,
                "appearance streams present"
                if with_ap
                else "no appearance streams, NeedAppearances true",
                (
                    "; signature inserted as %s"
                    % ("vector ink (Fill & Sign)" if sigmode == "vector" else "a pasted image")
                )
                if spec["sig"] == "signed"
                else "",
            )
        )
    return pdf, L, style


def render_fillprint(spec, r, notes):
    pdf, L, style = render_fillable_pdf(spec, r, notes, for_print=True)
    pages = imaging.rasterize(pdf, DPI, forms=True)
    pages = [imaging.printed(pg, r, "laser") for pg in pages]
    hw = hand.Hand(r, DPI)
    ink = hand.Ink(pages[1].shape, r)
    v = spec["values"]
    if spec["datek"] == "words":
        hand_write_page(ink, hw, L[1], v, 2, keys={"le"}, caps_all=False)
        notes.append(
            "fillable PDF filled on screen, printed; date written by hand in words, signed by hand"
        )
    else:
        notes.append("fillable PDF filled on screen, printed, signed by hand")
    p = spec["person"]
    sign_case(ink, hw, L[1], spec, v["nom_usage"] or p["surname"], p["given"])
    pages[1] = hand.composite(pages[1], ink, hand.INKS[hw.ink], r)
    return pages, style


def render_flat(spec, r, notes):
    style = make_style(
        r, sig_inside=spec["sig"] == "label_only" or (spec["sig"] != "empty" and r.random() < 0.5)
    )
    v = spec["values"]
    font, size = _typed_font(r)
    sigmode = ["vector", "image"][int(r.integers(2))]

    def on_page(n, c, Lp):
        typed.draw_typed(c, Lp, v, font, size)
        if n == 2 and spec["sig"] == "signed":
            signature_vector(c, Lp, spec, r, sigmode)

    pdf, L = formdraw.render_pdf(
        style,
        on_page,
        meta_title="Microsoft Word - S1106_rempli.docx" if r.random() < 0.5 else None,
    )
    notes.append(
        "filled on screen and printed to PDF: typed values are in the text layer%s"
        % (
            (
                "; signature inserted as %s"
                % ("vector ink" if sigmode == "vector" else "a pasted image")
            )
            if spec["sig"] == "signed"
            else ""
        )
    )
    return pdf, style


# ---------------------------------------------------------------- output
PDF_NAMES = [
    "formulaire_cpam.pdf",
    "S1106_rempli.pdf",
    "demande_puma.pdf",
    "scan_formulaire.pdf",
    "Numérisation_20261112.pdf",
    "doc00123.pdf",
    "formulaire ouverture droits.pdf",
    "cerfa_15763.pdf",
    "Scan 2026-11-09 10.42.pdf",
    "CPAM demande.pdf",
    "form.pdf",
    "demande-ouverture-droits.pdf",
]
SCAN_NAMES = [
    ("scan0001", "scan0002"),
    ("page1", "page2"),
    ("formulaire p1", "formulaire p2"),
    ("img001", "img002"),
    ("cerfa_1", "cerfa_2"),
    ("Scan_0007", "Scan_0008"),
    ("doc1", "doc2"),
]


def phone_names(r):
    n = int(r.integers(1000, 9800))
    kind = int(r.integers(4))
    d = 1 + int(r.integers(0, 28))
    if kind == 0:
        return ["IMG_%04d.jpg" % n, "IMG_%04d.jpg" % (n + 1)]
    if kind == 1:
        return [
            "IMG_202611%02d_%06d.jpg" % (d, 100000 + n * 7),
            "IMG_202611%02d_%06d.jpg" % (d, 100000 + n * 7 + 31),
        ]
    if kind == 2:
        return [
            "PXL_202611%02d_%09d.jpg" % (d, n * 1234),
            "PXL_202611%02d_%09d.jpg" % (d, n * 1234 + 45512),
        ]
    return [
        "WhatsApp Image 2026-11-%02d at 21.%02d.%02d.jpeg" % (d, n % 60, 3),
        "WhatsApp Image 2026-11-%02d at 21.%02d.%02d (1).jpeg" % (d, n % 60, 3),
    ]


def plan_look(spec, r):
    """Capture settings decided before rendering (they fix the working resolution)."""
    look = spec["look"]
    pl = {"look": look}
    if look == "image_pdf":
        pl.update(
            dpi=int(r.choice([200, 200, 240, 300])),
            gray=bool(r.random() < 0.5),
            q=int(r.integers(55, 82)),
            name=PDF_NAMES[int(r.integers(len(PDF_NAMES)))],
            producer=[
                "Canon MF Scan Utility",
                "HP Smart",
                "Epson Scan 2",
                "Brother iPrint&Scan",
                None,
            ][int(r.integers(5))],
        )
    elif look == "scan":
        pl.update(
            dpi=int(r.choice([150, 200, 200, 300])),
            png=bool(r.random() < 0.3),
            gray=bool(r.random() < 0.4),
            base=SCAN_NAMES[int(r.integers(len(SCAN_NAMES)))],
        )
        if pl["png"] and pl["dpi"] == 300:
            pl["dpi"] = 200
    elif look == "phone_photo":
        pl.update(dpi=220, names=phone_names(r))
    else:
        pl.update(dpi=300, name=PDF_NAMES[int(r.integers(len(PDF_NAMES)))])
    return pl


def emit(spec, pl, r, pages, pdf_bytes, folder, notes):
    """Write the files of one variant. Returns the truth `files` list."""
    look, arr = spec["look"], spec["arr"]
    rev = arr in ("pdf_rev", "two_rev")
    files = []
    if look == "text_pdf":
        name = pl["name"]
        data = imaging.reorder_pdf(pdf_bytes, [1, 0]) if rev else pdf_bytes
        open(os.path.join(folder, name), "wb").write(data)
        files.append({"path": name, "pages": [1, 2], "form_pages": [2, 1] if rev else [1, 2]})
        return files
    order = [1, 0] if rev else [0, 1]
    if look == "image_pdf":
        dpi_out, gray, q = pl["dpi"], pl["gray"], pl["q"]
        angle_sign = r.choice([-1, 1])
        imgs = []
        for i in order:
            a = imaging.scan(
                pages[i], r, DPI, dpi_out, gray=gray, angle=float(angle_sign * r.uniform(0.3, 2.0))
            )
            imgs.append((imaging.jpeg_bytes(a, q), a.shape[1], a.shape[0], dpi_out, gray))
        name = pl["name"]
        open(os.path.join(folder, name), "wb").write(imaging.images_pdf(imgs, pl["producer"]))
        files.append({"path": name, "pages": [1, 2], "form_pages": [i + 1 for i in order]})
        notes.append(
            "image-only PDF, %d dpi, %s, JPEG q%d" % (dpi_out, "grey" if gray else "colour", q)
        )
        return files
    if look == "scan":
        dpi_out, png, gray = pl["dpi"], pl["png"], pl["gray"]
        ext = ".png" if png else ".jpg"
        for slot, i in enumerate(order):
            a = imaging.scan(
                pages[i],
                r,
                DPI,
                dpi_out,
                gray=gray,
                noise=float(r.uniform(1.0, 2.0)) if png else None,
            )
            data = (
                imaging.png_bytes(a, dpi_out)
                if png
                else imaging.jpeg_bytes(a, int(r.integers(75, 92)), dpi_out)
            )
            fn = pl["base"][slot] + ext
            open(os.path.join(folder, fn), "wb").write(data)
            files.append({"path": fn, "pages": [1], "form_page": i + 1})
        notes.append(
            "flatbed scan, %d dpi, %s, one file per page" % (dpi_out, "grey" if gray else "colour")
        )
        return files
    if look == "phone_photo":
        names = pl["names"]
        rots = [0, 0]
        if spec["idx"] % 4 == 2:
            rots[int(r.integers(2))] = int(r.choice([90, 270]))
        elif spec["idx"] % 4 == 0:
            rots[int(r.integers(2))] = 180
        for slot, i in enumerate(order):
            a = imaging.photo(pages[i], r, rot=rots[slot])
            fn = names[slot]
            open(os.path.join(folder, fn), "wb").write(
                imaging.jpeg_bytes(a, int(r.integers(80, 90)))
            )
            files.append({"path": fn, "pages": [1], "form_page": i + 1})
            if rots[slot]:
                notes.append("%s is rotated %d degrees" % (fn, rots[slot]))
        notes.append("phone photos of each page on a table")
        return files
    raise ValueError(look)


FILL_DESC = {
    "hand": "handwritten",
    "typed": "typed_printed",
    "fillable": "fillable_acroform",
    "fillprint": "fillable_printed_signed",
    "flat": "printed_to_pdf",
}
DEFECT = {
    ("empty",): "unsigned",
    ("label_only",): "unsigned_label_only",
    ("dot",): "not_a_signature_dot",
    ("tick",): "not_a_signature_stroke",
}


def defect_of(spec):
    if spec["sig"] != "signed":
        return DEFECT[(spec["sig"],)]
    if spec["datek"] == "future":
        return "date_in_future"
    if spec["datek"] == "us":
        return "date_us_format"
    if spec["datek"] == "missing":
        return "date_missing"
    if spec["sit_over"] == "none":
        return "no_situation_ticked"
    if spec["sit_over"] == "several":
        return "two_situations_ticked"
    return None


def render_variant(spec, out_dir):
    r = np.random.default_rng(spec["seed"])
    notes = list(spec["notes"])
    folder = os.path.join(out_dir, "documents", spec["name"])
    os.makedirs(folder, exist_ok=True)
    fill = spec["fill"]
    pl = plan_look(spec, np.random.default_rng(spec["seed"] + 1))
    set_dpi(pl["dpi"])
    pages, pdf = None, None
    if fill == "hand":
        pages, style = render_hand(spec, r, notes)
    elif fill == "typed":
        pages, style = render_typed(spec, r, notes)
    elif fill == "fillable":
        pdf, _, style = render_fillable_pdf(spec, r, notes)
    elif fill == "fillprint":
        pages, style = render_fillprint(spec, r, notes)
    else:
        pdf, style = render_flat(spec, r, notes)
    files = emit(spec, pl, r, pages, pdf, folder, notes)
    doc = {
        "files": files,
        "type": "application_form",
        "look": spec["look"],
        "fill_method": FILL_DESC[fill],
        "fields": spec["fields"],
        "notes": "; ".join(notes),
    }
    truth = {
        "as_of": spec["as_of"],
        "employed": None,
        "status": None,
        "defect": defect_of(spec),
        "requirements": None,
        "applicant": None,
        "form_status": spec["form_status"],
        "documents": [doc],
    }
    with open(
        os.path.join(out_dir, "documents", spec["name"] + ".truth.json"), "w", encoding="utf-8"
    ) as f:
        json.dump(truth, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = argv[1]
    docs = os.path.join(out_dir, "documents")
    if os.path.isdir(docs):
        shutil.rmtree(docs)
    os.makedirs(docs, exist_ok=True)
    specs = variants.build()
    only = os.environ.get("FORM_G_ONLY")
    for spec in specs:
        if only and spec["name"] not in only.split(","):
            continue
        render_variant(spec, out_dir)
        print(spec["name"], spec["fill"], spec["look"], spec["form_status"], file=sys.stderr)
    manifest = {"set": SET_ID, "packets": [], "documents": [s["name"] for s in specs]}
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
