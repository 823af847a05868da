"""The four packets of set AR."""

from __future__ import annotations

import random
from pathlib import Path

import docs
import ids
from kit import (
    form_images,
    images,
    rib_fields,
    text_pdf,
    write_image_pdf,
    write_photos,
)
from truthlib import (  # noqa: F401
    ALL_OK,
    CONV_FR,
    L_EN,
    L_ME,
    L_PT,
    bill_fields,
    doc,
    id_fields,
    passport_per,
    truth,
)
from util import fr_iban, on_a4, save_jpg, scan_look, siret


# =================================================================== p01 Angola
def p01(folder: Path, rng: random.Random) -> dict:
    sn, gn, dob = "KIALA DOS SANTOS", "EDUARDO MANUEL", "1991-04-17"
    as_of = "2026-11-20"
    addr = "14 rue Paul Bert, Apt 23, 94000 Créteil"
    app = {"surname": sn, "given_names": gn, "date_of_birth": dob}
    out = []
    # passport, phone photo of the open booklet
    per = passport_per(
        {
            "title1": "REPÚBLICA DE ANGOLA  ·  REPUBLIC OF ANGOLA",
            "title2": "PASSAPORTE  ·  PASSPORT",
            "code": "AGO",
            "number": "N1872035",
            "surname": sn,
            "given": gn,
            "surname_print": sn,
            "given_print": gn,
            "nat_print": "ANGOLANA / ANGOLAN",
            "sex": "M",
            "dob": dob,
            "dob_print": ids.d_mon(dob, ids.MON_PT, ids.MON_EN),
            "pob": "LUANDA",
            "issue_print": ids.d_mon("2023-02-14", ids.MON_PT, ids.MON_EN),
            "exp": "2033-02-13",
            "exp_print": ids.d_mon("2033-02-13", ids.MON_PT, ids.MON_EN),
            "authority": "SME - LUANDA",
            "bg": (238, 228, 222),
            "line": (215, 180, 170),
            "ink": (140, 20, 30),
            "labels": {
                "type": "Tipo/Type",
                "code": "Código/Code",
                "number": "Passaporte n.º/No.",
                "surname": "Apelido/Surname",
                "given": "Nomes/Given names",
                "nat": "Nacionalidade/Nationality",
                "sex": "Sexo/Sex",
                "dob": "Data de nascimento/Date of birth",
                "pob": "Local/Place of birth",
                "issue": "Data de emissão/Date of issue",
                "exp": "Válido até/Date of expiry",
                "auth": "Autoridade/Authority",
            },
        }
    )
    spread = ids.passport_spread(per, rng)
    write_photos(folder, ["IMG_20261112_184215.jpg"], [spread], rng, rots=[90])
    out.append(
        doc(
            [("IMG_20261112_184215.jpg", [1])],
            "passport",
            "phone_photo",
            id_fields(sn, gn, "N1872035", "AGO", "AGO", dob, "M", "2033-02-13"),
            "open booklet photographed, rotated 90°",
        )
    )
    # visa, flatbed scan of the passport page
    v = {
        "page_bg": per["bg"],
        "page_line": per["line"],
        "sticker_no": "004173092",
        "skin": per["skin"],
        "sex": "M",
        "from_print": "02-03-2026",
        "until_print": "01-03-2027",
        "until": "2027-03-01",
        "days": "365",
        "issued_in": "LUANDA",
        "issued_print": "12-02-2026",
        "passport_no": "N1872035",
        "surname": sn,
        "given": gn,
        "nat": "AGO",
        "dob": dob,
        "remarks": [
            "VLS-TS SALARIE",
            "CASE A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE",
            "DIRECCTE 94 - AUT. TRAVAIL 94-2026-01187",
        ],
    }
    sticker = ids.visa_sticker(v, rng)
    page = on_a4(sticker, 300, 25, 30)
    save_jpg(scan_look(page, rng), folder / "visa.jpg", 90)
    out.append(
        doc(
            [("visa.jpg", [1])],
            "long_stay_visa",
            "scan",
            id_fields(
                sn,
                gn,
                "004173092",
                "AGO",
                "FRA",
                dob,
                "M",
                "2027-03-01",
                visa_type="D",
                vls_ts=True,
                category="SALARIE",
                valid_from="2026-03-02",
                valid_until="2027-03-01",
            ),
        )
    )
    # application form, hand-filled, scanner PDF
    fd = {
        "surname": sn,
        "usage_name": None,
        "given_names": "Eduardo Manuel",
        "sex": "M",
        "dob": dob,
        "pob": "Luanda (Angola)",
        "nationality": "Angolaise",
        "nir": None,
        "address": "14 rue Paul Bert, Apt 23",
        "postcode": "94000",
        "city": "Créteil",
        "phone": "07 58 21 94 36",
        "email": "eduardo.kiala@gmail.com",
        "situation": "salarie",
        "contract_type": "CDI",
        "job_title": "Technicien maintenance",
        "place": "Créteil",
        "date_text": "12/11/2026",
        "signer": "Eduardo Kiala",
    }
    write_image_pdf(folder / "formulaire_cpam.pdf", form_images(fd, "hand", "A", rng), rng)
    out.append(
        doc(
            [("formulaire_cpam.pdf", [1, 2])],
            "application_form",
            "image_pdf",
            {
                "surname": sn,
                "given_names": "Eduardo Manuel",
                "date_of_birth": dob,
                "employment_status": "employed",
                "signed": True,
                "signed_on": "2026-11-12",
                "nir": None,
            },
            "cerfa 15763*02 filled by hand, print run A",
        )
    )
    # birth certificate + apostille (Portuguese), one scanner PDF
    bc = {
        "header": [
            "REPÚBLICA DE ANGOLA",
            "MINISTÉRIO DA JUSTIÇA E DOS DIREITOS HUMANOS",
            "Conservatória do Registo Civil da 2.ª Secção de Luanda",
        ],
        "title": "CERTIDÃO DE NASCIMENTO",
        "subtitle": "(narrativa completa)",
        "rows": [
            ("Assento n.º", "1204 do ano de 1991"),
            ("Nome", "EDUARDO MANUEL"),
            ("Apelidos", "KIALA DOS SANTOS"),
            ("Sexo", "Masculino"),
            ("Data de nascimento", "17 de Abril de 1991"),
            ("Local de nascimento", "Luanda, Município de Maianga"),
            ("Pai", "Manuel Kiala dos Santos"),
            ("Mãe", "Luísa Joaquina Kiala"),
            ("Nacionalidade", "Angolana"),
        ],
        "footer": "Certifico que a presente certidão está conforme ao original do assento "
        "arquivado nesta Conservatória. Emolumentos pagos conforme a tabela em vigor.",
        "place_date": "Luanda, aos 9 de Janeiro de 2026",
        "registrar": "O Conservador (A. Neto)",
        "stamp": ["CONSERVATÓRIA", "LUANDA"],
        "ref": "Certidão n.º 0088/2026",
    }
    ap = {
        "conv": "(Convention de La Haye du 5 octobre 1961)",
        "l": L_PT,
        "country": "Angola",
        "signed_doc_by": "A. Neto",
        "acting_as": "Conservador do Registo Civil",
        "seal_of": "Conservatória do Registo Civil de Luanda",
        "at": "Luanda",
        "on_print": "20/01/2026",
        "by": "Ministério das Relações Exteriores",
        "number": "AP-2026/00412",
        "stamp_txt": "MIREX",
        "signer_name": "Paulo Cardoso",
        "stamp_lines": ["MIREX", "ANGOLA"],
    }
    pgs = images(
        [lambda p: docs.birth_certificate(p, bc, rng), lambda p: docs.apostille(p, ap, rng)]
    )
    write_image_pdf(folder / "certidao_nascimento_apostila.pdf", pgs, rng)
    out.append(
        doc(
            [("certidao_nascimento_apostila.pdf", [1])],
            "birth_certificate",
            "image_pdf",
            {
                "surname": sn,
                "given_names": gn,
                "date_of_birth": dob,
                "place_of_birth": "Luanda",
                "issuing_country": "AGO",
                "language": "pt",
                "has_apostille": True,
            },
        )
    )
    out.append(
        doc(
            [("certidao_nascimento_apostila.pdf", [2])],
            "apostille",
            "image_pdf",
            {
                "country": "Angola",
                "issued_on": "2026-01-20",
                "number": "AP-2026/00412",
                "signed_by": "Paulo Cardoso",
            },
            "Hague convention status of Angola not verified offline; apostille present",
        )
    )
    # lease (text pdf from an agency)
    le = {
        "landlord": "SCI Les Tilleuls de Créteil",
        "landlord_addr": "3 avenue du Général de Gaulle, 94000 Créteil",
        "tenants_print": ["M. Eduardo Manuel KIALA DOS SANTOS"],
        "address": addr,
        "surface": "41",
        "rooms": "2",
        "start": "2026-04-01",
        "rent": "845,00",
        "charges": "95,00",
        "city": "Créteil",
        "signed": "2026-03-24",
    }
    text_pdf(
        folder / "bail_creteil.pdf",
        _lease_draws(le, rng),
        rng,
        "Bail d'habitation",
        "Agence Foncia Créteil",
    )
    out.append(
        doc(
            [("bail_creteil.pdf", [1, 2])],
            "lease",
            "text_pdf",
            {
                "tenant_names": ["Eduardo Manuel KIALA DOS SANTOS"],
                "landlord": "SCI Les Tilleuls de Créteil",
                "address": addr,
                "start_date": "2026-04-01",
            },
        )
    )
    # RIB BNP Paribas (text pdf)
    iban, key = fr_iban("30004", "00816", "00010437562")
    r = {
        "bank": "BNP PARIBAS",
        "tagline": "La banque d'un monde qui change",
        "color": (0, 130, 80),
        "holder": "M KIALA DOS SANTOS EDUARDO MANUEL",
        "holder_addr": ["14 RUE PAUL BERT APT 23", "94000 CRETEIL"],
        "agency": [
            "BNP PARIBAS CRETEIL SOLEIL",
            "CENTRE COMMERCIAL CRETEIL SOLEIL",
            "94000 CRETEIL",
        ],
        "bank_code": "30004",
        "branch": "00816",
        "account": "00010437562",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
    }
    text_pdf(folder / "RIB_BNP.pdf", [lambda p: docs.rib(p, r, rng)], rng, "RIB", "BNP Paribas")
    out.append(
        doc(
            [("RIB_BNP.pdf", [1])],
            "rib",
            "text_pdf",
            rib_fields("KIALA DOS SANTOS EDUARDO MANUEL", iban, "BNPAFRPPXXX", "BNP Paribas", True),
        )
    )
    # payslip October 2026
    st = siret("83215476", "0019")
    ps = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": "AMVM SAS — Ateliers Mécaniques du Val-de-Marne",
        "employer_addr": ["12 rue des Vignes", "94400 Vitry-sur-Seine"],
        "siret": st,
        "naf": "3312Z",
        "employee": "M. Eduardo KIALA DOS SANTOS",
        "employee_addr": ["14 rue Paul Bert, Apt 23", "94000 Créteil", "Matricule : 00457"],
        "job": "Technicien de maintenance",
        "hired": "2026-03-09",
        "ccn": "Métallurgie (IDCC 3248)",
        "net": "1 968,42",
        "paid": "2026-10-30",
        "rows": [
            ("Salaire de base", "151,67", "2 450,00", ""),
            ("Heures supplémentaires 25 %", "6,00", "121,16", ""),
            ("SALAIRE BRUT", "", "2 571,16", ""),
            ("Santé", "", "32,40", "64,80"),
            ("Retraite", "", "283,08", "410,12"),
            ("Assurance chômage", "", "", "103,88"),
            ("CSG/CRDS", "", "248,26", ""),
            ("Net à payer avant impôt sur le revenu", "", "2 007,42", ""),
            ("Impôt sur le revenu (taux 1,9 %)", "", "39,00", ""),
        ],
    }
    text_pdf(
        folder / "bulletin_octobre_2026.pdf",
        [lambda p: docs.payslip(p, ps, rng)],
        rng,
        "Bulletin de paie",
        "Silae",
    )
    out.append(
        doc(
            [("bulletin_octobre_2026.pdf", [1])],
            "payslip",
            "text_pdf",
            {
                "employer": "AMVM SAS",
                "employee_name": "Eduardo KIALA DOS SANTOS",
                "period": "2026-10",
                "net_pay": "1968.42",
                "siret": st,
            },
        )
    )
    return truth(as_of, True, app, out)


def _lease_draws(le, rng):
    state = {}

    def first(p):
        state["rec"] = __import__("kit").Recorder()
        docs.lease([p, state["rec"]], le, rng)

    def second(p):
        state["rec"].replay(p)

    return [first, second]


from packets2 import p03, p04  # noqa: E402
from packets_p02 import p02  # noqa: E402

PACKETS = [("p01", p01), ("p02", p02), ("p03", p03), ("p04", p04)]
