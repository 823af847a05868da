"""The list of form variants: which case, which look, how it is filled, and its truth."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

import fh_people as P
from fh_fill import Fill

LOOKS = ["text_pdf", "image_pdf", "scan", "phone_photo"]

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

SIT_CYCLE = ["salarie_cdi", "inactif", "etudiant", "demandeur_emploi", "salarie_cdd", "independant"]

# (signature, date kind, situation, how many)
CASE_GROUPS = [
    ("signed", "fr", "salarie_cdi", 8),
    ("signed", "fr", "salarie_cdd", 4),
    ("signed", "fr", "independant", 4),
    ("signed", "fr", "demandeur_emploi", 4),
    ("signed", "fr", "etudiant", 4),
    ("signed", "fr", "inactif", 5),
    ("signed", "fr", "autre", 2),
    ("signed", "words", None, 4),
    ("empty", "fr", None, 4),
    ("label", "fr", None, 3),
    ("mark", "fr", None, 4),
    ("signed", "future", None, 4),
    ("signed", "us", None, 4),
    ("signed", "missing", None, 4),
    ("signed", "fr", "none", 3),
    ("signed", "fr", "several", 3),
]


# the groups of three leave out one look each, never the same one
MISS_LOOK = {"label": "scan", "none": "text_pdf", "several": "image_pdf"}


@dataclass
class Spec:
    index: int
    name: str
    sig: str
    date_kind: str
    situation: str
    look: str
    fill: str  # hand | typed | acro_ap | acro_na | typed_print | acro_print
    reverse: bool
    seed: int
    extra: dict = field(default_factory=dict)


def build_specs() -> list[Spec]:
    specs: list[Spec] = []
    i = 0
    cyc = 0
    text_fills = ["typed", "acro_ap", "acro_na", "typed", "acro_na", "acro_ap"]
    raster_fills = ["hand", "hand", "typed_print", "hand", "acro_print", "hand"]
    nt = nr = 0
    marks = ["dot", "tick"]
    for gi, (sig, dk, sit, n) in enumerate(CASE_GROUPS):
        i0 = i
        for _ in range(n):
            s = sit
            if s is None:
                s = SIT_CYCLE[cyc % len(SIT_CYCLE)]
                cyc += 1
            sg = sig
            if sig == "mark":
                sg = marks[i % 2]
            start = (i0 + gi) % 4
            if sig in MISS_LOOK or s in MISS_LOOK:
                # groups of three: choose which look goes without this case
                start = (LOOKS.index(MISS_LOOK.get(sig) or MISS_LOOK[s]) + 1) % 4
            look = LOOKS[(start + (i - i0)) % 4]
            if look == "text_pdf":
                fill = text_fills[nt % len(text_fills)]
                nt += 1
            else:
                fill = raster_fills[nr % len(raster_fills)]
                nr += 1
            reverse = (i * 7 + 3) % 9 == 0
            specs.append(
                Spec(
                    index=i,
                    name="form_h_%02d" % (i + 1),
                    sig=sg,
                    date_kind=dk,
                    situation=s,
                    look=look,
                    fill=fill,
                    reverse=reverse,
                    seed=1000 + i * 37,
                )
            )
            i += 1
    return specs


def _fr_date(d: date, style: int) -> str:
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return d.strftime("%d/%m/%y")
    if style == 2:
        return d.strftime("%d.%m.%Y")
    if style == 3:
        return d.strftime("%d-%m-%Y")
    if style == 4:
        return "%d/%s/%d" % (d.day, d.strftime("%m"), d.year)
    return "%s / %s / %d" % (d.strftime("%d"), d.strftime("%m"), d.year)


def _words(d: date, rng: random.Random) -> str:
    day = "1er" if d.day == 1 and rng.random() < 0.5 else str(d.day)
    return "%s %s %d" % (day, MONTHS[d.month - 1], d.year)


def situation_info(sit: str):
    """ticks, employment_status, contract type, truth word."""
    if sit == "salarie_cdi":
        return ["sit_salarie", "ctr_cdi"], "employed", "CDI", "salarie"
    if sit == "salarie_cdd":
        return ["sit_salarie", "ctr_cdd"], "employed", "CDD", "salarie"
    if sit == "independant":
        return ["sit_independant"], "employed", None, "independant"
    if sit == "demandeur_emploi":
        return ["sit_demandeur"], "not_employed", None, "demandeur_emploi"
    if sit == "etudiant":
        return ["sit_etudiant"], "not_employed", None, "etudiant"
    if sit == "inactif":
        return ["sit_inactif"], "not_employed", None, "inactif"
    if sit == "autre":
        return ["sit_autre"], "other", None, "autre"
    if sit == "none":
        return [], None, None, "none"
    return None, None, None, "several"


def build_fill(spec: Spec, person: P.Person, rng: random.Random):
    """The filled values, the truth fields, the verdict and notes."""
    notes: list[str] = []
    # audit date and signing date
    as_of = date(2026, 11, 2) + timedelta(days=rng.randint(0, 46))
    signed = as_of - timedelta(days=rng.randint(2, 24))
    typed = spec.fill in ("typed", "acro_ap", "acro_na", "typed_print", "acro_print")
    hand_date = spec.fill in ("hand",) or (
        spec.fill in ("typed_print", "acro_print") and rng.random() < 0.6
    )
    date_text: str | None
    signed_on: date | None = signed
    if spec.date_kind == "fr":
        style = 0 if (typed and not hand_date) else rng.choice([0, 0, 0, 1, 2, 3, 4, 5])
        date_text = _fr_date(signed, style)
    elif spec.date_kind == "words":
        date_text = _words(signed, rng)
        notes.append("date of signature written in words, a valid French form")
    elif spec.date_kind == "future":
        signed_on = as_of + timedelta(days=rng.randint(6, 45))
        date_text = _fr_date(signed_on, 0 if typed else rng.choice([0, 0, 4]))
        notes.append("signature date is after the audit date")
    elif spec.date_kind == "us":
        while signed.day <= 12:
            signed -= timedelta(days=1)
        signed_on = signed
        date_text = "%s/%s/%d" % (signed.strftime("%m"), signed.strftime("%d"), signed.year)
        notes.append(
            "date written US-style MM/DD/YYYY (the day cannot be a month); signed_on is the "
            "date the writer meant"
        )
    else:
        date_text = None
        signed_on = None
        notes.append("the 'le' date line is left blank")

    ticks, status, contract, sit_word = situation_info(spec.situation)
    if ticks is None:
        pair = rng.choice(
            [
                (["sit_salarie", "ctr_cdd"], ["sit_etudiant"]),
                (["sit_demandeur"], ["sit_inactif"]),
                (["sit_independant"], ["sit_salarie", "ctr_cdi"]),
            ]
        )
        ticks = pair[0] + pair[1]
        notes.append("two situations ticked in section B")
    if spec.situation == "none":
        notes.append("no situation ticked in section B")

    hand_writer = spec.fill == "hand"
    drop_accents = hand_writer and rng.random() < 0.2
    caps_all = (not hand_writer and rng.random() < 0.3) or (hand_writer and rng.random() < 0.55)

    def cap(s: str) -> str:
        return P.strip_accents(s) if drop_accents else s

    surname = cap(person.surname)
    usage = cap(person.usage) if person.usage else None
    given = cap(person.given)
    if typed:
        surname, given = P.cp1252_safe(surname), P.cp1252_safe(given)
        if any(P.cp1252_safe(t) != t for t in (person.surname, person.given)):
            notes.append("letters the PDF font cannot show were typed without accents")
    mixed_ok = spec.extra.get("name_style") != "comb"
    if (typed and rng.random() < 0.35) or (hand_writer and mixed_ok and rng.random() < 0.4):
        given = P.title_case(given)
    texts: dict[str, str] = {
        "surname": surname,
        "given": given,
        "birth_town": person.birth_town,
        "birth_country": person.birth_country,
        "nationality": person.nationality.capitalize(),
        "address": person.address,
        "postcode": person.postcode,
        "town": person.town,
        "phone": person.phone,
        "email": person.email,
    }
    if usage:
        texts["usage"] = usage
    if typed:
        texts = {k: P.cp1252_safe(v) for k, v in texts.items()}
    if caps_all:
        for k in ("birth_town", "birth_country", "nationality", "address", "town"):
            texts[k] = cap(texts[k].upper())
    jobs = P.JOBS[spec.index % len(P.JOBS)]
    if "sit_salarie" in ticks:
        texts["profession"] = jobs[0]
        texts["employer"] = jobs[1]
    if "sit_independant" in ticks:
        texts["activity"] = P.INDEPENDENT[spec.index % len(P.INDEPENDENT)]
        texts["siret"] = P.make_siret(rng)
    if "sit_demandeur" in ticks:
        texts["ft_id"] = "%07d%s" % (
            rng.randint(1000000, 9999999),
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
        )
    if "sit_etudiant" in ticks:
        texts["school"] = P.SCHOOLS[spec.index % len(P.SCHOOLS)]
    if "sit_autre" in ticks:
        texts["autre"] = P.AUTRES[spec.index % len(P.AUTRES)]
    place = person.town
    if place == "Paris" and rng.random() < 0.5:
        place = "Paris %se" % str(int(person.postcode[-2:]))
    texts["place"] = place
    if date_text:
        texts["date"] = date_text

    sex_tick = "sex_F" if person.sex == "F" else "sex_M"
    all_ticks = [sex_tick, *ticks]
    sig = {"signed": "signed", "empty": "empty", "label": "label", "dot": "dot", "tick": "tick"}[
        spec.sig
    ]
    signer_name = P.title_case(person.usage or person.surname)
    first = P.title_case(person.given.split(" ")[0])
    signer = rng.choice(
        [signer_name, "%s. %s" % (first[0], signer_name), first + " " + signer_name]
    )
    hand_parts: set[str] = set()
    if spec.fill in ("typed_print", "acro_print"):
        hand_parts.add("sig")
        if hand_date:
            hand_parts |= {"date", "place"} if rng.random() < 0.6 else {"date"}
    fill = Fill(
        texts=texts,
        dob=(person.dob.strftime("%d"), person.dob.strftime("%m"), person.dob.strftime("%Y")),
        nir=person.nir,
        ticks=all_ticks,
        sig=sig,
        signer=signer,
        hand_parts=hand_parts,
    )

    if sig == "empty":
        notes.append("the signature box is empty")
    elif sig == "label":
        notes.append("the signature box holds only its printed label 'Signature'")
    elif sig == "dot":
        notes.append("a stray dot of ink in the signature box, not a signature")
    elif sig == "tick":
        notes.append("a short stray pen stroke in the signature box, not a signature")

    if sig != "signed" or spec.date_kind in ("future", "us"):
        form_status = "invalid"
    elif spec.date_kind == "missing" or spec.situation in ("none", "several"):
        form_status = "questionable"
    else:
        form_status = "complete"

    truth_fields = {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "sex": person.sex,
        "date_of_birth": person.dob.isoformat(),
        "employment_status": status,
        "situation": sit_word,
        "contract_type": contract,
        "signed": sig == "signed",
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text,
        "place": place,
        "nir": person.nir,
    }
    if spec.situation == "several":
        truth_fields["contract_type"] = (
            "CDD" if "ctr_cdd" in ticks else ("CDI" if "ctr_cdi" in ticks else None)
        )
    defect = None
    if form_status != "complete":
        defect = {
            ("empty",): "unsigned",
            ("label",): "unsigned_label_only",
            ("dot",): "stray_mark_not_signature",
            ("tick",): "stray_mark_not_signature",
        }.get((sig,))
        if defect is None:
            defect = {
                "future": "date_in_future",
                "us": "date_us_format",
                "missing": "date_missing",
            }.get(spec.date_kind)
        if defect is None:
            defect = "no_situation_ticked" if spec.situation == "none" else "two_situations_ticked"
    return as_of, fill, truth_fields, form_status, defect, notes
