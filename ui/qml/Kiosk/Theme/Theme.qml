pragma Singleton
import QtQuick

// Every colour, size and spacing of the kiosk. High contrast and large text are
// a swap of these tokens, never a special case in a screen.
// The default palette follows the Italian public-administration UI kit
// (Designers Italia / Bootstrap Italia, primary #0066CC).
QtObject {
    id: theme

    // Set by Main.qml: the window's short side / 1080, so layouts scale with the screen.
    property real unit: 1
    readonly property real pxPerMm: Kiosk.pxPerMm
    readonly property bool highContrast: Access.highContrast
    readonly property real textScale: Access.largeText ? 2.0 : 1.0
    readonly property bool lowReach: Access.lowReach

    readonly property var standardPalette: ({
        background: "#FFFFFF",
        surface: "#EEF4FA",
        text: "#17324D",
        textMuted: "#3F5468",
        border: "#5C6F82",
        primary: "#0066CC",
        primaryDark: "#004D99",
        textOnPrimary: "#FFFFFF",
        header: "#0066CC",
        headerText: "#FFFFFF",
        tile: "#0066CC",
        tileText: "#FFFFFF",
        secondary: "#EEF4FA",
        secondaryText: "#004D99",
        danger: "#B3243D",
        textOnDanger: "#FFFFFF",
        success: "#00704A",
        focusOuter: "#FFB400",
        focusInner: "#17324D",
        scrim: "#B3000000"
    })
    readonly property var highContrastPalette: ({
        background: "#000000",
        surface: "#000000",
        text: "#FFFFFF",
        textMuted: "#FFFF00",
        border: "#FFFFFF",
        primary: "#FFFF00",
        primaryDark: "#FFFFFF",
        textOnPrimary: "#000000",
        header: "#000000",
        headerText: "#FFFF00",
        tile: "#000000",
        tileText: "#FFFF00",
        secondary: "#000000",
        secondaryText: "#FFFFFF",
        danger: "#FF9E9E",
        textOnDanger: "#000000",
        success: "#7CFC9A",
        focusOuter: "#00FFFF",
        focusInner: "#000000",
        scrim: "#E6000000"
    })
    readonly property var colors: highContrast ? highContrastPalette : standardPalette

    // Text/background pairs a screen may use; tests/ui/test_theme_contrast.py
    // checks each one: at least 4.5:1 in the standard theme, 7:1 in high contrast.
    readonly property var textPairs: [
        ["text", "background"], ["text", "surface"],
        ["textMuted", "background"], ["textMuted", "surface"],
        ["textOnPrimary", "primary"], ["textOnPrimary", "primaryDark"],
        ["headerText", "header"], ["tileText", "tile"],
        ["secondaryText", "secondary"], ["danger", "background"],
        ["textOnDanger", "danger"], ["success", "background"],
        ["primary", "background"]
    ]

    readonly property color background: colors.background
    readonly property color surface: colors.surface
    readonly property color text: colors.text
    readonly property color textMuted: colors.textMuted
    readonly property color border: colors.border
    readonly property color primary: colors.primary
    readonly property color primaryDark: colors.primaryDark
    readonly property color textOnPrimary: colors.textOnPrimary
    readonly property color header: colors.header
    readonly property color headerText: colors.headerText
    readonly property color tile: colors.tile
    readonly property color tileText: colors.tileText
    readonly property color secondary: colors.secondary
    readonly property color secondaryText: colors.secondaryText
    readonly property color danger: colors.danger
    readonly property color textOnDanger: colors.textOnDanger
    readonly property color success: colors.success
    readonly property color focusOuter: colors.focusOuter
    readonly property color focusInner: colors.focusInner
    readonly property color scrim: colors.scrim
    // Borders carry meaning in high contrast, where fills are all black.
    readonly property real borderWidth: highContrast ? Math.round(4 * unit) : Math.round(2 * unit)

    // Titillium Web is the PA kit's face; the fallback covers Arabic and Chinese.
    readonly property string fontFamily: Qt.fontFamilies().indexOf("Titillium Web") >= 0
                                         ? "Titillium Web" : "Noto Sans"

    readonly property real fontSmall: Math.round(26 * unit * textScale)
    readonly property real fontBody: Math.round(32 * unit * textScale)
    readonly property real fontButton: Math.round(34 * unit * textScale)
    readonly property real fontTitle: Math.round(50 * unit * textScale)
    readonly property real fontHuge: Math.round(76 * unit * textScale)

    // Touch targets: at least 20 mm on the real screen (EN 301 549 aims, FIELD-NOTES).
    readonly property real touchTarget: Math.max(Math.round(20 * pxPerMm), Math.round(96 * unit))
    readonly property real spacing: Math.round(24 * unit)
    readonly property real spacingSmall: Math.round(12 * unit)
    readonly property real margin: Math.round(40 * unit)
    readonly property real radius: Math.round(14 * unit)
    readonly property real focusWidth: Math.max(4, Math.round(6 * unit))
    readonly property real iconSize: Math.round(72 * unit)

    // Low reach: controls live in the lower part of a portrait screen (EN 301 549
    // clause 8 asks 380-1220 mm from the floor); the top shows information only.
    readonly property real reachTopFraction: lowReach ? 0.42 : 0
}
