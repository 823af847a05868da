"""Shared helpers of set_ag: the Packet writer, field builders, passport styles."""

import json
import random
from pathlib import Path

import ids
from render import Page, photo_look, render_pil, save_jpeg, scan_look, write_image_pdf, write_pdf

ALL_REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Packet:
    def __init__(self, out, name, seed):
        self.dir = Path(out) / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name, self.rng, self.docs = name, random.Random(seed), []

    def text_pdf(self, fname, pages, author=""):
        write_pdf(self.dir / fname, pages, author=author)

    def scan(self, fname, page, dpi=200, card=False):
        img = render_pil(page, dpi)
        bed = (int(216 / 25.4 * dpi), int(297 / 25.4 * dpi)) if card else None
        save_jpeg(scan_look(img, self.rng, bed=bed), self.dir / fname, 85, dpi)

    def photo(self, fname, page, rot=0, dpi=None, cover=0.78):
        dpi = dpi or (600 if page.w < 140 else 300)
        img = photo_look(render_pil(page, dpi), self.rng, rot=rot, cover=cover)
        save_jpeg(img, self.dir / fname, 90)

    def image_pdf(self, fname, pages, dpi=200):
        imgs = []
        for pg in pages:
            im = render_pil(pg, dpi)
            if pg.w < 200:  # card or booklet: copy on an A4 sheet
                sheet = Page()
                sheet.image(20, 20, pg.w * 1.0, pg.h * 1.0, im)
                im = render_pil(sheet, dpi)
            imgs.append(scan_look(im, self.rng))
        write_image_pdf(self.dir / fname, imgs, dpi)

    def png(self, fname, page, size):
        render_pil(page, 460).resize(size).save(self.dir / fname, "PNG")

    def doc(self, typ, look, files, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": p, "pages": pg} for p, pg in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def truth(self, as_of, employed, applicant, req, defect):
        for k in ALL_REQ:
            req.setdefault(k, "complete")
        bad = [v for v in req.values() if v in ("invalid", "missing")]
        q = [v for v in req.values() if v == "questionable"]
        status = "incomplete" if bad else "questionable" if q else "complete"
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: req[k] for k in ALL_REQ},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        out = self.dir.parent / (self.name + ".truth.json")
        out.write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def id_fields(p, num, exp, mrz_ok=True, iss=None, nat=None):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": num,
        "nationality": nat or p["nat"],
        "issuing_country": iss or p["nat"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": exp,
        "mrz_valid": mrz_ok,
    }


def visa_fields(p, v):
    f = id_fields(p, v["number"], v["until"], iss="FRA")
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": v["category"],
            "valid_from": v["from"],
            "valid_until": v["until"],
        }
    )
    return f


def vis(v):
    d1, d2, d3 = v["from"], v["until"], v["issued"]
    v["from_txt"] = ids.fr_date(d1, "-")[:6] + d1[2:4]
    v["until_txt"] = ids.fr_date(d2, "-")[:6] + d2[2:4]
    v["issued_txt"] = ids.fr_date(d3, "-")[:6] + d3[2:4]
    return v


def en_date(d, es=False):
    m = ids.MONTHS_EN[int(d[5:7]) - 1]
    if es:
        m = (
            ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"][
                int(d[5:7]) - 1
            ]
            + "/"
            + m
        )
    return "%s %s %s" % (d[8:10], m, d[:4])


def style(title1, title2, nat_text, lang, cover, tint, authority, font="sans", font_b="sansb"):
    lab = {
        "fr": (
            "Type",
            "Code",
            "Passeport N°",
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Sexe / Sex",
            "Lieu de naissance / Place of birth",
            "Date de délivrance / Date of issue",
            "Autorité / Authority",
            "Date d'expiration / Date of expiry",
        ),
        "ko": (
            "종류/Type",
            "발행국/Issuing country",
            "여권번호/Passport No.",
            "성/Surname",
            "이름/Given names",
            "국적/Nationality",
            "생년월일/Date of birth",
            "성별/Sex",
            "발행관청/Authority",
            "발급일/Date of issue",
            "발행관청/Authority",
            "기간만료일/Date of expiry",
        ),
        "es": (
            "Tipo/Type",
            "País/Code",
            "Pasaporte N°/Passport No.",
            "Apellido/Surname",
            "Nombre/Given names",
            "Nacionalidad/Nationality",
            "Fecha de nac./Date of birth",
            "Sexo/Sex",
            "Lugar de nac./Place of birth",
            "Fecha de emisión/Date of issue",
            "Autoridad/Authority",
            "Fecha de venc./Date of expiry",
        ),
    }[lang]
    dfmt = {"fr": lambda d: ids.fr_date(d, "/"), "ko": en_date, "es": lambda d: en_date(d, True)}[
        lang
    ]
    keys = [
        "l_type",
        "l_code",
        "l_no",
        "l_sur",
        "l_giv",
        "l_nat",
        "l_dob",
        "l_sex",
        "l_pob",
        "l_iss",
        "l_auth",
        "l_exp",
    ]
    st = dict(zip(keys, lab))
    st.update(
        {
            "title1": title1,
            "title2": title2,
            "nat_text": nat_text,
            "dfmt": dfmt,
            "cover": cover,
            "tint": tint,
            "authority": authority,
            "font": font,
            "font_b": font_b,
            "ink": (40, 30, 30),
        }
    )
    if lang == "ko":
        st["font"], st["font_b"] = "cjk", "cjk"
    return st


def apost_fr(**kw):
    a = {
        "sub": "(Convention de La Haye du 5 octobre 1961)",
        "l_country": "Pays :",
        "l_intro": "Le présent acte public",
        "l2": "a été signé par",
        "l3": "agissant en qualité de",
        "l4": "est revêtu du sceau / timbre de",
        "l_cert": "Attesté",
        "l5": "à",
        "l6": "le",
        "l7": "par",
        "l8": "sous n°",
        "l9": "Sceau / timbre :",
        "l10": "Signature :",
    }
    a.update(kw)
    return a


def apost_es(**kw):
    a = {
        "sub": "(Convention de La Haye du 5 octobre 1961)",
        "l_country": "País:",
        "l_intro": "El presente documento público",
        "l2": "ha sido firmado por",
        "l3": "quien actúa en calidad de",
        "l4": "y está revestido del sello / timbre de",
        "l_cert": "Certificado",
        "l5": "en",
        "l6": "el día",
        "l7": "por",
        "l8": "bajo el número",
        "l9": "Sello / timbre:",
        "l10": "Firma:",
    }
    a.update(kw)
    return a


def apost_en(**kw):
    a = {
        "sub": "(Convention de La Haye du 5 octobre 1961)",
        "l_country": "Country:",
        "l_intro": "This public document",
        "l2": "has been signed by",
        "l3": "acting in the capacity of",
        "l4": "bears the seal / stamp of",
        "l_cert": "Certified",
        "l5": "at",
        "l6": "the",
        "l7": "by",
        "l8": "No",
        "l9": "Seal / stamp:",
        "l10": "Signature:",
    }
    a.update(kw)
    return a


def bill(p, month, issue, start, end, no, amount, vat, extra=None):
    return {
        "issue": issue,
        "no": no,
        "account": "1.29.448.1037",
        "line": "01 84 79 23 16",
        "civ": "Mme",
        "holder": p["holder"],
        "addr_lines": p["addr_lines"],
        "amount_txt": amount,
        "debit": issue[:8] + "%02d" % (int(issue[8:]) + 10),
        "iban_masked": "BE** **** 7712",
        "start": start,
        "end": end,
        "plan": "29,99",
        "vat": vat,
        "extra": extra,
        "month": month,
    }
