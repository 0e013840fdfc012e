#pragma once

#include <QCoreApplication>
#include <QStringList>

// `segmentctl advertisers [--json]`: the id and name of each advertiser the credentials reach
// (`GET advertisers/me`), one tab-separated line each, or a JSON array with --json.
class AdvertisersCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdvertisersCommand)

public:
    static int run(const QStringList &arguments);
};
