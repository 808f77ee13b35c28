import QtQuick
import QtQuick.Layouts
import Kiosk.Theme
import Kiosk.Controls

// The home screen: one large tile per thing a citizen comes for.
ScreenPage {
    id: home
    screenName: "home"
    title: Kiosk.municipality
    helpText: qsTr("Choose what you need. Use the up and down keys to move between the tiles and the action key to open one.")
    firstFocus: grid.children[0]
    signal open(string target)

    BodyText {
        id: intro
        width: parent.width
        //: home screen greeting under the municipality's name
        text: qsTr("How can we help you today?")
        color: Theme.textMuted
    }

    GridLayout {
        id: grid
        anchors.top: intro.bottom
        anchors.topMargin: Theme.spacing
        width: parent.width
        // Portrait: two columns; landscape: four, so every tile fits without
        // scrolling. One column fewer at 200% text.
        columns: Math.max(1, (home.width > 1700 ? 4 : home.width > 1200 ? 3 : home.width >= 700 ? 2 : 1)
                             - (Theme.textScale > 1 ? 1 : 0))
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        // Equal columns whatever the labels' lengths.
        readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns

        Tile {
            objectName: "tile_search"
            Layout.preferredWidth: grid.cellWidth
            iconName: "search"
            text: qsTr("Find a service")
            subtitle: qsTr("What the city offers, who to ask, where and when")
            onClicked: home.open("search")
        }
        Tile {
            objectName: "tile_pay"
            Layout.preferredWidth: grid.cellWidth
            iconName: "pay"
            text: qsTr("Pay a pagoPA notice")
            subtitle: qsTr("Type or scan the notice, pay by card")
            onClicked: home.open("pay")
        }
        Tile {
            objectName: "tile_forms"
            Layout.preferredWidth: grid.cellWidth
            iconName: "forms"
            text: qsTr("Forms and bookings")
            subtitle: qsTr("Applications, enrolments, appointments")
            onClicked: home.open("forms")
        }
        Tile {
            objectName: "tile_report"
            Layout.preferredWidth: grid.cellWidth
            iconName: "report"
            text: qsTr("Report a problem")
            subtitle: qsTr("Potholes, street lights, abandoned waste")
            onClicked: home.open("report")
        }
        Tile {
            objectName: "tile_welcome"
            Layout.preferredWidth: grid.cellWidth
            iconName: "welcome"
            text: qsTr("New in town / Welcome")
            subtitle: qsTr("Your first steps: residence, health, school, language courses")
            onClicked: home.open("welcome")
        }
        Tile {
            objectName: "tile_accessibility"
            Layout.preferredWidth: grid.cellWidth
            accent: false
            iconName: "accessibility"
            text: qsTr("Accessibility")
            subtitle: qsTr("Larger text, high contrast, read aloud")
            onClicked: home.open("accessibility")
        }
        Tile {
            objectName: "tile_language"
            Layout.preferredWidth: grid.cellWidth
            accent: false
            iconName: "language"
            //: keep "Lingua / Language" so that everybody recognises it
            text: qsTr("Language / Lingua")
            // Each language in its own words: never translated.
            subtitle: "Italiano, English, Français, Español, العربية, 中文, Română, Українська"
            onClicked: home.open("language")
        }
    }
}
