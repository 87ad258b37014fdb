"""Spelling rules: unknown syllables, unlikely words in context, curated wrong words, rejected words."""

from __future__ import annotations

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.rules.diacritics import body_tokens, in_split_syllable, is_impossible_syllable, split_syllables_of


def spelling_issues(document, context):
    from editkit.vietnamese.spelling import SENSITIVITY_MARGINS, check_tokens

    def compute():
        margin = SENSITIVITY_MARGINS[context.settings["spelling-sensitivity"]]
        article = document.shared.get("prose_of")  # a front-matter title's article: its body is the title's context
        issues = check_tokens(document.text, body_tokens(document), accepted_words(document, context), margin=margin,
                              found=clauses_of(document), companion=clauses_of(article) if article is not None else None)
        left_alone = accepted_phrase_positions(document, context) | in_split_syllable(document)
        return [issue for issue in issues if issue.token.start not in left_alone]

    return document.memo("spelling", compute)


def clauses_of(document) -> list:
    """The document's clauses with their neighbours, computed once per document (a front-matter
    title's check reads its article's too)."""
    from editkit.vietnamese.spelling import clauses_with_neighbours

    return document.memo("spelling-clauses", lambda: clauses_with_neighbours(document.text, body_tokens(document)))


def accepted_words(document, context) -> frozenset[str]:
    """The accepted one-word entries (house terms, the project's accept files), built once per document."""
    from editkit.vocabulary import accepted_tokens

    return document.memo("accepted-words", lambda: accepted_tokens(context.settings))


def accepted_phrase_positions(document, context) -> frozenset[int]:
    """Where the words of accepted phrases (``Krông Nô``, ``cà phê phin``) stand in the document."""
    from editkit.vocabulary import accepted_phrases, phrase_positions

    return document.memo("accepted-phrases", lambda: phrase_positions(
        document.text, body_tokens(document), accepted_phrases(context.settings)))


def verse_spans(document) -> list[tuple[int, int]]:
    """Where the lines of a poem quoted in the article stand (the structure's ``verse`` parts), read once
    per document and only where a real-word slip is found (a spelling-only run need not read the structure)."""
    from editkit.structure_support import anatomy

    return document.memo("verse-spans", lambda: [(part.start, part.end) for part in anatomy(document).parts
                                                 if part.kind == "verse"])


def correction(token, issue) -> Fix | None:
    if not issue.suggestions:
        return None
    return Fix.unsafe(Edit(token.start, token.end, issue.suggestions[0])) if issue.confident else None


@rule(code="SP101", name="unknown-syllable", category="spelling", severity="warning", fixable=True)
def unknown_syllable(document, context):
    r"""A word that is not in the Vietnamese syllable inventory.

    ## What it does
    Reports Vietnamese-shaped words that are not attested in Vietnamese
    news (`kà`, `cuẩn`, `tromg` next to Vietnamese words) and suggests
    corrections ranked by the error model (hỏi/ngã, s/x, ch/tr, d/gi/r, l/n,
    n/ng, c/t, vowel marks, keyboard and Telex slips), the syllable's
    frequency and its neighbours in the sentence. Names (capitalised words
    inside a sentence, unless no syllable could be spelled so or a common
    word's marks slipped beside its neighbours: `Thàng phố`; but never a
    given name the article wrote at the end of a full name and then alone:
    `Và Thị Dợ` … `Dợ cười`; and the syllables of a foreign name spelled out with
    hyphens: `Ga-ga-rin`, `Mát-xcơ-va`; SP102 leaves them alone too, and a
    loanword's syllable spelled out with hyphens: `ba-zơ`, `mê-tha-nol`),
    ALL-CAPS abbreviations, words with digits, foreign words, URLs, code
    and the project's `accept` list are never reported,
    nor a syllable that echoes the word beside it as a reduplicative does
    (từ láy: `lộp cộp`, `đỏ hây hây`, `lúp xúp`: the same rhyme on another
    onset in the same tone register, or the same letters, or its own repeat
    before it in a level tone with the stop final turned nasal: `xoàn xoạt`), which the news
    counts are too small to have seen; a glide after b, m, ph or v
    (`boàng hoàng`) is no such echo but a typo, and so is a syllable one
    onset, hỏi/ngã or final-consonant slip from a word that makes a word
    with the neighbour (`giự trữ`: `dự trữ`). Bare letters Vietnamese never
    writes without marks (a final c, ch, p or t needs a sắc or nặng tone; uo,
    ie and ye need their hats and horns) in a clause of Vietnamese are a word
    whose marks were left out when one of its marked spellings is seen beside
    a neighbour in the news counts and it is no common English word (`tăng mot
    mạch` → `một`, `uống nhiều nuoc` → `nước`; not `khách vip`, `mat`, `nhóm
    chat`); so are two to four consonants without a vowel
    beside a word with marks when putting a vowel back makes a common
    syllable and the news seldom writes them (`tăng tnh bảo mật` → `tính`;
    not `km`, `bhxh`, `mg`), and, written in lower case between two words
    with no number beside them, any such run that is no unit or lower-case
    abbreviation (`dictionaries/spelling/lowercase-abbreviations.txt`) and
    not inside a quotation (a chat quoted as written: `"Chào mn ơi"`; the
    news counts are lowercased, so `MT` and `BN` hide `dứt điểm mt chạm`
    → `một`), with the syllables it is with a vowel put back as suggestions.
    Bare letters in an English clause are English (`We had goi cuon`).
    A word with marks the article writes three times or more (`chão`, the
    rope, six times in a story on rope-makers) is more likely its own term,
    which the news counts never saw, than one slip made each time: it is
    reported once, at its first place, as info, with its count and the
    `editkit accept` line that settles it; not a slip made by habit, whose
    first suggestion the article writes too or which fits most of its places
    (`khoãng` for `khoảng` three times: each place is reported).

    ## Why
    A syllable no Vietnamese text uses is almost always a typo.

    ## Example
    `có thể kà nguyên nhân` → `có thể là nguyên nhân`.

    ## Fix safety
    Unsafe: a correction is a judgement. `--unsafe-fixes` applies the top
    suggestion only when it clearly beats the others.
    """
    for issue in spelling_issues(document, context):
        if issue.kind != "unknown" or is_impossible_syllable(issue.token):
            continue
        token = issue.token
        shown = ", ".join(issue.suggestions[:3]) or "no suggestion"
        if issue.repeats > 1:  # the article's own term, reported once
            yield Finding(token.start, token.end, f"Unknown word '{token.text}', written {issue.repeats} times in "
                          f"this article: read as its own term (if right, `editkit accept {token.lower}`); "
                          f"if not, did you mean: {shown}?", suggestions=issue.suggestions, severity="info")
            continue
        yield Finding(token.start, token.end, f"Unknown word '{token.text}'; did you mean: {shown}?",
                      fix=correction(token, issue), suggestions=issue.suggestions)


@rule(code="SP102", name="unlikely-word-in-context", category="spelling", severity="warning", fixable=True)
def unlikely_word_in_context(document, context):
    r"""A real word that is far less likely here than a word it is easily confused with.

    ## What it does
    Scores each word in its clause with a syllable bigram model of Vietnamese
    news against the words one typical slip away (hỏi/ngã, s/x, ch/tr,
    d/gi/r, l/n, v/d, d/đ, n/ng, c/t, vowel marks, a dropped final consonant,
    a neighbouring key, a Telex keystroke left out: `tòn` for `toàn`)
    and reports it when a candidate is far more likely
    (by more than 5 nats after the cost of the slip; 4 with
    `spelling-sensitivity = "high"`, which catches more slips and raises
    about twice as many false alarms). A text far from the news the model
    was counted on asks more: past 20% of its pairs of known lower-case
    words unseen in the news counts (recipes and craft stories run at 23-33%,
    the median news story at 7%), each point more adds 0.2 nats, up to 2
    (`nấu trước cho ra vị` is read as `gia vị` in a court story, not in a
    crab-soup recipe); a text of fewer than 80 such pairs (a sentence) is
    too short to tell. The candidates come from
    `dictionaries/spelling/confusion-index.tsv.gz`: each syllable's structured slips and
    single-letter edits, precomputed. Words writers are known to mix up
    (`dictionaries/spelling/confusion-pairs.tsv`: `dành/giành`, `trở/chở`,
    `nữa/nửa`, `những/nhưng`) need 3 nats less between two Vietnamese
    words, or at a clause's edge when the candidate makes a word with its
    one neighbour (`Mặt dù trời mưa` → `Mặc dù`), and are checked even where
    the written word's pairs with its neighbours are common (`đã dành được`).
    A candidate the article itself writes beside the same neighbour
    elsewhere needs 2 nats less: the writer's own usage tells (`mua ròng`
    in one sentence, `phiên mua dòng thứ năm` in the next → `ròng`; a
    name's syllable is no usage: `hải quân Trung Quốc` says nothing of
    `hải quân chung`). A
    word the news seldom writes (under 1,000 times in the counts) that the
    article writes three times or more is its topic, not a slip made each
    time (`cói`, `giỏ` in a story on a sedge-weaving village), and is
    checked only against the words it is known to be mixed up with. A word
    without marks among words with them (beside one, or three within six
    words) is also scored against its own spellings with marks (the input
    method off for one word: `ngân hang` → `hàng`, `điện thoại di dong.` →
    `động`), and in lower case needs 1 nat less for them (`mua nha hiện` →
    `nhà`; a capitalised one is often a name written bare), unless the
    bare word is twenty times as common as the marked one (`lớp trong giữ
    khô` is no `trông` typed bare). At a clause's
    edge, a word that makes a word of its own with the list item across
    the comma, where the candidate makes none, is an item of a list
    (`tác động của dông, lốc`: `dông lốc`, not `công`), and a list item that
    opens with a word the item before it wrote repeats it on purpose
    (`với tro trấu, tro cây sim`: not `cho cây`). A word the article writes
    beside the same neighbour elsewhere, where it reads right, is the
    writer's usage (`trưng bày thư pháp, … các nhà thư pháp`). A word the article
    writes with a capital three times or more inside sentences, and never in
    lower case, is a name (`chuyến thăm chính thức Lào` in a story on Laos is
    no slip of `Nào`); nor is a capitalised word beside another read as a
    slip from the word outside their run (`trống Đọi Tam giữ`: not `tạm
    giữ`). An
    English word the news seldom writes (`gin`, `moa`) or one beside
    English words is left alone, unless a candidate leads by 8 nats
    (`không có gi để` → `gì`) or is the word's own spelling with marks and
    the word is rare in English too (`tự chon trong số` → `chọn`). A word
    joined by a hyphen to a word that is no Vietnamese syllable is that
    foreign compound's (`zero-day`) and is not scored, nor is a word in the
    lines of a poem the article quotes (`Nghe xạc xào gió thổi giữa cau
    tre`: the poet's word order, which a model of news cannot judge; SP101
    still reads them). A title in lower case (`ông`, `bà`, `anh`, `chị` …)
    that its paragraph wrote before a person's name earlier stands for that
    person (`Bà Đặng Thị Hương … cho biết doanh nghiệp bà chờ gần 8 tháng`:
    not `và`). A word that makes a reduplicative with a neighbour the counts
    never saw beside it (`lũn cũn`, `lủng củng`) is no slip of a word they
    never saw beside that neighbour either (`cũng`); a slip that took its
    neighbour's tone is still read (`sửa chửa` → `chữa`). A noun that names a
    kind of place before a capitalised name inside a sentence (`khi dinh Thái
    Khang được lập`: `dictionaries/spelling/place-nouns.txt`) is not scored:
    the counts see the name's first syllable as a common word. A word that
    never ends a clause (`và`, `của`, `các`: `never_clause_final` in
    `confusions.toml`) is no fix for a clause's last word (`gốc phượng già,`
    had read as `và`, `phượng và` being counted from the name Phượng).

    ## Why
    Most real typos are valid syllables in the wrong place (`xử/sử`,
    `dành/giành`, `rỏ/rõ`): a word list cannot see them.

    ## Example
    `trong đố có hơn 4.660 loại` → `trong đó có hơn 4.660 loại`.

    ## Fix safety
    Unsafe: the model can be wrong about rare phrases; `--unsafe-fixes`
    applies the suggestion only when it clearly beats every alternative.
    """
    for issue in spelling_issues(document, context):
        if issue.kind != "real-word" or any(start <= issue.token.start < end for start, end in verse_spans(document)):
            continue  # a poem's lines quoted as written (gió thổi giữa cau tre): its word order is the poet's
        token = issue.token
        yield Finding(token.start, token.end,
                      f"'{token.text}' is unlikely here; did you mean '{issue.suggestions[0]}'?",
                      fix=correction(token, issue), suggestions=issue.suggestions)


@rule(code="SP103", name="wrong-word", category="spelling", severity="warning", fixable=True,
      supersedes=("SP101", "SP102"))
def wrong_word(document, context):
    r"""A known wrong word of two or more syllables.

    ## What it does
    Finds the wrong words listed in `dictionaries/spelling/wrong-words.tsv`
    (more than 150: `sáng lạng`, `chuẩn đoán`, `thăm quan`, `sát nhập`,
    `cập nhập`, `đọc giả`, `năng xuất`, `tranh dành`, `sữa chữa`,
    `dấu diếm` …), in any case and either tone style. Forms that are real
    words in another sense (`bàng quang`, `yếu điểm`, `co dãn`) are `info`.
    A phrase of the project's `accept` list (a brand named `Sáng Lạng`) is
    not reported, nor a form that spans the edges of two words: its first
    syllable makes a word with the one before it and its last a word with
    the one after it in the news counts (`khả năng xuất hiện` is khả năng +
    xuất hiện; `tăng năng xuất lao động` is still reported).

    ## Why
    These errors are common in published news, and every syllable in them is
    a real syllable, so only a list of words catches them.

    ## Example
    `tình hình sáng lạng` → `tình hình xán lạn`; `chuẩn đoán bệnh` → `chẩn đoán bệnh`.

    ## Fix safety
    Unsafe (a correction is a judgement), but each entry is curated, so
    `--unsafe-fixes` applies it.
    """
    from editkit.vietnamese.letters import match_word_case
    from editkit.vietnamese.spelling import clauses
    from editkit.vietnamese.wrong_words import find_wrong_words

    text = document.text
    in_phrases = accepted_phrase_positions(document, context)  # a project may accept a listed phrase (a brand)
    for clause in clauses(text, body_tokens(document)):
        for first, last, entry in find_wrong_words(clause):
            if first.start in in_phrases and last.start in in_phrases:
                continue
            written = text[first.start: last.end]
            right = match_word_case(written, in_the_written_tone_style(written, entry.right))
            note = f" ({entry.note})" if entry.note else ""
            yield Finding(first.start, last.end, f"'{written}' is a wrong word; write '{right}'{note}",
                          fix=Fix.unsafe(Edit(first.start, last.end, right)), suggestions=(right,),
                          severity=entry.severity)


@rule(code="SP105", name="missing-space", category="spelling", severity="warning", fixable=True)
def missing_space(document, context):
    r"""Two words written without the space between them.

    ## What it does
    Reports a word that is no syllable but splits into two common Vietnamese
    syllables, one of them with a Vietnamese mark, that make a pair attested
    in Vietnamese news (`kháccũng`, `lậptức`), or whose second part starts
    with a capital (`TâyBan`, `trướcCộng`), and a common syllable glued to a
    name (`gọiQueensland`). Each part of a common pair must itself be common,
    so loanwords written as one word (`Kitô`, `ôtô`) stay whole; English
    compounds (`online`), names and attested words are left alone.

    ## Why
    Spaces get lost when text is pasted from PDFs or web pages and when
    a line break is removed; readers stumble on the merged word and search
    cannot find either word.

    ## Example
    `có nhiều tên kháccũng được dùng` → `có nhiều tên khác cũng được dùng`.

    ## Fix safety
    Unsafe (the split is a judgement, though rarely wrong): applied with
    `--unsafe-fixes`.
    """
    for issue in spelling_issues(document, context):
        if issue.kind != "merged":
            continue
        token = issue.token
        yield Finding(token.start, token.end, f"Missing space in '{token.text}': '{issue.suggestions[0]}'",
                      fix=Fix.unsafe(Edit(token.start, token.end, issue.suggestions[0])), suggestions=issue.suggestions)


@rule(code="SP109", name="space-inside-word", category="spelling", severity="warning", fixable=True)
def space_inside_word(document, context):
    r"""A syllable split in two by a space.

    ## What it does
    Reports two neighbouring words, one space apart, that joined make a
    common syllable with a Vietnamese mark which Vietnamese news writes a
    thousand times as often as the two side by side, and which beats the
    two words between their neighbours by 5 nats in the news model: `Quy ết đị nh` →
    `Quyết định`, `thà nh phố` → `thành phố`, `trá ch nhiệ m` → `trách
    nhiệm`, `nă m nay` → `năm nay`, `củ a Ủ y ban` → `của Ủy ban`. Two
    words the news writes side by side (`thú y`, `chữ a`), plain ASCII
    letters (English, codes), a capital
    letter as a label (`Đường C hướng tây nam`), a name's initial (`bà N`)
    and the syllables of a hyphenated word (`củ a-ti-sô`) are left alone.
    The halves are not reported again as unknown or unlikely words.

    ## Why
    Text copied from a PDF whose font draws a marked letter apart comes out
    with a space after it, all through the article; a stray space bar does
    the same to one word. Readers stumble, and search finds neither half.

    ## Example
    `Theo Quy ết đị nh củ a Ủ y ban` → `Theo Quyết định của Ủy ban`.

    ## Fix safety
    Unsafe, as every spelling correction (though rarely wrong): applied
    with `--unsafe-fixes`.
    """
    for split in split_syllables_of(document):
        first, second = split.first, split.second
        written = document.text[first.start: second.end]
        yield Finding(first.start, second.end, f"Space inside the word '{written}': '{split.joined}'",
                      fix=Fix.unsafe(Edit(first.start, second.end, split.joined)), suggestions=(split.joined,))


@rule(code="SP104", name="rejected-word", category="spelling", severity="error", fixable=True)
def rejected_word(document, context):
    r"""A word or phrase the project's `reject` list forbids.

    ## What it does
    Reports every occurrence (any case) of the entries of the files named by
    the `reject` config key: one word or phrase per line, optionally followed
    by a tab (or `->`) and the form to write instead.

    ## Why
    Each newsroom has words it never prints (`TP.HCM` for `TPHCM`, a
    competitor's brand, outdated terms); the list keeps them out.

    ## Example
    With `Sài Gòn -> TP.HCM` in the reject file: `Sài Gòn` → `TP.HCM`.

    ## Fix safety
    Unsafe: the replacement is applied with `--unsafe-fixes` when the entry
    gives one.
    """
    import re

    from editkit.vocabulary import in_both_tone_styles, rejected

    table = rejected(context.settings)
    if not table:
        return
    text = document.text
    for wrong, right in table.items():
        forms = sorted(in_both_tone_styles(wrong), key=len, reverse=True)  # either tone style (thoả thuận, thỏa thuận)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(re.escape(p) for p in form.split()) for form in forms)
                             + r")(?!\w)", re.I)
        for match in pattern.finditer(text, document.body_start):
            fix = Fix.unsafe(Edit(match.start(), match.end(), right)) if right else None
            message = f"'{match.group()}' is on the project's reject list" + (f"; write '{right}'" if right else "")
            yield Finding(match.start(), match.end(), message, fix=fix, suggestions=(right,) if right else ())


def in_the_written_tone_style(written: str, correction: str) -> str:
    """The correction with its tone marks where the writer put theirs (``suề soà`` → ``xuề xoà``, not
    ``xuề xòa``): the tone style is the writer's or the house's business (DI103), not the wrong word's."""
    from editkit.rules.diacritics import tone_style_of
    from editkit.vietnamese.syllable import in_tone_style

    styles = {tone_style_of(word) for word in written.lower().split()} - {None}
    return in_tone_style(correction, styles.pop()) if len(styles) == 1 else correction


@rule(code="SP106", name="misspelled-foreign-word", category="spelling", severity="warning", fixable=True)
def misspelled_foreign_word(document, context):
    r"""A foreign name or word with a letter left out, two letters swapped or a letter doubled.

    ## What it does
    Reports a word in Latin letters that is no Vietnamese syllable, no
    English word and never written in Vietnamese news, when putting back a
    left-out letter, swapping two neighbouring letters back or removing a
    doubled letter gives a foreign word the news writes often (a country,
    a city, a currency: at least 100 times). Substituted letters are not
    considered (`Marta` and `Maria` are both names), nor words under five
    letters, ALL-CAPS abbreviations, words with a capital inside (`ViruSs`,
    `BlackPink`: a brand's or a user's own spelling), words glued to digits
    or the `accept` list.

    ## Why
    Foreign names are typed from memory and no Vietnamese word list knows
    them: `Austalia` and `Capuchia` reach print where `Úc` would not.

    ## Example
    `đến thăm Austalia` → `đến thăm Australia`; `ở Romme` → `ở Rome`.

    ## Fix safety
    Unsafe: `--unsafe-fixes` applies the correction when it is the only one.
    """
    from editkit.vietnamese.foreign_typos import foreign_suggestions
    from editkit.vietnamese.letters import match_word_case

    accepted = accepted_words(document, context)
    left_alone = accepted_phrase_positions(document, context) | in_split_syllable(document)
    for token in body_tokens(document):
        if (token.glued or token.is_all_caps or not token.is_ascii or token.lower in accepted or not token.text[1:].islower()
                or token.start in left_alone):
            continue
        found = foreign_suggestions(token.lower)
        if not found:
            continue
        suggestions = tuple(match_word_case(token.text, word) for word in found[:3])
        fix = Fix.unsafe(Edit(token.start, token.end, suggestions[0])) if len(found) == 1 else None
        yield Finding(token.start, token.end, f"'{token.text}' looks like a misspelling of '{suggestions[0]}'",
                      fix=fix, suggestions=suggestions)
