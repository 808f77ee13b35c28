import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme
import Kiosk.Controls

// A typed answer. The on-screen keyboard opens with the layout that fits the
// field: digits for numbers and CAP, a dial pad for phones, capitals for codes.
FocusScope {
    id: answer
    property string fieldId: ""
    property string kind: "short_text"
    property string value: ""
    property string accessibleName: ""
    property string accessibleDescription: ""
    property bool personal: false
    property int maxLength: 200
    signal edited(string text)
    implicitHeight: loader.item ? loader.item.implicitHeight : Theme.touchTarget

    // An answer filled in from elsewhere (the card) reaches the field; typing does not loop back.
    onValueChanged: if (loader.item && loader.item.text !== value) loader.item.text = value

    function focusFirst() { if (loader.item) loader.item.forceActiveFocus(Qt.OtherFocusReason) }

    readonly property int hints: {
        let h = Qt.ImhNoPredictiveText
        if (personal)
            h |= Qt.ImhSensitiveData
        switch (kind) {
        case "number": return h | Qt.ImhFormattedNumbersOnly
        case "cap": return h | Qt.ImhDigitsOnly
        case "phone": return h | Qt.ImhDialableCharactersOnly
        case "email": return h | Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        case "codice_fiscale":
        case "iban": return h | Qt.ImhUppercaseOnly | Qt.ImhLatinOnly | Qt.ImhNoAutoUppercase
        }
        return h
    }

    Loader {
        id: loader
        width: parent.width
        focus: true
        sourceComponent: answer.kind === "long_text" ? area : line
    }
    Component {
        id: line
        TextField {
            objectName: "input_" + answer.fieldId
            width: parent ? parent.width : 0
            implicitHeight: Math.max(Theme.touchTarget, contentHeight + 2 * Theme.spacingSmall)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            maximumLength: answer.maxLength
            inputMethodHints: answer.hints
            Accessible.role: Accessible.EditableText
            Accessible.name: answer.accessibleName
            Accessible.description: answer.accessibleDescription
            Component.onCompleted: text = answer.value
            onTextEdited: answer.edited(text)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.background
                border.width: Theme.borderWidth * 1.5
                border.color: Theme.border
                FocusRing { shown: parent.parent.activeFocus }
            }
        }
    }
    Component {
        id: area
        TextArea {
            objectName: "input_" + answer.fieldId
            width: parent ? parent.width : 0
            implicitHeight: Math.max(Theme.touchTarget * 2, contentHeight + 2 * Theme.spacingSmall)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: TextEdit.Wrap
            inputMethodHints: answer.hints
            Accessible.role: Accessible.EditableText
            Accessible.name: answer.accessibleName
            Accessible.description: answer.accessibleDescription
            Component.onCompleted: text = answer.value
            onTextChanged: {
                if (length > answer.maxLength)
                    remove(answer.maxLength, length)
                if (text !== answer.value)
                    answer.edited(text)
            }
            background: Rectangle {
                radius: Theme.radius
                color: Theme.background
                border.width: Theme.borderWidth * 1.5
                border.color: Theme.border
                FocusRing { shown: parent.parent.activeFocus }
            }
        }
    }
}
