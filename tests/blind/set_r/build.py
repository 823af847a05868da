"""Document builders: each returns {'type', 'kind', 'sheets', 'fields', 'notes'} for one logical
document, with its truth fields as a careful clerk reads them."""

from __future__ import annotations

import random

import bills
import cards
import civil
import hague
import housing
import ids
import money
from form import Filler, _acro, form_pages
from render import fold_missing

APOSTILLE_INFO = {
    # country: (name as printed, lang, authority title, authority name, seal text, city)
    "MEX": (
        "Estados Unidos Mexicanos",
        "es",
        "Secretaría General de Gobierno de Jalisco",
        "Lic. Ramiro Castañeda Ortiz",
        "JALISCO",
        "Guadalajara",
    ),
    "USA": (
        "United States of America",
        "en",
        "Secretary of State of Ohio",
        "Frank LaRose",
        "OHIO",
        "Columbus",
    ),
    "JPN": ("Japan", "en", "Ministry of Foreign Affairs", "Kenji Watanabe", "MOFA JAPAN", "Tokyo"),
    "IND": (
        "India",
        "en",
        "Ministry of External Affairs",
        "Rakesh Kumar Sinha",
        "MEA INDIA",
        "New Delhi",
    ),
    "UKR": (
        "Україна / Ukraine",
        "uk",
        "Міністерство юстиції України",
        "Оксана Мельник",
        "МІНЮСТ",
        "Київ",
    ),
    "BRA": (
        "República Federativa do Brasil",
        "pt",
        "Oficial de Registro Civil - CNJ",
        "Ana Paula Ribeiro Costa",
        "CNJ BRASIL",
        "São Paulo",
    ),
    "COL": (
        "República de Colombia",
        "es",
        "Ministerio de Relaciones Exteriores",
        "Claudia Patricia Rincón",
        "CANCILLERIA",
        "Bogotá D.C.",
    ),
    "PHL": (
        "Republic of the Philippines",
        "en",
        "Department of Foreign Affairs",
        "Maria Elena B. Aquino",
        "DFA OCA",
        "Pasay City",
    ),
    "CHN": (
        "People's Republic of China",
        "en",
        "Ministry of Foreign Affairs of the PRC",
        "Zhang Wei",
        "MFA PRC",
        "Beijing",
    ),
    "ARM": (
        "Republic of Armenia",
        "en",
        "Ministry of Justice of the Republic of Armenia",
        "Armen Sargsyan",
        "MOJ ARMENIA",
        "Yerevan",
    ),
    "KOR": (
        "Republic of Korea",
        "en",
        "Ministry of Foreign Affairs",
        "Lee Soo-jin",
        "MOFA KOREA",
        "Seoul",
    ),
    "CHL": (
        "República de Chile",
        "es",
        "Servicio de Registro Civil e Identificación",
        "Jorge Andrés Muñoz",
        "REGISTRO CIVIL",
        "Santiago",
    ),
}
LANG_FR = {
    "es": "espagnole",
    "en": "anglaise",
    "ja": "japonaise",
    "uk": "ukrainienne",
    "pt": "portugaise",
    "zh": "chinoise",
    "hy": "arménienne",
    "ko": "coréenne",
    "ro": "roumaine",
    "it": "italienne",
    "vi": "vietnamienne",
    "tr": "turque",
    "fr": "française",
}


def D(type_, kind, sheets, fields, notes=""):
    return {"type": type_, "kind": kind, "sheets": sheets, "fields": fields, "notes": notes}


def id_fields(surname, given, number, nat, iss, dob, sex, exp, mrz_valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": iss,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": mrz_valid,
    }


def passport(pp: dict, seed: int, spread=True, break_digit=None, notes=""):
    sheets, _ = ids.passport_pages(pp, seed, spread, break_digit)
    f = id_fields(
        pp["surname"].upper(),
        pp["given"].upper(),
        pp["number"],
        pp["nat"],
        pp["nat"],
        pp["dob"],
        pp["sex"],
        pp["expiry"],
        break_digit is None,
    )
    return D(
        "passport",
        "card",
        sheets,
        f,
        notes or "passport data page" + (" with facing page" if spread else ""),
    )


def id_card(pp: dict, seed: int, notes=""):
    sheets, _ = cards.id_card_pages(pp, seed)
    f = id_fields(
        pp["surname"].upper(),
        pp["given"].upper(),
        pp["number"],
        pp["nat"],
        pp["nat"],
        pp["dob"],
        pp["sex"],
        pp["expiry"],
    )
    return D("national_id", "card", sheets, f, notes or "ID card, front and back (TD1)")


def old_cni(pp: dict, seed: int, notes=""):
    sheets, _ = cards.old_cni_pages(pp, seed)
    f = id_fields(
        pp["surname"].upper(),
        pp["given"].upper().replace(" ", ", "),
        pp["number"],
        "FRA",
        "FRA",
        pp["dob"],
        pp["sex"],
        pp["expiry"],
    )
    f["given_names"] = pp["given"].upper()
    return D(
        "national_id",
        "card",
        sheets,
        f,
        notes or "French CNI (1995-2021 model), 2-line 36-char MRZ; back shows validity",
    )


def visa(v: dict, seed: int, notes=""):
    sheets, _ = cards.visa_pages(v, seed)
    f = id_fields(
        v["surname"].upper(),
        v["given"].upper(),
        v["number"],
        v["nat"],
        "FRA",
        v["dob"],
        v["sex"],
        v["valid_until"],
    )
    f.update(
        {
            "visa_type": v["type"],
            "vls_ts": any("VLS-TS" in r for r in v["remarks"]),
            "category": v["category"],
            "valid_from": v["valid_from"],
            "valid_until": v["valid_until"],
        }
    )
    return D(
        "long_stay_visa",
        "card",
        sheets,
        f,
        notes or "French visa sticker on a passport page (MRV-A)",
    )


def titre(t: dict, seed: int, notes=""):
    sheets, _ = cards.titre_sejour_pages(t, seed)
    f = id_fields(
        t["surname"].upper(),
        t["given"].upper(),
        t["number"],
        t["nat"],
        "FRA",
        t["dob"],
        t["sex"],
        t["expiry"],
    )
    return D(
        "residence_permit", "card", sheets, f, notes or "titre de séjour, front and back (TD1, IR)"
    )


def recepisse(r: dict, seed: int, notes=""):
    sheets = cards.recepisse_pages(r, seed)
    f = id_fields(
        r["surname"].upper(),
        r["given"],
        r["number"],
        r["nat"],
        "FRA",
        r["dob"],
        r["sex"],
        r["valid_until"],
        None,
    )
    return D(
        "residence_permit",
        "page",
        sheets,
        f,
        notes or "récépissé de demande de titre de séjour (no MRZ)",
    )


def birth_cert(country: str, c: dict, seed: int, has_apostille: bool, notes=""):
    sheets = civil.birth_certificate_pages(country, c, seed)
    lang = civil.BC[country][2]
    given = c["given"] if civil.BC[country][4][1] else None
    surname = c["surname"] if given is not None else c["given"] + " " + c["surname"]
    f = {
        "surname": surname,
        "given_names": given if given is not None else None,
        "date_of_birth": c["dob"],
        "place_of_birth": c["place"],
        "issuing_country": country,
        "language": lang,
        "has_apostille": has_apostille,
    }
    if given is None:  # Indian certificates print the full name in one field
        f["surname"], f["given_names"] = c["surname"], c["given"]
        notes = (
            (notes + "; " if notes else "")
            + "full name in one 'Name' field: "
            + c["given"]
            + " "
            + c["surname"]
        )
    return D("birth_certificate", "page", sheets, f, notes or f"birth certificate ({lang})")


def apostille(
    country: str, issued: str, number: str, signer: str, capacity: str, seed: int, notes=""
):
    name, lang, auth, by_name, seal, city = APOSTILLE_INFO[country]
    a = {
        "country_name": name,
        "lang": lang,
        "signer": signer,
        "capacity": capacity,
        "seal_of": capacity,
        "at": city,
        "date_text": civil.dnum(issued, "/") if lang != "en" else civil.dwords(issued, "en"),
        "by": f"{by_name}, {auth}",
        "by_name": by_name,
        "number": number,
        "seal_text": seal,
    }
    sheets = hague.apostille_pages(a, seed)
    f = {"country": country, "issued_on": issued, "number": number, "signed_by": by_name}
    return D(
        "apostille",
        "page",
        sheets,
        f,
        notes or f"Hague apostille, 10 items ({lang}); signed_by = item 7/10",
    )


def translation(country: str, c: dict, lang: str, seed: int, date: str, translator: str, notes=""):
    t = {
        "lang_name": LANG_FR[lang],
        "translator": translator,
        "court": "Cour d'appel de Paris",
        "rep_no": f"{date[:4]}/{random.Random(seed).randint(100, 2999)}",
        "city": "Paris",
        "date": civil.dnum(date),
        "title_fr": "ACTE DE NAISSANCE",
        "rows": [
            ("Nom", c["surname"]),
            ("Prénom(s)", c["given"]),
            ("Sexe", "féminin" if c["sex"] == "F" else "masculin"),
            ("Date de naissance", civil.dwords(c["dob"], "fr")),
            ("Lieu de naissance", c["place_fr"]),
            ("Père", c["father"]),
            ("Mère", c["mother"]),
            ("Acte n°", c["reg_no"]),
        ],
    }
    return D(
        "translation",
        "page",
        hague.translation_pages(t, seed),
        {},
        notes or f"sworn translation of the {country} birth certificate into French",
    )


def bill(b: dict, seed: int, notes=""):
    sheets = bills.bill_pages(b, seed)
    return D("utility_bill", "page", sheets, bill_fields(b), notes or f"{b['provider']} bill")


def bill_screen(b: dict, seed: int, notes=""):
    return D(
        "utility_bill",
        "screen",
        bills.bill_screen_pages(b, seed),
        bill_fields(b),
        notes or f"{b['provider']} bill in the operator's app",
    )


def bill_fields(b):
    f = {
        "provider": b["provider"],
        "service": b["service"],
        "holder_name": b["holder"],
        "address": b["street"] + ", " + b["city"],
        "issue_date": b["issue_date"],
        "period_start": b["period_start"],
        "period_end": b["period_end"],
        "amount": b["amount"],
    }
    ps, pe = b["period_start"], b["period_end"]
    if ps[:7] == pe[:7] and ps[8:] == "01" and int(pe[8:]) >= 28:
        f["month"] = ps[:7]
    return f


def attestation_contrat(b: dict, seed: int, notes=""):
    f = {
        "provider": b["provider"],
        "service": b["service"],
        "holder_name": b["holder"],
        "address": b["street"] + ", " + b["city"],
        "issue_date": b["issue_date"],
        "period_start": None,
        "period_end": None,
        "amount": None,
    }
    return D(
        "utility_bill",
        "page",
        bills.attestation_contrat_pages(b, seed),
        f,
        notes
        or "energy 'attestation de contrat': proof of address, no period, no amount; "
        f"contract since {b['since']}",
    )


def lease(le: dict, seed: int, notes=""):
    f = {
        "tenant_names": le["tenants"],
        "landlord": le["landlord"],
        "address": le["street"] + ", " + le["city"],
        "start_date": le["start"],
    }
    return D("lease", "page", housing.lease_pages(le, seed), f, notes or f"lease ({le['kind']})")


def quittance(q: dict, seed: int, notes=""):
    return D(
        "unknown",
        "page",
        housing.quittance_pages(q, seed),
        {},
        notes or "quittance de loyer (rent receipt) - not a lease",
    )


def hosting(h: dict, seed: int, hand: bool, signed=True, notes=""):
    sheets = (housing.hosting_hand_pages if hand else housing.hosting_typed_pages)(h, seed, signed)
    f = {
        "host_name": h["host"],
        "hosted_name": h["hosted"],
        "address": h["street"] + ", " + h["city"],
        "since_date": h["since"],
        "signed_on": h["signed_on"],
        "signed": signed,
    }
    return D(
        "hosting_attestation",
        "page",
        sheets,
        f,
        notes or ("handwritten" if hand else "typed") + " attestation d'hébergement",
    )


def rib(
    bank: str,
    holder_lines,
    holder_name,
    acct: str,
    branch: str,
    seed: int,
    agency="",
    addr=(),
    corrupt=False,
    notes="",
):
    code, bic, _, _ = money.BANKS[bank]
    iban, key = money.fr_iban(code, branch, acct)
    if corrupt:  # a misprinted/mistyped account digit: IBAN and RIB key no longer check
        i = 4 + 10 + 5
        iban = iban[:i] + str((int(iban[i]) + 1) % 10) + iban[i + 1 :]
    shown_acct = iban[14:25]
    r = {
        "bank": bank,
        "holder_lines": holder_lines,
        "holder_addr": list(addr),
        "iban": iban,
        "rib": (code, branch, shown_acct, key),
        "agency": agency or f"AGENCE {bank.upper()}",
    }
    f = {
        "holder_name": holder_name,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": money.iban_ok(iban),
        "rib_key_valid": money.rib_key(code, branch, shown_acct) == key,
    }
    return D("rib", "page", money.rib_pages(r, seed), f, notes or f"RIB {bank}")


def neobank(app: str, holder: str, iban: str, bic: str, bank_addr: str, seed: int, notes=""):
    r = {"app": app, "holder": holder, "iban": iban, "bic": bic, "bank_addr": bank_addr}
    f = {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": app,
        "iban_valid": money.iban_ok(iban),
        "rib_key_valid": (money.rib_key(iban[4:9], iban[9:14], iban[14:25]) == iban[25:27])
        if iban.startswith("FR")
        else None,
    }
    return D(
        "rib",
        "screen",
        money.neobank_screen_pages(r, seed),
        f,
        notes
        or f"{app} app account-details screen"
        + ("" if iban.startswith("FR") else " (non-French SEPA IBAN)"),
    )


def payslip(ps: dict, seed: int, notes=""):
    sheets = money.payslip_pages(ps, seed)
    f = {
        "employer": ps["employer"],
        "employee_name": ps["employee"],
        "period": ps["period"],
        "net_pay": ps["net"],
        "siret": ps["siret"],
    }
    return D("payslip", "page", sheets, f, notes or "bulletin de paie clarifié; net_pay = NET PAYÉ")


def contract(c: dict, seed: int, notes=""):
    f = {
        "employer": c["employer"],
        "employee_name": c["employee"],
        "contract_type": {"interim": "interim"}.get(c["type"], c["type"]),
        "job_title": c["job"],
        "start_date": c["start"],
    }
    return D(
        "employment_contract",
        "page",
        money.contract_pages(c, seed),
        f,
        notes or f"{c['type']} contract, 2 pages, signed",
    )


def app_form(f: dict, fill: str, run: str, seed: int, notes=""):
    mode = {
        "hand": "hand",
        "typed_print": "typed",
        "acroform": "acro",
        "acroform_printed": "acro_print",
    }[fill]
    rng = random.Random(seed)
    filler = Filler(
        mode,
        seed,
        rng.choice(["dkg", "breip", "ecolier", "dkgbd", "kaushan"]),
        rng.choice([(20, 30, 110), (15, 15, 25), (25, 35, 150)]),
        rng.choice(["sans", "serif", "carlito", "mono"]),
    )
    if fill != "hand" and rng.random() < 0.5:
        f = dict(f, date_by_hand=True)
    sheets = form_pages(f, filler, run, seed)
    sit = f.get("situation") or None
    emp = None
    if sit and "+" not in sit:
        emp = (
            "employed"
            if sit == "salarie"
            else (
                "not_employed"
                if sit in ("sans_activite", "etudiant", "demandeur_emploi")
                else "other"
            )
        )

    def comb(v):
        v = v or ""
        if mode == "acro":  # AcroForm fields keep the case as typed
            return v
        return fold_missing(v.upper(), "h:" + filler.font) if mode == "hand" else v.upper()

    fields = {
        "surname": comb(f["surname"]),
        "usage_name": comb(f.get("usage")) or None,
        "given_names": comb(f["given"]),
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": emp,
        "situation": sit,
        "contract_type": f.get("contract") if sit == "salarie" else None,
        "signed": f.get("sign", "yes") == "yes",
        "signed_on": f.get("signed_on"),
        "date_text": f.get("date_text") or None,
        "place": f.get("place") or None,
        "nir": f.get("nir") or None,
    }
    d = D(
        "application_form",
        "page",
        sheets,
        fields,
        notes or f"cerfa 15763*02, fill={fill}, print run {run}",
    )
    if mode == "acro":
        d["acro"] = _acro(None)
    d["fill_way"] = fill
    return d
