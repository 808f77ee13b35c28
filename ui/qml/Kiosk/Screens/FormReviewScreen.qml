pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// Every answer before sending, each with a way back to change it, the privacy
// notice if the form has one, and an explicit "Send" (WCAG 3.3.4).
ScreenPage {
    id: page
    screenName: "formReview"
    title: qsTr("Check your answers")
    helpText: qsTr("Here is everything you entered. Choose Change next to an answer to correct it, then Send.")
    // The keypad lands where the next action is: the notice to accept, else Send.
    firstFocus: Forms.privacyPending ? acceptPrivacy : sendButton
    signal editRequested()

    function handleBack() {
        Forms.back()
        page.editRequested()
        return true
    }

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacing

        BodyText {
            width: parent.width
            font.weight: Font.Bold
            text: Forms.title
        }
        Repeater {
            model: Forms.review
            delegate: Rectangle {
                id: row
                required property string fieldId
                required property string label
                required property string text
                required property int pageNumber
                required property bool personal
                objectName: "review_" + fieldId
                width: column.width
                height: rowColumn.height + 2 * Theme.spacingSmall
                color: Theme.surface
                radius: Theme.radius
                border.width: 1
                border.color: Theme.border
                Column {
                    id: rowColumn
                    x: Theme.spacing
                    y: Theme.spacingSmall
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacingSmall / 2
                    BodyText {
                        width: parent.width
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: row.label
                    }
                    BodyText {
                        width: parent.width
                        font.weight: Font.Bold
                        text: row.text
                    }
                    KButton {
                        objectName: "change_" + row.fieldId
                        kind: "secondary"
                        text: qsTr("Change")
                        description: row.label
                        // Personal answers go to the headset only; the loudspeaker says the label.
                        onActiveFocusChanged: if (activeFocus) {
                            if (row.personal) Speech.sayPrivate(row.label + ": " + row.text)
                            else Speech.say(row.label + ": " + row.text)
                        }
                        onClicked: {
                            Forms.editPage(row.pageNumber)
                            page.editRequested()
                        }
                    }
                }
            }
        }

        Rectangle {
            objectName: "privacyBox"
            width: parent.width
            visible: Forms.privacyNotice !== ""
            height: visible ? privacyColumn.height + 2 * Theme.spacing : 0
            radius: Theme.radius
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.border
            Column {
                id: privacyColumn
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall
                Heading {
                    width: parent.width
                    font.pixelSize: Theme.fontBody
                    text: qsTr("Privacy notice")
                }
                BodyText {
                    width: parent.width
                    font.pixelSize: Theme.fontSmall
                    text: Forms.privacyNotice
                }
                KButton {
                    objectName: "readPrivacy"
                    kind: "secondary"
                    iconName: "help"
                    text: qsTr("Read the privacy notice aloud")
                    onClicked: Speech.help(Forms.privacyNotice)
                }
                KToggle {
                    id: acceptPrivacy
                    objectName: "acceptPrivacy"
                    width: parent.width
                    text: qsTr("I have read the privacy notice")
                    checked: !Forms.privacyPending
                    onToggled: Forms.setPrivacyAccepted(checked)
                }
            }
        }
        BodyText {
            objectName: "sendFailed"
            width: parent.width
            visible: Forms.sendFailed
            font.weight: Font.Bold
            text: qsTr("The request could not be saved on this totem. Nothing was sent: please try again, or ask at the office.")
            Accessible.role: Accessible.AlertMessage
        }
        BodyText {
            objectName: "privacyReminder"
            width: parent.width
            visible: Forms.privacyPending
            font.weight: Font.Bold
            text: qsTr("To send, confirm that you have read the privacy notice.")
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing
            KButton {
                objectName: "reviewBack"
                kind: "secondary"
                iconName: "back"
                text: qsTr("Change answers")
                onClicked: page.handleBack()
            }
            KButton {
                id: sendButton
                objectName: "formSend"
                iconName: "check"
                enabled: !Forms.privacyPending && Forms.phase === "review"
                text: qsTr("Send")
                description: qsTr("Sends the form to the municipality and prints your receipt.")
                // The receipt screen follows once the form is safely stored (Session.qml).
                onClicked: Forms.submit()
            }
        }
    }
}
