pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// The page's problems, named: each one a button that takes the focus to its
// field (WCAG 3.3.1, EN 301 549 5.1.3.15). Shown only after "Next" found some.
Rectangle {
    id: summary
    property var model
    signal fieldChosen(string fieldId)
    visible: model && model.count > 0
    height: visible ? column.height + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: Theme.background
    border.width: Theme.borderWidth * 2
    border.color: Theme.danger

    Column {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacingSmall
        BodyText {
            objectName: "errorSummaryTitle"
            width: parent.width
            font.weight: Font.Bold
            text: summary.model && summary.model.count === 1
                  ? qsTr("Please correct one answer:")
                  //: %n is the number of answers to correct
                  : qsTr("Please correct %n answer(s):", "", summary.model ? summary.model.count : 0)
            Accessible.role: Accessible.AlertMessage
        }
        Repeater {
            model: summary.model
            delegate: KButton {
                required property string fieldId
                required property string label
                required property string message
                objectName: "errorLink_" + fieldId
                kind: "secondary"
                width: column.width
                text: label + ": " + message
                onClicked: summary.fieldChosen(fieldId)
            }
        }
    }
}
