"""Classification and grouping of pages into documents, on pages built in code."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from PIL import Image

from docverify.assess import _mrz_probe
from docverify.classify import classify_page, group_pages
from docverify.model import DocType, PageRef, PageText, Word
from docverify.mrz_text import sniff_mrz_codes
from tests.conftest import specimens_or_skip


def _page(
    text: str, file: str = "a.pdf", page: int = 1, image: np.ndarray | None = None
) -> PageText:
    words = tuple(
        Word(tok, (10 * i, 20 * n, 10 * i + 8, 20 * n + 10), 95.0, (1, 1, n))
        for n, line in enumerate(text.splitlines())
        for i, tok in enumerate(line.split())
    )
    return PageText(PageRef(file, page), image, 300, words, "ocr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RELEVE D'IDENTITE BANCAIRE\nIBAN FR76 3000 4008 2800 0123 4567 841\nBIC BNPAFRPP",
            DocType.RIB,
        ),
        (
            "EDF\nVotre facture du 05/09/2026\nConsommation 120 kWh\nMontant TTC 64,20",
            DocType.UTILITY_BILL,
        ),
        ("BULLETIN DE PAIE\nSalaire de base\nNET A PAYER AVANT IMPOT 2 845,12", DocType.PAYSLIP),
        (  # the form's page 2 photographed, its "pièces justificatives" heading lost (set_o p06)
            "C — VOS ENGAGEMENTS ET SIGNATURE\n"
            "Je certifie sur l'honneur l'exactitude des renseignements portés\n"
            "© une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;\n"
            "+ votre titre de séjour, votre visa long séjour valant titre de séjour (VLS-TS) ;\n"
            "© une copie intégrale d'acte de naissance (avec apostille ou légalisation) ;\n"
            "© ou attestation d'hébergement accompagnée des justificatifs de l'hébergeant ;\n"
            "© si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.\n"
            "Cadre réservé à l'organisme",
            DocType.APPLICATION_FORM,
        ),
        (  # a handwritten attestation d'hébergement photographed (set_o p09): title lost
            "Attestation Ale rapnent\n"
            "fe Hi Chen, née le 50/0V1990 3 Shmshoi, Memevrant, IIe\n"
            "cous 4a Name, 33400 Bocdepux, atteste Sur lhonneue 2\n"
            "won dovici| MonSi@ue Wei\n"
            "depuis le 15/07/2006, et ZHANG € le 29/09/1998 > Was,\n"
            "Frit poe servie @ valeic ce 4e de dei\n"
            "Fait 2 Bordeaux, le 16/1/2026",
            DocType.HOSTING_ATTESTATION,
        ),
        (  # a hand's title, its "d'" read as a letter joined to the next word (set_bh p02)
            "fe Sous Signée Nodame Sanicine KTRNGANA,\nAttestation Aheberaement\n"
            "nee le Y/OVW9G5 2 JE 7mEroun), LS\nSoeur, arme Chastelle Aurore N née le",
            DocType.HOSTING_ATTESTATION,
        ),
        (  # an Italian card's title read at 150 dpi, the I of "identity" lost (set_o d016)
            "REPUBBLICA ITALIANA\nCARTA OF DENTITA / DENTITY CARD\nD'ANGELO\nFRANCESCA",
            DocType.NATIONAL_ID,
        ),
        (
            "ATTESTATION D'HEBERGEMENT\nJe soussignée Claire DUBOIS atteste héberger",
            DocType.HOSTING_ATTESTATION,
        ),
        (
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
            DocType.PASSPORT,
        ),
        ("Bonjour, ceci est une lettre sans rapport.", DocType.UNKNOWN),
        (  # Viet Nam's extract of the birth register, its diacritics read loosely (set_ai p01)
            "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n"
            "S6: 412/TLKS-BS\nTRICH LUC KHAI SINH\n(BAN SAO)\n"
            "Ho, chit dém, tén: TRAN THI THU HA\nNgay, thang, nam sinh: 14/03/1996",
            DocType.BIRTH_CERTIFICATE,
        ),
        (
            "RÉPUBLIQUE FRANÇAISE\nCERTIFICAT DE RÉSIDENCE POUR ALGÉRIEN\nNOM BENALI\n"
            "Valable jusqu'au 12/03/2036",
            DocType.RESIDENCE_PERMIT,
        ),
        (  # the title on two lines (set_s p12)
            "УКРАЇНА\nСВІДОЦТВО\nПРО НАРОДЖЕННЯ\nПрізвище\nКОВАЛЕНКО\nІм'я\nОЛЕНА",
            DocType.BIRTH_CERTIFICATE,
        ),
        (  # Indonesia's extract of the birth act, the date of birth in words (set_cl p03)
            "REPUBLIK INDONESIA\nKUTIPAN AKTA KELAHIRAN\nWARGA NEGARA INDONESIA\n"
            "Berdasarkan Akta Kelahiran Nomor 3578-LT-20112025-0412\ntelah lahir :\n"
            "DEWI KARTIKA SETIAWAN\nKEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            DocType.BIRTH_CERTIFICATE,
        ),
        (  # the Dominican Republic's full copy of the act (set_cl p02)
            "REPÚBLICA DOMINICANA\nJUNTA CENTRAL ELECTORAL\nACTA INEXTENSA DE NACIMIENTO\n"
            "Libro No. 00412 Folio No. 0188 Acta No. 094288 Año 1990",
            DocType.BIRTH_CERTIFICATE,
        ),
        (  # Korea's record of birth, its Hangul lost to OCR (set_s p14)
            "7128 8A4(SAI)\nBasic Certificate (Detailed)\nSS7|EX| MASSSAI (KIM MINJUN)",
            DocType.BIRTH_CERTIFICATE,
        ),
    ],
)
def test_page_types(text: str, expected: DocType) -> None:
    assert classify_page(_page(text)).type == expected


CAF_LETTER = (
    "Caisse d'allocations familiales\nMme Aurélie MBARGA\nObjet : accusé de réception\n"
    "Madame,\nNous avons bien reçu votre demande d'aide personnalisée au logement.\n"
    "* votre titre de séjour en cours de validité ;\n* votre carte de séjour temporaire ;\n"
    "Nous vous prions d'agréer l'expression de nos salutations distinguées."
)


def test_a_letter_asking_for_a_residence_permit_is_none() -> None:
    assert classify_page(_page(CAF_LETTER)).type == DocType.UNKNOWN
    # the same words on a card, without a letter's salutation and closing, are a permit
    card = "\n".join(line for line in CAF_LETTER.splitlines() if "," not in line[-1:])
    card = card.replace(
        "Nous vous prions d'agréer l'expression de nos salutations distinguées.", ""
    )
    assert classify_page(_page(card)).type == DocType.RESIDENCE_PERMIT


COVER_LETTER = """Karim BOUDIAF
34070 Montpellier
CPAM de l'Hérault
Objet : demande d'ouverture des droits à l'assurance maladie (PUMa)
Madame, Monsieur,
je vous prie de bien vouloir trouver ci-joint ma demande, accompagnée des pièces suivantes :
formulaire S1106
copie du passeport
titre de séjour
acte de naissance
attestation d'hébergement
- RIB
Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."""


def test_a_letter_sending_the_packet_is_not_the_form() -> None:
    """It names the form and lists the documents like the form's page 2, but it is a
    letter: none of them."""
    assert classify_page(_page(COVER_LETTER)).type == DocType.UNKNOWN


def test_stack_of_bills_in_one_pdf_is_three_documents() -> None:
    pages = [
        _page(
            f"ENGIE\nFacture n° 10{n}7\nDate de facture : 0{n}/10/2026\nConsommation kWh",
            "bills.pdf",
            n,
        )
        for n in (1, 2, 3)
    ]
    docs = group_pages(pages)
    assert [d.type for d in docs] == [DocType.UTILITY_BILL] * 3


def test_a_leases_inventory_with_meter_readings_is_no_bill() -> None:
    """The lease's last page, its "état des lieux", notes the meters' kWh and m³: it stays
    with the lease instead of making a bill nobody sent."""
    lease = _page(
        "CONTRAT DE LOCATION\nLe bailleur et le locataire\nLoyer mensuel : 640 €\n"
        "Dépôt de garantie : 640 €",
        "bail.pdf",
    )
    annex = _page(
        "ANNEXE — ÉTAT DES LIEUX D'ENTRÉE (extrait)\nPièce Sols Murs Plafonds\n"
        "Relevé des compteurs : électricité 012 431 kWh ; eau froide 00412 m³.\n"
        "Contrat de location — logement vide — page 4/4",
        "bail.pdf",
        2,
    )
    docs = group_pages([lease, annex])
    assert [(d.type, len(d.pages)) for d in docs] == [(DocType.LEASE, 2)]


FORM_PAGE_2_PHOTO = """Je certifie sur l'honneur l'exactitude des renseignements portés sur ci
changement dans ma situation (adresse, activité, résidence). Je reconnais:
prévues par la loi (articles 313-1, 441-1 et 441-6 du code pénal ; article L.
Fait à
Une pièce d'identité : passeport ou, pour les ressortissants de l'UE / EEE / Suisse, carte
Si vous n'êtes pas ressortissant de l'UE / EEE / Suisse : titre de séjour, visa long séjour
Un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé
Un justificatif de résidence en France depuis plus de 3 mois (bail, factures, attestation d'hébergement)
Un relevé d'identité bancaire (RIB) à votre nom
Si vous travaillez : contrat de travail ou dernier bulletin de salaire
Pièces vérifiées oui non
Visa:
$1106 — certa n° 15763°02 — page 2/2"""
"""The form's page 2 photographed (form_o d034, recorded OCR): its headings on dark bands
lost, the list of documents to send read, the footer's cerfa number read "15763°02"."""


def test_the_forms_page_2_without_its_headings_is_the_form() -> None:
    """Not a hosting attestation for the words "certifie sur l'honneur" and "attestation
    d'hébergement" in its list: the cerfa's number and the agent's box say what it is."""
    p1 = _page("Demande d'ouverture des droits à l'assurance maladie\nNom de naissance", "f1.jpg")
    p2 = _page(FORM_PAGE_2_PHOTO, "f2.jpg")
    assert classify_page(p2).type == DocType.APPLICATION_FORM
    docs = group_pages([p1, p2])
    assert len(docs) == 1 and docs[0].type == DocType.APPLICATION_FORM and len(docs[0].pages) == 2
    assert classify_page(_page(COVER_LETTER)).type == DocType.UNKNOWN


def test_two_page_form_in_two_files_is_one_document() -> None:
    p1 = _page("Demande d'ouverture des droits à l'assurance maladie\nNom de naissance", "f1.jpg")
    p2 = _page(
        "Assurance maladie S1106\nJe certifie sur l'honneur l'exactitude des renseignements",
        "f2.jpg",
    )
    docs = group_pages([p1, p2])
    assert len(docs) == 1 and docs[0].type == DocType.APPLICATION_FORM and len(docs[0].pages) == 2


def test_mrz_probe_types_a_page_whose_text_is_garbled() -> None:
    blank = np.full((50, 50), 255, np.uint8)
    page = _page("~~ ,. ;;", image=blank)
    assert classify_page(page).type == DocType.UNKNOWN
    assert classify_page(page, lambda _p, _f: "ID").type == DocType.NATIONAL_ID
    assert classify_page(page, lambda _p, _f: "VD").type == DocType.LONG_STAY_VISA


@pytest.mark.e2e
def test_real_probe_finds_the_passport_in_the_pixels() -> None:
    image = np.asarray(
        Image.open(specimens_or_skip() / "mrz_images" / "passporteye_passport-td3.jpg").convert("L")
    )
    page = _page("", image=image)  # as if OCR had returned nothing usable
    assert classify_page(page, _mrz_probe(dt.date(2026, 11, 29))).type == DocType.PASSPORT


def test_apostille_stamped_on_the_certificate_page_gives_both_documents() -> None:
    page = _page(
        "STATE OF OREGON\nCERTIFICATE OF LIVE BIRTH\nCHILD'S NAME EMILY ROSE CARTER\n"
        "PLACE OF BIRTH Portland\nAPOSTILLE\n(Convention de La Haye du 5 octobre 1961)\n"
        "1. Country: United States of America"
    )
    docs = group_pages([page])
    assert {d.type for d in docs} == {DocType.BIRTH_CERTIFICATE, DocType.APOSTILLE}


def test_a_certificate_mentioning_apostilles_is_one_document() -> None:
    page = _page(
        "CERTIFICATE OF LIVE BIRTH\nPLACE OF BIRTH Portland\nApostille available on request"
    )
    assert [d.type for d in group_pages([page])] == [DocType.BIRTH_CERTIFICATE]


def test_certificate_with_stamp_continues_on_its_second_page() -> None:
    p1 = _page(
        "CERTIFICATE OF LIVE BIRTH\nPLACE OF BIRTH Portland\nAPOSTILLE\n"
        "(Convention de La Haye du 5 octobre 1961)",
        "cert.pdf",
        1,
    )
    p2 = _page(
        "Registrar's remarks continued\nFATHER DAVID CARTER MOTHER SUSAN WALKER", "cert.pdf", 2
    )
    docs = group_pages([p1, p2])
    cert = next(d for d in docs if d.type == DocType.BIRTH_CERTIFICATE)
    assert [p.ref.page for p in cert.pages] == [1, 2]
    assert any(d.type == DocType.APOSTILLE for d in docs)


@pytest.mark.parametrize(("mean_conf", "pages"), [(31.0, [1, 2]), (92.0, [2])])
def test_a_poorly_read_page_before_a_certificate_is_its_first_page(
    mean_conf: float, pages: list[int]
) -> None:
    """A Chinese notarial certificate of birth: its first page in a script tesseract has no
    model for here (read as scraps), its second in English. The scraps lead the
    certificate; a page read well that no type claims stays apart."""
    p1 = dataclasses.replace(_page("4s UE +\n(2026) SBHIEFH03318S\nBig: BA, 8B", "nc.pdf", 1),
                             mean_conf=mean_conf)  # fmt: skip
    p2 = _page(
        "NOTARIAL CERTIFICATE\nSubject: Birth\nThis is to certify that ZHOU Ming was born in "
        "Wuhan\nThe father of ZHOU Ming is Zhou Jian. The mother of ZHOU Ming is Wu Xiaoyan.",
        "nc.pdf",
        2,
    )
    docs = group_pages([p1, p2])
    cert = next(d for d in docs if d.type == DocType.BIRTH_CERTIFICATE)
    assert [p.ref.page for p in cert.pages] == pages


def test_a_text_mrz_whose_code_names_no_type_still_asks_the_pixels() -> None:
    """An askew card's MRZ read from the page text starts "MERAO..." ("ME" names no type):
    the probe reads the band and finds the card's "C<"."""
    page = _page(
        "MERAOAGS213SKB3<<<<<<<<<<<<<<<\n9511084F3311086ITA<<<<<<<<<<<2\n"
        "ROSSI<<GIULIAKFRANCESCA<<<<<<<",
        "retro.jpg",
        image=np.zeros((10, 10), np.uint8),
    )
    asked: list[str] = []

    def probe(p: PageText, prefer: tuple[str, ...]) -> str | None:
        asked.append(p.ref.file)
        return "C<"

    assert classify_page(page, probe).type == DocType.NATIONAL_ID and asked == ["retro.jpg"]


def test_a_cards_face_whose_title_was_not_read_joins_its_mrz_side() -> None:
    """A titre de séjour photographed side by side in two files: its face's title read
    "CA MPORAIRE", so only its field labels say what it is; the next file's MRZ side is a
    residence permit. One document, the face's printed number with it."""
    face = _page(
        "NOM / SURNAME\nBERIDZE\nPRENOMS / GIVEN NAMES\nNINO\nSEXE / SEX NATIONALITE\nF GEO\n"
        "DATE DE NAISSANCE / DATE OF BIRTH\n22 08 1989\nN° DU DOCUMENT FIN DE VALIDITE\n"
        "GE3R58114 31 12 2026\nCA MPORAIRE",
        file="titre_recto.jpg",
    )
    back = _page(
        "IRFRAGE3R581141<<<<<<<<<<<<<<<\n8908226F2612316GEO<<<<<<<<<<<0\nBERIDZE<<NINO<<<<<<<<<<<<<<<<<",
        file="titre_verso.jpg",
    )
    assert classify_page(back).type == DocType.RESIDENCE_PERMIT
    assert classify_page(face).type == DocType.UNKNOWN
    for pages in ([face, back], [back, face]):
        docs = group_pages(pages)
        assert [(d.type, len(d.pages)) for d in docs] == [(DocType.RESIDENCE_PERMIT, 2)], docs
    # a page of running text that names a date of birth is no card's face
    letter = _page("Madame,\nNom : BERIDZE Prénom : NINO\nnée le 22/08/1989\n" + "texte " * 90,
                   file="lettre.pdf")  # fmt: skip
    assert len(group_pages([letter, back])) == 2


def test_a_document_on_two_parts_of_one_page_is_pointed_at_once() -> None:
    """A card's two sides photographed side by side: two parts of page 1, "p.1", not
    "p.1-1"; pages 1 to 3 of a file stay "p.1-3"."""
    from docverify.model import Document

    card = Document("d5", DocType.NATIONAL_ID, 1.0, (_page("X", "cni.jpg"), _page("Y", "cni.jpg")))
    assert card.where() == "cni.jpg p.1"
    bills = Document("d6", DocType.UTILITY_BILL, 1.0,
                     tuple(_page("Z", "factures.pdf", n) for n in (1, 2, 3)))  # fmt: skip
    assert bills.where() == "factures.pdf p.1-3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French CNI's face photocopied, its title not read (set_l p16): its labels
        ("NATIONALITÉ / Nationality FRA\nDATE DE NAISS. / Date of birth 03 12 1980\n"
         "LIEU DE NAISSANCE / Place of birth ORLEANS\nN* DU DOCUMENT / Document No F7K2M9Q4T\n"
         "DATE D'EXPIR. / Expiry date 01 06 2033", DocType.NATIONAL_ID),
        ("BELGIQUE BELGIE BELGIEN\nCARTE D'IDENTITÉ - IDENTITEITSKAART\nNom / Name VAN DEN BROECK",
         DocType.NATIONAL_ID),
        # a Portuguese citizen card, its title cut short by the scan ("CARTAO DE CIDAD"),
        # a passport's number label printed on it (set_m d010, recorded OCR)
        ("id REPUBLICA PORTUG os ue\nre Sobreno mame/Nom 3\nCARTAO DE CIDAD\nDOS SANTOS\n"
         "_NomeiGiven\nRUI MIGUEL\nPassaporte n®*/Document No./N° du-passepôrt\n152839471\n"
         "Välido stéèate of expiry/Date d'expiration", DocType.NATIONAL_ID),
        # a passport's page has the same labels, and says what it is
        ("PASSEPORT / PASSPORT\nNom / Surname MARTIN\nPrénoms / Given names LEA\n"
         "Nationalité / Nationality FRA\nPasseport N° / Passport No 22AB12345\n"
         "Date d'expiration / Date of expiry 01 06 2033", DocType.PASSPORT),
        # a letter that names the card it encloses is no card
        ("ATTESTATION D'HÉBERGEMENT\nJe soussigné Julien MOREAU atteste sur l'honneur héberger\n"
         "à mon domicile Mme Megan O'SULLIVAN depuis le 10/05/2024.\n"
         "Je joins la copie de ma carte d'identité et un justificatif de domicile.\n"
         "Fait à Nantes, le 12/11/2026", DocType.HOSTING_ATTESTATION),
    ],
)  # fmt: skip
def test_a_cards_face_by_its_labels(text: str, expected: DocType) -> None:
    assert classify_page(_page(text)).type == expected


def test_a_sworn_translation_of_a_birth_certificate_is_a_translation() -> None:
    """It carries the certificate's words (its labels score as a birth certificate), and
    the translator's certificate in the words sworn translators use (set_l d030-d032)."""
    text = (
        "Irina Lebrun Traduction n° R-2026-0612\n"
        "Traducteur-interprète expert près la Cour d'appel de Paris\nTRADUCTION\n"
        "(du russe vers le français)\nACTE DE NAISSANCE\nNom de famille : VOLKOVA\n"
        "Prénom : Anastasia\nDate de naissance : 14 mars 1996\nLieu de naissance : Kazan\n"
        "Père : VOLKOV Igor\nMère : VOLKOVA Elena\n"
        "Je soussignée, Irina Lebrun, traductrice-interprète expert près la Cour d'appel de "
        "Paris, certifie que la présente traduction\nest conforme à l'original rédigé en "
        "langue russe qui m'a été présenté."
    )
    assert classify_page(_page(text)).type == DocType.TRANSLATION


def test_a_translations_first_page_headed_by_its_source_language_is_a_translation() -> None:
    """The translated certificate on a page of its own, the translator's certificate on
    the next (blind set set_ae, p02): "TRADUCTION DE L'UKRAINIEN" heads the first page,
    which was typed a second birth certificate."""
    text = (
        "Iryna Bondar-Lefort Traduction n° 2026-0117\n"
        "Traductrice-interprète expert près la Cour d'appel de Paris\n"
        "TRADUCTION DE L'UKRAINIEN\nUKRAINE\nACTE DE NAISSANCE\nNom : KOVALENKO\n"
        "Prénom : Oleksandr\nNé le: 17 février 1990\nLieu de naissance : ville de Kharkiv\n"
        "Père : KOVALENKO Mykola\nMère : KOVALENKO Olena\n"
        "Lieu d'enregistrement : Service de l'état civil de Kharkiv"
    )
    assert classify_page(_page(text)).type == DocType.TRANSLATION


def test_a_cards_sides_in_files_that_do_not_sort_together_are_one_card() -> None:
    """The face and the MRZ side of one titre de séjour named by two apps
    ("PXL_2026....jpg", "photo_....jpg"), with other documents sorted between them: one
    card. Two people's cards are never paired by guess."""
    face = _page(
        "TITRE DE SEJOUR\nNOM / SURNAME\nBERIDZE\nPRENOMS / GIVEN NAMES\nNINO\n"
        "DATE DE NAISSANCE / DATE OF BIRTH\n22 08 1989\nFIN DE VALIDITE\n31 12 2026",
        file="PXL_20261101.jpg",
    )
    back = _page(
        "IRFRAGE3R581141<<<<<<<<<<<<<<<\n8908226F2612316GEO<<<<<<<<<<<0\nBERIDZE<<NINO<<<<<<<<<<<<<<<<<",
        file="photo_1102.jpg",
    )
    bill = _page("EDF\nVotre facture du 05/09/2026\nConsommation 120 kWh\nMontant TTC 64,20",
                 file="facture.pdf")  # fmt: skip
    assert classify_page(face).type == DocType.RESIDENCE_PERMIT
    docs = group_pages([face, bill, back])
    assert sorted((d.type, len(d.pages)) for d in docs) == [
        (DocType.RESIDENCE_PERMIT, 2), (DocType.UTILITY_BILL, 1)]  # fmt: skip
    other_face = dataclasses.replace(face, ref=PageRef("PXL_20261105.jpg", 1))
    assert len(group_pages([other_face, face, bill, back])) == 4


def test_a_cards_face_not_recognised_joins_the_back_whose_mrz_words_it_shows() -> None:
    """A Polish ID card photographed side by side in two files (set_u d011): the face's
    small-print labels lost, only its values read; the back typed by its MRZ. The face
    shows the back's surname and the card's number: one card. A face showing only the
    surname, or another person's page, stays apart."""
    face = _page("ESA\nA. Kewalsha\nKOWALSKA\nELA\nKRAKOW 01.12.1995\nF POL\n"
                 "09.05.2021 08.05.2031\nZAB482019", file="IMG_20261120_093921.jpg")  # fmt: skip
    back = _page("IDPOLZAB482019P2<<<<<<<<<<<<<<<\n9512014F3105087POL<<<<<<<<<<<6\n"
                 "KOWALSKA<<AGNIESZKA<<<<<<<<<<<", file="IMG_20261113_205052.jpg")  # fmt: skip
    assert classify_page(face).type == DocType.UNKNOWN
    docs = group_pages([back, face])
    assert [(d.type, len(d.pages)) for d in docs] == [(DocType.NATIONAL_ID, 2)]
    surname_only = _page("KOWALSKA\nKRAKOW 01.12.1995", file="IMG_1.jpg")
    assert len(group_pages([back, surname_only])) == 2


def test_a_lease_scanned_one_page_a_file_is_one_lease() -> None:
    """A lease photographed page by page ("bail_1.jpg", "bail_2.jpg"): the clause pages
    name no parties and no title, but their footers go on ("Page 2/3" after "Page 1/3"),
    so they are the same lease, not a lease without tenants. Two bills each "Page 1/1"
    stay two."""
    first = _page("CONTRAT DE LOCATION\nLe bailleur : M. Paul ROUX\nLe locataire : Ayse DEMIR\n"
                  "Date de prise d'effet : 01/10/2024\nLoyer mensuel 900 euros\nPage 1/3",
                  file="bail_1.jpg")  # fmt: skip
    second = _page("V. TRAVAUX\nNeant.\nVI. GARANTIES\nDepot de garantie : 900 euros\nPage 2/3",
                   file="bail_2.jpg")  # fmt: skip
    third = _page("Fait a Paris le 15/09/2024\nSignature du bailleur\nPage 3/3", file="bail_3.jpg")
    docs = group_pages([first, second, third])
    assert [(d.type, len(d.pages)) for d in docs] == [(DocType.LEASE, 3)]
    bill = "EDF\nVotre facture du {}/09/2026\nConsommation 120 kWh\nMontant TTC 64,20\nPage 1/1"
    two = group_pages(
        [_page(bill.format("05"), file="a.pdf"), _page(bill.format("06"), file="b.pdf")]
    )
    assert len(two) == 2


def test_an_energy_apps_bill_screen_is_a_bill() -> None:
    """A supplier app's bill screen: no kWh nor meter, the brand read off its coloured bar
    with its first letter wrong, "Prélevée" for the payment."""
    screen = _page(
        "Mes factures\nPotalEnergies\nFacture de juillet 2026\nEmise le 03/08/2026\n95,17 EUR\n"
        "Prelevee - payee\nTitulaire\nAwa SECK\nPeriode\ndu 01/07/2026 au 31/07/2026",
        file="IMG_64.PNG",
    )
    assert classify_page(screen).type == DocType.UTILITY_BILL


def test_an_italian_cards_back_read_with_its_first_mrz_line_long_is_an_identity_card() -> None:
    """The back of an Italian CIE photographed (set_s p04, recorded OCR): its MRZ opens
    with "CI" (ICAO 9303 leaves the letter after C to the state), so it is a card's back,
    not a page of no known document."""
    text = (
        "INDIRIZZO DI RESIDENZA / RESID ENCE\nVIA TOLEDO 112\n80134 NAPOLI\n"
        "CIITACA4&S2T3KDS<<<<<<<<<<K<K<KKK<\n9009051M3109052ITA<<<<<<<<<<<8\n"
        "DE<LUCA<<LORENZO<<<<<<<<<<<<<<"
    )
    words = tuple(
        Word(line, (20, 40 * i, 900, 40 * i + 30), 90.0, (1, 1, i))
        for i, line in enumerate(text.splitlines())
    )
    page = PageText(PageRef("carta_identita_retro.jpg", 1), None, 300, words, "ocr")
    pc = classify_page(page)
    assert pc.type == DocType.NATIONAL_ID and pc.mrz_code == "CI"


def test_a_handwritten_attestation_is_typed_by_its_closing_words_when_servir_is_lost() -> None:
    """The tesseract read of a handwritten attestation d'hébergement (set_aa p03): its
    title, "atteste sur l'honneur" and "héberger" garbled; "je soussigné", "mon domicile"
    and the model's "(pour servir et) valoir ce que de droit" survive, "servir" read
    "Service"."""
    text = (
        "Attestation Abba EmEnt\n"
        "Je SouSSiané Julien MARCHAND, né le 04/02/1990 % Lyon ((\n"
        "demeurant” 14 ve de la Roqwette, 75°ll Pacis, atteste suc\n"
        "LAURE lébera@e ? mon domicile depuis le le macs 2°26 mon\n"
        "épouse Lily Rose CARTER, née le 14/07/1997 2 Columbus\n"
        "(Ohio, Etats-Unis).\n"
        "F ait poue Service et valoir ce que de Acoit.\n"
        "Fait 2 Pacis, le 15/09/2026\n"
    )
    assert classify_page(_page(text, "attestation_hebergement.jpg")).type == (
        DocType.HOSTING_ATTESTATION
    )


def test_a_serbian_extract_of_the_register_of_births_is_a_birth_certificate() -> None:
    """set_an p02: a bilingual Serbian "izvod iz matične knjige rođenih", its Cyrillic
    garbled by a Latin read, its Latin lines legible."""
    text = (
        "PENYBJIAUKA CPBUJA / REPUBLIKA SRBIJA\n"
        "U3SBOD U3 MATUYHE KHBMTE POREHUX\n"
        "IZVOD IZ MATICNE KNJIGE RODENIH\n"
        "Npe3ume Prezime PETROVIC\n"
        "Mian, meceu, roauHa pohetha 02.11.1988.\n"
        "5 Mecrto pofetsa / Mesto rodenja Kragujevac\n"
        "7 OTau: ume u npezume / Otac Dragan Petrovié\n"
    )
    assert classify_page(_page(text, "scan_0001.pdf", 3)).type == DocType.BIRTH_CERTIFICATE


def test_a_permits_face_without_its_title_is_known_by_its_category() -> None:
    """set_as p03: a titre de séjour's recto whose title the copy cut off: labels a card
    shares with an identity card, and "Catégorie / Remarks: ÉTUDIANT", the permit's own."""
    from tests.bank.pages import page

    rows = ["NOM / Surname", "STOJANOVSKA", "Prénoms / Given names", "IVANA",
            "Sexe / Nat. / Date de naissance", "F MKD 25 06 1997", "Catégorie / Remarks",
            "ÉTUDIANT", "N° / Document No", "TS7R2K941", "Valable jusqu'au / Valid until",
            "14 09 2027"]  # fmt: skip
    assert classify_page(page(rows)).type == DocType.RESIDENCE_PERMIT
    cni = ["CARTE NATIONALE D'IDENTITÉ", "NOM / Surname", "MARTIN", "Prénoms / Given names",
           "CLAIRE", "Sexe / Nat. / Date de naissance", "F FRA 12 03 1990"]  # fmt: skip
    assert classify_page(page(cni)).type == DocType.NATIONAL_ID


def test_a_cards_back_whose_first_mrz_line_reads_like_a_passports_joins_its_face() -> None:
    """set_cx p03: a French identity card (2021) photographed recto and verso, the back's
    first MRZ line read "PRPRAF/K2MOX4P3<<<..." (its "IDFRA" misread) over two lines of 30
    characters. Three lines of 30 are a card's, never a passport's: no passport is made of
    the back (the pipeline's read of its MRZ in the pixels then joins it to the face)."""
    face = _page(
        "RÉPUBLIQUE FRANÇAISE\nCARTE NATIONALE D'IDENTITÉ / IDENTITY CARD\nNOM / SURNAME\n"
        "LEROUX\nPRÉNOMS / GIVEN NAMES\nTHIBAULT, PIERRE\nDATE DE NAISS. / DATE OF BIRTH\n"
        "14 03 1989\nN° DU DOCUMENT / DOCUMENT No\nF7K2M9X4P",
        file="CNI_recto.jpg",
    )
    back = _page(
        "Adresse / Address\n8 RUE SAINT-MAUR 75011 PARIS\nPRÉFECTURE DE LOIRE-ATLANTIQUE\n"
        "PRPRAF/K2MOX4P3<<<c<ceccecese.\n8903141M3107058FRA<<<<<<<<<<<8\n"
        "REROUX<<THIBAULT<PIERRE<<<<<<.",
        file="CNI_verso.jpg",
    )
    assert classify_page(back).type != DocType.PASSPORT
    assert sniff_mrz_codes(back.text) == ["I"]
    docs = group_pages([face, back])
    assert DocType.PASSPORT not in {d.type for d in docs}
    assert docs[0].type == DocType.NATIONAL_ID
