import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// An honest page for a feature this totem does not offer yet.
ScreenPage {
    id: page
    property string feature: ""
    screenName: "comingSoon"
    title: feature
    helpText: qsTr("This service is not available on this totem yet.")
    firstFocus: homeButton
    signal homeRequested()

    Column {
        width: parent.width
        spacing: Theme.spacing
        BodyText {
            objectName: "comingSoonText"
            width: parent.width
            text: qsTr("This service is coming soon to this totem.")
            font.weight: Font.Bold
        }
        BodyText {
            width: parent.width
            text: qsTr("In the meantime you can ask at the municipality's public relations office (URP) or use the municipality's website.")
        }
        KButton {
            id: homeButton
            objectName: "comingSoonHome"
            iconName: "home"
            text: qsTr("Back to the home screen")
            onClicked: page.homeRequested()
        }
    }
}
