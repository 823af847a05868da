"""RIBs as they reach a clerk (words with boxes, no OCR): a banking-app screenshot, a RIB
at the foot of a bank letter, English labels, a joint account over two lines, an IBAN
wrapped in a narrow column; and a letter that only mentions a RIB, which is none."""

from __future__ import annotations

from typing import Any

import pytest

from docverify.classify import classify_page
from docverify.doctypes import rib
from docverify.model import DocType
from tests.bank.pages import document, extracted, page

LEFT, RIGHT = 100, 1000


def read(*rows: Any) -> Any:
    return extracted(rib.SPEC, document(DocType.RIB, page(rows))).fields


def app_screenshot(iban: str = "FR76 1987 0000 0110 7715 4038 823") -> list[Any]:
    return [
        "12:07",
        "Mon RIB",
        "Kalo",
        "Compte courant",
        "SAMIRA HADDOU",
        "Titulaire du compte",
        "SAMIRA HADDOU",
        "IBAN",
        [(LEFT, iban), (900, "Copier")],
        "BIC / SWIFT",
        [(LEFT, "KALOFRP2XXX"), (900, "Copier")],
        "Banque",
        "Kalo (Kalo Payments SAS)",
        "Adresse de la banque",
        "21 rue de Châteaudun, 75009 Paris",
        "Partager mon RIB (PDF)",
    ]


def test_banking_app_screenshot() -> None:
    f = read(*app_screenshot())
    assert f.holder_name == "SAMIRA HADDOU"
    assert f.iban == "FR7619870000011077154038823"
    assert f.bic == "KALOFRP2XXX"  # under its label, not the registry's BIC for the code
    assert f.bank_name == "Kalo"


def test_foreign_iban_in_an_app() -> None:
    f = read(*app_screenshot("LT17 3910 0120 8801 7523"))
    assert f.iban == "LT173910012088017523"
    assert f.iban_valid is True


def test_rib_at_the_foot_of_a_bank_letter() -> None:
    f = read(
        [(LEFT, "LA BANQUE POSTALE"), (RIGHT, "Le 21 septembre 2026")],
        [(RIGHT, "MME HANNA SCHMIDT")],
        [(RIGHT, "15 RUE DES CINQ DIAMANTS")],
        [(RIGHT, "75013 PARIS")],
        "Objet : ouverture de votre compte courant",
        "Madame,",
        "Vous trouverez ci-dessous votre relevé d'identité bancaire.",
        "RELEVÉ D'IDENTITÉ BANCAIRE",
        [(LEFT, "Titulaire :"), (300, "MME HANNA SCHMIDT")],
        [(300, "15 RUE DES CINQ DIAMANTS")],
        [(300, "75013 PARIS")],
        "IBAN : FR42 2004 1000 0122 0914 8D02 087",
        "BIC : PSSTFRPPPAR",
    )
    assert f.holder_name == "MME HANNA SCHMIDT"
    assert f.iban == "FR4220041000012209148D02087"


@pytest.mark.parametrize("label", ["Account Owner", "Account holder", "Beneficiary"])
def test_english_label_over_its_value(label: str) -> None:
    f = read(
        "Account details",
        label,
        "John SMITH",
        "IBAN",
        "DE89 3704 0044 0532 0130 00",
        "BIC COBADEFFXXX",
    )
    assert f.holder_name == "John SMITH"
    assert f.iban == "DE89370400440532013000"


def test_joint_account_second_holder_on_the_next_line() -> None:
    f = read(
        "Crédit Mutuel RELEVÉ D'IDENTITÉ BANCAIRE",
        [(LEFT, "Titulaire du compte :"), (RIGHT, "Domiciliation :")],
        [(LEFT, "M MOUSSA DIOP"), (RIGHT, "CCM SAINT-DENIS BASILIQUE")],
        [(LEFT, "OU MME AWA NDIAYE"), (RIGHT, "2 PLACE VICTOR HUGO")],
        [(LEFT, "5 ALLEE DES TILLEULS"), (RIGHT, "93200 SAINT-DENIS")],
        [(LEFT, "93200 SAINT DENIS")],
        "IBAN FR76 1027 8061 5200 0412 9880 374",
    )
    assert f.holder_name == "M MOUSSA DIOP OU MME AWA NDIAYE"
    assert f.holders == ("M MOUSSA DIOP", "MME AWA NDIAYE")


def test_a_long_name_wrapped_onto_a_second_line_is_one_holder() -> None:
    """set_dc p02 (wave 43, read; recorded OCR of a BNP Paribas app screen): "M CHAMINDA
    PRASANNA KUMARA" / "WANNINAYAKE MUDIYANSELAGE" under "Titulaire": the surname on the
    second line was lost, and the RIB's holder had no surname of the applicant's."""
    f = read(
        "« Mes RIB / IBAN", "BNP PARIBAS", "Compte de chèques 2716", "Titulaire",
        "M CHAMINDA PRASANNA KUMARA", "WANNINAYAKE MUDIYANSELAGE", "IBAN",
        "FR76 3000 4008 1300 0104 8271 612", "BIC", "BNPAFRPPXXX",
    )  # fmt: skip
    assert f.holder_name == "M CHAMINDA PRASANNA KUMARA WANNINAYAKE MUDIYANSELAGE"


def test_a_second_holder_after_an_ou_read_with_its_accent() -> None:
    """set_bw p02 (wave 24): a La Banque Postale app screen, "Titulaire(s)" over "M JULIEN
    MOREL" and "OU MME FATOUMATA DIALLO", the "OU" read "OÙ" (the French word for where):
    still the second holder of a joint account."""
    f = read(
        "Mon RIB",
        "COMPTE COURANT POSTAL",
        "Titulaire(s)",
        "M JULIEN MOREL",
        "OÙ MME FATOUMATA DIALLO",
        "IBAN",
        "FR66 2004 1010 0506 4587 2K03 181",
    )
    assert f.holders == ("M JULIEN MOREL", "MME FATOUMATA DIALLO")
    assert f.holder_name == "M JULIEN MOREL OU MME FATOUMATA DIALLO"


def test_couple_titles_then_the_second_holder_on_the_next_line() -> None:
    """ "M OU MME" is the couple's titles, not yet a second holder: the line under it is."""
    f = read(
        "Crédit Mutuel RELEVÉ D'IDENTITÉ BANCAIRE",
        "Compte joint",
        "Titulaire du compte : M OU MME DUBOIS JULIEN",
        [(LEFT + 330, "OU MILLER JENNIFER")],  # under the value, not under the label
        "IBAN FR76 1027 8020 0400 0201 4570 183",
    )
    assert f.holder_name == "M OU MME DUBOIS JULIEN OU MILLER JENNIFER"
    assert f.holders == ("DUBOIS JULIEN", "MILLER JENNIFER")


def test_iban_wrapped_in_a_narrow_column() -> None:
    f = read(
        "RELEVÉ D'IDENTITÉ BANCAIRE",
        "Titulaire : MME ELENA POPESCU",
        "IBAN",
        "FR76 3000 4008 1300 0911",
        "2774 012",
    )
    assert f.iban == "FR7630004008130009112774012"


def test_a_letter_that_asks_for_a_rib_is_no_rib() -> None:
    letter = page(
        [
            "Caisse d'allocations familiales",
            [(RIGHT, "MME AWA TRAORÉ")],
            [(RIGHT, "9 RUE DE TANGER")],
            [(RIGHT, "75019 PARIS")],
            "Objet : accusé de réception de votre demande",
            "Pour la traiter, nous avons besoin de votre relevé d'identité bancaire.",
        ]
    )
    assert classify_page(letter).type != DocType.RIB
    assert rib.SPEC.score("RELEVE D'IDENTITE BANCAIRE IBAN FR76 3000 4008 1300", None) >= 3


def test_a_bilingual_label_over_a_name_longer_than_its_first_half() -> None:
    """ "Titulaire du compte / Account holder" over "MME RAMANATHAN VENKATA LAKSHMI": the
    name is read whole under the label, not from under its English half."""
    import dataclasses

    p = page([
        "Société Générale RELEVÉ D'IDENTITÉ BANCAIRE",
        [(LEFT, "Titulaire du compte / Account holder"), (1600, "Domiciliation")],
        [(LEFT, "MME RAMANATHAN VENKATA LAKSHMI"), (1600, "SG ISSY LES MOULINEAUX")],
        "IBAN (International Bank Account Number) BIC",
        "FR76 3000 6000 0112 3456 7890 189 SOGEFRPP",
    ])  # fmt: skip
    # as tesseract read it: the title a little less sure than the names after it
    words = tuple(dataclasses.replace(w, conf=93.0) if w.text == "MME" else w for w in p.words)
    doc = document(DocType.RIB, dataclasses.replace(p, words=words))
    assert extracted(rib.SPEC, doc).fields.holder_name == "MME RAMANATHAN VENKATA LAKSHMI"


def test_a_long_holder_under_its_label_stops_at_the_next_labels_column() -> None:
    """A joint holder written in full runs up to the bank's column: the name under
    "Titulaire" ends where "Domiciliation" begins, not after the bank's branch."""
    f = read(
        "BoursoBank RELEVÉ D'IDENTITÉ BANCAIRE",
        [(LEFT, "Titulaire"), (760, "Domiciliation")],
        [(LEFT, "M. JULIEN MARTIN OU MME SARAH JANE O'CONNOR"), (760, "BOURSOBANK PRADO")],
        [(LEFT, "14 RUE DES VINAIGRIERS 75010 PARIS")],
        "IBAN FR76 4061 8671 1970 6512 2778 654",
    )
    assert f.holders == ("M. JULIEN MARTIN", "MME SARAH JANE O'CONNOR")


def test_an_apps_name_spaced_wide_under_its_label() -> None:
    """A money app's "Vos coordonnées bancaires" screen (set_s p12): "Nom" alone, the name
    two lines under it, as the screen spaces them (boxes as OCR gave them)."""
    from docverify.model import PageRef, PageText, Word

    rows = [
        ((222, 185, 947, 220), "Vos coordonnées bancaires EUR"),
        ((84, 374, 754, 408), "Pour recevoir des euros par virement SEPA"),
        ((114, 481, 185, 505), "Nom"),
        ((112, 563, 462, 595), "Olena Kovalenko"),
        ((114, 741, 184, 765), "IBAN"),
        ((114, 825, 529, 855), "BE07 9678 4518 0766"),
        ((112, 999, 251, 1025), "Swift/BIC"),
        ((111, 1081, 410, 1130), "TRWIBEB1XXX"),
    ]
    words = []
    for n, ((x0, y0, x1, y1), text) in enumerate(rows):
        step = (x1 - x0) // len(text)
        for w in text.split():
            start = x0 + step * text.index(w)
            words.append(Word(w, (start, y0, start + step * len(w), y1), 95.0, (1, n, 1)))
    shot = PageText(PageRef("Screenshot.png", 1), None, 300, tuple(words), "ocr", mean_conf=95.0)
    f = extracted(rib.SPEC, document(DocType.RIB, shot)).fields
    assert f.holder_name == "Olena Kovalenko"
    assert f.iban == "BE07967845180766"


def test_an_apps_copy_icon_beside_the_label_is_no_holder() -> None:
    """set_ar p02 (Revolut, English): each label has a copy icon at its right, which
    tesseract reads "Oo"; the holder is the line under "Beneficiary"."""
    f = read(
        "< Account details", "EUR: IBAN Local",
        [(LEFT, "Beneficiary"), (900, "Oo")], "Tendai Rufaro Moyo",
        "IBAN", "LT91 3250 0194 7720 4611",
        [(LEFT, "BIC / SWIFT code"), (900, "Oo")], "REVOLT21",
        [(LEFT, "Bank name"), (900, "Oo")], "Revolut Bank UAB",
    )  # fmt: skip
    assert f.holder_name == "Tendai Rufaro Moyo"
    assert f.iban == "LT913250019477204611"


def test_a_company_holding_the_account_is_its_holder_not_the_branch() -> None:
    """set_ck p04: a Société Générale RIB of "SARL BERISHA RENOVATION" under "Titulaire du
    compte", the branch "SG MULHOUSE ENTREPRISES" under "Domiciliation". The company is the
    holder (its legal form says it is one), the branch never."""
    f = read(
        "SOCIETE GENERALE", "RELEVÉ D'IDENTITÉ BANCAIRE", "Titulaire du compte",
        "SARL BERISHA RENOVATION", "ZA DES COLLINES 4 RUE DE L INDUSTRIE", "68100 MULHOUSE",
        "Domiciliation", "SG MULHOUSE ENTREPRISES", "1 place de la Réunion, 68100 Mulhouse",
        "IBAN (International Bank Account Number)", "FR76 3000 3025 6000 0204 5831 714",
        "BIC (Bank Identifier Code)", "SOGEFRPP",
    )  # fmt: skip
    assert f.holder_name == "SARL BERISHA RENOVATION"


def test_a_joint_account_of_nine_words_titles_and_or_included() -> None:
    """set_cl p03: "M OU MME MARCHETTI JULIEN OU SETIAWAN DEWI KARTIKA", nine words of which
    the titles and the two "OU" are no words of a name: the holders, not a sentence."""
    f = read(
        "CAISSE D'EPARGNE", "Relevé d'identité Bancaire (RIB)", "Titulaire du compte",
        "M OU MME MARCHETTI JULIEN OU SETIAWAN DEWI KARTIKA", "18 rue d'Austerlitz 69004 LYON",
        "IBAN", "FR76 1382 5002 0008 0041 2775 339", "BIC CEPAFRPP382",
    )  # fmt: skip
    assert f.holder_name == "M OU MME MARCHETTI JULIEN OU SETIAWAN DEWI KARTIKA"
