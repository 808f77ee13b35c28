import QtQuick
import QtQuick.Window
import Kiosk.Theme
import Kiosk.Screens

// The kiosk window. Its first frame is the attract screen alone; the session's
// screens (Session.qml) load in the background once the core is up. Python
// shows the window (fullscreen or windowed).
Window {
    id: window
    visible: false
    color: Theme.background
    // The product name: never translated.
    title: "Spazio Città"

    // For tests and the Help key: the name of the screen on top.
    readonly property string currentScreen: Maintenance.state === "pin" ? "maintenancePin"
                                          : Maintenance.state === "open" ? "maintenance"
                                          : Kiosk.sessionActive && session.item ? session.item.currentScreen
                                          : Kiosk.outOfService ? "outOfService" : "attract"
    // Loader.Null, .Ready, .Loading or .Error: Python waits for Ready before "ready".
    readonly property int sessionStatus: session.status

    Binding { target: Theme; property: "unit"; value: Math.min(window.width, window.height) / 1080 }

    function startSession() {
        // Until the store is open and the session's screens are built (a fraction
        // of a second after boot) a touch is ignored rather than half-served.
        if (session.status === Loader.Ready)
            Kiosk.startSession()
    }

    Connections {
        target: Kiosk
        function onSessionEnded(reason) { attract.focusFirst() }
    }
    Connections {
        target: Maintenance
        function onStateChanged() { if (Maintenance.state === "closed") attract.focusFirst() }
    }

    Item {
        anchors.fill: parent
        LayoutMirroring.enabled: Kiosk.rtl
        LayoutMirroring.childrenInherit: true

        Loader {
            id: session
            objectName: "sessionLoader"
            anchors.fill: parent
            asynchronous: true
            active: Kiosk.ready
            visible: Kiosk.sessionActive
            source: Qt.resolvedUrl("Session.qml")
        }

        AttractScreen {
            id: attract
            anchors.fill: parent
            visible: !Kiosk.sessionActive && !Kiosk.outOfService
            focus: true
            onStartRequested: window.startSession()
        }
        // The hidden way into maintenance: taps in one corner of the attract (or out of
        // service) screen go to the gate, never start a session. Its size and corner
        // come from the configuration.
        Item {
            id: entryCorner
            objectName: "maintenanceCorner"
            z: 10
            visible: !Kiosk.sessionActive && Maintenance.state === "closed"
            readonly property real side: Math.min(window.width, window.height) * Maintenance.cornerFraction
            width: side
            height: side
            x: Maintenance.corner.indexOf("right") >= 0 ? window.width - side : 0
            y: Maintenance.corner.indexOf("bottom") >= 0 ? window.height - side : 0
            LayoutMirroring.enabled: false
            // A MouseArea, not a TapHandler: it takes the press, so the attract
            // screen underneath does not start a session.
            MouseArea {
                anchors.fill: parent
                onClicked: function(mouse) {
                    const p = entryCorner.mapToItem(null, mouse.x, mouse.y)
                    Maintenance.tap(p.x, p.y, window.width, window.height)
                }
            }
        }
        Shortcut {
            enabled: Maintenance.keyCombo !== "" && Maintenance.state === "closed"
            sequence: Maintenance.keyCombo
            context: Qt.ApplicationShortcut
            onActivated: Maintenance.keys()
        }
        // Built only when needed: the attract screen's first frame does not wait for it.
        Loader {
            objectName: "outOfServiceLoader"
            anchors.fill: parent
            active: Kiosk.outOfService && !Kiosk.sessionActive
            visible: active
            source: Qt.resolvedUrl("Kiosk/Screens/OutOfServiceScreen.qml")
        }
        Loader {
            id: pinPad
            objectName: "pinPadLoader"
            z: 20
            anchors.fill: parent
            active: Maintenance.state === "pin"
            visible: active
            focus: active
            source: Qt.resolvedUrl("Kiosk/Maintenance/PinPad.qml")
        }
        Loader {
            id: maintenance
            objectName: "maintenanceLoader"
            z: 20
            anchors.fill: parent
            active: Maintenance.state === "open"
            visible: active
            focus: active
            source: Qt.resolvedUrl("Kiosk/Maintenance/MaintenanceScreen.qml")
            onLoaded: item.focusFirst()
        }
    }
}
