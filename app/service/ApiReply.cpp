#include "ApiReply.h"

void ApiReply::abort()
{
    if (m_finished)
        return;
    Q_EMIT aborted();
    finish(Error::Cancelled, tr("Cancelled."));
}

void ApiReply::finish(Error error, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    Q_EMIT finished();
}
