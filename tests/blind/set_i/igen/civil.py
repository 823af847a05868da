"""Birth certificates of many countries, apostilles (Hague 1961 model, 10 numbered items) and
sworn translations.

Each certificate follows the publicly described layout of its country's civil-status extract:
Colombian "Registro Civil de Nacimiento" (serial indicator, NUIP, datos del inscrito),
Mexican "Acta de Nacimiento" (CURP, Registro Civil), Brazilian "Certidão de Nascimento"
(matrícula, filiação, avós), US state "Certification of Birth" (state file number, registrar),
UK GRO "Certified copy of an entry of birth" (numbered columns), Indian "Form No. 5"
under the RBD Act 1969, Philippine PSA "Certificate of Live Birth" (Municipal Form 102),
Chinese notarial certificate of birth with its English version, Ukrainian "Свідоцтво про
народження", Turkish multilingual "Formül A", the bilingual Arabic/French extracts of
Morocco, Algeria and Tunisia, and the French-language extracts of Senegal, Côte d'Ivoire,
Cameroon (bilingual), Mali and DR Congo, the Italian "Estratto per riassunto" and the
EU multilingual standard form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .hand import rtl_text, signature, stamp_round
from .model import Doc
from .paint import Page, Pg
from .util import (
    MESES,
    MONTHS_EN,
    en_dmy,
    en_long,
    es_long,
    fr,
    fr_long,
    pt_long,
    rng_for,
)


@dataclass
class Birth:
    surname: str  # as printed
    given: str
    sex: str
    dob: dt.date
    place: str  # as printed (truth place_of_birth)
    country: str  # ISO3 of issuing country
    father: str
    mother: str
    issued_on: dt.date
    reg_no: str = "0427"
    officer: str = ""
    issue_city: str = ""
    extra: dict = field(default_factory=dict)
    time: str = "08h35"

    def truth(self, has_apostille: bool) -> dict:
        return {
            "surname": self.surname,
            "given_names": self.given,
            "date_of_birth": self.dob.isoformat(),
            "place_of_birth": self.place,
            "issuing_country": self.country,
            "has_apostille": has_apostille,
        }


def _border(p: Pg, col=(120, 120, 120), lw=0.8, m=8):
    p.rect(m, m, 210 - 2 * m, 297 - 2 * m, lw=lw, stroke=col)


def _seal(p: Pg, rng, ring, center, x, y, w=32, color=(40, 60, 160)):
    p.img(stamp_round(ring, center, rng, color=color), x, y, w=w)


def _sig(p: Pg, rng, name, x, y, w=40, ink="blue"):
    """An official's signature: an illegible scribble."""
    p.img(signature(name, rng, ink=ink, style=2), x, y, w=w)


def _kv(p: Pg, x, y, label, value, f="Arial", fb="Arial-B", sz=9.5, lw=60, col=(0, 0, 0)):
    p.t(x, y, label, f, sz - 1, (70, 70, 70))
    p.fit(x + lw, y, value, 190 - x - lw, fb, sz, col)


# ------------------------------------------------------------------ Latin America


def bc_col(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)
    ap = b.surname.split(" ")
    s1, s2 = ap[0], " ".join(ap[1:])

    def draw(p: Pg):
        p.rect(10, 10, 190, 277, lw=0.6)
        p.t(105, 20, "REPÚBLICA DE COLOMBIA", "Arial-B", 11, align="c")
        p.t(105, 25, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "Arial-B", 9, align="c")
        p.t(105, 32, "REGISTRO CIVIL DE NACIMIENTO", "Arial-B", 14, (20, 60, 120), align="c")
        p.t(150, 42, "Indicativo Serial", "Arial", 7)
        p.rect(150, 43.5, 45, 8, lw=0.5)
        p.t(172.5, 49, b.extra.get("serial", "58214736"), "Courier-B", 11, align="c")
        p.t(15, 42, "NUIP", "Arial", 7)
        p.rect(15, 43.5, 60, 8, lw=0.5)
        p.t(45, 49, b.extra.get("nuip", "1.019.254.876"), "Courier-B", 11, align="c")
        y = 60

        def box(title, rows, y):
            p.rect(15, y, 180, 5.5, lw=0, stroke=None, fill=(220, 228, 240))
            p.t(17, y + 4, title, "Arial-B", 8)
            y += 5.5
            for row in rows:
                x = 15
                wcol = 180 / len(row)
                for lab, val in row:
                    p.rect(x, y, wcol, 11, lw=0.4)
                    p.t(x + 1.5, y + 3.5, lab, "Arial", 6.3, (80, 80, 80))
                    p.fit(x + 1.5, y + 9, val, wcol - 3, "Courier-B", 9.5)
                    x += wcol
                y += 11
            return y + 3

        y = box(
            "Datos de la oficina de registro",
            [
                [
                    ("Clase de oficina", "NOTARÍA"),
                    (
                        "País - Departamento - Municipio",
                        b.extra.get("office", "COLOMBIA - CUNDINAMARCA - BOGOTÁ D.C."),
                    ),
                    ("Código", "B4J"),
                ]
            ],
            y,
        )
        y = box(
            "Datos del inscrito",
            [
                [("Primer Apellido", s1), ("Segundo Apellido", s2)],
                [
                    ("Nombre(s)", b.given),
                    ("Sexo (en letras)", "FEMENINO" if b.sex == "F" else "MASCULINO"),
                ],
                [
                    (
                        "Fecha de nacimiento",
                        f"{b.dob.day:02d} {MESES[b.dob.month - 1].upper()} {b.dob.year}",
                    ),
                    ("Hora", b.time.replace("h", ":")),
                ],
                [
                    (
                        "Lugar de nacimiento (País - Departamento - Municipio - Corregimiento)",
                        b.place,
                    )
                ],
            ],
            y,
        )
        y = box(
            "Datos de la madre",
            [
                [
                    ("Apellidos y nombres completos", b.mother),
                    ("Documento de identificación", "C.C. 51.842.377"),
                ]
            ],
            y,
        )
        y = box(
            "Datos del padre",
            [
                [
                    ("Apellidos y nombres completos", b.father),
                    ("Documento de identificación", "C.C. 79.351.208"),
                ]
            ],
            y,
        )
        y = box(
            "Datos del declarante",
            [[("Apellidos y nombres completos", b.father), ("Firma", "")]],
            y,
        )
        p.t(
            17,
            y + 4,
            f"Fecha de inscripción: {b.dob.day + 3 if b.dob.day < 25 else 28:02d} {MESES[b.dob.month - 1].upper()} {b.dob.year}",
            "Arial",
            8,
        )
        p.t(
            17,
            y + 12,
            f"ES FIEL COPIA TOMADA DEL ORIGINAL — Expedida en Bogotá D.C. el {es_long(b.issued_on)}",
            "Arial-B",
            8,
        )
        _sig(p, rng, b.officer or "Notario", 120, y + 16, 45)
        p.t(120, y + 36, b.officer or "NOTARIO QUINTO DEL CÍRCULO DE BOGOTÁ", "Arial", 7.5)
        _seal(
            p, rng, "NOTARÍA QUINTA * BOGOTÁ D.C. *", ["REPÚBLICA", "DE COLOMBIA"], 25, y + 14, 34
        )
        p.t(
            105,
            282,
            "ORIGINAL PARA LA OFICINA DE REGISTRO — Decreto 1260 de 1970",
            "Arial",
            6.5,
            (90, 90, 90),
            align="c",
        )

    return [Page(draw)]


def bc_mex(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)
    curp = b.extra.get("curp", "GOLM920814MJCRPR07")

    def draw(p: Pg):
        p.rect(0, 0, 210, 297, lw=0, stroke=None, fill=(250, 248, 240))
        for i in range(40):
            p.wave(0, 7 * i, 210, 1.5, 30, (225, 232, 220), lw=0.2, phase=i)
        p.t(105, 18, "ESTADOS UNIDOS MEXICANOS", "Times-B", 13, align="c")
        p.t(105, 25, "ACTA DE NACIMIENTO", "Times-B", 17, (110, 30, 50), align="c")
        p.t(
            105,
            31,
            f"{b.extra.get('state', 'ESTADO DE JALISCO')} — REGISTRO CIVIL",
            "Times",
            10,
            align="c",
        )
        p.t(15, 42, f"Identificador electrónico: 140390{b.reg_no}2019{b.dob.year}", "Courier", 8)
        p.t(195, 42, f"CURP {curp}", "Courier-B", 9, align="r")
        p.table(
            15,
            48,
            [40, 40, 30, 30, 40],
            [
                [
                    f"{b.extra.get('entidad', '14')}",
                    b.extra.get("municipio", "GUADALAJARA"),
                    "0001",
                    str(b.dob.year),
                    b.reg_no,
                ]
            ],
            "Times",
            9,
            6,
            head=[
                "Entidad de registro",
                "Municipio de registro",
                "Oficialía",
                "Fecha de registro",
                "Acta",
            ],
            head_font="Times-B",
            aligns=["c"] * 5,
            head_fill=(230, 222, 210),
        )
        p.t(15, 70, "DATOS DE LA PERSONA REGISTRADA", "Times-B", 10, (110, 30, 50))
        words = b.surname.split(" ")
        rows = [
            ["Nombre(s):", b.given],
            ["Primer apellido:", words[0]],
            ["Segundo apellido:", " ".join(words[1:]) or "—"],
            ["Sexo:", "MUJER" if b.sex == "F" else "HOMBRE"],
            ["Fecha de nacimiento:", b.dob.strftime("%d/%m/%Y")],
            ["Lugar de nacimiento:", b.place],
            ["CURP:", curp],
        ]
        y = p.table(15, 73, [50, 130], rows, "Times", 10, 6.5, aligns=["l", "l"], grid=False)
        p.t(15, y + 6, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA", "Times-B", 10, (110, 30, 50))
        y = p.table(
            15,
            y + 9,
            [50, 130],
            [
                ["Padre:", b.father],
                ["Nacionalidad:", "MEXICANA"],
                ["Madre:", b.mother],
                ["Nacionalidad:", "MEXICANA"],
            ],
            "Times",
            10,
            6.5,
            aligns=["l", "l"],
            grid=False,
        )
        p.para(
            15,
            y + 8,
            180,
            "Se certifica que los datos asentados en la presente son una transcripción fiel "
            "de los que se encuentran en la base de datos nacional del Registro Civil. Lugar y fecha de "
            f"expedición: {b.extra.get('municipio', 'GUADALAJARA').title()}, {es_long(b.issued_on)}.",
            "Times",
            9.5,
            4.6,
        )
        _sig(p, rng, b.officer or "Oficial", 120, y + 22, 44, "black")
        p.t(142, y + 44, b.officer or "LIC. MARÍA ELENA TORRES VÁZQUEZ", "Times", 8, align="c")
        p.t(142, y + 48, "OFICIAL DEL REGISTRO CIVIL", "Times-B", 8, align="c")
        _seal(
            p,
            rng,
            "REGISTRO CIVIL * JALISCO *",
            ["ESTADOS", "UNIDOS", "MEXICANOS"],
            30,
            y + 20,
            36,
            (60, 60, 60),
        )
        p.rect(160, 255, 30, 30, lw=0.3)
        for i in range(10):
            for j in range(10):
                if rng.random() < 0.5:
                    p.rect(
                        161 + i * 2.8, 256 + j * 2.8, 2.8, 2.8, lw=0, stroke=None, fill=(0, 0, 0)
                    )

    return [Page(draw)]


def bc_bra(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)
    mat = b.extra.get("matricula", "118455 01 55 2019 1 00087 214 0041528-37")

    def draw(p: Pg):
        p.rect(10, 10, 190, 277, lw=1.2, stroke=(20, 90, 50))
        p.t(105, 22, "REPÚBLICA FEDERATIVA DO BRASIL", "Times-B", 12, align="c")
        p.t(105, 28, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "Times", 10, align="c")
        p.t(105, 38, "CERTIDÃO DE NASCIMENTO", "Times-B", 16, (20, 90, 50), align="c")
        y = 48
        p.t(15, y, "NOME", "Arial", 7, (80, 80, 80))
        p.t(15, y + 5, f"{b.given} {b.surname}", "Times-B", 12)
        p.t(150, y, "CPF", "Arial", 7, (80, 80, 80))
        p.t(150, y + 5, b.extra.get("cpf", "123.456.789-09"), "Times", 11)
        y += 12
        p.t(15, y, "MATRÍCULA", "Arial", 7, (80, 80, 80))
        p.t(15, y + 5, mat, "Courier-B", 10)
        y += 12
        p.t(15, y, "DATA DE NASCIMENTO POR EXTENSO", "Arial", 7, (80, 80, 80))
        p.t(15, y + 5, pt_long(b.dob).upper(), "Times", 11)
        y += 11
        p.table(
            15,
            y,
            [30, 30, 30, 30, 60],
            [
                [
                    f"{b.dob.day:02d}",
                    f"{b.dob.month:02d}",
                    str(b.dob.year),
                    b.time.replace("h", ":"),
                    "FEMININO" if b.sex == "F" else "MASCULINO",
                ]
            ],
            "Times",
            10,
            6.5,
            head=["DIA", "MÊS", "ANO", "HORA", "SEXO"],
            head_font="Arial",
            aligns=["c"] * 5,
            head_fill=None,
        )
        y += 18
        p.t(
            15,
            y,
            "NATURALIDADE / MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO",
            "Arial",
            7,
            (80, 80, 80),
        )
        p.t(15, y + 5, b.place, "Times", 11)
        y += 11
        p.t(15, y, "LOCAL DE NASCIMENTO", "Arial", 7, (80, 80, 80))
        p.t(15, y + 5, b.extra.get("hospital", "HOSPITAL SÃO LUIZ"), "Times", 11)
        y += 11
        p.t(15, y, "FILIAÇÃO", "Arial", 7, (80, 80, 80))
        p.t(15, y + 5, b.father, "Times", 11)
        p.t(15, y + 10, b.mother, "Times", 11)
        y += 16
        p.t(15, y, "AVÓS", "Arial", 7, (80, 80, 80))
        for i, g in enumerate(
            b.extra.get(
                "avos",
                [
                    "JOSÉ CARLOS SOUZA",
                    "MARIA APARECIDA SOUZA",
                    "ANTÔNIO PEREIRA SILVA",
                    "LÚCIA HELENA SILVA",
                ],
            )
        ):
            p.t(15 + (i % 2) * 90, y + 5 + (i // 2) * 5, g, "Times", 10)
        y += 18
        p.t(15, y, "DATA DO REGISTRO", "Arial", 7, (80, 80, 80))
        p.t(15, y + 5, fr(b.dob + dt.timedelta(days=6)), "Times", 11)
        p.t(100, y, "OBSERVAÇÕES / AVERBAÇÕES", "Arial", 7, (80, 80, 80))
        p.t(100, y + 5, "NADA CONSTA", "Times", 11)
        y += 16
        p.para(
            15,
            y,
            180,
            "O conteúdo da certidão é verdadeiro. Dou fé. "
            f"{b.extra.get('cartorio', 'Oficial de Registro Civil das Pessoas Naturais do 28º Subdistrito — Jardim Paulista, São Paulo - SP')}. "
            f"Data: {pt_long(b.issued_on)}.",
            "Times",
            10,
            4.8,
        )
        _sig(p, rng, b.officer or "Oficial", 120, y + 14, 44, "blue")
        p.t(
            140,
            y + 36,
            b.officer or "Ana Paula Ribeiro — Escrevente autorizada",
            "Times",
            8.5,
            align="c",
        )
        _seal(
            p,
            rng,
            "CARTÓRIO DE REGISTRO CIVIL * SÃO PAULO *",
            ["SELO", "DIGITAL"],
            25,
            y + 12,
            34,
            (20, 90, 50),
        )
        p.t(
            15,
            278,
            "Selo digital: 1184551CN000000098765432 — Consulte em www.tjsp.jus.br/selodigital",
            "Arial",
            7,
            (80, 80, 80),
        )

    return [Page(draw)]


# ------------------------------------------------------------------ English-speaking


def bc_usa(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)
    state = b.extra.get("state", "CALIFORNIA")
    county = b.extra.get("county", "LOS ANGELES")

    def draw(p: Pg):
        p.rect(0, 0, 210, 297, lw=0, stroke=None, fill=(244, 246, 238))
        for i in range(60):
            p.wave(0, 5 * i, 210, 1.2, 18, (220, 228, 214), lw=0.25, phase=i * 0.7)
        p.rect(10, 10, 190, 200, lw=1.5, stroke=(60, 90, 60))
        p.t(105, 22, f"STATE OF {state}", "Times-B", 14, align="c")
        p.t(105, 29, "CERTIFICATION OF VITAL RECORD", "Times-B", 11, align="c")
        p.t(105, 38, "CERTIFICATE OF LIVE BIRTH", "Times-B", 16, (30, 60, 30), align="c")
        p.t(
            15,
            48,
            f"STATE FILE NUMBER  {b.dob.year}19{b.reg_no}{rng.randint(1000, 9999)}",
            "Courier",
            8.5,
        )
        p.t(
            195,
            48,
            f"LOCAL REGISTRATION NUMBER  {rng.randint(10000, 99999)}",
            "Courier",
            8.5,
            align="r",
        )
        words = b.given.split(" ")
        rows = [
            [
                ("1A. NAME OF CHILD — FIRST (GIVEN)", words[0]),
                ("1B. MIDDLE", " ".join(words[1:]) or "—"),
                ("1C. LAST (FAMILY)", b.surname),
            ],
            [
                ("2. SEX", "FEMALE" if b.sex == "F" else "MALE"),
                ("3A. THIS BIRTH", "SINGLE"),
                ("4A. DATE OF BIRTH", b.dob.strftime("%m/%d/%Y")),
                ("4B. HOUR", b.time.replace("h", "")),
            ],
            [
                (
                    "5A. PLACE OF BIRTH — NAME OF HOSPITAL",
                    b.extra.get("hospital", "CEDARS-SINAI MEDICAL CENTER"),
                ),
                ("5B. CITY", b.place.split(",")[0]),
                ("5C. COUNTY", county),
            ],
            [("6A. NAME OF FATHER/PARENT", b.father), ("6B. BIRTHPLACE", "OHIO")],
            [
                ("7A. NAME OF MOTHER/PARENT — PRIOR TO FIRST MARRIAGE", b.mother),
                ("7B. BIRTHPLACE", "TEXAS"),
            ],
        ]
        y = 54
        for row in rows:
            x = 15
            wcol = 180 / len(row)
            for lab, val in row:
                p.rect(x, y, wcol, 12, lw=0.4, stroke=(60, 90, 60))
                p.t(x + 1.2, y + 3.3, lab, "Arial", 5.6, (60, 60, 60))
                p.fit(x + 1.2, y + 9.5, val, wcol - 2.4, "Courier-B", 10)
                x += wcol
            y += 12
        p.t(
            15,
            y + 6,
            f"8. DATE ACCEPTED FOR REGISTRATION  {(b.dob + dt.timedelta(days=9)).strftime('%m/%d/%Y')}",
            "Courier",
            8,
        )
        p.t(
            15,
            y + 11,
            f"9. LOCAL REGISTRAR  {b.extra.get('registrar', 'J. HARRISON, M.D.')}",
            "Courier",
            8,
        )
        y += 20
        p.para(
            15,
            y,
            180,
            "CERTIFIED COPY OF VITAL RECORDS — This is a true and exact reproduction of the "
            "document officially registered and placed on file in the office of the State Registrar.",
            "Times-B",
            8.5,
            4,
        )
        p.t(15, y + 16, f"DATE ISSUED  {b.issued_on.strftime('%B %d, %Y').upper()}", "Courier-B", 9)
        _sig(p, rng, b.officer or "Registrar", 120, y + 10, 44, "black")
        p.t(142, y + 30, b.officer or "KAREN L. SMITH, M.D., M.P.H.", "Times", 8, align="c")
        p.t(142, y + 34, "STATE REGISTRAR", "Times-B", 8, align="c")
        _seal(
            p,
            rng,
            f"STATE OF {state} * DEPT OF PUBLIC HEALTH *",
            ["SEAL"],
            30,
            y + 6,
            30,
            (90, 90, 90),
        )
        p.t(
            105,
            218,
            "This copy not valid unless prepared on engraved border displaying the seal and "
            "signature of the Registrar.",
            "Times-I",
            7.5,
            (90, 90, 90),
            align="c",
        )

    return [Page(draw)]


def bc_gbr(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)

    def draw(p: Pg):
        p.rect(0, 0, 297, 210, lw=0, stroke=None, fill=(250, 236, 236))
        for i in range(50):
            p.wave(0, 4.2 * i, 297, 0.8, 9, (240, 215, 215), lw=0.2, phase=i)
        p.t(148, 16, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "Times-B", 14, (120, 30, 40), align="c")
        p.t(148, 22, "GIVEN AT THE GENERAL REGISTER OFFICE", "Times", 9, align="c")
        p.t(
            270,
            16,
            f"BXC {b.reg_no}{rng.randint(1000, 9999)}",
            "Courier-B",
            10,
            (150, 30, 30),
            align="r",
        )
        p.t(
            20, 32, f"REGISTRATION DISTRICT   {b.extra.get('district', 'Manchester')}", "Times", 9.5
        )
        p.t(
            20,
            37,
            f"{b.dob.year}  BIRTH in the Sub-district of {b.extra.get('sub', 'Manchester South')} in the "
            f"{b.extra.get('county', 'County of Greater Manchester')}",
            "Times",
            9.5,
        )
        heads = [
            "1. When and where born",
            "2. Name, if any",
            "3. Sex",
            "4. Name and surname of father",
            "5. Name, surname and maiden surname of mother",
            "6. Occupation of father",
            "7. Signature, description and residence of informant",
            "8. When registered",
            "9. Signature of registrar",
            "10. Name entered after registration",
        ]
        widths = [34, 30, 14, 30, 34, 22, 34, 22, 26, 20]
        vals = [
            f"{en_dmy(b.dob)}\n{b.place}",
            f"{b.given}\n{b.surname}",
            "Girl" if b.sex == "F" else "Boy",
            b.father,
            b.mother,
            "Engineer",
            f"{b.father.split()[0]} {b.father.split()[-1]}\nFather",
            en_dmy(b.dob + dt.timedelta(days=12)),
            "R. Patel\nRegistrar",
            "",
        ]
        x = 18
        for h, w, v in zip(heads, widths, vals):
            p.rect(x, 42, w, 14, lw=0.4, stroke=(120, 30, 40))
            for k, ln in enumerate(p.wrap(h, w - 2, "Times", 6.2)):
                p.t(x + 1, 45 + k * 2.6, ln, "Times", 6.2, (120, 30, 40))
            p.rect(x, 56, w, 34, lw=0.4, stroke=(120, 30, 40))
            yy = 62
            for part in v.split("\n"):
                for ln in p.wrap(part, w - 2, "Times-I", 8.5):
                    p.t(x + 1, yy, ln, "Times-I", 8.5, (20, 20, 80))
                    yy += 3.8
            x += w
        p.para(
            20,
            100,
            257,
            "CERTIFIED to be a true copy of an entry in the certified copy of a Register of "
            "Births in the District above mentioned. Given at the GENERAL REGISTER OFFICE, under the Seal "
            f"of the said Office, the {en_dmy(b.issued_on)}.",
            "Times",
            9.5,
            4.5,
        )
        _seal(p, rng, "GENERAL REGISTER OFFICE * ENGLAND *", ["GRO"], 220, 112, 34, (120, 30, 40))
        p.t(
            20,
            140,
            "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING "
            "OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
            "Times-B",
            7.5,
            (120, 30, 40),
        )
        p.t(
            20,
            145,
            "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
            "Times-B",
            8,
            (120, 30, 40),
        )

    return [Page(draw, w=297, h=210)]


def bc_ind(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)
    state = b.extra.get("state", "MAHARASHTRA")

    def draw(p: Pg):
        p.rect(10, 10, 190, 277, lw=1, stroke=(40, 40, 120))
        p.circle(105, 26, 8, lw=0.6, stroke=(40, 40, 120))
        p.t(105, 28, "☸", "DejaVu", 14, (40, 40, 120), align="c")
        p.t(105, 42, f"GOVERNMENT OF {state}", "Times-B", 12, align="c")
        p.t(
            105,
            48,
            b.extra.get("dept", "MUNICIPAL CORPORATION OF GREATER MUMBAI"),
            "Times-B",
            10,
            align="c",
        )
        p.t(
            105,
            55,
            "DEPARTMENT OF HEALTH — REGISTRATION OF BIRTHS AND DEATHS",
            "Times",
            9,
            align="c",
        )
        p.t(105, 64, "BIRTH CERTIFICATE", "Times-B", 16, (40, 40, 120), align="c")
        p.t(105, 70, "FORM No. 5", "Times-B", 9, align="c")
        p.para(
            20,
            76,
            170,
            "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969 and "
            f"Rule 8/13 of the {state.title()} Registration of Births and Deaths Rules, 2000)",
            "Times",
            8.5,
            4,
        )
        p.para(
            20,
            90,
            170,
            "This is to certify that the following information has been taken from the original "
            "record of birth which is the register for "
            f"{b.extra.get('ward', 'Ward K/East, Andheri')} of Tahsil/Block {b.extra.get('tahsil', 'Andheri')} "
            f"of District {b.extra.get('district', 'Mumbai Suburban')} of State {state.title()}.",
            "Times",
            10,
            4.8,
            justify=True,
        )
        rows = [
            ["NAME", f"{b.given} {b.surname}"],
            ["SEX", "FEMALE" if b.sex == "F" else "MALE"],
            ["DATE OF BIRTH", b.dob.strftime("%d-%m-%Y")],
            ["PLACE OF BIRTH", b.place],
            ["NAME OF MOTHER", b.mother],
            ["NAME OF FATHER", b.father],
            [
                "ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD",
                b.extra.get("parents_addr", "B-12, Shanti Niketan, Andheri East, Mumbai 400069"),
            ],
            [
                "PERMANENT ADDRESS OF PARENTS",
                b.extra.get("parents_addr", "B-12, Shanti Niketan, Andheri East, Mumbai 400069"),
            ],
            ["REGISTRATION NUMBER", f"{b.dob.year}/{b.reg_no}"],
            ["DATE OF REGISTRATION", (b.dob + dt.timedelta(days=8)).strftime("%d-%m-%Y")],
            ["REMARKS (IF ANY)", ""],
            ["DATE OF ISSUE", b.issued_on.strftime("%d-%m-%Y")],
        ]
        y = 112
        for lab, val in rows:
            lines = p.wrap(lab, 70, "Times-B", 9)
            p.t(20, y, lines[0], "Times-B", 9)
            for k, ln in enumerate(lines[1:]):
                p.t(20, y + 4 * (k + 1), ln, "Times-B", 9)
            p.t(92, y, ":", "Times-B", 9)
            p.fit(96, y, val, 94, "Times", 10)
            y += 7.5 + 4 * (len(lines) - 1)
        _sig(p, rng, "Registrar", 130, y + 4, 42, "blue")
        p.t(150, y + 24, "Signature of the issuing authority", "Times", 8, align="c")
        p.t(150, y + 28, "Registrar of Births & Deaths", "Times-B", 8.5, align="c")
        _seal(
            p,
            rng,
            "REGISTRAR OF BIRTHS AND DEATHS * MUMBAI *",
            ["K/EAST", "WARD"],
            30,
            y + 2,
            32,
            (120, 40, 120),
        )
        p.t(105, 278, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "Times-B", 9, align="c")

    return [Page(draw)]


def bc_phl(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)
    middle = b.extra.get("middle", "REYES")

    def draw(p: Pg):
        p.rect(0, 0, 210, 297, lw=0, stroke=None, fill=(246, 244, 236))
        p.t(15, 14, "Municipal Form No. 102", "Arial", 7)
        p.t(15, 17.5, "(Revised January 2007)", "Arial", 7)
        p.t(105, 16, "Republic of the Philippines", "Times", 10, align="c")
        p.t(105, 21, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "Times-B", 10, align="c")
        p.t(105, 29, "CERTIFICATE OF LIVE BIRTH", "Times-B", 16, (30, 40, 110), align="c")
        p.t(15, 37, f"Province  {b.extra.get('province', 'METRO MANILA')}", "Arial", 8.5)
        p.t(15, 42, f"City/Municipality  {b.extra.get('city', 'QUEZON CITY')}", "Arial", 8.5)
        p.t(150, 37, f"Registry No.  {b.dob.year}-{b.reg_no}", "Arial-B", 8.5)
        y = 48
        rows = [
            [("1. NAME (First)", b.given), ("(Middle)", middle), ("(Last)", b.surname)],
            [
                ("2. SEX", "FEMALE" if b.sex == "F" else "MALE"),
                (
                    "3. DATE OF BIRTH (Day) (Month) (Year)",
                    f"{b.dob.day} {MONTHS_EN[b.dob.month - 1]} {b.dob.year}",
                ),
            ],
            [
                (
                    "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution, City/Municipality, Province)",
                    b.place,
                )
            ],
            [("5a. TYPE OF BIRTH", "SINGLE"), ("5d. WEIGHT AT BIRTH", "3100 grams")],
            [("7. MAIDEN NAME OF MOTHER", b.mother), ("8. CITIZENSHIP", "FILIPINO")],
            [("14. NAME OF FATHER", b.father), ("15. CITIZENSHIP", "FILIPINO")],
            [("20a. DATE AND PLACE OF MARRIAGE OF PARENTS", "June 12, 1988 — Quezon City")],
        ]
        for row in rows:
            x = 15
            wcol = 180 / len(row)
            p.rect(15, y, 180, 12, lw=0.4)
            for lab, val in row:
                p.rect(x, y, wcol, 12, lw=0.3)
                p.t(x + 1, y + 3.2, lab, "Arial", 5.8, (70, 70, 70))
                p.fit(x + 1, y + 9.5, val, wcol - 2, "Courier-B", 10)
                x += wcol
            y += 12
        p.t(
            15, y + 7, f"Date of Registration: {en_long(b.dob + dt.timedelta(days=20))}", "Arial", 8
        )
        y += 16
        p.rect(15, y, 180, 40, lw=0.6, stroke=(30, 40, 110))
        p.t(18, y + 6, "PHILIPPINE STATISTICS AUTHORITY", "Times-B", 10, (30, 40, 110))
        p.para(
            18,
            y + 12,
            174,
            "This is to certify that this is a true and correct copy of the Certificate of "
            f"Live Birth on file in this Office. Issued on {en_long(b.issued_on)} upon request.",
            "Times",
            9.5,
            4.4,
        )
        _sig(p, rng, "Civil Registrar General", 120, y + 20, 40, "black")
        p.t(140, y + 38, "DENNIS S. MAPA, Ph.D. — Civil Registrar General", "Times", 7, align="c")
        p.t(15, 286, f"SECPA No. C{rng.randint(10000000, 99999999)}", "Courier-B", 9, (150, 30, 30))

    return [Page(draw)]


# ------------------------------------------------------------------ China (2 pages)


def bc_chn(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)
    cn = b.extra.get("cn_name", "张伟")
    city = b.extra.get("cn_place", "湖北省武汉市")
    no = f"({b.issued_on.year})鄂武江证字第{b.reg_no}号"

    def p_cn(p: Pg):
        p.t(105, 30, "公 证 书", "WQY", 24, align="c")
        p.t(190, 44, no, "WQY", 10, align="r")
        p.t(105, 62, "出 生 公 证", "WQY", 14, align="c")
        lines = [
            f"申请人：{cn}，{'男' if b.sex == 'M' else '女'}，{b.dob.year}年{b.dob.month}月{b.dob.day}日出生，",
            f"现住{city}江汉区解放大道1234号。",
            "",
            f"兹证明{cn}于{b.dob.year}年{b.dob.month}月{b.dob.day}日在{city}出生。",
            f"{cn}的父亲是{b.extra.get('cn_father', '张建国')}，母亲是{b.extra.get('cn_mother', '李秀英')}。",
        ]
        y = 80
        for ln in lines:
            p.t(25, y, ln, "WQY", 12)
            y += 9
        p.t(130, y + 30, "中华人民共和国湖北省武汉市江汉公证处", "WQY", 10.5, align="c")
        p.t(130, y + 40, "公证员  王丽", "WQY", 11, align="c")
        p.t(
            130,
            y + 50,
            f"{b.issued_on.year}年{b.issued_on.month}月{b.issued_on.day}日",
            "WQY",
            11,
            align="c",
        )
        _seal(
            p,
            rng,
            "WUHAN JIANGHAN NOTARY PUBLIC OFFICE *",
            ["公证处"],
            110,
            y + 22,
            40,
            (200, 30, 30),
        )

    def p_en(p: Pg):
        p.t(105, 30, "NOTARIAL CERTIFICATE", "Times-B", 18, align="c")
        p.t(
            190,
            44,
            f"({b.issued_on.year}) E Wu Jiang Zheng Zi No. {b.reg_no}",
            "Times",
            10,
            align="r",
        )
        p.t(105, 60, "Birth", "Times-B", 13, align="c")
        txt = [
            f"Applicant: {b.surname} {b.given}, {'male' if b.sex == 'M' else 'female'}, born on "
            f"{en_long(b.dob)}, now residing at No. 1234 Jiefang Avenue, Jianghan District, Wuhan City, Hubei Province.",
            f"This is to certify that {b.surname} {b.given} was born on {en_long(b.dob)} in {b.place}. "
            f"The father of {b.surname} {b.given} is {b.father}, and the mother is {b.mother}.",
        ]
        y = 76
        for t in txt:
            y = p.para(25, y, 160, t, "Times", 12, 6, justify=True) + 6
        p.t(130, y + 24, "Jianghan Notary Public Office", "Times", 11, align="c")
        p.t(130, y + 30, "Wuhan City, Hubei Province", "Times", 11, align="c")
        p.t(130, y + 36, "The People's Republic of China", "Times", 11, align="c")
        p.t(130, y + 46, "Notary Public: Wang Li", "Times", 11, align="c")
        p.t(130, y + 54, en_long(b.issued_on), "Times", 11, align="c")
        _seal(
            p,
            rng,
            "WUHAN JIANGHAN NOTARY PUBLIC OFFICE *",
            ["公证处"],
            110,
            y + 18,
            40,
            (200, 30, 30),
        )

    return [Page(p_cn), Page(p_en)]


# ------------------------------------------------------------------ Ukraine, Turkey


def bc_ukr(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)
    cy = b.extra

    def draw(p: Pg):
        p.rect(0, 0, 210, 297, lw=0, stroke=None, fill=(240, 244, 250))
        for i in range(45):
            p.wave(0, 6.6 * i, 210, 1.4, 22, (215, 225, 240), lw=0.25, phase=i)
        p.t(105, 22, "УКРАЇНА", "DejaVuSerif-B", 14, align="c")
        p.t(105, 34, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "DejaVuSerif-B", 15, (30, 60, 130), align="c")
        y = 50
        rows = [
            ("Прізвище", cy.get("uk_surname", "КОВАЛЕНКО")),
            ("Ім'я", cy.get("uk_given", "ОЛЕНА")),
            ("По батькові", cy.get("uk_patronymic", "ВІКТОРІВНА")),
            ("народився(лася)", f"{b.dob.strftime('%d.%m.%Y')}"),
            ("", cy.get("uk_dob_words", "")),
            ("Місце народження", cy.get("uk_place", "м. Харків, Харківська обл., Україна")),
            (
                "про що",
                f"{b.dob.year} року {b.dob.strftime('%m')} місяця {b.dob.day} числа складено відповідний актовий запис № {b.reg_no}",
            ),
            ("Батько", cy.get("uk_father", "КОВАЛЕНКО ВІКТОР ІВАНОВИЧ")),
            ("громадянство", "Україна"),
            ("Мати", cy.get("uk_mother", "КОВАЛЕНКО НАТАЛІЯ ПЕТРІВНА")),
            ("громадянство", "Україна"),
            (
                "Місце державної реєстрації",
                cy.get(
                    "uk_office",
                    "Відділ державної реєстрації актів цивільного стану Харківського міського управління юстиції",
                ),
            ),
            ("Дата видачі", b.issued_on.strftime("%d.%m.%Y")),
        ]
        for lab, val in rows:
            if lab:
                p.t(20, y, lab, "DejaVuSerif", 8, (80, 80, 80))
            lines = p.wrap(val, 120, "DejaVuSerif-B", 10)
            for k, ln in enumerate(lines):
                p.t(70, y + k * 5, ln, "DejaVuSerif-B", 10)
            p.line(
                70,
                y + 1.2 + 5 * (len(lines) - 1),
                190,
                y + 1.2 + 5 * (len(lines) - 1),
                0.25,
                (120, 120, 140),
            )
            y += 9 + 5 * (len(lines) - 1)
        p.t(20, y + 8, "Керівник відділу", "DejaVuSerif", 9)
        _sig(p, rng, "Керівник", 80, y, 40, "blue")
        _seal(p, rng, "ВІДДІЛ ДРАЦС * ХАРКІВ * УКРАЇНА *", ["ДРАЦС"], 140, y - 6, 34, (40, 60, 170))
        p.t(
            20,
            280,
            f"Серія І-ВЛ № {rng.randint(100000, 999999)}",
            "DejaVuSerif-B",
            11,
            (170, 30, 30),
        )

    return [Page(draw)]


def bc_tur(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)

    def draw(p: Pg):
        p.t(105, 16, "TÜRKİYE CUMHURİYETİ", "Arial-B", 12, align="c")
        p.t(
            105,
            22,
            "İÇİŞLERİ BAKANLIĞI — NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
            "Arial",
            8,
            align="c",
        )
        p.t(
            105,
            31,
            "DOĞUM KAYDINA İLİŞKİN ÇOK DİLLİ ÖRNEK (FORMÜL A)",
            "Arial-B",
            11,
            (120, 30, 40),
            align="c",
        )
        p.t(
            105,
            36,
            "Extrait plurilingue d'acte de naissance — Multilingual extract from birth register",
            "Arial-I",
            8,
            align="c",
        )
        labels = [
            ("1", "Devlet / État / State", "TÜRKİYE"),
            (
                "2",
                "Nüfus idaresi / Service de l'état civil / Registry office",
                b.extra.get("office", "İSTANBUL KADIKÖY İLÇE NÜFUS MÜDÜRLÜĞÜ"),
            ),
            ("3", "Soyadı / Nom / Surname", b.surname),
            ("4", "Adı / Prénoms / Forenames", b.given),
            ("5", "Cinsiyeti / Sexe / Sex", "K" if b.sex == "F" else "E"),
            ("6", "Doğum tarihi / Date de naissance / Date of birth", b.dob.strftime("%d.%m.%Y")),
            ("7", "Doğum yeri / Lieu de naissance / Place of birth", b.place),
            ("8", "Babanın adı / Prénoms du père / Father's forenames", b.father),
            ("9", "Ananın adı / Prénoms de la mère / Mother's forenames", b.mother),
            (
                "10",
                "Kayıt no / N° d'enregistrement / Registration no.",
                f"{b.reg_no}-{rng.randint(10, 99)}",
            ),
        ]
        y = 46
        for n, lab, val in labels:
            p.rect(15, y, 180, 11, lw=0.4)
            p.t(17, y + 4, n, "Arial-B", 8)
            p.t(25, y + 4, lab, "Arial", 6.8, (80, 80, 80))
            p.fit(25, y + 9.2, val, 165, "Courier-B", 10)
            y += 11
        p.t(
            15,
            y + 8,
            f"Veriliş tarihi / Date de délivrance / Date of issue: {b.issued_on.strftime('%d.%m.%Y')}",
            "Arial",
            8.5,
        )
        p.t(
            15,
            y + 14,
            "Codes: E = Erkek / Masculin / Male — K = Kadın / Féminin / Female",
            "Arial",
            7,
            (90, 90, 90),
        )
        _sig(p, rng, "Nüfus Müdürü", 125, y + 16, 40, "blue")
        _seal(p, rng, "KADIKÖY İLÇE NÜFUS MÜDÜRLÜĞÜ *", ["T.C."], 40, y + 18, 32, (40, 60, 170))

    return [Page(draw)]


# ------------------------------------------------------------------ Maghreb (Arabic / French)


def _bilingual(
    b: Birth,
    ar_head: list[str],
    fr_head: list[str],
    title_fr: str,
    title_ar: str,
    rows: list[tuple[str, str, str]],
    footer_fr: str,
    seal_ring: str,
    color=(20, 90, 60),
):
    rng = rng_for("bc", b.country, b.surname)
    ar_imgs = [rtl_text(t, px=58) for t in ar_head]
    title_img = rtl_text(title_ar, px=70, color=color)
    row_imgs = [rtl_text(r[1], px=52) if r[1] else None for r in rows]

    def draw(p: Pg):
        _border(p, color, 1.0)
        for i, t in enumerate(fr_head):
            p.t(14, 18 + i * 4.6, t, "Times-B", 9)
        y = 16
        for im in ar_imgs:
            w = min(80, im.size[0] / 12)
            p.img(im, 196 - w, y - 2, w=w)
            y += 6
        p.t(105, 48, title_fr, "Times-B", 14, color, align="c")
        w = min(90, title_img.size[0] / 12)
        p.img(title_img, 105 - w / 2, 51, w=w)
        y = 68
        for (lab_fr, _lab_ar, val), im in zip(rows, row_imgs):
            p.t(14, y, lab_fr, "Times", 9, (60, 60, 60))
            if im is not None:
                ww = min(50, im.size[0] / 13)
                p.img(im, 196 - ww, y - 4.2, w=ww)
            lines = p.wrap(val, 90, "Times-B", 10.5)
            for k, ln in enumerate(lines):
                p.t(64, y + k * 5, ln, "Times-B", 10.5)
            y += 8.5 + 5 * (len(lines) - 1)
        p.para(14, y + 6, 182, footer_fr, "Times", 9.5, 4.6)
        _sig(p, rng, b.officer or "Officier", 120, y + 18, 40, "blue")
        p.t(140, y + 38, "L'Officier de l'état civil", "Times-B", 9, align="c")
        _seal(p, rng, seal_ring, ["ÉTAT", "CIVIL"], 30, y + 14, 34, (40, 60, 160))

    return [Page(draw)]


def bc_mar(b: Birth) -> list[Page]:
    rows = [
        ("Nom", "الاسم العائلي", b.surname),
        ("Prénom", "الاسم الشخصي", b.given),
        ("Date de naissance", "تاريخ الازدياد", fr_long(b.dob)),
        ("Lieu de naissance", "مكان الازدياد", b.place),
        ("Sexe", "الجنس", "Féminin" if b.sex == "F" else "Masculin"),
        ("Nationalité", "الجنسية", "Marocaine"),
        ("Fils/Fille de", "ابن / ابنة", b.father),
        ("Et de", "و", b.mother),
        ("Acte n°", "رقم الرسم", f"{b.reg_no} / {b.dob.year}"),
    ]
    return _bilingual(
        b,
        ["المملكة المغربية", "وزارة الداخلية"],
        [
            "ROYAUME DU MAROC",
            "MINISTÈRE DE L'INTÉRIEUR",
            f"Province : {b.extra.get('province', 'Casablanca')}",
            f"Bureau d'état civil : {b.extra.get('bureau', 'Arrondissement Maârif')}",
        ],
        "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        "نسخة كاملة من رسم الولادة",
        rows,
        f"Certifiée conforme aux indications portées au registre de l'état civil. "
        f"Délivrée à {b.issue_city or b.place}, le {fr(b.issued_on)}.",
        "ROYAUME DU MAROC * ÉTAT CIVIL *",
        (150, 30, 30),
    )


def bc_dza(b: Birth) -> list[Page]:
    rows = [
        ("Nom", "اللقب", b.surname),
        ("Prénom(s)", "الاسم", b.given),
        ("Né(e) le", "المولود في", fr_long(b.dob) + f" à {b.time}"),
        ("À", "بـ", b.place),
        ("Sexe", "الجنس", "Féminin" if b.sex == "F" else "Masculin"),
        ("Fils / Fille de", "ابن / ابنة", b.father),
        ("Et de", "و", b.mother),
        ("Acte n°", "رقم العقد", f"{b.reg_no} — Année {b.dob.year}"),
        ("Mentions marginales", "البيانات الهامشية", b.extra.get("marginal", "Néant")),
    ]
    return _bilingual(
        b,
        ["الجمهورية الجزائرية الديمقراطية الشعبية", "وزارة الداخلية والجماعات المحلية"],
        [
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            f"Wilaya de {b.extra.get('wilaya', 'Oran')}",
            f"Commune de {b.extra.get('commune', 'Oran')}",
        ],
        "EXTRAIT D'ACTE DE NAISSANCE",
        "مستخرج من عقد الميلاد",
        rows,
        f"Extrait conforme aux registres de l'état civil. Délivré à {b.issue_city or 'Oran'}, le "
        f"{fr(b.issued_on)}. Document établi en application de l'article 63 de l'ordonnance 70-20 relative "
        "à l'état civil.",
        "COMMUNE D'ORAN * ÉTAT CIVIL *",
        (20, 100, 60),
    )


def bc_tun(b: Birth) -> list[Page]:
    rows = [
        ("Nom", "اللقب", b.surname),
        ("Prénom", "الاسم", b.given),
        ("Date de naissance", "تاريخ الولادة", fr(b.dob)),
        ("Lieu de naissance", "مكان الولادة", b.place),
        ("Sexe", "الجنس", "Féminin" if b.sex == "F" else "Masculin"),
        ("Père", "الأب", b.father),
        ("Mère", "الأم", b.mother),
        ("Numéro de l'acte", "عدد الرسم", f"{b.reg_no}"),
    ]
    return _bilingual(
        b,
        ["الجمهورية التونسية", "وزارة الشؤون المحلية"],
        ["RÉPUBLIQUE TUNISIENNE", f"Municipalité de {b.extra.get('municipalite', 'Sfax')}"],
        "EXTRAIT D'ACTE DE NAISSANCE",
        "مضمون ولادة",
        rows,
        f"Pour extrait conforme. {b.issue_city or 'Sfax'}, le {fr(b.issued_on)}.",
        "MUNICIPALITÉ DE SFAX * ÉTAT CIVIL *",
        (170, 30, 40),
    )


# ------------------------------------------------------------------ West and Central Africa


def _fr_extract(
    b: Birth,
    heads: list[str],
    motto: str,
    title: str,
    rows,
    footer: str,
    ring: str,
    color=(20, 20, 20),
    center=("ÉTAT", "CIVIL"),
):
    rng = rng_for("bc", b.country, b.surname)

    def draw(p: Pg):
        _border(p, (90, 90, 90), 0.6, 10)
        for i, t in enumerate(heads):
            p.t(16, 20 + i * 4.5, t, "Times-B" if i == 0 else "Times", 9.5 if i == 0 else 8.5)
        p.t(194, 20, motto.split("|")[0], "Times-B", 9.5, align="r")
        for i, t in enumerate(motto.split("|")[1:]):
            p.t(194, 24.5 + i * 4.2, t, "Times-I", 8.5, align="r")
        p.t(105, 56, title, "Times-B", 14, color, align="c")
        p.t(105, 62, f"N° {b.reg_no} de l'année {b.dob.year}", "Times", 10, align="c")
        y = 74
        for lab, val in rows:
            p.t(18, y, lab, "Times", 10)
            dots = 70
            p.line(
                18 + p.tw(lab, "Times", 10) + 1,
                y + 0.6,
                dots,
                y + 0.6,
                0.2,
                (120, 120, 120),
                dash=[0.6, 1],
            )
            lines = p.wrap(val, 118, "Courier-B", 10.5)
            for k, ln in enumerate(lines):
                p.t(72, y + k * 5, ln, "Courier-B", 10.5)
            y += 8 + 5 * (len(lines) - 1)
        p.para(18, y + 6, 174, footer, "Times", 10, 4.8)
        _sig(p, rng, b.officer or "Officier", 125, y + 22, 42, "blue")
        p.t(146, y + 44, "L'Officier de l'État Civil", "Times-B", 9, align="c")
        p.t(146, y + 48, b.officer or "", "Times", 8.5, align="c")
        _seal(p, rng, ring, list(center), 28, y + 20, 34, (40, 60, 160))

    return [Page(draw)]


def bc_sen(b: Birth) -> list[Page]:
    rows = [
        ("Le", fr_long(b.dob) + f" à {b.time}"),
        ("est né(e) à", b.place),
        ("un enfant de sexe", "féminin" if b.sex == "F" else "masculin"),
        ("Prénom(s)", b.given),
        ("Nom", b.surname),
        ("de", b.father),
        ("et de", b.mother),
        (
            "Jugement / Déclaration",
            f"Déclaration du père, acte dressé le {fr(b.dob + dt.timedelta(days=5))}",
        ),
    ]
    return _fr_extract(
        b,
        [
            "RÉPUBLIQUE DU SÉNÉGAL",
            f"Région de {b.extra.get('region', 'Dakar')}",
            f"Département de {b.extra.get('departement', 'Dakar')}",
            f"Commune de {b.extra.get('commune', 'Dakar-Plateau')}",
            "Centre d'état civil principal",
        ],
        "Un Peuple – Un But – Une Foi",
        "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
        rows,
        f"Pour extrait certifié conforme au registre. Délivré à {b.issue_city or 'Dakar'}, le {fr(b.issued_on)}.",
        "RÉPUBLIQUE DU SÉNÉGAL * ÉTAT CIVIL *",
        (20, 100, 50),
    )


def bc_civ(b: Birth) -> list[Page]:
    rows = [
        ("NOM", b.surname),
        ("Prénoms", b.given),
        ("Né(e) le", f"{fr_long(b.dob)} à {b.time}"),
        ("à", b.place),
        ("Sexe", "Féminin" if b.sex == "F" else "Masculin"),
        ("Fils / Fille de", b.father),
        ("et de", b.mother),
        ("Mentions", "Néant"),
    ]
    return _fr_extract(
        b,
        [
            "RÉPUBLIQUE DE CÔTE D'IVOIRE",
            f"Commune de {b.extra.get('commune', 'Cocody')}",
            "Centre d'état civil",
            f"Registre de l'année {b.dob.year}",
        ],
        "Union – Discipline – Travail",
        "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
        rows,
        f"Certifié le présent extrait conforme aux indications portées au registre. Délivré à "
        f"{b.issue_city or 'Abidjan'}, le {fr(b.issued_on)}.",
        "MAIRIE DE COCODY * ÉTAT CIVIL *",
        (210, 110, 20),
    )


def bc_cmr(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)

    def draw(p: Pg):
        _border(p, (20, 100, 50), 1.0, 9)
        p.t(16, 19, "RÉPUBLIQUE DU CAMEROUN", "Times-B", 9.5)
        p.t(16, 23, "Paix – Travail – Patrie", "Times-I", 8)
        p.t(194, 19, "REPUBLIC OF CAMEROON", "Times-B", 9.5, align="r")
        p.t(194, 23, "Peace – Work – Fatherland", "Times-I", 8, align="r")
        p.t(
            16,
            30,
            f"Centre d'état civil de / Civil Status Registration Centre of : {b.extra.get('centre', 'Yaoundé IIIe')}",
            "Times",
            8.5,
        )
        p.t(
            105,
            44,
            "ACTE DE NAISSANCE  /  BIRTH CERTIFICATE",
            "Times-B",
            14,
            (20, 100, 50),
            align="c",
        )
        p.t(105, 50, f"N° {b.reg_no}/{b.dob.year}", "Times", 10, align="c")
        rows = [
            ("Nom de l'enfant / Surname of the child", b.surname),
            ("Prénoms / Given names", b.given),
            ("Né(e) le / Born on the", fr(b.dob)),
            ("À / At", b.place),
            ("Sexe / Sex", "Féminin / Female" if b.sex == "F" else "Masculin / Male"),
            ("De / Of (père / father)", b.father),
            ("Et de / And of (mère / mother)", b.mother),
            ("Dressé le / Drawn up on the", fr(b.dob + dt.timedelta(days=14))),
            ("Sur la déclaration de / In accordance with the declaration of", b.father),
        ]
        y = 62
        for lab, val in rows:
            p.t(18, y, lab, "Times", 8.5, (60, 60, 60))
            p.fit(110, y, val, 82, "Courier-B", 10)
            p.line(108, y + 1, 194, y + 1, 0.2, (150, 150, 150))
            y += 8
        p.para(
            18,
            y + 6,
            174,
            f"Pour copie certifiée conforme / Certified true copy. Délivré à / Issued at "
            f"{b.issue_city or 'Yaoundé'}, le / on {fr(b.issued_on)}.",
            "Times",
            9.5,
            4.6,
        )
        _sig(p, rng, "Officier", 125, y + 18, 42, "blue")
        p.t(
            146,
            y + 40,
            "L'Officier d'état civil / The Civil Status Registrar",
            "Times-B",
            8,
            align="c",
        )
        _seal(
            p,
            rng,
            "COMMUNE DE YAOUNDÉ III * ÉTAT CIVIL *",
            ["CAMEROUN"],
            28,
            y + 16,
            34,
            (40, 60, 160),
        )

    return [Page(draw)]


def bc_mli(b: Birth) -> list[Page]:
    rows = [
        ("Le", f"{fr_long(b.dob)}"),
        ("est né(e) à", b.place),
        ("Prénom(s)", b.given),
        ("Nom", b.surname),
        ("Sexe", "F" if b.sex == "F" else "M"),
        ("Père", b.father),
        ("Mère", b.mother),
    ]
    return _fr_extract(
        b,
        [
            "RÉPUBLIQUE DU MALI",
            f"Cercle de {b.extra.get('cercle', 'Bamako')}",
            f"Commune {b.extra.get('commune', 'IV')}",
            "Centre d'état civil principal",
            "Volet N° 3",
        ],
        "Un Peuple – Un But – Une Foi",
        "ACTE DE NAISSANCE",
        rows,
        f"Délivré pour copie conforme à {b.issue_city or 'Bamako'}, le {fr(b.issued_on)}.",
        "RÉPUBLIQUE DU MALI * ÉTAT CIVIL *",
        (30, 120, 50),
    )


def bc_cod(b: Birth) -> list[Page]:
    rows = [
        ("L'an", f"{b.dob.year}, le {fr_long(b.dob)}"),
        ("est né(e) à", b.place),
        ("l'enfant", f"{b.surname} {b.given}"),
        ("de sexe", "féminin" if b.sex == "F" else "masculin"),
        ("fils / fille de", b.father),
        ("et de", b.mother),
        ("Dressé par nous", b.officer or "Officier de l'état civil de la Commune de la Gombe"),
    ]
    return _fr_extract(
        b,
        [
            "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            f"Ville de {b.extra.get('ville', 'Kinshasa')}",
            f"Commune de {b.extra.get('commune', 'la Gombe')}",
            "Bureau de l'état civil",
        ],
        "Justice – Paix – Travail",
        "ACTE DE NAISSANCE",
        rows,
        f"Pour copie certifiée conforme. Kinshasa, le {fr(b.issued_on)}.",
        "COMMUNE DE LA GOMBE * ÉTAT CIVIL *",
        (20, 90, 160),
    )


# ------------------------------------------------------------------ EU


def bc_ita(b: Birth) -> list[Page]:
    rng = rng_for("bc", b.country, b.surname)

    def p1(p: Pg):
        p.t(105, 18, f"COMUNE DI {b.extra.get('comune', 'NAPOLI')}", "Times-B", 13, align="c")
        p.t(105, 24, "UFFICIO DELLO STATO CIVILE", "Times", 10, align="c")
        p.t(105, 36, "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "Times-B", 12.5, align="c")
        p.t(
            105,
            42,
            f"Anno {b.dob.year} — Parte I — Serie A — Numero {b.reg_no}",
            "Times",
            10,
            align="c",
        )
        y = 56
        for lab, val in [
            ("Cognome", b.surname),
            ("Nome", b.given),
            ("Sesso", b.sex),
            ("Data di nascita", b.dob.strftime("%d/%m/%Y")),
            ("Luogo di nascita", b.place),
            ("Paternità", b.father),
            ("Maternità", b.mother),
            ("Annotazioni", "Nessuna"),
        ]:
            _kv(p, 20, y, lab, val, "Times", "Times-B", 11, 45)
            y += 8
        p.para(
            20,
            y + 6,
            170,
            f"Si rilascia in carta libera per gli usi consentiti dalla legge. "
            f"{b.extra.get('comune', 'Napoli').title()}, {b.issued_on.strftime('%d/%m/%Y')}.",
            "Times",
            10,
            4.8,
        )
        _sig(p, rng, "Ufficiale", 120, y + 20, 40, "blue")
        p.t(140, y + 40, "L'Ufficiale dello Stato Civile", "Times-B", 9, align="c")
        _seal(
            p,
            rng,
            "COMUNE DI NAPOLI * STATO CIVILE *",
            ["REPUBBLICA", "ITALIANA"],
            30,
            y + 16,
            34,
            (60, 60, 60),
        )

    def p2(p: Pg):
        p.rect(10, 10, 190, 120, lw=0.6)
        p.t(
            105,
            18,
            "MODULO STANDARD MULTILINGUE — MULTILINGUAL STANDARD FORM",
            "Arial-B",
            9.5,
            align="c",
        )
        p.t(
            105,
            23,
            "Allegato al documento pubblico — Regolamento (UE) 2016/1191",
            "Arial",
            8,
            align="c",
        )
        p.t(105, 28, "Nascita / Naissance / Birth", "Arial-B", 9, align="c")
        y = 38
        for lab, val in [
            ("Cognome / Nom / Surname", b.surname),
            ("Nome / Prénom(s) / Forename(s)", b.given),
            ("Data di nascita / Date de naissance / Date of birth", b.dob.strftime("%d/%m/%Y")),
            ("Luogo di nascita / Lieu de naissance / Place of birth", b.place),
        ]:
            p.t(14, y, lab, "Arial", 7.5, (80, 80, 80))
            p.t(14, y + 4.5, val, "Arial-B", 10)
            y += 11

    return [Page(p1), Page(p2)]


BC = {
    "COL": bc_col,
    "MEX": bc_mex,
    "BRA": bc_bra,
    "USA": bc_usa,
    "GBR": bc_gbr,
    "IND": bc_ind,
    "PHL": bc_phl,
    "CHN": bc_chn,
    "UKR": bc_ukr,
    "TUR": bc_tur,
    "MAR": bc_mar,
    "DZA": bc_dza,
    "TUN": bc_tun,
    "SEN": bc_sen,
    "CIV": bc_civ,
    "CMR": bc_cmr,
    "MLI": bc_mli,
    "COD": bc_cod,
    "ITA": bc_ita,
}

LANG = {
    "COL": "es",
    "MEX": "es",
    "BRA": "pt",
    "USA": "en",
    "GBR": "en",
    "IND": "en",
    "PHL": "en",
    "CHN": "zh",
    "UKR": "uk",
    "TUR": "tr",
    "MAR": "ar-fr",
    "DZA": "ar-fr",
    "TUN": "ar-fr",
    "SEN": "fr",
    "CIV": "fr",
    "CMR": "fr-en",
    "MLI": "fr",
    "COD": "fr",
    "ITA": "it",
}


def birth_doc(b: Birth, has_apostille: bool, notes: str = "") -> Doc:
    return Doc("birth_certificate", b.truth(has_apostille), BC[b.country](b), notes=notes)


# ------------------------------------------------------------------ apostille


APO_LABELS = {
    "en": [
        "Country",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp",
        "Signature",
    ],
    "es": [
        "País",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre",
        "Firma",
    ],
    "pt": [
        "País",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo/carimbo",
        "Assinatura",
    ],
    "fr": [
        "Pays",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau/timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau/timbre",
        "Signature",
    ],
    "uk": [
        "Країна",
        "Цей офіційний документ",
        "підписаний",
        "який діє як",
        "скріплений печаткою/штампом",
        "Засвідчено",
        "в",
        "дата",
        "ким",
        "за №",
        "Печатка/штамп",
        "Підпис",
    ],
    "tr": [
        "Ülke",
        "Bu resmi belge",
        "tarafından imzalanmıştır",
        "sıfatıyla hareket eden",
        "mühür/damgasını taşımaktadır",
        "Onaylanmıştır",
        "yer",
        "tarih",
        "tarafından",
        "sayı",
        "Mühür/damga",
        "İmza",
    ],
    "zh": [
        "国家",
        "本公文书",
        "签署人",
        "签署人身份",
        "印章名称",
        "证明",
        "于",
        "日期",
        "签发机关",
        "编号",
        "印章",
        "签名",
    ],
}


@dataclass
class Apostille:
    country: str  # as printed
    signed_by: str
    capacity: str
    seal_of: str
    at: str
    on: dt.date
    by: str
    number: str
    lang: str = "en"
    second: str = ""  # second language for labels
    style: int = 0


def apostille_page(a: Apostille) -> Page:
    rng = rng_for("apostille", a.number)
    L = APO_LABELS[a.lang]
    L2 = APO_LABELS.get(a.second) if a.second else None
    seal = stamp_round(
        f"{a.by.upper()[:34]} *",
        ["APOSTILLE"],
        rng,
        color=(150, 30, 40) if a.style else (40, 60, 160),
    )
    sig = signature(a.signed_by, rng, ink="blue", style=2 if a.style != 1 else 0)
    fnt = "WQY" if a.lang == "zh" else "Arial"
    fb = "WQY" if a.lang == "zh" else "Arial-B"

    def date_str(d):
        if a.lang == "es":
            return es_long(d)
        if a.lang == "pt":
            return pt_long(d)
        if a.lang == "fr":
            return fr_long(d)
        if a.lang in ("uk", "tr"):
            return d.strftime("%d.%m.%Y")
        if a.lang == "zh":
            return f"{d.year}年{d.month}月{d.day}日 / {en_long(d)}"
        return en_dmy(d)

    def lab(i):
        s = L[i]
        if L2:
            s += " / " + L2[i]
        return s

    def draw(p: Pg):
        x0, y0, w = 30, 30, 150
        if a.style == 1:
            x0, y0, w = 20, 20, 170
            p.rect(0, 0, 210, 297, lw=0, stroke=None, fill=(250, 250, 244))
        p.rect(x0, y0, w, 150, lw=1.4, stroke=(30, 30, 30))
        p.rect(x0 + 1.5, y0 + 1.5, w - 3, 147, lw=0.4, stroke=(30, 30, 30))
        p.t(x0 + w / 2, y0 + 12, "APOSTILLE", "Arial-B", 16, align="c")
        p.t(x0 + w / 2, y0 + 18, "(Convention de La Haye du 5 octobre 1961)", "Arial", 9, align="c")
        y = y0 + 30

        def item(n, text, value, yy):
            p.t(x0 + 6, yy, f"{n}.", "Arial-B", 9)
            f2 = fnt if any("\u4e00" <= c <= "\u9fff" for c in text) else "Arial"
            p.t(x0 + 12, yy, text, f2, 8.5)
            vx = x0 + 14 + p.tw(text, f2, 8.5) + 3
            if vx > x0 + w - 60:
                yy += 5
                vx = x0 + 20
            f3 = "WQY" if any("\u4e00" <= c <= "\u9fff" for c in value) else "Courier-B"
            p.fit(vx, yy, value, x0 + w - 6 - vx, f3, 10)
            return yy + 8

        y = item(1, lab(0), a.country, y)
        p.t(x0 + 12, y, lab(1), fb, 8.5)
        y += 8
        y = item(2, lab(2), a.signed_by, y)
        y = item(3, lab(3), a.capacity, y)
        y = item(4, lab(4), a.seal_of, y)
        p.t(x0 + w / 2, y + 1, lab(5), fb, 10, align="c")
        y += 9
        y = item(5, lab(6), a.at, y)
        y = item(6, lab(7), date_str(a.on), y)
        y = item(7, lab(8), a.by, y)
        y = item(8, lab(9), a.number, y)
        p.t(x0 + 6, y + 2, "9.", "Arial-B", 9)
        p.t(x0 + 12, y + 2, lab(10), fnt, 8.5)
        p.t(x0 + w / 2 + 6, y + 2, "10.", "Arial-B", 9)
        p.t(x0 + w / 2 + 13, y + 2, lab(11), fnt, 8.5)
        p.img(seal, x0 + 14, y + 5, w=30)
        p.img(sig, x0 + w / 2 + 10, y + 8, w=44)
        if a.style == 1:
            p.t(
                x0,
                y0 + 160,
                "Verify this apostille at the e-Register of the competent authority.",
                "Arial",
                7.5,
                (90, 90, 90),
            )

    return Page(draw)


def apostille_doc(a: Apostille) -> Doc:
    return Doc(
        "apostille", {"country": a.country, "issued_on": a.on.isoformat()}, [apostille_page(a)]
    )


# ------------------------------------------------------------------ sworn translation


def translation_doc(
    b: Birth,
    from_lang: str,
    translator: str,
    court: str,
    city: str,
    on: dt.date,
    number: str,
    with_apostille: str = "",
) -> Doc:
    rng = rng_for("translation", number)
    seal = stamp_round(
        f"{translator.upper()} * EXPERT PRÈS LA COUR D'APPEL DE {court.upper()} *",
        ["TRADUCTEUR", "JURÉ"],
        rng,
        color=(60, 40, 140),
    )
    sig = signature(translator, rng, ink="blue")

    def draw(p: Pg):
        p.t(14, 16, translator, "Times-B", 11)
        p.t(14, 21, f"Traducteur-interprète expert près la Cour d'appel de {court}", "Times-I", 9)
        p.t(
            14,
            25.5,
            f"Langue {from_lang} — Agréé(e) par la Cour de cassation"
            if rng.random() < 0.5
            else f"Langue {from_lang}",
            "Times",
            9,
        )
        p.t(
            14,
            30,
            f"{city} — tél. 04 72 00 00 00 — traduction@exemple.fr".replace(
                "exemple", translator.split()[-1].lower()
            ),
            "Times",
            8.5,
            (80, 80, 80),
        )
        p.line(14, 33, 196, 33, 0.5)
        p.t(105, 44, f"TRADUCTION DU {from_lang.upper()}", "Times-B", 13, align="c")
        p.t(105, 50, "(Document original : acte de naissance)", "Times-I", 9.5, align="c")
        head = {
            "COL": "RÉPUBLIQUE DE COLOMBIE — REGISTRE CIVIL DE NAISSANCE",
            "BRA": "RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL — ACTE DE NAISSANCE",
            "UKR": "UKRAINE — CERTIFICAT DE NAISSANCE",
            "CHN": "ACTE NOTARIÉ — NAISSANCE",
            "MEX": "ÉTATS-UNIS DU MEXIQUE — ACTE DE NAISSANCE",
            "TUR": "RÉPUBLIQUE DE TURQUIE — EXTRAIT D'ACTE DE NAISSANCE",
        }.get(b.country, "ACTE DE NAISSANCE")
        p.t(105, 62, head, "Times-B", 10.5, align="c")
        y = 74
        for lab, val in [
            ("Nom", b.surname),
            ("Prénom(s)", b.given),
            ("Sexe", "féminin" if b.sex == "F" else "masculin"),
            ("Date de naissance", fr_long(b.dob)),
            ("Lieu de naissance", b.place),
            ("Père", b.father),
            ("Mère", b.mother),
            ("Numéro d'enregistrement", b.reg_no),
            ("Date de délivrance", fr_long(b.issued_on)),
        ]:
            _kv(p, 20, y, lab + " :", val, "Times", "Times-B", 11, 52)
            y += 7.5
        y += 4
        p.para(
            20,
            y,
            170,
            "[Cachet de l'officier de l'état civil] [Signature illisible]"
            + (f" — [Apostille n° {with_apostille}]" if with_apostille else ""),
            "Times-I",
            10,
            5,
        )
        y += 16
        p.para(
            20,
            y,
            170,
            f"Je soussigné(e), {translator}, traducteur-interprète expert près la Cour d'appel "
            f"de {court}, certifie que la présente traduction est conforme à l'original rédigé en langue "
            f"{from_lang.lower()} qui m'a été présenté.",
            "Times",
            10.5,
            5.2,
            justify=True,
        )
        y += 24
        p.t(
            20,
            y,
            f"Traduction certifiée conforme à l'original. Fait à {city}, le {fr(on)}.",
            "Times-B",
            10.5,
        )
        p.t(20, y + 7, f"Répertoire n° {number}", "Times", 10)
        p.img(seal, 30, y + 12, w=40)
        p.img(sig, 115, y + 14, w=50)

    return Doc("translation", {}, [Page(draw)])
