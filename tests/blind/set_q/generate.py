"""set_q: a blind test set for docverify (14 packets, 112 single documents).

Usage: generate.py OUT_DIR
"""

import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import q_build as B  # noqa: E402
import q_home  # noqa: E402
import q_packets  # noqa: E402
import q_packets2  # noqa: E402
from q_people import ADDRS, NAMES, P, random_person  # noqa: E402
from q_write import emit  # noqa: E402

D = dt.date
PACKETS = [
    q_packets.p01,
    q_packets.p02,
    q_packets.p03,
    q_packets.p04,
    q_packets.p05,
    q_packets.p06,
    q_packets.p07,
    q_packets2.p08,
    q_packets2.p09,
    q_packets2.p10,
    q_packets2.p11,
    q_packets2.p12,
    q_packets2.p13,
    q_packets2.p14,
]
STATUS_ORDER = ("invalid", "missing")


def packet_status(r):
    vals = set(r.values())
    if vals & {"invalid", "missing"}:
        return "incomplete"
    if "questionable" in vals:
        return "questionable"
    return "complete"


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def build_packets(out):
    names = []
    for i, fn in enumerate(PACKETS):
        name = f"p{i + 1:02d}"
        rng = random.Random(1000 + i)
        as_of, p, employed, reqs, defect, items = fn(rng)
        folder = os.path.join(out, "packets", name)
        os.makedirs(folder, exist_ok=True)
        docs = emit(folder, items, rng)
        truth = {
            "as_of": as_of.isoformat(),
            "employed": employed,
            "status": packet_status(reqs),
            "requirements": reqs,
            "defect": defect,
            "applicant": {
                "surname": p["surname"],
                "given_names": p["given"],
                "date_of_birth": p["dob"].isoformat(),
            },
            "documents": docs,
        }
        write_json(os.path.join(out, "packets", name + ".truth.json"), truth)
        names.append(name)
    return names


# ------------------------------------------------------------------ single documents
CARD_LOOKS = ["scan", "image_pdf", "phone_photo"]
PAPER_LOOKS = ["text_pdf", "image_pdf", "scan", "phone_photo"]
RAST_LOOKS = ["image_pdf", "scan", "phone_photo"]
FILE_NAMES = {
    "scan": ["scan_{n:04d}.jpg", "Scan{n}.png", "numérisation_{n}.jpg"],
    "phone_photo": ["IMG_{n}.jpg", "IMG_2026{n:04d}_1{n:03d}.jpg", "PXL_{n}.jpg"],
    "image_pdf": ["doc{n}.pdf", "Scan_{n:04d}.pdf", "{t}.pdf"],
    "text_pdf": ["{t}.pdf", "{t}_{n}.pdf"],
    "screenshot": ["Screenshot_{n}.png", "IMG_{n}.PNG"],
}
PREF = [
    "Préfecture de Police",
    "Préfecture de la Seine-Saint-Denis",
    "Préfecture du Nord",
    "Préfecture de la Haute-Garonne",
    "Préfecture des Bouches-du-Rhône",
]
APO_NATS = ["USA", "IND", "BRA", "PER", "TUR", "GEO", "PHL", "VEN", "PAK", "MAR"]
BILL_PROVS = sorted(q_home.PROV)
BANKS = [
    "BNP Paribas",
    "Société Générale",
    "Crédit Agricole",
    "LCL",
    "La Banque Postale",
    "CIC",
    "Caisse d'Épargne",
    "Crédit Mutuel",
    "BoursoBank",
    "Hello bank!",
    "Shine",
    "Qonto",
]


def names_for(rng, look, n_pages, tag, k):
    pat = rng.choice(FILE_NAMES[look])
    out = []
    for i in range(n_pages):
        nm = pat.format(n=k * 7 + i + 1, t=tag)
        if n_pages > 1 and "{n" not in pat:
            base, ext = nm.rsplit(".", 1)
            nm = f"{base}_{i + 1}.{ext}"
        out.append(nm)
    return out


def single(k, dtype, rng, as_of):
    """Build one single document of type dtype; return (doc, look, tag, flaw)."""
    p = random_person(rng)
    a = ADDRS[rng.randrange(len(ADDRS))]
    flaw = None
    if dtype == "passport":
        mrz_ok = rng.random() > 0.2
        old = rng.random() < 0.2
        issued = D(
            rng.randint(2013, 2016) if old else rng.randint(2018, 2025),
            rng.randint(1, 12),
            rng.randint(1, 28),
        )
        d = B.b_passport(rng, p, issued, mrz_ok=mrz_ok)
        if not mrz_ok:
            flaw = "MRZ date-of-birth check digit wrong"
        if d["fields"]["expiry_date"] < as_of.isoformat():
            flaw = (flaw + "; " if flaw else "") + "passport expired at as_of"
        return d, rng.choice(CARD_LOOKS), "passeport", flaw
    if dtype == "national_id":
        if rng.random() < 0.5:
            host = P(
                rng.choice(["LEROY", "N'DIAYE", "DA COSTA", "MOREAU-DUVAL", "BENALI"]),
                rng.choice(["Camille", "Jean Marie", "Inès", "Thomas Yanis"]),
                rng.choice("FM"),
                D(rng.randint(1960, 2000), 5, 17),
                "FRA",
                rng.choice(["Paris 12e", "Lyon 3e", "Roubaix", "Créteil"]),
                id_address=B.addr_str(a).upper(),
            )
            d = B.b_idcard(rng, host, D(rng.randint(2021, 2025), rng.randint(1, 12), 3))
        else:
            p = random_person(rng, "ROU")
            p["id_address"] = "MUN. IAŞI STR. PĂCURARI NR. 4"
            d = B.b_idcard(rng, p, D(rng.randint(2019, 2025), rng.randint(1, 12), 11), fr=False)
        return d, rng.choice(CARD_LOOKS), "CNI", None
    if dtype == "long_stay_visa":
        B.b_passport(rng, p, D(2022, 1, 5))
        cat = rng.choice(
            [
                ["VLS-TS ETUDIANT"],
                ["VLS-TS SALARIE"],
                ["VLS-TS VISITEUR"],
                ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
                ["TALENT - CHERCHEUR"],
                ["ETUDIANT CONCOURS"],
            ]
        )
        vt = "D"
        if rng.random() < 0.15:
            vt, cat = "C", ["TOURISME"]
            flaw = "short-stay type C visa"
        d = B.b_visa(
            rng,
            p,
            D(2026, rng.randint(1, 10), rng.randint(1, 28)),
            cat,
            rng.choice(
                ["ALGER", "DAKAR", "ABIDJAN", "HANOI", "NEW DELHI", "LIMA", "KIEV", "BEYROUTH"]
            ),
            months=12 if vt == "D" else 3,
            vtype=vt,
        )
        return d, rng.choice(CARD_LOOKS), "visa", flaw
    if dtype == "residence_permit":
        if rng.random() < 0.35:
            d = B.b_recepisse(
                rng,
                p,
                D(2026, rng.randint(5, 10), 3),
                D(2027, rng.randint(1, 4), 2),
                rng.choice(PREF),
                B.addr_str(a),
                rng.random() < 0.7,
            )
            return d, rng.choice(RAST_LOOKS), "recepisse", None
        exp = D(rng.choice([2026, 2027, 2028, 2030]), rng.randint(1, 12), rng.randint(1, 28))
        if exp < as_of:
            flaw = "titre de séjour expired at as_of"
        d = B.b_titre(
            rng,
            p,
            D(exp.year - 1, exp.month, 1),
            exp,
            rng.choice(
                ["CARTE DE SEJOUR TEMPORAIRE", "CARTE DE SEJOUR PLURIANNUELLE", "CARTE DE RESIDENT"]
            ),
            rng.choice(["ETUDIANT", "SALARIE", "VIE PRIVEE ET FAMILIALE"]),
            B.addr_str(a).upper(),
        )
        return d, rng.choice(CARD_LOOKS), "titre_sejour", flaw
    if dtype in ("birth_certificate", "apostille", "translation"):
        nat = rng.choice(
            APO_NATS + ["SEN", "CIV", "CMR", "DZA", "HTI", "COD", "MLI", "GIN"]
            if dtype == "birth_certificate"
            else APO_NATS
        )
        p = random_person(rng, nat) if nat in NAMES else p
        p["father"] = (
            rng.choice(["Ibrahima", "José Luis", "Ramesh", "Ali", "John"])
            + " "
            + p["surname"].title()
        )
        p["mother"] = (
            rng.choice(["Awa", "Rosa", "Sunita", "Fatma", "Mary"])
            + " "
            + rng.choice(["Sow", "Lopes", "Devi", "Kaya", "Smith"])
        )
        issued = D(rng.randint(2023, 2026), rng.randint(1, 9), rng.randint(1, 28))
        if dtype == "birth_certificate":
            d = B.b_birth(rng, p, issued, False, "single document (no apostille with it)")
            looks = RAST_LOOKS
        elif dtype == "apostille":
            d = B.b_apostille(rng, p, issued, full_page=rng.random() < 0.6)
            looks = RAST_LOOKS
        else:
            d = B.b_translation(
                rng, p, rng.choice(["anglais", "espagnol", "portugais", "turc"]), issued
            )
            looks = PAPER_LOOKS
        return d, rng.choice(looks), "acte", None
    if dtype == "utility_bill":
        prov = BILL_PROVS[k % len(BILL_PROVS)]
        y, m = 2026, rng.randint(3, 10)
        s, e = B.month_bounds(y, m)
        if prov in ("Eau de Paris", "EDF") and rng.random() < 0.7:
            s = D(y, m - 2, 1)
            flaw = "bill covers two months"
        civ = "M." if p["sex"] == "M" else "Mme"
        holder = (
            f"{p['given']} {p['surname']}".title()
            if rng.random() < 0.5
            else f"{p['surname']} {p['given']}"
        )
        screen = rng.random() < 0.2 and prov not in ("Eau de Paris",)
        d = B.b_bill(
            rng,
            prov,
            holder,
            civ,
            a,
            e + dt.timedelta(days=rng.randint(2, 9)),
            s,
            e,
            round(rng.uniform(15, 140), 2),
            screen=screen,
        )
        look = "screenshot" if screen else rng.choice(PAPER_LOOKS + ["text_pdf"])
        return d, look, "facture", flaw
    if dtype == "lease":
        d = B.b_lease(
            rng,
            rng.choice(
                [
                    "M. Alain Roux",
                    "SCI du Parc",
                    "Mme Odile Perrin",
                    "Foncia Gestion pour M. Bernard Lévy",
                ]
            ),
            "6 rue Lepic 75018 Paris",
            [f"{p['given']} {p['surname']}"] + (["Léa Fournier"] if rng.random() < 0.3 else []),
            a,
            D(rng.randint(2024, 2026), rng.randint(1, 10), 1),
            rng.choice([620, 850, 1100, 1390]),
            furnished=rng.random() < 0.4,
        )
        return d, rng.choice(PAPER_LOOKS), "bail", None
    if dtype == "hosting_attestation":
        host = random_person(rng)
        hw = rng.random() < 0.6
        signed = rng.random() > 0.2
        if not signed:
            flaw = "attestation not signed"
        d = B.b_attest(
            rng,
            host,
            p,
            a,
            D(2026, rng.randint(1, 8), rng.randint(1, 28)),
            D(2026, 10, rng.randint(1, 28)),
            hw,
            a[2],
            signed,
        )
        return d, rng.choice(RAST_LOOKS if hw else PAPER_LOOKS), "attestation", flaw
    if dtype == "payslip":
        d = B.b_payslip(
            rng,
            p,
            rng.choice(B.EMPLOYERS),
            a,
            rng.choice(["Employé polyvalent", "Développeuse", "Agent d'entretien", "Cuisinier"]),
            D(2025, rng.randint(1, 12), 1),
            D(2026, rng.randint(6, 10), 1),
            round(rng.uniform(1801.8, 4200), 2),
        )
        return d, rng.choice(PAPER_LOOKS), "bulletin", None
    if dtype == "employment_contract":
        ct = rng.choice(["CDI", "CDD"])
        start = D(2026, rng.randint(1, 10), rng.randint(1, 28))
        d = B.b_contract(
            rng,
            p,
            rng.choice(B.EMPLOYERS),
            a,
            ct,
            rng.choice(["Vendeuse", "Technicien réseau", "Plongeur", "Assistante comptable"]),
            start,
            rng.choice([1850, 2100, 2600]),
            end=start.replace(year=2027) if ct == "CDD" else None,
        )
        return d, rng.choice(PAPER_LOOKS), "contrat", None
    if dtype == "rib":
        holder = ("M. " if p["sex"] == "M" else "Mme ") + f"{p['given']} {p['surname']}"
        if rng.random() < 0.3:
            bad = rng.random() < 0.25
            d = B.b_rib_screen(
                rng,
                rng.choice(["Revolut", "N26", "Wise", "BoursoBank"]),
                f"{p['given']} {p['surname']}",
                bad_iban=bad,
            )
            return d, "screenshot", "rib", "IBAN check digits wrong" if bad else None
        ok = rng.random() > 0.15
        d = B.b_rib(rng, BANKS[k % len(BANKS)], holder, a, key_ok=ok)
        return d, rng.choice(PAPER_LOOKS + ["text_pdf"]), "RIB", None if ok else "RIB key wrong"
    if dtype == "application_form":
        way = rng.choice(["hand", "typed_print", "acroform", "acroform_printed"])
        sit = rng.choice(["salarie", "etudiant", "sans_activite", "demandeur_emploi"])
        d = B.b_form(
            rng,
            p,
            a,
            sit,
            D(2026, 11, rng.randint(1, 12)),
            way,
            contract="CDI" if sit == "salarie" else None,
            job="Vendeur" if sit == "salarie" else "",
        )
        look = "text_pdf" if way == "acroform" else rng.choice(RAST_LOOKS)
        return d, look, "formulaire", None
    # unknown
    if k % 2:
        pg = q_home.quittance(
            rng,
            "M. Alain Roux",
            f"{p['given']} {p['surname']}",
            B.addr_str(a),
            B.month_bounds(2026, rng.randint(6, 10))[1],
            rng.choice([540, 720, 880]),
            60,
        )
        note = "quittance de loyer (a receipt, not a lease)"
    else:
        pg = q_home.insurance(
            rng,
            rng.choice(["MAIF", "Luko", "MACIF", "Matmut"]),
            f"{p['given']} {p['surname']}",
            B.addr_str(a),
            D(2026, 2, 1),
        )
        note = "attestation d'assurance habitation"
    return B.doc("unknown", [pg], {}, note), rng.choice(PAPER_LOOKS), "document", None


PLAN = [
    ("passport", 12),
    ("national_id", 6),
    ("long_stay_visa", 7),
    ("residence_permit", 9),
    ("birth_certificate", 10),
    ("apostille", 6),
    ("translation", 5),
    ("utility_bill", 14),
    ("lease", 5),
    ("hosting_attestation", 6),
    ("payslip", 7),
    ("employment_contract", 5),
    ("rib", 10),
    ("application_form", 6),
    ("unknown", 4),
]


def build_documents(out):
    seq = [t for t, n in PLAN for _ in range(n)]
    random.Random(77).shuffle(seq)
    names = []
    for k, dtype in enumerate(seq):
        name = f"d{k + 1:03d}"
        rng = random.Random(5000 + k)
        as_of = D(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
        d, look, tag, flaw = single(k, dtype, rng, as_of)
        if d.get("raster_only") and look == "text_pdf":
            look = "image_pdf"
        if any(getattr(pg, "card", False) for pg in (d["pages"] or [])) and look == "text_pdf":
            look = "image_pdf"
        folder = os.path.join(out, "documents", name)
        os.makedirs(folder, exist_ok=True)
        n_pages = len(d["pages"]) if d["pages"] else 1
        fnames = names_for(rng, look, n_pages, tag, k)
        docs = emit(folder, [{"doc": d, "look": look, "names": fnames}], rng)
        if flaw:
            docs[0]["notes"] = (
                (docs[0]["notes"] + "; " if docs[0]["notes"] else "") + "flaw: " + flaw
            )
        truth = {
            "as_of": as_of.isoformat(),
            "employed": None,
            "status": None,
            "requirements": None,
            "defect": None,
            "applicant": {
                "surname": p_sur(d),
                "given_names": p_giv(d),
                "date_of_birth": d["fields"].get("date_of_birth"),
            },
            "documents": docs,
        }
        write_json(os.path.join(out, "documents", name + ".truth.json"), truth)
        names.append(name)
    return names


def p_sur(d):
    f = d["fields"]
    return (
        f.get("surname")
        or f.get("holder_name")
        or f.get("employee_name")
        or f.get("hosted_name")
        or (f.get("tenant_names") or [None])[0]
    )


def p_giv(d):
    return d["fields"].get("given_names")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    packets = build_packets(out)
    documents = build_documents(out)
    write_json(os.path.join(out, "manifest.json"), {"packets": packets, "documents": documents})


if __name__ == "__main__":
    main()
