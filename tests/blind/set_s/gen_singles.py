"""Single documents d001...: one logical document per folder, all 15 types."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from gen_cards import id_card, recepisse, titre_sejour
from gen_codes import add_months, d
from gen_fx import emit, sheet
from gen_ids import booklet, passport, visa_page
from gen_passdata import PASS, number_from
from gen_people import addr, random_person
from gen_pk import clean_fields
from gen_singles_b import more

AS_OF = "2026-11-20"


class S:
    def __init__(self, root: Path):
        self.root = root
        self.n = 0
        self.names: list[str] = []

    def rng(self, tag=""):
        return random.Random(f"set_s/doc/{self.n + 1}/{tag}")

    def next_folder(self) -> Path:
        folder = self.root / f"d{self.n + 1:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def add(self, pages, dtype, fields, look, files, notes="", person=None, rots=None, as_of=AS_OF):
        folder = self.next_folder()
        rng = random.Random(f"set_s/{folder.name}")
        ft = emit(pages, look, folder, files, rng, rots=rots)
        self.add_prebuilt(ft, dtype, fields, look, person, notes, as_of)

    def add_prebuilt(self, ft, dtype, fields, look, person=None, notes="", as_of=AS_OF):
        self.n += 1
        name = f"d{self.n:03d}"
        app = None
        if person is not None:
            app = dict(
                surname=person.surname,
                given_names=person.given,
                date_of_birth=person.dob.isoformat() if person.dob else None,
            )
        truth = dict(
            as_of=as_of,
            employed=None,
            status=None,
            requirements=None,
            defect=None,
            applicant=app,
            documents=[
                dict(files=ft, type=dtype, look=look, fields=clean_fields(fields), notes=notes)
            ],
        )
        (self.root / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1)
        )
        self.names.append(name)

    def card(self, pages, dtype, fields, look, files, notes="", person=None, rots=None):
        """ID-1 card: a photocopy sheet for scans/scanner PDFs, one photo per face otherwise."""
        if look in ("scan", "image_pdf"):
            rng = self.rng("sheet")
            items = (
                [(pages[0], 30, 30), (pages[1], 30, 110)]
                if len(pages) == 2
                else [(pages[0], 40, 40)]
            )
            pages = [sheet(items, rng)]
            files = files[:1]
        self.add(pages, dtype, fields, look, files, notes, person, rots)


def passports(s: S):
    spec = [
        ("DZA", "scan", "passeport_algerien.jpg", None),
        ("SEN", "phone_photo", "IMG_20261021_121514.jpg", None),
        ("CMR", "image_pdf", "Passeport.pdf", None),
        ("VNM", "phone_photo", "ho_chieu.jpg", None),
        ("HTI", "scan", "scan_passport_0001.png", None),
        ("GBR", "image_pdf", "passport_copy.pdf", None),
        ("CHN", "phone_photo", "IMG_4410.JPG", None),
        ("PHL", "scan", "passport_datapage.jpg", None),
        ("TUR", "phone_photo", "pasaport_foto.jpg", "checkdigit"),
        ("USA", "scan", "us_passport_scan.jpg", "expired"),
    ]
    for nat, look, fname, case in spec:
        rng = s.rng("pp")
        p = random_person(rng, nat)
        p.given = p.given.upper()
        p.surname = p.surname.upper()
        num = number_from(rng, PASS[nat]["num"])
        if case == "expired":
            issued, exp = d("2016-08-15"), d("2026-08-14")
        else:
            issued = d(f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            yrs = 10 if nat in ("USA", "GBR", "PHL", "TUR") else 5
            exp = issued.replace(year=issued.year + yrs) - dt.timedelta(days=1)
        pg, f, _ = passport(
            p, rng, num, issued, exp, tamper="checkdigit" if case == "checkdigit" else None
        )
        notes = {
            "checkdigit": "document-number check digit in the MRZ is wrong",
            "expired": "expired passport",
        }.get(case or "", "")
        page = booklet(pg, rng) if look != "phone_photo" or rng.random() < 0.6 else pg
        if look in ("scan", "image_pdf"):
            page = sheet([(page, 14, 16)], rng)
        s.add([page], "passport", f, look, [fname], notes, p, rots=[rng.choice([0, 0, 1, 3])])


def national_ids(s: S):
    spec = [
        ("FRA", "FRA", "phone_photo", ["CNI_recto.jpg", "CNI_verso.jpg"]),
        ("FRA", "FRA88", "scan", ["carte_identite.jpg"]),
        ("ITA", "ITA", "image_pdf", ["CartaIdentita.pdf"]),
        ("ESP", "ESP", "phone_photo", ["dni_delante.jpg", "dni_detras.jpg"]),
        ("POL", "POL", "scan", ["dowod_osobisty_skan.png"]),
        ("NLD", "NLD", "phone_photo", ["ID_kaart_voor.jpg", "ID_kaart_achter.jpg"]),
    ]
    for nat, style, look, files in spec:
        rng = s.rng("id")
        p = random_person(rng, nat)
        p.surname = p.surname.upper()
        if style == "ESP":
            p.extra["dni"] = (
                f"{rng.randint(10000000, 99999999)}{rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"
            )
        num = {
            "FRA": number_from(rng, "LDLLLLLLD"),
            "FRA88": f"1{rng.randint(10, 99)}0{rng.randint(10, 95)}{rng.randint(1000000, 9999999)}"[
                :12
            ],
            "ITA": number_from(rng, "CADDDDDLL"),
            "ESP": number_from(rng, "LLLDDDDDD"),
            "POL": number_from(rng, "LLLDDDDDD"),
            "NLD": number_from(rng, "LLLLLDDDD"),
        }[style]
        issued = d(f"20{rng.randint(17, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        years = 15 if style == "FRA88" else 10
        exp = issued.replace(year=issued.year + years)
        cards, f, _ = id_card(p, rng, style, num, issued, exp, addr(rng))
        s.card(
            cards,
            "national_id",
            f,
            look,
            files,
            person=p,
            rots=[rng.choice([0, 0, 2]) for _ in cards],
        )


def visas(s: S):
    spec = [
        ("DZA", "ETUDIANT", "ALGER", "scan", "visa.jpg", "D"),
        ("SEN", "SALARIE", "DAKAR", "phone_photo", "IMG_20261002_093310.jpg", "D"),
        ("USA", "VISITEUR", "LOS ANGELES", "image_pdf", "visa_scan.pdf", "D"),
        ("MAR", "VIE PRIVEE ET FAMILIALE", "FES", "phone_photo", "visa_long_sejour.jpg", "D"),
        ("IND", "PASSEPORT TALENT", "BANGALORE", "scan", "VLS-TS.png", "D"),
        ("TUR", "TOURISME / VISITE FAMILIALE", "ISTANBUL", "phone_photo", "schengen_visa.jpg", "C"),
    ]
    for nat, cat, post, look, fname, vtype in spec:
        rng = s.rng("visa")
        p = random_person(rng, nat)
        vfrom = d(f"2026-{rng.randint(3, 9):02d}-{rng.randint(1, 28):02d}")
        vuntil = add_months(vfrom, 12 if vtype == "D" else 1) - dt.timedelta(days=1)
        issued = vfrom - dt.timedelta(days=rng.randint(10, 40))
        pp = number_from(rng, PASS.get(nat, PASS["DZA"])["num"])
        num = number_from(rng, "DDDDDDDDD")
        vp, f, _ = visa_page(p, rng, num, pp, vfrom, vuntil, issued, post, cat, vtype=vtype)
        page = vp
        if look in ("scan", "image_pdf"):
            page = sheet([(vp, 40, 40)], rng)
        s.add(
            [page],
            "long_stay_visa",
            f,
            look,
            [fname],
            "short-stay Schengen visa (type C), not a VLS-TS"
            if vtype == "C"
            else f"VLS-TS {cat.lower()}",
            p,
            rots=[rng.choice([0, 1, 0])],
        )


def permits(s: S):
    spec = [
        (
            "CMR",
            "CARTE DE SEJOUR TEMPORAIRE",
            "ETUDIANT",
            0,
            "phone_photo",
            ["titre_recto.jpg", "titre_verso.jpg"],
        ),
        ("MLI", "CARTE DE SEJOUR PLURIANNUELLE", "SALARIE", 1, "scan", ["titre_sejour.jpg"]),
        (
            "DZA",
            "CERTIFICAT DE RESIDENCE ALGERIEN",
            "10 ANS",
            0,
            "image_pdf",
            ["certificat_residence.pdf"],
        ),
        (
            "COD",
            "CARTE DE SEJOUR PLURIANNUELLE",
            "VIE PRIVEE ET FAMILIALE",
            0,
            "phone_photo",
            ["IMG_1187.jpg", "IMG_1188.jpg"],
        ),
        (
            "PER",
            "CARTE DE SEJOUR TEMPORAIRE",
            "VIE PRIVEE ET FAMILIALE",
            1,
            "scan",
            ["carte_sejour.png"],
        ),
    ]
    prefs = [
        "PRÉFECTURE DE POLICE",
        "PRÉFECTURE DU NORD",
        "PRÉFECTURE DE SEINE-SAINT-DENIS",
        "PRÉFECTURE DE LA HAUTE-GARONNE",
        "PRÉFECTURE DU RHÔNE",
    ]
    for i, (nat, kind, mention, style, look, files) in enumerate(spec):
        rng = s.rng("ts")
        p = random_person(rng, nat)
        p.surname = p.surname.upper()
        exp = d(f"20{rng.randint(27, 30)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        issued = exp.replace(year=exp.year - (10 if "10" in mention else 2))
        num = number_from(rng, "LLDDDDDDD")
        cards, f, _ = titre_sejour(
            p, rng, num, kind, mention, exp, issued, prefs[i], addr(rng), style=style
        )
        s.card(
            cards,
            "residence_permit",
            f,
            look,
            files,
            person=p,
            rots=[rng.choice([0, 3]) for _ in cards],
        )
    for nat, work, motif, look, fname in [
        ("HTI", True, "Renouvellement", "phone_photo", "recepisse_prefecture.jpg"),
        ("VNM", False, "Première demande - étudiant", "scan", "recepisse.jpg"),
    ]:
        rng = s.rng("rec")
        p = random_person(rng, nat)
        p.surname = p.surname.upper()
        a = addr(rng)
        issued = d(f"2026-{rng.randint(8, 11):02d}-{rng.randint(1, 14):02d}")
        until = add_months(issued, rng.choice([3, 4, 6]))
        pages, f = recepisse(
            p,
            rng,
            str(rng.randint(7500000000, 9999999999)),
            issued,
            until,
            rng.choice(["Préfecture de Police", "Préfecture du Val-de-Marne"]),
            motif,
            work,
            a,
            city=rng.choice(["Paris", "Créteil"]),
        )
        s.add(pages, "residence_permit", f, look, [fname], "récépissé (no MRZ)", p)


def build(root: Path) -> list[str]:
    s = S(root)
    passports(s)
    national_ids(s)
    visas(s)
    permits(s)
    more(s)
    return s.names
