import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme

// An on/off choice as one large row: the label, and the state in words as well
// as in colour, so it reads the same in high contrast and aloud.
Button {
    id: toggle
    property string description: ""
    checkable: true
    focusPolicy: Qt.StrongFocus
    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + 2 * Theme.spacingSmall)
    padding: Theme.spacing

    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.description: description
    Accessible.checkable: true
    Accessible.checked: checked

    // Space toggles natively; Enter is the keypad's action key.
    Keys.onReturnPressed: { toggle.toggle(); toggle.toggled() }
    Keys.onEnterPressed: { toggle.toggle(); toggle.toggled() }

    contentItem: Item {
        id: row
        implicitHeight: Math.max(label.implicitHeight, stateBox.implicitHeight)
        Text {
            id: label
            anchors.left: parent.left
            anchors.right: stateBox.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: toggle.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            wrapMode: Text.Wrap
        }
        Rectangle {
            id: stateBox
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            implicitWidth: stateText.implicitWidth + 2 * Theme.spacing
            implicitHeight: stateText.implicitHeight + Theme.spacingSmall
            width: implicitWidth
            height: implicitHeight
            radius: height / 2
            color: toggle.checked ? Theme.primary : Theme.background
            border.width: Theme.borderWidth
            border.color: toggle.checked ? Theme.primary : Theme.border
            Text {
                id: stateText
                anchors.centerIn: parent
                //: state of an on/off accessibility option
                text: toggle.checked ? qsTr("On") : qsTr("Off")
                color: toggle.checked ? Theme.textOnPrimary : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        FocusRing { shown: toggle.activeFocus }
    }
}
