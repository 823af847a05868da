"""Packets p03-p04 of set_af."""

from __future__ import annotations

import afcivil
import afhome
import afids
import afmoney
from afbase import REQS, Packet, bill_energy, form_fields, fr_iban, id_fields
from afcommon import iban_ok, raster


def p03(pk: Packet) -> None:
    """Türkiye, VLS-TS travailleur temporaire, CDD, three TotalEnergies bills (Bordeaux)."""
    as_of = "2026-09-28"
    ap = {"surname": "YILDIZ", "given": "Elif Naz", "dob": "1997-11-09", "sex": "F"}
    addr = ["8 rue Paul Bert", "33000 Bordeaux"]
    pp = dict(
        ap,
        number="U18473625",
        pob="KONAK",
        issued="2024-01-22",
        expiry="2034-01-22",
        personal="32587419046",
    )
    pk.photo("pasaport.jpg", afids.passport_page(pk.rng("pp"), "TUR", pp))
    pk.doc(
        [("pasaport.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields("YILDIZ", "ELIF NAZ", "U18473625", "TUR", "TUR", ap["dob"], "F", "2034-01-22"),
    )
    v = dict(
        ap,
        number="031774052",
        nat="TUR",
        passport="U18473625",
        days=365,
        issued="2026-03-09",
        issued_in="ISTANBUL",
        stamp_date="02.04.26",
        page_no="6",
        remarks=["VLS-TS TRAVAILLEUR TEMPORAIRE", "CESEDA R431-16 3/ VALIDATION EN LIGNE"],
    )
    v["from"], v["until"] = "2026-04-01", "2027-03-31"
    pk.photo("vize.jpg", afids.visa_page(pk.rng("visa"), v))
    pk.doc(
        [("vize.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        id_fields(
            "YILDIZ",
            "ELIF NAZ",
            "031774052",
            "TUR",
            "FRA",
            ap["dob"],
            "F",
            "2027-03-31",
            visa_type="D",
            vls_ts=True,
            category="TRAVAILLEUR TEMPORAIRE",
            valid_from="2026-04-01",
            valid_until="2027-03-31",
        ),
    )
    bc = dict(
        ap,
        pob="KONAK / İZMİR",
        sex="F",
        father="YILDIZ Mehmet",
        mother="YILDIZ Ayşe",
        tc="32587419046",
        office="Konak İlçe Nüfus Müdürlüğü",
        issued="2026-02-16",
    )
    pk.scan("dogum_kayit_ornegi.jpg", afcivil.tr_formul_a(pk.rng("bc"), bc))
    pk.doc(
        [("dogum_kayit_ornegi.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "YILDIZ",
            "given_names": "ELIF NAZ",
            "date_of_birth": ap["dob"],
            "place_of_birth": "Konak, İzmir",
            "issuing_country": "TUR",
            "language": "tr",
            "has_apostille": True,
        },
        "multilingual extract Formül A (Turkish/French/English labels)",
    )
    apo = dict(
        cc="TUR",
        country="TÜRKİYE",
        signer="Hülya Demirtaş",
        capacity="Nüfus Müdürü",
        seal_of="Konak İlçe Nüfus Müdürlüğü",
        at="İzmir",
        on_text="18.02.2026",
        by="İzmir Valiliği",
        number="35-2026/004172",
        stamp=["T.C.", "İZMİR", "VALİLİĞİ"],
    )
    pk.scan("apostil.jpg", afcivil.apostille(pk.rng("ap"), apo))
    pk.doc(
        [("apostil.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "TÜRKİYE",
            "issued_on": "2026-02-18",
            "number": "35-2026/004172",
            "signed_by": "İzmir Valiliği",
        },
    )
    months = [("2026-06", "30", 212), ("2026-07", "31", 188), ("2026-08", "31", 176)]
    for i, (m, last, kwh) in enumerate(months):
        nxt = {"2026-06": "2026-07", "2026-07": "2026-08", "2026-08": "2026-09"}[m]
        b = bill_energy(
            dict(
                no=f"10{i + 4}2876451",
                issue=f"{nxt}-04",
                client="1-7HK2P94",
                account="302185447126",
                holder="Mme Elif Naz YILDIZ",
                address=addr,
                start=f"{m}-01",
                end=f"{m}-{last}",
                debit=f"{nxt}-14",
                kwh=kwh,
                iban_masked="FR76 **** **** **** **** ***7 19",
                pdl="14251876309721",
            )
        )
        fn = f"Facture_TotalEnergies_{m.replace('-', '')}.pdf"
        pk.text_pdf(fn, afmoney.totalenergies_bill(b))
        pk.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "Elif Naz YILDIZ",
                "address": "8 rue Paul Bert, 33000 Bordeaux",
                "issue_date": f"{nxt}-04",
                "period_start": f"{m}-01",
                "period_end": f"{m}-{last}",
                "amount": b["amount"],
                "month": m,
            },
        )
    ib = fr_iban("30003", "01950", "00050713719")
    rib = dict(
        style="sg",
        bank="Société Générale",
        iban=ib,
        bic="SOGEFRPP",
        edited="2026-04-20",
        holders=["MLLE ELIF NAZ YILDIZ"],
        holder_addr=addr,
        agency=["BORDEAUX INTENDANCE", "40 cours de l'Intendance", "33000 Bordeaux"],
    )
    pk.text_pdf("RIB_SG.pdf", afmoney.rib_pdf(rib))
    pk.doc(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "ELIF NAZ YILDIZ",
            "iban": ib,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": iban_ok(ib),
            "rib_key_valid": True,
        },
    )
    k = dict(
        employer="MARÉCHAL VINS & SPIRITUEUX SARL",
        employer_addr="112 quai des Chartrons, 33300 Bordeaux",
        siret="49327818400035",
        ape="4634Z",
        form="SARL",
        capital="150 000",
        rcs="Bordeaux",
        rep="M. Antoine Maréchal",
        rep_title="gérant",
        employee="Elif Naz YILDIZ",
        dob=ap["dob"],
        pob="Konak (Turquie)",
        nat="turque",
        addr=", ".join(addr),
        job="assistante export",
        status="employée",
        coef="190",
        ccn="des commerces de gros (IDCC 573)",
        motif="faire face à un accroissement temporaire d'activité lié à l'ouverture du marché "
        "turc",
        start="2026-04-06",
        end="2027-03-31",
        gross="2 150,00",
        place="Les fonctions seront exercées au siège de la société, à Bordeaux",
        city="Bordeaux",
        signed="2026-03-02",
    )
    pk.image_pdf("contrat_CDD.pdf", afhome.cdd_pages(pk.rng("cdd"), k), gray=True)
    pk.doc(
        [("contrat_CDD.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "MARÉCHAL VINS & SPIRITUEUX SARL",
            "employee_name": "Elif Naz YILDIZ",
            "contract_type": "CDD",
            "job_title": "assistante export",
            "start_date": "2026-04-06",
        },
        "greyscale scan",
    )
    form = dict(
        ap,
        surname="YILDIZ",
        pob="Konak (Turquie)",
        nat="turque",
        address=addr[0],
        cp="33000",
        city="Bordeaux",
        tel="07 69 02 35 18",
        employed=True,
        job="Assistante export",
        contract="CDD",
        employer="Maréchal Vins & Spiritueux",
        signed_on="2026-09-21",
    )
    pages = raster(afhome.cerfa_pdf(form, typed=True), dpi=200)
    from afcommon import Page

    sig = Page(210, 297, dpi=200)
    sig.img = pages[1]
    from PIL import ImageDraw

    sig.d = ImageDraw.Draw(sig.img)
    sig.signature(pk.rng("sig"), 122, 112, 44, 10)
    pk.image_pdf("scan_0012.pdf", [pages[0], sig.img])
    pk.doc(
        [("scan_0012.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(form, True),
        "typed on screen, printed, signed by hand, scanned",
    )
    reqs = dict.fromkeys(REQS, "complete")
    pk.truth(
        as_of,
        True,
        reqs,
        None,
        {"surname": "YILDIZ", "given_names": "ELIF NAZ", "date_of_birth": ap["dob"]},
    )


def p04(pk: Packet) -> None:
    """Morocco, carte pluriannuelle salarié, Free bills; the form is dated after the audit."""
    as_of = "2026-11-24"
    ap = {"surname": "EL AMRANI", "given": "Mohamed Amine", "dob": "1992-01-23", "sex": "M"}
    addr = ["5 impasse des Glycines", "38100 Grenoble"]
    pp = dict(
        ap,
        number="UZ4378162",
        ar_sur="العمراني",
        ar_giv="محمد أمين",
        pob="CASABLANCA",
        issued="2021-03-15",
        expiry="2031-03-14",
        personal="BE823410",
    )
    pk.photo("passeport_EL_AMRANI.jpg", afids.passport_ma(pk.rng("pp"), pp))
    pk.doc(
        [("passeport_EL_AMRANI.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(
            "EL AMRANI", "MOHAMED AMINE", "UZ4378162", "MAR", "MAR", ap["dob"], "M", "2031-03-14"
        ),
    )
    ts = dict(
        ap,
        number="TS7B31M05",
        nat="MAR",
        kind="CARTE DE SEJOUR PLURIANNUELLE",
        mention="SALARIE",
        expiry="2029-09-09",
        issued="2025-09-10",
        pob="CASABLANCA (MAROC)",
        address=addr,
        authority="PRÉFET DE L'ISÈRE",
    )
    f, b = afids.titre_sejour(pk.rng("ts"), ts)
    pk.scan("scan_titre_sejour.jpg", afids.on_a4([f, b]), dpi_out=300)
    pk.doc(
        [("scan_titre_sejour.jpg", [1])],
        "residence_permit",
        "scan",
        id_fields(
            "EL AMRANI", "MOHAMED AMINE", "TS7B31M05", "MAR", "FRA", ap["dob"], "M", "2029-09-09"
        ),
        "both sides scanned on one A4 page, 300 dpi",
    )
    bc = dict(
        ap,
        prefecture="Casablanca-Anfa",
        commune="Casablanca Sidi Belyout",
        acte="1187",
        dob_words="vingt-trois janvier mil neuf cent quatre-vingt-douze",
        pob="Casablanca, Maternité Lalla Meryem",
        father="Abdelkader EL AMRANI",
        mother="Fatima Zahra BENNANI",
        filed="1992-01-27",
        issued="2025-06-03",
    )
    pk.scan("acte_naissance.jpg", afcivil.ma_copie(pk.rng("bc"), bc))
    pk.doc(
        [("acte_naissance.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "EL AMRANI",
            "given_names": "MOHAMED AMINE",
            "date_of_birth": ap["dob"],
            "place_of_birth": "Casablanca",
            "issuing_country": "MAR",
            "language": "fr",
            "has_apostille": True,
        },
        "copie intégrale, French version with Arabic header",
    )
    apo = dict(
        cc="MAR",
        country="Royaume du Maroc",
        signer="Abdelkader EL OUAZZANI",
        capacity="Officier de l'état civil",
        seal_of="Commune de Casablanca Sidi Belyout",
        at="Casablanca",
        on_text="12/06/2025",
        by="Procureur du Roi près le TPI de Casablanca",
        number="1542/2025",
        stamp=["ROYAUME DU MAROC", "TPI", "CASABLANCA"],
    )
    pk.photo("IMG_8830.jpg", afcivil.apostille(pk.rng("ap"), apo), rot=90)
    pk.doc(
        [("IMG_8830.jpg", [1])],
        "apostille",
        "phone_photo",
        {
            "country": "Royaume du Maroc",
            "issued_on": "2025-06-12",
            "number": "1542/2025",
            "signed_by": "Procureur du Roi près le TPI de Casablanca",
        },
        "photo rotated 90 degrees",
    )
    months = [("2026-08", "31"), ("2026-09", "30"), ("2026-10", "31")]
    words = {
        "2026-09": "02 Septembre 2026",
        "2026-10": "02 Octobre 2026",
        "2026-11": "02 Novembre 2026",
    }
    due = {
        "2026-09": "05 Septembre 2026",
        "2026-10": "05 Octobre 2026",
        "2026-11": "05 Novembre 2026",
    }
    for i, (m, last) in enumerate(months):
        nxt = {"2026-08": "2026-09", "2026-09": "2026-10", "2026-10": "2026-11"}[m]
        bill = dict(
            no=f"{2187463301 + i * 91357}",
            holder="M. Mohamed Amine El Amrani",
            address=addr,
            email="m.amine.elamrani@gmail.com",
            line="FO38721945",
            client="42710385",
            issue_words=words[nxt],
            due_words=due[nxt],
            start=f"{m}-01",
            end=f"{m}-{last}",
            amount=39.99,
        )
        fn = f"facture_free_{m[5:]}_{m[:4]}.pdf"
        pk.text_pdf(fn, afmoney.free_bill(bill))
        pk.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "Mohamed Amine El Amrani",
                "address": "5 impasse des Glycines, 38100 Grenoble",
                "issue_date": f"{nxt}-02",
                "period_start": f"{m}-01",
                "period_end": f"{m}-{last}",
                "amount": 39.99,
                "month": m,
            },
        )
    ib = fr_iban("30002", "08731", "0000781204H")
    rib = dict(
        style="lcl",
        bank="LCL",
        iban=ib,
        bic="CRLYFRPP",
        holders=["M. MOHAMED AMINE EL AMRANI"],
        holder_addr=addr,
        agency=["LCL GRENOBLE VICTOR HUGO", "3 place Victor Hugo", "38000 Grenoble"],
    )
    pk.photo("RIB.jpg", raster(afmoney.rib_pdf(rib), dpi=200)[0].crop((0, 0, 1654, 1000)))
    pk.doc(
        [("RIB.jpg", [1])],
        "rib",
        "phone_photo",
        {
            "holder_name": "MOHAMED AMINE EL AMRANI",
            "iban": ib,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": iban_ok(ib),
            "rib_key_valid": True,
        },
        "photo of the printed RIB (top of sheet)",
    )
    ps = dict(
        period="2026-10",
        last_day="31",
        employer="TRANSALPES LOGISTIQUE SAS",
        employer_addr=["ZI des Îles", "38120 Saint-Égrève"],
        siret="51938572600017",
        naf="4941A",
        ccn="Transports routiers (IDCC 16)",
        employee="M. EL AMRANI Mohamed Amine",
        employee_addr=addr,
        job="Conducteur poids lourd",
        entry="2025-10-01",
        gross=2390.0,
        net_before=1863.12,
        net=1801.63,
        net_social=1890.41,
        pas_rate="3,3",
        paid_on="31/10/2026",
    )
    pk.photo("bulletin_octobre.jpg", raster(afmoney.payslip_pdf(ps), dpi=200)[0])
    pk.doc(
        [("bulletin_octobre.jpg", [1])],
        "payslip",
        "phone_photo",
        {
            "employer": "TRANSALPES LOGISTIQUE SAS",
            "employee_name": "EL AMRANI Mohamed Amine",
            "period": "2026-10",
            "net_pay": 1801.63,
            "siret": "51938572600017",
        },
        "photo of the printed payslip",
    )
    form = dict(
        ap,
        surname="El Amrani",
        pob="Casablanca (Maroc)",
        nat="marocaine",
        address=addr[0],
        cp="38100",
        city="Grenoble",
        tel="06 33 71 58 02",
        employed=True,
        job="Chauffeur PL",
        contract="CDI",
        employer="Transalpes Logistique",
        signed_on="2026-12-02",
    )
    pg1, pg2 = afhome.cerfa_hand(pk.rng("form"), form, "hand4")
    pk.photo("S1106_page1.jpg", pg1)
    pk.photo("S1106_page2.jpg", pg2)
    pk.doc(
        [("S1106_page1.jpg", [1]), ("S1106_page2.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(form, True),
        "hand-filled; dated 02/12/2026, after the audit date 2026-11-24 (the defect)",
    )
    reqs = dict.fromkeys(REQS, "complete")
    reqs["application_form"] = "invalid"
    pk.truth(
        as_of,
        True,
        reqs,
        "application form dated 2026-12-02, in the future at the audit date 2026-11-24",
        {"surname": "EL AMRANI", "given_names": "MOHAMED AMINE", "date_of_birth": ap["dob"]},
    )
