"""What each applicant writes on the form, and the truth that follows from it."""

from __future__ import annotations

import datetime as dt

import fj_hand as hand
import fj_people as people
import numpy as np

CASE_STATUS = {
    "ok": "complete",
    "words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
CASE_DEFECT = {
    "ok": None,
    "words": None,
    "unsigned": "form not signed: the signature box is empty",
    "label_only": "signature box holds only the printed word Signature",
    "stray_mark": "signature box holds only a stray mark, not a signature",
    "future": "signature date is after the audit date",
    "us_date": "date written month first (MM/DD/YYYY, day above 12)",
    "no_date": "signature date missing",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}
TWO_TICKS = [
    ("salarie", "etudiant"),
    ("demandeur_emploi", "sans_activite"),
    ("salarie", "independant"),
    ("etudiant", "autre"),
]
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.fr",
    "yahoo.fr",
    "laposte.net",
    "proton.me",
    "free.fr",
    "orange.fr",
    "hotmail.com",
]


def _ascii_lower(s: str) -> str:
    return "".join(c for c in people.strip_accents(s).lower() if c.isalnum() or c in ".-_")


def _fit(words: list[str], n: int) -> str:
    s = " ".join(words)
    while len(s) > n and len(words) > 1:
        words = words[:-1]
        s = " ".join(words)
    return s[:n]


def compose(spec: dict, rng: np.random.Generator) -> dict:
    """Return vals (strings as written), ticks, writer, truth fields, extras."""
    (surname, usage, given, sex, country, bcity, nat, ccode, _note) = spec["person"]
    fill = spec["fill_way"]
    case = spec["case"]
    run = spec["run"]
    as_of: dt.date = spec["as_of"]
    # the pen (also for the handwritten date/signature of printed forms)
    style = ["block", "block", "breip", "dkg"][int(rng.integers(0, 4))]
    ink = ["blue", "blue", "darkblue", "black"][int(rng.integers(0, 4))]
    writer = hand.Writer(rng, style, ink)
    ncells = {"A": 32, "B": 30, "C": 40}[run]

    # ---- names as written
    if fill == "hand":
        keep = rng.random() < 0.5
        case_mode = "upper"
    else:
        keep = rng.random() < 0.75
        case_mode = (
            "title"
            if (fill == "typed" and rng.random() < 0.3) or (run == "C" and rng.random() < 0.4)
            else "upper"
        )

    def nm(s: str) -> str:
        if case_mode == "upper":
            return people.upper_fr(s, keep)
        return s if keep else people.strip_accents(s)

    gwords = given.split()
    if len(gwords) > 1 and spec["idx"] % 7 == 3 and country not in ("Vietnam", "Chine"):
        gwords = gwords[:1]
    surname_w = nm(surname)[:ncells]
    given_w = _fit([nm(w) for w in gwords], ncells)
    usage_w = nm(usage)[:ncells] if usage and rng.random() < 0.9 else ""

    dob = dt.date(int(rng.integers(1961, 2005)), int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    postcode, city = people.CITIES[int(rng.integers(0, len(people.CITIES)))]
    street = people.STREETS[int(rng.integers(0, len(people.STREETS)))]
    num = int(rng.integers(1, 140))
    address = f"{num} {street}" if rng.random() < 0.8 else f"{num} bis {street}"
    address2 = [
        "",
        "",
        "",
        "",
        f"Bât. {'ABC'[int(rng.integers(0, 3))]}, apt {int(rng.integers(1, 60))}",
        "chez M. et Mme Girard",
    ][int(rng.integers(0, 6))]
    phone = (
        "0" + str(int(rng.integers(6, 8))) + "".join(str(int(d)) for d in rng.integers(0, 10, 8))
        if rng.random() < 0.85
        else ""
    )
    email = ""
    if rng.random() < 0.75:
        email = f"{_ascii_lower(gwords[0])}.{_ascii_lower(surname.split()[0])}{int(rng.integers(1, 99)) if rng.random() < 0.5 else ''}@{MAIL_DOMAINS[int(rng.integers(0, len(MAIL_DOMAINS)))]}"
    nir15 = ""
    if spec.get("with_nir"):
        nir15 = people.make_nir(sex, dob, ccode, int(rng.integers(1, 999)))

    # ---- section B
    r = rng.random()
    if r < 0.36:
        sit = "salarie"
    elif r < 0.44:
        sit = "independant"
    elif r < 0.54:
        sit = "demandeur_emploi"
    elif r < 0.66:
        sit = "etudiant"
    elif r < 0.9:
        sit = "sans_activite"
    else:
        sit = "autre"
    ticks: set[str] = {"sex_F" if sex == "F" else "sex_M"}
    situation: object
    contract = None
    profession = employer = other_text = ""
    if case == "none_ticked":
        situation = None
        chosen: tuple = ()
    elif case == "two_ticked":
        chosen = TWO_TICKS[int(rng.integers(0, len(TWO_TICKS)))]
        situation = list(chosen)
    else:
        chosen = (sit,)
        situation = sit
    for k in chosen:
        ticks.add(k)
    job = people.JOBS[int(rng.integers(0, len(people.JOBS)))]
    if "salarie" in chosen:
        contract = "CDI" if rng.random() < 0.6 else "CDD"
        ticks.add(contract.lower())
        profession = job[0] if sex == "F" else job[1]
        employer = job[2] if rng.random() < 0.8 else ""
    if "independant" in chosen and not profession:
        profession = people.INDEP[int(rng.integers(0, len(people.INDEP)))]
    if "autre" in chosen:
        other_text = people.OTHER_TEXT[int(rng.integers(0, len(people.OTHER_TEXT)))]
    emp_status = EMPLOYMENT[situation] if isinstance(situation, str) else None

    # ---- date and place
    hand_dated = fill == "hand" or (fill in ("typed", "fillable_printed") and rng.random() < 0.4)
    if case == "future":
        signed_on = as_of + dt.timedelta(days=int(rng.integers(3, 45)))
    elif case == "us_date":
        d = as_of - dt.timedelta(days=int(rng.integers(0, 25)))
        while d.day <= 12:
            d -= dt.timedelta(days=1)
        signed_on = d
    elif case == "no_date":
        signed_on = None
    else:
        signed_on = as_of - dt.timedelta(days=int(rng.integers(0, 28)))
    if signed_on is None:
        date_text = ""
    elif case == "us_date":
        date_text = signed_on.strftime("%m/%d/%Y")
    elif case == "words":
        date_text = people.date_words(signed_on, weekday=rng.random() < 0.25)
    else:
        fmts = (
            ["%d/%m/%Y"] * 6 + ["%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y"]
            if hand_dated
            else ["%d/%m/%Y"] * 8 + ["%d.%m.%Y"]
        )
        date_text = signed_on.strftime(fmts[int(rng.integers(0, len(fmts)))])
    place = city
    if city == "Paris" and rng.random() < 0.5:
        place = "Paris " + postcode[-2:].lstrip("0") + "e"
    if hand_dated:
        date_text = writer.prep(date_text)
        place_w = writer.prep(place)
    else:
        place_w = place

    # ---- signature box
    sig = "hand"
    if case == "unsigned":
        sig = "typed_name" if fill == "fillable" and spec["idx"] % 2 == 0 else "none"
    elif case == "label_only":
        sig = "none"
    elif case == "stray_mark":
        sig = "stray_dot" if rng.random() < 0.5 else "stray_tick"
    signed = sig == "hand"
    sig_name = _sig_name(surname, usage, gwords, rng)

    hp = writer.prep  # free lines of a hand-filled form follow the writer's habit
    free = (lambda s: hp(s)) if fill == "hand" else (lambda s: s)
    vals = {
        "surname": surname_w,
        "usage_name": usage_w,
        "given_names": given_w,
        "dob": dob.strftime("%d%m%Y"),
        "birth_city": free(bcity),
        "birth_country": free(country if fill != "hand" or writer.caps_everywhere else country),
        "nationality": free(nat.capitalize() if rng.random() < 0.6 else nat),
        "nir": nir15[:13],
        "nir_key": nir15[13:],
        "address": free(address),
        "address2": free(address2),
        "postcode": postcode,
        "city": free(city),
        "phone": phone,
        "email": email.upper() if fill == "hand" and writer.caps_everywhere else email,
        "profession": free(profession),
        "employer": free(employer),
        "other_text": free(other_text),
        "place": place_w,
        "date": date_text,
    }
    truth_fields = {
        "surname": surname_w,
        "usage_name": usage_w or None,
        "given_names": given_w,
        "sex": sex,
        "date_of_birth": dob.isoformat(),
        "employment_status": emp_status,
        "situation": situation,
        "contract_type": contract,
        "signed": signed,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text or None,
        "place": place_w or None,
        "nir": nir15 or None,
    }
    applicant = {
        "surname": people.upper_fr(surname, False),
        "given_names": people.upper_fr(given, False),
        "date_of_birth": dob.isoformat(),
    }
    return {
        "vals": vals,
        "ticks": ticks,
        "writer": writer,
        "hand_dated": hand_dated,
        "sig": sig,
        "sig_name": sig_name,
        "typed_name": f"{' '.join(gwords)} {surname}",
        "fields": truth_fields,
        "applicant": applicant,
        "form_status": CASE_STATUS[case],
        "defect": CASE_DEFECT[case],
    }


def _sig_name(surname: str, usage: str | None, gwords: list[str], rng: np.random.Generator) -> str:
    base = usage if usage and rng.random() < 0.6 else surname.split()[0]
    base = base.split("-")[0]
    r = rng.random()
    if r < 0.45:
        return f"{gwords[0][0]}. {base}"
    if r < 0.8:
        return base
    return f"{gwords[0]} {base[0]}."
