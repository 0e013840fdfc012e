#include "LookupJob.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "RetryingCall.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

LookupJob::LookupJob(ApiClient *client, Kind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
{ }

void LookupJob::setAdvertiserAndCountry(const QString &advertiserId, const QString &country)
{
    m_advertiserId = advertiserId;
    m_country = country;
}

void LookupJob::start()
{
    QString path;
    QUrlQuery query;
    switch (m_kind) {
    case Kind::Advertisers:
        path = QStringLiteral("advertisers/me");
        break;
    case Kind::Application:
        path = QStringLiteral("marketing-solutions/me");
        break;
    case Kind::Brands:
    case Kind::Interests:
        path = m_kind == Kind::Brands
                ? QStringLiteral("marketing-solutions/audience-segments/in-market-brands")
                : QStringLiteral("marketing-solutions/audience-segments/in-market-interests");
        query.addQueryItem(QStringLiteral("advertiser-id"), m_advertiserId);
        query.addQueryItem(QStringLiteral("country"), m_country);
        break;
    }
    m_call = new RetryingCall([this, path, query] { return m_client->get(path, query); }, &m_policy,
                              m_client->config().clock, this);
    connect(m_call, &RetryingCall::finished, this, [this](ApiReply *reply) {
        m_call->deleteLater();
        m_httpStatus = reply->httpStatus();
        if (reply->error() != ApiReply::Error::None)
            m_errorString = reply->errorString();
        else
            read(reply->json());
        Q_EMIT finished();
    });
    m_call->start();
}

void LookupJob::cancel()
{
    if (m_call)
        m_call->cancel();
}

void LookupJob::read(const QJsonValue &json)
{
    const QJsonObject root = json.toObject();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (m_kind == Kind::Application) {
        const QJsonObject attributes
                = data.toObject().value(QLatin1String("attributes")).toObject();
        m_applicationName = text(attributes, "name");
        if (m_applicationName.isEmpty())
            m_applicationName = text(data.toObject(), "id");
        return;
    }
    if (!data.isArray() && !data.isNull() && !data.isUndefined()) {
        m_errorString = tr("The server's answer could not be read: “data” is not a list.");
        return;
    }
    const QJsonArray items = data.toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
        const QString id = text(object, "id");
        if (id.isEmpty())
            continue;
        switch (m_kind) {
        case Kind::Advertisers:
            m_advertisers.append({id, text(attributes, "advertiserName")});
            break;
        case Kind::Brands: {
            const QJsonValue size = attributes.value(QLatin1String("size"));
            m_brands.append(
                    {id, text(attributes, "name"),
                     size.isDouble() ? std::optional<qint64>(size.toInteger()) : std::nullopt});
            break;
        }
        case Kind::Interests:
            m_interests.append({id, text(attributes, "parentId")});
            break;
        case Kind::Application:
            break;
        }
    }
}
