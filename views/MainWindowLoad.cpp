// The window's loading: the load dialog, segments arriving page by page, reloading the selected
// rows, and the advertiser filter that follows what is loaded.
#include "MainWindow.h"

#include "FilterBar.h"
#include "LoadDialog.h"
#include "MessageBar.h"
#include "SegmentFilterProxy.h"
#include "SendWorkflow.h"

#include <QLocale>
#include <QProgressBar>
#include <QTableView>

#include <algorithm>
#include <climits>

void MainWindow::connectLoading()
{
    EditorBackend *b = m_backend;
    connect(b, &EditorBackend::segmentsPageLoaded, this,
            [this](const QList<AudienceSegment> &segments) {
                if (m_busy != Busy::Loading)
                    return;
                addAdvertisers(segments);
                m_model->appendSegments(segments);
            });
    connect(b, &EditorBackend::loadProgress, this, [this](qint64 loaded, qint64 total) {
        if (m_busy != Busy::Loading && m_busy != Busy::Reloading)
            return;
        m_progress->setRange(0, total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
        m_progress->setValue(int(qMin<qint64>(loaded, INT_MAX)));
    });
    connect(b, &EditorBackend::loadFinished, this, [this](const QString &error, bool cancelled) {
        if (m_busy != Busy::Loading)
            return;
        setBusy(Busy::None);
        const QString loaded
                = tr("Segments loaded: %1.").arg(QLocale().toString(m_model->rowCount()));
        if (!error.isEmpty())
            m_messageBar->showMessage(MessageBar::Kind::Error,
                                      tr("Loading stopped: %1 %2").arg(error, loaded));
        else if (cancelled)
            m_messageBar->showMessage(MessageBar::Kind::Information,
                                      tr("Loading cancelled. %1").arg(loaded));
        else
            m_messageBar->showMessage(MessageBar::Kind::Positive, loaded);
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, SegmentTableModel::NameColumn));
    });
    connect(b, &EditorBackend::reloadFinished, this,
            [this](const QList<AudienceSegment> &segments, const QStringList &missingIds,
                   const QString &error) {
                if (m_busy != Busy::Reloading)
                    return;
                setBusy(Busy::None);
                m_model->replaceOriginals(segments);
                for (const AudienceSegment &s : segments)
                    m_retryIds.remove(s.id);
                QString text = tr("Reloaded from the server: %1. Your edits are kept.")
                                       .arg(QLocale().toString(segments.size()));
                if (!missingIds.isEmpty())
                    text += QLatin1Char(' ')
                            + tr("Not found on the server any more: %1.")
                                      .arg(missingIds.join(QLatin1String(", ")));
                if (!error.isEmpty())
                    m_messageBar->showMessage(MessageBar::Kind::Error,
                                              tr("Reloading stopped: %1 %2").arg(error, text));
                else
                    m_messageBar->showMessage(missingIds.isEmpty() ? MessageBar::Kind::Positive
                                                                   : MessageBar::Kind::Warning,
                                              text);
            });
}

void MainWindow::showLoadDialog()
{
    if (!m_backend || m_busy != Busy::None)
        return;
    if (!m_backend->isConnected()) {
        showConnectDialog();
        return;
    }
    auto *dialog = new LoadDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const Advertiser &advertiser : dialog->advertisers())
            m_advertiserNames.insert(advertiser.id, advertiser.name);
        loadSegments(dialog->query());
    });
    dialog->open();
}

void MainWindow::loadSegments(const EditorBackend::SegmentQuery &query)
{
    if (!m_backend || m_busy != Busy::None)
        return;
    whenWorkIsSafe(tr("Loading replaces the segments shown."), [this, query] { startLoad(query); });
}

void MainWindow::startLoad(const EditorBackend::SegmentQuery &query)
{
    if (!m_backend || m_busy != Busy::None)
        return;
    m_messageBar->clear();
    m_model->setSegments({});
    m_model->setAdvertiserNames(m_advertiserNames);
    m_advertiserIds.clear();
    refreshAdvertiserFilter();
    m_retryIds.clear();
    m_send->clearLostAnswers();
    m_currentFile.clear();
    m_setBaseUrl.clear();
    m_setApiVersion.clear();
    updateTitle();
    if (!m_backend->loadSegments(query)) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Loading could not start: another operation is under way."));
        return;
    }
    setBusy(Busy::Loading, tr("Loading segments…"));
}

void MainWindow::reloadSelected()
{
    const QStringList ids = selectedIds();
    if (!m_backend || m_busy != Busy::None || ids.isEmpty() || !m_backend->isConnected())
        return;
    if (m_backend->reloadSegments(ids))
        setBusy(Busy::Reloading, tr("Reloading segments: %1…").arg(QLocale().toString(ids.size())));
}

void MainWindow::addAdvertisers(const QList<AudienceSegment> &segments)
{
    const qsizetype before = m_advertiserIds.size();
    for (const AudienceSegment &s : segments)
        m_advertiserIds.insert(s.advertiserId);
    if (m_advertiserIds.size() != before)
        refreshAdvertiserFilter();
}

void MainWindow::refreshAdvertiserFilter()
{
    QList<QPair<QString, QString>> items;
    for (const QString &id : std::as_const(m_advertiserIds)) {
        const QString name = m_advertiserNames.value(id);
        items.append(
                {id, name.isEmpty() ? id : tr("%1 (%2)", "advertiser name (id)").arg(name, id)});
    }
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    m_filterBar->setAdvertisers(items);
}
