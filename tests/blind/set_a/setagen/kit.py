"""Shared helpers used by packets.py and singles.py: make the standard pieces
of an applicant and write them with a given look."""

from PIL import Image

from . import build as B
from . import checks as C
from . import docs_form as FM
from . import docs_id as I
from . import fmt as F
from . import ink
from . import looks as L
from .person import Person

STATUS = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}

COUNTRY_FR = {
    "DZA": "Algérie",
    "MAR": "Maroc",
    "TUN": "Tunisie",
    "SEN": "Sénégal",
    "CIV": "Côte d'Ivoire",
    "COL": "Colombie",
    "BRA": "Brésil",
    "USA": "États-Unis",
    "GBR": "Royaume-Uni",
    "CHN": "Chine",
    "ITA": "Italie",
    "ESP": "Espagne",
    "FRA": "France",
    "TUR": "Turquie",
    "VNM": "Viêt Nam",
}
NAT_FR = {
    "DZA": "algérienne",
    "MAR": "marocaine",
    "TUN": "tunisienne",
    "SEN": "sénégalaise",
    "CIV": "ivoirienne",
    "COL": "colombienne",
    "BRA": "brésilienne",
    "USA": "américaine",
    "GBR": "britannique",
    "CHN": "chinoise",
    "ITA": "italienne",
    "ESP": "espagnole",
    "TUR": "turque",
    "VNM": "vietnamienne",
}


def person(**kw):
    return Person(**kw)


# ------------------------------------------------------------------ images of pieces


def booklet_img(p, bad=None, cc=None, facing="observations"):
    data, fields, mrz = I.passport_data_page(p, bad_mrz=bad, cc=cc)
    up = I.facing_page(p, facing, cc=cc)
    bk = I.booklet(up, data)
    return B.item(bk, 300, 4), fields


def datapage_img(p, bad=None, cc=None):
    data, fields, mrz = I.passport_data_page(p, bad_mrz=bad, cc=cc)
    return B.item(data, 300, 3), fields


def visa_img(p, v):
    pg, fields, mrz = I.visa_page(p, v)
    return B.item(pg, 300, 3), fields


def card_imgs(front, back, dpi=400):
    return B.item(front, dpi, 3.2), B.item(back, dpi, 3.2)


def side_by_side(imgs, gap_px=60, vertical=False):
    """Several physical items lying on a table next to each other (RGBA)."""
    if vertical:
        W = max(i.size[0] for i in imgs)
        H = sum(i.size[1] for i in imgs) + gap_px * (len(imgs) - 1)
    else:
        W = sum(i.size[0] for i in imgs) + gap_px * (len(imgs) - 1)
        H = max(i.size[1] for i in imgs)
    canvas = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    o = 0
    for im in imgs:
        if vertical:
            canvas.paste(im, (0, o), im)
            o += im.size[1] + gap_px
        else:
            canvas.paste(im, (o, (H - im.size[1]) // 2), im)
            o += im.size[0] + gap_px
    return canvas


def mm_w(img, dpi):
    return img.size[0] * 25.4 / dpi


# ------------------------------------------------------------------ writers with looks


def scan_pdf(Fd, fname, items, key, dpi=200, gray=False, q=72):
    """items: [(docs, Page)] -> image-only PDF, one scanned page per item."""
    out = []
    for i, (docs, page) in enumerate(items):
        out.append((docs, B.scan_page(page, "%s/%s/%d" % (key, fname, i), dpi, gray=gray)))
    Fd.image_pdf(fname, out, dpi, q)


def scan_jpg(Fd, fname, docs, page, key, dpi=200, gray=False, q=84):
    Fd.jpeg(fname, B.scan_page(page, key + "/" + fname, dpi, gray=gray), docs, q)


def scan_png(Fd, fname, docs, page, key, dpi=150, gray=True):
    Fd.png(fname, B.scan_page(page, key + "/" + fname, dpi, gray=gray), docs)


def items_sheet(items, key, dpi=300, gray=False):
    """Place physical items (RGBA imgs rendered at `dpi_src`) on an A4 scanner glass.
    items: [(img, src_dpi)] stacked from the top-left corner."""
    placed = []
    y = 12.0
    for img, sdpi in items:
        w = mm_w(img, sdpi)
        h = img.size[1] * 25.4 / sdpi
        placed.append((img, 12.0, y, w, 0))
        y += h + 10
    return B.sheet(placed, key, dpi, gray=gray)


def photo_file(
    Fd, fname, docs, page_or_img, key, rot=0, bg="wood", long_side=3000, fill=0.8, q=86, **kw
):
    if isinstance(page_or_img, L.Page):
        img = B.photo_page(
            page_or_img, key + "/" + fname, long_side, rot=rot, bg=bg, fill=fill, **kw
        )
    else:
        img = L.photo(
            page_or_img, key + "/" + fname, long_side=long_side, fill=fill, rot=rot, bg=bg, **kw
        )
    Fd.jpeg(fname, img, docs, q)


# ------------------------------------------------------------------ the form


def form_values(
    p,
    situation,
    signed_on,
    city="Paris",
    contract=None,
    profession=None,
    signed=True,
    date_text=None,
    usage=None,
    given=None,
    surname=None,
    nir=None,
    other=None,
):
    addr_street, addr_city = p.addr
    postcode, town = addr_city.split(" ", 1)
    v = dict(
        surname=surname or p.surname,
        usage=usage or "",
        given=given or p.given.title(),
        sex=p.sex,
        dob=p.dob,
        birth_city=p.birth_city,
        birth_country=COUNTRY_FR[p.birth_country],
        nationality=NAT_FR[p.nat],
        nir=nir or "",
        address=addr_street,
        postcode=postcode,
        city=town,
        phone=p.phone,
        email=p.email,
        situation=situation,
        contract=contract,
        profession=profession or "",
        other=other or "",
        fait_a=city,
        date_text=date_text if date_text is not None else F.fr(signed_on),
        signed=signed,
        signed_on=signed_on,
        status=STATUS[situation],
    )
    return v


def form_doc(Fd, v, look, notes=None):
    return Fd.doc("application_form", look, FM.form_fields(v), notes)


def applicant(p):
    return dict(
        surname=p.passport.get("surname", p.surname) if p.passport else p.surname,
        given_names=p.passport.get("given", p.given) if p.passport else p.given,
        date_of_birth=p.dob,
        nationality=p.nat,
    )


def reqs(**over):
    r = {k: "complete" for k in B.REQ_IDS}
    r.update(over)
    return r


# ------------------------------------------------------------------ banks


def rib_fr(
    holder,
    holder_lines,
    address,
    bank,
    branch,
    account,
    domiciliation,
    bic,
    bank_name,
    edited,
    bad_iban=False,
    **extra,
):
    iban, key = C.french_iban(bank, branch, account)
    if bad_iban:
        # two check digits swapped / mistyped: mod 97 fails, the RIB key stays right
        iban = (
            iban[:2] + iban[3] + iban[2] + iban[4:]
            if iban[2] != iban[3]
            else (iban[:2] + "%02d" % ((int(iban[2:4]) + 11) % 100) + iban[4:])
        )
        assert not C.iban_ok(iban)
    r = dict(
        holder=holder,
        holder_lines=holder_lines,
        address=address,
        bank_code=bank,
        branch=branch,
        account=account,
        key=key,
        iban=iban,
        bic=bic,
        bank_name=bank_name,
        domiciliation=domiciliation,
        edited=edited,
    )
    r.update(extra)
    return r


def rib_lt(holder, bank5, account11, bic, bank_name, bank_addr):
    iban = C.iban_make("LT", bank5 + account11)
    return dict(
        holder=holder,
        holder_lines=[holder],
        address=[],
        bank_code=bank5,
        branch="",
        account=account11,
        key="",
        iban=iban,
        bic=bic,
        bank_name=bank_name,
        bank_addr=bank_addr,
        domiciliation=[],
        edited="",
    )


APP_KALO = dict(
    name="Kalo",
    bg=(246, 246, 250),
    fg=(22, 22, 32),
    muted=(120, 120, 132),
    accent=(92, 58, 220),
    line=(222, 222, 232),
    title="Mon RIB",
    note="Utilisez ces coordonnées pour recevoir votre salaire, vos remboursements "
    "santé et vos virements.",
)
APP_NUVIA = dict(
    name="nuvia",
    bg=(18, 18, 22),
    fg=(240, 240, 245),
    muted=(150, 150, 160),
    accent=(0, 170, 140),
    line=(50, 50, 58),
    title="Détails du compte",
    clock="18:45",
    note="IBAN lituanien (LT) : compte SEPA utilisable en France pour les "
    "virements et prélèvements.",
)


def bill_months(start_iso, n, day_issue=2, span="month"):
    """n consecutive monthly periods starting at start_iso (first day of a month)."""
    out = []
    for i in range(n):
        s = F.add_months(start_iso, i)
        y, m = int(s[:4]), int(s[5:7])
        e = F.month_end(y, m)
        issue = F.add_days(e, day_issue)
        out.append((s, e, issue))
    return out


def shifted_months(start_iso, n, issue_delay=2):
    """Periods like 14/08 - 13/09 (meter-reading cycles)."""
    out = []
    for i in range(n):
        s = F.add_months(start_iso, i)
        e = F.add_days(F.add_months(start_iso, i + 1), -1)
        out.append((s, e, F.add_days(e, issue_delay)))
    return out


__all__ = ["FM", "I", "ink"]
