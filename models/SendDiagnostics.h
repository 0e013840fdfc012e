#pragma once

#include "SendHistory.h"

#include <QString>

// A support report about a send, to paste into a ticket: for one segment (a failed or warned
// row) or for the whole send, the request's method and path, the API version, the times in
// UTC, the HTTP status, the trace ids, every problem with its code, the exact JSON sent for the
// segment and the part of the answer about it. Made from the send history only, which holds no
// header, token or secret, so none can be in it.
namespace SendDiagnostics {

// About one segment of the send (its id, or a created segment's temporary id); empty when the
// send has no such segment.
QString segmentReport(const SendHistory::Send &send, const QString &segmentId);

// About the whole send: its requests, the problems of the whole send, and each segment with a
// problem or without an answer in full; the others by id.
QString sendReport(const SendHistory::Send &send);

} // namespace SendDiagnostics
