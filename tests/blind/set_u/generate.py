"""Blind set `set_u`: 12 PUMa application packets and 60 single documents.

Usage: generate.py OUT_DIR   (deterministic; one process)
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cv2  # noqa: E402

cv2.setNumThreads(1)

import build  # noqa: E402
import form  # noqa: E402
import housing  # noqa: E402
import money  # noqa: E402
import singles  # noqa: E402
from build import Emitter, doc  # noqa: E402
from people import PACKETS  # noqa: E402

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def seed_of(name: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate("set_u/" + name)) * 7919


def form_data(P, w, addr, rnd):
    f = P["form"]
    sit = P.get("situation") or ("salarie" if P["employed"] else "sans_activite")
    d = dict(
        surname=w["surname"],
        usage=w.get("usage"),
        given=w["form_given"],
        sex=w["sex"],
        dob=w["dob"],
        pob=w["pob"].split(",")[0],
        pob_country=w["pob_country"],
        nationality=w["nat_fr"],
        nir=None,
        street=addr[0],
        cp=addr[1],
        city=addr[2],
        phone=f"0{rnd.choice([6, 7])} {rnd.randint(10, 99)} {rnd.randint(10, 99)} "
        f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}",
        email=(w["form_given"].split()[0] + "." + w["surname"].split()[0])
        .lower()
        .replace("í", "i")
        .replace("é", "e")
        .replace("á", "a")
        + "@gmail.com",
        situation=sit,
        place=f["place"],
        date_text=f["date"].strftime("%d/%m/%Y"),
        signed=f.get("signed", True),
        signed_on=f["date"],
    )
    if P["employed"]:
        d["job"] = P["work"]["job"]
        d["contract"] = P["work"]["contract"]
    return d


def make_packet(P, root: Path):
    rnd = random.Random(seed_of(P["name"]))
    folder = root / "packets" / P["name"]
    em = Emitter(folder, rnd, P["as_of"])
    w = P["who"]
    L = P["looks"]
    addr = P["addr"]
    addr_lines = [addr[0], f"{addr[1]} {addr[2]}"]
    full_addr = f"{addr[0]}, {addr[1]} {addr[2]}"
    docs = []
    applicant_name = f"{w['given'].title()} {w['surname'].title()}"

    # -- application form
    fd = form_data(P, w, addr, rnd)
    F = P["form"]
    way = F["way"]
    pages, ff = form.form_pages(
        fd, "acroform" if way.startswith("acroform") else way, F["run"], rnd
    )
    if way == "acroform":
        from canvas import pdf_bytes

        name = rnd.choice(["S1106_formulaire_rempli.pdf", "demande_PUMa.pdf", "cerfa_15763.pdf"])
        em.write(name, pdf_bytes(pages, acro_ap=rnd.random() < 0.5))
        files = [{"path": name, "pages": [1, 2]}]
        look = "text_pdf"
    else:
        look = F["look"]
        order = pages[::-1] if F.get("reverse") else pages
        files = em.out(order, look, "formulaire_S1106", names=F.get("names"))
        if F.get("reverse"):
            files = [{"path": files[0]["path"], "pages": [2, 1]}]
    notes = f"cerfa 15763*02 filled {way}"
    if not fd["signed"]:
        notes += "; signature box left empty"
    docs.append(doc(files, "application_form", look, ff, notes))

    # -- identity + residence status
    pp_pages, pf = build.passport_doc(w, rnd, P.get("mrz_bad")) if not w.get("eu") else (None, None)
    res = P["residence"]
    if w.get("eu"):
        h = dict(
            surname=w["surname"],
            given=w["given"],
            number=w["number"],
            dob=w["dob"],
            sex=w["sex"],
            expiry=w["expiry"],
            issue=w["issue"],
            pob=w["pob"].upper(),
        )
        id_pages, idf = build.fr_id_doc(h, "", rnd, country=w["nat"], nat=w["nat"])
        files = em.out(id_pages, L["passport"], "carta_identita", card=True)
        docs.append(doc(files, "national_id", L["passport"], idf, "EU identity card, both sides"))
    elif P.get("bundle_ids") and res and res[0] == "permit":
        rp_pages, rf = build.permit_doc(w, res[1], full_addr, rnd)
        f1, f2 = em.bundle([(pp_pages, True), (rp_pages, True)], "passeport_titre_sejour")
        docs.append(doc(f1, "passport", "image_pdf", pf, "passport data page, photocopy"))
        docs.append(doc(f2, "residence_permit", "image_pdf", rf, "titre de séjour recto/verso"))
        res = None
    else:
        files = em.out(pp_pages, L["passport"], "passeport", card=L["passport"] != "phone_photo")
        note = "open passport, data page"
        if P.get("mrz_bad"):
            note += "; MRZ document-number check digit does not match"
        docs.append(doc(files, "passport", L["passport"], pf, note))
    if res and res[0] == "visa":
        vp, vf = build.visa_doc(w, res[1], rnd)
        files = em.out(vp, L["residence"], "visa", card=L["residence"] != "phone_photo")
        docs.append(
            doc(
                files,
                "long_stay_visa",
                L["residence"],
                vf,
                "VLS-TS sticker in the passport, entry stamp on the facing page",
            )
        )
    elif res and res[0] == "permit":
        rp_pages, rf = build.permit_doc(w, res[1], full_addr, rnd)
        files = em.out(rp_pages, L["residence"], "titre_de_sejour", card=True)
        note = "titre de séjour, front and back"
        if P.get("broken") == "residence_status":
            note += "; expired before the audit date"
        docs.append(doc(files, "residence_permit", L["residence"], rf, note))

    # -- birth certificate
    B = P["birth"]
    bd = build.birth_docs(w, B, rnd)
    pages, bf = bd["birth"]
    files = em.out(pages, L["birth"], "acte_de_naissance")
    docs.append(
        doc(
            files,
            "birth_certificate",
            L["birth"],
            bf,
            "no apostille in the packet" if not B.get("apostille") else "",
        )
    )
    if "apostille" in bd:
        pages, af = bd["apostille"]
        files = em.out(pages, L["apostille"], "apostille")
        docs.append(
            doc(files, "apostille", L["apostille"], af, "Hague apostille of the birth certificate")
        )
    if "translation" in bd:
        pages, tf = bd["translation"]
        lk = L.get("translation", "image_pdf")
        files = em.out(pages, lk, "traduction_acte_naissance")
        docs.append(doc(files, "translation", lk, tf, "sworn translation of the birth certificate"))

    # -- residence proof
    kind, spec = P["proof"][0], P["proof"][1]
    if kind == "lease":
        ld = dict(
            spec,
            tenants=[applicant_name] + ([spec["cotenant"]] if spec.get("cotenant") else []),
            address=full_addr,
            city=addr[2],
        )
        if w["nat"] == "CHN":
            ld["tenants"][0] = f"{w['surname']} {w['given'].title()}"
        pages, lf = housing.lease(ld, rnd)
        files = em.out(pages, L["proof"], "bail")
        docs.append(doc(files, "lease", L["proof"], lf, "bail loi 1989"))
    elif kind == "bills":
        prov, months = P["proof"][1], P["proof"][2]
        civ = "Mme" if w["sex"] == "F" else "M."
        lks = L["proof"] if isinstance(L["proof"], list) else [L["proof"]] * 3
        for (pg, bf2, bs), lk in zip(
            build.bill_docs(prov, months, applicant_name, civ, addr_lines, rnd), lks, strict=True
        ):
            if lk == "screenshot":
                pg = money.bill_app_screen(bs, bf2, rnd)
            hint = f"facture_{prov.split()[0].lower()}_{bs['start'].strftime('%m-%Y')}"
            files = em.out([pg], lk, hint, meta={"title": f"Facture {prov}", "author": prov})
            docs.append(doc(files, "utility_bill", lk, bf2, f"{prov} bill"))
    else:  # hosted
        h = spec
        pg, hf = housing.attestation(
            dict(
                host=h["host"],
                host_sex=h["host_sex"],
                host_dob=h["host_dob"],
                host_pob=h["host_pob"],
                hosted=applicant_name if not w.get("usage") else applicant_name,
                hosted_dob=w["dob"],
                hosted_pob=f"{w['pob']} ({w['pob_country']})",
                address=full_addr,
                since=h["since"],
                city=addr[2],
                signed_on=h["signed_on"],
                signed=True,
                civ_host="Monsieur" if h["host_sex"] == "M" else "Madame",
                civ_hosted="M." if w["sex"] == "M" else "Mme",
            ),
            rnd,
            h["hand"],
        )
        files = em.out([pg], L["proof"], "attestation_hebergement")
        docs.append(
            doc(
                files,
                "hosting_attestation",
                L["proof"],
                hf,
                "handwritten" if h["hand"] else "typed and signed",
            )
        )
        hid = dict(
            surname=h["host_surname"],
            given=h["host_given"],
            number=h["id_number"],
            dob=h["host_dob"],
            sex=h["host_sex"],
            expiry=h["id_expiry"],
            issue=h["id_issue"],
            pob=h["host_pob"].split(" (")[0].upper(),
        )
        pages, idf = build.fr_id_doc(hid, full_addr, rnd)
        files = em.out(pages, L["host_id"], "CNI_hebergeur", card=True)
        docs.append(doc(files, "national_id", L["host_id"], idf, "host's French identity card"))
        hp = h["host_proof"]
        if hp[0] == "bills":
            for pg, bf2, bs in build.bill_docs(
                hp[1],
                hp[2],
                h["host"].split()[0] + " " + h["host_surname"],
                "M." if h["host_sex"] == "M" else "Mme",
                addr_lines,
                rnd,
            ):
                files = em.out(
                    [pg],
                    L["host_proof"],
                    f"facture_{hp[1].lower()}_{bs['start'].strftime('%m_%Y')}",
                )
                docs.append(
                    doc(files, "utility_bill", L["host_proof"], bf2, "bill in the host's name")
                )
        else:
            ld = dict(
                hp[1],
                tenants=[h["host"].split()[0] + " " + h["host_surname"]],
                address=full_addr,
                city=addr[2],
            )
            pages, lf = housing.lease(ld, rnd)
            files = em.out(pages, L["host_proof"], "bail_hebergeur")
            docs.append(doc(files, "lease", L["host_proof"], lf, "host's lease"))

    # -- bank details
    bk = P["bank"]
    if bk["kind"] == "fr":
        ib = money.fr_iban(bk["bank"], rnd, bk.get("bad_key", False))
        r = dict(
            bank=bk["bank"],
            holder_print=bk["holder_print"],
            holder=bk["holder"],
            addr=addr_lines,
            ib=ib,
        )
        if bk["look"] == "screenshot":
            pg, rf = money.bank_app_rib(r, rnd)
        else:
            pg, rf = money.rib_page(r, rnd)
        files = em.out(
            [pg],
            bk["look"],
            "RIB",
            meta={"title": "Relevé d'identité bancaire", "author": bk["bank"]},
        )
        note = "French RIB"
        if bk.get("bad_key"):
            note += "; RIB key does not match bank/branch/account"
        docs.append(doc(files, "rib", bk["look"], rf, note))
    else:
        ib = money.foreign_iban(bk["cc"], rnd)
        pg, rf = money.neobank_screen(dict(app=bk["app"], holder=bk["holder"], ib=ib), rnd)
        files = em.out([pg], "screenshot", "iban")
        docs.append(
            doc(
                files,
                "rib",
                "screenshot",
                rf,
                f"{bk['app']} account details, {bk['cc']} IBAN (foreign SEPA)",
            )
        )

    # -- employment
    wk = P.get("work")
    if wk:
        sr = build.siret(rnd)
        emp_print = f"{'Mme' if w['sex'] == 'F' else 'M.'} {applicant_name}"
        if wk["kind"] in ("payslip", "both"):
            pg, psf = money.payslip(
                dict(
                    employer=wk["employer"],
                    eaddr=wk["eaddr"],
                    siret=sr,
                    naf=wk["naf"],
                    employee=applicant_name,
                    employee_print=emp_print.upper(),
                    empaddr=addr_lines,
                    job=wk["job"],
                    entry=wk["entry"],
                    period=wk["period"],
                    gross=wk["gross"],
                ),
                rnd,
            )
            files = em.out(
                [pg],
                L["work"],
                f"bulletin_paie_{wk['period'].strftime('%m_%Y')}",
                meta={"title": "Bulletin de paie", "author": "Silae"},
            )
            docs.append(doc(files, "payslip", L["work"], psf, "last payslip"))
        if wk["kind"] in ("contract", "both"):
            pages, cf = money.contract(
                dict(
                    employer=wk["employer"],
                    form=wk["employer"].split()[-1],
                    capital="10 000 €",
                    eaddr=", ".join(wk["eaddr"]),
                    siret=sr,
                    rep=rnd.choice(
                        ["Mme Sandrine Leclerc", "M. Thomas Girault", "Mme Aurélie Fontaine"]
                    ),
                    rep_title="Directrice des ressources humaines",
                    employee=applicant_name,
                    employee_print=applicant_name,
                    civ="Mme" if w["sex"] == "F" else "M.",
                    dob=w["dob"],
                    pob=w["pob"].split(",")[0] + f" ({w['pob_country']})",
                    empaddr=full_addr,
                    type=wk["contract"],
                    job=wk["job"],
                    start=wk["entry"],
                    end=wk.get("end"),
                    salary=wk["gross"],
                    city=wk["city"],
                    signed=wk["entry"] - timedelta(days=rnd.randint(10, 30)),
                ),
                rnd,
            )
            files = em.out(pages, L["work"], "contrat_de_travail")
            docs.append(doc(files, "employment_contract", L["work"], cf, ""))

    reqs = {r: "complete" for r in REQS}
    if w.get("eu"):
        reqs["residence_status"] = "not_applicable"
    if not P["employed"]:
        reqs["employment"] = "not_applicable"
    if P.get("broken"):
        reqs[P["broken"]] = "invalid"
    status = "incomplete" if P.get("broken") else "complete"
    truth = {
        "as_of": P["as_of"].isoformat(),
        "employed": P["employed"],
        "status": status,
        "requirements": reqs,
        "defect": P["defect"],
        "applicant": {
            "surname": w["surname"],
            "given_names": w["given"],
            "date_of_birth": w["dob"].isoformat(),
        },
        "documents": docs,
    }
    (root / "packets" / f"{P['name']}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def main():
    if len(sys.argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    root = Path(sys.argv[1])
    if root.exists():
        shutil.rmtree(root)
    (root / "packets").mkdir(parents=True)
    (root / "documents").mkdir(parents=True)
    for P in PACKETS:
        make_packet(P, root)
    names = singles.make_all(root, seed_of)
    manifest = {"packets": [P["name"] for P in PACKETS], "documents": names}
    (root / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
