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
    readonly property string currentScreen: Kiosk.sessionActive && session.item
                                            ? session.item.currentScreen
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
        // Built only when needed: the attract screen's first frame does not wait for it.
        Loader {
            objectName: "outOfServiceLoader"
            anchors.fill: parent
            active: Kiosk.outOfService && !Kiosk.sessionActive
            visible: active
            source: Qt.resolvedUrl("Kiosk/Screens/OutOfServiceScreen.qml")
        }
    }
}
