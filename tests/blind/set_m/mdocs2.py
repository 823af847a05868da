"""Single documents of set_m (part 2)."""

from __future__ import annotations

import mbuild as B
from mdocs import PEOPLE as P
from mpackets import apo, bc, bills, person


def part(add, F, one, rng_for):
    # --- birth certificates (single: no apostille in the folder)
    for name, key, country, look, fname, kw in [
        (
            "d021",
            "sen",
            "SEN",
            "image_pdf",
            "extrait_naissance.pdf",
            dict(
                father="Ousmane",
                mother="Aminata Diop",
                regno="2418",
                regdate="1993-12-06",
                issued_on="2025-08-14",
                issued_at="Dakar, le",
            ),
        ),
        (
            "d022",
            "vnm",
            "VNM",
            "scan",
            "giay_khai_sinh.jpg",
            dict(
                father="Nguyễn Văn Hùng",
                mother="Trần Thị Lan",
                regno="112/1997",
                regdate="1997-03-25",
                issued_on="2025-11-02",
                issued_at="Hà Nội, ngày",
            ),
        ),
        (
            "d023",
            "hti",
            "HTI",
            "phone_photo",
            "acte.jpg",
            dict(
                father="Jean-Baptiste Frantz",
                mother="Marie-Claude Pierre",
                regno="A-1985-774",
                regdate="1985-08-02",
                issued_on="2025-06-19",
                issued_at="Port-au-Prince, le",
            ),
        ),
        (
            "d024",
            "cmr",
            "CMR",
            "scan",
            "acte_naissance_douala.png",
            dict(
                father="Essomba Jean",
                mother="Mballa Thérèse",
                regno="1988/0931",
                regdate="1988-11-04",
                issued_on="2026-01-12",
                issued_at="Douala, le",
            ),
        ),
    ]:
        r = rng_for(name)
        p = P[key]
        pl = {"sen": "Dakar", "vnm": "Hà Nội", "hti": "Port-au-Prince", "cmr": "Douala"}[key]
        gn = {"vnm": "Thị Thu Hà", "hti": "Rose-Marie"}.get(key, p["given_names"])
        sn = {"vnm": "Nguyễn"}.get(key, p["surname"])
        b = bc(country, dict(p, pob=pl, given_names=gn, surname=sn), **kw)
        d = B.birth(b, r, False)
        add(name, d, [F(fname, look, [one(d)])])
    # --- apostilles
    for name, a, look, fname in [
        (
            "d025",
            apo(
                "USA",
                "United States of America",
                "en",
                "Lucinda M. Reyes",
                "Local Registrar",
                "Texas Department of State Health Services",
                "Austin, Texas",
                "2025-10-07",
                "Secretary of State of Texas",
                "1187342",
                "Jane R. Holloway",
                ["SECRETARY OF STATE", "TEXAS"],
            ),
            "scan",
            "apostille.jpg",
        ),
        (
            "d026",
            apo(
                "MEX",
                "Estados Unidos Mexicanos",
                "es",
                "Lic. Jorge Medina Treviño",
                "Director del Registro Civil",
                "Registro Civil del Estado de Jalisco",
                "Guadalajara, Jalisco",
                "2025-11-03",
                "Secretaría General de Gobierno",
                "JAL-25-0049172",
                "Mtra. Claudia Ibarra León",
                ["GOBIERNO DE", "JALISCO"],
            ),
            "image_pdf",
            "apostilla.pdf",
        ),
        (
            "d027",
            apo(
                "BRA",
                "República Federativa do Brasil",
                "pt",
                "Patrícia Gomes Lima",
                "Tabeliã",
                "Cartório do 1º Ofício de Notas",
                "São Paulo",
                "2026-02-19",
                "CNJ - Conselho Nacional de Justiça",
                "BRA-26-KX81Q",
                "Rafael Cardoso Nunes",
                ["CNJ", "APOSTILA"],
            ),
            "phone_photo",
            "WhatsApp Image 2026-03-01.jpeg",
        ),
        (
            "d028",
            apo(
                "UKR",
                "Україна / Ukraine",
                "uk",
                "Бондар Т. В.",
                "державний реєстратор",
                "Відділ ДРАЦС Одеса",
                "Київ",
                "2025-12-22",
                "Міністерство юстиції України",
                "2512-44081",
                "Melnyk O. S.",
                ["МІНЮСТ", "УКРАЇНА"],
            ),
            "scan",
            "apostil.png",
        ),
    ]:
        r = rng_for(name)
        if name == "d027":
            a["hand"] = True
        d = B.apostille(a, r)
        add(name, d, [F(fname, look, [one(d)])])
    # --- translations
    for name, key, country, src, srcfr, look, fname in [
        ("d029", "usa", "MEX", "es", "espagnole", "text_pdf", "traduction_acta.pdf"),
        ("d030", "cmr", "BRA", "pt", "portugaise", "scan", "traducao.jpg"),
        ("d031", "vnm", "VNM", "vi", "vietnamienne", "image_pdf", "ban_dich.pdf"),
        ("d032", "sen", "TUR", "tr", "turque", "phone_photo", "ceviri.jpg"),
    ]:
        r = rng_for(name)
        p = {
            "d029": person(
                surname="TORRES VEGA",
                given_names="DANIELA",
                sex="F",
                dob="2000-08-15",
                pob="Puebla",
            ),
            "d030": person(
                surname="ALMEIDA COSTA",
                given_names="BEATRIZ",
                sex="F",
                dob="1998-02-03",
                pob="Recife - PE",
            ),
            "d031": dict(P["vnm"], surname="NGUYỄN", given_names="Thị Thu Hà", pob="Hà Nội"),
            "d032": person(
                surname="KAYA", given_names="BURAK", sex="M", dob="1990-12-12", pob="Ankara"
            ),
        }[name]
        b = bc(country, p, "Padre / father", "Madre / mother", "2000-0153", p["dob"], "2025-05-05")
        b["father"], b["mother"] = {
            "d029": ("Ricardo Torres", "Elena Vega"),
            "d030": ("Paulo Almeida", "Sônia Costa"),
            "d031": ("Nguyễn Văn Hùng", "Trần Thị Lan"),
            "d032": ("Ali", "Fatma"),
        }[name]
        t = dict(
            translator=r.choice(
                [
                    "Ana-Lucía Marchetti",
                    "Claire Nguyen-Roux",
                    "Hakan Demir-Lopez",
                    "Sophie Carvalho",
                ]
            ),
            court=r.choice(
                ["Cour d'appel de Paris", "Cour d'appel de Versailles", "Cour d'appel de Toulouse"]
            ),
            addr="12 boulevard de Strasbourg, 75010 Paris",
            rep_no=f"{name.upper()}-2026",
            src=src,
            src_lang_fr=srcfr,
            date="2026-03-10",
            city="Paris",
            title_fr="ACTE DE NAISSANCE",
            b=b,
        )
        if name == "d031":
            t.update(surname_latin="NGUYEN", given_latin="Thi Thu Ha", place_fr="Hanoï")
        d = B.translation(t, r)
        add(name, d, [F(fname, look, [one(d)])])
    # --- bills
    r = rng_for("d033")
    x = dict(
        provider="EDF",
        holder="M. Karim Khoury",
        addr=["9 rue Nationale", "37000 TOURS"],
        start="2026-08-14",
        end="2026-10-13",
        amount=96.42,
        client="6004 218 337",
        invoice="10183920441",
        issue="2026-10-20",
        debit="2026-11-02",
    )
    d = B.bill(x, r)
    d.fields["holder_name"] = "Karim Khoury"
    add("d033", d, [F("facture_edf.pdf", "text_pdf", [one(d)])])
    r = rng_for("d034")
    x = dict(
        provider="Eau de Paris",
        holder="Mme Andreea Popescu",
        addr=["7 rue Daguerre", "75014 PARIS"],
        start="2026-04-01",
        end="2026-09-30",
        amount=118.3,
        client="PA-0093381",
        invoice="EDP26-481920",
        issue="2026-10-08",
    )
    d = B.bill(x, r)
    d.fields["holder_name"] = "Andreea Popescu"
    add("d034", d, [F("facture_eau.pdf", "image_pdf", [one(d)])])
    r = rng_for("d035")
    x = dict(
        provider="Veolia",
        holder="M. Jonas Schäfer",
        addr=["11 rue des Carmes", "76000 ROUEN"],
        start="2026-05-01",
        end="2026-10-31",
        amount=87.64,
        client="VE-22918371",
        invoice="2026V0092817",
        issue="2026-11-06",
    )
    d = B.bill(x, r)
    d.fields["holder_name"] = "Jonas Schäfer"
    add("d035", d, [F("IMG_8812.jpg", "phone_photo", [one(d)])])
    r = rng_for("d036")
    x = bills(
        "Free",
        "M. Rui Miguel Ferreira dos Santos",
        ["60 avenue Jean Jaurès", "94200 IVRY-SUR-SEINE"],
        ["2026-10"],
        [29.99],
        "FB9918273",
        "FR26-",
    )[0]
    x["previous"] = [
        ("Facture septembre 2026", 29.99),
        ("Facture août 2026", 29.99),
        ("Facture juillet 2026", 34.98),
    ]
    d = B.bill(x, r, screen=True)
    d.fields["holder_name"] = "Rui Miguel Ferreira dos Santos"
    add("d036", d, [F("Screenshot_20261106_212233.png", "screenshot", [one(d)])])
