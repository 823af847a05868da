"""Stage 4: give every page a document type, then group pages into documents.

Each doctype module scores a page from weighted patterns over its text and, for
identity documents, the MRZ document code sniffed in the OCR text. Consecutive pages
of a multipage type in one file become one document (unless the type says a page
starts a new one, as a new bill does); card halves in two files are paired; the two
pages of the application form are joined even when scanned as two files.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from docverify.doctypes import BY_TYPE, REGISTRY
from docverify.doctypes.base import fold_text
from docverify.hand_lines import reread_doubtful_lines
from docverify.labels import introduces_a_list, is_letter
from docverify.model import DocType, Document, PageText
from docverify.mrz_text import sniff_mrz_code, sniff_mrz_codes

FORM_MAX_PAGES = 4
TRAVEL_FAMILIES = {
    DocType.PASSPORT: "P",
    DocType.LONG_STAY_VISA: "V",
    DocType.NATIONAL_ID: "I",
    DocType.RESIDENCE_PERMIT: "I",
}
"""Documents with an MRZ, by MRZ family: two of different families may share a page."""
SECOND_DOCUMENT_SCORE = 2.5
"""A second travel document on a page needs this many times its type's minimum score."""
SHARE_A_PAGE = {
    DocType.BIRTH_CERTIFICATE: (DocType.APOSTILLE,),
    DocType.APOSTILLE: (DocType.BIRTH_CERTIFICATE,),
}
"""Documents found together on one page: a certificate with its apostille stamped on it."""
SHARED_PAGE_SCORE = 1.6


@dataclass(frozen=True)
class PageClass:
    page: PageText
    type: DocType
    confidence: float
    mrz_code: str | None
    scores: dict[DocType, float]


MrzProbe = Callable[[PageText, tuple[str, ...]], str | None]
"""Reads an MRZ from a page's pixels and returns its document code (``P<``, ``VD``...);
the tuple, when not empty, names the MRZ families sought (``("V",)``)."""


def classify_page(page: PageText, mrz_probe: MrzProbe | None = None) -> PageClass:
    """Score the page against every type. When its text says nothing (a card or a visa
    whose OCR came out garbled), ``mrz_probe`` looks for a machine-readable zone in the
    pixels, which names the document type by itself; so it does when the text's MRZ came
    out with a code that names no type ("ME" for an askew card's "C<")."""
    pc = _score(page, sniff_mrz_code(page.text))
    if pc.type == DocType.UNKNOWN and mrz_probe and page.image is not None:
        code = mrz_probe(page, ())
        if code:
            pc = _score(page, code)
    if pc.type == DocType.UNKNOWN:
        pc = _second_look(page) or pc
    return pc


SECOND_LOOK = 0.7
"""PP-OCR's confidence from which a line of a page left unrecognised and read poorly is
taken in its read for a second look at the page (``_second_look``)."""


SECOND_LOOK_CONF = 50.0
"""The confidence a word of the second look carries: a doubtful read, from which a name
or a date is a question to check, never a verdict."""
DOUBTFUL_PAGE = 75.0
"""Mean word confidence under which a page no type claimed has a second look (a page of
print reads above 85; a hand's, in tesseract's eyes, about 60)."""


def _second_look(page: PageText) -> PageClass | None:
    """A page no type claimed, read with doubt (a hand's attestation in a calligraphic
    script: "Hatestation didi a ment"), typed again on its doubtful lines as PP-OCR reads
    them when it is fairly sure ("Attestatio dhergement", "... sur lhonneur heberger à"),
    below the bar at which a line's read replaces tesseract's on every page (wave 25's
    attestations d'hébergement, set_bx p02 and set_by p02). The page of the class returned
    carries those reads, as doubtful words, for the extraction; None when the page stays
    unknown."""
    if page.source != "ocr" or page.mean_conf >= DOUBTFUL_PAGE or page.image is None:
        return None
    words = reread_doubtful_lines(page.image, page.words, SECOND_LOOK, SECOND_LOOK_CONF)
    if words == page.words:
        return None
    second = dataclasses.replace(page, words=words)
    pc = _score(second, sniff_mrz_code(second.text))
    return pc if pc.type != DocType.UNKNOWN else None


STRONG_SIGNAL = 5.0
LISTED_TYPES = 2
"""A page under a "documents to send" heading that names this many kinds of documents
(by their strong signals) is a checklist: none of the documents it names."""
MANY_LISTED_TYPES = 5
"""A page that names this many kinds of documents is a checklist even when its heading
was not read (the form's page 2 photographed: "PIÈCES JUSTIFICATIVES" lost)."""


def _lists_documents(folded: str, text: str) -> bool:
    named = {
        spec.type
        for spec in REGISTRY
        if spec.type != DocType.APPLICATION_FORM
        and any(sig.weight >= STRONG_SIGNAL and sig.pattern.search(folded) for sig in spec.signals)
    }
    return len(named) >= MANY_LISTED_TYPES or (
        len(named) >= LISTED_TYPES and introduces_a_list(text)
    )


def _score(page: PageText, code: str | None) -> PageClass:
    folded = fold_text(page.text)
    scores = {spec.type: spec.score(folded, code) for spec in REGISTRY}
    if code is None and _lists_documents(folded, page.text):
        # the form's page 2 ("pièces justificatives à joindre"), a CPAM letter: it names
        # documents, it is none of them; a letter sending the packet is not the form either
        form = 0.0 if is_letter(page.text) else 1.0
        scores = {
            t: (v * form if t == DocType.APPLICATION_FORM else 0.0) for t, v in scores.items()
        }
    elif code is None and is_letter(page.text):
        # a letter ("Madame, ... votre titre de séjour ... salutations distinguées") is no
        # passport, visa, permit or identity card (those are read by their MRZ too)
        scores = {t: (0.0 if t in TRAVEL_FAMILIES else v) for t, v in scores.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    spec = BY_TYPE[best]
    if top < spec.min_score:
        return PageClass(page, DocType.UNKNOWN, 0.0, code, scores)
    margin = top / (top + second) if top + second else 0.0
    strength = min(1.0, top / (spec.min_score * 2.5))
    confidence = round(max(0.05, min(1.0, margin * strength * 1.3)), 2)
    return PageClass(page, best, confidence, code, scores)


def _continues(doc: list[PageClass], pc: PageClass) -> bool:
    last = doc[-1]
    if last.page.ref == pc.page.ref:
        return _other_side(doc, pc)
    if last.page.ref.file != pc.page.ref.file or last.page.ref.page + 1 != pc.page.ref.page:
        return False
    if pc.type == DocType.UNKNOWN:
        # an unrecognised page right after a multipage document: its continuation
        head = doc[0].type
        return head != DocType.UNKNOWN and BY_TYPE[head].multipage and bool(pc.page.words)
    if pc.type != doc[0].type:
        return False
    spec = BY_TYPE[pc.type]
    if not spec.multipage:
        return False
    return spec.same_document is None or spec.same_document(last.page, pc.page)


def _other_side(doc: list[PageClass], pc: PageClass) -> bool:
    """Two cut-outs of one page (a card's two sides copied on one sheet, ``find_cards``):
    one side recognised as a card, the other not (its MRZ's first line read with a stray
    letter, "TIRFRA..."), but showing an MRZ's fillers: the card's two sides."""
    kinds = {pc.type, *(d.type for d in doc)}
    card = next((k for k in kinds if k != DocType.UNKNOWN), None)
    if len(doc) != 1 or len(kinds) != 2 or card is None or DocType.UNKNOWN not in kinds:
        return False
    if not BY_TYPE[card].pairs_across_files:
        return False
    unknown = pc if pc.type == DocType.UNKNOWN else doc[0]
    return "<<<" in unknown.page.text and len(unknown.page.words) <= CARD_FACE_WORDS


POORLY_READ = 60.0
"""Mean word confidence below which an unrecognised page may be a piece OCR could not
read (handwriting, a script tesseract has no model for), not a page that is no piece."""


def poorly_read(page: PageText) -> bool:
    """An OCR'd page whose words are read with little confidence (``POORLY_READ``)."""
    return page.source == "ocr" and page.mean_conf < POORLY_READ


def kind_of(group: Sequence[PageClass]) -> DocType:
    """A group's type: its first recognised page's (a poorly read lead page has none)."""
    return next((pc.type for pc in group if pc.type != DocType.UNKNOWN), DocType.UNKNOWN)


def _with_lead_pages(groups: list[list[PageClass]]) -> list[list[PageClass]]:
    """An unrecognised page read poorly, right before the first page of a multipage
    document in the same file, is that document's first page: a certificate in a script
    tesseract has no model for here, followed by its own English or French text (a
    Chinese notarial certificate of birth and its English page)."""
    out: list[list[PageClass]] = []
    for group in groups:
        prev = out[-1] if out else None
        head = group[0]
        if (
            prev is not None
            and len(prev) == 1
            and prev[0].type == DocType.UNKNOWN
            and poorly_read(prev[0].page)
            and head.type != DocType.UNKNOWN
            and BY_TYPE[head.type].multipage
            and prev[0].page.ref.file == head.page.ref.file
            and prev[0].page.ref.page + 1 == head.page.ref.page
        ):
            prev.extend(group)
            continue
        out.append(list(group))
    return out


_CARD_LABELS = tuple(
    re.compile(rx)
    for rx in (
        r"\bNOM\b|SURNAME", r"PRENOMS?\b|GIVEN NAMES?", r"DATE DE NAISSANCE|DATE OF BIRTH",
        r"NATIONALITE|NATIONALITY", r"\bSEXE?\b", r"\bDOCUMENT\b|\bCARD N",
        r"VALIDITE|EXPIRY|EXPIRATION",
    )
)  # fmt: skip
CARD_FACE_LABELS = 4
CARD_FACE_WORDS = 80
"""An unrecognised page printing this many of a card's field labels, in few words, is the
face of a card: its holder's names, birth date and number, no title read."""


def _card_face(pc: PageClass) -> bool:
    if pc.type != DocType.UNKNOWN or len(pc.page.words) > CARD_FACE_WORDS:
        return False
    folded = fold_text(pc.page.text)
    return sum(1 for rx in _CARD_LABELS if rx.search(folded)) >= CARD_FACE_LABELS


def _card_halves(a: list[PageClass], b: list[PageClass]) -> bool:
    """A card's face not recognised (its title unread: "CA MPORAIRE") in one file, and a
    card with an MRZ alone in the next file: the two sides of one card."""
    if len(a) != 1 or len(b) != 1 or a[0].page.ref.file == b[0].page.ref.file:
        return False
    for face, back in ((a[0], b[0]), (b[0], a[0])):
        spec = BY_TYPE.get(back.type)
        if _card_face(face) and back.mrz_code and spec is not None and spec.pairs_across_files:
            return True
    return False


_PAGE_OF = re.compile(r"\bPAGE\s*(\d{1,2})\s*(?:/|SUR|OF)\s*(\d{1,2})\b")


def _page_of(pc: PageClass) -> tuple[int, int] | None:
    """The page's own "Page k/n" (its footer or header), when it prints one."""
    found = {(int(a), int(b)) for a, b in _PAGE_OF.findall(fold_text(pc.page.text))}
    return found.pop() if len(found) == 1 else None


def _numbered_sequel(a: list[PageClass], b: list[PageClass]) -> bool:
    """Does ``b`` (another file) go on from ``a``: its first page numbered next after
    ``a``'s last of the same count ("Page 1/3" then "Page 2/3"), of a multipage type
    or not recognised at all (a lease's clauses page has no title)?"""
    if a[-1].page.ref.file == b[0].page.ref.file or kind_of(a) == DocType.UNKNOWN:
        return False
    if kind_of(b) not in (kind_of(a), DocType.UNKNOWN) or not BY_TYPE[kind_of(a)].multipage:
        return False
    last, first = _page_of(a[-1]), _page_of(b[0])
    return bool(last and first and first[1] == last[1] and first[0] == last[0] + 1)


def _merge_across_files(groups: list[list[PageClass]]) -> list[list[PageClass]]:
    out: list[list[PageClass]] = []
    for group in groups:
        t = kind_of(group)
        prev = out[-1] if out else None
        if prev is not None and _card_halves(prev, group):
            prev.extend(group)
            continue
        if prev is not None and _numbered_sequel(prev, group):
            prev.extend(group)  # "Page 2/3" after "Page 1/3": one document in several files
            continue
        if prev is not None and kind_of(prev) == t and t != DocType.UNKNOWN:
            spec = BY_TYPE[t]
            prev_mrz = any(pc.mrz_code for pc in prev)
            this_mrz = any(pc.mrz_code for pc in group)
            card_halves = (
                spec.pairs_across_files and prev_mrz != this_mrz and len(prev) + len(group) == 2
            )
            form_pages = t == DocType.APPLICATION_FORM and len(prev) + len(group) <= FORM_MAX_PAGES
            if card_halves or form_pages:
                prev.extend(group)
                continue
        out.append(list(group))
    return out


def _join_card_sides(groups: list[list[PageClass]]) -> list[list[PageClass]]:
    """A card's two sides photographed as two files that are not next to each other
    ("PXL_20263466.jpg" and "photo_3467.jpg"): joined when they are the only face without
    an MRZ and the only side with one of that type in the packet (two people's cards are
    never guessed apart)."""
    for t, spec in BY_TYPE.items():
        if not spec.pairs_across_files:
            continue
        single = [g for g in groups if len(g) == 1 and g[0].type == t]
        faces = [g for g in single if not g[0].mrz_code]
        backs = [g for g in single if g[0].mrz_code]
        if len(faces) == 1 and len(backs) == 1 and sum(kind_of(g) == t for g in groups) == 2:
            faces[0].extend(backs[0])
            groups = [g for g in groups if g is not backs[0]]
        elif not faces and len(backs) == 1 and sum(kind_of(g) == t for g in groups) == 1:
            # the face not recognised (its small-print labels lost in a photo): the one
            # unrecognised page that shows the back's MRZ words, the holder's names or the
            # card's number, is it
            unknown = [
                g
                for g in groups
                if len(g) == 1
                and g[0].type == DocType.UNKNOWN
                and len(g[0].page.words) <= CARD_FACE_WORDS  # not a letter naming the holder
            ]
            face = [g for g in unknown if same_card(backs[0][0].page.text, g[0].page.text)]
            if len(face) == 1:
                face[0].extend(backs[0])
                groups = [g for g in groups if g is not backs[0]]
    return groups


CARD_FACE_WORDS = 60
"""A card's face holds a few dozen words at most: a page of more is no face."""


def same_card(back: str, face: str) -> bool:
    """Does a page (``face``) show two of the words of a card's MRZ (``back``): its
    holder's surname and given name, or its number, each as printed or one character off?

    >>> back = "IDPOLZAB482019P2<<<<<<<<<<<<<<<\\n9512014F310508/7POL<<<<<<<<<<<6\\n"
    >>> same_card(back + "KOWALSKA<<AGNIESZKA<<<<<<<<<<<", "KOWALSKA ELA F POL ZAB482019")
    True
    >>> same_card(back + "ROSST<<ERANCESCO<<<<<", "ROSSI FRANCESCO NAPOLI M ITA")
    True
    >>> same_card(back + "KOWALSKA<<AGNIESZKA<<<<<<<<<<<", "KOWALSKI JAN 12 RUE DE LA PAIX")
    False
    """
    mrz = [ln.replace(" ", "") for ln in back.splitlines() if ln.count("<") >= 3]
    words: set[str] = set()
    for line in mrz:
        words.update(w for w in line.split("<") if len(w) >= 4 and w.isalpha())
        if len(line) >= 25 and line[:1] in "ACI":  # a TD1 card's first line: its number
            words.add(line[5:14].strip("<"))
    seen = {w for w in re.findall(r"[A-Z0-9]{4,}", fold_text(face))}
    found = {w for w in words if len(w) >= 4 and any(Levenshtein.distance(w, s) <= 1 for s in seen)}
    return len(found) >= 2


_FORM_FIRST = re.compile(r"NOM DE NAISSANCE|DATE DE NAISSANCE|VOTRE SITUATION|\bSECTION A\b|PRENOM")
_FORM_LAST = re.compile(r"VOS ENGAGEMENTS|PIECES JUSTIFICATIVES|\bFAIT A\b|RESERVE A L'?ORGANISME")


def _form_part(group: Sequence[PageClass]) -> int:
    return form_part("\n".join(pc.page.text for pc in group))


def form_part(text: str) -> int:
    """0 for the form's identity page(s), 1 for the signature page, by what they print
    (-1 when they tell neither).

    >>> form_part("A - VOUS Nom de naissance Prénom(s) Date de naissance")
    0
    >>> form_part("C - VOS ENGAGEMENTS ET SIGNATURE Fait à le PIÈCES JUSTIFICATIVES")
    1
    """
    folded = fold_text(text)
    first, last = len(_FORM_FIRST.findall(folded)), len(_FORM_LAST.findall(folded))
    return 0 if first > last else 1 if last > first else -1


def _join_form_parts(groups: list[list[PageClass]]) -> list[list[PageClass]]:
    """The form's identity page and signature page scanned as two files that are not next
    to each other (or in reverse order): one form, identity page first."""
    out: list[list[PageClass]] = []
    for group in groups:
        if group[0].type == DocType.APPLICATION_FORM:
            part = _form_part(group)
            mate = next(
                (
                    g
                    for g in out
                    if g[0].type == DocType.APPLICATION_FORM
                    and len(g) + len(group) <= FORM_MAX_PAGES
                    and {part, _form_part(g)} == {0, 1}
                ),
                None,
            )
            if mate is not None:
                mate.extend(group)
                mate.sort(key=lambda pc: _form_part([pc]) == 1)
                continue
        out.append(list(group))
    for group in out:  # a form in one file with its pages in reverse order
        if group[0].type == DocType.APPLICATION_FORM and len(group) > 1:
            group.sort(key=lambda pc: _form_part([pc]) == 1)
    return out


def classify_all(page: PageText, mrz_probe: MrzProbe | None = None) -> list[PageClass]:
    """One class per document on the page: usually one, but a passport opened on its data
    page and the visa sticker facing it, scanned as one image, carry two MRZs of two
    families (``P`` and ``V``): that page holds two documents."""
    first = classify_page(page, mrz_probe)
    out = [first]
    families = {first.mrz_code[:1]} if first.mrz_code else set()
    for code in sniff_mrz_codes(page.text):
        if code[:1] in families:
            continue
        families.add(code[:1])
        other = _score(page, code)
        if other.type not in (DocType.UNKNOWN, *(pc.type for pc in out)):
            out.append(other)
    if first.type in TRAVEL_FAMILIES:
        # the facing page's MRZ may be too garbled to sniff: its printed words still tell,
        # or its MRZ read from the pixels
        for kind, family in TRAVEL_FAMILIES.items():
            if family == TRAVEL_FAMILIES[first.type] or kind in (pc.type for pc in out):
                continue
            if first.scores[kind] >= SECOND_DOCUMENT_SCORE * BY_TYPE[kind].min_score:
                out.append(PageClass(page, kind, first.confidence / 2, None, first.scores))
            elif (
                first.scores[kind] >= BY_TYPE[kind].min_score
                and family not in families
                and mrz_probe is not None
            ):
                found = mrz_probe(page, (family,))
                if found:
                    families.add(family)
                    other = _score(page, found)
                    if other.type == kind:
                        out.append(other)
    for kind in SHARE_A_PAGE.get(first.type, ()):
        # an apostille stamped on the certificate itself: both are on the page
        if (
            kind not in (pc.type for pc in out)
            and first.scores[kind] >= SHARED_PAGE_SCORE * BY_TYPE[kind].min_score
        ):
            out.append(PageClass(page, kind, first.confidence / 2, None, first.scores))
    # a document that may continue on the next page comes last, where grouping looks
    return sorted(out, key=lambda pc: pc.type != DocType.UNKNOWN and BY_TYPE[pc.type].multipage)


def group_pages(
    pages: Sequence[PageText],
    mrz_probe: MrzProbe | None = None,
    classified: Callable[[PageText], list[PageClass] | None] = lambda _page: None,
) -> list[Document]:
    """The pages grouped into typed documents; ``classified`` gives a page's classes
    when they were worked out already (while the other pages were read)."""
    classes = [pc for p in pages for pc in classified(p) or classify_all(p, mrz_probe)]
    groups: list[list[PageClass]] = []
    for pc in classes:
        if groups and _continues(groups[-1], pc):
            groups[-1].append(pc)
        else:
            groups.append([pc])
    groups = _join_form_parts(_join_card_sides(_merge_across_files(_with_lead_pages(groups))))
    docs: list[Document] = []
    for n, group in enumerate(groups, start=1):
        known = [pc.confidence for pc in group if pc.type != DocType.UNKNOWN]
        confidence = round(max(known), 2) if known else 0.0
        docs.append(Document(f"d{n}", kind_of(group), confidence, tuple(pc.page for pc in group)))
    return docs
