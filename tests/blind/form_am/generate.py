"""Blind set form_am: 16 PUMa application forms (cerfa 15763*02, S1106).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import degrade  # noqa: E402
import hand  # noqa: E402
from items import (  # noqa: E402
    DEFECT_TEXT,
    EMPLOYMENT,
    FORM_STATUS,
    INSEE_COUNTRY,
    ITEMS,
    PEOPLE,
)
from layout import H, draw_form  # noqa: E402
from pdffill import (  # noqa: E402
    acro_overlay,
    comb_appearances,
    strip_appearances,
    typed,
    typed_overlay,
)

DPI = 200
SC = DPI / 72.0
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
SIT_BOX = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}


# --------------------------------------------------------------------------- values
def nir_of(p: dict, order: str) -> str:
    n13 = ("1" if p["sex"] == "M" else "2") + p["dob"][2:4] + p["dob"][5:7] + "99"
    n13 += INSEE_COUNTRY[p["country"]] + order
    return n13 + f"{97 - int(n13) % 97:02d}"


def date_text(it: dict) -> str:
    s = it["signed"]
    if s is None:
        return ""
    y, m, d = s.split("-")
    if it["case"] == "us_date":
        return f"{m}/{d}/{y}"
    if it["case"] == "date_words":
        return f"{int(d)} {MONTHS[int(m) - 1]} {y}"
    return f"{d}/{m}/{y}"


def form_values(it: dict, p: dict, caps: bool) -> tuple[dict, list]:
    """Text values by field key (before any per-hand accent loss) and ticked boxes."""
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    y, m, d = p["dob"].split("-")
    v = {
        "nom": p["surname"].upper(),
        "nom_usage": (p["usage"] or "").upper(),
        "prenoms": up(p["given"]),
        "dob": d + m + y,
        "lieu_commune": up(p["city"]),
        "lieu_pays": up(p["country"]),
        "nationalite": up(p["nat"]),
        "adresse": up(p["addr"]),
        "cp": p["cp"],
        "commune": up(p["commune"]),
        "tel": p["tel"],
        "email": p["email"],
        "fait_a": up(p["commune"]),
        "date_sig": date_text(it),
    }
    if it.get("nir_order"):
        nir = nir_of(p, it["nir_order"])
        v["nir"], v["nir_cle"] = nir[:13], nir[13:]
    ticks = ["sexe_" + p["sex"]] + [SIT_BOX[s] for s in it["sit"]]
    if "salarie" in it["sit"]:
        ticks.append("ct_" + it["ct"])
        v["emploi"] = up(it["job"])
        v["employeur"] = up(it["emp"])
    if "autre" in it["sit"]:
        v["autre_precision"] = up(it["emp"])
    return {k: s for k, s in v.items() if s}, ticks


# --------------------------------------------------------------------------- PDF making
def pdf_bytes(run: int, overlay=None, pages=(1, 2)) -> tuple[bytes, dict]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    anchors = draw_form(c, run, pages, overlay)
    c.showPage()
    c.save()
    return buf.getvalue(), anchors


def render(pdf: bytes) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    out = [
        doc[i].render(scale=SC, may_draw_forms=True).to_pil().convert("RGB")
        for i in range(len(doc))
    ]
    doc.close()
    return out


# --------------------------------------------------------------------------- hand filling
def to_px(a: dict) -> tuple[float, float]:
    return a["x"] * SC, (H - a["y"]) * SC


def make_pen(rng, it, img) -> tuple[hand.Pen, str]:
    weight = {"black_felt": 2, "blue_gel": 1}.get(it["ink"], rng.choice([0, 1]))
    pen = hand.Pen(
        rng,
        img.size,
        it["ink"],
        rng.choice(hand.PRINT_HANDS),
        rng.choice(hand.SCRIPT_HANDS),
        weight,
    )
    return pen, rng.choice(hand.SIGN_HANDS)


def hand_text(pen: hand.Pen, a: dict, s: str, joined: bool) -> str:
    """Write s in field a; return what was actually written."""
    x, y = to_px(a)
    if a["cells"]:
        s = hand.strip_missing(s.upper(), pen.print_font)
        pen.comb(s, [cx * SC for cx in a["cells"]], y, int(a["h"] * SC * 0.72))
        return s
    path = pen.script_font if joined else pen.print_font
    s = hand.strip_missing(s, path)
    size = int(13.5 * SC * (1.4 if joined else 1.0))
    font = hand._font(path, size)
    while font.getlength(s) > a["w"] * SC * 0.97 and size > 16:
        size -= 2
        font = hand._font(path, size)
    pen.write(
        s,
        x + pen.rng.uniform(0, 8),
        y - 2,
        size,
        joined=joined,
        slope=pen.rng.uniform(-0.012, 0.006),
    )
    return s


def hand_mark(pen, a, style):
    x, y = to_px(a)
    s = a["s"] * SC
    pen.tick(x, y - s, s, style)


def sign(pen, anchors, sign_font, p, img) -> None:
    a = anchors["signature"]
    x, y = to_px(a)
    w, h = a["w"] * SC, a["h"] * SC
    top = y - h
    if a["label"] == "inside":
        top += 16 * SC
        h -= 16 * SC
    name = pen.rng.choice(
        [
            f"{p['given'].split()[0][0]}. {(p['usage'] or p['surname']).split()[0]}",
            (p["usage"] or p["surname"]).split()[0],
            f"{p['given'].split()[0]} {(p['usage'] or p['surname']).split()[0]}",
        ]
    )
    pen.signature(name, (x + 10, top + 4, w - 20, h - 8), sign_font)


# --------------------------------------------------------------------------- one form
def build(it: dict, out: Path) -> dict:
    rng = random.Random("form_am/" + it["id"])
    p = PEOPLE[it["who"]]
    fill, case, run = it["fill"], it["case"], it["run"]
    if fill == "hand":
        caps = it.get("style", "caps") == "caps"
    else:
        caps = run == 1 or rng.random() < 0.5
    vals, ticks = form_values(it, p, caps)
    if fill != "hand":
        vals = {k: typed(s) for k, s in vals.items()}
    signed = case not in ("unsigned", "label_only", "stray_mark", "missing_page")
    written = dict(vals)
    pdf_out: bytes | None = None
    imgs: list[Image.Image] = []
    by_hand_date = fill == "hand" or (fill != "acroform" and it.get("date_by_hand", False))
    if fill == "hand":
        blank, anchors = pdf_bytes(run)
        imgs = render(blank)
        pen, sfont = make_pen(rng, it, imgs[0])
        joined = it.get("style") == "joined"
        pens = [
            pen,
            hand.Pen(rng, imgs[1].size, it["ink"], pen.print_font, pen.script_font, pen.weight),
        ]
        for k, s in vals.items():
            a = anchors[k]
            j = joined and k not in ("email", "tel", "date_sig")
            written[k] = hand_text(pens[a["page"] - 1], a, s, j)
        style = rng.choice(["cross", "check"])
        for k in ticks:
            hand_mark(pens[anchors[k]["page"] - 1], anchors[k], style)
        if signed:
            sign(pens[1], anchors, sfont, p, imgs[1])
        imgs = [pens[0].apply(imgs[0]), pens[1].apply(imgs[1])]
    else:
        hand_keys = ("fait_a", "date_sig") if by_hand_date else ()
        pdf_vals = {k: s for k, s in vals.items() if k not in hand_keys}
        if fill == "typed_print":
            font = rng.choice(["LibSans", "DejaVu", "LibMono"])
            pdf_vals["_ticks"] = ticks
            doc, anchors = pdf_bytes(run, typed_overlay(pdf_vals, font, 10))
        else:
            sig = None
            if fill == "acroform" and signed:
                sig = hand.signature_png(
                    rng,
                    p["given"].split()[0] + " " + p["surname"],
                    rng.choice(hand.SIGN_HANDS),
                    it["ink"],
                )
            doc, anchors = pdf_bytes(run, acro_overlay(pdf_vals, ticks, run, sig))
            doc = comb_appearances(doc)
            if fill == "acroform" and not it.get("ap", True):
                doc = strip_appearances(doc)
        if fill == "acroform":
            pdf_out = doc
        else:
            imgs = render(doc)
            pen, sfont = make_pen(rng, it, imgs[1])
            pen.print_font = rng.choice(hand.PRINT_HANDS[:3])
            for k in hand_keys:
                if k in vals:
                    written[k] = hand_text(
                        pen, anchors[k], vals[k].title() if k == "fait_a" else vals[k], False
                    )
            if signed:
                sign(pen, anchors, sfont, p, imgs[1])
            imgs[1] = pen.apply(imgs[1])
    files = arrange(it, rng, out, imgs, pdf_out)
    return truth(it, p, written, ticks, signed, files)


# --------------------------------------------------------------------------- arrangement
def arrange(it, rng, out: Path, imgs, pdf_out) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    arr, look = it["arr"], it["look"]
    if arr == "acro_pdf":
        name = rng.choice(
            ["S1106_demande_PUMa_rempli.pdf", "formulaire_cpam.pdf", "cerfa_15763-02_complete.pdf"]
        )
        (out / name).write_bytes(pdf_out)
        return [{"path": name, "pages": [1, 2]}]
    dpi = rng.choice([150, 200, 300]) if look != "phone_photo" else None

    def sc(im):
        return degrade.scan(im, rng, dpi)

    if arr in ("one_pdf", "reversed_pdf"):
        pages = [sc(im) for im in imgs]
        name = rng.choice(
            [
                "scan_demande_puma.pdf",
                "Numérisation_20261114.pdf",
                "formulaire.pdf",
                "doc00431220261112.pdf",
            ]
        )
        if arr == "reversed_pdf":
            degrade.image_pdf(pages[::-1], out / name, rng.randint(60, 80))
            return [{"path": name, "pages": [2, 1]}]
        degrade.image_pdf(pages, out / name, rng.randint(60, 80))
        return [{"path": name, "pages": [1, 2]}]
    if arr == "two_pdfs":
        names = ["formulaire_page1.pdf", "formulaire_page2.pdf"]
        for im, n in zip(imgs, names):
            degrade.image_pdf([sc(im)], out / n, rng.randint(60, 80))
        return [{"path": n, "pages": [1]} for n in names]
    if arr in ("two_images", "two_images_p2_first", "single_image"):
        if arr == "two_images_p2_first":
            names = ["IMG_4471.jpg", "IMG_4470.jpg"]
        else:
            k = rng.randint(11, 80)
            names = [f"scan_{k:04d}.jpg", f"scan_{k + 1:04d}.jpg"]
        imgs = imgs[:1] if arr == "single_image" else imgs
        for im, n in zip(imgs, names):
            degrade.save_jpeg(sc(im), out / n, rng.randint(72, 90), dpi)
        return [{"path": n, "pages": [1]} for n in names[: len(imgs)]]
    # photos
    day = int(it["as_of"][-2:]) - rng.randint(1, 3)
    stamp = f"{it['as_of'][:4]}{it['as_of'][5:7]}{max(day, 1):02d}"
    t0 = rng.randint(8, 21) * 3600 + rng.randint(0, 3400)
    files = []
    for i, im in enumerate(imgs):
        t = t0 + rng.randint(15, 50) * i
        n = f"IMG_{stamp}_{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}.jpg"
        ph = degrade.phone_photo(im, rng, it.get("rot", [0, 0])[i])
        degrade.save_jpeg(ph, out / n, rng.randint(80, 92))
        files.append({"path": n, "pages": [1]})
    return files


# --------------------------------------------------------------------------- truth
def truth(it, p, written, ticks, signed, files) -> dict:
    case = it["case"]
    missing = case == "missing_page"
    sit = it["sit"]
    fields = {
        "surname": written["nom"],
        "usage_name": written.get("nom_usage") or None,
        "given_names": written["prenoms"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": EMPLOYMENT[sit[0]] if len(sit) == 1 else None,
        "situation": "+".join(sit),
        "contract_type": it.get("ct") if "salarie" in sit else None,
        "signed": signed,
        "signed_on": None if missing else it["signed"],
        "date_text": None if missing else (written.get("date_sig") or None),
        "place": None if missing else written.get("fait_a"),
        "nir": (written["nir"] + written["nir_cle"]) if "nir" in written else None,
    }
    look_note = {
        "hand": "filled by hand",
        "typed_print": "typed in a PDF viewer, printed, signed by hand",
        "acroform": "fillable PDF filled on screen",
        "acroform_printed": "fillable PDF filled, printed, signed by hand",
    }[it["fill"]]
    notes = f"print run {it['run']}; {look_note}; arrangement {it['arr']}"
    if case != "ok":
        notes += f"; case {case}"
    return {
        "as_of": it["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": FORM_STATUS[case],
        "defect": DEFECT_TEXT.get(case),
        "fill_way": it["fill"],
        "case": case,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": p["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": it["look"],
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    root = Path(argv[1])
    (root / "documents").mkdir(parents=True, exist_ok=True)
    (root / "packets").mkdir(parents=True, exist_ok=True)
    for it in ITEMS:
        t = build(it, root / "documents" / it["id"])
        with open(root / "documents" / f"{it['id']}.truth.json", "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=2)
            f.write("\n")
    manifest = {"packets": [], "documents": [it["id"] for it in ITEMS]}
    (root / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
