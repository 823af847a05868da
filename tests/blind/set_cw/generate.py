"""Blind set set_cw: four whole PUMa packets (Mali, DR Congo, Iran, Lebanon).

Usage: python generate.py OUT_DIR
"""

import json
import random
import sys
from pathlib import Path

import cv2

import docs
import docs2
import form
import ids
from ids import fr_date
from render import image_pdf, pages_sheet, phone_look, render, save_jpg, scan_look, write_pdf

cv2.setNumThreads(1)
REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


def siret(base):
    for k in range(10):
        if luhn_ok(base + str(k)):
            return base + str(k)
    raise AssertionError


def rib(bank, guichet, compte, wrong=False):
    key = ids.rib_key(bank, guichet, compte)
    if wrong:
        key = f"{(int(key) + 13) % 97:02d}"
    iban = ids.iban_fr(bank, guichet, compte, key)
    return {
        "bank": bank,
        "guichet": guichet,
        "compte": compte,
        "key": key,
        "iban": iban,
        "key_ok": not wrong,
    }


class Packet:
    def __init__(self, out, name, seed):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name, self.docs, self.seed = name, [], seed

    def rng(self, tag):
        return random.Random(f"{self.seed}:{tag}")

    def add(self, files, typ, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}
        )

    def p(self, fn):
        return self.dir / fn


def passport_fields(pp, nat, mrz_ok=True):
    return {
        "surname": pp["sur"],
        "given_names": pp["giv"],
        "document_number": pp["num"],
        "nationality": nat,
        "issuing_country": pp["country"],
        "date_of_birth": pp["dob"],
        "sex": pp["sex"],
        "expiry_date": pp["exp"],
        "mrz_valid": mrz_ok,
    }


def make_passport(a, num, iss, exp, pob, style):
    pp = {
        "country": a["cc"],
        "sur": a["sur"],
        "giv": a["giv"],
        "num": num,
        "dob": a["dob"],
        "sex": a["sex"],
        "exp": exp,
        "pob": pob,
        "sig": a["giv"].split()[0].title(),
        "dob_txt": ids.fr_date(a["dob"]).replace("/", " "),
        "iss_txt": ids.fr_date(iss).replace("/", " "),
        "exp_txt": ids.fr_date(exp).replace("/", " "),
        "style": style,
    }
    pp["mrz"] = ids.td3(a["cc"], a["sur"], a["giv"], num, a["cc"], a["dob"], a["sex"], exp)
    return pp


def make_visa(a, pp, num, vfrom, vuntil, place, iss, r1, r2):
    v = {
        "num": num,
        "from_txt": fr_date(vfrom),
        "until_txt": fr_date(vuntil),
        "place": place,
        "iss_txt": fr_date(iss),
        "sur": a["sur"],
        "giv": a["giv"],
        "pass": pp["num"],
        "remark1": r1,
        "remark2": r2,
        "days": "365",
    }
    v["mrz"] = ids.mrvb("FRA", a["sur"], a["giv"], num, a["cc"], a["dob"], a["sex"], vuntil)
    fields = {
        "surname": a["sur"],
        "given_names": a["giv"],
        "document_number": num,
        "nationality": a["cc"],
        "issuing_country": "FRA",
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": vuntil,
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": r1.replace("VLS-TS ", ""),
        "valid_from": vfrom,
        "valid_until": vuntil,
    }
    return v, fields


def make_titre(a, num, exp, iss, mention, pob, addr1, addr2, pref, nat_word):
    t = {
        "sur": a["sur"],
        "giv": a["giv"],
        "sex": a["sex"],
        "nat": a["cc"],
        "dob_txt": fr_date(a["dob"]),
        "kind": "CARTE DE SÉJOUR TEMPORAIRE",
        "mention": mention,
        "exp_txt": fr_date(exp),
        "num": num,
        "pob": pob,
        "addr1": addr1,
        "addr2": addr2,
        "iss_txt": fr_date(iss),
        "pref": pref,
        "remark": "-",
        "sig": a["giv"].split()[0].title(),
    }
    t["mrz"] = ids.td1("IR", "FRA", a["sur"], a["giv"], num, a["cc"], a["dob"], a["sex"], exp)
    f = {
        "surname": a["sur"],
        "given_names": a["giv"],
        "document_number": num,
        "nationality": a["cc"],
        "issuing_country": "FRA",
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": exp,
        "mrz_valid": True,
    }
    return t, f


def form_fields(a, d, employment, signed_on, nir=None):
    return {
        "surname": d["sur"],
        "usage_name": d.get("usage") or None,
        "given_names": d["giv"],
        "sex": d["sex"],
        "date_of_birth": a["dob"],
        "employment_status": employment,
        "situation": d["situation"],
        "contract_type": d.get("contract"),
        "signed": d.get("signed", True),
        "signed_on": signed_on,
        "date_text": d["date_text"],
        "place": d["place"],
        "nir": nir,
    }


def write_form(pk, d, fill, run, arrangement, tag):
    rng = pk.rng(tag)
    p1, p2 = form.form_pages(d, fill, rng, run)
    if arrangement == "scan_jpgs":
        files = []
        for i, pg in enumerate((p1, p2)):
            fn = f"scan_{d['scan_no'] + i:04d}.jpg"
            save_jpg(scan_look(render(pg, 200), rng), pk.p(fn), rng)
            files.append({"path": fn, "pages": [1]})
        return files, "scan"
    if arrangement == "image_pdf":
        fn = "demande_puma.pdf"
        image_pdf(pk.p(fn), [scan_look(render(pg, 170), rng) for pg in (p1, p2)], rng)
        return [{"path": fn, "pages": [1, 2]}], "image_pdf"
    if arrangement == "acroform":
        fn = "formulaire_S1106_rempli.pdf"
        write_pdf(pk.p(fn), [p1, p2], "S1106 - Demande d'ouverture des droits")
        return [{"path": fn, "pages": [1, 2]}], "text_pdf"
    files = []
    for i, (pg, rot) in enumerate(((p1, 0), (p2, 270))):
        fn = f"IMG_{d['img_no'] + i}.jpg"
        save_jpg(phone_look(render(pg, 150), rng, rot=rot), pk.p(fn), rng)
        files.append({"path": fn, "pages": [1]})
    return files, "phone_photo"


# =========================================================================== p01 Mali
def p01(out):
    pk = Packet(out, "p01", "cw-p01")
    a = {"cc": "MLI", "sur": "KONATE", "giv": "AISSATA OUMOU", "dob": "1996-02-17", "sex": "F"}
    addr1, addr2 = "5 allée des Tilleuls, appt 23", "35200 Rennes"
    d = {
        "sur": "KONATÉ",
        "giv": "Aïssata Oumou",
        "sex": "F",
        "dob": a["dob"],
        "pob": "Ségou, Mali",
        "nat": "Malienne",
        "addr": addr1,
        "cp": "35200",
        "commune": "Rennes",
        "tel": "07 58 31 64 20",
        "email": "aissata.konate96@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Aide-soignante",
        "place": "Rennes",
        "date_text": "09/11/2026",
        "signer": "AKonaté",
        "scan_no": 31,
        "hand_font": "h_ecolier",
    }
    files, look = write_form(pk, d, "hand", 1, "scan_jpgs", "form")
    pk.add(
        files,
        "application_form",
        look,
        form_fields(a, d, "employed", "2026-11-09"),
        "filled by hand in capitals/blue pen, flatbed scan, two JPEGs",
    )
    rng = pk.rng("pass")
    pp = make_passport(
        a,
        "B2704581",
        "2024-05-10",
        "2029-05-09",
        "SEGOU",
        {
            "bg": (236, 242, 228),
            "ink": (20, 20, 20),
            "band": (20, 110, 60),
            "title1": "RÉPUBLIQUE DU MALI — CEDEAO / ECOWAS",
            "title2": "PASSEPORT / PASSPORT",
            "numlab": "N° Passeport / Passport No",
            "natword": "MALIENNE",
            "authority": "DGPN BAMAKO",
        },
    )
    save_jpg(
        phone_look(ids.passport_page(pp, rng), rng, rot=90), pk.p("IMG_20261103_184512.jpg"), rng
    )
    pk.add(
        [{"path": "IMG_20261103_184512.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        passport_fields(pp, "MLI"),
        "ECOWAS passport data page, photo rotated 90",
    )
    rng = pk.rng("ts")
    t, tf = make_titre(
        a,
        "ZH2718465",
        "2027-08-31",
        "2026-09-01",
        "SALARIÉ",
        "SEGOU (MALI)",
        addr1.upper(),
        addr2.upper(),
        "Ille-et-Vilaine",
        "MALIENNE",
    )
    fr, bk = ids.titre_sejour(t, rng)
    save_jpg(scan_look(pages_sheet([(fr, 86), (bk, 86)], rng), rng), pk.p("titre_sejour.jpg"), rng)
    pk.add(
        [{"path": "titre_sejour.jpg", "pages": [1]}],
        "residence_permit",
        "scan",
        tf,
        "front and back of the card copied on one sheet",
    )
    rng = pk.rng("birth")
    b = {
        "acte": "0412/2006",
        "giv": "Aïssata Oumou",
        "sur": "KONATÉ",
        "dob": a["dob"],
        "dob_words": "dix-sept février mil neuf cent quatre-vingt-seize",
        "pob": "Ségou (Mali)",
        "father": "Oumar KONATÉ",
        "mother": "Fatoumata DIARRA",
        "drawn_words": "vingt février mil neuf cent quatre-vingt-seize",
        "officer": "Moussa Sidibé",
        "issued_words": "14 janvier 2026",
    }
    save_jpg(scan_look(render(docs.birth_mali(b, rng), 200), rng), pk.p("acte_naissance.jpg"), rng)
    pk.add(
        [{"path": "acte_naissance.jpg", "pages": [1]}],
        "birth_certificate",
        "scan",
        {
            "surname": "KONATÉ",
            "given_names": "Aïssata Oumou",
            "date_of_birth": a["dob"],
            "place_of_birth": "Ségou (Mali)",
            "issuing_country": "MLI",
            "language": "fr",
            "has_apostille": False,
        },
        "Malian extract in French; Mali-France 1962 convention: no legalisation nor apostille",
    )
    rng = pk.rng("lease")
    le = {
        "landlord": "Hervé LE GALL",
        "landlord_addr": "12 quai Lamartine, 35000 Rennes",
        "tenants": ["Aïssata Oumou KONATÉ"],
        "addr": f"{addr1}, {addr2}",
        "surface": "31",
        "rooms": "1",
        "start": "2026-03-01",
        "rent": "520,00",
        "charges": "45,00",
        "city": "Rennes",
        "signed": "2026-02-20",
    }
    image_pdf(
        pk.p("bail_rennes.pdf"),
        [scan_look(render(pg, 170), rng) for pg in docs.lease_pages(le, rng)],
        rng,
    )
    pk.add(
        [{"path": "bail_rennes.pdf", "pages": [1, 2, 3]}],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Aïssata Oumou KONATÉ"],
            "landlord": "Hervé LE GALL",
            "address": f"{addr1}, {addr2}",
            "start_date": "2026-03-01",
        },
        "bail loi 1989",
    )
    rng = pk.rng("cdi")
    s = siret("85321490700")
    c = {
        "employer": "Oréade Santé",
        "form": "SAS",
        "capital": "150 000",
        "emp_addr": "8 rue de Brest, 35000 Rennes",
        "rcs": "Rennes",
        "siret": s,
        "rep": "Mme Claire Morvan",
        "title": "Madame",
        "employee": "Aïssata Oumou KONATÉ",
        "dob": a["dob"],
        "pob": "Ségou (Mali)",
        "nat": "malienne",
        "addr": f"{addr1}, {addr2}",
        "start": "2026-04-06",
        "job": "aide-soignante",
        "coef": "227",
        "ccn": "FHP (IDCC 2264)",
        "gross": "1 912,00",
        "site": "EHPAD Les Glycines, 40 boulevard de Verdun, 35000 Rennes",
        "city": "Rennes",
        "signed": "2026-03-30",
        "num": "OS-2026-0147",
    }
    write_pdf(pk.p("Contrat_CDI_Konate.pdf"), docs2.cdi_pages(c, rng), "Contrat CDI")
    pk.add(
        [{"path": "Contrat_CDI_Konate.pdf", "pages": [1, 2]}],
        "employment_contract",
        "text_pdf",
        {
            "employer": "Oréade Santé",
            "employee_name": "Aïssata Oumou KONATÉ",
            "contract_type": "CDI",
            "job_title": "aide-soignante",
            "start_date": "2026-04-06",
        },
        "",
    )
    r = rib("20041", "01013", "0532178K038")
    r.update(
        {
            "holder": "MME KONATE AISSATA OUMOU",
            "bic": "PSSTFRPPREN",
            "addr1": addr1,
            "addr2": addr2,
            "dom": "LA BANQUE POSTALE",
            "dom_addr": "Centre financier de Rennes",
            "bank_name": "La Banque Postale",
        }
    )
    write_pdf(
        pk.p("RIB_LBP.pdf"),
        [docs2.rib_page(r, {"color": (0, 48, 135), "fonts": ("lib", "libb")})],
        "RIB",
    )
    pk.add([{"path": "RIB_LBP.pdf", "pages": [1]}], "rib", "text_pdf", rib_fields(r), "")
    return pk, a, {"as_of": "2026-11-18", "employed": True, "defect": None}


def rib_fields(r):
    return {
        "holder_name": r["holder"],
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": r["bank_name"],
        "iban_valid": ids.iban_ok(r["iban"]),
        "rib_key_valid": r["key_ok"],
    }


def main():
    out = Path(sys.argv[1])
    import packets_b
    import packets_c

    names = []
    for fn in (p01, packets_b.p02, packets_c.p03, packets_c.p04):
        pk, a, meta = fn(out)
        req = dict.fromkeys(REQS, "complete")
        if not meta["employed"]:
            req["employment"] = "not_applicable"
        if meta.get("bad"):
            req[meta["bad"][0]] = meta["bad"][1]
        truth = {
            "as_of": meta["as_of"],
            "employed": meta["employed"],
            "status": "incomplete" if meta.get("bad") else "complete",
            "requirements": req,
            "defect": meta["defect"],
            "applicant": {"surname": a["sur"], "given_names": a["giv"], "date_of_birth": a["dob"]},
            "documents": pk.docs,
        }
        (out / "packets" / f"{pk.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(pk.name)
    (out / "manifest.json").write_text(
        json.dumps({"packets": names, "documents": []}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
