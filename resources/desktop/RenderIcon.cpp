// segment_render_icon SVG SIZE PNG: draws the application icon at SIZE x SIZE pixels for the
// hicolor theme's PNG folders, at build time. It uses Qt's SVG image plugin (libqt6svg6), the one
// that draws the icons in the window, and fails when the plugin is missing rather than writing an
// empty picture.
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QSize>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    bool ok = false;
    const int size = arguments.value(2).toInt(&ok);
    if (arguments.size() != 4 || !ok || size <= 0) {
        std::fprintf(stderr, "usage: segment_render_icon SVG SIZE PNG\n");
        return 2;
    }
    QImageReader reader(arguments.at(1), "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull() || image.size() != QSize(size, size)) {
        std::fprintf(stderr, "segment_render_icon: cannot draw %s: %s\n",
                     qPrintable(arguments.at(1)), qPrintable(reader.errorString()));
        return 1;
    }
    if (!image.save(arguments.at(3), "png")) {
        std::fprintf(stderr, "segment_render_icon: cannot write %s\n", qPrintable(arguments.at(3)));
        return 1;
    }
    return 0;
}
