"""Render one variant: build the PDF, fill it, degrade it, write files and truth."""

import datetime as dt
import io
import json
import os
import random
import zlib

import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from . import acro as acromod
from . import degrade
from .cerfa import draw_page1, draw_page2, fit_print_run
from .fill import (
    MONTHS,
    draw_signature_image,
    hand_fill,
    page1_values,
    page2_values,
    signature_rgba,
    typed_fill,
)
from .hand import PENS, Hand, Ink, rubber_stamp
from .people import PEOPLE
from .style import make_print_run

FILL_FONTS = (
    ["dkg"] * 2
    + ["dkg_italic"]
    + ["breip"] * 2
    + ["breipfont"] * 2
    + ["humor"] * 2
    + ["rufscript"] * 2
    + ["ecolier"]
    + ["comicneue"] * 2
    + ["comicneue_light"]
    + ["dancing"] * 2
    + ["kaushan"]
)
CAPS_FONTS = ["humor", "dkg", "breip", "rufscript", "comicneue", "breipfont"]
PEN_CHOICES = (
    ["ballpoint_blue"] * 8
    + ["ballpoint_black"] * 5
    + ["gel_black"] * 2
    + ["gel_blue"] * 2
    + ["felt_blue"]
)
SIG_STYLES = ["script", "script_underline", "initials", "loops", "zigzag", "scrawl"]
SIG_WEIGHTS = (
    ["script"] * 3
    + ["script_underline"] * 3
    + ["initials"] * 2
    + ["loops"] * 3
    + ["scrawl"]
    + ["zigzag"]
)
SIT_STATUS = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "inactif": "not_employed",
    "autre": "other",
}
SCANNERS = [
    ("Canon iR-ADV C5535 PDF", "Canon"),
    ("HP Scan", "HP Smart"),
    ("Epson Scan 2", "Epson Scan 2"),
    ("Xerox WorkCentre 7845", "Xerox"),
    ("Brother iPrint&Scan", "Brother"),
    ("Adobe Scan", "Adobe Scan for Android"),
    ("CamScanner", "CamScanner"),
    ("Microsoft Lens", "Microsoft Lens"),
]


def seed_of(name):
    return zlib.crc32(name.encode("utf-8"))


def _date_text(d, fmt):
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year}"
    if fmt == "slash":
        return f"{dd}/{mm}/{yy}"
    if fmt == "slash2y":
        return f"{dd}/{mm}/{yy[2:]}"
    if fmt == "slash_nolead":
        return f"{d.day}/{d.month}/{yy}"
    if fmt == "dot":
        return f"{dd}.{mm}.{yy}"
    if fmt == "dot2y":
        return f"{dd}.{mm}.{yy[2:]}"
    if fmt == "space":
        return f"{dd} {mm} {yy}"
    if fmt == "dash":
        return f"{dd}-{mm}-{yy}"
    if fmt == "us":
        return f"{mm}/{dd}/{yy}"
    if fmt == "comb":
        return f"{dd} {mm} {yy}"
    if fmt == "words":
        return f"{d.day} {MONTHS[d.month - 1]} {yy}"
    if fmt == "words_1er":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {yy}"
    if fmt == "words_abbr":
        m = MONTHS[d.month - 1]
        ab = {"novembre": "nov.", "décembre": "déc.", "octobre": "oct."}.get(m, m)
        return f"{d.day} {ab} {yy}"
    if fmt == "illegible":
        return f"{dd}/{mm}/{yy}"
    raise ValueError(fmt)


def _parts(d, fmt):
    if fmt == "us":
        return [f"{d.month:02d}", f"{d.day:02d}", f"{d.year}"]
    if fmt == "slash2y":
        return [f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}"]
    if fmt == "slash_nolead":
        return [f"{d.day}", f"{d.month}", f"{d.year}"]
    return [f"{d.day:02d}", f"{d.month:02d}", f"{d.year}"]


class Ctx:
    """Everything decided for one variant."""

    def __init__(self, v):
        self.v = dict(v)
        self.name = v["name"]
        self.seed = seed_of(self.name)
        self.r = random.Random(self.seed)
        self.nr = np.random.default_rng(self.seed)
        self.p = PEOPLE[v["person"]]
        self.as_of = dt.date.fromisoformat(v["as_of"])


def plan(v):
    """Resolve defaults (print run, date text, pens...) for a variant."""
    c = Ctx(v)
    r = c.r
    v = c.v
    pr = make_print_run(c.name, c.seed)
    v["pdata"] = c.p
    fmt = v["date_fmt"]
    auto_fmt = fmt == "auto"
    if fmt == "auto":
        if v["fill"] == "hand":
            fmt = r.choice(
                ["slash"] * 9
                + ["slash2y"] * 2
                + ["dot"] * 3
                + ["dot2y"]
                + ["space"] * 2
                + ["dash"]
                + ["words"]
                + ["slash_nolead"]
            )
        else:
            fmt = r.choice(["slash"] * 5 + ["dot"])
    # the same habit for the date of birth when written on a plain line
    sep = {"dot": ".", "dot2y": ".", "space": " ", "dash": "-"}.get(fmt, "/")
    y_, m_, d_ = c.p["dob"].split("-")
    v["dob_written"] = f"{d_}{sep}{m_}{sep}{y_}"
    # signing date
    if v.get("date_fixed"):
        d = dt.date.fromisoformat(v["date_fixed"])
    else:
        d = c.as_of + dt.timedelta(days=v["date_off"])
    c.sign_date = d if fmt else None
    # layout of the "le" field must suit how the date is written
    slash_family = ("slash", "slash2y", "us", "slash_nolead")
    if v["fill"] != "hand":
        pr.sign_date = "line"
    elif fmt == "comb":
        pr.sign_date = "comb"
    elif auto_fmt and fmt in ("slash", "slash2y") and pr.sign_date == "comb":
        fmt = "comb"  # the comb in the "le" field invites digit-per-box writing
    elif not (fmt in slash_family and pr.sign_date == "slashes"):
        pr.sign_date = "line"
    for k, val in (v.get("run_over") or {}).items():
        setattr(pr, k, val)
    if v.get("sign") == "none" and "sig_label" not in (v.get("run_over") or {}):
        # an empty frame: keep whatever label the print run has, except that
        # the "only the printed word" case is a separate variant
        if pr.sig_label == "inside_center":
            pr.sig_label = "inside_tl"
    fit_print_run(pr)
    c.pr = pr
    c.fmt = fmt
    v["date_fmt"] = fmt
    c.date_text = _date_text(d, fmt) if fmt else None
    c.date_parts = None
    if fmt in slash_family and pr.sign_date == "slashes":
        c.date_parts = _parts(d, fmt)
        pp = c.date_parts
        c.date_text = f"{pp[0]}/{pp[1]}/{pp[2]}"
    v["date_text"] = c.date_text if fmt != "illegible" else _date_text(d, "slash")
    v["date_parts"] = c.date_parts
    # place ("Fait à")
    place = v.get("place") or c.p["city"]
    if r.random() < 0.25:
        place = place.upper()
    v["place"] = place
    c.place = place
    # the sign
    s = v.get("sign", "auto")
    if s == "auto":
        s = r.choice(SIG_WEIGHTS)
    if s == "sigimage":
        s = "sigimage:" + r.choice(SIG_WEIGHTS)
    c.sign = s
    # habits of the hand
    c.pen = v.get("pen") or r.choice(PEN_CHOICES)
    c.sig_pen = v.get("sig_pen") or (c.pen if r.random() < 0.8 else r.choice(PEN_CHOICES))
    if c.pen == "pencil" and not v.get("sig_pen"):
        c.sig_pen = "ballpoint_blue"
    c.font = v.get("font") or r.choice(FILL_FONTS)
    c.caps_font = v.get("caps_font") or r.choice(CAPS_FONTS)
    c.cap_mm = r.uniform(3.0, 4.0)
    c.slant = r.uniform(-3, 7)
    v.setdefault("caps_all", r.random() < 0.35)
    v.setdefault("tick_style", r.choice(["cross", "cross", "check", "check", "fill"]))
    v.setdefault("tick_outside", r.choice([0.0, 0.0, 0.0, 0.15, 0.3]))
    c.type_font = r.choice(["courier", "arial", "calibri", "times", "dejavu", "freemono"])
    c.type_size = r.uniform(9.5, 11.5)
    return c


# ------------------------------------------------------------------ PDF build


def _sig_name(c):
    p = c.p
    r = c.r
    sur = (p.get("usage_name") or p["surname"]).title()
    first = p["given_names"].split()[0]
    return r.choice(
        [f"{first[0]}. {sur}", sur, f"{first} {sur}", f"{first[0]}{sur[0]}", f"{sur} {first[0]}."]
    )


def _hand(c, ink, pen_key, font_key=None, caps=False):
    return Hand(
        ink,
        PENS[pen_key],
        font_key or (c.caps_font if caps else c.font),
        c.r,
        cap_mm=c.cap_mm,
        slant=c.slant,
        jitter=c.r.uniform(0.8, 1.2),
        caps_font=c.caps_font,
    )


def build_pdf(c, p1vals, p2vals, reverse=False):
    """The PDF as the applicant's computer (or the printer's) has it."""
    v = c.v
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1)
    cv.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    cv.setAuthor("")
    cv.setSubject("cerfa 15763*02 - S1106")
    cv.setCreator("S1106")
    fill = v["fill"]
    acro = v.get("acro") or {}
    counter = {"n": 0}
    set_vals = {}
    sig_rect = None
    order = [2, 1] if reverse else [1, 2]
    anchors = {}
    for pg in order:
        if pg == 1:
            sh = draw_page1(cv, c.pr)
            vals = p1vals
        else:
            sh = draw_page2(cv, c.pr)
            vals = p2vals
        anchors[pg] = sh.anchors
        if fill == "typed":
            typed_fill(cv, sh.anchors, vals, c.type_font, c.type_size, v, pg)
        if pg == 2 and c.sign.startswith("sigimage:"):
            img = signature_rgba(
                lambda ink: _hand(c, ink, c.sig_pen), _sig_name(c), c.sign.split(":")[1]
            )
            draw_signature_image(cv, sh.anchors["signature"]["rect"], img, c.r)
        if pg == 2:
            x, y, w, h = sh.anchors["signature"]["rect"]
            sig_rect = (round(x, 2), round(A4[1] - y - h, 2), round(x + w, 2), round(A4[1] - y, 2))
        if fill == "acro":
            keys = acromod.FIELD_ORDER_P1 if pg == 1 else acromod.FIELD_ORDER_P2
            box_style = c.r.choice(["check", "cross"])
            set_vals.update(
                acromod.add_fields(
                    cv,
                    sh.anchors,
                    keys,
                    vals,
                    acro["scheme"],
                    not acro.get("na"),
                    counter,
                    box_style,
                    dob_split=acro.get("dob_split", False),
                )
            )
        cv.showPage()
    cv.save()
    data = buf.getvalue()
    if fill == "acro":
        data = acromod.post_process(
            data,
            set_vals,
            acro.get("na", False),
            on_name=acro.get("on", "Yes"),
            scheme=acro["scheme"],
            add_sig_field=sig_rect if acro.get("sig_field") else False,
        )
    return data, anchors


def rasterize(pdf_bytes, dpi, forms=False):
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72.0, may_draw_forms=forms)
        out.append(np.asarray(bm.to_pil().convert("RGB")).copy())
    doc.close()
    return out


# ------------------------------------------------------------------ by hand


def hand_pages(c, pages, anchors, p1vals, p2vals, dpi, hand_fill_all=True):
    v = c.v
    out = []
    for pg, img in zip((1, 2), pages):
        ink = Ink(img.shape, dpi, seed=c.seed + pg)
        hw = _hand(c, ink, c.pen)
        hc = _hand(c, ink, c.pen, caps=True)
        A = anchors[pg]
        f = dpi / 72.0
        if pg == 1 and hand_fill_all:
            hand_fill(hw, A, p1vals, v, dpi, 1, caps_hand=hc)
        if pg == 2:
            if hand_fill_all:
                hand_fill(hw, A, p2vals, v, dpi, 2, caps_hand=hc)
            elif v.get("acro", {}).get("date_by_hand") and c.date_text:
                hand_fill(hw, A, {"sign_date": c.date_text}, v, dpi, 2, caps_hand=hc)
            if c.fmt == "illegible":
                x, y, w, h = (t * f for t in A["sign_date"]["rect"])
                hw.scribble_over((x, y - h * 0.1, min(w, ink.px(30)), h * 1.1))
            sx, sy, sw, shh = (t * f for t in A["signature"]["rect"])
            hs = _hand(c, ink, c.sig_pen)
            if c.sign in SIG_STYLES:
                hs.signature(
                    (sx, sy, sw, shh), _sig_name(c), c.sign, overflow=v.get("sign_over", False)
                )
            elif c.sign == "dot":
                hs.dot(
                    sx + sw * c.r.uniform(0.3, 0.7),
                    sy + shh * c.r.uniform(0.4, 0.75),
                    r_mm=c.r.uniform(0.35, 0.6),
                )
            elif c.sign == "tick":
                hs.line_mark(
                    sx + sw * c.r.uniform(0.3, 0.6),
                    sy + shh * 0.7,
                    c.r.uniform(3, 5),
                    c.r.uniform(35, 70),
                )
            if v.get("stamp_off") is not None and "recv_date" in A:
                sd = c.as_of + dt.timedelta(days=v["stamp_off"])
                rx, ry, rw, rh = (t * f for t in A["recv_date"]["rect"])
                months = [
                    "JAN.",
                    "FÉV.",
                    "MARS",
                    "AVR.",
                    "MAI",
                    "JUIN",
                    "JUIL.",
                    "AOÛT",
                    "SEPT.",
                    "OCT.",
                    "NOV.",
                    "DÉC.",
                ]
                rubber_stamp(
                    ink,
                    rx + ink.px(8),
                    ry - ink.px(9),
                    [
                        "CPAM DES HAUTS-DE-SEINE",
                        f"REÇU LE {sd.day:02d} {months[sd.month - 1]} {sd.year}",
                        "SERVICE ACCUEIL",
                    ],
                    c.r,
                )
                c.stamp_date = sd.isoformat()
        out.append(ink.composite(img))
    return out


# ------------------------------------------------------------------ outputs


def _scan_params(c, gray=None):
    r, v = c.r, c.v
    return dict(
        gray=v.get("gray", r.random() < 0.3) if gray is None else gray,
        angle=r.choice([-1, 1]) * r.uniform(0.3, 2.0),
        blur=r.uniform(0.3, 0.8),
        noise=r.uniform(1.5, 5.0),
        tone=(r.uniform(0.95, 0.99), r.uniform(0.95, 0.985), r.uniform(0.93, 0.975)),
        photocopy=v.get("photocopy", False),
        faded=r.choice([0, 0, 0, 0.15, 0.25]),
        streaks=r.choice([0, 0, 0, 1, 2]),
        edge_shadow=r.choice([0, 0, 0.25, 0.4]),
        speckle=0.0004 if v.get("photocopy") else r.choice([0, 0, 0.00005]),
        shift=(r.uniform(-3, 3), r.uniform(-3, 3)),
    )


def write_outputs(c, pages, pdf_bytes, outdir):
    """Write the files of the variant; return the truth 'files' list."""
    v = c.v
    look = v["look"]
    names = v["names"]
    os.makedirs(outdir, exist_ok=True)
    files = []
    r, nr = c.r, c.nr
    sd = c.sign_date or c.as_of
    created = (
        f"D:{sd.year}{sd.month:02d}{sd.day:02d}{r.randint(8, 20):02d}"
        f"{r.randint(0, 59):02d}{r.randint(0, 59):02d}+01'00'"
    )
    if look == "text_pdf":
        with open(os.path.join(outdir, names[0]), "wb") as fh:
            fh.write(pdf_bytes)
        return [{"path": names[0], "pages": [1, 2]}]
    if look in ("scan", "image_pdf"):
        dpi_out = c.dpi_out
        sp = _scan_params(c)
        if v.get("fax"):
            sp.update(gray=True, bilevel=True, blur=0.4, noise=1.0)
        imgs = [
            degrade.scan(
                pg, nr, c.work_dpi, dpi_out, **{**sp, "angle": sp["angle"] * r.uniform(0.6, 1.3)}
            )
            for pg in pages
        ]
        if look == "image_pdf":
            order = [1, 0] if v["files"] == "pdf_rev" else [0, 1]
            prod, creat = r.choice(SCANNERS)
            data = degrade.image_pdf(
                [imgs[i] for i in order],
                r.randint(55, 85),
                dpi_out,
                gray=sp["gray"],
                producer=prod,
                creator=creat,
                created=created,
                page_size=A4 if r.random() < 0.6 else None,
            )
            with open(os.path.join(outdir, names[0]), "wb") as fh:
                fh.write(data)
            return [{"path": names[0], "pages": [1, 2]}]
        # scan: two image files
        file_names = names if v["files"] != "two_rev" else names
        for i, img in enumerate(imgs):
            fn = file_names[i]
            if v.get("png") or fn.lower().endswith(".png"):
                data = degrade.to_png(img, dpi=dpi_out, gray=sp["gray"])
            else:
                data = degrade.to_jpeg(img, r.randint(70, 92), dpi=dpi_out)
            with open(os.path.join(outdir, fn), "wb") as fh:
                fh.write(data)
            files.append({"path": fn, "pages": [1]})
        return files
    # phone photos
    bg = r.choice(["wood", "desk_white", "desk_grey", "fabric", "granite"])
    common = dict(
        bg=bg,
        light=r.uniform(0.2, 0.5),
        blur=r.uniform(0.6, 1.4),
        noise=r.uniform(2.0, 4.5),
        wb=(r.uniform(0.97, 1.05), 1.0, r.uniform(0.88, 1.0)),
    )
    if v["files"] == "side":
        img = degrade.photo(
            pages,
            nr,
            long_side=4000,
            landscape=True,
            fill=0.9,
            persp=r.uniform(0.01, 0.03),
            tilt=1.5,
            **common,
        )
        data = degrade.to_jpeg(img, r.randint(84, 92), software="Android 14")
        with open(os.path.join(outdir, names[0]), "wb") as fh:
            fh.write(data)
        return [{"path": names[0], "pages": [1]}]
    rots = v.get("rot", [0, 0])
    for i, pg in enumerate(pages):
        long_side = r.choice([3000, 3264, 4000, 4032, 2800])
        img = degrade.photo(
            [pg],
            nr,
            long_side=long_side,
            persp=r.uniform(0.01, 0.06),
            tilt=r.uniform(0.5, 4),
            fill=r.uniform(0.78, 0.92),
            shadow_blob=r.random() < 0.35,
            crease=r.random() < 0.3,
            **common,
        )
        exif = None
        if v.get("exif"):
            img = np.ascontiguousarray(np.rot90(img, 1))  # sensor is landscape
            exif = 6
        rot = rots[i]
        if rot:
            img = np.ascontiguousarray(np.rot90(img, -rot // 90))
        data = degrade.to_jpeg(
            img,
            r.randint(82, 92),
            exif_orientation=exif,
            software=r.choice(["iOS 18.1", "Android 15", "HDR+ 1.0"]),
        )
        fn = names[i]
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(data)
        files.append({"path": fn, "pages": [1]})
    return files


# ------------------------------------------------------------------ truth


def form_status(c, signed, sits):
    if not signed:
        return "invalid", "unsigned"
    fmt = c.fmt
    if fmt == "us":
        return "invalid", "us_date_format"
    if c.sign_date and fmt not in (None, "illegible") and c.sign_date > c.as_of:
        return "invalid", "date_in_future"
    if fmt is None:
        return "questionable", "date_missing"
    if fmt == "illegible":
        return "questionable", "date_illegible"
    if len(sits) == 0:
        return "questionable", "no_situation"
    if len(sits) > 1:
        return "questionable", "several_situations"
    return "complete", None


def truth(c, files):
    v, p = c.v, c.p
    sits = v["situation"]
    signed = c.sign in SIG_STYLES or c.sign.startswith("sigimage:")
    if len(sits) == 1:
        situation = sits[0]
        emp = SIT_STATUS[sits[0]]
    else:
        situation = "none" if not sits else "several"
        emp = None
    status, defect = form_status(c, signed, sits)
    if status != v["expect"]:
        raise AssertionError(f"{c.name}: computed {status}, table says {v['expect']}")
    usage = None if v.get("usage_text") else c.p1vals.get("usage_name")
    given = c.p1vals["given_names"]
    legible = c.fmt not in (None, "illegible")
    fields = {
        "surname": c.p1vals["surname"],
        "usage_name": usage,
        "given_names": given,
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "situation": situation,
        "contract_type": v.get("contract") if "salarie" in sits else None,
        "signed": signed,
        "signed_on": c.sign_date.isoformat() if (legible and c.sign_date) else None,
        "date_text": c.date_text if legible else None,
        "place": c.place,
        "nir": p.get("nir"),
    }
    notes = list(v.get("notes", []))
    if v.get("usage_text"):
        notes.append(f"Usage-name field holds '{v['usage_text']}', which means none.")
    if c.fmt == "comb":
        notes.append("Signing date written in JJ MM AAAA comb boxes (date_text shows the groups).")
    if c.date_parts:
        notes.append("The 'le' field has printed slashes; only the digits are handwritten.")
    if getattr(c, "stamp_date", None):
        notes.append(f"CPAM reception stamp dated {c.stamp_date} is not the signing date.")
    if v["fill"] == "acro":
        a = v["acro"]
        notes.append(
            f"AcroForm naming '{a['scheme']}', NeedAppearances={bool(a.get('na'))}, "
            f"checkbox on-state /{a.get('on', 'Yes')}."
        )
    doc = {
        "files": files,
        "type": "application_form",
        "look": v["look"],
        "fields": fields,
        "notes": notes,
    }
    if v["files"] == "pdf_rev":
        doc["page_order"] = "page 2 of the form is page 1 of the file"
    if v["files"] == "two_rev":
        doc["page_order"] = f"{files[0]['path']} is form page 1, {files[1]['path']} is page 2"
    return {
        "as_of": v["as_of"],
        "employed": None,
        "status": None,
        "defect": defect,
        "form_status": status,
        "requirements": None,
        "applicant": None,
        "documents": [doc],
    }


# ------------------------------------------------------------------ driver


def render_variant(v, out_root):
    c = plan(v)
    v = c.v
    p1vals = page1_values(v, c.pr)
    p2vals = page2_values(v, c.pr)
    c.p1vals = p1vals
    fill = v["fill"]
    acro = v.get("acro") or {}
    # values written into the PDF itself
    if fill == "hand":
        pdf_p1, pdf_p2 = {}, {}
    else:
        pdf_p1 = p1vals
        pdf_p2 = dict(p2vals)
        if acro.get("date_by_hand"):
            pdf_p2.pop("sign_date", None)
    reverse = v["files"] == "pdf_rev" and v["look"] == "text_pdf"
    pdf_bytes, anchors = build_pdf(c, pdf_p1, pdf_p2, reverse=reverse)
    outdir = os.path.join(out_root, "documents", c.name)
    if v["look"] == "text_pdf":
        files = write_outputs(c, None, pdf_bytes, outdir)
    else:
        if v["look"] == "phone_photo":
            c.dpi_out = None
            c.work_dpi = 240
        elif v.get("fax"):
            c.dpi_out = 200
            c.work_dpi = 200
        else:
            c.dpi_out = v.get("dpi") or (
                c.r.choice([150, 200, 300]) if v["look"] == "scan" else c.r.choice([200, 240, 300])
            )
            c.work_dpi = 300 if c.dpi_out >= 300 else max(200, c.dpi_out + 40)
        pages = rasterize(pdf_bytes, c.work_dpi, forms=(fill == "acro"))
        pages = hand_pages(
            c, pages, anchors, p1vals, p2vals, c.work_dpi, hand_fill_all=(fill == "hand")
        )
        files = write_outputs(c, pages, None, outdir)
    t = truth(c, files)
    with open(
        os.path.join(out_root, "documents", c.name + ".truth.json"), "w", encoding="utf-8"
    ) as fh:
        json.dump(t, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return t
