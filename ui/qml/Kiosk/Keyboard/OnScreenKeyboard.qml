import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Qt Virtual Keyboard in the UI language's layout only: its language key
// must not lead anywhere else.
InputPanel {
    id: panel
    objectName: "inputPanel"
    width: parent ? parent.width : 0

    Binding { target: VirtualKeyboardSettings; property: "locale"; value: Kiosk.keyboardLocale }
    Binding { target: VirtualKeyboardSettings; property: "activeLocales"; value: [Kiosk.keyboardLocale] }
}
