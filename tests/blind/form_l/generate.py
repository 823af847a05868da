#!/usr/bin/env python
"""Generate the form_l blind set: single application forms (cerfa 15763*02, S1106).

Usage: generate.py OUT_DIR

Deterministic (seeded from names, reportlab invariant, OpenCV one thread, pikepdf
deterministic ids), one process, a few minutes. See README.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cv2  # noqa: E402
import effects  # noqa: E402
import fillable  # noqa: E402
import hand  # noqa: E402
import layouts  # noqa: E402
import numpy as np  # noqa: E402
import people  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

cv2.setNumThreads(1)

SET = "form_l"
N_DOCS = 84
PH = layouts.PH
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
ABBR = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
SIT_LABEL = {
    "sit_salarie": "salarie",
    "sit_independant": "independant",
    "sit_demandeur": "demandeur_emploi",
    "sit_etudiant": "etudiant",
    "sit_sans_activite": "sans_activite",
    "sit_autre": "autre",
}
SIT_STATUS = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}
DEFECTS = {
    "ok": None,
    "date_words": None,
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the word 'Signature'",
    "stray_mark": "only a stray mark in the signature box, no signature",
    "future_date": "signing date is after the audit date",
    "us_date": "date written month first (MM/DD/YYYY)",
    "no_date": "signing date missing",
    "none_ticked": "no situation box ticked",
    "two_ticked": "two situation boxes ticked",
}
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
TYPE_FONTS = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
}


def seed_of(*parts) -> int:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(h[:8], "little")


def nrng(*parts):
    return np.random.default_rng(seed_of(*parts))


# ------------------------------------------------------------------------------ the plan
def make_plan() -> list[dict]:
    r = random.Random(seed_of(SET, "plan"))
    ways = (
        ["hand"] * 32 + ["typed_printed"] * 17 + ["fillable_pdf"] * 18 + ["fillable_printed"] * 17
    )
    phys = (
        [("one_pdf", "image_pdf")] * 14
        + [("one_pdf", "phone_photo")] * 4
        + [("two_images", "scan")] * 13
        + [("two_pdfs", "image_pdf")] * 10
        + [("reverse_order_pdf", "image_pdf")] * 5
        + [("reverse_order_images", "scan")] * 4
        + [("phone_photos", "phone_photo")] * 16
    )
    fill = (
        [("one_pdf", "text_pdf")] * 8
        + [("two_pdfs", "text_pdf")] * 5
        + [("reverse_order_pdf", "text_pdf")] * 5
    )
    cases = (
        ["ok"] * 42
        + ["date_words"] * 5
        + ["unsigned"] * 5
        + ["label_only"] * 5
        + ["stray_mark"] * 4
        + ["future_date"] * 5
        + ["us_date"] * 5
        + ["no_date"] * 5
        + ["none_ticked"] * 4
        + ["two_ticked"] * 4
    )
    assert len(ways) == N_DOCS and len(phys) + len(fill) == N_DOCS and len(cases) == N_DOCS
    r.shuffle(ways)
    r.shuffle(phys)
    r.shuffle(fill)
    r.shuffle(cases)
    slots = []
    for w in ways:
        arr, look = fill.pop() if w == "fillable_pdf" else phys.pop()
        slots.append({"way": w, "arrangement": arr, "look": look})
    # a stray mark needs paper
    for i, s in enumerate(slots):
        if cases[i] == "stray_mark" and s["way"] == "fillable_pdf":
            for j, t in enumerate(slots):
                if cases[j] == "ok" and t["way"] != "fillable_pdf":
                    cases[i], cases[j] = cases[j], cases[i]
                    break
    persons = people.load()
    r.shuffle(persons)
    plan = []
    run_cycle = ["A", "B", "C"]
    for i, s in enumerate(slots):
        case = cases[i]
        run = run_cycle[(i + i // 3) % 3]
        if case == "unsigned":
            run = "B"
        elif case == "label_only":
            if s["way"] == "typed_printed":
                run = ["A", "B", "C"][i % 3]
            else:
                run = "A" if i % 2 == 0 else "C"
        elif case == "date_words" and s["way"] != "typed_printed":
            run = "B"
        d = dict(s)
        d.update({"id": "d%03d" % (i + 1), "case": case, "run": run, "person": persons[i]})
        plan.append(d)
    photos = [d for d in plan if d["arrangement"] == "phone_photos"]
    for k in (2, 9):  # stored sideways with an EXIF orientation tag
        photos[k]["exif"] = True
    return plan


# ------------------------------------------------------------------------------ values
def fmt_words(d: dt.date, rng) -> str:
    k = int(rng.integers(0, 6))
    day = "1er" if d.day == 1 and k != 2 else str(d.day)
    if k == 0:
        return f"{day} {MONTHS[d.month - 1]} {d.year}"
    if k == 1:
        return f"{day} {MONTHS[d.month - 1].capitalize()} {d.year}"
    if k == 2:
        return f"{d.day} {ABBR[d.month - 1]} {d.year}"
    if k == 3:
        return f"{JOURS[d.weekday()]} {day} {MONTHS[d.month - 1]} {d.year}"
    if k == 4:
        return f"le {day} {MONTHS[d.month - 1]} {d.year}"
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def apply_case(s: str, mode: str, drop_accents: bool) -> str:
    if not s:
        return s
    if mode == "upper":
        out = s.upper()
        return people.strip_accents(out) if drop_accents else out
    if mode == "lower":
        return s.lower()
    if mode == "title":
        return " ".join(
            "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in s.split(" ")
        )
    return s


def make_values(spec: dict) -> dict:
    p: people.Person = spec["person"]
    rng = nrng(SET, spec["id"], "values")
    case = spec["case"]
    way = spec["way"]
    as_of = dt.date(2026, 11, 2) + dt.timedelta(days=int(rng.integers(0, 48)))
    p.dob = dt.date(1958, 1, 1) + dt.timedelta(days=int(rng.integers(0, 17500)))
    pc, city = people.CITIES[int(rng.integers(0, len(people.CITIES)))]
    street = people.STREETS[int(rng.integers(0, len(people.STREETS)))]
    num = int(rng.integers(1, 180))
    bis = " bis" if rng.uniform() < 0.08 else ""
    address = f"{num}{bis} {street}"
    address2 = people.EXTRA[int(rng.integers(0, len(people.EXTRA)))] if rng.uniform() < 0.35 else ""
    phone = "0%d %02d %02d %02d %02d" % (
        6 + int(rng.integers(0, 2)),
        *(int(v) for v in rng.integers(0, 100, 4)),
    )
    first = people.strip_accents(p.given.split()[0]).lower()
    last = people.strip_accents(p.surname.split()[0]).lower().replace("'", "")
    style = int(rng.integers(0, 4))
    local = [
        f"{first}.{last}",
        f"{first}{last}{int(rng.integers(1, 99))}",
        f"{first[0]}.{last}",
        f"{last}.{first}",
    ][style]
    email = (
        f"{local}@{people.MAILS[int(rng.integers(0, len(people.MAILS)))]}"
        if rng.uniform() < 0.85
        else ""
    )
    nir = people.nir_for(p, int(rng.integers(1, 999))) if p.insee and rng.uniform() < 0.55 else None
    # situation
    u = rng.uniform()
    if u < 0.34:
        sit = "sit_salarie"
    elif u < 0.42:
        sit = "sit_independant"
    elif u < 0.54:
        sit = "sit_demandeur"
    elif u < 0.70:
        sit = "sit_etudiant"
    elif u < 0.92:
        sit = "sit_sans_activite"
    else:
        sit = "sit_autre"
    if spec["run"] == "B" and sit == "sit_independant":
        tick_sit = "sit_salarie"  # run B has one box for salaried or self-employed
    else:
        tick_sit = sit
    ticks = {tick_sit}
    contract = None
    job = employer = school = autre = ""
    jf, jm = people.JOBS[int(rng.integers(0, len(people.JOBS)))]
    if sit == "sit_salarie":
        contract = "CDI" if rng.uniform() < 0.6 else "CDD"
        ticks.add("contract_" + contract)
        job = jf if p.sex == "F" else jm
        employer = (
            people.EMPLOYERS[int(rng.integers(0, len(people.EMPLOYERS)))]
            if rng.uniform() < 0.7
            else ""
        )
    elif sit == "sit_independant":
        job = (jf if p.sex == "F" else jm) + " (auto-entrepreneur)"
    elif sit == "sit_etudiant":
        school = (
            people.SCHOOLS[int(rng.integers(0, len(people.SCHOOLS)))] if rng.uniform() < 0.8 else ""
        )
    elif sit == "sit_autre":
        autre = people.AUTRES[int(rng.integers(0, len(people.AUTRES)))]
    situation = SIT_LABEL[sit]
    status = SIT_STATUS[situation]
    if case == "none_ticked":
        ticks = {t for t in ticks if t.startswith("contract_")} if rng.uniform() < 0.5 else set()
        situation, status = None, None
    elif case == "two_ticked":
        other = {
            "sit_salarie": "sit_etudiant",
            "sit_independant": "sit_salarie",
            "sit_demandeur": "sit_sans_activite",
            "sit_etudiant": "sit_salarie",
            "sit_sans_activite": "sit_demandeur",
            "sit_autre": "sit_sans_activite",
        }[sit]
        if spec["run"] == "B" and other == "sit_independant":
            other = "sit_etudiant"
        if other == tick_sit:
            other = "sit_autre"
        ticks.add(other)
        order = [k for k in layouts.SIT_KEYS if k in ticks]
        situation = "+".join(SIT_LABEL[k] for k in order)
        status = None
        if other == "sit_etudiant" and not school:
            school = people.SCHOOLS[int(rng.integers(0, len(people.SCHOOLS)))]
    if contract is None or not ({"contract_CDI", "contract_CDD"} & ticks):
        contract = None
    # signing date
    date_kind = "dmy"
    if case == "future_date":
        sign = as_of + dt.timedelta(days=int(rng.integers(2, 41)))
    elif case == "us_date":
        cands = [
            as_of - dt.timedelta(days=k)
            for k in range(0, 70)
            if (as_of - dt.timedelta(days=k)).day >= 13
        ]
        sign = cands[int(rng.integers(0, min(20, len(cands))))]
        date_kind = "mdy"
    else:
        sign = as_of - dt.timedelta(days=int(rng.integers(0, 36)))
    if case == "date_words":
        date_kind = "words"
    if case == "no_date":
        sign = None
        date_kind = None
    place_written = not (case == "no_date" and rng.uniform() < 0.3)
    return {
        "as_of": as_of,
        "pc": pc,
        "city": city,
        "address": address,
        "address2": address2,
        "phone": phone,
        "email": email,
        "nir": nir,
        "ticks": ticks,
        "contract": contract,
        "job": job,
        "employer": employer,
        "school": school,
        "autre": autre,
        "situation": situation,
        "status": status,
        "sign": sign,
        "date_kind": date_kind,
        "place_written": place_written,
        "rng": rng,
    }


def date_strings(d: dt.date, kind: str, rng) -> tuple[str, list[str]]:
    """(free text, comb parts) for a date written the way `kind` says."""
    if kind == "words":
        return fmt_words(d, rng), []
    a, b = (
        ("%02d" % d.day, "%02d" % d.month) if kind == "dmy" else ("%02d" % d.month, "%02d" % d.day)
    )
    sep = "/"
    u = rng.uniform()
    if kind == "dmy" and u < 0.12:
        sep = "."
    elif kind == "dmy" and u < 0.2:
        sep = "-"
    first = a
    if kind == "dmy" and d.day < 10 and rng.uniform() < 0.35:
        first = str(d.day)
    if kind == "mdy" and d.month < 10 and rng.uniform() < 0.5:
        first = str(d.month)
    return f"{first}{sep}{b}{sep}{d.year}", [a, b, str(d.year)]


# ------------------------------------------------------------------------------ rasters
_BLANK: dict = {}


def blank_pages(run: layouts.Run, dpi: int) -> list[np.ndarray]:
    key = (run.name, dpi)
    if key not in _BLANK:
        pdf = pdfium.PdfDocument(run.pdf)
        _BLANK[key] = [
            np.asarray(pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")).copy()
            for i in range(2)
        ]
        pdf.close()
    return [a.copy() for a in _BLANK[key]]


def render_pdf(data: bytes, dpi: int) -> list[np.ndarray]:
    pdf = pdfium.PdfDocument(data)
    pdf.init_forms()
    out = [
        np.asarray(
            pdf[i].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
        ).copy()
        for i in range(len(pdf))
    ]
    pdf.close()
    return out


class Canvas:
    """Maps layout points to page pixels."""

    def __init__(self, pages, dpi):
        self.pages = pages
        self.s = dpi / 72.0

    def px(self, x, y):
        return x * self.s, (PH - y) * self.s


# ------------------------------------------------------------------------------ writers
def make_writer(rng) -> hand.Writer:
    fonts = [
        "breip",
        "dkg",
        "kaushan",
        "comic",
        "comic_it",
        "humor",
        "dancing",
        "pen",
        "pen",
        "breip",
    ]
    font = fonts[int(rng.integers(0, len(fonts)))]
    caps = ["pen", "pen", "pen", "humor", "comic", "breip", "dkg", "kaushan"][
        int(rng.integers(0, 8))
    ]
    if font == "pen":
        caps = "pen"
    inks = list(hand.INKS)
    case_u = rng.uniform()
    free_case = (
        "upper"
        if case_u < 0.42
        else "title"
        if case_u < 0.68
        else "lower"
        if case_u < 0.84
        else "mixed"
    )
    if font == "humor":
        free_case = "upper"  # a capitals-only hand
    return hand.Writer(
        font=font,
        caps_font=caps,
        ink=inks[int(rng.integers(0, len(inks)))],
        weight=float(rng.uniform(0.85, 1.45)),
        slant=float(rng.uniform(-0.08, 0.3)),
        size=float(rng.uniform(0.85, 1.15)),
        jitter=float(rng.uniform(0.6, 1.3)),
        free_case=free_case,
        tick=["x", "x", "check", "check", "fill", "slash"][int(rng.integers(0, 6))],
        sig_style=[
            "cursive",
            "cursive",
            "cursive",
            "initials",
            "initials",
            "scribble",
            "scribble",
            "caps",
        ][int(rng.integers(0, 8))],
        sig_font=["dancing", "kaushan", "z003", "dkg", "breip"][int(rng.integers(0, 5))],
        wobble=float(rng.uniform(0.6, 1.5)),
        spacing=float(rng.uniform(0.9, 1.15)),
        pen_wide=float(rng.uniform(0.8, 1.1)),
        euro_digits=bool(rng.uniform() < 0.6),
    )


def hand_write_field(cv: Canvas, g, text, wr, rng, caps: bool):
    """Handwrite a value into a line, box or comb field (comb: one capital per cell)."""
    if not text:
        return
    page = cv.pages[g.page - 1]
    s = cv.s
    font = wr.caps_font if caps else wr.font
    if g.kind == "comb" and isinstance(text, str) and len(g.groups) > 1:
        # a free-text date written across the comb
        cap = g.h * 0.5 * s * wr.size
        x0, base = cv.px(g.x + 2, g.y + g.h * 0.2)
        hand.write(page, text, x0, base, cap, wr, rng, font=font)
        return
    if g.kind == "comb":
        parts = text if isinstance(text, list) else [text]
        idx = 0
        for gi, n in enumerate(g.groups):
            part = parts[gi] if gi < len(parts) else ""
            cells = g.cells[idx : idx + n]
            idx += n
            for ch, (x, y, w, h) in zip(part, cells):
                if ch == " ":
                    continue
                cx, cy = cv.px(x + w / 2, y + h / 2)
                hand.write_in_cell(page, ch, cx, cy, h * s * 0.52 * wr.size, wr, rng, wr.caps_font)
        return
    if isinstance(text, list):
        text = " ".join(text)
    if g.kind == "line":
        cap = min(9.5, g.h * 0.72) * s * wr.size * float(rng.uniform(0.85, 1.05))
        x0, base = cv.px(g.x + float(rng.uniform(2, 12)), g.y + float(rng.uniform(1.2, 3.0)))
    else:
        cap = g.h * 0.5 * s * wr.size * float(rng.uniform(0.9, 1.05))
        x0, base = cv.px(g.x + float(rng.uniform(3, 8)), g.y + g.h * 0.24)
    hand.write(page, text, x0, base, cap, wr, rng, font=font, max_w=(g.w - 6) * s)


def type_field(cv: Canvas, g, text, font_path, pt, rng, comb_mode="spaced", color=(18, 18, 22)):
    """Typed text (PDF editor text tool), later printed."""
    if not text:
        return
    im = Image.fromarray(cv.pages[g.page - 1])
    dr = ImageDraw.Draw(im)
    s = cv.s
    f = ImageFont.truetype(font_path, max(6, int(round(pt * s))))
    if (
        g.kind == "comb"
        and comb_mode == "spaced"
        and (isinstance(text, list) or len(g.groups) == 1)
    ):
        parts = text if isinstance(text, list) else [text]
        idx = 0
        for gi, n in enumerate(g.groups):
            part = parts[gi] if gi < len(parts) else ""
            cells = g.cells[idx : idx + n]
            idx += n
            for ch, (x, y, w, h) in zip(part, cells):
                cx, cy = cv.px(x + w / 2, y + h * 0.28)
                dr.text((cx, cy), ch, font=f, fill=color, anchor="ms")
    else:
        if isinstance(text, list):
            text = "/".join(text) if g.kind == "comb" and len(g.groups) == 3 else " ".join(text)
        dy = 3.0 if g.kind in ("comb", "box") else 2.0
        if g.kind == "box":
            dy = g.h * 0.28
        x0, base = cv.px(g.x + 3 + float(rng.uniform(-1, 4)), g.y + dy)
        w = f.getlength(text)
        if w > (g.w - 4) * s and g.kind != "comb":
            f = ImageFont.truetype(font_path, max(6, int(round(pt * s * (g.w - 4) * s / w))))
        dr.text((x0, base), text, font=f, fill=color, anchor="ls")
    cv.pages[g.page - 1][:] = np.asarray(im)


def type_tick(cv: Canvas, g, font_path, rng):
    im = Image.fromarray(cv.pages[g.page - 1])
    dr = ImageDraw.Draw(im)
    s = cv.s
    f = ImageFont.truetype(font_path, max(6, int(round(g.h * 1.0 * s))))
    cx, cy = cv.px(g.x + g.w / 2, g.y + g.h * 0.12)
    dr.text((cx, cy), "X", font=f, fill=(15, 15, 18), anchor="ms")
    cv.pages[g.page - 1][:] = np.asarray(im)


def put_signature(cv: Canvas, run, p, wr, rng):
    g = run.geo["sig"]
    page = cv.pages[1]
    s = cv.s
    bw, bh = g.w * s, g.h * s
    w = int(bw * rng.uniform(0.4, 0.75))
    h = int(bh * rng.uniform(0.5, 0.85))
    m = hand.signature_mask(p.given, p.surname, wr, rng, w, h)
    mh, mw = m.shape
    x0, ytop = cv.px(g.x, g.y + g.h)
    lo_y = 0.18 if run.label_in_box and run.name == "A" else 0.05
    x = x0 + rng.uniform(0.05, max(0.06, 0.95 - mw / bw)) * bw
    y = (
        ytop
        + rng.uniform(lo_y, max(lo_y + 0.01, 1.0 - mh / bh)) * bh
        + rng.uniform(-0.08, 0.06) * bh
    )
    hand.lay_ink(page, m, int(x), int(y), wr, rng)


def put_stray(cv: Canvas, run, wr, rng) -> str:
    g = run.geo["sig"]
    kind = ["dot", "tick", "dash"][int(rng.integers(0, 3))]
    m = hand.stray_mask(9 * cv.s, kind, wr, rng)
    x, y = cv.px(g.x + g.w * rng.uniform(0.2, 0.8), g.y + g.h * rng.uniform(0.2, 0.6))
    hand.lay_ink(cv.pages[1], m, int(x), int(y), wr, rng)
    return kind


# ------------------------------------------------------------------------------ one form
def written_values(spec, V, mode: str, wr: hand.Writer | None, rng) -> dict:
    """The strings as the applicant puts them on the form (what the truth records)."""
    p: people.Person = spec["person"]
    run = layouts.get_run(spec["run"])
    name_comb = run.geo["surname"].kind == "comb"
    if mode == "hand":
        drop = bool(rng.uniform() < 0.5)
        free = wr.free_case
        sur_case = (
            "upper"
            if (name_comb or free in ("upper", "mixed") or rng.uniform() < 0.85)
            else "title"
        )
        giv_case = "upper" if (name_comb or free in ("upper", "mixed")) else "title"
        other_case = {"upper": "upper", "title": "title", "lower": "lower", "mixed": "lower"}[free]
    elif mode == "typed":
        drop = bool(rng.uniform() < 0.25)
        sur_case = "upper" if rng.uniform() < 0.75 else "title"
        giv_case = "title" if rng.uniform() < 0.7 else "upper"
        other_case = "keep" if rng.uniform() < 0.7 else "upper"
    else:  # fillable
        drop = bool(rng.uniform() < 0.3)
        sur_case = "upper" if rng.uniform() < 0.75 else "title"
        giv_case = "title" if rng.uniform() < 0.65 else "upper"
        other_case = "keep" if rng.uniform() < 0.75 else "upper"
    given = p.given
    if len(given.split()) > 1 and rng.uniform() < 0.12:
        given = given.split()[0]  # middle names left out
    usage = p.usage if (p.usage and rng.uniform() < 0.85) else None
    out = {
        "surname": apply_case(p.surname, sur_case, drop),
        "usage_name": apply_case(usage, "upper", drop) if usage else None,
        "given_names": apply_case(given, giv_case, drop and giv_case == "upper"),
    }

    def oc(s):
        if not s:
            return s
        if other_case == "keep":
            return s
        return apply_case(s, other_case, drop)

    country = p.birth_country
    nat = p.nat_adj
    if mode == "hand" and rng.uniform() < 0.15:
        nat = {"USA": "américaine" if p.sex == "F" else "américain", "GBR": "britannique"}.get(
            p.nat, nat
        )
    out.update(
        {
            "birth_city": oc(p.birth_city),
            "birth_country": oc(country),
            "nationality": oc(nat),
            "address": oc(V["address"]),
            "address2": oc(V["address2"]),
            "postcode": V["pc"],
            "city": oc(V["city"]),
            "phone": V["phone"],
            "email": V["email"],
            "profession": oc(V["job"]),
            "employer": oc(V["employer"]),
            "school": oc(V["school"]),
            "autre_text": oc(V["autre"]),
        }
    )
    place = V["city"]
    if rng.uniform() < 0.2 and V["city"] == "Paris":
        place = "Paris %se" % V["pc"][-2:].lstrip("0")
    out["place"] = oc(place) if V["place_written"] else None
    if mode == "fillable":
        out = {k: (people.winansi(v) if isinstance(v, str) else v) for k, v in out.items()}
    return out


def has_lower(v) -> bool:
    return isinstance(v, str) and any(c.islower() for c in v)


def dob_parts(d: dt.date) -> list[str]:
    return ["%02d" % d.day, "%02d" % d.month, str(d.year)]


def nir_parts(n: str | None):
    return [n[:13], n[13:]] if n else None


def fill_common(spec, V, W, put_text, put_tick, run):
    """Put every section-A/B value with the given primitives."""
    p = spec["person"]
    geo = run.geo
    put_text("surname", W["surname"], True)
    put_text("usage_name", W["usage_name"], True)
    put_text("given_names", W["given_names"], W["given_names"].isupper())
    put_tick("sex_F" if p.sex == "F" else "sex_M")
    put_text("dob", dob_parts(p.dob), True)
    put_text("birth_city", W["birth_city"], W["birth_city"].isupper())
    put_text("birth_country", W["birth_country"], W["birth_country"].isupper())
    put_text("nationality", W["nationality"], W["nationality"].isupper())
    if V["nir"]:
        put_text("nir", nir_parts(V["nir"]), True)
    put_text("address", W["address"], W["address"].isupper())
    put_text("address2", W["address2"], bool(W["address2"]) and W["address2"].isupper())
    put_text("postcode", W["postcode"], True)
    put_text("city", W["city"], W["city"].isupper())
    if geo["phone"].kind == "comb":
        put_text("phone", W["phone"].split(), True)
    else:
        put_text("phone", W["phone"], True)
    put_text("email", W["email"], False)
    for t in sorted(V["ticks"]):
        put_tick(t)
    put_text("profession", W["profession"], W["profession"].isupper() if W["profession"] else False)
    put_text("employer", W["employer"], W["employer"].isupper() if W["employer"] else False)
    put_text("school", W["school"], W["school"].isupper() if W["school"] else False)
    put_text("autre_text", W["autre_text"], W["autre_text"].isupper() if W["autre_text"] else False)
    if "reminder" in geo:
        put_text("reminder", f"{W['surname']} {W['given_names']}", W["given_names"].isupper())


def signing_date_for(spec, V, run, rng, typed: bool):
    """(date_text as written, value for the field: str or comb parts)."""
    if V["sign"] is None:
        return None, None
    free, parts = date_strings(V["sign"], V["date_kind"], rng)
    g = run.geo["date"]
    if g.kind == "comb" and parts:
        if typed and rng.uniform() < 0.5:
            return free, free  # typed across the comb
        txt = "/".join(parts) if g.slashes else " ".join(parts)
        return txt, parts
    if free.startswith("le ") and run.name != "B":
        free = free[3:]
    return free, free


def render_form(spec) -> dict:
    """Render one form; returns pages (np arrays) or PDFs plus the truth fields."""
    V = make_values(spec)
    rng = V["rng"]
    run = layouts.get_run(spec["run"])
    p = spec["person"]
    way = spec["way"]
    case = spec["case"]
    look = spec["look"]
    res = {"V": V, "notes": []}
    signed = case not in ("unsigned", "label_only", "stray_mark")
    wr = make_writer(nrng(SET, spec["id"], "writer"))
    if look == "phone_photo":
        dpi = 250
    else:
        dpi = [200, 200, 300, 150][int(rng.integers(0, 4))]
    render_dpi = 200 if dpi == 150 else dpi
    res["dpi"] = dpi
    res["render_dpi"] = render_dpi

    if way == "fillable_pdf" or way == "fillable_printed":
        W = written_values(spec, V, "fillable", None, rng)
        vals = {}
        ticks = set()

        def put_text(key, val, caps):
            if key in run.geo and val:
                vals[key] = val

        def put_tick(key):
            if key in run.geo and run.geo[key].kind == "tick":
                ticks.add(key)

        fill_common(spec, V, W, put_text, put_tick, run)
        date_by_hand = way == "fillable_printed" and rng.uniform() < 0.45
        date_text, date_val = signing_date_for(spec, V, run, rng, typed=False)
        if date_text is not None and not date_by_hand:
            vals["date"] = date_val if isinstance(date_val, list) else people.winansi(date_val)
            date_text = people.winansi(date_text)
        if W["place"] and not (date_by_hand and rng.uniform() < 0.6):
            vals["place"] = W["place"]
            place_by_hand = False
        else:
            place_by_hand = bool(W["place"])
        with_ap = True if way == "fillable_printed" else bool(rng.uniform() < 0.55)
        glyph = "4" if rng.uniform() < 0.6 else "8"
        sig_img = sig_rect = None
        if way == "fillable_pdf" and signed:
            g = run.geo["sig"]
            paper = bool(rng.uniform() < 0.35)
            img = hand.signature_rgba(p.given, p.surname, wr, rng, 900, 300, paper=paper)
            iw, ih = img.size
            tw = g.w * rng.uniform(0.45, 0.7)
            th = tw * ih / iw
            if th > g.h * 0.8:
                th = g.h * 0.8
                tw = th * iw / ih
            sx = g.x + rng.uniform(0.05, 0.95) * (g.w - tw)
            sy = g.y + rng.uniform(0.05, 0.6) * (g.h - th)
            sig_img, sig_rect = img, (sx, sy, tw, th)
            res["notes"].append(
                "signature pasted as an image"
                + (" (photo of a signature on paper)" if paper else "")
            )
        res.update(
            {
                "run": run,
                "vals": vals,
                "ticks": ticks,
                "with_ap": with_ap,
                "glyph": glyph,
                "sig_img": sig_img,
                "sig_rect": sig_rect,
            }
        )
        if way == "fillable_pdf":
            res["notes"].append(
                "AcroForm values "
                + (
                    "with appearance streams"
                    if with_ap
                    else "without appearance streams (NeedAppearances)"
                )
            )
        else:
            data = fillable.build(run, vals, ticks, [1, 2], True, None, None, glyph)
            pages = render_pdf(data, render_dpi)
            pages = [effects.printed(pg, rng) for pg in pages]
            cv = Canvas(pages, render_dpi)
            if date_by_hand and date_text is not None:
                dt_text, dt_val = signing_date_for(spec, V, run, rng, typed=False)
                date_text = dt_text
                hand_write_field(cv, run.geo["date"], dt_val, wr, rng, not has_lower(dt_val))
            if place_by_hand:
                hand_write_field(cv, run.geo["place"], W["place"], wr, rng, W["place"].isupper())
            res["pages"] = pages
            res["cv"] = cv
            res["notes"].append(
                "fillable PDF filled on screen, printed"
                + (", date written by hand" if date_by_hand else "")
            )
    elif way == "typed_printed":
        W = written_values(spec, V, "typed", None, rng)
        pages = blank_pages(run, render_dpi)
        cv = Canvas(pages, render_dpi)
        fname = list(TYPE_FONTS)[int(rng.integers(0, len(TYPE_FONTS)))]
        fpath = TYPE_FONTS[fname]
        pt = float(rng.uniform(8.5, 10.5))
        comb_mode = "spaced" if rng.uniform() < 0.6 else "plain"

        def put_text(key, val, caps):
            if key in run.geo and val and run.geo[key].kind != "none":
                type_field(cv, run.geo[key], val, fpath, pt, rng, comb_mode)

        def put_tick(key):
            if key in run.geo and run.geo[key].kind == "tick":
                type_tick(cv, run.geo[key], fpath, rng)

        fill_common(spec, V, W, put_text, put_tick, run)
        date_typed = rng.uniform() < 0.6 or (
            V["date_kind"] == "words" and run.geo["date"].kind == "comb"
        )
        date_text, date_val = signing_date_for(spec, V, run, rng, typed=date_typed)
        if date_typed:
            if date_val is not None:
                type_field(cv, run.geo["date"], date_val, fpath, pt, rng, comb_mode)
            if W["place"]:
                type_field(cv, run.geo["place"], W["place"], fpath, pt, rng)
        if case == "label_only" and not run.label_in_box:
            g = run.geo["sig"]
            type_field(
                cv,
                layouts.Geo("box", 2, g.x + 6, g.y + g.h - 18, 120, 14),
                "Signature :",
                fpath,
                pt,
                rng,
            )
            res["notes"].append("the word 'Signature :' typed in the box")
        pages = [effects.printed(pg, rng) for pg in cv.pages]
        cv.pages = pages
        if not date_typed:
            if date_val is not None:
                hand_write_field(cv, run.geo["date"], date_val, wr, rng, not has_lower(date_val))
            if W["place"]:
                hand_write_field(cv, run.geo["place"], W["place"], wr, rng, W["place"].isupper())
        res["pages"] = pages
        res["cv"] = cv
        res["notes"].append(
            f"typed on screen ({fname}), printed"
            + ("" if date_typed else ", date and place by hand")
        )
    else:  # hand
        W = written_values(spec, V, "hand", wr, rng)
        pages = [effects.printed(pg, rng) for pg in blank_pages(run, render_dpi)]
        cv = Canvas(pages, render_dpi)

        def put_text(key, val, caps):
            if key in run.geo and val and run.geo[key].kind != "none":
                hand_write_field(cv, run.geo[key], val, wr, rng, caps)

        def put_tick(key):
            g = run.geo.get(key)
            if g is not None and g.kind == "tick":
                cx, cy = cv.px(g.x + g.w / 2, g.y + g.h / 2)
                hand.lay_tick(cv.pages[g.page - 1], cx, cy, g.w * cv.s, wr, rng)

        fill_common(spec, V, W, put_text, put_tick, run)
        date_text, date_val = signing_date_for(spec, V, run, rng, typed=False)
        if date_val is not None:
            hand_write_field(cv, run.geo["date"], date_val, wr, rng, not has_lower(date_val))
        if W["place"]:
            hand_write_field(cv, run.geo["place"], W["place"], wr, rng, W["place"].isupper())
        res["pages"] = pages
        res["cv"] = cv
        res["notes"].append(
            f"filled by hand ({wr.ink.replace('_', ' ')}, {wr.font} letters, {wr.free_case} free text)"
        )
    # signature on paper
    if way != "fillable_pdf":
        cv = res["cv"]
        if signed:
            put_signature(cv, run, p, wr, rng)
        elif case == "stray_mark":
            kind = put_stray(cv, run, wr, rng)
            res["notes"].append(f"a stray {kind} in the signature box")
    if case == "stray_mark" and way == "fillable_pdf":
        raise AssertionError("stray mark on a fillable PDF")
    res["W"] = W
    res["date_text"] = date_text
    res["signed"] = signed
    return res


# ------------------------------------------------------------------------------ output
def photo_names(rng, d: dt.date, n: int) -> list[str]:
    k = int(rng.integers(0, 4))
    hh, mm, ss = int(rng.integers(8, 22)), int(rng.integers(0, 60)), int(rng.integers(0, 50))
    base_no = int(rng.integers(1000, 9000))
    out = []
    for i in range(n):
        s2 = ss + 9 * i
        if k == 0:
            out.append("IMG_%s_%02d%02d%02d.jpg" % (d.strftime("%Y%m%d"), hh, mm, s2))
        elif k == 1:
            out.append("WhatsApp Image %s at %02d.%02d.%02d.jpeg" % (d.isoformat(), hh, mm, s2))
        elif k == 2:
            out.append("IMG_%04d.JPG" % (base_no + i))
        else:
            out.append(
                "PXL_%s_%02d%02d%02d%03d.jpg"
                % (d.strftime("%Y%m%d"), hh, mm, s2, int(rng.integers(0, 999)))
            )
    return out


def write_doc(spec, res, out_dir) -> dict:
    """Write the files of one document; returns the truth 'files' list and look notes."""
    rng = nrng(SET, spec["id"], "output")
    folder = os.path.join(out_dir, "documents", spec["id"])
    os.makedirs(folder, exist_ok=True)
    arr = spec["arrangement"]
    look = spec["look"]
    way = spec["way"]
    notes = []
    files = []
    V = res["V"]
    day = (V["sign"] or V["as_of"]) + dt.timedelta(days=int(rng.integers(0, 3)))
    day = min(day, V["as_of"])

    def save(name, data):
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(data)

    if way == "fillable_pdf":
        run = res["run"]

        def build(pages):
            return fillable.build(
                run,
                res["vals"],
                res["ticks"],
                pages,
                res["with_ap"],
                res["sig_img"],
                res["sig_rect"],
                res["glyph"],
            )

        base = [
            "S1106_rempli.pdf",
            "cerfa_15763-02_complete.pdf",
            "demande_PUMa.pdf",
            "formulaire_ouverture_droits.pdf",
        ][int(rng.integers(0, 4))]
        if arr == "one_pdf":
            save(base, build([1, 2]))
            files = [{"path": base, "pages": [1, 2]}]
        elif arr == "reverse_order_pdf":
            save(base, build([2, 1]))
            files = [{"path": base, "pages": [2, 1]}]
            notes.append("pages in reverse order: page 1 of the file is page 2/2 of the form")
        else:
            n1, n2 = "S1106_page1.pdf", "S1106_page2.pdf"
            if rng.uniform() < 0.5:
                n1, n2 = "formulaire_p1.pdf", "formulaire_p2.pdf"
            save(n1, build([1]))
            save(n2, build([2]))
            files = [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}]
        return {"files": files, "notes": notes}

    pages = res["pages"]
    dpi = res["dpi"]
    rots = [0, 0]
    if look in ("scan", "image_pdf"):
        grey = bool(rng.uniform() < 0.3)
        scale = dpi / res["render_dpi"]
        tint = effects.paper_tint(rng)
        imgs = [effects.scan(pg, rng, grey=grey, out_scale=scale, tint=tint) for pg in pages]
        notes.append(f"scanned at {dpi} dpi" + (", greyscale" if grey else ""))
    else:
        imgs = []
        size = [(3024, 4032), (2448, 3264), (2448, 3264), (2736, 3648)][int(rng.integers(0, 4))]
        bg = effects.table(size[1], size[0], rng)
        cast = effects.light_cast(rng)
        for pg in pages:
            ph = effects.phone_photo(pg, rng, size=size, bg=bg, cast=cast * rng.uniform(0.97, 1.03))
            rot = [0, 0, 0, 90, 180, 270][int(rng.integers(0, 6))] if arr == "phone_photos" else 0
            if spec.get("exif"):
                rot = 0
            if rot:
                ph = np.ascontiguousarray(np.rot90(ph, k=rot // 90))  # counter-clockwise
            imgs.append(ph)
            rots[len(imgs) - 1] = rot
        if any(rots):
            notes.append(
                "photo pixels rotated counter-clockwise by "
                + "/".join(str(r) for r in rots)
                + " degrees"
            )
    q = int(rng.integers(78, 93))
    if arr in ("one_pdf", "reverse_order_pdf", "two_pdfs"):
        jp = [effects.jpeg_bytes(im, q) for im in imgs]
        if look == "phone_photo":
            mm = [(297.0 * im.shape[1] / im.shape[0], 297.0) for im in imgs]
        else:
            mm = None
        if arr == "two_pdfs":
            n1, n2 = [
                ("page1.pdf", "page2.pdf"),
                ("Scan_S1106_1.pdf", "Scan_S1106_2.pdf"),
                ("formulaire 1.pdf", "formulaire 2.pdf"),
            ][int(rng.integers(0, 3))]
            save(n1, effects.image_pdf([jp[0]], mm[:1] if mm else None))
            save(n2, effects.image_pdf([jp[1]], mm[1:] if mm else None))
            files = [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}]
        else:
            name = [
                "scan_formulaire.pdf",
                "Demande_PUMA.pdf",
                "S1106.pdf",
                "doc%05d.pdf" % int(rng.integers(100, 99999)),
                "formulaire_CPAM.pdf",
            ][int(rng.integers(0, 5))]
            if arr == "reverse_order_pdf":
                save(name, effects.image_pdf([jp[1], jp[0]], mm[::-1] if mm else None))
                files = [{"path": name, "pages": [2, 1]}]
                notes.append("pages in reverse order: page 1 of the file is page 2/2 of the form")
            else:
                save(name, effects.image_pdf(jp, mm))
                files = [{"path": name, "pages": [1, 2]}]
    else:
        exif = None
        if arr == "phone_photos":
            names = photo_names(rng, day, 2)
            if spec.get("exif"):
                exif = 6
        elif arr == "reverse_order_images":
            k = int(rng.integers(100, 900))
            names = ["scan_%03d.jpg" % (k + 1), "scan_%03d.jpg" % k]  # page 1 sorts second
        else:
            names = [
                ["page1.jpg", "page2.jpg"],
                ["scan0001.jpg", "scan0002.jpg"],
                ["formulaire_p1.png", "formulaire_p2.png"],
                ["S1106-1.jpg", "S1106-2.jpg"],
            ][int(rng.integers(0, 4))]
        for im, nm in zip(imgs, names):
            if nm.endswith(".png"):
                save(nm, effects.png_bytes(im, dpi=dpi))
            elif exif:
                # stored sideways with an EXIF orientation tag that puts it upright on display
                save(
                    nm,
                    effects.jpeg_bytes(
                        np.ascontiguousarray(np.rot90(im, k=1)), q, exif_orientation=6
                    ),
                )
            else:
                save(nm, effects.jpeg_bytes(im, q, dpi=dpi if look == "scan" else None))
        if exif:
            notes.append(
                "pixels stored rotated 90 degrees with EXIF Orientation=6 (upright when displayed)"
            )
        files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        if arr == "reverse_order_images":
            notes.append(
                f"file names sort in reverse order: {names[1]} is page 2/2, {names[0]} is page 1/2"
            )
    return {"files": files, "notes": notes}


def truth_for(spec, res, out) -> dict:
    p = spec["person"]
    V = res["V"]
    W = res["W"]
    case = spec["case"]
    sign = V["sign"]
    fields = {
        "surname": W["surname"],
        "usage_name": W["usage_name"],
        "given_names": W["given_names"],
        "sex": p.sex,
        "date_of_birth": p.dob.isoformat(),
        "employment_status": V["status"],
        "situation": V["situation"],
        "contract_type": V["contract"],
        "signed": bool(res["signed"]),
        "signed_on": sign.isoformat() if sign else None,
        "date_text": res["date_text"],
        "place": W["place"],
        "nir": V["nir"],
    }
    notes = "; ".join([f"print run {spec['run']}"] + res["notes"] + out["notes"])
    return {
        "as_of": V["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECTS[case],
        "fill_way": spec["way"],
        "case": case,
        "arrangement": spec["arrangement"],
        "print_run": spec["run"],
        "applicant": {
            "surname": p.surname,
            "given_names": p.given,
            "date_of_birth": p.dob.isoformat(),
        },
        "documents": [
            {
                "files": out["files"],
                "type": "application_form",
                "look": spec["look"],
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    if os.path.isdir(os.path.join(out_dir, "documents")):
        shutil.rmtree(os.path.join(out_dir, "documents"))
    os.makedirs(os.path.join(out_dir, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "packets"), exist_ok=True)
    plan = make_plan()
    ids = []
    for spec in plan:
        res = render_form(spec)
        out = write_doc(spec, res, out_dir)
        truth = truth_for(spec, res, out)
        with open(
            os.path.join(out_dir, "documents", spec["id"] + ".truth.json"), "w", encoding="utf-8"
        ) as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        ids.append(spec["id"])
        print(
            spec["id"],
            spec["way"],
            spec["arrangement"],
            spec["look"],
            spec["case"],
            spec["run"],
            file=sys.stderr,
        )
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"set": SET, "packets": [], "documents": ids}, fh, indent=2)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
