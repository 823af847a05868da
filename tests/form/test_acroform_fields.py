"""A fillable form saved with Acrobat's default field names ("Champ de texte 24", "Case à
cocher 7") or with numbered groups ("Situation[0]"): each value is known by what is printed
beside its field, and a comb field gives its date as bare digits."""

from __future__ import annotations

import datetime as dt

from docverify.doctypes.application_form import SPEC, ApplicationFormFields
from docverify.doctypes.base import ExtractContext
from docverify.model import DocType, Document, FormWidget, PageRef, PageText, Word


def _word(text: str, x: int, y: int) -> Word:
    return Word(text, (x, y, x + 9 * len(text), y + 12), 99.0, (1, 1, y))


def _page(n: int, words: list[Word], widgets: list[FormWidget]) -> PageText:
    return PageText(
        PageRef("form.pdf", n), None, 72, tuple(words), "text_layer",
        form_widgets=tuple(widgets),
    )  # fmt: skip


def _extract(*pages: PageText) -> ApplicationFormFields:
    doc = Document("d1", DocType.APPLICATION_FORM, 1.0, pages)
    fields, _findings = SPEC.extract(doc, ExtractContext(dt.date(2026, 12, 1)))
    assert isinstance(fields, ApplicationFormFields)
    return fields


def test_default_names_are_known_by_their_labels_and_captions() -> None:
    page1 = _page(1, [
        _word("Nom", 50, 100), _word("de", 90, 100), _word("naissance", 115, 100),
        _word("Prénom(s)", 50, 130),
        _word("Date", 50, 160), _word("de", 95, 160), _word("naissance", 120, 160),
        _word("Vous", 80, 300), _word("êtes", 125, 300), _word("étudiant(e)", 170, 300),
    ], [
        FormWidget("Champ de texte 1", "BELHADJ", (260, 98, 500, 114)),
        FormWidget("Champ de texte 3", "Karim", (260, 128, 500, 144)),
        FormWidget("Champ de texte 4", "19081980", (260, 158, 400, 174)),
        FormWidget("Case à cocher 9", "/Oui", (60, 298, 72, 310), "checkbox"),
    ])  # fmt: skip
    # "Fait à" and "le" on one printed row, the text layer giving them as two lines
    page2 = _page(2, [
        _word("Fait", 50, 209), _word("à", 92, 209), _word("le", 456, 209),
    ], [
        FormWidget("Champ de texte 23", "Nanterre", (110, 205, 441, 221)),
        FormWidget("Champ de texte 24", "24/11/2026", (472, 205, 775, 221)),
    ])  # fmt: skip
    fields = _extract(page1, page2)
    assert fields.surname == "BELHADJ" and fields.given_names == "Karim"
    assert fields.date_of_birth == dt.date(1980, 8, 19)
    assert fields.signed_on == dt.date(2026, 11, 24)
    assert fields.employment_status == "not_employed"  # a student: no job


def test_numbered_situation_boxes_are_known_by_their_captions() -> None:
    page = _page(1, [
        _word("Vous", 80, 300), _word("êtes", 125, 300), _word("salarié(e)", 170, 300),
        _word("Vous", 80, 330), _word("êtes", 125, 330), _word("étudiant(e)", 170, 330),
    ], [
        FormWidget("topmostSubform[0].Page1[0].Situation[0]", "/On", (60, 298, 72, 310), "checkbox"),
        FormWidget("topmostSubform[0].Page1[0].Situation[1]", "/Off", (60, 328, 72, 340), "checkbox"),
    ])  # fmt: skip
    assert _extract(page).employment_status == "employed"


def test_a_comb_of_one_character_widgets_gives_its_date() -> None:
    """Field names that say nothing ("c2" ... "c9"), one digit a box beside "le": the
    date is the boxes read left to right, not the first box's "0"."""
    page2 = _page(2, [_word("Fait", 50, 209), _word("à", 92, 209), _word("le", 400, 209)],
                  [FormWidget("f1", "LILLE", (110, 205, 380, 221)),
                   *(FormWidget(f"c{i + 2}", digit, (420 + 20 * i, 205, 436 + 20 * i, 221))
                     for i, digit in enumerate("03112026"))])  # fmt: skip
    assert _extract(page2).signed_on == dt.date(2026, 11, 3)


def test_le_ending_its_line_anchors_the_boxed_date_when_fait_is_misread() -> None:
    """ "Fait à PARIS le [1|0]/[1|1]/[2|0|2|6]" read "Patt PAR ee le", its boxes not read at
    all: the "le" that ends a line of section C is where the date's boxes are looked for."""
    from docverify.doctypes.application_form.date_place import date_label

    words = [_word("VOS", 50, 100), _word("ENGAGEMENTS", 90, 100), _word("ET", 200, 100),
             _word("SIGNATURE", 230, 100), _word("Je", 50, 130), _word("certifie", 80, 130),
             _word("sur", 160, 130), _word("l'honneur", 190, 130),
             _word("Patt", 50, 209), _word("PAR", 100, 209), _word("ee", 150, 209),
             _word("le", 400, 209)]  # fmt: skip
    label = date_label(_page(2, words, []))
    assert label is not None and label.box[0] == 400


def test_fields_under_their_labels_two_a_row() -> None:
    """A print run that puts each label above its box, two boxes a row ("Nom de
    naissance" over one, "Nom d'usage (facultatif)" over the next), Acrobat's default
    names, and the date of birth in three boxes "Texte6_1", "_2", "_3" with the label
    left of the first only (form_n's fillable PDFs): each box is known by the caption
    over it, the date's boxes by their group."""
    words = [
        _word("Nom", 52, 262), _word("de", 86, 262), _word("naissance", 110, 262),
        _word("Nom", 415, 262), _word("d'usage", 449, 262), _word("(facultatif)", 520, 262),
        _word("Prénom(s)", 52, 304),
        _word("Date", 52, 366), _word("de", 96, 366), _word("naissance", 120, 366),
        _word("Nom", 83, 752), _word("de", 117, 752), _word("l'employeur", 141, 752),
        _word("Emploi", 465, 752), _word("occupé", 527, 752),
    ]  # fmt: skip
    widgets = [
        FormWidget("Texte1", "DIALLO", (52, 277, 404, 298)),
        FormWidget("Texte2", "", (415, 277, 768, 298)),
        FormWidget("Texte3", "MAMADOU SALIOU", (52, 319, 768, 340)),
        FormWidget("Texte6_1", "09", (250, 362, 290, 383)),
        FormWidget("Texte6_2", "01", (300, 362, 340, 383)),
        FormWidget("Texte6_3", "1996", (350, 362, 430, 383)),
        FormWidget("Texte22", "Decathlon France", (83, 766, 454, 787)),
        FormWidget("Texte23", "vendeur", (465, 766, 768, 787)),
    ]
    fields = _extract(_page(1, words, widgets))
    assert (fields.surname, fields.given_names) == ("DIALLO", "MAMADOU SALIOU")
    assert fields.usage_name is None
    assert fields.date_of_birth == dt.date(1996, 1, 9)
    assert fields.job_title == "vendeur"


def test_a_nir_typed_in_groups_of_boxes_with_its_key_beside() -> None:
    """The NIR in six numbered boxes ("Texte10_1" ... "_6") and its key in an unnamed box
    just right of them, or in fields named "NIR_1" ... and "CleNIR": one number of 15
    digits, whose key checks (a first box alone is no invalid NIR)."""
    from docverify.doctypes.application_form.acroform import read_form_fields

    groups = ["2", "00", "01", "99", "351", "357"]
    x = [50, 76, 123, 170, 216, 284]
    widgets = [FormWidget(f"Texte10_{i + 1}", g, (x[i], 487, x[i] + 40, 508))
               for i, g in enumerate(groups)]  # fmt: skip
    words = [_word("N°", 52, 470), _word("de", 70, 470), _word("sécurité", 90, 470),
             _word("sociale", 160, 470)]  # fmt: skip
    page = _page(1, words, [*widgets, FormWidget("Texte11", "33", (358, 487, 398, 509))])
    assert read_form_fields(page.form_widgets, page)["nir"] == "200019935135733"
    named = {f"NIR_{i + 1}": g for i, g in enumerate(groups)} | {"CleNIR": "33"}
    assert read_form_fields(named)["nir"] == "200019935135733"


def test_a_date_of_birth_in_three_unnamed_boxes_is_read_by_their_row() -> None:
    """The cerfa's own field names (``Champ_texte6``, ``7``, ``8``) and its date of birth
    in three boxes, JJ MM AAAA, the label left of the first (form_r d015): the day alone
    was taken for the date, which did not parse."""
    page1 = _page(1, [
        _word("Nom", 50, 100), _word("de", 90, 100), _word("naissance", 115, 100),
        _word("Date", 50, 160), _word("de", 95, 160), _word("naissance", 120, 160),
        _word("Lieu", 50, 190), _word("de", 95, 190), _word("naissance", 120, 190),
    ], [
        FormWidget("topmostSubform[0].Page1[0].Champ_texte1[0]", "BELKACEM-SAÏDI",
                   (260, 98, 500, 114)),
        FormWidget("topmostSubform[0].Page1[0].Champ_texte6[0]", "20", (260, 158, 290, 174)),
        FormWidget("topmostSubform[0].Page1[0].Champ_texte7[0]", "07", (300, 158, 330, 174)),
        FormWidget("topmostSubform[0].Page1[0].Champ_texte8[0]", "1964", (340, 158, 400, 174)),
        FormWidget("topmostSubform[0].Page1[0].Champ_texte9[0]", "ORAN", (260, 188, 500, 204)),
    ])  # fmt: skip
    fields = _extract(page1)
    assert fields.surname == "BELKACEM-SAÏDI"
    assert fields.date_of_birth == dt.date(1964, 7, 20)


def test_a_text_field_under_a_row_of_contract_boxes_is_not_a_situation_box() -> None:
    """The job held, typed under "Type de contrat : CDI CDD Intérim Autre", is text: the
    "Autre" of the contract types above it does not tick "Autre situation" (set_s p13)."""
    page = _page(1, [
        _word("Vous", 80, 884), _word("exercez", 125, 884), _word("une", 200, 884),
        _word("activité", 240, 884), _word("salariée", 320, 884),
        _word("Type", 80, 911), _word("de", 125, 911), _word("contrat", 150, 911),
        _word("CDI", 200, 911), _word("CDD", 255, 911), _word("Intérim", 300, 911),
        _word("Autre", 380, 911),
        _word("Emploi", 80, 938), _word("occupé", 140, 938),
    ], [
        FormWidget("sit_salarie", "/Yes", (58, 884, 73, 900), "checkbox"),
        FormWidget("ct_CDD", "/Yes", (237, 911, 252, 926), "checkbox"),
        FormWidget("EmploiOccupe", "Réceptionniste", (191, 934, 547, 955), "text"),
    ])  # fmt: skip
    fields = _extract(page)
    assert fields.employment_status == "employed"
    assert fields.situation == "salarie"
    assert [k for k, v in (fields.situation_boxes or {}).items() if v] == ["salarie"]


def test_a_date_of_birth_in_three_fields_named_dob_j_m_a_is_read() -> None:
    """Fields named after the English abbreviation and the French parts ("dob_j",
    "dob_m", "dob_a", jour / mois / année; also under an XFA path): the date of birth was
    not read at all (form_al d003, d008, d012, d016)."""
    from docverify.doctypes.application_form.acroform import read_form_fields

    for prefix in ("", "topmostSubform[0].Page1[0]."):
        values = {f"{prefix}dob_j[0]" if prefix else "dob_j": "26",
                  f"{prefix}dob_m[0]" if prefix else "dob_m": "02",
                  f"{prefix}dob_a[0]" if prefix else "dob_a": "1979"}  # fmt: skip
        assert read_form_fields(values) == {"date_of_birth": "26/02/1979"}


def test_a_date_of_birth_under_a_caption_starting_left_of_its_first_box() -> None:
    """form_ap d013: fields "Champ6", "7", "8" (30, 12, 1994), their caption "Date de
    naissance (jour, mois, année)" printed over them but starting left of the first: its
    words over the box ("(jour, mois, année)") said nothing; read from its start, it names
    the date of birth."""
    words = [_word("Sexe", 417, 356), _word("Date", 501, 356), _word("de", 545, 356),
             _word("naissance", 566, 356), _word("(jour,", 652, 356), _word("mois,", 712, 356),
             _word("année)", 763, 356)]  # fmt: skip
    page1 = _page(1, words, [
        FormWidget("Champ1", "RAHMONOV", (56, 327, 405, 347)),
        FormWidget("Champ6", "30", (562, 372, 593, 392)),
        FormWidget("Champ7", "12", (600, 372, 630, 392)),
        FormWidget("Champ8", "1994", (637, 372, 698, 392)),
    ])  # fmt: skip
    assert _extract(page1).date_of_birth == dt.date(1994, 12, 30)


def test_combs_whose_boxes_are_numbered_right_after_the_name() -> None:
    """form_au d003: the cerfa's combs as fields "Dob1" ... "Dob8", "Nir1" ... "Nir13" and
    "NirKey1", "NirKey2", the contract a box named "CtCdd": the date of birth was not read
    and the key's two digits were taken for the number's first two."""
    from docverify.doctypes.application_form.acroform import read_form_fields

    path = "topmostSubform[0].Page1[0]."
    widgets = [FormWidget(f"{path}Dob{i}[0]", d, (100 + 14 * i, 200, 112 + 14 * i, 214))
               for i, d in enumerate("28021985", start=1)]  # fmt: skip
    widgets += [FormWidget(f"{path}Nir{i}[0]", d, (100 + 14 * i, 240, 112 + 14 * i, 254))
                for i, d in enumerate("2850299155047", start=1)]  # fmt: skip
    widgets += [FormWidget(f"{path}NirKey{i}[0]", d, (310 + 14 * i, 240, 322 + 14 * i, 254))
                for i, d in enumerate("37", start=1)]  # fmt: skip
    widgets += [FormWidget(f"{path}CtCdi[0]", "/Off", (100, 300, 110, 310), "checkbox"),
                FormWidget(f"{path}CtCdd[0]", "/Yes", (150, 300, 160, 310), "checkbox")]  # fmt: skip
    assert read_form_fields(widgets) == {
        "date_of_birth": "28/02/1985", "nir": "285029915504737", "contract_type": "CDD",
    }  # fmt: skip


def test_combs_numbered_from_01_under_a_sections_letter() -> None:
    """form_av d002: boxes named "A_DateNaissJJ_01" ... "A_DateNaissAAAA_04" and "A_NIR_01"
    ... "A_NIR_13", "A_NIRCle_01", "_02": the section's letter "A" was taken for
    "année" (no date of birth), and boxes numbered 01 to 09 were no comb's (a NIR of 9
    digits). Blank NIR boxes give no NIR."""
    from docverify.doctypes.application_form.acroform import read_form_fields

    def comb(stem: str, text: str, y: int, x: int = 100) -> list[FormWidget]:
        return [FormWidget(f"{stem}_{i:02d}", c, (x + 16 * i, y, x + 14 + 16 * i, y + 15))
                for i, c in enumerate(text, start=1)]  # fmt: skip

    widgets = [*comb("A_DateNaissJJ", "02", 411), *comb("A_DateNaissMM", "07", 411, 140),
               *comb("A_DateNaissAAAA", "1988", 411, 180), *comb("A_NIR", "2880799397412", 579),
               *comb("A_NIRCle", "08", 579, 330)]  # fmt: skip
    assert read_form_fields(widgets) == {"date_of_birth": "02/07/1988", "nir": "288079939741208"}
    assert "nir" not in read_form_fields(comb("A_NIR", "             ", 579))


def test_combs_named_after_the_form_and_the_page() -> None:
    """form_by d009, d015, d018 (wave 43, read): boxes "S1106_p1_nom_01" ... "_26", the
    form's and the page's numbers before the name: "nom" was known only alone, and the
    surname came from the page's print ("ZHAN", "SOKO", "DELA")."""
    from docverify.doctypes.application_form.acroform import read_form_fields

    def comb(stem: str, text: str, y: int) -> list[FormWidget]:
        return [FormWidget(f"{stem}_{i:02d}", c, (60 + 19 * i, y, 73 + 19 * i, y + 20))
                for i, c in enumerate(text.ljust(26), start=1)]  # fmt: skip

    widgets = [*comb("S1106_p1_nom", "DELA CRUZ", 266), *comb("S1106_p1_nom_usage", "LEROY", 300),
               *comb("S1106_p1_prenom", "MARIA CRISTINA", 334)]  # fmt: skip
    got = read_form_fields(widgets)
    assert (got["surname"], got["usage_name"], got["given_names"]) == (
        "DELA CRUZ", "LEROY", "MARIA CRISTINA"
    )  # fmt: skip


def test_a_date_typed_with_spaces_in_a_field_printed_jj_mm_aaaa() -> None:
    """ "29 12 2026" typed in the date field (form_bj d024): a date, in the future here."""
    page2 = _page(2, [_word("Fait", 50, 209), _word("à", 92, 209), _word("le", 456, 209)], [
        FormWidget("FaitA", "Toulouse", (110, 205, 441, 221)),
        FormWidget("DateSign", "29 12 2026", (472, 205, 775, 221)),
    ])  # fmt: skip
    assert _extract(page2).signed_on == dt.date(2026, 12, 29)


def test_a_date_in_boxes_named_by_number_after_a_space() -> None:
    """form_bq d008 (a fillable PDF): section C's date a digit in each of "Date 1" to
    "Date 8", beside "Fait à": the bare "Date" with a box's number was no field's name, and
    the form had no date."""
    from docverify.doctypes.application_form.acroform import read_form_fields
    from docverify.model import FormWidget

    widgets = [FormWidget("Fait à", "Paris", (86, 190, 381, 209))]
    widgets += [
        FormWidget(f"Date {i}", d, (415 + 15 * i, 190, 428 + 15 * i, 206))
        for i, d in enumerate("15112026", start=1)
    ]
    assert read_form_fields(widgets) == {"place": "Paris", "signed_on": "15/11/2026"}


def test_nir_boxes_numbered_from_zero() -> None:
    """form_bq d007: the NIR a digit in each of "NIR_0" to "NIR_14" (an XFA path around
    each): the box numbered 0 was no box of the group, the first digit was lost and the
    NIR said invalid."""
    from docverify.doctypes.application_form.acroform import read_form_fields
    from docverify.model import FormWidget

    widgets = [
        FormWidget(
            f"topmostSubform[0].Page1[0].NIR_{i}[0]", d, (50 + 18 * i, 552, 66 + 18 * i, 572)
        )
        for i, d in enumerate("180099920415134")
    ]
    assert read_form_fields(widgets) == {"nir": "180099920415134"}


def test_a_combs_boxes_as_separate_fields_take_the_meaning_of_the_box_before() -> None:
    """form_bq d019 (Acrobat's default names, "Texte13" to "Texte20"): the label beside the
    comb named its first boxes only, so the date of birth read "051219" and the postcode
    "314". Each box on the row just right of a comb's box is that comb's."""
    from docverify.doctypes.application_form.acroform import read_form_fields
    from docverify.model import FormWidget

    def row(first: str, digits: str, x0: int, y: int, n0: int) -> list[FormWidget]:
        return [
            FormWidget(first if i == 0 else f"Texte{n0 + i}", d, (x0 + 17 * i, y, x0 + 16 + 17 * i, y + 18))
            for i, d in enumerate(digits)
        ]  # fmt: skip

    widgets = row("Date de naissance", "05121997", 263, 400, 13) + row(
        "Code postal", "31400", 55, 645, 36
    )
    assert read_form_fields(widgets) == {"date_of_birth": "05/12/1997", "postcode": "31400"}
