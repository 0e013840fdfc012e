#include "LoadDialog.h"

#include "SegmentFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

const char *const advertisersKey = "load/advertisers";
const char *const typesKey = "load/types";
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

LoadDialog::LoadDialog(EditorBackend *backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_advertiserList(new QListWidget(this))
    , m_allAdvertisers(new QCheckBox(tr("Select a&ll advertisers"), this))
    , m_typeList(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_load(new QPushButton(tr("&Load"), this))
{
    setObjectName(QStringLiteral("loadDialog"));
    setWindowTitle(tr("Load segments"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/action-load.svg")));

    m_advertiserList->setObjectName(QStringLiteral("advertiserList"));
    m_advertiserList->setAccessibleName(tr("Advertisers"));
    m_allAdvertisers->setObjectName(QStringLiteral("allAdvertisers"));
    m_allAdvertisers->setTristate(true);
    m_allAdvertisers->hide(); // until there are several to choose from
    m_typeList->setObjectName(QStringLiteral("typeList"));
    m_typeList->setAccessibleName(tr("Segment types"));
    m_status->setObjectName(QStringLiteral("loadStatusLabel"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryAdvertisersButton"));
    m_retry->hide();
    m_load->setObjectName(QStringLiteral("loadButton"));
    m_load->setDefault(true);
    m_load->setIcon(QIcon(QStringLiteral(":/icons/action-load.svg")));
    m_buttons->addButton(m_load, QDialogButtonBox::AcceptRole);

    const QStringList checkedTypes = QSettings().value(QLatin1String(typesKey)).toStringList();
    for (const SegmentType type : SegmentEnums::allSegmentTypes()) {
        auto *item = new QListWidgetItem(SegmentFields::typeLabel(type), m_typeList);
        item->setData(IdRole, SegmentEnums::toString(type));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checkedTypes.contains(SegmentEnums::toString(type)) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }

    auto *advertiserLabel = new QLabel(tr("&Advertisers:"), this);
    advertiserLabel->setBuddy(m_advertiserList);
    auto *typeLabel = new QLabel(tr("Segment &types:"), this);
    typeLabel->setBuddy(m_typeList);
    auto *typeHint = new QLabel(tr("None checked: every type."), this);
    typeHint->setEnabled(false);
    typeHint->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(advertiserLabel, 0, 0);
    grid->addWidget(typeLabel, 0, 1);
    grid->addWidget(m_advertiserList, 1, 0);
    grid->addWidget(m_typeList, 1, 1);
    grid->addWidget(m_allAdvertisers, 2, 0);
    grid->addWidget(typeHint, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(statusRow);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (query().advertiserIds.isEmpty())
            return;
        remember();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_advertiserList, &QListWidget::itemChanged, this, &LoadDialog::updateLoadButton);
    // A click sets every advertiser or none; the partial state only reports a mixed list.
    connect(m_allAdvertisers, &QCheckBox::clicked, this, [this] {
        const bool all = m_allAdvertisers->checkState() != Qt::Unchecked;
        const QSignalBlocker blocker(m_advertiserList);
        for (int i = 0; i < m_advertiserList->count(); ++i)
            m_advertiserList->item(i)->setCheckState(all ? Qt::Checked : Qt::Unchecked);
        updateLoadButton();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_backend && m_backend->listAdvertisers()) {
            m_waiting = true;
            m_retry->hide();
            m_status->setText(tr("Asking the API which advertisers you can use…"));
        }
    });
    if (m_backend) {
        connect(m_backend, &EditorBackend::advertisersListed, this, &LoadDialog::advertisersListed);
        m_waiting = m_backend->listAdvertisers();
    }
    m_status->setText(m_waiting ? tr("Asking the API which advertisers you can use…")
                                : tr("Not connected."));
    updateLoadButton();
    resize(560, 380);
}

void LoadDialog::advertisersListed(const QList<Advertiser> &advertisers, const QString &error)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_retry->show();
        return;
    }
    m_advertisers = advertisers;
    const QStringList checked = QSettings().value(QLatin1String(advertisersKey)).toStringList();
    m_advertiserList->clear();
    for (const Advertiser &advertiser : advertisers) {
        const QString text = advertiser.name.isEmpty()
                ? advertiser.id
                : tr("%1 (%2)", "advertiser name (id)").arg(advertiser.name, advertiser.id);
        auto *item = new QListWidgetItem(text, m_advertiserList);
        item->setData(IdRole, advertiser.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        // One advertiser: it is the choice.
        item->setCheckState(checked.contains(advertiser.id) || advertisers.size() == 1
                                    ? Qt::Checked
                                    : Qt::Unchecked);
    }
    m_status->setText(advertisers.isEmpty()
                              ? tr("These credentials reach no advertiser. Ask your Criteo contact "
                                   "to grant the application access to one.")
                              : tr("Check the advertisers whose segments you want to edit."));
    m_advertiserList->setCurrentRow(0);
    updateLoadButton();
}

EditorBackend::SegmentQuery LoadDialog::query() const
{
    EditorBackend::SegmentQuery query;
    for (int i = 0; i < m_advertiserList->count(); ++i) {
        const QListWidgetItem *item = m_advertiserList->item(i);
        if (item->checkState() == Qt::Checked)
            query.advertiserIds.append(item->data(IdRole).toString());
    }
    for (int i = 0; i < m_typeList->count(); ++i) {
        const QListWidgetItem *item = m_typeList->item(i);
        if (item->checkState() == Qt::Checked)
            query.types.append(SegmentEnums::segmentTypeFromString(item->data(IdRole).toString()));
    }
    return query;
}

QString LoadDialog::statusText() const
{
    return m_status->text();
}

void LoadDialog::updateLoadButton()
{
    m_load->setEnabled(!query().advertiserIds.isEmpty());
    updateAllAdvertisers();
}

void LoadDialog::updateAllAdvertisers()
{
    const int count = m_advertiserList->count();
    m_allAdvertisers->setVisible(count > 1);
    const int checked = int(query().advertiserIds.size());
    m_allAdvertisers->setCheckState(checked == 0               ? Qt::Unchecked
                                            : checked == count ? Qt::Checked
                                                               : Qt::PartiallyChecked);
}

void LoadDialog::remember() const
{
    const EditorBackend::SegmentQuery q = query();
    QStringList types;
    for (const SegmentType type : q.types)
        types.append(SegmentEnums::toString(type));
    QSettings settings;
    settings.setValue(QLatin1String(advertisersKey), q.advertiserIds);
    settings.setValue(QLatin1String(typesKey), types);
}
