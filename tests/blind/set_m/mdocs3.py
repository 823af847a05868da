"""Single documents of set_m (part 3)."""

from __future__ import annotations

import mbuild as B


def part(add, F, one, rng_for):
    # --- leases
    for name, kw, look, fname in [
        (
            "d037",
            dict(
                landlord="Marc Delaunay",
                landlord_addr="2 rue Lafayette, 75009 Paris",
                tenants=["Sara Mohammadi"],
                address=["23 rue Chabanais", "75002 Paris"],
                start="2026-01-15",
                rent=980.0,
                charges=60.0,
                city="Paris",
                signed_on="2026-01-10",
            ),
            "text_pdf",
            "bail_signe.pdf",
        ),
        (
            "d038",
            dict(
                landlord="SCI Prado Invest",
                landlord_addr="80 avenue du Prado, 13008 Marseille",
                tenants=["Anastasia Volkova"],
                address=["12 quai de Rive-Neuve", "13007 Marseille"],
                start="2026-09-01",
                rent=720.0,
                charges=40.0,
                city="Marseille",
                signed_on="2026-08-25",
                kind="meublé",
                agency="Agence Vieux-Port Immobilier",
            ),
            "image_pdf",
            "contrat_location.pdf",
        ),
        (
            "d039",
            dict(
                landlord="Françoise Aubert",
                landlord_addr="1 place Plumereau, 37000 Tours",
                tenants=["Karim Elias Khoury", "Léa Martin"],
                address=["9 rue Nationale", "37000 Tours"],
                start="2025-03-01",
                rent=690.0,
                charges=55.0,
                city="Tours",
                signed_on="2025-02-20",
            ),
            "phone_photo",
            "bail",
        ),
        (
            "d040",
            dict(
                landlord="Office Public de l'Habitat Plaine Commune",
                landlord_addr="5 rue Catulienne, 93200 Saint-Denis",
                tenants=["Rose-Marie Jean-Baptiste"],
                address=["2 allée des Tilleuls", "93200 Saint-Denis"],
                start="2023-06-01",
                rent=512.4,
                charges=88.0,
                city="Saint-Denis",
                signed_on="2023-05-22",
            ),
            "scan",
            "bail",
        ),
    ]:
        r = rng_for(name)
        d = B.lease(kw, r)
        if look in ("phone_photo", "scan"):
            ext = "jpg"
            files = [F(f"{fname}_p{i + 1}.{ext}", look, [one(d, i)]) for i in range(2)]
        else:
            files = [F(fname, look, [one(d, 0), one(d, 1)])]
        add(name, d, files)
    # --- hosting attestations
    for name, kw, look, fname, defect in [
        (
            "d041",
            dict(
                host="Fatoumata Diallo",
                host_dob="1980-02-14",
                host_pob="Bamako (Mali)",
                host_sex="F",
                hosted="Mamadou Lamine Ndiaye",
                hosted_dob="1993-12-01",
                hosted_pob="Dakar (Sénégal)",
                hosted_sex="M",
                address=["5 rue Myrha", "75018 Paris"],
                since="2026-02-01",
                city="Paris",
                signed_on="2026-11-03",
                hand=True,
                relation="mon cousin",
            ),
            "phone_photo",
            "attestation.jpg",
            None,
        ),
        (
            "d042",
            dict(
                host="Pierre-Yves Le Bihan",
                host_dob="1975-05-30",
                host_pob="Brest",
                hosted="Andreea Ioana Popescu",
                hosted_dob="1992-02-27",
                hosted_pob="Cluj-Napoca (Roumanie)",
                address=["7 rue Daguerre", "75014 Paris"],
                since="2026-06-15",
                city="Paris",
                signed_on="2026-11-10",
                relation="Madame",
            ),
            "text_pdf",
            "attestation_hebergement.pdf",
            None,
        ),
        (
            "d043",
            dict(
                host="Nadia Benyoucef",
                host_dob="1983-09-19",
                host_pob="Lyon",
                host_sex="F",
                hosted="Yacine Bouzid",
                hosted_dob="1998-11-30",
                hosted_pob="Sétif (Algérie)",
                hosted_sex="M",
                address=["14 rue Jean Moulin", "38100 Grenoble"],
                since="2026-03-10",
                city="Grenoble",
                signed_on="2026-11-05",
                hand=True,
                signed=False,
                relation="mon neveu",
            ),
            "scan",
            "attestation_heberg.jpg",
            "attestation not signed by the host",
        ),
        (
            "d044",
            dict(
                host="Hélène Garnier épouse Holloway",
                host_dob="1981-12-03",
                host_pob="Toulouse",
                hosted="Grace Elizabeth Holloway",
                hosted_dob="1979-01-08",
                hosted_pob="Austin, Texas (États-Unis)",
                address=["3 rue Saint-Rome", "31000 Toulouse"],
                since="2026-04-20",
                city="Toulouse",
                signed_on="2026-11-14",
                relation="Madame",
            ),
            "image_pdf",
            "attestation.pdf",
            None,
        ),
    ]:
        r = rng_for(name)
        d = B.attestation(kw, r)
        add(name, d, [F(fname, look, [one(d)])], defect=defect)
