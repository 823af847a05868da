"""Packets p03 (Iran) and p04 (Lebanon) of set_cw."""

import docs
import docs2
import ids
from generate import (
    Packet,
    form_fields,
    make_passport,
    make_titre,
    make_visa,
    passport_fields,
    rib,
    rib_fields,
    siret,
    write_form,
)
from packets_b import EN_LABELS, MONTHS, bill_fields
from render import image_pdf, pages_sheet, phone_look, render, save_jpg, scan_look, write_pdf


# =========================================================================== p03 Iran
def p03(out):
    pk = Packet(out, "p03", "cw-p03")
    a = {"cc": "IRN", "sur": "SADEGHI ESFAHANI", "giv": "PARISA", "dob": "1991-03-24", "sex": "F"}
    addr1, addr2 = "7 bis rue Lamartine", "69003 Lyon"
    d = {
        "sur": "SADEGHI ESFAHANI",
        "giv": "Parisa",
        "sex": "F",
        "dob": a["dob"],
        "pob": "Ispahan, Iran",
        "nat": "Iranienne",
        "addr": addr1,
        "cp": "69003",
        "commune": "Lyon",
        "tel": "07 81 22 09 64",
        "email": "parisa.sadeghi@proton.me",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Ingénieure R&D optique",
        "place": "Lyon",
        "date_text": "12/11/2026",
        "signer": "Parisa S.",
    }
    files, look = write_form(pk, d, "acro", 1, "acroform", "form")
    pk.add(
        files,
        "application_form",
        look,
        form_fields(a, d, "employed", "2026-11-12"),
        "fillable PDF: AcroForm fields with appearance streams, signature image pasted",
    )
    rng = pk.rng("pass")
    pp = make_passport(
        a,
        "X95732816",
        "2025-01-18",
        "2030-01-17",
        "ESFAHAN",
        {
            "bg": (240, 234, 226),
            "ink": (30, 20, 20),
            "band": (120, 30, 40),
            "title1": "ISLAMIC REPUBLIC OF IRAN",
            "title2": "PASSPORT",
            "numlab": "Passport No.",
            "natword": "IRANIAN",
            "authority": "POLICE OF I.R. IRAN",
            "labels": EN_LABELS,
        },
    )
    save_jpg(
        scan_look(pages_sheet([(ids.passport_page(pp, rng), 125)], rng, 250), rng),
        pk.p("passport_scan.jpg"),
        rng,
    )
    pk.add(
        [{"path": "passport_scan.jpg", "pages": [1]}],
        "passport",
        "scan",
        passport_fields(pp, "IRN"),
        "",
    )
    rng = pk.rng("visa")
    v, vf = make_visa(
        a,
        pp,
        "D05128847",
        "2026-02-10",
        "2027-02-09",
        "TEHERAN",
        "2026-01-26",
        "VLS-TS SALARIE",
        "CDD 18 MOIS",
    )
    save_jpg(phone_look(ids.visa_sticker(v, rng), rng, rot=180), pk.p("IMG_3087.jpg"), rng)
    pk.add(
        [{"path": "IMG_3087.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        vf,
        "visa sticker photographed upside down (rotated 180)",
    )
    rng = pk.rng("birth")
    b = {
        "giv_fa": "پریسا",
        "sur_fa": "صادقی اصفهانی",
        "nid_fa": "۱۲۷۰۴۵۸۹۳۱",
        "nid": "1270458931",
        "dob_fa": "۱۳۷۰/۰۱/۰۴",
        "pob_fa": "اصفهان",
        "father_fa": "محمود",
        "mother_fa": "فاطمه",
        "registrar": "Hossein AHMADI",
        "legal_on": "2025-12-08",
        "legal_num": "TEH-2291/25",
    }
    save_jpg(phone_look(render(docs.birth_iran(b, rng), 200), rng), pk.p("IMG_3090.jpg"), rng)
    pk.add(
        [{"path": "IMG_3090.jpg", "pages": [1]}],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "صادقی اصفهانی",
            "given_names": "پریسا",
            "date_of_birth": a["dob"],
            "place_of_birth": "اصفهان",
            "issuing_country": "IRN",
            "language": "fa",
            "has_apostille": False,
        },
        "shenasnameh page in Persian, date 1370/01/04 (Solar Hijri) = 1991-03-24; Iran is "
        "not an apostille country: legalised by the MFA and the French embassy in Tehran",
    )
    rng = pk.rng("trad")
    t = {
        "translator": "Shirin FARAHANI",
        "court": "Lyon",
        "tr_addr": "22 rue Servient, 69003 Lyon — tél. 04 78 60 12 44",
        "src_lang": "persan",
        "header": [
            "RÉPUBLIQUE ISLAMIQUE D'IRAN",
            "Organisation de l'état civil",
            "ACTE DE NAISSANCE (Shenasnameh)",
        ],
        "rows": [
            ("Nom", "SADEGHI ESFAHANI"),
            ("Prénom", "Parisa"),
            ("N° national", "1270458931"),
            ("Date de naissance", "04/01/1370 (24/03/1991)"),
            ("Lieu de naissance", "Ispahan"),
            ("Sexe", "Féminin"),
            ("Prénom du père", "Mahmoud"),
            ("Prénom de la mère", "Fatemeh"),
        ],
        "notes": [
            "Cachet : Organisation de l'état civil d'Ispahan.",
            (
                "Légalisation : Ministère des Affaires étrangères de la République islamique "
                "d'Iran ; Ambassade de France à Téhéran, le 08/12/2025, n° TEH-2291/25."
            ),
        ],
        "num": "2026/318",
        "city": "Lyon",
        "on": "2026-02-03",
    }
    image_pdf(
        pk.p("traduction_acte_naissance.pdf"),
        [scan_look(render(docs.translation(t, rng), 170), rng)],
        rng,
    )
    pk.add(
        [{"path": "traduction_acte_naissance.pdf", "pages": [1]}],
        "translation",
        "image_pdf",
        {},
        "sworn translation from Persian",
    )
    for i, (s0, s1) in enumerate(MONTHS):
        b = {
            "issue": s0[:8] + "06",
            "num": f"5{208841170 + i * 77}",
            "client": "1.04729183",
            "holder": "Mme Parisa SADEGHI ESFAHANI",
            "addr1": addr1,
            "addr2": addr2,
            "amount": "29,99",
            "amount_ht": "24,99",
            "tva": "5,00",
            "start": s0,
            "end": s1,
            "due": s0[:8] + "12",
            "line": "04 28 36 51 07",
        }
        bf = bill_fields(b, "Bouygues Telecom", "internet")
        if i == 1:
            rows = [
                ("Titulaire", b["holder"]),
                ("Adresse", f"{addr1}, {addr2}"),
                ("Facture du", ids.fr_date(b["issue"])),
                ("N° de facture", b["num"]),
                ("Période", f"{ids.fr_date(s0)} - {ids.fr_date(s1)}"),
                ("Offre", "Bbox fit"),
                ("Montant", "29,99 €"),
                ("Prélèvement", ids.fr_date(b["due"])),
            ]
            im = docs.phone_screen(
                rows, pk.rng("bill2"), "Mes factures", (0, 152, 206), "Facture de septembre"
            )
            fn = "Screenshot_20261101_090412_Espace Client.png"
            im.save(pk.p(fn))
            pk.add(
                [{"path": fn, "pages": [1]}],
                "utility_bill",
                "screenshot",
                bf,
                "bill shown in the operator's app",
            )
        else:
            fn = f"facture_bbox_{s0[5:7]}_2026.pdf"
            write_pdf(pk.p(fn), [docs2.bill_bouygues(b)], "Facture Bouygues Telecom")
            pk.add([{"path": fn, "pages": [1]}], "utility_bill", "text_pdf", bf, "")
    p = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employer": "Lumen Photonics SAS",
        "emp_addr1": "45 rue de la Villette",
        "emp_addr2": "69003 Lyon",
        "siret": siret("79046218300"),
        "naf": "2670Z",
        "ccn": "Métallurgie (IDCC 3248)",
        "employee": "Mme Parisa SADEGHI ESFAHANI",
        "addr1": addr1,
        "addr2": addr2,
        "job": "Ingénieure R&D optique (CDD)",
        "entry": "2026-03-02",
        "gross": "3 750,00",
        "c_sante": "54,38",
        "c_ret": "412,50",
        "c_cho": "0,00",
        "c_csg": "368,44",
        "c_tot": "835,32",
        "net_before": "2 914,68",
        "pas": "93,27",
        "net": "2 821,41",
    }
    write_pdf(pk.p("bulletin_2026_10.pdf"), [docs2.payslip(p)], "Bulletin de paie")
    pk.add(
        [{"path": "bulletin_2026_10.pdf", "pages": [1]}],
        "payslip",
        "text_pdf",
        {
            "employer": "Lumen Photonics SAS",
            "employee_name": "Parisa SADEGHI ESFAHANI",
            "period": "2026-10",
            "net_pay": "2 821,41",
            "siret": p["siret"],
        },
        "",
    )
    r = rib("40618", "80461", "00040123987")
    r.update(
        {
            "holder": "MME PARISA SADEGHI ESFAHANI",
            "bic": "BOUSFRPPXXX",
            "addr1": addr1,
            "addr2": addr2,
            "dom": "BoursoBank",
            "dom_addr": "44 rue Traversière, 92772 Boulogne-Billancourt",
            "bank_name": "BoursoBank",
        }
    )
    write_pdf(
        pk.p("RIB_BoursoBank.pdf"),
        [docs2.rib_page(r, {"color": (210, 0, 110), "fonts": ("lato", "latob")})],
        "RIB",
    )
    pk.add([{"path": "RIB_BoursoBank.pdf", "pages": [1]}], "rib", "text_pdf", rib_fields(r), "")
    return pk, a, {"as_of": "2026-11-30", "employed": True, "defect": None}


# =========================================================================== p04 Lebanon
def p04(out):
    pk = Packet(out, "p04", "cw-p04")
    a = {"cc": "LBN", "sur": "EL KHOURY", "giv": "KARIM", "dob": "2001-05-14", "sex": "M"}
    addr1, addr2 = "22 avenue Félix Viallet", "38000 Grenoble"
    d = {
        "sur": "EL KHOURY",
        "giv": "Karim",
        "sex": "M",
        "dob": a["dob"],
        "pob": "Beyrouth, Liban",
        "nat": "Libanaise",
        "addr": addr1,
        "cp": "38000",
        "commune": "Grenoble",
        "tel": "07 69 04 51 88",
        "email": "karim.elkhoury01@gmail.com",
        "situation": "etudiant",
        "place": "Grenoble",
        "date_text": "28/10/2026",
        "signer": "KElKhoury",
        "typed_font": "carlito",
        "date_typed": False,
        "img_no": 4418,
        "hand_font": "h_dkg",
    }
    files, look = write_form(pk, d, "typed", 2, "phone", "form")
    pk.add(
        files,
        "application_form",
        look,
        form_fields(a, d, "not_employed", "2026-10-28"),
        "typed, printed, dated and signed by hand, phone photos; page 2 rotated 270",
    )
    rng = pk.rng("pass")
    pp = make_passport(
        a,
        "LR2063518",
        "2024-08-02",
        "2034-08-01",
        "BEYROUTH",
        {
            "bg": (232, 238, 232),
            "ink": (15, 30, 20),
            "band": (0, 100, 60),
            "title1": "RÉPUBLIQUE LIBANAISE — LEBANESE REPUBLIC",
            "title2": "PASSEPORT / PASSPORT",
            "numlab": "N° / Passport No",
            "natword": "LIBANAISE",
            "authority": "SÛRETÉ GÉNÉRALE",
        },
    )
    save_jpg(phone_look(ids.passport_page(pp, rng), rng), pk.p("IMG_4402.jpg"), rng)
    pk.add(
        [{"path": "IMG_4402.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        passport_fields(pp, "LBN"),
        "",
    )
    rng = pk.rng("ts")
    t, tf = make_titre(
        a,
        "ET4190273",
        "2027-09-14",
        "2026-09-15",
        "ÉTUDIANT",
        "BEYROUTH (LIBAN)",
        addr1.upper(),
        addr2.upper(),
        "l'Isère",
        "LIBANAISE",
    )
    fr_, bk = ids.titre_sejour(t, rng)
    image_pdf(
        pk.p("carte_sejour_recto_verso.pdf"),
        [scan_look(pages_sheet([(fr_, 86), (bk, 86)], rng, 170), rng)],
        rng,
    )
    pk.add(
        [{"path": "carte_sejour_recto_verso.pdf", "pages": [1]}],
        "residence_permit",
        "image_pdf",
        tf,
        "front and back on one scanned page",
    )
    rng = pk.rng("birth")
    b = {
        "sur_ar": "الخوري",
        "giv_ar": "كريم",
        "father_ar": "جورج",
        "mother_ar": "ريتا حداد",
        "pob_ar": "بيروت - الأشرفية",
        "dob_num": "14/05/2001",
        "reg": "117 / Achrafieh",
        "issued_num": "06/01/2026",
        "registrar": "Antoine HADDAD",
        "legal_on": "2026-01-20",
        "legal_num": "BEY-0184/26",
    }
    save_jpg(scan_look(render(docs.birth_liban(b, rng), 200), rng), pk.p("scan_0007.jpg"), rng)
    pk.add(
        [{"path": "scan_0007.jpg", "pages": [1]}],
        "birth_certificate",
        "scan",
        {
            "surname": "الخوري",
            "given_names": "كريم",
            "date_of_birth": a["dob"],
            "place_of_birth": "بيروت - الأشرفية",
            "issuing_country": "LBN",
            "language": "ar",
            "has_apostille": False,
        },
        "ikhraj qaid fardi in Arabic; Lebanon is not an apostille country: legalised by the "
        "Lebanese MFA and the French embassy in Beirut",
    )
    rng = pk.rng("trad")
    t = {
        "translator": "Élie NACCACHE",
        "court": "Grenoble",
        "tr_addr": "3 place Grenette, 38000 Grenoble",
        "src_lang": "arabe",
        "header": [
            "RÉPUBLIQUE LIBANAISE",
            "Ministère de l'Intérieur et des Municipalités",
            "Direction générale du statut personnel",
            "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL",
        ],
        "rows": [
            ("Nom", "EL KHOURY"),
            ("Prénom", "Karim"),
            ("Prénom du père", "Georges"),
            ("Nom et prénom de la mère", "Rita HADDAD"),
            ("Lieu de naissance", "Beyrouth - Achrafieh"),
            ("Date de naissance", "14/05/2001"),
            ("Confession", "Maronite"),
            ("N° de registre", "117 / Achrafieh"),
            ("Situation familiale", "Célibataire"),
        ],
        "notes": [
            "Délivré à Beyrouth le 06/01/2026. Cachet du Bureau de l'état civil.",
            (
                "Légalisation : Ministère des Affaires étrangères et des Émigrés ; Ambassade "
                "de France au Liban, le 20/01/2026, n° BEY-0184/26."
            ),
        ],
        "num": "G-26-0052",
        "city": "Grenoble",
        "on": "2026-09-22",
    }
    save_jpg(scan_look(render(docs.translation(t, rng), 200), rng), pk.p("scan_0008.jpg"), rng)
    pk.add(
        [{"path": "scan_0008.jpg", "pages": [1]}],
        "translation",
        "scan",
        {},
        "sworn translation from Arabic",
    )
    rng = pk.rng("lease")
    le = {
        "landlord": "SCI BELLEDONNE PATRIMOINE",
        "landlord_addr": "représentée par Cabinet Dauphiné Gestion, 9 rue Lesdiguières, "
        "38000 Grenoble",
        "tenants": ["Georges EL KHOURY"],
        "addr": f"{addr1}, {addr2}",
        "surface": "26",
        "rooms": "1",
        "start": "2025-09-01",
        "rent": "465,00",
        "charges": "35,00",
        "city": "Grenoble",
        "signed": "2025-08-21",
        "fonts": ("open", "openb"),
    }
    write_pdf(pk.p("Bail_Viallet_signe.pdf"), docs.lease_pages(le, rng), "Contrat de location")
    pk.add(
        [{"path": "Bail_Viallet_signe.pdf", "pages": [1, 2, 3]}],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Georges EL KHOURY"],
            "landlord": "SCI BELLEDONNE PATRIMOINE",
            "address": f"{addr1}, {addr2}",
            "start_date": "2025-09-01",
        },
        "the tenant is the applicant's father; no attestation d'hébergement in the packet",
    )
    rng = pk.rng("rib")
    r = rib("13906", "00085", "86012345678")
    r.update(
        {
            "holder": "M EL KHOURY KARIM",
            "bic": "AGRIFRPP839",
            "addr1": addr1,
            "addr2": addr2,
            "dom": "CA SUD RHONE ALPES",
            "dom_addr": "GRENOBLE VICTOR HUGO",
            "bank_name": "Crédit Agricole Sud Rhône Alpes",
        }
    )
    image_pdf(
        pk.p("rib_ca.pdf"),
        [
            scan_look(
                render(
                    docs2.rib_page(r, {"color": (0, 122, 100), "fonts": ("roboto", "robotob")}), 170
                ),
                rng,
            )
        ],
        rng,
    )
    pk.add([{"path": "rib_ca.pdf", "pages": [1]}], "rib", "image_pdf", rib_fields(r), "")
    return (
        pk,
        a,
        {
            "as_of": "2026-11-20",
            "employed": False,
            "defect": "lease in the name of another person (Georges EL KHOURY), no "
            "hosting attestation (residence_proof invalid)",
            "bad": ("residence_proof", "invalid"),
        },
    )
