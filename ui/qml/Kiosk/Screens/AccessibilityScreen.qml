import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// Accessibility choices for this session only: they reset when it ends.
ScreenPage {
    id: page
    screenName: "accessibility"
    title: qsTr("Accessibility")
    helpText: qsTr("Each option can be turned on or off with the action key. They last until your session ends.")
    firstFocus: contrast

    Column {
        width: parent.width
        spacing: Theme.spacing

        KToggle {
            id: contrast
            objectName: "toggleHighContrast"
            width: parent.width
            text: qsTr("High contrast")
            checked: Access.highContrast
            onToggled: Access.highContrast = checked
        }
        KToggle {
            objectName: "toggleLargeText"
            width: parent.width
            text: qsTr("Large text")
            checked: Access.largeText
            onToggled: Access.largeText = checked
        }
        KToggle {
            objectName: "toggleLowReach"
            width: parent.width
            text: qsTr("Controls within easy reach (lower part of the screen)")
            checked: Access.lowReach
            onToggled: Access.lowReach = checked
        }
        KToggle {
            objectName: "toggleReadAloud"
            width: parent.width
            text: qsTr("Read aloud")
            checked: Access.readAloud
            onToggled: Access.readAloud = checked
        }
        BodyText {
            width: parent.width
            //: %1 is the speech volume in percent
            text: qsTr("Speech volume: %1%").arg(Math.round(Access.volume * 100))
        }
        Row {
            spacing: Theme.spacing
            KButton {
                objectName: "volumeDown"
                kind: "secondary"
                iconName: "minus"
                text: qsTr("Quieter")
                onClicked: Access.changeVolume(-0.1)
            }
            KButton {
                objectName: "volumeUp"
                kind: "secondary"
                iconName: "plus"
                text: qsTr("Louder")
                onClicked: Access.changeVolume(0.1)
            }
        }
        KButton {
            objectName: "tryVoice"
            kind: "secondary"
            text: qsTr("Try the voice")
            onClicked: Speech.help(qsTr("This is how the totem reads aloud."))
        }
        BodyText {
            width: parent.width
            color: Theme.textMuted
            text: qsTr("Keypad: up and down move, the action key selects, Help tells you where you are, Back goes back.")
        }
    }
}
