"""Packet p03: born in Türkiye, employed, hosted (attestation + host's ID + host's bills)."""

from __future__ import annotations

import datetime as dt

import bp_cards as cards
import bp_civil as civil
import bp_civil2 as civil2
import bp_looks as looks
import bp_money as money
import bp_screens as screens
import bp_work as work
from bp_common import D, iban_check, iban_valid, make_siret, month_end, mrz_mrva, mrz_td1, mrz_td3
from bp_housing import handwritten_attestation
from bp_packet import REQS, Packet, form_pages, scanned_pages

TCKN = "27491836550"


def _tckn_ok(t: str) -> bool:
    d = [int(c) for c in t]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == d10 and d[10] == sum(d[:10]) % 10


def build_p03(out: str) -> dict:
    pk = Packet(out, "p03", 3303)
    as_of = "2026-11-20"
    dob = D("1994-09-02")
    sur, giv = "YILDIRIM", "EMRE CAN"
    person = dict(skin=(212, 168, 134), hair=(48, 34, 26), style="short", cloth=(60, 60, 66))
    host = dict(skin=(236, 204, 180), hair=(120, 86, 52), style="short", cloth=(30, 60, 110))
    assert _tckn_ok(TCKN)

    # ---- application form: the fillable PDF, AcroForm fields + pasted signature image
    v = dict(
        surname="Yildirim",
        given_names="Emre Can",
        sex="M",
        dob=dob,
        birth_city="Kadikoy (Istanbul)",
        birth_country="Turquie",
        nationality="turque",
        address="chez M. Marchand, 14 rue des Capucins",
        postcode="69001",
        city="Lyon",
        phone="07 49 12 83 50",
        email="emrecan.yildirim@outlook.com",
        situation="salarie",
        contract="CDI",
        job="Développeur",
        job_since="06/07/2026",
        place="Lyon",
        date_text="13/11/2026",
        signer="Emre Can Yildirim",
    )
    _, pdf = form_pages("A", v, "acroform", pk.rng("form"))
    pk.write("S1106_formulaire_rempli.pdf", pdf)
    pk.doc(
        "application_form",
        "text_pdf",
        [("S1106_formulaire_rempli.pdf", [1, 2])],
        {
            "surname": "YILDIRIM",
            "usage_name": None,
            "given_names": "Emre Can",
            "sex": "M",
            "date_of_birth": "1994-09-02",
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDI",
            "signed": True,
            "signed_on": "2026-11-13",
            "date_text": "13/11/2026",
            "place": "Lyon",
            "nir": None,
        },
        "print run A filled on screen: values live in AcroForm text fields (with appearance "
        "streams; date split into per-box comb fields), situation boxes are checkbox fields, a "
        "handwritten signature image is pasted in the signature box.",
    )

    # ---- passport data page + VLS-TS page, one scanner PDF of two pages
    rng = pk.rng("passport")
    exp = D("2035-03-03")
    mrz = mrz_td3("P", "TUR", sur, giv, "U28461937", "TUR", dob, "M", exp, TCKN)
    page = cards.passport_page(
        dict(
            country="TUR",
            number="U28461937",
            surname_line=sur,
            given_line=giv,
            nat_text="T.C.",
            pers_text=TCKN,
            dob_text="02 EYL/SEP 1994",
            sex_text="E / M",
            pob="KADIKÖY",
            issue_text="04 MAR/MAR 2025",
            exp_text="03 MAR/MAR 2035",
            authority="NÜFUS VE VAT. İŞL. GN. MD.",
            mrz=mrz,
            person=person,
        ),
        rng,
    )
    until = D("2027-06-19")
    sticker = cards.visa_sticker(
        dict(
            number="009284713",
            from_text="20-06-2026",
            until_text="19-06-2027",
            duration="365 JOURS",
            post="ISTANBUL",
            issued_text="05-06-2026",
            passport="U28461937",
            name_text="YILDIRIM, EMRE CAN",
            remarks=["VLS-TS SALARIE", "A VALIDER DES L'ARRIVEE"],
            mrz=mrz_mrva("FRA", sur, giv, "009284713", "TUR", dob, "M", until),
            person=person,
        ),
        rng,
    )
    sp1 = cards.passport_spread(page, rng, "")
    inner = cards.blank_page(page.width, page.height, "VİZELER / VISAS", "9")
    sp2 = cards.passport_spread(inner, rng, visa=looks.fit_width(sticker, 1420))
    sheets = []
    for sp in (sp1, sp2):
        sheet = looks.on_sheet(
            [(looks.fit_width(sp, int(131 / 25.4 * 200)), (40, 30))], rng, 200, (253, 253, 251)
        )
        sheets.append(looks.scan(sheet, rng, 0.8, grey=True))
    looks.image_pdf(sheets, pk.p("passeport_et_visa.pdf"), 200, 68)
    pk.doc(
        "passport",
        "image_pdf",
        [("passeport_et_visa.pdf", [1])],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "U28461937",
            "nationality": "TUR",
            "issuing_country": "TUR",
            "date_of_birth": "1994-09-02",
            "sex": "M",
            "expiry_date": "2035-03-03",
            "mrz_valid": True,
        },
        "Turkish passport (labels TR/EN/FR), personal number = T.C. Kimlik No in the MRZ; grey "
        "copier scan, page 1 of the PDF.",
    )
    pk.doc(
        "long_stay_visa",
        "image_pdf",
        [("passeport_et_visa.pdf", [2])],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "009284713",
            "nationality": "TUR",
            "issuing_country": "FRA",
            "date_of_birth": "1994-09-02",
            "sex": "M",
            "expiry_date": "2027-06-19",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-06-20",
            "valid_until": "2027-06-19",
        },
        "VLS-TS salarié sticker on an inner visa page (the spread shows two visa pages); page 2 "
        "of the same scanner PDF.",
    )

    # ---- birth certificate (Formül A) and its apostille: two separate scans
    rng = pk.rng("birth")
    doc = civil2.turkey_formul_a(
        dict(
            doc_no="B-2026-0518-77412",
            il="İSTANBUL",
            office="Kadıköy İlçe Nüfus Müdürlüğü",
            cilt="0412",
            aile="00187",
            sira="00214",
            tckn=TCKN,
            pob="KADIKÖY / İSTANBUL",
            dob="02.09.1994",
            surname="YILDIRIM",
            given="EMRE CAN",
            sex="E (M)",
            f_surname="YILDIRIM",
            f_given="MEHMET ALİ",
            m_surname="KAYA",
            m_given="ZEYNEP",
            issued="18.05.2026",
            registrar="AYŞE DEMİR",
        ),
        rng,
    )
    img = scanned_pages(doc.bytes(), 200, rng, max_skew=0.9)[0]
    looks.save_jpeg(img, pk.p("dogum_kayit_ornegi_formul_A.jpg"), 84, 200)
    pk.doc(
        "birth_certificate",
        "scan",
        [("dogum_kayit_ornegi_formul_A.jpg", [1])],
        {
            "surname": "YILDIRIM",
            "given_names": "EMRE CAN",
            "date_of_birth": "1994-09-02",
            "place_of_birth": "KADIKÖY / İSTANBUL",
            "issuing_country": "TUR",
            "language": "tr",
            "has_apostille": True,
        },
        "Multilingual extract of the birth register (Formül A, CIEC convention no. 16): Turkish "
        "with French/English/German/Italian labels. Its apostille is the separate file "
        "apostil.jpg.",
    )
    pdf = civil.apostille_page(
        dict(
            lang="tr",
            header=["T.C.", "KADIKÖY KAYMAKAMLIĞI"],
            country="TÜRKİYE CUMHURİYETİ",
            signed_by="AYŞE DEMİR",
            capacity="NÜFUS MÜDÜR V.",
            seal_of="KADIKÖY İLÇE NÜFUS MÜDÜRLÜĞÜ",
            at="KADIKÖY / İSTANBUL",
            date="20.05.2026",
            by="KADIKÖY KAYMAKAMLIĞI",
            number="2026/3817",
            stamp_outer="T.C. KADIKÖY KAYMAKAMLIĞI * YAZI İŞLERİ *",
            stamp_inner=["APOSTİL"],
            signer="Hakan Sahin",
        ),
        rng,
    )
    img = scanned_pages(pdf, 200, rng, max_skew=1.1, tone=(243, 240, 232))[0]
    looks.save_jpeg(img, pk.p("apostil.jpg"), 84, 200)
    pk.doc(
        "apostille",
        "scan",
        [("apostil.jpg", [1])],
        {
            "country": "TÜRKİYE CUMHURİYETİ",
            "issued_on": "2026-05-20",
            "number": "2026/3817",
            "signed_by": "AYŞE DEMİR",
        },
        "Trilingual (TR/EN/FR) Hague apostille for the Formül A; signed_by = item 2.",
    )

    # ---- attestation d'hébergement, handwritten by the host, photo sent over WhatsApp
    rng = pk.rng("attestation")
    att = handwritten_attestation(
        dict(
            title="Attestation d'hébergement",
            font="dancing",
            signer="Julien Marchand",
            paragraphs=[
                "Je soussigné Julien Marchand, né le 12/04/1988 à Villeurbanne (69), demeurant "
                "14 rue des Capucins, 69001 Lyon, atteste sur l'honneur héberger à mon domicile "
                "Monsieur Emre Can YILDIRIM, né le 02/09/1994 à Kadıköy (Turquie), depuis le "
                "1er juillet 2026.",
                "Je joins à la présente la copie de ma carte d'identité et mes trois dernières "
                "factures d'électricité.",
                "Fait pour servir et valoir ce que de droit.",
            ],
            place_date="Fait à Lyon, le 12/11/2026",
        ),
        150,
        rng,
    )
    photo = looks.phone_photo(att, rng, 0, 2560, 0.9, "grey", cast=(1.02, 1.0, 0.94), blur=0.6)
    looks.save_jpeg(photo, pk.p("WhatsApp Image 2026-11-12 at 20.14.33.jpeg"), 78)
    pk.doc(
        "hosting_attestation",
        "phone_photo",
        [("WhatsApp Image 2026-11-12 at 20.14.33.jpeg", [1])],
        {
            "host_name": "Julien Marchand",
            "hosted_name": "Emre Can YILDIRIM",
            "address": "14 rue des Capucins, 69001 Lyon",
            "since_date": "2026-07-01",
            "signed_on": "2026-11-12",
            "signed": True,
        },
        "Handwritten on Seyès paper, black ink, signed; phone photo recompressed by "
        "WhatsApp (HD, 2560 px long side).",
    )

    # ---- host's identity card: both sides photocopied on one sheet
    rng = pk.rng("cni")
    cexp = D("2032-05-17")
    cmrz = mrz_td1(
        "ID", "FRA", "D7K2MF8R1", D("1988-04-12"), "M", cexp, "FRA", "MARCHAND", "JULIEN PIERRE"
    )
    front, back = cards.cni(
        dict(
            person=host,
            surname="MARCHAND",
            given="JULIEN, PIERRE",
            sex="M",
            dob_text="12 04 1988",
            pob="VILLEURBANNE (69)",
            number="D7K2MF8R1",
            exp_text="17 05 2032",
            can="482913",
            address1="14 RUE DES CAPUCINS",
            address2="69001 LYON",
            issue_text="18 05 2022",
            authority="Préfecture du Rhône",
            mrz=cmrz,
        ),
        rng,
    )
    w = int(85.6 / 25.4 * 200)
    items = [
        (looks.fit_width(cards.rounded(front, 3.2), w), (25, 30)),
        (looks.fit_width(cards.rounded(back, 3.2), w), (25, 100)),
    ]
    sheet = looks.scan(looks.on_sheet(items, rng, 200), rng, 0.5, grey=True)
    looks.save_jpeg(sheet, pk.p("CNI_Julien_recto_verso.jpg"), 80, 200)
    pk.doc(
        "national_id",
        "scan",
        [("CNI_Julien_recto_verso.jpg", [1])],
        {
            "surname": "MARCHAND",
            "given_names": "JULIEN, PIERRE",
            "document_number": "D7K2MF8R1",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1988-04-12",
            "sex": "M",
            "expiry_date": "2032-05-17",
            "mrz_valid": True,
        },
        "The HOST's French identity card (2021 model, TD1 MRZ), front and back photocopied on "
        "one A4 sheet. Not the applicant's document.",
    )

    # ---- host's three successive electricity bills
    idx = 18342
    for m, kwh in ((8, 168), (9, 184), (10, 231)):
        start = dt.date(2026, m, 1)
        end = month_end(start)
        issue = dt.date(2026, m + 1, 4 + (m == 9))
        lines = [
            ("Abonnement Base 6 kVA", "1 mois", "12,60", 12.60),
            ("Consommation Base", f"{kwh} kWh", "0,1952", round(kwh * 0.1952, 2)),
            ("Accise sur l'électricité", f"{kwh} kWh", "0,0300", round(kwh * 0.03, 2)),
            ("Contribution tarifaire d'acheminement", "1 mois", "-", 2.95),
        ]
        total = round(sum(x[3] for x in lines) * 1.2, 2)
        fname = f"Facture_TotalEnergies_2026-{m:02d}.pdf"
        pk.write(
            fname,
            money.totalenergies_bill(
                dict(
                    holder_lines=["M JULIEN MARCHAND", "14 RUE DES CAPUCINS", "69001 LYON"],
                    issue=issue,
                    invoice_no=f"10{m:02d}4471{296 + m}",
                    client_no="1002 457 8961",
                    pdl="21457896321456",
                    offer="Offre Verte Fixe",
                    kva=6,
                    site="14 rue des Capucins, 2e étage gauche, 69001 Lyon",
                    start=start,
                    end=end,
                    total=total,
                    debit=issue + dt.timedelta(days=14),
                    index_start=idx,
                    index_end=idx + kwh,
                    lines=lines,
                )
            ),
        )
        idx += kwh
        pk.doc(
            "utility_bill",
            "text_pdf",
            [(fname, [1])],
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "JULIEN MARCHAND",
                "address": "14 RUE DES CAPUCINS 69001 LYON",
                "issue_date": issue.isoformat(),
                "period_start": start.isoformat(),
                "period_end": end.isoformat(),
                "amount": total,
                "month": f"2026-{m:02d}",
            },
            "HOST's monthly electricity bill (Linky actual readings).",
        )

    # ---- last payslip (text PDF from the payroll software)
    rng = pk.rng("payslip")
    siret = make_siret(rng, "90153428")
    pdf, n = work.payslip(
        dict(
            employer_lines=["NUMÉRIX CONSEIL SAS", "27 quai Perrache", "69002 Lyon"],
            siret=siret,
            naf="6201Z",
            urssaf="Rhône-Alpes",
            conv="Syntec - IDCC 1486",
            employee_lines=[
                "M. Emre Can YILDIRIM",
                "chez M. Julien MARCHAND",
                "14 rue des Capucins",
                "69001 Lyon",
            ],
            job="Développeur full-stack",
            status="Cadre",
            coef="position 2.1, coef. 115",
            entry=D("2026-07-06"),
            period_start=D("2026-10-01"),
            period_end=D("2026-10-31"),
            pay_date=D("2026-10-30"),
            gross=3250.00,
            hours=151.67,
            rate=3250.00 / 151.67,
            pas_rate=0.045,
            style="clean",
            creator="Silae",
        )
    )
    pk.write("Bulletin_de_paie_2026_10.pdf", pdf)
    pk.doc(
        "payslip",
        "text_pdf",
        [("Bulletin_de_paie_2026_10.pdf", [1])],
        {
            "employer": "NUMÉRIX CONSEIL SAS",
            "employee_name": "Emre Can YILDIRIM",
            "period": "2026-10",
            "net_pay": n["net_paid"],
            "siret": siret,
        },
        "Bulletin de paie clarifié, October 2026; net_pay is 'NET PAYÉ EN EUROS'.",
    )

    # ---- RIB: N26 app screenshot (German IBAN)
    bban = "10011001" + "2623847591"
    iban = "DE" + iban_check("DE", bban) + bban
    assert iban_valid(iban)
    shot = screens.n26_screen(
        dict(
            holder="Emre Can Yildirim",
            iban=iban,
            bic="NTSBDEB1XXX",
            account_label="Compte principal",
            time="21:42",
        )
    )
    looks.save_png(shot, pk.p("Screenshot_20261114-214233.png"))
    pk.doc(
        "rib",
        "screenshot",
        [("Screenshot_20261114-214233.png", [1])],
        {
            "holder_name": "Emre Can Yildirim",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank SE",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "N26 'Coordonnées bancaires' screen with a German (DE) IBAN: a non-French SEPA IBAN, "
        "acceptable under Regulation (EU) 260/2012 (information only). No French RIB key.",
    )

    return pk.finish(
        as_of,
        True,
        {r: "complete" for r in REQS},
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": "1994-09-02"},
    )
