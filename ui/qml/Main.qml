import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window
import Kiosk.Theme
import Kiosk.Controls
import Kiosk.Screens

// The kiosk window: one stack of screens, the navigation bar, the inactivity
// question and the on-screen keyboard. Python shows it (fullscreen or windowed).
Window {
    id: window
    visible: false
    color: Theme.background
    // The product name: never translated.
    title: "Spazio Città"

    // For tests and the Help key: the name of the screen on top.
    readonly property string currentScreen: nav.currentItem ? nav.currentItem.screenName : ""

    Binding { target: Theme; property: "unit"; value: Math.min(window.width, window.height) / 1080 }

    readonly property var features: ({
        pay: QT_TR_NOOP("Pay a pagoPA notice"),
        forms: QT_TR_NOOP("Forms and bookings"),
        report: QT_TR_NOOP("Report a problem"),
        welcome: QT_TR_NOOP("New in town / Welcome")
    })

    function open(target) {
        if (target === "search")
            nav.push(searchScreen)
        else if (target === "accessibility")
            nav.push(accessibilityScreen)
        else if (target === "language")
            nav.push(languageScreen)
        else if (features[target] !== undefined)
            nav.push(comingSoonScreen, { featureKey: features[target] })
        focusCurrent()
    }
    function back() {
        if (!Kiosk.sessionActive)
            return startSession()
        if (nav.depth > 1) {
            nav.pop()
            focusCurrent()
        }
    }
    function goHome() {
        nav.pop(null)
        focusCurrent()
    }
    function startSession() {
        if (!Kiosk.ready)
            return  // the database is still opening: a fraction of a second after boot
        Kiosk.startSession()
        nav.replace(null, homeScreen)
        focusCurrent()
    }
    function showAttract() {
        timeoutDialog.close()
        Qt.inputMethod.hide()
        Qt.inputMethod.reset()
        // Clearing the stack destroys every screen, and with them every typed text.
        nav.replace(null, attractScreen)
        focusCurrent()
    }
    function focusCurrent() {
        Qt.callLater(function() { if (nav.currentItem) nav.currentItem.focusFirst() })
    }

    // What the Help key and read-aloud say about a control.
    function describe(item) {
        if (!item || !item.Accessible || !item.Accessible.name)
            return ""
        let words = item.Accessible.name
        if (item.Accessible.role === Accessible.Button)
            words += ", " + qsTr("button")
        else if (item.Accessible.role === Accessible.CheckBox)
            words += ", " + (item.checked ? qsTr("on") : qsTr("off"))
        else if (item.Accessible.role === Accessible.EditableText)
            words += ", " + qsTr("text field")
        if (item.Accessible.description)
            words += ". " + item.Accessible.description
        return words
    }
    function helpText() {
        const page = nav.currentItem
        if (!page || page.screenName === "attract")
            return qsTr("Touch the screen or press any key to start.")
        let words = (page.title || "") + ". " + (page.helpText || "")
        const focused = describe(window.activeFocusItem)
        if (focused)
            words += " " + qsTr("You are on: %1.").arg(focused)
        return words
    }

    Component.onCompleted: focusCurrent()

    onActiveFocusItemChanged: {
        if (Access.readAloud && Kiosk.sessionActive && !timeoutDialog.opened)
            Speech.say(describe(activeFocusItem))
    }

    Connections {
        target: Kiosk
        function onSessionEnded(reason) { window.showAttract() }
        function onRecoverRequested() { if (Kiosk.sessionActive) window.goHome(); else window.showAttract() }
        function onBackRequested() { window.back() }
        function onHelpRequested() {
            if (!Kiosk.sessionActive)
                return window.startSession()
            Speech.help(window.helpText())
        }
        function onWarningChanged() {
            if (Kiosk.warningShown && !timeoutDialog.opened) {
                timeoutDialog.open()
                Speech.say(timeoutDialog.question + " " + timeoutDialog.countdownText)
            } else if (!Kiosk.warningShown && timeoutDialog.opened) {
                timeoutDialog.close()
                window.focusCurrent()
            }
        }
    }

    Component { id: attractScreen; AttractScreen { onStartRequested: window.startSession() } }
    Component { id: homeScreen; HomeScreen { onOpen: function(target) { window.open(target) } } }
    Component { id: searchScreen; SearchScreen {} }
    Component { id: accessibilityScreen; AccessibilityScreen {} }
    Component { id: languageScreen; LanguageScreen { onChosen: window.back() } }
    Component {
        id: comingSoonScreen
        ComingSoonScreen {
            property string featureKey: ""
            feature: qsTr(featureKey)
            onHomeRequested: window.goHome()
        }
    }

    Item {
        id: root
        anchors.fill: parent
        LayoutMirroring.enabled: Kiosk.rtl
        LayoutMirroring.childrenInherit: true

        readonly property bool navShown: Kiosk.sessionActive && window.currentScreen !== "attract"

        // The stack comes first in the tree, so the keypad reaches a screen's
        // content before the navigation bar.
        StackView {
            id: nav
            objectName: "nav"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: root.navShown && !Theme.lowReach ? topBar.bottom : parent.top
            anchors.bottom: root.navShown && Theme.lowReach ? topBar.top
                            : (keyboard.shown ? keyboard.top : parent.bottom)
            initialItem: attractScreen
            // No animations: instant, and nothing to render while idle.
            pushEnter: null; pushExit: null; popEnter: null; popExit: null
            replaceEnter: null; replaceExit: null
        }

        NavBar {
            id: topBar
            objectName: "navBar"
            visible: root.navShown
            anchors.left: parent.left
            anchors.right: parent.right
            y: Theme.lowReach ? (keyboard.shown ? keyboard.y : root.height) - height : 0
            canGoBack: nav.depth > 1
            atHome: window.currentScreen === "home"
            onBackClicked: window.back()
            onHomeClicked: window.goHome()
            onHelpClicked: Speech.help(window.helpText())
            onEndClicked: Kiosk.endSession()
        }

        // The on-screen keyboard is loaded in the background once the kiosk is
        // up: it costs ~100 ms that the first frame should not wait for.
        Loader {
            id: keyboard
            objectName: "keyboardLoader"
            z: 99
            anchors.left: parent.left
            anchors.right: parent.right
            asynchronous: true
            active: Kiosk.ready
            source: Qt.resolvedUrl("Kiosk/Keyboard/OnScreenKeyboard.qml")
            readonly property bool shown: status === Loader.Ready && item.active
            y: shown ? parent.height - height : parent.height
            visible: shown
        }
    }

    TimeoutDialog {
        id: timeoutDialog
        objectName: "timeoutDialog"
        secondsLeft: Kiosk.secondsLeft
        onContinueClicked: Kiosk.extendSession()
        onEndClicked: Kiosk.endSession()
    }
}
