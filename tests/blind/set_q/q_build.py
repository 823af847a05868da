"""Builders: one logical document (pages + truth fields) per call."""

import datetime as dt

import q_apost
import q_civil
import q_form
import q_home
import q_ids
import q_work
from q_core import deaccent
from q_people import NAT, docnum


def doc(dtype, pages, fields, notes="", **kw):
    d = dict(type=dtype, pages=pages, fields=fields, notes=notes)
    d.update(kw)
    return d


def addr_str(a):
    return f"{a[0]} {a[1]} {a[2]}"


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def b_passport(rng, p, issued, years=10, mrz_ok=True, exp=None):
    num = p.get("passport_no") or docnum(rng, NAT[p["nat"]][2])
    p["passport_no"] = num
    exp = exp or add_years(issued, years) - dt.timedelta(days=1)
    auth = {
        "USA": "United States Department of State",
        "MAR": "DGSN",
        "DZA": "DAIRA",
        "FRA": "PRÉFECTURE",
    }.get(p["nat"]) or rng.choice(["MINISTRY OF FOREIGN AFFAIRS", "PASSPORT OFFICE", "MFA"])
    pg, lines = q_ids.passport(rng, p, num, issued, exp, mrz_ok, auth)
    f = dict(
        surname=deaccent(p["surname"]).upper(),
        given_names=deaccent(p["given"]).upper(),
        document_number=num,
        nationality=p["nat"],
        issuing_country=p["nat"],
        date_of_birth=p["dob"].isoformat(),
        sex=p["sex"],
        expiry_date=exp.isoformat(),
        mrz_valid=mrz_ok,
    )
    return doc("passport", [pg], f, "data page; MRZ " + " / ".join(lines))


def b_idcard(rng, p, issued, fr=True, years=10):
    num = docnum(rng, "LLdddLLLd" if fr else "LLdddddddd"[:9])
    exp = add_years(issued, years) - dt.timedelta(days=1)
    iss = "FRA" if fr else p["nat"]
    pages, lines = q_ids.id_card(
        rng, p, num, issued, exp, "RÉPUBLIQUE FRANÇAISE" if fr else "ROMÂNIA", fr
    )
    f = dict(
        surname=deaccent(p["surname"]).upper(),
        given_names=(p["given"].upper().replace(" ", ", ") if fr else p["given"].upper()),
        document_number=num,
        nationality=p["nat"],
        issuing_country=iss,
        date_of_birth=p["dob"].isoformat(),
        sex=p["sex"],
        expiry_date=exp.isoformat(),
        mrz_valid=True,
    )
    return doc("national_id", pages, f, "front and back; MRZ " + " / ".join(lines))


def b_visa(rng, p, vfrom, category, post, months=12, vtype="D"):
    num = str(rng.randint(10000000, 99999999)).zfill(9)
    vuntil = (
        add_years(vfrom, 1) - dt.timedelta(days=1)
        if months == 12
        else (vfrom + dt.timedelta(days=months * 30))
    )
    issued = vfrom - dt.timedelta(days=rng.randint(10, 40))
    pg, lines = q_ids.visa_page(
        rng,
        p,
        p["passport_no"],
        num,
        issued,
        vfrom,
        vuntil,
        category,
        post,
        vtype,
        "MULT" if vtype == "D" else "1",
    )
    f = dict(
        surname=deaccent(p["surname"]).upper(),
        given_names=deaccent(p["given"]).upper(),
        document_number=num,
        nationality=p["nat"],
        issuing_country="FRA",
        date_of_birth=p["dob"].isoformat(),
        sex=p["sex"],
        expiry_date=vuntil.isoformat(),
        mrz_valid=True,
        visa_type=vtype,
        vls_ts=("VLS-TS" in " ".join(category)),
        category=" ".join(category),
        valid_from=vfrom.isoformat(),
        valid_until=vuntil.isoformat(),
    )
    return doc(
        "long_stay_visa", [pg], f, "visa sticker on a passport page; MRZ " + " / ".join(lines)
    )


def b_titre(rng, p, issued, exp, kind, remarks, address):
    num = docnum(rng, "LLdddddddd")[:9]
    pages, lines = q_ids.titre_sejour(rng, p, num, issued, exp, kind, remarks, address)
    f = dict(
        surname=deaccent(p["surname"]).upper(),
        given_names=p["given"].upper(),
        document_number=num,
        nationality=p["nat"],
        issuing_country="FRA",
        date_of_birth=p["dob"].isoformat(),
        sex=p["sex"],
        expiry_date=exp.isoformat(),
        mrz_valid=True,
    )
    return doc(
        "residence_permit",
        pages,
        f,
        f"titre de séjour ({kind}); front and back; MRZ " + " / ".join(lines),
    )


def b_recepisse(rng, p, issued, vuntil, prefecture, address, work=True):
    num = str(rng.randint(1000000000, 9999999999))
    pg = q_ids.recepisse(rng, p, num, issued, issued, vuntil, prefecture, address, work)
    f = dict(
        surname=deaccent(p["surname"]).upper(),
        given_names=p["given"],
        document_number=num,
        nationality=p["nat"],
        issuing_country="FRA",
        date_of_birth=p["dob"].isoformat(),
        sex=p["sex"],
        expiry_date=vuntil.isoformat(),
        mrz_valid=None,
    )
    return doc(
        "residence_permit", [pg], f, "récépissé de demande de carte de séjour (paper, no MRZ)"
    )


BC_LANG = {
    "USA": "en",
    "IND": "en",
    "ROU": "ro",
    "BRA": "pt",
    "CHN": "zh,en",
    "UKR": "uk",
    "MAR": "fr,ar",
    "PER": "es",
    "TUR": "tr",
    "GEO": "en",
    "PHL": "en",
    "RUS": "ru",
    "VEN": "es",
    "PAK": "en",
    "DZA": "fr",
    "SEN": "fr",
    "CIV": "fr",
    "CMR": "fr",
    "MLI": "fr",
    "COD": "fr",
    "GIN": "fr",
    "HTI": "fr",
    "LBN": "fr",
    "PRT": "pt",
}


def b_birth(rng, p, issued, has_apostille, note=""):
    c = p["nat"]
    lang = BC_LANG[c]
    pages, sur, giv, place = q_civil.birth_cert(rng, p, c, lang.split(",")[0], issued)
    f = dict(
        surname=sur,
        given_names=giv,
        date_of_birth=p["dob"].isoformat(),
        place_of_birth=place,
        issuing_country=c,
        language=lang,
        has_apostille=has_apostille,
    )
    return doc(
        "birth_certificate",
        pages,
        f,
        note or f"issued {issued.isoformat()}",
        raster_only=any(pg.raster_only for pg in pages),
    )


APO = {
    "USA": ("United States of America", "en", "Secretary of State of Ohio", "Columbus"),
    "IND": ("India", "en", "Ministry of External Affairs", "New Delhi"),
    "BRA": ("Brasil", "pt", "Cartório de Registro Civil", "Belo Horizonte"),
    "CHN": ("People's Republic of China", "en", "Ministry of Foreign Affairs", "Shanghai"),
    "UKR": ("Ukraine", "en", "Ministry of Justice of Ukraine", "Kharkiv"),
    "MAR": ("Royaume du Maroc", "fr", "Ministère des Affaires étrangères", "Rabat"),
    "PER": ("Perú", "es", "Ministerio de Relaciones Exteriores", "Lima"),
    "TUR": ("Türkiye", "en", "Konak Kaymakamlığı", "İzmir"),
    "GEO": ("Georgia", "en", "Public Service Development Agency", "Tbilisi"),
    "PHL": ("Philippines", "en", "Department of Foreign Affairs", "Manila"),
    "RUS": ("Russian Federation", "en", "Ministry of Justice", "Yekaterinburg"),
    "VEN": (
        "Venezuela",
        "es",
        "Ministerio del Poder Popular para Relaciones Exteriores",
        "Caracas",
    ),
    "PAK": ("Pakistan", "en", "Ministry of Foreign Affairs", "Islamabad"),
}


def b_apostille(rng, p, issued, full_page=True):
    cname, lang, auth, city = APO[p["nat"]]
    number = f"{rng.choice(['A', 'AP', 'N°', ''])}{rng.randint(10000, 999999)}"
    number = number.replace("N°", "")
    signer = rng.choice(
        [
            "Maria Gonzalez",
            "Robert Hayes",
            "Ana Lima",
            "Irina Melnyk",
            "Ahmed Qureshi",
            "Nana Tsiklauri",
            "Jose Ramos",
        ]
    )
    pg = q_apost.apostille(
        rng,
        cname,
        lang,
        p.get("registrar", "Registrar of civil status"),
        "Civil registrar",
        "Civil Registry Office",
        city,
        issued,
        number,
        signer,
        full_page,
    )
    f = dict(country=p["nat"], issued_on=issued.isoformat(), number=number, signed_by=signer)
    return doc("apostille", [pg], f, "Hague apostille, 10 numbered items")


def b_translation(rng, p, src_fr, done_on, city="Paris"):
    tr = rng.choice(
        [
            "Hélène Garnier-Rossi",
            "Anna Vasylenko",
            "Paulo Mendes",
            "Li Mei Durand",
            "Natalia Orlova",
            "Carmen Ruiz",
        ]
    )
    court = rng.choice(
        [
            "Cour d'appel de Paris",
            "Cour d'appel de Lyon",
            "Cour d'appel de Versailles",
            "Cour d'appel d'Aix-en-Provence",
        ]
    )
    rows = [
        ("Nom", p["surname"].upper()),
        ("Prénom(s)", p["given"]),
        ("Date de naissance", p["dob"].strftime("%d/%m/%Y")),
        ("Lieu de naissance", p["birth_place"]),
        ("Père", p.get("father_lat", p.get("father", ""))),
        ("Mère", p.get("mother_lat", p.get("mother", ""))),
    ]
    pg = q_apost.translation(
        rng, p, src_fr, tr, court, str(rng.randint(1000, 9999)), done_on, city, rows
    )
    return doc("translation", [pg], {}, f"sworn translation from {src_fr} by {tr}")


def b_bill(rng, prov, holder, civ, addr, issue, pstart, pend, amount, screen=False):
    if screen:
        pg = q_work.bill_screen(rng, prov, holder, addr_str(addr), issue, pstart, pend, amount)
    else:
        pg = q_home.bill(
            rng, prov, civ, holder, [addr[0], addr[1] + " " + addr[2]], issue, pstart, pend, amount
        )
    f = dict(
        provider=prov,
        service=q_home.PROV[prov]["service"],
        holder_name=holder,
        address=addr_str(addr),
        issue_date=issue.isoformat(),
        period_start=pstart.isoformat(),
        period_end=pend.isoformat(),
        amount=amount,
    )
    if pstart.day == 1 and pend.month == pstart.month and (pend + dt.timedelta(days=1)).day == 1:
        f["month"] = pstart.strftime("%Y-%m")
    return doc("utility_bill", [pg], f, "app screen" if screen else "", raster_only=screen)


def month_bounds(y, m):
    s = dt.date(y, m, 1)
    e = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return s, e


def b_lease(rng, landlord, landlord_addr, tenants, addr, start, rent, furnished=False):
    pages = q_home.lease(
        rng, landlord, landlord_addr, tenants, addr_str(addr), start, rent, furnished
    )
    f = dict(
        tenant_names=tenants,
        landlord=landlord,
        address=addr_str(addr),
        start_date=start.isoformat(),
    )
    return doc("lease", pages, f, "bail meublé" if furnished else "bail loi 1989, logement nu")


def b_attest(rng, host, hosted, addr, since, signed_on, handwritten, city, signed=True, link=""):
    pg = q_home.attestation(
        rng,
        f"{host['given']} {host['surname']}",
        host["dob"],
        host["birth_place"],
        f"{hosted['given']} {hosted['surname']}",
        hosted["dob"],
        hosted["birth_place"],
        addr_str(addr),
        since,
        city,
        signed_on,
        handwritten,
        signed,
        link,
    )
    f = dict(
        host_name=f"{host['given']} {host['surname']}",
        hosted_name=f"{hosted['given']} {hosted['surname']}",
        address=addr_str(addr),
        since_date=since.isoformat(),
        signed_on=signed_on.isoformat(),
        signed=signed,
    )
    return doc(
        "hosting_attestation",
        [pg],
        f,
        ("handwritten" if handwritten else "typed") + (", not signed" if not signed else ""),
    )


EMPLOYERS = [
    ("Brasserie du Canal SARL", "45 quai de Valmy 75010 Paris", "5610A"),
    ("Nexalog Conseil SAS", "12 rue de Londres 75009 Paris", "6202A"),
    ("Clinique Saint-Roch", "560 avenue du Colonel Pavelet 34000 Montpellier", "8610Z"),
    ("Propreté Services Rhône SAS", "18 rue de Gerland 69007 Lyon", "8121Z"),
    ("Atelier Dumas & Fils", "9 rue des Forges 93100 Montreuil", "2562B"),
    ("Datavia Technologies SA", "3 place de la Défense 92400 Courbevoie", "6201Z"),
    ("Famille Lambert (particulier employeur)", "22 rue Molitor 75016 Paris", "9700Z"),
    ("Le Fournil d'Alésia SARL", "70 rue d'Alésia 75014 Paris", "1071C"),
]


def b_payslip(rng, p, emp, addr, job, start, period, gross):
    siret = q_work.luhn_siret(rng)
    pg, net = q_work.payslip(
        rng,
        emp[0],
        emp[1],
        siret,
        emp[2],
        f"{p['given']} {p['surname']}",
        [addr[0], addr[1] + " " + addr[2]],
        job,
        start,
        period,
        gross,
    )
    f = dict(
        employer=emp[0],
        employee_name=f"{p['given']} {p['surname']}".upper(),
        period=period.strftime("%Y-%m"),
        net_pay=net,
        siret=siret,
    )
    return doc("payslip", [pg], f, "bulletin de paie clarifié")


def b_contract(rng, p, emp, addr, ctype, job, start, gross, end=None):
    siret = q_work.luhn_siret(rng)
    legal = rng.choice(
        ["SAS au capital de 10 000 €", "SARL au capital de 7 500 €", "SA au capital de 250 000 €"]
    )
    rep = rng.choice(["Mme Claire Fontaine", "M. Laurent Girard", "Mme Sophie Nguyen"])
    name = f"{p['given']} {p['surname']}"
    pages = q_work.contract(
        rng,
        emp[0],
        legal,
        siret,
        rep,
        name,
        p["dob"],
        p["nat_fr"],
        addr_str(addr),
        ctype,
        job,
        start,
        gross,
        end,
    )
    f = dict(
        employer=emp[0],
        employee_name=name,
        contract_type=ctype,
        job_title=job,
        start_date=start.isoformat(),
    )
    return doc("employment_contract", pages, f, ctype)


def b_rib(rng, bank, holder, addr, key_ok=True, double=None):
    branch = str(rng.randint(10000, 99999)).zfill(5)
    acct = str(rng.randint(10**9, 10**11 - 1)).zfill(11)
    pg, iban, bic = q_work.rib_paper(
        rng,
        bank,
        holder,
        [addr[0], addr[1] + " " + addr[2]],
        branch,
        acct,
        key_ok,
        rng.random() < 0.4 if double is None else double,
    )
    f = dict(
        holder_name=holder.upper(),
        iban=iban,
        bic=bic,
        bank_name=bank,
        iban_valid=q_work.iban_ok(iban),
        rib_key_valid=key_ok,
    )
    return doc("rib", [pg], f, "" if key_ok else "RIB key wrong (IBAN recomputed on it)")


NEO = {
    "Revolut": (
        "LT",
        "32500",
        "REVOLT21",
        "Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania",
    ),
    "N26": ("DE", "10011001", "NTSBDEB1XXX", "N26 Bank SE, Voltairestraße 8, 10179 Berlin"),
    "Wise": ("BE", "967", "TRWIBEB1XXX", "Wise Europe SA, Rue du Trône 100, 1050 Brussels"),
    "BoursoBank": (
        "FR",
        "40618",
        "BOUSFRPPXXX",
        "BoursoBank, 44 rue Traversière, 92772 Boulogne-Billancourt Cedex",
    ),
    "Hello bank!": (
        "FR",
        "30004",
        "BNPAFRPPXXX",
        "Hello bank!, 16 boulevard des Italiens 75009 Paris",
    ),
}


def b_rib_screen(rng, app, holder, bad_iban=False):
    cc, code, bic, baddr = NEO[app]
    if cc == "FR":
        iban, _ = q_work.fr_iban(
            code, str(rng.randint(10000, 99999)), str(rng.randint(10**10, 10**11 - 1))
        )
    else:
        ln = {"LT": 11, "DE": 10, "BE": 9}[cc]
        iban = q_work.iban_from_bban(cc, code + str(rng.randint(10 ** (ln - 1), 10**ln - 1)))
    if bad_iban:
        iban = iban[:-1] + str((int(iban[-1]) + 1) % 10)
    pg = q_work.rib_screen(rng, app, holder, iban, bic, baddr)
    f = dict(
        holder_name=holder,
        iban=iban,
        bic=bic,
        bank_name=baddr.split(",")[0],
        iban_valid=q_work.iban_ok(iban),
        rib_key_valid=(True if cc == "FR" else None),
    )
    return doc(
        "rib",
        [pg],
        f,
        f"{app} app screen" + ("; last IBAN digit wrong" if bad_iban else ""),
        raster_only=True,
    )


SIT_EMP = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}


def b_form(
    rng,
    p,
    addr,
    situation,
    signed_on,
    fill_way,
    run=None,
    contract=None,
    job="",
    date_text=None,
    phone="",
    email="",
    place=None,
):
    run = run or rng.choice("ABC")
    date_text = date_text or signed_on.strftime("%d/%m/%Y")
    f = dict(
        surname=p["surname"],
        usage=p.get("usage"),
        given=p["given"],
        sex=p["sex"],
        dob=p["dob"],
        pob_city=p["birth_place"].split(",")[0],
        pob_country=p["country_fr"],
        nat=p["nat_fr"],
        address=addr[0],
        zip=addr[1],
        city=addr[2],
        phone=phone,
        email=email,
        place=place or addr[2],
        date_text=date_text,
        situation=situation,
        contract=contract,
        job=job,
        hand_date=fill_way == "typed_print" and rng.random() < 0.5,
    )
    if fill_way == "hand":
        pages = q_form.fill(rng, run, f, "hand")
    elif fill_way == "typed_print":
        pages = q_form.fill(rng, run, f, "typed")
    elif fill_way == "acroform_printed":
        pages = q_form.acroform_printed(rng, run, f)
    else:
        pages = None
    fields = dict(
        surname=p["surname"],
        usage_name=p.get("usage"),
        given_names=p["given"],
        sex=p["sex"],
        date_of_birth=p["dob"].isoformat(),
        employment_status=SIT_EMP[situation],
        situation=situation,
        contract_type=contract,
        signed=True,
        signed_on=signed_on.isoformat(),
        date_text=date_text,
        place=f["place"],
        nir=None,
    )
    d = doc(
        "application_form",
        pages,
        fields,
        f"cerfa 15763*02, print run {run}, fill {fill_way}",
        fill_way=fill_way,
    )
    if fill_way == "acroform":
        d["pdf"] = q_form.acroform_pdf(rng, run, f)
    return d
