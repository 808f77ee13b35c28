import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Theme

// The frame of every screen: a title, scrolling content that follows the
// keypad focus, and the low-reach layout (information on top, controls below).
FocusScope {
    id: page
    property string title: ""
    // A stable name for tests and the Help key ("home", "search", ...).
    property string screenName: ""
    // What the Help key says about this screen, after its title.
    property string helpText: ""
    // The control that takes the focus when the screen is shown.
    property Item firstFocus: null
    default property alias content: body.data

    signal shown()

    // Content that arrives after the page opened (a list filled from the store)
    // takes the focus the page was holding for it.
    onFirstFocusChanged: {
        if (firstFocus && page.Window.window && page.Window.window.activeFocusItem === page)
            focusFirst()
    }

    function focusFirst() {
        if (firstFocus)
            firstFocus.forceActiveFocus(Qt.OtherFocusReason)
        else
            page.forceActiveFocus(Qt.OtherFocusReason)
        revealFocus()
    }
    // Once laid out, scroll to the focused control: a screen just pushed may
    // take the focus before its content has its final size.
    function revealFocus() {
        Qt.callLater(function() {
            if (page.Window.window)
                flick.reveal(page.Window.window.activeFocusItem)
        })
    }

    Heading {
        id: heading
        text: page.title
        visible: text !== ""
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        // In low reach the title sits in the top part, which holds no controls.
        y: Theme.lowReach ? Math.max(Theme.margin, page.height * Theme.reachTopFraction - height - Theme.spacing)
                          : Theme.margin
    }

    Flickable {
        id: flick
        anchors.left: parent.left
        anchors.right: parent.right
        y: Theme.lowReach ? page.height * Theme.reachTopFraction
                          : (heading.visible ? heading.y + heading.height + Theme.spacing : Theme.margin)
        height: page.height - y
        contentWidth: width
        contentHeight: body.childrenRect.height + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Item {
            id: body
            x: Theme.margin
            width: flick.width - 2 * Theme.margin
            height: childrenRect.height
        }

        ScrollBar.vertical: ScrollBar {
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        // Keep the keypad's focus on screen: scroll so the focused control is visible.
        function reveal(item) {
            if (!item || !page.visible || height <= 0 || contentHeight <= 0)
                return
            for (let p = item; p; p = p.parent) {
                if (p === body) {
                    const r = item.mapToItem(body, 0, 0, item.width, item.height)
                    const top = r.y - Theme.spacing
                    const bottom = r.y + r.height + Theme.spacing + Theme.margin
                    const maxY = Math.max(0, contentHeight - height)
                    if (top < contentY)
                        contentY = Math.max(0, top)
                    else if (bottom > contentY + height)
                        contentY = Math.max(0, Math.min(maxY, bottom - height))
                    return
                }
            }
        }
    }

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() { flick.reveal(page.Window.window.activeFocusItem) }
    }
}
