"""Single documents over the fifteen types and the five looks."""

from __future__ import annotations

import datetime as dt
import random

import bankform as BF
import bills as B
import civil as C0
import civil2 as C2
import civil3 as C
import data as D
import frdocs as F
import ids as I
from emit import LOOKS, Writer
from render import Page

ALL = D.PEOPLE + D.EXTRA


def _row(iso, k=0):
    rows = [r for r in ALL if r[0] == iso]
    return rows[k % len(rows)]


def _person(rng, iso, k=0):
    dob = dt.date(rng.randint(1968, 2003), rng.randint(1, 12), rng.randint(1, 28))
    return C2.person(rng, _row(iso, k), dob)


def _letter(rng, per, addr, as_of):
    """An unrelated letter (CAF / tax), type unknown."""
    p = Page()
    kind = rng.choice(["caf", "impots"])
    if kind == "caf":
        p.text(40, 60, "caf", "sans-b", 26, (0, 100, 170))
        p.text(40, 80, "Caisse d'allocations familiales de Paris", "sans", 9)
        title = "Attestation de paiement"
        body = (
            "Nous vous informons qu'aucune prestation n'a été versée sur la période "
            "demandée. Numéro allocataire : " + str(rng.randint(1000000, 9999999)) + "."
        )
    else:
        p.text(40, 60, "impots.gouv.fr", "sans-b", 20, (0, 0, 145))
        p.text(40, 80, "Direction générale des Finances publiques", "sans", 9)
        title = "Accusé de réception de votre déclaration en ligne"
        body = (
            "Votre déclaration des revenus a bien été enregistrée. Numéro fiscal : "
            f"{rng.randint(10**12, 10**13 - 1)}."
        )
    y = 130
    for ln in [f"{per['given']} {per['surname'].upper()}"] + D.addr_lines(addr):
        p.text(330, y, ln, "sans", 10)
        y += 14
    p.text(40, 240, title, "sans-b", 14)
    p.para(40, 270, body, 515, "sans", 10.5)
    p.text(40, 330, f"Le {D.fr(as_of - dt.timedelta(days=20))}", "sans", 10)
    return [p], {}


def _entries():
    """(type, look, maker(rng, as_of) -> (pages|image, fields, person, notes))."""
    E = []
    pass_iso = [
        "USA",
        "IND",
        "CHN",
        "MAR",
        "COL",
        "TUR",
        "PHL",
        "DZA",
        "SEN",
        "VNM",
        "JPN",
        "LBN",
        "HTI",
        "CMR",
    ]
    for i, iso in enumerate(pass_iso):

        def mk(rng, as_of, iso=iso, i=i):
            per = _person(rng, iso, i)
            exp = D.add_months(as_of, rng.randint(-8, 100))
            bad = i == 5
            pages, f = I.passport(
                rng, per, D.passport_number(rng, iso), D.add_months(exp, -120), exp, bad_mrz=bad
            )
            note = "MRZ expiry check digit misprinted" if bad else ""
            if exp < as_of:
                note = "passport expired at as_of"
            return pages, f, per, f"{iso} passport data page. {note}".strip()

        E.append(("passport", LOOKS[(i + 1) % 5], mk))
    for i, iso in enumerate(["FRA", "ITA", "ESP", "DEU", "PRT"]):

        def mk(rng, as_of, iso=iso, i=i):
            if iso == "FRA":
                s, g, sx = D.FRENCH[i + 2]
                per = {
                    "nat": "FRA",
                    "surname": s,
                    "given": g,
                    "sex": sx,
                    "birthplace": "Rennes",
                    "dob": dt.date(rng.randint(1970, 2000), 6, 2),
                }
            else:
                per = _person(rng, iso, i)
            num = f"{rng.choice('CDEFXY')}{rng.choice('ABKL')}{rng.randint(1000000, 9999999)}"
            pages, f = I.id_card(
                rng, per, num, D.add_months(as_of, rng.randint(10, 90)), D.add_months(as_of, -20)
            )
            return pages, f, per, f"{iso} identity card, front and back"

        E.append(("national_id", ["scan", "phone_photo", "image_pdf", "screenshot", "scan"][i], mk))
    cats = I.VISA_CATS
    for i, iso in enumerate(["USA", "IND", "DZA", "BRA", "CAN", "MEX"]):

        def mk(rng, as_of, iso=iso, i=i):
            per = _person(rng, iso, i + 1)
            vf = as_of - dt.timedelta(days=rng.randint(60, 330))
            vt = "C" if i == 5 else "D"
            vu = (
                D.add_months(vf, 12) - dt.timedelta(days=1)
                if vt == "D"
                else vf + dt.timedelta(days=89)
            )
            cat = cats[i % len(cats)] if vt == "D" else "TOURISME"
            pages, f = I.visa(rng, per, D.passport_number(rng, iso), vf, vu, cat, vt)
            return pages, f, per, "type C short-stay visa" if vt == "C" else "VLS-TS sticker"

        E.append(
            (
                "long_stay_visa",
                ["phone_photo", "scan", "image_pdf", "screenshot", "phone_photo", "scan"][i],
                mk,
            )
        )
    for i, iso in enumerate(["MAR", "TUN", "SEN", "VNM", "CIV", "UKR"]):

        def mk(rng, as_of, iso=iso, i=i):
            per = _person(rng, iso, i)
            addr = D.ADDRESSES[(i * 5) % len(D.ADDRESSES)]
            if i % 3 == 2:
                ri = as_of - dt.timedelta(days=rng.randint(10, 100))
                pages, f = I.recepisse(
                    rng,
                    per,
                    ri,
                    D.add_months(ri, 4),
                    addr,
                    rng.choice(
                        ["PRÉFECTURE DU RHÔNE", "PRÉFECTURE DU NORD", "PRÉFECTURE DE POLICE"]
                    ),
                )
                return pages, f, per, "récépissé (no MRZ)"
            tf = as_of - dt.timedelta(days=rng.randint(30, 300))
            pages, f = I.titre_sejour(
                rng,
                per,
                tf,
                D.add_months(tf, 12 * rng.choice([1, 4, 10])),
                rng.choice(["SALARIE", "ETUDIANT", "RESIDENT"]),
                addr,
            )
            return pages, f, per, "titre de séjour TD1"

        E.append(
            (
                "residence_permit",
                ["scan", "phone_photo", "text_pdf", "screenshot", "image_pdf", "phone_photo"][i],
                mk,
            )
        )
    birth = [
        "DZA",
        "MAR",
        "TUN",
        "SEN",
        "CIV",
        "CMR",
        "MLI",
        "BRA",
        "COL",
        "MEX",
        "USA",
        "GBR",
        "IND",
        "PHL",
        "TUR",
        "UKR",
        "CHN",
        "COD",
        "HTI",
        "DZA",
    ]
    for i, iso in enumerate(birth):

        def mk(rng, as_of, iso=iso, i=i):
            per = _person(rng, iso, i)
            issued = D.add_months(as_of, -rng.randint(2, 30))
            if C.BY_COUNTRY[iso] is C0.africa and i % 2 == 0:
                pages, f = C0.africa(rng, per, issued, hand=rng.choice(["hand3", "hand4", "hand5"]))
            else:
                pages, f = C.BY_COUNTRY[iso](rng, per, issued)
            return pages, f, per, f"{iso} birth certificate (single document, no apostille here)"

        E.append(("birth_certificate", LOOKS[i % 5], mk))
    for i, iso in enumerate(["USA", "COL", "BRA", "UKR", "CHN", "MAR", "IND"]):

        def mk(rng, as_of, iso=iso, i=i):
            pages, f = C2.apostille(rng, iso, D.add_months(as_of, -rng.randint(1, 12)), i % 2 == 0)
            per = _person(rng, iso, 0)
            return pages, f, per, "apostille (Hague 1961, 10 items)"

        E.append(("apostille", LOOKS[(i + 2) % 5], mk))
    for i, (iso, lang) in enumerate(
        [("COL", "es"), ("BRA", "pt"), ("TUR", "tr"), ("CHN", "zh"), ("UKR", "uk")]
    ):

        def mk(rng, as_of, iso=iso, lang=lang, i=i):
            per = _person(rng, iso, 1)
            pages, f = C2.translation(rng, per, lang, iso, as_of - dt.timedelta(days=30), {})
            return pages, f, per, f"sworn translation from {lang}"

        E.append(("translation", LOOKS[i % 5], mk))
    provs = ["edf", "engie", "total", "free", "sfr", "orange", "bouygues", "eau", "veolia"]
    for i, prov in enumerate(provs + ["free", "sfr", "edf", "engie"]):

        def mk(rng, as_of, prov=prov, i=i):
            per = _person(rng, ALL[i % len(ALL)][0], i)
            holder = f"{per['given']} {per['surname']}"
            civ = "M." if per["sex"] == "M" else "Mme"
            addr = D.ADDRESSES[i % len(D.ADDRESSES)]
            m = D.add_months(as_of.replace(day=1), -rng.randint(1, 4))
            if i >= len(provs) and prov in ("free", "sfr"):
                im, f = B.app_screenshot(
                    rng, prov, holder, addr, m.year, m.month, round(rng.uniform(20, 50), 2)
                )
                return im, f, per, "bill in the provider's app"
            if i >= len(provs):
                pages, f = B.attestation_titulaire(
                    rng,
                    prov,
                    holder,
                    civ,
                    addr,
                    D.add_months(as_of, -rng.randint(5, 30)),
                    as_of - dt.timedelta(days=rng.randint(2, 20)),
                )
                return pages, f, per, "attestation de titulaire de contrat (not a bill)"
            if prov in ("eau", "veolia"):
                st = D.add_months(m, -2)
                pages, f = B.bill(
                    rng,
                    prov,
                    holder,
                    civ,
                    addr,
                    st,
                    D.month_end(m.year, m.month),
                    D.month_end(m.year, m.month) + dt.timedelta(days=12),
                    round(rng.uniform(60, 140), 2),
                )
                return pages, f, per, "quarterly water bill"
            pages, f = B.monthly(
                rng, prov, holder, civ, addr, m.year, m.month, round(rng.uniform(20, 130), 2)
            )
            return pages, f, per, ""

        look = [
            "text_pdf",
            "scan",
            "phone_photo",
            "text_pdf",
            "image_pdf",
            "text_pdf",
            "screenshot",
            "scan",
            "text_pdf",
            "screenshot",
            "screenshot",
            "text_pdf",
            "phone_photo",
        ][i]
        E.append(("utility_bill", look, mk))
    for i in range(4):

        def mk(rng, as_of, i=i):
            per = _person(rng, ALL[(i * 7) % len(ALL)][0], i)
            addr = D.ADDRESSES[(i + 3) % len(D.ADDRESSES)]
            start = D.add_months(as_of, -rng.randint(2, 20)).replace(day=1)
            ten = [f"{per['given']} {per['surname'].upper()}"]
            pages, f = F.lease(
                rng,
                ten,
                "SCI du Parc",
                addr,
                start,
                rng.randint(500, 1500),
                start - dt.timedelta(days=6),
            )
            return pages, f, per, "bail loi 1989"

        E.append(("lease", ["text_pdf", "image_pdf", "phone_photo", "scan"][i], mk))
    for i in range(5):

        def mk(rng, as_of, i=i):
            per = _person(rng, ALL[(i * 5 + 2) % len(ALL)][0], i)
            s, g, sx = D.FRENCH[(i + 1) % len(D.FRENCH)]
            addr = D.ADDRESSES[(i + 7) % len(D.ADDRESSES)]
            pages, f = F.hosting(
                rng,
                f"{g} {s}",
                dt.date(1980, 1, 9 + i),
                "Lyon",
                f"{per['given']} {per['surname']}",
                per["dob"],
                addr,
                D.add_months(as_of, -rng.randint(4, 14)),
                as_of - dt.timedelta(days=rng.randint(2, 15)),
                i % 2 == 0,
                signed=i != 3,
            )
            return pages, f, per, "handwritten" if i % 2 == 0 else "typed"

        E.append(
            (
                "hosting_attestation",
                ["scan", "text_pdf", "phone_photo", "image_pdf", "screenshot"][i],
                mk,
            )
        )
    for i in range(5):

        def mk(rng, as_of, i=i):
            per = _person(rng, ALL[(i * 3 + 1) % len(ALL)][0], i)
            m = D.add_months(as_of.replace(day=1), -1 - i % 2)
            pages, f = F.payslip(
                rng,
                F.EMPLOYERS[i],
                f"{per['given']} {per['surname'].upper()}",
                D.ADDRESSES[i],
                m.year,
                m.month,
                float(rng.randint(1800, 5200)),
                "Technicien",
                D.add_months(as_of, -14),
            )
            return pages, f, per, "bulletin de paie clarifié"

        E.append(("payslip", ["text_pdf", "image_pdf", "phone_photo", "screenshot", "scan"][i], mk))
    for i in range(4):

        def mk(rng, as_of, i=i):
            per = _person(rng, ALL[(i * 4 + 3) % len(ALL)][0], i)
            ct = "CDI" if i % 2 == 0 else "CDD"
            st = D.add_months(as_of, -rng.randint(1, 10))
            pages, f = F.contract(
                rng,
                F.EMPLOYERS[(i + 2) % 5],
                f"{per['given']} {per['surname'].upper()}",
                per["dob"],
                per["nat"],
                ct,
                "Assistant(e) de gestion",
                st,
                D.add_months(st, 12) if ct == "CDD" else None,
            )
            return pages, f, per, ct

        E.append(("employment_contract", ["text_pdf", "scan", "image_pdf", "phone_photo"][i], mk))
    banks = ["bnp", "sg", "ca", "cm", "lcl", "lbp", "cic", "ce", "bourso", "revolut", "wise"]
    for i, bk in enumerate(banks):

        def mk(rng, as_of, bk=bk, i=i):
            per = _person(rng, ALL[(i * 2 + 5) % len(ALL)][0], i)
            holder = f"{per['given']} {per['surname']}"
            if bk in ("revolut", "wise", "n26"):
                acct = D.make_neo_account(rng, bk)
                im, f = BF.neobank(rng, bk, acct, holder)
                return im, f, per, "neobank screen, non-French SEPA IBAN"
            acct = D.make_fr_account(rng, bk)
            if i == 4:
                s, g, _ = D.FRENCH[3]
                holder = f"M. OU MME {per['surname'].upper()} {per['given'].upper()} OU {g} {s}"
            pages, f = BF.rib(
                rng,
                bk,
                acct,
                holder,
                D.ADDRESSES[i % len(D.ADDRESSES)],
                D.break_iban(acct["iban"]) if i == 7 else None,
            )
            if i == 4:
                f["holder_name"] = f"{per['surname'].upper()} {per['given'].upper()} OU {g} {s}"
            return (
                pages,
                f,
                per,
                "joint account" if i == 4 else ("IBAN check digits wrong" if i == 7 else ""),
            )

        look = [
            "text_pdf",
            "scan",
            "phone_photo",
            "text_pdf",
            "image_pdf",
            "screenshot",
            "text_pdf",
            "scan",
            "text_pdf",
            "screenshot",
            "screenshot",
        ][i]
        E.append(("rib", look, mk))
    for i, mode in enumerate(["hand", "typed", "acro", "hand", "typed", "hand"]):

        def mk(rng, as_of, mode=mode, i=i):
            per = _person(rng, ALL[(i * 6 + 4) % len(ALL)][0], i)
            emp = i % 2 == 1
            so = as_of - dt.timedelta(days=rng.randint(0, 10))
            pages, f, cb = BF.cerfa(
                rng,
                per,
                D.ADDRESSES[(i + 9) % len(D.ADDRESSES)],
                emp,
                "Serveur",
                "CDI",
                so,
                mode,
                signed=i != 3,
                usage_name="MARTIN" if i == 5 else "",
            )
            return (pages, cb), f, per, f"cerfa filled {mode}"

        look = {
            0: "phone_photo",
            1: "text_pdf",
            2: "text_pdf",
            3: "scan",
            4: "screenshot",
            5: "image_pdf",
        }[i]
        E.append(("application_form", look, mk))
    for i in range(4):

        def mk(rng, as_of, i=i):
            per = _person(rng, ALL[(i * 9 + 1) % len(ALL)][0], i)
            addr = D.ADDRESSES[(i + 11) % len(D.ADDRESSES)]
            if i < 2:
                m = D.add_months(as_of.replace(day=1), -1)
                pages, f = F.quittance(
                    rng,
                    f"{per['given']} {per['surname']}",
                    "Mme Odile Perrin",
                    addr,
                    m.year,
                    m.month,
                    720,
                )
                return pages, f, per, "quittance de loyer: a receipt, not a lease"
            pages, f = _letter(rng, per, addr, as_of)
            return pages, f, per, "unrelated administrative letter"

        E.append(("unknown", ["phone_photo", "text_pdf", "scan", "image_pdf"][i], mk))
    return E


def build_all(out_dir: str) -> list[str]:
    import json

    names = []
    for k, (typ, look, mk) in enumerate(_entries()):
        name = f"d{k + 1:03d}"
        rng = random.Random(f"set_p/{name}")
        as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
        res, fields, per, notes = mk(rng, as_of)
        w = Writer(f"{out_dir}/documents/{name}", rng)
        fname = {"text_pdf": typ, "image_pdf": "scan_" + typ}.get(look)
        acro = None
        if isinstance(res, tuple):
            res, acro = res
        if not isinstance(res, list):
            files = w.write_image(res)
        else:
            files = w.write([res], look, fname, acro=acro)[0]
        truth = {
            "as_of": as_of.isoformat(),
            "employed": None,
            "status": None,
            "requirements": None,
            "defect": None,
            "applicant": {
                "surname": per["surname"].upper(),
                "given_names": per["given"].upper(),
                "date_of_birth": per["dob"].isoformat(),
            },
            "documents": [
                {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}
            ],
        }
        with open(f"{out_dir}/documents/{name}.truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
        names.append(name)
    return names
