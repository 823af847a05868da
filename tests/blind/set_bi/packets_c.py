"""p04 (Colombia, not employed): the one defect, the form is unsigned."""

import civil
import form
import frdocs
import looks
import screens
from build import Packet, booklet, on_a4, pdf_pages
from common import fr_date, fr_iban
from ids import visa_sticker
from kit import (
    LABELS_ES,
    form_fields,
    make_passport,
    visa_fields,
    visa_prints,
)


def p04(out):
    app = {
        "surname": "GOMEZ RESTREPO",
        "given_names": "JUAN SEBASTIAN",
        "date_of_birth": "1997-08-21",
    }
    pk = Packet(out, "p04", "2026-11-19", False, app)
    pdf, f, _ = make_passport(
        pk.rng("pass"),
        country="COL",
        number="AW482915",
        surname="GOMEZ RESTREPO",
        given="JUAN SEBASTIAN",
        dob="1997-08-21",
        sex="M",
        issue="2023-01-10",
        expiry="2033-01-09",
        state="REPÚBLICA DE COLOMBIA",
        title="PASAPORTE / PASSPORT",
        nat_print="COLOMBIANA",
        pob="MEDELLIN",
        authority="CANCILLERIA",
        labels=LABELS_ES,
        langs=("es",),
        tint=(0.86, 0.88, 0.78),
        tone=(0.7, 0.52, 0.4),
    )
    pk.jpg(
        "pasaporte.jpg",
        looks.scan(on_a4([booklet(pdf, (0.3, 0.1, 0.1), dpi=200)]), pk.rng("pass-scan")),
        83,
    )
    pk.add([("pasaporte.jpg", [1])], "passport", "scan", f, "Colombian passport, flatbed scan.")
    v = visa_prints(
        dict(
            number="103381746",
            surname="GOMEZ RESTREPO",
            given="JUAN SEBASTIAN",
            nat="COL",
            dob="1997-08-21",
            sex="M",
            **{"from": "2026-05-20"},
            until="2027-05-19",
            issue="2026-04-28",
            days="365",
            place="BOGOTA",
            passport_no="AW482915",
            category="VISITEUR",
            remarks=[
                "VLS-TS VISITEUR",
                "CESEDA R.431-16 2°",
                "INTERDICTION D'EXERCER UNE ACTIVITE PRO",
            ],
        )
    )
    vpdf, _ = visa_sticker(v, pk.rng("visa"))
    pk.jpg(
        "WhatsApp Image 2026-11-14 at 10.12.33.jpeg",
        looks.phone_photo(booklet(vpdf, (0.3, 0.1, 0.1)), pk.rng("visa-photo"), 3000),
        72,
    )
    pk.add(
        [("WhatsApp Image 2026-11-14 at 10.12.33.jpeg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(v),
        "VLS-TS visiteur.",
    )
    b = dict(
        serial="58204417",
        office_code="0 5 0 0 1 0 0 2",
        ap1="GÓMEZ",
        ap2="RESTREPO",
        given="JUAN SEBASTIÁN",
        dob_print="1997   AGO   21",
        sex_word="MASCULINO",
        nuip="1.036.482.915",
        place_full="COLOMBIA - ANTIOQUIA - MEDELLÍN",
        mother="RESTREPO ÁLVAREZ LUZ MARINA",
        mother_cc="43.512.884",
        father="GÓMEZ ARANGO CARLOS ANDRÉS",
        father_cc="71.604.219",
        reg_date="1997-09-03",
        registrar="Notaría 15 de Medellín",
        issued_print="2 de febrero de 2026",
    )
    a = dict(
        header=["REPÚBLICA DE COLOMBIA", "Ministerio de Relaciones Exteriores"],
        labels=[
            "País:",
            "El presente documento público",
            "ha sido firmado por:",
            "quien actúa en calidad de:",
            "y está revestido del sello/timbre de:",
            "Certificado",
            "en:",
            "el día:",
            "por:",
            "bajo el número:",
            "Sello/timbre:",
            "Firma:",
        ],
        country="COLOMBIA",
        signed_by="BEATRIZ ELENA OSORIO MEJÍA",
        capacity="Notario (E)",
        seal_of="Notaría 15 de Medellín",
        at="Bogotá D.C.",
        on_print="05/02/2026",
        by="Ministerio de Relaciones Exteriores",
        number="A7K2Q91XB4",
        seal_ring="MINISTERIO DE RELACIONES EXTERIORES * COLOMBIA *",
        seal_center=["APOSTILLA"],
        signer_print="Coordinador Grupo Apostilla y Legalizaciones",
        footer=[
            "Apostilla electrónica. Código de verificación: 6619304827. Verifique en "
            "https://tramites.cancilleria.gov.co/apostillalegalizacion",
            "La apostilla no certifica el contenido del documento.",
        ],
        seal_color=(0.5, 0.1, 0.1),
    )
    rb = pk.rng("birth")
    pk.scanned_pdf(
        "registro_civil_apostillado.pdf",
        pdf_pages(lambda c: civil.colombia_birth(c, b, rb), lambda c: civil.apostille(c, a, rb)),
        "birth-scan",
    )
    pk.add(
        [("registro_civil_apostillado.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "GÓMEZ RESTREPO",
            "given_names": "JUAN SEBASTIÁN",
            "date_of_birth": "1997-08-21",
            "place_of_birth": "Medellín",
            "issuing_country": "COL",
            "language": "es",
            "has_apostille": True,
        },
        "Registro civil de nacimiento (copy issued by the notary's office), Spanish.",
    )
    pk.add(
        [("registro_civil_apostillado.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Colombia",
            "issued_on": "2026-02-05",
            "number": "A7K2Q91XB4",
            "signed_by": "BEATRIZ ELENA OSORIO MEJÍA",
        },
        "Colombian electronic apostille printed (Cancillería); Hague model, 10 items.",
    )
    t = dict(
        translator="Mme Isabel FERNÁNDEZ-MARTIN",
        translator_lines=[
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "12 rue de Charonne, 75011 Paris - isabel.fm@traduction.fr",
        ],
        no="2026-0417",
        date_print="18/02/2026",
        rows=[
            ("Document :", "Registre civil de naissance n° 58204417"),
            ("Premier nom de famille :", "GÓMEZ"),
            ("Second nom de famille :", "RESTREPO"),
            ("Prénom(s) :", "JUAN SEBASTIÁN"),
            ("Date de naissance :", "21 août 1997"),
            ("Sexe :", "Masculin"),
            ("Lieu de naissance :", "Colombie - Antioquia - Medellín"),
            ("Mère :", "RESTREPO ÁLVAREZ Luz Marina"),
            ("Père :", "GÓMEZ ARANGO Carlos Andrés"),
            ("Apostille :", "n° A7K2Q91XB4 du 05/02/2026, Bogotá"),
        ],
        closing="Je soussignée, traductrice assermentée, certifie que la présente "
        "traduction, composée d'une page, est conforme à l'original en langue espagnole "
        "qui m'a été présenté, revêtu de son apostille.",
    )
    pk.scanned_pdf(
        "traduction_acte_naissance.pdf",
        pdf_pages(lambda c: civil.translation(c, t, pk.rng("trad"))),
        "trad-scan",
    )
    pk.add(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {},
        "Sworn French translation of the birth certificate and its apostille.",
    )
    # three Free bills in the applicant's name: two PDFs, one app screenshot
    for month, end, issue, amt in (
        ("08", "31", "2026-09-01", "29,99"),
        ("09", "30", "2026-10-01", "29,99"),
        ("10", "31", "2026-11-01", "29,99"),
    ):
        fields = {
            "provider": "Free",
            "service": "internet",
            "holder_name": "JUAN SEBASTIAN GOMEZ RESTREPO",
            "address": "41 rue de la Roquette, 75011 Paris",
            "issue_date": issue,
            "period_start": "2026-%s-01" % month,
            "period_end": "2026-%s-%s" % (month, end),
            "amount": amt,
        }
        if month != "10":
            bb = dict(
                provider="Free",
                logo="free",
                color=(0.8, 0.0, 0.1),
                issue=issue,
                invoice_no="FB%s2604781%s" % (month, month),
                client_no="FBX 9038172",
                start=fields["period_start"],
                end=fields["period_end"],
                offer="Freebox Pop",
                addr_lines=[
                    "M. JUAN SEBASTIAN GOMEZ RESTREPO",
                    "41 RUE DE LA ROQUETTE",
                    "75011 PARIS",
                ],
                amount_print=amt,
                debit=issue[:8] + "05",
                iban_masked="FR76 **** **** 43",
                lines=[("Forfait Freebox Pop", "29,99 €")],
                legal=[
                    "Free - SAS au capital de 3 441 812 € - 421 938 861 RCS Paris - "
                    "16 rue de la Ville l'Évêque 75008 Paris"
                ],
            )
            fname, look = "Facture_Free_%s-2026.pdf" % month, "text_pdf"
            pk.pdf(fname, pdf_pages(lambda c, bb=bb: frdocs.bill(c, bb)))
        else:
            sb = dict(
                time="10:08",
                month_label="d'octobre 2026",
                line="01 84 17 32 96",
                holder="M. GOMEZ RESTREPO Juan Sebastian",
                addr1="41 rue de la Roquette",
                addr2="75011 Paris",
                client_no="FBX 9038172",
                invoice_no="FB1026047811",
                issue_print=fr_date(issue),
                period_print="01/10/2026 - 31/10/2026",
                amount_print=amt,
                paid_print="05/11/2026",
            )
            fname, look = "Screenshot_2026-11-14-10-09-52.png", "screenshot"
            pk.png(fname, looks.render(screens.free_bill(sb), 216)[0])
            fields["holder_name"] = "GOMEZ RESTREPO Juan Sebastian"
        pk.add([(fname, [1])], "utility_bill", look, fields, "Freebox bill, month 2026-%s." % month)
    ib, key = fr_iban("30004", "00820", "00010482715")
    r = dict(
        bank_name="BNP PARIBAS",
        color=(0.0, 0.52, 0.33),
        title="RIB - IBAN",
        holder_lines=["M GOMEZ RESTREPO JUAN SEBASTIAN", "41 RUE DE LA ROQUETTE", "75011 PARIS"],
        branch_lines=["BNP PARIBAS PARIS BASTILLE", "2 PLACE DE LA BASTILLE", "75011 PARIS"],
        bank="30004",
        branch="00820",
        account="00010482715",
        key=key,
        iban=ib,
        bic="BNPAFRPPXXX",
        legal="BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris - "
        "16 boulevard des Italiens 75009 Paris",
    )
    pk.pdf("RIB_BNP.pdf", pdf_pages(lambda c: frdocs.rib(c, r)))
    pk.add(
        [("RIB_BNP.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "GOMEZ RESTREPO JUAN SEBASTIAN",
            "iban": ib,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # THE DEFECT: typed, printed, dated, but never signed; photographed
    ff = dict(
        run="A",
        fill="typed",
        type_font="Carlito",
        surname="GÓMEZ RESTREPO",
        given="JUAN SEBASTIÁN",
        sex="M",
        dob="1997-08-21",
        pob_commune="Medellín",
        pob_country="Colombie",
        nationality="colombienne",
        address="41 rue de la Roquette",
        cp="75011",
        city="Paris",
        phone="07 53 88 41 27",
        email="jsgomezr97@gmail.com",
        situation="sans_activite",
        place="Paris",
        date_text="13/11/2026",
        signed=False,
    )
    rf = pk.rng("form")
    pages = looks.render(
        pdf_pages(lambda c: form.page1(c, ff, rf), lambda c: form.page2(c, ff, rf)), 220
    )
    pk.jpg("IMG_0231.jpg", looks.phone_photo(pages[0], pk.rng("f1"), 3264))
    pk.jpg("IMG_0232.jpg", looks.phone_photo(pages[1], pk.rng("f2"), 3264, rotate=180))
    pk.add(
        [("IMG_0231.jpg", [1]), ("IMG_0232.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(
            "GÓMEZ RESTREPO", "JUAN SEBASTIÁN", "1997-08-21", "not_employed", False, "2026-11-13"
        ),
        "Typed, printed and photographed; dated 13/11/2026 but the signature box is empty.",
    )
    pk.requirements["application_form"] = "invalid"
    pk.defect = "application form not signed (signature box empty)"
    pk.write()
