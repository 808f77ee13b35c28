pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// The technician's PIN pad: big digit keys (touch, or the keypad's arrows and
// Enter, or a keyboard's digits), the PIN shown as dots only, and the gate's
// answer (wrong with attempts left, or locked until when).
FocusScope {
    id: pad
    property string pin: ""
    readonly property string screenName: "maintenancePin"

    function focusFirst() { key1.forceActiveFocus(Qt.OtherFocusReason) }
    function press(digit) {
        Maintenance.touch()
        if (pin.length < 12) pin += digit
    }
    function submit() {
        Maintenance.submitPin(pin)
        pin = ""
    }
    Component.onCompleted: focusFirst()

    Keys.onPressed: function(event) {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            pad.press(event.text)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pad.pin = pad.pin.slice(0, -1)
            event.accepted = true
        }
    }

    Rectangle { anchors.fill: parent; color: Theme.background }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.touchTarget * 8)
        spacing: Theme.spacing

        Heading {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Maintenance")
        }
        BodyText {
            objectName: "pinDots"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontTitle
            // dots for the digits typed, never translated
            text: pad.pin.length > 0 ? "●".repeat(pad.pin.length) : qsTr("Type the PIN")
        }
        BodyText {
            objectName: "pinMessage"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.weight: Font.Bold
            visible: Maintenance.message !== ""
            text: Maintenance.message
            Accessible.role: Accessible.AlertMessage
        }
        Grid {
            columns: 3
            spacing: Theme.spacingSmall
            anchors.horizontalCenter: parent.horizontalCenter
            LayoutMirroring.enabled: false  // a keypad keeps its layout in every language
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: KButton {
                    required property string modelData
                    required property int index
                    objectName: "pinKey" + modelData
                    kind: "secondary"
                    // a digit, never translated
                    text: modelData
                    width: Theme.touchTarget * 2.2
                    onClicked: pad.press(modelData)
                    Component.onCompleted: if (index === 0) pad.key1 = this
                }
            }
            KButton {
                objectName: "pinDelete"
                kind: "secondary"
                width: Theme.touchTarget * 2.2
                text: qsTr("Delete")
                onClicked: { Maintenance.touch(); pad.pin = pad.pin.slice(0, -1) }
            }
            KButton {
                objectName: "pinKey0"
                kind: "secondary"
                width: Theme.touchTarget * 2.2
                // a digit, never translated
                text: "0"
                onClicked: pad.press("0")
            }
            KButton {
                objectName: "pinOk"
                width: Theme.touchTarget * 2.2
                text: qsTr("OK")
                enabled: pad.pin.length >= 4
                onClicked: pad.submit()
            }
        }
        KButton {
            objectName: "pinCancel"
            kind: "secondary"
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Cancel")
            onClicked: Maintenance.cancelPin()
        }
    }
    property Item key1: null
}
