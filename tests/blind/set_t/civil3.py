"""Birth certificates, part 3: Philippines, Vietnam, Australia, Québec, EU member states."""

from __future__ import annotations

import checks as ck
from civil import INK, H, W, border, boxed, en_date, fields_of
from tk import (
    Page,
    fit,
    guilloche,
    line,
    para,
    rect,
    signature,
    stamp,
    txt,
    vgrad,
)

# ---------------------------------------------------------------- Philippines (PSA, Municipal Form 102)


def philippines(b, rng):
    def draw(c):
        vgrad(c, 0, 0, W, H, (0.95, 0.96, 0.99), (0.98, 0.96, 0.93), 30)
        guilloche(c, 20, 20, W - 40, H - 40, rng, [(0.86, 0.88, 0.95)], n=90, lw=0.3, amp=8, step=4)
        txt(c, W / 2, H - 40, "PHILIPPINE STATISTICS AUTHORITY", "SansB", 10, (0.1, 0.2, 0.45), "c")
        txt(c, 40, H - 62, "Municipal Form No. 102", "Sans", 6.5, INK)
        txt(c, W / 2, H - 62, "Republic of the Philippines", "Serif", 8.5, INK, "c")
        txt(c, W / 2, H - 74, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "SerifB", 8.5, INK, "c")
        txt(c, W / 2, H - 94, "CERTIFICATE OF LIVE BIRTH", "SerifB", 14, INK, "c")
        x, bw = 40, W - 80
        y = H - 130
        boxed(c, x, y, bw * 0.6, 24, "Province", b["province"].upper())
        boxed(c, x + bw * 0.6, y, bw * 0.4, 24, "Registry No.", b["reg_no"])
        y -= 24
        boxed(c, x, y, bw, 24, "City/Municipality", b["city"].upper())
        y -= 32
        txt(c, x, y + 2, "1. NAME", "SansB", 7, INK)
        y -= 26
        boxed(c, x, y, bw / 3, 26, "(First)", b["given"].upper())
        boxed(c, x + bw / 3, y, bw / 3, 26, "(Middle)", b["middle"].upper())
        boxed(c, x + 2 * bw / 3, y, bw / 3, 26, "(Last)", b["surname"].upper())
        y -= 26
        boxed(c, x, y, bw * 0.25, 26, "2. SEX (Male/Female)", b["sex_word"].upper())
        boxed(
            c,
            x + bw * 0.25,
            y,
            bw * 0.75,
            26,
            "3. DATE OF BIRTH (Day) (Month) (Year)",
            "%d  %s  %d" % (b["dob"].day, ck.MONTHS_EN[b["dob"].month - 1].upper(), b["dob"].year),
        )
        y -= 26
        boxed(
            c,
            x,
            y,
            bw,
            26,
            "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution) (City/Municipality) (Province)",
            "%s, %s, %s" % (b["facility"].upper(), b["city"].upper(), b["province"].upper()),
            vs=8,
        )
        y -= 34
        txt(c, x, y + 2, "MOTHER", "SansB", 7, INK)
        y -= 26
        boxed(c, x, y, bw * 0.7, 26, "7. MAIDEN NAME (First) (Middle) (Last)", b["mother"].upper())
        boxed(c, x + bw * 0.7, y, bw * 0.3, 26, "8. CITIZENSHIP", "FILIPINO")
        y -= 34
        txt(c, x, y + 2, "FATHER", "SansB", 7, INK)
        y -= 26
        boxed(c, x, y, bw * 0.7, 26, "14. NAME (First) (Middle) (Last)", b["father"].upper())
        boxed(c, x + bw * 0.7, y, bw * 0.3, 26, "15. CITIZENSHIP", "FILIPINO")
        y -= 26
        boxed(c, x, y, bw, 26, "20a. DATE AND PLACE OF MARRIAGE OF PARENTS", b["marriage"].upper())
        y -= 36
        boxed(
            c,
            x,
            y,
            bw * 0.5,
            36,
            "RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR - Date",
            b["reg_date"].strftime("%m/%d/%Y"),
        )
        boxed(
            c,
            x + bw * 0.5,
            y,
            bw * 0.5,
            36,
            "Name and signature of civil registrar",
            b["registrar"].upper(),
            vs=8,
        )
        y -= 50
        para(
            c,
            x,
            y,
            bw,
            "This is to certify that this is a true and correct copy of the original document on file with the Philippine Statistics Authority. Issued on %s upon the request of the document owner."
            % en_date(b["issue_date"]),
            "Serif",
            8.5,
            11,
        )
        signature(c, W - 230, 70, 170, 45, b["psa_signer"], rng, color=(20, 20, 30))
        txt(c, W - 145, 62, b["psa_signer"].upper(), "SansB", 7.5, INK, "c")
        txt(c, W - 145, 52, "Civil Registrar General", "Sans", 7, INK, "c")
        txt(c, 40, 52, "SECPA No. %s" % b["secpa"], "MonoB", 9, (0.6, 0.1, 0.1))

    place = "%s, %s, %s" % (b["facility"].upper(), b["city"].upper(), b["province"].upper())
    return [Page(W, H, draw)], fields_of(
        b, place, "PHL", "en", b["surname"].upper(), b["given"].upper()
    )


# ---------------------------------------------------------------- Vietnam (giấy khai sinh, bản sao)


def vietnam(b, rng):
    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.99, 0.97, 0.92))
        border(c, rng, (0.75, 0.55, 0.4), 26, 8)
        txt(c, W / 2, H - 75, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DVB", 10.5, INK, "c")
        txt(c, W / 2, H - 90, "Độc lập - Tự do - Hạnh phúc", "DVB", 9.5, INK, "c")
        txt(c, W / 2, H - 130, "GIẤY KHAI SINH", "DVB", 18, (0.65, 0.1, 0.1), "c")
        txt(c, W / 2, H - 148, "(BẢN SAO)", "DV", 9, INK, "c")
        y = H - 190
        rows = [
            ("Họ, chữ đệm, tên:", b["full_vi"].upper()),
            (
                "Ngày, tháng, năm sinh:",
                "%s  (%s)" % (b["dob"].strftime("%d/%m/%Y"), b["dob_words_vi"]),
            ),
            ("Giới tính:", b["sex_vi"]),
            ("Dân tộc:", "Kinh"),
            ("Quốc tịch:", "Việt Nam"),
            ("Nơi sinh:", b["place_vi"]),
            ("Quê quán:", b["home_vi"]),
            ("Số định danh cá nhân:", b["id_no"]),
            ("Họ, chữ đệm, tên người mẹ:", b["mother_vi"].upper()),
            ("Họ, chữ đệm, tên người cha:", b["father_vi"].upper()),
            ("Nơi đăng ký khai sinh:", b["office_vi"]),
            ("Ngày, tháng, năm đăng ký:", b["reg_date"].strftime("%d/%m/%Y")),
        ]
        for lab, v in rows:
            txt(c, 70, y, lab, "DV", 9.5, INK)
            fit(c, 230, y, v, "DVSB", 10.5, W - 300, INK)
            y -= 28
        txt(
            c,
            W - 80,
            210,
            "Sao từ Sổ đăng ký khai sinh, ngày %s" % b["issue_date"].strftime("%d/%m/%Y"),
            "DV",
            9,
            INK,
            "r",
        )
        txt(c, W - 140, 190, "NGƯỜI KÝ BẢN SAO", "DVB", 9.5, INK, "c")
        signature(c, W - 230, 120, 170, 50, b["registrar"], rng)
        stamp(
            c,
            W - 170,
            140,
            "ỦY BAN NHÂN DÂN " + b["ward_vi"].upper(),
            ["★"],
            rng,
            color=(200, 30, 30),
            d_mm=34,
        )
        txt(c, W - 140, 105, b["registrar"], "DVB", 9.5, INK, "c")

    # Vietnamese order: family name first
    return [Page(W, H, draw)], fields_of(
        b, b["place_vi"], "VNM", "vi", b["surname"].upper(), b["given"].upper()
    )


# ---------------------------------------------------------------- Australia (NSW) and Québec


def australia(b, rng):
    def draw(c):
        vgrad(c, 0, 0, W, H, (0.93, 0.96, 0.98), (0.98, 0.96, 0.93), 30)
        guilloche(c, 20, 20, W - 40, H - 40, rng, [(0.84, 0.9, 0.94)], n=80, lw=0.3, amp=10, step=4)
        txt(c, 50, H - 60, "NEW SOUTH WALES", "SansB", 12, (0.1, 0.2, 0.4))
        txt(c, 50, H - 74, "Registry of Births Deaths & Marriages", "Sans", 9, (0.1, 0.2, 0.4))
        txt(c, W - 50, H - 60, "BIRTH CERTIFICATE", "SansB", 16, INK, "r")
        txt(c, W - 50, H - 76, "Registration number " + b["reg_no"], "Sans", 8.5, INK, "r")
        y = H - 130
        rows = [
            ("CHILD", None),
            ("Surname", b["surname"].upper()),
            ("Given names", b["given"]),
            ("Sex", b["sex_word"]),
            ("Date of birth", en_date(b["dob"])),
            ("Place of birth", b["place"]),
            ("MOTHER", None),
            ("Name", b["mother"]),
            ("Maiden surname", b["mother_maiden"]),
            ("Birthplace", b["mother_pob"]),
            ("FATHER", None),
            ("Name", b["father"]),
            ("Birthplace", b["father_pob"]),
            ("REGISTRATION", None),
            ("Informant(s)", b["mother"] + " (mother), " + b["father"] + " (father)"),
            ("Date of registration", en_date(b["reg_date"])),
        ]
        for lab, v in rows:
            if v is None:
                y -= 6
                rect(c, 50, y - 4, W - 100, 14, stroke=None, fill=(0.82, 0.88, 0.93))
                txt(c, 54, y, lab, "SansB", 8, (0.1, 0.2, 0.4))
                y -= 20
                continue
            txt(c, 60, y, lab, "Sans", 8.5, (0.3, 0.3, 0.35))
            fit(c, 200, y, v, "SansB", 10, W - 250, INK)
            y -= 19
        para(
            c,
            50,
            y - 20,
            W - 100,
            "I certify that this is a true copy of particulars recorded in a Register in the State of New South Wales in Australia. Issued at Sydney on "
            + en_date(b["issue_date"])
            + ".",
            "Sans",
            8.5,
            11,
        )
        signature(c, W - 230, 100, 170, 45, b["registrar"], rng)
        txt(c, W - 145, 95, b["registrar"] + ", Registrar", "Sans", 8, INK, "c")
        stamp(
            c,
            140,
            120,
            "REGISTRY OF BIRTHS DEATHS & MARRIAGES NSW",
            ["SEAL"],
            rng,
            color=(90, 90, 100),
            d_mm=30,
        )
        txt(
            c,
            50,
            50,
            "This certificate is invalid if it does not bear the Registry seal. Serial %s"
            % b["serial"],
            "Sans",
            6.5,
            (0.3, 0.3, 0.3),
        )

    return [Page(W, H, draw)], fields_of(
        b, b["place"], "AUS", "en", b["surname"].upper(), b["given"]
    )


def quebec(b, rng):
    def draw(c):
        vgrad(c, 0, 0, W, H, (0.94, 0.95, 0.99), (0.99, 0.98, 0.95), 30)
        guilloche(
            c, 20, 20, W - 40, H - 40, rng, [(0.86, 0.88, 0.96)], n=80, lw=0.3, amp=10, step=4
        )
        txt(c, 50, H - 60, "Directeur de l'état civil", "SansB", 12, (0.05, 0.2, 0.5))
        txt(c, 50, H - 74, "Québec", "SansB", 10, (0.05, 0.2, 0.5))
        txt(c, W - 50, H - 62, "COPIE D'ACTE DE NAISSANCE", "SansB", 14, INK, "r")
        y = H - 130
        for lab, v in [
            ("Nom de famille", b["surname"].upper()),
            ("Prénom(s)", b["given"]),
            ("Sexe", b["sex_word"]),
            ("Date de naissance", ck.fr_long(b["dob"])),
            ("Lieu de naissance", b["place"]),
            ("Mère", b["mother"]),
            ("Père", b["father"]),
            ("Numéro d'inscription", b["reg_no"]),
            ("Date d'inscription", ck.dmy(b["reg_date"])),
        ]:
            txt(c, 60, y, lab, "Sans", 8.5, (0.3, 0.3, 0.35))
            fit(c, 210, y, v, "SansB", 10.5, W - 260, INK)
            line(c, 205, y - 4, W - 55, y - 4, (0.75, 0.75, 0.85), 0.3)
            y -= 26
        para(
            c,
            50,
            y - 20,
            W - 100,
            "Copie conforme au registre de l'état civil du Québec, délivrée à Québec le %s."
            % ck.fr_long(b["issue_date"]),
            "Sans",
            9,
            12,
        )
        signature(c, W - 230, 100, 170, 45, b["registrar"], rng)
        txt(c, W - 145, 95, b["registrar"] + ", directeur de l'état civil", "Sans", 8, INK, "c")

    return [Page(W, H, draw)], fields_of(
        b, b["place"], "CAN", "fr", b["surname"].upper(), b["given"]
    )


# ---------------------------------------------------------------- EU member states (no apostille needed)

EUB = {
    "ITA": (
        "REPUBBLICA ITALIANA",
        "COMUNE DI {city}",
        "UFFICIO DELLO STATO CIVILE",
        "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA",
        [
            ("Cognome", "s"),
            ("Nome", "g"),
            ("Sesso", "sx"),
            ("Data di nascita", "d"),
            ("Luogo di nascita", "p"),
            ("Atto n.", "a"),
        ],
        "Si rilascia il presente estratto in carta libera per gli usi consentiti dalla legge. {city}, {issue}",
        "L'Ufficiale dello Stato Civile",
        "it",
    ),
    "ESP": (
        "REINO DE ESPAÑA",
        "REGISTRO CIVIL DE {city}",
        "MINISTERIO DE JUSTICIA",
        "CERTIFICACIÓN EN EXTRACTO DE INSCRIPCIÓN DE NACIMIENTO",
        [
            ("Apellidos", "s"),
            ("Nombre", "g"),
            ("Sexo", "sx"),
            ("Fecha de nacimiento", "d"),
            ("Lugar de nacimiento", "p"),
            ("Tomo / Página", "a"),
        ],
        "Certifico que la presente es fiel extracto de la inscripción. {city}, {issue}",
        "El/La Encargado/a del Registro Civil",
        "es",
    ),
    "DEU": (
        "STANDESAMT {city}",
        "",
        "",
        "GEBURTSURKUNDE",
        [
            ("Familienname", "s"),
            ("Vornamen", "g"),
            ("Geschlecht", "sx"),
            ("Tag der Geburt", "d"),
            ("Ort der Geburt", "p"),
            ("Registernummer", "a"),
        ],
        "{city}, den {issue}",
        "Der Standesbeamte / Die Standesbeamtin",
        "de",
    ),
    "POL": (
        "RZECZPOSPOLITA POLSKA",
        "URZĄD STANU CYWILNEGO W {city}",
        "",
        "ODPIS SKRÓCONY AKTU URODZENIA",
        [
            ("Nazwisko", "s"),
            ("Imię (imiona)", "g"),
            ("Płeć", "sx"),
            ("Data urodzenia", "d"),
            ("Miejsce urodzenia", "p"),
            ("Numer aktu", "a"),
        ],
        "Stwierdza się zgodność powyższego odpisu z treścią aktu. {city}, {issue}",
        "Kierownik Urzędu Stanu Cywilnego",
        "pl",
    ),
    "PRT": (
        "REPÚBLICA PORTUGUESA",
        "CONSERVATÓRIA DO REGISTO CIVIL DE {city}",
        "",
        "CERTIDÃO DE NASCIMENTO",
        [
            ("Apelidos", "s"),
            ("Nome próprio", "g"),
            ("Sexo", "sx"),
            ("Data de nascimento", "d"),
            ("Naturalidade", "p"),
            ("Assento n.º", "a"),
        ],
        "Está conforme o original. {city}, {issue}",
        "O(A) Conservador(a)",
        "pt",
    ),
    "ROU": (
        "ROMÂNIA",
        "PRIMĂRIA MUNICIPIULUI {city}",
        "SERVICIUL DE STARE CIVILĂ",
        "CERTIFICAT DE NAȘTERE",
        [
            ("Numele de familie", "s"),
            ("Prenumele", "g"),
            ("Sexul", "sx"),
            ("Data nașterii", "d"),
            ("Locul nașterii", "p"),
            ("Act nr.", "a"),
        ],
        "Eliberat la {city}, {issue}",
        "Ofițer de stare civilă",
        "ro",
    ),
}


def eu(b, rng, country):
    h1, h2, h3, title, rows, certif, officer, lang = EUB[country]
    city = b["city"]

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.99, 0.99, 0.97))
        if country in ("ROU", "POL"):
            guilloche(
                c, 30, 30, W - 60, H - 60, rng, [(0.9, 0.9, 0.95)], n=60, lw=0.3, amp=8, step=4
            )
        txt(c, 60, H - 60, h1.format(city=city.upper()), "SerifB", 11, INK)
        if h2:
            txt(c, 60, H - 75, h2.format(city=city.upper()), "Serif", 9.5, INK)
        if h3:
            txt(c, 60, H - 89, h3, "Serif", 8.5, INK)
        txt(c, W / 2, H - 140, title, "SerifB", 13, INK, "c")
        y = H - 200
        vals = {
            "s": b["surname"].upper(),
            "g": b["given"],
            "sx": b["sex_word"],
            "d": b["dob_local"],
            "p": b["place"],
            "a": b["act"],
        }
        for lab, key in rows:
            txt(c, 80, y, lab, "Serif", 10, (0.25, 0.25, 0.3))
            fit(c, 240, y, vals[key], "SerifB", 11, W - 300, INK)
            y -= 30
        txt(c, 80, y - 20, "Annotazioni / Mentions: —" if country == "ITA" else "", "Serif", 9, INK)
        para(
            c,
            80,
            y - 60,
            W - 160,
            certif.format(city=city, issue=b["issue_local"]),
            "Serif",
            10,
            13,
        )
        txt(c, W - 100, y - 110, officer, "Serif", 10, INK, "r")
        signature(c, W - 260, y - 180, 170, 50, b["registrar"], rng)
        stamp(
            c,
            170,
            y - 150,
            h2.format(city=city.upper())[:34] if h2 else h1.format(city=city.upper()),
            ["STATO CIVILE" if country == "ITA" else "★"],
            rng,
            d_mm=30,
        )
        if country == "ITA":
            txt(
                c,
                60,
                60,
                "Esente da legalizzazione ai sensi del Regolamento (UE) 2016/1191.",
                "SerifI",
                7.5,
                (0.3, 0.3, 0.3),
            )

    return [Page(W, H, draw)], fields_of(
        b,
        b["place"],
        country if country != "DEU" else "DEU",
        lang,
        b["surname"].upper(),
        b["given"],
    )
