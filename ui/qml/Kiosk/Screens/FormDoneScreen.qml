import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// After sending: the receipt number at once, the protocol number when the
// municipality answers, the printed receipt, or its QR code when the printer
// cannot print.
ScreenPage {
    id: page
    screenName: "formDone"
    readonly property var receipt: Forms.receipt
    title: Forms.phase === "sending" ? qsTr("Sending…") : qsTr("Thank you")
    helpText: qsTr("Your request has been received. Keep the receipt number; the QR code lets you follow the request on your phone.")
    firstFocus: homeButton
    signal homeRequested()

    function problemText(key) {
        switch (key) {
        case "paper_out": return qsTr("The printer is out of paper.")
        case "cover_open": return qsTr("The printer cover is open.")
        case "not_answering": return qsTr("The printer is not answering.")
        case "offline": return qsTr("The printer is not available.")
        }
        return qsTr("Printing failed.")
    }
    readonly property string deliveryText: !receipt.number ? ""
        : receipt.delivery === "sent" ? qsTr("Sent to the municipality. Protocol number: %1.").arg(receipt.protocol)
        : receipt.delivery === "refused" ? qsTr("The municipality could not accept this request as it is. Please ask at the office, with this receipt number.")
        : qsTr("It will be sent to the municipality as soon as the connection allows: nothing is lost.")
    readonly property string printText: !receipt.number ? ""
        : receipt.print === "printing" ? qsTr("Printing your receipt…")
        : receipt.print === "printed" ? qsTr("Take your receipt from the printer.")
        : problemText(receipt.problem) + " " + qsTr("Scan the QR code below with your phone to keep your receipt.")

    onDeliveryTextChanged: if (deliveryText !== "") Speech.say(deliveryText)
    onPrintTextChanged: if (printText !== "" && receipt.print !== "printing") Speech.say(printText)

    Column {
        width: parent.width
        spacing: Theme.spacing

        BodyText {
            width: parent.width
            visible: Forms.phase === "sending"
            text: qsTr("Saving your request…")
        }
        BodyText {
            objectName: "receiptNumber"
            width: parent.width
            visible: !!page.receipt.number
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            text: qsTr("Receipt number: %1").arg(page.receipt.number || "")
        }
        BodyText {
            width: parent.width
            visible: !!page.receipt.when
            color: Theme.textMuted
            text: page.receipt.when || ""
        }
        BodyText {
            objectName: "deliveryState"
            width: parent.width
            text: page.deliveryText
            Accessible.role: Accessible.AlertMessage
        }
        BodyText {
            objectName: "printState"
            width: parent.width
            font.weight: Font.Bold
            text: page.printText
            Accessible.role: Accessible.AlertMessage
        }
        Image {
            objectName: "receiptQr"
            visible: !!page.receipt.qr
            source: page.receipt.qr || ""
            width: Math.min(parent.width, 360 * Theme.unit)
            height: width
            sourceSize.width: width
            sourceSize.height: height
            smooth: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code to follow your request on your phone")
        }
        KButton {
            id: homeButton
            objectName: "formDoneHome"
            iconName: "home"
            text: qsTr("Back to the start")
            onClicked: page.homeRequested()
        }
    }
}
