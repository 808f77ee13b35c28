import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme
import Kiosk.Controls
import Kiosk.Screens

// Everything a citizen's session needs: the stack of screens, the navigation
// bar, the inactivity question and the on-screen keyboard. Main.qml loads it
// in the background once the kiosk is up, so the attract screen's first frame
// waits for none of it.
FocusScope {
    id: session

    // For tests and the Help key: the name of the screen on top.
    readonly property string currentScreen: nav.currentItem ? nav.currentItem.screenName : ""
    readonly property Window window: Window.window

    // The screen a form was opened from: where the citizen lands after sending.
    property Item formBase: null

    function startForm(formId, serviceId) {
        if (!Forms.begin(formId, serviceId, Access.readAloud || Access.largeText))
            return
        formBase = nav.currentItem
        nav.push(formScreen)
        focusCurrent()
    }
    function formSent() {
        if (formBase)
            nav.pop(formBase)
        nav.push(formDoneScreen)
        formBase = null
        focusCurrent()
    }

    function open(target) {
        if (target === "search")
            nav.push(searchScreen)
        else if (target === "welcome")
            nav.push(welcomeScreen)
        else if (target === "accessibility")
            nav.push(accessibilityScreen)
        else if (target === "language")
            nav.push(languageScreen)
        else if (target === "forms")
            nav.push(formsScreen)
        else if (target === "pay")
            nav.push(payScreen)
        else if (target === "report") {
            if (Forms.reportCategory !== "")
                openCategory(Forms.reportCategory)
            else
                startForm(Forms.reportForm(), "")
            return
        }
        focusCurrent()
    }
    function openService(serviceId) {
        Catalog.openService(serviceId)
        nav.push(serviceScreen)
        focusCurrent()
    }
    function openCategory(categoryId) {
        Catalog.openCategory(categoryId)
        nav.push(categoryScreen)
        focusCurrent()
    }
    function back() {
        // A form goes back a page inside itself before leaving.
        if (nav.currentItem && nav.currentItem.handleBack && nav.currentItem.handleBack())
            return
        if (nav.depth > 1) {
            nav.pop()
            focusCurrent()
        }
    }
    function goHome() {
        nav.pop(null)
        focusCurrent()
    }
    function begin() {
        nav.replace(null, homeScreen)
        focusCurrent()
    }
    function finish() {
        timeoutDialog.close()
        Qt.inputMethod.hide()
        Qt.inputMethod.reset()
        // Clearing the stack destroys every screen, and with them every typed text.
        nav.clear()
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
        if (!page)
            return ""
        let words = (page.title || "") + ". " + (page.helpText || "")
        const focused = describe(session.window ? session.window.activeFocusItem : null)
        if (focused)
            words += " " + qsTr("You are on: %1.").arg(focused)
        return words
    }

    Component.onCompleted: if (Kiosk.sessionActive) begin()

    Connections {
        target: session.window
        function onActiveFocusItemChanged() {
            if (Access.readAloud && Kiosk.sessionActive && !timeoutDialog.opened)
                Speech.say(session.describe(session.window.activeFocusItem))
        }
    }

    Connections {
        target: Kiosk
        function onSessionChanged() {
            if (Kiosk.sessionActive && nav.depth === 0)
                session.begin()
        }
        function onSessionEnded(reason) { session.finish() }
        function onRecoverRequested() { if (Kiosk.sessionActive) session.goHome() }
        function onBackRequested() { session.back() }
        function onHelpRequested() { Speech.help(session.helpText()) }
        function onWarningChanged() {
            if (Kiosk.warningShown && !timeoutDialog.opened) {
                timeoutDialog.open()
                Speech.say(timeoutDialog.question + " " + timeoutDialog.countdownText)
            } else if (!Kiosk.warningShown && timeoutDialog.opened) {
                timeoutDialog.close()
                session.focusCurrent()
            }
        }
    }

    Component { id: homeScreen; HomeScreen { onOpen: function(target) { session.open(target) } } }
    Component {
        id: searchScreen
        SearchScreen {
            onServiceChosen: function(serviceId) { session.openService(serviceId) }
            onCategoryChosen: function(categoryId) { session.openCategory(categoryId) }
        }
    }
    Component {
        id: categoryScreen
        CategoryScreen { onServiceChosen: function(serviceId) { session.openService(serviceId) } }
    }
    Component {
        id: serviceScreen
        ServiceScreen {
            onFormRequested: function(formId) { session.startForm(formId, Catalog.service.id) }
            onPaymentRequested: session.open("pay")
        }
    }
    Component {
        id: welcomeScreen
        WelcomeScreen {
            onServiceChosen: function(serviceId) { session.openService(serviceId) }
            onHomeRequested: session.goHome()
        }
    }
    Component {
        id: formsScreen
        FormsScreen { onFormChosen: function(formId) { session.startForm(formId, "") } }
    }
    Component {
        id: formScreen
        FormScreen {
            onReviewRequested: { nav.push(formReviewScreen); session.focusCurrent() }
            onLeaveRequested: { nav.pop(); session.focusCurrent() }
        }
    }
    Component {
        id: formReviewScreen
        FormReviewScreen { onEditRequested: { nav.pop(); session.focusCurrent() } }
    }
    Component { id: formDoneScreen; FormDoneScreen { onHomeRequested: session.goHome() } }
    Component { id: payScreen; PayScreen { onHomeRequested: session.goHome() } }
    Component { id: accessibilityScreen; AccessibilityScreen {} }
    Component { id: languageScreen; LanguageScreen { onChosen: session.back() } }

    // The stack comes first in the tree, so the keypad reaches a screen's
    // content before the navigation bar.
    StackView {
        id: nav
        objectName: "nav"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: Theme.lowReach ? parent.top : topBar.bottom
        anchors.bottom: Theme.lowReach ? topBar.top : (keyboard.shown ? keyboard.top : parent.bottom)
        // No animations: instant, and nothing to render between screens.
        pushEnter: null; pushExit: null; popEnter: null; popExit: null
        replaceEnter: null; replaceExit: null
    }

    NavBar {
        id: topBar
        objectName: "navBar"
        anchors.left: parent.left
        anchors.right: parent.right
        y: Theme.lowReach ? (keyboard.shown ? keyboard.y : session.height) - height : 0
        canGoBack: nav.depth > 1
        atHome: session.currentScreen === "home"
        onBackClicked: session.back()
        onHomeClicked: session.goHome()
        onHelpClicked: Speech.help(session.helpText())
        onEndClicked: Kiosk.endSession()
    }

    // Qt Virtual Keyboard costs ~100 ms to build: loaded in the background too.
    Loader {
        id: keyboard
        objectName: "keyboardLoader"
        z: 99
        anchors.left: parent.left
        anchors.right: parent.right
        asynchronous: true
        source: Qt.resolvedUrl("Kiosk/Keyboard/OnScreenKeyboard.qml")
        readonly property bool shown: status === Loader.Ready && item.active
        y: shown ? parent.height - height : parent.height
        visible: shown
    }

    // Demo only: the receipt the virtual printer just printed, in a corner,
    // since there is no paper to take. A tap or 20 s puts it away.
    Rectangle {
        id: receiptPreview
        objectName: "receiptPreview"
        property int serial: 0
        visible: false
        z: 98
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        width: Math.min(parent.width * 0.38, 420 * Theme.unit)
        height: Math.min(parent.height * 0.55, previewImage.implicitHeight * width / Math.max(1, previewImage.implicitWidth) + caption.height + 2 * Theme.spacingSmall)
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border
        radius: Theme.radius
        clip: true
        Text {
            id: caption
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.spacingSmall
            text: qsTr("Printed receipt (demo printer)")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Image {
            id: previewImage
            anchors.top: caption.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.spacingSmall
            fillMode: Image.PreserveAspectFit
            cache: false
            source: receiptPreview.serial > 0 ? "image://receipt/" + receiptPreview.serial : ""
        }
        TapHandler { onTapped: receiptPreview.visible = false }
        Timer { id: previewTimer; interval: 20000; onTriggered: receiptPreview.visible = false }
        function show() {
            serial += 1
            visible = true
            previewTimer.restart()
        }
    }
    Connections {
        target: Catalog
        function onPrintFinished(ok, problem) { if (ok && Kiosk.demo) receiptPreview.show() }
    }
    Connections {
        target: Payments
        function onChanged() {
            if (Payments.phase === "done" && Payments.done.printed && Kiosk.demo)
                receiptPreview.show()
        }
    }
    Connections {
        target: Forms
        // The form is in the outbox: on to its receipt (a failed save stays on the review).
        function onPhaseChanged() {
            if (Forms.phase === "done" && session.currentScreen === "formReview")
                session.formSent()
        }
    }
    Connections {
        target: Forms
        function onReceiptChanged() {
            if (Forms.receipt.print === "printed" && Kiosk.demo)
                receiptPreview.show()
        }
    }
    Connections {
        target: Kiosk
        function onSessionEnded(reason) { receiptPreview.visible = false; receiptPreview.serial = 0 }
    }

    TimeoutDialog {
        id: timeoutDialog
        objectName: "timeoutDialog"
        secondsLeft: Kiosk.secondsLeft
        onContinueClicked: Kiosk.extendSession()
        onEndClicked: Kiosk.endSession()
    }
}
