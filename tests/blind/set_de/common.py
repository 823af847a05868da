"""Shared helpers of the set_de packets: truth fields, MRZ checks, payslip arithmetic."""

import ids
import kit
import money
from ids import fmt_date


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret(base13):
    s = next(base13 + str(k) for k in range(10) if luhn_ok(base13 + str(k)))
    assert len(s) == 14
    return s


def siren_siret(siren8, nic4):
    siren = next(siren8 + str(k) for k in range(10) if luhn_ok(siren8 + str(k)))
    s = siret(siren + nic4)
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", s


def check_mrz(lines):
    assert ids.mrz_ok(lines), lines
    return lines


def person(surname, given, dob, sex, nat, number):
    return {
        "surname": surname,
        "given_names": given,
        "date_of_birth": dob,
        "sex": sex,
        "nationality": nat,
        "number": number,
    }


def id_fields(p, number, issuer, expiry, nat=None):
    return {
        "surname": p["surname"],
        "given_names": p["given_names"],
        "document_number": number,
        "nationality": nat or p["nationality"],
        "issuing_country": issuer,
        "date_of_birth": p["date_of_birth"],
        "sex": p["sex"],
        "expiry_date": expiry,
        "mrz_valid": True,
    }


def visa(
    pk,
    p,
    num,
    vtype,
    valid_for,
    vfrom,
    vuntil,
    entries,
    duration,
    issued_in,
    issued_on,
    remarks,
    skin,
):
    mrz = check_mrz(
        ids.mrva(
            vtype,
            "FRA",
            p["surname"],
            p["given_names"],
            num,
            p["nationality"],
            p["date_of_birth"],
            p["sex"],
            vuntil,
        )
    )
    sp = {
        "number": num,
        "valid_for": valid_for,
        "from": fmt_date(vfrom, "dot"),
        "until": fmt_date(vuntil, "dot"),
        "type": vtype,
        "entries": entries,
        "duration": duration,
        "issued_in": issued_in,
        "issued_on": fmt_date(issued_on, "dot"),
        "passport": p["number"],
        "remarks": remarks,
        "skin": skin,
        "mrz": mrz,
        "name": f"{ids.ascii_up(p['surname']).replace('<', ' ')}, "
        f"{ids.ascii_up(p['given_names']).replace('<', ' ')}",
    }
    return ids.visa_page(sp, pk.rng)


def form_fields(a, status):
    return {
        "surname": a["form_surname"],
        "given_names": a["form_given"],
        "date_of_birth": a["dob"],
        "employment_status": status,
        "signed": a.get("form_signed", True),
        "signed_on": a.get("form_date"),
        "nir": None,
    }


def bill_fields(provider, service, holder, address, b):
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }


def rib_fields(holder, iban, bic, bank, key_ok):
    assert ids.iban_ok(iban)
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": True,
        "rib_key_valid": key_ok,
    }


def payslip_data(emp_lines, employee_lines, start, end, base_h, rate, pas_rate):
    gross = round(base_h * rate, 2)
    plaf = min(gross, 4005.0)
    csg_base = round(gross * 0.9825, 2)
    rows = [
        (
            "Salaire de base",
            f"{base_h:.2f}".replace(".", ","),
            f"{rate:.4f}".replace(".", ","),
            money.eur(gross)[:-2],
            "",
        )
    ]
    sal, emp = [], []

    def c(lab, base, r_sal, r_emp, fixed=None):
        s = round(base * r_sal / 100, 2) if r_sal else 0.0
        e = round(base * r_emp / 100, 2) if r_emp else 0.0
        if fixed:
            s, e = fixed
        sal.append(s)
        emp.append(e)
        rows.append(
            (
                lab,
                money.eur(base)[:-2] if base else "",
                f"{r_sal:.2f}".replace(".", ",") if r_sal else "",
                money.eur(s)[:-2] if s else "",
                money.eur(e)[:-2] if e else "",
            )
        )

    rows.append(("H", "SANTÉ"))
    c("Sécurité sociale - Maladie Maternité Invalidité Décès", gross, 0, 7.0)
    c("Complémentaire santé", 0, 0, 0, fixed=(32.5, 32.5))
    rows.append(("H", "ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES"))
    c("Accidents du travail", gross, 0, 2.1)
    rows.append(("H", "RETRAITE"))
    c("Sécurité sociale plafonnée", plaf, 6.9, 8.55)
    c("Sécurité sociale déplafonnée", gross, 0.4, 2.02)
    c("Complémentaire Tranche 1", plaf, 4.01, 6.01)
    rows.append(("H", "FAMILLE"))
    c("Allocations familiales", gross, 0, 3.45)
    rows.append(("H", "ASSURANCE CHÔMAGE"))
    c("Chômage", gross, 0, 4.05)
    c("Autres contributions dues par l'employeur", 0, 0, 0, fixed=(0.0, 31.42))
    c("CSG déductible de l'impôt sur le revenu", csg_base, 6.8, 0)
    c("CSG/CRDS non déductible de l'impôt sur le revenu", csg_base, 2.9, 0)
    net_before = round(gross - sum(sal), 2)
    pas = round(net_before * pas_rate / 100, 2)
    net = round(net_before - pas, 2)
    totals = [
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", money.eur(sum(sal)), False),
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", money.eur(net_before), True),
        (
            f"Impôt sur le revenu prélevé à la source - taux {pas_rate:.2f} %".replace(".", ","),
            money.eur(pas),
            False,
        ),
        ("NET PAYÉ", money.eur(net), True),
        ("Montant net social", money.eur(round(net_before + 26.1, 2)), False),
        ("Coût total employeur", money.eur(round(gross + sum(emp), 2)), False),
    ]
    return {
        "employer_lines": emp_lines,
        "employee_lines": employee_lines,
        "start": start,
        "end": end,
        "rows": rows,
        "totals": totals,
    }, net


def kit_page_with(small, x, y):
    a4 = kit.Page()
    a4.image(x, y, small.w, small.h, kit.render(small, 8.0))
    return a4


def kit_page_with_cards(cards):
    a4 = kit.Page()
    y = 30
    for c in cards:
        a4.image(40, y, c.w, c.h, kit.render(c, 12.0))
        y += c.h + 20
    return a4
