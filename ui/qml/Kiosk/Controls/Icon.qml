import QtQuick

// Line icons drawn from SVG path data, so their colour comes from the Theme like text.
// Paths are on a 48x48 grid.
Item {
    id: icon
    property string name: ""
    property color color: "black"
    property real size: 48
    implicitWidth: size
    implicitHeight: size

    readonly property var paths: ({
        search: "M20 6 A14 14 0 1 1 19.99 6 Z M30 30 L42 42",
        pay: "M6 12 H42 V36 H6 Z M6 19 H42 M12 29 H22",
        forms: "M12 4 H30 L38 12 V44 H12 Z M30 4 V12 H38 M18 22 H32 M18 30 H32 M18 38 H26",
        report: "M24 4 L44 40 H4 Z M24 17 V29 M24 33 V36",
        welcome: "M6 22 L24 8 L42 22 M11 18 V42 H37 V18 M20 42 V30 H28 V42",
        accessibility: "M24 4 A4 4 0 1 1 23.99 4 Z M8 16 L24 19 L40 16 M24 19 V30 M24 30 L16 44 M24 30 L32 44",
        language: "M24 4 A20 20 0 1 1 23.99 4 Z M4 24 H44 M24 4 C14 14 14 34 24 44 M24 4 C34 14 34 34 24 44",
        back: "M30 8 L14 24 L30 40",
        home: "M6 24 L24 8 L42 24 M11 20 V42 H37 V20",
        help: "M24 4 A20 20 0 1 1 23.99 4 Z M17 18 C17 10 31 10 31 18 C31 24 24 24 24 30 M24 35 V38",
        end: "M18 8 H8 V40 H18 M22 24 H44 M36 16 L44 24 L36 32",
        check: "M8 26 L19 37 L40 12",
        minus: "M10 24 H38",
        plus: "M10 24 H38 M24 10 V38"
    })

    // A Canvas, not QtQuick.Shapes: shapes ignore a Flickable's clipping under
    // the software scene graph, and icons of scrolled-away buttons leaked
    // over the page. The canvas repaints only when size, colour or name change.
    Canvas {
        id: canvas
        anchors.centerIn: parent
        width: icon.size
        height: icon.size
        renderTarget: Canvas.Image
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const path = icon.paths[icon.name]
            if (!path)
                return
            ctx.scale(width / 48, height / 48)
            ctx.lineWidth = 3.5
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            ctx.strokeStyle = icon.color
            ctx.path = path
            ctx.stroke()
        }
    }
    onColorChanged: canvas.requestPaint()
    onNameChanged: canvas.requestPaint()
    onSizeChanged: canvas.requestPaint()
}
