"""Shared builders for packets and single documents."""

from __future__ import annotations

import datetime as dt

from . import form as F
from . import home
from .core import add_months, fold, make_siret, month_end, rng
from .draw import INK_BLACK, INK_BLUE, INK_BLUE2
from .people import Address, C, Employer, Person

INKS = [INK_BLUE, INK_BLACK, INK_BLUE2]


def employer(name, street, postcode, city, naf, ccn, signatory, role, color):
    return Employer(
        name,
        Address(street, postcode, city),
        naf,
        make_siret(rng("siret", name)),
        ccn,
        signatory,
        role,
        color,
    )


EMP = {
    "helvion": employer(
        "Helvion Conseil SAS",
        "27 rue de la République",
        "69002",
        "Lyon",
        "7022Z",
        "Syntec (IDCC 1486)",
        "Mme Claire Fontaine",
        "Directrice des ressources humaines",
        (0.1, 0.3, 0.5),
    ),
    "nexalis": employer(
        "Nexalis Technologies SAS",
        "9 rue Alsace-Lorraine",
        "31000",
        "Toulouse",
        "6201Z",
        "Syntec (IDCC 1486)",
        "M. Olivier Brun",
        "Président",
        (0.35, 0.15, 0.55),
    ),
    "clinique": employer(
        "Clinique du Parc Saint-Jean",
        "210 avenue du Père Soulas",
        "34090",
        "Montpellier",
        "8610Z",
        "Hospitalisation privée (IDCC 2264)",
        "Mme Nadia Chérif",
        "Directrice",
        (0.0, 0.45, 0.5),
    ),
    "ehpad": employer(
        "EHPAD Les Glycines SAS",
        "14 rue de Molsheim",
        "67000",
        "Strasbourg",
        "8710A",
        "Hospitalisation privée (IDCC 2264)",
        "M. Pierre Klein",
        "Directeur d'établissement",
        (0.45, 0.25, 0.55),
    ),
    "lavande": employer(
        "Maison Lavande SARL",
        "5 place Grenette",
        "38000",
        "Grenoble",
        "4775Z",
        "Commerce de détail non alimentaire (IDCC 1517)",
        "Mme Sylvie Arnaud",
        "Gérante",
        (0.45, 0.3, 0.6),
    ),
    "pixelune": employer(
        "Pixelune Studio SAS",
        "18 quai Lamennais",
        "35000",
        "Rennes",
        "7410Z",
        "Syntec (IDCC 1486)",
        "M. Yann Le Goff",
        "Président",
        (0.85, 0.35, 0.1),
    ),
    "garnier": employer(
        "Transports Garnier SAS",
        "Zone de Fret, 12 rue Jean Perrin",
        "33520",
        "Bruges",
        "4941A",
        "Transports routiers (IDCC 16)",
        "M. Laurent Garnier",
        "Directeur général",
        (0.1, 0.35, 0.2),
    ),
    "zinc": employer(
        "Restaurant Le Petit Zinc SARL",
        "88 rue de la Roquette",
        "75011",
        "Paris",
        "5610A",
        "Hôtels, cafés, restaurants (IDCC 1979)",
        "M. Franck Morel",
        "Gérant",
        (0.55, 0.15, 0.1),
    ),
    "marchand": employer(
        "Boulangerie Marchand SARL",
        "3 rue de la Paix",
        "44000",
        "Nantes",
        "1071C",
        "Boulangerie-pâtisserie artisanale (IDCC 843)",
        "M. Denis Marchand",
        "Gérant",
        (0.6, 0.4, 0.1),
    ),
    "verdier": employer(
        "Atelier Verdier SARL",
        "41 rue Marcel Mérieux",
        "69007",
        "Lyon",
        "1623Z",
        "Menuiseries, charpentes (IDCC 1411)",
        "M. Antoine Verdier",
        "Gérant",
        (0.35, 0.25, 0.15),
    ),
    "roux": employer(
        "Cabinet d'architecture Roux & Ferrand",
        "31 rue Paradis",
        "13001",
        "Marseille",
        "7111Z",
        "Cabinets d'architectes (IDCC 2332)",
        "Mme Hélène Ferrand",
        "Associée gérante",
        (0.2, 0.2, 0.2),
    ),
    "biomer": employer(
        "Laboratoires Biomer SAS",
        "2 rue du Bignon",
        "35510",
        "Cesson-Sévigné",
        "7211Z",
        "Industrie pharmaceutique (IDCC 176)",
        "M. Hugo Lemaire",
        "DRH",
        (0.0, 0.4, 0.6),
    ),
    "alpes": employer(
        "Hôtel des Alpes SAS",
        "7 avenue Félix Viallet",
        "38000",
        "Grenoble",
        "5510Z",
        "Hôtels, cafés, restaurants (IDCC 1979)",
        "Mme Julie Perrin",
        "Directrice",
        (0.3, 0.3, 0.55),
    ),
}


def the_form(
    p: Person,
    *,
    mode: str,
    run: int,
    signed_on: dt.date | None,
    situation: str | None,
    date_text: str | None = None,
    place: str | None = None,
    surname: str | None = None,
    given: str | None = None,
    usage: str = "",
    job: str = "",
    contract: str = "",
    other_text: str = "",
    signed: bool = True,
    nir: str = "",
    caps: bool = True,
    phone: str = "",
    email: str = "",
    key: str = "",
    hand_font: str | None = None,
    date_hand: bool = True,
    employment_status: str | None = None,
    notes: str | None = None,
):
    r = rng("formsel", p.key, key)
    co = C[p.country]
    a = p.address
    sur = surname if surname is not None else p.surname
    giv = given if given is not None else p.given
    if caps:
        sur_w, giv_w = sur.upper(), giv.upper()
    else:
        sur_w, giv_w = sur, giv
    if mode == "hand" and caps:
        sur_w, giv_w = fold(sur_w), fold(giv_w)
    fill = F.Fill(
        mode=mode,
        surname=sur_w,
        given=giv_w,
        sex=p.sex,
        dob=p.dob,
        birth_city=(fold(p.birth_city).upper() if caps else p.birth_city),
        birth_country=(fold(co.fr).upper() if caps else co.fr),
        nationality=(p.nat_word().upper() if caps else p.nat_word()),
        street=a.street + (f", {a.extra}" if a.extra else ""),
        postcode=a.postcode,
        city=a.city,
        usage_name=usage.upper() if caps else usage,
        nir=nir,
        phone=phone or p.phone,
        email=email or p.email,
        situation=situation,
        job=job,
        contract=contract,
        other_text=other_text,
        place=place if place is not None else a.city,
        date_text=date_text
        if date_text is not None
        else (signed_on.strftime("%d/%m/%Y") if signed_on else ""),
        signed=signed,
        sig_name=p.surname,
        key=f"{p.key}-{key}",
        hand_font=hand_font or r.choice(["Hand2", "Hand2", "Hand3"]),
        ink=INKS[r.randrange(3)],
        date_hand=date_hand,
    )
    if employment_status is None:
        employment_status = {
            "employed": "employed",
            "jobseeker": "not_employed",
            "inactive": "not_employed",
            "student": "other",
            "other": "other",
            None: None,
        }.get(situation)
    return F.form_doc(
        fill,
        run,
        signed_on if signed else signed_on,
        employment_status,
        key=f"form-{p.key}-{key}",
        notes=notes,
    )


def bills(
    provider: str,
    holder: str,
    addr: Address,
    months: list[dt.date],
    key: str,
    layout: int = 0,
    amounts=None,
    service=None,
    issue_day: int = 4,
    pages: int = 1,
):
    r = rng("bills", key)
    ref = f"{r.randint(1, 9)}{r.randint(0, 99999999):08d}"
    out = []
    for i, m in enumerate(months):
        start = m.replace(day=1)
        end = month_end(start)
        issue = add_months(start, 1).replace(day=issue_day + r.randint(0, 2))
        amt = amounts[i] if amounts else round(r.uniform(24, 95), 2)
        out.append(
            home.utility_bill(
                provider,
                holder,
                addr,
                issue,
                start,
                end,
                amt,
                key=f"{key}-{i}",
                layout=layout,
                service=service,
                ref=ref,
                pages=pages,
            )
        )
    return out


def months_back(last: dt.date, n: int = 3) -> list[dt.date]:
    first = last.replace(day=1)
    return [add_months(first, -k) for k in range(n - 1, -1, -1)]


def status_of(reqs: dict) -> str:
    vals = list(reqs.values())
    if any(v in ("invalid", "missing") for v in vals):
        return "incomplete"
    if "questionable" in vals:
        return "questionable"
    return "complete"


def requirements(employed: bool, eu: bool, **over) -> dict:
    req = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "not_applicable" if eu else "complete",
        "birth_certificate": "complete",
        "residence_proof": "complete",
        "bank_details": "complete",
        "employment": "complete" if employed else "not_applicable",
    }
    req.update(over)
    return req
