"""Putting documents into files, and files into packet / document folders with truth."""

from __future__ import annotations

import json
import os

import checks as ck
import make
from looks import render_file
from tk import Sheet, rng_for

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Folder:
    """One packet or one single-document folder."""

    def __init__(self, name, kind, as_of, employed=None, applicant=None):
        self.name = name
        self.kind = kind  # packet | document
        self.as_of = as_of
        self.employed = employed
        self.applicant = applicant
        self.files = []  # (path, look, [objs], meta)
        self.docs = []  # (doc, look)
        self.where = {}  # id(doc) -> [(path, [pages])]
        self.status = None
        self.reqs = None
        self.defect = None
        self.extra = {}

    def add(self, path, look, *entries, meta=None):
        """entries: (doc, 'all' | 'sheet' | [page indexes]) or a bare doc (= 'all')."""
        objs = []
        for e in entries:
            doc, which = (e, "all") if isinstance(e, make.Doc) else e
            if which == "sheet":
                idx = [0]
                objs.append(Sheet(doc.pages))
            elif which == "side":
                idx = [0]
                objs.append(Sheet(doc.pages, layout="side"))
            else:
                sel = range(len(doc.pages)) if which == "all" else which
                idx = []
                for i in sel:
                    idx.append(0)
                    objs.append(doc.pages[i])
            first = len(objs) - len(idx) + 1
            pages = list(range(first, first + len(idx)))
            if id(doc) not in self.where:
                self.docs.append((doc, look))
                self.where[id(doc)] = []
            self.where[id(doc)].append((path, pages))
        self.files.append((path, look, objs, meta))

    def truth(self):
        docs = []
        for doc, look in self.docs:
            files = [{"path": p, "pages": pg} for p, pg in self.where[id(doc)]]
            docs.append(
                {
                    "files": files,
                    "type": doc.type,
                    "look": look,
                    "fields": doc.fields,
                    "notes": doc.notes,
                }
            )
        t = {
            "as_of": self.as_of.isoformat(),
            "employed": self.employed,
            "status": self.status,
            "requirements": self.reqs,
            "defect": self.defect,
            "applicant": self.applicant,
            "documents": docs,
        }
        t.update(self.extra)
        return t

    def write(self, out):
        base = os.path.join(out, self.kind + "s", self.name)
        for i, (path, look, objs, meta) in enumerate(self.files):
            rng = rng_for("%s/%s/file%d" % (self.kind, self.name, i))
            render_file(os.path.join(base, path), objs, look, rng, meta)
        with open(
            os.path.join(out, self.kind + "s", self.name + ".truth.json"), "w", encoding="utf-8"
        ) as f:
            json.dump(self.truth(), f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")


def applicant_of(p):
    return {
        "surname": p["surname"].upper(),
        "given_names": p["given"].upper(),
        "date_of_birth": p["dob"].isoformat(),
    }


def reqs(
    form="complete",
    identity="complete",
    status="complete",
    birth="complete",
    proof="complete",
    bank="complete",
    employment="complete",
):
    return dict(zip(REQS, [form, identity, status, birth, proof, bank, employment]))


def packet_status(r):
    vals = list(r.values())
    if any(v in ("invalid", "missing") for v in vals):
        return "incomplete"
    if "questionable" in vals:
        return "questionable"
    return "complete"


# ---------------------------------------------------------------- apostilles per issuing country

APO = {
    "USA": dict(
        langs=("en",),
        country="United States of America",
        header=["STATE OF {region} - OFFICE OF THE SECRETARY OF STATE"],
        capacity="State Registrar, Vital Records",
        seal_of="{region} Health Authority, Center for Health Statistics",
        place="Salem, {region}",
        by="Secretary of State, State of {region}",
        numfmt="AP-{y}-{n:06d}",
        style="box",
        seal="STATE OF {REGION} * SECRETARY OF STATE",
    ),
    "GBR": dict(
        langs=("en",),
        country="United Kingdom of Great Britain and Northern Ireland",
        header=["FOREIGN, COMMONWEALTH & DEVELOPMENT OFFICE"],
        capacity="Superintendent Registrar",
        seal_of="General Register Office",
        place="Milton Keynes",
        by="HM Principal Secretary of State for Foreign, Commonwealth and Development Affairs",
        numfmt="APO-{n:07d}",
        style="sticker",
        seal="FCDO * LEGALISATION OFFICE",
    ),
    "BRA": dict(
        langs=("pt", "en"),
        country="República Federativa do Brasil",
        header=["CONSELHO NACIONAL DE JUSTIÇA - e-Apostil"],
        capacity="Oficial de Registro Civil",
        seal_of="Cartório do Registro Civil do 1º Subdistrito de Belo Horizonte",
        place="Belo Horizonte/MG",
        by="2º Tabelionato de Notas de Belo Horizonte",
        numfmt="{n:05d}/{y}-BH",
        style="qr",
        seal="TABELIONATO DE NOTAS * BELO HORIZONTE",
    ),
    "COL": dict(
        langs=("es", "en"),
        country="República de Colombia",
        header=["MINISTERIO DE RELACIONES EXTERIORES"],
        capacity="Registrador Auxiliar",
        seal_of="Registraduría Nacional del Estado Civil",
        place="Bogotá D.C.",
        by="Coordinación de Apostilla y Legalizaciones",
        numfmt="A{n:08d}",
        style="qr",
        seal="CANCILLERÍA * COLOMBIA",
    ),
    "MEX": dict(
        langs=("es",),
        country="Estados Unidos Mexicanos",
        header=["GOBIERNO DEL ESTADO DE JALISCO", "SECRETARÍA GENERAL DE GOBIERNO"],
        capacity="Oficial del Registro Civil",
        seal_of="Dirección General del Registro Civil del Estado de Jalisco",
        place="Guadalajara, Jalisco",
        by="Director de Certificaciones",
        numfmt="JAL-{y}-{n:06d}",
        style="box",
        seal="ESTADO DE JALISCO * APOSTILLA",
    ),
    "IND": dict(
        langs=("en",),
        country="India",
        header=["MINISTRY OF EXTERNAL AFFAIRS - CONSULAR, PASSPORT & VISA DIVISION"],
        capacity="Registrar of Births & Deaths",
        seal_of="Greater Chennai Corporation",
        place="New Delhi",
        by="Assistant Section Officer, Ministry of External Affairs",
        numfmt="IN{n:09d}",
        style="sticker",
        seal="MINISTRY OF EXTERNAL AFFAIRS * GOVT OF INDIA",
    ),
    "MAR": dict(
        langs=("fr", "ar"),
        country="Royaume du Maroc",
        header=["ROYAUME DU MAROC", "TRIBUNAL DE PREMIÈRE INSTANCE DE FÈS"],
        capacity="Officier de l'état civil",
        seal_of="Bureau de l'état civil de Fès",
        place="Fès",
        by="Le Procureur du Roi",
        numfmt="{n:05d}/{y}",
        style="box",
        seal="ROYAUME DU MAROC * TPI FÈS",
    ),
    "TUN": dict(
        langs=("fr", "ar"),
        country="République Tunisienne",
        header=["RÉPUBLIQUE TUNISIENNE", "MINISTÈRE DES AFFAIRES ÉTRANGÈRES"],
        capacity="Officier de l'état civil",
        seal_of="Municipalité de Sfax",
        place="Tunis",
        by="Direction des Affaires Consulaires",
        numfmt="TN-{y}-{n:05d}",
        style="box",
        seal="RÉPUBLIQUE TUNISIENNE * MAE",
    ),
    "TUR": dict(
        langs=("tr", "fr"),
        country="Türkiye Cumhuriyeti",
        header=["T.C. ŞEHİTKAMİL KAYMAKAMLIĞI"],
        capacity="Nüfus Müdürü",
        seal_of="Şehitkamil İlçe Nüfus Müdürlüğü",
        place="Gaziantep",
        by="Şehitkamil Kaymakamlığı",
        numfmt="{n:04d}",
        style="box",
        seal="T.C. ŞEHİTKAMİL KAYMAKAMLIĞI",
    ),
    "PHL": dict(
        langs=("en",),
        country="Republic of the Philippines",
        header=[
            "DEPARTMENT OF FOREIGN AFFAIRS",
            "OFFICE OF CONSULAR AFFAIRS - AUTHENTICATION DIVISION",
        ],
        capacity="Civil Registrar General",
        seal_of="Philippine Statistics Authority",
        place="Manila",
        by="Department of Foreign Affairs",
        numfmt="{n:08d}",
        style="qr",
        seal="DEPARTMENT OF FOREIGN AFFAIRS * PHILIPPINES",
    ),
    "UKR": dict(
        langs=("uk", "en"),
        country="Україна / Ukraine",
        header=["МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ"],
        capacity="Керівник відділу ДРАЦС",
        seal_of="Харківський міський відділ ДРАЦС",
        place="Київ / Kyiv",
        by="Міністерство юстиції України",
        numfmt="{n:06d}",
        style="box",
        seal="МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ",
    ),
    "CHN": dict(
        langs=("zh", "en", "fr"),
        country="中华人民共和国 People's Republic of China",
        header=[
            "四川省人民政府外事办公室",
            "Foreign Affairs Office of Sichuan Provincial People's Government",
        ],
        capacity="公证员 Notary",
        seal_of="四川省成都市蜀都公证处 Shudu Notary Public Office",
        place="成都 Chengdu",
        by="四川省人民政府外事办公室 FAO Sichuan",
        numfmt="{y}SC{n:06d}",
        style="qr",
        seal="四川省人民政府外事办公室",
    ),
    "AUS": dict(
        langs=("en",),
        country="Commonwealth of Australia",
        header=["DEPARTMENT OF FOREIGN AFFAIRS AND TRADE"],
        capacity="Registrar of Births, Deaths and Marriages NSW",
        seal_of="Registry of Births Deaths & Marriages NSW",
        place="Sydney",
        by="Department of Foreign Affairs and Trade",
        numfmt="SYD{n:06d}",
        style="sticker",
        seal="DFAT * AUSTRALIA",
    ),
}


def apostille_for(p, birth_doc, date, rng, signer=None, region=None, **over):
    c = p["pob_country"]
    a = APO[c]
    region = region or p.get("pob_region", "")
    n = rng.randint(1000, 999999)
    fmt = lambda s: s.format(region=region, REGION=region.upper(), y=date.year, n=n)  # noqa: E731
    d = dict(
        langs=a["langs"],
        country=a["country"],
        country_field=c,
        header=[fmt(h) for h in a["header"]],
        signer=signer or p.get("registrar", "Registrar"),
        capacity=fmt(a["capacity"]),
        seal_of=fmt(a["seal_of"]),
        place=fmt(a["place"]),
        date=date,
        by=fmt(a["by"]),
        number=fmt(a["numfmt"]),
        style=a["style"],
        seal_text=fmt(a["seal"]),
        by_person=rng.choice(
            [
                "M. Carvalho",
                "J. Whitaker",
                "R. Ortega",
                "S. Benali",
                "K. Moroz",
                "L. Chen",
                "T. Doyle",
            ]
        ),
    )
    if c in ("USA", "GBR", "AUS", "IND", "PHL"):
        d["date_text"] = "%d %s %d" % (date.day, ck.MONTHS_EN[date.month - 1], date.year)
    d.update(over)
    if c == "BRA":
        d["footer"] = (
            "Apostila emitida eletronicamente. Consulte a autenticidade em https://apostil.org.br informando o código %s."
            % d["number"]
        )
        d["qr_url"] = "https://apostil.org.br/consulta/" + d["number"]
    doc = make.apostille(d, rng)
    birth_doc.fields["has_apostille"] = True
    return doc
