"""Identity documents as Doc objects: passports, visas, residence permits, ID cards."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .cards import (
    IdData,
    PassportData,
    PermitData,
    VisaData,
    booklet,
    id_back,
    id_front,
    passport_page,
    permit_back,
    permit_front,
    visa_sticker,
)
from .model import Doc
from .util import rng_for

PX_MM = 300 / 25.4


def _mm(im: Image.Image) -> tuple[float, float]:
    return (im.size[0] / PX_MM, im.size[1] / PX_MM)


def _id_fields(p, surname, given, number, nat, expiry, issuing, mrz_valid=True) -> dict:
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": p.dob.isoformat(),
        "expiry_date": expiry.isoformat(),
        "sex": p.sex,
        "mrz_valid": mrz_valid,
    }


def passport_doc(pd: PassportData, facing: Image.Image | None = None, notes: str = "") -> Doc:
    page = passport_page(pd)
    rng = rng_for("booklet", pd.number)
    book = booklet(page, facing, rng)
    p = pd.person
    f = _id_fields(
        p,
        pd.surname_viz or p.surname,
        pd.given_viz or p.given,
        pd.number,
        p.nat,
        pd.expiry,
        pd.country,
        not pd.mrz_bad,
    )
    return Doc(
        "passport", f, [], notes=notes, cards=[page, book], card_mm=[(125.0, 88.0), _mm(book)]
    )


def visa_page(vd: VisaData) -> Image.Image:
    """The visa sticker stuck on a passport page, with an entry stamp."""
    st = visa_sticker(vd)
    rng = rng_for("visapage", vd.number)
    W, H = int(125 * PX_MM), int(88 * PX_MM)
    pg = Image.new("RGB", (W, H), (238, 236, 228))
    d = ImageDraw.Draw(pg)
    for i in range(0, H, 22):
        d.line((0, i, W, i + rng.randint(-8, 8)), fill=(228, 226, 216), width=2)
    pg.paste(st, (int(2.5 * PX_MM), int(4 * PX_MM)))
    return pg


def visa_doc(vd: VisaData, notes: str = "") -> Doc:
    page = visa_page(vd)
    p = vd.person
    f = _id_fields(
        p,
        vd.surname_viz or p.surname,
        vd.given_viz or p.given,
        vd.number,
        p.nat,
        vd.valid_until,
        "FRA",
    )
    f["visa_type"] = vd.vtype
    f["vls_ts"] = any("VLS-TS" in r for r in vd.remarks)
    f["valid_until"] = vd.valid_until.isoformat()
    return Doc("long_stay_visa", f, [], notes=notes, cards=[page], card_mm=[(125.0, 88.0)])


def permit_doc(pd: PermitData, notes: str = "") -> Doc:
    fr_, bk = permit_front(pd), permit_back(pd)
    p = pd.person
    f = _id_fields(p, p.surname, p.given, pd.number, p.nat, pd.valid_until, "FRA")
    return Doc("residence_permit", f, [], notes=notes, cards=[fr_, bk], card_mm=[(85.6, 54.0)] * 2)


def id_doc(idd: IdData, notes: str = "") -> Doc:
    fr_, bk = id_front(idd), id_back(idd)
    p = idd.person
    f = _id_fields(p, p.surname, p.given, idd.number, p.nat, idd.expiry, idd.country)
    return Doc("national_id", f, [], notes=notes, cards=[fr_, bk], card_mm=[(85.6, 54.0)] * 2)
