pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// Shown instead of the attract screen while the totem is out of service (the
// municipality's remote setting, or a technician's): a polite notice in the
// kiosk's languages, and where to go instead. A touch starts nothing.
FocusScope {
    id: page
    property string screenName: "outOfService"
    readonly property var place: Catalog.helpDesk.place || ({})
    // "Out of service" in each language, in its own words (not translated).
    readonly property var notices: ["Fuori servizio", "Out of service", "Hors service",
                                    "Fuera de servicio", "خارج الخدمة", "暂停服务",
                                    "Scos din uz", "Не працює"]

    function focusFirst() { page.forceActiveFocus(Qt.OtherFocusReason) }

    Rectangle { anchors.fill: parent; color: Theme.background }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        Heading {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Kiosk.municipality
        }
        BodyText {
            objectName: "outOfServiceTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontHuge
            font.weight: Font.Bold
            text: qsTr("This totem is out of service")
        }
        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textMuted
            // the same notice in every language, never translated
            text: page.notices.join("  ·  ")
        }
        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("We are sorry. You can get the same services here:")
        }
        Rectangle {
            objectName: "helpDesk"
            width: parent.width
            visible: page.place.name !== undefined
            height: visible ? helpColumn.height + 2 * Theme.spacing : 0
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            Column {
                id: helpColumn
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall
                BodyText { width: parent.width; font.weight: Font.Bold; text: page.place.name || "" }
                BodyText { width: parent.width; text: page.place.address || "" }
                BodyText {
                    width: parent.width
                    visible: !!page.place.hasHours
                    text: page.place.open ? qsTr("Open now, closes at %1").arg(page.place.closesAt || "")
                                          : qsTr("Closed now")
                }
            }
        }
        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: !!Catalog.helpDesk.phone
            text: qsTr("Phone: %1").arg(Catalog.helpDesk.phone || "")
        }
        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: !!Catalog.helpDesk.website
            text: qsTr("Online: %1").arg(Catalog.helpDesk.website || "")
        }
    }
}
