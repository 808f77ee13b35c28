import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme

// A large home-screen tile: icon, title and one line of explanation.
Button {
    id: tile
    property string iconName: ""
    property string subtitle: ""
    property bool accent: true

    focusPolicy: Qt.StrongFocus
    implicitHeight: Math.max(Theme.touchTarget * 1.6, column.implicitHeight + 2 * Theme.spacing)
    padding: Theme.spacing

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: subtitle

    Keys.onReturnPressed: tile.clicked()
    Keys.onEnterPressed: tile.clicked()

    readonly property color labelColor: accent ? Theme.tileText : Theme.secondaryText

    contentItem: Column {
        id: column
        spacing: Theme.spacingSmall
        Icon {
            name: tile.iconName
            color: tile.labelColor
            size: Theme.iconSize
            visible: tile.iconName !== ""
        }
        Text {
            width: parent.width
            text: tile.text
            color: tile.labelColor
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Text {
            width: parent.width
            text: tile.subtitle
            visible: text !== ""
            color: tile.labelColor
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: tile.accent ? (tile.down ? Theme.primaryDark : Theme.tile) : Theme.secondary
        border.width: Theme.borderWidth
        border.color: tile.accent && !Theme.highContrast ? Theme.tile : Theme.border
        FocusRing { shown: tile.activeFocus }
    }
}
