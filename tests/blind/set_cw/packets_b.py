"""Packets p02 (DR Congo), p03 (Iran), p04 (Lebanon) of set_cw."""

import docs
import docs2
import ids
from generate import (
    Packet,
    form_fields,
    make_passport,
    make_visa,
    passport_fields,
    rib,
    rib_fields,
    write_form,
)
from ids import fr_date
from render import image_pdf, pages_sheet, phone_look, render, save_jpg, scan_look, write_pdf

EN_LABELS = [
    "Type",
    "Country code",
    "Surname",
    "Given names",
    "Nationality",
    "Date of birth",
    "Sex",
    "Place of birth",
    "Date of issue",
    "Date of expiry",
    "Authority",
]


def bill_fields(b, provider, service):
    return {
        "provider": provider,
        "service": service,
        "holder_name": b["holder"],
        "address": f"{b['addr1']}, {b['addr2']}",
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }


MONTHS = [("2026-08-01", "2026-08-31"), ("2026-09-01", "2026-09-30"), ("2026-10-01", "2026-10-31")]


# =========================================================================== p02 DR Congo
def p02(out):
    pk = Packet(out, "p02", "cw-p02")
    a = {"cc": "COD", "sur": "MBUYI KALONJI", "giv": "JEAN-PAUL", "dob": "1988-11-03", "sex": "M"}
    addr1, addr2 = "14 rue des Peupliers", "93100 Montreuil"
    d = {
        "sur": "MBUYI KALONJI",
        "giv": "Jean-Paul",
        "sex": "M",
        "dob": a["dob"],
        "pob": "Kinshasa, RD Congo",
        "nat": "Congolaise (RDC)",
        "addr": addr1,
        "cp": "93100",
        "commune": "Montreuil",
        "tel": "06 12 48 90 37",
        "email": "jp.mbuyi@outlook.fr",
        "situation": "sans_activite",
        "place": "Montreuil",
        "date_text": "05/11/2026",
        "signer": "JPMbuyi",
        "typed_font": "lib",
    }
    files, look = write_form(pk, d, "typed", 2, "image_pdf", "form")
    pk.add(
        files,
        "application_form",
        look,
        form_fields(a, d, "not_employed", "2026-11-05"),
        "typed on screen, printed, signed by hand, scanned to one PDF",
    )
    rng = pk.rng("pass")
    pp = make_passport(
        a,
        "OP0618342",
        "2023-02-14",
        "2028-02-13",
        "KINSHASA",
        {
            "bg": (230, 236, 245),
            "ink": (15, 15, 40),
            "band": (0, 110, 190),
            "title1": "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "title2": "PASSEPORT / PASSPORT",
            "numlab": "N° du passeport / Passport No",
            "natword": "CONGOLAISE",
            "authority": "MIN. AFFAIRES ÉTRANGÈRES",
        },
    )
    v, vf = make_visa(
        a,
        pp,
        "D04571839",
        "2026-04-12",
        "2027-04-11",
        "KINSHASA",
        "2026-03-30",
        "VLS-TS VIE PRIVEE ET FAMILIALE",
        "CONJOINT DE FRANCAIS",
    )
    image_pdf(
        pk.p("passeport_visa.pdf"),
        [
            scan_look(pages_sheet([(ids.passport_page(pp, rng), 125)], rng, 170), rng),
            scan_look(pages_sheet([(ids.visa_sticker(v, rng), 105)], rng, 170), rng),
        ],
        rng,
    )
    pk.add(
        [{"path": "passeport_visa.pdf", "pages": [1]}],
        "passport",
        "image_pdf",
        passport_fields(pp, "COD"),
        "data page on page 1",
    )
    pk.add(
        [{"path": "passeport_visa.pdf", "pages": [2]}],
        "long_stay_visa",
        "image_pdf",
        vf,
        "VLS-TS sticker (MRV-B zone) on page 2",
    )
    rng = pk.rng("birth")
    b = {
        "acte": "1873",
        "vol": "XII",
        "folio": "94",
        "sur": "MBUYI KALONJI",
        "giv": "Jean-Paul",
        "dob_words": "troisième jour du mois de novembre de l'an mil neuf cent quatre-vingt-huit",
        "pob_detail": "Clinique Ngaliema",
        "father": "MBUYI TSHIBANGU Albert",
        "mother": "KAPINGA NTUMBA Thérèse",
        "drawn_words": "mil neuf cent quatre-vingt-huit, le dixième jour du mois de novembre",
        "officer": "Bernadette Lukusa Mwamba",
        "issued_words": "2 février 2026",
        "legal_on": "2026-02-19",
        "legal_num": "LG 4471/26",
    }
    save_jpg(
        phone_look(render(docs.birth_rdc(b, rng), 150), rng, rot=90),
        pk.p("WhatsApp Image 2026-11-04 at 21.07.33.jpeg"),
        rng,
    )
    pk.add(
        [{"path": "WhatsApp Image 2026-11-04 at 21.07.33.jpeg", "pages": [1]}],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "MBUYI KALONJI",
            "given_names": "Jean-Paul",
            "date_of_birth": a["dob"],
            "place_of_birth": "Kinshasa",
            "issuing_country": "COD",
            "language": "fr",
            "has_apostille": False,
        },
        "DR Congo: not an apostille country for France; legalised (MAE RDC + Ambassade de "
        "France à Kinshasa stamps at the bottom). Photo rotated 90.",
    )
    rng = pk.rng("att")
    host = {"sur": "GARNIER", "giv": "SOPHIE MARIE", "dob": "1990-06-21", "sex": "F"}
    att = {
        "host": "Sophie GARNIER",
        "host_dob": host["dob"],
        "host_pob": "Lille (59)",
        "addr1": addr1,
        "addr2": addr2,
        "hosted": "Jean-Paul MBUYI KALONJI",
        "hosted_dob": a["dob"],
        "since": "2026-04-20",
        "city": "Montreuil",
        "signed": "2026-11-02",
    }
    save_jpg(
        phone_look(render(docs.attestation_hand(att, rng), 150), rng), pk.p("IMG_5521.jpg"), rng
    )
    pk.add(
        [{"path": "IMG_5521.jpg", "pages": [1]}],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Sophie GARNIER",
            "hosted_name": "Jean-Paul MBUYI KALONJI",
            "address": f"{addr1}, {addr2}",
            "since_date": "2026-04-20",
            "signed_on": "2026-11-02",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    rng = pk.rng("cni")
    c = {
        "sur": "GARNIER",
        "giv": "SOPHIE MARIE",
        "sex": "F",
        "dob_txt": fr_date(host["dob"]),
        "pob": "LILLE (59)",
        "num": "T7XK42P09",
        "exp_txt": "10/01/2032",
        "iss_txt": "11/01/2022",
        "pref": "Seine-Saint-Denis",
        "sig": "SGarnier",
    }
    c["mrz"] = ids.td1(
        "ID", "FRA", "GARNIER", "SOPHIE MARIE", "T7XK42P09", "FRA", host["dob"], "F", "2032-01-10"
    )
    fr_, bk = ids.cni_fr(c, rng)
    save_jpg(scan_look(pages_sheet([(fr_, 86), (bk, 86)], rng), rng), pk.p("CNI_Sophie.jpg"), rng)
    pk.add(
        [{"path": "CNI_Sophie.jpg", "pages": [1]}],
        "national_id",
        "scan",
        {
            "surname": "GARNIER",
            "given_names": "SOPHIE MARIE",
            "document_number": "T7XK42P09",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": host["dob"],
            "sex": "F",
            "expiry_date": "2032-01-10",
            "mrz_valid": True,
        },
        "host's French identity card (2021 model), front and back",
    )
    for i, (s0, s1) in enumerate(MONTHS):
        b = {
            "issue": s0[:8] + "04",
            "num": f"FX{60718230 + i * 31}",
            "client": "0742 118 903",
            "holder": "Mme Sophie GARNIER",
            "addr1": addr1,
            "addr2": addr2,
            "amount": "42,99",
            "amount_ht": "35,83",
            "tva": "7,16",
            "start": s0,
            "end": s1,
            "due": s0[:8] + "15",
            "line": "01 48 57 23 90",
        }
        fn = f"Facture_Orange_{s0[:7].replace('-', '')}.pdf"
        write_pdf(pk.p(fn), [docs2.bill_orange(b)], "Facture Orange")
        pk.add(
            [{"path": fn, "pages": [1]}],
            "utility_bill",
            "text_pdf",
            bill_fields(b, "Orange", "internet"),
            "host's bill",
        )
    r = rib("30003", "03620", "00050281934", wrong=True)
    r.update(
        {
            "holder": "M. MBUYI KALONJI JEAN-PAUL",
            "bic": "SOGEFRPP",
            "dom": "SG MONTREUIL CROIX DE CHAVAUX",
            "bank_name": "Société Générale",
        }
    )
    im = docs.phone_screen(
        docs.rib_rows(r), pk.rng("rib"), "Mes comptes", (230, 0, 40), "RIB - Compte courant"
    )
    im.save(pk.p("Screenshot_20261105-101244.png"))
    pk.add(
        [{"path": "Screenshot_20261105-101244.png", "pages": [1]}],
        "rib",
        "screenshot",
        rib_fields(r),
        "RIB key wrong (IBAN itself passes mod 97)",
    )
    return (
        pk,
        a,
        {
            "as_of": "2026-11-25",
            "employed": False,
            "defect": "RIB key wrong on the Société Générale RIB (bank_details invalid)",
            "bad": ("bank_details", "invalid"),
        },
    )
