"""A handwritten attestation d'hébergement as tesseract reads it (set_m d043, recorded
OCR): the host after "je soussignée", the hosted person before their birth clause even
when the comma between them was lost ("mon neveu Yacine Beutidi né le")."""

from __future__ import annotations

import datetime as dt

from docverify.classify import classify_page
from docverify.doctypes import hosting_attestation
from docverify.doctypes.hosting_attestation import Prose, _host, _hosted
from docverify.model import DocType
from tests.bank.pages import document, extracted, page

AS_OF = dt.date(2026, 11, 20)

RECORDED = [
    "Attestation d'hébergement",
    "Se seussiqn ee Nadia Benyoucef, née AO ARTS Lens",
    "deneurant 14 re Sean Min, 3800 Crencble, atteste sur",
    "l'une héberger à ren doricile mon neveu Yacine Beutidi né le",
    "BO/N/AAA à Sétif (Aluérie), depuis le 10/03/10. 3e",
    "Suns une copie de na pièce d'identité et un StificatiF de",
    "denicile. Fait peur servir et valair ce que de drait.",
    "Fat à Orenlle: le O5 /N/TOUTÉ",
]


def test_the_hosted_person_runs_into_their_birth_clause() -> None:
    prose = Prose.of(RECORDED)
    _name, end = _host(prose)
    assert _hosted(prose, end) == "Yacine Beutidi"


PIPELINE = [
    "Attestation d'hébergement",
    "Se Soussignee Nadia Benjoucef, née te (A/OA/1483 à Len",
    "dererant 4e ve Dean Min, 611018) Crencble, atteste sur",
    "l'uenner héberger à ron danicile non neveu Yacine Beuzid, né le",
    "BOMAAAG à Serif (Algérie), denis le ID/U3/TUU, Se",
]
"""The same page as docverify's own OCR stage reads it: the comma is there, the words
before the name garbled ("ron danicile non neveu")."""


def test_the_hosted_person_ends_the_clause_before_their_birth() -> None:
    prose = Prose.of(PIPELINE)
    _name, end = _host(prose)
    assert _hosted(prose, end) == "Yacine Beuzid"


def test_words_before_a_birth_clause_that_are_no_name_give_none() -> None:
    prose = Prose.of(["J'atteste héberger à mon domicile depuis trois mois né le 02/02/1990"])
    assert _hosted(prose, 0) is None


GARBLED_VERB = [
    "Attestation Abe cop ment,",
    "Je SouSsignee Fatoumata Dalle, nee le [oo 2",
    "Bawake (NA), démeueant 5 ue My, 79°18",
    "Pads, atteste Sue Monneuc heerate % mon domicile",
    "mon colSin Nampdou Lawine Wiaye, né le 1/12/1993",
    "> Drkrc Général), depuis le ol/or/2026. fe js",
]
"""A handwritten attestation as the OCR stage read it (set_m d041): "héberger" is
"heerate", past any reading of the verb."""


def test_with_the_verb_unreadable_the_hosted_person_follows_the_home() -> None:
    """Not the host's own birth clause: the name after "mon domicile"."""
    prose = Prose.of(GARBLED_VERB)
    _name, end = _host(prose)
    assert _hosted(prose, end) == "Nampdou Lawine Wiaye"


def test_the_host_after_je_soussignee_with_a_letter_lost() -> None:
    """ "Se seussinée Carille Rurssenu" (set_m p10, as the OCR stage read it): the "g" of
    "soussignée" not read at all, the host is still the name after it."""
    prose = Prose.of([
        "Attestation dnébergenent",
        "Se seussinée Carille Rurssenu, née le OS/IV/IAN à",
        "Crranbéry, demesrant 3 rue Très-Clitres, 38000 Greneble,",
        "atteste sf none héberger à ren donicile M, Quis Alberte",
        "Hernandez Olvera, né le 17/0 8/1 à Cundalasara",
    ])  # fmt: skip
    name, end = _host(prose)
    assert name == "Carille Rurssenu"
    assert _hosted(prose, end) == "Quis Alberte Hernandez Olvera"


def test_a_host_named_dupuis_is_no_since_when() -> None:
    """set_aq p03: "Je soussigné, Thibault LEMAIRE-DUPUIS, né le 30/05/1990 ..., depuis le
    12/01/2026": "DUPUIS" is one letter from "DEPUIS"; the label as printed comes first."""
    import datetime as dt

    from docverify.doctypes import hosting_attestation
    from docverify.doctypes.base import ExtractContext
    from docverify.model import DocType, Document, PageRef, PageText, Word

    lines = ["ATTESTATION D'HÉBERGEMENT",
             "Je soussigné, Thibault LEMAIRE-DUPUIS, né le 30/05/1990 à Toulouse (31), demeurant",
             "au 5 impasse des Lilas, 31200 Toulouse, atteste sur l'honneur héberger à mon domicile,",
             "Monsieur Nurbek MAMBETALIEV, né le 09/02/1993 à Och, depuis le 12/01/2026.",
             "Fait à Toulouse, le 06/01/2027"]  # fmt: skip
    words = tuple(
        Word(t, (10 + 40 * j, 30 * i, 45 + 40 * j, 30 * i + 20), 100.0, (1, 1, i))
        for i, line in enumerate(lines)
        for j, t in enumerate(line.split())
    )
    page = PageText(PageRef("attestation.jpg", 1), None, 72, words, "text_layer")
    doc = Document("d1", DocType.HOSTING_ATTESTATION, 1.0, (page,))
    fields, _ = hosting_attestation.SPEC.extract(doc, ExtractContext(dt.date(2027, 1, 14)))
    assert fields.since_date == dt.date(2026, 1, 12)


GARBLED = [
    "Attestation Ahebecoemerd,",
    "Je souSdiaw Fulien Lefevee, ne le 14/92/1987 2 Bordeaux,",
    "Lemeucpat 5 allée Yes Nimws, 33600 Pegerc,",
    "nlteste Suc lhonneuc berger % mon domicile mon épouse",
    "Nwe Nele Salote Fifita arouse Lefevee, nee le 02/09/10",
    "% Nukv'aleln (Tan), depuis le 10/03/1026.",
    "Je joins la cope de wr cate MB et wes trois",
    "déneres Factuces,",
    "Fait » Pessac, le 17/11/2026",
]
"""A husband's handwritten attestation photographed (set_au p02, recorded OCR): title,
"soussigné" and "héberger" lost; "atteste sur l'honneur" read "nlteste Suc lhonneuc"."""


def test_a_hand_whose_title_is_lost_is_known_by_atteste_sur_lhonneur() -> None:
    pc = classify_page(page(GARBLED))
    assert pc.type == DocType.HOSTING_ATTESTATION
    # "depuis le 10/03/1026": a digit of the hand's year, not the eleventh century
    doc = document(DocType.HOSTING_ATTESTATION, page(GARBLED))
    assert extracted(hosting_attestation.SPEC, doc, AS_OF).fields.since_date == dt.date(2026, 3, 10)


def test_the_hosted_person_after_a_home_whose_words_the_hand_blurred() -> None:
    """set_at p03: "à mon domicile Mlle 'Mathabo ..." read "% won domicile Ne Nathabo ...":
    the home is still a home, and the name after it the hosted person's."""
    prose = Prose.of([
        "Je SouSdignée “Teese NGuessan, née le où oung 4",
        "3100! Toulouse, ptteste suc Thomeue heberaee",
        "% won domicile Ne Nathabo Lecato Nolape, |",
        "ra AVE a Mase (Lesotho), puis e",
    ])  # fmt: skip
    assert _hosted(prose, 0) == "Nathabo Lecato Nolape"


def test_a_title_whose_first_word_the_hand_garbled_is_still_the_attestations() -> None:
    """set_as p04: "Mreskation d'hébergenent" over a hand that names a lease ("copie de
    mon bail"): the title line, one word and "d'hébergement", outweighs the lease's words."""
    lines = [
        "Mreskation d'hébergenent",
        "Se seussiong Antoine MARCHETTI ré Le 17/01/18",
        "derescant V3 rue Mentgrand, (3006 Marseille,",
        "certifie héberger à titre cratvit M. Sesé Angel",
        "DE LEON GUIWTERO, ré le 8/04/1942",
        "à ren dericile depuis le ler Scie TO.",
        "Pièces Saintes : cœie de rm CMI et de men bail.",
        "Fait à Marseille le IV narenbre VULG",
    ]
    assert classify_page(page(lines)).type == DocType.HOSTING_ATTESTATION
    # "d'hébergement" ending a sentence is no title
    prose = ["Merci de joindre votre justificatif d'hébergement", "et la copie du bail."]
    assert classify_page(page(prose)).type != DocType.HOSTING_ATTESTATION


def test_the_relative_named_after_their_relation_with_a_title_misread() -> None:
    """set_ax p02: "à mon domicile mon époux, Nonsieur Kofi Jean-Baptiste NWGDESSAN, ~ le
    92/97/1988": the birth clause unread, the name after "mon époux" is the hosted person,
    its title ("Monsieur" read "Nonsieur") taken off."""
    prose = Prose.of([
        "Je sussimée Claire DUPUIS, ve le 2/24/1190",
        "44300 Nantes, teste suc Lente héberalr 2 won",
        "domicile mon époux, Nonsieur Kofi Jean-Baptiste",
        "NWGDESSAN, ~ le 92/97/1988 2 Bourke (Cite Avoir),",
        "depuis le 12 mai 2026.",
    ])  # fmt: skip
    assert _hosted(prose, 0) == "Kofi Jean-Baptiste NWGDESSAN"


def test_a_hand_read_past_its_title_is_known_by_its_home_and_relative() -> None:
    """set_bb p02 (recorded OCR): title ("Attestation Ube pement") and "atteste sur
    l'honneur" ("ste sur Chonnam") lost; "à mon domicile" read "won Lomicle", a letter
    misread and one lost, and the host's "mon épouse" are what says it is a hosting."""
    lines = [
        "Attestation Ube pement",
        "Jo voussiqné alien MARCHAND, ns Le 11/02/1988",
        "à Lipn (63), lemanant 8 we Saul Ser,",
        "69003 Lyon, ste sur Chonnam Rega",
        "won Lomicle mon épouse, Nome Elf Nay",
        "OFEUAK uuse MARRANT, née L 05/08/1981",
        "» Ji (Curquie), Lequis Le 20/10/2025.",
    ]
    assert classify_page(page(lines)).type == DocType.HOSTING_ATTESTATION


HUSBAND = [
    "Attestation AMAersEment",
    "Je Soussiané “Towas LEFEBVRE, w le 07/02/1991",
    "3 Awiensdemeucpnl a 27 avenue Jean Jaures,",
    "93100 Nontceuil, atteste Sur longue rar",
    "% mon domicile won épouse Nawe Diacca NTE,",
    "née le SALE à Thies (Séréspl),",
    "depuis le 2 mal 20°26.",
]
"""set_bd p02's handwritten attestation as the OCR stage reads it: "mon épouse Mame Diarra
NDIAYE", the "mon" read "won"."""


def test_the_relation_before_the_hosted_persons_name_is_no_part_of_it() -> None:
    doc = document(DocType.HOSTING_ATTESTATION, page(HUSBAND))
    fields = extracted(hosting_attestation.SPEC, doc, AS_OF).fields
    assert fields.hosted_name == "Nawe Diacca NTE"


WIFE = [
    "Attestation Aer sement",
    "Je soussisné Julie, MARCHAND, ne le 02/1969",
    "% Rennes (35), demeucant au",
    "14 eve Edouard Vaillant, 93100 Montreuil,",
    "cetifie suc lhomêur héberger 2 won domicile,",
    "depuis le 05/06/2026, mon épouse Fatoumsta Bintou TRAORE,",
    "née le 17/03/1994 % Bamako (Nul).",
]
"""set_bf p01's handwritten attestation as the OCR stage reads it: "Julien MARCHAND", its
"n" read as a comma."""


def test_a_letter_read_as_a_comma_does_not_cut_the_hosts_name() -> None:
    doc = document(DocType.HOSTING_ATTESTATION, page(WIFE))
    fields = extracted(hosting_attestation.SPEC, doc, AS_OF).fields
    assert fields.host_name == "Julie MARCHAND"
    assert fields.hosted_name == "Fatoumsta Bintou TRAORE"


def test_a_title_whose_second_word_lost_a_letter_is_still_the_attestations() -> None:
    """set_bo p03 (recorded OCR of a calligraphic hand on squared paper): the title read
    "Hottestalion- dhcbergemen!", its last letter lost, nothing else of the model read:
    the page was unrecognised and the hosting route "missing"."""
    lines = [
        "Hottestalion- dhcbergemen!",
        "gear ay de Meoadame- FLEVURANT Rove Carlin,",
        "demeurant aw 27 ue: Gori 93200 Laint- Denis,",
        "alteste ban. Phone Là mon dial",
        "Moodome PAIE TE Moric: Madge, née L",
        "Fait à Laint- Denis, te U5/11/Z02€",
    ]
    assert classify_page(page(lines)).type == DocType.HOSTING_ATTESTATION


def test_a_title_whose_capital_stands_apart_is_still_the_attestations() -> None:
    """set_dg p01 (wave 45, read after its end figure; a calligraphic hand on ruled paper,
    photographed): the title read "À ttestation dhebergement", its capital apart from
    the rest, the other lines garbled: the page was unrecognised."""
    lines = [
        "À ttestation dhebergement",
        "iF remaaiqal HA Il té il alamade, mi L CUCSTOS à Hay cll ab), demenvant on 14 we",
        "93200 Lainl-Lenis,",
        "allie var bone ge à men domicile mon [ON LEA té Bahary Fea, wl 12/0400 à Hay",
        "fait à feint-Lemir, le 2S/10/20X",
    ]
    assert classify_page(page(lines)).type == DocType.HOSTING_ATTESTATION


def test_since_the_first_of_a_month_read_ler_still_dates_the_hosting() -> None:
    """set_bp p03 (wave 21, read after its end figure; recorded OCR of a hand photographed
    and sent by WhatsApp): the title lost, "héberge" and "depuis le ler juillet" left, its
    "1er" read "ler": the page was unrecognised and the hosting route had no attestation."""
    lines = [
        "nl Vile",
        "ution March,",
        "lhanneu héberge Aman. mile M anaioun. Emre. Can. UTPNTRTM né",
        "lo 09/00/1004 à Kodihän (Tor oie). depuis le ler j-“lht 2096",
        "de joins à la presorte la capie de ma carte diden'ilé el mes ais",
        "dernieres factures d électricité.",
        "Fait à Lyor le 1911119096",
    ]
    assert classify_page(page(lines)).type == DocType.HOSTING_ATTESTATION


def test_since_when_with_a_hands_u_read_v_still_dates_the_hosting() -> None:
    """set_bg p02 (recorded read, its doubtful lines read again by PP-OCR): a cursive "u"
    read "v", "depvis le 15/03/2026", and the attestation lost the signal that made it
    one (the title and "héberger" unreadable)."""
    lines = [
        "demevrant 8 alle des ITilleuls, 35000 Rennes,",
        "ATESTE SUC LONGUE KEBERSEE % MON DOMICILE WON EPOUSE",
        "EKYTECINA SOKOLOVA, NE LE 12/97/1991 2 IBVOSSIBICSK (RUSSIE),",
        "depvis le 15/03/2026.",
        "MTESTATION FATE PAVE SERVIC EF VALEIC CE QE DE DEVIF",
        "Rennes, le 16/1/2026",
    ]
    assert classify_page(page(lines)).type == DocType.HOSTING_ATTESTATION


def test_the_hosted_person_is_named_before_the_signing_line() -> None:
    """set_cp p03, a phone photo of a handwritten attestation: "né(e) le" read "we le",
    "Madame" read "Name" after "mon épouse", and the closing "à mon no. m. Fait à Paris"
    cut at "no." into "m. Fait à Paris", whose "m." passed for a title: the hosted person
    was "Paris", another person (invalid). The relation opens the clause that names her,
    and nothing after the signing line is the hosted person."""
    lines = [
        "Je SouSSiané Jem-Brpliste FOURCADE,",
        "we le 1/12/1947 % Pav (64),",
        "demeurant, 41 cue de la Croix-Nivect, 75015 Pacis,",
        "atteste sur Mhonneur heberger à mon domicile,",
        "depuis le 15/03/1026, mon épouse",
        "Name ‘Tamar GELASHVILA, we le 23/04/19 0",
        "à Koutaissi (Georgie).",
        "Je joins la copie de mA cacte Aideatité",
        "et trois factures à mon no. m.",
        "Fait à Paris, le 04/1/2026",
    ]
    prose = Prose.of(lines)
    _name, end = _host(prose)
    assert _hosted(prose, end) == "Tamar GELASHVILA"
    # with no name before it, the signing line gives none either
    assert _hosted(Prose.of(["héberger à mon domicile", "à mon no. m.", "Fait à Paris"]), 0) is None


def test_a_hand_on_school_paper_whose_title_and_host_are_garbled() -> None:
    """set_cr p01 (a flatbed scan of a handwritten attestation on ruled paper): the title
    read "Attestation Ahaersement", "atteste sur l'honneur" read "alteste Suc_[honneue",
    "mon domicile" split over two lines as "mon" / "Jowicile", the enclosure "copie de ma
    carte d'identité". It was no recognised piece: its host's bills counted for nothing."""
    lines = [
        "Attestation Ahaersement",
        "je Sse 1 né le 03/07/1999 %",
        "Grenoble 838), demeurant au 14 rve Paul Bert,",
        "67003 Lyon, alteste Suc_[honneue % mon",
        "Jowicile mon épouse, Salma MARCHE né EL ANRANL",
        "æ le 12/03/1994 2 Fès Maroc), depuis le 20 pyel 2026.",
        "Fait_pouc Service et valeic co que Ye doit,",
        "Pieces jointes : copie de ma carte didentité,",
        "Ent Lym, le /1y2.026",
    ]
    assert classify_page(page(lines)).type == DocType.HOSTING_ATTESTATION


def test_a_hand_s_zeros_read_as_o_and_a_signing_year_a_thousand_years_back() -> None:
    """set_da p01 (wave 42, read; recorded OCR of a husband's handwritten attestation):
    "depvis le o2/05/2o26" (the hand's zeros read as the letter o) gave no start of the
    hosting, and "le 1011/1026" a signing in the eleventh century."""
    rows = [
        "Attestion dhergement",
        "Je sussige pin WACL ve le 071202 à Lyn 3e,",
        "démupl 27 arene Jem Jaurès, 61007 Lyon,",
        "atteste sur Phonneur heberger à mon domicile mon épouse",
        "Nour El Hada BOU rn ke 1704995 » Ta Ou (Apgre),",
        "depvis le o2/05/2o26, de fason continve et à titre gratut.",
        "Je ens la copie de mp cate Mileutis ef 2 men bil,",
        "Fait pour servir et valoir ce qve de droit.",
        "Frt, 2 Lyon, le 1011/1026",
        "Karim KACI",
    ]
    doc = document(DocType.HOSTING_ATTESTATION, page(rows))
    fields = extracted(hosting_attestation.SPEC, doc, AS_OF).fields
    assert fields.since_date == dt.date(2026, 5, 2)
    assert fields.signed_on == dt.date(2026, 11, 10)


def test_a_host_whose_ne_was_misread_ends_at_the_date_of_birth() -> None:
    """set_dk p01 (wave 47, read after its blind figure): a cursive hand upside down, its
    "né le" read "we le": the host's name ends there, as at a birth clause, and is read
    (it was lost, the date of birth taken into it)."""
    prose = Prose.of([
        "Attestation dhe ergement",
        "fe SouSSiané Aaclkaee EL ANRANL we le 02/041968 % Fes Maroc),",
        "demeurant 14 rve Jean-Baptiste Clément, 93200 Saint-Denis,",
        "atteste sur Ihonneur heberger à mon domicile mon nevev",
        "Youssef EL AMRANI, ne le 11/02/2003 2 Fes (Maroc),",
    ])  # fmt: skip
    name, end = _host(prose)
    assert name == "Aaclkaee EL ANRANL"
    assert _hosted(prose, end) == "Youssef EL AMRANI"
