#pragma once

#include "EditorBackend.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Chooses what to load: one or more advertisers (as `advertisers/me` lists them for the
// connection) and, optionally, segment types. The advertisers checked last time are checked
// again.
class LoadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoadDialog(EditorBackend *backend, QWidget *parent = nullptr);

    EditorBackend::SegmentQuery query() const;
    // Every advertiser listed (for their names in the table).
    QList<Advertiser> advertisers() const { return m_advertisers; }
    QString statusText() const;

private:
    void advertisersListed(const QList<Advertiser> &advertisers, const QString &error);
    void updateLoadButton();
    void updateAllAdvertisers();
    void remember() const;

    QPointer<EditorBackend> m_backend;
    QList<Advertiser> m_advertisers;
    QListWidget *m_advertiserList;
    QCheckBox *m_allAdvertisers; // tri-state: every, some or no advertiser checked
    QListWidget *m_typeList;
    QLabel *m_status;
    QPushButton *m_retry;
    QDialogButtonBox *m_buttons;
    QPushButton *m_load;
    bool m_waiting = false;
};
