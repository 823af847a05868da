"""Blind set form_ap: 16 PUMa application forms (cerfa 15763*02, S1106), single documents.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ink  # noqa: E402
from layout import draw_form  # noqa: E402
from people import DOCS  # noqa: E402

cv2.setNumThreads(1)
W, H = A4

STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
DEFECT = {
    "unsigned": "signature box left empty",
    "label_only": "only the printed word 'Signature' in the box, not signed",
    "stray_mark": "a stray pen mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CONTRACT_BOX = {"CDI": "cdi", "CDD": "cdd", "Intérim": "interim"}


# ----------------------------------------------------------------------------- values


def values(d: dict) -> tuple[dict[str, str], set[str]]:
    """Text values per anchor name and the set of ticked boxes."""
    yyyy, mm, dd = d["dob"].split("-")
    v = {
        "nom_naissance": d["surname"],
        "nom_usage": d["usage_name"] or "",
        "prenoms": d["given_names"],
        "dob_jj": dd,
        "dob_mm": mm,
        "dob_aaaa": yyyy,
        "lieu_commune": d["birth_city"],
        "lieu_pays": d["birth_country"],
        "nationalite": d["nationality"],
        "adresse": d["address"],
        "code_postal": d["cp"],
        "commune": d["commune"],
        "telephone": d["phone"],
        "email": d["email"],
        "profession": d.get("profession", "") if "salarie" in d["situation"] else "",
        "employeur": d.get("employer", "") if "salarie" in d["situation"] else "",
        "autre_precision": d.get("autre", ""),
        "fait_a": d["place"],
        "date_sign": d["date_text"] or "",
    }
    if d["nir"]:
        v["nir"], v["nir_cle"] = d["nir"][:13], d["nir"][13:]
    ticks = {"sexe_f" if d["sex"] == "F" else "sexe_m"}
    ticks |= {"sit_" + s for s in d["situation"]}
    if d["contract"] and "salarie" in d["situation"]:
        ticks.add(CONTRACT_BOX[d["contract"]])
    return v, ticks


# ----------------------------------------------------------------------------- filling


def put_ink(c, k: ink.Ink, x: float, y_base: float, max_w: float | None = None, bg=None):
    """Place ink so that its baseline sits on y_base, shrinking it to max_w if needed."""
    if max_w and k.w > max_w:
        k = k.scaled(max_w / k.w)
    img = k.img
    if bg is not None:  # a cropped photo of a signature on paper, pasted as an opaque image
        paper = Image.new("RGB", img.size, bg)
        paper.paste(img, mask=img.getchannel("A"))
        img = paper
        c.drawImage(ImageReader(img), x, y_base - k.base, k.w, k.h)
    else:
        c.drawImage(ImageReader(img), x, y_base - k.base, k.w, k.h, mask="auto")


def sign(c, a, d: dict, rng: random.Random, bg=None):
    name, font = d["sig"]
    k = ink.signature(name, rng, font, d.get("ink", "blue"), size=rng.uniform(24, 30))
    k = k.scaled(min(1.0, a.w * 0.8 / k.w, a.h * 0.85 / k.h))
    x = a.x + (a.w - k.w) * rng.uniform(0.2, 0.6)
    y = a.y + (a.h - k.h) * rng.uniform(0.3, 0.6) + k.base
    put_ink(c, k, x, y, bg=bg)


def hand_fill(c, anchors, page, d, vals, ticks, rng, only=None):
    """Handwrite values on one page; ``only`` restricts to a set of anchor names."""
    style = d.get("hand", "caps")
    colour = d.get("ink", "blue")
    for name, a in anchors.items():
        if a.page != page or (only is not None and name not in only):
            continue
        v = vals.get(name, "")
        if a.kind == "text" and v:
            st = d.get("date_hand", style) if name in ("date_sign", "fait_a") else style
            if style in ("caps", "caps_round") and name != "email":
                v = v.upper()
            k = ink.write(v, rng, st, size=rng.uniform(10, 11.5), ink=colour)
            k = k.scaled(min(1.0, 1.5 * a.h / k.h))
            put_ink(c, k, a.x + rng.uniform(2, 12), a.y + rng.uniform(-0.5, 1.5), a.w - 14)
        elif a.kind == "comb" and v:
            cst = d.get("comb_hand", "caps" if style not in ("brush", "caps_round") else style)
            for i, ch in enumerate(v):
                k = ink.write(ch, rng, cst, size=a.h * 0.72, ink=colour)
                cx = a.x + (i + 0.5) * a.w - k.w / 2 + rng.uniform(-1, 1)
                put_ink(c, k, cx, a.y + a.h * 0.2 + rng.uniform(-1, 1))
        elif a.kind == "check" and name in ticks:
            k = ink.mark(d.get("tick", "cross"), rng, a.w * 0.95, colour)
            cx, cy = a.x + a.w / 2 + rng.uniform(-1, 1), a.y + a.h / 2 + rng.uniform(-1, 1)
            put_ink(c, k, cx - k.w / 2, cy - k.h / 2 + k.base)
        elif a.kind == "sig":
            sig_or_mark(c, a, d, rng)


def sig_or_mark(c, a, d, rng, bg=None):
    if d["sig"]:
        sign(c, a, d, rng, bg)
    elif d["case"] == "stray_mark":
        k = ink.mark(rng.choice(["dot", "stray"]), rng, 10, d.get("ink", "blue"))
        put_ink(c, k, a.x + a.w * rng.uniform(0.15, 0.7), a.y + a.h * rng.uniform(0.2, 0.6))


def typed_fill(c, anchors, page, d, vals, ticks, rng):
    font = d.get("typed_font", "LibSans")
    hand_names = {"date_sign"} if d.get("hand_date") else set()
    for name, a in anchors.items():
        if a.page != page:
            continue
        v = vals.get(name, "")
        if name in hand_names:
            continue
        if a.kind == "text" and v:
            c.setFont(font, 10)
            c.drawString(a.x + 3, a.y + 0.5, v)
        elif a.kind == "comb" and v:
            c.setFont(font, min(11, a.h * 0.7))
            for i, ch in enumerate(v):
                c.drawCentredString(a.x + (i + 0.5) * a.w, a.y + a.h * 0.25, ch)
        elif a.kind == "check" and name in ticks:
            c.setFont(font, a.w * 1.1)
            c.drawCentredString(a.x + a.w / 2, a.y + a.w * 0.12, "X")
        elif a.kind == "sig":
            sig_or_mark(c, a, d, rng)
    if hand_names:
        hand_fill(c, anchors, page, d, vals, ticks, rng, only=hand_names)


def field_name(run: str, name: str, counter: list[int]) -> str:
    if run == "r1":
        return "".join(p.capitalize() for p in name.split("_"))
    if run == "r2":
        counter[0] += 1
        return f"Champ{counter[0]}"
    return "s1106_" + name


def acro_fill(c, anchors, page, d, vals, ticks, rng, counter, paste_sig=True):
    form = c.acroForm
    for name, a in anchors.items():
        if a.page != page:
            continue
        v = vals.get(name, "")
        fname = field_name(d["run"], name, counter)
        common = dict(borderWidth=0, fillColor=None, textColor=None, fontName="Helvetica")
        if a.kind == "text":
            form.textfield(
                name=fname,
                value=v,
                x=a.x,
                y=a.y - 3.5,
                width=a.w,
                height=min(a.h, 14),
                fontSize=10,
                tooltip=name,
                **common,
            )
        elif a.kind == "comb" and not d.get("appearance", True):
            # a comb field: the viewer spreads the characters over the cells
            form.textfield(
                name=fname,
                value=v,
                x=a.x,
                y=a.y,
                width=a.w * a.n,
                height=a.h,
                maxlen=a.n,
                fieldFlags="comb",
                fontSize=min(11, a.h * 0.7),
                tooltip=name,
                **common,
            )
        elif a.kind == "comb":  # one one-character field per cell
            for i in range(a.n):
                ch = v[i] if i < len(v) else ""
                form.textfield(
                    name=f"{fname}_{i + 1}",
                    value=ch,
                    x=a.x + i * a.w + a.w * 0.22,
                    y=a.y + 1,
                    width=a.w * 0.7,
                    height=a.h - 2,
                    maxlen=1,
                    fontSize=min(11, a.h * 0.7),
                    tooltip=f"{name} {i + 1}",
                    **common,
                )
        elif a.kind == "check":
            form.checkbox(
                name=fname,
                checked=name in ticks,
                x=a.x,
                y=a.y,
                size=a.w,
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
                tooltip=name,
            )
        elif a.kind == "sig" and paste_sig:
            sig_or_mark(c, a, d, rng, bg=(250, 250, 247))


# ----------------------------------------------------------------------------- PDF + looks


def build_pdf(d: dict, rng: random.Random) -> bytes:
    vals, ticks = values(d)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    counter = [0]
    fill = d["fill"]

    def on_page(anchors, page):
        if fill == "hand":
            hand_fill(c, anchors, page, d, vals, ticks, rng)
        elif fill == "typed_print":
            typed_fill(c, anchors, page, d, vals, ticks, rng)
        elif fill == "acroform":
            acro_fill(c, anchors, page, d, vals, ticks, rng, counter)
        else:  # printed then signed (and maybe dated) by hand
            pv = dict(vals)
            if d.get("hand_date"):
                pv["date_sign"] = ""
            acro_fill(c, anchors, page, d, pv, ticks, rng, counter, paste_sig=False)
            hand = {"signature"} | ({"date_sign"} if d.get("hand_date") else set())
            hand_fill(c, anchors, page, d, vals, ticks, rng, only=hand)

    draw_form(c, d["run"], on_page)
    c.save()
    data = buf.getvalue()
    if fill == "acroform" and not d.get("appearance", True):
        data = strip_appearances(data)
    return data


def strip_appearances(data: bytes) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/FT") == "/Tx" and "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def reorder(data: bytes, order: list[int]) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    pages = [pdf.pages[i] for i in order]
    new = pikepdf.new()
    for p in pages:
        new.pages.append(p)
    if "/AcroForm" in pdf.Root:
        new.Root.AcroForm = new.copy_foreign(pdf.Root.AcroForm)
    out = io.BytesIO()
    new.save(out, deterministic_id=True)
    return out.getvalue()


def render(data: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(data)
    doc.init_forms()
    out = [
        doc[i].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
        for i in range(len(doc))
    ]
    doc.close()
    return out


def scan_look(img: Image.Image, rng: random.Random) -> Image.Image:
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.0, 1.0)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-12, 12), rng.uniform(-10, 14))
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))
    tone = np.array([rng.uniform(0.92, 0.97), rng.uniform(0.92, 0.96), rng.uniform(0.88, 0.94)])
    a = a * tone
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(2.5, 5), a.shape[:2])[..., None]
    if rng.random() < 0.6:  # lid shadow along one edge
        edge = np.linspace(0.55, 1.0, 40)
        a[:, :40] *= edge[None, :, None]
    a = cv2.GaussianBlur(np.clip(a, 0, 255), (0, 0), rng.uniform(0.5, 0.9))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photo_look(img: Image.Image, rng: random.Random, rot: int) -> Image.Image:
    cw, ch = 3024, 4032
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    table = rng.choice([(150, 110, 75), (205, 200, 190), (90, 92, 98), (235, 232, 225)])
    bg = np.ones((ch, cw, 3), np.float32) * np.array(table, np.float32)
    low = cv2.resize(nrng.normal(0, 14, (40, 30)).astype(np.float32), (cw, ch))
    bg += low[..., None] + nrng.normal(0, 4, (ch, cw))[..., None]
    src = np.asarray(img).astype(np.float32)
    h, w = src.shape[:2]
    ph = ch * rng.uniform(0.8, 0.9)
    pw = ph * w / h
    x0, y0 = (cw - pw) / 2 + rng.uniform(-80, 80), (ch - ph) / 2 + rng.uniform(-60, 60)

    def j(s):
        return rng.uniform(-s, s)

    dst = np.float32(
        [
            [x0 + j(90), y0 + j(70)],
            [x0 + pw + j(90), y0 + j(70)],
            [x0 + pw + j(60), y0 + ph + j(50)],
            [x0 + j(60), y0 + ph + j(50)],
        ]
    )
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (cw, ch), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (cw, ch))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # a soft page shadow on the table
    sh = cv2.GaussianBlur(
        cv2.warpAffine(mask[..., 0], np.float32([[1, 0, 25], [0, 1, 30]]), (cw, ch)), (0, 0), 25
    )[..., None]
    bg *= 1 - 0.35 * sh
    a = warped * mask + bg * (1 - mask)
    # uneven light, a hand/phone shadow and a colour cast
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    lx, ly = rng.uniform(0, cw), rng.uniform(0, ch)
    light = 1.05 - 0.28 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(cw, ch)
    shadow = np.ones((ch, cw), np.float32)
    cx, cy = rng.choice([(0, ch), (cw, ch), (cw, 0)])
    cv2.circle(shadow, (int(cx), int(cy)), int(rng.uniform(700, 1200)), 0.72, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 160)
    cast = rng.choice([(1.04, 1.0, 0.9), (0.95, 1.0, 1.06), (1.02, 1.01, 0.96)])
    a = a * (light * shadow)[..., None] * np.array(cast, np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(1.0, 1.8))
    a += nrng.normal(0, 3.5, (ch, cw))[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def jpeg(img: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False, subsampling=2)
    return b.getvalue()


def image_pdf(jpgs: list[bytes]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("EPSON Scan")
    for j in jpgs:
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, W, H)
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- arrangement

NAMES = {
    "d001": ["scan_demande_puma.pdf"],
    "d002": ["scan_0031.jpg", "scan_0032.jpg"],
    "d003": ["Formulaire_S1106_rempli.pdf"],
    "d004": ["IMG_20261109_184512.jpg", "IMG_20261109_184530.jpg"],
    "d005": ["scan_0043.png", "scan_0042.png"],
    "d006": ["demande ouverture droits.pdf"],
    "d007": ["cerfa_15763-02_OULD_CHEIKH.pdf"],
    "d008": ["IMG_4411.jpg", "IMG_4412.jpg"],
    "d009": ["formulaire_page1.pdf", "formulaire_page2.pdf"],
    "d010": ["20261116_211047.jpg", "20261116_211105.jpg"],
    "d011": ["Doc1.pdf", "Doc2.pdf"],
    "d012": ["cerfa p1.jpg", "cerfa p2.jpg"],
    "d013": ["s1106_rahmonov.pdf"],
    "d014": ["demande_cpam.pdf"],
    "d015": [
        "WhatsApp Image 2026-11-26 at 19.02.11.jpeg",
        "WhatsApp Image 2026-11-26 at 19.02.12.jpeg",
    ],
    "d016": ["SCAN_20261107_2.jpg", "SCAN_20261107_1.jpg"],
}


def make_files(d: dict, rng: random.Random) -> tuple[dict[str, bytes], list[dict]]:
    """Files of the document and the truth's ``files`` list (page 1 first)."""
    pdf = build_pdf(d, rng)
    arr, names = d["arrangement"], NAMES[d["id"]]
    if d["look"] == "text_pdf":
        if arr == "one_pdf_reversed":
            return {names[0]: reorder(pdf, [1, 0])}, [{"path": names[0], "pages": [2, 1]}]
        return {names[0]: pdf}, [{"path": names[0], "pages": [1, 2]}]
    if d["look"] == "phone_photo":
        pages = render(pdf, 250)
        rots = d.get("rot", (0, 0))
        shots = [jpeg(photo_look(p, rng, r), 88) for p, r in zip(pages, rots)]
        return dict(zip(names, shots)), [{"path": n, "pages": [1]} for n in names]
    dpi = rng.choice([150, 200, 200, 300]) if d["look"] == "scan" else 200
    pages = [scan_look(p, rng) for p in render(pdf, dpi)]
    if d["look"] == "scan":
        if names[0].endswith(".png"):
            blobs = []
            for p in pages:
                b = io.BytesIO()
                p.convert("L").save(b, "PNG", optimize=False)
                blobs.append(b.getvalue())
        else:
            blobs = [jpeg(p, rng.choice([78, 84, 90])) for p in pages]
        return dict(zip(names, blobs)), [{"path": n, "pages": [1]} for n in names]
    jpgs = [jpeg(p.filter(ImageFilter.SMOOTH), 80) for p in pages]
    if arr == "two_pdfs":
        blobs = [image_pdf([j]) for j in jpgs]
        return dict(zip(names, blobs)), [{"path": n, "pages": [1]} for n in names]
    if arr == "one_pdf_reversed":
        return {names[0]: image_pdf(jpgs[::-1])}, [{"path": names[0], "pages": [2, 1]}]
    return {names[0]: image_pdf(jpgs)}, [{"path": names[0], "pages": [1, 2]}]


# ----------------------------------------------------------------------------- truth


def truth(d: dict, files: list[dict]) -> dict:
    sit = d["situation"]
    fields = {
        "surname": d["surname"],
        "usage_name": d["usage_name"],
        "given_names": d["given_names"],
        "sex": d["sex"],
        "date_of_birth": d["dob"],
        "employment_status": EMPLOYMENT[sit[0]] if len(sit) == 1 else None,
        "situation": "+".join(sit) if sit else None,
        "contract_type": d["contract"] if "salarie" in sit else None,
        "signed": bool(d["sig"]),
        "signed_on": d["signed_on"],
        "date_text": d["date_text"],
        "place": d["place"],
        "nir": d["nir"],
    }
    notes = (
        f"Print run {d['run']}, filled {d['fill'].replace('_', ' ')}, "
        f"arrangement {d['arrangement']}."
    )
    if d["arrangement"] == "one_pdf_reversed":
        notes += " The PDF holds page 2 first: pages lists the PDF pages in form order."
    if d["arrangement"] == "two_images_p2_first":
        notes += " The file names sort page 2 first."
    if d["fill"] == "acroform":
        ap = "with" if d.get("appearance", True) else "without (NeedAppearances)"
        notes += f" AcroForm fields {ap} appearance streams."
    return {
        "as_of": d["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[d["case"]],
        "defect": DEFECT.get(d["case"]),
        "fill_way": d["fill"],
        "case": d["case"],
        "applicant": {
            "surname": d["surname"],
            "given_names": d["given_names"],
            "date_of_birth": d["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": d["look"],
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    for d in DOCS:
        rng = random.Random("form_ap:" + d["id"])
        blobs, files = make_files(d, rng)
        folder = out / "documents" / d["id"]
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in blobs.items():
            (folder / name).write_bytes(data)
        t = truth(d, files)
        (out / "documents" / f"{d['id']}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(d["id"], d["fill"], d["case"], file=sys.stderr)
    manifest = {"packets": [], "documents": [d["id"] for d in DOCS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
