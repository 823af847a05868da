"""Packet p01: born in Senegal, employed (CDI), three consecutive bills in her name."""

from __future__ import annotations

import datetime as dt

import bp_cards as cards
import bp_civil as civil
import bp_looks as looks
import bp_money as money
import bp_work as work
from bp_common import D, fr_iban, make_siret, month_end, mrz_td1, mrz_td3
from bp_hand import BLACK, BLUE, hand_text, sign
from bp_packet import REQS as REQ_ORDER
from bp_packet import Packet, form_pages, scanned_pages

# ====================================================================== p01


def build_p01(out: str) -> dict:
    pk = Packet(out, "p01", 1101)
    as_of = "2026-11-18"
    dob = D("1991-03-14")
    sur, giv = "DIOP", "FATOU BINTOU"
    person = dict(
        skin=(112, 74, 52),
        hair=(20, 15, 12),
        style="scarf",
        scarf=(46, 110, 120),
        cloth=(200, 170, 60),
    )
    addr_lines = ["27 RUE DES MARAICHERS", "BAT B", "75020 PARIS"]

    # ---- application form: typed on screen, printed, dated and signed by hand, scanned
    v = dict(
        surname="Diop",
        given_names="Fatou Bintou",
        sex="F",
        dob=dob,
        birth_city="Thiès",
        birth_country="Sénégal",
        nationality="sénégalaise",
        address="27 rue des Maraîchers, bât. B",
        postcode="75020",
        city="Paris",
        phone="06 12 47 80 33",
        email="fatoubintou.diop@gmail.com",
        situation="salarie",
        contract="CDI",
        job="Aide-soignante",
        job_since="01/07/2026",
        place="Paris",
        date_text="10/11/2026",
        signer="Fatou Diop",
        typed_font="Courier",
    )
    rng = pk.rng("form")
    pages, _ = form_pages("A", v, "typed_print", rng, 200, "breip", BLUE)
    looks.image_pdf(
        [looks.scan(p, rng, grey=False) for p in pages], pk.p("formulaire_S1106.pdf"), 200, 72
    )
    pk.doc(
        "application_form",
        "image_pdf",
        [("formulaire_S1106.pdf", [1, 2])],
        {
            "surname": "DIOP",
            "usage_name": None,
            "given_names": "Fatou Bintou",
            "sex": "F",
            "date_of_birth": "1991-03-14",
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDI",
            "signed": True,
            "signed_on": "2026-11-10",
            "date_text": "10/11/2026",
            "place": "Paris",
            "nir": None,
        },
        "print run A, typed_print: values typed in Courier, date 'le' and signature by hand "
        "(blue pen); scanned to one 2-page PDF.",
    )

    # ---- passport: phone photo of the open booklet, rotated 90
    rng = pk.rng("passport")
    exp = D("2028-02-09")
    mrz = mrz_td3("P", "SEN", sur, giv, "A02719384", "SEN", dob, "F", exp)
    page = cards.passport_page(
        dict(
            country="SEN",
            number="A02719384",
            surname_line=sur,
            given_line=giv,
            nat_text="SÉNÉGALAISE",
            dob_text="14/03/1991",
            sex_text="F",
            pob="THIES",
            issue_text="10/02/2023",
            exp_text="09/02/2028",
            authority="DAF / DAKAR",
            mrz=mrz,
            person=person,
        ),
        rng,
    )
    spread = cards.passport_spread(page, rng, "OBSERVATIONS / OBSERVATIONS")
    photo = looks.phone_photo(
        spread, rng, rotate=90, table="wood", fill=0.86, cast=(1.04, 1.0, 0.93)
    )
    looks.save_jpeg(photo, pk.p("IMG_20261102_193512.jpg"), 88)
    pk.doc(
        "passport",
        "phone_photo",
        [("IMG_20261102_193512.jpg", [1])],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "A02719384",
            "nationality": "SEN",
            "issuing_country": "SEN",
            "date_of_birth": "1991-03-14",
            "sex": "F",
            "expiry_date": "2028-02-09",
            "mrz_valid": True,
        },
        "Senegalese (ECOWAS) passport, open booklet on a wooden table, photo rotated 90° "
        "counter-clockwise (page reads bottom-to-top). MRZ personal-number check digit is '<' "
        "(empty field, ICAO filler).",
    )

    # ---- titre de séjour: flatbed scans of both sides, two files
    rng = pk.rng("ts")
    until = D("2027-06-14")
    ts = dict(
        person=person,
        surname=sur,
        given=giv,
        sex="F",
        nat="SEN",
        dob_text="14 03 1991",
        kind="CARTE DE SEJOUR TEMPORAIRE",
        remarks="SALARIE",
        until_text="14 06 2027",
        number="SE3K71290",
        pob="THIES (SENEGAL)",
        address1="27 RUE DES MARAICHERS BAT B",
        address2="75020 PARIS",
        authority="PREFECTURE DE POLICE",
        issue_text="15 06 2026",
        agdref="7503412896",
        mrz=mrz_td1("IR", "FRA", "SE3K71290", dob, "F", until, "SEN", sur, giv),
    )
    front, back = ts_imgs = cards.titre_sejour(ts, rng)
    for img, name in zip(
        ts_imgs, ("titre_sejour_recto.jpg", "titre_sejour_verso.jpg"), strict=True
    ):
        card = cards.rounded(img, 3.2, 14, (250, 250, 248))
        card = looks.fit_width(card, int(85.6 / 25.4 * 300))
        canvas_ = looks.on_sheet([(card, (8, 8))], rng, 300, (250, 250, 248))
        crop = canvas_.crop((0, 0, int(102 / 25.4 * 300), int(70 / 25.4 * 300)))
        looks.save_jpeg(looks.scan(crop, rng, 0.6, dust=3), pk.p(name), 90, 300)
    del front, back
    pk.doc(
        "residence_permit",
        "scan",
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "SE3K71290",
            "nationality": "SEN",
            "issuing_country": "FRA",
            "date_of_birth": "1991-03-14",
            "sex": "F",
            "expiry_date": "2027-06-14",
            "mrz_valid": True,
        },
        "Carte de séjour temporaire 'SALARIE', front and back scanned separately at 300 dpi; "
        "TD1 MRZ on the back.",
    )

    # ---- birth certificate: Senegalese extract, scanned JPEG (no apostille: exempt)
    rng = pk.rng("birth")
    pdf = civil.senegal_extrait(
        dict(
            region="THIÈS",
            dept="THIÈS",
            commune="THIÈS-NORD",
            year="1991",
            reg_no="00412",
            dob_words="QUATORZE MARS MIL NEUF CENT QUATRE-VINGT-ONZE",
            time="dix heures trente minutes",
            pob="THIÈS",
            given="FATOU BINTOU",
            surname="DIOP",
            sex_word="FÉMININ",
            father="MAMADOU DIOP",
            mother="AWA NDIAYE",
            parents_address="QUARTIER MÉDINA FALL, THIÈS",
            delivery="Délivré par nous, Officier de l'État Civil du Centre principal de "
            "Thiès-Nord, le 3 février 2026, sur la production du registre.",
            officer="Moussa SARR",
        ),
        rng,
    )
    img = scanned_pages(pdf, 200, rng, max_skew=1.2, tone=(240, 238, 226))[0]
    looks.save_jpeg(img, pk.p("extrait_naissance.jpg"), 82, 200)
    pk.doc(
        "birth_certificate",
        "scan",
        [("extrait_naissance.jpg", [1])],
        {
            "surname": "DIOP",
            "given_names": "FATOU BINTOU",
            "date_of_birth": "1991-03-14",
            "place_of_birth": "THIÈS",
            "issuing_country": "SEN",
            "language": "fr",
            "has_apostille": False,
        },
        "Extrait du registre des actes de naissance, Senegal, in French. No apostille: Senegal "
        "is not a Hague Apostille party and the France-Senegal judicial cooperation convention "
        "(29 March 1974) dispenses civil-status acts from legalisation (see README).",
    )

    # ---- three successive Bouygues Telecom bills in her name
    months = [
        (8, "aout", [("Abonnement Bbox fit", 29.99), ("Option International Afrique", 5.00)]),
        (
            9,
            "septembre",
            [
                ("Abonnement Bbox fit", 29.99),
                ("Option International Afrique", 5.00),
                ("Appels hors forfait vers mobiles Sénégal", 2.35),
            ],
        ),
        (10, "octobre", [("Abonnement Bbox fit", 29.99), ("Option International Afrique", 5.00)]),
    ]
    holder = ["MME DIOP FATOU BINTOU"] + addr_lines
    for i, (m, mname, items) in enumerate(months):
        start = dt.date(2026, m, 1)
        end = month_end(start)
        issue = dt.date(2026, m + 1, 3)
        total = round(sum(x for _, x in items), 2)
        fname = f"facture_bouygues_{mname}_2026.pdf"
        pk.write(
            fname,
            money.bouygues_bill(
                dict(
                    holder_lines=holder,
                    invoice_no=f"2026{m:02d}0{417263 + i * 9}",
                    client_no="1.20547713",
                    issue=issue,
                    start=start,
                    end=end,
                    debit=issue + dt.timedelta(days=12),
                    line_no="09 81 27 44 06",
                    offer="Bbox fit",
                    items=items,
                    total=total,
                    calls=[(f"{12 + i:02d}/{m:02d}", "+221 77 5xx xx xx", "00:14:32")],
                )
            ),
        )
        pk.doc(
            "utility_bill",
            "text_pdf",
            [(fname, [1, 2])],
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": "DIOP FATOU BINTOU",
                "address": "27 RUE DES MARAICHERS BAT B 75020 PARIS",
                "issue_date": issue.isoformat(),
                "period_start": start.isoformat(),
                "period_end": end.isoformat(),
                "amount": total,
                "month": f"2026-{m:02d}",
            },
            "Bbox (internet + landline) monthly bill downloaded from the customer area.",
        )

    # ---- RIB Société Générale (text PDF)
    acc = fr_iban("30003", "02730", "00050412877")
    pk.write(
        "RIB-Societe-Generale.pdf",
        money.sg_rib(
            dict(
                holder_lines=[
                    "MME FATOU BINTOU DIOP",
                    "27 RUE DES MARAICHERS",
                    "BAT B",
                    "75020 PARIS",
                ],
                branch_lines=[
                    "SG PARIS GAMBETTA",
                    "6 PLACE GAMBETTA",
                    "75020 PARIS",
                    "Tél. 01 43 66 21 07",
                ],
                bank=acc["bank"],
                branch=acc["branch"],
                account=acc["account"],
                key=acc["key"],
                iban=acc["iban"],
                bic="SOGEFRPP",
            )
        ),
    )
    pk.doc(
        "rib",
        "text_pdf",
        [("RIB-Societe-Generale.pdf", [1])],
        {
            "holder_name": "FATOU BINTOU DIOP",
            "iban": acc["iban"],
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Two identical RIB slips on one page.",
    )

    # ---- CDI contract, scanned (3 pages), signed by hand
    rng = pk.rng("cdi")
    siret = make_siret(rng, "81234567")
    pdf, ysig = work.cdi_contract(
        dict(
            employer="RÉSIDENCE LES TILLEULS SAS",
            employer_desc="La société RÉSIDENCE LES TILLEULS SAS, société par actions "
            "simplifiée au capital de 150 000 euros, exploitant un établissement d'hébergement "
            "pour personnes "
            f"âgées dépendantes (EHPAD), SIRET {siret}, dont le siège social est situé 112 rue de "
            "Bagnolet, 75020 Paris, représentée par Madame Claire BONNET, en sa qualité de "
            "Directrice d'établissement,",
            rep="Claire BONNET, Directrice",
            employee_full="Madame Fatou Bintou DIOP",
            employee_short="Madame DIOP",
            employee_desc="Madame Fatou Bintou DIOP, née le 14 mars 1991 à Thiès (Sénégal), de "
            "nationalité sénégalaise, demeurant 27 rue des Maraîchers, bâtiment B, 75020 Paris, "
            "titulaire du titre de séjour n° SE3K71290 l'autorisant à travailler en France,",
            job="aide-soignante",
            coef="229",
            start=D("2026-07-01"),
            gross=2104.00,
            workplace="l'EHPAD Résidence Les Tilleuls, 112 rue de Bagnolet, 75020 Paris",
            conv="convention collective nationale de l'hospitalisation privée du 18 avril 2002",
            urssaf="Île-de-France",
            place="Paris",
            signed=D("2026-06-24"),
        )
    )
    pages = looks.rasterize(pdf, 170)
    k = 170 / 72
    last = pages[-1]
    hand_text(last, (340 * k, (ysig + 28) * k), "Lu et approuvé", rng, "breip", 34, BLUE)
    sign(last, (340 * k, (ysig + 44) * k, 480 * k, (ysig + 100) * k), "Fatou Diop", rng, BLUE)
    sign(last, (70 * k, (ysig + 30) * k, 220 * k, (ysig + 90) * k), "Claire Bonnet", rng, BLACK)
    pages = [looks.scan(p, rng, 0.7, grey=True) for p in pages]
    looks.image_pdf(pages, pk.p("contrat_travail_CDI.pdf"), 170, 65)
    pk.doc(
        "employment_contract",
        "image_pdf",
        [("contrat_travail_CDI.pdf", list(range(1, len(pages) + 1)))],
        {
            "employer": "RÉSIDENCE LES TILLEULS SAS",
            "employee_name": "Fatou Bintou DIOP",
            "contract_type": "CDI",
            "job_title": "aide-soignante",
            "start_date": "2026-07-01",
        },
        f"CDI, grey scan, signed by hand on the last page. Employer SIRET {siret}.",
    )

    return pk.finish(
        as_of,
        True,
        {r: "complete" for r in REQ_ORDER},
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": "1991-03-14"},
    )
