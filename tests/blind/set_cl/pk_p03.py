"""Packet p03: Indonesian applicant (hosting route, not employed)."""

import random

from docs_civil import apostille, kutipan, translation
from docs_form import form
from docs_fr import bill, rib_doc
from docs_id import card_cni, passport_page, recepisse
from docs_work import attestation
from looks import Packet
from pk_common import ALL_COMPLETE, passport_fields, ymd6
from util import (
    fr_iban,
    mrz_td1,
    mrz_td3,
)


def p03(out):
    rng = random.Random("set_cl-p03")
    sn, gn, dob = "SETIAWAN", "DEWI KARTIKA", "1997-11-02"
    req = dict(ALL_COMPLETE, employment="not_applicable")
    truth = dict(
        as_of="2026-11-18",
        employed=False,
        status="complete",
        requirements=req,
        defect=None,
        applicant=dict(surname=sn, given_names=gn, date_of_birth=dob),
    )
    pk = Packet(out, "p03", rng, truth)
    addr = ["18 rue d'Austerlitz", "69004 Lyon"]
    num, exp = "C4827316", "2034-01-11"
    mrz = mrz_td3("P", "IDN", sn, gn, num, "IDN", ymd6(dob), "F", ymd6(exp))
    pp = passport_page(
        dict(
            paper=(0.95, 0.93, 0.9),
            guil=[(0.9, 0.78, 0.75), (0.78, 0.85, 0.9)],
            ink=(0.5, 0.1, 0.1),
            header=["REPUBLIK INDONESIA  •  REPUBLIC OF INDONESIA", "PASPOR / PASSPORT"],
            face=dict(skin=(0.7, 0.55, 0.42)),
            rows=[
                (
                    ("Jenis / Type", "Kode Negara / Country Code", "No. Paspor / Passport No."),
                    [(0, "P"), (12, "IDN"), (30, num)],
                ),
                (("Nama Lengkap", "Full Name"), f"{gn} {sn}"),
                (("Kewarganegaraan", "Nationality"), "INDONESIA"),
                (("Tanggal Lahir", "Date of Birth"), "02 NOV 1997"),
                (
                    ("Jenis Kelamin / Sex", "Tempat Lahir / Place of Birth"),
                    [(0, "P/F"), (14, "SURABAYA")],
                ),
                (
                    (
                        "Tanggal Pengeluaran / Date of Issue",
                        "Tanggal Habis Berlaku / Date of Expiry",
                    ),
                    [(0, "12 JAN 2024"), (40, "11 JAN 2034")],
                ),
                (("Kantor yang mengeluarkan", "Issuing Office"), "KANIM SURABAYA"),
            ],
            mrz=mrz,
        ),
        rng,
    )
    pk.image_pdf("paspor_SETIAWAN.pdf", [pp], dpi=300)
    pk.doc(
        [dict(path="paspor_SETIAWAN.pdf", pages=[1])],
        "passport",
        "image_pdf",
        passport_fields(sn, gn, num, "IDN", dob, "F", exp),
        "Indonesian data page prints the full name on one line; surname from the MRZ",
    )

    rec = recepisse(
        dict(
            prefecture="Préfecture du Rhône",
            number="6902415788",
            nature="Carte de séjour temporaire « vie privée et familiale »",
            surname=sn,
            given="Dewi Kartika",
            dob=dob,
            pob="Surabaya (Indonésie)",
            nationality="indonésienne",
            sex="F",
            address="18 rue d'Austerlitz 69004 Lyon",
            agdref="6903817254",
            valid_from="2026-09-14",
            valid_until="2027-03-13",
            city="Lyon",
            work="Il autorise son titulaire à travailler.",
            face=dict(skin=(0.7, 0.55, 0.42)),
        ),
        rng,
    )
    pk.scan("recepisse_prefecture.jpg", rec, dpi=200)
    pk.doc(
        [dict(path="recepisse_prefecture.jpg", pages=[1])],
        "residence_permit",
        "scan",
        dict(
            surname=sn,
            given_names="Dewi Kartika",
            document_number="6902415788",
            nationality="IDN",
            issuing_country="FRA",
            date_of_birth=dob,
            sex="F",
            expiry_date="2027-03-13",
            mrz_valid=None,
        ),
        "récépissé de demande de carte de séjour, valid 2026-09-14 to 2027-03-13, no MRZ",
    )

    kt = kutipan(
        dict(
            wn="WARGA NEGARA INDONESIA",
            akta_no="3578-LT-20112025-0412",
            place="Surabaya",
            dob_words_id="dua November seribu sembilan ratus sembilan puluh tujuh",
            full_name="DEWI KARTIKA SETIAWAN",
            rank="SATU",
            sex_id="PEREMPUAN",
            father="BUDI SETIAWAN",
            mother="RATNA SARI DEWI",
            issue_place="Surabaya",
            issued_words_id="20 November 2025",
            office=["KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL KOTA SURABAYA"],
            head="Ir. EDDY CHRISTIJANTO, M.T.",
            nip="19740512 200003 1 004",
        ),
        rng,
    )
    pk.photo("IMG_20261030_112045.jpg", kt, dpi=150, fill=0.86)
    pk.doc(
        [dict(path="IMG_20261030_112045.jpg", pages=[1])],
        "birth_certificate",
        "phone_photo",
        dict(
            surname="SETIAWAN",
            given_names="DEWI KARTIKA",
            date_of_birth=dob,
            place_of_birth="Surabaya",
            issuing_country="IDN",
            language="id",
            has_apostille=True,
        ),
        "Kutipan Akta Kelahiran (new Dukcapil model, reissued 2025-11-20); full name printed "
        "as one string DEWI KARTIKA SETIAWAN",
    )
    apo = apostille(
        dict(
            conv="(Convention de La Haye du 5 octobre 1961)",
            certified="Disahkan / Certified",
            items=[
                ("Negara / Country :", "REPUBLIK INDONESIA"),
                (
                    "Dokumen publik ini telah ditandatangani oleh / has been signed by :",
                    "Ir. EDDY CHRISTIJANTO, M.T.",
                ),
                (
                    "bertindak dalam kapasitas sebagai / acting in the capacity of :",
                    "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya",
                ),
                ("memuat cap/segel / bears the seal/stamp of :", "Dinas Dukcapil Kota Surabaya"),
                ("di / at :", "Jakarta"),
                ("tanggal / the :", "15 Januari 2026"),
                ("oleh / by :", "Kementerian Hukum, Direktorat Jenderal AHU"),
                ("Nomor / No :", "4417028/APOSTILLE/AHU/2026"),
                ("Cap/segel / Seal/stamp :", "(elektronik)"),
                ("Tanda tangan / Signature :", "Dra. Sri Wahyuni Lestari, M.H."),
            ],
            stamp=["KEMENTERIAN HUKUM", "REPUBLIK INDONESIA"],
            stamp_center=["AHU", "APOSTILLE"],
            stamp_color=(0.5, 0.1, 0.1),
            matrix="Verifikasi: https://apostille.ahu.go.id — 4417028/APOSTILLE/AHU/2026",
        ),
        rng,
    )
    pk.scan("scan_apostille.jpg", apo, dpi=200)
    pk.doc(
        [dict(path="scan_apostille.jpg", pages=[1])],
        "apostille",
        "scan",
        dict(
            country="IDN",
            issued_on="2026-01-15",
            number="4417028/APOSTILLE/AHU/2026",
            signed_by="Dra. Sri Wahyuni Lestari, M.H.",
        ),
        "apostille of the Kutipan",
    )
    tr = translation(
        dict(
            translator="Anne-Laure VIDAL-NGUYEN",
            translator_lines=[
                "Traductrice expert près la Cour d'appel de Lyon",
                "Indonésien - Malais - Français",
                "12 quai Saint-Vincent, 69001 Lyon",
            ],
            number="TR-26-0177",
            **{"from": "indonésien"},
            doc="Kutipan Akta Kelahiran n° 3578-LT-20112025-0412",
            title="EXTRAIT D'ACTE DE NAISSANCE",
            subtitle=["République d'Indonésie — Citoyen indonésien"],
            rows=[
                ("Acte n° :", "3578-LT-20112025-0412"),
                ("Lieu de naissance :", "Surabaya"),
                ("Date de naissance :", "2 novembre 1997"),
                ("Nom complet :", "DEWI KARTIKA SETIAWAN"),
                ("Rang / sexe :", "premier enfant, de sexe féminin"),
                ("Père :", "BUDI SETIAWAN"),
                ("Mère :", "RATNA SARI DEWI"),
                ("Délivré à / le :", "Surabaya, le 20 novembre 2025"),
            ],
            extra=[
                "Apostille n° 4417028/APOSTILLE/AHU/2026 du 15 janvier 2026 (ministère du Droit, "
                "Direction générale AHU)."
            ],
            court="Lyon",
            lang_adj="indonésienne",
            city="Lyon",
            date="2026-02-09",
            lang_code="ID",
        ),
        rng,
    )
    pk.image_pdf("traduction_acte_naissance.pdf", [tr])
    pk.doc(
        [dict(path="traduction_acte_naissance.pdf", pages=[1])],
        "translation",
        "image_pdf",
        dict(source_language="id", translator="Anne-Laure VIDAL-NGUYEN", signed_on="2026-02-09"),
    )

    # hosting route: attestation + host CNI + three host bills (Free)
    host_sn, host_gn, host_dob = "MARCHETTI", "JULIEN PAUL", "1993-06-21"
    att = attestation(
        dict(
            host_print="Julien MARCHETTI",
            host_dob=host_dob,
            host_pob="Villeurbanne (69)",
            address=["18 rue d'Austerlitz", "69004 Lyon"],
            since="2026-05-02",
            hosted_civ="Mme",
            hosted_print="Dewi Kartika SETIAWAN",
            hosted_dob=dob,
            hosted_pob="Surabaya (Indonésie)",
            link="mon épouse",
            city="Lyon",
            signed_on="2026-11-06",
            hand_font="Hand2",
        ),
        rng,
    )
    pk.photo("attestation_hebergement.jpg", att, dpi=150, fill=0.85)
    pk.doc(
        [dict(path="attestation_hebergement.jpg", pages=[1])],
        "hosting_attestation",
        "phone_photo",
        dict(
            host_name="Julien MARCHETTI",
            hosted_name="Dewi Kartika SETIAWAN",
            address="18 rue d'Austerlitz, 69004 Lyon",
            since_date="2026-05-02",
            signed_on="2026-11-06",
            signed=True,
        ),
        "handwritten on lined paper by the husband",
    )
    cnum, cexp = "X4RTN7Q21", "2033-03-08"
    cmrz = mrz_td1("ID", "FRA", cnum, ymd6(host_dob), "M", ymd6(cexp), "FRA", host_sn, host_gn)
    cd = dict(
        doc_no=cnum,
        surname=host_sn,
        given="JULIEN, PAUL",
        sex_nat_dob="M     FRA     21 06 1993",
        pob="VILLEURBANNE (69)",
        expiry=cexp,
        address="18 RUE D'AUSTERLITZ 69004 LYON",
        issued="2023-03-09",
        mrz=cmrz,
    )
    pk.photo("CNI_Julien_recto.jpg", card_cni(cd, rng, "front"), dpi=400, fill=0.55)
    pk.photo("CNI_Julien_verso.jpg", card_cni(cd, rng, "back"), dpi=400, fill=0.55, rotate=270)
    pk.doc(
        [
            dict(path="CNI_Julien_recto.jpg", pages=[1]),
            dict(path="CNI_Julien_verso.jpg", pages=[1]),
        ],
        "national_id",
        "phone_photo",
        dict(
            surname=host_sn,
            given_names=host_gn,
            document_number=cnum,
            nationality="FRA",
            issuing_country="FRA",
            date_of_birth=host_dob,
            sex="M",
            expiry_date=cexp,
            mrz_valid=True,
        ),
        "host's French identity card (2021 model), front and back",
    )
    for month, issue, amount in [
        ("08", "2026-08-03", 29.99),
        ("09", "2026-09-02", 29.99),
        ("10", "2026-10-02", 34.98),
    ]:
        end = {"08": "31", "09": "30", "10": "31"}[month]
        fname = f"Facture_Free_2026-{month}.pdf"
        lines = [("Forfait Freebox Pop", 29.99)] + (
            [("Appels vers mobiles", 4.99)] if month == "10" else []
        )
        b = bill(
            dict(
                brand="FREE",
                holder_print="M. Julien MARCHETTI",
                address=addr,
                client_no="8823419077",
                invoice_no=f"FB{rng.randint(10**8, 10**9 - 1)}",
                issue=issue,
                start=f"2026-{month}-01",
                end=f"2026-{month}-{end}",
                lines=lines,
                amount=amount,
                due=issue[:8] + "10",
            ),
            rng,
        )
        pk.text_pdf(fname, b)
        pk.doc(
            [dict(path=fname, pages=[1])],
            "utility_bill",
            "text_pdf",
            dict(
                provider="Free",
                service="internet",
                holder_name="Julien MARCHETTI",
                address="18 rue d'Austerlitz, 69004 Lyon",
                issue_date=issue,
                period_start=f"2026-{month}-01",
                period_end=f"2026-{month}-{end}",
                amount=amount,
                month=f"2026-{month}",
            ),
            "host's bill",
        )

    # joint account RIB Caisse d'Epargne, phone photo
    acc = "08004127753"
    iban, key = fr_iban("13825", "00200", acc)
    holder = "M OU MME MARCHETTI JULIEN OU SETIAWAN DEWI KARTIKA"
    rib = rib_doc(
        dict(
            style="CE",
            region="Caisse d'Epargne Rhône Alpes",
            holder_print=holder,
            address=addr,
            bank="13825",
            branch="00200",
            account=acc,
            key=key,
            iban=iban,
            bic="CEPAFRPP382",
            domiciliation=["CE LYON CROIX-ROUSSE", "69004 LYON"],
            legal="Caisse d'Epargne et de Prévoyance Rhône Alpes - Banque coopérative "
            "- 384 006 029 RCS Lyon",
        ),
        rng,
    )
    pk.photo("rib.jpg", rib, dpi=150, fill=0.82)
    pk.doc(
        [dict(path="rib.jpg", pages=[1])],
        "rib",
        "phone_photo",
        dict(
            holder_name=holder,
            iban=iban,
            bic="CEPAFRPP382",
            bank_name="Caisse d'Epargne",
            iban_valid=True,
            rib_key_valid=True,
        ),
        "joint account including the applicant",
    )

    # form: typed PDF (fillable form flattened) with a pasted handwritten signature
    fd = dict(
        surname=sn,
        usage="MARCHETTI",
        given="Dewi Kartika",
        sex="F",
        dob_form=dob,
        pob_city="Surabaya",
        pob_country="Indonésie",
        nationality="Indonésienne",
        address="18 rue d'Austerlitz",
        cp="69004",
        city="Lyon",
        phone="06 12 73 58 04",
        email="dewi.setiawan@yahoo.co.id",
        situation="sans_activite",
        place="Lyon",
        date_text="06/11/2026",
        signed=True,
    )
    pk.text_pdf("cerfa_15763-02_rempli.pdf", form(fd, rng, run="A", fill="typed"))
    pk.doc(
        [dict(path="cerfa_15763-02_rempli.pdf", pages=[1, 2])],
        "application_form",
        "text_pdf",
        dict(
            surname=sn,
            given_names="Dewi Kartika",
            date_of_birth=dob,
            employment_status="not_employed",
            signed=True,
            signed_on="2026-11-06",
            nir=None,
        ),
        "typed on screen; usage name MARCHETTI (married); signature pasted as strokes",
    )
    pk.finish()
