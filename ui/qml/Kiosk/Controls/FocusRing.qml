import QtQuick
import Kiosk.Theme

// A two-colour ring around the focused control: the outer colour stands out on
// light backgrounds, the inner one on dark ones, so it is visible everywhere.
Item {
    id: ring
    property bool shown: parent ? parent.activeFocus : false
    anchors.fill: parent
    anchors.margins: -Theme.focusWidth * 1.5
    visible: shown
    z: 100

    Rectangle {
        anchors.fill: parent
        color: "transparent"
        radius: Theme.radius + Theme.focusWidth
        border.width: Theme.focusWidth
        border.color: Theme.focusOuter
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusWidth
        color: "transparent"
        radius: Theme.radius
        border.width: Math.max(2, Theme.focusWidth / 2)
        border.color: Theme.focusInner
    }
}
