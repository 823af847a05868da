"""The list of variants and how each one's values and truth are derived."""

from __future__ import annotations

import datetime as dt
import zlib

import numpy as np

# isort: split
import people as P

# fill ways
HAND = "hand"  # printed blank, filled with a pen
TYPED = "typed"  # typed on screen with a PDF editor's text tool, printed
FILLABLE = "fillable"  # the fillable PDF itself (AcroForm values)
FILLABLE_PRINT = "fillable_print"  # fillable PDF filled, printed, signed by hand
FLAT = "flat"  # filled then flattened/"printed to PDF": text layer

# cases -> verdict of a careful clerk for this form alone
CASES = {
    "ok": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "dot": "invalid",
    "short_tick": "invalid",
    "future": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "illegible_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}

S, I_, D, E, N, A = "salarie", "independant", "demandeur_emploi", "etudiant", "inactif", "autre"

# (fill, look, case, situation(s), contract, date style, extras)
TABLE = [
    # ---- by hand
    (HAND, "scan", "ok", S, "CDI", "slash", {}),
    (HAND, "scan", "ok", E, None, "short", {"ext": "png"}),
    (HAND, "scan", "ok", N, None, "dotted", {}),
    (HAND, "scan", "unsigned", D, None, "slash", {}),
    (HAND, "scan", "future", I_, None, "slash", {}),
    (HAND, "scan", "none_ticked", None, None, "slash", {}),
    (HAND, "scan", "ok", S, "CDD", "words", {"order": "reverse"}),
    (HAND, "scan", "dot", N, None, "slash", {"ext": "png"}),
    (HAND, "image_pdf", "ok", S, "CDI", "slash", {}),
    (HAND, "image_pdf", "ok", D, None, "nopad", {}),
    (HAND, "image_pdf", "us_date", E, None, "us", {}),
    (HAND, "image_pdf", "two_ticked", (S, E), "CDD", "slash", {}),
    (HAND, "image_pdf", "ok", I_, None, "dotted", {"order": "reverse"}),
    (HAND, "image_pdf", "label_only", S, "CDI", "slash", {}),
    (HAND, "image_pdf", "no_date", N, None, "slash", {}),
    (HAND, "image_pdf", "ok", A, None, "slash", {"photocopy": True}),
    (HAND, "phone_photo", "ok", S, "CDI", "slash", {}),
    (HAND, "phone_photo", "ok", N, None, "words", {}),
    (HAND, "phone_photo", "ok", E, None, "slash", {"rot": 1}),
    (HAND, "phone_photo", "short_tick", D, None, "slash", {}),
    (HAND, "phone_photo", "future", S, "CDD", "dotted", {}),
    (HAND, "phone_photo", "ok", I_, None, "short", {"rot": 2}),
    (HAND, "phone_photo", "illegible_date", S, "CDI", "slash", {}),
    (HAND, "phone_photo", "two_ticked", (D, N), None, "slash", {}),
    (HAND, "phone_photo", "ok", D, None, "dash", {"order": "reverse"}),
    (HAND, "phone_photo", "us_date", N, None, "us", {}),
    (HAND, "phone_photo", "unsigned", E, None, "slash", {}),
    (HAND, "scan", "ok", S, "autre", "slash", {"bilevel": True}),
    (HAND, "image_pdf", "ok", N, None, "slash", {"files": "pdfs"}),
    (HAND, "phone_photo", "ok", S, "CDI", "words", {"rot": 3}),
    # ---- typed on screen, printed, signed by hand, scanned or photographed
    (TYPED, "image_pdf", "ok", S, "CDI", "slash", {}),
    (TYPED, "image_pdf", "ok", E, None, "slash", {"date_hand": True}),
    (TYPED, "image_pdf", "unsigned", N, None, "slash", {}),
    (TYPED, "image_pdf", "ok", I_, None, "slash", {"order": "reverse"}),
    (TYPED, "image_pdf", "no_date", D, None, "slash", {}),
    (TYPED, "scan", "ok", S, "CDD", "slash", {}),
    (TYPED, "scan", "future", E, None, "slash", {}),
    (TYPED, "scan", "none_ticked", None, None, "slash", {"ext": "png"}),
    (TYPED, "scan", "ok", N, None, "dotted", {"date_hand": True, "order": "reverse"}),
    (TYPED, "phone_photo", "ok", D, None, "slash", {}),
    (TYPED, "phone_photo", "label_only", S, "CDI", "slash", {}),
    (TYPED, "phone_photo", "ok", A, None, "words", {"date_hand": True, "rot": 1}),
    # ---- the fillable PDF itself
    (
        FILLABLE,
        "text_pdf",
        "ok",
        S,
        "CDI",
        "slash",
        {"scheme": "snake", "ap": True, "sig": "image"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "unsigned",
        E,
        None,
        "slash",
        {"scheme": "camel", "ap": True, "sig": "none"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "ok",
        N,
        None,
        "slash",
        {"scheme": "livecycle", "ap": False, "sig": "ink"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "ok",
        D,
        None,
        "slash",
        {"scheme": "generic", "ap": True, "sig": "image"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "ok",
        I_,
        None,
        "slash",
        {"scheme": "snake", "ap": False, "sig": "image"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "future",
        S,
        "CDD",
        "slash",
        {"scheme": "camel", "ap": True, "sig": "image"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "us_date",
        S,
        "CDI",
        "us",
        {"scheme": "livecycle", "ap": True, "sig": "image"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "unsigned",
        N,
        None,
        "slash",
        {"scheme": "generic", "ap": False, "sig": "none"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "two_ticked",
        (S, I_),
        "CDI",
        "slash",
        {"scheme": "camel", "ap": False, "sig": "ink"},
    ),
    (
        FILLABLE,
        "text_pdf",
        "no_date",
        E,
        None,
        "slash",
        {"scheme": "snake", "ap": True, "sig": "image"},
    ),
    # ---- fillable PDF filled, printed, signed with a pen
    (FILLABLE_PRINT, "image_pdf", "ok", S, "CDI", "slash", {}),
    (FILLABLE_PRINT, "image_pdf", "ok", N, None, "slash", {"date_hand": True}),
    (FILLABLE_PRINT, "scan", "ok", E, None, "words", {"date_hand": True}),
    (FILLABLE_PRINT, "scan", "dot", D, None, "slash", {}),
    (
        FILLABLE_PRINT,
        "phone_photo",
        "ok",
        I_,
        None,
        "short",
        {"date_hand": True, "order": "reverse"},
    ),
    (FILLABLE_PRINT, "image_pdf", "ok", S, "CDD", "slash", {"order": "reverse"}),
    # ---- filled and flattened ("imprimer en PDF"), text layer
    (FLAT, "text_pdf", "ok", S, "CDI", "slash", {"sig": "image"}),
    (FLAT, "text_pdf", "ok", N, None, "slash", {"sig": "ink"}),
    (FLAT, "text_pdf", "unsigned", D, None, "slash", {"sig": "none"}),
    (FLAT, "text_pdf", "none_ticked", None, None, "slash", {"sig": "image"}),
]

SHORT = {
    HAND: "main",
    TYPED: "saisi",
    FILLABLE: "remplissable",
    FILLABLE_PRINT: "rempli_imprime",
    FLAT: "aplati",
}


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def _date_text(d: dt.date, style: str) -> str:
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "short":
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if style == "dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "nopad":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "words":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {P.MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


def dates(case: str, style: str, rng: np.random.Generator):
    """Return (as_of, sign_date)."""
    start = dt.date(2026, 11, 2)
    as_of = start + dt.timedelta(days=int(rng.integers(0, 47)))
    if case == "future":
        sign = as_of + dt.timedelta(days=int(rng.integers(4, 30)))
    elif style == "us":
        sign = dt.date(2026, 11, int(rng.integers(13, 29)))
        as_of = sign + dt.timedelta(days=int(rng.integers(1, 12)))
    else:
        sign = as_of - dt.timedelta(days=int(rng.integers(0, 22)))
    if style == "words" and case == "ok" and rng.random() < 0.35:
        sign = dt.date(as_of.year, as_of.month, 1) if as_of.day > 1 else sign
    return as_of, sign


class Variant:
    def __init__(self, idx: int, row):
        fill, look, case, sit, contract, dstyle, extra = row
        self.idx = idx
        self.fill, self.look, self.case = fill, look, case
        self.sit = sit
        self.contract = contract
        self.dstyle = dstyle
        self.extra = extra
        self.person = P.PEOPLE[idx % len(P.PEOPLE)]
        sur = P.strip_accents(self.person[0]).lower().replace(" ", "-").replace("'", "")
        self.name = f"form_f_{idx + 1:02d}_{SHORT[fill]}_{look}_{case}_{sur}"
        self.seed = seed_of(self.name)
        self.rng = np.random.default_rng(self.seed)
        self.as_of, self.sign = dates(case, dstyle, self.rng)
        # when the files were made (scanned, saved): never after the audit date
        self.meta_date = min(self.sign, self.as_of)

    # -------------------------------------------------------------- values
    def situations(self):
        if self.sit is None:
            return []
        return list(self.sit) if isinstance(self.sit, tuple) else [self.sit]

    def build(self):
        """Return (values, checks, truth_fields, form_status)."""
        rng = self.rng
        sur, usage, given, sex, dob, town, country, nat = self.person
        handish = self.fill == HAND
        caps = (handish and rng.random() < 0.7) or (not handish and rng.random() < 0.4)
        given_w = given.upper() if (caps or rng.random() < 0.3) else given
        # a married woman sometimes leaves the usage name blank
        usage_w = usage if (usage and rng.random() < 0.8) else None
        addr = P.ADDRESSES[(self.idx * 7) % len(P.ADDRESSES)]
        street, compl, cp, city = addr

        def cap(s):
            return s.upper() if caps else s

        email_user = P.strip_accents(given.split()[0]).lower().replace("'", "")
        email_sur = P.strip_accents(sur.split()[0]).lower().replace("'", "")
        domain = ["gmail.com", "yahoo.fr", "outlook.fr", "hotmail.com", "orange.fr", "free.fr"][
            self.idx % 6
        ]
        email = f"{email_user}.{email_sur}{self.idx % 7 if self.idx % 3 == 0 else ''}@{domain}"
        ph = 600000000 + (self.seed % 99999999)
        tel_styles = [
            (
                f"0{ph // 100000000} {ph // 1000000 % 100:02d} {ph // 10000 % 100:02d} "
                f"{ph // 100 % 100:02d} {ph % 100:02d}"
            ),
            f"0{ph}",
            (
                f"+33 {ph // 100000000} {ph // 1000000 % 100:02d} "
                f"{ph // 10000 % 100:02d} {ph // 100 % 100:02d} {ph % 100:02d}"
            ),
        ]
        tel = tel_styles[self.idx % 3]
        d = dob.split("-")
        nat_w = nat.capitalize() if not caps else nat.upper()
        values = {
            "nom_naissance": sur,
            "nom_usage": usage_w or "",
            "prenoms": given_w,
            "lieu_commune": cap(town),
            "lieu_pays": cap(country),
            "nationalite": nat_w,
            "date_naissance": d[2] + d[1] + d[0],
            "date_naissance_typed": rng.choice(
                [f"{d[2]} {d[1]} {d[0]}", f"{d[2]}/{d[1]}/{d[0]}", f"{d[2]}  {d[1]}  {d[0]}"]
            ),
            "adresse": cap(street),
            "adresse2": cap(compl),
            "code_postal": cp,
            "commune": cap(city),
            "telephone": tel if rng.random() < 0.85 else "",
            "email": email if rng.random() < 0.8 else "",
            "fait_a": city if rng.random() < 0.6 else cap(city),
        }
        nir = None
        if country in P.INSEE_COUNTRY and self.idx % 2 == 0:
            body, key = P.make_nir(sex, dob, country, 100 + self.idx * 3)
            values["nir"] = body
            values["nir_cle"] = key
            values["nir_spaced"] = (
                f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]}"
            )
            nir = body + key
        checks = {"sexe_f" if sex == "F" else "sexe_m"}
        sits = self.situations()
        contract = self.contract
        for s in sits:
            checks.add(
                {
                    "salarie": "sit_salarie",
                    "independant": "sit_independant",
                    "demandeur_emploi": "sit_demandeur",
                    "etudiant": "sit_etudiant",
                    "inactif": "sit_inactif",
                    "autre": "sit_autre",
                }[s]
            )
            if s == "salarie":
                job, emp = P.EMPLOYERS[self.idx % len(P.EMPLOYERS)]
                if contract == "autre":
                    job = "Préparateur de commandes (intérim)"
                    emp = "Interim Plus Agence de Lyon"
                values["profession"] = cap(job)
                values["employeur"] = cap(emp)
                checks.add(
                    {"CDI": "contrat_cdi", "CDD": "contrat_cdd", "autre": "contrat_autre"}[contract]
                )
            elif s == "independant":
                values["activite_indep"] = cap(P.INDEPS[self.idx % len(P.INDEPS)])
                values["siret"] = P.make_siret(self.idx + 11)
            elif s == "etudiant":
                values["etablissement"] = cap(P.SCHOOLS[self.idx % len(P.SCHOOLS)])
            elif s == "autre":
                values["autre_precision"] = cap(P.OTHERS[self.idx % len(P.OTHERS)])
        # date of signature
        date_text = None
        signed_on = None
        if self.case not in ("no_date", "illegible_date"):
            date_text = _date_text(self.sign, self.dstyle)
            signed_on = self.sign.isoformat()
            values["date_signature"] = date_text
        elif self.case == "illegible_date":
            values["date_signature"] = _date_text(self.sign, self.dstyle)
        # employment status
        if len(sits) == 1:
            s = sits[0]
            status = {
                "salarie": "employed",
                "independant": "employed",
                "demandeur_emploi": "not_employed",
                "etudiant": "not_employed",
                "inactif": "not_employed",
                "autre": "other",
            }[s]
            situation = s
        else:
            status = None
            situation = "none" if not sits else "several"
        signed = self.case not in ("unsigned", "label_only", "dot", "short_tick")
        fields = {
            "surname": sur,
            "usage_name": usage_w,
            "given_names": given_w,
            "sex": sex,
            "date_of_birth": dob,
            "employment_status": status,
            "situation": situation,
            "contract_type": contract if "salarie" in sits else None,
            "signed": signed,
            "signed_on": signed_on,
            "date_text": date_text,
            "place": values["fait_a"],
            "nir": nir,
        }
        return values, checks, fields, CASES[self.case]


def all_variants():
    return [Variant(i, row) for i, row in enumerate(TABLE)]
