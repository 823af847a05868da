"""Shared helpers of the packet builders. Each builder writes its files through `o`
(generate.Out) and returns the truth (without `documents`, which `o` collects)."""

from __future__ import annotations

import docs_fin as F
import docs_id as I

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
}


def _truth(as_of, employed, p, req=None, status="complete", defect=None):
    r = dict(ALL_OK, employment="complete" if employed else "not_applicable")
    r.update(req or {})
    return {
        "as_of": as_of,
        "employed": employed,
        "status": status,
        "requirements": r,
        "defect": defect,
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given"],
            "date_of_birth": p["dob"],
        },
    }


def _pp_style(**kw):
    base = dict(
        bg=(232, 228, 238),
        guill=(214, 206, 226),
        ink=(40, 30, 90),
        skin=(120, 80, 55),
        lab_type="Type / Type",
        lab_code="Code du pays / Country code",
        lab_no="N° du passeport / Passport No.",
        lab_surname="Nom / Surname",
        lab_given="Prénoms / Given names",
        lab_nat="Nationalité / Nationality",
        lab_dob="Date de naissance / Date of birth",
        lab_sex="Sexe / Sex",
        lab_pob="Lieu de naissance / Place of birth",
        lab_issue="Date de délivrance / Date of issue",
        lab_exp="Date d'expiration / Date of expiry",
        lab_auth="Autorité / Authority",
        date=I.fr_date_dual,
    )
    base.update(kw)
    return base


def _bills(o, person, provider, months, holder_title, client, amounts, fmt_name, looks):
    last = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30}
    for m, amount, look in zip(months, amounts, looks, strict=True):
        start, end = f"2026-{m:02d}-01", f"2026-{m:02d}-{last[m]}"
        issue = f"2026-{m + 1:02d}-0{3 + m % 4}"
        b = dict(
            provider=provider,
            number=f"{client[-4:]}{m:02d}26{o.rng.randint(100, 999)}",
            issue=issue,
            client=client,
            holder_print=person["holder"],
            street=person["street"],
            cp=person["cp"],
            city=person["city"],
            amount=amount,
            debit=f"2026-{m + 1:02d}-1{m % 9}",
            start=start,
            end=end,
        )
        if provider == "EDF":
            ht = round(amount / 1.2, 2)
            b["lines"] = [
                ("Abonnement (1 mois)", round(ht * 0.28, 2)),
                (f"Consommation {o.rng.randint(180, 260)} kWh", round(ht * 0.55, 2)),
                ("Taxes et contributions (accise, CTA)", round(ht * 0.17, 2)),
                ("TVA", round(amount - ht, 2)),
            ]
        else:
            b["lines"] = [
                (f"Abonnement {F.MONTHS[m - 1]} 2026", amount - 0.0),
                ("Communications incluses", 0.0),
            ]
        fname = fmt_name(m)
        page = F.bill(b, o.rng)
        if look == "text_pdf":
            o.text_pdf([page], fname, f"Facture {provider}", provider)
        else:
            o.photo(page, fname, rot=look[1])
        fields = F.bill_fields(b)
        fields["holder_name"] = person["holder"].replace(holder_title, "").strip()
        o.doc(
            [(fname, [1])],
            "utility_bill",
            look if isinstance(look, str) else "phone_photo",
            fields,
            f"{provider} bill for {F.MONTHS[m - 1]} 2026",
        )


def _form(o, p, look, run, fill, files):
    pages = I.form_pages(p, o.rng, run, fill)
    if look == "scan":
        o.scan(pages[0], files[0], 200)
        o.scan(pages[1], files[1], 200)
        fl = [(files[0], [1]), (files[1], [1])]
    elif look == "image_pdf":
        o.image_pdf(pages, files[0])
        fl = [(files[0], [1, 2])]
    elif look == "text_pdf":
        o.text_pdf(pages, files[0], "Demande d'ouverture des droits", "")
        fl = [(files[0], [1, 2])]
    else:
        o.photo(pages[0], files[0], 0)
        o.photo(pages[1], files[1], 90)
        fl = [(files[0], [1]), (files[1], [1])]
    o.doc(
        fl,
        "application_form",
        look,
        I.form_fields(p),
        f"cerfa 15763*02, fill {fill}, print run {run}",
    )
