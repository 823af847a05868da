"""Birth certificates, part 3: Colombia, Mexico, UK, Vietnam."""

from __future__ import annotations

from gen_civil import _fields, _officer
from gen_codes import MONTHS_EN, MONTHS_ES, digits
from gen_core import Page
from gen_draw import guilloche, qr_img, stamp_img
from gen_layout import kv, table


def hispanic(p, rng, country, issued, place):
    """Colombia (registro civil) and Mexico (acta de nacimiento): boxed forms."""
    pg = Page(bg=(250, 250, 250))
    sur = p.surname.split(" ")
    a1, a2 = sur[0], " ".join(sur[1:])
    if country == "COL":
        pg.text(105, 18, "REPÚBLICA DE COLOMBIA", "sans-b", 12, anchor="m")
        pg.text(105, 24, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sans", 9, anchor="m")
        pg.text(105, 33, "REGISTRO CIVIL DE NACIMIENTO", "sans-b", 14, anchor="m")
        pg.text(150, 42, f"Indicativo Serial {digits(rng, 8)}", "sans-b", 10)
        y = kv(
            pg,
            15,
            46,
            "NUIP",
            f"1.0{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}",
            "cell",
            "sans",
            "sans-b",
            7,
            10,
            w=60,
        )
        y = kv(
            pg,
            15,
            y + 3,
            "Oficina de registro - País - Departamento - Municipio",
            f"NOTARÍA 5 - COLOMBIA - ANTIOQUIA - {place.upper()}",
            "cell",
            "sans",
            "sans-b",
            7,
            9.5,
            w=180,
        )
    else:
        pg.text(105, 18, "ESTADOS UNIDOS MEXICANOS", "sans-b", 12, anchor="m")
        pg.text(105, 24, "REGISTRO NACIONAL DE POBLACIÓN", "sans", 9, anchor="m")
        pg.text(105, 33, "ACTA DE NACIMIENTO", "sans-b", 16, anchor="m")
        pg.text(15, 42, f"Identificador electrónico {digits(rng, 20)}", "sans", 8)
        y = kv(pg, 15, 46, "Entidad de registro", "JALISCO", "cell", "sans", "sans-b", 7, 10, w=60)
        kv(
            pg,
            75,
            46,
            "Municipio de registro",
            place.upper(),
            "cell",
            "sans",
            "sans-b",
            7,
            10,
            w=60,
        )
        kv(pg, 135, 46, "Número de acta", digits(rng, 5), "cell", "sans", "sans-b", 7, 10, w=60)
        y += 3
    pg.rect(15, y + 2, 180, 6, None, (215, 215, 215), 0)
    pg.text(
        17,
        y + 6.5,
        "DATOS DEL INSCRITO" if country == "COL" else "DATOS DE LA PERSONA REGISTRADA",
        "sans-b",
        8.5,
    )
    y += 8
    kv(pg, 15, y, "Primer apellido", a1.upper(), "cell", "sans", "sans-b", 7, 11, w=60)
    kv(pg, 75, y, "Segundo apellido", a2.upper(), "cell", "sans", "sans-b", 7, 11, w=60)
    y = kv(pg, 135, y, "Nombre(s)", p.given.upper(), "cell", "sans", "sans-b", 7, 11, w=60)
    months = MONTHS_ES[p.dob.month - 1]
    dtxt = (
        f"{p.dob.year}  {months.upper()[:3]}  {p.dob.day:02d}"
        if country == "COL"
        else p.dob.strftime("%d/%m/%Y")
    )
    kv(
        pg,
        15,
        y,
        "Fecha de nacimiento (Año Mes Día)" if country == "COL" else "Fecha de nacimiento",
        dtxt,
        "cell",
        "sans",
        "sans-b",
        7,
        11,
        w=60,
    )
    kv(
        pg,
        75,
        y,
        "Sexo",
        ("FEMENINO" if p.sex == "F" else "MASCULINO"),
        "cell",
        "sans",
        "sans-b",
        7,
        11,
        w=40,
    )
    pob = f"{p.pob_city.upper()}, {'ANTIOQUIA' if country == 'COL' else 'JALISCO'}"
    y = kv(pg, 115, y, "Lugar de nacimiento", pob, "cell", "sans", "sans-b", 7, 10, w=80)
    if country == "MEX":
        y = kv(
            pg,
            15,
            y,
            "CURP",
            f"{a1[:2]}{a2[:1] or 'X'}{p.given[:1]}{p.dob.strftime('%y%m%d')}"
            f"{'M' if p.sex == 'F' else 'H'}JCR{digits(rng, 2)}".upper(),
            "cell",
            "sans",
            "mono-b",
            7,
            11,
            w=90,
        )
    pg.rect(15, y + 2, 180, 6, None, (215, 215, 215), 0)
    pg.text(17, y + 6.5, "DATOS DE LOS PADRES / FILIACIÓN", "sans-b", 8.5)
    y += 8
    kv(pg, 15, y, "Madre", p.mother.upper(), "cell", "sans", "sans-b", 7, 10, w=90)
    y = kv(pg, 105, y, "Padre", p.father.upper(), "cell", "sans", "sans-b", 7, 10, w=90)
    y = pg.para(
        15,
        y + 10,
        180,
        "Certifico que la presente es copia fiel del registro que obra "
        "en los archivos de esta oficina."
        if country == "COL"
        else "Se certifica que "
        "los datos corresponden al acta que obra en la base de datos nacional del "
        "Registro Civil.",
        "sans-i",
        9,
    )
    pg.text(
        15,
        y + 6,
        f"Fecha de expedición: {issued.day} de {MONTHS_ES[issued.month - 1]} de {issued.year}",
        "sans",
        9,
    )
    pg.sign(120, y + 10, 60, 18, "L. Restrepo", rng)
    pg.text(
        150,
        y + 31,
        "Notario / Registrador" if country == "COL" else "Oficial del Registro Civil",
        "sans",
        8.5,
        anchor="m",
    )
    url = (
        "https://www.gob.mx/ActaNacimiento/"
        if country == "MEX"
        else "https://certificados.registraduria.gov.co/v/"
    )
    pg.image(20, y + 14, 26, 26, qr_img(url + digits(rng, 14)))
    f = _fields(p, p.surname.upper(), p.given.upper(), pob, country, "es")
    return [pg], f


def uk(p, rng, issued, district="Manchester"):
    pg = Page(297, 210, bg=(246, 236, 236))
    guilloche(pg, 0, 0, 297, 210, (232, 208, 208), rng, n=36, lw=0.15, amp=5)
    pg.text(
        148, 16, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serif-b", 14, (120, 30, 50), anchor="m"
    )
    pg.text(148, 23, "GIVEN AT THE GENERAL REGISTER OFFICE", "serif", 9, anchor="m")
    pg.text(12, 34, f"Registration district  {district.upper()}", "serif", 9)
    pg.text(
        12,
        40,
        f"{p.dob.year}  BIRTH in the Sub-district of {district} Central in the {district}",
        "serif",
        9,
    )
    hd = [
        "No.",
        "When and where born",
        "Name, if any",
        "Sex",
        "Name and surname of father",
        "Name, surname and maiden surname of mother",
        "Occupation of father",
        "Signature of informant",
        "When registered",
        "Signature of registrar",
    ]
    hosp = p.extra.get("hospital", "St Mary's Hospital, " + district)
    born = f"{p.dob.day} {MONTHS_EN[p.dob.month - 1]} {p.dob.year} {hosp}"
    row = [
        str(rng.randint(10, 400)),
        born,
        p.given,
        "Girl" if p.sex == "F" else "Boy",
        p.father,
        p.mother,
        "Engineer",
        "M. " + p.surname.title() + " Mother",
        f"{p.dob.day + 3 if p.dob.day < 25 else 2} {MONTHS_EN[p.dob.month - 1]} {p.dob.year}",
        "J. Holden Registrar",
    ]
    table(
        pg,
        10,
        46,
        [10, 44, 26, 12, 32, 40, 24, 36, 28, 25],
        [hd, row],
        font="fserif",
        head_font="fserif",
        size=6.2,
        rh=22,
        head_fill=(236, 214, 214),
    )
    pg.text(12, 84, f"Surname: {p.surname.upper()}", "serif-b", 9)
    pg.para(
        12,
        100,
        270,
        "CERTIFIED to be a true copy of an entry in the certified copy of a "
        "Register of Births in the District above mentioned. Given at the GENERAL REGISTER "
        f"OFFICE, under the Seal of the said Office, the {issued.day} day of "
        f"{MONTHS_EN[issued.month - 1]} {issued.year}.",
        "serif",
        9.5,
    )
    pg.text(12, 122, f"BXCG {digits(rng, 6)}", "serif-b", 10, (120, 30, 50))
    pg.image(
        240, 110, 40, 40, stamp_img("GENERAL REGISTER OFFICE", ["GRO"], 36, (130, 40, 60), rng)
    )
    pg.para(
        12,
        190,
        270,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT. WARNING: "
        "A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
        "serif-b",
        7,
    )
    f = _fields(p, p.surname.upper(), p.given, hosp, "GBR", "en")
    return [pg], f


def vietnam(p, rng, issued):
    pg = Page(bg=(252, 250, 244))
    pg.text(105, 18, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "dejavu-b", 11, anchor="m")
    pg.text(105, 24, "Độc lập - Tự do - Hạnh phúc", "dejavu-b", 10, anchor="m")
    pg.text(105, 38, "GIẤY KHAI SINH (BẢN SAO)", "dejavu-b", 15, anchor="m")
    pg.text(20, 48, f"Số: {rng.randint(10, 400)}/{p.dob.year}   Quyển số: 01", "dejavu", 9.5)
    full = f"{p.surname} {p.given}"
    items = [
        ("Họ, chữ đệm, tên", full.upper()),
        ("Ngày, tháng, năm sinh", p.dob.strftime("%d/%m/%Y")),
        ("Giới tính", "Nữ" if p.sex == "F" else "Nam"),
        ("Dân tộc", "Kinh"),
        ("Quốc tịch", "Việt Nam"),
        ("Nơi sinh", f"Bệnh viện Phụ sản, {p.pob_city}"),
        ("Họ, chữ đệm, tên người mẹ", p.mother),
        ("Họ, chữ đệm, tên người cha", p.father),
    ]
    y = 60
    for lab, val in items:
        y = kv(pg, 20, y, lab + ":", val, "dots", "dejavu", "dejavu-b", 9.5, 10.5, tab=60, w=170)
    pg.text(
        110,
        y + 12,
        f"{p.pob_city}, ngày {issued.day} tháng {issued.month} năm {issued.year}",
        "dejavu",
        9.5,
    )
    _officer(pg, rng, 150, y + 22, "NGƯỜI KÝ BẢN SAO", "Trần Văn Hùng", "UBND PHƯỜNG", ["HÀ NỘI"])
    f = _fields(
        p, p.surname.upper(), p.given.upper(), f"Bệnh viện Phụ sản, {p.pob_city}", "VNM", "vi"
    )
    return [pg], f
