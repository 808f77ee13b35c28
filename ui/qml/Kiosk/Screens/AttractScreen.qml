import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// Shown while nobody uses the totem. A greeting changes every few seconds:
// one timer and no animation, because every animated frame of a full-screen
// window costs CPU that an idle kiosk should not spend. Any touch or key
// starts a session.
FocusScope {
    id: attract
    property string screenName: "attract"
    signal startRequested()

    // Greetings in the kiosk's languages, each in its own words (not translated).
    readonly property var greetings: ["Benvenuti", "Welcome", "Bienvenue", "Bienvenidos",
                                      "أهلاً وسهلاً", "欢迎", "Bun venit", "Ласкаво просимо"]
    property int greetingIndex: 0

    function focusFirst() { attract.forceActiveFocus(Qt.OtherFocusReason) }

    Rectangle { anchors.fill: parent; color: Theme.header }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.margin

        Text {
            objectName: "municipalityName"
            width: parent.width
            text: Kiosk.municipality
            color: Theme.headerText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Text {
            id: greeting
            objectName: "greeting"
            width: parent.width
            text: attract.greetings[attract.greetingIndex]
            color: Theme.headerText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "touchToStart"
            width: parent.width
            //: attract screen call to action
            text: qsTr("Touch the screen to start")
            color: Theme.headerText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            //: attract screen, for keypad users
            text: qsTr("or press any key")
            color: Theme.headerText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
        }
    }

    Timer {
        interval: 5000
        repeat: true
        running: attract.visible
        onTriggered: attract.greetingIndex = (attract.greetingIndex + 1) % attract.greetings.length
    }

    TapHandler { onTapped: attract.startRequested() }
    Keys.onPressed: function(event) {
        event.accepted = true
        attract.startRequested()
    }
}
