"""Shared packet helpers: bank numbers, file writers, truth records."""

from __future__ import annotations

from pathlib import Path

from render import flatbed, image_pdf, jpeg_bytes, phone_photo, rasterize

ALL_REQ = (
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
)


def _num(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban(country: str, bban: str) -> str:
    chk = 98 - int(_num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def fr_iban(bank: str, branch: str, account: str) -> str:
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return iban("FR", f"{bank}{branch}{account}{key:02d}")


def iban_ok(s: str) -> bool:
    return int(_num(s[4:] + s[:4])) % 97 == 1


def write(folder: Path, name: str, data: bytes) -> str:
    (folder / name).write_bytes(data)
    return name


def save_img(folder: Path, name: str, img, q=85) -> str:
    if name.lower().endswith(".png"):
        img.save(folder / name, "PNG", optimize=False)
    else:
        (folder / name).write_bytes(jpeg_bytes(img, q))
    return name


def card_on_bed(pdf, rng, dpi=300, a4=True):
    """Scan a card/booklet page on a flatbed (A4 bed)."""
    img = rasterize(pdf, dpi)[0]
    return flatbed(img, rng, dpi, rng.choice([200, 240]), a4=a4)


def photo(pdf, rng, dpi=200, rot=0, page=0):
    return phone_photo(rasterize(pdf, dpi)[page], rng, rot=rot)


def scan_pages(pdf, rng, dpi=200, gray=False):
    return [flatbed(p, rng, dpi, dpi, gray=gray) for p in rasterize(pdf, dpi)]


def scanner_pdf(pages_imgs, rng, dpi=200):
    return image_pdf(pages_imgs, rng, dpi=dpi, q=rng.choice([62, 70, 78]))


def doc(files, dtype, look, fields, notes=""):
    return {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}


def f(path, *pages):
    return {"path": path, "pages": list(pages) or [1]}


def requirements(employed: bool, override=None):
    req = {k: "complete" for k in ALL_REQ}
    if not employed:
        req["employment"] = "not_applicable"
    req.update(override or {})
    return req


def status_of(req) -> str:
    vals = set(req.values())
    if vals & {"invalid", "missing"}:
        return "incomplete"
    if "questionable" in vals:
        return "questionable"
    return "complete"


def id_fields(p, number, expiry, issuing, mrz_valid=True):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": number,
        "nationality": p["nat"],
        "issuing_country": issuing,
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": expiry,
        "mrz_valid": mrz_valid,
    }


def a4_page(img_card, rng, dpi):
    """Put a card image on an A4 page image (for multi-page scanner PDFs)."""
    from PIL import Image

    W, H = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("RGB", (W, H), (247, 247, 244))
    s = dpi / 300
    im = img_card.resize((int(img_card.width * s), int(img_card.height * s)))
    page.paste(im, (int(dpi * rng.uniform(0.4, 0.9)), int(dpi * rng.uniform(0.4, 1.2))))
    return flatbed(page, rng, dpi, dpi)
