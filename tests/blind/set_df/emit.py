"""Writers for the five looks, and a packet accumulator."""

import json
import os
import random
import zlib

import docs2
from docs import _num, check_mrz_lines, iban_ok
from render import image_pdf, jpeg, on_a4, phone_photo, scanned, to_image, to_pdf

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def rng_for(key):
    return random.Random(zlib.crc32(key.encode()))


class Packet:
    def __init__(self, out, name, as_of, employed, applicant):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.out, self.name = out, name
        self.truth = {
            "as_of": as_of,
            "employed": employed,
            "status": "complete",
            "requirements": {r: "complete" for r in REQ},
            "defect": None,
            "applicant": applicant,
            "documents": [],
        }

    def rng(self, key):
        return rng_for(self.name + "/" + key)

    def _write(self, fname, data):
        with open(os.path.join(self.dir, fname), "wb") as fh:
            fh.write(data)

    def add(self, fname, look, entries, pages, rot=0, ppm=8.0, cards=False):
        """pages: list of Doc. entries: [(type, page_list, fields, notes)]."""
        r = self.rng(fname)
        if look == "text_pdf":
            self._write(fname, to_pdf(pages))
        elif look == "image_pdf":
            imgs = [on_a4([p], ppm) if cards else to_image(p, ppm) for p in pages]
            self._write(fname, image_pdf(imgs, r))
        elif look == "scan":
            im = on_a4(pages, ppm) if cards else to_image(pages[0], ppm)
            im = scanned(im, r, grey=False)
            if fname.endswith(".png"):
                import io

                buf = io.BytesIO()
                im.convert("L").save(buf, "PNG", optimize=False)
                self._write(fname, buf.getvalue())
            else:
                self._write(fname, jpeg(im, 84))
        elif look == "phone_photo":
            im = to_image(pages[0], 24.0 if pages[0].w < 130 else 11.0)
            self._write(fname, jpeg(phone_photo(im, r, rot), 88))
        elif look == "screenshot":
            import io

            buf = io.BytesIO()
            to_image(pages[0], 10.0).save(buf, "PNG", optimize=False)
            self._write(fname, buf.getvalue())
        for typ, pg, fields, notes in entries:
            self.doc(typ, look, [(fname, pg)], fields, notes)

    def doc(self, typ, look, files, fields, notes):
        if fields.get("mrz_lines"):
            ok = check_mrz_lines(fields.pop("mrz_lines"))
            assert ok == fields["mrz_valid"], (self.name, typ)
        if typ == "rib":
            assert iban_ok(fields["iban"]) == fields["iban_valid"]
            if fields["iban"].startswith("FR"):
                ok = int(_num(fields["iban"][4:])) % 97 == 0
                assert ok == fields["rib_key_valid"]
        self.truth["documents"].append(
            {
                "files": [{"path": f, "pages": p} for f, p in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def add_split(self, fnames, look, typ, pages, fields, notes, rots):
        """One document over several image files (front / back of a card)."""
        for fn, pg, rot in zip(fnames, pages, rots):
            self.add(fn, look, [], [pg], rot=rot)
        self.doc(typ, look, [(f, [1]) for f in fnames], fields, notes)

    def finish(self, defect=None, req=None):
        if defect:
            self.truth["defect"] = defect
            self.truth["requirements"].update(req)
        if not self.truth["employed"]:
            self.truth["requirements"]["employment"] = "not_applicable"
        st = self.truth["requirements"].values()
        bad = any(s in ("invalid", "missing") for s in st)
        self.truth["status"] = "incomplete" if bad else "complete"
        path = os.path.join(self.out, "packets", self.name + ".truth.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(self.truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


__all__ = ["docs2"]
