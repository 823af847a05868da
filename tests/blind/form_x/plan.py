"""What each applicant writes on the form, case by case, and the truth that follows."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import hand
import people

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

STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "crossed_out": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "missing_page2": "invalid",
    "typed_name": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
    "old_date": "questionable",
}
DEFECT = {
    "unsigned": "signature box left empty",
    "label_only": "no signature: only the printed word 'Signature' in the box",
    "stray_mark": "no signature: only a stray pen mark in the signature box",
    "future_date": "date of signing is after the audit date",
    "us_date": "date of signing written MM/DD/YYYY (day above 12)",
    "missing_page2": "page 2 (signature and date) not sent: form unsigned",
    "typed_name": "name typed in the signature box, no handwritten signature",
    "no_date": "date of signing left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
    "old_date": "date of signing is many months before the audit date",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "other",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CT_TRUTH = {"CDI": "CDI", "CDD": "CDD", "Intérim": "intérim", "Apprentissage": "apprentissage"}
CT_SLOT = {
    "CDI": "ct_cdi",
    "CDD": "ct_cdd",
    "Intérim": "ct_interim",
    "Apprentissage": "ct_apprenti",
}
SIT_ORDER = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def iso(d: date) -> str:
    return d.isoformat()


def fr_date(d: date, rng, zero: bool = True) -> str:
    day = f"{d.day:02d}" if zero else str(d.day)
    return f"{day}/{d.month:02d}/{d.year}"


def words_date(d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def dob_cells(d: date, nozero: bool) -> str:
    dd = f"{d.day:02d}" if not (nozero and d.day < 10) else f" {d.day}"
    mm = f"{d.month:02d}" if not (nozero and d.month < 10) else f" {d.month}"
    return f"{dd}{mm}{d.year}"


def comb_text(s: str, n: int) -> str:
    return s[:n] if len(s) <= n else s


def situation_for(rng, case: str):
    """Ticked situation slots, contract, employer/job, other text."""
    if case == "none_ticked":
        return [], None, None, None, None
    if case == "two_ticked":
        pair = rng.choice(
            [
                ("salarie", "etudiant"),
                ("demandeur_emploi", "sans_activite"),
                ("salarie", "independant"),
                ("sans_activite", "autre"),
            ]
        )
        sits = list(pair)
    else:
        sits = [rng.choices(SIT_ORDER, weights=[46, 6, 8, 15, 16, 9])[0]]
    contract = employer = job = other = None
    if "salarie" in sits:
        employer, job, contract = rng.choice(people.JOBS)
        if rng.random() < 0.08 and case not in ("two_ticked",):
            contract = None  # contract type box forgotten
    if "autre" in sits:
        other = rng.choice(people.OTHER_TEXT)
    return sits, contract, employer, job, other


def sign_date(rng, case: str, as_of: date):
    """(date meant or None, text written or None)."""
    if case in ("no_date", "missing_page2"):
        return None, None
    if case == "future_date":
        d = as_of + timedelta(days=rng.randint(2, 24))
        return d, fr_date(d, rng)
    if case == "us_date":
        lo = max(date(2026, 11, 13), as_of - timedelta(days=9))
        hi = min(as_of, date(2026, 11, 30))
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        return d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    if case == "old_date":
        d = rng.choice(
            [
                date(2025, 11, rng.randint(14, 28)),
                date(2026, 3, rng.randint(2, 27)),
                date(2026, 4, rng.randint(1, 29)),
            ]
        )
        return d, fr_date(d, rng)
    d = as_of - timedelta(days=rng.choice([0, 1, 1, 2, 3, 4, 5, 6, 8, 10, 13]))
    if case == "date_words":
        return d, words_date(d)
    return d, fr_date(d, rng, zero=rng.random() < 0.8)


def make(i: int, case: str, fill: str, person: tuple, style: str, rng) -> dict:
    sex, surname, usage, given, dob_s, btown, bcountry, nat_f, code = person
    dob = date.fromisoformat(dob_s)
    as_of = date(2026, 11, 16) + timedelta(days=rng.randint(0, 15))
    it: dict = dict(id=i, case=case, fill=fill, style=style, as_of=as_of)
    it["variant"] = dict(cell=rng.uniform(-0.8, 0.8) + {"R1": 15.5, "R2": 14.5, "R3": 16.5}[style])
    paper = fill != "acroform"
    handw = fill == "hand"
    # how this person writes
    it["hand_style"] = rng.choice(list(hand.HANDS))
    it["pen"] = rng.choice(list(hand.PENS))
    it["sig_pen"] = it["pen"] if rng.random() < 0.75 else rng.choice(list(hand.PENS))
    it["tickmark"] = rng.choice(["cross", "cross", "check", "check", "fill"])
    caps_key, lower_key, _, _ = hand.HANDS[it["hand_style"]]

    def penable(s):
        return hand.cover(hand.cover(s, caps_key), lower_key) if handw else s

    keep_acc = rng.random() < (0.45 if handw else 0.8)

    def up(s):
        s = s.upper()
        return penable(s if keep_acc else strip_accents(s))

    def title(s):
        return penable(s if keep_acc else strip_accents(s))

    name_caps = handw or rng.random() < 0.75
    w_surname = up(surname) if name_caps else title(surname.title())
    w_usage = None
    if usage and rng.random() < 0.85:
        w_usage = up(usage) if name_caps else title(usage.title())
    combs = style != "R2"
    given_caps = (combs and (handw or rng.random() < 0.6)) or rng.random() < 0.35
    w_given = up(given) if given_caps else title(given)
    town = penable(btown if keep_acc else strip_accents(btown))
    w_country = up(bcountry) if rng.random() < 0.5 else title(bcountry)
    nat = nat_f if sex == "F" or rng.random() < 0.15 else people.MASC.get(nat_f, nat_f)
    w_nat = up(nat) if rng.random() < 0.45 else title(nat.capitalize())
    street, pc, city = rng.choice(people.ADDRESSES)
    w_city = up(city) if rng.random() < 0.5 else title(city)
    comp = rng.choice(people.COMPLEMENTS) if rng.random() < 0.4 else ""
    phone = "0" + rng.choice("67") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    phone = rng.choice(
        [
            " ".join(phone[k : k + 2] for k in range(0, 10, 2)),
            phone,
            "+33 " + phone[1] + " " + " ".join(phone[k : k + 2] for k in (2, 4, 6, 8)),
        ]
    )
    mail_user = strip_accents(given.split()[0].split("-")[0].lower())
    words = surname.split()
    if len(words) > 1 and words[0] in ("DA", "DE", "EL", "BEN", "AÏT", "NGO", "VAN"):
        words = words[1:]
    mail_sur = strip_accents(words[0].lower()).replace("'", "")
    email = rng.choice(
        [
            f"{mail_user}.{mail_sur}@gmail.com",
            f"{mail_user}{dob.year % 100}@hotmail.fr",
            f"{mail_sur}.{mail_user}@yahoo.fr",
            f"{mail_user[0]}{mail_sur}@outlook.com",
        ]
    )
    nir = None
    if rng.random() < 0.16:
        nir = people.nir(sex, dob_s, code, rng.randint(1, 499))
    arrival = None
    if rng.random() < 0.6:
        arrival = as_of - timedelta(days=rng.randint(100, 420))
    sits, contract, employer, job, other = situation_for(rng, case)
    meant, dtext = sign_date(rng, case, as_of)
    place_city = city if rng.random() < 0.85 else rng.choice(people.ADDRESSES)[2]
    w_place = up(place_city) if rng.random() < 0.35 else title(place_city)
    if handw:
        dtext = penable(dtext) if dtext else dtext

    # ---- values per slot (what ends up written), shared by every fill way
    dob_mode = "box"
    if handw:
        dob_mode = rng.choices(["box", "nozero", "across", "slashes"], [50, 16, 17, 17])[0]
        if dob_mode == "nozero" and dob.day >= 10 and dob.month >= 10:
            dob_mode = "box"
        if dob_mode == "slashes" and style == "R2":
            dob_mode = "box"
    values = {
        "surname": w_surname,
        "usage_name": w_usage or "",
        "given_names": w_given,
        "dob": dob_cells(dob, dob_mode == "nozero"),
        "birth_place": town,
        "birth_country": w_country,
        "nationality": w_nat,
        "nir": nir or "",
        "address": penable(street if keep_acc else strip_accents(street)),
        "address2": penable(comp),
        "postcode": pc,
        "city": w_city,
        "phone": phone,
        "email": email,
        "employer": penable(employer or ""),
        "job": penable(job or ""),
        "other_text": penable(other or ""),
        "arrival": dob_cells(arrival, False) if arrival else "",
        "place": w_place,
        "date": dtext or "",
    }
    sep = rng.choice(["/", "/", "/", " ", "."]) if dob_mode == "across" else "/"
    runs = {"dob": f"{dob.day:02d}{sep}{dob.month:02d}{sep}{dob.year}"}
    if arrival:
        runs["arrival"] = fr_date(arrival, rng)
    ticks = [f"sex_{sex}"] + [f"sit_{s}" for s in sits]
    if contract:
        ticks.append(CT_SLOT[contract])
    it.update(
        values=values,
        dob_mode=dob_mode,
        hand_runs=runs,
        typed_runs=dict(runs),
        comb_mode="across" if handw and rng.random() < 0.15 else "cells",
    )
    if nir:
        it["typed_runs"]["nir"] = (
            f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
        )

    # ---- who writes what
    date_by = "hand" if paper and (handw or rng.random() < 0.45) else "typed"
    if case in ("crossed_out", "date_words"):
        date_by = "hand"
    page2_hand = {"place", "date"} if date_by == "hand" else set()
    hand_values, typed = {}, {}
    for k, v in values.items():
        (hand_values if (handw or k in page2_hand) else typed)[k] = v
    it["hand_values"] = hand_values
    it["hand_ticks"] = ticks if handw else []
    it["typed"] = typed if fill == "typed_print" else {}
    it["typed_ticks"] = ticks if fill == "typed_print" else []
    it["acro_values"] = typed if fill.startswith("acroform") else {}
    it["acro_ticks"] = ticks if fill.startswith("acroform") else []
    it["typed_font"] = rng.choice(["Arial", "Times", "Carlito", "Mono", "DejaVu"])
    it["typed_size"] = rng.uniform(9.0, 11.0)
    it["typed_comb"] = rng.choice(["cells", "cells", "run"])
    it["typed_tickmark"] = rng.choice(["x", "check"])
    it["typed_dx"] = rng.uniform(2, 8)
    it["acro_scheme"] = rng.choice(["lc", "simple"])
    it["acro_ap"] = fill == "acroform_printed" or rng.random() < 0.65
    it["crossed"] = None
    if case == "crossed_out":
        if rng.random() < 0.5 and meant:
            wrong = fr_date(meant - timedelta(days=rng.choice([1, 2, 30])), rng)
            it["crossed"] = {"date": wrong}
        else:
            wrong = rng.choice([a for a in people.ADDRESSES if a[2] != place_city])[2]
            it["crossed"] = {"place": wrong.upper() if w_place.isupper() else wrong}
        it["strike_zigzag"] = rng.random() < 0.4

    # ---- signature
    it["sign"] = "hand"
    if fill == "acroform":
        it["sign"] = "image"
    if case in ("unsigned", "label_only", "typed_name", "missing_page2"):
        it["sign"] = "none" if case != "missing_page2" or fill == "acroform" else "hand"
    if case == "stray_mark":
        it["sign"] = "stray"
        it["stray_kind"] = rng.choice(["dot", "tick"])
    it["sig_field"] = case == "typed_name"
    if case == "typed_name":
        it["acro_values"]["signature"] = f"{given.split()[0]} {surname.title()}"
    it["sig_given"], it["sig_surname"] = given, surname
    it["sig_style"] = rng.randint(0, 11)
    it["sig_scale"] = rng.uniform(0.45, 0.7)
    it["sig_dx"] = rng.uniform(0.2, 0.8)

    # ---- truth
    has_p2 = case != "missing_page2"
    signed = has_p2 and it["sign"] in ("hand", "image")
    sit_truth = "+".join(s for s in SIT_ORDER if s in sits) or None
    fields = {
        "surname": w_surname,
        "usage_name": w_usage,
        "given_names": w_given,
        "sex": sex,
        "date_of_birth": dob_s,
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": sit_truth,
        "contract_type": CT_TRUTH[contract] if contract else None,
        "signed": signed,
        "signed_on": iso(meant) if (meant and has_p2) else None,
        "date_text": dtext if has_p2 else None,
        "place": w_place if has_p2 else None,
        "nir": nir,
    }
    it["truth_fields"] = fields
    it["applicant"] = {"surname": w_surname, "given_names": w_given, "date_of_birth": dob_s}
    return it
