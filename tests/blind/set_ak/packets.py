"""The four packets of set_ak: data, files and truth."""

from __future__ import annotations

from datetime import date as D

from civil import apostille, birth_bangladesh, birth_drc, birth_madagascar, birth_mali
from common import fr, fr_iban, iban_make
from emit import Packet, files, reqs
from forms import attestation_hand, cerfa_15763
from ids import cni_pdf, passport_pdf, residence_card_pdf, visa_pdf
from money import bouygues_app_screen, bouygues_bill, orange_bill, revolut_screen, rib_pdf, sfr_bill
from work import cdi, lease, payslip

LAB_FR_EN = {
    "type": "Type / Type",
    "code": "Code du pays / Country code",
    "number": "N° du passeport / Passport No.",
    "surname": "Nom / Surname",
    "given": "Prénoms / Given names",
    "nat": "Nationalité / Nationality",
    "dob": "Date de naissance / Date of birth",
    "sex": "Sexe / Sex",
    "pob": "Lieu de naissance / Place of birth",
    "issue": "Date de délivrance / Date of issue",
    "auth": "Autorité / Authority",
    "exp": "Date d'expiration / Date of expiry",
}
LAB_EN = {
    "type": "Type",
    "code": "Country Code",
    "number": "Passport No.",
    "surname": "Surname",
    "given": "Given Name(s)",
    "nat": "Nationality",
    "dob": "Date of Birth",
    "sex": "Sex",
    "pob": "Place of Birth",
    "issue": "Date of Issue",
    "auth": "Issuing Authority",
    "exp": "Date of Expiry",
}


def pid(fields):
    return {k: fields[k] for k in ("surname", "given_names", "date_of_birth")}


def p01_mali(out):
    """Mali, employed, lease route; in order."""
    pk = Packet(out, "p01", 1101)
    dob = D(1993, 4, 17)
    sur, giv = "COULIBALY", "MARIAM KADIDIA"
    pp = dict(
        country="MLI", surname=sur, given=giv, number="AB0458213", dob=dob, sex="F",
        issued=D(2023, 2, 10), expiry=D(2028, 2, 9), pob="SEGOU", nat_print="MALIENNE",
        surname_print=sur, given_print=giv, authority="DGPN BAMAKO", date_style="slash",
        tint=(0.93, 0.9, 0.84), fonts=("sans-b", "libn", "lib-b"), lab=LAB_FR_EN,
        header=["COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST",
                "RÉPUBLIQUE DU MALI", "PASSEPORT / PASSPORT"],
    )  # fmt: skip
    data, f_pp = passport_pdf(pp, pk.sub())
    pk.photo("IMG_20261112_094512.jpg", data, rot=0, table="wood", dpi=450)
    pk.doc("passport", "phone_photo", files(("IMG_20261112_094512.jpg", [1])), f_pp,
           "ECOWAS passport data page photographed on a table")  # fmt: skip
    vi = dict(
        surname=sur, given=giv, number="041827365", sticker_no="041827365", nat="MLI", dob=dob,
        sex="F", valid_from=D(2026, 3, 1), valid_until=D(2027, 2, 28), days=365,
        issued_in="BAMAKO", issued_on=D(2026, 2, 10), passport_no="AB0458213",
        category="SALARIE", remarks=["VLS-TS SALARIE", "CESEDA R.431-16 15°"],
    )  # fmt: skip
    data, f_vi = visa_pdf(vi, pk.sub())
    pk.photo("IMG_20261112_094540.jpg", data, rot=90, table="light", dpi=450)
    pk.doc("long_stay_visa", "phone_photo", files(("IMG_20261112_094540.jpg", [1])), f_vi,
           "VLS-TS salarié sticker, photo rotated 90°")  # fmt: skip
    bc = dict(
        act_no="1247", act_year=1993, dob=dob, hour="06 h 30",
        dob_words="dix-sept avril mil neuf cent quatre-vingt-treize", pob="Ségou",
        given="Mariam Kadidia", surname="COULIBALY", sex_word="Féminin",
        father="Bakary COULIBALY", father_job="Commerçant", mother="Kadiatou DIARRA",
        mother_job="Ménagère", parents_home="Ségou, quartier Médine",
        drawn="24/04/1993", declarant="Bakary COULIBALY, le père", issued_at="Ségou",
        issued_on=D(2026, 1, 8), officer="Moussa TRAORÉ",
    )  # fmt: skip
    pk.image_pdf("extrait_naissance.pdf", [(birth_mali(bc, pk.sub()), 0)], grey=0.8)
    pk.doc("birth_certificate", "image_pdf", files(("extrait_naissance.pdf", [1])), {
        "surname": "COULIBALY", "given_names": "Mariam Kadidia", "date_of_birth": dob.isoformat(),
        "place_of_birth": "Ségou", "issuing_country": "MLI", "language": "fr",
        "has_apostille": False},
        "Malian extract, pre-printed form filled by hand. No apostille: Mali is not a party to "
        "the Hague apostille convention and the France-Mali judicial cooperation convention of "
        "9 March 1962 dispenses with legalisation (French MEAE legalisation table).")  # fmt: skip
    addr = ["12 rue Émile Zola, Bât. B, Apt 34", "93100 Montreuil"]
    lz = dict(
        landlord="M. Gérard POULAIN", landlord_addr="4 rue des Lilas, 94300 Vincennes",
        tenant_print="Mme Mariam Kadidia COULIBALY", tenant_dob=dob, address=addr,
        desc="appartement au 3e étage, bâtiment B, porte 34", surface="38,5", rooms=2,
        start=D(2026, 5, 1), rent=890.0, charges=65.0, place="Montreuil", signed=D(2026, 4, 22),
    )  # fmt: skip
    pk.text_pdf("Bail_Montreuil_signe.pdf", lease(lz, pk.sub()))
    pk.doc("lease", "text_pdf", files(("Bail_Montreuil_signe.pdf", [1, 2, 3])), {
        "tenant_names": ["Mariam Kadidia COULIBALY"], "landlord": "Gérard POULAIN",
        "address": ", ".join(addr), "start_date": "2026-05-01"},
        "bail loi 1989, logement vide, 3 pages, started 6+ months before as_of")  # fmt: skip
    ps = dict(
        fonts=("lib", "lib-b"), start=D(2026, 10, 1), end=D(2026, 10, 31),
        employer_lines=["SAS RÉSIDENCE LES TILLEULS", "EHPAD Les Tilleuls",
                        "45 avenue de la Résistance", "93100 Montreuil"],
        siret="83214567800021", naf="8710A", employee_print="Mme COULIBALY Mariam Kadidia",
        address=addr, job="Aide-soignante", coef="219", entry=D(2026, 3, 9),
        ccn="FEHAP (IDCC 0029)", hours=151.67, gross=2180.40, mutuelle=38.20,
        net_before_tax=1742.18, pas_rate="1,2", net=1721.27, paid=D(2026, 10, 30),
    )  # fmt: skip
    pk.text_pdf("Bulletin_2026_10.pdf", payslip(ps, pk.sub()))
    pk.doc("payslip", "text_pdf", files(("Bulletin_2026_10.pdf", [1])), {
        "employer": "SAS RÉSIDENCE LES TILLEULS", "employee_name": "COULIBALY Mariam Kadidia",
        "period": "2026-10", "net_pay": 1721.27, "siret": "83214567800021"},
        "bulletin de paie clarifié; net_pay is the 'NET PAYÉ' after income tax")  # fmt: skip
    iban, key = fr_iban("18206", "00042", "60512873041")
    rib = dict(
        style="ca", color=(0.0, 0.45, 0.42), fonts=("open", "open-b"),
        bank_name="CRÉDIT AGRICOLE", branch_name="Caisse Régionale d'Île-de-France",
        title="Relevé d'Identité Bancaire", lab_holder="Titulaire du compte",
        holder_lines=["MME COULIBALY MARIAM KADIDIA"] + [a.upper() for a in addr],
        domiciliation=["CA IDF MONTREUIL", "Agence de Montreuil Centre"],
        bank="18206", branch="00042", account="60512873041", key=key, iban=iban,
        bic="AGRIFRPP882",
        footer="Caisse Régionale de Crédit Agricole Mutuel de Paris et d'Île-de-France - "
               "26 quai de la Rapée 75012 Paris - 775 665 615 RCS Paris",
    )  # fmt: skip
    pk.text_pdf("RIB_CA.pdf", rib_pdf(rib, pk.sub()))
    pk.doc("rib", "text_pdf", files(("RIB_CA.pdf", [1])), {
        "holder_name": "COULIBALY MARIAM KADIDIA", "iban": iban, "bic": "AGRIFRPP882",
        "bank_name": "Crédit Agricole", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    form = dict(
        hand=True, hand_font="hand2", surname=sur, given=giv, dob=dob, pob="Ségou (Mali)",
        nationality="Malienne", address=addr, phone="07 58 21 44 90",
        email="mariam.coulibaly93@gmail.com",
        employment={"job": "Aide-soignante", "contract": "CDI",
                    "employer": "EHPAD Les Tilleuls, 93100 Montreuil"},
        place="Montreuil", signed_print="14/11/2026",
    )  # fmt: skip
    data = cerfa_15763(form, pk.sub())
    pk.scan("scan_0001.jpg", data, 0, dpi=200)
    pk.scan("scan_0002.jpg", data, 1, dpi=200)
    pk.doc("application_form", "scan", files(("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])), {
        "surname": sur, "given_names": giv, "date_of_birth": dob.isoformat(),
        "employment_status": "employed", "signed": True, "signed_on": "2026-11-14", "nir": None},
        "Cerfa 15763 filled by hand in capitals, two scanned pages")  # fmt: skip
    pk.write_truth("2026-11-20", True, "complete", reqs(), None, pid(f_pp))


def p02_drc(out):
    """DR Congo, spouse of a French citizen, hosted by him; not employed; in order."""
    pk = Packet(out, "p02", 2202)
    dob = D(1996, 9, 3)
    sur, giv = "NSIMBA MAKIESE", "DORCAS"
    pp = dict(
        country="COD", surname=sur, given=giv, number="OP0871542", dob=dob, sex="F",
        issued=D(2024, 1, 18), expiry=D(2029, 1, 17), pob="KINSHASA", nat_print="CONGOLAISE",
        surname_print=sur, given_print=giv, authority="MIN. AFFAIRES ÉTRANGÈRES",
        date_style="bil", tint=(0.86, 0.9, 0.95), fonts=("serif-b", "cond", "cond-b"),
        lab=LAB_FR_EN, header=["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "PASSEPORT / PASSPORT"],
    )  # fmt: skip
    data, f_pp = passport_pdf(pp, pk.sub())
    pk.scan("Passeport Dorcas.png", data, dpi=220)
    pk.doc("passport", "scan", files(("Passeport Dorcas.png", [1])), f_pp,
           "passport data page on a flatbed A4 scan")  # fmt: skip
    addr = ["27 avenue Jean Jaurès", "69007 Lyon"]
    ts = dict(
        surname=sur, given=giv, sex="F", nat="COD", dob=dob, pob="KINSHASA (RDC)",
        kind="VIE PRIVÉE ET FAMILIALE", expiry=D(2027, 6, 9), number="K40296173",
        remarks="CONJOINT DE FRANÇAIS - AUTORISE SON TITULAIRE À TRAVAILLER",
        address=["27 AVENUE JEAN JAURES", "69007 LYON"], issued=D(2026, 6, 10),
        authority="PRÉFECTURE DU RHÔNE",
    )  # fmt: skip
    front, back, f_ts = residence_card_pdf(ts, pk.sub())
    pk.scan("titre_sejour_recto_verso.jpg", b"", cards=[(front, (20, 25)), (back, (20, 95))])
    pk.doc("residence_permit", "scan", files(("titre_sejour_recto_verso.jpg", [1])), f_ts,
           "titre de séjour, recto and verso scanned together on one A4 page")  # fmt: skip
    bc = dict(
        commune="Lingwala", act_no="0872/1996", volume="III", folio="114",
        drawn_words="mil neuf cent quatre-vingt-seize, le dix-septième jour du mois de septembre",
        officer="KALONJI MBUYI Pierre", declarant="Monsieur NSIMBA LUTETE Albert, père",
        dob_words="trois septembre mil neuf cent quatre-vingt-seize", pob="Kinshasa",
        surname="NSIMBA MAKIESE", given="Dorcas", father="NSIMBA LUTETE Albert",
        father_pob="Mbanza-Ngungu", father_job="enseignant", mother="MAKIESE NZUZI Thérèse",
        mother_pob="Kinshasa", mother_job="commerçante",
        parents_home="avenue Kabinda n° 54, Commune de Lingwala", dob=dob,
        issued_on=D(2025, 11, 3), legal1=D(2025, 11, 12), legal2=D(2025, 11, 20),
        legal_no="2025/LEG/4471",
    )  # fmt: skip
    data = birth_drc(bc, pk.sub())
    pk.scan("acte_naissance_1.jpg", data, 0, dpi=180, grey=0.5)
    pk.scan("acte_naissance_2.jpg", data, 1, dpi=180, grey=0.5)
    pk.doc("birth_certificate", "scan",
           files(("acte_naissance_1.jpg", [1]), ("acte_naissance_2.jpg", [1])), {
               "surname": "NSIMBA MAKIESE", "given_names": "Dorcas",
               "date_of_birth": dob.isoformat(), "place_of_birth": "Kinshasa",
               "issuing_country": "COD", "language": "fr", "has_apostille": False},
           "DR Congo is not a Hague apostille party: legalisation is required instead; the back "
           "carries the Congolese MFA legalisation and the French consulate's 'vu pour "
           "légalisation', so the requirement is met.")  # fmt: skip
    host = dict(
        surname="LEFEBVRE", given="JULIEN MARC", given_print="JULIEN, MARC", sex="M",
        dob=D(1989, 2, 11), pob="VILLEURBANNE (69)", number="X7RK2LM49",
        issued=D(2022, 5, 3), expiry=D(2032, 5, 2), authority="PRÉFECTURE DU RHÔNE",
    )  # fmt: skip
    front, back, f_cni = cni_pdf(host, pk.sub())
    pk.photo("IMG_4471.JPG", front, rot=0, table="dark", dpi=700, long_side=4032)
    pk.photo("IMG_4472.JPG", back, rot=180, table="dark", dpi=700, long_side=4032)
    pk.doc("national_id", "phone_photo", files(("IMG_4471.JPG", [1]), ("IMG_4472.JPG", [1])),
           f_cni, "host's French CNI (2021 model), front and back; back photographed upside "
           "down")  # fmt: skip
    for i, (m, inv) in enumerate([(8, "FB2608123774"), (9, "FB2609124102"), (10, "FB2610124467")]):
        start = D(2026, m, 1)
        end = D(2026, m, 31 if m in (8, 10) else 30)
        b = dict(
            issue=D(2026, m, 5) if m > 8 else D(2026, 8, 4), invoice=inv, client="0 7741 2290",
            holder_print="M. LEFEBVRE Julien", address=[a.upper() for a in addr],
            amount=[34.99, 34.99, 36.99][i], debit=D(2026, m, 12), line="04 78 72 19 05",
            start=start, end=end,
        )  # fmt: skip
        name = f"Facture_SFR_2026{m:02d}.pdf"
        pk.text_pdf(name, sfr_bill(b, pk.sub()))
        pk.doc("utility_bill", "text_pdf", files((name, [1])), {
            "provider": "SFR", "service": "internet", "holder_name": "LEFEBVRE Julien",
            "address": ", ".join(a.upper() for a in addr), "issue_date": b["issue"].isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(),
            "month": f"2026-{m:02d}", "amount": b["amount"]}, "host's internet bill")  # fmt: skip
    at = dict(
        font="hand5", host_print="Julien Lefebvre", host_dob=host["dob"],
        host_pob="Villeurbanne", address=addr, relation="mon épouse,",
        hosted_print="Dorcas NSIMBA MAKIESE", hosted_dob=dob, hosted_pob="Kinshasa (RDC)",
        since_print="14 février 2026", place="Lyon", signed_print="28/11/2026",
    )  # fmt: skip
    pk.photo("IMG_4475.JPG", attestation_hand(at, pk.sub()), rot=270, table="light", dpi=220)
    pk.doc("hosting_attestation", "phone_photo", files(("IMG_4475.JPG", [1])), {
        "host_name": "Julien Lefebvre", "hosted_name": "Dorcas NSIMBA MAKIESE",
        "address": ", ".join(addr), "since_date": "2026-02-14", "signed_on": "2026-11-28",
        "signed": True}, "handwritten on Seyès notebook paper, photo rotated 270°")  # fmt: skip
    iban, key = fr_iban("20041", "01007", "1234567X038")
    rib = dict(
        style="lbp", color=(0.0, 0.25, 0.55), fonts=("free", "free-b"), centre="Lyon",
        title="RELEVÉ D'IDENTITÉ BANCAIRE", lab_holder="Intitulé du compte",
        holder_lines=["M LEFEBVRE JULIEN", "OU MME NSIMBA MAKIESE DORCAS",
                      "27 AV JEAN JAURES", "69007 LYON"],
        domiciliation=["La Banque Postale", "Centre Financier de Lyon", "69900 Lyon Cedex 20"],
        bank="20041", branch="01007", account="1234567X038", key=key, iban=iban,
        bic="PSSTFRPPLYO",
        footer="La Banque Postale - SA à Directoire et Conseil de Surveillance - 115 rue de "
               "Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645",
    )  # fmt: skip
    pk.scan("scan_rib.jpg", rib_pdf(rib, pk.sub()), dpi=150, grey=0.3)
    pk.doc("rib", "scan", files(("scan_rib.jpg", [1])), {
        "holder_name": "LEFEBVRE JULIEN OU NSIMBA MAKIESE DORCAS", "iban": iban,
        "bic": "PSSTFRPPLYO", "bank_name": "La Banque Postale", "iban_valid": True,
        "rib_key_valid": True}, "joint account that includes the applicant")  # fmt: skip
    form = dict(
        hand=False, surname=sur, given=giv, dob=dob, pob="Kinshasa, RD Congo",
        nationality="Congolaise (RDC)", address=addr, phone="06 12 48 90 33",
        email="dorcas.nsimba@outlook.fr", employment=None, place="Lyon",
        signed_print="28/11/2026",
    )  # fmt: skip
    pk.text_pdf("cerfa_15763_rempli.pdf", cerfa_15763(form, pk.sub()))
    pk.doc("application_form", "text_pdf", files(("cerfa_15763_rempli.pdf", [1, 2])), {
        "surname": sur, "given_names": giv, "date_of_birth": dob.isoformat(),
        "employment_status": "not_employed", "signed": True, "signed_on": "2026-11-28",
        "nir": None}, "filled on a computer, signature drawn")  # fmt: skip
    pk.write_truth("2026-12-08", False, "complete", reqs(employment="not_applicable"), None,
                   pid(f_pp))  # fmt: skip


def p03_madagascar(out):
    """Madagascar, employed (CDI), three internet bills, Revolut LT IBAN; in order."""
    pk = Packet(out, "p03", 3303)
    dob = D(1990, 12, 22)
    sur, giv = "RANDRIANARIVELO", "TSIORY FANOMEZANTSOA"
    pp = dict(
        country="MDG", surname=sur, given=giv, number="MA1458203", dob=dob, sex="M",
        issued=D(2022, 7, 5), expiry=D(2027, 7, 4), pob="ANTANANARIVO",
        nat_print="MALAGASY", surname_print=sur, given_print=giv,
        authority="MINISTÈRE DE L'INTÉRIEUR", date_style="en", tint=(0.9, 0.93, 0.88),
        fonts=("caladea-b", "lib", "lib-b"),
        lab={**LAB_FR_EN, "surname": "Anarana / Nom / Surname",
             "given": "Fanampiny / Prénoms / Given names"},
        header=["REPOBLIKAN'I MADAGASIKARA", "RÉPUBLIQUE DE MADAGASCAR",
                "PASIPAOROA / PASSEPORT / PASSPORT"],
    )  # fmt: skip
    d_pp, f_pp = passport_pdf(pp, pk.sub())
    vi = dict(
        surname=sur, given=giv, number="052661938", sticker_no="052661938", nat="MDG", dob=dob,
        sex="M", valid_from=D(2026, 8, 25), valid_until=D(2027, 8, 24), days=365,
        issued_in="TANANARIVE", issued_on=D(2026, 8, 3), passport_no="MA1458203",
        category="PASSEPORT TALENT", remarks=["VLS-TS PASSEPORT TALENT",
                                             "SALARIE QUALIFIE L.421-9"],
    )  # fmt: skip
    d_vi, f_vi = visa_pdf(vi, pk.sub())
    pk.image_pdf("passeport_visa.pdf", [(d_pp, 0), (d_vi, 0)], grey=0.5)
    pk.doc("passport", "image_pdf", files(("passeport_visa.pdf", [1])), f_pp,
           "page 1 of a two-page scanner PDF")  # fmt: skip
    pk.doc("long_stay_visa", "image_pdf", files(("passeport_visa.pdf", [2])), f_vi,
           "page 2: VLS-TS passeport talent sticker")  # fmt: skip
    bc = dict(
        arr="III", act_no="2145", surname="RANDRIANARIVELO", given="Tsiory Fanomezantsoa",
        dob_words="22 desambra 1990 / 22 décembre 1990", pob="Antananarivo",
        father="RANDRIANARIVELO Jean Hery", mother="RASOANIRINA Voahangy Lalao",
        drawn_words_mg="faha-27 desambra 1990", drawn_fr="27 décembre 1990",
        declarant="RANDRIANARIVELO Jean Hery, ray / père", officer="RAKOTOMALALA Fidy",
        issued_on=D(2026, 7, 14),
    )  # fmt: skip
    pk.photo("IMG_20261219_181203.jpg", birth_madagascar(bc, pk.sub()), rot=0, table="wood",
             dpi=240, long_side=4000)  # fmt: skip
    pk.doc("birth_certificate", "phone_photo", files(("IMG_20261219_181203.jpg", [1])), {
        "surname": "RANDRIANARIVELO", "given_names": "Tsiory Fanomezantsoa",
        "date_of_birth": dob.isoformat(), "place_of_birth": "Antananarivo",
        "issuing_country": "MDG", "language": "mg", "has_apostille": False},
        "bilingual Malagasy/French copy with fiscal stamp. Madagascar is not a Hague apostille "
        "party; the France-Madagascar cooperation agreement of 4 June 1973 dispenses with "
        "legalisation (French MEAE legalisation table).")  # fmt: skip
    addr = ["8 rue de la Fontaine au Roi", "75011 Paris"]
    months = [(10, 31, 59.99), (11, 30, 59.99), (12, 31, 61.49)]
    for i, (m, last, amt) in enumerate(months):
        issue = D(2026, m, 3)
        b = dict(
            holder_print="M RANDRIANARIVELO TSIORY", address=[a.upper() for a in addr],
            issue=issue, client="1209 4478 31", invoice=f"F2026{m:02d}77413{i}",
            line="01 43 57 28 61", amount=amt, debit=D(2026, m, 15), start=D(2026, m, 1),
            end=D(2026, m, last),
        )  # fmt: skip
        data = orange_bill(b, pk.sub())
        fld = {
            "provider": "Orange", "service": "internet", "holder_name": "RANDRIANARIVELO TSIORY",
            "address": ", ".join(a.upper() for a in addr), "issue_date": issue.isoformat(),
            "period_start": f"2026-{m:02d}-01", "period_end": f"2026-{m:02d}-{last}",
            "month": f"2026-{m:02d}", "amount": amt,
        }  # fmt: skip
        if m == 12:
            pk.scan("facture_orange_dec.jpg", data, 0, dpi=200)
            pk.doc("utility_bill", "scan", files(("facture_orange_dec.jpg", [1])), fld,
                   "printed and scanned, page 1 only")  # fmt: skip
        else:
            name = f"facture_orange_{m:02d}_2026.pdf"
            pk.text_pdf(name, data)
            pk.doc("utility_bill", "text_pdf", files((name, [1, 2])), fld,
                   "holder's given names shortened on the bill")  # fmt: skip
    k = dict(
        employer="NEXALIS", form="SAS", capital="120 000", rcs="412 390 876",
        seat="18 rue de Paradis, 75010 Paris", rep="Mme Claire DUBOSC-ARNAUD",
        employee_print="M. Tsiory Fanomezantsoa RANDRIANARIVELO", dob=dob, pob="Antananarivo "
        "(Madagascar)", nat="malgache", address="8 rue de la Fontaine au Roi, 75011 Paris",
        start=D(2026, 9, 1), job="Ingénieur logiciel", position="2.2", salary="52 000",
        workplace="18 rue de Paradis, 75010 Paris", signed=D(2026, 7, 10),
    )  # fmt: skip
    pk.text_pdf("Contrat_CDI_Nexalis.pdf", cdi(k, pk.sub()))
    pk.doc("employment_contract", "text_pdf", files(("Contrat_CDI_Nexalis.pdf", [1, 2])), {
        "employer": "NEXALIS", "employee_name": "Tsiory Fanomezantsoa RANDRIANARIVELO",
        "contract_type": "CDI", "job_title": "Ingénieur logiciel",
        "start_date": "2026-09-01"})  # fmt: skip
    iban = iban_make("LT", "32500" + "61739048215")
    pk.screenshot("Screenshot_20261220-091533.png", revolut_screen(
        {"clock": "09:15", "holder": "Tsiory Fanomezantsoa Randrianarivelo", "iban": iban,
         "bic": "REVOLT21"}, pk.sub()))  # fmt: skip
    pk.doc("rib", "screenshot", files(("Screenshot_20261220-091533.png", [1])), {
        "holder_name": "Tsiory Fanomezantsoa Randrianarivelo", "iban": iban, "bic": "REVOLT21",
        "bank_name": "Revolut Bank UAB", "iban_valid": True, "rib_key_valid": None},
        "Revolut account details screen; LT IBAN is a non-French SEPA IBAN, legally acceptable "
        "(info only)")  # fmt: skip
    form = dict(
        hand=True, hand_font="hand3", surname=sur, given=giv, dob=dob,
        pob="Antananarivo, Madagascar", nationality="Malgache", address=addr,
        phone="07 81 66 02 19", email="tsiory.randria@proton.me",
        employment={"job": "Ingénieur logiciel", "contract": "CDI",
                    "employer": "NEXALIS, 18 rue de Paradis 75010 Paris"},
        place="Paris", signed_print="20/12/2026",
    )  # fmt: skip
    data = cerfa_15763(form, pk.sub())
    pk.photo("IMG_20261220_100214.jpg", data, 0, rot=270, table="light", dpi=220)
    pk.doc("application_form", "phone_photo", files(("IMG_20261220_100214.jpg", [1])), {
        "surname": sur, "given_names": giv, "date_of_birth": dob.isoformat(),
        "employment_status": "employed", "signed": True, "signed_on": "2026-12-20", "nir": None},
        "page 1 only photographed (page 2 is the list of documents); rotated 270°")  # fmt: skip
    pk.write_truth("2027-01-14", True, "complete", reqs(), None, pid(f_pp))


def p04_bangladesh(out):
    """Bangladesh, employed; the VLS-TS expired before the audit date (one defect)."""
    pk = Packet(out, "p04", 4404)
    dob = D(1995, 7, 30)
    sur, giv = "AKTER", "NUSRAT JAHAN"
    pp = dict(
        country="BGD", surname=sur, given=giv, number="A07319254", dob=dob, sex="F",
        issued=D(2024, 3, 11), expiry=D(2034, 3, 10), pob="SYLHET", nat_print="BANGLADESHI",
        surname_print=sur, given_print=giv, authority="DIP/DHAKA", date_style="en",
        tint=(0.86, 0.93, 0.9), fonts=("roboto-b", "robotoc", "robotoc-b"), lab=LAB_EN,
        header=["PEOPLE'S REPUBLIC OF BANGLADESH", "PASSPORT"],
        personal="",
    )  # fmt: skip
    data, f_pp = passport_pdf(pp, pk.sub())
    pk.scan("scan0003.jpg", data, dpi=300)
    pk.doc("passport", "scan", files(("scan0003.jpg", [1])), f_pp,
           "e-passport data page, 300 dpi scan")  # fmt: skip
    vi = dict(
        surname=sur, given=giv, number="039271846", sticker_no="039271846", nat="BGD", dob=dob,
        sex="F", valid_from=D(2025, 9, 10), valid_until=D(2026, 9, 9), days=365,
        issued_in="DHAKA", issued_on=D(2025, 8, 18), passport_no="A07319254",
        category="ETUDIANT", remarks=["VLS-TS ETUDIANT", "UNIV. TOULOUSE CAPITOLE"],
    )  # fmt: skip
    data, f_vi = visa_pdf(vi, pk.sub())
    pk.photo("IMG_2271.jpg", data, rot=0, table="light", dpi=450)
    pk.doc("long_stay_visa", "phone_photo", files(("IMG_2271.jpg", [1])), f_vi,
           "DEFECT: VLS-TS étudiant valid until 2026-09-09, expired at the audit date; no "
           "titre de séjour or récépissé in the packet")  # fmt: skip
    bc = dict(
        office="Sylhet City Corporation, Ward No. 14", registered=D(2008, 3, 12),
        issued_on=D(2025, 5, 4), brn="19959113845027316", dob=dob,
        dob_words="Thirtieth July Nineteen Hundred Ninety Five", name="Nusrat Jahan Akter",
        pob="Sylhet", mother="Rokeya Begum", father="Md. Abdul Mannan",
        address="Shibganj, Sylhet Sadar, Sylhet",
    )  # fmt: skip
    pk.scan("birth_certificate.jpg", birth_bangladesh(bc, pk.sub()), dpi=200)
    pk.doc("birth_certificate", "scan", files(("birth_certificate.jpg", [1])), {
        "surname": "Akter", "given_names": "Nusrat Jahan", "date_of_birth": dob.isoformat(),
        "place_of_birth": "Sylhet", "issuing_country": "BGD", "language": "en",
        "has_apostille": True},
        "online BDRIS certificate, English version, name printed in one line 'Nusrat Jahan "
        "Akter'")  # fmt: skip
    ap = dict(
        country="People's Republic of Bangladesh", doc_signer="Md. Shafiqul Islam",
        doc_capacity="Registrar, Birth and Death Registration", doc_seal="Sylhet City "
        "Corporation", place="Dhaka", date_print="18/06/2025", authority="Ministry of Foreign "
        "Affairs, Consular Wing", number="MOFA-APT-2025-0412873", signed_by="Farhana Rahman",
    )  # fmt: skip
    pk.scan("apostille.jpg", apostille(ap, pk.sub()), dpi=200, grey=0.2)
    pk.doc("apostille", "scan", files(("apostille.jpg", [1])), {
        "country": "Bangladesh", "issued_on": "2025-06-18", "number": "MOFA-APT-2025-0412873",
        "signed_by": "Farhana Rahman"},
        "Hague model, 10 items; Bangladesh's accession took effect on 30 March 2025")  # fmt: skip
    addr = ["5 allée des Tilleuls, Appt 12", "31400 Toulouse"]
    bills = [(8, 31, 19.99, "2608"), (9, 30, 19.99, "2609"), (10, 31, 22.49, "2610")]
    for m, last, amt, code in bills:
        b = dict(
            issue=D(2026, m, last), client="1.0448.71932", invoice=f"{code}-774108",
            line="07 49 22 81 06", holder_print="Mme Nusrat Jahan AKTER",
            address=addr, amount=amt, debit=D(2026, m + 1, 8) if m < 12 else D(2027, 1, 8),
            start=D(2026, m, 1), end=D(2026, m, last), clock="21:47",
        )  # fmt: skip
        fld = {
            "provider": "Bouygues Telecom", "service": "mobile",
            "holder_name": "Nusrat Jahan AKTER", "address": ", ".join(addr),
            "issue_date": b["issue"].isoformat(), "period_start": f"2026-{m:02d}-01",
            "period_end": f"2026-{m:02d}-{last}", "month": f"2026-{m:02d}", "amount": amt,
        }  # fmt: skip
        if m == 10:
            pk.screenshot("Screenshot_20261104_214733.png", bouygues_app_screen(b, pk.sub()))
            pk.doc("utility_bill", "screenshot", files(("Screenshot_20261104_214733.png", [1])),
                   fld, "October bill as shown in the Bouygues Telecom app")  # fmt: skip
        else:
            name = f"Facture_{code}.pdf"
            pk.text_pdf(name, bouygues_bill(b, pk.sub()))
            pk.doc("utility_bill", "text_pdf", files((name, [1])), fld)
    ps = dict(
        fonts=("robotoc", "robotoc-b"), start=D(2026, 10, 1), end=D(2026, 10, 31),
        employer_lines=["SARL LE COMPTOIR DU CAPITOLE", "12 place du Capitole",
                        "31000 Toulouse"],
        siret="90176543200017", naf="5610A", employee_print="AKTER Nusrat Jahan",
        address=addr, job="Employée polyvalente", coef="Niveau I éch. 2", entry=D(2026, 1, 12),
        ccn="HCR (IDCC 1979)", hours=86.67, gross=1044.68, mutuelle=21.40,
        net_before_tax=814.33, pas_rate="0,0", net=814.33, paid=D(2026, 11, 3),
    )  # fmt: skip
    pk.photo("IMG_2288.jpg", payslip(ps, pk.sub()), rot=0, table="wood", dpi=240)
    pk.doc("payslip", "phone_photo", files(("IMG_2288.jpg", [1])), {
        "employer": "SARL LE COMPTOIR DU CAPITOLE", "employee_name": "AKTER Nusrat Jahan",
        "period": "2026-10", "net_pay": 814.33, "siret": "90176543200017"},
        "part-time student job, 20 h a week")  # fmt: skip
    iban, key = fr_iban("30003", "02291", "00050418763")
    rib = dict(
        style="sg", color=(0.89, 0.0, 0.1), fonts=("lato", "lato-b"),
        title="RELEVÉ D'IDENTITÉ BANCAIRE", lab_holder="Titulaire",
        holder_lines=["MLLE AKTER NUSRAT JAHAN", addr[0].upper(), addr[1].upper()],
        domiciliation=["SG TOULOUSE ARNAUD BERNARD", "05 61 12 44 70"],
        bank="30003", branch="02291", account="00050418763", key=key, iban=iban,
        bic="SOGEFRPP",
        footer="Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS "
               "Paris - Siège social : 29 bd Haussmann 75009 Paris",
    )  # fmt: skip
    pk.image_pdf("RIB.pdf", [(rib_pdf(rib, pk.sub()), 0)], grey=0.4)
    pk.doc("rib", "image_pdf", files(("RIB.pdf", [1])), {
        "holder_name": "AKTER NUSRAT JAHAN", "iban": iban, "bic": "SOGEFRPP",
        "bank_name": "Société Générale", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    form = dict(
        hand=True, hand_font="hand5", surname=sur, given=giv, dob=dob,
        pob="Sylhet, Bangladesh", nationality="Bangladaise", address=addr,
        phone="07 49 22 81 06", email="nusrat.akter95@gmail.com",
        employment={"job": "Employée polyvalente", "contract": "CDD",
                    "employer": "Le Comptoir du Capitole, 31000 Toulouse"},
        place="Toulouse", signed_print="25/11/2026",
    )  # fmt: skip
    data = cerfa_15763(form, pk.sub())
    pk.image_pdf("demande_PUMA.pdf", [(data, 0), (data, 1)], grey=0.3)
    pk.doc("application_form", "image_pdf", files(("demande_PUMA.pdf", [1, 2])), {
        "surname": sur, "given_names": giv, "date_of_birth": dob.isoformat(),
        "employment_status": "employed", "signed": True, "signed_on": "2026-11-25", "nir": None},
        "filled by hand, scanned to PDF")  # fmt: skip
    pk.write_truth("2026-12-02", True, "incomplete", reqs(residence_status="invalid"),
                   "residence_status: the only residence document is a VLS-TS that expired on "
                   f"{fr(D(2026, 9, 9))}, before the audit date", pid(f_pp))  # fmt: skip


PACKETS = [p01_mali, p02_drc, p03_madagascar, p04_bangladesh]
