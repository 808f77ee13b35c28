import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme

// "Do you need more time?": shown after the inactivity period, with a visible
// countdown (at least 20 s) and one large button to continue, as often as needed.
Popup {
    id: dialog
    property int secondsLeft: 0
    signal continueClicked()
    signal endClicked()

    readonly property string question: qsTr("Do you need more time?")
    readonly property string countdownText:
        //: %n is the number of seconds before the session ends
        qsTr("Your session will end in %n second(s) and everything you entered will be cleared.", "", secondsLeft)

    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 800, 900 * Theme.unit)
    padding: Theme.margin

    onOpened: continueButton.forceActiveFocus(Qt.OtherFocusReason)

    Overlay.modal: Rectangle { color: Theme.scrim }

    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
        border.width: Theme.borderWidth * 2
        border.color: Theme.border
    }

    contentItem: Column {
        spacing: Theme.spacing
        Heading {
            width: parent.width
            text: dialog.question
        }
        BodyText {
            objectName: "countdown"
            width: parent.width
            text: dialog.countdownText
        }
        KButton {
            id: continueButton
            objectName: "continueSession"
            width: parent.width
            //: the one large button that extends the session
            text: qsTr("Yes, continue")
            onClicked: dialog.continueClicked()
        }
        KButton {
            objectName: "endSessionNow"
            width: parent.width
            kind: "secondary"
            text: qsTr("No, I am done")
            onClicked: dialog.endClicked()
        }
    }
}
