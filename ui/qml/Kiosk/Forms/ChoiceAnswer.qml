pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

// Choose one (choice, yes/no) or several (multi_choice) answers from a list.
Column {
    id: answer
    property string fieldId: ""
    property var options: []
    property var value: multiple ? [] : ""
    property bool multiple: false
    property string accessibleDescription: ""
    signal chosen(var value)
    spacing: Theme.spacingSmall

    function focusFirst() {
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i)
            if (item.checked) { item.forceActiveFocus(Qt.OtherFocusReason); return }
        }
        if (repeater.count > 0)
            repeater.itemAt(0).forceActiveFocus(Qt.OtherFocusReason)
    }
    function isChosen(v) {
        if (answer.multiple)
            return Array.isArray(answer.value) && answer.value.indexOf(v) >= 0
        return answer.value === v
    }

    Repeater {
        id: repeater
        model: answer.options
        delegate: ChoiceButton {
            required property var modelData
            required property int index
            objectName: "option_" + answer.fieldId + "_" + index
            width: answer.width
            multiple: answer.multiple
            text: modelData.label
            description: answer.accessibleDescription
            checked: answer.isChosen(modelData.value)
            onClicked: {
                if (!answer.multiple) {
                    answer.chosen(modelData.value)
                    return
                }
                let list = Array.isArray(answer.value) ? answer.value.slice() : []
                const at = list.indexOf(modelData.value)
                if (at >= 0) list.splice(at, 1)
                else list.push(modelData.value)
                answer.chosen(list)
            }
        }
    }
}
