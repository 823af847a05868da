"""Identity pieces: passport data pages (TD3), ID cards (TD1 / French 1988), visa stickers
(MRV-B/MRV-A on a passport page), French titres de séjour (TD1) and récépissés (A4)."""

from __future__ import annotations

import datetime as dt

from gen_codes import mrv, td3, translit
from gen_core import Page
from gen_draw import face_img, guilloche, rosette, stamp_img
from gen_passdata import PASS, dfmt, mrz_size
from gen_people import Person


def passport(
    p: Person, rng, number: str, issued: dt.date, expiry: dt.date, tamper: str | None = None
):
    spec = PASS[p.nat]
    pg = Page(125, 88, bg=tuple(min(255, c + 18) for c in spec["color"]))
    guilloche(pg, 0, 8, 125, 60, spec["color"], rng, n=26, lw=0.15, amp=9)
    rosette(pg, rng.uniform(70, 110), 40, 18, tuple(max(0, c - 25) for c in spec["color"]), rng)
    y = 5.2
    if spec.get("arabic"):
        pg.text(120, y, spec["arabic"], "arabic", 8, (40, 40, 60), anchor="r", rtl=True)
        pg.text(5, y, spec["head"][0], "dejavu-b", 6.5, (40, 40, 60))
        pg.text(5, y + 4, spec["head"][1], "dejavu", 6, (40, 40, 60))
    else:
        hf = {"CHN": "cjk", "KOR": "cjk2", "IND": "deva"}.get(p.nat, "dejavu-b")
        pg.text(62.5, y, spec["head"][0], hf, 7, (40, 40, 70), anchor="m")
        pg.text(62.5, y + 3.8, spec["head"][1], "dejavu", 6, (40, 40, 70), anchor="m")
    pg.image(4, 16, 31, 40, face_img(rng, p.sex, w=31, h=40))
    lab = spec["lab"]
    lf = spec.get("labfont", "dejavu")
    vf = spec["font"]
    df = spec["df"]
    lc, vc = (70, 70, 90), (15, 15, 25)
    ls, vs = 4.2, 7.6

    def fld(x, yy, i, val, vfont=None):
        pg.text(x, yy, lab[i], lf if lf in ("cjk", "cjk2") else lf, ls, lc)
        pg.text(x, yy + 3.3, val, vfont or vf, vs, vc)

    x0, x1, x2 = 39, 58, 88
    fld(x0, 14, 0, "P")
    fld(x1, 14, 1, p.nat)
    fld(x2, 14, 2, number)
    fld(x0, 21, 3, p.surname)
    fld(x0, 28, 4, p.given)
    fld(x0, 35, 5, spec["natw"], "cjk" if p.nat == "CHN" else None)
    fld(x0, 42, 6, dfmt(p.dob, df))
    fld(x1 + 22, 42, 7, p.sex if p.nat != "FRA" else p.sex)
    fld(x0, 49, 8, p.pob_city.upper())
    fld(x0, 56, 9, dfmt(issued, df))
    fld(x1 + 22, 56, 11, spec["auth"], "cjk" if p.nat in ("CHN",) else None)
    fld(x0, 63, 10, dfmt(expiry, df))
    pg.sign(90, 58, 30, 9, p.full, rng, color=(20, 20, 30))
    pg.image(108, 14, 12, 15, face_img(rng, p.sex, grey=True, w=12, h=15))
    lines = td3("P", p.nat, p.surname, p.given, number, p.nat, p.dob, p.sex, expiry)
    valid = True
    if tamper == "checkdigit":
        l2 = lines[1]
        bad = str((int(l2[9]) + 3) % 10)
        lines[1] = l2[:9] + bad + l2[10:]
        valid = False
    sz = mrz_size(117, 44)
    pg.rect(0, 71, 125, 17, None, (250, 250, 248), 0)
    pg.text(4, 78.5, lines[0], "ocrb", sz, (10, 10, 10))
    pg.text(4, 84.5, lines[1], "ocrb", sz, (10, 10, 10))
    fields = dict(
        surname=p.surname,
        given_names=p.given,
        document_number=number,
        nationality=p.nat,
        issuing_country=p.nat,
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=expiry.isoformat(),
        mrz_valid=valid,
    )
    return pg, fields, lines


def booklet(data_page: Page, rng, upper: Page | None = None, cover=(40, 40, 70)) -> Page:
    """Open passport: upper page + data page, on a cover slightly larger."""
    pg = Page(133, 184, bg=(250, 250, 250))
    pg.rect(0, 0, 133, 184, None, cover, 0, 3)
    up = upper or Page(125, 88, bg=tuple(min(255, c + 5) for c in data_page.bg))
    if upper is None:
        guilloche(up, 0, 0, 125, 88, tuple(max(0, c - 20) for c in data_page.bg), rng, n=20)
        up.text(62.5, 80, str(rng.randint(2, 3)), "dejavu", 6, (90, 90, 90), anchor="m")
    pg.ops.append(("img", 4, 3, 125, 88, _r(up)))
    pg.ops.append(("img", 4, 93, 125, 88, _r(data_page)))
    pg.line(4, 92, 129, 92, (120, 120, 130), 0.6)
    return pg


def _r(page: Page, dpi=400):
    from gen_core import render

    return render(page, dpi)


def visa_page(
    p: Person,
    rng,
    number: str,
    passport_no: str,
    vfrom: dt.date,
    vuntil: dt.date,
    issued: dt.date,
    post: str,
    category: str,
    vtype="D",
    fmt="B",
):
    pg = Page(125, 88, bg=(244, 240, 232))
    guilloche(pg, 0, 0, 125, 88, (222, 214, 200), rng, n=16, amp=8)
    sx, sy, sw, sh = 10, 7, 105, 74
    st = Page(sw, sh, bg=(236, 232, 246))
    guilloche(st, 0, 0, sw, sh, (205, 196, 228), rng, n=30, lw=0.12, amp=6)
    rosette(st, 70, 35, 16, (190, 175, 220), rng)
    st.text(4, 7, "VISA", "dejavu-b", 14, (60, 40, 120))
    st.text(34, 5.5, "VALABLE POUR / VALID FOR", "dejavu", 3.6, (80, 70, 110))
    st.text(34, 9.5, "FRANCE" if vtype == "D" else "ÉTATS SCHENGEN", "dejavu-b", 7.2, (10, 10, 20))
    st.text(101, 7, number, "dejavu-b", 8, (190, 20, 30), anchor="r")
    st.image(3, 13, 24, 31, face_img(rng, p.sex, w=24, h=31))
    dfv = lambda x: x.strftime("%d-%m-%Y")  # noqa: E731
    rows = [
        (30, 15, "DU / FROM", dfv(vfrom)),
        (62, 15, "AU / UNTIL", dfv(vuntil)),
        (30, 22, "TYPE DE VISA / TYPE OF VISA", vtype),
        (62, 22, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT"),
        (
            30,
            29,
            "DURÉE DE SÉJOUR / DURATION OF STAY",
            f"{(vuntil - vfrom).days + 1 if vtype == 'D' else 90} JOURS",
        ),
        (62, 29, "DÉLIVRÉ À / ISSUED IN", post),
        (30, 36, "LE / ON", dfv(issued)),
        (62, 36, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", passport_no),
        (
            30,
            43,
            "NOM, PRÉNOM / SURNAME, NAME",
            f"{translit(p.surname).replace('<', ' ')}, {translit(p.given).replace('<', ' ')}",
        ),
    ]
    for x, y, lab, val in rows:
        st.text(x, y, lab, "dejavu", 3.2, (80, 70, 110))
        st.text(x, y + 3.4, val, "dejavu-b", 5.6, (10, 10, 20))
    st.text(4, 49, "REMARQUES / REMARKS", "dejavu", 3.2, (80, 70, 110))
    if vtype == "D":
        rem = [f"VLS-TS {category}", "CESEDA R.431-16 / VALIDATION EN LIGNE"]
    else:
        rem = [category or "TOURISME / VISITE FAMILIALE", "VISA DE COURT SÉJOUR"]
    for i, r in enumerate(rem):
        st.text(4, 52.5 + i * 3.4, r, "dejavu-b", 5.2, (10, 10, 20))
    lines = mrv(fmt, "V" + vtype, "FRA", p.surname, p.given, number, p.nat, p.dob, p.sex, vuntil)
    sz = mrz_size(97, len(lines[0]))
    st.rect(0, 60, sw, 14, None, (242, 240, 246), 0)
    st.text(4, 65.5, lines[0], "ocrb", sz, (10, 10, 10))
    st.text(4, 71.5, lines[1], "ocrb", sz, (10, 10, 10))
    pg.image(sx, sy, sw, sh, _r(st, 350))
    if rng.random() < 0.7:
        pg.image(
            86,
            12,
            30,
            30,
            stamp_img(
                "CONSULAT GENERAL DE FRANCE",
                ["VISA", post[:10]],
                30,
                (70, 60, 150),
                rng,
                ring2="* " + post[:12] + " *",
            ),
        )
    pg.text(120, 85, str(rng.randint(4, 30)), "dejavu", 5, (90, 90, 90), anchor="r")
    fields = dict(
        surname=translit(p.surname).replace("<", " "),
        given_names=translit(p.given).replace("<", " "),
        document_number=number,
        nationality=p.nat,
        issuing_country="FRA",
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=vuntil.isoformat(),
        mrz_valid=True,
        visa_type=vtype,
        vls_ts=vtype == "D",
        category=category if vtype == "D" else None,
        valid_from=vfrom.isoformat(),
        valid_until=vuntil.isoformat(),
    )
    return pg, fields, lines
