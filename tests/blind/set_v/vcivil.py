"""Country templates for birth certificates and apostilles (from public descriptions)."""

from __future__ import annotations

from vcore import d, fr, fr_words

MES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
MES = MES.split()
MESES_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
MONTH_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
AY_TR = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]


def en_long(s):
    x = d(s)
    return f"{MONTH_EN[x.month - 1]} {x.day}, {x.year}"


def es_long(s):
    x = d(s)
    return f"{x.day} de {MES[x.month - 1]} de {x.year}"


def pt_long(s):
    x = d(s)
    return f"{x.day} de {MESES_PT[x.month - 1]} de {x.year}"


def birth_template(cc, p, reg):
    """p: person dict (surname, given, dob, sex, pob, father, mother). reg: issue data."""
    full = f"{p['given']} {p['surname']}"
    sexw = {"F": "F", "M": "M"}[p["sex"]]
    if cc == "BRA":
        b = {
            "heading": [
                "REPÚBLICA FEDERATIVA DO BRASIL",
                "REGISTRO CIVIL DAS PESSOAS NATURAIS",
                reg["office"],
            ],
            "title": "CERTIDÃO DE NASCIMENTO",
            "rows": [
                ("NOME", full),
                ("DATA DE NASCIMENTO", f"{fr(p['dob'])} ({pt_long(p['dob'])})"),
                ("LOCAL DE NASCIMENTO", p["pob"]),
                ("SEXO", "FEMININO" if sexw == "F" else "MASCULINO"),
                ("FILIAÇÃO", p["father"]),
                ("", p["mother"]),
                ("MATRÍCULA", reg["number"]),
            ],
            "done": f"{reg['city']}, {pt_long(reg['date'])}.",
            "officer": "O(A) Oficial",
            "officer_name": reg["officer"],
            "stamp": ["CARTÓRIO DE REGISTRO CIVIL", "OFICIAL"],
            "fonts": ("serif", "serif-b"),
            "border": (0.2, 0.45, 0.3),
        }
        lang = "pt"
    elif cc in ("USA", "IND", "PHL"):
        heads = {
            "USA": [
                "STATE OF ILLINOIS",
                "DEPARTMENT OF PUBLIC HEALTH",
                "Division of Vital Records",
            ],
            "IND": [
                "GOVERNMENT OF TAMIL NADU",
                "DEPARTMENT OF PUBLIC HEALTH",
                "(Issued under Section 12/17 of the RBD Act, 1969)",
            ],
            "PHL": [
                "Republic of the Philippines",
                "PHILIPPINE STATISTICS AUTHORITY",
                "Office of the Civil Registrar General",
            ],
        }[cc]
        b = {
            "heading": heads,
            "title": "CERTIFICATE OF LIVE BIRTH" if cc != "IND" else "BIRTH CERTIFICATE",
            "rows": [
                ("Name of child / Surname", p["surname"]),
                ("Given name(s)", p["given"]),
                ("Sex", "Female" if sexw == "F" else "Male"),
                ("Date of birth", en_long(p["dob"])),
                ("Place of birth", p["pob"]),
                ("Father", p["father"]),
                ("Mother (maiden name)", p["mother"]),
                ("Registration No.", reg["number"]),
                ("Date of registration", fr(reg["reg"])),
            ],
            "done": f"Issued on {en_long(reg['date'])}",
            "officer": reg["title"],
            "officer_name": reg["officer"],
            "stamp": [reg["seal"], "REGISTRAR"],
            "fonts": ("sans", "sans-b"),
            "border": (0.3, 0.3, 0.5),
        }
        lang = "en"
    elif cc in ("COL", "MEX"):
        b = {
            "heading": (
                [
                    "REPÚBLICA DE COLOMBIA",
                    "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
                    "REGISTRO CIVIL DE NACIMIENTO",
                ]
                if cc == "COL"
                else [
                    "ESTADOS UNIDOS MEXICANOS",
                    "REGISTRO NACIONAL DE POBLACIÓN",
                    "Registro Civil del Estado de Jalisco",
                ]
            ),
            "title": "REGISTRO CIVIL DE NACIMIENTO" if cc == "COL" else "ACTA DE NACIMIENTO",
            "rows": [
                ("Primer y segundo apellido", p["surname"]),
                ("Nombre(s)", p["given"]),
                ("Sexo", "FEMENINO" if sexw == "F" else "MASCULINO"),
                ("Fecha de nacimiento", es_long(p["dob"])),
                ("Lugar de nacimiento", p["pob"]),
                ("Padre", p["father"]),
                ("Madre", p["mother"]),
                ("Indicativo serial / CURP", reg["number"]),
            ],
            "done": f"Expedido en {reg['city']}, el {es_long(reg['date'])}",
            "officer": reg["title"],
            "officer_name": reg["officer"],
            "stamp": [reg["seal"], "REGISTRO", "CIVIL"],
            "fonts": ("dejavu", "dejavu-b"),
            "border": (0.15, 0.4, 0.25),
        }
        lang = "es"
    elif cc == "UKR":
        b = {
            "heading": ["УКРАЇНА", "СВІДОЦТВО ПРО НАРОДЖЕННЯ", reg["office"]],
            "title": "СВІДОЦТВО ПРО НАРОДЖЕННЯ",
            "rows": [
                ("Прізвище", p["surname_local"]),
                ("Ім'я, по батькові", p["given_local"]),
                ("Дата народження", fr(p["dob"]).replace("/", ".")),
                ("Місце народження", p["pob_local"]),
                ("Батько", p["father"]),
                ("Мати", p["mother"]),
                ("Актовий запис №", reg["number"]),
            ],
            "done": f"Дата видачі {fr(reg['date']).replace('/', '.')}",
            "officer": "Керівник відділу ДРАЦС",
            "officer_name": reg["officer"],
            "stamp": ["ВІДДІЛ ДРАЦС", "УКРАЇНА"],
            "fonts": ("dserif", "dserif-b"),
            "border": (0.5, 0.35, 0.6),
            "paper": (0.97, 0.95, 0.98),
        }
        lang = "uk"
    elif cc == "TUR":
        x = d(p["dob"])
        b = {
            "heading": [
                "TÜRKİYE CUMHURİYETİ",
                "İÇİŞLERİ BAKANLIĞI",
                "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
            ],
            "title": "DOĞUM KAYIT ÖRNEĞİ",
            "rows": [
                ("Soyadı", p["surname"]),
                ("Adı", p["given"]),
                ("Cinsiyeti", "Kadın" if sexw == "F" else "Erkek"),
                ("Doğum Tarihi", f"{x.day} {AY_TR[x.month - 1]} {x.year}"),
                ("Doğum Yeri", p["pob"]),
                ("Baba Adı", p["father"]),
                ("Ana Adı", p["mother"]),
                ("T.C. Kimlik No", reg["number"]),
            ],
            "done": f"Düzenlenme Tarihi: {fr(reg['date']).replace('/', '.')}",
            "officer": "Nüfus Müdürü",
            "officer_name": reg["officer"],
            "stamp": ["NÜFUS MÜDÜRLÜĞÜ", "KADIKÖY"],
            "fonts": ("dejavu", "dejavu-b"),
        }
        lang = "tr"
    elif cc == "ITA":
        b = {
            "heading": [
                "REPUBBLICA ITALIANA",
                f"COMUNE DI {reg['city'].upper()}",
                "Ufficio dello Stato Civile",
            ],
            "title": "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA",
            "rows": [
                ("Cognome", p["surname"]),
                ("Nome", p["given"]),
                ("Sesso", sexw),
                ("Data di nascita", fr(p["dob"]).replace("/", ".")),
                ("Luogo di nascita", p["pob"]),
                ("Padre", p["father"]),
                ("Madre", p["mother"]),
                ("Atto n.", reg["number"]),
            ],
            "body": [
                "Modulo standard multilingue allegato ai sensi del Regolamento (UE) 2016/1191."
            ],
            "done": f"{reg['city']}, {fr(reg['date'])}",
            "officer": "L'Ufficiale dello Stato Civile",
            "officer_name": reg["officer"],
            "stamp": ["COMUNE DI " + reg["city"].upper(), "STATO CIVILE"],
            "fonts": ("serif", "serif-b"),
        }
        lang = "it"
    else:  # francophone extracts (Maghreb, West/Central Africa, Haiti)
        heads = {
            "MAR": ["ROYAUME DU MAROC", "Ministère de l'Intérieur", reg.get("office", "")],
            "DZA": [
                "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
                f"Commune de {reg['city']}",
                "Service de l'État civil",
            ],
            "SEN": [
                "RÉPUBLIQUE DU SÉNÉGAL",
                "Un Peuple - Un But - Une Foi",
                f"Centre d'état civil de {reg['city']}",
            ],
            "CMR": [
                "RÉPUBLIQUE DU CAMEROUN",
                "Paix - Travail - Patrie",
                f"Centre d'état civil de {reg['city']}",
            ],
            "HTI": [
                "RÉPUBLIQUE D'HAÏTI",
                "ARCHIVES NATIONALES D'HAÏTI",
                f"Officier de l'État civil de {reg['city']}",
            ],
            "VNM": [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                f"UBND {reg['city']}",
            ],
        }[cc]
        if cc == "VNM":
            b = {
                "heading": heads,
                "title": "GIẤY KHAI SINH (BẢN SAO)",
                "rows": [
                    ("Họ, chữ đệm, tên", f"{p['surname']} {p['given']}"),
                    ("Ngày, tháng, năm sinh", fr(p["dob"])),
                    ("Giới tính", "Nữ" if sexw == "F" else "Nam"),
                    ("Nơi sinh", p["pob"]),
                    ("Họ tên cha", p["father"]),
                    ("Họ tên mẹ", p["mother"]),
                    ("Số", reg["number"]),
                ],
                "done": f"{reg['city']}, ngày {fr(reg['date'])}",
                "officer": "TM. ỦY BAN NHÂN DÂN",
                "officer_name": reg["officer"],
                "stamp": ["ỦY BAN NHÂN DÂN", "VIỆT NAM"],
                "fonts": ("dserif", "dserif-b"),
                "border": (0.6, 0.2, 0.2),
            }
            lang = "vi"
        else:
            title = {
                "MAR": "EXTRAIT D'ACTE DE NAISSANCE",
                "DZA": "EXTRAIT D'ACTE DE NAISSANCE",
                "SEN": "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
                "CMR": "ACTE DE NAISSANCE / BIRTH CERTIFICATE",
                "HTI": "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL",
            }[cc]
            b = {
                "heading": heads,
                "title": title,
                "rows": [
                    ("Nom", p["surname"]),
                    ("Prénom(s)", p["given"]),
                    ("Né(e) le", fr_words(p["dob"])),
                    ("à", p["pob"]),
                    ("Sexe", "Féminin" if sexw == "F" else "Masculin"),
                    ("Fils / Fille de", p["father"]),
                    ("et de", p["mother"]),
                    ("Acte n°", reg["number"]),
                ],
                "done": f"Délivré à {reg['city']}, le {fr(reg['date'])}",
                "officer": "L'Officier de l'état civil",
                "officer_name": reg["officer"],
                "stamp": [reg.get("seal", "ÉTAT CIVIL"), "OFFICIER", "ÉTAT CIVIL"],
                "fonts": ("dserif", "dserif-b") if cc != "SEN" else ("serif", "serif-b"),
                "handfill": reg.get("handfill"),
                "paper": reg.get("paper", (1, 1, 1)),
                "border": reg.get("border"),
            }
            lang = "fr"
    b["ref"] = reg.get("ref")
    fields = {
        "surname": p.get("cert_surname", p["surname"]),
        "given_names": p.get("cert_given", p["given"]),
        "date_of_birth": p["dob"],
        "place_of_birth": p["pob"],
        "issuing_country": cc,
        "language": lang,
        "has_apostille": False,
    }
    return b, fields


APO_LABELS = {
    "en": (
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
        "(Convention de La Haye du 5 octobre 1961)",
    ),
    "fr": (
        "Pays :",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau / timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau / timbre :",
        "Signature :",
        "(Convention de La Haye du 5 octobre 1961)",
    ),
    "es": (
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre:",
        "Firma:",
        "(Convention de La Haye du 5 octobre 1961)",
    ),
    "pt": (
        "País:",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo/carimbo:",
        "Assinatura:",
        "(Convention de La Haye du 5 octobre 1961)",
    ),
}


def apostille_template(
    cc, lang, country_txt, signer, capacity, seal, city, date, by, number, date_txt=None
):
    lb = APO_LABELS[lang]
    a = {
        "l_country": lb[0],
        "l_doc": lb[1],
        "l_signed": lb[2],
        "l_capacity": lb[3],
        "l_seal": lb[4],
        "l_cert": lb[5],
        "l_at": lb[6],
        "l_on": lb[7],
        "l_by": lb[8],
        "l_no": lb[9],
        "l_stamp": lb[10],
        "l_sig": lb[11],
        "conv": lb[12],
        "country_txt": country_txt,
        "signer": signer,
        "capacity": capacity,
        "seal": seal,
        "city": city,
        "date_txt": date_txt or fr(date),
        "by": by,
        "number": number,
        "stamp": [country_txt.upper()[:22], "APOSTILLE"],
    }
    fields = {"country": cc, "issued_on": date, "number": number, "signed_by": by}
    return a, fields
