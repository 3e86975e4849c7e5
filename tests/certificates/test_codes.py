"""Verification codes are long, random, unambiguous and forgiving to type."""

from certificates.codes import ALPHABET, new_code, normalise_code


def test_a_code_has_sixteen_characters_in_four_groups_from_the_unambiguous_alphabet():
    code = new_code()

    groups = code.split("-")
    assert [len(group) for group in groups] == [4, 4, 4, 4]
    assert set("".join(groups)) <= set(ALPHABET)
    assert not set("ILOU") & set(code)


def test_codes_do_not_repeat():
    assert len({new_code() for _ in range(5000)}) == 5000


def test_typed_codes_are_accepted_in_any_case_with_or_without_dashes():
    assert normalise_code("7kq2m9xd4tfapw3r") == "7KQ2-M9XD-4TFA-PW3R"
    assert normalise_code(" 7KQ2 M9XD-4tfa-PW3R ") == "7KQ2-M9XD-4TFA-PW3R"


def test_letters_that_look_like_digits_are_read_as_digits():
    assert normalise_code("7KQ2-M9XD-4TFA-PW3O") == "7KQ2-M9XD-4TFA-PW30"
    assert normalise_code("lKQ2-M9XD-4TFA-PW3R") == "1KQ2-M9XD-4TFA-PW3R"


def test_malformed_codes_are_refused():
    assert normalise_code("") is None
    assert normalise_code("7KQ2-M9XD-4TFA") is None
    assert normalise_code("7KQ2-M9XD-4TFA-PW3U") is None
    assert normalise_code("<script>alert(1)</script>") is None
