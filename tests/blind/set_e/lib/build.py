"""Helpers that turn a persona into rendered documents plus the true field values."""

from . import cards, countries, doc_bank, doc_bills, doc_form, ids
from .draw import add_days, add_months, fr_date

# ============================================================================ identity documents


def passport(P, corrupt=None, optional="", opt_cd_filler=False, dpi=450):
    pp = P["passport"]
    code = pp.get("code", P["nat"])
    mrz = ids.td3(
        "P",
        code,
        pp.get("mrz_surname", P["surname"]),
        pp.get("mrz_given", P["given"]),
        pp["number"],
        code,
        P["dob"],
        P["sex"],
        pp["expiry"],
        optional=optional,
        optional_cd_filler=opt_cd_filler,
        corrupt=corrupt,
    )
    d = dict(
        surname=pp.get("viz_surname", P["surname"].upper()),
        given_names=pp.get("viz_given", P["given"].upper()),
        number=pp["number"],
        issuer=code,
        nationality_text=pp["nat_text"],
        dob=P["dob"],
        sex=P["sex"],
        expiry=pp["expiry"],
        issue=pp["issue"],
        place_of_birth=pp["pob"],
        authority=pp["authority"],
        personal_no=pp.get("personal"),
        mrz=mrz,
    )
    img = cards.passport_page(d, countries.STYLES[code], dpi=dpi)
    fields = dict(
        surname=pp.get("truth_surname", d["surname"]),
        given_names=pp.get("truth_given", d["given_names"]),
        document_number=pp["number"],
        nationality=code,
        issuing_country=code,
        date_of_birth=P["dob"],
        expiry_date=pp["expiry"],
        sex=P["sex"],
        mrz_valid=corrupt is None,
    )
    return img, fields, mrz


def visa(P, v, dpi=450):
    """v: type 'D'/'C', mention, valid_from, valid_until, number, issued_at, issued_on, remarks, entries, days."""
    pp = P["passport"]
    mrz = ids.mrvb(
        v["type"],
        "FRA",
        P["surname"],
        P["given"],
        v["number"],
        P["nat"],
        P["dob"],
        P["sex"],
        v["valid_until"],
        optional=v.get("optional", ""),
    )
    if v["type"] == "D":
        valid_for = "FRANCE"
    else:
        valid_for = "ETATS SCHENGEN"
    d = dict(
        surname=P["surname"].upper(),
        given_names=P["given"].upper(),
        passport_no=pp["number"],
        number=v["number"],
        number_printed="FRA %s" % v["number"],
        nationality=P["nat"],
        dob=P["dob"],
        sex=P["sex"],
        valid_from_p=fr_date(v["valid_from"]).replace("/", "-"),
        valid_until_p=fr_date(v["valid_until"]).replace("/", "-"),
        visa_type=v["type"],
        duration_days=v.get("days", "365" if v["type"] == "D" else "90"),
        entries=v.get("entries", "MULT"),
        issued_at=v["issued_at"],
        issued_on_p=fr_date(v["issued_on"]).replace("/", "-"),
        remarks=v["remarks"],
        valid_for=valid_for,
        mrz=mrz,
    )
    img = cards.visa_sticker(d, dpi=dpi)
    fields = dict(
        surname=d["surname"],
        given_names=d["given_names"],
        document_number=v["number"],
        nationality=P["nat"],
        issuing_country="FRA",
        date_of_birth=P["dob"],
        expiry_date=v["valid_until"],
        sex=P["sex"],
        mrz_valid=True,
        visa_type=v["type"],
        vls_ts=bool(v.get("vls_ts")),
        category=v.get("mention"),
        valid_from=v["valid_from"],
        valid_until=v["valid_until"],
    )
    return img, fields


def titre(P, t, dpi=600):
    """t: number, type_line, mention, valid_until, issued_on, prefecture, address (2 lines), card_title."""
    mrz = ids.td1(
        "IR",
        "FRA",
        t["number"],
        P["dob"],
        P["sex"],
        t["valid_until"],
        P["nat"],
        P["surname"],
        P["given"],
        opt1=t.get("opt1", ""),
    )
    d = dict(
        number=t["number"],
        surname=P["surname"].upper(),
        given_names=P["given"].upper(),
        sex=P["sex"],
        nationality=P["nat"],
        dob_p=fr_date(P["dob"], "dot"),
        place_of_birth=t.get("pob", P["pob_city"].upper() + " (" + P["nat"] + ")"),
        type_line=t["type_line"],
        mention=t["mention"],
        valid_until_p=fr_date(t["valid_until"], "dot"),
        issued_on_p=fr_date(t["issued_on"], "dot"),
        prefecture=t["prefecture"],
        address=t["address"],
        card_title=t.get("card_title", "TITRE DE SÉJOUR"),
        mrz=mrz,
    )
    front, back = cards.titre_sejour(d, dpi=dpi)
    fields = dict(
        surname=d["surname"],
        given_names=d["given_names"],
        document_number=t["number"],
        nationality=P["nat"],
        issuing_country="FRA",
        date_of_birth=P["dob"],
        expiry_date=t["valid_until"],
        sex=P["sex"],
        mrz_valid=True,
    )
    return front, back, fields


def cni_2021(H, dpi=600):
    c = H["cni"]
    mrz = ids.td1(
        "ID", "FRA", c["number"], H["dob"], H["sex"], c["expiry"], "FRA", H["surname"], H["given"]
    )
    d = dict(
        number=c["number"],
        surname=H["surname"].upper(),
        given_names=H["given"].upper().replace(" ", ", "),
        sex=H["sex"],
        dob_p=fr_date(H["dob"], "dot").replace(".", " "),
        place_of_birth=c["pob"],
        expiry_p=fr_date(c["expiry"], "dot").replace(".", " "),
        issue_p=fr_date(c["issue"], "dot").replace(".", " "),
        authority=c["authority"],
        address=c["address"],
        usage=c.get("usage"),
        mrz=mrz,
    )
    front, back = cards.fr_cni_2021(d, dpi=dpi)
    fields = dict(
        surname=d["surname"],
        given_names=H["given"].upper(),
        document_number=c["number"],
        nationality="FRA",
        issuing_country="FRA",
        date_of_birth=H["dob"],
        expiry_date=c["expiry"],
        sex=H["sex"],
        mrz_valid=True,
    )
    return front, back, fields


def cni_old(H, dpi=600):
    c = H["cni"]
    mrz = cards.fr_old_mrz(H["surname"], H["given"], c["number"], c["admin"], H["dob"], H["sex"])
    d = dict(
        number=c["number"],
        surname=H["surname"].upper(),
        given_names_p=H["given"].upper().replace(" ", ", "),
        sex=H["sex"],
        dob_p=fr_date(H["dob"], "dot").replace(".", " "),
        place_of_birth=c["pob"],
        expiry_p=fr_date(c["expiry"], "dot"),
        issue_p=fr_date(c["issue"], "dot"),
        authority=c["authority"],
        address=c["address"],
        mrz=mrz,
        height=c.get("height", "1,78 m"),
    )
    front, back = cards.fr_cni_old(d, dpi=dpi)
    fields = dict(
        surname=d["surname"],
        given_names=H["given"].upper(),
        document_number=c["number"],
        nationality="FRA",
        issuing_country="FRA",
        date_of_birth=H["dob"],
        expiry_date=c["expiry"],
        sex=H["sex"],
        mrz_valid=True,
    )
    return front, back, fields


# ============================================================================ form


def form(P, f, mode="hand"):
    d = dict(
        surname=P.get("form_surname", P["surname"]),
        usage=f.get("usage", ""),
        given=f.get("given", P["given"]),
        sex=P["sex"],
        dob=P["dob"],
        pob_city=P["pob_city"],
        pob_country=P["pob_country"],
        nationality=P["nat_fr"],
        nir=f.get("nir", ""),
        address=P["addr"]["street"],
        address2=P["addr"].get("extra", ""),
        zip=P["addr"]["zip"],
        city=P["addr"]["city"],
        phone=P.get("phone", ""),
        email=P.get("email", ""),
        situation=f["situation"],
        profession=f.get("profession", ""),
        contract=f.get("contract", ""),
        employer=f.get("employer", ""),
        other_text=f.get("other_text", ""),
        arrival=f.get("arrival"),
        fait_a=f.get("fait_a", P["addr"]["city"].title()),
        signed_on=f.get("signed_on"),
        signed=f.get("signed", True),
        hand_font=f.get("hand_font", "dkg"),
        ink=f.get("ink", "#1a2a7a"),
        caps=f.get("caps", True),
    )
    pdf = doc_form.draw_form(d, mode=mode, seed="form-" + P["key"])
    fields = dict(
        surname=d["surname"].upper() if (mode != "hand" or d["caps"]) else d["surname"],
        given_names=d["given"].upper() if (mode != "hand" or d["caps"]) else d["given"],
        date_of_birth=P["dob"],
        employment_status=doc_form.STATUS_OF[f["situation"]],
        signed=bool(d["signed"]),
        signed_on=d["signed_on"],
        nir=None,
    )
    return pdf, fields


# ============================================================================ bank

BANKS = {
    "bnp": dict(fn=doc_bank.bnp, bic="BNPAFRPPXXX", bank="30004", name="BNP Paribas"),
    "cm": dict(fn=doc_bank.credit_mutuel, bic="CMCIFR2A", bank="10278", name="Crédit Mutuel"),
    "sg": dict(fn=doc_bank.societe_generale, bic="SOGEFRPP", bank="30003", name="Société Générale"),
    "lbp": dict(
        fn=doc_bank.banque_postale, bic="PSSTFRPPPAR", bank="20041", name="La Banque Postale"
    ),
    "ca": dict(
        fn=doc_bank.credit_agricole, bic="AGRIFRPP882", bank="18206", name="Crédit Agricole"
    ),
    "lcl": dict(fn=doc_bank.lcl_rib, bic="CRLYFRPP", bank="30002", name="LCL"),
    "lcl_letter": dict(fn=doc_bank.lcl_letter, bic="CRLYFRPP", bank="30002", name="LCL"),
    "bourso_app": dict(fn=doc_bank.app_screen, bic="BOUSFRPPXXX", bank="40618", name="BoursoBank"),
    "sg_app": dict(
        fn=lambda r: doc_bank.app_screen(r, bank="sg"),
        bic="SOGEFRPP",
        bank="30003",
        name="Société Générale",
    ),
}


def rib(
    kind,
    holder_lines,
    holder_name,
    branch,
    account,
    dom,
    seed,
    wrong_iban=False,
    holder_addr=None,
    siren_seed="55208131",
    **extra,
):
    b = BANKS[kind]
    iban, key = ids.fr_iban(b["bank"], branch, account, wrong=wrong_iban)
    r = dict(
        holder=holder_lines,
        bank_code=b["bank"],
        branch=branch,
        account=account,
        key=key,
        iban=iban,
        bic=b["bic"],
        dom=dom,
        seed=seed,
        siren=ids.siren(siren_seed),
        holder_addr=holder_addr or [],
        bank_name=b["name"],
    )
    r.update(extra)
    pdf = b["fn"](r)
    fields = dict(
        holder_name=holder_name,
        iban=iban,
        bic=b["bic"],
        bank_name=b["name"],
        iban_valid=ids.iban_valid(iban),
        rib_key_valid=True,
    )
    return pdf, fields


def foreign_rib(
    kind, holder_lines, holder_name, bban, seed, holder_addr=None, issue_p="02/10/2026"
):
    if kind == "revolut":
        iban = ids.iban("LT", bban)
        bic = "REVOLT21"
        fn = doc_bank.revolut
        name = "Revolut Bank UAB"
    else:
        iban = ids.iban("DE", bban)
        bic = "NTSBDEB1XXX"
        fn = doc_bank.n26
        name = "N26 Bank SE"
    r = dict(
        holder=holder_lines,
        iban=iban,
        bic=bic,
        seed=seed,
        holder_addr=holder_addr or [],
        issue_p=issue_p,
    )
    pdf = fn(r)
    fields = dict(
        holder_name=holder_name,
        iban=iban,
        bic=bic,
        bank_name=name,
        iban_valid=ids.iban_valid(iban),
        rib_key_valid=None,
    )
    return pdf, fields


# ============================================================================ bills

PROVIDERS = {
    "edf": ("EDF", "electricity", doc_bills.edf, "55208131"),
    "total": ("TotalEnergies", "energy", doc_bills.total, "54203492"),
    "engie": ("ENGIE", "electricity", doc_bills.engie_bill, "54210765"),
    "engie_att": ("ENGIE", "energy", doc_bills.engie_attestation, "54210765"),
    "free": ("Free", "internet", doc_bills.free, "42193886"),
    "sfr": ("SFR", "internet", doc_bills.sfr, "34305956"),
    "orange": ("Orange", "internet", doc_bills.orange, "38012986"),
    "bouygues": ("Bouygues Telecom", "mobile", doc_bills.bouygues, "39748093"),
    "water": ("Eau du Grand Lyon", "water", doc_bills.water, "20004697"),
}


def monthly_periods(first_month, n, day=1):
    """[(start, end)] for n consecutive monthly periods starting first_month (YYYY-MM), anchored on `day`."""
    out = []
    m0 = first_month + "-%02d" % day
    for i in range(n):
        s = add_months(m0, i)
        e = add_days(add_months(m0, i + 1), -1)
        out.append((s, e))
    return out


def bill(kind, holder, addr_lines, start, end, issue, seed, amount, month_only=False, **extra):
    prov, service, fn, sseed = PROVIDERS[kind]
    b = dict(
        holder=holder,
        addr=addr_lines,
        issue=issue,
        start=start,
        end=end,
        due=add_days(issue, 5),
        amount=amount,
        invoice_no=extra.pop(
            "invoice_no", "%s%07d" % ("1" if kind != "free" else "56", abs(hash_s(seed)) % 10**7)
        ),
        client_no=extra.pop("client_no", "%d" % (10**9 + abs(hash_s(seed + "c")) % 10**9)),
        line_no=extra.pop(
            "line_no", "0%d %02d %02d %02d %02d" % (1 + abs(hash_s(seed)) % 7, 12, 34, 56, 78)
        ),
        account_no=extra.pop(
            "account_no",
            "4001 %03d %03d" % (abs(hash_s(seed)) % 1000, abs(hash_s(seed + "a")) % 1000),
        ),
        pdl=extra.pop("pdl", "%014d" % (abs(hash_s(seed + "pdl")) % 10**14)),
        siren=ids.siren(sseed),
        seed=seed,
    )
    b.update(extra)
    if kind == "free":
        pdf = fn(b, with_detail=extra.get("with_detail", False))
    elif kind == "sfr":
        pdf = fn(b, page2_only=extra.get("page2_only", False))
    else:
        pdf = fn(b)
    service = extra.get("service", service)
    fields = dict(
        provider=prov,
        service=service,
        holder_name=holder,
        issue_date=issue,
        period_start=None if month_only else start,
        period_end=None if month_only else end,
    )
    if month_only:
        fields["month"] = start[:7]
    return pdf, fields


def hash_s(s):
    """Stable small hash (Python's hash() is salted per process)."""
    import hashlib

    return int(hashlib.md5(s.encode()).hexdigest()[:12], 16)
