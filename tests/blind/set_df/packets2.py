"""Packets p03 (Turkey, one defect) and p04 (China, one defect)."""

import docs2 as D2
from docs import (
    card_td1,
    form_s1106,
    header_block,
    iban_fr,
    passport_page,
    rib_key,
    rib_page,
    td1,
    td3,
)
from render import Doc, signature


def turkish_birth(b, rng):
    d = Doc(210, 297, (248, 250, 252))
    d.t(105, 18, "TÜRKİYE CUMHURİYETİ", "dvb", 12, align="c")
    d.t(
        105,
        24,
        "İÇİŞLERİ BAKANLIĞI — Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
        "dv",
        8.5,
        align="c",
    )
    d.t(105, 36, "DOĞUM KAYIT ÖRNEĞİ", "dvb", 13, align="c")
    y = 52
    for lab, val in b["rows"]:
        d.t(22, y, lab, "dv", 8.5, (70, 70, 70))
        d.t(82, y, val, "dvb", 10)
        d.line(20, y + 2.6, 190, y + 2.6, 0.12, (180, 180, 180))
        y += 9
    y += 8
    d.t(22, y, "Bu belge nüfus kayıtlarına uygun olarak düzenlenmiştir.", "dv", 9)
    d.t(22, y + 6, "Düzenlenme tarihi: " + b["issued"] + " — " + b["office"], "dv", 9)
    D2.stamp(d, 150, y + 30, ["NÜFUS MÜDÜRLÜĞÜ", "KONAK", "İZMİR"], (40, 60, 150), 16)
    signature(d, 112, y + 32, rng, 30, (20, 20, 80))
    return [d]


def chinese_birth(b, rng):
    d = Doc(210, 297, (252, 251, 247))
    d.t(105, 24, "公 证 书", "cjk", 20, align="c")
    d.t(105, 32, "NOTARIAL CERTIFICATE", "serifb", 12, align="c")
    d.t(190, 44, b["no_cn"], "cjk", 9, align="r")
    y = 58
    for s in b["cn"]:
        d.t(24, y, s, "cjk", 11)
        y += 8
    y += 6
    d.t(105, y, "Translation", "serifb", 11, align="c")
    y += 10
    for s in b["en"]:
        d.t(24, y, s, "serif", 10.5)
        y += 6.2
    D2.stamp(d, 150, y + 26, ["XIHU NOTARY", "HANGZHOU"], (190, 30, 30), 16)
    signature(d, 110, y + 26, rng, 28, (20, 20, 20))
    return [d]


def p03(out):
    from emit import Packet

    sur, giv, dob = "KILIÇOĞLU", "ÖYKÜ BÜŞRA", "1992-11-03"
    P = Packet(
        out, "p03", "2026-11-25", False, {"surname": sur, "given_names": giv, "date_of_birth": dob}
    )
    addr = "5 rue de la Part-Dieu, 69003 Lyon"
    form = {
        "surname": "KILIÇOĞLU",
        "given": "Öykü Büşra",
        "dob": "03/11/1992",
        "pob": "İzmir (Turquie)",
        "nat": "turque",
        "addr": addr,
        "situation": "none",
        "place": "Lyon",
        "signed_on": "19/11/2026",
        "signed": True,
    }
    P.add(
        "IMG_20261119_201533.jpg",
        "phone_photo",
        [
            (
                "application_form",
                [1],
                {
                    "surname": sur,
                    "given_names": "Öykü Büşra",
                    "date_of_birth": dob,
                    "employment_status": "not_employed",
                    "signed": True,
                    "signed_on": "2026-11-19",
                    "nir": None,
                },
                "typed form printed, signed by hand, photographed rotated 90° ccw",
            )
        ],
        form_s1106(form, P.rng("form"), hand=False),
        rot=90,
    )
    num = "U23894571"
    mrz = td3("P", "TUR", "KILICOGLU", "OYKU BUSRA", num, "TUR", dob, "F", "2031-06-14")
    pp = {
        "header": "TÜRKİYE CUMHURİYETİ  REPUBLIC OF TÜRKİYE   PASAPORT / PASSPORT",
        "type": "P",
        "country": "TUR",
        "number": num,
        "surname_print": sur,
        "given_print": giv,
        "nat_print": "T.C.",
        "dob_print": "03.11.1992",
        "sex": "K/F",
        "pob": "İZMİR",
        "issue_print": "15.06.2021",
        "exp_print": "14.06.2031",
        "mrz": mrz,
        "num_label": "Pasaport No / Passport No",
        "sur_label": "Soyadı / Surname",
        "giv_label": "Adı / Given names",
        "nat_label": "Uyruğu / Nationality",
        "dob_label": "Doğum tarihi / Date of birth",
        "pob_label": "Doğum yeri / Place of birth",
        "iss_label": "Veriliş tarihi / Date of issue",
        "exp_label": "Geçerlilik tarihi / Date of expiry",
    }
    P.add(
        "pasaport.png",
        "scan",
        [
            (
                "passport",
                [1],
                {
                    "surname": sur,
                    "given_names": giv,
                    "document_number": num,
                    "nationality": "TUR",
                    "issuing_country": "TUR",
                    "date_of_birth": dob,
                    "sex": "F",
                    "expiry_date": "2031-06-14",
                    "mrz_valid": True,
                    "mrz_lines": mrz,
                },
                "greyscale PNG scan",
            )
        ],
        [passport_page(pp, (240, 232, 232), (150, 20, 30))],
        cards=True,
    )
    sn, sdob = "ZB2719348", "1989-02-17"
    tm = td1("FRA", "KILICOGLU", "AYSE", sn, "TUR", sdob, "F", "2027-12-09")
    rows = [
        ("NOM / SURNAME", "KILIÇOĞLU", 28, 12),
        ("PRÉNOMS / GIVEN NAMES", "AYŞE", 28, 20),
        ("SEXE", "F", 28, 28),
        ("NATIONALITÉ", "TUR", 40, 28),
        ("DATE DE NAISSANCE", "17 02 1989", 58, 28),
        ("TYPE DE TITRE", "CARTE DE SÉJOUR — VIE PRIVÉE ET FAMILIALE", 28, 36),
        ("VALABLE JUSQU'AU", "09 12 2027", 28, 44),
        ("N°", sn, 58, 44),
    ]
    f, b = card_td1(rows, tm, "RÉPUBLIQUE FRANÇAISE  —  TITRE DE SÉJOUR")
    P.add(
        "scan_titre_sejour.jpg",
        "scan",
        [
            (
                "residence_permit",
                [1],
                {
                    "surname": "KILIÇOĞLU",
                    "given_names": "AYŞE",
                    "document_number": sn,
                    "nationality": "TUR",
                    "issuing_country": "FRA",
                    "date_of_birth": sdob,
                    "sex": "F",
                    "expiry_date": "2027-12-09",
                    "mrz_valid": True,
                    "mrz_lines": tm,
                },
                (
                    "DEFECT: this is the card of the applicant's sister Ayşe (other given name and birth "
                    "date); the applicant's own permit is not in the packet"
                ),
            )
        ],
        [f, b],
        cards=True,
    )
    br = {
        "rows": [
            ("T.C. Kimlik No", "28471953064"),
            ("Soyadı", sur),
            ("Adı", "ÖYKÜ BÜŞRA"),
            ("Baba adı", "MEHMET"),
            ("Ana adı", "GÜLŞEN"),
            ("Cinsiyeti", "KADIN"),
            ("Doğum yeri", "KONAK / İZMİR"),
            ("Doğum tarihi", "03.11.1992"),
            ("Medeni hali", "BEKAR"),
        ],
        "issued": "07.04.2026",
        "office": "Konak İlçe Nüfus Müdürlüğü",
    }
    ap = {
        "country": "TÜRKİYE",
        "signed_by": "SELİN AYDIN",
        "capacity": "NÜFUS MÜDÜRÜ",
        "seal": "KONAK İLÇE NÜFUS MÜDÜRLÜĞÜ",
        "place": "KONAK / İZMİR",
        "date": "09.04.2026",
        "authority": "KONAK KAYMAKAMLIĞI",
        "number": "2026/3318",
        "stamp": ["KONAK", "KAYMAKAMLIĞI"],
    }
    tr_l = [
        "Ülke / Country:",
        "İmzalayan / Signed by:",
        "Sıfatı / Acting in the capacity of:",
        "Mühür / Bears the seal of:",
        "Yer / At:",
        "Tarih / The:",
        "Makam / By:",
        "Sayı / No:",
        "Mühür / Seal:",
        "İmza / Signature:",
    ]
    pages = turkish_birth(br, P.rng("birth")) + D2.apostille(ap, P.rng("ap"), tr_l)
    P.add(
        "dogum_belgesi_apostil.pdf",
        "image_pdf",
        [
            (
                "birth_certificate",
                [1],
                {
                    "surname": sur,
                    "given_names": "ÖYKÜ BÜŞRA",
                    "date_of_birth": dob,
                    "place_of_birth": "Konak / İzmir",
                    "issuing_country": "TUR",
                    "language": "tr",
                    "has_apostille": True,
                },
                "doğum kayıt örneği",
            ),
            (
                "apostille",
                [2],
                {
                    "country": "TUR",
                    "issued_on": "2026-04-09",
                    "number": "2026/3318",
                    "signed_by": "Konak Kaymakamlığı",
                },
                "page 2 of the same PDF",
            ),
        ],
        pages,
    )
    holder = ["MME ÖYKÜ BÜŞRA KILIÇOĞLU", "5 RUE DE LA PART-DIEU", "69003 LYON"]
    months = [
        ("2026-08", "août 2026", "2026-08-01", "2026-08-31", "2026-09-02"),
        ("2026-09", "septembre 2026", "2026-09-01", "2026-09-30", "2026-10-02"),
        ("2026-10", "octobre 2026", "2026-10-01", "2026-10-31", "2026-11-02"),
    ]
    looks = [
        ("Facture_Free_2026-08.pdf", "text_pdf", 0),
        ("IMG_3390.jpg", "phone_photo", 270),
        ("scan_free_oct.jpg", "scan", 0),
    ]
    for i, (m, mw, p0, p1, iss) in enumerate(months):
        b = {
            "no": f"FR{314159 + 1000 * i:09d}",
            "issue": iss,
            "holder_lines": holder,
            "login": "fbx7741093",
            "line": "04 72 18 55 31",
            "month_word": mw,
            "p0": p0,
            "p1": p1,
            "amount": "29,99",
            "debit": fr_date_s(iss),
        }
        fn, look, rot = looks[i]
        P.add(
            fn,
            look,
            [
                (
                    "utility_bill",
                    [1],
                    {
                        "provider": "Free",
                        "service": "internet",
                        "holder_name": "ÖYKÜ BÜŞRA KILIÇOĞLU",
                        "address": addr,
                        "issue_date": iss,
                        "period_start": p0,
                        "period_end": p1,
                        "amount": "29.99",
                    },
                    f"Freebox monthly bill {m}",
                )
            ],
            D2.free_bill(b),
            rot=rot,
        )
    bk, brc, ac = "17806", "00210", "04218375100"
    key = rib_key(bk, brc, ac)
    iban = iban_fr(bk, brc, ac, key)
    r = {
        "bank": "Crédit Agricole Centre-est",
        "holder_lines": holder,
        "agency_lines": ["CA Lyon Part-Dieu", "20 boulevard Vivier-Merle", "69003 Lyon"],
        "bk": bk,
        "br": brc,
        "acct": ac,
        "key": key,
        "iban": iban,
        "bic": "AGRIFRPP878",
        "edited": "14/10/2026",
    }
    P.add(
        "RIB_CA.pdf",
        "image_pdf",
        [
            (
                "rib",
                [1],
                {
                    "holder_name": "ÖYKÜ BÜŞRA KILIÇOĞLU",
                    "iban": iban,
                    "bic": "AGRIFRPP878",
                    "bank_name": "Crédit Agricole Centre-est",
                    "iban_valid": True,
                    "rib_key_valid": True,
                },
                "",
            )
        ],
        rib_page(r, ("sansb", "sans", (0, 110, 100))),
    )
    P.finish(
        "residence permit belongs to another person (the applicant's sister)",
        {"residence_status": "invalid"},
    )


def fr_date_s(iso):
    return iso[8:10] + "/" + iso[5:7] + "/" + iso[0:4]


__all__ = ["Doc", "header_block"]
