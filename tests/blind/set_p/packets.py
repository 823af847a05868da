"""The fourteen whole packets: seven in order, seven with exactly one defect."""

from __future__ import annotations

import datetime as dt
import random

import bankform as BF
import bills as B
import civil2 as C2
import civil3 as C
import data as D
import frdocs as F
import ids as I
from emit import Writer
from specs import DEFECT_TEXT, JOBS, SPECS  # noqa: F401

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def _pick(rng, options):
    return rng.choice(options)


def build(out_dir: str, name: str, row_i: int, spec: dict) -> dict:
    rng = random.Random(f"set_p/{name}")
    as_of = D.d(spec["as_of"])
    row = D.PEOPLE[row_i]
    dob = dt.date(rng.randint(1975, 2001), rng.randint(1, 12), rng.randint(1, 28))
    per = C2.person(rng, row, dob)
    iso = per["nat"]
    eu = iso in D.EU
    defect = spec.get("defect")
    addr = D.ADDRESSES[row_i]
    w = Writer(f"{out_dir}/packets/{name}", rng)
    docs: list[dict] = []
    holder = (
        f"{per['given']} {per['surname']}"
        if rng.random() < 0.5
        else (f"{per['surname'].upper()} {per['given']}")
    )
    civ = "M." if per["sex"] == "M" else "Mme"
    arrival = as_of - dt.timedelta(days=rng.randint(140, 300))

    def add(typ, look, pages_list, fields, fname=None, notes="", acro=None):
        files = w.write([pages_list], look, fname, acro=acro)[0]
        docs.append({"files": files, "type": typ, "look": look, "fields": fields, "notes": notes})
        return files

    # application form
    employed = spec["employed"]
    job = rng.choice(JOBS)
    signed_on = as_of - dt.timedelta(days=rng.randint(1, 12))
    fm = spec["form"]
    pages, ff, cb = BF.cerfa(
        rng,
        per,
        addr,
        employed,
        job,
        spec.get("ctype", ""),
        signed_on,
        fm,
        signed=defect != "unsigned_form",
    )
    look = (
        "text_pdf"
        if fm == "acro"
        else _pick(rng, ["text_pdf"] if fm == "typed" else ["scan", "phone_photo", "image_pdf"])
    )
    if fm == "typed" and rng.random() < 0.5:
        look = "scan"
    add(
        "application_form",
        look,
        pages,
        ff,
        rng.choice(["formulaire_S1106", "cerfa_15763", "demande_PUMA"]),
        notes=f"cerfa 15763*02 filled {'in AcroForm fields' if fm == 'acro' else fm}",
        acro=cb,
    )
    # identity
    if eu:
        num = f"CA{rng.randint(10000, 99999)}{rng.choice('ABCDE')}{rng.choice('ABCDE')}"
        pages, f_id = I.id_card(rng, per, num, D.add_months(as_of, 60), D.add_months(as_of, -60))
        add("national_id", _pick(rng, ["scan", "phone_photo"]), pages, f_id, "carta_identita")
    else:
        num = D.passport_number(rng, iso)
        exp = D.add_months(as_of, rng.randint(14, 90))
        if defect == "passport_expired":
            exp = as_of - dt.timedelta(days=rng.randint(20, 60))
        issued = D.add_months(exp, -120)
        pages, f_id = I.passport(rng, per, num, issued, exp)
        look = _pick(rng, ["scan", "phone_photo", "image_pdf"])
        pp = pages
    # residence status
    res = spec["res"]
    if res and res.startswith("visa:"):
        vf = arrival - dt.timedelta(days=rng.randint(3, 20))
        vu = D.add_months(vf, 12) - dt.timedelta(days=1)
        if defect == "visa_expired":
            vf = D.add_months(as_of, -13)
            vu = as_of - dt.timedelta(days=rng.randint(10, 40))
        vpages, fv = I.visa(rng, per, num, vf, vu, res[5:])
        if rng.random() < 0.5 and look == "image_pdf":
            fl = w.write([pp, vpages], "image_pdf", "passeport_visa")
            docs.append(
                {
                    "files": fl[0],
                    "type": "passport",
                    "look": look,
                    "fields": f_id,
                    "notes": "passport data page, same file as the visa",
                }
            )
            docs.append(
                {
                    "files": fl[1],
                    "type": "long_stay_visa",
                    "look": look,
                    "fields": fv,
                    "notes": "VLS-TS sticker",
                }
            )
        else:
            add("passport", look, pp, f_id, "passeport")
            add(
                "long_stay_visa",
                _pick(rng, ["phone_photo", "scan"]),
                vpages,
                fv,
                "visa",
                notes="VLS-TS sticker (MRV-A)",
            )
    elif res == "titre":
        add("passport", look, pp, f_id, "passeport")
        tf = as_of - dt.timedelta(days=rng.randint(60, 200))
        tp, ft = I.titre_sejour(
            rng,
            per,
            tf,
            D.add_months(tf, 12) - dt.timedelta(days=1),
            rng.choice(["SALARIE", "VIE PRIVEE ET FAMILIALE", "ETUDIANT"]),
            addr,
        )
        add(
            "residence_permit",
            _pick(rng, ["scan", "phone_photo"]),
            tp,
            ft,
            "titre_sejour",
            notes="titre de séjour TD1, front and back",
        )
    elif res == "recepisse":
        add("passport", look, pp, f_id, "passeport")
        ri = as_of - dt.timedelta(days=rng.randint(20, 60))
        rp, fr_ = I.recepisse(rng, per, ri, D.add_months(ri, 6), addr)
        add("residence_permit", "phone_photo", rp, fr_, notes="récépissé de demande de titre")
    # birth certificate
    bi = D.add_months(as_of, -rng.randint(4, 14))
    bp, fb = C.BY_COUNTRY[iso](rng, per, bi)
    need_ap = not eu
    give_ap = need_ap and defect != "no_apostille"
    fb["has_apostille"] = give_ap
    bl = _pick(rng, ["scan", "image_pdf", "phone_photo"])
    if give_ap and rng.random() < 0.5 and bl != "phone_photo":
        ap, fa = C2.apostille(rng, iso, bi + dt.timedelta(days=rng.randint(3, 30)), True)
        fl = w.write([bp, ap], bl, "acte_naissance_apostille")
        docs.append(
            {
                "files": fl[0],
                "type": "birth_certificate",
                "look": bl,
                "fields": fb,
                "notes": f"{iso} birth certificate",
            }
        )
        docs.append(
            {
                "files": fl[1],
                "type": "apostille",
                "look": bl,
                "fields": fa,
                "notes": "apostille on a separate sheet, same file",
            }
        )
    else:
        add("birth_certificate", bl, bp, fb, "acte_de_naissance", notes=f"{iso} birth certificate")
        if give_ap:
            ap, fa = C2.apostille(rng, iso, bi + dt.timedelta(days=rng.randint(3, 30)), False)
            add(
                "apostille",
                _pick(rng, ["scan", "phone_photo"]),
                ap,
                fa,
                "apostille",
                notes="apostille stamp, photographed separately",
            )
    if spec.get("translation"):
        tp, ftr = C2.translation(
            rng, per, "uk", iso, bi + dt.timedelta(days=40), fb, C2.TRANSLATORS[0]
        )
        add(
            "translation",
            "text_pdf",
            tp,
            ftr,
            "traduction_acte_naissance",
            notes="sworn French translation of the Ukrainian birth certificate",
        )
    # residence proof
    proof = spec["proof"]
    if proof == "lease":
        start = as_of - dt.timedelta(days=rng.randint(120, 400))
        start = start.replace(day=1)
        tenants = [f"{per['given']} {per['surname'].upper()}"]
        if rng.random() < 0.4:
            fr_p = D.FRENCH[row_i % len(D.FRENCH)]
            tenants.append(f"{fr_p[1]} {fr_p[0]}")
        lp, fl_ = F.lease(
            rng,
            tenants,
            rng.choice(
                ["SCI Les Acacias", "M. Bernard Lemoine", "Mme Françoise Guérin", "Foncia Paris"]
            ),
            addr,
            start,
            rng.randint(650, 1400),
            start - dt.timedelta(days=8),
        )
        add("lease", _pick(rng, ["text_pdf", "image_pdf"]), lp, fl_, "bail")
        if rng.random() < 0.5:
            qm = D.add_months(as_of, -1)
            qp, fq = F.quittance(rng, tenants[0], "le bailleur", addr, qm.year, qm.month, 800)
            add(
                "unknown",
                "phone_photo",
                qp,
                fq,
                notes="quittance de loyer (a receipt, not a lease)",
            )
    elif proof.startswith("bills:"):
        prov = proof.split(":")[1]
        last = D.add_months(as_of.replace(day=1), -1)
        months = [D.add_months(last, -2), D.add_months(last, -1), last]
        if defect == "bill_gap":
            months = [D.add_months(last, -3), D.add_months(last, -2), last]
        amt = rng.uniform(25, 90)
        for m in months:
            if prov in ("free", "sfr", "orange", "bouygues") and rng.random() < 0.3:
                im, fbill = B.app_screenshot(rng, prov, holder, addr, m.year, m.month, amt)
                docs.append(
                    {
                        "files": w.write_image(im),
                        "type": "utility_bill",
                        "look": "screenshot",
                        "fields": fbill,
                        "notes": "bill in the app",
                    }
                )
                continue
            bp2, fbill = B.monthly(
                rng, prov, holder, civ, addr, m.year, m.month, round(amt + rng.uniform(-4, 4), 2)
            )
            add(
                "utility_bill",
                _pick(rng, ["text_pdf", "text_pdf", "scan"]),
                bp2,
                fbill,
                f"facture_{prov}_{D.MOIS[m.month - 1]}",
            )
    else:
        parts = proof.split(":")
        hostp = D.FRENCH[row_i % len(D.FRENCH)]
        host_name = f"{hostp[1]} {hostp[0]}"
        host = {
            "nat": "FRA",
            "surname": hostp[0],
            "given": hostp[1],
            "sex": hostp[2],
            "birthplace": "Nantes",
            "dob": dt.date(rng.randint(1970, 1995), 3, 14),
        }
        since = arrival
        hp, fh = F.hosting(
            rng,
            host_name,
            host["dob"],
            "Nantes",
            f"{per['given']} {per['surname']}",
            per["dob"],
            addr,
            since,
            signed_on,
            parts[-1] == "hand",
        )
        add(
            "hosting_attestation",
            "scan" if parts[-1] == "hand" else "text_pdf",
            hp,
            fh,
            "attestation_hebergement",
        )
        hn = (
            f"{rng.choice('ABCDEFGHJK')}{rng.randint(1, 9)}{rng.choice('KLMNP')}"
            f"{rng.randint(100000, 999999)}"
        )
        cp, fc = I.id_card(rng, host, hn, D.add_months(as_of, 70), D.add_months(as_of, -50))
        add("national_id", "phone_photo", cp, fc, notes="host's French identity card")
        if parts[1] == "bills":
            prov = parts[2]
            last = D.add_months(as_of.replace(day=1), -1)
            for k in (2, 1, 0):
                m = D.add_months(last, -k)
                bp2, fbill = B.monthly(
                    rng,
                    prov,
                    host_name.upper() if k else host_name,
                    "M." if host["sex"] == "M" else "Mme",
                    addr,
                    m.year,
                    m.month,
                    round(rng.uniform(40, 120), 2),
                )
                add(
                    "utility_bill",
                    "text_pdf",
                    bp2,
                    fbill,
                    f"{prov}_{m.year}{m.month:02d}",
                    notes="host's bill",
                )
        else:
            start = D.add_months(as_of, -30).replace(day=1)
            lp, fl_ = F.lease(
                rng,
                [host_name],
                "Cabinet Lamy Gestion",
                addr,
                start,
                980,
                start - dt.timedelta(days=5),
            )
            add("lease", "image_pdf", lp, fl_, "bail_hebergeant", notes="host's lease")
    # bank details
    bk = spec["bank"]
    if bk.startswith("fr:"):
        acct = D.make_fr_account(rng, bk[3:])
        printed = D.break_iban(acct["iban"]) if defect == "iban_check" else None
        rp2, frib = BF.rib(
            rng, bk[3:], acct, holder.upper() if rng.random() < 0.6 else holder, addr, printed
        )
        add("rib", _pick(rng, ["text_pdf", "text_pdf", "scan", "screenshot"]), rp2, frib, "RIB")
    else:
        acct = D.make_neo_account(rng, bk[4:])
        im, frib = BF.neobank(rng, bk[4:], acct, f"{per['given']} {per['surname']}")
        docs.append(
            {
                "files": w.write_image(im),
                "type": "rib",
                "look": "screenshot",
                "fields": frib,
                "notes": "neobank account details, non-French SEPA IBAN",
            }
        )
    # employment
    if employed:
        emp = F.EMPLOYERS[row_i % len(F.EMPLOYERS)]
        start = arrival + dt.timedelta(days=rng.randint(0, 30))
        ps_name = f"{per['given']} {per['surname'].upper()}"
        if defect == "payslip_other":
            o = D.FRENCH[(row_i + 3) % len(D.FRENCH)]
            ps_name = f"{o[1]} {o[0]}"
        pm = D.add_months(as_of.replace(day=1), -1)
        sp, fps = F.payslip(
            rng, emp, ps_name, addr, pm.year, pm.month, float(rng.randint(2100, 4200)), job, start
        )
        add(
            "payslip",
            _pick(rng, ["text_pdf", "text_pdf", "image_pdf"]),
            sp,
            fps,
            f"bulletin_{D.MOIS[pm.month - 1]}_{pm.year}",
        )
        if not spec.get("payslip_only"):
            ct = spec.get("ctype", "CDI")
            cp, fct = F.contract(
                rng,
                emp,
                f"{per['given']} {per['surname'].upper()}",
                per["dob"],
                iso,
                ct,
                job,
                start,
                D.add_months(start, 18) if ct == "CDD" else None,
            )
            add(
                "employment_contract",
                _pick(rng, ["text_pdf", "image_pdf", "scan"]),
                cp,
                fct,
                "contrat_travail",
            )
    reqs = {r: "complete" for r in REQS}
    if not employed:
        reqs["employment"] = "not_applicable"
    if eu:
        reqs["residence_status"] = "not_applicable"
    dtext = None
    if defect:
        req, st, dtext = DEFECT_TEXT[defect]
        reqs[req] = st
    truth = {
        "as_of": as_of.isoformat(),
        "employed": employed,
        "status": "incomplete" if defect else "complete",
        "requirements": reqs,
        "defect": dtext,
        "applicant": {
            "surname": per["surname"].upper(),
            "given_names": per["given"].upper(),
            "date_of_birth": dob.isoformat(),
        },
        "documents": docs,
    }
    return truth
