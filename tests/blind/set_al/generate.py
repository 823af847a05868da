"""Blind set set_al: 3 PUMa packets (Kazakhstan, Ghana, Guatemala). Usage: generate.py OUT_DIR"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs  # noqa: E402
from render import (  # noqa: E402
    Page,
    fr_iban,
    iban_ok,
    on_a4,
    phone_photo,
    rib_key,
    save_jpeg,
    scan_effect,
    to_image,
    to_image_pdf,
    to_pdf,
)

AS_OF = "2026-11-20"
REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]
PP_LABELS = {
    "l_type": "Type",
    "l_code": "Code",
    "l_no": "Passport No.",
    "l_sur": "Surname",
    "l_giv": "Given names",
    "l_nat": "Nationality",
    "l_dob": "Date of birth",
    "l_sex": "Sex",
    "l_pob": "Place of birth",
    "l_iss": "Date of issue",
    "l_exp": "Date of expiry",
}


def birth_kaz(p):
    pg = Page(bg=(246, 242, 228))
    pg.text(105, 25, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ / РЕСПУБЛИКА КАЗАХСТАН", "serifb", 10, align="c")
    pg.text(105, 38, "ТУУ ТУРАЛЫ КУӘЛІК", "serifb", 14, align="c")
    pg.text(105, 46, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", "serifb", 14, align="c")
    rows = [
        ("Тегі / Фамилия", "ЖАКСЫБЕКОВА"),
        ("Аты / Имя", "АЙГЕРИМ"),
        ("Әкесінің аты / Отчество", "НУРЛАНОВНА"),
        ("Туған күні / Дата рождения", "17.03.1994"),
        ("", "семнадцатое марта тысяча девятьсот девяносто четвёртого года"),
        ("Туған жері / Место рождения", "г. Алматы, Республика Казахстан"),
        ("Әкесі / Отец", "ЖАКСЫБЕКОВ НУРЛАН СЕРИКОВИЧ, казах"),
        ("Шешесі / Мать", "ЖАКСЫБЕКОВА ГУЛЬНАРА АСКАРОВНА, казашка"),
        ("Акт жазбасы / Запись акта о рождении", "№ 1187 от 24.03.1994"),
        ("Тіркеу орны / Место регистрации", "Алмалинский районный отдел ЗАГС г. Алматы"),
        ("Берілген күні / Дата выдачи", "05.08.2025 (повторно)"),
    ]
    y = 65
    for lab, val in rows:
        pg.text(22, y, lab, "serif", 8, (80, 60, 40))
        pg.text(95, y, val, "serifb", 9 if len(val) < 50 else 7.5)
        pg.line(95, y + 1.2, 192, y + 1.2, 0.1, (150, 130, 100))
        y += 10
    pg.text(22, y + 10, "Серия II-АЖ № 0419377", "serifb", 10, (160, 30, 30))
    pg.ellipse(120, y + 8, 34, 34, fill=(200, 210, 235))
    pg.text(137, y + 27, "ЗАГС", "serifb", 8, (30, 50, 130), "c")
    pg.text(60, y + 30, "Басшы / Руководитель", "serif", 8)
    pg.text(100, y + 30, "Абдрахманова", "sign", 14, docs.INK)
    return pg


def birth_gha(p):
    pg = Page(bg=(240, 246, 236))
    pg.rect(12, 12, 186, 200, stroke=(40, 110, 60), width=1.2)
    pg.text(105, 28, "REPUBLIC OF GHANA", "serifb", 14, (30, 90, 40), "c")
    pg.text(105, 35, "BIRTHS AND DEATHS REGISTRY", "serifb", 10, align="c")
    pg.text(105, 45, "CERTIFICATE OF BIRTH", "serifb", 15, align="c")
    pg.text(
        105,
        51,
        "(Section 11 of the Registration of Births and Deaths Act, 2020, Act 1027)",
        "serif",
        7,
        align="c",
    )
    pg.text(24, 62, "Entry No.  GA/KMA/1991/2207", "serif", 9)
    pg.text(186, 62, "Serial No. 0648213", "serif", 9, (170, 30, 30), "r")
    rows = [
        ("Name", "AKOSUA ABENA OWUSU-ANSAH"),
        ("Date of Birth", "2nd November, 1991"),
        ("Place of Birth", "Komfo Anokye Teaching Hospital, Kumasi"),
        ("Sex", "Female"),
        ("Name of Father", "KWAME OWUSU-ANSAH"),
        ("Nationality of Father", "Ghanaian"),
        ("Name of Mother", "YAA ASANTEWAA BOATENG"),
        ("Nationality of Mother", "Ghanaian"),
        ("Date of Registration", "15th November, 1991"),
    ]
    y = 76
    for lab, val in rows:
        pg.text(24, y, lab, "serif", 9)
        pg.text(24 + 48, y, ":", "serif", 9)
        pg.text(78, y, val, "hand2", 13, docs.INK)
        pg.line(78, y + 1.2, 188, y + 1.2, 0.15, (60, 60, 60))
        y += 11
    pg.text(
        24,
        y + 8,
        "I certify that the above is a true extract from the Register of Births",
        "serif",
        8.5,
    )
    pg.text(
        24, y + 13, "for the Kumasi Metropolitan District. Issued 12th June, 2025.", "serif", 8.5
    )
    pg.ellipse(30, y + 20, 32, 32, fill=(215, 200, 225))
    pg.text(140, y + 30, "K. Asamoah", "sign", 15, docs.INK)
    pg.text(128, y + 36, "Registrar of Births and Deaths", "serif", 8)
    return pg


def birth_gtm(p):
    pg = Page()
    pg.text(105, 22, "REGISTRO NACIONAL DE LAS PERSONAS", "sansb", 12, (0, 70, 140), "c")
    pg.text(105, 28, "RENAP — República de Guatemala, C.A.", "sans", 9, align="c")
    pg.text(105, 42, "CERTIFICADO DE NACIMIENTO", "sansb", 15, align="c")
    pg.text(
        20,
        55,
        "El infrascrito Registrador Civil de las Personas CERTIFICA: que en el Registro",
        "sans",
        9,
    )
    pg.text(
        20, 60, "Civil de las Personas del municipio de Quetzaltenango, departamento de", "sans", 9
    )
    pg.text(20, 65, "Quetzaltenango, se encuentra inscrito el nacimiento siguiente:", "sans", 9)
    rows = [
        ("Código Único de Identificación (CUI)", "2463 81592 0901"),
        ("Nombres", "JOSÉ ANTONIO"),
        ("Primer apellido", "GARCÍA"),
        ("Segundo apellido", "LÓPEZ"),
        ("Sexo", "MASCULINO"),
        ("Fecha de nacimiento", "25 de junio de 1988"),
        ("Lugar de nacimiento", "Quetzaltenango, Quetzaltenango"),
        ("Nombre del padre", "RAÚL ANTONIO GARCÍA MÉRIDA"),
        ("Nombre de la madre", "ELENA BEATRIZ LÓPEZ CIFUENTES"),
        ("Partida / Folio / Libro", "1422 / 311 / 96"),
    ]
    y = 80
    for lab, val in rows:
        pg.rect(20, y - 5, 70, 7.5, fill=(232, 238, 246), stroke=(170, 180, 200), width=0.15)
        pg.rect(90, y - 5, 100, 7.5, stroke=(170, 180, 200), width=0.15)
        pg.text(22, y, lab, "sans", 8)
        pg.text(92, y, val, "sansb", 9)
        y += 7.5
    pg.text(20, y + 10, "Guatemala, 3 de febrero de 2025.", "sans", 9)
    pg.text(
        20,
        y + 16,
        "Certificado electrónico No. 9F3K-22QM-71XR — verificable en renap.gob.gt",
        "sans",
        7.5,
    )
    pg.text(120, y + 32, "Lic. M. Ajú", "sign", 15, docs.INK)
    pg.text(115, y + 38, "Registrador Civil de las Personas", "sans", 8)
    return pg


PEOPLE = {
    "p01": {
        "surname": "ZHAKSYBEKOVA",
        "surname_mrz": "ZHAKSYBEKOVA",
        "given_mrz": "AIGERIM",
        "given_form": "Aigerim",
        "dob": "1994-03-17",
        "sex": "F",
        "iso": "KAZ",
        "nationality_fr": "kazakhe",
        "birthplace_fr": "Almaty (Kazakhstan)",
        "address1": "14 rue Duguesclin, appartement 32",
        "address2": "69006 Lyon",
        "city": "Lyon",
        "employed": True,
        "job": "Ingénieure data",
        "contract": "CDI",
        "form_date": "2026-11-09",
        "signature": "A. Zhaksybekova",
        "passport_no": "N14598273",
        "pp_exp": "2034-07-02",
        "dob_pp": "17.03.1994",
        "pob_pp": "KAZAKHSTAN",
        "pp_issue_pp": "03.07.2024",
        "pp_exp_pp": "02.07.2034",
        "visa_no": "FRA028131",
        "visa_no_print": "FRA028131",
        "visa_from": "2026-02-10",
        "visa_until": "2027-02-09",
        "visa_issue": "2026-01-22",
        "visa_post": "ASTANA",
        "visa_category": "SALARIE",
        "visa_extra": "DISPENSE TS 1 AN",
    },
    "p02": {
        "surname": "OWUSU-ANSAH",
        "surname_mrz": "OWUSU-ANSAH",
        "given_mrz": "AKOSUA ABENA",
        "given_form": "Akosua Abena",
        "dob": "1991-11-02",
        "sex": "F",
        "iso": "GHA",
        "nationality_fr": "ghanéenne",
        "birthplace_fr": "Kumasi (Ghana)",
        "address1": "7 allée des Tilleuls",
        "address2": "44300 Nantes",
        "city": "Nantes",
        "employed": False,
        "form_date": "2026-11-16",
        "signature": "Akosua O-Ansah",
        "passport_no": "G2874519",
        "pp_exp": "2031-03-21",
        "dob_pp": "02 NOV 91",
        "pob_pp": "KUMASI",
        "pp_issue_pp": "22 MAR 21",
        "pp_exp_pp": "21 MAR 31",
        "visa_no": "FRA031974",
        "visa_no_print": "FRA031974",
        "visa_from": "2026-05-04",
        "visa_until": "2027-05-03",
        "visa_issue": "2026-04-20",
        "visa_post": "ACCRA",
        "visa_category": "CONJOINT DE FRANCAIS",
        "visa_extra": "DISPENSE TS 1 AN",
    },
    "p03": {
        "surname": "GARCÍA LÓPEZ",
        "surname_mrz": "GARCIA LOPEZ",
        "given_mrz": "JOSE ANTONIO",
        "given_form": "José Antonio",
        "dob": "1988-06-25",
        "sex": "M",
        "iso": "GTM",
        "nationality_fr": "guatémaltèque",
        "birthplace_fr": "Quetzaltenango (Guatemala)",
        "address1": "23 rue de la Roquette",
        "address2": "75011 Paris",
        "city": "Paris",
        "employed": True,
        "job": "Cuisinier",
        "contract": "CDI",
        "form_date": "2026-11-12",
        "signature": "José A. García",
        "passport_no": "257319846",
        "pp_exp": "2032-09-13",
        "dob_pp": "25 JUN 1988",
        "pob_pp": "QUETZALTENANGO",
        "pp_issue_pp": "14 SEP 2022",
        "pp_exp_pp": "13 SEP 2032",
        "visa_no": "FRA019552",
        "visa_no_print": "FRA019552",
        "visa_from": "2026-01-19",
        "visa_until": "2027-01-18",
        "visa_issue": "2026-01-06",
        "visa_post": "GUATEMALA",
        "visa_category": "SALARIE",
        "visa_extra": "DISPENSE TS 1 AN",
    },
}
PP_STYLE = {
    "KAZ": {
        "head": "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ  REPUBLIC OF KAZAKHSTAN",
        "head2": "ПАСПОРТ  PASSPORT",
        "nat_text": "ҚАЗАҚСТАН / KAZAKHSTAN",
        "paper": (226, 236, 240),
        "ink": (40, 70, 110),
    },
    "GHA": {
        "head": "REPUBLIC OF GHANA",
        "head2": "PASSPORT",
        "nat_text": "GHANAIAN",
        "paper": (236, 240, 226),
        "ink": (60, 90, 40),
    },
    "GTM": {
        "head": "REPÚBLICA DE GUATEMALA / REPUBLIC OF GUATEMALA",
        "head2": "PASAPORTE / PASSPORT",
        "nat_text": "GUATEMALTECA / GUATEMALAN",
        "paper": (232, 234, 244),
        "ink": (40, 60, 120),
    },
}


def pp_fields(p, surname=None, given=None):
    return {
        "surname": surname or p["surname_mrz"].replace(" ", " "),
        "given_names": given or p["given_mrz"],
        "document_number": p["passport_no"],
        "nationality": p["iso"],
        "issuing_country": p["iso"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["pp_exp"],
        "mrz_valid": True,
    }


def visa_fields(p):
    f = pp_fields(p)
    f.update(
        {
            "document_number": p["visa_no"],
            "issuing_country": "FRA",
            "expiry_date": p["visa_until"],
            "visa_type": "D",
            "vls_ts": True,
            "category": p["visa_category"],
            "valid_from": p["visa_from"],
            "valid_until": p["visa_until"],
        }
    )
    return f


class Packet:
    def __init__(self, root, name, seed):
        self.dir = root / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs = []

    def add(self, fname, pages, look, dtype, fields, notes="", dpi=200, extra_docs=()):
        path = self.dir / fname
        if look == "text_pdf":
            docs_pages = pages
            to_pdf(docs_pages, path)
        elif look == "image_pdf":
            ims = [scan_effect(to_image(pg, dpi), self.rng) for pg in pages]
            to_image_pdf(ims, path, dpi)
        elif look == "scan":
            save_jpeg(scan_effect(to_image(pages[0], dpi), self.rng), path, dpi)
        elif look == "phone_photo":
            img = to_image(pages[0], 400)
            phone_photo(img, self.rng, 3264, rot90=1).save(str(path), "JPEG", quality=85)
        self.docs.append(
            {
                "files": [{"path": fname, "pages": list(range(1, len(pages) + 1))}],
                "type": dtype,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )
        for d in extra_docs:
            self.docs.append(d)


def bank(kind, holder, a1, a2, seed):
    rng = random.Random(seed)
    acct = "".join(str(rng.randrange(10)) for _ in range(11))
    code, branch, bic, name, color, agency = kind
    iban = fr_iban(code, branch, acct)
    assert iban_ok(iban)
    return {
        "bank": name,
        "agency": agency,
        "holder_print": holder,
        "holder_addr1": a1,
        "holder_addr2": a2,
        "bank_code": code,
        "branch": branch,
        "account": acct,
        "key": rib_key(code, branch, acct),
        "iban": iban,
        "bic": bic,
        "color": color,
    }


def rib_fields(b, holder):
    return {
        "holder_name": holder,
        "iban": b["iban"],
        "bic": b["bic"],
        "bank_name": b["bank"],
        "iban_valid": True,
        "rib_key_valid": True,
    }


def apostille_doc(country, a):
    return {
        "country": country,
        "issued_on": a["iso"],
        "number": a["number"],
        "signed_by": a["signed_by"],
    }


APO_EN = {
    "conv": "(Convention de La Haye du 5 octobre 1961)",
    "l_country": "Country:",
    "l_attest": "This public document",
    "l2": "has been signed by",
    "l3": "acting in the capacity of",
    "l4": "bears the seal/stamp of",
    "l_cert": "Certified",
    "l5": "at",
    "l6": "the",
    "l7": "by",
    "l8": "No.",
    "l9": "Seal/stamp:",
    "l10": "Signature:",
}


def build(out):
    out = Path(out)
    truths = {}
    # ---------------- p01 Kazakhstan, employed, lease, complete -----------------------------
    p = PEOPLE["p01"]
    k = Packet(out, "p01", 101)
    k.add(
        "formulaire_cpam.pdf",
        [docs.application_form(p)],
        "text_pdf",
        "application_form",
        {
            "surname": p["surname"],
            "given_names": "Aigerim",
            "date_of_birth": p["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": p["form_date"],
            "nir": None,
        },
        "typed Cerfa 15763",
    )
    k.add(
        "IMG_20261110_184512.jpg",
        [docs.passport(p, {**PP_LABELS, **PP_STYLE["KAZ"]})],
        "phone_photo",
        "passport",
        pp_fields(p),
        "data page photographed on a table, rotated 90°",
    )
    k.add(
        "scan_0007.jpg",
        [on_a4(docs.visa(p), 30, 25)],
        "scan",
        "long_stay_visa",
        visa_fields(p),
        "visa sticker page scanned at 200 dpi",
        dpi=200,
    )
    apo = {
        **APO_EN,
        "country": "REPUBLIC OF KAZAKHSTAN / ҚАЗАҚСТАН РЕСПУБЛИКАСЫ",
        "signer_doc": "Абдрахманова Д.К.",
        "signer_role": "Head of civil registry office",
        "seal": "Almaly district civil registry, Almaty",
        "place": "Almaty",
        "date_print": "19.08.2025",
        "iso": "2025-08-19",
        "authority": "Ministry of Justice of the RK",
        "number": "KZ25-0819-04471",
        "signed_by": "S. Nurpeisova",
        "sig": "Nurpeisova",
    }
    k.add(
        "acte_naissance_apostille.pdf",
        [birth_kaz(p), docs.apostille(apo)],
        "image_pdf",
        "birth_certificate",
        {
            "surname": "ЖАКСЫБЕКОВА",
            "given_names": "АЙГЕРИМ НУРЛАНОВНА",
            "date_of_birth": p["dob"],
            "place_of_birth": "г. Алматы, Республика Казахстан",
            "issuing_country": "KAZ",
            "language": "kk/ru",
            "has_apostille": True,
        },
        "bilingual Kazakh/Russian certificate, apostille on page 2",
        dpi=200,
    )
    k.docs[-1]["files"][0]["pages"] = [1]
    k.docs.append(
        {
            "files": [{"path": "acte_naissance_apostille.pdf", "pages": [2]}],
            "type": "apostille",
            "look": "image_pdf",
            "fields": apostille_doc("KAZ", apo),
            "notes": "Hague model, 10 items, English",
        }
    )
    L = {
        "landlord": "SCI Les Terrasses de Brotteaux",
        "landlord_addr": "5 quai de Serbie, 69006 Lyon",
        "rooms": "T2",
        "surface": "41,5 m²",
        "start": "2026-03-01",
        "rent": "780,00",
        "charges": "65,00",
        "city": "Lyon",
        "signed": "2026-02-21",
        "landlord_sig": "P. Mercier",
    }
    k.add(
        "bail_lyon.pdf",
        docs.lease(p, L),
        "text_pdf",
        "lease",
        {
            "tenant_names": ["Aigerim ZHAKSYBEKOVA"],
            "landlord": L["landlord"],
            "address": "14 rue Duguesclin, appartement 32, 69006 Lyon",
            "start_date": L["start"],
        },
        "bail loi 1989, 2 pages",
    )
    b = bank(
        (
            "30004",
            "00828",
            "BNPAFRPPXXX",
            "BNP PARIBAS",
            (0, 120, 80),
            "Agence Lyon Brotteaux — 98 boulevard des Belges, 69006 Lyon",
        ),
        "MME ZHAKSYBEKOVA AIGERIM",
        "14 RUE DUGUESCLIN APPT 32",
        "69006 LYON",
        7,
    )
    k.add("RIB_BNP.pdf", [docs.rib(b)], "text_pdf", "rib", rib_fields(b, "ZHAKSYBEKOVA AIGERIM"))
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": "DATALYSE SAS",
        "emp_addr1": "52 rue de la République",
        "emp_addr2": "69002 Lyon",
        "siret": "852 417 903 00021",
        "naf": "6201Z",
        "ccn": "Syntec (IDCC 1486)",
        "employee_print": "Mme Aigerim ZHAKSYBEKOVA",
        "addr1": "14 rue Duguesclin, appt 32",
        "addr2": "69006 Lyon",
        "job": "Ingénieure data",
        "hired": "2026-02-16",
        "rows": [
            ("Salaire de base", "151,67", "26,3750", "4 000,00"),
            ("Santé — complémentaire", "4 000,00", "", "-42,10"),
            ("Retraite sécurité sociale plafonnée", "4 000,00", "6,900", "-276,00"),
            ("Retraite complémentaire T1", "4 000,00", "4,010", "-160,40"),
            ("Assurance chômage", "", "", "0,00"),
            ("CSG déductible", "3 930,00", "6,800", "-267,24"),
            ("CSG/CRDS non déductible", "3 930,00", "2,900", "-113,97"),
        ],
        "net_before": "3 140,29",
        "pas": "4,2 %",
        "pas_amt": "-131,89",
        "net_print": "3 008,40",
        "paid": "2026-10-30",
    }
    k.add(
        "fiche_paie_octobre_2026.pdf",
        [docs.payslip(s)],
        "text_pdf",
        "payslip",
        {
            "employer": "DATALYSE SAS",
            "employee_name": "Aigerim ZHAKSYBEKOVA",
            "period": "2026-10",
            "net_pay": 3008.40,
            "siret": "85241790300021",
        },
        "bulletin de paie clarifié",
    )
    truths["p01"] = (k, p, True, None, {})
    # ---------------- p02 Ghana, not employed, hosted by French spouse, complete --------------
    p = PEOPLE["p02"]
    g = Packet(out, "p02", 202)
    g.add(
        "scan_0001.jpg",
        [docs.application_form(p, hand=True)],
        "scan",
        "application_form",
        {
            "surname": p["surname"],
            "given_names": "Akosua Abena",
            "date_of_birth": p["dob"],
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": p["form_date"],
            "nir": None,
        },
        "hand-filled Cerfa, printed then scanned",
        dpi=150,
    )
    g.add(
        "scan_0002.jpg",
        [on_a4(docs.passport(p, {**PP_LABELS, **PP_STYLE["GHA"]}), 22, 30)],
        "scan",
        "passport",
        pp_fields(p),
        "passport data page on scanner glass",
        dpi=300,
    )
    g.add(
        "scan_0003.jpg",
        [on_a4(docs.visa(p), 25, 40)],
        "scan",
        "long_stay_visa",
        visa_fields(p),
        dpi=200,
    )
    g.add(
        "scan_0004.jpg",
        [birth_gha(p)],
        "scan",
        "birth_certificate",
        {
            "surname": "OWUSU-ANSAH",
            "given_names": "AKOSUA ABENA",
            "date_of_birth": p["dob"],
            "place_of_birth": "Komfo Anokye Teaching Hospital, Kumasi",
            "issuing_country": "GHA",
            "language": "en",
            "has_apostille": True,
        },
        "name written as one line, handwritten values",
        dpi=200,
    )
    apo2 = {
        **APO_EN,
        "country": "REPUBLIC OF GHANA",
        "signer_doc": "K. Asamoah",
        "signer_role": "Registrar of Births and Deaths",
        "seal": "Births and Deaths Registry",
        "place": "Accra",
        "date_print": "08/07/2025",
        "iso": "2025-07-08",
        "authority": "Ministry of Foreign Affairs",
        "number": "GH/APO/2025/118342",
        "signed_by": "E. Tetteh-Mensah",
        "sig": "E. Tetteh",
    }
    g.add(
        "scan_0005.jpg",
        [docs.apostille(apo2)],
        "scan",
        "apostille",
        apostille_doc("GHA", apo2),
        dpi=200,
    )
    h = {
        "host": "Julien LEFÈVRE",
        "host_dob": "1987-04-09",
        "host_pob": "Angers (49)",
        "addr1": p["address1"],
        "addr2": p["address2"],
        "hosted": "Akosua Abena OWUSU-ANSAH",
        "hosted_dob": p["dob"],
        "hosted_pob": "Kumasi (Ghana)",
        "since": "2026-05-12",
        "city": "Nantes",
        "signed_on": "2026-11-15",
        "sig": "J. Lefèvre",
    }
    g.add(
        "scan_0006.jpg",
        [docs.hosting(h)],
        "scan",
        "hosting_attestation",
        {
            "host_name": "Julien LEFÈVRE",
            "hosted_name": "Akosua Abena OWUSU-ANSAH",
            "address": "7 allée des Tilleuls, 44300 Nantes",
            "since_date": "2026-05-12",
            "signed_on": "2026-11-15",
            "signed": True,
        },
        "handwritten by the husband",
        dpi=150,
    )
    host = {
        "surname": "LEFEVRE",
        "surname_mrz": "LEFEVRE",
        "given_mrz": "JULIEN MARC",
        "dob": "1987-04-09",
        "sex": "M",
        "iso": "FRA",
        "passport_no": "21AR48213",
        "pp_exp": "2031-06-14",
        "dob_pp": "09 04 1987",
        "pob_pp": "ANGERS (49)",
        "pp_issue_pp": "15 06 2021",
        "pp_exp_pp": "14 06 2031",
        "signature": "J. Lefèvre",
    }
    fra = {
        **PP_LABELS,
        "head": "RÉPUBLIQUE FRANÇAISE",
        "head2": "PASSEPORT / PASSPORT",
        "nat_text": "Française",
        "paper": (240, 228, 236),
        "ink": (110, 40, 80),
        "l_sur": "Nom / Surname",
        "l_giv": "Prénoms / Given names",
        "l_no": "Passeport n°",
    }
    g.add(
        "scan_0007.jpg",
        [on_a4(docs.passport(host, fra), 40, 30)],
        "scan",
        "passport",
        pp_fields(host, "LEFEVRE", "JULIEN MARC"),
        "host's French passport",
        dpi=200,
    )
    months = [
        ("2026-08-01", "2026-08-31", "2026-09-04", "61,37"),
        ("2026-09-01", "2026-09-30", "2026-10-03", "58,90"),
        ("2026-10-01", "2026-10-31", "2026-11-04", "72,14"),
    ]
    for i, (st, en, iss, amt) in enumerate(months):
        bl = {
            "brand": "TotalEnergies",
            "brand_sub": "TotalEnergies Électricité et Gaz France — "
            "2 bis rue Louis Armand, 75015 Paris",
            "color": (220, 30, 40),
            "tint": (252, 236, 236),
            "holder_print": "M. JULIEN LEFEVRE",
            "addr1": "7 ALLEE DES TILLEULS",
            "addr2": "44300 NANTES",
            "doc_title": "Facture d'électricité",
            "issue": iss,
            "no": f"1000{4821730 + i * 9911}",
            "client_label": "Référence client",
            "client": "3000 4417 2281",
            "start": st,
            "end": en,
            "amount_print": amt,
            "debit": iss[:8] + "14",
            "lines": [
                ("Abonnement Offre Verte Fixe — 6 kVA", "14,02 €"),
                ("Consommation électricité (kWh)", "—"),
                ("Taxes et contributions (accise, CTA)", "—"),
                ("TVA", "—"),
            ],
            "legal": "TotalEnergies Électricité et Gaz France, SA au capital de 2 050 000 €, "
            "RCS Nanterre 450 542 221.",
        }
        g.add(
            f"facture_total_{st[:7]}.pdf",
            [docs.bill(bl)],
            "text_pdf",
            "utility_bill",
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "JULIEN LEFEVRE",
                "address": "7 ALLEE DES TILLEULS, 44300 NANTES",
                "issue_date": iss,
                "period_start": st,
                "period_end": en,
                "amount": float(amt.replace(",", ".")),
            },
            "host's bill",
        )
    b = bank(
        (
            "20041",
            "01011",
            "PSSTFRPPNTE",
            "La Banque Postale",
            (0, 50, 140),
            "Centre Financier de Nantes — 44900 Nantes Cedex 9",
        ),
        "MME AKOSUA OWUSU-ANSAH",
        "7 ALLEE DES TILLEULS",
        "44300 NANTES",
        8,
    )
    g.add("RIB.pdf", [docs.rib(b)], "text_pdf", "rib", rib_fields(b, "AKOSUA OWUSU-ANSAH"))
    truths["p02"] = (g, p, False, None, {})
    # ---------------- p03 Guatemala, employed, bills, defect: no apostille --------------------
    p = PEOPLE["p03"]
    q = Packet(out, "p03", 303)
    q.add(
        "Formulaire S1106.pdf",
        [docs.application_form(p)],
        "text_pdf",
        "application_form",
        {
            "surname": p["surname"],
            "given_names": "José Antonio",
            "date_of_birth": p["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": p["form_date"],
            "nir": None,
        },
        "filled on computer, signature image",
    )
    q.add(
        "passeport_visa.pdf",
        [
            on_a4(docs.passport(p, {**PP_LABELS, **PP_STYLE["GTM"]}), 30, 30),
            on_a4(docs.visa(p), 30, 30),
        ],
        "image_pdf",
        "passport",
        pp_fields(p),
        "scanner PDF: passport page 1, visa page 2",
        dpi=200,
    )
    q.docs[-1]["files"][0]["pages"] = [1]
    q.docs.append(
        {
            "files": [{"path": "passeport_visa.pdf", "pages": [2]}],
            "type": "long_stay_visa",
            "look": "image_pdf",
            "fields": visa_fields(p),
            "notes": "",
        }
    )
    q.add(
        "acta_nacimiento.jpg",
        [birth_gtm(p)],
        "scan",
        "birth_certificate",
        {
            "surname": "GARCÍA LÓPEZ",
            "given_names": "JOSÉ ANTONIO",
            "date_of_birth": p["dob"],
            "place_of_birth": "Quetzaltenango, Quetzaltenango",
            "issuing_country": "GTM",
            "language": "es",
            "has_apostille": False,
        },
        "RENAP certificate WITHOUT apostille (Guatemala is a Hague party)",
        dpi=250,
    )
    months = [
        ("2026-08-01", "2026-08-31", "2026-08-02", "39,99"),
        ("2026-09-01", "2026-09-30", "2026-09-02", "39,99"),
        ("2026-10-01", "2026-10-31", "2026-10-02", "42,99"),
    ]
    for i, (st, en, iss, amt) in enumerate(months):
        bl = {
            "brand": "free",
            "brand_sub": "Free SAS — 75371 Paris Cedex 08",
            "color": (205, 0, 20),
            "tint": (245, 245, 245),
            "holder_print": "Monsieur José Antonio García López",
            "addr1": "23 rue de la Roquette",
            "addr2": "75011 Paris",
            "doc_title": "Facture Freebox",
            "issue": iss,
            "no": f"FBX{88213451 + i * 731}",
            "client_label": "Identifiant",
            "client": "fbx28813457",
            "start": st,
            "end": en,
            "amount_print": amt,
            "debit": iss[:8] + "07",
            "lines": [
                ("Forfait Freebox Pop", "39,99 €"),
                ("Appels hors forfait", (amt[:1] == "4" and "3,00 €") or "0,00 €"),
            ],
            "legal": "Free SAS au capital de 3 441 812 € — RCS Paris 421 938 861 — TVA FR 60421938861",
        }
        q.add(
            f"Facture_Free_{st[5:7]}_2026.pdf",
            [docs.bill(bl)],
            "text_pdf",
            "utility_bill",
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "José Antonio García López",
                "address": "23 rue de la Roquette, 75011 Paris",
                "issue_date": iss,
                "period_start": st,
                "period_end": en,
                "amount": float(amt.replace(",", ".")),
            },
        )
    b = bank(
        (
            "40618",
            "80263",
            "BOUSFRPPXXX",
            "BoursoBank",
            (210, 0, 110),
            "BoursoBank — 44 rue Traversière, 92100 Boulogne-Billancourt",
        ),
        "M GARCIA LOPEZ JOSE ANTONIO",
        "23 RUE DE LA ROQUETTE",
        "75011 PARIS",
        9,
    )
    q.add(
        "rib_boursobank.pdf",
        [docs.rib(b)],
        "text_pdf",
        "rib",
        rib_fields(b, "GARCIA LOPEZ JOSE ANTONIO"),
    )
    c = {
        "employer": "Le Comptoir Saint-Roch",
        "form": "SARL",
        "capital": "20 000",
        "emp_addr": "18 rue Saint-Roch, 75001 Paris",
        "siren": "893 114 562",
        "boss": "M. Hugo Barraud",
        "employee_print": "José Antonio GARCÍA LÓPEZ",
        "dob": p["dob"],
        "pob": "Quetzaltenango (Guatemala)",
        "nat": "guatémaltèque",
        "addr": "23 rue de la Roquette, 75011 Paris",
        "start": "2026-02-02",
        "job": "cuisinier",
        "level": "II échelon 2",
        "gross": "2 150,00",
        "signed": "2026-01-26",
        "boss_sig": "H. Barraud",
        "sig": "José A. García",
    }
    q.add(
        "contrat_CDI.pdf",
        docs.contract(c),
        "text_pdf",
        "employment_contract",
        {
            "employer": "Le Comptoir Saint-Roch",
            "employee_name": "José Antonio GARCÍA LÓPEZ",
            "contract_type": "CDI",
            "job_title": "cuisinier",
            "start_date": "2026-02-02",
        },
    )
    truths["p03"] = (
        q,
        p,
        True,
        "birth certificate from Guatemala (Hague party) has no apostille",
        {"birth_certificate": "invalid"},
    )
    # ---------------- truth files and manifest ------------------------------------------------
    for name, (pk, pp, emp, defect, overrides) in truths.items():
        req = {r: "complete" for r in REQS}
        if not emp:
            req["employment"] = "not_applicable"
        req.update(overrides)
        t = {
            "as_of": AS_OF,
            "employed": emp,
            "status": "incomplete" if defect else "complete",
            "requirements": req,
            "defect": defect,
            "applicant": {
                "surname": pp["surname_mrz"],
                "given_names": pp["given_mrz"],
                "date_of_birth": pp["dob"],
            },
            "documents": pk.docs,
        }
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    (out / "documents").mkdir(parents=True, exist_ok=True)
    manifest = {"packets": sorted(truths), "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    build(sys.argv[1])
