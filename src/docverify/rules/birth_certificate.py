"""Requirement ``birth_certificate``: the applicant's birth certificate, with an apostille
unless the issuing country is exempt.

* The certificate must be the applicant's: the name (per the name rules of domain.md)
  and the date of birth agree with the passport. Someone else's certificate is
  ``invalid``.
* A certificate from abroad carries an apostille (Hague Convention of 5 October 1961)
  unless its country is exempt (France; EU member states under Regulation (EU)
  2016/1191, said as information; bilateral agreements) or needs legalisation instead.
  The lists are data with their sources (``data/countries.toml``). A missing apostille
  for a non-exempt country is ``invalid``.
* An apostille belongs to a certificate when it is in the same file (the back, the
  next page), or in another file and of the same country.
* A multilingual extract (CIEC Convention n° 16, art. 8; the EU standard form) needs no
  apostille, whatever state issued it.
* A certificate in another language than French or English, without a sworn
  translation, is still complete: the CPAM may ask for a translation later (info). A
  multilingual extract (CIEC, EU standard form) needs none.
"""

from __future__ import annotations

from docverify.classify import poorly_read
from docverify.countries import (
    apostille_rule,
    apostille_since,
    embassy_country,
    issuer_from_text,
    normalise,
)
from docverify.doctypes.apostille import apostille_country, link_apostille
from docverify.doctypes.base import fold_text
from docverify.doctypes.birth_certificate import carries_legalisation
from docverify.evidence import RELIABLE, read_confidence
from docverify.model import (
    AuditContext,
    DocType,
    Document,
    Finding,
    RequirementResult,
    Severity,
    Status,
)
from docverify.rules.common import (
    STATUS_ORDER,
    Findings,
    applicant_name,
    birth_date_anchor,
    fmt_date,
    name_findings,
    named_in_text,
    result,
    status_from_findings,
)
from docverify.values.names import NameMatch, name_tokens

RID = "birth_certificate"
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})
"""Languages a certificate writes names in Cyrillic in: read here in Latin letters."""


def _written_name(doc: Document) -> str | None:
    f = doc.fields
    parts = [x for x in (f.surname, f.given_names) if x]
    if parts:
        return " ".join(parts)
    return getattr(f, "full_name", None)


def _same_words(a: str, b: str) -> bool:
    """Two spellings of one name share most of their words (no passport to anchor on)."""
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    return bool(ta and tb) and len(ta & tb) * 2 >= min(len(ta), len(tb))


def link_translation(ctx: AuditContext, cert: Document) -> Document | None:
    """A sworn translation of ``cert``: one that says it translates a birth certificate,
    and whose name (when it gives one) is the certificate's or the applicant's."""
    written = _written_name(cert)
    person = applicant_name(ctx)
    for t in ctx.of_type(DocType.TRANSLATION):
        f = t.fields
        if f is None or f.translates not in (None, "birth_certificate"):
            continue
        named = getattr(f, "person", None)
        if named and person.surnames and person.matches(named) == NameMatch.MISMATCH:
            continue
        if named and written and not person.surnames and not _same_words(named, written):
            continue
        dob = getattr(f, "date_of_birth", None)
        ours = cert.fields.date_of_birth
        # another date: another certificate's translation, unless the certificate's own
        # date is read with doubt and the translation's is the applicant's ("1991 SEP 2)"
        # for the 27th, its translation "27 septembre 1991": set_cr p02)
        doubtful = ours is not None and read_confidence(cert, ours) < RELIABLE
        if dob and ours and dob != ours and not (doubtful and dob == ctx.applicant.date_of_birth):
            continue
        return t
    return None


def _judge(ctx: AuditContext, doc: Document) -> tuple[Status, list[Finding], list[Document]]:
    f = doc.fields
    findings = Findings(RID, doc)
    used = [doc]

    if f is None:
        findings.add("unreadable", Severity.WARNING, "The birth certificate could not be read.")
        return Status.QUESTIONABLE, findings, used

    # -- whose certificate
    written = _written_name(doc)
    # a certificate in a script not read here (Arabic: its dates in Eastern Arabic digits)
    # is read through its sworn translation: the date of birth and the issuing state the
    # translation gives are the certificate's (set_bw p01, an Egyptian شهادة ميلاد)
    translation = link_translation(ctx, doc) if f.language not in (None, "fr", "en") else None
    translated_birth = getattr(translation.fields, "date_of_birth", None) if translation else None
    # the passport's date of birth, read on the certificate, ties it to the applicant when
    # its name is not read, or read with doubt
    birth = f.date_of_birth or translated_birth
    whose = "its" if f.date_of_birth else "its translation's"
    born = bool(birth and birth == ctx.applicant.date_of_birth)
    if written and ctx.applicant.surname and not f.surname and not f.full_name:
        # forenames only (an entry of birth in England and Wales states no surname)
        person = applicant_name(ctx)
        # a word read with low confidence beside the forenames (a glyph of another script
        # read as "BEX") is no forename of another person
        extra = [t for t in name_tokens(written) if t not in person.given_names]
        # the forenames read as one word ("ELIFNAZ" for "ELİF NAZ", set_bb p02)
        glued = bool(person.given_names) and "".join(name_tokens(written)) == "".join(
            person.given_names
        )
        agree = glued or (
            bool(person.given_names) and set(person.given_names) <= set(name_tokens(written))
        )
        extra = [] if glued else extra
        if agree and all(read_confidence(doc, t) < RELIABLE for t in extra):
            findings.add("surname_not_stated", Severity.INFO,
                f"The certificate's forenames ({written}) agree with the passport; no surname "
                "was read on it (some certificates state none, an entry of birth in England "
                "and Wales for one): check it on the certificate.")  # fmt: skip
        elif named_in_text(ctx, doc):
            # the forenames read are another line's (a parent's, its label read as the
            # given names' label), while the page names the applicant word for word
            findings.add("name_in_text", Severity.INFO,
                f"The name fields of the birth certificate ({doc.where()}) read {written} "
                f"alone, a doubtful read, but its text names the applicant "
                f"({person.display}).", found=written)  # fmt: skip
        else:
            # another person only on a reliable read whose date of birth disagrees too: a
            # garbled read of a name ("a el spl ALL") is no name
            dob = ctx.applicant.date_of_birth
            other_dob = bool(f.date_of_birth and dob and f.date_of_birth != dob)
            known = ctx.applicant.source_document is not None  # not the form's name alone
            if known and read_confidence(doc, written) >= RELIABLE and other_dob:
                findings.add("other_person", Severity.ERROR,
                    f"This birth certificate ({doc.where()}) is of {written}, not of the "
                    f"applicant {person.display}.", found=written)  # fmt: skip
            else:
                findings.add("name_mismatch_unconfirmed", Severity.WARNING,
                    f"The birth certificate ({doc.where()}) seems to name {written}, not "
                    f"{person.display}, but the read is uncertain or its date of birth does not "
                    "say otherwise: check whose it is.", found=written)  # fmt: skip
    elif written and ctx.applicant.surname:
        verdict = name_findings(ctx, doc, written, RID, "birth certificate",
                                birth_date=f.date_of_birth, carries_birth_date=True,
                                romanised=f.language in CYRILLIC_LANGUAGES)  # fmt: skip
        more = verdict.findings
        if verdict.other_person:
            more = [
                Finding(
                    f"{RID}.other_person", Severity.ERROR,
                    f"This birth certificate ({doc.where()}) is of {written}, born "
                    f"{fmt_date(f.date_of_birth)}, not of the applicant "
                    f"{applicant_name(ctx).display}.",
                    doc.id, doc.page_refs, {"found": written},
                )
            ]  # fmt: skip
        elif any(x.code.endswith(".name_mismatch_unconfirmed") for x in more) and (
            (named := named_in_text(ctx, doc))
            or (born and read_confidence(doc, written) < RELIABLE)
        ):
            # the name field is a doubtful read (a label, another script's noise: "bobgm o
            # Name"), while the page names the applicant word for word, or gives the
            # passport's date of birth: as when no name is read at all
            more = [
                Finding(
                    f"{RID}.name_in_text" if named else f"{RID}.name_unreadable", Severity.INFO,
                    f"The name field of the birth certificate ({doc.where()}) reads {written}, "
                    "a doubtful read"
                    + (f", but its text names the applicant ({applicant_name(ctx).display})."
                       if named else f"; its date of birth ({fmt_date(birth)}) is the "
                       "passport's."),
                    doc.id, doc.page_refs, {"found": written},
                )
            ]  # fmt: skip
        findings.extend(more)
    elif not written:
        # the unread name is said, not held against the packet, when the text names the
        # applicant or the date of birth is the passport's
        named = named_in_text(ctx, doc)
        translation = link_translation(ctx, doc)
        translated = getattr(translation.fields, "person", None) if translation else None
        if named:
            findings.add("name_in_text", Severity.INFO,
                f"No name field was read on the birth certificate ({doc.where()}), but its text "
                f"names the applicant ({applicant_name(ctx).display}).")  # fmt: skip
        elif (
            translation is not None
            and translated
            and applicant_name(ctx).matches(translated) in (NameMatch.MATCH, NameMatch.SLIP)
        ):
            # the original in a script or layout not read (Cyrillic values over their
            # captions, set_aq p03); its sworn translation names the applicant
            findings.add("name_in_translation", Severity.INFO,
                f"No name was read on the birth certificate ({doc.where()}); its sworn "
                f"translation ({translation.where()}) names the applicant ({translated}).")  # fmt: skip
        else:
            findings.add("name_unreadable", Severity.INFO if born else Severity.WARNING,
                f"The name on the birth certificate ({doc.where()}) could not be read, so it "
                "cannot be compared with the passport"
                + (f"; {whose} date of birth ({fmt_date(birth)}) is the passport's." if born
                   else "."))  # fmt: skip
    dob = ctx.applicant.date_of_birth
    if (
        f.date_of_birth
        and dob
        and f.date_of_birth != dob
        and not any(x.code == f"{RID}.other_person" for x in findings)
    ):
        # the name agrees: the dates disagree for real on a reliable read (one document
        # must be corrected), else one of them is probably misread
        confidence = read_confidence(doc, f.date_of_birth)
        source, verified = birth_date_anchor(ctx)
        if confidence < RELIABLE and translated_birth == dob and translation is not None:
            findings.add("date_of_birth_by_translation", Severity.INFO,
                f"The birth certificate's date of birth reads {fmt_date(f.date_of_birth)} with "
                f"doubt ({confidence:.2f}); its sworn translation ({translation.where()}) gives "
                f"{fmt_date(dob)}, {source}'s.", found=f.date_of_birth.isoformat(),
                translated=dob.isoformat())  # fmt: skip
        else:
            if confidence >= RELIABLE and verified:
                why = ": one of them must be corrected."
            elif confidence >= RELIABLE:
                why = f", but {source}'s date is not clearly read: check both."
            else:
                why = f", but the certificate's date is not clearly read ({confidence:.2f}): check it."
            findings.add("other_date_of_birth",
                Severity.ERROR if confidence >= RELIABLE and verified else Severity.WARNING,
                f"The birth certificate gives {fmt_date(f.date_of_birth)} as the date of birth, "
                f"{source} {fmt_date(dob)}" + why,
                found=f.date_of_birth.isoformat(), expected=dob.isoformat(),
                confidence=confidence)  # fmt: skip

    # -- apostille
    # the state named on the certificate, else on its translation, else the one where the
    # French embassy that legalised it stands (it legalises that state's documents:
    # set_ce p03, a Sri Lankan certificate whose heading the read lost)
    country = (
        normalise(f.issuing_country)
        or (issuer_from_text(fold_text(translation.text)) if translation is not None else None)
        or embassy_country(f.legalised_by)
    )
    rule = apostille_rule(country) if country else None
    apostille, foreign = link_apostille(doc, ctx.of_type(DocType.APOSTILLE))
    if apostille is not None:
        used.append(apostille)
    has = f.has_apostille or apostille is not None
    # a legalisation stamped on a page of its own (the certificate's back, scanned apart:
    # set_ak p02) that is no recognised piece: the certificate's formality
    stamp = None if f.legalised or has else _legalisation_page(ctx)
    if stamp is not None:
        used.append(stamp)
    legalised = f.legalised or stamp is not None
    # a stamp the read of the original missed (an Arabic one: set_dl p01), which its sworn
    # translation, translating the stamps too, records ("Légalisation du Ministère des
    # Affaires étrangères, puis de l'Ambassade de France")
    recorded = (
        not legalised and not has and translation is not None and carries_legalisation(translation)
    )
    legalised = legalised or recorded
    if rule == "exempt_eu":
        findings.add("apostille_exempt_eu", Severity.INFO,
            f"Issued in an EU member state ({country}): no apostille is needed under Regulation "
            "(EU) 2016/1191 on public documents.", country=country)  # fmt: skip
    elif f.multilingual and not has:
        # CIEC Convention n° 16 (art. 8): its multilingual extracts are accepted without
        # legalisation or apostille in every state party to it, France among them; the EU
        # standard form travels with a document of a member state, exempt anyway
        findings.add("apostille_exempt_multilingual", Severity.INFO,
            "A multilingual extract (CIEC Convention n° 16 / EU standard form) is accepted in "
            "France without apostille or legalisation.")  # fmt: skip
    elif rule == "exempt_bilateral" and not has:
        findings.add("apostille_exempt_bilateral", Severity.INFO,
            f"Civil-status documents from {country} need no apostille in France under a "
            "bilateral agreement.", country=country)  # fmt: skip
    elif rule in ("legalisation", "unknown") and not has and legalised:
        by = f" ({f.legalised_by})" if f.legalised_by else ""
        on = f", on {stamp.where()}" if stamp is not None else ""
        if recorded and translation is not None:
            on = f", as its sworn translation ({translation.where()}) records"
        lead = (
            f"{country} is not party to the Hague Apostille Convention: the certificate "
            f"carries the consular legalisation it needs{by}{on}."
            if rule == "legalisation"
            else f"The certificate carries a consular legalisation{by}{on}, the formality of "
            "countries outside the Hague Apostille Convention."
        )
        findings.add("legalised", Severity.INFO, lead, country=country)
    elif rule == "apostille" and not has and legalised and (joined := apostille_since(country)):
        # a party of late: its certificates were legalised until it joined, and a
        # legalisation made then stands (France's consulates legalised them)
        by = f" ({f.legalised_by})" if f.legalised_by else ""
        findings.add("legalised_before_apostille", Severity.INFO,
            f"The certificate carries a consular legalisation{by}: {country} has been party to "
            f"the Hague Apostille Convention only since {fmt_date(joined)}, and a certificate "
            "legalised before then keeps its legalisation (one issued since is apostilled).",
            country=country, joined=joined.isoformat())  # fmt: skip
    elif rule == "apostille" and not has and legalised:
        # the formality is there, not the one the country list names: the list may be
        # behind (a country joins the convention), or the stamp a legalisation after all
        findings.add("legalised_not_apostilled", Severity.WARNING,
            f"The certificate carries a consular legalisation, but {country} is listed as a "
            "party to the Hague Apostille Convention, whose documents France accepts with an "
            f"apostille ({doc.where()}): check which formality your CPAM asks for.",
            country=country)  # fmt: skip
    elif rule == "legalisation" and not has:
        findings.add("legalisation_needed", Severity.WARNING,
            f"{country} is not party to the Hague Apostille Convention: the certificate needs "
            "consular legalisation; check that it carries it.", country=country)  # fmt: skip
    elif rule == "apostille" and not has:
        findings.add("no_apostille", Severity.ERROR,
            f"A birth certificate issued in {country} needs an apostille (Hague Convention of "
            f"5 October 1961); none was found with it ({doc.where()}).", country=country)  # fmt: skip
        for a in foreign:
            findings.add("apostille_other_country", Severity.INFO,
                f"The apostille {a.where()} is from {apostille_country(a)}, not {country}: it "
                "certifies another document.", apostille=a.id)  # fmt: skip
    elif rule == "unknown" and not has:
        # a country the lists do not place: whether it is a party to the convention is not
        # known here, so what it needs is a question, not a missing piece
        findings.add("formality_unknown", Severity.WARNING,
            f"No apostille or consular legalisation was found with the certificate "
            f"({doc.where()}); whether {country} certificates need an apostille or a "
            "legalisation is not known here: check France Diplomatie's table of legalisation "
            "formalities, country by country.", country=country)  # fmt: skip
    elif rule is None and not has:
        findings.add("no_apostille_country_unknown", Severity.WARNING,
            "No apostille was found, and the issuing country could not be read to tell whether "
            "one is needed.")  # fmt: skip

    # -- language
    if f.multilingual:
        findings.add("multilingual_extract", Severity.INFO,
            "A multilingual extract (CIEC / EU standard form): no translation is needed.")  # fmt: skip
    elif f.language and f.language not in ("fr", "en"):
        translation = link_translation(ctx, doc)
        if translation is not None:
            used.append(translation)
            findings.add("translated", Severity.INFO,
                f"A sworn translation is attached ({translation.where()}).",
                translation=translation.id)  # fmt: skip
        else:
            findings.add("translation_may_be_requested", Severity.INFO,
                f"The certificate is in '{f.language}', not French or English: the CPAM may ask "
                "for a sworn translation (traduction par un traducteur expert) later.",
                language=f.language)  # fmt: skip
    return status_from_findings(findings), findings, used


def _legalisation_page(ctx: AuditContext) -> Document | None:
    """A page left unrecognised that carries a legalisation stamp ("Vu pour légalisation
    de la signature de ..."), when the packet has one birth certificate for it to go with."""
    if len(ctx.of_type(DocType.BIRTH_CERTIFICATE)) != 1:
        return None
    return next((d for d in ctx.of_type(DocType.UNKNOWN) if carries_legalisation(d)), None)


def _translated_only(ctx: AuditContext) -> RequirementResult | None:
    """No certificate recognised, but a sworn translation of the applicant's birth
    certificate: the original is most likely there in a script OCR does not read
    (Cyrillic, Arabic, Chinese). Questionable, not missing: the helper checks that the
    original (or its certified copy) is in the packet. Complete when the translation
    names the applicant and an apostille and an unread page share its file (or the
    apostille's): the original, apostilled, translated."""
    person = applicant_name(ctx)
    for t in ctx.of_type(DocType.TRANSLATION):
        f = t.fields
        if f is None or f.translates != "birth_certificate":
            continue
        named = getattr(f, "person", None)
        if named and person.surnames and person.matches(named) == NameMatch.MISMATCH:
            continue
        unread = ctx.of_type(DocType.UNKNOWN)
        unknown = [d.where() for d in unread]
        where = f" (not recognised: {', '.join(unknown[:3])})" if unknown else ""
        # the formality: an apostille, or a consular legalisation stamped on a page of
        # its own that is no recognised piece either (a consulate's "Vu pour légalisation")
        stamps = [d for d in unread if carries_legalisation(d)]
        formality = [*ctx.of_type(DocType.APOSTILLE), *stamps]
        files = {f for d in (t, *formality) for f in d.files}
        shared = [d for d in unread if files & set(d.files) and d not in stamps]
        original = shared
        country = issuer_from_text(fold_text(t.text))
        exempt = apostille_rule(country).startswith("exempt")
        # the sworn translation renders the original's legalisation stamp ("Mention : Cachet
        # du Ministère des Affaires étrangères - Légalisation n° 5", set_cx p02's Syrian
        # extract): the formality is on the original, in its script
        rendered = not stamps and carries_legalisation(t)
        if not shared and (exempt or stamps or rendered):
            # the original is the page in a script not read here, wherever it is filed:
            # a country whose certificates need no formality in France (Egypt: the
            # convention of 15 March 1982), or one whose legalisation was stamped on a
            # page of its own (set_bl p02: an Iranian shenasnameh, its legalisations
            # scanned apart) or on the certificate itself, in French beside its Arabic
            # (set_by p02: a Syrian "بيان قيد ولادة", OSD sees it in Arabic)
            # (a hand's attestation may look like another script to OSD too: the page in
            # another script that carries the legalisation comes first)
            scripted = [d for d in unread if all(p.other_script for p in d.pages)]
            stamped = [d for d in scripted if d in stamps]
            original = next(
                (found for found in (stamped, scripted) if len(found) == 1),
                [d for d in unread if d not in stamps and all(poorly_read(p) for p in d.pages)],
            )
        if (
            named
            and person.matches(named) in (NameMatch.MATCH, NameMatch.SLIP)
            and ((formality and shared) or ((exempt or stamps or rendered) and len(original) == 1))
        ):
            if formality and formality[0] is original[0]:
                attached = ", and the certificate carries its legalisation"
            elif formality:
                what = "a legalisation" if formality[0] in stamps else "an apostille"
                attached = f", and {what} is attached ({formality[0].where()})"
            elif rendered:
                attached = ", and renders the legalisation stamped on the original"
            else:
                attached = f"; a certificate of {country} needs no apostille in France"
            finding = Finding(
                f"{RID}.original_in_another_script", Severity.INFO,
                f"The original certificate ({original[0].where()}) is in a script not read "
                f"here; its sworn translation ({t.where()}) names {person.display}{attached}.",
                t.id, t.page_refs, {"translation": t.id, "original": original[0].id},
            )  # fmt: skip
            return result(RID, Status.COMPLETE, [t, original[0], *formality[:1]], [finding])
        finding = Finding(
            f"{RID}.original_not_recognised", Severity.WARNING,
            f"A sworn translation of a birth certificate is attached ({t.where()}), but the "
            f"original certificate was not recognised{where}: check that the original, with "
            "its apostille if its country needs one, is in the packet.",
            t.id, t.page_refs, {"translation": t.id},
        )  # fmt: skip
        return result(RID, Status.QUESTIONABLE, [t], [finding])
    return None


def _apostilled_only(ctx: AuditContext) -> RequirementResult | None:
    """No certificate recognised, but an apostille shares its file with a page that is no
    recognised piece: the public document it certifies, most likely the birth certificate
    in a script OCR does not read here (Cyrillic, Georgian, Arabic). Questionable, not
    missing: the helper looks at that page."""
    unknown = ctx.of_type(DocType.UNKNOWN)
    for apostille in ctx.of_type(DocType.APOSTILLE):
        files = set(apostille.files)
        beside = [d for d in unknown if files & set(d.files)]
        if not beside:
            continue
        pages = ", ".join(d.where() for d in beside[:3])
        finding = Finding(
            f"{RID}.apostilled_not_recognised", Severity.WARNING,
            f"An apostille ({apostille.where()}) certifies a document that was not recognised "
            f"({pages}): if it is the birth certificate, check by eye that it is the "
            "applicant's.", apostille.id, (*beside[0].page_refs, *apostille.page_refs),
            {"apostille": apostille.id, "pages": pages},
        )  # fmt: skip
        return result(RID, Status.QUESTIONABLE, [beside[0], apostille], [finding])
    return None


def check(ctx: AuditContext) -> RequirementResult:
    certs = ctx.of_type(DocType.BIRTH_CERTIFICATE)
    if not certs:
        translated = _translated_only(ctx) or _apostilled_only(ctx)
        if translated is not None:
            return translated
        f = Finding(f"{RID}.missing", Severity.ERROR, "No birth certificate was found.")
        return result(RID, Status.MISSING, (), [f])
    judged = [_judge(ctx, c) for c in certs]
    # the best of them, but never one whose date of birth went unread over the
    # applicant's own read with a date (set_bq p04, wave 21 read after its end figure: an
    # e-apostille's page, naming the act's holder, also taken for a certificate, was
    # "complete" for want of a date, and hid the certificate whose date of birth differs)
    dated = [
        j for j, c in zip(judged, certs, strict=True)
        if c.fields is not None and c.fields.date_of_birth is not None
        and not any(f.code == f"{RID}.other_person" for f in j[1])
    ]  # fmt: skip
    status, findings, used = min(dated or judged, key=lambda j: STATUS_ORDER[j[0]])
    return result(RID, status, used, findings)
