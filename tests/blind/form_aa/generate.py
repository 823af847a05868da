"""Blind set form_aa: 40 filled-in PUMa application forms (cerfa 15763*02 / S1106).

Usage: python generate.py OUT_DIR
"""

import io
import json
import logging
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402
import fill  # noqa: E402
import looks  # noqa: E402
from plan import (  # noqa: E402
    DEFECT,
    HAND_FONT_KEYS,
    INKS,
    STATUS,
    TYPED_FONTS,
    make_plan,
    values,
)

cv2.setNumThreads(1)
logging.getLogger("fontTools").setLevel(logging.ERROR)

# AcroForm field names: two naming schemes, as found in real fillable cerfas.
_KEYS = [
    "nom",
    "nom_usage",
    "prenoms",
    "sexe_F",
    "sexe_M",
    "ddn",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "nir",
    "adresse",
    "cp",
    "commune",
    "tel",
    "email",
    "salarie",
    "independant",
    "demandeur_emploi",
    "etudiant",
    "sans_activite",
    "autre",
    "emploi",
    "contrat_CDI",
    "contrat_CDD",
    "contrat_intérim",
    "contrat_autre",
    "autre_precision",
    "fait_a",
    "le",
]
_SEMANTIC = {
    "nom": "nom_naissance",
    "nom_usage": "nom_usage",
    "prenoms": "prenoms",
    "sexe_F": "sexe_feminin",
    "sexe_M": "sexe_masculin",
    "ddn": "date_naissance",
    "lieu_commune": "commune_naissance",
    "lieu_pays": "pays_naissance",
    "nationalite": "nationalite",
    "nir": "nir",
    "adresse": "adresse",
    "cp": "code_postal",
    "commune": "commune",
    "tel": "telephone",
    "email": "courriel",
    "salarie": "sit_salarie",
    "independant": "sit_non_salarie",
    "demandeur_emploi": "sit_demandeur_emploi",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
    "emploi": "emploi_occupe",
    "contrat_CDI": "contrat_cdi",
    "contrat_CDD": "contrat_cdd",
    "contrat_intérim": "contrat_interim",
    "contrat_autre": "contrat_autre",
    "autre_precision": "autre_situation_precision",
    "fait_a": "fait_a",
    "le": "date_signature",
}


def field_names(scheme):
    if scheme == "semantic":
        return dict(_SEMANTIC)
    return {
        k: f"Zone de texte {i + 1}"
        if not k.startswith(("sexe", "contrat", "sal", "ind", "dem", "etu", "sans"))
        and k != "autre"
        else f"Case à cocher {i + 1}"
        for i, k in enumerate(_KEYS)
    }


def hand_opts(rng, fields=True, place=True, date=True):
    return dict(
        font=rng.choice(HAND_FONT_KEYS),
        jitter=rng.uniform(0.7, 1.25),
        size=rng.uniform(10.5, 12.5),
        tick=rng.choice(["x", "v"]),
        ink=rng.choice(INKS),
        fields=fields,
        place=place,
        date=date,
    )


def make_pages(item, v, rng):
    """Return (pdf_bytes or None, [page images]) for the item's fill way."""
    f, run = item["fill"], item["run"]
    if item["look"] == "scan":
        dpi = rng.choice([150, 200, 200, 300])
    elif item["look"] == "image_pdf":
        dpi = rng.choice([150, 200])
    else:
        dpi = 200
    item["dpi"] = dpi
    if f == "hand":
        pdf, pos = fill.blank_pdf(run)
        pages = fill.render(pdf, dpi)
        return None, fill.hand_fill(pages, pos, v, rng, dpi, hand_opts(rng))
    if f == "typed_print":
        typed_date = rng.random() < 0.45
        style = dict(font=rng.choice(TYPED_FONTS), size=rng.uniform(9.5, 11), typed_date=typed_date)
        pdf, pos = fill.blank_pdf(run, fill.typed_filler(v, style, rng))
        pages = fill.render(pdf, dpi)
        opts = hand_opts(rng, fields=False, place=not typed_date, date=not typed_date)
        return None, fill.hand_fill(pages, pos, v, rng, dpi, opts)
    names = field_names(rng.choice(["semantic", "generic"]))
    sig = None
    if f == "acroform" and v["sig"] == "sig":
        buf = io.BytesIO()
        fill.sig_image(rng, v["sig_given"], v["sig_surname"], rng.choice(INKS)).save(buf, "PNG")
        buf.seek(0)
        sig = buf
    jit = (rng.uniform(0.05, 0.3), rng.uniform(-0.05, 0.1))
    pdf, pos = fill.blank_pdf(run, fill.acro_filler(v, names, sig, jit))
    keep_ap = f == "acroform_printed" or rng.random() < 0.6
    item["appearance_streams"] = keep_ap
    pdf = fill.finish_acroform(pdf, keep_ap, "cerfa_15763-02")
    if f == "acroform":
        return pdf, []
    pages = fill.render(pdf, dpi, forms=True)
    opts = hand_opts(rng, fields=False, place=False, date=False)
    return None, fill.hand_fill(pages, pos, v, rng, dpi, opts)


def _hms(t):
    return f"{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}"


def _names(item, rng):
    """File names (page 1 file first) for the item's arrangement and look."""
    arr, look = item["arrangement"], item["look"]
    n = rng.randint(3, 980)
    if arr in ("one_pdf", "one_pdf_reversed"):
        if look == "text_pdf":
            base = rng.choice(
                [
                    "cerfa_15763-02_rempli",
                    "S1106_demande_PUMa",
                    "formulaire_ameli",
                    "demande_ouverture_droits_{}",
                ]
            )
        else:
            base = rng.choice(["Scan_2026-11-{:02d}", "formulaire_cpam", "doc{:05d}", "S1106"])
        return [base.format(n % 28 + 1 if "Scan" in base else n) + ".pdf"]
    if arr == "two_pdfs":
        b = rng.choice(["formulaire_page{}", "cerfa_p{}", "S1106_{}"])
        return [b.format(1) + ".pdf", b.format(2) + ".pdf"]
    if look == "phone_photo":
        if rng.random() < 0.5:
            a, b = f"IMG_{4000 + n}.jpg", f"IMG_{4001 + n}.jpg"
        else:
            t = 9 * 3600 + n * 37
            a, b = (
                f"IMG_202611{n % 20 + 1:02d}_{_hms(t)}.jpg",
                f"IMG_202611{n % 20 + 1:02d}_{_hms(t + rng.randint(8, 70))}.jpg",
            )
    else:
        ext = ".png" if rng.random() < 0.25 else ".jpg"
        pat = rng.choice(["scan_{:04d}", "Numérisation_{:03d}", "SCAN{:04d}"])
        a, b = pat.format(n) + ext, pat.format(n + 1) + ext
    # two_images_p2_first: page 2 was scanned / photographed first, so it sorts first
    return [b, a] if arr == "two_images_p2_first" else [a, b]


def _encode(img, name, rng, dpi):
    if name.endswith(".png"):
        buf = io.BytesIO()
        img.save(buf, "PNG", dpi=(dpi, dpi))
        return buf.getvalue()
    return looks.jpeg_bytes(img, rng.randint(78, 92), dpi)


def write_document(item, v, rng, folder):
    pdf, pages = make_pages(item, v, rng)
    names = _names(item, rng)
    arr, look = item["arrangement"], item["look"]
    if pdf is not None:
        (folder / names[0]).write_bytes(pdf)
        return [{"path": names[0], "pages": [1, 2]}], ""
    notes = ""
    if look == "scan" or look == "image_pdf":
        imgs = [looks.scan(p, rng) for p in pages]
    else:
        imgs, rots = [], []
        for p in pages:
            q = rng.choices([0, 1, 2, 3], [55, 20, 10, 15])[0]
            rots.append(q * 90)
            imgs.append(looks.rotate(looks.phone_photo(p, rng), q))
        if any(rots):
            notes = f"photos rotated counter-clockwise by {rots[0]} / {rots[1]} degrees"
    if look == "image_pdf":
        jp = [looks.jpeg_bytes(i, rng.randint(70, 88), item["dpi"]) for i in imgs]
        if arr == "two_pdfs":
            for name, data in zip(names, jp):
                looks.image_pdf([data], folder / name, rng)
            return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], notes
        order = jp if arr == "one_pdf" else jp[::-1]
        looks.image_pdf(order, folder / names[0], rng)
        pages_1based = [1, 2] if arr == "one_pdf" else [2, 1]
        return [{"path": names[0], "pages": pages_1based}], notes
    for name, img in zip(names, imgs):
        (folder / name).write_bytes(_encode(img, name, rng, item["dpi"]))
    return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], notes


def main(out):
    out = Path(out)
    docs = out / "documents"
    docs.mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(exist_ok=True)
    names = []
    for item in make_plan():
        rng = random.Random(f"form_aa-doc-{item['idx']}")
        as_of, v, fields = values(item)
        folder = docs / item["name"]
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        files, notes = write_document(item, v, rng, folder)
        extra = f"print run {item['run']}, {item['arrangement']}"
        if item["fill"] == "acroform":
            extra += ", appearance streams " + (
                "kept" if item["appearance_streams"] else "removed (NeedAppearances)"
            )
        if item["arrangement"] == "one_pdf_reversed":
            extra += "; PDF page 1 is the form's page 2"
        if item["arrangement"] == "two_images_p2_first":
            extra += "; the page-2 file name sorts first"
        truth = {
            "as_of": as_of.isoformat(),
            "employed": None,
            "status": None,
            "requirements": None,
            "form_status": STATUS[item["case"]],
            "defect": DEFECT.get(item["case"]),
            "fill_way": item["fill"],
            "case": item["case"],
            "print_run": item["run"],
            "arrangement": item["arrangement"],
            "applicant": {
                "surname": fields["surname"],
                "given_names": fields["given_names"],
                "date_of_birth": fields["date_of_birth"],
            },
            "documents": [
                {
                    "files": files,
                    "type": "application_form",
                    "look": item["look"],
                    "fields": fields,
                    "notes": "; ".join(x for x in (extra, notes) if x),
                }
            ],
        }
        (docs / f"{item['name']}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(item["name"])
    manifest = {"packets": [], "documents": names}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
