"""Packet p01 (Pakistan, VLS-TS vie privée et familiale, hosted by her brother)."""

from __future__ import annotations

import docs_civil as C
import docs_form as F
import docs_id as D
import docs_money as M
from checks import fr_iban, group4
from pack import Packet

# =============================================================================================
# p01 - Pakistan, VLS-TS vie privée et familiale, hosted by her brother, not employed, in order
# =============================================================================================


def p01(out):
    k = Packet(out, "p01", 4301, "2026-11-18", employed=False)
    me = dict(
        surname="SIDDIQUI",
        given="AMNA NOOR UL HUDA",
        surname_print="SIDDIQUI",
        given_print="AMNA NOOR UL HUDA",
        dob="1996-07-14",
        sex="F",
        pob_print="LAHORE, PAK",
        nat="PAK",
        birth_name="AMNA NOOR UL HUDA SIDDIQUI",
    )
    k.applicant(me["surname"], me["given"], me["dob"])
    addr1, zipc, city = "8 rue Gabriel Péri, Bât. C, Appt 41", "93200", "Saint-Denis"

    form = F.application_form(
        dict(
            surname="SIDDIQUI",
            given="AMNA NOOR UL HUDA",
            dob=me["dob"],
            pob="Lahore (Pakistan)",
            nat="Pakistanaise",
            addr1=addr1,
            zip=zipc,
            city=city,
            phone="07 53 18 42 96",
            status="not_employed",
            place="Saint-Denis",
            date="2026-11-06",
        ),
        k.rng,
        hand="hand_a",
    )
    k.scan_jpg("scan_0001.jpg", form)
    k.doc(
        "application_form",
        "scan",
        [("scan_0001.jpg", [1])],
        dict(
            surname="SIDDIQUI",
            given_names="AMNA NOOR UL HUDA",
            date_of_birth=me["dob"],
            employment_status="not_employed",
            signed=True,
            signed_on="2026-11-06",
            nir=None,
        ),
        "hand-filled in capitals (surname written first); 'sans activité' ticked",
    )

    pp = dict(
        country="PAK",
        number="AK7319264",
        issued="2023-02-10",
        expiry="2028-02-09",
        nat_word="PAKISTANI",
        personal="3520248291736",
        l_type="Type",
        l_code="Country Code",
        l_no="Passport Number",
        l_sur="Surname",
        l_given="Given Names",
        l_nat="Nationality",
        l_sex="Sex",
        l_dob="Date of Birth",
        l_pob="Place of Birth",
        l_issue="Date of Issue",
        l_exp="Date of Expiry",
        extra_rows=[
            [
                ("Father Name", "MUHAMMAD ASLAM SIDDIQUI", 46),
                ("Citizenship Number", "35202-4829173-6", 0),
            ],
            [("Issuing Authority", "PAKISTAN", 46), ("Tracking Number", "0110230045871", 0)],
        ],
    )
    pg, _ = D.passport(me, pp, k.rng)
    k.photo_jpg("IMG_20261105_183412.jpg", pg, rot=90, dpi=520)
    k.doc(
        "passport",
        "phone_photo",
        [("IMG_20261105_183412.jpg", [1])],
        k.id_fields(me, pp["number"], "PAK", "PAK", pp["expiry"]),
        "data page photographed on a wooden table, file rotated 90°; father's name and CNIC "
        "printed on the page",
    )

    visa = dict(
        number="021457839",
        until="2027-03-09",
        days="365",
        post="ISLAMABAD",
        issued="2026-02-24",
        passport=pp["number"],
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "A VALIDER EN LIGNE DES L'ARRIVEE"],
    )
    visa["from"] = "2026-03-10"
    vg, _ = D.visa_sticker(me, visa, k.rng)
    k.scan_jpg("scan_0002.jpg", [(vg, 20, 20)], dpi=250)
    f = k.id_fields(me, visa["number"], "FRA", "PAK", visa["until"])
    f.update(
        visa_type="D",
        vls_ts=True,
        category="vie privée et familiale",
        valid_from=visa["from"],
        valid_until=visa["until"],
    )
    k.doc(
        "long_stay_visa",
        "scan",
        [("scan_0002.jpg", [1])],
        f,
        "French type D sticker on a passport page, remarks 'VLS-TS VIE PRIVEE ET FAMILIALE'",
    )

    b = dict(
        office="METROPOLITAN CORPORATION LAHORE - UNION COUNCIL No. 98 (GULBERG-III)",
        cert_no="UC98-B-2025-11734",
        issued="2025-11-20",
        crms="3520296-0714-2",
        gender="Female",
        religion="Islam",
        dob_words="Fourteenth July Nineteen Ninety Six",
        place="Sheikh Zayed Hospital, Lahore",
        district="Lahore",
        father="MUHAMMAD ASLAM SIDDIQUI",
        father_id="35202-1178420-3",
        mother="NASREEN AKHTAR",
        mother_id="35202-6631904-8",
        grandfather="ABDUL GHAFOOR SIDDIQUI",
        address="House 17, Street 4, Gulberg III, Lahore",
        reg="1996-07-29",
        uc_short="No. 98 LAHORE",
        secretary="Muhammad Tariq Mehmood",
    )
    bc = C.pak_birth(me, b, k.rng)
    ap = dict(
        items=[
            ("Country:", "Islamic Republic of Pakistan"),
            ("This public document has been signed by", "Muhammad Tariq Mehmood"),
            ("acting in the capacity of", "Secretary, Union Council No. 98"),
            ("bears the seal/stamp of", "Metropolitan Corporation Lahore"),
            ("at", "Islamabad"),
            ("the", "14-01-2026"),
            ("by", "Ministry of Foreign Affairs"),
            ("No.", "PK-APS-2026-0041872"),
            ("Seal/stamp:", "(affixed)"),
            ("Signature:", ""),
        ],
        stamp_top="MINISTRY OF FOREIGN AFFAIRS",
        stamp_bottom="ISLAMABAD",
        signer_title="Assistant Director (Attestation)",
        color=(0, 90, 50),
    )
    apg = C.apostille(ap, k.rng, size=(120, 150))
    k.image_pdf("birth_certificate_apostille.pdf", [[(bc, 0, 0)], [(apg, 45, 60)]])
    k.doc(
        "birth_certificate",
        "image_pdf",
        [("birth_certificate_apostille.pdf", [1])],
        dict(
            surname="SIDDIQUI",
            given_names="AMNA NOOR UL HUDA",
            date_of_birth=me["dob"],
            place_of_birth="Lahore",
            issuing_country="PAK",
            language="en",
            has_apostille=True,
        ),
        "Punjab union council birth registration certificate; the child's full name is "
        "printed in one 'Name' cell (given names then family name)",
    )
    k.doc(
        "apostille",
        "image_pdf",
        [("birth_certificate_apostille.pdf", [2])],
        dict(
            country="Pakistan",
            issued_on="2026-01-14",
            number="PK-APS-2026-0041872",
            signed_by="Muhammad Tariq Mehmood",
        ),
        "Pakistan applies the Hague Convention since 9 March 2023; signed_by = item 2",
    )

    host = dict(
        surname="SIDDIQUI",
        given="BILAL AHMED",
        surname_print="SIDDIQUI",
        given_print="BILAL AHMED",
        dob="1989-03-02",
        sex="M",
        pob_print="LAHORE (PAK)",
        nat="PAK",
    )
    att = F.hosting_attestation(
        dict(
            host_block=[
                "Bilal Ahmed SIDDIQUI",
                "8 rue Gabriel Péri, Bât. C, Appt 41",
                "93200 Saint-Denis",
                "Tél. : 06 41 27 88 05",
            ],
            body="Je soussigné, M. Bilal Ahmed SIDDIQUI, né le 02/03/1989 à Lahore (Pakistan), de "
            "nationalité pakistanaise, demeurant au 8 rue Gabriel Péri, Bât. C, Appt 41, 93200 "
            "Saint-Denis, atteste sur l'honneur héberger à mon domicile, à titre gratuit, ma "
            "sœur Mme Amna Noor Ul Huda SIDDIQUI, née le 14/07/1996 à Lahore (Pakistan), "
            "depuis le 12 mars 2026.",
            done="Fait à Saint-Denis, le 02/11/2026",
        ),
        k.rng,
    )
    k.image_pdf("attestation_hebergement.pdf", [[(att, 0, 0)]])
    k.doc(
        "hosting_attestation",
        "image_pdf",
        [("attestation_hebergement.pdf", [1])],
        dict(
            host_name="Bilal Ahmed SIDDIQUI",
            hosted_name="Amna Noor Ul Huda SIDDIQUI",
            address="8 rue Gabriel Péri, Bât. C, Appt 41, 93200 Saint-Denis",
            since_date="2026-03-12",
            signed_on="2026-11-02",
            signed=True,
        ),
        "typed (word processor), printed, signed in blue ink, scanned",
    )

    card = dict(
        kind="CARTE DE SEJOUR PLURIANNUELLE",
        category="SALARIE",
        expiry="2028-06-15",
        number="K7Q4M2P81",
        address="8 R GABRIEL PERI BAT C APPT 41 93200 ST-DENIS",
        authority="PREFET DE LA SEINE-SAINT-DENIS",
        issued="2024-06-16",
        remarks="AUTORISE SON TITULAIRE A TRAVAILLER",
    )
    # front and back photocopied on one sheet
    cf = D.card_front(host, card, k.rng)
    cb, _ = D.card_back(host, card, k.rng)
    k.scan_jpg("titre_sejour_bilal.jpg", [(cf, 25, 30), (cb, 25, 100)], dpi=300)
    k.doc(
        "residence_permit",
        "scan",
        [("titre_sejour_bilal.jpg", [1])],
        k.id_fields(host, card["number"], "FRA", "PAK", card["expiry"]),
        "the HOST's titre de séjour (brother), front and back photocopied on one A4 page",
    )

    host_addr = ["8 RUE GABRIEL PERI BAT C APPT 41", "93200 SAINT-DENIS"]
    bills = [
        ("2026-08", "2026-09-04", "Facture_EDF_2026-08.pdf", "text_pdf", 212),
        ("2026-09", "2026-10-05", "IMG_20261102_201003.jpg", "phone_photo", 187),
        ("2026-10", "2026-11-04", "Facture_EDF_2026-10.pdf", "text_pdf", 236),
    ]
    for i, (month, issue, fn, look, kwh) in enumerate(bills):
        end = M_END[month]
        bb = dict(
            issue=issue,
            number=f"1023456{7801 + i * 377}",
            client="6 012 345 678",
            holder_line="M BILAL AHMED SIDDIQUI",
            address_lines=host_addr,
            holder="M BILAL AHMED SIDDIQUI",
            address="8 RUE GABRIEL PERI BAT C APPT 41 93200 SAINT-DENIS",
            pdl="2413 8850 1174 62",
            start=month + "-01",
            end=end,
            kwh=kwh,
            debit=issue[:8] + "20",
        )
        pg = M.edf_bill(bb, k.rng)
        if look == "text_pdf":
            k.text_pdf(fn, [pg], "Facture EDF", "EDF")
        else:
            k.photo_jpg(fn, pg, rot=270, dpi=170)
        k.doc(
            "utility_bill",
            look,
            [(fn, [1])],
            dict(
                provider="EDF",
                service="electricity",
                holder_name="BILAL AHMED SIDDIQUI",
                address="8 RUE GABRIEL PERI BAT C APPT 41 93200 SAINT-DENIS",
                issue_date=issue,
                period_start=month + "-01",
                period_end=end,
                month=month,
                amount=bb["amount"],
            ),
            "HOST's bill (brother), monthly invoice" + (", photo rotated 270°" if i == 1 else ""),
        )

    iban = fr_iban("20041", "00001", "5318274X020")
    rib = dict(
        iban=iban,
        bic="PSSTFRPPPAR",
        holder_lines=[
            "MME SIDDIQUI AMNA NOOR UL HUDA",
            "8 RUE GABRIEL PERI BAT C APPT 41",
            "93200 SAINT-DENIS",
        ],
        branch_lines=["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS", "75900 PARIS CEDEX 15"],
    )
    k.text_pdf("RIB_LBP.pdf", [M.rib_page(rib, k.rng, "lbp")], "RIB", "La Banque Postale")
    k.doc(
        "rib",
        "text_pdf",
        [("RIB_LBP.pdf", [1])],
        dict(
            holder_name="SIDDIQUI AMNA NOOR UL HUDA",
            iban=iban,
            bic="PSSTFRPPPAR",
            bank_name="La Banque Postale",
            iban_valid=True,
            rib_key_valid=True,
        ),
        "holder printed surname first: " + group4(iban)[:9] + "...",
    )
    return k.finish(None, {"employment": "not_applicable"})


M_END = {"2026-08": "2026-08-31", "2026-09": "2026-09-30", "2026-10": "2026-10-31"}
