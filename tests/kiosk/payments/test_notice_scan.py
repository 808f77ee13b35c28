"""Typed and scanned pagoPA notices: every bad input is refused with its own key."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from spaziocitta.kiosk.contract.pagopa import is_valid_ente_fiscal_code, notice_code
from spaziocitta.kiosk.payments import notice_scan as ns
from spaziocitta.kiosk.payments.notice_scan import (
    NoticeInputError,
    NoticeRef,
    datamatrix_payload,
    parse_scan,
    parse_typed,
    qr_payload,
)

CODE = "300715700000000032"  # the worked example of FIELD-NOTES.md
PAYEE = "00199900010"  # the demo municipality


def key_of(fn, *args) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(NoticeInputError) as caught:
        fn(*args)
    return caught.value.key


# -- typed ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [CODE, "3007 1570 0000 0000 32", " 3007-1570-0000-0000-32 ", "3007\u00a01570 0000.0000 32"],
)
def test_typed_code_with_grouping_is_accepted(typed: str) -> None:
    ref = parse_typed(typed, "001 999 000 10")
    assert ref == NoticeRef(CODE, PAYEE, None, "typed")
    assert ref.display_code == "3007 1570 0000 0000 32"


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("", ns.CODE_EMPTY),
        ("   - ", ns.CODE_EMPTY),
        ("300715700000000033", ns.CODE_CHECK_DIGITS),
        ("300715700000000023", ns.CODE_CHECK_DIGITS),  # the last two swapped
        ("30071570000000003", ns.CODE_LENGTH),
        ("3007157000000000321", ns.CODE_LENGTH),
        ("900715700000000032", ns.CODE_AUX_DIGIT),
        ("30071570000000003O", ns.CODE_NOT_DIGITS),  # letter O for zero
        ("٣٠٠٧١٥٧٠٠٠٠٠٠٠٠٠٣٢", ns.CODE_NOT_DIGITS),  # Arabic-Indic digits
        ("３００７１５７０００００００００３２", ns.CODE_NOT_DIGITS),  # full-width
        ("3007_1570_0000_0000_32", ns.CODE_NOT_DIGITS),
        ("3" * 65, ns.INPUT_TOO_LONG),
    ],
)
def test_typed_code_errors(code: str, key: str) -> None:
    assert key_of(parse_typed, code, PAYEE) == key


def test_check_digit_error_says_so_without_echoing_the_input() -> None:
    with pytest.raises(NoticeInputError) as caught:
        parse_typed("300715700000000033", PAYEE)
    assert caught.value.field == "code"
    assert "last two digits do not match" in str(caught.value)
    assert "300715700000000033" not in str(caught.value)


@pytest.mark.parametrize(
    ("payee", "key"),
    [
        ("", ns.PAYEE_EMPTY),
        ("0019990001", ns.PAYEE_LENGTH),
        ("001999000100", ns.PAYEE_LENGTH),
        ("00199900011", ns.PAYEE_CHECK_DIGIT),
        ("BSCMTT83A12L719R", ns.PAYEE_NOT_DIGITS),  # a person's codice fiscale
    ],
)
def test_typed_payee_errors(payee: str, key: str) -> None:
    with pytest.raises(NoticeInputError) as caught:
        parse_typed(CODE, payee)
    assert caught.value.key == key and caught.value.field == "payee"


def test_aux_digit_one_has_no_check_digits() -> None:
    code = notice_code(1, "00002026000000027")
    assert parse_typed(code, PAYEE).notice_code == code


# -- scanned --------------------------------------------------------------------------


def test_qr_code_of_the_field_notes() -> None:
    ref = parse_scan(f"PAGOPA|002|{CODE}|{PAYEE}|12840")
    assert ref == NoticeRef(CODE, PAYEE, 12840, "qr")


@pytest.mark.parametrize(
    "payload",
    [
        f"PAGOPA|002|{CODE}|{PAYEE}|5\r\n",  # scanner suffix; a 1-digit amount exists
        f"]Q1PAGOPA|002|{CODE}|{PAYEE}|5",  # AIM symbology identifier
        f"pagopa|002|{CODE}|{PAYEE}|5",
    ],
)
def test_qr_variants_scanners_send(payload: str) -> None:
    assert parse_scan(payload) == NoticeRef(CODE, PAYEE, 5, "qr")


@pytest.mark.parametrize(
    ("payload", "key"),
    [
        ("", ns.SCAN_EMPTY),
        ("\r\n", ns.SCAN_EMPTY),
        ("https://example.org/paga", ns.SCAN_UNKNOWN),
        ("8012345678901", ns.SCAN_UNKNOWN),  # an EAN-13 from a shopping bag
        (f"PAGOPA|001|{CODE}|{PAYEE}|100", ns.SCAN_QR_VERSION),
        (f"PAGOPA|002|{CODE}|{PAYEE}", ns.SCAN_QR_MALFORMED),
        (f"PAGOPA|002|{CODE}|{PAYEE}|100|x", ns.SCAN_QR_MALFORMED),
        (f"PAGOPA|002|{CODE[:-1]}|{PAYEE}|100", ns.CODE_LENGTH),
        (f"PAGOPA|002|{CODE[:-1]}X|{PAYEE}|100", ns.SCAN_QR_MALFORMED),
        (f"PAGOPA|002|300715700000000033|{PAYEE}|100", ns.CODE_CHECK_DIGITS),
        (f"PAGOPA|002|{CODE}|00199900011|100", ns.PAYEE_CHECK_DIGIT),
        (f"PAGOPA|002|{CODE}|{PAYEE}|", ns.AMOUNT_INVALID),
        (f"PAGOPA|002|{CODE}|{PAYEE}|12,50", ns.AMOUNT_INVALID),
        (f"PAGOPA|002|{CODE}|{PAYEE}|-100", ns.AMOUNT_INVALID),
        (f"PAGOPA|002|{CODE}|{PAYEE}|1234567890123", ns.AMOUNT_INVALID),
        (f"PAGOPA|002|{CODE}|{PAYEE}|100000001", ns.AMOUNT_INVALID),
        (f"PAGOPA|002|{CODE}|{PAYEE}|१००", ns.AMOUNT_INVALID),  # Devanagari digits
        ("P" * 600, ns.INPUT_TOO_LONG),
    ],
)
def test_scan_errors(payload: str, key: str) -> None:
    assert key_of(parse_scan, payload) == key


def test_poste_data_matrix() -> None:
    payload = datamatrix_payload(
        NoticeRef(CODE, PAYEE, 12840),
        postal_account="12345678",
        debtor_fiscal_code="BSCMTT83A12L719R",
        debtor_name="Matteo Bosco",
        reason="TARI 2026 rata 1",
    )
    # Offsets of FIELD-NOTES.md, checked independently of the builder.
    assert payload[0:13] == "codfase=NBPA;" and payload[15:33] == CODE
    assert payload[35:47] == "000012345678" and payload[49:59] == "0000012840"
    assert payload[66:77] == PAYEE and payload[77:93] == "BSCMTT83A12L719R"
    assert payload[255] == "A" and len(payload) == 256
    ref = parse_scan(payload)
    assert ref == NoticeRef(CODE, PAYEE, 12840, "datamatrix")
    # The debtor's data is not kept anywhere in the reference.
    assert "BSCMTT" not in repr(ref) and "Bosco" not in repr(ref)
    # A scanner that trims the trailing padding still gives the notice.
    assert parse_scan(payload.rstrip(" A")[:100]) == ref


@pytest.mark.parametrize(
    ("at", "char", "key"),
    [
        (13, "9", ns.SCAN_DATAMATRIX_MALFORMED),  # the "18" marker
        (60, "X", ns.SCAN_DATAMATRIX_MALFORMED),  # "3896"
        (40, "X", ns.SCAN_DATAMATRIX_MALFORMED),  # postal account
        (50, "X", ns.AMOUNT_INVALID),
        (20, "X", ns.SCAN_DATAMATRIX_MALFORMED),  # notice code
        (32, "9", ns.CODE_CHECK_DIGITS),
        (70, "X", ns.SCAN_DATAMATRIX_MALFORMED),  # payee code
    ],
)
def test_data_matrix_errors(at: int, char: str, key: str) -> None:
    good = datamatrix_payload(NoticeRef(CODE, PAYEE, 100))
    assert key_of(parse_scan, good[:at] + char + good[at + 1 :]) == key


def test_data_matrix_too_short() -> None:
    assert key_of(parse_scan, "codfase=NBPA;18" + CODE) == ns.SCAN_DATAMATRIX_MALFORMED


# -- properties -----------------------------------------------------------------------

AUX_BODIES = st.one_of(
    st.tuples(st.just(0), st.text("0123456789", min_size=15, max_size=15)),
    st.tuples(st.just(1), st.text("0123456789", min_size=17, max_size=17)),
    st.tuples(st.just(2), st.text("0123456789", min_size=15, max_size=15)),
    st.tuples(st.just(3), st.text("0123456789", min_size=15, max_size=15)),
)
codes = AUX_BODIES.map(lambda pair: notice_code(*pair))
payees = st.text("0123456789", min_size=10, max_size=10).map(
    lambda head: next(head + d for d in "0123456789" if is_valid_ente_fiscal_code(head + d))
)
amounts = st.integers(min_value=0, max_value=ns.MAX_AMOUNT_CENTS)


@given(codes, payees, amounts)
def test_qr_and_data_matrix_round_trip(code: str, payee: str, amount: int) -> None:
    ref = NoticeRef(code, payee, amount)
    assert parse_scan(qr_payload(ref)) == NoticeRef(code, payee, amount, "qr")
    assert parse_scan(datamatrix_payload(ref)) == NoticeRef(code, payee, amount, "datamatrix")
    assert parse_typed(ref.display_code, payee).notice_code == code


@given(codes, st.integers(0, 17), st.integers(1, 9))
def test_every_single_digit_typo_is_caught(code: str, position: int, delta: int) -> None:
    """mod 93 is prime to 10: changing one digit of a checked code always shows.

    Except one typo no check can catch: a first digit turned into 1, the aux
    digit of codes that carry no check digits at all.
    """
    assume(code[0] != "1")  # aux digit 1 codes carry no check digits
    typo = code[:position] + str((int(code[position]) + delta) % 10) + code[position + 1 :]
    assume(typo[0] != "1")
    with pytest.raises(NoticeInputError) as caught:
        parse_typed(typo, PAYEE)
    assert caught.value.key in (ns.CODE_CHECK_DIGITS, ns.CODE_AUX_DIGIT)


hostile = st.one_of(
    st.text(max_size=2000),
    st.text(st.characters(codec="utf-8"), max_size=300),
    st.text(st.sampled_from("0123456789 |\r\n\t\x00\x1b\u202e\u2066\u200f\ufeff🙂١"), max_size=80),
    st.builds(
        lambda code, payee, junk, at: (
            (f"PAGOPA|002|{code}|{payee}|100")[:at] + junk + (f"PAGOPA|002|{code}|{payee}|100")[at:]
        ),
        codes,
        payees,
        st.text(st.sampled_from("\x00\u202e\u2066🙂١\x7f|"), min_size=1, max_size=5),
        st.integers(0, 50),
    ),
)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(hostile)
def test_hostile_scans_give_a_key_or_a_valid_notice(payload: str) -> None:
    try:
        ref = parse_scan(payload)
    except NoticeInputError as exc:
        assert exc.key in ns.ERROR_KEYS
        assert payload not in str(exc) or len(payload) < 4
        return
    # Whatever got through is a clean, checked notice.
    assert ns.parse_notice_code(ref.notice_code) == ref.notice_code
    assert ref.notice_code.isascii() and ref.payee_fiscal_code.isascii()
    assert is_valid_ente_fiscal_code(ref.payee_fiscal_code)
    assert ref.amount_cents is not None and 0 <= ref.amount_cents <= ns.MAX_AMOUNT_CENTS


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(hostile, hostile)
def test_hostile_typing_gives_a_key_or_a_valid_notice(code: str, payee: str) -> None:
    try:
        ref = parse_typed(code, payee)
    except NoticeInputError as exc:
        assert exc.key in ns.ERROR_KEYS and exc.field in ("code", "payee")
        return
    assert len(ref.notice_code) == 18 and ref.notice_code.isascii()
    assert is_valid_ente_fiscal_code(ref.payee_fiscal_code)


def test_rtl_override_and_emoji_inside_a_code_are_refused() -> None:
    assert key_of(parse_typed, "3007\u202e1570 0000 0000 32", PAYEE) == ns.CODE_NOT_DIGITS
    assert key_of(parse_typed, "3007 1570 🙂 0000 0000 32", PAYEE) == ns.CODE_NOT_DIGITS
    assert key_of(parse_scan, f"PAGOPA|002|{CODE}\u202e|{PAYEE}|1") == ns.SCAN_QR_MALFORMED
    assert key_of(parse_scan, f"PAGOPA|002|{CODE}|{PAYEE}|1\x00") == ns.AMOUNT_INVALID
