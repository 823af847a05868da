"""Packet p02 (China, three successive Free bills, not employed): in order."""

from __future__ import annotations

import civil
import forms
import ids
import looks
import money
from packets_a import booklet, doc, form_fields, id_fields, on_bed, requirements, status_of
from people import P02, fr


# ------------------------------------------------------------------------------------ p02
def build_p02(cx) -> dict:
    p = P02
    docs = []
    a = dict(
        fill="hand",
        run=2,
        surname="LIU",
        given="YUTING",
        sex="F",
        dob=p["dob"],
        birth_city="Chengdu",
        birth_country="Chine",
        nationality="chinoise",
        street="47 avenue d'Ivry",
        cp="75013",
        city="PARIS",
        phone="06 52 18 73 09",
        email="liuyuting96@163.com",
        situation="sans_activite",
        place="Paris",
        date_text="18/11/2026",
        sig_name="Liu Yuting",
    )
    p1 = cx.page(lambda pg, r: forms.cerfa_p1(pg, a, r), "form1")
    p2 = cx.page(lambda pg, r: forms.cerfa_p2(pg, a, r), "form2")
    cx.jpeg(
        "cerfa_page1.jpg",
        looks.phone_photo(looks.paper(p1, cx.rng("f1p")), cx.rng("f1"), rot90=3, skew=0.05),
    )
    cx.jpeg(
        "cerfa_page2.jpg",
        looks.phone_photo(looks.paper(p2, cx.rng("f2p")), cx.rng("f2"), skew=0.07),
    )
    docs.append(
        doc(
            [("cerfa_page1.jpg", [1]), ("cerfa_page2.jpg", [1])],
            "application_form",
            "phone_photo",
            form_fields(p, "not_employed", "2026-11-18"),
            "filled by hand in blue ink; page 1 photographed rotated 270°",
        )
    )
    # passport data page and the VLS-TS page, scanned together into one PDF
    pp = dict(
        header1="中华人民共和国   PEOPLE'S REPUBLIC OF CHINA",
        header2="护照 PASSPORT",
        paper="#f0ede6",
        tint="#e6d5d0",
        ink="#7a1f1f",
        rows=[
            [
                ("类型/Type", "PO"),
                ("国家码/Country Code", "CHN"),
                ("护照号/Passport No.", p["passport_no"]),
            ],
            [("姓/Surname", "刘 LIU")],
            [("名/Given names", "雨婷 YUTING")],
            [("性别/Sex", "F"), ("出生地点/Place of birth", "四川/SICHUAN")],
            [
                ("出生日期/Date of birth", "08 JUL 1996"),
                ("签发地点/Place of issue", "四川/SICHUAN"),
            ],
            [("签发日期/Date of issue", "12 MAY 2023"), ("有效期至/Date of expiry", "11 MAY 2033")],
        ],
        mrz=p["passport_mrz"],
    )
    ppimg = ids.passport_page(pp, cx.rng("pp"))
    v = dict(
        number_red=p["visa_no"],
        valid_for="FRANCE",
        from_fr=fr(p["visa_from"]).replace("/", "-"),
        until_fr=fr(p["visa_until"]).replace("/", "-"),
        duration="365",
        issued_in="CHENGDU",
        issued_fr=fr(p["visa_issued"]).replace("/", "-"),
        passport=p["passport_no"],
        name_line="LIU, YUTING",
        remarks=["VLS-TS VISITEUR", "CESEDA R.431-16 15°", "ACTIVITE PROF. INTERDITE"],
        mrz=p["visa_mrz"],
        stamp="CHENGDU",
        page_no="07",
    )
    vimg = ids.visa_vignette(v, cx.rng("visa"))
    pages = [
        on_bed(booklet(ppimg, (100, 25, 30)), 400, cx.rng("bed1"), at=(30, 20)),
        on_bed(booklet(vimg, (100, 25, 30)), 400, cx.rng("bed2"), at=(32, 24)),
    ]
    cx.image_pdf("passeport_et_visa.pdf", pages, "ppv", already=True)
    docs.append(
        doc(
            [("passeport_et_visa.pdf", [1])],
            "passport",
            "image_pdf",
            id_fields(
                "LIU", "YUTING", p["passport_no"], "CHN", "CHN", p["dob"], "F", p["passport_exp"]
            ),
            "Chinese ordinary passport, MRZ type PO",
        )
    )
    docs.append(
        doc(
            [("passeport_et_visa.pdf", [2])],
            "long_stay_visa",
            "image_pdf",
            dict(
                id_fields(
                    "LIU", "YUTING", p["visa_no"], "CHN", "FRA", p["dob"], "F", p["visa_until"]
                ),
                visa_type="D",
                vls_ts=True,
                category="VISITEUR",
                valid_from=p["visa_from"],
                valid_until=p["visa_until"],
            ),
            "VLS-TS visiteur sticker, MRV-A MRZ; valid until 2027-03-01",
        )
    )
    _birth_p02(cx, p, docs)
    # three successive Free bills (text PDFs)
    for i, (iss, start, end, amt) in enumerate(p["bills"]):
        name = f"Facture_Free_{start[:7].replace('-', '')}.pdf"
        b = _free_bill(iss, start, end, amt, i)
        cx.text_pdf(
            name, [lambda pg, _r, b=b: money.free_bill(pg, b)], title="Facture Free", creator="Free"
        )
        docs.append(
            doc(
                [(name, [1])],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "Free",
                    "service": "internet",
                    "holder_name": "Yuting LIU",
                    "address": "47 avenue d'Ivry, 75013 Paris",
                    "issue_date": iss,
                    "period_start": start,
                    "period_end": end,
                    "month": start[:7],
                    "amount": amt,
                },
            )
        )
    r = dict(
        clock="21:15",
        account_label="Compte bancaire ••• 8391",
        holder_lines=["MME YUTING LIU"],
        bank="40618",
        branch="80000",
        account="00447128391",
        key=p["key"],
        iban=p["iban"],
        bic="BOUSFRPPXXX",
    )
    cx.png("Screenshot_20261103-211544.png", money.boursobank_screen(r, cx.rng("bourso")))
    docs.append(
        doc(
            [("Screenshot_20261103-211544.png", [1])],
            "rib",
            "screenshot",
            {
                "holder_name": "YUTING LIU",
                "iban": p["iban"],
                "bic": "BOUSFRPPXXX",
                "bank_name": "BoursoBank",
                "iban_valid": True,
                "rib_key_valid": True,
            },
            "BoursoBank app 'Mon RIB' screen, 1170x2532",
        )
    )
    req = requirements(False)
    return {
        "as_of": p["as_of"],
        "employed": False,
        "status": status_of(req),
        "requirements": req,
        "defect": None,
        "applicant": {"surname": "LIU", "given_names": "YUTING", "date_of_birth": p["dob"]},
        "documents": docs,
    }


def _birth_p02(cx, p, docs):
    b = dict(
        no_cn="(2026)川成蜀证字第00417号",
        name_cn="刘雨婷",
        dob_cn="1996年7月8日",
        addr_cn="四川省成都市武侯区",
        place_cn="四川省成都市",
        father_cn="刘建国",
        mother_cn="王丽华",
        office_cn="中华人民共和国四川省成都市蜀都公证处",
        notary_cn="张伟",
        date_cn="2026年1月9日",
        no_en="(2026) Chuan Cheng Shu Zheng Zi No. 00417",
        name_en="LIU Yuting",
        dob_en="July 8, 1996",
        addr_en="Wuhou District, Chengdu, Sichuan Province",
        place_en="Chengdu, Sichuan Province, the People's Republic of China",
        father_en="LIU Jianguo",
        mother_en="WANG Lihua",
        office_en="Shudu Notary Public Office, Chengdu",
        notary_en="ZHANG Wei",
        date_en="January 9, 2026",
    )
    ap = dict(
        lang="en",
        subtitle="(Convention de La Haye du 5 octobre 1961)",
        country="PEOPLE'S REPUBLIC OF CHINA",
        signed_doc_by="ZHANG WEI",
        capacity="NOTARY",
        seal_of="SHUDU NOTARY PUBLIC OFFICE, CHENGDU",
        at="CHENGDU",
        date="15/01/2026",
        by="FOREIGN AFFAIRS OFFICE OF SICHUAN PROVINCIAL PEOPLE'S GOVERNMENT",
        number="26SC000874",
        signer="HU JING",
        signer_sig="Hu Jing",
        seal=["FOREIGN AFFAIRS", "OFFICE", "SICHUAN"],
        seal_color="#c81e1e",
    )
    pages = [
        cx.page(lambda pg, r: civil.china_notarial(pg, b, r), "cn1"),
        cx.page(lambda pg, r: civil.china_translation(pg, b, r), "cn2"),
        cx.page(lambda pg, r: civil.apostille(pg, ap, r), "cn3"),
    ]
    cx.image_pdf("birth_certificate_notarial.pdf", pages, "cn")
    docs.append(
        doc(
            [("birth_certificate_notarial.pdf", [1])],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "LIU",
                "given_names": "YUTING",
                "date_of_birth": p["dob"],
                "place_of_birth": "Chengdu, Sichuan",
                "issuing_country": "CHN",
                "language": "zh",
                "has_apostille": True,
            },
            "notarial birth certificate (公证书) in Chinese; name printed 刘雨婷",
        )
    )
    docs.append(
        doc(
            [("birth_certificate_notarial.pdf", [2])],
            "translation",
            "image_pdf",
            {"language": "en", "of": "birth_certificate"},
            "English translation bound into the notarial certificate",
        )
    )
    docs.append(
        doc(
            [("birth_certificate_notarial.pdf", [3])],
            "apostille",
            "image_pdf",
            {
                "country": "CHN",
                "issued_on": "2026-01-15",
                "number": "26SC000874",
                "signed_by": "HU JING",
            },
        )
    )


def _free_bill(iss, start, end, amt, i):
    ttc = float(amt.replace(",", "."))
    ht = ttc / 1.2
    lines = [(f"Forfait Freebox Pop du {fr(start)} au {fr(end)}", "29,99 €")]
    if amt != "29,99":
        lines.append(("Communications hors forfait (détail en annexe)", "4,99 €"))
    lines.append(("Appels vers fixes en France métropolitaine", "inclus"))
    return dict(
        number=f"{2613478 + i * 41:08d}",
        issue_fr=fr(iss),
        login="fbx83614422",
        line_no="09 51 47 82 16",
        holder_lines=["Mme Yuting LIU", "47 avenue d'Ivry", "75013 PARIS"],
        amount_fr=amt,
        debit_fr=fr(iss[:8] + "12"),
        lines=lines,
        ht_fr=f"{ht:.2f}".replace(".", ","),
        tva_fr=f"{ttc - ht:.2f}".replace(".", ","),
        install="47 avenue d'Ivry, 75013 Paris",
    )
