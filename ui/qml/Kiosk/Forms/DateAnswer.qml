pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// A date chosen, never typed: day, month and year each with buttons to go
// down and up, within the field's bounds. The whole date is spoken after each
// change, so it can be set by keypad and ear alone.
Column {
    id: answer
    property string value: ""
    property string minDate: ""
    property string maxDate: ""
    property string accessibleName: ""
    property string accessibleDescription: ""
    signal chosen(string value)
    spacing: Theme.spacingSmall

    function parse(iso) {
        const p = iso.split("-")
        return p.length === 3 ? new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2])) : null
    }
    function iso(d) {
        const pad = function(n) { return (n < 10 ? "0" : "") + n }
        return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate())
    }
    readonly property var lo: parse(minDate)
    readonly property var hi: parse(maxDate)
    readonly property var current: value !== "" ? parse(value) : null
    // Where the first press starts: today if allowed, else the nearest bound.
    function start() {
        const today = new Date()
        const d = new Date(today.getFullYear(), today.getMonth(), today.getDate())
        if (lo && d < lo) return lo
        if (hi && d > hi) return hi
        return d
    }
    function shift(unit, delta) {
        const base = current ? new Date(current.getTime()) : start()
        if (current) {
            if (unit === "day") base.setDate(base.getDate() + delta)
            else if (unit === "month") {
                const day = base.getDate()
                base.setDate(1)
                base.setMonth(base.getMonth() + delta)
                const last = new Date(base.getFullYear(), base.getMonth() + 1, 0).getDate()
                base.setDate(Math.min(day, last))
            } else {
                const day = base.getDate(), month = base.getMonth()
                base.setDate(1)
                base.setFullYear(base.getFullYear() + delta)
                const last = new Date(base.getFullYear(), month + 1, 0).getDate()
                base.setMonth(month)
                base.setDate(Math.min(day, last))
            }
        }
        let d = base
        if (lo && d < lo) d = lo
        if (hi && d > hi) d = hi
        answer.chosen(iso(d))
        Speech.say(spoken(d))
    }
    function spoken(d) { return d.toLocaleDateString(Qt.locale(Kiosk.language), "dddd d MMMM yyyy") }
    function focusFirst() { dayRow.downButton.forceActiveFocus(Qt.OtherFocusReason) }

    BodyText {
        objectName: "dateShown"
        width: parent.width
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        text: answer.current ? answer.current.toLocaleDateString(Qt.locale(Kiosk.language), "d MMMM yyyy")
                             : qsTr("No date chosen yet: use the buttons below.")
    }
    component Stepper: Row {
        id: stepper
        property string unit
        property string unitName
        property string shown
        property int big: 0
        property alias downButton: down
        spacing: Theme.spacingSmall
        KButton {
            id: down
            objectName: "earlier_" + stepper.unit
            kind: "secondary"
            iconName: "minus"
            text: ""
            //: %1 is "day", "month" or "year"
            Accessible.name: qsTr("Earlier %1").arg(stepper.unitName)
            Accessible.description: answer.accessibleName + ". " + answer.accessibleDescription
            onClicked: answer.shift(stepper.unit, -1)
        }
        BodyText {
            width: Theme.touchTarget * 2.2
            height: Theme.touchTarget
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            text: stepper.unitName + "\n" + stepper.shown
            Accessible.ignored: true
        }
        KButton {
            objectName: "later_" + stepper.unit
            kind: "secondary"
            iconName: "plus"
            text: ""
            Accessible.name: qsTr("Later %1").arg(stepper.unitName)
            onClicked: answer.shift(stepper.unit, 1)
        }
        KButton {
            visible: stepper.big !== 0
            objectName: "earlier10_" + stepper.unit
            kind: "secondary"
            // a number, never translated
            text: "−10"
            Accessible.name: qsTr("Ten years earlier")
            onClicked: answer.shift(stepper.unit, -10)
        }
        KButton {
            visible: stepper.big !== 0
            objectName: "later10_" + stepper.unit
            kind: "secondary"
            // a number, never translated
            text: "+10"
            Accessible.name: qsTr("Ten years later")
            onClicked: answer.shift(stepper.unit, 10)
        }
    }
    Stepper {
        id: dayRow
        unit: "day"
        unitName: qsTr("day")
        shown: answer.current ? answer.current.getDate() : "–"
    }
    Stepper {
        unit: "month"
        unitName: qsTr("month")
        shown: answer.current ? answer.current.toLocaleDateString(Qt.locale(Kiosk.language), "MMM") : "–"
    }
    Stepper {
        unit: "year"
        unitName: qsTr("year")
        big: 10
        shown: answer.current ? answer.current.getFullYear() : "–"
    }
}
