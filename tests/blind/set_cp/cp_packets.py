"""The four packets of set_cp: data, files, looks and truth."""

from __future__ import annotations

from datetime import date

import cp_civil as cv
import cp_france as fr
import cp_money as mo
from cp_common import (
    french_iban,
    iban_valid,
    mrz_check,
    rib_key_ok,
    siret,
    verify_td3,
)
from cp_form import Filler, form
from cp_ids import Person, booklet, passport_page, visa_page
from cp_looks import render

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def reqs(**over) -> dict:
    r = dict(ALL_OK)
    r.update(over)
    return r


def id_fields(p: Person, issuing: str) -> dict:
    lines = p.extra["mrz"]
    if len(lines) == 2 and lines[0].startswith("P"):
        assert verify_td3(lines)
    return {
        "surname": p.surname,
        "given_names": p.given,
        "document_number": p.number,
        "nationality": p.nat,
        "issuing_country": issuing,
        "date_of_birth": p.dob,
        "sex": p.sex,
        "expiry_date": p.expiry,
        "mrz_valid": True,
    }


def visa_fields(p: Person, v: dict, category: str) -> dict:
    l2 = v["mrz"][1]
    assert mrz_check(l2[0:9]) == l2[9] and mrz_check(l2[21:27]) == l2[27]
    return {
        "surname": p.surname,
        "given_names": p.given,
        "document_number": v["number"],
        "nationality": p.nat,
        "issuing_country": "FRA",
        "date_of_birth": p.dob,
        "sex": p.sex,
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": category,
        "valid_from": v["from"],
        "valid_until": v["until"],
    }


def money(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


def form_fields(d: dict, employed: str, signed_on: date) -> dict:
    return {
        "surname": d["surname"],
        "given_names": d["given"],
        "date_of_birth": d["dob"],
        "employment_status": employed,
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
    }


def bill_fields(prov, holder, address, b, month=None) -> dict:
    f = {
        "provider": prov,
        "service": "internet",
        "holder_name": holder,
        "address": address,
        "issue_date": b["issue"],
        "period_start": b["p_start"],
        "period_end": b["p_end"],
        "amount": b["total_f"],
    }
    if month:
        f["month"] = month
    return f


def mk_bill(number, issue, p_start, p_end, lines, debit_days, **kw) -> dict:
    total = round(sum(a for _, a in lines), 2)
    return dict(
        number=number,
        issue=issue,
        p_start=p_start,
        p_end=p_end,
        lines=[(lab, money(a)) for lab, a in lines],
        total=money(total),
        total_f=total,
        vat=money(round(total - total / 1.2, 2)),
        debit_date=date.fromordinal(issue.toordinal() + debit_days),
        **kw,
    )


def rib_fields(holder, iban, bic, bank_name, key_ok) -> dict:
    assert iban_valid(iban)
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank_name,
        "iban_valid": True,
        "rib_key_valid": key_ok,
    }


# ====================================================================== p01 Philippines
def p01(pk) -> None:
    as_of = date(2026, 11, 18)
    look = {"skin": (0.62, 0.46, 0.34), "hair": (0.08, 0.06, 0.05)}
    p = Person(
        "VILLANUEVA",
        "JOANNA MARIE",
        date(1992, 7, 8),
        "F",
        "PHL",
        "CEBU CITY",
        "P4821937B",
        date(2023, 2, 14),
        date(2033, 2, 13),
        extra={"mid": "SANTOS", "look": look},
    )
    page = passport_page("PHL", p, pk.rng("pp"))
    f = pk.photo("passeport.jpg", booklet(page, pk.rng("bk"), cover=(22, 38, 92)), fill=0.72)
    pk.add(
        "passport",
        "phone_photo",
        [(f, [1])],
        id_fields(p, "PHL"),
        "Philippine passport, booklet open on the data page; middle name SANTOS printed "
        "on its own line (not in the MRZ).",
    )
    v = {
        "number": "017482365",
        "from": date(2026, 3, 2),
        "until": date(2027, 3, 1),
        "days": 365,
        "post": "MANILLE",
        "issued": date(2026, 2, 10),
        "remarks": ["VLS-TS SALARIÉ", "À VALIDER DÈS L'ARRIVÉE EN FRANCE"],
    }
    vimg = booklet(visa_page(p, v, pk.rng("visa")), pk.rng("bk2"), cover=(22, 38, 92))
    f = pk.photo("IMG_20261107_142210.jpg", vimg, rot=90, fill=0.75)
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [(f, [1])],
        visa_fields(p, v, "SALARIÉ"),
        "French type D visa sticker, VLS-TS salarié; photo rotated 90°.",
    )
    bd = {
        "province": "CEBU",
        "city": "CEBU CITY",
        "registry_no": "92-11873",
        "first": "JOANNA MARIE",
        "middle": "SANTOS",
        "last": "VILLANUEVA",
        "sex": "FEMALE",
        "dob_txt": "08   JULY   1992",
        "hospital": "VICENTE SOTTO MEMORIAL MEDICAL CENTER",
        "mother": ("MARILOU", "REYES", "SANTOS"),
        "father": ("ROGELIO", "DELA CRUZ", "VILLANUEVA"),
        "mother_job": "TEACHER",
        "father_job": "SEAMAN",
        "parents_married": "JUNE 14, 1989",
        "prepared_by": "DR. ELMER T. CABAHUG",
        "reg_date": "JULY 20, 1992",
        "issued_txt": "March 3, 2026",
        "secpa": "G04718236",
        "psa_signer": "RAFAEL M. ALCANTARA",
    }
    img = render(cv.birth_phl(bd, pk.rng("bc")), 200)[0]
    f = pk.scan("acte_naissance_PSA.jpg", img)
    pk.add(
        "birth_certificate",
        "scan",
        [(f, [1])],
        {
            "surname": "VILLANUEVA",
            "given_names": "JOANNA MARIE",
            "date_of_birth": p.dob,
            "place_of_birth": "CEBU CITY, CEBU",
            "issuing_country": "PHL",
            "language": "en",
            "has_apostille": True,
        },
        "PSA copy of the Certificate of Live Birth (Municipal Form 102), 200 dpi scan.",
    )
    ad = {
        "authority_head": "DEPARTMENT OF FOREIGN AFFAIRS — OFFICE OF CONSULAR AFFAIRS",
        "country": "Republic of the Philippines",
        "signer": "Rafael M. Alcantara",
        "capacity": "Civil Registrar General",
        "seal_of": "Philippine Statistics Authority",
        "place": "Pasay City",
        "date_txt": "12 March 2026",
        "by": "Department of Foreign Affairs",
        "number": "AP-26-0318274",
        "stamp_ring": "DEPARTMENT OF FOREIGN AFFAIRS * AUTHENTICATION *",
        "stamp_center": ["DFA", "OCA"],
    }
    img = render(cv.apostille(ad, pk.rng("apo"), "en"), 200)[0]
    f = pk.scan("apostille.jpg", img)
    pk.add(
        "apostille",
        "scan",
        [(f, [1])],
        {
            "country": "PHL",
            "issued_on": date(2026, 3, 12),
            "number": "AP-26-0318274",
            "signed_by": "Rafael M. Alcantara",
        },
        "Hague model apostille for the PSA certificate; signed_by = item 2 (signer of the "
        "public document); item 7 is the DFA.",
    )
    ld = {
        "landlord_full": "Monsieur Bernard COLLIGNON",
        "landlord": "Bernard COLLIGNON",
        "landlord_addr": "14 avenue Mozart, 75016 Paris",
        "tenant_full": "Madame Joanna Marie VILLANUEVA",
        "tenant": "Joanna Marie VILLANUEVA",
        "tenant_dob": p.dob,
        "address": "27 rue des Vinaigriers, 3e étage gauche, 75010 Paris",
        "surface": "31 m²",
        "rooms": "2",
        "start": date(2026, 4, 1),
        "rent": "1 085,00",
        "charges": "75,00",
        "deposit": "2 170,00",
        "place": "Paris",
        "signed": date(2026, 3, 24),
    }
    pages = render(fr.lease(ld, pk.rng("lease")), 200)
    f = pk.image_pdf("bail_meuble_vinaigriers.pdf", pages)
    pk.add(
        "lease",
        "image_pdf",
        [(f, [1, 2, 3])],
        {
            "tenant_names": ["Joanna Marie VILLANUEVA"],
            "landlord": "Bernard COLLIGNON",
            "address": "27 rue des Vinaigriers, 3e étage gauche, 75010 Paris",
            "start_date": date(2026, 4, 1),
        },
        "Furnished-flat lease (loi 1989 titre Ier bis), 3 scanned pages, signed by both; "
        "started 7.5 months before the audit date.",
    )
    st = siret("84391027", "0002")
    rows = [
        ("Salaire de base", "151,67", "20,4391", "3 100,00", ""),
        ("SANTÉ", "", "", "", ""),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", "3 100,00", "", "", "217,00"),
        ("Complémentaire Santé", "", "", "32,40", "32,40"),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", "3 100,00", "", "", "21,70"),
        ("RETRAITE", "", "", "", ""),
        ("Sécurité sociale plafonnée", "3 100,00", "6,900", "213,90", "265,05"),
        ("Sécurité sociale déplafonnée", "3 100,00", "0,400", "12,40", "62,62"),
        ("Complémentaire Tranche 1", "3 100,00", "4,010", "124,31", "186,31"),
        ("FAMILLE", "3 100,00", "", "", "106,95"),
        ("ASSURANCE CHÔMAGE", "3 100,00", "", "", "125,55"),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", "85,10"),
        ("CSG déductible de l'impôt sur le revenu", "3 045,75", "6,800", "207,11", ""),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", "3 045,75", "2,900", "88,33", ""),
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "678,45", "1 102,68"),
    ]
    psd = {
        "employer": "LUMEN DATA SERVICES SAS",
        "emp_lines": [
            "18 rue de Mogador",
            "75009 Paris",
            f"SIRET : {st[:3]} {st[3:6]} {st[6:9]} {st[9:]}",
            "Code NAF : 6202A",
        ],
        "employee": "Madame Joanna Marie VILLANUEVA",
        "addr_lines": ["27 rue des Vinaigriers", "75010 PARIS"],
        "job": "Analyste support applicatif",
        "hired": date(2026, 3, 9),
        "matricule": "00417",
        "coef": "Position 2.1 - Coef. 115",
        "p_start": date(2026, 10, 1),
        "p_end": date(2026, 10, 31),
        "period_txt": "octobre 2026",
        "rows": rows,
        "totals": [
            ("NET À PAYER AVANT IMPÔT SUR LE REVENU", "2 421,55", True),
            ("Net social", "2 446,12", False),
            ("Impôt sur le revenu prélevé à la source - taux 3,10 %", "- 78,81", False),
        ],
        "net": "2 342,74",
        "paid": date(2026, 10, 30),
        "ccn": "Syntec (IDCC 1486)",
    }
    f = pk.text_pdf("bulletin_paie_2026-10.pdf", fr.payslip(psd, pk.rng("pay")))
    pk.add(
        "payslip",
        "text_pdf",
        [(f, [1])],
        {
            "employer": "LUMEN DATA SERVICES SAS",
            "employee_name": "Joanna Marie VILLANUEVA",
            "period": "2026-10",
            "net_pay": 2342.74,
            "siret": st,
        },
        "Bulletin de paie clarifié, October 2026; net_pay is the NET PAYÉ line (after PAS).",
    )
    iban, key = french_iban("30003", "03620", "00050812345")
    rd = {
        "holder_lines": ["MME JOANNA MARIE VILLANUEVA", "27 RUE DES VINAIGRIERS", "75010 PARIS"],
        "dom_lines": ["SG PARIS REPUBLIQUE", "12 place de la République", "75003 PARIS"],
        "bank": "30003",
        "branch": "03620",
        "account": "00050812345",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "edited": "21/03/2026",
    }
    f = pk.text_pdf("RIB_SG.pdf", mo.rib("sg", rd, pk.rng("rib")))
    pk.add(
        "rib",
        "text_pdf",
        [(f, [1])],
        rib_fields(
            "JOANNA MARIE VILLANUEVA",
            iban,
            "SOGEFRPP",
            "SOCIETE GENERALE",
            rib_key_ok("30003", "03620", "00050812345", key),
        ),
        "Société Générale RIB downloaded from the bank's site.",
    )
    fd = {
        "surname": "VILLANUEVA",
        "usage": None,
        "given": "Joanna Marie",
        "sex": "F",
        "dob": p.dob,
        "pob": "Cebu City, Philippines",
        "nat": "philippine",
        "address": "27 rue des Vinaigriers, 3e étage gauche",
        "cp": "75010",
        "city": "Paris",
        "phone": "06 12 48 77 30",
        "email": "joanna.villanueva92@gmail.com",
        "situation": "salarie",
        "job": "Analyste support applicatif",
        "contract": "CDI",
        "place": "Paris",
        "date_text": "09/11/2026",
        "signed": True,
    }
    pages = render(form(fd, Filler("typed", pk.rng("ff")), "a", pk.rng("form")), 200)
    f = pk.image_pdf("formulaire_S1106.pdf", pages)
    pk.add(
        "application_form",
        "image_pdf",
        [(f, [1, 2])],
        form_fields(fd, "employed", date(2026, 11, 9)),
        "Typed on screen, printed, signed by hand, scanned (2 pages).",
    )
    pk.truth(
        as_of,
        True,
        reqs(),
        None,
        {"surname": p.surname, "given_names": p.given, "date_of_birth": p.dob},
    )
