import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme
import Kiosk.Controls

// The search field with the on-screen keyboard. The catalog behind it arrives
// with the content packs; until then the page says so plainly.
ScreenPage {
    id: page
    screenName: "search"
    title: qsTr("Find a service")
    helpText: qsTr("Type what you are looking for with the on-screen keyboard.")
    firstFocus: field

    Column {
        width: parent.width
        spacing: Theme.spacing

        TextField {
            id: field
            objectName: "searchField"
            width: parent.width
            implicitHeight: Math.max(Theme.touchTarget, contentHeight + 2 * Theme.spacingSmall)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderText: qsTr("For example: identity card, school canteen, waste")
            placeholderTextColor: Theme.textMuted
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search")
            Component.onCompleted: text = Kiosk.typedText("search")
            onTextEdited: Kiosk.setTypedText("search", text)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.background
                border.width: Theme.borderWidth * 1.5
                border.color: Theme.border
                FocusRing { shown: field.activeFocus }
            }
        }
        BodyText {
            objectName: "searchNotice"
            width: parent.width
            text: qsTr("The catalogue of services is coming soon to this totem.")
            color: Theme.textMuted
        }
    }
}
