"""Rendering kit shared by the packet builders: pages to files in a given look."""

from __future__ import annotations

import random
from pathlib import Path

from form import draw_form
from util import Page, iban_ok, images_to_pdf, new_pdf, phone_look, save_jpg, scan_look

A4 = (210.0, 297.0)


def text_pdf(path: Path, draws, rng: random.Random, title="", author=""):
    """draws: list of callables(Page) -> one page each."""
    c = new_pdf(path, title, author)
    for fn in draws:
        fn(Page(*A4, pdf=c))
        c.showPage()
    c.save()


def images(draws, dpi=200):
    out = []
    for fn in draws:
        p = Page(*A4, dpi=dpi)
        fn(p)
        out.append(p.img)
    return out


def form_images(d, mode, run, rng, dpi=200):
    p1, p2 = Page(*A4, dpi=dpi), Page(*A4, dpi=dpi)
    draw_form(p1, p2, d, mode, run, rng)
    return [p1.img, p2.img]


def form_pdf(path, d, mode, run, rng):
    """The form as a PDF with a text layer (typed on screen, signature image pasted)."""
    c = new_pdf(path, "Cerfa 15763*02", "")
    p1 = Page(*A4, pdf=c)
    rec = Recorder()
    draw_form(p1, rec, d, mode, run, rng)  # page 1 is drawn first, page 2 is recorded
    c.showPage()
    rec.replay(Page(*A4, pdf=c))
    c.showPage()
    c.save()


class Recorder:
    """A Page stand-in that records drawing calls and replays them on a real page."""

    w, h = A4

    def __init__(self):
        self.calls = []
        self._measure = Page(*A4, dpi=72)

    def width(self, *a, **k):
        return self._measure.width(*a, **k)

    def para(self, *a, **k):
        self.calls.append(("para", a, k))
        return self._measure.para(*a, **k)

    def __getattr__(self, name):
        def rec(*a, **k):
            self.calls.append((name, a, k))

        return rec

    def replay(self, page):
        for name, a, k in self.calls:
            getattr(page, name)(*a, **k)


def write_scans(folder: Path, names, imgs, rng, q=88):
    for n, im in zip(names, imgs):
        save_jpg(scan_look(im, rng), folder / n, q)


def write_photos(folder: Path, names, imgs, rng, rots=None):
    rots = rots or [0] * len(imgs)
    for n, im, r in zip(names, imgs, rots):
        save_jpg(
            phone_look(im, rng, long_side=rng.choice([3024, 3264, 4000]), rot=r), folder / n, 86
        )


def write_image_pdf(path: Path, imgs, rng):
    images_to_pdf([scan_look(im, rng) for im in imgs], path, rng)


def rib_fields(holder, iban, bic, bank, rib_ok):
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": iban_ok(iban),
        "rib_key_valid": rib_ok,
    }
