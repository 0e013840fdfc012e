#pragma once

#include "EditorBackend.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Connect to the Criteo API with client credentials: base URL, API version, client id and
// secret, "remember" (the secret goes to the system keychain through the backend; the other
// fields to QSettings; never the secret). Test checks the credentials without connecting and
// says what went wrong in plain words; Connect does the same check and, when it passes, makes it
// the connection and closes the dialog.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(EditorBackend *backend, QWidget *parent = nullptr);

    // Fills the fields (the secret too, when given). The dialog starts from the last successful
    // connection saved in QSettings.
    void setSettings(const EditorBackend::ConnectionSettings &settings);
    EditorBackend::ConnectionSettings settings() const;
    // Whether a successful connection is saved as the next default (not for the demo server).
    void setSaveSettings(bool save) { m_saveSettings = save; }

    // Asks the backend for the remembered secret of the client id shown (when "remember" is on
    // and the secret field is empty); it fills the field when it comes.
    void readRememberedSecret();

    QString statusText() const;

    static EditorBackend::ConnectionSettings savedSettings();

private:
    enum class Status { Idle, Working, Ok, Failed };
    void startTest();
    void startConnect();
    bool checkFields();
    void setBusy(bool busy);
    void showStatus(Status status, const QString &text);
    void saveSettings() const;

    QPointer<EditorBackend> m_backend;
    QLineEdit *m_baseUrl;
    QComboBox *m_apiVersion;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_test;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    bool m_saveSettings = true;
    bool m_connecting = false;
    bool m_testing = false;
};
