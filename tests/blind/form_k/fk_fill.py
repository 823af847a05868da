"""What the applicant writes on the form (values per element), typed fill drawing,
and handwritten fill on a raster page."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from fk_form import Box, Comb, Geometry, Line, Rect, font
from fk_hand import HandCanvas
from fk_people import AUTRE_TEXT, FREELANCE, JOBS, Person, fold
from reportlab.pdfbase.pdfmetrics import stringWidth

MOIS = [
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

SIT_LABEL = {
    "sit_salarie": "salarié",
    "sit_independant": "travailleur indépendant",
    "sit_demandeur": "demandeur d'emploi",
    "sit_etudiant": "étudiant",
    "sit_sans": "sans activité professionnelle",
    "sit_autre": "autre",
}
SIT_STATUS = {
    "sit_salarie": "employed",
    "sit_independant": "employed",
    "sit_demandeur": "not_employed",
    "sit_sans": "not_employed",
    "sit_etudiant": "other",
    "sit_autre": "other",
}
TWO_TICKS = [
    ("sit_salarie", "sit_etudiant"),
    ("sit_demandeur", "sit_sans"),
    ("sit_sans", "sit_autre"),
    ("sit_salarie", "sit_independant"),
    ("sit_etudiant", "sit_autre"),
]

CASE_STATUS = {
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
CASE_DEFECT = {
    "ok": None,
    "date_words": None,
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "signature box holds only a stray mark, no signature",
    "future_date": "date of signature after the audit date",
    "us_date": "date written month first (MM/DD/YYYY), day above 12",
    "no_date": "date of signature missing",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}


@dataclass
class Filled:
    vals: dict  # element key -> str | bool
    ticks: list[str]
    date_text: str | None
    signed_on: dt.date | None
    place: str
    sig: str  # signed | none | label | stray
    stray_kind: str | None
    truth: dict = field(default_factory=dict)


def _caps(text: str, drop: bool) -> str:
    t = text.upper()
    return fold(t) if drop else t


def plan(
    person: Person,
    case: str,
    as_of: dt.date,
    rng: random.Random,
    *,
    caps_names: bool,
    drop_accents: bool,
    caps_lines: bool,
    ascii_only: bool = False,
) -> Filled:
    def nm(t: str) -> str:
        if caps_names:
            return _caps(t, drop_accents or ascii_only)
        return fold(t) if ascii_only else t

    def ln(t: str) -> str:
        out = _caps(t, drop_accents) if caps_lines else t
        return fold(out) if ascii_only else out

    surname = nm(person.surname)
    usage = nm(person.usage_name) if person.usage_name else None
    given = nm(person.given_names) if caps_names else person.given_names
    if ascii_only:
        given = fold(given)
    vals: dict = {
        "surname": surname,
        "given_names": given,
        "dob_d": f"{person.dob.day:02d}",
        "dob_m": f"{person.dob.month:02d}",
        "dob_y": f"{person.dob.year}",
        "birth_city": ln(person.birth_city),
        "birth_country": ln(person.birth_country),
        "nationality": ln(person.nationality),
        "address1": ln(person.address1),
        "postcode": person.postcode,
        "city": ln(person.city),
        "phone": person.phone,
        "email": person.email,
    }
    if usage:
        vals["usage_name"] = usage
    if person.address2:
        vals["address2"] = ln(person.address2)
    if person.nir:
        vals["nir"] = person.nir[:13]
        vals["nir_key"] = person.nir[13:]
    vals["sex_F"] = person.sex == "F"
    vals["sex_M"] = person.sex == "M"
    # section B
    if case == "none_ticked":
        ticks: list[str] = []
    elif case == "two_ticked":
        ticks = list(rng.choice(TWO_TICKS))
    else:
        ticks = [
            rng.choices(
                [
                    "sit_salarie",
                    "sit_independant",
                    "sit_demandeur",
                    "sit_etudiant",
                    "sit_sans",
                    "sit_autre",
                ],
                weights=[34, 10, 11, 14, 21, 10],
            )[0]
        ]
    contract = None
    if "sit_salarie" in ticks:
        contract = "CDI" if rng.random() < 0.65 else "CDD"
        vals["contract_cdi" if contract == "CDI" else "contract_cdd"] = True
        vals["profession"] = ln(rng.choice(JOBS))
    elif "sit_independant" in ticks:
        vals["profession"] = ln(rng.choice(FREELANCE))
    if "sit_autre" in ticks:
        vals["autre_text"] = ln(rng.choice(AUTRE_TEXT))
    for t in ticks:
        vals[t] = True
    # section C
    place = ln(person.city if rng.random() < 0.85 else rng.choice(["Paris", "Lyon", "Marseille"]))
    signed_on: dt.date | None
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(3, 55))
    elif case == "no_date":
        signed_on = None
    elif case == "us_date":
        signed_on = as_of - dt.timedelta(days=rng.randint(0, 20))
        while signed_on.day <= 12:
            signed_on -= dt.timedelta(days=1)
    else:
        signed_on = as_of - dt.timedelta(days=rng.randint(0, 45))
    if signed_on is None:
        date_text = None
    elif case == "us_date":
        date_text = f"{signed_on.month:02d}/{signed_on.day:02d}/{signed_on.year}"
    elif case == "date_words":
        day = "1er" if signed_on.day == 1 else str(signed_on.day)
        month = MOIS[signed_on.month - 1]
        if caps_lines and rng.random() < 0.5:
            month = month.upper() if not drop_accents else fold(month.upper())
        date_text = f"{day} {month} {signed_on.year}"
        if ascii_only:
            date_text = fold(date_text)
    else:
        sep = rng.choices(["/", ".", "-"], weights=[8, 1, 1])[0]
        date_text = f"{signed_on.day:02d}{sep}{signed_on.month:02d}{sep}{signed_on.year}"
    if date_text:
        vals["date"] = date_text
    vals["place"] = place
    sig = {"unsigned": "none", "label_only": "label", "stray_mark": "stray"}.get(case, "signed")
    f = Filled(
        vals,
        ticks,
        date_text,
        signed_on,
        place,
        sig,
        rng.choice(["dot", "tick", "dash"]) if sig == "stray" else None,
    )
    status = SIT_STATUS[ticks[0]] if len(ticks) == 1 else None
    f.truth = {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "sex": person.sex,
        "date_of_birth": person.dob.isoformat(),
        "employment_status": status,
        "situation": SIT_LABEL[ticks[0]] if len(ticks) == 1 else None,
        "contract_type": contract,
        "signed": sig == "signed",
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text,
        "place": place,
        "nir": person.nir,
    }
    return f


# -- typed fill (typed on screen into the PDF, then printed) ------------------------------
def draw_typed(
    c,
    geom: Geometry,
    vals: dict,
    page: int,
    fname: str,
    rng: random.Random,
    skip: set[str] = frozenset(),
    color=(0, 0, 0),
) -> None:
    f = font(fname) if not fname.startswith(("Helvetica", "Courier", "Times")) else fname
    c.setFillColorRGB(*color)
    for key, el in geom.el.items():
        if el.page != page or key in skip:
            continue
        v = vals.get(key)
        if not v:
            continue
        if isinstance(el, Box):
            size = el.s * 1.05
            c.setFont(f, size)
            c.drawCentredString(el.x + el.s / 2, el.y + el.s * 0.14, "X")
        elif isinstance(el, Comb):
            size = min(11.0, el.ch * 0.66)
            c.setFont(f, size)
            for i, ch in enumerate(str(v)[: el.n]):
                c.drawCentredString(el.x + (i + 0.5) * el.cw, el.y + (el.ch - size * 0.7) / 2, ch)
        elif isinstance(el, Line):
            size = 10.0
            while stringWidth(str(v), f, size) > el.w - 4 and size > 6:
                size -= 0.5
            c.setFont(f, size)
            c.drawString(el.x + 3, el.y + 1.5, str(v))
        elif isinstance(el, Rect) and key == "sig_box" and v:
            c.setFont(f, 13)
            top = el.y + el.h - (22 if el.caption else 10)
            c.drawString(el.x + el.w * 0.3, top - 24, str(v))


# -- handwritten fill ------------------------------------------------------------------------
def hand_fill(
    hc: HandCanvas, geom: Geometry, vals: dict, page: int, only: set[str] | None = None
) -> None:
    """Write values by hand on one page; `only` restricts to some element keys."""
    for key, el in geom.el.items():
        if el.page != page:
            continue
        if only is not None and key not in only:
            continue
        v = vals.get(key)
        if not v:
            continue
        if isinstance(el, Box):
            hc.tick(el)
        elif isinstance(el, Comb):
            hc.comb(el, str(v))
        elif isinstance(el, Line):
            hc.line(el, str(v), start=0.04 if key not in ("place", "date") else 0.08)


def hand_sign(hc: HandCanvas, geom: Geometry, filled: Filled, sig_name: str, initials: str) -> None:
    el = geom.el["sig_box"]
    if filled.sig == "signed":
        hc.signature(el, sig_name, initials)
    elif filled.sig == "stray":
        hc.stray(el, filled.stray_kind or "dot")
