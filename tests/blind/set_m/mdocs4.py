"""Single documents of set_m (part 4)."""

from __future__ import annotations

import mbuild as B
from mcommon import be_iban, fr_iban, iban_make, rib_key
from mdocs import PEOPLE as P
from mdocs import _screen_unknown
from mpackets import fr_rib, pay


def part(add, F, one, rng_for):
    # --- payslips
    sir = ["84019283700015", "39281746500033", "51829304600028", "79381726400019"]
    for i, (name, key, emp, job, period, g, n, look, fname) in enumerate(
        [
            (
                "d045",
                "lbn",
                "Pharmacie du Vieux Tours SELARL",
                "Pharmacien adjoint",
                "2026-10",
                3900.0,
                2951.2,
                "text_pdf",
                "BS_2026_10.pdf",
            ),
            (
                "d046",
                "pak",
                "Logistique Est Francilien SAS",
                "Cariste",
                "2026-09",
                1980.0,
                1543.05,
                "phone_photo",
                "IMG_2210.jpg",
            ),
            (
                "d047",
                "prt",
                "Bâtiments Ferreira & Fils SARL",
                "Chef de chantier",
                "2026-10",
                3200.0,
                2466.9,
                "scan",
                "fiche_de_paie.jpg",
            ),
            (
                "d048",
                "sen",
                "Clean Services Paris Nord SAS",
                "Agent de propreté",
                "2026-08",
                1801.8,
                1420.37,
                "image_pdf",
                "bulletin.pdf",
            ),
        ]
    ):
        r = rng_for(name)
        p = P[key]
        x = dict(
            employer=emp,
            emp_addr=["1 rue du Commerce", f"{p['cp']} {p['city']}"],
            siret=sir[i],
            naf="4773Z",
            employee=f"{p['given_names']} {p['surname']}",
            emp_addr2=[p["street"], f"{p['cp']} {p['city']}"],
            job=job,
            start="2025-09-01",
            period=period,
            gross=g,
            net=n,
            pas=round(g * 0.02, 2),
        )
        d = B.payslip(x, r)
        add(name, d, [F(fname, look, [one(d)])])
    _ = pay
    # --- employment contracts
    for name, key, emp, ctype, job, start, look in [
        (
            "d049",
            "deu",
            "Normandie Énergies Nouvelles SAS",
            "CDI",
            "Ingénieur d'études",
            "2026-09-01",
            "text_pdf",
        ),
        (
            "d050",
            "rus",
            "Massalia Tourisme SARL",
            "CDD",
            "Guide-conférencière",
            "2026-06-15",
            "image_pdf",
        ),
        (
            "d051",
            "esp",
            "Gironde Santé Services SAS",
            "CDI",
            "Infirmière",
            "2026-10-06",
            "phone_photo",
        ),
        (
            "d052",
            "hti",
            "Aide à Domicile Saint-Denis Association",
            "CDI",
            "Auxiliaire de vie",
            "2024-01-08",
            "scan",
        ),
    ]:
        r = rng_for(name)
        p = P[key]
        x = dict(
            employer=emp,
            emp_addr=f"10 rue du Port, {p['cp']} {p['city']}",
            siret="48291037600021",
            rep="Mme Claire Duval",
            employee=f"{p['given_names']} {p['surname']}".title(),
            employee_dob=p["dob"],
            nat="étrangère",
            addr=f"{p['street']}, {p['cp']} {p['city']}",
            ctype=ctype,
            job=job,
            start=start,
            end="2026-12-31",
            salary=2400.0,
            city=p["city"],
            signed_on=start,
        )
        d = B.contract(x, r)
        if look in ("phone_photo", "scan"):
            files = [F(f"contrat_{i + 1}.jpg", look, [one(d, i)]) for i in range(2)]
        else:
            files = [F("contrat.pdf", look, [one(d, 0), one(d, 1)])]
        add(name, d, files)
    # --- RIBs
    r = rng_for("d053")
    ib = iban_make("DE", "10011001" + "2938471650")
    d = B.rib(
        dict(
            app="N26",
            holder="Jonas Maximilian Schäfer",
            iban=ib,
            bic="NTSBDEB1XXX",
            bank_name="N26 Bank AG",
            bank_addr="Voltairestraße 8, 10179 Berlin",
        ),
        r,
        "screen",
    )
    add("d053", d, [F("Screenshot_N26.png", "screenshot", [one(d)])])
    r = rng_for("d054")
    ib = be_iban("967", "3821940")
    d = B.rib(
        dict(
            app="Wise",
            holder="Sara Mohammadi",
            iban=ib,
            bic="TRWIBEB1XXX",
            bank_name="Wise",
            bank_addr="Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium",
        ),
        r,
        "screen",
    )
    add("d054", d, [F("IMG_4410.PNG", "screenshot", [one(d)])])
    r = rng_for("d055")
    x = fr_rib(
        "Crédit Agricole",
        "ANASTASIA VOLKOVA",
        ["MME VOLKOVA ANASTASIA", "12 QUAI DE RIVE-NEUVE", "13007 MARSEILLE"],
        "00411",
        "20918374651",
        "CA ALPES PROVENCE MARSEILLE VIEUX-PORT",
        ["24 QUAI DES BELGES", "13001 MARSEILLE"],
    )
    x["bank_code"] = "19106"

    good = rib_key("19106", "00411", "20918374651")
    badk = f"{(int(good) + 7) % 97:02d}"
    x["key"] = badk
    x["iban"] = fr_iban("19106", "00411", "20918374651", badk)
    x["bic"] = "AGRIFRPP891"
    d = B.rib(x, r)
    d.notes = f"IBAN passes mod-97 but the French RIB key is {badk}, should be {good}"
    add(
        "d055",
        d,
        [F("RIB_CA.pdf", "text_pdf", [one(d)])],
        defect="French RIB key wrong (IBAN check digits consistent)",
    )
    r = rng_for("d056")
    x = fr_rib(
        "La Banque Postale",
        "PAUL ARNAUD MBALLA ESSOMBA",
        ["M PAUL ARNAUD MBALLA ESSOMBA", "18 RUE BONALD", "69007 LYON"],
        "01008",
        "0293817T038",
        "La Banque Postale",
        ["CENTRE FINANCIER DE LYON", "69900 LYON CEDEX 20"],
    )
    d = B.rib(x, r)
    add("d056", d, [F("rib_banque_postale.jpg", "phone_photo", [one(d)])])
    # --- unknown
    r = rng_for("d057")
    d = B.other(
        "quittance",
        dict(
            landlord="Marc Delaunay",
            tenant="Mme Sara Mohammadi",
            month="2026-10",
            start="2026-10-01",
            end="2026-10-31",
            total=1040.0,
            rent=980.0,
            address=["23 rue Chabanais", "75002 Paris"],
            city="Paris",
            date="2026-10-31",
        ),
        r,
    )
    d.notes = "quittance de loyer: a receipt, not a lease"
    add("d057", d, [F("quittance_octobre_2026.pdf", "text_pdf", [one(d)])])
    r = rng_for("d058")
    d = B.other(
        "insurance",
        dict(
            insurer="Mutuelle Atlantique Assurances",
            holder="M. Yacine Bouzid",
            number="MH-2026-0918273",
            address=["14 rue Jean Moulin", "38100 Grenoble"],
            start="2026-03-10",
            end="2027-03-09",
            date="2026-03-10",
        ),
        r,
    )
    d.notes = "attestation d'assurance habitation (not a residence proof of the packet)"
    add("d058", d, [F("attestation_assurance.pdf", "image_pdf", [one(d)])])
    r = rng_for("d059")
    d = B.other(
        "caf",
        dict(
            caf="CAF de la Haute-Garonne",
            holder="Mme Grace Holloway",
            address=["3 rue Saint-Rome", "31000 Toulouse"],
            date="2026-10-12",
            number="8837261",
        ),
        r,
    )
    d.notes = "CAF letter"
    add("d059", d, [F("courrier_caf.jpg", "phone_photo", [one(d)])])
    d = _screen_unknown(rng_for("d060"))
    add("d060", d, [F("Screenshot_ameli.png", "screenshot", [one(d)])])
    _ = fr_iban
