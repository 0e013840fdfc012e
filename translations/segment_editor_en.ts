<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>No problems in %n changed segment(s).</source>
        <translation>
            <numerusform>No problems in %n changed segment.</numerusform>
            <numerusform>No problems in %n changed segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors: %1, warnings: %2, in %n segment(s).</source>
        <translation>
            <numerusform>Errors: %1, warnings: %2, in %n segment.</numerusform>
            <numerusform>Errors: %1, warnings: %2, in %n segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded segment(s) not checked.</source>
        <translation>
            <numerusform>%n excluded segment not checked.</numerusform>
            <numerusform>%n excluded segments not checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message numerus="yes">
        <source>%1: not sent: %n error(s); “segmentctl check %2” lists them.</source>
        <translation>
            <numerusform>%1: not sent: %n error; “segmentctl check %2” lists them.</numerusform>
            <numerusform>%1: not sent: %n errors; “segmentctl check %2” lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send in %1 request(s).</source>
        <translation>
            <numerusform>%n change to send in %1 request(s).</numerusform>
            <numerusform>%n changes to send in %1 request(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message numerus="yes">
        <source>%n more</source>
        <comment>points of interest, after the first names</comment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>&amp;Selected segments (%n)</source>
        <translation>
            <numerusform>&amp;Selected segments (%n)</numerusform>
            <numerusform>&amp;Selected segments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All loaded segments (%n)</source>
        <translation>
            <numerusform>&amp;All loaded segments (%n)</numerusform>
            <numerusform>&amp;All loaded segments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1 segments; the first %2 are listed.</source>
        <translation>
            <numerusform>%n change in %1 segments; the first %2 are listed.</numerusform>
            <numerusform>%n changes in %1 segments; the first %2 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes in 1 segment.</source>
        <translation>
            <numerusform>%n change in 1 segment.</numerusform>
            <numerusform>%n changes in 1 segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1 segments.</source>
        <translation>
            <numerusform>%n change in %1 segments.</numerusform>
            <numerusform>%n changes in %1 segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n segments</source>
        <translation>
            <numerusform>Replace “%1” with “%2” in %n segment</numerusform>
            <numerusform>Replace “%1” with “%2” in %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Send %1 by %2, %3 to %4 (API version %5); %n HTTP request(s)</source>
        <translation>
            <numerusform>Send %1 by %2, %3 to %4 (API version %5); %n HTTP request</numerusform>
            <numerusform>Send %1 by %2, %3 to %4 (API version %5); %n HTTP requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n send(s).</source>
        <translation>
            <numerusform>The history keeps the last %n send.</numerusform>
            <numerusform>The history keeps the last %n sends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message numerus="yes">
        <source>%1 (%2): %n segment(s) to review, with %3 changed field(s).</source>
        <comment>file (format): counts</comment>
        <translation>
            <numerusform>%1 (%2): %n segment to review, with %3 changed field(s).</numerusform>
            <numerusform>%1 (%2): %n segments to review, with %3 changed field(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) change nothing.</source>
        <translation>
            <numerusform>%n row changes nothing.</numerusform>
            <numerusform>%n rows change nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: nothing of them will be applied.</source>
        <translation>
            <numerusform>%n row refused: nothing of it will be applied.</numerusform>
            <numerusform>%n rows refused: nothing of them will be applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since the change set was made: not applied.</source>
        <translation>
            <numerusform>%n field changed since the change set was made: not applied.</numerusform>
            <numerusform>%n fields changed since the change set was made: not applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InMarketForm</name>
    <message numerus="yes">
        <source>%n brands ticked: %1</source>
        <translation>
            <numerusform>%n brand ticked: %1</numerusform>
            <numerusform>%n brands ticked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interests ticked: %1</source>
        <translation>
            <numerusform>%n interest ticked: %1</numerusform>
            <numerusform>%n interests ticked: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). The secret is kept for this session only.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. The secret is kept for this session only.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. The secret is kept for this session only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message numerus="yes">
        <source>The %n selected segments have different points of interest. Select one segment to edit its list; points pasted or imported here are added to every list, or replace them all.</source>
        <translation>
            <numerusform>The %n selected segments have different points of interest. Select one segment to edit its list; points pasted or imported here are added to every list, or replace them all.</numerusform>
            <numerusform>The %n selected segments have different points of interest. Select one segment to edit its list; points pasted or imported here are added to every list, or replace them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points, the same in every selected segment</source>
        <translation>
            <numerusform>%n point, the same in every selected segment</numerusform>
            <numerusform>%n points, the same in every selected segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n points from %1</source>
        <translation>
            <numerusform>Remove %n point from %1</numerusform>
            <numerusform>Remove %n points from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n points in %1</source>
        <translation>
            <numerusform>Duplicate %n point in %1</numerusform>
            <numerusform>Duplicate %n points in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n points from “%1” into %2</source>
        <translation>
            <numerusform>Import %n point from “%1” into %2</numerusform>
            <numerusform>Import %n points from “%1” into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the points of %1 with %n pasted points</source>
        <translation>
            <numerusform>Replace the points of %1 with %n pasted point</numerusform>
            <numerusform>Replace the points of %1 with %n pasted points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n points into %1</source>
        <translation>
            <numerusform>Paste %n point into %1</numerusform>
            <numerusform>Paste %n points into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n copies added: they are created on Criteo by the next send.</source>
        <translation>
            <numerusform>%n copy added: it is created on Criteo by the next send.</numerusform>
            <numerusform>%n copies added: they are created on Criteo by the next send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments marked for deletion: the next send deletes them from Criteo. Undo keeps them.</source>
        <translation>
            <numerusform>%n segment marked for deletion: the next send deletes it from Criteo. Undo keeps it.</numerusform>
            <numerusform>%n segments marked for deletion: the next send deletes them from Criteo. Undo keeps them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them need a fix first: the Problems panel says what; then choose Retry Failed.</source>
        <translation>
            <numerusform>%n of them needs a fix first: the Problems panel says what; then choose Retry Failed.</numerusform>
            <numerusform>%n of them need a fix first: the Problems panel says what; then choose Retry Failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was unavailable for %n of them, also when tried again: they need no fix; retry later.</source>
        <translation>
            <numerusform>The server was unavailable for %n of them, also when tried again: it needs no fix; retry later.</numerusform>
            <numerusform>The server was unavailable for %n of them, also when tried again: they need no fix; retry later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was unavailable for %n of them: they need no fix; retry later.</source>
        <translation>
            <numerusform>The server was unavailable for %n of them: it needs no fix; retry later.</numerusform>
            <numerusform>The server was unavailable for %n of them: they need no fix; retry later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MixedTypesForm</name>
    <message numerus="yes">
        <source>%1: %n segments</source>
        <comment>type: count</comment>
        <translation>
            <numerusform>%1: %n segment</numerusform>
            <numerusform>%1: %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoiImportDialog</name>
    <message numerus="yes">
        <source>&amp;Replace the %n existing points</source>
        <translation>
            <numerusform>&amp;Replace the %n existing point</numerusform>
            <numerusform>&amp;Replace the %n existing points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points will replace the list</source>
        <translation>
            <numerusform>%n point will replace the list</numerusform>
            <numerusform>%n points will replace the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points will be added</source>
        <translation>
            <numerusform>%n point will be added</numerusform>
            <numerusform>%n points will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines rejected</source>
        <translation>
            <numerusform>%n line rejected</numerusform>
            <numerusform>%n lines rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings to check</source>
        <translation>
            <numerusform>%n warning to check</numerusform>
            <numerusform>%n warnings to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list</source>
        <translation>
            <numerusform>%n already in the list</numerusform>
            <numerusform>%n already in the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoiScatterView</name>
    <message numerus="yes">
        <source>%n points without valid coordinates are not shown</source>
        <translation>
            <numerusform>%n point without valid coordinates is not shown</numerusform>
            <numerusform>%n points without valid coordinates are not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <comment>of problems</comment>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Problems panel)</source>
        <translation>
            <numerusform>… and %n more (see the Problems panel)</numerusform>
            <numerusform>… and %n more (see the Problems panel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message numerus="yes">
        <source>%1 has unsent edits in %n segment(s). Push them first (“segmentctl push %1”), write to another file, or pass --force to overwrite them.</source>
        <translation>
            <numerusform>%1 has unsent edits in %n segment. Push them first (“segmentctl push %1”), write to another file, or pass --force to overwrite them.</numerusform>
            <numerusform>%1 has unsent edits in %n segments. Push them first (“segmentctl push %1”), write to another file, or pass --force to overwrite them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n segment(s)…</source>
        <translation>
            <numerusform>Loaded %1 of %n segment…</numerusform>
            <numerusform>Loaded %1 of %n segments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n segment(s)…</source>
        <translation>
            <numerusform>Loaded %n segment…</numerusform>
            <numerusform>Loaded %n segments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n segment(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n segment to %1.</numerusform>
            <numerusform>Wrote %n segments to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message numerus="yes">
        <source>A real push first reloads the %n segment(s) whose last answer was lost and reconciles them.</source>
        <translation>
            <numerusform>A real push first reloads the %n segment whose last answer was lost and reconciles it.</numerusform>
            <numerusform>A real push first reloads the %n segments whose last answer was lost and reconciles them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) would be sent in %1 request(s); nothing was sent or written.</source>
        <translation>
            <numerusform>Dry run: %n change would be sent in %1 request(s); nothing was sent or written.</numerusform>
            <numerusform>Dry run: %n changes would be sent in %1 request(s); nothing was sent or written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushRunner</name>
    <message numerus="yes">
        <source>Sending %n change(s) in %1 request(s) to %2…</source>
        <translation>
            <numerusform>Sending %n change in %1 request(s) to %2…</numerusform>
            <numerusform>Sending %n changes in %1 request(s) to %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered %1 of %n change(s).</source>
        <translation>
            <numerusform>Answered %1 of %n change.</numerusform>
            <numerusform>Answered %1 of %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n segment(s) in %1 s: %2</source>
        <translation>
            <numerusform>Retrying %n segment in %1 s: %2</numerusform>
            <numerusform>Retrying %n segments in %1 s: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloading %n segment(s) that an earlier push sent without a recorded answer, to find out whether their changes were applied…</source>
        <translation>
            <numerusform>Reloading %n segment that an earlier push sent without a recorded answer, to find out whether its change was applied…</numerusform>
            <numerusform>Reloading %n segments that an earlier push sent without a recorded answer, to find out whether their changes were applied…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloading %n segment(s) to check that nobody changed them since the pull…</source>
        <translation>
            <numerusform>Reloading %n segment to check that nobody changed it since the pull…</numerusform>
            <numerusform>Reloading %n segments to check that nobody changed them since the pull…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciled %n segment(s) from an interrupted push:</source>
        <translation>
            <numerusform>Reconciled %n segment from an interrupted push:</numerusform>
            <numerusform>Reconciled %n segments from an interrupted push:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciled %n segment(s) whose last push got no answer:</source>
        <translation>
            <numerusform>Reconciled %n segment whose last push got no answer:</numerusform>
            <numerusform>Reconciled %n segments whose last push got no answer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing %n segment(s) that audiences use (--confirm-used):</source>
        <translation>
            <numerusform>Changing %n segment that audiences use (--confirm-used):</numerusform>
            <numerusform>Changing %n segments that audiences use (--confirm-used):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This push changes %n segment(s) that audiences use:</source>
        <translation>
            <numerusform>This push changes %n segment that audiences use:</numerusform>
            <numerusform>This push changes %n segments that audiences use:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentDetailsPanel</name>
    <message numerus="yes">
        <source>%n segments selected (%1)</source>
        <comment>count (type)</comment>
        <translation>
            <numerusform>%n segment selected (%1)</numerusform>
            <numerusform>%n segments selected (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments selected (different types)</source>
        <translation>
            <numerusform>%n segment selected (different types)</numerusform>
            <numerusform>%n segments selected (different types)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message numerus="yes">
        <source>Edit %n segments</source>
        <translation>
            <numerusform>Edit %n segment</numerusform>
            <numerusform>Edit %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %n segments</source>
        <translation>
            <numerusform>Revert %n segment</numerusform>
            <numerusform>Revert %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the server’s values for %n segments</source>
        <translation>
            <numerusform>Take the server’s values for %n segment</numerusform>
            <numerusform>Take the server’s values for %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep your values for %n segments</source>
        <translation>
            <numerusform>Keep your values for %n segment</numerusform>
            <numerusform>Keep your values for %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n segments from the send</source>
        <translation>
            <numerusform>Exclude %n segment from the send</numerusform>
            <numerusform>Exclude %n segments from the send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n segments in the send again</source>
        <translation>
            <numerusform>Include %n segment in the send again</numerusform>
            <numerusform>Include %n segments in the send again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new segments</source>
        <translation>
            <numerusform>%n new segment</numerusform>
            <numerusform>%n new segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n segments</source>
        <translation>
            <numerusform>Duplicate %n segment</numerusform>
            <numerusform>Duplicate %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n segments</source>
        <translation>
            <numerusform>Delete %n segment</numerusform>
            <numerusform>Delete %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n segments</source>
        <translation>
            <numerusform>Keep %n segment</numerusform>
            <numerusform>Keep %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message numerus="yes">
        <source>%1 · %n segments</source>
        <comment>type · count</comment>
        <translation>
            <numerusform>%1 · %n segment</numerusform>
            <numerusform>%1 · %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments of different types</source>
        <translation>
            <numerusform>%n segment of different types</numerusform>
            <numerusform>%n segments of different types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <comment>segments</comment>
        <translation>
            <numerusform>%n modified</numerusform>
            <numerusform>%n modified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 in %n segments</source>
        <translation>
            <numerusform>Set %1 in %n segment</numerusform>
            <numerusform>Set %1 in %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %1 in %n segments</source>
        <translation>
            <numerusform>Revert %1 in %n segment</numerusform>
            <numerusform>Revert %1 in %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear description of %n segments</source>
        <translation>
            <numerusform>Clear description of %n segment</numerusform>
            <numerusform>Clear description of %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <comment>what an undo step changed</comment>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDiagnostics</name>
    <message numerus="yes">
        <source>%1 %2 (API version %3): HTTP %4 after %n attempt(s), sent %5, answered %6</source>
        <translation>
            <numerusform>%1 %2 (API version %3): HTTP %4 after %n attempt, sent %5, answered %6</numerusform>
            <numerusform>%1 %2 (API version %3): HTTP %4 after %n attempts, sent %5, answered %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requests: %1 (%n HTTP request(s), retries included)</source>
        <translation>
            <numerusform>Requests: %1 (%n HTTP request, retries included)</numerusform>
            <numerusform>Requests: %1 (%n HTTP requests, retries included)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendHistoryPanel</name>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n send</numerusform>
            <numerusform>%n sends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendRevert</name>
    <message numerus="yes">
        <source>Reverse edits of send %1 are pending for %n segment(s): %2. Preview and send them to undo it.</source>
        <translation>
            <numerusform>Reverse edits of send %1 are pending for %n segment: %2. Preview and send them to undo it.</numerusform>
            <numerusform>Reverse edits of send %1 are pending for %n segments: %2. Preview and send them to undo it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetCommands</name>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n segment(s)</source>
        <translation>
            <numerusform>%1: %n segment</numerusform>
            <numerusform>%1: %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message numerus="yes">
        <source>Import %n segment(s)</source>
        <comment>undo step</comment>
        <translation>
            <numerusform>Import %n segment</numerusform>
            <numerusform>Import %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizesCommand</name>
    <message numerus="yes">
        <source>Computing the sizes of %n segment(s) on %1…</source>
        <translation>
            <numerusform>Computing the sizes of %n segment on %1…</numerusform>
            <numerusform>Computing the sizes of %n segments on %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsedByCommand</name>
    <message numerus="yes">
        <source>Looking up where %n segment(s) are used on %1…</source>
        <translation>
            <numerusform>Looking up where %n segment is used on %1…</numerusform>
            <numerusform>Looking up where %n segments are used on %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsedSegmentsDialog</name>
    <message numerus="yes">
        <source>This send changes %n segment(s) that audiences use.</source>
        <translation>
            <numerusform>This send changes %n segment that audiences use.</numerusform>
            <numerusform>This send changes %n segments that audiences use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whether audiences use the %n segment(s) below could not be checked.</source>
        <translation>
            <numerusform>Whether audiences use the segment below could not be checked.</numerusform>
            <numerusform>Whether audiences use the %n segments below could not be checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n more, it could not be checked.</source>
        <translation>
            <numerusform>For %n more, it could not be checked.</numerusform>
            <numerusform>For %n more, it could not be checked.</numerusform>
        </translation>
    </message>
</context>
</TS>
