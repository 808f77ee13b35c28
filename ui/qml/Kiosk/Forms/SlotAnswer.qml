pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// A booking slot from the office's calendar (asked of the backend when the
// page opens). Offline, the citizen is told how to book otherwise.
Column {
    id: answer
    property string value: ""
    property string chosenLabel: ""
    property string accessibleDescription: ""
    signal chosen(string value)
    spacing: Theme.spacingSmall
    property int shown: 12

    function focusFirst() {
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i)
            if (item && item.checked) { item.forceActiveFocus(Qt.OtherFocusReason); return }
        }
        if (repeater.count > 0) repeater.itemAt(0).forceActiveFocus(Qt.OtherFocusReason)
        else if (more.visible) more.forceActiveFocus(Qt.OtherFocusReason)
        else if (Forms.slotsState === "offline") retry.forceActiveFocus(Qt.OtherFocusReason)
    }

    BodyText {
        objectName: "slotsState"
        width: parent.width
        visible: text !== ""
        text: Forms.slotsState === "loading" ? qsTr("Asking the office for free times…")
            : Forms.slotsState === "offline" ? (Forms.officePhone !== ""
                ? qsTr("The office's calendar cannot be reached right now. Please try again later, or book by phone at %1.").arg(Forms.officePhone)
                : qsTr("The office's calendar cannot be reached right now. Please try again later."))
            : Forms.slotsState === "empty" ? qsTr("There are no free times in the coming weeks.")
            : answer.chosenLabel !== "" ? qsTr("Chosen: %1").arg(answer.chosenLabel) : ""
        Accessible.role: Accessible.AlertMessage
    }
    Repeater {
        id: repeater
        model: Forms.slots
        delegate: ChoiceButton {
            required property string slotId
            required property string day
            required property string time
            required property string place
            required property int index
            objectName: "slot_" + index
            visible: index < answer.shown
            width: answer.width
            text: day + ", " + time + (place !== "" ? "\n" + place : "")
            description: answer.accessibleDescription
            checked: answer.value === slotId
            onClicked: answer.chosen(slotId)
        }
    }
    KButton {
        id: retry
        objectName: "retrySlots"
        kind: "secondary"
        visible: Forms.slotsState === "offline"
        text: qsTr("Try again")
        onClicked: Forms.reloadSlots()
    }
    KButton {
        id: more
        objectName: "moreSlots"
        kind: "secondary"
        visible: repeater.count > answer.shown
        text: qsTr("Show later times")
        onClicked: answer.shown += 12
    }
}
