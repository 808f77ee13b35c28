import QtQuick
import Kiosk.Theme

// Back, Home, Help and End: always in the same place, at the top or (low reach)
// at the bottom of the screen.
Rectangle {
    id: bar
    property bool canGoBack: false
    property bool atHome: false
    signal backClicked()
    signal homeClicked()
    signal helpClicked()
    signal endClicked()

    color: Theme.surface
    height: Math.max(leading.height, trailing.height) + 2 * Theme.spacingSmall
    border.width: Theme.highContrast ? Theme.borderWidth : 0
    border.color: Theme.border

    // Two groups that wrap onto two lines when large text makes them too wide.
    Flow {
        id: leading
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        y: Theme.spacingSmall
        width: Math.max(0, (bar.width - 2 * Theme.margin - Theme.spacingSmall) / 2)
        spacing: Theme.spacingSmall

        KButton {
            objectName: "navBack"
            kind: "secondary"
            iconName: "back"
            visible: bar.canGoBack
            //: navigation bar: go to the previous screen
            text: qsTr("Back")
            onClicked: bar.backClicked()
        }
        KButton {
            objectName: "navHome"
            kind: "secondary"
            iconName: "home"
            visible: !bar.atHome
            //: navigation bar: go to the home screen
            text: qsTr("Home")
            onClicked: bar.homeClicked()
        }
    }
    Flow {
        id: trailing
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        y: Theme.spacingSmall
        width: leading.width
        spacing: Theme.spacingSmall
        // Hugs the far edge (mirrored with the layout in right-to-left languages).
        layoutDirection: Qt.RightToLeft
        KButton {
            objectName: "navHelp"
            kind: "secondary"
            iconName: "help"
            //: navigation bar: hear where you are and what you can do
            text: qsTr("Help")
            onClicked: bar.helpClicked()
        }
        KButton {
            objectName: "navEnd"
            kind: "danger"
            iconName: "end"
            //: navigation bar: end the session, wiping everything
            text: qsTr("End")
            description: qsTr("Ends your session and clears everything you entered")
            onClicked: bar.endClicked()
        }
    }
}
