"""Packet p03: applicant from China (surname first, pinyin), employed, notarial birth
certificate with French translation and apostille, lease loi 1989, LCL RIB; in order."""

from __future__ import annotations

import random
from pathlib import Path

from cb_base import d, fr_iban, iban_ok, make_siret, nir_key, rib_key
from cb_civil import cn_notarial_pdf
from cb_form_fill import build_form
from cb_ids import passport_pdf, passport_upper_pdf, titre_sejour_pdf
from cb_lease_text import lease_sections
from cb_looks import png_bytes, scan_look
from cb_out import (
    Packet,
    booklet_img,
    booklet_on_bed,
    cards_on_a4,
    look_image_pdf,
    look_photo,
    page_img,
)
from cb_work import lease_pdf, payslip_pdf, rib_pdf


def build_p03(root: Path) -> None:
    rng = random.Random(10_003)
    who = {"surname": "OUYANG", "given_names": "SIQI", "date_of_birth": "1996-08-23"}
    pk = Packet(root, "p03", "2026-11-27", True, who)
    dob = d("1996-08-23")
    face = {
        "skin": (0.87, 0.72, 0.6),
        "hair": (0.05, 0.04, 0.04),
        "female": True,
        "bg": (0.95, 0.95, 0.96),
    }
    nir13 = "2960899216047"
    nir = nir13 + nir_key(nir13)
    assert int(nir[:13]) % 97 + int(nir[13:]) == 97

    # -- application form: the fillable PDF itself (AcroForm), signature image pasted
    fv = {
        "surname": "OUYANG",
        "given": "Siqi",
        "dob": dob,
        "pob_city": "Hangzhou",
        "pob_country": "Chine",
        "nationality": "chinoise",
        "nir": nir,
        "address": "5 bis rue des Cévennes, appt 31",
        "cp": "75015",
        "city": "Paris",
        "tel": "06 27 93 41 58",
        "email": "siqi.ouyang@outlook.fr",
        "sex": "F",
        "situation": "salarie",
        "job": "Ingénieure data",
        "contract": "CDI",
        "place": "Paris",
        "date_text": "20/11/2026",
    }
    f = pk.write("S1106_demande_PUMA_OUYANG.pdf", build_form(fv, "A", "acroform", rng))
    pk.doc(
        [(f, [1, 2])],
        "application_form",
        "text_pdf",
        {
            "surname": "OUYANG",
            "given_names": "Siqi",
            "date_of_birth": "1996-08-23",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-20",
            "nir": nir,
        },
        "fillable PDF (AcroForm fields with appearance streams, print run A); "
        "handwritten signature pasted as an image; NIR from her payslip (born abroad: "
        "département 99, country code 216)",
    )

    # -- passport (China): flatbed scan saved as PNG
    cn_t, cn_g = (0.95, 0.93, 0.95), ((0.85, 0.78, 0.85), (0.78, 0.84, 0.9))
    pp = {
        "code": "CHN",
        "surname": "OUYANG",
        "given": "SIQI",
        "number": "EK4829731",
        "nat": "CHN",
        "dob": dob,
        "sex": "F",
        "expiry": d("2032-04-10"),
        "tint": cn_t,
        "guilloche": cn_g,
        "head_col": (0.65, 0.1, 0.12),
        "face": face,
        "header": [
            ("中华人民共和国", "zh", 8),
            ("PEOPLE'S REPUBLIC OF CHINA", None, 7),
            ("护照  PASSPORT", "zh", 7.5),
        ],
        "rows": [
            [
                ("Type", "P", 14, ("类型", "zh")),
                ("Country code", "CHN", 22, ("国家码", "zh")),
                ("Passport No.", "EK4829731", 36, ("护照号", "zh")),
            ],
            [("Surname", "欧阳 / OUYANG", 60, ("姓", "zh"))],
            [("Given names", "思琪 / SIQI", 60, ("名", "zh"))],
            [
                ("Sex", "女 / F", 18, ("性别", "zh")),
                ("Date of birth", "23 AUG 1996", 30, ("出生日期", "zh")),
            ],
            [
                ("Place of birth", "浙江 / ZHEJIANG", 32, ("出生地点", "zh")),
                ("Date of issue", "11 APR 2022", 30, ("签发日期", "zh")),
            ],
            [
                ("Place of issue", "浙江 / ZHEJIANG", 32, ("签发地点", "zh")),
                ("Date of expiry", "10 APR 2032", 30, ("有效期至", "zh")),
            ],
        ],
        "vfont": "Sans-B",
    }
    pdf, mrz = passport_pdf(pp, rng)
    upper = passport_upper_pdf(rng, cn_t, cn_g, [("备注 / OBSERVATIONS", "zh")])
    img = booklet_on_bed(booklet_img(pdf, upper, 300, (95, 20, 25)), rng, 300, crop=True)
    f = pk.write("passport.png", png_bytes(scan_look(img, rng, noise=2.0, skew=0.4)))
    pk.doc(
        [(f, [1])],
        "passport",
        "scan",
        {
            "surname": "OUYANG",
            "given_names": "SIQI",
            "document_number": "EK4829731",
            "nationality": "CHN",
            "issuing_country": "CHN",
            "date_of_birth": "1996-08-23",
            "sex": "F",
            "expiry_date": "2032-04-10",
            "mrz_valid": True,
        },
        "names printed in Chinese and pinyin, surname first; MRZ " + " / ".join(mrz),
    )

    # -- titre de séjour pluriannuel passeport talent, both sides on one scanned page
    ts = {
        "number": "RB5720638",
        "dob": dob,
        "sex": "F",
        "expiry": d("2029-10-05"),
        "nat": "CHN",
        "surname": "OUYANG",
        "given": "SIQI",
        "face": face,
        "kind": "CARTE DE SEJOUR PLURIANNUELLE",
        "mention": "PASSEPORT TALENT",
        "pob": "HANGZHOU (CHINE)",
        "issued": d("2025-10-06"),
        "authority": "PREFECTURE DE POLICE",
        "address": "5 BIS RUE DES CEVENNES 75015 PARIS",
        "observations": [
            "SALARIE QUALIFIE – ART. L.421-9 CESEDA",
            "AUTORISE SON TITULAIRE A TRAVAILLER",
        ],
    }
    pdf, tmrz = titre_sejour_pdf(ts, rng)
    sheet = cards_on_a4(pdf, rng, 300)
    f = pk.write(
        "titre_de_sejour.pdf",
        look_image_pdf(b"", rng, pages=[sheet], q=72, producer="EPSON Scan 2"),
    )
    pk.doc(
        [(f, [1])],
        "residence_permit",
        "image_pdf",
        {
            "surname": "OUYANG",
            "given_names": "SIQI",
            "document_number": "RB5720638",
            "nationality": "CHN",
            "issuing_country": "FRA",
            "date_of_birth": "1996-08-23",
            "sex": "F",
            "expiry_date": "2029-10-05",
            "mrz_valid": True,
        },
        "front and back scanned together on one A4 page; MRZ " + " / ".join(tmrz),
    )

    # -- notarial birth certificate + French translation + apostille, one scanner PDF
    b = {
        "ref_zh": "(2026)浙杭西证外字第3187号",
        "ref_fr": "(2026) Zhe Hang Xi Zheng Wai Zi n° 3187",
        "zh_lines": [
            "申请人：欧阳思琪，女，一九九六年八月二十三日出生，",
            "现住浙江省杭州市西湖区文三路一百二十八号。",
            "公证事项：出生",
            "兹证明欧阳思琪于一九九六年八月二十三日在浙江省杭州市",
            "出生。欧阳思琪的父亲是欧阳建国，欧阳思琪的母亲是陈丽华。",
        ],
        "zh_footer": [
            "中华人民共和国浙江省杭州市西湖公证处",
            "公证员  周敏",
            "二〇二六年四月二十八日",
        ],
        "seal_zh": "浙江省杭州市西湖公证处",
        "fr_paras": [
            (
                "Requérante : OUYANG Siqi, de sexe féminin, née le 23 août 1996, "
                "demeurant au n° 128, route Wensan, district de Xihu, ville de Hangzhou, "
                "province du Zhejiang."
            ),
            "Objet : Naissance",
            (
                "Nous certifions que OUYANG Siqi est née le 23 août 1996 à Hangzhou, "
                "province du Zhejiang. Son père est OUYANG Jianguo et sa mère est CHEN "
                "Lihua."
            ),
        ],
        "fr_footer": [
            "Office notarial de Xihu, ville de Hangzhou,",
            "province du Zhejiang, République populaire de Chine",
            "Notaire : ZHOU Min",
            "Le 28 avril 2026",
        ],
        "zh_cert": "兹证明前面的法文译文与中文原本内容相符。",
        "fr_cert": "Nous certifions que la traduction française ci-dessus est conforme à "
        "l'original chinois.",
        "apostille": {
            "items": [
                ("1.", "国家", "Country:", "中华人民共和国", "The People's Republic of China"),
                ("", "本公文书", "This public document", "", ""),
                ("2.", "由...签署", "has been signed by", "周敏", "ZHOU Min"),
                ("3.", "以...身份", "acting in the capacity of", "公证员", "Notary Public"),
                (
                    "4.",
                    "盖有...印章",
                    "bears the seal/stamp of",
                    "浙江省杭州市西湖公证处",
                    "Xihu Notary Public Office,\nHangzhou, Zhejiang Province",
                ),
                ("", "证明", "Certified", "", ""),
                ("5.", "地点", "at", "杭州", "Hangzhou"),
                ("6.", "日期", "the", "2026年5月8日", "8 May 2026"),
                (
                    "7.",
                    "签发机关",
                    "by",
                    "浙江省人民政府外事办公室",
                    "Foreign Affairs Office of the People's\nGovernment of Zhejiang Province",
                ),
                ("8.", "编号", "No.", "", "ZJ-2026-045213"),
                ("9.", "印章", "Seal/stamp", "", ""),
                ("10.", "签名", "Signature", "", ""),
            ],
            "seal_zh": "浙江省人民政府外事办公室",
            "disclaimer": "This Apostille only certifies the authenticity of the signature and"
            " the capacity of the person who has signed the public document, and,"
            " where appropriate, the identity of the seal or stamp which the "
            "public document bears. This Apostille does not certify the content "
            "of the document for which it was issued.",
        },
    }
    f = pk.write(
        "naissance_notariat_apostille.pdf",
        look_image_pdf(cn_notarial_pdf(b, rng), rng, dpi=200, q=70, producer="EPSON Scan 2"),
    )
    pk.doc(
        [(f, [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "OUYANG",
            "given_names": "Siqi",
            "date_of_birth": "1996-08-23",
            "place_of_birth": "Hangzhou, Zhejiang",
            "issuing_country": "CHN",
            "language": "zh",
            "has_apostille": True,
        },
        "notarial birth certificate 公证书 in Chinese (names 欧阳思琪; values given here in the "
        "pinyin of the attached translation); China joined the Apostille Convention in 2023",
    )
    pk.doc(
        [(f, [2])],
        "translation",
        "image_pdf",
        {},
        "French translation bound into the notarial certificate, with the notary's "
        "certificate that it conforms to the Chinese original",
    )
    pk.doc(
        [(f, [3])],
        "apostille",
        "image_pdf",
        {
            "country": "CHN",
            "issued_on": "2026-05-08",
            "number": "ZJ-2026-045213",
            "signed_by": "ZHOU Min",
        },
        "Hague model with its 10 numbered items, Chinese/English; signed_by is item 2 (the "
        "signer of the certified document); issued by the Zhejiang Foreign Affairs Office",
    )

    # -- lease (bail loi 1989), signed by hand, scanned
    L = {
        "place": "Paris",
        "signed": d("2026-02-20"),
        "landlord": "Hélène DUCASSE-VERNET",
        "tenants": ["OUYANG Siqi"],
        "init_landlord": "HDV",
        "init_tenant": "OS",
        "sections": lease_sections(),
        "annexes": [
            "Diagnostic de performance énergétique (DPE, classe D)",
            "État des risques et pollutions (ERP)",
            "Notice d'information relative aux droits et obligations des locataires",
            "État des lieux d'entrée du 1er mars 2026",
            "Extrait du règlement de copropriété",
        ],
    }
    f = pk.write(
        "bail_signe.pdf",
        look_image_pdf(lease_pdf(L, rng), rng, dpi=170, q=66, producer="EPSON Scan 2"),
    )
    pk.doc(
        [(f, [1, 2, 3, 4])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["OUYANG Siqi"],
            "landlord": "Hélène DUCASSE-VERNET",
            "address": "5 bis rue des Cévennes, 75015 Paris",
            "start_date": "2026-03-01",
        },
        "bail de logement vide loi 1989 (décret 2015-587 model), 3 years from 1 March 2026 "
        "(about 9 months before the audit date); initials on each page, signatures on p. 4",
    )

    # -- payslip
    siret = make_siret(rng)
    s = {
        "employer": "LUMENARIA CONSEIL",
        "employer_lines": [
            "18 rue de la Pépinière",
            "75008 PARIS",
            f"SIRET : {siret}",
            "Code APE : 7022Z",
            "URSSAF Île-de-France",
        ],
        "employee": "Mme OUYANG Siqi",
        "employee_addr": ["5 bis rue des Cévennes, appt 31", "75015 PARIS"],
        "employee_info": [
            ("Matricule", "L-0288"),
            (
                "N° de sécurité sociale",
                " ".join([nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]]),
            ),
            ("Classification", "Position 2.2 – coef. 130"),
        ],
        "ccn": "Syntec (IDCC 1486)",
        "job": "Ingénieure data",
        "entry": d("2025-10-13"),
        "status": "Cadre",
        "gross": 4250.00,
        "pas_rate": 7.4,
        "start": d("2026-10-01"),
        "end": d("2026-10-31"),
        "paid": d("2026-10-29"),
        "cp": "20,75",
        "font": "Rob",
    }
    pdf, net = payslip_pdf(s, rng)
    f = pk.write("bulletin_salaire_octobre.pdf", pdf)
    pk.doc(
        [(f, [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "LUMENARIA CONSEIL",
            "employee_name": "OUYANG Siqi",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "net_pay is the 'NET PAYÉ' line",
    )

    # -- RIB LCL: phone photo, stored rotated 90 degrees clockwise
    iban, key = fr_iban("30002", "00478", "0000482713P")
    assert rib_key("30002", "00478", "0000482713P") == key and iban_ok(iban)
    r = {
        "holder_lines": ["MLLE OUYANG SIQI", "5 BIS RUE DES CEVENNES", "75015 PARIS"],
        "branch_lines": ["LCL PARIS CONVENTION", "232 RUE DE LA CONVENTION", "75015 PARIS"],
        "bank": "30002",
        "branch": "00478",
        "account": "0000482713P",
        "key": key,
        "iban": iban,
        "bic": "CRLYFRPP",
        "edited": d("2026-11-12"),
        "copies": 2,
        "product": "LCL Essentiel",
        "footer": "LCL – Le Crédit Lyonnais – SA au capital de 2 037 713 591 € – SIREN 954 509"
        " 741 – RCS Lyon – Siège social : 18 rue de la République 69002 Lyon",
    }
    img = page_img(rib_pdf(r, rng, "lcl"), 220)
    f = pk.write(
        "IMG_20261121_101512.jpg",
        look_photo(img, rng, rotate_k=3, table="light", fill=0.85, long_side=4000),
    )
    pk.doc(
        [(f, [1])],
        "rib",
        "phone_photo",
        {
            "holder_name": "OUYANG SIQI",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "printed RIB photographed; picture stored rotated 90° clockwise",
    )

    pk.finish(
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete",
        },
        None,
    )
