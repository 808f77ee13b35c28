pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// "Nuovi cittadini / Benvenuto": the first steps of a new resident, in order,
// each leading to its service page.
ScreenPage {
    id: page
    screenName: "welcome"
    title: Catalog.welcomeTitle !== "" ? Catalog.welcomeTitle : qsTr("New in town / Welcome")
    helpText: qsTr("The first steps for new residents, in order. Choose a step to see where to go and what to bring.")
    firstFocus: steps.count > 0 ? steps.itemAt(0) : homeButton
    signal serviceChosen(string serviceId)
    signal homeRequested()

    Column {
        width: parent.width
        spacing: Theme.spacing
        BodyText {
            width: parent.width
            visible: text !== ""
            text: Catalog.welcomeIntro
        }
        // A pack without a welcome path: say so, and offer the way back.
        BodyText {
            objectName: "welcomeMissing"
            width: parent.width
            visible: steps.count === 0
            text: qsTr("The guide for new residents is not available on this totem yet. The public relations office (URP) can help you.")
        }
        KButton {
            id: homeButton
            objectName: "welcomeHome"
            visible: steps.count === 0
            iconName: "home"
            text: qsTr("Back to the home screen")
            onClicked: page.homeRequested()
        }
        Repeater {
            id: steps
            model: Catalog.welcomeSteps
            delegate: ServiceRow {
                required property string stepId
                required property string title
                required property string stepText
                required property string serviceId
                required property int index
                required fallback
                objectName: "step_" + stepId
                width: parent.width
                text: (index + 1) + ". " + title
                summary: stepText
                onClicked: if (serviceId !== "") page.serviceChosen(serviceId)
            }
        }
    }
}
