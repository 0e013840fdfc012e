#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where the client secret lives between sessions. Asynchronous like the OS keychains behind it:
// every call answers through its callback, later, on the caller's thread, never from inside the
// call. The secret is handed only to the callback: implementations never log it or write it to a
// file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,     // nothing stored for this account yet
        Unavailable,  // no keychain on this machine, or it did not answer in time
        AccessDenied, // the keychain is locked or the user refused
        Failed        // anything else; `message` says what
    };

    struct Result
    {
        Status status = Status::Failed;
        QString secret;  // only for a successful read
        QString message; // translated, for the user; empty when Ok
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &account, Callback callback) = 0;
    virtual void write(const QString &account, const QString &secret, Callback callback) = 0;
    virtual void remove(const QString &account, Callback callback) = 0;

    // A short translated name of where secrets go ("the system keychain", "memory only").
    virtual QString description() const = 0;
};
