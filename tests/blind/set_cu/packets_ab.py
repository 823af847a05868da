"""Packets p01 (China) and p02 (Turkey)."""

import checks
import civil
import fin
import form
import ids
from core import Page, compose, render_pil
from pkt import ALL, Packet, form_truth, id_fields, passport_open


# =============================================================== p01 China
def p01(out):
    P = Packet(out, "p01", 101)
    as_of = "2026-11-26"
    per = {
        "surname": "WANG",
        "given": "XIAOYU",
        "passport_no": "EJ4827153",
        "dob": "2003-03-14",
        "sex": "F",
        "pp_issue": "2023-05-09",
        "pp_exp": "2033-05-08",
        "nat": "CHN",
        "surname_mrz": "WANG",
        "given_mrz": "XIAOYU",
        "skin": (228, 196, 168),
        "hair": (25, 20, 20),
        "page_guil": (214, 204, 226),
    }
    addr = "27 rue Pasteur, 69007 Lyon"
    v = {
        "surname": "WANG",
        "given": "XIAOYU",
        "sex": "F",
        "dob": per["dob"],
        "pob_city": "CHENGDU",
        "pob_country": "CHINE",
        "nationality": "CHINOISE",
        "address": "27 RUE PASTEUR, APT 14",
        "cp": "69007",
        "city": "LYON",
        "phone": "07 58 21 44 90",
        "email": "xiaoyu.wang03@qq.com",
        "situation": "etudiant",
        "place": "Lyon",
        "date": "10/11/2026",
        "sig_name": "Wang Xiaoyu",
    }
    p1, p2, f = form.layout("A")
    form.fill(p1, p2, f, v, "hand", P.rng())
    P.image_pdf("formulaire_S1106.pdf", [p1, p2])
    P.doc(
        [("formulaire_S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_truth(v, "not_employed", "2026-11-10"),
        "cerfa 15763*02 print run A, filled by hand (étudiante)",
    )

    pp, mrz = ids.passport_page(per, ids.theme_chn(), P.rng())
    P.photo("IMG_20261110_184233.jpg", passport_open(pp, P.rng()), rot=90, dpi=300, fill=0.86)
    P.doc(
        [("IMG_20261110_184233.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields("WANG", "XIAOYU", "EJ4827153", "CHN", "CHN", per["dob"], "F", per["pp_exp"]),
        "Chinese e-passport, type PO in MRZ; photo rotated 90°; MRZ " + " / ".join(mrz),
    )

    vis = {
        "sticker_no": "FRA012483917",
        "from_p": "10-08-2026",
        "until_p": "09-08-2027",
        "until": "2027-08-09",
        "days": "365",
        "post": "CHENGDU",
        "issued_p": "21-07-2026",
        "remarks": [
            "VLS-TS ETUDIANT",
            "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR - A VALIDER EN LIGNE",
        ],
    }
    vp, vm = ids.visa_on_passport_page(
        per, vis, P.rng(), ["FRANCE", "LYON ST-EXUPERY", "12.08.2026"]
    )
    P.scan("visa_etudiant.jpg", compose((210, 297), [(render_pil(vp, 300), 10, 12, 125)]), dpi=200)
    vf = id_fields("WANG", "XIAOYU", "EJ4827153", "CHN", "FRA", per["dob"], "F", "2027-08-09")
    vf.update(
        visa_type="D",
        vls_ts=True,
        category="ETUDIANT",
        valid_from="2026-08-10",
        valid_until="2027-08-09",
    )
    P.doc(
        [("visa_etudiant.jpg", [1])],
        "long_stay_visa",
        "scan",
        vf,
        "Schengen D sticker, MRV-B MRZ; document_number is the passport number carried in the MRZ "
        "(sticker serial FRA012483917 printed in red). MRZ " + " / ".join(vm),
    )

    b = {
        "year": "2026",
        "no": "04587",
        "dob": per["dob"],
        "id_no": "510104200303144629",
        "issued": "2026-06-18",
    }
    bp = civil.china_notarial(b, P.rng())
    ap = Page(210, 297)
    ap_data = {
        "country": "People's Republic of China",
        "signed_by": "ZHOU Min",
        "capacity": "Notary Public",
        "seal_of": "Shudu Notary Public Office, Chengdu, Sichuan",
        "at": "Chengdu",
        "on_p": "25/06/2026",
        "by": "Foreign Affairs Office of Sichuan Provincial People's Government",
        "number": "SC26-051408",
        "stamp_ring": "四川省人民政府外事办公室",
        "stamp_center": [],
        "stamp_color": (200, 30, 30),
        "signer": "LIU Fang",
        "signer_sig": "Liu Fang",
    }
    ap.cjk(105, 20, "附加证明书", 12, (0, 0, 0), "c")
    civil.apostille(
        ap,
        40,
        40,
        130,
        "en",
        ap_data,
        P.rng(),
        cn=True,
        qr="https://consular.mfa.gov.cn/VERIFY/?SC26-051408",
    )
    P.image_pdf("acte_naissance_notarie_apostille.pdf", bp + [ap])
    P.doc(
        [("acte_naissance_notarie_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "WANG",
            "given_names": "XIAOYU",
            "date_of_birth": per["dob"],
            "place_of_birth": "Chengdu, Sichuan",
            "issuing_country": "CHN",
            "language": "zh",
            "has_apostille": True,
        },
        "Chinese notarial birth certificate 公证书 (2026)川成蜀证字第04587号; names in Chinese "
        "(王晓雨), romanised per the attached English translation; Chinese glyphs are drawn strokes",
    )
    P.doc(
        [("acte_naissance_notarie_apostille.pdf", [2])],
        "translation",
        "image_pdf",
        {},
        "English translation bound by the notary office, with its conformity statement",
    )
    P.doc(
        [("acte_naissance_notarie_apostille.pdf", [3])],
        "apostille",
        "image_pdf",
        {
            "country": "CHN",
            "issued_on": "2026-06-25",
            "number": "SC26-051408",
            "signed_by": "ZHOU Min",
        },
        "China apostille (since 7 Nov 2023), bilingual, QR code; item 10 signed by LIU Fang",
    )

    L = {
        "agency": "Régie Bellecour Immobilier",
        "agency_addr": "4 place Bellecour, 69002 Lyon — "
        "carte professionnelle CPI 6901 2019 000 041 712",
        "kind": "Logement meublé",
        "legal": "Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les "
        "rapports locatifs, modifiée par la loi n° 2014-366 du 24 mars 2014. Contrat type défini par "
        "le décret n° 2015-587 du 29 mai 2015.",
        "landlord_line": "SCI LES TERRASSES DE GERLAND, 112 avenue Jean Jaurès, 69007 Lyon",
        "mandate": "représentée par son mandataire la Régie Bellecour Immobilier, 4 place Bellecour, "
        "69002 Lyon ;",
        "tenant_line": "Mademoiselle WANG Xiaoyu, étudiante, née le 14/03/2003 à Chengdu (Chine)",
        "address": addr + " — 3e étage, porte 14",
        "surface": "21,5",
        "rooms": "1",
        "start": "2026-08-16",
        "duration": "1 an (logement meublé)",
        "rent": 545.0,
        "charges": 55.0,
        "deposit": 1090.0,
        "city": "Lyon",
        "signed": "2026-08-03",
        "landlord_sig": "R. Bellecour",
        "tenant_sig": "Wang Xiaoyu",
    }
    P.text_pdf("bail_lyon_7e.pdf", fin.lease(L, P.rng()))
    P.doc(
        [("bail_lyon_7e.pdf", [1, 2, 3])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["WANG Xiaoyu"],
            "landlord": "SCI LES TERRASSES DE GERLAND",
            "address": "27 rue Pasteur, 69007 Lyon",
            "start_date": "2026-08-16",
        },
        "furnished lease via an agency, signed with scanned signatures",
    )

    iban, key = checks.fr_iban("30002", "00744", "0000458127H")
    assert checks.iban_ok(iban)
    R = {
        "style": "lcl",
        "color": (0, 40, 110),
        "holder_lines": ["MLLE WANG XIAOYU", "27 RUE PASTEUR", "69007 LYON"],
        "dom_lines": ["LCL LYON JEAN MACE", "2 AVENUE BERTHELOT", "69007 LYON"],
        "bank": "30002",
        "branch": "00744",
        "acct": "0000458127H",
        "key": key,
        "iban": iban,
        "bic": "CRLYFRPP",
        "footer": "LCL — Le Crédit Lyonnais — SA au capital de 2 037 713 591 € — "
        "SIREN 954 509 741 — RCS Lyon",
    }
    P.text_pdf("RIB_LCL.pdf", [fin.rib(R)])
    P.doc(
        [("RIB_LCL.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "WANG XIAOYU",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "account number with a letter (H)",
    )
    reqs = {k: "complete" for k in ALL}
    reqs["employment"] = "not_applicable"
    P.truth(
        as_of,
        False,
        reqs,
        None,
        {"surname": "WANG", "given_names": "XIAOYU", "date_of_birth": per["dob"]},
    )


# =============================================================== p02 Turkey
def p02(out):
    P = Packet(out, "p02", 202)
    as_of = "2026-11-18"
    tckn = "38412907564"
    per = {
        "surname": "ÖZTÜRK",
        "surname_print": "ÖZTÜRK",
        "given": "ELIF NUR",
        "given_print": "ELİF NUR",
        "passport_no": "U38194027",
        "dob": "1994-06-02",
        "sex": "F",
        "pp_issue": "2022-03-15",
        "pp_exp": "2032-03-14",
        "tckn": tckn,
        "nat": "TUR",
        "skin": (226, 190, 160),
        "hair": (60, 38, 25),
    }
    nir = checks.nir_with_key("2940699208047")
    v = {
        "surname": "ÖZTÜRK",
        "given": "ELİF NUR",
        "sex": "F",
        "dob": per["dob"],
        "pob_city": "İSTANBUL (KADIKÖY)",
        "pob_country": "TURQUIE",
        "nationality": "TURQUE",
        "address": "8 RUE DE BÉTHUNE",
        "cp": "59000",
        "city": "LILLE",
        "phone": "06 44 18 90 27",
        "email": "elif.ozturk@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Ingénieure data",
        "nir": nir,
        "place": "Lille",
        "date": "05/11/2026",
        "sig_name": "E. Öztürk",
        "date_mode": "hand",
        "ink": (20, 20, 28),
        "hand_font": "h_dkg",
    }
    p1, p2, f = form.layout("B")
    form.fill(p1, p2, f, v, "typed", P.rng())
    P.scan("scan_0041.jpg", p1, 200)
    P.scan("scan_0042.jpg", p2, 200)
    ft = form_truth(v, "employed", "2026-11-05")
    P.doc(
        [("scan_0041.jpg", [1]), ("scan_0042.jpg", [1])],
        "application_form",
        "scan",
        ft,
        "print run B, typed then printed; date and signature by hand; NIR given (via employer)",
    )

    pp, _mrz = ids.passport_page(per, ids.theme_tur(), P.rng())
    P.scan("pasaport_ozturk.jpg", ids.passport_scan_sheet(pp, P.rng(), 200), 200)
    P.doc(
        [("pasaport_ozturk.jpg", [1])],
        "passport",
        "scan",
        id_fields("ÖZTÜRK", "ELİF NUR", "U38194027", "TUR", "TUR", per["dob"], "F", per["pp_exp"]),
        "Turkish passport; MRZ OZTURK<<ELIF<NUR, personal number (T.C. Kimlik No) in optional data",
    )

    t = {
        "kind": "CARTE DE SEJOUR PLURIANNUELLE",
        "kind2": "PASSEPORT TALENT - SALARIE QUALIFIE",
        "exp": "2029-01-21",
        "number": "NF5218437",
        "address": "8 RUE DE BETHUNE 59000 LILLE",
        "issue": "2025-01-22",
        "pref": "PREFECTURE DU NORD",
        "remarks": "AUTORISE SON TITULAIRE A TRAVAILLER",
    }
    fr_, bk, tm = ids.residence_card(per, t, P.rng())
    P.photo("titre_sejour_recto.jpg", ids.card_photo_src(fr_), rot=0, fill=0.62)
    P.photo("titre_sejour_verso.jpg", ids.card_photo_src(bk), rot=180, fill=0.6)
    P.doc(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        id_fields("ÖZTÜRK", "ELİF NUR", "NF5218437", "TUR", "FRA", per["dob"], "F", "2029-01-21"),
        "titre de séjour pluriannuel passeport talent; back photographed upside down; MRZ "
        + " / ".join(tm),
    )

    b = {
        "office": "KADIKÖY İLÇE NÜFUS MÜDÜRLÜĞÜ",
        "dob": per["dob"],
        "pob": "KADIKÖY / İSTANBUL",
        "surname": "ÖZTÜRK",
        "given": "ELİF NUR",
        "father": "MEHMET ÖZTÜRK",
        "mother": "AYŞE ÖZTÜRK (YILMAZ)",
        "tckn": tckn,
        "reg": "34-112-07 / 58 / 14",
        "issued": "2026-04-03",
        "registrar": "Ayşe KARACA",
        "verif": "NVI-7Q4K-2B91-XM30",
    }
    bc = civil.turkey_formul_a(b, P.rng())
    ap = Page(210, 297)
    civil.apostille(
        ap,
        30,
        30,
        150,
        "tr",
        {
            "country": "TÜRKİYE CUMHURİYETİ",
            "signed_by": "Ayşe KARACA",
            "capacity": "Nüfus Müdürü",
            "seal_of": "T.C. Kadıköy İlçe Nüfus Müdürlüğü",
            "at": "KADIKÖY",
            "on_p": "08/04/2026",
            "by": "T.C. KADIKÖY KAYMAKAMLIĞI",
            "number": "34/2026/018452",
            "stamp_ring": "T.C. KADIKÖY KAYMAKAMLIĞI * ",
            "stamp_center": ["APOSTİL"],
            "stamp_color": (40, 40, 150),
            "signer": "Murat ŞAHİN — Kaymakam a.",
            "signer_sig": "M. Sahin",
        },
        P.rng(),
        title="APOSTİL",
    )
    P.image_pdf("dogum_kayit_ornegi_apostil.pdf", [bc, ap])
    P.doc(
        [("dogum_kayit_ornegi_apostil.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ÖZTÜRK",
            "given_names": "ELİF NUR",
            "date_of_birth": per["dob"],
            "place_of_birth": "Kadıköy, İstanbul",
            "issuing_country": "TUR",
            "language": "tr",
            "has_apostille": True,
        },
        "Formül A multilingual extract (CIEC convention 16), TR/FR/EN labels",
    )
    P.doc(
        [("dogum_kayit_ornegi_apostil.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "TUR",
            "issued_on": "2026-04-08",
            "number": "34/2026/018452",
            "signed_by": "Ayşe KARACA",
        },
        "Kaymakamlık apostille, Turkish/French labels",
    )

    base = {
        "holder": "Mme ELIF OZTURK",
        "addr1": "8 rue de Béthune",
        "addr2": "59000 Lille",
        "account": "0428815627",
        "line": "03 20 57 41 86",
    }
    bills = [
        ("2026-08", "2026-08-01", "2026-08-31", "2026-09-04", "2026-09-18", 32.99, "FX26090418822"),
        ("2026-09", "2026-09-01", "2026-09-30", "2026-10-05", "2026-10-19", 32.99, "FX26100519407"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-11-04", "2026-11-18", 35.98, "FX26110420113"),
    ]
    for i, (mo, s, e, iss, deb, amt, no) in enumerate(bills):
        B = dict(
            base,
            start=s,
            end=e,
            issue=iss,
            debit=deb,
            amount=amt,
            no=no,
            prev=fin.fr(bills[i - 1][3]) if i else "",
        )
        fields = {
            "provider": "SFR",
            "service": "internet",
            "holder_name": "ELIF OZTURK",
            "address": "8 rue de Béthune, 59000 Lille",
            "issue_date": iss,
            "period_start": s,
            "period_end": e,
            "amount": amt,
            "month": mo,
        }
        if i == 0:
            P.text_pdf("SFR_Facture_082026.pdf", [fin.sfr_bill(B)])
            P.doc(
                [("SFR_Facture_082026.pdf", [1])],
                "utility_bill",
                "text_pdf",
                fields,
                "SFR box bill",
            )
        elif i == 1:
            P.screenshot("Screenshot_20261006-104212.png", fin.sfr_screenshot(B))
            P.doc(
                [("Screenshot_20261006-104212.png", [1])],
                "utility_bill",
                "screenshot",
                fields,
                "SFR & Moi app, bill screen",
            )
        else:
            P.photo("IMG_20261108_101522.jpg", fin.sfr_bill(B), rot=0, dpi=200)
            P.doc(
                [("IMG_20261108_101522.jpg", [1])],
                "utility_bill",
                "phone_photo",
                fields,
                "printed SFR bill photographed",
            )

    siret = checks.siret("81247305", "0002")
    g = 3750.0
    parts = [
        round(g * r, 2) for r in (0.0078, 0.069, 0.004, 0.0401, 0.9825 * 0.068, 0.9825 * 0.029)
    ]
    ded = round(sum(parts) + 42.50, 2)
    net_before = round(g - ded, 2)
    taxable = round(net_before + parts[5] + 42.50, 2)
    pas = round(taxable * 0.062, 2)
    Pay = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "gross": g,
        "ded": ded,
        "net_before": net_before,
        "taxable": taxable,
        "pas": pas,
        "net_paid": round(net_before - pas, 2),
        "iban_masked": "FR76 3000 **** **** **** **** 412",
        "employer_lines": [
            "KESTREL ANALYTICS SAS",
            "52 rue Nationale",
            "59000 Lille",
            "SIRET " + siret,
            "Code NAF 6202A — URSSAF Nord-Pas-de-Calais",
            "Convention collective Syntec (IDCC 1486)",
        ],
        "employee_lines": [
            "Mme Elif Nur ÖZTÜRK",
            "8 rue de Béthune, 59000 Lille",
            "Emploi : Ingénieure data — Cadre, position 2.2",
            "Entrée le 03/02/2025 — CDI, temps plein",
            "N° SS : "
            + " ".join([nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]]),
        ],
    }
    P.text_pdf("bulletin_paie_octobre_2026.pdf", [fin.payslip(Pay)])
    P.doc(
        [("bulletin_paie_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "KESTREL ANALYTICS SAS",
            "employee_name": "Elif Nur ÖZTÜRK",
            "period": "2026-10",
            "net_pay": Pay["net_paid"],
            "siret": siret,
        },
        "bulletin clarifié; net_pay = NET PAYÉ after income tax; net before tax "
        + fin.money(net_before),
    )

    iban, key = checks.fr_iban("30003", "02937", "00050214412")
    R = {
        "style": "sg",
        "color": (0, 0, 0),
        "holder_lines": ["MME OZTURK ELIF NUR", "8 RUE DE BETHUNE", "59000 LILLE"],
        "dom_lines": ["SG LILLE REPUBLIQUE", "(02937)"],
        "bank": "30003",
        "branch": "02937",
        "acct": "00050214412",
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "footer": "Société Générale — SA au capital de 1 003 724 927,50 € — 552 120 222 RCS Paris — "
        "29 bd Haussmann 75009 Paris",
    }
    P.scan("rib_societe_generale.jpg", fin.rib(R), 200)
    P.doc(
        [("rib_societe_generale.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "OZTURK ELIF NUR",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    P.truth(
        as_of,
        True,
        {k: "complete" for k in ALL},
        None,
        {"surname": "ÖZTÜRK", "given_names": "ELİF NUR", "date_of_birth": per["dob"]},
    )
