pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// "Forms and bookings": every application and booking the totem can take.
ScreenPage {
    id: page
    screenName: "forms"
    title: qsTr("Forms and bookings")
    helpText: qsTr("Choose a form to fill in or an appointment to book. You will see every answer again before sending.")
    firstFocus: list.count > 0 ? list.itemAt(0) : null
    signal formChosen(string formId)

    Column {
        width: parent.width
        spacing: Theme.spacingSmall
        BodyText {
            width: parent.width
            visible: list.count === 0
            text: qsTr("No forms are available on this totem yet.")
        }
        Repeater {
            id: list
            model: Forms.catalogue
            delegate: ServiceRow {
                required property string formId
                required property string title
                required property string intro
                required property string target
                objectName: "form_" + formId
                width: parent.width
                text: title
                summary: intro
                onClicked: page.formChosen(formId)
            }
        }
    }
}
