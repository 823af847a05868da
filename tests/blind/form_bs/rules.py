"""Truth conventions: situations, verdicts per case, NIR key, date checks."""

import datetime as dt

SITUATION = {
    "sit_salarie": "salarie",
    "sit_independant": "independant",
    "sit_demandeur": "demandeur_emploi",
    "sit_etudiant": "etudiant",
    "sit_sans_activite": "sans_activite",
    "sit_autre": "autre",
}
EMPLOYMENT = {
    "salarie": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "independant": "other",
    "autre": "other",
}
CT_TICK = {"CDI": "ct_cdi", "CDD": "ct_cdd", "intérim": "ct_interim"}
CT_LABEL = {"CDI": "CDI", "CDD": "CDD", "intérim": "Intérim"}
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
    "unsigned": "form not signed: the signature box is empty",
    "label_only": "form not signed: only the printed word 'Signature' in the box",
    "stray_mark": "form not signed: only a stray pen mark in the signature box",
    "future_date": "form dated after the audit date",
    "us_date": "form dated MM/DD/YYYY (US order), not DD/MM/YYYY",
    "no_date": "form not dated: the 'le' field is blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}


def nir_with_key(parts):
    """The 13 digits and their 2-digit key (97 - n mod 97); asserted."""
    n13 = "".join(parts)
    assert len(n13) == 13 and n13.isdigit(), n13
    key = 97 - int(n13) % 97
    assert 1 <= key <= 97
    assert (int(n13) + key) % 97 == 0
    return n13, f"{key:02d}"


def check_item(it):
    as_of = dt.date.fromisoformat(it["as_of"])
    assert dt.date(2026, 11, 16) <= as_of <= dt.date(2026, 12, 1), it["id"]
    if it["signed_on"]:
        signed = dt.date.fromisoformat(it["signed_on"])
        assert (signed > as_of) == (it["case"] == "future_date"), it["id"]
    if it["case"] == "us_date":
        mm_, dd_, _ = it["date_text"].split("/")
        assert int(dd_) > 12 and int(mm_) == dt.date.fromisoformat(it["signed_on"]).month
