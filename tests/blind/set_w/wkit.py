"""Shared helpers for the set_w packets: packet writer, truth, country styles."""

import json
import random

import docs_id as I
import wdraw as W

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def siret(rng):
    def luhn_fix(digits):
        for last in range(10):
            s = digits + str(last)
            tot = 0
            for i, ch in enumerate(reversed(s)):
                v = int(ch) * (2 if i % 2 else 1)
                tot += v - 9 if v > 9 else v
            if tot % 10 == 0:
                return s
        raise AssertionError

    siren = luhn_fix("".join(str(rng.randrange(10)) for _ in range(8)))
    full = luhn_fix(siren + "000" + str(rng.randrange(1, 9)))
    return f"{full[:3]} {full[3:6]} {full[6:9]} {full[9:]}"


class Packet:
    def __init__(self, out, name, seed):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name, self.rng, self.docs = name, random.Random(seed), []

    def add(self, files, typ, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}
        )

    def path(self, fn):
        return self.dir / fn

    # one file per look ------------------------------------------------------
    def phone(self, fn, img, rot90=0, landscape=False):
        out = (4000, 3000) if landscape else (3000, 4000)
        W.save_jpeg(W.phone_look(img, self.rng, out=out, rot90=rot90), self.path(fn), q=88)

    def scan(self, fn, img, dpi):
        W.save_jpeg(W.scan_look(img, self.rng), self.path(fn), q=82, dpi=dpi)

    def image_pdf(self, fn, imgs, dpi=150):
        W.image_pdf(self.path(fn), imgs, self.rng, dpi=dpi)

    def text_pdf(self, fn, funcs, title=None):
        W.text_pdf(self.path(fn), funcs, self.rng, title=title)

    def write_truth(self, as_of, employed, req, defect, applicant):
        status = "complete"
        if any(v in ("invalid", "missing") for v in req.values()):
            status = "incomplete"
        elif any(v == "questionable" for v in req.values()):
            status = "questionable"
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: req[k] for k in REQ},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        p = self.dir.parent / (self.name + ".truth.json")
        p.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return status


def card(fn, data, rng, w=125, h=88, dpi=300, bg=(255, 255, 255)):
    return W.render(lambda pg: fn(pg, data, rng), w, h, dpi, rng=rng, bg=bg)


def a4(fn, dpi=150, rng=None):
    return W.render(fn, 210, 297, dpi, rng=rng)


def id_fields(surname, given, number, nat, issuer, dob, sex, expiry, mrz_valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuer,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": mrz_valid,
    }


def form_fields(f, employed):
    return {
        "surname": f["surname"],
        "usage_name": f.get("usage"),
        "given_names": f["given"],
        "date_of_birth": f["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "situation": f["situation"],
        "contract_type": f.get("contract"),
        "signed": True,
        "signed_on": f["signed_on"],
        "nir": None,
        "place": f["place"],
    }


def rib_fields(r, holder):
    return {
        "holder_name": holder,
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": r["name"],
        "iban_valid": W.iban_ok(r["iban"]),
        "rib_key_valid": True,
    }


def make_rib(bank, branch, account, bic, name):
    key = W.rib_key(bank, branch, account)
    return {
        "bank": bank,
        "branch": branch,
        "account": account,
        "key": key,
        "bic": bic,
        "iban": W.iban_fr(bank, branch, account),
        "name": name,
    }


MOROCCO = {
    "paper": (226, 238, 228),
    "tint": (190, 215, 195),
    "ink": (0, 90, 60),
    "date": "en",
    "header": ["ROYAUME DU MAROC  -  KINGDOM OF MOROCCO", "PASSEPORT / PASSPORT"],
    "labels": {
        "type": "Type",
        "code": "Code / Code",
        "number": "N° du passeport / Passport No",
        "surname": "Nom / Surname",
        "given": "Prénoms / Given names",
        "nat": "Nationalité / Nationality",
        "dob": "Date de naissance / Date of birth",
        "sex": "Sexe / Sex",
        "pob": "Lieu de naissance / Place of birth",
        "issue": "Date de délivrance / Date of issue",
        "expiry": "Date d'expiration / Date of expiry",
        "auth": "Autorité / Authority",
    },
    "rows": [
        ["type", "code", "number"],
        ["surname"],
        ["given"],
        ["nat", "dob"],
        ["sex", "pob"],
        ["issue", "expiry"],
        ["auth"],
    ],
}
COLOMBIA = {
    "paper": (240, 228, 222),
    "tint": (225, 200, 190),
    "ink": (120, 20, 40),
    "date": "es",
    "hfont": "serifb",
    "vfont": "condb",
    "header": ["REPÚBLICA DE COLOMBIA", "PASAPORTE  PASSPORT"],
    "labels": {
        "type": "Tipo/Type",
        "code": "Código/Code",
        "number": "Pasaporte N°/Passport No.",
        "surname": "Apellidos/Surname",
        "given": "Nombres/Given names",
        "nat": "Nacionalidad/Nationality",
        "dob": "Fecha de nacimiento/Date of birth",
        "sex": "Sexo/Sex",
        "pob": "Lugar de nacimiento/Place of birth",
        "issue": "Fecha de expedición/Date of issue",
        "expiry": "Fecha de vencimiento/Date of expiry",
        "auth": "Autoridad/Authority",
    },
    "rows": [
        ["type", "code", "number"],
        ["surname"],
        ["given"],
        ["nat", "sex"],
        ["dob", "pob"],
        ["issue", "expiry"],
        ["auth"],
    ],
}
INDIA = {
    "paper": (226, 232, 244),
    "tint": (195, 205, 230),
    "ink": (20, 40, 110),
    "date": "dmy_slash",
    "vfont": "sansb",
    "header": ["REPUBLIC OF INDIA", ""],
    "labels": {
        "type": "Type",
        "code": "Country Code",
        "number": "Passport No.",
        "surname": "Surname",
        "given": "Given Name(s)",
        "nat": "Nationality",
        "dob": "Date of Birth",
        "sex": "Sex",
        "pob": "Place of Birth",
        "issue": "Date of Issue",
        "expiry": "Date of Expiry",
        "auth": "Place of Issue",
    },
    "rows": [
        ["type", "code", "number"],
        ["surname"],
        ["given"],
        ["nat", "sex", "dob"],
        ["pob"],
        ["auth"],
        ["issue", "expiry"],
    ],
}


def visa(v):
    v["mrz"] = W.mrva(
        "FRA",
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        I.mrzd(v["dob"]),
        v["sex"],
        I.mrzd(v["valid_until"]),
    )
    v.setdefault("printed_number", "FRA " + v["number"])
    return v


def visa_fields(v):
    f = id_fields(
        v["surname"], v["given"], v["number"], v["nat"], "FRA", v["dob"], v["sex"], v["valid_until"]
    )
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": v["category"],
            "valid_from": v["valid_from"],
            "valid_until": v["valid_until"],
        }
    )
    return f


def passport_data(
    style, issuer, surname, given, number, nat_text, dob, sex, pob, issue, expiry, authority, skin
):
    return {
        "style": style,
        "issuer": issuer,
        "surname": surname,
        "given": given,
        "number": number,
        "nat_text": nat_text,
        "dob": dob,
        "sex": sex,
        "pob": pob,
        "issue": issue,
        "expiry": expiry,
        "authority": authority,
        "skin": skin,
        "mrz": W.td3("P", issuer, surname, given, number, issuer, I.mrzd(dob), sex, I.mrzd(expiry)),
    }
