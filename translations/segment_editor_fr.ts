<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request to another address; it was not followed, so your credentials stay with %1.</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse&#xa0;; la redirection n&apos;a pas été suivie, vos identifiants restent donc réservés à %1.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server answered, but not with the JSON the API promises (%1). The request may or may not have been applied.</source>
        <translation>Le serveur a répondu, mais pas avec le JSON prévu par l&apos;API (%1). Impossible de savoir si la requête a été appliquée.</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>contenu inattendu</translation>
    </message>
    <message>
        <source>empty body</source>
        <translation>réponse vide</translation>
    </message>
    <message>
        <source>The server refused the request as malformed%1.</source>
        <translation>Le serveur a refusé la requête, jugée mal formée%1.</translation>
    </message>
    <message>
        <source>The server refused the access token even after renewing it%1. Check the application&apos;s credentials.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès, même après son renouvellement%1. Vérifiez les identifiants de l&apos;application.</translation>
    </message>
    <message>
        <source>Your application has no permission for this (or the advertiser&apos;s consent was revoked)%1.</source>
        <translation>Votre application n&apos;a pas l&apos;autorisation nécessaire (ou l&apos;annonceur a retiré son consentement)%1.</translation>
    </message>
    <message>
        <source>The server does not know this address%1. Check the base URL and API version.</source>
        <translation>Le serveur ne connaît pas cette adresse%1. Vérifiez l&apos;URL de base et la version de l&apos;API.</translation>
    </message>
    <message>
        <source>API version %1 has been retired%2. Choose a newer version in the connection settings.</source>
        <translation>La version %1 de l&apos;API a été retirée%2. Choisissez une version plus récente dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down%1.</source>
        <translation>Trop de requêtes&#xa0;: le serveur demande de ralentir%1.</translation>
    </message>
    <message>
        <source>The Criteo API had a problem (HTTP %1)%2. Try again in a moment.</source>
        <translation>L&apos;API Criteo a rencontré un problème (HTTP %1)%2. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1%2.</source>
        <translation>Le serveur a répondu avec le code HTTP %1%2.</translation>
    </message>
</context>
<context>
    <name>ApiConfig</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (localhost). Use https:// for %1.</source>
        <translation>Le http non chiffré n&apos;est autorisé que vers cet ordinateur (localhost). Utilisez https:// pour %1.</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>BulkUpdateJob</name>
    <message>
        <source>Part of the server&apos;s answer could not be read</source>
        <translation>Une partie de la réponse du serveur est illisible</translation>
    </message>
    <message>
        <source>These parts did not match the API contract and were ignored: %1</source>
        <translation>Ces parties ne respectaient pas la spécification de l&apos;API et ont été ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer lost</source>
        <translation>Réponse perdue</translation>
    </message>
    <message>
        <source>%1 The change may or may not have been applied: reload the segment to find out before sending again.</source>
        <translation>%1 Impossible de savoir si la modification a été appliquée&#xa0;: rechargez le segment pour le vérifier avant de l&apos;envoyer à nouveau.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain yet.</source>
        <translation>Aucun secret client n&apos;est encore enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer. The secret is kept for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur. Le secret client n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). The secret is kept for this session only.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu dans un délai de %n seconde. Le secret client n&apos;est conservé que pour cette session.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu dans un délai de %n secondes. Le secret client n&apos;est conservé que pour cette session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupJob</name>
    <message>
        <source>The server&apos;s answer could not be read: “data” is not a list.</source>
        <translation>La réponse du serveur est illisible&#xa0;: «&#xa0;data&#xa0;» n&apos;est pas une liste.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Aucun secret client n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>memory only (forgotten when the application closes)</source>
        <translation>en mémoire uniquement (oublié à la fermeture de l&apos;application)</translation>
    </message>
</context>
<context>
    <name>PoiParser</name>
    <message>
        <source>Latitude is missing.</source>
        <translation>Latitude manquante.</translation>
    </message>
    <message>
        <source>Longitude is missing.</source>
        <translation>Longitude manquante.</translation>
    </message>
    <message>
        <source>Latitude “%1” is not a number or a degrees-minutes-seconds value.</source>
        <translation>La latitude «&#xa0;%1&#xa0;» n&apos;est ni un nombre ni une valeur en degrés-minutes-secondes.</translation>
    </message>
    <message>
        <source>Longitude “%1” is not a number or a degrees-minutes-seconds value.</source>
        <translation>La longitude «&#xa0;%1&#xa0;» n&apos;est ni un nombre ni une valeur en degrés-minutes-secondes.</translation>
    </message>
    <message>
        <source>Latitude “%1”: minutes must be below 60.</source>
        <translation>Latitude «&#xa0;%1&#xa0;»&#xa0;: les minutes doivent être inférieures à 60.</translation>
    </message>
    <message>
        <source>Longitude “%1”: minutes must be below 60.</source>
        <translation>Longitude «&#xa0;%1&#xa0;»&#xa0;: les minutes doivent être inférieures à 60.</translation>
    </message>
    <message>
        <source>Latitude “%1”: seconds must be below 60.</source>
        <translation>Latitude «&#xa0;%1&#xa0;»&#xa0;: les secondes doivent être inférieures à 60.</translation>
    </message>
    <message>
        <source>Longitude “%1”: seconds must be below 60.</source>
        <translation>Longitude «&#xa0;%1&#xa0;»&#xa0;: les secondes doivent être inférieures à 60.</translation>
    </message>
    <message>
        <source>Latitude “%1”: only the last of degrees, minutes and seconds may have decimals.</source>
        <translation>Latitude «&#xa0;%1&#xa0;»&#xa0;: seule la dernière valeur (degrés, minutes ou secondes) peut avoir des décimales.</translation>
    </message>
    <message>
        <source>Longitude “%1”: only the last of degrees, minutes and seconds may have decimals.</source>
        <translation>Longitude «&#xa0;%1&#xa0;»&#xa0;: seule la dernière valeur (degrés, minutes ou secondes) peut avoir des décimales.</translation>
    </message>
    <message>
        <source>Latitude “%1” has both a minus sign and a hemisphere letter; use only one of them.</source>
        <translation>La latitude «&#xa0;%1&#xa0;» a à la fois un signe moins et une lettre d&apos;hémisphère&#xa0;; n&apos;utilisez que l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Longitude “%1” has both a minus sign and a hemisphere letter; use only one of them.</source>
        <translation>La longitude «&#xa0;%1&#xa0;» a à la fois un signe moins et une lettre d&apos;hémisphère&#xa0;; n&apos;utilisez que l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Latitude “%1”: the letter O is ambiguous (Ost is east, Ouest is west); use N or S.</source>
        <translation>Latitude «&#xa0;%1&#xa0;»&#xa0;: la lettre O est ambiguë (Ost = est en allemand, Ouest = ouest)&#xa0;; utilisez N ou S.</translation>
    </message>
    <message>
        <source>Longitude “%1”: the letter O is ambiguous (Ost is east, Ouest is west); use E or W.</source>
        <translation>Longitude «&#xa0;%1&#xa0;»&#xa0;: la lettre O est ambiguë (Ost = est en allemand, Ouest = ouest)&#xa0;; utilisez E (est) ou W (ouest).</translation>
    </message>
    <message>
        <source>Latitude “%1” has the hemisphere letter %2, which is for longitudes.</source>
        <translation>La latitude «&#xa0;%1&#xa0;» porte la lettre d&apos;hémisphère %2, réservée aux longitudes.</translation>
    </message>
    <message>
        <source>Longitude “%1” has the hemisphere letter %2, which is for latitudes.</source>
        <translation>La longitude «&#xa0;%1&#xa0;» porte la lettre d&apos;hémisphère %2, réservée aux latitudes.</translation>
    </message>
    <message>
        <source>Latitude %1 is out of range (-90 to 90). Did you swap latitude and longitude?</source>
        <translation>La latitude %1 est hors limites (-90 à 90). Avez-vous inversé la latitude et la longitude&#xa0;?</translation>
    </message>
    <message>
        <source>Latitude %1 is out of range (-90 to 90).</source>
        <translation>La latitude %1 est hors limites (-90 à 90).</translation>
    </message>
    <message>
        <source>Longitude %1 is out of range (-180 to 180).</source>
        <translation>La longitude %1 est hors limites (-180 à 180).</translation>
    </message>
    <message>
        <source>Latitude and longitude are missing.</source>
        <translation>Latitude et longitude manquantes.</translation>
    </message>
    <message>
        <source>No latitude and longitude found.</source>
        <translation>Aucune latitude ni longitude trouvée.</translation>
    </message>
    <message>
        <source>Only one number found; a latitude and a longitude are needed.</source>
        <translation>Un seul nombre trouvé&#xa0;; il faut une latitude et une longitude.</translation>
    </message>
    <message>
        <source>Cannot tell where the latitude ends and the longitude begins; separate them with a comma or a semicolon.</source>
        <translation>Impossible de savoir où finit la latitude et où commence la longitude&#xa0;; séparez-les par une virgule ou un point-virgule.</translation>
    </message>
    <message>
        <source>Decimal commas in comma-separated columns are ambiguous; separate the columns with semicolons or tabs, or put the numbers in quotes.</source>
        <translation>Les virgules décimales sont ambiguës dans des colonnes séparées par des virgules&#xa0;; séparez les colonnes par des points-virgules ou des tabulations, ou mettez les nombres entre guillemets.</translation>
    </message>
    <message>
        <source>Cannot tell which columns are the latitude and the longitude; add a header row such as “name,latitude,longitude”.</source>
        <translation>Impossible de savoir quelles colonnes contiennent la latitude et la longitude&#xa0;; ajoutez une ligne d&apos;en-tête comme «&#xa0;nom,latitude,longitude&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot tell where the name ends and the coordinates begin; separate them with commas, semicolons or tabs.</source>
        <translation>Impossible de savoir où finit le nom et où commencent les coordonnées&#xa0;; séparez-les par des virgules, des points-virgules ou des tabulations.</translation>
    </message>
    <message>
        <source>Tab-separated</source>
        <translation>Séparé par des tabulations</translation>
    </message>
    <message>
        <source>Semicolon-separated</source>
        <translation>Séparé par des points-virgules</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparé par des virgules</translation>
    </message>
    <message>
        <source>One coordinate pair per line</source>
        <translation>Une paire de coordonnées par ligne</translation>
    </message>
    <message>
        <source>Far from the other points, but among them with latitude and longitude swapped (%1, %2). Did you swap latitude and longitude?</source>
        <translation>Loin des autres points, mais parmi eux si l&apos;on inverse la latitude et la longitude (%1, %2). Avez-vous inversé la latitude et la longitude&#xa0;?</translation>
    </message>
    <message>
        <source>mixed separators</source>
        <translation>séparateurs mixtes</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sans ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>decimal commas</source>
        <translation>virgules décimales</translation>
    </message>
    <message>
        <source>degrees-minutes-seconds</source>
        <translation>degrés-minutes-secondes</translation>
    </message>
    <message>
        <source>hemisphere letters</source>
        <translation>lettres d&apos;hémisphère</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another header row: its column names apply to the lines below.</source>
        <translation>Autre ligne d&apos;en-tête&#xa0;: ses noms de colonnes s&apos;appliquent aux lignes suivantes.</translation>
    </message>
    <message>
        <source>Header row without a latitude and a longitude column; columns are read by position.</source>
        <translation>Ligne d&apos;en-tête sans colonne de latitude et de longitude&#xa0;; les colonnes sont lues selon leur position.</translation>
    </message>
    <message>
        <source>Duplicate of line %1 (same name and coordinates); not added again.</source>
        <translation>Doublon de la ligne %1 (même nom et mêmes coordonnées)&#xa0;; non ajouté une seconde fois.</translation>
    </message>
    <message>
        <source>More than 5 decimals; the coordinates will be rounded to %1, %2.</source>
        <translation>Plus de 5 décimales&#xa0;; les coordonnées seront arrondies à %1, %2.</translation>
    </message>
    <message>
        <source>Same coordinates as line %1.</source>
        <translation>Mêmes coordonnées que la ligne %1.</translation>
    </message>
</context>
<context>
    <name>ProblemMapper</name>
    <message>
        <source>Not updated</source>
        <translation>Non mis à jour</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not list this segment as updated and gives no reason. Reload it to see what the server holds, then send again.</source>
        <translation>La réponse du serveur n&apos;indique pas ce segment comme mis à jour et ne donne aucune raison. Rechargez-le pour voir ce que contient le serveur, puis envoyez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>SegmentJson</name>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Attendu&#xa0;: %1, trouvé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>Attendu&#xa0;: un nombre entier, trouvé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is outside the range of a 64-bit integer.</source>
        <translation>%1 dépasse la plage d&apos;un entier 64 bits.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date and time.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure ISO 8601.</translation>
    </message>
</context>
<context>
    <name>SegmentValidator</name>
    <message>
        <source>“%1”</source>
        <comment>a quoted name</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>#%1</source>
        <comment>an unnamed point of interest</comment>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>The name is empty. Enter a name for the segment.</source>
        <translation>Le nom est vide. Saisissez un nom pour le segment.</translation>
    </message>
    <message>
        <source>The name “%1” is already used by another segment of advertiser %2. Choose a different name.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est déjà utilisé par un autre segment de l&apos;annonceur %2. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Country “%1” is not a two-letter code in capitals (ISO 3166-1 alpha-2). Did you mean “%2”?</source>
        <translation>Le pays «&#xa0;%1&#xa0;» n&apos;est pas un code de deux lettres majuscules (ISO 3166-1 alpha-2). Vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Country “%1” is not a two-letter code in capitals (ISO 3166-1 alpha-2). Enter one such as FR or DE.</source>
        <translation>Le pays «&#xa0;%1&#xa0;» n&apos;est pas un code de deux lettres majuscules (ISO 3166-1 alpha-2). Saisissez un code comme FR ou DE.</translation>
    </message>
    <message>
        <source>“%1” is listed more than once; it will be sent once. Remove the repeat.</source>
        <translation>«&#xa0;%1&#xa0;» figure plusieurs fois&#xa0;; la valeur ne sera envoyée qu&apos;une fois. Supprimez le doublon.</translation>
    </message>
    <message>
        <source>“Unknown” cannot be sent. Choose one of: %1.</source>
        <translation>«&#xa0;Unknown&#xa0;» ne peut pas être envoyé. Choisissez parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Radius %1 km is not positive. Enter a radius of at least 1 km.</source>
        <translation>Le rayon de %1 km n&apos;est pas positif. Saisissez un rayon d&apos;au moins 1 km.</translation>
    </message>
    <message>
        <source>Radius %1 km is too large. Enter at most %2 km.</source>
        <translation>Le rayon de %1 km est trop grand. Saisissez au maximum %2 km.</translation>
    </message>
    <message>
        <source>Point of interest %1 has no latitude. Enter a latitude from -90 to 90.</source>
        <translation>Le point d&apos;intérêt %1 n&apos;a pas de latitude. Saisissez une latitude comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>Latitude %1 is out of range (-90 to 90). Did you swap latitude and longitude?</source>
        <translation>La latitude %1 est hors limites (-90 à 90). Avez-vous inversé la latitude et la longitude&#xa0;?</translation>
    </message>
    <message>
        <source>Latitude %1 is out of range (-90 to 90). Enter a latitude from -90 to 90.</source>
        <translation>La latitude %1 est hors limites (-90 à 90). Saisissez une latitude comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>Point of interest %1 has no longitude. Enter a longitude from -180 to 180.</source>
        <translation>Le point d&apos;intérêt %1 n&apos;a pas de longitude. Saisissez une longitude comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>Longitude %1 is out of range (-180 to 180). Enter a longitude from -180 to 180.</source>
        <translation>La longitude %1 est hors limites (-180 à 180). Saisissez une longitude comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>Point of interest %1 has the coordinate %2, which is not a number. Enter a decimal number.</source>
        <translation>Le point d&apos;intérêt %1 a la coordonnée %2, qui n&apos;est pas un nombre. Saisissez un nombre décimal.</translation>
    </message>
    <message>
        <source>Point of interest %1 is at the same place (%2, %3) as %4. Remove one of them if it is a repeat.</source>
        <translation>Le point d&apos;intérêt %1 se trouve au même endroit (%2&#xa0;; %3) que le point %4. S&apos;il s&apos;agit d&apos;un doublon, supprimez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The minimum of %1 days since the last visit is above the maximum of %2 days. Make the minimum at most the maximum.</source>
        <translation>Le nombre minimum de jours depuis la dernière visite (%1) dépasse le maximum (%2). Le minimum ne peut pas dépasser le maximum.</translation>
    </message>
    <message>
        <source>Days since the last visit cannot be negative (%1). Enter 0 or more.</source>
        <translation>Le nombre de jours depuis la dernière visite ne peut pas être négatif (%1). Saisissez 0 ou plus.</translation>
    </message>
    <message>
        <source>Days since the last visit %1 is too large. Enter at most %2.</source>
        <translation>Le nombre de jours depuis la dernière visite (%1) est trop grand. Saisissez au maximum %2.</translation>
    </message>
    <message>
        <source>Target size %1 is not positive. Enter a number of users of at least 1.</source>
        <translation>La taille cible (%1) n&apos;est pas positive. Saisissez un nombre d&apos;utilisateurs d&apos;au moins 1.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No access token was given.</source>
        <translation>Aucun jeton d&apos;accès n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The access token was refused by the server. Get a new token and try again.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès. Obtenez un nouveau jeton et réessayez.</translation>
    </message>
    <message>
        <source>Enter the client id and secret of your Criteo API application.</source>
        <translation>Saisissez l&apos;ID client et le secret client de votre application API Criteo.</translation>
    </message>
    <message>
        <source>The client id or secret was refused. Check them in your Criteo developer dashboard.%1</source>
        <translation>L&apos;ID client ou le secret client a été refusé. Vérifiez-les dans votre tableau de bord développeur Criteo.%1</translation>
    </message>
    <message>
        <source>The token request was refused: %1</source>
        <translation>La demande de jeton a été refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to wait before signing in again.</source>
        <translation>Trop de requêtes&#xa0;: le serveur demande d&apos;attendre avant de se reconnecter.</translation>
    </message>
    <message>
        <source>The server could not sign in right now (HTTP %1). Try again in a moment.</source>
        <translation>La connexion au serveur est impossible pour le moment (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the token request could not be read (HTTP %1).</source>
        <translation>La réponse du serveur à la demande de jeton est illisible (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>WorkingSet</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid working set: %2</source>
        <translation>%1 n&apos;est pas un ensemble de travail valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file holds no JSON object.</source>
        <translation>le fichier ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>“format” is not “segment-working-set”: this file was not written by Segment Editor or segmentctl.</source>
        <translation>«&#xa0;format&#xa0;» n&apos;est pas «&#xa0;segment-working-set&#xa0;»&#xa0;: ce fichier n&apos;a pas été créé par Segment Editor ni par segmentctl.</translation>
    </message>
    <message>
        <source>“version” is missing or not a number.</source>
        <translation>«&#xa0;version&#xa0;» est absent ou n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Segment Editor (format version %1; this one reads version %2). Update Segment Editor to open it.</source>
        <translation>le fichier a été créé par une version plus récente de Segment Editor (version de format %1&#xa0;; cette version lit la version %2). Mettez à jour Segment Editor pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“version” %1 is not a known format version.</source>
        <translation>«&#xa0;version&#xa0;» %1 n&apos;est pas une version de format connue.</translation>
    </message>
    <message>
        <source>“segments” is missing or not a list.</source>
        <translation>«&#xa0;segments&#xa0;» est absent ou n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>%1: each segment must be an object with “original”.</source>
        <translation>%1&#xa0;: chaque segment doit être un objet contenant «&#xa0;original&#xa0;».</translation>
    </message>
    <message>
        <source>%1/original: missing or not an object.</source>
        <translation>%1/original&#xa0;: absent ou pas un objet.</translation>
    </message>
    <message>
        <source>%1/original/id: every segment needs its id.</source>
        <translation>%1/original/id&#xa0;: chaque segment doit avoir son ID.</translation>
    </message>
    <message>
        <source>%1/original/id: segment %2 appears twice.</source>
        <translation>%1/original/id&#xa0;: le segment %2 apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1/edited/id: the edited segment must keep the id %2.</source>
        <translation>%1/edited/id&#xa0;: le segment modifié doit conserver l&apos;ID %2.</translation>
    </message>
    <message>
        <source>%1/edited/attributes/type: a segment&apos;s type cannot change.</source>
        <translation>%1/edited/attributes/type&#xa0;: le type d&apos;un segment ne peut pas changer.</translation>
    </message>
    <message>
        <source>%1/edited: must be an object (or left out when unchanged).</source>
        <translation>%1/edited&#xa0;: doit être un objet (ou être omis s&apos;il n&apos;est pas modifié).</translation>
    </message>
    <message>
        <source>%1/outcome/status: “%2” is not one of updated, warned, failed, not-sent, unknown.</source>
        <translation>%1/outcome/status&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie des valeurs updated, warned, failed, not-sent, unknown.</translation>
    </message>
</context>
</TS>
