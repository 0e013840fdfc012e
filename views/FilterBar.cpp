#include "FilterBar.h"

#include "SegmentFields.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const char *const stateKey = "filters/state";

} // namespace

FilterBar::FilterBar(SegmentFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_advertiser(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_quick(new QButtonGroup(this))
    , m_textTimer(new QTimer(this))
{
    m_textTimer->setObjectName(QStringLiteral("textFilterTimer"));
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(textFilterDelayMs);
    setObjectName(QStringLiteral("filterBar"));
    m_text->setObjectName(QStringLiteral("filterEdit"));
    m_text->setAccessibleName(tr("Search segments"));
    m_text->setPlaceholderText(tr("Id, name or description"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(QIcon(QStringLiteral(":/icons/action-find.svg")), QLineEdit::LeadingPosition);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Segment type filter"));
    m_advertiser->setObjectName(QStringLiteral("advertiserFilter"));
    m_advertiser->setAccessibleName(tr("Advertiser filter"));
    m_advertiser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_advertiser->setMinimumContentsLength(16);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State filter"));

    m_type->addItem(tr("All types"));
    for (const SegmentType type : SegmentEnums::allSegmentTypes())
        m_type->addItem(SegmentFields::typeLabel(type), QVariant::fromValue(type));
    m_advertiser->addItem(tr("All advertisers"));

    m_state->addItem(tr("All states"), int(StateChoice::All));
    m_state->addItem(tr("Only modified"), int(StateChoice::Modified));
    m_state->addItem(tr("Only invalid"), int(StateChoice::Invalid));
    m_state->addItem(tr("Only failed"), int(StateChoice::Failed));
    m_state->addItem(tr("Only warned"), int(StateChoice::Warned));
    m_state->addItem(tr("Only updated"), int(StateChoice::Updated));
    m_state->addItem(tr("Only in conflict"), int(StateChoice::Conflict));
    m_state->addItem(tr("Only unchanged"), int(StateChoice::Unchanged));
    m_state->addItem(tr("Only not sent"), int(StateChoice::NotSent));

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    layout->addWidget(label(tr("&Search:"), m_text));
    layout->addWidget(m_text, 3);
    layout->addSpacing(8);
    layout->addWidget(label(tr("T&ype:"), m_type));
    layout->addWidget(m_type);
    layout->addSpacing(8);
    layout->addWidget(label(tr("Ad&vertiser:"), m_advertiser));
    layout->addWidget(m_advertiser, 1);
    layout->addSpacing(8);
    layout->addWidget(label(tr("S&tate:"), m_state));
    layout->addWidget(m_state);

    auto *quick = new QHBoxLayout;
    quick->setSpacing(4);
    rows->addLayout(quick);
    quick->addWidget(new QLabel(tr("Quick filters:"), this));
    m_quick->setExclusive(false); // a second click shows every state again
    addQuickFilter(StateChoice::Modified, tr("Edited", "quick filter"),
                   tr("Segments with changes to send"));
    addQuickFilter(StateChoice::Failed, tr("Failed", "quick filter"),
                   tr("Segments the last send did not update, or whose answer was lost"));
    addQuickFilter(StateChoice::Conflict, tr("Conflicts", "quick filter"),
                   tr("Segments changed on the server too: resolve before sending"));
    addQuickFilter(StateChoice::NotSent, tr("Not sent", "quick filter"),
                   tr("Segments a cancelled send did not reach"));
    addQuickFilter(StateChoice::Invalid, tr("Invalid", "quick filter"),
                   tr("Segments with problems to fix before they can be sent"));
    for (QAbstractButton *button : m_quick->buttons())
        quick->addWidget(button);
    quick->addStretch(1);
    connect(m_quick, &QButtonGroup::idClicked, this, [this](int id) {
        const auto choice = StateChoice(id);
        setStateChoice(stateChoice() == choice ? StateChoice::All : choice);
    });

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            applyTextFilter(); // back to every row: nothing to wait for
        else
            m_textTimer->start();
    });
    connect(m_textTimer, &QTimer::timeout, this, &FilterBar::applyTextFilter);
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::applyTextFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant type = m_type->currentData();
        if (m_proxy)
            m_proxy->setTypeFilter(type.isValid()
                                           ? std::optional<SegmentType>(type.value<SegmentType>())
                                           : std::nullopt);
        Q_EMIT filtersChanged();
    });
    connect(m_advertiser, &QComboBox::currentIndexChanged, this, [this] {
        if (m_proxy)
            m_proxy->setAdvertiserFilter(m_advertiser->currentData().toString());
        Q_EMIT filtersChanged();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &FilterBar::applyState);

    const QMetaEnum choices = QMetaEnum::fromType<StateChoice>();
    bool known = false;
    const int saved = choices.keyToValue(
            QSettings().value(QLatin1String(stateKey)).toString().toLatin1().constData(), &known);
    if (known)
        setStateChoice(StateChoice(saved));
}

void FilterBar::addQuickFilter(StateChoice choice, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(
            QStringLiteral("quickFilter")
            + QLatin1String(QMetaEnum::fromType<StateChoice>().valueToKey(int(choice))));
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    m_quick->addButton(button, int(choice));
}

QToolButton *FilterBar::quickFilterButton(StateChoice choice) const
{
    return qobject_cast<QToolButton *>(m_quick->button(int(choice)));
}

void FilterBar::setAdvertisers(const QList<QPair<QString, QString>> &advertisers)
{
    const QString current = m_advertiser->currentData().toString();
    m_advertiser->blockSignals(true);
    while (m_advertiser->count() > 1)
        m_advertiser->removeItem(1);
    for (const auto &[id, text] : advertisers)
        m_advertiser->addItem(text, id);
    const int keep = current.isEmpty() ? 0 : m_advertiser->findData(current);
    m_advertiser->setCurrentIndex(qMax(0, keep));
    m_advertiser->blockSignals(false);
    if (keep < 0 && m_proxy) {
        m_proxy->setAdvertiserFilter(QString());
        Q_EMIT filtersChanged();
    }
}

void FilterBar::setStateChoice(StateChoice choice)
{
    m_state->setCurrentIndex(qMax(0, m_state->findData(int(choice))));
}

FilterBar::StateChoice FilterBar::stateChoice() const
{
    return StateChoice(m_state->currentData().toInt());
}

void FilterBar::applyState()
{
    using S = SegmentTableModel::RowState;
    QSet<S> states;
    switch (stateChoice()) {
    case StateChoice::All:
        break;
    case StateChoice::Modified:
        states = SegmentFilterProxy::modifiedStates();
        break;
    case StateChoice::Invalid:
        states = {S::Invalid};
        break;
    case StateChoice::Failed:
        states = SegmentFilterProxy::failedStates();
        break;
    case StateChoice::Warned:
        states = {S::Warned};
        break;
    case StateChoice::Updated:
        states = {S::Updated};
        break;
    case StateChoice::Conflict:
        states = {S::Conflict};
        break;
    case StateChoice::Unchanged:
        states = {S::Unchanged};
        break;
    case StateChoice::NotSent:
        states = {S::NotSent};
        break;
    }
    for (QAbstractButton *button : m_quick->buttons())
        button->setChecked(m_quick->id(button) == int(stateChoice()));
    QSettings().setValue(
            QLatin1String(stateKey),
            QLatin1String(QMetaEnum::fromType<StateChoice>().valueToKey(int(stateChoice()))));
    if (m_proxy)
        m_proxy->setStateFilter(states);
    Q_EMIT filtersChanged();
}

void FilterBar::applyTextFilter()
{
    m_textTimer->stop();
    if (m_proxy && m_proxy->textFilter() == m_text->text().trimmed())
        return;
    if (m_proxy)
        m_proxy->setTextFilter(m_text->text());
    Q_EMIT filtersChanged();
}

void FilterBar::clearFilters()
{
    m_text->clear();
    applyTextFilter();
    m_type->setCurrentIndex(0);
    m_advertiser->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
}

bool FilterBar::isFiltering() const
{
    return !m_text->text().trimmed().isEmpty() || m_type->currentIndex() > 0
            || m_advertiser->currentIndex() > 0 || m_state->currentIndex() > 0;
}

void FilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}
