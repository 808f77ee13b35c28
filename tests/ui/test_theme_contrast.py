"""Every text/background pair of each theme meets its WCAG contrast target."""

from __future__ import annotations

import pytest

from spaziocitta.ui.harness import KioskHarness


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an opaque #RRGGBB colour."""
    text = hex_colour.lstrip("#")
    assert len(text) == 6, f"opaque #RRGGBB expected for text pairs, got {hex_colour}"
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#0066CC", "#FFFFFF") == pytest.approx(5.57, abs=0.01)


@pytest.mark.parametrize(
    ("palette", "minimum"), [("standardPalette", 4.5), ("highContrastPalette", 7.0)]
)
def test_every_text_pair_meets_its_target(
    kiosk: KioskHarness, palette: str, minimum: float
) -> None:
    theme = kiosk.shell.engine.singletonInstance("Kiosk.Theme", "Theme")
    colours = theme.property(palette).toVariant()
    pairs = theme.property("textPairs").toVariant()
    assert len(pairs) >= 10
    failures = []
    for fg, bg in pairs:
        ratio = contrast_ratio(colours[fg], colours[bg])
        if ratio < minimum:
            failures.append(f"{fg} {colours[fg]} on {bg} {colours[bg]}: {ratio:.2f}:1")
    assert not failures, f"{palette} below {minimum}:1 — " + "; ".join(failures)


def test_both_palettes_define_the_same_tokens(kiosk: KioskHarness) -> None:
    theme = kiosk.shell.engine.singletonInstance("Kiosk.Theme", "Theme")
    standard = theme.property("standardPalette").toVariant()
    contrast = theme.property("highContrastPalette").toVariant()
    assert standard.keys() == contrast.keys()


def test_focus_ring_is_visible_on_every_background(kiosk: KioskHarness) -> None:
    """WCAG 1.4.11: a focus indicator needs 3:1 against what it sits on."""
    theme = kiosk.shell.engine.singletonInstance("Kiosk.Theme", "Theme")
    for palette in ("standardPalette", "highContrastPalette"):
        colours = theme.property(palette).toVariant()
        for background in ("background", "surface", "tile", "primary", "header"):
            best = max(
                contrast_ratio(colours[ring], colours[background])
                for ring in ("focusOuter", "focusInner")
            )
            assert best >= 3.0, f"{palette}: focus ring on {background} only {best:.2f}:1"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_palette_token_is_a_working_theme_property(
    kiosk: KioskHarness, high_contrast: bool
) -> None:
    """QML reads tokens as Theme properties: a token a property cannot reach renders black.

    (A property named like a signal handler, 'onPrimary', silently did.)
    """
    kiosk.shell.access._idle.high_contrast = high_contrast
    kiosk.act(kiosk.shell.access.refresh)
    theme = kiosk.shell.engine.singletonInstance("Kiosk.Theme", "Theme")
    name = "highContrastPalette" if high_contrast else "standardPalette"
    palette = theme.property(name).toVariant()
    for token, value in palette.items():
        shown = theme.property(token)
        assert shown is not None, f"Theme has no property {token}"
        fmt = shown.NameFormat.HexArgb if len(value) == 9 else shown.NameFormat.HexRgb
        assert shown.name(fmt).lower() == value.lower(), token
    kiosk.shell.access._idle.high_contrast = False
