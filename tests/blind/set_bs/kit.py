"""Shared helpers for the set_bs packets: number checks, looks, ID documents, bills."""

from __future__ import annotations

import json
import random
from pathlib import Path

from PIL import Image, ImageDraw

import docs_fr as df
import ids
import looks
from canvas import pil_font, render_pdf, render_pil

DPI = 200


# ---------------------------------------------------------------------------
# bank and company number helpers (every check asserted)
# ---------------------------------------------------------------------------
def _letters_to_digits(s: str) -> str:
    return "".join(str(ord(c) - 55) if c.isalpha() else c for c in s)


def rib_key(bank: str, guichet: str, account: str) -> str:
    tbl = {}
    for digit, letters in enumerate(
        ["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], 1
    ):
        for ch in letters:
            tbl[ch] = str(digit)
    acc = "".join(tbl.get(c, c) for c in account)
    return f"{97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97):02d}"


def fr_iban(bank, guichet, account, key) -> str:
    bban = bank + guichet + account + key
    cd = 98 - int(_letters_to_digits(bban + "FR00")) % 97
    iban = f"FR{cd:02d}{bban}"
    assert int(_letters_to_digits(iban[4:] + iban[:4])) % 97 == 1
    return iban


def siret(prefix13: str) -> str:
    for d in range(10):
        s = prefix13 + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise AssertionError


# ---------------------------------------------------------------------------
# writing files in a given look
# ---------------------------------------------------------------------------
class Packet:
    def __init__(self, out: Path, name: str):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs: list = []

    def write(self, fname: str, data: bytes) -> None:
        (self.dir / fname).write_bytes(data)

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )


def emit(pk: Packet, pages, look: str, fname: str, rng: random.Random, title="", **kw):
    """Write Page objects (or rasters) in one look; return the truth 'files' list."""
    if look == "text_pdf":
        pk.write(fname, render_pdf(pages, title=title, author=kw.get("author", "")))
        return [{"path": fname, "pages": list(range(1, len(pages) + 1))}]
    rasters = [p if isinstance(p, Image.Image) else render_pil(p, DPI) for p in pages]
    if look == "image_pdf":
        pk.write(fname, looks.image_pdf(rasters, rng))
        return [{"path": fname, "pages": list(range(1, len(rasters) + 1))}]
    files = []
    stem, ext = fname.rsplit(".", 1)
    for i, r in enumerate(rasters):
        fn = (
            fname
            if len(rasters) == 1
            else kw.get("names", [f"{stem}_{j + 1}.{ext}" for j in range(9)])[i]
        )
        if look == "scan":
            img = looks.scan(r, rng, DPI, kw.get("dpi", 200))
        else:  # phone_photo
            img = looks.phone_photo(r, rng, kw.get("long", 3264), kw.get("rot", 0))
        pk.write(fn, looks.png_bytes(img) if fn.endswith(".png") else looks.jpeg_bytes(img, 88))
        files.append({"path": fn, "pages": [1]})
    return files


def id_fields(surname, given, number, nat, issuing, dob, sex, expiry):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": True,
    }


MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def dmy_en(d):
    return f"{d[8:10]} {MONTHS[int(d[5:7]) - 1]} {d[:4]}"


def dmy_bi(
    d,
    fr=("JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"),
):
    m = int(d[5:7]) - 1
    return f"{d[8:10]} {fr[m]}/{MONTHS[m]} {d[2:4]}"


def last_day(ym: str) -> str:
    y, m = int(ym[:4]), int(ym[5:7])
    nd = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{ym}-{nd:02d}"


def next_month(ym: str) -> str:
    y, m = int(ym[:4]), int(ym[5:7])
    return f"{y + m // 12}-{m % 12 + 1:02d}"


PASS_LABELS_EN = {
    "type": "Type / Type",
    "code": "Code / Code",
    "number": "Passport No. / No. du Passeport",
    "surname": "Surname / Nom",
    "given": "Given Names / Prénoms",
    "nat": "Nationality / Nationalité",
    "dob": "Date of birth / Date de naissance",
    "sex": "Sex / Sexe",
    "pob": "Place of birth / Lieu de naissance",
    "issue": "Date of issue / Date de délivrance",
    "auth": "Authority / Autorité",
    "expiry": "Date of expiration / Date d'expiration",
}
PASS_LABELS_FR = {
    "type": "Type / Type",
    "code": "Code du pays / Country code",
    "number": "Passeport N° / Passport No.",
    "surname": "Nom / Surname",
    "given": "Prénoms / Given names",
    "nat": "Nationalité / Nationality",
    "dob": "Date de naissance / Date of birth",
    "sex": "Sexe / Sex",
    "pob": "Lieu de naissance / Place of birth",
    "issue": "Date de délivrance / Date of issue",
    "auth": "Autorité / Authority",
    "expiry": "Date d'expiration / Date of expiry",
}
PASS_LABELS_PT = {
    "type": "Tipo / Type / Type",
    "code": "Código do país / Code",
    "number": "Passaporte nº / Passport No.",
    "surname": "Sobrenome / Surname / Nom",
    "given": "Nome / Given names / Prénoms",
    "nat": "Nacionalidade / Nationality",
    "dob": "Data de nascimento / Date of birth",
    "sex": "Sexo / Sex",
    "pob": "Local de nascimento / Place of birth",
    "issue": "Data de expedição / Date of issue",
    "auth": "Autoridade / Authority",
    "expiry": "Válido até / Date of expiry",
}


def passport(pk, rng, fname, look, a, rot=0, upper=None, host_note=""):
    mrz = ids.td3(
        a["issuing"],
        a["mrz_surname"],
        a["given"],
        a["number"],
        a["nat"],
        a["dob"],
        a["sex"],
        a["expiry"],
    )
    page = ids.passport_page({**a, "mrz": mrz}, rng)
    spread = ids.booklet_spread(page, rng, upper)
    if look == "scan":
        sheet = Image.new("RGB", (1654, 2339), (250, 250, 250))
        sp = spread.resize((1000, round(1000 * spread.height / spread.width)))
        sheet.paste(sp, (rng.randint(60, 140), rng.randint(60, 140)))
        files = emit(pk, [sheet], "scan", fname, rng)
    else:
        files = emit(pk, [spread], "phone_photo", fname, rng, rot=rot)
    pk.add(
        files,
        "passport",
        look,
        id_fields(
            a["surname"],
            a["given_names"],
            a["number"],
            a["nat"],
            a["issuing"],
            a["dob"],
            a["sex"],
            a["expiry"],
        ),
        host_note or "passport data page, TD3 MRZ",
    )
    return mrz


def visa(pk, rng, fname, look, a, v, rot=0):
    mrz = ids.mrva(
        "FRA",
        a["mrz_surname"],
        a["given"],
        v["number"],
        a["nat"],
        a["dob"],
        a["sex"],
        v["until"],
        optional=v.get("opt", ""),
    )
    st = ids.visa_sticker(
        {
            **v,
            "mrz": mrz,
            "skin": a["skin"],
            "hair": a["hair"],
            "from_text": df.fr_date(v["from"]).replace("/", "-"),
            "until_text": df.fr_date(v["until"]).replace("/", "-"),
            "issued_text": df.fr_date(v["issued"]).replace("/", "-"),
            "passport_no": a["number"],
            "name_text": a["mrz_surname"].replace("'", "") + ", " + a["given"].upper(),
        },
        rng,
    )
    page = ids.visa_on_page(st, rng, str(rng.randint(8, 20)))
    if look == "scan":
        sheet = Image.new("RGB", (1654, 2339), (248, 248, 248))
        sheet.paste(page.resize((1000, 704)), (rng.randint(80, 160), rng.randint(80, 200)))
        files = emit(pk, [sheet], "scan", fname, rng)
    else:
        files = emit(pk, [page], "phone_photo", fname, rng, rot=rot)
    f = id_fields(
        a["surname"], a["given_names"], v["number"], a["nat"], "FRA", a["dob"], a["sex"], v["until"]
    )
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": v["category"],
            "valid_from": v["from"],
            "valid_until": v["until"],
        }
    )
    pk.add(
        files,
        "long_stay_visa",
        look,
        f,
        "French long-stay visa sticker (MRV-A), remarks " + v["remarks"],
    )


def permit(a, c, rng):
    mrz = ids.td1(
        "FRA", a["mrz_surname"], a["given"], c["number"], a["nat"], a["dob"], a["sex"], c["expiry"]
    )
    cc = {
        **c,
        "mrz": mrz,
        "skin": a["skin"],
        "hair": a["hair"],
        "surname": a["surname"],
        "given_names": a["given_names"].replace(" ", ", "),
        "sex": a["sex"],
        "nat": a["nat"],
        "dob_text": df.fr_date(a["dob"]).replace("/", " "),
        "expiry_text": df.fr_date(c["expiry"]),
    }
    return ids.permit_front(cc, rng), ids.permit_back(cc, rng)


def cerfa_args(a, addr, extra):
    d = {
        "surname": a["surname"],
        "given": a["given_names"],
        "dob": a["dob"],
        "sex": a["sex"],
        "pob_city": a["pob_city"],
        "pob_country": a["pob_country"],
        "nat": a["nat_fr"],
        "addr1": addr[0],
        "cp": addr[1][:5],
        "city": addr[1][6:],
        "phone": a["phone"],
        "email": a["email"],
    }
    d.update(extra)
    return d


def form_fields(a, employed, signed, date):
    return {
        "surname": a["surname"],
        "given_names": a["given_names"],
        "date_of_birth": a["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "signed": signed,
        "signed_on": date,
        "nir": None,
    }


def bill_set(pk, rng, brand, months, holder_line, holder_name, addr, specs):
    """specs: list of (fname, look, kw, lines) per month."""
    for ym, (fname, look, kw, lines) in zip(months, specs, strict=False):
        start, end = ym + "-01", last_day(ym)
        issue = next_month(ym) + f"-{rng.randint(3, 7):02d}"
        amount = round(sum(v for _, v in lines), 2)
        b = dict(
            brand=brand,
            holder_line=holder_line,
            addr_lines=addr,
            start=start,
            end=end,
            amount=amount,
            lines=lines,
        )
        if brand == "orange":
            b.update(
                client_no="N° client 9012 4471 802",
                invoice_no=f"F{ym[2:4]}{ym[5:7]}-78120431",
                refs=[
                    ("Date de facture", df.fr_date(issue)),
                    ("N° de facture", f"F{ym[2:4]}{ym[5:7]}-78120431"),
                    ("N° client", "9012 4471 802"),
                    ("Ligne fixe", "04 78 28 91 36"),
                ],
                pay_line=f"sera prélevé le {df.fr_date(next_month(ym) + '-20')} sur votre compte",
                footer=[
                    "Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres 75015 "
                    "Paris",
                    "380 129 866 RCS Paris - Service clients 3900 - orange.fr",
                ],
            )
            service = "internet"
            prov = "Orange"
        elif brand == "edf":
            i0 = 18200 + 230 * (int(ym[5:7]))
            b.update(
                client_no="Réf. client 6 004 318 275",
                invoice_no=f"N° {10338000000 + int(ym[5:7]) * 731}",
                refs=[
                    ("Facture du", df.fr_date(issue)),
                    ("N° de facture", f"{10338000000 + int(ym[5:7]) * 731}"),
                    ("Référence client", "6 004 318 275"),
                    ("Compte", "4 118 226 903"),
                ],
                amount_label="Montant TTC de votre facture",
                period_label="Consommation facturée",
                pay_line="Paiement par prélèvement automatique le "
                + df.fr_date(next_month(ym) + "-15"),
                idx0=i0,
                idx1=i0 + 180 + rng.randint(0, 40),
                pdl="0921 6748 3301 52",
                footer=[
                    "EDF SA - 22-30 avenue de Wagram 75382 Paris cedex 08 - capital de 2 084 "
                    "365 041 €",
                    "552 081 317 R.C.S. Paris - Service client : 09 69 32 15 15 - edf.fr",
                ],
                font="open",
                fontb="open-b",
            )
            service = "electricity"
            prov = "EDF"
        else:
            b.update(
                client_no="Compte 1.0492.7718",
                invoice_no=f"FBB{ym[:4]}{ym[5:7]}0093",
                refs=[
                    ("Facture émise le", df.fr_date(issue)),
                    ("Numéro de facture", f"FBB{ym[:4]}{ym[5:7]}0093"),
                    ("Numéro de compte", "1.0492.7718"),
                    ("Votre ligne Bbox", "09 71 44 20 58"),
                ],
                amount_label="Montant à régler",
                period_label="Facture pour la période",
                pay_line="Prélevé à partir du " + df.fr_date(next_month(ym) + "-12"),
                footer=[
                    "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 R.C.S. "
                    "Nanterre",
                    "37-39 rue Boissy d'Anglas 75008 Paris - Service clients 1064",
                ],
                font="roboto",
                fontb="roboto-b",
            )
            service = "internet"
            prov = "Bouygues Telecom"
        files = emit(
            pk, df.bill(b, rng), look, fname, rng, title=f"Facture {prov}", author=prov, **kw
        )
        pk.add(
            files,
            "utility_bill",
            look,
            {
                "provider": prov,
                "service": service,
                "holder_name": holder_name,
                "address": ", ".join(addr),
                "issue_date": issue,
                "period_start": start,
                "period_end": end,
                "amount": amount,
                "month": ym,
            },
            f"{prov} bill for {ym}",
        )


def rib_doc(pk, rng, fname, look, r, holder_name, bank_name):
    r["key"] = rib_key(r["bank"], r["guichet"], r["account"])
    r["iban"] = fr_iban(r["bank"], r["guichet"], r["account"], r["key"])
    files = emit(pk, df.rib(r, rng), look, fname, rng, title="RIB", author=bank_name)
    pk.add(
        files,
        "rib",
        look,
        {
            "holder_name": holder_name,
            "iban": r["iban"],
            "bic": r["bic"],
            "bank_name": bank_name,
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )


def screenshot_rib(r, rng):
    W, H = 1170, 2532
    img = Image.new("RGB", (W, H), (246, 247, 250))
    d = ImageDraw.Draw(img)

    def t(x, y, s, f, px, fill=(20, 30, 60), anchor="ls"):
        d.text((x, y), s, font=pil_font(f, px), fill=fill, anchor=anchor)

    t(70, 90, "20:15", "roboto-m", 44)
    t(W - 70, 90, "4G  78 %", "roboto-m", 38, anchor="rs")
    d.rectangle([0, 140, W, 330], fill=(255, 206, 0))
    t(70, 260, "‹", "roboto-b", 90)
    t(W / 2, 255, "Mon RIB", "roboto-b", 58, anchor="ms")
    t(W / 2, 420, "LA BANQUE POSTALE", "roboto-b", 50, (0, 45, 115), "ms")
    t(W / 2, 480, "Relevé d'identité bancaire", "roboto", 38, (90, 90, 110), "ms")
    d.rounded_rectangle([50, 540, W - 50, 1900], 36, fill=(255, 255, 255))
    rows = [
        ("Titulaire", r["holder_line"]),
        ("", r["holder_addr"][0]),
        ("", r["holder_addr"][1]),
        ("IBAN", " ".join(r["iban"][i : i + 4] for i in range(0, 16, 4))),
        ("", " ".join(r["iban"][i : i + 4] for i in range(16, 27, 4))),
        ("BIC", r["bic"]),
        ("Code banque", r["bank"]),
        ("Code guichet", r["guichet"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
        ("Domiciliation", "Centre financier de Paris"),
    ]
    y = 640
    for lab, v in rows:
        if lab:
            y += 22
            t(100, y, lab, "roboto", 34, (110, 115, 130))
            y += 56
        t(100, y, v, "roboto-m", 44)
        y += 58
    d.rounded_rectangle([90, 2000, W - 90, 2140], 70, fill=(0, 45, 115))
    t(W / 2, 2090, "Partager mon RIB", "roboto-b", 46, (255, 255, 255), "ms")
    d.rounded_rectangle([90, 2180, W - 90, 2320], 70, outline=(0, 45, 115), width=4)
    t(W / 2, 2270, "Télécharger en PDF", "roboto-b", 46, (0, 45, 115), "ms")
    d.rounded_rectangle([W / 2 - 200, H - 30, W / 2 + 200, H - 18], 6, fill=(20, 20, 20))
    return img


def finish(out: Path, name: str, pk: Packet, truth: dict):
    truth["documents"] = pk.docs
    (out / "packets" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
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


def applicant_block(a):
    return {"surname": a["surname"], "given_names": a["given_names"], "date_of_birth": a["dob"]}


# ---------------------------------------------------------------------------
