"""Packet assembly for set_ad: files, looks and truth records."""

from __future__ import annotations

import json
import os
import random
import tempfile
from datetime import date

from adlib_cards import passport, td1_back, td1_front, visa_page
from adlib_common import dfr, fr_rib, mrva, td1, td3
from adlib_looks import (
    on_a4,
    phone_photo,
    photocopy,
    raster,
    save_image_pdf,
    save_jpeg,
    scan,
)
from adlib_money import bill, rib

TMP = tempfile.mkdtemp(prefix="set_ad_")
ES_M = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
EN_M = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def d_per(d: date) -> str:
    return f"{d.day:02d} {ES_M[d.month - 1]}/{EN_M[d.month - 1]} {d.year}"


def d_en(d: date) -> str:
    return f"{d.day:02d} {EN_M[d.month - 1]} {d.year}"


def d_ru(d: date) -> str:
    return d.strftime("%d.%m.%Y")


STYLES = {
    "PER": dict(
        header=["REPÚBLICA DEL PERÚ", "REPUBLIC OF PERU", "PASAPORTE / PASSPORT"],
        c1=(236, 214, 218),
        c2=(214, 230, 226),
        ink=(120, 20, 40),
        df=d_per,
        lab=[
            "Tipo / Type",
            "Código / Code",
            "Pasaporte N° / Passport No.",
            "Apellidos / Surname",
            "Nombres / Given names",
            "Nacionalidad / Nationality",
            "Fecha de nacimiento / Date of birth",
            "Sexo / Sex",
            "Lugar de nacimiento / Place of birth",
            "Fecha de emisión / Date of issue",
            "Fecha de caducidad / Date of expiry",
            "Autoridad / Authority",
        ],
        natword="PERUANA",
        authority="MIGRACIONES",
    ),
    "RUS": dict(
        header=["РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", "ПАСПОРТ / PASSPORT"],
        c1=(222, 228, 238),
        c2=(236, 224, 230),
        ink=(30, 40, 100),
        df=d_ru,
        vfont="dejavu-b",
        lab=[
            "Тип / Type",
            "Код государства / Code",
            "Номер паспорта / Passport No.",
            "Фамилия / Surname",
            "Имя / Given names",
            "Гражданство / Nationality",
            "Дата рождения / Date of birth",
            "Пол / Sex",
            "Место рождения / Place of birth",
            "Дата выдачи / Date of issue",
            "Дата окончания срока действия / Date of expiry",
            "Орган, выдавший документ / Authority",
        ],
        natword="РОССИЙСКАЯ ФЕДЕРАЦИЯ/RUSSIAN FEDERATION",
        authority="МВД 54001",
    ),
    "PAK": dict(
        header=["ISLAMIC REPUBLIC OF PAKISTAN", "PASSPORT"],
        c1=(214, 234, 218),
        c2=(232, 236, 214),
        ink=(0, 90, 40),
        df=d_en,
        lab=[
            "Type",
            "Country Code",
            "Passport Number",
            "Surname",
            "Given Names",
            "Nationality",
            "Date of Birth",
            "Sex",
            "Place of Birth",
            "Date of Issue",
            "Date of Expiry",
            "Issuing Authority",
        ],
        natword="PAKISTANI",
        authority="PAKISTAN",
    ),
    "PHL": dict(
        header=["REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT"],
        c1=(224, 226, 240),
        c2=(240, 230, 222),
        ink=(110, 20, 30),
        df=d_en,
        lab=[
            "Uri / Type",
            "Kodigo / Code",
            "Pasaporte Blg / Passport No.",
            "Apelyido / Surname",
            "Mga Pangalan / Given Names",
            "Nasyonalidad / Nationality",
            "Petsa ng Kapanganakan / Date of Birth",
            "Kasarian / Sex",
            "Lugar ng Kapanganakan / Place of Birth",
            "Petsa ng Pagkakaloob / Date of Issue",
            "Valid Until",
            "Authority",
        ],
        natword="FILIPINO",
        authority="DFA MANILA",
    ),
}


class Packet:
    def __init__(self, out: str, name: str):
        self.name = name
        self.dir = os.path.join(out, "packets", name)
        self.truth_path = os.path.join(out, "packets", name + ".truth.json")
        os.makedirs(self.dir, exist_ok=True)
        self.docs: list[dict] = []

    def rng(self, item: str) -> random.Random:
        return random.Random(f"set_ad/{self.name}/{item}")

    def p(self, fname: str) -> str:
        return os.path.join(self.dir, fname)

    def tmp(self, fname: str) -> str:
        return os.path.join(TMP, f"{self.name}_{fname}")

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # -------- render a PDF built by `build(path)` into the chosen look
    def paper(self, build, look: str, fnames: list[str], item: str, dpi=200, rot=0, copy=False):
        r = self.rng(item)
        if look == "text_pdf":
            build(self.p(fnames[0]))
            return
        src = self.tmp(item + ".pdf")
        build(src)
        pages = raster(src, dpi)
        if copy:
            pages = [photocopy(pg, r) for pg in pages]
        if look == "image_pdf":
            if not copy:
                pages = [scan(pg, r) for pg in pages]
            save_image_pdf(pages, self.p(fnames[0]), dpi)
        elif look == "scan":
            for pg, fn in zip(pages, fnames):
                save_jpeg((copy and pg) or scan(pg, r), self.p(fn), 85, dpi)
        elif look == "phone_photo":
            for pg, fn in zip(pages, fnames):
                save_jpeg(phone_photo(pg, r, rot=rot), self.p(fn), 86)
        os.remove(src)

    def image(self, img, look: str, fname: str, item: str, rot=0, back=None, fill=0.8):
        r = self.rng(item)
        if look == "phone_photo":
            save_jpeg(phone_photo(img, r, fill=fill, rot=rot), self.p(fname), 87)
        elif look == "scan":
            page = on_a4(img, 300, r, back)
            page = page.resize((page.width * 2 // 3, page.height * 2 // 3))
            out = scan(page, r)
            if fname.endswith(".png"):
                out.save(self.p(fname), "PNG", dpi=(200, 200))
            else:
                save_jpeg(out, self.p(fname), 88, 200)
        elif look == "image_pdf":
            page = on_a4(img, 300, r, back)
            page = page.resize((page.width * 2 // 3, page.height * 2 // 3))
            save_image_pdf([scan(page, r)], self.p(fname), 200)

    def write(self, as_of, employed, status, reqs, defect, applicant):
        truth = {
            "as_of": as_of.isoformat(),
            "employed": employed,
            "status": status,
            "requirements": reqs,
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(self.truth_path, "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


# ---------------------------------------------------------------- identity pieces
def id_fields(surname, given, number, nat, issuer, dob, sex, exp, ok=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuer,
        "date_of_birth": dob.isoformat(),
        "sex": sex,
        "expiry_date": exp.isoformat(),
        "mrz_valid": ok,
    }


def passport_img(pp: dict, rng: random.Random):
    st = STYLES[pp["nat"]]
    lab, df = st["lab"], st["df"]
    mrz = td3(
        pp["nat"],
        pp["mrz_sur"],
        pp["mrz_given"],
        pp["number"],
        pp["nat"],
        pp["dob"],
        pp["sex"],
        pp["exp"],
        pp.get("personal", ""),
    )
    fields = [
        (lab[0], "P", 42, 13),
        (lab[1], pp["nat"], 62, 13),
        (lab[2], pp["number"], 88, 13),
        (lab[3], pp["print_sur"], 42, 20),
        (lab[4], pp["print_given"], 42, 27),
    ]
    y = 34
    if pp.get("middle"):
        fields.append(("Panggitnang Apelyido / Middle Name", pp["middle"], 42, y))
        y += 7
    fields += [
        (lab[5], st["natword"], 42, y),
        (lab[6], df(pp["dob"]), 42, y + 7),
        (lab[7], pp["sex"], 88, y + 7),
        (lab[8], pp["pob"], 42, y + 14),
        (lab[9], df(pp["issue"]), 42, y + 21),
        (lab[10], df(pp["exp"]), 82, y + 21),
    ]
    if y + 28 < 62:
        fields.append((lab[11], st["authority"], 42, y + 28))
    if pp.get("extra"):
        fields.append(pp["extra"])
    spec = dict(
        header=st["header"],
        c1=st["c1"],
        c2=st["c2"],
        ink=st["ink"],
        fields=fields,
        mrz=mrz,
        vfont=st.get("vfont", "sans-b"),
        ghost=True,
    )
    return passport(spec, rng)


def passport_truth(pp: dict) -> dict:
    return id_fields(
        pp["print_sur"],
        pp["print_given"],
        pp["number"],
        pp["nat"],
        pp["nat"],
        pp["dob"],
        pp["sex"],
        pp["exp"],
    )


def visa_img(pp: dict, v: dict, rng: random.Random):
    mrz = mrva(
        "FRA",
        pp["mrz_sur"],
        pp["mrz_given"],
        v["number"],
        pp["nat"],
        pp["dob"],
        pp["sex"],
        v["until"],
    )
    spec = dict(
        number=v["number"],
        page_header=v.get("page_header", ""),
        **{"from": v["from"].strftime("%d-%m-%y"), "until": v["until"].strftime("%d-%m-%y")},
        days=str((v["until"] - v["from"]).days + 1),
        place=v["place"],
        issued=v["issued"].strftime("%d-%m-%Y"),
        passport=pp["number"],
        name=f"{pp['mrz_sur'].replace('<', ' ')}, {pp['mrz_given']}",
        remarks=v["remarks"],
        mrz=mrz,
    )
    return visa_page(spec, rng)


def visa_truth(pp: dict, v: dict) -> dict:
    f = id_fields(
        pp["mrz_sur"],
        pp["mrz_given"],
        v["number"],
        pp["nat"],
        "FRA",
        pp["dob"],
        pp["sex"],
        v["until"],
    )
    f.update(
        visa_type="D",
        vls_ts=True,
        category=v["category"],
        valid_from=v["from"].isoformat(),
        valid_until=v["until"].isoformat(),
    )
    return f


def td1_cards(t: dict, rng: random.Random):
    mrz = td1(
        t["code"],
        "FRA",
        t["number"],
        t["dob"],
        t["sex"],
        t["exp"],
        t["nat"],
        t["mrz_sur"],
        t["mrz_given"],
    )
    t = dict(t, mrz=mrz)
    return td1_front(t, rng), td1_back(t, rng)


# ---------------------------------------------------------------- money pieces
def fr_rib_parts(bank: str, branch: str, account: str):
    key, iban = fr_rib(bank, branch, account)
    return key, iban


def three_bills(pk: Packet, who: dict, months, prov: dict, fnames, looks) -> None:
    for (y, m), fname, look in zip(months, fnames, looks):
        end = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
        end = date.fromordinal(end)
        start = date(y, m, 1)
        issue = date.fromordinal(end.toordinal() + prov["issue_after"])
        amount = prov["amount"] + (0.0 if m % 3 else prov.get("extra", 0.0))
        num = f"{prov['num_prefix']}{y % 100:02d}{m:02d}{prov['num_seed']}"
        b = dict(
            provider=prov["provider"],
            number=num,
            account=prov["account"],
            issue_date_fr=dfr(issue),
            holder_line=who["bill_holder"],
            address_lines=who["address_lines"],
            amount=amount,
            debit_fr=dfr(date.fromordinal(issue.toordinal() + 12)),
            start_fr=dfr(start),
            end_fr=dfr(end),
            line=prov["line"],
            lines=[(prov["offer"], prov["amount"])]
            + ([("Appels hors forfait", prov["extra"])] if amount != prov["amount"] else []),
            legal=prov["legal"],
        )
        item = f"bill_{y}{m:02d}"
        pk.paper(lambda p, b=b, item=item: bill(p, b, pk.rng(item)), look, [fname], item)
        pk.add(
            [{"path": fname, "pages": [1]}],
            "utility_bill",
            look,
            {
                "provider": prov["provider"],
                "service": prov["service"],
                "holder_name": who["holder_truth"],
                "address": who["address_truth"],
                "issue_date": issue.isoformat(),
                "period_start": start.isoformat(),
                "period_end": end.isoformat(),
                "month": f"{y}-{m:02d}",
                "amount": amount,
            },
            prov.get("notes", ""),
        )


def rib_doc(pk: Packet, r: dict, look: str, fname: str, holder_truth: str, notes=""):
    pk.paper(lambda p: rib(p, r, pk.rng("rib")), look, [fname], "rib")
    pk.add(
        [{"path": fname, "pages": [1]}],
        "rib",
        look,
        {
            "holder_name": holder_truth,
            "iban": r["iban"],
            "bic": r["bic"],
            "bank_name": r["bank_name"],
            "iban_valid": True,
            "rib_key_valid": True,
        },
        notes,
    )


ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}
