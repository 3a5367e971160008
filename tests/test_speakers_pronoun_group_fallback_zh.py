"""他/她 with no person named before points back to the one-person group mentioned last (一名外送員…他說),
never stays a bare pronoun; a named person still wins (invented sentences)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of("標題一行\n本報訊。\n" + text)]


def test_pronoun_takes_the_group_mentioned_before() -> None:
    got = pairs("一名外送員在臉書抱怨，客戶經常寫錯地址。他說，爬上頂樓送餐已是家常便飯。")
    assert ("爬上頂樓送餐已是家常便飯", "外送員") in got


def test_named_person_still_wins() -> None:
    got = pairs("網友表示，店家服務很差。立委王大明表示，將要求主管機關調查。他說，消費者權益不能打折。")
    assert ("消費者權益不能打折", "王大明") in got


def test_pronoun_takes_a_transliterated_name_read_as_a_body() -> None:
    got = pairs("對此，卡里莫夫表示，新法侵害隱私。他認為，當局擔憂抗爭擴大。")
    assert ("當局擔憂抗爭擴大", "卡里莫夫") in got
