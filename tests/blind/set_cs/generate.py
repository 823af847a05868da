"""Blind set set_cs: three whole PUMa packets (Algeria, India, Brazil).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import cv2
from PIL import Image
from reportlab.lib.pagesizes import A4

import bills
import cards
import civil
import form
import home
import kit
import looks
from packets import P01, P02, P03

cv2.setNumThreads(1)


def rng_for(*parts: str) -> random.Random:
    return random.Random("set_cs/" + "/".join(parts))


class Packet:
    def __init__(self, out: Path, spec: dict):
        self.spec = spec
        self.name = spec["name"]
        self.dir = out / "packets" / self.name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.docs: list[dict] = []

    def rng(self, what: str) -> random.Random:
        return rng_for(self.name, what)

    def path(self, fname: str) -> str:
        return str(self.dir / fname)

    def add(self, dtype, look, files, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def write_truth(self):
        s = self.spec
        truth = {
            "as_of": s["as_of"],
            "employed": s["employed"],
            "status": s["status"],
            "requirements": s["requirements"],
            "defect": s["defect"],
            "applicant": s["applicant"],
            "documents": self.docs,
        }
        with open(self.out / "packets" / f"{self.name}.truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")


def pages(size, draw, dpi, rng, *args, **kw):
    result = {}

    def builder(c):
        result["ret"] = draw(c, rng, *args, **kw)

    imgs = looks.render(size, builder, dpi)
    return imgs, result.get("ret")


def text_pdf(path, size, draw, rng, *args, meta=None):
    result = {}

    def builder(c):
        result["ret"] = draw(c, rng, *args)

    looks.text_pdf(path, size, builder, **(meta or {}))
    return result.get("ret")


def id_fields(d: dict, lines: list[str], nat: str, iss: str) -> dict:
    return {
        "surname": d["surname"],
        "given_names": d["given"],
        "document_number": d["number"],
        "nationality": nat,
        "issuing_country": iss,
        "date_of_birth": d["dob"],
        "sex": d["sex"][0],
        "expiry_date": d["expiry"],
        "mrz_valid": kit.mrz_ok(lines),
    }


def form_fields(v: dict) -> dict:
    employed = {"salarie": "employed", "autre": "other"}.get(v["situation"], "not_employed")
    return {
        "surname": v["surname"],
        "usage_name": v.get("usage") or None,
        "given_names": v["given"],
        "sex": v["sex"],
        "date_of_birth": v["dob"],
        "employment_status": employed,
        "situation": v["situation"],
        "contract_type": v.get("contract"),
        "signed": bool(v.get("signed")),
        "signed_on": v["signed_on"],
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": None,
    }


def bill_fields(b: dict, provider: str) -> dict:
    return {
        "provider": provider,
        "service": "internet",
        "holder_name": b["holder_name"],
        "address": b["address"],
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "month": b["start"][:7],
        "amount": b["amount"],
    }


def rib_fields(r: dict, bank: str) -> dict:
    key_ok = None
    if r["iban"].startswith("FR"):
        key_ok = kit.rib_key(r["bank"], r["branch"], r["account"]) == r["key"]
    return {
        "holder_name": r["holder_name"],
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": bank,
        "iban_valid": kit.iban_valid(r["iban"]),
        "rib_key_valid": key_ok,
    }


def build_p01(out: Path) -> None:
    s = P01
    pk = Packet(out, s)
    a = s["applicant_doc"]
    # application form: typed on screen, printed, signed, scanned to a grey scanner PDF
    v = s["form"]
    imgs, _ = pages(A4, form.form, 200, pk.rng("form"), v, "typed", 1)
    r = pk.rng("form-scan")
    scans = [
        looks.scan(im, r, dpi=200, src_dpi=200, at_mm=(1, 1), paper=0.93, grey=True) for im in imgs
    ]
    scans = [im.convert("L") for im in scans]
    looks.image_pdf(scans, pk.path("formulaire_PUMA.pdf"), 200, "Canon MF Scan Utility")
    pk.add(
        "application_form",
        "image_pdf",
        [{"path": "formulaire_PUMA.pdf", "pages": [1, 2]}],
        form_fields(v),
        "typed on screen, printed, dated and signed by hand, scanned in grey",
    )
    # passport: phone photo turned 90 degrees
    imgs, lines = pages(cards.PASSPORT_SIZE, cards.passport, 420, pk.rng("pass"), a)
    photo = looks.phone_photo(imgs[0], pk.rng("pass-photo"), 4000, "wood", 0.78, rot=90)
    looks.save_jpg(photo, pk.path("IMG_20261106_183012.jpg"), 88)
    pk.add(
        "passport",
        "phone_photo",
        [{"path": "IMG_20261106_183012.jpg", "pages": [1]}],
        id_fields(a, lines, "DZA", "DZA"),
        "open passport, photo rotated 90 degrees",
    )
    # residence card (certificat de résidence algérien), both sides on one flatbed scan
    rc = s["permit"]
    imgs, lines = pages(cards.CARD, cards.residence_card, 400, pk.rng("rc"), rc)
    bed = looks.scan(
        None,
        pk.rng("rc-scan"),
        dpi=300,
        src_dpi=400,
        items=[(imgs[0], (12, 10)), (imgs[1], (12, 72))],
    )
    looks.save_jpg(bed, pk.path("scan_0007.jpg"), 85, 300)
    pk.add(
        "residence_permit",
        "scan",
        [{"path": "scan_0007.jpg", "pages": [1]}],
        id_fields(rc, lines, "DZA", "FRA"),
        "front and back of the card on one A4 scan",
    )
    # birth certificate
    b = s["birth"]
    imgs, _ = pages(A4, civil.algeria, 200, pk.rng("birth"), b)
    bed = looks.scan(imgs[0], pk.rng("birth-scan"), dpi=200, src_dpi=200, at_mm=(2, 2), paper=0.95)
    looks.save_jpg(bed, pk.path("scan_0008.jpg"), 82, 200)
    pk.add(
        "birth_certificate",
        "scan",
        [{"path": "scan_0008.jpg", "pages": [1]}],
        b["truth"],
        "Algeria: exempt from legalisation (Franco-Algerian judicial protocol of 1962)",
    )
    # attestation d'hébergement: handwritten, phone photo
    at = s["attestation"]
    imgs, _ = pages(A4, home.attestation, 170, pk.rng("att"), at)
    photo = looks.phone_photo(imgs[0], pk.rng("att-photo"), 3264, "oak", 0.86, tilt=0.05)
    looks.save_jpg(photo, pk.path("IMG_20261106_183540.jpg"), 86)
    pk.add(
        "hosting_attestation",
        "phone_photo",
        [{"path": "IMG_20261106_183540.jpg", "pages": [1]}],
        at["truth"],
        "handwritten on ruled paper by the husband",
    )
    # host's national ID card, both sides on one scan
    h = s["host_id"]
    imgs, lines = pages(cards.CARD, cards.french_id, 400, pk.rng("cni"), h)
    bed = looks.scan(
        None,
        pk.rng("cni-scan"),
        dpi=300,
        src_dpi=400,
        items=[(imgs[0], (20, 15)), (imgs[1], (20, 80))],
    )
    looks.save_jpg(bed, pk.path("scan_0009.jpg"), 85, 300)
    pk.add(
        "national_id",
        "scan",
        [{"path": "scan_0009.jpg", "pages": [1]}],
        id_fields(h, lines, "FRA", "FRA"),
        "the host's ID (French CNI, 2021 model)",
    )
    # host's three Orange bills, printed and scanned into one PDF
    scans = []
    for i, bill in enumerate(s["bills"]):
        imgs, _ = pages(A4, bills.orange, 200, pk.rng(f"bill{i}"), bill)
        scans.append(
            looks.scan(
                imgs[0], pk.rng(f"bill{i}-scan"), dpi=200, src_dpi=200, at_mm=(1, 2), paper=0.96
            )
        )
    looks.image_pdf(scans, pk.path("factures_orange_karim.pdf"), 200, "HP Smart")
    for i, bill in enumerate(s["bills"]):
        pk.add(
            "utility_bill",
            "image_pdf",
            [{"path": "factures_orange_karim.pdf", "pages": [i + 1]}],
            bill_fields(bill, "Orange"),
            "host's bill (hosting route)",
        )
    rib = s["rib"]
    text_pdf(
        pk.path("RIB_LBP.pdf"),
        A4,
        bills.rib_lbp,
        pk.rng("rib"),
        rib,
        meta={"title": "RIB", "creator": "La Banque Postale"},
    )
    pk.add(
        "rib",
        "text_pdf",
        [{"path": "RIB_LBP.pdf", "pages": [1]}],
        rib_fields(rib, "La Banque Postale"),
        "joint account of the couple",
    )
    pk.write_truth()


def _visa_page(sticker: Image.Image, rng: random.Random) -> Image.Image:
    """The sticker glued on a passport visa page (both at 400 dpi)."""
    w, h = int(125 / 25.4 * 400), int(88 / 25.4 * 400)
    page = Image.new("RGB", (w, h), (236, 230, 214))
    page.paste(sticker, (int(w * 0.01), int(h * 0.03) + rng.randrange(10)))
    return page


def build_p02(out: Path) -> None:
    s = P02
    pk = Packet(out, s)
    a = s["applicant_doc"]
    v = s["form"]
    imgs, _ = pages(A4, form.form, 220, pk.rng("form"), v, "typed", 2)
    names = ["IMG_20261102_101532.jpg", "IMG_20261102_101548.jpg"]
    for i, (im, rot) in enumerate(zip(imgs, (0, 270), strict=True)):
        photo = looks.phone_photo(
            im, pk.rng(f"form-photo{i}"), 4032, "white", 0.84, rot=rot, warm=0.6
        )
        looks.save_jpg(photo, pk.path(names[i]), 87)
    pk.add(
        "application_form",
        "phone_photo",
        [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}],
        form_fields(v),
        "typed, printed and signed; page 2 photographed turned 270 degrees",
    )
    imgs, plines = pages(cards.PASSPORT_SIZE, cards.passport, 400, pk.rng("pass"), a)
    vi = s["visa"]
    vimgs, vlines = pages(cards.VISA_SIZE, cards.visa_sticker, 400, pk.rng("visa"), vi)
    vpage = _visa_page(vimgs[0], pk.rng("visa-page"))
    r = pk.rng("pv-scan")
    p1 = looks.scan(imgs[0], r, dpi=300, src_dpi=400, at_mm=(15, 12))
    p2 = looks.scan(vpage, r, dpi=300, src_dpi=400, at_mm=(15, 12))
    looks.image_pdf([p1, p2], pk.path("passport_visa.pdf"), 300, "EPSON Scan")
    pk.add(
        "passport",
        "image_pdf",
        [{"path": "passport_visa.pdf", "pages": [1]}],
        id_fields(a, plines, "IND", "IND"),
        "open passport on a scanner",
    )
    vf = id_fields({**vi, "expiry": vi["until"], "given": vi["given"]}, vlines, "IND", "FRA")
    vf.update(
        visa_type="D",
        vls_ts=True,
        category=vi["category"],
        valid_from=vi["from"],
        valid_until=vi["until"],
    )
    pk.add(
        "long_stay_visa",
        "image_pdf",
        [{"path": "passport_visa.pdf", "pages": [2]}],
        vf,
        "VLS-TS sticker; the MRZ number is the visa number printed in red (FRA prefix)",
    )
    b, ap = s["birth"], s["apostille"]
    i1, _ = pages(A4, civil.india, 200, pk.rng("birth"), b)
    i2, _ = pages(A4, civil.india_apostille_back, 200, pk.rng("apos"), ap)
    r = pk.rng("birth-scan")
    sc = [looks.scan(im, r, dpi=200, src_dpi=200, at_mm=(2, 1), paper=0.94) for im in i1 + i2]
    looks.image_pdf(sc, pk.path("birth_certificate_apostille.pdf"), 200, "Brother iPrint&Scan")
    pk.add(
        "birth_certificate",
        "image_pdf",
        [{"path": "birth_certificate_apostille.pdf", "pages": [1]}],
        b["truth"],
        "municipal corporation certificate, apostille on the back (page 2)",
    )
    pk.add(
        "apostille",
        "image_pdf",
        [{"path": "birth_certificate_apostille.pdf", "pages": [2]}],
        ap["truth"],
        "MEA apostille sticker, Hague model with 10 numbered items",
    )
    L = s["lease"]
    text_pdf(
        pk.path("Bail_Voltaire_signe.pdf"),
        A4,
        home.lease,
        pk.rng("lease"),
        L,
        meta={"title": "Contrat de location", "creator": "Microsoft Word"},
    )
    pk.add(
        "lease",
        "text_pdf",
        [{"path": "Bail_Voltaire_signe.pdf", "pages": [1, 2]}],
        L["truth"],
        "bail loi 1989, logement nu",
    )
    ps = s["payslip"]
    text_pdf(
        pk.path("Bulletin_2026_10.pdf"),
        A4,
        home.payslip,
        pk.rng("pay"),
        ps,
        meta={"title": "Bulletin de paie octobre 2026", "creator": "Silae"},
    )
    pk.add(
        "payslip",
        "text_pdf",
        [{"path": "Bulletin_2026_10.pdf", "pages": [1]}],
        {
            "employer": ps["employer"],
            "employee_name": ps["employee_name"],
            "period": "2026-10",
            "net_pay": ps["net"],
            "siret": ps["siret"],
        },
        "bulletin clarifié",
    )
    rib = s["rib"]
    shot = bills.bourso_screenshot(rib)
    shot.save(pk.path("Screenshot_20261103-184212.png"), "PNG")
    pk.add(
        "rib",
        "screenshot",
        [{"path": "Screenshot_20261103-184212.png", "pages": [1]}],
        rib_fields(rib, "BoursoBank"),
        "banking app RIB screen",
    )
    pk.write_truth()


def build_p03(out: Path) -> None:
    s = P03
    pk = Packet(out, s)
    a = s["applicant_doc"]
    v = s["form"]
    imgs, _ = pages(A4, form.form, 200, pk.rng("form"), v, "hand", 2, "Hand4")
    names = ["Scan_20261112_0001.jpg", "Scan_20261112_0002.jpg"]
    for i, im in enumerate(imgs):
        bed = looks.scan(im, pk.rng(f"form-scan{i}"), dpi=200, src_dpi=200, at_mm=(1, 1))
        looks.save_jpg(bed, pk.path(names[i]), 84, 200)
    pk.add(
        "application_form",
        "scan",
        [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}],
        form_fields(v),
        "filled by hand; says salaried work on a CDD",
    )
    imgs, lines = pages(cards.PASSPORT_SIZE, cards.passport, 420, pk.rng("pass"), a)
    photo = looks.phone_photo(imgs[0], pk.rng("pass-photo"), 4000, "grey", 0.8)
    looks.save_jpg(photo, pk.path("IMG_4017.jpg"), 88)
    pk.add(
        "passport",
        "phone_photo",
        [{"path": "IMG_4017.jpg", "pages": [1]}],
        id_fields(a, lines, "BRA", "BRA"),
        "open passport",
    )
    vi = s["visa"]
    vimgs, vlines = pages(cards.VISA_SIZE, cards.visa_sticker, 500, pk.rng("visa"), vi)
    vpage = _visa_page(
        vimgs[0].resize((vimgs[0].width * 4 // 5, vimgs[0].height * 4 // 5)), pk.rng("visa-page")
    )
    photo = looks.phone_photo(vpage, pk.rng("visa-photo"), 4000, "grey", 0.82, rot=90)
    looks.save_jpg(photo, pk.path("IMG_4018.jpg"), 88)
    vf = id_fields({**vi, "expiry": vi["until"]}, vlines, "BRA", "FRA")
    vf.update(
        visa_type="D",
        vls_ts=True,
        category=vi["category"],
        valid_from=vi["from"],
        valid_until=vi["until"],
    )
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [{"path": "IMG_4018.jpg", "pages": [1]}],
        vf,
        "VLS-TS sticker in the passport, photo rotated 90 degrees",
    )
    b = s["birth"]
    imgs, _ = pages(A4, civil.brazil, 200, pk.rng("birth"), b)
    sc = looks.scan(imgs[0], pk.rng("birth-scan"), dpi=200, src_dpi=200, at_mm=(2, 1), paper=0.95)
    looks.image_pdf([sc], pk.path("certidao_nascimento.pdf"), 200, "Xerox WorkCentre")
    pk.add(
        "birth_certificate",
        "image_pdf",
        [{"path": "certidao_nascimento.pdf", "pages": [1]}],
        b["truth"],
        "Brazil: exempt from legalisation (Franco-Brazilian agreement of 1996)",
    )
    t = s["translation"]
    text_pdf(
        pk.path("traduction_acte_naissance.pdf"),
        A4,
        civil.translation,
        pk.rng("tr"),
        t,
        meta={"title": "Traduction certifiée conforme", "creator": "LibreOffice"},
    )
    pk.add(
        "translation",
        "text_pdf",
        [{"path": "traduction_acte_naissance.pdf", "pages": [1]}],
        t["truth"],
        "sworn translation of the birth certificate",
    )
    for i, bill in enumerate(s["bills"]):
        if i < 2:
            fname = f"Facture_Bbox_{bill['start'][5:7]}-{bill['start'][:4]}.pdf"
            text_pdf(
                pk.path(fname),
                A4,
                bills.bouygues,
                pk.rng(f"bill{i}"),
                bill,
                meta={"title": "Facture", "creator": "Bouygues Telecom"},
            )
            look = "text_pdf"
        else:
            imgs, _ = pages(A4, bills.bouygues, 240, pk.rng(f"bill{i}"), bill)
            photo = looks.phone_photo(
                imgs[0], pk.rng(f"bill{i}-photo"), 4000, "dark", 0.85, rot=270
            )
            fname = "IMG_4021.jpg"
            looks.save_jpg(photo, pk.path(fname), 87)
            look = "phone_photo"
        pk.add(
            "utility_bill",
            look,
            [{"path": fname, "pages": [1]}],
            bill_fields(bill, "Bouygues Telecom"),
            "applicant's own bill",
        )
    rib = s["rib"]
    text_pdf(
        pk.path("Revolut-account-details-EUR.pdf"),
        A4,
        bills.rib_revolut,
        pk.rng("rib"),
        rib,
        meta={"title": "Account details", "creator": "Revolut"},
    )
    pk.add(
        "rib",
        "text_pdf",
        [{"path": "Revolut-account-details-EUR.pdf", "pages": [1]}],
        rib_fields(rib, "Revolut Bank UAB"),
        "LT IBAN: foreign SEPA IBAN, acceptable (info)",
    )
    pk.write_truth()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    kit.register_fonts()
    kit.self_test()
    build_p01(out)
    build_p02(out)
    build_p03(out)
    manifest = {"packets": ["p01", "p02", "p03"], "documents": []}
    with open(out / "manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
