"""Packet p04: São Tomé and Príncipe, not employed, lease too recent (defect)."""

from __future__ import annotations

from pathlib import Path

from au_cards import passport_labels_en, passport_page, visa_sticker
from au_civil import apostille, birth_portuguese
from au_common import fr_iban
from au_emit import Packet, form_fields, id_fields, reqs, write_truth
from au_form import draw_form
from au_paper import lease
from au_screens import lbp_rib


# =============================================================== p04 São Tomé and Príncipe
def p04(out: Path) -> None:
    pk = Packet(out, "p04", 404)
    rng = pk.rng
    who = {
        "surname": "COSTA DOS SANTOS",
        "given": "MARIA DA CONCEIÇÃO",
        "dob": "1997-07-23",
        "sex": "F",
    }
    addr, cp, city = "9 rue Jules Ferry", "35000", "Rennes"
    form = {
        **who,
        "pob_commune": "SÃO TOMÉ",
        "pob_pays": "SÃO TOMÉ-ET-PRINCIPE",
        "nationality": "SANTOMÉENNE",
        "address": addr.upper(),
        "cp": cp,
        "commune": city.upper(),
        "tel": "07 52 90 11 38",
        "email": "conceicao.santos97@hotmail.com",
        "situation": "sans_activite",
        "place": "Rennes",
        "signed_on": "2026-11-21",
        "date_text": "21/11/2026",
        "sig_text": "Maria C. Santos",
        "hand_font": "dkg",
        "ink": (10, 10, 20),
    }
    pk.paper(
        lambda c: draw_form(c, form, 1, "hand", rng),
        "phone_photo",
        ["IMG_20261121_201455.jpg", "IMG_20261121_201522.jpg"],
        "application_form",
        form_fields(form, False),
        "hand-filled with a black pen (print run 1), both pages photographed",
        rotate=(90, 0),
    )
    pp = {
        "state": "REPÚBLICA DEMOCRÁTICA DE SÃO TOMÉ E PRÍNCIPE",
        "doc_title": "PASSAPORTE / PASSPORT",
        "country": "STP",
        "nat": "STP",
        "number": "M0092746",
        "surname": who["surname"],
        "given": who["given"],
        "nat_text": "SÃO-TOMENSE",
        "dob": who["dob"],
        "dob_text": "23 JUL 1997",
        "sex": "F",
        "pob": "SÃO TOMÉ",
        "issue_text": "11 MAR 2024",
        "exp": "2029-03-10",
        "exp_text": "10 MAR 2029",
        "authority": "SMF - SÃO TOMÉ",
        "labels": passport_labels_en(
            "Tipo|Código|Passaporte n.º|Apelido|Nomes|Nacionalidade|Data de nascimento|Sexo|"
            "Local de nascimento|Data de emissão|Válido até|Autoridade"
        ),
        "sig": "Maria Santos",
        "bg": (230, 222, 236),
        "line": (212, 198, 222),
        "skin": (95, 65, 48),
    }
    img = passport_page(pp, rng)
    pk.card(
        [img],
        "phone_photo",
        ["IMG_20261121_195810.jpg"],
        "passport",
        id_fields(pp),
        "bilingual data page, photographed",
        rotate=(180,),
    )
    vs = {
        "number": "048220917",
        "from": "2026-08-20",
        "until": "2027-08-19",
        "duration": "365 JOURS",
        "issued_in": "SAO TOME",
        "issued_on": "2026-07-30",
        "surname": who["surname"],
        "given": who["given"],
        "passport_no": pp["number"],
        "nat": "STP",
        "dob": who["dob"],
        "sex": "F",
        "remarks": ["VLS-TS VISITEUR", "NE PERMET PAS L'EXERCICE D'UNE ACTIVITÉ PRO."],
        "skin": (95, 65, 48),
    }
    vimg = visa_sticker(vs, rng)
    vf = id_fields({**vs, "exp": vs["until"]})
    vf["issuing_country"] = "FRA"
    vf.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "visiteur",
            "valid_from": vs["from"],
            "valid_until": vs["until"],
        }
    )
    pk.card([vimg], "scan", ["visa.jpg"], "long_stay_visa", vf, "visa page scanned")
    birth = {
        "header": [
            "REPÚBLICA DEMOCRÁTICA DE SÃO TOMÉ E PRÍNCIPE",
            "MINISTÉRIO DA JUSTIÇA",
            "Conservatória do Registo Civil de São Tomé",
        ],
        "body": [
            "Certifico que a fls. 112 do livro n.º 41 de registo de nascimentos do ano de 1997",
            "se encontra lavrado o assento n.º 2218, do teor seguinte:",
            "Nome: MARIA DA CONCEIÇÃO COSTA DOS SANTOS",
            "Sexo: feminino",
            "Data do nascimento: vinte e três de julho de mil novecentos e noventa e sete",
            "(23/07/1997), pelas 06h40",
            "Local do nascimento: Hospital Dr. Ayres de Menezes, Água Grande, São Tomé",
            "Filiação: pai: Domingos Fernandes dos Santos; mãe: Celeste da Costa Neto",
            "Declarante: o pai.",
        ],
        "closing": [
            "Está conforme o original.",
            "Conservatória do Registo Civil de São Tomé, aos 14 de maio de 2026.",
        ],
        "conservador": "Lic. Arlindo Pires Carvalho",
        "sig": "APCarvalho",
        "stamp": ["CONSERVATÓRIA DO REGISTO CIVIL * S. TOMÉ *", "RDSTP", ""],
        "fees": "Emolumentos: 150,00 Dbs  -  Conta n.º 2218/2026",
    }
    ap = {
        "country": "São Tomé e Príncipe",
        "signed_doc_by": "Arlindo Pires Carvalho",
        "capacity": "Conservador do Registo Civil",
        "seal_of": "Conservatória do Registo Civil",
        "at": "São Tomé",
        "on_text": "20/05/2026",
        "by": "Ministério dos Negócios Estrangeiros",
        "number": "0412/MNEC/2026",
        "stamp": ["MNEC * SÃO TOMÉ E PRÍNCIPE *", "APOSTILA", ""],
        "sig": "Bragança",
    }

    def draw_birth(c):
        birth_portuguese(c, birth, rng)
        c.showPage()
        apostille(c, ap, rng)
        c.showPage()

    files = pk.paper(
        draw_birth,
        "phone_photo",
        [
            "WhatsApp Image 2026-11-20 at 18.02.11.jpeg",
            "WhatsApp Image 2026-11-20 at 18.02.12.jpeg",
        ],
    )
    pk.record(
        [files[0]],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "COSTA DOS SANTOS",
            "given_names": "MARIA DA CONCEIÇÃO",
            "date_of_birth": who["dob"],
            "place_of_birth": "Hospital Dr. Ayres de Menezes, Água Grande, São Tomé",
            "issuing_country": "STP",
            "language": "pt",
            "has_apostille": True,
        },
        "certidão de nascimento (cópia integral), Portuguese",
    )
    pk.record(
        [files[1]],
        "apostille",
        "phone_photo",
        {
            "country": "São Tomé e Príncipe",
            "issued_on": "2026-05-20",
            "number": "0412/MNEC/2026",
            "signed_by": "Ministério dos Negócios Estrangeiros",
        },
    )
    ls = {
        "landlord": "M. Yann LE GALL",
        "landlord_addr": "18 boulevard de la Liberté, 35000 Rennes",
        "tenants_print": ["Mme Maria da Conceição COSTA DOS SANTOS"],
        "address": f"{addr}, 3e étage, porte droite, {cp} {city}",
        "rooms": "1 pièce principale",
        "surface": "24,0",
        "start": "2026-09-01",
        "rent": "495,00",
        "charges": "40,00",
        "city": city,
        "signed": "2026-08-26",
        "landlord_sig": "YLeGall",
        "tenant_sigs": ["MCSantos"],
    }
    pk.paper(
        lambda c: lease(c, ls, rng),
        "text_pdf",
        ["Bail_Rennes_signe.pdf"],
        "lease",
        {
            "tenant_names": ["Maria da Conceição COSTA DOS SANTOS"],
            "landlord": "Yann LE GALL",
            "address": f"{addr}, {cp} {city}",
            "start_date": ls["start"],
        },
        "DEFECT: lease took effect on 2026-09-01, less than three months before as_of",
    )
    acct = "1418203C035"
    iban, key = fr_iban("20041", "01013", acct)
    shot = lbp_rib(
        {
            "holder": "MME COSTA DOS SANTOS MARIA DA CONCEICAO",
            "iban": iban,
            "bic": "PSSTFRPPREN",
            "bank_code": "20041",
            "branch": "01013",
            "account": acct,
            "key": key,
            "account_label": "Compte courant postal",
            "agency": "LA BANQUE POSTALE - CENTRE FINANCIER DE RENNES",
        }
    )
    pk.card(
        [shot],
        "screenshot",
        ["IMG_7731.PNG"],
        "rib",
        {
            "holder_name": "COSTA DOS SANTOS MARIA DA CONCEICAO",
            "iban": iban,
            "bic": "PSSTFRPPREN",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    write_truth(
        pk,
        out,
        {
            "as_of": "2026-11-27",
            "employed": False,
            "status": "incomplete",
            "requirements": reqs(residence_proof="invalid", employment="not_applicable"),
            "defect": "lease started on 2026-09-01, less than three months before the audit date "
            "(2026-11-27); no other proof of residence",
            "applicant": {
                "surname": who["surname"],
                "given_names": who["given"],
                "date_of_birth": who["dob"],
            },
        },
    )
