"""Packet p04: Russia, employed (payslip), VLS-TS, three electricity bills, Crédit Agricole
RIB. One defect: the Russian birth certificate has no apostille."""

from __future__ import annotations

import bw_civil
import bw_form
import bw_money
from bw_build import (
    Packet,
    as_photo,
    as_scan,
    bill_fields,
    form_fields,
    glass,
    pages,
    pdf,
    visa_booklet,
)
from bw_core import d, fr, fr_iban, month_end, siret_make
from bw_ids import booklet, passport_page, visa_sticker


def p04() -> Packet:
    dob = d("1988-03-29")
    P = Packet(
        "p04",
        "2026-11-20",
        True,
        {"surname": "SMIRNOV", "given_names": "ALEKSEI", "date_of_birth": dob.isoformat()},
    )
    face = {"skin": (228, 196, 172), "hair": (150, 120, 80), "cloth": (40, 45, 55)}
    P.requirements["birth_certificate"] = "invalid"
    P.defect = (
        "birth certificate issued in Russia (a Hague Apostille Convention party) carries no "
        "apostille and no apostille is in the packet"
    )
    # --- fillable PDF printed with its values, dated and signed by hand, scanned as 2 JPEGs
    v = dict(
        surname="SMIRNOV",
        usage="",
        given="ALEKSEI",
        sex="M",
        dob=dob,
        pob_commune="Gorki",
        pob_pays="Russie",
        nationality="Russe",
        address="63 rue de la Roquette",
        cp="75011",
        commune="Paris",
        phone="06 12 80 44 71",
        email="a.smirnov.dev@proton.me",
        situation="salarie",
        contract="CDI",
        profession="Développeur logiciel",
        place="Paris",
        date_text="12/11/2026",
        sig_name="Smirnov",
    )
    r = P.rng("form")

    def draw_form(c):
        pos = bw_form.page1(c, "B", r)
        bw_form.acro1(c, pos, v)
        c.showPage()
        pos = bw_form.page2(c, "B", r, "above")
        vv = dict(v, date_text="")
        bw_form.acro2(c, pos, vv)
        bw_form.fill2(
            c,
            {"place": (1e4, 1e4), "date": pos["date"], "sig": pos["sig"]},
            dict(v, place=""),
            "hand",
            r,
        )

    p1, p2 = pages(bw_form.comb_appearances(pdf(draw_form)), 200)
    P.put("scan_0007.jpg", as_scan(p1, r, grey=True))
    P.put("scan_0008.jpg", as_scan(p2, r, grey=True))
    P.doc(
        [("scan_0007.jpg", [1]), ("scan_0008.jpg", [1])],
        "application_form",
        "scan",
        form_fields(v, "employed", "2026-11-12"),
        "cerfa 15763*02 print run B: fillable PDF printed with its typed values (place typed), "
        "date written by hand after 'le', signed by hand, scanned in greyscale",
    )
    # --- passport scan
    r = P.rng("passport")
    pp = dict(
        country="RUS",
        surname="SMIRNOV",
        given="ALEKSEI",
        surname_local="СМИРНОВ",
        given_local="АЛЕКСЕЙ",
        number="754829163",
        printed_number="75 4829163",
        nat_text="РОССИЙСКАЯ ФЕДЕРАЦИЯ/RUSSIAN FEDERATION",
        dob=dob,
        sex="M",
        sex_text="М/M",
        pob="ГОРЬКОВСКАЯ ОБЛ. / USSR",
        doi=d("2022-07-14"),
        doe=d("2032-07-14"),
        auth="МВД 52001",
        face=face,
    )
    page, mrz = passport_page(pp, r)
    P.put(
        "passeport_smirnov.jpg",
        as_scan(glass([(booklet(page, None, r), 40, 30)], r, 300), r, lid=True),
    )
    P.doc(
        [("passeport_smirnov.jpg", [1])],
        "passport",
        "scan",
        {
            "surname": "SMIRNOV",
            "given_names": "ALEKSEI",
            "document_number": "754829163",
            "nationality": "RUS",
            "issuing_country": "RUS",
            "date_of_birth": dob.isoformat(),
            "sex": "M",
            "expiry_date": "2032-07-14",
            "mrz_valid": True,
        },
        "number printed '75 4829163' (series + number), MRZ number 754829163; Cyrillic/Latin "
        "bilingual fields; MRZ " + " / ".join(mrz),
    )
    # --- VLS-TS salarié, phone photo rotated 90
    r = P.rng("visa")
    vs = dict(
        number="008841736",
        valid_from=d("2026-03-01"),
        valid_until=d("2027-02-28"),
        days=365,
        issued_in="MOSCOU",
        issued_on=d("2026-02-16"),
        passport_no="754829163",
        surname="SMIRNOV",
        given="ALEKSEI",
        remarks=["VLS-TS SALARIE", "CESEDA R.431-16 1°"],
        nat="RUS",
        dob=dob,
        sex="M",
        face=face,
    )
    sticker, mrz_v = visa_sticker(vs, r)
    P.put("IMG_3318.jpg", as_photo(visa_booklet(sticker, r, 9), r, rot=90, fill=0.75))
    P.doc(
        [("IMG_3318.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        {
            "surname": "SMIRNOV",
            "given_names": "ALEKSEI",
            "document_number": "008841736",
            "nationality": "RUS",
            "issuing_country": "FRA",
            "date_of_birth": dob.isoformat(),
            "sex": "M",
            "expiry_date": "2027-02-28",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-03-01",
            "valid_until": "2027-02-28",
        },
        "visa page photographed, rotated 90 degrees; MRV-B MRZ " + " / ".join(mrz_v),
    )
    # --- Russian birth certificate (no apostille) + sworn translation
    r = P.rng("birth")
    rb = dict(
        surname_ru="Смирнов",
        given_ru="Алексей Дмитриевич",
        dob=dob,
        dob_words="двадцать девятого марта тысяча девятьсот восемьдесят восьмого года",
        pob_ru="г. Горький Горьковской области РСФСР",
        record_line="о чем 1988 года апреля месяца 05 числа",
        record_no="1174",
        father_ru="Смирнов Дмитрий Викторович",
        mother_ru="Смирнова Елена Сергеевна",
        reg_place="Канавинский районный отдел ЗАГС г. Горького",
        issue_place="Отдел ЗАГС Канавинского района г. Нижнего Новгорода",
        issued=d("2025-10-14"),
        head="Е.В. Полякова",
        series="II-ТН",
        number="512347",
        stamp_ring="ОТДЕЛ ЗАГС КАНАВИНСКОГО РАЙОНА * НИЖНИЙ НОВГОРОД *",
    )
    img = pages(pdf(bw_civil.russia_birth, rb, r), 230)[0]
    k = 230 / 25.4
    img = img.crop((int(22 * k), int(22 * k), int(188 * k), int(265 * k)))
    P.put("svidetelstvo_o_rozhdenii.jpg", as_photo(img, r, fill=0.9, table="wood", warm=True))
    P.doc(
        [("svidetelstvo_o_rozhdenii.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "Смирнов",
            "given_names": "Алексей Дмитриевич",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "г. Горький Горьковской области РСФСР",
            "issuing_country": "RUS",
            "language": "ru",
            "has_apostille": False,
        },
        "repeat issue (повторное) of the birth certificate, series II-ТН; Gorky is the Soviet name "
        "of Nizhny Novgorod. THE DEFECT: Russia is a party to the Hague Apostille Convention and "
        "neither the certificate nor anything in the packet carries an apostille",
    )
    t = dict(
        translator="Olga LEFEBVRE",
        title="traductrice-interprète expert près la Cour d'appel de Paris",
        translator_head=[
            "Olga LEFEBVRE",
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "Langue russe",
            "21 rue Saint-Ambroise, 75011 Paris - olga.lefebvre@traduc.fr",
        ],
        rep_no="R/2025/3381",
        lang_from="russe",
        place="Paris",
        date=d("2025-12-02"),
        doc_head=["FÉDÉRATION DE RUSSIE", "ACTE DE NAISSANCE (duplicata)"],
        rows=[
            ("Nom", "SMIRNOV"),
            ("Prénom et patronyme", "Aleksei Dmitrievitch"),
            ("Date de naissance", "29.03.1988 (vingt-neuf mars mil neuf cent quatre-vingt-huit)"),
            ("Lieu de naissance", "ville de Gorki, région de Gorki, RSFSR"),
            ("Acte de naissance", "dressé le 5 avril 1988 sous le n° 1174"),
            ("Père", "SMIRNOV Dmitri Viktorovitch, citoyen de Russie"),
            ("Mère", "SMIRNOVA Elena Sergueïevna, citoyenne de Russie"),
            (
                "Lieu d'enregistrement",
                "Service de l'état civil (ZAGS) du district de Kanavino de la ville de Gorki",
            ),
            (
                "Lieu de délivrance",
                "Service de l'état civil du district de Kanavino de la ville de Nijni Novgorod",
            ),
            ("Date de délivrance", "14.10.2025"),
            ("Série et numéro", "II-ТН n° 512347"),
            (
                "[Signature du chef du service de l'état civil "
                ": E.V. Poliakova. Sceau rond du service "
                "de l'état civil du district de Kanavino.]",
                "",
            ),
        ],
        stamp_ring="EXPERT PRÈS LA COUR D'APPEL DE PARIS *",
        stamp_inner=["O. LEFEBVRE", "RUSSE", ""],
    )
    P.put(
        "traduction_acte_naissance_RU.pdf",
        pdf(
            bw_civil.translation,
            t,
            r,
            title="Traduction acte de naissance SMIRNOV",
            creator="Microsoft Word",
        ),
    )
    P.doc(
        [("traduction_acte_naissance_RU.pdf", [1])],
        "translation",
        "text_pdf",
        {},
        "sworn translation into French of the birth certificate (no apostille mentioned)",
    )
    # --- three TotalEnergies bills
    blk = ["M ALEKSEI SMIRNOV", "63 RUE DE LA ROQUETTE", "75011 PARIS"]
    idx = 12458
    for i, (mo, kwh) in enumerate(((8, 153), (9, 171), (10, 204))):
        r = P.rng(f"bill{mo}")
        start, end = d(f"2026-{mo:02d}-01"), month_end(2026, mo)
        issue = d(f"2026-{mo + 1:02d}-03")
        ht = [
            ("Abonnement (1 mois) - 6 kVA", 16.05),
            (f"Consommation {kwh} kWh x 0,1846 €", round(kwh * 0.1846, 2)),
            ("Accise sur l'électricité", round(kwh * 0.03, 2)),
            ("Contribution tarifaire d'acheminement", 1.92),
        ]
        tva = round(sum(x[1] for x in ht) * 0.2, 2)
        amount = round(sum(x[1] for x in ht) + tva, 2)
        b = dict(
            issue_date=issue,
            invoice_no=f"TE{2026}{mo:02d}{718204 + i * 13}",
            client_no="1 0042 8817 93",
            offer="Offre Verte Fixe",
            pdl="0914 6620 3351 78",
            address_block=blk,
            amount=amount,
            period_start=start,
            period_end=end,
            site_address="63 rue de la Roquette 75011 Paris",
            debit_date=d(f"2026-{mo + 1:02d}-13"),
            conso=[
                (f"Index de début ({fr(start)})", f"{idx} kWh"),
                (f"Index de fin ({fr(end)})", f"{idx + kwh} kWh"),
                ("Consommation du mois (relevé Linky)", f"{kwh} kWh"),
            ],
            lines=ht + [("TVA 20 %", tva)],
        )
        idx += kwh
        name = f"Facture_TotalEnergies_2026{mo:02d}.pdf"
        P.put(
            name,
            pdf(
                bw_money.bill_total,
                b,
                r,
                title="Votre facture TotalEnergies",
                creator="TotalEnergies Electricite et Gaz France",
            ),
        )
        P.doc(
            [(name, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields(
                "TotalEnergies",
                "electricity",
                "ALEKSEI SMIRNOV",
                "63 RUE DE LA ROQUETTE, 75011 PARIS",
                issue,
                start,
                amount,
            ),
            "monthly electricity bill in the applicant's name",
        )
    # --- RIB Crédit Agricole, scanned
    r = P.rng("rib")
    iban, key = fr_iban("18206", "00052", "65023891104")
    rib = dict(
        style="ca",
        caisse="Paris et Île-de-France",
        copies=1,
        holder_block=["M SMIRNOV ALEKSEI", "63 RUE DE LA ROQUETTE", "75011 PARIS"],
        domiciliation=["CA PARIS BASTILLE", "5 PLACE DE LA BASTILLE", "75011 PARIS"],
        bank="18206",
        branch="00052",
        account="65023891104",
        key=key,
        iban=iban,
        bic="AGRIFRPP882",
    )
    P.put("RIB_credit_agricole.jpg", as_scan(pages(pdf(bw_money.rib_page, rib, r), 200)[0], r))
    P.doc(
        [("RIB_credit_agricole.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "SMIRNOV ALEKSEI",
            "iban": iban,
            "bic": "AGRIFRPP882",
            "bank_name": "Crédit Agricole",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "",
    )
    # --- payslip, scanned to PNG
    r = P.rng("payslip")
    siret = siret_make("83051926", "0001")
    emp = dict(
        name="NUVELA SOFTWARE SAS",
        address=["40 rue du Louvre", "75001 Paris"],
        siret=siret,
        naf="6201Z",
        urssaf="Île-de-France",
        ccn="Syntec (IDCC 1486)",
    )
    wk = dict(
        name="M. Aleksei SMIRNOV",
        address=["63 rue de la Roquette", "75011 Paris"],
        matricule="0142",
        nir="en cours d'attribution",
        job="Développeur logiciel",
        status="Cadre - Position 2.2",
        start=d("2026-03-09"),
    )
    ps = dict(
        period=dict(start=d("2026-10-01"), end=d("2026-10-31")),
        paid_on=d("2026-10-31"),
        employer=emp,
        employee=wk,
        gross=4100.0,
        pas_rate=5.2,
        ytd_gross=31570.0,
        fonts=("roboto", "roboto_b"),
    )
    net = bw_money.net_pay(4100.0, True, 5.2)
    P.put(
        "bulletin_octobre_2026.png",
        as_scan(pages(pdf(bw_money.payslip, ps, r), 200)[0], r, fmt="png"),
    )
    P.doc(
        [("bulletin_octobre_2026.png", [1])],
        "payslip",
        "scan",
        {
            "employer": "NUVELA SOFTWARE SAS",
            "employee_name": "Aleksei SMIRNOV",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "net_pay is the 'NET PAYÉ EN EUROS' line",
    )
    return P
