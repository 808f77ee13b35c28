import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// One question of a form page: its label, help, error (next to the field, in
// words and with a red edge) and the control that fits its type.
FocusScope {
    id: block
    required property string fieldId
    required property string kind
    required property string label
    required property string help
    required property bool required
    required property bool personal
    required property var value
    required property string error
    required property var options
    required property bool prefilled
    required property int maxLength
    required property string minDate
    required property string maxDate

    objectName: "field_" + fieldId
    height: column.height

    readonly property string accessibleName: label + (required ? ", " + qsTr("required") : "")
    readonly property string accessibleDescription: [help, error !== "" ? qsTr("Error: %1").arg(error) : ""]
        .filter(function(t) { return t !== "" }).join(". ")

    function focusControl() { if (loader.item) loader.item.focusFirst() }

    Rectangle {
        // The error edge: a bar at the start of the block, mirrored in RTL.
        visible: block.error !== ""
        width: Theme.borderWidth * 3
        height: column.height
        x: block.mirrored ? block.width + Theme.spacingSmall : -Theme.spacingSmall - width
        color: Theme.danger
    }
    readonly property bool mirrored: Kiosk.rtl

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacingSmall

        BodyText {
            width: parent.width
            font.weight: Font.Bold
            text: block.label + (block.required ? "" : "  " + qsTr("(optional)"))
        }
        BodyText {
            width: parent.width
            visible: block.help !== ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: block.help
        }
        BodyText {
            objectName: "prefilledNote"
            width: parent.width
            visible: block.prefilled
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Filled in from your health card: check it.")
        }
        BodyText {
            objectName: "fieldError"
            width: parent.width
            visible: block.error !== ""
            font.weight: Font.Bold
            // a warning sign, never translated, before the translated message
            text: "⚠ " + block.error
            Accessible.role: Accessible.AlertMessage
        }
        Loader {
            id: loader
            width: parent.width
            focus: true
            sourceComponent: {
                switch (block.kind) {
                case "choice": return choiceAnswer
                case "multi_choice": return choiceAnswer
                case "yes_no": return yesNoAnswer
                case "consent": return consentAnswer
                case "date": return dateAnswer
                case "address": return addressAnswer
                case "booking_slot": return slotAnswer
                }
                return textAnswer
            }
        }
    }

    Component {
        id: textAnswer
        TextAnswer {
            width: parent ? parent.width : 0
            fieldId: block.fieldId
            kind: block.kind
            value: block.value === undefined || block.value === null ? "" : String(block.value)
            personal: block.personal
            maxLength: block.maxLength
            accessibleName: block.accessibleName
            accessibleDescription: block.accessibleDescription
            onEdited: function(text) { Forms.setAnswer(block.fieldId, text) }
        }
    }
    Component {
        id: choiceAnswer
        ChoiceAnswer {
            width: parent ? parent.width : 0
            fieldId: block.fieldId
            options: block.options
            multiple: block.kind === "multi_choice"
            value: block.value
            accessibleDescription: block.accessibleName + ". " + block.accessibleDescription
            onChosen: function(v) { Forms.setAnswer(block.fieldId, v) }
        }
    }
    Component {
        id: yesNoAnswer
        ChoiceAnswer {
            width: parent ? parent.width : 0
            fieldId: block.fieldId
            options: [{ value: true, label: qsTr("Yes") }, { value: false, label: qsTr("No") }]
            value: block.value
            accessibleDescription: block.accessibleName + ". " + block.accessibleDescription
            onChosen: function(v) { Forms.setAnswer(block.fieldId, v) }
        }
    }
    Component {
        id: consentAnswer
        Column {
            width: parent ? parent.width : 0
            spacing: Theme.spacingSmall
            function focusFirst() { readNotice.forceActiveFocus(Qt.OtherFocusReason) }
            Rectangle {
                width: parent.width
                height: notice.height + 2 * Theme.spacing
                visible: Forms.privacyNotice !== ""
                color: Theme.surface
                radius: Theme.radius
                border.width: Theme.borderWidth
                border.color: Theme.border
                BodyText {
                    id: notice
                    objectName: "privacyNotice"
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    font.pixelSize: Theme.fontSmall
                    text: Forms.privacyNotice
                }
            }
            KButton {
                id: readNotice
                objectName: "readNotice"
                kind: "secondary"
                iconName: "help"
                visible: Forms.privacyNotice !== ""
                text: qsTr("Read the privacy notice aloud")
                onClicked: Speech.help(Forms.privacyNotice)
            }
            ChoiceButton {
                objectName: "consentChoice"
                width: parent.width
                multiple: true
                text: block.label
                description: block.accessibleDescription
                checked: block.value === true
                onClicked: Forms.setAnswer(block.fieldId, !(block.value === true))
            }
        }
    }
    Component {
        id: dateAnswer
        DateAnswer {
            width: parent ? parent.width : 0
            value: block.value ? String(block.value) : ""
            minDate: block.minDate
            maxDate: block.maxDate
            accessibleName: block.accessibleName
            accessibleDescription: block.accessibleDescription
            onChosen: function(v) { Forms.setAnswer(block.fieldId, v) }
        }
    }
    Component {
        id: addressAnswer
        AddressAnswer {
            width: parent ? parent.width : 0
            streets: block.options
            value: block.value ? String(block.value) : ""
            accessibleName: block.accessibleName
            accessibleDescription: block.accessibleDescription
            onChosen: function(v) { Forms.setAnswer(block.fieldId, v) }
        }
    }
    Component {
        id: slotAnswer
        SlotAnswer {
            width: parent ? parent.width : 0
            value: block.value ? String(block.value) : ""
            chosenLabel: block.options.length > 0 ? block.options[0].label : ""
            accessibleDescription: block.accessibleName + ". " + block.accessibleDescription
            onChosen: function(v) { Forms.setAnswer(block.fieldId, v) }
        }
    }
}
