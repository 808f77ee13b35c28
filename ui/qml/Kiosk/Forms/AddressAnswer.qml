pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme
import Kiosk.Controls

// A place in the municipality: the street chosen from the pack's list (typing
// a few letters narrows it), then the house number. Never a free address the
// office cannot find.
Column {
    id: answer
    property var streets: []          // [{value, label}]
    property string value: ""         // "Via Roma 12"
    property string accessibleName: ""
    property string accessibleDescription: ""
    signal chosen(string value)
    spacing: Theme.spacingSmall

    // The street part of the value, if it is one of the list's.
    readonly property string street: {
        let best = ""
        for (const s of streets)
            if (value.toLowerCase().startsWith(s.value.toLowerCase()) && s.value.length > best.length)
                best = s.value
        return best
    }
    readonly property string houseNumber: street !== "" ? value.substring(street.length).replace(/^[ ,]+/, "") : ""
    property string filter: ""
    readonly property var matches: {
        const f = filter.trim().toLowerCase()
        const found = []
        for (const s of streets)
            if (f === "" || s.label.toLowerCase().indexOf(f) >= 0)
                found.push(s)
        return found.slice(0, 8)
    }

    function focusFirst() {
        if (street !== "") number.forceActiveFocus(Qt.OtherFocusReason)
        else search.forceActiveFocus(Qt.OtherFocusReason)
    }
    function compose(streetName, num) {
        answer.chosen(num.trim() !== "" ? streetName + " " + num.trim() : streetName)
    }

    BodyText {
        objectName: "chosenStreet"
        width: parent.width
        font.weight: Font.Bold
        text: answer.street !== "" ? qsTr("Street: %1").arg(answer.street) : qsTr("Choose the street from the list.")
    }
    TextField {
        id: search
        objectName: "streetFilter"
        width: parent.width
        implicitHeight: Math.max(Theme.touchTarget, contentHeight + 2 * Theme.spacingSmall)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderText: qsTr("Type part of the street name")
        placeholderTextColor: Theme.textMuted
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.role: Accessible.EditableText
        Accessible.name: answer.accessibleName + ", " + qsTr("street name")
        Accessible.description: answer.accessibleDescription
        onTextEdited: answer.filter = text
        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: Theme.borderWidth * 1.5
            border.color: Theme.border
            FocusRing { shown: search.activeFocus }
        }
    }
    Repeater {
        model: answer.matches
        delegate: ChoiceButton {
            required property var modelData
            required property int index
            objectName: "street_" + index
            width: answer.width
            text: modelData.label
            checked: answer.street === modelData.value
            onClicked: {
                answer.compose(modelData.value, answer.houseNumber)
                number.forceActiveFocus(Qt.OtherFocusReason)
            }
        }
    }
    BodyText {
        width: parent.width
        visible: answer.matches.length === 0
        text: qsTr("No street of the municipality matches: check the spelling.")
    }
    TextField {
        id: number
        objectName: "houseNumber"
        width: Math.min(parent.width, Theme.touchTarget * 4)
        implicitHeight: Math.max(Theme.touchTarget, contentHeight + 2 * Theme.spacingSmall)
        enabled: answer.street !== ""
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        maximumLength: 8
        placeholderText: qsTr("House number")
        placeholderTextColor: Theme.textMuted
        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("House number")
        Component.onCompleted: text = answer.houseNumber
        onTextEdited: answer.compose(answer.street, text)
        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: Theme.borderWidth * 1.5
            border.color: Theme.border
            FocusRing { shown: number.activeFocus }
        }
    }
}
