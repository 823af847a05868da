"""Packet writer and truth helpers for set_dk."""

import json
import os
import random

import dk_docs as D
import dk_draw as G
import dk_ids as I

REQS = ["application_form", "identity", "residence_status", "birth_certificate",
        "residence_proof", "bank_details", "employment"]  # fmt: skip


def luhn_siret(prefix13):
    for d in range(10):
        s = prefix13 + str(d)
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise AssertionError


class Packet:
    def __init__(self, out, name, seed):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.name, self.rng, self.docs = name, random.Random(seed), []

    def p(self, fname):
        return os.path.join(self.dir, fname)

    def add(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields,
                          "notes": notes})  # fmt: skip

    # looks -------------------------------------------------------------
    def photo(self, doc, fname, rot=0, dpi=200):
        G.save_jpg(G.phone_photo(G.render(doc, dpi), self.rng, rot), self.p(fname), 88)

    def card_photo(self, doc, fname, rot=0):
        im = G.render(doc, 600)
        G.save_jpg(G.phone_photo(im, self.rng, rot, long_side=3024), self.p(fname), 90)

    def scan_jpg(self, doc, fname, dpi=200):
        G.save_jpg(G.scan(G.render(doc, dpi), self.rng), self.p(fname), 82)

    def bed(self, docs, fname, dpi=300):
        page = G.on_bed([G.render(d, dpi) for d in docs], self.rng, dpi)
        G.save_jpg(G.scan(page, self.rng, angle=0.0), self.p(fname), 85)

    def img_pdf(self, docs, fname, dpi=200):
        ims = [G.scan(G.render(d, dpi), self.rng) for d in docs]
        G.image_pdf(ims, self.p(fname), self.rng, dpi)


def id_fields(sn, gn, num, nat, iss, dob, sex, exp, mrz):
    ok = I.mrz_ok(mrz) if mrz else None
    if mrz:
        assert ok, mrz
        assert num in mrz[0] + mrz[1], (num, mrz)
    return {"surname": sn, "given_names": gn, "document_number": num, "nationality": nat,
            "issuing_country": iss, "date_of_birth": dob, "sex": sex, "expiry_date": exp,
            "mrz_valid": ok}  # fmt: skip


def form_fields(f, employment, signed_on):
    return {"surname": f["surname"], "given_names": f["given"], "date_of_birth": f["dob"],
            "employment_status": employment, "signed": True, "signed_on": signed_on,
            "nir": None}  # fmt: skip


def write_truth(pk, as_of, employed, reqs, defect, applicant):
    status = "complete"
    if any(v in ("invalid", "missing") for v in reqs.values()):
        status = "incomplete"
    elif any(v == "questionable" for v in reqs.values()):
        status = "questionable"
    t = {"as_of": as_of, "employed": employed, "status": status,
         "requirements": {k: reqs[k] for k in REQS}, "defect": defect,
         "applicant": applicant, "documents": pk.docs}  # fmt: skip
    with open(pk.dir + ".truth.json", "w", encoding="utf-8") as fh:
        json.dump(t, fh, ensure_ascii=False, indent=2)


def edf(holder, addr, month, issue, amount, rng):
    start = f"{month}-01"
    end = {"08": "31", "09": "30", "10": "31"}[month[5:]]
    return {
        "brand": "edf", "color": (0, 40, 120), "tint": (232, 238, 248), "logo": "edf",
        "company": "EDF SA — 22-30 avenue de Wagram, 75382 Paris cedex 08",
        "company2": "SA au capital de 2 084 365 041 € — 552 081 317 R.C.S. Paris",
        "holder": holder, "addr": addr, "title": "Votre facture d'électricité",
        "number": f"10{rng.randint(10**9, 10**10 - 1)}", "issue": issue,
        "client": "6 004 218 377", "start": start, "end": f"{month}-{end}",
        "amount": amount, "site_word": "livraison",
        "lines": [("Abonnement Tarif Bleu option Base 6 kVA", 15.86),
                  ("Consommation électricité", round(amount - 15.86 - 7.41, 2)),
                  ("Contributions et taxes (accise, CTA)", 7.41)],
        "pay_text": "Montant prélevé sur votre compte le " + D.fr(issue[:8] + "18") + ".",
        "footer": "edf.fr — Service client 09 69 32 15 15 (appel non surtaxé)",
    }  # fmt: skip
