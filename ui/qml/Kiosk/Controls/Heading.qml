import QtQuick
import Kiosk.Theme

// A screen or section title; wraps rather than clips at 200% text.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    font.weight: Font.Bold
    wrapMode: Text.Wrap
    // Explicit, so that right-to-left layouts mirror it.
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
