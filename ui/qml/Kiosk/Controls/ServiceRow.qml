import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme

// One service in a list: its title and summary, the whole row one large button.
Button {
    id: row
    property string summary: ""
    // The title is in the pack's default language: the citizen's is missing.
    property bool fallback: false
    focusPolicy: Qt.StrongFocus
    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 2 * Theme.spacingSmall)
    padding: Theme.spacing
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: summary

    Keys.onReturnPressed: row.clicked()
    Keys.onEnterPressed: row.clicked()

    contentItem: Column {
        id: column
        spacing: Theme.spacingSmall / 2
        Text {
            width: parent.width
            text: row.text
            color: Theme.secondaryText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Text {
            width: parent.width
            visible: text !== ""
            text: row.summary
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.secondary
        border.width: Theme.borderWidth
        border.color: Theme.border
        FocusRing { shown: row.activeFocus }
    }
}
