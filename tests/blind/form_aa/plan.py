"""The 40 forms of form_aa: case, fill way, print run, look, arrangement and values."""

import datetime as dt
import random
import unicodedata

from people import PEOPLE, nir_for

# (case, fill way) for the 40 forms before shuffling.
_MIX = (
    [("ok", "hand")] * 7
    + [("date_words", "hand"), ("unsigned", "hand"), ("label_only", "hand")]
    + [("stray_mark", "hand")] * 2
    + [("future_date", "hand"), ("us_date", "hand"), ("no_date", "hand"), ("none_ticked", "hand")]
    + [("ok", "typed_print")] * 5
    + [("future_date", "typed_print"), ("no_date", "typed_print"), ("two_ticked", "typed_print")]
    + [("us_date", "typed_print")]
    + [("ok", "acroform")] * 4
    + [("unsigned", "acroform"), ("two_ticked", "acroform"), ("future_date", "acroform")]
    + [("us_date", "acroform")]
    + [("ok", "acroform_printed")] * 4
    + [("date_words", "acroform_printed"), ("label_only", "acroform_printed")]
    + [("none_ticked", "acroform_printed")]
)

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
DEFECT = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "only a stray pen mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
SIT_ORDER = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
JOBS = [
    "aide-soignante",
    "développeur informatique",
    "serveur",
    "agent d'entretien",
    "ingénieur d'études",
    "chef de projet",
    "vendeuse",
    "cuisinier",
    "préparateur de commandes",
    "assistante de recherche",
    "chauffeur livreur",
    "infirmière",
    "post-doctorant",
    "consultant",
]
AUTRES = [
    "télétravail pour une société américaine",
    "conjoint de salarié détaché",
    "retraité(e) d'un régime étranger",
    "chercheur invité (bourse étrangère)",
    "au pair",
    "stagiaire (gratification)",
]
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
HAND_FONT_KEYS = ["dkg", "dkg", "dkg_it", "dancing", "dancing", "comic_it"]
TYPED_FONTS = ["Helvetica", "LiberationSans", "Courier", "LiberationMono", "Times-Roman"]
INKS = [(22, 38, 140), (18, 30, 95), (30, 30, 38), (40, 55, 170)]


def strip_accents(s):
    n = unicodedata.normalize("NFD", s)
    return "".join(c for c in n if unicodedata.category(c) != "Mn")


def date_text(d, fmt):
    if fmt == "slash":
        return f"{d:%d/%m/%Y}"
    if fmt == "short":
        return f"{d.day}/{d.month}/{d:%y}"
    if fmt == "dots":
        return f"{d.day}.{d.month:02d}.{d.year}"
    if fmt == "words":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS[d.month - 1]} {d.year}"
    if fmt == "us":
        return f"{d:%m/%d/%Y}"
    raise ValueError(fmt)


def _look(rng, fill):
    if fill == "acroform":
        return "text_pdf", "one_pdf"
    look = rng.choices(["scan", "image_pdf", "phone_photo"], [35, 30, 35])[0]
    if look == "scan":
        arr = rng.choices(["two_images", "two_images_p2_first"], [65, 35])[0]
    elif look == "image_pdf":
        arr = rng.choices(["one_pdf", "one_pdf_reversed", "two_pdfs"], [50, 25, 25])[0]
    else:
        arr = rng.choices(["phone_photos", "two_images_p2_first"], [70, 30])[0]
    return look, arr


def make_plan():
    mix = list(_MIX)
    random.Random(20261120).shuffle(mix)
    items = []
    for i, (case, fill) in enumerate(mix):
        rng = random.Random(f"form_aa-plan-{i}")
        if case == "unsigned":
            run = "R2"
        elif case == "label_only":
            run = ["R1", "R3"][i % 2]
        else:
            run = ["R1", "R2", "R3"][i % 3]
        look, arr = _look(rng, fill)
        items.append(
            dict(
                idx=i + 1,
                name=f"d{i + 1:03d}",
                case=case,
                fill=fill,
                run=run,
                look=look,
                arrangement=arr,
                person=PEOPLE[i],
            )
        )
    return items


def values(item):
    """The values put on the form, and the truth fields that follow from them."""
    rng = random.Random(f"form_aa-values-{item['idx']}")
    case, fill, run = item["case"], item["fill"], item["run"]
    (sur, usage, given, sex, dob, birthplace, nat, street, cp, commune, tel, email) = item["person"]
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    hand_fields = fill == "hand"
    caps_given = run != "R2" or rng.random() < 0.4
    drop = hand_fields and rng.random() < 0.5
    w_sur = strip_accents(sur) if drop else sur
    w_usage = (strip_accents(usage) if drop else usage) if usage else None
    w_given = given.upper() if caps_given else given
    if drop:
        w_given = strip_accents(w_given)
    if fill.startswith("acro") and not caps_given and rng.random() < 0.5:
        w_sur = sur.title()
        w_usage = usage.title() if usage else None
    commune_b, country = [t.strip() for t in birthplace.split(",")]
    nir = None
    if country in ("Algérie", "Viêt Nam", "Maroc", "Inde", "Turquie", "Colombie") and (
        rng.random() < 0.45
    ):
        nir = nir_for(sex, dob, country, rng.randint(1, 499))
    # situation
    if case == "none_ticked":
        ticks = []
    elif case == "two_ticked":
        ticks = rng.choice(
            [
                ["salarie", "etudiant"],
                ["sans_activite", "autre"],
                ["salarie", "independant"],
                ["demandeur_emploi", "sans_activite"],
            ]
        )
    else:
        ticks = [rng.choices(SIT_ORDER, [45, 6, 6, 8, 25, 10])[0]]
    contract = rng.choice(["CDI", "CDI", "CDD", "intérim"]) if "salarie" in ticks else None
    emploi = rng.choice(JOBS) if "salarie" in ticks or "independant" in ticks else None
    if "independant" in ticks and "salarie" not in ticks:
        emploi = rng.choice(["graphiste freelance", "traductrice", "VTC", "photographe"])
    autre = rng.choice(AUTRES) if "autre" in ticks else None
    # date and signature
    signed_on = as_of - dt.timedelta(days=rng.randint(2, 24))
    fmt = "words" if case == "date_words" else "slash"
    if fill == "hand" and case not in ("date_words", "us_date"):
        fmt = rng.choice(["slash", "slash", "short", "dots"])
    if case == "future_date":
        if rng.random() < 0.35:
            signed_on = signed_on.replace(year=2027)
        else:
            signed_on = as_of + dt.timedelta(days=rng.randint(4, 40))
    if case == "us_date":
        fmt = "us"
        while signed_on.day <= 12:
            signed_on -= dt.timedelta(days=1)
    text = None if case == "no_date" else date_text(signed_on, fmt)
    sig = {"unsigned": "none", "label_only": "none", "stray_mark": rng.choice(["dot", "mini_tick"])}
    sig = sig.get(case, "sig")
    place = commune if rng.random() < 0.85 else rng.choice(["Paris", "Lyon", "Marseille"])
    v = dict(
        nom=w_sur,
        nom_usage=w_usage or "",
        prenoms=w_given,
        sex=sex,
        ddn=dob[8:10] + dob[5:7] + dob[0:4],
        lieu_commune=commune_b,
        lieu_pays=country,
        nationalite=nat,
        nir=nir or "",
        adresse=street,
        cp=cp,
        commune=commune,
        tel=tel if rng.random() < 0.7 else tel.replace(" ", ""),
        email=email,
        ticks=ticks,
        contract=contract,
        emploi=emploi or "",
        autre_precision=autre or "",
        fait_a=place,
        le=text or "",
        sig=sig,
        sig_given=given,
        sig_surname=usage if usage and rng.random() < 0.6 else sur,
    )
    if item["run"] != "R2" and fill == "hand":
        for k in ("nom", "nom_usage", "prenoms"):
            v[k] = v[k].upper()
    if item["run"] != "R2" and fill == "typed_print":
        for k in ("nom", "nom_usage", "prenoms"):
            v[k] = v[k].upper()
    sits = [s for s in SIT_ORDER if s in ticks]
    fields = dict(
        surname=v["nom"],
        usage_name=v["nom_usage"] or None,
        given_names=v["prenoms"],
        sex=sex,
        date_of_birth=dob,
        employment_status=EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        situation="+".join(sits) or None,
        contract_type=contract,
        signed=sig == "sig",
        signed_on=None if text is None else signed_on.isoformat(),
        date_text=text,
        place=place,
        nir=nir,
    )
    return as_of, v, fields
