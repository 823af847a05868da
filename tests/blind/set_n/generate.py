"""Blind set set_n: 14 whole PUMa packets (7 in order, 7 with exactly one defect) and 68 single
documents. Usage: generate.py OUT_DIR"""

import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build as B
import build_civil as BC
import build_id as BI
import cv2
import ids
from packets_data import PACKETS
from people import ADDRESSES, EMPLOYERS, INSEE, person, title

cv2.setNumThreads(1)
D = dt.date
REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def img_name(rng, d):
    return (
        f"IMG_{d:%Y%m%d}_{rng.randint(8, 21):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    )


def pick(rng, *looks):
    return rng.choice(looks)


def last_months(as_of, n):
    """n consecutive calendar months, the last one ending at least 10 days before as_of so that
    its bill (issued 2 to 9 days after the end) is already out."""
    ref = as_of - dt.timedelta(days=10)
    y, m = ref.year, ref.month - 1
    if m == 0:
        y, m = y - 1, 12
    out = []
    for _ in range(n):
        out.append((y, m))
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return list(reversed(out))


def make_packet(spec, out):
    name = spec["name"]
    rng = random.Random(f"set_n|{name}")
    folder = out / "packets" / name
    folder.mkdir(parents=True)
    W = B.Writer(folder, rng)
    as_of = spec["as_of"]
    P = person(
        spec["country"],
        rng,
        spec["sex"],
        spec["given"],
        spec["surname"],
        spec["dob"],
        spec.get("usage"),
    )
    P.update(spec.get("extra", {}))
    addr = ADDRESSES[rng.randrange(len(ADDRESSES))]
    P.update(street=addr[0], postcode=addr[1], city=addr[2])
    signed_on = as_of - dt.timedelta(days=rng.randint(2, 12))
    reqs = {r: "complete" for r in REQS}
    if not spec["employed"]:
        reqs["employment"] = "not_applicable"
    d_ = signed_on

    # ---- application form
    run, mode = spec["form"]
    sig = spec.get("sig", "signed")
    nir = None
    if spec["country"] in INSEE and rng.random() < 0.2:
        nir = ids.nir(P["sex"], P["dob"], INSEE[spec["country"]], rng)
    built = B.b_form(
        P,
        rng,
        run,
        mode,
        spec["situation"],
        signed_on,
        sig=sig,
        contract=spec.get("contract"),
        job=spec.get("job"),
        nir=nir,
        date_style=rng.choice(["slash", "slash", "words"]),
    )
    if mode == "acroform":
        W.add(
            "application_form",
            "text_pdf",
            built,
            "formulaire_S1106_rempli",
            "fillable PDF (AcroForm fields)"
            + ("; not signed" if sig != "signed" else "; signature image pasted"),
        )
    else:
        look = pick(rng, "scan", "phone_photo", "image_pdf")
        stem = (
            [img_name(rng, d_), img_name(rng, d_)]
            if look == "phone_photo"
            else "cerfa_15763"
            if look == "image_pdf"
            else ["scan_0001", "scan_0002"]
        )
        W.add("application_form", look, built, stem, f"{mode} form, print run {run}")

    # ---- identity
    st = spec["status"]
    built = BI.b_passport(P, rng) if st[0] != "eu" else None
    if st[0] == "eu":
        built = BI.b_national_id(P, rng)
        W.add(
            "national_id",
            "phone_photo",
            built,
            "carte_identite",
            "EU national identity card, front and back photographed",
        )
        reqs["residence_status"] = "not_applicable"
    elif spec.get("visa_combined"):
        vb = BI.b_visa(P, rng, st[2], st[1], issued_in="NEW DELHI")
        W.add_combined(
            "image_pdf",
            "passeport_visa",
            [
                ("passport", built, "passport data page"),
                ("long_stay_visa", vb, "VLS-TS sticker on the next page of the passport"),
            ],
        )
    else:
        look = pick(rng, "phone_photo", "scan", "image_pdf")
        W.add(
            "passport",
            look,
            built,
            img_name(rng, d_) if look == "phone_photo" else "passeport",
            "passport data page",
        )
    # ---- residence status
    if st[0] == "visa" and not spec.get("visa_combined"):
        cities = {
            "USA": "WASHINGTON",
            "BRA": "SAO PAULO",
            "UKR": "KYIV",
            "COL": "BOGOTA",
            "CHN": "PEKIN",
            "MEX": "MEXICO",
            "GBR": "LONDRES",
            "PER": "LIMA",
        }
        vb = BI.b_visa(P, rng, st[2], st[1], issued_in=cities.get(spec["country"], "PARIS"))
        look = pick(rng, "phone_photo", "scan", "image_pdf")
        W.add(
            "long_stay_visa",
            look,
            vb,
            "visa" if look != "phone_photo" else img_name(rng, d_),
            "type D visa, remarks VLS-TS",
        )
    elif st[0] == "permit":
        pb = BI.b_permit(P, rng, st[1], remark=st[2])
        look = pick(rng, "phone_photo", "scan", "image_pdf")
        W.add(
            "residence_permit",
            look,
            pb,
            "titre_sejour",
            "titre de séjour, front and back" + (" (expired)" if st[1] < as_of else ""),
        )

    # ---- birth certificate
    bs = spec["birth"]
    issued = D(2026, rng.randint(1, 6), rng.randint(1, 28))
    bb = BC.b_birth(P, rng, issued, has_apostille=bs["apostille"])
    lang = bb[1]["language"]
    items = [("birth_certificate", bb, f"birth certificate ({spec['country']})")]
    if bs["apostille"]:
        ab = BC.b_apostille(P, rng, issued + dt.timedelta(days=rng.randint(3, 30)))
        items.append(("apostille", ab, "Hague apostille for the birth certificate"))
    if bs.get("combined"):
        W.add_combined("image_pdf", "acte_naissance_apostille", items)
    else:
        look = pick(rng, "scan", "image_pdf", "phone_photo")
        W.add(items[0][0], look, items[0][1], "acte_de_naissance", items[0][2])
        if len(items) > 1:
            look = pick(rng, "scan", "image_pdf", "phone_photo")
            W.add("apostille", look, items[1][1], "apostille", items[1][2])
    if bs.get("translation"):
        tb = BC.b_translation(
            P, rng, issued + dt.timedelta(days=45), lang, f"2026/{rng.randint(100, 999)}"
        )
        W.add(
            "translation",
            pick(rng, "text_pdf", "image_pdf"),
            tb,
            "traduction_acte",
            "sworn translation into French",
        )

    # ---- residence proof
    route = spec["route"]
    holder_print = f"{title(P['sex'])} {P['given']} {P['surname']}"
    holder_plain = f"{P['given']} {P['surname']}"
    if rng.random() < 0.5:
        holder_print, holder_plain = holder_print.upper(), holder_plain.upper()
    months = last_months(as_of, 3)
    if route == "lease":
        tp = [f"{title(P['sex'])} {P['given']} {P['surname']}"]
        tn = [f"{P['given']} {P['surname']}"]
        if spec.get("cotenant"):
            tp.append("Mme " + spec["cotenant"])
            tn.append(spec["cotenant"])
        lb = B.b_lease(tp, tn, addr, spec["lease_start"], rng)
        W.add(
            "lease",
            pick(rng, "text_pdf", "image_pdf", "phone_photo"),
            lb,
            "bail",
            "bail d'habitation, loi du 6 juillet 1989",
        )
    elif route in ("bills", "bills_other"):
        n = spec.get("n_bills", 3)
        ms = months[-n:]
        if route == "bills_other":
            O = person(
                spec["other"]["country"],
                rng,
                **{k: v for k, v in spec["other"].items() if k != "country"},
            )
            hp, hn = (
                f"{title(O['sex'])} {O['given']} {O['surname']}",
                (f"{O['given']} {O['surname']}"),
            )
        else:
            hp, hn = holder_print, holder_plain
        base_amt = round(rng.uniform(25, 80), 2)
        for i, (y, m) in enumerate(ms):
            screen = spec.get("screen_bill") and i == 1
            bb = B.b_bill(
                hp,
                hn,
                addr,
                spec["provider"],
                y,
                m,
                rng,
                amount=round(base_amt + rng.uniform(-4, 4), 2),
                screen=screen,
            )
            look = (
                "screenshot"
                if screen
                else (
                    "text_pdf"
                    if spec["provider"] not in ("TotalEnergies",)
                    else pick(rng, "scan", "image_pdf")
                )
            )
            W.add(
                "utility_bill",
                look,
                bb,
                f"facture_{spec['provider'].split()[0].lower()}_{y}{m:02d}"
                if not screen
                else f"Screenshot_{y}{m + 1:02d}{rng.randint(10, 28)}",
                f"{spec['provider']} bill for {y}-{m:02d}"
                + (", in the husband's name" if route == "bills_other" else ""),
            )
    else:  # hosted
        H = person(
            spec["host"]["country"],
            rng,
            **{k: v for k, v in spec["host"].items() if k != "country"},
        )
        since = D(2026, rng.randint(1, 6), rng.choice([1, 15]))
        if st[0] == "visa":  # hosted from the arrival on the long-stay visa
            since = max(since, st[2] + dt.timedelta(days=rng.randint(2, 20)))
        ab = B.b_attestation(
            H,
            P,
            addr,
            since,
            signed_on,
            rng,
            spec["host_handwritten"],
            relation=spec.get("relation", "mon épouse"),
        )
        W.add(
            "hosting_attestation",
            pick(rng, "scan", "phone_photo"),
            ab,
            "attestation_hebergement",
            "handwritten" if spec["host_handwritten"] else "typed",
        )
        H.update(street=addr[0], postcode=addr[1], city=addr[2])
        ib = BI.b_national_id(H, rng)
        W.add(
            "national_id",
            pick(rng, "scan", "image_pdf", "phone_photo"),
            ib,
            "CNI_hebergeant",
            "host's French identity card (front and back)",
        )
        kind, val = spec["host_proof"]
        hp = f"{title(H['sex'])} {H['given']} {H['surname']}"
        hn = f"{H['given']} {H['surname']}"
        if kind == "bills":
            for y, m in months:
                bb = B.b_bill(hp, hn, addr, val, y, m, rng)
                W.add("utility_bill", "text_pdf", bb, f"{val}_{y}-{m:02d}", f"host's {val} bill")
        else:
            lb = B.b_lease([hp], [hn], addr, val, rng)
            W.add(
                "lease", pick(rng, "image_pdf", "text_pdf"), lb, "bail_hebergeant", "host's lease"
            )

    # ---- bank details
    bank, how = spec["bank"]
    if how == "neo":
        nb = B.b_neobank(holder_plain.upper(), bank, rng)
        W.add(
            "rib",
            "screenshot",
            nb,
            f"Screenshot_{d_:%Y%m%d}-{rng.randint(100000, 235959)}",
            f"{bank} app account details (non-French SEPA IBAN)",
        )
    else:
        if how == "joint":
            H = spec["host"]
            lines = [
                f"M. {H['given']} {H['surname']}".upper().replace("È", "E"),
                f"OU MME {P['given']} {P['surname']}".upper(),
            ]
            plain = (
                f"{H['given']} {H['surname']}".upper().replace("È", "E")
                + " OU "
                + f"{P['given']} {P['surname']}".upper()
            )
        else:
            lines = [
                holder_print.upper(),
                P["street"].upper(),
                f"{P['postcode']} {P['city'].upper()}",
            ]
            plain = holder_plain.upper()
        rb = B.b_rib(lines, plain, bank, rng, bad_iban=how == "bad")
        W.add(
            "rib",
            pick(rng, "text_pdf", "text_pdf", "phone_photo", "image_pdf"),
            rb,
            "RIB",
            f"{bank} RIB"
            + (" (joint account)" if how == "joint" else "")
            + ("; IBAN check digits wrong" if how == "bad" else ""),
        )

    # ---- employment
    emp = EMPLOYERS[rng.randrange(len(EMPLOYERS))]
    entry = D(2026, rng.randint(2, 8), 1)
    if st[0] == "visa" and entry < st[2]:
        entry = D(st[2].year, st[2].month + 1, 1)
    for w in spec.get("work", []):
        if w == "payslip":
            y, m = months[-1]
            pb = B.b_payslip(P, emp, y, m, rng, spec["job"], entry)
            W.add(
                "payslip",
                pick(rng, "text_pdf", "image_pdf"),
                pb,
                f"bulletin_{y}_{m:02d}",
                "bulletin de paie clarifié",
            )
        else:
            cb = B.b_contract(
                P,
                emp,
                rng,
                spec["contract"],
                spec["job"],
                entry,
                f"{P['street']}, {P['postcode']} {P['city']}",
            )
            W.add(
                "employment_contract",
                pick(rng, "text_pdf", "image_pdf"),
                cb,
                "contrat_travail",
                f"{spec['contract']} contract",
            )

    defect = spec.get("defect")
    if defect:
        reqs[defect[0]] = defect[1]
    bad = any(v in ("invalid", "missing") for v in reqs.values())
    truth = dict(
        as_of=as_of.isoformat(),
        employed=spec["employed"],
        status="incomplete" if bad else "complete",
        requirements=reqs,
        defect=defect[2] if defect else None,
        applicant=dict(
            surname=P["surname"], given_names=P["given"], date_of_birth=P["dob"].isoformat()
        ),
        documents=W.docs,
    )
    (out / "packets" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2, default=str)
    )


def main():
    out = Path(sys.argv[1])
    if out.exists():
        shutil.rmtree(out)
    (out / "packets").mkdir(parents=True)
    (out / "documents").mkdir(parents=True)
    import singles

    for spec in PACKETS:
        make_packet(spec, out)
    names = singles.make_all(out)
    manifest = dict(packets=[s["name"] for s in PACKETS], documents=names)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2))


if __name__ == "__main__":
    main()
