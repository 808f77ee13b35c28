import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme
import Kiosk.Controls

// One answer among several, as a large row: a round mark for a single choice,
// a square one for several; the state is shown by a check as well as colour.
Button {
    id: choice
    property bool multiple: false
    property string description: ""
    checkable: false  // the answer (a binding) decides, not a tap toggling it
    focusPolicy: Qt.StrongFocus
    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + 2 * Theme.spacingSmall)
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    Accessible.role: multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: text
    Accessible.description: description
    Accessible.checkable: true
    Accessible.checked: checked

    Keys.onReturnPressed: choice.clicked()
    Keys.onEnterPressed: choice.clicked()

    contentItem: Item {
        implicitHeight: label.implicitHeight
        Rectangle {
            id: mark
            width: Theme.fontButton * 1.3
            height: width
            radius: choice.multiple ? Theme.radius / 2 : width / 2
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            color: choice.checked ? Theme.primary : Theme.background
            border.width: Theme.borderWidth
            border.color: choice.checked ? Theme.primary : Theme.border
            Icon {
                anchors.centerIn: parent
                visible: choice.checked
                name: "check"
                color: Theme.textOnPrimary
                size: parent.width * 0.8
            }
        }
        Text {
            id: label
            anchors.left: mark.right
            anchors.leftMargin: Theme.spacing
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            text: choice.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            font.weight: choice.checked ? Font.Bold : Font.Normal
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: choice.checked ? Theme.borderWidth * 2 : Theme.borderWidth
        border.color: choice.checked ? Theme.primary : Theme.border
        FocusRing { shown: choice.activeFocus }
    }
}
