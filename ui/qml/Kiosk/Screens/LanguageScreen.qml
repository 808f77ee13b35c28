pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// The language picker: each language written in its own words.
ScreenPage {
    id: page
    screenName: "language"
    title: qsTr("Choose your language")
    helpText: qsTr("Move through the languages and press the action key on yours.")
    firstFocus: list.count > 0 ? list.itemAtIndex(0) : null
    signal chosen()

    ListView {
        id: list
        width: parent.width
        height: contentHeight
        interactive: false
        spacing: Theme.spacingSmall
        model: Kiosk.languages
        delegate: KButton {
            required property string code
            required property string nativeName
            required property bool rtl
            required property bool selected
            objectName: "language_" + code
            width: ListView.view.width
            kind: selected ? "primary" : "secondary"
            iconName: selected ? "check" : ""
            text: nativeName
            onClicked: {
                Kiosk.setLanguage(code)
                page.chosen()
            }
        }
    }
}
