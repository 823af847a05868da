"""Blind set set_dd (wave 44): four whole packets p01..p04.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import cv2
from PIL import Image

import checks
import docs_civil as civ
import docs_form as frm
import docs_fr as fr
import docs_id as ids
import docs_work as wrk
import looks
import packets_a
import packets_b

cv2.setNumThreads(1)


class Packet:
    def __init__(self, out: Path, name: str, meta: dict):
        self.name, self.meta = name, meta
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs: list[dict] = []
        self.seed = sum(ord(c) for c in name) * 1009

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"{self.seed}-{tag}")

    def path(self, fname: str) -> Path:
        return self.dir / fname

    def add(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": p} for f, p in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    def write(self):
        truth = dict(self.meta)
        truth["documents"] = self.docs
        (self.dir.parent / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def a4_with(obj: Image.Image, w_mm: float, x_mm=18.0, y_mm=16.0, dpi=200) -> Image.Image:
    page = Image.new("RGB", (int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)), (252, 252, 250))
    w = int(w_mm / 25.4 * dpi)
    im = obj.resize((w, int(w * obj.height / obj.width)), Image.LANCZOS)
    page.paste(im, (int(x_mm / 25.4 * dpi), int(y_mm / 25.4 * dpi)))
    return page


def status_for(reqs: dict) -> str:
    vals = set(reqs.values())
    if vals & {"invalid", "missing"}:
        return "incomplete"
    return "questionable" if "questionable" in vals else "complete"


def form_docs(
    pk: Packet,
    v: dict,
    way: str,
    run: str,
    look: str,
    names: list[str],
    rots=(0, 0),
    hand_font="h_ruf",
    date_hand=True,
):
    r = pk.rng("form")
    d1 = frm.page1(v, way, run, r, hand_font=hand_font)
    d2 = frm.page2(v, way, run, r, hand_font=hand_font, date_hand=date_hand)
    fields = frm.form_fields(v)
    fill = {"hand": "hand-filled", "typed": "typed"}[way]
    if look == "text_pdf":
        looks.text_pdf(
            pk.path(names[0]),
            [d1, d2],
            title="S1106 - cerfa 15763*02",
            creator="Adobe Acrobat Pro 2024",
        )
        files = [(names[0], [1, 2])]
    else:
        pages = [looks.render(d1), looks.render(d2)]
        if look == "image_pdf":
            looks.image_pdf([looks.scan(p, r) for p in pages], pk.path(names[0]))
            files = [(names[0], [1, 2])]
        elif look == "scan":
            for p, n in zip(pages, names, strict=True):
                looks.save_jpg(looks.scan(p, r), pk.path(n), 85, dpi=200)
            files = [(n, [1]) for n in names]
        else:
            for p, n, rot in zip(pages, names, rots, strict=True):
                looks.save_jpg(looks.phone_photo(p, r, rot=rot), pk.path(n), 88)
            files = [(n, [1]) for n in names]
    pk.add(
        files,
        "application_form",
        look,
        fields,
        f"cerfa 15763*02 print run {run}, {fill}, signed by hand",
    )


def build(out: Path, spec: dict):
    pk = Packet(out, spec["name"], {})
    ap = spec["applicant"]
    for item in spec["items"]:
        kind = item["kind"]
        r = pk.rng(item["file"] if "file" in item else item["files"][0])
        look = item.get("look", "screenshot")
        if kind == "form":
            form_docs(
                pk,
                item["v"],
                item["way"],
                item["run"],
                look,
                item["files"],
                tuple(item.get("rots", (0, 0))),
                item.get("hand_font", "h_ruf"),
                item.get("date_hand", True),
            )
            continue
        f = item["file"]
        if kind == "passport":
            img, fields = ids.passport(item["p"], r)
            booklet = ids.open_passport(img, r, item.get("cover", "#5a1d24"))
            if look == "phone_photo":
                looks.save_jpg(
                    looks.phone_photo(booklet, r, fill=0.86, rot=item.get("rot", 0)), pk.path(f), 88
                )
            else:
                page = looks.scan(a4_with(booklet, 135), r, gray=item.get("gray", False))
                if f.endswith(".png"):
                    page.save(pk.path(f))
                else:
                    looks.save_jpg(page, pk.path(f), 86, dpi=200)
            pk.add([(f, [1])], "passport", look, fields, item.get("notes", ""))
        elif kind == "visa":
            vimg, fields = ids.visa(item["v"], r)
            page = ids.passport_visa_page(vimg, r)
            if item.get("entry"):
                page = ids.with_entry_stamp(page, r, item["entry"])
            if look == "phone_photo":
                looks.save_jpg(
                    looks.phone_photo(
                        page, r, fill=0.72, rot=item.get("rot", 0), table=item.get("table", "cloth")
                    ),
                    pk.path(f),
                    88,
                )
            else:
                looks.save_jpg(looks.scan(a4_with(page, 125), r), pk.path(f), 86, dpi=200)
            pk.add([(f, [1])], "long_stay_visa", look, fields, item.get("notes", ""))
        elif kind == "card":
            k = item["k"]
            front = ids.card_front_fr(k, r)
            back, _ = ids.card_back_fr(k, r)
            typ = "national_id" if k["kind"] == "CNI" else "residence_permit"
            if item.get("split"):
                f2 = item["file2"]
                looks.save_jpg(looks.photocopy_cards([front], r), pk.path(f), 85, dpi=200)
                looks.save_jpg(looks.photocopy_cards([back], r), pk.path(f2), 85, dpi=200)
                files = [(f, [1]), (f2, [1])]
            elif look == "phone_photo":
                both = Image.new("RGB", (front.width, front.height * 2 + 60), (245, 245, 240))
                both.paste(front, (0, 0))
                both.paste(back, (0, front.height + 60))
                looks.save_jpg(
                    looks.phone_photo(both, r, fill=0.62, rot=item.get("rot", 0)), pk.path(f), 88
                )
                files = [(f, [1])]
            else:
                looks.save_jpg(
                    looks.photocopy_cards([front, back], r, gray=item.get("gray", False)),
                    pk.path(f),
                    85,
                    dpi=200,
                )
                files = [(f, [1])]
            pk.add(files, typ, look, ids.card_fields(k), item.get("notes", ""))
        elif kind == "pages":
            draws = item["draws"]
            if look == "text_pdf":
                looks.text_pdf(
                    pk.path(f), draws, title=item.get("title", ""), creator=item.get("creator", "")
                )
            else:
                pages = [looks.render(d, bg=item.get("paper", "#ffffff")) for d in draws]
                if look == "image_pdf":
                    looks.image_pdf(
                        [looks.scan(p, r, gray=item.get("gray", False)) for p in pages], pk.path(f)
                    )
                elif look == "scan":
                    looks.save_jpg(looks.scan(pages[0], r), pk.path(f), 85, dpi=200)
                elif look == "phone_photo":
                    looks.save_jpg(
                        looks.phone_photo(
                            pages[0], r, rot=item.get("rot", 0), table=item.get("table", "wood")
                        ),
                        pk.path(f),
                        88,
                    )
            for d in item["docs"]:
                pk.add([(f, d["pages"])], d["type"], look, d["fields"], d.get("notes", ""))
        elif kind == "screen":
            looks.screenshot(item["draw"]).save(pk.path(f))
            pk.add([(f, [1])], item["type"], "screenshot", item["fields"], item.get("notes", ""))
        else:
            raise ValueError(kind)
    reqs = spec["requirements"]
    pk.meta = {
        "as_of": spec["as_of"],
        "employed": spec["employed"],
        "status": status_for(reqs),
        "requirements": reqs,
        "defect": spec["defect"],
        "applicant": {
            "surname": ap["surname"],
            "given_names": ap["given"],
            "date_of_birth": ap["dob"].isoformat(),
        },
    }
    pk.write()
    return pk


def verify(out: Path, names: list[str]):
    """Every printed MRZ, IBAN and RIB key is right (no defect of this set touches them), the
    number printed on each face is the MRZ's, and no NIR is printed anywhere."""
    checker = {"td3": checks.check_td3, "mrva": checks.check_mrva, "td1": checks.check_td1}
    mrz_numbers = {}
    for kind, number, lines in ids.PRINTED:
        assert len(number) <= 9, number
        assert checker[kind](lines), (kind, lines)
        raw = lines[1][:9] if kind in ("td3", "mrva") else lines[0][5:14]
        assert raw.rstrip("<") == number, (number, raw)
        mrz_numbers[number] = kind
    for iban, bank, branch, account, key in fr.PRINTED_BANK:
        assert checks.iban_ok(iban), iban
        assert checks.rib_ok(bank, branch, account, key), iban
        assert iban == checks.make_iban("FR", bank + branch + account + key)
    for name in names:
        truth = json.loads((out / "packets" / f"{name}.truth.json").read_text("utf-8"))
        for doc in truth["documents"]:
            fl = doc["fields"]
            if doc["type"] in ("passport", "national_id", "residence_permit", "long_stay_visa"):
                assert fl["document_number"] in mrz_numbers, fl["document_number"]
                assert fl["mrz_valid"] is True
            if doc["type"] == "long_stay_visa":
                assert mrz_numbers[fl["document_number"]] == "mrva"
            if doc["type"] == "rib":
                assert checks.iban_ok(fl["iban"]) and fl["iban_valid"]
            if doc["type"] == "application_form":
                assert fl["nir"] is None


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for make in (packets_a.p01, packets_a.p02, packets_b.p03, packets_b.p04):
        spec = make(civ, fr, wrk)
        build(out, spec)
        names.append(spec["name"])
        print("built", spec["name"], file=sys.stderr)
    verify(out, names)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
