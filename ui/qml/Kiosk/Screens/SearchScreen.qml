pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme
import Kiosk.Controls

// Search as you type, or browse: with an empty field the page shows the
// categories and the services people ask for most.
ScreenPage {
    id: page
    screenName: "search"
    title: qsTr("Find a service")
    helpText: qsTr("Type what you are looking for with the on-screen keyboard, or choose a category below. Results appear as you type.")
    firstFocus: field
    signal serviceChosen(string serviceId)
    signal categoryChosen(string categoryId)

    readonly property bool typing: field.text.trim() !== ""

    Column {
        width: parent.width
        spacing: Theme.spacing

        TextField {
            id: field
            objectName: "searchField"
            width: parent.width
            implicitHeight: Math.max(Theme.touchTarget, contentHeight + 2 * Theme.spacingSmall)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderText: qsTr("For example: identity card, school canteen, waste")
            placeholderTextColor: Theme.textMuted
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search")
            Component.onCompleted: {
                text = Kiosk.typedText("search")
                Catalog.search(text)
            }
            onTextEdited: {
                Kiosk.setTypedText("search", text)
                Catalog.search(text)
            }
            background: Rectangle {
                radius: Theme.radius
                color: Theme.background
                border.width: Theme.borderWidth * 1.5
                border.color: Theme.border
                FocusRing { shown: field.activeFocus }
            }
        }

        // Results, as the citizen types.
        BodyText {
            objectName: "resultsSummary"
            width: parent.width
            visible: page.typing
            color: Theme.textMuted
            text: Catalog.results.count > 0
                  //: %n is the number of services found
                  ? qsTr("%n service(s) found", "", Catalog.results.count)
                  : qsTr("Nothing found. Try other words, or choose a category below.")
            Accessible.role: Accessible.AlertMessage
        }
        Column {
            objectName: "results"
            width: parent.width
            spacing: Theme.spacingSmall
            visible: page.typing
            Repeater {
                model: Catalog.results
                delegate: ServiceRow {
                    required property string serviceId
                    required property string title
                    required summary
                    required fallback
                    objectName: "result_" + serviceId
                    width: parent.width
                    text: title
                    onClicked: page.serviceChosen(serviceId)
                }
            }
        }

        // Browsing: shown when nothing is typed, and under an empty result.
        Heading {
            width: parent.width
            visible: !page.typing && Catalog.popular.count > 0
            font.pixelSize: Math.round(Theme.fontBody * 1.2)
            text: qsTr("Most requested")
        }
        Column {
            width: parent.width
            spacing: Theme.spacingSmall
            visible: !page.typing
            Repeater {
                model: Catalog.popular
                delegate: ServiceRow {
                    required property string serviceId
                    required property string title
                    required summary
                    objectName: "popular_" + serviceId
                    width: parent.width
                    text: title
                    onClicked: page.serviceChosen(serviceId)
                }
            }
        }
        Heading {
            width: parent.width
            visible: !page.typing || Catalog.results.count === 0
            font.pixelSize: Math.round(Theme.fontBody * 1.2)
            text: qsTr("Browse by category")
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            visible: !page.typing || Catalog.results.count === 0
            Repeater {
                model: Catalog.categories
                delegate: KButton {
                    required property string categoryId
                    required property string title
                    required property int count
                    objectName: "category_" + categoryId
                    kind: "secondary"
                    text: title
                    //: %n is the number of services in a category
                    description: qsTr("%n service(s)", "", count)
                    onClicked: page.categoryChosen(categoryId)
                }
            }
        }
    }
}
