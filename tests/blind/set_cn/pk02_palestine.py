"""Packet p02 (Palestine: attestation d'hebergement, not employed) of set_cn."""

import cn_bills as bl
import cn_civil as cv
import cn_fr as fr
import cn_ids as ids
from cn_form import form_pages
from cn_pack import Packet, bill_doc, form_doc, id_fields, reqs, write_truth
from cn_util import A4, fr_iban, on_scanner_bed, render, scan_look


# --------------------------------------------------------------------------- p02 Palestine
def p02(P: Packet, root, name):
    rng = P.rng
    as_of = "2026-11-24"
    pp = {
        "surname": "AL-KHATIB",
        "given": "RANA",
        "num": "R07391842",
        "nat": "PSE",
        "issuer": "PSE",
        "dob": "1991-09-05",
        "sex": "F",
        "exp": "2027-06-13",
        "issued": "2022-06-14",
        "place_of_birth": "Nablus",
        "authority": "MINISTRY OF INTERIOR",
        "nat_text": "PALESTINIAN",
    }
    addr = ["18 rue Oberkampf", "75011 Paris"]
    f = {
        "surname": "AL-KHATIB",
        "usage": "MARCHAND",
        "given": "RANA",
        "sex": "F",
        "dob": pp["dob"],
        "pob": "Naplouse",
        "pays": "Palestine",
        "nat": "Palestinienne",
        "address": addr[0],
        "cp": "75011",
        "commune": "Paris",
        "tel": "06 41 88 20 37",
        "email": "rana.marchand@outlook.fr",
        "situation": "sans_activite",
        "place": "Paris",
        "date_text": "17/11/2026",
        "signed": True,
    }
    pages = form_pages(f, rng, "B", "typed")
    ims = render(pages, A4, 170)
    P.photo("IMG_20261117_101544.jpg", ims[0], long_side=3024, cover=0.82, table="plain")
    P.photo("IMG_20261117_101602.jpg", ims[1], long_side=3024, cover=0.82, table="plain", rot90=1)
    form_doc(
        P,
        [("IMG_20261117_101544.jpg", [1]), ("IMG_20261117_101602.jpg", [1])],
        "phone_photo",
        f,
        False,
        "2026-11-17",
    )
    P.docs[-1]["notes"] = "typed on screen, printed, signed by hand; page 2 photo rotated 90"
    page, _ = ids.passport_page(pp, rng)
    P.photo("passeport.jpg", P.card(page, ids.PP, 500), long_side=3024, cover=0.68, table="plain")
    P.doc([("passeport.jpg", [1])], "passport", "phone_photo", id_fields(pp, None))
    rc = {
        "prefecture": "PRÉFECTURE DE POLICE",
        "num": "7512091843",
        "agdref": "7503284716",
        "surname": "AL-KHATIB",
        "usage": "MARCHAND",
        "given": "Rana",
        "dob": pp["dob"],
        "pob": "Naplouse (Palestine)",
        "nat_text": "Palestinienne",
        "sex": "F",
        "address": "18 rue Oberkampf, 75011 Paris",
        "mention": "vie privée et familiale (conjoint de Français)",
        "from": "2026-09-02",
        "until": "2027-03-01",
        "issued": "2026-09-02",
    }
    P.img_pdf("recepisse_prefecture.pdf", P.scan_pages([ids.recepisse(rc, rng)], dpi=150), 150)
    P.doc(
        [("recepisse_prefecture.pdf", [1])],
        "residence_permit",
        "image_pdf",
        {
            "surname": "AL-KHATIB",
            "given_names": "RANA",
            "document_number": rc["num"],
            "nationality": "PSE",
            "issuing_country": "FRA",
            "date_of_birth": pp["dob"],
            "sex": "F",
            "expiry_date": rc["until"],
            "mrz_valid": None,
        },
        "récépissé de demande de carte de séjour (paper, no MRZ); usage name MARCHAND",
    )
    b = {
        "serial": "0193347",
        "idno": "854127390",
        "given_en": "RANA",
        "given_ar": "رنا",
        "surname_en": "AL-KHATIB",
        "surname_ar": "الخطيب",
        "father_en": "MAHMOUD YOUSEF",
        "father_ar": "محمود يوسف",
        "mother_en": "SAMAR HASAN ODEH",
        "mother_ar": "سمر حسن عودة",
        "sex_en": "Female",
        "sex_ar": "أنثى",
        "dob": pp["dob"],
        "place_en": "NABLUS",
        "place_ar": "نابلس",
        "religion_en": "Muslim",
        "religion_ar": "مسلمة",
        "reg_date": "1991-09-19",
        "issued": "2025-11-03",
        "issue_place": "Nablus",
        "director": "Eng. Nidal Shtayyeh",
        "mofa_no": "MOFA/CA/2025/44817",
        "mofa_date": "2025-11-10",
        "mofa_signer": "Khaled Barghouti",
        "leg_date": "2025-11-18",
        "leg_no": "2025/3381",
    }
    imgs = P.scan_pages([cv.palestine_birth(b, rng), cv.palestine_legalisation(b, rng)], dpi=160)
    P.img_pdf("acte_de_naissance_legalise.pdf", imgs, 160)
    P.doc(
        [("acte_de_naissance_legalise.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "AL-KHATIB",
            "given_names": "RANA",
            "date_of_birth": pp["dob"],
            "place_of_birth": "NABLUS",
            "issuing_country": "PSE",
            "language": "ar+en",
            "has_apostille": False,
        },
        "bilingual Arabic/English; page 2 carries the MoFA authentication and the legalisation "
        "of the Consulat général de France à Jérusalem (consular legalisation, no apostille)",
    )
    tr = {
        "translator": "Leïla BENHAMOU",
        "translator_short": "Leïla Benhamou",
        "tr_lines": [
            "Traductrice-interprète expert près la cour d'appel de Paris",
            "Arabe - Français",
            "42 boulevard Voltaire, 75011 Paris",
            "Tél. 01 43 55 12 78",
        ],
        "from_lang": "arabe",
        "doc_name": "Acte de naissance n° 0193347 (État de Palestine)",
        "court": "cour d'appel de Paris",
        "city": "Paris",
        "date": "2026-10-06",
        "tr_no": "LB-2026-1187",
        "body": [
            "#ÉTAT DE PALESTINE - MINISTÈRE DE L'INTÉRIEUR",
            "#Direction générale de l'état civil",
            "#ACTE DE NAISSANCE",
            "N° de l'acte : 0193347          N° d'identité : 854127390",
            "Prénom : RANA",
            "Nom de famille : AL-KHATIB",
            "Prénom du père : MAHMOUD YOUSEF",
            "Nom de la mère : SAMAR HASAN ODEH",
            "Sexe : féminin",
            ("Date de naissance : 05/09/1991 (cinq septembre mil neuf cent quatre-vingt-onze)"),
            "Lieu de naissance : Naplouse",
            "Date d'enregistrement : 19/09/1991",
            (
                "Délivré à Naplouse le 03/11/2025 - Le directeur de l'état civil : "
                "(signature et cachet)"
            ),
            "Au verso : authentification du ministère des Affaires étrangères et",
            "légalisation du Consulat général de France à Jérusalem le 18/11/2025.",
        ],
    }
    P.img_pdf(
        "traduction_acte_naissance.pdf", P.scan_pages([cv.translation(tr, rng)], dpi=150), 150
    )
    P.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {
            "surname": "AL-KHATIB",
            "given_names": "RANA",
            "date_of_birth": pp["dob"],
            "language": "fr",
        },
        "sworn translation (arabe -> français) of the birth certificate",
    )
    # attestation d'hebergement by the spouse (handwritten), phone photo
    at = {
        "font": "dkg",
        "city": "Paris",
        "date_text": "16/11/2026",
        "lines": [
            "Je soussigné Julien MARCHAND, né le 11/02/1988 à Rennes (35),",
            "demeurant au 18 rue Oberkampf, 75011 Paris,",
            "atteste sur l'honneur héberger à mon domicile mon épouse,",
            "Madame Rana MARCHAND née AL-KHATIB, née le 05/09/1991",
            "à Naplouse (Palestine), de manière continue depuis le 15/06/2026.",
            "",
            "Attestation faite pour servir et valoir ce que de droit.",
            "Je joins la copie de ma carte d'identité et mes trois dernières",
            "factures Free.",
        ],
    }
    P.photo(
        "attestation_hebergement.jpg",
        render([fr.hosting_attestation(at, rng)], A4, 170)[0],
        long_side=3264,
        cover=0.8,
    )
    P.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Julien MARCHAND",
            "hosted_name": "Rana MARCHAND née AL-KHATIB",
            "address": "18 rue Oberkampf, 75011 Paris",
            "since_date": "2026-06-15",
            "signed_on": "2026-11-16",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    # host's CNI, recto and verso on one scanner page
    host = {
        "surname": "MARCHAND",
        "given": "JULIEN PIERRE",
        "sex": "M",
        "dob": "1988-02-11",
        "pob": "Rennes",
        "num": "X4RT7P2K9",
        "exp": "2032-05-17",
        "issued": "2022-05-18",
        "address1": "18 RUE OBERKAMPF",
        "address2": "75011 PARIS",
        "by": "PRÉFECTURE DE PARIS",
    }
    rec = P.card(ids.cni_recto(host, rng), ids.CARD, 200)
    ver_fn, _ = ids.cni_verso(host, rng)
    ver = P.card(ver_fn, ids.CARD, 200)
    bed = on_scanner_bed(rec, (1654, 2339), rng, (0.1, 0.06))
    bed.paste(ver, (165, 760))
    P.img_pdf("CNI_Julien_recto_verso.pdf", [scan_look(bed, rng)], 200)
    P.doc(
        [("CNI_Julien_recto_verso.pdf", [1])],
        "national_id",
        "image_pdf",
        {
            "surname": "MARCHAND",
            "given_names": "JULIEN PIERRE",
            "document_number": host["num"],
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": host["dob"],
            "sex": "M",
            "expiry_date": host["exp"],
            "mrz_valid": True,
        },
        "host's (spouse's) identity card",
    )
    # host's three successive Free bills (text PDFs)
    for mo, nm, issue in (
        ("08", "aout", "2026-08-02"),
        ("09", "septembre", "2026-09-02"),
        ("10", "octobre", "2026-10-02"),
    ):
        end = "2026-{}-{}".format(mo, "31" if mo in ("08", "10") else "30")
        fb = bl.make_bill(
            "free",
            "M. Julien MARCHAND",
            "Julien MARCHAND",
            addr,
            str(784512000 + int(mo) * 7391),
            "10922817",
            issue,
            f"2026-{mo}-01",
            end,
            [
                ("Abonnement Freebox Pop - forfait mensuel", 29.99),
                ("Option Netflix Essentiel", 0.0 if mo == "08" else 5.99),
                ("Communications incluses", 0.0),
            ],
            title="Facture Freebox",
            info=[("Ligne", "FO10928178")],
            notes=["Prélèvement automatique le {}/{}/2026 sur votre compte.".format("05", mo)],
        )
        fn = f"Facture_Free_2026{mo}.pdf"
        P.text_pdf(fn, [bl.bill(fb, rng)])
        bill_doc(P, fn, fb, "Free", "internet", "text_pdf", f"host's bill ({nm})")
    # joint RIB Credit Agricole, flatbed scan
    iban, key = fr_iban("18206", "00412", "65012347801")
    r = {
        "bank": "ca",
        "holder_lines": [
            "M. MARCHAND JULIEN",
            "OU MME AL-KHATIB RANA",
            "18 RUE OBERKAMPF",
            "75011 PARIS",
        ],
        "agency": ["CA PARIS OBERKAMPF", "98 RUE OBERKAMPF", "75011 PARIS"],
        "bankc": "18206",
        "branch": "00412",
        "account": "65012347801",
        "key": key,
        "iban": iban,
        "bic": "AGRIFRPP882",
        "legal": "Caisse régionale de Crédit Agricole Mutuel de Paris et d'Île-de-France - "
        "société coopérative à capital variable - 775 665 615 RCS Paris",
    }
    P.scan_jpg("RIB_compte_joint.jpg", fr.rib(r, rng), dpi=150)
    P.doc(
        [("RIB_compte_joint.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "M. MARCHAND JULIEN OU MME AL-KHATIB RANA",
            "iban": iban,
            "bic": "AGRIFRPP882",
            "bank_name": "Crédit Agricole",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account that includes the applicant",
    )
    write_truth(
        P,
        root,
        name,
        as_of,
        False,
        reqs(employment="not_applicable"),
        None,
        {"surname": "AL-KHATIB", "given_names": "RANA", "date_of_birth": pp["dob"]},
    )
