"""Packets p01 (Tunisia, employed, lease) and p02 (Côte d'Ivoire, employed, own bills)."""

from reportlab.lib.units import mm

import certs
import common as C
import frdocs
import ids
from render import emit

REQ_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def doc(files, typ, look, fields, notes=""):
    return {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}


def id_fields(surname, given, number, nat, country, dob, sex, exp, mrz_valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": country,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": mrz_valid,
    }


def form_fields(surname, given, dob, status, signed_on):
    return {
        "surname": surname,
        "given_names": given,
        "date_of_birth": dob,
        "employment_status": status,
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
    }


def p01(out, rng):
    sur, giv, dob = "BEN M'BAREK", "YOSRA", "1994-03-12"
    addr, cp, city = "18 rue Paul Bert", "69003", "Lyon"
    docs = []
    fm = dict(
        surname="BEN M'BAREK",
        usage="",
        given="Yosra",
        dob=dob,
        sex="F",
        pob="Sfax (Tunisie)",
        nat="Tunisienne",
        address=addr + ", Appartement 24",
        cp=cp,
        city=city.upper(),
        phone="06 52 18 47 90",
        email="yosra.bmbarek@gmail.com",
        status="employed",
        job="Ingénieure logiciel",
        contract="CDI",
        employer="NEXALYS CONSULTING",
        signed_on="2026-11-09",
        city_signed="Lyon",
        hand=False,
    )
    f = emit(out, "Cerfa_15763_scan.pdf", frdocs.cerfa(fm, rng), "image_pdf", rng)
    docs.append(
        doc(
            f,
            "application_form",
            "image_pdf",
            form_fields("BEN M'BAREK", "Yosra", dob, "employed", "2026-11-09"),
            "typed form printed, signed by hand, scanned",
        )
    )
    num = "Z0841726"
    mrz = C.td3("P", "TUN", sur, giv, num, "TUN", dob, "F", "2028-06-04")
    pp = dict(
        style="TUN",
        surname_print=sur,
        given_print=giv,
        nat_print="TUNISIENNE",
        number=num,
        country="TUN",
        dob=dob,
        sex="F",
        pob="SFAX",
        issue="2023-06-05",
        exp="2028-06-04",
        mrz=mrz,
    )
    f = emit(
        out,
        "passeport.jpg",
        [ids.passport_page(pp, rng)],
        "scan",
        rng,
        size=ids.PASS_SIZE,
        card=True,
    )
    docs.append(
        doc(
            f,
            "passport",
            "scan",
            id_fields(sur, giv, num, "TUN", "TUN", dob, "F", "2028-06-04"),
            "photocopy of data page",
        )
    )
    tnum = "2X9HF41K7"
    tmrz = C.td1("IR", "FRA", tnum, dob, "F", "2030-04-02", "TUN", sur, giv)
    ts = dict(
        number=tnum,
        surname=sur,
        given=giv,
        sex="F",
        nat="TUN",
        dob_p="12 03 1994",
        kind="CARTE DE SÉJOUR PLURIANNUELLE",
        exp_p="02 04 2030",
        remarks="PASSEPORT TALENT - SALARIÉ QUALIFIÉ",
        prefecture="PRÉFECTURE DU RHÔNE",
        issue_p="03 04 2026",
        address="18 RUE PAUL BERT 69003 LYON",
        mrz=tmrz,
    )
    f = emit(
        out,
        "titre_sejour_recto_verso.pdf",
        ids.residence_card(ts, rng),
        "image_pdf",
        rng,
        size=ids.CARD_SIZE,
        card=True,
    )
    docs.append(
        doc(
            f,
            "residence_permit",
            "image_pdf",
            id_fields(sur, giv, tnum, "TUN", "FRA", dob, "F", "2030-04-02"),
            "front and back of the card photocopied on one sheet",
        )
    )
    b = dict(
        gov="Sfax",
        city="Sfax",
        act="0412",
        given="Yosra",
        surname="Ben M'Barek",
        sex_w="Féminin",
        dob_w="douze mars mil neuf cent quatre-vingt-quatorze (12/03/1994)",
        father="Mohamed Ben Ali Ben M'Barek",
        mother="Najet Bent Hédi Trabelsi",
        issued="04/01/2026",
        dob=dob,
    )
    f = emit(out, "IMG_20260112_184503.jpg", [certs.birth_tun(b, rng)], "phone_photo", rng, rot90=1)
    docs.append(
        doc(
            f,
            "birth_certificate",
            "phone_photo",
            {
                "surname": "Ben M'Barek",
                "given_names": "Yosra",
                "date_of_birth": dob,
                "place_of_birth": "Sfax",
                "issuing_country": "TUN",
                "language": "fr",
                "has_apostille": False,
            },
            "French-language Tunisian extract; no apostille (France-Tunisia convention "
            "of 28 June 1972 waives legalisation); photo rotated 90 degrees",
        )
    )
    L = dict(
        landlord="M. Gérard FONTAINE",
        landlord_addr="3 place Bellecour, 69002 Lyon",
        tenants_print=["Mme Yosra BEN M'BAREK"],
        address="18 rue Paul Bert, Appartement 24, 69003 Lyon",
        desc="appartement T2, 3e étage",
        surface="41",
        rooms="2",
        start="2026-04-01",
        rent="690,00",
        charges="60,00",
        city="Lyon",
        signed="2026-03-24",
    )
    f = emit(out, "bail_Lyon.pdf", frdocs.lease(L, rng), "text_pdf", rng)
    docs.append(
        doc(
            f,
            "lease",
            "text_pdf",
            {
                "tenant_names": ["Yosra BEN M'BAREK"],
                "landlord": "Gérard FONTAINE",
                "address": "18 rue Paul Bert, Appartement 24, 69003 Lyon",
                "start_date": "2026-04-01",
            },
        )
    )
    siret = C.siret_fix("8412963570002")
    p = dict(
        employer="NEXALYS CONSULTING SAS",
        emp_lines=["52 quai Rambaud", "69002 LYON"],
        siret=siret,
        naf="6202A",
        employee="Mme Yosra BEN M'BAREK",
        addr=["18 rue Paul Bert, Apt 24", "69003 LYON"],
        job="Ingénieure logiciel",
        entry="2026-03-16",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        rows=[
            ["Salaire de base", "151,67", "", "3 250,00", ""],
            ["Santé", "3 250,00", "", "-38,22", "57,33"],
            ["Retraite complémentaire T1", "3 250,00", "4,01 %", "-130,33", "196,63"],
            ["Assurance chômage", "3 250,00", "", "", "131,63"],
            ["CSG déductible", "3 193,13", "6,80 %", "-217,13", ""],
            ["CSG/CRDS non déductibles", "3 193,13", "2,90 %", "-92,60", ""],
            ["Titres-restaurant", "20", "5,40", "-108,00", ""],
        ],
        net_before="2 663,72",
        pas_rate="7,9 %",
        pas="210,43",
        net="2 453,29",
    )
    f = emit(out, "bulletin_paie_2026_10.pdf", [frdocs.payslip(p, rng)], "text_pdf", rng)
    docs.append(
        doc(
            f,
            "payslip",
            "text_pdf",
            {
                "employer": "NEXALYS CONSULTING SAS",
                "employee_name": "Yosra BEN M'BAREK",
                "period": "2026-10",
                "net_pay": "2453.29",
                "siret": siret,
            },
        )
    )
    bank, br, acc = "30004", "00815", "00010457329"
    key = C.rib_key(bank, br, acc)
    iban = C.fr_iban(bank, br, acc)
    r = dict(
        color=(0.0, 0.52, 0.35),
        bank_name="BNP PARIBAS",
        holder_lines=["MME BEN M'BAREK YOSRA", "18 RUE PAUL BERT APT 24", "69003 LYON"],
        agency=["BNP PARIBAS LYON GUILLOTIERE", "7 GRANDE RUE DE LA GUILLOTIERE", "69007 LYON"],
        bank=bank,
        branch=br,
        account=acc,
        key=key,
        iban=iban,
        bic="BNPAFRPPXXX",
    )
    f = emit(out, "RIB_BNP.pdf", [frdocs.rib_classic(r, rng)], "text_pdf", rng)
    docs.append(
        doc(
            f,
            "rib",
            "text_pdf",
            {
                "holder_name": "BEN M'BAREK YOSRA",
                "iban": iban,
                "bic": "BNPAFRPPXXX",
                "bank_name": "BNP PARIBAS",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    return {
        "as_of": "2026-11-18",
        "employed": True,
        "status": "complete",
        "requirements": dict(REQ_OK),
        "defect": None,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
        "documents": docs,
    }


def sfr_bill(month, amount, rng, n):
    y, m = 2026, month
    last = {8: 31, 9: 30, 10: 31}[m]
    nxt = "%02d" % (m + 1)
    return dict(
        provider="SFR",
        logo="SFR",
        color=(0.89, 0.0, 0.1),
        company=[
            "SFR - Société Française du Radiotéléphone",
            "16 rue du Général Alain de Boissieu, 75015 Paris",
            "RCS Paris 343 059 564",
        ],
        holder="M. KOUAMÉ JEAN-BAPTISTE",
        address=["7 allée des Tilleuls, Bât. C", "94000 CRÉTEIL"],
        title="Votre facture SFR Box",
        issue="%d-%s-03" % (y, nxt),
        start="%d-%02d-01" % (y, m),
        end="%d-%02d-%d" % (y, m, last),
        amount=amount,
        number="FB%d%02d%06d" % (y, m, 481200 + n),
        client="0179432218",
        where="installation",
        lines=[
            ("Abonnement SFR Fibre Power - du 01/%02d au %d/%02d" % (m, last, m), "29,99"),
            ("Option TV - Bouquet Essentiel", "5,00"),
            ("Communications hors forfait", amount_minus(amount, 34.99)),
        ],
        debit="%d-%s-12" % (y, nxt),
        iban_masked="FR76 3000 3XXX XXXX XXXX XXXX 748",
        legal="SFR SA au capital de 3 423 265 598,40 € - TVA FR 71 343 059 564",
    )


def amount_minus(a, b):
    return ("%.2f" % (float(a) - b)).replace(".", ",")


def p02(out, rng):
    sur, giv, dob = "KOUAME", "JEAN-BAPTISTE AHOUA", "1990-07-23"
    docs = []
    fm = dict(
        surname="KOUAMÉ",
        usage="",
        given="Jean-Baptiste Ahoua",
        dob=dob,
        sex="M",
        pob="Bouaké, Côte d'Ivoire",
        nat="Ivoirienne",
        address="7 allée des Tilleuls Bât. C",
        cp="94000",
        city="Créteil",
        phone="07 81 24 66 35",
        email="jb.kouame90@yahoo.fr",
        status="employed",
        job="Technicien de maintenance",
        contract="CDI",
        employer="MAINTELEC 94",
        signed_on="2026-11-12",
        city_signed="Créteil",
        hand=True,
    )
    f = emit(
        out,
        ["IMG_4471.jpg", "IMG_4472.jpg"],
        frdocs.cerfa(fm, rng),
        "phone_photo",
        rng,
        rot90=[0, 3],
    )
    docs.append(
        doc(
            f,
            "application_form",
            "phone_photo",
            form_fields("KOUAMÉ", "Jean-Baptiste Ahoua", dob, "employed", "2026-11-12"),
            "filled in by hand (blue ink), two photos; page 2 rotated",
        )
    )
    num = "20AD51743"
    mrz = C.td3("P", "CIV", sur, giv, num, "CIV", dob, "M", "2029-01-14")
    pp = dict(
        style="CIV",
        surname_print=sur,
        given_print=giv,
        nat_print="IVOIRIENNE",
        number=num,
        country="CIV",
        dob=dob,
        sex="M",
        pob="BOUAKE",
        issue="2024-01-15",
        exp="2029-01-14",
        mrz=mrz,
    )
    f = emit(
        out,
        "IMG_4468.jpg",
        [ids.passport_page(pp, rng)],
        "phone_photo",
        rng,
        size=ids.PASS_SIZE,
        card=True,
    )
    docs.append(
        doc(
            f,
            "passport",
            "phone_photo",
            id_fields(sur, giv, num, "CIV", "CIV", dob, "M", "2029-01-14"),
        )
    )
    vnum = "019284736"
    vmrz = C.mrva("FRA", sur, giv, vnum, "CIV", dob, "M", "2027-02-01")
    v = dict(
        number=vnum,
        from_p="02-02-2026",
        until_p="01-02-2027",
        days="365",
        place="ABIDJAN",
        issued_p="12-01-2026",
        passport_no=num,
        name_line="KOUAME JEAN-BAPTISTE AHOUA",
        remarks=["VLS-TS SALARIE", "CESEDA R.431-16 15°"],
        mrz=vmrz,
    )
    f = emit(
        out,
        "IMG_4469.jpg",
        [ids.visa_sticker(v, rng)],
        "phone_photo",
        rng,
        size=ids.PASS_SIZE,
        card=True,
    )
    vf = id_fields(sur, giv, vnum, "CIV", "FRA", dob, "M", "2027-02-01")
    vf.update(
        visa_type="D",
        vls_ts=True,
        category="SALARIE",
        valid_from="2026-02-02",
        valid_until="2027-02-01",
    )
    docs.append(doc(f, "long_stay_visa", "phone_photo", vf, "visa sticker page of the passport"))
    b = dict(
        dept="Bouaké",
        city="Bouaké",
        act="2184",
        reg_p="25/07/1990",
        surname="KOUAMÉ",
        given="Jean-Baptiste Ahoua",
        dob_w="vingt-trois juillet mil neuf cent quatre-vingt-dix",
        tob="quatorze heures trente minutes",
        place="Bouaké, maternité du CHU",
        father="KOUAMÉ Konan Bernard, instituteur",
        mother="N'GUESSAN Amenan Célestine, ménagère",
        issued_p="18/11/2025",
        dob=dob,
    )
    f = emit(out, "extrait_naissance.jpg", [certs.birth_civ(b, rng)], "scan", rng)
    docs.append(
        doc(
            f,
            "birth_certificate",
            "scan",
            {
                "surname": "KOUAMÉ",
                "given_names": "Jean-Baptiste Ahoua",
                "date_of_birth": dob,
                "place_of_birth": "Bouaké",
                "issuing_country": "CIV",
                "language": "fr",
                "has_apostille": False,
            },
            "no apostille: Côte d'Ivoire is not a Hague party; France-Côte d'Ivoire "
            "agreement of 24 April 1961 waives legalisation",
        )
    )
    for i, (m, amt, look) in enumerate(
        [(8, "41.49", "text_pdf"), (9, "36.99", "phone_photo"), (10, "34.99", "text_pdf")]
    ):
        bd = sfr_bill(m, amt, rng, i)
        nm = "facture_sfr_2026%02d.pdf" % m if look == "text_pdf" else "IMG_4390.jpg"
        f = emit(out, nm, [frdocs.bill(bd, rng)], look, rng)
        docs.append(
            doc(
                f,
                "utility_bill",
                look,
                {
                    "provider": "SFR",
                    "service": "internet",
                    "holder_name": "KOUAMÉ JEAN-BAPTISTE",
                    "address": "7 allée des Tilleuls, Bât. C, 94000 CRÉTEIL",
                    "issue_date": bd["issue"],
                    "period_start": bd["start"],
                    "period_end": bd["end"],
                    "amount": amt,
                    "month": "2026-%02d" % m,
                },
            )
        )
    k = dict(
        employer="MAINTELEC 94",
        form="SARL",
        capital="50 000",
        rcs="Créteil",
        siren="512 874 309",
        seat="14 rue Gustave Eiffel, 94000 Créteil",
        rep="M. Laurent Besnard",
        rep_title="gérant",
        employee_civ="Monsieur Jean-Baptiste Ahoua KOUAMÉ",
        dob=dob,
        pob="Bouaké (Côte d'Ivoire)",
        nat="ivoirienne",
        addr="7 allée des Tilleuls, Bât. C, 94000 Créteil",
        start="2026-03-02",
        job="Technicien de maintenance",
        status="ETAM",
        level="2.2",
        cc="de la métallurgie (IDCC 3248)",
        salary="2 150,00",
        site="14 rue Gustave Eiffel, 94000 Créteil",
        city="Créteil",
        signed="2026-02-23",
    )
    f = emit(out, ["contrat_p1.jpg", "contrat_p2.jpg"], frdocs.contract(k, rng), "scan", rng)
    docs.append(
        doc(
            f,
            "employment_contract",
            "scan",
            {
                "employer": "MAINTELEC 94",
                "employee_name": "Jean-Baptiste Ahoua KOUAMÉ",
                "contract_type": "CDI",
                "job_title": "Technicien de maintenance",
                "start_date": "2026-03-02",
            },
        )
    )
    bank, br, acc = "30003", "01720", "00050918274"
    iban = C.fr_iban(bank, br, acc)
    r = dict(
        color=(0.85, 0.0, 0.1),
        bank_name="SOCIETE GENERALE",
        holder_lines=["M KOUAME JEAN-BAPTISTE", "7 ALL DES TILLEULS BAT C", "94000 CRETEIL"],
        agency=["SG CRETEIL VILLAGE", "2 RUE DU GENERAL LECLERC", "94000 CRETEIL"],
        bank=bank,
        branch=br,
        account=acc,
        key=C.rib_key(bank, br, acc),
        iban=iban,
        bic="SOGEFRPP",
    )
    f = emit(out, "rib.jpg", [frdocs.rib_classic(r, rng)], "scan", rng)
    docs.append(
        doc(
            f,
            "rib",
            "scan",
            {
                "holder_name": "KOUAME JEAN-BAPTISTE",
                "iban": iban,
                "bic": "SOGEFRPP",
                "bank_name": "SOCIETE GENERALE",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    _ = mm
    return {
        "as_of": "2026-11-20",
        "employed": True,
        "status": "complete",
        "requirements": dict(REQ_OK),
        "defect": None,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
        "documents": docs,
    }
