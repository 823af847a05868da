"""Builders of a few single documents."""

from __future__ import annotations

import vbuild as B
from vcivil import apostille_template, birth_template
from vcore import fr, fr_words, make_pdf
from vdocs_civil import apostille
from vdocs_fr import hosting_lines, quittance


def _birth(u, cc, person, reg, look, names):
    b, f = birth_template(cc, person, reg)
    B.birth(u, b, look, names, f)


def _apostille_single(u):
    a, af = apostille_template(
        "USA",
        "en",
        "United States of America",
        "Linda Chavez",
        "County Clerk",
        "County of Los Angeles",
        "Sacramento",
        "2025-05-19",
        "Shirley N. Weber, Secretary of State",
        "2025-118204",
    )
    pdf = make_pdf(apostille, B.A4, a=a, rng=u.rng)
    u.add(
        B.emit(u, "scan", ["apostille_CA.jpg"], pdf=pdf),
        "apostille",
        "scan",
        af,
        "apostille alone (the certificate it covers is not in this folder)",
    )


def _attestation_single(u):
    lines = hosting_lines(
        "Reza AHMADI",
        "1960-02-03",
        "Shiraz (Iran)",
        ["16 rue Saint-Nicolas", "54000 Nancy"],
        "ma fille Neda AHMADI",
        "1994-06-12",
        "2026-01-15",
    )
    a = {
        "lines": lines,
        "done_line": f"Fait à Nancy, le {fr('2026-10-28')}",
        "host": "Reza AHMADI",
        "squared": False,
    }
    B.attestation(
        u,
        a,
        "phone_photo",
        ["attestation_hebergement.jpg"],
        {
            "host_name": "REZA AHMADI",
            "hosted_name": "NEDA AHMADI",
            "address": "16 rue Saint-Nicolas, 54000 Nancy",
            "since_date": "2026-01-15",
            "signed_on": "2026-10-28",
            "signed": True,
        },
        "handwritten",
    )


def _quittance_single(u):
    q = {
        "landlord": "Gérard MOREAU",
        "tenant": "M. Bruno SILVA SANTOS",
        "month_txt": "octobre 2026",
        "period": "01/10/2026 au 31/10/2026",
        "address": "8 rue Gambetta, 37000 Tours",
        "rent": "520,00",
        "charges": "40,00",
        "total": "560,00",
        "city": "Tours",
        "date_txt": fr_words("2026-10-05"),
    }
    pdf = make_pdf(quittance, B.A4, q=q, rng=u.rng)
    u.add(
        B.emit(u, "text_pdf", ["quittance_octobre.pdf"], pdf=pdf),
        "unknown",
        "text_pdf",
        {},
        "quittance de loyer (rent receipt), not a lease",
    )


def _form_single(u):
    f = {
        "fill": "hand",
        "run": 0,
        "surname": "KARIMI",
        "given": "DARIUSH",
        "sex": "M",
        "dob": "1984-09-09",
        "pob": "Téhéran, Iran",
        "nationality": "Iranienne",
        "address": "5 place du Capitole",
        "cp": "31000",
        "city": "Toulouse",
        "situation": "independant",
        "place": "Toulouse",
        "date_text": "03/11/2026",
        "signed_on": "2026-11-03",
        "signed": True,
    }
    B.form(u, f, "phone_photo", ["page1.jpg", "page2.jpg"])
