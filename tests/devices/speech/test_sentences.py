"""Sentence splitting: short parts, Italian abbreviations, long sentences cut."""

from __future__ import annotations

import pytest

from spaziocitta.devices.speech.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buongiorno. Come sta?", ["Buongiorno.", "Come sta?"]),
        (
            "Il Sig. Rossi e la Dott.ssa Bianchi. Grazie!",
            ["Il Sig. Rossi e la Dott.ssa Bianchi.", "Grazie!"],
        ),
        (
            "Ai sensi del D.P.R. 445/2000 art. 46. Fine.",
            ["Ai sensi del D.P.R. 445/2000 art. 46.", "Fine."],
        ),
        ("Portare i documenti, ecc. e la ricevuta.", ["Portare i documenti, ecc. e la ricevuta."]),
        ("Dalle 9.00 alle 12.30. Il sabato no.", ["Dalle 9.00 alle 12.30.", "Il sabato no."]),
        ("Costo € 1.500,00. Pagamento con pagoPA.", ["Costo € 1.500,00.", "Pagamento con pagoPA."]),
        ("Firmato M. Rossi. Fine.", ["Firmato M. Rossi.", "Fine."]),
        ("Ditta Alfa S.p.A. Via Roma 1.", ["Ditta Alfa S.p.A. Via Roma 1."]),
        ("Prima riga\n- secondo punto", ["Prima riga", "- secondo punto"]),
        ("你好。欢迎光临！请问", ["你好。", "欢迎光临！", "请问"]),
        ("مرحبا بكم. كيف حالك؟ شكرا", ["مرحبا بكم.", "كيف حالك؟", "شكرا"]),
        ("  ", []),
        ("... !", []),
    ],
)
def test_split(text, expected) -> None:
    assert split_sentences(text) == expected


def test_long_sentences_are_cut_at_a_comma_or_a_space() -> None:
    text = "Per la carta d'identità servono " + ", ".join(["una fototessera recente"] * 12) + "."
    parts = split_sentences(text, max_chars=80)
    assert len(parts) > 3
    assert all(len(p) <= 80 for p in parts)
    assert all(p.endswith(",") for p in parts[:-1])  # cut after a comma, not inside a word
    assert " ".join(parts) == text


def test_a_long_run_without_breaks_is_still_cut() -> None:
    parts = split_sentences("x" * 500, max_chars=100)
    assert [len(p) for p in parts] == [100] * 5
