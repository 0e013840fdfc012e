#include "ProblemBanner.h"
#include "Tints.h"

#include "FieldDecorator.h"
#include "FormIcons.h"
#include "SegmentFields.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QUrl>
#include <QUrlQuery>

ProblemBanner::ProblemBanner(QWidget *parent)
    : QFrame(parent)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel)
    , m_icon(new QLabel(this))
{
    setObjectName(QStringLiteral("problemBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("problemBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard
                                     | Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Problems of the shown segments"));
    m_icon->setAlignment(Qt::AlignTop);
    m_scroll->setObjectName(QStringLiteral("problemBannerScroll"));
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_label->setAutoFillBackground(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_scroll, 1);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        const QUrlQuery query(url);
        Q_EMIT fieldActivated(query.queryItemValue(QStringLiteral("segment"), QUrl::FullyDecoded),
                              query.queryItemValue(QStringLiteral("field"), QUrl::FullyDecoded));
    });
    hide();
}

QString ProblemBanner::text() const
{
    return m_label->text();
}

int ProblemBanner::maximumListHeight() const
{
    return fontMetrics().lineSpacing() * 9;
}

// The error or warning tint, light or dark after the application's palette, with its text colour.
void ProblemBanner::applyTint()
{
    const Tints::Tint tint = m_anyError ? Tints::Tint::Error : Tints::Tint::Warning;
    QPalette palette = QGuiApplication::palette();
    palette.setColor(QPalette::Window, Tints::background(tint));
    palette.setColor(QPalette::WindowText, Tints::text());
    palette.setColor(QPalette::Text, Tints::text());
    palette.setColor(QPalette::Link, Tints::accent(Tints::Tint::Information));
    setPalette(palette);
}

void ProblemBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange) {
        applyTint();
        if (!m_entries.isEmpty())
            setEntries(m_entries, m_limit); // the words' colours too
    }
    QFrame::changeEvent(event);
}

void ProblemBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

// As tall as the text at the width there is, up to maximumListHeight(); the rest scrolls.
void ProblemBanner::fitHeight()
{
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    const int width = qMax(100, m_scroll->width() - scrollBar);
    const int wanted = m_label->heightForWidth(width);
    m_scroll->setFixedHeight(
            qMin(wanted > 0 ? wanted : m_label->sizeHint().height(), maximumListHeight()));
}

void ProblemBanner::setEntries(const QList<Entry> &entries, int limit)
{
    m_entries = entries;
    m_limit = limit;
    if (entries.isEmpty()) {
        m_label->clear();
        hide();
        return;
    }
    bool anyError = false;
    int errors = 0;
    for (const Entry &e : entries) {
        if (e.problem.severity == Problem::Severity::Error) {
            anyError = true;
            ++errors;
        }
    }
    const int warnings = static_cast<int>(entries.size()) - errors;

    QString html;
    QStringList counts;
    if (errors > 0)
        counts.append(errors == 1 ? tr("1 error") : tr("%n errors", nullptr, errors));
    if (warnings > 0)
        counts.append(warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings));
    html += QStringLiteral("<b>%1</b>")
                    .arg(counts.join(tr(", ", "between counts")).toHtmlEscaped());
    // How many kinds of problem: nineteen times "Service unavailable" is one thing to read.
    QSet<QString> kinds;
    for (const Entry &e : entries)
        kinds.insert(e.problem.headline());
    if (entries.size() > 1 && kinds.size() == 1)
        html += QStringLiteral(" · ")
                + tr("all: %1", "every problem listed is this one")
                          .arg(*kinds.cbegin())
                          .toHtmlEscaped();
    else if (kinds.size() > 1)
        html += QStringLiteral(" · ")
                + tr("%n kinds", "of problems", int(kinds.size())).toHtmlEscaped();
    html += QStringLiteral("<ul style=\"margin-left:0px; -qt-list-indent:1;\">");
    const int shown = std::min(limit, static_cast<int>(entries.size()));
    for (int i = 0; i < shown; ++i) {
        const Entry &e = entries.at(i);
        const Problem &p = e.problem;
        const bool error = p.severity == Problem::Severity::Error;
        const QColor color = error ? FieldDecorator::errorColor() : FieldDecorator::warningColor();
        QString line
                = QStringLiteral("<li><span style=\"color:%1\"><b>%2</b></span> ")
                          .arg(color.name(), (error ? tr("Error") : tr("Warning")).toHtmlEscaped());
        if (!e.segmentLabel.isEmpty())
            line += e.segmentLabel.toHtmlEscaped() + QStringLiteral(" · ");
        const QString fieldLabel = SegmentFields::fieldLabel(p.field);
        if (!fieldLabel.isEmpty()) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("segment"), p.segmentId);
            query.addQueryItem(QStringLiteral("field"), p.field);
            QUrl url(QStringLiteral("segment-field:go"));
            url.setQuery(query);
            line += QStringLiteral("<a href=\"%1\">%2</a>: ")
                            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                 fieldLabel.toHtmlEscaped());
        }
        line += p.headline().toHtmlEscaped();
        if (!p.detail.isEmpty() && p.detail != p.headline())
            line += QStringLiteral("<br/>") + p.detail.toHtmlEscaped();
        QStringList support;
        if (p.origin == Problem::Origin::Validator)
            support.append(tr("found on this computer, before sending"));
        else if (p.origin == Problem::Origin::Server)
            support.append(tr("server answer"));
        if (!p.code.isEmpty() && p.origin != Problem::Origin::Validator)
            support.append(tr("code %1").arg(p.code));
        if (!p.traceId.isEmpty())
            support.append(tr("trace id %1").arg(p.traceId));
        if (!support.isEmpty())
            line += QStringLiteral("<br/><small>%1</small>")
                            .arg(support.join(QStringLiteral(" · ")).toHtmlEscaped());
        html += line + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (entries.size() > shown)
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("… and %n more (see the Problems panel)", nullptr,
                                static_cast<int>(entries.size()) - shown)
                                     .toHtmlEscaped());
    m_label->setText(html);
    m_scroll->verticalScrollBar()->setValue(0);

    m_anyError = anyError;
    applyTint();
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(
            FormIcons::problemIcon(anyError ? Problem::Severity::Error : Problem::Severity::Warning)
                    .pixmap(size, size));
    show();
    fitHeight();
}
