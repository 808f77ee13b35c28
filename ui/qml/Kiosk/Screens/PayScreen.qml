pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme
import Kiosk.Controls

// Paying pagoPA notices: type or scan them, check them with the municipality,
// confirm the total, pay at the card terminal, take the receipt. One screen
// whose part follows the payment's phase, so the keypad's Back always means
// "one step back" and never leaves a payment half-way.
ScreenPage {
    id: page
    screenName: "pay"
    readonly property string phase: Payments.phase
    title: phase === "confirm" ? qsTr("Check and confirm")
         : phase === "paying" ? qsTr("Pay at the card terminal")
         : phase === "done" ? qsTr("Payment done")
         : phase === "failed" ? qsTr("Payment not completed")
         : qsTr("Pay a pagoPA notice")
    helpText: phase === "entry" || phase === "verifying"
        ? qsTr("Type the 18-digit notice code and the payee's tax code, as printed on the notice, or hold the notice's QR code under the scanner. You can pay up to five notices together.")
        : phase === "confirm" ? qsTr("Check the amounts, then press Pay to pay at the card terminal.")
        : qsTr("Follow the instructions on the screen.")
    firstFocus: phase === "confirm" ? payButton
              : phase === "paying" ? cancelButton
              : phase === "failed" ? (retryButton.visible ? retryButton : failedHome)
              : phase === "done" ? doneHome
              : codeField
    signal homeRequested()

    Component.onCompleted: Payments.setScanning(true)
    Component.onDestruction: Payments.setScanning(false)
    onPhaseChanged: {
        Qt.callLater(page.focusFirst)
        if (phase === "confirm")
            Speech.say(qsTr("Total to pay: %1.").arg(Payments.total) + " " + helpText)
        else if (phase === "failed" || phase === "done")
            Speech.say(title + ". " + (phase === "failed" ? Payments.error : doneText.text))
    }

    // The keypad's and the bar's Back: one step back inside the payment.
    function handleBack() {
        if (phase === "confirm") { Payments.backToEntry(); return true }
        if (phase === "paying" || phase === "verifying") return true  // Annulla is explicit
        if (phase === "failed" || phase === "done") { Payments.restart(); return false }
        return false
    }
    function addTyped() {
        const problem = Payments.addTyped(codeField.text, payeeField.text)
        if (problem === "") {
            codeField.text = ""
            Speech.say(qsTr("Notice added."))
            codeField.forceActiveFocus(Qt.OtherFocusReason)
        } else {
            Speech.say(problem)
            if (Payments.errorField === "payee") payeeField.forceActiveFocus(Qt.OtherFocusReason)
            else codeField.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    Connections {
        target: Payments
        function onScanned(message) { Speech.say(message) }
        function onPromptChanged() { if (page.phase === "paying") Speech.say(Payments.prompt) }
    }

    // -- entry -------------------------------------------------------------------
    Column {
        id: entry
        width: parent.width
        spacing: Theme.spacing
        visible: page.phase === "entry" || page.phase === "verifying"

        BodyText {
            width: parent.width
            text: Payments.available
                  ? qsTr("Type the notice code and the payee's tax code, or hold the QR code of the notice under the scanner.")
                  : qsTr("Payments need the connection to the municipality, which is not available right now. Nothing can be charged: please try again later or pay online, at a bank or a post office.")
        }
        BodyText {
            width: parent.width
            font.weight: Font.Bold
            text: qsTr("Notice code (18 digits)")
        }
        TextField {
            id: codeField
            objectName: "noticeCode"
            width: parent.width
            implicitHeight: Math.max(Theme.touchTarget, contentHeight + 2 * Theme.spacingSmall)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            maximumLength: 24
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
            // the shape of the code, never translated
            placeholderText: "0000 0000 0000 0000 00"
            placeholderTextColor: Theme.textMuted
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Notice code, 18 digits")
            Accessible.description: Payments.errorField === "code" ? Payments.error : ""
            background: Rectangle {
                radius: Theme.radius
                color: Theme.background
                border.width: Theme.borderWidth * (Payments.errorField === "code" ? 3 : 1.5)
                border.color: Payments.errorField === "code" ? Theme.danger : Theme.border
                FocusRing { shown: codeField.activeFocus }
            }
        }
        BodyText {
            objectName: "codeGrouped"
            width: parent.width
            color: Theme.textMuted
            visible: codeField.text.replace(/\D/g, "").length > 4
            //: the notice code typed so far, grouped by four as on the paper notice
            text: qsTr("You typed: %1").arg(codeField.text.replace(/\D/g, "").replace(/(\d{4})(?=\d)/g, "$1 "))
        }
        BodyText {
            width: parent.width
            font.weight: Font.Bold
            text: qsTr("Payee's tax code (11 digits)")
        }
        TextField {
            id: payeeField
            objectName: "payeeCode"
            width: parent.width
            implicitHeight: Math.max(Theme.touchTarget, contentHeight + 2 * Theme.spacingSmall)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            maximumLength: 14
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Payee's tax code, 11 digits")
            Accessible.description: Payments.errorField === "payee" ? Payments.error : ""
            background: Rectangle {
                radius: Theme.radius
                color: Theme.background
                border.width: Theme.borderWidth * (Payments.errorField === "payee" ? 3 : 1.5)
                border.color: Payments.errorField === "payee" ? Theme.danger : Theme.border
                FocusRing { shown: payeeField.activeFocus }
            }
        }
        BodyText {
            objectName: "payError"
            width: parent.width
            visible: Payments.error !== ""
            font.weight: Font.Bold
            // a warning sign, never translated, before the translated message
            text: "⚠ " + Payments.error
            Accessible.role: Accessible.AlertMessage
        }
        KButton {
            objectName: "addNotice"
            kind: "secondary"
            iconName: "plus"
            enabled: page.phase === "entry"
            text: qsTr("Add this notice")
            onClicked: page.addTyped()
        }
        Repeater {
            model: Payments.notices
            delegate: Rectangle {
                id: row
                required property string shownCode
                required property string amount
                required property int index
                width: entry.width
                height: rowFlow.height + 2 * Theme.spacingSmall
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.border
                Flow {
                    id: rowFlow
                    x: Theme.spacing
                    y: Theme.spacingSmall
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    BodyText {
                        text: row.shownCode + (row.amount !== "" ? "  ·  " + row.amount : "")
                        font.weight: Font.Bold
                        height: Theme.touchTarget
                        verticalAlignment: Text.AlignVCenter
                    }
                    KButton {
                        objectName: "removeNotice_" + row.index
                        kind: "secondary"
                        text: qsTr("Remove")
                        description: row.shownCode
                        enabled: page.phase === "entry"
                        onClicked: Payments.remove(row.index)
                    }
                }
            }
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            visible: Kiosk.demo && Payments.demoNotices.length > 0
            BodyText {
                width: parent.width
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Demo: hold a sample notice under the scanner.")
            }
            Repeater {
                model: Payments.demoNotices
                delegate: KButton {
                    required property var modelData
                    required property int index
                    objectName: "demoNotice_" + index
                    kind: "secondary"
                    // The samples include a paid and an expired notice, to try those outcomes.
                    text: modelData.description
                          + (modelData.status === "paid" ? " · " + qsTr("already paid")
                             : modelData.status === "expired" ? " · " + qsTr("expired") : "")
                    onClicked: Payments.scanDemoNotice(index)
                }
            }
        }
        BodyText {
            width: parent.width
            visible: page.phase === "verifying"
            font.weight: Font.Bold
            text: qsTr("Checking the notices with the municipality…")
            Accessible.role: Accessible.AlertMessage
        }
        KButton {
            objectName: "verifyNotices"
            iconName: "check"
            enabled: Payments.notices.count > 0 && page.phase === "entry"
            //: %n is the number of notices in the list
            text: qsTr("Check %n notice(s) and continue", "", Payments.notices.count)
            onClicked: Payments.verify()
        }
    }

    // -- confirm -------------------------------------------------------------------
    Column {
        id: confirm
        width: parent.width
        spacing: Theme.spacing
        visible: page.phase === "confirm"
        Repeater {
            model: Payments.notices
            delegate: Rectangle {
                id: notice
                required property string shownCode
                required property string payee
                required property string description
                required property string amount
                required property string due
                required property bool changed
                width: confirm.width
                height: noticeColumn.height + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.border
                Column {
                    id: noticeColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacingSmall / 2
                    BodyText { width: parent.width; font.weight: Font.Bold; text: notice.description }
                    BodyText { width: parent.width; text: notice.payee }
                    BodyText { width: parent.width; color: Theme.textMuted; text: qsTr("Notice %1").arg(notice.shownCode) }
                    BodyText {
                        width: parent.width
                        visible: notice.due !== ""
                        color: Theme.textMuted
                        text: qsTr("Due by %1").arg(notice.due)
                    }
                    BodyText { width: parent.width; font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; text: notice.amount }
                    BodyText {
                        width: parent.width
                        visible: notice.changed
                        font.weight: Font.Bold
                        text: qsTr("The amount is different from the one printed on the notice: this is today's amount.")
                    }
                }
            }
        }
        BodyText { objectName: "payFee"; width: parent.width; text: qsTr("Fee: %1").arg(Payments.fee) }
        BodyText {
            objectName: "payTotal"
            width: parent.width
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            text: qsTr("Total: %1").arg(Payments.total)
        }
        Flow {
            width: parent.width
            spacing: Theme.spacing
            KButton {
                objectName: "changeNotices"
                kind: "secondary"
                iconName: "back"
                text: qsTr("Change notices")
                onClicked: Payments.backToEntry()
            }
            KButton {
                objectName: "readTotal"
                kind: "secondary"
                iconName: "help"
                text: qsTr("Read aloud")
                onClicked: Speech.help(qsTr("Total to pay: %1.").arg(Payments.total))
            }
            KButton {
                id: payButton
                objectName: "payNow"
                iconName: "pay"
                text: qsTr("Pay %1").arg(Payments.total)
                description: qsTr("Then hold your card near the terminal or insert it.")
                onClicked: Payments.pay()
            }
        }
    }

    // -- paying ----------------------------------------------------------------------
    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: page.phase === "paying"
        BodyText {
            objectName: "payPrompt"
            width: parent.width
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            text: Payments.prompt
            Accessible.role: Accessible.AlertMessage
        }
        BodyText { width: parent.width; text: qsTr("Total: %1").arg(Payments.total) }
        BodyText {
            objectName: "payWaiting"
            property int seconds: 0
            width: parent.width
            color: Theme.textMuted
            //: a counter that shows the kiosk is not frozen while the terminal waits
            text: qsTr("Waiting for the terminal: %1 s").arg(seconds)
            Timer {
                running: page.phase === "paying"
                interval: 1000
                repeat: true
                onRunningChanged: parent.seconds = 0
                onTriggered: parent.seconds += 1
            }
        }
        KButton {
            id: cancelButton
            objectName: "payCancel"
            kind: "danger"
            text: qsTr("Cancel")
            onClicked: Payments.cancel()
        }
    }

    // -- failed ------------------------------------------------------------------------
    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: page.phase === "failed"
        BodyText {
            objectName: "payFailed"
            width: parent.width
            font.weight: Font.Bold
            text: Payments.error
            Accessible.role: Accessible.AlertMessage
        }
        BodyText {
            width: parent.width
            visible: !Payments.mayRetry
            color: Theme.textMuted
            text: qsTr("Reference: %1").arg(Payments.reference)
        }
        KButton {
            id: retryButton
            objectName: "payRetry"
            visible: Payments.mayRetry
            text: qsTr("Try again (another card too)")
            onClicked: Payments.pay()
        }
        KButton {
            id: failedHome
            objectName: "payFailedHome"
            kind: "secondary"
            iconName: "home"
            text: qsTr("Back to the start")
            onClicked: { Payments.restart(); page.homeRequested() }
        }
    }

    // -- done --------------------------------------------------------------------------
    Column {
        width: parent.width
        spacing: Theme.spacing
        visible: page.phase === "done"
        BodyText {
            id: doneText
            objectName: "payDone"
            width: parent.width
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            text: qsTr("Paid: %1.").arg(Payments.done.total || "") + " "
                  + (Payments.done.printed ? qsTr("Take your receipt from the printer.") : "")
        }
        Repeater {
            model: Payments.done.numbers || []
            delegate: BodyText {
                required property string modelData
                width: parent ? parent.width : 0
                text: qsTr("Receipt number: %1").arg(modelData)
            }
        }
        Repeater {
            model: Payments.done.warnings || []
            delegate: BodyText {
                required property string modelData
                width: parent ? parent.width : 0
                font.weight: Font.Bold
                text: modelData
                Accessible.role: Accessible.AlertMessage
            }
        }
        Image {
            objectName: "payQr"
            visible: !!Payments.done.qr
            source: Payments.done.qr || ""
            width: Math.min(parent.width, 360 * Theme.unit)
            height: width
            sourceSize.width: width
            sourceSize.height: height
            smooth: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of your receipt")
        }
        KButton {
            id: doneHome
            objectName: "payDoneHome"
            iconName: "home"
            text: qsTr("Back to the start")
            onClicked: { Payments.restart(); page.homeRequested() }
        }
    }
}
