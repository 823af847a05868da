"""Packet p04: born in the United Kingdom, employed; the one defect: the three bills given as
residence proof skip a month (July, August, October)."""

from __future__ import annotations

import bills
import civil
import ids
import legal
import work
from banking import sg_rib
from cerfa import form_pdf
from common import at_dpi, fr_iban, iban_ok, luhn_complete, paste_on_page, rib_key
from fillers import make_filler
from kit import REQ_IDS, Packet, bill_fields, form_fields, id_fields


def p04(root) -> str:
    pk = Packet(root, "p04", 404)
    as_of = "2026-11-20"
    person = dict(
        surname="O'NEILL",
        given="Callum James",
        dob="1989-02-14",
        sex="M",
        pob="Manchester",
        skin=(232, 196, 170),
        hair=(120, 70, 40),
        nat="GBR",
    )
    # identity + residence status: one scanned PDF, passport page then the visa page
    pdoc = dict(
        country="GBR", number="128457396", issue="2021-09-08", expiry="2031-09-08", authority="HMPO"
    )
    page, mrz_p = ids.passport_page(pk.rng(), person, pdoc)
    vis = dict(
        number="031857264",
        **{"from": "2026-03-16"},
        until="2027-03-15",
        days=365,
        post="LONDRES",
        issued="2026-02-26",
        passport_no=pdoc["number"],
        page_no=12,
        remarks=["VLS-TS SALARIÉ", "À VALIDER EN LIGNE DANS LES 3 MOIS", "DE L'ARRIVÉE EN FRANCE"],
    )
    vp, mrz_v = ids.visa_page(pk.rng(), person, vis)
    bk = ids.booklet(pk.rng(), page, (110, 20, 40), False)
    pages = [
        paste_on_page([(at_dpi(bk, 300, 200), 18, 22)], dpi=200),
        paste_on_page([(at_dpi(vp, 300, 200), 18, 22)], dpi=200),
    ]
    f = pk.image_pdf("scan_passeport_visa.pdf", pages, dpi=200)
    pk.doc(
        [(f, [1])],
        "passport",
        "image_pdf",
        id_fields(
            "O'NEILL",
            "CALLUM JAMES",
            pdoc["number"],
            "GBR",
            "GBR",
            person["dob"],
            "M",
            pdoc["expiry"],
        ),
        "UK passport data page; MRZ drops the apostrophe: " + " / ".join(mrz_p),
    )
    pk.doc(
        [(f, [2])],
        "long_stay_visa",
        "image_pdf",
        id_fields(
            "O'NEILL",
            "CALLUM JAMES",
            vis["number"],
            "GBR",
            "FRA",
            person["dob"],
            "M",
            vis["until"],
            visa_type="D",
            vls_ts=True,
            category="SALARIÉ",
            valid_from=vis["from"],
            valid_until=vis["until"],
        ),
        "VLS-TS salarié on page 12 of the passport; MRV-B MRZ: " + " / ".join(mrz_v),
    )
    # birth certificate (GRO certified copy) + FCDO apostille, two scans
    r = pk.rng()
    bc = civil.uk_birth(
        dict(
            application="3F 442781/1",
            entry="287",
            district="Manchester",
            area="City of Manchester",
            subdistrict="Manchester South",
            date_place="Fourteenth February 1989, St Mary's Hospital, Manchester",
            name="Callum James O'NEILL",
            sex_word="Male",
            father="Patrick Joseph O'NEILL",
            father_pob="Liverpool",
            father_job="Electrician",
            mother="Helen Margaret O'NEILL",
            mother_pob="Salford",
            mother_maiden="HUGHES",
            usual_address="22 Moss Lane East, Manchester M16 7BS",
            informant="Mother",
            informant_sig="H. M. O'Neill",
            registered="Third March 1989",
            registrar="J. Whitfield, Registrar",
            certified_words="12th day of May 2026",
            serial="BXCK 482913",
        ),
        r,
    )
    items = dict(
        label1="Country:",
        country="United Kingdom of Great Britain and Northern Ireland",
        label_doc="This public document",
        label2="Has been signed by",
        signed_by="K. Marsden",
        label3="Acting in the capacity of",
        capacity="Officer of the General Register Office",
        label4="Bears the seal/stamp of",
        seal="The General Register Office",
        label_cert="Certified",
        label5="At",
        at="London",
        label6="the",
        date_text="22 May 2026",
        label7="By",
        by="His Majesty's Principal Secretary of State for Foreign, Commonwealth and "
        "Development Affairs",
        label8="Number",
        number="L1482117",
        label9="Seal/stamp:",
        label10="Signature:",
        signer="R. Sinclair",
    )
    ap = legal.apostille(dict(style="uk", items=items), r)
    f1 = pk.scan("birth_certificate.jpg", bc, dpi=200)
    f2 = pk.scan("apostille.jpg", ap, dpi=200)
    pk.doc(
        [(f1, [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "O'NEILL",
            "given_names": "Callum James",
            "date_of_birth": person["dob"],
            "place_of_birth": "Manchester",
            "issuing_country": "GBR",
            "language": "en",
            "has_apostille": True,
        },
        "GRO certified copy (England and Wales); born at St Mary's Hospital, Manchester",
    )
    pk.doc(
        [(f2, [1])],
        "apostille",
        "scan",
        {
            "country": "United Kingdom of Great Britain and Northern Ireland",
            "issued_on": "2026-05-22",
            "number": "L1482117",
            "signed_by": "K. Marsden",
        },
        "FCDO apostille for the birth certificate; signed_by = item 2; item 10 R. Sinclair",
    )
    # residence proof (THE DEFECT): SFR bills for July, August and October; September missing
    base = dict(
        holder="M O'NEILL CALLUM",
        address=["41 COURS DE L'YSER", "APPARTEMENT 12", "33800 BORDEAUX"],
        client="0624 8817 553",
        line="05 56 91 42 08",
        offer="SFR Fibre Power",
        amount=42.99,
        iban_masked="FR76 3000 3XXX XXXX XXXX XXX6 2",
    )
    runs = [
        ("2026-07-01", "2026-07-31", "2026-08-05", "2026-08-16", "FB26070418842"),
        ("2026-08-01", "2026-08-31", "2026-09-04", "2026-09-15", "FB26080422107"),
        ("2026-10-01", "2026-10-31", "2026-11-04", "2026-11-15", "FB26100429361"),
    ]
    for i, (s, e, iss, due, inv) in enumerate(runs):
        b = dict(base, start=s, end=e, issue=iss, due=due, invoice=inv)
        flds = bill_fields(b, "SFR", "internet")
        if i < 2:
            nm = ["Facture_SFR_juillet_2026.pdf", "Facture_SFR_aout_2026.pdf"][i]
            pk.doc(
                [(pk.text_pdf(nm, bills.sfr_bill(b)), [1])],
                "utility_bill",
                "text_pdf",
                flds,
                "SFR Box bill",
            )
        else:
            b["month_label"] = "Facture d'octobre 2026"
            b["time"] = "08:19"
            f = pk.screenshot("Screenshot_20261112-081944.png", bills.sfr_screenshot(b))
            pk.doc(
                [(f, [1])],
                "utility_bill",
                "screenshot",
                flds,
                "SFR & Moi app, detail of the October bill",
            )
    # bank details: Société Générale RIB
    iban, key = fr_iban("30003", "02130", "00050987654")
    rib = dict(
        holder="M CALLUM O NEILL",
        holder_address=["41 COURS DE L YSER APPT 12", "33800 BORDEAUX"],
        branch_address=["SG BORDEAUX INTENDANCE", "10 COURS DE L'INTENDANCE 33000 BORDEAUX"],
        bank="30003",
        branch="02130",
        account="00050987654",
        key=key,
        iban=iban,
        bic="SOGEFRPPXXX",
    )
    f = pk.text_pdf("RIB_SG.pdf", sg_rib(rib))
    pk.doc(
        [(f, [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "CALLUM O NEILL",
            "iban": iban,
            "bic": "SOGEFRPPXXX",
            "bank_name": "Société Générale",
            "iban_valid": iban_ok(iban),
            "rib_key_valid": rib_key("30003", "02130", "00050987654") == key,
        },
        "the bank prints the surname without its apostrophe",
    )
    # employment: October payslip, phone photo rotated 180°
    siret = luhn_complete("4518230960002")
    ps = dict(
        employer="MAISON LARRIEU & FILS SAS",
        employer_address=["52 quai de Bacalan", "33300 Bordeaux"],
        siret=siret,
        naf="4634Z",
        urssaf="Aquitaine",
        idcc="Vins, cidres, spiritueux (IDCC 493)",
        employee="M. Callum O'NEILL",
        employee_address=["41 cours de l'Yser, appt 12", "33800 Bordeaux"],
        job="Responsable export Royaume-Uni",
        status="Cadre",
        coef="VII",
        entry="2026-04-01",
        matricule="0093",
        period="2026-10",
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-31",
        brut=3450.0,
        pas_rate=4.6,
        software="PayFit",
        start_month=4,
        font="Roboto",
        fontb="Roboto-B",
    )
    pdf, tot = work.payslip(ps)
    f = pk.photo("IMG_4471.jpg", pdf, rotate_k=2, fill=0.85)
    pk.doc(
        [(f, [1])],
        "payslip",
        "phone_photo",
        {
            "employer": ps["employer"],
            "employee_name": "Callum O'NEILL",
            "period": "2026-10",
            "net_pay": tot["net_paye"],
            "siret": siret,
        },
        "photo saved upside down (rotated 180°); net_pay is 'NET PAYÉ EN EUROS'",
    )
    # application form: filled by hand (print run B), scanned page by page
    v = dict(
        surname="O'NEILL",
        given="Callum James",
        sex="M",
        dob_digits="14021989",
        birth_city="Manchester",
        birth_country="Royaume-Uni",
        nationality="Britannique",
        addr1="41 cours de l'Yser",
        addr2="Appartement 12",
        cp="33800",
        city="Bordeaux",
        phone="07 81 44 20 93",
        email="callum.oneill@outlook.com",
        situation="salarie",
        job="Responsable export",
        contract="CDI",
        place="Bordeaux",
        date_text="09/11/2026",
    )
    pdf = form_pdf(
        v, "B", make_filler("hand", pk.rng(), font="Breip", size=14.5, color=(0.1, 0.1, 0.12))
    )
    f1 = pk.scan("scan_0007.jpg", pdf, dpi=200, page_no=0)
    f2 = pk.scan("scan_0008.jpg", pdf, dpi=200, page_no=1)
    pk.doc(
        [(f1, [1]), (f2, [1])],
        "application_form",
        "scan",
        form_fields(v, person["dob"]),
        "print run B filled by hand in black ink",
    )
    req = {k: "complete" for k in REQ_IDS}
    req["residence_proof"] = "invalid"
    defect = (
        "residence_proof: the three SFR bills cover July, August and October 2026; "
        "September is missing, so they are not three consecutive months (no lease or "
        "attestation d'hébergement in the packet)"
    )
    return pk.write_truth(
        as_of,
        True,
        req,
        defect,
        {"surname": "O'NEILL", "given_names": "CALLUM JAMES", "date_of_birth": person["dob"]},
    )
