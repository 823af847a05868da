"""Packets p01 (Iraq) and p02 (Russia) of set_dn."""

import docs_bc as bc
import docs_fr as fr
import docs_id as di
import render as r
from pkt import Packet, formf, idf, reqs, ribf, siret

# ----------------------------------------------------------------------------- p01 Iraq


def p01(out):
    k = Packet(out, "p01", 4901)
    as_of = "2026-11-18"
    dob = "1996-04-17"
    street, zp, city = "12 rue des Tanneurs", "67000", "Strasbourg"
    form = fr.form_s1106(
        {
            "surname": "ABDUL JABBAR",
            "usage": "MARCHAND",
            "given": "Zainab",
            "dob": "17/04/1996",
            "pob": "Bagdad (Irak)",
            "nat": "irakienne",
            "street": street + ", appt 3B",
            "zip": zp,
            "city": city,
            "status": "not_employed",
            "date": "03/11/2026",
        },
        "hand1",
        "p01f",
    )
    k.scan(form, "scan_formulaire_cpam.jpg")
    k.add(
        [("scan_formulaire_cpam.jpg", [1])],
        "application_form",
        "scan",
        formf("ABDUL JABBAR", "Zainab", dob, "not_employed", "2026-11-03"),
        "hand-filled S1106; usage name MARCHAND (French husband); 'sans activité' ticked",
    )
    pp = {
        "state": "IRQ",
        "surname_mrz": "ABDULJABBAR",
        "given_mrz": "ZAINAB",
        "num": "A19348276",
        "nat": "IRQ",
        "dob": dob,
        "sex": "F",
        "exp": "2032-02-10",
        "surname_print": "ABDULJABBAR",
        "given_print": "ZAINAB",
        "nat_print": "IRAQI",
        "dob_print": "17/04/1996",
        "pob": "BAGHDAD",
        "iss_print": "11/02/2024",
        "exp_print": "10/02/2032",
        "authority": "GDNPR BAGHDAD",
    }
    page, lines = di.passport(pp, (222, 232, 222), ("REPUBLIC OF IRAQ", "PASSPORT"))
    page.text(120, 7, "جمهورية العراق", "amirib", 9, (30, 40, 120), "r", True)
    k.photo(page, "IMG_20261102_191544.jpg", 0)
    k.add(
        [("IMG_20261102_191544.jpg", [1])],
        "passport",
        "phone_photo",
        idf("ABDULJABBAR", "ZAINAB", "A19348276", "IRQ", "IRQ", dob, "F", "2032-02-10"),
        "Iraqi A-series passport data page, photographed on a table",
    )
    vp = {
        "surname": "ABDULJABBAR",
        "given_mrz": "ZAINAB",
        "given_print": "ZAINAB",
        "num": "028417593",
        "nat": "IRQ",
        "dob": dob,
        "sex": "F",
        "from": "2026-06-08",
        "until": "2027-06-07",
        "post": "BAGDAD",
        "issued": "2026-05-20",
        "passport": "A19348276",
        "remarks": "VLS-TS CONJOINT DE FRANCAIS",
        "remarks2": "A VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE - ANEF",
    }
    vpage, _ = di.visa_page(vp)
    k.photo(vpage, "IMG_20261102_191610.jpg", 90)
    f = idf("ABDULJABBAR", "ZAINAB", "028417593", "IRQ", "FRA", dob, "F", "2027-06-07")
    f.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "CONJOINT DE FRANCAIS",
            "valid_from": "2026-06-08",
            "valid_until": "2027-06-07",
        }
    )
    k.add(
        [("IMG_20261102_191610.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        f,
        "type D sticker, photo rotated 90 degrees",
    )
    ex = {
        "ar_given": "زينب",
        "ar_father": "حسن",
        "ar_grand": "علي",
        "ar_surname": "عبد الجبار",
        "ar_mother": "فاطمة كاظم",
        "dob_ar": "1996/4/17",
        "ar_pob": "بغداد - الكرخ",
        "reg": "2417",
        "page_no": "86",
        "ar_office": "الكرخ",
        "issued_ar": "2025/12/7",
        "mfa_no": "BGD-7714/2025",
        "mfa_date": "14/12/2025",
        "fr_leg_date": "22/12/2025",
        "fr_leg_no": "2025/1893",
    }
    k.scan(bc.iraq_extract(ex), "extrait_etat_civil_irak.jpg")
    k.add(
        [("extrait_etat_civil_irak.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "ABD AL-JABBAR",
            "given_names": "Zainab",
            "date_of_birth": dob,
            "place_of_birth": "Bagdad",
            "issuing_country": "IRQ",
            "language": "ar",
            "has_apostille": False,
        },
        "Iraqi civil status extract (Arabic); Iraq is not a party to the Apostille "
        "convention: legalised by the Iraqi MFA and the French embassy (stamps on the page); "
        "names as given by the sworn translation",
    )
    tr = {
        "name": "Samira HADDAD-LEFEBVRE",
        "court": "Colmar",
        "addr": "arabe",
        "rep": "2026/0412",
        "city": "Strasbourg",
        "date": "6 janvier 2026",
        "short": "S.H.L.",
    }
    rows = [
        ("Nom :", "ABD AL-JABBAR"),
        ("Prénom :", "Zainab"),
        ("Nom du père :", "Hassan"),
        ("Nom du grand-père :", "Ali"),
        ("Nom de la mère :", "Fatima Kadhim"),
        ("Sexe :", "Féminin"),
        ("Date de naissance :", "17/04/1996"),
        ("Lieu de naissance :", "Bagdad - Al-Karkh"),
        ("N° du registre :", "2417"),
        ("N° de page :", "86"),
        ("Bureau d'état civil :", "Al-Karkh"),
    ]
    trp = bc.sworn_translation(
        "EXTRAIT D'ÉTAT CIVIL (Surat Qaid)",
        "arabe",
        rows,
        tr,
        "p01t",
        [
            "Mentions : légalisation du Ministère irakien des Affaires "
            "étrangères n° BGD-7714/2025 du 14/12/2025 ; légalisation de "
            "l'Ambassade de France à Bagdad n° 2025/1893 du 22/12/2025."
        ],
    )
    k.image_pdf([trp], "traduction_acte.pdf")
    k.add(
        [("traduction_acte.pdf", [1])],
        "translation",
        "image_pdf",
        {},
        "sworn French translation of the Iraqi extract (ABD AL-JABBAR)",
    )
    h = {
        "host": "Julien MARCHAND",
        "host_dob": "03/09/1991",
        "host_pob": "Lyon (69)",
        "street": street,
        "zip": zp,
        "city": city,
        "hosted": "Zainab ABDUL-JABBAR",
        "hosted_dob": "17/04/1996",
        "since": "12 juin 2026",
        "signed_on": "02/11/2026",
    }
    k.photo(fr.hosting_attestation(h, "hand1", "p01a"), "IMG_20261102_192003.jpg", 270)
    k.add(
        [("IMG_20261102_192003.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Julien MARCHAND",
            "hosted_name": "Zainab ABDUL-JABBAR",
            "address": "12 rue des Tanneurs, 67000 Strasbourg",
            "since_date": "2026-06-12",
            "signed_on": "2026-11-02",
            "signed": True,
        },
        "handwritten on lined paper, signed; photo rotated 270 degrees",
    )
    cni = {
        "surname": "MARCHAND",
        "given_mrz": "JULIEN PIERRE",
        "given_print": "JULIEN, PIERRE",
        "num": "XK4R7T2P9",
        "dob": "1991-09-03",
        "sex": "M",
        "exp": "2032-03-13",
        "iss": "2022-03-14",
        "pob": "LYON 3E ARRONDISSEMENT (69)",
        "addr": "12 RUE DES TANNEURS 67000 STRASBOURG",
    }
    cf, cb, _ = di.id_card_fr(cni)
    k.scan_a4([(cf, 30, 30), (cb, 30, 100)], "cni_julien.jpg")
    k.add(
        [("cni_julien.jpg", [1])],
        "national_id",
        "scan",
        idf(
            "MARCHAND", "JULIEN PIERRE", "XK4R7T2P9", "FRA", "FRA", "1991-09-03", "M", "2032-03-13"
        ),
        "host's French identity card (2021 model), front and back photocopied on one sheet",
    )
    ls = {
        "landlord": "SCI LES TILLEULS, représentée par M. Gérard KIEFFER",
        "landlord_addr": "4 place Kléber, 67000 Strasbourg",
        "tenant_print": "M. Julien MARCHAND",
        "address": street + ", appartement 3B, 67000 Strasbourg",
        "desc": "Appartement de 3 pièces, 68 m², 2e étage, avec cave.",
        "start_print": "1er septembre 2021",
        "duration": "trois ans",
        "rent": "780,00",
        "charges": "95,00",
        "city": city,
        "signed_print": "23 août 2021",
    }
    k.image_pdf(fr.lease(ls), "bail_julien.pdf")
    k.add(
        [("bail_julien.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Julien MARCHAND"],
            "landlord": "SCI LES TILLEULS",
            "address": "12 rue des Tanneurs, appartement 3B, 67000 Strasbourg",
            "start_date": "2021-09-01",
        },
        "the host's lease",
    )
    iban = r.fr_iban("30003", "02360", "00050123456")
    rb = {
        "colors": ((226, 0, 26), (0, 0, 0)),
        "bank": "SOCIETE GENERALE",
        "holder": "MME ZAINAB ABDUL-JABBAR",
        "street": street + " APT 3B",
        "zip_city": zp + " " + city.upper(),
        "agency": "SG STRASBOURG KLEBER",
        "iban": iban,
        "bic": "SOGEFRPP",
    }
    k.text_pdf([fr.rib_pdf(rb)], "RIB_SG.pdf")
    k.add(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        ribf("ZAINAB ABDUL-JABBAR", iban, "SOGEFRPP", "Société Générale"),
    )
    k.truth(
        as_of,
        False,
        reqs("not_applicable"),
        None,
        {"surname": "ABDULJABBAR", "given_names": "ZAINAB", "date_of_birth": dob},
    )


# ----------------------------------------------------------------------------- p02 Russia


def p02(out):
    k = Packet(out, "p02", 4902)
    as_of = "2026-11-24"
    dob = "1993-07-22"
    street, zp, city = "27 rue Paul Bert", "69003", "Lyon"
    form = fr.form_s1106(
        {
            "surname": "ORLOVA",
            "given": "Kseniia",
            "dob": "22/07/1993",
            "pob": "Ekaterinbourg (Russie)",
            "nat": "russe",
            "street": street,
            "zip": zp,
            "city": city,
            "status": "employed",
            "job": "Ingénieure data",
            "contract": "CDI",
            "date": "16/11/2026",
        },
        None,
        "p02f",
    )
    k.text_pdf([form], "S1106_ORLOVA_rempli.pdf")
    k.add(
        [("S1106_ORLOVA_rempli.pdf", [1])],
        "application_form",
        "text_pdf",
        formf("ORLOVA", "Kseniia", dob, "employed", "2026-11-16"),
        "typed in a PDF reader, signature drawn",
    )
    pp = {
        "state": "RUS",
        "surname_mrz": "ORLOVA",
        "given_mrz": "KSENIIA",
        "num": "751284639",
        "nat": "RUS",
        "dob": dob,
        "sex": "F",
        "exp": "2032-05-18",
        "surname_print": "ОРЛОВА / ORLOVA",
        "given_print": "КСЕНИЯ / KSENIIA",
        "nat_print": "РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION",
        "dob_print": "22.07.1993",
        "pob": "СВЕРДЛОВСКАЯ ОБЛ.",
        "iss_print": "18.05.2022",
        "exp_print": "18.05.2032",
        "authority": "МВД 66001",
    }
    lbl = {
        "type": "Тип/Type",
        "code": "Код/Code",
        "num": "Номер паспорта/Passport No.",
        "surname": "Фамилия/Surname",
        "given": "Имя/Given names",
        "nat": "Гражданство/Nationality",
        "sex": "Пол/Sex",
        "dob": "Дата рождения/Date of birth",
        "pob": "Место рождения/Place of birth",
        "iss": "Дата выдачи/Date of issue",
        "exp": "Дата окончания срока действия/Date of expiry",
        "auth": "Орган/Authority",
    }
    page, _ = di.passport(
        pp,
        (236, 228, 232),
        ("РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", "ПАСПОРТ / PASSPORT"),
        lbl,
    )
    k.scan(page, "passeport.png", 300)
    k.add(
        [("passeport.png", [1])],
        "passport",
        "scan",
        idf("ORLOVA", "KSENIIA", "751284639", "RUS", "RUS", dob, "F", "2032-05-18"),
        "Russian biometric passport; no patronymic on it",
    )
    ts = {
        "surname": "ORLOVA",
        "given_mrz": "KSENIIA",
        "given_print": "KSENIIA",
        "num": "RF0827465",
        "nat": "RUS",
        "dob": dob,
        "sex": "F",
        "exp": "2027-09-14",
        "iss": "2026-09-15",
        "category": "SALARIE",
        "pob": "EKATERINBOURG (RUSSIE)",
        "addr": "27 RUE PAUL BERT 69003 LYON",
        "pref": "PREFECTURE DU RHONE",
    }
    tf, tb, _ = di.residence_card(ts)
    k.photo(tf, "titre_sejour_recto.jpg", 0)
    k.photo(tb, "titre_sejour_verso.jpg", 180)
    k.add(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        idf("ORLOVA", "KSENIIA", "RF0827465", "RUS", "FRA", dob, "F", "2027-09-14"),
        "carte de séjour temporaire 'SALARIE', front and back (back photo upside down)",
    )
    ru = {
        "ru_surname": "ОРЛОВА",
        "ru_given": "КСЕНИЯ",
        "ru_patr": "АНДРЕЕВНА",
        "ru_dob_words": "22 июля 1993 года (22.07.1993)",
        "ru_pob": "г. Екатеринбург, Свердловская обл., Россия",
        "ru_act_date": "03.08.1993",
        "act_no": "3187",
        "ru_father": "Орлов Андрей Викторович",
        "ru_mother": "Орлова Наталья Петровна",
        "ru_office": "Отдел ЗАГС Кировского района г. Екатеринбурга",
        "ru_issued": "12.03.2024",
        "series_no": "718452",
    }
    k.scan(bc.russia_birth(ru), "svidetelstvo_o_rozhdenii.jpg", 250)
    k.add(
        [("svidetelstvo_o_rozhdenii.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "ОРЛОВА",
            "given_names": "КСЕНИЯ АНДРЕЕВНА",
            "date_of_birth": dob,
            "place_of_birth": "г. Екатеринбург, Свердловская обл., Россия",
            "issuing_country": "RUS",
            "language": "ru",
            "has_apostille": True,
        },
        "repeat issue 2024; patronymic ANDREEVNA (not on the passport)",
    )
    items = [
        ("Страна / Country:", "Российская Федерация"),
        ("Подписан / has been signed by:", "Е.В. Смирнова"),
        ("в качестве / acting as:", "начальник отдела ЗАГС"),
        ("скреплен печатью / bears the seal of:", "Отдел ЗАГС"),
        ("в / at:", "Екатеринбург"),
        ("дата / the:", "20.03.2024"),
        ("кем / by:", "Управление ЗАГС Свердл. обл."),
        ("за № / No:", "66/24-1187"),
        ("Печать / Seal:", ""),
        ("Подпись / Signature:", ""),
    ]
    k.scan(
        di.apostille(
            "RUS",
            items,
            "(Convention de La Haye du 5 octobre 1961)",
            ["ЗАГС", "АПОСТИЛЬ", "66"],
            "p02ap",
        ),
        "apostille.jpg",
        250,
    )
    k.add(
        [("apostille.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "Российская Федерация",
            "issued_on": "2024-03-20",
            "number": "66/24-1187",
            "signed_by": "Е.В. Смирнова",
        },
        "apostille stamped on the back, scanned separately",
    )
    tr = {
        "name": "Irina DUBOIS-PETROVA",
        "court": "Lyon",
        "addr": "russe",
        "rep": "2025/778",
        "city": "Lyon",
        "date": "4 novembre 2025",
        "short": "I.D.P.",
    }
    rows = [
        ("Nom :", "ORLOVA"),
        ("Prénom :", "Ksenia"),
        ("Patronyme :", "Andreevna"),
        ("Date de naissance :", "22/07/1993"),
        ("Lieu de naissance :", "Ekaterinbourg, région de Sverdlovsk, Russie"),
        ("Acte n° :", "3187 du 03/08/1993"),
        ("Père :", "ORLOV Andreï Viktorovitch"),
        ("Mère :", "ORLOVA Natalia Petrovna"),
        ("Délivré le :", "12/03/2024"),
    ]
    trp = bc.sworn_translation(
        "ACTE DE NAISSANCE",
        "russe",
        rows,
        tr,
        "p02t",
        ["Au verso : apostille n° 66/24-1187 du 20/03/2024."],
    )
    k.image_pdf([trp], "traduction_assermentee.pdf")
    k.add(
        [("traduction_assermentee.pdf", [1])],
        "translation",
        "image_pdf",
        {},
        "translator spells the given name Ksenia (passport: KSENIIA)",
    )
    ls = {
        "landlord": "M. Bernard FAURE",
        "landlord_addr": "9 quai Claude Bernard, 69007 Lyon",
        "tenant_print": "Mme Kseniia ORLOVA",
        "address": street + ", 4e étage gauche, 69003 Lyon",
        "desc": "Appartement de 2 pièces, 41 m².",
        "start_print": "1er octobre 2025",
        "duration": "trois ans",
        "rent": "720,00",
        "charges": "60,00",
        "city": city,
        "signed_print": "22 septembre 2025",
    }
    k.text_pdf(fr.lease(ls, "sans"), "Bail_ORLOVA_signe.pdf")
    k.add(
        [("Bail_ORLOVA_signe.pdf", [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Kseniia ORLOVA"],
            "landlord": "Bernard FAURE",
            "address": street + ", 4e étage gauche, 69003 Lyon",
            "start_date": "2025-10-01",
        },
    )
    emp = "LUMEN ANALYTICS SAS"
    sir = siret("8912043750001")
    ct = {
        "employer": emp,
        "form": "société par actions simplifiée",
        "address": "45 cours Lafayette, 69006 Lyon",
        "siret": sir,
        "rep": "Claire VIDAL",
        "rep_role": "Présidente",
        "employee": "Mme Kseniia ORLOVA",
        "dob": dob,
        "pob": "Ekaterinbourg (Russie)",
        "nat": "russe",
        "home": street + ", 69003 Lyon",
        "start": "2025-10-06",
        "job": "Ingénieure data",
        "status": "cadre",
        "coef": "150",
        "ccn": "Syntec (IDCC 1486)",
        "trial": "quatre mois",
        "gross": "3 850,00",
        "workplace": "Lyon (69006)",
        "city": "Lyon",
        "signed": "2025-09-15",
    }
    k.image_pdf(fr.contract(ct), "contrat_CDI_signe.pdf")
    k.add(
        [("contrat_CDI_signe.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": emp,
            "employee_name": "Kseniia ORLOVA",
            "contract_type": "CDI",
            "job_title": "Ingénieure data",
            "start_date": "2025-10-06",
        },
        "signed, scanned",
    )
    for per, start, end, paid, net in [
        ("2026-09", "2026-09-01", "2026-09-30", "2026-09-30", "2 812,46"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-10-30", "2 796,08"),
    ]:
        rows = [
            ("Salaire de base", "151,67", "25,3841", "3 850,00", ""),
            ("Santé - complémentaire", "3 850,00", "", "-41,20", "61,80"),
            ("Retraite - Sécurité sociale plafonnée", "3 850,00", "6,90 %", "-265,65", "330,33"),
            ("Retraite complémentaire T1", "3 850,00", "4,01 %", "-154,39", "233,20"),
            ("Assurance chômage", "3 850,00", "", "", "155,93"),
            ("CSG déductible", "3 783,05", "6,80 %", "-257,25", ""),
            ("CSG/CRDS non déductible", "3 783,05", "2,90 %", "-109,71", ""),
        ]
        ps = {
            "start": start,
            "end": end,
            "employer": emp,
            "emp_street": "45 cours Lafayette",
            "emp_city": "69006 LYON",
            "siret": sir,
            "ape": "6201Z",
            "ccn": "Syntec (1486)",
            "employee": "Mme ORLOVA Kseniia",
            "street": street,
            "zip_city": "69003 LYON",
            "job": "Ingénieure data - Cadre",
            "hired": "2025-10-06",
            "rows": rows,
            "net_before": "3 021,80",
            "pas": "6,9 %",
            "tax": "209,34" if per == "2026-09" else "225,72",
            "net": net,
            "paid": paid,
        }
        fn = "bulletin_%s.pdf" % per.replace("-", "_")
        k.text_pdf([fr.payslip(ps)], fn)
        k.add(
            [(fn, [1])],
            "payslip",
            "text_pdf",
            {
                "employer": emp,
                "employee_name": "ORLOVA Kseniia",
                "period": per,
                "net_pay": net.replace(" ", "").replace(",", "."),
                "siret": sir,
            },
        )
    iban = r.fr_iban("40618", "80432", "00051298476")
    rows = [
        ("Titulaire", "Mme ORLOVA KSENIIA"),
        ("IBAN", r.spaced(iban)),
        ("BIC", "BOUSFRPPXXX"),
        ("Banque", "BoursoBank"),
        ("Domiciliation", "44 rue Traversière, 92100 Boulogne"),
    ]
    k.shot(
        fr.bank_screenshot(
            {"title": "Mon RIB", "app": "BoursoBank - Compte courant", "rows": rows}
        ),
        "Screenshot_20261116_221407.png",
    )
    k.add(
        [("Screenshot_20261116_221407.png", [1])],
        "rib",
        "screenshot",
        ribf("ORLOVA KSENIIA", iban, "BOUSFRPPXXX", "BoursoBank"),
        "banking app screen",
    )
    k.truth(
        as_of,
        True,
        reqs("complete"),
        None,
        {"surname": "ORLOVA", "given_names": "KSENIIA", "date_of_birth": dob},
    )
