"""Single documents of set_m (part 1)."""

from __future__ import annotations

import mbuild as B
from mdocs import PEOPLE as P


def part(add, F, one, rng_for):
    # --- application forms
    r = rng_for("d001")
    d = B.form(
        P["irn"],
        dict(
            situation="sans_activite",
            signed=True,
            signed_on="2026-11-12",
            date_text="12/11/2026",
            nationality="Iranienne",
            pob="Téhéran, Iran",
        ),
        r,
        1,
        "hand",
    )
    add(
        "d001",
        d,
        [
            F("IMG_1001.jpg", "phone_photo", [one(d, 0)]),
            F("IMG_1002.jpg", "phone_photo", [one(d, 1)], rotate=90),
        ],
    )
    r = rng_for("d002")
    d = B.form(
        P["lbn"],
        dict(
            situation="salarie",
            contract_type="CDD",
            job="Pharmacien adjoint",
            signed=True,
            signed_on="2026-11-18",
            date_text="18/11/2026",
            nationality="Libanaise",
            usage_name=None,
        ),
        r,
        0,
        "acro",
    )
    add("d002", d, [F("S1106_Khoury.pdf", "text_pdf", [one(d, 0), one(d, 1)])])
    r = rng_for("d003")
    d = B.form(
        P["rus"],
        dict(
            situation="demandeur_emploi",
            signed=True,
            signed_on="2026-12-14",
            date_text="14/12/2026",
            nationality="Russe",
            date_by_hand=True,
            pob="Saint-Pétersbourg, Russie",
        ),
        r,
        1,
        "typed",
    )
    add(
        "d003",
        d,
        [F("scan_formulaire.pdf", "image_pdf", [one(d, 0), one(d, 1)])],
        defect="form dated after the audit date (14/12/2026)",
    )
    r = rng_for("d004")
    d = B.form(
        P["pak"],
        dict(
            situation="salarie",
            contract_type="Intérim",
            job="Cariste",
            signed=False,
            signed_on="2026-11-15",
            date_text="15/11/2026",
            nationality="Pakistanaise",
            pob="Lahore, Pakistan",
        ),
        r,
        0,
        "hand",
    )
    add(
        "d004",
        d,
        [
            F("formulaire_page1.png", "scan", [one(d, 0)]),
            F("formulaire_page2.png", "scan", [one(d, 1)]),
        ],
        defect="form not signed",
    )
    # --- passports
    for name, key, look, fname, bad, defect in [
        ("d005", "vnm", "scan", "ho_chieu.jpg", False, None),
        ("d006", "sen", "phone_photo", "IMG_20261105_0933.jpg", False, None),
        (
            "d007",
            "hti",
            "image_pdf",
            "paspo.pdf",
            True,
            "MRZ check digit of the date of birth is wrong",
        ),
        ("d008", "cmr", "phone_photo", "passeport.jpg", False, "passport expired on 2024-06-10"),
    ]:
        r = rng_for(name)
        d = B.passport(P[key], r, bad=bad)
        if key == "vnm":
            d.fields["surname"], d.fields["given_names"] = "NGUYEN", "THI THU HA"
            d.pages = B.lid.passport(
                dict(
                    P[key]["passport"],
                    surname="NGUYEN",
                    given_names="THI THU HA",
                    dob=P[key]["dob"],
                    sex="F",
                    nationality="VNM",
                    issuing="VNM",
                    pob="HA NOI",
                ),
                r,
            )
        add(name, d, [F(fname, look, [one(d)], crop=(look == "scan"))], defect=defect)
    # --- national ID cards
    for name, key, num, iss, exp, look in [
        ("d009", "esp", "CBR482913", "2021-03-02", "2031-03-02", "scan"),
        ("d010", "prt", "152839471", "2022-10-19", "2032-10-19", "phone_photo"),
        ("d011", "deu", "L01X93K27", "2020-07-15", "2030-07-14", "image_pdf"),
        ("d012", "rou", "RX0918273", "2023-01-09", "2033-02-27", "scan"),
    ]:
        r = rng_for(name)
        d = B.idcard(
            P[key], dict(number=num, issuing=P[key]["nat"], issue=iss, expiry=exp, address=[]), r
        )
        if look == "phone_photo":
            files = [F("cc_frente.jpg", look, [one(d, 0)]), F("cc_verso.jpg", look, [one(d, 1)])]
        else:
            files = [
                F(
                    f"{name}_id.{'pdf' if look == 'image_pdf' else 'jpg'}",
                    look,
                    [[(d, 0, 0), (d, 1, 0)]],
                )
            ]
        add(name, d, files)
    # --- residence permits
    r = rng_for("d013")
    d = B.permit(
        P["sen"],
        dict(
            number="2SN73K104",
            kind="CARTE DE SEJOUR TEMPORAIRE",
            mention="ETUDIANT",
            expiry="2027-09-14",
            issue="2026-09-15",
            prefecture="PREFECTURE DE POLICE",
        ),
        r,
    )
    add(
        "d013",
        d,
        [
            F("titre_recto.jpg", "phone_photo", [one(d, 0)]),
            F("titre_verso.jpg", "phone_photo", [one(d, 1)], rotate=270),
        ],
    )
    r = rng_for("d014")
    d = B.permit(
        P["dza"],
        dict(
            number="1DZ38R572",
            kind="CERTIFICAT DE RESIDENCE ALGERIEN",
            mention="SALARIE",
            expiry="2035-06-30",
            issue="2025-07-01",
            prefecture="PREFECTURE DE L'ISERE",
        ),
        r,
    )
    add("d014", d, [F("certificat_residence.jpg", "scan", [[(d, 0, 0), (d, 1, 0)]])])
    r = rng_for("d015")
    d = B.permit(
        P["irn"],
        dict(
            number="7501263948",
            recepisse=True,
            mention="Vie privée et familiale",
            expiry="2027-03-02",
            issue="2026-09-03",
            prefecture="Préfecture de Police",
            nat_print="IRANIENNE",
        ),
        r,
    )
    d.fields["nationality"] = "IRANIENNE"
    add("d015", d, [F("recepisse.pdf", "image_pdf", [one(d)])])
    r = rng_for("d016")
    d = B.permit(
        P["pak"],
        dict(
            number="3PK91T660",
            kind="CARTE DE RESIDENT",
            mention="RESIDENT DE LONGUE DUREE - UE",
            expiry="2036-02-11",
            issue="2026-02-12",
            prefecture="PREFECTURE DE LA SEINE-SAINT-DENIS",
        ),
        r,
        bad=True,
    )
    add(
        "d016",
        d,
        [F("carte_resident.jpg", "scan", [[(d, 0, 0), (d, 1, 0)]])],
        defect="MRZ expiry check digit wrong",
    )
    # --- visas
    for name, key, v, look, fname, defect in [
        (
            "d017",
            "vnm",
            dict(
                number="093817264",
                valid_from="2026-09-01",
                valid_until="2027-08-31",
                visa_type="D",
                vls_ts=True,
                category="étudiant",
                issued_in="Hanoi",
                issue="2026-08-12",
            ),
            "phone_photo",
            "visa.jpg",
            None,
        ),
        (
            "d018",
            "rus",
            dict(
                number="018273645",
                valid_from="2026-07-01",
                valid_until="2026-09-28",
                visa_type="C",
                vls_ts=False,
                category=None,
                issued_in="Moscou",
                issue="2026-06-10",
                days=90,
                remarks="TOURISME",
            ),
            "scan",
            "schengen_visa.jpg",
            "short-stay type C visa, not a VLS-TS",
        ),
        (
            "d019",
            "usa",
            dict(
                number="047382916",
                valid_from="2026-06-01",
                valid_until="2027-05-31",
                visa_type="D",
                vls_ts=True,
                category="visiteur",
                issued_in="Washington",
                issue="2026-05-08",
            ),
            "image_pdf",
            "visa_long_sejour.pdf",
            None,
        ),
        (
            "d020",
            "lbn",
            dict(
                number="056172839",
                valid_from="2026-07-15",
                valid_until="2027-07-14",
                visa_type="D",
                vls_ts=False,
                category="passeport talent",
                issued_in="Beyrouth",
                issue="2026-06-30",
                remarks="PASSEPORT TALENT - CARTE A SOLLICITER DANS LES 2 MOIS",
            ),
            "phone_photo",
            "IMG_5523.jpg",
            None,
        ),
    ]:
        r = rng_for(name)
        pp = dict(P[key], passport=P[key].get("passport") or dict(number="LR5820193"))
        if key == "lbn":
            pp["passport"] = dict(number="LR5820193")
        d = B.visa(pp, v, r)
        add(name, d, [F(fname, look, [one(d)], crop=(look == "scan"))], defect=defect)
