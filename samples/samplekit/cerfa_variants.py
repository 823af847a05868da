"""Variants of the official application form, cerfa 15763*02 (S1106), as people send it.

Each variant is one way a person puts the form in the packet, with its ground truth:

* fill: ``hand`` (a pen: capitals one per comb box, ticks or crosses, the date and place,
  a signature), ``typed`` (typed on screen in a PDF editor, printed, then signed by pen and
  sometimes dated by pen), ``acroform`` (the fillable PDF itself: values in AcroForm fields
  a PDF reader gets without OCR, a signature image pasted or none), ``acroform_printed``
  (that PDF printed, then signed, sometimes dated, by pen);
* look: a flatbed ``scan``, a phone ``photo`` of each page (perspective, background, light),
  or ``digital`` (the fillable PDF untouched);
* packaging: both pages in one PDF, two image files, and either in reverse order (page 2
  first);
* cases: signed and dated (most), unsigned (an empty box), the box holding only its printed
  word "Signature", a stray dot or short stroke in the box, a date in the future, a US-style
  date, no date, a date in words; each box of section B ticked in turn, none, two; a usage
  name or not; names with accents, apostrophes and hyphens.

``variants(n, seed)`` is the deterministic series ``bench/form_bench.py --layout cerfa``
measures; ``write_cerfa(folder, variant)`` writes one variant's files. Nothing here is
committed as a binary.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from PIL import Image, ImageDraw

from .documents.cerfa import (
    CONTRACTS,
    EMPLOYMENT_STATUS,
    INKS,
    CerfaContent,
    Fields,
    Filler,
    Hand,
    SignMark,
    Typed,
    cerfa_pages,
    fold_accents,
)
from .documents.common import Address, Person, fr_date, fr_words
from .output import _fixed_meta, write_image_pdf, write_jpeg, write_png
from .page import INK_BLUE, Page, PdfSurface, Surface
from .scan import PhotoOptions, ScanOptions, photo, scan, seed_for

AS_OF = dt.date(2026, 11, 20)
"""The audit date the truth's verdicts hold for (dates are drawn around it)."""

Fill = Literal["hand", "typed", "acroform", "acroform_printed"]
Look = Literal["scan", "photo", "digital"]
Packaging = Literal["pdf", "images", "pdf_reversed", "images_reversed"]
Case = Literal["ok", "words", "unsigned", "label_only", "dot", "stroke", "future", "us", "no_date"]
Scheme = Literal["acrobat", "livecycle"]


# ---- who fills the form in --------------------------------------------------------------------


@dataclass(frozen=True)
class Applicant:
    person: Person
    usage_name: str = ""
    profession: str = ""
    employer: str = ""
    activity: str = ""
    other_text: str = ""
    phone: str = "0612345678"
    insee_country: str = "404"


def _applicant(
    surname: str,
    given: str,
    sex: str,
    born: dt.date,
    place: str,
    country: str,
    address: Address,
    insee: str,
    **more: str,
) -> Applicant:
    person = Person(
        surname=surname,
        given_names=given,
        sex=sex,
        birth_date=born,
        birth_place=place,
        birth_region="",
        birth_country=country,
        nationality=country,
        address=address,
    )
    return Applicant(person=person, insee_country=insee, **more)


APPLICANTS: tuple[Applicant, ...] = (
    _applicant("CARTER", "Emily Rose", "F", dt.date(1990, 4, 17), "Portland", "USA",
               Address("12 rue des Lilas", "75011", "Paris"), "404",
               profession="Ingénieure logiciel", employer="Logiciels Mistral SAS",
               activity="Traductrice indépendante", other_text="Conjointe d'un salarié détaché",
               phone="0612345678"),
    _applicant("GAGNÉ-BÉLANGER", "Marie-Ève", "F", dt.date(1993, 2, 8), "Québec", "CAN",
               Address("8 allée des Érables", "69007", "Lyon"), "401", usage_name="MARTIN",
               profession="Infirmière", employer="Hospices Civils de Lyon",
               activity="Graphiste", other_text="Volontaire en service civique",
               phone="0749201835"),
    _applicant("DA SILVA ARAÚJO", "João Pedro", "M", dt.date(1988, 11, 23), "Belo Horizonte",
               "BRA", Address("41 boulevard Vauban", "59000", "Lille"), "427",
               profession="Chef de cuisine", employer="Brasserie du Vieux-Lille SARL",
               activity="Photographe", other_text="Artiste-auteur", phone="0651772904"),
    _applicant("O'BRIEN-WALSH", "Siobhán", "F", dt.date(1995, 6, 30), "Cork", "IRL",
               Address("3 place du Marché", "33000", "Bordeaux"), "136",
               profession="Chargée de clientèle", employer="Aquitaine Direct SAS",
               activity="Professeure de yoga", other_text="Au pair", phone="0780114562"),
    _applicant("MÜLLER", "Jürgen Karl", "M", dt.date(1979, 9, 2), "München", "DEU",
               Address("27 rue de la Première Armée", "67000", "Strasbourg"), "109",
               profession="Technicien de maintenance", employer="Alsace Ascenseurs SA",
               activity="Menuisier", other_text="Retraité", phone="0688420713"),
    _applicant("SÁNCHEZ ORTEGA", "María José", "F", dt.date(1991, 12, 14), "Guadalajara",
               "MEX", Address("5 impasse des Tilleuls", "31000", "Toulouse"), "405",
               usage_name="DUBOIS", profession="Assistante de recherche",
               employer="Université Toulouse III", activity="Architecte d'intérieur",
               other_text="Chercheuse invitée", phone="0622958140"),
    _applicant("OKONKWO", "Chiamaka Adaeze", "F", dt.date(1997, 3, 21), "Lagos", "NGA",
               Address("102 avenue Jean-Jaurès", "13003", "Marseille"), "336",
               profession="Aide-soignante", employer="Clinique Bonneveine",
               activity="Coiffeuse à domicile", other_text="Stagiaire", phone="0765431298"),
    _applicant("NGUYEN", "Thi Thu Hà", "F", dt.date(1994, 7, 5), "Hô-Chi-Minh-Ville", "VNM",
               Address("19 rue Lamartine", "44000", "Nantes"), "243", usage_name="LEFÈVRE",
               profession="Comptable", employer="Cabinet Océane Conseil",
               activity="Traductrice", other_text="Conjointe de Français", phone="0632184470"),
    _applicant("HADDAD", "Rania", "F", dt.date(1986, 10, 29), "Beyrouth", "LBN",
               Address("56 cours Gambetta", "34000", "Montpellier"), "205",
               usage_name="LEROY", profession="Pharmacienne", employer="Pharmacie de la Comédie",
               activity="Consultante", other_text="Mère au foyer", phone="0610527736"),
    _applicant("IVANENKO", "Oleksandr", "M", dt.date(1984, 1, 11), "Kharkiv", "UKR",
               Address("7 rue du Docteur Roux", "35000", "Rennes"), "155",
               profession="Soudeur", employer="Bretagne Métal Industrie",
               activity="Chauffeur VTC", other_text="Protection temporaire",
               phone="0744093651"),
    _applicant("ÖZTÜRK", "Elif", "F", dt.date(1999, 5, 3), "Izmir", "TUR",
               Address("14 quai de la Fosse", "44000", "Nantes"), "208",
               profession="Serveuse", employer="Le Café des Arts SARL",
               activity="Développeuse web", other_text="Jeune fille au pair",
               phone="0698763412"),
    _applicant("RESTREPO-GÓMEZ", "Andrés Felipe", "M", dt.date(1992, 8, 19), "Medellín", "COL",
               Address("23 rue de l'Abbé Grégoire", "38000", "Grenoble"), "419",
               profession="Doctorant contractuel", employer="Université Grenoble Alpes",
               activity="Guide touristique", other_text="Bénévole associatif",
               phone="0675218843"),
    _applicant("TANAKA", "Kenji", "M", dt.date(1987, 12, 1), "Osaka", "JPN",
               Address("61 rue Saint-Honoré", "75001", "Paris"), "217",
               profession="Pâtissier", employer="Maison Kayser Paris SAS",
               activity="Céramiste", other_text="Accompagnant de conjoint",
               phone="0601936725"),
)  # fmt: skip


def email_of(p: Person) -> str:
    first = fold_accents(p.first_name).lower().split("-")[0]
    last = "".join(ch for ch in fold_accents(p.surname).lower() if ch.isalpha())
    return f"{first}.{last}@{('gmail.com', 'outlook.fr', 'yahoo.com', 'proton.me')[len(last) % 4]}"


def nir_for(a: Applicant, order: int) -> str:
    """A NIR as a person born abroad gets one (department 99, the country's INSEE code),
    with its key."""
    p = a.person
    body = f"{1 if p.sex == 'M' else 2}{p.birth_date:%y%m}99{a.insee_country}{order:03d}"
    return f"{body}{97 - int(body) % 97:02d}"


# ---- truth ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CerfaTruth:
    """What the form says and the verdict a clerk gives the form alone (at ``as_of``)."""

    surname: str
    usage_name: str | None
    given_names: str
    sex: str
    date_of_birth: dt.date
    employment_status: str | None
    """employed, not_employed, other; None when no box or two boxes are ticked."""
    situation: str | None
    ticked: tuple[str, ...]
    contract_type: str | None
    nir: str | None
    signed: bool
    signed_on: dt.date | None
    date_text: str | None
    place: str | None
    files: tuple[str, ...]
    pages: tuple[tuple[str, int], tuple[str, int]]
    """Where the form's page 1 and page 2 are: (file, 1-based page in that file)."""
    verdict: str
    reasons: tuple[str, ...]
    as_of: dt.date = AS_OF

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in self.__dict__.items():
            if isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, tuple):
                v = [list(x) if isinstance(x, tuple) else x for x in v]
            out[k] = v
        return out


def verdict(signed: bool, case: Case, ticked: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The clerk's verdict on the form alone, with its reasons."""
    invalid = [r for r, bad in (("unsigned", not signed), ("date_in_future", case == "future"),
                                ("date_us_format", case == "us")) if bad]  # fmt: skip
    questionable = [r for r, bad in (("date_missing", case == "no_date"),
                                     ("situation_missing", not ticked),
                                     ("situation_ambiguous", len(ticked) > 1)) if bad]  # fmt: skip
    reasons = tuple(invalid + questionable)
    return ("invalid" if invalid else "questionable" if questionable else "complete"), reasons


# ---- a variant -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pen:
    """The hand that fills (or only signs) the form."""

    font: str = "pen-print"
    size: float = 12.0
    ink: str = "blue"
    tick: Literal["x", "check"] = "x"
    caps: bool = False
    accents: bool = True
    signature_font: str = "hand"
    signature_style: Literal["name", "initial", "scribble"] = "name"

    def hand(self, seed: int, keys: frozenset[str] | None = None) -> Hand:
        return Hand(seed=seed, font=self.font, size=self.size, ink=INKS[self.ink], tick=self.tick,
                    caps=self.caps, accents=self.accents, keys=keys,
                    signature_font=self.signature_font, signature_style=self.signature_style)  # fmt: skip


SECTION_C = frozenset({"place", "date", "signature"})


@dataclass(frozen=True)
class CerfaVariant:
    """One rendering of the cerfa and what it takes to reproduce it."""

    name: str
    content: CerfaContent
    fill: Fill
    look: Look
    packaging: Packaging
    case: Case
    files: tuple[str, ...]
    pen: Pen = field(default_factory=Pen)
    pen_keys: frozenset[str] = frozenset({"signature"})
    """Over typed or printed AcroForm values: what the pen adds (signature, date...)."""
    typed_font: str = "sans"
    typed_aligned: bool = True
    typed_mark: str = "X"
    scheme: Scheme = "acrobat"
    dpi: int = 200
    scan: ScanOptions = field(default_factory=ScanOptions)
    photo: PhotoOptions = field(default_factory=PhotoOptions)
    quality: int = 75
    signed_on: dt.date | None = None
    """The date meant (None when no date is written)."""

    @property
    def truth(self) -> CerfaTruth:
        c = self.content
        p = c.person
        ticked = tuple(s for s in ("salaried", "self_employed", "job_seeker", "student",
                                   "inactive", "other") if s in c.situations)  # fmt: skip
        single = ticked[0] if len(ticked) == 1 else None
        signed = c.sign == "signature"
        status, reasons = verdict(signed, self.case, ticked)
        return CerfaTruth(
            surname=p.surname,
            usage_name=c.usage_name or None,
            given_names=p.given_names,
            sex=p.sex,
            date_of_birth=p.birth_date,
            employment_status=EMPLOYMENT_STATUS[single] if single else None,
            situation=single,
            ticked=ticked,
            contract_type=c.contract_type if "salaried" in ticked else None,
            nir=c.nir or None,
            signed=signed,
            signed_on=None if self.case == "us" else self.signed_on,
            date_text=c.date_text or None,
            place=c.place or None,
            files=self.files,
            pages=self.page_locations(),
            verdict=status,
            reasons=reasons,
        )

    def page_locations(self) -> tuple[tuple[str, int], tuple[str, int]]:
        if self.packaging == "pdf":
            return (self.files[0], 1), (self.files[0], 2)
        if self.packaging == "pdf_reversed":
            return (self.files[0], 2), (self.files[0], 1)
        if self.packaging == "images":
            return (self.files[0], 1), (self.files[1], 1)
        return (self.files[1], 1), (self.files[0], 1)  # page 2 is the first file

    def seed(self, *parts: object) -> int:
        return seed_for("cerfa", self.name, *parts)


# ---- rendering -------------------------------------------------------------------------------


class _Null(Surface):
    """Draws nothing: the layout runs over it while a filler inks another surface."""

    width_mm, height_mm = 210.0, 297.0

    def text(
        self, x: float, y: float, s: str, font: str = "sans", size: float = 10, **_: Any
    ) -> float:
        return self.text_width(s, font, size)

    def rect(self, *a: Any, **k: Any) -> None:
        pass

    def polyline(self, *a: Any, **k: Any) -> None:
        pass

    def ellipse(self, *a: Any, **k: Any) -> None:
        pass

    def image(self, *a: Any, **k: Any) -> None:
        pass


def _filler(v: CerfaVariant) -> Filler:
    if v.fill == "hand":
        return v.pen.hand(v.seed("pen"))
    return Typed(font=v.typed_font, size=10.5 if v.typed_font != "mono" else 11.0,
                 aligned=v.typed_aligned, mark=v.typed_mark,
                 hand=v.pen.hand(v.seed("pen"), v.pen_keys))  # fmt: skip


def clean_pages(v: CerfaVariant) -> list[Image.Image]:
    """The two filled pages before any scan or photo (page 1 first)."""
    if v.fill in ("hand", "typed"):
        f = _filler(v)
        return [spec.render(v.dpi) for spec in cerfa_pages(v.content, f)]
    import tempfile

    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        path = write_acroform(Path(tmp) / "form.pdf", v, pasted_signature=False)
        pdf = pdfium.PdfDocument(str(path))
        pdf.init_forms()
        images = [
            pdf[i].render(scale=v.dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
            for i in range(2)
        ]
        pdf.close()
    # printed, then the pen: signature, and the place and date when left blank on screen
    pen = v.pen.hand(v.seed("pen"), v.pen_keys)
    out = []
    for img, spec in zip(images, cerfa_pages(v.content, pen), strict=True):
        page = Page(dpi=v.dpi)
        page.img = img
        page.draw = ImageDraw.Draw(img)
        pen.target = page
        spec.draw(_Null())
        out.append(page.img)
    return out


def page_images(v: CerfaVariant) -> list[Image.Image]:
    """The two pages as they reach the packet (page 1 first), scanned or photographed."""
    out = []
    for i, img in enumerate(clean_pages(v)):
        if v.look == "photo":
            out.append(photo(img, v.seed("photo", i + 1), v.photo))
        else:
            out.append(scan(img, v.seed("scan", i + 1), v.scan))
    return out


# ---- the fillable PDF ----------------------------------------------------------------------

ACROBAT_NAMES = {
    "surname": "Nom de naissance", "usage_name": "Nom dusage facultatif",
    "given_names": "Prénoms", "sex_f": "F", "sex_m": "M", "dob_d": "Date de naissance",
    "dob_m": "Date de naissance_2", "dob_y": "Date de naissance_3",
    "birth_place": "Lieu de naissance commune pays", "nationality": "Nationalité",
    "nir": "N de sécurité sociale si vous en avez un", "nir_key": "clé", "address": "Adresse",
    "postcode": "Code postal", "city": "Commune", "phone": "Téléphone", "email": "Email",
    "sit_salaried": "Vous exercez une activité salariée en France", "contract_cdi": "CDI",
    "contract_cdd": "CDD", "contract_interim": "Intérim",
    "contract_apprentissage": "Apprentissage", "contract_autre": "Autre",
    "profession": "Profession", "employer": "Employeur",
    "sit_self_employed": "Vous exercez une activité non salariée en France",
    "activity": "Activité exercée", "sit_job_seeker": "Vous êtes demandeurse demploi",
    "sit_student": "Vous êtes étudiante",
    "sit_inactive": "Vous nexercez pas dactivité professionnelle",
    "arrival_d": "Date darrivée en France", "arrival_m": "Date darrivée en France_2",
    "arrival_y": "Date darrivée en France_3", "sit_other": "Autre situation précisez",
    "other_text": "Autre situation précisez_2", "place": "Fait à", "date": "le",
}  # fmt: skip
"""Names Acrobat's field detection gives: the label next to the box, punctuation dropped."""

LIVECYCLE_NAMES = {
    "surname": "NomNaissance", "usage_name": "NomUsage", "given_names": "Prenoms",
    "sex_f": "SexeF", "sex_m": "SexeM", "dob_d": "DateNaissJJ", "dob_m": "DateNaissMM",
    "dob_y": "DateNaissAAAA", "birth_place": "LieuNaissance", "nationality": "Nationalite",
    "nir": "NIR", "nir_key": "CleNIR", "address": "Adresse", "postcode": "CodePostal",
    "city": "Commune", "phone": "Telephone", "email": "Courriel",
    "sit_salaried": "CaseSalarie", "contract_cdi": "ContratCDI", "contract_cdd": "ContratCDD",
    "contract_interim": "ContratInterim", "contract_apprentissage": "ContratApprentissage",
    "contract_autre": "ContratAutre", "profession": "Profession", "employer": "Employeur",
    "sit_self_employed": "CaseNonSalarie", "activity": "ActiviteNonSalariee",
    "sit_job_seeker": "CaseDemandeurEmploi", "sit_student": "CaseEtudiant",
    "sit_inactive": "CaseSansActivite", "arrival_d": "DateArriveeJJ",
    "arrival_m": "DateArriveeMM", "arrival_y": "DateArriveeAAAA",
    "sit_other": "CaseAutreSituation", "other_text": "AutreSituationPrecisez",
    "place": "FaitA", "date": "DateSignature",
}  # fmt: skip
"""Names of a form designed in LiveCycle: ``topmostSubform[0].Page1[0].NomNaissance[0]``."""


def field_name(scheme: Scheme, key: str, page: int) -> str:
    if scheme == "acrobat":
        return ACROBAT_NAMES[key]
    return f"topmostSubform[0].Page{page + 1}[0].{LIVECYCLE_NAMES[key]}[0]"


def write_acroform(path: Path, v: CerfaVariant, *, pasted_signature: bool = True) -> Path:
    """The fillable PDF: printed form as vector pages with a text layer, values in AcroForm
    fields (text, comb and checkboxes). Keys in ``v.pen_keys`` other than the signature are
    left blank when the PDF is to be printed and finished by pen. ``pasted_signature``: a
    signature image is pasted into the box when the content is signed."""
    import pikepdf
    from reportlab.lib.colors import Color
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    _fixed_meta(c, "S1106 - Demande d'ouverture des droits à l'assurance maladie")
    sign = pasted_signature and v.content.sign == "signature"
    fields = Fields(hand=v.pen.hand(v.seed("pen"), frozenset({"signature"})) if sign else None)
    blank = set() if v.fill == "acroform" else set(v.pen_keys)
    ink = Color(*(ch / 255 for ch in INK_BLUE))
    unicode_values: dict[str, str] = {}
    for page, spec in enumerate(cerfa_pages(v.content, fields)):
        fields.page = page
        start = len(fields.boxes)
        spec.draw(PdfSurface(c, spec.width_mm, spec.height_mm))
        for b in fields.boxes[start:]:
            name = field_name(v.scheme, b.key, page)
            x, y = b.x * mm, (spec.height_mm - b.y - b.h) * mm
            if b.kind == "check":
                c.acroForm.checkbox(name=name, checked=b.checked, x=x, y=y, size=b.w * mm,
                                    buttonStyle="cross", borderWidth=0, fillColor=None,
                                    textColor=ink, forceBorder=False, fieldFlags="")  # fmt: skip
                continue
            value = "" if b.key in blank else b.value
            if b.kind == "comb":
                value = value[: b.cells]
            if value.encode("latin-1", "replace").decode("latin-1") != value:
                unicode_values[name] = value  # reportlab writes Latin-1 only: set after
                value = fold_accents(value).encode("latin-1", "replace").decode("latin-1")
            c.acroForm.textfield(name=name, value=value, x=x, y=y, width=b.w * mm,
                                 height=b.h * mm, maxlen=b.cells or 100,
                                 fieldFlags="comb" if b.kind == "comb" else "",
                                 fontName="Helvetica", fontSize=11 if b.kind == "comb" else 10,
                                 borderWidth=0, fillColor=None, textColor=ink,
                                 forceBorder=False)  # fmt: skip
        c.showPage()
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        form = pdf.Root.AcroForm
        form.NeedAppearances = True  # viewers lay out the values (one a comb cell)
        for annot in (a for pg in pdf.pages for a in pg.get("/Annots", [])):
            if annot.get("/FT") == "/Tx" and "/AP" in annot:
                del annot["/AP"]
            if str(annot.get("/T")) in unicode_values:
                annot.V = annot.DV = pikepdf.String(unicode_values[str(annot.T)])
        if v.scheme == "livecycle":
            _nest_fields(pdf)
        pdf.save(path, deterministic_id=True)
    return path


def _nest_fields(pdf: Any) -> None:
    """Turn dotted names into a field tree, as LiveCycle writes it: the widget keeps the
    last part ("NomNaissance[0]"), its parents the others."""
    import pikepdf

    form = pdf.Root.AcroForm
    roots = pikepdf.Array()
    nodes: dict[str, Any] = {}
    for fld in list(form.Fields):
        parts = str(fld.T).split(".")
        parent = None
        for depth in range(1, len(parts)):
            key = ".".join(parts[:depth])
            if key not in nodes:
                node = pdf.make_indirect(
                    pikepdf.Dictionary(T=pikepdf.String(parts[depth - 1]), Kids=pikepdf.Array())
                )
                if parent is None:
                    roots.append(node)
                else:
                    node.Parent = parent
                    parent.Kids.append(node)
                nodes[key] = node
            parent = nodes[key]
        if parent is None:
            roots.append(fld)
            continue
        fld.T = pikepdf.String(parts[-1])
        fld.Parent = parent
        parent.Kids.append(fld)
    form.Fields = roots


# ---- writing a variant ---------------------------------------------------------------------


def write_cerfa(folder: Path, v: CerfaVariant) -> list[Path]:
    """Write the variant's file(s) into ``folder``; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if v.fill == "acroform":
        return [write_acroform(folder / v.files[0], v)]
    first, second = page_images(v)
    if v.packaging in ("pdf", "pdf_reversed"):
        pages = [first, second] if v.packaging == "pdf" else [second, first]
        return [write_image_pdf(folder / v.files[0], pages, v.dpi, quality=v.quality)]
    pages = [first, second] if v.packaging == "images" else [second, first]
    out = []
    for name, img in zip(v.files, pages, strict=True):
        if name.endswith(".png"):
            out.append(write_png(folder / name, img.convert("L"), dpi=v.dpi, colors=32))
        else:
            out.append(write_jpeg(folder / name, img, quality=v.quality, dpi=v.dpi))
    return out


# ---- the measured series -------------------------------------------------------------------

BLOCK = 72
"""Variants are drawn in blocks of this many: ``variants(n)`` is a prefix of ``variants(m)``
for n <= m, and every block spreads fill, look, case and situation the same way."""
FILLS: tuple[Fill, ...] = ("hand", "typed", "hand", "acroform", "hand", "acroform_printed",
                           "hand", "typed")  # fmt: skip
CASES: tuple[Case, ...] = ("ok", "unsigned", "ok", "future", "ok", "us", "ok", "no_date",
                           "words", "ok", "label_only", "ok", "dot", "ok", "stroke",
                           "ok", "words", "ok")  # fmt: skip
SITUATION_SETS: tuple[tuple[str, ...], ...] = (
    ("salaried",), ("student",), ("self_employed",), ("job_seeker",), ("salaried",),
    ("inactive",), ("other",), (), ("salaried", "student"), ("salaried",), ("job_seeker",),
    ("inactive",), ("self_employed",), ("other",), ("job_seeker", "inactive"), ("student",),
    ("salaried",), ("self_employed", "salaried"),
)  # fmt: skip
LOOKS: tuple[Look, ...] = ("scan", "scan", "photo", "scan", "photo", "scan")
PACKAGINGS: tuple[Packaging, ...] = ("pdf", "images", "pdf", "images_reversed", "images",
                                     "pdf_reversed")  # fmt: skip

PDF_NAMES = ("formulaire_S1106.pdf", "cerfa_15763.pdf", "demande_PUMa.pdf",
             "Numérisation 2026-11-12.pdf", "scan_20261112_0001.pdf", "S1106 rempli.pdf")  # fmt: skip
SCAN_PAIRS = (("cerfa_page1.jpg", "cerfa_page2.jpg"), ("formulaire-1.png", "formulaire-2.png"),
              ("scan0001.jpg", "scan0002.jpg"), ("S1106 p1.jpg", "S1106 p2.jpg"))  # fmt: skip
PHOTO_PAIRS = (("IMG_20261112_142233.jpg", "IMG_20261112_142251.jpg"),
               ("PXL_20261112_093015123.jpg", "PXL_20261112_093041880.jpg"),
               ("WhatsApp Image 2026-11-12 at 14.22.33.jpeg",
                "WhatsApp Image 2026-11-12 at 14.22.34.jpeg"))  # fmt: skip
BACKGROUNDS = ((96, 78, 62), (150, 152, 158), (48, 46, 50), (196, 184, 160), (120, 60, 40))


def _spread(pattern: tuple[Any, ...], rng: random.Random) -> list[Any]:
    items = [pattern[i % len(pattern)] for i in range(BLOCK)]
    rng.shuffle(items)
    return items


def _date_written(case: Case, rng: random.Random) -> tuple[dt.date | None, str]:
    if case == "no_date":
        return None, ""
    if case == "future":
        day = AS_OF + dt.timedelta(days=rng.randint(12, 75))
        return day, fr_date(day)
    day = AS_OF - dt.timedelta(days=rng.randint(1, 70))
    if case == "us":
        while day.day <= 12:  # only unambiguous: the month can't be read as a day
            day -= dt.timedelta(days=1)
        return day, f"{day.month:02d}/{day.day:02d}/{day.year}"
    if case == "words":
        return day, fr_words(day)
    return day, fr_date(day)


def _variant(i: int, fill: Fill, case: Case, ticked: tuple[str, ...], look: Look,
             packaging: Packaging, seed: int) -> CerfaVariant:  # fmt: skip
    rng = random.Random(seed_for("cerfa-series", seed, i))
    a = APPLICANTS[i % len(APPLICANTS)]
    p = a.person
    if fill == "acroform":
        look, packaging = "digital", "pdf"
        case = {"dot": "unsigned", "stroke": "label_only"}.get(case, case)  # type: ignore[assignment]
    signed_on, date_text = _date_written(case, rng)
    sign: SignMark = {
        "unsigned": "none",
        "label_only": "none",
        "dot": "dot",
        "stroke": "stroke",
    }.get(case, "signature")  # type: ignore[assignment]
    label_inside = case == "label_only" or (case != "unsigned" and rng.random() < 0.3)
    arrival = AS_OF - dt.timedelta(days=rng.randint(120, 400))
    content = CerfaContent(
        person=p,
        usage_name=a.usage_name if rng.random() < 0.85 else "",
        situations=ticked,
        contract_type=CONTRACTS[rng.choice((0, 0, 0, 1, 1, 2, 3, 4))],
        profession=a.profession,
        employer=a.employer,
        activity=a.activity,
        other_text=a.other_text,
        arrival=arrival.strftime("%d%m%Y"),
        nir=nir_for(a, rng.randint(1, 999)) if rng.random() < 0.2 else "",
        phone=a.phone,
        email=email_of(p),
        place=p.address.city,
        date_text=date_text,
        sign=sign,
        signature_label_inside=label_inside,
    )
    pen = Pen(
        font=rng.choice(("pen-print", "pen-print", "pen-rough", "pen-marker")),
        size=rng.uniform(11.0, 13.5),
        ink=rng.choice(("blue", "ballpoint", "ballpoint", "black")),
        tick=rng.choice(("x", "x", "check")),
        caps=rng.random() < 0.35,
        accents=rng.random() < 0.6,
        signature_font=rng.choice(("hand", "hand-bold", "pen-marker")),
        signature_style=rng.choice(("name", "name", "initial", "initial", "scribble")),
    )
    if look == "photo":
        files = rng.choice(PHOTO_PAIRS)
    elif packaging in ("images", "images_reversed"):
        files = rng.choice(SCAN_PAIRS)
    else:
        files = (rng.choice(PDF_NAMES),)
    if look == "photo" and packaging in ("pdf", "pdf_reversed"):
        files = (f"photos_formulaire{'_' if rng.random() < 0.5 else ' '}S1106.pdf",)
    pen_keys = frozenset({"signature"})
    if fill in ("typed", "acroform_printed") and rng.random() < 0.45:
        pen_keys = SECTION_C
    grey = rng.random() < 0.7
    tag = "-".join(x for x in (fill, look, packaging, case, "+".join(ticked) or "none") if x)
    return CerfaVariant(
        name=f"c{i:03d}-{tag}",
        content=content,
        fill=fill,
        look=look,
        packaging=packaging,
        case=case,
        files=files,
        pen=pen,
        pen_keys=pen_keys,
        typed_font=rng.choice(("sans", "sans", "mono", "serif")),
        typed_aligned=rng.random() < 0.75,
        typed_mark=rng.choice(("X", "X", "x", "✓")),
        scheme=rng.choice(("acrobat", "livecycle")),
        dpi=rng.choice((200, 200, 250, 300)) if look == "scan" else 200,
        scan=ScanOptions(
            skew_deg=round(rng.uniform(-1.8, 1.8), 2),
            noise_sigma=round(rng.uniform(0.5, 4.0), 1),
            blur_radius=round(rng.uniform(0.3, 0.9), 2),
            grayscale=grey,
        ),
        photo=PhotoOptions(
            margin=round(rng.uniform(0.04, 0.1), 3),
            perspective=round(rng.uniform(0.01, 0.035), 3),
            skew_deg=round(rng.uniform(-4, 4), 2),
            background=rng.choice(BACKGROUNDS),
            shading=round(rng.uniform(0.08, 0.28), 2),
            noise_sigma=round(rng.uniform(1.2, 3.0), 1),
            blur_radius=round(rng.uniform(0.3, 0.8), 2),
        ),
        quality=rng.choice((60, 70, 80)) if look == "scan" else rng.choice((80, 88)),
        signed_on=signed_on,
    )


def variants(n: int = 72, seed: int = 11) -> list[CerfaVariant]:
    """``n`` deterministic variants (see the module docstring for what they spread over)."""
    out: list[CerfaVariant] = []
    for block in range((n + BLOCK - 1) // BLOCK):
        rng = random.Random(seed * 7919 + block)
        columns = [_spread(pattern, rng) for pattern in (FILLS, CASES, SITUATION_SETS, LOOKS,
                                                          PACKAGINGS)]  # fmt: skip
        for k in range(BLOCK):
            i = block * BLOCK + k
            if i == n:
                break
            fill, case, ticked, look, packaging = (col[k] for col in columns)
            out.append(_variant(i, fill, case, ticked, look, packaging, seed))
    return out


def summary(vs: list[CerfaVariant]) -> dict[str, dict[str, int]]:
    """How a series spreads: counts per fill, look, packaging, case, situation, verdict."""
    out: dict[str, dict[str, int]] = {}
    for v in vs:
        t = v.truth
        for axis, value in (("fill", v.fill), ("look", v.look), ("packaging", v.packaging),
                            ("case", v.case), ("situation", "+".join(t.ticked) or "none"),
                            ("usage name", "yes" if t.usage_name else "no"),
                            ("verdict", t.verdict)):  # fmt: skip
            out.setdefault(axis, {}).setdefault(value, 0)
            out[axis][value] += 1
    return out
