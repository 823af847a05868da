"""Single documents, part 3: leases, attestations d'hébergement, payslips, contracts, RIBs,
application forms and pieces of no packet type (unknown)."""

from __future__ import annotations

import datetime as dt

from gen_codes import d, siret
from gen_form import fill, write_acroform
from gen_home2 import hosting, lease, quittance
from gen_misc import bank_statement, insurance, marriage
from gen_money import be_iban, de_iban, fr_account, lt_iban, rib_pdf, rib_screen
from gen_people import BANKS, EMPLOYERS, NAT_FR, Person, addr, random_person
from gen_work import contract, payslip

NATS = [
    "DZA",
    "MAR",
    "SEN",
    "CIV",
    "CMR",
    "BRA",
    "COL",
    "IND",
    "CHN",
    "UKR",
    "TUR",
    "PHL",
    "HTI",
    "VNM",
    "MEX",
    "USA",
    "LBN",
    "IRN",
    "RUS",
    "PER",
    "TUN",
    "MLI",
    "COD",
]
LANDLORDS = [
    ("SCI BELLEVILLE INVEST", "12 rue des Pyrénées, 75020 Paris"),
    ("Mme Sophie GIRARD", "4 allée des Acacias, 69100 Villeurbanne"),
    ("M. et Mme DUPONT-MOREAU", "30 rue Victor Hugo, 59000 Lille"),
    ("Paris Habitat OPH", "21 bis rue Claude Bernard, 75005 Paris"),
    ("M. François LE GALL", "8 rue de Marseille, 35000 Rennes"),
    ("SCI LES MIMOSAS", "2 avenue Jean Médecin, 06000 Nice"),
]


def _person(rng, nat=None, sex=None):
    p = random_person(rng, nat or rng.choice(NATS), sex)
    return p


def leases(s):
    looks = [
        ("text_pdf", ["Bail_signe.pdf"]),
        ("image_pdf", ["bail_location.pdf"]),
        ("phone_photo", ["bail_p1.jpg", "bail_p2.jpg", "bail_p3.jpg"]),
        ("image_pdf", ["contrat de location.pdf"]),
        ("scan", ["scan1.jpg", "scan2.jpg", "scan3.jpg"]),
        ("text_pdf", ["bail_meuble_2026.pdf"]),
    ]
    for i, (look, files) in enumerate(looks):
        rng = s.rng("lease")
        p = _person(rng)
        tenants = [f"{p.given} {p.surname}"]
        if i in (1, 4):
            q = _person(rng, p.nat, "F" if p.sex == "M" else "M")
            tenants.append(f"{q.given} {q.surname}")
        ll, lla = LANDLORDS[i]
        a = addr(rng)
        start = d(f"20{rng.randint(24, 26)}-{rng.randint(1, 12):02d}-01")
        if start > d("2026-11-01"):
            start = d("2026-09-01")
        agency = rng.choice([None, "Foncia Paris Est", "Orpi Agence du Centre", None])
        pages, f = lease(
            rng,
            ll,
            lla,
            tenants,
            a,
            start,
            round(rng.uniform(480, 1400), 0),
            round(rng.uniform(30, 120), 0),
            start - dt.timedelta(days=rng.randint(3, 15)),
            a.city,
            furnished=i == 5,
            agency=agency,
            variant=i,
        )
        s.add(
            pages,
            "lease",
            f,
            look,
            files,
            "furnished lease" if i == 5 else "",
            p,
            rots=[rng.choice([0, 0, 3]) for _ in pages],
        )


def hostings(s):
    looks = [
        (True, "phone_photo", "attestation_hebergement.jpg"),
        (False, "text_pdf", "Attestation d'hébergement.pdf"),
        (True, "scan", "attestation_scan.jpg"),
        (False, "image_pdf", "attestation_signee.pdf"),
        (True, "image_pdf", "hebergement.pdf"),
        (False, "phone_photo", "IMG_20261030_214455.jpg"),
        (True, "phone_photo", "attestation_manuscrite.jpg"),
    ]
    for i, (hand, look, fname) in enumerate(looks):
        rng = s.rng("host")
        host = _person(rng, "FRA")
        guest = _person(rng)
        a = addr(rng)
        since = d(f"2026-{rng.randint(1, 7):02d}-{rng.randint(1, 28):02d}")
        signed = d(f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 15):02d}")
        rel = rng.choice(["", "", "mon épouse", "mon conjoint", "mon ami", "ma cousine"])
        pages, f = hosting(
            rng,
            f"{host.given} {host.surname}",
            host.dob,
            host.pob_city,
            f"{guest.given} {guest.surname}",
            guest.dob,
            f"{guest.pob_city} ({guest.pob_country.title()})",
            a,
            since,
            signed,
            a.city,
            hand=hand,
            relation=rel,
            variant=i % 2,
            host_sex=host.sex,
        )
        s.add(
            pages,
            "hosting_attestation",
            f,
            look,
            [fname],
            "handwritten" if hand else "typed",
            guest,
            rots=[rng.choice([0, 0, 1])],
        )


def payslips(s):
    looks = [
        ("text_pdf", "bulletin_paie_oct_2026.pdf"),
        ("image_pdf", "fiche_paie.pdf"),
        ("phone_photo", "IMG_20261104_072212.jpg"),
        ("text_pdf", "BS_2026_09.pdf"),
        ("scan", "bulletin_salaire.jpg"),
        ("text_pdf", "Payslip_October.pdf"),
        ("screenshot", "Screenshot_20261102-120501.png"),
    ]
    for i, (look, fname) in enumerate(looks):
        rng = s.rng("pay")
        p = _person(rng)
        emp, naf, ccn = EMPLOYERS[i % len(EMPLOYERS)]
        period = d(rng.choice(["2026-10-01", "2026-09-01", "2026-10-01"]))
        name = rng.choice(
            [f"{p.given} {p.surname}", f"{p.surname} {p.given}", f"{p.civ()} {p.given} {p.surname}"]
        )
        pages, f = payslip(
            rng,
            emp,
            addr(rng),
            siret(rng),
            naf,
            ccn,
            name,
            addr(rng),
            rng.choice(
                [
                    "Serveur",
                    "Agent d'entretien",
                    "Développeur",
                    "Caissière",
                    "Infirmière",
                    "Chauffeur-livreur",
                    "Maçon",
                ]
            ),
            rng.choice(["Employé", "Ouvrier", "Cadre", "Agent de maîtrise"]),
            period - dt.timedelta(days=rng.randint(60, 900)),
            period,
            round(rng.uniform(1810, 4200), 0),
            variant=i,
        )
        if look == "screenshot":
            from gen_core import Page, render

            img = render(pages[0], 200)
            scr = Page(117, 253.2, bg=(40, 40, 44))
            scr.image(0, 60, 117, 117 * 297 / 210, img)
            scr.text(58.5, 12, "bulletin_paie.pdf", "roboto-m", 11, (240, 240, 240), anchor="m")
            pages = [scr]
        s.add(
            pages,
            "payslip",
            f,
            look,
            [fname],
            "PDF viewer screenshot on a phone" if look == "screenshot" else "",
            p,
        )


def contracts(s):
    looks = [
        ("text_pdf", ["Contrat_CDI.pdf"], "CDI"),
        ("image_pdf", ["contrat_cdd.pdf"], "CDD"),
        ("phone_photo", ["contrat1.jpg", "contrat2.jpg"], "CDI"),
        ("text_pdf", ["CDD_signé.pdf"], "CDD"),
        ("scan", ["CDI_p1.png", "CDI_p2.png"], "CDI"),
        ("image_pdf", ["Contrat de travail.pdf"], "CDD"),
    ]
    jobs = [
        "Commis de cuisine",
        "Agent de sécurité",
        "Ingénieur logiciel",
        "Vendeuse",
        "Aide-soignant",
        "Comptable",
    ]
    for i, (look, files, kind) in enumerate(looks):
        rng = s.rng("ct")
        p = _person(rng)
        emp = EMPLOYERS[(i * 3) % len(EMPLOYERS)][0]
        ea = addr(rng)
        s14 = siret(rng)
        start = d(f"2026-{rng.randint(1, 10):02d}-{rng.choice(['01', '02', '05', '15'])}")
        end = start + dt.timedelta(days=rng.choice([180, 270, 364])) if kind == "CDD" else None
        name = f"{p.civ()} {p.given} {p.surname}"
        pages, f = contract(
            rng,
            emp,
            rng.choice(["SAS au capital de 10 000 euros", "SARL au capital de 7 500 euros"]),
            ea,
            f"{s14[:3]} {s14[3:6]} {s14[6:9]} RCS {ea.city}",
            rng.choice(["M. Karim Haddad, gérant", "Mme Isabelle Roux, DRH"]),
            name,
            p.dob,
            f"{p.pob_city} ({p.pob_country.title()})",
            NAT_FR.get(p.nat, "étrangère").lower(),
            addr(rng),
            kind,
            jobs[i],
            start,
            end,
            round(rng.uniform(1801, 3800), 0),
            variant=i,
            signed_on=start - dt.timedelta(days=rng.randint(2, 20)),
            place=ea.city,
        )
        s.add(pages, "employment_contract", f, look, files, person=p, rots=[0 for _ in pages])


def ribs(s):
    banks = [
        ("BNP", "text_pdf", "RIB_BNP_Paribas.pdf"),
        ("SG", "text_pdf", "rib-sg.pdf"),
        ("CA2", "image_pdf", "RIB_CA.pdf"),
        ("CM", "scan", "rib_credit_mutuel.jpg"),
        ("LCL", "text_pdf", "RIB_LCL_compte_courant.pdf"),
        ("LBP", "phone_photo", "IMG_20261101_101010.jpg"),
        ("CIC", "text_pdf", "RIB CIC.pdf"),
        ("CE", "text_pdf", "releve-identite-bancaire.pdf"),
        ("BOURSO", "text_pdf", "RIB_BoursoBank.pdf"),
    ]
    for key, look, fname in banks:
        rng = s.rng("rib")
        p = _person(rng)
        name, code, bic, agencies = BANKS[key]
        acct = fr_account(rng, code)
        a = addr(rng)
        holder = rng.choice(
            [
                f"{p.civ().upper().rstrip('.')} {p.surname.upper()} {p.given.upper()}",
                f"{p.civ()} {p.given} {p.surname}",
                f"{p.given.upper()} {p.surname.upper()}",
            ]
        )
        pages, f = rib_pdf(
            rng,
            key,
            name,
            bic,
            rng.choice(agencies),
            [
                f"{rng.randint(1, 90)} {rng.choice(['rue de la République', 'place de la Mairie', 'boulevard Haussmann'])}",
                f"{a.cp} {a.city.upper()}",
            ],
            [holder] + [ln.upper() for ln in a.lines()],
            acct,
        )
        s.add(
            pages,
            "rib",
            f,
            look,
            [fname],
            "",
            Person(p.surname, p.given, p.sex, None, p.nat, "", ""),
        )
    screens = [
        (
            "revolut_dark",
            lambda r: lt_iban(r),
            "REVOLT21",
            "Revolut Bank UAB",
            "Konstitucijos ave. 21B, 08130 Vilnius, Lithuania",
            "IMG_2291.PNG",
            "Lithuanian SEPA IBAN (Revolut), legally acceptable",
        ),
        (
            "lbp",
            lambda r: fr_account(r, "20041")["iban"],
            "PSSTFRPPSCE",
            "La Banque Postale",
            "Centre financier de La Source, 45900 Orléans",
            "Screenshot_20261029-090114.png",
            "",
        ),
        (
            "n26",
            lambda r: de_iban(r),
            "NTSBDEB1XXX",
            "N26 Bank SE",
            "Voltairestraße 8, 10179 Berlin",
            "N26_details.png",
            "German SEPA IBAN, legally acceptable",
        ),
        (
            "wise",
            lambda r: be_iban(r),
            "TRWIBEB1XXX",
            "Wise",
            "Rue du Trône 100, 1050 Brussels",
            "wise_eur.png",
            "Belgian SEPA IBAN",
        ),
    ]
    for app, mk, bic, bank, baddr, fname, notes in screens:
        rng = s.rng("ribs")
        p = _person(rng)
        pages, f = rib_screen(rng, app, f"{p.given} {p.surname}", mk(rng), bic, bank, baddr)
        s.add(
            pages,
            "rib",
            f,
            "screenshot",
            [fname],
            notes,
            Person(p.surname, p.given, p.sex, None, p.nat, "", ""),
        )


def forms(s):
    spec = [
        (
            0,
            "hand",
            "phone_photo",
            ["IMG_20261114_0901.jpg", "IMG_20261114_0902.jpg"],
            "sans_activite",
            None,
            "",
        ),
        (
            1,
            "typed",
            "scan",
            ["formulaire_1.jpg", "formulaire_2.jpg"],
            "salarie",
            "CDD",
            "Agent de propreté",
        ),
        (2, "acroform", "text_pdf", ["S1106_rempli.pdf"], "etudiant", None, ""),
        (2, "hand", "image_pdf", ["demande_droits.pdf"], "demandeur_emploi", None, ""),
    ]
    for run, way, look, files, sit, ct, job in spec:
        rng = s.rng("form")
        p = _person(rng)
        p.extra["nat_word"] = NAT_FR.get(p.nat, p.nat).capitalize()
        a = addr(rng)
        on = d(f"2026-11-{rng.randint(2, 17):02d}")
        pages, f, acro = fill(
            rng,
            p,
            run,
            way,
            sit,
            ct,
            job,
            a.city,
            on,
            on.strftime("%d/%m/%Y"),
            True,
            None,
            f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            "",
            a,
        )
        if way == "acroform":
            folder = s.next_folder()
            write_acroform(pages, acro, folder / files[0])
            s.add_prebuilt(
                [{"path": files[0], "pages": [1, 2]}],
                "application_form",
                f,
                "text_pdf",
                p,
                "fillable PDF (AcroForm values, signature image)",
            )
            continue
        s.add(
            pages,
            "application_form",
            f,
            look,
            files,
            f"print run {run}, filled {way}",
            p,
            rots=[rng.choice([0, 1, 3]) for _ in pages],
        )


def unknowns(s):
    rng = s.rng("q")
    p = _person(rng)
    a = addr(rng)
    for k, look, fname in [
        (0, "text_pdf", "quittance_loyer_octobre.pdf"),
        (1, "phone_photo", "quittance_septembre.jpg"),
    ]:
        m = d("2026-10-01") if k == 0 else d("2026-09-01")
        pages, _ = quittance(
            rng,
            LANDLORDS[1][0],
            LANDLORDS[1][1],
            f"{p.given} {p.surname}",
            a,
            m,
            620.0,
            45.0,
            m + dt.timedelta(days=4),
        )
        s.add(
            pages,
            "unknown",
            {},
            look,
            [fname],
            "quittance de loyer (rent receipt): not a lease, not a bill",
            p,
        )
    rng = s.rng("st")
    p = _person(rng)
    pages, _ = bank_statement(
        rng,
        "LCL",
        (0, 60, 130),
        f"M. {p.given} {p.surname}",
        addr(rng),
        fr_account(rng, "30002")["iban"],
        d("2026-10-01"),
    )
    s.add(
        pages,
        "unknown",
        {},
        "text_pdf",
        ["releve_compte_octobre.pdf"],
        "bank statement (relevé de compte), not a RIB",
        p,
    )
    rng = s.rng("ins")
    p = _person(rng)
    pages, _ = insurance(
        rng,
        rng.choice(["MAAF Assurances", "Luko", "MACIF"]),
        f"{p.given} {p.surname}",
        addr(rng),
        d("2026-04-01"),
        d("2027-03-31"),
    )
    s.add(
        pages,
        "unknown",
        {},
        "image_pdf",
        ["attestation_assurance_habitation.pdf"],
        "home insurance certificate",
        p,
    )
    rng = s.rng("mar")
    h = _person(rng, "FRA", "M")
    w = _person(rng, "MAR", "F")
    pages, _ = marriage(rng, "Montreuil", h, w, d("2025-06-21"), d("2026-09-10"))
    s.add(
        pages,
        "unknown",
        {},
        "scan",
        ["acte_mariage.jpg"],
        "French marriage certificate, not a birth certificate",
        w,
    )


def more_c(s):
    leases(s)
    hostings(s)
    payslips(s)
    contracts(s)
    ribs(s)
    forms(s)
    unknowns(s)
