"""The syllable model: phonotactics, spelling rules, tone placement (pure library tests)."""

from __future__ import annotations

import pytest

from editkit.vietnamese import canonical_spelling, parse_syllable
from editkit.vietnamese.inventory import is_attested, syllable_counts
from editkit.vietnamese.letters import split_tone, strip_tones, with_tone
from editkit.vietnamese.syllable import ParseFailure, Syllable, is_style_sensitive, tone_position


@pytest.mark.parametrize("word,onset,cluster,coda,tone", [
    ("người", "ng", "ươi", "", 1), ("nghiêng", "ngh", "iê", "ng", 0), ("quốc", "qu", "ô", "c", 2),
    ("giữa", "gi", "ưa", "", 4), ("gì", "g", "i", "", 1), ("giếng", "gi", "ê", "ng", 2),
    ("khuỷu", "kh", "uyu", "", 3), ("thuở", "th", "uơ", "", 3), ("yêu", "", "yêu", "", 0),
    ("quyết", "qu", "yê", "t", 2), ("khuya", "kh", "uya", "", 0), ("Việt", "v", "iê", "t", 5),
    ("xoong", "x", "oo", "ng", 0), ("ăn", "", "ă", "n", 0), ("đường", "đ", "ươ", "ng", 1),
    ("ngoằn", "ng", "oă", "n", 1), ("huỳnh", "h", "uy", "nh", 1), ("khuếch", "kh", "uê", "ch", 2),
])
def test_parses(word, onset, cluster, coda, tone):
    parsed = parse_syllable(word)
    assert isinstance(parsed, Syllable), parsed
    assert (parsed.onset, parsed.cluster, parsed.coda, parsed.tone) == (onset, cluster, coda, tone)


@pytest.mark.parametrize("word,reason", [
    ("nghành", "ngh"), ("ngiêng", "ngh"), ("hàt", "sắc or nặng"), ("hat", "needs sắc or nặng"),
    ("ă", "final consonant"), ("ấ", "final consonant"), ("ôa", "not a Vietnamese vowel sequence"), ("êng", "cannot be followed"),
    ("kông", "only before i, e, ê"), ("ghà", "only before i, e, ê"), ("gế", "'gh'"), ("coa", "qu"),
    ("iêu", "yê"), ("tyên", "iê"), ("facebook", "f, j, w, z"), ("vịết", "more than one tone"),
    ("đt", "vowel"), ("q", "vowel"), ("ich", "needs sắc or nặng"),
])
def test_rejects(word, reason):
    parsed = parse_syllable(word)
    assert isinstance(parsed, ParseFailure), word
    assert reason in parsed.reason


@pytest.mark.parametrize("wrong,old,new", [
    ("vơí", "với", "với"), ("ngươì", "người", "người"), ("nhiêù", "nhiều", "nhiều"), ("hòan", "hoàn", "hoàn"),
    ("qúy", "quý", "quý"), ("gìa", "già", "già"), ("taị", "tại", "tại"), ("hoà", "hòa", "hoà"),
    ("khỏe", "khỏe", "khoẻ"), ("thủy", "thủy", "thuỷ"), ("HOÀ", "HÒA", "HOÀ"), ("Thuý", "Thúy", "Thuý"),
    ("quả", "quả", "quả"), ("múa", "múa", "múa"), ("mủa", "mủa", "mủa"), ("ngóai", "ngoái", "ngoái"),
])
def test_canonical_spelling(wrong, old, new):
    assert canonical_spelling(wrong, "old") == old
    assert canonical_spelling(wrong, "new") == new


def test_letters_round_trip():
    assert split_tone("ế") == ("ê", 2) and with_tone("ê", 2) == "ế"
    assert split_tone("Ỗ") == ("Ô", 4)
    assert strip_tones("Người") == ("Ngươi", [(3, 1)])


def test_inventory_is_clean_and_knows_both_styles():
    counts = syllable_counts()
    assert len(counts) > 6000
    assert is_attested("hòa") and is_attested("hoà") and is_attested("người")
    assert not is_attested("vơí") and not is_attested("nghành")
    for syllable in counts:
        assert isinstance(parse_syllable(syllable), Syllable), syllable


def moved_tone_variants(syllable: str):
    """Every spelling of ``syllable`` with its tone moved to another vowel."""
    base, toned = strip_tones(syllable)
    if not toned:
        return
    (index, tone), = toned
    for position, letter in enumerate(base):
        if position != index and letter in "aăâeêioôơuưy":
            yield base[:position] + with_tone(letter, tone) + base[position + 1:]


def test_tone_placement_generated_set_all_caught_none_false():
    """Every inventory syllable with its tone moved elsewhere is caught; the inventory itself is clean.

    A moved tone that lands on the other style's vowel (hòa <-> hoà) is the tone-style rule's
    business, so it must be exactly the style variant.
    """
    caught = total = 0
    for syllable in syllable_counts():
        parsed = parse_syllable(syllable)
        old, new = canonical_spelling(syllable, "old"), canonical_spelling(syllable, "new")
        assert syllable in (old, new)  # no false positive in either style
        for variant in moved_tone_variants(syllable):
            total += 1
            v = parse_syllable(variant)
            if isinstance(v, ParseFailure):
                caught += 1  # e.g. a tone moved onto the i of gi: rejected outright
                continue
            positions = {tone_position(v.onset, v.cluster, v.coda, s) for s in ("old", "new")}
            if v.toned_index not in positions:
                caught += 1
                assert canonical_spelling(variant, "old") in (old, syllable)
            else:
                assert is_style_sensitive(parsed) and variant in (old, new)
                caught += 1
    assert total > 2000 and caught == total


def test_unaccented_sentence_restoration():
    from editkit.vietnamese.restore import looks_unaccented, restore_sentence

    words = "Hoi nghi tong ket cong tac nam 2020 dien ra sang nay tai Ha Noi".split()
    assert " ".join(restore_sentence(words)) == "Hội nghị tổng kết công tác năm 2020 diễn ra sáng nay tại Hà Nội"
    assert looks_unaccented([w for w in words if not w.isdigit()])
    assert not looks_unaccented("The meeting will be held in Hanoi tomorrow morning".split())


def test_the_accented_suggestion_keeps_the_sentence_as_written_but_its_words():
    from editkit.rules.diacritics_missing import restored_text

    assert restored_text("Xet nghiem NS1 va PCR, theo Quyet dinh 2760/QD-BYT, giup chan doan som.") == (
        "Xét nghiệm NS1 và PCR, theo Quyết định 2760/QD-BYT, giúp chẩn đoán sớm.")


def test_a_tone_on_a_consonant_moves_to_the_vowel_of_every_attested_syllable():
    """Every attested toned syllable, its tone put on each of its consonants (precomposed where
    Unicode has the letter, combining otherwise), comes back as the syllable in either style."""
    import unicodedata

    from editkit.vietnamese.syllable import COMBINING_TONES, tone_moved_off_consonant

    marks = {tone: mark for mark, tone in COMBINING_TONES.items()}
    tried = 0
    for syllable, count in syllable_counts().items():
        parsed = parse_syllable(syllable)
        if count < 3 or isinstance(parsed, ParseFailure) or not parsed.tone:
            continue
        base, _ = strip_tones(syllable)
        for index, letter in enumerate(base):
            if letter in "bcdghklmnpqrstvx":
                slipped = unicodedata.normalize("NFC", base[:index + 1] + marks[parsed.tone] + base[index + 1:])
                tried += 1
                assert tone_moved_off_consonant(slipped, "old") == canonical_spelling(syllable, "old"), slipped
                assert tone_moved_off_consonant(slipped.upper(), "new") == canonical_spelling(syllable, "new").upper()
    assert tried > 5000


@pytest.mark.parametrize("word", ["Gdańsk", "Poznań", "Toruń", "Kraśnik", "Peña", "hàng", "hoàng", "ǹg", "ḿ", "bińhh"])
def test_no_tone_to_move_off_a_consonant(word):
    from editkit.vietnamese.syllable import tone_moved_off_consonant

    assert tone_moved_off_consonant(word) is None


def test_a_sentence_typed_without_marks_is_suggested_whole_with_its_numbers(isolated_dir):
    """``… voi tong von hon 5.000 ty dong.``: the dot inside 5.000 had ended the sentence and the
    suggestion stopped at ``hơn``; a number after the last word (``trong nam 2028``) had been cut off."""
    from conftest import lint_json

    text = ("Bài viết có dấu ở đây.\n\nSang nay, thanh pho khoi cong cay cau voi tong von hon 5.000 ty dong.\n\n"
            "Cay cau co sau lan xe, du kien hoan thanh trong nam 2028.\n")
    found = lint_json("--select", "DI105", text=text)["files"][0]["diagnostics"]
    assert [d["suggestions"][0] for d in found] == [
        "Sáng nay, thành phố khởi công cây cầu với tổng vốn hơn 5.000 tỷ đồng",
        "Cây cầu có sáu làn xe, dự kiến hoàn thành trong năm 2028"]
