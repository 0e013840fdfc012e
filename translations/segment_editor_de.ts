<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AdvertisersCommand</name>
    <message>
        <source>Lists the advertisers your credentials reach: id and name, tab-separated, one per line. Use an id with “segmentctl pull --advertiser ID”.</source>
        <translation>Listet die Werbetreibenden auf, auf die Ihre Anmeldedaten Zugriff haben: ID und Name, durch Tabulatoren getrennt, einer pro Zeile. Verwenden Sie eine ID mit „segmentctl pull --advertiser ID“.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name} instead.</source>
        <translation>Stattdessen ein JSON-Array aus {id, name} ausgeben.</translation>
    </message>
    <message>
        <source>Cannot list the advertisers of %1: %2</source>
        <translation>Die Werbetreibenden von %1 können nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed, so your credentials stay with %1.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet. Der Umleitung wurde nicht gefolgt, Ihre Anmeldedaten bleiben also bei %1.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server answered, but not with the JSON the API promises (%1). The request may or may not have been applied.</source>
        <translation>Der Server hat geantwortet, aber nicht mit dem JSON, das die API vorsieht (%1). Ob die Anfrage ausgeführt wurde, ist unklar.</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>unerwarteter Inhalt</translation>
    </message>
    <message>
        <source>empty body</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>The server refused the request as malformed%1.</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt%1.</translation>
    </message>
    <message>
        <source>The server refused the access token even after renewing it%1. Check the application&apos;s credentials.</source>
        <translation>Der Server hat das Zugriffstoken auch nach dessen Erneuerung abgelehnt%1. Prüfen Sie die Anmeldedaten der Anwendung.</translation>
    </message>
    <message>
        <source>Your application has no permission for this (or the advertiser&apos;s consent was revoked)%1.</source>
        <translation>Ihre Anwendung hat dafür keine Berechtigung (oder der Werbetreibende hat seine Einwilligung widerrufen)%1.</translation>
    </message>
    <message>
        <source>The server does not know this address%1. Check the base URL and API version.</source>
        <translation>Der Server kennt diese Adresse nicht%1. Prüfen Sie die Basis-URL und die API-Version.</translation>
    </message>
    <message>
        <source>API version %1 has been retired%2. Choose a newer version in the connection settings.</source>
        <translation>Die API-Version %1 wurde eingestellt%2. Wählen Sie in den Verbindungseinstellungen eine neuere Version.</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down%1.</source>
        <translation>Zu viele Anfragen: Der Server bittet, das Tempo zu verringern%1.</translation>
    </message>
    <message>
        <source>The Criteo API had a problem (HTTP %1)%2. Try again in a moment.</source>
        <translation>Bei der Criteo-API ist ein Problem aufgetreten (HTTP %1)%2. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1%2.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet%2.</translation>
    </message>
</context>
<context>
    <name>ApiConfig</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (localhost). Use https:// for %1.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer (localhost) erlaubt. Verwenden Sie https:// für %1.</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AudienceSearchJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BulkUpdateJob</name>
    <message>
        <source>Part of the server&apos;s answer could not be read</source>
        <translation>Ein Teil der Serverantwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>These parts did not match the API contract and were ignored: %1</source>
        <translation>Diese Teile entsprachen nicht der API-Spezifikation und wurden ignoriert: %1</translation>
    </message>
    <message>
        <source>Answer lost</source>
        <translation>Antwort verloren</translation>
    </message>
    <message>
        <source>%1 The change may or may not have been applied: reload the segment to find out before sending again.</source>
        <translation>%1 Ob die Änderung übernommen wurde, ist unklar: Laden Sie das Segment neu, um es zu prüfen, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>This is not a change set of Segment Editor (“format”: “%1” is missing).</source>
        <translation>Dies ist kein Änderungspaket von Segment Editor („format“: „%1“ fehlt).</translation>
    </message>
    <message>
        <source>This change set was made by a newer version of Segment Editor.</source>
        <translation>Dieses Änderungspaket wurde mit einer neueren Version von Segment Editor erstellt.</translation>
    </message>
    <message>
        <source>This is not a change set: it needs the columns id, field, old and new.</source>
        <translation>Dies ist kein Änderungspaket: Es benötigt die Spalten id, field, old und new.</translation>
    </message>
    <message>
        <source>No segment %1 in the working set.</source>
        <translation>Segment %1 ist nicht im Arbeitsstand.</translation>
    </message>
    <message>
        <source>Segment %1 is of type %2 here, %3 in the change set.</source>
        <translation>Segment %1 hat hier den Typ %2, im Änderungspaket aber %3.</translation>
    </message>
    <message>
        <source>The field “%1” cannot be changed here.</source>
        <translation>Das Feld „%1“ kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 of segment %2 changed since the change set was made (it was %3 there, it is %4 here): not applied.</source>
        <translation>%1 von Segment %2 hat sich seit dem Erstellen des Änderungspakets geändert (dort %3, hier %4): nicht übernommen.</translation>
    </message>
    <message>
        <source>change set</source>
        <translation>Änderungspaket</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the edits of a working set before anything is sent: one line per problem (segment id, field path, message, tab-separated). Exit status 1 if any problem is an error, 0 if there are only warnings or none. Excluded segments are not checked.</source>
        <translation>Prüft die Änderungen eines Arbeitsstands, bevor etwas gesendet wird: eine Zeile pro Problem (Segment-ID, Feldpfad, Meldung, durch Tabulatoren getrennt). Exit-Status 1, wenn mindestens ein Problem ein Fehler ist, 0 bei ausschließlich Warnungen oder ohne Probleme. Ausgeschlossene Segmente werden nicht geprüft.</translation>
    </message>
    <message>
        <source>The working set to check.</source>
        <translation>Der zu prüfende Arbeitsstand.</translation>
    </message>
    <message>
        <source>Name the working set to check: segmentctl check FILE.</source>
        <translation>Geben Sie den zu prüfenden Arbeitsstand an: segmentctl check FILE.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>No problems in %n changed segment(s).</source>
        <translation>
            <numerusform>Keine Probleme in %n geändertem Segment.</numerusform>
            <numerusform>Keine Probleme in %n geänderten Segmenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors: %1, warnings: %2, in %n segment(s).</source>
        <translation>
            <numerusform>Fehler: %1, Warnungen: %2, in %n Segment.</numerusform>
            <numerusform>Fehler: %1, Warnungen: %2, in %n Segmenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded segment(s) not checked.</source>
        <translation>
            <numerusform>%n ausgeschlossenes Segment nicht geprüft.</numerusform>
            <numerusform>%n ausgeschlossene Segmente nicht geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>A new segment needs a name.</source>
        <translation>Ein neues Segment braucht einen Namen.</translation>
    </message>
    <message>
        <source>A new in-market segment needs a country.</source>
        <translation>Ein neues In-Market-Segment braucht ein Land.</translation>
    </message>
    <message>
        <source>A new location segment needs at least one point of interest.</source>
        <translation>Ein neues Standortsegment braucht mindestens einen Ort.</translation>
    </message>
    <message>
        <source>A new location segment needs a radius.</source>
        <translation>Ein neues Standortsegment braucht einen Radius.</translation>
    </message>
    <message>
        <source>A new prospecting segment needs its users type.</source>
        <translation>Ein neues Prospecting-Segment braucht seinen Nutzertyp.</translation>
    </message>
    <message>
        <source>A new retargeting segment needs its visitors type.</source>
        <translation>Ein neues Retargeting-Segment braucht seinen Besuchertyp.</translation>
    </message>
    <message>
        <source>A new retargeting segment needs the fewest days since the last visit.</source>
        <translation>Ein neues Retargeting-Segment braucht die Mindestzahl der Tage seit dem letzten Besuch.</translation>
    </message>
    <message>
        <source>A new retargeting segment needs the most days since the last visit.</source>
        <translation>Ein neues Retargeting-Segment braucht die Höchstzahl der Tage seit dem letzten Besuch.</translation>
    </message>
    <message>
        <source>A new lookalike segment needs the segment it looks like (its seed).</source>
        <translation>Ein neues Lookalike-Segment braucht das Segment, dem es ähnelt (seine Quelle).</translation>
    </message>
    <message>
        <source>Segments of this type cannot be created with Segment Editor.</source>
        <translation>Segmente dieses Typs können mit Segment Editor nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>--%1 erwartet eine Zahl zwischen %2 und %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>Run “segmentctl %1 --help” for the options.</source>
        <translation>Führen Sie „segmentctl %1 --help“ aus, um die Optionen anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>Client id of your Criteo API application (default: the environment variable CRITEO_CLIENT_ID). The secret comes from CRITEO_CLIENT_SECRET or the keychain, never from the command line.</source>
        <translation>Client-ID Ihrer Criteo-API-Anwendung (Standard: die Umgebungsvariable CRITEO_CLIENT_ID). Der Clientschlüssel stammt aus CRITEO_CLIENT_SECRET oder dem Schlüsselbund, niemals von der Befehlszeile.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use the bearer token held in the environment variable VAR instead of a client id and secret.</source>
        <translation>Das Bearer-Token aus der Umgebungsvariablen VAR statt Client-ID und Clientschlüssel verwenden.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Address of the API (default: the working set&apos;s, else https://api.criteo.com).</source>
        <translation>Adresse der API (Standard: die des Arbeitsstands, sonst https://api.criteo.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API version (default: the working set&apos;s, else 2025-10).</source>
        <translation>API-Version (Standard: die des Arbeitsstands, sonst 2025-10).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>segmentctl never takes a client secret or a token on the command line, where other users of this computer can read it. Set the environment variable CRITEO_CLIENT_SECRET, store the secret in the keychain, or put a token in an environment variable and pass --token-env VAR.</source>
        <translation>segmentctl nimmt niemals einen Clientschlüssel oder ein Token auf der Befehlszeile entgegen, wo andere Benutzer dieses Computers sie lesen können. Setzen Sie die Umgebungsvariable CRITEO_CLIENT_SECRET, speichern Sie den Clientschlüssel im Schlüsselbund oder legen Sie ein Token in einer Umgebungsvariablen ab und übergeben Sie --token-env VAR.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>The working set&apos;s base URL %1 cannot be used: %2 Pass --base-url URL.</source>
        <translation>Die Basis-URL %1 des Arbeitsstands kann nicht verwendet werden: %2 Übergeben Sie --base-url URL.</translation>
    </message>
    <message>
        <source>--api-version needs a version such as 2025-10.</source>
        <translation>--api-version erwartet eine Version wie 2025-10.</translation>
    </message>
    <message>
        <source>--token-env needs the name of an environment variable.</source>
        <translation>--token-env erwartet den Namen einer Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Use either --client-id or --token-env, not both.</source>
        <translation>Verwenden Sie entweder --client-id oder --token-env, nicht beides.</translation>
    </message>
    <message>
        <source>No credentials. Pass --client-id ID or set the environment variable CRITEO_CLIENT_ID, with the secret in CRITEO_CLIENT_SECRET or the keychain; or put a bearer token in an environment variable and pass --token-env VAR.</source>
        <translation>Keine Anmeldedaten. Übergeben Sie --client-id ID oder setzen Sie die Umgebungsvariable CRITEO_CLIENT_ID, mit dem Clientschlüssel in CRITEO_CLIENT_SECRET oder im Schlüsselbund; oder legen Sie ein Bearer-Token in einer Umgebungsvariablen ab und übergeben Sie --token-env VAR.</translation>
    </message>
    <message>
        <source>the token in $%1 at %2</source>
        <translation>das Token in $%1 bei %2</translation>
    </message>
    <message>
        <source>client %1 at %2</source>
        <translation>Client %1 bei %2</translation>
    </message>
    <message>
        <source>The connection is not configured.</source>
        <translation>Die Verbindung ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>The environment variable %1 (named by --token-env) is not set or empty. Put a bearer token in it, or use --client-id.</source>
        <translation>Die Umgebungsvariable %1 (angegeben mit --token-env) ist nicht gesetzt oder leer. Legen Sie darin ein Bearer-Token ab oder verwenden Sie --client-id.</translation>
    </message>
    <message>
        <source>No client secret for client id “%1”. Set the environment variable CRITEO_CLIENT_SECRET, or store the secret in the system keychain (service “Segment Editor”, account “%1”; Segment Editor&apos;s Connect dialog does this), or pass --token-env VAR with a bearer token in VAR. The keychain said: %2</source>
        <translation>Kein Clientschlüssel für die Client-ID „%1“. Setzen Sie die Umgebungsvariable CRITEO_CLIENT_SECRET, speichern Sie den Clientschlüssel im Schlüsselbund des Systems (Dienst „Segment Editor“, Konto „%1“; das übernimmt der Verbindungsdialog von Segment Editor) oder übergeben Sie --token-env VAR mit einem Bearer-Token in VAR. Meldung des Schlüsselbunds: %2</translation>
    </message>
    <message>
        <source>the secret is empty.</source>
        <translation>der Clientschlüssel ist leer.</translation>
    </message>
    <message>
        <source>Cannot sign in to %1: %2</source>
        <translation>Anmeldung bei %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Calls a minute to keep to (default: 250, Criteo&apos;s limit, or the limit the server&apos;s x-ratelimit-limit header states; 0: no pacing, for a server without a limit).</source>
        <translation>Einzuhaltende Aufrufe pro Minute (Standard: 250, das Limit von Criteo, oder das Limit, das der Header x-ratelimit-limit des Servers angibt; 0: keine Drosselung, für einen Server ohne Limit).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--calls-per-minute needs a number from 0 to 1000000.</source>
        <translation>--calls-per-minute erwartet eine Zahl von 0 bis 1000000.</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>%1 — %2</source>
        <comment>problem title — detail</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ComputeSizesJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Keep All Mine</source>
        <translation>Alle meine Werte behalten</translation>
    </message>
    <message>
        <source>Take All Server&apos;s</source>
        <translation>Alle Serverwerte übernehmen</translation>
    </message>
    <message>
        <source>Conflict with the server&apos;s copy</source>
        <translation>Konflikt mit dem Stand auf dem Server</translation>
    </message>
    <message>
        <source>Someone changed these fields on the server after you loaded the segment, and you changed them too. Choose the value the next send keeps: the segment is not sent until every field is decided.</source>
        <translation>Jemand hat diese Felder auf dem Server geändert, nachdem Sie das Segment geladen haben, und auch Sie haben sie geändert. Wählen Sie, welchen Wert das nächste Senden behält: Das Segment wird erst gesendet, wenn für jedes Feld entschieden ist.</translation>
    </message>
    <message>
        <source>Your values stay, and the next send writes them over the server&apos;s</source>
        <translation>Ihre Werte bleiben erhalten und überschreiben beim nächsten Senden die des Servers</translation>
    </message>
    <message>
        <source>The server&apos;s values replace yours in every field listed</source>
        <translation>Die Werte des Servers ersetzen Ihre Werte in allen aufgeführten Feldern</translation>
    </message>
    <message>
        <source>Changed on the server too: 1 field to decide</source>
        <translation>Auch auf dem Server geändert: Entscheidung für 1 Feld offen</translation>
    </message>
    <message>
        <source>Changed on the server too: %1 fields to decide</source>
        <translation>Auch auf dem Server geändert: Entscheidung für %1 Felder offen</translation>
    </message>
    <message>
        <source>%1 as loaded</source>
        <translation>Geladener Wert für %1</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>Ihr Wert für %1</translation>
    </message>
    <message>
        <source>The server&apos;s %1</source>
        <translation>Serverwert für %1</translation>
    </message>
    <message>
        <source>As loaded:</source>
        <translation>Wie geladen:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ihr Wert:</translation>
    </message>
    <message>
        <source>Server&apos;s:</source>
        <translation>Serverwert:</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Meinen Wert für %1 behalten</translation>
    </message>
    <message>
        <source>Take Server&apos;s</source>
        <translation>Serverwert übernehmen</translation>
    </message>
    <message>
        <source>Take the server&apos;s %1</source>
        <translation>Serverwert für %1 übernehmen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>Clientschlüssel im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to Criteo</source>
        <translation>Mit Criteo verbinden</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Criteo retires an API version about every quarter. The audience segments did not change in 2026-01 and 2027-01.</source>
        <translation>Criteo stellt etwa jedes Quartal eine API-Version ein. Die Zielgruppensegmente haben sich in 2026-01 und 2027-01 nicht geändert.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientschlüssel</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Clientschlüssel anzeigen</translation>
    </message>
    <message>
        <source>The client id and address are remembered in the settings; the secret only ever in the system keychain.</source>
        <translation>Client-ID und Adresse werden in den Einstellungen gespeichert, der Clientschlüssel ausschließlich im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Check the credentials with the API without connecting</source>
        <translation>Anmeldedaten bei der API prüfen, ohne eine Verbindung herzustellen</translation>
    </message>
    <message>
        <source>Use the client id and secret of an application you created in the Criteo developer portal (client credentials).</source>
        <translation>Verwenden Sie die Client-ID und den Clientschlüssel einer Anwendung, die Sie im Criteo-Entwicklerportal erstellt haben (Client Credentials).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>AP&amp;I-Version:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Enter the API address, for example https://api.criteo.com.</source>
        <translation>Geben Sie die API-Adresse ein, zum Beispiel https://api.criteo.com.</translation>
    </message>
    <message>
        <source>Enter the API version, for example 2025-10.</source>
        <translation>Geben Sie die API-Version ein, zum Beispiel 2025-10.</translation>
    </message>
    <message>
        <source>Enter the client id of your Criteo application.</source>
        <translation>Geben Sie die Client-ID Ihrer Criteo-Anwendung ein.</translation>
    </message>
    <message>
        <source>Enter the client secret of your Criteo application.</source>
        <translation>Geben Sie den Clientschlüssel Ihrer Criteo-Anwendung ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (code not in the list)</source>
        <translation>%1 (Code nicht in der Liste)</translation>
    </message>
</context>
<context>
    <name>DemoApi</name>
    <message>
        <source>Invalid request body</source>
        <translation>Ungültiger Anfragetext</translation>
    </message>
    <message>
        <source>Unsupported media type</source>
        <translation>Nicht unterstützter Medientyp</translation>
    </message>
    <message>
        <source>Send the body as application/json, not “%1”.</source>
        <translation>Senden Sie den Anfragetext als application/json, nicht als „%1“.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at %2.</source>
        <translation>Der Anfragetext ist kein JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>API version retired</source>
        <translation>API-Version eingestellt</translation>
    </message>
    <message>
        <source>Version %1 of the API is not served; use %2.</source>
        <translation>Version %1 der API wird nicht bereitgestellt; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is no resource at %1.</source>
        <translation>Unter %1 gibt es keine Ressource.</translation>
    </message>
    <message>
        <source>Authorization token missing</source>
        <translation>Autorisierungstoken fehlt</translation>
    </message>
    <message>
        <source>Send an access token in the Authorization header (Bearer).</source>
        <translation>Senden Sie ein Zugriffstoken im Authorization-Header (Bearer).</translation>
    </message>
    <message>
        <source>Authorization token invalid</source>
        <translation>Autorisierungstoken ungültig</translation>
    </message>
    <message>
        <source>The access token is unknown or has expired; request a new one.</source>
        <translation>Das Zugriffstoken ist unbekannt oder abgelaufen; fordern Sie ein neues an.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>More than %1 calls in a minute; try again after %2.</source>
        <translation>Mehr als %1 Aufrufe in einer Minute; versuchen Sie es nach %2 erneut.</translation>
    </message>
    <message>
        <source>The token endpoint only accepts POST.</source>
        <translation>Der Token-Endpunkt akzeptiert nur POST.</translation>
    </message>
    <message>
        <source>Send the parameters as application/x-www-form-urlencoded.</source>
        <translation>Senden Sie die Parameter als application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>The grant_type parameter is missing.</source>
        <translation>Der Parameter grant_type fehlt.</translation>
    </message>
    <message>
        <source>Only the client_credentials grant is supported.</source>
        <translation>Nur der Grant-Typ client_credentials wird unterstützt.</translation>
    </message>
    <message>
        <source>The client_id and client_secret parameters are required.</source>
        <translation>Die Parameter client_id und client_secret sind erforderlich.</translation>
    </message>
    <message>
        <source>The client id or secret is wrong.</source>
        <translation>Client-ID oder Clientschlüssel ist falsch.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht zulässig</translation>
    </message>
    <message>
        <source>%1 accepts %2 only.</source>
        <translation>%1 akzeptiert nur %2.</translation>
    </message>
    <message>
        <source>Demo application served by segmentctl serve-demo; no real account.</source>
        <translation>Demo-Anwendung, bereitgestellt von segmentctl serve-demo; kein echtes Konto.</translation>
    </message>
    <message>
        <source>Wrong type of value</source>
        <translation>Falscher Werttyp</translation>
    </message>
    <message>
        <source>%1 must be an integer, not “%2”.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>limit must be between 0 and 100, not %1.</source>
        <translation>limit muss zwischen 0 und 100 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>offset must not be negative (%1).</source>
        <translation>offset darf nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>Unknown property</source>
        <translation>Unbekannte Eigenschaft</translation>
    </message>
    <message>
        <source>“%1” is not a search filter.</source>
        <translation>„%1“ ist kein Suchfilter.</translation>
    </message>
    <message>
        <source>data must be an object.</source>
        <translation>data muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>data/attributes must be an object.</source>
        <translation>data/attributes muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 muss ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Value not allowed</source>
        <translation>Wert nicht zulässig</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>Advertiser not accessible</source>
        <translation>Werbetreibender nicht zugänglich</translation>
    </message>
    <message>
        <source>Advertiser %1 is not among the advertisers these credentials reach; its segments are left out.</source>
        <translation>Der Werbetreibende %1 gehört nicht zu den Werbetreibenden, auf die diese Anmeldedaten Zugriff haben; seine Segmente werden ausgelassen.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <source>The advertiser-id parameter is required.</source>
        <translation>Der Parameter advertiser-id ist erforderlich.</translation>
    </message>
    <message>
        <source>The country parameter is required.</source>
        <translation>Der Parameter country ist erforderlich.</translation>
    </message>
    <message>
        <source>Invalid country code</source>
        <translation>Ungültiger Ländercode</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>Advertiser %1 is not among the advertisers these credentials reach.</source>
        <translation>Der Werbetreibende %1 gehört nicht zu den Werbetreibenden, auf die diese Anmeldedaten Zugriff haben.</translation>
    </message>
    <message>
        <source>data must be an array of segments.</source>
        <translation>data muss ein Array von Segmenten sein.</translation>
    </message>
    <message>
        <source>“%1” is not part of a bulk request.</source>
        <translation>„%1“ gehört nicht zu einer Sammelanfrage.</translation>
    </message>
</context>
<context>
    <name>DemoFault</name>
    <message>
        <source>“%1”: expected kind=value, e.g. 5xx=1</source>
        <translation>„%1“: Typ=Wert erwartet, z. B. 5xx=1</translation>
    </message>
    <message>
        <source>“%1”: latency takes milliseconds, e.g. latency=200</source>
        <translation>„%1“: latency erwartet Millisekunden, z. B. latency=200</translation>
    </message>
    <message>
        <source>“%1”: a share is between 0 and 1, e.g. 0.1</source>
        <translation>„%1“: Ein Anteil liegt zwischen 0 und 1, z. B. 0.1</translation>
    </message>
    <message>
        <source>“%1”: give the Nth request (1, 2…) or a share (0.1)</source>
        <translation>„%1“: Geben Sie die n-te Anfrage (1, 2 …) oder einen Anteil (0.1) an</translation>
    </message>
    <message>
        <source>“%1”: expected option=value after “:”</source>
        <translation>„%1“: Option=Wert nach „:“ erwartet</translation>
    </message>
    <message>
        <source>“%1”: count is 0 (no bound) or more</source>
        <translation>„%1“: count muss 0 (unbegrenzt) oder größer sein</translation>
    </message>
    <message>
        <source>“%1”: status must be 500 to 599</source>
        <translation>„%1“: status muss zwischen 500 und 599 liegen</translation>
    </message>
    <message>
        <source>“%1”: unknown option “%2”</source>
        <translation>„%1“: unbekannte Option „%2“</translation>
    </message>
    <message>
        <source>“%1”: unknown fault; use latency, 5xx, reset, hang, malformed, truncated, html, expire-token, renew-fail, 429, bad-index, drop-ids or apply-drop</source>
        <translation>„%1“: unbekannter Fehler; verwenden Sie latency, 5xx, reset, hang, malformed, truncated, html, expire-token, renew-fail, 429, bad-index, drop-ids oder apply-drop</translation>
    </message>
</context>
<context>
    <name>DemoInsights</name>
    <message>
        <source>Invalid request body</source>
        <translation>Ungültiger Anfragetext</translation>
    </message>
    <message>
        <source>Unsupported media type</source>
        <translation>Nicht unterstützter Medientyp</translation>
    </message>
    <message>
        <source>Send the body as application/json, not “%1”.</source>
        <translation>Senden Sie den Anfragetext als application/json, nicht als „%1“.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown property</source>
        <translation>Unbekannte Eigenschaft</translation>
    </message>
    <message>
        <source>“%1” is not part of this request.</source>
        <translation>„%1“ gehört nicht zu dieser Anfrage.</translation>
    </message>
    <message>
        <source>An in-market segment without brands or interests cannot be sized.</source>
        <translation>Die Größe eines In-Market-Segments ohne Marken und Interessen kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>A location segment needs points of interest and a radius to be sized.</source>
        <translation>Ein Standortsegment braucht Orte und einen Radius, damit seine Größe berechnet werden kann.</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>limit must be an integer between 0 and 100.</source>
        <translation>limit muss eine ganze Zahl zwischen 0 und 100 sein.</translation>
    </message>
    <message>
        <source>offset must be an integer, not negative.</source>
        <translation>offset muss eine ganze Zahl und darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Too few matched users to compute a size.</source>
        <translation>Zu wenige zugeordnete Nutzer, um eine Größe zu berechnen.</translation>
    </message>
    <message>
        <source>Size calculation is not supported for this type of segment.</source>
        <translation>Die Größenberechnung wird für diesen Segmenttyp nicht unterstützt.</translation>
    </message>
    <message>
        <source>data must be an array of segments.</source>
        <translation>data muss ein Array von Segmenten sein.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <source>Each item needs the id of a segment.</source>
        <translation>Jedes Element braucht die ID eines Segments.</translation>
    </message>
    <message>
        <source>Segment not found</source>
        <translation>Segment nicht gefunden</translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation>Es gibt kein Segment %1.</translation>
    </message>
    <message>
        <source>Segment not accessible</source>
        <translation>Segment nicht zugänglich</translation>
    </message>
    <message>
        <source>Segment %1 belongs to an advertiser these credentials do not reach.</source>
        <translation>Segment %1 gehört zu einem Werbetreibenden, auf den diese Zugangsdaten keinen Zugriff haben.</translation>
    </message>
    <message>
        <source>Size cannot be computed</source>
        <translation>Größe nicht berechenbar</translation>
    </message>
    <message>
        <source>advertiserId is required.</source>
        <translation>advertiserId ist erforderlich.</translation>
    </message>
    <message>
        <source>Advertiser not accessible</source>
        <translation>Werbetreibender nicht zugänglich</translation>
    </message>
    <message>
        <source>Advertiser %1 is not among the advertisers these credentials reach.</source>
        <translation>Der Werbetreibende %1 gehört nicht zu den Werbetreibenden, auf die diese Anmeldedaten Zugriff haben.</translation>
    </message>
    <message>
        <source>Give exactly one definition: inMarket or location.</source>
        <translation>Geben Sie genau eine Definition an: inMarket oder location.</translation>
    </message>
    <message>
        <source>inMarket needs a country.</source>
        <translation>inMarket braucht ein Land.</translation>
    </message>
    <message>
        <source>location needs pointsOfInterest and radiusInKm.</source>
        <translation>location braucht pointsOfInterest und radiusInKm.</translation>
    </message>
    <message>
        <source>Point %1 needs a latitude (-90 to 90) and a longitude (-180 to 180).</source>
        <translation>Ort %1 braucht einen Breitengrad (-90 bis 90) und einen Längengrad (-180 bis 180).</translation>
    </message>
    <message>
        <source>%1 must be an array of strings.</source>
        <translation>%1 muss ein Array von Zeichenketten sein.</translation>
    </message>
</context>
<context>
    <name>DemoLifecycleProcessor</name>
    <message>
        <source>Invalid resource</source>
        <translation>Ungültige Ressource</translation>
    </message>
    <message>
        <source>Each item must be {&quot;type&quot;: &quot;AudienceSegment&quot;, &quot;attributes&quot;: {…}}.</source>
        <translation>Jedes Element muss {&quot;type&quot;: &quot;AudienceSegment&quot;, &quot;attributes&quot;: {…}} sein.</translation>
    </message>
    <message>
        <source>Unknown property</source>
        <translation>Unbekannte Eigenschaft</translation>
    </message>
    <message>
        <source>“%1” is not part of a segment to create.</source>
        <translation>„%1“ gehört nicht zu einem zu erstellenden Segment.</translation>
    </message>
    <message>
        <source>Required field</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>advertiserId is required.</source>
        <translation>advertiserId ist erforderlich.</translation>
    </message>
    <message>
        <source>Advertiser not accessible</source>
        <translation>Werbetreibender nicht zugänglich</translation>
    </message>
    <message>
        <source>These credentials cannot create segments for advertiser %1.</source>
        <translation>Mit diesen Zugangsdaten können keine Segmente für den Werbetreibenden %1 erstellt werden.</translation>
    </message>
    <message>
        <source>name is required.</source>
        <translation>name ist erforderlich.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Leerer Name</translation>
    </message>
    <message>
        <source>The name of a segment cannot be empty.</source>
        <translation>Der Name eines Segments darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Name bereits vergeben</translation>
    </message>
    <message>
        <source>Advertiser %1 already has a segment named “%2”.</source>
        <translation>Der Werbetreibende %1 hat bereits ein Segment namens „%2“.</translation>
    </message>
    <message>
        <source>Segment type</source>
        <translation>Segmenttyp</translation>
    </message>
    <message>
        <source>A segment to create has exactly one of inMarket, location, prospecting, retargeting, lookalike or contactList.</source>
        <translation>Ein zu erstellendes Segment hat genau eines von inMarket, location, prospecting, retargeting, lookalike oder contactList.</translation>
    </message>
    <message>
        <source>%1.%2 is required to create a segment.</source>
        <translation>%1.%2 ist zum Erstellen eines Segments erforderlich.</translation>
    </message>
    <message>
        <source>Seed not found</source>
        <translation>Quelle nicht gefunden</translation>
    </message>
    <message>
        <source>Advertiser %1 has no segment %2 to look like.</source>
        <translation>Der Werbetreibende %1 hat kein Segment %2, dem es ähneln könnte.</translation>
    </message>
    <message>
        <source>Each item must be {&quot;id&quot;: &quot;…&quot;, &quot;type&quot;: &quot;AudienceSegment&quot;}.</source>
        <translation>Jedes Element muss {&quot;id&quot;: &quot;…&quot;, &quot;type&quot;: &quot;AudienceSegment&quot;} sein.</translation>
    </message>
    <message>
        <source>Segment not found</source>
        <translation>Segment nicht gefunden</translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation>Es gibt kein Segment %1.</translation>
    </message>
    <message>
        <source>Segment not accessible</source>
        <translation>Segment nicht zugänglich</translation>
    </message>
    <message>
        <source>These credentials cannot delete segment %1.</source>
        <translation>Mit diesen Zugangsdaten kann das Segment %1 nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>DemoPatchProcessor</name>
    <message>
        <source>Wrong type of value</source>
        <translation>Falscher Werttyp</translation>
    </message>
    <message>
        <source>Unknown property</source>
        <translation>Unbekannte Eigenschaft</translation>
    </message>
    <message>
        <source>Property cannot be changed</source>
        <translation>Eigenschaft nicht änderbar</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>Value not allowed</source>
        <translation>Wert nicht zulässig</translation>
    </message>
    <message>
        <source>Value listed twice</source>
        <translation>Wert doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Invalid country code</source>
        <translation>Ungültiger Ländercode</translation>
    </message>
    <message>
        <source>Unknown brand</source>
        <translation>Unbekannte Marke</translation>
    </message>
    <message>
        <source>Unknown interest</source>
        <translation>Unbekanntes Interesse</translation>
    </message>
    <message>
        <source>Minimum greater than maximum</source>
        <translation>Minimum größer als Maximum</translation>
    </message>
    <message>
        <source>Name is empty</source>
        <translation>Name ist leer</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Name bereits vergeben</translation>
    </message>
    <message>
        <source>Settings do not match the segment type</source>
        <translation>Einstellungen passen nicht zum Segmenttyp</translation>
    </message>
    <message>
        <source>Segment is read-only</source>
        <translation>Segment ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Segment sent twice in one request</source>
        <translation>Segment zweimal in einer Anfrage gesendet</translation>
    </message>
    <message>
        <source>Wrong resource type</source>
        <translation>Falscher Ressourcentyp</translation>
    </message>
    <message>
        <source>Segment not found</source>
        <translation>Segment nicht gefunden</translation>
    </message>
    <message>
        <source>Segment not accessible</source>
        <translation>Segment nicht zugänglich</translation>
    </message>
    <message>
        <source>at index %1</source>
        <translation>an Index %1</translation>
    </message>
    <message>
        <source>Segment %1: “%2” cannot be changed by an update.</source>
        <translation>Segment %1: „%2“ kann durch eine Aktualisierung nicht geändert werden.</translation>
    </message>
    <message>
        <source>Segment %1: “%2” is not a property of this object.</source>
        <translation>Segment %1: „%2“ ist keine Eigenschaft dieses Objekts.</translation>
    </message>
    <message>
        <source>Segment %1: %2 is outside %3 to %4.</source>
        <translation>Segment %1: %2 liegt außerhalb des Bereichs %3 bis %4.</translation>
    </message>
    <message>
        <source>Segment %1: “%2” is not one of %3.</source>
        <translation>Segment %1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>Segment %1: “%2” is listed more than once; this list is a set.</source>
        <translation>Segment %1: „%2“ ist mehrfach aufgeführt; diese Liste darf keine Duplikate enthalten.</translation>
    </message>
    <message>
        <source>Segment %1: expected %2, found %3.</source>
        <translation>Segment %1: %2 erwartet, %3 gefunden.</translation>
    </message>
    <message>
        <source>Segment %1: “%2” is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>Segment %1: „%2“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>Segment %1: there is no brand %2.</source>
        <translation>Segment %1: Die Marke %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Segment %1: there is no interest %2.</source>
        <translation>Segment %1: Das Interesse %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Segment %1: a point of interest needs its %2.</source>
        <translation>Segment %1: Ein Point of Interest benötigt den Wert %2.</translation>
    </message>
    <message>
        <source>Segment %1: %2 %3 is outside -%4 to %4.</source>
        <translation>Segment %1: %2 %3 liegt außerhalb des Bereichs -%4 bis %4.</translation>
    </message>
    <message>
        <source>Segment %1: at least %2 days but at most %3 days.</source>
        <translation>Segment %1: mindestens %2 Tage, aber höchstens %3 Tage.</translation>
    </message>
    <message>
        <source>Item %1 has no segment id.</source>
        <translation>Element %1 hat keine Segment-ID.</translation>
    </message>
    <message>
        <source>Segment %1: the resource type must be “AudienceSegment”.</source>
        <translation>Segment %1: Der Ressourcentyp muss „AudienceSegment“ sein.</translation>
    </message>
    <message>
        <source>Segment %1 appears more than once in this request; only its first occurrence is considered.</source>
        <translation>Segment %1 kommt in dieser Anfrage mehrfach vor; nur das erste Vorkommen wird berücksichtigt.</translation>
    </message>
    <message>
        <source>There is no segment %1; nothing was updated.</source>
        <translation>Segment %1 existiert nicht; es wurde nichts aktualisiert.</translation>
    </message>
    <message>
        <source>Segment %1 belongs to advertiser %2, which these credentials cannot manage.</source>
        <translation>Segment %1 gehört zum Werbetreibenden %2, den diese Anmeldedaten nicht verwalten dürfen.</translation>
    </message>
    <message>
        <source>Segment %1: the item has no attributes.</source>
        <translation>Segment %1: Das Element hat keine Attribute.</translation>
    </message>
    <message>
        <source>Segment %1 is a read-only contact list shared with this advertiser.</source>
        <translation>Segment %1 ist eine schreibgeschützte Kontaktliste, die für diesen Werbetreibenden freigegeben ist.</translation>
    </message>
    <message>
        <source>Segment %1: a segment needs a name.</source>
        <translation>Segment %1: Ein Segment benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Segment %1: segment %2 of advertiser %3 is already named “%4”.</source>
        <translation>Segment %1: Segment %2 des Werbetreibenden %3 heißt bereits „%4“.</translation>
    </message>
    <message>
        <source>Segment %1 is of type %2; “%3” settings do not apply to it.</source>
        <translation>Segment %1 hat den Typ %2; Einstellungen unter „%3“ gelten dafür nicht.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>The demo server was told to fail this request (fault injection).</source>
        <translation>Der Demo-Server wurde angewiesen, diese Anfrage fehlschlagen zu lassen (Fehlerinjektion).</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>The demo server was told to refuse this request with 429 and no rate-limit header (fault injection).</source>
        <translation>Der Demo-Server sollte diese Anfrage mit 429 und ohne Ratenlimit-Header ablehnen (Fehlerinjektion).</translation>
    </message>
    <message>
        <source>The client id or secret is no longer valid (fault injection).</source>
        <translation>Client-ID oder Secret ist nicht mehr gültig (Fehlerinjektion).</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>%1 (%2) “%3”</source>
        <comment>segment id (type) “name”</comment>
        <translation>%1 (%2) „%3“</translation>
    </message>
    <message>
        <source>%1: not sent: excluded (remove “excluded” from the file to send it).</source>
        <translation>%1: nicht gesendet: ausgeschlossen (entfernen Sie „excluded“ aus der Datei, um es zu senden).</translation>
    </message>
    <message numerus="yes">
        <source>%1: not sent: %n error(s); “segmentctl check %2” lists them.</source>
        <translation>
            <numerusform>%1: nicht gesendet: %n Fehler; „segmentctl check %2“ zeigt ihn an.</numerusform>
            <numerusform>%1: nicht gesendet: %n Fehler; „segmentctl check %2“ zeigt sie an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The working set.</source>
        <translation>Der Arbeitsstand.</translation>
    </message>
    <message>
        <source>Segments per request with --json (default 50).</source>
        <translation>Segmente pro Anfrage mit --json (Standard: 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name the working set: segmentctl diff FILE.</source>
        <translation>Geben Sie den Arbeitsstand an: segmentctl diff FILE.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send in %1 request(s).</source>
        <translation>
            <numerusform>%n zu sendende Änderung in %1 Anfrage.</numerusform>
            <numerusform>%n zu sendende Änderungen in %1 Anfrage(n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) “%3”: delete</source>
        <comment>segment id (type) “name”: delete</comment>
        <translation>%1 (%2) „%3“: löschen</translation>
    </message>
    <message>
        <source>%1 (%2) “%3”: create</source>
        <comment>temporary id (type) “name”: create</comment>
        <translation>%1 (%2) „%3“: erstellen</translation>
    </message>
    <message>
        <source>Shows what “segmentctl push FILE” would send: per segment, each changed field as “old -&gt; new”, and the segments to create or delete; with --json, the exact request bodies, one per request, in the order push sends them (deletes, PATCH updates, creates). Excluded and invalid segments are not sent; they are named on stderr.</source>
        <translation>Zeigt, was „segmentctl push FILE“ senden würde: je Segment jedes geänderte Feld als „alt -&gt; neu“ und die zu erstellenden oder zu löschenden Segmente; mit --json die genauen Anfragetexte, einer je Anfrage, in der Reihenfolge, in der push sie sendet (Löschungen, PATCH-Aktualisierungen, Erstellungen). Ausgeschlossene und ungültige Segmente werden nicht gesendet; sie werden auf stderr genannt.</translation>
    </message>
    <message>
        <source>Print the request bodies as a JSON array.</source>
        <translation>Die Anfragetexte als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>%1 (unchanged; required with this change)</source>
        <translation>%1 (unverändert; mit dieser Änderung erforderlich)</translation>
    </message>
</context>
<context>
    <name>FieldDecorator</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>“%1”</source>
        <comment>a quoted text value</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old value → new value</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>points of interest, after the first names</comment>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1: %2</source>
        <comment>points added: count, names</comment>
        <translation>+%1: %2</translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <comment>points removed: count, names</comment>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>moved %1: %2</source>
        <comment>points with new coordinates: count, points</comment>
        <translation>verschoben %1: %2</translation>
    </message>
    <message>
        <source>the same points in another order</source>
        <translation>dieselben Punkte in anderer Reihenfolge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: what changed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (unchanged; the API needs it with this change)</source>
        <comment>field: value</comment>
        <translation>%1: %2 (unverändert; die API verlangt es mit dieser Änderung)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search segments</source>
        <translation>Segmente durchsuchen</translation>
    </message>
    <message>
        <source>Id, name or description</source>
        <translation>ID, Name oder Beschreibung</translation>
    </message>
    <message>
        <source>Segment type filter</source>
        <translation>Filter nach Segmenttyp</translation>
    </message>
    <message>
        <source>Advertiser filter</source>
        <translation>Filter nach Werbetreibendem</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All advertisers</source>
        <translation>Alle Werbetreibenden</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Only modified</source>
        <translation>Nur geänderte</translation>
    </message>
    <message>
        <source>Only invalid</source>
        <translation>Nur ungültige</translation>
    </message>
    <message>
        <source>Only failed</source>
        <translation>Nur fehlgeschlagene</translation>
    </message>
    <message>
        <source>Only warned</source>
        <translation>Nur mit Warnung</translation>
    </message>
    <message>
        <source>Only updated</source>
        <translation>Nur aktualisierte</translation>
    </message>
    <message>
        <source>Only in conflict</source>
        <translation>Nur mit Konflikt</translation>
    </message>
    <message>
        <source>Only unchanged</source>
        <translation>Nur unveränderte</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Ad&amp;vertiser:</source>
        <translation>&amp;Werbetreibender:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Only not sent</source>
        <translation>Nur nicht gesendete</translation>
    </message>
    <message>
        <source>Quick filters:</source>
        <translation>Schnellfilter:</translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>quick filter</comment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Segments with changes to send</source>
        <translation>Segmente mit zu sendenden Änderungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>quick filter</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Segments the last send did not update, or whose answer was lost</source>
        <translation>Segmente, die beim letzten Senden nicht aktualisiert wurden oder deren Antwort verloren ging</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <comment>quick filter</comment>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Segments changed on the server too: resolve before sending</source>
        <translation>Segmente, die auch auf dem Server geändert wurden: vor dem Senden lösen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <comment>quick filter</comment>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Segments a cancelled send did not reach</source>
        <translation>Segmente, die ein abgebrochener Sendevorgang nicht mehr erreicht hat</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>quick filter</comment>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Segments with problems to fix before they can be sent</source>
        <translation>Segmente mit Problemen, die vor dem Senden behoben werden müssen</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Namen</translation>
    </message>
    <message>
        <source>&amp;Descriptions</source>
        <translation>&amp;Beschreibungen</translation>
    </message>
    <message>
        <source>&amp;Case-sensitive</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole w&amp;ords only</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected segments (%n)</source>
        <translation>
            <numerusform>&amp;Ausgewähltes Segment (%n)</numerusform>
            <numerusform>&amp;Ausgewählte Segmente (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All loaded segments (%n)</source>
        <translation>
            <numerusform>A&amp;lle geladenen Segmente (%n)</numerusform>
            <numerusform>A&amp;lle geladenen Segmente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen nach:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>After replacing</source>
        <translation>Nach dem Ersetzen</translation>
    </message>
    <message>
        <source>Preview of the replacements</source>
        <translation>Vorschau der Ersetzungen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Geben Sie den zu suchenden Text ein.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1 segments; the first %2 are listed.</source>
        <translation>
            <numerusform>%n Änderung in %1 Segmenten; die ersten %2 werden angezeigt.</numerusform>
            <numerusform>%n Änderungen in %1 Segmenten; die ersten %2 werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change in 1 segment.</source>
        <translation>1 Änderung in 1 Segment.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in 1 segment.</source>
        <translation>
            <numerusform>%n Änderung in 1 Segment.</numerusform>
            <numerusform>%n Änderungen in 1 Segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes in %1 segments.</source>
        <translation>
            <numerusform>%n Änderung in %1 Segmenten.</numerusform>
            <numerusform>%n Änderungen in %1 Segmenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace “%1” with “%2” in 1 segment</source>
        <translation>„%1“ in 1 Segment durch „%2“ ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n segments</source>
        <translation>
            <numerusform>„%1“ in %n Segment durch „%2“ ersetzen</numerusform>
            <numerusform>„%1“ in %n Segmenten durch „%2“ ersetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormControls</name>
    <message>
        <source>Mixed values</source>
        <translation>Unterschiedliche Werte</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(unterschiedlich)</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a shortcut after a command</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Erste Schritte&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Connect&lt;/b&gt; with your Criteo API client id and secret (File › Connect). To try the editor without an account, start it with &lt;code&gt;--demo&lt;/code&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Verbinden&lt;/b&gt; Sie sich mit Client-ID und Secret Ihrer Criteo-API (Datei › Verbinden). Um den Editor ohne Konto auszuprobieren, starten Sie ihn mit &lt;code&gt;--demo&lt;/code&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Load&lt;/b&gt; the segments of one or more advertisers%1. They stay on this computer: you can edit offline and save the working set (File › Save).&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Laden&lt;/b&gt; Sie die Segmente eines oder mehrerer Werbetreibender%1. Sie bleiben auf diesem Computer: Sie können offline bearbeiten und den Arbeitsstand speichern (Datei › Speichern).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Edit&lt;/b&gt;: select one segment or several and change them in the form beside the table, or rename in the table. Paste points of interest from a spreadsheet into a Location segment. Every change can be undone%1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Bearbeiten&lt;/b&gt;: Wählen Sie ein oder mehrere Segmente und ändern Sie sie im Formular neben der Tabelle, oder benennen Sie sie in der Tabelle um. Fügen Sie Points of Interest aus einer Tabellenkalkulation in ein Standort-Segment ein. Jede Änderung lässt sich rückgängig machen%1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Check&lt;/b&gt;%1 what the server would refuse: each problem sits next to its field, and Next Problem%2 takes you there.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Prüfen&lt;/b&gt;%1 Sie, was der Server ablehnen würde: Jedes Problem steht neben seinem Feld, und „Nächstes Problem“%2 führt Sie dorthin.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Preview&lt;/b&gt;%1 exactly what will be sent, and leave out what should wait.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Die &lt;b&gt;Vorschau&lt;/b&gt;%1 zeigt genau, was gesendet wird; lassen Sie weg, was warten soll.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Send&lt;/b&gt;%1 every change at once. Each row then says Updated, Warned or Failed; fix what failed and choose Retry Failed%2. The Send History (View) keeps every send.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Senden&lt;/b&gt;%1 Sie alle Änderungen auf einmal. Jede Zeile zeigt dann Aktualisiert, Warnung oder Fehlgeschlagen; korrigieren Sie das Fehlgeschlagene und wählen Sie „Fehlgeschlagene erneut senden“%2. Der Sendeverlauf (Ansicht) bewahrt jedes Senden auf.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Help › Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hilfe › Tastenkürzel listet alle Tasten auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Segment table</source>
        <translation>Segmenttabelle</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Points of interest</source>
        <translation>Points of Interest</translation>
    </message>
    <message>
        <source>Rename the current segment</source>
        <translation>Aktuelles Segment umbenennen</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>Go to the next or previous field</source>
        <translation>Zum nächsten oder vorigen Feld</translation>
    </message>
    <message>
        <source>Tab or Shift+Tab</source>
        <translation>Tab oder Umschalt+Tab</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Zu einem Feld</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + der unterstrichene Buchstabe</translation>
    </message>
    <message>
        <source>Paste points from a spreadsheet</source>
        <translation>Punkte aus einer Tabellenkalkulation einfügen</translation>
    </message>
    <message>
        <source>Remove the selected points</source>
        <translation>Ausgewählte Punkte entfernen</translation>
    </message>
    <message>
        <source>Edit a cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Dialogs and edits</source>
        <translation>Dialoge und Eingaben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>The send history to read (default: the one Segment Editor and segmentctl push write).</source>
        <translation>Der zu lesende Sendeverlauf (Standard: der, den Segment Editor und segmentctl push schreiben).</translation>
    </message>
    <message>
        <source>HISTORY.sqlite</source>
        <translation>HISTORY.sqlite</translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>(nicht abgeschlossen)</translation>
    </message>
    <message numerus="yes">
        <source>Send %1 by %2, %3 to %4 (API version %5); %n HTTP request(s)</source>
        <translation>
            <numerusform>Sendevorgang %1 von %2, %3 an %4 (API-Version %5); %n HTTP-Anfrage</numerusform>
            <numerusform>Sendevorgang %1 von %2, %3 an %4 (API-Version %5); %n HTTP-Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <source>(trace id %1)</source>
        <translation>(Trace-ID %1)</translation>
    </message>
    <message>
        <source>  whole send: %1</source>
        <translation>  gesamter Sendevorgang: %1</translation>
    </message>
    <message>
        <source>Lists the sends that Segment Editor and segmentctl push made, newest first: when (UTC), where, how many requests, what became of each segment. With ID, shows one send: per segment the fields sent with their values before and after, the outcome and every problem with its code and trace id. The history keeps no secret and no token.</source>
        <translation>Listet die Sendevorgänge von Segment Editor und segmentctl push auf, die neuesten zuerst: wann (UTC), wohin, wie viele Anfragen, was aus jedem Segment wurde. Mit ID wird ein Sendevorgang angezeigt: je Segment die gesendeten Felder mit ihren Werten vorher und nachher, das Ergebnis und jedes Problem mit seinem Code und seiner Trace-ID. Der Sendeverlauf speichert weder Clientschlüssel noch Tokens.</translation>
    </message>
    <message>
        <source>The send to show.</source>
        <translation>Der anzuzeigende Sendevorgang.</translation>
    </message>
    <message>
        <source>Only sends with this segment (an id, or a part of a name); with ID and --diagnostics, the report about this segment only.</source>
        <translation>Nur Sendevorgänge mit diesem Segment (eine ID oder ein Teil eines Namens); mit ID und --diagnostics nur der Bericht zu diesem Segment.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only sends with a segment of this outcome: updated, warned, failed, not-sent or unknown.</source>
        <translation>Nur Sendevorgänge mit einem Segment mit diesem Ergebnis: updated, warned, failed, not-sent oder unknown.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>Only sends with segments of this advertiser.</source>
        <translation>Nur Sendevorgänge mit Segmenten dieses Werbetreibenden.</translation>
    </message>
    <message>
        <source>Only sends to this server.</source>
        <translation>Nur Sendevorgänge an diesen Server.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>At most N sends (the newest).</source>
        <translation>Höchstens N Sendevorgänge (die neuesten).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>With ID: print the send as CSV, one line per field.</source>
        <translation>Mit ID: den Sendevorgang als CSV ausgeben, eine Zeile pro Feld.</translation>
    </message>
    <message>
        <source>With ID: print the support report (trace ids, HTTP status, the JSON sent and answered; never a token).</source>
        <translation>Mit ID: den Support-Bericht ausgeben (Trace-IDs, HTTP-Status, gesendetes und empfangenes JSON; nie ein Token).</translation>
    </message>
    <message>
        <source>Keep at most the last N sends from now on (the oldest go).</source>
        <translation>Ab jetzt höchstens die letzten N Sendevorgänge behalten (die ältesten werden entfernt).</translation>
    </message>
    <message>
        <source>--outcome must be updated, warned, failed, not-sent or unknown.</source>
        <translation>--outcome muss updated, warned, failed, not-sent oder unknown sein.</translation>
    </message>
    <message>
        <source>Choose one of --json, --csv and --diagnostics.</source>
        <translation>Wählen Sie nur eine der Optionen --json, --csv und --diagnostics.</translation>
    </message>
    <message>
        <source>A send is named by its number, as “segmentctl history” lists them.</source>
        <translation>Ein Sendevorgang wird durch seine Nummer angegeben, wie „segmentctl history“ sie auflistet.</translation>
    </message>
    <message>
        <source>--csv and --diagnostics need the send: segmentctl history ID.</source>
        <translation>--csv und --diagnostics benötigen den Sendevorgang: segmentctl history ID.</translation>
    </message>
    <message numerus="yes">
        <source>The history keeps the last %n send(s).</source>
        <translation>
            <numerusform>Der Sendeverlauf behält %n Sendevorgang: den letzten.</numerusform>
            <numerusform>Der Sendeverlauf behält die letzten %n Sendevorgänge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send %1 has no segment %2.</source>
        <translation>Sendevorgang %1 enthält kein Segment %2.</translation>
    </message>
    <message>
        <source>No send recorded yet in %1.</source>
        <translation>Noch kein Sendevorgang in %1 aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoes a send of the history in the working set FILE (made when it does not exist): each field the send applied goes back to its value before the send, a segment it created is marked for deletion; a segment it deleted cannot come back. The server&apos;s current copies are checked first: a field changed there since the send is a conflict, never overwritten; resolve it in the window or with “segmentctl push --overwrite”. Nothing is sent: “segmentctl diff” and “segmentctl push” do that.</source>
        <translation>Macht einen Sendevorgang aus dem Sendeverlauf im Arbeitsstand FILE rückgängig (der angelegt wird, wenn er nicht existiert): Jedes Feld, das der Sendevorgang übernommen hat, erhält seinen Wert von vor dem Senden zurück, ein von ihm erstelltes Segment wird zum Löschen markiert; ein von ihm gelöschtes Segment kann nicht wiederhergestellt werden. Zuerst wird der aktuelle Stand auf dem Server geprüft: Ein dort seit dem Senden geändertes Feld ist ein Konflikt und wird nie überschrieben; lösen Sie ihn im Fenster oder mit „segmentctl push --overwrite“. Es wird nichts gesendet: Das übernehmen „segmentctl diff“ und „segmentctl push“.</translation>
    </message>
    <message>
        <source>The working set to write the reverse edits into.</source>
        <translation>Der Arbeitsstand, in den die Änderungen zum Rückgängigmachen geschrieben werden.</translation>
    </message>
    <message>
        <source>The send to undo, as “segmentctl history” lists it.</source>
        <translation>Der rückgängig zu machende Sendevorgang, wie „segmentctl history“ ihn auflistet.</translation>
    </message>
    <message>
        <source>Print what was done as JSON for scripts.</source>
        <translation>Das Ergebnis als JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Name the working set: segmentctl revert FILE --send ID.</source>
        <translation>Geben Sie den Arbeitsstand an: segmentctl revert FILE --send ID.</translation>
    </message>
    <message>
        <source>--send needs the number of a send, as “segmentctl history” lists them.</source>
        <translation>--send erwartet die Nummer eines Sendevorgangs, wie „segmentctl history“ sie auflistet.</translation>
    </message>
    <message>
        <source>Send %1 went to %2, but %3 is a working set of %4: undo it in a working set of that server.</source>
        <translation>Sendevorgang %1 ging an %2, aber %3 ist ein Arbeitsstand von %4: Machen Sie ihn in einem Arbeitsstand dieses Servers rückgängig.</translation>
    </message>
    <message>
        <source>Send %1 went to %2: connect to that server to undo it.</source>
        <translation>Sendevorgang %1 ging an %2: Verbinden Sie sich mit diesem Server, um ihn rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copies of send %1 on %2…</source>
        <translation>Der Stand auf dem Server für Sendevorgang %1 wird auf %2 geprüft…</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>Import prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n segment(s) to review, with %3 changed field(s).</source>
        <comment>file (format): counts</comment>
        <translation>
            <numerusform>%1 (%2): %n Segment zu prüfen, geänderte Felder: %3.</numerusform>
            <numerusform>%1 (%2): %n Segmente zu prüfen, geänderte Felder: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) change nothing.</source>
        <translation>
            <numerusform>%n Zeile ändert nichts.</numerusform>
            <numerusform>%n Zeilen ändern nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: nothing of them will be applied.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt: Nichts davon wird übernommen.</numerusform>
            <numerusform>%n Zeilen abgelehnt: Nichts davon wird übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since the change set was made: not applied.</source>
        <translation>
            <numerusform>%n Feld seit dem Erstellen des Änderungspakets geändert: nicht übernommen.</numerusform>
            <numerusform>%n Felder seit dem Erstellen des Änderungspakets geändert: nicht übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported changes</source>
        <translation>Importierte Änderungen</translation>
    </message>
    <message>
        <source>Segment and field</source>
        <translation>Segment und Feld</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Imported value</source>
        <translation>Importierter Wert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>segment name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 segment, line %2</source>
        <translation>Segment (%1), Zeile %2</translation>
    </message>
    <message>
        <source>Changed since the change set was made: it was %1 there. Not applied.</source>
        <translation>Seit dem Erstellen des Änderungspakets geändert: Dort war der Wert %1. Nicht übernommen.</translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation>%1 (nicht übernommen)</translation>
    </message>
    <message>
        <source>Rows not imported and warnings</source>
        <translation>Nicht importierte Zeilen und Warnungen</translation>
    </message>
    <message>
        <source>&amp;Accept All</source>
        <translation>Alle &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject All</source>
        <translation>Alle a&amp;blehnen</translation>
    </message>
    <message>
        <source>A&amp;pply Accepted</source>
        <translation>Angenommene &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Not imported, and warnings:</source>
        <translation>&amp;Nicht importiert und Warnungen:</translation>
    </message>
    <message>
        <source>A&amp;pply %1 Accepted</source>
        <translation>Angenommene &amp;übernehmen (%1)</translation>
    </message>
</context>
<context>
    <name>InMarketForm</name>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size (users)</source>
        <translation>Größe (Nutzer)</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>In-market settings</source>
        <translation>In-Market-Einstellungen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Type a country&apos;s name or its two-letter code</source>
        <translation>Geben Sie den Namen eines Landes oder seinen zweistelligen Code ein</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Refres&amp;h lists</source>
        <translation>Listen &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server again for the brands and interests of this advertiser and country</source>
        <translation>Marken und Interessen dieses Werbetreibenden und Landes erneut vom Server abrufen</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Search brands by name or id</source>
        <translation>Marken nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Marken suchen</translation>
    </message>
    <message>
        <source>&amp;Brands:</source>
        <translation>&amp;Marken:</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Search interests</source>
        <translation>Interessen suchen</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>&amp;Interessen:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Not set (any gender)</source>
        <translation>Nicht festgelegt (beliebiges Geschlecht)</translation>
    </message>
    <message>
        <source>“Not set” clears the gender on the server (sent as null)</source>
        <translation>„Nicht festgelegt“ entfernt das Geschlecht auf dem Server (wird als null gesendet)</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>Buying power %1</source>
        <translation>Kaufkraft %1</translation>
    </message>
    <message>
        <source>Add buying power “%1”</source>
        <translation>Kaufkraft „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove buying power “%1”</source>
        <translation>Kaufkraft „%1“ entfernen</translation>
    </message>
    <message>
        <source>Price range %1</source>
        <translation>Preisklasse %1</translation>
    </message>
    <message>
        <source>Add price range “%1”</source>
        <translation>Preisklasse „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove price range “%1”</source>
        <translation>Preisklasse „%1“ entfernen</translation>
    </message>
    <message>
        <source>B&amp;uying power:</source>
        <translation>&amp;Kaufkraft:</translation>
    </message>
    <message>
        <source>&amp;Price range:</source>
        <translation>&amp;Preisklasse:</translation>
    </message>
    <message>
        <source>Unknown brand %1</source>
        <translation>Unbekannte Marke %1</translation>
    </message>
    <message>
        <source>The brand list of this advertiser and country does not have this id; it is kept as it is.</source>
        <translation>Die Markenliste dieses Werbetreibenden und Landes enthält diese ID nicht; sie bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>Unknown interest %1</source>
        <translation>Unbekanntes Interesse %1</translation>
    </message>
    <message>
        <source>The interest list of this advertiser and country does not have this id; it is kept as it is.</source>
        <translation>Die Interessenliste dieses Werbetreibenden und Landes enthält diese ID nicht; sie bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>Choose a country to list its brands and interests.</source>
        <translation>Wählen Sie ein Land aus, um seine Marken und Interessen aufzulisten.</translation>
    </message>
    <message>
        <source>Loading the brands and interests of %1…</source>
        <translation>Marken und Interessen für %1 werden geladen…</translation>
    </message>
    <message>
        <source>Brands: %1, interests: %2 (advertiser %3, %4).</source>
        <translation>Marken: %1, Interessen: %2 (Werbetreibender %3, %4).</translation>
    </message>
    <message>
        <source>The lists could not be refreshed; the ones shown are from before. %1</source>
        <translation>Die Listen konnten nicht aktualisiert werden; angezeigt werden die bisherigen. %1</translation>
    </message>
    <message>
        <source>The brands and interests could not be loaded: %1 Use Refresh lists to try again.</source>
        <translation>Marken und Interessen konnten nicht geladen werden: %1 Versuchen Sie es mit „Listen aktualisieren“ erneut.</translation>
    </message>
    <message>
        <source>Unknown (kept as the server sent it)</source>
        <translation>Unbekannt (so beibehalten, wie vom Server gesendet)</translation>
    </message>
    <message>
        <source>Add brand “%1”</source>
        <translation>Marke „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove brand “%1”</source>
        <translation>Marke „%1“ entfernen</translation>
    </message>
    <message>
        <source>Search interests by name or id</source>
        <translation>Interessen nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Names from the Google product taxonomy (its German edition; English for the categories added since). The API gives the ids only.</source>
        <translation>Namen aus der Google-Produkttaxonomie (ihrer deutschen Ausgabe; Englisch für die seither hinzugekommenen Kategorien). Die API liefert nur die IDs.</translation>
    </message>
    <message>
        <source>Names from the Google product taxonomy. The API gives the ids only.</source>
        <translation>Namen aus der Google-Produkttaxonomie. Die API liefert nur die IDs.</translation>
    </message>
    <message>
        <source>Names from the Google product taxonomy, in English: it has no edition in your language. The API gives the ids only.</source>
        <translation>Namen aus der Google-Produkttaxonomie, auf Englisch: Es gibt keine Ausgabe in Ihrer Sprache. Die API liefert nur die IDs.</translation>
    </message>
    <message>
        <source>Named from the brand list of one of the segments&apos; advertisers and countries.</source>
        <translation>Name aus der Markenliste eines der Werbetreibenden und Länder der Segmente.</translation>
    </message>
    <message>
        <source>Id %1 (name not available)</source>
        <translation>ID %1 (Name nicht verfügbar)</translation>
    </message>
    <message>
        <source>Brand names are not available without a connection.</source>
        <translation>Ohne Verbindung sind keine Markennamen verfügbar.</translation>
    </message>
    <message>
        <source>The brand list of these segments is not loaded.</source>
        <translation>Die Markenliste dieser Segmente ist nicht geladen.</translation>
    </message>
    <message>
        <source>None of the brand lists of these segments&apos; advertisers and countries has this id.</source>
        <translation>Keine der Markenlisten der Werbetreibenden und Länder dieser Segmente enthält diese ID.</translation>
    </message>
    <message>
        <source> › </source>
        <comment>between the names of an interest path</comment>
        <translation> › </translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (nicht in der Liste)</translation>
    </message>
    <message>
        <source>This id is not in the Google product taxonomy; it is kept as it is.</source>
        <translation>Diese ID ist nicht in der Google-Produkttaxonomie enthalten; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Brand names are not available without a connection: brands are listed by id, interests by their names in the Google product taxonomy.</source>
        <translation>Ohne Verbindung sind keine Markennamen verfügbar: Marken werden mit ihrer ID aufgeführt, Interessen mit ihrem Namen in der Google-Produkttaxonomie.</translation>
    </message>
    <message>
        <source>The segments belong to different advertisers: only the brands and interests they carry are listed, the brands named from each advertiser&apos;s list.</source>
        <translation>Die Segmente gehören zu verschiedenen Werbetreibenden: Es werden nur ihre Marken und Interessen aufgeführt, die Marken benannt nach der Liste jedes Werbetreibenden.</translation>
    </message>
    <message>
        <source>The segments target different countries: only the brands and interests they carry are listed, the brands named from each country&apos;s list.</source>
        <translation>Die Segmente zielen auf verschiedene Länder: Es werden nur ihre Marken und Interessen aufgeführt, die Marken benannt nach der Liste jedes Landes.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>This id is not in the Google product taxonomy; it is shown by its id.</source>
        <translation>Diese ID ist nicht in der Google-Produkttaxonomie enthalten; sie wird als ID angezeigt.</translation>
    </message>
    <message>
        <source>%1 (some segments)</source>
        <translation>%1 (einige Segmente)</translation>
    </message>
    <message>
        <source>No brand ticked.</source>
        <translation>Keine Marke angehakt.</translation>
    </message>
    <message>
        <source>No interest ticked.</source>
        <translation>Kein Interesse angehakt.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of ticked items</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n brands ticked: %1</source>
        <translation>
            <numerusform>%n Marke angehakt: %1</numerusform>
            <numerusform>%n Marken angehakt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interests ticked: %1</source>
        <translation>
            <numerusform>%n Interesse angehakt: %1</numerusform>
            <numerusform>%n Interessen angehakt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add interest “%1”</source>
        <translation>Interesse „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove interest “%1”</source>
        <translation>Interesse „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain yet.</source>
        <translation>Im Schlüsselbund ist noch kein Clientschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer. The secret is kept for this session only.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar. Der Clientschlüssel wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). The secret is kept for this session only.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Der Clientschlüssel wird nur für diese Sitzung aufbewahrt.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Der Clientschlüssel wird nur für diese Sitzung aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <source>%1: no such segment in the working set.</source>
        <translation>%1: kein solches Segment im Arbeitssatz.</translation>
    </message>
    <message>
        <source>Adds a new segment to a working set; “segmentctl push” creates it on Criteo. Its temporary id (new-1, new-2…) is printed; the server&apos;s id replaces it when it is created. Settings the options do not cover are edited in the file (jq) like any other edit.</source>
        <translation>Fügt einem Arbeitssatz ein neues Segment hinzu; „segmentctl push“ erstellt es bei Criteo. Seine vorläufige ID (new-1, new-2…) wird ausgegeben; die ID des Servers ersetzt sie beim Erstellen. Einstellungen, die die Optionen nicht abdecken, werden in der Datei (jq) wie jede andere Änderung bearbeitet.</translation>
    </message>
    <message>
        <source>The working set.</source>
        <translation>Der Arbeitsstand.</translation>
    </message>
    <message>
        <source>The advertiser it belongs to.</source>
        <translation>Der Werbetreibende, zu dem es gehört.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>InMarket, Location, Prospecting, Retargeting or Lookalike.</source>
        <translation>InMarket, Location, Prospecting, Retargeting oder Lookalike.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Its name, unique within the advertiser.</source>
        <translation>Sein Name, eindeutig beim Werbetreibenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Its description.</source>
        <translation>Seine Beschreibung.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>InMarket: the country (two letters).</source>
        <translation>InMarket: das Land (zwei Buchstaben).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Location: the points of interest, read like “segmentctl pois” reads them (“-”: standard input).</source>
        <translation>Location: die Orte, gelesen wie „segmentctl pois“ sie liest („-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Location: the radius in km (default 5).</source>
        <translation>Location: der Radius in km (Standard 5).</translation>
    </message>
    <message>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <source>Lookalike: the segment it looks like.</source>
        <translation>Lookalike: das Segment, dem es ähnelt.</translation>
    </message>
    <message>
        <source>Print {&quot;id&quot;: …} instead of the id alone.</source>
        <translation>{&quot;id&quot;: …} statt nur der ID ausgeben.</translation>
    </message>
    <message>
        <source>Name the working set: segmentctl new FILE …</source>
        <translation>Nennen Sie den Arbeitssatz: segmentctl new FILE …</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--type must be InMarket, Location, Prospecting, Retargeting or Lookalike.</source>
        <translation>--type muss InMarket, Location, Prospecting, Retargeting oder Lookalike sein.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was added: fix the points of interest first.</source>
        <translation>Nichts wurde hinzugefügt: Korrigieren Sie zuerst die Orte.</translation>
    </message>
    <message>
        <source>This segment cannot be created.</source>
        <translation>Dieses Segment kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1: to fill in before pushing: %2</source>
        <translation>%1: vor dem Senden auszufüllen: %2</translation>
    </message>
    <message>
        <source>Adds a copy of each segment (its edited version) under a unique name, “… (copy)”; “segmentctl push” creates the copies. Prints one line per copy: the segment&apos;s id and the copy&apos;s temporary id, tab-separated.</source>
        <translation>Fügt eine Kopie jedes Segments (seiner bearbeiteten Fassung) unter einem eindeutigen Namen hinzu, „… (Kopie)“; „segmentctl push“ erstellt die Kopien. Gibt eine Zeile je Kopie aus: die ID des Segments und die vorläufige ID der Kopie, durch Tabulator getrennt.</translation>
    </message>
    <message>
        <source>The segments to copy.</source>
        <translation>Die zu kopierenden Segmente.</translation>
    </message>
    <message>
        <source>Print [{&quot;from&quot;: …, &quot;id&quot;: …, &quot;name&quot;: …}].</source>
        <translation>[{&quot;from&quot;: …, &quot;id&quot;: …, &quot;name&quot;: …}] ausgeben.</translation>
    </message>
    <message>
        <source>Name the working set and the segments: segmentctl duplicate FILE ID...</source>
        <translation>Nennen Sie den Arbeitssatz und die Segmente: segmentctl duplicate FILE ID...</translation>
    </message>
    <message>
        <source>%1: segments of this type cannot be duplicated.</source>
        <translation>%1: Segmente dieses Typs können nicht dupliziert werden.</translation>
    </message>
    <message>
        <source>Marks segments for deletion: “segmentctl push” deletes them on Criteo, and they leave the working set when the server confirms. A new segment never pushed is removed at once. --keep takes the mark away.</source>
        <translation>Markiert Segmente zum Löschen: „segmentctl push“ löscht sie bei Criteo, und sie verlassen den Arbeitssatz, sobald der Server es bestätigt. Ein neues, nie gesendetes Segment wird sofort entfernt. --keep nimmt die Markierung zurück.</translation>
    </message>
    <message>
        <source>The segments.</source>
        <translation>Die Segmente.</translation>
    </message>
    <message>
        <source>Keep the segments after all: take the mark away.</source>
        <translation>Die Segmente doch behalten: die Markierung zurücknehmen.</translation>
    </message>
    <message>
        <source>Print {&quot;marked&quot;: N} (or &quot;kept&quot;) for scripts.</source>
        <translation>{&quot;marked&quot;: N} (oder &quot;kept&quot;) für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Name the working set and the segments: segmentctl delete FILE ID...</source>
        <translation>Nennen Sie den Arbeitssatz und die Segmente: segmentctl delete FILE ID...</translation>
    </message>
    <message>
        <source>Marked for deletion: %1; the next push deletes them.</source>
        <translation>Zum Löschen markiert: %1; der nächste Push löscht sie.</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Behalten: %1.</translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load segments</source>
        <translation>Segmente laden</translation>
    </message>
    <message>
        <source>Advertisers</source>
        <translation>Werbetreibende</translation>
    </message>
    <message>
        <source>Segment types</source>
        <translation>Segmenttypen</translation>
    </message>
    <message>
        <source>&amp;Advertisers:</source>
        <translation>&amp;Werbetreibende:</translation>
    </message>
    <message>
        <source>Segment &amp;types:</source>
        <translation>Segment&amp;typen:</translation>
    </message>
    <message>
        <source>None checked: every type.</source>
        <translation>Keiner ausgewählt: alle Typen.</translation>
    </message>
    <message>
        <source>Asking the API which advertisers you can use…</source>
        <translation>Die API wird nach den verfügbaren Werbetreibenden gefragt…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>advertiser name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These credentials reach no advertiser. Ask your Criteo contact to grant the application access to one.</source>
        <translation>Mit diesen Anmeldedaten ist kein Werbetreibender zugänglich. Bitten Sie Ihren Ansprechpartner bei Criteo, der Anwendung Zugriff auf einen Werbetreibenden zu gewähren.</translation>
    </message>
    <message>
        <source>Check the advertisers whose segments you want to edit.</source>
        <translation>Wählen Sie die Werbetreibenden aus, deren Segmente Sie bearbeiten möchten.</translation>
    </message>
    <message>
        <source>Select a&amp;ll advertisers</source>
        <translation>A&amp;lle Werbetreibenden auswählen</translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Paste points…</source>
        <translation>Punkte ein&amp;fügen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Location settings</source>
        <translation>Standorteinstellungen</translation>
    </message>
    <message>
        <source>Radius in kilometres</source>
        <translation>Radius in Kilometern</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>One radius applies to all points.</source>
        <translation>Ein Radius gilt für alle Punkte.</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>Radi&amp;us:</translation>
    </message>
    <message>
        <source>Add a point of interest at the end of the list</source>
        <translation>Einen Point of Interest am Ende der Liste hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected points (Delete)</source>
        <translation>Ausgewählte Punkte entfernen (Delete)</translation>
    </message>
    <message>
        <source>Add a copy of each selected point</source>
        <translation>Eine Kopie jedes ausgewählten Punkts hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>S&amp;ortieren</translation>
    </message>
    <message>
        <source>Sort the table (the list sent is a set: its order does not matter)</source>
        <translation>Tabelle sortieren (die gesendete Liste ist eine Menge: Die Reihenfolge spielt keine Rolle)</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>Nach &amp;Name</translation>
    </message>
    <message>
        <source>By &amp;latitude</source>
        <translation>Nach &amp;Breitengrad</translation>
    </message>
    <message>
        <source>By l&amp;ongitude</source>
        <translation>Nach &amp;Längengrad</translation>
    </message>
    <message>
        <source>In list o&amp;rder</source>
        <translation>In Listen&amp;reihenfolge</translation>
    </message>
    <message>
        <source>Read points from the clipboard (rows copied from a spreadsheet or text) and review them before they are added</source>
        <translation>Punkte aus der Zwischenablage lesen (aus einer Tabellenkalkulation oder einem Text kopierte Zeilen) und vor dem Hinzufügen prüfen</translation>
    </message>
    <message>
        <source>Read points from a CSV or text file and review them before they are added</source>
        <translation>Punkte aus einer CSV- oder Textdatei lesen und vor dem Hinzufügen prüfen</translation>
    </message>
    <message>
        <source>Points of interest</source>
        <translation>Points of Interest</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected points</source>
        <translation>Ausgewählte Punkte entfernen</translation>
    </message>
    <message>
        <source>Duplicate selected points</source>
        <translation>Ausgewählte Punkte duplizieren</translation>
    </message>
    <message>
        <source>Paste points…</source>
        <translation>Punkte einfügen…</translation>
    </message>
    <message>
        <source>P&amp;oints of interest:</source>
        <translation>&amp;Points of Interest:</translation>
    </message>
    <message>
        <source>Map preview (to scale):</source>
        <translation>Kartenvorschau (maßstabsgetreu):</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected segments have different points of interest. Select one segment to edit its list; points pasted or imported here are added to every list, or replace them all.</source>
        <translation>
            <numerusform>Die %n ausgewählten Segmente haben unterschiedliche Points of Interest. Wählen Sie ein einzelnes Segment aus, um seine Liste zu bearbeiten; hier eingefügte oder importierte Punkte werden jeder Liste hinzugefügt oder ersetzen alle vorhandenen Punkte.</numerusform>
            <numerusform>Die %n ausgewählten Segmente haben unterschiedliche Points of Interest. Wählen Sie ein einzelnes Segment aus, um seine Liste zu bearbeiten; hier eingefügte oder importierte Punkte werden jeder Liste hinzugefügt oder ersetzen alle vorhandenen Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 point, the same in every selected segment</source>
        <translation>1 Punkt, in allen ausgewählten Segmenten gleich</translation>
    </message>
    <message numerus="yes">
        <source>%n points, the same in every selected segment</source>
        <translation>
            <numerusform>%n Punkt, in allen ausgewählten Segmenten gleich</numerusform>
            <numerusform>%n Punkte, in allen ausgewählten Segmenten gleich</numerusform>
        </translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>New point %1</source>
        <translation>Neuer Punkt %1</translation>
    </message>
    <message>
        <source>Point %1 (copy)</source>
        <translation>Punkt %1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read points from. Copy rows from a spreadsheet or a list of coordinates first.</source>
        <translation>Die Zwischenablage enthält keinen Text, aus dem Punkte gelesen werden können. Kopieren Sie zuerst Zeilen aus einer Tabellenkalkulation oder eine Liste von Koordinaten.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>Import Points of Interest</source>
        <translation>Points of Interest importieren</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Add point “%1” to %2</source>
        <translation>Punkt „%1“ zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove point “%1” from %2</source>
        <translation>Punkt „%1“ aus %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n points from %1</source>
        <translation>
            <numerusform>%n Punkt aus %1 entfernen</numerusform>
            <numerusform>%n Punkte aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate point “%1” in %2</source>
        <translation>Punkt „%1“ in %2 duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n points in %1</source>
        <translation>
            <numerusform>%n Punkt in %1 duplizieren</numerusform>
            <numerusform>%n Punkte in %1 duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n points from “%1” into %2</source>
        <translation>
            <numerusform>%n Punkt aus „%1“ in %2 importieren</numerusform>
            <numerusform>%n Punkte aus „%1“ in %2 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the points of %1 with %n pasted points</source>
        <translation>
            <numerusform>Punkte von %1 durch %n eingefügten Punkt ersetzen</numerusform>
            <numerusform>Punkte von %1 durch %n eingefügte Punkte ersetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n points into %1</source>
        <translation>
            <numerusform>%n Punkt in %1 einfügen</numerusform>
            <numerusform>%n Punkte in %1 einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookalikeForm</name>
    <message>
        <source>Lookalike settings</source>
        <translation>Lookalike-Einstellungen</translation>
    </message>
    <message>
        <source>Target size</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>How many users the lookalike segment should reach</source>
        <translation>Wie viele Nutzer das Lookalike-Segment erreichen soll</translation>
    </message>
    <message>
        <source>&amp;Target size (users):</source>
        <translation>&amp;Zielgröße (Nutzer):</translation>
    </message>
    <message>
        <source>Seed segment</source>
        <translation>Ausgangssegment</translation>
    </message>
    <message>
        <source>The seed is fixed when a lookalike segment is created</source>
        <translation>Das Ausgangssegment wird beim Erstellen eines Lookalike-Segments festgelegt</translation>
    </message>
    <message>
        <source>&amp;Seed segment:</source>
        <translation>&amp;Ausgangssegment:</translation>
    </message>
    <message>
        <source>Segment %1 (not loaded)</source>
        <translation>Segment %1 (nicht geladen)</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <comment>segment name (id)</comment>
        <translation>%1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>LookupJob</name>
    <message>
        <source>The server&apos;s answer could not be read: “data” is not a list.</source>
        <translation>Die Serverantwort konnte nicht gelesen werden: „data“ ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working sets (*.json);;All files (*)</source>
        <translation>Arbeitsstände (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect to the Criteo API with your client id and secret</source>
        <translation>Mit Ihrer Client-ID und Ihrem Clientschlüssel eine Verbindung zur Criteo-API herstellen</translation>
    </message>
    <message>
        <source>&amp;Load Segments…</source>
        <translation>Segmente &amp;laden…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Load the segments of one or more advertisers (Ctrl+L)</source>
        <translation>Die Segmente eines oder mehrerer Werbetreibender laden (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Reload Selected</source>
        <translation>Ausgewählte &amp;neu laden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the selected segments from the server again; your edits are kept (F5)</source>
        <translation>Die ausgewählten Segmente erneut vom Server lesen; Ihre Änderungen bleiben erhalten (F5)</translation>
    </message>
    <message>
        <source>&amp;Open Working Set…</source>
        <translation>Arbeitsstand ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Working Set</source>
        <translation>Arbeitsstand &amp;speichern</translation>
    </message>
    <message>
        <source>Save Working Set &amp;As…</source>
        <translation>Arbeitsstand speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;vert Selected Segments</source>
        <translation>Ausgewählte Segmente &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Return the selected segments to the server&apos;s version (Ctrl+Shift+R; undoable)</source>
        <translation>Die ausgewählten Segmente auf den Stand des Servers zurücksetzen (Ctrl+Shift+R; kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>E&amp;xclude From Send</source>
        <translation>Vom Senden &amp;ausschließen</translation>
    </message>
    <message>
        <source>Leave the selected segments out of the next send, or take them back in</source>
        <translation>Die ausgewählten Segmente vom nächsten Senden ausschließen oder wieder einbeziehen</translation>
    </message>
    <message>
        <source>Keep &amp;My Values</source>
        <translation>&amp;Meine Werte behalten</translation>
    </message>
    <message>
        <source>For the selected segments in conflict: your values stay and will overwrite the server&apos;s on the next send</source>
        <translation>Für die ausgewählten Segmente mit Konflikt: Ihre Werte bleiben erhalten und überschreiben beim nächsten Senden die des Servers</translation>
    </message>
    <message>
        <source>Take the Server&apos;s &amp;Values</source>
        <translation>Serverwerte über&amp;nehmen</translation>
    </message>
    <message>
        <source>For the selected segments in conflict: the server&apos;s values replace yours in the fields both changed</source>
        <translation>Für die ausgewählten Segmente mit Konflikt: Die Werte des Servers ersetzen Ihre Werte in den Feldern, die auf beiden Seiten geändert wurden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>C&amp;heck Changes</source>
        <translation>Änderungen &amp;prüfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check every change before sending (F7)</source>
        <translation>Alle Änderungen vor dem Senden prüfen (F7)</translation>
    </message>
    <message>
        <source>&amp;Preview Send…</source>
        <translation>Sende&amp;vorschau…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>See exactly what would be sent, and leave segments out (Ctrl+Shift+P)</source>
        <translation>Genau sehen, was gesendet würde, und Segmente auslassen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Send Changes</source>
        <translation>Änderungen &amp;senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send every valid change to Criteo (Ctrl+Return)</source>
        <translation>Alle gültigen Änderungen an Criteo senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>&amp;Fehlgeschlagene erneut senden</translation>
    </message>
    <message>
        <source>Send again only the segments that failed or were not sent (Ctrl+Shift+Return)</source>
        <translation>Nur die fehlgeschlagenen oder nicht gesendeten Segmente erneut senden (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading or sending; what is under way finishes first</source>
        <translation>Laden oder Senden beenden; laufende Vorgänge werden zuerst abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>P&amp;revious Problem</source>
        <translation>V&amp;orheriges Problem</translation>
    </message>
    <message>
        <source>&amp;About Segment Editor</source>
        <translation>Ü&amp;ber Segment Editor</translation>
    </message>
    <message>
        <source>About Segment Editor</source>
        <translation>Über Segment Editor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segment Editor %1&lt;/h3&gt;&lt;p&gt;Edit Criteo audience segments offline and send every change in one bulk update.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Editor %1&lt;/h3&gt;&lt;p&gt;Criteo-Zielgruppensegmente offline bearbeiten und alle Änderungen in einer Sammelaktualisierung senden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>&amp;Open a working set…</source>
        <translation>Arbeitsstand ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>As loaded</source>
        <translation>Wie geladen</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Connected: %1. Load segments to start.</source>
        <translation>Verbunden: %1. Laden Sie Segmente, um zu beginnen.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Segments loaded: %1.</source>
        <translation>Geladene Segmente: %1.</translation>
    </message>
    <message>
        <source>Loading stopped: %1 %2</source>
        <translation>Laden unterbrochen: %1 %2</translation>
    </message>
    <message>
        <source>Loading cancelled. %1</source>
        <translation>Laden abgebrochen. %1</translation>
    </message>
    <message>
        <source>Reloaded from the server: %1. Your edits are kept.</source>
        <translation>Vom Server neu geladen: %1. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Not found on the server any more: %1.</source>
        <translation>Nicht mehr auf dem Server vorhanden: %1.</translation>
    </message>
    <message>
        <source>Reloading stopped: %1 %2</source>
        <translation>Neuladen unterbrochen: %1 %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Opening a working set replaces the segments shown.</source>
        <translation>Beim Öffnen eines Arbeitsstands werden die angezeigten Segmente ersetzt.</translation>
    </message>
    <message>
        <source>Open Working Set</source>
        <translation>Arbeitsstand öffnen</translation>
    </message>
    <message>
        <source>Loading replaces the segments shown.</source>
        <translation>Beim Laden werden die angezeigten Segmente ersetzt.</translation>
    </message>
    <message>
        <source>Loading could not start: another operation is under way.</source>
        <translation>Das Laden konnte nicht gestartet werden: Ein anderer Vorgang läuft.</translation>
    </message>
    <message>
        <source>Loading segments…</source>
        <translation>Segmente werden geladen…</translation>
    </message>
    <message>
        <source>Reloading segments: %1…</source>
        <translation>Segmente werden neu geladen: %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>advertiser name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opened %1 (segments: %2, with changes: %3).</source>
        <translation>%1 geöffnet (Segmente: %2, mit Änderungen: %3).</translation>
    </message>
    <message>
        <source>It was loaded from %1 (API %2); you are connected to %3 (API %4).</source>
        <translation>Der Arbeitsstand wurde von %1 (API %2) geladen; Sie sind mit %3 (API %4) verbunden.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Working Set</source>
        <translation>Arbeitsstand speichern</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have changes that are neither saved nor sent.</source>
        <translation>Sie haben Änderungen, die weder gespeichert noch gesendet sind.</translation>
    </message>
    <message>
        <source>Save them in a working set first?</source>
        <translation>Zuerst in einem Arbeitsstand speichern?</translation>
    </message>
    <message>
        <source>A send is under way. Cancel it and wait for the requests in flight before closing, so that every segment ends in a known state.</source>
        <translation>Ein Sendevorgang läuft. Brechen Sie ihn ab und warten Sie vor dem Schließen auf die laufenden Anfragen, damit jedes Segment einen bekannten Status hat.</translation>
    </message>
    <message>
        <source>Closing the window loses them.</source>
        <translation>Beim Schließen des Fensters gehen sie verloren.</translation>
    </message>
    <message>
        <source>Nothing to check: no segment has a change.</source>
        <translation>Nichts zu prüfen: Kein Segment wurde geändert.</translation>
    </message>
    <message>
        <source>Check passed: every changed segment (%1) is ready to send.</source>
        <translation>Prüfung bestanden: Alle geänderten Segmente (%1) können gesendet werden.</translation>
    </message>
    <message>
        <source>Invalid: %1 of %2 changed segments. They will not be sent until fixed (or excluded). Press F8 for the next one.</source>
        <translation>Ungültig: %1 von %2 geänderten Segmenten. Sie werden nicht gesendet, bis Sie sie korrigieren (oder ausschließen). Mit F8 gelangen Sie zum nächsten.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>The filter hides every row with a problem.</source>
        <translation>Der Filter blendet alle Zeilen mit Problemen aus.</translation>
    </message>
    <message>
        <source>Not connected: connect to Criteo before sending.</source>
        <translation>Nicht verbunden: Stellen Sie vor dem Senden eine Verbindung zu Criteo her.</translation>
    </message>
    <message>
        <source>Nothing can be sent: every changed segment is invalid (%1). Fix them first (F8 goes to the next one).</source>
        <translation>Es kann nichts gesendet werden: Alle geänderten Segmente sind ungültig (%1). Korrigieren Sie sie zuerst (F8 springt zum nächsten).</translation>
    </message>
    <message>
        <source>Nothing to send: no segment has a change to send.</source>
        <translation>Nichts zu senden: Kein Segment hat eine zu sendende Änderung.</translation>
    </message>
    <message>
        <source>Nothing to retry: no segment failed.</source>
        <translation>Nichts erneut zu senden: Kein Segment ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing to retry yet: the segments that failed are invalid or excluded. Fix them first.</source>
        <translation>Noch nichts erneut zu senden: Die fehlgeschlagenen Segmente sind ungültig oder ausgeschlossen. Korrigieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The send could not start: another operation is under way.</source>
        <translation>Das Senden konnte nicht gestartet werden: Ein anderer Vorgang läuft.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s copies…</source>
        <translation>Stand auf dem Server wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s copies could not be checked. %1</source>
        <translation>Es wurde nichts gesendet: Der Stand auf dem Server konnte nicht geprüft werden. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s copies changed since you loaded them, in fields you changed too (segments: %1). Choose Keep My Values or Take the Server&apos;s Values for each, then send again.</source>
        <translation>Es wurde nichts gesendet: Seit dem Laden wurden auf dem Server Felder geändert, die auch Sie geändert haben (Segmente: %1). Wählen Sie für jedes Segment „Meine Werte behalten“ oder „Serverwerte übernehmen“ und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nothing to send: the server already has these values.</source>
        <translation>Nichts zu senden: Der Server hat diese Werte bereits.</translation>
    </message>
    <message>
        <source>Retrying segments: %1…</source>
        <translation>Segmente werden erneut gesendet: %1…</translation>
    </message>
    <message>
        <source>Sending changes: %1…</source>
        <translation>Änderungen werden gesendet: %1…</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 with warnings</source>
        <translation>%1 mit Warnungen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 nicht gesendet</translation>
    </message>
    <message>
        <source>Send cancelled: %1.</source>
        <translation>Senden abgebrochen: %1.</translation>
    </message>
    <message>
        <source>Send finished: %1.</source>
        <translation>Senden abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Not sent because the server&apos;s copies changed in fields you changed too: %1. Choose Keep My Values or Take the Server&apos;s Values for each, then send again.</source>
        <translation>Nicht gesendet, weil auf dem Server Felder geändert wurden, die auch Sie geändert haben: %1. Wählen Sie für jedes Segment „Meine Werte behalten“ oder „Serverwerte übernehmen“ und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Problems about the whole send: %1.</source>
        <translation>Probleme, die den gesamten Sendevorgang betreffen: %1.</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene erneut senden</translation>
    </message>
    <message>
        <source>Cancelling: requests under way finish first…</source>
        <translation>Wird abgebrochen: Laufende Anfragen werden zuerst abgeschlossen…</translation>
    </message>
    <message>
        <source>Reverted: %1.</source>
        <translation>Zurückgesetzt: %1.</translation>
    </message>
    <message>
        <source>Nothing to revert.</source>
        <translation>Nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Conflicts resolved: %1.</source>
        <translation>Konflikte gelöst: %1.</translation>
    </message>
    <message>
        <source>No selected segment is in conflict.</source>
        <translation>Keines der ausgewählten Segmente hat einen Konflikt.</translation>
    </message>
    <message>
        <source>%1 loaded · %2 modified · %3 invalid · %4 failed · %5 warned</source>
        <translation>%1 geladen · %2 geändert · %3 ungültig · %4 fehlgeschlagen · %5 mit Warnung</translation>
    </message>
    <message>
        <source> · %1 not sent</source>
        <translation> · %1 nicht gesendet</translation>
    </message>
    <message>
        <source> · %1 unknown</source>
        <translation> · %1 unbekannt</translation>
    </message>
    <message>
        <source> · %1 in conflict</source>
        <translation> · %1 mit Konflikt</translation>
    </message>
    <message>
        <source> · %1 excluded</source>
        <translation> · %1 ausgeschlossen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not connected: working sets can be opened, edited and saved.</source>
        <translation>Nicht verbunden: Arbeitsstände können geöffnet, bearbeitet und gespeichert werden.</translation>
    </message>
    <message>
        <source>Connected to %1.
Load segments to start, or open a working set.</source>
        <translation>Verbunden mit %1.
Laden Sie Segmente, um zu beginnen, oder öffnen Sie einen Arbeitsstand.</translation>
    </message>
    <message>
        <source>&amp;Load segments…</source>
        <translation>Segmente &amp;laden…</translation>
    </message>
    <message>
        <source>Connect and load segments, or open a working set.</source>
        <translation>Stellen Sie eine Verbindung her und laden Sie Segmente oder öffnen Sie einen Arbeitsstand.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Segment Editor</source>
        <translation>%1[*] — Segment Editor</translation>
    </message>
    <message>
        <source>Reconcile &amp;Unknown Segments</source>
        <translation>&amp;Unbekannte Segmente abgleichen</translation>
    </message>
    <message>
        <source>Read the segments whose send answer was lost from the server, and see whether your change is there</source>
        <translation>Die Segmente, deren Antwort beim Senden verloren ging, erneut vom Server lesen und prüfen, ob Ihre Änderung angekommen ist</translation>
    </message>
    <message>
        <source>Connected: %1. Whether Criteo applied the last send of %2 segments is unknown: reconcile them before sending again.</source>
        <translation>Verbunden: %1. Ob Criteo das letzte Senden von %2 Segmenten übernommen hat, ist unklar: Gleichen Sie sie ab, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
    <message>
        <source>Could not open %1: %2 The file was left as it is.</source>
        <translation>%1 konnte nicht geöffnet werden: %2 Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Nothing was sent: the server no longer has segments %1.</source>
        <translation>Es wurde nichts gesendet: Die Segmente %1 sind nicht mehr auf dem Server vorhanden.</translation>
    </message>
    <message>
        <source>Nothing was sent: the server already had your changes of segments %1, whose answer was lost before. They are updated.</source>
        <translation>Es wurde nichts gesendet: Der Server hatte Ihre Änderungen an den Segmenten %1, deren Antwort zuvor verloren ging, bereits übernommen. Die Segmente sind jetzt aktualisiert.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 Free some disk space, or save your work in a working set, and send again.</source>
        <translation>Es wurde nichts gesendet: %1 Geben Sie Speicherplatz frei oder speichern Sie Ihre Arbeit in einem Arbeitsstand und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 unknown (reconcile them before sending again)</source>
        <translation>%1 unbekannt (vor dem erneuten Senden abgleichen)</translation>
    </message>
    <message>
        <source>Already on the server, from a send whose answer was lost: %1.</source>
        <translation>Bereits auf dem Server (aus einem Sendevorgang, dessen Antwort verloren ging): %1.</translation>
    </message>
    <message>
        <source>No longer on the server: %1.</source>
        <translation>Nicht mehr auf dem Server vorhanden: %1.</translation>
    </message>
    <message>
        <source>Your work is not autosaved in this window: %1 Save it in a working set from time to time.</source>
        <translation>Ihre Arbeit wird in diesem Fenster nicht automatisch gesichert: %1 Speichern Sie sie regelmäßig in einem Arbeitsstand.</translation>
    </message>
    <message>
        <source>The autosave %1 can be neither read nor moved aside: %2 It is left as it is, and this window does not autosave: save your work in a working set.</source>
        <translation>Die automatische Sicherung %1 kann weder gelesen noch verschoben werden: %2 Sie bleibt unverändert, und dieses Fenster sichert nicht automatisch: Speichern Sie Ihre Arbeit in einem Arbeitsstand.</translation>
    </message>
    <message>
        <source>Autosave failed: %1 Save your work in a working set to be safe.</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1 Speichern Sie Ihre Arbeit sicherheitshalber in einem Arbeitsstand.</translation>
    </message>
    <message>
        <source>The autosave of the last session could not be read: %1 It is kept as %2; nothing was written over it.</source>
        <translation>Die automatische Sicherung der letzten Sitzung konnte nicht gelesen werden: %1 Sie wird als %2 aufbewahrt und wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>The send journal of the last session could not be read: %1 It is kept as %2. Reload the segments you sent last before sending them again.</source>
        <translation>Das Sendeprotokoll der letzten Sitzung konnte nicht gelesen werden: %1 Es wird als %2 aufbewahrt. Laden Sie die zuletzt gesendeten Segmente neu, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>A send was under way when Segment Editor stopped, and there is no autosave to restore: whether Criteo applied the changes of segments %1 is unknown. Load them to see what the server holds.</source>
        <translation>Als Segment Editor beendet wurde, lief ein Sendevorgang, und es gibt keine automatische Sicherung zum Wiederherstellen: Ob Criteo die Änderungen an den Segmenten %1 übernommen hat, ist unklar. Laden Sie sie, um den Stand auf dem Server zu sehen.</translation>
    </message>
    <message>
        <source>The autosave from %1 holds %2 segments, %3 of them with changes.</source>
        <translation>Die automatische Sicherung vom %1 enthält %2 Segmente, davon %3 mit Änderungen.</translation>
    </message>
    <message>
        <source>They come from the working set %1.</source>
        <translation>Sie stammen aus dem Arbeitsstand %1.</translation>
    </message>
    <message>
        <source>%1 of them were being sent: whether Criteo applied them is unknown until you reconcile them.</source>
        <translation>%1 davon wurden gerade gesendet: Ob Criteo sie übernommen hat, bleibt unklar, bis Sie sie abgleichen.</translation>
    </message>
    <message>
        <source>Restore it to go on where you stopped, or discard it.</source>
        <translation>Stellen Sie sie wieder her, um dort weiterzumachen, wo Sie aufgehört haben, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Restore Your Work</source>
        <translation>Ihre Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Segment Editor stopped before your work was saved or sent.</source>
        <translation>Segment Editor wurde beendet, bevor Ihre Arbeit gespeichert oder gesendet wurde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Restored %1 segments (%2 with changes) from the autosave of %3.</source>
        <translation>%1 Segmente (%2 mit Änderungen) aus der automatischen Sicherung vom %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 segments were being sent when Segment Editor stopped: whether Criteo applied them is unknown. Reconcile them before sending again.</source>
        <translation>%1 Segmente wurden gerade gesendet, als Segment Editor beendet wurde: Ob Criteo sie übernommen hat, ist unklar. Gleichen Sie sie ab, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>The work of the last session was discarded.</source>
        <translation>Die Arbeit der letzten Sitzung wurde verworfen.</translation>
    </message>
    <message>
        <source>Nothing to reconcile: every send has its answer.</source>
        <translation>Nichts abzugleichen: Für jeden Sendevorgang liegt eine Antwort vor.</translation>
    </message>
    <message>
        <source>Connect to Criteo to reconcile the %1 unknown segments.</source>
        <translation>Stellen Sie eine Verbindung zu Criteo her, um die %1 unbekannten Segmente abzugleichen.</translation>
    </message>
    <message>
        <source>Reconciling could not start: another operation is under way.</source>
        <translation>Der Abgleich konnte nicht gestartet werden: Ein anderer Vorgang läuft.</translation>
    </message>
    <message>
        <source>Reconciling segments: %1…</source>
        <translation>Segmente werden abgeglichen: %1…</translation>
    </message>
    <message>
        <source>%1 applied, now updated</source>
        <translation>%1 übernommen, jetzt aktualisiert</translation>
    </message>
    <message>
        <source>%1 not applied, to send again</source>
        <translation>%1 nicht übernommen, erneut zu senden</translation>
    </message>
    <message>
        <source>%1 no longer on the server</source>
        <translation>%1 nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>Reconciled: %1.</source>
        <translation>Abgeglichen: %1.</translation>
    </message>
    <message>
        <source>Changed on the server in fields you changed too: %1. Choose Keep My Values or Take the Server&apos;s Values for each.</source>
        <translation>Auf dem Server in Feldern geändert, die auch Sie geändert haben: %1. Wählen Sie für jedes Segment „Meine Werte behalten“ oder „Serverwerte übernehmen“.</translation>
    </message>
    <message>
        <source>Reconciling stopped: %1 Still unknown: %2.</source>
        <translation>Abgleich unterbrochen: %1 Weiterhin unbekannt: %2.</translation>
    </message>
    <message>
        <source>Find and Re&amp;place…</source>
        <translation>Suchen und Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Find and replace text in the names and descriptions of the selected segments or of all of them (Ctrl+H)</source>
        <translation>Text in den Namen und Beschreibungen der ausgewählten oder aller Segmente suchen und ersetzen (Ctrl+H)</translation>
    </message>
    <message>
        <source>%1 The send stops after the requests under way; what was not sent keeps its edit.</source>
        <translation>%1 Das Senden endet nach den laufenden Anfragen; was nicht gesendet wurde, behält seine Änderung.</translation>
    </message>
    <message>
        <source>Send cancelled; nothing was sent.</source>
        <translation>Senden abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 The send stopped there.</source>
        <translation>%1 Das Senden wurde dort angehalten.</translation>
    </message>
    <message>
        <source>What was not sent keeps its edit: Retry Failed sends it.</source>
        <translation>Was nicht gesendet wurde, behält seine Änderung: „Fehlgeschlagene erneut senden“ sendet es.</translation>
    </message>
    <message>
        <source> · %1 new</source>
        <translation> · %1 neu</translation>
    </message>
    <message>
        <source> · %1 to delete</source>
        <translation> · %1 zu löschen</translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation>&amp;Neues Segment…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add a segment, created on Criteo by the next send (Ctrl+N; undoable)</source>
        <translation>Ein Segment hinzufügen, das beim nächsten Senden bei Criteo erstellt wird (Strg+N; rückgängig machbar)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected segments under new names; the copies are created by the next send (Ctrl+D; undoable)</source>
        <translation>Die ausgewählten Segmente unter neuen Namen kopieren; die Kopien werden beim nächsten Senden erstellt (Strg+D; rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Mark the selected segments for deletion by the next send, or keep them after all (Delete; undoable)</source>
        <translation>Die ausgewählten Segmente zum Löschen beim nächsten Senden markieren oder doch behalten (Entf; rückgängig machbar)</translation>
    </message>
    <message>
        <source>Load or open segments first: a new segment belongs to one of their advertisers.</source>
        <translation>Laden oder öffnen Sie zuerst Segmente: Ein neues Segment gehört zu einem ihrer Werbetreibenden.</translation>
    </message>
    <message>
        <source>New segment added: fill in its settings, then send to create it on Criteo.</source>
        <translation>Neues Segment hinzugefügt: Füllen Sie seine Einstellungen aus und senden Sie, um es bei Criteo zu erstellen.</translation>
    </message>
    <message>
        <source>These segments cannot be duplicated: contact lists and behavioral segments are not created here.</source>
        <translation>Diese Segmente können nicht dupliziert werden: Kontaktlisten und Verhaltenssegmente werden hier nicht erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies added: they are created on Criteo by the next send.</source>
        <translation>
            <numerusform>%n Kopie hinzugefügt: Sie wird beim nächsten Senden bei Criteo erstellt.</numerusform>
            <numerusform>%n Kopien hinzugefügt: Sie werden beim nächsten Senden bei Criteo erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments marked for deletion: the next send deletes them from Criteo. Undo keeps them.</source>
        <translation>
            <numerusform>%n Segment zum Löschen markiert: Das nächste Senden löscht es bei Criteo. Rückgängig behält es.</numerusform>
            <numerusform>%n Segmente zum Löschen markiert: Das nächste Senden löscht sie bei Criteo. Rückgängig behält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep (Do Not Delete)</source>
        <translation>&amp;Behalten (nicht löschen)</translation>
    </message>
    <message>
        <source>Nothing was sent: segments %1 were already deleted on the server. They are gone from the table.</source>
        <translation>Nichts wurde gesendet: Die Segmente %1 waren auf dem Server bereits gelöscht. Sie sind aus der Tabelle verschwunden.</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Already deleted on the server: %1.</source>
        <translation>Auf dem Server bereits gelöscht: %1.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the MIT licence: you may use, copy, change and share it, without any warranty. Show Details… gives the full text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Software unter der MIT-Lizenz: Sie dürfen sie verwenden, kopieren, ändern und weitergeben, ohne jede Gewährleistung. „Details einblenden…“ zeigt den vollständigen Text.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking which audiences use the segments…</source>
        <translation>Es wird geprüft, welche Zielgruppen die Segmente verwenden…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>Warte auf Ihre Antwort…</translation>
    </message>
    <message>
        <source>Nothing was sent. Your changes are kept: keep the segments in use, or send when their audiences no longer need them.</source>
        <translation>Es wurde nichts gesendet. Ihre Änderungen bleiben erhalten: Behalten Sie die verwendeten Segmente, oder senden Sie, wenn ihre Zielgruppen sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>%1 The send goes on; it is not in the history.</source>
        <translation>%1 Das Senden wird fortgesetzt, erscheint aber nicht im Sendeverlauf.</translation>
    </message>
    <message>
        <source>Send History</source>
        <translation>Sendeverlauf</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <source>Copy a support report of the selected segment&apos;s last send: trace ids, HTTP status, problems and the JSON sent and answered; no token or secret.</source>
        <translation>Einen Support-Bericht zum letzten Sendevorgang des ausgewählten Segments kopieren: Trace-IDs, HTTP-Status, Probleme sowie gesendetes und empfangenes JSON; ohne Token oder Clientschlüssel.</translation>
    </message>
    <message>
        <source>%1 Sends are not recorded.</source>
        <translation>%1 Sendevorgänge werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>No send of segment %1 is in the history.</source>
        <translation>Im Sendeverlauf ist kein Sendevorgang für Segment %1 vorhanden.</translation>
    </message>
    <message>
        <source>The support report of segment %1 (send %2) is on the clipboard: paste it into your support ticket.</source>
        <translation>Der Support-Bericht für Segment %1 (Sendevorgang %2) liegt in der Zwischenablage: Fügen Sie ihn in Ihr Support-Ticket ein.</translation>
    </message>
    <message>
        <source>Send %1 went to %2: connect to it to undo the send.</source>
        <translation>Sendevorgang %1 ging an %2: Verbinden Sie sich mit diesem Server, um den Sendevorgang rückgängig zu machen.</translation>
    </message>
    <message>
        <source>E&amp;xport Sheet…</source>
        <translation>Tabelle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected segments (or those in view) to a CSV sheet for Excel or LibreOffice</source>
        <translation>Die ausgewählten (oder sichtbaren) Segmente in eine CSV-Tabelle für Excel oder LibreOffice schreiben</translation>
    </message>
    <message>
        <source>&amp;Import Sheet or Change Set…</source>
        <translation>Tabelle oder Änderungspaket &amp;importieren…</translation>
    </message>
    <message>
        <source>Read an edited sheet or a colleague&apos;s change set, and review its changes</source>
        <translation>Eine bearbeitete Tabelle oder das Änderungspaket eines Teammitglieds einlesen und die Änderungen prüfen</translation>
    </message>
    <message>
        <source>Export &amp;Change Set…</source>
        <translation>Änderungs&amp;paket exportieren…</translation>
    </message>
    <message>
        <source>Write the pending edits (of the selection, or all) to a small file to review or pass on</source>
        <translation>Die nicht gesendeten Änderungen (der Auswahl oder alle) in eine kleine Datei schreiben, um sie zu prüfen oder weiterzugeben</translation>
    </message>
    <message>
        <source>Export Sheet</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV sheets (*.csv);;All files (*)</source>
        <translation>CSV-Tabellen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>segments.csv</source>
        <comment>default file name</comment>
        <translation>segmente.csv</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Exported %1 segments to %2.</source>
        <translation>%1 Segmente nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Their points of interest are in %1.</source>
        <translation>Die Points of Interest stehen in %1.</translation>
    </message>
    <message>
        <source>Edit the sheet in your spreadsheet (leave a cell empty to keep its value, write [clear] to clear it), save it as CSV and import it.</source>
        <translation>Bearbeiten Sie die Tabelle in Ihrer Tabellenkalkulation (lassen Sie eine Zelle leer, um ihren Wert zu behalten, schreiben Sie [clear], um ihn zu löschen), speichern Sie sie als CSV und importieren Sie sie.</translation>
    </message>
    <message>
        <source>Import Sheet or Change Set</source>
        <translation>Tabelle oder Änderungspaket importieren</translation>
    </message>
    <message>
        <source>Sheets and change sets (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tabellen und Änderungspakete (*.csv *.tsv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not import %1: %2 Nothing was changed.</source>
        <translation>%1 konnte nicht importiert werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 changes nothing: every value is the one in the working set.</source>
        <translation>%1: Nichts zu ändern, jeder Wert entspricht bereits dem im Arbeitsstand.</translation>
    </message>
    <message>
        <source>Imported changes to %1 segments (one step to undo). Check them, then send.</source>
        <translation>Änderungen an %1 Segmenten importiert (in einem Schritt rückgängig zu machen). Prüfen Sie sie und senden Sie sie dann.</translation>
    </message>
    <message>
        <source>Export Change Set</source>
        <translation>Änderungspaket exportieren</translation>
    </message>
    <message>
        <source>Change sets (*.json);;Change sets as CSV (*.csv)</source>
        <translation>Änderungspakete (*.json);;Änderungspakete als CSV (*.csv)</translation>
    </message>
    <message>
        <source>changes.json</source>
        <comment>default file name</comment>
        <translation>änderungen.json</translation>
    </message>
    <message>
        <source>Exported %1 changed fields to %2: a colleague can import it into their working set and review it.</source>
        <translation>%1 geänderte Felder nach %2 exportiert: Ein Teammitglied kann die Datei in seinen Arbeitsstand importieren und prüfen.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n of them need a fix first: the Problems panel says what; then choose Retry Failed.</source>
        <translation>
            <numerusform>%n davon muss zuerst korrigiert werden: Der Bereich Probleme sagt, was; dann „Fehlgeschlagene erneut senden“ wählen.</numerusform>
            <numerusform>%n davon müssen zuerst korrigiert werden: Der Bereich Probleme sagt, was; dann „Fehlgeschlagene erneut senden“ wählen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was unavailable for %n of them, also when tried again: they need no fix; retry later.</source>
        <translation>
            <numerusform>Der Server war für %n davon nicht erreichbar, auch beim erneuten Versuch: Es ist nichts zu korrigieren; später erneut versuchen.</numerusform>
            <numerusform>Der Server war für %n davon nicht erreichbar, auch beim erneuten Versuch: Es ist nichts zu korrigieren; später erneut versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was unavailable for %n of them: they need no fix; retry later.</source>
        <translation>
            <numerusform>Der Server war für %n davon nicht erreichbar: Es ist nichts zu korrigieren; später erneut versuchen.</numerusform>
            <numerusform>Der Server war für %n davon nicht erreichbar: Es ist nichts zu korrigieren; später erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits are kept.</source>
        <translation>Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>As the &amp;System Says</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Made with Qt %1 (LGPL 3) and QtKeychain (BSD licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit Qt %1 (LGPL 3) und QtKeychain (BSD-Lizenz).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The names of the in-market interests come from the Google product taxonomy, published by Google (English edition of %1, German edition of %2). It has no French edition: French and every language but German show the English names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Namen der In-Market-Interessen stammen aus der Google-Produkttaxonomie, veröffentlicht von Google (englische Ausgabe vom %1, deutsche Ausgabe vom %2). Eine französische Ausgabe gibt es nicht: Französisch und alle Sprachen außer Deutsch zeigen die englischen Namen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Clientschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>memory only (forgotten when the application closes)</source>
        <translation>nur im Arbeitsspeicher (wird beim Beenden der Anwendung verworfen)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <comment>close the message</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MixedTypesForm</name>
    <message>
        <source>&amp;Find and replace in names and descriptions…</source>
        <translation>In Namen und Beschreibungen &amp;suchen und ersetzen…</translation>
    </message>
    <message>
        <source>Selected segments</source>
        <translation>Ausgewählte Segmente</translation>
    </message>
    <message>
        <source>Settings differ by type: select segments of one type to edit them together.</source>
        <translation>Die Einstellungen unterscheiden sich je nach Typ: Wählen Sie Segmente eines Typs aus, um sie gemeinsam zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1: 1 segment</source>
        <comment>type: count</comment>
        <translation>%1: 1 Segment</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n segments</source>
        <comment>type: count</comment>
        <translation>
            <numerusform>%1: %n Segment</numerusform>
            <numerusform>%1: %n Segmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewSegmentDialog</name>
    <message>
        <source>&amp;Looks like:</source>
        <translation>Ä&amp;hnelt:</translation>
    </message>
    <message>
        <source>New Segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>Unique within the advertiser</source>
        <translation>Eindeutig beim Werbetreibenden</translation>
    </message>
    <message>
        <source>The segment is created on Criteo by the next send. Fill in its settings in the form first; Undo takes it away again.</source>
        <translation>Das Segment wird beim nächsten Senden bei Criteo erstellt. Füllen Sie zuerst seine Einstellungen im Formular aus; Rückgängig entfernt es wieder.</translation>
    </message>
    <message>
        <source>&amp;Advertiser:</source>
        <translation>&amp;Werbetreibender:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Add Segment</source>
        <translation>Segment hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>segment name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PoiImportDialog</name>
    <message>
        <source>Review Points of Interest</source>
        <translation>Points of Interest prüfen</translation>
    </message>
    <message>
        <source>Text to read points from</source>
        <translation>Text, aus dem Punkte gelesen werden</translation>
    </message>
    <message>
        <source>Points that will be applied</source>
        <translation>Punkte, die übernommen werden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Rejected and suspicious lines</source>
        <translation>Abgelehnte und verdächtige Zeilen</translation>
    </message>
    <message>
        <source>&amp;Replace the existing points</source>
        <translation>Vorhandene Punkte &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Replace the existing point</source>
        <translation>Vorhandenen Punkt &amp;ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the %n existing points</source>
        <translation>
            <numerusform>Den %n vorhandenen Punkt &amp;ersetzen</numerusform>
            <numerusform>Die %n vorhandenen Punkte &amp;ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchecked: the points are added to the list</source>
        <translation>Nicht aktiviert: Die Punkte werden der Liste hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Text from %1 (edit it to fix a line):</source>
        <translation>&amp;Text aus %1 (zum Korrigieren einer Zeile bearbeiten):</translation>
    </message>
    <message>
        <source>Acce&amp;pted points:</source>
        <translation>&amp;Akzeptierte Punkte:</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Meldungen:</translation>
    </message>
    <message>
        <source>Already in the list; it is not added again.</source>
        <translation>Bereits in der Liste; wird nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>At the same place as an unnamed point of the list.</source>
        <translation>An derselben Stelle wie ein unbenannter Punkt der Liste.</translation>
    </message>
    <message>
        <source>At the same place as “%1” of the list.</source>
        <translation>An derselben Stelle wie „%1“ aus der Liste.</translation>
    </message>
    <message>
        <source>Rejected · %1</source>
        <translation>Abgelehnt · %1</translation>
    </message>
    <message>
        <source>Warning · %1</source>
        <translation>Warnung · %1</translation>
    </message>
    <message>
        <source>No points recognised yet.</source>
        <translation>Noch keine Punkte erkannt.</translation>
    </message>
    <message>
        <source>Read as: %1.</source>
        <translation>Erkanntes Format: %1.</translation>
    </message>
    <message>
        <source>1 point will replace the list</source>
        <translation>1 Punkt ersetzt die Liste</translation>
    </message>
    <message numerus="yes">
        <source>%n points will replace the list</source>
        <translation>
            <numerusform>%n Punkt ersetzt die Liste</numerusform>
            <numerusform>%n Punkte ersetzen die Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>1 point will be added</source>
        <translation>1 Punkt wird hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n points will be added</source>
        <translation>
            <numerusform>%n Punkt wird hinzugefügt</numerusform>
            <numerusform>%n Punkte werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 line rejected</source>
        <translation>1 Zeile abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n lines rejected</source>
        <translation>
            <numerusform>%n Zeile abgelehnt</numerusform>
            <numerusform>%n Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning to check</source>
        <translation>1 Warnung zu prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings to check</source>
        <translation>
            <numerusform>%n Warnung zu prüfen</numerusform>
            <numerusform>%n Warnungen zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list</source>
        <translation>
            <numerusform>%n bereits in der Liste</numerusform>
            <numerusform>%n bereits in der Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between parts of a summary</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>PoiListModel</name>
    <message>
        <source>Name</source>
        <comment>point of interest</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
</context>
<context>
    <name>PoiParser</name>
    <message>
        <source>Latitude is missing.</source>
        <translation>Der Breitengrad fehlt.</translation>
    </message>
    <message>
        <source>Longitude is missing.</source>
        <translation>Der Längengrad fehlt.</translation>
    </message>
    <message>
        <source>Latitude “%1” is not a number or a degrees-minutes-seconds value.</source>
        <translation>Der Breitengrad „%1“ ist weder eine Zahl noch ein Wert in Grad-Minuten-Sekunden.</translation>
    </message>
    <message>
        <source>Longitude “%1” is not a number or a degrees-minutes-seconds value.</source>
        <translation>Der Längengrad „%1“ ist weder eine Zahl noch ein Wert in Grad-Minuten-Sekunden.</translation>
    </message>
    <message>
        <source>Latitude “%1”: minutes must be below 60.</source>
        <translation>Breitengrad „%1“: Die Minuten müssen kleiner als 60 sein.</translation>
    </message>
    <message>
        <source>Longitude “%1”: minutes must be below 60.</source>
        <translation>Längengrad „%1“: Die Minuten müssen kleiner als 60 sein.</translation>
    </message>
    <message>
        <source>Latitude “%1”: seconds must be below 60.</source>
        <translation>Breitengrad „%1“: Die Sekunden müssen kleiner als 60 sein.</translation>
    </message>
    <message>
        <source>Longitude “%1”: seconds must be below 60.</source>
        <translation>Längengrad „%1“: Die Sekunden müssen kleiner als 60 sein.</translation>
    </message>
    <message>
        <source>Latitude “%1”: only the last of degrees, minutes and seconds may have decimals.</source>
        <translation>Breitengrad „%1“: Nur der letzte Wert von Grad, Minuten und Sekunden darf Nachkommastellen haben.</translation>
    </message>
    <message>
        <source>Longitude “%1”: only the last of degrees, minutes and seconds may have decimals.</source>
        <translation>Längengrad „%1“: Nur der letzte Wert von Grad, Minuten und Sekunden darf Nachkommastellen haben.</translation>
    </message>
    <message>
        <source>Latitude “%1” has both a minus sign and a hemisphere letter; use only one of them.</source>
        <translation>Der Breitengrad „%1“ hat sowohl ein Minuszeichen als auch eine Himmelsrichtung; verwenden Sie nur eines von beiden.</translation>
    </message>
    <message>
        <source>Longitude “%1” has both a minus sign and a hemisphere letter; use only one of them.</source>
        <translation>Der Längengrad „%1“ hat sowohl ein Minuszeichen als auch eine Himmelsrichtung; verwenden Sie nur eines von beiden.</translation>
    </message>
    <message>
        <source>Latitude “%1”: the letter O is ambiguous (Ost is east, Ouest is west); use N or S.</source>
        <translation>Breitengrad „%1“: Der Buchstabe O ist mehrdeutig (Ost = Osten, französisch Ouest = Westen); verwenden Sie N oder S.</translation>
    </message>
    <message>
        <source>Longitude “%1”: the letter O is ambiguous (Ost is east, Ouest is west); use E or W.</source>
        <translation>Längengrad „%1“: Der Buchstabe O ist mehrdeutig (Ost = Osten, französisch Ouest = Westen); verwenden Sie E (Osten) oder W (Westen).</translation>
    </message>
    <message>
        <source>Latitude “%1” has the hemisphere letter %2, which is for longitudes.</source>
        <translation>Der Breitengrad „%1“ hat die Himmelsrichtung %2, die nur für Längengrade gilt.</translation>
    </message>
    <message>
        <source>Longitude “%1” has the hemisphere letter %2, which is for latitudes.</source>
        <translation>Der Längengrad „%1“ hat die Himmelsrichtung %2, die nur für Breitengrade gilt.</translation>
    </message>
    <message>
        <source>Latitude %1 is out of range (-90 to 90). Did you swap latitude and longitude?</source>
        <translation>Der Breitengrad %1 liegt außerhalb des gültigen Bereichs (-90 bis 90). Haben Sie Breiten- und Längengrad vertauscht?</translation>
    </message>
    <message>
        <source>Latitude %1 is out of range (-90 to 90).</source>
        <translation>Der Breitengrad %1 liegt außerhalb des gültigen Bereichs (-90 bis 90).</translation>
    </message>
    <message>
        <source>Longitude %1 is out of range (-180 to 180).</source>
        <translation>Der Längengrad %1 liegt außerhalb des gültigen Bereichs (-180 bis 180).</translation>
    </message>
    <message>
        <source>Latitude and longitude are missing.</source>
        <translation>Breiten- und Längengrad fehlen.</translation>
    </message>
    <message>
        <source>No latitude and longitude found.</source>
        <translation>Kein Breiten- und Längengrad gefunden.</translation>
    </message>
    <message>
        <source>Only one number found; a latitude and a longitude are needed.</source>
        <translation>Nur eine Zahl gefunden; benötigt werden ein Breiten- und ein Längengrad.</translation>
    </message>
    <message>
        <source>Cannot tell where the latitude ends and the longitude begins; separate them with a comma or a semicolon.</source>
        <translation>Es ist nicht erkennbar, wo der Breitengrad endet und der Längengrad beginnt; trennen Sie beide durch ein Komma oder ein Semikolon.</translation>
    </message>
    <message>
        <source>Decimal commas in comma-separated columns are ambiguous; separate the columns with semicolons or tabs, or put the numbers in quotes.</source>
        <translation>Dezimalkommas in kommagetrennten Spalten sind mehrdeutig; trennen Sie die Spalten durch Semikolons oder Tabulatoren oder setzen Sie die Zahlen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Cannot tell which columns are the latitude and the longitude; add a header row such as “name,latitude,longitude”.</source>
        <translation>Es ist nicht erkennbar, welche Spalten Breiten- und Längengrad enthalten; fügen Sie eine Kopfzeile wie „Name,Breitengrad,Längengrad“ hinzu.</translation>
    </message>
    <message>
        <source>Cannot tell where the name ends and the coordinates begin; separate them with commas, semicolons or tabs.</source>
        <translation>Es ist nicht erkennbar, wo der Name endet und die Koordinaten beginnen; trennen Sie sie durch Kommas, Semikolons oder Tabulatoren.</translation>
    </message>
    <message>
        <source>Tab-separated</source>
        <translation>Tabulatorgetrennt</translation>
    </message>
    <message>
        <source>Semicolon-separated</source>
        <translation>Semikolongetrennt</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Kommagetrennt</translation>
    </message>
    <message>
        <source>One coordinate pair per line</source>
        <translation>Ein Koordinatenpaar pro Zeile</translation>
    </message>
    <message>
        <source>Far from the other points, but among them with latitude and longitude swapped (%1, %2). Did you swap latitude and longitude?</source>
        <translation>Weit entfernt von den anderen Punkten, aber mitten unter ihnen, wenn Breiten- und Längengrad vertauscht werden (%1, %2). Haben Sie Breiten- und Längengrad vertauscht?</translation>
    </message>
    <message>
        <source>mixed separators</source>
        <translation>gemischte Trennzeichen</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <source>decimal commas</source>
        <translation>Dezimalkommas</translation>
    </message>
    <message>
        <source>degrees-minutes-seconds</source>
        <translation>Grad-Minuten-Sekunden</translation>
    </message>
    <message>
        <source>hemisphere letters</source>
        <translation>Himmelsrichtungen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Another header row: its column names apply to the lines below.</source>
        <translation>Weitere Kopfzeile: Ihre Spaltennamen gelten für die folgenden Zeilen.</translation>
    </message>
    <message>
        <source>Header row without a latitude and a longitude column; columns are read by position.</source>
        <translation>Kopfzeile ohne Spalten für Breiten- und Längengrad; die Spalten werden nach ihrer Position gelesen.</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (same name and coordinates); not added again.</source>
        <translation>Duplikat von Zeile %1 (gleicher Name und gleiche Koordinaten); nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>More than 5 decimals; the coordinates will be rounded to %1, %2.</source>
        <translation>Mehr als 5 Nachkommastellen; die Koordinaten werden auf %1, %2 gerundet.</translation>
    </message>
    <message>
        <source>Same coordinates as line %1.</source>
        <translation>Gleiche Koordinaten wie Zeile %1.</translation>
    </message>
</context>
<context>
    <name>PoiScatterView</name>
    <message>
        <source>Map preview of the points of interest</source>
        <translation>Kartenvorschau der Points of Interest</translation>
    </message>
    <message>
        <source>Each point with its radius, to scale. Click a point to select its row.</source>
        <translation>Jeder Punkt mit seinem Radius, maßstabsgetreu. Klicken Sie auf einen Punkt, um seine Zeile auszuwählen.</translation>
    </message>
    <message>
        <source>No points of interest</source>
        <translation>Keine Points of Interest</translation>
    </message>
    <message>
        <source>No point has valid coordinates</source>
        <translation>Kein Punkt hat gültige Koordinaten</translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>1 point without valid coordinates is not shown</source>
        <translation>1 Punkt ohne gültige Koordinaten wird nicht angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n points without valid coordinates are not shown</source>
        <translation>
            <numerusform>%n Punkt ohne gültige Koordinaten wird nicht angezeigt</numerusform>
            <numerusform>%n Punkte ohne gültige Koordinaten werden nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoisCommand</name>
    <message>
        <source>Reads points of interest from text pasted or exported from a spreadsheet or another tool (tab, semicolon or comma columns, a header row or none, decimal commas, degrees-minutes-seconds, hemisphere letters) and prints them normalised as CSV “name,latitude,longitude”, or as JSON with --json. Each rejected or suspicious line is reported on stderr as “line N: message”. Exit status 1 if any line was rejected.</source>
        <translation>Liest Points of Interest aus Text, der aus einer Tabellenkalkulation oder einem anderen Tool eingefügt oder exportiert wurde (Spalten getrennt durch Tabulator, Semikolon oder Komma, mit oder ohne Kopfzeile, Dezimalkommas, Grad-Minuten-Sekunden, Himmelsrichtungen), und gibt sie normalisiert als CSV „name,latitude,longitude“ aus, mit --json als JSON. Jede abgelehnte oder verdächtige Zeile wird auf stderr als „Zeile N: Meldung“ gemeldet. Exit-Status 1, wenn eine Zeile abgelehnt wurde.</translation>
    </message>
    <message>
        <source>The text to read; “-” or nothing reads standard input.</source>
        <translation>Der zu lesende Text; bei „-“ oder ohne Angabe wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Print a JSON array of {name, latitude, longitude}, the pointsOfInterest of a Location segment.</source>
        <translation>Ein JSON-Array aus {name, latitude, longitude} ausgeben, die pointsOfInterest eines Standortsegments.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Preview of the send</source>
        <translation>Sendevorschau</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Zu sendende Änderungen</translation>
    </message>
    <message>
        <source>In this send</source>
        <translation>In diesem Sendevorgang</translation>
    </message>
    <message>
        <source>Segment and change</source>
        <translation>Segment und Änderung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>&amp;Changes (uncheck a segment to leave it out):</source>
        <translation>&amp;Änderungen (Häkchen entfernen, um ein Segment auszulassen):</translation>
    </message>
    <message>
        <source>&amp;Request body:</source>
        <translation>Anfrage&amp;text:</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>segment id and name</comment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Left out: invalid</source>
        <translation>Ausgelassen: ungültig</translation>
    </message>
    <message>
        <source>Left out: being sent</source>
        <translation>Ausgelassen: wird bereits gesendet</translation>
    </message>
    <message>
        <source>This segment has errors; fix them before it can be sent.</source>
        <translation>Dieses Segment enthält Fehler; beheben Sie sie, damit es gesendet werden kann.</translation>
    </message>
    <message>
        <source>This segment is being sent already.</source>
        <translation>Dieses Segment wird bereits gesendet.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Einbezogen</translation>
    </message>
    <message>
        <source>Nothing to send: no segment has a change.</source>
        <translation>Nichts zu senden: Kein Segment wurde geändert.</translation>
    </message>
    <message>
        <source>Changed segments: %1</source>
        <translation>Geänderte Segmente: %1</translation>
    </message>
    <message>
        <source>in this send: %1</source>
        <translation>in diesem Sendevorgang: %1</translation>
    </message>
    <message>
        <source>left out by you: %1</source>
        <translation>von Ihnen ausgelassen: %1</translation>
    </message>
    <message>
        <source>invalid, left out until fixed: %1</source>
        <translation>ungültig, bis zur Korrektur ausgelassen: %1</translation>
    </message>
    <message>
        <source>PATCH requests: %1 (up to %2 segments each)</source>
        <translation>PATCH-Anfragen: %1 (je bis zu %2 Segmente)</translation>
    </message>
    <message>
        <source>PATCH %1 of %2 (segments: %3)</source>
        <translation>PATCH %1 von %2 (Segmente: %3)</translation>
    </message>
    <message>
        <source>(nothing would be sent)</source>
        <translation>(es würde nichts gesendet)</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>New: “%1”</source>
        <translation>Neu: „%1“</translation>
    </message>
    <message>
        <source>Delete: %1</source>
        <translation>Löschen: %1</translation>
    </message>
    <message>
        <source>create requests: %1</source>
        <translation>Erstellungsanfragen: %1</translation>
    </message>
    <message>
        <source>delete requests: %1</source>
        <translation>Löschanfragen: %1</translation>
    </message>
    <message>
        <source>POST delete %1 of %2 (segments: %3)</source>
        <translation>POST delete %1 von %2 (Segmente: %3)</translation>
    </message>
    <message>
        <source>POST create %1 of %2 (segments: %3)</source>
        <translation>POST create %1 von %2 (Segmente: %3)</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problems of the shown segments</source>
        <translation>Probleme der angezeigten Segmente</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>server answer</source>
        <translation>Serverantwort</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>Trace-ID %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Problems panel)</source>
        <translation>
            <numerusform>… und %n weiteres Problem (siehe Bereich „Probleme“)</numerusform>
            <numerusform>… und %n weitere Probleme (siehe Bereich „Probleme“)</numerusform>
        </translation>
    </message>
    <message>
        <source>all: %1</source>
        <comment>every problem listed is this one</comment>
        <translation>alle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <comment>of problems</comment>
        <translation>
            <numerusform>%n Art</numerusform>
            <numerusform>%n Arten</numerusform>
        </translation>
    </message>
    <message>
        <source>found on this computer, before sending</source>
        <translation>auf diesem Computer gefunden, vor dem Senden</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>%1 “%2”</source>
        <comment>segment id and name</comment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>(whole send)</source>
        <translation>(gesamter Sendevorgang)</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>problem severity</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>problem severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
</context>
<context>
    <name>ProblemMapper</name>
    <message>
        <source>Answer unclear</source>
        <translation>Antwort unklar</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not say for sure which segments it created. Segment Editor looks for this one by name before sending anything again.</source>
        <translation>Die Antwort des Servers sagt nicht sicher, welche Segmente er erstellt hat. Segment Editor sucht dieses nach seinem Namen, bevor etwas erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Nicht erstellt</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not list this segment as created and gives no reason. Send it again.</source>
        <translation>Die Antwort des Servers führt dieses Segment nicht als erstellt auf und nennt keinen Grund. Senden Sie es erneut.</translation>
    </message>
    <message>
        <source>Not in the answer</source>
        <translation>Nicht in der Antwort</translation>
    </message>
    <message>
        <source>The server&apos;s answer neither lists this segment as updated nor gives a reason, so whether the change was applied is unknown. It is reloaded and reconciled before anything is sent again.</source>
        <translation>Die Antwort des Servers führt dieses Segment weder als aktualisiert auf noch nennt sie einen Grund; ob die Änderung übernommen wurde, ist daher unbekannt. Es wird neu geladen und abgeglichen, bevor erneut etwas gesendet wird.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems. Check (F7) and Send list what needs a look here.</source>
        <translation>Keine Probleme. „Prüfen“ (F7) und „Senden“ führen hier auf, was Aufmerksamkeit erfordert.</translation>
    </message>
</context>
<context>
    <name>ProspectingForm</name>
    <message>
        <source>Prospecting settings</source>
        <translation>Prospecting-Einstellungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>N&amp;utzer:</translation>
    </message>
    <message>
        <source>M&amp;inimum days since last visit:</source>
        <translation>Tage seit dem letzten Besuch (m&amp;in.):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum days since last visit:</source>
        <translation>Tage seit dem letzten Besuch (ma&amp;x.):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Minimum days since last visit</source>
        <translation>Tage seit dem letzten Besuch (min.)</translation>
    </message>
    <message>
        <source>Maximum days since last visit</source>
        <translation>Tage seit dem letzten Besuch (max.)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Sent as null: the segment has no limit on this side</source>
        <translation>Wird als null gesendet: Das Segment hat auf dieser Seite keine Grenze</translation>
    </message>
    <message>
        <source>Unknown (kept as the server sent it)</source>
        <translation>Unbekannt (so beibehalten, wie vom Server gesendet)</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <source>Loads segments from the API into a new working set FILE, which you can edit (by hand, with jq, or in Segment Editor), check, diff and push. The filters are combined: segments of these advertisers, of these types, with these ids. Each option may be repeated or take a comma-separated list.</source>
        <translation>Lädt Segmente aus der API in einen neuen Arbeitsstand FILE, den Sie bearbeiten (von Hand, mit jq oder in Segment Editor), prüfen (check), vergleichen (diff) und senden (push) können. Die Filter werden kombiniert: Segmente dieser Werbetreibenden, dieser Typen, mit diesen IDs. Jede Option kann wiederholt werden oder eine kommagetrennte Liste enthalten.</translation>
    </message>
    <message>
        <source>An advertiser id (see “segmentctl advertisers”).</source>
        <translation>Eine Werbetreibenden-ID (siehe „segmentctl advertisers“).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A segment type: %1.</source>
        <translation>Ein Segmenttyp: %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A segment id.</source>
        <translation>Eine Segment-ID.</translation>
    </message>
    <message>
        <source>The working set to write.</source>
        <translation>Der zu schreibende Arbeitsstand.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Overwrite FILE even if it has unsent edits or is not a working set.</source>
        <translation>FILE auch dann überschreiben, wenn die Datei nicht gesendete Änderungen enthält oder kein Arbeitsstand ist.</translation>
    </message>
    <message>
        <source>Unknown segment type “%1”. Valid types: %2.</source>
        <translation>Unbekannter Segmenttyp „%1“. Gültige Typen: %2.</translation>
    </message>
    <message>
        <source>Say which segments to load: --advertiser ID (see “segmentctl advertisers”) or --id ID.</source>
        <translation>Geben Sie an, welche Segmente geladen werden sollen: --advertiser ID (siehe „segmentctl advertisers“) oder --id ID.</translation>
    </message>
    <message>
        <source>Say where to write the working set: -o FILE.</source>
        <translation>Geben Sie an, wohin der Arbeitsstand geschrieben werden soll: -o FILE.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be read as a working set (%2). Choose another file, or pass --force to overwrite it.</source>
        <translation>%1 existiert und kann nicht als Arbeitsstand gelesen werden (%2). Wählen Sie eine andere Datei oder übergeben Sie --force, um sie zu überschreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has unsent edits in %n segment(s). Push them first (“segmentctl push %1”), write to another file, or pass --force to overwrite them.</source>
        <translation>
            <numerusform>%1 enthält nicht gesendete Änderungen in %n Segment. Senden Sie sie zuerst („segmentctl push %1“), schreiben Sie in eine andere Datei oder übergeben Sie --force, um sie zu überschreiben.</numerusform>
            <numerusform>%1 enthält nicht gesendete Änderungen in %n Segmenten. Senden Sie sie zuerst („segmentctl push %1“), schreiben Sie in eine andere Datei oder übergeben Sie --force, um sie zu überschreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n segment(s)…</source>
        <translation>
            <numerusform>%1 von %n Segment geladen…</numerusform>
            <numerusform>%1 von %n Segmenten geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n segment(s)…</source>
        <translation>
            <numerusform>%n Segment geladen…</numerusform>
            <numerusform>%n Segmente geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>Loading stopped: %1 %2 was not written.</source>
        <translation>Laden abgebrochen: %1 %2 wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n segment(s) to %1.</source>
        <translation>
            <numerusform>%n Segment nach %1 geschrieben.</numerusform>
            <numerusform>%n Segmente nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading segments from %1…</source>
        <translation>Segmente werden von %1 geladen…</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <source>An interrupted push left %1: a real push first reloads the segments it sent without an answer and reconciles them.</source>
        <translation>Ein unterbrochener Push hat %1 hinterlassen: Ein echter Push lädt zuerst die Segmente neu, die ohne Antwort gesendet wurden, und gleicht sie ab.</translation>
    </message>
    <message numerus="yes">
        <source>A real push first reloads the %n segment(s) whose last answer was lost and reconciles them.</source>
        <translation>
            <numerusform>Ein echter Push lädt zuerst das %n Segment neu, dessen letzte Antwort verloren ging, und gleicht es ab.</numerusform>
            <numerusform>Ein echter Push lädt zuerst die %n Segmente neu, deren letzte Antwort verloren ging, und gleicht sie ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) would be sent in %1 request(s); nothing was sent or written.</source>
        <translation>
            <numerusform>Probelauf: %n Änderung würde in %1 Anfrage gesendet; es wurde nichts gesendet oder geschrieben.</numerusform>
            <numerusform>Probelauf: %n Änderungen würden in %1 Anfrage(n) gesendet; es wurde nichts gesendet oder geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The working set to push.</source>
        <translation>Der zu sendende Arbeitsstand.</translation>
    </message>
    <message>
        <source>Segments per request (default 50).</source>
        <translation>Segmente pro Anfrage (Standard: 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write what became of each segment to this JSON file.</source>
        <translation>Das Ergebnis jedes Segments in diese JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>REPORT.json</source>
        <translation>REPORT.json</translation>
    </message>
    <message>
        <source>Print what would be sent; send nothing, write nothing, need no credentials.</source>
        <translation>Ausgeben, was gesendet würde; nichts senden, nichts schreiben, keine Anmeldedaten erforderlich.</translation>
    </message>
    <message>
        <source>Name the working set to push: segmentctl push FILE.</source>
        <translation>Geben Sie den zu sendenden Arbeitsstand an: segmentctl push FILE.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report erwartet einen Dateinamen.</translation>
    </message>
    <message>
        <source>Stopped. %1 records the requests still in flight; the next push reconciles them.</source>
        <translation>Angehalten. %1 protokolliert die noch laufenden Anfragen; der nächste Push gleicht sie ab.</translation>
    </message>
    <message>
        <source>Send your values even for fields that were changed on the server since the pull (without it, such segments are reported as conflicts and not sent).</source>
        <translation>Ihre Werte auch für Felder senden, die seit dem Pull auf dem Server geändert wurden (ohne diese Option werden solche Segmente als Konflikte gemeldet und nicht gesendet).</translation>
    </message>
    <message>
        <source>Sends the changes of a working set with the bulk PATCH and writes each segment&apos;s outcome back into FILE: updated segments take the server&apos;s version, failed and unsent ones keep your edit and say why. Excluded and invalid segments are not sent. FILE.journal records every request before it leaves and its answer after, and FILE is written before the first request, every few seconds while answers come and at the end, so an interrupted push is reconciled by the next one: nothing is sent twice.

Exit status: 0 every change was applied; 2 some failed, were not sent, or the push was cancelled; 1 a usage, file, credentials or connection error.</source>
        <translation>Sendet die Änderungen eines Arbeitsstands per Massen-PATCH und schreibt das Ergebnis jedes Segments zurück in FILE: Aktualisierte Segmente übernehmen die Version des Servers, fehlgeschlagene und nicht gesendete behalten Ihre Änderung und nennen den Grund. Ausgeschlossene und ungültige Segmente werden nicht gesendet. FILE.journal protokolliert jede Anfrage, bevor sie abgeht, und danach ihre Antwort; FILE wird vor der ersten Anfrage, alle paar Sekunden, während Antworten eintreffen, und am Ende geschrieben, sodass ein unterbrochener Push beim nächsten abgeglichen wird: Nichts wird doppelt gesendet.

Exit-Status: 0 jede Änderung wurde übernommen; 2 einige sind fehlgeschlagen, wurden nicht gesendet oder der Push wurde abgebrochen; 1 ein Bedienungs-, Datei-, Zugangsdaten- oder Verbindungsfehler.</translation>
    </message>
    <message>
        <source>Delete, or make reach fewer people, segments that audiences use (they are listed first). Without it, a push with such a change sends nothing.</source>
        <translation>Segmente, die Zielgruppen verwenden, löschen oder einschränken (sie werden zuerst aufgelistet). Ohne diese Option sendet ein Push mit einer solchen Änderung nichts.</translation>
    </message>
    <message>
        <source>Record the push in this send history (default: the one Segment Editor uses).</source>
        <translation>Den Push in diesem Sendeverlauf aufzeichnen (Standard: der von Segment Editor verwendete).</translation>
    </message>
    <message>
        <source>HISTORY.sqlite</source>
        <translation>HISTORY.sqlite</translation>
    </message>
    <message>
        <source>Do not record the push in the send history.</source>
        <translation>Den Push nicht im Sendeverlauf aufzeichnen.</translation>
    </message>
</context>
<context>
    <name>PushRunner</name>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancelling: no new requests; the ones in flight finish and are written to %1. Press Ctrl+C again to stop at once.</source>
        <translation>Wird abgebrochen: keine neuen Anfragen; laufende Anfragen werden abgeschlossen und in %1 geschrieben. Drücken Sie erneut Ctrl+C, um sofort zu beenden.</translation>
    </message>
    <message>
        <source>%1 Move it away to push without reconciling; the changes of an interrupted push may then be sent a second time.</source>
        <translation>%1 Verschieben Sie die Datei, um ohne Abgleich zu senden; die Änderungen eines unterbrochenen Push werden dann möglicherweise ein zweites Mal gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Reloading %n segment(s) that an earlier push sent without a recorded answer, to find out whether their changes were applied…</source>
        <translation>
            <numerusform>%n Segment, das ein früherer Push ohne aufgezeichnete Antwort gesendet hat, wird neu geladen, um festzustellen, ob seine Änderungen übernommen wurden…</numerusform>
            <numerusform>%n Segmente, die ein früherer Push ohne aufgezeichnete Antwort gesendet hat, werden neu geladen, um festzustellen, ob ihre Änderungen übernommen wurden…</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: the change was applied; now updated.</source>
        <translation>  %1: Die Änderung wurde übernommen; jetzt aktualisiert.</translation>
    </message>
    <message>
        <source>  %1: the change was not applied; it is sent now.</source>
        <translation>  %1: Die Änderung wurde nicht übernommen; sie wird jetzt gesendet.</translation>
    </message>
    <message>
        <source>  %1: no longer on the server; marked failed.</source>
        <translation>  %1: nicht mehr auf dem Server vorhanden; als fehlgeschlagen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Reconciled %n segment(s) from an interrupted push:</source>
        <translation>
            <numerusform>%n Segment aus einem unterbrochenen Push abgeglichen:</numerusform>
            <numerusform>%n Segmente aus einem unterbrochenen Push abgeglichen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciled %n segment(s) whose last push got no answer:</source>
        <translation>
            <numerusform>%n Segment abgeglichen, dessen letzter Push keine Antwort erhielt:</numerusform>
            <numerusform>%n Segmente abgeglichen, deren letzter Push keine Antwort erhielt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded from the push</source>
        <translation>Vom Push ausgeschlossen</translation>
    </message>
    <message>
        <source>Remove “excluded” from the working set to send this change.</source>
        <translation>Entfernen Sie „excluded“ aus dem Arbeitsstand, um diese Änderung zu senden.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n segment(s) in %1 s: %2</source>
        <translation>
            <numerusform>%n Segment wird in %1 s erneut gesendet: %2</numerusform>
            <numerusform>%n Segmente werden in %1 s erneut gesendet: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered %1 of %n change(s).</source>
        <translation>
            <numerusform>%1 von %n Änderung beantwortet.</numerusform>
            <numerusform>%1 von %n Änderungen beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) in %1 request(s) to %2…</source>
        <translation>
            <numerusform>%n Änderung wird in %1 Anfrage an %2 gesendet…</numerusform>
            <numerusform>%n Änderungen werden in %1 Anfrage(n) an %2 gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem of the whole push: %1</source>
        <translation>Problem des gesamten Push: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Updated: %1, warned: %2, failed: %3, not sent: %4, unknown: %5.</source>
        <translation>Aktualisiert: %1, mit Warnung: %2, fehlgeschlagen: %3, nicht gesendet: %4, unbekannt: %5.</translation>
    </message>
    <message>
        <source>Segments marked unknown were sent but their answer was lost; the next push reloads them before sending anything.</source>
        <translation>Als unbekannt markierte Segmente wurden gesendet, aber ihre Antwort ging verloren; der nächste Push lädt sie neu, bevor er etwas sendet.</translation>
    </message>
    <message numerus="yes">
        <source>Reloading %n segment(s) to check that nobody changed them since the pull…</source>
        <translation>
            <numerusform>%n Segment wird neu geladen, um zu prüfen, dass es seit dem Pull niemand geändert hat…</numerusform>
            <numerusform>%n Segmente werden neu geladen, um zu prüfen, dass sie seit dem Pull niemand geändert hat…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server since the pull</source>
        <translation>Seit dem Pull auf dem Server geändert</translation>
    </message>
    <message>
        <source>%1 was “%2” when pulled; yours is “%3”, the server now has “%4”. Pull again to take the server&apos;s value, or push with --overwrite to send yours.</source>
        <translation>%1 war beim Pull „%2“; Ihr Wert ist „%3“, der Server hat jetzt „%4“. Führen Sie erneut einen Pull aus, um den Serverwert zu übernehmen, oder einen Push mit --overwrite, um Ihren zu senden.</translation>
    </message>
    <message>
        <source>  %1: conflict in %2; not sent.</source>
        <translation>  %1: Konflikt in %2; nicht gesendet.</translation>
    </message>
    <message>
        <source>  %1: changed on the server in other fields; your edit is sent on top of it.</source>
        <translation>  %1: auf dem Server in anderen Feldern geändert; Ihre Änderung wird darauf gesendet.</translation>
    </message>
    <message>
        <source>  %1: conflict in %2; sending yours (--overwrite).</source>
        <translation>  %1: Konflikt in %2; Ihre Werte werden gesendet (--overwrite).</translation>
    </message>
    <message>
        <source>%1 Stopping after the requests in flight.</source>
        <translation>%1 Nach den laufenden Anfragen wird angehalten.</translation>
    </message>
    <message>
        <source>Cannot reload the segments before sending: %1 Nothing was sent; %2 and its journal are unchanged. Run the push again.</source>
        <translation>Die Segmente können vor dem Senden nicht neu geladen werden: %1 Es wurde nichts gesendet; %2 und das zugehörige Sendeprotokoll sind unverändert. Führen Sie den Push erneut aus.</translation>
    </message>
    <message>
        <source>  %1: the change was not applied, and the server&apos;s copy changed in fields you changed too; not sent.</source>
        <translation>  %1: Die Änderung wurde nicht übernommen, und die Kopie des Servers hat sich in Feldern geändert, die Sie auch geändert haben; nicht gesendet.</translation>
    </message>
    <message>
        <source>created (was %1)</source>
        <translation>erstellt (war %1)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Of them created: %1, deleted: %2.</source>
        <translation>Davon erstellt: %1, gelöscht: %2.</translation>
    </message>
    <message>
        <source>Looking up which audiences use the segments this push deletes or narrows…</source>
        <translation>Es wird ermittelt, welche Zielgruppen die Segmente verwenden, die dieser Push löscht oder einschränkt…</translation>
    </message>
    <message>
        <source>Nothing was sent. Push again with --confirm-used to make these changes anyway, or keep those segments (segmentctl delete --keep, or undo the edit) and push the rest.</source>
        <translation>Es wurde nichts gesendet. Führen Sie den Push mit --confirm-used erneut aus, um diese Änderungen trotzdem vorzunehmen, oder behalten Sie diese Segmente (segmentctl delete --keep, oder die Bearbeitung rückgängig machen) und senden Sie den Rest.</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n segment(s) that audiences use (--confirm-used):</source>
        <translation>
            <numerusform>%n Segment wird geändert, das Zielgruppen verwenden (--confirm-used):</numerusform>
            <numerusform>%n Segmente werden geändert, die Zielgruppen verwenden (--confirm-used):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This push changes %n segment(s) that audiences use:</source>
        <translation>
            <numerusform>Dieser Push ändert %n Segment, das Zielgruppen verwenden:</numerusform>
            <numerusform>Dieser Push ändert %n Segmente, die Zielgruppen verwenden:</numerusform>
        </translation>
    </message>
    <message>
        <source>narrowed (%1)</source>
        <translation>eingeschränkt (%1)</translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation>  %1 %2: %3</translation>
    </message>
    <message>
        <source>    where it is used could not be checked: %1</source>
        <translation>    wo es verwendet wird, konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>    used by audience %1 %2 (ad sets: %3)</source>
        <translation>    verwendet von Zielgruppe %1 %2 (Anzeigengruppen: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 The push goes on without it.</source>
        <translation>%1 Der Push wird ohne Sendeverlauf fortgesetzt.</translation>
    </message>
    <message>
        <source>Recorded in the send history as send %1 (“segmentctl history %1” shows it).</source>
        <translation>Im Sendeverlauf als Sendevorgang %1 aufgezeichnet („segmentctl history %1“ zeigt ihn an).</translation>
    </message>
</context>
<context>
    <name>ReadOnlySettingsForm</name>
    <message>
        <source>Lifestyles</source>
        <translation>Lebensstil</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Lebensereignisse</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Saisonal</translation>
    </message>
    <message>
        <source>Buying patterns</source>
        <translation>Kaufverhalten</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 settings (read-only)</source>
        <translation>Einstellungen: %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The members of a contact list are managed elsewhere; only its name and description can be changed here.</source>
        <translation>Die Mitglieder einer Kontaktliste werden an anderer Stelle verwaltet; hier können nur Name und Beschreibung geändert werden.</translation>
    </message>
    <message>
        <source>Read-only list:</source>
        <translation>Schreibgeschützte Liste:</translation>
    </message>
    <message>
        <source>Behavioral segments are provided by Criteo; only their name and description can be changed.</source>
        <translation>Verhaltenssegmente werden von Criteo bereitgestellt; nur Name und Beschreibung können geändert werden.</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>This segment&apos;s type is not known to this version of the editor. It is shown read-only and is never sent.</source>
        <translation>Der Typ dieses Segments ist dieser Version von Segment Editor nicht bekannt. Es wird schreibgeschützt angezeigt und nie gesendet.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Every autosave place in %1 is taken by another Segment Editor window.</source>
        <translation>Alle Plätze für automatische Sicherungen in %1 sind von anderen Fenstern von Segment Editor belegt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of Segment Editor.</source>
        <translation>es wurde von einer neueren Version von Segment Editor geschrieben.</translation>
    </message>
    <message>
        <source>it is not an autosave of Segment Editor.</source>
        <translation>es ist keine automatische Sicherung von Segment Editor.</translation>
    </message>
    <message>
        <source>%1: entries are missing before it.</source>
        <translation>%1: Davor fehlen Einträge.</translation>
    </message>
    <message>
        <source>%1: segment %2 appears twice.</source>
        <translation>%1: Segment %2 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>it holds %1 of its %2 segments.</source>
        <translation>es enthält nur %1 seiner %2 Segmente.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RetargetingForm</name>
    <message>
        <source>Retargeting settings</source>
        <translation>Retargeting-Einstellungen</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>Bes&amp;ucher:</translation>
    </message>
    <message>
        <source>Minimum days since last visit</source>
        <translation>Tage seit dem letzten Besuch (min.)</translation>
    </message>
    <message>
        <source>Maximum days since last visit</source>
        <translation>Tage seit dem letzten Besuch (max.)</translation>
    </message>
    <message>
        <source>M&amp;inimum days since last visit:</source>
        <translation>Tage seit dem letzten Besuch (m&amp;in.):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum days since last visit:</source>
        <translation>Tage seit dem letzten Besuch (ma&amp;x.):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Unknown (kept as the server sent it)</source>
        <translation>Unbekannt (so beibehalten, wie vom Server gesendet)</translation>
    </message>
</context>
<context>
    <name>SegmentCtl</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Aufruf: %1 &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run a local server that behaves like the Criteo API</source>
        <translation>Einen lokalen Server starten, der sich wie die Criteo-API verhält</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>List the advertisers you can reach</source>
        <translation>Zugängliche Werbetreibende auflisten</translation>
    </message>
    <message>
        <source>Load segments into a working set file</source>
        <translation>Segmente in eine Arbeitsstand-Datei laden</translation>
    </message>
    <message>
        <source>Validate the edits of a working set</source>
        <translation>Änderungen eines Arbeitsstands prüfen</translation>
    </message>
    <message>
        <source>Show what a push would send</source>
        <translation>Anzeigen, was ein Push senden würde</translation>
    </message>
    <message>
        <source>Send the changes and record each segment&apos;s outcome</source>
        <translation>Änderungen senden und das Ergebnis jedes Segments festhalten</translation>
    </message>
    <message>
        <source>Normalise points of interest from pasted text</source>
        <translation>Points of Interest aus eingefügtem Text normalisieren</translation>
    </message>
    <message>
        <source>Add a new segment to a working set, for push to create</source>
        <translation>Einem Arbeitssatz ein neues Segment hinzufügen, das push erstellt</translation>
    </message>
    <message>
        <source>Add copies of segments under new names</source>
        <translation>Kopien von Segmenten unter neuen Namen hinzufügen</translation>
    </message>
    <message>
        <source>Mark segments for push to delete them on Criteo</source>
        <translation>Segmente markieren, damit push sie bei Criteo löscht</translation>
    </message>
    <message>
        <source>Print current sizes, and estimates of edited ones</source>
        <translation>Aktuelle Größen und Schätzungen der Änderungen ausgeben</translation>
    </message>
    <message>
        <source>Print the audiences and ad sets that use segments</source>
        <translation>Die Zielgruppen und Anzeigengruppen ausgeben, die Segmente verwenden</translation>
    </message>
    <message>
        <source>Credentials: --client-id ID or CRITEO_CLIENT_ID, with the secret in
  CRITEO_CLIENT_SECRET or the keychain (never on the command line);
  or --token-env VAR with a bearer token in the variable VAR.
Exit status: 0 done; 1 a usage, file, credentials or connection error;
  2 push: some changes were not applied (see its report); import: some
  rows were refused or in conflict.

Run “%1 &lt;command&gt; --help” for the options of a command.</source>
        <translation>Anmeldedaten: --client-id ID oder CRITEO_CLIENT_ID, mit dem Clientschlüssel in
  CRITEO_CLIENT_SECRET oder im Schlüsselbund (nie auf der Befehlszeile);
  oder --token-env VAR mit einem Bearer-Token in der Variablen VAR.
Exit-Status: 0 erledigt; 1 Fehler bei Aufruf, Datei, Anmeldedaten oder Verbindung;
  2 push: Einige Änderungen wurden nicht übernommen (siehe dessen Bericht);
  import: Einige Zeilen wurden abgelehnt oder hatten einen Konflikt.

Führen Sie „%1 &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls anzuzeigen.</translation>
    </message>
    <message>
        <source>List the sends made, show one, export it or report it</source>
        <translation>Die Sendevorgänge auflisten, einen anzeigen, exportieren oder einen Bericht dazu erstellen</translation>
    </message>
    <message>
        <source>Write the reverse edits of a send into a working set</source>
        <translation>Die Änderungen, die einen Sendevorgang rückgängig machen, in einen Arbeitsstand schreiben</translation>
    </message>
    <message>
        <source>Write segments to a CSV sheet, or edits to a change set</source>
        <translation>Segmente in eine CSV-Tabelle oder Änderungen in ein Änderungspaket schreiben</translation>
    </message>
    <message>
        <source>Read an edited sheet or a change set as edits</source>
        <translation>Die Änderungen aus einer bearbeiteten Tabelle oder einem Änderungspaket einlesen</translation>
    </message>
</context>
<context>
    <name>SegmentDetailsPanel</name>
    <message>
        <source>unknown</source>
        <comment>date</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Select a segment to see its settings.</source>
        <translation>Wählen Sie ein Segment aus, um seine Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Created %1 · last updated on the server %2</source>
        <translation>Erstellt: %1 · Zuletzt auf dem Server aktualisiert: %2</translation>
    </message>
    <message>
        <source>R&amp;evert all changes of this segment</source>
        <translation>Alle Änderungen dieses Segments &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Every field of this segment back to the server&apos;s value (one undo step)</source>
        <translation>Jedes Feld dieses Segments auf den Serverwert zurücksetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message numerus="yes">
        <source>%n segments selected (%1)</source>
        <comment>count (type)</comment>
        <translation>
            <numerusform>%n Segment ausgewählt (%1)</numerusform>
            <numerusform>%n Segmente ausgewählt (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments selected (different types)</source>
        <translation>
            <numerusform>%n Segment ausgewählt (verschiedene Typen)</numerusform>
            <numerusform>%n Segmente ausgewählt (verschiedene Typen)</numerusform>
        </translation>
    </message>
    <message>
        <source>None modified</source>
        <translation>Keines geändert</translation>
    </message>
    <message>
        <source>%1 · a change applies to all of them</source>
        <comment>state counts</comment>
        <translation>%1 · eine Änderung gilt für alle</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Edit name of “%1”</source>
        <translation>Namen von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit description of “%1”</source>
        <translation>Beschreibung von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit “%1”: %2</source>
        <comment>segment name: field label</comment>
        <translation>„%1“ bearbeiten: %2</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n segments</source>
        <translation>
            <numerusform>%n Segment bearbeiten</numerusform>
            <numerusform>%n Segmente bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert “%1”</source>
        <translation>„%1“ zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n segments</source>
        <translation>
            <numerusform>%n Segment zurücksetzen</numerusform>
            <numerusform>%n Segmente zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert “%1”: %2</source>
        <comment>segment name: field label</comment>
        <translation>„%1“ zurücksetzen: %2</translation>
    </message>
    <message>
        <source>Take the server’s %1 for “%2”</source>
        <comment>field label, segment name</comment>
        <translation>Serverwert übernehmen für „%2“: %1</translation>
    </message>
    <message>
        <source>Keep your %1 for “%2”</source>
        <comment>field label, segment name</comment>
        <translation>Meinen Wert behalten für „%2“: %1</translation>
    </message>
    <message>
        <source>Take the server’s values for “%1”</source>
        <translation>Serverwerte für „%1“ übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Take the server’s values for %n segments</source>
        <translation>
            <numerusform>Serverwerte für %n Segment übernehmen</numerusform>
            <numerusform>Serverwerte für %n Segmente übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep your values for “%1”</source>
        <translation>Meine Werte für „%1“ behalten</translation>
    </message>
    <message numerus="yes">
        <source>Keep your values for %n segments</source>
        <translation>
            <numerusform>Meine Werte für %n Segment behalten</numerusform>
            <numerusform>Meine Werte für %n Segmente behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude “%1” from the send</source>
        <translation>„%1“ vom Senden ausschließen</translation>
    </message>
    <message>
        <source>Include “%1” in the send again</source>
        <translation>„%1“ wieder beim Senden einbeziehen</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n segments from the send</source>
        <translation>
            <numerusform>%n Segment vom Senden ausschließen</numerusform>
            <numerusform>%n Segmente vom Senden ausschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n segments in the send again</source>
        <translation>
            <numerusform>%n Segment wieder beim Senden einbeziehen</numerusform>
            <numerusform>%n Segmente wieder beim Senden einbeziehen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>name of a duplicated segment</comment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <comment>name of a duplicated segment, its number</comment>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>New segment “%1”</source>
        <translation>Neues Segment „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n new segments</source>
        <translation>
            <numerusform>%n neues Segment</numerusform>
            <numerusform>%n neue Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n segments</source>
        <translation>
            <numerusform>%n Segment duplizieren</numerusform>
            <numerusform>%n Segmente duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>„%1“ behalten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n segments</source>
        <translation>
            <numerusform>%n Segment löschen</numerusform>
            <numerusform>%n Segmente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n segments</source>
        <translation>
            <numerusform>%n Segment behalten</numerusform>
            <numerusform>%n Segmente behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Werbetreibender</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Buying power</source>
        <translation>Kaufkraft</translation>
    </message>
    <message>
        <source>Price range</source>
        <translation>Preisklasse</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Points of interest</source>
        <translation>Points of Interest</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Radius (km)</source>
        <translation>Radius (km)</translation>
    </message>
    <message>
        <source>Registry type</source>
        <translation>Registertyp</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Minimum days since last visit</source>
        <translation>Tage seit dem letzten Besuch (min.)</translation>
    </message>
    <message>
        <source>Maximum days since last visit</source>
        <translation>Tage seit dem letzten Besuch (max.)</translation>
    </message>
    <message>
        <source>Seed segment</source>
        <translation>Ausgangssegment</translation>
    </message>
    <message>
        <source>Target size</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>In-market settings</source>
        <translation>In-Market-Einstellungen</translation>
    </message>
    <message>
        <source>Location settings</source>
        <translation>Standorteinstellungen</translation>
    </message>
    <message>
        <source>Prospecting settings</source>
        <translation>Prospecting-Einstellungen</translation>
    </message>
    <message>
        <source>Retargeting settings</source>
        <translation>Retargeting-Einstellungen</translation>
    </message>
    <message>
        <source>Lookalike settings</source>
        <translation>Lookalike-Einstellungen</translation>
    </message>
    <message>
        <source>Contact list settings</source>
        <translation>Kontaktlisten-Einstellungen</translation>
    </message>
    <message>
        <source>Behavioral settings</source>
        <translation>Einstellungen für Verhaltenssegmente</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>position in a list</comment>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source> › </source>
        <comment>between parts of a field</comment>
        <translation> › </translation>
    </message>
    <message>
        <source>In-market</source>
        <comment>segment type</comment>
        <translation>Kaufbereite</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <comment>segment type</comment>
        <translation>Neukundengewinnung</translation>
    </message>
    <message>
        <source>Contact list</source>
        <comment>segment type</comment>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>Location</source>
        <comment>segment type</comment>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Behavioral</source>
        <comment>segment type</comment>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Retargeting</source>
        <comment>segment type</comment>
        <translation>Retargeting</translation>
    </message>
    <message>
        <source>Lookalike</source>
        <comment>segment type</comment>
        <translation>Lookalike</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>segment type</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>a cleared value or an empty list</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>an empty text</comment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a value this version of the editor does not know</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>gender</comment>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>gender</comment>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>buying power or price range</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>buying power or price range</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>buying power or price range</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <comment>buying power</comment>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Prospects</source>
        <comment>prospecting users</comment>
        <translation>Potenzielle Kunden</translation>
    </message>
    <message>
        <source>Prospects or non-buyers</source>
        <comment>prospecting users</comment>
        <translation>Potenzielle Kunden oder Nichtkäufer</translation>
    </message>
    <message>
        <source>All visitors</source>
        <comment>retargeting visitors</comment>
        <translation>Alle Besucher</translation>
    </message>
    <message>
        <source>Buyers</source>
        <comment>retargeting visitors</comment>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Non-buyers</source>
        <comment>retargeting visitors</comment>
        <translation>Nichtkäufer</translation>
    </message>
    <message>
        <source>Points of interest</source>
        <comment>location registry type</comment>
        <translation>Points of Interest</translation>
    </message>
    <message>
        <source>Lifestyles</source>
        <comment>behavioral category</comment>
        <translation>Lebensstil</translation>
    </message>
    <message>
        <source>Life events</source>
        <comment>behavioral category</comment>
        <translation>Lebensereignisse</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <comment>behavioral category</comment>
        <translation>Saisonal</translation>
    </message>
    <message>
        <source>Buying patterns</source>
        <comment>behavioral category</comment>
        <translation>Kaufverhalten</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <comment>a point of interest</comment>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>point of interest: name (latitude, longitude)</comment>
        <translation>%1 (%2; %3)</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>read-only</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <comment>read-only</comment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>&amp;Suchen und ersetzen…</translation>
    </message>
    <message>
        <source>Find and replace text in the names and descriptions of the shown segments</source>
        <translation>Text in den Namen und Beschreibungen der angezeigten Segmente suchen und ersetzen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Remove the description on the server (sent as null). Revert leaves it as it was.</source>
        <translation>Die Beschreibung auf dem Server entfernen (wird als null gesendet). „Zurücksetzen“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Clear description</source>
        <translation>Beschreibung leeren</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted segment name</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>&lt;b&gt;No segment selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Segment ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 segment · id %2 · advertiser %3 · %4</source>
        <comment>type, id, advertiser, state</comment>
        <translation>Segment (%1) · ID %2 · Werbetreibender %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segments</source>
        <comment>type · count</comment>
        <translation>
            <numerusform>%1 · %n Segment</numerusform>
            <numerusform>%1 · %n Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments of different types</source>
        <translation>
            <numerusform>%n Segment unterschiedlichen Typs</numerusform>
            <numerusform>%n Segmente unterschiedlicher Typen</numerusform>
        </translation>
    </message>
    <message>
        <source>none modified</source>
        <translation>keines geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <comment>segments</comment>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; a change applies to all of them</source>
        <comment>modified count</comment>
        <translation>%1; eine Änderung gilt für alle</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(geleert)</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>segment: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <comment>segment name: field label</comment>
        <translation>%1 bearbeiten: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 in %n segments</source>
        <translation>
            <numerusform>%1 in %n Segment festlegen</numerusform>
            <numerusform>%1 in %n Segmenten festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revert %1 in %n segments</source>
        <translation>
            <numerusform>%1 in %n Segment zurücksetzen</numerusform>
            <numerusform>%1 in %n Segmenten zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear description of %1</source>
        <translation>Beschreibung von %1 leeren</translation>
    </message>
    <message numerus="yes">
        <source>Clear description of %n segments</source>
        <translation>
            <numerusform>Beschreibung von %n Segment leeren</numerusform>
            <numerusform>Beschreibung von %n Segmenten leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert field: back to the server&apos;s %1</source>
        <translation>Feld zurücksetzen: Serverwert für %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <comment>what an undo step changed</comment>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentInsights</name>
    <message>
        <source>%1 k</source>
        <translation>%1&#xa0;Tsd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1&#xa0;Mio.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1&#xa0;Mrd.</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>size cannot be computed</comment>
        <translation>n. v.</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>size request failed</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>current size → estimate of the edit</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The size of your edit has not been estimated yet (Estimate Size, or wait a moment after typing).</source>
        <translation>Die Größe Ihrer Änderung wurde noch nicht geschätzt (Größe schätzen, oder nach der Eingabe kurz warten).</translation>
    </message>
    <message>
        <source>The size has not been computed yet (Compute Sizes).</source>
        <translation>Die Größe wurde noch nicht berechnet (Größen berechnen).</translation>
    </message>
    <message>
        <source>Estimating the size of your edit…</source>
        <translation>Größe Ihrer Änderung wird geschätzt…</translation>
    </message>
    <message>
        <source>Computing the size…</source>
        <translation>Größe wird berechnet…</translation>
    </message>
    <message>
        <source>Estimated size of your edit: %1 (asked %2).</source>
        <translation>Geschätzte Größe Ihrer Änderung: %1 (abgefragt %2).</translation>
    </message>
    <message>
        <source>Size: %1 (computed %2).</source>
        <translation>Größe: %1 (berechnet %2).</translation>
    </message>
    <message>
        <source>The edit has changed since: estimate again.</source>
        <translation>Die Änderung hat sich seitdem geändert: erneut schätzen.</translation>
    </message>
    <message>
        <source>The segment has changed since: compute it again.</source>
        <translation>Das Segment hat sich seitdem geändert: erneut berechnen.</translation>
    </message>
    <message>
        <source>The size of your edit cannot be estimated.</source>
        <translation>Die Größe Ihrer Änderung kann nicht geschätzt werden.</translation>
    </message>
    <message>
        <source>The size of this segment cannot be computed.</source>
        <translation>Die Größe dieses Segments kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The estimate could not be asked for.</source>
        <translation>Die Schätzung konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>The size could not be asked for.</source>
        <translation>Die Größe konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>where-used search failed</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>1 audience</source>
        <translation>1 Zielgruppe</translation>
    </message>
    <message>
        <source>%1 audiences</source>
        <translation>%1 Zielgruppen</translation>
    </message>
    <message>
        <source>1 ad set</source>
        <translation>1 Anzeigengruppe</translation>
    </message>
    <message>
        <source>%1 ad sets</source>
        <translation>%1 Anzeigengruppen</translation>
    </message>
    <message>
        <source>Not looked up yet (Find Where Used).</source>
        <translation>Noch nicht nachgeschlagen (Verwendung suchen).</translation>
    </message>
    <message>
        <source>Looking for the audiences that use this segment…</source>
        <translation>Zielgruppen, die dieses Segment verwenden, werden gesucht…</translation>
    </message>
    <message>
        <source>The audiences could not be searched.</source>
        <translation>Die Zielgruppen konnten nicht gesucht werden.</translation>
    </message>
    <message>
        <source>No audience uses this segment (looked up %1).</source>
        <translation>Keine Zielgruppe verwendet dieses Segment (nachgeschlagen %1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>audience name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Used by (looked up %1):</source>
        <translation>Verwendet von (nachgeschlagen %1):</translation>
    </message>
</context>
<context>
    <name>SegmentInsightsController</name>
    <message>
        <source>Compute Si&amp;zes</source>
        <translation>Grö&amp;ßen berechnen</translation>
    </message>
    <message>
        <source>Es&amp;timate Size of Edits</source>
        <translation>Größe der Änderungen sc&amp;hätzen</translation>
    </message>
    <message>
        <source>Find &amp;Where Used</source>
        <translation>&amp;Verwendung suchen</translation>
    </message>
    <message>
        <source>Ask Criteo for the current sizes of the selected segments, or of those in view (Ctrl+Alt+S)</source>
        <translation>Criteo nach der aktuellen Größe der ausgewählten oder der sichtbaren Segmente fragen (Strg+Alt+S)</translation>
    </message>
    <message>
        <source>Ask Criteo how many people the edited definitions of the selected in-market and location segments would reach</source>
        <translation>Criteo fragen, wie viele Personen die geänderten Definitionen der ausgewählten In-Market- und Standortsegmente erreichen würden</translation>
    </message>
    <message>
        <source>Look up the audiences and ad sets that use the selected segments, or those in view (Ctrl+Alt+U)</source>
        <translation>Die Zielgruppen und Anzeigengruppen nachschlagen, die die ausgewählten oder sichtbaren Segmente verwenden (Strg+Alt+U)</translation>
    </message>
    <message>
        <source>Computing the size of 1 segment…</source>
        <translation>Größe von 1 Segment wird berechnet…</translation>
    </message>
    <message>
        <source>Computing the sizes of %1 segments…</source>
        <translation>Größen von %1 Segmenten werden berechnet…</translation>
    </message>
    <message>
        <source>No saved segment to size.</source>
        <translation>Kein gespeichertes Segment, dessen Größe berechnet werden kann.</translation>
    </message>
    <message>
        <source>Estimating 1 edited definition…</source>
        <translation>1 geänderte Definition wird geschätzt…</translation>
    </message>
    <message>
        <source>Estimating %1 edited definitions…</source>
        <translation>%1 geänderte Definitionen werden geschätzt…</translation>
    </message>
    <message>
        <source>No selected in-market or location segment has an edited definition to estimate.</source>
        <translation>Kein ausgewähltes In-Market- oder Standortsegment hat eine geänderte Definition zum Schätzen.</translation>
    </message>
    <message>
        <source>Looking up where 1 segment is used…</source>
        <translation>Verwendung von 1 Segment wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Looking up where %1 segments are used…</source>
        <translation>Verwendung von %1 Segmenten wird nachgeschlagen…</translation>
    </message>
</context>
<context>
    <name>SegmentInsightsFetcher</name>
    <message>
        <source>Not connected: connect to Criteo first.</source>
        <translation>Nicht verbunden: Verbinden Sie sich zuerst mit Criteo.</translation>
    </message>
    <message>
        <source>Criteo returned no size for it.</source>
        <translation>Criteo hat dafür keine Größe zurückgegeben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SegmentInsightsSection</name>
    <message>
        <source>Compute si&amp;ze</source>
        <translation>Grö&amp;ße berechnen</translation>
    </message>
    <message>
        <source>Ask Criteo for the current size of this segment</source>
        <translation>Criteo nach der aktuellen Größe dieses Segments fragen</translation>
    </message>
    <message>
        <source>Es&amp;timate the edit</source>
        <translation>Änderung sc&amp;hätzen</translation>
    </message>
    <message>
        <source>Ask Criteo how many people your edited definition would reach</source>
        <translation>Criteo fragen, wie viele Personen Ihre geänderte Definition erreichen würde</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Find &amp;where used</source>
        <translation>&amp;Verwendung suchen</translation>
    </message>
    <message>
        <source>Look up the audiences and ad sets that use this segment</source>
        <translation>Die Zielgruppen und Anzeigengruppen nachschlagen, die dieses Segment verwenden</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>Audiences using this segment</source>
        <translation>Zielgruppen, die dieses Segment verwenden</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ad sets</source>
        <translation>Anzeigengruppen</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Noch nicht berechnet</translation>
    </message>
    <message>
        <source>Not looked up yet</source>
        <translation>Noch nicht nachgeschlagen</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>No audience uses this segment: changing or deleting it affects no campaign.</source>
        <translation>Keine Zielgruppe verwendet dieses Segment: Es zu ändern oder zu löschen betrifft keine Kampagne.</translation>
    </message>
    <message>
        <source>%1 (looked up %2)</source>
        <comment>audiences and ad sets (time)</comment>
        <translation>%1 (nachgeschlagen %2)</translation>
    </message>
    <message>
        <source>Ad sets: %1</source>
        <translation>Anzeigengruppen: %1</translation>
    </message>
</context>
<context>
    <name>SegmentJson</name>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>Erwartet: eine ganze Zahl, gefunden: %1.</translation>
    </message>
    <message>
        <source>%1 is outside the range of a 64-bit integer.</source>
        <translation>%1 liegt außerhalb des Bereichs einer 64-Bit-Ganzzahl.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date and time.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
</context>
<context>
    <name>SegmentNarrowing</name>
    <message>
        <source>the country changed from %1 to %2</source>
        <translation>das Land ändert sich von %1 zu %2</translation>
    </message>
    <message>
        <source>1 brand removed</source>
        <translation>1 Marke entfernt</translation>
    </message>
    <message>
        <source>%1 brands removed</source>
        <translation>%1 Marken entfernt</translation>
    </message>
    <message>
        <source>1 interest removed</source>
        <translation>1 Interesse entfernt</translation>
    </message>
    <message>
        <source>%1 interests removed</source>
        <translation>%1 Interessen entfernt</translation>
    </message>
    <message>
        <source>fewer buying powers</source>
        <translation>weniger Kaufkraftstufen</translation>
    </message>
    <message>
        <source>fewer price ranges</source>
        <translation>weniger Preisklassen</translation>
    </message>
    <message>
        <source>limited to one gender</source>
        <translation>auf ein Geschlecht beschränkt</translation>
    </message>
    <message>
        <source>1 point of interest removed or moved</source>
        <translation>1 Ort entfernt oder verschoben</translation>
    </message>
    <message>
        <source>%1 points of interest removed or moved</source>
        <translation>%1 Orte entfernt oder verschoben</translation>
    </message>
    <message>
        <source>the radius shrank from %1 km to %2 km</source>
        <translation>der Radius schrumpft von %1&#xa0;km auf %2&#xa0;km</translation>
    </message>
    <message>
        <source>a shorter window of days since the last visit</source>
        <translation>ein kürzerer Zeitraum seit dem letzten Besuch</translation>
    </message>
    <message>
        <source>a different kind of segment</source>
        <translation>eine andere Art von Segment</translation>
    </message>
    <message>
        <source>prospects only, no more non-buyers</source>
        <translation>nur noch Interessenten, keine Nichtkäufer mehr</translation>
    </message>
    <message>
        <source>fewer kinds of visitors</source>
        <translation>weniger Arten von Besuchern</translation>
    </message>
    <message>
        <source>a smaller target size</source>
        <translation>eine kleinere Zielgröße</translation>
    </message>
</context>
<context>
    <name>SegmentSheet</name>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>“%1” is negative; a whole number of 0 or more is expected.</source>
        <translation>„%1“ ist negativ; erwartet wird eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2025-12-31.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es in der Form 2025-12-31.</translation>
    </message>
    <message>
        <source>The points of interest are not a JSON array of {name, latitude, longitude}.</source>
        <translation>Die Points of Interest sind kein JSON-Array aus {name, latitude, longitude}.</translation>
    </message>
    <message>
        <source>A point of interest has no latitude or longitude.</source>
        <translation>Ein Point of Interest hat keinen Breiten- oder Längengrad.</translation>
    </message>
    <message>
        <source>This field cannot be cleared; leave the cell empty to keep its value.</source>
        <translation>Dieses Feld kann nicht geleert werden; lassen Sie die Zelle leer, um seinen Wert zu behalten.</translation>
    </message>
    <message>
        <source>The id is missing.</source>
        <translation>Die ID fehlt.</translation>
    </message>
    <message>
        <source>“%1” is an id that a spreadsheet turned into a number in scientific notation, losing digits: format the column as text and type the id again, or export the sheet again.</source>
        <translation>„%1“ ist eine ID, die eine Tabellenkalkulation in eine Zahl in wissenschaftlicher Schreibweise umgewandelt hat, wobei Ziffern verloren gingen: Formatieren Sie die Spalte als Text und geben Sie die ID erneut ein, oder exportieren Sie die Tabelle erneut.</translation>
    </message>
    <message>
        <source>“%1” is not an id (ids are digits).</source>
        <translation>„%1“ ist keine ID (IDs bestehen nur aus Ziffern).</translation>
    </message>
    <message>
        <source>a formula whose cells were deleted</source>
        <translation>eine Formel, deren Zellen gelöscht wurden</translation>
    </message>
    <message>
        <source>a formula with a value of the wrong kind</source>
        <translation>eine Formel mit einem Wert des falschen Typs</translation>
    </message>
    <message>
        <source>a lookup that found nothing</source>
        <translation>eine Suche ohne Treffer</translation>
    </message>
    <message>
        <source>a formula with an unknown name</source>
        <translation>eine Formel mit einem unbekannten Namen</translation>
    </message>
    <message>
        <source>a division by zero</source>
        <translation>eine Division durch null</translation>
    </message>
    <message>
        <source>an impossible number</source>
        <translation>eine unmögliche Zahl</translation>
    </message>
    <message>
        <source>a formula with an empty range</source>
        <translation>eine Formel mit einem leeren Bereich</translation>
    </message>
    <message>
        <source>“%1” is a spreadsheet error (%2), not a value: fix the formula or type the value.</source>
        <translation>„%1“ ist ein Fehler der Tabellenkalkulation (%2), kein Wert: Korrigieren Sie die Formel oder geben Sie den Wert ein.</translation>
    </message>
    <message>
        <source>“%1” is a spreadsheet error, not a value: fix the formula or type the value.</source>
        <translation>„%1“ ist ein Fehler der Tabellenkalkulation, kein Wert: Korrigieren Sie die Formel oder geben Sie den Wert ein.</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>problem headline — detail</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Excluded</source>
        <comment>left out of the next send</comment>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>%1, excluded</source>
        <comment>state word, left out of the next send</comment>
        <translation>%1, ausgeschlossen</translation>
    </message>
    <message>
        <source>Invalid:</source>
        <translation>Ungültig:</translation>
    </message>
    <message>
        <source>Problem on send:</source>
        <translation>Problem beim Senden:</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Fix this before sending, or exclude the segment from the send.</source>
        <translation>Beheben Sie das Problem vor dem Senden oder schließen Sie das Segment vom Senden aus.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Updated on the server.</source>
        <translation>Auf dem Server aktualisiert.</translation>
    </message>
    <message>
        <source>Updated with warnings:</source>
        <translation>Mit Warnungen aktualisiert:</translation>
    </message>
    <message>
        <source>Failed on send:</source>
        <translation>Senden fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Not updated. Your edit is kept: fix it and send again.</source>
        <translation>Nicht aktualisiert. Ihre Änderung bleibt erhalten: Korrigieren Sie sie und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Not sent: the send stopped before this segment. Your edit is kept.</source>
        <translation>Nicht gesendet: Der Sendevorgang wurde vor diesem Segment beendet. Ihre Änderung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation>Nicht gesendet:</translation>
    </message>
    <message>
        <source>Your edit is kept.</source>
        <translation>Ihre Änderung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Unknown outcome: sent, but the answer was lost.</source>
        <translation>Ergebnis unbekannt: gesendet, aber die Antwort ging verloren.</translation>
    </message>
    <message>
        <source>Excluded from the next send.</source>
        <translation>Vom nächsten Senden ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>advertiser name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Werbetreibender</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>row state</comment>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Modified</source>
        <comment>row state</comment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>row state</comment>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>row state</comment>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>row state</comment>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>row state: updated with warnings</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>row state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <comment>row state</comment>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>row state: sent, answer lost</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Conflict on %1: yours “%2”, the server’s “%3” (it was “%4” when you loaded it).</source>
        <comment>field label, the user&apos;s value, the server&apos;s value, the value loaded</comment>
        <translation>Konflikt bei %1: Ihr Wert „%2“, Wert des Servers „%3“ (beim Laden war es „%4“).</translation>
    </message>
    <message>
        <source>Conflict: changed on the server since you loaded it, and by you: %1.</source>
        <translation>Konflikt: Seit dem Laden sowohl auf dem Server als auch von Ihnen geändert: %1.</translation>
    </message>
    <message>
        <source>Keep yours or take the server’s for each field; the segment is not sent until then.</source>
        <translation>Behalten Sie für jedes Feld Ihren Wert oder übernehmen Sie den des Servers; bis dahin wird das Segment nicht gesendet.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <comment>row state: changed on the server and by the user</comment>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Reconcile it (Segments › Reconcile Unknown Segments) to see whether the server has your change.</source>
        <translation>Gleichen Sie es ab (Segmente › Unbekannte Segmente abgleichen), um zu prüfen, ob der Server Ihre Änderung hat.</translation>
    </message>
    <message>
        <source>(new)</source>
        <comment>id of a segment not created yet</comment>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>New: created by the next send.</source>
        <translation>Neu: wird beim nächsten Senden erstellt.</translation>
    </message>
    <message>
        <source>Created on the server, as segment %1.</source>
        <translation>Auf dem Server erstellt, als Segment %1.</translation>
    </message>
    <message>
        <source>To delete: the next send deletes it from Criteo. Undo, or Delete again, keeps it.</source>
        <translation>Zu löschen: Das nächste Senden löscht es bei Criteo. Rückgängig oder erneut Löschen behält es.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>New</source>
        <comment>row state: created by the next send</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>To delete</source>
        <comment>row state: deleted by the next send</comment>
        <translation>Zu löschen</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>row state: created by the last send</comment>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Not computed yet: Segments ▸ Compute Sizes.</source>
        <translation>Noch nicht berechnet: Segmente ▸ Größen berechnen.</translation>
    </message>
    <message>
        <source>%1, edited since</source>
        <comment>state word of a sent row edited again</comment>
        <translation>%1, seitdem bearbeitet</translation>
    </message>
</context>
<context>
    <name>SegmentValidator</name>
    <message>
        <source>“%1”</source>
        <comment>a quoted name</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>an unnamed point of interest</comment>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>The name is empty. Enter a name for the segment.</source>
        <translation>Der Name ist leer. Geben Sie einen Namen für das Segment ein.</translation>
    </message>
    <message>
        <source>The name “%1” is already used by another segment of advertiser %2. Choose a different name.</source>
        <translation>Der Name „%1“ wird bereits von einem anderen Segment des Werbetreibenden %2 verwendet. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Country “%1” is not a two-letter code in capitals (ISO 3166-1 alpha-2). Did you mean “%2”?</source>
        <translation>Das Land „%1“ ist kein Code aus zwei Großbuchstaben (ISO 3166-1 alpha-2). Meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>Country “%1” is not a two-letter code in capitals (ISO 3166-1 alpha-2). Enter one such as FR or DE.</source>
        <translation>Das Land „%1“ ist kein Code aus zwei Großbuchstaben (ISO 3166-1 alpha-2). Geben Sie einen Code wie FR oder DE ein.</translation>
    </message>
    <message>
        <source>“%1” is listed more than once; it will be sent once. Remove the repeat.</source>
        <translation>„%1“ ist mehrfach aufgeführt und wird nur einmal gesendet. Entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>“Unknown” cannot be sent. Choose one of: %1.</source>
        <translation>„Unknown“ kann nicht gesendet werden. Wählen Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>Radius %1 km is not positive. Enter a radius of at least 1 km.</source>
        <translation>Der Radius von %1 km ist nicht positiv. Geben Sie einen Radius von mindestens 1 km ein.</translation>
    </message>
    <message>
        <source>Radius %1 km is too large. Enter at most %2 km.</source>
        <translation>Der Radius von %1 km ist zu groß. Geben Sie höchstens %2 km ein.</translation>
    </message>
    <message>
        <source>Point of interest %1 has no latitude. Enter a latitude from -90 to 90.</source>
        <translation>Der Point of Interest %1 hat keinen Breitengrad. Geben Sie einen Breitengrad zwischen -90 und 90 ein.</translation>
    </message>
    <message>
        <source>Latitude %1 is out of range (-90 to 90). Did you swap latitude and longitude?</source>
        <translation>Der Breitengrad %1 liegt außerhalb des gültigen Bereichs (-90 bis 90). Haben Sie Breiten- und Längengrad vertauscht?</translation>
    </message>
    <message>
        <source>Latitude %1 is out of range (-90 to 90). Enter a latitude from -90 to 90.</source>
        <translation>Der Breitengrad %1 liegt außerhalb des gültigen Bereichs (-90 bis 90). Geben Sie einen Breitengrad zwischen -90 und 90 ein.</translation>
    </message>
    <message>
        <source>Point of interest %1 has no longitude. Enter a longitude from -180 to 180.</source>
        <translation>Der Point of Interest %1 hat keinen Längengrad. Geben Sie einen Längengrad zwischen -180 und 180 ein.</translation>
    </message>
    <message>
        <source>Longitude %1 is out of range (-180 to 180). Enter a longitude from -180 to 180.</source>
        <translation>Der Längengrad %1 liegt außerhalb des gültigen Bereichs (-180 bis 180). Geben Sie einen Längengrad zwischen -180 und 180 ein.</translation>
    </message>
    <message>
        <source>Point of interest %1 has the coordinate %2, which is not a number. Enter a decimal number.</source>
        <translation>Der Point of Interest %1 hat die Koordinate %2, die keine Zahl ist. Geben Sie eine Dezimalzahl ein.</translation>
    </message>
    <message>
        <source>Point of interest %1 is at the same place (%2, %3) as %4. Remove one of them if it is a repeat.</source>
        <translation>Der Point of Interest %1 liegt an derselben Stelle (%2; %3) wie %4. Falls es sich um ein Duplikat handelt, entfernen Sie einen der beiden.</translation>
    </message>
    <message>
        <source>The minimum of %1 days since the last visit is above the maximum of %2 days. Make the minimum at most the maximum.</source>
        <translation>Die Mindestzahl an Tagen seit dem letzten Besuch (%1) liegt über der Höchstzahl (%2). Die Mindestzahl darf die Höchstzahl nicht überschreiten.</translation>
    </message>
    <message>
        <source>Days since the last visit cannot be negative (%1). Enter 0 or more.</source>
        <translation>Die Anzahl der Tage seit dem letzten Besuch darf nicht negativ sein (%1). Geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>Days since the last visit %1 is too large. Enter at most %2.</source>
        <translation>Die Anzahl der Tage seit dem letzten Besuch (%1) ist zu groß. Geben Sie höchstens %2 ein.</translation>
    </message>
    <message>
        <source>Target size %1 is not positive. Enter a number of users of at least 1.</source>
        <translation>Die Zielgröße (%1) ist nicht positiv. Geben Sie eine Nutzerzahl von mindestens 1 ein.</translation>
    </message>
</context>
<context>
    <name>SendDiagnostics</name>
    <message>
        <source>(never)</source>
        <translation>(nie)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>trace id: %1</source>
        <translation>Trace-ID: %1</translation>
    </message>
    <message>
        <source>instance: %1</source>
        <translation>Instanz: %1</translation>
    </message>
    <message>
        <source>Segment Editor support report</source>
        <translation>Support-Bericht von Segment Editor</translation>
    </message>
    <message>
        <source>Send %1, started %2, ended %3</source>
        <translation>Sendevorgang %1, Beginn: %2, Ende: %3</translation>
    </message>
    <message>
        <source>Server: %1; API version: %2</source>
        <translation>Server: %1; API-Version: %2</translation>
    </message>
    <message>
        <source>%1 request sent %2, never answered</source>
        <translation>Anfrage %1 am %2 gesendet, nie beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (API version %3): HTTP %4 after %n attempt(s), sent %5, answered %6</source>
        <translation>
            <numerusform>%1 %2 (API-Version %3): HTTP %4 nach %n Versuch, gesendet am %5, beantwortet am %6</numerusform>
            <numerusform>%1 %2 (API-Version %3): HTTP %4 nach %n Versuchen, gesendet am %5, beantwortet am %6</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>Segment %1 “%2” (advertiser %3): %4 %5</source>
        <translation>Segment %1 „%2“ (Werbetreibender %3): %4 %5</translation>
    </message>
    <message>
        <source>temporary id: %1</source>
        <translation>temporäre ID: %1</translation>
    </message>
    <message>
        <source>never sent</source>
        <translation>nie gesendet</translation>
    </message>
    <message>
        <source>trace ids: %1</source>
        <translation>Trace-IDs: %1</translation>
    </message>
    <message>
        <source>problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>sent:</source>
        <translation>gesendet:</translation>
    </message>
    <message>
        <source>answer about it:</source>
        <translation>Antwort dazu:</translation>
    </message>
    <message numerus="yes">
        <source>Requests: %1 (%n HTTP request(s), retries included)</source>
        <translation>
            <numerusform>Anfragen: %1 (%n HTTP-Anfrage, einschließlich Wiederholungen)</numerusform>
            <numerusform>Anfragen: %1 (%n HTTP-Anfragen, einschließlich Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The send was cancelled.</source>
        <translation>Der Sendevorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Problems about the whole send:</source>
        <translation>Probleme, die den gesamten Sendevorgang betreffen:</translation>
    </message>
    <message>
        <source>Applied without a problem: %1</source>
        <translation>Ohne Probleme übernommen: %1</translation>
    </message>
</context>
<context>
    <name>SendHistory</name>
    <message>
        <source>The send history could not be written: %1</source>
        <translation>Der Sendeverlauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The send history %1 could not be read (%2). It is kept as %3; a new history starts.</source>
        <translation>Der Sendeverlauf %1 konnte nicht gelesen werden (%2). Er wird als %3 aufbewahrt; ein neuer Sendeverlauf beginnt.</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>The send history %1 cannot be read and cannot be moved aside.</source>
        <translation>Der Sendeverlauf %1 kann weder gelesen noch beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The send history %1 cannot be opened: %2</source>
        <translation>Der Sendeverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The send history %1 was written by a newer version of Segment Editor; this one does not change it.</source>
        <translation>Der Sendeverlauf %1 wurde von einer neueren Version von Segment Editor geschrieben; diese Version ändert ihn nicht.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>The send history %1 cannot be written: %2</source>
        <translation>Der Sendeverlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The send history could not be read: %1</source>
        <translation>Der Sendeverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The send history has no send %1.</source>
        <translation>Der Sendeverlauf enthält keinen Sendevorgang %1.</translation>
    </message>
</context>
<context>
    <name>SendHistoryPanel</name>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>history change</comment>
        <translation>Erstellung</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>history change</comment>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>history change</comment>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Copy Send &amp;Diagnostics</source>
        <translation>&amp;Diagnose des Sendevorgangs kopieren</translation>
    </message>
    <message>
        <source>Copy Segment D&amp;iagnostics</source>
        <translation>Diagnose des &amp;Segments kopieren</translation>
    </message>
    <message>
        <source>&amp;Undo This Send…</source>
        <translation>Sendevorgang &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Segment id or name</source>
        <translation>Segment-ID oder -Name</translation>
    </message>
    <message>
        <source>Filter sends by segment</source>
        <translation>Sendevorgänge nach Segment filtern</translation>
    </message>
    <message>
        <source>Filter sends by outcome</source>
        <translation>Sendevorgänge nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Sends kept in the history</source>
        <translation>Im Sendeverlauf aufbewahrte Sendevorgänge</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sendevorgänge</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Sendevorgang</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Segments of the send</source>
        <translation>Segmente des Sendevorgangs</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderungsart</translation>
    </message>
    <message>
        <source>Fields (before → after)</source>
        <translation>Felder (vorher → nachher)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Copy a support report of the whole send: requests, HTTP status, trace ids, problems and the JSON sent and answered. It holds no token or secret.</source>
        <translation>Einen Support-Bericht zum gesamten Sendevorgang kopieren: Anfragen, HTTP-Status, Trace-IDs, Probleme sowie gesendetes und empfangenes JSON. Er enthält weder Token noch Clientschlüssel.</translation>
    </message>
    <message>
        <source>Copy a support report of the selected segment.</source>
        <translation>Einen Support-Bericht zum ausgewählten Segment kopieren.</translation>
    </message>
    <message>
        <source>Prepare the reverse edits of this send, checked against the server&apos;s current copies, for you to preview and send.</source>
        <translation>Die Änderungen vorbereiten, die diesen Sendevorgang rückgängig machen, abgeglichen mit dem aktuellen Stand auf dem Server, damit Sie sie in der Vorschau prüfen und senden können.</translation>
    </message>
    <message>
        <source>Sends &amp;kept:</source>
        <translation>&amp;Behaltene Sendevorgänge:</translation>
    </message>
    <message>
        <source>No send history: it could not be opened.</source>
        <translation>Kein Sendeverlauf: Er konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1, cancelled</source>
        <translation>%1, abgebrochen</translation>
    </message>
    <message>
        <source>%1, interrupted</source>
        <translation>%1, unterbrochen</translation>
    </message>
    <message>
        <source>%1, API version %2, from %3</source>
        <translation>%1, API-Version %2, von %3</translation>
    </message>
    <message>
        <source>No send yet.</source>
        <translation>Noch kein Sendevorgang.</translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n Sendevorgang</numerusform>
            <numerusform>%n Sendevorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, trace id %3)</source>
        <translation>%1 (%2, Trace-ID %3)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Send as CSV</source>
        <translation>Sendevorgang als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Send as JSON</source>
        <translation>Sendevorgang als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Send %1 exported to %2.</source>
        <translation>Sendevorgang %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The support report of send %1 is on the clipboard.</source>
        <translation>Der Support-Bericht zu Sendevorgang %1 liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The support report of segment %1 in send %2 is on the clipboard.</source>
        <translation>Der Support-Bericht zu Segment %1 in Sendevorgang %2 liegt in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>SendJournal</name>
    <message>
        <source>Cannot write the send journal %1: %2</source>
        <translation>Das Sendeprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the send journal %1: %2</source>
        <translation>Das Sendeprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a send journal.</source>
        <translation>%1 ist kein Sendeprotokoll.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Segment Editor.</source>
        <translation>%1 wurde von einer neueren Version von Segment Editor geschrieben.</translation>
    </message>
</context>
<context>
    <name>SendRevert</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Undo send %1</source>
        <translation>Sendevorgang %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Send %1 could not be undone: %2</source>
        <translation>Sendevorgang %1 konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reverse edits of send %1 are pending for %n segment(s): %2. Preview and send them to undo it.</source>
        <translation>
            <numerusform>Änderungen zum Rückgängigmachen von Sendevorgang %1 stehen für %n Segment aus: %2. Prüfen Sie sie in der Vorschau und senden Sie sie, um den Sendevorgang rückgängig zu machen.</numerusform>
            <numerusform>Änderungen zum Rückgängigmachen von Sendevorgang %1 stehen für %n Segmente aus: %2. Prüfen Sie sie in der Vorschau und senden Sie sie, um den Sendevorgang rückgängig zu machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server since the send, in fields it changed: %1. They are in conflict: choose Keep My Values or Take the Server&apos;s Values for each before sending.</source>
        <translation>Seit dem Sendevorgang auf dem Server geändert, in Feldern, die er geändert hat: %1. Diese Segmente haben einen Konflikt: Wählen Sie für jedes „Meine Werte behalten“ oder „Serverwerte übernehmen“, bevor Sie senden.</translation>
    </message>
    <message>
        <source>Created by the send, now marked for deletion: %1.</source>
        <translation>Durch den Sendevorgang erstellt, jetzt zum Löschen markiert: %1.</translation>
    </message>
    <message>
        <source>Deleted by the send: %1. A deleted segment cannot come back; create it again if you need it.</source>
        <translation>Durch den Sendevorgang gelöscht: %1. Ein gelöschtes Segment kann nicht wiederhergestellt werden; erstellen Sie es bei Bedarf neu.</translation>
    </message>
    <message>
        <source>Already back to their values from before the send: %1.</source>
        <translation>Bereits wieder auf den Werten von vor dem Sendevorgang: %1.</translation>
    </message>
    <message>
        <source>No longer on the server, nothing to undo: %1.</source>
        <translation>Nicht mehr auf dem Server, nichts rückgängig zu machen: %1.</translation>
    </message>
    <message>
        <source>Whether the send applied these is unknown, so they are left alone: %1. Reconcile them first.</source>
        <translation>Ob der Sendevorgang diese übernommen hat, ist unklar; sie bleiben daher unverändert: %1. Gleichen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>Send %1 changed nothing that could be undone.</source>
        <translation>Sendevorgang %1 hat nichts geändert, was rückgängig gemacht werden könnte.</translation>
    </message>
</context>
<context>
    <name>SendWorkflow</name>
    <message>
        <source>The send was cancelled.</source>
        <translation>Das Senden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The send journal %1 could not be written.</source>
        <translation>Das Sendeprotokoll %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>The answer did not say what became of this segment: whether Criteo applied the change is unknown. Reconcile it before sending again.</source>
        <translation>Die Antwort sagt nicht, was aus diesem Segment wurde: Ob Criteo die Änderung übernommen hat, ist unklar. Gleichen Sie das Segment ab, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The send stopped before this change was sent; the next send sends it.</source>
        <translation>Das Senden wurde beendet, bevor diese Änderung gesendet wurde; das nächste Senden sendet sie.</translation>
    </message>
    <message>
        <source>Segment Editor stopped while this change was being sent: whether Criteo applied it is unknown. Reconcile it before sending again.</source>
        <translation>Segment Editor wurde beendet, während diese Änderung gesendet wurde: Ob Criteo sie übernommen hat, ist unklar. Gleichen Sie das Segment ab, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Nicht erstellt</translation>
    </message>
    <message>
        <source>Criteo has no segment of this name for the advertiser: the create did not happen. The next send creates it.</source>
        <translation>Criteo hat kein Segment dieses Namens für den Werbetreibenden: Das Erstellen hat nicht stattgefunden. Das nächste Senden erstellt es.</translation>
    </message>
    <message>
        <source>Nothing was sent: changing segments that audiences use was not confirmed.</source>
        <translation>Es wurde nichts gesendet: Die Änderung von Segmenten, die Zielgruppen verwenden, wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Where it is used is not known.</source>
        <translation>Wo es verwendet wird, ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>ServeDemoCommand</name>
    <message>
        <source>--%1 takes a number from %2 to %3, not “%4”.</source>
        <translation>--%1 erwartet eine Zahl zwischen %2 und %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>Runs a local server on 127.0.0.1 that behaves like the Criteo Marketing Solutions API (tokens, search, lookups, bulk PATCH, rate limit), with generated sample data and optional fault injection. Stop it with Ctrl+C.</source>
        <translation>Startet auf 127.0.0.1 einen lokalen Server, der sich wie die Criteo-Marketing-Solutions-API verhält (Tokens, Suche, Nachschlagelisten, Massen-PATCH, Anfragelimit), mit generierten Beispieldaten und optionaler Fehlerinjektion. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free one).</source>
        <translation>Port, auf dem gelauscht wird (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of sample segments (0 to %1).</source>
        <translation>Anzahl der Beispielsegmente (0 bis %1).</translation>
    </message>
    <message>
        <source>Seed of the sample data and of fault shares.</source>
        <translation>Startwert (Seed) für die Beispieldaten und die Fehleranteile.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. “latency=200,5xx=0.1” or “5xx=1:method=PATCH:count=2”. Kinds: latency, 5xx, reset, hang, malformed, truncated, html, expire-token. May be repeated.</source>
        <translation>Zu injizierende Fehler, z. B. „latency=200,5xx=0.1“ oder „5xx=1:method=PATCH:count=2“. Typen: latency, 5xx, reset, hang, malformed, truncated, html, expire-token. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEZ</translation>
    </message>
    <message>
        <source>API version to serve; others answer 410 Gone.</source>
        <translation>Bereitzustellende API-Version; andere antworten mit 410 Gone.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Gültigkeitsdauer des Zugriffstokens in Sekunden.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Rate limit per minute (0: none).</source>
        <translation>Anfragelimit pro Minute (0: kein Limit).</translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers.</source>
        <translation>Retry-After mit 429-Antworten senden.</translation>
    </message>
    <message>
        <source>Print one line per request (never headers or bodies).</source>
        <translation>Eine Zeile pro Anfrage ausgeben (niemals Header oder Inhalte).</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--fault: %1</source>
        <translation>--fault: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>Auf Port %1 von 127.0.0.1 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>Stopping the demo server.</source>
        <translation>Demo-Server wird beendet.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Clientschlüssel:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>%1 (seed %2)</source>
        <translation>%1 (Seed %2)</translation>
    </message>
    <message>
        <source>Faults:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Segment Editor demo server</source>
        <translation>Demo-Server von Segment Editor</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
</context>
<context>
    <name>ServiceBackend</name>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The connection works: application “%1”.</source>
        <translation>Die Verbindung funktioniert: Anwendung „%1“.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1 It is kept in memory for this session only.</source>
        <translation>Der Clientschlüssel konnte nicht im Schlüsselbund gespeichert werden: %1 Er wird nur für diese Sitzung im Arbeitsspeicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>Demo-Server (%1)</translation>
    </message>
    <message>
        <source>Account %1 at %2 (API %3)</source>
        <translation>Konto %1 bei %2 (API %3)</translation>
    </message>
    <message>
        <source>Parts of the server&apos;s answers did not match the API contract and were left out (%1), for example %2: %3</source>
        <translation>Teile der Serverantworten entsprachen nicht der API-Spezifikation und wurden ausgelassen (%1), zum Beispiel %2: %3</translation>
    </message>
    <message>
        <source>Reload cancelled.</source>
        <translation>Neuladen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ServiceInMarketCatalog</name>
    <message>
        <source>The in-market brands could not be loaded: %1</source>
        <translation>Die In-Market-Marken konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The in-market interests could not be loaded: %1</source>
        <translation>Die In-Market-Interessen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ServiceInsightsPort</name>
    <message>
        <source>Not connected: connect to Criteo first.</source>
        <translation>Nicht verbunden: Verbinden Sie sich zuerst mit Criteo.</translation>
    </message>
</context>
<context>
    <name>ServiceSendPort</name>
    <message>
        <source>Not connected: connect to Criteo first.</source>
        <translation>Nicht verbunden: Verbinden Sie sich zuerst mit Criteo.</translation>
    </message>
    <message>
        <source>Reload cancelled.</source>
        <translation>Neuladen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SheetCommands</name>
    <message>
        <source>Writes the segments of a working set (as edited) to a CSV sheet for Excel or LibreOffice: UTF-8 with a byte order mark, one row per segment, the columns of the types present; the points of interest of location segments go to a second file beside it (FILE-points.csv). Edit the sheet, then “segmentctl import” it. With --changes, writes the pending edits as a change set instead, for a colleague to import into their own working set.</source>
        <translation>Schreibt die Segmente eines Arbeitsstands (mit den Bearbeitungen) in eine CSV-Tabelle für Excel oder LibreOffice: UTF-8 mit Byte Order Mark (BOM), eine Zeile pro Segment, die Spalten der vorhandenen Typen; die Points of Interest von Standortsegmenten kommen in eine zweite Datei daneben (FILE-points.csv). Bearbeiten Sie die Tabelle und importieren Sie sie dann mit „segmentctl import“. Mit --changes werden stattdessen die nicht gesendeten Änderungen als Änderungspaket geschrieben, das ein Teammitglied in seinen eigenen Arbeitsstand importieren kann.</translation>
    </message>
    <message>
        <source>The working set.</source>
        <translation>Der Arbeitsstand.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only these segments (repeatable, or comma-separated).</source>
        <translation>Nur diese Segmente (mehrfach angebbar oder kommagetrennt).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only segments of these types (InMarket, Location…).</source>
        <translation>Nur Segmente dieser Typen (InMarket, Location…).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (default: semicolon where numbers have a decimal comma, else comma).</source>
        <translation>comma (Komma), semicolon (Semikolon) oder tab (Tabulator); Standard: semicolon, wo Zahlen ein Dezimalkomma haben, sonst comma.</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SEP</translation>
    </message>
    <message>
        <source>Write the pending edits as a change set: JSON, or CSV (id, field, old, new) when FILE ends in .csv.</source>
        <translation>Die nicht gesendeten Änderungen als Änderungspaket schreiben: JSON oder CSV (id, field, old, new), wenn FILE auf .csv endet.</translation>
    </message>
    <message>
        <source>Name the working set: segmentctl export WS.json -o FILE</source>
        <translation>Geben Sie den Arbeitsstand an: segmentctl export WS.json -o FILE</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output ist erforderlich.</translation>
    </message>
    <message>
        <source>--separator must be comma, semicolon or tab.</source>
        <translation>--separator muss comma, semicolon oder tab sein.</translation>
    </message>
    <message>
        <source>Unknown segment type “%1”.</source>
        <translation>Unbekannter Segmenttyp „%1“.</translation>
    </message>
    <message>
        <source>%1: no such segment in the working set.</source>
        <translation>%1: kein solches Segment im Arbeitsstand.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n segment(s)</source>
        <translation>
            <numerusform>%1: %n Segment</numerusform>
            <numerusform>%1: %n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: points of interest</source>
        <translation>%1: Points of Interest</translation>
    </message>
    <message>
        <source>Reads a sheet exported by “segmentctl export” (or the window) and edited in a spreadsheet, or a change set, as edits of a working set: rows are matched by id; a blank cell keeps the value; [clear] clears a field that may be empty; headers may be in English, French or German. A row with an unknown id, another type, or a value that cannot be used is refused with its line and column, and nothing of it is applied. A change set&apos;s field that changed since it was made is a conflict, not applied. Prints a JSON report {applied, refused, conflicts, warnings, unchanged}. Exit status 2 when something was refused or in conflict.</source>
        <translation>Liest eine mit „segmentctl export“ (oder im Fenster) exportierte und in einer Tabellenkalkulation bearbeitete Tabelle oder ein Änderungspaket als Änderungen eines Arbeitsstands ein: Zeilen werden über die ID zugeordnet; eine leere Zelle behält den Wert; [clear] leert ein Feld, das leer sein darf; Spaltenüberschriften dürfen auf Englisch, Französisch oder Deutsch sein. Eine Zeile mit unbekannter ID, anderem Typ oder einem unbrauchbaren Wert wird mit Angabe von Zeile und Spalte abgelehnt, und nichts davon wird übernommen. Ein Feld eines Änderungspakets, das sich seit dessen Erstellung geändert hat, ist ein Konflikt und wird nicht übernommen. Gibt einen JSON-Bericht {applied, refused, conflicts, warnings, unchanged} aus. Exit-Status 2, wenn etwas abgelehnt wurde oder einen Konflikt hat.</translation>
    </message>
    <message>
        <source>The sheet or change set (CSV or JSON).</source>
        <translation>Die Tabelle oder das Änderungspaket (CSV oder JSON).</translation>
    </message>
    <message>
        <source>The working set to edit.</source>
        <translation>Der zu bearbeitende Arbeitsstand.</translation>
    </message>
    <message>
        <source>WS.json</source>
        <translation>WS.json</translation>
    </message>
    <message>
        <source>The points of interest file (default: FILE-points.csv beside FILE, when it exists).</source>
        <translation>Die Datei mit den Points of Interest (Standard: FILE-points.csv neben FILE, falls vorhanden).</translation>
    </message>
    <message>
        <source>Write the edited working set here instead of over WS.json.</source>
        <translation>Den bearbeiteten Arbeitsstand hierhin schreiben, statt WS.json zu überschreiben.</translation>
    </message>
    <message>
        <source>Report only; write nothing.</source>
        <translation>Nur berichten; nichts schreiben.</translation>
    </message>
    <message>
        <source>Name the sheet: segmentctl import FILE --into WS.json</source>
        <translation>Geben Sie die Tabelle an: segmentctl import FILE --into WS.json</translation>
    </message>
    <message>
        <source>--into is required.</source>
        <translation>--into ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>Zeile %1, Spalte %2 (%3)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>file, line</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semikolongetrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <source>The id is missing: rows are matched to segments by id (a new segment cannot be imported from a sheet).</source>
        <translation>Die ID fehlt: Zeilen werden den Segmenten über die ID zugeordnet (ein neues Segment kann nicht aus einer Tabelle importiert werden).</translation>
    </message>
    <message>
        <source>No segment %1 in the working set.</source>
        <translation>Segment %1 ist nicht im Arbeitsstand.</translation>
    </message>
    <message>
        <source>Unknown column “%1”: ignored.</source>
        <translation>Unbekannte Spalte „%1“: ignoriert.</translation>
    </message>
    <message>
        <source>Column “%1” repeats column %2: ignored.</source>
        <translation>Spalte „%1“ wiederholt Spalte %2: ignoriert.</translation>
    </message>
    <message>
        <source>The sheet has no id column: rows are matched to segments by id. Export the segments again and edit that sheet.</source>
        <translation>Die Tabelle hat keine ID-Spalte: Zeilen werden den Segmenten über die ID zugeordnet. Exportieren Sie die Segmente erneut und bearbeiten Sie diese Tabelle.</translation>
    </message>
    <message>
        <source>Segment %1 is also on line %2: neither line is imported.</source>
        <translation>Segment %1 steht auch in Zeile %2: Keine der beiden Zeilen wird importiert.</translation>
    </message>
    <message>
        <source>This column does not apply to a segment of type %1: leave the cell empty.</source>
        <translation>Diese Spalte gilt nicht für ein Segment vom Typ %1: Lassen Sie die Zelle leer.</translation>
    </message>
    <message>
        <source>The type cannot change (%1 in the working set, %2 here).</source>
        <translation>Der Typ kann nicht geändert werden (%1 im Arbeitsstand, hier %2).</translation>
    </message>
    <message>
        <source>Segments of a type this version does not know cannot be edited.</source>
        <translation>Segmente eines Typs, den diese Version nicht kennt, können nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>This field cannot be changed (it is %1 in the working set).</source>
        <translation>Dieses Feld kann nicht geändert werden (Wert im Arbeitsstand: %1).</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>The points of interest need the columns segment id, name, latitude and longitude; none was imported.</source>
        <translation>Die Points of Interest benötigen die Spalten Segment-ID, Name, Breitengrad und Längengrad; keiner wurde importiert.</translation>
    </message>
    <message>
        <source>Segment %1 is of type %2: only location segments have points of interest.</source>
        <translation>Segment %1 hat den Typ %2: Nur Standortsegmente haben Points of Interest.</translation>
    </message>
    <message>
        <source>This is a workbook (.xlsx, .ods or .xls), which Segment Editor cannot read. In your spreadsheet, choose File › Save As… and the type “CSV UTF-8”, then import that file.</source>
        <translation>Dies ist eine Arbeitsmappe (.xlsx, .ods oder .xls), die Segment Editor nicht lesen kann. Wählen Sie in Ihrer Tabellenkalkulation Datei › Speichern unter… und den Dateityp „CSV UTF-8“ und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>not UTF-8, read as Latin-1: check the accented letters</source>
        <translation>kein UTF-8, als Latin-1 gelesen: Prüfen Sie Umlaute und Sonderzeichen</translation>
    </message>
    <message>
        <source>The first line does not name the columns (id, name, type…): import a sheet exported by Segment Editor, with its header row.</source>
        <translation>Die erste Zeile benennt die Spalten nicht (id, name, type…): Importieren Sie eine von Segment Editor exportierte Tabelle mit ihrer Kopfzeile.</translation>
    </message>
    <message>
        <source>points of interest</source>
        <translation>Points of Interest</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n segment(s)</source>
        <comment>undo step</comment>
        <translation>
            <numerusform>%n Segment importieren</numerusform>
            <numerusform>%n Segmente importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizesCommand</name>
    <message>
        <source>Prints the current size of each segment of the working set FILE (or of the segments given by --id), and for the rows whose in-market or location definition is edited, the estimated size of the edit: id, size, estimate (- when none), type and name, tab-separated. “n/a” means Criteo cannot compute that size; the reason goes to stderr. Sizes are asked 100 segments a request, estimates one at a time.</source>
        <translation>Gibt die aktuelle Größe jedes Segments des Arbeitssatzes FILE (oder der mit --id angegebenen Segmente) aus und für die Zeilen, deren In-Market- oder Standortdefinition geändert ist, die geschätzte Größe der Änderung: ID, Größe, Schätzung (- wenn keine), Typ und Name, durch Tabulatoren getrennt. „n/a“ bedeutet, dass Criteo diese Größe nicht berechnen kann; der Grund geht nach stderr. Größen werden zu 100 Segmenten pro Anfrage abgefragt, Schätzungen einzeln.</translation>
    </message>
    <message>
        <source>A working set (optional with --id).</source>
        <translation>Ein Arbeitssatz (optional mit --id).</translation>
    </message>
    <message>
        <source>A segment id; with FILE, only these of its rows.</source>
        <translation>Eine Segment-ID; mit FILE nur diese seiner Zeilen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Do not estimate the edited definitions.</source>
        <translation>Die geänderten Definitionen nicht schätzen.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, name, type, current, estimate} instead.</source>
        <translation>Stattdessen ein JSON-Array von {id, name, type, current, estimate} ausgeben.</translation>
    </message>
    <message>
        <source>Say which segments to size: a working set FILE or --id ID.</source>
        <translation>Geben Sie an, welche Segmente berechnet werden sollen: einen Arbeitssatz FILE oder --id ID.</translation>
    </message>
    <message numerus="yes">
        <source>Computing the sizes of %n segment(s) on %1…</source>
        <translation>
            <numerusform>Größe von %n Segment wird auf %1 berechnet…</numerusform>
            <numerusform>Größen von %n Segmenten werden auf %1 berechnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: size %2: %3</source>
        <translation>%1: Größe %2: %3</translation>
    </message>
    <message>
        <source>%1: estimate %2: %3</source>
        <translation>%1: Schätzung %2: %3</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>its certificate has expired</source>
        <translation>sein Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>its certificate expired on %1</source>
        <translation>sein Zertifikat ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>its certificate is not valid yet</source>
        <translation>sein Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>its certificate is only valid from %1</source>
        <translation>sein Zertifikat ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>its certificate is self-signed: no authority this computer trusts vouches for it</source>
        <translation>sein Zertifikat ist selbstsigniert: Keine Stelle, der dieser Computer vertraut, bürgt dafür</translation>
    </message>
    <message>
        <source>its certificate was issued by an authority this computer does not trust</source>
        <translation>sein Zertifikat wurde von einer Stelle ausgestellt, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>its certificate is for another address</source>
        <translation>sein Zertifikat gilt für eine andere Adresse</translation>
    </message>
    <message>
        <source>its certificate is for another address (%1)</source>
        <translation>sein Zertifikat gilt für eine andere Adresse (%1)</translation>
    </message>
    <message>
        <source>its certificate has been revoked</source>
        <translation>sein Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>its certificate is damaged or forged: its signature does not check out</source>
        <translation>sein Zertifikat ist beschädigt oder gefälscht: Seine Signatur ist ungültig</translation>
    </message>
    <message>
        <source>its certificate is not meant for a web server</source>
        <translation>sein Zertifikat ist nicht für einen Webserver bestimmt</translation>
    </message>
    <message>
        <source>it showed no certificate</source>
        <translation>er hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>this computer cannot make secure connections (the TLS library is missing)</source>
        <translation>dieser Computer kann keine sicheren Verbindungen herstellen (die TLS-Bibliothek fehlt)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so nothing was sent: %2. Check the address; if it is right, the server or something between it and this computer (a proxy, antivirus software) is misconfigured.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher, daher wurde nichts gesendet: %2. Prüfen Sie die Adresse; wenn sie stimmt, ist der Server oder etwas zwischen ihm und diesem Computer (ein Proxy, eine Antivirensoftware) falsch eingerichtet.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No access token was given.</source>
        <translation>Es wurde kein Zugriffstoken angegeben.</translation>
    </message>
    <message>
        <source>The access token was refused by the server. Get a new token and try again.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt. Besorgen Sie ein neues Token und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enter the client id and secret of your Criteo API application.</source>
        <translation>Geben Sie die Client-ID und den Clientschlüssel Ihrer Criteo-API-Anwendung ein.</translation>
    </message>
    <message>
        <source>The client id or secret was refused. Check them in your Criteo developer dashboard.%1</source>
        <translation>Client-ID oder Clientschlüssel wurde abgelehnt. Prüfen Sie beide in Ihrem Criteo-Entwickler-Dashboard.%1</translation>
    </message>
    <message>
        <source>The token request was refused: %1</source>
        <translation>Die Tokenanforderung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to wait before signing in again.</source>
        <translation>Zu viele Anfragen: Der Server bittet, vor der nächsten Anmeldung zu warten.</translation>
    </message>
    <message>
        <source>The server could not sign in right now (HTTP %1). Try again in a moment.</source>
        <translation>Die Anmeldung beim Server ist derzeit nicht möglich (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the token request could not be read (HTTP %1).</source>
        <translation>Die Serverantwort auf die Tokenanforderung konnte nicht gelesen werden (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>UsedByCommand</name>
    <message>
        <source>Prints the audiences that use each segment of the working set FILE (or the segments given by --id), and their ad sets: segment id, audience id, audience name and the ad set ids (comma-separated), tab-separated, one line per audience; a segment no audience uses prints “-” as its audience.</source>
        <translation>Gibt die Zielgruppen aus, die jedes Segment des Arbeitssatzes FILE (oder die mit --id angegebenen Segmente) verwenden, und ihre Anzeigengruppen: Segment-ID, Zielgruppen-ID, Zielgruppenname und die Anzeigengruppen-IDs (durch Kommas getrennt), durch Tabulatoren getrennt, eine Zeile pro Zielgruppe; ein Segment, das keine Zielgruppe verwendet, gibt „-“ als Zielgruppe aus.</translation>
    </message>
    <message>
        <source>A working set (optional with --id).</source>
        <translation>Ein Arbeitssatz (optional mit --id).</translation>
    </message>
    <message>
        <source>A segment id; with FILE, only these of its rows.</source>
        <translation>Eine Segment-ID; mit FILE nur diese seiner Zeilen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print a JSON array of {segmentId, used, audiences: [{id, name, advertiserId, adSetIds}]} instead.</source>
        <translation>Stattdessen ein JSON-Array von {segmentId, used, audiences: [{id, name, advertiserId, adSetIds}]} ausgeben.</translation>
    </message>
    <message>
        <source>Say which segments to look up: a working set FILE or --id ID.</source>
        <translation>Geben Sie an, welche Segmente nachgeschlagen werden sollen: einen Arbeitssatz FILE oder --id ID.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up where %n segment(s) are used on %1…</source>
        <translation>
            <numerusform>Verwendung von %n Segment wird auf %1 nachgeschlagen…</numerusform>
            <numerusform>Verwendung von %n Segmenten wird auf %1 nachgeschlagen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not looked up: %2</source>
        <translation>%1: nicht nachgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>UsedSegmentsDialog</name>
    <message>
        <source>Change Segments in Use?</source>
        <translation>Verwendete Segmente ändern?</translation>
    </message>
    <message numerus="yes">
        <source>This send changes %n segment(s) that audiences use.</source>
        <translation>
            <numerusform>Dieses Senden ändert %n Segment, das Zielgruppen verwenden.</numerusform>
            <numerusform>Dieses Senden ändert %n Segmente, die Zielgruppen verwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whether audiences use the %n segment(s) below could not be checked.</source>
        <translation>
            <numerusform>Ob Zielgruppen das Segment unten verwenden, konnte nicht geprüft werden.</numerusform>
            <numerusform>Ob Zielgruppen die %n Segmente unten verwenden, konnte nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n more, it could not be checked.</source>
        <translation>
            <numerusform>Für %n weiteres konnte es nicht geprüft werden.</numerusform>
            <numerusform>Für %n weitere konnte es nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaigns whose ad sets target these audiences will reach fewer people, or stop when a segment they need is deleted.</source>
        <translation>Die Kampagnen, deren Anzeigengruppen diese Zielgruppen ansprechen, erreichen weniger Personen oder stoppen, wenn ein Segment gelöscht wird, das sie brauchen.</translation>
    </message>
    <message>
        <source>The campaigns whose ad sets target these audiences will reach fewer people.</source>
        <translation>Die Kampagnen, deren Anzeigengruppen diese Zielgruppen ansprechen, erreichen weniger Personen.</translation>
    </message>
    <message>
        <source>Segment or audience</source>
        <translation>Segment oder Zielgruppe</translation>
    </message>
    <message>
        <source>Ad sets</source>
        <translation>Anzeigengruppen</translation>
    </message>
    <message>
        <source>Reaches fewer people: %1</source>
        <translation>Erreicht weniger Personen: %1</translation>
    </message>
    <message>
        <source>Could not check where it is used: %1</source>
        <translation>Konnte nicht prüfen, wo es verwendet wird: %1</translation>
    </message>
    <message>
        <source>Audience %1 (%2)</source>
        <translation>Zielgruppe %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Narrow %1</source>
        <translation>%1 einschränken</translation>
    </message>
</context>
<context>
    <name>WorkingSet</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid working set: %2</source>
        <translation>%1 ist kein gültiger Arbeitsstand: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file holds no JSON object.</source>
        <translation>die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>“format” is not “segment-working-set”: this file was not written by Segment Editor or segmentctl.</source>
        <translation>„format“ ist nicht „segment-working-set“: Diese Datei wurde nicht von Segment Editor oder segmentctl erstellt.</translation>
    </message>
    <message>
        <source>“version” is missing or not a number.</source>
        <translation>„version“ fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Segment Editor (format version %1; this one reads version %2). Update Segment Editor to open it.</source>
        <translation>die Datei wurde mit einer neueren Version von Segment Editor erstellt (Formatversion %1; diese Version liest Version %2). Aktualisieren Sie Segment Editor, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>“version” %1 is not a known format version.</source>
        <translation>„version“ %1 ist keine bekannte Formatversion.</translation>
    </message>
    <message>
        <source>“segments” is missing or not a list.</source>
        <translation>„segments“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>%1: each segment must be an object with “original”.</source>
        <translation>%1: Jedes Segment muss ein Objekt mit „original“ sein.</translation>
    </message>
    <message>
        <source>%1/original: missing or not an object.</source>
        <translation>%1/original: fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1/original/id: every segment needs its id.</source>
        <translation>%1/original/id: Jedes Segment benötigt seine ID.</translation>
    </message>
    <message>
        <source>%1/original/id: segment %2 appears twice.</source>
        <translation>%1/original/id: Segment %2 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1/edited/id: the edited segment must keep the id %2.</source>
        <translation>%1/edited/id: Das bearbeitete Segment muss die ID %2 behalten.</translation>
    </message>
    <message>
        <source>%1/edited/attributes/type: a segment&apos;s type cannot change.</source>
        <translation>%1/edited/attributes/type: Der Typ eines Segments kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>%1/edited: must be an object (or left out when unchanged).</source>
        <translation>%1/edited: muss ein Objekt sein (oder fehlen, wenn unverändert).</translation>
    </message>
    <message>
        <source>%1/outcome/status: “%2” is not one of updated, warned, failed, not-sent, unknown.</source>
        <translation>%1/outcome/status: „%2“ ist keiner der Werte updated, warned, failed, not-sent, unknown.</translation>
    </message>
    <message>
        <source>%1/conflictBase/id: must be the id %2 of the segment.</source>
        <translation>%1/conflictBase/id: muss die ID %2 des Segments sein.</translation>
    </message>
    <message>
        <source>%1/conflictFields: must be a list of field paths.</source>
        <translation>%1/conflictFields: muss eine Liste von Feldpfaden sein.</translation>
    </message>
    <message>
        <source>%1/conflictFields/%2: must be a field path such as “attributes/name”.</source>
        <translation>%1/conflictFields/%2: muss ein Feldpfad wie „attributes/name“ sein.</translation>
    </message>
    <message>
        <source>%1/conflictBase: must be an object (or left out without a conflict).</source>
        <translation>%1/conflictBase: muss ein Objekt sein (oder fehlen, wenn kein Konflikt besteht).</translation>
    </message>
    <message>
        <source>%1/conflictFields: given without “conflictBase”.</source>
        <translation>%1/conflictFields: ohne „conflictBase“ angegeben.</translation>
    </message>
    <message>
        <source>%1/pending: “%2” is neither “create” nor “delete”.</source>
        <translation>%1/pending: „%2“ ist weder „create“ noch „delete“.</translation>
    </message>
</context>
<context>
    <name>WorkingSetFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid working set: %2</source>
        <translation>%1 ist kein gültiger Arbeitsstand: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit Criteo audience segments offline and send every change in one go.</source>
        <translation>Criteo-Zielgruppensegmente offline bearbeiten und alle Änderungen in einem Schritt senden.</translation>
    </message>
    <message>
        <source>Language of the interface: en, fr or de.</source>
        <translation>Sprache der Oberfläche: en, fr oder de.</translation>
    </message>
    <message>
        <source>Start the embedded demo server with sample data and connect to it (no account needed).</source>
        <translation>Den integrierten Demo-Server mit Beispieldaten starten und sich damit verbinden (kein Konto erforderlich).</translation>
    </message>
    <message>
        <source>Faults the demo server injects, for example &quot;latency=200,5xx=0.1&quot;.</source>
        <translation>Fehler, die der Demo-Server injiziert, zum Beispiel „latency=200,5xx=0.1“.</translation>
    </message>
    <message>
        <source>Number of sample segments of the demo server.</source>
        <translation>Anzahl der Beispielsegmente des Demo-Servers.</translation>
    </message>
    <message>
        <source>A working set to open.</source>
        <translation>Ein zu öffnender Arbeitsstand.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en, fr or de.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie en, fr oder de.</translation>
    </message>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation>Der Demo-Server konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Light or dark for this session: system, light or dark (default: as chosen in View &gt; Appearance).</source>
        <translation>Hell oder dunkel für diese Sitzung: system, light oder dark (Standard: wie unter Ansicht &gt; Darstellung gewählt).</translation>
    </message>
    <message>
        <source>Unknown appearance “%1”: use system, light or dark.</source>
        <translation>Unbekannte Darstellung „%1“: verwenden Sie system, light oder dark.</translation>
    </message>
</context>
</TS>
