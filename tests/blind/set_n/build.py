"""Document builders: each returns (pages, fields, kind) where kind tells how the pages are
photographed or scanned (a4, card, booklet, screen), plus the writer that records truth."""

import datetime as dt

import civil
import form
import home
import ids
import looks
import money
from core import Page
from people import title

D = dt.date


def month_bounds(y, m):
    start = D(y, m, 1)
    end = D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def b_bill(holder_print, holder_plain, addr, provider, y, m, rng, amount=None, screen=False):
    start, end = month_bounds(y, m)
    issue = end + dt.timedelta(days=rng.randint(2, 9))
    amt = amount or round(rng.uniform(19.99, 95.0), 2)
    b = dict(
        provider=provider,
        holder=holder_print,
        holder_plain=holder_plain,
        address_lines=[addr[0], f"{addr[1]} {addr[2].upper()}"],
        issue=issue,
        start=start,
        end=end,
        amount=amt,
        number=f"{rng.randint(10, 99)}{rng.randint(10**8, 10**9)}",
        client_ref=str(rng.randint(10**9, 10**10)),
    )
    pages = home.bill_screenshot(b, rng) if screen else home.bill_pages(b, rng)
    fields = dict(
        provider=provider,
        service=home.PROVIDERS[provider]["service"],
        holder_name=holder_plain,
        address=f"{addr[0]}, {addr[1]} {addr[2]}",
        issue_date=issue.isoformat(),
        period_start=start.isoformat(),
        period_end=end.isoformat(),
        amount=amt,
        month=f"{y}-{m:02d}",
    )
    return pages, fields, "screen" if screen else "a4"


def b_lease(tenants_print, tenants_plain, addr, start, rng, landlord=None):
    from people import LANDLORDS

    landlord = landlord or LANDLORDS[rng.randrange(len(LANDLORDS))]
    L = dict(
        landlord=landlord,
        landlord_address="12 avenue Mozart 75016 Paris",
        tenants_print=tenants_print,
        address_lines=[addr[0], f"{addr[1]} {addr[2]}"],
        surface=rng.randint(18, 75),
        rooms=rng.randint(1, 3),
        start=start,
        duration=rng.choice(["3 ans", "1 an (meublé)", "trois ans renouvelable"]),
        rent=rng.randint(450, 1300),
        charges=rng.randint(30, 150),
        city=addr[2],
        signed=start - dt.timedelta(days=rng.randint(3, 20)),
    )
    lp = landlord.replace("M. ", "").replace("Mme ", "")
    fields = dict(
        tenant_names=tenants_plain,
        landlord=lp,
        address=f"{addr[0]}, {addr[1]} {addr[2]}",
        start_date=start.isoformat(),
    )
    return home.lease_pages(L, rng), fields, "a4"


def b_attestation(
    host, hosted, addr, since, signed_on, rng, handwritten, signed=True, relation="mon épouse"
):
    a = dict(
        host_print=f"{title(host['sex'])} {host['given']} {host['surname']}",
        hosted_print=f"{title(hosted['sex'])} {hosted['given']} {hosted['surname']}",
        host_sex=host["sex"],
        hosted_sex=hosted["sex"],
        host_dob=host["dob"],
        host_pob=host["pob"],
        hosted_dob=hosted["dob"],
        hosted_pob=hosted["pob"],
        address_lines=[addr[0], f"{addr[1]} {addr[2]}"],
        since=since,
        relation=relation,
        city=addr[2],
        signed_on=signed_on,
        signed=signed,
    )
    fields = dict(
        host_name=f"{host['given']} {host['surname']}",
        hosted_name=f"{hosted['given']} {hosted['surname']}",
        address=f"{addr[0]}, {addr[1]} {addr[2]}",
        since_date=since.isoformat(),
        signed_on=signed_on.isoformat(),
        signed=signed,
    )
    return home.attestation_pages(a, rng, handwritten), fields, "a4"


AGENCIES = {
    "BNP Paribas": "AGENCE PARIS BELLEVILLE",
    "Société Générale": "AG LYON BROTTEAUX",
    "Crédit Agricole": "CA PARIS ILE DE FRANCE - AG IVRY",
    "LCL": "LCL TOULOUSE CAPITOLE",
    "La Banque Postale": "CENTRE FINANCIER DE PARIS",
    "CIC": "CIC NANTES COMMERCE",
    "Crédit Mutuel": "CCM STRASBOURG KLEBER",
    "Caisse d'Epargne": "CE ILE DE FRANCE - AG CLICHY",
    "BoursoBank": "BoursoBank - 44 rue Traversière",
}


def b_rib(holder_lines, holder_plain, bank, rng, bad_iban=False):
    bk = money.BANKS[bank]
    branch = f"{rng.randint(0, 99999):05d}"
    account = f"{rng.randint(0, 10**11 - 1):011d}"
    if rng.random() < 0.2:
        account = "0" + rng.choice("ABCDEF") + account[2:]
    key = ids.rib_key(bk["code"], branch, account)
    iban = ids.iban_make("FR", bk["code"] + branch + account + key)
    if bad_iban:
        cd = int(iban[2:4])
        iban = iban[:2] + f"{(cd + 11) % 97 if (cd + 11) % 97 > 1 else 45:02d}" + iban[4:]
    r = dict(
        bank=bank,
        holder_lines=holder_lines,
        agency_lines=[AGENCIES[bank], "FRANCE"],
        bank_code=bk["code"],
        branch=branch,
        account=account,
        key=key,
        iban=iban,
        bic=bk["bic"],
    )
    fields = dict(
        holder_name=holder_plain,
        iban=iban,
        bic=bk["bic"],
        bank_name=bank,
        iban_valid=ids.iban_ok(iban),
        rib_key_valid=True,
    )
    return money.rib_page(r, rng), fields, "a4"


NEO = {
    "Revolut": (
        "LT",
        "32500",
        11,
        "REVOLT21",
        "Revolut Bank UAB",
        ["Revolut Bank UAB", "Konstitucijos ave. 21B", "08130 Vilnius", "Lithuania"],
    ),
    "N26": (
        "DE",
        "10011001",
        10,
        "NTSBDEB1XXX",
        "N26 Bank AG",
        ["N26 Bank AG", "Voltairestraße 8", "10179 Berlin", "Germany"],
    ),
    "Wise": (
        "BE",
        "967",
        9,
        "TRWIBEB1XXX",
        "Wise Europe SA",
        ["Wise Europe SA", "Rue du Trône 100", "1050 Brussels", "Belgium"],
    ),
}


def b_neobank(holder, bank, rng):
    cc, code, n, bic, name, lines = NEO[bank]
    acc = "".join(str(rng.randrange(10)) for _ in range(n))
    bban = code + acc
    if cc == "BE":
        bban = code + acc[:7]
        bban += f"{int(bban) % 97 or 97:02d}"
    iban = ids.iban_make(cc, bban)
    r = dict(bank=bank, holder_lines=[holder], agency_lines=lines, iban=iban, bic=bic)
    fields = dict(
        holder_name=holder,
        iban=iban,
        bic=bic,
        bank_name=name,
        iban_valid=ids.iban_ok(iban),
        rib_key_valid=None,
    )
    return money.neobank_screen(r, rng), fields, "screen"


def b_payslip(P, emp, y, m, rng, job, entry, gross=None):
    start, end = month_bounds(y, m)
    gross = gross or round(rng.uniform(1850, 3900), 2)
    net_before = round(gross * 0.78, 2)
    rate = rng.choice([0.0, 1.4, 2.9, 4.6, 7.5])
    net = round(net_before * (1 - rate / 100), 2)
    sir = ids.siret(rng)
    s = dict(
        start=start,
        end=end,
        employer=emp["name"],
        employer_lines=[emp["addr"]],
        siret=sir,
        naf=emp["naf"],
        urssaf=f"URSSAF {emp['city']} {rng.randint(10**8, 10**9)}",
        employee_print=f"{title(P['sex'])} {P['given']} {P['surname']}".upper()
        if rng.random() < 0.5
        else f"{title(P['sex'])} {P['surname']} {P['given']}",
        employee_lines=[P.get("street", ""), f"{P.get('postcode', '')} {P.get('city', '')}"],
        job=job,
        entry=entry,
        ccn=emp["ccn"],
        hours=151.67,
        gross=gross,
        net_before=net_before,
        pas_rate=rate,
        net=net,
        paid=end,
    )
    fields = dict(
        employer=emp["name"],
        employee_name=s["employee_print"].split(" ", 1)[1],
        period=f"{y}-{m:02d}",
        net_pay=net,
        siret=sir,
    )
    return money.payslip_page(s, rng), fields, "a4"


def b_contract(P, emp, rng, ctype, job, start, address):
    sir = ids.siret(rng)
    c = dict(
        contract_type=ctype,
        employer=emp["name"],
        form=emp["form"],
        capital=rng.choice(["10 000", "50 000", "1 000", "250 000"]),
        employer_address=emp["addr"],
        rcs=emp["city"],
        siret=sir,
        rep=rng.choice(["Mme Claire Joubert", "M. Paul-Henri Dussart", "M. Karim Lahlou"]),
        rep_role=rng.choice(["Présidente", "Gérant", "Directeur des ressources humaines"]),
        employee_print=f"{title(P['sex'])} {P['given']} {P['surname']}",
        sex=P["sex"],
        dob=P["dob"],
        pob=f"{P['pob']} ({P['country_fr']})",
        nat_fr=P["nat_fr"],
        address=address,
        start=start,
        end=start + dt.timedelta(days=364),
        ccn=emp["ccn"],
        job=job,
        gross=round(rng.uniform(1900, 3600), 2),
        workplace=emp["addr"],
        city=emp["city"],
        signed=start - dt.timedelta(days=rng.randint(5, 25)),
    )
    fields = dict(
        employer=emp["name"],
        employee_name=f"{P['given']} {P['surname']}",
        contract_type=ctype,
        job_title=job,
        start_date=start.isoformat(),
    )
    return money.contract_pages(c, rng), fields, "a4"


def b_form(
    P,
    rng,
    run,
    mode,
    situation,
    signed_on,
    sig="signed",
    contract=None,
    job=None,
    date_style="slash",
    nir=None,
    place=None,
    appearance=True,
):
    """situation: a list of ticked keys."""
    up = rng.random() < 0.75
    sur = P["surname"].upper()
    giv = P["given"].upper() if up else P["given"]
    date_w = {
        "slash": signed_on.strftime("%d/%m/%Y") if signed_on else "",
        "words": civil.fr_date(signed_on) if signed_on else "",
        "dots": signed_on.strftime("%d.%m.%Y") if signed_on else "",
    }[date_style]
    place = place or P.get("city", "Paris")
    fm = dict(
        surname_w=sur,
        given_w=giv,
        usage_w=P.get("usage") or "",
        sex=P["sex"],
        dob=P["dob"],
        pob_w=f"{P['pob']}, {P['country_fr']}",
        nat_w=P["nat_fr"],
        nir=nir or "",
        street_w=P.get("street", ""),
        postcode=P.get("postcode", ""),
        city_w=P.get("city", ""),
        phone="06 " + " ".join(f"{rng.randint(10, 99)}" for _ in range(4)),
        email=(P["given"].split()[0] + "." + P["surname"].split()[0]).lower().replace("'", "")
        + "@gmail.com"
        if rng.random() < 0.6
        else "",
        ticked=situation,
        contract=contract,
        job_w=job or "",
        place_w=place,
        date_w=date_w,
        sig=sig,
        appearance=appearance,
        date_mode="hand" if mode != "hand" and rng.random() < 0.5 else mode,
    )
    pages = form.form_pages(fm, rng, run, mode, rng.choice(["courier", "lib", "mono", "helv"]))
    emp_status = None
    if len(situation) == 1:
        emp_status = {
            "salarie": "employed",
            "independant": "other",
            "demandeur_emploi": "other",
            "etudiant": "other",
            "sans_activite": "not_employed",
            "autre": "other",
        }[situation[0]]
    fields = dict(
        surname=sur,
        usage_name=P.get("usage") or None,
        given_names=giv,
        sex=P["sex"],
        date_of_birth=P["dob"].isoformat(),
        employment_status=emp_status,
        situation="+".join(situation) or None,
        contract_type=contract,
        signed=sig == "signed",
        signed_on=signed_on.isoformat() if signed_on else None,
        date_text=date_w or None,
        place=place,
        nir=nir,
    )
    return pages, fields, "a4"


def b_unknown_quittance(name, addr, month, rng):
    start, end = month_bounds(month.year, month.month)
    rent = rng.randint(450, 1100)
    q = dict(
        landlord="Mme Agnès Roux",
        address_lines=[addr[0], f"{addr[1]} {addr[2]}"],
        tenant=name,
        month=start,
        end=end,
        rent=rent,
        charges=60,
        total=rent + 60,
        city=addr[2],
    )
    return home.quittance_page(q, rng), {}, "a4"


def b_unknown_insurance(name, addr, start, rng):
    q = dict(
        insurer=rng.choice(["MAIF", "Luko", "MACIF", "Groupama"]),
        holder=name,
        address_lines=[addr[0], f"{addr[1]} {addr[2]}"],
        number=str(rng.randint(10**7, 10**8)),
        **{"from": start, "until": D(start.year + 1, start.month, 1)},
    )
    return home.insurance_page(q, rng), {}, "a4"


# ------------------------------------------------------------------ writing


class Writer:
    """Writes the files of one folder (a packet or a single document) and keeps the truth."""

    def __init__(self, folder, rng):
        self.folder, self.rng = folder, rng
        self.docs: list = []

    def add(self, dtype, look, built, name, notes=""):
        pages, fields, kind = built
        files = self._write(look, pages, kind, name)
        self.docs.append(
            dict(
                files=[{"path": f, "pages": pg} for f, pg in files],
                type=dtype,
                look=look,
                fields=fields,
                notes=notes,
            )
        )
        return self.docs[-1]

    def add_combined(self, look, name, items):
        """Several documents scanned into one PDF: items are (dtype, built, notes)."""
        allpages = []
        spans = []
        for dtype, (pages, fields, kind), notes in items:
            ps = [_on_a4(p, self.rng) for p in pages]
            if kind == "card":
                ps = [_card_sheet(pages, self.rng)]
            spans.append((dtype, fields, notes, len(allpages) + 1, len(ps)))
            allpages.extend(ps)
        fn = name + ".pdf"
        if look == "text_pdf":
            looks.text_pdf(allpages, self.folder / fn)
        else:
            looks.image_pdf(allpages, self.folder / fn, self.rng)
        for dtype, fields, notes, first, n in spans:
            self.docs.append(
                dict(
                    files=[{"path": fn, "pages": list(range(first, first + n))}],
                    type=dtype,
                    look=look,
                    fields=fields,
                    notes=notes,
                )
            )

    def _write(self, look, pages, kind, name):
        rng, folder = self.rng, self.folder
        if kind == "card":
            if look in ("scan", "image_pdf"):
                sheet = _card_sheet(pages, rng)
                if look == "scan":
                    fn = name + rng.choice([".jpg", ".png"])
                    looks.scan(sheet, folder / fn, rng)
                    return [(fn, [1])]
                looks.image_pdf([sheet], folder / (name + ".pdf"), rng)
                return [(name + ".pdf", [1])]
            out = []
            for side, p in zip(("recto", "verso"), pages):
                fn = f"{name}_{side}.jpg"
                looks.phone_photo(p, folder / fn, rng, fill=rng.uniform(0.55, 0.75))
                out.append((fn, [1]))
            return out
        if kind == "booklet":
            if look == "phone_photo":
                fn = name + ".jpg"
                looks.phone_photo(pages[0], folder / fn, rng, fill=rng.uniform(0.7, 0.85))
                return [(fn, [1])]
            return looks.save_look(look, pages, folder, name, rng, bed=True)
        return looks.save_look(look, pages, folder, name, rng)


def _on_a4(p, rng):
    if p.w > 150:
        return p
    sheet = Page(210, 297)
    x, y = rng.uniform(15, 60), rng.uniform(15, 60)
    sheet.ops.extend(ids._shift(op, x, y) for op in p.ops)
    return sheet


def _card_sheet(pages, rng):
    """Front and back of a card photocopied on one A4 sheet."""
    sheet = Page(210, 297)
    x, y1 = rng.uniform(20, 60), rng.uniform(20, 50)
    for card, yy in ((pages[0], y1), (pages[1], y1 + 54 + rng.uniform(12, 40))):
        sheet.ops.extend(ids._shift(op, x, yy) for op in card.ops)
    return sheet
