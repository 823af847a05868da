"""Packet p03: born in Haiti, job seeker, hosted (attestation + host ID + host bills)."""

from __future__ import annotations

from datetime import date

import bills
import civil
import forms
import housing
import ids
import looks
import money
from common import fr_iban, td1, td3
from pk_common import P_LABELS_FR_EN, REQ, id_fields


def p03(pk) -> dict:
    as_of = "2026-11-20"
    sur, giv, dob = "JEAN-BAPTISTE", "MARIE NADEGE", date(1988, 11, 5)
    # ---- form: by hand, flatbed scans of both pages
    v = dict(
        nom_naissance="JEAN-BAPTISTE",
        prenoms="Marie Nadège",
        sexe="F",
        date_naissance="05111988",
        lieu_commune="Jacmel",
        lieu_pays="Haïti",
        nationalite="haïtienne",
        adresse1="chez Mme FLEURANT, 27 rue Gabriel Péri",
        code_postal="93200",
        commune="Saint-Denis",
        telephone="07 66 31 09 58",
        courriel="nadegejb88@yahoo.fr",
        situation="demandeur_emploi",
        fait_a="Saint-Denis",
        date_signature="12/11/2026",
        sig_letters=8,
    )
    pdf = forms.render(v, "B", "hand", pk.rng("form"), hand_font="Hand2", caps="Hand1")
    f1 = pk.scan("scan0001.jpg", pdf, "form1", dpi=200, page=0)
    f2 = pk.scan("scan0002.jpg", pdf, "form2", dpi=200, page=1)
    pk.add(
        "application_form",
        "scan",
        [(f1, [1]), (f2, [1])],
        {
            "surname": "JEAN-BAPTISTE",
            "usage_name": None,
            "given_names": "MARIE NADÈGE",
            "sex": "F",
            "date_of_birth": dob.isoformat(),
            "employment_status": "not_employed",
            "situation": "demandeur_emploi",
            "contract_type": None,
            "signed": True,
            "signed_on": "2026-11-12",
            "date_text": "12/11/2026",
            "place": "Saint-Denis",
            "nir": None,
        },
        "print run B filled by hand; 'demandeur d'emploi' ticked",
    )
    # ---- passport (scanner PDF)
    num, pexp = "RB3094716", date(2029, 1, 21)
    mrz = td3("HTI", sur, giv, num, "HTI", dob, "F", pexp)
    spec = dict(
        paper=(236, 236, 246),
        guilloche=[(200, 200, 232), (232, 204, 204), (204, 226, 226)],
        header=["RÉPUBLIQUE D'HAÏTI", "REPUBLIC OF HAITI  ·  REPIBLIK DAYITI"],
        accent=(20, 40, 120),
        labels=dict(P_LABELS_FR_EN, personal="N° d'identification / NIU"),
        values=dict(
            code="HTI",
            number=num,
            surname=sur,
            given=giv,
            nationality="HAITIENNE",
            dob="05 NOV/NOV 1988",
            personal="003-118-842-7",
            sex="F",
            pob="JACMEL",
            issue="22 JAN/JAN 2024",
            authority="D.I.E. PORT-AU-PRINCE",
            expiry="21 JAN/JAN 2029",
        ),
        female=True,
        skin=(96, 62, 44),
        hair=(14, 12, 12),
        mrz=mrz,
        top_text="PASSEPORT",
    )
    page = looks.page_with_cards(
        [ids.passport_page(spec, pk.rng("pp"))], ids.PX, 200, pk.rng("ppg")
    )
    f = pk.image_pdf("passeport.pdf", [page], "pp")
    pk.add(
        "passport",
        "image_pdf",
        [(f, [1])],
        id_fields(sur, giv, num, "HTI", "HTI", dob, "F", pexp),
        "open booklet on the scanner glass, saved as PDF; NIU printed but not in the MRZ",
    )
    # ---- recepisse (phone photo rotated 270)
    rp = dict(
        prefecture="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        demand_kind="Première demande",
        number="9302608142",
        agdref="9302418657",
        surname="JEAN-BAPTISTE",
        given="Marie Nadège",
        sex="F",
        dob="05/11/1988",
        pob="JACMEL (HAÏTI)",
        nationality="Haïtienne",
        address1="chez Mme FLEURANT Rose Carline",
        address2="27 rue Gabriel Péri 93200 SAINT-DENIS",
        body="La personne désignée ci-dessus a sollicité la délivrance d'une carte de séjour "
        "temporaire portant la mention « vie privée et familiale ». Le présent récépissé, délivré "
        "en "
        "application du code de l'entrée et du séjour des étrangers et du droit d'asile (CESEDA), "
        "vaut autorisation provisoire de séjour.",
        **{"from": "14/09/2026"},
        until="13/03/2027",
        work="AUTORISE SA TITULAIRE À TRAVAILLER",
        place="Bobigny",
        issued="14/09/2026",
        seal_ring="PREFECTURE DE LA SEINE-SAINT-DENIS * ",
    )
    rec = looks.rasterize(civil.recepisse(rp, pk.rng("rec")), 300)[0]
    r = pk.rng("recphoto")
    k = 300 / 72  # photo glued in the frame drawn at (W-150, H-350), 95 x 120 pt
    face = ids.portrait(r, int(93 * k), int(118 * k), True, (96, 62, 44), (14, 12, 12))
    rec.paste(face, (int((595.28 - 149) * k), int(231 * k)))
    f = pk.photo("IMG_3390.jpg", rec, "rec", rotate=270)
    pk.add(
        "residence_permit",
        "phone_photo",
        [(f, [1])],
        {
            "surname": "JEAN-BAPTISTE",
            "given_names": "Marie Nadège",
            "document_number": "9302608142",
            "nationality": "HTI",
            "issuing_country": "FRA",
            "date_of_birth": dob.isoformat(),
            "sex": "F",
            "expiry_date": "2027-03-13",
            "mrz_valid": None,
        },
        "récépissé de première demande de carte de séjour (no MRZ), valid 14/09/2026-13/03/2027; "
        "photo stored rotated 270 degrees",
    )
    # ---- Haitian birth certificate, legalised at the foot (scan)
    bp = dict(
        acte_no="1247",
        registre="B-88",
        year="1988",
        feuillet="62",
        commune="Jacmel",
        year_words="mil neuf cent quatre-vingt-huit",
        decl_words="mil neuf cent quatre-vingt-huit et le vingt-huit novembre, à dix heures du "
        "matin",
        officer="Me Jean-Claude MONDÉSIR",
        father="Jean-Robert JEAN-BAPTISTE",
        father_job="commerçant",
        dob_words="cinq novembre mil neuf cent quatre-vingt-huit, à trois heures de l'après-midi",
        given="Marie Nadège",
        mother="Marie-Claude DÉSIR",
        mother_job="couturière",
        surname="JEAN-BAPTISTE",
        witnesses="Wilner PIERRE-LOUIS et Yolette AUGUSTIN",
        issued="18 février 2026",
        anh_signer="M. le Directeur Général des A.N.H.",
        leg1_date="24/02/2026",
        leg1_no="L-2026-04417",
        mae_signer="M. Frantz BELLEGARDE (M.A.E.C.)",
        leg2_date="03/03/2026",
    )
    f = pk.scan("acte_de_naissance.jpg", civil.haiti_birth(bp, pk.rng("birth")), "birth", dpi=250)
    pk.add(
        "birth_certificate",
        "scan",
        [(f, [1])],
        {
            "surname": "JEAN-BAPTISTE",
            "given_names": "Marie Nadège",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "Jacmel",
            "issuing_country": "HTI",
            "language": "fr",
            "has_apostille": False,
        },
        "extrait des Archives Nationales d'Haïti, legalised by the Haitian foreign ministry and "
        "the "
        "French embassy (stamps at the foot); Haiti treated as a legalisation country, see README",
    )
    # ---- hosting: handwritten attestation, host's ID card, host's three Orange bills
    lines = [
        "Je soussignée Madame FLEURANT Rose Carline,",
        "née le 30/06/1979 à Port-au-Prince (Haïti),",
        "demeurant au 27 rue Gabriel Péri, 93200 Saint-Denis,",
        "atteste sur l'honneur héberger à mon domicile",
        "Madame JEAN-BAPTISTE Marie Nadège, née le",
        "05/11/1988 à Jacmel (Haïti), depuis le 1er mars 2026.",
        "",
        "Je joins la copie de ma carte d'identité et",
        "mes trois dernières factures.",
        "Fait pour servir et valoir ce que de droit.",
    ]
    hp = dict(
        lines=lines,
        place_date="Fait à Saint-Denis, le 05/11/2026",
        font="Hand2",
        caps_font="Hand1",
        sig_letters=7,
        size=21,
    )
    f = pk.photo("IMG_3402.jpg", housing.hosting_attestation(hp, pk.rng("host")), "host")
    pk.add(
        "hosting_attestation",
        "phone_photo",
        [(f, [1])],
        {
            "host_name": "FLEURANT Rose Carline",
            "hosted_name": "JEAN-BAPTISTE Marie Nadège",
            "address": "27 rue Gabriel Péri, 93200 Saint-Denis",
            "since_date": "2026-03-01",
            "signed_on": "2026-11-05",
            "signed": True,
        },
        "handwritten on Seyès school paper by the host",
    )
    hnum, hdob, hexp = "X4RTBPFW4", date(1979, 6, 30), date(2033, 3, 14)
    hmrz = td1("ID", "FRA", hnum, hdob, "F", hexp, "FRA", "FLEURANT", "ROSE CARLINE")
    cs = dict(
        female=True,
        skin=(120, 80, 60),
        hair=(20, 18, 18),
        number=hnum,
        surname="FLEURANT",
        given="ROSE, CARLINE",
        sex="F",
        nat="FRA",
        dob="30 06 1979",
        pob="PORT-AU-PRINCE (HAÏTI)",
        expiry="14 03 2033",
        can="482913",
        address=["27 RUE GABRIEL PERI", "93200 SAINT-DENIS"],
        issued="15 03 2023",
        authority="PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        mrz=hmrz,
    )
    r = pk.rng("cni")
    cards = [ids.fr_card_front(cs, r, "cni"), ids.fr_card_back(cs, r, "cni")]
    page = looks.page_with_cards(cards, 20, 300, pk.rng("cnipage"))
    f = pk.scan("CNI_Rose_recto_verso.jpg", page, "cni")
    pk.add(
        "national_id",
        "scan",
        [(f, [1])],
        id_fields("FLEURANT", "ROSE CARLINE", hnum, "FRA", "FRA", hdob, "F", hexp),
        "the HOST's French identity card (2021 model), recto and verso on one scan",
    )
    for m, amt in [(8, 42.99), (9, 42.99), (10, 44.99)]:
        start, end = date(2026, m, 1), date(2026, m, 31 if m in (8, 10) else 30)
        b = dict(
            invoice=f"LB{m:02d}26-0{7718204 + m * 13}",
            client="0814 772 305",
            offer="Livebox Fibre",
            line="01 48 20 73 16",
            holder_print="MME FLEURANT ROSE CARLINE",
            address_lines=["27 RUE GABRIEL PERI", "93200 SAINT DENIS"],
            issue=date(2026, m, 2),
            start=start,
            end=end,
            amount=amt,
            debit=date(2026, m, 14),
        )
        f = pk.text_pdf(f"Facture_Orange_{m:02d}-2026.pdf", bills.orange(b, pk.rng(f"or{m}")))
        pk.add(
            "utility_bill",
            "text_pdf",
            [(f, [1])],
            {
                "provider": "Orange",
                "service": "internet",
                "holder_name": "FLEURANT ROSE CARLINE",
                "address": "27 RUE GABRIEL PERI, 93200 SAINT DENIS",
                "issue_date": b["issue"].isoformat(),
                "period_start": start.isoformat(),
                "period_end": end.isoformat(),
                "amount": amt,
                "month": f"2026-{m:02d}",
            },
            "the HOST's bill (proof of the host's address)",
        )
    # ---- RIB La Banque Postale (phone photo of the printed RIB)
    iban, key = fr_iban("20041", "00001", "1408723S033")
    rb = dict(
        bank="20041",
        branch="00001",
        account="1408723S033",
        key=key,
        iban=iban,
        bic="PSSTFRPPPAR",
        holder_lines=[
            "MME JEAN-BAPTISTE MARIE NADEGE",
            "CHEZ MME FLEURANT",
            "27 RUE GABRIEL PERI",
            "93200 SAINT DENIS",
        ],
        branch_lines=["La Banque Postale", "Centre Financier de Paris", "75900 PARIS CEDEX 15"],
    )
    f = pk.photo("IMG_3395.jpg", money.lbp_rib(rb, pk.rng("rib")), "rib")
    pk.add(
        "rib",
        "phone_photo",
        [(f, [1])],
        {
            "holder_name": "JEAN-BAPTISTE MARIE NADEGE",
            "iban": iban,
            "bic": "PSSTFRPPPAR",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "account number contains a letter (S), RIB key computed with the letter table",
    )
    req = {k: "complete" for k in REQ}
    req["employment"] = "not_applicable"
    return pk.truth(
        as_of,
        False,
        req,
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob.isoformat()},
    )
