import QtQuick
import Kiosk.Theme

// Running text in the Theme's body size and colour.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    wrapMode: Text.Wrap
    // Explicit, so that right-to-left layouts mirror it.
    horizontalAlignment: Text.AlignLeft
    lineHeight: 1.2
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
