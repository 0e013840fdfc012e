<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
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
    <name>LookupJob</name>
    <message>
        <source>The server&apos;s answer could not be read: “data” is not a list.</source>
        <translation>Die Serverantwort konnte nicht gelesen werden: „data“ ist keine Liste.</translation>
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
    <name>ProblemMapper</name>
    <message>
        <source>Not updated</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not list this segment as updated and gives no reason. Reload it to see what the server holds, then send again.</source>
        <translation>Die Serverantwort führt dieses Segment nicht als aktualisiert auf und nennt keinen Grund. Laden Sie es neu, um den Stand auf dem Server zu sehen, und senden Sie es dann erneut.</translation>
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
</context>
</TS>
