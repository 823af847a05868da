"""Packet p02: Dominican Republic applicant (three bills route, not employed)."""

import random

from docs_civil import apostille, dr_acta, translation
from docs_form import form
from docs_fr import bill, n26_screenshot
from docs_id import passport_page, visa_page
from looks import Packet
from pk_common import ALL_COMPLETE, passport_fields, ymd6
from util import (
    iban_valid,
    make_iban,
    mrz_mrva,
    mrz_td3,
)


def p02(out):
    rng = random.Random("set_cl-p02")
    sn, gn, dob = "ROSARIO DE LA CRUZ", "YOKASTA MARIA", "1990-08-05"
    req = dict(ALL_COMPLETE, employment="not_applicable")
    truth = dict(
        as_of="2026-11-24",
        employed=False,
        status="complete",
        requirements=req,
        defect=None,
        applicant=dict(surname=sn, given_names=gn, date_of_birth=dob),
    )
    pk = Packet(out, "p02", rng, truth)
    addr = ["7 allée des Tilleuls, bât. B", "93100 Montreuil"]
    num, exp = "RD4416082", "2031-02-13"
    mrz = mrz_td3("P", "DOM", sn, gn, num, "DOM", ymd6(dob), "F", ymd6(exp))
    pp = passport_page(
        dict(
            paper=(0.92, 0.93, 0.97),
            guil=[(0.75, 0.78, 0.92), (0.92, 0.78, 0.8)],
            ink=(0.1, 0.15, 0.45),
            header=["REPÚBLICA DOMINICANA", "PASAPORTE / PASSPORT / PASSEPORT"],
            face=dict(skin=(0.62, 0.45, 0.34)),
            rows=[
                (
                    ("Tipo / Type", "Código / Code", "Pasaporte No. / Passport No."),
                    [(0, "P"), (12, "DOM"), (30, num)],
                ),
                (("Apellidos", "Surname"), sn),
                (("Nombres", "Given names"), gn),
                (("Nacionalidad", "Nationality"), "DOMINICANA"),
                (("Fecha de nacimiento", "Date of birth"), "05 AGO/AUG 1990"),
                (
                    ("Sexo / Sex", "Lugar de nacimiento / Place of birth"),
                    [(0, "F"), (12, "SANTO DOMINGO, D.N.")],
                ),
                (
                    (
                        "Fecha de expedición / Date of issue",
                        "Fecha de vencimiento / Date of expiry",
                    ),
                    [(0, "14 FEB 2021"), (40, "13 FEB 2031")],
                ),
            ],
            mrz=mrz,
        ),
        rng,
    )
    pk.scan("passeport_scan.jpg", pp, dpi=300)
    pk.doc(
        [dict(path="passeport_scan.jpg", pages=[1])],
        "passport",
        "scan",
        passport_fields(sn, gn, num, "DOM", dob, "F", exp),
    )

    vnum, vfrom, vto = "021948377", "2026-05-20", "2027-05-19"
    vmrz = mrz_mrva("FRA", sn, gn, vnum, "DOM", ymd6(dob), "F", ymd6(vto))
    vp = visa_page(
        dict(
            valid_from=vfrom,
            valid_until=vto,
            duration="365",
            issued_in="ST DOMINGUE",
            issued_on="2026-05-06",
            passport_no=num,
            surname=sn,
            given=gn,
            remarks=[
                "VLS-TS VISITEUR",
                "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
                "CESEDA R.431-16 12",
            ],
            sticker_no=vnum,
            mrz=vmrz,
            face=dict(skin=(0.62, 0.45, 0.34)),
        ),
        rng,
    )
    pk.photo("visa_vlsts.jpg", vp, dpi=300, fill=0.66, rotate=90)
    pk.doc(
        [dict(path="visa_vlsts.jpg", pages=[1])],
        "long_stay_visa",
        "phone_photo",
        dict(
            passport_fields(sn, gn, vnum, "DOM", dob, "F", vto),
            issuing_country="FRA",
            visa_type="D",
            vls_ts=True,
            category="VISITEUR",
            valid_from=vfrom,
            valid_until=vto,
        ),
        "visa sticker photographed, image rotated 90°",
    )

    # birth certificate + apostille + sworn translation, one scanner PDF of 3 pages
    acta = dr_acta(
        dict(
            oficialia="Oficialía del Estado Civil de la Primera Circunscripción "
            "del Distrito Nacional",
            libro="00412",
            folio="0188",
            acta="094288",
            year="1990",
            serie="O",
            city="Santo Domingo de Guzmán",
            decl_words="diez (10) días del mes de agosto del año mil novecientos noventa (1990)",
            officer="Licda. Miguelina Altagracia Féliz",
            circ="Primera Circunscripción del D.N.",
            circ_short="1RA. CIRC. D.N.",
            declarant="el señor Ramón Antonio Rosario Peña",
            cedula="001-0456612-3",
            dob_words="cinco (05) del mes de agosto del año mil novecientos noventa (1990)",
            time="3:20 p.m.",
            place="la Maternidad Nuestra Señora de la Altagracia",
            given="YOKASTA MARÍA ROSARIO DE LA CRUZ",
            father="RAMÓN ANTONIO ROSARIO PEÑA",
            mother="ALTAGRACIA DE LA CRUZ MEDINA",
            witnesses="Juan B. Peña y Nelsy Mercedes Ortiz",
            issued_words="diez (10) de marzo del año dos mil veintiséis (2026)",
            code="JCE-7Q4M-2291",
        ),
        rng,
    )
    apo = apostille(
        dict(
            conv="(Convention de La Haye du 5 octobre 1961 / Convención de La Haya del 5 de "
            "octubre de 1961)",
            certified="Certificado / Certified / Attesté",
            items=[
                ("País / Country / Pays :", "REPÚBLICA DOMINICANA"),
                (
                    "El presente documento público ha sido firmado por :",
                    "Licda. Miguelina Altagracia Féliz",
                ),
                ("quien actúa en calidad de :", "Oficial del Estado Civil"),
                (
                    "y está revestido del sello / timbre de :",
                    "Oficialía del Estado Civil, 1ra. Circ. del D.N.",
                ),
                ("en / at / à :", "Santo Domingo, D.N."),
                ("el día / the / le :", "16/03/2026"),
                ("por / by / par :", "Ministerio de Relaciones Exteriores (MIREX)"),
                ("bajo el número / No / sous n° :", "AP-2026-0318774"),
                ("Sello / timbre :", "(sello MIREX)"),
                ("Firma / Signature :", "Carlos Manuel Tejada Pimentel"),
            ],
            stamp=["MINISTERIO DE RELACIONES EXTERIORES", "REPÚBLICA DOMINICANA"],
            stamp_center=["MIREX", "LEGALIZACIÓN"],
            matrix="Verificación: https://legalizacion.mirex.gob.do/verificar — AP-2026-0318774",
        ),
        rng,
    )
    trad = translation(
        dict(
            translator="Isabel MORENO-GARCÍA",
            translator_lines=[
                "Traductrice-interprète expert près la Cour d'appel de Paris",
                "Espagnol - Français",
                "58 rue de la Roquette, 75011 Paris",
            ],
            number="2026/0412",
            **{"from": "espagnol"},
            doc="Acta inextensa de nacimiento — Junta Central Electoral",
            title="ACTE DE NAISSANCE (COPIE INTÉGRALE)",
            subtitle=[
                "République dominicaine — Junta Central Electoral",
                "Officier de l'état civil de la 1re circonscription du District national",
            ],
            rows=[
                (
                    "Registre / Folio / Acte :",
                    "Livre 00412, folio 0188, acte n° 094288, année 1990",
                ),
                ("Nom :", "ROSARIO DE LA CRUZ"),
                ("Prénoms :", "YOKASTA MARÍA"),
                ("Sexe :", "féminin"),
                ("Date de naissance :", "5 août 1990, à 15 h 20"),
                (
                    "Lieu de naissance :",
                    "Maternité Nuestra Señora de la Altagracia, Saint-Domingue",
                ),
                ("Père :", "Ramón Antonio ROSARIO PEÑA, dominicain"),
                ("Mère :", "Altagracia DE LA CRUZ MEDINA, dominicaine"),
                ("Mentions :", "néant"),
                ("Délivré le :", "10 mars 2026, à Saint-Domingue"),
            ],
            extra=[
                "Le document original est revêtu de l'apostille n° AP-2026-0318774 du 16 mars "
                "2026 délivrée par le ministère des Relations extérieures (MIREX)."
            ],
            court="Paris",
            lang_adj="espagnole",
            city="Paris",
            date="2026-04-02",
            lang_code="ES",
        ),
        rng,
    )
    pk.image_pdf("acta_nacimiento_apostilla_traduccion.pdf", [acta, apo, trad])
    f = "acta_nacimiento_apostilla_traduccion.pdf"
    pk.doc(
        [dict(path=f, pages=[1])],
        "birth_certificate",
        "image_pdf",
        dict(
            surname=sn,
            given_names="YOKASTA MARÍA",
            date_of_birth=dob,
            place_of_birth="Santo Domingo de Guzmán, Distrito Nacional",
            issuing_country="DOM",
            language="es",
            has_apostille=True,
        ),
        "acta inextensa, Junta Central Electoral, issued 2026-03-10",
    )
    pk.doc(
        [dict(path=f, pages=[2])],
        "apostille",
        "image_pdf",
        dict(
            country="DOM",
            issued_on="2026-03-16",
            number="AP-2026-0318774",
            signed_by="Carlos Manuel Tejada Pimentel",
        ),
        "MIREX apostille for page 1",
    )
    pk.doc(
        [dict(path=f, pages=[3])],
        "translation",
        "image_pdf",
        dict(source_language="es", translator="Isabel MORENO-GARCÍA", signed_on="2026-04-02"),
        "sworn translation of the acta",
    )

    # three successive bills, different suppliers
    bills = [
        (
            "EDF",
            "facture_EDF_aout2026.pdf",
            "electricity",
            "MME ROSARIO DE LA CRUZ YOKASTA",
            "2026-09-03",
            "2026-08-01",
            "2026-08-31",
            58.74,
            "text_pdf",
            [
                ("Abonnement Tarif Bleu 6 kVA (31 jours)", 15.65),
                ("Consommation 214 kWh", 36.18),
                ("Taxes et contributions (accise, CTA)", 6.91),
            ],
        ),
        (
            "SFR",
            "scan_facture_sfr.jpg",
            "internet",
            "Mme Yokasta Rosario De La Cruz",
            "2026-10-01",
            "2026-09-01",
            "2026-09-30",
            35.99,
            "scan",
            [("Offre SFR Fibre Power", 32.99), ("Option TV", 3.00)],
        ),
        (
            "SOSH",
            "Facture_Sosh_octobre.pdf",
            "mobile",
            "Mme Yokasta Maria Rosario De La Cruz",
            "2026-11-02",
            "2026-10-01",
            "2026-10-31",
            15.99,
            "text_pdf",
            [("Forfait Sosh 100 Go", 15.99), ("Hors forfait", 0.0)],
        ),
    ]
    for brand, fname, svc, holder, issue, start, end, amount, look, lines in bills:
        b = bill(
            dict(
                brand=brand,
                holder_print=holder,
                address=addr,
                client_no=str(rng.randint(10**9, 10**10 - 1)),
                invoice_no=f"{brand[:2]}{rng.randint(10**8, 10**9 - 1)}",
                issue=issue,
                start=start,
                end=end,
                lines=lines,
                amount=amount,
                due=issue[:8] + "15",
                pdl=str(rng.randint(10**13, 10**14 - 1)),
            ),
            rng,
        )
        if look == "scan":
            pk.scan(fname, b, dpi=200)
        else:
            pk.text_pdf(fname, b)
        pk.doc(
            [dict(path=fname, pages=[1])],
            "utility_bill",
            look,
            dict(
                provider={"SOSH": "Sosh", "SFR": "SFR"}.get(brand, brand),
                service=svc,
                holder_name=holder,
                address=", ".join(addr),
                issue_date=issue,
                period_start=start,
                period_end=end,
                amount=amount,
                month=start[:7],
            ),
        )

    # N26 screenshot (DE IBAN: foreign SEPA, info only)
    iban = make_iban("DE", "10011001" + "2637418590")
    assert iban_valid(iban)
    holder = "Yokasta Maria Rosario De La Cruz"
    pk.png(
        "Screenshot_20261115-101522.png",
        n26_screenshot(dict(holder_print=holder, iban=iban, bic="NTSBDEB1XXX"), rng),
    )
    pk.doc(
        [dict(path="Screenshot_20261115-101522.png", pages=[1])],
        "rib",
        "screenshot",
        dict(
            holder_name=holder,
            iban=iban,
            bic="NTSBDEB1XXX",
            bank_name="N26",
            iban_valid=True,
            rib_key_valid=None,
        ),
        "German IBAN, SEPA: acceptable (info)",
    )

    # form typed, printed, signed and dated by hand, two phone photos (page 2 sorts first)
    fd = dict(
        surname=sn,
        usage="",
        given="Yokasta María",
        sex="F",
        dob_form=dob,
        pob_city="Santo Domingo",
        pob_country="République dominicaine",
        nationality="dominicaine",
        address="7 allée des Tilleuls, bât. B",
        cp="93100",
        city="Montreuil",
        phone="06 41 87 20 13",
        email="yokasta.rosario90@hotmail.com",
        situation="sans_activite",
        place="Montreuil",
        date_text="18/11/2026",
        date_by_hand=True,
        signed=True,
    )
    fp = form(fd, rng, run="B", fill="typed", hand_font="Hand2")
    pk.photo("IMG_4472.jpg", fp, dpi=130, page=0, fill=0.84)
    pk.photo("IMG_4471.jpg", fp, dpi=130, page=1, fill=0.84, rotate=180)
    pk.doc(
        [dict(path="IMG_4472.jpg", pages=[1]), dict(path="IMG_4471.jpg", pages=[1])],
        "application_form",
        "phone_photo",
        dict(
            surname=sn,
            given_names="Yokasta María",
            date_of_birth=dob,
            employment_status="not_employed",
            signed=True,
            signed_on="2026-11-18",
            nir=None,
        ),
        "typed form printed, dated and signed by hand; page 2 photo sorts first and is upside down",
    )
    pk.finish()
