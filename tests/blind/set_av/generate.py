"""Generate blind set set_av: four whole PUMa packets. Usage: generate.py OUT_DIR"""

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import civil  # noqa: E402
import form  # noqa: E402
import french as fr  # noqa: E402
import ids  # noqa: E402
import screens  # noqa: E402
from people import HEADERS, P01, P02, P03, P04  # noqa: E402
from render import image_pdf, save_photo, save_scan, to_image, to_pdf  # noqa: E402

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def luhn_siret(prefix13):
    for d in range(10):
        s = prefix13 + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError


def month_end(y, m):
    return "%04d-%02d-%02d" % (y, m, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])


class Packet:
    def __init__(self, out, a):
        self.a, self.dir = a, os.path.join(out, "packets", a["name"])
        os.makedirs(self.dir, exist_ok=True)
        self.rng = random.Random(a["seed"])
        self.docs = []

    def path(self, name):
        return os.path.join(self.dir, name)

    def add(self, files, typ, look, fields, notes=""):
        fl = [{"path": f, "pages": pg} for f, pg in files]
        self.docs.append({"files": fl, "type": typ, "look": look, "fields": fields, "notes": notes})

    # ------------------------------------------------------------ common pieces
    def passport(self, look, fname, rotate=0):
        a, pp = self.a, self.a["passport"]
        h = HEADERS[a["country"]]
        mrz = ids.td3(
            pp["number"],
            a["country"],
            a.get("mrz_surname", a["surname"]),
            a.get("mrz_given", a["given"]),
            a["country"],
            a["dob"],
            a["sex"],
            pp["expiry"],
        )
        data = dict(
            header=h[0],
            subheader=h[1],
            labels=h[2],
            base=h[3],
            ink=h[4],
            cover=h[5],
            type="P",
            issuer=a["country"],
            number=pp["number"],
            surname=a["surname"],
            given=a["given"],
            nationality_text=a["nationality_text"],
            dob=a["dob"],
            sex=a["sex"],
            pob=a["pob"].upper(),
            issued=pp["issued"],
            authority=pp["authority"],
            expiry=pp["expiry"],
            mrz=mrz,
        )
        im = ids.passport_page(data, self.rng)
        if look == "phone_photo":
            save_photo(im, self.path(fname), self.rng, rotate, 3264, 0.7)
        else:
            save_scan(im, self.path(fname), self.rng, 300)
        self.add(
            [(fname, [1])],
            "passport",
            look,
            {
                "surname": a["surname"],
                "given_names": a["given"],
                "document_number": pp["number"],
                "nationality": a["country"],
                "issuing_country": a["country"],
                "date_of_birth": a["dob"],
                "sex": a["sex"],
                "expiry_date": pp["expiry"],
                "mrz_valid": True,
            },
            "TD3 data page; MRZ " + " / ".join(mrz),
        )

    def visa(self, look, fname, number, vfrom, vuntil, issued, place, remarks, category, rotate=0):
        a = self.a
        mrz = ids.mrva(
            number,
            "FRA",
            a.get("mrz_surname", a["surname"]),
            a.get("mrz_given", a["given"]),
            a["country"],
            a["dob"],
            a["sex"],
            vuntil,
        )
        v = dict(
            number=number,
            from_txt=vfrom[8:10] + "-" + vfrom[5:7] + "-" + vfrom[2:4],
            until_txt=vuntil[8:10] + "-" + vuntil[5:7] + "-" + vuntil[2:4],
            days="365",
            place=place,
            issued_txt=issued[8:10] + "-" + issued[5:7] + "-" + issued[2:4],
            passport=a["passport"]["number"],
            surname=a.get("mrz_surname", a["surname"]),
            given=a.get("mrz_given", a["given"]),
            remarks=remarks,
            mrz=mrz,
        )
        im = ids.visa_page(v, self.rng)
        if look == "phone_photo":
            save_photo(im, self.path(fname), self.rng, rotate, 3024, 0.72)
        else:
            save_scan(im, self.path(fname), self.rng, 300)
        self.add(
            [(fname, [1])],
            "long_stay_visa",
            look,
            {
                "surname": a["surname"],
                "given_names": a["given"],
                "document_number": number,
                "nationality": a["country"],
                "issuing_country": "FRA",
                "date_of_birth": a["dob"],
                "sex": a["sex"],
                "expiry_date": vuntil,
                "mrz_valid": True,
                "visa_type": "D",
                "vls_ts": True,
                "category": category,
                "valid_from": vfrom,
                "valid_until": vuntil,
            },
            "Schengen MRV-A sticker; MRZ " + " / ".join(mrz),
        )

    def form(self, mode, look, files, run, hand="dkg", date_by_hand=False, rotations=(0, 0)):
        a = self.a
        fa = dict(
            surname=a["surname"],
            given=a["given"],
            sex=a["sex"],
            dob=a["dob"],
            pob=a["pob"],
            pob_country=a["pob_country"],
            nationality_fr=a["nationality_fr"],
            street=a["street"],
            cp=a["cp"],
            city=a["city"],
            phone=a["phone"],
            email=a["email"],
            situation=a["situation"],
            contract=a.get("contract"),
            job=a.get("job", ""),
            place=a["city"],
            date_text=a["form_date"],
            date_by_hand=date_by_hand,
        )
        pages = [
            form.page1(fa, self.rng, mode, hand, run),
            form.page2(fa, self.rng, mode, hand, run),
        ]
        imgs = [to_image(p, 200) for p in pages]
        if look == "image_pdf":
            image_pdf(imgs, self.path(files[0]), self.rng)
            flist = [(files[0], [1, 2])]
        else:
            flist = []
            for im, fn, rot in zip(imgs, files, rotations):
                if look == "phone_photo":
                    save_photo(im, self.path(fn), self.rng, rot, 3264, 0.82)
                else:
                    save_scan(im, self.path(fn), self.rng)
                flist.append((fn, [1]))
        self.add(
            flist,
            "application_form",
            look,
            {
                "surname": a["surname"],
                "given_names": a["given"],
                "date_of_birth": a["dob"],
                "employment_status": "employed" if a["situation"] == "salarie" else "not_employed",
                "signed": True,
                "signed_on": a["form_iso"],
                "nir": None,
            },
            "cerfa 15763*02, fill: %s, print run %d" % (mode, run),
        )

    def birth(self, maker, cert, apo, look, files, lang):
        a = self.a
        p1 = to_image(maker(cert, self.rng), 200)
        p2 = to_image(civil.apostille(apo, self.rng), 200)
        if look == "image_pdf":
            image_pdf([p1, p2], self.path(files[0]), self.rng)
            fb, fa_ = [(files[0], [1])], [(files[0], [2])]
        else:
            for im, fn, rot in zip([p1, p2], files, (180, 0)):
                if look == "phone_photo":
                    save_photo(im, self.path(fn), self.rng, rot, 3000, 0.82)
                else:
                    save_scan(im, self.path(fn), self.rng)
            fb, fa_ = [(files[0], [1])], [(files[1], [1])]
        self.add(
            fb,
            "birth_certificate",
            look,
            {
                "surname": cert["surname"],
                "given_names": cert["given"],
                "date_of_birth": a["dob"],
                "place_of_birth": cert["pob"],
                "issuing_country": a["country"],
                "language": lang,
                "has_apostille": True,
            },
        )
        self.add(
            fa_,
            "apostille",
            look,
            {
                "country": apo["country"],
                "issued_on": apo["issued"],
                "number": apo["number"],
                "signed_by": apo["signer"],
            },
            "Hague model apostille, 10 items, for the birth certificate",
        )

    def bills(self, style, holder, street, cp_city, months, looks, names, base, rot=0):
        out = []
        for (y, m), look, fn in zip(months, looks, names):
            start, end = "%04d-%02d-01" % (y, m), month_end(y, m)
            issue = "%04d-%02d-%02d" % (y + (m == 12), m % 12 + 1, 4 + self.rng.randint(0, 4))
            amt = round(base + self.rng.uniform(-6, 9), 2)
            b = dict(
                holder=holder,
                street=street,
                cp_city=cp_city,
                issue=issue,
                start=start,
                end=end,
                amount=amt,
                number="%s%07d" % (style[:2].upper(), self.rng.randint(0, 10**7)),
                client=str(self.rng.randint(10**9, 10**10)),
                contract=str(self.rng.randint(10**9, 10**10)),
                debit=issue[:8] + "%02d" % (int(issue[8:]) + 10),
                iban_mask="FR76 **** **** 0042",
                lines=[
                    (
                        "Abonnement du %s au %s" % (fr.dmy(start), fr.dmy(end)),
                        round(amt / 1.2, 2),
                        amt,
                    )
                ],
            )
            st = dict(fr.STYLES[style])
            if style == "engie":
                st["notice"] = st["notice"] % ("1418 4466 0231 57")
                b["lines"] = [
                    ("Abonnement (6 kVA)", 13.4, 16.08),
                    (
                        "Consommation %d kWh" % self.rng.randint(140, 220),
                        round((amt - 16.08) / 1.2, 2),
                        round(amt - 16.08, 2),
                    ),
                ]
            if look == "screenshot":
                screens.sfr_app_screen(b).save(self.path(fn))
            else:
                page = fr.bill(st, b)
                if look == "text_pdf":
                    to_pdf([page], self.path(fn), "Facture")
                elif look == "phone_photo":
                    save_photo(to_image(page, 200), self.path(fn), self.rng, rot, 3264, 0.8)
                else:
                    save_scan(to_image(page, 200), self.path(fn), self.rng)
            service = {"bouygues": "internet", "sfr": "internet", "engie": "electricity"}[style]
            self.add(
                [(fn, [1])],
                "utility_bill",
                look,
                {
                    "provider": {"bouygues": "Bouygues Telecom", "sfr": "SFR", "engie": "ENGIE"}[
                        style
                    ],
                    "service": service,
                    "holder_name": holder,
                    "address": street + ", " + cp_city,
                    "issue_date": issue,
                    "period_start": start,
                    "period_end": end,
                    "amount": amt,
                    "month": start[:7],
                },
            )
            out.append(b)
        return out

    def rib(self, look, fname, R):
        if look == "screenshot":
            screens.n26_screen(R).save(self.path(fname))
            key_ok = None
        else:
            page = fr.rib_page(R, self.rng)
            if look == "text_pdf":
                to_pdf([page], self.path(fname), "RIB")
            else:
                save_scan(to_image(page, 200), self.path(fname), self.rng)
            key_ok = ids.rib_key(R["bank_code"], R["branch_code"], R["account"]) == R["key"]
        self.add(
            [(fname, [1])],
            "rib",
            look,
            {
                "holder_name": R["holder"],
                "iban": R["iban"],
                "bic": R["bic"],
                "bank_name": R["bank_name"],
                "iban_valid": ids.iban_ok(R["iban"]),
                "rib_key_valid": key_ok,
            },
        )

    def write(self, out, status, reqs, defect=None):
        a = self.a
        truth = {
            "as_of": a["as_of"],
            "employed": a["employed"],
            "status": status,
            "requirements": reqs,
            "defect": defect,
            "applicant": {
                "surname": a["surname"],
                "given_names": a["given"],
                "date_of_birth": a["dob"],
            },
            "documents": self.docs,
        }
        with open(os.path.join(out, "packets", a["name"] + ".truth.json"), "w") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)


def ok(**over):
    r = {k: "complete" for k in REQS}
    r.update(over)
    return r


def fr_rib(bank, branch, account):
    ib, key = ids.fr_iban(bank, branch, account)
    return ib, key


from packets import build_all  # noqa: E402


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    names = build_all(out, Packet, ok, fr_rib, luhn_siret, (P01, P02, P03, P04))
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": names, "documents": []}, f, indent=2)


if __name__ == "__main__":
    main()
