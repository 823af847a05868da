"""Turning document pages into the files an applicant sends, and small shared builders."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import civil
import housing
import ids
import legal
import looks
import visa
from canvas import render


def luhn_complete(digits: str) -> str:
    for c in "0123456789":
        s = digits + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError


def siret(rnd: random.Random) -> str:
    siren = luhn_complete(f"{rnd.randint(10**7, 10**8 - 1)}")
    return luhn_complete(siren + f"{rnd.randint(1, 9999):04d}")


class Namer:
    """Realistic, unique file names inside one folder."""

    def __init__(self, rnd: random.Random, around: date):
        self.rnd, self.around, self.used = rnd, around, set()
        self.n = rnd.randint(3, 400)

    def _stamp(self):
        d = self.around - timedelta(days=self.rnd.randint(1, 20))
        return (
            d,
            f"{self.rnd.randint(8, 22):02d}{self.rnd.randint(0, 59):02d}"
            f"{self.rnd.randint(0, 59):02d}",
        )

    def get(self, look: str, hint: str, ext: str | None = None) -> str:
        r = self.rnd
        d, t = self._stamp()
        ds = d.strftime("%Y%m%d")
        if look == "phone_photo":
            name = r.choice(
                [
                    f"IMG_{ds}_{t}.jpg",
                    f"IMG_{r.randint(1000, 9999)}.JPG",
                    f"PXL_{ds}_{t}{r.randint(100, 999)}.jpg",
                    f"WhatsApp Image {d.isoformat()} at {t[:2]}.{t[2:4]}.{t[4:]}.jpeg",
                    f"{hint}.jpg",
                ]
            )
        elif look == "screenshot":
            name = r.choice(
                [
                    f"Screenshot_{ds}-{t}.png",
                    f"IMG_{r.randint(1000, 9999)}.PNG",
                    f"Capture d'écran {d.isoformat()} à {t[:2]}.{t[2:4]}.{t[4:]}.png",
                ]
            )
        elif look == "scan":
            self.n += 1
            name = r.choice(
                [
                    f"scan_{self.n:04d}.jpg",
                    f"{hint}.jpg",
                    f"Numérisation_{ds}.png",
                    f"doc{ds}{t}.jpg",
                    f"{hint}_scan.png",
                ]
            )
        elif look == "image_pdf":
            name = r.choice(
                [
                    f"{hint}.pdf",
                    f"CamScanner {d.strftime('%d-%m-%Y')} {t[:2]}.{t[2:4]}.pdf",
                    f"scan_{ds}_{t}.pdf",
                    f"{hint}_scanné.pdf",
                ]
            )
        else:
            name = f"{hint}.pdf"
        if ext:
            name = name.rsplit(".", 1)[0] + ext
        base, dot, e = name.rpartition(".")
        k = 2
        while name in self.used:
            name = f"{base}_{k}.{e}"
            k += 1
        self.used.add(name)
        return name


class Emitter:
    """Writes a document's pages into a folder in a given look; returns truth `files`."""

    def __init__(self, folder: Path, rnd: random.Random, around: date):
        self.folder, self.rnd = folder, rnd
        self.namer = Namer(rnd, around)
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, name: str, data: bytes):
        (self.folder / name).write_bytes(data)

    def sheets(self, pages, look, card=False, dpi=None):
        r = self.rnd
        if look == "screenshot":
            return [render(p, 300) for p in pages]
        if card and look in ("scan", "image_pdf"):
            a4 = looks.copy_on_a4([render(p, 250) for p in pages], r, 250)
            if r.random() < 0.5:
                a4 = looks.darken_copy(a4, r)
            return [looks.scan(a4, r)]
        if look in ("scan", "image_pdf"):
            dpi = dpi or r.choice([150, 200, 200, 250])
            return [looks.scan(render(p, dpi), r) for p in pages]
        # phone photo
        out = []
        for p in pages:
            small = p.w < 140
            im = render(p, 420 if small else 170)
            out.append(looks.photo(im, r, fill=r.uniform(0.5, 0.7) if small else None))
        return out

    def out(self, pages, look, hint, card=False, names=None, meta=None):
        r = self.rnd
        if look == "text_pdf":
            from canvas import pdf_bytes

            name = names[0] if names else self.namer.get(look, hint)
            self.write(name, pdf_bytes(pages, **(meta or {})))
            return [{"path": name, "pages": list(range(1, len(pages) + 1))}]
        imgs = self.sheets(pages, look, card)
        if look == "image_pdf":
            name = names[0] if names else self.namer.get(look, hint)
            self.write(name, looks.image_pdf(imgs, r))
            return [{"path": name, "pages": list(range(1, len(imgs) + 1))}]
        files = []
        for i, im in enumerate(imgs):
            name = names[i] if names else self.namer.get(look, hint)
            if name.lower().endswith(".png"):
                self.write(name, looks.png(im))
            else:
                self.write(name, looks.jpeg(im, r.randint(78, 90)))
            files.append({"path": name, "pages": [1]})
        return files

    def bundle(self, parts, hint):
        """Several documents scanned into one image PDF. parts: [(pages, card)]."""
        imgs, spans = [], []
        for pages, card in parts:
            s = self.sheets(pages, "image_pdf", card)
            spans.append(list(range(len(imgs) + 1, len(imgs) + len(s) + 1)))
            imgs += s
        name = self.namer.get("image_pdf", hint)
        self.write(name, looks.image_pdf(imgs, self.rnd))
        return [[{"path": name, "pages": sp}] for sp in spans]


def doc(files, typ, look, fields, notes=""):
    return {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}


# ----------------------------------------------------------------------------- shared builders


def passport_doc(w: dict, rnd: random.Random, bad=None, top=None):
    p = dict(
        country=w["nat"],
        nat=w["nat"],
        surname=w.get("surname_mrz", w["surname"]),
        given=w.get("given_mrz", w["given"]),
        surname_print=w["surname"],
        given_print=w["given"],
        number=w["number"],
        dob=w["dob"],
        sex=w["sex"],
        expiry=w["expiry"],
        issue=w["issue"],
        pob=w.get("pob_print", w["pob"].upper()),
    )
    page, f = ids.passport_page(p, rnd, bad)
    return [ids.booklet(page, top, rnd)], f


def visa_doc(w: dict, v: dict, rnd: random.Random):
    p = dict(
        v,
        surname=w.get("surname_mrz", w["surname"]),
        given=w.get("given_mrz", w["given"]),
        surname_print=w.get("surname_mrz", w["surname"]),
        given_print=w.get("given_mrz", w["given"]),
        nat=w["nat"],
        dob=w["dob"],
        sex=w["sex"],
        passport_no=w["number"],
    )
    page, f = visa.visa_page(p, rnd)
    stamp = visa.stamp_page(rnd, v["valid_from"] + timedelta(days=rnd.randint(0, 20)))
    return [_spread(page, stamp, rnd)], f


def _spread(top, bottom, rnd):
    from canvas import Page

    pg = Page(131, 182, bg=(50, 40, 60) if rnd.random() < 0.5 else (30, 45, 70))
    pg.image(3, 3, 125, 88, render(top, 240))
    pg.image(3, 91, 125, 88, render(bottom, 240))
    return pg


def permit_doc(w: dict, t: dict, addr: str, rnd: random.Random):
    p = dict(
        t,
        country="FRA",
        surname=w.get("surname_mrz", w["surname"]),
        given=w.get("given_mrz", w["given"]),
        surname_print=w.get("surname_mrz", w["surname"]),
        given_print=w.get("given_mrz", w["given"]),
        nat=w["nat"],
        dob=w["dob"],
        sex=w["sex"],
        pob=f"{w['pob']} ({w['nat']})",
        address=addr,
    )
    fr, bk, f = ids.titre_sejour(p, rnd)
    return [fr, bk], f


def fr_id_doc(h: dict, addr: str, rnd: random.Random, country="FRA", nat="FRA"):
    p = dict(
        country=country,
        nat=nat,
        surname=h["surname"],
        given=h["given"],
        surname_print=h["surname"],
        given_print=h["given"],
        number=h["number"],
        dob=h["dob"],
        sex=h["sex"],
        expiry=h["expiry"],
        issue=h["issue"],
        pob=h["pob"],
        address=addr,
    )
    fr, bk, f = ids.id_card(p, rnd)
    return [fr, bk], f


def birth_docs(w: dict, b: dict, rnd: random.Random):
    """Birth certificate (+ apostille, + translation) pages and fields."""
    spec = dict(
        country=b["country"],
        surname=w.get("surname_bc", w["surname"]),
        given=w.get(
            "given_bc",
            w["given"].title() if b["country"] in ("USA", "GBR", "IND", "PHL") else w["given"],
        ),
        sex=w["sex"],
        dob=w["dob"],
        pob=w["pob"],
        father=b["father"],
        mother=b["mother"],
        regno=b["regno"],
        issued=b["issued"],
        place=b["place"],
    )
    if b["country"] == "CHN":
        spec["given"] = w["given"]
    bc_page, bf = civil.birth_certificate(spec, rnd)
    out = {"birth": ([bc_page], bf)}
    if b.get("apostille"):
        a = dict(b["apostille"], country=b["country"])
        ap, af = legal.apostille(a, rnd)
        out["apostille"] = ([ap], af)
        bf["has_apostille"] = True
    if b.get("translation"):
        lang = {
            "es": "espagnol",
            "zh": "chinois",
            "uk": "ukrainien",
            "pt": "portugais",
            "en": "anglais",
        }.get(bf["language"], "anglais")
        t = dict(
            translator=rnd.choice(["Isabelle MOREAU", "Paul-Henri DUVAL", "Sofia LEBRUN"]),
            court=rnd.choice(["Paris", "Toulouse", "Aix-en-Provence", "Colmar"]),
            taddr="18 rue de Rivoli, 75004 Paris",
            from_lang=lang,
            country_fr=civil.BC[b["country"]][1][0].split("/")[0],
            title_fr="ACTE DE NAISSANCE",
            bc=spec,
            number=f"{rnd.randint(1000, 9999)}/{b['issued'].year}",
            city="Paris",
            date=b["issued"] + timedelta(days=40),
        )
        tp, tf = legal.translation(t, rnd)
        out["translation"] = ([tp], tf)
    return out


def bill_docs(prov: str, months, holder: str, civ: str, addr_lines, rnd: random.Random):
    """Monthly bills for consecutive or given months; returns [(page, fields, spec)]."""
    res = []
    client = f"{rnd.randint(10**9, 10**10 - 1)}"
    style = rnd.randrange(3)
    base_amt = rnd.uniform(25, 95)
    for y, m in months:
        s, e = housing.month_bounds(y, m)
        nxt = e + timedelta(days=rnd.randint(2, 8))
        spec = dict(
            provider=prov,
            holder=holder,
            civ=civ,
            address=list(addr_lines),
            start=s,
            end=e,
            issue=nxt,
            amount=round(base_amt * rnd.uniform(0.9, 1.15), 2),
            client=client,
            invoice=f"{rnd.randint(10**9, 10**10 - 1)}",
            style=style,
        )
        pg, f = housing.bill(spec, rnd)
        res.append((pg, f, spec))
    return res
