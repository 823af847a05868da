"""Build documents for a person and return (pages, truth fields)."""

from dv_bills import bill
from dv_checks import fr_iban, iban, iban_ok, td1
from dv_civil import (
    apostille,
    br_certidao,
    cn_notarial,
    dmy,
    es_form,
    fr_extrait,
    in_mcd,
    ph_psa,
    tr_formula,
    ua_cert,
    uk_gro,
    us_state,
)
from dv_form import form_pages
from dv_french import (
    BANKS,
    contract,
    hosting,
    lease,
    payslip,
    rib_app_screenshot,
    rib_letter,
    rib_pdf,
)
from dv_ident import id_card_back, id_card_front, passport_page, visa_page


def up(s):
    return s.upper()


# ---------------------------------------------------------------- identity


def mk_passport(P, break_cd=None, expiry=None):
    pp = dict(P["pp"])
    d = dict(
        number=pp["number"],
        issuer=pp.get("issuer", P["nat"]),
        nat=P["nat"],
        surname_vis=pp.get("surname_vis", up(P["surname"])),
        given_vis=pp.get("given_vis", up(P["given"])),
        nat_vis=pp["nat_vis"],
        dob=P["dob"],
        sex=P["sex"],
        pob=pp["pob"],
        issued=pp["issued"],
        expiry=expiry or pp["expiry"],
        authority=pp.get("authority", ""),
        header=pp["header"],
        labels=pp.get("labels", "en"),
        dstyle=pp.get("dstyle", "en"),
        surname_mrz=P["surname"],
        given_mrz=P["given"],
        bg=pp.get("bg", (236, 240, 232)),
        guil=pp.get("guil", (208, 222, 210)),
        optional=pp.get("optional", ""),
        break_cd=break_cd,
    )
    page, mrz = passport_page(d, style=pp.get("style", "A"))
    fields = dict(
        surname=up(P["surname"]),
        given_names=up(P["given"]),
        document_number=pp["number"],
        nationality=P["nat"],
        issuing_country=d["issuer"],
        date_of_birth=P["dob"],
        expiry_date=d["expiry"],
        sex=P["sex"],
        mrz_valid=break_cd is None,
    )
    return page, fields


def mk_visa(
    P,
    vtype="D",
    valid_from=None,
    valid_until=None,
    remarks=None,
    issued_in="",
    issued_on=None,
    visa_no="012345678",
    duration="365",
    valid_for="FRANCE",
    entries="MULT",
):
    v = dict(
        visa_no="FRA" + visa_no[-7:] if False else visa_no,
        visa_no_mrz=visa_no,
        passport_no=P["pp"]["number"],
        sex=P["sex"],
        valid_from_vis=dmy(valid_from, "-")[:6] + valid_from[2:4],
        valid_until_vis=dmy(valid_until, "-")[:6] + valid_until[2:4],
        type=vtype,
        duration=duration,
        issued_in=issued_in,
        issued_on_vis=dmy(issued_on, "-")[:6] + issued_on[2:4],
        name_vis="%s %s" % (up(P["surname"]), up(P["given"])),
        remarks=remarks or [],
        surname_mrz=P["surname"],
        given_mrz=P["given"],
        nat=P["nat"],
        dob=P["dob"],
        valid_until=valid_until,
        valid_for=valid_for,
        entries=entries,
    )
    page, mrz = visa_page(v)
    vls = any("VLS-TS" in r for r in (remarks or []))
    fields = dict(
        surname=up(P["surname"]),
        given_names=up(P["given"]),
        document_number=visa_no,
        nationality=P["nat"],
        issuing_country="FRA",
        date_of_birth=P["dob"],
        expiry_date=valid_until,
        sex=P["sex"],
        mrz_valid=True,
        visa_type=vtype,
        vls_ts=vls,
        valid_from=valid_from,
        valid_until=valid_until,
    )
    return page, fields


def mk_permit(P, number, title, mention, valid_from, expiry, address_lines, bg=(232, 236, 246)):
    """French titre de séjour (ID-1, model 2020/2021)."""
    front = dict(
        number=number,
        sex=P["sex"],
        bg=bg,
        guil=(205, 212, 236),
        header=["RÉPUBLIQUE FRANÇAISE", "TITRE DE SÉJOUR / RESIDENCE PERMIT"],
        front_fields=[
            ("NOM / Surname", up(P["surname"])),
            ("Prénoms / Given names", up(P["given"]).replace(" ", ", ")),
            ("Nationalité / Nationality", P["nat"]),
            ("Date de naiss. / Date of birth", dmy(P["dob"], " ")),
            ("Type de titre / Type of permit", title),
            ("Mention / Remarks", mention),
        ],
        front_extra=[
            (62, 28.2, "Sexe / Sex", P["sex"]),
            (62, 41.4, "Valable jusqu'au", dmy(expiry, " ")),
        ],
        card_no_front=number,
    )
    mrz = td1("IR", "FRA", P["surname"], P["given"], number, P["nat"], P["dob"], P["sex"], expiry)
    back = dict(
        number=number,
        sex=P["sex"],
        bg=bg,
        guil=(205, 212, 236),
        back_fields=[
            ("Adresse / Address", address_lines),
            ("Lieu de naissance / Place of birth", "%s (%s)" % (up(P["pob_city"]), P["nat"])),
            ("Date de délivrance / Date of issue", dmy(valid_from, " ")),
            ("Autorité / Authority", "PRÉFECTURE " + P.get("prefecture", "DE POLICE")),
        ],
    )
    f = id_card_front(front)
    b = id_card_back(back, mrz)
    fields = dict(
        surname=up(P["surname"]),
        given_names=up(P["given"]),
        document_number=number,
        nationality=P["nat"],
        issuing_country="FRA",
        date_of_birth=P["dob"],
        expiry_date=expiry,
        sex=P["sex"],
        mrz_valid=True,
    )
    return f, b, fields


def mk_cni_fr(H, number, expiry, address_lines, issued):
    """French CNI (2021 model) for a host: front and back."""
    front = dict(
        number=number,
        sex=H["sex"],
        bg=(230, 236, 244),
        guil=(200, 214, 232),
        header=["RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"],
        front_fields=[
            ("NOM / Surname", up(H["surname"])),
            ("Prénoms / Given names", up(H["given"]).replace(" ", ", ")),
            ("Date de naissance / Date of birth", dmy(H["dob"], " ")),
            ("Lieu de naissance / Place of birth", up(H["pob_city"])),
            ("N° du document / Document No", number),
        ],
        front_extra=[
            (62, 28.2, "Sexe", H["sex"]),
            (62, 34.8, "Nationalité", "FRA"),
            (62, 41.4, "Date d'expiration", dmy(expiry, " ")),
        ],
    )
    mrz = td1("ID", "FRA", H["surname"], H["given"], number, "FRA", H["dob"], H["sex"], expiry)
    back = dict(
        number=number,
        sex=H["sex"],
        bg=(230, 236, 244),
        guil=(200, 214, 232),
        back_fields=[
            ("Adresse / Address", address_lines),
            ("Date de délivrance / Date of issue", dmy(issued, " ")),
            ("Autorité de délivrance", "Préfecture"),
        ],
    )
    fields = dict(
        surname=up(H["surname"]),
        given_names=up(H["given"]),
        document_number=number,
        nationality="FRA",
        issuing_country="FRA",
        date_of_birth=H["dob"],
        expiry_date=expiry,
        sex=H["sex"],
        mrz_valid=True,
    )
    return id_card_front(front), id_card_back(back, mrz), fields


def mk_eu_id(P, country, number, expiry, issued, extra_opt=""):
    if country == "ESP":
        front = dict(
            number=number,
            sex=P["sex"],
            bg=(236, 230, 220),
            guil=(220, 205, 190),
            header=["ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD"],
            hcol=(170, 30, 30),
            front_fields=[
                ("APELLIDOS", up(P["surname"])),
                ("NOMBRE", up(P["given"])),
                ("NACIONALIDAD", "ESP"),
                ("FECHA DE NACIMIENTO", dmy(P["dob"], " ")),
                ("DNI", P["dni"]),
                ("VALIDEZ", dmy(expiry, " ")),
            ],
            front_extra=[(62, 28.2, "SEXO", P["sex"]), (62, 34.8, "IDESP", number)],
        )
        back_f = [
            ("LUGAR DE NACIMIENTO", up(P["pob_city"])),
            ("DOMICILIO", P.get("es_addr", ["—"])),
            ("HIJO/A DE", P.get("parents_es", "")),
        ]
        opt1 = P["dni"]
    else:  # ITA
        front = dict(
            number=number,
            sex=P["sex"],
            bg=(232, 236, 240),
            guil=(205, 214, 226),
            header=["REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ / IDENTITY CARD"],
            front_fields=[
                ("COGNOME / SURNAME", up(P["surname"])),
                ("NOME / NAME", up(P["given"])),
                (
                    "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
                    "%s  %s" % (up(P["pob_city"]), dmy(P["dob"], ".")),
                ),
                ("EMISSIONE / ISSUING", dmy(issued, ".")),
                ("SCADENZA / EXPIRY", dmy(expiry, ".")),
            ],
            front_extra=[(62, 28.2, "SESSO / SEX", P["sex"]), (62, 41.4, "CITTADINANZA", "ITA")],
            card_no_front=number,
        )
        back_f = [
            ("INDIRIZZO DI RESIDENZA / RESIDENCE", P.get("it_addr", ["—"])),
            ("CODICE FISCALE / FISCAL CODE", P.get("cf", "")),
        ]
        opt1 = ""
    mrz = td1(
        "ID" if country == "ESP" else "C<",
        country,
        P["surname"],
        P["given"],
        number,
        country,
        P["dob"],
        P["sex"],
        expiry,
        opt1=opt1,
    )
    back = dict(number=number, sex=P["sex"], bg=front["bg"], guil=front["guil"], back_fields=back_f)
    fields = dict(
        surname=up(P["surname"]),
        given_names=up(P["given"]),
        document_number=number,
        nationality=country,
        issuing_country=country,
        date_of_birth=P["dob"],
        expiry_date=expiry,
        sex=P["sex"],
        mrz_valid=True,
    )
    return id_card_front(front), id_card_back(back, mrz), fields


# ---------------------------------------------------------------- birth


def birth_fields(sur, giv, dob, place, country, has_apo, language):
    return dict(
        surname=sur,
        given_names=giv,
        date_of_birth=dob,
        place_of_birth=place,
        issuing_country=country,
        language=language,
        has_apostille=has_apo,
    )


def mk_birth(B, has_apo=False):
    """B: dict with 'kind' and the data for the template. Returns pages, fields."""
    k = B["kind"]
    if k == "fr_extrait":
        pages = fr_extrait(B["data"])
    elif k == "us":
        pages = us_state(B["data"])
    elif k == "uk":
        pages = uk_gro(B["data"])
    elif k == "es":
        pages = es_form(B["data"])
    elif k == "br":
        pages = br_certidao(B["data"])
    elif k == "cn":
        pages = cn_notarial(B["data"])
    elif k == "in":
        pages = in_mcd(B["data"])
    elif k == "ph":
        pages = ph_psa(B["data"])
    elif k == "ua":
        pages = ua_cert(B["data"])
    elif k == "tr":
        pages = tr_formula(B["data"])
    else:
        raise ValueError(k)
    f = birth_fields(
        B["surname"], B["given"], B["dob"], B["place"], B["country"], has_apo, B["lang"]
    )
    return pages, f


def mk_apostille(A):
    page = apostille(A)
    return page, dict(
        country=A["country"], issued_on=A["issued_on"], number=A["number"], signed_by=A["by"]
    )


# ---------------------------------------------------------------- residence


def mk_bill(
    h,
    brand,
    kind,
    service,
    issue,
    start=None,
    end=None,
    month=None,
    amount=50.0,
    n=1,
    two_pages=False,
    layout="A",
    extra=None,
):
    """h: holder dict(name_vis, address lines)."""
    base = dict(
        brand=brand,
        kind=kind,
        holder_vis=h["name_vis"],
        address=h["address"],
        issue_date=issue,
        period_start=start,
        period_end=end,
        month=month,
        amount=amount,
        invoice_no="%s%09d"
        % (
            {
                "EDF": "1",
                "ENGIE": "3",
                "Free": "FR",
                "SFR": "7",
                "Orange": "OR",
                "Bouygues Telecom": "BT",
                "TotalEnergies": "6",
                "Eau de Paris": "E",
                "Veolia Eau": "V",
            }[brand],
            h.get("inv", 40213) * 37 + n * 7919,
        ),
        client_no=h.get("client", "6 012 345 678"),
        contract_no=h.get("contract", "3001 2345 67"),
        debit_date=issue[:8] + "%02d" % min(28, int(issue[8:10]) + 12),
        two_pages=two_pages,
        layout=layout,
    )
    if kind == "energy":
        kwh = 180 + (n * 37) % 90
        base["lines"] = [
            [
                "Abonnement %s"
                % ("Tarif Bleu 6 kVA" if brand == "EDF" else "Offre électricité 6 kVA"),
                "1 mois",
                "12,44",
                "12,44",
            ],
            [
                "Consommation électricité (Base)",
                "%d kWh" % kwh,
                "0,2016",
                ("%.2f" % (kwh * 0.2016)).replace(".", ","),
            ],
            [
                "Accise sur l'électricité",
                "%d kWh" % kwh,
                "0,0225",
                ("%.2f" % (kwh * 0.0225)).replace(".", ","),
            ],
            ["Contribution tarifaire d'acheminement", "", "", "2,61"],
        ]
        base["site"] = "Point de livraison (PDL) : %s — %s" % (
            h.get("pdl", "14 2983 4471 2093"),
            h["address"][0],
        )
        base["summary"] = [
            ["Solde antérieur", "0,00 €"],
            ["Montant de cette facture", ("%.2f €" % amount).replace(".", ",")],
            ["Mode de paiement", "Prélèvement"],
        ]
        base["contract_label"] = "N° de compte"
    elif kind == "telecom":
        label = {
            "Free": "Abonnement Freebox Pop",
            "SFR": "Forfait mobile SFR 100 Go",
            "Orange": "Livebox Fibre",
            "Bouygues Telecom": "Bbox fit",
        }[brand]
        base["lines"] = [
            [label, "1", "", ("%.2f" % (amount / 1.2)).replace(".", ",")],
            ["Communications hors forfait", "0", "", "0,00"],
            ["Services et options", "0", "", "0,00"],
        ]
        base["site"] = (
            ("Ligne : " + h.get("line", "09 52 41 87 30"))
            if service != "mobile"
            else ("Ligne mobile : " + h.get("mobile", "06 48 21 93 55"))
        )
        base["summary"] = [
            ["Montant de la facture", ("%.2f €" % amount).replace(".", ",")],
            ["Dont TVA", ("%.2f €" % (amount - amount / 1.2)).replace(".", ",")],
        ]
        base["contract_label"] = "Identifiant"
    else:  # water
        base["lines"] = [
            ["Abonnement eau potable", "1", "", "8,10"],
            ["Consommation eau (m³)", "9", "3,18", "28,62"],
            ["Redevances Agence de l'eau", "9", "0,62", "5,58"],
        ]
        base["site"] = "Compteur n° %s — %s" % (h.get("meter", "A19C044211"), h["address"][0])
        base["summary"] = [["Montant", ("%.2f €" % amount).replace(".", ",")]]
        base["contract_label"] = "N° de contrat"
    if extra:
        base.update(extra)
    pages = bill(base)
    fields = dict(
        provider=brand,
        service=service,
        holder_name=h["name_vis"],
        issue_date=issue,
        period_start=start,
        period_end=end,
    )
    if month:
        fields["month"] = month
    return pages, fields


def mk_lease(L):
    pages = lease(L)
    return pages, dict(
        tenant_names=L["tenants_vis"], landlord=L["landlord_vis"], start_date=L["start"]
    )


def mk_hosting(Hh):
    pages = hosting(Hh)
    return pages, dict(
        host_name=Hh["host_vis"],
        hosted_name=Hh["hosted_vis"],
        since_date=Hh["since"],
        signed=Hh.get("signed", True),
        signed_on=Hh.get("signed_on"),
    )


def mk_payslip(S):
    pages, net = payslip(S)
    return pages, dict(
        employer=S["employer_vis"],
        employee_name=S["employee_vis"],
        period=S["period"],
        siret=S["siret"],
    )


def mk_contract(C):
    pages = contract(C)
    return pages, dict(
        employer=C["employer_vis"],
        employee_name=C["employee_vis"],
        contract_type=C["type"],
        job_title=C["job"],
        start_date=C["start"],
    )


def mk_rib(R, kind="pdf"):
    B = BANKS[R["bank"]]
    R = dict(R)
    R.setdefault("bic", B["bic"])
    if R["bank"] == "N26":
        R["iban_vis"] = R.get("iban_vis") or iban("DE", "10011001" + R["account"])
        R["bank_code"] = None
    else:
        ib, key = fr_iban(B["code"], R["branch"], R["account"])
        R.setdefault("bank_code", B["code"])
        R["key"] = key
        R["iban_vis"] = R.get("iban_vis") or ib
    if kind == "pdf":
        pages = rib_pdf(R)
    elif kind == "letter":
        pages = rib_letter(R)
    else:
        pages = [rib_app_screenshot(R)]
    fields = dict(
        holder_name=R["holder_truth"],
        iban=R["iban_vis"],
        bic=R["bic"],
        bank_name=R["bank"],
        iban_valid=iban_ok(R["iban_vis"]),
    )
    return pages, fields


def mk_form(F):
    pages, acro = form_pages(F)
    fields = dict(
        surname=up(F["surname"]),
        given_names=up(F["given_form"]),
        date_of_birth=F["dob"],
        employment_status={
            "salarie": "employed",
            "independant": "employed",
            "sans_activite": "not_employed",
            "chomeur": "not_employed",
        }.get(F["situation"], "other"),
        signed=bool(F.get("signed")),
        signed_on=F.get("signed_on"),
    )
    return pages, acro, fields
