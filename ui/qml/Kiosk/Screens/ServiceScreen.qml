pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// One service: what it is, who can apply, how, cost, documents, where and
// when, and a QR code to continue on the phone. It can be read aloud and printed.
ScreenPage {
    id: page
    screenName: "service"
    readonly property var service: Catalog.service
    title: service.title || ""
    helpText: qsTr("A service page. Move down section by section; the buttons read it aloud or print it.")
    firstFocus: readButton
    signal formRequested(string formId)
    signal paymentRequested()

    // Set by the print result; cleared when another page opens.
    property string printMessage: ""
    property bool printOk: false

    function dayName(key) {
        switch (key) {
        case "mon": return qsTr("Monday")
        case "tue": return qsTr("Tuesday")
        case "wed": return qsTr("Wednesday")
        case "thu": return qsTr("Thursday")
        case "fri": return qsTr("Friday")
        case "sat": return qsTr("Saturday")
        case "sun": return qsTr("Sunday")
        }
        return key
    }
    function placeStatus(place) {
        if (!place.hasHours)
            return ""
        if (place.open)
            return qsTr("Open now, closes at %1").arg(place.closesAt)
        if (place.opensAt === "")
            return qsTr("Closed")
        if (place.opensToday)
            return qsTr("Closed now, opens today at %1").arg(place.opensAt)
        return qsTr("Closed now, opens %1 at %2").arg(dayName(place.opensDay)).arg(place.opensAt)
    }
    function wholeText() {
        const s = service
        let parts = [s.title, s.summary, s.description]
        if (s.who) parts.push(qsTr("Who can apply") + ". " + s.who)
        if (s.how && s.how.length) parts.push(qsTr("How to apply") + ". " + s.how.join(". "))
        if (s.cost) parts.push(qsTr("Cost") + ". " + s.cost)
        if (s.documents && s.documents.length) parts.push(qsTr("Documents to bring") + ". " + s.documents.join(". "))
        for (const place of (s.places || []))
            parts.push(place.name + ", " + place.address + ". " + placeStatus(place))
        return parts.filter(function(p) { return p && p.length }).join(". ")
    }
    function problemText(key) {
        switch (key) {
        case "paper_out": return qsTr("The printer is out of paper.")
        case "cover_open": return qsTr("The printer cover is open.")
        case "not_answering": return qsTr("The printer is not answering.")
        case "offline": return qsTr("The printer is not available.")
        }
        return qsTr("Printing failed.")
    }

    Connections {
        target: Catalog
        function onPrintFinished(ok, problem) {
            page.printOk = ok
            page.printMessage = ok ? qsTr("Printed: take your sheet from the printer.")
                                   : page.problemText(problem) + " " + qsTr("Scan the QR code below with your phone instead.")
            Speech.say(page.printMessage)
        }
        function onServiceChanged() { page.printMessage = "" }
    }

    Column {
        width: parent.width
        spacing: Theme.spacing

        BodyText {
            objectName: "fallbackNotice"
            width: parent.width
            visible: page.service.fallback === true
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Part of this page is not available in your language and is shown in the municipality's main language.")
        }
        BodyText {
            objectName: "serviceSummary"
            width: parent.width
            text: page.service.summary || ""
            visible: text !== ""
            font.weight: Font.DemiBold
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            KButton {
                id: readButton
                objectName: "readAloud"
                kind: "secondary"
                iconName: "help"
                text: qsTr("Read aloud")
                onClicked: Speech.help(page.wholeText())
            }
            KButton {
                objectName: "printService"
                kind: "secondary"
                iconName: "forms"
                text: qsTr("Print this information")
                onClicked: Catalog.printService()
            }
            KButton {
                objectName: "openForm"
                // Only a form this totem has: an older pack may name one it does not carry.
                visible: (page.service.form || "") !== "" && Forms.formIds.indexOf(page.service.form) >= 0
                iconName: "forms"
                text: qsTr("Fill in the form")
                onClicked: page.formRequested(page.service.form)
            }
            KButton {
                objectName: "payService"
                visible: page.service.payment === true
                iconName: "pay"
                text: qsTr("Pay at this totem")
                onClicked: page.paymentRequested()
            }
        }
        BodyText {
            objectName: "printMessage"
            width: parent.width
            visible: page.printMessage !== ""
            text: page.printMessage
            color: page.printOk ? Theme.success : Theme.danger
            font.weight: Font.Bold
            Accessible.role: Accessible.AlertMessage
        }

        InfoSection { objectName: "sectionWhat"; title: qsTr("What it is"); body: page.service.description || "" }
        InfoSection { objectName: "sectionWho"; title: qsTr("Who can apply"); body: page.service.who || "" }
        InfoSection {
            objectName: "sectionHow"
            title: qsTr("How to apply")
            items: page.service.how || []
            numbered: true
        }
        InfoSection { objectName: "sectionCost"; title: qsTr("Cost"); body: page.service.cost || "" }
        InfoSection { objectName: "sectionDocuments"; title: qsTr("Documents to bring"); items: page.service.documents || [] }

        Repeater {
            model: page.service.places || []
            delegate: InfoSection {
                id: placeSection
                required property var modelData
                objectName: "place"
                title: qsTr("Where and when") + ": " + modelData.name
                body: [modelData.address, modelData.phone, modelData.email].filter(function(v) { return v }).join(" · ")
                items: modelData.hours.map(function(h) { return page.dayName(h.day) + ": " + h.text })
                BodyText {
                    width: parent.width
                    visible: text !== ""
                    text: page.placeStatus(placeSection.modelData)
                    font.weight: Font.Bold
                    color: placeSection.modelData.open ? Theme.success : Theme.text
                }
                BodyText {
                    width: parent.width
                    visible: placeSection.modelData.accessible === true
                    text: qsTr("Step-free access")
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        InfoSection {
            objectName: "sectionOnline"
            visible: (page.service.online || "") !== ""
            title: qsTr("Continue on your phone")
            body: page.service.online ? qsTr("Scan this code with your phone's camera to open the page online.") : ""
            Image {
                objectName: "qrCode"
                source: page.service.qr || ""
                visible: source !== ""
                width: Math.round(45 * Theme.pxPerMm)
                height: width
                sourceSize.width: width
                sourceSize.height: width
                smooth: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code")
            }
            BodyText {
                width: parent.width
                text: page.service.online || ""
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
