"""A numbered answer below a numbered list of questions takes the words and period of the
question of its number; a bold answer that opens a list item ("5. **38.** …") is read,
not taken for list numbering. The drafts are written for these tests."""

from __future__ import annotations

from desertcheck.audit.answers import Questions

from .test_audit_reading2 import judge

_QUIZ = """\
## Questions

1. How many soldiers had Mediazona's data shown convicted by the end of May 2025?
2. Which article covers desertion?

## Answers

1. **17,271.** A record.
2. **Article 338.**
"""


def test_the_answer_finds_the_question_of_its_number() -> None:
    lines = [0] + [i + 1 for i, c in enumerate(_QUIZ) if c == "\n"]
    answer = _QUIZ.index("**17,271")
    questions = Questions(_QUIZ, lines)
    start, end = questions.answered(answer) or (0, 0)
    assert _QUIZ[start:end].startswith("1. How many soldiers")
    # the question itself answers nothing; an unnumbered line neither
    assert questions.answered(_QUIZ.index("How many")) is None
    assert questions.answered(_QUIZ.index("## Answers")) is None


def test_a_numbered_answer_is_judged_with_its_question() -> None:
    # the question names the claim's measure and period; the answer misstates its value
    assert judge(_QUIZ)[0] == (
        "17,271",
        "mismatch",
        "isl-mediazona-refusal-to-serve-convictions-may-2025",
    )


def test_a_bold_answer_that_opens_a_list_item_is_read() -> None:
    quiz = (
        "6. How many soldiers did Proekt find convicted of disobeying orders in 2023?\n\n"
        "Answers:\n\n6. **289.** A sharp rise.\n"
    )
    assert judge(quiz) == [("289", "supported", "mt-proekt-disobedience-convictions-2023")]


def test_half_a_point_is_a_quiz_score() -> None:
    assert judge("Half a point for a near miss.\n") == []
