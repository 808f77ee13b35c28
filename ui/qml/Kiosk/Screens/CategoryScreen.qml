pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme
import Kiosk.Controls

// The services of one category.
ScreenPage {
    id: page
    screenName: "category"
    title: Catalog.categoryTitle
    helpText: qsTr("The services of this category. Choose one to see what it is, who can apply and where to go.")
    firstFocus: list.count > 0 ? list.itemAt(0) : null
    signal serviceChosen(string serviceId)

    Column {
        width: parent.width
        spacing: Theme.spacingSmall
        Repeater {
            id: list
            model: Catalog.categoryServices
            delegate: ServiceRow {
                required property string serviceId
                required property string title
                required summary
                required fallback
                objectName: "service_" + serviceId
                width: parent.width
                text: title
                onClicked: page.serviceChosen(serviceId)
            }
        }
    }
}
