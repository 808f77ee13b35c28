pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls
import Kiosk.Forms

// One page of the form being filled: progress, the step's questions, the
// problems found (named, spoken, the first one focused), Back and Next.
// Back (the button, the keypad or the bar) goes to the previous page and
// never loses an answer; from the first page it leaves the form.
ScreenPage {
    id: page
    screenName: "form"
    title: Forms.title
    helpText: qsTr("Answer the questions, then press Next. You can go back at any time without losing your answers.")
    signal reviewRequested()
    signal leaveRequested()

    function fieldItem(fieldId) {
        for (let i = 0; i < fields.count; ++i) {
            const item = fields.itemAt(i)
            if (item && item.fieldId === fieldId)
                return item
        }
        return null
    }
    function focusFirst() {
        const first = fields.count > 0 ? fields.itemAt(0) : null
        if (first) first.focusControl()
        else nextButton.forceActiveFocus(Qt.OtherFocusReason)
        revealFocus()
    }
    function focusField(fieldId) {
        const item = fieldItem(fieldId)
        if (item) item.focusControl()
        revealFocus()
    }
    // The bar's Back and the keypad's Back key: a page back inside the form.
    function handleBack() {
        if (Forms.back()) {
            Qt.callLater(page.focusFirst)
            return true
        }
        return false
    }
    function goNext() {
        if (!Forms.next())
            return
        if (Forms.phase === "review")
            page.reviewRequested()
        else {
            Speech.say(progress.text + ". " + Forms.stepTitle)
            Qt.callLater(page.focusFirst)
        }
    }

    Connections {
        target: Forms
        function onErrorsFound(fieldId, spoken) {
            Speech.say(spoken)
            Qt.callLater(function() { page.focusField(fieldId) })
        }
        function onPageRebuilt(fieldId) { Qt.callLater(function() { page.focusField(fieldId) }) }
    }

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacing

        BodyText {
            id: progress
            objectName: "formProgress"
            width: parent.width
            color: Theme.textMuted
            //: progress through a form, e.g. "Step 2 of 4"
            text: qsTr("Step %1 of %2").arg(Forms.pageNumber).arg(Forms.pageCount)
        }
        Rectangle {
            // The progress as a bar too.
            width: parent.width
            height: Theme.spacingSmall
            radius: height / 2
            color: Theme.surface
            border.width: 1
            border.color: Theme.border
            Rectangle {
                width: parent.width * Forms.pageNumber / Math.max(1, Forms.pageCount)
                height: parent.height
                radius: parent.radius
                color: Theme.primary
                x: Kiosk.rtl ? parent.width - width : 0
            }
        }
        Heading {
            objectName: "stepTitle"
            width: parent.width
            font.pixelSize: Math.round(Theme.fontBody * 1.2)
            text: Forms.stepTitle
        }
        BodyText {
            width: parent.width
            visible: Forms.pageNumber === 1 && Forms.intro !== ""
            text: Forms.intro
        }
        BodyText {
            width: parent.width
            visible: Forms.stepHelp !== ""
            color: Theme.textMuted
            text: Forms.stepHelp
        }

        // Fill in from the health card, only after the citizen says yes.
        Rectangle {
            objectName: "cardOffer"
            width: parent.width
            visible: Forms.offersCard
            height: visible ? cardColumn.height + 2 * Theme.spacing : 0
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            Column {
                id: cardColumn
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall
                BodyText {
                    width: parent.width
                    text: Forms.cardPresent
                          ? qsTr("Your health card is in the reader. Do you want to fill in your name, surname and tax code from it? Nothing is kept after you leave.")
                          : qsTr("You can fill in your name, surname and tax code from your health card (Tessera Sanitaria): insert it in the reader.")
                }
                KButton {
                    objectName: "useCard"
                    visible: Forms.cardPresent
                    text: qsTr("Yes, use my card")
                    onClicked: {
                        const filled = Forms.useCard()
                        //: %n is the number of answers filled in from the card
                        Speech.say(qsTr("%n answer(s) filled in from your card. Please check them.", "", filled))
                        Qt.callLater(page.focusFirst)
                    }
                }
                KButton {
                    objectName: "insertDemoCard"
                    visible: Kiosk.demo && !Forms.cardPresent
                    kind: "secondary"
                    text: qsTr("Insert the demo card")
                    description: qsTr("Demo only: simulates a health card in the reader.")
                    onClicked: Kiosk.insertDemoCard()
                }
            }
        }

        ErrorSummary {
            objectName: "errorSummary"
            width: parent.width
            model: Forms.errors
            onFieldChosen: function(fieldId) { page.focusField(fieldId) }
        }

        Repeater {
            id: fields
            model: Forms.fields
            delegate: FieldBlock { width: column.width }
        }

        KToggle {
            objectName: "easyMode"
            width: parent.width
            text: qsTr("One question per screen")
            checked: Forms.easyMode
            onToggled: {
                Forms.setEasyMode(checked)
                Qt.callLater(page.focusFirst)
            }
        }

        Flow {
            width: parent.width
            spacing: Theme.spacing
            KButton {
                objectName: "formBack"
                kind: "secondary"
                iconName: "back"
                text: Forms.pageNumber > 1 ? qsTr("Previous step") : qsTr("Leave the form")
                onClicked: if (!page.handleBack()) page.leaveRequested()
            }
            KButton {
                id: nextButton
                objectName: "formNext"
                text: Forms.pageNumber < Forms.pageCount ? qsTr("Next") : qsTr("Check your answers")
                onClicked: page.goNext()
            }
        }
    }
}
