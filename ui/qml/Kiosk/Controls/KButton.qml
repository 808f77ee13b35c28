import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme

// The kiosk's button: at least one touch target in each direction, a visible
// focus ring, activated by touch, Enter or Space, and a name for speech.
Button {
    id: control
    // "primary", "secondary" or "danger"
    property string kind: "primary"
    property string iconName: ""
    // What Help and read-aloud say besides the label.
    property string description: ""

    readonly property color fillColor: kind === "danger" ? Theme.danger
                                     : kind === "secondary" ? Theme.secondary : Theme.primary
    readonly property color labelColor: kind === "danger" ? Theme.textOnDanger
                                      : kind === "secondary" ? Theme.secondaryText : Theme.textOnPrimary

    readonly property real iconPx: Math.min(Theme.iconSize * 0.6, Theme.fontButton * 1.2)
    readonly property real iconSpace: iconName !== "" ? iconPx + Theme.spacingSmall : 0
    // Never wider than the window: a long label at 200% text wraps instead.
    readonly property real maxWidth: control.Window.width > 0 ? control.Window.width - 2 * Theme.margin : 100000

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 2 * Theme.spacingSmall)
    // From the label's natural width, not its laid-out width: no binding loop.
    implicitWidth: Math.min(maxWidth, Math.max(Theme.touchTarget * 2,
                            label.implicitWidth + iconSpace + leftPadding + rightPadding + 1))
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: description

    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Row {
        spacing: Theme.spacingSmall
        layoutDirection: control.mirrored ? Qt.RightToLeft : Qt.LeftToRight
        Icon {
            visible: control.iconName !== ""
            name: control.iconName
            color: control.labelColor
            size: control.iconPx
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            id: label
            text: control.text
            color: control.labelColor
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            // Wraps only when the button is given less room than its label needs.
            width: Math.min(implicitWidth + 1, Math.max(0, control.availableWidth - control.iconSpace))
            horizontalAlignment: Text.AlignHCenter
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Qt.darker(control.fillColor, 1.15) : control.fillColor
        border.width: Theme.borderWidth
        border.color: control.kind === "secondary" || Theme.highContrast ? Theme.border : control.fillColor
        FocusRing { shown: control.activeFocus }
    }
}
