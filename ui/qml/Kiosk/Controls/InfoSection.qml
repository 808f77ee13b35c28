import QtQuick
import Kiosk.Theme

// A titled block of a page. It takes the keypad's focus, so a keypad user can
// move through a long page section by section, and reads as one text aloud.
FocusScope {
    id: section
    property string title: ""
    property string body: ""
    // Lines shown as a list under the body (steps, documents).
    property var items: []
    property bool numbered: false
    default property alias extra: more.data

    width: parent ? parent.width : 0
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    height: implicitHeight
    // Hidden when the pack says nothing here; a section with extra content sets it itself.
    visible: body !== "" || items.length > 0
    // Invisible sections are skipped by the focus chain anyway; binding this to
    // visibility would warn when a focused section empties.
    activeFocusOnTab: true

    Accessible.role: Accessible.StaticText
    Accessible.name: title + ". " + body + " " + items.join(". ")

    Column {
        id: column
        x: Theme.spacingSmall
        y: Theme.spacingSmall
        width: parent.width - 2 * Theme.spacingSmall
        spacing: Theme.spacingSmall
        Text {
            width: parent.width
            text: section.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(Theme.fontBody * 1.15)
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        BodyText {
            width: parent.width
            visible: text !== ""
            text: section.body
        }
        Repeater {
            model: section.items
            delegate: BodyText {
                required property string modelData
                required property int index
                width: column.width
                text: (section.numbered ? (index + 1) + ". " : "• ") + modelData
                leftPadding: Theme.spacing
            }
        }
        Column {
            id: more
            width: parent.width
            spacing: Theme.spacingSmall
        }
    }
    FocusRing { shown: section.activeFocus }
}
