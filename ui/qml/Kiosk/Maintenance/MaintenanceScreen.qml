pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// What a technician sees and does: status, devices and their tests, receipts to
// reprint, actions, a keypad and touch test, logs and the audit trail. Every
// action is audited by the gate before it runs; two minutes without input close
// maintenance by themselves.
ScreenPage {
    id: page
    screenName: "maintenance"
    title: qsTr("Maintenance")
    helpText: qsTr("Status, device tests, actions and logs. Exit maintenance when you are done.")
    firstFocus: exitButton
    readonly property var status: Maintenance.status

    function yesNo(value) {
        return value === true ? qsTr("yes") : value === false ? qsTr("no") : qsTr("unknown")
    }
    function mb(bytes) { return bytes === null || bytes === undefined ? "?" : Math.round(bytes / 1048576) + " MB" }

    // Opaque: the attract screen is underneath.
    Rectangle { parent: page; anchors.fill: parent; z: -1; color: Theme.background }

    component Section: Heading {
        width: parent ? parent.width : 0
        font.pixelSize: Math.round(Theme.fontBody * 1.2)
        topPadding: Theme.spacing
    }
    component Line: BodyText {
        width: parent ? parent.width : 0
        font.pixelSize: Theme.fontSmall
    }

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacingSmall

        BodyText {
            objectName: "maintenanceMessage"
            width: parent.width
            visible: Maintenance.message !== ""
            font.weight: Font.Bold
            text: Maintenance.message
            Accessible.role: Accessible.AlertMessage
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            KButton {
                id: exitButton
                objectName: "maintenanceExit"
                iconName: "end"
                text: qsTr("Exit maintenance")
                onClicked: Maintenance.exit()
            }
            KButton {
                objectName: "maintenanceRefresh"
                kind: "secondary"
                text: qsTr("Refresh")
                onClicked: Maintenance.refresh()
            }
            KButton {
                objectName: "restartApp"
                kind: "secondary"
                text: qsTr("Restart the application")
                onClicked: Maintenance.restartApp()
            }
            KButton {
                objectName: "exitKiosk"
                kind: "danger"
                visible: Maintenance.canExitKiosk
                text: qsTr("Exit the kiosk")
                onClicked: Maintenance.exitKiosk()
            }
        }

        Section { text: qsTr("Status") }
        Line { objectName: "statusVersion"; text: qsTr("Version %1 · totem %2 · content %3").arg(page.status.app_version || "?").arg(page.status.totem_id || "?").arg(page.status.content_version || "?") }
        Line { text: qsTr("Backend: %1 · reachable: %2").arg(page.status.backend_url || qsTr("none")).arg(page.yesNo(page.status.backend_reachable)) }
        Line { text: qsTr("Last contact: %1").arg(page.status.last_contact || qsTr("never")) }
        Line { visible: !!page.status.last_error; text: qsTr("Last error: %1").arg(page.status.last_error || "") }
        Line { objectName: "statusOutbox"; text: qsTr("Outbox: %1 item(s), oldest %2 s").arg(page.status.outbox_depth === undefined ? "?" : page.status.outbox_depth).arg(page.status.outbox_oldest_age_s === undefined || page.status.outbox_oldest_age_s === null ? "-" : Math.round(page.status.outbox_oldest_age_s)) }
        Line { text: qsTr("Disk free: %1 · memory used by the kiosk: %2 · up %3 min").arg(page.mb(page.status.disk_free_bytes)).arg(page.mb(page.status.process_rss_bytes)).arg(Math.round((page.status.process_uptime_s || 0) / 60)) }
        Line { objectName: "statusOutOfService"; text: qsTr("Out of service: %1").arg(page.yesNo(page.status.outOfService)) }
        Line {
            objectName: "statusUpdates"
            readonly property var updates: page.status.updates || ({})
            text: updates.current === undefined
                  ? qsTr("Updates: no update repository configured")
                  : qsTr("Updates: installed %1 · previous %2 · available %3").arg(updates.current || "?").arg(updates.previous || "-").arg(updates.available || qsTr("none"))
                    + (updates.trial ? " · " + qsTr("on trial: %1").arg(updates.trial) : "")
        }
        Line {
            objectName: "statusLastUpdate"
            readonly property var updates: page.status.updates || ({})
            visible: !!updates.last
            text: qsTr("Last update: %1").arg(updates.last || "")
            font.weight: updates.last_failed ? Font.Bold : Font.Normal
        }

        Section { text: qsTr("Actions") }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            KButton { objectName: "actionSync"; kind: "secondary"; text: qsTr("Sync now"); onClicked: Maintenance.syncNow() }
            KButton { objectName: "actionRetry"; kind: "secondary"; text: qsTr("Retry the outbox"); onClicked: Maintenance.retryOutbox() }
            KButton {
                objectName: "actionApplyUpdate"
                kind: "secondary"
                visible: (page.status.updates || ({})).current !== undefined
                text: (page.status.updates || ({})).available ? qsTr("Install update %1 now").arg(page.status.updates.available) : qsTr("Check for updates now")
                onClicked: Maintenance.applyUpdate()
            }
            KButton {
                objectName: "actionOutOfService"
                kind: "secondary"
                text: page.status.outOfService ? qsTr("Back into service") : qsTr("Put out of service")
                onClicked: Maintenance.toggleOutOfService()
            }
        }

        Section { text: qsTr("Devices") }
        Repeater {
            model: Maintenance.devices
            delegate: Line {
                required property string kind
                required property string adapter
                required property string ok
                required property string detail
                objectName: "device_" + kind
                text: kind + " (" + adapter + "): "
                      + (ok === "ok" ? qsTr("working") : ok === "fault" ? qsTr("FAULT") : qsTr("unknown"))
                      + (detail !== "" ? " · " + detail : "")
                font.weight: ok === "fault" ? Font.Bold : Font.Normal
            }
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            KButton { objectName: "testPrinter"; kind: "secondary"; text: qsTr("Print a test receipt"); onClicked: Maintenance.testPrinter() }
            KButton { objectName: "testCard"; kind: "secondary"; text: qsTr("Read a card"); onClicked: Maintenance.testCard() }
            KButton { objectName: "testScanner"; kind: "secondary"; text: qsTr("Scan a code"); onClicked: Maintenance.testScanner() }
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            Line { width: implicitWidth; height: Theme.touchTarget; verticalAlignment: Text.AlignVCenter; text: qsTr("Speak a test sentence:") }
            Repeater {
                model: ["it", "en", "fr", "es", "ar", "zh", "ro", "uk"]
                delegate: KButton {
                    required property string modelData
                    objectName: "testSpeech_" + modelData
                    kind: "secondary"
                    // a language code, never translated
                    text: modelData
                    onClicked: Maintenance.testSpeech(modelData)
                }
            }
        }

        Section { text: qsTr("Receipts to reprint"); visible: Maintenance.reprints.count > 0 }
        Repeater {
            model: Maintenance.reprints
            delegate: KButton {
                required property string paymentId
                required property string label
                required property int index
                objectName: "reprint_" + index
                kind: "secondary"
                text: qsTr("Reprint: %1").arg(label)
                onClicked: Maintenance.reprint(paymentId)
            }
        }

        Section { text: qsTr("Keypad and touch test") }
        Rectangle {
            id: keyTest
            objectName: "keyTest"
            property string last: ""
            width: parent.width
            height: Theme.touchTarget
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Keypad test")
            FocusRing { shown: keyTest.activeFocus }
            Keys.onPressed: function(event) {
                // Up and Down keep moving the focus; every other key is shown.
                if (event.key !== Qt.Key_Up && event.key !== Qt.Key_Down) {
                    keyTest.last = event.text !== "" ? event.text : ("0x" + event.key.toString(16))
                    event.accepted = true
                }
            }
            Line {
                anchors.verticalCenter: parent.verticalCenter
                x: Theme.spacing
                text: keyTest.last !== "" ? qsTr("Last key: %1").arg(keyTest.last) : qsTr("Focus here and press any key of the keypad")
            }
        }
        Grid {
            id: touchGrid
            columns: 6
            spacing: 2
            Repeater {
                model: 24
                delegate: Rectangle {
                    id: cell
                    required property int index
                    property bool hit: false
                    objectName: "touchCell_" + index
                    width: (column.width - 5 * 2) / 6
                    height: Theme.touchTarget * 0.8
                    color: hit ? Theme.primary : Theme.surface
                    border.width: 1
                    border.color: Theme.border
                    TapHandler { onTapped: cell.hit = !cell.hit }
                }
            }
        }

        Section { text: qsTr("Logs") }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            Repeater {
                model: ["DEBUG", "INFO", "WARNING", "ERROR"]
                delegate: KButton {
                    required property string modelData
                    objectName: "logLevel_" + modelData
                    kind: Maintenance.logLevel === modelData ? "primary" : "secondary"
                    // a log level, never translated
                    text: modelData
                    onClicked: Maintenance.setLogLevel(modelData)
                }
            }
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            Repeater {
                model: [{ key: "", label: qsTr("All components") }, { key: "kiosk", label: "kiosk" },
                        { key: "devices", label: "devices" }, { key: "ui", label: "ui" }]
                delegate: KButton {
                    required property var modelData
                    objectName: "logComponent_" + (modelData.key || "all")
                    kind: Maintenance.logComponent === modelData.key ? "primary" : "secondary"
                    text: modelData.label
                    onClicked: Maintenance.setLogComponent(modelData.key)
                }
            }
        }
        Repeater {
            model: Maintenance.logs
            delegate: Line {
                required property string time
                required property string level
                required property string component
                required property string line
                required property int index
                visible: index < 60
                font.family: "monospace"
                text: time + " " + level + " " + component + ": " + line
            }
        }

        Section { text: qsTr("Audit trail") }
        Repeater {
            model: Maintenance.audit
            delegate: Line {
                required property string time
                required property string event
                required property string detail
                text: time + "  " + event + (detail !== "" ? "  " + detail : "")
            }
        }
    }
}
