"""Packet p04: born in Russia, employed; DEFECT: the VLS-TS expired before the audit date."""

from __future__ import annotations

from datetime import date

import bills
import civil
import forms
import ids
import money
import work
from common import dmy, iban_from_bban, iban_ok, mrva, siret, td3
from pk_common import REQ, id_fields


def p04(pk) -> dict:
    as_of = "2026-11-27"
    sur, giv, dob = "SOKOLOVA", "ANASTASIIA", date(1993, 4, 9)
    # ---- form: the fillable PDF, with a pasted signature image
    v = dict(
        nom_naissance="SOKOLOVA",
        prenoms="Anastasiia",
        sexe="F",
        date_naissance="09041993",
        lieu_commune="Novossibirsk",
        lieu_pays="Russie",
        nationalite="russe",
        adresse1="8 rue des Envierges",
        code_postal="75020",
        commune="Paris",
        telephone="06 07 44 91 28",
        courriel="a.sokolova.work@proton.me",
        situation="salarie",
        profession="Ingénieure data",
        contrat="CDI",
        fait_a="Paris",
        date_signature="21/11/2026",
        sig_letters=6,
    )
    f = pk.text_pdf("S1106_formulaire_rempli.pdf", forms.render(v, "A", "acroform", pk.rng("form")))
    pk.add(
        "application_form",
        "text_pdf",
        [(f, [1, 2])],
        {
            "surname": "SOKOLOVA",
            "usage_name": None,
            "given_names": "ANASTASIIA",
            "sex": "F",
            "date_of_birth": dob.isoformat(),
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDI",
            "signed": True,
            "signed_on": "2026-11-21",
            "date_text": "21/11/2026",
            "place": "Paris",
            "nir": None,
        },
        "print run A as a fillable PDF: AcroForm text fields (comb fields for names and dates) "
        "and check boxes; handwritten signature pasted as an image",
    )
    # ---- Russian passport (phone photo rotated 90)
    num, pexp = "763518204", date(2033, 2, 15)
    mrz = td3("RUS", sur, giv, num, "RUS", dob, "F", pexp)
    labels = dict(
        type="Тип/Type",
        code="Код государства/Code of State",
        number="Номер паспорта/Passport No.",
        surname="Фамилия/Surname",
        given="Имя/Given names",
        nationality="Гражданство/Nationality",
        dob="Дата рождения/Date of birth",
        personal="",
        sex="Пол/Sex",
        pob="Место рождения/Place of birth",
        issue="Дата выдачи/Date of issue",
        authority="Орган, выдавший документ/Authority",
        expiry="Дата окончания срока действия/Date of expiry",
        signature="Подпись владельца/Holder's signature",
    )
    spec = dict(
        paper=(240, 234, 236),
        guilloche=[(220, 196, 206), (196, 210, 226), (214, 222, 200)],
        header=["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "RUSSIAN FEDERATION"],
        accent=(120, 20, 40),
        labels=labels,
        values=dict(
            code="RUS",
            number="76 3518204",
            surname="СОКОЛОВА / SOKOLOVA",
            given="АНАСТАСИЯ / ANASTASIIA",
            nationality="РОССИЙСКАЯ ФЕДЕРАЦИЯ/RUSSIAN FEDERATION",
            dob="09.04.1993",
            sex="Ж/F",
            pob="НОВОСИБИРСКАЯ ОБЛ. / RUSSIA",
            issue="15.02.2023",
            authority="МВД 54001",
            expiry="15.02.2033",
        ),
        female=True,
        skin=(232, 196, 178),
        hair=(150, 110, 70),
        mrz=mrz,
        top_text="ПАСПОРТ",
    )
    f = pk.photo("IMG_0931.jpg", ids.passport_page(spec, pk.rng("pp")), "pp", rotate=90, fill=0.88)
    pk.add(
        "passport",
        "phone_photo",
        [(f, [1])],
        id_fields(sur, giv, num, "RUS", "RUS", dob, "F", pexp),
        "Russian international passport; printed number '76 3518204'; photo stored rotated 90",
    )
    # ---- VLS-TS, EXPIRED on 2026-10-05 (the defect)
    vfrom, vuntil = date(2025, 10, 6), date(2026, 10, 5)
    vmrz = mrva("VD", "FRA", sur, giv, num, "RUS", dob, "F", vuntil)
    vs = dict(
        paper=(240, 234, 236),
        guilloche=[(220, 196, 206), (196, 210, 226)],
        sticker_no="FRA013998204",
        female=True,
        skin=(232, 196, 178),
        hair=(150, 110, 70),
        **{"from": "06-10-25"},
        until="05-10-26",
        days="365",
        post="MOSCOU",
        issued="24-09-25",
        passport_no=num,
        name="SOKOLOVA ANASTASIIA",
        mrz=vmrz,
        remarks=["VLS-TS SALARIE", "VISA LONG SEJOUR VALANT TITRE DE SEJOUR"],
        stamp=["FRANCE", "ROISSY-CDG", "08 10 2025", "ENTREE"],
    )
    f = pk.photo("IMG_0933.jpg", ids.visa_page(vs, pk.rng("visa")), "visa", fill=0.86)
    fields = id_fields(sur, giv, num, "RUS", "FRA", dob, "F", vuntil)
    fields.update(
        visa_type="D",
        vls_ts=True,
        category="SALARIE",
        valid_from=vfrom.isoformat(),
        valid_until=vuntil.isoformat(),
    )
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [(f, [1])],
        fields,
        "DEFECT: VLS-TS valid 06/10/2025-05/10/2026, expired before the audit date; no "
        "titre de séjour or récépissé in the packet",
    )
    # ---- birth certificate + apostille (scanner PDF), sworn translation (scanner PDF)
    ap = dict(
        title="АПОСТИЛЬ",
        font="Serif",
        subheads=["Настоящий официальный документ", "Удостоверено"],
        items=[
            ("Страна:", "Российская Федерация"),
            ("подписан:", "Петровой Н. А."),
            ("выступающим в качестве:", "начальника отдела ЗАГС"),
            ("скреплён печатью/штампом:", "отдела ЗАГС Октябрьского района"),
            ("в", "г. Новосибирске"),
            ("дата", "03.07.2025"),
            ("кем", "Управлением по делам ЗАГС Новосибирской области"),
            ("за №", "54-1876/25"),
            ("Печать/штамп:", ""),
            ("Подпись:", ""),
        ],
        seal_ring="УПРАВЛЕНИЕ ПО ДЕЛАМ ЗАГС * НОВОСИБИРСК * ",
        seal_center=["АПОСТИЛЬ"],
    )
    bp = dict(
        surname_ru="Соколова",
        given_ru="Анастасия",
        patronymic_ru="Игоревна",
        dob_ru="09.04.1993",
        dob_ru_words="девятого апреля тысяча девятьсот девяносто третьего года",
        pob_ru="г. Новосибирск, Российская Федерация",
        record_ru="о чём 1993 года апреля месяца 21 числа составлена запись акта о рождении № 1187",
        father_ru="Соколов Игорь Владимирович",
        mother_ru="Соколова Елена Викторовна",
        zags_ru="Отдел записи актов гражданского состояния Октябрьского района г. Новосибирска "
        "Управления по делам ЗАГС Новосибирской области",
        issued_ru="17 июня 2025 г.",
        series_ru="II-ЕТ № 824519",
        apostille=ap,
    )
    f = pk.image_pdf(
        "svidetelstvo_o_rozhdenii_apostil.pdf", civil.russia_birth(bp, pk.rng("birth")), "birth"
    )
    pk.add(
        "birth_certificate",
        "image_pdf",
        [(f, [1])],
        {
            "surname": "Соколова",
            "given_names": "Анастасия",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "г. Новосибирск, Российская Федерация",
            "issuing_country": "RUS",
            "language": "ru",
            "has_apostille": True,
        },
        "duplicate (повторное) certificate in Russian; patronymic Игоревна on its own line; "
        "apostille on page 2 of the same file",
    )
    pk.add(
        "apostille",
        "image_pdf",
        [(f, [2])],
        {
            "country": "RUS",
            "issued_on": "2025-07-03",
            "number": "54-1876/25",
            "signed_by": "Петровой Н. А.",
        },
        "Russian apostille; signed_by as printed (instrumental case of Петрова Н. А., translated "
        "PETROVA N. A.)",
    )
    tp = translation_p04()
    f = pk.image_pdf(
        "traduction_assermentee_acte_naissance.pdf", civil.translation(tp, pk.rng("tr")), "tr"
    )
    pk.add(
        "translation",
        "image_pdf",
        [(f, [1, 2])],
        {},
        "sworn translation (Russian to French) of the certificate (page 1) and of the apostille "
        "(page 2) by a translator expert at the Paris court of appeal",
    )
    # ---- three TotalEnergies electricity bills: two PDFs, the last one an app screenshot
    addr = ["8 RUE DES ENVIERGES", "75020 PARIS"]
    idx = [10412, 10618, 10795, 11031]
    for i, (m, amt) in enumerate([(8, 46.18), (9, 41.73), (10, 55.20)]):
        start, end = date(2026, m, 1), date(2026, m, 31 if m in (8, 10) else 30)
        issue = date(2026, m + 1, 4 + (i % 2))
        b = dict(
            invoice=f"10{m:02d}2026{58113 + i * 31}",
            client="6 012 447 893",
            offer="Offre Verte Fixe",
            pdl="21458930216644",
            holder_print="MME ANASTASIIA SOKOLOVA",
            holder_plain="Mme Anastasiia Sokolova",
            address_lines=addr,
            issue=issue,
            start=start,
            end=end,
            amount=amt,
            debit=date(2026, m + 1, 14),
            idx0=idx[i],
            idx1=idx[i + 1],
            time="21:14",
            debit_txt=dmy(date(2026, m + 1, 14)),
            issue_txt=dmy(issue),
            period_txt=f"du {dmy(start)} au {dmy(end)}",
        )
        if m < 10:
            f = pk.text_pdf(
                f"TotalEnergies_facture_2026-{m:02d}.pdf", bills.total_energies(b, pk.rng(f"te{m}"))
            )
            look = "text_pdf"
        else:
            f = pk.png("IMG_2291.PNG", money.total_app_screen(b, pk.rng("teapp")))
            look = "screenshot"
        pk.add(
            "utility_bill",
            look,
            [(f, [1])],
            {
                "provider": "TotalEnergies",
                "service": "electricity",
                "holder_name": "ANASTASIIA SOKOLOVA",
                "address": "8 RUE DES ENVIERGES, 75020 PARIS",
                "issue_date": issue.isoformat(),
                "period_start": start.isoformat(),
                "period_end": end.isoformat(),
                "amount": amt,
                "month": f"2026-{m:02d}",
            },
            "monthly electricity bill" + (" shown in the supplier's app" if m == 10 else ""),
        )
    # ---- RIB: N26 screenshot with a German IBAN (foreign SEPA: information only)
    iban = iban_from_bban("DE", "10011001" + "2947306158")
    assert iban_ok(iban) and len(iban) == 22
    rr = dict(time="21:09", holder="Anastasiia Sokolova", iban=iban, bic="NTSBDEB1XXX", dark=True)
    f = pk.png("IMG_2288.PNG", money.n26_screen(rr, pk.rng("rib")))
    pk.add(
        "rib",
        "screenshot",
        [(f, [1])],
        {
            "holder_name": "Anastasiia Sokolova",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank SE",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "online bank, German (DE) SEPA IBAN: acceptable under Regulation (EU) 260/2012 (info only)",
    )
    # ---- payslip (flatbed scan)
    st = siret("82204917", "0018")
    pp = dict(
        period_txt="octobre 2026",
        start="01/10/2026",
        end="31/10/2026",
        paid_on="30/10/2026",
        employer="DATALYS CONSEIL SAS",
        employer_lines=["27 rue de Châteaudun", "75009 PARIS"],
        siret=st,
        naf="6202A",
        ccn="Syntec (IDCC 1486)",
        employee_print="Mme SOKOLOVA Anastasiia",
        employee_address=["8 rue des Envierges", "75020 PARIS"],
        matricule="DC-0231",
        job="Ingénieure data",
        entry="13/10/2025",
        contract="CDI",
        gross=4250.0,
        pas_rate=0.072,
        cadre=True,
        earnings=[("Salaire de base (forfait 218 jours)", None, None, 4250.0)],
        cp="22,9",
    )
    pdf, net = work.payslip(pp, pk.rng("pay"), "compact")
    f = pk.scan("bulletin_paie_2026_10.jpg", pdf, "pay", dpi=200)
    pk.add(
        "payslip",
        "scan",
        [(f, [1])],
        {
            "employer": "DATALYS CONSEIL SAS",
            "employee_name": "SOKOLOVA Anastasiia",
            "period": "2026-10",
            "net_pay": net,
            "siret": st,
        },
        "net_pay is the final 'NET PAYÉ' after income tax withheld at source (7,2 %)",
    )
    req = {k: "complete" for k in REQ}
    req["residence_status"] = "invalid"
    defect = (
        "residence_status: the VLS-TS expired on 2026-10-05, before the audit date (2026-11-27)"
    )
    return pk.truth(
        as_of,
        True,
        req,
        defect,
        {"surname": sur, "given_names": giv, "date_of_birth": dob.isoformat()},
    )


def translation_p04() -> dict:
    page1 = [
        ("Nom", "SOKOLOVA"),
        ("Prénom", "ANASTASIIA"),
        ("Patronyme", "IGOREVNA"),
        ("Date de naissance", "09.04.1993 (neuf avril mil neuf cent quatre-vingt-treize)"),
        ("Lieu de naissance", "ville de Novossibirsk, Fédération de Russie"),
        ("Acte de naissance", "dressé le 21 avril 1993 sous le n° 1187"),
        ("Père", "SOKOLOV Igor Vladimirovitch, citoyen de la Fédération de Russie"),
        ("Mère", "SOKOLOVA Elena Viktorovna, citoyenne de la Fédération de Russie"),
        (
            "Lieu d'enregistrement",
            "Service de l'état civil (ZAGS) de l'arrondissement Oktiabrski de la ville "
            "de Novossibirsk, Direction de l'état civil de la région de Novossibirsk",
        ),
        ("Date de délivrance", "17 juin 2025 (duplicata)"),
        ("Série et numéro", "II-ET n° 824519"),
        (
            "Mentions",
            "Sceau rond du service de l'état civil ; signature du chef du service : illisible",
        ),
    ]
    page2 = [
        ("1. Pays", "Fédération de Russie"),
        ("2. a été signé par", "PETROVA N. A."),
        ("3. agissant en qualité de", "chef du service de l'état civil (ZAGS)"),
        ("4. est revêtu du sceau de", "service de l'état civil de l'arrondissement Oktiabrski"),
        ("5. à", "Novossibirsk"),
        ("6. le", "03.07.2025"),
        ("7. par", "Direction de l'état civil de la région de Novossibirsk"),
        ("8. sous n°", "54-1876/25"),
        ("9. Sceau", "sceau rond de la Direction"),
        ("10. Signature", "illisible"),
    ]
    return dict(
        translator="Irina LEBRUN-VOLKOVA",
        translator_lines=[
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "Langue russe — 14 rue Custine, 75018 Paris — 06 62 18 40 73",
        ],
        number="TR-2026-0931",
        pages=[("ACTE DE NAISSANCE (DUPLICATA)", page1), ("APOSTILLE", page2)],
        certif="Je soussignée Irina LEBRUN-VOLKOVA, traductrice-interprète expert près la Cour "
        "d'appel "
        "de Paris, certifie que la présente traduction est conforme à l'original rédigé en langue "
        "russe "
        "qui m'a été présenté.",
        date="04/09/2026",
        seal_ring="TRADUCTEUR EXPERT * COUR D'APPEL DE PARIS * ",
        seal_center=["I. LEBRUN-", "VOLKOVA", "RUSSE"],
        footer="Traduction certifiée conforme — ne vaut que pour l'original présenté — n° "
        "TR-2026-0931",
    )
