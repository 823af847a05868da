"""Packet p02: born in China, student (not employed), lease in his name."""

from __future__ import annotations

import bp_cards as cards
import bp_civil as civil
import bp_looks as looks
import bp_screens as screens
from bp_common import D, fr_iban, mrz_mrva, mrz_td3
from bp_hand import BLUE
from bp_housing import lease
from bp_packet import REQS as REQ_ORDER
from bp_packet import Packet, form_pages, pdf_pages, scanned_pages

# ====================================================================== p02


def build_p02(out: str) -> dict:
    pk = Packet(out, "p02", 2202)
    as_of = "2026-11-26"
    dob = D("2003-06-21")
    sur, giv = "LIU", "HAORAN"
    person = dict(skin=(230, 198, 168), hair=(14, 14, 16), style="short", cloth=(235, 235, 240))

    # ---- application form, filled by hand, two phone photos (page 2 rotated)
    v = dict(
        surname="Liu",
        given_names="Haoran",
        sex="M",
        dob=dob,
        birth_city="Chengdu",
        birth_country="Chine",
        nationality="chinoise",
        address="12 rue Lesdiguières, appt 34",
        postcode="38000",
        city="Grenoble",
        phone="07 58 21 44 90",
        email="haoran.liu@etu.univ-grenoble-alpes.fr",
        situation="etudiant",
        place="Grenoble",
        date_text="02/11/2026",
        signer="Liu Haoran",
    )
    rng = pk.rng("form")
    pages, _ = form_pages("B", v, "hand", rng, 200, "breip", BLUE)
    p1 = looks.phone_photo(pages[0], rng, 0, 4032, 0.84, "marble", cast=(0.98, 1.0, 1.05))
    p2 = looks.phone_photo(pages[1], rng, 270, 4032, 0.8, "marble", cast=(0.98, 1.0, 1.05))
    looks.save_jpeg(p1, pk.p("IMG_4498.jpg"), 86)
    looks.save_jpeg(p2, pk.p("IMG_4499.jpg"), 86)
    pk.doc(
        "application_form",
        "phone_photo",
        [("IMG_4498.jpg", [1]), ("IMG_4499.jpg", [1])],
        {
            "surname": "LIU",
            "usage_name": None,
            "given_names": "Haoran",
            "sex": "M",
            "date_of_birth": "2003-06-21",
            "employment_status": "not_employed",
            "situation": "etudiant",
            "contract_type": None,
            "signed": True,
            "signed_on": "2026-11-02",
            "date_text": "02/11/2026",
            "place": "Grenoble",
            "nir": None,
        },
        "print run B, every value handwritten (blue pen), 'étudiant' box crossed; page 1 photo "
        "upright, page 2 photo rotated 270° (reads top-to-bottom).",
    )

    # ---- passport: flatbed scan of the open booklet
    rng = pk.rng("passport")
    exp = D("2033-04-11")
    mrz = mrz_td3("P", "CHN", sur, giv, "EJ4729183", "CHN", dob, "M", exp, "NFOEKMBPLGLA")
    page = cards.passport_page(
        dict(
            country="CHN",
            number="EJ4729183",
            surname_line="刘 / LIU",
            given_line="浩然 / HAORAN",
            nat_text="中国 / CHINESE",
            dob_text="21 6月 / JUN 2003",
            sex_text="男 / M",
            pob="四川 / SICHUAN",
            auth2="四川 / SICHUAN",
            issue_text="12 4月 / APR 2023",
            exp_text="11 4月 / APR 2033",
            authority="国家移民管理局 / NIA",
            mrz=mrz,
            person=person,
        ),
        rng,
    )
    spread = cards.passport_spread(page, rng, "备注 / OBSERVATIONS")
    sheet = looks.on_sheet([(spread, (18, 20))], rng, 300, (252, 252, 250))
    sheet = sheet.crop((0, 0, sheet.width, int(sheet.height * 0.72)))
    looks.save_jpeg(looks.scan(sheet, rng, 0.8), pk.p("passeport_scan.jpg"), 85, 300)
    pk.doc(
        "passport",
        "scan",
        [("passeport_scan.jpg", [1])],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "EJ4729183",
            "nationality": "CHN",
            "issuing_country": "CHN",
            "date_of_birth": "2003-06-21",
            "sex": "M",
            "expiry_date": "2033-04-11",
            "mrz_valid": True,
        },
        "Chinese e-passport, open booklet scanned at 300 dpi (data page + blank facing page).",
    )

    # ---- VLS-TS étudiant: phone photo of the visa page
    rng = pk.rng("visa")
    until = D("2027-08-09")
    vmrz = mrz_mrva("FRA", sur, giv, "007419356", "CHN", dob, "M", until)
    sticker = cards.visa_sticker(
        dict(
            number="007419356",
            from_text="10-08-2026",
            until_text="09-08-2027",
            duration="365 JOURS",
            post="CHENGDU",
            issued_text="22-07-2026",
            passport="EJ4729183",
            name_text="LIU, HAORAN",
            remarks=["VLS-TS ETUDIANT", "A VALIDER DES L'ARRIVEE"],
            mrz=vmrz,
            person=person,
        ),
        rng,
    )
    vpage = cards.passport_spread(page.copy(), rng, visa=looks.fit_width(sticker, 1420))
    vimg = vpage.crop((0, 0, vpage.width, vpage.height // 2 + 20))
    photo = looks.phone_photo(vimg, rng, 0, 4032, 0.88, "fabric", cast=(1.0, 0.98, 0.95))
    looks.save_jpeg(photo, pk.p("IMG_4471.jpg"), 87)
    pk.doc(
        "long_stay_visa",
        "phone_photo",
        [("IMG_4471.jpg", [1])],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "007419356",
            "nationality": "CHN",
            "issuing_country": "FRA",
            "date_of_birth": "2003-06-21",
            "sex": "M",
            "expiry_date": "2027-08-09",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "ETUDIANT",
            "valid_from": "2026-08-10",
            "valid_until": "2027-08-09",
        },
        "French type D visa sticker (VLS-TS étudiant) on a passport page; MRV-A MRZ. Number "
        "printed in red as 'FRA' + 9 digits; the MRZ carries the 9 digits.",
    )

    # ---- notarial birth certificate + apostille (one scanned PDF), sworn translation
    rng = pk.rng("birth")
    doc = civil.china_notarial(
        dict(
            no_cn="（2026）川成蜀证内经字第18342号",
            cn_paras=[
                "申请人：刘浩然，男，二〇〇三年六月二十一日出生，公民身份号码："
                "510104200306210316。",
                "公证事项：出生",
                "兹证明刘浩然于二〇〇三年六月二十一日在四川省成都市出生。刘浩然的父亲是刘建军，"
                "刘浩然的母亲是王丽华。",
            ],
            office_cn="中华人民共和国四川省成都市蜀都公证处",
            notary_cn="陈敏",
            date_cn="二〇二六年六月十五日",
            no_en="(2026) Chuan Cheng Shu Zheng Nei Jing Zi No. 18342",
            en_paras=[
                "Applicant: LIU Haoran, male, born on June 21, 2003, Citizen ID No.: "
                "510104200306210316.",
                "Subject: Birth",
                "This is to certify that LIU Haoran was born in Chengdu, Sichuan Province on "
                "June 21, 2003. The father of LIU Haoran is LIU Jianjun. The mother of LIU "
                "Haoran is WANG Lihua.",
            ],
            office_en=[
                "Shudu Notary Public Office",
                "Chengdu City, Sichuan Province",
                "The People's Republic of China",
            ],
            notary_en="CHEN Min",
            date_en="June 15, 2026",
        ),
        rng,
    )
    civil.apostille(
        doc,
        dict(
            lang="en",
            zh=[
                "国家",
                "签字人",
                "身份",
                "盖章单位",
                "地点",
                "日期",
                "签发机关",
                "编号",
                "印章",
                "签字",
                "本公文书",
                "证明",
            ],
            header=["中华人民共和国"],
            country="People's Republic of China",
            signed_by="CHEN Min",
            capacity="Notary Public",
            seal_of="Shudu Notary Public Office, Chengdu, Sichuan",
            at="Chengdu",
            date="22 June 2026",
            by="Foreign Affairs Office of Sichuan Provincial People's Government",
            number="2026SC018467",
            stamp_outer="四川省人民政府外事办公室",
            stamp_inner=["★", "认证专用章"],
            stamp_color=civil.STAMP_RED,
            signer="Zhou Lan",
            qr=True,
            verify="Scan the QR code to verify this Apostille online.",
        ),
        rng,
    )
    doc.page()
    pdf = doc.bytes()
    pages = scanned_pages(pdf, 170, rng, max_skew=0.6, tone=(246, 244, 238))
    looks.image_pdf(pages, pk.p("acte_naissance_notarie_apostille.pdf"), 170, 70)
    pk.doc(
        "birth_certificate",
        "image_pdf",
        [("acte_naissance_notarie_apostille.pdf", [1, 2, 3])],
        {
            "surname": "LIU",
            "given_names": "Haoran",
            "date_of_birth": "2003-06-21",
            "place_of_birth": "Chengdu, Sichuan Province",
            "issuing_country": "CHN",
            "language": "zh",
            "has_apostille": True,
        },
        "Chinese notarial birth certificate (公证书): page 1 Chinese, page 2 the notary's English "
        "translation, page 3 the notary's certificate of conformity of the translation.",
    )
    pk.doc(
        "apostille",
        "image_pdf",
        [("acte_naissance_notarie_apostille.pdf", [4])],
        {
            "country": "People's Republic of China",
            "issued_on": "2026-06-22",
            "number": "2026SC018467",
            "signed_by": "CHEN Min",
        },
        "Bilingual Chinese/English apostille (China is a Hague party since 7 Nov 2023). "
        "signed_by = item 2 (the notary who signed the public document); the apostille itself "
        "is signed for the Sichuan Foreign Affairs Office.",
    )
    pdf = civil.sworn_translation(
        dict(
            translator_lines=[
                "Li Wen DUPRÉ",
                "Traductrice-interprète expert",
                "près la Cour d'appel de Grenoble",
                "8 place Grenette - 38000 Grenoble",
            ],
            rep_no="2026/417",
            from_to="(du chinois vers le français)",
            body=[
                ("h", "ACTE NOTARIÉ"),
                ("r", "(2026) Chuan Cheng Shu Zheng Nei Jing Zi n° 18342"),
                (
                    "p",
                    "Requérant : LIU Haoran, sexe masculin, né le 21 juin 2003, numéro de "
                    "carte d'identité de citoyen : 510104200306210316.",
                ),
                ("p", "Objet : Naissance"),
                (
                    "p",
                    "Il est certifié que LIU Haoran est né le 21 juin 2003 à Chengdu, province "
                    "du Sichuan. Son père est LIU Jianjun. Sa mère est WANG Lihua.",
                ),
                (
                    "p",
                    "Office notarial de Shudu, ville de Chengdu, province du Sichuan, "
                    "République populaire de Chine. Notaire : CHEN Min. Le 15 juin 2026. "
                    "[Sceau de l'office notarial]",
                ),
            ],
            cert="Je soussignée Li Wen DUPRÉ, traductrice-interprète expert près la Cour "
            "d'appel de Grenoble, certifie que la présente traduction est conforme à l'original "
            "rédigé en "
            "langue chinoise qui m'a été présenté.",
            place_date="Grenoble, le 25 août 2026",
            translator="Li Wen Dupre",
            stamp_outer="LI WEN DUPRÉ * EXPERT PRÈS LA COUR D'APPEL DE GRENOBLE *",
            stamp_inner=["TRADUCTRICE", "CHINOIS"],
        ),
        rng,
    )
    pages = scanned_pages(pdf, 150, rng, max_skew=1.0)
    looks.image_pdf(pages, pk.p("traduction_acte_naissance.pdf"), 150, 70)
    pk.doc(
        "translation",
        "image_pdf",
        [("traduction_acte_naissance.pdf", [1])],
        {},
        "Sworn French translation (traduction certifiée conforme) of the notarial birth "
        "certificate, translator's stamp. The contract defines no fields for translations.",
    )

    # ---- lease in his name (furnished student lease, e-signed text PDF)
    pdf, _ = lease(
        dict(
            furnished=True,
            font=("Carlito", "Carlito-B"),
            agent="Alpes Gestion Immobilière",
            creator="Alpes Gestion - Yousign",
            landlord_block="Madame Hélène GARNIER, demeurant 5 chemin des Vignes, 38240 Meylan",
            agent_block="ALPES GESTION IMMOBILIÈRE, SARL, 22 cours Berriat, 38000 Grenoble, carte "
            "professionnelle CPI 3801 2019 000 041 234",
            tenants=[("Monsieur Haoran LIU", "né le 21/06/2003 à Chengdu (Chine), étudiant")],
            address="12 rue Lesdiguières, appartement 34, 3e étage, 38000 Grenoble",
            building="immeuble collectif, copropriété, construit avant 1949",
            surface="19,5",
            rooms="1",
            extras="cave n° 12",
            start=D("2026-08-16"),
            duration="9 mois (location meublée consentie à un étudiant), soit jusqu'au 15/05/2027",
            rent=480.0,
            charges=45.0,
            deposit=960.0,
            fees=234.0,
            fees_edl=58.5,
            place="Grenoble",
            signed=D("2026-08-08"),
            esign=[
                ("Alpes Gestion (mandataire)", "08/08/2026 à 11:02"),
                ("Haoran LIU", "08/08/2026 à 16:47"),
            ],
        )
    )
    pk.write("bail_meuble_Grenoble.pdf", pdf)
    n_pages = pdf_pages(pdf)
    pk.doc(
        "lease",
        "text_pdf",
        [("bail_meuble_Grenoble.pdf", list(range(1, n_pages + 1)))],
        {
            "tenant_names": ["Haoran LIU"],
            "landlord": "Hélène GARNIER",
            "address": "12 rue Lesdiguières, appartement 34, 3e étage, 38000 Grenoble",
            "start_date": "2026-08-16",
        },
        "Furnished student lease (loi 1989 titre Ier bis), signed electronically on 08/08/2026, "
        "taking effect 16/08/2026 (more than three months before as_of).",
    )

    # ---- RIB: LCL app screenshot
    acc = fr_iban("30002", "00418", "0000765432K")
    shot = screens.lcl_rib_screen(
        dict(
            account_label="Compte de dépôt ...432K",
            holder="M LIU HAORAN",
            iban=acc["iban"],
            bic="CRLYFRPP",
            bank=acc["bank"],
            branch=acc["branch"],
            account=acc["account"],
            key=acc["key"],
            domiciliation="LCL GRENOBLE VICTOR HUGO",
            time="18:07",
        )
    )
    looks.save_png(shot, pk.p("IMG_4502.PNG"))
    pk.doc(
        "rib",
        "screenshot",
        [("IMG_4502.PNG", [1])],
        {
            "holder_name": "LIU HAORAN",
            "iban": acc["iban"],
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "iPhone screenshot of the LCL app 'RIB / IBAN' screen.",
    )

    reqs = {r: "complete" for r in REQ_ORDER}
    reqs["employment"] = "not_applicable"
    return pk.finish(
        as_of,
        False,
        reqs,
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": "2003-06-21"},
    )
